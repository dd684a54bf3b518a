"""Conversations about a person: notes between carers, and the assistant's answers."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, JSONText, ProfileOwned, UTCDateTime, in_list

SESSION_KINDS = ("notes", "assistant")
ROLES = ("user", "assistant", "system", "note")


class ChatSession(ProfileOwned, Base):
    __tablename__ = "chat_sessions"
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(10), default="notes")
    tags: Mapped[list[str] | None] = mapped_column(JSONText)  # ["blood pressure", ...]

    __table_args__ = (
        CheckConstraint("length(trim(title)) > 0", name="title_present"),
        CheckConstraint(in_list("kind", SESSION_KINDS), name="kind"),
        Index("ix_chat_sessions_profile", "profile_id"),
    )


class ChatMessage(ProfileOwned, Base):
    __tablename__ = "chat_messages"
    session_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("chat_sessions.id", deferrable=True, initially="DEFERRED")
    )
    role: Mapped[str] = mapped_column(String(10), default="user")
    author: Mapped[str | None] = mapped_column(String(200))
    content: Mapped[str] = mapped_column(Text)
    sent_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    meta: Mapped[dict[str, Any] | None] = mapped_column("metadata", JSONText)

    __table_args__ = (
        CheckConstraint(in_list("role", ROLES), name="role"),
        CheckConstraint("length(content) > 0", name="content_present"),
        Index("ix_chat_messages_session_time", "session_id", "sent_at"),
    )
