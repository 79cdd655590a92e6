"""Passphrase strength: what is refused, what is accepted, and the reasons given."""

from __future__ import annotations

import time

import pytest

from mentorvault.domain.passphrase import MIN_LENGTH, MIN_SCORE, assess
from mentorvault.errors import WeakPassphrase
from mentorvault.vault import check_new_passphrase


@pytest.mark.parametrize(
    "passphrase",
    [
        "",
        "short",
        "password123",
        "1234567890",
        "aaaaaaaaaaaa",
        "qwertyuiopas",
        "mentorvault1",
        "MentorVault2026",
        "Tr0ub4dor",
        "x" * (MIN_LENGTH - 1),
    ],
)
def test_weak_passphrases_are_refused_with_a_reason(passphrase: str) -> None:
    strength = assess(passphrase)
    assert not strength.acceptable
    assert strength.warnings and all(isinstance(w, str) and w for w in strength.warnings)
    with pytest.raises(WeakPassphrase) as info:
        check_new_passphrase(passphrase)
    assert str(info.value).startswith("That passphrase is too weak.")
    assert passphrase == "" or passphrase not in str(info.value)  # never echo the secret


def test_short_but_random_is_still_refused() -> None:
    strength = assess("q7$Zp!2x")  # 8 random characters: guessable offline, and under the minimum length
    assert not strength.acceptable and strength.score <= 1
    assert any(str(MIN_LENGTH) in w for w in strength.warnings)


def test_app_words_count_against_the_passphrase() -> None:
    assert assess("mentorvault mentee").score < assess("plumb ferry tonic").score


@pytest.mark.parametrize(
    "passphrase",
    [
        "correct horse battery staple",
        "xk29 plumb ferry tonic",
        "sieben Zwerge hinter den Bergen",
        "\u65e5\u672c\u8a9e\u306e\u9577\u3044\u5408\u8a00\u8449\u3067\u3059\u3088\u306d",
    ],
)
def test_strong_passphrases_are_accepted(passphrase: str) -> None:
    strength = assess(passphrase)
    assert strength.acceptable and strength.score >= MIN_SCORE
    assert strength.label in ("fair", "strong", "very strong")
    check_new_passphrase(passphrase)


def test_labels() -> None:
    assert assess("").label == "very weak"
    assert assess("correct horse battery staple").label == "very strong"


def _long(length: int) -> str:
    words = "plumb ferry tonic walrus quiet lantern orbit meadow cinder "
    return (words * (length // len(words) + 1))[:length].strip() + "x"


def test_passphrase_of_72_characters() -> None:
    assert assess(_long(71)).acceptable


@pytest.mark.parametrize("length", [73, 100, 50_000])
def test_long_passphrases_are_assessed_quickly(length: int) -> None:
    start = time.perf_counter()
    strength = assess(_long(length))
    assert time.perf_counter() - start < 5
    assert strength.acceptable
    check_new_passphrase(_long(length))
