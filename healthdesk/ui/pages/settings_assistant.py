"""Settings for the assistant's remote model: off by default, address, model, API key.

The settings are this device's (never synced); the API key goes to the OS keyring and
is never shown again (the field says whether one is kept). Saving checks the values and
names the field that is wrong.
"""

from __future__ import annotations

from typing import Any

from healthdesk.services.assistant_remote import RemoteConfig, RemoteSettings

from ..context import UiContext
from ..qt import (
    QCheckBox,
    QCoreApplication,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)
from .records_common import error_text


class AssistantSection(QGroupBox):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(self.tr("Assistant"))
        self.ctx = ctx
        self.keyring: Any = None  # tests pass an in-memory keyring
        intro = QLabel(self.tr("The assistant answers from this record, offline. You can also let "
                       "it ask a model you choose (a local Ollama or llama.cpp server, or a "
                       "hosted one); before the first question of a conversation is sent you "
                       "see exactly what leaves this device."))
        intro.setWordWrap(True)
        self.enabled = QCheckBox(self.tr("Use a remote or local model"))
        self.url = QLineEdit()
        self.url.setPlaceholderText("http://127.0.0.1:11434")
        self.url.setAccessibleName(self.tr("Server address"))
        self.model = QLineEdit()
        self.model.setPlaceholderText("llama3.2")
        self.model.setAccessibleName(self.tr("Model"))
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setAccessibleName(self.tr("API key"))
        self.key.setPlaceholderText(self.tr("not needed for a local server"))
        self.replace_names = QCheckBox(self.tr("Replace names before sending"))
        self.replace_names.setChecked(True)
        self.timeout = QSpinBox()
        self.timeout.setRange(1, 300)
        self.timeout.setSuffix(" s")
        self.timeout.setValue(30)
        self.save_button = QPushButton(self.tr("Save assistant settings"))
        self.save_button.clicked.connect(self.save_action)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.enabled)
        form.addRow(self.tr("Server address"), self.url)
        form.addRow(self.tr("Model"), self.model)
        form.addRow(self.tr("API key"), self.key)
        form.addRow(self.replace_names)
        form.addRow(self.tr("Timeout"), self.timeout)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.save_button)
        lay.addWidget(self.message)
        self.reload()

    def _settings(self) -> RemoteSettings:
        return RemoteSettings(self.ctx.record, self.keyring)

    def reload(self) -> None:
        def work() -> tuple[RemoteConfig, bool]:
            s = self._settings()
            return s.load(), s.api_key() is not None

        def done(result: tuple[RemoteConfig, bool]) -> None:
            cfg, has_key = result
            self.enabled.setChecked(cfg.enabled)
            self.url.setText(cfg.base_url)
            self.model.setText(cfg.model)
            self.replace_names.setChecked(cfg.replace_names)
            self.timeout.setValue(round(cfg.timeout_seconds))
            self.key.setPlaceholderText(QCoreApplication.translate("AssistantSection",
                    "a key is kept in the keyring") if has_key
                                        else QCoreApplication.translate("AssistantSection",
                                                "not needed for a local server"))

        self.ctx.read(work, done)

    def save_action(self) -> None:
        cfg = RemoteConfig(self.enabled.isChecked(), self.url.text(), self.model.text(),
                           self.replace_names.isChecked(), float(self.timeout.value()))
        key = self.key.text()

        def work() -> tuple[RemoteConfig, bool | None]:
            s = self._settings()
            saved = s.save(cfg)
            kept = s.set_api_key(key) if key else None
            return saved, kept

        def done(result: tuple[RemoteConfig, bool | None]) -> None:
            saved, kept = result
            self.key.clear()
            note = "" if kept is None else (" The API key is kept in the keyring." if kept
                                            else " No secure keyring here: the API key is "
                                            "kept until HealthDesk closes.")
            self.message.setStyleSheet("color: #1B5E20;")
            self.message.setText(("Remote model on." if saved.enabled else
                                  "Remote model off: answers stay on this device.") + note)
            self.reload()

        def failed(exc: BaseException) -> None:
            self.message.setStyleSheet("color: #B00020; font-weight: 600;")
            self.message.setText(error_text(exc))

        self.ctx.run(work, done, failed, initiator=self)
