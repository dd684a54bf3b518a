"""Documents (lab reports, prescriptions, scans) with their bytes inside the encrypted store."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, deferred, mapped_column

from .base import Base, ISODate, JSONText, ProfileOwned, in_list

DOCUMENT_CATEGORIES = (
    "lab_report",
    "prescription",
    "imaging",
    "letter",
    "discharge_summary",
    "insurance",
    "vaccination",
    "invoice",
    "other",
)


class Document(ProfileOwned, Base):
    __tablename__ = "documents"
    title: Mapped[str] = mapped_column(String(300))
    category: Mapped[str] = mapped_column(String(20), default="other")
    tags: Mapped[list[str]] = mapped_column(JSONText, default=list)
    document_date: Mapped[dt.date | None] = mapped_column(ISODate())
    filename: Mapped[str | None] = mapped_column(String(300))
    mime_type: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    # Deferred: listing documents must not read megabytes of content.
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))

    __table_args__ = (
        CheckConstraint("length(trim(title)) > 0", name="title_present"),
        CheckConstraint(in_list("category", DOCUMENT_CATEGORIES), name="category"),
        CheckConstraint("size_bytes >= 0", name="size"),
        CheckConstraint("length(sha256) = 64", name="sha256"),
        Index("ix_documents_profile_date", "profile_id", "document_date"),
    )
