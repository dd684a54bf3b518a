"""Opening the record for a command: remembered key, then passphrase, else locked."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from healthdesk.config import resolve_data_dir
from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.services.errors import LockedError
from healthdesk.services.record import HealthRecord, os_keyring

from .secrets import ask_passphrase, given_passphrase


def data_dir(args: argparse.Namespace) -> Path:
    return resolve_data_dir(getattr(args, "data_dir", None))


ENV_STAFF, ENV_STAFF_PIN = "HEALTHDESK_STAFF", "HEALTHDESK_STAFF_PIN"


def staff_options(p: argparse.ArgumentParser) -> None:
    """``--staff NAME --pin-file FILE``: act as a member of a clinic's staff."""
    p.add_argument("--staff", metavar="NAME",
                   help=_("act as this member of the clinic's staff (else ${env})")
                   .format(env=ENV_STAFF))
    p.add_argument("--pin-file", metavar="FILE",
                   help=_("read the staff PIN from FILE (else ${env}, else ask)")
                   .format(env=ENV_STAFF_PIN))


def _staff_pin(path: str | None, name: str) -> str:
    if path:
        try:
            return Path(path).read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise ValidationError("pin-file", _("The PIN file {path} cannot be read ({err}).")
                                  .format(path=path, err=exc.strerror)) from None
    env = os.environ.get(ENV_STAFF_PIN)
    if env:
        return env
    if sys.stdin is None or not sys.stdin.isatty():
        raise ValidationError("pin", _("No PIN for {name}: use --pin-file or {env}, or run "
                                       "this in a terminal.").format(name=name, env=ENV_STAFF_PIN))
    return getpass.getpass(f"PIN for {name}: ")


def sign_in_staff(record: HealthRecord, args: argparse.Namespace) -> None:
    """Sign in the member named by --staff or $HEALTHDESK_STAFF (SignInError: exit 2)."""
    name = getattr(args, "staff", None) or os.environ.get(ENV_STAFF)
    if name:
        record.clinic.sign_in(name, _staff_pin(getattr(args, "pin_file", None), name))


def open_record(args: argparse.Namespace) -> HealthRecord:
    """Raises LockedError (exit 3) when no passphrase can be had or it is wrong; with
    --staff, signs that member in (a wrong PIN: PermissionDenied, exit 2)."""
    record = _unlock(args)
    try:
        sign_in_staff(record, args)
    except BaseException:
        record.close()
        raise
    if record.recovery_key_unseen:
        sys.stderr.write(_(
            "healthdesk: a data key rotation was stopped by a crash and finished when the "
            "store was opened; its recovery key was never shown, and the one you hold no "
            "longer opens this record. Make a new one now: healthdesk keys "
            "new-recovery-key\n"))
    return record


def _unlock(args: argparse.Namespace) -> HealthRecord:
    where = data_dir(args)
    given = given_passphrase(getattr(args, "passphrase_file", None))
    if given is None and HealthRecord.exists(where):
        try:
            return HealthRecord.open(where, keyring=os_keyring(), actor=None)
        except LockedError:
            pass
    passphrase = given if given is not None else ask_passphrase(args.passphrase_file)
    return HealthRecord.open(where, passphrase=passphrase)
