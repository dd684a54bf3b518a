"""The delivery queue: every message to a person beyond this computer is an
``alert_deliveries`` row first, then an attempt, then a result.

- Queued rows wait while offline; a failure is retried with exponential backoff
  (notification_rules.backoff) up to MAX_ATTEMPTS, a 5xx refusal is not retried.
- Crash safety: a row is committed as "sending" (its Message-ID fixed when it was
  queued) before the message is handed over. A crash after that resends it once, with
  the same Message-ID, so the receiving server and mail program see one message. A
  "sending" row counts as in progress for CLAIM (another process's pass, or the app's
  and a cron job's, leaves it alone), then as a crashed send.
- One sender: a row names the device that sends it (``sender_device``); only that
  device's pass picks it up, so two devices holding the same record never both mail
  the same alert (docs/notifications.md).
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from healthdesk.domain import notification_rules as rules
from healthdesk.domain.i18n import _, language
from healthdesk.store.models import (
    AlertDelivery,
    EmergencyAlert,
    EmergencyContact,
    Notification,
    Profile,
)
from healthdesk.store.vault import Store

from .base import ServiceBase
from .mail import DeliveryError, MailService, compose, smtp_send, webhook_send
from .notifications import load_settings, local_now

CLAIM = dt.timedelta(seconds=60)
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.][^@\s]*")


@dataclass(frozen=True)
class Target:
    contact_id: str | None
    name: str
    channel: str
    address: str


@dataclass
class DeliveryReport:
    sent: list[str] = field(default_factory=list)  # delivery ids
    failed: list[tuple[str, str]] = field(default_factory=list)  # (delivery id, reason)
    waiting: int = 0  # queued for later (backoff, quiet hours, another device sends)

    @property
    def ok(self) -> bool:
        return not self.failed


@dataclass(frozen=True)
class DeliveryView:
    id: str
    profile_id: str
    notification_id: str | None
    emergency_alert_id: str | None
    contact_name: str
    channel: str
    address: str
    position: int
    status: str
    attempts: int
    last_error: str | None
    next_attempt_at: dt.datetime | None
    sent_at: dt.datetime | None
    message_id: str


def _view(d: AlertDelivery) -> DeliveryView:
    return DeliveryView(d.id, d.profile_id, d.notification_id, d.emergency_alert_id,
                        d.contact_name, d.channel, d.address, d.position, d.status,
                        d.attempts, d.last_error, d.next_attempt_at, d.sent_at, d.message_id)


def contact_targets(s: Session, profile_id: str, channels: Iterable[str]
                    ) -> list[Target]:
    """The emergency contacts who may receive alerts, in priority order, each over the
    channels allowed that they can be reached by (their preferred one only, if set)."""
    wanted = set(channels)
    rows = sorted(s.scalars(select(EmergencyContact).where(
        EmergencyContact.profile_id == profile_id, EmergencyContact.deleted.is_(False),
        EmergencyContact.may_alert.is_(True))),
        key=lambda c: (c.priority, c.name.casefold(), c.id))
    out: list[Target] = []
    for c in rows:
        possible: list[tuple[str, str]] = []
        if "email" in wanted and c.email:
            possible.append(("email", c.email))
        if "webhook" in wanted and c.phone:
            possible.append(("webhook", c.phone))
        if c.preferred_method in ("email", "webhook"):
            preferred = [p for p in possible if p[0] == c.preferred_method]
            possible = preferred or possible
        elif c.preferred_method == "phone":
            possible = [p for p in possible if p[0] == "webhook"] or possible
        out.extend(Target(c.id, c.name, ch, addr) for ch, addr in possible)
    return out


def address_target(name: str, contact: str | None, channels: Iterable[str]
                   ) -> Target | None:
    """A caregiver's free-text contact as a target: an e-mail address, else a phone
    number for the webhook."""
    if not contact:
        return None
    wanted = set(channels)
    text = contact.strip()
    if _EMAIL.fullmatch(text):
        return Target(None, name, "email", text) if "email" in wanted else None
    if sum(ch.isdigit() for ch in text) >= 6 and "webhook" in wanted:
        return Target(None, name, "webhook", text)
    return None


def queue(s: Session, *, profile_id: str, source_id: str, targets: list[Target],
          sender: str, now: dt.datetime, notification_id: str | None = None,
          emergency_alert_id: str | None = None, not_before: dt.datetime | None = None
          ) -> list[AlertDelivery]:
    """Queue one delivery per target (ids derived from source, contact and channel, so
    queuing again writes nothing new)."""
    out: list[AlertDelivery] = []
    for position, t in enumerate(targets, start=1):
        ident = rules.delivery_id(source_id, t.contact_id or t.address, t.channel)
        if s.get(AlertDelivery, ident) is not None:
            continue
        row = AlertDelivery(
            id=ident, profile_id=profile_id, notification_id=notification_id,
            emergency_alert_id=emergency_alert_id, contact_id=t.contact_id,
            contact_name=t.name[:200], channel=t.channel, address=t.address[:500],
            position=position, status="pending", attempts=0, next_attempt_at=not_before,
            message_id=rules.message_id(ident), sender_device=sender)
        s.add(row)
        out.append(row)
    s.flush()
    return out


def mail_sender(s: Session, profile_id: str, device_id: str) -> str:
    """The device that mails this person's alerts raised from synced events: the one
    chosen in their settings; without a choice, this device (it raised them)."""
    chosen = load_settings(s, profile_id).mail_device_id
    return chosen or device_id


class DeliveryService(ServiceBase):
    def __init__(self, store: Store, mail: MailService) -> None:
        super().__init__(store)
        self._mail = mail
        self._lock = threading.Lock()

    def for_source(self, source_id: str) -> list[DeliveryView]:
        """Deliveries of one notification or emergency alert, in contact order."""
        with self._store.read() as s:
            rows = s.scalars(select(AlertDelivery).where(
                or_(AlertDelivery.notification_id == source_id,
                    AlertDelivery.emergency_alert_id == source_id),
                AlertDelivery.deleted.is_(False))
                .order_by(AlertDelivery.position, AlertDelivery.channel))
            return [_view(d) for d in rows]

    def pending(self) -> list[DeliveryView]:
        with self._store.read() as s:
            return [_view(d) for d in s.scalars(self._due_query(None))]

    def _due_query(self, now: dt.datetime | None) -> Select[AlertDelivery]:
        q = select(AlertDelivery).where(
            AlertDelivery.deleted.is_(False),
            AlertDelivery.status.in_(("pending", "sending", "failed")),
            AlertDelivery.attempts < rules.MAX_ATTEMPTS)
        if now is not None:
            q = q.where(AlertDelivery.sender_device == self._store.device_id,
                        or_(AlertDelivery.next_attempt_at.is_(None),
                            AlertDelivery.next_attempt_at <= now))
        return q.order_by(AlertDelivery.created_at, AlertDelivery.position)

    def deliver_once(self) -> DeliveryReport:
        """One pass of this device's queue: every delivery that is due is tried once."""
        with self._lock:  # one pass at a time in this process (tick and button)
            return self._pass()

    def _pass(self) -> DeliveryReport:
        now = self.now()
        report = DeliveryReport()
        with self._store.read() as s:
            due = {d.id: d.attempts for d in s.scalars(self._due_query(now))
                   if not (d.status == "failed" and d.next_attempt_at is None)}
            report.waiting = len(list(s.scalars(self._due_query(None)))) - len(due)
        mail, hook = self._mail.mail_settings(), self._mail.webhook()
        for ident, seen_attempts in due.items():
            with self._store.read() as s:
                d = s.get(AlertDelivery, ident)
                assert d is not None
                subject, body, payload = self._content(s, d)
                channel, address, mid = d.channel, d.address, d.message_id
            if (channel == "email" and mail is None) or (channel == "webhook" and hook is None):
                reason = (_("E-mail is not set up on this device (healthdesk mail set).")
                          if channel == "email" else
                          _("No webhook is set up on this device."))
                self._finish(ident, reason, retry=True, count=False)
                report.failed.append((ident, reason))
                continue
            with self._store.write() as s:
                d = s.get(AlertDelivery, ident)
                assert d is not None
                if d.attempts != seen_attempts or d.status == "sent":
                    continue  # another process's pass took it meanwhile
                d.status = "sending"
                d.attempts += 1
                # Another process sees it as in progress until the hand-over must have
                # ended (the SMTP timeout, twice); after that, as a crashed send to redo.
                d.next_attempt_at = now + CLAIM
            try:
                if channel == "email":
                    assert mail is not None
                    smtp_send(mail, self._mail.password(),
                              compose(mail, address, subject, body, mid, now))
                else:
                    assert hook is not None
                    webhook_send(hook, self._mail.webhook_token(), {**payload, "to": address})
            except DeliveryError as exc:
                self._finish(ident, str(exc), retry=not exc.permanent)
                report.failed.append((ident, str(exc)))
                continue
            with self._store.write() as s:
                d = s.get(AlertDelivery, ident)
                assert d is not None
                d.status, d.sent_at, d.last_error, d.next_attempt_at = "sent", now, None, None
            report.sent.append(ident)
        return report

    def _finish(self, ident: str, reason: str, retry: bool, count: bool = True) -> None:
        now = self.now()
        with self._store.write() as s:
            d = s.get(AlertDelivery, ident)
            assert d is not None
            if not count:
                d.attempts += 1
            d.status = "failed"
            d.last_error = reason[:2000]
            d.next_attempt_at = (now + rules.backoff(d.attempts)
                                 if retry and d.attempts < rules.MAX_ATTEMPTS else None)

    def _content(self, s: Session, d: AlertDelivery) -> tuple[str, str, dict[str, object]]:
        """Subject, text and webhook payload, in the person's language."""
        person = s.get(Profile, d.profile_id)
        name = person.name if person else ""
        with language(person.language if person else None):
            if d.emergency_alert_id is not None:
                alert = s.get(EmergencyAlert, d.emergency_alert_id)
                assert alert is not None
                from .emergency import emergency_text

                subject, body = emergency_text(name, alert,
                                               local_now(s, d.profile_id, alert.raised_at))
                kind = "emergency"
            else:
                n = s.get(Notification, d.notification_id)
                assert n is not None
                subject = _("HealthDesk: {title}").format(title=n.title)
                body = "\n\n".join(x for x in (n.title, n.body or "", _(
                    "Sent by HealthDesk for {name}.").format(name=name)) if x)
                kind = n.kind
        return subject, body, {"kind": kind, "person": name, "subject": subject,
                               "text": body, "message_id": d.message_id}
