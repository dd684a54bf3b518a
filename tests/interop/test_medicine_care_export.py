"""Refills, caregivers and caregiver alerts are part of the record: exported in the
canonical JSON and restored by an import, with the derived stock the same afterwards."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from healthdesk.interop.json_export import render_export
from healthdesk.interop.json_import import import_json
from healthdesk.services.medications import ScheduleInput
from healthdesk.services.record import HealthRecord
from healthdesk.store.keys import KdfParams
from tests.conftest import PASSPHRASE

UTC = dt.UTC


def test_medicine_care_round_trips(record: HealthRecord, clock: Any, tmp_path: Path) -> None:
    clock.t = dt.datetime(2026, 3, 10, 6, tzinfo=UTC)
    mother = record.profiles.create(name="Lakshmi Rao").id
    meera = record.profiles.create(name="Meera Rao").id
    record.caregivers.add(mother, caregiver_profile_id=meera, contact="+91 98450 00000")
    med = record.medications.add(mother, "Levetiracetam", stock_count=60,
                                 caregiver_alert_minutes=30, caregiver_escalation_minutes=20,
                                 reminder_urgent=True,
                                 schedule=ScheduleInput(times_of_day=["08:00"]))
    clock.t = dt.datetime(2026, 3, 10, 7, tzinfo=UTC)
    record.stock.refill(med.id, 30, note="pharmacy")
    clock.t = dt.datetime(2026, 3, 10, 9, tzinfo=UTC)
    [alert] = record.alerts.scan()
    data = render_export(record.store)
    tables = json.loads(data)["tables"]
    assert [(r["quantity"], r["note"]) for r in tables["refills"]] == [(30.0, "pharmacy")]
    assert [(r["name"], r["position"]) for r in tables["caregivers"]] == [("Meera Rao", 1)]
    assert [(r["id"], r["level"]) for r in tables["caregiver_alerts"]] == [(alert.id, 0)]
    [m] = tables["medications"]
    assert (m["caregiver_escalation_minutes"], m["reminder_urgent"]) == (20, True)
    assert m["stock_counted_at"] == "2026-03-10T06:00:00.000000Z"

    other, _ = HealthRecord.create(tmp_path / "other", PASSPHRASE,
                                   kdf=KdfParams.FAST_FOR_TESTS, clock=clock)
    with other:
        import_json(other.store, data)
        assert other.stock.on_hand(med.id) == 90
        assert [c.name for c in other.caregivers.for_profile(mother)] == ["Meera Rao"]
        assert [a.id for a in other.alerts.about(mother)] == [alert.id]
        assert render_export(other.store) == data
