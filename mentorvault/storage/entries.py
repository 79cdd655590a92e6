"""The ``entries``, ``entry_tags`` and ``revisions`` tables.

Callers wrap writes in ``db.transaction`` so a killed process leaves either the old or the
new state; every change of content also updates the search index (``storage.index``).

Since schema 8 an entry's text is stored once: the body and fields in ``entries``, packed
(``storage.packing``), and the list's line under the title in ``entries.preview``.  Every save
still writes a revision row (when, which content hash, the note), but a revision whose content
is the entry's current content keeps its body, fields and tags NULL and is read from the entry;
when an edit replaces that content, the old packed text moves into those revision rows.
"""

from __future__ import annotations

import dataclasses
import json
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from mentorvault.domain.entry import EntryContent, entry_date, preview_text
from mentorvault.domain.models import Entry, EntrySummary, RevisionInfo
from mentorvault.errors import EntryNotFound, RevisionNotFound
from mentorvault.storage import attachments as attached
from mentorvault.storage import index, insights
from mentorvault.storage.db import Connection, Row, query, scalar
from mentorvault.storage.packing import pack, unpack

PREVIEW_CHARS = 180

_ENTRY_COLUMNS = (
    "e.id, e.kind, e.title, e.body, e.fields, p.name AS partner, e.partner_id, e.protected, e.entry_date, "
    "e.created_at, e.updated_at, e.content_hash, e.rev"
)


@dataclass(frozen=True)
class Revision:
    """One stored revision's content, with the partner it was about and when it was saved."""

    content: EntryContent
    partner_id: str | None
    saved_at: str


def dumps(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def tags_of(conn: Connection, entry_id: str) -> list[str]:
    return [r["tag"] for r in query(conn, "SELECT tag FROM entry_tags WHERE entry_id = ? ORDER BY tag", (entry_id,))]


def preview_of(content: EntryContent) -> str:
    """The line the list shows under the title, stored with the entry (schema 8) so that listing
    reads no packed text: the start of the body, or of what the fields say for kinds written in fields."""
    if content.body == "":
        return preview_text(content.kind, "", content.fields, PREVIEW_CHARS)
    return " ".join(content.body[:PREVIEW_CHARS].split())[:PREVIEW_CHARS]


def _entry(conn: Connection, row: Row) -> Entry:
    return Entry(
        id=row["id"], kind=row["kind"], title=row["title"], body=unpack(row["body"]),
        fields=json.loads(unpack(row["fields"])),
        tags=tags_of(conn, row["id"]), partner=row["partner"], partner_id=row["partner_id"],
        protected=bool(row["protected"]), entry_date=row["entry_date"], created_at=row["created_at"],
        updated_at=row["updated_at"], content_hash=row["content_hash"], rev=row["rev"],
        attachments=attached.list_attachments(conn, row["id"]),
    )


def get_entry(conn: Connection, entry_id: str) -> Entry:
    row = query(
        conn,
        f"SELECT {_ENTRY_COLUMNS} FROM entries e LEFT JOIN partners p ON p.id = e.partner_id WHERE e.id = ?",
        (entry_id,),
    ).fetchone()
    if not row:
        raise EntryNotFound(entry_id=entry_id[:40])
    return _entry(conn, row)


def resolve_entry_id(conn: Connection, prefix: str) -> str:
    """Accept a full id or a unique prefix of at least 6 characters, like git."""
    prefix = prefix.strip().lower()
    if len(prefix) >= 36:
        return prefix
    if len(prefix) < 6 or not re.fullmatch(r"[0-9a-f-]+", prefix):
        raise EntryNotFound(f"'{prefix[:40]}' is not an entry id.", entry_id=prefix[:40], reason="not_an_id")
    ids = [r["id"] for r in query(conn, "SELECT id FROM entries WHERE id >= ? AND id < ? LIMIT 2",
                                  (prefix, prefix + "g"))]
    if len(ids) == 1:
        return str(ids[0])
    if not ids:
        raise EntryNotFound(f"There is no entry with an id starting '{prefix}'.", entry_id=prefix, reason="no_match")
    raise EntryNotFound(f"More than one entry id starts with '{prefix}'. Give more characters.", entry_id=prefix,
                        reason="ambiguous")


def _set_tags(conn: Connection, entry_id: str, tags: Sequence[str]) -> None:
    conn.execute("DELETE FROM entry_tags WHERE entry_id = ?", (entry_id,))
    conn.executemany("INSERT INTO entry_tags(entry_id, tag) VALUES (?, ?)", [(entry_id, t) for t in tags])


def _add_revision(conn: Connection, entry_id: str, rev: int, content: EntryContent, partner_id: str | None,
                  chash: str, now: str, note: str) -> None:
    """The revision of the content the entry now holds: its text stays in ``entries`` (NULL here);
    its attachment set (``{name: sha256}``, NULL for none) is kept with it."""
    conn.execute(
        "INSERT INTO revisions(entry_id, rev, saved_at, kind, title, partner_id, content_hash, note, attachments) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (entry_id, rev, now, content.kind, content.title, partner_id, chash, note,
         dumps(content.attachments) if content.attachments else None),
    )


def insert_entry(conn: Connection, content: EntryContent, partner_id: str | None, protected: bool, now: str,
                 entry_id: str | None = None) -> str:
    entry_id = entry_id or str(uuid.uuid4())
    chash = content.content_hash()
    rowid = index.next_rowid(conn)
    conn.execute(
        "INSERT INTO entries(rowid, id, kind, title, body, fields, preview, partner_id, protected, entry_date, "
        "created_at, updated_at, content_hash, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        (rowid, entry_id, content.kind, content.title, pack(content.body), pack(dumps(content.fields)),
         preview_of(content), partner_id, int(protected), entry_date(content) or now[:10], now, now, chash),
    )
    _set_tags(conn, entry_id, content.tags)
    index.index_content(conn, rowid, content)
    _add_revision(conn, entry_id, 1, content, partner_id, chash, now, "created")
    insights.record(conn, entry_id, content, now[:10])
    return entry_id


def update_entry(conn: Connection, entry_id: str, content: EntryContent, partner_id: str | None, protected: bool,
                 now: str, note: str = "") -> bool:
    """Store a new version; returns False (and writes nothing) when nothing changed.

    The entry's attachments are those of the ``attachments`` table (change that first): the hash
    and the revision take them from there, whatever ``content.attachments`` holds.
    """
    content = dataclasses.replace(content, attachments={a.name: a.sha256 for a in attached.list_attachments(conn, entry_id)})
    row = query(
        conn, "SELECT rowid, rev, content_hash, partner_id, protected, created_at FROM entries WHERE id = ?",
        (entry_id,),
    ).fetchone()
    if not row:
        raise EntryNotFound(entry_id=entry_id)
    chash = content.content_hash()
    old_hash = row["content_hash"]
    if chash == old_hash and partner_id == row["partner_id"] and bool(row["protected"]) == protected:
        return False
    new_rowid = row["rowid"]
    if chash != old_hash:
        # The revisions of the content being replaced take its text, packed as it is stored; the
        # superseded index row is purged later from the text of the revision it indexed.
        conn.execute(
            "UPDATE revisions SET body = e.body, fields = e.fields, tags = ? "
            "FROM (SELECT id, body, fields FROM entries WHERE id = ?) AS e "
            "WHERE revisions.entry_id = e.id AND revisions.body IS NULL", (dumps(tags_of(conn, entry_id)), entry_id))
        new_rowid = index.next_rowid(conn)
        index.mark_stale(conn, row["rowid"], entry_id, row["rev"])
    conn.execute(
        "UPDATE entries SET rowid = ?, kind = ?, title = ?, body = ?, fields = ?, preview = ?, partner_id = ?, "
        "protected = ?, entry_date = ?, updated_at = ?, content_hash = ?, rev = ? WHERE id = ?",
        (new_rowid, content.kind, content.title, pack(content.body), pack(dumps(content.fields)),
         preview_of(content), partner_id, int(protected), entry_date(content) or row["created_at"][:10], now, chash,
         row["rev"] + 1, entry_id),
    )
    _set_tags(conn, entry_id, content.tags)
    if chash != old_hash:
        index.index_content(conn, new_rowid, content)
        insights.record(conn, entry_id, content, now[:10])
    _add_revision(conn, entry_id, row["rev"] + 1, content, partner_id, chash, now, note)
    return True


def delete_entry(conn: Connection, entry_id: str) -> None:
    rowid = scalar(conn, "SELECT rowid FROM entries WHERE id = ?", (entry_id,))
    if rowid is None:
        raise EntryNotFound(entry_id=entry_id)
    index.forget_entry(conn, entry_id, rowid)
    conn.execute("DELETE FROM attachments WHERE entry_id = ?", (entry_id,))
    conn.execute("DELETE FROM revisions WHERE entry_id = ?", (entry_id,))
    conn.execute("DELETE FROM entry_tags WHERE entry_id = ?", (entry_id,))
    conn.execute("DELETE FROM entries WHERE id = ?", (entry_id,))
    attached.drop_unreferenced(conn)


def history(conn: Connection, entry_id: str) -> list[RevisionInfo]:
    get_entry(conn, entry_id)
    return [
        RevisionInfo(rev=r["rev"], saved_at=r["saved_at"], title=r["title"], content_hash=r["content_hash"],
                     note=r["note"])
        for r in query(
            conn, "SELECT rev, saved_at, title, content_hash, note FROM revisions WHERE entry_id = ? ORDER BY rev DESC",
            (entry_id,),
        )
    ]


def get_revision(conn: Connection, entry_id: str, rev: int) -> Revision:
    row = query(
        conn,
        "SELECT kind, title, body, fields, tags, partner_id, saved_at, attachments FROM revisions "
        "WHERE entry_id = ? AND rev = ?",
        (entry_id, rev),
    ).fetchone()
    if not row:
        raise RevisionNotFound(entry_id=entry_id, rev=rev)
    if row["body"] is None:  # the entry's current content: its text is the entry's own
        current = query(conn, "SELECT body, fields FROM entries WHERE id = ?", (entry_id,)).fetchone()
        body, fields, tags = current["body"], current["fields"], tags_of(conn, entry_id)
    else:
        body, fields, tags = row["body"], row["fields"], json.loads(row["tags"])
    content = EntryContent(row["kind"], row["title"], unpack(body), json.loads(unpack(fields)), tags,
                           json.loads(row["attachments"]) if row["attachments"] else {})
    return Revision(content, row["partner_id"], row["saved_at"])


# ---------------------------------------------------------------- listing


def filters(kind: str | None, tag: str | None, partner_id: str | None, since: str | None,
            until: str | None) -> tuple[str, list[Any]]:
    """A WHERE clause (without the word) over ``entries e`` and its arguments."""
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
    """Summaries, newest first by the date each entry shows (its own date: the session, meeting or
    target date, else the day it was written), then by the last change, ties by id; ``with_tags=False``
    leaves ``tags`` empty and skips reading them.

    ``after_id`` asks for the rows that follow that entry in this order, found through the
    index: as quick at the end of 50,000 entries as at the start, where ``OFFSET`` steps
    over every row before it.  If that entry is gone, ``offset`` is used instead.
    """
    where, args = filters(kind, tag, partner_id, since, until)
    if after_id is not None:
        anchor = conn.execute("SELECT entry_date, updated_at FROM entries WHERE id = ?", (after_id,)).fetchone()
        if anchor is not None:
            # The order is entry_date DESC, updated_at DESC, id ASC; "<= ?" lets the index seek to the anchor.
            day, changed = anchor[0], anchor[1]
            where = " AND ".join(([where] if where else []) + [
                "e.entry_date <= ?",
                "(e.entry_date < ? OR e.updated_at < ? OR (e.updated_at = ? AND e.id > ?))"])
            args = args + [day, day, changed, changed, after_id]
            offset = 0
    tags = "(SELECT group_concat(tag, char(31)) FROM entry_tags t WHERE t.entry_id = e.id) " if with_tags else "NULL "
    sql = (
        "SELECT e.id, e.kind, e.title, p.name AS partner, e.protected, e.entry_date, e.created_at, e.updated_at, "
        "e.preview, " + tags + "AS tags "
        + "FROM entries e LEFT JOIN partners p ON p.id = e.partner_id "
        + (f"WHERE {where} " if where else "")
        + "ORDER BY e.entry_date DESC, e.updated_at DESC, e.id LIMIT ? OFFSET ?"
    )
    # A page is read on every list open: plain tuples unpacked into named variables (in the SELECT's
    # order), which costs a fifth less than a Row per row.
    rows = conn.execute(sql, args + [limit if limit is not None else -1, offset]).fetchall()
    return [
        EntrySummary(id=entry_id, kind=kind, title=title, partner=partner, protected=bool(protected),
                     entry_date=entry_date, created_at=created_at, updated_at=updated_at,
                     preview=preview, tags=sorted(tag_text.split("\x1f")) if tag_text else [])
        for (entry_id, kind, title, partner, protected, entry_date, created_at, updated_at, preview, tag_text) in rows
    ]


def count_entries(conn: Connection, *, kind: str | None = None, tag: str | None = None,
                  partner_id: str | None = None, since: str | None = None, until: str | None = None) -> int:
    where, args = filters(kind, tag, partner_id, since, until)
    return int(scalar(conn, "SELECT count(*) FROM entries e" + (f" WHERE {where}" if where else ""), args))


def all_tags(conn: Connection) -> list[tuple[str, int]]:
    return [(r["tag"], r["uses"])
            for r in query(conn, "SELECT tag, count(*) AS uses FROM entry_tags GROUP BY tag ORDER BY tag")]


def next_agenda_date(conn: Connection, partner_id: str, today: str) -> str | None:
    """The earliest agenda with this partner dated ``today`` or later."""
    found = scalar(conn, "SELECT min(entry_date) FROM entries WHERE partner_id = ? AND kind = 'agenda' "
                         "AND entry_date >= ?", (partner_id, today))
    return None if found is None else str(found)


def last_meeting_date(conn: Connection, partner_id: str, today: str) -> str | None:
    """The latest session note or agenda with this partner dated before ``today``."""
    found = scalar(conn, "SELECT max(entry_date) FROM entries WHERE partner_id = ? "
                         "AND kind IN ('session-note', 'agenda') AND entry_date < ?", (partner_id, today))
    return None if found is None else str(found)
