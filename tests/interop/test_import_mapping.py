"""An unknown CSV read by the person's column mapping, saved for files of its shape."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from healthdesk.domain.errors import ValidationError
from healthdesk.interop.detect import detect_format
from healthdesk.interop.transfer import Transfer

DATA = Path(__file__).parent / "data"
SCALE = DATA / "unknown_scale.csv"


def test_unknown_csv_is_refused_by_detection_but_opens_as_a_table() -> None:
    with pytest.raises(ValidationError, match="no header row of readings"):
        detect_format(SCALE)
    table = Transfer.csv_table(SCALE)
    assert (table.delimiter, table.header) == (";", ["When", "Body kg", "Memo"])
    assert table.rows[0] == ["20.11.2025 07:31", "81,4", "after run"]


def test_preview_dry_run_import_and_saved_mapping(record: Any, profile_id: str,
                                                  tmp_path: Path) -> None:
    from healthdesk.interop.import_mapping import Mapping

    record.profiles.update(profile_id, timezone="Europe/Berlin")
    t = Transfer(record)
    table = t.csv_table(SCALE)
    assert t.saved_mapping(table) is None
    mapping = Mapping(kind="weight", time=0, value=1, unit="kg")

    shown = t.preview_mapping(profile_id, SCALE, mapping)
    assert shown[0] == {"row": 1, "taken_at": dt.datetime(2025, 11, 20, 6, 31, tzinfo=dt.UTC),
                        "value": 81.4, "unit": "kg", "local": "2025-11-20 07:31"}
    assert shown[2] == {"row": 3, "problem": "not a number"}
    assert len(shown) == 4  # the blank row is not shown

    dry = t.import_mapped(profile_id, SCALE, mapping, dry_run=True)
    assert (dry.imported, dry.skipped) == (3, 1)
    assert record.readings.count(profile_id) == 0
    done = t.import_mapped(profile_id, SCALE, mapping)
    assert done.kinds["weight"].imported == 3
    assert t.import_mapped(profile_id, SCALE, mapping).imported == 0

    t.save_mapping(table, mapping)
    same_shape = tmp_path / "next.csv"
    same_shape.write_text("When;Body kg;Memo\n24.11.2025 07:30;80,7;\n")
    assert t.saved_mapping(t.csv_table(same_shape)) == mapping
    other = tmp_path / "other.csv"
    other.write_text("Time;Mass;Memo\n24.11.2025 07:30;80,7;\n")
    assert t.saved_mapping(t.csv_table(other)) is None


def test_a_mapping_that_does_not_fit_is_refused_naming_the_choice(record: Any,
                                                                  profile_id: str) -> None:
    from healthdesk.interop.import_mapping import Mapping

    t = Transfer(record)
    with pytest.raises(ValidationError) as err:
        t.import_mapped(profile_id, SCALE, Mapping(kind="weight", time=0, value=7))
    assert err.value.field == "value" and "has 3 columns" in err.value.message
    with pytest.raises(ValidationError, match="kg or lb"):
        t.preview_mapping(profile_id, SCALE, Mapping(kind="weight", time=0, value=1,
                                                     unit="mmHg"))
    with pytest.raises(ValidationError, match="several values"):
        t.preview_mapping(profile_id, SCALE, Mapping(kind="blood_pressure", time=0, value=1))
