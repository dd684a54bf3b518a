"""Every page and dialog in a pseudo-language: any visible text not wrapped in ⟦…⟧ never
passed through a translation (Qt's tr for the window, gettext for the core's messages).

The walk is the screenshot command's (healthdesk/app/screenshots.py); user data (the
demo record's strings), numbers, dates and times are not expected to be translated.
"""

from __future__ import annotations

import gettext
import re
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import String, Text, select

from healthdesk.app.screenshots import _render_all
from healthdesk.demo import build_demo_record
from healthdesk.domain import i18n as core_i18n
from healthdesk.store.models import Base
from healthdesk.ui import i18n
from healthdesk.ui.dialogs.medication_editor import UNITS as MEDICATION_UNITS
from healthdesk.ui.qt import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QLocale,
    QMainWindow,
    QPlainTextEdit,
    Qt,
    QTabWidget,
    QWidget,
)

# Not words a translator would change: brand, units, codes, sample values.
KEPT = {"HealthDesk", "mg", "mmHg", "mmol/L", "mg/dL", "kg", "lb", "cm", "%", "°C", "°F",
        "bpm", "SpO2", "HbA1c", "BMI", "PDF", "CSV", "FHIR", "ICD-10", "CVX", "PNG", "OK",
        "AM", "PM", "UTC", "IST"}
# The dose unit box is free text stored as typed (the editor offers these as a start).
KEPT |= set(MEDICATION_UNITS)
_NUMERIC = re.compile(r"^[\d\s.,:/%+\-–—×x()°#]*$")


class _PseudoCore(gettext.NullTranslations):
    def gettext(self, message: str) -> str:
        return i18n.pseudo(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return i18n.pseudo(singular if n == 1 else plural)

    def pgettext(self, context: str, message: str) -> str:
        return i18n.pseudo(message)


def _plain(text: str) -> str:
    return unescape(re.sub(r"<[^>]+>", " ", text)).replace("&", "").strip()


def _untranslated(text: str, user_data: set[str]) -> bool:
    text = _plain(text)
    if not text or i18n.is_pseudo(text) or _NUMERIC.match(text):
        return False
    if text in user_data or text in KEPT:
        return False
    text = re.sub(r"\b[a-z]+://\S+", "", text)  # addresses
    # Dates come from QLocale (set to Hindi below): what is left in Latin letters is English.
    words = [w for w in re.split(r"[\s,;:()·•|/]+", text) if re.search(r"[A-Za-z]", w)]
    return any(w not in user_data and w not in KEPT and not _code(w) for w in words)


def _code(word: str) -> bool:
    """Initials (KI), codes and addresses (llama3.2, E11.9, http://…): not words."""
    return bool(re.fullmatch(r"[A-Z]{1,3}", word) or re.search(r"\d", word)
                or "://" in word or word in i18n.LANGUAGE_NAMES.values())


def _texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) of what a person can read on ``top`` right now."""
    found: list[tuple[str, str]] = [("window title", top.windowTitle())]
    if isinstance(top, QMainWindow):
        for menu in top.menuBar().actions():
            found.append(("menu", menu.text()))
            found += [("menu item", a.text()) for a in menu.menu().actions()
                      if not a.isSeparator()]
    for w in top.findChildren(QWidget):
        if not w.isVisibleTo(top) or _in_calendar(w):
            continue
        name = type(w).__name__
        if isinstance(w, QLabel):
            found.append((f"{name} label", w.text()))
        elif isinstance(w, QAbstractButton):
            found.append((f"{name} button", w.text()))
        elif isinstance(w, QGroupBox):
            found.append((f"{name} title", w.title()))
        elif isinstance(w, QTabWidget):
            found += [(f"{name} tab", w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, (QLineEdit, QPlainTextEdit)):
            found.append((f"{name} placeholder", w.placeholderText()))
        elif isinstance(w, QComboBox):
            found += [(f"{name} item", w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QListWidget):
            found += [(f"{name} item", w.item(i).text()) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None \
                and not isinstance(w, QListWidget):
            model = w.model()
            found += [(f"{name} header", str(model.headerData(
                c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or ""))
                for c in range(model.columnCount())]
    return found


def _unnamed_controls(top: QWidget) -> list[str]:
    """Visible controls a screen reader could not name: no accessible name, no text of
    their own and no label that points at them (setBuddy / a form row's label)."""
    buddies = {id(label.buddy()) for label in top.findChildren(QLabel) if label.buddy()}
    found = []
    for w in top.findChildren(QWidget):
        if not w.isVisibleTo(top) or _in_calendar(w) or not isinstance(w, (
                QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit,
                QAbstractItemView)) or isinstance(w, QHeaderView):
            continue  # (a table's header is part of the named table)
        if type(w).__name__ == "QLineEdit" and isinstance(w.parentWidget(), (QComboBox,
                                                                             QAbstractSpinBox)):
            continue  # the editor inside a combo or spin box: the box is named
        text = w.text() if isinstance(w, QAbstractButton) else ""
        if not (w.accessibleName() or _plain(text) or id(w) in buddies):
            found.append(f"{type(w).__name__} {w.objectName() or ''}".strip())
    return found


def _in_calendar(w: QWidget) -> bool:
    """Qt's calendar names its months and days through QLocale, not tr."""
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, QCalendarWidget):
            return True
        parent = parent.parentWidget()
    return False


def _user_data(record: Any) -> set[str]:
    """Every string (and word) stored in the demo record: names, notes, titles."""
    values: set[str] = set()
    with record._store.read() as session:
        for table in Base.metadata.sorted_tables:
            cols = [c for c in table.columns if isinstance(c.type, (String, Text))]
            if not cols:
                continue
            for row in session.execute(select(*cols)):
                for v in row:
                    if isinstance(v, str) and v:
                        values.add(v)
                        values.update(re.split(r"[\s,;:()·•|/]+", v))
    return values


@pytest.fixture
def pseudo_language(qapp, monkeypatch) -> Any:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(core_i18n, "translations", lambda _lang: _PseudoCore())
    assert i18n.install_translation(qapp, i18n.PSEUDO)
    before = QLocale()
    QLocale.setDefault(QLocale("hi_IN"))  # month and day names through the locale
    yield
    QLocale.setDefault(before)
    i18n.install_translation(qapp, None)


def test_pseudo_wraps_only_what_the_catalogue_knows(qapp, pseudo_language) -> None:
    from healthdesk.ui.qt import QCoreApplication

    assert QCoreApplication.translate("MainWindow", "Today") == "\u27e6Tódáý\u27e7"
    assert QCoreApplication.translate("NoSuchContext", "Today") == "Today"
    assert i18n.pseudo("Save {name} <b>now</b>") == "\u27e6Sávé {name} <b>ñów</b>\u27e7"


def test_every_page_and_dialog_is_translated_and_named(qapp, tmp_path: Path,
                                                       pseudo_language) -> None:
    record = build_demo_record(tmp_path / "demo", profiles=2, years=0.1)
    untranslated: dict[str, set[str]] = {}
    unnamed: dict[str, list[str]] = {}
    try:
        user_data = _user_data(record)

        def visit(screen: str, top: QWidget) -> None:
            for where, text in _texts(top):
                if _untranslated(text, user_data):
                    untranslated.setdefault(screen, set()).add(f"{where}: {text!r}")
            if nameless := _unnamed_controls(top):
                unnamed[screen] = nameless

        written, missing = _render_all(qapp, record, tmp_path / "shots", visit)
    finally:
        record.close()
    assert not missing
    assert len(written) >= 14
    report = "\n".join(f"{screen}:\n  " + "\n  ".join(sorted(found))
                       for screen, found in sorted(untranslated.items()))
    assert not untranslated, "text that never passed through a translation:\n" + report
    # The same walk: every control can be named by a screen reader, in any language.
    assert not unnamed, f"controls without an accessible name: {unnamed}"
