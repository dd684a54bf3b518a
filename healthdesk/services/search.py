"""Search across the whole record through the FTS5 ``search_index`` kept by triggers.

What a person types is never handed to FTS5 as query syntax: each word becomes a quoted
phrase (so ``AND``, ``NEAR``, ``*``, ``:`` and quotes are just text), the last word
matches as a prefix (results appear while typing), and the query is confined to the
``title`` and ``body`` columns (``rowkey`` is internal bookkeeping).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sqlalchemy import text

from healthdesk.domain.validation import int_in_range

from .base import ServiceBase
from .document_text import DocumentTextIndex

MAX_QUERY_CHARS = 500
MAX_WORDS = 16
MAX_LIMIT = 500
TITLE_WEIGHT = 5.0
BODY_WEIGHT = 1.0

ENTITY_LABELS: dict[str, str] = {
    "measurements": "Reading",
    "medications": "Medicine",
    "appointments": "Appointment",
    "documents": "Document",
    "chat_messages": "Message",
    "conditions": "Condition",
    "allergies": "Allergy",
    "symptom_entries": "Symptom",
    "goals": "Goal",
    "emergency_contacts": "Contact",
    "profiles": "Profile",
    "chat_sessions": "Conversation",
}

# bm25 weights, one per column: entity, row_id, profile_id, rowkey, title, body.
_SQL = f"""
SELECT search_index.entity, search_index.row_id, search_index.profile_id,
       profiles.name, search_index.title,
       snippet(search_index, -1, '[', ']', '…', 10) AS snip,
       bm25(search_index, 0.0, 0.0, 0.0, 0.0, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS score
FROM search_index
JOIN profiles ON profiles.id = search_index.profile_id AND profiles.deleted = 0
WHERE search_index MATCH :match {{profile_filter}}
ORDER BY score, search_index.rowid
LIMIT :limit
"""
_ALL_PROFILES = text(_SQL.format(profile_filter=""))
_ONE_PROFILE = text(_SQL.format(profile_filter="AND search_index.profile_id = :profile_id"))


@dataclass(frozen=True)
class SearchHit:
    entity: str
    row_id: str
    profile_id: str
    title: str
    snippet: str
    rank: float  # bm25: lower (more negative) is a better match
    profile_name: str = ""  # whose record the hit is in

    @property
    def where(self) -> str:
        """"Document in Asha Rao's record"."""
        return f"{self.label} in {self.profile_name}'s record" if self.profile_name \
            else self.label

    @property
    def label(self) -> str:
        """What the hit is, in words: "Reading", "Medicine", "Document"..."""
        return entity_label(self.entity)


def entity_label(entity: str) -> str:
    return ENTITY_LABELS.get(entity, entity.replace("_", " ").capitalize())


def _printable(query: str) -> str:
    # NUL and lone surrogates cannot reach SQLite as text; drop them.
    return "".join(ch for ch in query if ch != "\x00" and unicodedata.category(ch) != "Cs")


def match_expression(query: str) -> str | None:
    """The safe FTS5 MATCH text for what a person typed, or None when there is nothing
    to search for (empty, only spaces or only punctuation).

    ``blood sug`` -> ``{title body} : ("blood" "sug"*)``; a ``"`` typed inside a word is
    doubled, as FTS5 quoting requires.
    """
    if not isinstance(query, str):
        return None
    words = [w for w in _printable(query[:MAX_QUERY_CHARS]).split()
             if any(ch.isalnum() for ch in w)][:MAX_WORDS]
    if not words:
        return None
    phrases = ['"' + w.replace('"', '""') + '"' for w in words]
    phrases[-1] += "*"
    return "{title body} : (" + " ".join(phrases) + ")"


class SearchService(ServiceBase):
    """One search box over readings, medicines, appointments, documents, messages..."""

    def search(self, query: str, *, profile_id: str | None = None,
               limit: int = 50) -> list[SearchHit]:
        """Best matches first, ignoring case and accents ("cafe" finds "café").

        Live rows only, of profiles that are not deleted; one profile's when
        ``profile_id`` is given. Never raises on what a person types.

        Raises ValidationError only for a limit outside 1-500.
        """
        limit = int_in_range("limit", limit, 1, MAX_LIMIT)
        match = match_expression(query)
        if match is None:
            return []
        params: dict[str, object] = {"match": match, "limit": limit}
        stmt = _ALL_PROFILES
        if profile_id is not None:
            stmt = _ONE_PROFILE
            params["profile_id"] = profile_id
        # Documents that arrived without their text read (synced, or from before text
        # was kept) are read first, a few at a time.
        DocumentTextIndex(self._store).index_pending()
        with self._store.read() as s:
            rows = s.execute(stmt, params).all()
        hits: list[SearchHit] = []
        seen: set[tuple[str, str]] = set()
        for entity, row_id, pid, name, title, snip, score in rows:
            if (entity, row_id) in seen:
                continue  # a document's title entry and its text entry: the better one
            seen.add((entity, row_id))
            hits.append(SearchHit(entity=entity, row_id=row_id, profile_id=pid,
                                  title=title or entity_label(entity), snippet=snip or "",
                                  rank=float(score), profile_name=name or ""))
        return hits
