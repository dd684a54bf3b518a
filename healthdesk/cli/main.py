"""``healthdesk``: the command line (a contract; see docs/cli.md and DESIGN.md).

Exit codes: 0 success, 1 failure, 2 bad usage or bad input, 3 locked. Errors are one
sentence on stderr, never a traceback (set HEALTHDESK_DEBUG=1 to see one).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Any

from healthdesk import __version__
from healthdesk.app import commands as app_commands
from healthdesk.domain.i18n import LANGUAGES, _, set_language
from healthdesk.services.access import PermissionDenied
from healthdesk.services.errors import (
    LockedError,
    NotFoundError,
    StoreError,
    ValidationError,
    explain_store_failure,
)
from healthdesk.services.record import HealthRecord

from . import (
    argparse_words,
    commands_assistant,
    commands_data,
    commands_doses,
    commands_notify,
    commands_store,
    commands_sync,
    nouns,
)
from .session import data_dir, staff_options
from .verbs import quiet_default

EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # A command may define a common option again with its own meaning (screenshot's
        # --lang also takes "pseudo"); the command's own one wins.
        kwargs.setdefault("conflict_handler", "resolve")
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"healthdesk: {message}\n")
        raise SystemExit(EXIT_USAGE)


def _top_common(p: argparse.ArgumentParser) -> None:
    staff_options(p)
    p.add_argument("--data-dir", metavar="DIR",
                   help=_("the store's folder (default: $HEALTHDESK_DATA_DIR or the user "
                          "data dir)"))
    p.add_argument("--passphrase-file", metavar="FILE",
                   help=_("read the passphrase from FILE (else $HEALTHDESK_PASSPHRASE, "
                          "else ask)"))
    p.add_argument("--lang", choices=LANGUAGES, metavar="LANG",
                   help=_("the language of messages: en, hi or ta (default: "
                          "$HEALTHDESK_LANG, else the locale)"))


def _common(p: argparse.ArgumentParser) -> None:
    """The common options of every command, noun and verb parser below the top level.

    They may be written anywhere on the line. Their defaults are suppressed here, so only
    the top-level parser sets one: argparse would otherwise let a subparser's default
    (None) overwrite a value given before the command (``healthdesk --data-dir D check``
    would lose D).
    """
    _top_common(p)
    quiet_default(p, "data_dir", "passphrase_file", "staff", "pin_file", "lang")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="healthdesk",
                     description=_("HealthDesk: your encrypted health record."))
    parser.add_argument("--version", action="version", version=f"healthdesk {__version__}")
    _top_common(parser)
    parser.add_argument("--demo", action="store_true",
                        help=_("open the desktop app on a throw-away demo record"))
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    for register in (commands_store.register, commands_data.register,
                     commands_doses.register, commands_sync.register, nouns.register,
                     commands_assistant.register, commands_notify.register,
                     app_commands.register):
        register(sub, _common)
    return parser


def _fail(code: int, message: str) -> int:
    sys.stderr.write(f"healthdesk: {message}\n")
    return code


def _store_failure(exc: BaseException, args: argparse.Namespace) -> StoreError | None:
    """A damaged page or a full disk, found deep in the driver's exceptions."""
    try:
        db_path = HealthRecord.database_path(data_dir(args))
    except Exception:  # no data dir to name: the error is then not about the store
        return None
    return explain_store_failure(exc, db_path)


def _run(func: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    try:
        return func(args)
    except ValidationError as exc:
        return _fail(EXIT_USAGE, str(exc))
    except NotFoundError as exc:
        return _fail(EXIT_USAGE, str(exc))
    except PermissionDenied as exc:
        return _fail(EXIT_USAGE, str(exc))
    except LockedError as exc:
        return _fail(EXIT_LOCKED, str(exc))
    except StoreError as exc:
        return _fail(exc.exit_code, str(exc))
    except KeyboardInterrupt:
        return _fail(130, _("interrupted; nothing half-written was kept."))
    except OSError as exc:
        if os.environ.get("HEALTHDESK_DEBUG"):
            traceback.print_exc()
        failure = _store_failure(exc, args)
        if failure is not None:
            return _fail(failure.exit_code, str(failure))
        target = f" ({exc.filename})" if exc.filename else ""
        return _fail(EXIT_FAIL, f"{exc.strerror or exc}{target}.")
    except Exception as exc:
        if os.environ.get("HEALTHDESK_DEBUG"):
            traceback.print_exc()
        failure = _store_failure(exc, args)
        if failure is not None:
            return _fail(failure.exit_code, str(failure))
        return _fail(EXIT_FAIL, _("unexpected error ({error}); run again with "
                                  "HEALTHDESK_DEBUG=1 for details.").format(
                                      error=type(exc).__name__))


def _language_asked(argv: Sequence[str]) -> str | None:
    """The --lang on the command line, read before the parser exists: its help texts
    are written in that language."""
    for i, word in enumerate(argv):
        if word.startswith("--lang="):
            value = word.split("=", 1)[1]
        elif word == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        else:
            continue
        return value if value in LANGUAGES else None
    return None


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    words = list(sys.argv[1:] if argv is None else argv)
    set_language(_language_asked(words))
    argparse_words.install()
    args = build_parser().parse_args(words)
    command = args.command or "gui"
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        **app_commands.HANDLERS,
        **commands_store.HANDLERS, **commands_data.HANDLERS, **commands_doses.HANDLERS,
        **commands_sync.HANDLERS, **nouns.HANDLERS, **commands_assistant.HANDLERS,
        **commands_notify.HANDLERS,
    }
    return _run(handlers[command], args)


if __name__ == "__main__":
    raise SystemExit(main())
