"""Backups: one-off files, the daily automatic one (on its own thread), and reading them back.

A backup file is ``BACKUP_MAGIC``, the length of the key-slot file, the key slots a user can
unlock with anywhere (never a device's), then the encrypted database.
"""

from __future__ import annotations

import builtins
import contextlib
import datetime as _dt
import os
import re
import struct
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mentorvault.crypto import keyslots as ks
from mentorvault.errors import (
    BackupError,
    BadBackup,
    DamagedKeySlots,
    DamagedVault,
    MentorVaultError,
    StorageFull,
)
from mentorvault.platform import make_private_dirs
from mentorvault.storage import meta
from mentorvault.storage.atomic import fsync_dir
from mentorvault.storage.copy import (
    Cancelled,
    api_copy,
    copy_database_bytes,
    copy_errors,
    encrypted_copy,
    open_snapshot,
    place_checked_copy,
    quiescent_snapshot,
    remove_database_files,
)
from mentorvault.storage.db import Connection, DatabaseError, integrity_check, open_database, translate_error
from mentorvault.storage.entries import count_entries
from mentorvault.vault.folder import BACKUP_SUFFIX, DB_NAME, VaultFolder

if TYPE_CHECKING:
    from mentorvault.domain.settings import Settings
    from mentorvault.vault.core import Vault
    from mentorvault.vault.keys import BackupsReplaced

BACKUP_MAGIC = b"MENTORVAULT-BACKUP\x00\x01"
KEPT_PREFIX = ".mvkept-"  # a daily backup's copy between its two steps: ``.mvkept-<tag>-auto-<date>.db``
MAX_BACKUP_SLOTS = 64 * 1024

_AUTO_NAME = re.compile(r"auto-(?P<date>\d{4}-\d\d-\d\d)(?:-(?P<tag>[0-9a-f]{8}))?" + re.escape(BACKUP_SUFFIX))


@dataclass(frozen=True)
class BackupStatus:
    """Where the automatic backups stand, for a settings page or a warning."""

    enabled: bool  # backup_keep > 0
    newest: Path | None  # the newest automatic backup file
    newest_at: _dt.datetime | None  # when it was written (UTC)
    running: bool  # today's backup is being written now
    failed: str | None  # why today's backup could not be written, in words for the user


class BackupManager:
    """``vault.backups``: writing, rotating, listing and checking the vault's backups."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._daily: DailyBackup | None = None
        self._daily_failed: str | None = None  # why the day's backup could not even start

    @property
    def tag(self) -> str:
        """Eight hex digits of the vault id: in the names of this vault's files in a shared backup folder."""
        return self._vault.vault_id.replace("-", "")[:8].lower()

    def backup(self, target: Path | str) -> Path:
        """Write one encrypted file restorable with the passphrase or the recovery key."""
        target = Path(target).expanduser()
        if target.is_dir():
            raise BackupError(f"'{target}' is a folder. Give a file name for the backup.",
                              reason="target_is_folder", path=str(target))
        key = self._vault._data_key()
        if len(key) != ks.KEY_BYTES or not any(key):
            raise BackupError("Refusing to write a backup without a key.",
                              reason="unencrypted_refused")  # never a plaintext export
        with _backup_errors(target):
            make_private_dirs(target.parent)  # folders made for the backup are the user's alone
            encrypted_copy(self._vault.conn, key, target, header=self._header(), tag=self.tag)
        return target

    def _header(self) -> bytes:
        """Backups carry the key slots a user can unlock with anywhere: never this device's."""
        slot_bytes = self._vault.keys.portable_slots().to_bytes()
        return BACKUP_MAGIC + struct.pack(">I", len(slot_bytes)) + slot_bytes

    def sweep_folder(self) -> None:
        """What a killed backup left in a backup folder outside the vault (the open swept the inside)."""
        try:
            configured = self._vault.settings.get().backup_dir
        except MentorVaultError:
            return
        if configured:
            self._vault.folder.sweep_leftovers(Path(configured).expanduser(), self.tag)

    def folder(self) -> Path:
        """Where the automatic backups go: the folder chosen in Settings, else the vault's backups/."""
        configured = self._vault.settings.get().backup_dir
        return Path(configured).expanduser() if configured else self._vault.folder.backups_dir

    def rotate(self, force: bool = False) -> Path | None:
        """One automatic backup per day of use; keep the newest ``backup_keep``."""
        plan = self._daily_plan()
        if plan is None:
            return None
        target, keep = plan
        made = None
        if force or not target.exists():
            made = self.backup(target)
        self._prune_automatic(target.parent, keep)
        return made

    def all_backups(self) -> builtins.list[Path]:
        """Every backup of this vault that MentorVault keeps: the automatic and other backups in
        the backup folder (:meth:`list`), and everything in the vault's own backups/, the copies
        taken before an upgrade included.  Backup files written elsewhere are not known here."""
        found = self.list()
        own = self._vault.folder.backups_dir
        if own.is_dir():
            for path in sorted(own.iterdir()):
                if (path.name.endswith(BACKUP_SUFFIX) or path.name.endswith(BACKUP_SUFFIX + ".db")) \
                        and path.is_file() and path not in found:
                    found.append(path)
        return found

    def replace_all(self) -> BackupsReplaced:
        """Replace all of this vault's backups with one fresh backup of the vault as it is now.

        Older backups keep what the vault held when they were made (deleted entries, and after a
        re-key the old key, which opens with the old passphrase).  The fresh one is written and
        synced first, under today's automatic name; only then are the others removed, so a crash
        leaves the fresh backup or the old ones, never no backup.
        """
        from mentorvault.vault.keys import BackupsReplaced

        self.discard_kept_copies()  # they hold what the vault held, under the key it had
        before = self.all_backups()
        fresh = self.backup(self._todays_file(self._vault.settings.get()))
        removed = [fresh] if fresh in before else []  # today's older backup, replaced in place
        for path in before:
            if path != fresh:
                try:
                    path.unlink()
                except FileNotFoundError:
                    continue
                except OSError as exc:
                    raise BackupError(f"The old backup '{path}' could not be removed: {exc.strerror}. "
                                      "The fresh backup was written; remove it by hand.",
                                      reason="old_backup_kept", path=str(path), fresh=str(fresh)) from None
                removed.append(path)
        for where in {fresh.parent, self._vault.folder.backups_dir}:
            fsync_dir(where)
        return BackupsReplaced(fresh, tuple(removed))

    def _daily_plan(self) -> tuple[Path, int] | None:
        """Today's automatic backup file and how many to keep; None when they are switched off, or while
        a rollback warning is pending (the backups may hold what the older copy lacks: none is pruned)."""
        settings = self._vault.settings.get()
        if settings.backup_keep <= 0 or self._vault.rollback.suspected:
            return None
        return self._todays_file(settings), settings.backup_keep

    def _todays_file(self, settings: Settings) -> Path:
        """Today's automatic backup file, its folder made (private) if missing."""
        if not settings.backup_dir:
            self._vault.folder.check_still_here()
        folder = self.folder()
        try:
            make_private_dirs(folder)
        except OSError as exc:
            raise BackupError(f"The backup folder '{folder}' cannot be used: {exc.strerror}. Check that its disk "
                              "is connected, or pick another folder in Settings.",
                              reason="folder_unusable", folder=str(folder)) from None
        # In a folder of the user's choosing, other vaults' backups may sit beside these: the
        # names carry this vault's tag, so one vault never overwrites or prunes another's.
        tag = f"-{self.tag}" if settings.backup_dir else ""
        return folder / f"auto-{self._vault.today()}{tag}{BACKUP_SUFFIX}"

    def _automatic_backups(self, folder: Path) -> list[Path]:
        """This vault's automatic backups in ``folder``, oldest first.

        Backups written before names carried the tag are this vault's when their key file
        says so (read from the file's head; the rest is not read).
        """
        if not folder.is_dir():
            return []
        ours = []
        for path in folder.glob(f"auto-*{BACKUP_SUFFIX}"):
            match = _AUTO_NAME.fullmatch(path.name)
            if match is not None and self._owns(folder, path, match.group("tag")):
                ours.append((match.group("date"), path.name, path))
        return [path for _date, _name, path in sorted(ours)]

    def _owns(self, folder: Path, path: Path, tag: str | None) -> bool:
        """Whether the backup ``path`` in ``folder``, whose name carries ``tag`` (or none), is this vault's.

        Everything in the vault's own backups/ is; elsewhere a name with this vault's tag is,
        and an untagged one when the key file in the backup's head names this vault.
        """
        if tag is not None:
            return tag == self.tag
        return folder == self._vault.folder.backups_dir or _backup_vault_id(path) == self._vault.vault_id

    def _prune_automatic(self, folder: Path, keep: int) -> None:
        autos = self._automatic_backups(folder)
        for old in autos[: max(0, len(autos) - keep)]:
            old.unlink(missing_ok=True)

    def start_daily(self) -> DailyBackup | None:
        """Start today's automatic backup on a thread of its own; None when it is not due.

        The backup is one snapshot of the vault, taken here, while saves go on beside it.  It is
        made in two steps: the database file's bytes are copied as they are (still encrypted)
        into a private copy beside the backups, which takes seconds; then the copy is checked
        page by page and written into place with the key slots, which takes longer.  Locking
        stops either step.  A copy stopped while being checked is kept, and the next unlock of
        the day finishes that same snapshot without copying anything again; a copy stopped while
        being made is removed, and the next unlock takes a new snapshot.  The desktop app uses
        this, so the first unlock of a day does not wait for a copy of the whole vault.
        """
        if self._daily is not None and not self._daily.finished:
            return self._daily
        self._daily_failed = None
        try:
            plan = self._daily_plan()
            if plan is None:
                return None
            target, keep = plan
            self._drop_kept(target.parent, keep_for=target)
            if target.exists():
                self._prune_automatic(target.parent, keep)
                return None
            key = self._vault._data_key()
            kept = self._kept_copy(target)
            source, raw = None, False
            if not kept.exists():
                db_path = self._vault.folder.db_path
                source = quiescent_snapshot(self._vault.conn, db_path, key)
                raw = source is not None
                if source is None:  # saves kept coming: copy through SQLite instead
                    source = open_snapshot(db_path, key)
        except MentorVaultError as exc:
            self._daily_failed = str(exc)
            raise
        self._daily = DailyBackup(source, raw, self._vault.folder.db_path, key, target, kept, self._header(),
                                  self.tag, lambda: self._prune_automatic(target.parent, keep))
        return self._daily

    def _kept_copy(self, target: Path) -> Path:
        """Where the copy for ``target`` waits between its two steps (hidden, beside the backups)."""
        return target.with_name(f"{KEPT_PREFIX}{self.tag}-{target.name.removesuffix(BACKUP_SUFFIX)}.db")

    def _drop_kept(self, folder: Path, keep_for: Path | None = None) -> None:
        """Remove this vault's kept copies in ``folder`` (all, or all but the one for ``keep_for``),
        and any copy a killed process left half made."""
        keep = self._kept_copy(keep_for) if keep_for is not None else None
        if not folder.is_dir():
            return
        for path in folder.glob(f"{KEPT_PREFIX}{self.tag}-*"):
            if keep is None or not str(path).startswith(str(keep)) or path.name.endswith(".partial"):
                remove_database_files(path)

    def discard_kept_copies(self) -> None:
        """Remove the copies kept for unfinished daily backups (a re-key: they hold the old key)."""
        self.cancel_daily()
        folders = {self._vault.folder.backups_dir}
        try:
            folders.add(self.folder())
        except MentorVaultError:
            pass
        for folder in folders:
            self._drop_kept(folder)

    @property
    def daily(self) -> DailyBackup | None:
        """The background backup this unlock started, running or finished."""
        return self._daily

    def cancel_daily(self) -> None:
        """Stop the background backup (locking); its copy of the key goes with its thread."""
        daily, self._daily = self._daily, None
        if daily is not None:
            daily.cancel()

    def status(self) -> BackupStatus:
        settings = self._vault.settings.get()
        newest = newest_at = None
        for path in reversed(self._automatic_backups(self.folder())):
            try:
                newest_at = _dt.datetime.fromtimestamp(path.stat().st_mtime, _dt.UTC)
            except OSError:
                continue  # removed meanwhile
            newest = path
            break
        job = self._daily
        running = job is not None and not job.finished
        failed = self._daily_failed
        if job is not None and job.finished and job.error is not None:
            failed = str(job.error)
        return BackupStatus(settings.backup_keep > 0, newest, newest_at, running, failed)

    def list(self) -> builtins.list[Path]:
        """This vault's backups in its backup folder, newest name first.

        A folder chosen in Settings may hold other vaults' backups too: there a file is this
        vault's when its name carries the vault's tag or its key file names the vault.
        """
        folder = self.folder()
        if not folder.is_dir():
            return []
        found = []
        for path in sorted(folder.glob(f"*{BACKUP_SUFFIX}"), reverse=True):
            match = _AUTO_NAME.fullmatch(path.name)
            if self._owns(folder, path, match.group("tag") if match else None):
                found.append(path)
        return found


class DailyBackup:
    """A day's automatic backup, written on its own thread from one snapshot of the vault.

    ``source`` holds the snapshot (None when finishing a copy an earlier unlock kept); with
    ``raw`` the snapshot is quiescent and the file's bytes are copied as they are, otherwise
    SQLite's backup API copies the pages.  ``phase`` says which step runs: ``copy`` or ``check``.
    """

    def __init__(self, source: Connection | None, raw: bool, db_path: Path, key: bytes, target: Path, kept: Path,
                 header: bytes, tag: str, prune: Callable[[], None]) -> None:
        self.target = target
        self.kept = kept
        self.path: Path | None = None  # the backup written, once it is
        self.error: MentorVaultError | None = None
        self.resumed = source is None  # finishing the snapshot an earlier unlock copied
        self.phase = "check" if source is None else "copy"
        self._source = source
        self.raw = raw  # the file's bytes copied as they are, from a quiescent snapshot
        self._db_path = db_path
        self._key = bytearray(key)
        self._header = header
        self._tag = tag
        self._prune = prune  # touches files only: safe on this thread
        self._cancelled = threading.Event()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="mentorvault-backup", daemon=True)
        self._thread.start()

    @property
    def finished(self) -> bool:
        return self._done.is_set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until it has finished; True if it has."""
        return self._done.wait(timeout)

    def cancel(self, timeout: float = 30.0) -> None:
        """Stop at the next step and wait for the thread: a copy being made is removed, a copy
        being checked is kept for the next unlock."""
        self._cancelled.set()
        self._thread.join(timeout)

    def _copy(self, key: bytes) -> None:
        source = self._source
        assert source is not None
        partial = self.kept.with_name(self.kept.name + ".partial")
        try:
            if self.raw:
                copy_database_bytes(self._db_path, partial, self._cancelled)
            else:
                api_copy(source, key, partial, self._cancelled)
            os.replace(partial, self.kept)  # a whole copy or none under the kept name
            fsync_dir(self.kept.parent)
        except BaseException:
            remove_database_files(partial)
            raise
        finally:
            self._source = None
            source.close()  # the snapshot is no longer needed: the copy holds it

    def _run(self) -> None:
        key = bytes(self._key)
        try:
            with _backup_errors(self.target), copy_errors():
                if self._source is not None:
                    self._copy(key)
                    self.phase = "check"
                try:
                    place_checked_copy(self.kept, key, self.target, self._header, self._cancelled, self._tag)
                except DamagedVault:
                    remove_database_files(self.kept)
                    if self.resumed:  # the vault may be fine: the next unlock copies it again
                        raise BackupError("The copy kept for today's backup was damaged, so it was removed. "
                                          "The next unlock makes a new one.", reason="kept_copy_damaged") from None
                    raise
                remove_database_files(self.kept)
            self._prune()
            self.path = self.target
        except Cancelled:
            pass
        except MentorVaultError as exc:
            self.error = exc  # like the unlock's backup used to: the user is not kept out; tried again next time
        except Exception as exc:  # noqa: BLE001 -- a thread has no caller to raise to
            self.error = BackupError(f"The automatic backup failed on an unexpected {type(exc).__name__}.",
                                     reason="unexpected")
        finally:
            try:
                if self._source is not None:
                    self._source.close()
            finally:
                del key
                for i in range(len(self._key)):
                    self._key[i] = 0
                self._done.set()


@contextlib.contextmanager
def _backup_errors(target: Path) -> Iterator[None]:
    """Turn what writing a backup can raise into the errors a user reads."""
    try:
        yield
    except (StorageFull, BackupError, DamagedVault, Cancelled):
        raise
    except DatabaseError as exc:
        raise translate_error(exc) from None
    except OSError as exc:
        raise BackupError(f"The backup could not be written to '{target}': {exc.strerror}.",
                          reason="write_failed", path=str(target)) from None


def backup_before_migrate(folder: VaultFolder, key: bytearray, conn: Connection, old_version: int) -> None:
    """Back up the database (with what is still in its WAL) before a migration, atomically."""
    target = folder.backups_dir / f"before-migration-v{old_version}{BACKUP_SUFFIX}.db"
    try:
        target.parent.mkdir(mode=0o700, exist_ok=True)
        encrypted_copy(conn, bytes(key), target)
    except StorageFull:
        raise StorageFull("The disk is full, so the vault could not be upgraded. Free some space and "
                          "try again; nothing was changed.", reason="not_upgraded") from None
    except (OSError, DatabaseError) as exc:
        raise BackupError(f"The vault could not be backed up before its upgrade ({exc}). "
                          "Nothing was changed.", reason="before_upgrade") from None


def _backup_vault_id(path: Path) -> str | None:
    """The vault id in a backup file's key slots, reading only the head of the file."""
    head = len(BACKUP_MAGIC) + 4
    try:
        with open(path, "rb") as fh:
            start = fh.read(head)
            if len(start) < head or not start.startswith(BACKUP_MAGIC):
                return None
            (length,) = struct.unpack(">I", start[len(BACKUP_MAGIC):])
            if length > MAX_BACKUP_SLOTS:
                return None
            return ks.KeySlotFile.from_bytes(fh.read(length)).vault_id
    except (OSError, DamagedKeySlots):
        return None


def read_backup(source: Path) -> tuple[ks.KeySlotFile, bytes]:
    """A backup file's key slots and encrypted database (not yet checked)."""
    try:
        with open(source, "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        raise BadBackup(f"There is no file '{source}'. Check the path.",
                        reason="no_file", path=str(source)) from None
    except IsADirectoryError:
        raise BadBackup(f"'{source}' is a folder, not a backup file.",
                        reason="not_a_file", path=str(source)) from None
    head = len(BACKUP_MAGIC) + 4
    if len(data) < head or not data.startswith(BACKUP_MAGIC):
        raise BadBackup()
    (length,) = struct.unpack(">I", data[len(BACKUP_MAGIC):head])
    if length > MAX_BACKUP_SLOTS or head + length >= len(data):
        raise BadBackup()
    try:
        slots = ks.KeySlotFile.from_bytes(data[head: head + length])
    except DamagedKeySlots:
        raise BadBackup() from None
    return slots, data[head + length:]


@dataclass(frozen=True)
class CheckedBackup:
    """A backup unpacked into a work folder and checked page by page."""

    slots: ks.KeySlotFile
    key: bytes
    db_path: Path
    entries: int
    generation: int


def check_backup(slots: ks.KeySlotFile, db_bytes: bytes, key: bytes, workdir: Path) -> CheckedBackup:
    """Write the backup's database into ``workdir`` and check every page; BadBackup if anything is wrong."""
    db_path = workdir / DB_NAME
    fd = os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(db_bytes)
        fh.flush()
        os.fsync(fh.fileno())
    try:
        conn = open_database(db_path, key, readonly=True)
    except DamagedVault:
        raise BadBackup() from None
    try:
        integrity_check(conn)
        if meta.get_meta(conn, "vault_id") != slots.vault_id:
            raise BadBackup()
        count = count_entries(conn)
        generation = int(meta.get_meta(conn, "generation") or 0)
    except (DamagedVault, DatabaseError):
        raise BadBackup() from None
    finally:
        conn.close()
    return CheckedBackup(slots, key, db_path, count, generation)
