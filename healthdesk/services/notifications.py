"""The notification centre: raise a notification once per event, list and count them,
mark them read, and each person's notification settings (channels per kind, quiet
hours, which device mails for them, server escalation).

``raise_in`` is the one way a notification is written: its id comes from the event
(``notification_rules.notification_id``), so raising it again, on this device or on
another one that syncs, writes nothing new.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from healthdesk.domain import notification_rules as rules
from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.domain.validation import optional_text
from healthdesk.store.models import Notification, NotificationSettings, Profile

from .base import ServiceBase
from .errors import NotFoundError

SETTINGS_NAMESPACE = uuid.UUID("5e2b9d41-7c3a-4f08-a6e1-0b8d4c2f9e73")
MAX_LISTED = 500


def settings_id(profile_id: str) -> str:
    return str(uuid.uuid5(SETTINGS_NAMESPACE, profile_id))


@dataclass(frozen=True)
class NotificationView:
    id: str
    profile_id: str
    person_name: str
    kind: str
    priority: str
    title: str
    body: str | None
    link_table: str | None
    link_id: str | None
    raised_at: dt.datetime
    expires_at: dt.datetime | None
    read_at: dt.datetime | None
    read_by: str | None

    @property
    def unread(self) -> bool:
        return self.read_at is None

    def expired(self, now: dt.datetime) -> bool:
        return self.expires_at is not None and self.expires_at <= now


@dataclass(frozen=True)
class SettingsView:
    profile_id: str
    channels: dict[str, tuple[str, ...]]  # every kind, with the defaults filled in
    quiet_start: str | None
    quiet_end: str | None
    mail_device_id: str | None
    server_escalation: bool
    mail_from_this_device: bool = False

    @property
    def quiet(self) -> rules.QuietHours | None:
        if not self.quiet_start or not self.quiet_end:
            return None
        return rules.QuietHours(rules.parse_hhmm("quiet_start", self.quiet_start),
                                rules.parse_hhmm("quiet_end", self.quiet_end))


def _view(n: Notification, name: str) -> NotificationView:
    return NotificationView(n.id, n.profile_id, name, n.kind, n.priority, n.title, n.body,
                            n.link_table, n.link_id, n.raised_at, n.expires_at, n.read_at,
                            n.read_by)


def load_settings(s: Session, profile_id: str) -> SettingsView:
    row = s.get(NotificationSettings, settings_id(profile_id))
    chosen = row.channels if row is not None and not row.deleted and row.channels else {}
    channels = {k: rules.channels_for(k, chosen) for k in rules.KINDS}
    if row is None or row.deleted:
        return SettingsView(profile_id, channels, None, None, None, False)
    return SettingsView(profile_id, channels, row.quiet_start, row.quiet_end,
                        row.mail_device_id, bool(row.server_escalation))


def raise_in(s: Session, *, profile_id: str, kind: str, source: str, title: str,
             body: str | None, now: dt.datetime, link_table: str | None = None,
             link_id: str | None = None, priority: str | None = None
             ) -> Notification | None:
    """Write the notification for ``(kind, source)`` unless it exists (then None).
    Called inside the caller's write, so the event and its notice commit together."""
    ident = rules.notification_id(kind, source)
    if s.get(Notification, ident) is not None:
        return None
    row = Notification(id=ident, profile_id=profile_id, kind=kind,
                       priority=priority or rules.DEFAULT_PRIORITY[kind], title=title[:300],
                       body=body, link_table=link_table, link_id=link_id, raised_at=now,
                       expires_at=now + rules.EXPIRY[kind])
    s.add(row)
    s.flush()
    return row


def local_now(s: Session, profile_id: str, now: dt.datetime) -> dt.datetime:
    """``now`` in the person's time zone (quiet hours are the person's hours)."""
    p = s.get(Profile, profile_id)
    zone = p.timezone if p is not None and p.timezone else "UTC"
    try:
        return now.astimezone(ZoneInfo(zone))
    except (KeyError, ValueError):
        return now.astimezone(dt.UTC)


class NotificationsService(ServiceBase):
    def for_profile(self, profile_id: str | None = None, *, unread_only: bool = False,
                    include_expired: bool = False) -> list[NotificationView]:
        """Newest first; everyone's when ``profile_id`` is None."""
        now = self.now()
        q = select(Notification, Profile.name).join(
            Profile, Profile.id == Notification.profile_id).where(
            Notification.deleted.is_(False), Profile.deleted.is_(False))
        if profile_id is not None:
            q = q.where(Notification.profile_id == profile_id)
        if unread_only:
            q = q.where(Notification.read_at.is_(None))
        if not include_expired:
            q = q.where((Notification.expires_at.is_(None)) | (Notification.expires_at > now))
        q = q.order_by(Notification.raised_at.desc(), Notification.id).limit(MAX_LISTED)
        with self._store.read() as s:
            return [_view(n, name) for n, name in s.execute(q)]

    def unread_count(self, profile_id: str | None = None) -> int:
        now = self.now()
        q = select(func.count()).select_from(Notification).join(
            Profile, Profile.id == Notification.profile_id).where(
            Notification.deleted.is_(False), Profile.deleted.is_(False),
            Notification.read_at.is_(None),
            (Notification.expires_at.is_(None)) | (Notification.expires_at > now))
        if profile_id is not None:
            q = q.where(Notification.profile_id == profile_id)
        with self._store.read() as s:
            return int(s.scalar(q) or 0)

    def get(self, notification_id: str) -> NotificationView:
        with self._store.read() as s:
            n = self.get_live(s, Notification, notification_id, "notification")
            p = s.get(Profile, n.profile_id)
            return _view(n, p.name if p else "")

    def mark_read(self, notification_id: str, by: str | None = None) -> None:
        """Raises NotFoundError. Reading one on any device reads it everywhere."""
        who = optional_text("by", by, 200) or self._store.actor
        with self._store.write() as s:
            n = self.get_live(s, Notification, notification_id, "notification")
            if n.read_at is None:
                n.read_at = self.now()
                n.read_by = who

    def mark_all_read(self, profile_id: str | None = None) -> int:
        """Returns how many were marked."""
        now = self.now()
        with self._store.write() as s:
            q = select(Notification).where(Notification.deleted.is_(False),
                                           Notification.read_at.is_(None))
            if profile_id is not None:
                q = q.where(Notification.profile_id == profile_id)
            rows = list(s.scalars(q))
            for n in rows:
                n.read_at = now
                n.read_by = self._store.actor
            return len(rows)

    def recent_to_announce(self, within: dt.timedelta = dt.timedelta(minutes=5)
                           ) -> list[NotificationView]:
        """``to_announce`` of the unread ones raised in the last few minutes (a crisis
        reading is raised by the write that stored it, not by a tick)."""
        now = self.now()
        with self._store.read() as s:
            ids = list(s.scalars(select(Notification.id).where(
                Notification.deleted.is_(False), Notification.read_at.is_(None),
                Notification.raised_at > now - within)))
        return self.to_announce(ids)

    def to_announce(self, notification_ids: list[str]) -> list[NotificationView]:
        """Of these (just raised), the ones to pop up now: their kind's channels include
        the tray, and the person is not in quiet hours (urgent ones always)."""
        now = self.now()
        out = []
        with self._store.read() as s:
            for ident in notification_ids:
                n = s.get(Notification, ident)
                if n is None or n.deleted or n.read_at is not None:
                    continue
                settings = load_settings(s, n.profile_id)
                if "tray" not in settings.channels[n.kind]:
                    continue
                if rules.held_until(n.priority, settings.quiet,
                                    local_now(s, n.profile_id, now)) is not None:
                    continue
                p = s.get(Profile, n.profile_id)
                out.append(_view(n, p.name if p else ""))
        return out

    # -- settings -----------------------------------------------------------------

    def settings(self, profile_id: str) -> SettingsView:
        with self._store.read() as s:
            self.require_profile(s, profile_id)
            return self._mine(load_settings(s, profile_id))

    def _mine(self, v: SettingsView) -> SettingsView:
        from dataclasses import replace

        return replace(v, mail_from_this_device=v.mail_device_id == self._store.device_id)

    def set_settings(self, profile_id: str, *, channels: dict[str, list[str]] | None = None,
                     quiet_start: str | None = None, quiet_end: str | None = None,
                     clear_quiet: bool = False, mail_from_this_device: bool | None = None,
                     server_escalation: bool | None = None) -> SettingsView:
        """Change what is given. Raises ValidationError naming the field."""
        clean_channels = _clean_channels(channels) if channels is not None else None
        start = _clean_time("quiet_start", quiet_start)
        end = _clean_time("quiet_end", quiet_end)
        if (start is None) != (end is None) and not clear_quiet:
            raise ValidationError("quiet_end" if end is None else "quiet_start", _(
                "Quiet hours need both a start and an end, HH:MM each, like 22:00 and "
                "07:00."))
        with self._store.write() as s:
            self.require_profile(s, profile_id)
            row = s.get(NotificationSettings, settings_id(profile_id))
            if row is None:
                row = NotificationSettings(id=settings_id(profile_id), profile_id=profile_id,
                                           server_escalation=0)
                s.add(row)
            if clean_channels is not None:
                row.channels = clean_channels
            if clear_quiet:
                row.quiet_start = row.quiet_end = None
            elif start is not None:
                row.quiet_start, row.quiet_end = start, end
            if mail_from_this_device is True:
                row.mail_device_id = self._store.device_id
            elif mail_from_this_device is False and row.mail_device_id == self._store.device_id:
                row.mail_device_id = None
            if server_escalation is not None:
                row.server_escalation = int(server_escalation)
            s.flush()
            return self._mine(load_settings(s, profile_id))


def _clean_time(field: str, text: str | None) -> str | None:
    if text is None or not text.strip():
        return None
    t = rules.parse_hhmm(field, text)
    return f"{t.hour:02d}:{t.minute:02d}"


def _clean_channels(channels: dict[str, Any]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for kind, chosen in channels.items():
        if kind not in rules.KINDS:
            raise ValidationError("channels", _(
                "Notification kind must be one of: {kinds}.").format(
                kinds=", ".join(rules.KINDS)))
        bad = [c for c in chosen if c not in rules.CHANNELS]
        if bad:
            raise ValidationError("channels", _(
                "Channel must be one of: {channels}.").format(
                channels=", ".join(rules.CHANNELS)))
        out[kind] = [c for c in rules.CHANNELS if c in chosen]
    return out


__all__ = ["NotFoundError", "NotificationView", "NotificationsService", "SettingsView",
           "load_settings", "local_now", "raise_in", "settings_id"]
