"""The UI's strings go through Qt Linguist: a compiled translation changes what users see."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from healthdesk.ui.i18n import install_translation, translations_dir
from healthdesk.ui.main_window import PAGES

ROOT = Path(__file__).resolve().parents[2]


def _lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent
                                                     / "pyside6-lrelease")
    assert Path(found).exists(), "pyside6-lrelease comes with PySide6; is it installed?"
    return found


def _compile(tmp_path: Path, language: str, texts: dict[tuple[str, str], str]) -> Path:
    ts = ElementTree.Element("TS", version="2.1", language=language)
    for (context, source), translation in texts.items():
        ctx = ElementTree.SubElement(ts, "context")
        ElementTree.SubElement(ctx, "name").text = context
        msg = ElementTree.SubElement(ctx, "message")
        ElementTree.SubElement(msg, "source").text = source
        ElementTree.SubElement(msg, "translation").text = translation
    ts_path = tmp_path / f"healthdesk_{language}.ts"
    ElementTree.ElementTree(ts).write(ts_path, encoding="utf-8", xml_declaration=True)
    subprocess.run([_lrelease(), str(ts_path), "-qm",
                    str(tmp_path / f"healthdesk_{language}.qm")], check=True,
                   capture_output=True)
    return tmp_path


def test_a_translation_renames_the_sidebar_and_menus(qtbot, ctx, qapp, tmp_path) -> None:
    from healthdesk.ui.main_window import MainWindow

    folder = _compile(tmp_path, "hi", {("MainWindow", "Today"): "आज",
                                       ("MainWindow", "&Lock now"): "लॉक करें"})
    assert install_translation(qapp, "hi", folder)
    try:
        w = MainWindow(ctx)
        qtbot.addWidget(w)
        assert w.sidebar.item(0).text() == "आज"
        assert w.sidebar.item(1).text() == "Readings"  # untranslated stays English
        texts = [a.text() for m in w.menuBar().actions() for a in m.menu().actions()]
        assert "लॉक करें" in texts
        w.go(PAGES.index("Readings"))  # page keys are unaffected by the translation
        assert w.sidebar.currentRow() == 1
    finally:
        assert not install_translation(qapp, "en")
        ctx.tasks.wait_idle()
    w2 = MainWindow(ctx)
    qtbot.addWidget(w2)
    assert w2.sidebar.item(0).text() == "Today"
    ctx.tasks.wait_idle()


def test_missing_translation_falls_back_to_english(qapp, tmp_path) -> None:
    assert not install_translation(qapp, "ta", tmp_path)


@pytest.mark.parametrize("language", ["hi", "ta"])
def test_translator_sources_list_the_main_window_strings(language: str) -> None:
    ts = ElementTree.parse(translations_dir() / f"healthdesk_{language}.ts").getroot()
    sources = {(c.findtext("name"), m.findtext("source"))
               for c in ts.iter("context") for m in c.iter("message")}
    assert {("MainWindow", p) for p in PAGES} <= sources
    assert len(sources) > 100
