"""Reading rows into dataclasses by column name, never by position."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

import orjson

from mentorvault.storage.db import Connection

T = TypeVar("T")


def _in_field_order(cls: type[Any], names: list[str]) -> bool:
    """Whether the columns are exactly the fields of ``cls`` (a dataclass or a named tuple), in order."""
    if dataclasses.is_dataclass(cls):
        return [f.name for f in dataclasses.fields(cls)] == names
    return list(getattr(cls, "_fields", ())) == names


def fetch_all(conn: Connection, cls: type[T], sql: str, args: Sequence[Any] | dict[str, Any] = ()) -> list[T]:
    """Every row of ``sql`` as ``cls(**row)``: each column name must be a field of ``cls``.

    When the columns are exactly the dataclass's fields, in order (checked by name once per
    query), the rows are passed on as they are: an export reads 1,000 rows this way, and a dict
    per row cost it more than a tenth of its time.
    """
    cur = conn.execute(sql, args)
    names = [d[0] for d in cur.description]
    if _in_field_order(cls, names):
        if issubclass(cls, tuple):  # a named tuple: built by tuple's own constructor, without a call per row
            make = tuple.__new__
            return [make(cls, row) for row in cur]
        return [cls(*row) for row in cur]
    return [cls(**dict(zip(names, row, strict=True))) for row in cur]


def fetch_one(conn: Connection, cls: type[T], sql: str, args: Sequence[Any] | dict[str, Any] = ()) -> T | None:
    cur = conn.execute(sql, args)
    names = [d[0] for d in cur.description]
    row = cur.fetchone()
    return cls(**dict(zip(names, row, strict=True))) if row is not None else None


def column(conn: Connection, sql: str, args: Sequence[Any] = ()) -> list[Any]:
    """The first (only) column of every row."""
    return [row[0] for row in conn.execute(sql, args)]


def value(conn: Connection, sql: str, args: Sequence[Any] = ()) -> Any:
    """The first column of the first row, or None."""
    row = conn.execute(sql, args).fetchone()
    return row[0] if row is not None else None


def json_text(value: Any) -> str:
    """Compact JSON text for a column or a bound value (read back with json.loads)."""
    return orjson.dumps(value).decode("utf-8")


def json_list(items: Iterable[Any]) -> str:
    """A JSON array as text, for ``json_each(?)``: one bound value however many items."""
    return orjson.dumps(list(items)).decode("utf-8")
