"""Text inside documents reaches full-text search: PDFs by pypdf, scans by tesseract
where it is installed; the hit says whose record it is in and follows the document."""

from __future__ import annotations

import io
import shutil

import pytest
from fpdf import FPDF
from sqlalchemy import text

from healthdesk.services import document_text


def lab_pdf(*lines: str) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    for line in lines:
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_pdf_text_is_found_and_names_the_person(record, profile_id) -> None:  # type: ignore[no-untyped-def]
    other = record.profiles.create(name="Ravi Rao").id
    doc = record.documents.import_bytes(
        profile_id, lab_pdf("City Lab report", "Serum creatinine 1.1 mg/dL", "eGFR 72"),
        "march.pdf", title="March bloods")
    record.documents.import_bytes(other, lab_pdf("Chest X-ray: clear"), "xray.pdf")
    [hit] = record.search.search("creatinine")
    assert (hit.entity, hit.row_id, hit.profile_id) == ("documents", doc.id, profile_id)
    assert hit.title == "March bloods" and "[creatinine]" in hit.snippet.lower()
    assert hit.profile_name == "Asha Rao"
    assert hit.where == "Document in Asha Rao's record"
    assert record.search.search("egfr", profile_id=other) == []
    # a title word and a text word of one document give one hit, not two
    assert len(record.search.search("march")) == 1


def test_text_follows_the_document(record, profile_id) -> None:  # type: ignore[no-untyped-def]
    doc = record.documents.import_bytes(profile_id, lab_pdf("HbA1c 7.2 percent"), "a.pdf")
    record.documents.update(doc.id, title="Diabetes panel")
    [hit] = record.search.search("hba1c")
    assert hit.title == "Diabetes panel"
    record.documents.delete(doc.id)
    assert record.search.search("hba1c") == []


def test_documents_without_text_are_read_on_the_next_search(record, profile_id) -> None:  # type: ignore[no-untyped-def]
    doc = record.documents.import_bytes(profile_id, lab_pdf("Ferritin 35 ng/mL"), "f.pdf")
    with record.store.write() as s:  # as a document synced from elsewhere arrives
        s.execute(text("DELETE FROM document_texts"))
    with record.store.read() as s:
        assert s.execute(text("SELECT count(*) FROM search_index WHERE search_index MATCH "
                              "'body:ferritin'")).scalar() == 0
    [hit] = record.search.search("ferritin")
    assert hit.row_id == doc.id
    assert document_text.DocumentTextIndex(record.store).pending() == []


def test_unreadable_pdf_and_other_files_import_with_no_text(record, profile_id) -> None:  # type: ignore[no-untyped-def]
    record.documents.import_bytes(profile_id, b"%PDF-1.4 broken beyond repair", "bad.pdf")
    record.documents.import_bytes(profile_id, b"PK\x03\x04 not a pdf", "notes.zip")
    assert record.search.search("broken") == []
    assert document_text.DocumentTextIndex(record.store).pending() == []


def test_extract_reads_pdf_text_and_plain_text() -> None:
    method, words = document_text.extract(lab_pdf("Vitamin D 18 ng/mL"), "application/pdf")
    assert method == "pdf" and "Vitamin D 18 ng/mL" in words
    assert document_text.extract(b"plain words", "text/plain") == ("text", "plain words")


@pytest.mark.skipif(shutil.which("tesseract") is None,
                    reason="tesseract is not installed (OCR is an optional extra)")
def test_scanned_image_is_read_by_ocr(record, profile_id) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image, ImageDraw, ImageFont

    from healthdesk.interop.pdf_layout import font_dir

    folder = font_dir()
    assert folder is not None
    image = Image.new("L", (900, 200), 255)
    font = ImageFont.truetype(str(folder / "DejaVuSans.ttf"), 48)
    ImageDraw.Draw(image).text((20, 60), "Haemoglobin 13.5", fill=0, font=font)
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    doc = record.documents.import_bytes(profile_id, buf.getvalue(), "scan.png")
    assert [h.row_id for h in record.search.search("haemoglobin")] == [doc.id]


@pytest.mark.skipif(shutil.which("tesseract") is None,
                    reason="tesseract is not installed (OCR is an optional extra)")
@pytest.mark.parametrize(("lang", "line", "query", "script"), [
    ("hin", "मधुमेह जांच रिपोर्ट", "मधुमेह", "deva"),
    ("tam", "இரத்த அழுத்தம் அறிக்கை", "அழுத்தம்", "taml"),
])
def test_scans_in_hindi_and_tamil_are_searchable(record, profile_id, lang: str, line: str,  # type: ignore[no-untyped-def]
                                                 query: str, script: str) -> None:
    from PIL import Image, ImageDraw, ImageFont

    from healthdesk import fonts

    if lang not in document_text.ocr_languages():
        pytest.skip(f"tesseract has no {lang} language data")
    found = fonts.script_font(script)
    if found is None:
        pytest.skip(f"no {script} font is installed (fonts-noto-core)")
    image = Image.new("L", (1300, 220), 255)
    ImageDraw.Draw(image).text((20, 60), line, fill=0,
                               font=ImageFont.truetype(str(found.regular), 64))
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    doc = record.documents.import_bytes(profile_id, buf.getvalue(), f"scan-{lang}.png")
    assert [h.row_id for h in record.search.search(query)] == [doc.id]
