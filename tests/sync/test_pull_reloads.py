"""A pull reloads only the screens that show what it changed: every page built, offscreen,
on a real store, pulling from the real server what another device wrote."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from tests.sync.conftest import Device

T0 = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)
# The method each page calls when a change set tells it to reload.
RELOAD = {"Today": "mark_stale", "Readings": "reload", "Medications": "mark_stale",
          "Appointments": "mark_stale", "Records": "refresh", "Chat": "refresh"}


@pytest.fixture
def here(new_device, make_account) -> Device:  # type: ignore[no-untyped-def]
    return new_device(make_account())


@pytest.fixture
def window(open_window, here):  # type: ignore[no-untyped-def]
    return open_window(here)


def _count_reloads(window: Any) -> dict[str, int]:
    """Build every page, then count the reloads each is asked for from now on."""
    from healthdesk.ui.main_window import PAGES

    counts = dict.fromkeys([*RELOAD, "Settings", "profile list"], 0)

    def counting(name: str, method: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            counts[name] += 1
            return method(*args, **kwargs)
        return call

    for name in PAGES:
        page = window.page(name)
        if name in RELOAD:
            setattr(page, RELOAD[name], counting(name, getattr(page, RELOAD[name])))
    settings = window.page("Settings").profiles
    settings.reload = counting("Settings", settings.reload)
    window.reload_profiles = counting("profile list", window.reload_profiles)
    return counts


def _pull(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from healthdesk.ui.sync_menu import install_sync_menu

    ctl = install_sync_menu(window)
    ctl.sync_now()
    qtbot.waitUntil(lambda: window.ctx.tasks.pending == 0 and not ctl.running, timeout=20_000)


def test_a_pull_of_one_persons_reading_reloads_only_what_shows_it(
        qtbot, window, here, new_device) -> None:  # type: ignore[no-untyped-def]
    mother = here.record.profiles.create(name="Lakshmi Rao").id
    child = here.record.profiles.create(name="Asha Rao").id
    here.sync()
    other = new_device(here.account)
    other.sync()
    _pull(qtbot, window)
    window.ctx.set_profile(mother)
    window.go(1)  # the Readings page is the one on screen
    qtbot.waitUntil(lambda: window.ctx.tasks.pending == 0, timeout=10_000)
    counts = _count_reloads(window)

    other.record.readings.record(child, "weight", {"weight": 31}, taken_at=T0)
    other.sync()
    _pull(qtbot, window)
    assert here.record.readings.count(child) == 1  # it arrived
    assert counts == dict.fromkeys(counts, 0), counts  # nobody shows the child's readings

    other.record.readings.record(mother, "weight", {"weight": 64}, taken_at=T0)
    other.sync()
    _pull(qtbot, window)
    # Readings and Today show her readings, Records her goals (which follow readings).
    assert counts == {**dict.fromkeys(counts, 0), "Readings": 1, "Today": 1,
                      "Records": 1}, counts
