"""The assistant in Hindi and Tamil: questions typed in Devanagari, romanised Hindi and
Tamil over the demo record (seed 7, fixed clock), expected figures computed here from
plain SQL or other services (the helpers of test_assistant.py), never by the assistant.
At least 95% must come out exact, and the answers must read in the window's language.
"""

from __future__ import annotations

import re

import pytest

from healthdesk.domain.i18n import language
from healthdesk.services.assistant import Assistant
from healthdesk.services.record import HealthRecord
from healthdesk.store.models import Allergy, Condition, Measurement
from tests.services.test_assistant import (  # noqa: F401  (demo is the shared fixture)
    LAST_7,
    LAST_30,
    LAST_MONTH,
    SINCE_DIWALI,
    THIS_WEEK,
    TODAY,
    Expect,
    bp_mean,
    count_of,
    demo,
    dose_states,
    evening_yesterday,
    exact,
    extreme,
    fixed,
    ist,
    last_dose,
    latest,
    medicines,
    next_appt,
    one_mean,
    out_of_range,
    person,
    pid,
    stock,
    symptoms,
    trend,
)

K = "Kamala"
LAST_WEEK = (ist(2026, 3, 2), ist(2026, 3, 9))
YESTERDAY = (ist(2026, 3, 9), ist(2026, 3, 10))

HINDI: list[tuple[str, str, Expect]] = [
    (K, "मेरा पिछला रक्तचाप क्या था?", latest(K, "blood_pressure", "Systolic")),
    (K, "पिछले महीने मेरा औसत बीपी क्या था?", bp_mean(K, LAST_MONTH)),
    (K, "पिछले महीने का औसत ब्लड प्रेशर", bp_mean(K, LAST_MONTH)),
    (K, "इस हफ़्ते का बीपी", bp_mean(K, THIS_WEEK)),
    (K, "पिछले हफ्ते का बीपी कैसा था", bp_mean(K, LAST_WEEK)),
    (K, "पिछले 30 दिनों में रक्तचाप", bp_mean(K, LAST_30)),
    (K, "कल का शुगर", one_mean(K, "glucose", "glucose", YESTERDAY)),
    (K, "दिवाली से शुगर कैसी है", one_mean(K, "glucose", "glucose", SINCE_DIWALI)),
    (K, "पिछले महीने सबसे कम शुगर", extreme(K, "glucose", "glucose", LAST_MONTH, "min")),
    (K, "पिछले महीने सबसे ज़्यादा बीपी कितना था",
     extreme(K, "blood_pressure", "systolic", LAST_MONTH, "max")),
    (K, "मेरा वज़न कितना है", latest(K, "weight", "Weight")),
    (K, "पिछले महीने बीपी का रुझान", trend(K, "blood_pressure", "systolic", LAST_MONTH, 0)),
    (K, "क्या दिवाली से मेरी शुगर सुधर रही है", trend(K, "glucose", "glucose", SINCE_DIWALI, 1)),
    (K, "mera bp kitna tha", latest(K, "blood_pressure", "Systolic")),
    (K, "pichle mahine ka ausat bp", bp_mean(K, LAST_MONTH)),
    (K, "kal ka sugar", one_mean(K, "glucose", "glucose", YESTERDAY)),
    (K, "पापा की पिछले महीने की औसत नब्ज़", one_mean("Li", "pulse", "pulse", LAST_MONTH, 0)),
    (K, "Rahul के पिछले महीने के औसत कदम", one_mean("Rahul", "steps", "steps", LAST_MONTH, 0)),
    (K, "इस हफ्ते कोई रीडिंग सामान्य से बाहर थी?", out_of_range(K, None, THIS_WEEK)),
    (K, "पिछले महीने कौन सी बीपी रीडिंग बहुत ज़्यादा थी",
     out_of_range(K, "blood_pressure", LAST_MONTH)),
    (K, "मैंने metformin आखिरी बार कब ली?", last_dose(K, "Metformin")),
    (K, "Glycomet कब ली थी", last_dose(K, "Metformin")),
    (K, "क्या माँ ने कल शाम की दवा ली?", evening_yesterday(K)),
    (K, "इस हफ्ते कौन सी खुराक छूट गई", dose_states(K, THIS_WEEK, "missed_doses")),
    (K, "पिछले 7 दिनों में कोई दवा भूल गई?", dose_states(K, LAST_7, "missed_doses")),
    (K, "पिछले महीने दवा कितनी नियमित ली", dose_states(K, LAST_MONTH, "adherence")),
    (K, "amlodipine कितने दिन चलेगी", stock(K, "Amlodipine")),
    (K, "Telma का स्टॉक", stock(K, "Telmisartan")),
    (K, "मेरी दवाइयाँ कौन सी हैं", medicines(K)),
    (K, "Arjun की दवाएं", medicines("Arjun")),
    (K, "mera agla appointment kab hai", next_appt(K)),
    (K, "मेरी अगली मुलाकात कब है", next_appt(K)),
    (K, "मुझे किस चीज़ से एलर्जी है", count_of(Allergy, K, "allergies", "allergies")),
    (K, "Fatima की बीमारियाँ", count_of(Condition, "Fatima", "conditions", "conditions")),
    (K, "पिछले महीने के लक्षण", symptoms(K, LAST_MONTH)),
    (K, "Rahul के लक्ष्य", count_of(Measurement, "Rahul", "goals", "__none__")),
    (K, "Arjun के बारे में बताइए", person("Arjun")),
    (K, "मुझे सीने में दर्द हो रहा है", fixed("red_flag")),
]

TAMIL: list[tuple[str, str, Expect]] = [
    (K, "என் கடைசி இரத்த அழுத்தம் என்ன?", latest(K, "blood_pressure", "Systolic")),
    (K, "கடந்த மாதம் என் சராசரி பிபி என்ன?", bp_mean(K, LAST_MONTH)),
    (K, "கடந்த மாதத்தின் சராசரி இரத்த அழுத்தம்", bp_mean(K, LAST_MONTH)),
    (K, "இந்த வாரம் பிபி", bp_mean(K, THIS_WEEK)),
    (K, "கடந்த வாரம் பிபி எப்படி இருந்தது", bp_mean(K, LAST_WEEK)),
    (K, "கடந்த 30 நாட்களில் இரத்த அழுத்தம்", bp_mean(K, LAST_30)),
    (K, "நேற்று சர்க்கரை அளவு", one_mean(K, "glucose", "glucose", YESTERDAY)),
    (K, "தீபாவளியிலிருந்து சர்க்கரை", one_mean(K, "glucose", "glucose", SINCE_DIWALI)),
    (K, "கடந்த மாதம் குறைந்தபட்ச சர்க்கரை", extreme(K, "glucose", "glucose", LAST_MONTH, "min")),
    (K, "கடந்த மாதம் அதிகபட்ச பிபி", extreme(K, "blood_pressure", "systolic", LAST_MONTH, "max")),
    (K, "என் எடை எவ்வளவு", latest(K, "weight", "Weight")),
    (K, "கடந்த மாதம் பிபி போக்கு", trend(K, "blood_pressure", "systolic", LAST_MONTH, 0)),
    (K, "தீபாவளி முதல் சர்க்கரை முன்னேறி வருகிறதா",
     trend(K, "glucose", "glucose", SINCE_DIWALI, 1)),
    (K, "கடைசி HbA1c என்ன", latest(K, "hba1c", "HbA1c")),
    (K, "அப்பாவின் கடந்த மாத சராசரி நாடித் துடிப்பு",
     one_mean("Li", "pulse", "pulse", LAST_MONTH, 0)),
    (K, "Rahul கடந்த மாதம் சராசரி எவ்வளவு தூங்கினார்",
     one_mean("Rahul", "sleep", "sleep", LAST_MONTH, 1)),
    (K, "இந்த வாரம் ஏதேனும் அளவீடு இயல்பு வரம்புக்கு வெளியே இருந்ததா",
     out_of_range(K, None, THIS_WEEK)),
    (K, "கடந்த மாதம் அசாதாரண சர்க்கரை அளவீடுகள்", out_of_range(K, "glucose", LAST_MONTH)),
    (K, "metformin கடைசியாக எப்போது எடுத்தேன்?", last_dose(K, "Metformin")),
    (K, "Telma எப்போது எடுத்தேன்", last_dose(K, "Telmisartan")),
    (K, "அம்மா நேற்று மாலை மாத்திரை எடுத்தாரா?", evening_yesterday(K)),
    (K, "இந்த வாரம் தவறிய டோஸ்கள்", dose_states(K, THIS_WEEK, "missed_doses")),
    (K, "கடந்த 7 நாட்களில் ஏதேனும் மருந்து மறந்தேனா", dose_states(K, LAST_7, "missed_doses")),
    (K, "கடந்த மாதம் மருந்தை முறையாக எடுத்தேனா", dose_states(K, LAST_MONTH, "adherence")),
    (K, "amlodipine கையிருப்பு எவ்வளவு", stock(K, "Amlodipine")),
    (K, "atorvastatin எத்தனை நாளில் தீர்ந்துவிடும்", stock(K, "Atorvastatin")),
    (K, "இன்று என் மருந்துகள் என்ன?", medicines(K)),
    (K, "Arjun எடுக்கும் மருந்துகள்", medicines("Arjun")),
    (K, "என் அடுத்த சந்திப்பு எப்போது", next_appt(K)),
    (K, "Li Wei அடுத்த பரிசோதனை எப்போது", next_appt("Li")),
    (K, "எனக்கு என்ன ஒவ்வாமைகள் உள்ளன", count_of(Allergy, K, "allergies", "allergies")),
    (K, "Fatima வின் நோய்கள்", count_of(Condition, "Fatima", "conditions", "conditions")),
    (K, "கடந்த மாதம் அறிகுறிகள்", symptoms(K, LAST_MONTH)),
    (K, "Rahul இன் இலக்குகள்", count_of(Measurement, "Rahul", "goals", "__none__")),
    (K, "Arjun பற்றி சொல்லுங்கள்", person("Arjun")),
    (K, "அம்மாவுக்கு நெஞ்சு வலி", fixed("red_flag")),
]


def run(rec: HealthRecord, lang: str, questions: list[tuple[str, str, Expect]]) -> float:
    assistant = Assistant(rec, lang=lang)
    failures = []
    for who, question, expect in questions:
        intent, figures = expect(rec)
        ans = assistant.answer(question, pid(rec, who))
        if not exact(ans, intent, figures):
            failures.append((question, intent, figures, ans.intent,
                             [(f.label, f.value) for f in ans.figures], ans.text))
    for f in failures:
        print("FAIL", f)
    return 1 - len(failures) / len(questions)


def test_hindi_questions_are_at_least_95_percent_exact(demo: HealthRecord) -> None:  # noqa: F811
    assert len(HINDI) >= 30
    assert run(demo, "hi", HINDI) >= 0.95


def test_tamil_questions_are_at_least_95_percent_exact(demo: HealthRecord) -> None:  # noqa: F811
    assert len(TAMIL) >= 30
    assert run(demo, "ta", TAMIL) >= 0.95


ENGLISH_WORDS = re.compile(r"\b(?:Average|Latest|Lowest|Highest|readings?|last taken|of|on|"
                           r"from|were|taken|doses?|scheduled|days?|left|Next|appointment|"
                           r"with|at|in|not a diagnosis|current medicines|allergies|"
                           r"conditions|years old|blood type|Yes|No)\b")


def record_words(rec: HealthRecord) -> list[str]:
    """What the record holds as entered (names, titles, notes): it stays as written."""
    out = []
    for p in rec.profiles.all():
        out.append(p.name)
        out += [m.title for m in rec.medications.for_profile(p.id, active_only=False)]
        out += [m.instructions or "" for m in rec.medications.for_profile(p.id)]
        for a in rec.appointments.for_profile(p.id):
            out += [a.title, a.place or "", a.notes or "", a.clinician or ""]
        for al in rec.allergies.for_profile(p.id):
            out += [al.substance, al.reaction or ""]
        out += [c.name for c in rec.conditions.for_profile(p.id)]
    return sorted((w for w in out if w), key=len, reverse=True)


@pytest.mark.parametrize(("lang", "script"), [("hi", "\u0900-\u097f"), ("ta", "\u0b80-\u0bff")])
def test_answers_are_whole_sentences_in_the_language(demo: HealthRecord, lang: str,  # noqa: F811
                                                     script: str) -> None:
    """No English template word is left around the record's own words (medicine names,
    notes as entered), and the numbers are written the locale's way."""
    k = pid(demo, K)
    own = record_words(demo)
    for question in ("average bp last month", "when did I last take metformin",
                     "did I take my evening medicines yesterday", "adherence last month",
                     "how many days of amlodipine are left", "next appointment",
                     "what are my allergies", "Arjun's conditions", "missed doses this week",
                     "tell me about Arjun", "Rahul's average steps last month",
                     "BP trend last month", "lowest sugar since Diwali", "my goals"):
        ans = Assistant(demo, lang=lang).answer(question, k)
        text = ans.text
        for words in own:
            text = text.replace(words, "")
        assert re.search(f"[{script}]", text), (question, ans.text)
        assert not ENGLISH_WORDS.search(text), (question, ans.text)
    with language(lang):  # the window's language when none is given
        steps = Assistant(demo).answer("Rahul's average steps last month", k)
    assert re.search(f"[{script}]", steps.text) and re.search(r"\d,\d{3}", steps.text)


def test_english_answers_stay_english(demo: HealthRecord) -> None:  # noqa: F811
    ans = Assistant(demo, lang="en").answer("मेरा पिछला रक्तचाप क्या था?", pid(demo, K))
    assert ans.intent == "reading_stats" and ans.text.startswith("Latest blood pressure: ")


@pytest.mark.parametrize(("text", "start", "key"), [
    ("कल का शुगर", ist(2026, 3, 9), "yesterday"),
    ("kal ka sugar", ist(2026, 3, 9), "yesterday"),
    ("நேற்றைய சர்க்கரை", ist(2026, 3, 9), "yesterday"),
    ("परसों", ist(2026, 3, 8), "day"),
    ("முந்தாநாள்", ist(2026, 3, 8), "day"),
    ("आज सुबह", ist(2026, 3, 10), "today"),
    ("இன்று", ist(2026, 3, 10), "today"),
    ("पिछले हफ़्ते", ist(2026, 3, 2), "last week"),
    ("pichle hafte", ist(2026, 3, 2), "last week"),
    ("போன வாரத்தில்", ist(2026, 3, 2), "last week"),
    ("इस महीने", ist(2026, 3, 1), "this month"),
    ("கடந்த மாதத்தில்", ist(2026, 2, 1), "last month"),
    ("पिछले सात दिनों में", ist(2026, 3, 4), "last_n"),
    ("கடந்த 2 வாரங்களில்", ist(2026, 2, 25), "last_n"),
    ("दिवाली से", ist(2025, 10, 20), "since_festival"),
    ("பொங்கலிலிருந்து", ist(2026, 1, 14), "since_festival"),
    ("जनवरी से", ist(2026, 1, 1), "since_day"),
    ("பிப்ரவரி முதல்", ist(2026, 2, 1), "since_day"),
])
def test_hindi_and_tamil_periods(text: str, start: object, key: str) -> None:
    from healthdesk.services.assistant_dates import parse_period
    from healthdesk.services.assistant_entities import normalise
    from tests.services.test_assistant import NOW

    period = parse_period(normalise(text), NOW, "Asia/Kolkata")
    assert period is not None and (period.start, period.key) == (start, key)


def test_period_words_read_in_the_language() -> None:
    from healthdesk.services.assistant_dates import parse_period
    from tests.services.test_assistant import NOW

    period = parse_period("since diwali", NOW, "Asia/Kolkata")
    assert period is not None
    with language("hi"):
        assert period.label == "दिवाली (20 अक्टू॰ 2025) से"
    with language("ta"):
        assert period.label == "தீபாவளி (20 அக்., 2025) முதல்"
    with language("en"):
        assert period.label == "since Diwali (2025-10-20)"
