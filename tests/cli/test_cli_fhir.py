"""`healthdesk import` of FHIR bundles with immunizations, and `export --format fhir --ips`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle

from healthdesk.cli.main import main
from tests.cli.nouns_helpers import Cli

DATA = Path(__file__).parents[1] / "interop" / "data"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cli]:
    cli = Cli(tmp_path_factory.mktemp("fhir"))
    common = ["--data-dir", str(cli.dir), "--passphrase-file", str(cli.pass_file)]
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HEALTHDESK_KDF", "fast")
        assert main(["init", *common]) == 0
        yield cli


@pytest.fixture
def cli(store: Cli, capsys: pytest.CaptureFixture[str]) -> Cli:
    store.capsys = capsys
    return store


def test_import_then_ips_export_of_that_person(cli: Cli, tmp_path: Path) -> None:
    cli.ok("import", str(DATA / "fhir_immunizations.json"))
    cli.ok("import", str(DATA / "fhir_meaning.json"))
    out = tmp_path / "ips.json"
    cli.ok("export", "--format", "fhir", "--ips", "--profile", "Chidi Okafor", "-o", str(out))
    bundle = json.loads(out.read_text())
    Bundle.model_validate(bundle)
    assert bundle["type"] == "document"
    sections = {s["title"]: s for s in bundle["entry"][0]["resource"]["section"]}
    assert len(sections["Immunizations"]["entry"]) == 4


def test_ips_needs_one_person_and_the_fhir_format(cli: Cli, tmp_path: Path) -> None:
    out = str(tmp_path / "x.json")
    assert "--profile NAME" in cli.bad("export", "--format", "fhir", "--ips", "-o", out)
    assert "--ips goes with --format fhir" in cli.bad("export", "--format", "json", "--ips",
                                                      "-o", out)


def test_import_prints_the_report_per_resource_type(cli: Cli) -> None:
    out = cli.ok("import", str(DATA / "fhir_encounters.json"))
    assert "  Encounter: 2 imported, 0 already there, 1 skipped" in out
    assert "  Practitioner: 1 read for references, 0 skipped" in out
    report = cli.json("import", str(DATA / "fhir_encounters.json"), "--json")
    assert report["by_resource"]["Encounter"] == {"imported": 0, "already_there": 2,
                                                  "skipped": 1, "referenced": 0}


def test_import_of_a_bulk_data_directory(cli: Cli) -> None:
    out = cli.ok("import", str(DATA / "fhir_bulk"))
    assert "2 profiles" in out
    assert "  Observation: 10 imported, 0 already there, 1 skipped" in out
