"""Retention on the real server over HTTP: a person's synced rule makes the server erase
the covered rows and their feed changes, so a device joining later never receives them."""

from __future__ import annotations

from collections.abc import Callable

from healthdesk.domain.retention import rule_id

from .client import Device, new_id

OLD = "2020-01-05T08:00:00.000000Z"
RECENT = "2026-11-30T08:00:00.000000Z"


def _chat(dev: Device, pid: str, session: str, text: str, when: str) -> dict[str, object]:
    return dev.insert("chat_messages", pid, {"session_id": session, "content": text,
                                             "sent_at": when})


def test_a_rule_erases_old_rows_on_the_server(new_device: Callable[..., Device]) -> None:
    owner = new_device()
    pid = new_id()
    session = new_id()
    owner.push([owner.insert("profiles", pid, {"name": "Meera"}),
                owner.insert("chat_sessions", pid, {}, row_id=session)])
    old = _chat(owner, pid, session, "the old worry", OLD)
    recent = _chat(owner, pid, session, "this week", RECENT)
    symptom = owner.insert("symptom_entries", pid, {"onset_at": OLD})
    assert all(r["status"] == "applied" for r in owner.push([old, recent, symptom]))

    rule = owner.insert("retention_rules", pid, {"kind": "chat_messages", "keep_months": 12,
                                                 "enabled": True},
                        row_id=rule_id(pid, "chat_messages"))
    res = owner.push([rule])[0]
    assert res["status"] == "applied", res

    late = new_device(owner.account)
    changes, _ = late.pull_all()
    ids = {c["row_id"] for c in changes}
    assert old["row_id"] not in ids, "an erased row still reaches a new device"
    assert recent["row_id"] in ids and symptom["row_id"] in ids  # no rule for symptoms
    assert rule["row_id"] in ids  # the rule itself travels

    # A device that was offline pushes an old row the rule covers: taken at once.
    stale = _chat(owner, pid, session, "found in an old outbox", "2021-02-01T00:00:00.000000Z")
    assert owner.push([stale])[0]["status"] == "applied"
    changes, _ = new_device(owner.account).pull_all()
    assert stale["row_id"] not in {c["row_id"] for c in changes}


def test_a_rule_turned_off_erases_nothing(new_device: Callable[..., Device]) -> None:
    owner = new_device()
    pid = new_id()
    session = new_id()
    owner.push([owner.insert("profiles", pid, {"name": "Kamala"}),
                owner.insert("chat_sessions", pid, {}, row_id=session)])
    old = _chat(owner, pid, session, "kept", OLD)
    rule = owner.insert("retention_rules", pid, {"kind": "chat_messages", "keep_months": 12,
                                                 "enabled": False},
                        row_id=rule_id(pid, "chat_messages"))
    owner.push([old, rule])
    changes, _ = new_device(owner.account).pull_all()
    assert old["row_id"] in {c["row_id"] for c in changes}


def test_only_the_owner_may_set_a_rule(new_device: Callable[..., Device]) -> None:
    """A rule erases on every device: a caregiver's would erase a record they do not own."""
    owner, carer = new_device(), new_device()
    pid = new_id()
    session = new_id()
    owner.push([owner.insert("profiles", pid, {"name": "Meera"}),
                owner.insert("chat_sessions", pid, {}, row_id=session)])
    old = _chat(owner, pid, session, "the old worry", OLD)
    owner.push([old])
    code = owner.http.post(f"/v1/profiles/{pid}/invites", json={"role": "caregiver"})
    assert carer.http.post("/v1/invites/accept",
                           json={"code": code.json()["code"]}).status_code == 200
    rule = carer.insert("retention_rules", pid, {"kind": "chat_messages", "keep_months": 1,
                                                 "enabled": True},
                        row_id=rule_id(pid, "chat_messages"))
    res = carer.push([rule])[0]
    assert res["status"] == "rejected" and res["reason"] == "forbidden", res
    assert "only the owner" in res["message"]
    changes, _ = new_device(owner.account).pull_all()
    assert old["row_id"] in {c["row_id"] for c in changes}
