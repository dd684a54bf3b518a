"""The readings chart: a trend line against its normal band, points coloured by category.

matplotlib costs about 0.6 s to import, so nothing here imports it (or numpy) at module
level: the first time the chart is shown it is imported on a worker thread while a
placeholder is on screen, and the canvas is then built on the GUI thread. Data is
fetched and prepared (decimated, classified) on the database worker by
``chart_data.load_chart_data``; a redraw only moves existing artists (``set_data``) and
asks for ``draw_idle``.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from healthdesk.domain.i18n import _
from healthdesk.domain.measurements import KINDS

from .chart_theme import CATEGORY_DOTS, chart_colours, font_points, style_axes
from .context import UiContext
from .i18n import tr_label
from .qt import (
    QT_TRANSLATE_NOOP,
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLocale,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)
from .readings_model import when_text
from .widgets import body_points, muted, set_point_size

if TYPE_CHECKING:
    from .chart_data import ChartData

RANGE_BUTTONS = (
    ("2w", QT_TRANSLATE_NOOP("Labels", "2 weeks")),
    ("3m", QT_TRANSLATE_NOOP("Labels", "3 months")),
    ("1y", QT_TRANSLATE_NOOP("Labels", "1 year")),
    ("all", QT_TRANSLATE_NOOP("Labels", "All")),
)
RANGE_WORDS = {
    "2w": QT_TRANSLATE_NOOP("Labels", "in the last 2 weeks"),
    "3m": QT_TRANSLATE_NOOP("Labels", "in the last 3 months"),
    "1y": QT_TRANSLATE_NOOP("Labels", "in the last year"),
    "all": QT_TRANSLATE_NOOP("Labels", "yet"),
}
MARKERS = ("o", "s")
SHAPES = ("●", "■")
HOVER_RADIUS_PX = 28


def _warm_imports() -> None:
    """Import the heavy, Qt-free parts on a worker so the GUI thread never waits 0.6 s."""
    import matplotlib.dates
    import matplotlib.figure  # noqa: F401

    from . import chart_data  # noqa: F401 - numpy too
    from .chart_fonts import configure

    configure()  # Devanagari and Tamil fonts in the fallback list


class _Slot:
    """The artists of one plotted line, created once and reused by every redraw."""

    def __init__(self, ax: Any, i: int, colours: list[str]) -> None:
        self.i = i
        self.line = ax.plot([], [], lw=1.6, zorder=3, ls="-" if i == 0 else "--")[0]
        # One marker line per category (codes index ``chart_data.LEVELS``).
        self.markers = [ax.plot([], [], ls="", marker=MARKERS[i], ms=6, zorder=4, mfc=colour,
                                mew=0.7)[0] for colour in colours]
        self.band = ax.axhspan(0, 1, alpha=0.13, lw=0, zorder=0, visible=False)
        self.envelope = ax.fill_between([], [], [], alpha=0.12, lw=0, zorder=1, visible=False)

    def restyle(self, theme: Any) -> None:
        """Line, band and marker edges in the theme's colours (see chart_theme)."""
        self.line.set_color(theme.series[self.i])
        self.band.set_color(theme.band[self.i])
        self.envelope.set_color(theme.series[self.i])
        for marker in self.markers:
            marker.set_markeredgecolor(theme.marker_edge)

    def clear(self) -> None:
        self.line.set_data([], [])
        for marker in self.markers:
            marker.set_data([], [])
        self.band.set_visible(False)
        self.envelope.set_visible(False)


class ReadingsChart(QWidget):
    """One kind of reading over a chosen range; ``current_points`` is what is plotted."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = "blood_pressure"
        self.unit: str | None = None
        self.range_key = "3m"
        self.data: ChartData | None = None
        self.figure: Any = None
        self.canvas: Any = None
        self._ax: Any = None
        self.theme = chart_colours()
        self._slots: list[_Slot] = []
        self._offset = 0.0
        self._importing = False
        self._dirty = True
        self._generation = 0
        self._hovered: tuple[int, int] | None = None
        self.title = QLabel()
        set_point_size(self.title, body_points() + 2, bold=True)
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.title, 1)
        self.range_group = QButtonGroup(self)
        self.range_buttons: dict[str, QPushButton] = {}
        for key, text in RANGE_BUTTONS:
            label = tr_label(text)
            button = QPushButton(label)
            button.setCheckable(True)
            button.setChecked(key == self.range_key)
            button.setToolTip(self.tr("Show {0}").format(
                    label.lower()) if key != "all" else self.tr("Show every reading"))
            button.setAccessibleName(self.tr("Chart range: {text}").format(text=label))
            button.clicked.connect(lambda _=False, k=key: self.set_range(k))
            self.range_group.addButton(button)
            self.range_buttons[key] = button
            top.addWidget(button)
        self.save_button = QPushButton(self.tr("Save as PNG…"))
        self.save_button.setToolTip(self.tr("Save this chart as a picture"))
        self.save_button.clicked.connect(self.save_png_action)
        self.placeholder = muted(self.tr("Preparing the chart…"))
        self.placeholder.setMinimumHeight(170)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setAccessibleName(self.tr("Chart legend"))
        self.summary = muted("")
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.save_button)
        self._body = QVBoxLayout(self)
        self._body.setContentsMargins(0, 0, 0, 0)
        self._body.addLayout(top)
        self._body.addWidget(self.placeholder, 1)
        self._body.addWidget(self.legend)
        self._body.addLayout(bottom)
        self._set_title()

    # -- what to show -----------------------------------------------------------------

    def set_kind(self, kind: str, unit: str | None = None) -> None:
        if (kind, unit) != (self.kind, self.unit):
            self.kind, self.unit = kind, unit
            self._set_title()
            self.reload()

    def set_range(self, range_key: str) -> None:
        self.range_buttons[range_key].setChecked(True)
        if range_key != self.range_key:
            self.range_key = range_key
            self._set_title()
            self.reload()

    def _set_title(self) -> None:
        words = tr_label(dict(RANGE_BUTTONS)[self.range_key]).lower()
        span = self.tr("all readings") if self.range_key == "all" else self.tr(
            "the last {span}").format(span=words)
        label = _(KINDS[self.kind].label)
        self.title.setText(label)
        self.title.setAccessibleName(self.tr("Chart of {0}, {span}").format(label.lower(),
                                                                             span=span))

    def reload(self) -> None:
        """Fetch and redraw in the background; deferred until the chart is visible."""
        if not self.isVisible() or not self.ctx.profile_id:
            self._dirty = True
            return
        self._dirty = False
        self._generation += 1
        generation = self._generation
        args = (self.ctx.record.readings, self.ctx.profile_id, self.kind, self.range_key,
                self.ctx.record.now(), self.unit)

        def work() -> ChartData:
            from .chart_data import load_chart_data

            return load_chart_data(*args)

        def done(data: ChartData) -> None:
            if generation == self._generation:
                self.data = data
                self.redraw()

        self.ctx.run(work, done, lambda exc: self.ctx.status_event.emit(
            f"The chart could not be drawn: {exc}"))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.canvas is None and not self._importing:
            self._importing = True
            self.ctx.tasks.run(_warm_imports, lambda _r: self._build_canvas(),
                               lambda exc: self.placeholder.setText(
                                   self.tr("The chart is unavailable: {exc}").format(exc=exc)),
                                           network=True)
        if self._dirty:
            self.reload()

    # -- drawing ----------------------------------------------------------------------

    def _build_canvas(self) -> None:
        import matplotlib.dates as mdates
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        from .chart_data import LEVELS
        from .chart_dates import date_formatter

        self.figure = Figure(figsize=(6, 3), dpi=100)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setMinimumHeight(170)
        self.canvas.setAccessibleName(self.tr("Readings chart"))
        ax = self._ax = self.figure.add_subplot(111)
        ax.set_axisbelow(True)
        ax.spines[["top", "right"]].set_visible(False)
        tz = dt.datetime.now().astimezone().tzinfo
        locator = mdates.AutoDateLocator(tz=tz, minticks=3, maxticks=8)
        ax.xaxis.set_major_locator(locator)
        # Month names in the window's language, not the computer's (chart_dates.py).
        ax.xaxis.set_major_formatter(date_formatter(tz))
        self._offset = float(mdates.date2num(dt.datetime(1970, 1, 1, tzinfo=dt.UTC)))
        self._slots = [_Slot(ax, i, [CATEGORY_DOTS[level] for level in LEVELS])
                       for i in range(2)]
        self._empty = ax.text(0.5, 0.5, "", transform=ax.transAxes, ha="center", va="center",
                              fontsize=14)
        self._note = ax.annotate("", xy=(0, 0), xytext=(14, 14), textcoords="offset points",
                                 fontsize=11, zorder=10, visible=False,
                                 bbox={"boxstyle": "round,pad=0.5"})
        self.canvas.mpl_connect("motion_notify_event", self._hover)
        self.canvas.mpl_connect("figure_leave_event", lambda _e: self._hide_note())
        self.canvas.mpl_connect("resize_event", lambda _e: self._fit_margins())
        self.restyle()
        self._body.replaceWidget(self.placeholder, self.canvas)
        self.placeholder.hide()
        self._fit_margins()
        self.redraw()

    def restyle(self) -> None:
        """Colours from the current theme; called on build and when the palette changes."""
        if getattr(self, "_ax", None) is None:
            return
        theme = self.theme = chart_colours(self.palette())
        style_axes(self.figure, self._ax, theme)
        for slot in self._slots:
            slot.restyle(theme)
        self._empty.set(color=theme.muted, fontsize=font_points(1.3))
        self._note.set(color=theme.text, fontsize=font_points())
        self._note.get_bbox_patch().set(facecolor=theme.note_fill, edgecolor=theme.note_edge)
        self.canvas.draw_idle()
        if self.data is not None:
            self._describe(self.data)

    def changeEvent(self, event: Any) -> None:
        from .qt import QEvent

        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.restyle()
        super().changeEvent(event)

    def _fit_margins(self) -> None:
        """Fixed margins in pixels, so labels are never clipped whatever the size."""
        w, h = max(self.canvas.width(), 200), max(self.canvas.height(), 150)
        self.figure.subplots_adjust(left=min(70 / w, 0.3), right=1 - 18 / w,
                                    bottom=min(42 / h, 0.3), top=1 - 14 / h)

    def redraw(self) -> None:
        """Move the existing artists to the current data and schedule a repaint."""
        data, ax = self.data, self._ax
        if data is None or ax is None:
            return
        import numpy as np

        xs: list[Any] = []
        ys: list[Any] = []  # everything that must fit vertically
        for i, slot in enumerate(self._slots):
            comp = data.components[i] if i < len(data.components) else None
            if comp is None:
                slot.clear()
                continue
            x = comp.x + self._offset
            slot.line.set_data(x, comp.y)
            size = 7 if len(x) <= 200 else 5 if len(x) <= 700 else 3
            for code, marker in enumerate(slot.markers):
                chosen = comp.codes == code
                marker.set_data(x[chosen], comp.y[chosen])
                marker.set_markersize(size)
                marker.set_markeredgewidth(0.7 if size > 3 else 0)  # edges cost, unseen
            slot.band.set_visible(comp.band is not None)
            if comp.band is not None:
                slot.band.set(y=comp.band[0], height=comp.band[1] - comp.band[0])
                ys.append(np.asarray(comp.band))
            slot.envelope.set_visible(comp.low is not None and len(x) > 0)
            if comp.low is not None and comp.high is not None and len(x):
                slot.envelope.set_data(x, comp.low, comp.high)
                ys += [comp.low, comp.high]
            xs.append(x)
            ys.append(comp.y)
        end = data.x_end + self._offset
        starts = [float(x[0]) for x in xs if len(x)]
        start = data.x_start + self._offset if data.x_start is not None else min(
            starts, default=end - 14)
        pad = max((end - start) * 0.02, 0.3)
        ax.set_xlim(start - pad, end + pad)
        values = np.concatenate([np.asarray(y, dtype=float).ravel() for y in ys]) if ys else []
        lo, hi = (float(np.nanmin(values)), float(np.nanmax(values))) if len(values) else (0, 1)
        margin = max((hi - lo) * 0.08, 1e-3 + abs(hi) * 0.02)
        ax.set_ylim(lo - margin, hi + margin)
        ax.set_ylabel(data.unit, fontsize=font_points(1.1))
        self._empty.set_text(self.tr("No {0} readings {1}.").format(data.kind_label.lower(),
                tr_label(RANGE_WORDS[data.range_key])) if data.empty else "")
        self._hide_note(draw=False)
        self.canvas.draw_idle()
        self._describe(data)

    def _describe(self, data: ChartData) -> None:
        """The legend in words (Qt labels: large text, never colour alone)."""
        from .chart_data import LEVELS

        parts = []
        for i, comp in enumerate(data.components):
            if len(data.components) > 1:
                style = self.tr("solid") if i == 0 else self.tr("dashed")
                parts.append(self.tr(
                        "<span style='color:{0}'>{1}</span>&nbsp;{label}&nbsp;({style})").format(
                                self.theme.series[i], SHAPES[i], label=comp.label,
                                style=style))
        seen: dict[str, tuple[tuple[int, int], str]] = {}
        for comp in data.components:
            for code, label in zip(comp.codes.tolist(), comp.labels, strict=True):
                level = LEVELS[code]
                order = (-1, 0) if level is None else (level.severity, code)
                seen.setdefault(label, (order, CATEGORY_DOTS[level]))
        for label, (_order, colour) in sorted(seen.items(), key=lambda kv: kv[1][0]):
            parts.append(self.tr("<span style='color:{colour}'>●</span>&nbsp;{0}").format(
                    label.replace(' ', '&nbsp;'), colour=colour))
        if any(c.band is not None for c in data.components):
            parts.append(self.tr(
                    "<span style='color:{colour}'>▬</span>&nbsp;shaded:&nbsp;normal&nbsp;range"
                    ).format(colour=self.theme.band[0]))
        self.legend.setText(" &nbsp; ".join(parts))
        if data.empty:
            self.summary.setText("")
        elif data.daily:
            self.summary.setText(self.tr(
                    "Daily averages of {source_points:,} readings; the pale area spans the lowest "
                    "to highest.").format(source_points=data.source_points))
        else:
            shown = len(data.components[0].x)
            text = self.tr("%n readings", "", data.source_points)
            if shown < data.source_points:
                text += " " + self.tr("(showing {shown} that keep the shape)").format(
                    shown=QLocale().toString(shown))
            self.summary.setText(text + ". " + self.tr("Point at a dot to see its value."))

    # -- hover and export -------------------------------------------------------------

    def _hover(self, event: Any) -> None:
        data = self.data
        if data is None or event.inaxes is not self._ax or data.empty:
            self._hide_note()
            return
        import numpy as np

        best: tuple[float, int, int] | None = None
        for i, comp in enumerate(data.components):
            if not len(comp.x):
                continue
            pixels = self._ax.transData.transform(np.column_stack([comp.x + self._offset,
                                                                   comp.y]))
            dist = (pixels[:, 0] - event.x) ** 2 + (pixels[:, 1] - event.y) ** 2
            j = int(np.argmin(dist))
            if best is None or dist[j] < best[0]:
                best = (float(dist[j]), i, j)
        if best is None or best[0] > HOVER_RADIUS_PX ** 2:
            self._hide_note()
            return
        if (best[1], best[2]) != self._hovered or not self._note.get_visible():
            self.show_point(best[1], best[2])

    def show_point(self, i: int, j: int) -> None:
        """Show the hover note for point ``j`` of line ``i``."""
        comp = self.data.components[i]  # type: ignore[union-attr]
        x, y = float(comp.x[j]) + self._offset, float(comp.y[j])
        left, right = self._ax.get_xlim()
        bottom, top = self._ax.get_ylim()
        flip, below = x > (left + right) / 2, y > (bottom + top) / 2
        self._note.xy = (x, y)
        from .chart_data import point_text

        self._note.set_text(point_text(self.data, i, j, when_text))  # type: ignore[arg-type]
        self._note.set_position((-14 if flip else 14, -14 if below else 14))
        self._note.set_horizontalalignment("right" if flip else "left")
        self._note.set_verticalalignment("top" if below else "bottom")
        self._note.set_visible(True)
        self._hovered = (i, j)
        self.canvas.draw_idle()

    def _hide_note(self, draw: bool = True) -> None:
        if self._ax is not None and self._note.get_visible():
            self._note.set_visible(False)
            self._hovered = None
            if draw:
                self.canvas.draw_idle()

    def save_png(self, path: str) -> None:
        self._hide_note(draw=False)
        self.figure.savefig(path, dpi=150, facecolor=self.figure.get_facecolor())

    def save_png_action(self) -> None:
        if self.figure is None:
            return
        stamp = self.ctx.record.now().date().isoformat()
        suggested = f"{self.kind.replace('_', '-')}-{self.range_key}-{stamp}.png"
        path, _ = QFileDialog.getSaveFileName(self, "Save chart as PNG", suggested,
                                              "PNG image (*.png)")
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        try:
            self.save_png(path)
        except OSError as exc:
            self.ctx.status_event.emit(f"The chart could not be saved: {exc.strerror or exc}")
        else:
            self.ctx.status_event.emit(f"Chart saved to {path}")

    # -- for tests --------------------------------------------------------------------
    def current_points(self, component: str) -> tuple[Any, Any]:
        """(x, y) of the line plotted for ``component`` (x in matplotlib date numbers)."""
        if self.data is None:
            return [], []
        for i, comp in enumerate(self.data.components):
            if comp.name == component and self._slots:
                return self._slots[i].line.get_xdata(), self._slots[i].line.get_ydata()
            if comp.name == component:
                return comp.x + self._offset, comp.y
        return [], []

    def x_range(self) -> tuple[float, float] | None:
        return None if self._ax is None else tuple(
                self._ax.get_xlim())  # type: ignore[return-value]
