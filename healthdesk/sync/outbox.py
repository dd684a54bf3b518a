"""From outbox entries to mutations: coalescing, and acknowledging what the server took.

Entries are read in ``seq`` order. Consecutive entries of one row are coalesced into one
mutation while each entry was made on the version the previous one left (``base_version``
equals the previous ``version``): each field then goes once, with the value the row has
now and the stamp of the latest entry that changed it (docs/sync.md). When a pulled change
came in between two local edits, the chain breaks and the later edit becomes a mutation
of its own with its own base, so the server can tell which edits saw that change.
The entries are read and acknowledged through ``healthdesk.store.outbox``, which owns
every outbox query; this module only plans.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from healthdesk.protocol import Mutation
from healthdesk.store.outbox import Entry

from .codec import NOT_SENT, Table, quote, tables

META = frozenset({"id", "created_at", "updated_at", "version"})


@dataclass
class Planned:
    """One mutation and the outbox entries it acknowledges."""

    mutation: Mutation
    seqs: list[int] = field(default_factory=list)


def _groups(entries: Sequence[Entry]) -> list[list[Entry]]:
    """Chains of entries per row, ordered by their first entry's seq (parents before
    children: a row created before another stays before it)."""
    open_chain: dict[tuple[str, str], list[Entry]] = {}
    out: list[list[Entry]] = []
    for e in entries:
        key = (e.table, e.row_id)
        chain = open_chain.get(key)
        # A NULL base on an update comes from before sync existed (0002): it continues.
        continues = chain is not None and e.op != "insert" and (
            e.base_version is None or e.base_version == chain[-1].version)
        if continues:
            assert chain is not None
            chain.append(e)
        else:
            chain = [e]
            open_chain[key] = chain
            out.append(chain)
    return out


def _load_rows(session: Session, wanted: dict[str, set[str]]
               ) -> dict[tuple[str, str], dict[str, Any]]:
    out: dict[tuple[str, str], dict[str, Any]] = {}
    conn = session.connection()
    for table, ids in wanted.items():
        id_list = sorted(ids)
        for i in range(0, len(id_list), 500):
            chunk = id_list[i:i + 500]
            cur = conn.exec_driver_sql(
                f"SELECT * FROM {quote(table)} WHERE id IN ({','.join('?' * len(chunk))})",
                tuple(chunk))
            names = list(cur.keys())
            for r in cur.fetchall():
                row = dict(zip(names, r, strict=True))
                out[(table, row["id"])] = row
    return out


def _mutation(device_id: str, chain: list[Entry], spec: Table, row: dict[str, Any],
              later_fields: set[str]) -> Mutation | None:
    first, last = chain[0], chain[-1]
    is_insert = first.op == "insert"
    values: dict[str, Any] = {}
    stamps: dict[str, str] = {}
    for e in chain:
        for f in e.fields:
            if f not in spec.columns or f in NOT_SENT:
                continue
            pinned = e.pinned or {}
            if f in pinned:
                values[f] = pinned[f]
            elif f in later_fields and not is_insert:
                # A later mutation of this row sends the field with its newer stamp.
                values.pop(f, None)
                stamps.pop(f, None)
                continue
            else:
                values[f] = spec.encoder(f)(row.get(f))
            stamps[f] = e.version
    if not values and not is_insert:
        return None
    if is_insert:
        values["created_at"], stamps["created_at"] = row["created_at"], first.version
    if "updated_at" not in later_fields:
        values["updated_at"], stamps["updated_at"] = row["updated_at"], last.version
    if is_insert:
        op = "insert"
    elif values.get("deleted") is True:
        op = "delete"
    else:
        op = "update"
    profile_id = row.get("profile_id") or first.profile_id or ""
    # The stamp makes the key unique forever even where seqs repeat: SQLite hands out
    # max(seq) + 1 again once acknowledged entries are gone, and a store restored from a
    # backup replays the seqs it had then.
    key = f"{device_id}:{last.seq}:{last.version[:19]}"
    # Built from our own columns and stamps, so not validated again field by field (a
    # tenth of a push's client time); the server validates every mutation it receives.
    return Mutation.model_construct(
        key=key, entity=spec.name, row_id=first.row_id, profile_id=profile_id, op=op,
        fields=values, stamps=stamps, base_version=None if is_insert else first.base_version)


def plan(session: Session, device_id: str,
         entries: Sequence[Entry]) -> tuple[list[Planned], list[int]]:
    """Mutations for ``entries`` (at most one per entry), and the seqs that need no push
    because their row is gone (a purged profile)."""
    specs = tables()
    chains = _groups(entries)
    wanted: dict[str, set[str]] = {}
    for chain in chains:
        if chain[0].table in specs:
            wanted.setdefault(chain[0].table, set()).add(chain[0].row_id)
    rows = _load_rows(session, wanted)
    # Fields each row's later chains will send, so earlier chains leave them out.
    later: list[set[str]] = [set() for _ in chains]
    seen: dict[tuple[str, str], set[str]] = {}
    for i in range(len(chains) - 1, -1, -1):
        key = (chains[i][0].table, chains[i][0].row_id)
        acc = seen.get(key)
        if acc is not None:
            later[i] = set(acc)
        else:
            acc = seen[key] = set()
        for e in chains[i]:
            acc.update(e.fields)
        acc.add("updated_at")
    planned: list[Planned] = []
    gone: list[int] = []
    carry: dict[tuple[str, str], list[int]] = {}
    for i, chain in enumerate(chains):
        key = (chain[0].table, chain[0].row_id)
        seqs = carry.pop(key, []) + [e.seq for e in chain]
        spec = specs.get(chain[0].table)
        row = rows.get(key)
        if spec is None or row is None:
            gone.extend(seqs)
            continue
        m = _mutation(device_id, chain, spec, row, later[i])
        if m is None:
            # Everything this chain changed is sent again, newer, by a later chain of the
            # same row: acknowledged together with that one.
            carry[key] = seqs
        else:
            planned.append(Planned(m, seqs))
    for seqs in carry.values():  # cannot happen (the last chain always sends), but safe
        gone.extend(seqs)
    return planned, gone

