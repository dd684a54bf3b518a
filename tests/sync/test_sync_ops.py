"""Sync as a network op beside the database worker: a write during a round neither fails
with "database is locked" nor holds up the GUI thread; Stop ends a round between pages
with the store consistent, and the next round brings the rest exactly once."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.sync.conftest import Device

T0 = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)
READINGS = 400
PAGE = 40


@pytest.fixture
def here(new_device, make_account) -> Device:  # type: ignore[no-untyped-def]
    return new_device(make_account())


@pytest.fixture
def window(open_window, here):  # type: ignore[no-untyped-def]
    return open_window(here)


def _many_from_elsewhere(here: Device, new_device) -> str:  # type: ignore[no-untyped-def]
    pid = here.record.profiles.create(name="Asha Rao").id
    here.sync()
    other = new_device(here.account)
    other.sync()
    for i in range(READINGS):
        other.record.readings.record(pid, "weight", {"weight": 60 + i % 20},
                                     taken_at=T0 - dt.timedelta(hours=i))
    other.sync()
    # Small pages, so a round has many of them.
    here.record.sync._engine_for_account(None).page_limit = PAGE
    return pid


def _controller(window):  # type: ignore[no-untyped-def]
    from healthdesk.ui.sync_menu import install_sync_menu

    return install_sync_menu(window)


def test_a_write_during_a_sync_is_saved_and_the_gui_thread_keeps_going(
        qtbot, window, here, new_device) -> None:  # type: ignore[no-untyped-def]
    from healthdesk.ui.qt import QTimer

    pid = _many_from_elsewhere(here, new_device)
    ctx, ctl = window.ctx, _controller(window)
    ticks: list[bool] = []
    timer = QTimer(window)
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(ctl.running))
    timer.start()
    saved: list[Any] = []
    errors: list[BaseException] = []
    ctl.sync_now()
    assert ctl.running
    for i in range(5):
        ctx.write(lambda i=i: here.record.readings.record(
            pid, "weight", {"weight": 70 + i}, taken_at=T0 + dt.timedelta(minutes=i)),
            saved.append, errors.append, what="The reading")
    qtbot.waitUntil(lambda: not ctl.running and ctx.tasks.pending == 0, timeout=60_000)
    timer.stop()
    assert errors == [] and len(saved) == 5
    assert any(ticks), "the GUI thread ran its timer while the sync was running"
    assert here.record.readings.count(pid) == READINGS + 5


def test_stop_ends_a_round_between_pages_and_the_next_round_brings_the_rest(
        qtbot, window, here, new_device) -> None:  # type: ignore[no-untyped-def]
    pid = _many_from_elsewhere(here, new_device)
    ctx, ctl = window.ctx, _controller(window)
    heard: list[Any] = []
    ctx.operation_did_execute.connect(lambda changes, by: heard.append((changes, by)))
    ctl.sync_now()
    assert ctl.stop_action.isEnabled()
    ctl.stop_action.trigger()
    qtbot.waitUntil(lambda: not ctl.running and ctx.tasks.pending == 0, timeout=60_000)
    got = here.record.readings.count(pid)
    assert 0 < got < READINGS  # stopped after a page, not inside one
    assert "Sync stopped" in window.statusBar().currentMessage()
    # What was committed before the stop still reached the screens.
    assert heard and heard[-1][1] is ctl and heard[-1][0].touches_readings(pid)
    ctl.sync_now()
    qtbot.waitUntil(lambda: not ctl.running and ctx.tasks.pending == 0, timeout=60_000)
    assert here.record.readings.count(pid) == READINGS
    assert ctl.label.text().startswith("Synced"), ctl.label.text()
