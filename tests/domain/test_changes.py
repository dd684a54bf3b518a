"""The change set: what a write touched, asked the way a screen asks."""

from __future__ import annotations

from healthdesk.domain.changes import ANY, EVERYTHING, Changes


def test_a_reading_touches_its_person_and_kind_only() -> None:
    c = Changes.of("measurements", "p1", kinds=["weight"])
    assert c.touches("measurements") and c.touches("measurements", "p1")
    assert not c.touches("measurements", "p2") and not c.touches("medications", "p1")
    assert c.touches_readings("p1") and c.touches_readings("p1", ["weight"])
    assert not c.touches_readings("p1", ["glucose"]) and not c.touches_readings("p2")
    assert c.tables == {"measurements"} and c.profiles == {"p1"} and c.kinds() == {"weight"}


def test_merging_keeps_each_person_apart() -> None:
    c = Changes.of("measurements", "p1", kinds=["weight"]) | Changes.of("medications", "p2")
    assert c.touches("medications", "p2") and not c.touches("medications", "p1")
    assert not c.touches_readings("p2")
    assert (Changes() | c) is c and (c | Changes()) is c


def test_an_unnamed_profile_or_table_matches_every_question() -> None:
    bulk = Changes.of("measurements")  # a bulk insert could not say whose
    assert bulk.touches("measurements", "anyone") and bulk.touches_readings("anyone", ["x"])
    assert bulk.kinds("anyone") == {ANY}
    assert EVERYTHING.touches("appointments", "p9") and EVERYTHING.touches_readings("p9")
    assert EVERYTHING.touches_any(("chat_messages",), "p9")


def test_empty_is_falsy() -> None:
    assert not Changes() and Changes.of("profiles", "p1")
