"""What a question names: a person (by name or by relation), a medicine (brand or generic,
misspelt or not), a reading kind (by any of its words), a clinician.

Typos are corrected word by word against the words the record and the tables know
(rapidfuzz), before any intent is looked for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .assistant_words import ALL_KIND_WORDS, ALL_RELATIONS, BRANDS, KEEP, phrase_re
from .assistant_words_indic import INDIC

_WORD = re.compile(r"[a-z0-9][a-z0-9'\-]*")
# Nukta dropped, chandrabindu as anusvara, the joiners out, Devanagari digits as 0-9:
# "ज़्यादा" and "ज्यादा", "माँ" and "मां", "७" and "7" are what different keyboards type.
_FOLD = str.maketrans({"\u093c": None, "\u0901": "\u0902", "\u200c": None, "\u200d": None,
                       **{chr(0x0966 + i): str(i) for i in range(10)}})


def normalise(text: str) -> str:
    clean = text.casefold().replace("’", "'").replace("dr.", "dr ").translate(_FOLD)
    clean = re.sub(rf"[^a-z0-9'\-\s%/{INDIC}]+", " ", clean)
    return re.sub(r"\s+", " ", clean).strip()


def correct(text: str, vocabulary: Iterable[str]) -> str:
    """Each unknown word of four letters or more replaced by the closest known word (a
    similarity of 80% or more); others are left as written."""
    vocab = sorted({w for w in vocabulary if len(w) >= 3})
    known = set(vocab) | KEEP
    out = []
    for word in text.split(" "):
        # Only Latin words: a fuzzy match across Tamil's endings picks another word.
        if len(word) >= 4 and word.isascii() and word not in known and not word.isdigit():
            hit = process.extractOne(word, vocab, scorer=fuzz.ratio, score_cutoff=80)
            if hit is not None:
                word = hit[0]
        out.append(word)
    return " ".join(out)


def kind_vocabulary() -> set[str]:
    return {w for words in ALL_KIND_WORDS.values() for p in words for w in p.split()}


def find_kind(text: str) -> str | None:
    """The reading kind a question names, in any language (the longest phrase wins:
    "blood sugar" over "sugar"), or None."""
    best: tuple[int, str] | None = None
    for kind, words in ALL_KIND_WORDS.items():
        for phrase in words:
            if re.search(phrase_re(phrase), text) and (
                    best is None or len(phrase) > best[0]):
                best = (len(phrase), kind)
    return None if best is None else best[1]


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    sex: str
    timezone: str | None
    relations: frozenset[str]  # "mother", "father": what others here call them


def find_person(text: str, people: Sequence[Person]) -> Person | None:
    """The person a question names: full or first name (typos allowed), else a relation
    word that exactly one person in the record has ("Mum" for the one mother)."""
    words = set(text.split())
    for p in people:
        if normalise(p.name) in text:
            return p
    for p in people:
        first = normalise(p.name).split()[0]
        if first in words or first + "'s" in words:
            return p
    for p in people:
        first = normalise(p.name).split()[0]
        if len(first) >= 4 and any(len(w) >= 4 and fuzz.ratio(w, first) >= 80 for w in words):
            return p
    for relation, rwords in ALL_RELATIONS.items():
        if relation == "self":
            continue
        if any(w in words or w + "'s" in words or (not w.isascii() and re.search(
                phrase_re(w), text)) for w in rwords):
            matches = [p for p in people if relation in p.relations]
            if len(matches) == 1:
                return matches[0]
    return None


def person_words(people: Sequence[Person]) -> set[str]:
    return {w for p in people for w in normalise(p.name).split()}


def infer_relations(sex: str, contact_relationships: Iterable[str]) -> frozenset[str]:
    """A woman with a daughter or son among her contacts is someone's mother here; a man
    with one, a father. The record has no relation field, so this is what it can say."""
    children = {"daughter", "son", "child"}
    has_child = any(r.casefold().strip() in children for r in contact_relationships)
    if not has_child:
        return frozenset()
    if sex == "female":
        return frozenset({"mother"})
    if sex == "male":
        return frozenset({"father"})
    return frozenset()


@dataclass(frozen=True)
class MedName:
    id: str
    name: str  # as on the label: "Vitamin D3 (cholecalciferol)"


def med_words(name: str) -> list[str]:
    return [w for w in _WORD.findall(normalise(name)) if len(w) >= 3]


def find_medicines(text: str, meds: Sequence[MedName]) -> list[MedName]:
    """The medicines a question names, by any word of the name of four letters or more,
    or a brand for it; typos were corrected before."""
    words = text.split()
    generic = {BRANDS[w] for w in words if w in BRANDS}
    out = []
    for m in meds:
        name = normalise(m.name)
        mwords = [w for w in med_words(m.name) if len(w) >= 4 and w not in _GENERIC_WORDS]
        if any(w in words for w in mwords) or any(g in name for g in generic):
            out.append(m)
    return out


_GENERIC_WORDS = frozenset({"tablet", "tablets", "inhaler", "capsule", "preventer",
                            "reliever", "syrup", "drops", "cream"})


def medicine_vocabulary(meds: Sequence[MedName]) -> set[str]:
    return {w for m in meds for w in med_words(m.name)} | set(BRANDS)


def find_clinician(text: str, clinicians: Iterable[str]) -> str | None:
    """A clinician named after "dr"/"doctor" (surname match, typos allowed)."""
    m = re.search(r"\b(?:dr|doctor)\s+([a-z][a-z\-]+)", text)
    if not m:
        return None
    wanted = m.group(1)
    best: tuple[float, str] | None = None
    for c in clinicians:
        for w in normalise(c).split():
            score = fuzz.ratio(w, wanted)
            if score >= 80 and (best is None or score > best[0]):
                best = (score, c)
    return None if best is None else best[1]
