"""The few calls an export makes into ``vault.attachments`` (vault/attachments.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from mentorvault.domain.models import AttachmentInfo

if TYPE_CHECKING:
    from mentorvault.vault import Vault

AttachmentRef = AttachmentInfo


def listed(vault: Vault, entry_id: str) -> list[AttachmentInfo]:
    return vault.attachments.list(entry_id)


def save_copy(vault: Vault, entry_id: str, name: str, out: Path) -> None:
    """A plain copy inside the export's staging folder (streamed, checked against its SHA-256)."""
    vault.attachments.save_copy(entry_id, name, out)


def chunks(vault: Vault, entry_id: str, name: str) -> Iterator[bytes]:
    return vault.attachments.chunks(entry_id, name)
