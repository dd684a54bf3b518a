"""Anki's side of the paired benchmarks; runs in a Python that has ``anki`` (the bench extra:
``pip install '.[bench]'`` or a separate venv, since aqt brings PyQt6).

    python bench/anki_marks.py add_note N     -> JSON list of N latencies (seconds)

One new collection per call in a temporary folder; each ``add_note`` is Anki's own
commit (its collection runs WAL with synchronous = FULL, like ours).
"""

from __future__ import annotations

import json
import os
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


if __name__ == "__main__":
    if sys.argv[1] == "add_note":
        print(json.dumps(add_note(int(sys.argv[2]))))
    else:
        raise SystemExit(f"unknown mark {sys.argv[1]!r}")
