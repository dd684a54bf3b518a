"""``healthdesk [gui] [--demo]`` and ``healthdesk screenshot --out DIR``.

Qt and the demo generator load only when one of these runs, so the record's other
commands start without them.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

Common = Callable[[argparse.ArgumentParser], None]


def register(sub: argparse._SubParsersAction, common: Common) -> None:
    gui = sub.add_parser("gui", help="open the desktop app (the default)")
    common(gui)
    gui.add_argument("--demo", action="store_true", help="use a throw-away demo record")
    gui.add_argument("--background", action="store_true",
                     help="start in the tray (as at login): remind from the plan until "
                          "unlocked")
    shot = sub.add_parser("screenshot", help="render every main page offscreen to PNG files")
    common(shot)
    shot.add_argument("--out", required=True, metavar="DIR")
    shot.add_argument("--lang", default="en", metavar="en|hi|ta|pseudo",
                      help="the window's language (pseudo: every translated text in ⟦…⟧)")
    shot.add_argument("--theme", default="light", metavar="light|dark|high-contrast|system")
    shot.add_argument("--text-size", type=int, default=100, metavar="100-200",
                      help="text size in per cent, as in Settings")


def cmd_gui(args: argparse.Namespace) -> int:
    from .start import run_gui

    return run_gui(args)


def cmd_screenshot(args: argparse.Namespace) -> int:
    from .screenshots import run_screenshots

    return run_screenshots(args)


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "gui": cmd_gui, "screenshot": cmd_screenshot,
}
