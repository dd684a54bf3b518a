"""``--profile NAME-or-id``: which person a command is about.

Names are unique in a record (the profiles service refuses a second "Asha Rao"), so a
name is as good as an id on the command line; an id also works, for scripts that keep
them. Without --profile a record holding one person means that person; with several,
guessing could write into the wrong person's record, so the command stops and lists them.
"""

from __future__ import annotations

import argparse

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.services.profiles import ProfileView
from healthdesk.services.record import HealthRecord


def add_profile_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--profile", metavar="NAME-or-id",
                   help=_("the person (name, any case, or id); may be left out when the "
                        "record holds only one"))


NAMES_SHOWN = 10  # a clinic holds thousands: a message names a few


def _names(people: list[ProfileView]) -> str:
    if len(people) > NAMES_SHOWN:
        return _("{names} and {n} more").format(
            names=", ".join(p.name for p in people[:NAMES_SHOWN]), n=len(people) - NAMES_SHOWN)
    return ", ".join(p.name for p in people) or "none"


def find_profile(record: HealthRecord, text: str,
                 people: list[ProfileView] | None = None) -> ProfileView:
    """The profile named ``text`` (any case) or with that id; ValidationError if none."""
    people = record.profiles.all() if people is None else people
    wanted = text.strip()
    for p in people:
        if p.id == wanted:
            return p
    found = record.profiles.find_by_name(wanted)
    if found is None:  # a clinic number (HD-KMRT-00123) names a patient too
        number = record.patients.by_clinic_no(wanted)
        found = next((p for p in people if p.id == number), None) if number else None
    if found is None:
        raise ValidationError(
            "profile", _("No profile is named '{wanted}' (known: {names}).").format(
                                             wanted=wanted, names=_names(people)))
    return found


def resolve_profile(record: HealthRecord, text: str | None) -> ProfileView:
    """``--profile`` as given, else the only profile; ValidationError (exit 2) otherwise."""
    people = record.profiles.all()
    if text is not None and text.strip():
        return find_profile(record, text, people)
    if len(people) == 1:
        return people[0]
    if not people:
        raise ValidationError("profile", _("This record has no profiles yet; add one with "
                              "healthdesk profiles add NAME."))
    raise ValidationError("profile", _("This record holds {n} profiles; choose one with "
                                       "--profile: {names}.").format(
                                         n=len(people), names=_names(people)))


class ProfileCache:
    """Names resolved once per bulk file, not once per row."""

    def __init__(self, record: HealthRecord, default: str | None) -> None:
        self._record = record
        self._default = default
        self._people = record.profiles.all()
        self._found: dict[str, ProfileView] = {}

    def get(self, text: str | None) -> ProfileView:
        key = (text or "").strip()
        if key not in self._found:
            self._found[key] = (find_profile(self._record, key, self._people) if key
                                else resolve_profile(self._record, self._default))
        return self._found[key]
