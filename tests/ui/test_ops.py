"""The op runner: every op's committed changes published once, with its initiator;
default failure displays by role; draining for a lock never blocks the GUI thread."""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

from tests.ui.conftest import settle

T0 = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)


def test_a_write_op_publishes_what_it_changed_with_its_initiator(qtbot, ctx, record,
                                                                  profile_id) -> None:  # type: ignore[no-untyped-def]
    heard: list[Any] = []
    ctx.operation_did_execute.connect(lambda changes, by: heard.append((changes, by)))
    me = object()
    ctx.run(lambda: record.readings.record(profile_id, "weight", {"weight": 70}, taken_at=T0),
            initiator=me)
    ctx.read(lambda: record.readings.count(profile_id))
    settle(qtbot, ctx)
    [(changes, by)] = heard  # the read published nothing
    assert by is me and changes.touches_readings(profile_id, ["weight"])


def test_failures_go_where_their_role_says(qtbot, ctx, record, profile_id) -> None:  # type: ignore[no-untyped-def]
    said: list[str] = []
    sync_line: list[str] = []
    ctx.status_event.connect(said.append)
    ctx.network_error_event.connect(sync_line.append)

    def broken() -> None:
        raise RuntimeError("the server said no")

    ctx.read(lambda: record.profiles.get("no-such-id"))
    ctx.network(broken)
    settle(qtbot, ctx)
    assert len(said) == 1  # the status bar names what went wrong
    assert sync_line == ["the server said no"]


def test_draining_returns_at_once_and_finishes_when_the_workers_do(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    done: list[str] = []
    ctx.run(lambda: release.wait(10), lambda _r: done.append("op"))
    drained: list[bool] = []
    ctx.tasks.drain(lambda: drained.append(True))
    assert drained == []  # the GUI thread did not wait for the worker
    dropped = ctx.run(lambda: done.append("late"))
    assert dropped.cancelled and not dropped.running  # no new work while locking
    release.set()
    qtbot.waitUntil(lambda: drained == [True], timeout=10_000)
    assert done == ["op"]
    ctx.tasks.accept_again()
    ctx.run(lambda: "again", done.append)
    settle(qtbot, ctx)
    assert done == ["op", "again"]


def test_a_failed_write_says_what_was_not_saved(qtbot, ctx, record, profile_id) -> None:  # type: ignore[no-untyped-def]
    from healthdesk.ui.qt import QApplication, QMessageBox, QTimer

    shown: list[str] = []

    def close_the_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.close()
        else:
            QTimer.singleShot(20, close_the_box)

    QTimer.singleShot(20, close_the_box)
    ctx.write(lambda: record.readings.record(profile_id, "weight", {"weight": -5},
                                             taken_at=T0), what="The reading")
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown[0].startswith("The reading was not saved: ") and "Weight" in shown[0]
    assert record.readings.count(profile_id) == 0
