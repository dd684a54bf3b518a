"""Organisations on the server: a clinic, its staff accounts with their roles, the
profiles it holds, and patients' consented links to their clinic record.

Who may see a held profile is the organisation's business (access.py asks here): every
active member of its staff, in their role (domain/roles.py decides what each role may
push, feed.py applies it per mutation), and the patient whose account they linked with
consent (read-only). A member removed from the staff loses every held profile at their
next request, even one they registered themselves. Every change to the organisation and
every link event is written to ``org_audit``, which is never updated.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from healthdesk.domain.roles import ERASE, MANAGE_STAFF, allows

from .accounts import Caller
from .codes import code_hash, new_code
from .errors import ApiError, forbidden, invalid, not_found

ADMIN = "admin"
PATIENT_ROLE = "viewer"  # a linked patient reads their clinic record; the clinic writes it


def audit(conn: psycopg.Connection, org_id: str, actor_id: int, action: str,
          subject: str | None = None, profile_id: str | None = None,
          **detail: Any) -> None:
    conn.execute("INSERT INTO org_audit (org_id, actor_id, action, subject, profile_id, "
                 "detail) VALUES (%s, %s, %s, %s, %s, %s)",
                 (org_id, actor_id, action, subject, profile_id, Jsonb(detail)))


def staff_role(conn: psycopg.Connection, account_id: int, org_id: str) -> str | None:
    row = conn.execute("SELECT role FROM org_staff WHERE org_id = %s AND account_id = %s "
                       "AND removed_at IS NULL", (org_id, account_id)).fetchone()
    return str(row[0]) if row else None


def _require_staff(conn: psycopg.Connection, caller: Caller, org_id: str,
                   permission: str | None = None) -> str:
    """The caller's role in the organisation; 404 for an organisation they are not staff
    of (a stranger learns nothing of which organisations exist), 403 without
    ``permission``."""
    role = staff_role(conn, caller.account_id, org_id)
    if role is None:
        raise not_found("there is no such organisation, or this account is not on its staff.")
    if permission is not None and not allows(role, permission):
        raise forbidden(f"only an administrator of the organisation may do that; this "
                        f"account is its {role}.")
    return role


def _account_id(conn: psycopg.Connection, user: str) -> int:
    row = conn.execute("SELECT id FROM accounts WHERE lower(username) = lower(%s)",
                       (user,)).fetchone()
    if row is None:
        raise not_found(f"there is no account {user!r} on this server; create it first.")
    return int(row[0])


# -- the organisation ------------------------------------------------------------------

def create(conn: psycopg.Connection, caller: Caller, org_id: str, name: str,
           address: str | None, registration: str | None, staff_id: str,
           staff_name: str) -> dict[str, Any]:
    """The caller's clinic on the server, with the caller as its first administrator."""
    if not name.strip() or not staff_name.strip():
        raise invalid("name and staff_name must not be blank.")
    with conn.transaction():
        made = conn.execute(
            "INSERT INTO organisations (org_id, name, address, registration, created_by) "
            "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (org_id) DO NOTHING RETURNING 1",
            (org_id, name.strip(), address, registration, caller.account_id)).fetchone()
        if made is None:
            raise ApiError(409, "exists", "an organisation with that id exists already.")
        conn.execute("INSERT INTO org_staff (org_id, account_id, role, staff_id, name) "
                     "VALUES (%s, %s, 'admin', %s, %s)",
                     (org_id, caller.account_id, staff_id, staff_name.strip()))
        audit(conn, org_id, caller.account_id, "organisation_created", caller.user)
    return snapshot(conn, caller, org_id)


def mine(conn: psycopg.Connection, caller: Caller) -> list[dict[str, Any]]:
    """The caller's organisations, and those offering it a place (``pending``)."""
    with conn.transaction():
        rows = conn.execute(
            """SELECT o.org_id, o.name, s.role, false FROM org_staff s
               JOIN organisations o ON o.org_id = s.org_id
               WHERE s.account_id = %(a)s AND s.removed_at IS NULL
               UNION ALL
               SELECT o.org_id, o.name, f.role, true FROM org_staff_offers f
               JOIN organisations o ON o.org_id = f.org_id WHERE f.account_id = %(a)s
                 AND NOT EXISTS (SELECT 1 FROM org_staff s WHERE s.org_id = f.org_id
                   AND s.account_id = %(a)s AND s.removed_at IS NULL)
               ORDER BY 2, 1""", {"a": caller.account_id}).fetchall()
    return [{"org_id": r[0], "name": r[1], "role": r[2], "pending": r[3]} for r in rows]


def snapshot(conn: psycopg.Connection, caller: Caller, org_id: str) -> dict[str, Any]:
    """The organisation and its whole staff list (removed members as inactive), for the
    clinic's computers: tens of rows, so a snapshot, not a feed."""
    with conn.transaction():
        role = _require_staff(conn, caller, org_id)
        org = conn.execute("SELECT name, address, registration FROM organisations "
                           "WHERE org_id = %s", (org_id,)).fetchone()
        assert org is not None
        staff = conn.execute(
            """SELECT a.username, s.role, s.staff_id, s.name, s.specialty,
                      s.registration_number, s.removed_at IS NULL, s.updated_at
               FROM org_staff s JOIN accounts a ON a.id = s.account_id
               WHERE s.org_id = %s ORDER BY s.name, s.staff_id""", (org_id,)).fetchall()
    return {"org_id": org_id, "name": org[0], "address": org[1], "registration": org[2],
            "role": role, "staff": [
                {"user": r[0], "role": r[1], "staff_id": r[2], "name": r[3],
                 "specialty": r[4], "registration_number": r[5], "active": r[6],
                 "updated_at": r[7]} for r in staff]}


# -- staff -------------------------------------------------------------------------------

def _other_admins(conn: psycopg.Connection, org_id: str, account_id: int) -> int:
    row = conn.execute("SELECT count(*) FROM org_staff WHERE org_id = %s AND role = 'admin' "
                       "AND removed_at IS NULL AND account_id <> %s",
                       (org_id, account_id)).fetchone()
    return int(row[0]) if row else 0


def add_staff(conn: psycopg.Connection, caller: Caller, org_id: str, user: str, role: str,
              staff_id: str, name: str, specialty: str | None,
              registration_number: str | None) -> dict[str, Any]:
    """Admin only: offer ``user`` a place on the staff. It counts once that account
    accepts (:func:`accept_offer`); offering again replaces the offer. Adding a removed
    member again is an offer too."""
    if not name.strip():
        raise invalid("name must not be blank.")
    with conn.transaction():
        _require_staff(conn, caller, org_id, MANAGE_STAFF)
        account = _account_id(conn, user)
        if staff_role(conn, account, org_id) is not None:
            raise ApiError(409, "exists", f"{user!r} is on this organisation's staff already; "
                           "change their role instead.")
        _staff_id_free(conn, org_id, staff_id, account)
        conn.execute(
            """INSERT INTO org_staff_offers AS o (org_id, account_id, role, staff_id, name,
                   specialty, registration_number, offered_by)
               VALUES (%s, %s, %s, %s, %s, %s, %s, %s)
               ON CONFLICT (org_id, account_id) DO UPDATE SET role = excluded.role,
                 staff_id = excluded.staff_id, name = excluded.name,
                 specialty = excluded.specialty,
                 registration_number = excluded.registration_number,
                 offered_by = excluded.offered_by, offered_at = now()""",
            (org_id, account, role, staff_id, name.strip(), specialty, registration_number,
             caller.account_id))
        audit(conn, org_id, caller.account_id, "staff_offered", user, role=role)
    return snapshot(conn, caller, org_id)


def _staff_id_free(conn: psycopg.Connection, org_id: str, staff_id: str,
                   account: int) -> None:
    clash = conn.execute("SELECT 1 FROM org_staff WHERE org_id = %s AND staff_id = %s "
                         "AND account_id <> %s", (org_id, staff_id, account)).fetchone()
    if clash:
        raise ApiError(409, "exists", "staff_id already names another member of this "
                       "organisation.")


def accept_offer(conn: psycopg.Connection, caller: Caller, org_id: str) -> dict[str, Any]:
    """The account takes the place an administrator offered it."""
    with conn.transaction():
        offer = conn.execute(
            "DELETE FROM org_staff_offers WHERE org_id = %s AND account_id = %s RETURNING "
            "role, staff_id, name, specialty, registration_number",
            (org_id, caller.account_id)).fetchone()
        if offer is None:
            raise not_found("this account has no offer to join that organisation's staff.")
        _staff_id_free(conn, org_id, str(offer[1]), caller.account_id)
        conn.execute(
            """INSERT INTO org_staff AS s (org_id, account_id, role, staff_id, name,
                                           specialty, registration_number)
               VALUES (%s, %s, %s, %s, %s, %s, %s)
               ON CONFLICT (org_id, account_id) DO UPDATE SET role = excluded.role,
                 staff_id = excluded.staff_id, name = excluded.name,
                 specialty = excluded.specialty,
                 registration_number = excluded.registration_number,
                 removed_at = NULL, updated_at = now()""",
            (org_id, caller.account_id, *offer))
        audit(conn, org_id, caller.account_id, "staff_accepted", caller.user, role=offer[0])
    return snapshot(conn, caller, org_id)


def change_role(conn: psycopg.Connection, caller: Caller, org_id: str, user: str,
                role: str) -> dict[str, Any]:
    with conn.transaction():
        _require_staff(conn, caller, org_id, MANAGE_STAFF)
        account = _account_id(conn, user)
        before = staff_role(conn, account, org_id)
        if before is None:
            raise not_found(f"{user!r} is not on this organisation's staff.")
        if before == ADMIN and role != ADMIN and not _other_admins(conn, org_id, account):
            raise invalid("the last administrator cannot be given another role; make "
                          "someone else an administrator first.", code="last_admin")
        conn.execute("UPDATE org_staff SET role = %s, updated_at = now() WHERE org_id = %s "
                     "AND account_id = %s", (role, org_id, account))
        audit(conn, org_id, caller.account_id, "role_changed", user, before=before,
              role=role)
    return snapshot(conn, caller, org_id)


def remove_staff(conn: psycopg.Connection, caller: Caller, org_id: str, user: str) -> None:
    """Admin only. Access to every held profile ends with the member's next request."""
    with conn.transaction():
        _require_staff(conn, caller, org_id, MANAGE_STAFF)
        account = _account_id(conn, user)
        before = staff_role(conn, account, org_id)
        if before is None:
            withdrawn = conn.execute(
                "DELETE FROM org_staff_offers WHERE org_id = %s AND account_id = %s "
                "RETURNING role", (org_id, account)).fetchone()
            if withdrawn is None:
                raise not_found(f"{user!r} is not on this organisation's staff.")
            audit(conn, org_id, caller.account_id, "offer_withdrawn", user)
            return
        if before == ADMIN and not _other_admins(conn, org_id, account):
            raise invalid("the last administrator cannot be removed; make someone else an "
                          "administrator first.", code="last_admin")
        conn.execute("UPDATE org_staff SET removed_at = now(), updated_at = now() "
                     "WHERE org_id = %s AND account_id = %s", (org_id, account))
        audit(conn, org_id, caller.account_id, "staff_removed", user, role=before)


# -- held profiles ---------------------------------------------------------------------------

def hold_new(conn: psycopg.Connection, account_id: int, profile_id: str) -> None:
    """A profile first pushed by an active member of exactly one organisation's staff is
    that organisation's patient from the start (the desk registers, everyone sees)."""
    orgs = conn.execute("SELECT org_id FROM org_staff WHERE account_id = %s "
                        "AND removed_at IS NULL", (account_id,)).fetchall()
    if len(orgs) != 1:
        return
    org_id = str(orgs[0][0])
    conn.execute("INSERT INTO org_profiles (profile_id, org_id, held_by) VALUES (%s, %s, %s) "
                 "ON CONFLICT DO NOTHING", (profile_id, org_id, account_id))
    audit(conn, org_id, account_id, "profile_held", profile_id=profile_id, how="registered")


def hold(conn: psycopg.Connection, caller: Caller, org_id: str,
         profile_ids: list[str]) -> list[str]:
    """Admin only: the organisation takes profiles its staff already have on the server
    (registered before the clinic was). Each must be owned by an active member of its
    staff and held by no other organisation; any other refuses the whole request."""
    wanted = sorted(set(profile_ids))
    with conn.transaction():
        _require_staff(conn, caller, org_id, MANAGE_STAFF)
        found = {r[0]: (r[1], r[2]) for r in conn.execute(
            """SELECT p.profile_id, op.org_id, s.account_id IS NOT NULL
               FROM profiles p LEFT JOIN org_profiles op ON op.profile_id = p.profile_id
               LEFT JOIN org_staff s ON s.org_id = %s AND s.account_id = p.owner_id
                                    AND s.removed_at IS NULL
               WHERE p.profile_id = ANY(%s)""", (org_id, wanted)).fetchall()}
        for pid in wanted:
            if pid not in found:
                raise not_found(f"profile {pid[:40]!r} is not on the server; sync it first.")
            holder, owned_by_staff = found[pid]
            if holder is not None and holder != org_id:
                raise forbidden(f"profile {pid} is held by another organisation.")
            if holder is None and not owned_by_staff:
                raise forbidden(f"profile {pid} is not owned by a member of this "
                                "organisation's staff; its owner keeps it.")
        new = [pid for pid in wanted if found[pid][0] is None]
        if new:
            conn.execute("INSERT INTO org_profiles (profile_id, org_id, held_by) "
                         "SELECT unnest(%s::text[]), %s, %s",
                         (new, org_id, caller.account_id))
            for pid in new:
                audit(conn, org_id, caller.account_id, "profile_held", profile_id=pid,
                      how="admin")
    return wanted


def may_erase(conn: psycopg.Connection, caller: Caller, profile_id: str) -> bool:
    """Whether the caller erases a held profile as a staff role allowed to (an admin)."""
    row = conn.execute(
        """SELECT s.role FROM org_profiles op JOIN org_staff s ON s.org_id = op.org_id
           WHERE op.profile_id = %s AND s.account_id = %s AND s.removed_at IS NULL""",
        (profile_id, caller.account_id)).fetchone()
    return row is not None and allows(str(row[0]), ERASE)


# -- patients' links ---------------------------------------------------------------------------

def issue_link_code(conn: psycopg.Connection, caller: Caller, org_id: str, profile_id: str,
                    hours: int) -> dict[str, Any]:
    """A one-time code the clinic gives the patient; any member of staff may issue it
    for a profile the organisation holds. Nothing is linked until the patient redeems it
    and consents."""
    code = new_code()
    with conn.transaction():
        _require_staff(conn, caller, org_id)
        held = conn.execute("SELECT 1 FROM org_profiles WHERE profile_id = %s AND org_id = %s",
                            (profile_id, org_id)).fetchone()
        if held is None:
            raise not_found("this organisation holds no such profile.")
        row = conn.execute(
            "INSERT INTO org_link_codes (code_hash, org_id, profile_id, created_by, expires_at) "
            "VALUES (%s, %s, %s, %s, now() + make_interval(hours => %s)) RETURNING expires_at",
            (code_hash(code), org_id, profile_id, caller.account_id, hours)).fetchone()
        audit(conn, org_id, caller.account_id, "link_code_issued", profile_id=profile_id,
              hours=hours)
    assert row is not None
    return {"code": code, "org_id": org_id, "profile_id": profile_id, "expires_at": row[0]}


def redeem_link(conn: psycopg.Connection, caller: Caller, code: str,
                consent: bool) -> dict[str, Any]:
    if consent is not True:
        raise invalid("consent must be true: the link lets this account read the clinic's "
                      "record of you, and nothing is linked without your consent.",
                      code="no_consent")
    with conn.transaction():
        row = conn.execute(
            """SELECT c.org_id, c.profile_id, c.expires_at > now(), c.redeemed_at IS NOT NULL,
                      o.name
               FROM org_link_codes c JOIN organisations o ON o.org_id = c.org_id
               WHERE c.code_hash = %s FOR UPDATE OF c""", (code_hash(code),)).fetchone()
        if row is None or row[3]:
            raise not_found("that link code is unknown or has been used already.")
        if not row[2]:
            raise ApiError(410, "expired", "that link code has expired; ask the clinic for a "
                           "new one.")
        org_id, profile_id, org_name = str(row[0]), str(row[1]), str(row[4])
        conn.execute("UPDATE org_link_codes SET redeemed_by = %s, redeemed_at = now() "
                     "WHERE code_hash = %s", (caller.account_id, code_hash(code)))
        linked = conn.execute(
            """INSERT INTO patient_links (profile_id, account_id, org_id) VALUES (%s, %s, %s)
               ON CONFLICT (profile_id, account_id) DO UPDATE SET org_id = excluded.org_id,
                 consented_at = now(), withdrawn_at = NULL
               RETURNING consented_at""", (profile_id, caller.account_id, org_id)).fetchone()
        audit(conn, org_id, caller.account_id, "patient_consented", caller.user,
              profile_id=profile_id)
    assert linked is not None
    return {"org_id": org_id, "organisation": org_name, "profile_id": profile_id,
            "consented_at": linked[0]}


def my_links(conn: psycopg.Connection, caller: Caller) -> list[dict[str, Any]]:
    with conn.transaction():
        rows = conn.execute(
            """SELECT l.org_id, o.name, l.profile_id, l.consented_at FROM patient_links l
               JOIN organisations o ON o.org_id = l.org_id
               WHERE l.account_id = %s AND l.withdrawn_at IS NULL ORDER BY l.consented_at""",
            (caller.account_id,)).fetchall()
    return [{"org_id": r[0], "organisation": r[1], "profile_id": r[2], "consented_at": r[3]}
            for r in rows]


def withdraw_link(conn: psycopg.Connection, caller: Caller, profile_id: str) -> None:
    """The patient withdraws consent: the link ends (their next pull lists the profile
    as revoked); the clinic's record stays the clinic's."""
    with conn.transaction():
        row = conn.execute(
            "UPDATE patient_links SET withdrawn_at = now() WHERE profile_id = %s AND "
            "account_id = %s AND withdrawn_at IS NULL RETURNING org_id",
            (profile_id, caller.account_id)).fetchone()
        if row is None:
            raise not_found("this account has no link to that profile.")
        audit(conn, str(row[0]), caller.account_id, "patient_withdrew", caller.user,
              profile_id=profile_id)


def audit_trail(conn: psycopg.Connection, caller: Caller, org_id: str,
                limit: int = 500) -> list[dict[str, Any]]:
    with conn.transaction():
        _require_staff(conn, caller, org_id, MANAGE_STAFF)
        rows = conn.execute(
            """SELECT e.at, a.username, e.action, e.subject, e.profile_id FROM org_audit e
               JOIN accounts a ON a.id = e.actor_id WHERE e.org_id = %s
               ORDER BY e.id DESC LIMIT %s""", (org_id, limit)).fetchall()
    return [{"at": r[0], "actor": r[1], "action": r[2], "subject": r[3], "profile_id": r[4]}
            for r in rows]



# -- the operator (healthdesk-server orgs | org-admin) ------------------------------------

def overview(conn: psycopg.Connection) -> list[dict[str, Any]]:
    """Every organisation with its counts: what the server's operator sees (no records)."""
    with conn.transaction():
        rows = conn.execute(
            """SELECT o.org_id, o.name, o.created_at,
                 (SELECT count(*) FROM org_staff s WHERE s.org_id = o.org_id
                    AND s.removed_at IS NULL),
                 (SELECT count(*) FROM org_staff s WHERE s.org_id = o.org_id
                    AND s.removed_at IS NULL AND s.role = 'admin'),
                 (SELECT count(*) FROM org_profiles p WHERE p.org_id = o.org_id),
                 (SELECT count(*) FROM patient_links l WHERE l.org_id = o.org_id
                    AND l.withdrawn_at IS NULL)
               FROM organisations o ORDER BY o.name, o.org_id""").fetchall()
    return [{"org_id": r[0], "name": r[1], "created_at": r[2].isoformat(), "staff": r[3],
             "admins": r[4], "patients": r[5], "linked_patients": r[6]} for r in rows]


def operator_make_admin(conn: psycopg.Connection, org_id: str, user: str,
                        staff_id: str) -> None:
    """The operator makes ``user`` an administrator of the organisation (when its last
    administrator left or lost their account); audited as the operator's act."""
    with conn.transaction():
        if conn.execute("SELECT 1 FROM organisations WHERE org_id = %s",
                        (org_id,)).fetchone() is None:
            raise ValueError(f"there is no organisation {org_id!r}")
        row = conn.execute("SELECT id, username FROM accounts WHERE lower(username) = "
                           "lower(%s)", (user,)).fetchone()
        if row is None:
            raise ValueError(f"there is no account {user!r}")
        conn.execute(
            """INSERT INTO org_staff (org_id, account_id, role, staff_id, name)
               VALUES (%s, %s, 'admin', %s, %s)
               ON CONFLICT (org_id, account_id) DO UPDATE SET role = 'admin',
                 removed_at = NULL, updated_at = now()""",
            (org_id, row[0], staff_id, row[1]))
        audit(conn, org_id, int(row[0]), "admin_by_operator", str(row[1]))
