"""``healthdesk retention show|set|apply`` through main(), on a real store."""

from __future__ import annotations

from pathlib import Path

import pytest

from healthdesk.cli.main import main
from tests.cli.nouns_helpers import Cli


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> Cli:
    c = Cli(tmp_path)
    monkeypatch.setenv("HEALTHDESK_KDF", "fast")
    assert main(["init", "--data-dir", str(c.dir), "--passphrase-file", str(c.pass_file)]) == 0
    c.capsys = capsys
    return c


def test_set_show_and_apply(cli: Cli) -> None:
    cli.ok("profiles", "add", "Kamala Iyer")
    cli.ok("readings", "add", "weight", "64", "--taken-at", "2019-05-01T08:00")
    cli.ok("readings", "add", "weight", "63")
    out = cli.ok("retention", "set", "measurements", "2y")
    assert "Readings are kept for 2 years; 1 older than" in out
    shown = cli.json("retention", "show")
    rules = {r["kind"]: r for r in shown["rules"]}
    assert rules["measurements"] == {"kind": "measurements", "keep_months": 24,
                                     "would_erase": 1}
    assert rules["chat_messages"]["keep_months"] is None
    applied = cli.json("retention", "apply")
    assert applied["removed"] == [{"profile": "Kamala Iyer", "kind": "measurements",
                                   "rows": 1}]
    assert len(cli.json("readings", "list")) == 1
    assert "kept for ever" in cli.ok("retention", "set", "measurements", "off")


def test_bad_periods_and_kinds_are_bad_input(cli: Cli) -> None:
    cli.ok("profiles", "add", "Kamala Iyer")
    assert "between 12 and 1200 months" in cli.bad("retention", "set", "audit_events", "6m")
    assert '"18m", "2y"' in cli.bad("retention", "set", "chat_messages", "soon")
    assert "Kind must be one of: chat_messages" in cli.bad("retention", "set", "dose_events",
                                                            "2y")
