"""Per-device preferences: declared once, validated, persisted, and never synced."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from healthdesk.services.errors import ValidationError
from healthdesk.services.preferences import SETTINGS, PreferencesService
from healthdesk.store.models import OutboxEntry, Preference
from healthdesk.store.vault import Store, open_store

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def store(data_dir: Path, clock: Any) -> Iterator[Store]:
    s = open_store(data_dir, passphrase=PASSPHRASE, clock=clock, actor="Test User")
    yield s
    s.close()


@pytest.fixture
def prefs(store: Store) -> PreferencesService:
    return PreferencesService(store)


def outbox_count(store: Store) -> int:
    with store.read() as s:
        return int(s.scalar(select(func.count()).select_from(OutboxEntry)) or 0)


def test_defaults_before_anything_is_set(prefs: PreferencesService) -> None:
    values = prefs.all()
    assert list(values) == list(SETTINGS)
    assert values["glucose_unit"] == "mmol/L"
    assert values["weight_unit"] == "kg"
    assert values["temperature_unit"] == "°C"
    assert values["height_unit"] == "cm"
    assert values["cholesterol_unit"] == "mmol/L"
    assert values["theme"] == "system"
    assert values["text_size"] == 100
    assert values["language"] == "en"
    assert values["lock_timeout_minutes"] == 10
    assert values["quiet_hours_start"] is None and values["quiet_hours_end"] is None
    assert values["keep_running_in_tray"] is True
    assert values["remember_on_device"] is False
    assert values["last_profile_id"] is None


def test_set_persists_across_reopen(
        prefs: PreferencesService, data_dir: Path, clock: Any, store: Store) -> None:
    assert prefs.set("glucose_unit", "MG/DL") == "mg/dL"
    assert prefs.set("temperature_unit", "°F") == "°F"
    assert prefs.set("text_size", "125") == 125
    assert prefs.set("quiet_hours_start", "7:30") == "07:30"
    assert prefs.set("keep_running_in_tray", False) is False
    assert prefs.set("lock_timeout_minutes", 0) == 0
    store.close()
    reopened = open_store(data_dir, passphrase=PASSPHRASE, clock=clock)
    try:
        again = PreferencesService(reopened)
        assert again.get("glucose_unit") == "mg/dL"
        assert again.get("temperature_unit") == "°F"
        assert again.get("text_size") == 125
        assert again.get("quiet_hours_start") == "07:30"
        assert again.get("keep_running_in_tray") is False
        assert again.get("lock_timeout_minutes") == 0
        assert again.all()["glucose_unit"] == "mg/dL"
    finally:
        reopened.close()


def test_reset_and_clearing_optional_settings(prefs: PreferencesService, store: Store) -> None:
    prefs.set("theme", "dark")
    assert prefs.reset("theme") == "system"
    assert prefs.get("theme") == "system"
    prefs.set("last_profile_id", "0190-abc")
    assert prefs.set("last_profile_id", None) is None
    assert prefs.get("last_profile_id") is None
    with store.read() as s:
        assert s.scalars(select(Preference)).all() == []


@pytest.mark.parametrize(("key", "value", "message"), [
    ("glucose_unit", "mmol", "Glucose unit must be one of: mmol/L, mg/dL."),
    ("weight_unit", "stone", "Weight unit must be one of: kg, lb."),
    ("theme", "blue", "Theme must be one of: system, light, dark, high-contrast."),
    ("text_size", 79, "Text size (%) must be a whole number between 80 and 200."),
    ("text_size", 201, "Text size (%) must be a whole number between 80 and 200."),
    ("text_size", 100.5, "between 80 and 200"),
    ("text_size", True, "between 80 and 200"),
    ("language", "fr", "Language must be one of: en, hi, ta."),
    ("lock_timeout_minutes", 241, "0 (never lock) or a whole number of minutes between 1 and 240"),
    ("lock_timeout_minutes", -1, "between 1 and 240"),
    ("lock_timeout_minutes", None, "Lock timeout (minutes) must be"),
    ("quiet_hours_start", "25:00", "Quiet hours start must be a time written HH:MM"),
    ("quiet_hours_end", "7pm", "Quiet hours end must be a time written HH:MM"),
    ("keep_running_in_tray", "yes", "Keep running in the tray must be true or false."),
    ("remember_on_device", 1, "Remember on this device must be true or false."),
])
def test_bad_values_name_the_setting_and_what_it_allows(
        prefs: PreferencesService, key: str, value: Any, message: str) -> None:
    before = prefs.get(key)
    with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(")", r"\)")
                       .replace(".", r"\.")) as err:
        prefs.set(key, value)
    assert err.value.field == key
    assert prefs.get(key) == before


def test_unknown_setting_lists_the_known_ones(prefs: PreferencesService) -> None:
    with pytest.raises(ValidationError, match="Setting must be one of: glucose_unit"):
        prefs.get("colour")
    with pytest.raises(ValidationError):
        prefs.set("colour", "red")


def test_preferences_never_reach_the_outbox(prefs: PreferencesService, store: Store) -> None:
    before = outbox_count(store)
    prefs.set("theme", "dark")
    prefs.set("theme", "light")
    prefs.set("weight_unit", "lb")
    prefs.reset("weight_unit")
    prefs.set("last_profile_id", "p1")
    assert outbox_count(store) == before
    assert prefs.get("theme") == "light"


def test_a_stored_value_that_no_longer_validates_reads_as_default(
        prefs: PreferencesService, store: Store, clock: Any) -> None:
    with store.write() as s:
        s.add(Preference(key="text_size", value=999, updated_at=clock()))
    assert prefs.get("text_size") == 100
    assert prefs.all()["text_size"] == 100


def test_declarations_describe_every_setting() -> None:
    for decl in PreferencesService.settings():
        assert decl.label and decl.allowed()
        if decl.default is not None:
            assert decl.validate(decl.default) == decl.default
