"""The gettext catalogues: every core message is extracted, translated in Hindi and Tamil
with its placeholders, and compiled from its source when missing or stale."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po

from healthdesk import catalogues
from healthdesk.domain import i18n

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "resources" / "locale"
LANGS = ("hi", "ta")
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}
# {name}, {value:.1f}, {text!r}; and argparse's %(prog)s / %s.
_BRACE = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)(?:![rsa])?(?::[^{}]*)?\}(?!\})")
_PERCENT = re.compile(r"%(\([a-z_]+\))?[srd]")
FIX = ("re-extract and translate: pybabel extract -F babel.cfg -k N_ --sort-output "
       "--no-location -o resources/locale/healthdesk.pot . && pybabel update -i "
       "resources/locale/healthdesk.pot -d resources/locale -D healthdesk "
       "(docs/translating.md)")


def _catalog(lang: str):  # type: ignore[no-untyped-def]
    with (LOCALE / lang / "LC_MESSAGES" / "healthdesk.po").open("rb") as fh:
        return read_po(fh, locale=lang)


def _placeholders(text: str) -> tuple[set[str], list[str]]:
    return set(_BRACE.findall(text)), sorted(_PERCENT.findall(text))


def _ids(messages) -> set[str | tuple[str, ...]]:  # type: ignore[no-untyped-def]
    return {m.id for m in messages if m.id}


def test_the_template_holds_every_message_the_code_marks() -> None:
    with (ROOT / "babel.cfg").open() as fh:
        method_map = [(line[1:-1].split(":", 1)[1].strip(), "python")
                      for line in (raw.strip() for raw in fh) if line.startswith("[python:")]
    found = {msg if len(msg := tuple(m for m in message if m)) > 1 else msg[0]
             for _file, _line, message, _comments, _context in
             ((f, n, (m if isinstance(m, tuple) else (m,)), c, x)
              for f, n, m, c, x in extract_from_dir(str(ROOT), method_map,
                                                     keywords=KEYWORDS))}
    with (LOCALE / "healthdesk.pot").open("rb") as fh:
        template = _ids(read_po(fh))
    missing = sorted(map(str, found - template))
    assert not missing, f"{len(missing)} marked messages are not in healthdesk.pot " \
        f"(first: {missing[:5]}); {FIX}"


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated_with_its_placeholders(lang: str) -> None:
    with (LOCALE / "healthdesk.pot").open("rb") as fh:
        template = _ids(read_po(fh))
    catalog = _catalog(lang)
    assert template <= _ids(catalog), f"{lang}: not in the .po; {FIX}"
    problems = []
    for m in catalog:
        if not m.id:
            continue
        if m.fuzzy:
            problems.append(("fuzzy", m.id))
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        if ids[0].strip() and not all(s.strip() for s in strings):
            problems.append(("empty", m.id))
            continue
        wanted = _placeholders(ids[-1])
        problems += [("placeholders", m.id, s) for s in strings if _placeholders(s) != wanted]
    assert not problems, f"{lang}: {len(problems)} problems, first {problems[:3]}"


@pytest.mark.parametrize("lang", LANGS)
def test_plural_forms_are_the_languages_own(lang: str) -> None:
    catalog = _catalog(lang)
    rule = get_plural(lang)
    assert catalog.plural_forms == rule.plural_forms
    assert catalog.num_plurals == 2
    for m in catalog:
        if isinstance(m.id, tuple):
            assert len(m.string) == rule.num_plurals and all(m.string), m.id


def test_ngettext_follows_hindi_and_tamil_rules() -> None:
    # Hindi: n > 1 is plural, so 0 and 1 take the singular; Tamil: n != 1, so 0 is plural.
    forms = {}
    for lang in ("hi", "ta", "en"):
        with i18n.language(lang):
            forms[lang] = [i18n.ngettext("{n} tablet", "{n} tablets", n).format(n=n)
                           for n in (0, 1, 2)]
    assert forms["hi"] == ["0 गोली", "1 गोली", "2 गोलियाँ"]
    assert forms["ta"] == ["0 மாத்திரைகள்", "1 மாத்திரை", "2 மாத்திரைகள்"]
    assert forms["en"] == ["0 tablets", "1 tablet", "2 tablets"]


def _copy_resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    res = tmp_path / "resources"
    po = res / "locale" / "hi" / "LC_MESSAGES" / "healthdesk.po"
    po.parent.mkdir(parents=True)
    po.write_bytes((LOCALE / "hi" / "LC_MESSAGES" / "healthdesk.po").read_bytes())
    monkeypatch.setattr(catalogues, "resources_dir", lambda: res)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return res


def test_a_missing_or_stale_mo_is_compiled_beside_its_po(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    res = _copy_resources(tmp_path, monkeypatch)
    mo = catalogues.compiled("mo", "hi")
    assert mo == res / "locale" / "hi" / "LC_MESSAGES" / "healthdesk.mo"
    first = mo.stat().st_mtime_ns
    assert catalogues.compiled("mo", "hi") == mo and mo.stat().st_mtime_ns == first
    po = res / "locale" / "hi" / "LC_MESSAGES" / "healthdesk.po"
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "सामान्य"',
                                                         'msgstr "ठीक-ठाक"'), encoding="utf-8")
    later = time.time() + 5
    os.utime(po, (later, later))
    assert catalogues.compiled("mo", "hi") == mo and mo.stat().st_mtime_ns != first
    import gettext

    with mo.open("rb") as fh:
        assert gettext.GNUTranslations(fh).gettext("Normal") == "ठीक-ठाक"


def test_an_unwritable_install_compiles_into_the_cache(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    res = _copy_resources(tmp_path, monkeypatch)
    monkeypatch.setattr(catalogues, "_writable", lambda folder: False)
    mo = catalogues.compiled("mo", "hi")
    assert mo is not None and (tmp_path / "cache") in mo.parents
    assert not (res / "locale" / "hi" / "LC_MESSAGES" / "healthdesk.mo").exists()


def test_english_and_unknown_languages_have_no_catalogue() -> None:
    assert catalogues.compiled("mo", "en") is None
    assert catalogues.compiled("mo", "xx") is None
    assert i18n.base_language("hi-IN") == "hi" and i18n.base_language("fr") == "en"


def test_a_broken_po_is_refused_by_the_build(tmp_path: Path) -> None:
    po = tmp_path / "locale" / "hi" / "LC_MESSAGES" / "healthdesk.po"
    po.parent.mkdir(parents=True)
    po.write_text('a stray line\nmsgid "a"\nmsgstr "b"\n', encoding="utf-8")
    with pytest.raises(catalogues.CatalogueError):
        catalogues.build_all(tmp_path)


@pytest.mark.skipif(catalogues.lrelease() is None, reason="pyside6-lrelease not installed")
def test_the_build_compiles_every_catalogue(tmp_path: Path) -> None:
    made = catalogues.build_all(ROOT / "resources", tmp_path)
    names = {p.relative_to(tmp_path).as_posix() for p in made}
    assert {"locale/hi/LC_MESSAGES/healthdesk.mo", "locale/ta/LC_MESSAGES/healthdesk.mo",
            "translations/healthdesk_hi.qm", "translations/healthdesk_ta.qm"} <= names
    assert all(p.stat().st_size > 0 for p in made)


def test_the_chosen_language_reaches_worker_threads() -> None:
    import threading

    seen: list[str] = []
    try:
        i18n.set_language("ta")
        worker = threading.Thread(target=lambda: seen.append(i18n._("Normal")))
        worker.start()
        worker.join()
        with i18n.language("hi"):  # a message about one person, in theirs
            seen.append(i18n._("Normal"))
        seen.append(i18n._("Normal"))
    finally:
        i18n.set_language(None)
    assert seen == ["சாதாரணம்", "सामान्य", "சாதாரணம்"]
