"""Insights charts (matplotlib, imported on first use): each reading kind's week against
its normal band, and BP after missed doses beside the other days."""

from __future__ import annotations

import textwrap
from typing import Any

from healthdesk.domain.i18n import _
from healthdesk.services.assistant_insights import Relation, WeeklySummary

from ..chart_theme import OKABE_ITO, chart_colours, font_points, style_axes
from ..qt import QCoreApplication, QSizePolicy, QWidget


def canvas(summary: WeeklySummary, relation: Relation) -> QWidget:
    """One figure: a panel per reading kind (daily means, band shaded), then the relation."""
    import matplotlib.dates as mdates
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    from ..chart_dates import date_formatter
    from ..chart_fonts import configure

    configure()  # Devanagari and Tamil fonts in the fallback list
    panels = len(summary.trends) + 1
    theme = chart_colours()
    grow = font_points() / 10  # taller panels for larger text
    fig = Figure(figsize=(7.5, 2.1 * panels * grow), layout="constrained")
    axes: list[Any] = [fig.add_subplot(panels, 1, i + 1) for i in range(panels)]
    for ax, t in zip(axes, summary.trends, strict=False):
        days = [d for d, _ in t.daily]
        vals = [v for _, v in t.daily]
        if t.band is not None:
            ax.axhspan(t.band[0], t.band[1], color=theme.band[0], alpha=0.18,
                    label=QCoreApplication.translate("InsightsCharts", "normal range"))
        ax.plot(days, vals, marker="o", color=theme.series[0])
        # Day and month, few enough ticks that large text does not overlap.
        locator = mdates.AutoDateLocator(minticks=3, maxticks=5)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(date_formatter())  # the window's month names
        ax.set_title(textwrap.fill(QCoreApplication.translate("InsightsCharts",
                "{label}: {mean:g} {unit} this week ({0})").format(_arrow(t.direction),
                        label=_(t.label), mean=t.mean, unit=t.unit), 60),
                     loc="left")
        style_axes(fig, ax, theme)
    ax = axes[-1]
    # Wrapped: constrained layout gives every panel the widest tick label's margin, and
    # Tamil's long bar labels pushed the charts right and their titles off the figure.
    labels = [textwrap.fill(text, 16) for text in (
        QCoreApplication.translate("InsightsCharts", "Days after a missed dose"),
        QCoreApplication.translate("InsightsCharts", "Other days"))]
    means = [relation.mean_after_missed or 0.0, relation.mean_other or 0.0]
    # Orange against sky blue: apart for every common colour-vision deficiency.
    ax.barh(labels, means, color=[OKABE_ITO["orange"], OKABE_ITO["sky_blue"]])
    ax.set_title(textwrap.fill(QCoreApplication.translate("InsightsCharts",
            "Systolic BP, last 90 days: worth asking the doctor about?"), 60), loc="left")
    style_axes(fig, ax, theme)
    c = FigureCanvasQTAgg(fig)
    c.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    c.setMinimumHeight(int(170 * panels * grow))
    return c


def _arrow(direction: str) -> str:
    words = {"up": QCoreApplication.translate("InsightsCharts", "up on last week"),
             "down": QCoreApplication.translate("InsightsCharts", "down on last week"),
             "steady": QCoreApplication.translate("InsightsCharts", "steady"),
             "new": QCoreApplication.translate("InsightsCharts", "no week before to compare")}
    return words[direction]
