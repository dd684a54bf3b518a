"""The shared wire models: round trips, limits, and forward compatibility."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from healthdesk import protocol as p

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=20)
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                 max_size=3),
    max_leaves=8)
names = st.from_regex(r"[a-z_][a-z0-9_]{0,10}", fullmatch=True)
stamps = st.from_regex(r"[0-9]{13}-[0-9]{5}-[a-z0-9]{1,8}", fullmatch=True)


@st.composite
def mutations(draw: st.DrawFn) -> p.Mutation:
    fields = draw(st.dictionaries(names, json_values, min_size=1, max_size=4))
    return p.Mutation(key=f"dev:{draw(st.integers(1, 10**9))}", entity="measurements",
                      row_id=str(draw(st.uuids())), profile_id=str(draw(st.uuids())),
                      op=draw(st.sampled_from(["insert", "update", "delete"])), fields=fields,
                      stamps={k: draw(stamps) for k in fields},
                      base_version=draw(st.none() | stamps))


def _roundtrip(model: BaseModel) -> None:
    again = type(model).model_validate_json(model.model_dump_json())
    assert again == model


@given(st.lists(mutations(), max_size=5))
def test_push_request_round_trips(ms: list[p.Mutation]) -> None:
    _roundtrip(p.PushRequest(device_id="dev", batch_id="b", mutations=ms))


@given(mutations(), st.integers(1, 10**12))
def test_pull_response_round_trips(m: p.Mutation, seq: int) -> None:
    change = p.Change(seq=seq, profile_id=m.profile_id, entity=m.entity, row_id=m.row_id,
                      fields=m.fields, stamps=m.stamps, origin_device="dev")
    _roundtrip(p.PullResponse(server_time=1, changes=[change], cursors={m.profile_id: seq},
                              has_more=False, resync=[], revoked=[m.row_id],
                              profiles={m.profile_id: "viewer"}))


def test_every_other_model_round_trips() -> None:
    now = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)
    for model in (
        p.VersionResponse(server_time=1, protocol=1, min_client_protocol=1, server_version="x"),
        p.HealthResponse(server_time=1, status="ok", database=True),
        p.ErrorResponse(error="forbidden", message="No.", server_time=1),
        p.OkResponse(server_time=1),
        p.LoginRequest(user="asha", password="pw", device_name="Laptop", device_id="a1"),
        p.LoginResponse(server_time=1, token="t", user="asha", device_id="a1"),
        p.DeviceList(server_time=1, devices=[p.DeviceInfo(device_id="a1", name="L",
                                                          created_at=now, current=True)]),
        p.ProfileList(server_time=1, profiles=[p.ProfileAccess(profile_id="x", role="owner",
                                                               owner="asha")]),
        p.CreateInviteRequest(role="viewer", expires_in_hours=24),
        p.Invite(server_time=1, code="ABCD-EFGH-JKMN", profile_id="x", role="viewer",
                 expires_at=now),
        p.AcceptInviteRequest(code="ABCD-EFGH-JKMN"),
        p.Membership(server_time=1, profile_id="x", role="caregiver"),
        p.MemberList(server_time=1, members=[p.Member(user="a", role="owner", since=now)]),
        p.MutationResult(key="k", status="conflict", conflicts=["c"]),
        p.PushResponse(server_time=1, results=[p.MutationResult(key="k", status="applied")]),
        p.PullRequest(device_id="a1", cursors={"x": 3}, limit=10),
    ):
        _roundtrip(model)


def test_fields_from_a_newer_peer_are_kept() -> None:
    body = {"server_time": 5, "changes": [], "cursors": {}, "has_more": False,
            "compression": "zstd"}
    parsed = p.PullResponse.model_validate(body)
    assert parsed.model_dump()["compression"] == "zstd"
    m = p.Mutation.model_validate({"key": "k", "entity": "e", "row_id": "r", "profile_id": "p",
                                   "op": "merge", "fields": {}, "stamps": {}, "priority": 2})
    assert m.op == "merge" and m.model_dump()["priority"] == 2  # judged by the server


def test_limits() -> None:
    m = p.Mutation(key="k", entity="e", row_id="r", profile_id="p", op="insert")
    p.PushRequest(device_id="d", batch_id="b", mutations=[m] * p.MAX_PUSH_BATCH)
    with pytest.raises(ValidationError, match="mutations"):
        p.PushRequest(device_id="d", batch_id="b", mutations=[m] * (p.MAX_PUSH_BATCH + 1))
    with pytest.raises(ValidationError, match="limit"):
        p.PullRequest(device_id="d", limit=p.MAX_PULL_PAGE + 1)
    with pytest.raises(ValidationError, match="device_id"):
        p.PullRequest(device_id="has-dash")
    assert p.MAX_CLOCK_AHEAD_MS == 300_000
    assert p.PROTOCOL_VERSION >= p.MIN_CLIENT_PROTOCOL


def test_conflict_ids_are_deterministic_per_key_and_field() -> None:
    assert p.conflict_id("dev:1", "dose") == p.conflict_id("dev:1", "dose")
    assert len({p.conflict_id("dev:1", "dose"), p.conflict_id("dev:1", "name"),
                p.conflict_id("dev:2", "dose")}) == 3


def test_the_protocol_names_every_synced_table_of_the_client() -> None:
    # A client table missing here would have every push of it refused as unknown.
    from healthdesk.protocol.constants import APPEND_ONLY_ENTITIES, ENTITIES
    from healthdesk.store.models.base import Base, Synced

    synced = {m.class_.__tablename__ for m in Base.registry.mappers
              if issubclass(m.class_, Synced)}
    assert synced == set(ENTITIES)
    assert APPEND_ONLY_ENTITIES <= ENTITIES
