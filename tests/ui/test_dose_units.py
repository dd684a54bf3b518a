"""The medicine editor's dose units read in the window's language; the store keeps the
unit's key, and a unit typed that is not listed is kept as typed."""

from __future__ import annotations

import os

import pytest

from healthdesk.domain import i18n as core_i18n
from healthdesk.ui import i18n
from healthdesk.ui.dialogs.medication_editor import MedicationEditor
from healthdesk.ui.pages.medications import MedicationsPage
from healthdesk.ui.qt import QLocale, Qt, QTime
from tests.ui.conftest import settle


@pytest.fixture
def hindi(qapp, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("HEALTHDESK_LANG", "hi")
    before = QLocale()
    assert i18n.set_ui_language(qapp, "hi")
    yield
    QLocale.setDefault(before)
    i18n.set_ui_language(qapp, "en")
    i18n.install_translation(qapp, None)
    core_i18n.set_language(None)
    os.environ["HEALTHDESK_LANG"] = "en"


def _editor(qtbot, ctx, med=None):  # type: ignore[no-untyped-def]
    page = MedicationsPage(ctx)
    qtbot.addWidget(page)
    editor = MedicationEditor(ctx, med, page)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_units_show_in_hindi_and_save_as_keys(qtbot, qapp, ctx, record, profile_id,  # type: ignore[no-untyped-def]
                                              hindi) -> None:
    editor = _editor(qtbot, ctx)
    shown = [editor.unit_combo.itemText(i) for i in range(editor.unit_combo.count())]
    assert "गोली" in shown and "tablet" not in shown
    editor.name_edit.setText("Metformin")
    editor.dose_edit.setText("2")
    editor.unit_combo.setCurrentIndex(editor.unit_combo.findData("capsule"))
    editor.schedule.time_rows[0].edit.setTime(QTime(8, 0))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    (med,) = record.medications.for_profile(profile_id)
    assert med.dose_unit == "capsule"

    again = _editor(qtbot, ctx, med)
    assert again.unit_combo.currentText() == "कैप्सूल"


def test_a_typed_unit_is_kept_as_typed(qtbot, ctx, record, profile_id) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot, ctx)
    editor.name_edit.setText("Vitamin D")
    editor.unit_combo.setCurrentText("scoop")
    editor.schedule.time_rows[0].edit.setTime(QTime(9, 0))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    (med,) = record.medications.for_profile(profile_id)
    assert med.dose_unit == "scoop"
    assert _editor(qtbot, ctx, med).unit_combo.currentText() == "scoop"
