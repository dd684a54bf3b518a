"""Request and response bodies of the organisation endpoints (docs/server.md,
"Organisations"): a clinic, its staff accounts with their roles, the profiles it holds,
and patients' consented links to their clinic record.

What a staff row carries is what every clinic computer needs to show and check the
member (name, role, registration); never a PIN or its hash (docs/clinic.md).
"""

from __future__ import annotations

import datetime as dt

from pydantic import Field, StrictBool

from .models import UUID_PATTERN, PlainText, _Model, _Timed

STAFF_ROLE_PATTERN = r"^(admin|doctor|nurse|receptionist)$"
USER_PATTERN = r"^[A-Za-z0-9._@+]{1,64}$"
LOWER_UUID = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"


class CreateOrganisationRequest(_Model):
    org_id: str = Field(pattern=LOWER_UUID, description="the client's id for the clinic")
    name: PlainText = Field(min_length=1, max_length=200)
    address: PlainText | None = Field(default=None, max_length=500)
    registration: PlainText | None = Field(default=None, max_length=100)
    # The creator becomes the first administrator: their staff row on the clinic's computers.
    staff_id: str = Field(pattern=LOWER_UUID)
    staff_name: PlainText = Field(min_length=1, max_length=200)


class StaffMember(_Model):
    user: str
    role: str
    staff_id: str
    name: str
    specialty: str | None = None
    registration_number: str | None = None
    active: bool
    updated_at: dt.datetime


class Organisation(_Timed):
    org_id: str
    name: str
    address: str | None = None
    registration: str | None = None
    role: str = Field(description="the caller's role in the organisation")
    staff: list[StaffMember]


class OrganisationSummary(_Model):
    org_id: str
    name: str
    role: str
    pending: bool = Field(default=False, description="offered a place on the staff, not "
                          "yet accepted (POST /v1/orgs/{org}/accept)")


class OrganisationList(_Timed):
    organisations: list[OrganisationSummary]


class AddStaffRequest(_Model):
    user: str = Field(pattern=USER_PATTERN, description="the member's server account")
    role: str = Field(pattern=STAFF_ROLE_PATTERN)
    staff_id: str = Field(pattern=LOWER_UUID)
    name: PlainText = Field(min_length=1, max_length=200)
    specialty: PlainText | None = Field(default=None, max_length=100)
    registration_number: PlainText | None = Field(default=None, max_length=100)


class ChangeRoleRequest(_Model):
    role: str = Field(pattern=STAFF_ROLE_PATTERN)


class HoldRequest(_Model):
    profile_ids: list[str] = Field(min_length=1, max_length=1000)


class HoldResponse(_Timed):
    held: list[str] = Field(description="profiles the organisation holds now (new or not)")


class LinkCodeRequest(_Model):
    profile_id: str = Field(pattern=UUID_PATTERN)
    expires_in_hours: int = Field(default=72, ge=1, le=720)


class LinkCode(_Timed):
    code: str = Field(description="one-time code for the patient; only its hash is stored")
    org_id: str
    profile_id: str
    expires_at: dt.datetime


class RedeemLinkRequest(_Model):
    code: PlainText = Field(min_length=1, max_length=64)
    consent: StrictBool = Field(description="the patient agrees to see their clinic record "
                                "with their own account; false links nothing")


class PatientLink(_Model):
    org_id: str
    organisation: str
    profile_id: str
    consented_at: dt.datetime


class PatientLinkAnswer(PatientLink, _Timed):
    pass


class PatientLinkList(_Timed):
    links: list[PatientLink]


class OrgAuditEntry(_Model):
    at: dt.datetime
    actor: str
    action: str
    subject: str | None = None
    profile_id: str | None = None


class OrgAuditList(_Timed):
    events: list[OrgAuditEntry]
