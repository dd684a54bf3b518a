"""The conflict inbox end to end: losses land on every device; Keep closes them
everywhere; Restore writes the losing value back as a new edit that syncs and wins."""

from __future__ import annotations

import datetime as dt

from tests.sync.conftest import assert_converged, settle

T0 = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)


def _pair(new_device, make_account):  # type: ignore[no-untyped-def]
    acct = make_account()
    a, b = new_device(acct), new_device(acct)
    pid = a.record.profiles.create(name="Asha Rao").id
    return a, b, pid


def test_restore_brings_the_losing_title_back_everywhere(new_device, make_account) -> None:  # type: ignore[no-untyped-def]
    a, b, pid = _pair(new_device, make_account)
    doc = a.record.documents.import_bytes(pid, b"x", "x.txt", title="Scan").id
    settle(a, b)
    a.record.documents.update(doc, title="Scan from A")
    b.record.documents.update(doc, title="Scan from B")
    settle(a, b)
    [c] = b.record.conflicts.list_open()
    winner = b.record.documents.get(doc).title
    assert {c.losing_value, winner} == {"Scan from A", "Scan from B"}
    assert c.summary.startswith("The document's title was changed on two devices")

    b.record.conflicts.restore(c.id)
    assert b.record.documents.get(doc).title == c.losing_value
    settle(a, b)
    assert a.record.documents.get(doc).title == c.losing_value
    assert a.record.conflicts.list_open() == []
    assert a.record.conflicts.get(c.id).status == "restored"
    assert_converged(a, b)


def test_keep_closes_the_conflict_on_every_device(new_device, make_account) -> None:  # type: ignore[no-untyped-def]
    a, b, pid = _pair(new_device, make_account)
    cond = a.record.conditions.add(pid, "Hypertension").id
    settle(a, b)
    a.record.conditions.update(cond, notes="from A")
    b.record.conditions.update(cond, notes="from B")
    settle(a, b)
    [c] = a.record.conflicts.list_open()
    kept = a.record.conditions.get(cond).notes
    a.record.conflicts.keep(c.id)
    settle(a, b)
    assert b.record.conflicts.list_open() == []
    assert b.record.conflicts.get(c.id).status == "kept"
    assert b.record.sync.status().open_conflicts == 0
    assert b.record.conditions.get(cond).notes == kept
    assert_converged(a, b)


def test_allergy_deleted_while_edited_stays_until_someone_decides(
        new_device, make_account) -> None:  # type: ignore[no-untyped-def]
    a, b, pid = _pair(new_device, make_account)
    allergy = a.record.allergies.add(pid, "Penicillin", severity="severe").id
    settle(a, b)
    a.record.allergies.delete(allergy)
    b.record.allergies.update(allergy, reaction="Hives")
    settle(a, b)
    for d in (a, b):  # kept alive on both, with the edit
        [live] = [x for x in d.record.allergies.for_profile(pid) if x.id == allergy]
        assert live.reaction == "Hives"
    [c] = a.record.conflicts.list_open()
    assert c.kind == "edit_vs_delete" and c.losing_value is True
    a.record.conflicts.restore(c.id)  # the delete after all
    settle(a, b)
    assert [x.id for x in b.record.allergies.for_profile(pid)] == []
    assert_converged(a, b)


def test_an_edit_lost_to_a_delete_can_be_restored(new_device, make_account) -> None:  # type: ignore[no-untyped-def]
    a, b, pid = _pair(new_device, make_account)
    r = a.record.readings.record(pid, "weight", {"weight": 70}, taken_at=T0).id
    settle(a, b)
    b.record.readings.update(r, note="after breakfast")
    a.record.readings.delete(r)
    settle(a, b)
    # readings are not kept alive: the delete stands
    assert a.record.readings.for_profile(pid) == []
    [c] = a.record.conflicts.list_open()
    assert c.kind == "edit_vs_delete" and c.losing_value["note"] == "after breakfast"
    a.record.conflicts.restore(c.id)
    settle(a, b)
    restored = b.record.readings.get(r)
    assert restored.note == "after breakfast"
    assert_converged(a, b)


def test_an_edit_made_before_a_newer_pull_still_reaches_the_inbox(
        new_device, make_account) -> None:  # type: ignore[no-untyped-def]
    # A edits offline; B edits the same field later and syncs; A pulls first (its edit
    # is overwritten locally by the newer one), then pushes: A's value must not vanish.
    a, b, pid = _pair(new_device, make_account)
    doc = a.record.documents.import_bytes(pid, b"x", "x.txt", title="Scan").id
    settle(a, b)
    a.record.documents.update(doc, title="A's title")
    b.record.documents.update(doc, title="B's later title")
    b.sync()
    engine = a.record.sync._engine_for_account(None)
    from healthdesk.sync.engine import RoundReport

    engine.pull_all(RoundReport())
    assert a.record.documents.get(doc).title == "B's later title"
    assert a.record.sync.status().pending >= 1  # A's edit still waits, with its value
    settle(a, b)
    [c] = b.record.conflicts.list_open()
    assert c.losing_value == "A's title"
    assert b.record.documents.get(doc).title == "B's later title"
    assert_converged(a, b)
