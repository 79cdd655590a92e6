"""Numbered schema migrations. Never edit a released one: append a new function.

Each runs inside its own transaction; ``PRAGMA user_version`` records the last one applied.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


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


def _v2_exchange(conn: Any) -> None:
    _run(
        conn,
        """
        ALTER TABLE partners ADD COLUMN card_name TEXT;
        ALTER TABLE partners ADD COLUMN recipient TEXT;
        ALTER TABLE partners ADD COLUMN signing_key TEXT;
        ALTER TABLE partners ADD COLUMN fingerprint TEXT;
        ALTER TABLE partners ADD COLUMN verified_at TEXT;
        ALTER TABLE partners ADD COLUMN pending_card TEXT;
        ALTER TABLE partners ADD COLUMN send_seq INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE partners ADD COLUMN recv_seq INTEGER NOT NULL DEFAULT 0;
        CREATE UNIQUE INDEX partners_fingerprint ON partners(fingerprint) WHERE fingerprint IS NOT NULL;
        CREATE TABLE consents (
            entry_id TEXT NOT NULL,
            partner_id TEXT NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
            content_hash TEXT NOT NULL,
            granted_at TEXT NOT NULL,
            revoked_at TEXT,
            last_sent_at TEXT,
            removed_by_partner_at TEXT,
            PRIMARY KEY (entry_id, partner_id)
        );
        CREATE TABLE shared_log (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            bundle_id TEXT NOT NULL,
            direction TEXT NOT NULL,
            partners TEXT NOT NULL,
            entries TEXT NOT NULL,
            revocations TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE TABLE inbox (
            partner_id TEXT NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
            entry_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            fields TEXT NOT NULL,
            tags TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            received_at TEXT NOT NULL,
            bundle_id TEXT NOT NULL,
            private_note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (partner_id, entry_id)
        );
        CREATE TABLE receipts_due (
            partner_id TEXT NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
            entry_id TEXT NOT NULL,
            removed_at TEXT NOT NULL,
            PRIMARY KEY (partner_id, entry_id)
        );
        CREATE TABLE acceptances (
            entry_id TEXT NOT NULL,
            partner_id TEXT NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
            direction TEXT NOT NULL CHECK (direction IN ('given', 'received')),
            content_hash TEXT NOT NULL,
            accepted_at TEXT NOT NULL,
            sent_at TEXT,
            PRIMARY KEY (entry_id, partner_id, direction)
        )
        """,
    )


def _v3_index(conn: Any) -> None:
    """Deferred purging of superseded index rows, and the search ranking kept inside FTS5."""
    _run(
        conn,
        """
        CREATE TABLE fts_stale (
            rowid INTEGER PRIMARY KEY,
            entry_id TEXT NOT NULL
        );
        CREATE INDEX fts_stale_entry ON fts_stale(entry_id);
        INSERT INTO entries_fts(entries_fts, rank) VALUES ('rank', 'bm25(8.0, 1.0, 2.0, 4.0)');
        """,
    )


def _v4_list_order(conn: Any) -> None:
    """The list's order (newest first, ties by id) read straight from an index: no sort step,
    and paging far into 50,000 entries skips rows without building them."""
    _run(
        conn,
        """
        DROP INDEX entries_updated;
        DROP INDEX entries_kind_updated;
        DROP INDEX entries_partner;
        CREATE INDEX entries_updated ON entries(updated_at DESC, id);
        CREATE INDEX entries_kind_updated ON entries(kind, updated_at DESC, id);
        CREATE INDEX entries_partner ON entries(partner_id, updated_at DESC, id);
        """,
    )


def _v5_idle_merges(conn: Any) -> None:
    """FTS5 stops merging index segments inside saves (a save at 50k entries could stall 0.5 s
    on a large merge); Vault.tidy_index merges when the app is idle and at lock.  FTS5's own
    'crisis' merge still bounds how many small segments can pile up meanwhile."""
    conn.execute("INSERT INTO entries_fts(entries_fts, rank) VALUES ('automerge', 0)")


MIGRATIONS: list[Callable[[Any], None]] = [_v1_core, _v2_exchange, _v3_index, _v4_list_order, _v5_idle_merges]
