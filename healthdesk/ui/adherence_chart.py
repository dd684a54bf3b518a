"""Adherence by week as a small bar chart, painted directly (no matplotlib to import).

Each bar is one week's doses taken out of doses due (Monday to Sunday); weeks with no
dose due have no bar. A dashed line marks 80%, the usual threshold for "adherent" in
medication studies. The numbers are also the widget's accessible description, for
screen readers.

Every label's box is measured with the widget's font (``layout``), so at 200 % text and
in Tamil's wider month names the week labels thin out instead of running into each
other, the percent labels drop the middle one rather than overlap, and the widget asks
for the height its labels need instead of spilling onto the line below.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from healthdesk.domain.adherence import WeekAdherence

from .qt import QColor, QFontMetrics, QPainter, QPalette, QRect, QSize, Qt, QWidget
from .widgets import TONES, local_date

TARGET = 80


def _tone(percent: int) -> str:
    return "good" if percent >= TARGET else "warn" if percent >= 50 else "danger"


@dataclass(frozen=True)
class ChartLayout:
    """Where everything goes, in widget pixels."""

    plot: QRect  # the bars' area (0 % at its bottom, 100 % at its top)
    y_labels: list[tuple[str, QRect]]
    x_labels: list[tuple[int, str, QRect]]  # (week index, text, box)
    slot: float  # the width of one week


class WeeklyAdherenceChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weeks: list[WeekAdherence] = []
        self.setAccessibleName(self.tr("Adherence by week"))
        self._fit_height()

    def _fit_height(self) -> None:
        """Room for the 0 % and 100 % labels apart and the week labels under the bars
        (layout_boxes), whatever the text size."""
        line = QFontMetrics(self.font()).height()
        self.setMinimumHeight(max(110, int(2.5 * line) + 20))

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).height()
        return QSize(420, max(130, 4 * line + 16))

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        from .qt import QEvent

        if event.type() == QEvent.Type.FontChange:
            self._fit_height()
            self.updateGeometry()
        super().changeEvent(event)

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

    def layout_boxes(self) -> ChartLayout:
        """The plot area and every label's box, measured with the widget's font."""
        fm = QFontMetrics(self.font())
        line = fm.height()
        y_texts = [f"{v}%" for v in (0, 50, 100)]
        left = max(fm.horizontalAdvance(t) for t in y_texts) + 8
        top = line // 2 + 2  # half of the "100%" label sits above the plot
        bottom = line + 6
        width = max(1, self.width() - left - 4)
        height = max(1, self.height() - bottom - top)
        plot = QRect(left, top, width, height)
        base = top + height
        y_labels = []
        # The middle label only when it fits between the others with a gap.
        values = (0, 50, 100) if height >= 2 * line + 4 else (0, 100)
        for value in values:
            y = base - height * value / 100
            y_labels.append((f"{value}%", QRect(0, int(y - line / 2), left - 6, line)))
        x_labels: list[tuple[int, str, QRect]] = []
        slot = width / len(self.weeks) if self.weeks else float(width)
        if self.weeks:
            texts = [local_date(w.week_start, "d MMM") for w in self.weeks]
            widest = max(fm.horizontalAdvance(t) for t in texts) + fm.horizontalAdvance("  ")
            step = max(1, math.ceil(widest / slot))
            for i in range(0, len(texts), step):
                box = QRect(int(left + i * slot), base + 3, widest, line)
                if box.right() > self.width():  # the last label must not run off the edge
                    box.moveRight(self.width() - 1)
                    if x_labels and box.intersects(x_labels[-1][2]):
                        break
                x_labels.append((i, texts[i], box))
        return ChartLayout(plot, y_labels, x_labels, slot)

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setFont(self.font())
        text = self.palette().color(QPalette.ColorRole.WindowText)
        box = self.layout_boxes()
        plot = box.plot
        if not self.weeks or plot.width() <= 1 or plot.height() <= 1:
            p.setPen(text)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No doses due yet."))
            p.end()
            return
        base, height = plot.top() + plot.height(), plot.height()
        p.setPen(text)
        for label, rect in box.y_labels:
            p.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        bar = max(3.0, box.slot * 0.7)
        for i, w in enumerate(self.weeks):
            pct = w.percent or 0
            x = plot.left() + i * box.slot + (box.slot - bar) / 2
            h = height * pct / 100
            colour = QColor(TONES[_tone(pct)][2])
            p.setPen(colour)
            p.setBrush(colour)
            p.drawRect(int(x), int(base - h), int(bar), max(1, int(h)))
        p.setPen(text)
        for _i, label, rect in box.x_labels:
            p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        pen = p.pen()
        pen.setColor(text)
        pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        y = int(base - height * TARGET / 100)
        p.drawLine(plot.left(), y, plot.left() + plot.width(), y)
        p.end()
