"""Past visits (encounters) as history on the Appointments page, on a real store."""

from __future__ import annotations

import datetime as dt

import pytest

from healthdesk.ui.pages.appointments import AppointmentsPage

from .conftest import settle


@pytest.fixture
def page(qtbot, ctx):  # type: ignore[no-untyped-def]
    p = AppointmentsPage(ctx)
    qtbot.addWidget(p)
    p.resize(1100, 700)
    p.show()
    settle(qtbot, ctx)
    yield p
    settle(qtbot, ctx)


def test_past_visits_are_listed_newest_first_and_not_editable(qtbot, ctx, record,
                                                               profile_id, page) -> None:  # type: ignore[no-untyped-def]
    history = page.history
    assert history.model.rowCount() == 0
    assert not history.message.isHidden()
    record.encounters.add(profile_id, "Check-up", dt.datetime(2024, 5, 6, 9, tzinfo=dt.UTC),
                          place="Riverside Family Practice", practitioner="Dr Ama Osei")
    record.encounters.add(profile_id, "Emergency room admission", "2025-01-20T03:40:00Z",
                          setting="emergency", reason="Sore throat")
    page.reload()
    settle(qtbot, ctx)
    rows = [[history.model.data(history.model.index(r, c)) for c in range(6)]
            for r in range(history.model.rowCount())]
    assert [r[1] for r in rows] == ["Emergency room admission", "Check-up"]
    assert rows[0][2] == "Emergency"
    assert rows[1][3:5] == ["Riverside Family Practice", "Dr Ama Osei"]
    assert history.message.isHidden()
    page.tabs.setCurrentWidget(history)
    settle(qtbot, ctx)
    assert page.current() is None
    assert not page.edit_button.isEnabled()
    assert "history" in page.detail_label.text()
