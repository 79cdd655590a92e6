"""The one facade both front ends use.

``Vault`` opens a vault folder (:class:`VaultFolder`), holds the folder's lock while it
is unlocked, and hangs a manager off itself for each job, the way Anki's ``Collection``
does: ``vault.entries``, ``vault.partners``, ``vault.keys``, ``vault.backups`` and
``vault.settings``, and the exchange's ``vault.identity``, ``vault.cards``,
``vault.consents``, ``vault.exchange``, ``vault.inbox`` and ``vault.shared_log``.  It never
imports Qt.
"""

from __future__ import annotations

import functools
import os
import secrets
import tempfile
import time
import uuid
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from mentorvault import exchange, platform
from mentorvault.crypto import keyslots as ks
from mentorvault.devicekeys import KeyringStore, SecretStore
from mentorvault.domain.kinds import KINDS, KindSpec
from mentorvault.domain.models import UpgradeProgress
from mentorvault.errors import (
    BadBackup,
    DamagedKeySlots,
    DamagedVault,
    MentorVaultError,
    SharedLogTampered,
    VaultExists,
    VaultLocked,
    VaultNotFound,
)
from mentorvault.exchange import practices
from mentorvault.exchange.practices import EndResult, MeetingPrep
from mentorvault.storage import index, meta
from mentorvault.storage.db import (
    Connection,
    DatabaseError,
    give_back_free_pages,
    integrity_check,
    open_database,
    transaction,
    translate_error,
)
from mentorvault.storage.entries import count_entries
from mentorvault.vault.attachments import AttachmentManager
from mentorvault.vault.backups import BackupManager, backup_before_migrate, check_backup, read_backup
from mentorvault.vault.clock import Clock, iso, utc_now
from mentorvault.vault.entries import EntryManager
from mentorvault.vault.folder import VaultFolder
from mentorvault.vault.keys import KeyManager, check_new_passphrase, unwrap
from mentorvault.vault.partners import PartnerManager
from mentorvault.vault.reminders import ReminderManager
from mentorvault.vault.rollback import RollbackGuard, record_restore
from mentorvault.vault.settings import SettingsManager
from mentorvault.vault.words import WordsManager

if TYPE_CHECKING:
    from mentorvault.vault.insights import InsightsManager
    from mentorvault.vault.notes_import import NotesImportManager

_FOREIGN_MESSAGE = ("The vault's key file (keyslots.json) does not belong to this database: it comes from another "
                   "vault, or the start of the database is damaged. Nothing was changed.")
LOCK_TIDY_SECONDS = 0.5  # purging superseded index rows at lock; the rest waits for the next session
FREE_PAGES_STEP = 2048  # pages given back to the disk per step of tidy_index (8 MiB, about 0.1 s)


def default_vault_dir() -> Path:
    env = os.environ.get("MENTORVAULT_VAULT")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("MentorVault", appauthor=False)) / "vault"


class Vault:
    """An unlocked vault. Create with :meth:`create` or :meth:`open`; call :meth:`lock` when done."""

    def __init__(self, folder: VaultFolder, slots: ks.KeySlotFile, key: bytearray, conn: Connection,
                 clock: Clock, secret_store: SecretStore, lock_merge_seconds: float | None = None) -> None:
        self.folder = folder
        self.path = folder.path
        self.vault_id = slots.vault_id
        self._key: bytearray | None = key
        self._conn: Connection | None = conn
        self._clock = clock
        self._secret_store = secret_store
        self._lock_merge_seconds = lock_merge_seconds
        self.entries = EntryManager(self)
        self.partners = PartnerManager(self)
        self.keys = KeyManager(self, slots)
        self.backups = BackupManager(self)
        self.settings = SettingsManager(self)
        self.words = WordsManager(self)
        self.attachments = AttachmentManager(self)
        self.rollback = RollbackGuard(self)
        self.reminders = ReminderManager(self)
        self.identity: exchange.IdentityManager
        self.cards: exchange.CardManager
        self.consents: exchange.ConsentManager
        self.exchange: exchange.ExchangeManager
        self.inbox: exchange.InboxManager
        self.shared_log: exchange.SharedLog
        self.sync: exchange.SyncManager
        exchange.attach(self)

    # Managers a session may never use, made (and their modules imported) on first use: the window
    # holds every module it imports for as long as it runs.
    @functools.cached_property
    def insights(self) -> InsightsManager:
        from mentorvault.vault.insights import InsightsManager

        return InsightsManager(self)

    @functools.cached_property
    def notes_import(self) -> NotesImportManager:
        from mentorvault.vault.notes_import import NotesImportManager

        return NotesImportManager(self)

    # ------------------------------------------------------------ lifecycle

    @staticmethod
    def exists(folder: Path | str) -> bool:
        return VaultFolder(folder).holds_vault()

    @classmethod
    def create(cls, folder: Path | str, passphrase: str, *, params: ks.Argon2Params | None = None,
               clock: Clock = utc_now, secret_store: SecretStore | None = None,
               your_name: str | None = None) -> tuple[Vault, str]:
        """Make a new vault; returns it unlocked and the recovery key to show the user once.

        ``your_name`` (the owner's name for contact cards) is checked before anything is written.
        """
        platform.disable_core_dumps()
        place = VaultFolder(folder)
        check_new_passphrase(passphrase)
        if your_name is not None and your_name.strip():
            from mentorvault.crypto.identity import check_name

            your_name = your_name.strip()
            check_name(your_name)
        if not place.is_empty():
            raise VaultExists(folder=place.path)
        place.make()
        place.lock()
        try:
            vault_id = str(uuid.uuid4())
            data_key = bytearray(secrets.token_bytes(ks.KEY_BYTES))
            recovery = ks.new_recovery_key()
            now = iso(clock())
            slots = ks.KeySlotFile(vault_id, [
                ks.make_slot(vault_id, "passphrase", passphrase.encode(), bytes(data_key), params, now),
                ks.make_slot(vault_id, "recovery", recovery, bytes(data_key), None, now),
            ])
            conn = open_database(place.db_path, bytes(data_key), create=True)
            meta.set_meta(conn, "vault_id", vault_id)
            meta.set_meta(conn, "created_at", now)
            slots.database_salt = place.database_salt()
            # The slot file goes last: a folder without it is not a vault yet.
            place.write_slots(slots, check=False)
        except BaseException:
            place.unlock()
            raise
        vault = cls(place, slots, data_key, conn, clock, secret_store or KeyringStore())
        if your_name:
            vault.settings.update(your_name=your_name)
        return vault, ks.format_recovery_key(recovery)

    @classmethod
    def open(cls, folder: Path | str, passphrase: str | None = None, *, recovery_key: str | None = None,
             use_device: bool = False, clock: Clock = utc_now, secret_store: SecretStore | None = None,
             auto_backup: bool = True, progress: Callable[[UpgradeProgress], None] | None = None,
             lock_merge_seconds: float | None = None) -> Vault:
        """Unlock the vault in ``folder``.  An older vault is upgraded first (after a backup);
        ``progress`` hears how a long upgrade goes (schema 8 converts every entry).
        ``lock_merge_seconds`` bounds the index merging :meth:`lock` does (at least one step;
        ``None``: within lock's whole upkeep budget): a session as short as one command (the CLI)
        passes 0, so a large merge is spread over many commands instead of adding half a second
        to each until it is done."""
        platform.disable_core_dumps()
        place = VaultFolder(folder)
        if not place.holds_any_vault_file():
            raise VaultNotFound(folder=place.path)
        place.finish_rekey()  # a re-key a killed process left half done: finished or undone
        try:
            slots = place.read_slots()
            salt = place.database_salt()
            if slots.database_salt is not None and salt is not None and salt != slots.database_salt:
                raise DamagedKeySlots(_FOREIGN_MESSAGE, foreign=True)
        except (DamagedKeySlots, DamagedVault) as exc:
            raise _with_backup_hint(exc, place) from None
        secret_store = secret_store or KeyringStore()
        key = unwrap(slots, passphrase, recovery_key, use_device, secret_store)
        place.lock()
        place.sweep_leftovers()
        try:
            conn = open_database(place.db_path, bytes(key),
                                 before_migrate=lambda c, v: backup_before_migrate(place, key, c, v),
                                 progress=progress)
            try:
                stored_id = meta.get_meta(conn, "vault_id")
            except DatabaseError as exc:
                conn.close()
                raise translate_error(exc) from None
            if stored_id != slots.vault_id:
                conn.close()
                raise DamagedKeySlots()
        except (DamagedKeySlots, DamagedVault) as exc:
            place.unlock()
            if type(exc) is DamagedVault and exc.field("unreadable") and slots.database_salt is None:
                # The key unwrapped but the database does not open with it, and the key file is too old
                # to name its database: it is another vault's key file, or the database's start is damaged.
                exc = DamagedKeySlots(_FOREIGN_MESSAGE, foreign=True, reason="foreign_or_damaged")
            raise _with_backup_hint(exc, place) from None
        except BaseException:
            place.unlock()
            raise
        vault = cls(place, slots, key, conn, clock, secret_store, lock_merge_seconds)
        try:
            vault._check_generation()
        except BaseException:
            vault.lock()
            raise
        vault.backups.sweep_folder()
        if auto_backup:
            try:
                vault.backups.rotate()
            except MentorVaultError:
                pass  # a failed automatic backup must not keep the user out; it is retried next time
        return vault

    def _check_generation(self) -> None:
        """Rollback detection at unlock (``vault.rollback``; see vault/rollback.py and docs/security.md)."""
        self.rollback.check()

    @property
    def rollback_suspected(self) -> bool:
        """A rollback warning is pending for this vault here (until ``vault.rollback.acknowledge``)."""
        return self.rollback.suspected

    def _switch_database(self, new_key: bytes) -> None:
        """A re-key's last step, once the new key file is written: swap in the re-encrypted database.

        On a failure here the vault locks; the next open finishes the swap (``VaultFolder.finish_rekey``).
        """
        try:
            conn, self._conn = self._conn, None
            if conn is not None:
                conn.close()
            self.folder.swap_in_rekeyed()
            self._conn = open_database(self.folder.db_path, new_key)
        except BaseException:
            self.lock()
            raise
        old, self._key = self._key, bytearray(new_key)
        if old is not None:
            for i in range(len(old)):
                old[i] = 0
        # The rollback record needs nothing: its key and the generation are rows of the database,
        # which the re-key copied as they were.

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def tidy_index(self, seconds: float = 0.5, merge_seconds: float | None = None) -> int:
        """Purge superseded search-index rows, then merge index segments (at least one step, then
        for up to about ``seconds`` in all, and at most ``merge_seconds`` of merging when given), giving
        the pages they free back to the disk before each step; returns 0 once all is tidy, else how much
        is left (the rows still to purge, plus one while merging goes on, plus one while free pages are
        left to give back).

        Edits leave the old wording's index row behind for later (see ``storage.entries.update_entry``),
        and saves leave segment merging for later (migration 5); the app calls this when idle,
        and ``lock`` spends a little time on it too.
        """
        deadline = time.monotonic() + seconds
        remaining = index.stale_index_rows(self.conn)
        merging = True
        free = 1
        merge_deadline: float | None = None
        while remaining or merging or free:  # at least one step per call, so small budgets still make progress
            # First the disk space: 1,024 pages went back in 60 ms at 10,000 entries, while a
            # purge takes about 70 ms and frees pages of its own.
            free = give_back_free_pages(self.conn, FREE_PAGES_STEP)
            if remaining:
                remaining = index.purge_stale_index(self.conn)
            elif merging:
                if merge_deadline is None:
                    now = time.monotonic()
                    merge_deadline = deadline if merge_seconds is None else min(deadline, now + merge_seconds)
                merging = index.merge_index(self.conn)
                if time.monotonic() >= merge_deadline:
                    break
            elif not free:
                break
            if time.monotonic() >= deadline:
                break
        return remaining + int(merging) + int(free > 0)

    def lock(self) -> None:
        """Close the database and drop the key; the object is useless afterwards."""
        self.backups.cancel_daily()  # its copy of the key goes with its thread; the next unlock starts it again
        if self._conn is not None:
            try:
                self.tidy_index(LOCK_TIDY_SECONDS, self._lock_merge_seconds)
            except Exception:  # noqa: BLE001 -- locking must never fail; the rows wait for the next session
                pass
        conn, self._conn = self._conn, None
        self.identity.forget()
        try:
            if conn is not None:
                conn.close()
        finally:
            try:
                if self._key is not None:
                    for i in range(len(self._key)):
                        self._key[i] = 0
                    self._key = None
            finally:
                self.folder.unlock()

    close = lock

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    def _data_key(self) -> bytes:
        if self._key is None:
            raise VaultLocked()
        return bytes(self._key)

    def transaction(self) -> AbstractContextManager[None]:
        """One all-or-nothing change across managers: ``with vault.transaction(): vault.entries.add(...);
        vault.attachments.add(...)``.  The managers' own writes inside it become savepoints of it."""
        return transaction(self.conn)

    def now(self) -> str:
        """The vault clock's time as stored (ISO 8601, UTC, microseconds)."""
        return iso(self._clock())

    def today(self) -> str:
        """The vault clock's date (YYYY-MM-DD)."""
        return self._clock().date().isoformat()

    @staticmethod
    def kinds() -> list[KindSpec]:
        return list(KINDS.values())

    # ------------------------------------------------------------ backups without an open vault

    @staticmethod
    def find_backups(folder: Path | str) -> list[Path]:
        """Backups in a vault folder's own backups/ (no unlocking needed), newest first."""
        return VaultFolder(folder).find_backups()

    @classmethod
    def verify_backup(cls, source: Path | str, passphrase: str | None = None, *,
                      recovery_key: str | None = None) -> int:
        """Open a backup read-only, check every page, and return how many entries it holds."""
        slots, db_bytes = read_backup(Path(source).expanduser())
        key = _unwrap_backup(slots, passphrase, recovery_key)
        with tempfile.TemporaryDirectory(prefix="mentorvault-verify-") as tmp:
            return check_backup(slots, db_bytes, bytes(key), Path(tmp)).entries

    @classmethod
    def restore(cls, source: Path | str, folder: Path | str, passphrase: str | None = None, *,
                recovery_key: str | None = None) -> int:
        """Restore a backup into a new vault folder; verify fully before anything appears there."""
        place = VaultFolder(folder)
        with place.restoring() as staging:
            slots, db_bytes = read_backup(Path(source).expanduser())
            key = _unwrap_backup(slots, passphrase, recovery_key)
            checked = check_backup(slots, db_bytes, bytes(key), staging)
            # The restored copy gets a lineage of its own, recorded at its place: a deliberate
            # restore is no rollback, and the original's record is left as it is.
            conn = open_database(checked.db_path, checked.key)
            try:
                record_restore(place, slots.vault_id, conn)
            finally:
                conn.close()
            slots.database_salt = VaultFolder(staging).database_salt()
            VaultFolder(staging).write_slots(slots, check=False)
        return checked.entries

    def check(self) -> int:
        """Full integrity check of the open vault (every page); returns the entry count."""
        integrity_check(self.conn)
        if index.index_problems(self.conn):
            raise DamagedVault()
        if not self.shared_log.verify():
            raise SharedLogTampered()
        return count_entries(self.conn)

    # ------------------------------------------------------------ orchestrations

    def meeting_prep(self, partner: str) -> MeetingPrep:
        """'Before we meet': the partner's latest shared agenda, notes, struggles, feedback and goals, and my agenda."""
        return practices.meeting_prep(self, partner)

    def end_relationship(self, partner: str, *, out: Path | str | None = None, passphrase: str | None = None,
                         revoke_all: bool = True, gratitude: str | None = None) -> EndResult:
        """Safe exit: optional gratitude note, the closing bundle, archive, and wipe their shared entries here."""
        return practices.end_relationship(self, partner, out=out, passphrase=passphrase, revoke_all=revoke_all,
                                          gratitude=gratitude)


def _unwrap_backup(slots: ks.KeySlotFile, passphrase: str | None, recovery_key: str | None) -> bytearray:
    """A backup's data key; a damaged or edited slot in the backup's head is the backup's fault, said so."""
    try:
        return unwrap(slots, passphrase, recovery_key, False, KeyringStore())
    except DamagedKeySlots as exc:
        slot_type = exc.field("slot_type") or "passphrase"
        raise BadBackup(
            f"The {slot_type} slot in that backup's key slots cannot be used ({exc.field('problem') or 'damaged'}); "
            "nothing was restored.", slot_type=slot_type, problem=exc.field("problem"), in_backup=True,
        ) from None


def _with_backup_hint(exc: MentorVaultError, folder: VaultFolder) -> MentorVaultError:
    """The same error, carrying where the vault's automatic backups are (the front ends say how to restore)."""
    return type(exc)(str(exc), **{**exc.fields, "folder": folder.path, "backups_dir": folder.backups_dir,
                                  "backups": folder.find_backups()})
