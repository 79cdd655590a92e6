"""Identities, contact cards and fingerprints."""

from __future__ import annotations

import base64
import hashlib
import json
import struct
from pathlib import Path

import pytest
import segno

from mentorvault.crypto.fingerprint import (
    fingerprint_digits,
    fingerprint_qr_text,
    fingerprint_words,
    qr_png,
    qr_svg,
    wordlist,
    words_match,
)
from mentorvault.crypto.identity import ContactCard, Identity, compute_fingerprint, verify_signature
from mentorvault.errors import IdentityError

VECTOR = json.loads((Path(__file__).resolve().parents[1] / "vectors" / "fingerprint.json").read_text())


@pytest.fixture(scope="module")
def alice() -> Identity:
    return Identity.generate()


def _card_text(**overrides: str) -> str:
    values = {
        "name": "Alice",
        "age-recipient": VECTOR["recipient"],
        "signing-key": base64.b64encode(bytes.fromhex(VECTOR["signing_public_hex"])).decode(),
    }
    values.update(overrides)
    lines = ["MentorVault contact card v1"] + [f"{k}: {v}" for k, v in values.items()]
    return "\n".join(lines) + "\n"


# --- identity ---------------------------------------------------------------


def test_generate_gives_distinct_working_keys(alice: Identity) -> None:
    other = Identity.generate()
    assert alice.recipient.startswith("age1") and alice.recipient != other.recipient
    assert len(alice.signing_public) == 32 and alice.signing_public != other.signing_public
    assert len(alice.fingerprint) == 32 and alice.fingerprint != other.fingerprint


def test_sign_and_verify(alice: Identity) -> None:
    signature = alice.sign(b"hello")
    assert len(signature) == 64
    assert verify_signature(alice.signing_public, signature, b"hello")
    assert not verify_signature(alice.signing_public, signature, b"hellO")
    assert not verify_signature(Identity.generate().signing_public, signature, b"hello")
    assert not verify_signature(alice.signing_public, signature[:-1], b"hello")
    assert not verify_signature(b"\x00" * 31, signature, b"hello")


def test_identity_json_round_trip(alice: Identity) -> None:
    stored = alice.to_json()
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in stored.items())
    assert Identity.from_json(json.loads(json.dumps(stored))) == alice


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d.pop("age_secret"),
        lambda d: d.update(age_secret="AGE-SECRET-KEY-1NOTAKEY"),
        lambda d: d.update(signing_private=base64.b64encode(b"x" * 31).decode()),
        lambda d: d.update(signing_private="%%%"),
        lambda d: d.update(version="2"),
        lambda d: d.update(extra="1"),
    ],
)
def test_identity_from_damaged_json(alice: Identity, mutate: object) -> None:
    stored = alice.to_json()
    mutate(stored)  # type: ignore[operator]
    with pytest.raises(IdentityError):
        Identity.from_json(stored)


def test_identity_repr_hides_secrets(alice: Identity) -> None:
    assert alice.age_secret not in repr(alice)
    assert "AGE-SECRET-KEY" not in repr(alice)


# --- contact cards -------------------------------------------------------------


def test_card_round_trip(alice: Identity) -> None:
    card = alice.card("Alice Example")
    text = card.to_text()
    assert text.splitlines()[0] == "MentorVault contact card v1"
    assert f"age-recipient: {alice.recipient}" in text
    assert ContactCard.from_text(text) == card
    assert card.fingerprint == alice.fingerprint
    # Windows line endings, blank lines and a BOM are tolerated.
    assert ContactCard.from_text("\ufeff" + text.replace("\n", "\r\n\r\n")) == card


def test_card_without_fingerprint_line_parses(alice: Identity) -> None:
    text = "\n".join(
        line for line in alice.card("A").to_text().splitlines() if not line.startswith("fingerprint")
    )
    assert ContactCard.from_text(text) == alice.card("A")


def test_card_accepts_upper_case_recipient_and_normalises_it() -> None:
    card = ContactCard.from_text(_card_text(**{"age-recipient": VECTOR["recipient"].upper()}))
    assert card.recipient == VECTOR["recipient"]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (_card_text(**{"age-recipient": "age1notarecipient"}), "recipient"),
        (_card_text(**{"age-recipient": "ssh-ed25519 AAAA"}), "recipient"),
        (_card_text(**{"age-recipient": VECTOR["age_secret"]}), "recipient"),
        (_card_text(**{"signing-key": base64.b64encode(b"k" * 31).decode()}), "signing key"),
        (_card_text(**{"signing-key": base64.b64encode(b"k" * 33).decode()}), "signing key"),
        (_card_text(**{"signing-key": "not base64!"}), "signing key"),
        (_card_text(name="Ali\u202ece"), "name"),
        (_card_text(name="Ali\u2067ce"), "name"),
        (_card_text(name="Ali\x07ce"), "name"),
        (_card_text(name="x" * 81), "name"),
        (_card_text(name=""), "name"),
        (_card_text() + "name: Mallory\n", "more than once"),
        (_card_text() + "age-recipient: " + VECTOR["recipient"] + "\n", "more than once"),
        (_card_text() + "photo: https://example.org/a.png\n", "Line 5"),
        (_card_text() + "this line has no colon\n", "Line 5"),
        (_card_text().replace("MentorVault contact card v1", "MentorVault contact card v2"), "first line"),
        ("", "first line"),
        (_card_text() + "# padding " + "x" * 9000 + "\n", "too large"),
        (_card_text(fingerprint="abandon " * 9), "fingerprint"),
        (_card_text().replace("name: Alice\n", ""), "'name'"),
    ],
)
def test_hostile_cards_refused(text: str, reason: str) -> None:
    with pytest.raises(IdentityError, match=reason) as info:
        ContactCard.from_text(text)
    message = str(info.value)
    assert "\n" not in message and "Traceback" not in message


def test_card_fingerprint_line_mismatch_names_the_problem(alice: Identity) -> None:
    good = alice.card("Alice").to_text()
    other_words = " ".join(fingerprint_words(Identity.generate().fingerprint))
    lines = [
        f"fingerprint: {other_words}" if line.startswith("fingerprint:") else line
        for line in good.splitlines()
    ]
    with pytest.raises(IdentityError, match="fingerprint line does not match"):
        ContactCard.from_text("\n".join(lines))


def test_card_fingerprint_line_may_be_digits(alice: Identity) -> None:
    card = alice.card("Alice")
    lines = [
        f"fingerprint: {fingerprint_digits(card.fingerprint)}" if line.startswith("fingerprint:") else line
        for line in card.to_text().splitlines()
    ]
    assert ContactCard.from_text("\n".join(lines)) == card


def test_card_bytes_that_are_not_utf8_refused() -> None:
    with pytest.raises(IdentityError, match="UTF-8"):
        ContactCard.from_text(_card_text().encode().replace(b"Alice", b"Al\xffce"))  # type: ignore[arg-type]


def test_card_constructor_validates(alice: Identity) -> None:
    with pytest.raises(IdentityError):
        ContactCard("Alice", alice.recipient, b"\x01" * 16)
    with pytest.raises(IdentityError):
        ContactCard("Alice", "age1xyz", alice.signing_public)
    with pytest.raises(IdentityError, match="lower case"):
        ContactCard("Alice", alice.recipient.upper(), alice.signing_public)
    with pytest.raises(IdentityError):
        alice.card(" Alice")
    with pytest.raises(IdentityError):
        alice.card("Line\u2028Break")


def test_card_name_allows_unicode_letters(alice: Identity) -> None:
    card = alice.card("Zoë Ωmega 李")
    assert ContactCard.from_text(card.to_text()).name == "Zoë Ωmega 李"


# --- fingerprints ----------------------------------------------------------------


def test_fingerprint_known_answer() -> None:
    identity = Identity(VECTOR["age_secret"], bytes.fromhex(VECTOR["signing_private_hex"]))
    assert identity.recipient == VECTOR["recipient"]
    assert identity.signing_public.hex() == VECTOR["signing_public_hex"]
    fp = identity.fingerprint
    assert fp.hex() == VECTOR["fingerprint_hex"]
    # The documented construction, computed here independently.
    preimage = b"mentorvault-fingerprint-v1\x00" + VECTOR["recipient"].encode() + b"\x00"
    assert hashlib.sha256(preimage + bytes.fromhex(VECTOR["signing_public_hex"])).digest() == fp
    assert compute_fingerprint(VECTOR["recipient"], identity.signing_public) == fp
    assert fingerprint_words(fp) == VECTOR["words"]
    assert fingerprint_digits(fp) == VECTOR["digits"]
    assert fingerprint_qr_text(fp) == VECTOR["qr_text"]
    card_text = identity.card("Vector").to_text()
    assert f"fingerprint: {' '.join(VECTOR['words'])}\n" in card_text


def test_wordlist_is_bip39_english() -> None:
    words = wordlist()
    assert len(words) == 2048 == len(set(words))
    assert words[0] == "abandon" and words[-1] == "zoo"
    assert hashlib.sha256(("\n".join(words) + "\n").encode()).hexdigest() == (
        "2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda"
    )


def test_fingerprint_words_take_first_99_bits() -> None:
    words = wordlist()
    assert fingerprint_words(bytes(32)) == ["abandon"] * 9
    assert fingerprint_words(b"\xff" * 32) == ["zoo"] * 9
    # Bit 99 onwards must not matter; bit 98 must.
    fp = bytearray(32)
    fp[12] = 0x1F  # bits 99..103 of the first 13 bytes
    assert fingerprint_words(bytes(fp)) == ["abandon"] * 9
    fp[12] = 0x20  # bit 98 = lowest bit of the ninth index
    assert fingerprint_words(bytes(fp)) == ["abandon"] * 8 + [words[1]]


def test_fingerprint_words_and_digits_shape(alice: Identity) -> None:
    words = fingerprint_words(alice.fingerprint)
    assert len(words) == 9 and all(word in wordlist() for word in words)
    assert fingerprint_words(alice.fingerprint) == words
    digits = fingerprint_digits(alice.fingerprint)
    groups = digits.split(" ")
    assert len(groups) == 6 and all(len(g) == 5 and g.isdigit() for g in groups)
    assert fingerprint_digits(b"\xff" * 32) != fingerprint_digits(b"\xfe" + b"\xff" * 31)
    with pytest.raises(ValueError):
        fingerprint_words(b"short")


def test_words_match_accepts_formatting_variants() -> None:
    fp = bytes.fromhex(VECTOR["fingerprint_hex"])
    words = VECTOR["words"]
    digits = VECTOR["digits"]
    variants = [
        " ".join(words),
        "  " + "   ".join(w.upper() for w in words) + "\n",
        ", ".join(words),
        "-".join(words),
        " ".join(words[:3]) + "\n" + " ".join(words[3:6]) + " - " + " ".join(words[6:]),
        digits,
        digits.replace(" ", ""),
        digits.replace(" ", "-"),
        VECTOR["qr_text"],
        VECTOR["qr_text"].upper(),
    ]
    for text in variants:
        assert words_match(fp, text), text


def test_words_match_rejects_one_wrong_word_or_digit() -> None:
    fp = bytes.fromhex(VECTOR["fingerprint_hex"])
    words = list(VECTOR["words"])
    for position in range(9):
        wrong = list(words)
        wrong[position] = "abandon" if words[position] != "abandon" else "ability"
        assert not words_match(fp, " ".join(wrong))
    assert not words_match(fp, " ".join(words[:8]))
    assert not words_match(fp, " ".join(words + ["zoo"]))
    assert not words_match(fp, " ".join(reversed(words)))
    digits = VECTOR["digits"]
    assert not words_match(fp, digits[:-1] + ("0" if digits[-1] != "0" else "1"))
    assert not words_match(fp, "")
    assert not words_match(fp, "mentorvault-fp:" + "00" * 32)


def test_qr_codes_carry_the_fingerprint(alice: Identity) -> None:
    text = fingerprint_qr_text(alice.fingerprint)
    assert text == "mentorvault-fp:" + alice.fingerprint.hex()
    symbol = segno.make_qr(text, error="m")
    png = qr_png(text, scale=4)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) == symbol.symbol_size(scale=4) == ((len(symbol.matrix) + 8) * 4,) * 2
    assert struct.unpack(">II", qr_png(text, scale=8)[16:24]) == symbol.symbol_size(scale=8)
    svg = qr_svg(text)
    assert svg.lstrip().startswith("<svg") and svg.rstrip().endswith("</svg>")
    assert qr_svg(text) == svg and qr_svg(fingerprint_qr_text(Identity.generate().fingerprint)) != svg
