"""The printable recovery key: format, forgiving input, guaranteed typo detection."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from healthdesk.store.errors import RecoveryKeyFormatError
from healthdesk.store.recovery import (
    ALPHABET,
    RECOVERY_KEY_GROUPS,
    RECOVERY_KEY_LENGTH,
    format_recovery_key,
    new_recovery_key,
    parse_recovery_key,
    recovery_wrapping_key,
)

KEY_PATTERN = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){8}$")
secrets_20 = st.binary(min_size=20, max_size=20)


def _compact(key: str) -> str:
    return key.replace("-", "")


def _grouped(compact: str) -> str:
    return "-".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def test_new_key_shape_and_round_trip() -> None:
    key = new_recovery_key()
    assert KEY_PATTERN.match(key), key
    assert len(_compact(key)) == RECOVERY_KEY_LENGTH == 36
    assert key.count("-") + 1 == RECOVERY_KEY_GROUPS == 9
    secret = parse_recovery_key(key)
    assert len(secret) == 20
    assert format_recovery_key(secret) == key


def test_new_keys_are_random() -> None:
    assert len({new_recovery_key() for _ in range(20)}) == 20


@given(secrets_20)
@example(bytes(20))
@example(b"\xff" * 20)
@settings(max_examples=100, database=None)
def test_format_parse_round_trip(secret: bytes) -> None:
    key = format_recovery_key(secret)
    assert KEY_PATTERN.match(key)
    assert parse_recovery_key(key) == secret


def test_forgiving_presentation() -> None:
    secret = bytes(range(20))
    key = format_recovery_key(secret)
    compact = _compact(key)
    variants = [
        key.lower(),
        compact,
        compact.lower(),
        " ".join(key.split("-")),
        "  " + " - ".join(key.split("-")) + "\n",
        " ".join(compact),  # one character at a time
        "\t".join(key.split("-")),
    ]
    for variant in variants:
        assert parse_recovery_key(variant) == secret, variant


def test_crockford_aliases_i_l_o() -> None:
    # Find a key with both a '1' and a '0' so the aliases are exercised.
    for n in range(1000):
        key = format_recovery_key(n.to_bytes(20, "big"))
        if "1" in key and "0" in key:
            break
    secret = parse_recovery_key(key)
    for one in "IiLl":
        for zero in "Oo":
            typed = key.replace("1", one).replace("0", zero)
            assert parse_recovery_key(typed) == secret


@given(secrets_20)
@example(bytes(20))
@example(b"\xff" * 20)
@settings(max_examples=150, deadline=None, database=None)
def test_every_single_substitution_is_rejected(secret: bytes) -> None:
    compact = _compact(format_recovery_key(secret))
    for position, original in enumerate(compact):
        for replacement in ALPHABET:
            if replacement == original:
                continue
            typo = compact[:position] + replacement + compact[position + 1 :]
            with pytest.raises(RecoveryKeyFormatError, match="checksum does not match"):
                parse_recovery_key(_grouped(typo))


@given(secrets_20)
@example(bytes(20))
@settings(max_examples=200, deadline=None, database=None)
def test_every_adjacent_swap_is_rejected(secret: bytes) -> None:
    compact = _compact(format_recovery_key(secret))
    for position in range(len(compact) - 1):
        a, b = compact[position], compact[position + 1]
        if a == b:
            continue  # swapping equal characters changes nothing
        swapped = compact[:position] + b + a + compact[position + 2 :]
        with pytest.raises(RecoveryKeyFormatError, match="checksum does not match"):
            parse_recovery_key(_grouped(swapped))


@pytest.mark.parametrize("length", [0, 1, 32, 35, 37, 40])
def test_wrong_length_is_reported(length: int) -> None:
    compact = _compact(new_recovery_key())
    text = (compact * 2)[:length]
    with pytest.raises(RecoveryKeyFormatError) as info:
        parse_recovery_key(_grouped(text))
    message = str(info.value)
    assert "wrong length" in message
    assert "36 characters" in message and "9 groups" in message
    assert f"got {length} characters" in message


@pytest.mark.parametrize("bad", ["U", "u", "*", "é", "_", "."])
def test_invalid_character_is_named_with_its_position(bad: str) -> None:
    compact = _compact(new_recovery_key())
    typo = compact[:13] + bad + compact[14:]
    with pytest.raises(RecoveryKeyFormatError) as info:
        parse_recovery_key(_grouped(typo))
    message = str(info.value)
    assert f"invalid character {bad!r} at position 14" in message
    assert "group 4, character 2" in message


def test_checksum_field_beyond_the_modulus_is_rejected() -> None:
    compact = _compact(format_recovery_key(bytes(20)))
    # The checksum of zero is zero; "ZZZZ" (2**20 - 1) is not a possible checksum at all.
    with pytest.raises(RecoveryKeyFormatError, match="checksum does not match: check for a typo"):
        parse_recovery_key(compact[:32] + "ZZZZ")


def test_errors_are_one_sentence_with_exit_code_2() -> None:
    with pytest.raises(RecoveryKeyFormatError) as info:
        parse_recovery_key("nope")
    assert info.value.exit_code == 2
    assert str(info.value).endswith(".")


def test_wrapping_key_derivation() -> None:
    secret = bytes(range(20))
    salt = b"s" * 32
    key = recovery_wrapping_key(secret, salt)
    assert len(key) == 32
    assert recovery_wrapping_key(secret, salt) == key
    assert recovery_wrapping_key(secret, b"t" * 32) != key
    assert recovery_wrapping_key(bytes(20), salt) != key
    with pytest.raises(ValueError):
        recovery_wrapping_key(b"short", salt)
