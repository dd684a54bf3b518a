"""--data-dir and --passphrase-file may come before the command or after it, for every
command (argparse would let a subparser's default overwrite a value given first)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest

from healthdesk.cli.main import build_parser, main

PASS = "common options passphrase"


Parsers = Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Parsers:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield (*path, name), sub
                yield from _commands(sub, (*path, name))


def test_every_parser_below_the_top_keeps_the_value_given_before_the_command() -> None:
    seen = 0
    for path, sub in _commands(build_parser()):
        for action in sub._actions:
            if action.dest in ("data_dir", "passphrase_file"):
                seen += 1
                assert action.default is argparse.SUPPRESS, " ".join(path)
    assert seen > 40


@pytest.mark.parametrize("argv", [
    ["--data-dir", "D", "--passphrase-file", "P", "check"],
    ["check", "--data-dir", "D", "--passphrase-file", "P"],
    ["--data-dir", "D", "export", "--format", "json", "-o", "-", "--passphrase-file", "P"],
    ["--data-dir", "D", "--passphrase-file", "P", "backup", "-o", "x"],
    ["--data-dir", "D", "--passphrase-file", "P", "account", "status"],
    ["--data-dir", "D", "--passphrase-file", "P", "doses"],
    ["--data-dir", "D", "--passphrase-file", "P", "profiles", "list"],
    ["--data-dir", "D", "--passphrase-file", "P", "gui"],
])
def test_the_value_given_before_the_command_arrives(argv: list[str]) -> None:
    args = build_parser().parse_args(argv)
    assert (args.data_dir, args.passphrase_file) == ("D", "P")


def test_none_given_is_none() -> None:
    args = build_parser().parse_args(["check"])
    assert (args.data_dir, args.passphrase_file) == (None, None)


def test_check_reads_the_store_named_before_the_command(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("HEALTHDESK_KDF", "fast")
    monkeypatch.delenv("HEALTHDESK_DATA_DIR", raising=False)
    monkeypatch.delenv("HEALTHDESK_PASSPHRASE", raising=False)
    store, pass_file = tmp_path / "store", tmp_path / "pass"
    pass_file.write_text(PASS)
    common = ["--data-dir", str(store), "--passphrase-file", str(pass_file)]
    assert main([*common, "init"]) == 0
    capsys.readouterr()
    assert main([*common, "check"]) == 0
    assert str(store) in capsys.readouterr().out
