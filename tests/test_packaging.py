"""The wheel carries every package, the migrations included (they are listed by hand)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_is_listed_in_pyproject() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
                 ["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts)
             for p in (ROOT / "healthdesk").rglob("__init__.py")}
    found |= {"healthdesk." + ".".join(p.parent.relative_to(ROOT).parts)
              for p in (ROOT / "migrations").rglob("__init__.py")}
    found |= {"healthdesk." + ".".join(p.parent.relative_to(ROOT).parts)
              for p in (ROOT / "resources").rglob("__init__.py")}
    assert found - listed == set(), "add these to [tool.setuptools] packages"
    assert listed - found == set(), "these listed packages do not exist"
