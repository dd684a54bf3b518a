"""The words the assistant understands, per language: intents, reading kinds, brands.

Each table is keyed by language code: English here, Hindi (Devanagari and the common
romanised spellings) and Tamil in assistant_words_indic.py. A question is matched against
every language's words at once (the ``ALL_*`` tables at the end): people mix them ("mera
BP", "அம்மா sugar"), and the window's language only decides the language of the answer.
"""

from __future__ import annotations

import re

# Intent cues are regular expressions over the normalised question (lower case, typos
# corrected). The first intent whose cue matches wins, so the order matters: the narrow
# questions come before the broad ones ("when did I last take" before "medicines").
INTENT_CUES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("changes_since_visit", r"\bsince (?:my|her|his|their|the|our) last (?:visit|appointment"
                                r"|check ?up)\b|\bwhat(?:'s| has| have)? changed\b"),
        ("missed_doses", r"\b(?:miss|missed|missing|forgot|forgotten|forget|skip|skipped)\b"),
        ("adherence", r"\b(?:adherence|compliance|how (?:well|regularly|consistently)\b)"),
        ("last_dose", r"\bwhen did\b.*\b(?:take|have|use)\b|\b(?:last|latest|previous|most "
                      r"recent) (?:dose|time)\b|\blast (?:took|taken|take|had|used)\b"),
        ("dose_check", r"\b(?:did|has|have)\b.*\b(?:take|taken|took|have|had)\b"),
        ("stock", r"\b(?:stock|run out|running out|refill|supply|remaining|left)\b"),
        ("next_appointment", r"\b(?:appointments?|visit|check ?up|see (?:the )?doctor|see dr"
                             r"|when is dr|meeting dr)\b"),
        ("allergies", r"\ballerg\w*"),
        ("conditions", r"\b(?:conditions?|diagnos\w*|illness\w*|diseases?|health problems?"
                       r"|medical history|problems?)\b"),
        ("out_of_range", r"\b(?:out of range|abnormal|outside (?:the |her |his |my )?range"
                         r"|too (?:high|low)|unusual|not normal)\b"),
        ("goals", r"\b(?:goals?|targets?|progress)\b"),
        ("symptoms", r"\b(?:symptoms?|severity|felt|feeling|pain|ache)\b"),
        ("reading_stats", r"\b(?:average|mean|typical|lowest|minimum|highest|maximum|peak"
                          r"|trend|trending|going|latest|reading|readings)\b"),
        ("medicines", r"\b(?:medicines?|medications?|tablets?|pills?|drugs?|prescriptions?"
                      r"|meds|doses?|dosage|capsules?|inhalers?|take|taking)\b"),
        ("person", r"\b(?:about|who is|who's|tell me|summary|overview|how is)\b"),
    ),
}

STATS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("trend", r"\b(?:trend\w*|going (?:up|down)|improv\w*|changing|getting (?:better|worse)"
                  r"|rising|falling)\b"),
        ("min", r"\b(?:lowest|minimum|min|least)\b"),
        ("max", r"\b(?:highest|maximum|max|peak|worst)\b"),
        ("mean", r"\b(?:average|mean|typical|usual|avg)\b"),
        ("latest", r"\b(?:latest|last|most recent|current|now|today)\b"),
    ),
}

KIND_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "blood_pressure": ("blood pressure", "bp", "pressure", "hypertension reading"),
        "glucose": ("blood sugar", "glucose", "sugar", "sugars", "sugar level"),
        "hba1c": ("hba1c", "a1c", "glycated", "hb a1c"),
        "weight": ("weight", "weigh", "kilos", "kg"),
        "pulse": ("pulse", "heart rate", "heartbeat", "heart beat", "bpm"),
        "temperature": ("temperature", "temp", "fever"),
        "spo2": ("spo2", "oxygen", "saturation", "o2 sat", "sats"),
        "cholesterol": ("cholesterol", "lipids"),
        "peak_flow": ("peak flow", "peakflow"),
        "sleep": ("sleep", "slept"),
        "steps": ("steps", "walking"),
        "height": ("height", "tall"),
        "respiratory_rate": ("breathing rate", "respiratory rate", "breaths"),
    },
}

RELATIONS: dict[str, dict[str, tuple[str, ...]]] = {
    # relation -> words; a relation is resolved from the record (see assistant_entities).
    "en": {
        "mother": ("mum", "mom", "mummy", "mother", "amma", "mama"),
        "father": ("dad", "daddy", "father", "papa", "appa"),
        "self": ("i", "me", "my", "mine", "myself"),
    },
}

# Brand names people say for the generic on the label (India, the UK and the US).
BRANDS: dict[str, str] = {
    "glycomet": "metformin", "glucophage": "metformin", "gluconorm": "metformin",
    "amlong": "amlodipine", "norvasc": "amlodipine", "amlodac": "amlodipine",
    "telma": "telmisartan", "micardis": "telmisartan", "telsartan": "telmisartan",
    "lipitor": "atorvastatin", "atorva": "atorvastatin", "storvas": "atorvastatin",
    "ecosprin": "aspirin", "disprin": "aspirin", "loprin": "aspirin",
    "asthalin": "salbutamol", "ventolin": "salbutamol", "albuterol": "salbutamol",
    "flixotide": "fluticasone", "flovent": "fluticasone", "flohale": "fluticasone",
    "eltroxin": "levothyroxine", "thyronorm": "levothyroxine", "synthroid": "levothyroxine",
    "eliquis": "apixaban", "calcirol": "vitamin d3", "uprise": "vitamin d3",
    "cholecalciferol": "vitamin d3", "thyroxine": "levothyroxine",
}

# Words never "corrected" into a cue word (short, common and close to one).
KEEP = frozenset({
    "what", "when", "which", "with", "were", "have", "take", "taken", "took", "does", "this",
    "that", "they", "them", "their", "there", "about", "last", "week", "month", "year",
    "since", "from", "days", "much", "many", "left", "show", "tell", "give", "list", "here",
    "been", "often", "evening", "morning", "night", "today", "yesterday", "than",
    "some", "over", "after", "before", "doing", "most", "ever", "where", "next", "your",
    "into", "like", "could", "would", "should", "will", "know", "need", "want",
})

# Words a question may be misspelt from, beyond those in the cues above.
EXTRA_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("allergies", "allergic", "allergy", "adherence", "appointment", "medicines",
           "medications", "average", "symptoms", "conditions", "diagnosis", "highest",
           "lowest", "pressure", "glucose", "cholesterol", "temperature", "prescription"),
}

# A red-flag sentence with none of these is a statement ("Mum fainted"), not a question
# about the record, so it gets the notice alone.
QUESTION_WORDS: dict[str, str] = {
    "en": r"\b(?:what|when|how|did|does|which|show|list|average|latest|last|tell|was|were"
          r"|any)\b",
}


from .assistant_words_indic import (  # noqa: E402  (the tables above come first)
    EXTRA_INDIC,
    INDIC,
    INTENT_INDIC,
    KIND_INDIC,
    QUESTION_INDIC,
    RELATIONS_INDIC,
    STATS_INDIC,
)

INTENT_CUES.update(INTENT_INDIC)
STATS.update(STATS_INDIC)
KIND_WORDS.update(KIND_INDIC)
RELATIONS.update(RELATIONS_INDIC)
EXTRA_WORDS.update(EXTRA_INDIC)
QUESTION_WORDS.update(QUESTION_INDIC)



def phrase_re(phrase: str) -> str:
    """A word or phrase as a pattern: whole words in Latin letters; in Devanagari or Tamil
    from the start of a word, so Tamil's endings ("சர்க்கரையின்") and Hindi's inflections
    ("दवाइयां") still match."""
    # Python's \b does not count Devanagari and Tamil vowel signs as word characters.
    if phrase.isascii():
        return r"\b" + re.escape(phrase) + r"\b"
    # A Tamil ending that starts with a vowel takes the final virama ("உயரம்" ->
    # "உயரமாக"), so a phrase matches without it.
    return rf"(?<![\w{INDIC}])" + re.escape(phrase.removesuffix("\u0bcd"))


def _merged(table: dict[str, tuple[tuple[str, str], ...]]) -> tuple[tuple[str, str], ...]:
    """One cue per name, in the English order, matching any language's cue."""
    names = [name for name, _cue in table["en"]]
    return tuple((name, "|".join(f"(?:{cue})" for lang in table for n, cue in table[lang]
                                 if n == name)) for name in names)


ALL_INTENT_CUES = _merged(INTENT_CUES)
ALL_STATS = _merged(STATS)
ALL_KIND_WORDS: dict[str, tuple[str, ...]] = {
    kind: tuple(w for lang in KIND_WORDS for w in KIND_WORDS[lang].get(kind, ()))
    for kind in KIND_WORDS["en"]}
ALL_RELATIONS: dict[str, tuple[str, ...]] = {
    rel: tuple(w for lang in RELATIONS for w in RELATIONS[lang].get(rel, ()))
    for rel in RELATIONS["en"]}
ALL_EXTRA_WORDS = tuple(w for words in EXTRA_WORDS.values() for w in words)
ALL_QUESTION_WORDS = "|".join(f"(?:{q})" for q in QUESTION_WORDS.values())
