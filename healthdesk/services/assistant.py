"""The assistant: answers questions from a person's own record, offline, with the rows cited.

``Assistant(record).ask(question, profile_id)`` understands the question (typos corrected,
the person, medicine, reading kind and period it names, then the first intent whose cue
matches: see assistant_words.py), answers it from the record's services
(assistant_answers.py), puts any red-flag notice first (domain/red_flags.py), and saves the
question and the answer as messages of the person's "Assistant" conversation, the answer's
metadata holding the intent, the cited rows, the figures and the response time.

It never diagnoses and never invents a number: a question it cannot answer from the record
says so and offers the record's full-text matches instead.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from healthdesk.domain.i18n import N_, TranslatedLabels, _, language
from healthdesk.domain.red_flags import RedFlag, check_stated_values, check_text

from . import assistant_answers as answers
from . import assistant_doses as doses
from .assistant_dates import parse_period
from .assistant_draft import Ask, Draft, Figure
from .assistant_entities import (
    MedName,
    Person,
    correct,
    find_clinician,
    find_kind,
    find_medicines,
    find_person,
    infer_relations,
    kind_vocabulary,
    medicine_vocabulary,
    normalise,
    person_words,
)
from .assistant_words import (
    ALL_EXTRA_WORDS,
    ALL_INTENT_CUES,
    ALL_KIND_WORDS,
    ALL_QUESTION_WORDS,
    ALL_STATS,
    phrase_re,
)

if TYPE_CHECKING:
    from .record import HealthRecord

SESSION_TITLE = "Assistant"
#: What a full-text match is, in the reader's language (search.py's labels are English).
HIT_LABELS = TranslatedLabels({
    "measurements": N_("Reading"), "medications": N_("Medicine"),
    "appointments": N_("Appointment"), "documents": N_("Document"),
    "chat_messages": N_("Message"), "conditions": N_("Condition"), "allergies": N_("Allergy"),
    "symptom_entries": N_("Symptom"), "goals": N_("Goal"), "emergency_contacts": N_("Contact"),
    "profiles": N_("Profile"), "chat_sessions": N_("Conversation")})


def not_a_diagnosis() -> str:
    return _("This is what the record holds, not a diagnosis; talk to a doctor about "
             "what it means.")


@dataclass(frozen=True)
class Answer:
    question: str
    text: str
    intent: str
    figures: tuple[Figure, ...]
    sources: tuple[tuple[str, str], ...]  # (entity, row id)
    profile_id: str
    response_ms: float
    red_flags: tuple[RedFlag, ...] = ()
    answered: bool = True
    facts: tuple[str, ...] = ()  # the answer's lines: what a remote model is grounded on
    message_id: str | None = None
    session_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def metadata(self) -> dict[str, Any]:
        return {
            "intent": self.intent,
            "sources": [{"entity": e, "id": i} for e, i in self.sources],
            "figures": [f.as_dict() for f in self.figures],
            "response_ms": round(self.response_ms, 1),
            "red_flags": [f.key for f in self.red_flags],
            "answered": self.answered, **self.extra,
        }

    def as_dict(self) -> dict[str, Any]:
        return {"question": self.question, "text": self.text, "profile_id": self.profile_id,
                "message_id": self.message_id, **self.metadata()}


def strip_kind(text: str) -> str:
    """The question without its reading-kind words ("peak flow" is not a "peak")."""
    for words in ALL_KIND_WORDS.values():
        for phrase in sorted(words, key=len, reverse=True):
            text = re.sub(phrase_re(phrase), " ", text)
    return text


class Assistant:
    """Offline answers over one open record."""

    def __init__(self, record: HealthRecord, lang: str | None = None) -> None:
        """``lang``: the language of the answers (default: the window's or the command
        line's, ``current_language()`` when asked). Questions are understood in every
        language the tables hold, whatever this is."""
        self._r = record
        self._lang = lang

    # -- understanding -------------------------------------------------------------------

    def _people(self) -> list[Person]:
        out = []
        for p in self._r.profiles.all():
            rels = [c.relationship or "" for c in self._r.contacts.for_profile(p.id)]
            out.append(Person(p.id, p.name, p.sex, p.timezone, infer_relations(p.sex, rels)))
        return out

    def understand(self, question: str, profile_id: str) -> tuple[Ask, str, list[str]]:
        """The question as understood: the Ask, its intent, and symptom names it names."""
        people = self._people()
        own = next((p for p in people if p.id == profile_id), None)
        if own is None:
            from .errors import NotFoundError

            raise NotFoundError("profile", profile_id)
        raw = normalise(question)
        meds_all = [MedName(m.id, m.name) for p in people
                    for m in self._r.medications.for_profile(p.id, active_only=False)]
        symptom_names = sorted({s.symptom for s in self._r.symptoms.for_profile(profile_id)})
        cues = re.sub(r"\\[a-zA-Z]", " ", " ".join(c for _, c in ALL_INTENT_CUES))
        vocab = (set(re.findall(r"[a-z]+", cues)) | set(ALL_EXTRA_WORDS)
                 | kind_vocabulary() | medicine_vocabulary(meds_all)
                 | person_words(people) | {w for s in symptom_names for w in normalise(s).split()})
        text = correct(raw, vocab)
        named = find_person(text, people)
        person = named or own
        meds = [MedName(m.id, m.name) for m in self._r.medications.for_profile(
            person.id, active_only=False)]
        named_meds = find_medicines(text, meds)
        kind = find_kind(text)
        period = parse_period(text, self._r.now(), person.timezone)
        clinicians = {a.clinician for a in self._r.appointments.for_profile(person.id)
                      if a.clinician}
        ask = Ask(text, person, kind, named_meds, period, self._r.now(),
                  find_clinician(text, clinicians), person_named=named is not None)
        if person.id != profile_id:
            symptom_names = sorted({s.symptom for s in self._r.symptoms.for_profile(person.id)})
        named_symptoms = [s for s in symptom_names
                          if re.search(r"\b" + re.escape(normalise(s)) + r"(?:s|es)?\b", text)]
        return ask, self._intent(ask, named_symptoms), named_symptoms

    def _intent(self, ask: Ask, named_symptoms: list[str]) -> str:
        for name, cue in ALL_INTENT_CUES:
            if not re.search(cue, ask.text):
                continue
            if name == "reading_stats" and ask.kind is None:
                continue
            if name == "symptoms" and ask.kind is not None and not named_symptoms:
                continue
            if name == "person" and (ask.kind is not None or ask.meds or not ask.person_named):
                continue
            if name == "stock" and "left" in ask.text and not ask.meds and not re.search(
                    r"\b(?:tablets?|pills?|medicines?|stock|doses?)\b", ask.text):
                continue
            return name
        if named_symptoms:
            return "symptoms"
        if ask.kind is not None:
            return "reading_stats"
        if ask.meds:
            return "medicines"
        return "unknown"

    def _stat(self, text: str, has_period: bool) -> str:
        text = re.sub(r"\b(?:last|past|previous|this)\s+(?:\d+\s+|\w+\s+)?(?:days?|weeks?"
                      r"|months?|years?|fortnight)\b", " ", text)
        for name, cue in ALL_STATS:
            if re.search(cue, text):
                return name
        return "mean" if has_period else "latest"

    # -- answering -----------------------------------------------------------------------

    def answer(self, question: str, profile_id: str) -> Answer:
        """The answer, not saved (see ``ask``), in the assistant's language."""
        with language(self._lang):
            return self._answer(question, profile_id)

    def _answer(self, question: str, profile_id: str) -> Answer:
        started = time.perf_counter()
        ask, intent, named_symptoms = self.understand(question, profile_id)
        flags = check_text(question)
        flags.extend(f for f in check_stated_values(question) if f not in flags)
        if flags and (intent == "unknown" or (intent == "symptoms" and not named_symptoms)
                      or not re.search(ALL_QUESTION_WORDS, ask.text)):
            draft = Draft("red_flag")
        elif intent == "unknown":
            draft = self._unknown(question, ask)
        else:
            draft = self._draft(intent, ask, named_symptoms)
        flags.extend(f for f in draft.flags if f not in flags)
        lines = [f.notice for f in flags] + draft.lines
        if draft.intent in ("reading_stats", "out_of_range", "symptoms") and draft.answered:
            lines.append(not_a_diagnosis())
        ms = (time.perf_counter() - started) * 1000
        return Answer(question=question, text="\n".join(lines), intent=draft.intent,
                      figures=tuple(draft.figures), sources=tuple(draft.sources),
                      profile_id=ask.person.id, response_ms=ms, red_flags=tuple(flags),
                      answered=draft.answered, facts=tuple(draft.lines))

    def _draft(self, intent: str, ask: Ask, named_symptoms: list[str]) -> Draft:
        r = self._r
        if intent == "reading_stats":
            return answers.reading_stats(r, ask, self._stat(strip_kind(ask.text),
                                                           ask.period is not None))
        if intent == "symptoms":
            return answers.symptoms(r, ask, named_symptoms)
        handlers = {
            "out_of_range": answers.out_of_range, "medicines": doses.medicines,
            "last_dose": doses.last_dose, "dose_check": doses.dose_check,
            "missed_doses": doses.missed_doses, "adherence": doses.adherence,
            "stock": doses.stock, "next_appointment": answers.next_appointment,
            "allergies": answers.allergies, "conditions": answers.conditions,
            "goals": answers.goals, "changes_since_visit": answers.changes_since_visit,
            "person": answers.person_summary,
        }
        return handlers[intent](r, ask)

    def _unknown(self, question: str, ask: Ask) -> Draft:
        d = Draft("unknown", answered=False)
        d.lines.append(_("I can't answer that from the record; I only answer from what is "
                         "recorded here, and I don't guess."))
        hits = self._matches(question, ask.person.id)
        if not hits:
            words = [w for w in re.findall(r"[a-z]{4,}", ask.text)]
            for w in words:
                hits = self._matches(w, ask.person.id)
                if hits:
                    break
        if hits:
            d.lines.append(_("These entries in the record match your words:"))
            for h in hits:
                d.lines.append(f"- {HIT_LABELS.get(h.entity, h.label)}: {h.snippet or h.title}")
                d.cite(h.entity, h.row_id)
        return d

    def _matches(self, text: str, profile_id: str) -> list[Any]:
        """Full-text matches, leaving out the assistant's own conversation: earlier
        questions and answers matching the words are not entries of the record."""
        own = {s.id for s in self._r.chat.sessions(profile_id, kind="assistant")}
        hits = self._r.search.search(text, profile_id=profile_id, limit=10)
        keep = [h for h in hits if h.entity != "chat_messages"
                or self._r.chat.message(h.row_id).session_id not in own]
        return keep[:5]

    def ask(self, question: str, profile_id: str, *, save: bool = True) -> Answer:
        """Answer and (by default) save the question and the answer in the person's
        Assistant conversation. Raises ValidationError for an empty or too long question
        (1-2000 characters), NotFoundError for an unknown profile."""
        from healthdesk.domain.validation import require_text

        question = require_text("question", question, 2000)
        ans = self.answer(question, profile_id)
        if not save:
            return ans
        return self.save(ans)

    def session_for(self, profile_id: str) -> str:
        """The person's Assistant conversation (created on first use)."""
        existing = self._r.chat.sessions(profile_id, kind="assistant")
        if existing:
            return existing[0].id
        return self._r.chat.create_session(profile_id, SESSION_TITLE, kind="assistant").id

    def _tag(self, session_id: str, intent: str) -> None:
        """Tag the conversation with what it has been about ("reading stats", "stock")."""
        if intent in ("unknown", "red_flag"):
            return
        session = self._r.chat.session(session_id)
        label = intent.replace("_", " ")
        if label not in session.tags and len(session.tags) < 10:
            self._r.chat.set_tags(session_id, [*session.tags, label])

    def save(self, ans: Answer, session_id: str | None = None) -> Answer:
        sid = session_id or self.session_for(ans.profile_id)
        self._r.chat.post(sid, ans.question, role="user")
        msg = self._r.chat.post(sid, ans.text, role="assistant", author="Assistant",
                                metadata=ans.metadata())
        self._tag(sid, ans.intent)
        return Answer(**{**ans.__dict__, "message_id": msg.id, "session_id": sid})


