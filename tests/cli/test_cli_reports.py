"""``healthdesk report``, ``card`` and ``calendar export|import`` through main(): files
written, bad options exit 2 naming the option, nothing written then."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from pypdf import PdfReader

from healthdesk.cli.main import main
from tests.cli.nouns_helpers import Cli


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cli]:
    cli = Cli(tmp_path_factory.mktemp("reports"))
    common = ["--data-dir", str(cli.dir), "--passphrase-file", str(cli.pass_file)]
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HEALTHDESK_KDF", "fast")
        assert main(["init", *common]) == 0
        assert main(["profiles", "add", "Kamala Iyer", "--timezone", "Asia/Kolkata",
                     *common]) == 0
        assert main(["profiles", "add", "Arjun Iyer", *common]) == 0
        assert main(["allergies", "add", "Peanuts", "--profile", "Arjun Iyer",
                     *common]) == 0
        yield cli


@pytest.fixture
def cli(store: Cli, capsys: pytest.CaptureFixture[str]) -> Cli:
    store.capsys = capsys
    return store


def test_report_and_card_write_pdfs(cli: Cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "visit.pdf"
    cli.ok("report", "--profile", "arjun iyer", "--from", "2026-01-01", "--to",
           "2026-03-01", "--paper", "letter", "-o", str(out))
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    text = reader.pages[0].extract_text()
    assert "Visit summary: Arjun Iyer" in text and "Peanuts" in text
    assert "Period 2026-01-01 to 2026-03-01" in text
    assert float(reader.pages[0].mediabox.width) == pytest.approx(612, abs=0.1)
    card = tmp_path / "card.pdf"
    cli.ok("card", "--profile", "Arjun Iyer", "-o", str(card))
    assert "Peanuts" in PdfReader(card).pages[0].extract_text()
    assert (card.stat().st_mode & 0o777) == 0o600


@pytest.mark.parametrize(("args", "named"), [
    (("--profile", "Nobody"), "Nobody"),
    (("--profile", "Arjun Iyer", "--from", "2026-05-01", "--to", "2026-01-01"), "--from"),
    (("--profile", "Arjun Iyer", "--from", "01/02/2026"), "--from"),
    (("--profile", "Arjun Iyer", "--to", "2026-02-30"), "--to"),
    (("--profile", "Arjun Iyer", "--paper", "a5"), "--paper"),
    ((), "--profile"),
])
def test_report_bad_input_exits_2(cli: Cli, tmp_path, args: tuple[str, ...], named: str  # type: ignore[no-untyped-def]
                                  ) -> None:
    out = tmp_path / "r.pdf"
    assert named in cli.bad("report", *args, "-o", str(out))
    assert not out.exists()


def test_card_bad_layout(cli: Cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert "--layout" in cli.bad("card", "--profile", "Arjun Iyer", "--layout", "poster",
                                 "-o", str(tmp_path / "c.pdf"))


def test_calendar_export_and_import(cli: Cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    cli.ok("appointments", "add", "Diabetes review", "--profile", "Kamala Iyer",
           "--start-at", "2099-04-02T10:30")
    ics = tmp_path / "kamala.ics"
    cli.ok("calendar", "export", "--profile", "Kamala Iyer", "-o", str(ics))
    body = ics.read_text()
    assert body.count("BEGIN:VEVENT") == 1 and "BEGIN:VALARM" in body
    out = cli.ok("calendar", "import", str(ics), "--profile", "Kamala Iyer")
    assert "0 imported, 1 already there, 0 skipped" in out
    missing = cli.bad("calendar", "import", str(tmp_path / "none.ics"), "--profile",
                      "Kamala Iyer")
    assert "does not exist" in missing
