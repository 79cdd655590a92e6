"""Encrypted copies of the open database (backups), through SQLite's backup API."""

from __future__ import annotations

import errno
import os
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from mentorvault.errors import BackupError, DamagedVault, StorageFull
from mentorvault.storage.atomic import atomic_writer
from mentorvault.storage.db import (
    Connection,
    DatabaseError,
    _keyed,
    integrity_check,
    release_freed_memory,
    translate_error,
)

KEY_BYTES = 32
BACKUP_STEP_PAGES = 256  # a background backup copies 1 MiB at a time, so cancelling it takes milliseconds
BACKUP_CACHE_KIB = 2000  # page cache of each connection a background backup opens


class Cancelled(Exception):
    """A background backup was cancelled (the vault is locking)."""


def open_snapshot(db_path: Path, key: bytes) -> Connection:
    """A second connection that holds one read snapshot of the database, for a copy on another thread."""
    source = _keyed(db_path, key)
    try:
        source.execute(f"PRAGMA cache_size = -{BACKUP_CACHE_KIB}")
        source.execute("BEGIN")
        source.execute("SELECT count(*) FROM sqlite_master").fetchone()  # holds the snapshot
    except DatabaseError as exc:
        source.close()
        raise translate_error(exc) from None
    return source


def encrypted_copy(conn: Connection, key: bytes, target: Path, header: bytes = b"",
                   cancelled: threading.Event | None = None, tag: str = "") -> None:
    """Copy the open database into ``target`` (after ``header``), encrypted with ``key``.

    The copy goes through SQLite's backup API into a keyed temporary database beside the
    target, is checked page by page, then streamed into place atomically. A copy of a
    damaged vault is refused, so a bad backup never replaces a good one.

    Temporary names carry ``tag`` (the vault's), so a later open can sweep what a killed
    process left in a backup folder other vaults share.  With ``cancelled``, it copies a
    step at a time and stops (raising ``Cancelled``, leaving nothing behind) soon after
    the event is set.
    """
    if len(key) != KEY_BYTES or not any(key):
        raise BackupError("Refusing to write a backup without a key.",
                          reason="unencrypted_refused")  # never a plaintext export
    marker = f"{tag}-" if tag else ""
    fd, tmp_db = tempfile.mkstemp(prefix=f".mvbackup-{marker}", suffix=".db", dir=target.parent)
    os.close(fd)
    os.chmod(tmp_db, 0o600)
    try:
        with copy_errors():
            api_copy(conn, key, Path(tmp_db), cancelled)
            place_checked_copy(Path(tmp_db), key, target, header, cancelled, tag)
    finally:
        remove_database_files(Path(tmp_db))
        release_freed_memory()  # the copy's page cache and buffers, freed but still held by malloc


@contextmanager
def copy_errors() -> Iterator[None]:
    """A full disk in any of its forms becomes one sentence; SQLite's errors become the vault's."""
    try:
        yield
    except StorageFull:
        raise StorageFull("The disk is full, so the backup was not written. Free some space.",
                          reason="backup_not_written") from None
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise StorageFull("The disk is full, so the backup was not written. Free some space.",
                          reason="backup_not_written") from None
        raise
    except DatabaseError as exc:  # SQLITE_FULL from the backup API or the keyed copy
        translated = translate_error(exc)
        if isinstance(translated, StorageFull):
            raise StorageFull("The disk is full, so the backup was not written. Free some space.",
                          reason="backup_not_written") from None
        raise translated from None


def _stop_if(cancelled: threading.Event | None) -> None:
    if cancelled is not None and cancelled.is_set():
        raise Cancelled()


def api_copy(conn: Connection, key: bytes, dest: Path, cancelled: threading.Event | None = None) -> None:
    """Copy the database ``conn`` reads into ``dest`` through SQLite's backup API, keyed with ``key``
    (every page decrypted and encrypted again), a step at a time when it can be cancelled."""
    out = _keyed(dest, key)
    try:
        if cancelled is None:
            conn.backup(out)
        else:
            out.execute(f"PRAGMA cache_size = -{BACKUP_CACHE_KIB}")
            conn.backup(out, pages=BACKUP_STEP_PAGES, progress=lambda *_progress: _stop_if(cancelled))
    except DatabaseError:
        _stop_if(cancelled)
        raise
    finally:
        out.close()


def quiescent_snapshot(conn: Connection, db_path: Path, key: bytes, tries: int = 3) -> Connection | None:
    """A read snapshot of the database during which nothing can write its file; None if none was had.

    The write-ahead log is checkpointed into the file and emptied first; a reader that starts
    on an empty log reads the file alone (SQLite's read mark 0), and a checkpoint must lock that
    mark to copy anything into the file, so while the snapshot is held the file's bytes are
    exactly the snapshot.  A save between the checkpoint and the snapshot leaves frames in the
    log: then it is tried again.  Call it on the thread that writes through ``conn``.
    """
    wal = Path(f"{db_path}-wal")
    for _ in range(tries):
        try:
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        except DatabaseError as exc:
            raise translate_error(exc) from None
        if busy:
            continue
        source = open_snapshot(db_path, key)
        try:
            left = wal.stat().st_size
        except FileNotFoundError:
            left = 0
        if left == 0:
            return source
        source.close()
    return None


RAW_CHUNK_BYTES = 1024 * 1024  # a cancelled copy stops within one chunk; one buffer, reused


def copy_database_bytes(db_path: Path, dest: Path, cancelled: threading.Event | None = None) -> None:
    """Copy the database file byte for byte (its pages stay encrypted as they are) into ``dest``,
    private and synced.  The caller holds a :func:`quiescent_snapshot`, so the bytes are one
    consistent state; nothing is decrypted or encrypted again, so this costs little more than
    reading and writing the file."""
    with open(db_path, "rb") as src:
        head = src.read(16)
        if head.startswith(b"SQLite format 3"):
            raise BackupError("Refusing to write an unencrypted backup.", reason="unencrypted_refused")
        fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(head)
            buffer = bytearray(RAW_CHUNK_BYTES)
            view = memoryview(buffer)
            while got := src.readinto(buffer):
                _stop_if(cancelled)
                out.write(view[:got])
            out.flush()
            os.fsync(out.fileno())


def place_checked_copy(copy_db: Path, key: bytes, target: Path, header: bytes,
                       cancelled: threading.Event | None = None, tag: str = "") -> None:
    """Check a keyed copy of the database page by page, then stream ``header`` and the copy into
    ``target`` atomically.  A damaged copy is refused, so a bad backup never replaces a good one;
    the copy itself is left where it is."""
    dest = _keyed(copy_db, key)
    try:
        try:
            if cancelled is not None:
                dest.execute(f"PRAGMA cache_size = -{BACKUP_CACHE_KIB}")  # the first read: the schema
                dest.set_progress_handler(cancelled.is_set, 10_000)  # interrupts the checks below
            dest.execute("PRAGMA journal_mode = DELETE")
            integrity_check(dest)
        except (DamagedVault, DatabaseError) as exc:
            _stop_if(cancelled)  # an interrupted check, not a damaged vault
            if isinstance(exc, DatabaseError) and isinstance(translate_error(exc), StorageFull):
                raise
            raise DamagedVault("The vault is damaged, so no backup was written (your older backups are "
                               "kept). Restore the newest good one.", backup_refused=True) from None
    finally:
        dest.close()
    with open(copy_db, "rb") as src:
        if src.read(16).startswith(b"SQLite format 3"):
            raise BackupError("Refusing to write an unencrypted backup.", reason="unencrypted_refused")
        src.seek(0)
        with atomic_writer(target, 0o600, tag) as out:
            out.write(header)
            while chunk := src.read(1024 * 1024):
                _stop_if(cancelled)
                out.write(chunk)
            _stop_if(cancelled)


REKEY_STEP_PAGES = 1024  # 4 MiB per step: progress about every few tenths of a second


def rekeyed_copy(conn: Connection, new_key: bytes, target: Path,
                 progress: Callable[[int, int], None] | None = None) -> int:
    """Copy the open database into a new file ``target`` encrypted with ``new_key``; returns its pages.

    SQLite's backup API reads every page through ``conn`` (so each page's HMAC is checked
    under the old key) and writes it under the new key; the copy is synced to disk before
    this returns.  ``progress(done, total)`` is called after each step of pages.  On any
    failure the partial file is removed; the open database is never written.
    """
    if len(new_key) != KEY_BYTES or not any(new_key):
        raise BackupError("Refusing to re-encrypt without a key.",
                          reason="unencrypted_refused")  # a programming error
    pages = 0

    def step(_status: int, remaining: int, total: int) -> None:
        nonlocal pages
        pages = total
        if progress is not None:
            progress(total - remaining, total)

    try:
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            dest = _keyed(target, new_key)
            try:
                dest.execute("PRAGMA synchronous = FULL")
                conn.backup(dest, pages=REKEY_STEP_PAGES, progress=step)
                if dest.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] < 1:
                    raise DamagedVault()
                dest.execute("PRAGMA journal_mode = DELETE")  # no -wal beside the new file
            finally:
                dest.close()
            with open(target, "rb") as fh:
                if fh.read(16).startswith(b"SQLite format 3"):
                    raise BackupError("Refusing to write an unencrypted database.",
                                      reason="unencrypted_refused")
                os.fsync(fh.fileno())
        except DatabaseError as exc:
            raise translate_error(exc) from None
        except OSError as exc:
            if exc.errno == errno.ENOSPC:
                raise StorageFull() from None
            raise
    except BaseException:
        remove_database_files(target)
        raise
    finally:
        release_freed_memory()
    return pages


def remove_database_files(path: Path) -> None:
    """A database file and the journal, WAL and shared-memory files SQLite keeps beside it."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        try:
            os.unlink(f"{path}{suffix}")
        except FileNotFoundError:
            pass
