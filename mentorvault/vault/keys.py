"""Ways to unlock: the passphrase, the recovery key, and a key remembered on this device.

Each way of unlocking is a slot in ``keyslots.json`` that wraps the data key
(``crypto/keyslots.py``).  Changing the passphrase rewraps its slot and leaves the data key
as it is; a re-key (:meth:`KeyManager.rekey`) makes a new data key, re-encrypts the
database under it and wraps it anew in every slot, so the old passphrase (and a copy of
the old key file) no longer opens the vault.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mentorvault.crypto import keyslots as ks
from mentorvault.devicekeys import SecretStore
from mentorvault.domain.passphrase import assess
from mentorvault.errors import (
    DamagedKeySlots,
    DeviceNotRemembered,
    KeyringUnavailable,
    MentorVaultError,
    WeakPassphrase,
    WrongPassphrase,
)
from mentorvault.storage.copy import rekeyed_copy, remove_database_files
from mentorvault.vault.folder import database_salt

if TYPE_CHECKING:
    from mentorvault.vault.core import Vault


@dataclass(frozen=True)
class DeviceForgotten:
    """What ``forget_device`` did: the slot in the key file, and the secret in the system keyring."""

    slot_removed: bool  # there was a device slot (usable or set aside) and it is gone from keyslots.json
    keyring_cleared: bool  # the keyring answered and holds no secret for this vault any more


def check_new_passphrase(passphrase: str) -> None:
    strength = assess(passphrase)
    if not strength.acceptable:
        reason = strength.warnings[0] if strength.warnings else ""
        raise WeakPassphrase(f"That passphrase is too weak. {reason}".strip(), warning=reason)


def unwrap(slots: ks.KeySlotFile, passphrase: str | None, recovery_key: str | None, use_device: bool,
           secret_store: SecretStore) -> bytearray:
    """The data key, from whichever way of unlocking was given."""
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
                "then choose 'remember on this device' again.", missing_from_keyring=True,
            )
        return bytearray(key)
    if passphrase is None:
        raise WrongPassphrase("A passphrase is needed to unlock this vault.", missing=True)
    return bytearray(slots.unwrap_with_passphrase(passphrase))


@dataclass(frozen=True)
class RekeyProgress:
    """How far a re-key has come: ``step`` is "deriving", "copying", "switching" or "backups";
    while copying, ``done`` of ``total`` database pages (4 KiB each) are re-encrypted."""

    step: str
    done: int = 0
    total: int = 0


@dataclass(frozen=True)
class BackupsReplaced:
    """What replacing the vault's backups did: one fresh backup written, the others removed."""

    fresh: Path
    removed: tuple[Path, ...]


@dataclass(frozen=True)
class RekeyResult:
    """What a re-key did, for the front ends to word."""

    recovery_key: str | None  # a new recovery key to show once; None when the one given was kept
    device: str  # "none" (no key remembered here), "kept" (re-wrapped) or "dropped" (keyring unreachable)
    pages: int  # database pages re-encrypted
    seconds: float
    old_backups: tuple[Path, ...]  # backups still holding the old key (they open with the old passphrase)
    replaced: BackupsReplaced | None  # set when the backups were replaced by one fresh one


Progress = Callable[[RekeyProgress], None]


class KeyManager:
    """``vault.keys``: the key slots of an unlocked vault."""

    def __init__(self, vault: Vault, slots: ks.KeySlotFile) -> None:
        self._vault = vault
        self._slots = slots

    def portable_slots(self) -> ks.KeySlotFile:
        """The slots a user can unlock with anywhere (what a backup carries): never this device's."""
        return ks.KeySlotFile(self._vault.vault_id, [s for s in self._slots.slots if s.type != "device"])

    def _reload(self) -> None:
        """Start from the slot file on disk, so a change made by another process is kept."""
        self._vault.folder.check_still_here()
        fresh = self._vault.folder.read_slots()
        if fresh.vault_id != self._vault.vault_id:
            raise DamagedKeySlots()
        self._slots = fresh

    def _write(self) -> None:
        self._vault.folder.write_slots(self._slots)

    def change_passphrase(self, new_passphrase: str, *, params: ks.Argon2Params | None = None) -> None:
        """Rewrap the data key under a new passphrase; the database is not re-encrypted."""
        check_new_passphrase(new_passphrase)
        self._vault._data_key()
        self._reload()
        slot = ks.make_slot(self._vault.vault_id, "passphrase", new_passphrase.encode(), self._vault._data_key(),
                            params, self._vault.now())
        self._slots.replace_type("passphrase", slot)  # a damaged passphrase slot set aside goes too
        self._write()

    def rekey(self, new_passphrase: str, *, recovery_key: str | None = None, replace_backups: bool = False,
              progress: Progress | None = None, params: ks.Argon2Params | None = None) -> RekeyResult:
        """A new random data key: the database re-encrypted under it and every slot wrapped anew.

        The old passphrase, the old key file and the old data key stop opening this vault.
        The recovery key is kept when ``recovery_key`` (the current one) is given; otherwise a
        new one is made and returned, to be shown once.  A key remembered on this device is
        re-wrapped with its secret from the keyring (or dropped when the keyring cannot be
        reached).  Backups made before keep the old key: they open with the old passphrase
        and hold what the vault held then; ``replace_backups`` replaces them with one fresh
        backup (see ``BackupManager.replace_all``).

        Crash safety: the re-encrypted copy is written and synced beside ``vault.db``; the new
        key file, which names the copy by its salt, is the commit point; then the copy replaces
        the database.  A process killed at any point leaves a vault that opens with the old
        key file and database or with the new ones (``VaultFolder.finish_rekey``).
        """
        report: Progress = progress or (lambda _p: None)
        started = time.monotonic()
        check_new_passphrase(new_passphrase)
        vault = self._vault
        old_key = vault._data_key()
        self._reload()
        vault.folder.check_still_here()
        old = self._slots
        kept_recovery = None
        if recovery_key is not None:
            kept_recovery = ks.parse_recovery_key(recovery_key)
            old.unwrap_with_recovery(kept_recovery)  # WrongRecoveryKey unless it is this vault's current one
        new_key = secrets.token_bytes(ks.KEY_BYTES)
        now = vault.now()
        report(RekeyProgress("deriving"))
        recovery_secret = kept_recovery or ks.new_recovery_key()
        slots = [ks.make_slot(vault.vault_id, "passphrase", new_passphrase.encode(), new_key, params, now),
                 ks.make_slot(vault.vault_id, "recovery", recovery_secret, new_key, None, now)]
        device = "none"
        if old.of_type("device"):
            device = "dropped"
            from keyring.errors import KeyringError

            try:
                secret = vault._secret_store.get(vault.vault_id)
            except KeyringError:  # the keyring cannot be reached: the device slot is dropped, and the result says so
                secret = None
            if secret and old.unwrap_with_device(secret) == old_key:
                slots.append(ks.make_slot(vault.vault_id, "device", secret, new_key, None, now))
                device = "kept"
        new_slots = ks.KeySlotFile(vault.vault_id, slots)
        vault.backups.discard_kept_copies()  # its snapshot reads the old database; kept copies hold the old key
        pending = vault.folder.rekey_path
        remove_database_files(pending)
        pages = rekeyed_copy(vault.conn, new_key, pending,
                             lambda done, total: report(RekeyProgress("copying", done, total)))
        report(RekeyProgress("switching"))
        new_slots.database_salt = database_salt(pending)
        committed = False
        try:
            vault.folder.write_slots(new_slots)  # the commit point
            committed = True
        finally:
            if not committed:
                self._after_failed_commit(new_slots, new_key)
        self._slots = new_slots
        vault._switch_database(new_key)
        replaced = None
        old_backups = tuple(vault.backups.all_backups())
        if replace_backups:
            report(RekeyProgress("backups"))
            replaced = vault.backups.replace_all()
            old_backups = ()
        return RekeyResult(
            recovery_key=None if kept_recovery else ks.format_recovery_key(recovery_secret),
            device=device, pages=pages, seconds=time.monotonic() - started,
            old_backups=old_backups, replaced=replaced,
        )

    def _after_failed_commit(self, new_slots: ks.KeySlotFile, new_key: bytes) -> None:
        """Writing the new key file was interrupted: the file on disk decides, as at the next open.

        If it names the re-encrypted copy (the rename landed), the re-key is finished, so the
        open vault and its key file agree; otherwise the copy is removed and nothing changed.
        """
        try:
            named = self._vault.folder.read_slots().database_salt
        except MentorVaultError:
            named = None
        if named is not None and named == new_slots.database_salt:
            self._slots = new_slots
            self._vault._switch_database(new_key)
        else:
            remove_database_files(self._vault.folder.rekey_path)

    def verify_passphrase(self, passphrase: str) -> bool:
        try:
            return self._vault.folder.read_slots().unwrap_with_passphrase(passphrase) == self._vault._data_key()
        except WrongPassphrase:
            return False

    @property
    def slot_notes(self) -> list[ks.SlotNote]:
        """Slots of the key file set aside when it was read (damaged, edited, from another vault)."""
        return list(self._slots.notes)

    @property
    def remembers_device(self) -> bool:
        return bool(self._slots.of_type("device"))

    def _store_call(self, action: str, *args: Any) -> Any:
        """Call the secret store; any keyring failure becomes one plain sentence."""
        from keyring.errors import KeyringError

        try:
            return getattr(self._vault._secret_store, action)(self._vault.vault_id, *args)
        except KeyringError:
            raise KeyringUnavailable() from None

    def remember_device(self) -> None:
        data_key = self._vault._data_key()  # a locked vault changes nothing, not even the keyring
        self._reload()
        secret = secrets.token_bytes(ks.KEY_BYTES)
        self._store_call("set", secret)  # raises KeyringUnavailable before we touch the slots
        slot = ks.make_slot(self._vault.vault_id, "device", secret, data_key, None, self._vault.now())
        self._slots.replace_type("device", slot)
        self._write()

    def forget_device(self) -> DeviceForgotten:
        """Remove the device slot first (so the kept secret opens nothing), then the keyring's secret.

        A keyring that cannot be reached does not undo the first step: the result says the
        secret is still stored there, so the front ends can say so and suggest trying again.
        """
        self._vault._data_key()
        self._reload()
        had_slot = bool(self._slots.of_type("device") or self._slots.notes_of("device"))
        if had_slot:
            self._slots.replace_type("device", None)
            self._write()
        try:
            self._store_call("delete")
        except KeyringUnavailable:
            return DeviceForgotten(slot_removed=had_slot, keyring_cleared=False)
        return DeviceForgotten(slot_removed=had_slot, keyring_cleared=True)
