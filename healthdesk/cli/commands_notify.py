"""``healthdesk notifications``, ``deliver``, ``emergency`` and ``mail set|test``: the
notification centre and the delivery queue for scripts and headless clinic machines.

The SMTP password comes, as the account password does, from ``--password-file``, then
``$HEALTHDESK_MAIL_PASSWORD``, then the terminal; it is kept only in the OS keyring.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _, ngettext
from healthdesk.domain.notification_rules import EMERGENCY_KINDS
from healthdesk.services.mail import SECURITY, DeliveryError
from healthdesk.services.record import HealthRecord

from .profiles_arg import find_profile
from .session import open_record

Common = Callable[[argparse.ArgumentParser], None]
ENV_MAIL_PASSWORD = "HEALTHDESK_MAIL_PASSWORD"
EXIT_FAIL = 1


def register(sub: argparse._SubParsersAction, common: Common) -> None:
    p = sub.add_parser("notifications", help=_("the notification centre: what needs "
                                               "attention, newest first"))
    common(p)
    p.add_argument("--profile", metavar="NAME-or-id", help=_("only this person"))
    p.add_argument("--unread", action="store_true", help=_("only those not read yet"))
    p.add_argument("--all", action="store_true", help=_("expired ones too"))
    p.add_argument("--read", metavar="ID", help=_("mark this notification read"))
    p.add_argument("--tick", action="store_true",
                   help=_("first raise what is due now (missed doses, refills...)"))
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))

    p = sub.add_parser("deliver", help=_("one pass of the delivery queue (e-mail, webhook); "
                                         "exit 1 when something failed"))
    common(p)
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))

    p = sub.add_parser("emergency", help=_("send an emergency alert to the emergency "
                                           "contacts, or resolve one"))
    common(p)
    p.add_argument("--profile", metavar="NAME-or-id",
                   help=_("whose emergency (needed when the record holds several people)"))
    p.add_argument("--kind", choices=EMERGENCY_KINDS, default="medical")
    p.add_argument("--message", metavar="TEXT")
    p.add_argument("--resolve", metavar="ID", help=_("mark this alert resolved"))
    p.add_argument("--by", metavar="NAME", help=_("who resolved it"))
    p.add_argument("--no-send", action="store_true",
                   help=_("only queue it (healthdesk deliver sends it)"))
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))

    mail = sub.add_parser("mail", help=_("this device's e-mail (SMTP) settings"))
    msub = mail.add_subparsers(dest="mail_command", metavar="ACTION", required=True)
    p = msub.add_parser("set", help=_("save the SMTP settings (the password goes to the "
                                      "keyring)"))
    common(p)
    p.add_argument("--host", required=True)
    p.add_argument("--port", type=int, default=587)
    p.add_argument("--security", choices=SECURITY, default="starttls")
    p.add_argument("--user", metavar="NAME")
    p.add_argument("--sender", required=True, metavar="ADDRESS")
    p.add_argument("--password-file", metavar="FILE")
    p = msub.add_parser("test", help=_("send a test message now"))
    common(p)
    p.add_argument("--to", required=True, metavar="ADDRESS")
    p = msub.add_parser("webhook", help=_("an HTTP webhook for a text-message gateway"))
    common(p)
    p.add_argument("--url", metavar="URL", help=_("https URL; leave out to remove it"))


def _password(path: str | None, needed: bool) -> str | None:
    if path:
        try:
            return Path(path).read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise ValidationError("password-file", _(
                "The password file {path} cannot be read ({strerror}).").format(
                path=path, strerror=exc.strerror)) from None
    env = os.environ.get(ENV_MAIL_PASSWORD)
    if env:
        return env
    if not needed:
        return None
    if sys.stdin is None or not sys.stdin.isatty():
        raise ValidationError("password", _(
            "No mail password given: use --password-file or {env}, or run this in a "
            "terminal.").format(env=ENV_MAIL_PASSWORD))
    return getpass.getpass("Mail password: ")


def _iso(t: Any) -> str | None:
    return None if t is None else t.isoformat()


def cmd_notifications(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        if args.tick:
            record.producers.tick()
        if args.read:
            record.notifications.mark_read(args.read)
        pid = find_profile(record, args.profile).id if args.profile else None
        rows = record.notifications.for_profile(pid, unread_only=args.unread,
                                                include_expired=args.all)
    if args.json:
        sys.stdout.write(json.dumps({"notifications": [{
            "id": n.id, "profile": n.person_name, "profile_id": n.profile_id,
            "kind": n.kind, "priority": n.priority, "title": n.title, "body": n.body,
            "link": {"table": n.link_table, "id": n.link_id} if n.link_table else None,
            "raised_at": _iso(n.raised_at), "expires_at": _iso(n.expires_at),
            "read_at": _iso(n.read_at), "read_by": n.read_by} for n in rows]},
            ensure_ascii=False, indent=2) + "\n")
        return 0
    if not rows:
        sys.stdout.write(_("No notifications.") + "\n")
        return 0
    unread = sum(n.unread for n in rows)
    sys.stdout.write(ngettext("{n} unread", "{n} unread", unread).format(n=unread) + "\n")
    for n in rows:
        mark = "*" if n.unread else " "
        sys.stdout.write(f"{mark} {n.raised_at:%Y-%m-%d %H:%M}Z  {n.priority:<6}  "
                         f"{n.title}  [{n.id}]\n")
    return 0


def _report(report: Any, as_json: bool) -> int:
    if as_json:
        sys.stdout.write(json.dumps({"ok": report.ok, "sent": report.sent,
                                     "failed": [{"id": i, "reason": r}
                                                for i, r in report.failed],
                                     "waiting": report.waiting}) + "\n")
    else:
        sys.stdout.write(_("Sent {sent}, failed {failed}, waiting {waiting}.").format(
            sent=len(report.sent), failed=len(report.failed), waiting=report.waiting) + "\n")
    for ident, reason in report.failed:
        sys.stderr.write(f"healthdesk: {ident}: {reason}\n")
    return 0 if report.ok else EXIT_FAIL


def cmd_deliver(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        return _report(record.delivery.deliver_once(), args.json)


def _person(record: HealthRecord, text: str | None) -> str:
    if text:
        return find_profile(record, text).id
    people = record.profiles.all()
    if len(people) != 1:
        raise ValidationError("profile", _(
            "Say whose emergency with --profile NAME (this record holds {n} people).").format(
            n=len(people)))
    return people[0].id


def cmd_emergency(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        if args.resolve:
            alert = record.emergency.resolve(args.resolve, by=args.by)
            sys.stdout.write(_("Resolved by {who} at {at}.").format(
                who=alert.resolved_by, at=f"{alert.resolved_at:%Y-%m-%d %H:%M}Z") + "\n")
            return 0
        alert = record.emergency.raise_alert(_person(record, args.profile), args.kind,
                                             args.message)
        if not args.no_send:
            record.delivery.deliver_once()
        rows = record.delivery.for_source(alert.id)
    if args.json:
        sys.stdout.write(json.dumps({"id": alert.id, "kind": alert.kind, "deliveries": [
            {"contact": d.contact_name, "channel": d.channel, "address": d.address,
             "status": d.status, "attempts": d.attempts, "error": d.last_error}
            for d in rows]}, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(_("Emergency alert {id} raised.").format(id=alert.id) + "\n")
        if not rows:
            sys.stdout.write(_("No emergency contact may receive alerts: add one in "
                               "Records, with an e-mail address.") + "\n")
        for d in rows:
            why = f" ({d.last_error})" if d.last_error else ""
            sys.stdout.write(f"  {d.position}. {d.contact_name} <{d.address}> "
                             f"{d.channel}: {d.status}{why}\n")
    failed = [d for d in rows if d.status == "failed"]
    return EXIT_FAIL if failed else 0


def cmd_mail(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        if args.mail_command == "set":
            password = _password(args.password_file, needed=bool(args.user))
            s = record.mail.configure(host=args.host, port=args.port, security=args.security,
                                      username=args.user, sender=args.sender,
                                      password=password)
            sys.stdout.write(_("E-mail set: {host}:{port} ({security}) from {sender}.").format(
                host=s.host, port=s.port, security=s.security, sender=s.sender) + "\n")
            return 0
        if args.mail_command == "webhook":
            hook = record.mail.set_webhook(args.url)
            sys.stdout.write((_("Webhook set: {url}").format(url=hook.url) if hook
                              else _("Webhook removed.")) + "\n")
            return 0
        try:
            record.mail.test(args.to)
        except DeliveryError as exc:
            sys.stderr.write(f"healthdesk: {exc}\n")
            return EXIT_FAIL
        sys.stdout.write(_("Test message sent to {to}.").format(to=args.to) + "\n")
        return 0


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "notifications": cmd_notifications, "deliver": cmd_deliver,
    "emergency": cmd_emergency, "mail": cmd_mail,
}
