"""The reminder plan: what it holds per the locked-screen setting, the lines it makes, and
the copy on disk, readable without the passphrase only through a secure keyring (an
in-memory one here), never written without one, and said so once."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from healthdesk.services import reminder_plan as rp
from healthdesk.services.medications import ScheduleInput
from healthdesk.store.keyring_store import DeviceKeyring
from healthdesk.store.plan_file import PLAN_FILE
from tests.keyring_memory import MemoryKeyring

UTC = dt.UTC
NINE_PM = dt.datetime(2026, 3, 10, 21, 0, tzinfo=UTC)


@pytest.fixture
def meds(record, profile_id, clock):  # type: ignore[no-untyped-def]
    clock.advance(hours=-2)
    daily = ScheduleInput(times_of_day=["09:00", "21:00"], timezone="UTC")
    a = record.medications.add(profile_id, "Metformin", strength="500 mg", schedule=daily)
    b = record.medications.add(profile_id, "Amlodipine", strength="5 mg",
                               schedule=ScheduleInput(times_of_day=["21:00"], timezone="UTC"))
    clock.advance(hours=2)
    return a, b


def test_count_names_and_nothing(record, clock, meds) -> None:  # type: ignore[no-untyped-def]
    plan = record.reminder_plan.build("UTC")
    assert plan.show == "count" and not plan.can_record
    assert {d.title for d in plan.doses} == {""}  # no names unless chosen
    evening = clock() + dt.timedelta(hours=12)
    assert [x.text for x in rp.lock_lines(plan, evening, {})] == [
        "Asha Rao: 2 medicines due at 21:00 — unlock to record"]
    record.preferences.set("lock_screen_reminders", "names")
    plan = record.reminder_plan.build("UTC")
    assert [x.text for x in rp.lock_lines(plan, evening, {})] == [
        "Asha Rao: Amlodipine 5 mg, Metformin 500 mg due at 21:00 — unlock to record"]
    record.preferences.set("lock_screen_reminders", "none")
    plan = record.reminder_plan.build("UTC")
    assert {d.person for d in plan.doses} == {""}
    assert [x.text for x in rp.lock_lines(plan, evening, {})] == ["A reminder is due"]


def test_lines_follow_quiet_hours_answers_and_the_missed_window(record, clock, meds
                                                                ) -> None:  # type: ignore[no-untyped-def]
    a, _b = meds
    record.preferences.set("quiet_hours_start", "20:00")
    record.preferences.set("quiet_hours_end", "22:00")
    plan = record.reminder_plan.build("UTC")
    assert rp.lock_lines(plan, NINE_PM, {}) == []  # held back by quiet hours
    at_ten = NINE_PM + dt.timedelta(hours=1)
    [line] = rp.lock_lines(plan, at_ten, {})
    done = {d.key: dt.datetime.max.replace(tzinfo=UTC) for d in line.doses
            if d.medication_id == a.id}
    assert [x.text for x in rp.lock_lines(plan, at_ten, done)] == [
        "Asha Rao: 1 medicine due at 21:00 — unlock to record"]
    # After its window the dose is missed: catch-up at unlock asks about it, not the lock.
    assert rp.lock_lines(plan, NINE_PM + dt.timedelta(hours=5), {}) == []


def test_plan_on_disk_opens_only_with_the_keyring(record, clock, meds, data_dir
                                                  ) -> None:  # type: ignore[no-untyped-def]
    keyring = DeviceKeyring(MemoryKeyring())
    service = rp.ReminderPlanService(record.store, keyring)
    plan = service.build("UTC")
    assert service.save(plan)
    blob = (data_dir / PLAN_FILE).read_bytes()
    assert b"Asha" not in blob and b"21:00" not in blob
    loaded = rp.load(data_dir, record.store_id, keyring)
    assert loaded == dataclasses.replace(plan, store_id=record.store_id)
    assert loaded is not None and loaded.sealing_key == b""  # recording is off
    # Another device's keyring (or none) cannot read it; nor can another store's id.
    assert rp.load(data_dir, record.store_id, DeviceKeyring(MemoryKeyring())) is None
    assert rp.load(data_dir, "another-store", keyring) is None
    changed = bytearray(blob)
    changed[-1] ^= 1
    (data_dir / PLAN_FILE).write_bytes(bytes(changed))
    assert rp.load(data_dir, record.store_id, keyring) is None
    assert service.no_keyring_notice() is None


def test_without_a_secure_keyring_nothing_is_written_and_it_is_said_once(
        record, meds, data_dir) -> None:  # type: ignore[no-untyped-def]
    from keyrings.alt.file import PlaintextKeyring

    for keyring in (None, DeviceKeyring(PlaintextKeyring())):
        service = rp.ReminderPlanService(record.store, keyring)
        (data_dir / PLAN_FILE).write_bytes(b"old")
        assert not service.save(service.build("UTC"))
        assert not (data_dir / PLAN_FILE).exists()
    service = rp.ReminderPlanService(record.store, None)
    notice = service.no_keyring_notice()
    assert notice is not None and "after each restart" in notice
    assert service.no_keyring_notice() is None  # once
