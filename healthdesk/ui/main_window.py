"""The main window: sidebar of pages, profile switcher, search, lock, status bar."""

from __future__ import annotations

from collections.abc import Callable

from healthdesk.domain.changes import Changes

from .context import UiContext
from .icons import icon
from .idle_lock import IdleLock
from .qt import (
    QT_TRANSLATE_NOOP,
    QAction,
    QApplication,
    QComboBox,
    QCoreApplication,
    QEvent,
    QFrame,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSize,
    QSizePolicy,
    QStackedWidget,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .text_fit import fit_tables

# Page keys are English; what the sidebar and menus show goes through the translator.
# (Each name is spelled out so pyside6-lupdate finds it.)
PAGES = (
    QT_TRANSLATE_NOOP("MainWindow", "Today"), QT_TRANSLATE_NOOP("MainWindow", "Readings"),
    QT_TRANSLATE_NOOP("MainWindow", "Medications"),
    QT_TRANSLATE_NOOP("MainWindow", "Appointments"),
    QT_TRANSLATE_NOOP("MainWindow", "Records"), QT_TRANSLATE_NOOP("MainWindow", "Chat"),
    QT_TRANSLATE_NOOP("MainWindow", "Insights"), QT_TRANSLATE_NOOP("MainWindow", "Settings"),
)


def page_title(name: str) -> str:
    return QCoreApplication.translate("MainWindow", name)


def _page_factory(name: str) -> Callable[[UiContext], QWidget]:
    # Imported on first visit: start-up builds (and imports) only the Today page.
    if name == "Today":
        from .pages.today import TodayPage as page
    elif name == "Readings":
        from .pages.readings import ReadingsPage as page
    elif name == "Medications":
        from .pages.medications import MedicationsPage as page
    elif name == "Appointments":
        from .pages.appointments import AppointmentsPage as page
    elif name == "Records":
        from .pages.records import RecordsPage as page
    elif name == "Chat":
        from .pages.chat import ChatPage as page
    elif name == "Insights":
        from .pages.insights import InsightsPage as page
    else:
        from .pages.settings import SettingsPage as page
    return page


class MainWindow(QMainWindow):
    #: Emitted when the user locks the record (Ctrl+L or idle timeout).
    lock_event = Signal()

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._set_title()
        self.resize(1180, 760)
        self.profile_box = QComboBox()
        self.profile_box.setAccessibleName(self.tr("Current person"))
        self.profile_box.setToolTip(self.tr("Whose record (Ctrl+P)"))
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setSpacing(2)
        self._sidebar_font()
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        self._slots: list[QWidget] = []
        for i, name in enumerate(PAGES, start=1):
            slot = QWidget()  # replaced by the real page on first visit
            self._slots.append(slot)
            self.stack.addWidget(slot)
            item = QListWidgetItem(icon(name.lower(), widget=self.sidebar), page_title(name))
            item.setToolTip(self.tr("{0} (Ctrl+{1})").format(page_title(name), i))
            self.sidebar.addItem(item)
        self._fit_sidebar()
        self.sidebar.currentRowChanged.connect(self._show_row)
        left = QVBoxLayout()
        self.person_label = QLabel(self.tr("Person"))
        self.person_label.setBuddy(self.profile_box)
        left.addWidget(self.person_label)
        left.addWidget(self.profile_box)
        left.addWidget(self.sidebar, 1)
        body = QHBoxLayout()
        lw = QWidget()
        lw.setLayout(left)
        body.addWidget(lw)
        # A page wider or taller than the window (Tamil at 200 % text) scrolls instead
        # of pushing the window past the screen.
        self.page_scroll = QScrollArea()
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setWidget(self.stack)
        body.addWidget(self.page_scroll, 1)
        central = QWidget()
        central.setLayout(body)
        self.setCentralWidget(central)
        self.lock_label = QLabel(self.tr("Unlocked"))
        self.statusBar().addPermanentWidget(self.lock_label)
        ctx.status_event.connect(lambda text: self.statusBar().showMessage(text, 5000))
        from .notify_bar import NotifyBar

        self.notify_bar = NotifyBar(self)  # notifications and emergency, on every page
        self._actions()
        self.clinic_box = False  # set by reload_profiles: the box lists recent patients
        self.profile_box.currentIndexChanged.connect(self._profile_picked)
        ctx.operation_did_execute.connect(self._on_change)
        self.idle_lock = IdleLock(self.lock_event.emit, self)
        self.reload_profiles()
        self.load_lock_timeout()
        self.sidebar.setCurrentRow(0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "sidebar"):
            self.retranslate()
        # Icons are tinted to the text colour: redraw them when the theme changes.
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange) \
                and hasattr(self, "sidebar"):
            for row, name in enumerate(PAGES):
                self.sidebar.item(row).setIcon(icon(name.lower(), widget=self))
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange) \
                and hasattr(self, "sidebar"):
            self._sidebar_font()
            self._fit_sidebar()
            if event.type() == QEvent.Type.ApplicationFontChange \
                    and not getattr(self, "_rebuild_due", False):
                # After the change has reached every widget (and the slot that made it
                # has returned): the page holding the text-size box is rebuilt too.
                self._rebuild_due = True
                QTimer.singleShot(0, self._rebuild_pages)
        super().changeEvent(event)

    def _sidebar_font(self) -> None:
        """A quarter larger than the text size in Settings (set again when it changes)."""
        big = QApplication.font()
        big.setPointSizeF(big.pointSizeF() * 1.25)
        self.sidebar.setFont(big)

    def _fit_sidebar(self) -> None:
        """As wide as its longest page name (Tamil names are long, text may be 200 %)."""
        self.sidebar.setFixedWidth(max(200, self.sidebar.sizeHintForColumn(0)
                                       + 2 * self.sidebar.frameWidth() + 16))

    def _set_title(self) -> None:
        self.setWindowTitle(self.tr("HealthDesk — demo record (passphrase: healthdesk-demo)")
                            if self.ctx.demo else "HealthDesk")

    def retranslate(self) -> None:
        """A new UI language: sidebar, menus and window texts again, and every page built
        so far rebuilt in place with what was typed on it kept (healthdesk.ui.retranslate)."""
        for row, name in enumerate(PAGES):
            self.sidebar.item(row).setText(page_title(name))
            self.sidebar.item(row).setToolTip(
                self.tr("{0} (Ctrl+{1})").format(page_title(name), row + 1))
        self._fit_sidebar()
        # The Record and Go menus are ours; File, Sync and the clinic's menus come from
        # their installers and keep their words until the next start.
        for widget, source in self._texts:
            if isinstance(widget, QMenu):
                widget.setTitle(self.tr(source))
            else:
                widget.setText(self.tr(source))
        for action, name in zip(self._go_actions, PAGES, strict=True):
            action.setText(page_title(name))
        self.profile_box.setAccessibleName(self.tr("Current person"))
        self.profile_box.setToolTip(self.tr("Whose record (Ctrl+P)"))
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.lock_label.setText(self.tr("Unlocked"))
        self.notify_bar.retranslate()
        self.person_label.setText(self.tr("Person"))
        if self.clinic_box:
            self.reload_profiles()  # "Find patient…" in the new language
        self._set_title()
        self._rebuild_pages()

    def _rebuild_pages(self) -> None:
        """Build every page built so far again, keeping what was typed on it: a new
        language, or a new text size (pages set their fonts from it when built)."""
        from .retranslate import capture, restore

        self._rebuild_due = False
        current = self.sidebar.currentRow()
        for name, old in list(self.pages.items()):
            state = capture(old)
            index = PAGES.index(name)
            page = _page_factory(name)(self.ctx)
            fit_tables(page)
            restore(page, state)
            self.pages[name] = page
            self._slots[index] = page
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(old)
            old.deleteLater()
        if current >= 0:
            self.stack.setCurrentWidget(self.page(PAGES[current]))
            self._size_to_current()

    def _actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Record"))
        lock = QAction(self.tr("&Lock now"), self, shortcut=QKeySequence("Ctrl+L"),
                       triggered=lambda: self.lock_event.emit())
        search = QAction(self.tr("&Search…"), self, shortcut=QKeySequence("Ctrl+K"),
                         triggered=self.open_search)
        lock.setIcon(icon("lock", widget=self))
        search.setIcon(icon("search", widget=self))
        switch = QAction(self.tr("Switch &person"), self, shortcut=QKeySequence("Ctrl+P"),
                         triggered=self.profile_box.showPopup)
        quit_ = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit,
                        triggered=self.close)
        for a in (search, switch, *self.notify_bar.actions(), lock, quit_):
            menu.addAction(a)
        from .clinic_bar import install_clinic

        install_clinic(self, menu)  # staff sign-in, the patient register, the audit trail
        from .dialogs.transfer import install_transfer_menu
        from .report_actions import install_report_actions

        install_report_actions(self, self.ctx, install_transfer_menu(self).menu)
        from .dialogs.restore import install_restore_action

        install_restore_action(self)
        from .sync_menu import install_sync_menu

        install_sync_menu(self)
        go = self.menuBar().addMenu(self.tr("&Go"))
        self._go_actions: list[QAction] = []
        for i, name in enumerate(PAGES, start=1):
            action = QAction(page_title(name), self, shortcut=QKeySequence(f"Ctrl+{i}"),
                             triggered=lambda _=False, i=i: self.go(i - 1))
            go.addAction(action)
            self._go_actions.append(action)
        # (widget, English source) to translate again when the language changes.
        self._texts: list[tuple[QAction | QMenu, str]] = [
            (menu, "&Record"), (lock, "&Lock now"), (search, "&Search…"),
            (switch, "Switch &person"), (quit_, "&Quit"), (go, "&Go")]

    def go(self, index: int) -> None:
        self.sidebar.setCurrentRow(index)

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentWidget(self.page(PAGES[row]))
            self._size_to_current()

    def _size_to_current(self) -> None:
        """Only the shown page sets the stack's minimum size (a stack takes its largest
        page's by default, so one wide page would make every page scroll sideways)."""
        current = self.stack.currentWidget()
        for i in range(self.stack.count()):
            w = self.stack.widget(i)
            ignored = QSizePolicy.Policy.Ignored
            w.setSizePolicy(QSizePolicy(QSizePolicy.Policy.Preferred,
                                        QSizePolicy.Policy.Preferred) if w is current
                            else QSizePolicy(ignored, ignored))
        self.stack.updateGeometry()

    def page(self, name: str) -> QWidget:
        """The page called ``name``, built now if it has not been visited yet."""
        if name not in self.pages:
            index = PAGES.index(name)
            page = _page_factory(name)(self.ctx)
            fit_tables(page)
            self.pages[name] = page
            old = self._slots[index]
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(old)
            old.deleteLater()
            self._slots[index] = page
        return self.pages[name]

    def open_search(self) -> None:
        from .dialogs.search import SearchDialog

        SearchDialog(self.ctx, self, on_open=self._open_hit).exec()

    def open_item(self, entity: str, row_id: str, profile_id: str) -> None:
        """Show one row of the record on its page (a search hit, an answer's source)."""
        self._open_hit(entity, row_id, profile_id)

    def _open_hit(self, entity: str, row_id: str, profile_id: str) -> None:
        if profile_id and profile_id != self.ctx.profile_id:
            self.show_person(profile_id)
        target = {
            "measurements": "Readings", "medications": "Medications", "dose_events": "Medications",
            "caregiver_alerts": "Medications", "refills": "Medications",
            "appointments": "Appointments", "chat_messages": "Chat", "chat_sessions": "Chat",
        }.get(entity, "Records")
        self.go(PAGES.index(target))
        page = self.page(target)
        show = getattr(page, "show_item", None)
        if show is not None:
            show(entity, row_id)

    def reload_profiles(self) -> None:
        from .person_box import FIND, people

        record, current = self.ctx.record, self.ctx.profile_id

        def done(result: tuple[bool, list[tuple[str, str]]]) -> None:
            self.clinic_box, items = result
            box = self.profile_box
            box.blockSignals(True)
            box.clear()
            for label, pid in items:
                box.addItem(label, pid)
            if self.clinic_box:
                box.addItem(self.tr("Find patient… (Ctrl+Shift+P)"), FIND)
            keep = box.findData(self.ctx.profile_id)
            box.setCurrentIndex(keep if keep >= 0 else 0)
            box.blockSignals(False)
            self._profile_chosen()

        self.ctx.read(lambda: people(record, current), done)

    def show_person(self, profile_id: str) -> None:
        """Make ``profile_id`` the person on screen, also one the box does not list (a
        clinic's box holds only the recent patients)."""
        idx = self.profile_box.findData(profile_id)
        if idx >= 0:
            self.profile_box.setCurrentIndex(idx)
        else:
            self.ctx.set_profile(profile_id)
            self.reload_profiles()

    def _profile_picked(self, *_: object) -> None:
        from .person_box import FIND

        pid = self.profile_box.currentData() or ""
        if pid == FIND:  # not a person: back to the one on screen, and find another
            self.profile_box.blockSignals(True)
            self.profile_box.setCurrentIndex(max(0, self.profile_box.findData(
                self.ctx.profile_id)))
            self.profile_box.blockSignals(False)
            bar = getattr(self, "clinic_bar", None)
            if bar is not None:
                bar.open_register()
            return
        if getattr(self, "clinic_box", False) and pid and pid != self.ctx.profile_id:
            record = self.ctx.record
            self.ctx.run(lambda: record.patients.opened(pid))  # first in "recent" now
        self._profile_chosen()

    def _profile_chosen(self, *_: object) -> None:
        from .person_box import FIND

        pid = self.profile_box.currentData() or ""
        self.ctx.set_profile("" if pid == FIND else pid)

    def load_lock_timeout(self) -> None:
        self.ctx.read(lambda: self.ctx.record.preferences.get("lock_timeout_minutes"),
                      lambda minutes: self.idle_lock.set_minutes(minutes or 0))

    def _on_change(self, changes: Changes, _initiator: object) -> None:
        if changes.touches("profiles"):
            self.reload_profiles()
        if changes.touches("preferences"):
            self.load_lock_timeout()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)
