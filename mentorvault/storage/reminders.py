"""What reminders are computed from, and which fired (table ``reminders_fired``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from mentorvault.storage.db import Connection
from mentorvault.storage.rows import column, fetch_all, json_list


@dataclass(frozen=True)
class Dated:
    """An entry's date for one partner (None: an entry of no relationship)."""

    entry_id: str
    partner_id: str | None
    date: str


@dataclass(frozen=True)
class Arrival:
    name: str
    partner_id: str | None
    at: str


def agendas_between(conn: Connection, first: str, last: str) -> list[Dated]:
    """Agendas with a partner dated from ``first`` to ``last`` (inclusive)."""
    return fetch_all(conn, Dated, "SELECT id AS entry_id, partner_id, entry_date AS date FROM entries "
                                  "WHERE kind = 'agenda' AND partner_id IS NOT NULL AND entry_date BETWEEN ? AND ? "
                                  "ORDER BY entry_date, id", (first, last))


def session_note_since(conn: Connection, partner_id: str, date: str) -> bool:
    return bool(column(conn, "SELECT 1 FROM entries WHERE kind = 'session-note' AND partner_id = ? "
                             "AND entry_date >= ? LIMIT 1", (partner_id, date)))


def reviews_between(conn: Connection, first: str, last: str) -> list[Dated]:
    """Boundary agreements whose review date lies from ``first`` to ``last`` (inclusive)."""
    return fetch_all(conn, Dated, "SELECT id AS entry_id, partner_id, entry_date AS date FROM entries "
                                  "WHERE kind = 'boundary-agreement' AND entry_date BETWEEN ? AND ? "
                                  "ORDER BY entry_date, id", (first, last))


def arrivals_since(conn: Connection, since: str) -> list[Arrival]:
    """Bundles a sync imported since ``since``."""
    return fetch_all(conn, Arrival, "SELECT name, partner_id, at FROM sync_files WHERE direction = 'in' "
                                    "AND outcome = 'imported' AND at >= ? ORDER BY at, name", (since,))


def fired(conn: Connection, keys: Iterable[str]) -> set[str]:
    wanted = list(keys)
    if not wanted:
        return set()
    return set(column(conn, "SELECT key FROM reminders_fired WHERE key IN (SELECT value FROM json_each(?))",
                      (json_list(wanted),)))


def mark_fired(conn: Connection, keys: Iterable[str], now: str) -> None:
    conn.executemany("INSERT INTO reminders_fired(key, at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                     [(k, now) for k in keys])
