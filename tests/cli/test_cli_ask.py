"""``healthdesk ask``: the answer's text, figures with units, cited rows and intent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from healthdesk.services.record import HealthRecord
from healthdesk.store.keys import KdfParams
from healthdesk.store.models import Allergy
from tests.cli.test_cli import PASS, no_traceback, run


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("ask") / "data"
    record, _ = HealthRecord.create(d, PASS, kdf=KdfParams.FAST_FOR_TESTS)
    with record:
        asha = record.profiles.create(name="Asha Rao", timezone="Asia/Kolkata").id
        record.profiles.create(name="Ravi Kumar")
        record.allergies.add(asha, "Penicillin", category="medication", severity="severe")
        record.readings.record(asha, "weight", {"weight": 61.5})
    return d


def test_json_answer_cites_the_allergy_row(store_dir: Path) -> None:
    p = run("ask", "what are my alergies?", "--profile", "asha rao", "--json", data=store_dir)
    assert p.returncode == 0, p.stderr
    doc = json.loads(p.stdout)
    record = HealthRecord.open(store_dir, passphrase=PASS)
    with record, record.store.read() as s:
        ids = list(s.scalars(select(Allergy.id)))
    assert doc["intent"] == "allergies"
    assert [x["id"] for x in doc["sources"]] == ids
    assert {"label": "allergies", "value": 1, "unit": "allergies"} in doc["figures"]
    assert "Penicillin" in doc["text"] and doc["message_id"]


def test_text_answer_and_figure_units(store_dir: Path) -> None:
    p = run("ask", "latest weight", "--profile", "Asha Rao", data=store_dir)
    assert p.returncode == 0, p.stderr
    assert "61.5 kg" in p.stdout and "Sources: measurements/" in p.stdout


def test_bad_profile_and_empty_question_exit_2(store_dir: Path) -> None:
    p = run("ask", "latest weight", "--profile", "Nobody", data=store_dir)
    assert p.returncode == 2 and "Nobody" in p.stderr
    no_traceback(p)
    p = run("ask", "  ", "--profile", "Asha Rao", data=store_dir)
    assert p.returncode == 2 and "Question" in p.stderr
    no_traceback(p)
    p = run("ask", "latest weight", data=store_dir)  # two people: which one?
    assert p.returncode == 2 and "--profile" in p.stderr
