"""The Records page on a real encrypted store: forms, banner, goals, documents."""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import pytest

from healthdesk.ui.qt import (
    QDragEnterEvent,
    QDropEvent,
    QImage,
    QMessageBox,
    QMimeData,
    QPointF,
    Qt,
    QUrl,
)

from .conftest import settle


@pytest.fixture
def page(qtbot, ctx):  # type: ignore[no-untyped-def]
    from healthdesk.ui.pages.records import RecordsPage

    p = RecordsPage(ctx)
    qtbot.addWidget(p)
    p.resize(1000, 740)
    p.show()
    settle(qtbot, ctx)
    return p


def save(qtbot, ctx, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)


def add_allergy(qtbot, ctx, page, substance: str, severity: str, reaction: str = ""):  # type: ignore[no-untyped-def]
    page.allergies.add_action()
    dlg = page.allergies.dialog
    qtbot.keyClicks(dlg.inputs["substance"], substance)
    dlg.inputs["severity"].set_value(severity)
    if reaction:
        qtbot.keyClicks(dlg.inputs["reaction"], reaction)
    save(qtbot, ctx, dlg)
    return dlg


def drop_files(widget, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    """What a file manager's drag and drop delivers: DragEnter, then Drop with file URLs.

    Delivered through ``widget.event`` (QWidget's own dispatch to dragEnterEvent and
    dropEvent): QApplication.sendEvent drops drag events when no real drag is running.
    """
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    args = (QPointF(20, 20).toPoint(), Qt.DropAction.CopyAction, mime,
            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with warnings.catch_warnings():  # Qt marks the QPoint constructor deprecated; no other
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(*args)
    widget.event(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), *args[1:])
    widget.event(drop)
    assert drop.isAccepted()


def make_png(path: Path) -> Path:
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    assert image.save(str(path), "PNG")
    return path


# -- allergies ------------------------------------------------------------------------


def test_added_allergy_shows_in_banner_and_list(qtbot, ctx, page, record, profile_id):  # type: ignore[no-untyped-def]
    assert page.banner.label.text() == "Allergies: none recorded"
    dlg = add_allergy(qtbot, ctx, page, "Penicillin", "severe", "Hives")
    assert not dlg.isVisible()
    assert page.banner.label.text() == "Allergies: Penicillin (severe, hives)"
    assert page.banner.has_allergies
    assert [a.substance for a in record.allergies.for_profile(profile_id)] == ["Penicillin"]
    assert page.allergies.model.rowCount() == 1
    assert page.allergies.model.data(page.allergies.model.index(0, 1)) == "Severe"


def test_most_dangerous_allergy_comes_first(qtbot, ctx, page, record, profile_id):  # type: ignore[no-untyped-def]
    add_allergy(qtbot, ctx, page, "Penicillin", "severe", "Hives")
    add_allergy(qtbot, ctx, page, "Dust", "mild")
    add_allergy(qtbot, ctx, page, "Peanuts", "life_threatening")
    assert page.banner.label.text() == ("Allergies: Peanuts (life-threatening) · "
                                        "Penicillin (severe, hives) · Dust (mild)")
    shown = [page.allergies.model.data(page.allergies.model.index(r, 0)) for r in range(3)]
    assert shown == ["Peanuts", "Penicillin", "Dust"]
    assert [a.substance for a in record.allergies.for_profile(profile_id)] == shown


def test_duplicate_allergy_message_sits_under_substance(qtbot, ctx, page, record,
                                                        profile_id):  # type: ignore[no-untyped-def]
    add_allergy(qtbot, ctx, page, "Penicillin", "severe")
    dlg = add_allergy(qtbot, ctx, page, "penicillin", "mild")
    assert dlg.isVisible()
    error = dlg.errors["substance"]
    assert not error.isHidden()
    assert "already recorded" in error.text()
    assert "already recorded" in dlg.inputs["substance"].accessibleDescription()
    assert len(record.allergies.for_profile(profile_id)) == 1


def test_delete_allergy_after_confirming(qtbot, ctx, page, record, profile_id):  # type: ignore[no-untyped-def]
    add_allergy(qtbot, ctx, page, "Latex", "moderate")
    page.allergies.table.selectRow(0)
    page.allergies.delete_action()
    box = page.allergies.confirm_box
    box.button(QMessageBox.StandardButton.Yes).click()
    settle(qtbot, ctx)
    assert record.allergies.for_profile(profile_id) == []
    assert page.allergies.model.rowCount() == 0
    assert page.banner.label.text() == "Allergies: none recorded"


# -- conditions, contacts ----------------------------------------------------------------


def test_condition_form_and_bad_icd10(qtbot, ctx, page, record, profile_id):  # type: ignore[no-untyped-def]
    page.show_section("conditions")
    page.conditions.add_action()
    dlg = page.conditions.dialog
    qtbot.keyClicks(dlg.inputs["name"], "Type 2 diabetes")
    qtbot.keyClicks(dlg.inputs["icd10"], "not a code")
    save(qtbot, ctx, dlg)
    assert not dlg.errors["icd10"].isHidden()
    assert "ICD-10" in dlg.errors["icd10"].text()
    assert record.conditions.for_profile(profile_id) == []
    dlg.inputs["icd10"].setText("e119")
    save(qtbot, ctx, dlg)
    [c] = record.conditions.for_profile(profile_id)
    assert c.icd10 == "E11.9"
    m = page.conditions.model
    assert [m.data(m.index(0, i)) for i in range(3)] == ["Type 2 diabetes", "E11.9", "Active"]


def test_contact_needs_phone_or_email(qtbot, ctx, page, record, profile_id):  # type: ignore[no-untyped-def]
    page.show_section("contacts")
    page.contacts.add_action()
    dlg = page.contacts.dialog
    qtbot.keyClicks(dlg.inputs["name"], "Meera Iyer")
    save(qtbot, ctx, dlg)
    assert "phone number or an email" in dlg.errors["phone"].text()
    assert record.contacts.for_profile(profile_id) == []
    qtbot.keyClicks(dlg.inputs["phone"], "+91 98400 12345")
    save(qtbot, ctx, dlg)
    assert [c.phone for c in record.contacts.for_profile(profile_id)] == ["+91 98400 12345"]
    assert page.contacts.model.rowCount() == 1


def test_show_item_opens_the_section_and_selects_the_row(qtbot, ctx, page, record,
                                                         profile_id):  # type: ignore[no-untyped-def]
    record.conditions.add(profile_id, "Asthma")
    wanted = record.conditions.add(profile_id, "Hypertension")
    page.show_item("conditions", wanted.id)
    settle(qtbot, ctx)
    assert page.tabs.currentWidget() is page.conditions
    assert page.conditions.current().id == wanted.id


# -- symptoms -----------------------------------------------------------------------------


def test_symptom_without_severity_shows_message_and_saves_nothing(qtbot, ctx, page, record,
                                                                  profile_id):  # type: ignore[no-untyped-def]
    page.show_section("symptoms")
    page.symptoms.add_action()
    dlg = page.symptoms.dialog
    qtbot.keyClicks(dlg.inputs["symptom"], "Headache")
    save(qtbot, ctx, dlg)  # severity left at "Choose 1 to 10" (0)
    assert dlg.isVisible()
    assert not dlg.errors["severity"].isHidden()
    assert "Severity" in dlg.errors["severity"].text() and "10" in dlg.errors["severity"].text()
    assert dlg.errors["symptom"].isHidden()
    assert record.symptoms.for_profile(profile_id) == []
    assert page.symptoms.model.rowCount() == 0


def test_symptoms_newest_first_with_summary(qtbot, ctx, page, record, profile_id, clock):  # type: ignore[no-untyped-def]
    record.symptoms.log(profile_id, "Dizziness", 3, onset_at=clock() - dt.timedelta(days=2))
    page.show_section("symptoms")
    page.symptoms.add_action()
    dlg = page.symptoms.dialog
    qtbot.keyClicks(dlg.inputs["symptom"], "Headache")
    dlg.inputs["severity"].setValue(7)
    qtbot.keyClicks(dlg.inputs["duration_minutes"], "90")
    save(qtbot, ctx, dlg)
    assert not dlg.isVisible()
    m = page.symptoms.model
    assert [m.data(m.index(r, 1)) for r in range(2)] == ["Headache", "Dizziness"]
    assert m.data(m.index(0, 2)) == "7/10 (severe)"
    assert m.data(m.index(0, 3)) == "1 h 30 min"
    summary = page.symptoms.summary_label.text()
    assert "Headache" in summary and "Dizziness" in summary
    assert [e.symptom for e in record.symptoms.for_profile(profile_id)] == ["Headache", "Dizziness"]


def test_symptom_check_in_body_area_and_attention(qtbot, ctx, page, record, profile_id):  # type: ignore[no-untyped-def]
    page.show_section("symptoms")
    page.symptoms.add_action()
    dlg = page.symptoms.dialog
    qtbot.keyClicks(dlg.inputs["symptom"], "Chest pain")
    dlg.inputs["severity"].setValue(5)
    qtbot.keyClicks(dlg.inputs["body_area"], "chest")
    save(qtbot, ctx, dlg)
    [entry] = record.symptoms.for_profile(profile_id)
    assert entry.body_area == "chest" and entry.requires_attention
    m = page.symptoms.model
    headers = [c.header for c in m.columns]
    assert m.data(m.index(0, headers.index("Where"))) == "chest"
    assert m.data(m.index(0, headers.index("Needs attention"))) == \
        "chest pain can be a heart attack"


# -- goals -----------------------------------------------------------------------------------


def test_goal_progress_bar_matches_the_service(qtbot, ctx, page, record, profile_id):  # type: ignore[no-untyped-def]
    goal = record.goals.create(profile_id, "Walk every day", direction="increase",
                               start_value=0, target_value=8000, unit="steps")
    page.show_section("goals")
    page.refresh()
    settle(qtbot, ctx)
    card = page.goals.card_for(goal.id)
    assert card is not None and card.bar.value() == 0
    qtbot.mouseClick(card.record_button, Qt.MouseButton.LeftButton)
    dlg = page.goals.dialog
    qtbot.keyClicks(dlg.inputs["value"], "2000")
    save(qtbot, ctx, dlg)
    card = page.goals.card_for(goal.id)
    expected = record.goals.progress(goal.id)
    assert expected.percent_complete == 25.0
    assert card.bar.value() == round(expected.percent_complete)
    assert "Now 2000 steps" in card.detail.text()
    assert "target 8000 steps" in card.detail.text()


def test_goal_progress_rejects_bad_value(qtbot, ctx, page, record, profile_id):  # type: ignore[no-untyped-def]
    goal = record.goals.create(profile_id, "Sleep", direction="increase", start_value=5,
                               target_value=8, unit="hours")
    page.refresh()
    settle(qtbot, ctx)
    page.goals.record_action(goal)
    dlg = page.goals.dialog
    qtbot.keyClicks(dlg.inputs["value"], "lots")
    save(qtbot, ctx, dlg)
    assert not dlg.errors["value"].isHidden()
    assert record.goals.list_progress(goal.id) == []


# -- documents ---------------------------------------------------------------------------


def test_dropped_files_are_imported_and_listed(qtbot, ctx, page, record, profile_id,
                                               tmp_path):  # type: ignore[no-untyped-def]
    png = make_png(tmp_path / "scan.png")
    txt = tmp_path / "letter.txt"
    txt.write_text("Dear Dr. Rao,\nPlease see Asha next week.\n")
    section = page.show_section("documents")
    drop_files(section, [png, txt])
    settle(qtbot, ctx)
    titles = sorted(d.title for d in record.documents.for_profile(profile_id))
    assert titles == ["letter", "scan"]
    m = section.model
    assert sorted(m.data(m.index(r, 0)) for r in range(m.rowCount())) == titles
    assert "Imported 2 documents." in section.message.text()


def test_duplicate_import_shows_the_service_message(qtbot, ctx, page, record, profile_id,
                                                    tmp_path):  # type: ignore[no-untyped-def]
    png = make_png(tmp_path / "scan.png")
    section = page.show_section("documents")
    section.import_paths([str(png)])
    settle(qtbot, ctx)
    drop_files(section, [png])
    settle(qtbot, ctx)
    assert "scan.png: This file is already in the record as 'scan'." in section.message.text()
    assert len(record.documents.for_profile(profile_id)) == 1
    assert section.model.rowCount() == 1


def test_image_preview_shows_a_pixmap(qtbot, ctx, page, record, profile_id, tmp_path):  # type: ignore[no-untyped-def]
    record.documents.import_file(profile_id, make_png(tmp_path / "xray.png"), category="imaging")
    section = page.show_section("documents")
    page.refresh()
    settle(qtbot, ctx)
    section.table.selectRow(0)
    settle(qtbot, ctx)
    preview = section.preview
    assert preview.stack.currentWidget() is preview.image
    pm = preview.pixmap()
    assert pm is not None and pm.width() > 0
    assert "Imaging" in preview.facts.text()


def test_text_and_pdf_previews(qtbot, ctx, page, record, profile_id, tmp_path):  # type: ignore[no-untyped-def]
    from healthdesk.demo import pdf_bytes

    record.documents.import_bytes(profile_id, b"Potassium 4.1 mmol/L\n", "labs.txt",
                                  document_date="2026-03-01")
    record.documents.import_bytes(profile_id, pdf_bytes(("Lab report", "HbA1c 6.9 %")),
                                  "report.pdf", document_date="2026-02-01")
    section = page.show_section("documents")
    page.refresh()
    settle(qtbot, ctx)
    section.table.selectRow(0)  # newest first: the text file
    settle(qtbot, ctx)
    assert section.preview.stack.currentWidget() is section.preview.text
    assert "Potassium 4.1" in section.preview.text.toPlainText()
    section.table.selectRow(1)
    settle(qtbot, ctx)
    assert section.preview.stack.currentWidget() is section.preview.pdf  # rendered here
    assert len(section.preview.pdf.labels) == 1 and section.preview.pdf.page_pixmap(0)
    assert "1 page" in section.preview.facts.text()
    assert section.preview.open_button.isEnabled()


def test_edit_details_and_save_a_copy(qtbot, ctx, page, record, profile_id, tmp_path):  # type: ignore[no-untyped-def]
    doc = record.documents.import_bytes(profile_id, b"hello", "note.txt")
    section = page.show_section("documents")
    page.refresh()
    settle(qtbot, ctx)
    section.table.selectRow(0)
    section.edit_action()
    dlg = section.dialog
    dlg.inputs["title"].setText("Discharge note")
    dlg.inputs["tags"].setText("Hospital, 2026")
    save(qtbot, ctx, dlg)
    view = record.documents.get(doc.id)
    assert view.title == "Discharge note" and view.tags == ("2026", "hospital")
    assert section.model.data(section.model.index(0, 3)) == "2026, hospital"
    target = tmp_path / "copy.txt"
    section.save_copy_to(view, str(target))
    settle(qtbot, ctx)
    assert target.read_bytes() == b"hello"


def test_rows_model_on_its_own(qtbot):  # type: ignore[no-untyped-def]
    from types import SimpleNamespace

    from healthdesk.ui.pages.records_common import Column, RowsModel

    model = RowsModel([Column("Name", lambda r: r.name, bold=True),
                       Column("Level", lambda r: str(r.n), color=lambda r: "#B71C1C")])
    model.set_rows([SimpleNamespace(id="a", name="One", n=1),
                    SimpleNamespace(id="b", name="Two", n=2)])
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert model.data(model.index(1, 0)) == "Two"
    assert model.data(model.index(1, 1), Qt.ItemDataRole.ForegroundRole).name() == "#b71c1c"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole) == "a"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Level"
    assert model.index_of("b") == 1 and model.index_of("zzz") == -1


def test_new_goal_keeps_an_empty_due_date_empty(qtbot, ctx, page, record, profile_id):  # type: ignore[no-untyped-def]
    page.show_section("goals")
    page.goals.add_action()
    dlg = page.goals.dialog
    qtbot.keyClicks(dlg.inputs["title"], "Walk more")
    dlg.inputs["direction"].set_value("increase")
    qtbot.keyClicks(dlg.inputs["start_value"], "2000")
    qtbot.keyClicks(dlg.inputs["target_value"], "6000")
    qtbot.keyClicks(dlg.inputs["unit"], "steps")
    assert dlg.inputs["due_date"].edit.text() == "Not set"
    save(qtbot, ctx, dlg)
    [goal] = record.goals.for_profile(profile_id)
    assert (goal.title, goal.due_date, goal.start_value, goal.target_value, goal.unit) == (
        "Walk more", None, 2000, 6000, "steps")
    assert page.goals.card_for(goal.id) is not None


def test_optional_date_starts_at_today_when_picking(qtbot, ctx, record, clock):  # type: ignore[no-untyped-def]
    from healthdesk.ui.dialogs.record_form_base import OptionalDate

    box = OptionalDate(None, clock().date())
    qtbot.addWidget(box)
    box.show()
    qtbot.keyClick(box.edit, Qt.Key.Key_Tab)  # passing through leaves it unset
    assert box.value() is None
    qtbot.mouseClick(box.edit.lineEdit(), Qt.MouseButton.LeftButton)
    assert box.value() == clock().date()
    box.set_value(None)
    assert box.value() is None and box.edit.text() == "Not set"


def test_open_in_another_app_uses_a_temporary_copy_removed_at_close(
        qtbot, ctx, page, record, profile_id, monkeypatch):  # type: ignore[no-untyped-def]
    from healthdesk.demo import pdf_bytes
    from healthdesk.ui.pages import records_documents

    opened: list[str] = []

    class FakeDesktop:
        @staticmethod
        def openUrl(url):  # type: ignore[no-untyped-def]
            opened.append(url.toLocalFile())
            return True

    monkeypatch.setattr(records_documents, "QDesktopServices", FakeDesktop)
    data = pdf_bytes(("Discharge summary", "All well."))
    record.documents.import_bytes(profile_id, data, "discharge.pdf")
    section = page.show_section("documents")
    page.refresh()
    settle(qtbot, ctx)
    section.table.selectRow(0)
    settle(qtbot, ctx)
    qtbot.mouseClick(section.preview.open_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    [path] = opened
    assert Path(path).name == "discharge.pdf" and Path(path).read_bytes() == data
    section.cleanup_temporary()  # what quitting the app (or closing the page) runs
    assert not Path(path).exists()


def test_every_records_section_provides_its_load_form_and_delete() -> None:
    import importlib

    from healthdesk.ui.pages.records_common import ListSection

    for mod in ("records_clinical", "records_contacts", "records_documents",
                "records_symptoms", "records_goals"):
        importlib.import_module(f"healthdesk.ui.pages.{mod}")
    sections = ListSection.__subclasses__()
    assert len(sections) >= 5
    for cls in sections:
        for hook in ("load", "form", "delete_work"):
            assert getattr(cls, hook) is not getattr(ListSection, hook), (cls, hook)
