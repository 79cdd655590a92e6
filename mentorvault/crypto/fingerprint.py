"""Ways to show a contact-card fingerprint to people: words, digits, QR code.

The fingerprint itself (32 bytes, see :mod:`mentorvault.crypto.identity` and
``docs/bundle-format.md``) is computed elsewhere; this module only presents it.

* Words: the first 99 bits, as nine 11-bit indexes into the BIP-39 English list.
* Digits: the first 16 bytes as a big-endian integer, mod 10**30, written as 30
  digits in six groups of five.  2**128 / 10**30 is about 3.4e8, so the modulo
  bias is below 3e-9 and not worth caring about.
* QR code: the text ``mentorvault-fp:<64 hex digits>``.
"""

from __future__ import annotations

import hashlib
import io
import re
import sys
from functools import lru_cache
from pathlib import Path

from mentorvault.errors import ResourceError

__all__ = [
    "fingerprint_digits",
    "fingerprint_qr_text",
    "fingerprint_words",
    "qr_png",
    "qr_svg",
    "words_match",
]

WORD_COUNT = 9
DIGIT_COUNT = 30
QR_PREFIX = "mentorvault-fp:"
# SHA-256 of the standard BIP-39 English list with "\n" line endings.
_WORDLIST_SHA256 = "2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda"
_SEPARATORS_RE = re.compile(r"[\s,\-]+")


def _resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


@lru_cache(maxsize=1)
def wordlist() -> tuple[str, ...]:
    """The 2048 BIP-39 English words, checked against their well-known digest."""
    path = _resources_dir() / "wordlists" / "bip39-english.txt"
    try:
        words = tuple(path.read_text(encoding="utf-8").split())
    except (OSError, UnicodeDecodeError):
        words = ()
    # Hash the words rather than the file, so a CRLF checkout still verifies.
    digest = hashlib.sha256(("\n".join(words) + "\n").encode("utf-8")).hexdigest()
    if digest != _WORDLIST_SHA256:
        raise ResourceError("MentorVault's fingerprint word list is missing or damaged. Reinstall MentorVault.")
    return words


def _check(fp: bytes) -> None:
    if not isinstance(fp, bytes) or len(fp) != 32:
        raise ValueError("a fingerprint is 32 bytes")


def fingerprint_words(fp: bytes) -> list[str]:
    """Nine words from the first 99 bits of ``fp``."""
    _check(fp)
    words = wordlist()
    bits = int.from_bytes(fp[:13], "big") >> (13 * 8 - 11 * WORD_COUNT)
    return [words[(bits >> (11 * (WORD_COUNT - 1 - i))) & 0x7FF] for i in range(WORD_COUNT)]


def fingerprint_digits(fp: bytes) -> str:
    """Thirty digits from the first 16 bytes of ``fp``, as six groups of five."""
    _check(fp)
    digits = f"{int.from_bytes(fp[:16], 'big') % 10**DIGIT_COUNT:0{DIGIT_COUNT}d}"
    return " ".join(digits[i : i + 5] for i in range(0, DIGIT_COUNT, 5))


def fingerprint_qr_text(fp: bytes) -> str:
    """The text a fingerprint QR code carries."""
    _check(fp)
    return QR_PREFIX + fp.hex()


def words_match(fp: bytes, text: str) -> bool:
    """Whether ``text`` spells this fingerprint: its nine words, its 30 digits or its QR text.

    Case, extra whitespace, commas and hyphens do not matter.
    """
    _check(fp)
    if not isinstance(text, str) or len(text) > 1000:
        return False
    cleaned = text.strip().lower()
    if cleaned.startswith(QR_PREFIX):
        return cleaned == fingerprint_qr_text(fp)
    tokens = [token for token in _SEPARATORS_RE.split(cleaned) if token]
    if not tokens:
        return False
    if all(token.isascii() and token.isdigit() for token in tokens):
        return "".join(tokens) == fingerprint_digits(fp).replace(" ", "")
    return tokens == fingerprint_words(fp)


def qr_png(text: str, scale: int = 8) -> bytes:
    """A PNG QR code of ``text`` (medium error correction, quiet zone included)."""
    buffer = io.BytesIO()
    import segno  # only when a QR code is shown: keeps it out of start-up

    segno.make_qr(text, error="m").save(buffer, kind="png", scale=scale)
    return buffer.getvalue()


def qr_svg(text: str) -> str:
    """An SVG QR code of ``text`` that scales to its container."""
    buffer = io.BytesIO()
    import segno

    segno.make_qr(text, error="m").save(buffer, kind="svg", xmldecl=False, omitsize=True)
    return buffer.getvalue().decode("utf-8")
