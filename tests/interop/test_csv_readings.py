"""CSV readings in and out, with files shaped like real monitors', meters' and scales'."""

from __future__ import annotations

import datetime as dt
import os
import tarfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from healthdesk.domain.errors import ValidationError
from healthdesk.interop.csv_readings import (
    BULK_THRESHOLD,
    EXPORT_HEADER,
    export_readings_csv,
    import_readings_csv,
)
from healthdesk.interop.detect import detect_format
from healthdesk.interop.json_export import export_json
from healthdesk.store.models import AuditEvent, Measurement

DATA = Path(__file__).parent / "data"
UTC = dt.UTC


def at(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=UTC)


def readings(record: Any, profile_id: str, kind: str | None = None) -> list[Any]:
    return record.readings.for_profile(profile_id, kind, newest_first=False)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def new_york(record: Any, profile_id: str) -> str:
    record.profiles.update(profile_id, timezone="America/New_York")
    return profile_id


# --------------------------------------------------------------------------- samples


def test_omron_export_gives_blood_pressure_with_pulse_in_the_profiles_zone(
        record: Any, new_york: str) -> None:
    report = import_readings_csv(record, new_york, DATA / "omron_bp.csv")

    assert (report.imported, report.skipped_duplicates) == (6, 0)
    rows = readings(record, new_york)
    assert {r.kind for r in rows} == {"blood_pressure"}
    first = rows[0]
    assert first.values == {"systolic": 128, "diastolic": 82, "pulse": 71}
    assert first.taken_at == at(2025, 11, 23, 12, 42)  # 7:42 AM in New York (EST)
    assert first.source == "import"
    assert rows[1].taken_at == at(2025, 11, 24, 2, 15)  # 9:15 PM
    assert rows[3].note == "stressed, late night"  # a quoted comma stays in the note
    assert rows[4].values == {"systolic": 118, "diastolic": 76}  # no pulse that time
    assert rows[5].taken_at == at(2025, 12, 2, 5, 30)  # 12:30 AM is just after midnight
    assert any("Irregular Heartbeat" in e for e in report.errors)


def test_glucose_meter_with_semicolons_day_first_dates_and_mg_dl(record: Any,
                                                                 profile_id: str) -> None:
    record.profiles.update(profile_id, timezone="Europe/Berlin")
    report = import_readings_csv(record, profile_id, DATA / "glucose_meter.csv")

    assert report.imported == 5
    rows = readings(record, profile_id, "glucose")
    assert rows[0].values["glucose"] == pytest.approx(6.11, abs=0.005)  # 110 mg/dL
    assert rows[0].unit == "mmol/L"
    assert rows[0].context == "fasting"
    assert rows[0].taken_at == at(2025, 11, 23, 6, 2)  # 07:02 in Berlin
    assert [r.context for r in rows[1:3]] == ["after_meal", "before_meal"]
    # 05/01/2026 is read day-first (the file has 23/11/2025): 5 January, not 1 May.
    assert rows[3].taken_at == at(2026, 1, 5, 12, 45)
    assert rows[3].note == "Context: Exercise"  # an unknown meter tag is kept, not lost
    assert rows[4].context == "bedtime"
    with record.store.read() as s:
        assert set(s.scalars(select(Measurement.entered_unit))) == {"mg/dL"}


def test_long_format_merges_systolic_and_diastolic_rows_and_reports_unknown_types(
        record: Any, profile_id: str) -> None:
    report = import_readings_csv(record, profile_id, DATA / "readings_long.csv")

    assert report.imported == 9
    by_kind = {r.kind: r for r in readings(record, profile_id)}
    assert by_kind["blood_pressure"].values == {"systolic": 131, "diastolic": 84}
    assert by_kind["pulse"].values == {"pulse": 72}
    assert by_kind["glucose"].taken_at == at(2025, 12, 1, 7, 0)  # 08:00+01:00
    assert by_kind["temperature"].values["temperature"] == pytest.approx(37.28, abs=0.005)
    assert by_kind["steps"].values == {"steps": 8421}
    assert by_kind["sleep"].values == {"sleep": 7.5}
    assert any("body_fat" in e for e in report.errors)


def test_withings_weights_in_pounds_are_stored_in_kilograms(record: Any,
                                                            profile_id: str) -> None:
    report = import_readings_csv(record, profile_id, DATA / "withings_weight.csv")

    assert report.imported == 3
    first = readings(record, profile_id, "weight")[0]
    assert first.values["weight"] == pytest.approx(68.04, abs=0.005)  # 150 lb
    assert first.unit == "kg"
    assert first.text == "68.0 kg"
    assert readings(record, profile_id)[-1].note == "new scale batteries"


def test_utf8_bom_crlf_and_quoted_quotes(record: Any, profile_id: str) -> None:
    assert (DATA / "bom_crlf.csv").read_bytes().startswith(b"\xef\xbb\xbfDate")
    report = import_readings_csv(record, profile_id, DATA / "bom_crlf.csv")

    assert report.imported == 6
    temps = readings(record, profile_id, "temperature")
    assert [t.values["temperature"] for t in temps] == [37.9, 38.4, 37.2]
    assert temps[0].note == 'Felt "shaky", took paracetamol'
    assert [r.values["spo2"] for r in readings(record, profile_id, "spo2")] == [96, 95, 98]


def test_excel_unicode_text_utf16_tab_separated(record: Any, profile_id: str,
                                                tmp_path: Path) -> None:
    record.profiles.update(profile_id, timezone="UTC")
    text = "Date\tTime\tTemperature (\u00b0F)\tNotes\r\n2025-12-24\t21:00\t101.3\tFi\u00e8vre\r\n"
    path = tmp_path / "excel.txt"
    path.write_bytes(text.encode("utf-16"))  # what Excel's "Unicode Text" writes

    assert detect_format(path) == "csv"
    assert import_readings_csv(record, profile_id, path).imported == 1
    (reading,) = readings(record, profile_id)
    assert reading.values["temperature"] == pytest.approx(38.5, abs=0.005)
    assert (reading.note, reading.taken_at) == ("Fi\u00e8vre", at(2025, 12, 24, 21))


# --------------------------------------------------------------------------- all or nothing


def test_one_bad_row_imports_nothing_and_names_the_row_and_field(record: Any,
                                                                 profile_id: str) -> None:
    with pytest.raises(ValidationError) as err:
        import_readings_csv(record, profile_id, DATA / "bad_row.csv")

    assert err.value.field == "file"
    assert str(err.value).startswith("1 row could not be read: Row 3: Systolic must be "
                                     "between 50 and 300 mmHg.")
    assert "Nothing was imported" in str(err.value)
    assert readings(record, profile_id) == []


def test_many_bad_rows_are_listed_up_to_ten(record: Any, profile_id: str,
                                            tmp_path: Path) -> None:
    lines = ["Date,Time,Weight (kg)"]
    lines += [f"2025-10-{d:02d},08:00,{900 + d}" for d in range(1, 13)]
    lines.append("2025-10-20,08:00,not much")
    path = write(tmp_path, "weights.csv", "\n".join(lines) + "\n")

    with pytest.raises(ValidationError) as err:
        import_readings_csv(record, profile_id, path)

    message = str(err.value)
    assert message.startswith("13 rows could not be read: Row 2: Weight must be between "
                              "0.2 and 500 kg; Row 3:")
    assert "Row 11:" in message and "Row 12:" not in message and "; ..." in message
    assert readings(record, profile_id) == []


def test_a_column_without_a_unit_gets_a_hint(record: Any, profile_id: str,
                                            tmp_path: Path) -> None:
    path = write(tmp_path, "sugar.csv", "Date,Glucose\n2025-10-01 08:00,110\n")
    with pytest.raises(ValidationError) as err:
        import_readings_csv(record, profile_id, path)
    assert "Row 2: Glucose must be between 0.5 and 60 mmol/L" in str(err.value)
    assert "read in HealthDesk's units ('Glucose' as mmol/L)" in str(err.value)
    assert "like 'Glucose (mg/dL)'" in str(err.value)


def test_future_readings_and_impossible_dates_are_refused(record: Any, profile_id: str,
                                                          tmp_path: Path) -> None:
    path = write(tmp_path, "odd.csv", "Date,Time,Pulse\n2026-03-11,08:00,70\n"
                                      "31/02/2026,08:00,70\n2026-01-01,25:00,70\n")
    with pytest.raises(ValidationError) as err:
        import_readings_csv(record, profile_id, path)
    message = str(err.value)
    assert "Row 2: Taken at cannot be in the future" in message
    assert "Row 3: Date '31/02/2026' is not a real date" in message
    assert "Row 4: Time '25:00' is not a real time" in message


def test_importing_the_same_file_twice_adds_nothing(record: Any, profile_id: str) -> None:
    import_readings_csv(record, profile_id, DATA / "readings_long.csv")
    again = import_readings_csv(record, profile_id, DATA / "readings_long.csv")

    assert (again.imported, again.skipped_duplicates) == (0, 9)
    assert record.readings.count(profile_id) == 9


# --------------------------------------------------------------------------- layouts


@pytest.mark.parametrize(("delimiter", "expected"), [(",", at(2025, 3, 4, 8)),
                                                     (";", at(2025, 4, 3, 8))])
def test_ambiguous_dates_follow_the_files_locale(record: Any, profile_id: str, tmp_path: Path,
                                                 delimiter: str, expected: dt.datetime) -> None:
    record.profiles.update(profile_id, timezone="UTC")
    text = f"Date{delimiter}Time{delimiter}Pulse\n03/04/2025{delimiter}08:00{delimiter}64\n"
    import_readings_csv(record, profile_id, write(tmp_path, "p.csv", text))
    assert readings(record, profile_id)[0].taken_at == expected


def test_dates_in_both_orders_are_refused(record: Any, profile_id: str, tmp_path: Path) -> None:
    text = "Date,Pulse\n23/11/2025 08:00,64\n11/24/2025 08:00,66\n"
    with pytest.raises(ValidationError) as err:
        import_readings_csv(record, profile_id, write(tmp_path, "mixed.csv", text))
    assert "row 2: '23/11/2025 08:00'" in str(err.value)
    assert "row 3: '11/24/2025 08:00'" in str(err.value)


def test_flexible_headers_tabs_and_combined_values(record: Any, profile_id: str,
                                                   tmp_path: Path) -> None:
    record.profiles.update(profile_id, timezone="UTC")
    text = ("Timestamp\tBP\tHR\ttemp_f\tBlood Sugar [mmol/L]\tPeak flow (L/min)\tHbA1c (%)\n"
            "Nov 3, 2025 7:05 pm\t126/81\t70\t98.6\t5,4\t410\t6.2\n")
    report = import_readings_csv(record, profile_id, write(tmp_path, "tabs.tsv", text))

    assert report.imported == 5
    got = {r.kind: r for r in readings(record, profile_id)}
    assert got["blood_pressure"].values == {"systolic": 126, "diastolic": 81, "pulse": 70}
    assert got["blood_pressure"].taken_at == at(2025, 11, 3, 19, 5)
    assert got["temperature"].values["temperature"] == pytest.approx(37.0, abs=0.005)
    assert got["glucose"].values["glucose"] == 5.4  # decimal comma
    assert got["peak_flow"].values == {"peak_flow": 410}
    assert got["hba1c"].values == {"hba1c": 6.2}


def test_a_file_without_a_recognisable_header_is_refused(record: Any, profile_id: str,
                                                         tmp_path: Path) -> None:
    path = write(tmp_path, "shopping.csv", "item,qty\napples,3\n")
    with pytest.raises(ValidationError) as err:
        import_readings_csv(record, profile_id, path)
    assert "shopping.csv has no header row HealthDesk recognises" in str(err.value)


def test_a_header_unit_the_reading_cannot_have_is_refused(record: Any, profile_id: str,
                                                          tmp_path: Path) -> None:
    path = write(tmp_path, "w.csv", "Date,Weight (mmHg)\n2025-10-01,80\n")
    with pytest.raises(ValidationError) as err:
        import_readings_csv(record, profile_id, path)
    assert str(err.value) == "Column 'Weight (mmHg)': Weight is recorded in kg or lb, not 'mmHg'."


def test_large_files_go_in_one_bulk_transaction(record: Any, profile_id: str,
                                                tmp_path: Path) -> None:
    count = BULK_THRESHOLD + 100
    start = dt.datetime(2025, 1, 1)
    lines = ["timestamp,type,value,unit"] + [
        f"{(start + dt.timedelta(hours=i)).isoformat()}Z,weight,{70 + (i % 50) / 10},kg"
        for i in range(count)]
    path = write(tmp_path, "big.csv", "\n".join(lines))

    assert import_readings_csv(record, profile_id, path).imported == count
    assert record.readings.count(profile_id, "weight") == count
    assert len(record.readings.daily_series(profile_id, "weight")) == count // 24 + 1
    with record.store.read() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "import")).all()
    assert [e.entity for e in events] == ["measurements"]
    assert import_readings_csv(record, profile_id, path).skipped_duplicates == count


# --------------------------------------------------------------------------- export


def test_export_is_long_format_and_round_trips(record: Any, profile_id: str,
                                               tmp_path: Path) -> None:
    import_readings_csv(record, profile_id, DATA / "glucose_meter.csv")
    import_readings_csv(record, profile_id, DATA / "omron_bp.csv")
    record.readings.record(profile_id, "weight", {"weight": 80}, taken_at="2026-01-02T08:00Z",
                           note="=HYPERLINK(\"http://evil\")")
    dest = tmp_path / "out" / "readings.csv"

    data = export_readings_csv(record, profile_id, dest)

    assert dest.read_bytes() == data
    assert os.stat(dest).st_mode & 0o777 == 0o600
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0] == ",".join(EXPORT_HEADER)
    assert lines[1].startswith("2025-11-23T07:02:00Z,glucose,6.106,,,mmol/L,fasting,,import")
    assert "'=HYPERLINK" in data.decode("utf-8-sig")  # a spreadsheet will not run it
    assert detect_format(dest) == "csv"

    other = record.profiles.create(name="Ravi Rao").id
    report = import_readings_csv(record, other, dest)

    def key(r: Any) -> tuple[Any, ...]:
        return r.kind, r.taken_at, r.values, r.context, r.note

    assert report.imported == 12
    assert [key(r) for r in readings(record, other)] == [key(r)
                                                        for r in readings(record, profile_id)]
    again = import_readings_csv(record, profile_id, dest)
    assert (again.imported, again.skipped_duplicates) == (0, 12)


def test_export_of_one_kind_only(record: Any, profile_id: str) -> None:
    import_readings_csv(record, profile_id, DATA / "readings_long.csv")
    lines = export_readings_csv(record, profile_id, None, kind="Blood pressure").decode(
        "utf-8-sig").splitlines()
    assert lines[1:] == ["2025-12-01T07:31:00Z,blood_pressure,131,84,,mmHg,,,import"]


# --------------------------------------------------------------------------- detection


@pytest.mark.parametrize("name", ["omron_bp.csv", "glucose_meter.csv", "readings_long.csv",
                                  "withings_weight.csv", "bom_crlf.csv", "bad_row.csv"])
def test_detect_format_finds_csv_by_content(name: str, tmp_path: Path) -> None:
    renamed = tmp_path / "download.json"  # the extension is not trusted
    renamed.write_bytes((DATA / name).read_bytes())
    assert detect_format(renamed) == "csv"


@pytest.mark.parametrize("name", ["fhir_collection.json", "fhir_transaction.json",
                                  "fhir_searchset.json"])
def test_detect_format_finds_fhir_bundles(name: str, tmp_path: Path) -> None:
    renamed = tmp_path / "export.csv"
    renamed.write_bytes((DATA / name).read_bytes())
    assert detect_format(renamed) == "fhir"


def test_detect_format_finds_healthdesk_json_exports(record: Any, profile_id: str,
                                                     tmp_path: Path) -> None:
    export_json(record.store, tmp_path / "backup.txt")
    assert detect_format(tmp_path / "backup.txt") == "json"


@pytest.mark.parametrize(("content", "why"), [
    (b"", "it is empty"),
    (b"Dear doctor, my pressure was high.\n", "no header row of readings was found"),
    (b'{"hello": "world"}', "neither a FHIR Bundle nor a HealthDesk export"),
    (b'{"resourceType": "Bundle", "entry": [', "not valid JSON"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "it is a binary file"),
])
def test_detect_format_names_the_file_it_cannot_place(tmp_path: Path, content: bytes,
                                                      why: str) -> None:
    path = tmp_path / "mystery.dat"
    path.write_bytes(content)
    with pytest.raises(ValidationError) as err:
        detect_format(path)
    assert str(err.value).startswith("mystery.dat is not a file HealthDesk can import")
    assert why in str(err.value)


def test_detect_format_points_an_archive_to_restore(tmp_path: Path) -> None:
    (tmp_path / "manifest.json").write_text("{}")
    with tarfile.open(tmp_path / "backup.hdbak", "w") as tar:
        tar.add(tmp_path / "manifest.json", arcname="manifest.json")
    with pytest.raises(ValidationError, match=r"healthdesk restore backup\.hdbak"):
        detect_format(tmp_path / "backup.hdbak")


def test_detect_format_explains_a_lone_fhir_resource() -> None:
    with pytest.raises(ValidationError) as err:
        detect_format(DATA / "not_bundle.json")
    assert "not_bundle.json is not a FHIR Bundle (it is a single FHIR Patient resource)" in str(
        err.value)
