"""The window and the command line hold a HealthRecord, never its store: they go through
the services and the transfer facade (healthdesk/interop/transfer.py). import-linter
keeps them from importing healthdesk.store; this keeps them from reaching it as an
attribute (``record.store``), which no import would show."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "healthdesk"
FORBIDDEN = frozenset({"store", "_store", "db"})


def _reaches(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [f"{path.relative_to(ROOT.parent)}:{node.lineno}: .{node.attr}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and node.attr in FORBIDDEN]


@pytest.mark.parametrize("package", ["ui", "cli"])
def test_no_attribute_reaches_the_store(package: str) -> None:
    files = sorted((ROOT / package).rglob("*.py"))
    assert files
    found = [hit for f in files for hit in _reaches(f)]
    assert not found, "use a service or healthdesk.interop.transfer instead:\n" + "\n".join(
        found)

