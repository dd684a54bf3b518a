"""Sharing a profile with other accounts: invites, members, roles, devices.

Roles (docs/sync.md, server): the owner (who first synced the profile), caregivers
(read and write) and viewers (read only). Only the owner invites and removes members; a
member may leave. Removed members' devices drop the profile's data at their next sync.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.sync.errors import SyncError

from .sync import SyncService

INVITE_ROLES = ("caregiver", "viewer")
MAX_INVITE_HOURS = 720


@dataclass(frozen=True)
class InviteCode:
    code: str
    profile_id: str
    role: str
    expires_at: dt.datetime


@dataclass(frozen=True)
class MemberView:
    user: str
    role: str
    since: dt.datetime


@dataclass(frozen=True)
class DeviceView:
    device_id: str
    name: str
    created_at: dt.datetime
    last_seen_at: dt.datetime | None
    current: bool


@dataclass(frozen=True)
class SharedProfile:
    profile_id: str
    role: str
    owner: str


class SharingService:
    """Talks to the server for the signed-in account (NotSignedInError otherwise)."""

    def __init__(self, sync: SyncService) -> None:
        self._sync = sync

    def invite(self, profile_id: str, role: str, hours: int = 72) -> InviteCode:
        """A one-time code another account enters to get ``role`` on the profile.
        The profile must have been synced once (the server learns of it by a push)."""
        if role not in INVITE_ROLES:
            raise ValidationError("role", _("The role must be caregiver (may change the record) "
                                  "or viewer (may only read it)."))
        if not 1 <= hours <= MAX_INVITE_HOURS:
            raise ValidationError("hours",
                _("An invite must last 1 to {max_invite_hours} hours.").format(
                                               max_invite_hours=MAX_INVITE_HOURS))
        t = self._sync.transport()
        try:
            inv = t.create_invite(profile_id, role, hours)
        finally:
            t.close()
        return InviteCode(inv.code, inv.profile_id, inv.role, inv.expires_at)

    def accept(self, code: str) -> SharedProfile:
        """Join a profile with an invite code; its records arrive with the next sync."""
        code = (code or "").strip()
        if not code or len(code) > 64:
            raise ValidationError("code", _("Enter the invite code you were given "
                                  "(like ABCD-EFGH-JKLM)."))
        t = self._sync.transport()
        try:
            m = t.accept_invite(code)
        finally:
            t.close()
        return SharedProfile(m.profile_id, m.role, "")

    def profiles(self) -> list[SharedProfile]:
        t = self._sync.transport()
        try:
            return [SharedProfile(p.profile_id, p.role, p.owner) for p in t.profiles().profiles]
        finally:
            t.close()

    def members(self, profile_id: str) -> list[MemberView]:
        t = self._sync.transport()
        try:
            return [MemberView(m.user, m.role, m.since) for m in t.members(profile_id).members]
        finally:
            t.close()

    def revoke(self, profile_id: str, user: str) -> None:
        """Remove a member (owner), or leave the profile (``user`` is yourself)."""
        if not user or not user.strip():
            raise ValidationError("user", _("Name the member to remove."))
        t = self._sync.transport()
        try:
            t.revoke_member(profile_id, user.strip())
        finally:
            t.close()

    def devices(self) -> list[DeviceView]:
        t = self._sync.transport()
        try:
            return [DeviceView(d.device_id, d.name, d.created_at, d.last_seen_at, d.current)
                    for d in t.devices().devices]
        finally:
            t.close()

    def revoke_device(self, device_id: str) -> None:
        """Sign a device of this account out for good (a lost laptop)."""
        t = self._sync.transport()
        try:
            t.revoke_device(device_id)
        finally:
            t.close()


__all__ = ["DeviceView", "InviteCode", "MemberView", "SharedProfile", "SharingService",
           "SyncError"]
