"""The Vaccinations tab of the Records page on a real encrypted store."""

from __future__ import annotations

import pytest

from healthdesk.ui.qt import QMessageBox, Qt

from .conftest import settle


@pytest.fixture
def page(qtbot, ctx):  # type: ignore[no-untyped-def]
    from healthdesk.ui.pages.records import RecordsPage

    p = RecordsPage(ctx)
    qtbot.addWidget(p)
    p.resize(1100, 740)
    p.show()
    settle(qtbot, ctx)
    p.show_section("immunizations")
    return p


def cell(section, row: int, col: int) -> str:  # type: ignore[no-untyped-def]
    return str(section.model.data(section.model.index(row, col)))


def test_added_dose_is_listed_and_saved_with_its_fields(qtbot, ctx, page, record,
                                                        profile_id):  # type: ignore[no-untyped-def]
    section = page.immunizations
    assert page.tabs.tabText(page.tabs.currentIndex()) == "&Vaccinations"
    section.add_action()
    dlg = section.dialog
    qtbot.keyClicks(dlg.inputs["vaccine"], "Tdap")
    dlg.inputs["dose_number"].setValue(2)
    qtbot.keyClicks(dlg.inputs["lot"], "AC52B030AA")
    qtbot.keyClicks(dlg.inputs["cvx"], "115")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert not dlg.isVisible()
    [saved] = record.immunizations.for_profile(profile_id)
    assert (saved.vaccine, saved.dose_number, saved.lot, saved.cvx, saved.given_on) == (
        "Tdap", 2, "AC52B030AA", "115", record.now().astimezone().date())
    assert section.model.rowCount() == 1
    assert (cell(section, 0, 0), cell(section, 0, 2)) == ("Tdap", "Dose 2")


def test_a_bad_code_is_shown_under_its_input_and_nothing_is_saved(
        qtbot, ctx, page, record, profile_id):  # type: ignore[no-untyped-def]
    section = page.immunizations
    section.add_action()
    dlg = section.dialog
    qtbot.keyClicks(dlg.inputs["vaccine"], "Flu")
    qtbot.keyClicks(dlg.inputs["cvx"], "flu")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert dlg.isVisible()
    assert "CVX code must be digits" in dlg.errors["cvx"].text()
    assert record.immunizations.for_profile(profile_id) == []


def test_due_booster_is_marked_and_a_dose_can_be_deleted(qtbot, ctx, page, record,
                                                         profile_id):  # type: ignore[no-untyped-def]
    record.immunizations.add(profile_id, "Tdap", "2015-06-01", next_due_on="2025-06-01")
    record.immunizations.add(profile_id, "Influenza", "2026-01-10", next_due_on="2027-01-10")
    page.refresh()
    settle(qtbot, ctx)
    section = page.immunizations
    rows = {cell(section, r, 0): cell(section, r, 3) for r in range(section.model.rowCount())}
    assert rows["Tdap"].endswith("(due)")
    assert not rows["Influenza"].endswith("(due)")
    section.table.selectRow(0)
    section.delete_action()
    section.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    settle(qtbot, ctx)
    assert [v.vaccine for v in record.immunizations.for_profile(profile_id)] == ["Tdap"]
