"""Glucose meters' own exports (Accu-Chek, OneTouch Reveal, Contour): recognised from
content after their metadata lines, read in the person's clock across DST changes, HI/LO
and control tests left out with the reason, insulin and carbohydrates counted."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from healthdesk.domain.errors import ValidationError
from healthdesk.interop.detect import detect_format
from healthdesk.interop.import_glucose_meters import ACCU_CHEK, CONTOUR, ONETOUCH
from healthdesk.interop.import_report import SourceReport
from healthdesk.interop.import_run import Context, LocalClock, import_source

DATA = Path(__file__).parent / "data" / "meters"
UTC = dt.UTC
MG = 18.0156


def at(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=UTC)


def glucose(record: Any, pid: str) -> list[Any]:
    return record.readings.for_profile(pid, "glucose", newest_first=False)


def run(record: Any, pid: str, path: Path, zone: str, **kw: Any) -> Any:
    record.profiles.update(pid, timezone=zone)
    return import_source(record, pid, path, detect_format(path), **kw)


@pytest.mark.parametrize(("name", "fmt"), [
    ("accuchek_connect_mmol.csv", "accu_chek"), ("onetouch_reveal_us.csv", "onetouch_reveal"),
    ("contour_app_mmol.csv", "contour")])
def test_recognised_from_content_not_name(tmp_path: Path, name: str, fmt: str) -> None:
    renamed = tmp_path / "export.txt"
    shutil.copy(DATA / name, renamed)
    assert detect_format(renamed) == fmt


def test_accu_chek_day_first_decimal_commas_and_the_repeated_hour(
        record: Any, profile_id: str, clock: Any) -> None:
    clock.t = at(2025, 12, 1)
    report = run(record, profile_id, DATA / "accuchek_connect_mmol.csv", "Europe/Berlin")
    rows = glucose(record, profile_id)
    assert [(r.taken_at, r.values["glucose"]) for r in rows] == [
        (at(2025, 10, 25, 5, 2), 6.1), (at(2025, 10, 25, 10, 40), 9.4),
        # 02:20 and 02:50 summer time, then the clock steps back: 02:10 and 02:40 winter
        (at(2025, 10, 26, 0, 20), 3.9), (at(2025, 10, 26, 0, 50), 4.6),
        (at(2025, 10, 26, 1, 10), 5.2), (at(2025, 10, 26, 1, 40), 5.5),
        (at(2025, 10, 26, 12, 0), 7.3)]
    assert [r.context for r in rows[:2]] == ["before_meal", "after_meal"]
    assert rows[1].note == "pasta" and rows[2].note == "woke up shaky"
    assert rows[-1].note == "Exercise; walked to town"  # a tag with no context: kept
    skipped = report.kinds["glucose"].skipped
    assert sorted(skipped.values()) == [1, 1, 1]
    assert any(k.startswith("'HI': above") for k in skipped)
    assert any(k.startswith("'LO': below") for k in skipped)
    assert any("control-solution" in k for k in skipped)
    assert report.kinds["Bolus [U]"].skipped == {
        "insulin is recorded in Medicines, not as a reading": 1}
    assert report.kinds["Basal rate [U/h]"].skipped == {
        "insulin is recorded in Medicines, not as a reading": 1}
    assert report.kinds["Carbohydrates [g]"].skipped == {
        "food and carbohydrate entries are not readings": 1}
    assert rows[0].sources == ("Accu-Chek",)
    again = run(record, profile_id, DATA / "accuchek_connect_mmol.csv", "Europe/Berlin")
    assert (again.imported, again.already) == (0, 7)


def test_onetouch_reveal_us_month_first_twelve_hour_and_the_skipped_hour(
        record: Any, profile_id: str, clock: Any) -> None:
    clock.t = at(2026, 4, 1)
    report = run(record, profile_id, DATA / "onetouch_reveal_us.csv", "America/New_York")
    rows = glucose(record, profile_id)
    assert [(r.taken_at, round(r.values["glucose"] * MG)) for r in rows] == [
        (at(2026, 3, 8, 2, 15), 132),  # 9:15 PM EST on the 7th
        (at(2026, 3, 8, 6, 55), 64),
        (at(2026, 3, 8, 7, 30), 88),  # 2:30 AM does not exist: read as 3:30 EDT
        (at(2026, 3, 8, 12, 10), 104), (at(2026, 3, 13, 22, 5), 181)]
    assert [r.context for r in rows] == ["before_meal", None, None, "fasting", "after_meal"]
    assert [r.note for r in rows] == [None, "felt low", "after juice", None, "pizza"]
    assert report.kinds["Insulin"].skipped == {
        "insulin is recorded in Medicines, not as a reading": 1}
    assert report.kinds["Carbs"].skipped == {"food and carbohydrate entries are not readings": 1}
    assert len(report.kinds["glucose"].skipped) == 2  # HI and the control solution
    assert report.imported == 5 and rows[0].unit == "mmol/L"
    again = run(record, profile_id, DATA / "onetouch_reveal_us.csv", "America/New_York")
    assert (again.imported, again.already) == (0, 5)


def test_contour_the_spring_gap_lo_and_the_same_reading_from_nightscout(
        record: Any, profile_id: str, clock: Any, tmp_path: Path) -> None:
    clock.t = at(2026, 4, 1)
    report = run(record, profile_id, DATA / "contour_app_mmol.csv", "Europe/London")
    rows = glucose(record, profile_id)
    assert [(r.taken_at, r.values["glucose"], r.context) for r in rows] == [
        (at(2026, 3, 28, 7, 10), 5.4, "fasting"), (at(2026, 3, 28, 13, 25), 8.9, "after_meal"),
        (at(2026, 3, 29, 1, 30), 4.1, None),  # 01:30 is in London's skipped hour
        (at(2026, 3, 29, 7, 5), 3.2, None), (at(2026, 3, 30, 17, 40), 6.2, "before_meal"),
        (at(2026, 3, 31, 6, 2), 6.1, "fasting")]
    assert [k for k in report.kinds["glucose"].skipped] == [
        "'LO': below the meter's range; the true value is unknown, so it is not stored "
        "as a number"]
    assert set(report.kinds) == {"glucose", "Carbs (g)", "Insulin (units)", "Activity"}
    # The same morning reading reached Nightscout from the phone: stored once.
    ms = int(at(2026, 3, 31, 6, 2, 30).timestamp() * 1000)
    ns = tmp_path / "entries.json"
    ns.write_text(f'[{{"type": "mbg", "mbg": 110, "date": {ms}}}]')
    again = import_source(record, profile_id, ns, detect_format(ns))
    assert (again.imported, again.already) == (0, 1)
    assert glucose(record, profile_id)[-1].sources == ("Contour", "Nightscout")
    meter_again = run(record, profile_id, DATA / "contour_app_mmol.csv", "Europe/London")
    assert (meter_again.imported, meter_again.already) == (0, 6)
    assert len(glucose(record, profile_id)) == 6


def test_dry_run_writes_nothing(record: Any, profile_id: str, clock: Any) -> None:
    clock.t = at(2026, 4, 1)
    report = run(record, profile_id, DATA / "contour_app_mmol.csv", "Europe/London",
                 dry_run=True)
    assert report.imported == 6 and glucose(record, profile_id) == []


def _rows_of(fmt: Any, path: Path, zone: str) -> list[Any]:
    ctx = Context(SourceReport(fmt.key, fmt.label, path.name), LocalClock(ZoneInfo(zone)),
                  at(2031, 1, 1))
    return [r for r in fmt.read(path, ctx) if r is not None]


moments = st.datetimes(min_value=dt.datetime(2020, 1, 1), max_value=dt.datetime(2030, 12, 1))


def _written(fmt: str, cells: list[tuple[str, str, str]], unit: str) -> str:
    """A file in ``fmt``'s layout, after a metadata line or two."""
    if fmt == "accu_chek":
        return ("Serial number;Download date\n1;01.01.2031\nDate;Time;Bg [" + unit
                + "];Events\n" + "".join(f"{d};{c};{v};\n" for d, c, v in cells))
    if fmt == "onetouch_reveal":
        return ("Patient Name,A\nMeter,OneTouch\nDate,Time,Reading (" + unit
                + "),Meal Tag,Notes\n" + "".join(f'{d},{c},"{v}",,\n' for d, c, v in cells))
    return ("Name:,A\nDate and Time,Blood Glucose (" + unit + "),Meal Marker,Notes\n"
            + "".join(f'{d} {c},"{v}",No Mark,\n' for d, c, v in cells))


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(moments, min_size=1, max_size=12, unique_by=lambda t: t.date()),
       st.sampled_from(["dotted", "us", "slashed"]), st.booleans(), st.integers(40, 400),
       st.sampled_from([ACCU_CHEK, ONETOUCH, CONTOUR]),
       st.sampled_from(["UTC", "Europe/Berlin", "America/New_York"]))
def test_date_orders_units_and_commas_read_back(tmp_path: Path, times: list[dt.datetime],
                                                style: str, mg_dl: bool, value: int,
                                                fmt: Any, zone: str) -> None:
    times = sorted(t.replace(second=0, microsecond=0) for t in times)
    cells = []
    for t in times:
        if style == "dotted":
            day, clock_text = f"{t:%d.%m.%Y}", f"{t:%H:%M}"
        elif style == "us":
            day, clock_text = f"{t:%m/%d/%Y}", t.strftime("%I:%M %p")
        else:
            day, clock_text = f"{t:%d/%m/%Y}", f"{t:%H:%M}"
        shown = f"{value}" if mg_dl else f"{value / MG:.1f}".replace(".", ",")
        cells.append((day, clock_text, shown))
    unit = "mg/dL" if mg_dl else "mmol/L"
    path = tmp_path / f"{fmt.key}-{style}-{mg_dl}-{value}.csv"
    path.write_text(_written(fmt.key, cells, unit))
    assert fmt.sniff(path, path.read_bytes())
    got = _rows_of(fmt, path, zone)
    # A day above 12 settles the order; when every date is ambiguous, the 12-hour clock
    # says month-first (the US export) and a 24-hour one day-first. One reading a day:
    # a wall time in a skipped hour reads as the clock before the change showed it, one
    # in a repeated hour as its first pass (fold 0).
    place = ZoneInfo(zone)
    assert [r.taken_at for r in got] == [t.replace(tzinfo=place).astimezone(UTC)
                                         for t in times]
    expected = value / MG if mg_dl else round(value / MG, 1)
    assert all(r.values["glucose"] == pytest.approx(expected, abs=0.01) for r in got)
    assert {r.unit for r in got} == {"mmol/L"}


def test_plain_meter_csvs_are_still_csv_and_other_formats_do_not_claim_each_other() -> None:
    assert detect_format(DATA.parent / "glucose_meter.csv") == "csv"
    heads = {f: (DATA / f).read_bytes() for f in ("accuchek_connect_mmol.csv",
                                                  "onetouch_reveal_us.csv",
                                                  "contour_app_mmol.csv")}
    claimed = {name: [fmt.key for fmt in (ACCU_CHEK, ONETOUCH, CONTOUR)
                      if fmt.sniff(DATA / name, head)] for name, head in heads.items()}
    assert claimed == {"accuchek_connect_mmol.csv": ["accu_chek"],
                       "onetouch_reveal_us.csv": ["onetouch_reveal"],
                       "contour_app_mmol.csv": ["contour"]}


def test_a_meter_file_mixing_date_orders_is_refused_naming_both(record: Any, profile_id: str,
                                                               tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_text("Patient Name,A\nDate,Time,Reading (mg/dL),Meal Tag,Notes\n"
                    "13/03/2026,08:00,104,,\n03/14/2026,08:00,110,,\n")
    with pytest.raises(ValidationError, match=r"mix day-first .*13/03/2026.*03/14/2026"):
        import_source(record, profile_id, path, detect_format(path))
    assert glucose(record, profile_id) == []
