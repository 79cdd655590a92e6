"""Seal and open bundles: a signed manifest, age-encrypted to partners and to the sender.

Format 3 (``docs/bundle-format.md``)::

    age( b"mentorvault-bundle/3\n" || signature || manifest_bytes )

    manifest_bytes = canonical_json(manifest)
    signature      = Ed25519(b"mentorvault-bundle-v3\x00" || SHA-256(manifest_bytes))   # 64 bytes

Each recipient's private part (its sequence number, revocations, receipts ...) travels inside the
manifest as an age file encrypted to that recipient alone (:func:`seal_part`), so the signature
covers it and no other recipient can read it.

Opening decrypts in memory only, and checks, in order: size, decryption, header,
manifest JSON (which must be canonical), pinned sender keys, signature, and that this
vault is a recipient.  Entry schema, sequence numbers and the rest of the manifest
belong to the vault layer.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pyrage

from mentorvault.crypto.identity import ContactCard, Identity, compute_fingerprint, verify_signature
from mentorvault.domain.strictjson import (
    JSONObject,
    StrictJSONError,
    depth_exceeds,
    dumps_canonical,
    loads_canonical,
)
from mentorvault.errors import BundleRejected, BundleTooLarge, IdentityError

__all__ = [
    "MAX_BUNDLE_BYTES",
    "MAX_MANIFEST_BYTES",
    "MAX_MANIFEST_DEPTH",
    "OpenedBundle",
    "open_bundle",
    "open_part",
    "pad_parts",
    "seal_bundle",
    "seal_part",
    "sender_block",
]

VERSION = 3
HEADER = b"mentorvault-bundle/3\n"
# What every version's plaintext starts with; version 1 was a JSON envelope.
_HEADER_PREFIX = b"mentorvault-bundle/"
_V1_PREFIX = b'{"format":"mentorvault-bundle"'
SIGNATURE_CONTEXT = b"mentorvault-bundle-v3\x00"
PART_PAD = 1024  # private parts are padded to one length, a multiple of this
SIGNATURE_BYTES = 64
# Room for the entries' text and up to 64 MiB of attachments (exchange/manifest.MAX_SHARED_ATTACHMENT_BYTES),
# base64 in the manifest (85.4 MiB); docs/bundle-format.md "Limits".
MAX_BUNDLE_BYTES = 160 * 1024 * 1024
# The age header, its 16-byte tag per 64 KiB chunk and the plaintext header stay far below 1 MiB.
MAX_MANIFEST_BYTES = 159 * 1024 * 1024
MAX_MANIFEST_DEPTH = 32
_SENDER_KEYS = frozenset({"name", "fingerprint", "recipient", "signing_key"})
_AGE_MAGIC = b"age-encryption.org/v1\n"
_FP_HEX_RE = re.compile(r"[0-9a-f]{64}")

_NOT_A_BUNDLE = "This file is not a MentorVault bundle."
_TOO_LARGE = f"This file is larger than {MAX_BUNDLE_BYTES // 2**20} MiB, too large to be a MentorVault bundle."
_CANNOT_DECRYPT = (
    "This bundle could not be decrypted: it was made for another vault, or the file is damaged. "
    "Ask your partner to export it again for you."
)
_TAMPERED = "This bundle is damaged or has been tampered with. Ask your partner to export it again."
_NEWER = "This bundle was made by a newer version of MentorVault. Update MentorVault, then import it again."
_OLDER = (
    "This bundle was made by an older version of MentorVault. Ask your partner to update MentorVault "
    "and export it again."
)
_UNKNOWN_SENDER = (
    "This bundle comes from someone who is not one of your partners. Add their contact card first."
)
_KEY_MISMATCH = (
    "Warning: this bundle claims to come from one of your partners, but its keys do not match the contact "
    "card you verified. Do not trust it; check the card with your partner in person or on a call."
)
_BAD_SIGNATURE = (
    "This bundle's signature does not match your partner's verified key: it was altered or forged. "
    "Ask your partner to export it again."
)
_NOT_FOR_YOU = "This bundle was not addressed to you."


@dataclass(frozen=True)
class OpenedBundle:
    """A bundle whose sender, signature and recipient list have been checked."""

    manifest: dict[str, Any]
    manifest_bytes: bytes
    signature: bytes
    sender_card: ContactCard


def sender_block(sender: Identity, name: str) -> JSONObject:
    """The manifest's ``sender`` object for ``sender`` under display ``name``."""
    return {
        "name": name,
        "fingerprint": sender.fingerprint.hex(),
        "recipient": sender.recipient,
        "signing_key": base64.b64encode(sender.signing_public).decode("ascii"),
    }


def signed_message(manifest_bytes: bytes) -> bytes:
    """What the Ed25519 signature covers: the context string and the SHA-256 of the manifest.

    Signing a digest (as minisign does) hashes the megabytes once, where Ed25519 over the
    whole manifest hashes them twice to sign and once more to verify.
    """
    return SIGNATURE_CONTEXT + hashlib.sha256(manifest_bytes).digest()


def plaintext_bytes(manifest_bytes: bytes, signature: bytes) -> bytes:
    """The bytes age encrypts: header line, 64-byte signature, manifest."""
    return b"".join((HEADER, signature, manifest_bytes))


def seal_bundle(manifest: dict[str, Any], sender: Identity, recipients: list[ContactCard]) -> bytes:
    """Sign ``manifest`` and encrypt it to ``recipients`` and to ``sender``; returns a binary age file.

    The manifest must already name the sender (:func:`sender_block`) and list the
    recipients' fingerprints; disagreement with the arguments is a programming error
    (``ValueError``).  A manifest too large to send raises :class:`BundleTooLarge`.
    """
    if not isinstance(manifest, dict):
        raise TypeError("the manifest must be a dict")
    if not recipients or not all(isinstance(card, ContactCard) for card in recipients):
        raise ValueError("a bundle needs at least one recipient ContactCard")
    expected = [card.fingerprint.hex() for card in recipients]
    if len(set(expected)) != len(expected):
        raise ValueError("a recipient is listed twice")
    if sender.fingerprint.hex() in expected:
        raise ValueError("the sender cannot be one of the recipients")
    listed = manifest.get("recipients")
    if not isinstance(listed, list) or sorted(listed) != sorted(expected):
        raise ValueError("manifest['recipients'] must list exactly the recipients' fingerprints")
    claimed = manifest.get("sender")
    if not isinstance(claimed, dict) or set(claimed) != _SENDER_KEYS:
        raise ValueError("manifest['sender'] must be sender_block(sender, name)")
    if claimed != sender_block(sender, claimed["name"]):
        raise ValueError("manifest['sender'] does not describe the signing identity")
    try:
        sender.card(claimed["name"])
    except IdentityError:
        raise ValueError("manifest['sender']['name'] is not a valid card name") from None

    manifest_bytes = dumps_canonical(manifest)
    if len(manifest_bytes) > MAX_MANIFEST_BYTES:
        raise BundleTooLarge(limit_mib=MAX_BUNDLE_BYTES // 2**20)
    # Refuse here anything the recipient's parser (loads_canonical) would refuse.  It reads
    # back canonical JSON of a dict, except in these ways, each refused here without parsing
    # the bytes again: NaN and Infinity, lone surrogates and integers beyond 64 bits
    # (dumps_canonical raises), size (above), nesting (checked on the objects).  Keys of
    # other types than str make dumps_canonical raise TypeError.
    if depth_exceeds(manifest, MAX_MANIFEST_DEPTH):
        raise StrictJSONError("the data is nested too deeply")
    signature = sender.sign(signed_message(manifest_bytes))
    age_recipients = [pyrage.x25519.Recipient.from_str(card.recipient) for card in recipients]
    age_recipients.append(pyrage.x25519.Recipient.from_str(sender.recipient))
    sealed: bytes = pyrage.encrypt(plaintext_bytes(manifest_bytes, signature), age_recipients)
    if len(sealed) > MAX_BUNDLE_BYTES:
        raise BundleTooLarge(limit_mib=MAX_BUNDLE_BYTES // 2**20)
    return sealed


def _b64(value: Any) -> bytes:
    """Decode canonical base64 (standard alphabet, padded); anything else is tampering."""
    if not isinstance(value, str):
        raise BundleRejected(_TAMPERED, reason="tampered")
    try:
        encoded = value.encode("ascii")
        # Strict mode refuses other characters, missing, excess or misplaced padding.
        raw = binascii.a2b_base64(encoded, strict_mode=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise BundleRejected(_TAMPERED, reason="tampered") from None
    # What strict decoding still lets through is a last group whose unused low bits are not
    # zero ("QR==" decodes like "QQ=="): every full group before it maps one-to-one to its
    # three bytes.  So re-encoding the last group is as good as re-encoding everything.
    tail = 3 * ((len(raw) - 1) // 3) if raw else 0
    if len(encoded) != 4 * ((len(raw) + 2) // 3) or base64.b64encode(raw[tail:]) != encoded[4 * tail // 3:]:
        raise BundleRejected(_TAMPERED, reason="tampered")
    return raw


def _split_plaintext(plaintext: bytes) -> tuple[bytes, bytes]:
    """(manifest bytes, signature) of a decrypted bundle, after its header line."""
    if not plaintext.startswith(_HEADER_PREFIX):
        if plaintext.startswith(_V1_PREFIX):
            raise BundleRejected(_OLDER, reason="older_version")
        raise BundleRejected(_NOT_A_BUNDLE, reason="not_a_bundle")
    if not plaintext.startswith(HEADER):
        line = plaintext[len(_HEADER_PREFIX):plaintext.find(b"\n", 0, 64)]
        if line.isdigit() and len(line) < 6 and int(line) > VERSION:
            raise BundleRejected(_NEWER, reason="newer_version")
        if line in (b"1", b"2"):
            # Format 2 carried revocations without ids (a stale receipt could silence a later
            # revocation) and sequence numbers every pod member could read: refused, not
            # imported with weaker guarantees.
            raise BundleRejected(_OLDER, reason="older_version")
        raise BundleRejected(_TAMPERED, reason="tampered")
    start = len(HEADER) + SIGNATURE_BYTES
    if len(plaintext) <= start:
        raise BundleRejected(_TAMPERED, reason="tampered")
    return plaintext[start:], plaintext[len(HEADER):start]


def _claimed_sender(manifest: dict[str, Any]) -> tuple[str, str, bytes, str]:
    """(fingerprint hex, recipient, signing key, name) as the manifest claims them."""
    claimed = manifest.get("sender")
    if (
        not isinstance(claimed, dict)
        or set(claimed) != _SENDER_KEYS
        or not all(isinstance(value, str) for value in claimed.values())
        or not _FP_HEX_RE.fullmatch(claimed["fingerprint"])
        or not claimed["recipient"].isascii()
    ):
        raise BundleRejected(_TAMPERED, reason="tampered")
    signing_key = _b64(claimed["signing_key"])
    if compute_fingerprint(claimed["recipient"], signing_key).hex() != claimed["fingerprint"]:
        raise BundleRejected(_TAMPERED, reason="tampered")
    return claimed["fingerprint"], claimed["recipient"], signing_key, claimed["name"]


def open_bundle(
    data: bytes, me: Identity, known_senders: Callable[[str], ContactCard | None]
) -> OpenedBundle:
    """Decrypt (in memory) and verify a bundle; any failure raises :class:`BundleRejected`.

    ``known_senders(fingerprint_hex)`` returns the pinned card of a verified partner,
    or None.  A bundle this vault sent itself is opened with this vault's own keys.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("open_bundle needs bytes")
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleRejected(_TOO_LARGE, reason="too_large", limit_mib=MAX_BUNDLE_BYTES // 2**20)
    data = bytes(data)
    if not data.startswith(_AGE_MAGIC):
        raise BundleRejected(_NOT_A_BUNDLE, reason="not_a_bundle")
    plaintext = _decrypt(data, me)
    if plaintext is None:
        raise BundleRejected(_CANNOT_DECRYPT, reason="cannot_decrypt")

    manifest_bytes, signature = _split_plaintext(plaintext)
    del plaintext
    try:
        manifest = loads_canonical(manifest_bytes, max_bytes=MAX_MANIFEST_BYTES, max_depth=MAX_MANIFEST_DEPTH)
    except StrictJSONError:
        raise BundleRejected(_TAMPERED, reason="tampered") from None
    if not isinstance(manifest, dict):
        raise BundleRejected(_TAMPERED, reason="tampered")

    fingerprint, recipient, signing_key, name = _claimed_sender(manifest)
    my_fingerprint = me.fingerprint.hex()
    from_me = fingerprint == my_fingerprint
    if from_me:
        try:
            pinned: ContactCard | None = me.card(name)
        except IdentityError:
            raise BundleRejected(_TAMPERED, reason="tampered") from None
    else:
        pinned = known_senders(fingerprint)
    if pinned is None:
        raise BundleRejected(_UNKNOWN_SENDER, reason="unknown_sender")
    card = pinned
    if (
        card.fingerprint.hex() != fingerprint
        or card.recipient != recipient
        or card.signing_key != signing_key
    ):
        raise BundleRejected(_KEY_MISMATCH, reason="key_mismatch")
    if not verify_signature(card.signing_key, signature, signed_message(manifest_bytes)):
        raise BundleRejected(_BAD_SIGNATURE, reason="bad_signature")

    recipients = manifest.get("recipients")
    if not isinstance(recipients, list) or not all(isinstance(item, str) for item in recipients):
        raise BundleRejected(_TAMPERED, reason="tampered")
    if not from_me and my_fingerprint not in recipients:
        raise BundleRejected(_NOT_FOR_YOU, reason="not_for_you")
    return OpenedBundle(
        manifest=manifest, manifest_bytes=manifest_bytes, signature=signature, sender_card=card
    )


def pad_parts(parts: list[bytes]) -> list[bytes]:
    """Each part padded with spaces (canonical JSON never ends in one) to one common length.

    A pod member sees every part's size; equal sizes say nothing about which member gets more
    notices, only the size of the largest, in steps of ``PART_PAD`` bytes.
    """
    if not parts:
        return []
    longest = max(len(part) for part in parts)
    size = -(-longest // PART_PAD) * PART_PAD
    return [part + b" " * (size - len(part)) for part in parts]


def seal_part(part: bytes, recipient: ContactCard) -> str:
    """``part`` age-encrypted to ``recipient`` alone, as base64 text for the manifest."""
    sealed = pyrage.encrypt(part, [pyrage.x25519.Recipient.from_str(recipient.recipient)])
    return base64.b64encode(sealed).decode("ascii")


def open_part(text: Any, me: Identity) -> bytes:
    """The plaintext of my private part (padding removed); anything else is tampering."""
    blob = _b64(text)
    if not blob.startswith(_AGE_MAGIC):
        raise BundleRejected(_TAMPERED, reason="tampered")
    part = _decrypt(blob, me)
    if part is None:
        raise BundleRejected(_TAMPERED, reason="tampered")
    return part.rstrip(b" ")


def _decrypt(blob: bytes, me: Identity) -> bytes | None:
    """age-decrypt in memory; None when anything goes wrong (the caller refuses), never a traceback."""
    try:
        return bytes(pyrage.decrypt(blob, [me.age_identity()]))
    except Exception:  # noqa: BLE001 -- DecryptError, or whatever else hostile input makes the decoder raise
        return None
