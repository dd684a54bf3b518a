"""A pulled time zone no device could read is unfit, like any value the store cannot
hold, and is set aside instead of breaking the screens that read it."""

from __future__ import annotations

import pytest

from healthdesk.sync.codec import Unfit, tables


@pytest.mark.parametrize("table", ["profiles", "medication_schedules"])
def test_unknown_zone_names_are_unfit_and_real_ones_pass(table: str) -> None:
    t = tables()[table]
    assert t.checked("timezone", "Asia/Kolkata") == "Asia/Kolkata"
    assert t.checked("timezone", "UTC") == "UTC"
    for bad in ("»¥¢", "Mars/Olympus", "asia/kolkata", 5):
        with pytest.raises(Unfit):
            t.checked("timezone", bad)
