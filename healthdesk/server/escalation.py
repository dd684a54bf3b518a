"""Missed-dose escalation on the server, for profiles whose settings allow it, when no
device that holds the profile has synced recently (every device runs the same check
itself while it is on, services/alerts.py; the server covers the hours they are all off).

It reads the server's copy of the record (``rows``): the medicines with caregiver
alerts, their schedules, the dose events and the caregivers. For each dose not taken it
computes the same escalation chain (domain/reminders.py) and the same alert ids as the
devices; an alert a caregiver acknowledged stops it. Each e-mail is recorded in
``escalation_mail`` as "sending" with its Message-ID before it is handed to the mail
server, then "sent" or "failed": run again, it sends nothing twice, and a crash between
the two resends once with the same Message-ID. The delivery id and Message-ID are the
ones a device would use for the same alert and address, so a device that later sends it
too sends the same message, which mail programs show once.

Run it every few minutes: ``healthdesk-server escalate`` (cron or a systemd timer).
"""

from __future__ import annotations

import datetime as dt
import os
import smtplib
import ssl
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any
from zoneinfo import ZoneInfo

import psycopg

from healthdesk.domain import notification_rules as rules
from healthdesk.domain.dose_times import DoseMark, dose_state
from healthdesk.domain.i18n import _, language
from healthdesk.domain.reminders import escalation
from healthdesk.domain.schedules import Schedule, occurrences

#: A device seen this recently is on and runs the check itself.
DEVICE_ONLINE = dt.timedelta(minutes=30)
LOOKBACK = dt.timedelta(hours=24)
_EMAIL_AT = "@"

Mailer = Callable[[EmailMessage], None]


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    security: str  # starttls | tls | plain (loopback only)
    user: str | None
    password: str | None
    sender: str


def smtp_from_env(env: dict[str, str] | None = None) -> SmtpConfig | None:
    """``HEALTHDESK_SMTP_HOST``, ``_PORT``, ``_SECURITY``, ``_USER``, ``_PASSWORD`` (or
    ``_PASSWORD_FILE``), ``_SENDER``; None when no host is set."""
    e = os.environ if env is None else env
    host = e.get("HEALTHDESK_SMTP_HOST")
    if not host:
        return None
    security = e.get("HEALTHDESK_SMTP_SECURITY", "starttls")
    if security not in ("starttls", "tls", "plain"):
        raise ValueError("HEALTHDESK_SMTP_SECURITY must be starttls, tls or plain")
    if security == "plain" and host not in ("127.0.0.1", "::1", "localhost"):
        raise ValueError("plain SMTP is allowed only to this machine (127.0.0.1)")
    password = e.get("HEALTHDESK_SMTP_PASSWORD")
    if not password and e.get("HEALTHDESK_SMTP_PASSWORD_FILE"):
        with open(e["HEALTHDESK_SMTP_PASSWORD_FILE"], encoding="utf-8") as f:
            password = f.read().rstrip("\r\n")
    port = int(e.get("HEALTHDESK_SMTP_PORT", "465" if security == "tls" else "587"))
    sender = e.get("HEALTHDESK_SMTP_SENDER") or f"healthdesk@{host}"
    return SmtpConfig(host, port, security, e.get("HEALTHDESK_SMTP_USER"), password, sender)


def smtp_mailer(cfg: SmtpConfig) -> Mailer:
    def send(msg: EmailMessage) -> None:
        context = ssl.create_default_context()
        smtp: smtplib.SMTP
        if cfg.security == "tls":
            smtp = smtplib.SMTP_SSL(cfg.host, cfg.port, timeout=20, context=context)
        else:
            smtp = smtplib.SMTP(cfg.host, cfg.port, timeout=20)
        with smtp:
            if cfg.security == "starttls":
                smtp.starttls(context=context)
            if cfg.user:
                smtp.login(cfg.user, cfg.password or "")
            smtp.send_message(msg)
    return send


@dataclass(frozen=True)
class Sent:
    profile_id: str
    alert_id: str
    address: str
    message_id: str
    status: str
    error: str | None = None


def _when(v: Any) -> dt.datetime | None:
    return None if v is None else dt.datetime.fromisoformat(str(v).replace("Z", "+00:00"))


def _date(v: Any) -> dt.date | None:
    return None if v is None else dt.date.fromisoformat(str(v))


def escalating_profiles(conn: psycopg.Connection, now: dt.datetime) -> list[str]:
    """Profiles that allow server escalation and have no device online."""
    allowed = [r[0] for r in conn.execute(
        "SELECT profile_id FROM rows WHERE entity = 'notification_settings' AND NOT deleted "
        "AND (fields->>'server_escalation')::int = 1")]
    out = []
    for pid in allowed:
        seen = conn.execute(
            "SELECT max(d.last_seen_at) FROM devices d JOIN memberships m "
            "ON m.account_id = d.account_id WHERE m.profile_id = %s "
            "AND m.revoked_at IS NULL AND d.revoked_at IS NULL", (pid,)).fetchone()
        last = seen[0] if seen else None
        if last is None or now - last >= DEVICE_ONLINE:
            out.append(pid)
    return out


def _rows(conn: psycopg.Connection, pid: str, entity: str) -> list[dict[str, Any]]:
    return [dict(r[0], id=r[1]) for r in conn.execute(
        "SELECT fields, row_id FROM rows WHERE profile_id = %s AND entity = %s AND NOT deleted",
        (pid, entity))]


def due_alerts(conn: psycopg.Connection, pid: str, now: dt.datetime
               ) -> list[tuple[str, dict[str, Any], dict[str, Any], dt.datetime]]:
    """(alert id, medicine, caregiver, dose time) for each alert due now."""
    meds = {m["id"]: m for m in _rows(conn, pid, "medications")
            if m.get("caregiver_alert_minutes") and m.get("active", True)}
    if not meds:
        return []
    carers = sorted(_rows(conn, pid, "caregivers"),
                    key=lambda c: (c.get("position") or 1, c.get("created_at") or "", c["id"]))
    if not carers:
        return []
    schedules: dict[str, dict[str, Any]] = {}
    for sc in sorted(_rows(conn, pid, "medication_schedules"),
                     key=lambda r: (r.get("created_at") or "", r["id"])):
        if sc.get("medication_id") in meds:
            schedules[sc["medication_id"]] = sc
    events: dict[str, list[DoseMark]] = defaultdict(list)
    raw = _rows(conn, pid, "dose_events")
    undone = {e.get("supersedes") for e in raw if e.get("action") == "undone"}
    for e in raw:
        at = _when(e.get("at"))
        if at is not None:
            events[e.get("medication_id") or ""].append(DoseMark(
                e["action"], at, _when(e.get("scheduled_for")), e["id"] in undone,
                _when(e.get("snooze_until")), e["id"]))
    acked = {a["id"] for a in _rows(conn, pid, "caregiver_alerts") if a.get("acknowledged_at")}
    out = []
    for mid, sc in schedules.items():
        med = meds[mid]
        if sc.get("kind") == "as_needed":
            continue
        rule = Schedule(_date(sc["start_date"]) or now.date(),
                        tuple(sc.get("times_of_day") or ()), "fixed",
                        tuple(sc["weekdays"]) if sc.get("weekdays") else None,
                        int(sc.get("interval_days") or 1), _date(sc.get("end_date")),
                        sc.get("timezone") or "UTC", sc.get("tz_policy") or "home")
        first = dt.timedelta(minutes=int(med["caregiver_alert_minutes"]))
        created = _when(sc.get("created_at")) or now - LOOKBACK
        lo = max(now - LOOKBACK - first, created)
        hi = now - first + dt.timedelta(microseconds=1)
        if lo >= hi:
            continue
        marks = sorted(events.get(mid, []), key=lambda m: m.at)
        for when in occurrences(rule, lo, hi):
            if dose_state(when, marks, now, float(med.get("missed_dose_window_hours") or 2)) \
                    in ("taken", "skipped"):
                continue
            ids = [rules.caregiver_alert_id(mid, when, k) for k in range(len(carers))]
            if any(i in acked for i in ids):
                continue
            for level, at in escalation(when, int(med["caregiver_alert_minutes"]),
                                        med.get("caregiver_escalation_minutes"), len(carers)):
                if at <= now:
                    out.append((ids[level], med, carers[level], when))
    return out


def _message(cfg_sender: str, to: str, person: str, zone: str, med: dict[str, Any],
             carer: dict[str, Any], when: dt.datetime, message_id: str, now: dt.datetime
             ) -> EmailMessage:
    local = when.astimezone(ZoneInfo(zone))
    title = " ".join(x for x in (med.get("name"), med.get("strength")) if x)
    msg = EmailMessage()
    msg["From"] = cfg_sender
    msg["To"] = to
    msg["Subject"] = _("HealthDesk: {name}'s {medicine} at {time} was not taken").format(
        name=person, medicine=title, time=f"{local:%H:%M}")
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = message_id
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(_(
        "{name}'s {medicine}, due at {time} ({zone}), has not been recorded as taken.\n\n"
        "{carer}, please check on {name}.\n\nSent by the HealthDesk sync server because "
        "none of the devices holding this record has been online.").format(
        name=person, medicine=title, time=f"{local:%Y-%m-%d %H:%M}", zone=zone,
        carer=carer.get("name", "")))
    return msg


def run(conn: psycopg.Connection, now: dt.datetime, mailer: Mailer, sender: str,
        profile_ids: Iterable[str] | None = None) -> list[Sent]:
    """One pass: every alert due now for the profiles that escalate here, sent once."""
    out: list[Sent] = []
    pids = list(profile_ids) if profile_ids is not None else escalating_profiles(conn, now)
    for pid in pids:
        person_rows = _rows(conn, pid, "profiles")
        person = person_rows[0].get("name", "") if person_rows else ""
        zone = (person_rows[0].get("timezone") if person_rows else None) or "UTC"
        lang = (person_rows[0].get("language") if person_rows else None) or "en"
        for alert, med, carer, when in due_alerts(conn, pid, now):
            to = (carer.get("contact") or "").strip()
            if _EMAIL_AT not in to:
                continue
            note = rules.notification_id("caregiver_alert", alert)
            ident = rules.delivery_id(note, to, "email")
            mid = rules.message_id(ident)
            by_device = conn.execute(
                "SELECT fields->>'status' FROM rows WHERE profile_id = %s AND "
                "entity = 'alert_deliveries' AND row_id = %s", (pid, ident)).fetchone()
            if by_device is not None and by_device[0] in ("sending", "sent", "delivered"):
                continue  # a device has sent it (same delivery id): not twice
            with conn.transaction():
                row = conn.execute(
                    "SELECT status, attempts FROM escalation_mail WHERE id = %s FOR UPDATE",
                    (ident,)).fetchone()
                if row is not None and (row[0] == "sent" or row[1] >= rules.MAX_ATTEMPTS):
                    continue
                conn.execute(
                    "INSERT INTO escalation_mail (id, profile_id, alert_id, address, "
                    "message_id, status, attempts) VALUES (%s, %s, %s, %s, %s, 'sending', 1) "
                    "ON CONFLICT (id) DO UPDATE SET status = 'sending', "
                    "attempts = escalation_mail.attempts + 1", (ident, pid, alert, to, mid))
            try:
                with language(lang):  # the person's language, as their devices write it
                    msg = _message(sender, to, person, zone, med, carer, when, mid, now)
                mailer(msg)
            except (smtplib.SMTPException, OSError) as exc:
                error = str(exc) or type(exc).__name__
                conn.execute("UPDATE escalation_mail SET status = 'failed', last_error = %s "
                             "WHERE id = %s", (error[:2000], ident))
                out.append(Sent(pid, alert, to, mid, "failed", error))
                continue
            conn.execute("UPDATE escalation_mail SET status = 'sent', sent_at = %s, "
                         "last_error = NULL WHERE id = %s", (now, ident))
            out.append(Sent(pid, alert, to, mid, "sent"))
    return out
