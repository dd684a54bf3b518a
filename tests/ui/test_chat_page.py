"""The Chat page on a real encrypted store: sending, paging, conversations, search."""

from __future__ import annotations

import pytest

from healthdesk.ui.qt import Qt

from .conftest import settle


@pytest.fixture
def session(record, profile_id):  # type: ignore[no-untyped-def]
    return record.chat.create_session(profile_id, "Care notes")


@pytest.fixture
def page(qtbot, ctx, session):  # type: ignore[no-untyped-def]
    from healthdesk.ui.pages.chat import ChatPage

    p = ChatPage(ctx)
    qtbot.addWidget(p)
    p.resize(1000, 740)
    p.show()
    settle(qtbot, ctx)
    return p


def post_many(record, clock, session_id: str, n: int) -> list:  # type: ignore[no-untyped-def]
    out = []
    for i in range(n):
        clock.advance(minutes=5)
        out.append(record.chat.post(session_id, f"note {i}", author="Sister Grace",
                                    role="note"))
    return out


def test_ctrl_enter_posts_a_note_with_its_author(qtbot, ctx, page, record, session):  # type: ignore[no-untyped-def]
    assert page.session_id == session.id
    assert page.header.text() == "Care notes"
    qtbot.keyClicks(page.composer, "BP 128/82 this morning")
    qtbot.keyClick(page.composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ctx)
    [m] = record.chat.messages(session.id)
    assert (m.content, m.author, m.role) == ("BP 128/82 this morning", "Test User", "note")
    bubble = page.bubbles[m.id]
    assert bubble.content_label.text() == "BP 128/82 this morning"
    assert bubble.author_label.text().startswith("Test User (you) · ")
    assert bubble.kind == "mine"
    assert page.composer.toPlainText() == ""
    assert "1 message" in page.session_list.item(0).text()


def test_plain_enter_makes_a_new_line_not_a_message(qtbot, ctx, page, record, session):  # type: ignore[no-untyped-def]
    qtbot.keyClicks(page.composer, "line one")
    qtbot.keyClick(page.composer, Qt.Key.Key_Return)
    qtbot.keyClicks(page.composer, "line two")
    settle(qtbot, ctx)
    assert record.chat.messages(session.id) == []
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert [m.content for m in record.chat.messages(session.id)] == ["line one\nline two"]


def test_others_notes_and_assistant_answers_look_different(qtbot, ctx, page, record,
                                                           profile_id, session):  # type: ignore[no-untyped-def]
    other = record.chat.post(session.id, "Refilled the pill box", author="Meera", role="note")
    ask = record.chat.create_session(profile_id, "Questions", kind="assistant")
    q = record.chat.post(ask.id, "When did I last take metformin?", role="user")
    a = record.chat.post(ask.id, "This morning at 08:10.", role="assistant",
                         metadata={"sources": [{"entity": "dose_events", "id": "x"}]})
    page.refresh()
    settle(qtbot, ctx)
    titles = [page.session_list.item(i).text() for i in range(page.session_list.count())]
    assert titles[0].startswith("Questions\nAssistant · 2 messages")
    page.session_list.setCurrentRow(titles.index(next(t for t in titles
                                                      if t.startswith("Care notes"))))
    settle(qtbot, ctx)
    assert page.bubbles[other.id].kind == "other"
    assert page.bubbles[other.id].author_label.text().startswith("Meera · ")
    page.session_list.setCurrentRow(0)
    settle(qtbot, ctx)
    assert page.bubbles[a.id].kind == "assistant"
    assert page.bubbles[a.id].author_label.text().startswith("Assistant · ")
    assert page.bubbles[q.id].kind in ("mine", "other")
    qtbot.keyClicks(page.composer, "And yesterday?")
    qtbot.keyClick(page.composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ctx)
    # In an assistant conversation the composer asks: the question, then its answer.
    assert [m.role for m in record.chat.messages(ask.id)[-2:]] == ["user", "assistant"]


def test_scrolling_to_the_top_loads_older_messages(qtbot, ctx, page, record, session, clock):  # type: ignore[no-untyped-def]
    posted = post_many(record, clock, session.id, 120)
    page.refresh()
    settle(qtbot, ctx)
    assert [m.id for m in page.messages] == [m.id for m in posted[-50:]]
    assert page.has_older and page.older_button.isVisible()
    bar = page.thread.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.value() == bar.maximum()  # opens at the newest message
    bar.setValue(0)
    settle(qtbot, ctx)
    assert [m.id for m in page.messages] == [m.id for m in posted[-100:]]
    # The range grows when the layout runs (an event after the callback).
    qtbot.waitUntil(lambda: bar.value() > 0)  # stays on the message that was on top
    qtbot.mouseClick(page.older_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert [m.id for m in page.messages] == [m.id for m in posted]
    assert not page.has_older and not page.older_button.isVisible()
    assert len(page.bubbles) == 120


def test_new_conversation_is_created_and_opened(qtbot, ctx, page, record, profile_id):  # type: ignore[no-untyped-def]
    page.new_conversation_action()
    dlg = page.dialog
    save = dlg.save_button
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # empty title
    settle(qtbot, ctx)
    assert "Title" in dlg.errors["title"].text()
    qtbot.keyClicks(dlg.inputs["title"], "Visit to Dr. Raghavan")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    created = [s for s in record.chat.sessions(profile_id) if s.title == "Visit to Dr. Raghavan"]
    assert len(created) == 1 and created[0].kind == "notes"
    assert page.session_id == created[0].id
    assert page.header.text() == "Visit to Dr. Raghavan"
    assert page.composer.isEnabled()


def test_show_item_opens_the_conversation_at_the_message(qtbot, ctx, page, record, profile_id,
                                                         session, clock):  # type: ignore[no-untyped-def]
    posted = post_many(record, clock, session.id, 80)
    other = record.chat.create_session(profile_id, "Other")
    record.chat.post(other.id, "latest", role="note")
    page.refresh()
    settle(qtbot, ctx)
    page.session_list.setCurrentRow(0)  # the most recent: "Other"
    settle(qtbot, ctx)
    assert page.session_id == other.id
    target = posted[3]  # older than the first page of 50
    page.show_item("chat_messages", target.id)
    settle(qtbot, ctx)
    assert page.session_id == session.id
    assert target.id in page.bubbles
    assert page.bubbles[target.id].highlighted
    assert page.session_list.currentItem().data(Qt.ItemDataRole.UserRole) == session.id


def test_person_without_conversations(qtbot, ctx, record):  # type: ignore[no-untyped-def]
    from healthdesk.ui.pages.chat import ChatPage

    ctx.set_profile(record.profiles.create(name="Ravi").id)
    p = ChatPage(ctx)
    qtbot.addWidget(p)
    p.show()
    settle(qtbot, ctx)
    assert p.session_list.count() == 0
    assert not p.composer.isEnabled()
    assert "New conversation" in p.thread.empty.text()
