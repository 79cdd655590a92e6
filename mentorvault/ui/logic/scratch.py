"""The private folder that "Open with…" writes attachments into: ``$XDG_RUNTIME_DIR/mentorvault-open``,
only where that folder is the user's own and in memory (tmpfs, ramfs).  Light to import: the app
sweeps it at every start, before the first window, in case a crash left copies there.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

SCRATCH_NAME = "mentorvault-open"
MEMORY_FILESYSTEMS = frozenset({"tmpfs", "ramfs"})


def _filesystem_of(path: Path) -> str | None:
    """The file system type of the mount holding ``path`` (Linux's /proc/mounts), or None."""
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    best, kind = "", None
    target = str(path.resolve())
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        if (target == point or target.startswith(point.rstrip("/") + "/")) and len(point) >= len(best):
            best, kind = point, parts[2]
    return kind


def scratch_root() -> Path | None:
    """``$XDG_RUNTIME_DIR/mentorvault-open`` when the runtime folder is the user's own and in memory."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if not runtime:
        return None
    base = Path(runtime)
    try:
        st = base.stat()
    except OSError:
        return None
    if not base.is_dir() or st.st_uid != os.getuid() or st.st_mode & 0o077:
        return None
    if _filesystem_of(base) not in MEMORY_FILESYSTEMS:
        return None
    return base / SCRATCH_NAME


def sweep() -> bool:
    """Remove the private folder and every copy in it; whether there was one."""
    root = scratch_root()
    if root is None:
        runtime = os.environ.get("XDG_RUNTIME_DIR")
        root = Path(runtime) / SCRATCH_NAME if runtime else None
    if root is None or not root.exists():
        return False
    shutil.rmtree(root, ignore_errors=True)
    return True
