"""Atomic writes: restrictive permissions from the start, old-or-new after a failure, no temp files left."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from mentorvault.errors import StorageFull
from mentorvault.storage import atomic
from mentorvault.storage.atomic import write_atomic


def test_writes_and_replaces_with_0600(tmp_path: Path) -> None:
    target = tmp_path / "keyslots.json"
    write_atomic(target, b"one")
    assert target.read_bytes() == b"one" and target.stat().st_mode & 0o777 == 0o600
    target.chmod(0o644)
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two" and target.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keyslots.json"]


def test_temp_file_is_private_before_any_byte_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[int] = []
    real_fdopen = os.fdopen

    def spy(fd: int, *args: object, **kw: object):  # type: ignore[no-untyped-def]
        seen.append(os.fstat(fd).st_mode & 0o777)
        return real_fdopen(fd, *args, **kw)  # type: ignore[call-overload]

    monkeypatch.setattr(atomic.os, "fdopen", spy)
    write_atomic(tmp_path / "f", b"secret-ish")
    assert seen == [0o600]


def test_failure_keeps_the_old_file_and_leaves_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "f"
    write_atomic(target, b"old")

    def no_space(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", no_space)
    with pytest.raises(StorageFull):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["f"]

    def denied(*_: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", denied)
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: None)
    with pytest.raises(PermissionError):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["f"]


def test_fsync_dir_tolerates_missing_folders(tmp_path: Path) -> None:
    atomic.fsync_dir(tmp_path / "missing")
    atomic.fsync_dir(tmp_path)
