"""What the visit summary and the emergency card share: a Unicode font, text the font can
draw, and small vector charts drawn with fpdf2's own lines (no matplotlib in the core).

The font is DejaVu Sans, which matplotlib ships in its mpl-data (found through its package
path, never imported). DejaVu has Latin, Greek and Cyrillic but no Devanagari or Tamil:
the first Hindi or Tamil text on a page loads that script's font from the system
(healthdesk.fonts: Noto Sans Devanagari / Tamil) as a fallback and turns on HarfBuzz
shaping (uharfbuzz), so conjuncts and vowel signs are drawn as they are written. A
character no loaded font has is replaced by "?" and counted in ``Pdf.missing_glyphs``,
so a page never carries invisible boxes silently. With no DejaVu at all, the built-in
Helvetica stands in with the same replacement.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from fpdf import FPDF

from healthdesk import fonts
from healthdesk.domain.errors import ValidationError
from healthdesk.domain.formats import format_day
from healthdesk.domain.i18n import _, current_language

PAPERS = ("a4", "letter")
FAMILY = "body"
GREY = (110, 110, 110)
INK = (20, 20, 20)
BAND = (214, 238, 220)
LINE_COLOURS = ((31, 95, 168), (196, 78, 35), (80, 140, 60))


def _map_shaped_glyphs_to_nothing() -> None:
    """Give shaped glyphs that carry no text of their own an empty ToUnicode entry.

    HarfBuzz turns a cluster like "हि" into two glyphs; fpdf2 (2.8) maps the cluster's
    text to the first and leaves the second unmapped, so a reader copying the text gets
    the glyph's code as a control character ("महि\x03ला"). Mapping those codes to ""
    makes copy, search and pypdf read "महिला". fpdf2 builds each font's bfchar list with
    this module-level helper, which is wrapped once here; without it nothing changes.
    """
    import fpdf.output as output

    build = getattr(output, "_build_cmap_blocks", None)
    if build is None or getattr(build, "healthdesk_wrapped", False):
        return

    def build_blocks(entries: list[str], operator: str) -> str:
        if operator == "bfchar" and entries:
            codes = [m.group(1) for e in entries if (m := _CODE.match(e))]
            have = {int(c, 16) for c in codes}
            width = len(codes[0]) if codes else 4
            entries = entries + [f"<{c:0{width}X}> <>\n" for c in range(1, max(have, default=0))
                                 if c not in have]
        return str(build(entries, operator))

    build_blocks.healthdesk_wrapped = True  # type: ignore[attr-defined]
    output._build_cmap_blocks = build_blocks


_CODE = re.compile(r"<([0-9A-F]+)>")
_map_shaped_glyphs_to_nothing()


@lru_cache(maxsize=1)
def font_dir() -> Path | None:
    """matplotlib's bundled TTF folder, located without importing matplotlib."""
    spec = importlib.util.find_spec("matplotlib")
    for root in (spec.submodule_search_locations or []) if spec else []:
        folder = Path(root) / "mpl-data" / "fonts" / "ttf"
        if (folder / "DejaVuSans.ttf").is_file() and (folder / "DejaVuSans-Bold.ttf").is_file():
            return folder
    return None


def check_paper(paper: str) -> str:
    value = (paper or "").strip().lower()
    if value not in PAPERS:
        raise ValidationError("paper", _("Paper must be one of: {papers} (not '{paper}').").format(
                                           papers=', '.join(PAPERS), paper=paper))
    return value


class Pdf(FPDF):
    """An FPDF with the body font loaded and text made drawable before it is set."""

    def __init__(self, *, format: str | tuple[float, float] = "A4",
                 orientation: str = "portrait", real_bold: bool = True) -> None:
        """``real_bold=False`` sets bold text in the built-in Helvetica Bold (Latin-1
        only: for fixed headings): one TTF to parse and embed instead of two, as the
        card's budget is 300 ms and each TTF costs ~80 ms."""
        super().__init__(orientation=orientation, unit="mm", format=format)
        self.missing_glyphs: set[str] = set()
        self._scripts: dict[str, bool] = {}  # script -> its font loaded
        folder = font_dir()
        self._unicode = folder is not None
        # Helvetica Bold has Latin-1 only: translated headings need the Unicode face.
        self._real_bold = real_bold or folder is None or current_language() != "en"
        if folder is not None:
            self.add_font(FAMILY, "", str(folder / "DejaVuSans.ttf"))
            if self._real_bold:
                self.add_font(FAMILY, "B", str(folder / "DejaVuSans-Bold.ttf"))
            self._family = FAMILY
        else:
            self._family = "helvetica"
        self.set_font(self._family, size=10)
        self.set_text_color(*INK)

    def font(self, size: float, bold: bool = False) -> None:
        if bold and not self._real_bold:
            self.set_font("helvetica", "B", size)
        else:
            self.set_font(self._family, "B" if bold else "", size)

    def _load_script(self, script: str) -> bool:
        """Add ``script``'s font as a fallback (once); False when the system has none."""
        if script in self._scripts:
            return self._scripts[script]
        found = fonts.script_font(script) if self._unicode else None
        self._scripts[script] = found is not None
        if found is None:
            fonts.warn_missing(script)
            return False
        self.add_font(script, "", str(found.regular))
        # Bold text falls back to the bold face, or to the regular one when there is none.
        self.add_font(script, "B", str(found.bold or found.regular))
        self.set_fallback_fonts([s for s, ok in self._scripts.items() if ok])
        if importlib.util.find_spec("uharfbuzz") is not None:
            self.set_text_shaping(True)
        return True

    def _glyphs(self) -> set[int]:
        """The code points the current font and the loaded fallbacks can draw."""
        cmap = set(self.current_font.cmap)  # type: ignore[union-attr]
        for script, ok in self._scripts.items():
            if ok:
                lo, hi = fonts.RANGES[script]
                cmap.update(range(lo, hi + 1))
        return cmap

    def clean(self, text: str | None) -> str:
        """``text`` with each character no loaded font has replaced by "?"."""
        if not text:
            return ""
        unicode = self._unicode and self.font_family == FAMILY
        if unicode:
            for script in fonts.scripts_in(text):
                self._load_script(script)
        cmap = self._glyphs() if unicode else set()
        out = []
        for ch in text:
            if ch in "\n\t" or (ord(ch) in cmap if unicode else ord(ch) < 256):
                out.append(ch)
            else:
                self.missing_glyphs.add(ch)
                out.append("?")
        return "".join(out)

    def text_line(self, text: str, size: float = 10, bold: bool = False,
                  height: float | None = None, colour: tuple[int, int, int] = INK) -> None:
        self.font(size, bold)
        self.set_text_color(*colour)
        self.multi_cell(0, height or size * 0.5, self.clean(text), new_x="LMARGIN",
                        new_y="NEXT")
        self.set_text_color(*INK)


@dataclass(frozen=True)
class Series:
    label: str
    times: Sequence[dt.date]
    values: Sequence[float]


def _tint(colour: tuple[int, int, int], amount: float = 0.82) -> tuple[int, int, int]:
    """``colour`` mixed with white: a band that says which line it belongs to."""
    r, g, b = (round(c + (255 - c) * amount) for c in colour)
    return r, g, b


def draw_chart(pdf: Pdf, x: float, y: float, w: float, h: float, series: Sequence[Series],
               band: tuple[float, float] | None, unit: str, *,
               bands: Sequence[tuple[float, float] | None] | None = None) -> None:
    """A line chart: frame, the normal band shaded, one polyline per series, the value
    range and the first and last dates written at the axes."""
    points = [v for s in series for v in s.values]
    days = [t for s in series for t in s.times]
    if not points or not days:
        return
    # One band per line (systolic and diastolic each have theirs), tinted like its line
    # when there are several; ``band`` alone is the single green band.
    shaded = [(b, BAND if len(series) == 1 else _tint(LINE_COLOURS[i % len(LINE_COLOURS)]))
              for i, b in enumerate(bands or ()) if b is not None]
    if band is not None:
        shaded.insert(0, (band, BAND))
    lo, hi = min(points), max(points)
    for b, _colour in shaded:
        lo, hi = min(lo, b[0]), max(hi, b[1])
    if hi - lo < 1e-9:
        lo, hi = lo - 1, hi + 1
    pad = (hi - lo) * 0.08
    lo, hi = lo - pad, hi + pad
    first, last = min(days), max(days)
    span = max((last - first).days, 1)
    left = x + 12  # room for the value labels

    def px(day: dt.date) -> float:
        return left + (w - 12) * (day - first).days / span

    def py(value: float) -> float:
        return y + h - h * (value - lo) / (hi - lo)

    for b, colour in shaded:
        top, bottom = py(min(b[1], hi)), py(max(b[0], lo))
        pdf.set_fill_color(*colour)
        pdf.rect(left, top, w - 12, bottom - top, style="F")
    if shaded:
        pdf.set_fill_color(255, 255, 255)  # tables after the chart must not take the band's
    pdf.set_draw_color(*GREY)
    pdf.set_line_width(0.2)
    pdf.rect(left, y, w - 12, h)
    pdf.set_line_width(0.35)
    for i, s in enumerate(series):
        pdf.set_draw_color(*LINE_COLOURS[i % len(LINE_COLOURS)])
        pts = [(px(t), py(v)) for t, v in zip(s.times, s.values, strict=True)]
        if len(pts) == 1:
            pdf.circle(x=pts[0][0], y=pts[0][1], radius=0.6, style="D")
        else:
            pdf.polyline(pts)
    pdf.set_draw_color(*INK)
    pdf.set_line_width(0.2)
    pdf.font(6.5)
    pdf.set_text_color(*GREY)
    for value in (hi - pad, lo + pad):
        pdf.set_xy(x, py(value) - 1.5)
        pdf.cell(11, 3, f"{value:.4g}", align="R")
    pdf.set_xy(left, y + h + 0.5)
    pdf.cell(30, 3, pdf.clean(format_day(first)))
    pdf.set_xy(x + w - 30, y + h + 0.5)
    pdf.cell(30, 3, pdf.clean(format_day(last)), align="R")
    legend = "   ".join(s.label for s in series if s.label)
    note = f"{unit}" + ("   " + _("shaded: normal range") if shaded else "")
    pdf.set_xy(left + 32, y + h + 0.5)
    pdf.cell(w - 12 - 64, 3, pdf.clean(f"{legend}   {note}".strip()), align="C")
    pdf.set_text_color(*INK)
