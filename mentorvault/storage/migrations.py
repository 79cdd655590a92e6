"""Numbered schema migrations. Never edit a released one: append a new function.

Each runs inside its own transaction; ``PRAGMA user_version`` records the last one applied.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from mentorvault.domain.models import UpgradeProgress

Progress = Callable[[UpgradeProgress], None]
COMPACT_PENDING = "compact_pending"  # a meta key: VACUUM once the migrations have committed (db.migrate)


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


def _v6_consent_records(conn: Any) -> None:
    """Consent protocol 3 (bundle format 3): revocations as records with their own ids, receipts
    naming those ids, replay protection per relationship and sending key, every key a partner
    ever had, and per-relationship chains of what was sent and received.

    What left for which of a partner's keys is kept (``deliveries``), and a revocation makes one
    record per key that received the entry: only a receipt signed by that key confirms it.
    Existing state is carried over: a revocation of an entry that had left the vault and whose
    removal was not yet confirmed becomes a pending record (so it travels again, in format 3);
    the last sequence number imported from each partner's current key is kept.  Receipts still
    owed under format 2 name no revocation id and are dropped: the partner's own upgrade turns
    its pending revocations into records, which are sent again and answered again.  The shared
    log gets a column naming partners by relationship, filled from today's cards; its chain is
    re-keyed by the exchange layer on first use (it needs the identity's key)."""
    _run(
        conn,
        """
        ALTER TABLE consents ADD COLUMN written_at TEXT;
        UPDATE consents SET written_at = COALESCE((
            SELECT substr(r.saved_at, 1, 19) || 'Z' FROM revisions r
            WHERE r.entry_id = consents.entry_id AND r.content_hash = consents.content_hash
              AND r.rev > COALESCE((
                  SELECT MAX(r2.rev) FROM revisions r2
                  WHERE r2.entry_id = consents.entry_id AND r2.content_hash <> consents.content_hash
                    AND r2.rev < (SELECT MAX(r3.rev) FROM revisions r3 WHERE r3.entry_id = consents.entry_id
                                  AND r3.content_hash = consents.content_hash)), 0)
            ORDER BY r.rev LIMIT 1), substr(granted_at, 1, 19) || 'Z');
        CREATE TABLE deliveries (
            entry_id TEXT NOT NULL,
            partner_id TEXT NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
            key_fp TEXT NOT NULL,
            sent_at TEXT NOT NULL,
            PRIMARY KEY (entry_id, partner_id, key_fp)
        );
        INSERT INTO deliveries(entry_id, partner_id, key_fp, sent_at)
            SELECT c.entry_id, c.partner_id, p.fingerprint, c.last_sent_at FROM consents c
            JOIN partners p ON p.id = c.partner_id WHERE c.last_sent_at IS NOT NULL AND p.fingerprint IS NOT NULL;
        CREATE TABLE revocations (
            id TEXT PRIMARY KEY,
            partner_id TEXT NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
            key_fp TEXT NOT NULL,
            entry_id TEXT NOT NULL,
            created_at TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (reason IN ('revoked', 'deleted')),
            sent_at TEXT,
            confirmed_at TEXT,
            superseded_at TEXT
        );
        CREATE INDEX revocations_partner ON revocations(partner_id, key_fp, entry_id);
        INSERT INTO revocations(id, partner_id, key_fp, entry_id, created_at, reason, sent_at)
            SELECT lower(hex(randomblob(16))), c.partner_id, d.key_fp, c.entry_id, c.revoked_at,
                   CASE WHEN EXISTS (SELECT 1 FROM entries e WHERE e.id = c.entry_id)
                        THEN 'revoked' ELSE 'deleted' END, NULL
            FROM consents c JOIN deliveries d ON d.entry_id = c.entry_id AND d.partner_id = c.partner_id
            WHERE c.revoked_at IS NOT NULL AND c.removed_by_partner_at IS NULL;
        CREATE TABLE receipts_owed (
            partner_id TEXT NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
            revocation_id TEXT NOT NULL,
            entry_id TEXT NOT NULL,
            removed_at TEXT NOT NULL,
            PRIMARY KEY (partner_id, revocation_id)
        );
        DROP TABLE receipts_due;
        CREATE TABLE replay_guard (
            partner_id TEXT NOT NULL,
            sender_fp TEXT NOT NULL,
            last_seq INTEGER NOT NULL,
            last_bundle_id TEXT NOT NULL,
            PRIMARY KEY (partner_id, sender_fp)
        );
        INSERT INTO replay_guard(partner_id, sender_fp, last_seq, last_bundle_id)
            SELECT id, fingerprint, recv_seq, '' FROM partners WHERE fingerprint IS NOT NULL AND recv_seq > 0;
        CREATE TABLE partner_keys (
            fingerprint TEXT PRIMARY KEY,
            partner_id TEXT NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
            card_name TEXT NOT NULL,
            recipient TEXT NOT NULL,
            signing_key TEXT NOT NULL,
            first_seen_at TEXT NOT NULL,
            verified_at TEXT
        );
        INSERT INTO partner_keys(fingerprint, partner_id, card_name, recipient, signing_key, first_seen_at, verified_at)
            SELECT fingerprint, id, card_name, recipient, signing_key, updated_at, verified_at
            FROM partners WHERE fingerprint IS NOT NULL;
        CREATE TABLE relationship_log (
            partner_id TEXT NOT NULL,
            direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
            key_fp TEXT NOT NULL,
            seq INTEGER NOT NULL,
            bundle_id TEXT NOT NULL,
            at TEXT NOT NULL,
            entries TEXT NOT NULL,
            revocations TEXT NOT NULL,
            head TEXT NOT NULL,
            their_head TEXT,
            PRIMARY KEY (partner_id, direction, key_fp, seq)
        );
        ALTER TABLE shared_log ADD COLUMN partner_ids TEXT NOT NULL DEFAULT '[]';
        UPDATE shared_log SET partner_ids = (
            SELECT COALESCE(json_group_array(p.id), '[]') FROM json_each(shared_log.partners) j
            JOIN partners p ON p.fingerprint = j.value);
        INSERT INTO meta(key, value) SELECT 'shared_log_keyed', '0' WHERE EXISTS (SELECT 1 FROM shared_log)
        """,
    )


def _v7_list_by_date(conn: Any) -> None:
    """The list's order became the date each entry shows (then the last change, ties by id): read
    straight from an index again, as in schema 4.  Without it the first page of 10,000 entries
    sorted every row (166 ms; 0.9 ms with it).  The indexes by last change go: nothing else
    needs their order, and each index costs every save."""
    _run(
        conn,
        """
        DROP INDEX entries_updated;
        DROP INDEX entries_kind_updated;
        DROP INDEX entries_partner;
        DROP INDEX entries_date;
        CREATE INDEX entries_date ON entries(entry_date DESC, updated_at DESC, id);
        CREATE INDEX entries_kind_date ON entries(kind, entry_date DESC, updated_at DESC, id);
        CREATE INDEX entries_partner_date ON entries(partner_id, entry_date DESC, updated_at DESC, id);
        """,
    )


FTS_PAGE_BYTES = 3900


def _v8_text_stored_once(conn: Any, progress: Progress | None = None) -> None:
    """Each entry's text is stored once, packed (issue 19: a 10,000-entry vault held its 41 MiB of
    text in a 224 MiB file: in ``entries``, again in the revision of the current version, again in
    the FTS5 content table, beside a 56 MiB index).

    - ``entries.body`` and ``entries.fields`` hold ``storage.packing.pack`` of their text (a
      Zstandard frame, or the text when short); ``entries.preview`` holds the list's line, so the
      list reads no packed text.
    - ``revisions`` is rebuilt with ``body``, ``fields`` and ``tags`` allowed NULL: NULL in a
      revision whose content is the entry's current content (read from the entry); other
      revisions keep their text packed.  Every revision row stays (when, which hash, the note).
    - The search index is rebuilt contentless (``content=''``), with the same columns, tokenizer,
      prefixes, ranking, secure-delete and idle merging; its leaves are kept to 3,900 bytes
      (``pgsz``; FTS5's default 4,050 does not fit in one 4,096-byte page less SQLCipher's 80
      reserved bytes, so every leaf spilled onto an overflow page).  ``fts_stale`` names the
      revision whose text each superseded row indexed; the old index's superseded rows went with it.
    - The freed pages are given back by a VACUUM after this commits (``COMPACT_PENDING``).
    """
    from mentorvault.domain.entry import EntryContent
    from mentorvault.storage.entries import preview_of  # here: that module imports db, which imports this one
    from mentorvault.storage.index import columns
    from mentorvault.storage.packing import pack

    _run(
        conn,
        f"""
        ALTER TABLE entries ADD COLUMN preview TEXT NOT NULL DEFAULT '';
        ALTER TABLE fts_stale ADD COLUMN rev INTEGER;
        DELETE FROM fts_stale;
        DROP TABLE entries_fts;
        CREATE VIRTUAL TABLE entries_fts USING fts5(
            title, body, fields, tags,
            content = '',
            tokenize = 'unicode61 remove_diacritics 2',
            prefix = '2 3'
        );
        INSERT INTO entries_fts(entries_fts, rank) VALUES ('secure-delete', 1);
        INSERT INTO entries_fts(entries_fts, rank) VALUES ('rank', 'bm25(8.0, 1.0, 2.0, 4.0)');
        INSERT INTO entries_fts(entries_fts, rank) VALUES ('automerge', 0);
        INSERT INTO entries_fts(entries_fts, rank) VALUES ('pgsz', {FTS_PAGE_BYTES});
        CREATE TABLE revisions_v8 (
            entry_id TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            rev INTEGER NOT NULL,
            saved_at TEXT NOT NULL,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            body,
            fields,
            tags TEXT,
            partner_id TEXT,
            content_hash TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (entry_id, rev)
        )
        """,
    )
    entries = conn.execute("SELECT rowid, id FROM entries ORDER BY rowid").fetchall()
    total = len(entries)
    for done, (rowid, entry_id) in enumerate(entries):
        if progress is not None and done % 250 == 0:
            progress(UpgradeProgress("entries", done, total))
        kind, title, body, fields_text, chash = conn.execute(
            "SELECT kind, title, body, fields, content_hash FROM entries WHERE rowid = ?", (rowid,)).fetchone()
        tags = [r[0] for r in conn.execute("SELECT tag FROM entry_tags WHERE entry_id = ? ORDER BY tag", (entry_id,))]
        fields = json.loads(fields_text)
        conn.execute("UPDATE entries SET body = ?, fields = ?, preview = ? WHERE rowid = ?",
                     (pack(body), pack(fields_text), preview_of(EntryContent(kind, title, body, fields, tags)), rowid))
        conn.execute("INSERT INTO entries_fts(rowid, title, body, fields, tags) VALUES (?, ?, ?, ?, ?)",
                     (rowid, *columns(kind, title, body, fields, tags)))
        for r in conn.execute("SELECT rev, saved_at, kind, title, body, fields, tags, partner_id, content_hash, note "
                              "FROM revisions WHERE entry_id = ?", (entry_id,)).fetchall():
            current = r[8] == chash
            conn.execute(
                "INSERT INTO revisions_v8(entry_id, rev, saved_at, kind, title, body, fields, tags, partner_id, "
                "content_hash, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (entry_id, r[0], r[1], r[2], r[3], None if current else pack(r[4]), None if current else pack(r[5]),
                 None if current else r[6], r[7], r[8], r[9]))
    if progress is not None:
        progress(UpgradeProgress("entries", total, total))
    # One segment instead of one per flush of FTS5's pending data: 2.4% fewer pages at 10,000 entries.
    conn.execute("INSERT INTO entries_fts(entries_fts) VALUES ('optimize')")
    _run(
        conn,
        """
        DROP TABLE revisions;
        ALTER TABLE revisions_v8 RENAME TO revisions
        """,
    )
    if total:  # a new vault has nothing to give back
        conn.execute("INSERT INTO meta(key, value) VALUES (?, '1') ON CONFLICT(key) DO UPDATE SET value = '1'",
                     (COMPACT_PENDING,))


def _import_origins(conn: Any) -> None:
    """Where imported entries came from (issue 15, ``import-from``): a format's own key for a note
    (Day One's uuid, our export's id, a hash for jrnl and plain Markdown) and the entry it became,
    so the same import run again adds nothing.  Deleting the entry forgets its origin (the trigger),
    so no trace of a deleted note stays behind; importing it again brings it back."""
    _run(
        conn,
        """
        CREATE TABLE import_origins (
            source TEXT NOT NULL,
            origin_key TEXT NOT NULL,
            entry_id TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            PRIMARY KEY (source, origin_key)
        ) WITHOUT ROWID;
        CREATE INDEX import_origins_entry ON import_origins(entry_id);
        CREATE TRIGGER import_origins_forget AFTER DELETE ON entries
        BEGIN DELETE FROM import_origins WHERE entry_id = old.id; END
        """,
    )


def _attachments(conn: Any) -> None:
    """Attachments stored inside the vault (so backups, restores, secure delete and revisions hold them).

    - ``attachment_blobs``: one row per distinct content, by SHA-256 (NULL only while its
      chunks are being written, inside the transaction that adds it), with its size.
    - ``attachment_chunks``: the bytes in chunks of 256 KiB, in order (``seq`` from 0), so no
      file is ever read into memory whole; removed with their blob.
    - ``attachments``: the entries' attachments by name (unique on an entry, without case).
    - ``inbox_attachments``: the attachments of entries partners shared (read-only), same contents table.
    - ``revisions.attachments``: the attachment set each revision had (JSON ``{name: sha256}``,
      NULL for none); a blob is kept while an entry, a revision or a shared entry refers to it.
    """
    _run(
        conn,
        """
        CREATE TABLE attachment_blobs (
            id INTEGER PRIMARY KEY,
            sha256 TEXT UNIQUE,
            size INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE attachment_chunks (
            blob_id INTEGER NOT NULL REFERENCES attachment_blobs(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY (blob_id, seq)
        );
        CREATE TABLE attachments (
            entry_id TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            name TEXT NOT NULL COLLATE NOCASE,
            blob_id INTEGER NOT NULL REFERENCES attachment_blobs(id),
            media_type TEXT NOT NULL,
            added_at TEXT NOT NULL,
            PRIMARY KEY (entry_id, name)
        );
        CREATE INDEX attachments_blob ON attachments(blob_id);
        CREATE TABLE inbox_attachments (
            partner_id TEXT NOT NULL,
            entry_id TEXT NOT NULL,
            name TEXT NOT NULL COLLATE NOCASE,
            blob_id INTEGER NOT NULL REFERENCES attachment_blobs(id),
            media_type TEXT NOT NULL,
            PRIMARY KEY (partner_id, entry_id, name),
            FOREIGN KEY (partner_id, entry_id) REFERENCES inbox(partner_id, entry_id) ON DELETE CASCADE
        );
        CREATE INDEX inbox_attachments_blob ON inbox_attachments(blob_id);
        ALTER TABLE revisions ADD COLUMN attachments TEXT
        """,
    )


def _insight_figures(conn: Any) -> None:
    """The Insights view's figures beside each session note, feedback and goal (``storage/insights.py``):
    mood, energy, feedback format and action items, a goal's progress over time (from its revisions);
    and an index that holds what the Insights queries read of an entry (kind, day, partner, id), so they
    never read the entries' own pages (at 10,000 entries the tags' halves took 566 ms through them)."""
    from mentorvault.storage.insights import backfill  # here: it imports entry code that imports db

    _run(
        conn,
        """
        CREATE TABLE entry_figures (
            entry_id TEXT PRIMARY KEY REFERENCES entries(id) ON DELETE CASCADE,
            mood INTEGER,
            energy INTEGER,
            format TEXT,
            actions INTEGER,
            actions_done INTEGER,
            progress TEXT
        ) WITHOUT ROWID;
        CREATE INDEX entries_kind_day ON entries(kind, entry_date, partner_id, id)
        """,
    )
    backfill(conn)
def _exchange_folders(conn: Any) -> None:
    """Exchange folders and reminders (issue 16): a partner's folder, which files sync wrote or saw there
    (and, for each file written, the sequence number it carries to each recipient's key), the highest of
    our sequence numbers each partner's key acknowledged (a file is deleted only once acknowledged),
    which owed receipts have travelled at least once (so a receipt alone is not "something new" forever),
    and which reminders have fired (each fires once)."""
    _run(
        conn,
        """
        CREATE TABLE exchange_folders (
            partner_id TEXT PRIMARY KEY REFERENCES partners(id) ON DELETE CASCADE,
            folder TEXT NOT NULL,
            send_on_share INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE sync_files (
            folder TEXT NOT NULL,
            name TEXT NOT NULL,
            direction TEXT NOT NULL CHECK (direction IN ('out', 'in')),
            partner_id TEXT,
            bundle_id TEXT,
            size INTEGER NOT NULL DEFAULT 0,
            mtime_ns INTEGER NOT NULL DEFAULT 0,
            outcome TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (folder, name)
        );
        CREATE TABLE sync_file_recipients (
            folder TEXT NOT NULL,
            name TEXT NOT NULL,
            partner_id TEXT NOT NULL,
            key_fp TEXT NOT NULL,
            seq INTEGER NOT NULL,
            PRIMARY KEY (folder, name, partner_id),
            FOREIGN KEY (folder, name) REFERENCES sync_files(folder, name) ON DELETE CASCADE
        ) WITHOUT ROWID;
        CREATE TABLE bundle_acks (
            partner_id TEXT NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
            key_fp TEXT NOT NULL,
            acked_seq INTEGER NOT NULL,
            PRIMARY KEY (partner_id, key_fp)
        ) WITHOUT ROWID;
        CREATE TABLE reminders_fired (key TEXT PRIMARY KEY, at TEXT NOT NULL);
        ALTER TABLE receipts_owed ADD COLUMN sent_at TEXT
        """,
    )



MIGRATIONS: list[Callable[..., None]] = [_v1_core, _v2_exchange, _v3_index, _v4_list_order, _v5_idle_merges,
                                         _v6_consent_records, _v7_list_by_date, _v8_text_stored_once,
                                         _attachments, _import_origins, _insight_figures,
                                         _exchange_folders]
TAKES_PROGRESS = {_v8_text_stored_once}
