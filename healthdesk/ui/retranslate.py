"""A new language while the window is open: rebuild the pages, keep what was typed.

Every page builds its texts with ``tr()`` in its constructor, so the simplest complete
retranslation is to build the page again. Before that, the values of the page's input
widgets (line edits, text boxes, spin boxes, combo boxes, check boxes, date/time edits)
are read by the attribute that holds them (``page.note``, ``page.entry.value_edit``) and
written back into the new page's widgets of the same attributes, so an unsaved reading
or note survives the switch. Dialogs are modal: none is open while Settings is used.
"""

from __future__ import annotations

from typing import Any

from .qt import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTextEdit,
    QWidget,
)

State = dict[str, Any]
_DEPTH = 3  # page.section.form.widget is as deep as input goes


def _value(w: QWidget) -> Any:
    if isinstance(w, QLineEdit):
        return w.text()
    if isinstance(w, QPlainTextEdit):
        return w.toPlainText()
    if isinstance(w, QTextEdit):
        return None if w.isReadOnly() else w.toPlainText()
    if isinstance(w, QDateTimeEdit):
        return w.dateTime()
    if isinstance(w, (QSpinBox, QDoubleSpinBox)):
        return w.value()
    if isinstance(w, QComboBox):
        return ("data", w.currentData()) if w.currentData() is not None \
            else ("index", w.currentIndex())
    if isinstance(w, QAbstractButton) and w.isCheckable():
        return w.isChecked()
    if isinstance(w, QTabWidget):
        return w.currentIndex()
    return None


def _set(w: QWidget, value: Any) -> None:
    if isinstance(w, QLineEdit):
        w.setText(value)
    elif isinstance(w, (QPlainTextEdit, QTextEdit)):
        w.setPlainText(value)
    elif isinstance(w, QDateTimeEdit):
        w.setDateTime(value)
    elif isinstance(w, (QSpinBox, QDoubleSpinBox)):
        w.setValue(value)
    elif isinstance(w, QComboBox):
        kind, v = value
        index = w.findData(v) if kind == "data" else v
        if 0 <= index < w.count():
            w.setCurrentIndex(index)
    elif isinstance(w, QAbstractButton):
        w.setChecked(value)
    elif isinstance(w, QTabWidget) and 0 <= value < w.count():
        w.setCurrentIndex(value)


def _children(obj: object) -> list[tuple[str, object]]:
    try:
        items = list(vars(obj).items())
    except TypeError:
        return []
    return [(k, v) for k, v in items if not k.startswith("__") and isinstance(v, QWidget)]


def capture(page: QWidget) -> State:
    """The typed values of ``page``'s input widgets, keyed by attribute path."""
    state: State = {}

    def walk(obj: object, prefix: str, depth: int) -> None:
        for name, w in _children(obj):
            path = f"{prefix}{name}"
            if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox,
                              QComboBox, QAbstractButton, QTabWidget)):
                value = _value(w)
                if value is not None:
                    state[path] = value
            if depth < _DEPTH:
                walk(w, path + ".", depth + 1)

    walk(page, "", 1)
    return state


def restore(page: QWidget, state: State) -> int:
    """Write ``state`` back into the same attributes of a rebuilt page; how many were."""
    done = 0
    for path, value in state.items():
        obj: object = page
        for part in path.split("."):
            obj = getattr(obj, part, None)
            if obj is None:
                break
        if isinstance(obj, QWidget):
            try:
                _set(obj, value)
            except (TypeError, ValueError):
                continue  # the widget changed kind: leave the new default
            done += 1
    return done
