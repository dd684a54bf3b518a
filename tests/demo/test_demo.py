"""The demo data set: believable, within every plausibility limit, and repeatable."""

from __future__ import annotations

import datetime as dt
import shutil
import struct
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from healthdesk.demo import DemoSummary, build_demo, pdf_bytes, png_bytes
from healthdesk.domain.measurements import KINDS, normalize
from healthdesk.services.appointments import AppointmentsService
from healthdesk.services.clinical import AllergiesService, ConditionsService
from healthdesk.services.errors import ValidationError
from healthdesk.services.medications import MedicationsService
from healthdesk.services.profiles import ProfilesService
from healthdesk.store.models import (
    AuditEvent,
    Document,
    DoseEvent,
    Measurement,
    Medication,
    OutboxEntry,
    Profile,
)
from healthdesk.store.vault import Store, open_store
from tests.conftest import PASSPHRASE, FakeClock

HALF_YEAR = 0.5


def _open(data_dir: Path, clock: Any) -> Store:
    return open_store(data_dir, passphrase=PASSPHRASE, clock=clock, actor="Test User")


@pytest.fixture
def store(data_dir: Path, clock: FakeClock) -> Iterator[Store]:
    s = _open(data_dir, clock)
    yield s
    s.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, template_store: Path
         ) -> Iterator[tuple[Store, DemoSummary, list[tuple[float, str]]]]:
    """One half-year, five-person demo shared by the read-only tests below."""
    d = tmp_path_factory.mktemp("demo") / "data"
    d.mkdir(mode=0o700)
    for f in ("healthdesk.db", "keys.json"):
        shutil.copy2(template_store / f, d / f)
    s = _open(d, FakeClock())
    calls: list[tuple[float, str]] = []
    summary = build_demo(s, years=HALF_YEAR, progress=lambda f, m: calls.append((f, m)))
    yield s, summary, calls
    s.close()


def _profile(store: Store, name: str) -> Profile:
    with store.read() as s:
        return s.scalars(select(Profile).where(Profile.name == name)).one()


def _rows(store: Store, model: type) -> list[tuple[Any, ...]]:
    cols = [c for c in model.__table__.columns]
    with store.read() as s:
        return [tuple(r) for r in s.execute(select(*cols).order_by(model.id))]


def test_counts_scale_with_people_and_years(demo: Any) -> None:
    store, summary, _ = demo
    counts = summary.counts
    # 10 years of 5 people give 40k-80k readings and 30k-60k dose events: a half year ~5%.
    assert 1_800 <= counts["measurements"] <= 4_000
    assert 1_500 <= counts["dose_events"] <= 3_000
    assert counts["profiles"] == 5
    assert counts["medications"] == 10
    assert counts["documents"] == 5
    assert counts["chat_sessions"] == 1 and counts["chat_messages"] >= 10
    assert counts["symptom_entries"] >= 5
    assert summary.profile_names == ("Kamala Iyer", "Arjun Iyer", "Rahul Menon", "Fatima Khan",
                                     "Li Wei")
    with store.read() as s:
        stored = s.scalar(select(func.count()).select_from(Measurement))
    assert stored == counts["measurements"]
    assert summary.total == sum(counts.values())


def test_two_profiles_are_the_first_two_of_the_cast(store: Store) -> None:
    summary = build_demo(store, profiles=2, years=HALF_YEAR)
    assert summary.profile_names == ("Kamala Iyer", "Arjun Iyer")
    assert summary.counts["profiles"] == 2
    assert 700 <= summary.counts["measurements"] <= 1_400
    assert 1_100 <= summary.counts["dose_events"] <= 2_000
    assert [p.name for p in ProfilesService(store).all()] == ["Arjun Iyer", "Kamala Iyer"]


def test_more_than_five_profiles_adds_distinct_adults(store: Store) -> None:
    summary = build_demo(store, profiles=8, years=0.1)
    assert len(set(summary.profile_names)) == 8
    assert summary.profile_names[:5][-1] == "Li Wei"


def test_same_seed_and_clock_give_identical_rows(tmp_path: Path, template_store: Path) -> None:
    dumps = []
    for name in ("a", "b"):
        d = tmp_path / name
        d.mkdir(mode=0o700)
        for f in ("healthdesk.db", "keys.json"):
            shutil.copy2(template_store / f, d / f)
        s = _open(d, FakeClock())
        build_demo(s, profiles=3, years=0.3, seed=11)
        dumps.append({m.__tablename__: _rows(s, m) for m in (Measurement, DoseEvent, Medication,
                                                             Profile, Document, AuditEvent)})
        s.close()
    first, second = dumps
    assert first["measurements"] and first["dose_events"]
    for table in first:
        assert first[table] == second[table], table


def test_a_different_seed_gives_different_readings(tmp_path: Path, template_store: Path,
                                                   store: Store) -> None:
    build_demo(store, profiles=1, years=0.2, seed=1)
    d = tmp_path / "other"
    d.mkdir(mode=0o700)
    for f in ("healthdesk.db", "keys.json"):
        shutil.copy2(template_store / f, d / f)
    other = _open(d, FakeClock())
    build_demo(other, profiles=1, years=0.2, seed=2)
    values = []
    for s in (store, other):
        with s.read() as session:
            values.append(list(session.execute(select(Measurement.kind, Measurement.value)
                                               .order_by(Measurement.taken_at))))
    other.close()
    assert values[0] != values[1]


def test_every_reading_passes_the_plausibility_limits(demo: Any) -> None:
    store, _, _ = demo
    with store.read() as s:
        rows = list(s.scalars(select(Measurement)))
    kinds = Counter(m.kind for m in rows)
    assert {"blood_pressure", "glucose", "hba1c", "weight", "peak_flow", "sleep", "steps",
            "pulse", "spo2", "height"} <= set(kinds)
    for m in rows:
        spec = KINDS[m.kind]
        values = {c.name: v for c, v in zip(spec.components, (m.value, m.value2, m.value3),
                                             strict=False) if v is not None}
        normalize(m.kind, values, m.unit, m.context)  # raises on anything implausible
        assert m.unit == spec.canonical_unit and m.source == "demo"


def test_kamala_has_six_active_medicines_and_both_allergies(demo: Any) -> None:
    store, _, _ = demo
    kamala = _profile(store, "Kamala Iyer")
    meds = MedicationsService(store).for_profile(kamala.id)
    assert len(meds) == 6 and all(m.active for m in meds)
    names = {m.name: m for m in meds}
    assert names["Metformin"].schedule.times_of_day == ("08:00", "20:00")
    assert names["Vitamin D3 (cholecalciferol)"].schedule.weekdays == (6,)  # Sunday
    assert any(m.needs_refill for m in meds)  # some are near refill
    allergies = {a.substance: a.severity for a in AllergiesService(store).for_profile(kamala.id)}
    assert allergies["Penicillin"] == "severe"
    assert allergies["Sulfa drugs (sulfonamides)"] == "moderate"
    codes = {c.icd10 for c in ConditionsService(store).for_profile(kamala.id)}
    assert codes == {"I10", "E11.9", "E78.5"}
    assert kamala.date_of_birth is not None
    assert (dt.date(2026, 3, 10) - kamala.date_of_birth).days // 365 == 72


def test_doses_follow_local_schedule_times_with_realistic_adherence(demo: Any) -> None:
    store, _, _ = demo
    kamala, li = _profile(store, "Kamala Iyer"), _profile(store, "Li Wei")
    with store.read() as s:
        def events(pid: str) -> list[DoseEvent]:
            return list(s.scalars(select(DoseEvent).where(DoseEvent.profile_id == pid)))
        k_events, li_events = events(kamala.id), events(li.id)
    # Li Wei lives in Singapore: 08:00 and 20:00 there are 00:00 and 12:00 UTC.
    assert {(e.scheduled_for.hour, e.scheduled_for.minute) for e in li_events} == {(0, 0),
                                                                                  (12, 0)}
    actions = Counter(e.action for e in k_events)
    decided = actions["taken"] + actions["skipped"] + actions["missed"]
    assert 0.82 <= actions["taken"] / decided <= 0.94
    assert actions["snoozed"] > 0 and actions["skipped"] > 0
    assert all(e.note for e in k_events if e.action == "skipped")
    zone = ZoneInfo("Asia/Kolkata")
    missed_days = Counter(e.scheduled_for.astimezone(zone).weekday() >= 5
                          for e in k_events if e.action == "missed")
    # Weekends are 2 days in 7 but hold more than their share of missed doses.
    assert missed_days[True] / sum(missed_days.values()) > 2 / 7


def test_today_looks_alive(demo: Any) -> None:
    store, _, _ = demo
    now = store.clock()
    kamala = _profile(store, "Kamala Iyer")
    with store.read() as s:
        latest = s.scalar(select(func.max(Measurement.taken_at))
                          .where(Measurement.profile_id == kamala.id))
        due = list(s.scalars(select(DoseEvent.scheduled_for)
                             .where(DoseEvent.profile_id == kamala.id)))
    assert now - dt.timedelta(days=1) <= latest <= now
    today = now.astimezone(ZoneInfo("Asia/Kolkata")).date()
    morning = dt.datetime(today.year, today.month, today.day, 8, tzinfo=ZoneInfo("Asia/Kolkata"))
    assert morning in due  # this morning's doses are recorded...
    assert all(d <= now for d in due if d is not None)  # ...tonight's are still to come
    for name in ("Kamala Iyer", "Arjun Iyer", "Li Wei"):
        upcoming = AppointmentsService(store).upcoming(_profile(store, name).id)
        assert upcoming and upcoming[0].start_at <= now + dt.timedelta(days=30)


def test_documents_are_valid_pdf_and_png_files(demo: Any) -> None:
    store, _, _ = demo
    with store.read() as s:
        docs = [(d.mime_type, d.content, d.size_bytes) for d in s.scalars(select(Document))]
    assert {m for m, _, _ in docs} == {"application/pdf", "image/png"}
    for mime, content, size in docs:
        assert len(content) == size
        (_check_pdf if mime == "application/pdf" else _check_png)(content)


def _check_pdf(data: bytes) -> None:
    assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")
    start = int(data[data.rindex(b"startxref") + 9:].split()[0])
    assert data[start:start + 4] == b"xref"
    entries = data[start:].split(b"\n")[3:]
    for number, line in enumerate(entries[:5], 1):
        offset = int(line.split()[0])
        assert data[offset:].startswith(b"%d 0 obj" % number)


def _check_png(data: bytes) -> None:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, chunks = 8, {}
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        tag, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        assert zlib.crc32(tag + body) & 0xFFFFFFFF == crc
        chunks[tag] = body
        pos += 12 + length
    width, height = struct.unpack(">II", chunks[b"IHDR"][:8])
    assert len(zlib.decompress(chunks[b"IDAT"])) == height * (1 + 3 * width)


def test_pdf_escapes_parentheses() -> None:
    data = pdf_bytes(("Title (draft)", "C:\\path"))
    _check_pdf(data)
    assert b"Title \\(draft\\)" in data and b"C:\\\\path" in data
    _check_png(png_bytes("ecg"))


def test_structural_rows_are_audited_and_bulk_rows_reach_the_outbox(demo: Any) -> None:
    store, summary, _ = demo
    with store.read() as s:
        audited = Counter(s.execute(select(AuditEvent.entity, AuditEvent.actor)).all())
        queued = s.scalar(select(func.count()).select_from(OutboxEntry)
                          .where(OutboxEntry.table_name == "measurements"))
    assert audited[("medications", "Demo")] == summary.counts["medications"]
    assert audited[("profiles", "Demo")] == 5
    assert ("measurements", "Demo") not in audited  # bulk rows: no audit noise
    assert queued == summary.counts["measurements"]  # but they will sync


def test_progress_rises_to_one(demo: Any) -> None:
    _, _, calls = demo
    fractions = [f for f, _ in calls]
    assert fractions[-1] == 1.0
    assert fractions == sorted(fractions) and all(0 <= f <= 1 for f in fractions)
    assert any("Kamala Iyer" in m for _, m in calls)


def test_refuses_a_store_that_already_has_profiles(store: Store) -> None:
    ProfilesService(store).create("Asha Rao")
    with pytest.raises(ValidationError) as err:
        build_demo(store, years=HALF_YEAR)
    assert err.value.field == "profiles"
    assert "already has profiles" in str(err.value)
    assert [p.name for p in ProfilesService(store).all()] == ["Asha Rao"]


@pytest.mark.parametrize(("kwargs", "field"), [({"profiles": 0}, "profiles"),
                                               ({"profiles": 51}, "profiles"),
                                               ({"years": 0}, "years"),
                                               ({"years": 31}, "years")])
def test_rejects_counts_and_spans_out_of_range(store: Store, kwargs: dict[str, float],
                                               field: str) -> None:
    with pytest.raises(ValidationError) as err:
        build_demo(store, **kwargs)  # type: ignore[arg-type]
    assert err.value.field == field and "between" in str(err.value)
    assert ProfilesService(store).all() == []


def test_history_ends_on_the_given_day(store: Store) -> None:
    build_demo(store, profiles=1, years=0.2, today=dt.date(2026, 2, 1))
    end = dt.datetime(2026, 2, 1, 9, 0, tzinfo=dt.UTC)  # that day at the clock's time
    with store.read() as s:
        latest = s.scalar(select(func.max(Measurement.taken_at)))
        last_dose = s.scalar(select(func.max(DoseEvent.at)))
    assert end - dt.timedelta(days=1) <= latest <= end
    assert end - dt.timedelta(days=1) <= last_dose <= end


def test_refuses_a_today_after_the_clock(store: Store) -> None:
    with pytest.raises(ValidationError) as err:
        build_demo(store, today=dt.date(2026, 3, 11))
    assert err.value.field == "today"
    assert ProfilesService(store).all() == []
