"""Every migration runs from empty and from the previous revision with data in it, and
the models match what the migrations build."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from healthdesk.services.record import HealthRecord
from healthdesk.store import migrate
from healthdesk.store.db import Database, create_empty, probe
from healthdesk.store.keys import create_key_file
from healthdesk.store.models import Base
from tests.conftest import FAST, PASSPHRASE

REVISIONS = [s.revision for s in reversed(list(ScriptDirectory.from_config(
    (lambda c: (c.set_main_option("script_location", str(migrate.script_location())), c)[1])(
        Config())).walk_revisions()))]


def _fresh(tmp_path: Path) -> tuple[Path, bytes, Database]:
    d = tmp_path / "d"
    key, _, _ = create_key_file(d / "keys.json", PASSPHRASE, FAST)
    create_empty(d / "healthdesk.db")
    return d, key, Database(d / "healthdesk.db", key)


def test_revisions_form_one_line() -> None:
    assert REVISIONS[0] == "0001" and len(REVISIONS) >= 2
    assert REVISIONS[-1] == migrate.head_revision()


def test_opening_a_current_store_does_not_import_alembic(data_dir: Path) -> None:
    import subprocess
    import sys

    code = ("import sys; from healthdesk.services.record import HealthRecord; "
            f"HealthRecord.open({str(data_dir)!r}, passphrase={PASSPHRASE!r}).close(); "
            "print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={"PYTHONPATH": str(Path(__file__).resolve().parents[2]),
                              "PATH": "/usr/bin:/bin"}, check=True)
    assert out.stdout.strip() == "False"


def test_from_empty_matches_the_models(tmp_path: Path) -> None:
    _, _, db = _fresh(tmp_path)
    migrate.upgrade(db)
    with db.engine.connect() as conn:
        mc = MigrationContext.configure(conn, opts={
            "compare_type": True,
            "include_name": lambda n, t, p: not (t == "table" and n and n.startswith("search_")),
        })
        assert compare_metadata(mc, Base.metadata) == []
    db.close()


def test_down_to_empty_and_up_again(tmp_path: Path) -> None:
    _, _, db = _fresh(tmp_path)
    migrate.upgrade(db)
    migrate.downgrade(db, "base")
    with db.engine.connect() as conn:
        left = conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type IN ('table','trigger') "
            "AND name != 'alembic_version'")).scalars().all()
    assert left == []
    migrate.upgrade(db)
    assert migrate.current_revision(db) == migrate.head_revision()
    db.close()


def _seed_at_0001(db: Database) -> None:
    rows = [("m1", "2026-01-01T08:00:00.000000Z", 140.0, 90.0, 70.0, 0),
            ("m2", "2026-01-01T20:00:00.000000Z", 130.0, 80.0, 60.0, 0),
            ("m3", "2026-01-02T08:00:00.000000Z", 120.0, 75.0, 65.0, 0),
            ("m4", "2026-01-02T09:00:00.000000Z", 200.0, 100.0, 90.0, 1)]
    with db.engine.begin() as c:
        c.execute(text(
            "INSERT INTO profiles (id, profile_id, created_at, updated_at, version, deleted, "
            "name, sex, blood_type, language) VALUES ('p1','p1',:t,:t,'0000000000001-00000-a',"
            "0,'Old Data','female','unknown','en')"), {"t": "2026-01-01T00:00:00.000000Z"})
        for i, (mid, t, v1, v2, v3, deleted) in enumerate(rows):
            c.execute(text(
                "INSERT INTO measurements (id, profile_id, created_at, updated_at, version, "
                "deleted, kind, value, value2, value3, unit, taken_at, source) VALUES "
                "(:id,'p1',:t,:t,:v,:d,'blood_pressure',:a,:b,:c,'mmHg',:t,'manual')"),
                {"id": mid, "t": t, "v": f"000000000000{i + 2}-00000-a", "d": deleted,
                 "a": v1, "b": v2, "c": v3})


def test_0002_from_0001_with_data_builds_rollups(tmp_path: Path) -> None:
    _, _, db = _fresh(tmp_path)
    migrate.upgrade(db, "0001")
    _seed_at_0001(db)
    migrate.upgrade(db, "0002")
    with db.engine.connect() as c:
        days = c.execute(text(
            "SELECT day, n, min1, max1, sum1, sum2 FROM measurement_days ORDER BY day")).all()
        assert c.execute(text("SELECT count(*) FROM measurements")).scalar() == 4
    # The tombstoned 200/100 reading is not in the roll-up.
    assert days == [("2026-01-01", 2, 130.0, 140.0, 270.0, 170.0),
                    ("2026-01-02", 1, 120.0, 120.0, 120.0, 75.0)]
    db.close()


def test_rollups_follow_later_writes(record: HealthRecord) -> None:
    pid = record.profiles.create(name="Rolled Up").id
    day = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)
    a = record.readings.record(pid, "weight", {"weight": 80}, taken_at=day)
    record.readings.record(pid, "weight", {"weight": 82}, taken_at=day + dt.timedelta(hours=2))
    record.readings.update(a.id, taken_at=day + dt.timedelta(days=1))
    with record.store.read() as s:
        rows = s.execute(text("SELECT day, n, sum1 FROM measurement_days WHERE profile_id = :p "
                              "ORDER BY day"), {"p": pid}).all()
    assert rows == [("2026-03-01", 1, 82.0), ("2026-03-02", 1, 80.0)]
    record.readings.delete(a.id)
    with record.store.read() as s:
        rows = s.execute(text("SELECT day FROM measurement_days WHERE profile_id = :p"),
                         {"p": pid}).scalars().all()
    assert rows == ["2026-03-01"]


@pytest.mark.parametrize("start", REVISIONS[:-1])
def test_open_upgrades_an_old_store_after_an_encrypted_copy(tmp_path: Path, start: str) -> None:
    d, key, db = _fresh(tmp_path)
    # Seeded at 0001 whatever the start, so every old revision holds the same person.
    migrate.upgrade(db, "0001")
    _seed_at_0001(db)
    migrate.upgrade(db, start)
    db.close()
    with HealthRecord.open(d, passphrase=PASSPHRASE) as rec:
        assert rec.store.upgrade_backup is not None
        backup = rec.store.upgrade_backup
        assert migrate.current_revision(rec.store.db) == migrate.head_revision()
        assert [p.name for p in rec.profiles.all()] == ["Old Data"]
    assert backup.exists() and backup.read_bytes()[:16] != b"SQLite format 3\x00"
    probe(backup, key)  # the copy opens with the same key: it is the pre-upgrade store
    old = Database(backup, key)
    assert migrate.current_revision(old) == start
    old.close()


def test_incremental_rollups_equal_a_full_recount(record: HealthRecord) -> None:
    import random

    pid = record.profiles.create(name="Many Readings").id
    rnd = random.Random(3)
    base = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    ids = []
    for _ in range(120):
        values = {"systolic": rnd.randint(100, 170), "diastolic": rnd.randint(60, 95)}
        if rnd.random() < 0.6:
            values["pulse"] = rnd.randint(50, 100)
        when = base + dt.timedelta(hours=rnd.randint(0, 96))
        ids.append(record.readings.record(pid, "blood_pressure", values, taken_at=when).id)
    for rid in ids[:10]:
        record.readings.delete(rid)
    recount = (
        "SELECT profile_id, kind, substr(taken_at, 1, 10), count(*), min(value), max(value), "
        "sum(value), min(value2), max(value2), sum(value2), min(value3), max(value3), "
        "sum(value3) FROM measurements WHERE NOT deleted AND profile_id = :p "
        "GROUP BY 1, 2, 3 ORDER BY 3")
    with record.store.read() as s:
        expected = s.execute(text(recount), {"p": pid}).all()
        stored = s.execute(text("SELECT * FROM measurement_days WHERE profile_id = :p "
                                "ORDER BY day"), {"p": pid}).all()
    assert [tuple(r) for r in stored] == [tuple(r) for r in expected]


def test_a_store_from_a_newer_version_is_refused_unchanged(data_dir: Path) -> None:
    from healthdesk.store.errors import NewerStoreError

    rec = HealthRecord.open(data_dir, passphrase=PASSPHRASE)
    with rec.store.db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_from_the_future'"))
    rec.close()
    with pytest.raises(NewerStoreError, match="newer version of HealthDesk"):
        HealthRecord.open(data_dir, passphrase=PASSPHRASE)
    assert not list(data_dir.glob("*.bak"))  # no pre-upgrade copy made for nothing
