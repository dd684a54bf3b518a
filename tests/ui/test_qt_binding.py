"""Guards against a Qt binding that would crash a long session."""

from __future__ import annotations

import sys


def test_void_qt_calls_do_not_leak_references_to_none(qapp) -> None:  # type: ignore[no-untyped-def]
    from healthdesk.ui.qt import QLabel

    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        qapp.processEvents()
    # PySide6 6.12.0 on Python 3.11 loses one reference per call (-2000 here), and the
    # interpreter aborts once None's count reaches zero.
    assert sys.getrefcount(None) - before > -50
