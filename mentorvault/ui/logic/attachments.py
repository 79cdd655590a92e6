"""The editor's attachments without a window: what the strip lists, thumbnails' bytes, adding, removing,
copies, and "Open with…" through a private folder in memory-backed storage.

Nothing decrypted is written to persistent disk unless the user chooses "Save a copy…": a file
opened in another program is written to ``$XDG_RUNTIME_DIR/mentorvault-open/`` (a tmpfs on
systemd systems: memory), the folder 0700 and the file 0600, and the folder is removed when the
vault locks, when the app quits, and at the next start if a crash left it.  Where there is no
memory-backed runtime folder, "Open with…" is refused (``NoPrivateScratch``).
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mentorvault.domain.attachments import is_image
from mentorvault.domain.models import AttachmentInfo
from mentorvault.errors import NoPrivateScratch
from mentorvault.ui.logic.scratch import scratch_root

THUMBNAIL_MAX_BYTES = 32 * 1024 * 1024  # images larger than this show a file icon, not a thumbnail


@dataclass(frozen=True)
class AttachmentTile:
    """One attachment as the strip shows it; ``image`` when the window can show a thumbnail."""

    info: AttachmentInfo
    image: bool

    @property
    def name(self) -> str:
        return self.info.name


def tiles(infos: Iterable[AttachmentInfo]) -> list[AttachmentTile]:
    return [AttachmentTile(a, is_image(a.type) and a.size <= THUMBNAIL_MAX_BYTES) for a in infos]


def list_tiles(vault: Any, entry_id: str, inbox: bool = False) -> list[AttachmentTile]:
    """The worker's job: the attachments of one of my entries, or of a shared one (``inbox``)."""
    if inbox:
        return tiles(vault.inbox.get(entry_id).attachments)
    return tiles(vault.attachments.list(entry_id))


def image_bytes(vault: Any, entry_id: str, name: str, inbox: bool = False) -> bytes:
    """An image's bytes, in memory only (decoded by the window, never written anywhere)."""
    chunks = vault.inbox.attachment_chunks(entry_id, name) if inbox else vault.attachments.chunks(entry_id, name)
    out = bytearray()
    for chunk in chunks:
        out += chunk
        if len(out) > THUMBNAIL_MAX_BYTES:
            break
    return bytes(out)


def add_files(vault: Any, entry_id: str, paths: Iterable[Path]) -> list[AttachmentInfo]:
    """Attach files the user picked or dropped, all or none."""
    with vault.transaction():
        return [vault.attachments.add(entry_id, Path(p)) for p in paths]


def remove(vault: Any, entry_id: str, name: str) -> None:
    vault.attachments.remove(entry_id, name)


def save_copy(vault: Any, entry_id: str, name: str, out: Path, inbox: bool = False) -> AttachmentInfo:
    """A plain copy where the user chose (the dialog asked before replacing a file)."""
    if inbox:
        return vault.inbox.save_attachment_copy(entry_id, name, out, overwrite=True)  # type: ignore[no-any-return]
    return vault.attachments.save_copy(entry_id, name, out, overwrite=True)  # type: ignore[no-any-return]


# ---------------------------------------------------------------- "Open with…": the private folder


def open_copy(vault: Any, entry_id: str, name: str, inbox: bool = False) -> Path:
    """Write the attachment into a fresh private folder in memory-backed storage; its path, for another
    program to open.  Removed by ``scratch.sweep`` (lock, quit, next start)."""
    root = scratch_root()
    if root is None:
        raise NoPrivateScratch()
    root.mkdir(mode=0o700, exist_ok=True)
    os.chmod(root, 0o700)
    folder = root / secrets.token_hex(8)
    folder.mkdir(mode=0o700)
    chunks = vault.inbox.attachment_chunks(entry_id, name) if inbox else vault.attachments.chunks(entry_id, name)
    target = folder / name
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return target
