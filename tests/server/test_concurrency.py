"""More requests at once than the worker has threads and connections: all are served."""

from __future__ import annotations

import asyncio

import httpx

from tests.pg import ServerProcess, ssl_context


def test_a_burst_beyond_threads_and_pool_is_served_not_deadlocked(server_db, make_account
                                                                  ) -> None:
    # 2 connections, 40 threads, 120 requests at once: handlers that held a connection
    # while waiting for a thread would starve (503 after the pool timeout).
    server = ServerProcess(server_db, env={"HEALTHDESK_POOL_SIZE": "2",
                                           "HEALTHDESK_POOL_TIMEOUT": "5"})
    server.start()
    try:
        account = make_account()
        token = account.login(server.url, "burst")

        async def burst() -> list[int]:
            async with httpx.AsyncClient(base_url=server.url, verify=ssl_context(),
                                         timeout=60, headers={
                                             "Authorization": f"Bearer {token}"}) as h:
                answers = await asyncio.gather(*(h.get("/v1/profiles") for _ in range(120)))
            return [r.status_code for r in answers]

        assert asyncio.run(burst()) == [200] * 120
    finally:
        server.stop()
        server.log.unlink(missing_ok=True)
