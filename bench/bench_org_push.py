"""What clinic-wide access costs a push and a pull: an organisation's nurse against a
plain owner of the same number of profiles, paired and alternating (bench/paired.py).

Run: ``python bench/bench_org_push.py [--profiles 2000] [--pairs 7]``

A throw-away PostgreSQL (default durability) and ``healthdesk-server serve`` (one worker).
Side A: a nurse of a clinic holding ``--profiles`` profiles (access through
``org_staff``/``org_profiles``, each mutation judged against the role table). Side B: an
account owning as many profiles (memberships only). Each run pushes 500 readings spread
over 100 profiles, then one pull with every cursor current (the access lookup over all
profiles, nothing to send).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("HEALTHDESK_KDF", "fast")

import psycopg
from paired import Side, print_table, run_pairs  # type: ignore[import-not-found]

from healthdesk.server.accounts import create_account
from tests.pg import PASSWORD, Cluster, ServerProcess, find_pg_bin, new_database
from tests.server.client import Device, device_for


class _Account:
    def __init__(self, user: str) -> None:
        self.user, self.password = user, PASSWORD

    def login(self, url: str, device_id: str | None = None) -> str:
        from tests.pg import login

        return login(url, self.user, PASSWORD, device_id)


def _profiles(dev: Device, n: int) -> list[str]:
    pids = [str(uuid.uuid4()) for _ in range(n)]
    for i in range(0, n, 500):
        res = dev.push([dev.insert("profiles", p, {"name": f"P {p[:4]}"})
                        for p in pids[i:i + 500]])
        assert all(r["status"] == "applied" for r in res), res[:1]
    return pids


def _side(dev: Device, pids: list[str]) -> Any:
    cursors: dict[str, int] = {}
    _changes, cursors = dev.pull_all({})
    turn = [0]

    def run() -> dict[str, float]:
        turn[0] += 1
        some = pids[(turn[0] * 100) % len(pids):][:100] or pids[:100]
        batch = [dev.insert("measurements", some[i % len(some)], {}) for i in range(500)]
        t0 = time.perf_counter()
        res = dev.push(batch)
        t1 = time.perf_counter()
        assert all(r["status"] == "applied" for r in res), res[:1]
        _c, new = dev.pull_all(dict(cursors))
        cursors.update(new)
        t2 = time.perf_counter()
        page = dev.pull(dict(cursors))
        t3 = time.perf_counter()
        assert not page["changes"] and len(page["profiles"]) == len(pids)
        return {"push 500": t1 - t0, "no-op pull": t3 - t2}

    return run


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--profiles", type=int, default=2000)
    ap.add_argument("--pairs", type=int, default=7)
    args = ap.parse_args()
    bindir = find_pg_bin()
    assert bindir is not None, "needs PostgreSQL (initdb, pg_ctl)"
    cluster = Cluster(bindir, durable=True)
    admin_url = cluster.start()
    try:
        from healthdesk.server.migrate import upgrade

        db = new_database(admin_url, None)
        upgrade(db)
        with psycopg.connect(db) as conn:
            for name in ("clinicadmin", "nurse", "owner"):
                create_account(conn, name, PASSWORD)
        server = ServerProcess(db)
        server.start()
        try:
            admin = device_for(server.url, _Account("clinicadmin"))
            nurse = device_for(server.url, _Account("nurse"))
            owner = device_for(server.url, _Account("owner"))
            org = str(uuid.uuid4())
            r = admin.http.post("/v1/orgs", json={"org_id": org, "name": "Bench Clinic",
                                                  "staff_id": str(uuid.uuid4()),
                                                  "staff_name": "Admin"})
            assert r.status_code == 200, r.text
            r = admin.http.post(f"/v1/orgs/{org}/staff", json={
                "user": "nurse", "role": "nurse", "staff_id": str(uuid.uuid4()),
                "name": "Nurse"})
            assert r.status_code == 200, r.text
            r = nurse.http.post(f"/v1/orgs/{org}/accept")
            assert r.status_code == 200, r.text
            held = _profiles(admin, args.profiles)  # held by the clinic from the push
            owned = _profiles(owner, args.profiles)
            result = run_pairs(f"{args.profiles} profiles",
                               Side("clinic nurse", _side(nurse, held)),
                               Side("plain owner", _side(owner, owned)), pairs=args.pairs)
            print_table([result])
        finally:
            server.stop()
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
