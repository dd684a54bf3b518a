"""First-run wizard, unlock dialog and recovery-key reset, on real encrypted stores."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path

import pytest
from keyring.backends import fail

from healthdesk.services.errors import LockedError
from healthdesk.services.record import HealthRecord
from healthdesk.store.keyring_store import DeviceKeyring
from healthdesk.ui.dialogs.unlock import WRONG_PASSPHRASE, FirstRunWizard, UnlockDialog
from healthdesk.ui.qt import QDialog, Qt
from healthdesk.ui.strength import MIN_LENGTH, estimate, is_common
from tests.conftest import PASSPHRASE
from tests.keyring_memory import MemoryKeyring

NEW = "maple river lantern 42"


def file_hashes(d: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(d.iterdir()) if p.is_file()}


def make_wizard(qtbot, tmp_path: Path, **kw) -> FirstRunWizard:  # type: ignore[no-untyped-def]
    w = FirstRunWizard(tmp_path / "new", **kw)
    qtbot.addWidget(w)
    w.show()
    return w


def create_store(qtbot, w: FirstRunWizard) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(w.passphrase_form.new.edit, NEW)
    qtbot.keyClicks(w.passphrase_form.confirm.edit, NEW)
    qtbot.keyClick(w.passphrase_form.confirm.edit, Qt.Key.Key_Return)  # Enter advances
    qtbot.waitUntil(lambda: w.stack.currentIndex() == 1, timeout=10_000)


# -- strength (pure) -----------------------------------------------------------------


@pytest.mark.parametrize("text,label", [
    ("", "weak"), ("abc", "weak"), ("password", "weak"), ("Passw0rd!", "weak"),
    ("mango123", "weak"), ("kettle-river", "good"), ("correct horse battery staple", "strong"),
])
def test_strength_labels(text: str, label: str) -> None:
    assert estimate(text).label == label


def test_strength_flags_common_and_short() -> None:
    assert is_common("Password123") and estimate("Password123").common
    assert "common" in estimate("qwertyuiop").hint
    short = estimate("abc")
    assert not short.acceptable and str(MIN_LENGTH) in short.hint
    assert estimate(NEW).acceptable and estimate(NEW).score >= 3


# -- first-run wizard ----------------------------------------------------------------


def test_wizard_happy_path(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    w = make_wizard(qtbot, tmp_path)
    assert w.passphrase_form.meter.verdict.text() == ""
    create_store(qtbot, w)
    assert HealthRecord.exists(tmp_path / "new")
    key = w.key_label.text()
    assert key == w.recovery_key and len(key.split("-")) == 9
    # The checkbox is required before going on.
    assert not w.next_button.isEnabled()
    w.next_action()
    assert w.stack.currentIndex() == 1
    w.kept_check.setChecked(True)
    assert w.next_button.isEnabled()
    qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    assert w.stack.currentIndex() == 2 and w.next_button.text() == "Finish"
    qtbot.keyClicks(w.profile_form.name, "Ravi Kumar")
    w.profile_form.dob_known.setChecked(True)
    w.profile_form.sex.setCurrentIndex(w.profile_form.sex.findData("male"))
    qtbot.keyClick(w.profile_form.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    record = w.record
    assert record is not None
    people = record.profiles.all()
    assert [(p.name, p.sex, p.date_of_birth.year) for p in people] == [("Ravi Kumar", "male", 1960)]
    record.close()
    with HealthRecord.open(tmp_path / "new", passphrase=NEW) as again:
        assert again.profiles.all()[0].name == "Ravi Kumar"
    with HealthRecord.open(tmp_path / "new", recovery_key=key.lower().replace("-", " ")) as r:
        assert r.profiles.all()


def test_wizard_short_and_mismatched_passphrase(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    w = make_wizard(qtbot, tmp_path)
    form = w.passphrase_form
    qtbot.keyClicks(form.new.edit, "abc")
    assert "Too short" in form.meter.hint.text()
    qtbot.keyClicks(form.confirm.edit, "abc")
    w.next_action()
    assert form.new_error.isVisible()
    assert "at least 8 characters" in form.new_error.text()
    assert form.new.edit.accessibleDescription() == form.new_error.text()
    form.new.setText(NEW)
    form.confirm.clear()
    qtbot.keyClicks(form.confirm.edit, NEW[:-1] + "x")  # live: shown as soon as typed
    assert form.confirm_error.isVisible() and "do not match" in form.confirm_error.text()
    w.next_action()
    assert w.stack.currentIndex() == 0
    assert not HealthRecord.exists(tmp_path / "new")
    form.confirm.setText(NEW)
    assert not form.confirm_error.isVisible()


def test_wizard_warns_on_common_password(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    w = make_wizard(qtbot, tmp_path)
    qtbot.keyClicks(w.passphrase_form.new.edit, "password1")
    meter = w.passphrase_form.meter
    assert "Weak" in meter.verdict.text() and "most common" in meter.hint.text()
    assert meter.bar.value() == 1


def test_wizard_show_toggle(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    w = make_wizard(qtbot, tmp_path)
    edit = w.passphrase_form.new
    assert edit.edit.echoMode() == edit.edit.EchoMode.Password
    qtbot.mouseClick(edit.toggle, Qt.MouseButton.LeftButton)
    assert edit.edit.echoMode() == edit.edit.EchoMode.Normal and edit.toggle.text() == "Hide"


def test_wizard_saves_key_file_private(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    w = make_wizard(qtbot, tmp_path)
    create_store(qtbot, w)
    target = tmp_path / "key.txt"
    target.write_text("old")
    target.chmod(0o644)
    w.save_key_to(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert w.recovery_key in target.read_text()
    assert "Saved to" in w.key_status.text()
    w.reject()


def test_wizard_remember_needs_a_secure_keyring(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    w = make_wizard(qtbot, tmp_path, keyring=DeviceKeyring(fail.Keyring()))
    create_store(qtbot, w)
    w.remember_check.setChecked(True)
    qtbot.waitUntil(lambda: w.remember_error.isVisible(), timeout=5_000)
    assert "No secure keyring" in w.remember_error.text()
    assert not w.remember_check.isChecked()
    w.reject()


def test_wizard_remember_with_keyring(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    kr = DeviceKeyring(MemoryKeyring())
    w = make_wizard(qtbot, tmp_path, keyring=kr)
    create_store(qtbot, w)
    w.remember_check.setChecked(True)
    qtbot.waitUntil(lambda: w._tasks.pending == 0, timeout=5_000)
    assert w.remember_check.isChecked() and not w.remember_error.isVisible()
    assert w.record is not None and w.record.is_remembered()
    w.reject()
    with HealthRecord.open(tmp_path / "new", keyring=kr) as r:  # no passphrase needed
        assert r.profiles.all() == []


def test_wizard_profile_name_required(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    w = make_wizard(qtbot, tmp_path)
    create_store(qtbot, w)
    w.kept_check.setChecked(True)
    w.next_action()
    w.next_action()  # Finish with no name
    qtbot.waitUntil(lambda: w.profile_form.name_error.isVisible(), timeout=5_000)
    assert "Name is required" in w.profile_form.name_error.text()
    assert w.result() != QDialog.DialogCode.Accepted
    assert w.record is not None and w.record.profiles.all() == []
    w.reject()


def test_wizard_escape_closes_created_record(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    w = make_wizard(qtbot, tmp_path)
    create_store(qtbot, w)
    qtbot.keyClick(w, Qt.Key.Key_Escape)
    assert w.result() == QDialog.DialogCode.Rejected and w.record is None
    with HealthRecord.open(tmp_path / "new", passphrase=NEW) as r:  # closed cleanly
        assert r.profiles.all() == []


# -- unlock --------------------------------------------------------------------------


def make_unlock(qtbot, data_dir: Path, **kw) -> UnlockDialog:  # type: ignore[no-untyped-def]
    d = UnlockDialog(data_dir, **kw)
    qtbot.addWidget(d)
    d.show()
    return d


def test_unlock_wrong_then_right(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    before = file_hashes(data_dir)
    d = make_unlock(qtbot, data_dir)
    assert d.windowTitle() == "Unlock HealthDesk"
    assert d.passphrase.edit.echoMode() == d.passphrase.edit.EchoMode.Password
    qtbot.keyClicks(d.passphrase.edit, "not my passphrase")
    qtbot.mouseClick(d.unlock_button, Qt.MouseButton.LeftButton)
    assert not d.unlock_button.isEnabled() and d.busy.isVisible()  # busy while deriving
    qtbot.waitUntil(lambda: d.error.isVisible(), timeout=10_000)
    assert d.error.text() == WRONG_PASSPHRASE
    assert d.passphrase.text() == "" and d.unlock_button.isEnabled()
    assert d.record is None
    assert file_hashes(data_dir) == before  # nothing was changed
    qtbot.keyClicks(d.passphrase.edit, PASSPHRASE)
    qtbot.keyClick(d.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: d.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert d.record is not None
    d.record.profiles.create(name="Asha Rao")
    assert [p.name for p in d.record.profiles.all()] == ["Asha Rao"]
    d.record.close()


def test_unlock_locked_title_and_empty_passphrase(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    d = make_unlock(qtbot, data_dir, locked=True)
    assert d.windowTitle() == "HealthDesk is locked"
    d.unlock_action()
    assert "Type your passphrase" in d.error.text()


def test_unlock_shows_key_file_problem_in_full(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    (data_dir / "keys.json").write_text("{ not json")
    with pytest.raises(Exception) as expected:
        HealthRecord.open(data_dir, passphrase=PASSPHRASE)
    d = make_unlock(qtbot, data_dir)
    d.passphrase.setText(PASSPHRASE)
    d.unlock_action()
    qtbot.waitUntil(lambda: d.error.isVisible(), timeout=10_000)
    assert d.error.text() == str(expected.value)
    assert "keys.json" in d.error.text()


def test_recovery_key_reset(qtbot, data_dir: Path, recovery_key: str) -> None:  # type: ignore[no-untyped-def]
    d = make_unlock(qtbot, data_dir)
    qtbot.mouseClick(d.recovery_button, Qt.MouseButton.LeftButton)
    assert d.stack.currentIndex() == 1
    # A typo: the checksum catches it, and nothing changes.
    before = file_hashes(data_dir)
    typo = ("1" if recovery_key[0] != "1" else "2") + recovery_key[1:]
    d.key_edit.setText(typo)
    d.new_form.new.setText(NEW)
    d.new_form.confirm.setText(NEW)
    d.reset_action()
    qtbot.waitUntil(lambda: d.key_error.isVisible(), timeout=10_000)
    assert "checksum" in d.key_error.text()
    assert file_hashes(data_dir) == before
    d.key_edit.setText("abc")
    d.reset_action()
    qtbot.waitUntil(lambda: "wrong length" in d.key_error.text(), timeout=10_000)
    # The real key, typed in lowercase with spaces.
    d.key_edit.setText(recovery_key.lower().replace("-", " "))
    qtbot.keyClick(d.new_form.confirm.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: d.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert d.record is not None
    d.record.close()
    with HealthRecord.open(data_dir, passphrase=NEW):
        pass
    with pytest.raises(LockedError):
        HealthRecord.open(data_dir, passphrase=PASSPHRASE)


def test_recovery_form_checks_new_passphrase(qtbot, data_dir: Path, recovery_key: str) -> None:  # type: ignore[no-untyped-def]
    d = make_unlock(qtbot, data_dir)
    d.show_recovery()
    d.reset_action()
    assert "recovery key first" in d.key_error.text()
    d.key_edit.setText(recovery_key)
    d.new_form.new.setText("short")
    d.new_form.confirm.setText("short")
    d.reset_action()
    assert "at least 8" in d.new_form.new_error.text()
    assert d._tasks.pending == 0
    qtbot.mouseClick(d.back_button, Qt.MouseButton.LeftButton)
    assert d.stack.currentIndex() == 0
