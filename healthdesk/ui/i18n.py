"""The window's language: Qt Linguist translations, the core's gettext, and the locale.

The translators' files are ``resources/translations/healthdesk_<lang>.ts`` (made by
``pyside6-lupdate``); the compiled ``.qm`` is not committed, ``healthdesk.catalogues``
builds it from the .ts when it is missing or stale. English is the source language, so
it needs no file; a language whose catalogue cannot be loaded shows English.

``set_ui_language`` switches everything a person reads in the window at once: the Qt
translator (widgets get ``QEvent.LanguageChange``), the core's messages (``_()`` in
domain/services), and the default ``QLocale`` (dates, numbers, digit grouping).

``PseudoTranslator`` is the test double of a real translation: it wraps every string
that the .ts catalogue knows (under the context asking for it) in ``⟦…⟧`` with accents,
so a screen rendered through it shows at a glance what never passed through ``tr``.
"""

from __future__ import annotations

import os
import unicodedata
from functools import lru_cache
from pathlib import Path
from xml.etree import ElementTree

from healthdesk.domain import i18n as core_i18n

from .icons import resources_dir
from .qt import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLocale, QTranslator

#: Each language's name in its own script (what the language pickers show).
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "hi": "\u0939\u093f\u0928\u094d\u0926\u0940",  # हिन्दी
    "ta": "\u0ba4\u0bae\u0bbf\u0bb4\u0bcd",  # தமிழ்
}
#: The Qt locale behind each language: Indian formats (lakh grouping, dd/MM/yy).
QT_LOCALES: dict[str, str] = {"en": "en_IN", "hi": "hi_IN", "ta": "ta_IN"}
PSEUDO = "pseudo"

_installed: dict[int, QTranslator] = {}

# Qt's own button texts (QDialogButtonBox, QMessageBox) are looked up under the context
# QPlatformTheme; Qt ships no Hindi or Tamil for them, so our catalogue carries them.
QT_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Don't Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
)


def translations_dir() -> Path:
    return resources_dir() / "translations"


def _qm_path(language: str, directory: Path | None) -> Path | None:
    if directory is not None:
        return directory / f"healthdesk_{language}.qm"
    if language == "en":
        return _english_plurals()
    from healthdesk.catalogues import compiled

    return compiled("qm", language)


def _english_plurals() -> Path | None:
    """The English plural forms compiled (``catalogues.compiled`` leaves English out: the
    core's English needs no catalogue); None when lrelease is missing."""
    import subprocess

    import platformdirs

    from healthdesk.catalogues import lrelease, source_path

    source, tool = source_path("qm", "en"), lrelease()
    target = Path(platformdirs.user_cache_dir("healthdesk", appauthor=False)) \
        / "catalogues" / "translations" / "healthdesk_en.qm"
    if target.is_file() and source.is_file() \
            and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    if tool is None or not source.is_file():
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([tool, "-silent", str(source), "-qm", str(target)],
                          capture_output=True, check=False)
    return target if done.returncode == 0 and target.is_file() else None


def install_translation(app: QCoreApplication, language: str | None,
                        directory: Path | None = None) -> bool:
    """Make ``language`` the UI language of ``app``; True if a translation was loaded.

    Replaces a translation installed before, so switching back to English works too.
    ``directory`` holds ready .qm files (tests); by default the catalogue is compiled
    from its .ts on first use. ``"pseudo"`` installs the :class:`PseudoTranslator`.
    """
    old = _installed.pop(id(app), None)
    if old is not None:
        app.removeTranslator(old)
    if language is None:  # no catalogue at all (the source texts as written)
        if old is not None:
            app.postEvent(app, _language_change())
        return False
    if language in ("", "en"):
        # English is the source language; its small catalogue holds only the plural
        # forms of "%n …" messages ("1 day", "2 days").
        plurals = QTranslator(app)
        path = _qm_path("en", directory)
        if path is not None and path.is_file() and plurals.load(str(path)):
            app.installTranslator(plurals)
            _installed[id(app)] = plurals
        elif old is not None:  # removing alone does not tell every widget
            app.postEvent(app, _language_change())
        return False
    translator: QTranslator
    if language == PSEUDO:
        translator = PseudoTranslator(app)
    else:
        translator = QTranslator(app)
        path = _qm_path(language, directory)
        if path is None or not path.is_file() or not translator.load(str(path)) \
                or translator.isEmpty():
            return False
    app.installTranslator(translator)
    _installed[id(app)] = translator
    return True


def _language_change() -> QEvent:
    return QEvent(QEvent.Type.LanguageChange)


def set_ui_language(app: QCoreApplication, language: str | None) -> bool:
    """Switch the window, the core's messages and the locale to ``language`` now.

    Widgets receive ``QEvent.LanguageChange``; the main window rebuilds its pages then,
    keeping what was typed (see ``healthdesk.ui.retranslate``). True if a translation
    was loaded (False for English or a language without a catalogue).
    """
    lang = language if language in LANGUAGE_NAMES or language == PSEUDO else "en"
    loaded = install_translation(app, lang)
    core = lang if lang in core_i18n.LANGUAGES else "en"
    core_i18n.set_language(core)
    # The context variable is this thread's; the DB and work pools' threads read the
    # process default, which is the environment's, so the window's choice goes there too.
    os.environ["HEALTHDESK_LANG"] = core
    QLocale.setDefault(QLocale(QT_LOCALES.get(lang, "en_IN")))
    return loaded


def has_translation(language: str) -> bool:
    """True for English and for a language whose .ts can be (or was) compiled."""
    if language == "en":
        return True
    from healthdesk.catalogues import compiled

    return compiled("qm", language) is not None


# -- the pseudo-language ------------------------------------------------------------------

_ACCENTED = str.maketrans("aeiouyAEIOUYcnsz", "áéíóúýÁÉÍÓÚÝçñšž")


def pseudo(text: str) -> str:
    """``"Save {0}"`` -> ``"⟦Sávé {0}⟧"``: accents on letters, placeholders and HTML
    tags and ``&`` accelerators kept, so the pseudo screens still work."""
    out: list[str] = []
    depth = 0
    for ch in text:
        if ch in "{<":
            depth += 1
        elif ch in "}>":
            depth = max(0, depth - 1)
        out.append(ch if depth or ch in "}>" else ch.translate(_ACCENTED))
    return "\u27e6" + "".join(out) + "\u27e7"


def is_pseudo(text: str) -> bool:
    return "\u27e6" in text


@lru_cache(maxsize=4)
def catalogue_sources(language: str = "hi") -> frozenset[tuple[str, str]]:
    """Every (context, source) pair the .ts of ``language`` holds (what lupdate found)."""
    path = translations_dir() / f"healthdesk_{language}.ts"
    root = ElementTree.parse(path).getroot()
    return frozenset((c.findtext("name") or "", unicodedata.normalize("NFC", m.findtext(
            "source") or ""))
                     for c in root.iter("context") for m in c.iter("message"))


class PseudoTranslator(QTranslator):
    """Translates exactly what a real catalogue would: a string marked under another
    context (a base class's ``self.tr`` run on a subclass) stays unwrapped, as it
    would stay English in Hindi."""

    def __init__(self, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self.known = catalogue_sources()

    def isEmpty(self) -> bool:
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        if (context, unicodedata.normalize("NFC", source)) not in self.known:
            return None  # a null QString: Qt shows the source text
        text = pseudo(source)
        return text.replace("%n", str(n)) if n >= 0 else text


def tr_label(text: object) -> str:
    """A label kept in a module-level constant, marked ``QT_TRANSLATE_NOOP("Labels", …)``
    (built at import, before any translator): translated where it is shown."""
    # (QT_TRANSLATE_NOOP is typed as returning object: the constants hold str.)
    return QCoreApplication.translate("Labels", str(text)) if text else ""
