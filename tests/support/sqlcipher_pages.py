"""Test-only tools to look inside a vault database with its data key.

``decrypted_pages`` decrypts every page of a SQLCipher 4 file (raw key, AES-256-CBC,
4096-byte pages, 80 reserved bytes: 16 IV + 64 HMAC-SHA512) without SQLite, so a
scan also sees free space, free-list pages and stale index pages that no query
returns.  ``all_rows`` reads every row of every table, shadow tables included.
"""

from __future__ import annotations

import base64
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
import zstandard
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
SALT = 16
WAL_HEADER = 32
WAL_FRAME_HEADER = 24
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


def _decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    start = SALT if first else 0
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start : PAGE - RESERVE]) + decryptor.finalize()


def decrypted_pages(db: Path, key: bytes) -> list[bytes]:
    raw = Path(db).read_bytes()
    assert len(raw) % PAGE == 0, "not a whole number of pages"
    pages = [_decrypt_page(raw[off : off + PAGE], key, off == 0) for off in range(0, len(raw), PAGE)]
    # Page 1 after the salt starts with the rest of the SQLite header: page size 4096, then the
    # file format bytes (1 or 2) and the 80 reserved bytes.  This proves the decryption is right.
    assert pages[0][:2] == PAGE.to_bytes(2, "big") and pages[0][2] in (1, 2) and pages[0][4] == RESERVE, (
        "page 1 did not decrypt: wrong key or layout"
    )
    wal = Path(str(db) + "-wal")
    if wal.exists():
        data = wal.read_bytes()
        pos = WAL_HEADER
        while pos + WAL_FRAME_HEADER + PAGE <= len(data):
            pgno = int.from_bytes(data[pos : pos + 4], "big")
            pages.append(
                _decrypt_page(data[pos + WAL_FRAME_HEADER : pos + WAL_FRAME_HEADER + PAGE], key, pgno == 1)
            )
            pos += WAL_FRAME_HEADER + PAGE
    return pages


@contextmanager
def keyed_connection(db: Path, key: bytes) -> Iterator[Any]:
    """A second keyed connection, on a private copy of the database (and its WAL) so that
    nothing is created or changed beside the vault."""
    with tempfile.TemporaryDirectory(prefix="mv-scan-") as tmp:
        copy = Path(tmp) / "copy.db"
        shutil.copyfile(db, copy)
        if Path(str(db) + "-wal").exists():
            shutil.copyfile(str(db) + "-wal", str(copy) + "-wal")
        conn = sqlcipher.connect(str(copy))
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            yield conn
        finally:
            conn.close()


def all_rows(db: Path, key: bytes) -> bytes:
    """Every value of every row of every table (FTS5 shadow tables included), as bytes."""
    with keyed_connection(db, key) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        assert "entries_fts_data" in tables and "entries_fts_docsize" in tables
        parts: list[bytes] = []
        for table in tables:
            if table == "entries_fts":
                continue  # the virtual table reads from its shadow tables, which are scanned directly
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, bytes):
                        parts.append(value)
                        if value.startswith(ZSTD_MAGIC):  # entry text stored packed (schema 8): its text too
                            parts.append(zstandard.ZstdDecompressor().decompress(value))
                    elif value is not None:
                        parts.append(str(value).encode("utf-8"))
        return b"\n".join(parts)


def forms(marker: str) -> list[bytes]:
    """A marker as UTF-8, UTF-16-LE/BE and base64 at all three alignments."""
    raw = marker.encode("utf-8")
    out = [
        raw,
        marker.encode("utf-16-le"),
        marker.encode("utf-16-be"),
        marker.lower().encode(),
        marker.upper().encode(),
    ]
    for shift in range(3):
        encoded = base64.b64encode(b"\x00" * shift + raw)
        # Drop the characters that also depend on the neighbouring bytes.
        lead = (shift * 4 + 2) // 3
        out.append(encoded[lead + 1 : -4])
        out.append(base64.urlsafe_b64encode(b"\x00" * shift + raw)[lead + 1 : -4])
    return [f for f in out if len(f) >= 8]


def find_any(haystack: bytes, needles: Iterable[bytes]) -> list[bytes]:
    return [n for n in needles if n in haystack]
