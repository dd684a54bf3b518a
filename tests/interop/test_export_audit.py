"""Exports that leave the device leave an "export" row in the person's audit trail;
the canonical JSON stays byte-stable and so leaves none."""

from __future__ import annotations

from pathlib import Path

from healthdesk.interop.transfer import Transfer

from .report_fixtures import fill_person


def _exports(record, pid: str) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    return [e.fields for e in record.audit.events(pid, action="export")]


def test_each_export_is_audited_once_per_person(record, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pid = fill_person(record)
    other = record.profiles.create("Meena Iyer").id
    transfer = Transfer(record)
    transfer.emergency_card(pid)
    transfer.visit_summary(pid)
    transfer.export_csv(pid, tmp_path / "readings.csv")
    assert sorted(_exports(record, pid)) == [("csv",), ("emergency_card",),
                                             ("visit_summary",)]
    assert _exports(record, other) == []

    transfer.export_fhir(tmp_path / "all.json")  # everyone in the store
    assert ("fhir",) in _exports(record, pid)
    assert _exports(record, other) == [("fhir",)]
    event = record.audit.events(other, action="export")[0]
    assert event.actor and event.device_id


def test_canonical_json_export_writes_no_audit_row(record, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pid = fill_person(record)
    transfer = Transfer(record)
    first = transfer.export_json(tmp_path / "a.json")
    second = transfer.export_json(tmp_path / "b.json")
    assert first == second
    assert _exports(record, pid) == []
