"""The SQLCipher connection: raw 256-bit key, hardened pragmas, numbered migrations."""

from __future__ import annotations

import ctypes
import errno
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import sqlcipher3.dbapi2 as sqlcipher

from mentorvault.domain.models import UpgradeProgress
from mentorvault.errors import DamagedVault, MentorVaultError, StorageFull
from mentorvault.platform import make_private
from mentorvault.storage.migrations import COMPACT_PENDING, MIGRATIONS, TAKES_PROGRESS, Progress

if TYPE_CHECKING:
    # sqlcipher3 ships no type information; it is a fork of the standard library's sqlite3
    # module with the same DB-API classes, so the checker reads those ("X as X": re-exported).
    from sqlite3 import Connection as Connection
    from sqlite3 import Cursor as Cursor
    from sqlite3 import DatabaseError as DatabaseError
    from sqlite3 import IntegrityError as IntegrityError
    from sqlite3 import OperationalError as OperationalError
    from sqlite3 import Row as Row
else:
    Connection = sqlcipher.Connection
    DatabaseError = sqlcipher.DatabaseError
    OperationalError = sqlcipher.OperationalError
    IntegrityError = sqlcipher.IntegrityError
    Cursor = sqlcipher.Cursor
    Row = sqlcipher.Row

SCHEMA_VERSION = len(MIGRATIONS)
CACHE_SIZE = -4000  # PRAGMA cache_size: negative means KiB


def _keyed(path: Path, key: bytes, *, readonly: bool = False) -> Connection:
    if len(key) != 32:
        raise ValueError("a vault key is 32 bytes")  # a programming error, never a user's
    if not readonly:
        private_database_files(Path(path))
    # Percent-encode the path: a '#' or '?' in a folder name must not cut the URI.
    uri = "file:" + quote(str(Path(path).resolve()), safe="/")
    target = uri + "?mode=ro" if readonly else uri
    conn: Connection = sqlcipher.connect(
        target, uri=True, isolation_level=None, check_same_thread=False, timeout=5.0
    )
    # Before the key: otherwise SQLCipher prints "ERROR CORE" lines to stderr on a wrong key.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def private_database_files(path: Path) -> None:
    """Make the database file 0600 before SQLite opens it, whatever the umask or folder.

    SQLite creates a new database with 0644 less the umask, and its ``-wal`` and ``-shm``
    files with the database file's own mode; so a database created here as 0600 keeps all
    three private.  Files an older version left readable by others are tightened.
    """
    try:
        os.close(os.open(path, os.O_RDONLY | os.O_CREAT, 0o600))
    except OSError:
        return  # a read-only folder: SQLite says what is wrong in its own words
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            make_private(Path(f"{path}{suffix}"))
        except OSError:
            pass


def release_freed_memory() -> None:
    """Hand memory freed after a large operation (a backup) back to the system (glibc only)."""
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):
        pass


def open_database(
    path: Path,
    key: bytes,
    *,
    create: bool = False,
    readonly: bool = False,
    before_migrate: Callable[[Connection, int], None] | None = None,
    progress: Progress | None = None,
) -> Connection:
    """Open (or create) the encrypted database and bring its schema up to date.

    ``before_migrate(conn, old_version)`` runs before the first migration of an existing
    database, so the caller can take a backup; ``progress`` hears how a long migration goes.
    """
    if not create:
        if not Path(path).exists():
            raise DamagedVault("The vault database is missing. Nothing was changed.", reason="missing")
        if Path(path).stat().st_size == 0:
            raise DamagedVault("The vault database is empty, as a power cut can leave it. Nothing was changed.",
                               reason="empty")
    conn = _keyed(Path(path), key, readonly=readonly)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if create and scalar(conn, "PRAGMA user_version") == 0:
            # Before the first table, and before WAL mode writes the header (see give_back_free_pages).
            conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        # A 4 MiB page cache (this SQLCipher build defaults to 8 MiB): enough for the count and
        # first list page together (about 650 pages at 50k entries; at 2 MiB they evicted each
        # other and every list opened decrypted them again), without holding more decrypted
        # pages in memory than that.
        conn.execute(f"PRAGMA cache_size = {CACHE_SIZE}")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        if not create and scalar(conn, "PRAGMA user_version") == 0:
            # A vault's database always has its schema (the key file is written after it):
            # an unversioned one is damage, and migrating would write over the evidence.
            raise DamagedVault()
        if not readonly:
            migrate(conn, before_migrate, progress)
        elif scalar(conn, "PRAGMA user_version") > SCHEMA_VERSION:
            raise DamagedVault("This vault was made by a newer version of MentorVault. Nothing was changed. "
                               "Update MentorVault to open it.", reason="newer_version")
    except DatabaseError as exc:
        conn.close()
        raise translate_error(exc) from None
    except BaseException:
        conn.close()
        raise
    return conn


def migrate(conn: Connection, before_migrate: Callable[[Connection, int], None] | None = None,
            progress: Progress | None = None) -> None:
    version = scalar(conn, "PRAGMA user_version")
    if version > SCHEMA_VERSION:
        raise DamagedVault("This vault was made by a newer version of MentorVault. Nothing was changed. "
                           "Update MentorVault to open it.", reason="newer_version")
    if version < SCHEMA_VERSION:
        if version > 0 and before_migrate is not None:
            before_migrate(conn, version)
        for number in range(version + 1, SCHEMA_VERSION + 1):
            step = MIGRATIONS[number - 1]
            conn.execute("BEGIN IMMEDIATE")
            try:
                if step in TAKES_PROGRESS:
                    step(conn, progress)
                else:
                    step(conn)
                conn.execute(f"PRAGMA user_version = {number}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
    compact_if_pending(conn, progress)


def compact_if_pending(conn: Connection, progress: Progress | None = None) -> None:
    """VACUUM once after a migration that freed much (schema 8's), so the file gives the space back.

    The flag is committed with the migration and cleared after the VACUUM: a VACUUM is one
    transaction (through the WAL, so a killed process leaves the old or the new file), and one
    that was killed runs again at the next open.  Its working copy is built in memory (``temp_store
    = MEMORY``), never in a plaintext temporary file.
    """
    if scalar(conn, "SELECT count(*) FROM sqlite_master WHERE name = 'meta'") == 0:
        return
    if scalar(conn, "SELECT value FROM meta WHERE key = ?", (COMPACT_PENDING,)) is None:
        return
    if progress is not None:
        progress(UpgradeProgress("compacting", 0, 0))
    conn.execute("PRAGMA auto_vacuum = INCREMENTAL")  # takes effect with this VACUUM
    conn.execute("VACUUM")
    conn.execute("DELETE FROM meta WHERE key = ?", (COMPACT_PENDING,))
    checkpoint(conn)


def integrity_check(conn: Connection) -> None:
    """Read every page (HMACs) and check the SQLite structure; raise DamagedVault on any fault."""
    try:
        problems = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        if problems:
            raise DamagedVault()
        if scalar(conn, "PRAGMA quick_check") != "ok":
            raise DamagedVault()
    except DatabaseError:
        raise DamagedVault() from None


def translate_error(exc: BaseException) -> MentorVaultError:
    text = str(exc).lower()
    if "disk" in text and "full" in text or getattr(exc, "errno", None) == errno.ENOSPC:
        return StorageFull()
    if "locked" in text or "busy" in text:
        from mentorvault.errors import VaultBusy

        return VaultBusy()
    if "disk i/o" in text or "i/o error" in text:
        return MentorVaultError(
            "MentorVault could not read or write the vault's files: the disk may be full or failing. "
            "Nothing was changed; free some space and try again."
        )
    if "readonly" in text or "read-only" in text:
        return MentorVaultError(
            "The vault folder is read-only, so nothing could be saved. Check the folder's permissions."
        )
    return DamagedVault(unreadable=True)  # SQLCipher could not read a page with this key


def query(conn: Connection, sql: str, args: Sequence[Any] = ()) -> Cursor:
    """Run ``sql``; its rows are read by column name (``row["title"]``), never by position."""
    cur = conn.cursor()
    cur.row_factory = Row
    return cur.execute(sql, args)


def scalar(conn: Connection, sql: str, args: Sequence[Any] = ()) -> Any:
    """The one value a one-column, one-row query returns (None when it returns no row)."""
    row = conn.execute(sql, args).fetchone()
    if row is None:
        return None
    (value,) = row
    return value


@contextmanager
def transaction(conn: Connection) -> Iterator[None]:
    """One ``BEGIN IMMEDIATE`` transaction: a killed process leaves the old or the new state.

    Inside a transaction already open on ``conn`` (a caller's, e.g. an import adding entries and
    their attachments all-or-nothing) this is a savepoint instead: an error rolls back this
    block's changes and propagates, and the outer transaction decides whether anything is kept.
    """
    if conn.in_transaction:
        yield from _savepoint(conn)
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
    except DatabaseError as exc:
        raise translate_error(exc) from None
    try:
        yield
        conn.execute("COMMIT")
    except BaseException as exc:
        try:
            conn.execute("ROLLBACK")
        except DatabaseError:
            pass
        if isinstance(exc, DatabaseError) and not isinstance(exc, IntegrityError):
            raise translate_error(exc) from None
        raise


def _savepoint(conn: Connection) -> Iterator[None]:
    conn.execute("SAVEPOINT nested")
    try:
        yield
    except BaseException:
        try:
            conn.execute("ROLLBACK TO nested")
            conn.execute("RELEASE nested")
        except DatabaseError:
            pass
        raise
    conn.execute("RELEASE nested")


FREE_PAGES_KEPT = 256  # 1 MiB of free pages is kept for the next saves to use


def give_back_free_pages(conn: Connection, pages: int) -> int:
    """One step of giving free pages back to the disk (``auto_vacuum = INCREMENTAL``, set since
    schema 8): moves up to ``pages`` pages from the end of the file into free ones and cuts the
    file shorter.  Returns how many free pages are left beyond the few kept for the next saves.

    Edits free pages all the time: FTS5's merges rewrite index segments, purges rewrite index
    pages, an entry's new text replaces its old one.  Without this the file keeps its largest size
    (a 10,000-entry vault with a tenth of its entries edited five times held 71 MiB of free pages
    in 221 MiB); secure_delete has already zeroed the pages it frees.
    """
    if scalar(conn, "PRAGMA auto_vacuum") != 2:
        return 0
    free = int(scalar(conn, "PRAGMA freelist_count"))
    if free <= FREE_PAGES_KEPT:
        return 0
    conn.execute(f"PRAGMA incremental_vacuum({int(min(pages, free - FREE_PAGES_KEPT))})").fetchall()
    return max(0, int(scalar(conn, "PRAGMA freelist_count")) - FREE_PAGES_KEPT)


def checkpoint(conn: Connection) -> None:
    """Fold the WAL back into the database file (after a delete, so the old text leaves the WAL too)."""
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except DatabaseError:
        pass
