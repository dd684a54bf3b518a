"""Retention through a real server: a rule set on one device reaches the other devices
and the server; each erases the covered rows itself (no tombstones travel), and a device
that was offline and pushes an old row sees the server take it too."""

from __future__ import annotations

import datetime as dt
import json

import psycopg

OLD_NOTE = "the quince-shaped bruise on the elbow"


def _messages(device, pid: str) -> list[str]:  # type: ignore[no-untyped-def]
    tables = json.loads(device.export())["tables"]
    return sorted(r["content"] for r in tables.get("chat_messages", [])
                  if r["profile_id"] == pid)


def test_a_rule_set_on_one_device_erases_everywhere(new_device, make_account,  # type: ignore[no-untyped-def]
                                                    server_db: str) -> None:
    account = make_account()
    phone, laptop = new_device(account), new_device(account)
    pid = phone.record.profiles.create(name="Kamala Iyer").id
    session = phone.record.chat.create_session(pid, "Family notes")
    phone.clock.offset = -dt.timedelta(days=500)
    phone.record.chat.post(session.id, OLD_NOTE)
    phone.clock.offset = dt.timedelta(0)
    phone.record.chat.post(session.id, "this week")
    phone.sync()
    laptop.sync()
    assert _messages(laptop, pid) == [OLD_NOTE, "this week"]

    laptop.record.retention.set_rule(pid, "chat_messages", 12)
    laptop.record.retention.apply()
    assert _messages(laptop, pid) == ["this week"]
    laptop.sync()  # the rule goes up; the server takes the old note
    with psycopg.connect(server_db) as conn:
        left = conn.execute("SELECT count(*) FROM rows WHERE profile_id = %s AND "
                            "fields::text LIKE %s", (pid, "%quince%")).fetchone()[0]
        feed = conn.execute("SELECT count(*) FROM changes WHERE profile_id = %s AND "
                            "fields::text LIKE %s", (pid, "%quince%")).fetchone()[0]
    assert (left, feed) == (0, 0)

    phone.sync()  # the rule comes down; the round applies it here
    assert _messages(phone, pid) == ["this week"]
    assert [r.keep_months for r in phone.record.retention.rules(pid)
            if r.kind == "chat_messages"] == [12]
    with phone.record.store.read() as s:
        queued = s.connection().exec_driver_sql(
            "SELECT count(*) FROM outbox WHERE table_name = 'chat_messages'").scalar()
    assert queued == 0  # nothing was queued for the erased row

    fresh = new_device(account)
    fresh.sync()
    assert _messages(fresh, pid) == ["this week"]


def test_a_caregiver_cannot_set_a_rule(new_device) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from healthdesk.domain.errors import ValidationError

    owner, carer = new_device(), new_device()
    pid = owner.record.profiles.create(name="Kamala Iyer").id
    owner.sync()
    carer.record.sharing.accept(owner.record.sharing.invite(pid, "caregiver").code)
    carer.sync()
    with pytest.raises(ValidationError) as refused:
        carer.record.retention.set_rule(pid, "chat_messages", 12)
    assert "Only the owner" in str(refused.value) and "caregiver" in str(refused.value)
    assert all(r.keep_months is None for r in carer.record.retention.rules(pid))
