"""Documents' text in full-text search: ``document_texts`` (device-local, derived).

The words inside a document (a PDF's text layer; OCR of a scan where tesseract is
installed) are extracted on this device and kept here; triggers index them in
``search_index`` as an entry of the document (entity ``documents``, its own rowkey
``text<hex id>`` so the document's own entry and this one never remove each other), and
follow the document: a new title is re-indexed, a deleted document leaves the index,
a restored one comes back. Documents already in a store are extracted lazily, on the
next search (services/document_text.py): text extraction needs Python, not SQL.

Revision ID: 0007_document_text
Revises: 0006_immunizations_encounters
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_document_text"
down_revision: str | None = "0006_immunizations_encounters"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_KEY = "'text' || replace({ref}, '-', '')"
_INSERT = (
    "INSERT INTO search_index(entity, row_id, profile_id, rowkey, title, body) "
    "SELECT 'documents', d.id, d.profile_id, " + _KEY.format(ref="d.id") + ", d.title, "
    "t.text FROM documents d JOIN document_texts t ON t.document_id = d.id "
    "WHERE d.id = {doc} AND NOT d.deleted AND t.text != '';"
)
_DELETE = ("DELETE FROM search_index WHERE search_index MATCH "
           "'rowkey:\"' || " + _KEY.format(ref="{doc}") + " || '\"';")
TRIGGERS = {
    "trg_document_texts_search_insert":
        "AFTER INSERT ON document_texts BEGIN " + _INSERT.format(doc="NEW.document_id")
        + " END",
    "trg_document_texts_search_update":
        "AFTER UPDATE ON document_texts BEGIN " + _DELETE.format(doc="OLD.document_id")
        + " " + _INSERT.format(doc="NEW.document_id") + " END",
    "trg_document_texts_search_delete":
        "AFTER DELETE ON document_texts BEGIN " + _DELETE.format(doc="OLD.document_id")
        + " END",
    "trg_documents_text_follows":
        "AFTER UPDATE OF title, deleted, profile_id ON documents BEGIN "
        + _DELETE.format(doc="OLD.id") + " " + _INSERT.format(doc="NEW.id") + " END",
}


def upgrade() -> None:
    op.create_table(
        "document_texts",
        sa.Column("document_id", sa.String(length=36), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("extracted_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_document_texts")),
    )
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DELETE FROM search_index WHERE rowkey LIKE 'text%'")
    op.drop_table("document_texts")
