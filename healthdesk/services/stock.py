"""Stock on hand, refills and the refill forecast (rules in domain/stock.py).

Stock is derived, never kept as a running total: the medicine's counted baseline
(``stock_count`` at ``stock_counted_at``) plus live refills since, minus live (not
undone) doses taken since. Two devices recording doses or refills each append their own
rows, so nothing is lost when they sync.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, exists, func, literal, select
from sqlalchemy.orm import Session, aliased

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.domain.schedules import num_text, positive_amount
from healthdesk.domain.stock import RefillForecast, balance, daily_use, forecast
from healthdesk.domain.validation import float_in_range, optional_text, parse_datetime_utc
from healthdesk.store.models import DoseEvent, Medication, Profile, Refill

from .base import ServiceBase
from .errors import NotFoundError

MAX_STOCK = 100_000.0
MAX_REFILL = 10_000.0
FUTURE_SLACK = dt.timedelta(minutes=10)


def _since(med: type[Medication]) -> ColumnElement[dt.datetime]:
    return func.coalesce(med.stock_counted_at, med.updated_at)


_UNDO = aliased(DoseEvent)
# Literal values, not bound ones: SQLite uses the partial index ix_dose_events_taken
# (WHERE action = 'taken' AND deleted = 0) only when the query visibly implies it.
_LIVE_TAKEN = and_(DoseEvent.action == literal("taken", literal_execute=True),
                   DoseEvent.deleted == literal(0, literal_execute=True),
                   ~exists().where(_UNDO.supersedes == DoseEvent.id, _UNDO.action == "undone"))


def live_taken_clause() -> ColumnElement[bool]:
    """SQL: this dose event is a "taken" that no "undone" event took back."""
    return _LIVE_TAKEN


def stock_levels(s: Session, meds: Iterable[Medication]) -> dict[str, float | None]:
    """Stock on hand now of each medicine, by id (None where it is not tracked)."""
    tracked = {m.id: m for m in meds if m.stock_count is not None}
    out: dict[str, float | None] = {}
    if not tracked:
        return out
    ids = list(tracked)
    refilled = dict(s.execute(
        select(Refill.medication_id, func.sum(Refill.quantity))
        .join(Medication, Medication.id == Refill.medication_id)
        .where(Refill.medication_id.in_(ids), Refill.deleted.is_(False),
               Refill.at > _since(Medication))
        .group_by(Refill.medication_id)).all())
    used = dict(s.execute(
        select(DoseEvent.medication_id,
               func.sum(func.coalesce(DoseEvent.amount, Medication.dose_amount)))
        .join(Medication, Medication.id == DoseEvent.medication_id)
        .where(DoseEvent.medication_id.in_(ids), DoseEvent.at > _since(Medication),
               live_taken_clause())
        .group_by(DoseEvent.medication_id)).all())
    for mid, med in tracked.items():
        out[mid] = balance(med.stock_count, refilled.get(mid) or 0.0, used.get(mid) or 0.0)
    return out


@dataclass(frozen=True)
class RefillView:
    id: str
    medication_id: str
    quantity: float
    at: dt.datetime
    note: str | None


class StockService(ServiceBase):
    def on_hand(self, medication_id: str) -> float | None:
        """Stock now (None when not tracked). Raises NotFoundError."""
        with self._store.read() as s:
            med = self.get_live(s, Medication, medication_id, "medication")
            return stock_levels(s, [med]).get(med.id)

    def count(self, medication_id: str, count: float | str) -> float:
        """Set the stock to what the person counted (a new baseline, as of now)."""
        value = float_in_range("stock_count", count, 0, MAX_STOCK)
        with self._store.write() as s:
            med = self.get_live(s, Medication, medication_id, "medication")
            med.stock_count = value
            med.stock_counted_at = self.now()
        return value

    def refill(self, medication_id: str, quantity: float | str,
               at: dt.datetime | str | None = None, note: str | None = None) -> RefillView:
        """Record medicine added to the stock; an untracked stock starts from it.

        Raises ValidationError (quantity 0 < q <= 10000, not in the future, total at
        most 100000), NotFoundError.
        """
        qty = positive_amount("quantity", quantity, "Refill quantity", MAX_REFILL)
        now = self.now()
        when = now if at is None else parse_datetime_utc("at", at)
        if when > now + FUTURE_SLACK:
            raise ValidationError("at", _("Refill date cannot be in the future."))
        text = optional_text("note", note, 500)
        with self._store.write() as s:
            med = self.get_live(s, Medication, medication_id, "medication")
            if med.stock_count is None:
                # Nothing known before: this refill is the whole stock, a count made at
                # its instant (which then holds the refill itself).
                med.stock_count, med.stock_counted_at = qty, when
            else:
                total = (stock_levels(s, [med])[med.id] or 0.0) + qty
                if total > MAX_STOCK:
                    raise ValidationError(
                        "quantity", _("Stock would be {num_text}; stock must be between 0 and "
                                      "{num_text2}.").format(
                                        num_text=num_text(total), num_text2=num_text(MAX_STOCK)))
            row = Refill(profile_id=med.profile_id, medication_id=med.id, quantity=qty,
                         at=when, note=text)
            s.add(row)
            s.flush()
            return RefillView(row.id, row.medication_id, row.quantity, row.at, row.note)

    def refills(self, medication_id: str) -> list[RefillView]:
        """Live refills of a medicine, newest first."""
        with self._store.read() as s:
            self.get_live(s, Medication, medication_id, "medication")
            rows = s.scalars(select(Refill).where(
                Refill.medication_id == medication_id, Refill.deleted.is_(False))
                .order_by(Refill.at.desc(), Refill.id.desc()))
            return [RefillView(r.id, r.medication_id, r.quantity, r.at, r.note) for r in rows]

    def delete_refill(self, refill_id: str) -> None:
        """Take back a refill recorded by mistake (tombstoned, so the delete syncs)."""
        with self._store.write() as s:
            row = s.get(Refill, refill_id)
            if row is None or row.deleted:
                raise NotFoundError("refill", refill_id)
            row.deleted = True

    def forecast(self, medication_id: str, per_day: float | None = None) -> RefillForecast:
        """Stock, daily use (recent actual intake, else ``per_day`` prescribed units), days
        left and whether it is at or below the refill threshold."""
        now = self.now()
        with self._store.read() as s:
            med = self.get_live(s, Medication, medication_id, "medication")
            return self._forecast(s, med, now, per_day)

    def forecasts(self, meds: Iterable[tuple[str, float | None]]
                  ) -> dict[str, RefillForecast]:
        """``forecast`` for several (medication id, prescribed units a day) at once."""
        now = self.now()
        wanted = dict(meds)
        with self._store.read() as s:
            rows = list(s.scalars(select(Medication).where(Medication.id.in_(list(wanted)))))
            levels = stock_levels(s, rows)
            return {m.id: self._forecast(s, m, now, wanted[m.id], levels.get(m.id))
                    for m in rows}

    def _forecast(self, s: Session, med: Medication, now: dt.datetime, per_day: float | None,
                  stock: float | None = None) -> RefillForecast:
        if stock is None and med.stock_count is not None:
            stock = stock_levels(s, [med]).get(med.id)
        since = now - dt.timedelta(days=14)
        recent = s.execute(
            select(DoseEvent.at, func.coalesce(DoseEvent.amount, med.dose_amount))
            .where(DoseEvent.medication_id == med.id, DoseEvent.at >= since,
                   live_taken_clause())).all()
        started = None
        if med.start_date is not None:
            started = dt.datetime.combine(med.start_date, dt.time(), dt.UTC)
        use = daily_use([(at, float(q)) for at, q in recent], now,
                        max(started, med.created_at) if started else med.created_at)
        profile = s.get(Profile, med.profile_id)
        zone = ZoneInfo(profile.timezone if profile is not None and profile.timezone
                        else "UTC")
        return forecast(stock, med.refill_threshold, now, use, per_day,
                        now.astimezone(zone).date())
