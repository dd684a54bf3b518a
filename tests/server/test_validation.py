"""The server judges every mutation's values on its own (docs/sync.md "Validation"):
a bad one is rejected `invalid` with one sentence naming the field, the rest of the
batch applies, and nothing a client sends is answered with a 5xx."""

from __future__ import annotations

import json
import threading
from typing import Any

import pytest

from .client import T0, Device, new_id

HUGE = 10**310


def _profile(dev: Device) -> str:
    pid = new_id()
    assert dev.push([dev.insert("profiles", pid, {})])[0]["status"] == "applied"
    return pid


def _push_text(dev: Device, mutations: list[dict[str, Any]], replace: dict[str, str]) -> Any:
    """Push a body whose JSON text is edited after encoding (NaN, 1e400: what a Python
    client's json.dumps would never write)."""
    body = json.dumps({"protocol": 1, "device_id": dev.device_id, "batch_id": new_id(),
                       "mutations": mutations})
    for old, new in replace.items():
        assert old in body
        body = body.replace(old, new)
    return dev.http.post("/v1/push", content=body,
                         headers={"Content-Type": "application/json"})


def _statuses(results: list[dict[str, Any]]) -> list[str]:
    return [r["reason"] or r["status"] for r in results]


def test_a_310_digit_number_is_refused_alone_and_names_the_field(new_device) -> None:
    dev = new_device()
    pid = _profile(dev)
    good = dev.insert("measurements", pid, {"value": 71.5})
    bad = dev.insert("measurements", pid, {"value": HUGE})
    results = dev.push([good, bad, dev.insert("measurements", pid, {"value": 72.0})])
    assert _statuses(results) == ["applied", "invalid", "applied"]
    assert "measurements.value" in results[1]["message"]
    assert "finite number" in results[1]["message"]
    changes, _ = dev.pull_all()
    assert bad["row_id"] not in {c["row_id"] for c in changes}


def test_values_out_of_the_domains_range_are_refused(new_device) -> None:
    dev = new_device()
    pid = _profile(dev)
    results = dev.push([
        dev.insert("measurements", pid, {"value": 900.0}),
        dev.insert("measurements", pid, {"kind": "spaceship"}),
        dev.insert("measurements", pid, {"kind": "blood_pressure", "unit": "mmHg",
                                         "value": 120.0, "value2": 130.0}),
        dev.insert("medications", pid, {"dose_amount": -1.0}),
        dev.insert("appointments", pid, {"start_at": "tomorrow"}),
        dev.insert("conditions", pid, {"name": "x" * 201}),
    ])
    assert _statuses(results) == ["invalid"] * 6
    messages = [r["message"] for r in results]
    assert messages[0] == "measurements.value: Weight must be between 0.2 and 500 kg."
    assert messages[1].startswith("measurements.kind must be one of: blood_pressure")
    assert "Diastolic" in messages[2]
    assert messages[3] == "medications.dose_amount must be greater than 0."
    assert messages[4].startswith("appointments.start_at must be a UTC time")
    assert messages[5] == "conditions.name must be at most 200 characters (it has 201)."


def test_an_insert_must_bring_every_required_column(new_device) -> None:
    dev = new_device()
    pid = new_id()
    bare = dev.mutation("profiles", pid, pid, {"id": pid, "profile_id": pid, "name": "Asha",
                                               "deleted": False}, op="insert")
    [res] = dev.push([bare])
    assert _statuses([res]) == ["invalid"]
    assert res["message"].startswith("a new profiles row must carry blood_type")
    # An update of a row the server does not have creates it: held to the same rule.
    pid2 = new_id()
    [res] = dev.push([dev.mutation("profiles", pid2, pid2, {"name": "Asha"})])
    assert _statuses([res]) == ["invalid"]


def test_nan_infinity_overflow_and_surrogates_are_refused_per_mutation(new_device) -> None:
    dev = new_device()
    pid = _profile(dev)
    ms = [dev.insert("measurements", pid, {"value": 71.5, "note": f"@{n}@"}) for n in range(5)]
    r = _push_text(dev, ms, {'"@0@"': "NaN", '"@1@"': "Infinity", '"@2@"': "1e400",
                             '"@3@"': '"a\\ud800b"'})
    assert r.status_code == 200, r.text
    results = r.json()["results"]
    assert _statuses(results) == ["invalid"] * 4 + ["applied"]
    assert all("measurements.note" in x["message"] for x in results[:4])
    # The same in a field this version has no column for (kept for newer clients).
    extra = [dev.insert("measurements", pid, {"value": 71.5, "future": f"@{n}@"})
             for n in range(3)]
    r = _push_text(dev, extra, {'"@0@"': "-Infinity", '"@1@"': '{"a": [1e999]}',
                                '"@2@"': str(HUGE)})
    assert _statuses(r.json()["results"]) == ["invalid"] * 3


def test_nul_and_surrogates_in_stamps_or_keys(new_device) -> None:
    dev = new_device()
    pid = _profile(dev)
    good = dev.insert("measurements", pid, {"value": 71.5})
    nul = dev.insert("measurements", pid, {"value": 71.5})
    sur = dev.insert("measurements", pid, {"value": 71.5})
    stamp = nul["stamps"]["value"]
    nul["stamps"]["value"] = stamp + "\x00"
    sur["stamps"]["value"] = stamp + "\ud800"
    body = json.dumps({"protocol": 1, "device_id": dev.device_id, "batch_id": new_id(),
                       "mutations": [good, nul, sur]})
    r = dev.http.post("/v1/push", content=body, headers={"Content-Type": "application/json"})
    assert r.status_code == 200, r.text
    assert _statuses(r.json()["results"]) == ["applied", "invalid", "invalid"]
    # A key that cannot be echoed back breaks the envelope: the request is refused.
    bad_key = dev.insert("measurements", pid, {"value": 71.5})
    bad_key["key"] += "\ud800"
    body = json.dumps({"protocol": 1, "device_id": dev.device_id, "batch_id": new_id(),
                       "mutations": [bad_key]})
    r = dev.http.post("/v1/push", content=body, headers={"Content-Type": "application/json"})
    assert r.status_code == 422 and "key" in r.json()["message"]


def test_a_client_cannot_invent_conflict_records(new_device) -> None:
    owner = new_device()
    pid = _profile(owner)
    other = new_device(owner.account)
    rid = new_id()
    ins = owner.insert("goals", pid, {"title": "Walk"}, row_id=rid)
    owner.push([ins])
    base = ins["stamps"]["title"]
    a = owner.mutation("goals", pid, rid, {"title": "Walk 5 km"}, base_version=base)
    b = other.mutation("goals", pid, rid, {"title": "Walk 10 km"}, base_version=base)
    owner.push([a])
    [res] = other.push([b])
    [cid] = res["conflicts"]
    forged_id = new_id()
    forged = owner.mutation("conflicts", pid, forged_id, {
        "entity": "goals", "row_id": rid, "field": "title", "kind": "field",
        "losing_value": "Run a marathon", "status": "open", "created_at": T0,
        "updated_at": T0, "deleted": False})
    rewrite = owner.mutation("conflicts", pid, cid, {"losing_value": "invented"})
    delete = owner.mutation("conflicts", pid, cid, {"deleted": True}, op="delete")
    resolve = owner.mutation("conflicts", pid, cid, {
        "status": "kept", "resolved_at": T0, "resolved_by": "Asha", "updated_at": T0})
    results = owner.push([forged, rewrite, delete, resolve])
    assert _statuses(results) == ["invalid", "invalid", "invalid", "applied"]
    assert "conflicts.losing_value is the server's" in results[1]["message"]
    changes, _ = owner.pull_all()
    assert forged_id not in {c["row_id"] for c in changes}


def test_a_device_speaks_only_for_itself(new_device) -> None:
    dev = new_device()
    pid = _profile(dev)
    blame = dev.insert("measurements", pid, {"value": 71.5})
    blame["stamps"] = {k: v.rsplit("-", 1)[0] + "-otherdevice" for k, v in
                       blame["stamps"].items()}
    borrowed = dev.insert("measurements", pid, {"value": 71.5})
    borrowed["key"] = "otherdevice:1:" + borrowed["key"].split(":", 1)[1]
    rid = new_id()
    ins = dev.insert("goals", pid, {"title": "Walk"}, row_id=rid)
    later = dev.mutation("goals", pid, rid, {"title": "Walk 5 km"},
                         base_version="9999999999999-00000-server")
    results = dev.push([blame, borrowed, ins, later])
    assert _statuses(results) == ["invalid", "invalid", "applied", "invalid"]
    assert "every stamp must be this device's" in results[0]["message"]
    assert results[1]["message"].startswith("key must start with this device's id")
    assert "base_version must not be later" in results[3]["message"]


def test_references_must_name_a_row_of_the_same_profile(new_device) -> None:
    dev = new_device()
    pid, elsewhere = _profile(dev), _profile(dev)
    theirs = dev.insert("medications", elsewhere, {})
    mine = dev.insert("medications", pid, {})
    # A child before its parent in one batch is fine: the client writes them so.
    early = dev.insert("dose_events", pid, {"medication_id": mine["row_id"]})
    results = dev.push([
        theirs,
        dev.insert("dose_events", pid, {"medication_id": new_id()}),
        dev.insert("dose_events", pid, {"medication_id": theirs["row_id"]}),
        early, mine,
        dev.insert("refills", new_id(), {"medication_id": mine["row_id"]}),
    ])
    assert _statuses(results) == ["applied", "invalid", "invalid", "applied", "applied",
                                  "invalid"]
    assert results[1]["message"].startswith("dose_events.medication_id must name a "
                                            "medications row of the same profile")
    changes, _ = dev.pull_all()
    seqs = {c["row_id"]: c["seq"] for c in changes if c["profile_id"] == pid}
    assert seqs[early["row_id"]] > seqs[mine["row_id"]]  # the feed has the parent first
    # A caregiver's own profile is another profile by design: it must exist, that is all.
    results = dev.push([
        dev.insert("caregivers", pid, {"caregiver_profile_id": elsewhere}),
        dev.insert("caregivers", pid, {"caregiver_profile_id": new_id()}),
    ])
    assert _statuses(results) == ["applied", "invalid"]
    assert results[1]["message"] == ("caregivers.caregiver_profile_id must name a profile "
                                     "the server has.")


@pytest.mark.parametrize("attempt", range(10))
def test_concurrent_pushes_reusing_a_key_never_fail(new_device, attempt: int) -> None:
    dev = new_device()
    pids = [_profile(dev), _profile(dev)]
    key = f"{dev.device_id}:reused:{attempt}"
    batches = []
    for pid in pids:
        m = dev.insert("measurements", pid, {"value": 71.5})
        m["key"] = key
        batches.append([m])
    start = threading.Barrier(2)
    answers: list[Any] = [None, None]

    def send(i: int) -> None:
        start.wait()
        answers[i] = dev.push_raw(batches[i])

    threads = [threading.Thread(target=send, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [a.status_code for a in answers] == [200, 200], [a.text for a in answers]
    first, second = (a.json()["results"][0] for a in answers)
    assert first == second and first["status"] == "applied"  # one applied, both told so
    changes, _ = dev.pull_all()
    applied = [c for c in changes if c["entity"] == "measurements"]
    assert len(applied) == 1


def test_only_the_owner_may_delete_the_person(new_device) -> None:
    owner, carer = new_device(), new_device()
    pid = _profile(owner)
    invite = owner.http.post(f"/v1/profiles/{pid}/invites", json={"role": "caregiver"})
    assert carer.http.post("/v1/invites/accept",
                           json={"code": invite.json()["code"]}).status_code == 200
    tombstone = {"deleted": True}
    refused = carer.push([carer.mutation("profiles", pid, pid, tombstone, op="delete")])
    assert _statuses(refused) == ["forbidden"]
    assert "only the owner" in refused[0]["message"]
    # A caregiver still edits the person's details and deletes a reading of theirs.
    reading = carer.insert("measurements", pid, {"value": 71.0})
    assert _statuses(carer.push([reading])) == ["applied"]
    gone = carer.mutation("measurements", pid, reading["row_id"], tombstone, op="delete",
                          base_version=reading["stamps"]["id"])
    assert _statuses(carer.push([gone])) == ["applied"]
    deleted = owner.push([owner.mutation("profiles", pid, pid, tombstone, op="delete")])
    # Applied; a conflict record keeps the person's unseen details (docs/sync.md).
    assert _statuses(deleted) in (["applied"], ["conflict"])
    changes, _ = owner.pull_all()
    assert [c["fields"].get("deleted") for c in changes if c["entity"] == "profiles"][-1]
