"""Anki's side of the paired benchmarks; runs in a Python that has ``anki`` (the bench extra:
``pip install '.[bench]'`` or a separate venv, since aqt brings PyQt6).

    python bench/anki_marks.py add_note N     -> JSON list of N latencies (seconds)
    python bench/anki_marks.py noop_sync N    -> the same for N syncs with nothing to do

One new collection per call in a temporary folder; each ``add_note`` is Anki's own
commit (its collection runs WAL with synchronous = FULL, like ours).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time


def add_note(n: int) -> list[float]:
    from anki.collection import Collection

    d = tempfile.mkdtemp(prefix="anki-mark-")
    col = Collection(os.path.join(d, "collection.anki2"))
    model = col.models.by_name("Basic")
    deck = col.decks.id("Default")
    assert model is not None and deck is not None
    for i in range(20):  # warm: statements prepared, pages cached
        note = col.new_note(model)
        note["Front"], note["Back"] = f"warm {i}", "a"
        col.add_note(note, deck)
    out = []
    for i in range(n):
        note = col.new_note(model)
        note["Front"], note["Back"] = f"systolic {120 + i % 30}", "diastolic 80, pulse 70"
        t = time.perf_counter()
        col.add_note(note, deck)
        out.append(time.perf_counter() - t)
    col.close()
    return out


def noop_sync(n: int) -> list[float]:
    """Anki's own sync server (``python -m anki.syncserver``) on 127.0.0.1, a collection
    of 100 notes uploaded to it, then ``n`` syncs with nothing to do, timed one by one."""
    from anki.collection import Collection

    d = tempfile.mkdtemp(prefix="anki-sync-")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "SYNC_USER1": "bench:bench", "SYNC_BASE": os.path.join(d, "server"),
           "SYNC_HOST": "127.0.0.1", "SYNC_PORT": str(port)}
    server = subprocess.Popen([sys.executable, "-m", "anki.syncserver"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), 0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        col = Collection(os.path.join(d, "collection.anki2"))
        model, deck = col.models.by_name("Basic"), col.decks.id("Default")
        assert model is not None and deck is not None
        for i in range(100):
            note = col.new_note(model)
            note["Front"] = f"q{i}"
            col.add_note(note, deck)
        auth = col.sync_login("bench", "bench", f"http://127.0.0.1:{port}/")
        out = col.sync_collection(auth, False)
        if out.required not in (out.NO_CHANGES, out.NORMAL_SYNC):
            col.close_for_full_sync()
            col.full_upload_or_download(auth=auth, server_usn=None, upload=True)
            col.reopen(after_full_sync=True)
        for _ in range(5):
            col.sync_collection(auth, False)
        times = []
        for _ in range(n):
            t = time.perf_counter()
            out = col.sync_collection(auth, False)
            times.append(time.perf_counter() - t)
            assert out.required == out.NO_CHANGES, out
        col.close()
        return times
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    if sys.argv[1] == "add_note":
        print(json.dumps(add_note(int(sys.argv[2]))))
    elif sys.argv[1] == "noop_sync":
        print(json.dumps(noop_sync(int(sys.argv[2]))))
    else:
        raise SystemExit(f"unknown mark {sys.argv[1]!r}")
