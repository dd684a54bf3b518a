"""Compiled translation catalogues, built from their sources when missing or stale.

The sources are kept in git: the core's gettext catalogues
(``resources/locale/<lang>/LC_MESSAGES/healthdesk.po``, compiled to ``.mo`` with Babel)
and the UI's Qt Linguist files (``resources/translations/healthdesk_<lang>.ts``, compiled
to ``.qm`` with ``pyside6-lrelease``). The compiled files are not committed: the build
(setup.py's build_py, build.spec) makes them with :func:`build_all`, and a checkout makes
them on first use with :func:`compiled`, next to the source when that folder is writable,
else in the user's cache folder. No Qt is imported here, so the core can use it.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Literal

DOMAIN = "healthdesk"
Kind = Literal["mo", "qm"]

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    """The checkout's resources/, a PyInstaller build's copy, or the installed package's."""
    source = Path(__file__).resolve().parents[1] / "resources"
    if (source / "icons").is_dir():
        return source
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen and (Path(frozen) / "resources").is_dir():
        return Path(frozen) / "resources"
    spec = importlib.util.find_spec("healthdesk.resources")
    if spec is None or not spec.submodule_search_locations:
        return source
    return Path(next(iter(spec.submodule_search_locations)))


def locale_dir(resources: Path | None = None) -> Path:
    return (resources or resources_dir()) / "locale"


def source_path(kind: Kind, lang: str, resources: Path | None = None) -> Path:
    """Where the translators' file of ``lang`` lives (it may not exist)."""
    root = resources or resources_dir()
    if kind == "mo":
        return locale_dir(root) / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    return root / "translations" / f"{DOMAIN}_{lang}.ts"


def _target_name(kind: Kind, lang: str) -> Path:
    """The compiled file's path relative to resources/ (and to the cache folder)."""
    if kind == "mo":
        return Path("locale") / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"
    return Path("translations") / f"{DOMAIN}_{lang}.qm"


def _cache_root() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("healthdesk", appauthor=False)) / "catalogues"


def _fresh(target: Path, source: Path | None) -> bool:
    if not target.is_file() or target.stat().st_size == 0:
        return False
    return source is None or target.stat().st_mtime >= source.stat().st_mtime


def compiled(kind: Kind, lang: str) -> Path | None:
    """The compiled catalogue of ``lang`` (``"mo"`` for the core, ``"qm"`` for the UI).

    Compiles it when it is missing or older than its source. None when there is
    nothing to load: English (the source language), a language with no source and no
    shipped file, or a .qm that cannot be compiled because lrelease is missing.
    """
    if not lang or lang == "en" or kind not in ("mo", "qm"):
        return None
    root = resources_dir()
    source = source_path(kind, lang, root)
    has_source = source.is_file()
    shipped = root / _target_name(kind, lang)
    cached = _cache_root() / _target_name(kind, lang)
    for candidate in (shipped, cached):
        if _fresh(candidate, source if has_source else None):
            return candidate
    if not has_source:
        return None
    target = shipped if _writable(shipped.parent) else cached
    try:
        _compile(kind, source, target, lang)
    except (OSError, CatalogueError) as exc:
        log.warning("could not compile %s: %s", source, exc)
        return shipped if shipped.is_file() else None
    return target


def build_all(resources: Path, out: Path | None = None) -> list[Path]:
    """Compile every .po and .ts under ``resources`` into ``out`` (default: beside them).

    Used by the build (setup.py, build.spec). A .ts is skipped with a warning when
    pyside6-lrelease is not installed; a broken .po raises.
    """
    out = out or resources
    made: list[Path] = []
    for po in sorted(locale_dir(resources).glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        lang = po.parent.parent.name
        target = out / _target_name("mo", lang)
        _compile("mo", po, target, lang)
        made.append(target)
    tool = lrelease()
    for ts in sorted((resources / "translations").glob(f"{DOMAIN}_*.ts")):
        lang = ts.stem.removeprefix(f"{DOMAIN}_")
        if tool is None:
            log.warning("pyside6-lrelease not found: %s not compiled", ts.name)
            continue
        target = out / _target_name("qm", lang)
        _compile("qm", ts, target, lang)
        made.append(target)
    return made


class CatalogueError(Exception):
    """A source catalogue could not be compiled."""


def lrelease() -> str | None:
    """The Qt Linguist compiler that comes with PySide6 (its script, else its binary)."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.is_file():
        return str(beside)
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            for name in ("lrelease", "lrelease.exe"):
                if (Path(folder) / name).is_file():
                    return str(Path(folder) / name)
    return None


def _writable(folder: Path) -> bool:
    probe = folder
    while not probe.exists():
        probe = probe.parent
    return os.access(probe, os.W_OK)


def _compile(kind: Kind, source: Path, target: Path, lang: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    # Written beside the target and renamed, so a reader in another process never
    # loads half a file.
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        if kind == "mo":
            _compile_mo(source, tmp, lang)
        else:
            _compile_qm(source, tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _compile_mo(source: Path, target: Path, lang: str) -> None:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import PoFileError, read_po

    try:
        with source.open("rb") as handle:
            catalog = read_po(handle, locale=lang, domain=DOMAIN, abort_invalid=True)
    except PoFileError as exc:
        raise CatalogueError(f"{source}: {exc}") from exc
    with target.open("wb") as handle:
        write_mo(handle, catalog, use_fuzzy=False)


def _compile_qm(source: Path, target: Path) -> None:
    tool = lrelease()
    if tool is None:
        raise CatalogueError("pyside6-lrelease is not installed")
    done = subprocess.run([tool, "-silent", str(source), "-qm", str(target)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0 or not target.is_file() or target.stat().st_size == 0:
        raise CatalogueError(f"{source.name}: {done.stderr.strip() or 'lrelease failed'}")
