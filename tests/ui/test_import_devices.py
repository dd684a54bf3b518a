"""File > Import with a sensor's or phone's export: off the GUI thread, into the person
chosen, with the report of what was left out and why."""

from __future__ import annotations

from typing import Any

import pytest

from healthdesk.interop import import_run
from healthdesk.services.record import HealthRecord
from healthdesk.ui.dialogs.transfer import TransferActions
from tests.ui.test_transfer import DATA, GUI, acts, areas, on_worker, run_import

__all__ = ["acts", "areas"]  # fixtures


def test_librelink_export_is_imported_with_its_report(
        qtbot: Any, ctx: Any, acts: TransferActions, record: HealthRecord, profile_id: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    record.profiles.update(profile_id, timezone="Europe/Berlin")
    threads = on_worker(monkeypatch, import_run, "import_source")
    asked, told = run_import(qtbot, ctx, acts, monkeypatch, DATA / "librelink_mmol.csv")
    assert "into Asha Rao's record" in asked
    assert record.readings.count(profile_id, "glucose") == 14
    assert "Added 14 readings from FreeStyle LibreLink / LibreView CSV" in told
    assert "insulin: 1 (insulin doses are not readings" in told
    assert threads and all(t != GUI for t in threads)
    _, again = run_import(qtbot, ctx, acts, monkeypatch, DATA / "librelink_mmol.csv")
    assert "Added 0 readings" in again and "14 readings already there" in again


def test_a_meters_export_shows_what_was_left_out(
        qtbot: Any, ctx: Any, acts: TransferActions, record: HealthRecord, profile_id: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    record.profiles.update(profile_id, timezone="Europe/Berlin")
    on_worker(monkeypatch, import_run, "import_source")
    _, told = run_import(qtbot, ctx, acts, monkeypatch,
                         DATA / "meters" / "accuchek_connect_mmol.csv")
    assert record.readings.count(profile_id, "glucose") == 7
    assert "Added 7 readings from Accu-Chek CSV export" in told
    assert "'HI': above the meter's range" in told and "control-solution test" in told
