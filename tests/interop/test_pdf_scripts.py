"""Hindi and Tamil in the PDFs: the text a reader copies out is the text written, set in
a font that has it (Noto Sans Devanagari / Tamil, installed by .ci/run)."""

from __future__ import annotations

import io
import logging

import pytest
from pypdf import PdfReader

from healthdesk import fonts
from healthdesk.domain.i18n import language
from healthdesk.interop import emergency_card, report_pdf

from .report_fixtures import fill_person


def _read(data: bytes) -> tuple[str, set[str]]:
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    names = set()
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            names.add(str(font.get_object()["/BaseFont"]))
    return text, names


@pytest.fixture(autouse=True)
def _need_fonts() -> None:
    missing = [s for s in ("deva", "taml") if fonts.script_font(s) is None]
    assert not missing, ("no Noto Sans Devanagari / Tamil on this machine: apt-get install "
                         "fonts-noto-core (.ci/run does)")


def test_a_hindi_visit_summary_reads_back_as_hindi(record) -> None:  # type: ignore[no-untyped-def]
    pid = fill_person(record, name="आशा राव")
    record.conditions.add(pid, "मधुमेह (शुगर)")
    with language("hi"):
        text, names = _read(report_pdf.build_visit_summary(record, pid))
    for expected in ("मुलाक़ात सारांश: आशा राव", "बीमारियाँ", "मधुमेह (शुगर)", "एलर्जी",
                     "इस अवधि की रीडिंग", "शुगर (ग्लूकोज़): 30 रीडिंग",
                     "रक्तचाप (बीपी): 30 रीडिंग", "जन्म 11 फ़र॰ 1954"):
        assert expected in text, expected
    assert text.count("?") == text.count("earlier?")  # no glyph replaced by "?"
    assert any("NotoSansDevanagari" in n for n in names), names


def test_a_tamil_card_in_its_persons_language(record) -> None:  # type: ignore[no-untyped-def]
    pid = fill_person(record, name="மீனா சுந்தரம்")
    record.profiles.update(pid, language="ta")
    text, names = _read(emergency_card.build_emergency_card(record, pid))
    for expected in ("மீனா சுந்தரம்", "ALLERGIES / ஒவ்வாமைகள்", "CONDITIONS / நோய் நிலைகள்",
                     "Penicillin (hives) - கடுமையானது", "இரத்த வகை B+"):
        assert expected in text, expected
    assert any("NotoSansTamil" in n for n in names), names
    # The QR code stays in English: any phone, any first responder.
    assert emergency_card.qr_text(emergency_card.gather(record, pid)).startswith(
        "EMERGENCY MEDICAL INFO")


def test_a_missing_script_font_is_said_once(record, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                            caplog: pytest.LogCaptureFixture) -> None:
    pid = record.profiles.create(name="आशा").id
    monkeypatch.setattr(fonts, "script_font", lambda script: None)
    monkeypatch.setattr(fonts, "_warned", set())
    with caplog.at_level(logging.WARNING, logger="healthdesk.fonts"):
        for _ in range(2):
            text, _names = _read(report_pdf.build_visit_summary(record, pid))
    assert "???" in text
    warnings = [r for r in caplog.records if "Devanagari" in r.getMessage()]
    assert len(warnings) == 1 and "fonts-noto-core" in warnings[0].getMessage()
