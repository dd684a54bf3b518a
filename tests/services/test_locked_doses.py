"""Doses answered while locked, applied at unlock on a real store: applied once and noted,
a replay refused, a changed byte refused, an event of another store refused, out-of-time
and unknown doses refused; nothing lost when the process is killed (kill -9) between
sealing and applying, or in the middle of applying."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from healthdesk.services.locked_doses import Sealer
from healthdesk.services.medications import ScheduleInput
from healthdesk.services.record import HealthRecord
from healthdesk.store import sealed_events as sealed
from tests.conftest import PASSPHRASE, FakeClock

UTC = dt.UTC
NINE_PM = dt.datetime(2026, 3, 10, 21, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def med(record, profile_id, clock):  # type: ignore[no-untyped-def]
    clock.advance(hours=-2)
    m = record.medications.add(profile_id, "Metformin", strength="500 mg",
                               schedule=ScheduleInput(times_of_day=["09:00", "21:00"],
                                                      timezone="UTC"))
    clock.advance(hours=2)
    return m


def _taken(record, med_id: str) -> list[tuple[str, dt.datetime | None]]:  # type: ignore[no-untyped-def]
    return [(e.action, e.scheduled_for) for e in record.doses.history(med_id)
            if not e.superseded]


def test_applied_once_with_its_note_then_a_replay_is_refused(record, clock, med, data_dir
                                                             ) -> None:  # type: ignore[no-untyped-def]
    sealer = record.locked_doses.prepare()
    clock.advance(hours=12, minutes=5)
    sealer.record(med.id, NINE_PM, "taken", clock())
    line = (data_dir / sealed.SPOOL_FILE).read_bytes()
    clock.advance(minutes=36)
    report = record.locked_doses.apply_pending()
    [done] = report.applied
    assert done.message == ("Metformin: taken at 21:05 (recorded while locked, applied at "
                            "21:41).")
    [event] = [e for e in record.doses.history(med.id) if e.scheduled_for == NINE_PM]
    assert event.at == NINE_PM + dt.timedelta(minutes=5)
    assert event.note == "Recorded while locked at 21:05, applied at 21:41."
    assert not (data_dir / sealed.SPOOL_FILE).exists()
    # Someone copies the old line back in: refused, with a message; not recorded twice.
    (data_dir / sealed.SPOOL_FILE).write_bytes(line)
    report = record.locked_doses.apply_pending()
    [refused] = report.refused
    assert "already been settled" in refused.message and not report.applied
    assert _taken(record, med.id).count(("taken", NINE_PM)) == 1
    assert record.locked_doses.history()[0][0] == "applied"


def test_a_changed_byte_is_refused_and_the_record_is_unchanged(record, clock, med, data_dir
                                                               ) -> None:  # type: ignore[no-untyped-def]
    sealer = record.locked_doses.prepare()
    clock.advance(hours=12)
    sealer.record(med.id, NINE_PM, "taken", clock())
    spool = data_dir / sealed.SPOOL_FILE
    [blob] = sealed.Spool(data_dir).read()
    changed = bytearray(blob)
    changed[60] ^= 0x20
    import base64

    spool.write_bytes(base64.b64encode(bytes(changed)) + b"\n")
    report = record.locked_doses.apply_pending()
    [refused] = report.refused
    assert "changed after it was written" in refused.message
    assert ("taken", NINE_PM) not in _taken(record, med.id)
    assert record.locked_doses.history()[0][0] == "refused"


def test_an_event_sealed_to_another_store_is_refused(record, clock, med, data_dir, tmp_path
                                                     ) -> None:  # type: ignore[no-untyped-def]
    other, _ = HealthRecord.create(tmp_path / "other", PASSPHRASE, clock=clock)
    foreign = other.locked_doses.prepare()
    other.close()
    record.locked_doses.prepare()
    clock.advance(hours=12)
    # Sealed with the other store's key, dropped into this store's spool.
    Sealer(data_dir, foreign.store_id, foreign.public).record(med.id, NINE_PM, "taken",
                                                               clock())
    report = record.locked_doses.apply_pending()
    assert len(report.refused) == 1 and not report.applied
    # And this store's key, but naming the other store: refused too.
    mine = record.locked_doses.prepare()
    Sealer(data_dir, foreign.store_id, mine.public).record(med.id, NINE_PM, "taken", clock())
    assert len(record.locked_doses.apply_pending().refused) == 1
    assert ("taken", NINE_PM) not in _taken(record, med.id)


@pytest.mark.parametrize(("due", "at_shift", "words"), [
    (NINE_PM, dt.timedelta(days=-9), "outside the time"),
    (NINE_PM, dt.timedelta(hours=3), "outside the time"),  # later than the unlock
    (NINE_PM + dt.timedelta(minutes=7), dt.timedelta(0), "has no dose at 21:07"),
])
def test_out_of_time_and_unknown_doses_are_refused(record, clock, med, due, at_shift, words
                                                   ) -> None:  # type: ignore[no-untyped-def]
    sealer = record.locked_doses.prepare()
    clock.advance(hours=12)
    sealer.record(med.id, due, "taken", clock() + at_shift)
    [refused] = record.locked_doses.apply_pending().refused
    assert words in refused.message


def test_a_deleted_medicine_and_a_dose_already_taken_are_refused(record, clock, med
                                                                 ) -> None:  # type: ignore[no-untyped-def]
    sealer = record.locked_doses.prepare()
    clock.advance(hours=12)
    sealer.record(med.id, NINE_PM, "taken", clock())
    sealer.record(med.id, NINE_PM, "taken", clock())  # pressed twice
    report = record.locked_doses.apply_pending()
    assert len(report.applied) == 1
    assert "already recorded as taken" in report.refused[0].message
    assert report.summary() == ("1 answer given while locked was recorded. 1 was refused.")


def test_a_bad_action_or_snooze_is_refused_before_sealing(record, med, data_dir
                                                          ) -> None:  # type: ignore[no-untyped-def]
    from healthdesk.domain.errors import ValidationError

    sealer = record.locked_doses.prepare()
    with pytest.raises(ValidationError, match="taken, skipped, snoozed"):
        sealer.record(med.id, NINE_PM, "undone", NINE_PM)
    with pytest.raises(ValidationError, match="10, 30 or 60"):
        sealer.record(med.id, NINE_PM, "snoozed", NINE_PM, 5)
    assert not (data_dir / sealed.SPOOL_FILE).exists()


# -- kill -9 ---------------------------------------------------------------------------------

_SEAL_THEN_HANG = """
import datetime as dt, sys, time
from pathlib import Path
from healthdesk.services.locked_doses import Sealer
sealer = Sealer.from_disk(Path(sys.argv[1]))
sealer.record(sys.argv[2], dt.datetime.fromisoformat(sys.argv[3]), "taken",
              dt.datetime.fromisoformat(sys.argv[4]))
print("sealed", flush=True)
time.sleep(60)
"""

_APPLY_THEN_HANG = """
import datetime as dt, sys, time
from pathlib import Path
from healthdesk.services.record import HealthRecord
from healthdesk.store import sealed_events
def hang(self, handled):
    print("applied", flush=True)
    time.sleep(60)
sealed_events.Spool.remove = hang
at = dt.datetime.fromisoformat(sys.argv[2])
rec = HealthRecord.open(Path(sys.argv[1]), passphrase=sys.argv[3], clock=lambda: at)
rec.locked_doses.apply_pending()
"""


def _run_until(script: str, word: str, *args: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                            text=True, env=env)
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == word
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    assert proc.returncode == -signal.SIGKILL


def test_kill_9_between_sealing_and_applying_loses_nothing(record, clock, med, data_dir
                                                           ) -> None:  # type: ignore[no-untyped-def]
    record.locked_doses.prepare()
    record.close()
    at = NINE_PM + dt.timedelta(minutes=2)
    _run_until(_SEAL_THEN_HANG, "sealed", str(data_dir), med.id, NINE_PM.isoformat(),
               at.isoformat())
    clock.t = NINE_PM + dt.timedelta(minutes=30)
    with HealthRecord.open(data_dir, passphrase=PASSPHRASE, clock=clock) as rec:
        assert rec.locked_doses.pending() == 1
        assert len(rec.locked_doses.apply_pending().applied) == 1
        assert ("taken", NINE_PM) in _taken(rec, med.id)


def test_kill_9_while_applying_records_the_dose_once(record, clock, med, data_dir
                                                     ) -> None:  # type: ignore[no-untyped-def]
    sealer = record.locked_doses.prepare()
    sealer.record(med.id, NINE_PM, "taken", NINE_PM + dt.timedelta(minutes=2))
    record.close()
    copy = data_dir.parent / "before"
    shutil.copytree(data_dir, copy)
    applied_at = NINE_PM + dt.timedelta(minutes=20)
    _run_until(_APPLY_THEN_HANG, "applied", str(data_dir), applied_at.isoformat(), PASSPHRASE)
    clock.t = NINE_PM + dt.timedelta(minutes=30)
    with HealthRecord.open(data_dir, passphrase=PASSPHRASE, clock=clock) as rec:
        assert rec.locked_doses.pending() == 1  # the spool was not emptied
        report = rec.locked_doses.apply_pending()
        assert not report.applied and "already been settled" in report.refused[0].message
        assert _taken(rec, med.id).count(("taken", NINE_PM)) == 1
        assert rec.locked_doses.pending() == 0


def test_a_start_without_the_key_file_cannot_seal(tmp_path: Path, data_dir: Path) -> None:
    assert Sealer.from_disk(data_dir) is None  # never prepared: nothing beside the store
    with HealthRecord.open(data_dir, passphrase=PASSPHRASE, clock=FakeClock()) as rec:
        made = rec.locked_doses.prepare()
    again = Sealer.from_disk(data_dir)
    assert again is not None and again.public == made.public
    assert again.store_id == made.store_id


def test_in_a_clinic_answers_wait_for_a_member_who_may_record_them(record, clock, med,  # type: ignore[no-untyped-def]
                                                                   data_dir) -> None:
    record.clinic.set_organisation("Sunrise Clinic", "12 MG Road, Pune", "MH-1234")
    record.clinic.add_staff("Dr Meera Iyer", "admin", "1111")
    record.clinic.sign_in("Dr Meera Iyer", "1111")
    record.clinic.add_staff("Ravi Desk", "receptionist", "4444")
    record.clinic.add_staff("Nurse Lata", "nurse", "3333")
    record.clinic.sign_out()
    sealer = record.locked_doses.prepare()
    clock.advance(hours=12, minutes=5)
    sealer.record(med.id, NINE_PM, "taken", clock())
    clock.advance(minutes=10)
    report = record.locked_doses.apply_pending()  # at unlock: no one signed in
    assert not report.applied and not report.refused
    assert report.summary() == "1 answer given while locked waits: sign in to record it."
    assert record.locked_doses.pending() == 1
    record.clinic.sign_in("Ravi Desk", "4444")  # may not record doses: still waiting
    assert record.locked_doses.apply_pending().waiting and record.locked_doses.pending() == 1
    record.clinic.sign_in("Nurse Lata", "3333")
    [done] = record.locked_doses.apply_pending().applied
    assert "taken at 21:05" in done.message and record.locked_doses.pending() == 0
    assert _taken(record, med.id).count(("taken", NINE_PM)) == 1
