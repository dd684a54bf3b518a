"""Warning signs typed in Hindi or Tamil raise the same red flags as in English, and the
notice is in the reader's language."""

from __future__ import annotations

import pytest

from healthdesk.domain.i18n import language
from healthdesk.domain.red_flags import check_text, requires_attention


@pytest.mark.parametrize(("text", "key"), [
    ("मुझे सीने में दर्द हो रहा है", "chest_pain"),
    ("साँस लेने में तकलीफ़ है", "breathing"),     # chandrabindu and nukta as typed
    ("सांस लेने में तकलीफ है", "breathing"),
    ("पापा अचानक बेहोश हो गए", "unconscious"),
    ("ख़ून नहीं रुक रहा", "bleeding"),
    ("நெஞ்சு வலியாக இருக்கிறது", "chest_pain"),   # a Tamil ending on the word
    ("அம்மாவுக்கு மூச்சுத் திணறல்", "breathing"),
    ("தொண்டை வீக்கம் வந்தது", "anaphylaxis"),
])
def test_indic_warning_signs(text: str, key: str) -> None:
    assert [f.key for f in check_text(text)] == [key]


@pytest.mark.parametrize("text", ["सिर में हल्का दर्द", "நல்லா இருக்கேன்", "छाती का एक्स-रे"])
def test_ordinary_words_raise_nothing(text: str) -> None:
    assert check_text(text) == []


def test_the_notice_reads_in_the_language() -> None:
    with language("hi"):
        (flag,) = check_text("सीने में दर्द")
        assert flag.notice.startswith("अभी डॉक्टर को दिखाएँ: सीने में दर्द दिल का दौरा हो सकता है")
        assert requires_attention(9, None, "") == ["गंभीरता 10 में से 9"]
    with language("ta"):
        (flag,) = check_text("chest pain")
        assert flag.what == "நெஞ்சு வலி மாரடைப்பாக இருக்கலாம்"
