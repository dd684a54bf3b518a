"""Commands that talk to a sync server: ``account login|logout|status`` and ``sync``.

The account password comes, like the passphrase, from ``--password-file``, then
``$HEALTHDESK_PASSWORD``, then the terminal; it is never echoed or stored (the server
gives this device a token, which is kept in the OS keyring or the encrypted store).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.services.sync import SetAsideView, SyncError

from .session import open_record

Common = Callable[[argparse.ArgumentParser], None]
ENV_PASSWORD = "HEALTHDESK_PASSWORD"
EXIT_FAIL = 1


def register(sub: argparse._SubParsersAction, common: Common) -> None:
    acct = sub.add_parser("account", help=_("sign this device in to a sync server, or out"))
    acct_sub = acct.add_subparsers(dest="account_command", metavar="ACTION", required=True)
    p = acct_sub.add_parser("login", help=_("sign in (the password is asked for, or read from "
                                            "--password-file or ${env_password})").format(
                                              env_password=ENV_PASSWORD))
    common(p)
    p.add_argument("--server", required=True, metavar="URL", help=_("e.g. https://sync.example.org"))
    p.add_argument("--user", required=True, metavar="NAME")
    p.add_argument("--password-file", metavar="FILE")
    p.add_argument("--device-name", metavar="NAME", help=_("how this device is listed "
                                                         "(default: the computer's name)"))
    p.add_argument("--fingerprint", metavar="SHA256",
                   help=_("pin a self-hosted server's certificate by its SHA-256 fingerprint "
                        "(openssl x509 -noout -fingerprint -sha256 -in cert.pem)"))
    p = acct_sub.add_parser("logout", help=_("sign this device out (its records stay)"))
    common(p)
    p = acct_sub.add_parser("status", help=_("server, account, last sync, changes waiting"))
    common(p)
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("sync", help=_("one sync round with the server; non-zero exit on failure"))
    common(p)
    p.add_argument("--json", action="store_true", help=_("print the round's counts as JSON"))


def _password(path: str | None) -> str:
    if path:
        try:
            return Path(path).read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise ValidationError("password-file", _("The password file {path} cannot be read "
                                                     "({strerror}).").format(
                                                       path=path, strerror=exc.strerror)) from None
    env = os.environ.get(ENV_PASSWORD)
    if env:
        return env
    if sys.stdin is None or not sys.stdin.isatty():
        raise ValidationError("password", _("No password given: use --password-file or "
                                            "{env_password}, or run this in a terminal.").format(
                                              env_password=ENV_PASSWORD))
    return getpass.getpass("Account password: ")


def _failed(message: str, as_json: bool = False) -> int:
    if as_json:
        sys.stdout.write(json.dumps({"ok": False, "error": message}) + "\n")
    sys.stderr.write(f"healthdesk: {message}\n")
    return EXIT_FAIL


def cmd_account(args: argparse.Namespace) -> int:
    if args.account_command == "login":
        password = _password(args.password_file)
        with open_record(args) as record:
            try:
                account = record.sync.login(args.server, args.user, password,
                                            device_name=args.device_name,
                                            fingerprint=args.fingerprint)
            except SyncError as exc:
                return _failed(str(exc))
        pinned = " (certificate pinned)" if account.fingerprint else ""
        sys.stderr.write(_("Signed in to {server_url} as {user}{pinned}.\n").format(
                             server_url=account.server_url, user=account.user, pinned=pinned))
        return 0
    if args.account_command == "logout":
        with open_record(args) as record:
            record.sync.logout()
        sys.stderr.write(_("Signed out; the records on this device stay.\n"))
        return 0
    with open_record(args) as record:
        st = record.sync.status()
        line = st.summary(record.now())
    if args.json:
        sys.stdout.write(json.dumps({
            "signed_in": st.signed_in, "server": st.server_url, "user": st.user,
            "last_success": st.last_success.isoformat() if st.last_success else None,
            "last_error": st.last_error, "pending": st.pending, "set_aside": st.set_aside,
            "pulled_set_aside": st.pulled_set_aside,
            "open_conflicts": st.open_conflicts}, sort_keys=True) + "\n")
    else:
        who = f"{st.user} at {st.server_url}" if st.signed_in else "not signed in"
        sys.stdout.write(_("Account: {who}\n{line}\n").format(who=who, line=line))
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    with open_record(args) as record:
        try:
            report = record.sync.sync_now()
        except SyncError as exc:
            return _failed(str(exc), args.json)
        status = record.sync.status()
        views = record.sync.set_aside_views()
    incoming = [v for v in views if v.direction == "incoming"]
    if args.json:
        listed = [{"direction": v.direction, "entity": v.entity, "row_id": v.row_id,
                   "profile_id": v.profile_id, "field": v.field, "reason": v.reason,
                   "summary": v.summary} for v in views]
        sys.stdout.write(json.dumps({"ok": True, **report.as_dict(), "set_aside_changes": listed},
                                    sort_keys=True) + "\n")
    else:
        sys.stdout.write(
            f"Sent {report.pushed}, received {report.pulled}; {status.pending} waiting, "
            f"{status.open_conflicts} conflict(s) to review"
            + (f", {report.set_aside} refused by the server" if report.set_aside else "")
            + ".\n")
        if incoming:
            sys.stdout.write(_set_aside_sentence(incoming) + "\n")
        if report.clock_message:
            sys.stderr.write(f"healthdesk: {report.clock_message}\n")
    return 0


def _set_aside_sentence(incoming: list[SetAsideView]) -> str:
    """One sentence: how many changes from the server were set aside, and why."""
    n = len(incoming)
    head = (f"{n} change{'s' if n != 1 else ''} from the server could not be applied and "
            f"{'was' if n == 1 else 'were'} set aside: ")
    shown = [_clause(v) for v in incoming[:3]]
    tail = f"; and {n - 3} more" if n > 3 else ""
    return head + "; ".join(shown) + tail + " (see Sync ▸ Set-aside changes)."


def _clause(view: SetAsideView) -> str:
    whose = f" in {view.profile_name}'s record" if view.profile_name else ""
    article = "an" if view.kind[:1] in "aeiou" else "a"
    return (f"{article} {view.kind}{whose}: "
            f"{view.reason[:1].lower()}{view.reason[1:].rstrip('.')}")


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "account": cmd_account, "sync": cmd_sync,
}
