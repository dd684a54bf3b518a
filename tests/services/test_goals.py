"""Goals and their progress on the real encrypted store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from healthdesk.services.errors import NotFoundError, ValidationError
from healthdesk.services.goals import GoalsService
from healthdesk.services.profiles import ProfilesService
from healthdesk.services.readings import ReadingsService
from healthdesk.store.models import AuditEvent, Goal, GoalProgress
from healthdesk.store.vault import Store, open_store

PASSPHRASE = "correct horse battery staple"
TODAY = dt.date(2026, 3, 10)  # the fake clock's date


@pytest.fixture
def store(data_dir: Path, clock: Any) -> Iterator[Store]:
    s = open_store(data_dir, passphrase=PASSPHRASE, clock=clock, actor="Test User")
    yield s
    s.close()


@pytest.fixture
def pid(store: Store) -> str:
    return ProfilesService(store).create("Asha Rao").id


@pytest.fixture
def goals(store: Store) -> GoalsService:
    return GoalsService(store)


@pytest.fixture
def readings(store: Store) -> ReadingsService:
    return ReadingsService(store)


def rows(store: Store, model: Any) -> int:
    with store.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def weigh(readings: ReadingsService, pid: str, kg: float, when: dt.datetime) -> str:
    return readings.record(pid, "weight", {"value": kg}, taken_at=when).id


def test_create_manual_goal_with_defaults(goals: GoalsService, pid: str) -> None:
    g = goals.create(pid, " Walk every day ", direction="increase", start_value=0,
                     target_value="30", unit="min", due_date="2026-06-30")
    assert (g.title, g.measurement_kind, g.direction, g.start_value, g.target_value) == (
        "Walk every day", None, "increase", 0.0, 30.0)
    assert (g.unit, g.start_date, g.due_date, g.status) == (
        "min", TODAY, dt.date(2026, 6, 30), "active")
    assert goals.get(g.id) == g


def test_create_reading_goal_uses_the_kinds_unit(goals: GoalsService, pid: str) -> None:
    g = goals.create(pid, "Lose weight", "Weight", target_value=70)
    assert (g.measurement_kind, g.unit, g.direction) == ("weight", "kg", "decrease")
    assert goals.create(pid, "Lose weight (lb)", "weight", target_value=154,
                        unit="lbs").unit == "lb"


@pytest.mark.parametrize(("args", "field", "message"), [
    ({"title": ""}, "title", "Title is required."),
    ({"measurement_kind": "mood"}, "measurement_kind",
     "Measurement kind must be one of: blood_pressure, pulse, glucose, weight"),
    ({"direction": "sideways"}, "direction",
     "Direction must be one of: decrease, increase, maintain."),
    ({"measurement_kind": "weight", "target_value": 600}, "target_value",
     "Target value must be between 0.2 and 500 kg."),
    ({"measurement_kind": "weight", "unit": "stone"}, "unit",
     "Weight is recorded in kg or lb, not 'stone'."),
    ({"target_value": "lots"}, "target_value", "Target value must be a number."),
    ({"start_value": 80, "target_value": 90}, "target_value",
     "Target value must be below the start value (80) for a goal to decrease."),
    ({"direction": "increase", "start_value": 80, "target_value": 70}, "target_value",
     "Target value must be above the start value (80) for a goal to increase."),
    ({"start_date": "2026-03-10", "due_date": "2026-03-09"}, "due_date",
     "Due date must be on or after the start date (2026-03-10)."),
    ({"start_date": "10/03/2026"}, "start_date",
     "Start date must be a date in the form YYYY-MM-DD."),
    ({"note": "n" * 2001}, "note", "Note must be at most 2000 characters"),
])
def test_bad_goal_input_names_the_field_and_saves_nothing(
        goals: GoalsService, store: Store, pid: str, args: dict[str, Any], field: str,
        message: str) -> None:
    before = rows(store, Goal)
    with pytest.raises(ValidationError) as err:
        goals.create(pid, **{"title": "Goal", **args})
    assert err.value.field == field
    assert str(err.value).startswith(message)
    assert rows(store, Goal) == before


def test_manual_progress_arithmetic_and_automatic_achievement(
        goals: GoalsService, pid: str, clock: Any) -> None:
    g = goals.create(pid, "Walk", direction="increase", start_value=0, target_value=30)
    p = goals.progress(g.id)
    assert (p.current_value, p.percent_complete, p.achieved) == (None, None, False)
    p = goals.record_progress(g.id, 10)
    assert (p.current_value, p.percent_complete, p.achieved) == (10.0, 33.3, False)
    assert goals.get(g.id).status == "active"
    clock.advance(days=1)
    p = goals.record_progress(g.id, "45", note="long walk")
    assert (p.current_value, p.percent_complete, p.achieved) == (45.0, 100.0, True)
    assert p.current_at == clock()
    assert goals.get(g.id).status == "achieved"
    assert [e.value for e in goals.list_progress(g.id)] == [45.0, 10.0]


def test_progress_is_clamped_at_zero_when_moving_the_wrong_way(
        goals: GoalsService, pid: str) -> None:
    g = goals.create(pid, "Cigarettes a day", start_value=10, target_value=0)
    assert goals.record_progress(g.id, 12).percent_complete == 0.0
    assert goals.record_progress(g.id, 4).percent_complete == 60.0


def test_manual_goal_without_start_value_measures_from_the_first_entry(
        goals: GoalsService, pid: str, clock: Any) -> None:
    g = goals.create(pid, "Waist", target_value=80, unit="cm")
    assert goals.record_progress(g.id, 100).percent_complete == 0.0
    clock.advance(days=7)
    p = goals.record_progress(g.id, 95)
    assert (p.start_value, p.percent_complete) == (100.0, 25.0)


def test_bad_progress_is_refused_and_not_saved(
        goals: GoalsService, store: Store, pid: str) -> None:
    g = goals.create(pid, "Walk", direction="increase", target_value=30)
    with pytest.raises(ValidationError, match=r"Value must be a number\."):
        goals.record_progress(g.id, "ten")
    with pytest.raises(ValidationError, match=r"Value is required\."):
        goals.record_progress(g.id, "")
    with pytest.raises(ValidationError, match=r"Recorded at cannot be in the future\."):
        goals.record_progress(g.id, 5, recorded_at="2026-03-11T09:00:00Z")
    assert rows(store, GoalProgress) == 0


def test_reading_goal_follows_the_latest_live_reading(
        goals: GoalsService, readings: ReadingsService, store: Store, pid: str,
        clock: Any) -> None:
    g = goals.create(pid, "Lose weight", "weight", start_value=90, target_value=70)
    assert goals.progress(g.id).percent_complete is None
    weigh(readings, pid, 88, clock() - dt.timedelta(days=3))
    latest = weigh(readings, pid, 85, clock())
    p = goals.progress(g.id)
    assert (p.current_value, p.percent_complete, p.achieved, p.unit) == (85.0, 25.0, False, "kg")
    readings.delete(latest)
    assert goals.progress(g.id).current_value == 88.0
    other = ProfilesService(store).create("Bina").id
    weigh(readings, other, 60, clock())  # someone else's reading does not count
    assert goals.progress(g.id).percent_complete == 10.0


def test_reading_goal_in_pounds_converts_readings(
        goals: GoalsService, readings: ReadingsService, pid: str, clock: Any) -> None:
    g = goals.create(pid, "Lose weight", "weight", unit="lb", start_value=200,
                     target_value=150)
    weigh(readings, pid, 80, clock())  # 176.37 lb
    p = goals.progress(g.id)
    assert p.unit == "lb"
    assert p.current_value == pytest.approx(176.3698, abs=1e-3)
    assert p.percent_complete == 47.3


def test_reading_goal_without_start_value_uses_the_first_reading_since_its_start(
        goals: GoalsService, readings: ReadingsService, pid: str, clock: Any) -> None:
    weigh(readings, pid, 99, clock() - dt.timedelta(days=30))  # before the goal began
    g = goals.create(pid, "Lose weight", "weight", target_value=70)
    weigh(readings, pid, 90, clock())
    clock.advance(days=14)
    weigh(readings, pid, 85, clock())
    p = goals.progress(g.id)
    assert (p.start_value, p.current_value, p.percent_complete) == (90.0, 85.0, 25.0)


def test_reading_goals_cannot_take_manual_progress(goals: GoalsService, pid: str) -> None:
    g = goals.create(pid, "Lose weight", "weight", target_value=70)
    with pytest.raises(ValidationError, match="follows Weight readings; record a reading"):
        goals.record_progress(g.id, 75)


def test_refresh_achieved_marks_reading_goals_that_reached_the_target(
        goals: GoalsService, readings: ReadingsService, pid: str, clock: Any) -> None:
    g = goals.create(pid, "Lose weight", "weight", start_value=90, target_value=70)
    weigh(readings, pid, 75, clock())
    assert goals.refresh_achieved(pid) == []
    clock.advance(days=30)
    weigh(readings, pid, 69.5, clock())
    assert [x.id for x in goals.refresh_achieved(pid)] == [g.id]
    assert goals.get(g.id).status == "achieved"
    assert goals.progress(g.id).percent_complete == 100.0


def test_maintain_goal_reports_the_share_of_values_held(
        goals: GoalsService, readings: ReadingsService, pid: str, clock: Any) -> None:
    g = goals.create(pid, "Keep weight", "weight", direction="maintain", target_value=70)
    for kg in (70.5, 80, 69):  # 80 is more than 5% off
        weigh(readings, pid, kg, clock())
        clock.advance(hours=1)
    p = goals.progress(g.id)
    assert (p.current_value, p.percent_complete, p.achieved) == (69.0, 66.7, True)
    manual = goals.create(pid, "Sleep 8 h", direction="maintain", target_value=8)
    assert goals.record_progress(manual.id, 8).achieved is True
    assert goals.get(manual.id).status == "active"  # holding a value never completes


def test_update_changes_only_given_fields_checks_consistency_and_is_audited(
        goals: GoalsService, store: Store, pid: str) -> None:
    g = goals.create(pid, "Lose weight", "weight", start_value=90, target_value=70)
    with pytest.raises(ValidationError, match=r"below the start value \(90\)"):
        goals.update(g.id, title="New", target_value=95)
    assert goals.get(g.id) == g
    u = goals.update(g.id, target_value=75, due_date="2026-12-31")
    assert (u.title, u.start_value, u.target_value, u.due_date) == (
        "Lose weight", 90.0, 75.0, dt.date(2026, 12, 31))
    with pytest.raises(ValidationError, match="Status must be one of: active, achieved"):
        goals.update(g.id, status="done")
    assert goals.update(g.id, status="abandoned").status == "abandoned"
    with store.read() as s:
        fields = [sorted(f) for f in s.scalars(select(AuditEvent.fields).where(
            AuditEvent.entity_id == g.id, AuditEvent.action == "update"))]
    assert fields == [["due_date", "target_value"], ["status"]]


def test_changing_a_reading_goals_unit_converts_its_numbers(
        goals: GoalsService, pid: str) -> None:
    g = goals.create(pid, "Lose weight", "weight", start_value=90, target_value=70)
    u = goals.update(g.id, unit="lb")
    assert u.unit == "lb"
    assert u.start_value == pytest.approx(198.416, abs=1e-3)
    assert u.target_value == pytest.approx(154.324, abs=1e-3)


def test_list_filters_by_status_and_hides_deleted_goals(
        goals: GoalsService, store: Store, pid: str) -> None:
    later = goals.create(pid, "B later", target_value=1, due_date="2026-09-01")
    sooner = goals.create(pid, "C sooner", target_value=1, due_date="2026-04-01")
    undated = goals.create(pid, "A undated", target_value=1)
    done = goals.create(pid, "Done", target_value=1)
    goals.update(done.id, status="achieved")
    assert [g.id for g in goals.for_profile(pid)] == [sooner.id, later.id, undated.id, done.id]
    assert [g.id for g in goals.for_profile(pid, status="achieved")] == [done.id]
    with pytest.raises(ValidationError, match="Status must be one of"):
        goals.for_profile(pid, status="finished")
    goals.record_progress(later.id, 5)
    goals.delete(later.id)
    assert later.id not in [g.id for g in goals.for_profile(pid)]
    with pytest.raises(NotFoundError, match="No goal with id"):
        goals.progress(later.id)
    with store.read() as s:  # its progress entries were tombstoned with it
        live = s.scalar(select(func.count()).select_from(GoalProgress)
                        .where(GoalProgress.deleted.is_(False)))
    assert live == 0
    assert rows(store, GoalProgress) == 1


def test_deleting_a_progress_entry_takes_it_out_of_the_arithmetic(
        goals: GoalsService, pid: str, clock: Any) -> None:
    g = goals.create(pid, "Walk", direction="increase", start_value=0, target_value=40)
    goals.record_progress(g.id, 10)
    clock.advance(hours=1)
    wrong = goals.record_progress(g.id, 20)
    assert wrong.percent_complete == 50.0
    entry = goals.list_progress(g.id)[0]
    goals.delete_progress(entry.id)
    assert goals.progress(g.id).percent_complete == 25.0
    assert [e.value for e in goals.list_progress(g.id)] == [10.0]
