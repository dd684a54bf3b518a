"""Migration 0007 (documents' text in search): from empty, from 0006 with a document in
it (read lazily on the first search), and back."""

from __future__ import annotations

import hashlib
from pathlib import Path

from fpdf import FPDF
from sqlalchemy import text

from healthdesk.services.record import HealthRecord
from healthdesk.store import migrate
from healthdesk.store.db import Database
from tests.conftest import PASSPHRASE
from tests.store.migration_helpers import fresh_keyed as _fresh

T0 = "2026-01-01T00:00:00.000000Z"


def _pdf(line: str) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(0, 8, line)
    return bytes(pdf.output())


def _seed_at_0006(db: Database) -> None:
    data = _pdf("Thyroid TSH 2.4 mIU/L")
    with db.engine.begin() as c:
        c.execute(text(
            "INSERT INTO profiles (id, profile_id, created_at, updated_at, version, deleted, "
            "name, sex, blood_type, language) VALUES ('p1','p1',:t,:t,"
            "'0000000000001-00000-a',0,'Old Data','female','unknown','en')"), {"t": T0})
        c.execute(text(
            "INSERT INTO documents (id, profile_id, created_at, updated_at, version, deleted, "
            "title, category, tags, mime_type, size_bytes, sha256, content) VALUES "
            "('d1','p1',:t,:t,'0000000000002-00000-a',0,'Old labs','lab_report','[]',"
            "'application/pdf',:n,:h,:c)"),
            {"t": T0, "n": len(data), "h": hashlib.sha256(data).hexdigest(), "c": data})


def _triggers(db: Database) -> set[str]:
    with db.engine.connect() as c:
        return {r[0] for r in c.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
            "(name LIKE 'trg_document_texts%' OR name = 'trg_documents_text_follows')"))}


def test_from_empty_builds_the_table_and_triggers(tmp_path: Path) -> None:
    _, db, _ = _fresh(tmp_path)
    migrate.upgrade(db)
    with db.engine.connect() as c:
        cols = [r[1] for r in c.execute(text("PRAGMA table_info(document_texts)"))]
    assert cols == ["document_id", "sha256", "method", "text", "extracted_at"]
    assert len(_triggers(db)) == 4
    db.close()


def test_from_0006_an_old_document_is_found_after_upgrade_and_back(tmp_path: Path) -> None:
    d, db, key = _fresh(tmp_path)
    migrate.upgrade(db, "0006_immunizations_encounters")
    _seed_at_0006(db)
    with db.engine.connect() as c:
        queued = c.execute(text("SELECT count(*) FROM outbox")).scalar()
    migrate.upgrade(db, "0007_document_text")
    with db.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM outbox")).scalar() == queued
    db.close()
    with HealthRecord.open(d, passphrase=PASSPHRASE) as rec:
        assert rec.documents.get("d1").title == "Old labs"
        [hit] = rec.search.search("thyroid")  # read lazily, on the first search
        assert (hit.row_id, hit.profile_name) == ("d1", "Old Data")
    db = Database(d / "healthdesk.db", key)
    migrate.downgrade(db, "0006_immunizations_encounters")
    assert _triggers(db) == set()
    with db.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM search_index WHERE search_index MATCH "
                              "'body:thyroid'")).scalar() == 0
        assert c.execute(text("SELECT title FROM documents")).scalar() == "Old labs"
    db.close()

