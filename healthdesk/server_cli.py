"""``healthdesk-server``: set up, migrate and run the sync server (docs/server.md).

    healthdesk-server init-db | migrate | create-user NAME | serve [--host H --port P]
                      | compact [--days N] | escalate | orgs [--json] | org-admin ORG USER

The database comes from ``$HEALTHDESK_DATABASE_URL``. Exit codes as for ``healthdesk``:
0 success, 1 failure, 2 bad usage or bad input. Errors are one sentence on stderr, never
a traceback (set HEALTHDESK_DEBUG=1 to see one).
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from healthdesk.server.config import Settings

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
ENV_PASSWORD = "HEALTHDESK_PASSWORD"


class UsageError(Exception):
    """Bad input from the person at the keyboard (exit 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"healthdesk-server: {message}\n")
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    from healthdesk import __version__

    parser = _Parser(prog="healthdesk-server",
                     description="HealthDesk sync server (database: $HEALTHDESK_DATABASE_URL).")
    parser.add_argument("--version", action="version", version=f"healthdesk-server {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND",
                                required=True)
    sub.add_parser("init-db", help="create the schema in an empty database")
    sub.add_parser("migrate", help="upgrade the schema to this version's")
    user = sub.add_parser("create-user", help="create an account")
    user.add_argument("name")
    user.add_argument("--password-file", metavar="FILE",
                      help=f"read the password from FILE (else ${ENV_PASSWORD}, else ask)")
    serve = sub.add_parser("serve", help="run the HTTP server")
    serve.add_argument("--host", default="127.0.0.1",
                       help="address to listen on (default 127.0.0.1; TLS belongs to the "
                       "reverse proxy in front)")
    serve.add_argument("--port", type=_port, default=8080, help="port (default 8080)")
    serve.add_argument("--workers", type=_workers, default=1,
                       help="worker processes (default 1; they share nothing but the database)")
    compact = sub.add_parser("compact", help="fold old changes and drop old tombstones "
                             "from the change feed (run daily)")
    compact.add_argument("--days", type=_days, default=None,
                         help="tombstone horizon in days (default $HEALTHDESK_TOMBSTONE_DAYS "
                         "or 90)")
    sub.add_parser("escalate", help="send missed-dose e-mails for profiles that allow it "
                   "while none of their devices is online (run every few minutes; SMTP from "
                   "$HEALTHDESK_SMTP_HOST, _PORT, _SECURITY, _USER, _PASSWORD, _SENDER)")
    orgs = sub.add_parser("orgs", help="the organisations (clinics) with their staff, "
                          "patient and link counts")
    orgs.add_argument("--json", action="store_true", help="print them as JSON")
    admin = sub.add_parser("org-admin", help="make an account an administrator of an "
                           "organisation (when its last administrator left)")
    admin.add_argument("org_id", metavar="ORG")
    admin.add_argument("user", metavar="USER")
    return parser


def _bounded(name: str, low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = low - 1
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{name} must be a whole number from {low} to "
                                             f"{high}, not {text!r}")
        return value
    return parse


_port = _bounded("port", 1, 65535)
_workers = _bounded("workers", 1, 64)
_days = _bounded("days", 1, 3650)


def _settings() -> Settings:
    from healthdesk.server.config import ConfigError, Settings

    try:
        return Settings.from_env()
    except ConfigError as exc:
        raise UsageError(str(exc)) from None


def _init_db(_args: argparse.Namespace) -> int:
    from healthdesk.server.migrate import current_revision, upgrade

    url = _settings().database_url
    rev = current_revision(url)
    if rev is not None:
        raise UsageError(f"the database already has the HealthDesk schema (revision {rev}); "
                         "use `healthdesk-server migrate` to upgrade it.")
    upgrade(url)
    print(f"database initialised at revision {current_revision(url)}")
    return EXIT_OK


def _migrate(_args: argparse.Namespace) -> int:
    from healthdesk.server.migrate import current_revision, upgrade

    url = _settings().database_url
    before = current_revision(url)
    upgrade(url)
    after = current_revision(url)
    print(f"database at revision {after}" + ("" if before == after else
                                             f" (was {before or 'empty'})"))
    return EXIT_OK


def _password(path: str | None) -> str:
    if path:
        try:
            return Path(path).read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise UsageError(f"the password file {path} cannot be read ({exc.strerror}).") \
                from None
    env = os.environ.get(ENV_PASSWORD)
    if env:
        return env
    if sys.stdin is None or not sys.stdin.isatty():
        raise UsageError(f"no password given: use --password-file, ${ENV_PASSWORD} or run "
                         "this in a terminal.")
    first = getpass.getpass("Password for the new account: ")
    if getpass.getpass("Same password again: ") != first:
        raise UsageError("the two passwords differ; nothing was created.")
    return first


def _create_user(args: argparse.Namespace) -> int:
    import psycopg

    from healthdesk.server.accounts import create_account

    settings = _settings()
    password = _password(args.password_file)
    with psycopg.connect(settings.database_url) as conn:
        try:
            create_account(conn, args.name, password)
        except ValueError as exc:
            raise UsageError(f"{exc}.") from None
    print(f"account {args.name.strip()!r} created")
    return EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    settings = _settings()
    # uvicorn's own proxy handling is off: it believes X-Forwarded-For from 127.0.0.1,
    # which any local process can send. The app reads it only from the proxies in
    # $HEALTHDESK_TRUSTED_PROXIES (healthdesk/server/peer.py).
    if args.workers > 1:
        uvicorn.run("healthdesk.server.app:app_from_env", factory=True, host=args.host,
                    port=args.port, workers=args.workers, proxy_headers=False,
                    log_level="warning")
        return EXIT_OK
    from healthdesk.server.app import create_app

    uvicorn.run(create_app(settings), host=args.host, port=args.port, proxy_headers=False,
                log_level="warning")
    return EXIT_OK


def _compact(args: argparse.Namespace) -> int:
    import psycopg

    from healthdesk.server.accounts import prune_login_failures
    from healthdesk.server.feed import compact

    settings = _settings()
    days = args.days or settings.tombstone_days
    with psycopg.connect(settings.database_url, autocommit=True) as conn:
        done = compact(conn, days)
        forgotten = prune_login_failures(conn)
    print(f"compacted: {done['folded']} changes folded, {done['purged']} tombstone changes "
          f"older than {days} days dropped, {forgotten} idle failed sign-in counts forgotten")
    return EXIT_OK


def _escalate(args: argparse.Namespace) -> int:
    import datetime as dt

    import psycopg

    from healthdesk.server import escalation

    try:
        cfg = escalation.smtp_from_env()
    except (ValueError, OSError) as exc:
        raise UsageError(str(exc)) from None
    if cfg is None:
        raise UsageError("no mail server: set HEALTHDESK_SMTP_HOST (and _PORT, _SECURITY, "
                         "_USER, _PASSWORD, _SENDER)")
    with psycopg.connect(_settings().database_url, autocommit=True) as conn:
        sent = escalation.run(conn, dt.datetime.now(dt.UTC), escalation.smtp_mailer(cfg),
                              cfg.sender)
    failed = [s for s in sent if s.status == "failed"]
    print(f"escalation: {len(sent) - len(failed)} e-mails sent, {len(failed)} failed")
    for s in failed:
        sys.stderr.write(f"healthdesk-server: {s.address}: {s.error}\n")
    return EXIT_FAIL if failed else EXIT_OK


def _orgs(args: argparse.Namespace) -> int:
    import json

    import psycopg

    from healthdesk.server.organisations import overview

    with psycopg.connect(_settings().database_url) as conn:
        found = overview(conn)
    if args.json:
        print(json.dumps(found, indent=2))
        return EXIT_OK
    if not found:
        print("no organisations")
    for o in found:
        print(f"{o['org_id']}  {o['name']}: {o['staff']} staff ({o['admins']} admins), "
              f"{o['patients']} patients, {o['linked_patients']} linked patient accounts")
    return EXIT_OK


def _org_admin(args: argparse.Namespace) -> int:
    import re
    import uuid

    import psycopg

    from healthdesk.server.organisations import operator_make_admin

    if not re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                        args.org_id):
        raise UsageError(f"ORG must be an organisation id (a lowercase UUID, see "
                         f"`healthdesk-server orgs`), not {args.org_id[:60]!r}.")
    with psycopg.connect(_settings().database_url) as conn:
        try:
            operator_make_admin(conn, args.org_id, args.user, str(uuid.uuid4()))
        except ValueError as exc:
            raise UsageError(f"{exc}.") from None
    print(f"{args.user} is an administrator of {args.org_id}")
    return EXIT_OK


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init-db": _init_db, "migrate": _migrate, "create-user": _create_user,
    "serve": _serve, "compact": _compact, "escalate": _escalate, "orgs": _orgs,
    "org-admin": _org_admin,
}


def _fail(code: int, message: str) -> int:
    sys.stderr.write(f"healthdesk-server: {message}\n")
    return code


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        return HANDLERS[args.command](args)
    except UsageError as exc:
        return _fail(EXIT_USAGE, str(exc))
    except KeyboardInterrupt:
        return _fail(130, "interrupted.")
    except Exception as exc:
        if os.environ.get("HEALTHDESK_DEBUG"):
            traceback.print_exc()
        return _fail(EXIT_FAIL, _describe(exc))


def _describe(exc: BaseException) -> str:
    import psycopg

    cause: BaseException | None = exc
    while cause is not None:  # Alembic wraps the driver's error in SQLAlchemy's
        if isinstance(cause, psycopg.OperationalError):
            first = str(cause).strip().splitlines()[0] if str(cause).strip() else ""
            return f"cannot use the database ({first.rstrip('.')})."
        cause = cause.__cause__ or cause.__context__
    return (f"unexpected error ({type(exc).__name__}); run again with HEALTHDESK_DEBUG=1 "
            "for details.")


if __name__ == "__main__":
    raise SystemExit(main())
