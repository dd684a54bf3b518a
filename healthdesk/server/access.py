"""Who may read or write which profile: owners, caregivers, viewers, invites.

A profile comes into being on the server when an account first pushes rows for it; that
account owns it. Access is looked up on every request (nothing cached in a worker), so a
revocation takes effect with the revoked account's next request. A profile held by a
clinic is reached through the clinic instead (organisations.py, and ``_ACCESS`` below).
"""

from __future__ import annotations

from typing import Any

import psycopg

from healthdesk.domain.roles import STAFF_ROLES

from . import organisations
from .accounts import Caller
from .codes import code_hash as _code_hash
from .codes import new_code
from .errors import ApiError, forbidden, invalid, not_found

OWNER, CAREGIVER, VIEWER = "owner", "caregiver", "viewer"
# Clinic staff write a held profile as their role allows (feed.py judges each mutation).
WRITERS = (OWNER, CAREGIVER, *STAFF_ROLES)

# Each row: a profile and the caller's role on it, by one of three ways, strongest first.
# 1. Active staff of the organisation holding it: their staff role.
# 2. A membership (owner, caregiver, viewer), except on a profile held by an organisation
#    whose staff the caller is or was: there the organisation decides, so a removed
#    member loses even the profiles they registered (and so own) themselves.
# 3. A patient's consented link: read-only.
_ACCESS = """
SELECT op.profile_id, s.role, 1 FROM org_staff s
  JOIN org_profiles op ON op.org_id = s.org_id
  WHERE s.account_id = %(a)s AND s.removed_at IS NULL {staff_filter}
UNION ALL
SELECT m.profile_id, m.role, 2 FROM memberships m
  LEFT JOIN org_profiles op ON op.profile_id = m.profile_id
  WHERE m.account_id = %(a)s AND m.revoked_at IS NULL {member_filter}
    AND (op.org_id IS NULL OR NOT EXISTS (SELECT 1 FROM org_staff s
         WHERE s.org_id = op.org_id AND s.account_id = %(a)s))
UNION ALL
SELECT l.profile_id, 'viewer', 3 FROM patient_links l
  WHERE l.account_id = %(a)s AND l.withdrawn_at IS NULL {link_filter}
"""
_ONE = _ACCESS.format(staff_filter="AND op.profile_id = %(p)s",
                      member_filter="AND m.profile_id = %(p)s",
                      link_filter="AND l.profile_id = %(p)s")
_ALL = _ACCESS.format(staff_filter="", member_filter="", link_filter="")


def _strongest(rows: list[tuple[Any, ...]]) -> dict[str, str]:
    found: dict[str, tuple[int, str]] = {}
    for pid, role, rank in rows:
        if str(pid) not in found or rank < found[str(pid)][0]:
            found[str(pid)] = (int(rank), str(role))
    return {pid: role for pid, (_rank, role) in found.items()}


def role_of(conn: psycopg.Connection, caller: Caller, profile_id: str) -> str | None:
    rows = conn.execute(_ONE, {"a": caller.account_id, "p": profile_id}).fetchall()
    return _strongest(rows).get(profile_id)


def roles(conn: psycopg.Connection, caller: Caller) -> dict[str, str]:
    return _strongest(conn.execute(_ALL, {"a": caller.account_id}).fetchall())


def revoked_profiles(conn: psycopg.Connection, caller: Caller) -> set[str]:
    """Profiles the caller had and lost: a revoked membership, a held profile of an
    organisation that removed them, a link whose consent they withdrew (the caller's
    current roles are taken out by the caller of this)."""
    rows = conn.execute(
        """SELECT profile_id FROM memberships WHERE account_id = %(a)s
             AND revoked_at IS NOT NULL
           UNION SELECT op.profile_id FROM org_staff s
             JOIN org_profiles op ON op.org_id = s.org_id
             WHERE s.account_id = %(a)s AND s.removed_at IS NOT NULL
           UNION SELECT m.profile_id FROM memberships m
             JOIN org_profiles op ON op.profile_id = m.profile_id
             JOIN org_staff s ON s.org_id = op.org_id AND s.account_id = m.account_id
             WHERE m.account_id = %(a)s AND s.removed_at IS NOT NULL
           UNION SELECT profile_id FROM patient_links WHERE account_id = %(a)s
             AND withdrawn_at IS NOT NULL""", {"a": caller.account_id}).fetchall()
    return {str(r[0]) for r in rows}


def is_erased(conn: psycopg.Connection, profile_id: str) -> bool:
    return conn.execute("SELECT 1 FROM erased_profiles WHERE profile_id = %s",
                        (profile_id,)).fetchone() is not None


def ensure_profile(conn: psycopg.Connection, caller: Caller, profile_id: str) -> None:
    """Create the profile owned by the caller if nobody has pushed it yet (never one its
    owner erased: a device that was offline then must not bring it back)."""
    created = conn.execute(
        "INSERT INTO profiles (profile_id, owner_id) SELECT %s, %s WHERE NOT EXISTS "
        "(SELECT 1 FROM erased_profiles WHERE profile_id = %s) "
        "ON CONFLICT (profile_id) DO NOTHING RETURNING 1",
        (profile_id, caller.account_id, profile_id)).fetchone()
    if created:
        conn.execute("INSERT INTO memberships (profile_id, account_id, role) "
                     "VALUES (%s, %s, 'owner')", (profile_id, caller.account_id))
        organisations.hold_new(conn, caller.account_id, profile_id)


def require_owner(conn: psycopg.Connection, caller: Caller, profile_id: str) -> None:
    if role_of(conn, caller, profile_id) != OWNER:
        raise forbidden("only the profile's owner may do that.")


def list_profiles(conn: psycopg.Connection, caller: Caller) -> list[dict[str, str]]:
    with conn.transaction():
        mine = roles(conn, caller)
        owners: dict[str, str] = dict(conn.execute(
            "SELECT p.profile_id, a.username FROM profiles p JOIN accounts a "
            "ON a.id = p.owner_id WHERE p.profile_id = ANY(%s)", (list(mine),)).fetchall())
    return [{"profile_id": pid, "role": mine[pid], "owner": owners.get(pid, "")}
            for pid in sorted(mine)]


def create_invite(conn: psycopg.Connection, caller: Caller, profile_id: str, role: str,
                  hours: int) -> dict[str, object]:
    code = new_code()
    with conn.transaction():
        require_owner(conn, caller, profile_id)
        row = conn.execute(
            "INSERT INTO invites (code_hash, profile_id, role, created_by, expires_at) "
            "VALUES (%s, %s, %s, %s, now() + make_interval(hours => %s)) RETURNING expires_at",
            (_code_hash(code), profile_id, role, caller.account_id, hours)).fetchone()
    assert row is not None
    return {"code": code, "profile_id": profile_id, "role": role, "expires_at": row[0]}


def accept_invite(conn: psycopg.Connection, caller: Caller, code: str) -> dict[str, str]:
    with conn.transaction():
        row = conn.execute(
            "SELECT profile_id, role, expires_at > now(), accepted_at IS NOT NULL "
            "FROM invites WHERE code_hash = %s FOR UPDATE", (_code_hash(code),)).fetchone()
        if row is None or row[3]:
            raise not_found("that invite code is unknown or has been used already.")
        if not row[2]:
            raise ApiError(410, "expired", "that invite code has expired; ask for a new one.")
        profile_id, role = str(row[0]), str(row[1])
        if role_of(conn, caller, profile_id) == OWNER:
            raise invalid("you own this profile; an invite is for someone else, so send "
                          "them the code.", code="own_invite")
        conn.execute("UPDATE invites SET accepted_by = %s, accepted_at = now() "
                     "WHERE code_hash = %s", (caller.account_id, _code_hash(code)))
        conn.execute(
            """INSERT INTO memberships (profile_id, account_id, role) VALUES (%s, %s, %s)
               ON CONFLICT (profile_id, account_id) DO UPDATE SET
                 role = excluded.role, revoked_at = NULL, created_at = now()""",
            (profile_id, caller.account_id, role))
    return {"profile_id": profile_id, "role": role}


def list_members(conn: psycopg.Connection, caller: Caller,
                 profile_id: str) -> list[dict[str, object]]:
    with conn.transaction():
        require_owner(conn, caller, profile_id)
        rows = conn.execute(
            """SELECT a.username, m.role, m.created_at FROM memberships m
               JOIN accounts a ON a.id = m.account_id
               WHERE m.profile_id = %s AND m.revoked_at IS NULL
               ORDER BY m.role = 'owner' DESC, m.created_at, a.username""",
            (profile_id,)).fetchall()
    return [{"user": r[0], "role": r[1], "since": r[2]} for r in rows]


def revoke_member(conn: psycopg.Connection, caller: Caller, profile_id: str,
                  username: str) -> None:
    """The owner removes a member, or a member leaves (``username`` is the caller)."""
    with conn.transaction():
        mine = role_of(conn, caller, profile_id)
        leaving = username.lower() == caller.user.lower()
        if mine is None or (mine != OWNER and not leaving):
            raise forbidden("only the profile's owner may remove other members.")
        if leaving and mine == OWNER:
            raise invalid("you own this profile; an owner cannot leave it, only remove "
                          "the other members.", code="owner_cannot_leave")
        row = conn.execute(
            """UPDATE memberships m SET revoked_at = now() FROM accounts a
               WHERE a.id = m.account_id AND m.profile_id = %s AND lower(a.username) = lower(%s)
                 AND m.revoked_at IS NULL AND m.role <> 'owner' RETURNING 1""",
            (profile_id, username)).fetchone()
    if row is None:
        raise not_found(f"{username!r} is not a member of this profile.")


def erase_profile(conn: psycopg.Connection, caller: Caller, profile_id: str) -> int:
    """The owner erases the person: every row, feed change, invite and membership of the
    profile is deleted (not tombstoned), leaving only a marker with the id and the time.
    Members' devices find the profile gone from their roles at their next pull and purge
    it. Returns the number of rows and changes deleted. Anyone but the owner: 403, and
    nothing changes."""
    with conn.transaction():
        if is_erased(conn, profile_id):
            return 0
        row = conn.execute("SELECT 1 FROM profiles WHERE profile_id = %s FOR UPDATE",
                           (profile_id,)).fetchone()
        if row is None:
            raise not_found("there is no such profile on this server.")
        if not organisations.may_erase(conn, caller, profile_id):
            require_owner(conn, caller, profile_id)
        gone = 0
        for table in ("changes", "rows"):
            gone += conn.execute(f"DELETE FROM {table} WHERE profile_id = %s",
                                 (profile_id,)).rowcount
        for table in ("invites", "memberships", "escalation_mail", "org_link_codes",
                      "patient_links", "org_profiles", "profiles"):
            conn.execute(f"DELETE FROM {table} WHERE profile_id = %s",
                         (profile_id,))
        conn.execute("INSERT INTO erased_profiles (profile_id) VALUES (%s)", (profile_id,))
    return gone
