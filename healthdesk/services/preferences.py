"""Per-device preferences: units, theme, language, lock timeout, quiet hours.

Every setting is declared once below (key, type, default, allowed values or range,
label), like Electrum's ConfigVar, so validation, defaults and a settings dialog all read
the same declaration. Preferences belong to this device: the ``preferences`` table has
no outbox trigger, so they never sync and never show up in exports.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from healthdesk.domain import units as u
from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.store.models import Preference

from .base import ServiceBase

_HHMM = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")


@dataclass(frozen=True)
class Setting:
    """One preference: what it is called, what it may hold, and what it starts as."""

    key: str
    label: str
    kind: type
    default: Any
    choices: tuple[Any, ...] | None = None
    minimum: int | None = None
    maximum: int | None = None
    nullable: bool = False
    hint: str = ""
    parse: Callable[[Setting, Any], Any] | None = None

    def allowed(self) -> str:
        """The allowed values in words, for messages and tooltips."""
        if self.hint:
            return self.hint
        if self.choices is not None:
            return "one of: " + ", ".join(str(c) for c in self.choices)
        if self.minimum is not None and self.maximum is not None:
            return f"a whole number between {self.minimum} and {self.maximum}"
        if self.kind is bool:
            return "true or false"
        return f"a {self.kind.__name__}"

    def _problem(self) -> ValidationError:
        none = " (or empty)" if self.nullable else ""
        return ValidationError(self.key, _("{label} must be {allowed}{none}.").format(
                                             label=self.label, allowed=self.allowed(), none=none))

    def validate(self, value: Any) -> Any:
        """The cleaned value, or ValidationError naming the setting and what it allows."""
        if value is None or (isinstance(value, str) and not value.strip() and self.nullable):
            if self.nullable:
                return None
            raise self._problem()
        if self.parse is not None:
            return self.parse(self, value)
        if self.kind is bool:
            if not isinstance(value, bool):
                raise self._problem()
            return value
        if self.kind is int:
            if isinstance(value, bool) or not isinstance(value, int | float | str):
                raise self._problem()
            try:
                number = float(value)
            except ValueError:
                raise self._problem() from None
            if not number.is_integer():
                raise self._problem()
            value = int(number)
            if (self.minimum is not None and value < self.minimum) or (
                    self.maximum is not None and value > self.maximum):
                raise self._problem()
            return value
        if not isinstance(value, str):
            raise self._problem()
        text = value.strip()
        if self.choices is not None:
            for choice in self.choices:
                if str(choice).casefold() == text.casefold():
                    return choice
            raise self._problem()
        return text


def _clock_time(setting: Setting, value: Any) -> str:
    match = _HHMM.fullmatch(value.strip()) if isinstance(value, str) else None
    if match is None:
        raise setting._problem()
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def _profile_id(setting: Setting, value: Any) -> str:
    if not isinstance(value, str) or len(value.strip()) > 36:
        raise setting._problem()
    return value.strip()


def _unit(key: str, label: str, *choices: str) -> Setting:
    return Setting(key, label, str, choices[0], choices=choices)


SETTINGS: dict[str, Setting] = {s.key: s for s in (
    _unit("glucose_unit", "Glucose unit", u.MMOL_L, u.MG_DL),
    _unit("weight_unit", "Weight unit", u.KG, u.LB),
    _unit("temperature_unit", "Temperature unit", u.CELSIUS, u.FAHRENHEIT),
    _unit("height_unit", "Height unit", u.CM, u.INCH),
    _unit("cholesterol_unit", "Cholesterol unit", u.MMOL_L, u.MG_DL),
    Setting("theme", "Theme", str, "system",
            choices=("system", "light", "dark", "high-contrast")),
    Setting("text_size", "Text size (%)", int, 100, minimum=80, maximum=200),
    Setting("language", "Language", str, "en", choices=("en", "hi", "ta")),
    Setting("lock_timeout_minutes", "Lock timeout (minutes)", int, 10, minimum=0, maximum=240,
            hint="0 (never lock) or a whole number of minutes between 1 and 240"),
    Setting("quiet_hours_start", "Quiet hours start", str, None, nullable=True,
            hint="a time written HH:MM, like 22:00", parse=_clock_time),
    Setting("quiet_hours_end", "Quiet hours end", str, None, nullable=True,
            hint="a time written HH:MM, like 07:00", parse=_clock_time),
    Setting("keep_running_in_tray", "Keep running in the tray", bool, True),
    Setting("remember_on_device", "Remember on this device", bool, False),
    # What a locked screen (and a reminder shown before the first unlock) may say.
    Setting("lock_screen_reminders", "Reminders while locked show", str, "count",
            choices=("count", "names", "none")),
    Setting("record_doses_while_locked", "Record doses while locked", bool, False),
    Setting("last_profile_id", "Last profile", str, None, nullable=True,
            hint="a profile id", parse=_profile_id),
)}


def setting(key: str) -> Setting:
    """The declaration of ``key``; ValidationError listing the known settings if none."""
    found = SETTINGS.get(key) if isinstance(key, str) else None
    if found is None:
        raise ValidationError(
            "key", _("Setting must be one of: {settings} (not {key!r}).").format(
                       settings=', '.join(SETTINGS), key=key))
    return found


class PreferencesService(ServiceBase):
    """Read and change this device's preferences; unset ones read as their default."""

    def get(self, key: str) -> Any:
        """Raises ValidationError for an unknown key."""
        decl = setting(key)
        with self._store.read() as s:
            row = s.get(Preference, key)
            return self._stored(decl, row)

    def set(self, key: str, value: Any) -> Any:
        """Validate and save; returns the cleaned value (e.g. "7:30" -> "07:30").

        Raises ValidationError naming the setting and its allowed values or range.
        """
        decl = setting(key)
        clean = decl.validate(value)
        with self._store.write() as s:
            row = s.get(Preference, key)
            if clean is None:
                # Only optional settings accept None, and their default is None: the
                # absence of a row says it (the value column holds JSON, never NULL).
                if row is not None:
                    s.delete(row)
            elif row is None:
                s.add(Preference(key=key, value=clean, updated_at=self.now()))
            elif row.value != clean:
                row.value = clean
                row.updated_at = self.now()
        return clean

    def reset(self, key: str) -> Any:
        """Forget the saved value; returns the default now in effect."""
        decl = setting(key)
        with self._store.write() as s:
            row = s.get(Preference, key)
            if row is not None:
                s.delete(row)
        return decl.default

    def all(self) -> dict[str, Any]:
        """Every setting's current value (defaults for unset ones), in declaration order."""
        with self._store.read() as s:
            rows = {r.key: r for r in s.scalars(select(Preference))}
            return {key: self._stored(decl, rows.get(key)) for key, decl in SETTINGS.items()}

    @staticmethod
    def settings() -> tuple[Setting, ...]:
        """The declarations, for a settings dialog."""
        return tuple(SETTINGS.values())

    @staticmethod
    def _stored(decl: Setting, row: Preference | None) -> Any:
        # A value saved by another version that no longer validates reads as the default
        # rather than breaking start-up.
        if row is None:
            return decl.default
        try:
            return decl.validate(row.value)
        except ValidationError:
            return decl.default
