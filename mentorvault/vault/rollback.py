"""Rollback detection: is the vault in this folder older than the one this computer last opened here?

SQLCipher proves that a page was written with the key, not that it is the newest one, so
an older copy of the whole folder decrypts fine.  Each unlock therefore bumps a
``generation`` number inside the database and records it *outside* the vault folder, in
the user's state folder (``VaultFolder.generations_file``), under the vault's id and the
folder's place (its resolved path), together with the copy's ``lineage``:

* a database whose generation is below the record's was put back to an older copy;
* a database of another lineage at a recorded place was replaced by another copy
  (a restored backup, or a copy of the folder, moved over it);
* a record that does not authenticate under the vault's own record key (a random key kept
  inside the database, so a re-key does not change it) was not written for this copy.

Any of these leaves a *pending* suspicion in the record, and the unlock does not bump or
rewrite anything: every later unlock reports it again until the user says what it was
(:meth:`RollbackGuard.acknowledge`).  A copy opened at a new place gets its own lineage
and its own record, and ``Vault.restore`` gives the restored copy a new lineage and records
it at its place, so neither ever touches the original's record.  See docs/security.md for
what is detected and what is not.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import hmac
import json
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from mentorvault.crypto import keyslots as ks
from mentorvault.errors import MentorVaultError, NoRollbackPending
from mentorvault.storage import meta
from mentorvault.storage.db import Connection, transaction
from mentorvault.vault.folder import SeenGenerations, VaultFolder

if TYPE_CHECKING:
    from mentorvault.vault.core import Vault

MAX_PLACES = 256  # records kept, the most recently opened places first (the file is rewritten at each unlock)
Kind = Literal["older", "replaced", "unverified"]
Choice = Literal["restored", "replaced"]
CHOICES: tuple[Choice, ...] = ("restored", "replaced")


@dataclass(frozen=True)
class RollbackNotice:
    """Facts about a suspected rollback, for the front ends to word.

    ``kind``: ``older`` (the same copy, at an earlier generation), ``replaced`` (another copy
    of this vault now sits where this computer last opened it) or ``unverified`` (the record
    for this place was not written for this copy: an older copy from before the record key,
    or an edited record).
    """

    kind: Kind
    found_generation: int
    expected_generation: int
    noticed_at: str  # when this computer first noticed it (ISO 8601, UTC)
    folder: Path


@dataclass(frozen=True)
class RollbackAcknowledged:
    """What acknowledging did, and what the front ends may suggest next."""

    choice: Choice
    notice: RollbackNotice
    backups: list[Path]  # the vault's automatic backups, newest first (to compare with)


def place_key(vault_id: str, place: str) -> str:
    """The record's key: the vault id and the folder's place, hashed (the file lists no paths)."""
    return hashlib.sha256(f"mentorvault/rollback-place/v1\0{vault_id}\0{place}".encode()).hexdigest()[:32]


def _legacy_mac(vault_id: str, data_key: bytes, generation: int) -> str:
    """The MAC of records written before places and lineages (format 1)."""
    mac_key = ks.derive_key(data_key, "mentorvault/generation-counter/v1")
    return hmac.new(mac_key, f"{vault_id}:{generation}".encode(), "sha256").hexdigest()


def _mac(record_key: bytes, body: dict[str, Any]) -> str:
    text = json.dumps({k: v for k, v in body.items() if k != "mac"}, sort_keys=True, separators=(",", ":"))
    return hmac.new(record_key, b"mentorvault/rollback-record/v2\0" + text.encode(), "sha256").hexdigest()


def _notice(pending: dict[str, Any], folder: Path) -> RollbackNotice | None:
    kind = pending.get("kind")
    found, expected = pending.get("found_generation"), pending.get("expected_generation")
    if kind not in ("older", "replaced", "unverified") or not isinstance(found, int) or not isinstance(expected, int):
        return None
    return RollbackNotice(kind, found, expected, str(pending.get("noticed_at", "")), folder)


class RollbackGuard:
    """``vault.rollback``: the unlock counter of an open vault and its pending warning."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._place = vault.folder.place
        self._key = place_key(vault.vault_id, self._place)
        self.notice: RollbackNotice | None = None

    @property
    def suspected(self) -> bool:
        return self.notice is not None

    # ------------------------------------------------------------ at unlock

    def check(self) -> RollbackNotice | None:
        """Compare the database with the record for this place; bump both, or keep the warning pending."""
        conn = self._vault.conn
        with VaultFolder.generations_locked():
            seen = VaultFolder.read_generations()
            places = seen.places
            record = places.get(self._key)
            current = _int(meta.get_meta(conn, "generation"))
            lineage = meta.get_meta(conn, "lineage")
            record_key = _record_key(conn)
            if isinstance(record, dict):
                pending = record.get("pending")
                if isinstance(pending, dict):
                    self.notice = _notice(pending, self._vault.path)
                    if self.notice is not None:
                        return self.notice  # nothing is bumped or rewritten until the user says what it was
                kind = self._compare(record, current, lineage, record_key)
                if kind is not None:
                    expected = _int(record.get("generation"))
                    self._set_pending(seen, places, record, kind, current, expected)
                    return self.notice
                baseline = max(current, _int(record.get("generation")))
                lineage, record_key = self._ensure_identity(conn, lineage, record_key, fork=False)
                if lineage is None or record_key is None:
                    return None
            else:
                baseline = current
                legacy = seen.data.get(self._vault.vault_id)
                if isinstance(legacy, dict) and isinstance(legacy.get("generation"), int):
                    # A record from before places: it counted every copy of this vault together.
                    # It serves the first place opened, then goes.
                    del seen.data[self._vault.vault_id]
                    old = legacy["generation"]
                    if (hmac.compare_digest(str(legacy.get("mac")),
                                            _legacy_mac(self._vault.vault_id, self._vault._data_key(), old))
                            and old > current):
                        lineage, record_key = self._ensure_identity(conn, lineage, record_key, fork=False)
                        if lineage is None or record_key is None:
                            return None
                        record = {"vault_id": self._vault.vault_id, "lineage": lineage, "generation": old}
                        self._set_pending(seen, places, record, "older", current, old)
                        return self.notice
                fork = lineage is not None and any(
                    isinstance(r, dict) and r.get("vault_id") == self._vault.vault_id and r.get("lineage") == lineage
                    for r in places.values())
                # A new lineage (for a copy whose lineage is recorded elsewhere) and the record key are
                # written in the same transaction as the generation: one commit per unlock.
                new_lineage = str(uuid.uuid4()) if fork or lineage is None else lineage
                new_key = record_key or secrets.token_hex(32)
                self._bump(conn, seen, places, baseline, new_lineage, new_key,
                           write_identity=(new_lineage, new_key) != (lineage, record_key))
                return None
            self._bump(conn, seen, places, baseline, lineage, record_key)
            return None

    def _compare(self, record: dict[str, Any], current: int, lineage: str | None,
                 record_key: str | None) -> Kind | None:
        if record_key is None or not hmac.compare_digest(str(record.get("mac")),
                                                         _mac(bytes.fromhex(record_key), record)):
            return "unverified"
        if record.get("lineage") != lineage:
            return "replaced"
        if _int(record.get("generation")) > current:
            return "older"
        return None

    def _ensure_identity(self, conn: Connection, lineage: str | None, record_key: str | None, *,
                         fork: bool) -> tuple[str | None, str | None]:
        """Give the database a lineage (a new one when ``fork``: a copy opened at a new place) and a record key."""
        if lineage is not None and record_key is not None and not fork:
            return lineage, record_key
        new_lineage = str(uuid.uuid4()) if fork or lineage is None else lineage
        new_key = record_key or secrets.token_hex(32)
        try:
            with transaction(conn):
                meta.set_meta(conn, "lineage", new_lineage)
                meta.set_meta(conn, "rollback_key", new_key)
        except (MentorVaultError, OSError):
            return None, None
        return new_lineage, new_key

    def _bump(self, conn: Connection, seen: SeenGenerations, places: dict[str, Any], baseline: int,
              lineage: str, record_key: str, *, write_identity: bool = False) -> None:
        new = baseline + 1
        try:
            with transaction(conn):
                if write_identity:
                    meta.set_meta(conn, "lineage", lineage)
                    meta.set_meta(conn, "rollback_key", record_key)
                meta.set_meta(conn, "generation", str(new))
        except (MentorVaultError, OSError):
            return  # a read-only folder or disk must not keep the user out
        record: dict[str, Any] = {"vault_id": self._vault.vault_id, "lineage": lineage, "generation": new,
                                  "seen_at": self._vault.now()}
        record["mac"] = _mac(bytes.fromhex(record_key), record)
        _keep(places, self._key, record)
        VaultFolder.write_generations(seen)

    def _set_pending(self, seen: SeenGenerations, places: dict[str, Any], record: dict[str, Any], kind: Kind,
                     current: int, expected: int) -> None:
        """Keep the suspicion in the record, so every later unlock shows it until it is acknowledged."""
        pending = {"kind": kind, "found_generation": current, "expected_generation": expected,
                   "noticed_at": self._vault.now()}
        _keep(places, self._key, {**{k: v for k, v in record.items() if k != "pending"}, "pending": pending})
        VaultFolder.write_generations(seen)
        self.notice = _notice(pending, self._vault.path)

    # ------------------------------------------------------------ the user's answer

    def acknowledge(self, choice: Choice) -> RollbackAcknowledged:
        """The user says what the warning was: an older copy restored on purpose, or a possible attack.

        Either way this copy becomes the one recorded for this place (its generation raised
        above both the old record and itself, so the copy that was replaced is now the older
        one); the answer decides only what the front ends suggest next.
        """
        if choice not in CHOICES:
            raise ValueError(f"unknown choice {choice!r}")
        notice = self.notice
        if notice is None:
            raise NoRollbackPending()
        conn = self._vault.conn
        with VaultFolder.generations_locked():
            seen = VaultFolder.read_generations()
            places = seen.places
            lineage, record_key = self._ensure_identity(conn, meta.get_meta(conn, "lineage"), _record_key(conn),
                                                        fork=False)
            if lineage is None or record_key is None:
                raise NoRollbackPending("The vault folder is read-only, so the answer could not be recorded.",
                                        read_only=True)
            baseline = max(_int(meta.get_meta(conn, "generation")), notice.expected_generation)
            self._bump(conn, seen, places, baseline, lineage, record_key)
        self.notice = None
        return RollbackAcknowledged(choice, notice, self._vault.folder.find_backups())


def record_restore(folder: VaultFolder, vault_id: str, conn: Connection) -> None:
    """A restored copy: a lineage of its own, recorded at its place (a deliberate restore is no rollback)."""
    lineage = str(uuid.uuid4())
    record_key = _record_key(conn) or secrets.token_hex(32)
    generation = _int(meta.get_meta(conn, "generation")) + 1
    with transaction(conn):
        meta.set_meta(conn, "lineage", lineage)
        meta.set_meta(conn, "rollback_key", record_key)
        meta.set_meta(conn, "generation", str(generation))
    with VaultFolder.generations_locked():
        seen = VaultFolder.read_generations()
        places = seen.places
        record: dict[str, Any] = {"vault_id": vault_id, "lineage": lineage, "generation": generation,
                                  "seen_at": _dt.datetime.now(_dt.UTC).isoformat()}
        record["mac"] = _mac(bytes.fromhex(record_key), record)
        _keep(places, place_key(vault_id, folder.place), record)
        VaultFolder.write_generations(seen)


def _keep(places: dict[str, Any], key: str, record: dict[str, Any]) -> None:
    """Store ``record`` and keep only the MAX_PLACES most recently opened places (a pending warning always stays)."""
    places[key] = record
    if len(places) <= MAX_PLACES:
        return
    def recent(item: tuple[str, Any]) -> tuple[bool, str]:
        k, r = item
        r = r if isinstance(r, dict) else {}
        return (k == key or isinstance(r.get("pending"), dict), str(r.get("seen_at", "")))
    for old, _record in sorted(places.items(), key=recent)[: len(places) - MAX_PLACES]:
        del places[old]


def _record_key(conn: Connection) -> str | None:
    """The vault's own key for its rollback records (random, inside the database), if well formed."""
    value = meta.get_meta(conn, "rollback_key")
    if value is None or len(value) != 64:
        return None
    try:
        bytes.fromhex(value)
    except ValueError:
        return None
    return value


def _int(value: Any) -> int:
    try:
        return int(value) if value is not None else 0
    except (TypeError, ValueError):
        return 0
