"""Documents kept inside the real encrypted store: import, export, open, delete."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from healthdesk.services.audit import AuditService
from healthdesk.services.documents import DocumentIntegrityError, DocumentsService, sniff_mime
from healthdesk.services.errors import NotFoundError, ValidationError
from healthdesk.services.profiles import ProfilesService
from healthdesk.store.models import Document
from healthdesk.store.vault import Store, open_store

PASSPHRASE = "correct horse battery staple"
PDF = b"%PDF-1.4\n% lab report\n1 0 obj << >> endobj\ntrailer\n%%EOF\n"


@pytest.fixture
def store(data_dir: Path, clock: Any) -> Iterator[Store]:
    s = open_store(data_dir, passphrase=PASSPHRASE, clock=clock, actor="Test User")
    yield s
    s.close()


@pytest.fixture
def pid(store: Store) -> str:
    return ProfilesService(store).create("Asha Rao").id


@pytest.fixture
def docs(store: Store) -> Iterator[DocumentsService]:
    service = DocumentsService(store)
    yield service
    service.cleanup_temporary()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def raw_content(store: Store, doc_id: str) -> bytes:
    with store.read() as s:
        return bytes(s.scalar(select(Document.content).where(Document.id == doc_id)))


def test_import_export_round_trip_is_byte_identical(
        docs: DocumentsService, pid: str, tmp_path: Path) -> None:
    src = tmp_path / "HbA1c March.pdf"
    src.write_bytes(PDF)
    view = docs.import_file(pid, src, category="lab_report", tags=["Diabetes", "hba1c "],
                            document_date="2026-03-01")
    assert view.title == "HbA1c March"
    assert view.mime_type == "application/pdf"
    assert view.size_bytes == len(PDF)
    assert view.sha256 == hashlib.sha256(PDF).hexdigest()
    assert view.tags == ("diabetes", "hba1c")
    assert view.filename == "HbA1c March.pdf"
    out = docs.export_file(view.id, tmp_path / "copy.pdf")
    assert out.read_bytes() == PDF
    assert mode(out) == 0o600
    assert docs.read_bytes(view.id) == PDF


def test_five_megabyte_random_file_round_trips(
        docs: DocumentsService, pid: str, tmp_path: Path) -> None:
    data = os.urandom(5 * 1024 * 1024)
    src = tmp_path / "scan.bin"
    src.write_bytes(data)
    view = docs.import_file(pid, src, category="imaging")
    exported = docs.export_file(view.id, tmp_path / "out")  # a missing name is a file
    assert exported.read_bytes() == data
    assert view.size_text == "5.0 MB"


def test_export_into_a_folder_uses_the_original_name_and_refuses_to_clobber(
        docs: DocumentsService, pid: str, tmp_path: Path) -> None:
    view = docs.import_bytes(pid, PDF, "report.pdf")
    folder = tmp_path / "exports"
    folder.mkdir()
    first = docs.export_file(view.id, folder)
    assert first == folder / "report.pdf"
    with pytest.raises(ValidationError, match="already exists"):
        docs.export_file(view.id, folder)
    first.write_bytes(b"something else")
    docs.export_file(view.id, folder, overwrite=True)
    assert first.read_bytes() == PDF
    with pytest.raises(ValidationError, match="does not exist"):
        docs.export_file(view.id, tmp_path / "nowhere" / "x.pdf")


def test_export_and_open_are_audited(
        docs: DocumentsService, store: Store, pid: str, tmp_path: Path) -> None:
    view = docs.import_bytes(pid, PDF, "report.pdf")
    docs.export_file(view.id, tmp_path / "x.pdf")
    docs.open_temporary(view.id)
    actions = [e.action for e in AuditService(store).events(pid, entity="documents")]
    assert actions[:3] == ["open", "export", "create"]


def test_duplicate_file_is_refused_naming_the_existing_title(
        docs: DocumentsService, pid: str, store: Store) -> None:
    docs.import_bytes(pid, PDF, "report.pdf", title="Lipid panel")
    with pytest.raises(ValidationError, match="already in the record as 'Lipid panel'") as err:
        docs.import_bytes(pid, PDF, "renamed.pdf")
    assert err.value.field == "file"
    assert len(docs.for_profile(pid)) == 1
    # Another person may hold the same file, and a deleted copy does not block re-import.
    other = ProfilesService(store).create("Ravi Rao").id
    docs.import_bytes(other, PDF, "report.pdf")
    docs.delete(docs.for_profile(pid)[0].id)
    assert docs.import_bytes(pid, PDF, "report.pdf").title == "report"


def test_delete_tombstones_and_purges_the_bytes(
        docs: DocumentsService, pid: str, store: Store) -> None:
    view = docs.import_bytes(pid, PDF, "report.pdf")
    assert raw_content(store, view.id) == PDF
    docs.delete(view.id)
    assert raw_content(store, view.id) == b""
    with store.read() as s:
        row = s.get(Document, view.id)
        assert row is not None and row.deleted
        assert row.sha256 == view.sha256 and row.size_bytes == len(PDF)
    assert docs.for_profile(pid) == []
    with pytest.raises(NotFoundError):
        docs.read_bytes(view.id)
    with pytest.raises(NotFoundError):
        docs.delete(view.id)
    trail = AuditService(store).events(pid, entity="documents")
    assert trail[0].action == "delete" and trail[0].entity_id == view.id


def test_temporary_copy_is_private_and_cleaned_up(
        docs: DocumentsService, pid: str) -> None:
    a = docs.import_bytes(pid, PDF, "blood test.pdf")
    b = docs.import_bytes(pid, PDF + b" ", "blood test.pdf")
    path_a = docs.open_temporary(a.id)
    path_b = docs.open_temporary(b.id)
    assert path_a.name == path_b.name == "blood test.pdf"
    assert path_a != path_b
    assert path_a.read_bytes() == PDF
    assert mode(path_a) == 0o600
    assert mode(path_a.parent) == 0o700
    assert mode(path_a.parent.parent) == 0o700
    docs.cleanup_temporary()
    assert not path_a.exists() and not path_b.exists()
    assert not path_a.parent.parent.exists()
    docs.cleanup_temporary()  # harmless when nothing is left
    again = docs.open_temporary(a.id)  # and a new copy can be made afterwards
    assert again.read_bytes() == PDF


def test_hostile_file_names_stay_inside_the_private_folder(
        docs: DocumentsService, pid: str) -> None:
    view = docs.import_bytes(pid, PDF, "../../etc/passwd")
    assert view.filename == "passwd"
    path = docs.open_temporary(view.id)
    assert path.name == "passwd"
    unnamed = docs.import_bytes(pid, PDF + b"\n", None, title="Scan")
    assert docs.open_temporary(unnamed.id).name == "document.pdf"


def test_document_text_is_not_readable_on_disk(
        docs: DocumentsService, pid: str, store: Store, data_dir: Path) -> None:
    marker = b"ZEBRA-CREATININE-7f3a91"
    docs.import_bytes(pid, b"Patient result: " + marker * 50, "result.txt",
                      title="ZEBRA-TITLE-4411")

    def on_disk() -> bytes:
        return b"".join(p.read_bytes() for p in (data_dir / "healthdesk.db",
                                                 data_dir / "healthdesk.db-wal") if p.exists())

    for _ in range(2):  # in the WAL first, then in the main file after a checkpoint
        raw = on_disk()
        assert len(raw) > 0
        assert marker not in raw
        assert b"ZEBRA-TITLE-4411" not in raw
        assert b"Patient result" not in raw
        store.db.checkpoint()


def test_corrupted_bytes_are_never_exported(
        docs: DocumentsService, pid: str, store: Store, tmp_path: Path) -> None:
    view = docs.import_bytes(pid, PDF, "report.pdf")
    with store.write() as s:
        s.get(Document, view.id).content = PDF.replace(b"lab", b"lob")  # type: ignore[union-attr]
    with pytest.raises(DocumentIntegrityError, match="does not match the checksum"):
        docs.export_file(view.id, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(DocumentIntegrityError):
        docs.open_temporary(view.id)


def test_size_limits_and_missing_files(
        docs: DocumentsService, pid: str, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="at most 50 MB"):
        docs.import_bytes(pid, b"x" * (50 * 1024 * 1024 + 1), "big.bin")
    with pytest.raises(ValidationError, match="empty"):
        docs.import_bytes(pid, b"", "empty.txt")
    with pytest.raises(ValidationError, match="does not exist"):
        docs.import_file(pid, tmp_path / "missing.pdf")
    with pytest.raises(NotFoundError):
        docs.import_bytes("no-such-profile", PDF, "x.pdf")
    assert docs.for_profile(pid) == []


@pytest.mark.parametrize(("data", "expected"), [
    (PDF, "application/pdf"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 20, "image/png"),
    (b"\xff\xd8\xff\xe0" + b"\0" * 20, "image/jpeg"),
    (b"GIF89a" + b"\0" * 20, "image/gif"),
    (b"RIFF\x10\0\0\0WEBPVP8 " + b"\0" * 20, "image/webp"),
    (b"II*\x00" + b"\0" * 20, "image/tiff"),
    (b"\0" * 128 + b"DICM" + b"\0" * 20, "application/dicom"),
    ("Hémoglobine 13.2 g/dL\n".encode(), "text/plain"),
    (b"\x00\x01\x02binary", "application/octet-stream"),
])
def test_type_is_sniffed_when_the_name_does_not_say(
        docs: DocumentsService, pid: str, data: bytes, expected: str) -> None:
    assert sniff_mime(data) == expected
    assert docs.import_bytes(pid, data, "scan-without-extension").mime_type == expected


def test_validation_names_field_and_allowed_values(docs: DocumentsService, pid: str) -> None:
    with pytest.raises(ValidationError, match="Category must be one of: lab_report") as err:
        docs.import_bytes(pid, PDF, "a.pdf", category="xray")
    assert err.value.field == "category"
    with pytest.raises(ValidationError, match="1 to 40 characters"):
        docs.import_bytes(pid, PDF, "a.pdf", tags=["x" * 41])
    with pytest.raises(ValidationError, match="at most 20 tags"):
        docs.import_bytes(pid, PDF, "a.pdf", tags=[f"t{i}" for i in range(21)])
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        docs.import_bytes(pid, PDF, "a.pdf", document_date="01/03/2026")
    with pytest.raises(ValidationError, match="Title is required"):
        docs.import_bytes(pid, PDF, "a.pdf", title="   ")
    with pytest.raises(ValidationError, match="MIME type"):
        docs.import_bytes(pid, PDF, "a.pdf", mime_type="pdf")
    assert docs.for_profile(pid) == []


def test_update_changes_only_given_fields(docs: DocumentsService, pid: str) -> None:
    view = docs.import_bytes(pid, PDF, "a.pdf", category="letter", tags="b, a, A",
                             document_date=dt.date(2026, 1, 5))
    assert view.tags == ("a", "b")
    changed = docs.update(view.id, title="Cardiology letter", tags=["heart"])
    assert changed.title == "Cardiology letter"
    assert changed.tags == ("heart",)
    assert changed.category == "letter" and changed.document_date == dt.date(2026, 1, 5)
    cleared = docs.update(view.id, document_date=None, category="Prescription")
    assert cleared.document_date is None and cleared.category == "prescription"
    assert docs.read_bytes(view.id) == PDF
    with pytest.raises(ValidationError):
        docs.update(view.id, category="nope")
    assert docs.get(view.id).category == "prescription"


def test_list_newest_first_with_filters(docs: DocumentsService, pid: str) -> None:
    old = docs.import_bytes(pid, PDF + b"1", "old.pdf", category="lab_report",
                            tags=["kidney"], document_date="2024-05-01")
    new = docs.import_bytes(pid, PDF + b"2", "new.pdf", category="lab_report",
                            tags=["kidney", "liver"], document_date="2026-02-01")
    undated = docs.import_bytes(pid, PDF + b"3", "undated.pdf", category="insurance")
    assert [d.id for d in docs.for_profile(pid)] == [new.id, old.id, undated.id]
    assert [d.id for d in docs.for_profile(pid, category="lab_report")] == [new.id, old.id]
    assert [d.id for d in docs.for_profile(pid, tag="Liver")] == [new.id]
    assert [d.id for d in docs.for_profile(pid, tag="kidney")] == [new.id, old.id]
    assert docs.for_profile(pid, tag="heart") == []
    assert "lab_report" in docs.categories() and "other" in docs.categories()


def test_listing_never_reads_the_bytes(docs: DocumentsService, pid: str, store: Store) -> None:
    docs.import_bytes(pid, PDF, "a.pdf", tags=["x"])
    seen: list[str] = []

    def capture(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    event.listen(store.db.engine, "before_cursor_execute", capture)
    try:
        assert len(docs.for_profile(pid)) == 1
        assert len(docs.for_profile(pid, tag="x", category="other")) == 1
        docs.get(docs.for_profile(pid)[0].id)
    finally:
        event.remove(store.db.engine, "before_cursor_execute", capture)
    selects = [s for s in seen if "documents" in s]
    assert selects and not any("content" in s for s in selects)
