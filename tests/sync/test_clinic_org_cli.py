"""``healthdesk clinic publish|link-staff|role|link-code|server-audit``, ``healthdesk link``
and ``healthdesk-server orgs|org-admin`` as scripts use them, on the real server: bad
input is exit 2 with a sentence naming the field, a server refusal exit 1, never a
traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from healthdesk.services.record import HealthRecord
from tests.conftest import FAST, PASSPHRASE
from tests.sync.test_cli import hd

ADMIN = {"HEALTHDESK_STAFF": "Dr Meera Iyer", "HEALTHDESK_STAFF_PIN": "1111"}


def _store(tmp_path: Path, name: str, server_url: str, acct) -> Path:  # type: ignore[no-untyped-def]
    d = tmp_path / name
    rec, _ = HealthRecord.create(d, PASSPHRASE, kdf=FAST)
    with rec:
        rec.sync.login(server_url, acct.user, acct.password, device_name=name)
    return d


def _server_cli(db: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HEALTHDESK_DATABASE_URL": db}
    return subprocess.run([sys.executable, "-m", "healthdesk.server_cli", *args],
                          capture_output=True, text=True, env=env, timeout=60)


def _refused(out: subprocess.CompletedProcess[str], code: int, *words: str) -> None:
    assert out.returncode == code, (out.returncode, out.stderr)
    assert "Traceback" not in out.stderr
    for w in words:
        assert w in out.stderr, out.stderr


def test_clinic_on_the_server_from_the_command_line(tmp_path: Path, server_url: str,
                                                    server_db: str, make_account) -> None:  # type: ignore[no-untyped-def]
    admin, nurse, patient = make_account(), make_account(), make_account()
    a = _store(tmp_path, "desk", server_url, admin)
    da = ("--data-dir", str(a))
    pin = tmp_path / "pin.txt"
    pin.write_text("1111\n")
    assert hd("clinic", "setup", "Sunrise Clinic", "--admin", "Dr Meera Iyer",
              "--new-pin-file", str(pin), *da).returncode == 0
    pin.write_text("2222\n")
    assert hd("staff", "add", "Nurse Lata", "--role", "nurse", "--new-pin-file", str(pin),
              *da, env=ADMIN).returncode == 0
    # Nobody signed in: the store refuses before anything is sent.
    _refused(hd("clinic", "publish", *da), 2, "Sign in as a member of staff")
    _refused(hd("clinic", "link-staff", "Nurse Lata", "--account", nurse.user, *da,
                env=ADMIN), 2, "not on the sync server")
    assert hd("clinic", "publish", *da, env=ADMIN).returncode == 0
    _refused(hd("clinic", "publish", *da, env=ADMIN), 2, "already")
    _refused(hd("clinic", "link-staff", "Nurse Lata", "--account", "not a name!", *da,
                env=ADMIN), 2, "account", "64")
    _refused(hd("clinic", "link-staff", "Nobody", "--account", nurse.user, *da, env=ADMIN),
             2, "Nobody")
    _refused(hd("clinic", "link-staff", "Nurse Lata", "--account", "ghost_account", *da,
                env=ADMIN), 1, "no account")
    _refused(hd("clinic", "role", "Nurse Lata", "surgeon", *da, env=ADMIN), 2, "role")
    _refused(hd("clinic", "role", "Nurse Lata", "doctor", *da, env=ADMIN), 2,
             "no server account")
    assert hd("clinic", "link-staff", "Nurse Lata", "--account", nurse.user, *da,
              env=ADMIN).returncode == 0
    # Offered, not accepted: the server has no such member until her computer joins.
    _refused(hd("clinic", "role", "Nurse Lata", "doctor", *da, env=ADMIN), 1,
             "not on this organisation's staff")
    ward = _store(tmp_path, "ward", server_url, nurse)
    out = hd("clinic", "join", "--data-dir", str(ward))
    assert out.returncode == 0 and "2 members of staff" in out.stdout, out.stderr
    nurse_env = {"HEALTHDESK_STAFF": "Nurse Lata", "HEALTHDESK_STAFF_PIN": "2222"}
    _refused(hd("clinic", "role", "Nurse Lata", "doctor", *da, env=nurse_env), 2,
             "may not manage staff")
    assert hd("clinic", "role", "Nurse Lata", "doctor", *da, env=ADMIN).returncode == 0
    assert hd("patients", "add", "Kamala Devi", "--born", "1961-05-02", *da,
              env=ADMIN).returncode == 0
    assert hd("sync", *da).returncode == 0
    _refused(hd("clinic", "link-code", "--profile", "Kamala Devi", "--hours", "0", *da,
                env=ADMIN), 2, "720")
    out = hd("clinic", "link-code", "--profile", "Kamala Devi", "--json", *da, env=ADMIN)
    assert out.returncode == 0, out.stderr
    code = json.loads(out.stdout)["code"]

    home = _store(tmp_path, "home", server_url, patient)
    dh = ("--data-dir", str(home))
    _refused(hd("link", "redeem", code, *dh), 2, "consent")
    _refused(hd("link", "redeem", "ZZZZ-ZZZZ-ZZZZ", "--consent", *dh), 1, "unknown")
    assert hd("link", "redeem", code, "--consent", *dh).returncode == 0
    assert hd("sync", *dh).returncode == 0
    listed = json.loads(hd("link", "list", "--json", *dh).stdout)
    assert [x["organisation"] for x in listed] == ["Sunrise Clinic"]
    assert hd("link", "withdraw", "--profile", "Kamala Devi", *dh).returncode == 0
    assert json.loads(hd("link", "list", "--json", *dh).stdout) == []

    events = json.loads(hd("clinic", "server-audit", "--json", *da, env=ADMIN).stdout)
    assert [e["action"] for e in events][:2] == ["patient_withdrew", "patient_consented"]
    _refused(hd("clinic", "server-audit", *da, env=nurse_env), 2, "may not manage staff")

    # The server's operator sees the clinic with its counts, and can name a new admin.
    out = _server_cli(server_db, "orgs", "--json")
    assert out.returncode == 0, out.stderr
    clinic = next(o for o in json.loads(out.stdout) if o["name"] == "Sunrise Clinic")
    assert (clinic["staff"], clinic["admins"], clinic["patients"],
            clinic["linked_patients"]) == (2, 1, 1, 0)
    _refused(_server_cli(server_db, "org-admin", "not-an-id", nurse.user), 2, "UUID")
    _refused(_server_cli(server_db, "org-admin", clinic["org_id"], "ghost_account"), 2,
             "no account")
    assert _server_cli(server_db, "org-admin", clinic["org_id"], nurse.user).returncode == 0
    after = next(o for o in json.loads(_server_cli(server_db, "orgs", "--json").stdout)
                 if o["org_id"] == clinic["org_id"])
    assert after["admins"] == 2
