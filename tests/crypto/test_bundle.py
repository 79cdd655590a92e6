"""Sealing and opening bundles: encryption, signature, pinned sender, recipient list."""

from __future__ import annotations

import base64
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
    seal_bundle,
    sender_block,
)
from mentorvault.crypto.identity import ContactCard, Identity, verify_signature
from mentorvault.domain.strictjson import dumps_canonical, loads_strict
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


def manifest_for(
    who: Identity, to: list[ContactCard], name: str = "Alice", /, **extra: Any
) -> dict[str, Any]:
    manifest: dict[str, Any] = {
        "format_version": 1,
        "bundle_id": "6f1c1f8e-2f0a-4a57-9b0e-0d2b3c4d5e6f",
        "created_at": "2026-03-14T09:30:00Z",
        "sender": sender_block(who, name),
        "recipients": [card.fingerprint.hex() for card in to],
        "sequences": {card.fingerprint.hex(): 7 for card in to},
        "entries": [
            {
                "id": "0b7e2f52-5a0e-4f3f-8a8e-9a3c0f1d2e4b",
                "kind": "reflection",
                "title": "After our call",
                "body": 'Ünïcode and "quotes" and [brackets] {braces}',
                "fields": {"prompt_id": "auth-03", "answer": "Listening more."},
                "tags": ["growth"],
                "content_hash": "ab" * 32,
                "updated_at": "2026-03-13T20:00:00Z",
            }
        ],
        "revocations": [],
        "receipts": [],
        "acceptances": [],
    }
    manifest.update(extra)
    return manifest


def envelope(manifest_bytes: bytes, signature: bytes, **changes: Any) -> dict[str, Any]:
    env: dict[str, Any] = {
        "format": "mentorvault-bundle",
        "version": 1,
        "manifest": base64.b64encode(manifest_bytes).decode(),
        "signature": base64.b64encode(signature).decode(),
    }
    env.update(changes)
    return env


def signed(manifest_bytes: bytes, signer: Identity) -> bytes:
    return signer.sign(b"mentorvault-bundle-v1\x00" + manifest_bytes)


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
        ALICE.signing_public, opened.signature, b"mentorvault-bundle-v1\x00" + opened.manifest_bytes
    )
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
    forged = encrypt_to(
        dumps_canonical(envelope(manifest_bytes, signed(manifest_bytes, MALLORY))), BOB.recipient
    )
    assert "signature" in refused(forged)


def test_claimed_keys_not_matching_claimed_fingerprint_refused() -> None:
    manifest = manifest_for(ALICE, [BOB_CARD])
    manifest["sender"]["signing_key"] = base64.b64encode(MALLORY.signing_public).decode()
    manifest_bytes = dumps_canonical(manifest)
    forged = encrypt_to(
        dumps_canonical(envelope(manifest_bytes, signed(manifest_bytes, MALLORY))), BOB.recipient
    )
    assert "damaged or has been tampered" in refused(forged)


def test_reencryption_to_third_party_refused(sealed: bytes) -> None:
    # Bob decrypts Alice's bundle and re-encrypts the very same signed envelope to Carol.
    plaintext = pyrage.decrypt(sealed, [BOB.age_identity()])
    forwarded = encrypt_to(plaintext, CAROL.recipient)
    assert refused(forwarded, me=CAROL) == "This bundle was not addressed to you."
    # Adding Carol to the recipient list breaks Alice's signature.
    env = loads_strict(plaintext, max_bytes=MAX_BUNDLE_BYTES)
    manifest = loads_strict(base64.b64decode(env["manifest"]), max_bytes=MAX_BUNDLE_BYTES)
    manifest["recipients"].append(CAROL_CARD.fingerprint.hex())
    env["manifest"] = base64.b64encode(dumps_canonical(manifest)).decode()
    assert "signature" in refused(encrypt_to(dumps_canonical(env), CAROL.recipient), me=CAROL)


def test_bundle_claiming_to_be_from_me_needs_my_signature() -> None:
    manifest_bytes = dumps_canonical(manifest_for(BOB, [ALICE_CARD], "Bob"))
    forged = encrypt_to(
        dumps_canonical(envelope(manifest_bytes, signed(manifest_bytes, MALLORY))), BOB.recipient
    )
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
    plaintext = pyrage.decrypt(sealed, [BOB.age_identity()])
    armored = pyrage.encrypt(plaintext, [pyrage.x25519.Recipient.from_str(BOB.recipient)], armored=True)
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
GOOD_ENVELOPE = envelope(GOOD_MANIFEST, GOOD_SIGNATURE)


def _canonical(**changes: Any) -> bytes:
    return dumps_canonical({**GOOD_ENVELOPE, **changes})


def _without(key: str) -> bytes:
    return dumps_canonical({k: v for k, v in GOOD_ENVELOPE.items() if k != key})


def _raw_envelope(body: str) -> bytes:
    return body.encode()


HOSTILE_ENVELOPES = {
    "extra key": _canonical(note="hi"),
    "missing signature": _without("signature"),
    "missing manifest": _without("manifest"),
    "version as string": _canonical(version="1"),
    "version as bool": _canonical(version=True),
    "version zero": _canonical(version=0),
    "version float": _raw_envelope(_canonical().decode().replace('"version":1', '"version":1.0')),
    "other format": _canonical(format="something-else"),
    "duplicate key": _raw_envelope(_canonical().decode()[:-1] + ',"version":1}'),
    "NaN": _raw_envelope(_canonical().decode().replace('"version":1', '"version":NaN')),
    "Infinity": _raw_envelope(_canonical().decode().replace('"version":1', '"version":Infinity')),
    "deep nesting": b'{"format":"mentorvault-bundle","version":1,"x":'
    + b"[" * 100_000
    + b"]" * 100_000
    + b"}",
    "just deep": b"[" * 200_000,
    "not JSON": b"\x00\x01 not json",
    "not UTF-8": b'{"format":"\xff"}',
    "a list": b"[]",
    "empty": b"",
    "signature not base64": _canonical(signature="!!!!"),
    "signature non-canonical base64": _canonical(signature=GOOD_ENVELOPE["signature"][:-2] + "x="),
    "signature too short": _canonical(signature=base64.b64encode(GOOD_SIGNATURE[:63]).decode()),
    "signature as number": _canonical(signature=5),
    "manifest not base64": _canonical(manifest="%%%"),
    "manifest with whitespace in base64": _canonical(manifest=" " + GOOD_ENVELOPE["manifest"]),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_ENVELOPES))
def test_hostile_envelope_refused(name: str) -> None:
    refused(encrypt_to(HOSTILE_ENVELOPES[name], BOB.recipient))


def test_newer_version_says_update() -> None:
    message = refused(encrypt_to(_canonical(version=2, future="x"), BOB.recipient))
    assert "newer version" in message


def _signed_manifest_bundle(manifest_bytes: bytes) -> bytes:
    env = envelope(manifest_bytes, signed(manifest_bytes, ALICE))
    return encrypt_to(dumps_canonical(env), BOB.recipient)


def test_hostile_manifests_refused_even_when_signed() -> None:
    good = GOOD_MANIFEST.decode()
    for body in [
        good[:-1] + ',"entries":[]}',  # duplicate key
        good.replace('"format_version":1', '"format_version":NaN'),
        good.replace('"format_version":1', '"format_version":1e999'),
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


def test_signature_covers_domain_separator() -> None:
    env = envelope(GOOD_MANIFEST, ALICE.sign(GOOD_MANIFEST))  # signed without the context prefix
    assert "signature" in refused(encrypt_to(dumps_canonical(env), BOB.recipient))


def test_module_surface() -> None:
    assert bundle_mod.MAX_BUNDLE_BYTES == 64 * 1024 * 1024
    assert 0 < bundle_mod.MAX_MANIFEST_BYTES * 4 // 3 < bundle_mod.MAX_BUNDLE_BYTES
