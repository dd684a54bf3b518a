"""``healthdesk NOUN VERB`` for people, readings, medicines and doses: every verb through
main() on a real store made by ``healthdesk init``; bad input exits 2 with the services'
own sentence and changes nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from healthdesk.cli.main import main
from healthdesk.domain import measurements
from healthdesk.domain.errors import ValidationError
from tests.cli.nouns_helpers import Cli


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cli]:
    cli = Cli(tmp_path_factory.mktemp("nouns"))
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HEALTHDESK_KDF", "fast")
        assert main(["init", "--data-dir", str(cli.dir), "--passphrase-file",
                     str(cli.pass_file)]) == 0
        yield cli


@pytest.fixture
def cli(store: Cli, capsys: pytest.CaptureFixture[str]) -> Cli:
    store.capsys = capsys
    return store


def _message(call, *args, **kw) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as info:
        call(*args, **kw)
    return str(info.value)


def test_profiles_add_list_show_edit(cli: Cli) -> None:
    assert cli.json("profiles", "list") == []
    assert "No profiles" in cli.ok("profiles", "list")
    # With no profile, a command that needs one says how to add one.
    assert "profiles add" in cli.bad("readings", "list")
    pid = cli.ok("profiles", "add", "Asha Rao", "--date-of-birth", "1956-04-02",
                 "--sex", "female", "--timezone", "asia/kolkata").strip()
    shown = cli.json("profiles", "show", "asha rao")
    assert shown["id"] == pid and shown["timezone"] == "Asia/Kolkata"
    assert shown["sex"] == "female" and shown["date_of_birth"] == "1956-04-02"
    assert cli.json("profiles", "show", pid)["name"] == "Asha Rao"
    edited = cli.json("profiles", "edit", "Asha Rao", "--height-cm", "158.5")
    assert edited["height_cm"] == 158.5
    table = cli.ok("profiles", "list")
    assert table.splitlines()[0].split()[:3] == ["NAME", "BORN", "AGE"]
    assert "Asha Rao" in table and pid in table


def test_profile_bad_input_names_the_field_and_range(cli: Cli) -> None:
    before = cli.json("profiles", "list")
    assert cli.bad("profiles", "add", "Ravi", "--height-cm", "500") == (
        "Height must be between 20 and 280 cm.")
    assert cli.bad("profiles", "add", "asha RAO").startswith(
        "A profile named Asha Rao already exists")
    assert cli.bad("profiles", "edit", "Asha Rao", "--color", "green") == (
        "Colour must be written #RRGGBB, like #1A7F5A.")
    assert cli.bad("profiles", "show", "Nobody") == (
        "No profile is named 'Nobody' (known: Asha Rao).")
    assert cli.json("profiles", "list") == before


def test_readings_add_list_and_units(cli: Cli) -> None:
    rid = cli.ok("readings", "add", "blood_pressure", "128/82/71",
                 "--taken-at", "2026-03-10T08:00+05:30").strip()
    cli.ok("readings", "add", "glucose", "110", "--unit", "mg/dL", "--context", "fasting",
           "--taken-at", "2026-03-10T07:30+05:30", "--note", "before breakfast")
    [bp] = cli.json("readings", "list", "--kind", "blood_pressure")
    assert bp["id"] == rid and bp["values"] == {"systolic": 128, "diastolic": 82, "pulse": 71}
    assert bp["unit"] == "mmHg" and bp["taken_at"] == "2026-03-10T08:00:00+05:30"
    assert bp["classification"] and bp["source"] == "manual"
    [glucose] = cli.json("readings", "list", "--kind", "glucose")
    assert glucose["unit"] == "mmol/L" and glucose["values"]["glucose"] == pytest.approx(6.1,
                                                                                        abs=.01)
    assert glucose["context"] == "fasting"
    [again] = cli.json("readings", "list", "--kind", "glucose", "--unit", "mg/dl")
    assert again["values"] == {"glucose": 110} and again["unit"] == "mg/dL"
    text = cli.ok("readings", "list")
    assert "128/82 mmHg, pulse 71" in text and "2026-03-10 08:00" in text
    added = cli.json("readings", "add", "weight", "71.8", "--source", "device",
                     "--taken-at", "2026-03-11T06:00Z")
    assert added["source"] == "device" and added["values"] == {"weight": 71.8}
    assert len(cli.json("readings", "list", "--since", "2026-03-11")) == 1
    cli.ok("readings", "delete", added["id"])
    assert cli.json("readings", "list", "--kind", "weight") == []


def test_reading_bad_input_is_the_domain_message_and_writes_nothing(cli: Cli) -> None:
    before = cli.json("readings", "list")
    same_as_form = _message(measurements.normalize, "blood_pressure",
                            {"systolic": "400", "diastolic": "80"})
    assert cli.bad("readings", "add", "blood_pressure", "400/80") == same_as_form == (
        "Systolic must be between 50 and 300 mmHg.")
    assert cli.bad("readings", "add", "glucose", "1200", "--unit", "mg/dL") == (
        "Glucose must be between 9 and 1081 mg/dL.")
    assert cli.bad("readings", "add", "spo2", "101") == "SpO2 must be between 50 and 100%."
    assert cli.bad("readings", "add", "weight", "70", "--taken-at", "yesterday").startswith(
        "Taken at must be a date and time like")
    assert cli.bad("readings", "add", "blood_pressure", "120/80/70/60").startswith(
        "Blood pressure takes at most 3 values")
    assert "known kinds" in cli.bad("readings", "add", "sugar", "5")
    assert cli.json("readings", "list") == before


def test_bulk_readings_from_csv_are_all_or_nothing(cli: Cli, tmp_path: Path) -> None:
    before = len(cli.json("readings", "list"))
    waiting = cli.json("account", "status")["pending"]  # the sync outbox
    bad = tmp_path / "vitals.csv"
    bad.write_text("profile,kind,value,unit,taken_at,context\n"
                   "Asha Rao,weight,154,lb,2026-03-12T07:00Z,\n"
                   "asha rao,blood_pressure,300/90,,2026-03-12T07:05Z,\n"
                   "Asha Rao,blood_pressure,350/90,,2026-03-12T07:06Z,\n")
    assert cli.bad("readings", "add", "--from", str(bad)) == (
        "vitals.csv line 4: Systolic must be between 50 and 300 mmHg. Nothing was added.")
    assert len(cli.json("readings", "list")) == before
    assert cli.json("account", "status")["pending"] == waiting  # nothing queued either
    typo = tmp_path / "typo.csv"
    typo.write_text("kind,systollic,diastolic\nblood_pressure,120,80\n")
    assert cli.bad("readings", "add", "--from", str(typo)).startswith(
        "typo.csv line 1: unknown column 'systollic'")
    good = tmp_path / "good.csv"
    good.write_text("kind,systolic,diastolic,pulse,value,unit,taken_at\n"
                    "blood_pressure,131,84,70,,,2026-03-12T07:00Z\n"
                    "weight,,,,154,lb,2026-03-12T07:01Z\n")
    ids = cli.ok("readings", "add", "--from", str(good)).split()
    assert len(ids) == 2
    weights = cli.json("readings", "list", "--kind", "weight")
    assert weights[0]["values"]["weight"] == pytest.approx(69.85, abs=0.01)  # kg
    assert len(cli.json("readings", "list")) == before + 2
    assert len(cli.json("readings", "list", "--limit", "1")) == 1


def test_profile_choice_when_there_are_several(cli: Cli) -> None:
    cli.ok("profiles", "add", "Ravi Kumar", "--timezone", "Europe/London")
    assert cli.bad("readings", "list") == (
        "This record holds 2 profiles; choose one with --profile: Asha Rao, Ravi Kumar.")
    assert cli.json("readings", "list", "--profile", "ravi kumar") == []


def test_medicines_add_list_show_stop_start(cli: Cli) -> None:
    mid = cli.ok("medicines", "add", "Metformin", "--profile", "Asha Rao", "--strength",
                 "500 mg", "--times-of-day", "08:00,20:00", "--start-date", "2025-01-01",
                 "--stock-count", "60", "--refill-threshold", "10").strip()
    weekly = cli.json("medicines", "add", "Alendronate", "--profile", "Asha Rao",
                      "--times-of-day", "07:00", "--weekdays", "sun", "--start-date",
                      "2025-01-01")
    assert weekly["schedule"]["weekdays"] == [6] and weekly["schedule"]["kind"] == "fixed"
    prn = cli.json("medicines", "add", "Paracetamol", "--profile", "Asha Rao",
                   "--dose-amount", "2", "--as-needed", "--prn-min-interval-minutes", "240",
                   "--prn-max-per-day", "4")
    assert prn["schedule"]["kind"] == "as_needed" and prn["schedule"]["prn_max_per_day"] == 4
    every = cli.json("medicines", "add", "Vitamin D", "--profile", "Asha Rao",
                     "--times-of-day", "09:00", "--interval-days", "7")
    assert every["schedule"]["interval_days"] == 7
    shown = cli.json("medicines", "show", "metformin 500 mg", "--profile", "Asha Rao")
    assert shown["id"] == mid and shown["schedule"]["times_of_day"] == ["08:00", "20:00"]
    assert shown["schedule"]["timezone"] == "Asia/Kolkata" and shown["stock_count"] == 60
    listed = cli.ok("medicines", "list", "--profile", "Asha Rao")
    assert "Metformin 500 mg" in listed and "08:00 and 20:00" in listed
    assert cli.json("medicines", "stop", "Vitamin D", "--profile", "Asha Rao")["active"] is False
    names = [m["name"] for m in cli.json("medicines", "list", "--profile", "Asha Rao")]
    assert "Vitamin D" not in names
    assert "Vitamin D" in [m["name"] for m in cli.json("medicines", "list", "--profile",
                                                       "Asha Rao", "--all")]
    assert cli.json("medicines", "start", "vitamin d", "--profile", "Asha Rao")["active"]


def test_medicine_bad_schedules_use_the_editor_messages(cli: Cli) -> None:
    before = cli.json("medicines", "list", "--profile", "Asha Rao", "--all")
    assert cli.bad("medicines", "add", "X", "--profile", "Asha Rao", "--times-of-day",
                   "25:00") == "Times of day must be 24-hour times like 08:00 or 20:30 (HH:MM)."
    assert cli.bad("medicines", "add", "X", "--profile", "Asha Rao", "--as-needed",
                   "--prn-min-interval-minutes", "60", "--prn-max-per-day", "100") == (
        "Most doses a day must be a whole number between 1 and 48.")
    assert cli.bad("medicines", "add", "X", "--profile", "Asha Rao", "--times-of-day",
                   "08:00", "--weekdays", "someday").startswith("Weekdays must be day names")
    assert cli.bad("medicines", "add", "X", "--profile", "Asha Rao",
                   "--missed-dose-window-hours", "72") == (
        "Missed-dose window must be between 0 and 48 hours.")
    assert cli.bad("medicines", "show", "Aspirin", "--profile", "Asha Rao").startswith(
        "Asha Rao has no medicine named 'Aspirin' (known: Alendronate")
    assert cli.json("medicines", "list", "--profile", "Asha Rao", "--all") == before


def test_bulk_medicines_and_profiles(cli: Cli, tmp_path: Path) -> None:
    meds = tmp_path / "meds.jsonl"
    meds.write_text('{"profile": "Ravi Kumar", "name": "Amlodipine", "strength": "5 mg", '
                    '"times_of_day": "08:00"}\n'
                    '{"profile": "Ravi Kumar", "name": "Salbutamol", "form": "inhaler", '
                    '"dose_unit": "puff", "as_needed": true, '
                    '"prn_min_interval_minutes": 0, "prn_max_per_day": 8}\n')
    assert len(cli.ok("medicines", "add", "--from", str(meds)).split()) == 2
    assert {m["name"] for m in cli.json("medicines", "list", "--profile", "Ravi Kumar")} == {
        "Amlodipine", "Salbutamol"}
    people = tmp_path / "people.csv"
    people.write_text("name,date_of_birth,sex\nMeena Iyer,1990-01-01,female\n"
                      "Tara Iyer,2100-01-01,female\n")
    assert cli.bad("profiles", "add", "--from", str(people)).startswith(
        "people.csv line 3: Date of birth must be between 1900-01-01 and today")
    assert "Meena Iyer" not in [p["name"] for p in cli.json("profiles", "list")]
    people.write_text("name,date_of_birth,sex\nMeena Iyer,1990-01-01,female\n"
                      "Tara Iyer,2020-01-01,female\n")
    added = cli.json("profiles", "add", "--from", str(people))
    assert [p["name"] for p in added] == ["Meena Iyer", "Tara Iyer"]
    assert cli.json("profiles", "edit", "tara iyer", "--name", "Tara R Iyer")["name"] == (
        "Tara R Iyer")
    cli.ok("profiles", "delete", "Meena Iyer", "--yes")
    cli.ok("profiles", "delete", added[1]["id"], "--yes")


def _today_in_kolkata() -> dt.date:
    return dt.datetime.now(dt.UTC).astimezone(dt.timezone(dt.timedelta(hours=5,
                                                                        minutes=30))).date()


def test_doses_take_skip_snooze_undo_and_the_listing(cli: Cli) -> None:
    day = "2025-03-10"
    who = ("--profile", "Asha Rao")
    taken = cli.json("doses", "take", "Metformin", *who, "--date", day, "--time", "08:00",
                     "--at", "2025-03-10T08:20+05:30")
    assert taken["action"] == "taken" and taken["scheduled_for"] == "2025-03-10T08:00:00+05:30"
    assert taken["at"] == "2025-03-10T08:20:00+05:30" and taken["amount"] == 1
    skipped = cli.ok("doses", "skip", "metformin", *who, "--date", day, "--time", "20:00")
    assert len(skipped.strip()) == 36
    doc = cli.json("doses", "list", *who, "--date", day)
    states = [d["state"] for d in doc["profiles"][0]["doses"]
              if d["medication"] == "Metformin 500 mg"]
    assert states == ["taken", "skipped"]
    # The old form, with no verb, still lists exactly the same.
    old_form = cli.json("doses", *who, "--date", day)
    assert {**old_form, "generated_at": None} == {**doc, "generated_at": None}
    assert cli.bad("doses", "take", "Metformin", *who, "--date", day, "--time",
                   "08:00") == ("This dose was already recorded as taken at 2025-03-10 08:20; undo "
                             "that first if it was a mistake.")
    assert cli.bad("doses", "take", "Metformin", *who, "--date", day, "--time",
                   "09:00") == ("Metformin 500 mg has no dose at 09:00 on 2025-03-10; its "
                                "doses are at 08:00 (taken), 20:00 (skipped).")
    assert cli.bad("doses", "skip", "Metformin", *who, "--date", "2025-03-11").startswith(
        "No dose of Metformin 500 mg is due now; say which with --time")
    snoozed = cli.json("doses", "snooze", "Metformin", *who, "--date", "2025-03-11",
                       "--time", "08:00", "--minutes", "30")
    assert snoozed["action"] == "snoozed" and snoozed["snooze_until"]
    undo = cli.json("doses", "undo", taken["id"])
    assert undo["action"] == "undone" and undo["supersedes"] == taken["id"]
    doc = cli.json("doses", "list", *who, "--date", day)
    assert next(d["state"] for d in doc["profiles"][0]["doses"]
            if d["medication"] == "Metformin 500 mg") == "missed"


def test_as_needed_dose_limits_ask_for_confirm(cli: Cli) -> None:
    who = ("--profile", "Asha Rao")
    first = cli.json("doses", "take", "Paracetamol", *who)
    assert first["action"] == "taken" and first["amount"] == 2 and first["scheduled_for"] is None
    refused = cli.bad("doses", "take", "Paracetamol", *who)
    assert "Add --confirm to record it anyway." in refused and "Confirm to" not in refused
    again = cli.json("doses", "take", "Paracetamol", *who, "--confirm")
    assert again["override_confirmed"] is True
    assert "as needed" in cli.bad("doses", "skip", "Paracetamol", *who)


def test_delete_a_profile_needs_yes(cli: Cli) -> None:
    assert cli.bad("profiles", "delete", "Ravi Kumar") == (
        "Deleting Ravi Kumar removes everything recorded about them; add --yes to confirm.")
    cli.ok("profiles", "delete", "Ravi Kumar", "--yes")
    assert [p["name"] for p in cli.json("profiles", "list")] == ["Asha Rao"]
    # One person again: --profile may be left out.
    assert cli.json("medicines", "list")[0]["name"] == "Alendronate"


def test_every_verb_has_help_with_an_example(cli: Cli) -> None:
    from healthdesk.cli.main import build_parser

    parser = build_parser()
    nouns = {"profiles", "readings", "doses", "medicines", "appointments", "allergies",
             "conditions", "symptoms", "contacts", "conflicts", "sharing"}
    sub = next(a for a in parser._actions if a.dest == "command")
    for noun in nouns:
        noun_parser = sub.choices[noun]  # type: ignore[attr-defined]
        verbs = next(a for a in noun_parser._actions if a.dest == "verb")
        for verb, p in verbs.choices.items():
            text = p.format_help()
            assert "example" in text and f"healthdesk {noun} {verb}" in text, (noun, verb)
            assert p.description, (noun, verb)
