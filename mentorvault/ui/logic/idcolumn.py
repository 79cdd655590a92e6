"""The entry list's ids in row order, kept compactly.

A 50,000-entry list scrolled to the end holds every row's id (the row numbers); as Python
strings that is about 4.5 MiB, as the 16 bytes of each UUID it is 0.8 MiB.  An id that is
not a canonical UUID string turns the column into a plain list, so nothing is ever lost.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import overload

_SIZE = 16
# Canonical UUID strings (lower-case, hyphenated), any number of them back to back: a page of
# ids is checked and packed with one match and one bytes.fromhex (200 ids in about 20 µs,
# where checking each alone took ten times that on every list open).
_CANONICAL_RUN = re.compile(r"(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})*")


def _pack(entry_id: str) -> bytes | None:
    """The 16 bytes of a canonical (lower-case, hyphenated) UUID string, else None."""
    if not isinstance(entry_id, str) or len(entry_id) != 36 or entry_id.count("-") != 4:
        return None
    if entry_id[8] != "-" or entry_id[13] != "-" or entry_id[18] != "-" or entry_id[23] != "-":
        return None
    digits = entry_id.replace("-", "")
    if digits != digits.lower() or not digits.isascii():
        return None
    try:
        raw = bytes.fromhex(digits)
    except ValueError:
        return None
    return raw if len(raw) == _SIZE else None  # fromhex skips spaces: a short result is not a UUID


def _unpack(raw: bytes | bytearray) -> str:
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class IdColumn:
    """A list of entry ids with the few list operations the model uses."""

    def __init__(self, ids: Iterable[str] = ()) -> None:
        self._buf = bytearray()
        self._plain: list[str] | None = None
        self.extend(ids)

    @property
    def packed(self) -> bool:
        return self._plain is None

    def _unpacked(self) -> list[str]:
        if self._plain is None:
            self._plain = list(self)
            self._buf = bytearray()
        return self._plain

    def __len__(self) -> int:
        return len(self._plain) if self._plain is not None else len(self._buf) // _SIZE

    def _row(self, row: int) -> int:
        n = len(self)
        if row < 0:
            row += n
        if not 0 <= row < n:
            raise IndexError("row out of range")
        return row

    @overload
    def __getitem__(self, row: int) -> str: ...

    @overload
    def __getitem__(self, row: slice) -> list[str]: ...

    def __getitem__(self, row: int | slice) -> str | list[str]:
        if isinstance(row, slice):
            return [self[i] for i in range(*row.indices(len(self)))]
        if self._plain is not None:
            return self._plain[row]
        row = self._row(row)
        return _unpack(self._buf[row * _SIZE:(row + 1) * _SIZE])

    def __iter__(self) -> Iterator[str]:
        if self._plain is not None:
            yield from list(self._plain)
            return
        buf = bytes(self._buf)
        for start in range(0, len(buf), _SIZE):
            yield _unpack(buf[start:start + _SIZE])

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (IdColumn, list)):
            return list(self) == list(other)
        return NotImplemented

    def extend(self, ids: Iterable[str]) -> None:
        ids = list(ids)
        if self._plain is None and all(isinstance(i, str) and len(i) == 36 for i in ids):
            joined = "".join(ids)  # every id 36 long: the run's UUIDs are exactly the ids
            if _CANONICAL_RUN.fullmatch(joined):
                self._buf += bytes.fromhex(joined.replace("-", ""))
                return
        for entry_id in ids:
            self.append(entry_id)

    def append(self, entry_id: str) -> None:
        self.insert(len(self), entry_id)

    def insert(self, row: int, entry_id: str) -> None:
        row = max(0, min(len(self), row + len(self) if row < 0 else row))
        packed = _pack(entry_id) if self._plain is None else None
        if packed is None:
            self._unpacked().insert(row, entry_id)
            return
        self._buf[row * _SIZE:row * _SIZE] = packed

    def pop(self, row: int = -1) -> str:
        entry_id = self[row]
        del self[row]
        return entry_id

    def __delitem__(self, row: int) -> None:
        if self._plain is not None:
            del self._plain[row]
            return
        row = self._row(row)
        del self._buf[row * _SIZE:(row + 1) * _SIZE]

    def index(self, entry_id: str) -> int:
        if self._plain is not None:
            return self._plain.index(entry_id)
        packed = _pack(entry_id)
        if packed is not None:
            pos = self._buf.find(packed)
            while pos != -1:
                if pos % _SIZE == 0:
                    return pos // _SIZE
                pos = self._buf.find(packed, pos + 1)
        raise ValueError(f"{entry_id!r} is not in the list")

    def __contains__(self, entry_id: object) -> bool:
        try:
            self.index(str(entry_id))
        except ValueError:
            return False
        return True
