"""``healthdesk sharing`` and ``healthdesk conflicts`` against a real server (tests/pg.py)
over real HTTP: devices are real stores signed in to it (tests/sync/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from healthdesk.cli.main import main
from tests.cli.nouns_helpers import Cli
from tests.conftest import PASSPHRASE
from tests.sync.conftest import Device, new_device, settle  # noqa: F401  (a fixture)


def _cli(device: Device, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    cli = Cli(tmp_path, data=device.dir, passphrase=PASSPHRASE)
    cli.capsys = capsys
    return cli


def test_invite_accept_members_list_revoke(new_device, make_account, tmp_path: Path,  # type: ignore[no-untyped-def]  # noqa: F811
                                           capsys: pytest.CaptureFixture[str]) -> None:
    owner, helper = new_device(), new_device()
    pid = owner.record.profiles.create(name="Asha Rao").id
    owner.sync()
    by_owner, by_helper = _cli(owner, tmp_path, capsys), _cli(helper, tmp_path, capsys)
    assert by_owner.bad("sharing", "invite", "--role", "admin") == (
        "The role must be caregiver (may change the record) or viewer (may only read it).")
    assert by_owner.bad("sharing", "invite", "--role", "viewer", "--hours", "1000") == (
        "An invite must last 1 to 720 hours.")
    invite = by_owner.json("sharing", "invite", "--role", "caregiver", "--hours", "2")
    assert invite["profile_id"] == pid and invite["role"] == "caregiver"
    assert by_helper.ok("sharing", "accept", invite["code"]).strip() == pid
    members = {m["user"]: m["role"] for m in by_owner.json("sharing", "members")}
    assert members == {owner.account.user: "owner", helper.account.user: "caregiver"}
    assert helper.account.user in by_owner.ok("sharing", "members", "--profile", "asha rao")
    [shared] = by_helper.json("sharing", "list")
    assert (shared["profile_id"], shared["role"], shared["owner"]) == (
        pid, "caregiver", owner.account.user)
    assert shared["name"] is None  # not synced to the helper's device yet
    helper.sync()
    assert by_helper.json("sharing", "list")[0]["name"] == "Asha Rao"
    by_owner.ok("sharing", "revoke", helper.account.user)
    assert [m["user"] for m in by_owner.json("sharing", "members")] == [owner.account.user]


def test_sharing_without_an_account_fails_in_one_sentence(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    cli = Cli(tmp_path)
    cli.capsys = capsys
    assert main(["init", "--data-dir", str(cli.dir), "--passphrase-file",
                 str(cli.pass_file)]) == 0
    code, out, err = cli.raw("sharing", "list")
    assert code == 1 and out == ""
    assert err == ("healthdesk: This device is not signed in to a sync server; sign in first "
                   "(healthdesk account login, or Sync ▸ Sign in).\n")


def test_conflicts_list_keep_restore(new_device, make_account, tmp_path: Path,  # type: ignore[no-untyped-def]  # noqa: F811
                                     capsys: pytest.CaptureFixture[str]) -> None:
    acct = make_account()
    a, b = new_device(acct), new_device(acct)
    pid = a.record.profiles.create(name="Asha Rao").id
    cond = a.record.conditions.add(pid, "Hypertension").id
    allergy = a.record.allergies.add(pid, "Penicillin").id
    settle(a, b)
    a.record.conditions.update(cond, notes="from A")
    b.record.conditions.update(cond, notes="from B")
    a.record.allergies.update(allergy, reaction="rash on A")
    b.record.allergies.update(allergy, reaction="rash on B")
    settle(a, b)
    cli = _cli(a, tmp_path, capsys)
    listed = cli.json("conflicts", "list")
    assert {c["entity"] for c in listed} == {"conditions", "allergies"}
    assert all(c["status"] == "open" and c["profile_id"] == pid for c in listed)
    assert cli.json("conflicts", "list", "--profile", "Asha Rao") == listed
    table = cli.ok("conflicts", "list")
    assert "Asha Rao" in table and "changed on two devices at once" in table
    by_entity = {c["entity"]: c for c in listed}
    kept = by_entity["conditions"]
    assert cli.ok("conflicts", "keep", kept["id"]) == f"Conflict {kept['id']} closed (kept).\n"
    assert cli.bad("conflicts", "keep", kept["id"]) == (
        "This conflict was already resolved (kept).")
    lost = by_entity["allergies"]
    restored = cli.json("conflicts", "restore", lost["id"])
    assert restored["status"] == "restored"
    assert a.record.allergies.get(allergy).reaction == lost["losing_value"]
    assert cli.json("conflicts", "list") == []
    assert cli.ok("conflicts", "list") == "No open conflicts.\n"
    settle(a, b)
    assert b.record.allergies.get(allergy).reaction == lost["losing_value"]
