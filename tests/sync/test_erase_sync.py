"""Erasing a shared person through a real server and PostgreSQL: only the owner may; the
server deletes every row and change of the profile; every other device purges it at its
next round; a device that was offline cannot bring it back."""

from __future__ import annotations

import json

import psycopg
import pytest

from healthdesk.services.erase import EraseRefused
from healthdesk.sync.errors import ServerRefusedError

NAME = "Zephyrine Quillfeather"
NOTE = "after the xylophone recital"


def _rows_of(device, pid: str) -> int:  # type: ignore[no-untyped-def]
    tables = json.loads(device.export())["tables"]
    return sum(1 for rows in tables.values() for r in rows if r["profile_id"] == pid)


def _server_counts(server_db: str, pid: str) -> dict[str, int]:
    with psycopg.connect(server_db) as conn:
        out = {t: int(conn.execute(f"SELECT count(*) FROM {t} WHERE profile_id = %s",
                                   (pid,)).fetchone()[0])  # type: ignore[index]
               for t in ("rows", "changes", "memberships", "profiles", "invites",
                         "erased_profiles")}
        out["name_anywhere"] = int(conn.execute(
            "SELECT (SELECT count(*) FROM rows WHERE fields::text LIKE %s) + "
            "(SELECT count(*) FROM changes WHERE fields::text LIKE %s)",
            (f"%{NAME}%", f"%{NAME}%")).fetchone()[0])  # type: ignore[index]
    return out


def test_only_the_owner_erases_and_every_device_lets_go(new_device, make_account,  # type: ignore[no-untyped-def]
                                                        server_db: str) -> None:
    owner_account = make_account()
    phone, laptop = new_device(owner_account), new_device(owner_account)
    carer = new_device()
    pid = phone.record.profiles.create(name=NAME).id
    phone.record.readings.record(pid, "blood_pressure", {"systolic": 150, "diastolic": 95},
                                 note=NOTE)
    kept = phone.record.profiles.create(name="Someone Else").id
    phone.sync()
    carer.record.sharing.accept(phone.record.sharing.invite(pid, "caregiver").code)
    carer.sync()
    laptop.sync()
    assert _rows_of(carer, pid) > 0 and _rows_of(laptop, pid) > 0

    # The hostile member: refused by the app, and by the server when asked directly.
    with pytest.raises(EraseRefused, match="only the owner"):
        carer.record.erase.erase(pid)
    t = carer.record.sync.transport()
    try:
        with pytest.raises(ServerRefusedError) as refused:
            t.erase_profile(pid)
    finally:
        t.close()
    assert refused.value.status == 403
    before = _server_counts(server_db, pid)
    assert before["rows"] > 0 and before["erased_profiles"] == 0
    carer.sync()
    assert _rows_of(carer, pid) > 0  # nothing lost anywhere

    # The carer edits offline while the owner erases.
    carer.record.readings.record(pid, "pulse", {"pulse": 71}, note="offline " + NOTE)
    report = phone.record.erase.erase(pid)
    assert report.compacted
    assert _rows_of(phone, pid) == 0
    after = _server_counts(server_db, pid)
    assert after == {"rows": 0, "changes": 0, "memberships": 0, "profiles": 0, "invites": 0,
                     "erased_profiles": 1, "name_anywhere": 0}

    for device in (laptop, carer):
        round_ = device.sync()
        assert pid in round_.revoked
        assert _rows_of(device, pid) == 0
        assert [p.name for p in device.record.profiles.all()
                if p.id == pid] == []
        with device.record.store.read() as s:
            conn = s.connection()
            for table in ("search_index", "measurement_days", "outbox", "sync_cursors",
                          "sync_set_aside"):
                left = conn.exec_driver_sql(
                    f"SELECT count(*) FROM {table} WHERE profile_id = ?", (pid,)).scalar()
                assert left == 0, (device.name, table)
    # The carer's offline edit was refused ("erased"), not turned into a new profile.
    assert _server_counts(server_db, pid)["profiles"] == 0
    assert [p.id for p in laptop.record.profiles.all()] == [kept]
    laptop.sync()
    phone.sync()  # erasing again is a no-op on the server; the rounds keep working
    assert phone.record.erase.preview(kept).name == "Someone Else"
