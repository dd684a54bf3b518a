"""The Readings page on a real encrypted store: entry, table, chart, edit, delete, undo."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from healthdesk.ui.pages.readings import ReadingsPage
from healthdesk.ui.qt import QApplication, Qt
from tests.ui.conftest import announce, settle

NOW = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)  # the FakeClock's start


@pytest.fixture
def page(qtbot, ctx):  # type: ignore[no-untyped-def]
    p = ReadingsPage(ctx)
    qtbot.addWidget(p)
    p.resize(1000, 740)
    p.show()
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: p.chart.canvas is not None and p.chart.data is not None,
                    timeout=20_000)
    settle(qtbot, ctx)
    yield p
    settle(qtbot, ctx)


def type_bp(qtbot, page: ReadingsPage, systolic: str, diastolic: str,  # type: ignore[no-untyped-def]
            pulse: str = "") -> None:
    form = page.entry.form
    qtbot.keyClicks(form.inputs["systolic"], systolic)
    qtbot.keyClicks(form.inputs["diastolic"], diastolic)
    if pulse:
        qtbot.keyClicks(form.inputs["pulse"], pulse)


def add(record, profile_id, kind, values, days_ago=0.0, **kw):  # type: ignore[no-untyped-def]
    return record.readings.record(profile_id, kind, values,
                                  taken_at=NOW - dt.timedelta(days=days_ago), **kw)


def test_kinds_are_offered_blood_pressure_first(page: ReadingsPage) -> None:
    box = page.entry.form.kind_box
    keys = [box.itemData(i) for i in range(box.count())]
    assert keys[:6] == ["blood_pressure", "glucose", "weight", "pulse", "temperature", "spo2"]
    assert "steps" in keys and "hba1c" in keys
    assert box.itemText(0) == "Blood pressure"
    assert {"systolic", "diastolic", "pulse"} <= set(page.entry.form.inputs)


def test_tab_order_follows_the_form_for_each_kind(qtbot, page: ReadingsPage) -> None:  # type: ignore[no-untyped-def]
    form = page.entry.form

    def order() -> list[str]:
        page.activateWindow()
        form.kind_box.setFocus()
        qtbot.waitUntil(form.kind_box.hasFocus)
        names = []
        for _ in range(6):
            names.append(QApplication.focusWidget().accessibleName())
            form.focusNextChild()
        return names

    assert order() == ["What", "Systolic", "Diastolic", "Pulse", "When", "Note"]
    form.kind_box.setCurrentIndex(form.kind_box.findData("glucose"))
    qtbot.waitUntil(form.inputs["glucose"].isVisible)  # new inputs show on the next loop
    assert order()[:5] == ["What", "Glucose", "Timing", "When", "Note"]


def test_enter_saves_a_blood_pressure_reading_into_table_and_chart(
        qtbot, ctx, record, profile_id, page: ReadingsPage) -> None:  # type: ignore[no-untyped-def]
    type_bp(qtbot, page, "128", "82", "71")
    qtbot.keyClick(page.entry.form.inputs["pulse"], Qt.Key.Key_Return)
    settle(qtbot, ctx)

    assert record.readings.count(profile_id) == 1
    stored = record.readings.for_profile(profile_id)[0]
    assert stored.values == {"systolic": 128, "diastolic": 82, "pulse": 71}
    assert page.model.rowCount() == 1
    assert page.model.text(0, 1) == "128/82 mmHg, pulse 71"
    assert page.model.text(0, 2) == stored.classification.label
    result = page.entry.result.text()
    assert "128/82 mmHg" in result and stored.classification.label in result
    assert page.entry.form.inputs["systolic"].text() == ""  # cleared, kind kept
    assert page.entry.form.kind == "blood_pressure"
    _x, systolic = page.chart.current_points("systolic")
    _x, diastolic = page.chart.current_points("diastolic")
    assert list(systolic) == [128] and list(diastolic) == [82]
    assert "1 readings" in page.chart.summary.text() or "1 reading" in page.chart.summary.text()


def test_implausible_systolic_is_explained_next_to_the_field_and_not_saved(
        qtbot, ctx, record, profile_id, page: ReadingsPage) -> None:  # type: ignore[no-untyped-def]
    type_bp(qtbot, page, "400", "82")
    qtbot.mouseClick(page.entry.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)

    error = page.entry.form.errors["systolic"]
    assert not error.isHidden()
    assert "Systolic" in error.text() and "between 50 and 300 mmHg" in error.text()
    assert page.entry.form.inputs["systolic"].accessibleDescription() == error.text()
    assert page.entry.form.errors["diastolic"].isHidden()
    assert record.readings.count(profile_id) == 0
    assert page.model.rowCount() == 0
    assert page.entry.form.inputs["systolic"].text() == "400"  # nothing the user typed is lost

    page.entry.form.inputs["systolic"].setText("140")
    qtbot.mouseClick(page.entry.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert error.isHidden()
    assert record.readings.count(profile_id) == 1


def test_glucose_in_mg_dl_is_converted_and_shown_back_in_mg_dl(
        qtbot, ctx, record, profile_id) -> None:  # type: ignore[no-untyped-def]
    record.preferences.set("glucose_unit", "mg/dL")
    page = ReadingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, ctx)
    form = page.entry.form
    form.kind_box.setCurrentIndex(form.kind_box.findData("glucose"))
    assert form.unit == "mg/dL"
    form.context_box.setCurrentIndex(form.context_box.findData("fasting"))
    qtbot.keyClicks(form.inputs["glucose"], "126")
    qtbot.keyClick(form.inputs["glucose"], Qt.Key.Key_Return)
    settle(qtbot, ctx)

    stored = record.readings.for_profile(profile_id)[0]
    assert stored.unit == "mmol/L" and stored.values["glucose"] == pytest.approx(6.994, abs=1e-3)
    assert stored.context == "fasting"
    assert page.model.text(0, 1) == "126 mg/dL"
    assert page.model.text(0, 3) == "Fasting"
    assert page.entry.result.text() == "Saved: 126 mg/dL — Diabetes range"
    qtbot.waitUntil(lambda: page.chart.data is not None and page.chart.data.kind == "glucose")
    settle(qtbot, ctx)
    _x, y = page.chart.current_points("glucose")
    assert list(y) == [pytest.approx(126, abs=0.05)]
    assert page.chart.data.unit == "mg/dL"  # type: ignore[union-attr]


def test_delete_then_undo_with_button_and_ctrl_z(
        qtbot, ctx, record, profile_id, page: ReadingsPage) -> None:  # type: ignore[no-untyped-def]
    add(record, profile_id, "blood_pressure", {"systolic": 118, "diastolic": 76}, days_ago=1)
    newest = add(record, profile_id, "blood_pressure", {"systolic": 131, "diastolic": 84})
    announce(ctx, "measurements")
    settle(qtbot, ctx)
    assert page.model.rowCount() == 2
    page.table.selectRow(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert page.model.rowCount() == 1 and record.readings.count(profile_id) == 1
    assert not page.undo_bar.isHidden()
    assert "131/84 mmHg" in page.undo_label.text()

    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert record.readings.count(profile_id) == 2 and page.model.rowCount() == 2
    assert page.undo_bar.isHidden()
    assert page.selected_reading().id == newest.id  # type: ignore[union-attr]

    page.activateWindow()
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    settle(qtbot, ctx)
    assert record.readings.count(profile_id) == 1
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ctx)
    assert record.readings.count(profile_id) == 2
    assert record.readings.get(newest.id).values["systolic"] == 131


def test_edit_dialog_is_prefilled_and_saves_through_the_service(
        qtbot, ctx, record, profile_id, page: ReadingsPage) -> None:  # type: ignore[no-untyped-def]
    view = add(record, profile_id, "blood_pressure", {"systolic": 150, "diastolic": 95},
               note="after stairs")
    announce(ctx, "measurements")
    settle(qtbot, ctx)
    page.table.selectRow(0)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.edit_dialog
    assert dialog is not None and dialog.isVisible()
    form = dialog.form
    assert form.inputs["systolic"].text() == "150" and form.note.text() == "after stairs"

    form.inputs["diastolic"].setText("160")  # above the systolic: refused, dialog stays
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert dialog.isVisible() and "lower than systolic" in form.errors["diastolic"].text()
    assert record.readings.get(view.id).values["diastolic"] == 95

    form.inputs["diastolic"].setText("85")
    form.inputs["systolic"].setText("135")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert not dialog.isVisible()
    assert record.readings.get(view.id).values == {"systolic": 135, "diastolic": 85}
    assert page.model.text(0, 1) == "135/85 mmHg"


def test_filter_by_kind_limits_the_table_and_switches_the_chart(
        qtbot, ctx, record, profile_id, page: ReadingsPage) -> None:  # type: ignore[no-untyped-def]
    add(record, profile_id, "blood_pressure", {"systolic": 120, "diastolic": 70})
    add(record, profile_id, "weight", {"weight": 71.5}, days_ago=2)
    announce(ctx, "measurements")
    settle(qtbot, ctx)
    assert page.model.rowCount() == 2
    page.filter_box.setCurrentIndex(page.filter_box.findData("weight"))
    settle(qtbot, ctx)
    assert page.model.rowCount() == 1 and page.model.text(0, 1) == "71.5 kg"
    assert page.chart.kind == "weight"
    assert list(page.chart.current_points("weight")[1]) == [71.5]
    assert "weight" in page.count_label.text()


def test_range_buttons_change_the_plotted_x_range(
        qtbot, ctx, record, profile_id, page: ReadingsPage) -> None:  # type: ignore[no-untyped-def]
    for days in (1, 60, 300, 1000):
        add(record, profile_id, "blood_pressure", {"systolic": 120 + days % 7, "diastolic": 75},
            days_ago=days)
    announce(ctx, "measurements")
    settle(qtbot, ctx)
    assert page.chart.range_key == "3m"
    spans = {}
    for key, expected in (("2w", 1), ("3m", 2), ("1y", 3), ("all", 4)):
        qtbot.mouseClick(page.chart.range_buttons[key], Qt.MouseButton.LeftButton)
        settle(qtbot, ctx)
        assert page.chart.range_key == key
        assert len(page.chart.current_points("systolic")[0]) == expected
        left, right = page.chart.x_range()  # type: ignore[misc]
        spans[key] = right - left
    for key, days in (("2w", 14), ("3m", 91), ("1y", 365)):
        assert days <= spans[key] <= days * 1.05  # the range plus a small margin
    assert spans["all"] > 1000


def test_hover_shows_value_time_and_category(
        qtbot, ctx, record, profile_id, page: ReadingsPage) -> None:  # type: ignore[no-untyped-def]
    from matplotlib.backend_bases import MouseEvent

    add(record, profile_id, "blood_pressure", {"systolic": 126, "diastolic": 78}, days_ago=3)
    announce(ctx, "measurements")
    settle(qtbot, ctx)
    chart = page.chart
    chart.canvas.draw()
    x, y = chart.current_points("systolic")
    px, py = chart._ax.transData.transform((x[0], y[0]))
    chart.canvas.callbacks.process("motion_notify_event",
                                   MouseEvent("motion_notify_event", chart.canvas, px, py))
    assert chart._note.get_visible()
    text = chart._note.get_text()
    assert "126 mmHg" in text and "Elevated" in text and "Mar 2026" in text


def test_save_as_png_writes_the_chart(qtbot, ctx, record, profile_id, page: ReadingsPage,
                                      tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    add(record, profile_id, "blood_pressure", {"systolic": 126, "diastolic": 78})
    announce(ctx, "measurements")
    settle(qtbot, ctx)
    target = tmp_path / "bp"
    monkeypatch.setattr("healthdesk.ui.charts.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(target), "PNG image (*.png)"))
    qtbot.mouseClick(page.chart.save_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "bp.png"
    assert written.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_search_result_opens_the_reading(qtbot, ctx, record, profile_id,
                                         page: ReadingsPage) -> None:  # type: ignore[no-untyped-def]
    for days in range(300):
        add(record, profile_id, "pulse", {"pulse": 60 + days % 20}, days_ago=days / 2)
    wanted = add(record, profile_id, "pulse", {"pulse": 99}, days_ago=140.1)
    announce(ctx, "measurements")
    settle(qtbot, ctx)
    page.show_item("measurements", wanted.id)
    settle(qtbot, ctx)
    assert page.filter_box.currentData() == "pulse"
    assert page.selected_reading().id == wanted.id  # type: ignore[union-attr]


def test_switching_profile_reloads(qtbot, ctx, record, profile_id,
                                   page: ReadingsPage) -> None:  # type: ignore[no-untyped-def]
    add(record, profile_id, "weight", {"weight": 70})
    other = record.profiles.create(name="Ravi Rao").id
    announce(ctx, "measurements")
    settle(qtbot, ctx)
    assert page.model.rowCount() == 1
    ctx.set_profile(other)
    settle(qtbot, ctx)
    assert page.model.rowCount() == 0
    assert "No readings yet" in page.count_label.text()


LAZY_SCRIPT = textwrap.dedent("""
    import sys, tempfile, time
    from pathlib import Path
    from healthdesk.ui.qt import QApplication
    app = QApplication([])
    import healthdesk.ui.charts, healthdesk.ui.chart_data  # noqa
    from healthdesk.ui.pages.readings import ReadingsPage
    assert "matplotlib" not in sys.modules, "imported with the page module"
    from healthdesk.services.record import HealthRecord
    from healthdesk.ui.context import UiContext
    from healthdesk.ui.ops import TaskManager
    record, _ = HealthRecord.create(Path(tempfile.mkdtemp()) / "d", "lazy passphrase")
    ctx = UiContext(record, TaskManager())
    ctx.set_profile(record.profiles.create(name="Lazy").id)
    page = ReadingsPage(ctx)
    for _ in range(50):
        app.processEvents()
    ctx.tasks.wait_idle()
    assert "matplotlib" not in sys.modules, "imported before the chart was shown"
    page.show()
    deadline = time.time() + 60
    while page.chart.canvas is None and time.time() < deadline:
        app.processEvents()
        time.sleep(0.01)
    assert page.chart.canvas is not None and "matplotlib" in sys.modules
    ctx.tasks.wait_idle()
    record.close()
    print("LAZY-OK")
""")


def test_matplotlib_is_imported_only_when_the_chart_is_shown(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HEALTHDESK_KDF="fast")
    done = subprocess.run([sys.executable, "-c", LAZY_SCRIPT], capture_output=True, text=True,
                          env=env, timeout=120, cwd=Path(__file__).resolve().parents[2])
    assert "LAZY-OK" in done.stdout, done.stderr[-2000:]
