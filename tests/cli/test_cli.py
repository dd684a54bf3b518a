"""The command line as a user (or a cron job) runs it: a real subprocess, real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PASS = "cli test passphrase"


def run(*args: str, data: Path, env: dict[str, str] | None = None,
        passphrase: str | None = PASS, stdin: str | None = None) -> subprocess.CompletedProcess:
    e = {k: v for k, v in os.environ.items() if not k.startswith("HEALTHDESK_")}
    e.update({"HEALTHDESK_KDF": "fast", "HEALTHDESK_DATA_DIR": str(data),
              "PYTHONPATH": str(Path(__file__).resolve().parents[2])})
    if passphrase is not None:
        e["HEALTHDESK_PASSPHRASE"] = passphrase
    e.update(env or {})
    return subprocess.run([sys.executable, "-m", "healthdesk", *args], capture_output=True,
                          text=True, env=e, input=stdin, timeout=180)


def no_traceback(p: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in p.stderr and "Traceback" not in p.stdout


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("cli") / "demo"
    p = run("demo", "--profiles", "3", "--years", "0.3", data=d)
    assert p.returncode == 0, p.stderr
    return d


def test_init_prints_recovery_key_once_and_refuses_twice(tmp_path: Path) -> None:
    d = tmp_path / "d"
    p = run("init", data=d)
    assert p.returncode == 0, p.stderr
    key_lines = [ln.strip() for ln in p.stdout.splitlines() if ln.count("-") == 8]
    assert len(key_lines) == 1 and len(key_lines[0]) == 44
    again = run("init", data=d)
    assert again.returncode == 2
    assert "already exists" in again.stderr
    no_traceback(again)


def test_init_without_any_passphrase_source_is_bad_input(tmp_path: Path) -> None:
    p = run("init", data=tmp_path / "d", passphrase=None, stdin="")
    assert p.returncode == 2
    assert "HEALTHDESK_PASSPHRASE" in p.stderr
    assert not (tmp_path / "d").exists()


def test_short_passphrase_names_the_rule(tmp_path: Path) -> None:
    p = run("init", data=tmp_path / "d", passphrase="short")
    assert p.returncode == 2
    assert "8" in p.stderr and "assphrase" in p.stderr
    no_traceback(p)


def test_check_summarises(demo_dir: Path) -> None:
    p = run("check", "--json", data=demo_dir)
    assert p.returncode == 0, p.stderr
    report = json.loads(p.stdout)
    assert report["ok"] and report["schema_current"]
    assert len(report["profiles"]) == 3
    assert report["rows"]["measurements"] > 100


def test_wrong_passphrase_exits_3_and_changes_nothing(demo_dir: Path) -> None:
    before = {f.name: f.read_bytes() for f in demo_dir.iterdir() if f.is_file()}
    p = run("check", data=demo_dir, passphrase="definitely wrong")
    assert p.returncode == 3
    assert p.stderr.count("\n") == 1 and "passphrase" in p.stderr.lower()
    no_traceback(p)
    after = {f.name: f.read_bytes() for f in demo_dir.iterdir() if f.is_file()}
    assert before == after


def test_locked_without_passphrase_and_no_terminal(demo_dir: Path) -> None:
    p = run("check", data=demo_dir, passphrase=None, stdin="")
    assert p.returncode == 3
    assert "--passphrase-file" in p.stderr


def test_passphrase_file_is_accepted(demo_dir: Path, tmp_path: Path) -> None:
    f = tmp_path / "pw"
    f.write_text(PASS + "\n")
    p = run("check", "--passphrase-file", str(f), data=demo_dir, passphrase=None)
    assert p.returncode == 0, p.stderr


def test_missing_store_is_a_clear_failure(tmp_path: Path) -> None:
    p = run("check", data=tmp_path / "none")
    assert p.returncode == 1
    assert "healthdesk init" in p.stderr
    no_traceback(p)


def test_corrupt_store_names_the_file(tmp_path: Path, demo_dir: Path) -> None:
    import shutil

    d = tmp_path / "copy"
    shutil.copytree(demo_dir, d)
    db = d / "healthdesk.db"
    db.write_bytes(db.read_bytes()[:5000])
    before = db.read_bytes()
    p = run("check", data=d)
    assert p.returncode == 1
    assert str(db) in p.stderr
    no_traceback(p)
    assert db.read_bytes() == before


def test_export_is_canonical_and_round_trips(demo_dir: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    assert run("export", "--format", "json", "-o", str(a), data=demo_dir).returncode == 0
    assert run("export", "--format", "json", "-o", str(b), data=demo_dir).returncode == 0
    assert a.read_bytes() == b.read_bytes()
    fresh = tmp_path / "fresh"
    assert run("init", data=fresh).returncode == 0
    p = run("import", str(a), data=fresh)
    assert p.returncode == 0, p.stderr
    c = tmp_path / "c.json"
    assert run("export", "-o", str(c), data=fresh).returncode == 0
    assert json.loads(c.read_text())["tables"] == json.loads(a.read_text())["tables"]


def test_export_unknown_profile_is_bad_input(demo_dir: Path) -> None:
    p = run("export", "--profile", "Nobody Atall", data=demo_dir)
    assert p.returncode == 2
    assert "Nobody Atall" in p.stderr


def test_import_garbage_is_bad_input(demo_dir: Path, tmp_path: Path) -> None:
    f = tmp_path / "junk.json"
    f.write_text("{not json")
    p = run("import", str(f), data=demo_dir)
    assert p.returncode == 2
    no_traceback(p)


def test_backup_restore_round_trip(demo_dir: Path, tmp_path: Path) -> None:
    bk = tmp_path / "hd.backup"
    assert run("backup", "-o", str(bk), data=demo_dir).returncode == 0
    target = tmp_path / "restored"
    p = run("restore", str(bk), data=target)
    assert p.returncode == 0, p.stderr
    again = run("restore", str(bk), data=target)
    assert again.returncode == 2 and "--force" in again.stderr
    x, y = tmp_path / "x.json", tmp_path / "y.json"
    assert run("export", "-o", str(x), data=demo_dir).returncode == 0
    assert run("export", "-o", str(y), data=target).returncode == 0
    assert json.loads(x.read_text())["tables"] == json.loads(y.read_text())["tables"]


def test_change_passphrase_then_recover(tmp_path: Path) -> None:
    d = tmp_path / "d"
    p = run("init", data=d)
    key = next(ln.strip() for ln in p.stdout.splitlines() if ln.count("-") == 8)
    newf = tmp_path / "new"
    newf.write_text("second passphrase here")
    assert run("passphrase", "--new-passphrase-file", str(newf), data=d).returncode == 0
    assert run("check", data=d).returncode == 3
    assert run("check", data=d, passphrase="second passphrase here").returncode == 0
    bad = run("recover", "--recovery-key", key[:-1] + ("0" if key[-1] != "0" else "1"),
              data=d, passphrase="third passphrase here")
    assert bad.returncode == 2 and "typo" in bad.stderr
    ok = run("recover", "--recovery-key", key, data=d, passphrase="third passphrase here")
    assert ok.returncode == 0, ok.stderr
    assert run("check", data=d, passphrase="third passphrase here").returncode == 0


def test_bad_usage_exits_2(tmp_path: Path) -> None:
    p = run("export", "--format", "xml", data=tmp_path)
    assert p.returncode == 2
    no_traceback(p)


def test_import_csv_and_fhir_and_export_them(demo_dir: Path, tmp_path: Path) -> None:
    import shutil

    d = tmp_path / "copy"
    shutil.copytree(demo_dir, d)
    data = Path(__file__).resolve().parents[1] / "interop" / "data"
    csv_file = data / "omron_bp.csv"
    need_profile = run("import", str(csv_file), data=d)
    assert need_profile.returncode == 2 and "--profile" in need_profile.stderr
    name = json.loads(run("check", "--json", data=d).stdout)["profiles"][0]
    ok = run("import", str(csv_file), "--profile", name, data=d)
    assert ok.returncode == 0, ok.stderr
    again = run("import", str(csv_file), "--profile", name, data=d)
    assert again.returncode == 0 and "Imported 0 readings" in again.stdout
    out = tmp_path / "r.csv"
    assert run("export", "--format", "csv", "--profile", name, "-o", str(out),
               data=d).returncode == 0
    assert out.read_text(encoding="utf-8-sig").startswith("taken_at,kind,value")
    fhir = tmp_path / "b.json"
    assert run("export", "--format", "fhir", "--profile", name, "-o", str(fhir),
               data=d).returncode == 0
    assert json.loads(fhir.read_text())["resourceType"] == "Bundle"
    fresh = tmp_path / "fresh"
    assert run("init", data=fresh).returncode == 0
    p = run("import", str(fhir), data=fresh)
    assert p.returncode == 0, p.stderr
    assert name in json.loads(run("check", "--json", data=fresh).stdout)["profiles"]
