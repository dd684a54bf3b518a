"""The organisation endpoints (docs/server.md, "Organisations"), included by app.py.

Every one takes the bearer token (so AuthenticateFirst has checked it before the body
is read) and says 404 to an account that is not on the organisation's staff.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import psycopg
from fastapi import APIRouter, Header, Path, Request

from healthdesk.protocol.models import ErrorResponse, OkResponse
from healthdesk.protocol.organisations import (
    LOWER_UUID,
    USER_PATTERN,
    AddStaffRequest,
    ChangeRoleRequest,
    CreateOrganisationRequest,
    HoldRequest,
    HoldResponse,
    LinkCode,
    LinkCodeRequest,
    Organisation,
    OrganisationList,
    OrgAuditList,
    PatientLinkAnswer,
    PatientLinkList,
    RedeemLinkRequest,
)

from . import accounts, organisations
from .accounts import Caller
from .errors import invalid, now_ms
from .middleware import CALLER_KEY

OrgId = Annotated[str, Path(pattern=LOWER_UUID, description="an organisation's id")]
ProfileId = Annotated[str, Path(pattern=LOWER_UUID, description="a profile's id")]
UserName = Annotated[str, Path(pattern=USER_PATTERN, description="an account name")]
Bearer = Annotated[str | None, Header(description="Bearer <this device's token>")]

# 409: an organisation id, or a member of staff, that exists already.
router = APIRouter(responses={409: {"model": ErrorResponse}})


@contextmanager
def _authed(request: Request, authorization: str | None
            ) -> Iterator[tuple[psycopg.Connection, Caller]]:
    with request.app.state.pool.connection() as conn:
        caller = request.scope.get(CALLER_KEY)
        yield conn, caller if caller is not None else accounts.authenticate(conn,
                                                                            authorization)


def _timed(body: dict[str, Any]) -> dict[str, Any]:
    return {**body, "server_time": now_ms()}


def _uuids(ids: list[str]) -> list[str]:
    import re

    bad = next((i for i in ids if not re.match(LOWER_UUID, i)), None)
    if bad is not None:
        raise invalid(f"profile_ids: {bad[:40]!r} is not a lowercase UUID.")
    return ids


@router.post("/v1/orgs", response_model=Organisation)
def create_org(body: CreateOrganisationRequest, request: Request,
               authorization: Bearer = None) -> Any:
    with _authed(request, authorization) as (conn, who):
        return _timed(organisations.create(conn, who, body.org_id, body.name, body.address,
                                           body.registration, body.staff_id,
                                           body.staff_name))


@router.get("/v1/orgs", response_model=OrganisationList)
def my_orgs(request: Request, authorization: Bearer = None) -> Any:
    with _authed(request, authorization) as (conn, who):
        return _timed({"organisations": organisations.mine(conn, who)})


@router.get("/v1/orgs/{org_id}", response_model=Organisation)
def get_org(org_id: OrgId, request: Request, authorization: Bearer = None) -> Any:
    with _authed(request, authorization) as (conn, who):
        return _timed(organisations.snapshot(conn, who, org_id))


@router.post("/v1/orgs/{org_id}/staff", response_model=Organisation)
def add_staff(org_id: OrgId, body: AddStaffRequest, request: Request,
              authorization: Bearer = None) -> Any:
    with _authed(request, authorization) as (conn, who):
        return _timed(organisations.add_staff(conn, who, org_id, body.user, body.role,
                                              body.staff_id, body.name, body.specialty,
                                              body.registration_number))


@router.post("/v1/orgs/{org_id}/accept", response_model=Organisation)
def accept_offer(org_id: OrgId, request: Request, authorization: Bearer = None) -> Any:
    with _authed(request, authorization) as (conn, who):
        return _timed(organisations.accept_offer(conn, who, org_id))


@router.put("/v1/orgs/{org_id}/staff/{user}", response_model=Organisation)
def change_role(org_id: OrgId, user: UserName, body: ChangeRoleRequest, request: Request,
                authorization: Bearer = None) -> Any:
    with _authed(request, authorization) as (conn, who):
        return _timed(organisations.change_role(conn, who, org_id, user, body.role))


@router.delete("/v1/orgs/{org_id}/staff/{user}", response_model=OkResponse)
def remove_staff(org_id: OrgId, user: UserName, request: Request,
                 authorization: Bearer = None) -> Any:
    with _authed(request, authorization) as (conn, who):
        organisations.remove_staff(conn, who, org_id, user)
    return _timed({"ok": True})


@router.post("/v1/orgs/{org_id}/profiles", response_model=HoldResponse)
def hold(org_id: OrgId, body: HoldRequest, request: Request,
         authorization: Bearer = None) -> Any:
    with _authed(request, authorization) as (conn, who):
        return _timed({"held": organisations.hold(conn, who, org_id,
                                                  _uuids(body.profile_ids))})


@router.post("/v1/orgs/{org_id}/link-codes", response_model=LinkCode)
def link_code(org_id: OrgId, body: LinkCodeRequest, request: Request,
              authorization: Bearer = None) -> Any:
    with _authed(request, authorization) as (conn, who):
        return _timed(organisations.issue_link_code(conn, who, org_id,
                                                    _uuids([body.profile_id])[0],
                                                    body.expires_in_hours))


@router.get("/v1/orgs/{org_id}/audit", response_model=OrgAuditList)
def org_audit(org_id: OrgId, request: Request, authorization: Bearer = None) -> Any:
    with _authed(request, authorization) as (conn, who):
        return _timed({"events": organisations.audit_trail(conn, who, org_id)})


@router.post("/v1/links", response_model=PatientLinkAnswer)
def redeem(body: RedeemLinkRequest, request: Request, authorization: Bearer = None) -> Any:
    with _authed(request, authorization) as (conn, who):
        return _timed(organisations.redeem_link(conn, who, body.code, body.consent))


@router.get("/v1/links", response_model=PatientLinkList)
def links(request: Request, authorization: Bearer = None) -> Any:
    with _authed(request, authorization) as (conn, who):
        return _timed({"links": organisations.my_links(conn, who)})


@router.delete("/v1/links/{profile_id}", response_model=OkResponse)
def withdraw(profile_id: ProfileId, request: Request, authorization: Bearer = None) -> Any:
    with _authed(request, authorization) as (conn, who):
        organisations.withdraw_link(conn, who, profile_id)
    return _timed({"ok": True})
