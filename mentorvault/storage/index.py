"""The full-text index (``entries_fts``) and its upkeep (``fts_stale``).

An edit gives the entry a fresh rowid and indexes the new text under it; the old index
row is listed in fts_stale and purged later by ``purge_stale_index`` (on idle, at lock,
and at once when the entry is deleted).  FTS5's secure-delete rewrites one index page
per distinct term and prefix of the old text, about 0.1-0.4 s at 10k-50k entries; an
insert only adds a small segment.  Until it is purged, the old text in the index is the
same text the entry's revision history keeps anyway.  Search joins on the entry's
current rowid, so a stale row is never a hit.

Since schema 8 the index is contentless (``content=''``): it keeps no copy of the text.
Removing a row therefore needs the very text it indexed, given to FTS5's 'delete' command: the
entry's own text for its current row, and for a superseded row the text of the revision it
indexed (``fts_stale.rev``), which keeps that text until the row is purged (see
``storage.entries.update_entry``).  With 'secure-delete' on, FTS5 then removes the words from
the index pages themselves.  (``contentless_delete=1`` would take a plain DELETE, but on
SQLite 3.53 it leaves the deleted words in the index until a merge.)
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from mentorvault.domain.entry import EntryContent, in_kind_order, searchable_text
from mentorvault.storage.db import Connection, query, scalar, transaction
from mentorvault.storage.packing import unpack


def columns(kind: str, title: str, body: str, fields: dict[str, object], tags: Sequence[str]) -> tuple[str, str, str, str]:
    """The text of the index's four columns (title, body, fields, tags) for this content: the
    fields in the kind's order and the tags sorted, however they were read, so that a row is
    removed with exactly the text it was made from."""
    return title, body, searchable_text(in_kind_order(kind, fields)), " ".join(sorted(tags))


def fts_delete(conn: Connection, rowid: int, indexed: tuple[str, str, str, str]) -> None:
    """Remove an index row, given the text it indexed (``columns``)."""
    conn.execute("INSERT INTO entries_fts(entries_fts, rowid, title, body, fields, tags) "
                 "VALUES ('delete', ?, ?, ?, ?, ?)", (rowid, *indexed))
    # SQLite 3.53's FTS5 with 'secure-delete' on corrupts its index checksums when a
    # delete and later writes share one transaction's pending data; flushing after the
    # delete keeps the index consistent (tests/storage/test_store.py checks it).
    conn.execute("INSERT INTO entries_fts(entries_fts) VALUES ('flush')")


def index_content(conn: Connection, rowid: int, content: EntryContent) -> None:
    conn.execute(
        "INSERT INTO entries_fts(rowid, title, body, fields, tags) VALUES (?, ?, ?, ?, ?)",
        (rowid, *columns(content.kind, content.title, content.body, content.fields, content.tags)),
    )


def current_text(conn: Connection, entry_id: str) -> tuple[str, str, str, str]:
    """What the entry's current index row indexed: its own text."""
    kind, title, body, fields = conn.execute("SELECT kind, title, body, fields FROM entries WHERE id = ?",
                                             (entry_id,)).fetchone()
    tags = [r[0] for r in conn.execute("SELECT tag FROM entry_tags WHERE entry_id = ?", (entry_id,))]
    return columns(kind, title, unpack(body), json.loads(unpack(fields)), tags)


def revision_text(conn: Connection, entry_id: str, rev: int) -> tuple[str, str, str, str]:
    """What a superseded index row indexed: the text of the revision it was made from."""
    row = conn.execute("SELECT kind, title, body, fields, tags FROM revisions WHERE entry_id = ? AND rev = ?",
                       (entry_id, rev)).fetchone()
    if row is None or row[2] is None:  # never so (see update_entry); the entry's text is the best guess
        return current_text(conn, entry_id)
    kind, title, body, fields, tags = row
    return columns(kind, title, unpack(body), json.loads(unpack(fields)), json.loads(tags))


def next_rowid(conn: Connection) -> int:
    """A rowid no entry and no index row waiting to be purged uses (see ``entries.update_entry``)."""
    return int(scalar(
        conn,
        "SELECT max(ifnull((SELECT max(rowid) FROM entries), 0), ifnull((SELECT max(rowid) FROM fts_stale), 0))",
    )) + 1


def mark_stale(conn: Connection, rowid: int, entry_id: str, rev: int) -> None:
    """List the index row ``rowid`` to purge; it indexed revision ``rev`` of the entry."""
    conn.execute("INSERT INTO fts_stale(rowid, entry_id, rev) VALUES (?, ?, ?)", (rowid, entry_id, rev))


def forget_entry(conn: Connection, entry_id: str, rowid: int) -> None:
    """Remove an entry's current and superseded index rows (its delete; before its revisions go)."""
    fts_delete(conn, rowid, current_text(conn, entry_id))
    for r in query(conn, "SELECT rowid, rev FROM fts_stale WHERE entry_id = ?", (entry_id,)).fetchall():
        fts_delete(conn, r["rowid"], revision_text(conn, entry_id, r["rev"]))
    conn.execute("DELETE FROM fts_stale WHERE entry_id = ?", (entry_id,))


def stale_index_rows(conn: Connection) -> int:
    return int(scalar(conn, "SELECT count(*) FROM fts_stale"))


def index_problems(conn: Connection) -> list[str]:
    """Where the search index and the entries disagree (an empty list when they agree)."""
    checks = {
        "entries missing from the search index":
            "SELECT count(*) FROM entries WHERE rowid NOT IN (SELECT id FROM entries_fts_docsize)",
        "index rows belonging to no entry":
            "SELECT count(*) FROM entries_fts_docsize WHERE id NOT IN (SELECT rowid FROM entries) "
            "AND id NOT IN (SELECT rowid FROM fts_stale)",
        "superseded index rows that are also current":
            "SELECT count(*) FROM fts_stale WHERE rowid IN (SELECT rowid FROM entries)",
        "superseded index rows already gone":
            "SELECT count(*) FROM fts_stale WHERE rowid NOT IN (SELECT id FROM entries_fts_docsize)",
    }
    found = []
    for what, sql in checks.items():
        n = int(scalar(conn, sql))
        if n:
            found.append(f"{n} {what}")
    return found


def merge_index(conn: Connection, pages: int = 100) -> bool:
    """One bounded step of FTS5 segment merging (automatic merging is off, see migration 5);
    returns whether there was anything to merge."""
    before = conn.total_changes
    with transaction(conn):
        conn.execute("INSERT INTO entries_fts(entries_fts, rank) VALUES ('merge', ?)", (pages,))
    return conn.total_changes - before >= 2  # FTS5's documented sign that the merge did work


def purge_stale_index(conn: Connection, limit: int = 1) -> int:
    """Securely delete up to ``limit`` superseded index rows, one transaction each; returns how many remain."""
    for _ in range(limit):
        with transaction(conn):
            row = conn.execute("SELECT rowid, entry_id, rev FROM fts_stale ORDER BY rowid LIMIT 1").fetchone()
            if row is None:
                break
            rowid, entry_id, rev = row
            fts_delete(conn, rowid, revision_text(conn, entry_id, rev))
            conn.execute("DELETE FROM fts_stale WHERE rowid = ?", (rowid,))
    return stale_index_rows(conn)
