"""The server dies between push and pull, or in the middle of a push: nothing is lost
and nothing is applied twice once the client sends again."""

from __future__ import annotations

import threading
import time

import httpx

from tests.pg import ServerProcess

from .client import new_id, replay


def test_restart_between_push_and_pull(server: ServerProcess, new_device) -> None:
    dev = new_device()
    pid = new_id()
    batch = [dev.insert("profiles", pid, {"name": "Lena"})] + [
        dev.insert("measurements", pid, {"value": i + 1}) for i in range(50)]
    first = dev.push(batch)
    server.stop()
    server.start()
    # The client never saw the answer (say), so it sends the batch again.
    assert dev.push(batch) == first
    changes, cursors = dev.pull_all()
    assert [c["seq"] for c in changes] == list(range(1, 52))
    assert cursors[pid] == 51


def test_killed_in_the_middle_of_a_push(server: ServerProcess, new_device) -> None:
    dev = new_device()
    pid = new_id()
    dev.push([dev.insert("profiles", pid, {"name": "Omar"})])
    batch = [dev.insert("measurements", pid, {"value": i + 1, "note": "x" * 2000})
             for i in range(500)]
    outcome: list[object] = []

    def send() -> None:
        try:
            outcome.append(dev.push_raw(batch).status_code)
        except httpx.HTTPError as exc:
            outcome.append(exc)

    t = threading.Thread(target=send)
    t.start()
    time.sleep(0.15)
    server.stop(kill=True)
    t.join()
    server.start()
    results = dev.push(batch)  # the client retries the same batch
    assert {r["status"] for r in results} == {"applied"}
    changes, _ = dev.pull_all()
    mine = [c for c in changes if c["profile_id"] == pid]
    assert [c["seq"] for c in mine] == list(range(1, 502))
    state = replay(mine)
    assert sorted(v["value"] for k, v in state.items() if k[0] == "measurements") == \
        list(range(1, 501))


def test_without_its_database_the_server_answers_503_with_retry_after(server_db) -> None:
    bad = ServerProcess(server_db.rsplit("/", 1)[0] + "/no_such_database",
                        env={"HEALTHDESK_POOL_TIMEOUT": "1"})
    bad.start(healthy=False)
    try:
        r = httpx.get(bad.url + "/health", timeout=30)
        assert r.status_code == 503 and r.json()["database"] is False
        login = httpx.post(bad.url + "/v1/login", timeout=30, json={
            "user": "a", "password": "b", "device_name": "c", "device_id": "d"})
        assert login.status_code == 503
        assert login.headers["Retry-After"] == "5"
        assert "database" in login.json()["message"]
    finally:
        bad.stop()
        bad.log.unlink(missing_ok=True)
