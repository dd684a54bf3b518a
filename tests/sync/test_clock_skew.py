"""Clock skew: a slow clock catches up from the server and its later edits still win; a
fast clock cannot make its edits win: they are refused, kept, and the person is told."""

from __future__ import annotations

import datetime as dt

from tests.sync.conftest import SkewedClock, assert_converged, settle


def test_a_device_an_hour_behind_still_wins_with_a_later_edit(new_device, make_account) -> None:  # type: ignore[no-untyped-def]
    acct = make_account()
    a = new_device(acct)
    slow = new_device(acct, clock=SkewedClock(dt.timedelta(hours=-1)))
    pid = a.record.profiles.create(name="Asha Rao").id
    doc = a.record.documents.import_bytes(pid, b"x", "x.txt", title="Scan").id
    a.record.documents.update(doc, title="Edited on A")
    settle(a, slow)
    assert slow.record.documents.get(doc).title == "Edited on A"
    slow.record.documents.update(doc, title="Edited later on the slow device")
    settle(slow, a)
    assert a.record.documents.get(doc).title == "Edited later on the slow device"
    assert a.record.conflicts.list_open() == []  # it had seen A's edit: an overwrite
    assert_converged(a, slow)


def test_a_fast_clock_is_refused_kept_and_explained(new_device, make_account) -> None:  # type: ignore[no-untyped-def]
    acct = make_account()
    a = new_device(acct)
    pid = a.record.profiles.create(name="Asha Rao").id
    doc = a.record.documents.import_bytes(pid, b"x", "x.txt", title="Scan").id
    fast = new_device(acct, clock=SkewedClock(dt.timedelta(minutes=20)))
    settle(a, fast)
    fast.record.documents.update(doc, title="From the future")
    report = fast.sync()
    assert report.rejected >= 1 and report.set_aside == 0
    assert report.clock_message and "20 minutes" in report.clock_message
    status = fast.record.sync.status()
    assert status.pending >= 1 and status.set_aside == 0
    assert "clock" in status.summary(fast.record.now())
    a.sync()
    assert a.record.documents.get(doc).title == "Scan"  # an old edit cannot win by skew
    # Kept, not set aside: it is offered again each round until the server's time has
    # caught up with its stamp.
    again = fast.sync()
    assert again.rejected >= 1 and fast.record.sync.status().pending == status.pending
