"""``healthdesk erase`` through main(), on a real store made by ``healthdesk init``."""

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


def test_erase_needs_yes_off_a_terminal_then_removes_the_person(cli: Cli) -> None:
    cli.ok("profiles", "add", "Zephyrine Quillfeather")
    cli.ok("profiles", "add", "Bartholomew Okonkwo")
    cli.ok("readings", "add", "blood_pressure", "150/95", "--profile", "zephyrine quillfeather")
    assert "--yes" in cli.bad("erase", "--profile", "Zephyrine Quillfeather")
    assert cli.json("profiles", "list")[0]["name"] == "Bartholomew Okonkwo"
    assert len(cli.json("profiles", "list")) == 2  # nothing erased without --yes
    code, out, err = cli.raw("erase", "--profile", "Zephyrine Quillfeather", "--yes")
    assert code == 0, err
    assert out.startswith("Erased Zephyrine Quillfeather:") and "Backups written before" in err
    assert [p["name"] for p in cli.json("profiles", "list")] == ["Bartholomew Okonkwo"]
    assert cli.json("readings", "list", "--profile", "Bartholomew Okonkwo") == []


def test_erase_of_an_unknown_person_is_bad_input(cli: Cli) -> None:
    message = cli.bad("erase", "--profile", "Nobody Here", "--yes")
    assert "Nobody Here" in message


def test_keys_new_recovery_key_and_rotate(cli: Cli) -> None:
    cli.ok("profiles", "add", "Asha Rao")
    code, out, err = cli.raw("keys", "new-recovery-key")
    assert code == 0 and "not shown again" in err
    first = out.strip()
    code, out, err = cli.raw("keys", "rotate")
    assert code == 0, err
    assert "Re-encrypting" in err
    second = out.strip()
    assert first != second and len(first) == len(second) == 44
    assert [p["name"] for p in cli.json("profiles", "list")] == ["Asha Rao"]
    cli.pass_file.write_text("wrong passphrase\n")
    code, out, err = cli.raw("keys", "rotate")
    assert code == 3 and out == "" and "passphrase is wrong" in err


def test_backup_verify(cli: Cli, tmp_path: Path) -> None:
    cli.ok("profiles", "add", "Asha Rao")
    target = tmp_path / "b.hdbackup"
    cli.ok("backup", "-o", str(target))
    out = cli.ok("backup", "--verify", str(target))
    assert out.startswith(f"{target} is a sound backup made ")
    damaged = tmp_path / "damaged.hdbackup"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    assert str(damaged) in cli.bad("backup", "--verify", str(damaged))
    with pytest.raises(SystemExit) as usage:  # one of -o and --verify is needed
        cli.raw("backup")
    assert usage.value.code == 2
