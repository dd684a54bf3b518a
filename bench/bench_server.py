"""How the sync server holds up: many clients pushing at once, and a big initial pull.

Run: ``python bench/bench_server.py [--clients 100] [--mutations 1000] [--workers 2]
[--pull-records 100000] [--database-url URL]``

Starts a throw-away PostgreSQL with its default durability (fsync and synchronous
commit on; or uses ``--database-url``, whose role needs CREATEDB), migrates a fresh
database and runs ``healthdesk-server serve --workers N`` on 127.0.0.1. Then, over real
HTTP (httpx, asyncio; the load generator shares the machine's cores with the server):

a. bursts: ``--clients`` accounts, each with its own profile, all start at once:
   1. together 1,000 mutations, one push per client: each push's latency (p50/p95);
   2. the same 1,000 mutations as 1,000 single-mutation pushes;
   3. each client pushes ``--mutations`` measurement inserts in batches of 500; per
      client the time for all its mutations (p50/p95/max), every request's latency,
      errors, throughput;
b. steady: the same clients each push a small batch (10) about once a second while one
   more client pushes 1,000 mutations again and again: that client's p50/p95;
c. pull: one profile with ``--pull-records`` rows (pushed first, timed too); a new
   device pulls all of it in pages of 1,000: records per second.

Prints the machine first. Numbers go to docs/performance.md ("Sync server").
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import sys
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("HEALTHDESK_KDF", "fast")

import httpx

from tests.pg import (
    PASSWORD,
    Cluster,
    ServerProcess,
    find_pg_bin,
    new_database,
    ssl_context,
    with_database,
)

BATCH = 500


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


class Client:
    """One device of its own account, with payloads built before the clock starts."""

    def __init__(self, url: str, name: str) -> None:
        self.url, self.name = url, name
        self.device = uuid.uuid4().hex
        self.profile = str(uuid.uuid4())
        self.seq = 0
        self.http: httpx.AsyncClient | None = None

    def body(self, n: int) -> bytes:
        now = time.time_ns() // 1_000_000
        muts: list[dict[str, Any]] = []
        if self.seq == 0:
            muts.append(self._mutation("profiles", self.profile, {
                "name": self.name, "sex": "unknown", "blood_type": "unknown",
                "language": "en"}, now))
        while len(muts) < n:
            muts.append(self._mutation("measurements", str(uuid.uuid4()), {
                "kind": "blood_pressure", "value": 120.0, "value2": 80.0, "unit": "mmHg",
                "taken_at": "2026-03-10T09:00:00.000000Z", "note": None, "source": "manual"},
                now))
        return json.dumps({"protocol": 1, "device_id": self.device,
                           "batch_id": uuid.uuid4().hex, "mutations": muts}).encode()

    def _mutation(self, entity: str, row_id: str, fields: dict[str, Any],
                  now: int) -> dict[str, Any]:
        self.seq += 1
        stamp = f"{now:013d}-{self.seq % 100_000:05d}-{self.device}"
        # Complete rows: the server refuses an insert without its required columns.
        full = {"id": row_id, "profile_id": self.profile, "deleted": False,
                "created_at": "2026-03-10T09:00:00.000000Z",
                "updated_at": "2026-03-10T09:00:00.000000Z", **fields}
        return {"key": f"{self.device}:{self.seq}", "entity": entity, "row_id": row_id,
                "profile_id": self.profile, "op": "insert", "fields": full,
                "stamps": dict.fromkeys(full, stamp), "base_version": None}

    async def login(self) -> None:
        async with httpx.AsyncClient(verify=ssl_context()) as h:
            r = await h.post(self.url + "/v1/login", json={
                "user": self.name, "password": PASSWORD, "device_name": "bench",
                "device_id": self.device}, timeout=120)
            r.raise_for_status()
        self.http = httpx.AsyncClient(
            base_url=self.url, verify=ssl_context(), timeout=300,
            headers={"Authorization": f"Bearer {r.json()['token']}",
                     "Content-Type": "application/json"})

    async def push(self, body: bytes, latencies: list[float]) -> None:
        assert self.http is not None
        t = time.perf_counter()
        r = await self.http.post("/v1/push", content=body)
        latencies.append(time.perf_counter() - t)
        r.raise_for_status()
        bad = [x for x in r.json()["results"] if x["status"] != "applied"]
        if bad:
            raise RuntimeError(f"push not applied: {bad[0]}")


def create_accounts(db_url: str, names: list[str]) -> None:
    import psycopg

    from healthdesk.server.accounts import create_account

    with psycopg.connect(db_url) as conn:
        for n in names:
            create_account(conn, n, PASSWORD)


async def burst(clients: list[Client], mutations: int, batch: int = BATCH) -> dict[str, Any]:
    bodies = [[c.body(min(batch, mutations - i)) for i in range(0, mutations, batch)]
              for c in clients]
    per_client: list[float] = []
    requests: list[float] = []
    errors: list[str] = []

    async def run(c: Client, mine: list[bytes]) -> None:
        t = time.perf_counter()
        try:
            for b in mine:
                await c.push(b, requests)
            per_client.append(time.perf_counter() - t)
        except Exception as exc:  # counted, reported
            errors.append(repr(exc)[:200])

    t0 = time.perf_counter()
    await asyncio.gather(*(run(c, b) for c, b in zip(clients, bodies, strict=True)))
    wall = time.perf_counter() - t0
    return {"per_client": per_client, "requests": requests, "errors": errors, "wall": wall,
            "total": len(clients) * mutations}


async def steady(clients: list[Client], probe: Client, rounds: int) -> dict[str, Any]:
    stop = asyncio.Event()
    background: list[float] = []
    errors: list[str] = []

    async def chatter(c: Client) -> None:
        while not stop.is_set():
            try:
                await c.push(c.body(10), background)
            except Exception as exc:
                errors.append(repr(exc)[:200])
            await asyncio.sleep(1.0)

    tasks = [asyncio.create_task(chatter(c)) for c in clients]
    await asyncio.sleep(1.0)
    probe_times: list[float] = []
    for _ in range(rounds):
        bodies = [probe.body(BATCH), probe.body(BATCH)]
        t = time.perf_counter()
        for b in bodies:
            await probe.push(b, [])
        probe_times.append(time.perf_counter() - t)
    stop.set()
    await asyncio.gather(*tasks)
    return {"probe": probe_times, "background": background, "errors": errors}


async def pull_all(url: str, name: str, records: int) -> dict[str, float]:
    seeder = Client(url, name)
    await seeder.login()
    t = time.perf_counter()
    left = records
    while left > 0:
        n = min(BATCH, left)
        await seeder.push(seeder.body(n), [])
        left -= n
    push_s = time.perf_counter() - t
    reader = Client(url, name)
    await reader.login()
    assert reader.http is not None
    cursors: dict[str, int] = {}
    got = 0
    t = time.perf_counter()
    while True:
        r = await reader.http.post("/v1/pull", json={"protocol": 1, "device_id": reader.device,
                                                     "cursors": cursors, "limit": 1000})
        r.raise_for_status()
        page = r.json()
        got += len(page["changes"])
        cursors.update(page["cursors"])
        if not page["has_more"]:
            break
    pull_s = time.perf_counter() - t
    await seeder.http.aclose()  # type: ignore[union-attr]
    await reader.http.aclose()
    return {"pushed": records, "push_s": push_s, "pulled": got, "pull_s": pull_s}


async def main_async(args: argparse.Namespace, url: str, db_url: str) -> None:
    names = [f"bench{i}" for i in range(args.clients + 2)]
    create_accounts(db_url, names)
    clients = [Client(url, n) for n in names[:args.clients]]
    await asyncio.gather(*(c.login() for c in clients))

    total = 1000
    each = max(1, total // args.clients)
    for batch, label in ((each, f"one push of {each} each"), (1, "one mutation per push")):
        r = await burst(clients, each, batch)
        print(f"\na{'1' if batch > 1 else '2'}. {args.clients} clients at once push "
              f"{args.clients * each:,} mutations, {label}: {len(r['errors'])} errors")
        print(f"   per push: p50 {pct(r['requests'], 50) * 1000:.0f} ms, "
              f"p95 {pct(r['requests'], 95) * 1000:.0f} ms; all done in {r['wall']:.2f} s")
        for e in r["errors"][:3]:
            print("   error:", e)

    a = await burst(clients, args.mutations)
    print(f"\na3. burst: {args.clients} clients x {args.mutations} mutations "
          f"(batches of {BATCH}), {len(a['errors'])} errors")
    if a["per_client"]:
        print(f"   per client, all its mutations: p50 {pct(a['per_client'], 50):.2f} s, "
              f"p95 {pct(a['per_client'], 95):.2f} s, max {max(a['per_client']):.2f} s")
        print(f"   per push request ({BATCH}): p50 {pct(a['requests'], 50) * 1000:.0f} ms, "
              f"p95 {pct(a['requests'], 95) * 1000:.0f} ms")
    print(f"   throughput: {a['total'] / a['wall']:,.0f} mutations/s over {a['wall']:.1f} s")
    for e in a["errors"][:3]:
        print("   error:", e)

    probe = Client(url, names[args.clients])
    await probe.login()
    b = await steady(clients, probe, args.rounds)
    print(f"\nb. steady: {args.clients} clients pushing 10 mutations about once a second, "
          f"{len(b['errors'])} errors")
    print(f"   one more client pushing 1,000 mutations ({args.rounds} times): "
          f"p50 {pct(b['probe'], 50):.2f} s, p95 {pct(b['probe'], 95):.2f} s")
    for e in b["errors"][:3]:
        print("   error:", e)
    if b["background"]:
        print(f"   the small pushes: p50 {pct(b['background'], 50) * 1000:.0f} ms, "
              f"p95 {pct(b['background'], 95) * 1000:.0f} ms ({len(b['background'])} pushes)")
    for c in [*clients, probe]:
        await c.http.aclose()  # type: ignore[union-attr]

    c = await pull_all(url, names[args.clients + 1], args.pull_records)
    print(f"\nc. {c['pushed']:,} records pushed in {c['push_s']:.1f} s "
          f"({c['pushed'] / c['push_s']:,.0f}/s, one client, batches of {BATCH})")
    print(f"   pulled {c['pulled']:,} in {c['pull_s']:.1f} s: "
          f"{c['pulled'] / c['pull_s']:,.0f} records/s (pages of 1,000)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--clients", type=int, default=100)
    ap.add_argument("--mutations", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--pool-size", type=int, default=10)
    ap.add_argument("--pull-records", type=int, default=100_000)
    ap.add_argument("--database-url", help="an existing PostgreSQL (role with CREATEDB)")
    args = ap.parse_args()
    print(f"machine: {platform.platform()}, {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} cores, Python {platform.python_version()}")

    cluster = None
    admin = args.database_url
    if not admin:
        bindir = find_pg_bin()
        if bindir is None:
            sys.exit("bench_server: no PostgreSQL found; pass --database-url")
        cluster = Cluster(bindir, durable=True)
        admin = cluster.start()
    server = None
    try:
        from healthdesk.server.migrate import upgrade

        db_url = new_database(admin, None)
        upgrade(db_url)
        import psycopg

        with psycopg.connect(with_database(admin, "postgres")) as conn:
            print("postgres:", conn.execute("SHOW server_version").fetchone()[0],
                  "fsync", conn.execute("SHOW fsync").fetchone()[0],
                  "synchronous_commit", conn.execute("SHOW synchronous_commit").fetchone()[0])
        server = ServerProcess(db_url, env={"HEALTHDESK_POOL_SIZE": str(args.pool_size)},
                               workers=args.workers)
        server.start()
        print(f"server: {args.workers} uvicorn workers, pool {args.pool_size} each")
        try:
            asyncio.run(main_async(args, server.url, db_url))
        except Exception:
            print("server log (tail):\n" + server.log.read_text()[-3000:])
            raise
    finally:
        if server:
            server.stop()
        if cluster:
            cluster.stop()


if __name__ == "__main__":
    main()
