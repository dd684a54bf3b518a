"""Ctrl+K search: type, see results (matches in bold, whose record), open one."""

from __future__ import annotations

from typing import Any

import pytest

from healthdesk.ui.dialogs.search import (
    EMPTY_TEXT,
    PARTS_ROLE,
    SearchDialog,
    marked_to_html,
    plain_snippet,
)
from healthdesk.ui.qt import QDialog, Qt
from tests.ui.conftest import settle


@pytest.fixture
def data(record, profile_id: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    reading = record.readings.record(profile_id, "glucose", {"value": 7.1}, unit="mmol/L",
                                     note="felt dizzy after the zucchini lunch")
    med = record.medications.add(profile_id, "Metformin", strength="500 mg",
                                 instructions="with food")
    ravi = record.profiles.create(name="Ravi Rao")
    other = record.medications.add(ravi.id, "Amlodipine", strength="5 mg")
    return {"reading": reading.id, "med": med.id, "ravi": ravi.id, "other": other.id}


@pytest.fixture
def opened() -> list[tuple[str, str, str]]:
    return []


@pytest.fixture
def dialog(qtbot, ctx, opened):  # type: ignore[no-untyped-def]
    d = SearchDialog(ctx, None, on_open=lambda *a: opened.append(a))
    qtbot.addWidget(d)
    d.show()
    settle(qtbot, ctx)
    return d


def type_and_wait(qtbot, ctx, d: SearchDialog, text: str) -> None:  # type: ignore[no-untyped-def]
    d.field.clear()
    qtbot.keyClicks(d.field, text)
    qtbot.waitUntil(lambda: not d.timer.isActive() and ctx.tasks.pending == 0, timeout=5_000)


def parts(d: SearchDialog, row: int) -> tuple[str, str, str, str]:
    return d.results.item(row).data(PARTS_ROLE)


def test_marks_become_bold_and_text_is_escaped() -> None:
    assert marked_to_html("took [metformin] <b>at</b> 8") == (
        "took <b>metformin</b> &lt;b&gt;at&lt;/b&gt; 8")
    assert plain_snippet("a [b] c [d]") == "a b c d"


def test_empty_state(dialog: SearchDialog) -> None:
    assert dialog.status.text() == EMPTY_TEXT
    assert dialog.results.count() == 0
    assert dialog.field.hasFocus() or dialog.focusWidget() is dialog.field


def test_finds_a_reading_note_and_opens_it_with_enter(qtbot, ctx, dialog, data, opened,  # type: ignore[no-untyped-def]
                                                       profile_id) -> None:
    type_and_wait(qtbot, ctx, dialog, "dizzy")
    assert dialog.results.count() == 1
    label, _title, person, snippet = parts(dialog, 0)
    assert label == "Reading" and person == ""  # the current person's: no name shown
    assert "[dizzy]" in snippet
    assert "1 result" in dialog.status.text()
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert opened == [("measurements", data["reading"], profile_id)]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_finds_a_medicine_by_prefix_and_opens_on_double_click(qtbot, ctx, dialog, data,  # type: ignore[no-untyped-def]
                                                              opened, profile_id) -> None:
    type_and_wait(qtbot, ctx, dialog, "metf")
    hits = dialog.hits
    assert [(h.entity, h.row_id) for h in hits] == [("medications", data["med"])]
    assert parts(dialog, 0)[:2] == ("Medicine", "Metformin")
    dialog.results.itemDoubleClicked.emit(dialog.results.item(0))
    assert opened == [("medications", data["med"], profile_id)]


def test_up_down_move_and_other_person_is_named(qtbot, ctx, dialog, data, opened) -> None:  # type: ignore[no-untyped-def]
    # "mg" matches both medicines' strengths: Metformin (Asha) and Amlodipine (Ravi).
    type_and_wait(qtbot, ctx, dialog, "mg")
    assert dialog.results.count() == 2
    names = {parts(dialog, i)[1]: parts(dialog, i)[2] for i in range(2)}
    assert names == {"Metformin": "", "Amlodipine": "Ravi Rao"}
    assert dialog.results.currentRow() == 0
    qtbot.keyClick(dialog.field, Qt.Key.Key_Down)
    assert dialog.results.currentRow() == 1
    qtbot.keyClick(dialog.field, Qt.Key.Key_Down)  # stays on the last
    assert dialog.results.currentRow() == 1
    qtbot.keyClick(dialog.field, Qt.Key.Key_Up)
    assert dialog.results.currentRow() == 0
    row = next(i for i in range(2) if parts(dialog, i)[1] == "Amlodipine")
    dialog.results.setCurrentRow(row)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Enter)
    assert opened == [("medications", data["other"], data["ravi"])]


def test_only_current_person(qtbot, ctx, dialog, data) -> None:  # type: ignore[no-untyped-def]
    assert dialog.only_check.text() == "Only Asha Rao"
    assert not dialog.only_check.isChecked()
    type_and_wait(qtbot, ctx, dialog, "amlo")
    assert dialog.results.count() == 1
    dialog.only_check.setChecked(True)
    qtbot.waitUntil(lambda: not dialog.timer.isActive() and ctx.tasks.pending == 0)
    assert dialog.results.count() == 0
    assert "Nothing found" in dialog.status.text()


def test_stale_results_are_dropped(qtbot, ctx, dialog, data) -> None:  # type: ignore[no-untyped-def]
    dialog.field.blockSignals(True)
    dialog.field.setText("dizzy")
    dialog.field.blockSignals(False)
    dialog.search_now()  # queued for "dizzy"...
    dialog.field.setText("metformin")  # ...but the text changes before it answers
    settle(qtbot, ctx)
    assert all(h.entity != "measurements" for h in dialog.hits)
    qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=5_000)
    assert dialog.hits[0].title == "Metformin"


def test_enter_before_results_arrive_opens_the_best(qtbot, ctx, dialog, data, opened,  # type: ignore[no-untyped-def]
                                                    profile_id) -> None:
    qtbot.keyClicks(dialog.field, "metformin")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)  # before the debounce timer fired
    qtbot.waitUntil(lambda: bool(opened), timeout=5_000)
    assert opened == [("medications", data["med"], profile_id)]


def test_clearing_the_text_shows_the_empty_state(qtbot, ctx, dialog, data) -> None:  # type: ignore[no-untyped-def]
    type_and_wait(qtbot, ctx, dialog, "metformin")
    assert dialog.results.count() == 1
    dialog.field.clear()
    assert dialog.results.count() == 0 and dialog.status.text() == EMPTY_TEXT


def test_delegate_paints_rows(qtbot, ctx, dialog, data) -> None:  # type: ignore[no-untyped-def]
    type_and_wait(qtbot, ctx, dialog, "mg")
    hint = dialog.results.sizeHintForRow(0)
    assert hint > dialog.fontMetrics().height()  # two lines: what, then the snippet
    image: Any = dialog.grab()
    assert not image.isNull()
