"""PDF pages shown inside the app, rendered in memory from the encrypted store.

pypdfium2 (PDFium, the engine of Chrome's viewer) renders each page from the bytes the
documents service hands over; the pages become QImages on the worker thread and pixmaps
on the GUI thread. No decrypted copy of the file is ever written to disk. Long documents
show their first MAX_PAGES pages (the rest: "Open in another app").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium

from .qt import QImage, QLabel, QPixmap, QScrollArea, QSizePolicy, Qt, QVBoxLayout, QWidget

MAX_PAGES = 20
RENDER_WIDTH_PX = 1000


@dataclass
class RenderedPdf:
    pages: list[QImage]
    page_count: int
    problem: str = ""  # why nothing could be shown, in words


def render_pdf(data: bytes, width_px: int = RENDER_WIDTH_PX,
               max_pages: int = MAX_PAGES) -> RenderedPdf:
    """Runs on the worker: the first pages as images (QImage is safe off the GUI thread)."""
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        why = ("This PDF is protected by a password; open it in another app."
               if "password" in str(exc).lower() else
               f"This PDF cannot be shown here ({exc}).")
        return RenderedPdf([], 0, why)
    try:
        count = len(doc)
        pages = []
        for i in range(min(count, max_pages)):
            page = doc[i]
            scale = width_px / max(1.0, page.get_width())
            bitmap = page.render(scale=scale, rev_byteorder=True)
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB888 if bitmap.n_channels == 3
                           else QImage.Format.Format_RGBA8888).copy()
            pages.append(image)
            page.close()
        return RenderedPdf(pages, count)
    finally:
        doc.close()


class PdfPreview(QScrollArea):
    """The pages one under another, fitted to the pane's width."""

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("PDF preview"))
        self.setWidgetResizable(True)
        self._inner = QWidget()
        self._layout = QVBoxLayout(self._inner)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.setWidget(self._inner)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self._images: list[QImage] = []
        self.labels: list[QLabel] = []

    def show_pages(self, rendered: RenderedPdf) -> None:
        self.clear()
        self._images = rendered.pages
        for i, _image in enumerate(rendered.pages):
            label = QLabel()
            label.setAccessibleName(self.tr("Page {0} of {page_count}").format(i + 1,
                    page_count=rendered.page_count))
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self._layout.addWidget(label)
            self.labels.append(label)
        shown = len(rendered.pages)
        if rendered.page_count > shown:
            self.note.setText(self.tr(
                    "The first {shown} of {page_count} pages are shown; open it in another app to "
                    "see the rest.").format(shown=shown, page_count=rendered.page_count))
            self._layout.addWidget(self.note)
        self._fit()

    def clear(self) -> None:
        for label in self.labels:
            self._layout.removeWidget(label)
            label.deleteLater()
        self.labels = []
        self._images = []
        self._layout.removeWidget(self.note)
        self.note.setParent(None)

    def page_pixmap(self, index: int) -> QPixmap | None:
        pm = self.labels[index].pixmap() if index < len(self.labels) else None
        return None if pm is None or pm.isNull() else pm

    def _fit(self) -> None:
        width = max(200, self.viewport().width() - 24)
        for label, image in zip(self.labels, self._images, strict=True):
            pm = QPixmap.fromImage(image).scaledToWidth(
                width, Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(pm)
            label.setFixedHeight(pm.height())

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.labels:
            self._fit()
