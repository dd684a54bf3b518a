"""Several devices edit, delete and add offline, then sync in every order: every
device ends with the same record (byte-identical canonical export), and every value that
lost to a concurrent edit is in every device's conflict inbox."""

from __future__ import annotations

import datetime as dt
import itertools
import json

import pytest

from tests.sync.conftest import Device, assert_converged, settle

T0 = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)


def _shared(devices: list[Device]) -> dict[str, str]:
    """A profile with three documents and a medicine, synced to every device."""
    a = devices[0].record
    pid = a.profiles.create(name="Asha Rao").id
    ids = {"pid": pid}
    for n in (1, 2, 3):
        ids[f"d{n}"] = a.documents.import_bytes(pid, f"report {n}".encode(), f"lab{n}.txt",
                                                title=f"Lab report {n}").id
    ids["med"] = a.medications.add(pid, "Metformin", strength="500 mg").id
    settle(*devices, rounds=1)
    return ids


def _offline_edits(devices: list[Device], ids: dict[str, str]) -> None:
    a, b = devices[0].record, devices[1].record
    c = devices[-1].record  # with two devices, b plays c's part too
    a.documents.update(ids["d1"], title="Lab report 1 (fasting)")  # different fields of
    b.documents.update(ids["d1"], category="lab_report")           # one row: both stay
    c.documents.delete(ids["d2"])                                  # delete vs edit
    a.documents.update(ids["d2"], title="Lab report 2 (kept?)")
    a.documents.update(ids["d3"], title="Report 3 from A")         # same field twice
    c.documents.update(ids["d3"], title="Report 3 from C")
    b.documents.import_bytes(ids["pid"], b"new scan", "scan.png", title="New scan")
    for i, rec in enumerate((a, b, c)):
        rec.doses.record(ids["med"], "taken", at=T0 + dt.timedelta(hours=i))


def _tables(device: Device) -> dict[str, list[dict]]:
    return json.loads(device.export())["tables"]


def _check_outcome(devices: list[Device], ids: dict[str, str], writers: int) -> None:
    assert_converged(*devices)
    t = _tables(devices[0])
    docs = {d["id"]: d for d in t["documents"]}
    assert docs[ids["d1"]]["title"] == "Lab report 1 (fasting)"
    assert docs[ids["d1"]]["category"] == "lab_report"
    assert docs[ids["d2"]]["deleted"] is True  # the delete stands for documents
    assert docs[ids["d3"]]["title"] in ("Report 3 from A", "Report 3 from C")
    assert sum(1 for d in docs.values() if d["title"] == "New scan") == 1
    assert len([e for e in t["dose_events"] if e["action"] == "taken"]) == writers
    for d in devices:
        inbox = d.record.conflicts.list_open()
        by_row = {(v.row_id, v.field): v for v in inbox}
        assert set(by_row) == {(ids["d2"], "deleted"), (ids["d3"], "title")}, \
            [v.summary for v in inbox]
        lost = by_row[(ids["d3"], "title")].losing_value
        assert {lost, docs[ids["d3"]]["title"]} == {"Report 3 from A", "Report 3 from C"}
        assert by_row[(ids["d2"], "deleted")].losing_value["title"] == "Lab report 2 (kept?)"
        assert by_row[(ids["d2"], "deleted")].kind == "edit_vs_delete"


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_three_devices_converge_in_every_order(new_device, make_account, order) -> None:  # type: ignore[no-untyped-def]
    acct = make_account()
    devices = [new_device(acct) for _ in range(3)]
    ids = _shared(devices)
    _offline_edits(devices, ids)
    for i in order:
        devices[i].sync()
    settle(*devices)
    _check_outcome(devices, ids, writers=3)


@pytest.mark.parametrize("first", [0, 1])
def test_two_devices_converge_either_way(new_device, make_account, first) -> None:  # type: ignore[no-untyped-def]
    acct = make_account()
    devices = [new_device(acct) for _ in range(2)]
    ids = _shared(devices)
    _offline_edits(devices, ids)
    devices[first].sync()
    devices[1 - first].sync()
    settle(*devices)
    _check_outcome(devices, ids, writers=3)
