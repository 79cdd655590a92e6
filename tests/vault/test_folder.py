"""VaultFolder: the one owner of a vault folder's names and its lock (mentorvault/platform.py)."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from mentorvault.errors import VaultBusy
from mentorvault.vault import DB_NAME, LOCK_NAME, SLOTS_NAME, VaultFolder


def test_names_come_from_the_folder(tmp_path: Path) -> None:
    place = VaultFolder(tmp_path / "v")
    assert (place.db_path, place.slots_path, place.lock_path, place.backups_dir) == (
        tmp_path / "v" / DB_NAME, tmp_path / "v" / SLOTS_NAME, tmp_path / "v" / LOCK_NAME, tmp_path / "v" / "backups")
    assert place.is_empty() and not place.holds_vault() and not place.holds_any_vault_file()


def test_the_lock_is_exclusive_private_and_says_which_folder(tmp_path: Path) -> None:
    first, second = VaultFolder(tmp_path), VaultFolder(tmp_path)
    first.lock()
    try:
        with pytest.raises(VaultBusy) as busy:
            second.lock()
        assert busy.value.field("folder") == tmp_path
        assert stat.S_IMODE(os.stat(first.lock_path).st_mode) == 0o600
    finally:
        first.unlock()
    second.lock()  # free again once released
    second.unlock()
    assert first.lock_path.exists()  # the lock file stays, as it always has


def test_a_killed_holder_releases_the_lock(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from mentorvault.vault import VaultFolder\n"
        f"held = VaultFolder({str(tmp_path)!r})\n"
        "held.lock()\n"
        "print('locked', flush=True)\n"
        "sys.stdin.readline()\n"
    )
    child = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "locked"
        with pytest.raises(VaultBusy):
            VaultFolder(tmp_path).lock()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    place = VaultFolder(tmp_path)
    place.lock()
    place.unlock()
