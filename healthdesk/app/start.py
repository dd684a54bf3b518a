"""Start-up of the desktop app: unlock (or run the first-run wizard), build the services,
show the main window, lock and unlock again.

matplotlib is not imported here: charts import it lazily when first drawn, so start-up
does not pay for it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from healthdesk.config import given_passphrase, resolve_data_dir
from healthdesk.domain.changes import EVERYTHING
from healthdesk.domain.i18n import current_language
from healthdesk.services.record import HealthRecord, os_keyring
from healthdesk.ui.context import UiContext
from healthdesk.ui.gc_guard import GcGuard
from healthdesk.ui.i18n import set_ui_language
from healthdesk.ui.icons import app_icon
from healthdesk.ui.ops import TaskManager
from healthdesk.ui.qt import (
    QApplication,
    QCoreApplication,
    QProgressDialog,
    QSystemTrayIcon,
    Qt,
    QTimer,
)


def make_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("HealthDesk")
    app.setOrganizationName("HealthDesk")
    app.setApplicationDisplayName("HealthDesk")
    app.setDesktopFileName("healthdesk")
    app.setWindowIcon(app_icon())
    return app  # type: ignore[return-value]


def open_demo(app: QApplication, years: float) -> tuple[HealthRecord, Path]:
    """Build the throw-away demo record in a worker while a progress dialog runs."""
    # Imported here: the generator and its cast of names are ~12 ms no other start needs.
    from healthdesk.demo import build_demo_record

    tmp = Path(tempfile.mkdtemp(prefix="healthdesk-demo-"))
    tasks = TaskManager()
    dialog = QProgressDialog(QCoreApplication.translate("Start", "Building a demo record…"), "", 0,
            100)
    dialog.setCancelButton(None)
    dialog.setWindowTitle(QCoreApplication.translate("Start", "HealthDesk demo"))
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    box: dict[str, object] = {}

    def work(_handle, progress):  # type: ignore[no-untyped-def]
        return build_demo_record(tmp / "data", years=years,
                                 progress=lambda f, m: progress(f, m))

    def on_progress(fraction: float, message: str) -> None:
        dialog.setValue(int(fraction * 100))
        dialog.setLabelText(message)

    tasks.run(work, lambda r: box.update(record=r), lambda e: box.update(error=e),
              on_progress=on_progress, with_handle=True)
    while "record" not in box and "error" not in box:
        app.processEvents()
        tasks.db_pool.waitForDone(30)
    dialog.close()
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["record"], tmp  # type: ignore[return-value]


def unlock_or_create(app: QApplication, data_dir: Path,
                     passphrase: str | None = None) -> HealthRecord | None:
    """The record, unlocked with ``passphrase`` when one was given (a wrong one raises,
    so a scripted start fails loudly instead of waiting on a dialog), else with the key
    remembered on this device, else by asking."""
    from healthdesk.ui.dialogs.unlock import FirstRunWizard, UnlockDialog

    if not HealthRecord.exists(data_dir):
        # A new store's recovery key must be shown to someone: the wizard always runs.
        wizard = FirstRunWizard(data_dir)
        return wizard.record if wizard.exec() and wizard.record else None
    if passphrase is not None:
        return HealthRecord.open(data_dir, passphrase=passphrase, keyring=os_keyring())
    try:
        return HealthRecord.open(data_dir, keyring=os_keyring())
    except Exception:
        pass
    dialog = UnlockDialog(data_dir)
    return dialog.record if dialog.exec() and dialog.record else None


def run_gui(args: argparse.Namespace) -> int:
    from healthdesk.ui.main_window import MainWindow

    # Read first: an unreadable --passphrase-file fails before any window opens.
    passphrase = given_passphrase(getattr(args, "passphrase_file", None))
    app = make_app()
    # The unlock screen and first-run wizard in the computer's language (HEALTHDESK_LANG,
    # LANG); the record's own choice replaces it once it is open.
    set_ui_language(app, current_language())
    gc_guard = GcGuard(app)
    demo_dir: Path | None = None
    hidden = False  # a start at login with a remembered key stays in the tray
    if getattr(args, "demo", False):
        years = float(os.environ.get("HEALTHDESK_DEMO_YEARS", "10"))
        record, demo_dir = open_demo(app, years)
    else:
        data_dir = resolve_data_dir(getattr(args, "data_dir", None))
        if (getattr(args, "background", False) and passphrase is None
                and HealthRecord.exists(data_dir)):
            from healthdesk.ui.background import start_in_background

            record, hidden = start_in_background(app, data_dir, os_keyring())
        else:
            record = unlock_or_create(app, data_dir, passphrase)
        if record is None:
            return 0
    _apply_saved_appearance(app, record)
    # Window, core messages and QLocale together (not only Qt's translator).
    set_ui_language(app, record.preferences.get("language"))
    tasks = TaskManager()
    ctx = UiContext(record, tasks, demo=demo_dir is not None)
    window = MainWindow(ctx)
    window.lock_event.connect(lambda: _lock(app, window, ctx))
    from healthdesk.ui.first_paint import watch_today

    window.first_paint = watch_today(window)  # type: ignore[attr-defined]
    if not (hidden and QSystemTrayIcon.isSystemTrayAvailable()):
        window.show()
    from healthdesk.ui.reminders import ReminderCenter

    window.reminders = ReminderCenter(ctx, window)  # type: ignore[attr-defined]
    # After the first paint: the catch-up list and the tray icon can wait a moment.
    QTimer.singleShot(800, window.reminders.start)  # type: ignore[attr-defined]
    from healthdesk.ui.backup_timer import BackupTimer

    window.backups = BackupTimer(ctx, window)  # type: ignore[attr-defined]
    window.backups.start()  # type: ignore[attr-defined]
    app.aboutToQuit.connect(window.backups.on_quit)  # type: ignore[attr-defined]
    from healthdesk.ui.retention_timer import RetentionTimer

    window.retention = RetentionTimer(ctx, window)  # type: ignore[attr-defined]
    window.retention.start()  # type: ignore[attr-defined]
    quit_after = os.environ.get("HEALTHDESK_QUIT_AFTER_MS")
    if quit_after:
        QTimer.singleShot(int(quit_after), app.quit)
    code = app.exec()
    tasks.wait_idle()
    record.close()
    gc_guard.release()
    if demo_dir is not None:
        shutil.rmtree(demo_dir, ignore_errors=True)
    return code


def _apply_saved_appearance(app: QApplication, record: HealthRecord) -> None:
    """Theme and text size before the first paint, so the window does not flash."""
    # From its own module: the Settings page itself is built (and imported) on first visit.
    from healthdesk.ui.pages.settings_appearance import apply_appearance

    try:
        prefs = record.preferences.all()
    except Exception:
        return
    apply_appearance(app, prefs.get("theme", "system"), prefs.get("text_size", 100))


def _lock(app: QApplication, window, ctx: UiContext) -> None:  # type: ignore[no-untyped-def]
    """Hide the window at once, stop taking work, and close the record once the workers
    have drained (a running sync stops at its next page): the GUI thread never waits for
    a pool. Reminders go on from a plan made just before (held in memory only). Then ask
    for the passphrase again."""
    if getattr(window, "locking", False):
        return  # Ctrl+L and the idle timer can both fire
    window.locking = True
    reminders = getattr(window, "reminders", None)
    if reminders is not None:
        reminders.timer.stop()
    window.hide()
    if reminders is None:
        ctx.tasks.drain(lambda: _closed_then_unlock(app, window, ctx))
        return
    zone = reminders._zone()

    def plan():  # type: ignore[no-untyped-def]
        rec = ctx.record
        made = rec.reminder_plan.build(zone)
        sealer = rec.locked_doses.prepare()
        try:
            rec.reminder_plan.save(made)
        except Exception:
            pass  # a locked keyring: this lock still reminds from memory
        return made, sealer

    def then(prepared) -> None:  # type: ignore[no-untyped-def]
        ctx.tasks.drain(lambda: _closed_then_unlock(app, window, ctx, prepared))

    # A record that cannot make its plan still locks (then without reminders).
    ctx.run(plan, then, lambda _exc: then(None))


def _closed_then_unlock(app: QApplication, window, ctx: UiContext,  # type: ignore[no-untyped-def]
                        prepared=None) -> None:
    from healthdesk.ui.dialogs.unlock import UnlockDialog
    from healthdesk.ui.locked_reminders import attach

    data_dir = ctx.record.data_dir
    clock = ctx.record.now
    ctx.record.close()
    reminders = getattr(window, "reminders", None)
    dialog = UnlockDialog(data_dir, locked=True)
    window.unlock_dialog = dialog  # what tests (and the tray's "Open") reach
    if reminders is not None and prepared is not None:
        plan, sealer = prepared
        window.locked_panel = attach(dialog, reminders.lock(plan, sealer, clock))

        def raise_lock_window() -> None:
            dialog.showNormal()
            dialog.raise_()
            dialog.activateWindow()

        reminders.on_locked_open = raise_lock_window
    if dialog.exec() and dialog.record:
        ctx.record = dialog.record
        ctx.tasks.accept_again()
        window.locking = False
        window.unlock_dialog = None
        window.show()
        window.reload_profiles()
        if reminders is not None:
            reminders.unlocked()  # applies what was answered while locked
        # Another store may have been opened: every screen reloads what it shows.
        ctx.operation_did_execute.emit(EVERYTHING, None)
    else:
        app.quit()
