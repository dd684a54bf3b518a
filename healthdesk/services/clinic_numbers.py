"""Clinic numbers two computers hand out offline without ever giving two patients one.

Each computer numbers from its own **series**: four letters taken the first time it
numbers a patient, so its numbers read ``HD-KMRT-00042``. The series is drawn from the
computer's device id (64 random bits, the same id the sync server keys its devices and
every change's stamp by) and skips any series this computer has seen another device
number with, so a computer that joins the clinic after its first sync can never take a
series in use. Only two computers that both number patients before either has ever
synced could draw the same one (24^4 = 331,776 series: a chance of 1 in 331,776); the
sync then shows every number held twice (``clashes``) and the computer that finds its
series used elsewhere draws a fresh one for its next patients.

Why not numbers the server confirms: the desk must print a card and write the number in
the paper file at once, also on a day the connection is down, and a number that changes
after the sync is worse than a longer one. The older ``HD-000001`` numbers (before
migration 0015) keep working; they came from one computer each.
"""

from __future__ import annotations

import hashlib
import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.store.models import ClinicRecord, LocalState

PREFIX = "HD-"
# No I or O: read aloud or copied from a card they pass for 1 and 0.
SERIES_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
SERIES_LENGTH = 4
DIGITS = 5  # fixed width, so the text order of a series' numbers is their order
SERIES_KEY = "clinic_series"
_SERIAL = re.compile(rf"^{PREFIX}([{SERIES_LETTERS}]{{{SERIES_LENGTH}}})-(\d+)$")


def series_for(device_id: str, attempt: int = 0) -> str:
    """The ``attempt``-th series this device may take (deterministic: a test, or the
    same store opened again, draws the same)."""
    n = int.from_bytes(hashlib.sha256(f"{device_id}:{attempt}".encode()).digest()[:8], "big")
    out = []
    for _i in range(SERIES_LENGTH):
        n, r = divmod(n, len(SERIES_LETTERS))
        out.append(SERIES_LETTERS[r])
    return "".join(out)


def series_of(number: str | None) -> str | None:
    """The series of a number handed out by series (None for a typed or older one)."""
    m = _SERIAL.match(number or "")
    return m.group(1) if m else None


def _used_elsewhere(s: Session, series: str, device_id: str) -> bool:
    return s.scalar(select(ClinicRecord.id).where(
        ClinicRecord.clinic_no.like(f"{PREFIX}{series}-%"),
        func.coalesce(ClinicRecord.numbered_by, "") != device_id).limit(1)) is not None


def current_series(s: Session) -> str | None:
    row = s.get(LocalState, SERIES_KEY)
    return str(row.value) if row is not None else None


def take_series(s: Session, device_id: str) -> str:
    """This computer's series, drawn now if it has none yet."""
    have = current_series(s)
    if have is not None:
        return have
    for attempt in range(10_000):
        series = series_for(device_id, attempt)
        if not _used_elsewhere(s, series, device_id):
            s.merge(LocalState(key=SERIES_KEY, value=series))
            return series
    raise RuntimeError("no free clinic number series")  # 10,000 computers in one clinic


def next_number(s: Session, device_id: str) -> str:
    """The next number of this computer's series (numbers of deleted patients included:
    a number is never given twice)."""
    series = take_series(s, device_id)
    last = s.scalar(select(func.max(ClinicRecord.clinic_no)).where(
        ClinicRecord.clinic_no.like(f"{PREFIX}{series}-%")))
    m = _SERIAL.match(last or "")
    return f"{PREFIX}{series}-{(int(m.group(2)) + 1 if m else 1):0{DIGITS}d}"


def check_typed(s: Session, number: str, device_id: str) -> None:
    """A number typed at the desk may not be in another computer's series: that
    computer would hand it out too."""
    series = series_of(number)
    if series is not None and series != current_series(s) and \
            _used_elsewhere(s, series, device_id):
        raise ValidationError("clinic_no", _(
            "Clinic number {no} is in another computer's series ({series}); leave the "
            "number empty to take this computer's next one.").format(no=number, series=series))


def series_clashes(s: Session, device_id: str) -> bool:
    """After a pull: does another device number from this computer's series (both drew
    it before they ever synced)?"""
    series = current_series(s)
    return series is not None and _used_elsewhere(s, series, device_id)


def forget_series(s: Session) -> None:
    """The next patient here starts a fresh series (``take_series`` skips the used one)."""
    row = s.get(LocalState, SERIES_KEY)
    if row is not None:
        s.delete(row)
