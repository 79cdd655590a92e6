"""``vault.attachments``: files kept with an entry, encrypted inside the vault.

Every change of an entry's attachments is a new revision of the entry: its content hash
covers the attachments' names and SHA-256s (``docs/content-hash.md``), so a consent pinned
before the change reads "changed since consent", and the revision records the set.

Streaming: a file is read, hashed and stored one 256 KiB chunk at a time, and read back the
same way (``chunks``, ``save_copy``), so a 200 MB file never needs 200 MB of memory.

All-or-nothing with other changes (an import adding entries and their attachments)::

    with vault.transaction():
        entry = vault.entries.add("reflection", "Trip")
        vault.attachments.add(entry.id, Path("photo.jpg"))

Inside ``vault.transaction()`` each call is a savepoint: an error undoes that call and
propagates; nothing is committed until the ``with`` block ends normally.
"""

from __future__ import annotations

import builtins
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from mentorvault.domain import attachments as rules
from mentorvault.domain.entry import EntryContent
from mentorvault.domain.models import AttachmentInfo
from mentorvault.errors import AttachmentSourceUnreadable, AttachmentTooLarge
from mentorvault.storage import attachments as table
from mentorvault.storage import entries as entries_table
from mentorvault.storage.atomic import atomic_writer
from mentorvault.storage.db import Connection, checkpoint, transaction

if TYPE_CHECKING:
    from mentorvault.vault.core import Vault


def _read_chunks(stream: BinaryIO, first: bytearray) -> Iterator[bytes]:
    """The stream in chunks; the first chunk's bytes are copied into ``first`` (to tell the type)."""
    while True:
        chunk = stream.read(rules.CHUNK_BYTES)
        if not chunk:
            return
        if not first:
            first += chunk[:64]
        yield chunk


def _open_source(path: Path) -> BinaryIO:
    try:
        if not path.exists():
            raise AttachmentSourceUnreadable(path=str(path), os_error="no such file", reason="missing")
        if not path.is_file():
            raise AttachmentSourceUnreadable(path=str(path), os_error="not a file", reason="not_a_file")
        return path.open("rb")
    except OSError as exc:
        raise AttachmentSourceUnreadable(path=str(path), os_error=exc.strerror or str(exc),
                                         reason="unreadable") from None


def _resave(conn: Connection, entry_id: str, now: str, note: str) -> None:
    """A new revision of the entry with its attachments as the table now holds them."""
    e = entries_table.get_entry(conn, entry_id)
    entries_table.update_entry(conn, entry_id, EntryContent(e.kind, e.title, e.body, e.fields, e.tags),
                               e.partner_id, e.protected, now, note)


class AttachmentManager:
    """Attachments of the vault's own entries (``entry_id`` takes a full id or a unique prefix)."""

    limit = rules.MAX_ATTACHMENT_BYTES  # per file, in bytes

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def add(self, entry_id: str, source: Path | BinaryIO, name: str | None = None,
            media_type: str | None = None) -> AttachmentInfo:
        """Attach a file (a path, or an open binary stream) to an entry and return what was stored.

        ``name`` defaults to the file's name.  A name the entry already uses gets a number
        (``photo (2).jpg``), unless it is the very same content under the same name: then
        nothing changes and the existing attachment is returned.  Over ``limit`` bytes raises
        :class:`AttachmentTooLarge` and nothing is attached.
        """
        entry_id = self._vault.entries.resolve_id(entry_id)
        if isinstance(source, (str, os.PathLike)):
            path = Path(source)
            wanted = rules.validate_name(name if name is not None else path.name)
            stream = _open_source(path)
            try:
                size = os.fstat(stream.fileno()).st_size
            except OSError:
                size = 0
            if size > self.limit:
                stream.close()
                raise AttachmentTooLarge(name=wanted[:80], size=size, limit=self.limit)
        else:
            stream = source
            default = Path(str(getattr(source, "name", "") or "attachment")).name
            wanted = rules.validate_name(name if name is not None else default)
        if media_type is not None:
            rules.media_type(wanted, given=media_type)  # checked before anything is written
        first = bytearray()
        conn = self._vault.conn
        try:
            with transaction(conn):
                entries_table.get_entry(conn, entry_id)
                blob = table.store_chunks(conn, _read_chunks(stream, first), wanted, self.limit)
                existing = {a.name: a for a in table.list_attachments(conn, entry_id)}
                same = next((a for a in existing.values() if a.name.casefold() == wanted.casefold()), None)
                if same is not None and same.sha256 == blob.sha256:
                    return same
                final = rules.unique_name(wanted, existing)
                kind = rules.media_type(final, bytes(first), media_type)
                table.link(conn, entry_id, final, blob.blob_id, kind, self._vault.now())
                _resave(conn, entry_id, self._vault.now(), f"attached {final}")
                return AttachmentInfo(final, blob.size, blob.sha256, kind)
        finally:
            if stream is not source:
                stream.close()

    def list(self, entry_id: str) -> builtins.list[AttachmentInfo]:
        """The entry's attachments, by name."""
        return table.list_attachments(self._vault.conn, self._vault.entries.resolve_id(entry_id))

    def get(self, entry_id: str, name: str) -> AttachmentInfo:
        """One attachment, or :class:`AttachmentNotFound`."""
        return table.get_attachment(self._vault.conn, self._vault.entries.resolve_id(entry_id), name)[0]

    def chunks(self, entry_id: str, name: str) -> Iterator[bytes]:
        """The attachment's bytes, decrypted, one stored chunk (256 KiB) at a time."""
        info, blob_id = table.get_attachment(self._vault.conn, self._vault.entries.resolve_id(entry_id), name)
        return rules.verified(table.read_chunks(self._vault.conn, blob_id), info.size, info.sha256)

    def read(self, entry_id: str, name: str, max_bytes: int) -> bytes:
        """The whole attachment in memory, for a small one the window shows (a thumbnail); an
        attachment over ``max_bytes`` raises :class:`AttachmentTooLarge`."""
        info = self.get(entry_id, name)
        if info.size > max_bytes:
            raise AttachmentTooLarge(name=info.name, size=info.size, limit=max_bytes, reason="to_show")
        return b"".join(self.chunks(entry_id, info.name))

    def save_copy(self, entry_id: str, name: str, out: Path, *, overwrite: bool = False) -> AttachmentInfo:
        """Write a plain (not encrypted) copy to ``out``, atomically (mode 0600).

        An existing ``out`` raises :class:`OutputExists` unless ``overwrite``.  The bytes are
        checked against the stored SHA-256 as they are written; a mismatch leaves no file.
        """
        info = self.get(entry_id, name)
        with atomic_writer(Path(out), replace=overwrite) as fh:
            for chunk in self.chunks(entry_id, info.name):
                fh.write(chunk)
        return info

    def remove(self, entry_id: str, name: str) -> None:
        """Take the attachment off the entry (a new revision).  Its content stays only while an
        older revision of an entry refers to it; deleting the entry removes it for good."""
        entry_id = self._vault.entries.resolve_id(entry_id)
        conn = self._vault.conn
        with transaction(conn):
            info, _ = table.get_attachment(conn, entry_id, name)
            table.unlink(conn, entry_id, info.name)
            _resave(conn, entry_id, self._vault.now(), f"removed attachment {info.name}")
            table.drop_unreferenced(conn)
        if not conn.in_transaction:
            checkpoint(conn)

