"""Health goals ("weight down to 80 kg by June") and how far along each one is.

A goal with a ``measurement_kind`` follows the person's readings of that kind (the
stored ``value`` column, converted from the canonical unit to the goal's unit); any other
goal follows progress entries recorded by hand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from healthdesk.domain import units as u
from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.domain.measurements import KINDS, KindSpec, plausible_range, resolve_unit
from healthdesk.domain.validation import (
    float_in_range,
    one_of,
    optional_text,
    parse_date,
    parse_datetime_utc,
    parse_number,
    require_text,
)
from healthdesk.store.models import Goal, GoalProgress, Measurement, Profile
from healthdesk.store.models.clinical import GOAL_DIRECTIONS, GOAL_STATUSES

from .base import ServiceBase
from .clinical import check_fields
from .profiles import profile_today

MAX_TITLE = 200
MAX_NOTE = 2000
MAX_UNIT = 16
CLOCK_SLACK = dt.timedelta(minutes=10)
# A "maintain" goal counts as held while the value is within 5% of the target.
MAINTAIN_TOLERANCE = 0.05
STATUS_ORDER = {"active": 0, "achieved": 1, "abandoned": 2}
FIELDS = frozenset({"title", "direction", "start_value", "target_value", "unit", "start_date",
                    "due_date", "status", "note"})


@dataclass(frozen=True)
class GoalView:
    id: str
    profile_id: str
    title: str
    measurement_kind: str | None
    direction: str
    start_value: float | None
    target_value: float | None
    unit: str | None
    start_date: dt.date
    due_date: dt.date | None
    status: str
    note: str | None


@dataclass(frozen=True)
class GoalEntryView:
    id: str
    goal_id: str
    recorded_at: dt.datetime
    value: float
    note: str | None


@dataclass(frozen=True)
class GoalProgressView:
    """Where a goal stands. ``percent_complete`` (0-100) is None when there is no target
    or no value yet; for "maintain" goals it is the share of values since the start date
    that were within 5% of the target."""

    goal_id: str
    direction: str
    unit: str | None
    start_value: float | None
    target_value: float | None
    current_value: float | None
    current_at: dt.datetime | None
    percent_complete: float | None
    achieved: bool


def to_view(g: Goal) -> GoalView:
    return GoalView(id=g.id, profile_id=g.profile_id, title=g.title,
                    measurement_kind=g.measurement_kind, direction=g.direction,
                    start_value=g.start_value, target_value=g.target_value, unit=g.unit,
                    start_date=g.start_date, due_date=g.due_date, status=g.status, note=g.note)


def entry_view(p: GoalProgress) -> GoalEntryView:
    return GoalEntryView(id=p.id, goal_id=p.goal_id, recorded_at=p.recorded_at, value=p.value,
                         note=p.note)


def _kind(value: Any) -> KindSpec | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    key = "_".join(value.strip().casefold().replace("-", " ").split()) \
        if isinstance(value, str) else ""
    if key not in KINDS:
        raise ValidationError("measurement_kind",
                              _("Measurement kind must be one of: {kinds}.").format(
                                  kinds=', '.join(KINDS)))
    return KINDS[key]


def _value(field: str, value: Any, spec: KindSpec | None, unit: str | None) -> float | None:
    """A start or target value; for a reading kind, within that kind's plausible range."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if spec is None:
        return parse_number(field, value)
    lo, hi = plausible_range(spec, spec.components[0], unit or spec.canonical_unit)
    return float_in_range(field, value, lo, hi, unit or spec.canonical_unit)


def _within(value: float, target: float) -> bool:
    return abs(value - target) <= abs(target) * MAINTAIN_TOLERANCE + 1e-9


def _reached(direction: str, value: float, target: float) -> bool:
    if direction == "decrease":
        return value <= target
    if direction == "increase":
        return value >= target
    return _within(value, target)


def _check_consistency(direction: str, start: float | None, target: float | None,
                       start_date: dt.date, due: dt.date | None) -> None:
    if due is not None and due < start_date:
        raise ValidationError("due_date", _("Due date must be on or after the start date "
                                            "({start_date}).").format(
                                              start_date=start_date.isoformat()))
    if start is None or target is None:
        return
    if direction == "decrease" and not target < start:
        raise ValidationError("target_value", _("Target value must be below the start value "
                                                "({start:g}) for a goal to decrease.").format(
                                                  start=start))
    if direction == "increase" and not target > start:
        raise ValidationError("target_value", _("Target value must be above the start value "
                                                "({start:g}) for a goal to increase.").format(
                                                  start=start))


class GoalsService(ServiceBase):
    """Set goals, record progress, and see how close each one is."""

    def _clean(self, fields: Mapping[str, Any], spec: KindSpec | None,
               unit: str | None) -> dict[str, Any]:
        check_fields(fields, FIELDS, "goal")
        out: dict[str, Any] = {}
        for key, value in fields.items():
            if key == "title":
                out[key] = require_text("title", value, MAX_TITLE)
            elif key == "direction":
                out[key] = one_of("direction", value, GOAL_DIRECTIONS)
            elif key == "status":
                out[key] = one_of("status", value, GOAL_STATUSES)
            elif key in ("start_value", "target_value"):
                out[key] = _value(key, value, spec, unit)
            elif key == "unit":
                out[key] = (resolve_unit(spec, value) if spec is not None
                            else optional_text("unit", value, MAX_UNIT))
            elif key == "start_date":
                out[key] = parse_date("start_date", value)
            elif key == "due_date":
                out[key] = None if value is None or value == "" else parse_date(key, value)
            else:
                out[key] = optional_text("note", value, MAX_NOTE)
        return out

    def create(self, profile_id: str, title: str, measurement_kind: str | None = None,
               direction: str = "decrease", start_value: float | str | None = None,
               target_value: float | str | None = None, unit: str | None = None,
               start_date: dt.date | str | None = None, due_date: dt.date | str | None = None,
               note: str | None = None) -> GoalView:
        """Set a goal. For a reading kind the unit defaults to the kind's canonical unit.

        Raises ValidationError naming the field and its range, NotFoundError (profile).
        """
        spec = _kind(measurement_kind)
        goal_unit = resolve_unit(spec, unit) if spec is not None else None
        fields: dict[str, Any] = {"title": title, "direction": direction,
                                  "start_value": start_value, "target_value": target_value,
                                  "unit": goal_unit if spec is not None else unit,
                                  "due_date": due_date, "note": note}
        if start_date is not None:
            fields["start_date"] = start_date
        clean = self._clean(fields, spec, goal_unit)
        with self._store.write() as s:
            profile = self.require_profile(s, profile_id)
            clean.setdefault("start_date", profile_today(profile.timezone, self.now()))
            _check_consistency(clean["direction"], clean["start_value"], clean["target_value"],
                               clean["start_date"], clean["due_date"])
            g = Goal(profile_id=profile_id, measurement_kind=spec.key if spec else None,
                     status="active", **clean)
            s.add(g)
            s.flush()
            return to_view(g)

    def update(self, goal_id: str, **fields: Any) -> GoalView:
        """Change only the fields given (the measurement kind is fixed once set).

        Raises ValidationError, NotFoundError; TypeError for an unknown field.
        """
        check_fields(fields, FIELDS, "goal")
        with self._store.write() as s:
            g = self.get_live(s, Goal, goal_id, "goal")
            spec = KINDS.get(g.measurement_kind) if g.measurement_kind else None
            unit = g.unit
            if spec is not None and "unit" in fields:
                unit = resolve_unit(spec, fields["unit"])
            clean = self._clean(fields, spec, unit)
            if spec is not None and g.unit and unit and unit != g.unit:
                # Same goal, shown in another unit: convert the numbers not re-entered.
                for key in ("start_value", "target_value"):
                    if key not in clean and getattr(g, key) is not None:
                        moved = u.convert(getattr(g, key), g.unit, unit, analyte=spec.key)
                        clean[key] = u.round_half_up(moved, u.DISPLAY_DECIMALS[unit] + 2)
            merged = {k: clean.get(k, getattr(g, k)) for k in
                      ("direction", "start_value", "target_value", "start_date", "due_date")}
            _check_consistency(merged["direction"], merged["start_value"],
                               merged["target_value"], merged["start_date"], merged["due_date"])
            for key, value in clean.items():
                setattr(g, key, value)
            s.flush()
            return to_view(g)

    def delete(self, goal_id: str) -> None:
        """Remove a goal with its progress entries. Raises NotFoundError."""
        with self._store.write() as s:
            g = self.get_live(s, Goal, goal_id, "goal")
            for p in s.scalars(select(GoalProgress).where(
                    GoalProgress.goal_id == goal_id, GoalProgress.deleted.is_(False))).all():
                p.deleted = True
            g.deleted = True

    def get(self, goal_id: str) -> GoalView:
        """Raises NotFoundError."""
        with self._store.read() as s:
            return to_view(self.get_live(s, Goal, goal_id, "goal"))

    def for_profile(self, profile_id: str, status: str | None = None) -> list[GoalView]:
        """Active goals first, soonest due first (undated last), then by title.

        Raises ValidationError for an unknown status.
        """
        q = select(Goal).where(Goal.profile_id == profile_id, Goal.deleted.is_(False))
        if status is not None:
            q = q.where(Goal.status == one_of("status", status, GOAL_STATUSES))
        with self._store.read() as s:
            views = [to_view(g) for g in s.scalars(q)]
        return sorted(views, key=lambda v: (STATUS_ORDER.get(v.status, 9),
                                            v.due_date or dt.date.max, v.title.casefold(), v.id))

    def record_progress(self, goal_id: str, value: float | str,
                        recorded_at: dt.datetime | str | None = None,
                        note: str | None = None) -> GoalProgressView:
        """Record where a hand-tracked goal stands; reaching the target marks it achieved.

        Raises ValidationError (also for goals that follow readings) and NotFoundError.
        """
        number = parse_number("value", value)
        if number is None:
            raise ValidationError("value", _("Value is required."))
        when = self.now() if recorded_at is None else parse_datetime_utc("recorded_at",
                                                                         recorded_at)
        if when > self.now() + CLOCK_SLACK:
            raise ValidationError("recorded_at", _("Recorded at cannot be in the future."))
        note = optional_text("note", note, MAX_NOTE)
        with self._store.write() as s:
            g = self.get_live(s, Goal, goal_id, "goal")
            if g.measurement_kind is not None:
                label = KINDS[g.measurement_kind].label
                raise ValidationError(
                    "value",
                        _("This goal follows {label} readings; record a reading instead.").format(
                                 label=label))
            s.add(GoalProgress(profile_id=g.profile_id, goal_id=g.id, recorded_at=when,
                               value=number, note=note))
            s.flush()
            view = self._progress(s, g)
            self._mark_if_achieved(g, view)
            return view

    def refresh_achieved(self, profile_id: str) -> list[GoalView]:
        """Mark active reading-based goals achieved when the latest reading reaches the
        target; returns the goals that changed. Call after recording readings."""
        changed = []
        with self._store.write() as s:
            goals = s.scalars(select(Goal).where(
                Goal.profile_id == profile_id, Goal.deleted.is_(False),
                Goal.status == "active", Goal.measurement_kind.is_not(None))).all()
            for g in goals:
                if self._mark_if_achieved(g, self._progress(s, g)):
                    changed.append(g)
            s.flush()
            return [to_view(g) for g in changed]

    def progress(self, goal_id: str) -> GoalProgressView:
        """Raises NotFoundError."""
        with self._store.read() as s:
            return self._progress(s, self.get_live(s, Goal, goal_id, "goal"))

    def list_progress(self, goal_id: str) -> list[GoalEntryView]:
        """Hand-recorded progress of a goal, newest first. Raises NotFoundError."""
        with self._store.read() as s:
            self.get_live(s, Goal, goal_id, "goal")
            q = (select(GoalProgress)
                 .where(GoalProgress.goal_id == goal_id, GoalProgress.deleted.is_(False))
                 .order_by(GoalProgress.recorded_at.desc(), GoalProgress.id.desc()))
            return [entry_view(p) for p in s.scalars(q)]

    def delete_progress(self, entry_id: str) -> None:
        """Raises NotFoundError."""
        with self._store.write() as s:
            self.get_live(s, GoalProgress, entry_id, "goal progress entry").deleted = True

    # -- arithmetic ------------------------------------------------------------------

    @staticmethod
    def _mark_if_achieved(g: Goal, view: GoalProgressView) -> bool:
        # Holding a value ("maintain") is ongoing, so it never completes by itself.
        if view.achieved and g.status == "active" and g.direction != "maintain":
            g.status = "achieved"
            return True
        return False

    def _values(self, s: Session, g: Goal) -> list[tuple[dt.datetime, float]]:
        """The goal's values, oldest first, in the goal's unit."""
        if g.measurement_kind is None:
            rows = s.execute(
                select(GoalProgress.recorded_at, GoalProgress.value)
                .where(GoalProgress.goal_id == g.id, GoalProgress.deleted.is_(False))
                .order_by(GoalProgress.recorded_at, GoalProgress.id)).all()
            return [(t, v) for t, v in rows]
        spec = KINDS[g.measurement_kind]
        rows = s.execute(
            select(Measurement.taken_at, Measurement.value)
            .where(Measurement.profile_id == g.profile_id, Measurement.kind == spec.key,
                   Measurement.deleted.is_(False))
            .order_by(Measurement.taken_at, Measurement.id)).all()
        unit = g.unit or spec.canonical_unit
        return [(t, u.convert(v, spec.canonical_unit, unit, analyte=spec.key)) for t, v in rows]

    def _progress(self, s: Session, g: Goal) -> GoalProgressView:
        values = self._values(s, g)
        profile = s.get(Profile, g.profile_id)
        zone = profile.timezone if profile is not None else None
        since = [v for t, v in values if profile_today(zone, t) >= g.start_date]
        current_at, current = values[-1] if values else (None, None)
        baseline = g.start_value if g.start_value is not None else (since[0] if since else None)
        target = g.target_value
        percent: float | None = None
        achieved = False
        if current is not None and target is not None:
            achieved = _reached(g.direction, current, target)
            if g.direction == "maintain":
                held = since or [current]
                percent = 100.0 * sum(_within(v, target) for v in held) / len(held)
            elif baseline is None or baseline == target:
                percent = 100.0 if achieved else 0.0
            else:
                percent = 100.0 * (current - baseline) / (target - baseline)
            percent = round(min(100.0, max(0.0, percent)), 1)
        return GoalProgressView(
            goal_id=g.id, direction=g.direction, unit=g.unit, start_value=baseline,
            target_value=target, current_value=None if current is None else round(current, 4),
            current_at=current_at, percent_complete=percent, achieved=achieved)
