"""Adherence by week as a small bar chart, painted directly (no matplotlib to import).

Each bar is one week's doses taken out of doses due (Monday to Sunday); weeks with no
dose due have no bar. A dashed line marks 80%, the usual threshold for "adherent" in
medication studies. The numbers are also the widget's accessible description, for
screen readers.
"""

from __future__ import annotations

from healthdesk.domain.adherence import WeekAdherence

from .qt import QColor, QPainter, QPalette, QSize, Qt, QWidget
from .widgets import TONES, local_date

TARGET = 80


def _tone(percent: int) -> str:
    return "good" if percent >= TARGET else "warn" if percent >= 50 else "danger"


class WeeklyAdherenceChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weeks: list[WeekAdherence] = []
        self.setAccessibleName(self.tr("Adherence by week"))
        self.setMinimumHeight(110)

    def sizeHint(self) -> QSize:
        return QSize(420, 130)

    def set_weeks(self, weeks: list[WeekAdherence]) -> None:
        self.weeks = [w for w in weeks if w.scheduled]
        words = "; ".join(self.tr("week of {0}: {1}%").format(
            local_date(w.week_start, "d MMM"), w.percent) for w in self.weeks)
        self.setAccessibleDescription(words or self.tr("No doses due yet."))
        self.setToolTip(words.replace("; ", "\n") if words else "")
        self.update()

    def bars(self) -> list[tuple[str, int]]:
        """(week label, percent) as drawn, oldest first."""
        return [(local_date(w.week_start, "d MMM"), w.percent or 0) for w in self.weeks]

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        fm = p.fontMetrics()
        left, bottom, top = fm.horizontalAdvance("100%") + 8, fm.height() + 6, 6
        width, height = self.width() - left - 4, self.height() - bottom - top
        if not self.weeks or width <= 0 or height <= 0:
            p.setPen(text)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No doses due yet."))
            p.end()
            return
        base = top + height
        p.setPen(text)
        for value in (0, 50, 100):
            y = base - height * value / 100
            p.drawText(0, int(y - fm.height() / 2), left - 6, fm.height(),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{value}%")
        slot = width / len(self.weeks)
        bar = max(3.0, slot * 0.7)
        step = max(1, int(fm.horizontalAdvance(self.tr("00 Mmm ")) // slot) + 1)
        for i, w in enumerate(self.weeks):
            pct = w.percent or 0
            x = left + i * slot + (slot - bar) / 2
            h = height * pct / 100
            colour = QColor(TONES[_tone(pct)][2])
            p.setPen(colour)
            p.setBrush(colour)
            p.drawRect(int(x), int(base - h), int(bar), max(1, int(h)))
            if i % step == 0:
                p.setPen(text)
                p.drawText(int(left + i * slot), base + 2, int(slot * step), fm.height(),
                           Qt.AlignmentFlag.AlignLeft, local_date(w.week_start, "d MMM"))
        pen = p.pen()
        pen.setColor(text)
        pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        y = int(base - height * TARGET / 100)
        p.drawLine(left, y, left + int(width), y)
        p.end()
