"""The ``attachment_blobs``, ``attachment_chunks`` and ``attachments`` tables (since the attachments migration).

Content is stored once per SHA-256, in chunks of ``CHUNK_BYTES`` rows, encrypted with the
rest of the database; entries refer to it by name, revisions by hash (``revisions.attachments``).
Callers wrap writes in ``db.transaction``; ``drop_unreferenced`` removes the chunks no entry
and no revision refers to any more (``secure_delete`` zeroes their pages).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from mentorvault.domain.attachments import CHUNK_BYTES, MAX_ATTACHMENT_BYTES
from mentorvault.domain.models import AttachmentInfo
from mentorvault.errors import AttachmentNotFound, AttachmentTooLarge
from mentorvault.storage.db import Connection, query, scalar
from mentorvault.storage.rows import json_list


@dataclass(frozen=True)
class StoredBlob:
    """A content stored in the vault: its row id, SHA-256 (hex) and size."""

    blob_id: int
    sha256: str
    size: int


def list_attachments(conn: Connection, entry_id: str) -> list[AttachmentInfo]:
    """An entry's attachments, by name."""
    return [AttachmentInfo(r["name"], r["size"], r["sha256"], r["media_type"]) for r in query(
        conn,
        "SELECT a.name, b.size, b.sha256, a.media_type FROM attachments a JOIN attachment_blobs b ON b.id = a.blob_id "
        "WHERE a.entry_id = ? ORDER BY a.name", (entry_id,))]


def attachments_of(conn: Connection, entry_ids: list[str]) -> Mapping[str, list[AttachmentInfo]]:
    """The attachments of each of these entries (by name; an entry without any is left out), in one
    read: an export of 1,000 entries asked once per entry before."""
    out: dict[str, list[AttachmentInfo]] = {}
    for r in query(
            conn,
            "SELECT a.entry_id, a.name, b.size, b.sha256, a.media_type FROM attachments a "
            "JOIN attachment_blobs b ON b.id = a.blob_id "
            "WHERE a.entry_id IN (SELECT value FROM json_each(?)) ORDER BY a.entry_id, a.name",
            (json_list(entry_ids),)):
        out.setdefault(r["entry_id"], []).append(AttachmentInfo(r["name"], r["size"], r["sha256"], r["media_type"]))
    return out


def get_attachment(conn: Connection, entry_id: str, name: str) -> tuple[AttachmentInfo, int]:
    """One attachment and its blob's row id; :class:`AttachmentNotFound` if the entry has none by that name."""
    row = query(conn, "SELECT a.name, b.size, b.sha256, a.media_type, b.id FROM attachments a "
                      "JOIN attachment_blobs b ON b.id = a.blob_id WHERE a.entry_id = ? AND a.name = ?",
                (entry_id, name)).fetchone()
    if row is None:
        raise AttachmentNotFound(entry_id=entry_id, name=name[:80])
    return AttachmentInfo(row["name"], row["size"], row["sha256"], row["media_type"]), int(row["id"])


def blob_by_hash(conn: Connection, sha256: str) -> StoredBlob | None:
    row = query(conn, "SELECT id, sha256, size FROM attachment_blobs WHERE sha256 = ?", (sha256,)).fetchone()
    return None if row is None else StoredBlob(int(row["id"]), row["sha256"], int(row["size"]))


def store_chunks(conn: Connection, chunks: Iterable[bytes], name: str,
                 limit: int = MAX_ATTACHMENT_BYTES) -> StoredBlob:
    """Store a content from its chunks (any sizes; rows of ``CHUNK_BYTES``), hashing as it goes.

    Only one chunk is held at a time.  A content already stored is kept once: the rows just
    written are removed again.  More than ``limit`` bytes raises :class:`AttachmentTooLarge`
    (the caller's transaction then rolls back what was written).
    """
    blob_id = int(conn.execute("INSERT INTO attachment_blobs(sha256, size) VALUES (NULL, 0)").lastrowid or 0)
    digest = hashlib.sha256()
    size, seq = 0, 0
    pending = bytearray()
    for chunk in chunks:
        size += len(chunk)
        if size > limit:
            raise AttachmentTooLarge(name=name[:80], size=size, limit=limit, streamed=True)
        digest.update(chunk)
        pending += chunk
        while len(pending) >= CHUNK_BYTES:
            conn.execute("INSERT INTO attachment_chunks(blob_id, seq, data) VALUES (?, ?, ?)",
                         (blob_id, seq, bytes(pending[:CHUNK_BYTES])))
            del pending[:CHUNK_BYTES]
            seq += 1
    if pending or seq == 0:
        conn.execute("INSERT INTO attachment_chunks(blob_id, seq, data) VALUES (?, ?, ?)",
                     (blob_id, seq, bytes(pending)))
    sha = digest.hexdigest()
    existing = blob_by_hash(conn, sha)
    if existing is not None:
        conn.execute("DELETE FROM attachment_blobs WHERE id = ?", (blob_id,))
        return existing
    conn.execute("UPDATE attachment_blobs SET sha256 = ?, size = ? WHERE id = ?", (sha, size, blob_id))
    return StoredBlob(blob_id, sha, size)


def read_chunks(conn: Connection, blob_id: int) -> Iterator[bytes]:
    """The stored bytes, one chunk row at a time (each read by its own query, so the caller may
    use the connection between chunks)."""
    seq = 0
    while True:
        row = conn.execute("SELECT data FROM attachment_chunks WHERE blob_id = ? AND seq = ?",
                           (blob_id, seq)).fetchone()
        if row is None:
            return
        yield bytes(row[0])
        seq += 1


def link(conn: Connection, entry_id: str, name: str, blob_id: int, media_type: str, now: str) -> None:
    conn.execute("INSERT INTO attachments(entry_id, name, blob_id, media_type, added_at) VALUES (?, ?, ?, ?, ?)",
                 (entry_id, name, blob_id, media_type, now))


def unlink(conn: Connection, entry_id: str, name: str) -> None:
    cur = conn.execute("DELETE FROM attachments WHERE entry_id = ? AND name = ?", (entry_id, name))
    if cur.rowcount == 0:
        raise AttachmentNotFound(entry_id=entry_id, name=name[:80])


def replace_set(conn: Connection, entry_id: str, wanted: dict[str, str], types: dict[str, str], now: str) -> None:
    """Make the entry's attachments exactly ``wanted`` (``{name: sha256}``, each content still
    stored), e.g. when an old revision is restored; ``types`` gives media types of names not present now."""
    current = {a.name: a for a in list_attachments(conn, entry_id)}
    conn.execute("DELETE FROM attachments WHERE entry_id = ?", (entry_id,))
    for name, sha in wanted.items():
        blob = blob_by_hash(conn, sha)
        if blob is None:
            continue  # its content is no longer stored (cannot happen while a revision refers to it)
        kind = current[name].type if name in current else types.get(name, "application/octet-stream")
        link(conn, entry_id, name, blob.blob_id, kind, now)


def drop_unreferenced(conn: Connection) -> int:
    """Remove the contents (and their chunks) that no entry, revision or shared entry refers to; how many went.

    A vault without attachments pays one lookup, not a scan of every revision."""
    if conn.execute("SELECT 1 FROM attachment_blobs LIMIT 1").fetchone() is None:
        return 0
    cur = conn.execute(
        "DELETE FROM attachment_blobs WHERE id NOT IN (SELECT blob_id FROM attachments) "
        "AND id NOT IN (SELECT blob_id FROM inbox_attachments) AND (sha256 IS NULL OR "
        "sha256 NOT IN (SELECT j.value FROM revisions r, json_each(r.attachments) j "
        "WHERE r.attachments IS NOT NULL))")
    return int(cur.rowcount)


def stored_bytes(conn: Connection) -> int:
    """The bytes of attachment content the vault holds (each distinct content once)."""
    return int(scalar(conn, "SELECT coalesce(sum(size), 0) FROM attachment_blobs") or 0)


# ---------------------------------------------------------------- what partners shared (read-only)


def list_inbox_attachments(conn: Connection, partner_id: str, entry_id: str) -> list[AttachmentInfo]:
    return [AttachmentInfo(r["name"], r["size"], r["sha256"], r["media_type"]) for r in query(
        conn,
        "SELECT a.name, b.size, b.sha256, a.media_type FROM inbox_attachments a "
        "JOIN attachment_blobs b ON b.id = a.blob_id WHERE a.partner_id = ? AND a.entry_id = ? ORDER BY a.name",
        (partner_id, entry_id))]


def get_inbox_attachment(conn: Connection, partner_id: str, entry_id: str, name: str) -> tuple[AttachmentInfo, int]:
    row = query(conn, "SELECT a.name, b.size, b.sha256, a.media_type, b.id FROM inbox_attachments a "
                      "JOIN attachment_blobs b ON b.id = a.blob_id "
                      "WHERE a.partner_id = ? AND a.entry_id = ? AND a.name = ?",
                (partner_id, entry_id, name)).fetchone()
    if row is None:
        raise AttachmentNotFound(entry_id=entry_id, name=name[:80])
    return AttachmentInfo(row["name"], row["size"], row["sha256"], row["media_type"]), int(row["id"])


def set_inbox_attachments(conn: Connection, partner_id: str, entry_id: str,
                          files: Iterable[tuple[str, str, bytes]]) -> None:
    """Make a shared entry's attachments exactly ``files`` (name, media type, bytes), checked by the caller."""
    conn.execute("DELETE FROM inbox_attachments WHERE partner_id = ? AND entry_id = ?", (partner_id, entry_id))
    for name, kind, data in files:
        pieces = (data[i:i + CHUNK_BYTES] for i in range(0, len(data), CHUNK_BYTES))
        blob = store_chunks(conn, pieces, name, limit=max(len(data), 1))
        conn.execute("INSERT INTO inbox_attachments(partner_id, entry_id, name, blob_id, media_type) "
                     "VALUES (?, ?, ?, ?, ?)", (partner_id, entry_id, name, blob.blob_id, kind))
