"""Qt Linguist translations: resources/translations/healthdesk_<lang>.ts (source for
translators, made by ``pyside6-lupdate``) compiled to .qm (``pyside6-lrelease``).

English is the source language, so it needs no file. A language whose .qm is missing
or empty simply shows English; the Settings page offers only installed languages.
"""

from __future__ import annotations

from pathlib import Path

from .icons import resources_dir
from .qt import QCoreApplication, QTranslator

_installed: dict[int, QTranslator] = {}


def translations_dir() -> Path:
    return resources_dir() / "translations"


def install_translation(app: QCoreApplication, language: str | None,
                        directory: Path | None = None) -> bool:
    """Make ``language`` the UI language of ``app``; True if a translation was loaded.

    Replaces a translation installed before, so switching back to English works too.
    """
    old = _installed.pop(id(app), None)
    if old is not None:
        app.removeTranslator(old)
    if not language or language == "en":
        return False
    translator = QTranslator(app)
    path = (directory or translations_dir()) / f"healthdesk_{language}.qm"
    if not path.is_file() or not translator.load(str(path)) or translator.isEmpty():
        return False
    app.installTranslator(translator)
    _installed[id(app)] = translator
    return True
