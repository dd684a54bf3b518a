"""The notification centre, its per-person settings, emergency alerts, and every attempt
to deliver either beyond this computer.

All four are synced, so a caregiver's device shows the same list, the same settings and
the same delivery history. Notifications raised from a deterministic event (a missed
dose, a reading, a refill) carry an id derived from it (domain/notification_rules.py),
so devices that raise the same one write the same row.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from healthdesk.domain.notification_rules import (
    DELIVERY_CHANNELS,
    DELIVERY_STATES,
    EMERGENCY_KINDS,
    KINDS,
    PRIORITIES,
)

from .base import Base, JSONText, ProfileOwned, UTCDateTime, in_list


def _fk(target: str) -> ForeignKey:
    return ForeignKey(target, deferrable=True, initially="DEFERRED")


class Notification(ProfileOwned, Base):
    """One thing someone should know: "Metformin 08:00 was not taken". ``link_table`` and
    ``link_id`` name the row it is about, so opening it shows that row."""

    __tablename__ = "notifications"
    kind: Mapped[str] = mapped_column(String(24))
    priority: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str | None] = mapped_column(Text)
    link_table: Mapped[str | None] = mapped_column(String(40))
    link_id: Mapped[str | None] = mapped_column(String(36))
    raised_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    read_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    read_by: Mapped[str | None] = mapped_column(String(200))

    __table_args__ = (
        CheckConstraint(in_list("kind", KINDS), name="kind"),
        CheckConstraint(in_list("priority", PRIORITIES), name="priority"),
        CheckConstraint("length(trim(title)) > 0", name="title_present"),
        Index("ix_notifications_profile_raised", "profile_id", "raised_at"),
    )


class NotificationSettings(ProfileOwned, Base):
    """A person's choices: channels per kind, quiet hours, and which device sends their
    e-mail for events every device sees (so a missed dose is mailed once). One row per
    person, its id derived from the profile, so two devices edit the same row."""

    __tablename__ = "notification_settings"
    channels: Mapped[dict[str, Any] | None] = mapped_column(JSONText)
    quiet_start: Mapped[str | None] = mapped_column(String(5))
    quiet_end: Mapped[str | None] = mapped_column(String(5))
    mail_device_id: Mapped[str | None] = mapped_column(String(64))
    server_escalation: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        CheckConstraint("server_escalation IN (0, 1)", name="server_escalation"),
        Index("ix_notification_settings_profile", "profile_id"),
    )


class EmergencyAlert(ProfileOwned, Base):
    """"I have fallen": raised by a button or the command line, sent to the emergency
    contacts who may receive alerts with a snapshot of what a responder needs to know."""

    __tablename__ = "emergency_alerts"
    kind: Mapped[str] = mapped_column(String(16))
    message: Mapped[str | None] = mapped_column(Text)
    snapshot: Mapped[dict[str, Any] | None] = mapped_column(JSONText)
    raised_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    raised_by: Mapped[str | None] = mapped_column(String(200))
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    resolved_by: Mapped[str | None] = mapped_column(String(200))

    __table_args__ = (
        CheckConstraint(in_list("kind", EMERGENCY_KINDS), name="kind"),
        Index("ix_emergency_alerts_profile_raised", "profile_id", "raised_at"),
    )


class AlertDelivery(ProfileOwned, Base):
    """One message to one contact over one channel, and how it went. ``status`` is
    "sending" with its ``message_id`` committed *before* the message is handed to the
    mail server, so a crash in between resends once with the same Message-ID."""

    __tablename__ = "alert_deliveries"
    notification_id: Mapped[str | None] = mapped_column(String(36), _fk("notifications.id"))
    emergency_alert_id: Mapped[str | None] = mapped_column(String(36),
                                                           _fk("emergency_alerts.id"))
    contact_id: Mapped[str | None] = mapped_column(String(36), _fk("emergency_contacts.id"))
    contact_name: Mapped[str] = mapped_column(String(200))
    channel: Mapped[str] = mapped_column(String(16))
    address: Mapped[str] = mapped_column(String(500))
    position: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    message_id: Mapped[str] = mapped_column(String(200))
    sender_device: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (
        CheckConstraint(in_list("channel", DELIVERY_CHANNELS), name="channel"),
        CheckConstraint(in_list("status", DELIVERY_STATES), name="status"),
        CheckConstraint("attempts >= 0", name="attempts"),
        CheckConstraint("notification_id IS NOT NULL OR emergency_alert_id IS NOT NULL",
                        name="has_source"),
        Index("ix_alert_deliveries_status_next", "status", "next_attempt_at"),
        Index("ix_alert_deliveries_profile", "profile_id"),
    )
