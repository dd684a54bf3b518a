"""Choosing a language in Settings changes the open window at once and keeps what was typed."""

from __future__ import annotations

import os

import pytest

from healthdesk.domain import i18n as core_i18n
from healthdesk.ui import i18n
from healthdesk.ui.main_window import PAGES
from healthdesk.ui.qt import QLocale


@pytest.fixture
def back_to_english(qapp, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("HEALTHDESK_LANG", "en")
    before = QLocale()
    yield
    QLocale.setDefault(before)
    i18n.set_ui_language(qapp, "en")
    i18n.install_translation(qapp, None)  # as the other tests expect: no catalogue
    core_i18n.set_language(None)
    os.environ["HEALTHDESK_LANG"] = "en"  # monkeypatch restores the original after


def test_switching_rebuilds_pages_and_keeps_typed_input(qtbot, qapp, window, ctx,
                                                        back_to_english) -> None:
    window.go(PAGES.index("Readings"))
    page = window.page("Readings")
    page.entry.form.note.setText("after the evening walk")
    record_menu = window._texts[0][0]  # the Record menu
    before = record_menu.title()

    assert i18n.set_ui_language(qapp, i18n.PSEUDO)
    qtbot.waitUntil(lambda: window.page("Readings") is not page, timeout=5_000)
    rebuilt = window.page("Readings")
    assert rebuilt.entry.form.note.text() == "after the evening walk"
    assert i18n.is_pseudo(window.sidebar.item(0).text())
    assert i18n.is_pseudo(record_menu.title()) and record_menu.title() != before
    assert window.stack.currentWidget() is rebuilt
    assert core_i18n.current_language() == "en"  # the pseudo-language is Qt's only
    ctx.tasks.wait_idle()

    i18n.set_ui_language(qapp, "hi")
    qtbot.waitUntil(lambda: window.sidebar.item(0).text() == "आज", timeout=5_000)
    assert core_i18n.current_language() == "hi"
    assert os.environ["HEALTHDESK_LANG"] == "hi"  # worker threads read the same
    assert QLocale().name() == "hi_IN"
    assert window.page("Readings").entry.form.note.text() == "after the evening walk"
    ctx.tasks.wait_idle()


def test_every_message_is_translated_in_both_languages() -> None:
    from xml.etree import ElementTree

    for lang in ("hi", "ta"):
        root = ElementTree.parse(i18n.translations_dir() / f"healthdesk_{lang}.ts").getroot()
        unfinished = [m.findtext("source") for m in root.iter("message")
                      if m.find("translation").get("type") == "unfinished"]
        assert not unfinished, f"{lang}: {len(unfinished)} unfinished, e.g. {unfinished[:3]}"


def test_languages_are_offered_in_their_own_script() -> None:
    from healthdesk.ui.pages.settings_appearance import available_languages

    assert available_languages() == [("en", "English"), ("hi", "हिन्दी"), ("ta", "தமிழ்")]


def test_first_run_wizard_offers_the_language_and_keeps_the_passphrase(
        qtbot, qapp, tmp_path, back_to_english) -> None:
    from healthdesk.ui.dialogs.unlock import FirstRunWizard

    wizard = FirstRunWizard(tmp_path / "new-record")
    qtbot.addWidget(wizard)
    assert [wizard.language_box.itemText(i) for i in range(wizard.language_box.count())] \
        == ["English", "हिन्दी", "தமிழ்"]
    wizard.passphrase_form.new.setText("tulip ladder ocean piano")
    old_step = wizard.stack.widget(0)
    wizard.language_box.setCurrentIndex(wizard.language_box.findData("ta"))
    qtbot.waitUntil(lambda: wizard.stack.widget(0) is not old_step, timeout=5_000)
    assert wizard.windowTitle() == "HealthDesk க்கு வரவேற்கிறோம்"
    assert wizard.passphrase_form.new.text() == "tulip ladder ocean piano"
    assert wizard.language_box.currentData() == "ta" and wizard.language == "ta"
    assert core_i18n.current_language() == "ta"
