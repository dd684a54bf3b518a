"""The paging readings table model on its own (no page, no window)."""

from __future__ import annotations

import datetime as dt

import pytest

from healthdesk.domain.ranges import Category
from healthdesk.ui.qt import QColor, Qt, QTableView
from healthdesk.ui.readings_model import (
    CATEGORY_COLOURS,
    PAGE_SIZE,
    ReadingsSource,
    ReadingsTableModel,
    when_text,
)
from tests.ui.conftest import settle

NOW = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)


def add_bp(record, profile_id, n: int) -> None:  # type: ignore[no-untyped-def]
    """``n`` blood pressure readings, one every 6 hours back from now."""
    for i in range(n):
        record.readings.record(profile_id, "blood_pressure",
                               {"systolic": 110 + i % 40, "diastolic": 70 + i % 15},
                               taken_at=NOW - dt.timedelta(hours=6 * i))


@pytest.fixture
def thousand(record, profile_id) -> int:  # type: ignore[no-untyped-def]
    add_bp(record, profile_id, 1000)
    return 1000


def test_first_page_then_fetch_more_until_everything_is_loaded(
        qtbot, ctx, record, profile_id, thousand) -> None:  # type: ignore[no-untyped-def]
    model = ReadingsTableModel(ctx.run)
    model.load(ReadingsSource(record.readings, profile_id, None))
    settle(qtbot, ctx)
    assert model.rowCount() == PAGE_SIZE == 200
    assert model.total == 1000
    assert model.canFetchMore()
    model.fetchMore()
    assert not model.canFetchMore()  # one page at a time while a read is under way
    settle(qtbot, ctx)
    assert model.rowCount() == 400
    while model.canFetchMore():
        model.fetchMore()
        settle(qtbot, ctx)
    assert model.rowCount() == 1000
    times = [model.reading_at(r).taken_at for r in range(1000)]  # type: ignore[union-attr]
    assert times == sorted(times, reverse=True)  # newest first, no gaps or repeats
    assert len({model.reading_at(r).id for r in range(1000)}) == 1000  # type: ignore[union-attr]


def test_a_view_scrolled_to_the_bottom_fetches_the_next_page(
        qtbot, ctx, record, profile_id) -> None:  # type: ignore[no-untyped-def]
    add_bp(record, profile_id, 450)
    model = ReadingsTableModel(ctx.run)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    model.load(ReadingsSource(record.readings, profile_id, "blood_pressure"))
    settle(qtbot, ctx)
    assert model.rowCount() == 200
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > 200, timeout=10_000)
    settle(qtbot, ctx)
    assert model.rowCount() == 400


def test_cells_say_when_what_and_category_with_colour(
        qtbot, ctx, record, profile_id) -> None:  # type: ignore[no-untyped-def]
    record.readings.record(profile_id, "glucose", {"glucose": 7.2}, context="fasting",
                           taken_at=NOW, note="before breakfast")
    model = ReadingsTableModel(ctx.run)
    model.set_units({"glucose": "mg/dL"})
    model.load(ReadingsSource(record.readings, profile_id, None))
    settle(qtbot, ctx)
    assert model.columnCount() == 6
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "When", "Reading", "Category", "Context", "Note", "Source"]
    assert model.text(0, 0) == when_text(NOW)
    assert model.text(0, 1) == "130 mg/dL"
    assert model.text(0, 2) == "Diabetes range"
    assert model.text(0, 3) == "Fasting"
    assert model.text(0, 4) == "before breakfast"
    assert model.text(0, 5) == "Typed in"
    category = model.index(0, 2)
    background = model.data(category, Qt.ItemDataRole.BackgroundRole)
    assert isinstance(background, QColor)
    assert background.name().upper() == CATEGORY_COLOURS[Category.HIGH][0]
    assert "126 mg/dL" in model.data(category, Qt.ItemDataRole.ToolTipRole)
    model.set_units({})
    assert model.text(0, 1) == "7.2 mmol/L"


def test_when_text_is_local_time_spelled_out() -> None:
    moment = dt.datetime(2026, 3, 10, 8, 0, tzinfo=dt.UTC)
    local = moment.astimezone()
    assert when_text(moment) == f"{local:%a} {local.day} {local:%b %Y %H:%M}"
    assert when_text(moment.replace(tzinfo=None)) == when_text(moment)


def test_a_newer_load_wins_over_an_older_one(
        qtbot, ctx, record, profile_id) -> None:  # type: ignore[no-untyped-def]
    record.readings.record(profile_id, "weight", {"weight": 70}, taken_at=NOW)
    record.readings.record(profile_id, "pulse", {"pulse": 66}, taken_at=NOW)
    model = ReadingsTableModel(ctx.run)
    model.load(ReadingsSource(record.readings, profile_id, None))
    model.load(ReadingsSource(record.readings, profile_id, "pulse"))
    settle(qtbot, ctx)
    assert model.rowCount() == 1 and model.text(0, 1) == "66 bpm"
    model.load(None)
    assert model.rowCount() == 0 and not model.canFetchMore()


def test_a_source_can_follow_the_current_record(record, profile_id) -> None:  # type: ignore[no-untyped-def]
    """After lock/unlock the page's source reads whichever record is current."""
    record.readings.record(profile_id, "pulse", {"pulse": 70}, taken_at=NOW)
    holder = {"readings": None}
    source = ReadingsSource(lambda: holder["readings"], profile_id, None)
    holder["readings"] = record.readings
    assert source.count() == 1 and source.page(0, 10)[0].values == {"pulse": 70}


def test_the_source_cell_says_which_exports_a_reading_came_from(
        qtbot, ctx, record, profile_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from healthdesk.interop.import_run import import_source

    ms = int(NOW.timestamp() * 1000)
    meter = tmp_path / "entries.json"
    meter.write_text(f'[{{"type": "mbg", "mbg": 110, "date": {ms}}}]')
    import_source(record, profile_id, meter, "nightscout")
    record.readings.record(profile_id, "weight", {"weight": 70},
                           taken_at=NOW - dt.timedelta(hours=1))
    model = ReadingsTableModel(ctx.run)
    model.load(ReadingsSource(record.readings, profile_id, None))
    settle(qtbot, ctx)
    assert model.data(model.index(0, 5), Qt.ItemDataRole.ToolTipRole) == (
        "Imported from: Nightscout")
    assert model.data(model.index(1, 5), Qt.ItemDataRole.ToolTipRole) is None
