"""The command line in Hindi and Tamil: HEALTHDESK_LANG, the locale, --lang."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_cli import no_traceback, run


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("lang") / "store"
    assert run("init", data=data).returncode == 0
    assert run("profiles", "add", "Asha Rao", "--language", "ta", data=data).returncode == 0
    return data


def test_a_bad_reading_is_refused_in_hindi(store: Path) -> None:
    p = run("readings", "add", "blood_pressure", "400/80", data=store,
            env={"HEALTHDESK_LANG": "hi"})
    assert p.returncode == 2
    no_traceback(p)
    assert "सिस्टोलिक (ऊपर वाला) 50 और 300 mmHg के बीच होना चाहिए।" in p.stderr
    listed = run("readings", "list", "--json", data=store)
    assert listed.returncode == 0 and listed.stdout.strip() == "[]"  # nothing was saved


def test_the_locale_and_lang_option(store: Path) -> None:
    p = run("readings", "add", "glucose", "abc", data=store, env={"LANG": "ta_IN.UTF-8"})
    assert p.returncode == 2 and "சர்க்கரை அளவு (குளுக்கோஸ்) எண்ணாக இருக்க வேண்டும்." in p.stderr
    # --lang wins over the environment, wherever it is written on the line.
    p = run("readings", "add", "glucose", "abc", "--lang", "hi", data=store,
            env={"HEALTHDESK_LANG": "ta"})
    assert p.returncode == 2 and "शुगर (ग्लूकोज़) संख्या होनी चाहिए।" in p.stderr
    p = run("readings", "add", "glucose", "abc", data=store, env={"HEALTHDESK_LANG": "en"})
    assert "Glucose must be a number." in p.stderr


def test_tables_help_and_argparse_speak_tamil(store: Path) -> None:
    assert run("readings", "add", "blood_pressure", "128/82", data=store).returncode == 0
    p = run("--lang", "ta", "readings", "list", data=store)
    assert p.returncode == 0
    header, row = p.stdout.splitlines()[:2]
    assert header.split()[:2] == ["எடுத்த", "நேரம்"]
    assert "உயர் இரத்த அழுத்தம் (நிலை 1)" in row
    helped = run("--lang", "ta", "readings", "add", "--help", data=store)
    assert "ஒரு அளவீட்டைப் பதிவு செய்யும்" in helped.stdout
    assert "இந்த உதவிச் செய்தியைக் காட்டி வெளியேறும்" in helped.stdout  # argparse's own
    wrong = run("--lang", "ta", "readings", "add", "--nope", data=store)
    assert wrong.returncode == 2 and "அடையாளம் தெரியாத அளவுருக்கள்: --nope" in wrong.stderr


def test_an_unknown_language_is_refused_by_name(store: Path) -> None:
    p = run("--lang", "fr", "readings", "list", data=store)
    assert p.returncode == 2 and "--lang" in p.stderr and "fr" in p.stderr
    no_traceback(p)
