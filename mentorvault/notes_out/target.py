"""Where an export goes: checked before anything is written, written beside it, renamed into place."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from mentorvault.errors import NotesExportError
from mentorvault.storage.atomic import fsync_dir


def check_folder_target(out: Path) -> None:
    """A folder export may create ``out`` or fill it when it is an empty folder; nothing else."""
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise NotesExportError(path=str(out), reason="is_file")
    if out.is_dir() and any(out.iterdir()):
        raise NotesExportError(path=str(out), reason="not_empty")
    if not out.parent.is_dir():
        raise NotesExportError(path=str(out), reason="no_parent")


def check_file_target(out: Path, replace: bool = False) -> None:
    """A file export writes a new file, or replaces one the user agreed to replace (``replace``)."""
    if out.is_dir():
        raise NotesExportError(path=str(out), reason="is_folder")
    if out.exists() and not replace:
        raise NotesExportError(path=str(out), reason="exists")
    if not out.parent.is_dir():
        raise NotesExportError(path=str(out), reason="no_parent")


@contextlib.contextmanager
def staged_folder(out: Path) -> Iterator[Path]:
    """A private temporary folder beside ``out`` (``.OUT.XXXXXXXX.partial``) renamed to ``out`` when the
    block ends normally, removed with everything in it otherwise: an export is all there or not at all."""
    check_folder_target(out)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".partial", dir=out.parent))
    try:
        yield staging
        # One flush of everything written, instead of one fsync per file (a thousand entries' files cost
        # seconds that way); then the rename makes the whole folder appear at once.
        os.sync()
        check_folder_target(out)  # still free (another program may have written there meanwhile)
        if out.is_dir():
            out.rmdir()
        os.rename(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    fsync_dir(out.parent)


def write_file(path: Path, data: bytes) -> None:
    """One file of a staged export (flushed to disk with the rest, before the folder is renamed into place)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
