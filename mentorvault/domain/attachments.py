"""Attachments without I/O: the name rules, the media type, the size cap, the chunk size.

An attachment is known on its entry by its name (unique on that entry, compared without
case so an export folder on any file system can hold them all) and by the SHA-256 of its
bytes; the bytes themselves are stored once per distinct content (``storage.attachments``).
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
import unicodedata
from collections.abc import Collection, Iterable, Iterator
from pathlib import PurePath

from mentorvault.errors import DamagedVault, InvalidAttachmentName

CHUNK_BYTES = 256 * 1024  # one stored chunk row; also the read size when streaming
MAX_ATTACHMENT_BYTES = 256 * 1024 * 1024  # per file: a 200 MB recording fits
MAX_NAME_CHARS = 120  # and at most 240 bytes of UTF-8: room for " (99)" within a file system's 255
MAX_NAME_BYTES = 240
GENERIC_TYPE = "application/octet-stream"
_MEDIA_TYPE = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}")
_NUMBERED = re.compile(r"^(?P<stem>.*) \((?P<n>\d+)\)$")

# The first bytes of the formats the window shows itself (images) or that are common in journals.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"%PDF-", "application/pdf"),
    (b"BM", "image/bmp"),
)


def validate_name(name: str) -> str:
    """The name as stored (NFC, surrounding spaces trimmed), or :class:`InvalidAttachmentName`."""
    if not isinstance(name, str):
        raise InvalidAttachmentName(name=str(name)[:80], reason="empty")
    clean = unicodedata.normalize("NFC", name).strip()
    if not clean:
        raise InvalidAttachmentName(name=name[:80], reason="empty")
    if "/" in clean or "\\" in clean:
        raise InvalidAttachmentName(name=name[:80], reason="path_separator")
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp", "Cs") for c in clean):
        raise InvalidAttachmentName(name=name[:80], reason="control_character")
    if clean in (".", "..") or clean.startswith("."):
        raise InvalidAttachmentName(name=name[:80], reason="hidden")
    if len(clean) > MAX_NAME_CHARS or len(clean.encode("utf-8")) > MAX_NAME_BYTES:
        raise InvalidAttachmentName(name=name[:80], reason="too_long")
    return clean


def name_from_path(path: PurePath) -> str:
    """The name an attached file gets by default: its own file name."""
    return validate_name(path.name)


def unique_name(name: str, taken: Collection[str]) -> str:
    """``name`` when it is free on the entry, else the first of ``name (2).ext``, ``name (3).ext`` ... that is.

    Names are compared without case (``taken`` may be given in any case).
    """
    used = {t.casefold() for t in taken}
    if name.casefold() not in used:
        return name
    path = PurePath(name)
    suffix = path.suffix if path.suffix != name else ""
    stem = name[: len(name) - len(suffix)] if suffix else name
    match = _NUMBERED.match(stem)
    if match:
        stem = match["stem"]
    n = 2
    while True:
        candidate = f"{stem} ({n}){suffix}"
        if candidate.casefold() not in used:
            return validate_name(candidate)
        n += 1


def media_type(name: str, first_bytes: bytes = b"", given: str | None = None) -> str:
    """The media type: the one given (checked), else what the first bytes are, else the name's extension."""
    if given is not None:
        clean = given.strip().lower()
        if _MEDIA_TYPE.fullmatch(clean):
            return clean
        raise InvalidAttachmentName(name=name[:80], reason="bad_media_type")
    for signature, kind in _SIGNATURES:
        if first_bytes.startswith(signature):
            return kind
    if first_bytes[:4] == b"RIFF" and first_bytes[8:12] == b"WEBP":
        return "image/webp"
    guessed, _ = mimetypes.guess_type(name, strict=False)
    return guessed.lower() if guessed and _MEDIA_TYPE.fullmatch(guessed.lower()) else GENERIC_TYPE


def is_image(kind: str) -> bool:
    """Whether the window shows this type as a thumbnail (formats Qt decodes without plug-ins)."""
    return kind in ("image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp")


def verified(chunks: Iterable[bytes], size: int, sha256: str) -> Iterator[bytes]:
    """The chunks as they come; after the last, :class:`DamagedVault` if they were not exactly
    ``size`` bytes with this SHA-256 (a consumer writing a copy then leaves no file)."""
    digest, seen = hashlib.sha256(), 0
    for chunk in chunks:
        digest.update(chunk)
        seen += len(chunk)
        yield chunk
    if seen != size or digest.hexdigest() != sha256:
        raise DamagedVault(reason="attachment")
