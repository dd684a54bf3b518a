"""Documents: list, import (button or drag and drop), details, export, and a preview.

Images, text and PDFs are previewed here, from the bytes in the encrypted store: PDF
pages are rendered in memory by pypdfium2 (ui/pdf_preview.py), so no decrypted copy is
written to disk. "Open in another app" must hand the system viewer a file: it says so,
writes a temporary decrypted copy in a private folder, and the copy is removed when the
app quits.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from healthdesk.services.errors import ValidationError

from ..context import UiContext
from ..dialogs.record_forms import document_form
from ..pdf_preview import PdfPreview, render_pdf
from ..qt import (
    QT_TRANSLATE_NOOP,
    QApplication,
    QCoreApplication,
    QDesktopServices,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QImage,
    QLabel,
    QPixmap,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    Qt,
    QUrl,
    QVBoxLayout,
    QWidget,
)
from .records_common import Column, ListSection, error_text, fmt_date

MAX_TEXT_PREVIEW = 200_000
_PDF_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")


def pdf_pages(data: bytes) -> int | None:
    """Pages in a PDF, counted from its page objects (None when it cannot tell)."""
    n = len(_PDF_PAGE.findall(data))
    return n or None


def preview_kind(mime: str) -> str:
    if mime == "application/pdf":
        return "pdf"
    if mime.startswith("image/") and mime not in ("image/tiff", "image/dicom"):
        return "image"
    if mime.startswith("text/") or mime in ("application/json", "application/xml"):
        return "text"
    return "other"


def decode_preview(view: Any, data: bytes) -> dict[str, Any]:
    """Runs on the worker: turn bytes into something the GUI thread can show at once."""
    kind = preview_kind(view.mime_type)
    out: dict[str, Any] = {"id": view.id, "kind": kind}
    if kind == "image":
        image = QImage()
        if image.loadFromData(data):
            out["image"] = image
        else:
            out["kind"] = "other"
    elif kind == "text":
        out["text"] = data[:MAX_TEXT_PREVIEW].decode("utf-8", errors="replace")
        out["truncated"] = len(data) > MAX_TEXT_PREVIEW
    elif kind == "pdf":
        rendered = render_pdf(data)
        out["pdf"] = rendered
        out["pages"] = rendered.page_count or pdf_pages(data)
    return out


def _temp_cleaner(services: set[Any]) -> Any:
    def clean() -> None:
        # File removal only (no database): safe, and the worker may be gone at quit.
        for svc in list(services):
            svc.cleanup_temporary()
        services.clear()
    return clean


class PreviewPane(QWidget):
    """Shows the selected document: image, text, or facts about it."""

    def __init__(self) -> None:
        super().__init__()
        self.title = QLabel(self.tr("No document selected"))
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 16px; font-weight: 700;")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.stack = QStackedWidget()
        self.note = QLabel(self.tr("Choose a document to see it here.\n\nYou can also drag files "
                           "from your computer onto the list to add them."))
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setStyleSheet("color: #555; font-size: 15px;")
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setAccessibleName(self.tr("Image preview"))
        self.image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Text preview"))
        self.pdf = PdfPreview()
        for w in (self.note, self.image, self.text, self.pdf):
            self.stack.addWidget(w)
        self.open_button = QPushButton(self.tr("Open in another app"))
        self.save_button = QPushButton(self.tr("Save a copy…"))
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 0, 0, 0)
        lay.addWidget(self.title)
        lay.addWidget(self.facts)
        lay.addWidget(self.stack, 1)
        lay.addLayout(row)
        self._image: QImage | None = None
        self.show_nothing()

    def show_nothing(self, text: str = "") -> None:
        if text:
            self.note.setText(text)
        self.stack.setCurrentWidget(self.note)
        self._image = None
        self.image.clear()

    def show_document(self, view: Any, info: dict[str, Any]) -> None:
        self.title.setText(view.title)
        facts = [view.category_label, view.size_text, view.mime_type]
        if view.document_date:
            facts.insert(1, fmt_date(view.document_date))
        if info.get("pages"):
            facts.append(f"{info['pages']} page{'s' if info['pages'] != 1 else ''}")
        self.facts.setText(" · ".join(facts))
        kind = info["kind"]
        if kind == "image":
            self._image = info["image"]
            self.stack.setCurrentWidget(self.image)
            self._scale()
        elif kind == "text":
            more = "\n\n[…the rest is not shown; open it in another app]" \
                if info.get("truncated") else ""
            self.text.setPlainText(info["text"] + more)
            self.stack.setCurrentWidget(self.text)
        elif kind == "pdf":
            rendered = info["pdf"]
            if rendered.pages:
                self.pdf.show_pages(rendered)
                self.stack.setCurrentWidget(self.pdf)
            else:
                self.show_nothing(rendered.problem or "This PDF has no pages to show.")
        else:
            self.show_nothing(self.tr(
                    "This kind of file ({mime_type}) cannot be shown here.\n\nPress “Open in "
                    "another app” or “Save a copy…”.").format(mime_type=view.mime_type))

    def pixmap(self) -> QPixmap | None:
        pm = self.image.pixmap()
        return None if pm is None or pm.isNull() else pm

    def _scale(self) -> None:
        if self._image is None:
            return
        size = self.stack.size()
        pm = QPixmap.fromImage(self._image)
        # Fit the pane; enlarge small images (scans, ECG strips) up to 3x to be readable.
        fit = min(size.width() / max(1, pm.width()), size.height() / max(1, pm.height()), 3.0)
        if abs(fit - 1.0) > 0.05:
            pm = pm.scaled(max(1, int(pm.width() * fit)), max(1, int(pm.height() * fit)),
                           Qt.AspectRatioMode.KeepAspectRatio,
                           Qt.TransformationMode.SmoothTransformation)
        self.image.setPixmap(pm)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._scale()


class DocumentsSection(ListSection):
    noun = "document"
    add_text = QT_TRANSLATE_NOOP("Labels", "Import…")
    intro = (QT_TRANSLATE_NOOP("Labels",
            "Lab reports, prescriptions, scans and letters, kept encrypted inside the "
             "record. Drag files onto the list to add them."))
    empty_text = QT_TRANSLATE_NOOP("Labels", "No documents yet. Press Import… or drag files here.")
    columns = (
        Column(QT_TRANSLATE_NOOP("Column", "Title"), lambda d: d.title, bold=True),
        Column(QT_TRANSLATE_NOOP("Column", "Category"), lambda d: d.category_label),
        Column(QT_TRANSLATE_NOOP("Column", "Date"), lambda d: fmt_date(d.document_date)),
        Column(QT_TRANSLATE_NOOP("Column", "Tags"), lambda d: ", ".join(d.tags)),
        Column(QT_TRANSLATE_NOOP("Column", "Size"), lambda d: d.size_text),
    )

    def __init__(self, ctx: UiContext) -> None:
        self._opened: set[Any] = set()
        super().__init__(ctx)
        self.add_button.setToolTip(self.tr("Add files from this computer (Ctrl+O)"))
        self.add_button.setShortcut("Ctrl+O")
        self.edit_button.setText(self.tr("Edit details…"))
        self.setAcceptDrops(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._preview())
        self.preview.open_button.clicked.connect(self.open_external_action)
        self.preview.save_button.clicked.connect(self.save_copy_action)
        self.preview.open_button.setToolTip(self.tr("Open it in the program your computer uses for "
                                            "this kind of file: this writes a decrypted copy "
                                            "to a private temporary folder, removed when "
                                            "HealthDesk quits"))
        self.preview.save_button.setToolTip(self.tr("Write a copy of this document to a folder you "
                                            "choose"))
        self._preview_id: str | None = None
        cleaner = _temp_cleaner(self._opened)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(cleaner)
        self.destroyed.connect(lambda *_: cleaner())
        self.cleanup_temporary = cleaner

    def body(self) -> QWidget:
        self.preview = PreviewPane()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        return split

    def _enable(self) -> None:
        super()._enable()
        has = self.current() is not None
        if hasattr(self, "preview"):
            self.preview.open_button.setEnabled(has)
            self.preview.save_button.setEnabled(has)

    def load(self, profile_id: str) -> Any:
        return self.ctx.record.documents.for_profile(profile_id)

    def form(self, row: Any) -> Any:
        return document_form(self.ctx, row, self)

    def delete_work(self, row: Any) -> None:
        self.ctx.record.documents.delete(row.id)

    def describe(self, row: Any) -> str:
        return self.tr(
                "the document “{title}” (its stored copy is removed from the record)").format(
                        title=row.title)

    # -- import --------------------------------------------------------------------

    def add_action(self) -> None:
        if not self.ctx.profile_id:
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import documents"), str(Path.home()),
            self.tr("Documents (*.pdf *.png *.jpg *.jpeg *.gif *.webp *.txt *.dcm);;All files (*)"))
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: list[str]) -> None:
        """Import each file; the one path used by Import… and by drag and drop."""
        pid = self.ctx.profile_id
        if not pid or not paths:
            return
        self.say(self.tr("Importing %n files…", "", len(paths)))

        def work() -> list[tuple[str, Any]]:
            out: list[tuple[str, Any]] = []
            for p in paths:
                try:
                    out.append((p, self.ctx.record.documents.import_file(pid, p)))
                except ValidationError as exc:
                    out.append((p, exc))
            return out

        self.ctx.run(work, self._imported, self.show_error)

    def _imported(self, results: list[tuple[str, Any]]) -> None:
        done = [v for _p, v in results if not isinstance(v, BaseException)]
        problems = [f"{Path(p).name}: {v}" for p, v in results if isinstance(v, BaseException)]
        lines = []
        if done:
            lines.append(self.tr("Imported %n documents.", "", len(done)))
            self._select_after = done[-1].id
        lines.extend(problems)
        self.say("\n".join(lines), "error" if problems else "ok")
        self.ctx.status_event.emit(lines[0] if lines else "")

    @staticmethod
    def _local_files(event: Any) -> list[str]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]

    def dragEnterEvent(self, event: Any) -> None:
        if self.ctx.profile_id and self._local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: Any) -> None:
        paths = self._local_files(event)
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)
        else:
            event.ignore()

    # -- preview, export, open -----------------------------------------------------

    def _preview(self) -> None:
        view = self.current()
        if view is None:
            self._preview_id = None
            self.preview.title.setText(self.tr("No document selected"))
            self.preview.facts.clear()
            self.preview.show_nothing()
            return
        if view.id == self._preview_id:
            return
        self._preview_id = view.id
        self.preview.title.setText(view.title)
        self.preview.show_nothing(self.tr("Loading…"))

        def work() -> dict[str, Any]:
            return decode_preview(view, self.ctx.record.documents.read_bytes(view.id))

        def done(info: dict[str, Any]) -> None:
            if info["id"] == self._preview_id:
                self.preview.show_document(view, info)

        def failed(exc: BaseException) -> None:
            if view.id == self._preview_id:
                self.preview.show_nothing(error_text(exc))

        self.ctx.run(work, done, failed)

    def save_copy_action(self) -> None:
        view = self.current()
        if view is None:
            return
        name = view.filename or view.title
        dest, _ = QFileDialog.getSaveFileName(self, "Save a copy", str(Path.home() / name))
        if dest:
            self.save_copy_to(view, dest)

    def save_copy_to(self, view: Any, dest: str) -> None:
        # The save dialog has already asked before replacing an existing file.
        self.ctx.run(lambda: self.ctx.record.documents.export_file(view.id, dest,
                                                                   overwrite=True),
                     lambda path: self._say(self.tr("Saved a copy to {path}.").format(path=path)),
                             self.show_error)

    def open_external_action(self) -> None:
        view = self.current()
        if view is None:
            return
        docs = self.ctx.record.documents
        self._opened.add(docs)

        def opened(path: Path) -> None:
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                self._say(QCoreApplication.translate("DocumentsSection",
                        "No program on this computer opens this kind of file. "
                          "Use “Save a copy…” instead."), "error")
                return
            self._say(QCoreApplication.translate("DocumentsSection",
                    "Opened a decrypted copy of {title} in another app: it was written to a "
                    "private temporary folder and is removed when HealthDesk quits.").format(
                            title=view.title))

        self.ctx.run(lambda: docs.open_temporary(view.id), opened, self.show_error)

    def _say(self, text: str, tone: str = "ok") -> None:
        self.say(text, tone)
        self.ctx.status_event.emit(text)
