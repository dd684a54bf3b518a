"""Devanagari and Tamil in the charts: matplotlib's font fallback list.

matplotlib (3.6+) draws each character with the first family in ``font.sans-serif``
that has it, so DejaVu Sans (its own, Latin) comes first and the system's Noto Sans
Devanagari / Tamil (healthdesk.fonts) after it: a Hindi axis label or a Tamil medicine
name is drawn instead of boxes. A script with no font is said once, in the log.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from healthdesk import fonts

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def configure() -> tuple[str, ...]:
    """Register the script fonts with matplotlib and put them in the fallback list (once);
    returns the families in order. Run it off the GUI thread: it reads font files."""
    import matplotlib
    from matplotlib import font_manager

    families = ["DejaVu Sans"]
    for script in ("deva", "taml"):
        found = fonts.script_font(script)
        if found is None:
            fonts.warn_missing(script)
            continue
        for path in filter(None, (found.regular, found.bold)):
            try:
                font_manager.fontManager.addfont(str(path))
            except (OSError, RuntimeError) as exc:  # a damaged or unreadable file
                log.warning("could not load %s: %s", path, exc)
        families.append(font_manager.FontProperties(fname=str(found.regular)).get_name())
    rest = [f for f in matplotlib.rcParams["font.sans-serif"] if f not in families]
    matplotlib.rcParams["font.sans-serif"] = [*families, *rest]
    # The families by name: a generic "sans-serif" resolves to one font, with no fallback.
    matplotlib.rcParams["font.family"] = [*families, "sans-serif"]
    return tuple(families)
