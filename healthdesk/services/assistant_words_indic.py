"""The assistant's words in Hindi (Devanagari, and romanised as people type it on a
phone: "mera bp kitna tha") and Tamil, as the questions are normalised: lower case, nukta
dropped and chandrabindu written as anusvara ("ज़्यादा" is "ज्यादा", "माँ" is "मां").

A Devanagari or Tamil word matches from the start of a word (``S``): Tamil adds its
endings to the word ("மருந்துகளை", "அம்மாவின்"), Hindi inflects it ("दवाइयां"). Words
that must stand alone (कल, आज) also carry the end boundary ``E``. Romanised Hindi is
matched as whole words, like English.
"""

from __future__ import annotations

#: Devanagari and Tamil letters and signs, without the danda (।, ॥), which is punctuation.
INDIC = "\u0900-\u0963\u0966-\u097f\u0b80-\u0bff"
S = rf"(?<![\w{INDIC}])"
E = rf"(?![\w{INDIC}])"


def ind(*words: str) -> str:
    """Devanagari or Tamil words (regular expressions), each from the start of a word."""
    return S + "(?:" + "|".join(words) + ")"


def rom(*words: str) -> str:
    """Romanised words (regular expressions), whole words."""
    return r"\b(?:" + "|".join(words) + r")\b"


_TOOK_HI = r"(?:ली|लीं|खाई|खाईं|लिया|लिए|लिये|ले ली|खा ली)" + E
_TOOK_TA = r"(?:எடுத்த|சாப்பிட்ட|போட்ட)"

INTENT_INDIC: dict[str, tuple[tuple[str, str], ...]] = {
    "hi": (
        ("changes_since_visit", ind(r"पिछली (?:मुलाकात|विजिट|जांच)", r"पिछले (?:अपॉइंटमेंट|चेकअप)",
                                    r"क्या (?:क्या )?बदला") + "|" + rom(r"kya badla",
                                                                       r"pichh?li mulakat")),
        ("missed_doses", ind("छूट", "छुट", "भूल", "छोड", "मिस") + "|"
         + rom(r"chh?oo?t\w*", r"bhoo?l\w*", r"chh?od\w*")),
        ("adherence", ind("नियमित", "नियम से", "समय पर दवा") + "|" + rom(r"niyamit")),
        ("last_dose", ind(r"(?:आखिरी|पिछली) (?:बार|खुराक)\s.*" + _TOOK_HI,
                          r"कब\s+(?:\S+\s+)?" + _TOOK_HI, "आखिरी खुराक", "पिछली खुराक") + "|"
         + rom(r"aa?khi?ri (?:baar|bar)\b.*\b(?:li|lee|khayi|khai|liya)",
               r"kab (?:li|lee|khayi|khai|liya)")),
        ("dose_check", ind(r"क्या\s.*" + S + _TOOK_HI, _TOOK_HI[:-len(E)] + r"\s+(?:थी\s+)?क्या")
         + "|" + rom(r"kya\b.*\b(?:li|lee|khayi|khai|liya)")),
        ("stock", ind("स्टॉक", "स्टाक", "बची", "बचा", "बचे", "खत्म", "खतम", "रिफिल", "चलेगी",
                      "चलेगा") + "|" + rom(r"bach[ai]", r"khatm?", r"khatam")),
        ("next_appointment", ind("अपॉइंटमेंट", "अपोइंटमेंट", "अपाइंटमेंट", "मुलाकात",
                                 r"डॉक्टर (?:से|को) कब", "चेकअप", "चेक अप", "डॉक्टर के पास")
         + "|" + rom(r"mulakat", r"doctor se kab")),
        ("allergies", ind("एलर्जी", "ऐलर्जी") + "|" + rom(r"elarji", r"allergy")),
        ("conditions", ind("बीमारी", "बीमारियां", "रोग", "निदान", "स्वास्थ्य समस्या")
         + "|" + rom(r"bimari\w*", r"beemari\w*")),
        ("out_of_range", ind("सामान्य से", "सामान्य सीमा से बाहर", "सीमा से बाहर", "असामान्य",
                             "बहुत ज्यादा", "बहुत कम", "गडबड") + "|" + rom(r"normal se")),
        ("goals", ind("लक्ष्य", "प्रगति", "टारगेट") + "|" + rom(r"lakshya")),
        ("symptoms", ind("लक्षण", "दर्द", "तकलीफ", "परेशानी") + "|" + rom(r"lakshan", r"dard")),
        ("reading_stats", ind("औसत", "सबसे कम", "सबसे ज्यादा", "सबसे अधिक", "न्यूनतम", "अधिकतम",
                              "ट्रेंड", "रुझान", "पिछला", "पिछली रीडिंग", "ताजा", "रीडिंग",
                              "कितना", "कितनी")
         + "|" + rom(r"ausat", r"kitna", r"kitni", r"sabse (?:kam|zyada|jyada)",
                     r"pichh?la")),
        ("medicines", ind("दवा", "दवाई", "दवाओं", "गोली", "गोलियां", "खुराक", "कैप्सूल",
                          "इनहेलर") + "|" + rom(r"dawa\w*", r"davai\w*", r"goli\w*")),
        ("person", ind("के बारे में", "बताइए", "बताओ", "बताएं", r"कैसी हैं?", r"कैसे हैं")
         + "|" + rom(r"ke baa?re me(?:in|n)?", r"batao", r"bataiye")),
    ),
    "ta": (
        ("changes_since_visit", ind(r"கடைசி (?:வருகை|சந்திப்பு)க்குப் பிறகு",
                                    r"(?:கடைசி|போன) (?:வருகை|சந்திப்பு)யிலிருந்து",
                                    r"என்ன மாறி", r"என்ன மாற்றம்")),
        ("missed_doses", ind("தவற", "தவறிய", "மறந்த", "மறந்து", "விடுபட்ட", "தவிர்த்த")),
        ("adherence", ind("முறையாக", "ஒழுங்காக", "தவறாமல்")),
        ("last_dose", ind(r"கடைசியாக\s.*" + _TOOK_TA, r"எப்போது\s+(?:\S+\s+)?" + _TOOK_TA,
                          "கடைசி டோஸ்", "கடைசி முறை")),
        ("dose_check", ind("எடுத்தா", "எடுத்தே", "சாப்பிட்டா", "சாப்பிட்டே",
                           "எடுத்துக்கொண்டா", "எடுத்துக் கொண்டா", "போட்டா")),
        ("stock", ind("கையிருப்பு", "மீதம்", "மீதி", "தீர்ந்து", "தீரும்", "இருப்பு")),
        ("next_appointment", ind("சந்திப்பு", "அப்பாயின்ட்மென்ட்", "அப்பாயிண்ட்மெண்ட்",
                                 r"மருத்துவரை எப்போது", r"டாக்டரை எப்போது", "பரிசோதனை")),
        ("allergies", ind("ஒவ்வாமை", "அலர்ஜி")),
        ("conditions", ind("நோய்", "கண்டறித", "உடல்நலப் பிரச்சனை", "உடல்நல பிரச்சனை")),
        ("out_of_range", ind("அசாதாரண", "வரம்புக்கு வெளியே", "வரம்பிற்கு வெளியே",
                             "இயல்பு வரம்புக்கு வெளியே", "இயல்பை விட")),
        ("goals", ind("இலக்கு", "இலக்குக", "முன்னேற்றம்")),
        ("symptoms", ind("அறிகுறி", "வலி", "சிரமம்")),
        ("reading_stats", ind("சராசரி", "குறைந்தபட்ச", "அதிகபட்ச", "போக்கு", "கடைசி",
                              "சமீபத்திய", "அளவீடு", "எவ்வளவு")),
        ("medicines", ind("மருந்து", "மாத்திரை", "டோஸ்", "இன்ஹேலர்", "கேப்ஸ்யூல்")),
        ("person", ind("பற்றி", "யார்", "எப்படி இருக்கிறார்")),
    ),
}

STATS_INDIC: dict[str, tuple[tuple[str, str], ...]] = {
    "hi": (
        ("trend", ind("ट्रेंड", "रुझान", "सुधर", r"बढ रह", r"घट रह", r"कम हो रह",
                      r"ज्यादा हो रह", "कैसा चल") + "|" + rom(r"sudhar\w*")),
        ("min", ind("सबसे कम", "न्यूनतम") + "|" + rom(r"sabse kam")),
        ("max", ind("सबसे ज्यादा", "सबसे अधिक", "अधिकतम", "सबसे ऊंचा")
         + "|" + rom(r"sabse (?:zyada|jyada|adhik)")),
        ("mean", ind("औसत") + "|" + rom(r"ausat", r"average")),
        ("latest", ind("पिछला", "पिछली", "आखिरी", "ताजा", "मौजूदा", r"अभी" + E)
         + "|" + rom(r"pichh?la", r"pichh?li", r"aa?khi?ri", r"abhi")),
    ),
    "ta": (
        ("trend", ind("போக்கு", "முன்னேற", r"அதிகரித்து வருகி", r"குறைந்து வருகி",
                      r"மாறி வருகி", "ட்ரெண்ட்")),
        ("min", ind("குறைந்தபட்ச", r"மிகக் குறைந்த", "மிகக்குறைந்த")),
        ("max", ind("அதிகபட்ச", r"மிக உயர்ந்த", r"மிக அதிகமான", "உச்ச")),
        ("mean", ind("சராசரி")),
        ("latest", ind("கடைசி", "சமீபத்திய", "தற்போதைய", "இப்போதைய", "இப்போது")),
    ),
}

KIND_INDIC: dict[str, dict[str, tuple[str, ...]]] = {
    "hi": {
        "blood_pressure": ("रक्तचाप", "बीपी", "ब्लड प्रेशर", "रक्त चाप"),
        "glucose": ("शुगर", "शक्कर", "ग्लूकोज", "shugar", "sugar level"),
        "hba1c": ("एचबीए1सी", "hba1c"),
        "weight": ("वजन", "wajan", "vajan", "vazan"),
        "pulse": ("नब्ज", "धडकन", "पल्स", "nabz", "dhadkan"),
        "temperature": ("तापमान", "बुखार", "bukhar"),
        "spo2": ("ऑक्सीजन", "ऑक्सिजन"),
        "cholesterol": ("कोलेस्ट्रॉल", "कोलेस्ट्रोल", "कोलेस्टेरॉल"),
        "peak_flow": ("पीक फ्लो",),
        "sleep": ("नींद", "सोया", "सोई", "neend"),
        "steps": ("कदम", "स्टेप्स", "kadam"),
        "height": ("लंबाई", "कद"),
        "respiratory_rate": ("सांस की दर",),
    },
    "ta": {
        "blood_pressure": ("இரத்த அழுத்த", "ரத்த அழுத்த", "பிபி", "பி பி"),
        "glucose": ("சர்க்கரை", "சுகர்", "குளுக்கோஸ்"),
        "hba1c": ("எச்பிஏ1சி",),
        "weight": ("எடை",),
        "pulse": ("நாடித் துடிப்பு", "நாடி", "இதயத் துடிப்பு", "பல்ஸ்"),
        "temperature": ("வெப்பநிலை", "காய்ச்சல்"),
        "spo2": ("ஆக்சிஜன்", "ஆக்ஸிஜன்"),
        "cholesterol": ("கொலஸ்ட்ரால்", "கொழுப்பு"),
        "peak_flow": ("பீக் ஃப்ளோ", "பீக் ப்ளோ"),
        "sleep": ("தூக்க", "தூங்கி", "உறக்க"),
        "steps": ("அடிகள்", "காலடி", "நடை"),
        "height": ("உயரம்",),
        "respiratory_rate": ("சுவாச விகித",),
    },
}

RELATIONS_INDIC: dict[str, dict[str, tuple[str, ...]]] = {
    "hi": {
        "mother": ("मां", "माता", "मम्मी", "अम्मा", "माताजी", "maa", "mummy", "mumma"),
        "father": ("पापा", "पिताजी", "पिता", "बाबूजी", "pitaji", "babuji"),
        "self": ("मैं", "मेरा", "मेरी", "मेरे", "मुझे", "mera", "meri", "mere", "main"),
    },
    "ta": {
        "mother": ("அம்மா", "தாய்"),
        "father": ("அப்பா", "தந்தை"),
        "self": ("நான்", "என்", "எனது", "எனக்கு"),
    },
}

# Romanised words kept as typed: the typo correction must not turn them into English.
EXTRA_INDIC: dict[str, tuple[str, ...]] = {
    "hi": ("mera", "meri", "mere", "kitna", "kitni", "kitne", "pichle", "pichhle", "pichla",
           "pichli", "hafte", "hafta", "mahine", "mahina", "saal", "ausat", "dawai", "dawa",
           "goli", "goliyan", "batao", "bataiye", "khatam", "shugar", "wajan", "aaj", "kal",
           "tha", "thi", "kaisa", "kaise", "kaisi", "kya", "kab", "sabse", "zyada", "jyada",
           "abhi", "aakhri", "akhri", "baar", "khayi", "liya", "subah", "shaam", "raat",
           "dopahar", "mummy", "mumma", "papa", "pitaji", "babuji", "bimari", "mulakat",
           "parson", "neend", "kadam", "bukhar", "nabz", "dhadkan", "sudhar", "niyamit",
           "lakshan", "lakshya", "bachi", "bacha", "bhool", "bhool", "chhoot", "chhut"),
    "ta": (),
}

QUESTION_INDIC: dict[str, str] = {
    "hi": ind("क्या", "कब", "कितना", "कितनी", "कितने", "कैसा", "कैसी", "कैसे", "कौन",
              "बताइए", "बताओ", "बताएं", "दिखाओ", "दिखाइए") + "|"
    + rom("kya", "kab", "kitna", "kitni", "kitne", "kaisa", "kaise", "kaun", "batao",
          "bataiye"),
    "ta": ind("என்ன", "எப்போது", "எவ்வளவு", "எத்தனை", "எப்படி", "எந்த", "யார்", "சொல்லு",
              "காட்டு"),
}

#: The parts of a day a dose question may name, in each language: the English key.
DAY_PART_WORDS: dict[str, tuple[str, ...]] = {
    "morning": ("सुबह", "subah", "காலை"),
    "afternoon": ("दोपहर", "dopahar", "மதிய"),
    "evening": ("शाम", "shaam", "sham", "மாலை"),
    "night": ("रात", "raat", "இரவு"),
}
