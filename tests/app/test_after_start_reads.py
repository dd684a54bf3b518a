"""What the app reads in the seconds after Today is painted (issue 19: RSS <= 150 MiB).

The notify bar's first tick (NotificationProducers.tick) ran ``SyncService.status()``
only to learn whether syncing had been failing; its counts scan the whole outbox, which
on a 10-year store never synced is ~80,000 rows: ~0.3 s and ~30 MiB of SQLCipher page
cache, the largest part of what the resident memory grew by after the first paint.
The tick asks ``SyncService.outcome()`` now, which reads the account facts only.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from healthdesk.services.record import HealthRecord


def _statements(record: HealthRecord) -> list[str]:
    seen: list[str] = []

    @event.listens_for(record.store.db.engine, "before_cursor_execute")
    def _seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    return seen


def test_the_notification_tick_does_not_scan_the_outbox(record: HealthRecord) -> None:
    pid = record.profiles.create(name="Asha Rao").id
    for value in (5.5, 6.1, 7.0):
        record.readings.record(pid, "glucose", {"glucose": value})
    seen = _statements(record)
    record.producers.tick()
    assert seen, "the tick ran no SQL at all: the listener is not on the store's engine"
    assert not [s for s in seen if "FROM outbox" in s], seen
    # status() still counts what waits (the sync menu shows it).
    assert record.sync.status().pending >= 4


def test_outcome_says_what_status_says_about_the_last_rounds(record: HealthRecord) -> None:
    record.sync._accounts.put(last_error="server unreachable",
                              last_error_at="2026-03-10T08:00:00.000000Z",
                              last_success="2026-03-10T07:00:00.000000Z")
    st, out = record.sync.status(), record.sync.outcome()
    assert (out.signed_in, out.last_success, out.last_error, out.last_error_at) == (
        st.signed_in, st.last_success, st.last_error, st.last_error_at)
    assert out.last_error == "server unreachable" and out.last_error_at is not None
