"""Readings (measurements): record, edit, delete, list, latest, statistics."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select

from healthdesk.domain import measurements as kinds
from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.domain.ranges import Classification, classify
from healthdesk.domain.validation import one_of, optional_text, parse_datetime_utc
from healthdesk.store.models import Measurement, MeasurementDay
from healthdesk.store.writes import insert_new, live_profile

from .base import ServiceBase
from .batch import all_or_nothing
from .errors import NotFoundError
from .notification_producers import reading_flagged, write_pending

COLUMNS = ("value", "value2", "value3")
# What a new reading is given; insert_new adds the id and stamps.
_INSERTED = ("profile_id", "kind", "value", "value2", "value3", "unit", "entered_unit",
             "taken_at", "context", "note", "source")
MAX_NOTE = 2000


@dataclass(frozen=True)
class ReadingView:
    id: str
    profile_id: str
    kind: str
    values: dict[str, float]
    unit: str
    taken_at: dt.datetime
    context: str | None
    note: str | None
    source: str
    classification: Classification
    sources: tuple[str, ...] = ()  # the exports it came from ("Apple Health"), if imported

    @property
    def text(self) -> str:
        return kinds.format_reading(self.kind, self.values, self.unit)


@dataclass(frozen=True)
class PeriodStats:
    period_start: dt.date
    count: int
    minimum: dict[str, float]
    maximum: dict[str, float]
    mean: dict[str, float]


@dataclass(frozen=True)
class DaySummary:
    day: dt.date
    count: int
    minimum: dict[str, float]
    maximum: dict[str, float]
    mean: dict[str, float]


@dataclass(frozen=True)
class DailyColumns:
    """The roll-up as columns, one entry a UTC day (ISO dates): what a chart turns into
    arrays. None where a component has no value that day."""

    days: tuple[str, ...]
    minimum: dict[str, tuple[float | None, ...]]
    maximum: dict[str, tuple[float | None, ...]]
    mean: dict[str, tuple[float | None, ...]]


def _components(kind: str) -> tuple[str, ...]:
    return tuple(c.name for c in kinds.KINDS[kind].components)


def to_view(m: Measurement) -> ReadingView:
    values: dict[str, float] = {}
    for name, col in zip(_components(m.kind), COLUMNS, strict=False):
        v = getattr(m, col)
        if v is not None:
            values[name] = v
    return ReadingView(
        id=m.id, profile_id=m.profile_id, kind=m.kind, values=values, unit=m.unit,
        taken_at=m.taken_at, context=m.context, note=m.note, source=m.source,
        classification=classify(m.kind, values, m.context), sources=tuple(m.sources or ()),
    )


def _apply_values(m: Measurement, normalized: kinds.NormalizedReading) -> None:
    names = _components(normalized.kind)
    for name, col in zip(names, COLUMNS, strict=False):
        setattr(m, col, normalized.values.get(name))
    m.unit = normalized.unit
    m.context = normalized.context


class ReadingsService(ServiceBase):
    def record(self, profile_id: str, kind: str, values: Mapping[str, float | str | None], *,
               unit: str | None = None, taken_at: dt.datetime | str | None = None,
               context: str | None = None, note: str | None = None,
               source: str = "manual") -> ReadingView:
        """Validate and store one reading.

        Raises ValidationError (naming the field and the allowed range) and NotFoundError.
        """
        normalized = kinds.normalize(kind, values, unit, context)
        when = self.now() if taken_at is None else parse_datetime_utc("taken_at", taken_at)
        self._check_not_future(when)
        note = optional_text("note", note, MAX_NOTE)
        m = Measurement(profile_id=profile_id, kind=normalized.kind, taken_at=when, note=note,
                        source=source, entered_unit=unit)
        _apply_values(m, normalized)
        with self._store.write() as s:
            if not live_profile(s, profile_id):
                raise NotFoundError("profile", profile_id)
            # Without the ORM's flush (~0.5 ms of every reading): insert_new stamps, checks
            # the role, audits and notes it as the flush does; triggers write the outbox.
            row = insert_new(s, Measurement, {c: getattr(m, c) for c in _INSERTED},
                             kind=m.kind)
            m.id, m.created_at, m.updated_at = row["id"], row["created_at"], row["updated_at"]
            m.version, m.deleted = row["version"], False
            # A crisis reading is noticed in the same transaction: "at once", not at the
            # next tick.
            flagged = reading_flagged(s, m)
            if flagged is not None:
                write_pending(s, [flagged], self.now(), self._store.device_id)
            return to_view(m)

    def record_many(self, entries: Sequence[Mapping[str, Any]]) -> list[ReadingView]:
        """Record many readings (each a mapping of ``record``'s arguments), all or none.

        Raises BatchItemError naming the entry refused (a ValidationError).
        """
        return all_or_nothing(self._store, entries, self.record)

    def update(self, reading_id: str, *, values: Mapping[str, float | str | None] | None = None,
               unit: str | None = None, taken_at: dt.datetime | str | None = None,
               context: str | None = None, note: str | None = None) -> ReadingView:
        """Change a reading; fields left as None keep their value."""
        with self._store.write() as s:
            m = self.get_live(s, Measurement, reading_id, "reading")
            if values is not None or context is not None:
                current = to_view(m)
                merged = dict(current.values) if values is None else dict(values)
                src_unit = unit if values is not None else current.unit
                normalized = kinds.normalize(m.kind, merged, src_unit, context or m.context)
                _apply_values(m, normalized)
                if values is not None:
                    m.entered_unit = unit
            if taken_at is not None:
                when = parse_datetime_utc("taken_at", taken_at)
                self._check_not_future(when)
                m.taken_at = when
            if note is not None:
                m.note = optional_text("note", note, MAX_NOTE)
            s.flush()
            return to_view(m)

    def delete(self, reading_id: str) -> None:
        with self._store.write() as s:
            self.get_live(s, Measurement, reading_id, "reading").deleted = True

    def restore(self, reading_id: str) -> ReadingView:
        """Undo a delete."""
        with self._store.write() as s:
            m = s.get(Measurement, reading_id)
            if m is None:
                raise NotFoundError("reading", reading_id)
            m.deleted = False
            s.flush()
            return to_view(m)

    def get(self, reading_id: str) -> ReadingView:
        with self._store.read() as s:
            return to_view(self.get_live(s, Measurement, reading_id, "reading"))

    def _filter(self, profile_id: str, kind: str | None, start: dt.datetime | None,
                end: dt.datetime | None) -> list[ColumnElement[bool]]:
        conds = [Measurement.profile_id == profile_id, Measurement.deleted.is_(False)]
        if kind is not None:
            conds.append(Measurement.kind == kind)
        if start is not None:
            conds.append(Measurement.taken_at >= start)
        if end is not None:
            conds.append(Measurement.taken_at < end)
        return conds

    def for_profile(self, profile_id: str, kind: str | None = None, *,
                    start: dt.datetime | None = None, end: dt.datetime | None = None,
                    limit: int | None = None, offset: int = 0,
                    newest_first: bool = True) -> list[ReadingView]:
        order = Measurement.taken_at.desc() if newest_first else Measurement.taken_at.asc()
        q = (select(Measurement).where(and_(*self._filter(profile_id, kind, start, end)))
             .order_by(order, Measurement.id).offset(offset))
        if limit is not None:
            q = q.limit(limit)
        with self._store.read() as s:
            return [to_view(m) for m in s.scalars(q)]

    def count(self, profile_id: str, kind: str | None = None, *,
              start: dt.datetime | None = None, end: dt.datetime | None = None) -> int:
        q = select(func.count()).select_from(Measurement).where(
            and_(*self._filter(profile_id, kind, start, end)))
        with self._store.read() as s:
            return int(s.scalar(q) or 0)

    def latest_per_kind(self, profile_id: str) -> dict[str, ReadingView]:
        """The newest reading of each kind, through the (profile, kind, time) index."""
        out: dict[str, ReadingView] = {}
        with self._store.read() as s:
            for kind in kinds.KINDS:
                m = s.scalars(
                    select(Measurement)
                    .where(*self._filter(profile_id, kind, None, None))
                    .order_by(Measurement.taken_at.desc()).limit(1)
                ).first()
                if m is not None:
                    out[kind] = to_view(m)
        return out

    def series(self, profile_id: str, kind: str, *, start: dt.datetime | None = None,
               end: dt.datetime | None = None) -> tuple[list[dt.datetime], dict[str, list[float]]]:
        """Time-ordered columns for charts, without building a view per row."""
        names = _components(kind)
        cols = [Measurement.taken_at, *(getattr(Measurement, c) for c in COLUMNS[:len(names)])]
        q = (select(*cols).where(*self._filter(profile_id, kind, start, end))
             .order_by(Measurement.taken_at))
        with self._store.read() as s:
            rows = s.execute(q).all()
        times = [r[0] for r in rows]
        series = {n: [r[i + 1] for r in rows] for i, n in enumerate(names)}
        return times, series

    def daily_series(self, profile_id: str, kind: str, *, start: dt.date | None = None,
                     end: dt.date | None = None) -> list[DaySummary]:
        """One summary per UTC day from the stored roll-up: what long charts read."""
        names = _components(kind)
        t = MeasurementDay
        cols: list[Any] = [t.day, t.n]  # a row's width depends on the kind
        for i in range(1, len(names) + 1):
            cols += [getattr(t, f"min{i}"), getattr(t, f"max{i}"), getattr(t, f"sum{i}")]
        # Plain columns, not ORM objects: ten years is ~3,650 rows and this feeds a chart.
        q = select(*cols).where(t.profile_id == profile_id, t.kind == kind)
        if start is not None:
            q = q.where(t.day >= start.isoformat())
        if end is not None:
            q = q.where(t.day < end.isoformat())
        with self._store.read() as s:
            rows = s.execute(q.order_by(t.day)).all()
        out = []
        for r in rows:
            n = r[1]
            mins, maxs, means = {}, {}, {}
            for i, name in enumerate(names):
                lo, hi, total = r[2 + 3 * i], r[3 + 3 * i], r[4 + 3 * i]
                if lo is not None:
                    mins[name], maxs[name] = lo, hi
                    means[name] = total / n
            out.append(DaySummary(dt.date.fromisoformat(r[0]), n, mins, maxs, means))
        return out

    def daily_columns(self, profile_id: str, kind: str, *,
                      start: dt.date | None = None) -> DailyColumns:
        """``daily_series`` as columns, the means divided in SQL: ten years of a kind is
        ~3,650 rows, and building a summary object and three dicts per day was most of
        a 10-year chart's time outside drawing (issue 19, chart p99)."""
        names = _components(kind)
        t = MeasurementDay
        cols: list[Any] = [t.day]
        for i in range(1, len(names) + 1):
            cols += [getattr(t, f"min{i}"), getattr(t, f"max{i}"),
                     getattr(t, f"sum{i}") * 1.0 / t.n]
        q = select(*cols).where(t.profile_id == profile_id, t.kind == kind)
        if start is not None:
            q = q.where(t.day >= start.isoformat())
        with self._store.read() as s:
            rows = s.execute(q.order_by(t.day)).all()
        by_column = list(zip(*rows, strict=True)) if rows else [()] * len(cols)
        return DailyColumns(
            days=tuple(by_column[0]),
            minimum={n: tuple(by_column[1 + 3 * i]) for i, n in enumerate(names)},
            maximum={n: tuple(by_column[2 + 3 * i]) for i, n in enumerate(names)},
            mean={n: tuple(by_column[3 + 3 * i]) for i, n in enumerate(names)})

    def statistics(self, profile_id: str, kind: str, *, start: dt.datetime | None = None,
                   end: dt.datetime | None = None, period: str = "week"
                   ) -> list[PeriodStats]:
        """Count, min, max and mean per day / week / month (UTC calendar)."""
        one_of("period", period, ("day", "week", "month"))
        times, series = self.series(profile_id, kind, start=start, end=end)
        buckets: dict[dt.date, list[int]] = {}
        for i, t in enumerate(times):
            d = t.date()
            if period == "week":
                d = d - dt.timedelta(days=d.weekday())
            elif period == "month":
                d = d.replace(day=1)
            buckets.setdefault(d, []).append(i)
        out = []
        for day in sorted(buckets):
            idx = buckets[day]
            mins, maxs, means = {}, {}, {}
            for name, vals in series.items():
                vs = [vals[i] for i in idx if vals[i] is not None]
                if vs:
                    mins[name], maxs[name] = min(vs), max(vs)
                    means[name] = round(sum(vs) / len(vs), 2)
            out.append(PeriodStats(day, len(idx), mins, maxs, means))
        return out

    def _check_not_future(self, when: dt.datetime) -> None:
        limit = self.now() + dt.timedelta(minutes=10)
        if when > limit:
            raise ValidationError("taken_at", _("Taken at cannot be in the future."))
