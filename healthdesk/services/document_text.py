"""The words inside documents, for full-text search.

A PDF's text layer is read with pypdf. A scanned image (PNG, JPEG, TIFF) is read by OCR
with tesseract, run as a program, only where it is installed (an optional extra: no
Python binding, no download); English plus Hindi and Tamil where their language data is
there. A scanned PDF (pages that are pictures) yields no text here: OCR of PDF pages
would need them rendered first, which is left for later.

Text is extracted when a document is imported, and lazily for documents that arrived
another way (synced from another device, or in a store from before revision 0007): the
next search extracts those first, a bounded number at a time. The result, even "no
text", is kept in ``document_texts`` so nothing is read twice.
"""

from __future__ import annotations

import io
import logging
import shutil
import subprocess
from functools import lru_cache

from sqlalchemy import select

from healthdesk.store.models import Document, DocumentText
from healthdesk.store.vault import Store

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 200_000
MAX_PDF_PAGES = 200
OCR_TIMEOUT_S = 60
OCR_LANGUAGES = ("eng", "hin", "tam")
IMAGE_TYPES = ("image/png", "image/jpeg", "image/tiff", "image/bmp", "image/webp")
PENDING_BATCH = 20


def tesseract_path() -> str | None:
    return shutil.which("tesseract")


@lru_cache(maxsize=1)
def ocr_languages() -> tuple[str, ...]:
    """The wanted languages whose data this tesseract has (empty without tesseract)."""
    exe = tesseract_path()
    if exe is None:
        return ()
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True,
                             timeout=OCR_TIMEOUT_S, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return ()
    have = {line.strip() for line in out.splitlines()[1:]}
    return tuple(lang for lang in OCR_LANGUAGES if lang in have)


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            return ""  # a password-protected PDF: nothing to read without it
        parts = []
        for page in reader.pages[:MAX_PDF_PAGES]:
            parts.append(page.extract_text() or "")
            if sum(map(len, parts)) > MAX_TEXT_CHARS:
                break
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        log.info("no text read from a PDF: %s", exc)
        return ""
    return "\n".join(parts)


def ocr_text(data: bytes) -> str | None:
    """OCR of an image, or None when tesseract (or its language data) is not here."""
    exe, langs = tesseract_path(), ocr_languages()
    if exe is None or not langs:
        return None
    try:
        done = subprocess.run([exe, "stdin", "stdout", "-l", "+".join(langs)], input=data,
                              capture_output=True, timeout=OCR_TIMEOUT_S, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        log.info("OCR failed: %s", exc)
        return ""
    return done.stdout.decode("utf-8", "replace") if done.returncode == 0 else ""


def extract(data: bytes, mime_type: str) -> tuple[str, str] | None:
    """(method, text) for these bytes; None when this device cannot read this kind yet
    (an image with no tesseract): it is then tried again once tesseract is installed."""
    if mime_type == "application/pdf" or data.startswith(b"%PDF-"):
        return "pdf", " ".join(pdf_text(data).split())[:MAX_TEXT_CHARS]
    if mime_type in IMAGE_TYPES:
        text = ocr_text(data)
        return None if text is None else ("ocr", " ".join(text.split())[:MAX_TEXT_CHARS])
    if mime_type.startswith("text/"):
        return "text", " ".join(data.decode("utf-8", "replace").split())[:MAX_TEXT_CHARS]
    return "none", ""


class DocumentTextIndex:
    """Keeps ``document_texts`` filled (the search index follows it by trigger)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def index(self, document_id: str, sha256: str, data: bytes, mime_type: str) -> str | None:
        """Extract and keep one document's text; the method used, or None if unread."""
        found = extract(data, mime_type)
        if found is None:
            return None
        method, text = found
        with self._store.write() as s:
            row = s.get(DocumentText, document_id)
            if row is None:
                s.add(DocumentText(document_id=document_id, sha256=sha256, method=method,
                                   text=text, extracted_at=self._store.clock()))
            else:
                row.sha256, row.method, row.text = sha256, method, text
                row.extracted_at = self._store.clock()
        return method

    def pending(self, limit: int = PENDING_BATCH) -> list[str]:
        """Live documents with no text kept yet (images wait for tesseract)."""
        q = (select(Document.id).outerjoin(DocumentText,
                                           DocumentText.document_id == Document.id)
             .where(Document.deleted.is_(False), DocumentText.document_id.is_(None))
             .order_by(Document.created_at))
        if tesseract_path() is None:
            q = q.where(Document.mime_type.not_in(IMAGE_TYPES))
        with self._store.read() as s:
            return list(s.scalars(q.limit(limit)))

    def index_pending(self, limit: int = PENDING_BATCH) -> int:
        """Extract up to ``limit`` waiting documents; how many were read."""
        done = 0
        for doc_id in self.pending(limit):
            with self._store.read() as s:
                doc = s.get(Document, doc_id)
                if doc is None:
                    continue
                sha, mime, data = doc.sha256, doc.mime_type, doc.content
            if self.index(doc_id, sha, data, mime) is not None:
                done += 1
        return done
