"""Running ``healthdesk NOUN VERB`` in-process through its real entry point, main()."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from healthdesk.cli.main import main

PASS = "cli nouns passphrase"


class Cli:
    """One real store made by ``healthdesk init``; every call passes --data-dir and
    --passphrase-file after the verb, as a script would."""

    def __init__(self, root: Path, data: Path | None = None, passphrase: str = PASS) -> None:
        self.dir = data or root / "data"
        self.pass_file = root / f"pass-{self.dir.name}.txt"
        self.pass_file.write_text(passphrase + "\n")
        self.capsys: pytest.CaptureFixture[str] | None = None

    def raw(self, *args: str) -> tuple[int, str, str]:
        assert self.capsys is not None
        self.capsys.readouterr()
        code = main([*args, "--data-dir", str(self.dir), "--passphrase-file",
                     str(self.pass_file)])
        out, err = self.capsys.readouterr()
        return code, out, err

    def ok(self, *args: str) -> str:
        code, out, err = self.raw(*args)
        assert code == 0, err
        return out

    def json(self, *args: str) -> Any:
        return json.loads(self.ok(*args, "--json"))

    def bad(self, *args: str) -> str:
        """Exit 2 with one sentence on stderr, nothing on stdout; returns the sentence."""
        code, out, err = self.raw(*args)
        assert code == 2, (code, out, err)
        assert out == "" and err.count("\n") == 1 and "Traceback" not in err, err
        assert err.startswith("healthdesk: ")
        return err.removeprefix("healthdesk: ").strip()
