"""Conversations about a person: notes between carers, and (later) the assistant's answers.

A session of kind "notes" holds messages people write to each other; a session of kind
"assistant" holds questions ("user") and answers ("assistant") whose ``metadata`` carries
what the answer was built from, e.g. ``{"sources": [{"entity": "measurements", "id": ...}]}``.
This service only stores them; the assistant itself lives elsewhere.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, or_, select

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.domain.validation import one_of, optional_text, parse_datetime_utc, require_text
from healthdesk.store.models import ChatMessage, ChatSession
from healthdesk.store.models.chat import ROLES, SESSION_KINDS

from .base import ServiceBase
from .errors import NotFoundError

MAX_TITLE = 200
MAX_CONTENT = 10_000
MAX_AUTHOR = 200
MAX_METADATA_BYTES = 20 * 1024
EDITABLE_ROLES = ("user", "note")


@dataclass(frozen=True)
class SessionView:
    id: str
    profile_id: str
    title: str
    kind: str
    created_at: dt.datetime
    message_count: int
    last_message_at: dt.datetime | None
    tags: tuple[str, ...] = ()

    @property
    def last_activity_at(self) -> dt.datetime:
        return self.last_message_at or self.created_at


@dataclass(frozen=True)
class MessageView:
    id: str
    session_id: str
    profile_id: str
    role: str
    author: str | None
    content: str
    sent_at: dt.datetime
    metadata: dict[str, Any] | None
    edited: bool


def message_view(m: ChatMessage) -> MessageView:
    return MessageView(
        id=m.id, session_id=m.session_id, profile_id=m.profile_id, role=m.role,
        author=m.author, content=m.content, sent_at=m.sent_at,
        metadata=json.loads(json.dumps(m.meta)) if m.meta is not None else None,
        edited=m.updated_at > m.created_at,
    )


def session_view(c: ChatSession, count: int = 0,
                 last: dt.datetime | None = None) -> SessionView:
    return SessionView(id=c.id, profile_id=c.profile_id, title=c.title, kind=c.kind,
                       created_at=c.created_at, message_count=count, last_message_at=last,
                       tags=tuple(c.tags or ()))


MAX_TAGS = 10
MAX_TAG = 40


def clean_tags(tags: Any) -> list[str] | None:
    """Up to 10 distinct labels of 1-40 characters, in the order given (None: no tags)."""
    if tags is None:
        return None
    if isinstance(tags, str) or not all(isinstance(t, str) for t in tags):
        raise ValidationError("tags", _("Tags must be a list of text labels."))
    out: list[str] = []
    for t in tags:
        label = " ".join(t.split())
        if not 1 <= len(label) <= MAX_TAG:
            raise ValidationError("tags", _("Each tag must be 1 to {max_tag} characters.").format(
                                              max_tag=MAX_TAG))
        if label.casefold() not in {x.casefold() for x in out}:
            out.append(label)
    if len(out) > MAX_TAGS:
        raise ValidationError("tags", _("A conversation can have at most {max_tags} tags.").format(
                                          max_tags=MAX_TAGS))
    return out or None


def clean_metadata(metadata: Any) -> dict[str, Any] | None:
    """A JSON object of at most 20 KB serialised, normalised through JSON."""
    if metadata is None:
        return None
    if not isinstance(metadata, dict):
        raise ValidationError("metadata", _("Metadata must be a JSON object (a dict)."))
    try:
        text = json.dumps(metadata, sort_keys=True, separators=(",", ":"),
                          ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError):
        raise ValidationError(
            "metadata", _("Metadata must be JSON: text, finite numbers, true/false, null, "
            "lists and objects with text keys.")) from None
    size = len(text.encode("utf-8"))
    if size > MAX_METADATA_BYTES:
        raise ValidationError(
            "metadata", _("Metadata must be at most {value} KB when serialised (it is {size} "
                          "bytes).").format(value=MAX_METADATA_BYTES // 1024, size=size))
    return json.loads(text)  # type: ignore[no-any-return]


class ChatService(ServiceBase):
    """Sessions and their messages, oldest message first."""

    # -- sessions ------------------------------------------------------------------

    def create_session(self, profile_id: str, title: str, kind: str = "notes",
                       tags: list[str] | None = None) -> SessionView:
        """Raises ValidationError (title 1-200 characters, kind notes|assistant, up to 10
        tags of 1-40 characters), NotFoundError."""
        clean_title = require_text("title", title, MAX_TITLE)
        clean_kind = one_of("kind", kind, SESSION_KINDS)
        clean = clean_tags(tags)
        with self._store.write() as s:
            self.require_profile(s, profile_id)
            c = ChatSession(profile_id=profile_id, title=clean_title, kind=clean_kind,
                            tags=clean)
            s.add(c)
            s.flush()
            return session_view(c)

    def rename(self, session_id: str, title: str) -> SessionView:
        """Raises ValidationError, NotFoundError."""
        clean_title = require_text("title", title, MAX_TITLE)
        with self._store.write() as s:
            c = self.get_live(s, ChatSession, session_id, "conversation")
            if c.title != clean_title:
                c.title = clean_title
            s.flush()
        return self.session(session_id)

    def set_tags(self, session_id: str, tags: list[str]) -> SessionView:
        """Replace a conversation's tags. Raises ValidationError, NotFoundError."""
        clean = clean_tags(tags)
        with self._store.write() as s:
            c = self.get_live(s, ChatSession, session_id, "conversation")
            if c.tags != clean:
                c.tags = clean
            s.flush()
        return self.session(session_id)

    def delete_session(self, session_id: str) -> None:
        """Tombstone the session and every message in it (they leave search too).

        Raises NotFoundError.
        """
        with self._store.write() as s:
            c = self.get_live(s, ChatSession, session_id, "conversation")
            for m in s.scalars(select(ChatMessage).where(ChatMessage.session_id == session_id,
                                                         ChatMessage.deleted.is_(False))):
                m.deleted = True
            c.deleted = True

    def _stats(self, profile_id: str | None = None, session_id: str | None = None) -> Any:
        q = select(ChatMessage.session_id.label("session_id"),
                   func.count().label("n"),
                   func.max(ChatMessage.sent_at).label("last")).where(
            ChatMessage.deleted.is_(False))
        if profile_id is not None:
            q = q.where(ChatMessage.profile_id == profile_id)
        if session_id is not None:
            q = q.where(ChatMessage.session_id == session_id)
        return q.group_by(ChatMessage.session_id).subquery()

    def session(self, session_id: str) -> SessionView:
        """Raises NotFoundError."""
        stats = self._stats(session_id=session_id)
        with self._store.read() as s:
            c = self.get_live(s, ChatSession, session_id, "conversation")
            row = s.execute(select(stats.c.n, stats.c.last)).first()
            return session_view(c, row.n if row else 0, row.last if row else None)

    def sessions(self, profile_id: str, kind: str | None = None) -> list[SessionView]:
        """Live sessions, most recent activity (last message, else creation) first."""
        stats = self._stats(profile_id=profile_id)
        activity = func.coalesce(stats.c.last, ChatSession.created_at)
        q = (select(ChatSession, stats.c.n, stats.c.last)
             .outerjoin(stats, stats.c.session_id == ChatSession.id)
             .where(ChatSession.profile_id == profile_id, ChatSession.deleted.is_(False)))
        if kind is not None:
            q = q.where(ChatSession.kind == one_of("kind", kind, SESSION_KINDS))
        q = q.order_by(activity.desc(), ChatSession.id.desc())
        with self._store.read() as s:
            return [session_view(c, n or 0, last) for c, n, last in s.execute(q)]

    # -- messages ------------------------------------------------------------------

    def post(self, session_id: str, content: str, *, author: str | None = None,
             role: str = "user", metadata: dict[str, Any] | None = None) -> MessageView:
        """Add a message; ``author`` defaults to whoever is signed in on this device.

        Raises ValidationError (content 1-10000 characters, role, metadata up to 20 KB
        of JSON), NotFoundError.
        """
        text = require_text("content", content, MAX_CONTENT)
        clean_role = one_of("role", role, ROLES)
        who = optional_text("author", author, MAX_AUTHOR)
        meta = clean_metadata(metadata)
        with self._store.write() as s:
            c = self.get_live(s, ChatSession, session_id, "conversation")
            self.require_profile(s, c.profile_id)
            if who is None:
                who = s.info["write_context"].actor
            m = ChatMessage(profile_id=c.profile_id, session_id=c.id, role=clean_role,
                            author=who, content=text, sent_at=self.now(), meta=meta)
            s.add(m)
            s.flush()
            return message_view(m)

    def message(self, message_id: str) -> MessageView:
        """Raises NotFoundError."""
        with self._store.read() as s:
            return message_view(self.get_live(s, ChatMessage, message_id, "message"))

    def messages(self, session_id: str, limit: int | None = None,
                 before: str | dt.datetime | None = None) -> list[MessageView]:
        """Messages oldest first. With ``limit``, the newest ``limit`` of them; page
        backwards by passing the first message's id (or a datetime) as ``before``.

        Raises NotFoundError (session, or a ``before`` message from another session),
        ValidationError (limit below 1, bad time).
        """
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int)
                                  or limit < 1):
            raise ValidationError("limit", _("Limit must be a whole number of at least 1."))
        conds = [ChatMessage.session_id == session_id, ChatMessage.deleted.is_(False)]
        with self._store.read() as s:
            self.get_live(s, ChatSession, session_id, "conversation")
            if isinstance(before, str):
                anchor = s.get(ChatMessage, before)
                if anchor is None or anchor.session_id != session_id:
                    raise NotFoundError("message", before)
                conds.append(or_(ChatMessage.sent_at < anchor.sent_at,
                                 and_(ChatMessage.sent_at == anchor.sent_at,
                                      ChatMessage.id < anchor.id)))
            elif before is not None:
                when = parse_datetime_utc("before", before)
                conds.append(ChatMessage.sent_at < when)
            q = (select(ChatMessage).where(*conds)
                 .order_by(ChatMessage.sent_at.desc(), ChatMessage.id.desc()))
            if limit is not None:
                q = q.limit(limit)
            rows = [message_view(m) for m in s.scalars(q)]
        rows.reverse()
        return rows

    def edit_message(self, message_id: str, content: str, *,
                     author: str | None = None) -> MessageView:
        """Correct one's own note. ``author`` defaults to whoever is signed in.

        Raises ValidationError (not one's own note, or bad content), NotFoundError.
        """
        text = require_text("content", content, MAX_CONTENT)
        with self._store.write() as s:
            m = self.get_live(s, ChatMessage, message_id, "message")
            who = author or s.info["write_context"].actor
            if m.role not in EDITABLE_ROLES:
                raise ValidationError(
                    "message", _("Only notes and your own messages can be edited, not {role} "
                                 "messages.").format(role=m.role))
            if m.author != who:
                raise ValidationError(
                    "message", _("Only the author can edit a note; this one was written by "
                                 "{value}.").format(value=m.author or 'someone else'))
            if m.content != text:
                m.content = text
            s.flush()
            return message_view(m)

    def delete_message(self, message_id: str) -> None:
        """Raises NotFoundError."""
        with self._store.write() as s:
            self.get_live(s, ChatMessage, message_id, "message").deleted = True

