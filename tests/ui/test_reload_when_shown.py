"""Hidden pages do no work for changes; the next show catches up once."""

from __future__ import annotations

from healthdesk.ui.qt import QWidget
from healthdesk.ui.widgets import ReloadWhenShown


class Page(ReloadWhenShown, QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.reloads = 0

    def reload(self) -> None:
        self._dirty = False
        self.reloads += 1


def test_changes_while_hidden_cost_one_reload_on_show(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = Page()
    qtbot.addWidget(page)
    page.mark_stale()
    page.mark_stale()
    assert page.reloads == 0
    page.show()
    assert page.reloads == 1
    page.mark_stale()  # visible: at once
    assert page.reloads == 2
    page.hide()
    page.show()  # nothing changed meanwhile: no reload
    assert page.reloads == 2
