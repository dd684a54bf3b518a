"""Profiles: the people whose records this device holds (self, family, patients)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.domain.validation import (
    float_in_range,
    one_of,
    optional_text,
    parse_date,
    require_text,
    timezone_name,
)
from healthdesk.store.models import SYNCED_MODELS, AuditEvent, DoseEvent, Profile
from healthdesk.store.models.people import BLOOD_TYPES, SEXES

from .base import ServiceBase
from .batch import all_or_nothing

MAX_NAME = 200
MAX_NOTES = 5000
EARLIEST_BIRTH = dt.date(1900, 1, 1)
MAX_PHOTO_BYTES = 5 * 1024 * 1024
PHOTO_TYPES = {"image/png": "PNG", "image/jpeg": "JPEG", "image/webp": "WebP"}
_COLOR = re.compile(r"#[0-9A-Fa-f]{6}")
_LANGUAGE = re.compile(r"([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2}|[0-9]{3}))?")
# Append-only logs cannot be updated (a trigger refuses), so a deleted profile's dose
# events and audit trail stay behind as history; every other synced row is tombstoned.
APPEND_ONLY = (DoseEvent, AuditEvent)
UPDATABLE = frozenset({"name", "date_of_birth", "sex", "blood_type", "height_cm", "language",
                       "timezone", "color", "notes"})


@dataclass(frozen=True)
class ProfileView:
    id: str
    name: str
    date_of_birth: dt.date | None
    age: int | None
    sex: str
    blood_type: str
    height_cm: float | None
    language: str
    timezone: str | None
    color: str | None
    initials: str
    notes: str | None
    has_photo: bool


def profile_today(timezone: str | None, now: dt.datetime) -> dt.date:
    """Today's date where the person lives (UTC when their zone is not known)."""
    return now.astimezone(ZoneInfo(timezone)).date() if timezone else now.date()


def initials(name: str) -> str:
    """"Asha Rao" -> "AR", "Asha" -> "A": shown in avatars when there is no photo."""
    letters = [w[0] for w in name.split() if w[0].isalnum()]
    if not letters:
        return name.strip()[:1].upper()
    picked = letters[0] + letters[-1] if len(letters) > 1 else letters[0]
    return picked.upper()


def age_on(born: dt.date | None, today: dt.date) -> int | None:
    if born is None:
        return None
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def to_view(p: Profile, now: dt.datetime) -> ProfileView:
    return ProfileView(
        id=p.id, name=p.name, date_of_birth=p.date_of_birth,
        age=age_on(p.date_of_birth, profile_today(p.timezone, now)), sex=p.sex,
        blood_type=p.blood_type, height_cm=p.height_cm, language=p.language,
        timezone=p.timezone, color=p.color, initials=initials(p.name), notes=p.notes,
        has_photo=p.photo_mime is not None,
    )


def _language(value: Any) -> str:
    message = "Language must be a language tag like en, hi, ta or en-IN."
    if not isinstance(value, str):
        raise ValidationError("language", message)
    match = _LANGUAGE.fullmatch(value.strip())
    if match is None:
        raise ValidationError("language", message)
    lang, region = match.groups()
    return lang.lower() + (f"-{region.upper()}" if region else "")


def _height(value: Any) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return float_in_range("height_cm", value, 20, 280, "cm")
    except ValidationError:
        raise ValidationError("height_cm", _("Height must be between 20 and 280 cm.")) from None


def _color(value: Any) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str) or not _COLOR.fullmatch(value.strip()):
        raise ValidationError("color", _("Colour must be written #RRGGBB, like #1A7F5A."))
    return value.strip().upper()


def _photo_kind(data: bytes) -> str | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


class ProfilesService(ServiceBase):
    """Create, edit and remove the people on this device."""

    def _clean(self, fields: Mapping[str, Any]) -> dict[str, Any]:
        """Validate the given fields (only those) into column values."""
        out: dict[str, Any] = {}
        for key, value in fields.items():
            if key == "name":
                out[key] = require_text("name", value, MAX_NAME)
            elif key == "date_of_birth":
                out[key] = None if value is None or value == "" else self._birth(value)
            elif key == "sex":
                out[key] = one_of("sex", value, SEXES)
            elif key == "blood_type":
                out[key] = one_of("blood_type", value, BLOOD_TYPES)
            elif key == "height_cm":
                out[key] = _height(value)
            elif key == "language":
                out[key] = _language(value)
            elif key == "timezone":
                out[key] = (None if value is None or value == ""
                            else timezone_name("timezone", value))
            elif key == "color":
                out[key] = _color(value)
            elif key == "notes":
                out[key] = optional_text("notes", value, MAX_NOTES)
            else:
                raise TypeError(f"unknown profile field: {key}")
        return out

    def _birth(self, value: Any) -> dt.date:
        born = parse_date("date_of_birth", value)
        # The latest calendar date anywhere on Earth (UTC+14), so a baby born today in
        # a zone ahead of UTC is not refused before the person's zone is known.
        latest = (self.now() + dt.timedelta(hours=14)).date()
        if not EARLIEST_BIRTH <= born <= latest:
            raise ValidationError(
                "date_of_birth",
                _("Date of birth must be between {earliest_birth} and today; it cannot be in "
                  "the future.").format(earliest_birth=EARLIEST_BIRTH.isoformat()),
            )
        return born

    @staticmethod
    def _check_unique(s: Session, name: str, except_id: str | None = None) -> None:
        """Names pick a profile on the command line (--profile NAME), so they must differ."""
        wanted = name.casefold()
        for pid, other in s.execute(select(Profile.id, Profile.name)
                                    .where(Profile.deleted.is_(False))):
            if pid != except_id and other.strip().casefold() == wanted:
                raise ValidationError(
                    "name", _("A profile named {other} already exists; choose another name (for "
                              "example, add a surname or an initial).").format(other=other))

    def create(self, name: str, date_of_birth: dt.date | str | None = None,
               sex: str = "unknown", blood_type: str = "unknown",
               height_cm: float | str | None = None, language: str = "en",
               timezone: str | None = None, color: str | None = None,
               notes: str | None = None) -> ProfileView:
        """Add a person.

        Raises ValidationError naming the field and its allowed range or values.
        """
        clean = self._clean({
            "name": name, "date_of_birth": date_of_birth, "sex": sex, "blood_type": blood_type,
            "height_cm": height_cm, "language": language, "timezone": timezone,
            "color": color, "notes": notes,
        })
        with self._store.write() as s:
            self._check_unique(s, clean["name"])
            p = Profile(**clean)
            s.add(p)
            s.flush()
            return to_view(p, self.now())

    def create_many(self, entries: Sequence[Mapping[str, Any]]) -> list[ProfileView]:
        """Add many people (each a mapping of ``create``'s arguments), all or none.

        Raises BatchItemError naming the entry refused (a ValidationError).
        """
        return all_or_nothing(self._store, entries, self.create)

    def update(self, profile_id: str, **fields: Any) -> ProfileView:
        """Change only the fields given; passing None clears an optional field.

        Raises ValidationError, NotFoundError; TypeError for a field profiles do not have.
        """
        clean = self._clean(fields)
        with self._store.write() as s:
            p = self.require_profile(s, profile_id)
            if "name" in clean:
                self._check_unique(s, clean["name"], except_id=profile_id)
            for key, value in clean.items():
                setattr(p, key, value)
            s.flush()
            return to_view(p, self.now())

    def delete(self, profile_id: str) -> None:
        """Remove a person and everything recorded about them, in one transaction.

        Rows are tombstoned (so the delete syncs); dose events and the audit trail are
        append-only and stay as history. Raises NotFoundError.
        """
        with self._store.write() as s:
            p = self.require_profile(s, profile_id)
            for model in SYNCED_MODELS:
                if model is Profile or model in APPEND_ONLY:
                    continue
                rows = s.scalars(select(model).where(
                    model.profile_id == profile_id, model.deleted.is_(False)))  # type: ignore[attr-defined]
                for row in rows.all():
                    row.deleted = True
            p.deleted = True

    def get(self, profile_id: str) -> ProfileView:
        """Raises NotFoundError for an unknown or deleted profile."""
        with self._store.read() as s:
            return to_view(self.require_profile(s, profile_id), self.now())

    def all(self) -> list[ProfileView]:
        """Every live profile, by name regardless of case."""
        now = self.now()
        with self._store.read() as s:
            rows = s.scalars(select(Profile).where(Profile.deleted.is_(False))).all()
            views = [to_view(p, now) for p in rows]
        return sorted(views, key=lambda v: (v.name.casefold(), v.id))

    def find_by_name(self, name: str) -> ProfileView | None:
        """The live profile called ``name`` (any case), or None.

        Raises ValidationError when several profiles share the name (possible after two
        devices sync), since picking one silently could act on the wrong person.
        """
        wanted = name.strip().casefold() if isinstance(name, str) else ""
        found = [v for v in self.all() if v.name.strip().casefold() == wanted]
        if len(found) > 1:
            raise ValidationError(
                "name", _("{n} profiles are named {name}; rename one so "
                          "each name is unique.").format(
                            n=len(found), name=name.strip()))
        return found[0] if found else None

    def set_photo(self, profile_id: str, data: bytes, mime_type: str) -> None:
        """Store a PNG, JPEG or WebP photo of at most 5 MB.

        Raises ValidationError (type, size, or bytes that are not that image) and
        NotFoundError.
        """
        kinds = ", ".join(f"{label} ({mime})" for mime, label in PHOTO_TYPES.items())
        mime = mime_type.strip().lower() if isinstance(mime_type, str) else ""
        if mime not in PHOTO_TYPES:
            raise ValidationError("mime_type", _("Photo must be one of: {kinds}.").format(
                                                   kinds=kinds))
        if not isinstance(data, bytes | bytearray) or not data:
            raise ValidationError("photo", _("Photo is empty; choose an image file."))
        if len(data) > MAX_PHOTO_BYTES:
            raise ValidationError(
                "photo", _("Photo must be at most 5 MB (this one is {value:.1f} MB).").format(
                             value=len(data) / (1024 * 1024)))
        if _photo_kind(bytes(data)) != mime:
            raise ValidationError("photo", _("Photo is not a {photo_types} image.").format(
                                               photo_types=PHOTO_TYPES[mime]))
        with self._store.write() as s:
            p = self.require_profile(s, profile_id)
            p.photo = bytes(data)
            p.photo_mime = mime

    def remove_photo(self, profile_id: str) -> None:
        """Raises NotFoundError."""
        with self._store.write() as s:
            p = self.require_profile(s, profile_id)
            p.photo = None
            p.photo_mime = None

    def get_photo(self, profile_id: str) -> tuple[bytes, str] | None:
        """The photo's bytes and MIME type, or None when there is none."""
        with self._store.read() as s:
            p = self.require_profile(s, profile_id)
            if p.photo is None or p.photo_mime is None:
                return None
            return bytes(p.photo), p.photo_mime
