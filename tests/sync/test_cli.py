"""``healthdesk account login`` and ``healthdesk sync`` as scripts use them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from healthdesk.services.record import HealthRecord
from tests.conftest import FAST, PASSPHRASE


def hd(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "HEALTHDESK_PASSPHRASE": PASSPHRASE, "HEALTHDESK_KDF": "fast",
            **(env or {})}
    return subprocess.run([sys.executable, "-m", "healthdesk.cli.main", *args],
                          capture_output=True, text=True, env=full, timeout=120)


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    d = tmp_path / "cli-store"
    rec, _ = HealthRecord.create(d, PASSPHRASE, kdf=FAST)
    rec.profiles.create(name="Script User")
    rec.close()
    return d


def test_login_sync_and_status(store_dir: Path, server_url: str, make_account, tmp_path) -> None:  # type: ignore[no-untyped-def]
    acct = make_account()
    pw = tmp_path / "pw.txt"
    pw.write_text(acct.password + "\n")
    out = hd("account", "login", "--data-dir", str(store_dir), "--server", server_url,
             "--user", acct.user, "--password-file", str(pw))
    assert out.returncode == 0, out.stderr
    assert f"Signed in to {server_url} as {acct.user}" in out.stderr
    out = hd("sync", "--json", "--data-dir", str(store_dir))
    assert out.returncode == 0, out.stderr
    counts = json.loads(out.stdout)
    assert counts["ok"] is True and counts["pushed"] == 2 and counts["rejected"] == 0
    assert {"pulled", "conflicts", "rejected", "pending"} <= counts.keys()
    again = json.loads(hd("sync", "--json", "--data-dir", str(store_dir)).stdout)
    assert again["pushed"] == 0 and again["pending"] == 0
    out = hd("account", "status", "--json", "--data-dir", str(store_dir))
    st = json.loads(out.stdout)
    assert st["signed_in"] and st["user"] == acct.user and st["last_success"]
    # The token is not in plaintext anywhere beside the encrypted store.
    assert not any(b"token" in p.read_bytes() for p in store_dir.iterdir() if p.is_file()
                   and p.suffix == ".json")


def test_wrong_password_unreachable_server_and_bad_input(store_dir: Path, server_url: str,
                                                         make_account) -> None:  # type: ignore[no-untyped-def]
    acct = make_account()
    out = hd("account", "login", "--data-dir", str(store_dir), "--server", server_url,
             "--user", acct.user, env={"HEALTHDESK_PASSWORD": "not the password"})
    assert out.returncode == 1
    assert out.stderr.strip() == ("healthdesk: The server did not accept that user name "
                                  "and password.")
    out = hd("account", "login", "--data-dir", str(store_dir), "--server", "sync.example",
             "--user", acct.user, env={"HEALTHDESK_PASSWORD": acct.password})
    assert out.returncode == 2 and "http://" in out.stderr and "Traceback" not in out.stderr
    out = hd("sync", "--json", "--data-dir", str(store_dir))
    assert out.returncode == 1 and "not signed in" in out.stderr
    assert json.loads(out.stdout)["ok"] is False
    out = hd("account", "login", "--data-dir", str(store_dir), "--server",
             "http://127.0.0.1:9", "--user", acct.user,
             env={"HEALTHDESK_PASSWORD": acct.password})
    assert out.returncode == 1 and "could not be reached" in out.stderr
