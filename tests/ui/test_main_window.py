"""The main window as a whole: pages, profile switching, search, locking."""

from __future__ import annotations

from healthdesk.ui.main_window import PAGES
from tests.ui.conftest import announce, settle


def test_every_page_is_reachable_by_keyboard(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from healthdesk.ui.qt import Qt

    for i, name in enumerate(PAGES, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + i), Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentWidget() is window.page(name)


def test_switching_profile_reaches_the_pages(qtbot, window, ctx) -> None:  # type: ignore[no-untyped-def]
    other = ctx.record.profiles.create(name="Second Person").id
    announce(ctx, "profiles")
    settle(qtbot, ctx)
    idx = window.profile_box.findData(other)
    assert idx >= 0
    seen: list[str] = []
    ctx.profile_did_change.connect(seen.append)
    window.profile_box.setCurrentIndex(idx)
    assert ctx.profile_id == other and seen == [other]


def test_idle_lock_follows_the_preference(qtbot, window, ctx) -> None:  # type: ignore[no-untyped-def]
    assert window.idle_lock.minutes == 10  # the default
    ctx.record.preferences.set("lock_timeout_minutes", 0)
    announce(ctx, "preferences")
    settle(qtbot, ctx)
    assert window.idle_lock.minutes == 0 and not window.idle_lock.active
    ctx.record.preferences.set("lock_timeout_minutes", 1)
    announce(ctx, "preferences")
    settle(qtbot, ctx)
    assert window.idle_lock.active
    with qtbot.waitSignal(window.lock_event, timeout=1000):
        window.idle_lock._timer.setInterval(10)
        window.idle_lock._timer.start()


def test_ctrl_l_locks(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from healthdesk.ui.qt import Qt

    with qtbot.waitSignal(window.lock_event, timeout=1000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
