"""Importing what devices and apps exported: recognising the format from the content,
reading local times in the person's zone, and storing in chunks with duplicates skipped.

Each format (a ``Format`` in import_cgm, import_apple or import_wearables) has a key, a
label, ``sniff(path, head)`` and ``read(path, ctx)``, a generator of validated readings;
whatever it does not keep it counts in ``ctx.report`` with the reason. Readings are
stored ``CHUNK`` at a time, each chunk one transaction: a cancel keeps the chunks already
written, and importing the file again adds only the rest (duplicates are skipped, so
re-importing is always safe).

A time without an offset is the person's clock (the profile's time zone, else this
computer's). In the hour a clock repeats when daylight saving ends, the first pass is read
as the earlier instant and, once the file's times step back within that hour, the rest as
the later one (device files are in time order). A time in the hour skipped when daylight
saving starts is read as the clock before the change showed it (02:30 is 03:30 summer
time).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from healthdesk.domain import measurements as kinds
from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _

from .csv_readings import PendingReading, pending, store_readings
from .import_report import SourceReport

if TYPE_CHECKING:
    from healthdesk.services.record import HealthRecord

CHUNK = 20_000
# What a reading keeps as where it came from (``measurements.sources``): stored data, so
# stable names, never translated. A format not listed (a person's column mapping) adds none.
ORIGINS = {"librelink": "FreeStyle LibreLink", "dexcom": "Dexcom Clarity",
           "nightscout": "Nightscout", "apple_health": "Apple Health",
           "samsung_health": "Samsung Health", "fitbit": "Fitbit",
           "google_fit": "Google Fit", "google_fit_sessions": "Google Fit",
           "mysugr": "mySugr", "accu_chek": "Accu-Chek", "onetouch_reveal": "OneTouch Reveal",
           "contour": "Contour", "health_connect": "Health Connect"}
_SOON = dt.timedelta(minutes=10)  # as ReadingsService allows a clock a little ahead
_FAR = dt.timedelta(days=365_000)
Progress = Callable[[float, str], None]

_DMY = re.compile(r"\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:[ T,]+(\d{1,2})[:.](\d{2})"
                  r"(?:[:.](\d{2}))?(?:[.,]\d+)?\s*([AaPp])?\.?\s*[Mm]?\.?)?\s*")
_YMD = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?"
                  r"(?:[.,]\d+)?)?\s*")


class LocalClock:
    """Naive local times of one person's zone as UTC (see the module docstring)."""

    def __init__(self, zone: dt.tzinfo | None) -> None:
        self.zone = zone
        self._last: dt.datetime | None = None
        self._second_pass = False

    def utc(self, naive: dt.datetime) -> dt.datetime:
        if self.zone is None:
            return naive.astimezone().astimezone(dt.UTC)
        early = naive.replace(tzinfo=self.zone)
        late = naive.replace(tzinfo=self.zone, fold=1)
        fold = 0
        if early.utcoffset() != late.utcoffset() and early.utcoffset() > late.utcoffset():  # type: ignore[operator]
            # a repeated hour (the earlier pass has the larger offset)
            if self._last is not None and naive < self._last:
                self._second_pass = True
            fold = 1 if self._second_pass else 0
        else:
            self._second_pass = False
        self._last = naive
        return (late if fold else early).astimezone(dt.UTC)


def infer_day_first(texts: Iterable[str], default: bool) -> bool:
    """Whether numeric dates like 03-04-2026 are day-first, read from the data: a first
    field above 12 means day-first, a second above 12 month-first; neither: ``default``.

    Raises ValidationError when the file has both.
    """
    day_first = month_first = None
    for text in texts:
        m = _DMY.match(text)
        if m is None:
            continue
        a, b = int(m[1]), int(m[2])
        if a > 12 >= b:
            day_first = day_first or text
        elif b > 12 >= a:
            month_first = month_first or text
        if day_first and month_first:
            raise ValidationError("file", _("Dates mix day-first ('{day_first}') and "
                                            "month-first ('{month_first}') order.").format(
                                              day_first=day_first, month_first=month_first))
    if day_first or month_first:
        return day_first is not None
    return default


def local_time(text: str, dayfirst: bool) -> dt.datetime:
    """"23-11-2026 07:05", "11/23/2026 7:05 AM", "2026-11-23T07:05:00" as a naive time.

    Raises ValidationError(field="taken_at").
    """
    try:
        if m := _YMD.fullmatch(text):
            return dt.datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4] or 12),
                               int(m[5] or 0), int(m[6] or 0))
        if m := _DMY.fullmatch(text):
            a, b, year = int(m[1]), int(m[2]), int(m[3])
            day, month = (a, b) if dayfirst else (b, a)
            year += 2000 if year < 100 else 0
            hour = int(m[4] or 12)
            if m[7]:
                if not 1 <= hour <= 12:
                    raise ValueError
                hour = hour % 12 + (12 if m[7] in "Pp" else 0)
            return dt.datetime(year, month, day, hour, int(m[5] or 0), int(m[6] or 0))
    except ValueError:
        raise ValidationError("taken_at", _("'{text}' is not a real date and time.").format(
                                              text=text)) from None
    raise ValidationError("taken_at", _("'{text}' is not a date and time HealthDesk reads.").format(
                                          text=text))


def number(text: str) -> float | None:
    """"5,6" or "5.6" as 5.6; None for text that is not a number (such as "High")."""
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        return None


@dataclass
class Context:
    """What a format reader needs: where to count, the person's clock, and progress."""

    report: SourceReport
    clock: LocalClock
    now: dt.datetime
    progress: Callable[[float], None] = field(default=lambda _f: None)
    _seen: dict[tuple[str, float, str | None], Any] = field(default_factory=dict)

    def reading(self, kind: str, value: float | dict[str, float], unit: str | None,
                taken_at: dt.datetime, *, note: str | None = None,
                context: str | None = None) -> PendingReading | None:
        """A validated reading, or None with the reason counted (out of range, future)."""
        if isinstance(value, dict) or context is not None:
            values = value if isinstance(value, dict) else {
                kinds.KINDS[kind].components[0].name: value}
            try:
                return pending(kind, dict(values), unit, taken_at, self.now, context=context,
                               note=note)
            except ValidationError as err:
                self.report.skip(kind, err.message)
                return None
        # A sensor repeats a few hundred values: validate each (kind, value, unit) once.
        key = (kind, value, unit)
        hit = self._seen.get(key)
        if hit is None:
            try:
                first = pending(kind, {kinds.KINDS[kind].components[0].name: value}, unit,
                                taken_at, self.now + _FAR)
                hit = (first.values, first.unit, first.entered_unit)
            except ValidationError as err:
                hit = err.message
            self._seen[key] = hit
        if isinstance(hit, str):
            self.report.skip(kind, hit)
            return None
        if taken_at > self.now + _SOON:
            self.report.skip(kind, "Taken at cannot be in the future.")
            return None
        return PendingReading(kind, hit[0], hit[1], taken_at.astimezone(dt.UTC), hit[2],
                              None, note)


@dataclass(frozen=True)
class Format:
    """One kind of export: ``sniff(path, head)`` says whether a file is one, from its first
    bytes; ``read(path, ctx)`` yields its readings (None for rows it counted as left out)."""

    key: str
    label: str
    sniff: Callable[[Path, bytes], bool]
    read: Callable[[Path, Context], Iterator[PendingReading | None]]


def formats() -> list[Format]:
    from . import (
        import_apple,
        import_cgm,
        import_fitbit,
        import_glucose_meters,
        import_googlefit,
        import_health_connect,
        import_meters,
        import_wearables,
    )

    return [import_cgm.LIBRELINK, import_cgm.DEXCOM, import_cgm.NIGHTSCOUT,
            import_apple.APPLE_HEALTH, import_wearables.SAMSUNG, import_fitbit.FITBIT,
            import_googlefit.GOOGLE_FIT, import_googlefit.GOOGLE_FIT_SESSIONS,
            import_health_connect.HEALTH_CONNECT, import_meters.MYSUGR,
            import_glucose_meters.ACCU_CHEK, import_glucose_meters.ONETOUCH,
            import_glucose_meters.CONTOUR]


def sniff_source(path: Path, head: bytes) -> str | None:
    """The key of the device or app export ``path`` is, from its first bytes; else None."""
    for f in formats():
        if f.sniff(path, head):
            return f.key
    return None


def is_source(fmt: str) -> bool:
    return any(f.key == fmt for f in formats())


def _format(fmt: str) -> Format:
    for f in formats():
        if f.key == fmt:
            return f
    raise ValidationError("file", _("'{fmt}' is not a format of device or app exports.").format(
                                      fmt=fmt))


def _chunks(items: Iterator[PendingReading | None], size: int
            ) -> Iterator[list[PendingReading]]:
    chunk: list[PendingReading] = []
    for item in items:
        if item is not None:
            chunk.append(item)
            if len(chunk) >= size:
                yield chunk
                chunk = []
    if chunk:
        yield chunk


def import_source(record: HealthRecord, profile_id: str, path: Path, fmt: str, *,
                  dry_run: bool = False, progress: Progress | None = None) -> SourceReport:
    """Import one device's or app's export into one person's readings.

    Raises ValidationError (the file, naming what is wrong) and NotFoundError (profile);
    whatever ``progress`` raises (a cancel) stops the import between chunks.
    """
    return run_format(record, profile_id, path, _format(fmt), dry_run=dry_run,
                      progress=progress)


def run_format(record: HealthRecord, profile_id: str, path: Path, module: Format, *,
               dry_run: bool = False, progress: Progress | None = None) -> SourceReport:
    """``import_source`` for any reader, such as a person's column mapping of a CSV."""
    path = Path(path)
    tz = record.profiles.get(profile_id).timezone
    report = SourceReport(module.key, module.label, path.name, dry_run=dry_run)
    say = progress or (lambda _f, _t: None)
    read_fraction = [0.0]

    def on_read(fraction: float) -> None:
        read_fraction[0] = fraction

    ctx = Context(report, LocalClock(ZoneInfo(tz) if tz else None), record.now(), on_read)
    say(0.0, f"Reading {path.name}")
    for chunk in _chunks(module.read(path, ctx), CHUNK):
        fresh = store_readings(record.store, profile_id, chunk, near=True, dry_run=dry_run,
                               origin=ORIGINS.get(module.key))
        counted: dict[str, int] = {}
        for r in chunk:
            counted[r.kind] = counted.get(r.kind, 0) + 1
        new: dict[str, int] = {}
        for r in fresh:
            new[r.kind] = new.get(r.kind, 0) + 1
        for kind, n in counted.items():
            t = report.tally(kind)
            t.imported += new.get(kind, 0)
            t.already += n - new.get(kind, 0)
        say(min(0.99, read_fraction[0]), f"{report.imported} readings saved")
    if not report.imported and not report.already and not report.skipped:
        raise ValidationError("file", _("Nothing was imported: {name} holds no readings.").format(
                                          name=path.name))
    say(1.0, report.summary())
    return report
