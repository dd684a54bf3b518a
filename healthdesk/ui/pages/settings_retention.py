"""Settings ▸ Keep records: how long each kind of the current person's records is kept.

Choosing a period first shows what it would erase now and asks; the rule is a setting
of the person's record, so it syncs, and every device and the server erase the same rows
(docs/privacy.md "Retention"). Applying runs off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..context import UiContext
from ..qt import (
    QComboBox,
    QCoreApplication,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from .records_common import error_text

# Offered periods, in months; a kind offers those at or above its minimum.
PERIODS = (1, 3, 6, 12, 24, 36, 60, 120)


def period_text(months: int | None) -> str:
    if months is None:
        return QCoreApplication.translate("SettingsRetention", "Keep for ever")
    # Spelled out rather than Qt's %n plurals: English has no .qm to pick the form.
    if months == 12:
        return QCoreApplication.translate("SettingsRetention", "1 year")
    if months % 12 == 0:
        return QCoreApplication.translate("SettingsRetention", "{0} years").format(months // 12)
    if months == 1:
        return QCoreApplication.translate("SettingsRetention", "1 month")
    return QCoreApplication.translate("SettingsRetention", "{0} months").format(months)


def ask_to_erase(parent: QWidget, what: str, count: int, period: str) -> bool:
    answer = QMessageBox.warning(
        parent, QCoreApplication.translate("SettingsRetention", "Erase older records?"),
        QCoreApplication.translate("SettingsRetention",
           "Keeping {what} for {period} erases {count} older ones for good, on this device, "
           "the sync server and the person's other devices, the next time the rules run "
           "(at once if you choose Apply now). Backups written before still hold them."
           ).format(what=what.lower(), period=period, count=count),
        QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


class RetentionSection(QGroupBox):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(self.tr("Keep records"))
        self.ctx = ctx
        # Tests answer for the person: (parent, what, count, period) -> go on?
        self.confirm: Callable[[QWidget, str, int, str], bool] = ask_to_erase
        intro = QLabel(self.tr(
            "Older records of the kinds below can be erased automatically: on start, once a "
            "day, and after a sync. What goes is erased for good, on every device that holds "
            "this person and on the sync server."))
        intro.setWordWrap(True)
        self.rows = QGridLayout()
        self.choices: dict[str, QComboBox] = {}
        self.counts: dict[str, QLabel] = {}
        self.apply_button = QPushButton(self.tr("Apply now"))
        self.apply_button.clicked.connect(self.apply_now)
        self.message = QLabel()
        self.message.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(self.rows)
        lay.addWidget(self.apply_button)
        lay.addWidget(self.message)
        self._current: dict[str, int | None] = {}
        ctx.profile_did_change.connect(lambda _pid: self.reload())
        self.reload()

    def reload(self) -> None:
        pid = self.ctx.profile_id
        if not pid:
            self.setEnabled(False)
            return
        record = self.ctx.record

        def work() -> tuple[list[Any], dict[str, int]]:
            rules = record.retention.rules(pid)
            counts = {p.kind: p.count for p in record.retention.preview(pid)}
            return rules, counts

        self.ctx.read(work, self._show)

    def _show(self, result: tuple[list[Any], dict[str, int]]) -> None:
        rules, counts = result
        self.setEnabled(True)
        for i, rule in enumerate(rules):
            box = self.choices.get(rule.kind)
            if box is None:
                label = QLabel(rule.label)
                box = QComboBox()
                box.setAccessibleName(self.tr("Keep {what}").format(what=rule.label))
                box.addItem(period_text(None), None)
                for months in PERIODS:
                    if months >= rule.min_months:
                        box.addItem(period_text(months), months)
                box.activated.connect(lambda _i, k=rule.kind: self.choose(k))
                count = QLabel()
                self.rows.addWidget(label, i, 0)
                self.rows.addWidget(box, i, 1)
                self.rows.addWidget(count, i, 2)
                self.choices[rule.kind], self.counts[rule.kind] = box, count
                label.setBuddy(box)
            self._current[rule.kind] = rule.keep_months
            index = box.findData(rule.keep_months)
            if index < 0:  # a period set elsewhere (the CLI, another device)
                box.addItem(period_text(rule.keep_months), rule.keep_months)
                index = box.count() - 1
            box.setCurrentIndex(index)
            n = counts.get(rule.kind, 0)
            self.counts[rule.kind].setText(
                self.tr("Older to erase: {0}").format(n) if rule.keep_months else "")

    def choose(self, kind: str) -> None:
        box = self.choices[kind]
        months = box.currentData()
        if months == self._current.get(kind):
            return
        pid, record = self.ctx.profile_id, self.ctx.record

        def previewed(previews: list[Any]) -> None:
            count = previews[0].count if previews else 0
            what = previews[0].label if previews else kind
            if count and not self.confirm(self, what, count, period_text(months)):
                box.setCurrentIndex(box.findData(self._current.get(kind)))
                return
            self.ctx.write(lambda: record.retention.set_rule(pid, kind, months),
                           lambda _r: self.reload(), what=self.tr("The rule"),
                           initiator=self)

        self.ctx.read(lambda: record.retention.preview(pid, kind, months), previewed)

    def apply_now(self) -> None:
        record = self.ctx.record
        self.apply_button.setEnabled(False)

        def done(run: Any) -> None:
            self.apply_button.setEnabled(True)
            self.message.setStyleSheet("")
            self.message.setText(self.tr("Records erased: {0}.").format(run.total))
            self.reload()

        def failed(exc: BaseException) -> None:
            self.apply_button.setEnabled(True)
            self.message.setStyleSheet("color: #B00020; font-weight: 600;")
            self.message.setText(error_text(exc))

        self.ctx.run(record.retention.apply, done, failed, initiator=self)
