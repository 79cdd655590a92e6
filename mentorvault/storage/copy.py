"""Encrypted copies of the open database (backups), through SQLite's backup API."""

from __future__ import annotations

import errno
import os
import tempfile
import threading
from collections.abc import Callable
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

    def stop_if_cancelled() -> None:
        if cancelled is not None and cancelled.is_set():
            raise Cancelled()

    marker = f"{tag}-" if tag else ""
    fd, tmp_db = tempfile.mkstemp(prefix=f".mvbackup-{marker}", suffix=".db", dir=target.parent)
    os.close(fd)
    os.chmod(tmp_db, 0o600)
    try:
        dest = _keyed(Path(tmp_db), key)
        try:
            if cancelled is None:
                conn.backup(dest)
            else:
                dest.execute(f"PRAGMA cache_size = -{BACKUP_CACHE_KIB}")
                dest.set_progress_handler(cancelled.is_set, 10_000)  # interrupts the checks below
                conn.backup(dest, pages=BACKUP_STEP_PAGES, progress=lambda *_progress: stop_if_cancelled())
            dest.execute("PRAGMA journal_mode = DELETE")
            try:
                integrity_check(dest)
            except DamagedVault:
                stop_if_cancelled()  # an interrupted check, not a damaged vault
                raise DamagedVault("The vault is damaged, so no backup was written (your older backups are "
                                   "kept). Restore the newest good one.", backup_refused=True) from None
        except DatabaseError:
            stop_if_cancelled()
            raise
        finally:
            dest.close()
        with open(tmp_db, "rb") as src:
            if src.read(16).startswith(b"SQLite format 3"):
                raise BackupError("Refusing to write an unencrypted backup.", reason="unencrypted_refused")
            src.seek(0)
            with atomic_writer(target, 0o600, tag) as out:
                out.write(header)
                while chunk := src.read(1024 * 1024):
                    stop_if_cancelled()
                    out.write(chunk)
                stop_if_cancelled()
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
    finally:
        for path in (tmp_db, tmp_db + "-journal", tmp_db + "-wal", tmp_db + "-shm"):
            try:
                os.unlink(path)
            except FileNotFoundError:
                pass
        release_freed_memory()  # the copy's page cache and buffers, freed but still held by malloc


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
