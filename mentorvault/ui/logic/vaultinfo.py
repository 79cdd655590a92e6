"""What the unlock view may offer for a folder, read without unlocking anything."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mentorvault.crypto.keyslots import KeySlotFile
from mentorvault.errors import MentorVaultError
from mentorvault.vault import SLOTS_NAME, Vault


@dataclass(frozen=True)
class UnlockMethods:
    exists: bool
    device: bool


def unlock_methods(folder: Path) -> UnlockMethods:
    """Whether ``folder`` holds a vault, and whether this device is remembered for it.

    The key-slot file holds no plaintext of the user's; reading its slot types is safe
    while locked.  (A facade method for this would be better: see the issue's note.)
    """
    if not Vault.exists(folder):
        return UnlockMethods(False, False)
    try:
        slots = KeySlotFile.load(folder / SLOTS_NAME)
    except (MentorVaultError, OSError):
        return UnlockMethods(True, False)
    return UnlockMethods(True, bool(slots.of_type("device")))
