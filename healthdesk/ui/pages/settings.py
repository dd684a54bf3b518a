"""Settings: security, people, units, appearance and reminders.

Every value is read from and written to ``ctx.record.preferences`` on the database
worker, one setting at a time, as soon as it changes (no Save button to forget). A value
the service refuses shows its message under the control and is not kept.
"""

from __future__ import annotations

from typing import Any

from healthdesk.domain import units as u
from healthdesk.domain.changes import Changes
from healthdesk.services.errors import ValidationError

from ..context import UiContext
from ..dialogs.unlock_fields import FieldError, form_layout, heading, with_error
from ..i18n import tr_label
from ..qt import (
    QT_TRANSLATE_NOOP,
    QApplication,
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTime,
    QTimeEdit,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from .settings_appearance import (
    THEMES,
    applied_appearance,
    apply_appearance,
    available_languages,
)
from .settings_dialogs import ChangePassphraseDialog
from .settings_profiles import ProfilesSection

__all__ = ["SettingsPage", "apply_appearance"]

UNITS: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    ("glucose_unit", QT_TRANSLATE_NOOP("Labels", "Blood glucose"), ((u.MMOL_L, "mmol/L"), (u.MG_DL,
            "mg/dL"))),
    ("weight_unit", QT_TRANSLATE_NOOP("Labels", "Weight"), ((u.KG, QT_TRANSLATE_NOOP("Labels",
            "kg (kilograms)")), (u.LB, QT_TRANSLATE_NOOP("Labels", "lb (pounds)")))),
    ("temperature_unit", QT_TRANSLATE_NOOP("Labels", "Temperature"),
     ((u.CELSIUS, QT_TRANSLATE_NOOP("Labels", "\u00b0C (Celsius)")), (u.FAHRENHEIT,
             QT_TRANSLATE_NOOP("Labels", "\u00b0F (Fahrenheit)")))),
    ("height_unit", QT_TRANSLATE_NOOP("Labels", "Height"), ((u.CM, QT_TRANSLATE_NOOP("Labels",
            "cm (centimetres)")), (u.INCH, QT_TRANSLATE_NOOP("Labels", "in (inches)")))),
    ("cholesterol_unit", QT_TRANSLATE_NOOP("Labels", "Cholesterol"), ((u.MMOL_L, "mmol/L"), (
            u.MG_DL, "mg/dL"))),
)
DEFAULT_QUIET = ("22:00", "07:00")


def _form() -> QFormLayout:
    form = form_layout()
    form.setVerticalSpacing(10)
    return form


class SettingsPage(QWidget):
    """This device's preferences and the people on it."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.values: dict[str, Any] = {}
        self.errors: dict[str, FieldError] = {}
        self.passphrase_dialog: ChangePassphraseDialog | None = None
        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(24, 16, 24, 24)
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(16)
        grid.addWidget(heading(self.tr("Settings")), 0, 0, 1, 2)
        self.profiles = ProfilesSection(ctx)
        self.grid = grid
        from .settings_assistant import AssistantSection

        self.assistant_section = AssistantSection(ctx)
        from .settings_backups import BackupsSection
        from .settings_keys import KeysSection
        from .settings_locked import LockedSection
        from .settings_privacy import EraseSection

        self.backups_section = BackupsSection(ctx)
        self.keys_section = KeysSection(ctx)
        self.erase_section = EraseSection(ctx)
        self.locked_section = LockedSection(ctx)
        from .settings_retention import RetentionSection

        self.retention_section = RetentionSection(ctx)
        from .settings_notifications import NotificationsSection

        self.notifications_section = NotificationsSection(ctx)
        from .settings_staff import StaffSection

        self.staff_section = StaffSection(ctx)
        self.columns = (self._column(self._security(), self.profiles, self.assistant_section,
                                     self.notifications_section, self.staff_section,
                                     self.keys_section),
                        self._column(self._appearance(), self._units(), self._reminders(),
                                     self.locked_section,
                                     self.backups_section, self.retention_section,
                                     self.erase_section))
        self._two_columns: bool | None = None
        self._arrange(True)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        ctx.operation_did_execute.connect(self._on_change)
        self.reload()

    # -- layout --------------------------------------------------------------------------

    @staticmethod
    def _column(*sections: QWidget) -> QWidget:
        col = QWidget()
        lay = QVBoxLayout(col)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(16)
        for section in sections:
            lay.addWidget(section)
        lay.addStretch(1)
        return col

    def _arrange(self, two: bool) -> None:
        """Side by side when there is room, one above the other with large text."""
        if two == self._two_columns:
            return
        self._two_columns = two
        left, right = self.columns
        for col in (left, right):
            self.grid.removeWidget(col)
        self.grid.addWidget(left, 1, 0)
        self.grid.addWidget(right, 1 if two else 2, 1 if two else 0)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1 if two else 0)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        left, right = self.columns
        needed = left.sizeHint().width() + right.sizeHint().width() + 90
        self._arrange(self.width() >= needed)

    # -- sections ------------------------------------------------------------------------

    def _error(self, key: str, widget: QWidget) -> FieldError:
        err = FieldError(widget)
        self.errors[key] = err
        return err

    def _security(self) -> QGroupBox:
        box = QGroupBox(self.tr("Security"))
        self.change_button = QPushButton(self.tr("Change passphrase…"))
        self.change_button.clicked.connect(self.change_passphrase_action)
        self.lock_button = QPushButton(self.tr("Lock now"))
        self.lock_button.setToolTip(self.tr("Lock HealthDesk now (Ctrl+L)"))
        self.lock_button.clicked.connect(self.lock_action)
        self.remember_check = QCheckBox(self.tr("Remember on this device"))
        self.remember_check.setToolTip(self.tr(
            "Open HealthDesk without the passphrase on this computer. The key is kept in "
            "the computer's secure keyring, never in a file."))
        self.remember_check.toggled.connect(self.remember_action)
        self.remember_error = self._error("remember_on_device", self.remember_check)
        self.lock_spin = QSpinBox()
        self.lock_spin.setRange(0, 240)
        self.lock_spin.setSpecialValueText(self.tr("Never"))
        self.lock_spin.setSuffix(self.tr(" minutes"))
        self.lock_spin.setKeyboardTracking(False)
        self.lock_spin.setAccessibleName(self.tr("Lock after minutes idle"))
        self.lock_spin.valueChanged.connect(
            lambda v: self.save("lock_timeout_minutes", int(v)))
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.lock_button)
        buttons.addStretch(1)
        form = _form()
        form.addRow(buttons)
        form.addRow(with_error(self.remember_check, self.remember_error))
        form.addRow(QLabel(self.tr("Lock after idle:")),
                    with_error(self.lock_spin, self._error("lock_timeout_minutes", self.lock_spin)))
        box.setLayout(form)
        return box

    def _units(self) -> QGroupBox:
        box = QGroupBox(self.tr("Units"))
        form = _form()
        self.unit_boxes: dict[str, QComboBox] = {}
        for key, label, choices in UNITS:
            combo = QComboBox()
            combo.setAccessibleName(self.tr("{0} unit").format(tr_label(label)))
            for value, text in choices:
                combo.addItem(tr_label(text), value)
            combo.currentIndexChanged.connect(
                lambda _i, key=key, combo=combo: self.save(key, combo.currentData()))
            self.unit_boxes[key] = combo
            form.addRow(QLabel(self.tr("{0}:").format(tr_label(label))),
                        with_error(combo, self._error(key, combo)))
        box.setLayout(form)
        return box

    def _appearance(self) -> QGroupBox:
        box = QGroupBox(self.tr("Appearance"))
        self.theme_box = QComboBox()
        self.theme_box.setAccessibleName(self.tr("Theme"))
        for value, text in THEMES:
            self.theme_box.addItem(QCoreApplication.translate("Appearance", text), value)
        self.theme_box.currentIndexChanged.connect(lambda _i: self._appearance_changed("theme"))
        self.size_spin = QSpinBox()
        self.size_spin.setRange(80, 200)
        self.size_spin.setSingleStep(10)
        self.size_spin.setSuffix(" %")
        self.size_spin.setKeyboardTracking(False)
        self.size_spin.setAccessibleName(self.tr("Text size"))
        self.size_spin.valueChanged.connect(lambda _v: self._appearance_changed("text_size"))
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Language"))
        for code, name in available_languages():
            self.language_box.addItem(name, code)
        self.language_box.currentIndexChanged.connect(lambda _i: self._language_chosen())
        self.language_note = QLabel(self.tr("The window changes language at once; what you "
                                            "have typed stays."))
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(self.language_box.count() > 1)
        form = _form()
        form.addRow(QLabel(self.tr("Theme:")),
                    with_error(self.theme_box, self._error("theme", self.theme_box)))
        form.addRow(QLabel(self.tr("Text size:")),
                    with_error(self.size_spin, self._error("text_size", self.size_spin)))
        form.addRow(QLabel(self.tr("Language:")),
                    with_error(self.language_box, self._error("language", self.language_box),
                               self.language_note))
        box.setLayout(form)
        return box

    def _reminders(self) -> QGroupBox:
        box = QGroupBox(self.tr("Reminders"))
        self.no_quiet = QCheckBox(self.tr("No quiet hours"))
        self.no_quiet.setToolTip(self.tr("During quiet hours reminders are shown without "
                                         "a sound or a pop-up."))
        self.no_quiet.toggled.connect(self._quiet_toggled)
        self.quiet_start = QTimeEdit()
        self.quiet_end = QTimeEdit()
        for edit, name in ((self.quiet_start, self.tr("Quiet hours start")),
                           (self.quiet_end, self.tr("Quiet hours end"))):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
            edit.setKeyboardTracking(False)
        self.quiet_start.timeChanged.connect(
            lambda t: self.save("quiet_hours_start", t.toString("HH:mm")))
        self.quiet_end.timeChanged.connect(
            lambda t: self.save("quiet_hours_end", t.toString("HH:mm")))
        self.quiet_error = FieldError(self.quiet_start)
        self.errors["quiet_hours_start"] = self.errors["quiet_hours_end"] = self.quiet_error
        self.tray_check = QCheckBox(self.tr("Keep running in the tray"))
        self.tray_check.setToolTip(self.tr("When the window is closed, HealthDesk stays in "
                                           "the tray so reminders still appear."))
        tray_hint = QLabel(self.tr("Reminders still appear after the window is closed."))
        tray_hint.setWordWrap(True)
        self.tray_check.toggled.connect(lambda on: self.save("keep_running_in_tray", on))
        from .. import autostart

        self.login_check = QCheckBox(self.tr("Start HealthDesk when I log in"))
        self.login_check.setToolTip(self.tr("So reminders are on from the start of the day"))
        self.login_check.setVisible(autostart.supported())
        self.login_check.setChecked(autostart.supported() and autostart.is_enabled())
        self.login_check.toggled.connect(self.login_action)
        self.login_error = FieldError(self.login_check)
        times = QHBoxLayout()
        times.addWidget(QLabel(self.tr("From")))
        times.addWidget(self.quiet_start)
        times.addWidget(QLabel(self.tr("to")))
        times.addWidget(self.quiet_end)
        times.addStretch(1)
        form = _form()
        form.addRow(QLabel(self.tr("Quiet hours:")),
                    with_error(self.no_quiet, times, self.quiet_error))
        form.addRow(with_error(self.tray_check, tray_hint,
                               self._error("keep_running_in_tray", self.tray_check)))
        form.addRow(with_error(self.login_check, self.login_error))
        box.setLayout(form)
        return box

    def login_action(self, on: bool) -> None:
        """Write or remove the autostart entry (a file outside the record)."""
        from .. import autostart

        try:
            autostart.set_enabled(on)
        except OSError as exc:
            self.login_error.show_message(self.tr("Could not change the start-up entry: "
                                                  "{0}").format(exc.strerror or exc))
            self.login_check.blockSignals(True)
            self.login_check.setChecked(not on)
            self.login_check.blockSignals(False)
            return
        self.login_error.clear_message()
        self.ctx.status_event.emit(self.tr("HealthDesk will start when you log in.") if on
                                   else self.tr("HealthDesk will not start at log-in."))

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read every preference (and whether the key is remembered) off the GUI thread."""
        ctx = self.ctx

        def work() -> tuple[dict[str, Any], bool]:
            record = ctx.record
            try:
                remembered = record.is_remembered()
            except Exception:
                remembered = False
            return record.preferences.all(), remembered

        ctx.run(work, self._loaded, lambda exc: ctx.status_event.emit(str(exc)))
        self.profiles.reload()

    def _loaded(self, result: tuple[dict[str, Any], bool]) -> None:
        values, remembered = result
        self.values = dict(values)
        widgets: list[QWidget] = [self.remember_check, self.lock_spin, self.theme_box,
                                  self.size_spin, self.language_box, self.no_quiet,
                                  self.quiet_start, self.quiet_end, self.tray_check,
                                  *self.unit_boxes.values()]
        for w in widgets:
            w.blockSignals(True)
        try:
            self.remember_check.setChecked(remembered)
            self.lock_spin.setValue(int(values["lock_timeout_minutes"]))
            for key, combo in self.unit_boxes.items():
                combo.setCurrentIndex(max(combo.findData(values[key]), 0))
            self._select(self.theme_box, values["theme"])
            self.size_spin.setValue(int(values["text_size"]))
            lang = values["language"]
            if self.language_box.findData(lang) < 0:
                self.language_box.addItem(self.tr("{0} (translation not installed)")
                                          .format(lang), lang)
            self._select(self.language_box, lang)
            start, end = values["quiet_hours_start"], values["quiet_hours_end"]
            none = start is None and end is None
            self.no_quiet.setChecked(none)
            self.quiet_start.setTime(QTime.fromString(start or DEFAULT_QUIET[0], "HH:mm"))
            self.quiet_end.setTime(QTime.fromString(end or DEFAULT_QUIET[1], "HH:mm"))
            self.quiet_start.setEnabled(not none)
            self.quiet_end.setEnabled(not none)
            self.tray_check.setChecked(bool(values["keep_running_in_tray"]))
        finally:
            for w in widgets:
                w.blockSignals(False)
        app = QApplication.instance()
        wanted = (values["theme"], int(values["text_size"]))
        if app is not None and applied_appearance(app) != wanted:  # type: ignore[arg-type]
            apply_appearance(app, *wanted)  # type: ignore[arg-type]

    @staticmethod
    def _select(combo: QComboBox, value: Any) -> None:
        combo.setCurrentIndex(max(combo.findData(value), 0))

    def _on_change(self, changes: Changes, _initiator: object) -> None:
        if changes.touches("profiles"):
            self.profiles.reload()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.reload()  # the record may have been replaced by lock/unlock meanwhile

    # -- saving ----------------------------------------------------------------------------

    def save(self, key: str, value: Any, after: Any = None) -> None:
        """Store one preference; its message appears under the control if refused."""
        ctx = self.ctx
        err = self.errors.get(key)

        def done(clean: Any) -> None:
            self.values[key] = clean
            if err is not None:
                err.clear_message()
            if after is not None:
                after(clean)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError) and err is not None:
                err.show_message(str(exc))
            else:
                ctx.status_event.emit(str(exc))

        ctx.run(lambda: ctx.record.preferences.set(key, value), done, failed)

    def _language_chosen(self) -> None:
        """Save, then switch the window now (pages are rebuilt with their input kept)."""
        lang = self.language_box.currentData() or "en"
        self.save("language", lang)
        app = QApplication.instance()
        if app is not None:
            from ..i18n import set_ui_language

            # After this handler returns: the page that holds this combo box is rebuilt.
            QTimer.singleShot(0, lambda: set_ui_language(app, lang))  # type: ignore[arg-type]

    def _appearance_changed(self, key: str) -> None:
        theme = self.theme_box.currentData() or "system"
        size = self.size_spin.value()
        app = QApplication.instance()
        if app is not None:
            apply_appearance(app, theme, size)  # type: ignore[arg-type]
        self.save(key, theme if key == "theme" else size)

    def _quiet_toggled(self, none: bool) -> None:
        self.quiet_start.setEnabled(not none)
        self.quiet_end.setEnabled(not none)
        start = None if none else self.quiet_start.time().toString("HH:mm")
        end = None if none else self.quiet_end.time().toString("HH:mm")
        self.save("quiet_hours_start", start)
        self.save("quiet_hours_end", end)

    # -- security --------------------------------------------------------------------------

    def change_passphrase_action(self) -> None:
        self.passphrase_dialog = ChangePassphraseDialog(self.ctx, self)
        self.passphrase_dialog.open()

    def lock_action(self) -> None:
        signal = getattr(self.window(), "lock_event", None)
        if signal is not None:
            signal.emit()

    def remember_action(self, remember: bool) -> None:
        """Keep the key in the OS keyring, or forget it; never anywhere else."""
        ctx = self.ctx
        self.remember_error.clear_message()

        def work() -> bool:
            ctx.record.remember_on_device(remember)
            ctx.record.preferences.set("remember_on_device", remember)
            return remember

        def failed(exc: BaseException) -> None:
            self.remember_error.show_message(str(exc))
            self.remember_check.blockSignals(True)
            self.remember_check.setChecked(not remember)
            self.remember_check.blockSignals(False)

        ctx.run(work, lambda _r: ctx.status_event.emit(
            self.tr("This computer will open HealthDesk without the passphrase.") if remember
            else self.tr("The passphrase will be asked for on this computer.")), failed)
