"""Reading rows into dataclasses by column name, never by position."""

from __future__ import annotations

from typing import Any, Iterable, Sequence, TypeVar

from mentorvault.storage.db import Connection

T = TypeVar("T")


def fetch_all(conn: Connection, cls: type[T], sql: str, args: Sequence[Any] | dict[str, Any] = ()) -> list[T]:
    """Every row of ``sql`` as ``cls(**row)``: each column name must be a field of ``cls``."""
    cur = conn.execute(sql, args)
    names = [d[0] for d in cur.description]
    return [cls(**dict(zip(names, row))) for row in cur]


def fetch_one(conn: Connection, cls: type[T], sql: str, args: Sequence[Any] | dict[str, Any] = ()) -> T | None:
    cur = conn.execute(sql, args)
    names = [d[0] for d in cur.description]
    row = cur.fetchone()
    return cls(**dict(zip(names, row))) if row is not None else None


def column(conn: Connection, sql: str, args: Sequence[Any] = ()) -> list[Any]:
    """The first (only) column of every row."""
    return [row[0] for row in conn.execute(sql, args)]


def value(conn: Connection, sql: str, args: Sequence[Any] = ()) -> Any:
    """The first column of the first row, or None."""
    row = conn.execute(sql, args).fetchone()
    return row[0] if row is not None else None


def json_list(items: Iterable[Any]) -> str:
    import json

    return json.dumps(list(items))
