"""File > Import, Export, Back up: driven through the menu on a real encrypted store.

Only the operating system's file pickers are replaced (they return a path); everything
else is the real dialog, the real worker thread and the real interop code.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from healthdesk.interop import backup, csv_readings, fhir_export, fhir_import, json_import
from healthdesk.interop.json_export import render_export
from healthdesk.services.record import HealthRecord
from healthdesk.ui.dialogs import transfer_jobs as jobs
from healthdesk.ui.dialogs.transfer import (
    ExportDialog,
    TransferActions,
    TransferProgress,
    install_transfer_menu,
)
from healthdesk.ui.qt import QFileDialog, QMessageBox, QPushButton, Qt
from tests.conftest import FAST, PASSPHRASE
from tests.interop import fill_record
from tests.ui.conftest import settle

DATA = Path(__file__).parents[1] / "interop" / "data"
GUI = threading.get_ident()


# --------------------------------------------------------------------------- helpers


@pytest.fixture
def acts(window: Any) -> TransferActions:
    return install_transfer_menu(window)


@pytest.fixture
def areas(ctx: Any) -> list[str]:
    """The tables every op's published change set named, in order."""
    seen: list[str] = []
    ctx.operation_did_execute.connect(lambda changes, _by: seen.extend(sorted(changes.tables)))
    return seen


def pick_open(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))


def pick_save(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    offered: list[str] = []

    def save(_parent: Any, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(suggested)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    return offered


def on_worker(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    """Wrap an interop function to note which thread ran it (it must not be the GUI's)."""
    threads: list[int] = []
    real = getattr(module, name)

    def spy(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, spy)
    return threads


def click(qtbot: Any, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def confirm_import(qtbot: Any, ctx: Any, acts: TransferActions) -> QMessageBox:
    qtbot.waitUntil(lambda: acts.confirm_box is not None and acts.confirm_box.isVisible())
    box = acts.confirm_box
    assert box is not None
    click(qtbot, box.button(QMessageBox.StandardButton.Ok))
    return box


def result(qtbot: Any, ctx: Any, acts: TransferActions) -> str:
    """Wait for the transfer to end; return the message shown (and its details), and
    close it."""
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: acts.message is not None and acts.message.isVisible())
    assert acts.progress is None or not acts.progress.isVisible()
    assert acts.message is not None
    text = f"{acts.message.text()}\n{acts.message.detailedText()}"
    acts.message.accept()
    return text


def run_import(qtbot: Any, ctx: Any, acts: TransferActions, monkeypatch: pytest.MonkeyPatch,
               path: Path) -> tuple[str, str]:
    pick_open(monkeypatch, path)
    acts.import_act.trigger()
    box = confirm_import(qtbot, ctx, acts)
    return box.text() + " " + box.informativeText(), result(qtbot, ctx, acts)


def export(qtbot: Any, ctx: Any, acts: TransferActions, fmt: str, everyone: bool) -> str:
    acts.export_act.trigger()
    qtbot.waitUntil(lambda: acts.export_dialog is not None and acts.export_dialog.isVisible())
    dialog = acts.export_dialog
    assert dialog is not None
    dialog.choose(fmt, everyone)
    click(qtbot, dialog.save_button)
    return result(qtbot, ctx, acts)


def block_worker(ctx: Any) -> threading.Event:
    """Keep the database worker busy until the returned event is set."""
    gate = threading.Event()
    ctx.tasks.run(lambda: gate.wait(10))
    return gate


def big_bundle(tmp_path: Path, extra: int = 300) -> Path:
    """The fixture bundle plus enough readings that the importer reports progress while it
    is still checking resources, before it writes anything."""
    doc = json.loads((DATA / "fhir_collection.json").read_text())
    obs = next(e for e in doc["entry"] if e["resource"]["resourceType"] == "Observation")
    for i in range(extra):
        entry = json.loads(json.dumps(obs))
        entry["resource"]["id"] = f"extra-{i}"
        entry["fullUrl"] = f"urn:uuid:00000000-0000-4000-8000-{i:012d}"
        doc["entry"].append(entry)
    path = tmp_path / "big_bundle.json"
    path.write_text(json.dumps(doc))
    return path


def snapshot(record: HealthRecord) -> tuple[bytes, int]:
    """Everything in the record, byte for byte, and how many people it holds."""
    return render_export(record.store), len(record.profiles.all())


# --------------------------------------------------------------------------- the menu


def test_file_menu_comes_first_with_keyboard_shortcuts(window: Any, acts: TransferActions,
                                                       ) -> None:
    first = window.menuBar().actions()[0]
    assert first.text() == "&File"
    texts = [a.text() for a in acts.menu.actions() if a.text()]
    assert texts[:3] == ["&Import…", "&Export…", "&Back up…"]
    assert "&Restore from backup…" in texts
    assert acts.import_act.shortcut().toString() == "Ctrl+I"
    assert acts.export_act.shortcut().toString() == "Ctrl+Shift+E"
    assert "Ctrl+I" in acts.import_act.toolTip()
    assert install_transfer_menu(window) is acts  # a second call adds no second menu
    assert sum(a.text() == "&File" for a in window.menuBar().actions()) == 1


def test_transfer_shortcuts_clash_with_no_page(window: Any, acts: TransferActions) -> None:
    # Two shortcuts on one key in one window make Qt fire neither.
    from healthdesk.ui.main_window import PAGES

    ours = {acts.import_act.shortcut().toString(), acts.export_act.shortcut().toString()}
    for name in PAGES:
        page = window.page(name)
        for button in page.findChildren(QPushButton):
            assert button.shortcut().toString() not in ours, (name, button.text())


# --------------------------------------------------------------------------- import


def test_csv_import_goes_into_the_current_person_off_the_gui_thread(
        qtbot: Any, ctx: Any, acts: TransferActions, record: HealthRecord, profile_id: str,
        areas: list[str], monkeypatch: pytest.MonkeyPatch, window: Any) -> None:
    threads = on_worker(monkeypatch, csv_readings, "import_readings_csv")
    before = record.readings.count(profile_id)
    asked, told = run_import(qtbot, ctx, acts, monkeypatch, DATA / "omron_bp.csv")
    assert "The readings go into the person chosen now: Asha Rao" in asked
    assert record.readings.count(profile_id) == before + 6
    assert "Added 6 readings to Asha Rao's record" in told
    assert "Column 'Irregular Heartbeat' was not recognised" in told  # shown, not hidden
    assert "measurements" in areas
    assert threads and all(t != GUI for t in threads)
    assert "Import finished" in window.statusBar().currentMessage()


def test_importing_the_same_csv_again_adds_nothing(
        qtbot: Any, ctx: Any, acts: TransferActions, record: HealthRecord, profile_id: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    run_import(qtbot, ctx, acts, monkeypatch, DATA / "omron_bp.csv")
    _, told = run_import(qtbot, ctx, acts, monkeypatch, DATA / "omron_bp.csv")
    assert record.readings.count(profile_id) == 6
    assert "Added 0 readings" in told and "6 readings already there" in told


def test_fhir_import_adds_the_person_in_the_bundle(
        qtbot: Any, ctx: Any, acts: TransferActions, record: HealthRecord, areas: list[str],
        monkeypatch: pytest.MonkeyPatch, window: Any) -> None:
    threads = on_worker(monkeypatch, fhir_import, "import_fhir")
    names = {p.name for p in record.profiles.all()}
    asked, told = run_import(qtbot, ctx, acts, monkeypatch, DATA / "fhir_collection.json")
    assert "FHIR" in asked
    added = [p for p in record.profiles.all() if p.name not in names]
    assert len(added) == 1
    assert record.readings.count(added[0].id) > 0
    assert "Added 1 person" in told and "readings" in told
    assert "1 vaccination" in told
    assert "Left out:\n• Observation/obs-bad" in told  # two reasons: shown inline
    assert "Observation: 15 imported, 0 already there, 2 skipped" in told
    assert {"profiles", "measurements", "allergies"} <= set(areas)
    assert threads and all(t != GUI for t in threads)
    qtbot.waitUntil(lambda: window.profile_box.count() == len(names) + 1)


def test_a_bad_csv_row_is_named_and_nothing_is_imported(
        qtbot: Any, ctx: Any, acts: TransferActions, record: HealthRecord, profile_id: str,
        areas: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(record)
    _, told = run_import(qtbot, ctx, acts, monkeypatch, DATA / "bad_row.csv")
    assert "Row 3" in told and "Systolic" in told and "Nothing was imported" in told
    assert "Traceback" not in told
    assert acts.message is not None
    assert acts.message.icon() == QMessageBox.Icon.Warning
    assert snapshot(record) == before
    assert record.readings.count(profile_id) == 0
    assert areas == []
    assert acts.import_act.isEnabled()  # ready for the next try


def test_a_file_of_unknown_kind_is_refused_before_asking(
        qtbot: Any, ctx: Any, acts: TransferActions, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\x00\x00binary")
    pick_open(monkeypatch, path)
    acts.import_act.trigger()
    told = result(qtbot, ctx, acts)
    assert "photo.csv" in told
    assert acts.confirm_box is None


def test_json_export_then_import_into_a_fresh_store_is_the_same_record(
        qtbot: Any, ctx: Any, acts: TransferActions, record: HealthRecord, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, clock: Any) -> None:
    fill_record(record)
    dest = tmp_path / "out" / "everyone.json"
    dest.parent.mkdir()
    offered = pick_save(monkeypatch, dest)
    told = export(qtbot, ctx, acts, "json", everyone=True)
    assert "Saved 3 people" in told and str(dest) in told
    assert offered[0].endswith(".json") and "everyone" in offered[0]
    fresh, _ = HealthRecord.create(tmp_path / "fresh", PASSPHRASE, kdf=FAST, clock=clock)
    try:
        json_import.import_json(fresh.store, dest)
        assert render_export(fresh.store) == dest.read_bytes() == render_export(record.store)
    finally:
        fresh.close()
    assert sorted(p.name for p in dest.parent.iterdir()) == ["everyone.json"]


def test_json_export_of_one_person_and_the_suffix_added(
        qtbot: Any, ctx: Any, acts: TransferActions, record: HealthRecord, profile_id: str,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_record(record)
    pick_save(monkeypatch, tmp_path / "asha")
    export(qtbot, ctx, acts, "json", everyone=False)
    data = json.loads((tmp_path / "asha.json").read_bytes())
    assert [p["name"] for p in data["tables"]["profiles"]] == ["Asha Rao"]


def test_fhir_export_of_this_person_off_the_gui_thread(
        qtbot: Any, ctx: Any, acts: TransferActions, record: HealthRecord, profile_id: str,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_record(record)
    record.readings.record(profile_id, "weight", {"weight": 71.5})
    threads = on_worker(monkeypatch, fhir_export, "export_fhir")
    dest = tmp_path / "asha.json"
    pick_save(monkeypatch, dest)
    told = export(qtbot, ctx, acts, "fhir", everyone=False)
    bundle = json.loads(dest.read_bytes())
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert bundle["resourceType"] == "Bundle" and kinds == ["Patient", "Observation"]
    assert "Saved 1 person, 1 reading" in told
    assert threads and all(t != GUI for t in threads)


def test_fhir_export_of_everyone_reimports(
        qtbot: Any, ctx: Any, acts: TransferActions, record: HealthRecord, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, clock: Any) -> None:
    fill_record(record)
    dest = tmp_path / "all.json"
    pick_save(monkeypatch, dest)
    export(qtbot, ctx, acts, "fhir", everyone=True)
    fresh, _ = HealthRecord.create(tmp_path / "fresh", PASSPHRASE, kdf=FAST, clock=clock)
    try:
        report = fhir_import.import_fhir(fresh, dest)
        assert report.created["profiles"] == 3
    finally:
        fresh.close()


def test_csv_export_of_readings(qtbot: Any, ctx: Any, acts: TransferActions,
                                record: HealthRecord, profile_id: str, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    record.readings.record(profile_id, "blood_pressure", {"systolic": 120, "diastolic": 80})
    dest = tmp_path / "readings.csv"
    pick_save(monkeypatch, dest)
    told = export(qtbot, ctx, acts, "csv", everyone=False)
    assert "Saved 1 reading" in told
    assert dest.read_bytes().decode("utf-8-sig").startswith("taken_at,kind,value")


def test_backup_verifies(qtbot: Any, ctx: Any, acts: TransferActions, record: HealthRecord,
                         profile_id: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                         window: Any) -> None:
    threads = on_worker(monkeypatch, backup, "create_backup")
    dest = tmp_path / "backups" / "hd.tar"
    dest.parent.mkdir()
    dest.write_bytes(b"old")  # the save dialog already asked to replace it
    pick_save(monkeypatch, dest)
    acts.backup_act.trigger()
    told = result(qtbot, ctx, acts)
    info = backup.verify_backup(dest)
    assert info.store_id == record.store_id
    assert "Backed up the whole record" in told and "passphrase" in told
    assert threads and all(t != GUI for t in threads)
    assert "Backed up to hd.tar" in window.statusBar().currentMessage()


# --------------------------------------------------------------------------- cancelling


def stop_at_first_progress(qtbot: Any, acts: TransferActions, monkeypatch: pytest.MonkeyPatch,
                           module: Any, name: str) -> Callable[[], None]:
    """Wrap ``module.name`` so that its first progress call waits on the worker until the
    person has pressed Cancel in the progress dialog (the returned function does that)."""
    reached, go = threading.Event(), threading.Event()
    real = getattr(module, name)

    def spy(*args: Any, progress: Any = None, **kwargs: Any) -> Any:
        def first(fraction: float, text: str) -> None:
            if not reached.is_set():
                reached.set()
                go.wait(10)
            progress(fraction, text)
        return real(*args, progress=first, **kwargs)

    monkeypatch.setattr(module, name, spy)

    def press_cancel() -> None:
        qtbot.waitUntil(reached.is_set)
        dialog = acts.progress
        assert isinstance(dialog, TransferProgress) and dialog.isVisible()
        qtbot.waitUntil(dialog.cancel_button.isEnabled)
        click(qtbot, dialog.cancel_button)
        assert dialog.text.text() == "Stopping…"
        go.set()

    return press_cancel


def test_cancelling_a_fhir_import_while_it_checks_changes_nothing(
        qtbot: Any, ctx: Any, acts: TransferActions, record: HealthRecord, tmp_path: Path,
        areas: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    path = big_bundle(tmp_path)
    before = snapshot(record)
    press_cancel = stop_at_first_progress(qtbot, acts, monkeypatch, fhir_import, "import_fhir")
    pick_open(monkeypatch, path)
    acts.import_act.trigger()
    confirm_import(qtbot, ctx, acts)
    press_cancel()
    told = result(qtbot, ctx, acts)
    assert "stopped" in told and "nothing was changed" in told
    assert snapshot(record) == before
    assert areas == []


def test_a_cancel_while_the_fhir_import_saves_rolls_all_of_it_back(
        qtbot: Any, ctx: Any, acts: TransferActions, record: HealthRecord,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # A small bundle reports progress only once it is saving: the import is one
    # transaction, so even a cancel there leaves nothing behind.
    before = snapshot(record)
    press_cancel = stop_at_first_progress(qtbot, acts, monkeypatch, fhir_import, "import_fhir")
    pick_open(monkeypatch, DATA / "fhir_collection.json")
    acts.import_act.trigger()
    confirm_import(qtbot, ctx, acts)
    press_cancel()
    told = result(qtbot, ctx, acts)
    assert "stopped" in told and "nothing was changed" in told
    assert snapshot(record) == before
    assert [p.name for p in record.profiles.all()] == ["Asha Rao"]


def test_cancelling_a_csv_import_before_it_starts_changes_nothing(
        qtbot: Any, ctx: Any, acts: TransferActions, record: HealthRecord, profile_id: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(record)
    pick_open(monkeypatch, DATA / "omron_bp.csv")
    acts.import_act.trigger()
    qtbot.waitUntil(lambda: acts.confirm_box is not None and acts.confirm_box.isVisible())
    gate = block_worker(ctx)
    click(qtbot, acts.confirm_box.button(QMessageBox.StandardButton.Ok))
    progress = acts.progress
    assert progress is not None and progress.isVisible()
    qtbot.keyClick(progress, Qt.Key.Key_Escape)  # Esc asks to stop, like Cancel
    assert progress.isVisible() and not progress.cancel_button.isEnabled()
    gate.set()
    told = result(qtbot, ctx, acts)
    assert "nothing was changed" in told
    assert snapshot(record) == before and record.readings.count(profile_id) == 0


def test_a_cancelled_fhir_export_leaves_no_file(
        qtbot: Any, ctx: Any, acts: TransferActions, record: HealthRecord, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    fill_record(record)
    out = tmp_path / "out"
    out.mkdir()
    press_cancel = stop_at_first_progress(qtbot, acts, monkeypatch, fhir_export, "export_fhir")
    pick_save(monkeypatch, out / "all.json")
    acts.export_act.trigger()
    qtbot.waitUntil(lambda: acts.export_dialog is not None and acts.export_dialog.isVisible())
    assert acts.export_dialog is not None
    acts.export_dialog.choose("fhir", True)
    click(qtbot, acts.export_dialog.save_button)
    press_cancel()
    told = result(qtbot, ctx, acts)
    assert "no file was written" in told
    assert list(out.iterdir()) == []


def test_a_cancelled_json_export_leaves_the_old_file_alone(
        qtbot: Any, ctx: Any, acts: TransferActions, record: HealthRecord, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dest = tmp_path / "out" / "all.json"
    dest.parent.mkdir()
    dest.write_bytes(b"yesterday's export")
    pick_save(monkeypatch, dest)
    acts.export_act.trigger()
    qtbot.waitUntil(lambda: acts.export_dialog is not None and acts.export_dialog.isVisible())
    gate = block_worker(ctx)
    assert acts.export_dialog is not None
    click(qtbot, acts.export_dialog.save_button)
    assert acts.progress is not None
    click(qtbot, acts.progress.cancel_button)
    gate.set()
    result(qtbot, ctx, acts)
    assert list(dest.parent.iterdir()) == [dest]
    assert dest.read_bytes() == b"yesterday's export"


def test_one_transfer_at_a_time(qtbot: Any, ctx: Any, acts: TransferActions,
                                monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    pick_save(monkeypatch, out / "hd.tar")
    gate = block_worker(ctx)
    acts.backup_act.trigger()
    assert not acts.import_act.isEnabled() and not acts.export_act.isEnabled()
    acts.backup_act.trigger()  # ignored while busy
    gate.set()
    result(qtbot, ctx, acts)
    assert acts.import_act.isEnabled()
    assert [p.name for p in out.iterdir()] == ["hd.tar"]


# --------------------------------------------------------------------------- pieces


def test_export_dialog_without_a_person_offers_only_everyone(qtbot: Any) -> None:
    dialog = ExportDialog("", None)
    qtbot.addWidget(dialog)
    enabled = {(c.fmt, c.everyone): dialog.group.button(i).isEnabled()
               for i, c in dialog.choices.items()}
    assert enabled == {("json", True): True, ("json", False): False, ("fhir", False): False,
                       ("fhir", True): True, ("csv", False): False}
    assert dialog.choice() == jobs.ExportChoice("json", True)
    dialog.choose("fhir", True)
    assert dialog.choice() == jobs.ExportChoice("fhir", True)


def test_summary_words() -> None:
    assert jobs.counts_text({"profiles": 1, "measurements": 6, "audit_events": 9}) == (
        "1 person, 6 readings")
    assert jobs.counts_text({"profiles": 0}) == "nothing"
    assert jobs.size_text(2048) == "2 KB"
    everyone = jobs.ExportChoice("fhir", True)
    assert jobs.export_name(everyone, "Asha Rao", dt.date(2026, 3, 10)) == (
        "HealthDesk everyone FHIR 2026-03-10.json")
    assert jobs.with_suffix(Path("/x/asha"), ".csv") == Path("/x/asha.csv")
    assert jobs.with_suffix(Path("/x/asha.txt"), ".csv") == Path("/x/asha.txt")
    question, about = jobs.describe(jobs.FileCheck(Path("bp.csv"), "csv", "p1", "Asha Rao"))
    assert "Asha Rao" in question and "Asha Rao" in about


def test_errors_read_as_sentences() -> None:
    from healthdesk.services.errors import ValidationError

    assert jobs.error_text("import", ValidationError("file", "Row 3: bad.")) == "Row 3: bad."
    err = PermissionError(13, "Permission denied", "/x/y.json")
    assert jobs.error_text("export", err) == (
        "The export could not be finished: Permission denied (/x/y.json).")


def test_progress_dialog_says_when_a_step_cannot_be_stopped(qtbot: Any) -> None:
    dialog = TransferProgress("Importing readings.csv", None)
    qtbot.addWidget(dialog)
    dialog.show_progress(0.4, "Checking FHIR resources", True)
    assert dialog.bar.value() == 400 and dialog.text.text() == "Checking FHIR resources…"
    dialog.show_progress(0.8, "Importing", False)
    assert not dialog.cancel_button.isEnabled()
    assert "cannot be stopped" in dialog.note.text()
    dialog.show_progress(0.9, "Saving", True)
    assert dialog.cancel_button.isEnabled() and dialog.note.text() == ""


def test_the_shortcuts_open_the_file_pickers(qtbot: Any, window: Any, acts: TransferActions,
                                             ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (asked.append("open"), ("", ""))[1]))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (asked.append("save"), ("", ""))[1]))
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["open"]
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: acts.export_dialog is not None and acts.export_dialog.isVisible())
    assert acts.export_dialog is not None
    qtbot.keyClick(acts.export_dialog, Qt.Key.Key_Return)  # the default: choose where to save
    assert asked == ["open", "save"]
    assert acts.import_act.isEnabled()  # nothing chosen: nothing running
