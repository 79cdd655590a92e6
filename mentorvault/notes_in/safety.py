"""Reading untrusted exports: caps on sizes and counts, paths that stay inside, no symlinks,
zip archives checked before and while they are read.

Every refusal is an :class:`ImportProblem` naming the file and the reason.
"""

from __future__ import annotations

import io
import json
import os
import stat
import unicodedata
import zipfile
import zlib
from collections.abc import Collection, Iterator
from pathlib import Path, PurePosixPath
from typing import IO, Any, BinaryIO

from mentorvault.errors import ImportProblem

MIB = 1024 * 1024
MAX_JSON_BYTES = 128 * MIB  # a journal's JSON, read whole before parsing (10,000 jrnl notes: 10 MB)
MAX_NOTE_BYTES = 16 * MIB  # one Markdown file
MAX_TEXT_TOTAL = 256 * MIB  # all the JSON or Markdown one import reads (it is held in memory)
MAX_FILES = 100_000  # files in a folder or members in an archive
MAX_ARCHIVE_BYTES = 4096 * MIB  # all members of an archive together, as declared
MAX_RATIO = 100  # expanded / compressed, for a member (or the archive) over RATIO_FLOOR bytes
RATIO_FLOOR = 1 * MIB


def check_input(path: Path, *, folder: bool | None) -> None:
    """The path the user gave exists, is no symlink, and is a folder (``folder``) or a file."""
    try:
        st = path.lstat()
    except FileNotFoundError:
        raise ImportProblem(file=str(path), reason="no_file") from None
    except OSError:
        raise ImportProblem(file=str(path), reason="unreadable") from None
    if stat.S_ISLNK(st.st_mode):
        raise ImportProblem(file=str(path), reason="symlink")
    if folder is True and not stat.S_ISDIR(st.st_mode):
        raise ImportProblem(file=str(path), reason="not_a_folder")
    if folder is False and not stat.S_ISREG(st.st_mode):
        raise ImportProblem(file=str(path), reason="not_a_file")


def read_capped(path: Path, limit: int, shown: str | None = None) -> bytes:
    """A regular file's bytes, refused before reading when larger than ``limit`` (and counted
    while reading, in case it grows)."""
    name = shown or str(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        raise ImportProblem(file=str(name), reason="no_file") from None
    except OSError:
        if path.is_symlink():
            raise ImportProblem(file=str(name), reason="symlink") from None
        raise ImportProblem(file=str(name), reason="unreadable") from None
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise ImportProblem(file=str(name), reason="not_a_file")
        if st.st_size > limit:
            raise ImportProblem(file=str(name), reason="too_large", limit=limit)
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise ImportProblem(file=str(name), reason="too_large", limit=limit)
    return data


def decode_utf8(data: bytes, name: str) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ImportProblem(file=str(name), reason="not_utf8") from None
    return text[1:] if text.startswith("\ufeff") else text


def parse_json(data: bytes, name: str) -> Any:
    text = decode_utf8(data, name)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportProblem(file=str(name), reason="bad_json", line=exc.lineno) from None
    except RecursionError:
        raise ImportProblem(file=str(name), reason="bad_json", line="?") from None


def inside(root: Path, relative: str, shown: str) -> Path:
    """``root / relative`` when it stays inside ``root`` and no part of it is a symlink."""
    if not relative or relative.startswith(("/", "\\")) or (len(relative) > 1 and relative[1] == ":"):
        raise ImportProblem(file=str(shown), reason="unsafe_path")
    parts = PurePosixPath(relative.replace("\\", "/")).parts
    if ".." in parts:
        raise ImportProblem(file=str(shown), reason="unsafe_path")
    path = root
    for part in parts:
        path = path / part
        if path.is_symlink():
            raise ImportProblem(file=str(shown), reason="symlink")
    return path


def walk_files(root: Path) -> Iterator[Path]:
    """Every regular file under ``root`` (sorted, hidden ones skipped); a symlink anywhere is refused."""
    count = 0
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            children = sorted(folder.iterdir())
        except OSError:
            raise ImportProblem(file=str(folder), reason="unreadable") from None
        dirs = []
        for child in children:
            if child.name.startswith("."):
                continue
            st = child.lstat()
            if stat.S_ISLNK(st.st_mode):
                raise ImportProblem(file=str(child), reason="symlink")
            if stat.S_ISDIR(st.st_mode):
                dirs.append(child)
            elif stat.S_ISREG(st.st_mode):
                count += 1
                if count > MAX_FILES:
                    raise ImportProblem(file=str(root), reason="too_many_files", limit=MAX_FILES)
                yield child
        stack.extend(reversed(dirs))


class _Counted(io.RawIOBase):
    """A zip member read with its bytes counted: more than it declared is refused."""

    def __init__(self, inner: IO[bytes], declared: int, name: str) -> None:
        self._inner, self._left, self._name = inner, declared, name

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        try:
            data = self._inner.read(len(buffer))
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError):  # a bad CRC, cut data...
            raise ImportProblem(file=str(self._name), reason="size_mismatch") from None
        self._left -= len(data)
        if self._left < 0:
            raise ImportProblem(file=str(self._name), reason="size_mismatch")
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._inner.close()
        super().close()


class SafeZip:
    """A zip archive whose member list was checked before any member is read: names inside,
    no symlinks, no more than MAX_FILES members, declared sizes under MAX_ARCHIVE_BYTES, no member
    (nor the whole) expanding more than MAX_RATIO times; reading counts the real bytes too."""

    def __init__(self, path: Path) -> None:
        self.path = path
        check_input(path, folder=False)
        try:
            self._zip = zipfile.ZipFile(path)
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
            raise ImportProblem(file=str(path), reason="not_a_zip") from None
        if len(infos) > MAX_FILES:
            raise ImportProblem(file=str(path), reason="too_many_files", limit=MAX_FILES)
        self.members: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            shown = f"{path.name}/{info.filename}"
            name = info.filename.replace("\\", "/")
            if (name.startswith("/") or (len(name) > 1 and name[1] == ":")
                    or ".." in PurePosixPath(name).parts):
                raise ImportProblem(file=str(shown), reason="unsafe_path")
            if stat.S_ISLNK(info.external_attr >> 16):
                raise ImportProblem(file=str(shown), reason="symlink")
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise ImportProblem(file=str(shown), reason="zip_bomb")
            total += info.file_size
            if total > MAX_ARCHIVE_BYTES:
                raise ImportProblem(file=str(path), reason="too_large", limit=MAX_ARCHIVE_BYTES)
            if not info.is_dir():
                self.members[name] = info
        size = path.stat().st_size
        if total > RATIO_FLOOR and total > MAX_RATIO * max(size, 1):
            raise ImportProblem(file=str(path), reason="zip_bomb")

    def shown(self, name: str) -> str:
        return f"{self.path.name}/{name}"

    def open(self, name: str) -> BinaryIO:
        info = self.members[name]
        try:
            inner = self._zip.open(info)
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError):
            raise ImportProblem(file=str(self.shown(name)), reason="not_a_zip") from None
        return io.BufferedReader(_Counted(inner, info.file_size, self.shown(name)))

    def read(self, name: str, limit: int) -> bytes:
        info = self.members[name]
        if info.file_size > limit:
            raise ImportProblem(file=str(self.shown(name)), reason="too_large", limit=limit)
        try:
            with self.open(name) as fh:
                data = fh.read(limit + 1)
        except zipfile.BadZipFile:
            raise ImportProblem(file=str(self.shown(name)), reason="size_mismatch") from None
        if len(data) > limit:
            raise ImportProblem(file=str(self.shown(name)), reason="too_large", limit=limit)
        return data

    def close(self) -> None:
        self._zip.close()


def attachment_name(raw: str, taken: Collection[str]) -> str:
    """A usable attachment name for a file another journal links (``domain/attachments``' rules): no
    separators, controls or leading dot, short enough, unique on its note (without case)."""
    from mentorvault.domain import attachments as rules

    name = unicodedata.normalize("NFC", raw).strip().replace("/", "_").replace("\\", "_")
    name = "".join("_" if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp", "Cs") else c for c in name)
    name = ("_" + name[1:] if name.startswith(".") else name) or "attachment"
    stem, dot, ext = name.rpartition(".")
    if not dot or len(ext) > 10:
        stem, ext = name, ""
    room = rules.MAX_NAME_CHARS - 8 - len(ext)
    while len(stem) > room or len(f"{stem}.{ext}".encode()) > rules.MAX_NAME_BYTES - 8:
        stem = stem[:-1]
    return rules.unique_name(f"{stem}.{ext}" if ext else stem, taken)


class TextBudget:
    """The text one import reads, counted against MAX_TEXT_TOTAL (the notes are held in memory)."""

    def __init__(self, path: Path | str) -> None:
        self.path, self.used = str(path), 0

    def take(self, data: bytes) -> bytes:
        self.used += len(data)
        if self.used > MAX_TEXT_TOTAL:
            raise ImportProblem(file=self.path, reason="too_large", limit=MAX_TEXT_TOTAL)
        return data
