"""The roles table (docs/clinic.md) and the sentences a refusal says."""

from __future__ import annotations

from healthdesk.domain import roles as r


def test_tables_need_their_permission() -> None:
    assert r.permission_for_table("measurements") == r.RECORD_VITALS
    assert r.permission_for_table("medications") == r.PRESCRIBE
    assert r.permission_for_table("profiles") == r.REGISTER
    assert r.permission_for_table("conditions") == r.EDIT  # not listed: the clinical record
    assert r.permission_for_table("audit_events") is None
    assert r.permission_for_table("notifications") is None


def test_who_may_what() -> None:
    table = dict(r.role_table())
    assert table["receptionist"] == [r.READ, r.REGISTER]
    assert table["nurse"] == [r.READ, r.REGISTER, r.RECORD_VITALS]
    assert r.ERASE not in table["doctor"] and r.MANAGE_STAFF not in table["doctor"]
    assert table["admin"] == list(r.PERMISSIONS)
    assert table["viewer"] == [r.READ, r.EXPORT]
    assert not r.allows("someone", r.READ)  # an unknown role may do nothing


def test_refusals_name_who_and_what() -> None:
    e = r.denied("Ravi Kumar", "receptionist", r.PRESCRIBE)
    assert str(e) == "Ravi Kumar (receptionist) may not prescribe medicines."
    assert (e.who, e.role, e.permission) == ("Ravi Kumar", "receptionist", r.PRESCRIBE)
    v = r.denied("me", "viewer", r.EDIT, "Asha Rao")
    assert str(v) == "You can view Asha Rao's record; ask the owner to change it."
