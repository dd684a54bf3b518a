"""Retention rules on the real encrypted store: what a rule covers is erased for good
(rows, search index, roll-ups, queued changes, freed pages), nothing else is touched."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.retention import parse_keep, rule_id
from tests.services.test_erase import decrypted_pages

OLD_CHAT = "quince-shaped bruise on the elbow"
NEW_CHAT = "walked to the temple without stopping"
OLD_SYMPTOM = "wobbly knees after the tamarind"


def _sql(record: Any, query: str, *args: Any) -> Any:
    with record.store.read() as s:
        return s.connection().exec_driver_sql(query, args).scalar()


def _history(record: Any, clock: Any, pid: str) -> dict[str, str]:
    """Rows two years old and rows from this week, of every kind a rule may cover."""
    now = clock.t
    clock.t = now - dt.timedelta(days=730)
    chat = record.chat.create_session(pid, "Family notes")
    old_msg = record.chat.post(chat.id, OLD_CHAT)
    record.symptoms.log(pid, "knee pain", 3, note=OLD_SYMPTOM)
    record.readings.record(pid, "weight", {"value": 71.5}, taken_at=clock.t)
    done = record.appointments.add(pid, "Eye check", clock.t + dt.timedelta(hours=2))
    record.appointments.complete(done.id)
    # Planned long ago and never marked: not finished, so a rule leaves it alone.
    planned = record.appointments.add(pid, "Dentist", clock.t + dt.timedelta(hours=3))
    clock.t = now
    new_msg = record.chat.post(chat.id, NEW_CHAT)
    record.readings.record(pid, "weight", {"value": 70.0}, taken_at=now)
    return {"old_msg": old_msg.id, "new_msg": new_msg.id, "done": done.id,
            "planned": planned.id}


def test_rules_start_off_and_refuse_what_is_out_of_range(record: Any, profile_id: str) -> None:
    rules = record.retention.rules(profile_id)
    assert {r.kind for r in rules} >= {"chat_messages", "audit_events", "measurements"}
    assert all(r.keep_months is None for r in rules)
    with pytest.raises(ValidationError) as bad:
        record.retention.set_rule(profile_id, "audit_events", 3)
    assert bad.value.field == "keep_months" and "between 12 and 1200" in str(bad.value)
    with pytest.raises(ValidationError) as bad:
        record.retention.set_rule(profile_id, "dose_events", 24)
    assert bad.value.field == "kind" and "chat_messages" in str(bad.value)
    assert all(r.keep_months is None for r in record.retention.rules(profile_id))


def test_parse_keep_reads_months_years_and_off() -> None:
    assert parse_keep("18m") == 18 and parse_keep("2 years") == 24 and parse_keep("off") is None
    with pytest.raises(ValidationError) as bad:
        parse_keep("soon")
    assert bad.value.field == "keep"


def test_a_rule_is_one_synced_row_per_person_and_kind(record: Any, profile_id: str) -> None:
    record.retention.set_rule(profile_id, "chat_messages", 6)
    record.retention.set_rule(profile_id, "chat_messages", 12)
    rid = rule_id(profile_id, "chat_messages")
    assert _sql(record, "SELECT count(*) FROM retention_rules") == 1
    assert _sql(record, "SELECT keep_months FROM retention_rules WHERE id = ?", rid) == 12
    # A setting of the profile: it travels to the person's other devices and the server.
    assert _sql(record, "SELECT count(*) FROM outbox WHERE table_name = 'retention_rules' "
                "AND row_id = ?", rid) >= 1
    record.retention.set_rule(profile_id, "chat_messages", None)
    assert _sql(record, "SELECT enabled FROM retention_rules WHERE id = ?", rid) == 0
    assert record.retention.rules(profile_id)[0].keep_months is None


def test_apply_erases_only_what_the_rules_cover(record: Any, clock: Any,
                                               profile_id: str) -> None:
    ids = _history(record, clock, profile_id)
    other = record.profiles.create(name="Old Neighbour").id
    clock.t -= dt.timedelta(days=800)
    record.chat.post(record.chat.create_session(other, "Neighbour").id, "old but no rule")
    clock.t += dt.timedelta(days=800)
    for kind in ("chat_messages", "symptom_entries", "finished_appointments"):
        record.retention.set_rule(profile_id, kind, 12)
    record.retention.set_rule(profile_id, "measurements", 12)

    preview = {p.kind: p.count for p in record.retention.preview(profile_id)}
    assert preview == {"chat_messages": 1, "symptom_entries": 1,
                       "finished_appointments": 1, "measurements": 1}
    store = record.store
    store.db.checkpoint()
    assert OLD_CHAT.encode() in decrypted_pages(store.paths.db, store.data_key)

    run = record.retention.apply()
    assert run.total == 4
    assert _sql(record, "SELECT count(*) FROM chat_messages WHERE id = ?", ids["old_msg"]) == 0
    assert _sql(record, "SELECT count(*) FROM chat_messages WHERE id = ?", ids["new_msg"]) == 1
    assert _sql(record, "SELECT count(*) FROM appointments WHERE id = ?", ids["done"]) == 0
    assert _sql(record, "SELECT count(*) FROM appointments WHERE id = ?", ids["planned"]) == 1
    assert _sql(record, "SELECT count(*) FROM chat_messages WHERE profile_id = ?", other) == 1
    assert _sql(record, "SELECT count(*) FROM symptom_entries") == 0
    # Erased, not deleted: no tombstone is queued, and the old rows' queued inserts are gone.
    assert _sql(record, "SELECT count(*) FROM outbox WHERE row_id = ?", ids["old_msg"]) == 0
    assert _sql(record, "SELECT count(*) FROM outbox WHERE table_name = 'symptom_entries'") == 0
    assert not record.search.search("quince", profile_id=profile_id)
    assert record.search.search("temple", profile_id=profile_id)
    days = _sql(record, "SELECT count(*) FROM measurement_days WHERE profile_id = ?",
                profile_id)
    assert days == 1
    weights = record.readings.for_profile(profile_id, "weight")
    assert [r.values for r in weights] == [{"weight": 70.0}]
    pages = decrypted_pages(store.paths.db, store.data_key)
    wal = store.paths.db.with_name(store.paths.db.name + "-wal")
    for secret in (OLD_CHAT, OLD_SYMPTOM):
        assert secret.encode() not in pages
        assert not wal.exists() or secret.encode() not in wal.read_bytes()
    assert NEW_CHAT.encode() in pages or NEW_CHAT.encode() in wal.read_bytes()
    assert record.retention.apply().total == 0


def test_apply_if_due_runs_once_a_day(record: Any, clock: Any, profile_id: str) -> None:
    record.retention.set_rule(profile_id, "chat_messages", 1)
    assert record.retention.apply_if_due() is not None
    assert record.retention.apply_if_due() is None
    clock.advance(hours=25)
    assert record.retention.apply_if_due() is not None


def test_the_rule_survives_reopening(record: Any, data_dir: Path, clock: Any,
                                     profile_id: str) -> None:
    from healthdesk.services.record import HealthRecord
    from tests.conftest import PASSPHRASE

    record.retention.set_rule(profile_id, "audit_events", 24)
    record.close()
    with HealthRecord.open(data_dir, passphrase=PASSPHRASE, clock=clock) as again:
        rules = {r.kind: r.keep_months for r in again.retention.rules(profile_id)}
    assert rules["audit_events"] == 24


def test_in_a_clinic_only_who_may_erase_sets_a_rule(record: Any, profile_id: str) -> None:
    from healthdesk.domain.roles import PermissionDenied

    record.clinic.set_organisation("Sunrise Clinic", "12 MG Road, Pune", "MH-1234")
    record.clinic.add_staff("Dr Meera Iyer", "admin", "1111")
    record.clinic.sign_in("Dr Meera Iyer", "1111")
    record.clinic.add_staff("Dr Arjun Rao", "doctor", "2222")
    record.clinic.sign_in("Dr Arjun Rao", "2222")
    with pytest.raises(PermissionDenied, match="may not erase"):
        record.retention.set_rule(profile_id, "audit_events", 60)
    record.clinic.sign_in("Dr Meera Iyer", "1111")
    assert record.retention.set_rule(profile_id, "audit_events", 60).keep_months == 60
