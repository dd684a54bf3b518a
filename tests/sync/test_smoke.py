from __future__ import annotations

import datetime as dt

from tests.sync.conftest import assert_converged, settle


def test_two_devices_of_one_account_converge(new_device, make_account) -> None:  # type: ignore[no-untyped-def]
    acct = make_account()
    a = new_device(acct)
    b = new_device(acct)
    pid = a.record.profiles.create(name="Asha Rao").id
    a.record.readings.record(pid, "weight", {"weight": 70},
                             taken_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    r = a.sync()
    assert r.pushed >= 2
    r = b.sync()
    assert r.pulled >= 2
    assert [p.name for p in b.record.profiles.all()] == ["Asha Rao"]
    settle(a, b)
    assert_converged(a, b)
