"""Settings: preferences saved through the service, passphrase, keyring, theme, people."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import keyring as keyring_module
import pytest
from keyring.backends import fail

from healthdesk.services.errors import LockedError
from healthdesk.services.record import HealthRecord
from healthdesk.ui.pages.settings import SettingsPage, apply_appearance
from healthdesk.ui.pages.settings_appearance import applied_appearance, available_languages
from healthdesk.ui.pages.settings_profiles import describe
from healthdesk.ui.qt import QApplication, QDialog, QPalette, QWidget, Signal
from tests.conftest import PASSPHRASE
from tests.ui.conftest import settle

NEW = "river maple lantern 77"


@pytest.fixture
def app() -> Iterator[QApplication]:
    """The application; its theme and text size are put back after each test."""
    instance = QApplication.instance()
    yield instance  # type: ignore[misc]
    apply_appearance(instance, "system", 100)  # type: ignore[arg-type]


@pytest.fixture
def page(qtbot, ctx, app) -> SettingsPage:  # type: ignore[no-untyped-def]
    p = SettingsPage(ctx)
    qtbot.addWidget(p)
    p.resize(1000, 760)
    p.show()
    settle(qtbot, ctx)
    return p


def test_loads_current_values(qtbot, page: SettingsPage, record) -> None:  # type: ignore[no-untyped-def]
    record.preferences.set("weight_unit", "lb")
    page.reload()
    settle(qtbot, page.ctx)
    assert page.unit_boxes["weight_unit"].currentData() == "lb"
    assert page.unit_boxes["glucose_unit"].currentData() == "mmol/L"
    assert page.lock_spin.value() == 10
    assert page.theme_box.currentData() == "system" and page.size_spin.value() == 100
    assert page.no_quiet.isChecked() and not page.quiet_start.isEnabled()
    assert page.tray_check.isChecked()
    assert page.language_box.currentData() == "en"
    assert ("en", "English") in available_languages()


def test_change_units_are_stored(qtbot, page: SettingsPage, ctx, record) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(ctx.operation_did_execute,
                          check_params_cb=lambda c, _by: c.touches("preferences")):
        box = page.unit_boxes["glucose_unit"]
        box.setCurrentIndex(box.findData("mg/dL"))
    settle(qtbot, ctx)
    assert record.preferences.get("glucose_unit") == "mg/dL"
    temp = page.unit_boxes["temperature_unit"]
    temp.setCurrentIndex(temp.findData("\u00b0F"))
    settle(qtbot, ctx)
    assert record.preferences.get("temperature_unit") == "\u00b0F"


def test_lock_timeout_quiet_hours_and_tray(qtbot, page: SettingsPage, ctx, record) -> None:  # type: ignore[no-untyped-def]
    page.lock_spin.setValue(30)
    page.no_quiet.setChecked(False)
    settle(qtbot, ctx)
    assert record.preferences.get("lock_timeout_minutes") == 30
    assert (record.preferences.get("quiet_hours_start"),
            record.preferences.get("quiet_hours_end")) == ("22:00", "07:00")
    page.quiet_end.setTime(page.quiet_end.time().addSecs(30 * 60))
    page.tray_check.setChecked(False)
    settle(qtbot, ctx)
    assert record.preferences.get("quiet_hours_end") == "07:30"
    assert record.preferences.get("keep_running_in_tray") is False
    page.no_quiet.setChecked(True)
    settle(qtbot, ctx)
    assert record.preferences.get("quiet_hours_start") is None
    page.lock_spin.setValue(0)
    settle(qtbot, ctx)
    assert page.lock_spin.text() == "Never"


def test_refused_value_is_shown_next_to_the_control(qtbot, page: SettingsPage, ctx, record) -> None:  # type: ignore[no-untyped-def]
    page.save("text_size", 500)
    settle(qtbot, ctx)
    err = page.errors["text_size"]
    assert err.isVisible() and "between 80 and 200" in err.text()
    assert page.size_spin.accessibleDescription() == err.text()
    assert record.preferences.get("text_size") == 100


def test_theme_switch_changes_the_palette(qtbot, page: SettingsPage, ctx, record, app) -> None:  # type: ignore[no-untyped-def]
    light_window = app.palette().color(QPalette.ColorRole.Window)
    page.theme_box.setCurrentIndex(page.theme_box.findData("dark"))
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 60
    assert app.style().name().lower() == "fusion"
    settle(qtbot, ctx)
    assert record.preferences.get("theme") == "dark"
    page.theme_box.setCurrentIndex(page.theme_box.findData("light"))
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 200
    page.theme_box.setCurrentIndex(page.theme_box.findData("system"))
    assert app.palette().color(QPalette.ColorRole.Window) == light_window
    settle(qtbot, ctx)
    assert record.preferences.get("theme") == "system"


def test_text_size_scales_the_application_font(qtbot, page: SettingsPage, ctx, record, app) -> None:  # type: ignore[no-untyped-def]
    base = app.font().pointSizeF()
    page.size_spin.setValue(150)
    assert app.font().pointSizeF() == pytest.approx(base * 1.5)
    settle(qtbot, ctx)
    assert record.preferences.get("text_size") == 150
    page.size_spin.setValue(100)
    assert app.font().pointSizeF() == pytest.approx(base)


def test_saved_appearance_is_applied_when_loaded(qtbot, ctx, record, app) -> None:  # type: ignore[no-untyped-def]
    record.preferences.set("theme", "dark")
    p = SettingsPage(ctx)
    qtbot.addWidget(p)
    settle(qtbot, ctx)
    assert applied_appearance(app) == ("dark", 100)
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 60


def test_change_passphrase(qtbot, page: SettingsPage, ctx, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    page.change_button.click()
    dlg = page.passphrase_dialog
    assert dlg is not None and dlg.isVisible()
    qtbot.keyClicks(dlg.current.edit, PASSPHRASE)
    qtbot.keyClicks(dlg.form.new.edit, NEW)
    assert dlg.form.meter.verdict.text()  # strength shown while typing
    qtbot.keyClicks(dlg.form.confirm.edit, NEW)
    with qtbot.waitSignal(ctx.status_event):
        dlg.ok_button.click()
    settle(qtbot, ctx)
    assert dlg.result() == QDialog.DialogCode.Accepted
    with HealthRecord.open(data_dir, passphrase=NEW) as again:
        assert again.profiles.all()
    with pytest.raises(LockedError):
        HealthRecord.open(data_dir, passphrase=PASSPHRASE)


def test_wrong_current_passphrase(qtbot, page: SettingsPage, ctx, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    before = hashlib.sha256((data_dir / "keys.json").read_bytes()).hexdigest()
    page.change_passphrase_action()
    dlg = page.passphrase_dialog
    dlg.current.setText("not the passphrase")
    dlg.form.new.setText(NEW)
    dlg.form.confirm.setText(NEW)
    dlg.submit_action()
    settle(qtbot, ctx)
    with pytest.raises(LockedError) as expected:
        ctx.record.change_passphrase("not the passphrase", NEW)
    assert dlg.current_error.isVisible()
    assert dlg.current_error.text() == str(expected.value)
    assert dlg.current.text() == "" and dlg.isVisible()
    assert hashlib.sha256((data_dir / "keys.json").read_bytes()).hexdigest() == before
    dlg.submit_action()  # the field was cleared: asked for again
    assert dlg.current_error.text() == "Type your current passphrase."
    qtbot.keyClicks(dlg.current.edit, "x")
    assert not dlg.current_error.isVisible()


def test_remember_without_secure_keyring(qtbot, ctx, app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(keyring_module, "get_keyring", lambda: fail.Keyring())
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, ctx)
    assert not page.remember_check.isChecked()
    page.remember_check.setChecked(True)
    settle(qtbot, ctx)
    assert page.remember_error.isVisible()
    assert "No secure keyring" in page.remember_error.text()
    assert not page.remember_check.isChecked()
    assert ctx.record.preferences.get("remember_on_device") is False


class FakeWindow(QWidget):
    lock_event = Signal()


def test_lock_now_emits_the_window_lock(qtbot, ctx, app) -> None:  # type: ignore[no-untyped-def]
    win = FakeWindow()
    qtbot.addWidget(win)
    page = SettingsPage(ctx)
    page.setParent(win)
    settle(qtbot, ctx)
    with qtbot.waitSignal(win.lock_event, timeout=1_000):
        page.lock_button.click()


def test_people_add_rename_delete(qtbot, page: SettingsPage, ctx, record, profile_id) -> None:  # type: ignore[no-untyped-def]
    people = page.profiles
    assert people.list.count() == 1
    assert people.list.item(0).text().startswith("Asha Rao\n")
    assert not people.delete_button.isEnabled()  # the last person stays
    # Add: a duplicate name is refused next to the field.
    people.add_button.click()
    dlg = people.dialog
    qtbot.keyClicks(dlg.form.name, "asha rao")
    dlg.ok_button.click()
    settle(qtbot, ctx)
    assert dlg.isVisible() and "already exists" in dlg.form.name_error.text()
    dlg.form.name.setText("Ravi Rao")
    with qtbot.waitSignal(ctx.operation_did_execute,
                          check_params_cb=lambda c, _by: c.touches("profiles")):
        dlg.ok_button.click()
        settle(qtbot, ctx)
    settle(qtbot, ctx)
    assert sorted(p.name for p in record.profiles.all()) == ["Asha Rao", "Ravi Rao"]
    assert people.list.count() == 2
    # Rename.
    row = next(i for i, p in enumerate(people.profiles) if p.name == "Ravi Rao")
    people.list.setCurrentRow(row)
    people.rename_button.click()
    dlg = people.dialog
    dlg.form.name.setText("Ravi K. Rao")
    dlg.ok_button.click()
    settle(qtbot, ctx)
    assert sorted(p.name for p in record.profiles.all()) == ["Asha Rao", "Ravi K. Rao"]
    # Delete: the confirmation names the person; "Keep" changes nothing.
    row = next(i for i, p in enumerate(people.profiles) if p.name == "Ravi K. Rao")
    people.list.setCurrentRow(row)
    people.delete_button.click()
    box = people.confirm_box
    assert box is not None and "Ravi K. Rao" in box.text()
    assert "synced devices" in box.informativeText()
    keep = next(b for b in box.buttons() if b.text() == "Keep")
    keep.click()
    settle(qtbot, ctx)
    assert len(record.profiles.all()) == 2
    people.delete_button.click()
    box = people.confirm_box
    delete = next(b for b in box.buttons() if b.text().startswith("Delete"))
    delete.click()
    settle(qtbot, ctx)
    assert [p.name for p in record.profiles.all()] == ["Asha Rao"]
    assert people.list.count() == 1
    assert "deleted" in people.note.text()


def test_describe_profile(record, profile_id) -> None:  # type: ignore[no-untyped-def]
    text = describe(record.profiles.get(profile_id))
    assert text.startswith("Asha Rao — ") and "female" in text and "born 11 Feb 1954" in text
