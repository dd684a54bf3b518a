"""The change feed: no gaps under concurrent pushers, paging, resync past the horizon."""

from __future__ import annotations

import threading

import psycopg

from healthdesk.server.feed import compact

from .client import Device, new_id, replay


def _profile(dev: Device) -> str:
    pid = new_id()
    assert dev.push([dev.insert("profiles", pid, {"name": "Ravi"})])[0]["status"] == "applied"
    return pid


def test_concurrent_pushers_leave_no_gaps_and_a_live_puller_misses_nothing(new_device) -> None:
    owner = new_device()
    pid = _profile(owner)
    pushers = [new_device(owner.account) for _ in range(6)]
    reader = new_device(owner.account)
    per_device, batch = 60, 5
    done = threading.Event()
    errors: list[BaseException] = []
    seen: list[dict] = []

    def push(dev: Device) -> None:
        try:
            for _ in range(per_device // batch):
                res = dev.push([dev.insert("measurements", pid, {"value": 1})
                                for _ in range(batch)])
                assert {r["status"] for r in res} == {"applied"}
        except BaseException as exc:  # surfaced in the main thread
            errors.append(exc)

    def pull() -> None:
        cursors: dict[str, int] = {}
        try:
            while True:
                finished = done.is_set()
                page = reader.pull(cursors, limit=7)
                seen.extend(page["changes"])
                cursors.update(page["cursors"])
                if finished and not page["has_more"]:
                    return
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=push, args=(d,)) for d in pushers]
    puller = threading.Thread(target=pull)
    puller.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    done.set()
    puller.join()
    assert not errors, errors
    total = 1 + len(pushers) * per_device
    assert [c["seq"] for c in seen] == list(range(1, total + 1))


def test_pull_pages_with_has_more_and_cursors(new_device) -> None:
    dev = new_device()
    pid = _profile(dev)
    dev.push([dev.insert("measurements", pid, {"value": i + 1}) for i in range(24)])
    cursors: dict[str, int] = {}
    pages = []
    while True:
        page = dev.pull(cursors, limit=10)
        pages.append([c["seq"] for c in page["changes"]])
        cursors.update(page["cursors"])
        if not page["has_more"]:
            break
    assert pages == [list(range(1, 11)), list(range(11, 21)), list(range(21, 26))]
    assert cursors[pid] == 25
    idle = dev.pull(cursors)
    assert idle["changes"] == [] and idle["has_more"] is False
    assert idle["profiles"] == {pid: "owner"}


def test_paging_spans_profiles(new_device) -> None:
    dev = new_device()
    pids = [_profile(dev) for _ in range(3)]
    for pid in pids:
        dev.push([dev.insert("goals", pid, {"title": "t"}) for _ in range(3)])
    changes, cursors = dev.pull_all()
    assert {pid: cursors[pid] for pid in pids} == dict.fromkeys(pids, 4)
    assert len(changes) == 12
    page = dev.pull({}, limit=5)
    assert page["has_more"] is True and len(page["changes"]) == 5


def test_an_old_cursor_must_resync_after_tombstones_leave_the_feed(new_device,
                                                                   server_db) -> None:
    dev = new_device()
    pid = _profile(dev)
    keep, gone = new_id(), new_id()
    ins_keep = dev.insert("goals", pid, {"title": "keep"}, row_id=keep)
    ins_gone = dev.insert("goals", pid, {"title": "gone"}, row_id=gone)
    dev.push([ins_keep, ins_gone])
    _, stale = dev.pull_all()  # a device that synced once, then went away
    dev.push([dev.mutation("goals", pid, gone, {"deleted": True}, op="delete",
                           base_version=ins_gone["stamps"]["title"]),
              dev.mutation("goals", pid, keep, {"title": "kept"},
                           base_version=ins_keep["stamps"]["title"])])
    with psycopg.connect(server_db, autocommit=True) as conn:
        # The edge of the world: these changes happened 100 days ago.
        conn.execute("UPDATE changes SET created_at = now() - interval '100 days' "
                     "WHERE profile_id = %s", (pid,))
        done = compact(conn, days=90)
    assert done["purged"] >= 2  # the deleted goal's insert and its delete
    page = dev.pull(stale)
    assert page["resync"] == [pid] and page["cursors"][pid] == 0
    assert page["changes"] == []
    # From 0 the profile comes back whole, without the purged row, with folded changes.
    changes, _ = dev.pull_all({pid: 0})
    state = replay(changes)
    assert ("goals", gone) not in state
    assert state[("goals", keep)]["title"] == "kept"
    assert len([c for c in changes if c["row_id"] == keep]) == 1
    # A device that had read everything is not disturbed.
    _, current = dev.pull_all()
    assert dev.pull(current)["resync"] == []


def test_a_cursor_beyond_the_feed_means_a_restored_server_and_resyncs(new_device) -> None:
    dev = new_device()
    pid = _profile(dev)
    page = dev.pull({pid: 50})
    assert page["resync"] == [pid]


def test_a_pull_reads_one_read_only_snapshot_and_leaves_the_connection_as_it_was(
        new_device, server_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from healthdesk.protocol import PullRequest
    from healthdesk.server import access, accounts, feed

    owner = new_device()
    pid = _profile(owner)
    seen: list[tuple[str, str]] = []
    real_roles = access.roles

    def looking(conn, caller):  # type: ignore[no-untyped-def]
        seen.append((conn.execute("SHOW transaction_isolation").fetchone()[0],
                     conn.execute("SHOW transaction_read_only").fetchone()[0]))
        return real_roles(conn, caller)

    monkeypatch.setattr(access, "roles", looking)
    token = owner.http.headers["Authorization"]
    with psycopg.connect(server_db, autocommit=True) as conn:
        caller = accounts.authenticate(conn, token)
        page = feed.pull(conn, caller, PullRequest(device_id=owner.device_id))
        assert page["cursors"] == {pid: 1} and len(page["changes"]) == 1
        assert seen == [("repeatable read", "on")]  # asked for in the BEGIN itself
        # Back in the pool as it came: the next unit of work may write, at the default level.
        assert conn.isolation_level is None and conn.read_only is None
        with conn.transaction():
            assert conn.execute("SHOW transaction_isolation").fetchone()[0] == "read committed"
            conn.execute("CREATE TEMP TABLE written_after_a_pull (x int)")
