"""The canonical JSON export and its import, on real encrypted stores."""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select

from healthdesk.domain.errors import ValidationError
from healthdesk.interop.json_export import export_json, render_export
from healthdesk.interop.json_import import TableCounts, import_json
from healthdesk.services.profiles import ProfilesService
from healthdesk.services.readings import ReadingsService
from healthdesk.store.keys import KdfParams
from healthdesk.store.migrate import head_revision
from healthdesk.store.models import SYNCED_MODELS, AuditEvent, Measurement, OutboxEntry, Profile
from healthdesk.store.vault import Store, create_store
from tests.conftest import PASSPHRASE
from tests.interop import DOC_BYTES, MARKER, PHOTO, Sample, fill_record, outbox_count

SYNCED_TABLES = sorted(m.__table__.name for m in SYNCED_MODELS)
TIME_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z")


@pytest.fixture
def sample(record: Any) -> Sample:
    return fill_record(record)


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    store, _ = create_store(tmp_path / "other", PASSPHRASE, kdf=KdfParams.FAST_FOR_TESTS)
    yield store
    store.close()


def rows(data: bytes, table: str) -> list[dict[str, Any]]:
    return json.loads(data)["tables"][table]


def row(data: bytes, table: str, rid: str) -> dict[str, Any]:
    return next(r for r in rows(data, table) if r["id"] == rid)


def total_rows(data: bytes) -> int:
    return sum(len(v) for v in json.loads(data)["tables"].values())


# --------------------------------------------------------------------------- export


def test_export_is_canonical_and_holds_every_synced_table_only(record: Any,
                                                               sample: Sample) -> None:
    first = render_export(record.store)
    assert render_export(record.store) == first
    assert first.endswith(b"}\n") and b"\n" not in first[:-1]
    doc = json.loads(first)
    assert (doc["format"], doc["version"], doc["schema"]) == (
        "healthdesk-export", 1, head_revision())
    assert list(doc["tables"]) == SYNCED_TABLES  # no outbox, local_state, preferences...
    for table, table_rows in doc["tables"].items():
        ids = [r["id"] for r in table_rows]
        assert ids == sorted(ids), table
        for r in table_rows:
            assert list(r) == sorted(r)
            assert TIME_RE.fullmatch(r["created_at"]) and TIME_RE.fullmatch(r["updated_at"])
            assert isinstance(r["deleted"], bool) and r["version"]
    # Compact and canonical: re-serialising the parsed document gives the same bytes.
    again = json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"
    assert again.encode() == first


def test_export_keeps_binary_json_unicode_and_tombstones(record: Any, sample: Sample) -> None:
    data = render_export(record.store)
    doc = row(data, "documents", sample.document_id)
    assert base64.b64decode(doc["content"]["$b64"]) == DOC_BYTES
    assert doc["tags"] == ["blood", "fasting", "ünï"]
    profile = row(data, "profiles", sample.profile_id)
    assert base64.b64decode(profile["photo"]["$b64"]) == PHOTO
    assert profile["name"] == f"{MARKER} Ünïcødé"
    assert row(data, "profiles", sample.other_profile_id)["photo"] is None
    sched = row(data, "medication_schedules", sample.schedule_id)
    assert sched["times_of_day"] == ["08:00", "20:00"]
    assert sched["extra"] == {"nested": {"steps": [1, 2.5, None]}, "with": "food"}
    msg = row(data, "chat_messages", sample.message_id)
    assert msg["metadata"] == {"pinned": True, "tags": ["bp"]}
    assert "🙂".encode() in data  # unicode kept as itself, not \u escapes
    tomb = row(data, "conditions", sample.tombstoned_condition_id)
    assert tomb["deleted"] is True and tomb["name"] == "Hypertension"
    bp = row(data, "measurements", sample.reading_id)
    assert (bp["value"], bp["value2"], bp["value3"]) == (128.0, 82.0, 70.0)
    audit = rows(data, "audit_events")
    assert audit and all(a["actor"] == "Test User" and a["device_id"] for a in audit)


def test_export_json_writes_a_private_file_and_changes_nothing(
        record: Any, sample: Sample, tmp_path: Path) -> None:
    dest = tmp_path / "exports" / "record.json"
    data = export_json(record.store, dest)
    assert dest.read_bytes() == data
    assert dest.stat().st_mode & 0o777 == 0o600
    assert list(dest.parent.iterdir()) == [dest]  # no temp file left behind
    # Exporting is not a write: the next export is byte-identical.
    assert export_json(record.store) == data == render_export(record.store)


def test_export_can_be_limited_to_profiles(record: Any, sample: Sample) -> None:
    data = export_json(record.store, profile_ids=[sample.other_profile_id])
    doc = json.loads(data)
    assert [p["id"] for p in doc["tables"]["profiles"]] == [sample.other_profile_id]
    everything = [r for t in doc["tables"].values() for r in t]
    assert everything and {r["profile_id"] for r in everything} == {sample.other_profile_id}
    assert MARKER.encode() not in data
    with pytest.raises(ValidationError, match="No profile with id nope"):
        render_export(record.store, profile_ids=["nope"])


def _core_rows(stamp: Callable[[int], str]) -> tuple[list[dict], list[dict]]:
    t = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)
    pids = [f"0190a000-0000-7000-8000-00000000000{i}" for i in range(3)]
    profiles = [dict(id=pid, profile_id=pid, name=f"Person {i} ü", sex="unknown",
                     blood_type="unknown", language="en", created_at=t, updated_at=t,
                     version=stamp(i), deleted=False) for i, pid in enumerate(pids)]
    readings = [dict(id=f"0190a000-0000-7000-9000-0000000000{i:02d}", profile_id=pids[i % 3],
                     kind="weight", value=70.0 + i / 3, unit="kg", source="manual",
                     taken_at=t + dt.timedelta(hours=i), created_at=t, updated_at=t,
                     version=stamp(10 + i), deleted=i == 4) for i in range(9)]
    return profiles, readings


def test_same_rows_in_any_insertion_order_export_identically(tmp_path: Path) -> None:
    profiles, readings = _core_rows(lambda i: f"1772352000000-{i:05d}-dev1")
    stores = [create_store(tmp_path / n, PASSPHRASE, kdf=KdfParams.FAST_FOR_TESTS)[0]
              for n in ("a", "b")]
    try:
        a, b = stores
        with a.write() as s:
            s.execute(insert(Profile.__table__), profiles)
            s.execute(insert(Measurement.__table__), readings)
        with b.write() as s:  # children first, everything reversed and interleaved
            s.execute(insert(Measurement.__table__), readings[::-1][::2])
            s.execute(insert(Profile.__table__), profiles[::-1])
            s.execute(insert(Measurement.__table__), readings[::-1][1::2])
        assert a.device_id != b.device_id  # device-local identity stays out of the file
        assert render_export(a) == render_export(b)
        assert len(rows(render_export(a), "measurements")) == 9
    finally:
        for s in stores:
            s.close()


# --------------------------------------------------------------------------- import


def test_round_trip_into_an_empty_store_is_byte_identical(
        record: Any, sample: Sample, empty_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "record.json"
    data = export_json(record.store, path)
    report = import_json(empty_store, path)
    assert render_export(empty_store) == data
    assert report.inserted == total_rows(data) and report.updated == report.skipped == 0
    assert report.tables["documents"].inserted == 1
    # The imported rows are real records: the services read them back.
    assert ProfilesService(empty_store).get_photo(sample.profile_id) == (PHOTO, "image/png")
    bp = ReadingsService(empty_store).get(sample.reading_id)
    assert bp.values == {"systolic": 128.0, "diastolic": 82.0, "pulse": 70.0}
    assert [p.id for p in ProfilesService(empty_store).all()] != []


def test_imported_rows_sync_and_a_second_import_changes_nothing(
        record: Any, sample: Sample, empty_store: Store) -> None:
    data = render_export(record.store)
    before = outbox_count(empty_store)
    import_json(empty_store, data)
    assert outbox_count(empty_store) - before == total_rows(data)
    with empty_store.read() as s:
        queued = set(s.scalars(select(OutboxEntry.row_id)).all())
    assert {sample.reading_id, sample.document_id, sample.profile_id} <= queued
    after_first = outbox_count(empty_store)
    report = import_json(empty_store, data)
    assert (report.inserted, report.updated, report.skipped) == (0, 0, total_rows(data))
    assert outbox_count(empty_store) == after_first
    assert render_export(empty_store) == data


def test_newer_version_wins_and_older_is_skipped(
        record: Any, sample: Sample, empty_store: Store, clock: Any) -> None:
    old = render_export(record.store)
    import_json(empty_store, old)
    clock.advance(hours=1)
    record.readings.update(sample.reading_id, note="re-measured, calmer")
    record.readings.delete(sample.reading_id)
    new = render_export(record.store)
    report = import_json(empty_store, new)
    assert report.tables["measurements"].updated == 1
    assert report.tables["audit_events"].inserted == 2  # the update and the delete
    got = row(render_export(empty_store), "measurements", sample.reading_id)
    assert (got["note"], got["deleted"]) == ("re-measured, calmer", True)
    # The old file again: its older row loses, the delete and the edit stay.
    report = import_json(empty_store, old)
    assert report.tables["measurements"].updated == 0
    assert report.tables["measurements"].skipped == len(rows(old, "measurements"))
    assert render_export(empty_store) == new


def test_append_only_rows_are_never_rewritten(
        record: Any, sample: Sample, empty_store: Store) -> None:
    data = render_export(record.store)
    import_json(empty_store, data)
    doc = json.loads(data)
    dose = doc["tables"]["dose_events"][0]
    dose.update(version="9999999999999-00000-elsewhere", note="rewritten history")
    report = import_json(empty_store, json.dumps(doc).encode())
    assert report.tables["dose_events"] == TableCounts(inserted=0, updated=0, skipped=1)
    assert row(render_export(empty_store), "dose_events", dose["id"])["note"] is None


def test_skip_rule_never_changes_a_stored_row(
        record: Any, sample: Sample, empty_store: Store, clock: Any) -> None:
    import_json(empty_store, render_export(record.store))
    clock.advance(hours=1)
    record.readings.update(sample.reading_id, note="edited later")
    report = import_json(empty_store, render_export(record.store), on_conflict="skip")
    assert report.updated == 0
    assert row(render_export(empty_store), "measurements", sample.reading_id)["note"] != (
        "edited later")
    with pytest.raises(ValidationError, match="On conflict must be one of: newer, skip"):
        import_json(empty_store, render_export(record.store), on_conflict="theirs")


def test_import_moves_the_clock_past_every_imported_version(
        record: Any, sample: Sample, empty_store: Store) -> None:
    doc = json.loads(render_export(record.store))
    future = "9999999999999-00007-elsewhere"
    row_ = next(r for r in doc["tables"]["measurements"] if r["id"] == sample.reading_id)
    row_["version"] = future
    import_json(empty_store, json.dumps(doc).encode())
    made = ProfilesService(empty_store).create(name="Added After Import")
    with empty_store.read() as s:
        version = s.get(Profile, made.id).version
    assert version > future


# --------------------------------------------------------------------------- refusals


def _set(table: str, column: str, value: Any) -> Callable[[dict], None]:
    def change(doc: dict) -> None:
        doc["tables"][table][-1][column] = value
    return change


BAD_FILES: list[tuple[str, Callable[[dict], Any], str]] = [
    ("not json", lambda doc: b"\x00 definitely not json {", "is not a HealthDesk JSON export"),
    ("wrong marker", lambda doc: doc.update(format="fhir-bundle"),
     "is not a HealthDesk JSON export"),
    ("newer schema", lambda doc: doc.update(schema="9999_from_the_future"),
     "made by a newer HealthDesk"),
    ("newer format", lambda doc: doc.update(version=2), "made by a newer HealthDesk"),
    ("unknown table", lambda doc: doc["tables"].update(horoscopes=[]),
     "unknown table 'horoscopes'"),
    ("unknown column", _set("measurements", "mood", "sunny"), "unknown column 'mood'"),
    ("bad time", _set("measurements", "taken_at", "yesterday"), "Column 'taken_at'"),
    ("bad blob", _set("documents", "content", "plain text"), "Column 'content'"),
    ("week date", _set("documents", "document_date", "2026-W10-1"), "Column 'document_date'"),
    ("huge number", _set("documents", "size_bytes", 2**70), "Column 'size_bytes'"),
    ("not finite", _set("measurements", "value", float("inf")), "Column 'value'"),
    ("missing value", _set("measurements", "kind", None), "Column 'kind'"),
    ("check violation", _set("measurements", "kind", "mood"), "table 'measurements'"),
    ("missing parent", _set("chat_messages", "session_id",
                            "0190a000-0000-7000-8000-0000000000ff"),
     "table 'chat_messages' refers to a chat_sessions row"),
]


@pytest.mark.parametrize(("change", "message"), [b[1:] for b in BAD_FILES],
                         ids=[b[0] for b in BAD_FILES])
def test_bad_files_are_refused_and_nothing_changes(
        record: Any, sample: Sample, empty_store: Store, change: Callable[[dict], Any],
        message: str) -> None:
    ProfilesService(empty_store).create(name="Already Here")
    before, queued = render_export(empty_store), outbox_count(empty_store)
    doc = json.loads(render_export(record.store))
    replaced = change(doc)
    data = replaced if isinstance(replaced, bytes) else json.dumps(doc).encode()
    with pytest.raises(ValidationError, match=re.escape(message)) as err:
        import_json(empty_store, data)
    assert err.value.field == "file"
    assert render_export(empty_store) == before
    assert outbox_count(empty_store) == queued


def test_a_refused_row_is_named_by_table_and_id(
        record: Any, sample: Sample, empty_store: Store) -> None:
    doc = json.loads(render_export(record.store))
    bad = next(r for r in doc["tables"]["measurements"] if r["id"] == sample.reading_id)
    bad["kind"] = "mood"
    with pytest.raises(ValidationError, match=rf"\(id {sample.reading_id}\) of table "
                                              "'measurements', field 'kind'"):
        import_json(empty_store, json.dumps(doc).encode())
    with empty_store.read() as s:
        assert s.scalars(select(AuditEvent)).all() == []
        assert s.scalars(select(Profile)).all() == []


def test_a_missing_file_is_a_clear_error(empty_store: Store, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="cannot be read"):
        import_json(empty_store, tmp_path / "nowhere.json")
