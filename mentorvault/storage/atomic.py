"""Atomic file writes: temp file in the same folder, 0600 first, write, fsync, replace.

``atomic_writer`` is the one temp-file-and-replace helper; ``write_atomic`` writes bytes
through it.  A crash leaves either the old or the new file, and at worst a hidden
``.NAME.XXXXXXXX.tmp`` that the vault's next open sweeps.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from mentorvault.errors import OutputExists, StorageFull


def fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _put_new(tmp: str, path: Path) -> None:
    """Give the finished temporary file its name only if that name is free (a hard link fails on an
    existing name; where links are not supported, a check and rename)."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise OutputExists(path=str(path)) from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
            raise
        if os.path.lexists(path):
            raise OutputExists(path=str(path)) from None
        os.replace(tmp, path)
        return
    os.unlink(tmp)


@contextlib.contextmanager
def atomic_writer(path: Path, mode: int = 0o600, tag: str = "", *, replace: bool = True) -> Iterator[BinaryIO]:
    """Write ``path`` through the file this yields; it replaces ``path`` only if the block ends normally.

    ``tag`` goes into the temporary name (``.NAME.TAG-XXXXXXXX.tmp``) so a folder shared by
    several vaults can tell whose leftover it is.  ``replace=False`` never replaces an existing
    ``path`` (checked before writing and again, atomically, when the file is put in place):
    :class:`OutputExists`.
    """
    path = Path(path)
    if not replace and os.path.lexists(path):
        raise OutputExists(path=str(path))
    marker = f"{tag}-" if tag else ""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{marker}", suffix=".tmp", dir=path.parent)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if replace:
            os.replace(tmp, path)
        else:
            _put_new(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
            raise StorageFull() from None
        raise
    fsync_dir(path.parent)


def write_atomic(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file."""
    with atomic_writer(path, mode) as fh:
        fh.write(data)
