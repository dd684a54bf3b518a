"""``healthdesk-server`` as a subprocess against a real, empty PostgreSQL database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from healthdesk.server.migrate import head_revision
from tests.pg import PASSWORD, ServerProcess, login, new_database


def run(url: str | None, *args: str, stdin: str | None = None,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items()
            if k not in ("HEALTHDESK_DATABASE_URL", "HEALTHDESK_PASSWORD")}
    if url is not None:
        full["HEALTHDESK_DATABASE_URL"] = url
    full.update(env or {})
    return subprocess.run([sys.executable, "-m", "healthdesk.server_cli", *args], env=full,
                          capture_output=True, text=True, input=stdin, timeout=120)


@pytest.fixture(scope="module")
def empty_db(pg_admin_url: str) -> str:
    return new_database(pg_admin_url, template=None)


def test_init_db_then_migrate_then_create_user_then_serve(empty_db: str, tmp_path: Path) -> None:
    done = run(empty_db, "init-db")
    assert done.returncode == 0, done.stderr
    assert head_revision() in done.stdout
    again = run(empty_db, "init-db")
    assert again.returncode == 2
    assert "already has the HealthDesk schema" in again.stderr
    assert "Traceback" not in again.stderr
    migrated = run(empty_db, "migrate")
    assert migrated.returncode == 0 and f"at revision {head_revision()}" in migrated.stdout

    pw = tmp_path / "pw"
    pw.write_text(PASSWORD + "\n")
    made = run(empty_db, "create-user", "asha", "--password-file", str(pw))
    assert made.returncode == 0, made.stderr
    made2 = run(empty_db, "create-user", "ravi", env={"HEALTHDESK_PASSWORD": "another pass 1"})
    assert made2.returncode == 0, made2.stderr
    dup = run(empty_db, "create-user", "ASHA", "--password-file", str(pw))
    assert dup.returncode == 2 and "already exists" in dup.stderr
    no_tty = run(empty_db, "create-user", "noor", stdin="")
    assert no_tty.returncode == 2 and "--password-file" in no_tty.stderr
    short = run(empty_db, "create-user", "noor", env={"HEALTHDESK_PASSWORD": "short"})
    assert short.returncode == 2 and "8 to 1024" in short.stderr
    with psycopg.connect(empty_db) as conn:
        assert conn.execute("SELECT count(*) FROM accounts").fetchone()[0] == 2

    server = ServerProcess(empty_db)
    server.start()
    try:
        assert login(server.url, "asha", PASSWORD)
        assert login(server.url, "ravi", "another pass 1")
    finally:
        server.stop()
        server.log.unlink(missing_ok=True)


@pytest.mark.parametrize("args,needle", [
    (["serve", "--port", "70000"], "port must be a whole number from 1 to 65535"),
    (["compact", "--days", "0"], "days must be a whole number from 1 to 3650"),
    (["frobnicate"], "invalid choice"),
    ([], "required"),
])
def test_bad_usage_exits_2_with_one_sentence(empty_db: str, args: list[str], needle: str) -> None:
    done = run(empty_db, *args)
    assert done.returncode == 2
    assert needle in done.stderr and "Traceback" not in done.stderr


def test_no_database_url_is_bad_usage() -> None:
    done = run(None, "migrate")
    assert done.returncode == 2
    assert "HEALTHDESK_DATABASE_URL" in done.stderr


def test_an_unreachable_database_is_a_failure_without_traceback(pg_admin_url: str) -> None:
    done = run(pg_admin_url.rsplit("/", 1)[0] + "/missing_db", "migrate")
    assert done.returncode == 1
    assert done.stderr.startswith("healthdesk-server: cannot use the database")
    assert "Traceback" not in done.stderr


def test_compact_runs_and_forgets_idle_failed_sign_ins(server_db: str) -> None:
    with psycopg.connect(server_db, autocommit=True) as conn:
        conn.execute("INSERT INTO login_failures VALUES ('sprayed', '10.0.0.9', 2, "
                     "now() - interval '2 days'), ('recent', '10.0.0.9', 5, "
                     "now() + interval '1 minute') ON CONFLICT DO NOTHING")
    done = run(server_db, "compact")
    assert done.returncode == 0 and "compacted:" in done.stdout
    assert "idle failed sign-in counts forgotten" in done.stdout
    with psycopg.connect(server_db) as conn:
        left = {r[0] for r in conn.execute(
            "SELECT username FROM login_failures WHERE ip = '10.0.0.9'").fetchall()}
    assert left == {"recent"}
