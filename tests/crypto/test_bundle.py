"""Sealing and opening bundles (format 3): encryption, signature, pinned sender, recipient list,
and each recipient's private part (sealed to that recipient alone, padded to one length)."""

from __future__ import annotations

import base64
import hashlib
import json
import random
from collections.abc import Callable
from typing import Any

import pyrage
import pytest

from mentorvault.crypto import bundle as bundle_mod
from mentorvault.crypto.bundle import (
    MAX_BUNDLE_BYTES,
    OpenedBundle,
    open_bundle,
    open_part,
    pad_parts,
    seal_bundle,
    seal_part,
    sender_block,
)
from mentorvault.crypto.identity import ContactCard, Identity, verify_signature
from mentorvault.domain.strictjson import dumps_canonical
from mentorvault.errors import BundleRejected

ALICE = Identity.generate()
BOB = Identity.generate()
CAROL = Identity.generate()
MALLORY = Identity.generate()
ALICE_CARD = ALICE.card("Alice")
BOB_CARD = BOB.card("Bob")
CAROL_CARD = CAROL.card("Carol")
MALLORY_CARD = MALLORY.card("Mallory")


def partners(*cards: ContactCard) -> Callable[[str], ContactCard | None]:
    pinned = {card.fingerprint.hex(): card for card in cards}
    return pinned.get


_SEALED_PARTS: dict[str, str] = {}


def sealed_part_for(card: ContactCard) -> str:
    """A private part sealed to ``card`` (made once per card, so manifests compare equal)."""
    fp = card.fingerprint.hex()
    if fp not in _SEALED_PARTS:
        _SEALED_PARTS[fp] = seal_part(pad_parts([dumps_canonical({"recipient": fp, "seq": 7})])[0], card)
    return _SEALED_PARTS[fp]


def manifest_for(
    who: Identity, to: list[ContactCard], name: str = "Alice", /, **extra: Any
) -> dict[str, Any]:
    manifest: dict[str, Any] = {
        "format_version": 3,
        "bundle_id": "6f1c1f8e-2f0a-4a57-9b0e-0d2b3c4d5e6f",
        "created_at": "2026-03-14T09:30:00Z",
        "sender": sender_block(who, name),
        "recipients": [card.fingerprint.hex() for card in to],
        "parts": {card.fingerprint.hex(): sealed_part_for(card) for card in to},
        "entries": [
            {
                "id": "0b7e2f52-5a0e-4f3f-8a8e-9a3c0f1d2e4b",
                "kind": "reflection",
                "title": "After our call",
                "body": 'Ünïcode and "quotes" and [brackets] {braces}',
                "fields": {"prompt_id": "auth-03", "answer": "Listening more."},
                "tags": ["growth"],
                "content_hash": "ab" * 32,
                "written_at": "2026-03-13T20:00:00Z",
            }
        ],
    }
    manifest.update(extra)
    return manifest


# Format 3 as docs/bundle-format.md defines it, written out here rather than taken from the module.
HEADER = b"mentorvault-bundle/3\n"
CONTEXT = b"mentorvault-bundle-v3\x00"
PART_PAD = 1024
# Format 2's, for bundles from a partner who has not upgraded.
HEADER_V2 = b"mentorvault-bundle/2\n"
CONTEXT_V2 = b"mentorvault-bundle-v2\x00"
OLDER = (
    "This bundle was made by an older version of MentorVault. Ask your partner to update "
    "MentorVault and export it again."
)


def plaintext(manifest_bytes: bytes, signature: bytes, header: bytes = HEADER) -> bytes:
    return header + signature + manifest_bytes


def signed(manifest_bytes: bytes, signer: Identity) -> bytes:
    return signer.sign(CONTEXT + hashlib.sha256(manifest_bytes).digest())


def split(plain: bytes) -> tuple[bytes, bytes]:
    """(manifest_bytes, signature) of a format-3 plaintext."""
    assert plain.startswith(HEADER)
    return plain[len(HEADER) + 64:], plain[len(HEADER):len(HEADER) + 64]


def encrypt_to(plaintext: bytes, *recipients: str) -> bytes:
    return pyrage.encrypt(plaintext, [pyrage.x25519.Recipient.from_str(r) for r in recipients])


@pytest.fixture(scope="module")
def sealed() -> bytes:
    return seal_bundle(manifest_for(ALICE, [BOB_CARD]), ALICE, [BOB_CARD])


def refused(data: bytes, me: Identity = BOB, known: Callable[[str], ContactCard | None] | None = None) -> str:
    with pytest.raises(BundleRejected) as info:
        open_bundle(data, me, known or partners(ALICE_CARD, CAROL_CARD))
    message = str(info.value)
    assert message and "\n" not in message and "Traceback" not in message
    return message


# --- the happy paths ------------------------------------------------------------


def test_round_trip(sealed: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    def never(*args: object, **kwargs: object) -> object:
        raise AssertionError("bundles are decrypted in memory only")

    monkeypatch.setattr(pyrage, "decrypt_file", never)
    monkeypatch.setattr(pyrage, "decrypt_io", never)
    pinned = ALICE.card("Alice (met in person)")
    opened = open_bundle(sealed, BOB, partners(pinned))
    assert isinstance(opened, OpenedBundle)
    expected = manifest_for(ALICE, [BOB_CARD])
    assert opened.manifest == expected
    assert opened.manifest_bytes == dumps_canonical(expected)
    assert opened.sender_card == pinned  # the locally pinned card, not the manifest's claimed name
    assert verify_signature(
        ALICE.signing_public, opened.signature, CONTEXT + hashlib.sha256(opened.manifest_bytes).digest()
    )
    assert pyrage.decrypt(sealed, [BOB.age_identity()]) == plaintext(opened.manifest_bytes, opened.signature)
    assert sealed.startswith(b"age-encryption.org/v1\n")
    assert b"After our call" not in sealed


def test_several_recipients_each_open() -> None:
    data = seal_bundle(manifest_for(ALICE, [BOB_CARD, CAROL_CARD]), ALICE, [BOB_CARD, CAROL_CARD])
    assert open_bundle(data, BOB, partners(ALICE_CARD)).manifest["recipients"] == [
        BOB_CARD.fingerprint.hex(),
        CAROL_CARD.fingerprint.hex(),
    ]
    assert open_bundle(data, CAROL, partners(ALICE_CARD)).sender_card == ALICE_CARD


def test_sender_can_reopen_own_bundle(sealed: bytes) -> None:
    opened = open_bundle(sealed, ALICE, partners())
    assert opened.manifest["recipients"] == [BOB_CARD.fingerprint.hex()]
    assert opened.sender_card.fingerprint == ALICE.fingerprint


def test_each_seal_is_fresh() -> None:
    manifest = manifest_for(ALICE, [BOB_CARD])
    assert seal_bundle(manifest, ALICE, [BOB_CARD]) != seal_bundle(manifest, ALICE, [BOB_CARD])


# --- seal_bundle checks its arguments -------------------------------------------


@pytest.mark.parametrize(
    ("manifest", "recipients"),
    [
        (manifest_for(ALICE, [BOB_CARD]), [CAROL_CARD]),
        (manifest_for(ALICE, [BOB_CARD]), [BOB_CARD, CAROL_CARD]),
        (manifest_for(ALICE, [BOB_CARD, BOB_CARD]), [BOB_CARD, BOB_CARD]),
        (manifest_for(ALICE, [BOB_CARD]), []),
        (manifest_for(MALLORY, [BOB_CARD]), [BOB_CARD]),
        (manifest_for(ALICE, [BOB_CARD], sender={"name": "Alice"}), [BOB_CARD]),
        (manifest_for(ALICE, [BOB_CARD], recipients=None), [BOB_CARD]),
        (manifest_for(ALICE, [BOB_CARD], "Al\u202eice"), [BOB_CARD]),
        (manifest_for(ALICE, [ALICE_CARD]), [ALICE_CARD]),
    ],
)
def test_seal_refuses_inconsistent_manifest(manifest: dict[str, Any], recipients: list[ContactCard]) -> None:
    with pytest.raises(ValueError):
        seal_bundle(manifest, ALICE, recipients)


def test_seal_refuses_what_the_recipient_would_refuse() -> None:
    deep: Any = []
    for _ in range(40):
        deep = [deep]
    with pytest.raises(ValueError):
        seal_bundle(manifest_for(ALICE, [BOB_CARD], extra=deep), ALICE, [BOB_CARD])
    with pytest.raises(ValueError):
        seal_bundle(manifest_for(ALICE, [BOB_CARD], extra=float("nan")), ALICE, [BOB_CARD])


# --- who may open it ---------------------------------------------------------------


def test_third_party_cannot_open(sealed: bytes) -> None:
    assert "could not be decrypted" in refused(sealed, me=CAROL)


def test_unknown_sender_refused(sealed: bytes) -> None:
    message = refused(sealed, known=partners(CAROL_CARD))
    assert (
        message
        == "This bundle comes from someone who is not one of your partners. Add their contact card first."
    )


def test_pinned_card_with_other_keys_refused(sealed: bytes) -> None:
    def lying_lookup(fp_hex: str) -> ContactCard | None:
        return MALLORY_CARD  # a vault bug or a swapped card: keys do not match the claim

    assert refused(sealed, known=lying_lookup).startswith("Warning:")


def test_wrong_signer_claiming_to_be_partner_refused() -> None:
    # Mallory knows Alice's public card and Bob's recipient, and signs with her own key.
    manifest_bytes = dumps_canonical(manifest_for(ALICE, [BOB_CARD]))
    forged = encrypt_to(plaintext(manifest_bytes, signed(manifest_bytes, MALLORY)), BOB.recipient)
    assert "signature" in refused(forged)


def test_claimed_keys_not_matching_claimed_fingerprint_refused() -> None:
    manifest = manifest_for(ALICE, [BOB_CARD])
    manifest["sender"]["signing_key"] = base64.b64encode(MALLORY.signing_public).decode()
    manifest_bytes = dumps_canonical(manifest)
    forged = encrypt_to(plaintext(manifest_bytes, signed(manifest_bytes, MALLORY)), BOB.recipient)
    assert "damaged or has been tampered" in refused(forged)


def test_reencryption_to_third_party_refused(sealed: bytes) -> None:
    # Bob decrypts Alice's bundle and re-encrypts the very same signed plaintext to Carol.
    plain = pyrage.decrypt(sealed, [BOB.age_identity()])
    forwarded = encrypt_to(plain, CAROL.recipient)
    assert refused(forwarded, me=CAROL) == "This bundle was not addressed to you."
    # Adding Carol to the recipient list breaks Alice's signature.
    manifest_bytes, signature = split(plain)
    manifest = json.loads(manifest_bytes)
    manifest["recipients"].append(CAROL_CARD.fingerprint.hex())
    widened = encrypt_to(plaintext(dumps_canonical(manifest), signature), CAROL.recipient)
    assert "signature" in refused(widened, me=CAROL)


def test_bundle_claiming_to_be_from_me_needs_my_signature() -> None:
    manifest_bytes = dumps_canonical(manifest_for(BOB, [ALICE_CARD], "Bob"))
    forged = encrypt_to(plaintext(manifest_bytes, signed(manifest_bytes, MALLORY)), BOB.recipient)
    assert "signature" in refused(forged)


# --- damaged files ---------------------------------------------------------------------


def test_truncated_bundles_refused(sealed: bytes) -> None:
    header_end = sealed.index(b"\n---") + 1
    lengths = set(range(0, len(sealed), 37)) | {
        1,
        header_end - 1,
        header_end,
        header_end + 47,
        len(sealed) - 1,
    }
    lengths |= set(range(len(sealed) - 20, len(sealed)))
    for length in sorted(lengths):
        refused(sealed[:length])


def test_bit_flips_refused(sealed: bytes) -> None:
    header_end = sealed.index(b"\n---") + 1
    rng = random.Random(1234)
    header_positions = rng.sample(range(len(b"age-encryption.org/v1\n"), header_end), 40)
    mac_positions = rng.sample(range(header_end, sealed.index(b"\n", header_end) + 1), 10)
    payload_start = sealed.index(b"\n", header_end) + 1
    payload_positions = rng.sample(range(payload_start, len(sealed)), 40)
    for position in header_positions + mac_positions + payload_positions:
        damaged = bytearray(sealed)
        damaged[position] ^= 1 << rng.randrange(8)
        refused(bytes(damaged))


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"hello",
        b"PK\x03\x04" + b"\x00" * 100,
        b"age-encryption.org/v2\n",
        b"-----BEGIN AGE ENCRYPTED FILE-----\n",
    ],
)
def test_not_an_age_file_refused(data: bytes) -> None:
    refused(data)


def test_armored_bundle_refused(sealed: bytes) -> None:
    plain = pyrage.decrypt(sealed, [BOB.age_identity()])
    armored = pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(BOB.recipient)], armored=True)
    assert refused(armored) == "This file is not a MentorVault bundle."


def test_oversize_refused_without_decrypting(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object, **kwargs: object) -> bytes:
        raise AssertionError("an oversize file must be refused before decryption")

    monkeypatch.setattr(pyrage, "decrypt", boom)
    data = b"age-encryption.org/v1\n" + bytes(MAX_BUNDLE_BYTES + 1 - 22)
    assert len(data) == MAX_BUNDLE_BYTES + 1
    assert "too large" in refused(data)


# --- hostile plaintext inside valid age encryption -----------------------------------


GOOD_MANIFEST = dumps_canonical(manifest_for(ALICE, [BOB_CARD]))
GOOD_SIGNATURE = signed(GOOD_MANIFEST, ALICE)
GOOD_PLAINTEXT = plaintext(GOOD_MANIFEST, GOOD_SIGNATURE)


def v1_envelope(manifest_bytes: bytes, signer: Identity) -> bytes:
    """What version 1 encrypted: a JSON envelope, base64 inside, signed without the prehash."""
    return dumps_canonical({
        "format": "mentorvault-bundle",
        "version": 1,
        "manifest": base64.b64encode(manifest_bytes).decode(),
        "signature": base64.b64encode(signer.sign(b"mentorvault-bundle-v1\x00" + manifest_bytes)).decode(),
    })


def test_the_valid_plaintext_opens() -> None:
    """Control for the hostile plaintexts below: made by hand the same way, it opens."""
    opened = open_bundle(encrypt_to(GOOD_PLAINTEXT, BOB.recipient), BOB, partners(ALICE_CARD))
    assert opened.manifest_bytes == GOOD_MANIFEST and opened.signature == GOOD_SIGNATURE


# Damaged framing around a genuinely signed manifest; each says "tampered".
TAMPERED_PLAINTEXTS = {
    "header only": HEADER,
    "header without its newline": HEADER[:-1],
    "header and half a signature": HEADER + GOOD_SIGNATURE[:32],
    "header and 63 bytes of signature": HEADER + GOOD_SIGNATURE[:63],
    "header and signature, no manifest": HEADER + GOOD_SIGNATURE,
    "manifest cut short": GOOD_PLAINTEXT[:-1],
    "newline missing from the header": HEADER[:-1] + b"\r" + GOOD_SIGNATURE + GOOD_MANIFEST,
    "space in the header": b"mentorvault-bundle/3 \n" + GOOD_SIGNATURE + GOOD_MANIFEST,
    "version 03": b"mentorvault-bundle/03\n" + GOOD_SIGNATURE + GOOD_MANIFEST,
    "version 02": b"mentorvault-bundle/02\n" + GOOD_SIGNATURE + GOOD_MANIFEST,
    "version 0": b"mentorvault-bundle/0\n" + GOOD_SIGNATURE + GOOD_MANIFEST,
    "version with a sign": b"mentorvault-bundle/+3\n" + GOOD_SIGNATURE + GOOD_MANIFEST,
    "version in other digits": "mentorvault-bundle/\u0663\n".encode() + GOOD_SIGNATURE + GOOD_MANIFEST,
    "no version": b"mentorvault-bundle/\n" + GOOD_SIGNATURE + GOOD_MANIFEST,
    "signature 63 bytes": HEADER + GOOD_SIGNATURE[:63] + GOOD_MANIFEST,
    "signature 65 bytes": HEADER + GOOD_SIGNATURE + b"\x00" + GOOD_MANIFEST,
    "signature after the manifest": HEADER + GOOD_MANIFEST + GOOD_SIGNATURE,
    "signature twice": HEADER + GOOD_SIGNATURE * 2 + GOOD_MANIFEST,
    "header twice": HEADER + HEADER + GOOD_SIGNATURE + GOOD_MANIFEST,
    "manifest with a trailing newline, signed": plaintext(GOOD_MANIFEST + b"\n", signed(GOOD_MANIFEST + b"\n", ALICE)),
}


@pytest.mark.parametrize("name", sorted(TAMPERED_PLAINTEXTS))
def test_damaged_framing_refused(name: str) -> None:
    assert "damaged or has been tampered" in refused(encrypt_to(TAMPERED_PLAINTEXTS[name], BOB.recipient))


@pytest.mark.parametrize(
    "data",
    [b"", b"mentorvault-bundle", b"MENTORVAULT-BUNDLE/3\n", b" mentorvault-bundle/3\n", b"\xef\xbb\xbf" + HEADER,
     b"\x00" * 200, b'{"format":"mentorvault-bundl', b'{"version":1,"format":"mentorvault-bundle"}', b"[]",
     GOOD_MANIFEST, GOOD_SIGNATURE + GOOD_MANIFEST],
)
def test_plaintext_without_a_bundle_header_is_not_a_bundle(data: bytes) -> None:
    assert refused(encrypt_to(data, BOB.recipient)) == "This file is not a MentorVault bundle."


@pytest.mark.parametrize("version", [b"4", b"5", b"10", b"255"])
def test_newer_version_says_update(version: bytes) -> None:
    data = b"mentorvault-bundle/" + version + b"\n" + b"whatever a later version carries"
    message = refused(encrypt_to(data, BOB.recipient))
    assert message == (
        "This bundle was made by a newer version of MentorVault. Update MentorVault, then import it again."
    )


def test_format_2_bundle_asks_the_partner_to_update() -> None:
    """A genuine format-2 bundle (its header, its signature context) is refused, not imported with weaker
    guarantees; so is format 2's header on anything, and the header line "1" (never written: version 1
    was a JSON envelope)."""
    v2 = HEADER_V2 + ALICE.sign(CONTEXT_V2 + hashlib.sha256(GOOD_MANIFEST).digest()) + GOOD_MANIFEST
    for data in (v2, HEADER_V2 + GOOD_SIGNATURE + GOOD_MANIFEST, HEADER_V2,
                 b"mentorvault-bundle/1\n" + GOOD_SIGNATURE + GOOD_MANIFEST):
        assert refused(encrypt_to(data, BOB.recipient)) == OLDER


def test_version_1_bundle_asks_the_partner_to_update() -> None:
    """A genuine version-1 bundle (valid envelope, valid v1 signature) is refused with a message saying so."""
    for data in (v1_envelope(GOOD_MANIFEST, ALICE), b'{"format":"mentorvault-bundle"}',
                 b'{"format":"mentorvault-bundle","version":1,"manifest":"!!"}'):
        message = refused(encrypt_to(data, BOB.recipient))
        assert message == OLDER


@pytest.mark.parametrize(
    "message",
    [
        GOOD_MANIFEST,  # no context, no prehash
        CONTEXT + GOOD_MANIFEST,  # the context, but no prehash
        hashlib.sha256(GOOD_MANIFEST).digest(),  # the prehash, but no context
        b"mentorvault-bundle-v1\x00" + GOOD_MANIFEST,  # what version 1 signed
        b"mentorvault-bundle-v1\x00" + hashlib.sha256(GOOD_MANIFEST).digest(),  # the version-1 context
        CONTEXT + hashlib.sha512(GOOD_MANIFEST).digest(),  # another hash
        CONTEXT[:-1] + hashlib.sha256(GOOD_MANIFEST).digest(),  # the context without its NUL
        CONTEXT_V2 + hashlib.sha256(GOOD_MANIFEST).digest(),  # what format 2 signed
    ],
)
def test_signature_over_anything_but_the_v3_message_refused(message: bytes) -> None:
    forged = encrypt_to(plaintext(GOOD_MANIFEST, ALICE.sign(message)), BOB.recipient)
    assert "signature" in refused(forged)


def _signed_manifest_bundle(manifest_bytes: bytes) -> bytes:
    return encrypt_to(plaintext(manifest_bytes, signed(manifest_bytes, ALICE)), BOB.recipient)


def _respelled(**json_kwargs: Any) -> bytes:
    return json.dumps(manifest_for(ALICE, [BOB_CARD]), allow_nan=False, **json_kwargs).encode()


# The good manifest's very data, in spellings that are not canonical JSON.
RESPELLED = {
    "spaces after separators": _respelled(sort_keys=True, ensure_ascii=False),
    "indented": _respelled(sort_keys=True, ensure_ascii=False, indent=1),
    "unsorted keys": _respelled(separators=(",", ":"), ensure_ascii=False),
    "non-ASCII escaped": _respelled(sort_keys=True, separators=(",", ":")),
    "one letter escaped (\\u00dc for Ü)": GOOD_MANIFEST.replace("Ü".encode(), b"\\u00dc"),
    "hyphen as \\u002d": GOOD_MANIFEST.replace(b"2026-03-13T20", b"2026\\u002d03-13T20"),
    "quotes as \\u escapes": GOOD_MANIFEST.replace(b'\\"quotes\\"', b'\\u0022quotes\\u0022'),
    "duplicate key, same value": GOOD_MANIFEST[:-1] + b',"format_version":3}',
    "leading space": b" " + GOOD_MANIFEST,
    "trailing newline": GOOD_MANIFEST + b"\n",
}
# Other non-canonical text: a key given twice with two values, numbers spelled as no writer would.
NON_CANONICAL = {
    **RESPELLED,
    "duplicate key, other value": GOOD_MANIFEST[:-1] + b',"entries":[]}',
    "integer with exponent": GOOD_MANIFEST.replace(b'"format_version":3', b'"format_version":3e0'),
    "negative zero": GOOD_MANIFEST[:-1] + b',"x":-0}',
    "integer beyond 64 bits": GOOD_MANIFEST.replace(b'"format_version":3', b'"format_version":18446744073709551616'),
    "byte order mark": b"\xef\xbb\xbf" + GOOD_MANIFEST,
}


def test_respelled_manifests_hold_the_same_data() -> None:
    """So their refusals below are for the spelling alone."""
    for name, raw in RESPELLED.items():
        assert raw != GOOD_MANIFEST, name
        assert json.loads(raw) == json.loads(GOOD_MANIFEST), name
    assert all(raw != GOOD_MANIFEST for raw in NON_CANONICAL.values())


@pytest.mark.parametrize("name", sorted(NON_CANONICAL))
def test_non_canonical_manifest_refused_even_when_signed(name: str) -> None:
    assert "damaged or has been tampered" in refused(_signed_manifest_bundle(NON_CANONICAL[name]))


def test_hostile_manifests_refused_even_when_signed() -> None:
    good = GOOD_MANIFEST.decode()
    for body in [
        good[:-1] + ',"entries":[]}',  # duplicate key
        good.replace('"format_version":3', '"format_version":NaN'),
        good.replace('"format_version":3', '"format_version":1e999'),
        good[:-1] + ',"x":' + "[" * 50_000 + "]" * 50_000 + "}",
        "[" * 100_000,
        "[]",
        '"just a string"',
        good[:-1],
    ]:
        assert "tampered" in refused(_signed_manifest_bundle(body.encode()))
    assert "tampered" in refused(_signed_manifest_bundle(GOOD_MANIFEST.replace(b"After", b"\xffAfter")))


@pytest.mark.parametrize(
    "sender",
    [
        None,
        "Alice",
        {"name": "Alice"},
        {**sender_block(ALICE, "Alice"), "extra": "x"},
        {**sender_block(ALICE, "Alice"), "fingerprint": 5},
        {**sender_block(ALICE, "Alice"), "fingerprint": ALICE.fingerprint.hex().upper()},
        {**sender_block(ALICE, "Alice"), "signing_key": "not base64"},
        {**sender_block(ALICE, "Alice"), "recipient": "age1ünïcode"},
    ],
)
def test_malformed_sender_refused(sender: Any) -> None:
    manifest = manifest_for(ALICE, [BOB_CARD])
    manifest["sender"] = sender
    assert "tampered" in refused(_signed_manifest_bundle(dumps_canonical(manifest)))


@pytest.mark.parametrize("recipients", [None, "x", [5], {"a": 1}])
def test_malformed_recipient_list_refused(recipients: Any) -> None:
    manifest = manifest_for(ALICE, [BOB_CARD], recipients=recipients)
    assert "tampered" in refused(_signed_manifest_bundle(dumps_canonical(manifest)))


def test_empty_recipient_list_is_not_addressed_to_me() -> None:
    manifest = manifest_for(ALICE, [BOB_CARD], recipients=[])
    assert (
        refused(_signed_manifest_bundle(dumps_canonical(manifest))) == "This bundle was not addressed to you."
    )


def test_module_surface() -> None:
    assert bundle_mod.VERSION == 3
    assert bundle_mod.HEADER == b"mentorvault-bundle/3\n"
    assert bundle_mod.SIGNATURE_CONTEXT == b"mentorvault-bundle-v3\x00"
    assert bundle_mod.PART_PAD == PART_PAD
    assert bundle_mod.SIGNATURE_BYTES == 64
    assert bundle_mod.MAX_BUNDLE_BYTES == 160 * 1024 * 1024
    assert bundle_mod.MAX_MANIFEST_BYTES == 159 * 1024 * 1024
    assert bundle_mod.MAX_MANIFEST_DEPTH == 32
    # What is left under the bundle cap covers the header line, the signature and age's own
    # overhead (its header and a 16-byte tag per 64 KiB chunk) for a manifest at its cap.
    overhead = len(HEADER) + 64 + 16 * -(-bundle_mod.MAX_MANIFEST_BYTES // 65536) + 4096
    assert bundle_mod.MAX_MANIFEST_BYTES + overhead < bundle_mod.MAX_BUNDLE_BYTES
    assert bundle_mod.signed_message(GOOD_MANIFEST) == CONTEXT + hashlib.sha256(GOOD_MANIFEST).digest()
    assert bundle_mod.plaintext_bytes(GOOD_MANIFEST, GOOD_SIGNATURE) == GOOD_PLAINTEXT


def test_split_plaintext_is_the_inverse_of_plaintext_bytes() -> None:
    rng = random.Random(9)
    for n in (1, 2, 63, 64, 65, 4097):
        manifest_bytes, signature = rng.randbytes(n), rng.randbytes(64)
        joined = bundle_mod.plaintext_bytes(manifest_bytes, signature)
        assert joined == HEADER + signature + manifest_bytes
        assert bundle_mod._split_plaintext(joined) == (manifest_bytes, signature)


# --- private parts ------------------------------------------------------------------------


def test_pad_parts_pads_with_spaces_to_one_length_in_steps() -> None:
    assert pad_parts([]) == []
    for lengths in ([1], [1, 1023], [1024], [1025, 3], [5000, 10, 2048]):
        parts = [bytes([65 + i]) * n for i, n in enumerate(lengths)]
        padded = pad_parts(parts)
        size = -(-max(lengths) // PART_PAD) * PART_PAD
        assert [len(p) for p in padded] == [size] * len(parts)
        for original, p in zip(parts, padded, strict=False):
            assert p.startswith(original) and set(p[len(original):]) <= {ord(" ")}


def test_a_part_opens_for_its_recipient_alone_without_its_padding() -> None:
    raw = dumps_canonical({"recipient": BOB_CARD.fingerprint.hex(), "seq": 3})
    sealed = seal_part(pad_parts([raw, b"x" * 3000])[0], BOB_CARD)
    assert isinstance(sealed, str) and base64.b64decode(sealed).startswith(b"age-encryption.org/v1\n")
    assert open_part(sealed, BOB) == raw
    assert pyrage.decrypt(base64.b64decode(sealed), [BOB.age_identity()]) == raw + b" " * (PART_PAD * 3 - len(raw))
    for other in (ALICE, CAROL):  # nor the sender, nor another recipient of the same bundle
        with pytest.raises(BundleRejected) as info:
            open_part(sealed, other)
        assert "damaged or has been tampered" in str(info.value)


def test_a_part_keeps_what_is_not_padding() -> None:
    """Only spaces are padding: anything else after the JSON stays, for the JSON parser to refuse."""
    for tail in (b"\n", b"\x00", b" x", b"\t "):
        assert open_part(seal_part(b"{}" + tail, BOB_CARD), BOB) == (b"{}" + tail).rstrip(b" ")


@pytest.mark.parametrize(
    "value",
    [None, 7, ["x"], "", "not base64!", base64.b64encode(b"hello").decode(),
     base64.b64encode(b"age-encryption.org/v1\n-> X25519 nothing\n").decode(),
     base64.b64encode(b"age-encryption.org/v1\n").decode()[:-1],
     base64.b64encode(b"age-encryption.org/v1\n").decode() + "\n",
     "QR==",  # non-zero unused bits: another spelling of "A"
     ],
)
def test_a_part_that_is_not_a_sealed_part_is_tampering(value: Any) -> None:
    with pytest.raises(BundleRejected) as info:
        open_part(value, BOB)
    assert str(info.value) == (
        "This bundle is damaged or has been tampered with. Ask your partner to export it again."
    )


def test_an_armored_part_is_tampering() -> None:
    armored = pyrage.encrypt(b"{}", [pyrage.x25519.Recipient.from_str(BOB.recipient)], armored=True)
    with pytest.raises(BundleRejected):
        open_part(base64.b64encode(armored).decode(), BOB)


def test_a_part_truncated_or_flipped_is_tampering() -> None:
    blob = base64.b64decode(seal_part(pad_parts([b'{"seq":1}'])[0], BOB_CARD))
    rng = random.Random(5)
    damaged = [blob[:n] for n in (len(blob) - 1, len(blob) - 17, len(blob) // 2)]
    for pos in rng.sample(range(len(b"age-encryption.org/v1\n"), len(blob)), 25):
        flipped = bytearray(blob)
        flipped[pos] ^= 1 << rng.randrange(8)
        damaged.append(bytes(flipped))
    for data in damaged:
        with pytest.raises(BundleRejected):
            open_part(base64.b64encode(data).decode(), BOB)
