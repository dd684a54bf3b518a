"""GUI fixtures: a real window, offscreen, on a real encrypted store.

Qt exceptions fail the test (pytest-qt's default); every window is built per test from
injected parts (record, task manager, fake clock), never a session-wide global.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def gui_thread_gc(qapp):  # type: ignore[no-untyped-def]
    """Collect garbage on the GUI thread only, as the app does (see ui/gc_guard.py)."""
    from healthdesk.ui.gc_guard import GcGuard

    guard = GcGuard()
    yield guard
    guard.release()


@pytest.fixture
def ctx(qtbot, record, profile_id):  # type: ignore[no-untyped-def]
    from healthdesk.ui.context import UiContext
    from healthdesk.ui.ops import TaskManager

    tasks = TaskManager()
    c = UiContext(record, tasks)
    c.set_profile(profile_id)
    yield c
    tasks.wait_idle()


@pytest.fixture
def window(qtbot, ctx) -> Iterator:  # type: ignore[no-untyped-def]
    from healthdesk.ui.main_window import MainWindow

    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=10_000)
    yield w
    ctx.tasks.wait_idle()


def settle(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """Wait until every background op has finished and its callback has run."""
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=10_000)
    # Widgets a callback added are shown by an event Qt posts (QLayout::addChildWidget):
    # under load the last callback can land just before the check above.
    qtbot.wait(1)


def announce(ctx, *tables: str) -> None:  # type: ignore[no-untyped-def]
    """What the op runner publishes after an op wrote ``tables`` of the current person
    (for tests that wrote through the record directly, off any op)."""
    from healthdesk.domain.changes import Changes

    changes = Changes()
    for table in tables:
        changes = changes | Changes.of(table, ctx.profile_id)
    ctx.operation_did_execute.emit(changes, None)
