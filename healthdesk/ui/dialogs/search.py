"""Ctrl+K: one search box over the whole record.

Results update as the person types: a short timer waits for a pause (so a fast typist
does not queue a search per key), the query runs on the database worker, and results
that arrive for text that has since changed are dropped. Matches the service marks with
``[ ]`` are shown in bold; a hit in another person's record names that person.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import Any

from ..context import UiContext
from ..i18n import tr_label
from ..qt import (
    QT_TRANSLATE_NOOP,
    QAbstractTextDocumentLayout,
    QApplication,
    QCheckBox,
    QColor,
    QDialog,
    QEvent,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QModelIndex,
    QObject,
    QPalette,
    QSize,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QTextDocument,
    QTimer,
    QVBoxLayout,
    QWidget,
)

EMPTY_TEXT = QT_TRANSLATE_NOOP("Labels",
        "Type to search names, notes, medicines, messages and documents.")
DEBOUNCE_MS = 150
LIMIT = 50
HIT_ROLE = Qt.ItemDataRole.UserRole
PARTS_ROLE = Qt.ItemDataRole.UserRole + 1
_MARK = re.compile(r"\[([^\[\]]*)\]")


def marked_to_html(snippet: str) -> str:
    """``"took [metformin] at"`` -> ``"took <b>metformin</b> at"``, everything else escaped."""
    out, pos = [], 0
    for m in _MARK.finditer(snippet):
        out.append(html.escape(snippet[pos:m.start()]))
        out.append(f"<b>{html.escape(m.group(1))}</b>")
        pos = m.end()
    out.append(html.escape(snippet[pos:]))
    return "".join(out)


def plain_snippet(snippet: str) -> str:
    return _MARK.sub(r"\1", snippet)


class HitDelegate(QStyledItemDelegate):
    """Paints a hit as two lines of rich text: what and whose, then the matching words."""

    PAD = 8

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex,
                  selected: bool) -> QTextDocument:
        label, title, person, snippet = index.data(PARTS_ROLE) or ("", "", "", "")
        pal = option.palette
        text = pal.color(QPalette.ColorRole.HighlightedText if selected
                         else QPalette.ColorRole.Text)
        muted = QColor(text)
        if not selected:
            muted = pal.color(QPalette.ColorRole.PlaceholderText)
        first = (f'<span style="color:{muted.name()}">{html.escape(label)}</span>'
                 f'&nbsp;&nbsp;<span style="font-size:large">{html.escape(title)}</span>')
        if person:
            first += (f'&nbsp;&nbsp;<span style="color:{muted.name()}">· '
                      f'{html.escape(person)}</span>')
        body = marked_to_html(snippet) if snippet else ""
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDefaultStyleSheet(f"body {{ color: {text.name()}; }}")
        doc.setHtml(f"<body>{first}" + (f"<br>{body}" if body else "") + "</body>")
        width = option.rect.width()
        if width <= 0 and isinstance(self.parent(), QListWidget):
            width = self.parent().viewport().width()  # type: ignore[union-attr]
        doc.setTextWidth(max(width - 2 * self.PAD, 100))
        return doc

    def paint(self, painter, option, index) -> None:  # type: ignore[no-untyped-def]
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        doc = self._document(opt, index, selected)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        painter.save()
        painter.translate(opt.rect.left() + self.PAD, opt.rect.top() + self.PAD // 2)
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # type: ignore[no-untyped-def]
        doc = self._document(option, index, False)
        return QSize(int(doc.idealWidth()) + 2 * self.PAD, int(doc.size().height()) + self.PAD)


class SearchDialog(QDialog):
    """Search everyone's record (or only the current person's) and open a result."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None,
                 on_open: Callable[[str, str, str], None] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.on_open = on_open
        self.hits: list[Any] = []
        self._names: dict[str, str] = {}
        self._asked: set[str] = set()
        self._alive = True
        self._open_when_ready = False
        self._shown_key: tuple[str, str | None] | None = None
        self.setWindowTitle(self.tr("Search"))
        self.resize(760, 560)
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Search"))
        self.field.setAccessibleName(self.tr("Search the record"))
        self.field.setToolTip(self.tr("Search ({0}). Up and Down choose a result, Enter "
                                      "opens it.").format(QKeySequence("Ctrl+K").toString(
                                          QKeySequence.SequenceFormat.NativeText)))
        self.field.setClearButtonEnabled(True)
        font = self.field.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.field.setFont(font)
        self.field.setMinimumHeight(40)
        self.only_check = QCheckBox(self.tr("Only the current person"))
        self.only_check.setEnabled(bool(ctx.profile_id))
        self.only_check.setToolTip(self.tr("Search only the current person's record"))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.itemActivated.connect(self._open_item)
        self.results.itemDoubleClicked.connect(self._open_item)
        self.status = QLabel(tr_label(EMPTY_TEXT))
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Search status"))
        # When there is nothing to list, say why in the middle of the list's space.
        self.placeholder = QLabel(tr_label(EMPTY_TEXT))
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setMargin(24)
        font = self.placeholder.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.placeholder.setFont(font)
        self.placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.body = QStackedWidget()
        self.body.addWidget(self.placeholder)
        self.body.addWidget(self.results)
        self.status.hide()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.search_now)
        self.field.textChanged.connect(self._text_changed)
        self.only_check.toggled.connect(lambda _c: self._text_changed(self.field.text()))
        self.field.installEventFilter(self)
        top = QHBoxLayout()
        top.addWidget(self.field, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 18, 18, 14)
        lay.setSpacing(10)
        lay.addLayout(top)
        lay.addWidget(self.only_check)
        lay.addWidget(self.body, 1)
        lay.addWidget(self.status)
        self.field.setFocus()
        self._load_names()

    # -- people ------------------------------------------------------------------------

    def _load_names(self) -> None:
        ctx = self.ctx

        def done(profiles: list[Any]) -> None:
            if not self._alive:
                return
            self._names = {p.id: p.name for p in profiles}
            name = self._names.get(ctx.profile_id)
            if name:
                self.only_check.setText(self.tr("Only {0}").format(name))
            if self.hits:  # names arrived after the results: redraw with them
                self._fill(self.hits)

        ctx.run(lambda: ctx.record.profiles.all(), done, lambda _e: None)

    # -- searching -----------------------------------------------------------------------

    def _key(self) -> tuple[str, str | None]:
        only = self.only_check.isChecked() and bool(self.ctx.profile_id)
        return self.field.text(), (self.ctx.profile_id if only else None)

    def _text_changed(self, text: str) -> None:
        if not text.strip():
            self.timer.stop()
            self._shown_key = None
            self._open_when_ready = False
            self.hits = []
            self.results.clear()
            self._say(tr_label(EMPTY_TEXT), False)
            return
        self.timer.start()

    def search_now(self) -> None:
        """Run the search for what is typed now (the timer calls this after a pause)."""
        key = self._key()
        text, profile_id = key
        if not text.strip():
            return
        ctx = self.ctx

        def done(hits: list[Any]) -> None:
            if not self._alive or key != self._key():
                return  # stale: the text or the filter changed while this ran
            self._shown_key = key
            self._fill(hits)
            if self._open_when_ready and hits:
                self._open_item(self.results.currentItem())
            self._open_when_ready = False

        def failed(exc: BaseException) -> None:
            if self._alive and key == self._key():
                self._say(str(exc), False)

        ctx.run(lambda: ctx.record.search.search(text, profile_id=profile_id, limit=LIMIT),
                done, failed)

    def _fill(self, hits: list[Any]) -> None:
        self.hits = list(hits)
        unknown = {h.profile_id for h in hits} - set(self._names) - self._asked
        if unknown:  # a person added since the dialog opened: fetch names, then redraw
            self._asked |= unknown
            self._load_names()
        self.results.clear()
        for hit in hits:
            person = ""
            if hit.profile_id != self.ctx.profile_id:
                person = self._names.get(hit.profile_id, "")
            item = QListWidgetItem()
            item.setData(HIT_ROLE, hit)
            item.setData(PARTS_ROLE, (hit.label, hit.title, person, hit.snippet))
            spoken = f"{hit.label}: {hit.title}" + (f", {person}" if person else "")
            if hit.snippet:
                spoken += f". {plain_snippet(hit.snippet)}"
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            item.setToolTip(spoken)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        text = self.field.text().strip()
        if not hits:
            self._say(self.tr("Nothing found for “{0}”.").format(text), False)
        elif len(hits) >= LIMIT:
            self._say(self.tr("Showing the best {0} results. Type more words to narrow the "
                              "search.").format(LIMIT), True)
        else:
            count = (self.tr("1 result") if len(hits) == 1
                     else self.tr("{0} results").format(len(hits)))
            self._say(self.tr("{0}. Press Enter to open the highlighted one.").format(count),
                      True)

    def _say(self, text: str, listing: bool) -> None:
        """The status line under the results, or the message in their place when empty."""
        self.status.setText(text)
        self.status.setVisible(listing)
        self.placeholder.setText(text)
        self.body.setCurrentWidget(self.results if listing else self.placeholder)

    # -- opening -------------------------------------------------------------------------

    def _open_item(self, item: QListWidgetItem | None) -> None:
        hit = item.data(HIT_ROLE) if item is not None else None
        if hit is None:
            return
        if self.on_open is not None:
            self.on_open(hit.entity, hit.row_id, hit.profile_id)
        self.accept()

    def open_current(self) -> None:
        """Open the highlighted result (Enter in the search field)."""
        if self.timer.isActive() or self._shown_key != self._key():
            # Enter pressed before the results caught up with the text: search first.
            self.timer.stop()
            self._open_when_ready = True
            self.search_now()
            return
        self._open_item(self.results.currentItem())

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.field and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            count = self.results.count()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                if count:
                    step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5,
                            Qt.Key.Key_PageUp: -5}[key]
                    row = min(max(self.results.currentRow() + step, 0), count - 1)
                    self.results.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
        return super().eventFilter(obj, event)

    def done(self, result: int) -> None:
        self._alive = False
        self.timer.stop()
        super().done(result)
