"""The status line says what a person needs to know, in words."""

from __future__ import annotations

import datetime as dt

from healthdesk.services.sync import SyncStatus

NOW = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC)


def _status(**kw) -> SyncStatus:  # type: ignore[no-untyped-def]
    base = dict(signed_in=True, server_url="https://clinic.example", user="grace",
                last_success=NOW - dt.timedelta(minutes=3), last_error=None,
                last_error_at=None, pending=0, set_aside=0, open_conflicts=0,
                clock_message=None, last_report=None)
    return SyncStatus(**{**base, **kw})


def test_a_record_never_signed_in_does_not_count_waiting_changes() -> None:
    text = _status(signed_in=False, server_url=None, user=None, last_success=None,
                   pending=18291).summary(NOW)
    assert "this computer only" in text and "waiting" not in text


def test_signed_in_status_names_age_waiting_conflicts_and_the_last_error() -> None:
    text = _status(pending=1, open_conflicts=2, last_error="the server did not answer",
                   last_error_at=NOW - dt.timedelta(minutes=1)).summary(NOW)
    assert text == ("Synced 3 min ago · 1 change waiting · 2 conflicts to review · "
                    "Last sync failed: the server did not answer")
