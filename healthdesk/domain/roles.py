"""Who may do what to a record: clinic staff roles and the sharing roles, as one table.

Clinic staff (admin, doctor, nurse, receptionist) sign in on a clinic store; the sharing
roles (owner, caregiver, viewer) are an account's role on one shared profile, as the
sync server last said. A write needs the permission of the table it touches (a reading
needs ``record_vitals``, a medicine ``prescribe``...); on a clinic store it needs both
the staff member's role and the profile's sharing role to allow it.

Pure: no I/O. The services check it on every write (services/access.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from .i18n import N_, _

READ = "read"
REGISTER = "register"            # patients' details, appointments, contacts
RECORD_VITALS = "record_vitals"  # readings, doses given, symptoms
PRESCRIBE = "prescribe"          # medicines and their schedules
EDIT = "edit"                    # the rest of the clinical record
ERASE = "erase"                  # erase a whole person for good
EXPORT = "export"                # export, back up, print a summary
MANAGE_STAFF = "manage_staff"    # the organisation and its staff

PERMISSIONS: tuple[str, ...] = (READ, REGISTER, RECORD_VITALS, PRESCRIBE, EDIT, ERASE,
                                EXPORT, MANAGE_STAFF)

PERMISSION_WORDS: dict[str, str] = {
    READ: N_("read records"),
    REGISTER: N_("register patients and book appointments"),
    RECORD_VITALS: N_("record readings and doses"),
    PRESCRIBE: N_("prescribe medicines"),
    EDIT: N_("change the clinical record"),
    ERASE: N_("erase a person's record"),
    EXPORT: N_("export records"),
    MANAGE_STAFF: N_("manage staff"),
}

STAFF_ROLES: tuple[str, ...] = ("admin", "doctor", "nurse", "receptionist")
SHARING_ROLES: tuple[str, ...] = ("owner", "caregiver", "viewer")

ROLE_WORDS: dict[str, str] = {
    "admin": N_("administrator"), "doctor": N_("doctor"), "nurse": N_("nurse"),
    "receptionist": N_("receptionist"), "owner": N_("owner"), "caregiver": N_("caregiver"),
    "viewer": N_("viewer"),
}

_ALL = frozenset(PERMISSIONS)
GRANTS: dict[str, frozenset[str]] = {
    "admin": _ALL,
    "doctor": frozenset({READ, REGISTER, RECORD_VITALS, PRESCRIBE, EDIT, EXPORT}),
    "nurse": frozenset({READ, REGISTER, RECORD_VITALS}),
    "receptionist": frozenset({READ, REGISTER}),
    # One person's own record (no clinic): the owner does everything but manage staff,
    # which only exists on a clinic store.
    "owner": _ALL - {MANAGE_STAFF},
    "caregiver": frozenset({READ, REGISTER, RECORD_VITALS, PRESCRIBE, EDIT, EXPORT}),
    "viewer": frozenset({READ, EXPORT}),
}

# The permission a write to each synced table needs. Tables not listed need EDIT.
# Free: audit rows (the write path writes them for the write they describe), conflict
# records, and what the app raises by itself (notifications and their deliveries, alerts
# to caregivers, an emergency alert), which must not wait for someone to sign in.
TABLE_PERMISSIONS: dict[str, str] = {
    "profiles": REGISTER,
    "emergency_contacts": REGISTER,
    "appointments": REGISTER,
    "clinic_queue": REGISTER,
    "clinic_records": REGISTER,
    "measurements": RECORD_VITALS,
    "dose_events": RECORD_VITALS,
    "symptom_entries": RECORD_VITALS,
    "medications": PRESCRIBE,
    "medication_schedules": PRESCRIBE,
    "refills": PRESCRIBE,
}
FREE_TABLES = frozenset({"audit_events", "conflicts", "notifications", "alert_deliveries",
                         "caregiver_alerts", "emergency_alerts"})


def permission_for_table(table: str) -> str | None:
    """The permission a write to ``table`` needs (None: the write needs none of its own)."""
    if table in FREE_TABLES:
        return None
    return TABLE_PERMISSIONS.get(table, EDIT)


def allows(role: str, permission: str) -> bool:
    return permission in GRANTS.get(role, frozenset())


def role_word(role: str) -> str:
    return _(ROLE_WORDS.get(role, role))


def permission_word(permission: str) -> str:
    return _(PERMISSION_WORDS.get(permission, permission))


class PermissionDenied(Exception):
    """Someone tried what their role does not allow. ``str()`` is a sentence naming who,
    in which role, and what they may not do."""

    def __init__(self, message: str, permission: str, who: str = "", role: str = "") -> None:
        super().__init__(message)
        self.permission = permission
        self.who = who
        self.role = role

    def __str__(self) -> str:
        return str(self.args[0])


@dataclass(frozen=True)
class Actor:
    """Who is acting: a signed-in staff member, or whoever opened a personal store."""

    name: str
    role: str
    staff_id: str | None = None

    def can(self, permission: str) -> bool:
        return allows(self.role, permission)


def denied(who: str, role: str, permission: str, profile_name: str | None = None
           ) -> PermissionDenied:
    """The error for ``who`` (in ``role``) lacking ``permission``."""
    if role == "viewer":
        msg = _("You can view {name}'s record; ask the owner to change it.").format(
            name=profile_name or _("this person")) if permission != READ else \
            _("You may not read this record.")
    else:
        msg = _("{who} ({role}) may not {what}.").format(
            who=who, role=role_word(role), what=permission_word(permission))
    return PermissionDenied(msg, permission, who, role)


def role_table() -> list[tuple[str, list[str]]]:
    """Each role with the permissions it holds, in the order of PERMISSIONS (docs, UI)."""
    return [(r, [p for p in PERMISSIONS if p in GRANTS[r]]) for r in (*STAFF_ROLES,
                                                                      *SHARING_ROLES)]
