"""The one facade both front ends use.

A vault is a folder holding ``vault.db`` (SQLCipher 4, raw 256-bit key),
``keyslots.json`` (the data key wrapped once per way of unlocking) and
``backups/`` (rotating encrypted backups).  ``Vault`` opens it, holds an
exclusive lock on the folder while it is unlocked, and offers every operation
on entries, partners, keys and backups.  It never imports Qt.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import errno
import fcntl
import json
import os
import re
import resource
import secrets
import shutil
import struct
import tempfile
import threading
import time
import unicodedata
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from mentorvault.crypto import keyslots as ks
from mentorvault.devicekeys import KeyringStore, SecretStore
from mentorvault.exchange import ExchangeMixin
from mentorvault.domain.entry import EntryContent, validate_content
from mentorvault.domain.kinds import KINDS, MENTOR_TYPES, PARTNER_ROLES, KindSpec
from mentorvault.domain.models import Entry, EntrySummary, Partner, RevisionInfo, SearchHit
from mentorvault.domain.passphrase import assess
from mentorvault.errors import (
    BackupError,
    BadBackup,
    DamagedKeySlots,
    DamagedVault,
    DeviceNotRemembered,
    InvalidPartner,
    KeyringUnavailable,
    MentorVaultError,
    PartnerExists,
    StorageFull,
    VaultBusy,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
)
from mentorvault.storage import store
from mentorvault.storage.atomic import fsync_dir, write_atomic
from mentorvault.storage.db import (
    Connection,
    DatabaseError,
    _keyed,
    integrity_check,
    open_database,
    release_freed_memory,
    translate_error,
)

DB_NAME = "vault.db"
SLOTS_NAME = "keyslots.json"
LOCK_NAME = "vault.lock"
BACKUP_DIR = "backups"
BACKUP_MAGIC = b"MENTORVAULT-BACKUP\x00\x01"
BACKUP_SUFFIX = ".mvbackup"
DEFAULT_BACKUP_KEEP = 7
MAX_BACKUP_SLOTS = 64 * 1024
LOCK_TIDY_SECONDS = 0.5  # purging superseded index rows at lock; the rest waits for the next session
BACKUP_STEP_PAGES = 256  # a background backup copies 1 MiB at a time, so cancelling it takes milliseconds
BACKUP_CACHE_KIB = 2000  # page cache of each connection a background backup opens

Clock = Callable[[], _dt.datetime]


def utc_now() -> _dt.datetime:
    return _dt.datetime.now(_dt.timezone.utc)


def iso(moment: _dt.datetime) -> str:
    return moment.astimezone(_dt.timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")


def default_vault_dir() -> Path:
    env = os.environ.get("MENTORVAULT_VAULT")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("MentorVault", appauthor=False)) / "vault"


def disable_core_dumps() -> None:
    """A crash must not write the decrypted vault to a core file."""
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        pass


def check_new_passphrase(passphrase: str) -> None:
    strength = assess(passphrase)
    if not strength.acceptable:
        reason = strength.warnings[0] if strength.warnings else ""
        raise WeakPassphrase(f"That passphrase is too weak. {reason}".strip())


@dataclass(frozen=True)
class BackupStatus:
    """Where the automatic backups stand, for a settings page or a warning."""

    enabled: bool  # backup_keep > 0
    newest: Path | None  # the newest automatic backup file
    newest_at: _dt.datetime | None  # when it was written (UTC)
    running: bool  # today's backup is being written now
    failed: str | None  # why today's backup could not be written, in words for the user


@dataclass(frozen=True)
class Settings:
    idle_lock_minutes: int = 5
    lock_on_minimise: bool = False
    backup_keep: int = DEFAULT_BACKUP_KEEP
    backup_dir: str = ""


class _FolderLock:
    """An exclusive advisory lock on the vault folder, held while the vault is unlocked."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self.fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EROFS):
                raise MentorVaultError(
                    "MentorVault cannot write to the vault folder. Check its permissions, or copy the vault "
                    "somewhere you can write."
                ) from None
            raise
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise VaultBusy() from None
        self.fd = fd

    def release(self) -> None:
        if self.fd is not None:
            try:
                fcntl.flock(self.fd, fcntl.LOCK_UN)
            finally:
                os.close(self.fd)
                self.fd = None


class Vault(ExchangeMixin):
    """An unlocked vault. Create with :meth:`create` or :meth:`open`; call :meth:`lock` when done."""

    def __init__(self, folder: Path, slots: ks.KeySlotFile, key: bytearray, conn: Connection,
                 folder_lock: _FolderLock, clock: Clock, secret_store: SecretStore) -> None:
        self.path = folder
        self.vault_id = slots.vault_id
        self._slots = slots
        self._key: bytearray | None = key
        self._conn: Connection | None = conn
        self._folder_lock = folder_lock
        self._clock = clock
        self._secret_store = secret_store
        self._daily: DailyBackup | None = None
        self._daily_failed: str | None = None  # why the day's backup could not even start
        st = os.stat(folder)
        self._folder_identity = (st.st_dev, st.st_ino)

    # ------------------------------------------------------------ lifecycle

    @staticmethod
    def exists(folder: Path | str) -> bool:
        folder = Path(folder)
        return (folder / SLOTS_NAME).exists() and (folder / DB_NAME).exists()

    @classmethod
    def create(cls, folder: Path | str, passphrase: str, *, params: ks.Argon2Params | None = None,
               clock: Clock = utc_now, secret_store: SecretStore | None = None) -> tuple["Vault", str]:
        """Make a new vault; returns it unlocked and the recovery key to show the user once."""
        disable_core_dumps()
        folder = Path(folder).expanduser()
        check_new_passphrase(passphrase)
        if folder.exists() and any(folder.iterdir()):
            raise VaultExists(f"'{folder}' is not empty. Pick an empty folder or a new path for the vault.")
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise MentorVaultError(f"MentorVault could not create the folder '{folder}': {exc.strerror}.") from None
        folder_lock = _FolderLock(folder)
        folder_lock.acquire()
        try:
            vault_id = str(uuid.uuid4())
            data_key = bytearray(secrets.token_bytes(ks.KEY_BYTES))
            recovery = ks.new_recovery_key()
            now = iso(clock())
            slots = ks.KeySlotFile(vault_id, [
                ks.make_slot(vault_id, "passphrase", passphrase.encode(), bytes(data_key), params, now),
                ks.make_slot(vault_id, "recovery", recovery, bytes(data_key), None, now),
            ])
            conn = open_database(folder / DB_NAME, bytes(data_key), create=True)
            store.set_meta(conn, "vault_id", vault_id)
            store.set_meta(conn, "created_at", now)
            slots.database_salt = _database_salt(folder / DB_NAME)
            # The slot file goes last: a folder without it is not a vault yet.
            write_atomic(folder / SLOTS_NAME, slots.to_bytes())
        except BaseException:
            folder_lock.release()
            raise
        vault = cls(folder, slots, data_key, conn, folder_lock, clock, secret_store or KeyringStore())
        return vault, ks.format_recovery_key(recovery)

    @classmethod
    def open(cls, folder: Path | str, passphrase: str | None = None, *, recovery_key: str | None = None,
             use_device: bool = False, clock: Clock = utc_now, secret_store: SecretStore | None = None,
             auto_backup: bool = True) -> "Vault":
        disable_core_dumps()
        folder = Path(folder).expanduser()
        if not (folder / SLOTS_NAME).exists() and not (folder / DB_NAME).exists():
            raise VaultNotFound(
                f"There is no vault in '{folder}'. Create one with 'mentorvault init', or pick another folder."
            )
        try:
            slots = ks.KeySlotFile.load(folder / SLOTS_NAME)
            salt = _database_salt(folder / DB_NAME)
            if slots.database_salt is not None and salt is not None and salt != slots.database_salt:
                raise DamagedKeySlots(
                    "The vault's key file (keyslots.json) does not belong to this database: it comes from another "
                    "vault, or the start of the database is damaged."
                )
        except (DamagedKeySlots, DamagedVault) as exc:
            raise _with_backup_hint(exc, folder) from None
        secret_store = secret_store or KeyringStore()
        key = cls._unwrap(slots, passphrase, recovery_key, use_device, secret_store)
        folder_lock = _FolderLock(folder)
        folder_lock.acquire()
        _sweep_leftovers(folder)
        try:
            conn = open_database(folder / DB_NAME, bytes(key),
                                 before_migrate=lambda c, v: cls._backup_before_migrate(folder, key, c, v))
            try:
                stored_id = store.get_meta(conn, "vault_id")
            except DatabaseError as exc:
                conn.close()
                raise translate_error(exc) from None
            if stored_id != slots.vault_id:
                conn.close()
                raise DamagedKeySlots()
        except (DamagedKeySlots, DamagedVault) as exc:
            folder_lock.release()
            raise _with_backup_hint(exc, folder) from None
        except BaseException:
            folder_lock.release()
            raise
        vault = cls(folder, slots, key, conn, folder_lock, clock, secret_store)
        vault._check_generation()
        vault._sweep_backup_folder()
        if auto_backup:
            try:
                vault.rotate_backups()
            except MentorVaultError:
                pass  # a failed automatic backup must not keep the user out; it is retried next time
        return vault

    @staticmethod
    def _unwrap(slots: ks.KeySlotFile, passphrase: str | None, recovery_key: str | None, use_device: bool,
                secret_store: SecretStore) -> bytearray:
        if recovery_key is not None:
            return bytearray(slots.unwrap_with_recovery(ks.parse_recovery_key(recovery_key)))
        if use_device:
            if not slots.of_type("device"):
                raise DeviceNotRemembered()
            from keyring.errors import KeyringError

            try:
                secret = secret_store.get(slots.vault_id)
            except KeyringError:
                raise KeyringUnavailable() from None
            key = slots.unwrap_with_device(secret) if secret else None
            if key is None:
                raise DeviceNotRemembered(
                    "This device's remembered key is missing from the keyring. Unlock with your passphrase, "
                    "then choose 'remember on this device' again."
                )
            return bytearray(key)
        if passphrase is None:
            raise WrongPassphrase("A passphrase is needed to unlock this vault.")
        return bytearray(slots.unwrap_with_passphrase(passphrase))

    @staticmethod
    def _backup_before_migrate(folder: Path, key: bytearray, conn: Connection, old_version: int) -> None:
        """Back up the database (with what is still in its WAL) before a migration, atomically."""
        target = folder / BACKUP_DIR / f"before-migration-v{old_version}{BACKUP_SUFFIX}.db"
        try:
            target.parent.mkdir(mode=0o700, exist_ok=True)
            _encrypted_copy(conn, bytes(key), target)
        except StorageFull:
            raise StorageFull("The disk is full, so the vault could not be upgraded. Free some space and "
                              "try again; nothing was changed.") from None
        except (OSError, DatabaseError) as exc:
            raise MentorVaultError(f"The vault could not be backed up before its upgrade ({exc}). "
                                   "Nothing was changed.") from None

    # ------------------------------------------------------------ rollback detection

    rollback_suspected = False

    @staticmethod
    def _generation_file() -> Path:
        import platformdirs

        return Path(platformdirs.user_state_dir("MentorVault", appauthor=False)) / "seen-generations.json"

    @staticmethod
    def _mac_for(vault_id: str, key: bytes, generation: int) -> str:
        import hmac

        mac_key = ks.derive_key(key, "mentorvault/generation-counter/v1")
        return hmac.new(mac_key, f"{vault_id}:{generation}".encode(), "sha256").hexdigest()

    def _generation_mac(self, generation: int) -> str:
        return self._mac_for(self.vault_id, self._data_key(), generation)

    @classmethod
    def _record_generation(cls, vault_id: str, key: bytes, generation: int) -> None:
        path = cls._generation_file()
        try:
            seen = json.loads(path.read_text()) if path.exists() else {}
            if not isinstance(seen, dict):
                seen = {}
        except (OSError, ValueError):
            seen = {}
        seen[vault_id] = {"generation": generation, "mac": cls._mac_for(vault_id, key, generation)}
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            write_atomic(path, json.dumps(seen, indent=1).encode())
        except (MentorVaultError, OSError):
            pass

    def _check_generation(self) -> None:
        """Detect a whole vault put back to an older copy, with a counter kept outside the vault.

        Every unlock bumps a generation number inside the database and records it,
        authenticated with a key derived from the data key, in the user's state folder.
        A database whose generation is below the recorded one was rolled back (or
        restored without telling us): ``rollback_suspected`` becomes True.  Single
        pages put back are not detected; see docs/security.md.
        """
        path = self._generation_file()
        try:
            seen = json.loads(path.read_text()) if path.exists() else {}
            if not isinstance(seen, dict):
                seen = {}
        except (OSError, ValueError):
            seen = {}
        current = int(store.get_meta(self.conn, "generation") or 0)
        record = seen.get(self.vault_id)
        if isinstance(record, dict) and isinstance(record.get("generation"), int):
            if record.get("mac") == self._generation_mac(record["generation"]) and record["generation"] > current:
                self.rollback_suspected = True
        new = max(current, record["generation"] if isinstance(record, dict) and
                  isinstance(record.get("generation"), int) and not self.rollback_suspected else 0) + 1
        try:
            with store.transaction(self.conn):
                store.set_meta(self.conn, "generation", str(new))
        except (MentorVaultError, OSError):
            return  # a read-only folder or disk must not keep the user out
        self._record_generation(self.vault_id, self._data_key(), new)

    def acknowledge_rollback(self) -> None:
        """The user restored an older copy on purpose: accept it as current."""
        self.rollback_suspected = False

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def tidy_index(self, seconds: float = 0.5) -> int:
        """Purge superseded search-index rows, then merge index segments (at least one step, then
        for up to about ``seconds``); returns 0 once the index is tidy, else how much is left
        (the rows still to purge, plus one while merging goes on).

        Edits leave the old wording's index row behind for later (see ``store.update_entry``),
        and saves leave segment merging for later (migration 5); the app calls this when idle,
        and ``lock`` spends a little time on it too.
        """
        deadline = time.monotonic() + seconds
        remaining = store.stale_index_rows(self.conn)
        merging = True
        while remaining or merging:  # at least one step per call, so small budgets still make progress
            if remaining:
                remaining = store.purge_stale_index(self.conn)
            else:
                merging = store.merge_index(self.conn)
            if time.monotonic() >= deadline:
                break
        return remaining + int(merging)

    def lock(self) -> None:
        """Close the database and drop the key; the object is useless afterwards."""
        daily, self._daily = self._daily, None
        if daily is not None:
            daily.cancel()  # its copy of the key goes with its thread; the next unlock starts it again
        if self._conn is not None:
            try:
                self.tidy_index(LOCK_TIDY_SECONDS)
            except Exception:  # noqa: BLE001 -- locking must never fail; the rows wait for the next session
                pass
        conn, self._conn = self._conn, None
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
                self._folder_lock.release()

    close = lock

    def __enter__(self) -> "Vault":
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    def _now(self) -> str:
        return iso(self._clock())

    # ------------------------------------------------------------ entries

    @staticmethod
    def kinds() -> list[KindSpec]:
        return list(KINDS.values())

    def _partner_id(self, partner: str | None) -> str | None:
        if partner is None or partner == "":
            return None
        return store.find_partner(self.conn, partner).id

    def resolve_id(self, entry_id: str) -> str:
        return store.resolve_entry_id(self.conn, entry_id)

    def add_entry(self, kind: str, title: str, body: str = "", fields: Mapping[str, Any] | None = None,
                  tags: Sequence[str] = (), partner: str | None = None, protected: bool = False) -> Entry:
        content = validate_content(kind, title, body, fields, tags)
        with store.transaction(self.conn):
            entry_id = store.insert_entry(self.conn, content, self._partner_id(partner), protected, self._now())
        return self.get_entry(entry_id)

    _UNSET: Any = object()

    def update_entry(self, entry_id: str, *, title: str | None = None, body: str | None = None,
                     fields: Mapping[str, Any] | None = None, tags: Sequence[str] | None = None,
                     partner: Any = _UNSET, protected: bool | None = None, merge_fields: bool = False,
                     note: str = "") -> Entry:
        entry_id = self.resolve_id(entry_id)
        with store.transaction(self.conn):
            current = store.get_entry(self.conn, entry_id)
            new_fields: Mapping[str, Any] = current.fields
            if fields is not None:
                new_fields = {**current.fields, **fields} if merge_fields else fields
                if merge_fields:
                    new_fields = {k: v for k, v in new_fields.items() if v not in (None, "", [])}
            content = validate_content(
                current.kind,
                current.title if title is None else title,
                current.body if body is None else body,
                new_fields,
                current.tags if tags is None else tags,
            )
            partner_id = current.partner_id if partner is self._UNSET else self._partner_id(partner)
            store.update_entry(self.conn, entry_id, content, partner_id,
                               current.protected if protected is None else protected, self._now(), note)
        return self.get_entry(entry_id)

    def get_entry(self, entry_id: str) -> Entry:
        return store.get_entry(self.conn, self.resolve_id(entry_id))

    def list_entries(self, *, kind: str | None = None, tag: str | None = None, partner: str | None = None,
                     since: str | None = None, until: str | None = None, limit: int | None = None,
                     offset: int = 0, after_id: str | None = None, with_tags: bool = True) -> list[EntrySummary]:
        return store.list_entries(self.conn, kind=self._kind(kind), tag=self._tag(tag),
                                  partner_id=self._partner_id(partner), since=since, until=until,
                                  limit=limit, offset=offset, after_id=after_id, with_tags=with_tags)

    def count_entries(self, *, kind: str | None = None, tag: str | None = None, partner: str | None = None,
                      since: str | None = None, until: str | None = None) -> int:
        return store.count_entries(self.conn, kind=self._kind(kind), tag=self._tag(tag),
                                   partner_id=self._partner_id(partner), since=since, until=until)

    def search(self, query: str, *, kind: str | None = None, tag: str | None = None, partner: str | None = None,
               since: str | None = None, until: str | None = None, limit: int = 20,
               offset: int = 0) -> list[SearchHit]:
        return store.search(self.conn, query, kind=self._kind(kind), tag=self._tag(tag),
                            partner_id=self._partner_id(partner), since=since, until=until, limit=limit,
                            offset=offset)

    @staticmethod
    def _kind(kind: str | None) -> str | None:
        if kind is None:
            return None
        from mentorvault.domain.kinds import kind_spec

        return kind_spec(kind).name

    @staticmethod
    def _tag(tag: str | None) -> str | None:
        return tag.strip().lstrip("#").lower() if tag else None

    def delete_entry(self, entry_id: str) -> None:
        entry_id = self.resolve_id(entry_id)
        with store.transaction(self.conn):
            store.delete_entry(self.conn, entry_id)
            self.on_entry_deleted(entry_id)
        self._checkpoint()

    def history(self, entry_id: str) -> list[RevisionInfo]:
        return store.history(self.conn, self.resolve_id(entry_id))

    def get_revision(self, entry_id: str, rev: int) -> EntryContent:
        return store.get_revision(self.conn, self.resolve_id(entry_id), rev).content

    def restore_revision(self, entry_id: str, rev: int) -> Entry:
        """Make an old revision current again, as a new revision (history is never rewritten)."""
        entry_id = self.resolve_id(entry_id)
        with store.transaction(self.conn):
            old = store.get_revision(self.conn, entry_id, rev)
            current = store.get_entry(self.conn, entry_id)
            store.update_entry(self.conn, entry_id, old.content, old.partner_id, current.protected, self._now(),
                               f"restored revision {rev}")
        return self.get_entry(entry_id)

    def tags(self) -> list[tuple[str, int]]:
        return store.all_tags(self.conn)

    # ------------------------------------------------------------ partners

    @staticmethod
    def _check_partner(name: str | None, role: str | None, mentor_type: str | None, rhythm_days: int | None) -> None:
        if name is not None:
            if not name.strip() or len(name) > 80 or any(
                    unicodedata.category(c) in ("Cc", "Cf", "Co", "Cs", "Zl", "Zp") for c in name):
                raise InvalidPartner("A partner's name must be 1 to 80 characters, without control, invisible or "
                                     "direction-changing characters.")
        if role is not None and role not in PARTNER_ROLES:
            raise InvalidPartner(f"Role must be one of: {', '.join(PARTNER_ROLES)}.")
        if mentor_type is not None and mentor_type not in MENTOR_TYPES:
            raise InvalidPartner(f"Mentor type must be one of: {', '.join(MENTOR_TYPES)}.")
        if rhythm_days is not None and not (1 <= rhythm_days <= 366):
            raise InvalidPartner("The meeting rhythm is a number of days from 1 to 366.")

    def _check_name_unique(self, name: str, except_id: str | None = None) -> None:
        """Refuse a name that looks the same as another partner's (case, width, compatibility forms)."""
        skeleton = _name_skeleton(name)
        for other in store.list_partners(self.conn):
            if other.id != except_id and _name_skeleton(other.name) == skeleton:
                if other.name.casefold() == name.strip().casefold():
                    raise PartnerExists(f"A partner named '{other.name}' already exists. Pick another name.")
                raise InvalidPartner(
                    f"That name looks the same as your partner '{other.name}'. Pick a name that is clearly different."
                )

    def add_partner(self, name: str, role: str | None = None, mentor_type: str | None = None,
                    rhythm_days: int | None = None) -> Partner:
        self._check_name_unique(name)  # first: a look-alike is named as such, whatever else is wrong
        self._check_partner(name, role, mentor_type, rhythm_days)
        with store.transaction(self.conn):
            return store.add_partner(self.conn, name.strip(), role, mentor_type, rhythm_days, self._now())

    def update_partner(self, partner: str, **values: Any) -> Partner:
        self._check_partner(values.get("name"), values.get("role"), values.get("mentor_type"),
                            values.get("rhythm_days"))
        with store.transaction(self.conn):
            pid = store.find_partner(self.conn, partner).id
            if values.get("name") is not None:
                self._check_name_unique(values["name"], except_id=pid)
            return store.update_partner(self.conn, pid, values, self._now())

    def get_partner(self, partner: str) -> Partner:
        return store.find_partner(self.conn, partner)

    def list_partners(self, include_archived: bool = True) -> list[Partner]:
        return store.list_partners(self.conn, include_archived)

    def next_meeting(self, partner: str) -> str | None:
        """When the next meeting is due: the earliest agenda dated today or later, else the
        last session note or agenda before today plus the meeting rhythm."""
        p = store.find_partner(self.conn, partner)
        today = self._clock().date().isoformat()
        planned = self.conn.execute(
            "SELECT min(entry_date) FROM entries WHERE partner_id = ? AND kind = 'agenda' AND entry_date >= ?",
            (p.id, today)).fetchone()[0]
        if planned:
            return str(planned)
        if not p.rhythm_days:
            return None
        row = self.conn.execute(
            "SELECT max(entry_date) FROM entries WHERE partner_id = ? AND kind IN ('session-note', 'agenda') "
            "AND entry_date < ?", (p.id, today)).fetchone()
        last = row[0] or p.created_at[:10]
        return (_dt.date.fromisoformat(last) + _dt.timedelta(days=p.rhythm_days)).isoformat()

    def overdue_agreements(self, today: str | None = None) -> list[EntrySummary]:
        """Boundary agreements whose review date has passed."""
        today = today or self._clock().date().isoformat()
        return [
            e for e in self.list_entries(kind="boundary-agreement")
            if e.entry_date is not None and e.entry_date < today
            and self.get_entry(e.id).fields.get("review_date") is not None
        ]

    # ------------------------------------------------------------ settings

    def settings(self) -> Settings:
        raw = store.get_meta(self.conn, "settings")
        data = json.loads(raw) if raw else {}
        defaults = Settings()
        return Settings(**{k: data.get(k, getattr(defaults, k)) for k in Settings.__dataclass_fields__})

    def update_settings(self, **values: Any) -> Settings:
        current = self.settings().__dict__.copy()
        for k, v in values.items():
            if k not in current:
                raise MentorVaultError(f"Unknown setting '{k}'.")
            current[k] = v
        new = Settings(**current)
        if not (0 <= new.idle_lock_minutes <= 24 * 60):
            raise MentorVaultError("The idle lock time is between 0 (off) and 1440 minutes.")
        if not (0 <= new.backup_keep <= 365):
            raise MentorVaultError("Keep between 0 (no automatic backups) and 365 backups.")
        with store.transaction(self.conn):
            store.set_meta(self.conn, "settings", json.dumps(new.__dict__))
        return new

    # ------------------------------------------------------------ keys

    def _check_folder(self) -> None:
        """Refuse to write beside a vault folder that was moved or deleted while open."""
        try:
            st = os.stat(self.path)
            same = (st.st_dev, st.st_ino) == self._folder_identity
        except OSError:
            same = False
        if not same:
            raise MentorVaultError(
                f"The vault folder is no longer at '{self.path}': it was moved or deleted while open. "
                "Lock the vault and open it from its new place; nothing else was written."
            )

    def _write_slots(self) -> None:
        self._check_folder()
        write_atomic(self.path / SLOTS_NAME, self._slots.to_bytes())

    def _data_key(self) -> bytes:
        if self._key is None:
            raise VaultLocked()
        return bytes(self._key)

    def change_passphrase(self, new_passphrase: str, *, params: ks.Argon2Params | None = None) -> None:
        """Rewrap the data key under a new passphrase; the database is not re-encrypted."""
        check_new_passphrase(new_passphrase)
        self._data_key()
        self._reload_slots()
        slot = ks.make_slot(self.vault_id, "passphrase", new_passphrase.encode(), self._data_key(), params,
                            self._now())
        self._slots.slots = [s for s in self._slots.slots if s.type != "passphrase"] + [slot]
        self._write_slots()

    def verify_passphrase(self, passphrase: str) -> bool:
        try:
            return ks.KeySlotFile.load(self.path / SLOTS_NAME).unwrap_with_passphrase(passphrase) == self._data_key()
        except WrongPassphrase:
            return False

    @property
    def remembers_device(self) -> bool:
        return bool(self._slots.of_type("device"))

    def _store_call(self, action: str, *args: Any) -> Any:
        """Call the secret store; any keyring failure becomes one plain sentence."""
        from keyring.errors import KeyringError

        try:
            return getattr(self._secret_store, action)(self.vault_id, *args)
        except KeyringError:
            raise KeyringUnavailable() from None

    def remember_device(self) -> None:
        data_key = self._data_key()  # a locked vault changes nothing, not even the keyring
        self._reload_slots()
        secret = secrets.token_bytes(ks.KEY_BYTES)
        self._store_call("set", secret)  # raises KeyringUnavailable before we touch the slots
        slot = ks.make_slot(self.vault_id, "device", secret, data_key, None, self._now())
        self._slots.slots = [s for s in self._slots.slots if s.type != "device"] + [slot]
        self._write_slots()

    def forget_device(self) -> None:
        self._data_key()
        self._reload_slots()
        self._slots.slots = [s for s in self._slots.slots if s.type != "device"]
        self._write_slots()
        self._store_call("delete")

    def _reload_slots(self) -> None:
        """Start from the slot file on disk, so a change made by another process is kept."""
        self._check_folder()
        fresh = ks.KeySlotFile.load(self.path / SLOTS_NAME)
        if fresh.vault_id != self.vault_id:
            raise DamagedKeySlots()
        self._slots = fresh

    # ------------------------------------------------------------ backups

    def _checkpoint(self) -> None:
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except DatabaseError:
            pass

    def backup(self, target: Path | str) -> Path:
        """Write one encrypted file restorable with the passphrase or the recovery key."""
        target = Path(target).expanduser()
        if target.is_dir():
            raise BackupError(f"'{target}' is a folder. Give a file name for the backup.")
        key = self._data_key()
        if len(key) != ks.KEY_BYTES or not any(key):
            raise BackupError("Refusing to write a backup without a key.")  # never a plaintext export
        target.parent.mkdir(parents=True, exist_ok=True)
        with _backup_errors(target):
            _encrypted_copy(self.conn, key, target, header=self._backup_header(), tag=self.backup_tag)
        return target

    @property
    def backup_tag(self) -> str:
        """Eight hex digits of the vault id: in the names of this vault's files in a shared backup folder."""
        return self.vault_id.replace("-", "")[:8].lower()

    def _backup_header(self) -> bytes:
        """Backups carry the key slots a user can unlock with anywhere: never this device's."""
        slots = ks.KeySlotFile(self.vault_id, [s for s in self._slots.slots if s.type != "device"])
        slot_bytes = slots.to_bytes()
        return BACKUP_MAGIC + struct.pack(">I", len(slot_bytes)) + slot_bytes

    def _sweep_backup_folder(self) -> None:
        """What a killed backup left in a backup folder outside the vault (the open swept the inside)."""
        try:
            configured = self.settings().backup_dir
        except MentorVaultError:
            return
        if configured:
            _sweep_leftovers(self.path, Path(configured).expanduser(), self.backup_tag)

    def backup_folder(self) -> Path:
        configured = self.settings().backup_dir
        return Path(configured).expanduser() if configured else self.path / BACKUP_DIR

    def rotate_backups(self, force: bool = False) -> Path | None:
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

    def _daily_plan(self) -> tuple[Path, int] | None:
        """Today's automatic backup file and how many to keep; None when they are switched off."""
        settings = self.settings()
        if settings.backup_keep <= 0:
            return None
        if not settings.backup_dir:
            self._check_folder()
        folder = self.backup_folder()
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise BackupError(f"The backup folder '{folder}' cannot be used: {exc.strerror}. Check that its disk "
                              "is connected, or pick another folder in Settings.") from None
        # In a folder of the user's choosing, other vaults' backups may sit beside these: the
        # names carry this vault's tag, so one vault never overwrites or prunes another's.
        tag = f"-{self.backup_tag}" if settings.backup_dir else ""
        return folder / f"auto-{self._clock().date().isoformat()}{tag}{BACKUP_SUFFIX}", settings.backup_keep

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
            return tag == self.backup_tag
        return folder == self.path / BACKUP_DIR or _backup_vault_id(path) == self.vault_id

    def _prune_automatic(self, folder: Path, keep: int) -> None:
        autos = self._automatic_backups(folder)
        for old in autos[: max(0, len(autos) - keep)]:
            old.unlink(missing_ok=True)

    def start_daily_backup(self) -> "DailyBackup | None":
        """Start today's automatic backup on a thread of its own; None when it is not due.

        The copy reads the vault as it is now (one snapshot), while saves go on beside it.
        Locking cancels it within a step; the next unlock starts it again.  The desktop app
        uses this, so the first unlock of a day does not wait for a copy of the whole vault.
        """
        if self._daily is not None and not self._daily.finished:
            return self._daily
        self._daily_failed = None
        try:
            plan = self._daily_plan()
            if plan is None:
                return None
            target, keep = plan
            if target.exists():
                self._prune_automatic(target.parent, keep)
                return None
            key = self._data_key()
            source = _keyed(self.path / DB_NAME, key)
            try:
                source.execute(f"PRAGMA cache_size = -{BACKUP_CACHE_KIB}")
                source.execute("BEGIN")
                source.execute("SELECT count(*) FROM sqlite_master").fetchone()  # holds the snapshot
            except DatabaseError as exc:
                source.close()
                raise translate_error(exc) from None
        except MentorVaultError as exc:
            self._daily_failed = str(exc)
            raise
        self._daily = DailyBackup(source, key, target, self._backup_header(), self.backup_tag,
                                  lambda: self._prune_automatic(target.parent, keep))
        return self._daily

    @property
    def daily_backup(self) -> "DailyBackup | None":
        """The background backup this unlock started, running or finished."""
        return self._daily

    @staticmethod
    def find_backups(folder: Path | str) -> list[Path]:
        """Backups in a vault folder's own backups/ (no unlocking needed), newest first."""
        backups = Path(folder).expanduser() / BACKUP_DIR
        return sorted(backups.glob(f"*{BACKUP_SUFFIX}"), reverse=True) if backups.is_dir() else []

    def backup_status(self) -> BackupStatus:
        settings = self.settings()
        newest = newest_at = None
        for path in reversed(self._automatic_backups(self.backup_folder())):
            try:
                newest_at = _dt.datetime.fromtimestamp(path.stat().st_mtime, _dt.timezone.utc)
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

    def list_backups(self) -> list[Path]:
        """This vault's backups in its backup folder, newest name first.

        A folder chosen in Settings may hold other vaults' backups too: there a file is this
        vault's when its name carries the vault's tag or its key file names the vault.
        """
        folder = self.backup_folder()
        if not folder.is_dir():
            return []
        found = []
        for path in sorted(folder.glob(f"*{BACKUP_SUFFIX}"), reverse=True):
            match = _AUTO_NAME.fullmatch(path.name)
            if self._owns(folder, path, match.group("tag") if match else None):
                found.append(path)
        return found

    @staticmethod
    def _read_backup(source: Path) -> tuple[ks.KeySlotFile, bytes]:
        try:
            with open(source, "rb") as fh:
                data = fh.read()
        except FileNotFoundError:
            raise BadBackup(f"There is no file '{source}'. Check the path.") from None
        except IsADirectoryError:
            raise BadBackup(f"'{source}' is a folder, not a backup file.") from None
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

    @classmethod
    def _check_backup(cls, source: Path, passphrase: str | None, recovery_key: str | None,
                      workdir: Path) -> tuple[ks.KeySlotFile, bytes, Path, int]:
        slots, db_bytes = cls._read_backup(source)
        key = cls._unwrap(slots, passphrase, recovery_key, False, KeyringStore())
        db_path = workdir / DB_NAME
        fd = os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(db_bytes)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            conn = open_database(db_path, bytes(key), readonly=True)
        except DamagedVault:
            raise BadBackup() from None
        try:
            integrity_check(conn)
            if store.get_meta(conn, "vault_id") != slots.vault_id:
                raise BadBackup()
            count = store.count_entries(conn)
        except (DamagedVault, DatabaseError):
            raise BadBackup() from None
        finally:
            conn.close()
        return slots, bytes(key), db_path, count

    @classmethod
    def verify_backup(cls, source: Path | str, passphrase: str | None = None, *,
                      recovery_key: str | None = None) -> int:
        """Open a backup read-only, check every page, and return how many entries it holds."""
        with tempfile.TemporaryDirectory(prefix="mentorvault-verify-") as tmp:
            return cls._check_backup(Path(source).expanduser(), passphrase, recovery_key, Path(tmp))[3]

    @classmethod
    def restore(cls, source: Path | str, folder: Path | str, passphrase: str | None = None, *,
                recovery_key: str | None = None) -> int:
        """Restore a backup into a new vault folder; verify fully before anything appears there."""
        folder = Path(folder).expanduser()
        if folder.exists() and any(folder.iterdir()):
            raise VaultExists(f"'{folder}' already exists and is not empty. Restore into a new folder.")
        folder.parent.mkdir(parents=True, exist_ok=True)
        _sweep_dead_restores(folder.parent)
        staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.restore-", dir=folder.parent))
        marker = None
        try:
            os.chmod(staging, 0o700)
            marker = _hold_restore_marker(staging)
            slots, key, db_path, count = cls._check_backup(Path(source).expanduser(), passphrase, recovery_key,
                                                           staging)
            conn = open_database(db_path, key, readonly=True)
            try:
                generation = int(store.get_meta(conn, "generation") or 0)
            finally:
                conn.close()
            slots.database_salt = _database_salt(db_path)
            write_atomic(staging / SLOTS_NAME, slots.to_bytes())
            if folder.exists():
                folder.rmdir()
            os.replace(staging, folder)
            fsync_dir(folder.parent)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        finally:
            if marker is not None:
                os.close(marker)
        (folder / RESTORE_MARKER).unlink(missing_ok=True)  # a kill before this: Vault.open sweeps it
        cls._record_generation(slots.vault_id, key, generation)  # a deliberate restore is no rollback
        return count

    def check(self) -> int:
        """Full integrity check of the open vault (every page); returns the entry count."""
        integrity_check(self.conn)
        if store.index_problems(self.conn):
            raise DamagedVault()
        return store.count_entries(self.conn)


class DailyBackup:
    """A day's automatic backup, written on its own thread from one snapshot of the vault."""

    def __init__(self, source: Connection, key: bytes, target: Path, header: bytes, tag: str,
                 prune: Callable[[], None]) -> None:
        self.target = target
        self.path: Path | None = None  # the backup written, once it is
        self.error: MentorVaultError | None = None
        self._source = source
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
        """Stop at the next step, remove the partial copy, and wait for the thread."""
        self._cancelled.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        try:
            with _backup_errors(self.target):
                _encrypted_copy(self._source, bytes(self._key), self.target, self._header, self._cancelled,
                                self._tag)
            self._prune()
            self.path = self.target
        except _Cancelled:
            pass
        except MentorVaultError as exc:
            self.error = exc  # like the unlock's backup used to: the user is not kept out; tried again next time
        except Exception as exc:  # noqa: BLE001 -- a thread has no caller to raise to
            self.error = BackupError(f"The automatic backup failed on an unexpected {type(exc).__name__}.")
        finally:
            try:
                self._source.close()
            finally:
                for i in range(len(self._key)):
                    self._key[i] = 0
                self._done.set()


class _Cancelled(Exception):
    """A background backup was cancelled (the vault is locking)."""


@contextlib.contextmanager
def _backup_errors(target: Path) -> Iterator[None]:
    """Turn what writing a backup can raise into the errors a user reads."""
    try:
        yield
    except (StorageFull, BackupError, DamagedVault, _Cancelled):
        raise
    except DatabaseError as exc:
        raise translate_error(exc) from None
    except OSError as exc:
        raise BackupError(f"The backup could not be written to '{target}': {exc.strerror}.") from None


_AUTO_NAME = re.compile(r"auto-(?P<date>\d{4}-\d\d-\d\d)(?:-(?P<tag>[0-9a-f]{8}))?" + re.escape(BACKUP_SUFFIX))


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


def _encrypted_copy(conn: Connection, key: bytes, target: Path, header: bytes = b"",
                    cancelled: threading.Event | None = None, tag: str = "") -> None:
    """Copy the open database into ``target`` (after ``header``), encrypted with ``key``.

    The copy goes through SQLite's backup API into a keyed temporary database beside the
    target, is checked page by page, then streamed into place atomically. A copy of a
    damaged vault is refused, so a bad backup never replaces a good one.

    Temporary names carry ``tag`` (the vault's), so a later open can sweep what a killed
    process left in a backup folder other vaults share.  With ``cancelled``, it copies a
    step at a time and stops (raising ``_Cancelled``, leaving nothing behind) soon after
    the event is set.
    """
    if len(key) != ks.KEY_BYTES or not any(key):
        raise BackupError("Refusing to write a backup without a key.")  # never a plaintext export

    def stop_if_cancelled() -> None:
        if cancelled is not None and cancelled.is_set():
            raise _Cancelled()

    marker = f"{tag}-" if tag else ""
    fd, tmp_db = tempfile.mkstemp(prefix=f".mvbackup-{marker}", suffix=".db", dir=target.parent)
    os.close(fd)
    os.chmod(tmp_db, 0o600)
    tmp_out = None
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
                                   "kept). Restore the newest good one.") from None
        except DatabaseError:
            stop_if_cancelled()
            raise
        finally:
            dest.close()
        with open(tmp_db, "rb") as src:
            if src.read(16).startswith(b"SQLite format 3"):
                raise BackupError("Refusing to write an unencrypted backup.")
            src.seek(0)
            fd, tmp_out = tempfile.mkstemp(prefix=f".{target.name}.{marker}", suffix=".tmp", dir=target.parent)
            os.fchmod(fd, 0o600)
            with os.fdopen(fd, "wb") as out:
                out.write(header)
                while chunk := src.read(1024 * 1024):
                    stop_if_cancelled()
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
        stop_if_cancelled()
        os.replace(tmp_out, target)
        tmp_out = None
        fsync_dir(target.parent)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise StorageFull("The disk is full, so the backup was not written. Free some space.") from None
        raise
    except DatabaseError as exc:  # SQLITE_FULL from the backup API or the keyed copy
        translated = translate_error(exc)
        if isinstance(translated, StorageFull):
            raise StorageFull("The disk is full, so the backup was not written. Free some space.") from None
        raise translated from None
    finally:
        for path in (tmp_db, tmp_db + "-journal", tmp_db + "-wal", tmp_db + "-shm", tmp_out):
            if path:
                try:
                    os.unlink(path)
                except FileNotFoundError:
                    pass
        release_freed_memory()  # the copy's page cache and buffers, freed but still held by malloc


# Temporary files this code makes beside a target (tempfile's 8-character names): a process
# killed mid-write leaves them behind, hidden and encrypted, never under a final name.
# The copy takes the vault's WAL mode with its pages, so a kill can leave its -wal and -shm too.
_LEFTOVER = re.compile(r"\..+\.([0-9a-f]{8}-)?[a-z0-9_]{8}\.tmp"
                       r"|\.mvbackup-([0-9a-f]{8}-)?[a-z0-9_]{8}\.db(-journal|-wal|-shm)?|\.restoring")


def _tagged_leftover(tag: str) -> re.Pattern[str]:
    """This vault's temporary files in a backup folder that other vaults may share."""
    return re.compile(rf"\..+\.{tag}-[a-z0-9_]{{8}}\.tmp|\.mvbackup-{tag}-[a-z0-9_]{{8}}\.db(-journal|-wal|-shm)?")


def _names(folder: Path) -> list[str]:
    try:
        return os.listdir(folder)
    except OSError:
        return []  # missing or unreadable: nothing to sweep


def _sweep_leftovers(folder: Path, elsewhere: Path | None = None, tag: str = "") -> list[str]:
    """Remove temporary files a killed process left in the vault folder and its backups.

    Only called with the folder lock held, so no other MentorVault process is writing them.
    In a backup folder ``elsewhere``, which other vaults may share, only names with this
    vault's ``tag`` are removed.
    """
    removed = []
    places = [(folder, _LEFTOVER), (folder / BACKUP_DIR, _LEFTOVER)]
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


RESTORE_MARKER = ".restoring"
_STAGING = re.compile(r"\..+\.restore-[a-z0-9_]{8}")


def _hold_restore_marker(staging: Path) -> int:
    """A file in the staging folder, locked for as long as this process restores into it."""
    fd = os.open(staging / RESTORE_MARKER, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX)
    return fd


def _sweep_dead_restores(parent: Path) -> None:
    """Remove staging folders of restores whose process died: ours by name, by marker, and
    with the marker's lock free, or still empty.  Anything else (a live restore, a folder
    with content but no marker) is left alone."""
    for name in _names(parent):
        staging = parent / name
        if not _STAGING.fullmatch(name) or staging.is_symlink() or not staging.is_dir():
            continue
        try:
            fd = os.open(staging / RESTORE_MARKER, os.O_RDWR | os.O_NOFOLLOW)
        except FileNotFoundError:
            try:
                staging.rmdir()  # killed before it wrote anything: only an empty folder goes
            except OSError:
                pass
            continue
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            continue  # a restore is running in it
        try:
            shutil.rmtree(staging, ignore_errors=True)
        finally:
            os.close(fd)


def _name_skeleton(name: str) -> str:
    """How a name looks: compatibility forms folded, case ignored, invisible characters dropped."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return "".join(c for c in folded if unicodedata.category(c) not in ("Cc", "Cf")).strip()


def _database_salt(path: Path) -> str | None:
    """SQLCipher's per-file salt: the first 16 bytes of the database file (not secret)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError:
        return None
    return head.hex() if len(head) == 16 else None


def _with_backup_hint(exc: MentorVaultError, folder: Path) -> MentorVaultError:
    """Point a damage message at the automatic backups, and at how to restore one."""
    backups = Vault.find_backups(folder)
    message = str(exc).rstrip()
    message = message.split(" Restore")[0].rstrip()
    if backups:
        hint = (f" Nothing was changed. The newest automatic backup is '{backups[0]}' ({len(backups)} in "
                f"'{folder / BACKUP_DIR}'); restore it into a new folder with "
                f"'mentorvault --vault NEW_FOLDER restore {backups[0]}'.")
    else:
        hint = (f" Nothing was changed. There are no automatic backups in '{folder / BACKUP_DIR}'; restore a "
                "backup file you made with 'mentorvault --vault NEW_FOLDER restore FILE'.")
    if "Nothing was changed." in message:
        message = message.replace("Nothing was changed.", "").rstrip()
    return type(exc)(message + hint)


__all__ = ["Vault", "Settings", "default_vault_dir", "utc_now", "iso", "check_new_passphrase"]
