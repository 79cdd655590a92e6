"""Entry text as stored: compressed when that is worth it (schema 8).

A body or a fields JSON text is stored as TEXT when short or when compression would save little,
and as a Zstandard frame (a BLOB) otherwise; ``typeof()`` in SQL and ``isinstance(value, bytes)``
here tell which.  A frame starts with Zstandard's magic number, so another format could later sit
beside it without a new column.

Why Zstandard rather than zlib (the standard library): on the benchmark corpus (entries of about
3.7 KB of body and fields, 2,000 entries) both reach the same size, 0.54 of the text (zlib 6:
0.526), but zstd level 3 compresses an entry in 38 µs against zlib 1's 71 µs and zlib 6's 106 µs,
and decompresses it in 9 µs against zlib's 27 µs.  Decompressing is what an export of 1,000
entries pays (9 ms against 27 ms), and what a search pays for its twenty snippets; compressing is
what every save and the schema 8 migration of 50,000 entries pay.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import zstandard

LEVEL = 3
MIN_BYTES = 96  # shorter texts stay TEXT: a frame's header would eat most of what it saves
MIN_SAVING = 0.9  # compressed must be at most this share of the text, else it stays TEXT

# A compressor or decompressor object is not safe to share between threads: one of each per thread.
_local = threading.local()


def _compressor() -> zstandard.ZstdCompressor:
    c = getattr(_local, "c", None)
    if c is None:
        import zstandard  # at the first text to pack or unpack: a window that only lists never loads it

        c = _local.c = zstandard.ZstdCompressor(level=LEVEL)
    return c


def _decompressor() -> zstandard.ZstdDecompressor:
    d = getattr(_local, "d", None)
    if d is None:
        import zstandard

        d = _local.d = zstandard.ZstdDecompressor()
    return d


def pack(text: str) -> str | bytes:
    """What to store for ``text``: the text itself or its Zstandard frame."""
    raw = text.encode("utf-8")
    if len(raw) < MIN_BYTES:
        return text
    packed = _compressor().compress(raw)
    return packed if len(packed) <= len(raw) * MIN_SAVING else text


def unpack(stored: str | bytes) -> str:
    """The text a stored value holds (``pack``'s inverse)."""
    if isinstance(stored, bytes):
        return _decompressor().decompress(stored).decode("utf-8")
    return stored


def unpack_many(stored: tuple[str | bytes, ...]) -> tuple[str, ...]:
    """``unpack`` of each value, with one decompressor lookup for all (an export unpacks 2,000)."""
    decompress = _decompressor().decompress
    return tuple(v if isinstance(v, str) else decompress(v).decode("utf-8") for v in stored)
