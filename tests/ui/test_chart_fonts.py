"""The charts draw Hindi and Tamil with a font that has them (no boxes)."""

from __future__ import annotations

import warnings

import pytest

from healthdesk import fonts
from healthdesk.ui.chart_fonts import configure


def test_hindi_and_tamil_labels_find_their_glyphs() -> None:
    if fonts.script_font("deva") is None or fonts.script_font("taml") is None:
        pytest.fail("no Noto Sans Devanagari / Tamil: apt-get install fonts-noto-core")
    families = configure()
    assert families[0] == "DejaVu Sans" and len(families) == 3
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(3, 2))
    ax = fig.add_subplot()
    ax.set_title("रक्तचाप")
    ax.set_xlabel("இரத்த அழுத்தம்")
    ax.set_ylabel("mmHg")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph ... missing from font(s)" is a warning
        FigureCanvasAgg(fig).draw()
