"""The clinic's organisation and staff through the sync server (docs/clinic.md,
"Organisations on the server").

The server holds the organisation, its staff accounts and their roles; every clinic
computer that published or joined it (``organisations.server_id``) takes the staff list
from there after each sync round, so a member added, given another role or removed on
one computer is the same on the others. What never travels is a PIN or its hash: an
Argon2 hash of a 4-digit PIN falls to whoever holds the server in well under a second
per guess list, so a member who arrives from the server has no PIN on this computer
until they set one here, proving who they are with their own server account's password.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from healthdesk.protocol import LoginRequest, OkResponse
from healthdesk.protocol.organisations import (
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
from healthdesk.store.models import Organisation as LocalOrganisation
from healthdesk.store.models import Staff
from healthdesk.store.vault import Store

from .errors import ServerRefusedError, SyncError
from .transport import Transport

log = logging.getLogger(__name__)
ORG_ROW = "clinic"  # the one organisations row of a clinic store (services/clinic.py)


class OrgClient:
    """The organisation endpoints, over one transport."""

    def __init__(self, transport: Transport) -> None:
        self.t = transport

    def create(self, req: CreateOrganisationRequest) -> Organisation:
        return self.t.request("POST", "/v1/orgs", Organisation, req)

    def mine(self) -> OrganisationList:
        return self.t.request("GET", "/v1/orgs", OrganisationList)

    def get(self, org_id: str) -> Organisation:
        return self.t.request("GET", f"/v1/orgs/{org_id}", Organisation)

    def accept(self, org_id: str) -> Organisation:
        return self.t.request("POST", f"/v1/orgs/{org_id}/accept", Organisation)

    def add_staff(self, org_id: str, req: AddStaffRequest) -> Organisation:
        return self.t.request("POST", f"/v1/orgs/{org_id}/staff", Organisation, req)

    def change_role(self, org_id: str, user: str, role: str) -> Organisation:
        return self.t.request("PUT", f"/v1/orgs/{org_id}/staff/{quote(user, safe='')}",
                              Organisation, ChangeRoleRequest(role=role))

    def remove_staff(self, org_id: str, user: str) -> None:
        self.t.request("DELETE", f"/v1/orgs/{org_id}/staff/{quote(user, safe='')}",
                       OkResponse)

    def hold(self, org_id: str, profile_ids: list[str]) -> HoldResponse:
        return self.t.request("POST", f"/v1/orgs/{org_id}/profiles", HoldResponse,
                              HoldRequest(profile_ids=profile_ids))

    def link_code(self, org_id: str, profile_id: str, hours: int) -> LinkCode:
        return self.t.request("POST", f"/v1/orgs/{org_id}/link-codes", LinkCode,
                              LinkCodeRequest(profile_id=profile_id, expires_in_hours=hours))

    def audit(self, org_id: str) -> OrgAuditList:
        return self.t.request("GET", f"/v1/orgs/{org_id}/audit", OrgAuditList)

    def redeem(self, code: str, consent: bool) -> PatientLinkAnswer:
        return self.t.request("POST", "/v1/links", PatientLinkAnswer,
                              RedeemLinkRequest(code=code, consent=consent))

    def links(self) -> PatientLinkList:
        return self.t.request("GET", "/v1/links", PatientLinkList)

    def withdraw(self, profile_id: str) -> None:
        self.t.request("DELETE", f"/v1/links/{profile_id}", OkResponse)


def server_id(store: Store) -> str | None:
    with store.read() as s:
        org = s.get(LocalOrganisation, ORG_ROW)
        return org.server_id if org is not None else None


@dataclass
class Refreshed:
    added: int = 0
    changed: int = 0
    removed: int = 0


def _fields(member: BaseModel) -> dict[str, Any]:
    m: Any = member
    return {"name": m.name.strip(), "role": m.role, "specialty": m.specialty,
            "registration_number": m.registration_number, "active": bool(m.active),
            "account": m.user}


def apply_snapshot(store: Store, org: Organisation) -> Refreshed:
    """Make this computer's organisation and staff rows what the server says.

    Written as the device's own bookkeeping (no staff member's write: the server has
    judged who may change the staff). Members only this computer knows are left alone;
    a local member with the name of one arriving (set up separately before the clinic
    was on the server) becomes that member, keeping their PIN here.
    """
    done = Refreshed()
    now = store.clock()
    with store.db.write_unstamped() as s:
        row = s.get(LocalOrganisation, ORG_ROW)
        if row is None:
            row = LocalOrganisation(id=ORG_ROW, name=org.name, created_at=now)
            s.add(row)
        row.name, row.address, row.registration = org.name, org.address, org.registration
        row.server_id, row.updated_at = org.org_id, now
        local = {st.id: st for st in s.scalars(select(Staff))}
        by_name = {st.name.strip().casefold(): st for st in local.values()}
        for member in org.staff:
            want = _fields(member)
            mine = local.get(member.staff_id)
            if mine is None:
                twin = by_name.get(want["name"].casefold())
                if twin is not None and twin.account in (None, member.user):
                    s.delete(twin)  # the same person: keep their PIN under the server's id
                    s.flush()
                    secret = twin.secret_hash
                elif twin is not None:
                    log.warning("organisation: %s is another member's name here", member.user)
                    continue
                else:
                    secret = ""
                added = Staff(id=member.staff_id, secret_hash=secret, created_at=now,
                              updated_at=now, **want)
                s.add(added)
                by_name[want["name"].casefold()] = added
                done.added += 1
                continue
            if any(getattr(mine, k) != v for k, v in want.items()):
                if mine.active and not want["active"]:
                    done.removed += 1
                else:
                    done.changed += 1
                for k, v in want.items():
                    setattr(mine, k, v)
                mine.updated_at = now
    return done


def refresh(store: Store, transport: Transport) -> Refreshed | None:
    """After a sync round: the staff list from the server, when this store's clinic is
    there (None when it is not, or the server no longer counts this account as staff:
    then nothing here changes, the server refuses the account's pushes and pulls)."""
    org_id = server_id(store)
    if org_id is None:
        return None
    try:
        snapshot = OrgClient(transport).get(org_id)
    except ServerRefusedError as exc:
        log.info("organisation refresh refused: %s", exc)
        return None
    return apply_snapshot(store, snapshot)


def refresh_quietly(store: Store, transport: Transport) -> Refreshed | None:
    """:func:`refresh` for the end of a round: a failure is logged, never the round's."""
    try:
        return refresh(store, transport)
    except (SyncError, SQLAlchemyError) as exc:
        # A staff row this computer cannot take (a name held by another member here)
        # leaves the list as it was; the next round tries again.
        log.warning("organisation refresh failed: %s", type(exc).__name__)
        return None


def prove_account(transport: Transport, user: str, password: str, device_id: str) -> None:
    """Check ``user``'s password with the server (a sign-in whose token is dropped at
    once). Raises SyncError (NotSignedInError for a wrong password)."""
    probe = Transport(transport.base_url, fingerprint=transport.fingerprint, retries=1)
    try:
        done = probe.login(LoginRequest(user=user, password=password,
                                        device_name="PIN set-up", device_id=device_id))
        probe.token = done.token
        probe.logout()
    finally:
        probe.close()


def when(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M")
