"""What the start and unlock views may say about a folder, read without unlocking (or importing) anything.

The first window must appear before the vault's crypto and SQLCipher modules are
imported (``mentorvault.vault`` pulls in both, about a third of the start-up time),
so this module reads the folder with the standard library only.  The names and
the slot-file shape are those of ``mentorvault.vault`` and
``mentorvault.crypto.keyslots``; a test keeps them in step.  Nothing read here
is trusted for unlocking: ``Vault.open`` checks the slot file fully.
(A light facade function for this would be better: see the issue's note.)
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

DB_NAME = "vault.db"  # mentorvault.vault.DB_NAME
SLOTS_NAME = "keyslots.json"  # mentorvault.vault.SLOTS_NAME
MAX_SLOT_FILE = 64 * 1024  # mentorvault.crypto.keyslots.MAX_SLOT_FILE


@dataclass(frozen=True)
class UnlockMethods:
    exists: bool
    device: bool


def vault_exists(folder: Path | str) -> bool:
    """The same test as ``Vault.exists``: the folder holds a slot file and a database."""
    folder = Path(folder)
    return (folder / SLOTS_NAME).exists() and (folder / DB_NAME).exists()


def unlock_methods(folder: Path) -> UnlockMethods:
    """Whether ``folder`` holds a vault, and whether this device is remembered for it.

    The key-slot file holds no plaintext of the user's; reading its slot types is safe
    while locked.  A damaged or unreadable file offers no device unlock (opening then
    reports the damage).
    """
    if not vault_exists(folder):
        return UnlockMethods(False, False)
    return UnlockMethods(True, _has_device_slot(folder / SLOTS_NAME))


def _has_device_slot(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_SLOT_FILE + 1)
        if len(raw) > MAX_SLOT_FILE:
            return False
        data = json.loads(raw.decode("utf-8"))
    except (OSError, ValueError, UnicodeDecodeError, RecursionError):
        return False
    slots = data.get("slots") if isinstance(data, dict) else None
    if not isinstance(slots, list):
        return False
    return any(isinstance(s, dict) and s.get("type") == "device" for s in slots)
