"""``healthdesk screenshot --out DIR``: every main page and the main dialogs, as PNG.

``--lang en|hi|ta|pseudo``, ``--text-size 100..200`` and ``--theme
light|dark|high-contrast|system`` render them as a person with those settings sees them.
It builds a throw-away demo record in a temporary folder, opens the real main window
offscreen (no display or stdin needed), waits for each page's background work and
charts, saves ``NN-<page>.png``, prints the paths, and removes the temporary record.
``HEALTHDESK_SCREENSHOT_YEARS`` (default 2) sets how many years of demo data to build.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

WIDTH, HEIGHT = 1280, 800
DEFAULT_YEARS = 2.0
DEFAULT_PROFILES = 5


def _ensure_platform() -> None:
    """Render offscreen when there is no display (servers, CI, ssh sessions)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def settle(app: Any, pending: Callable[[], int], *, quiet_ms: int = 300,
           timeout_s: float = 60.0) -> bool:
    """Process events until no background op has been pending for ``quiet_ms``
    (so callbacks ran, follow-up loads started and finished, charts drew)."""
    deadline = time.monotonic() + timeout_s
    quiet_since: float | None = None
    while time.monotonic() < deadline:
        app.processEvents()
        if pending() == 0:
            now = time.monotonic()
            quiet_since = quiet_since or now
            if (now - quiet_since) * 1000 >= quiet_ms:
                app.processEvents()
                return True
        else:
            quiet_since = None
        time.sleep(0.01)
    return False


def _richest_profile(record: Any) -> str | None:
    """The demo person with the most to show (medicines, documents, notes, allergies)."""
    best, score = None, -1
    for p in record.profiles.all():
        n = (len(record.medications.for_profile(p.id)) + len(record.documents.for_profile(p.id))
             + len(record.chat.sessions(p.id)) + len(record.allergies.for_profile(p.id))
             + len(record.conditions.for_profile(p.id)))
        if n > score:
            best, score = p.id, n
    return best


def _fetch(app: Any, ctx: Any, work: Callable[[], Any]) -> Any:
    """Run a service call on the DB worker (as pages do) and wait for its result."""
    box: dict[str, Any] = {}
    ctx.run(work, lambda r: box.update(result=r), lambda e: box.update(error=e))
    settle(app, lambda: ctx.tasks.pending, quiet_ms=0)
    if "error" in box:
        raise box["error"]
    return box.get("result")


def _save(widget: Any, path: Path, written: list[Path]) -> None:
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    written.append(path)


def _dispose(app: Any, widget: Any) -> None:
    """Destroy a top-level window now: left to interpreter exit, Qt objects can outlive
    the QApplication and crash the process after the work is done."""
    from healthdesk.ui.qt import QEvent

    widget.close()
    widget.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    app.processEvents()


def _problem(message: str) -> None:
    sys.stderr.write(f"healthdesk: {message}\n")


def run_screenshots(args: argparse.Namespace) -> int:
    """Render the pages and dialogs into ``args.out``; 0 when every image was written."""
    _ensure_platform()
    out = Path(args.out).expanduser()
    out.mkdir(parents=True, exist_ok=True)
    years = float(getattr(args, "years", None)
                  or os.environ.get("HEALTHDESK_SCREENSHOT_YEARS") or DEFAULT_YEARS)
    profiles = int(getattr(args, "profiles", None) or DEFAULT_PROFILES)
    from healthdesk.demo import build_demo_record

    from .start import make_app

    app = make_app()
    problem = apply_look(app, getattr(args, "lang", None) or "en",
                         getattr(args, "theme", None) or "light",
                         int(getattr(args, "text_size", None) or 100))
    if problem:
        _problem(problem)
        return 2
    tmp = Path(tempfile.mkdtemp(prefix="healthdesk-shots-"))
    try:
        record = build_demo_record(tmp / "data", profiles=profiles, years=years)
        _save_look(record, args)
        try:
            written, missing = _render_all(app, record, out)
        finally:
            record.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for path in written:
        print(path)
    for what in missing:
        _problem(what)
    return 0 if not missing else 1


def apply_look(app: Any, lang: str, theme: str, text_size: int) -> str | None:
    """Language, theme and text size for the shots; a sentence when one is out of range."""
    from healthdesk.ui.i18n import LANGUAGE_NAMES, PSEUDO, set_ui_language
    from healthdesk.ui.pages.settings_appearance import THEMES, apply_appearance

    themes = [key for key, _label in THEMES]
    if lang not in LANGUAGE_NAMES and lang != PSEUDO:
        return f"--lang must be one of {', '.join([*LANGUAGE_NAMES, PSEUDO])}, not {lang!r}."
    if theme not in themes:
        return f"--theme must be one of {', '.join(themes)}, not {theme!r}."
    if not 100 <= text_size <= 200:
        return f"--text-size must be between 100 and 200 (per cent), not {text_size}."
    apply_appearance(app, theme, text_size)
    if not set_ui_language(app, lang) and lang != "en":
        return f"the {lang} translation could not be loaded (is pyside6-lrelease installed?)."
    return None


def _save_look(record: Any, args: argparse.Namespace) -> None:
    """The demo record's own preferences match the shots' look: the Settings page shows
    (and applies) what the record has saved."""
    lang = getattr(args, "lang", None) or "en"
    look = {"theme": getattr(args, "theme", None) or "light",
            "text_size": int(getattr(args, "text_size", None) or 100),
            "language": lang if lang in ("en", "hi", "ta") else "en"}
    for key, value in look.items():
        record.preferences.set(key, value)


Visit = Callable[[str, Any], None]


def _render_all(app: Any, record: Any, out: Path,
                visit: Visit | None = None) -> tuple[list[Path], list[str]]:
    """Every page, then the dialogs; ``visit(name, widget)`` sees each one as shown
    (the pseudo-locale test reads their texts)."""
    out.mkdir(parents=True, exist_ok=True)
    from healthdesk.ui.context import UiContext
    from healthdesk.ui.ops import TaskManager

    written: list[Path] = []
    missing: list[str] = []
    tasks = TaskManager()
    ctx = UiContext(record, tasks, demo=True)
    pending = lambda: tasks.pending  # noqa: E731
    try:
        from healthdesk.ui.main_window import PAGES, MainWindow

        window = MainWindow(ctx)
    except ImportError as exc:
        missing.append(f"cannot build the main window, a page is missing ({exc}); "
                       "no page screenshots were made.")
        window = None
    n = 0
    if window is not None:
        window.resize(WIDTH, HEIGHT)
        window.show()
        settle(app, pending)
        pid = _fetch(app, ctx, lambda: _richest_profile(ctx.record))
        idx = window.profile_box.findData(pid)
        if idx >= 0:
            window.profile_box.setCurrentIndex(idx)
        settle(app, pending)
        for i, name in enumerate(PAGES):
            window.go(i)
            settle(app, pending)
            n = i + 1
            if visit is not None:
                visit(str(name), window)
            _save(window, out / f"{n:02d}-{str(name).lower()}.png", written)
    else:
        n = 8  # the pages' count: dialogs keep their numbers without the window
    n = _render_dialogs(app, ctx, out, n, written, missing, visit)
    settle(app, pending)
    if window is not None:
        _dispose(app, window)
    tasks.wait_idle()
    app.processEvents()
    return written, missing


def _render_dialogs(app: Any, ctx: Any, out: Path, n: int, written: list[Path],
                    missing: list[str], visit: Visit | None = None) -> int:
    pending = lambda: ctx.tasks.pending  # noqa: E731
    # Numbered by place in the list, so a missing one leaves a gap, not a shift.
    first = n + 1
    for n, (name, module, build) in enumerate(_dialogs(app, ctx), start=first):
        try:
            dialog = build()
        except ImportError as exc:
            missing.append(f"the {name} dialog ({module.replace('.', '/')}.py) is missing "
                           f"({exc}); no screenshot was made.")
            continue
        if dialog is None:
            missing.append(f"the current person has nothing to show in the {name} dialog; "
                           "no screenshot was made.")
            continue
        dialog.show()
        settle(app, pending)
        if visit is not None:
            visit(name, dialog)
        _save(dialog, out / f"{n:02d}-{name}.png", written)
        settle(app, pending)
        _dispose(app, dialog)
    return n


def _dialogs(app: Any, ctx: Any) -> list[tuple[str, str, Callable[[], Any]]]:
    """The dialogs people meet most, each built as its menu or button builds it."""
    pid = ctx.profile_id

    def unlock() -> Any:
        from healthdesk.ui.dialogs.unlock import UnlockDialog

        return UnlockDialog(ctx.record.data_dir)

    def first_run() -> Any:
        from healthdesk.ui.dialogs.unlock import FirstRunWizard

        return FirstRunWizard(ctx.record.data_dir.parent / "new-record")

    def medication() -> Any:
        from healthdesk.ui.dialogs.medication_editor import MedicationEditor

        meds = _fetch(app, ctx, lambda: ctx.record.medications.for_profile(pid)) if pid else []
        return MedicationEditor(ctx, medication=meds[0]) if meds else None

    def appointment() -> Any:
        from healthdesk.ui.dialogs.appointment_editor import AppointmentEditor

        return AppointmentEditor(ctx)

    def allergy() -> Any:
        from healthdesk.ui.dialogs.record_forms import allergy_form

        return allergy_form(ctx, pid) if pid else None

    def search() -> Any:
        from healthdesk.ui.dialogs.search import SearchDialog

        return SearchDialog(ctx)

    ui = "healthdesk.ui.dialogs."
    return [("unlock", ui + "unlock", unlock), ("first-run", ui + "unlock_wizard", first_run),
            ("medication-editor", ui + "medication_editor", medication),
            ("appointment-editor", ui + "appointment_editor", appointment),
            ("allergy-form", ui + "record_forms", allergy), ("search", ui + "search", search)]
