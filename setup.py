"""The build compiles the translation catalogues into the wheel (metadata: pyproject.toml).

The .po (core, gettext) and .ts (UI, Qt Linguist) sources are in git; the compiled .mo
and .qm are not. build_py writes them next to their sources in the build folder, so a
wheel or an installed copy ships them (healthdesk/catalogues.py does the compiling).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _catalogues():  # type: ignore[no-untyped-def]
    # Loaded from its file: importing the healthdesk package here would need its
    # dependencies in the build environment.
    spec = importlib.util.spec_from_file_location("_hd_catalogues",
                                                  ROOT / "healthdesk" / "catalogues.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


class BuildWithCatalogues(build_py):
    def run(self) -> None:
        super().run()
        out = Path(self.build_lib) / "healthdesk" / "resources"
        made = _catalogues().build_all(ROOT / "resources", out)
        for path in made:
            self.announce(f"compiled {path.relative_to(self.build_lib)}", level=2)


setup(cmdclass={"build_py": BuildWithCatalogues})
