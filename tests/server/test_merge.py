"""Field-level last-writer-wins: the same result whatever order changes arrive in.

The merge itself is pure (healthdesk/server/merge.py): Hypothesis drives it through
arbitrary writes in arbitrary orders. One test then does the same over real HTTP.
"""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from healthdesk.server.merge import Incoming, Row, apply, merge, stamp_after

from .client import Device, new_id, now_ms, replay

PID, RID = "00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002"
BASE = "1700000000000-00000-origin"
FIELDS = ("name", "dose", "notes")


def _stamp(ms: int, counter: int, device: str) -> str:
    return f"{ms:013d}-{counter:05d}-{device}"


writes = st.lists(
    st.tuples(st.sampled_from(FIELDS), st.integers(0, 5),  # field, value
              st.integers(1, 50), st.integers(0, 3), st.sampled_from("abc")),  # ms, ctr, dev
    min_size=1, max_size=6, unique_by=lambda w: (w[2], w[3], w[4], w[0]))


def _run(order: list[Incoming]) -> tuple[Row, list[Row]]:
    row = Row({"id": RID, "deleted": False, **dict.fromkeys(FIELDS, "v0")},
              dict.fromkeys(["id", "deleted", *FIELDS], BASE))
    records: list[Row] = []
    for m in order:
        out = merge(row, m, now_ms=1_700_000_000_000)
        row = apply(row, out.won_fields, out.won_stamps)
        records += out.conflicts
    return row, records


@given(writes, st.randoms(use_true_random=False))
def test_every_delivery_order_gives_the_same_row_and_loses_nothing(ws, rnd) -> None:
    muts = [Incoming(f"{dev}:{i}", "medications", RID, PID, "update", {f: f"{dev}{v}"},
                     {f: _stamp(1_700_000_000_000 + ms, ctr, dev)}, BASE)
            for i, (f, v, ms, ctr, dev) in enumerate(ws)]
    reference, _ = _run(muts)
    for _ in range(4):
        shuffled = list(muts)
        rnd.shuffle(shuffled)
        row, records = _run(shuffled)
        assert row.fields == reference.fields
        assert row.stamps == reference.stamps
        # Every concurrent value that did not end on the row is in the inbox.
        lost = {(m.key, f, v) for m in muts for f, v in m.fields.items()
                if row.fields[f] != v}
        kept = {(c.fields["field"], c.fields["losing_value"]) for c in records}
        assert {(f, v) for _k, f, v in lost} <= kept


def test_the_greatest_stamp_wins_and_ties_break_on_the_device() -> None:
    a = Incoming("a:1", "goals", RID, PID, "update", {"title": "A"},
                 {"title": _stamp(1_700_000_000_100, 0, "a")}, BASE)
    b = Incoming("b:1", "goals", RID, PID, "update", {"title": "B"},
                 {"title": _stamp(1_700_000_000_100, 0, "b")}, BASE)
    for order in ([a, b], [b, a]):
        row, records = _run(order)
        assert row.fields["name"] == "v0"
        final = row.fields.get("title")
        assert final == "B"
        assert [r.fields["losing_value"] for r in records] == ["A"]


def test_a_server_stamp_is_later_than_the_one_it_answers() -> None:
    s = _stamp(5_000, 7, "dev")
    assert stamp_after(s, now_ms=4_000) > s
    assert stamp_after(s, now_ms=9_000) == _stamp(9_000, 0, "server")
    assert stamp_after(_stamp(5_000, 99_999, "dev"), 0) == _stamp(5_001, 0, "server")


def test_conflict_records_do_not_themselves_conflict() -> None:
    record = Row({"status": "open"}, {"status": _stamp(1_700_000_000_010, 0, "server")})
    keep = Incoming("a:1", "conflicts", RID, PID, "update", {"status": "kept"},
                    {"status": _stamp(1_700_000_000_020, 0, "a")}, BASE)
    restore = Incoming("b:1", "conflicts", RID, PID, "update", {"status": "restored"},
                       {"status": _stamp(1_700_000_000_030, 0, "b")}, BASE)
    out = merge(record, keep, 0)
    assert out.status == "applied" and out.conflicts == []
    out2 = merge(apply(record, out.won_fields, out.won_stamps), restore, 0)
    assert out2.won_fields == {"status": "restored"} and out2.conflicts == []


def test_three_devices_in_all_six_orders_over_http_end_alike(new_device) -> None:
    owner = new_device()
    devices: list[Device] = [owner, new_device(owner.account), new_device(owner.account)]
    t = now_ms()
    finals = []
    for order in itertools.permutations(range(3)):
        pid = new_id()
        rid = new_id()
        ins = owner.insert("medications", pid, {"name": "Aspirin", "dose": "75 mg"},
                           row_id=rid, stamp=_stamp(t, 0, owner.device_id))
        owner.push([owner.insert("profiles", pid, {"name": "P"}), ins])
        base = ins["stamps"]["dose"]
        edits = [d.mutation("medications", pid, rid, {"dose": f"{100 * (i + 1)} mg",
                                                      "notes": f"by {i}"},
                            base_version=base, stamp=_stamp(t + 10 + i, 0, d.device_id))
                 for i, d in enumerate(devices)]
        for i in order:
            devices[i].push([edits[i]])
        changes, _ = owner.pull_all({})
        state = replay([c for c in changes if c["profile_id"] == pid])
        row = state[("medications", rid)]
        losers = sorted(v["losing_value"] for k, v in state.items() if k[0] == "conflicts"
                        and v["field"] == "dose")
        finals.append((row["dose"], row["notes"], losers))
    assert finals == [("300 mg", "by 2", ["100 mg", "200 mg"])] * 6


def test_bookkeeping_fields_take_the_later_value_but_never_conflict() -> None:
    a = Incoming("a:1", "goals", RID, PID, "update",
                 {"name": "x", "updated_at": "2026-03-10T09:00:00.000000Z"},
                 {"name": _stamp(1_700_000_000_100, 0, "a"),
                  "updated_at": _stamp(1_700_000_000_100, 0, "a")}, BASE)
    b = Incoming("b:1", "goals", RID, PID, "update",
                 {"dose": "y", "updated_at": "2026-03-10T09:00:01.000000Z"},
                 {"dose": _stamp(1_700_000_000_200, 0, "b"),
                  "updated_at": _stamp(1_700_000_000_200, 0, "b")}, BASE)
    for order in ([a, b], [b, a]):
        row, records = _run(order)
        assert row.fields["updated_at"] == "2026-03-10T09:00:01.000000Z"
        assert (row.fields["name"], row.fields["dose"]) == ("x", "y")
        assert records == []  # different fields of one row: not a conflict
