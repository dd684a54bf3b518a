"""The core's messages in the reader's language, without Qt: GNU gettext catalogues.

Everything below the UI that reaches a person (validation errors, dose states, advice,
CLI output, e-mails) is written in English and passed through ``_`` / ``ngettext``.
The catalogues live in ``resources/locale/<lang>/LC_MESSAGES/healthdesk.mo``; a language
without one shows English. The language is held in a context variable, so a message
about one person can be rendered in that person's language (``with language("ta"): ...``)
while the rest of the process keeps its own.
"""

from __future__ import annotations

import gettext as _gettext
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path

from healthdesk import catalogues

DOMAIN = "healthdesk"
LANGUAGES: tuple[str, ...] = ("en", "hi", "ta")

_current: ContextVar[str] = ContextVar("healthdesk_language", default="")
# The process's chosen language (the window's, or --lang). A context variable alone would
# not reach worker threads, which start with an empty context: a validation error raised
# by a background save must read like the window around it.
_process = ""
# The environment's language, read once: looking it up is five environment reads (~7 us),
# and a saved reading renders ~14 messages. ``set_language`` reads it again.
_environment: str | None = None


def locale_dir() -> Path:
    """The checkout's resources/locale, a PyInstaller build's copy, or the installed one."""
    return catalogues.locale_dir()


@lru_cache(maxsize=8)
def translations(lang: str) -> _gettext.NullTranslations:
    """The catalogue of ``lang`` (English, the source language, is the null one).

    The .mo is compiled from the .po on first use when the build has not made it
    (healthdesk.catalogues); a language without a catalogue shows English.
    """
    lang = base_language(lang)
    if lang == "en":
        return _gettext.NullTranslations()
    path = catalogues.compiled("mo", lang)
    if path is None:
        return _gettext.NullTranslations()
    with path.open("rb") as handle:
        return _gettext.GNUTranslations(handle)


def base_language(tag: str | None) -> str:
    """The catalogue a language tag reads: "hi-IN" and "hi_IN" -> "hi"; unknown -> "en"."""
    code = (tag or "").replace("_", "-").split("-")[0].lower()
    return code if code in LANGUAGES else "en"


def _default_language() -> str:
    for var in ("HEALTHDESK_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        code = value.split(":")[0].split(".")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
        if value and var == "HEALTHDESK_LANG":
            break
    return "en"


def current_language() -> str:
    global _environment
    chosen = _current.get() or _process
    if chosen:
        return chosen
    if _environment is None:
        _environment = _default_language()
    return _environment


def set_language(lang: str | None) -> None:
    """Make ``lang`` the process's language, every thread's (None or "" goes back to the
    environment's); ``language()`` still overrides it inside a block."""
    global _process, _environment
    _process = lang or ""
    _environment = None
    _current.set("")


@contextmanager
def language(lang: str | None) -> Iterator[None]:
    """Render messages in ``lang`` inside the block (e.g. an e-mail in the reader's)."""
    token = _current.set(lang or current_language())
    try:
        yield
    finally:
        _current.reset(token)


def _(message: str) -> str:
    return translations(current_language()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return translations(current_language()).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    return translations(current_language()).pgettext(context, message)


def N_(message: str) -> str:
    """Marks a constant for extraction; translate it with ``_`` where it is shown."""
    return message


class TranslatedLabels(Mapping[str, str]):
    """A table of English labels (marked with ``N_``) that reads in the current language.

    For constants looked up by key where they are shown (``STATE_LABELS["due"]``): the
    lookup, not the import, picks the language, so a switch takes effect at once.
    """

    def __init__(self, labels: Mapping[str, str]) -> None:
        self._labels = dict(labels)

    def __getitem__(self, key: str) -> str:
        return _(self._labels[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._labels)

    def __len__(self) -> int:
        return len(self._labels)
