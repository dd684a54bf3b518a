"""File > Import of a CSV HealthDesk does not know: the mapping dialog, its preview and
dry run, and the mapping remembered for the next file of that shape."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from healthdesk.services.record import HealthRecord
from healthdesk.ui.dialogs.transfer import TransferActions
from tests.ui.conftest import settle
from tests.ui.test_transfer import DATA, acts, click, pick_open, result

__all__ = ["acts"]  # fixture
SCALE = DATA / "unknown_scale.csv"


def open_mapping(qtbot: Any, ctx: Any, acts: TransferActions,
                 monkeypatch: pytest.MonkeyPatch, path: Path) -> Any:
    pick_open(monkeypatch, path)
    acts.import_act.trigger()
    qtbot.waitUntil(lambda: acts.mapping_dialog is not None
                    and acts.mapping_dialog.isVisible())
    dialog = acts.mapping_dialog
    settle(qtbot, ctx)
    return dialog


def test_unknown_csv_is_mapped_previewed_dry_run_imported_and_remembered(
        qtbot: Any, ctx: Any, acts: TransferActions, record: HealthRecord, profile_id: str,
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    record.profiles.update(profile_id, timezone="Europe/Berlin")
    dialog = open_mapping(qtbot, ctx, acts, monkeypatch, SCALE)
    assert "Asha Rao's record" in dialog.findChildren(type(dialog.counts))[0].text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("weight"))
    settle(qtbot, ctx)
    lines = [dialog.preview.item(i).text() for i in range(dialog.preview.count())]
    assert lines[0] == "Row 1: 2025-11-20 07:31  81.4 kg"
    assert lines[2] == "Row 3: left out: not a number"

    dialog.unit.setCurrentIndex(dialog.unit.findData("lb"))
    settle(qtbot, ctx)
    assert dialog.preview.item(0).text() == "Row 1: 2025-11-20 07:31  36.9 kg"
    dialog.unit.setCurrentIndex(dialog.unit.findData("kg"))
    settle(qtbot, ctx)

    click(qtbot, dialog.dry_run)
    settle(qtbot, ctx)
    assert dialog.counts.text() == ("Would import 3, 0 already there, 1 left out "
                                    "(1 not a number).")
    assert record.readings.count(profile_id) == 0

    click(qtbot, dialog.import_button)
    told = result(qtbot, ctx, acts)
    assert "Added 3 readings to Asha Rao's record" in told
    assert [r.values["weight"] for r in record.readings.for_profile(
        profile_id, "weight", newest_first=False)] == [81.4, 81.1, 80.9]

    again = tmp_path / "december.csv"
    again.write_text("When;Body kg;Memo\n01.12.2025 07:30;80,2;\n")
    second = open_mapping(qtbot, ctx, acts, monkeypatch, again)
    assert second.kind.currentData() == "weight" and second.unit.currentData() == "kg"
    assert second.preview.item(0).text() == "Row 1: 2025-12-01 07:30  80.2 kg"
    second.reject()


def test_a_mapping_that_reads_nothing_cannot_be_imported(
        qtbot: Any, ctx: Any, acts: TransferActions, record: HealthRecord, profile_id: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_mapping(qtbot, ctx, acts, monkeypatch, SCALE)
    dialog.value.setCurrentIndex(dialog.value.findData(2))  # the memo column
    settle(qtbot, ctx)
    assert not dialog.import_button.isEnabled()
    dialog.reject()
    assert record.readings.count(profile_id) == 0
