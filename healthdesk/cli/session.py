"""Opening the record for a command: remembered key, then passphrase, else locked."""

from __future__ import annotations

import argparse
from pathlib import Path

from healthdesk.config import resolve_data_dir
from healthdesk.services.errors import LockedError
from healthdesk.services.record import HealthRecord, os_keyring

from .secrets import ask_passphrase, given_passphrase


def data_dir(args: argparse.Namespace) -> Path:
    return resolve_data_dir(getattr(args, "data_dir", None))


def open_record(args: argparse.Namespace) -> HealthRecord:
    """Raises LockedError (exit 3) when no passphrase can be had or it is wrong."""
    where = data_dir(args)
    given = given_passphrase(getattr(args, "passphrase_file", None))
    if given is None and HealthRecord.exists(where):
        try:
            return HealthRecord.open(where, keyring=os_keyring(), actor=None)
        except LockedError:
            pass
    passphrase = given if given is not None else ask_passphrase(args.passphrase_file)
    return HealthRecord.open(where, passphrase=passphrase)
