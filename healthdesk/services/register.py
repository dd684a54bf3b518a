"""The clinic's patient register: find a patient as you type, recent ones, register new.

The register (``clinic_register``) is an index beside ``profiles``: a clinic number, a
phone, the date of birth and the name folded for search (Unicode NFKC, then casefold, so
"ASHA", "asha" and "Asha" match, and Devanagari or Tamil names match as typed). A query
is read as what it looks like: a date (2001-03-04 or 04/03/2001) searches dates of birth,
digits search phones and clinic numbers from their start, anything else searches words
of the name from their start and clinic numbers. 10,000 patients scan in a few ms
(bench/bench_register.py), so no FTS index has to be kept in step.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.domain.roles import REGISTER
from healthdesk.domain.validation import int_in_range, optional_text
from healthdesk.store.models import ClinicRecord, Organisation, Profile, RegisterEntry
from healthdesk.store.models.clinic import clinic_record_id

from .access import access_for
from .base import ServiceBase
from .clinic_numbers import check_typed, forget_series, next_number, series_clashes
from .errors import NotFoundError
from .profiles import ProfilesService

MAX_QUERY = 100
MAX_RESULTS = 200
_DATE_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATE_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


def fold(name: str) -> str:
    """The search key of a name: NFKC, casefolded, words single-spaced, with a leading
    space so " word" finds a word's start."""
    words = unicodedata.normalize("NFKC", name).casefold().split()
    return " " + " ".join(words)


def digits(phone: str | None) -> str | None:
    if not phone:
        return None
    only = re.sub(r"\D", "", phone)
    return only or None


@dataclass(frozen=True)
class PatientRow:
    profile_id: str
    name: str
    clinic_no: str | None
    date_of_birth: dt.date | None
    phone: str | None
    sex: str
    last_seen_at: dt.datetime | None


class DuplicatePatient(ValidationError):
    """A patient with the same name and date of birth is already registered."""

    def __init__(self, message: str, existing: list[PatientRow]) -> None:
        super().__init__("name", message)
        self.existing = existing


def _parse_date(q: str) -> dt.date | None:
    try:
        if _DATE_ISO.match(q):
            return dt.date.fromisoformat(q)
        m = _DATE_DMY.match(q)
        if m:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None
    return None


# CROSS JOIN keeps the register the outer loop (SQLite's rule): its rows are small, and
# the planner would otherwise scan the much wider profiles table (10x slower, measured).
_COLUMNS = """SELECT p.id, p.name, r.clinic_no, r.date_of_birth, r.phone, p.sex, r.last_seen_at
FROM clinic_register r CROSS JOIN profiles p ON p.id = r.profile_id AND p.deleted = 0"""


def _row(r: Any) -> PatientRow:
    born = dt.date.fromisoformat(r[3]) if r[3] else None
    seen = dt.datetime.fromisoformat(r[6]).astimezone(dt.UTC) if r[6] else None
    return PatientRow(r[0], r[1], r[2], born, r[4], r[5], seen)


class RegisterService(ServiceBase):
    """Search, list and register the clinic's patients."""

    _refreshed = False

    def _ensure_fresh(self) -> None:
        # The first search of a process catches up with profiles written before (an older
        # store, a sync); the register dialog refreshes again each time it opens.
        if not self._refreshed:
            self.refresh()

    def refresh(self, records: bool = True) -> int:
        """Bring the register up to date with the profiles (new, renamed, born-date
        changed, synced in) and, with ``records``, their clinic records (numbers and
        phones, also those another computer gave); returns how many entries changed.

        The records' scan is as costly as the profiles' (~10 ms each for 10,000 with
        nothing to do); this service's own writes keep the register in step with the
        records, so only a pull, an import or a new process needs it."""
        self._refreshed = True
        stale_sql = text(
            "SELECT p.id, p.name, p.date_of_birth, p.version FROM profiles p "
            "LEFT JOIN clinic_register r ON r.profile_id = p.id "
            "WHERE p.deleted = 0 AND (r.profile_id IS NULL OR r.profile_version IS NOT p.version)")
        records_sql = text(
            "SELECT c.clinic_no, c.phone, c.version, c.profile_id FROM clinic_records c "
            "LEFT JOIN clinic_register r ON r.profile_id = c.profile_id "
            "WHERE c.deleted = 0 AND (r.profile_id IS NULL OR r.record_version IS NOT c.version)")
        with self._store.read() as s:
            stale = s.execute(stale_sql).fetchall()
            changed = s.execute(records_sql).fetchall() if records else []
        if not stale and not changed:
            return 0
        with self._store.write() as s:
            conn = s.connection()
            if stale:
                conn.exec_driver_sql(
                    "INSERT INTO clinic_register (profile_id, name_key, date_of_birth, "
                    "profile_version, visits) VALUES (?, ?, ?, ?, 0) ON CONFLICT (profile_id) "
                    "DO UPDATE SET name_key = excluded.name_key, date_of_birth = "
                    "excluded.date_of_birth, profile_version = excluded.profile_version",
                    [(pid, fold(name), born, version) for pid, name, born, version in stale])
            if changed:
                # A clinic record whose profile has no entry yet (its profile deleted, or
                # not arrived) changes nothing: the UPDATE finds no row.
                conn.exec_driver_sql(
                    "UPDATE clinic_register SET clinic_no = ?, phone = ?, phone_digits = ?, "
                    "record_version = ? WHERE profile_id = ?",
                    [(number, phone, digits(phone), version, pid)
                     for number, phone, version, pid in changed])
        return len({r[0] for r in stale} | {r[3] for r in changed})

    def after_pull(self) -> None:
        """What a sync that pulled anything calls: index what arrived, and draw a fresh
        series if another computer turned out to number from this one's."""
        with self._store.read() as s:
            if s.scalar(select(Organisation.id).limit(1)) is None:
                return  # a personal store: no register to keep
            clash = series_clashes(s, self._store.device_id)
        self.refresh()
        if clash:
            with self._store.write() as s:
                forget_series(s)

    def search(self, query: str, limit: int = 50) -> list[PatientRow]:
        """Patients matching ``query`` as typed (name words, clinic number, phone, date
        of birth), best first: exact clinic number, then by name."""
        q = (query or "").strip()
        if len(q) > MAX_QUERY:
            raise ValidationError("query", _("A search is at most {n} characters.")
                                  .format(n=MAX_QUERY))
        limit = int_in_range("limit", limit, 1, MAX_RESULTS)
        self._ensure_fresh()
        if not q:
            return self.recent(limit)
        born = _parse_date(q)
        params: dict[str, Any] = {"limit": limit, "upper": q.upper()}
        if born is not None:
            where, params["dob"] = "r.date_of_birth = :dob", born.isoformat()
        elif q.replace(" ", "").replace("+", "").replace("-", "").isdigit():
            params["d"] = re.sub(r"\D", "", q)
            where = ("(substr(r.phone_digits, 1, length(:d)) = :d OR "
                     "substr(r.phone_digits, -10, length(:d)) = :d OR "
                     "instr(r.clinic_no, :d) > 0)")
        else:
            words = fold(q).split()[:8]
            conds = []
            for i, w in enumerate(words):
                params[f"w{i}"] = " " + w
                conds.append(f"instr(r.name_key, :w{i}) > 0")
            where = ("((" + " AND ".join(conds) + ") OR "
                     "substr(r.clinic_no, 1, length(:upper)) = :upper)")
        sql = text(f"{_COLUMNS} WHERE {where} "
                   "ORDER BY (r.clinic_no = :upper) DESC, r.name_key, p.id LIMIT :limit")
        with self._store.read() as s:
            return [_row(r) for r in s.execute(sql, params)]

    def recent(self, limit: int = 20) -> list[PatientRow]:
        """The patients opened most recently on this device."""
        limit = int_in_range("limit", limit, 1, MAX_RESULTS)
        sql = text(f"{_COLUMNS} WHERE r.last_seen_at IS NOT NULL "
                   "ORDER BY r.last_seen_at DESC LIMIT :limit")
        with self._store.read() as s:
            return [_row(r) for r in s.execute(sql, {"limit": limit})]

    def person_box(self, current: str | None, limit: int = 15) -> list[PatientRow]:
        """What the window's person box offers on a clinic store, in one small read
        (listing all 10,000 patients took ~1 s): the patient on screen, then the ones
        opened most recently here, or on a desk that has opened none yet the first by
        name. Everyone else is a search away (the register)."""
        limit = int_in_range("limit", limit, 1, MAX_RESULTS)
        self._ensure_fresh()
        rows = self.recent(limit)
        if not rows:
            with self._store.read() as s:
                rows = [_row(r) for r in s.execute(text(
                    f"{_COLUMNS} ORDER BY r.name_key, p.id LIMIT :limit"), {"limit": limit})]
        if current and all(r.profile_id != current for r in rows):
            try:
                rows.insert(0, self.get(current))
            except NotFoundError:
                pass  # deleted, or not a patient of this store: the box shows the rest
        return rows

    def get(self, profile_id: str) -> PatientRow:
        with self._store.read() as s:
            r = s.execute(text(f"{_COLUMNS} WHERE r.profile_id = :p"), {"p": profile_id}).first()
        if r is None:
            self.refresh()
            with self._store.read() as s:
                r = s.execute(text(f"{_COLUMNS} WHERE r.profile_id = :p"),
                              {"p": profile_id}).first()
        if r is None:
            raise NotFoundError("patient", profile_id)
        return _row(r)

    def by_clinic_no(self, clinic_no: str) -> str | None:
        """The profile id registered under ``clinic_no`` (any case), or None."""
        number = (clinic_no or "").strip().upper()
        if not number:
            return None
        with self._store.read() as s:
            return s.scalar(select(RegisterEntry.profile_id).where(
                RegisterEntry.clinic_no == number))

    def opened(self, profile_id: str) -> None:
        """The desk opened this patient: first in "recent" from now on."""
        with self._store.write() as s:
            s.connection().exec_driver_sql(
                "UPDATE clinic_register SET last_seen_at = ?, visits = visits + 1 "
                "WHERE profile_id = ?",
                (self.now().astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"), profile_id))

    def duplicates(self, name: str, date_of_birth: dt.date | str | None) -> list[PatientRow]:
        """Registered patients with this name and date of birth."""
        if not date_of_birth:
            return []
        born = (date_of_birth if isinstance(date_of_birth, dt.date)
                else dt.date.fromisoformat(str(date_of_birth)))
        with self._store.read() as s:
            rows = s.execute(text(f"{_COLUMNS} WHERE r.name_key = :k AND r.date_of_birth = :d"),
                             {"k": fold(name), "d": born.isoformat()}).fetchall()
        return [_row(r) for r in rows]

    def register(self, name: str, date_of_birth: dt.date | str | None = None, *,
                 sex: str = "unknown", phone: str | None = None, clinic_no: str | None = None,
                 allow_duplicate: bool = False) -> PatientRow:
        """A new patient with a clinic number (this computer's next, HD-KMRT-00001,
        unless given; services/clinic_numbers.py).

        Raises DuplicatePatient when one with the same name and date of birth exists
        (pass ``allow_duplicate`` once the desk has checked it is someone else),
        ValidationError for a bad field, PermissionDenied for a role that may not."""
        clean = ProfilesService(self._store)._clean(
            {"name": name, "date_of_birth": date_of_birth, "sex": sex})
        phone_text = optional_text("phone", phone, 50)
        if phone_text and not digits(phone_text):
            raise ValidationError("phone", _("A phone number needs digits."))
        number = optional_text("clinic_no", clinic_no, 40)
        self.refresh(records=not self._refreshed)
        if not allow_duplicate:
            same = self.duplicates(clean["name"], clean.get("date_of_birth"))
            if same:
                raise DuplicatePatient(_(
                    "{name}, born {born}, is already registered as {no}; open that record, "
                    "or register again if this is someone else.").format(
                    name=same[0].name, born=clean["date_of_birth"].isoformat(),
                    no=same[0].clinic_no or same[0].profile_id), same)
        device = self._store.device_id
        with self._store.write() as s:
            if number:
                number = number.upper()
                check_typed(s, number, device)
            else:
                number = next_number(s, device)
            if s.scalar(select(RegisterEntry.profile_id).where(
                    RegisterEntry.clinic_no == number)) is not None:
                raise ValidationError("clinic_no", _("Clinic number {no} is already taken.")
                                      .format(no=number))
            p = Profile(**clean)
            s.add(p)
            s.flush()
            rec = ClinicRecord(id=clinic_record_id(p.id), profile_id=p.id, clinic_no=number,
                               phone=phone_text, numbered_by=device)
            s.add(rec)
            s.flush()
            s.add(RegisterEntry(profile_id=p.id, clinic_no=number, phone=phone_text,
                                phone_digits=digits(phone_text), name_key=fold(p.name),
                                date_of_birth=p.date_of_birth, profile_version=p.version,
                                record_version=rec.version, visits=0))
            s.flush()
            return PatientRow(p.id, p.name, number, p.date_of_birth, phone_text, p.sex, None)

    def set_details(self, profile_id: str, *, phone: str | None = None,
                    clinic_no: str | None = None) -> PatientRow:
        """Change a patient's phone or clinic number."""
        phone_text = optional_text("phone", phone, 50)
        number = optional_text("clinic_no", clinic_no, 40)
        self.refresh(records=not self._refreshed)
        access_for(self._store).require(REGISTER, profile_id)
        device = self._store.device_id
        with self._store.write() as s:
            self.check_profile(s, profile_id)
            entry = s.get(RegisterEntry, profile_id)
            if entry is None:
                raise NotFoundError("patient", profile_id)
            rec = s.get(ClinicRecord, clinic_record_id(profile_id))
            if rec is None:
                rec = ClinicRecord(id=clinic_record_id(profile_id), profile_id=profile_id,
                                   clinic_no=entry.clinic_no, phone=entry.phone)
                s.add(rec)
            if phone is not None:
                rec.phone = phone_text
            if number is not None:
                taken = number.upper()
                if taken != rec.clinic_no:
                    check_typed(s, taken, device)
                    rec.clinic_no, rec.numbered_by = taken, device
            s.flush()
            entry.clinic_no, entry.phone = rec.clinic_no, rec.phone
            entry.phone_digits, entry.record_version = digits(rec.phone), rec.version
        return self.get(profile_id)

    def likely_duplicates(self) -> list[list[PatientRow]]:
        """Patients who may be registered twice: the same name and date of birth on two
        or more profiles (two computers registered one person while offline), each group
        in clinic-number order. The desk opens both and keeps one."""
        sql = text(f"{_COLUMNS} WHERE (r.name_key, r.date_of_birth) IN (SELECT r2.name_key, "
                   "r2.date_of_birth FROM clinic_register r2 JOIN profiles p2 ON p2.id = "
                   "r2.profile_id AND p2.deleted = 0 WHERE r2.date_of_birth IS NOT NULL "
                   "GROUP BY r2.name_key, r2.date_of_birth HAVING count(*) > 1) "
                   "ORDER BY r.name_key, r.date_of_birth, r.clinic_no, p.id")
        return self._groups(sql, lambda row: (fold(row.name), row.date_of_birth))

    def clashes(self) -> list[list[PatientRow]]:
        """Clinic numbers held by two or more patients (typed alike on two computers
        offline, or older numbers from before migration 0015): renumber all but one."""
        sql = text(f"{_COLUMNS} WHERE r.clinic_no IN (SELECT r2.clinic_no FROM "
                   "clinic_register r2 JOIN profiles p2 ON p2.id = r2.profile_id AND "
                   "p2.deleted = 0 WHERE r2.clinic_no IS NOT NULL GROUP BY r2.clinic_no "
                   "HAVING count(*) > 1) ORDER BY r.clinic_no, p.id")
        return self._groups(sql, lambda row: row.clinic_no)

    def _groups(self, sql: Any, key: Any) -> list[list[PatientRow]]:
        self._ensure_fresh()
        with self._store.read() as s:
            rows = [_row(r) for r in s.execute(sql)]
        groups: list[list[PatientRow]] = []
        for row in rows:
            if groups and key(groups[-1][0]) == key(row):
                groups[-1].append(row)
            else:
                groups.append([row])
        return groups

    def count(self) -> int:
        with self._store.read() as s:
            return int(s.scalar(text(
                "SELECT count(*) FROM clinic_register r JOIN profiles p ON p.id = "
                "r.profile_id AND p.deleted = 0")) or 0)
