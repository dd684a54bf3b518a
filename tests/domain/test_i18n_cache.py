"""The core's language is read from the environment once, and again after set_language."""

from __future__ import annotations

import pytest

from healthdesk.domain import i18n


@pytest.fixture(autouse=True)
def _back_to_default(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("HEALTHDESK_LANG", "en")
    i18n.set_language(None)
    yield
    monkeypatch.setenv("HEALTHDESK_LANG", "en")
    i18n.set_language(None)


def test_environment_is_read_once_then_again_after_set_language(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert i18n.current_language() == "en"
    reads: list[str] = []
    real = i18n._default_language

    def counted() -> str:
        reads.append("read")
        return real()

    monkeypatch.setattr(i18n, "_default_language", counted)
    for _ in range(50):
        i18n._("Taken at cannot be in the future.")
    assert reads == []  # cached: no environment read per message

    monkeypatch.setenv("HEALTHDESK_LANG", "hi")
    i18n.set_language(None)  # back to the environment's language: read it again
    assert i18n.current_language() == "hi"
    assert reads == ["read"]
    assert i18n._("Taken at cannot be in the future.") != "Taken at cannot be in the future."


def test_chosen_language_wins_over_the_cached_environment() -> None:
    assert i18n.current_language() == "en"
    i18n.set_language("ta")
    assert i18n.current_language() == "ta"
    with i18n.language("hi"):
        assert i18n.current_language() == "hi"
    i18n.set_language(None)
    assert i18n.current_language() == "en"
