"""Notifications as rules: kinds and their default priority and channels, deterministic
ids, quiet hours, delivery backoff, and the Message-ID a delivery keeps across retries.

Pure: no I/O, no clock of its own (every function takes ``now``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from dataclasses import dataclass

from .errors import ValidationError
from .i18n import _

KINDS = ("reminder", "missed_dose", "caregiver_alert", "refill_due", "appointment",
         "out_of_range", "sync_problem", "emergency")
PRIORITIES = ("low", "normal", "high", "urgent")
CHANNELS = ("in_app", "tray", "email", "webhook")
DELIVERY_CHANNELS = ("email", "webhook")  # the ones that leave this computer
# "sent" is as far as today's channels can know: an SMTP server or a webhook accepting the
# message. "delivered" is kept in the stored states (and their CHECK constraints) for a
# channel that confirms receipt; none does yet, so nothing sets it.
DELIVERY_STATES = ("pending", "sending", "sent", "delivered", "failed")
EMERGENCY_KINDS = ("medical", "fall", "panic", "custom")
CONTACT_METHODS = ("email", "webhook", "phone")

DEFAULT_PRIORITY: dict[str, str] = {
    "reminder": "normal", "missed_dose": "high", "caregiver_alert": "high",
    "refill_due": "normal", "appointment": "normal", "out_of_range": "urgent",
    "sync_problem": "low", "emergency": "urgent",
}
# What reaches people beyond this computer by default: what a caregiver must hear of.
DEFAULT_CHANNELS: dict[str, tuple[str, ...]] = {
    "reminder": ("in_app", "tray"), "missed_dose": ("in_app", "tray"),
    "caregiver_alert": ("in_app", "tray", "email"), "refill_due": ("in_app", "tray"),
    "appointment": ("in_app", "tray"), "out_of_range": ("in_app", "tray"),
    "sync_problem": ("in_app",), "emergency": ("in_app", "tray", "email", "webhook"),
}
# How long a notification stays in the list before it expires (it is kept, not shown).
EXPIRY: dict[str, dt.timedelta] = {
    "reminder": dt.timedelta(hours=12), "missed_dose": dt.timedelta(days=3),
    "caregiver_alert": dt.timedelta(days=3), "refill_due": dt.timedelta(days=14),
    "appointment": dt.timedelta(days=2), "out_of_range": dt.timedelta(days=7),
    "sync_problem": dt.timedelta(days=2), "emergency": dt.timedelta(days=30),
}

NOTIFICATION_NAMESPACE = uuid.UUID("3c8a2f7e-51d4-4b0e-9f6a-7d2e1b4c9a10")
DELIVERY_NAMESPACE = uuid.UUID("a1e4c6b2-0d7f-4e39-8b15-6c9f2d3e4a58")

MAX_ATTEMPTS = 8
BACKOFF_BASE = dt.timedelta(minutes=1)
BACKOFF_CAP = dt.timedelta(hours=6)


# services/alerts.py derives caregiver alert ids from this namespace; the server's
# escalation (which may not import services) derives the same ids from here.
CAREGIVER_ALERT_NAMESPACE = uuid.UUID("9b0c5e1e-6a43-4c4f-8f0e-2f7d1c3a5b61")


def caregiver_alert_id(medication_id: str, scheduled_for: dt.datetime, level: int) -> str:
    key = f"{medication_id}|{scheduled_for.astimezone(dt.UTC).isoformat()}|{level}"
    return str(uuid.uuid5(CAREGIVER_ALERT_NAMESPACE, key))


def notification_id(kind: str, source: str) -> str:
    """The same event gives the same id on every device, so sync keeps one row."""
    return str(uuid.uuid5(NOTIFICATION_NAMESPACE, f"{kind}|{source}"))


def delivery_id(source_id: str, contact_id: str, channel: str) -> str:
    return str(uuid.uuid5(DELIVERY_NAMESPACE, f"{source_id}|{contact_id}|{channel}"))


def message_id(delivery: str, domain: str = "healthdesk.invalid") -> str:
    """An RFC 5322 Message-ID fixed by the delivery, so a resend after a crash is the
    same message to the receiving server and the reader's mail program."""
    digest = hashlib.sha256(delivery.encode()).hexdigest()[:32]
    return f"<{digest}@{domain}>"


def backoff(attempts: int) -> dt.timedelta:
    """Wait before the next try after ``attempts`` failures: 1, 2, 4... minutes, at most
    six hours."""
    if attempts <= 0:
        return dt.timedelta(0)
    wait: dt.timedelta = BACKOFF_BASE * (2 ** (attempts - 1))
    return min(wait, BACKOFF_CAP)


@dataclass(frozen=True)
class QuietHours:
    """From ``start`` to ``end`` local time (may cross midnight); equal times: none."""

    start: dt.time
    end: dt.time

    def contains(self, local: dt.time) -> bool:
        if self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= local < self.end
        return local >= self.start or local < self.end

    def ends_after(self, now_local: dt.datetime) -> dt.datetime:
        """When the quiet hours that hold at ``now_local`` end (an aware local time)."""
        end = now_local.replace(hour=self.end.hour, minute=self.end.minute, second=0,
                                microsecond=0)
        return end if end > now_local else end + dt.timedelta(days=1)


def parse_hhmm(field: str, text: str) -> dt.time:
    """``HH:MM`` (24-hour); ValidationError naming the field otherwise."""
    try:
        hh, mm = text.strip().split(":")
        return dt.time(int(hh), int(mm))
    except (ValueError, AttributeError):
        raise ValidationError(field, _(
            "{field} must be a time of day written HH:MM, 00:00 to 23:59, like 22:00."
        ).format(field=field)) from None


def held_until(priority: str, quiet: QuietHours | None, now_local: dt.datetime
               ) -> dt.datetime | None:
    """When a notification of ``priority`` may interrupt someone: None for at once.
    Urgent ones ignore quiet hours (a crisis reading cannot wait for the morning)."""
    if priority == "urgent" or quiet is None or not quiet.contains(now_local.time()):
        return None
    return quiet.ends_after(now_local)


def channels_for(kind: str, prefs: dict[str, list[str]] | None) -> tuple[str, ...]:
    """The person's channels for ``kind`` (their settings, else the defaults); an
    emergency always keeps the in-app record."""
    chosen = (prefs or {}).get(kind)
    picked = tuple(c for c in CHANNELS if chosen is not None and c in chosen) \
        if chosen is not None else DEFAULT_CHANNELS[kind]
    if kind == "emergency" and "in_app" not in picked:
        picked = ("in_app", *picked)
    return picked
