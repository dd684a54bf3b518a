"""Erasing a person on the real encrypted store: nothing of theirs left in any page.

The check decrypts every page of the file itself (SQLCipher 4's page format: AES-256-CBC
with the raw data key, the IV in each page's reserved tail), free pages included, and
also exports the live content to a plaintext copy with ``sqlcipher_export``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from healthdesk.services.erase import EraseService, erased_profiles
from healthdesk.services.errors import NotFoundError

PAGE = 4096
RESERVE = 80  # IV (16) + HMAC-SHA512 (64), SQLCipher 4 defaults
SALT = 16

NAME = "Zephyrine Quillfeather"
NOTE = "BP after the xylophone recital"
CHAT = "dizzy spells since the marmalade incident"
DOC = b"%PDF-1.4 lab report: vorpal-ferritin 412 ng/mL" + b"\x00" * 64
SYMPTOM_NOTE = "throbbing behind the left eye, quasar-like"
OTHER = "Bartholomew Okonkwo"
SECRETS = (NAME.encode(), NOTE.encode(), CHAT.encode(), DOC[:40], SYMPTOM_NOTE.encode())


def decrypted_pages(db: Path, key: bytes) -> bytes:
    """Every page of the file decrypted, concatenated (free pages too)."""
    raw = db.read_bytes()
    out = []
    for n in range(len(raw) // PAGE):
        page = raw[n * PAGE:(n + 1) * PAGE]
        start = SALT if n == 0 else 0
        iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
        dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out.append(dec.update(page[start:PAGE - RESERVE]) + dec.finalize())
    return b"".join(out)


def plaintext_export(db: Path, key: bytes, out: Path) -> bytes:
    conn = sqlcipher.connect(str(db))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute(f"ATTACH DATABASE '{out}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()
    return out.read_bytes()


def fill(record: Any, name: str, *, kept: bool = False) -> str:
    """A person with a reading note, chat text, a document and a symptom note; the kept
    person's strings share nothing with the erased one's (reversed words)."""
    def mark(text: str) -> str:
        return " ".join(reversed(text.split())) if kept else text

    pid = record.profiles.create(name=name, date_of_birth="1950-03-04").id
    when = record.now() - dt.timedelta(days=2)
    record.readings.record(pid, "blood_pressure", {"systolic": 150, "diastolic": 95},
                           taken_at=when, note=mark(NOTE))
    session = record.chat.create_session(pid, "Talk with " + name)
    record.chat.post(session.id, mark(CHAT))
    record.documents.import_bytes(pid, DOC[::-1] if kept else DOC, "lab.pdf",
                                  title="Ferritin")
    record.symptoms.log(pid, "headache", 6, note=mark(SYMPTOM_NOTE))
    return pid


def test_erase_leaves_nothing_of_the_person_in_any_page(record: Any, tmp_path: Path) -> None:
    pid = fill(record, NAME)
    other = fill(record, OTHER, kept=True)
    record.profiles.delete(pid)  # the everyday delete first: the complaint
    store = record.store
    db, key = store.paths.db, store.data_key
    store.db.checkpoint()
    before = decrypted_pages(db, key)
    # The decryptor works (the test can fail): the tombstoned person is still in the file.
    assert all(s in before for s in SECRETS), "the page decryptor does not see the rows"

    erase = EraseService(store)
    assert erase.find(NAME) == pid  # a deleted person can still be found to erase
    preview = erase.preview(pid)
    assert preview.deleted and preview.rows["measurements"] == 1 and preview.total >= 5
    report = erase.erase(pid)
    assert report.compacted, report.note
    assert report.rows_removed >= preview.total

    pages = decrypted_pages(db, key)
    plain = plaintext_export(db, key, tmp_path / "plain.db")
    wal = db.with_name(db.name + "-wal")
    wal_bytes = wal.read_bytes() if wal.exists() else b""
    assert wal_bytes == b""
    for secret in SECRETS:
        assert secret not in pages, secret
        assert secret not in plain, secret
    # The other person is untouched, and findable in search.
    assert OTHER.encode() in plain and b"recital xylophone the after BP" in pages
    assert [p.name for p in record.profiles.all()] == [OTHER]
    assert record.search.search("marmalade", profile_id=other)
    with store.read() as s:
        assert set(erased_profiles(s)) == {pid}
        n = s.connection().exec_driver_sql(
            "SELECT count(*) FROM search_index WHERE profile_id = ?", (pid,)).scalar()
        assert n == 0
        assert s.connection().exec_driver_sql(
            "SELECT count(*) FROM outbox WHERE profile_id = ?", (pid,)).scalar() == 0
        assert s.connection().exec_driver_sql(
            "SELECT count(*) FROM measurement_days WHERE profile_id = ?", (pid,)).scalar() == 0


def test_erase_of_an_unknown_person_changes_nothing(record: Any) -> None:
    pid = fill(record, NAME)
    erase = EraseService(record.store)
    with pytest.raises(NotFoundError):
        erase.erase("00000000-0000-4000-8000-000000000000")
    with pytest.raises(NotFoundError):
        erase.find("Nobody Here")
    assert erase.preview(pid).rows["chat_messages"] == 1
