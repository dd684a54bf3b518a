"""A client killed (SIGKILL) at each step of a push and of a pull, and a server restarted
in the middle of a round: afterwards nothing is lost and nothing is doubled."""

from __future__ import annotations

import datetime as dt
import json
import signal

import psycopg
import pytest

from healthdesk.store.models import Measurement
from healthdesk.sync.engine import CRASH_ENV
from healthdesk.sync.errors import ServerUnreachableError
from tests.sync.conftest import Device, assert_converged
from tests.sync.test_cli import hd

# Enough for three push batches (500 entries each) and two pull pages (1000 changes).
N = 520
T0 = dt.datetime(2025, 6, 1, 7, 0, tzinfo=dt.UTC)


def _fill(d: Device) -> str:
    pid = d.record.profiles.create(name="Crash Test").id
    with d.record.store.write() as s:
        for i in range(N):
            s.add(Measurement(profile_id=pid, kind="weight", value=60 + i / 10, unit="kg",
                              taken_at=T0 + dt.timedelta(hours=i)))
    return pid


def _readings(d: Device, pid: str) -> int:
    tables = json.loads(d.export())["tables"]
    return sum(1 for r in tables["measurements"] if r["profile_id"] == pid)


def _feed_size(server_db: str, pid: str) -> int:
    with psycopg.connect(server_db) as conn:
        return int(conn.execute("SELECT count(*) FROM changes WHERE profile_id = %s",
                                (pid,)).fetchone()[0])


def _sync_killed_at(d: Device, step: str) -> None:
    d.record.close()  # the subprocess has the store to itself, as a second app would
    out = hd("sync", "--json", "--data-dir", str(d.dir), env={CRASH_ENV: step})
    assert out.returncode == -signal.SIGKILL, (out.returncode, out.stderr[-2000:])
    out = hd("sync", "--json", "--data-dir", str(d.dir))
    assert out.returncode == 0, out.stderr[-2000:]
    d.reopen()


@pytest.mark.parametrize("step", ["push:read", "push:sent", "push:acked", "push:acked#2"])
def test_killed_during_push(step: str, new_device, make_account, server_db) -> None:  # type: ignore[no-untyped-def]
    acct = make_account()
    a = new_device(acct)
    pid = _fill(a)
    _sync_killed_at(a, step)
    assert a.record.sync.status().pending == 0
    assert _feed_size(server_db, pid) == 2 * N + 2  # each reading and its audit once
    b = new_device(acct)
    b.sync()
    assert _readings(b, pid) == N
    assert_converged(a, b)


@pytest.mark.parametrize("step", ["pull:fetched", "pull:applied", "pull:committed"])
def test_killed_during_pull(step: str, new_device, make_account) -> None:  # type: ignore[no-untyped-def]
    acct = make_account()
    a = new_device(acct)
    pid = _fill(a)
    a.sync()
    b = new_device(acct)
    b.record.profiles.create(name="B's own")  # a push before the pull, queued on B
    _sync_killed_at(b, step)
    assert _readings(b, pid) == N
    a.sync()
    assert_converged(a, b)


def test_server_restarted_mid_round(new_device, make_account, server, server_db) -> None:  # type: ignore[no-untyped-def]
    acct = make_account()
    a = new_device(acct)
    pid = _fill(a)
    batches = []

    def restart_on_second_batch(message: str) -> None:
        if message.startswith("Sending"):
            batches.append(message)
            if len(batches) == 2:
                server.stop(kill=True)
                server.start()

    a.record.sync.sync_now(progress=restart_on_second_batch)
    assert len(batches) == 3 and a.record.sync.status().pending == 0

    # Down for good in the middle: the round fails in words, the rest waits.
    a.record.readings.record(pid, "weight", {"weight": 80}, taken_at=T0)
    calls = []

    def stop_for_good(message: str) -> None:
        calls.append(message)
        if message.startswith("Sending"):
            server.stop(kill=True)

    with pytest.raises(ServerUnreachableError, match="could not be reached"):
        a.record.sync.sync_now(progress=stop_for_good)
    status = a.record.sync.status()
    assert status.pending == 2 and "could not be reached" in status.summary(a.record.now())
    server.start()
    a.sync()
    b = new_device(acct)
    b.sync()
    assert _readings(b, pid) == N + 1
    assert _feed_size(server_db, pid) == 2 * (N + 1) + 2
    assert_converged(a, b)
