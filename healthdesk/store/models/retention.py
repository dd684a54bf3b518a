"""Retention rules: how long one person's records of a kind are kept (domain/retention.py)."""

from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from healthdesk.domain.retention import KINDS, MAX_MONTHS

from .base import Base, ProfileOwned, in_list


class RetentionRule(ProfileOwned, Base):
    """One rule per (person, kind); its id is derived from both (``rule_id``), so the
    same rule set on two devices is one row. Turning a rule off keeps the row
    (``enabled`` false) rather than tombstoning it, so a later edit merges."""

    __tablename__ = "retention_rules"
    kind: Mapped[str] = mapped_column(String(24))
    keep_months: Mapped[int] = mapped_column(Integer)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)

    __table_args__ = (
        CheckConstraint(in_list("kind", tuple(KINDS)), name="kind"),
        CheckConstraint(f"keep_months BETWEEN 1 AND {MAX_MONTHS}", name="keep_months"),
        Index("ix_retention_rules_profile_id", "profile_id"),
    )
