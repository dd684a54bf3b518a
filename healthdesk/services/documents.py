"""Documents: lab reports, prescriptions, scans, kept as bytes inside the encrypted store.

The bytes never live in a plain file the app manages: import reads them into the
SQLCipher database, export writes them out only where the person asks (owner-only
permissions), and a checksum taken at import is verified before any bytes leave.
"""

from __future__ import annotations

import atexit
import codecs
import datetime as dt
import hashlib
import mimetypes
import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.domain.validation import one_of, parse_date, require_text
from healthdesk.store.models import Document
from healthdesk.store.models.documents import DOCUMENT_CATEGORIES
from healthdesk.store.vault import Store

from .audit import add_event
from .base import ServiceBase
from .document_text import DocumentTextIndex
from .errors import DocumentIntegrityError

MAX_BYTES = 50 * 1024 * 1024
MAX_TITLE = 300
MAX_TAGS = 20
MAX_TAG_LEN = 40
CATEGORY_LABELS = {c: c.replace("_", " ").capitalize() for c in DOCUMENT_CATEGORIES}
_MIME = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*")
_UNSAFE_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
OCTET_STREAM = "application/octet-stream"
UNSET: Any = object()  # "not given" for update(), where None means "clear"


@dataclass(frozen=True)
class DocumentView:
    id: str
    profile_id: str
    title: str
    category: str
    tags: tuple[str, ...]
    document_date: dt.date | None
    filename: str | None
    mime_type: str
    size_bytes: int
    sha256: str
    created_at: dt.datetime
    updated_at: dt.datetime

    @property
    def category_label(self) -> str:
        return CATEGORY_LABELS.get(self.category, self.category)

    @property
    def size_text(self) -> str:
        return format_size(self.size_bytes)


def to_view(d: Document) -> DocumentView:
    return DocumentView(
        id=d.id, profile_id=d.profile_id, title=d.title, category=d.category,
        tags=tuple(d.tags or ()), document_date=d.document_date, filename=d.filename,
        mime_type=d.mime_type, size_bytes=d.size_bytes, sha256=d.sha256,
        created_at=d.created_at, updated_at=d.updated_at,
    )


def format_size(n: int) -> str:
    """"1.5 MB", "820 KB", "12 bytes": sizes as a person reads them."""
    if n < 1024:
        return f"{n} bytes"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / (1024 * 1024):.1f} MB"


def sniff_mime(data: bytes) -> str:
    """The type the first bytes announce (PDF, images, DICOM, plain text), else binary."""
    signatures = (
        (b"%PDF-", "application/pdf"),
        (b"\x89PNG\r\n\x1a\n", "image/png"),
        (b"\xff\xd8\xff", "image/jpeg"),
        (b"GIF87a", "image/gif"),
        (b"GIF89a", "image/gif"),
        (b"II*\x00", "image/tiff"),
        (b"MM\x00*", "image/tiff"),
    )
    for magic, mime in signatures:
        if data.startswith(magic):
            return mime
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[128:132] == b"DICM":
        return "application/dicom"
    head = data[:8192]
    if head and b"\x00" not in head:
        try:
            codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        except UnicodeDecodeError:
            return OCTET_STREAM
        return "text/plain"
    return OCTET_STREAM


def guess_mime(filename: str | None, data: bytes) -> str:
    """From the file name first (what the person's system calls it), then the bytes."""
    if filename:
        guessed, _ = mimetypes.guess_type(filename, strict=False)
        if guessed:
            return guessed
    return sniff_mime(data)


def clean_mime(value: Any) -> str:
    text = value.strip().lower() if isinstance(value, str) else ""
    if len(text) > 100 or not _MIME.fullmatch(text):
        raise ValidationError("mime_type", _("MIME type must look like application/pdf or "
                              "image/png (at most 100 characters)."))
    return text


def clean_tags(tags: Iterable[str] | str | None) -> list[str]:
    """Sorted, de-duplicated, lowercase tags; a string is read as comma-separated."""
    if tags is None:
        return []
    items = tags.split(",") if isinstance(tags, str) else list(tags)
    out: set[str] = set()
    for tag in items:
        if not isinstance(tag, str):
            raise ValidationError("tags", _("Tags must be text."))
        word = " ".join(tag.split()).lower()
        if not word:
            continue
        if len(word) > MAX_TAG_LEN:
            raise ValidationError(
                "tags", _("Each tag must be 1 to {max_tag_len} characters; "
                          "'{word}…' has {n}.").format(
                            max_tag_len=MAX_TAG_LEN, word=word[:20], n=len(word)))
        out.add(word)
    if len(out) > MAX_TAGS:
        raise ValidationError("tags", _("A document can have at most {max_tags} tags (this one "
                                        "has {n}).").format(max_tags=MAX_TAGS, n=len(out)))
    return sorted(out)


def safe_filename(name: str | None, mime_type: str) -> str:
    """A file name that is safe to create anywhere: no folders, no control characters,
    at most 200 characters (the extension kept)."""
    base = _UNSAFE_NAME.sub("_", Path(name or "").name).strip(" .")
    if not base:
        base = "document" + (mimetypes.guess_extension(mime_type) or "")
    stem, suffix = os.path.splitext(base)
    suffix = suffix[:20]
    return base if len(base) <= 200 else stem[: 200 - len(suffix)] + suffix


def _optional_date(value: Any) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return parse_date("document_date", value)


def _write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically with owner-only permissions (0600)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".healthdesk-", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class DocumentsService(ServiceBase):
    """Import, list, export and open documents kept inside the encrypted store."""

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self._temp_root: Path | None = None

    @staticmethod
    def categories() -> tuple[str, ...]:
        return DOCUMENT_CATEGORIES

    # -- import --------------------------------------------------------------------

    def import_file(self, profile_id: str, path: Path | str, *, title: str | None = None,
                    category: str = "other", tags: Iterable[str] | str = (),
                    document_date: dt.date | str | None = None,
                    mime_type: str | None = None) -> DocumentView:
        """Copy a file's bytes into the encrypted store (the file itself is left alone).

        Raises ValidationError (missing, too large or duplicate file; bad fields) and
        NotFoundError (profile).
        """
        path = Path(path)
        if not path.is_file():
            raise ValidationError("file", _("File {path} does not exist or is not a file.").format(
                                              path=path))
        size = path.stat().st_size
        self._check_size(size)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ValidationError("file", _("File {path} cannot be read: {strerror}.").format(
                                              path=path, strerror=exc.strerror)) from None
        return self.import_bytes(profile_id, data, path.name, title=title, category=category,
                                 tags=tags, document_date=document_date, mime_type=mime_type)

    def import_bytes(self, profile_id: str, data: bytes, filename: str | None, *,
                     title: str | None = None, category: str = "other",
                     tags: Iterable[str] | str = (), document_date: dt.date | str | None = None,
                     mime_type: str | None = None) -> DocumentView:
        """Store bytes held in memory (drag and drop, a scanner, an import).

        Raises ValidationError and NotFoundError, as ``import_file``.
        """
        if not isinstance(data, bytes | bytearray | memoryview):
            raise ValidationError("file", _("File contents must be bytes."))
        data = bytes(data)
        self._check_size(len(data))
        name = Path(filename).name.strip() if filename else None
        default_title = Path(name).stem if name else None
        clean_title = require_text("title", title if title is not None else default_title,
                                   MAX_TITLE)
        clean_category = one_of("category", category, DOCUMENT_CATEGORIES)
        clean = clean_tags(tags)
        day = _optional_date(document_date)
        mime = clean_mime(mime_type) if mime_type is not None else guess_mime(name, data)
        digest = hashlib.sha256(data).hexdigest()
        with self._store.write() as s:
            self.require_profile(s, profile_id)
            existing = s.scalar(select(Document.title).where(
                Document.profile_id == profile_id, Document.sha256 == digest,
                Document.deleted.is_(False)).limit(1))
            if existing is not None:
                raise ValidationError(
                    "file", _("This file is already in the record as '{existing}'.").format(
                                existing=existing))
            doc = Document(
                profile_id=profile_id, title=clean_title, category=clean_category, tags=clean,
                document_date=day, filename=safe_filename(name, mime) if name else None,
                mime_type=mime, size_bytes=len(data), sha256=digest, content=data,
            )
            s.add(doc)
            s.flush()
            view = to_view(doc)
        # Searchable at once; text that cannot be read never fails the import.
        DocumentTextIndex(self._store).index(view.id, digest, data, mime)
        return view

    @staticmethod
    def _check_size(size: int) -> None:
        if size == 0:
            raise ValidationError("file", _("File is empty; there is nothing to keep."))
        if size > MAX_BYTES:
            raise ValidationError(
                "file", _("File must be at most {value} MB (this one is {format_size}).").format(
                            value=MAX_BYTES // (1024 * 1024), format_size=format_size(size)))

    # -- reading -------------------------------------------------------------------

    def get(self, document_id: str) -> DocumentView:
        """Raises NotFoundError for a missing or deleted document."""
        with self._store.read() as s:
            return to_view(self.get_live(s, Document, document_id, "document"))

    def for_profile(self, profile_id: str, category: str | None = None, tag: str | None = None, *,
             limit: int | None = None, offset: int = 0) -> list[DocumentView]:
        """Live documents, newest document date first (undated ones last). Never reads
        the bytes: ``content`` is a deferred column."""
        q = select(Document).where(Document.profile_id == profile_id,
                                   Document.deleted.is_(False))
        if category is not None:
            q = q.where(Document.category == one_of("category", category, DOCUMENT_CATEGORIES))
        if tag is not None:
            wanted = " ".join(str(tag).split()).lower()
            tags_each = func.json_each(Document.tags).table_valued("value")
            q = q.where(select(tags_each.c.value).where(tags_each.c.value == wanted).exists())
        q = q.order_by(Document.document_date.desc().nulls_last(),
                       Document.created_at.desc(), Document.id.desc()).offset(offset)
        if limit is not None:
            q = q.limit(limit)
        with self._store.read() as s:
            return [to_view(d) for d in s.scalars(q)]

    def read_bytes(self, document_id: str) -> bytes:
        """The document's bytes, checked against the checksum taken at import.

        Raises NotFoundError, DocumentIntegrityError.
        """
        return self._load(document_id)[1]

    def _load(self, document_id: str) -> tuple[DocumentView, bytes]:
        with self._store.read() as s:
            doc = self.get_live(s, Document, document_id, "document")
            view = to_view(doc)
            data = s.scalar(select(Document.content).where(Document.id == document_id))
        data = bytes(data or b"")
        if hashlib.sha256(data).hexdigest() != view.sha256 or len(data) != view.size_bytes:
            raise DocumentIntegrityError(
                f"The stored copy of '{view.title}' does not match the checksum taken when "
                "it was imported, so it was not used. Restore the store from a backup or "
                "import the original file again.")
        return view, data

    # -- leaving the store -----------------------------------------------------------

    def export_file(self, document_id: str, dest: Path | str, *,
                    overwrite: bool = False) -> Path:
        """Write the bytes to ``dest`` (a file, or a folder to put the original file name
        in) with owner-only permissions, after verifying the checksum. Audited as "export".

        Raises NotFoundError, DocumentIntegrityError, ValidationError (no such folder, or
        the file exists and ``overwrite`` is False).
        """
        view, data = self._load(document_id)
        target = Path(dest)
        if target.is_dir():
            target = target / safe_filename(view.filename, view.mime_type)
        if not target.parent.is_dir():
            raise ValidationError("destination", _("Folder {parent} does not exist.").format(
                                                     parent=target.parent))
        if target.exists() and not overwrite:
            raise ValidationError(
                "destination", _("{target} already exists; choose another name or allow "
                                 "overwriting it.").format(target=target))
        _write_private(target, data)
        self._audit(view, "export")
        return target

    def open_temporary(self, document_id: str) -> Path:
        """A decrypted copy, under its original file name, for opening in another program.

        Trade-off: the copy is plaintext on disk while it is open (another program cannot
        read the encrypted store). It lives in a private folder (0700, file 0600) made
        for this service, and ``cleanup_temporary`` (also run at exit) removes it; a crash
        can leave it behind in the system temp folder until the next clean-up.
        Audited as "open".

        Raises NotFoundError, DocumentIntegrityError.
        """
        view, data = self._load(document_id)
        if self._temp_root is None or not self._temp_root.is_dir():
            self._temp_root = Path(tempfile.mkdtemp(prefix="healthdesk-open-"))
            atexit.register(self.cleanup_temporary)
        folder = Path(tempfile.mkdtemp(dir=self._temp_root))
        os.chmod(folder, 0o700)
        path = folder / safe_filename(view.filename, view.mime_type)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(path, 0o600)
        self._audit(view, "open")
        return path

    def cleanup_temporary(self) -> None:
        """Remove every temporary copy this service made (safe to call repeatedly)."""
        root, self._temp_root = self._temp_root, None
        if root is not None:
            shutil.rmtree(root, ignore_errors=True)
            atexit.unregister(self.cleanup_temporary)

    def _audit(self, view: DocumentView, action: str) -> None:
        with self._store.write() as s:
            add_event(s, self._store, view.profile_id, action, "documents", view.id,
                      ["content"])

    # -- changes -------------------------------------------------------------------

    def update(self, document_id: str, *, title: Any = UNSET, category: Any = UNSET,
               tags: Any = UNSET, document_date: Any = UNSET) -> DocumentView:
        """Change the given fields only; ``document_date=None`` clears the date.

        Raises ValidationError, NotFoundError.
        """
        changes: dict[str, Any] = {}
        if title is not UNSET:
            changes["title"] = require_text("title", title, MAX_TITLE)
        if category is not UNSET:
            changes["category"] = one_of("category", category, DOCUMENT_CATEGORIES)
        if tags is not UNSET:
            changes["tags"] = clean_tags(tags)
        if document_date is not UNSET:
            changes["document_date"] = _optional_date(document_date)
        with self._store.write() as s:
            doc = self.get_live(s, Document, document_id, "document")
            for key, value in changes.items():
                if getattr(doc, key) != value:
                    setattr(doc, key, value)
            s.flush()
            return to_view(doc)

    def delete(self, document_id: str) -> None:
        """Tombstone the document and purge its bytes from the live database.

        The checksum and size stay, so the audit trail still says which file it was.

        Raises NotFoundError.
        """
        with self._store.write() as s:
            doc = self.get_live(s, Document, document_id, "document")
            doc.content = b""
            s.flush()  # audited as an update of "content"...
            doc.deleted = True  # ...then as the delete itself
