"""The emergency card: its QR code read back by a real decoder, its text by pypdf."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
import zxingcpp
from pypdf import PdfReader

from healthdesk.domain.errors import ValidationError
from healthdesk.interop import emergency_card
from healthdesk.interop.transfer import Transfer
from healthdesk.services.errors import NotFoundError

from .report_fixtures import fill_person

MM = 72 / 25.4


def _qr_texts(data: bytes, page: int = 0) -> list[str]:
    doc = pdfium.PdfDocument(data)
    image = doc[page].render(scale=300 / 72).to_pil()
    return [b.text for b in zxingcpp.read_barcodes(image)]


def test_wallet_card_front_and_back(record) -> None:  # type: ignore[no-untyped-def]
    pid = fill_person(record)
    data = Transfer(record).emergency_card(pid)
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 2
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
            (85.6 * MM, 54 * MM), abs=0.1)
    front = " ".join(reader.pages[0].extract_text().split())
    back = " ".join(reader.pages[1].extract_text().split())
    for expected in ("EMERGENCY MEDICAL CARD", "Asha Rao", "Born 1954-02-11",
                     "Blood type B+", "Penicillin (hives) - SEVERE", "Type 2 diabetes"):
        assert expected in front, expected
    for expected in ("Metformin 500 mg", "08:00", "Ravi Rao (Son)", "+91 98450 11223"):
        assert expected in back, expected


def test_qr_code_decodes_to_the_record(record) -> None:  # type: ignore[no-untyped-def]
    pid = fill_person(record)
    data = emergency_card.build_emergency_card(record, pid)
    found = _qr_texts(data)
    assert len(found) == 1
    text = found[0]
    assert text == emergency_card.qr_text(emergency_card.gather(record, pid))
    lines = dict(line.split(": ", 1) for line in text.splitlines()[1:])
    person = record.profiles.get(pid)
    assert lines["Name"] == person.name
    assert lines["Born"] == person.date_of_birth.isoformat()
    assert lines["Blood type"] == "B+"
    assert "Penicillin" in lines["Allergies"]
    assert lines["Conditions"] == "Type 2 diabetes"
    med = record.medications.for_profile(pid)[0]
    assert lines["Medicines"].startswith(med.title)
    assert "+91 98450 11223" in lines["Contacts"]
    assert _qr_texts(data, page=1) == []  # the back carries no code


def test_a4_sheet_has_both_sides_and_the_code(record) -> None:  # type: ignore[no-untyped-def]
    pid = fill_person(record)
    data = emergency_card.build_emergency_card(record, pid, layout="a4")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "Asha Rao" in text and "Ravi Rao" in text and "Cut along" in text
    assert len(_qr_texts(data)) == 1


def test_long_lists_are_cut_on_the_card_not_lost_from_the_code(record) -> None:  # type: ignore[no-untyped-def]
    pid = record.profiles.create(name="Many Allergies").id
    for i in range(12):
        record.allergies.add(pid, f"Substance number {i}", reaction="rash and swelling")
    data = emergency_card.build_emergency_card(record, pid)
    front = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    last = emergency_card.gather(record, pid).allergies[-1]
    assert "…" in front and last not in front
    assert last in _qr_texts(data)[0]


def test_unknown_person_and_layout_are_refused(record) -> None:  # type: ignore[no-untyped-def]
    pid = record.profiles.create(name="Someone").id
    with pytest.raises(NotFoundError):
        emergency_card.build_emergency_card(record, "no-such-id")
    with pytest.raises(ValidationError) as err:
        emergency_card.build_emergency_card(record, pid, layout="poster")
    assert err.value.field == "layout"
