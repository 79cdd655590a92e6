"""Ways to unlock: the passphrase, the recovery key, and a key remembered on this device.

The data key never changes; each way of unlocking is a slot in ``keyslots.json`` that
wraps it (``crypto/keyslots.py``).  Changing the passphrase rewraps, it does not re-encrypt.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mentorvault.crypto import keyslots as ks
from mentorvault.devicekeys import SecretStore
from mentorvault.domain.passphrase import assess
from mentorvault.errors import (
    DamagedKeySlots,
    DeviceNotRemembered,
    KeyringUnavailable,
    WeakPassphrase,
    WrongPassphrase,
)

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
        raise WeakPassphrase(f"That passphrase is too weak. {reason}".strip(), reason=reason)


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
