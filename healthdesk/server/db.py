"""Connections: one psycopg pool per worker process.

Connections are in autocommit mode and every unit of work is an explicit
``conn.transaction()``, so a connection never goes back to the pool mid-transaction.
"""

from __future__ import annotations

from psycopg.rows import tuple_row
from psycopg_pool import ConnectionPool


def make_pool(url: str, max_size: int = 10, open_now: bool = True,
              timeout: float = 10) -> ConnectionPool:
    # Statement timeout bounds a stuck request; idle-in-transaction timeout frees row
    # locks (the per-profile feed counter) if a worker dies mid-push.
    options = "-c statement_timeout=30000 -c idle_in_transaction_session_timeout=60000"
    return ConnectionPool(
        url, min_size=1, max_size=max_size, open=open_now, timeout=timeout,
        kwargs={"autocommit": True, "row_factory": tuple_row, "options": options,
                "prepare_threshold": None},
        name="healthdesk",
    )
