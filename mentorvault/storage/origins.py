"""The ``import_origins`` table: which note of which format each imported entry came from,
and the few writes an import makes beyond ``storage.entries.insert_entry``."""

from __future__ import annotations

from collections.abc import Iterable

from mentorvault.storage.db import Connection, query


def known(conn: Connection, source: str, keys: Iterable[str]) -> set[str]:
    """The keys among ``keys`` already imported from ``source`` (their entries still exist)."""
    wanted = list(dict.fromkeys(keys))
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(r["origin_key"] for r in query(
            conn, f"SELECT origin_key FROM import_origins WHERE source = ? AND origin_key IN ({marks})",
            (source, *chunk)))
    return found


def remember(conn: Connection, source: str, origin_key: str, entry_id: str, now: str) -> None:
    conn.execute("INSERT INTO import_origins(source, origin_key, entry_id, imported_at) VALUES (?, ?, ?, ?)",
                 (source, origin_key, entry_id, now))


def set_dates(conn: Connection, entry_id: str, entry_date: str | None, updated_at: str) -> None:
    """An imported entry's date as its journal had it (the day where it was written) and its last change."""
    if entry_date is not None:
        conn.execute("UPDATE entries SET entry_date = ?, updated_at = ? WHERE id = ?",
                     (entry_date, updated_at, entry_id))
    else:
        conn.execute("UPDATE entries SET updated_at = ? WHERE id = ?", (updated_at, entry_id))


def origin_of(conn: Connection, entry_id: str) -> tuple[str, str] | None:
    row = query(conn, "SELECT source, origin_key FROM import_origins WHERE entry_id = ?", (entry_id,)).fetchone()
    return None if row is None else (row["source"], row["origin_key"])
