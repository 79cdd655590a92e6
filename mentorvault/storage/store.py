"""Entries, revisions, tags, partners and full-text search on one SQLCipher connection.

Every function takes the connection; writes run in one ``BEGIN IMMEDIATE``
transaction so a killed process leaves either the old or the new state.
"""

from __future__ import annotations

import json
import re
import uuid
from contextlib import contextmanager
from typing import Any, Iterator, Sequence

from mentorvault.domain.entry import EntryContent, entry_date, searchable_text
from mentorvault.domain.models import Entry, EntrySummary, Partner, RevisionInfo, SearchHit
from mentorvault.errors import (
    BadSearchQuery,
    EntryNotFound,
    MentorVaultError,
    PartnerExists,
    PartnerNotFound,
    RevisionNotFound,
)
from mentorvault.storage.db import Connection, DatabaseError, IntegrityError, OperationalError, translate_error

PREVIEW_CHARS = 180
HIT_START, HIT_END = "\x02", "\x03"


@contextmanager
def transaction(conn: Connection) -> Iterator[None]:
    try:
        conn.execute("BEGIN IMMEDIATE")
    except DatabaseError as exc:
        raise translate_error(exc) from None
    try:
        yield
        conn.execute("COMMIT")
    except BaseException as exc:
        try:
            conn.execute("ROLLBACK")
        except DatabaseError:
            pass
        if isinstance(exc, DatabaseError) and not isinstance(exc, IntegrityError):
            raise translate_error(exc) from None
        raise


def _dumps(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------- meta


def get_meta(conn: Connection, key: str, default: str | None = None) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def set_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                 (key, value))


# ---------------------------------------------------------------- partners

_PARTNER_COLS = "id, name, role, mentor_type, rhythm_days, archived, created_at, updated_at, notes"


def _partner(row: Sequence[Any]) -> Partner:
    return Partner(row[0], row[1], row[2], row[3], row[4], bool(row[5]), row[6], row[7], row[8])


def add_partner(conn: Connection, name: str, role: str | None, mentor_type: str | None,
                rhythm_days: int | None, now: str) -> Partner:
    pid = str(uuid.uuid4())
    try:
        conn.execute(
            "INSERT INTO partners(id, name, role, mentor_type, rhythm_days, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (pid, name, role, mentor_type, rhythm_days, now, now),
        )
    except IntegrityError:
        raise PartnerExists(f"A partner named '{name}' already exists. Pick another name.") from None
    return get_partner(conn, pid)


def update_partner(conn: Connection, pid: str, values: dict[str, Any], now: str) -> Partner:
    allowed = {"name", "role", "mentor_type", "rhythm_days", "archived", "notes"}
    sets = [k for k in values if k in allowed]
    if sets:
        try:
            conn.execute(
                f"UPDATE partners SET {', '.join(f'{k} = ?' for k in sets)}, updated_at = ? WHERE id = ?",
                [values[k] for k in sets] + [now, pid],
            )
        except IntegrityError:
            raise PartnerExists(f"A partner named '{values.get('name')}' already exists. Pick another name.") from None
    return get_partner(conn, pid)


def get_partner(conn: Connection, pid: str) -> Partner:
    row = conn.execute(f"SELECT {_PARTNER_COLS} FROM partners WHERE id = ?", (pid,)).fetchone()
    if not row:
        raise PartnerNotFound()
    return _partner(row)


def find_partner(conn: Connection, name_or_id: str) -> Partner:
    row = conn.execute(
        f"SELECT {_PARTNER_COLS} FROM partners WHERE name = ? COLLATE NOCASE OR id = ?", (name_or_id, name_or_id)
    ).fetchone()
    if not row:
        raise PartnerNotFound(
            f"There is no partner named '{name_or_id}'. Add one with 'mentorvault partner add' or check the spelling."
        )
    return _partner(row)


def list_partners(conn: Connection, include_archived: bool = True) -> list[Partner]:
    where = "" if include_archived else "WHERE archived = 0"
    return [_partner(r) for r in conn.execute(f"SELECT {_PARTNER_COLS} FROM partners {where} ORDER BY name")]


# ---------------------------------------------------------------- entries

_ENTRY_COLS = (
    "e.id, e.kind, e.title, e.body, e.fields, p.name, e.partner_id, e.protected, e.entry_date, "
    "e.created_at, e.updated_at, e.content_hash, e.rev, e.rowid"
)


def _tags(conn: Connection, entry_id: str) -> list[str]:
    return [r[0] for r in conn.execute("SELECT tag FROM entry_tags WHERE entry_id = ? ORDER BY tag", (entry_id,))]


def _entry(conn: Connection, row: Sequence[Any]) -> Entry:
    return Entry(
        id=row[0], kind=row[1], title=row[2], body=row[3], fields=json.loads(row[4]), tags=_tags(conn, row[0]),
        partner=row[5], partner_id=row[6], protected=bool(row[7]), entry_date=row[8], created_at=row[9],
        updated_at=row[10], content_hash=row[11], rev=row[12],
    )


def get_entry(conn: Connection, entry_id: str) -> Entry:
    row = conn.execute(
        f"SELECT {_ENTRY_COLS} FROM entries e LEFT JOIN partners p ON p.id = e.partner_id WHERE e.id = ?",
        (entry_id,),
    ).fetchone()
    if not row:
        raise EntryNotFound(f"There is no entry with id '{entry_id[:40]}'. Use 'mentorvault list' to see ids.")
    return _entry(conn, row)


def resolve_entry_id(conn: Connection, prefix: str) -> str:
    """Accept a full id or a unique prefix of at least 6 characters, like git."""
    prefix = prefix.strip().lower()
    if len(prefix) >= 36:
        return prefix
    if len(prefix) < 6 or not re.fullmatch(r"[0-9a-f-]+", prefix):
        raise EntryNotFound(f"'{prefix[:40]}' is not an entry id. Use 'mentorvault list' to see ids.")
    rows = conn.execute("SELECT id FROM entries WHERE id >= ? AND id < ? LIMIT 2", (prefix, prefix + "g")).fetchall()
    if len(rows) == 1:
        return str(rows[0][0])
    if not rows:
        raise EntryNotFound(f"There is no entry with an id starting '{prefix}'. Use 'mentorvault list' to see ids.")
    raise EntryNotFound(f"More than one entry id starts with '{prefix}'. Give more characters.")


def _fts_delete(conn: Connection, rowid: int) -> None:
    conn.execute("DELETE FROM entries_fts WHERE rowid = ?", (rowid,))
    # SQLite 3.53's FTS5 with 'secure-delete' on corrupts its index checksums when a
    # delete and later writes share one transaction's pending data; flushing after the
    # delete keeps the index consistent (tests/storage/test_store.py checks it).
    conn.execute("INSERT INTO entries_fts(entries_fts) VALUES ('flush')")


def _index(conn: Connection, rowid: int, content: EntryContent) -> None:
    conn.execute(
        "INSERT INTO entries_fts(rowid, title, body, fields, tags) VALUES (?, ?, ?, ?, ?)",
        (rowid, content.title, content.body, searchable_text(content.fields), " ".join(content.tags)),
    )


def _next_rowid(conn: Connection) -> int:
    """A rowid no entry and no index row waiting to be purged uses (see ``update_entry``)."""
    row = conn.execute(
        "SELECT max(ifnull((SELECT max(rowid) FROM entries), 0), ifnull((SELECT max(rowid) FROM fts_stale), 0))"
    ).fetchone()
    return int(row[0]) + 1


# An edit gives the entry a fresh rowid and indexes the new text under it; the old index
# row is listed in fts_stale and purged later by ``purge_stale_index`` (on idle, at lock,
# and at once when the entry is deleted).  FTS5's secure-delete rewrites one index page
# per distinct term and prefix of the old text, about 0.1-0.4 s at 10k-50k entries; an
# insert only adds a small segment.  Until it is purged, the old text in the index is the
# same text the entry's revision history keeps anyway.  Search joins on the entry's
# current rowid, so a stale row is never a hit.


def stale_index_rows(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM fts_stale").fetchone()[0])


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
        n = int(conn.execute(sql).fetchone()[0])
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
            row = conn.execute("SELECT rowid FROM fts_stale ORDER BY rowid LIMIT 1").fetchone()
            if row is None:
                break
            _fts_delete(conn, row[0])
            conn.execute("DELETE FROM fts_stale WHERE rowid = ?", (row[0],))
    return stale_index_rows(conn)


def _set_tags(conn: Connection, entry_id: str, tags: Sequence[str]) -> None:
    conn.execute("DELETE FROM entry_tags WHERE entry_id = ?", (entry_id,))
    conn.executemany("INSERT INTO entry_tags(entry_id, tag) VALUES (?, ?)", [(entry_id, t) for t in tags])


def _add_revision(conn: Connection, entry_id: str, rev: int, content: EntryContent, partner_id: str | None,
                  chash: str, now: str, note: str) -> None:
    conn.execute(
        "INSERT INTO revisions(entry_id, rev, saved_at, kind, title, body, fields, tags, partner_id, content_hash, note) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (entry_id, rev, now, content.kind, content.title, content.body, _dumps(content.fields),
         _dumps(content.tags), partner_id, chash, note),
    )


def insert_entry(conn: Connection, content: EntryContent, partner_id: str | None, protected: bool, now: str,
                 entry_id: str | None = None) -> str:
    entry_id = entry_id or str(uuid.uuid4())
    chash = content.content_hash()
    rowid = _next_rowid(conn)
    conn.execute(
        "INSERT INTO entries(rowid, id, kind, title, body, fields, partner_id, protected, entry_date, created_at, "
        "updated_at, content_hash, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        (rowid, entry_id, content.kind, content.title, content.body, _dumps(content.fields), partner_id,
         int(protected), entry_date(content) or now[:10], now, now, chash),
    )
    _set_tags(conn, entry_id, content.tags)
    _index(conn, rowid, content)
    _add_revision(conn, entry_id, 1, content, partner_id, chash, now, "created")
    return entry_id


def update_entry(conn: Connection, entry_id: str, content: EntryContent, partner_id: str | None, protected: bool,
                 now: str, note: str = "") -> bool:
    """Store a new version; returns False (and writes nothing) when nothing changed."""
    row = conn.execute(
        "SELECT rowid, rev, content_hash, partner_id, protected, created_at FROM entries WHERE id = ?", (entry_id,)
    ).fetchone()
    if not row:
        raise EntryNotFound()
    rowid, rev, old_hash, old_partner, old_protected, created_at = row
    chash = content.content_hash()
    if chash == old_hash and partner_id == old_partner and bool(old_protected) == protected:
        return False
    new_rowid = rowid
    if chash != old_hash:
        new_rowid = _next_rowid(conn)
        conn.execute("INSERT INTO fts_stale(rowid, entry_id) VALUES (?, ?)", (rowid, entry_id))
    conn.execute(
        "UPDATE entries SET rowid = ?, kind = ?, title = ?, body = ?, fields = ?, partner_id = ?, protected = ?, "
        "entry_date = ?, updated_at = ?, content_hash = ?, rev = ? WHERE id = ?",
        (new_rowid, content.kind, content.title, content.body, _dumps(content.fields), partner_id, int(protected),
         entry_date(content) or created_at[:10], now, chash, rev + 1, entry_id),
    )
    _set_tags(conn, entry_id, content.tags)
    if chash != old_hash:
        _index(conn, new_rowid, content)
    _add_revision(conn, entry_id, rev + 1, content, partner_id, chash, now, note)
    return True


def delete_entry(conn: Connection, entry_id: str) -> None:
    row = conn.execute("SELECT rowid FROM entries WHERE id = ?", (entry_id,)).fetchone()
    if not row:
        raise EntryNotFound()
    stale = [r[0] for r in conn.execute("SELECT rowid FROM fts_stale WHERE entry_id = ?", (entry_id,))]
    for rowid in [row[0], *stale]:
        _fts_delete(conn, rowid)
    conn.execute("DELETE FROM fts_stale WHERE entry_id = ?", (entry_id,))
    conn.execute("DELETE FROM revisions WHERE entry_id = ?", (entry_id,))
    conn.execute("DELETE FROM entry_tags WHERE entry_id = ?", (entry_id,))
    conn.execute("DELETE FROM entries WHERE id = ?", (entry_id,))


def history(conn: Connection, entry_id: str) -> list[RevisionInfo]:
    get_entry(conn, entry_id)
    return [
        RevisionInfo(r[0], r[1], r[2], r[3], r[4])
        for r in conn.execute(
            "SELECT rev, saved_at, title, content_hash, note FROM revisions WHERE entry_id = ? ORDER BY rev DESC",
            (entry_id,),
        )
    ]


def get_revision(conn: Connection, entry_id: str, rev: int) -> tuple[EntryContent, str | None, str]:
    row = conn.execute(
        "SELECT kind, title, body, fields, tags, partner_id, saved_at FROM revisions WHERE entry_id = ? AND rev = ?",
        (entry_id, rev),
    ).fetchone()
    if not row:
        raise RevisionNotFound(f"Entry has no revision {rev}. Use 'mentorvault history ID' to see them.")
    return EntryContent(row[0], row[1], row[2], json.loads(row[3]), json.loads(row[4])), row[5], row[6]


# ---------------------------------------------------------------- listing and search


def _filters(kind: str | None, tag: str | None, partner_id: str | None, since: str | None,
             until: str | None) -> tuple[str, list[Any]]:
    where, args = [], []
    if kind:
        where.append("e.kind = ?")
        args.append(kind)
    if tag:
        where.append("e.id IN (SELECT entry_id FROM entry_tags WHERE tag = ?)")
        args.append(tag)
    if partner_id:
        where.append("e.partner_id = ?")
        args.append(partner_id)
    if since:
        where.append("e.entry_date >= ?")
        args.append(since)
    if until:
        where.append("e.entry_date <= ?")
        args.append(until)
    return " AND ".join(where), args


def list_entries(conn: Connection, *, kind: str | None = None, tag: str | None = None, partner_id: str | None = None,
                 since: str | None = None, until: str | None = None, limit: int | None = None,
                 offset: int = 0, after_id: str | None = None, with_tags: bool = True) -> list[EntrySummary]:
    """Summaries, newest change first; ``with_tags=False`` leaves ``tags`` empty and skips reading them.

    ``after_id`` asks for the rows that follow that entry in this order, found through the
    index: as quick at the end of 50,000 entries as at the start, where ``OFFSET`` steps
    over every row before it.  If that entry is gone, ``offset`` is used instead.
    """
    where, args = _filters(kind, tag, partner_id, since, until)
    if after_id is not None:
        anchor = conn.execute("SELECT updated_at FROM entries WHERE id = ?", (after_id,)).fetchone()
        if anchor is not None:
            # The order is updated_at DESC, id ASC; "<= ?" lets the index seek to the anchor.
            where = " AND ".join(([where] if where else []) + ["e.updated_at <= ?", "(e.updated_at < ? OR e.id > ?)"])
            args = args + [anchor[0], anchor[0], after_id]
            offset = 0
    tags = "(SELECT group_concat(tag, char(31)) FROM entry_tags t WHERE t.entry_id = e.id) " if with_tags else "NULL "
    sql = (
        "SELECT e.id, e.kind, e.title, p.name, e.protected, e.entry_date, e.created_at, e.updated_at, "
        f"substr(e.body, 1, {PREVIEW_CHARS}), "
        + tags
        + "FROM entries e LEFT JOIN partners p ON p.id = e.partner_id "
        + (f"WHERE {where} " if where else "")
        + "ORDER BY e.updated_at DESC, e.id LIMIT ? OFFSET ?"
    )
    rows = conn.execute(sql, args + [limit if limit is not None else -1, offset]).fetchall()
    return [
        EntrySummary(r[0], r[1], r[2], r[3], bool(r[4]), r[5], r[6], r[7], " ".join(r[8].split())[:PREVIEW_CHARS],
                     sorted(r[9].split("\x1f")) if r[9] else [])
        for r in rows
    ]


def count_entries(conn: Connection, *, kind: str | None = None, tag: str | None = None,
                  partner_id: str | None = None, since: str | None = None, until: str | None = None) -> int:
    where, args = _filters(kind, tag, partner_id, since, until)
    return int(conn.execute("SELECT count(*) FROM entries e" + (f" WHERE {where}" if where else ""), args).fetchone()[0])


def all_tags(conn: Connection) -> list[tuple[str, int]]:
    return [(r[0], r[1]) for r in conn.execute("SELECT tag, count(*) FROM entry_tags GROUP BY tag ORDER BY tag")]


_ADVANCED = re.compile(r'["*():^]|\b(AND|OR|NOT|NEAR)\b')


def build_match(query: str) -> str:
    """Plain words become prefix terms joined by AND; FTS5 syntax is passed through."""
    q = query.strip()
    if not q:
        raise BadSearchQuery("Type at least one word to search for.")
    if len(q) > 500:
        raise BadSearchQuery("That search is too long. Use a few words.")
    if _ADVANCED.search(q):
        return q
    words = re.findall(r"\w+", q)
    if not words:
        raise BadSearchQuery("Type at least one letter or digit to search for.")
    return " ".join(f'"{w}"*' for w in words)


def _split_snippet(raw: str) -> tuple[str, list[tuple[int, int]]]:
    text, spans, start = [], [], None
    pos = 0
    for ch in raw:
        if ch == HIT_START:
            start = pos
        elif ch == HIT_END:
            if start is not None:
                spans.append((start, pos))
            start = None
        else:
            text.append(ch)
            pos += 1
    return "".join(text), spans


def search(conn: Connection, query: str, *, kind: str | None = None, tag: str | None = None,
           partner_id: str | None = None, since: str | None = None, until: str | None = None,
           limit: int = 20, offset: int = 0) -> list[SearchHit]:
    match = build_match(query)
    where, args = _filters(kind, tag, partner_id, since, until)
    # ORDER BY rank (bm25 weighted title 8, body 1, fields 2, tags 4; set by migration 3) is
    # sorted inside FTS5, so snippets are built only for the rows returned.  Sorting on a
    # bm25() result column made SQLite build a snippet for every match first.
    sql = (
        "SELECT e.id, e.kind, e.title, p.name, e.protected, e.entry_date, e.updated_at, "
        f"snippet(entries_fts, -1, '{HIT_START}', '{HIT_END}', '…', 14), rank "
        "FROM entries_fts JOIN entries e ON e.rowid = entries_fts.rowid "
        "LEFT JOIN partners p ON p.id = e.partner_id "
        "WHERE entries_fts MATCH ? " + (f"AND {where} " if where else "") + "ORDER BY rank LIMIT ? OFFSET ?"
    )
    try:
        rows = conn.execute(sql, [match] + args + [limit, offset]).fetchall()
    except OperationalError as exc:
        text = str(exc).lower()
        # Only the MATCH expression comes from the user: anything but real storage trouble
        # ("malformed", "not a database", "disk", "locked") is a query the user can fix.
        if not any(word in text for word in ("malformed", "not a database", "disk", "locked", "busy", "readonly")):
            raise BadSearchQuery() from None
        raise translate_error(exc) from None
    hits = []
    for r in rows:
        snippet, spans = _split_snippet(r[7] or "")
        hits.append(SearchHit(r[0], r[1], r[2], r[3], bool(r[4]), r[5], r[6], snippet, spans, float(r[8])))
    return hits


def ensure_known(exc: Exception) -> MentorVaultError:
    return exc if isinstance(exc, MentorVaultError) else translate_error(exc)
