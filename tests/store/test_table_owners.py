"""The modules that own a device-local table (store/local_state.py, cursors.py,
outbox.py) on a real store: what they write reads back the same through the ORM."""

from __future__ import annotations

from healthdesk.services.record import HealthRecord
from healthdesk.store import cursors, local_state
from healthdesk.store import outbox as store_outbox
from healthdesk.store.models import LocalState


def test_local_state_text_is_the_orms(record: HealthRecord) -> None:
    store = record.store
    value = {"b": [1, "é"], "a": None}
    with store.db.write_unstamped() as s:
        local_state.put_many(s, {"test.one": value, "test.two": 2, "other": "x"})
    with store.read() as s:
        raw = s.connection().exec_driver_sql(
            "SELECT value FROM local_state WHERE key = 'test.one'").scalar()
        assert s.get(LocalState, "test.one").value == value
        assert local_state.get_prefixed(s, "test.") == {"one": value, "two": 2}
    with store.write() as s:
        s.get(LocalState, "test.two").value = value
    with store.read() as s:
        assert s.connection().exec_driver_sql(
            "SELECT value FROM local_state WHERE key = 'test.two'").scalar() == raw
    with store.db.write_unstamped() as s:
        local_state.put(s, "test.one", None)  # None forgets
    with store.read() as s:
        assert local_state.get(s, "test.one", "gone") == "gone"


def test_cursors_and_outbox_counts(record: HealthRecord, profile_id: str) -> None:
    store = record.store
    with store.db.write_unstamped() as s:
        cursors.save(s, [(profile_id, 7, "owner")])
    with store.read() as s:
        assert cursors.load(s) == {profile_id: 7}
        assert cursors.known(s) == {profile_id: (7, "owner")}
        assert cursors.has(s, profile_id)
        pending, refused = store_outbox.counts(s)
        entries = store_outbox.read_pending(s, 1000)
    assert pending == len(entries) > 0 and refused == 0
    with store.db.write_unstamped() as s:
        store_outbox.set_aside(s, [entries[0].seq], "invalid: no")
    with store.read() as s:
        assert store_outbox.counts(s) == (pending - 1, 1)
        assert [r.seq for r in store_outbox.refused(s)] == [entries[0].seq]
    with store.db.write_unstamped() as s:
        assert store_outbox.requeue_refused(s) == 1
        cursors.forget_all(s)
    with store.read() as s:
        assert store_outbox.counts(s) == (pending, 0)
        assert cursors.load(s) == {}
