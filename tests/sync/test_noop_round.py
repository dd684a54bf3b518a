"""A sync with nothing to do writes nothing here (issue 19: no-op p99 <= Anki's): its
result is kept in memory while the stored one says the same and is recent, so no
fsync'd commit per idle round; status() still shows the newer time, and anything a round
did (or five minutes passing) is stored again."""

from __future__ import annotations

import datetime as dt

from healthdesk.services.sync import NOOP_SAVE_EVERY


def _stored(device) -> str:  # type: ignore[no-untyped-def]
    return str(device.record.sync._accounts.get("last_success"))


def test_idle_rounds_commit_nothing_until_something_happens(new_device) -> None:  # type: ignore[no-untyped-def]
    a = new_device()
    a.record.profiles.create(name="Asha Rao")
    assert a.sync().pushed >= 1
    assert a.sync().pushed == 0  # the first idle round after work: stored (report changed)
    first = _stored(a)
    db = a.record.store.db.path
    wal = db.with_name(db.name + "-wal")
    size = wal.stat().st_size if wal.exists() else 0
    r = a.sync()
    assert (r.pushed, r.pulled) == (0, 0)
    assert _stored(a) == first  # nothing written
    assert (wal.stat().st_size if wal.exists() else 0) == size
    shown = a.record.sync.status().last_success
    assert shown is not None and shown >= dt.datetime.fromisoformat(first.replace("Z", "+00:00"))

    when, said = a.record.sync._saved
    a.record.sync._saved = (when - NOOP_SAVE_EVERY, said)  # as if five minutes went by
    a.sync()
    assert _stored(a) != first  # older than NOOP_SAVE_EVERY: stored again
    second = _stored(a)
    a.record.profiles.create(name="Ravi Rao")
    assert a.sync().pushed >= 1
    assert _stored(a) != second  # a round that did something is always stored
