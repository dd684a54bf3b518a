"""The client does not trust the server: a pulled change it cannot apply is set aside
with its reason, the rest of the page applies, the round succeeds, later rounds too,
and a later valid version of the row heals it (docs/sync.md, "Client rules")."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid

import psycopg
from psycopg.types.json import Jsonb

from healthdesk.protocol import Mutation, PushRequest
from tests.sync.conftest import Device, assert_converged

HUGE = 10**309  # 310 digits: a JSON integer no float or SQLite INTEGER can hold
T = "2026-01-05T08:00:00.000000Z"


def _reading(value: object, stamp: str) -> tuple[dict[str, object], dict[str, str]]:
    fields = {"kind": "weight", "value": value, "unit": "kg", "taken_at": T,
              "source": "manual", "deleted": False, "created_at": T, "updated_at": T}
    return fields, dict.fromkeys(fields, stamp)


def _plant(server_db: str, pid: str, entity: str, row_id: str, fields: dict[str, object],
           stamps: dict[str, str], origin: str) -> None:
    """Store a change in the feed the way the server's push does, without its checks:
    what an older server, or rows stored before validation existed, hold."""
    with psycopg.connect(server_db) as conn:
        seq = conn.execute("UPDATE profiles SET last_seq = last_seq + 1 WHERE profile_id = %s "
                           "RETURNING last_seq", (pid,)).fetchone()[0]
        conn.execute("INSERT INTO changes (profile_id, seq, entity, row_id, fields, stamps, "
                     "origin_device) VALUES (%s, %s, %s, %s, %s, %s, %s)",
                     (pid, seq, entity, row_id, Jsonb(fields), Jsonb(stamps), origin))
        conn.execute("INSERT INTO rows (profile_id, entity, row_id, fields, stamps) VALUES "
                     "(%s, %s, %s, %s, %s) ON CONFLICT (profile_id, entity, row_id) DO UPDATE "
                     "SET fields = rows.fields || excluded.fields, "
                     "stamps = rows.stamps || excluded.stamps",
                     (pid, entity, row_id, Jsonb(fields), Jsonb(stamps)))


def _push(device: Device, server_db: str, pid: str,
          changes: list[tuple[str, str, str, dict[str, object], dict[str, str]]]) -> None:
    """A hostile writer's push over HTTP, bypassing its client. Whatever the server
    refuses (it may validate by now) is stored straight into its feed instead, so the
    owner's client is tested either way."""
    base = device.record.store.hlc.tick()
    t = device.record.sync.transport()
    try:
        res = t.push(PushRequest(device_id=device.device_id, batch_id=uuid.uuid4().hex,
                                 mutations=[Mutation(
                                     key=f"{device.device_id}:hostile:{uuid.uuid4().hex}",
                                     entity=entity, row_id=row_id, profile_id=pid, op=op,
                                     fields=fields, stamps=stamps,
                                     base_version=None if op == "insert" else base)
                                     for entity, row_id, op, fields, stamps in changes]))
    finally:
        t.close()
    for (entity, row_id, _op, fields, stamps), r in zip(changes, res.results, strict=True):
        if r.status == "rejected":
            _plant(server_db, pid, entity, row_id, fields, stamps, device.device_id)


def _shared(new_device) -> tuple[Device, Device, str]:  # type: ignore[no-untyped-def]
    owner, carer = new_device(), new_device()
    pid = owner.record.profiles.create(name="Mother").id
    owner.sync()
    carer.record.sharing.accept(owner.record.sharing.invite(pid, "caregiver").code)
    carer.sync()
    return owner, carer, pid


def test_hostile_rows_are_set_aside_the_rest_applies_and_a_valid_version_heals(
        new_device, server_db) -> None:  # type: ignore[no-untyped-def]
    owner, carer, pid = _shared(new_device)
    bad, good = str(uuid.uuid4()), str(uuid.uuid4())
    s1 = carer.record.store.hlc.tick()
    profile_update = {"name": None, "sex": None, "updated_at": T}
    _push(carer, server_db, pid, [
        ("measurements", bad, "insert", *_reading(HUGE, s1)),
        ("measurements", good, "insert", *_reading(70.5, s1)),
        ("profiles", pid, "update", profile_update, dict.fromkeys(profile_update, s1)),
    ])

    report = owner.sync()  # used to fail with "unexpected error (OverflowError)"
    assert report.pulled_set_aside == 2
    assert owner.record.readings.get(good).values["weight"] == 70.5
    assert owner.record.profiles.get(pid).name == "Mother"  # untouched, not half-written
    status = owner.record.sync.status()
    assert status.pulled_set_aside == 2
    assert "2 changes from the server set aside" in status.summary(owner.record.now())
    views = {v.entity: v for v in owner.record.sync.set_aside_views()}
    assert views["measurements"].field == "value"
    assert views["measurements"].summary == (
        "A reading in Mother's record from the server was not applied here: its value is a "
        "number too large to store (310 digits).")
    assert views["profiles"].field == "name" and "name is missing" in views["profiles"].reason
    with owner.record.store.read() as s:  # nothing of the bad reading was written anywhere
        conn = s.connection()
        assert conn.exec_driver_sql("SELECT count(*) FROM measurements WHERE id = ?",
                                    (bad,)).scalar() == 0
        assert conn.exec_driver_sql("SELECT sum(n) FROM measurement_days WHERE profile_id = ?",
                                    (pid,)).scalar() == 1
        kept = conn.exec_driver_sql("SELECT fields FROM sync_set_aside WHERE row_id = ?",
                                    (bad,)).scalar()
    assert json.loads(kept)["value"] == HUGE  # kept exactly as it came

    again = owner.sync()  # the cursor moved on: the next round does not fail either
    assert again.pulled == 0 and again.pulled_set_aside == 2
    # A new device of the owner gets the profile (its insert came before the bad edit,
    # in the same page) and the good reading; only the bad changes are set aside.
    fresh = new_device(owner.account)
    first = fresh.sync()
    assert first.pulled_set_aside == 2
    assert fresh.record.profiles.get(pid).name == "Mother"
    assert fresh.record.readings.get(good).values["weight"] == 70.5

    s2 = carer.record.store.hlc.tick()  # later, valid versions of both rows
    fix = {"value": 71.0, "updated_at": T}
    name = {"name": "Mother", "sex": "female", "updated_at": T}
    _push(carer, server_db, pid, [
        ("measurements", bad, "update", fix, dict.fromkeys(fix, s2)),
        ("profiles", pid, "update", name, dict.fromkeys(name, s2)),
    ])
    healed = owner.sync()
    assert healed.healed == 2 and healed.pulled_set_aside == 0
    assert owner.record.readings.get(bad).values["weight"] == 71.0
    assert owner.record.profiles.get(pid).sex == "female"
    assert owner.record.sync.set_aside_views() == []
    assert owner.record.sync.status().pulled_set_aside == 0
    assert fresh.sync().healed == 2
    assert_converged(owner, fresh)


def test_a_child_before_its_parent_heals_within_the_round_a_missing_one_later(
        new_device, server_db) -> None:  # type: ignore[no-untyped-def]
    owner, carer, pid = _shared(new_device)
    med, early, orphan, orphan_parent = (str(uuid.uuid4()) for _ in range(4))
    s = carer.record.store.hlc.tick()
    refill = {"medication_id": med, "quantity": 30.0, "at": T, "deleted": False,
              "created_at": T, "updated_at": T}
    medicine = {"name": "Metformin", "form": "tablet", "dose_amount": 1.0,
                "dose_unit": "tablet", "route": "oral", "missed_dose_window_hours": 2.0,
                "active": True, "reminder_urgent": False, "deleted": False,
                "created_at": T, "updated_at": T}
    # A compacted feed can put a child first: the refill, then (a page later) its medicine.
    _plant(server_db, pid, "refills", early, refill, dict.fromkeys(refill, s), "x")
    _plant(server_db, pid, "medications", med, medicine, dict.fromkeys(medicine, s), "x")
    lost = {**refill, "medication_id": orphan_parent}
    _plant(server_db, pid, "refills", orphan, lost, dict.fromkeys(lost, s), "x")
    engine = owner.record.sync._engine_for_account(None)
    engine.page_limit = 1  # one change per page
    report = owner.sync()
    assert report.pulled == 3 and report.pulled_set_aside == 1  # only the true orphan
    [view] = owner.record.sync.set_aside_views()
    assert (view.kind, view.row_id, view.field) == ("refill", orphan, "medication_id")
    assert "points at a medication that is not on this device" in view.summary
    assert owner.record.medications.get(med).name == "Metformin"
    assert owner.sync().pulled_set_aside == 1  # later rounds go on

    _plant(server_db, pid, "medications", orphan_parent, medicine,
           dict.fromkeys(medicine, carer.record.store.hlc.tick()), "x")
    late = owner.sync()  # the parent arrives: the retry at the end of the round heals
    assert late.healed == 1 and late.pulled_set_aside == 0
    with owner.record.store.read() as s2:
        assert s2.connection().exec_driver_sql(
            "SELECT medication_id FROM refills WHERE id = ?", (orphan,)).scalar() == orphan_parent


def test_cli_reports_set_aside_changes(new_device, server_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import PASSPHRASE

    owner, carer, pid = _shared(new_device)
    bad = str(uuid.uuid4())
    _push(carer, server_db, pid,
          [("measurements", bad, "insert", *_reading(HUGE, carer.record.store.hlc.tick()))])
    owner.close()  # the command opens the store itself
    env = {"HEALTHDESK_PASSPHRASE": PASSPHRASE, "HEALTHDESK_KDF": "fast"}

    def hd(*args: str) -> subprocess.CompletedProcess[str]:
        import os

        return subprocess.run([sys.executable, "-m", "healthdesk.cli.main", *args,
                               "--data-dir", str(owner.dir)], capture_output=True, text=True,
                              env={**os.environ, **env}, timeout=120)

    out = hd("sync", "--json")
    assert out.returncode == 0, out.stderr
    counts = json.loads(out.stdout)
    assert counts["ok"] is True and counts["pulled_set_aside"] == 1
    [listed] = counts["set_aside_changes"]
    assert (listed["direction"], listed["entity"], listed["row_id"], listed["field"]) == (
        "incoming", "measurements", bad, "value")
    out = hd("sync")
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[-1] == (
        "1 change from the server could not be applied and was set aside: a reading in "
        "Mother's record: its value is a number too large to store (310 digits) "
        "(see Sync ▸ Set-aside changes).")
    owner.reopen()  # so the fixture can close it


def test_a_row_the_database_refuses_leaves_nothing_and_its_batch_still_applies(
        new_device, server_db) -> None:  # type: ignore[no-untyped-def]
    owner, carer, pid = _shared(new_device)
    ok1, bad, ok2 = (str(uuid.uuid4()) for _ in range(3))
    stamp = carer.record.store.hlc.tick()

    def allergy(substance: str, category: str) -> tuple[dict[str, object], dict[str, str]]:
        f = {"substance": substance, "category": category, "severity": "severe",
             "deleted": False, "created_at": T, "updated_at": T}
        return f, dict.fromkeys(f, stamp)

    sex = {"sex": "robot", "updated_at": T}
    _push(carer, server_db, pid, [
        ("allergies", ok1, "insert", *allergy("Peanuts", "food")),
        ("allergies", bad, "insert", *allergy("Pollenwort", "weird")),  # a CHECK refuses it
        ("allergies", ok2, "insert", *allergy("Penicillin", "medication")),
        ("profiles", pid, "update", sex, dict.fromkeys(sex, stamp)),
    ])
    report = owner.sync()
    assert report.pulled_set_aside == 2
    assert sorted(a.substance for a in owner.record.allergies.for_profile(pid)) == [
        "Peanuts", "Penicillin"]
    assert owner.record.profiles.get(pid).sex != "robot"
    views = {v.row_id: v for v in owner.record.sync.set_aside_views()}
    assert views[bad].field == "category"
    assert views[bad].reason == ("Its category must be one of: medication, food, environment, "
                                 "biologic, other.")
    assert views[pid].reason.startswith("Its sex must be one of: female, male")
    assert owner.record.search.search("Pollenwort") == []  # its search entry went with it
    assert [h.row_id for h in owner.record.search.search("Peanuts")] == [ok1]


def test_stamps_from_the_future_or_malformed_are_set_aside(new_device, server_db) -> None:  # type: ignore[no-untyped-def]
    owner, carer, pid = _shared(new_device)
    future, garbled, fine = (str(uuid.uuid4()) for _ in range(3))
    # Only a compromised server (or its database) holds these: a push is refused.
    _plant(server_db, pid, "measurements", future,
           *_reading(70.0, "9999999999999-00000-evil"), "x")
    _plant(server_db, pid, "measurements", garbled, *_reading(70.0, "not a stamp"), "x")
    _plant(server_db, pid, "measurements", fine,
           *_reading(72.0, carer.record.store.hlc.tick()), "x")
    report = owner.sync()
    assert report.pulled_set_aside == 2
    views = {v.row_id: v.reason for v in owner.record.sync.set_aside_views()}
    assert views[future] == "It carries a clock stamp later than the server's own clock."
    assert views[garbled] == "It arrived with a malformed clock stamp."
    assert owner.record.readings.get(fine).values["weight"] == 72.0
    assert not owner.record.store.hlc.last.startswith("9999")  # our clock stayed sane
    owner.record.profiles.update(pid, notes="still editable")  # local edits still work
    assert owner.sync().pushed >= 1
