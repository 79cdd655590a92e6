"""Numbered schema migrations. Never edit a released one: append a new function.

Each runs inside its own transaction; ``PRAGMA user_version`` records the last one applied.
"""

from __future__ import annotations

from typing import Any, Callable


def _run(conn: Any, script: str) -> None:
    # Not executescript(): it commits the open transaction first, which would
    # make a failed migration half-applied.
    for statement in script.split(";\n"):
        if statement.strip():
            conn.execute(statement)


def _v1_core(conn: Any) -> None:
    _run(
        conn,
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE partners (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            role TEXT,
            mentor_type TEXT,
            rhythm_days INTEGER,
            notes TEXT NOT NULL DEFAULT '',
            archived INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE entries (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            fields TEXT NOT NULL,
            partner_id TEXT REFERENCES partners(id) ON DELETE SET NULL,
            protected INTEGER NOT NULL DEFAULT 0,
            entry_date TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            rev INTEGER NOT NULL
        );
        CREATE INDEX entries_updated ON entries(updated_at DESC);
        CREATE INDEX entries_kind_updated ON entries(kind, updated_at DESC);
        CREATE INDEX entries_partner ON entries(partner_id, updated_at DESC);
        CREATE INDEX entries_date ON entries(entry_date);
        CREATE TABLE entry_tags (
            entry_id TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            tag TEXT NOT NULL,
            PRIMARY KEY (entry_id, tag)
        ) WITHOUT ROWID;
        CREATE INDEX entry_tags_tag ON entry_tags(tag);
        CREATE TABLE revisions (
            entry_id TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            rev INTEGER NOT NULL,
            saved_at TEXT NOT NULL,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            fields TEXT NOT NULL,
            tags TEXT NOT NULL,
            partner_id TEXT,
            content_hash TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (entry_id, rev)
        );
        CREATE VIRTUAL TABLE entries_fts USING fts5(
            title, body, fields, tags,
            tokenize = 'unicode61 remove_diacritics 2',
            prefix = '2 3'
        );
        INSERT INTO entries_fts(entries_fts, rank) VALUES ('secure-delete', 1);
        """
    )


MIGRATIONS: list[Callable[[Any], None]] = [_v1_core]
