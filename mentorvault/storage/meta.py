"""The ``meta`` table: one text value per key (vault id, settings, counters)."""

from __future__ import annotations

from mentorvault.storage.db import Connection, scalar


def get_meta(conn: Connection, key: str, default: str | None = None) -> str | None:
    value = scalar(conn, "SELECT value FROM meta WHERE key = ?", (key,))
    return default if value is None else str(value)


def set_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                 (key, value))
