"""Pulled pages share local transactions (issue 19: one fsync'd commit per group of pages,
not per page), and what that must not change: every change arrives once, Stop keeps what
was applied, a failure rolls back only the group still open, the cursor never runs
ahead of the rows."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from healthdesk.store import cursors as feed_cursors
from healthdesk.store.models import Measurement
from healthdesk.sync import engine as sync_engine
from healthdesk.sync.errors import ServerUnreachableError, SyncCancelled
from tests.sync.conftest import Device, assert_converged

READINGS = 150  # 150 readings and their audit events, a profile and its audit: ~302 changes
PAGE = 20
GROUP = 100
T0 = dt.datetime(2025, 3, 1, 7, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def _groups(monkeypatch: pytest.MonkeyPatch) -> None:
    # Groups by size only: on a loaded host every page could take longer than 0.25 s.
    monkeypatch.setattr(sync_engine, "GROUP_CHANGES", GROUP)
    monkeypatch.setattr(sync_engine, "GROUP_SECONDS", 3600.0)


def _filled(new_device) -> tuple[Device, Device, str, int]:  # type: ignore[no-untyped-def]
    a = new_device()
    pid = a.record.profiles.create(name="Meena Iyer").id
    with a.record.store.write() as s:
        for i in range(READINGS):
            s.add(Measurement(profile_id=pid, kind="weight", value=60 + i % 20, unit="kg",
                              taken_at=T0 + dt.timedelta(hours=i)))
    a.sync()
    b = new_device(a.account)
    b.record.sync._engine_for_account(None).page_limit = PAGE
    with a.record.store.read() as s:
        total = feed_cursors.load(s)[pid]
    return a, b, pid, total


def _cursor(d: Device, pid: str) -> int:
    with d.record.store.read() as s:
        return feed_cursors.load(s).get(pid, 0)


def _rows(d: Device, pid: str) -> int:
    """The person's readings and audit events here (the feed has them in either order)."""
    with d.record.store.read() as s:
        return int(s.connection().exec_driver_sql(
            "SELECT (SELECT count(*) FROM measurements WHERE profile_id = ?) "
            "+ (SELECT count(*) FROM audit_events WHERE profile_id = ?)",
            (pid, pid)).scalar() or 0)


def _readings(d: Device, pid: str) -> int:
    with d.record.store.read() as s:
        return int(s.connection().exec_driver_sql(
            "SELECT count(*) FROM measurements WHERE profile_id = ?", (pid,)).scalar() or 0)


def test_pages_are_committed_in_groups_and_every_change_arrives_once(new_device) -> None:  # type: ignore[no-untyped-def]
    a, b, pid, total = _filled(new_device)
    seen: list[tuple[int, int]] = []  # (cursor, readings) as each commit is announced
    publish = b.record.store.publish

    def heard(changes):  # type: ignore[no-untyped-def]
        seen.append((_cursor(b, pid), _readings(b, pid)))
        publish(changes)

    b.record.store.publish = heard  # type: ignore[method-assign]
    report = b.sync()
    pages = -(-total // PAGE)
    assert report.pulled == total and _readings(b, pid) == READINGS
    # One commit per group of five 20-change pages (the last group may be short).
    assert len(seen) == -(-total // GROUP) < pages
    cursors = [c for c, _ in seen]
    assert cursors == sorted(cursors) and cursors[-1] == total
    assert all(c % GROUP == 0 for c in cursors[:-1]), cursors
    assert b.sync().pulled == 0
    assert_converged(a, b)


def test_stop_commits_what_was_applied_and_the_next_round_brings_the_rest(new_device) -> None:  # type: ignore[no-untyped-def]
    a, b, pid, total = _filled(new_device)
    stop = threading.Event()
    # Pressed as the first group's commit is announced: the round ends right there.
    with pytest.raises(SyncCancelled):
        b.record.sync.sync_now(progress=lambda m: stop.set() if m.startswith("Received")
                               else None, stop=stop)
    assert _cursor(b, pid) == GROUP
    # Pressed while a group is open (as page 7 is fetched): the pages applied so far are
    # committed, and the round ends after a whole page, never inside one.
    engine = b.record.sync._engine_for_account(None)
    real_pull, calls = engine.transport.pull, []

    def stopping(req):  # type: ignore[no-untyped-def]
        calls.append(req)
        if len(calls) == 2:
            stop.set()
        return real_pull(req)

    stop.clear()
    engine.transport.pull = stopping  # type: ignore[method-assign]
    with pytest.raises(SyncCancelled):
        b.record.sync.sync_now(stop=stop)
    engine.transport.pull = real_pull  # type: ignore[method-assign]
    got = _cursor(b, pid)
    assert GROUP < got < total and got % PAGE == 0, got
    assert _rows(b, pid) == got - 1  # every change so far but the profile itself
    report = b.sync()
    assert report.pulled == total - got and _readings(b, pid) == READINGS
    assert_converged(a, b)


def test_a_failure_rolls_back_only_the_group_still_open(new_device) -> None:  # type: ignore[no-untyped-def]
    a, b, pid, total = _filled(new_device)
    engine = b.record.sync._engine_for_account(None)
    real_pull, calls = engine.transport.pull, []

    def failing(req):  # type: ignore[no-untyped-def]
        calls.append(req)
        if len(calls) == 8:  # pages 6 and 7 are applied, uncommitted, when this fails
            raise ServerUnreachableError("The sync server went away (test).")
        return real_pull(req)

    engine.transport.pull = failing  # type: ignore[method-assign]
    with pytest.raises(ServerUnreachableError):
        b.sync()
    # The first group (five pages) stayed; the open one left neither rows nor cursor.
    assert _cursor(b, pid) == GROUP and _rows(b, pid) == GROUP - 1
    engine.transport.pull = real_pull  # type: ignore[method-assign]
    report = b.sync()
    assert report.pulled == total - GROUP and _readings(b, pid) == READINGS
    assert_converged(a, b)


def test_a_round_with_nothing_to_do_reads_the_store_once(new_device) -> None:  # type: ignore[no-untyped-def]
    a, b, pid, _total = _filled(new_device)
    b.sync()
    b.sync()  # the first round after start also retries set-aside changes
    reads = []
    real_read = b.record.store.read

    def counted():  # type: ignore[no-untyped-def]
        reads.append(1)
        return real_read()

    engine = b.record.sync._engine_for_account(None)
    b.record.store.read = counted  # type: ignore[method-assign]
    try:
        report = engine.run_round()
    finally:
        b.record.store.read = real_read  # type: ignore[method-assign]
    assert (report.pushed, report.pulled, report.pending) == (0, 0, 0)
    assert len(reads) == 1
    a.record.readings.record(pid, "weight", {"weight": 71}, taken_at=T0)
    a.sync()
    assert b.sync().pulled == 2  # the reading and its audit event
