"""How hard a passphrase would be to guess, in words a person can act on.

A pure function (no Qt) so it is tested on its own. It is a rough estimate in the spirit
of zxcvbn, not a guarantee: it counts the characters an attacker would have to try,
discounts repeats, keyboard runs and sequences, and flags the passwords every cracking
list starts with. The store's Argon2id makes each guess slow; this nudges people away
from the guesses that come first.
"""

from __future__ import annotations

import itertools
import math
import string
from dataclasses import dataclass

from healthdesk.ui.qt import QCoreApplication

MIN_LENGTH = 8
LABELS = ("weak", "weak", "fair", "good", "strong")

# The start of every cracking list (and the passwords people type when asked for one).
_COMMON_WORDS = """
password passw0rd password1 password12 password123 passwort motdepasse contrasena
123456 1234567 12345678 123456789 1234567890 12345 1234 111111 000000 123123 654321
121212 112233 666666 777777 888888 987654321 123321 112233445566 11111111 00000000
qwerty qwertyui qwertyuiop qwerty123 azerty asdfgh asdfghjk asdfghjkl zxcvbn zxcvbnm
1q2w3e4r 1q2w3e4r5t 1qaz2wsx qazwsx abc123 abcd1234 abcdefg abcdefgh iloveyou letmein
welcome welcome1 monkey dragon football baseball basketball soccer hockey master
shadow sunshine princess superman batman trustno1 starwars whatever freedom
michael jennifer jessica charlie thomas daniel jordan hunter ranger buster pepper
killer hello hello123 login admin admin123 administrator root toor guest changeme
secret secret123 default access computer internet mustang harley summer winter
flower lovely loveme pokemon naruto cheese chocolate cookie banana orange purple
healthdesk healthdesk1 healthdesk123 medical doctor health india mumbai chennai
"""
COMMON = frozenset(_COMMON_WORDS.split())

_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890", "azertyuiop")
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
                       "@": "a", "$": "s", "!": "i"})


@dataclass(frozen=True)
class Strength:
    """An estimate: ``score`` 0-4, a one-word ``label``, and a ``hint`` saying what to do."""

    score: int
    label: str
    hint: str
    bits: float
    long_enough: bool
    common: bool

    @property
    def acceptable(self) -> bool:
        """Whether the passphrase may be used (long enough); a common one is only warned."""
        return self.long_enough


def _pool(text: str) -> int:
    pool = 0
    if any(c in string.ascii_lowercase for c in text):
        pool += 26
    if any(c in string.ascii_uppercase for c in text):
        pool += 26
    if any(c in string.digits for c in text):
        pool += 10
    if any(c == " " for c in text):
        pool += 1
    if any(c in string.punctuation for c in text):
        pool += 33
    if any(ord(c) > 127 for c in text):
        pool += 100
    return max(pool, 1)


def _is_run(a: str, b: str) -> bool:
    """True when ``b`` follows ``a`` in the alphabet, the digits or a keyboard row."""
    a, b = a.lower(), b.lower()
    if a.isalnum() and b.isalnum() and abs(ord(b) - ord(a)) == 1:
        return True
    return any(a + b in row or b + a in row for row in _KEYBOARD_ROWS)


def _effective_length(text: str) -> float:
    """Length with repeats and runs ("aaaa", "1234", "qwer") counted as barely anything."""
    if not text:
        return 0.0
    length = 1.0
    for prev, cur in itertools.pairwise(text):
        if cur == prev or _is_run(prev, cur):
            length += 0.25
        else:
            length += 1.0
    # A passphrase that is one chunk written twice ("abcabc") is no stronger than once.
    half = len(text) // 2
    if len(text) % 2 == 0 and half and text[:half] == text[half:]:
        length /= 2
    return length


def _core(text: str) -> str:
    """Lowercase, undo l33t spelling, drop digits and symbols around the word."""
    folded = text.lower().translate(_LEET)
    return folded.strip(string.digits + string.punctuation + " ")


def is_common(passphrase: str) -> bool:
    """One of the passwords that cracking lists try first (or one dressed up: "Passw0rd!")."""
    lowered = passphrase.strip().lower()
    if lowered in COMMON or _core(passphrase) in COMMON:
        return True
    stripped = lowered.rstrip(string.digits + string.punctuation)
    return stripped in COMMON or len(set(lowered)) <= 2


def estimate(passphrase: str) -> Strength:
    """Score a passphrase 0-4 (weak, weak, fair, good, strong) with a hint to improve it."""
    text = passphrase or ""
    long_enough = len(text) >= MIN_LENGTH
    common = bool(text) and is_common(text)
    bits = _effective_length(text) * math.log2(_pool(text)) if text else 0.0
    words = [w for w in text.split() if len(w) >= 3]
    if len(words) >= 4:
        # Several real words: each is worth roughly a word from a large dictionary.
        bits = max(bits, 11.0 * len(words))
    if not text:
        return Strength(0, "weak", QCoreApplication.translate("Strength",
                "Use at least {MIN_LENGTH} characters. A few unrelated words make a passphrase "
                "that is easy to remember.").format(MIN_LENGTH=MIN_LENGTH), 0.0, False, False)
    if common:
        return Strength(0, "weak", QCoreApplication.translate("Strength",
                "This is one of the most common passwords and is "
                        "guessed first. Choose something else."), min(bits, 10.0),
                        long_enough, True)
    if not long_enough:
        missing = MIN_LENGTH - len(text)
        more = "1 more character" if missing == 1 else f"{missing} more characters"
        return Strength(0, "weak", QCoreApplication.translate("Strength",
                "Too short: add {more} (at least {MIN_LENGTH}).").format(more=more,
                        MIN_LENGTH=MIN_LENGTH),
                        bits, False, False)
    if bits < 36:
        score, hint = 1, "Easy to guess. Make it longer, or use three or four unrelated words."
    elif bits < 50:
        score, hint = 2, "A few more characters or another word would make it good."
    elif bits < 70:
        score, hint = 3, "Longer is still better."
    else:
        score, hint = 4, "Remember it well, or keep it somewhere safe."
    return Strength(score, LABELS[score], hint, bits, True, False)
