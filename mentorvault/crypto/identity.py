"""A vault's keys (age X25519 for receiving, Ed25519 for signing) and contact cards.

Fingerprint (32 bytes) of a pair of public keys::

    SHA-256( b"mentorvault-fingerprint-v1\\x00" || recipient (ASCII "age1...") || b"\\x00" || signing key (32 raw bytes) )

Both partners see it as nine words, 30 digits or a QR code (:mod:`.fingerprint`).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from mentorvault.crypto.fingerprint import fingerprint_words, words_match
from mentorvault.domain.strictjson import JSONObject
from mentorvault.errors import IdentityError

__all__ = ["MAX_CARD_BYTES", "ContactCard", "Identity", "compute_fingerprint", "verify_signature"]

FINGERPRINT_CONTEXT = b"mentorvault-fingerprint-v1\x00"
CARD_HEADER = "MentorVault contact card v1"
MAX_CARD_BYTES = 8 * 1024
MAX_NAME_CHARS = 80
_IDENTITY_JSON_VERSION = "1"
_BIDI_CONTROLS = frozenset(
    chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C)
)


def compute_fingerprint(recipient: str, signing_key: bytes) -> bytes:
    """The 32-byte fingerprint of an age recipient and an Ed25519 public key."""
    return hashlib.sha256(FINGERPRINT_CONTEXT + recipient.encode("ascii") + b"\x00" + signing_key).digest()


def verify_signature(public: bytes, signature: bytes, data: bytes) -> bool:
    """Whether ``signature`` is a valid Ed25519 signature of ``data`` by ``public``."""
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, data)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def _canonical_recipient(recipient: str) -> str:
    """The lower-case ``age1...`` form of a valid X25519 recipient, or IdentityError."""
    if not isinstance(recipient, str) or not recipient.isascii() or not recipient.lower().startswith("age1"):
        raise IdentityError("The card's age recipient is not valid; it should start with 'age1'.",
                            reason="card_damaged")
    try:
        return str(pyrage.x25519.Recipient.from_str(recipient))
    except (pyrage.RecipientError, ValueError):
        raise IdentityError(
            "The card's age recipient is not valid; ask your partner for a fresh card.", reason="card_damaged"
        ) from None


def _check_signing_key(key: bytes) -> None:
    if not isinstance(key, bytes) or len(key) != 32:
        raise IdentityError(
            "The card's signing key is not a 32-byte Ed25519 key; ask your partner for a fresh card.",
            reason="card_damaged"
        )
    try:
        Ed25519PublicKey.from_public_bytes(key)
    except ValueError:
        raise IdentityError(
            "The card's signing key is not a valid Ed25519 key; ask your partner for a fresh card.",
            reason="card_damaged"
        ) from None


def check_name(name: str) -> None:
    """IdentityError unless ``name`` can stand on a contact card (1 to 80 plain characters)."""
    _check_name(name)


def _check_name(name: str) -> None:
    if not isinstance(name, str) or not name.strip():
        raise IdentityError("The card's name is empty; a name of 1 to 80 characters is needed.",
                            reason="name_empty")
    if len(name) > MAX_NAME_CHARS:
        raise IdentityError("The card's name is longer than 80 characters; pick a shorter name.",
                            reason="name_too_long", limit=MAX_NAME_CHARS)
    if name != name.strip():
        raise IdentityError("The card's name starts or ends with spaces; remove them.", reason="name_spaces")
    for char in name:
        if char in _BIDI_CONTROLS or unicodedata.category(char) in ("Cc", "Cs", "Zl", "Zp"):
            raise IdentityError(
                "The card's name contains control or text-direction characters; use plain letters only.",
                reason="name_characters"
            )


def _b64decode_strict(text: str) -> bytes:
    """Standard padded base64, canonical only (so one key has one spelling)."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise ValueError("not base64") from None
    if base64.b64encode(raw).decode("ascii") != text:
        raise ValueError("not canonical base64")
    return raw


def _b64encode(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


@dataclass(frozen=True)
class ContactCard:
    """A partner's display name and public keys. Construction validates them."""

    name: str
    recipient: str
    signing_key: bytes

    def __post_init__(self) -> None:
        _check_name(self.name)
        if _canonical_recipient(self.recipient) != self.recipient:
            raise IdentityError("The card's age recipient must be written in lower case.",
                                reason="card_damaged")
        _check_signing_key(self.signing_key)

    @property
    def fingerprint(self) -> bytes:
        return compute_fingerprint(self.recipient, self.signing_key)

    def to_text(self) -> str:
        """The card as a small text file to hand to a partner."""
        return (
            f"{CARD_HEADER}\n"
            f"name: {self.name}\n"
            f"age-recipient: {self.recipient}\n"
            f"signing-key: {_b64encode(self.signing_key)}\n"
            f"fingerprint: {' '.join(fingerprint_words(self.fingerprint))}\n"
        )

    @classmethod
    def from_text(cls, text: str | bytes | object) -> ContactCard:
        """Parse a card strictly; any problem raises IdentityError naming it.

        Takes what a file or a database column held: text, UTF-8 bytes, or anything else
        (refused with the same error).
        """
        if isinstance(text, bytes):
            try:
                text = text.decode("utf-8")
            except UnicodeDecodeError:
                raise IdentityError(
                    "That file is not a MentorVault contact card (it is not UTF-8 text).", reason="not_a_card"
                ) from None
        if not isinstance(text, str):
            raise IdentityError("That is not a MentorVault contact card.", reason="not_a_card")
        if len(text) > MAX_CARD_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_CARD_BYTES:
            raise IdentityError("That file is too large to be a contact card (the limit is 8 KiB).",
                                reason="too_large", limit_kib=MAX_CARD_BYTES // 1024)
        numbered = [
            (n, line.strip()) for n, line in enumerate(text.removeprefix("\ufeff").split("\n"), start=1)
        ]
        lines = [(n, line) for n, line in numbered if line]
        if not lines or lines[0][1] != CARD_HEADER:
            raise IdentityError(
                f"That is not a MentorVault contact card; its first line should be '{CARD_HEADER}'.",
                reason="not_a_card"
            )
        known = ("name", "age-recipient", "signing-key", "fingerprint")
        values: dict[str, str] = {}
        for number, line in lines[1:]:
            key, sep, value = line.partition(":")
            key = key.strip().lower()
            if not sep or key not in known:
                raise IdentityError(
                    f"Line {number} of the contact card is not one of: name, age-recipient, signing-key, fingerprint.", reason="card_damaged", line=number
                )
            if key in values:
                raise IdentityError(
                    f"The contact card has '{key}' more than once; ask your partner for a fresh card.",
                    reason="card_damaged"
                )
            values[key] = value.strip()
        for key in known[:3]:
            if key not in values:
                raise IdentityError(
                    f"The contact card has no '{key}' line; ask your partner for a fresh card.",
                    reason="card_damaged"
                )
        try:
            signing_key = _b64decode_strict(values["signing-key"])
        except ValueError:
            raise IdentityError(
                "The card's signing key is not valid base64; ask your partner for a fresh card.",
                reason="card_damaged"
            ) from None
        card = cls(values["name"], _canonical_recipient(values["age-recipient"]), signing_key)
        if "fingerprint" in values and not words_match(card.fingerprint, values["fingerprint"]):
            raise IdentityError(
                "The card's fingerprint line does not match its keys; the card was altered. Ask your partner for a fresh card.", reason="card_altered"
            )
        return card


@dataclass(frozen=True)
class Identity:
    """This vault's secret keys. Never leaves the vault except inside it (``to_json``)."""

    age_secret: str = field(repr=False)
    signing_private: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if not isinstance(self.signing_private, bytes) or len(self.signing_private) != 32:
            raise IdentityError("This vault's signing key is damaged. Restore the vault from a backup.",
                                reason="own_keys_damaged")
        try:
            self.age_identity()
        except (pyrage.IdentityError, ValueError, TypeError):
            raise IdentityError(
                "This vault's encryption key is damaged. Restore the vault from a backup.",
                reason="own_keys_damaged"
            ) from None

    @classmethod
    def generate(cls) -> Identity:
        return cls(str(pyrage.x25519.Identity.generate()), Ed25519PrivateKey.generate().private_bytes_raw())

    def age_identity(self) -> pyrage.x25519.Identity:
        """The pyrage identity, for decrypting bundles."""
        return pyrage.x25519.Identity.from_str(self.age_secret)

    @property
    def recipient(self) -> str:
        return str(self.age_identity().to_public())

    @property
    def signing_public(self) -> bytes:
        return self._signer().public_key().public_bytes_raw()

    @property
    def fingerprint(self) -> bytes:
        return compute_fingerprint(self.recipient, self.signing_public)

    def _signer(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.signing_private)

    def card(self, name: str) -> ContactCard:
        """This vault's public contact card under ``name``."""
        return ContactCard(name, self.recipient, self.signing_public)

    def derive(self, purpose: str) -> bytes:
        """A 32-byte key for one named purpose, derived from this identity's secret signing key.

        It lives as long as the identity (a passphrase change or re-key of the vault does not
        change it), which is what a key for the records of what was shared needs.
        """
        from mentorvault.crypto.keyslots import derive_key

        return derive_key(self.signing_private, purpose)

    def sign(self, data: bytes) -> bytes:
        """A 64-byte Ed25519 signature of ``data``."""
        return self._signer().sign(data)

    def to_json(self) -> JSONObject:
        """The secret keys as a dict of strings, for storage inside the encrypted vault."""
        return {
            "version": _IDENTITY_JSON_VERSION,
            "age_secret": self.age_secret,
            "signing_private": _b64encode(self.signing_private),
        }

    @classmethod
    def from_json(cls, data: Any) -> Identity:
        if (
            not isinstance(data, dict)
            or set(data) != {"version", "age_secret", "signing_private"}
            or data["version"] != _IDENTITY_JSON_VERSION
            or not all(isinstance(value, str) for value in data.values())
        ):
            raise IdentityError("This vault's identity keys are damaged. Restore the vault from a backup.",
                                reason="own_keys_damaged")
        try:
            signing_private = _b64decode_strict(data["signing_private"])
        except ValueError:
            raise IdentityError(
                "This vault's signing key is damaged. Restore the vault from a backup.",
                reason="own_keys_damaged"
            ) from None
        return cls(data["age_secret"], signing_private)
