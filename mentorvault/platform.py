"""What differs between Linux, macOS and Windows, behind a few small functions.

* ``disable_core_dumps``: a crash must not write the decrypted vault to a core file
  (RLIMIT_CORE where the system has it; Windows writes no core files by default).
* ``FolderLock``: the vault folder's exclusive, non-blocking lock on a file of its own,
  released by the system when the process dies.
* ``try_lock`` / ``wait_lock`` / ``unlock``: the same kind of lock on a file already open
  (a restore's marker, probed without creating it; ``flock`` on POSIX, ``msvcrt.locking``
  on Windows).
* ``make_private_dirs`` / ``make_private``: folders and files only the user can read,
  whatever the umask.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _lock(fd: int, blocking: bool) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_LOCK if blocking else msvcrt.LK_NBLCK, 1)

    def unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    def disable_core_dumps() -> None:
        """Windows writes no core file unless the user set up crash dumps: nothing to do."""

else:
    import fcntl
    import resource

    def _lock(fd: int, blocking: bool) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX if blocking else fcntl.LOCK_EX | fcntl.LOCK_NB)

    def unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    def disable_core_dumps() -> None:
        """A crash must not write the decrypted vault to a core file."""
        try:
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        except (ValueError, OSError):
            pass


def make_private_dirs(path: Path) -> None:
    """Create ``path`` and every missing folder above it as 0700 (``mkdir -p`` would give the
    folders above the umask's mode, 0755 under the usual 022).  Existing folders are left as
    they are: they are the user's."""
    missing = []
    p = Path(path)
    while not p.exists() and not p.is_symlink() and p.parent != p:
        missing.append(p)
        p = p.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            continue
        os.chmod(folder, 0o700)  # mkdir's mode passes through the umask; 0700 is what is meant


def make_private(path: Path, mode: int = 0o600) -> None:
    """Take group and other permissions away from a file or folder of MentorVault's own."""
    try:
        if os.stat(path).st_mode & 0o077:
            os.chmod(path, mode)
    except FileNotFoundError:
        pass


def try_lock(fd: int) -> bool:
    """Take an exclusive lock on ``fd`` if no other open file holds one; False if another does."""
    try:
        _lock(fd, blocking=False)
    except OSError:
        return False
    return True


def wait_lock(fd: int) -> None:
    """Take an exclusive lock on ``fd``, waiting for another holder to let go."""
    _lock(fd, blocking=True)


NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


class FolderLock:
    """An exclusive lock on a vault folder, held while the vault is unlocked.

    The same lock as :func:`try_lock` (``flock`` on Linux and macOS, ``msvcrt.locking`` on
    Windows) on a lock file of its own: exclusive, never waiting, and released by the system
    when the process dies.  It is held per open file, so a second open of the same vault in
    this process is refused like one in another process.  The lock file stays in the folder.
    (The ``filelock`` library did this before; its version 4 brought 1.8 MiB and some fifty
    modules to every unlock for this one call.)
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock; False when another process (or another open of the same vault) holds it.

        ``PermissionError`` and other ``OSError`` (a read-only folder) reach the caller.
        """
        if self._fd is not None:
            return False  # one VaultFolder, one holder: a second lock() is a second open
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | NOFOLLOW | getattr(os, "O_CLOEXEC", 0), 0o600)
        if not try_lock(fd):
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            try:
                unlock(fd)
            finally:
                os.close(fd)
