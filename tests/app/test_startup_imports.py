"""What a start imports before Today is painted (issue 19: start-up <= 3x bare PySide6).

A real ``healthdesk gui`` process on a real store with one person: at the first paint of
Today (healthdesk/ui/first_paint.py) it lists which of the heavy libraries are loaded.
Each of them is only needed by one feature (charts, PDFs, the assistant, imports, schema
upgrades, sync), and each costs tens to hundreds of milliseconds to import.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PASS = "start imports passphrase"
HEAVY = ("matplotlib", "numpy", "fpdf", "dateparser", "rapidfuzz", "alembic", "mako",
         "fhir", "requests", "httpx", "PIL", "pypdf", "pydantic")

CHILD = f"""
import sys
import healthdesk.ui.first_paint as fp

def report(self):
    loaded = sorted(m for m in {HEAVY!r} if m in sys.modules)
    print("LOADED", ",".join(loaded), file=sys.stderr, flush=True)
    fp.QApplication.quit()

fp.FirstPaint._report = report
from healthdesk.cli.main import main
sys.exit(main(["gui"]))
"""


def _env(data: Path) -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if not k.startswith("HEALTHDESK_")}
    e.update({"HEALTHDESK_KDF": "fast", "HEALTHDESK_DATA_DIR": str(data),
              "HEALTHDESK_PASSPHRASE": PASS, "HEALTHDESK_FIRST_PAINT": "1",
              "QT_QPA_PLATFORM": "offscreen",
              "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
              "PYTHONPATH": str(Path(__file__).resolve().parents[2])})
    return e


def test_start_paints_today_without_the_heavy_libraries(tmp_path: Path) -> None:
    data = tmp_path / "store"
    env = _env(data)
    for args in (["init"], ["profiles", "add", "Asha Rao"]):
        p = subprocess.run([sys.executable, "-m", "healthdesk", *args], capture_output=True,
                           text=True, env=env, timeout=120)
        assert p.returncode == 0, p.stderr
    p = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=env,
                       timeout=120)
    assert p.returncode == 0, p.stderr
    lines = [line for line in p.stderr.splitlines() if line.startswith("LOADED")]
    assert lines, f"Today never painted:\n{p.stderr[-2000:]}"
    assert lines[0].split(" ", 1)[1:] in ([], [""]), lines[0]
