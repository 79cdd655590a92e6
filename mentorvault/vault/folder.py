"""The vault folder, owned by one object: its names, its lock, its leftovers, its restores.

A vault is a folder holding ``vault.db`` (SQLCipher 4, raw 256-bit key),
``keyslots.json`` (the data key wrapped once per way of unlocking), ``vault.lock``
and ``backups/``.  :class:`VaultFolder` is the only code that builds those paths; it
also keeps the counter of unlocks outside the folder (rollback detection), in the
user's state folder.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mentorvault import platform
from mentorvault.crypto import keyslots as ks
from mentorvault.errors import (
    FolderNotCreated,
    FolderNotWritable,
    MentorVaultError,
    VaultBusy,
    VaultExists,
    VaultFolderMoved,
)
from mentorvault.storage.atomic import fsync_dir, write_atomic
from mentorvault.storage.copy import remove_database_files

DB_NAME = "vault.db"
SLOTS_NAME = "keyslots.json"
LOCK_NAME = "vault.lock"
BACKUP_DIR = "backups"
BACKUP_SUFFIX = ".mvbackup"
RESTORE_MARKER = ".restoring"
GENERATIONS_NAME = "seen-generations.json"
REKEY_NAME = ".vault.db.rekey"  # the database re-encrypted under a new key, until it replaces vault.db

# Temporary files this code makes beside a target (tempfile's 8-character names): a process
# killed mid-write leaves them behind, hidden and encrypted, never under a final name.
# The copy takes the vault's WAL mode with its pages, so a kill can leave its -wal and -shm too.
# A daily backup's copy being made is ``.mvkept-<tag>-<name>.db.partial``; once whole it loses
# ``.partial`` and is kept for the next unlock (vault.backups), so only the partial is swept.
_LEFTOVER = re.compile(r"\..+\.([0-9a-f]{8}-)?[a-z0-9_]{8}\.tmp"
                       r"|\.mvbackup-([0-9a-f]{8}-)?[a-z0-9_]{8}\.db(-journal|-wal|-shm)?|\.restoring"
                       r"|\.mvkept-[0-9a-f]{8}-[^/]+\.db\.partial")
_STAGING = re.compile(r"\..+\.restore-[a-z0-9_]{8}")


def _tagged_leftover(tag: str) -> re.Pattern[str]:
    """This vault's temporary files in a backup folder that other vaults may share."""
    return re.compile(rf"\..+\.{tag}-[a-z0-9_]{{8}}\.tmp|\.mvbackup-{tag}-[a-z0-9_]{{8}}\.db(-journal|-wal|-shm)?"
                      rf"|\.mvkept-{tag}-[^/]+\.db\.partial")


def _names(folder: Path) -> list[str]:
    try:
        return os.listdir(folder)
    except OSError:
        return []  # missing or unreadable: nothing to sweep


@dataclass
class SeenGenerations:
    """The record of unlock counters as read from the state folder (its JSON, checked by vault/rollback.py)."""

    data: dict[str, Any]
    places: dict[str, Any] = field(init=False)  # the records by place (format 2), created empty when missing

    def __post_init__(self) -> None:
        places = self.data.get("places")
        if not isinstance(places, dict):
            places = self.data["places"] = {}
        self.data["version"] = 2
        self.places = places


class VaultFolder:
    """One vault folder on disk.  It never reads the database; :class:`Vault` does."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path).expanduser()
        self._lock: platform.FolderLock | None = None
        self._identity: tuple[int, int] | None = None

    def __repr__(self) -> str:
        return f"VaultFolder({str(self.path)!r})"

    # ------------------------------------------------------------ names

    @property
    def db_path(self) -> Path:
        return self.path / DB_NAME

    @property
    def slots_path(self) -> Path:
        return self.path / SLOTS_NAME

    @property
    def lock_path(self) -> Path:
        return self.path / LOCK_NAME

    @property
    def rekey_path(self) -> Path:
        """Where a re-key writes the re-encrypted database before it replaces ``vault.db``."""
        return self.path / REKEY_NAME

    @property
    def backups_dir(self) -> Path:
        """The vault's own backup folder (a folder chosen in Settings may be used instead)."""
        return self.path / BACKUP_DIR

    def holds_vault(self) -> bool:
        return self.slots_path.exists() and self.db_path.exists()

    def holds_any_vault_file(self) -> bool:
        return self.slots_path.exists() or self.db_path.exists()

    def is_empty(self) -> bool:
        return not self.path.exists() or not any(self.path.iterdir())

    def make(self) -> None:
        """Create the folder (private to the user) for a new vault."""
        try:
            platform.make_private_dirs(self.path)
            if not self.path.is_dir():
                raise NotADirectoryError(errno.ENOTDIR, "Not a directory")
        except OSError as exc:
            raise FolderNotCreated(folder=self.path, os_error=exc.strerror or str(exc)) from None

    # ------------------------------------------------------------ the lock

    def lock(self) -> None:
        """Hold an exclusive lock on the folder (while the vault is unlocked); VaultBusy if another holds it."""
        lock = platform.FolderLock(self.lock_path)
        try:
            taken = lock.acquire()
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise FolderNotWritable(folder=self.path) from None
            raise
        if not taken:
            raise VaultBusy(folder=self.path)
        self._lock = lock
        st = os.stat(self.path)
        self._identity = (st.st_dev, st.st_ino)

    def unlock(self) -> None:
        lock, self._lock = self._lock, None
        if lock is not None:
            lock.release()

    def check_still_here(self) -> None:
        """Refuse to write beside a vault folder that was moved or deleted while open."""
        try:
            st = os.stat(self.path)
            same = (st.st_dev, st.st_ino) == self._identity
        except OSError:
            same = False
        if not same:
            raise VaultFolderMoved(folder=self.path)

    # ------------------------------------------------------------ files

    def read_slots(self) -> ks.KeySlotFile:
        return ks.KeySlotFile.load(self.slots_path)

    def write_slots(self, slots: ks.KeySlotFile, *, check: bool = True) -> None:
        if check:
            self.check_still_here()
        write_atomic(self.slots_path, slots.to_bytes())

    def database_salt(self) -> str | None:
        """SQLCipher's per-file salt: the first 16 bytes of the database file (not secret)."""
        return database_salt(self.db_path)

    # ------------------------------------------------------------ re-keying

    def finish_rekey(self) -> None:
        """Settle a re-key that a killed process left half done, before anything reads the vault.

        A re-key writes the re-encrypted database beside ``vault.db``, then the key file that
        names it (its ``database_salt``), then swaps the database in.  The key file decides:
        when it names the new database, the swap is finished; otherwise the new database was
        never committed to and is removed.  Either way the key file and the database agree.
        """
        pending = self.rekey_path
        if not any(Path(f"{pending}{s}").exists() for s in ("", "-journal", "-wal", "-shm")):
            return
        self.lock()  # VaultBusy while a live process is re-keying
        try:
            self.settle_rekey()
        finally:
            self.unlock()

    def settle_rekey(self) -> None:
        """``finish_rekey`` with the folder lock already held."""
        pending = self.rekey_path
        try:
            named = self.read_slots().database_salt
        except MentorVaultError:
            named = None
        if pending.exists() and named is not None and named == database_salt(pending):
            self.swap_in_rekeyed()
        else:
            remove_database_files(pending)

    def swap_in_rekeyed(self) -> None:
        """Replace ``vault.db`` with the re-encrypted copy (the key file already names it).

        The old database's WAL and shared-memory files go first: they belong to the old file
        (a checkpoint emptied the WAL before the copy) and must never be applied to the new one.
        """
        for suffix in ("-wal", "-shm"):
            Path(f"{self.db_path}{suffix}").unlink(missing_ok=True)
        os.replace(self.rekey_path, self.db_path)
        for suffix in ("-journal", "-wal", "-shm"):
            Path(f"{self.rekey_path}{suffix}").unlink(missing_ok=True)
        fsync_dir(self.path)

    def sweep_leftovers(self, elsewhere: Path | None = None, tag: str = "") -> list[str]:
        """Remove temporary files a killed process left in the vault folder and its backups.

        Only called with the folder lock held, so no other MentorVault process is writing them.
        In a backup folder ``elsewhere``, which other vaults may share, only names with this
        vault's ``tag`` are removed.
        """
        removed = []
        places = [(self.path, _LEFTOVER), (self.backups_dir, _LEFTOVER)]
        if elsewhere is not None and tag:
            places.append((elsewhere, _tagged_leftover(tag)))
        for where, pattern in places:
            for name in _names(where):
                path = where / name
                if pattern.fullmatch(name) and path.is_file() and not path.is_symlink():
                    try:
                        path.unlink()
                        removed.append(str(path))
                    except OSError:
                        pass  # read-only folder: harmless, tried again next time
        return removed

    def find_backups(self) -> list[Path]:
        """Backups in the folder's own backups/ (no unlocking needed), newest first."""
        backups = self.backups_dir
        return sorted(backups.glob(f"*{BACKUP_SUFFIX}"), reverse=True) if backups.is_dir() else []

    # ------------------------------------------------------------ restoring into this folder

    @contextlib.contextmanager
    def restoring(self) -> Iterator[Path]:
        """A staging folder beside this one, marked as in use, to restore into.

        On success the caller has filled it; it then becomes this folder in one rename.
        On failure it is removed.  A staging folder whose process died is swept by the
        next restore into the same parent folder.
        """
        if not self.is_empty():
            raise VaultExists(f"'{self.path}' already exists and is not empty. Restore into a new folder.",
                              folder=self.path)
        platform.make_private_dirs(self.path.parent)
        _sweep_dead_restores(self.path.parent)
        staging = Path(tempfile.mkdtemp(prefix=f".{self.path.name}.restore-", dir=self.path.parent))
        marker = None
        try:
            os.chmod(staging, 0o700)
            marker = os.open(staging / RESTORE_MARKER, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
            platform.wait_lock(marker)  # held for as long as this process restores into it
            yield staging
            if self.path.exists():
                self.path.rmdir()
            os.replace(staging, self.path)
            fsync_dir(self.path.parent)
        except BaseException:
            _remove_staging(staging)
            raise
        finally:
            if marker is not None:
                os.close(marker)
        (self.path / RESTORE_MARKER).unlink(missing_ok=True)  # a kill before this: the next open sweeps it

    # ------------------------------------------------------------ unlock counter (rollback detection)

    @property
    def place(self) -> str:
        """Where this folder is, as the rollback record names it: the resolved path."""
        try:
            return str(self.path.resolve())
        except OSError:
            return str(self.path.absolute())

    @staticmethod
    def generations_file() -> Path:
        import platformdirs

        return Path(platformdirs.user_state_dir("MentorVault", appauthor=False)) / GENERATIONS_NAME

    @classmethod
    def read_generations(cls) -> SeenGenerations:
        """The whole record of unlock counters (outside every vault folder), empty when missing or unreadable."""
        path = cls.generations_file()
        try:
            seen = json.loads(path.read_text()) if path.exists() else {}
        except (OSError, ValueError):
            seen = {}
        return SeenGenerations(seen if isinstance(seen, dict) else {})

    @classmethod
    @contextlib.contextmanager
    def generations_locked(cls) -> Iterator[None]:
        """Hold the record's own lock while reading and rewriting it (other vaults may be opening)."""
        path = cls.generations_file()
        fd = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(path.with_suffix(".lock"), os.O_RDWR | os.O_CREAT, 0o600)
            platform.wait_lock(fd)
        except OSError:
            fd = None  # a read-only state folder: the record is read, and written next time
        try:
            yield
        finally:
            if fd is not None:
                os.close(fd)

    @classmethod
    def write_generations(cls, seen: SeenGenerations) -> bool:
        """Replace the record atomically; False when the state folder cannot be written."""
        path = cls.generations_file()
        try:
            platform.make_private_dirs(path.parent)
            platform.make_private(path.parent, 0o700)  # the state folder is MentorVault's own
            write_atomic(path, json.dumps(seen.data, separators=(",", ":"), sort_keys=True).encode())
        except (MentorVaultError, OSError):
            return False  # a full or read-only disk: the counter is recorded at the next unlock
        return True


def database_salt(path: Path) -> str | None:
    """SQLCipher's per-file salt: the first 16 bytes of the database file (not secret)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError:
        return None
    return head.hex() if len(head) == 16 else None


def _sweep_dead_restores(parent: Path) -> None:
    """Remove staging folders of restores whose process died: ours by name, by marker, and
    with the marker's lock free, or still empty.  Anything else (a live restore, a folder
    with content but no marker) is left alone."""
    for name in _names(parent):
        staging = parent / name
        if not _STAGING.fullmatch(name) or staging.is_symlink() or not staging.is_dir():
            continue
        try:
            fd = os.open(staging / RESTORE_MARKER, os.O_RDWR | platform.NOFOLLOW)
        except FileNotFoundError:
            try:
                staging.rmdir()  # killed before it wrote anything: only an empty folder goes
            except OSError:
                pass
            continue
        except OSError:
            continue
        if not platform.try_lock(fd):
            os.close(fd)
            continue  # a restore is running in it
        try:
            _remove_staging(staging)
        finally:
            os.close(fd)


def _remove_staging(staging: Path) -> None:
    """Remove a staging folder, its marker last: a process killed while removing it leaves a folder
    the next sweep still knows as a dead restore's (a folder with content and no marker is left
    alone, so removing the marker first could leave one behind for good)."""
    try:
        children = [c for c in staging.iterdir() if c.name != RESTORE_MARKER]
    except OSError:
        return
    for child in children:
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child, ignore_errors=True)
        else:
            try:
                child.unlink()
            except OSError:
                pass
    try:
        (staging / RESTORE_MARKER).unlink(missing_ok=True)
        staging.rmdir()
    except OSError:
        pass
