"""The few calls an export makes into ``vault.attachments`` (when the vault has attachments at all)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mentorvault.vault import Vault


@dataclass(frozen=True)
class AttachmentRef:
    name: str
    sha256: str
    type: str
    size: int


def _manager(vault: Vault) -> Any:
    return getattr(vault, "attachments", None)


def listed(vault: Vault, entry_id: str) -> list[AttachmentRef]:
    manager = _manager(vault)
    if manager is None:
        return []
    return [AttachmentRef(a.name, a.sha256, a.type, a.size) for a in manager.list(entry_id)]


def save_copy(vault: Vault, entry_id: str, name: str, out: Path) -> None:
    _manager(vault).save_copy(entry_id, name, out)


def chunks(vault: Vault, entry_id: str, name: str) -> Iterator[bytes]:
    found: Iterator[bytes] = _manager(vault).chunks(entry_id, name)
    return found
