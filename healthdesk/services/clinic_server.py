"""The clinic on the sync server: publish it, join it from another computer, link staff
to their server accounts, change roles, remove members, hold patients, set a PIN on a
new computer, and patients' consented links (docs/clinic.md, "Organisations on the
server"). Every call needs this store signed in to a sync server; the server judges
who may do what (an administrator manages staff), this side asks the same first so a
refusal is a sentence before anything is sent.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.domain.roles import MANAGE_STAFF, STAFF_ROLES
from healthdesk.domain.validation import one_of
from healthdesk.protocol.organisations import (
    AddStaffRequest,
    CreateOrganisationRequest,
    LinkCode,
    OrgAuditEntry,
    PatientLink,
)
from healthdesk.store import cursors
from healthdesk.store.models import Staff
from healthdesk.store.vault import Store
from healthdesk.sync import organisation as org_sync
from healthdesk.sync.organisation import OrgClient, Refreshed

from .base import ServiceBase
from .clinic import HASHER, ClinicService, _secret
from .errors import NotFoundError
from .sync import SyncService

HOLD_BATCH = 1000  # the most ids the server takes in one request
USER_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._@+")


@dataclass(frozen=True)
class ServerOrganisation:
    org_id: str
    name: str
    role: str
    pending: bool = False  # offered a place on its staff, accepted by joining


def _user(value: str) -> str:
    text = (value or "").strip()
    if not 1 <= len(text) <= 64 or not set(text) <= USER_CHARS:
        raise ValidationError("account", _("The server account must be 1 to 64 letters, "
                                           "digits or . _ @ +."))
    return text


class ClinicServerService(ServiceBase):
    def __init__(self, store: Store, clinic: ClinicService, sync: SyncService) -> None:
        super().__init__(store)
        self._clinic = clinic
        self._sync = sync

    def _client(self) -> OrgClient:
        return OrgClient(self._sync.transport())

    def server_id(self) -> str | None:
        return org_sync.server_id(self._store)

    def _require_server_id(self) -> str:
        found = self.server_id()
        if found is None:
            raise ValidationError("clinic", _(
                "This clinic is not on the sync server yet: publish it (healthdesk clinic "
                "publish) or join it (healthdesk clinic join)."))
        return found

    def _admin_here(self) -> None:
        self._clinic.access.require(MANAGE_STAFF)

    def _staff_row(self, name: str) -> tuple[str, str, str, str | None, str | None,
                                             str | None]:
        member = self._clinic.find_staff(name)  # NotFoundError
        with self._store.read() as s:
            row = s.get(Staff, member.id)
            account = row.account if row is not None else None
        return (member.id, member.name, member.role, member.specialty,
                member.registration_number, account)

    # -- the organisation ------------------------------------------------------------

    def publish(self) -> Refreshed:
        """Put this clinic on the server with the administrator signed in here as its
        first administrator there (their sync account is this store's)."""
        if self.server_id() is not None:
            raise ValidationError("clinic", _("This clinic is on the sync server already."))
        org = self._clinic.organisation()
        if org is None:
            raise ValidationError("clinic", _("Set up the clinic first (healthdesk clinic "
                                              "setup NAME --admin NAME)."))
        self._admin_here()
        me = self._clinic.signed_in
        assert me is not None  # an admin is signed in: _admin_here passed on a clinic store
        answer = self._client().create(CreateOrganisationRequest(
            org_id=str(uuid.uuid4()), name=org.name, address=org.address,
            registration=org.registration, staff_id=me.id, staff_name=me.name))
        return org_sync.apply_snapshot(self._store, answer)

    def organisations(self) -> list[ServerOrganisation]:
        """The organisations whose staff this store's sync account is on."""
        return [ServerOrganisation(o.org_id, o.name, o.role, o.pending)
                for o in self._client().mine().organisations]

    def join(self, org_id: str | None = None) -> Refreshed:
        """Make this computer one of the clinic's: its organisation and staff from the
        server (and its patients from the next sync). An account offered a place on the
        staff accepts it by joining."""
        mine = self.organisations()
        if org_id is None and len(mine) != 1:
            raise ValidationError("organisation", _(
                "This account is on the staff of {n} organisations on the server; name one "
                "with --org ID.").format(n=len(mine)))
        wanted = org_id or mine[0].org_id
        if wanted not in {o.org_id for o in mine}:
            raise ValidationError("organisation", _(
                "This account is not on the staff of organisation {id}.").format(id=wanted))
        here = self.server_id()
        if here is not None and here != wanted:
            raise ValidationError("organisation", _(
                "This computer belongs to another organisation on the server."))
        if here is None and self._clinic.organisation() is not None:
            self._admin_here()  # a clinic set up here already: its admin decides
        client = self._client()
        pending = next(o.pending for o in mine if o.org_id == wanted)
        snapshot = client.accept(wanted) if pending else client.get(wanted)
        return org_sync.apply_snapshot(self._store, snapshot)

    def refresh(self) -> Refreshed:
        return org_sync.apply_snapshot(self._store,
                                       self._client().get(self._require_server_id()))

    # -- staff ---------------------------------------------------------------------------

    def link_staff(self, name: str, account: str) -> Refreshed:
        """Offer a member of staff of this computer a place on the server's staff as
        ``account`` (an account on the server already); it counts once that account
        accepts, by joining the clinic on a computer signed in as it."""
        org_id = self._require_server_id()
        self._admin_here()
        user = _user(account)
        sid, sname, role, specialty, reg, _acct = self._staff_row(name)
        answer = self._client().add_staff(org_id, AddStaffRequest(
            user=user, role=role, staff_id=sid, name=sname, specialty=specialty,
            registration_number=reg))
        with self._store.db.write_unstamped() as s:
            row = s.get(Staff, sid)
            if row is not None:
                row.account = user
        return org_sync.apply_snapshot(self._store, answer)

    def _linked(self, name: str) -> str:
        *_rest, account = self._staff_row(name)
        if account is None:
            raise ValidationError("name", _("{name} has no server account; link them first "
                                            "(healthdesk clinic link-staff NAME --account "
                                            "USER).").format(name=name))
        return account

    def set_role(self, name: str, role: str) -> Refreshed:
        org_id = self._require_server_id()
        clean = one_of("role", role, STAFF_ROLES)
        self._admin_here()
        answer = self._client().change_role(org_id, self._linked(name), clean)
        return org_sync.apply_snapshot(self._store, answer)

    def remove_staff(self, name: str) -> Refreshed:
        """Take the member off the server's staff: their account loses every patient of
        the clinic at its next request, and here they can no longer sign in."""
        org_id = self._require_server_id()
        self._admin_here()
        client = self._client()
        client.remove_staff(org_id, self._linked(name))
        return org_sync.apply_snapshot(self._store, client.get(org_id))

    def hold_all(self) -> int:
        """The clinic takes every patient this computer's account owns on the server and
        it does not hold yet: those registered before the clinic was on the server, when
        one clinic account served every computer. Returns how many it holds of them."""
        org_id = self._require_server_id()
        self._admin_here()
        with self._store.read() as s:
            ids = sorted(pid for pid, (_seq, role) in cursors.known(s).items()
                         if role == "owner")
        client = self._client()
        held = 0
        for i in range(0, len(ids), HOLD_BATCH):
            held += len(client.hold(org_id, ids[i:i + HOLD_BATCH]).held)
        return held

    def set_own_pin(self, name: str, password: str, pin: str) -> None:
        """A member who came from the server sets their PIN on this computer, proving who
        they are with their own server account's password (no admin needed: the server
        vouches for them, and no PIN hash ever left another computer)."""
        secret = _secret(pin)
        account = self._linked(name)
        if not password:
            raise ValidationError("password", _("The password must not be empty."))
        org_sync.prove_account(self._sync.transport(), account, password,
                               f"pin_{self._store.device_id}"[:64])
        sid = self._staff_row(name)[0]
        with self._store.db.write_unstamped() as s:
            row = s.get(Staff, sid)
            if row is None:
                raise NotFoundError("member of staff", name)
            row.secret_hash = HASHER.hash(secret)
            row.updated_at = self.now()

    def audit(self) -> list[OrgAuditEntry]:
        org_id = self._require_server_id()
        self._admin_here()
        return self._client().audit(org_id).events

    # -- patients' links -------------------------------------------------------------------

    def link_code(self, profile_id: str, hours: int = 72) -> LinkCode:
        """A one-time code to give the patient; they redeem it with their own account."""
        if not 1 <= hours <= 720:
            raise ValidationError("hours", _("The code must last 1 to 720 hours."))
        return self._client().link_code(self._require_server_id(), profile_id, hours)

    def redeem(self, code: str, consent: bool) -> PatientLink:
        """The patient's side: see the clinic's record with this store's account."""
        if not consent:
            raise ValidationError("consent", _(
                "Nothing is linked without your consent: add --consent to let this account "
                "read the clinic's record of you."))
        return self._client().redeem(code.strip(), True)

    def links(self) -> list[PatientLink]:
        return list(self._client().links().links)

    def withdraw(self, profile_id: str) -> None:
        """End the link: this account no longer sees the clinic's record (this device
        removes its copy at the next sync); the clinic keeps its own."""
        self._client().withdraw(profile_id)
