"""Push over real HTTP into a real PostgreSQL: idempotency, atomicity, merge, conflicts."""

from __future__ import annotations

import psycopg
import pytest

from healthdesk.protocol import MAX_CLOCK_AHEAD_MS, conflict_id

from .client import Device, new_id, now_ms, replay


def _profile(dev: Device) -> str:
    pid = new_id()
    assert dev.push([dev.insert("profiles", pid, {"name": "Asha Rao"})])[0]["status"] == \
        "applied"
    return pid


def _state(dev: Device, pid: str) -> dict[tuple[str, str], dict]:
    changes, _ = dev.pull_all()
    return replay([c for c in changes if c["profile_id"] == pid])


def _feed_size(server_db: str) -> int:
    with psycopg.connect(server_db) as conn:
        return int(conn.execute("SELECT count(*) FROM changes").fetchone()[0])


def test_resent_batch_gets_the_same_results_and_changes_nothing(new_device, server_db) -> None:
    dev = new_device()
    pid = _profile(dev)
    rid = new_id()
    ins = dev.insert("measurements", pid, {"kind": "weight", "value": 71.5}, row_id=rid)
    med = dev.insert("medications", pid, {})
    batch = [ins, dev.mutation("measurements", pid, rid, {"value": 71.0},
                               base_version=ins["stamps"]["value"]), med,
             dev.insert("dose_events", pid, {"medication_id": med["row_id"]})]
    first = dev.push_raw(batch, batch_id="b-1").json()["results"]
    size = _feed_size(server_db)
    before = _state(dev, pid)
    again = dev.push_raw(batch, batch_id="b-1").json()["results"]
    assert again == first
    assert [r["status"] for r in first] == ["applied"] * 4
    assert _feed_size(server_db) == size
    assert _state(dev, pid) == before
    assert before[("measurements", rid)]["value"] == 71.0


def test_a_failing_batch_leaves_nothing(new_device, server_db) -> None:
    dev = new_device()
    pid = _profile(dev)
    poison = new_id()
    # A real database failure in the middle of the batch: a trigger refusing one row.
    with psycopg.connect(server_db, autocommit=True) as conn:
        conn.execute(f"""CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN
            IF NEW.row_id = '{poison}' THEN RAISE EXCEPTION 'disk on fire'; END IF;
            RETURN NEW; END $$ LANGUAGE plpgsql;
            CREATE TRIGGER refuse BEFORE INSERT ON rows FOR EACH ROW EXECUTE FUNCTION refuse()""")
    size = _feed_size(server_db)
    batch = [dev.insert("measurements", pid, {"value": i + 1}) for i in range(3)]
    batch.insert(2, dev.insert("measurements", pid, {"value": 99}, row_id=poison))
    try:
        r = dev.push_raw(batch)
        assert r.status_code == 500
        assert _feed_size(server_db) == size
        with psycopg.connect(server_db) as conn:
            assert conn.execute("SELECT count(*) FROM rows WHERE profile_id = %s",
                                (pid,)).fetchone()[0] == 1  # the profile row only
            assert conn.execute("SELECT count(*) FROM pushed_keys WHERE key = ANY(%s)",
                                ([m["key"] for m in batch],)).fetchone()[0] == 0
    finally:
        with psycopg.connect(server_db, autocommit=True) as conn:
            conn.execute("DROP TRIGGER refuse ON rows; DROP FUNCTION refuse()")
    # Sent again once the fault is gone, the batch applies in full, the feed gap-free.
    assert [x["status"] for x in dev.push(batch)] == ["applied"] * 4
    changes, _ = dev.pull_all()
    seqs = [c["seq"] for c in changes if c["profile_id"] == pid]
    assert seqs == list(range(1, 6))


def test_concurrent_field_edits_make_a_conflict_record_and_both_ends_agree(new_device,
                                                                          make_account) -> None:
    owner = new_device()
    pid = _profile(owner)
    other = new_device(owner.account)
    rid = new_id()
    ins = owner.insert("medications", pid, {"name": "Metformin", "dose": "500 mg"}, row_id=rid)
    owner.push([ins])
    base = ins["stamps"]["name"]
    # Both devices edited `dose` having seen only the insert.
    a = owner.mutation("medications", pid, rid, {"dose": "850 mg"}, base_version=base)
    b = other.mutation("medications", pid, rid, {"dose": "1000 mg"}, base_version=base)
    assert owner.push([a])[0]["status"] == "applied"
    res = other.push([b])[0]
    assert res["status"] == "conflict"
    assert res["conflicts"] == [conflict_id(b["key"], "dose")]
    state = _state(owner, pid)
    winner = max((a, b), key=lambda m: m["stamps"]["dose"])
    loser = a if winner is b else b
    assert state[("medications", rid)]["dose"] == winner["fields"]["dose"]
    record = state[("conflicts", res["conflicts"][0])]
    assert record["kind"] == "field" and record["field"] == "dose"
    assert record["losing_value"] == loser["fields"]["dose"]
    assert record["winning_value"] == winner["fields"]["dose"]
    assert record["losing_device"] == loser["stamps"]["dose"].split("-", 2)[2]
    assert record["status"] == "open" and record["entity"] == "medications"
    assert _state(other, pid) == state  # the second device sees the same record


def test_an_edit_made_after_seeing_the_other_is_an_overwrite_not_a_conflict(new_device) -> None:
    dev = new_device()
    pid = _profile(dev)
    other = new_device(dev.account)
    rid = new_id()
    ins = dev.insert("goals", pid, {"title": "Walk"}, row_id=rid)
    first = dev.mutation("goals", pid, rid, {"title": "Walk 5 km"}, base_version=None)
    first["base_version"] = ins["stamps"]["title"]
    dev.push([ins, first])
    seen = other.mutation("goals", pid, rid, {"title": "Walk 10 km"},
                          base_version=first["stamps"]["title"])
    assert other.push([seen])[0] == {"key": seen["key"], "status": "applied", "reason": None,
                                     "message": None, "conflicts": []}
    assert _state(dev, pid)[("goals", rid)]["title"] == "Walk 10 km"
    assert not [k for k in _state(dev, pid) if k[0] == "conflicts"]


@pytest.mark.parametrize("entity,kept_alive", [("allergies", True), ("measurements", False)])
@pytest.mark.parametrize("delete_first", [True, False])
def test_edit_against_delete(new_device, entity, kept_alive, delete_first) -> None:
    dev = new_device()
    pid = _profile(dev)
    other = new_device(dev.account)
    rid = new_id()
    ins = dev.insert(entity, pid, {"note": "from the clinic"}, row_id=rid)
    dev.push([ins])
    base = ins["stamps"]["note"]
    delete = dev.mutation(entity, pid, rid, {"deleted": True}, op="delete", base_version=base)
    edit = other.mutation(entity, pid, rid, {"note": "severe"}, base_version=base)
    order = [(dev, delete), (other, edit)] if delete_first else [(other, edit), (dev, delete)]
    results = [d.push([m])[0] for d, m in order]
    assert results[0]["status"] == "applied"
    assert results[1]["status"] == "conflict"
    state = _state(dev, pid)
    row = state[(entity, rid)]
    assert row["deleted"] is (not kept_alive)
    assert row["note"] == "severe"  # the edit's value is on the row (alive or tombstone)
    record = state[("conflicts", results[1]["conflicts"][0])]
    assert record["kind"] == "edit_vs_delete" and record["field"] == "deleted"
    if kept_alive:
        assert record["losing_value"] is True and record["winning_value"] == {"note": "severe"}
    else:
        assert record["losing_value"] == {"note": "severe"} and record["winning_value"] is True
    assert _state(other, pid) == state


def test_append_only_rows_never_conflict_and_a_second_insert_is_a_duplicate(new_device) -> None:
    dev = new_device()
    pid = _profile(dev)
    other = new_device(dev.account)
    rid = new_id()
    med = dev.insert("medications", pid, {})
    first = dev.insert("dose_events", pid, {"medication_id": med["row_id"], "action": "taken"},
                       row_id=rid)
    again = other.insert("dose_events", pid, {"medication_id": med["row_id"],
                                              "action": "skipped"}, row_id=rid)
    assert [r["status"] for r in dev.push([med, first])] == ["applied", "applied"]
    assert other.push([again])[0]["status"] == "duplicate"
    upd = dev.mutation("dose_events", pid, rid, {"action": "skipped"})
    res = dev.push([upd])[0]
    assert (res["status"], res["reason"]) == ("rejected", "invalid")
    state = _state(dev, pid)
    assert state[("dose_events", rid)]["action"] == "taken"
    assert not [k for k in state if k[0] == "conflicts"]


def test_unknown_fields_are_kept_and_passed_on(new_device) -> None:
    dev = new_device()
    pid = _profile(dev)
    rid = new_id()
    dev.push([dev.insert("measurements", pid, {"value": 5.1, "glucose_context": "fasting"},
                         row_id=rid)])
    other = new_device(dev.account)
    assert _state(other, pid)[("measurements", rid)]["glucose_context"] == "fasting"


def test_a_stamp_too_far_ahead_is_rejected_and_not_applied(new_device) -> None:
    dev = new_device()
    pid = _profile(dev)
    rid = new_id()
    ins = dev.insert("goals", pid, {"title": "Sleep"}, row_id=rid)
    dev.push([ins])
    future = f"{now_ms() + MAX_CLOCK_AHEAD_MS + 120_000:013d}-00000-{dev.device_id}"
    m = dev.mutation("goals", pid, rid, {"title": "Sleep 8 h"}, stamp=future,
                     base_version=ins["stamps"]["title"])
    res = dev.push([m])[0]
    assert (res["status"], res["reason"]) == ("rejected", "clock_ahead")
    assert "minutes ahead" in res["message"]
    assert _state(dev, pid)[("goals", rid)]["title"] == "Sleep"
    # Not remembered as seen: sent again with an honest stamp, the same key applies.
    m["stamps"] = {"title": dev.stamp()}
    assert dev.push([m])[0]["status"] == "applied"


@pytest.mark.parametrize("change,reason", [
    ({"entity": "spaceships"}, "unknown_entity"),
    ({"op": "upsert"}, "invalid"),
    ({"row_id": "not-a-uuid"}, "invalid"),
    ({"stamps": {"value": "yesterday"}}, "invalid"),
    ({"fields": {"value": "a\x00b"}}, "invalid"),
    ({"fields": {"value": 1, "Bad Name": 2}, "stamps": {}}, "invalid"),
    ({"entity": "conflicts", "op": "insert"}, "invalid"),
])
def test_bad_mutations_are_rejected_alone(new_device, change, reason) -> None:
    dev = new_device()
    pid = _profile(dev)
    good = dev.insert("measurements", pid, {"value": 1})
    bad = dev.insert("measurements", pid, {"value": 2})
    bad.update(change)
    if "stamps" in change and not change["stamps"]:
        bad["stamps"] = dict.fromkeys(bad["fields"], dev.stamp())
    results = dev.push([bad, good])
    assert (results[0]["status"], results[0]["reason"]) == ("rejected", reason)
    assert results[0]["message"]
    assert results[1]["status"] == "applied"


def test_a_batch_over_the_limit_is_refused_with_the_field_named(new_device) -> None:
    dev = new_device()
    pid = _profile(dev)
    r = dev.push_raw([dev.insert("measurements", pid, {"value": i}) for i in range(501)])
    assert r.status_code == 422
    assert "mutations" in r.json()["message"]
    assert r.headers["X-Server-Time"].isdigit()
