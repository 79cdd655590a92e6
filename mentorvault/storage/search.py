"""Full-text search over ``entries_fts`` (FTS5, bm25 weights set by migration 3).

The index is contentless (schema 8): FTS5 finds and ranks the rows, and the snippets of the rows
returned are built from the entries' own text (``domain.snippet``).
"""

from __future__ import annotations

import json
import re

from mentorvault.domain.models import SearchHit
from mentorvault.domain.snippet import query_terms, snippet
from mentorvault.errors import BadSearchQuery
from mentorvault.storage.db import Connection, OperationalError, query, translate_error
from mentorvault.storage.entries import filters
from mentorvault.storage.index import columns
from mentorvault.storage.packing import unpack

HIT_START, HIT_END = "\x02", "\x03"
MAX_QUERY_CHARS = 500

_ADVANCED = re.compile(r'["*():^]|\b(AND|OR|NOT|NEAR)\b')


def build_match(query_text: str) -> str:
    """Plain words become prefix terms joined by AND; FTS5 syntax is passed through."""
    q = query_text.strip()
    if not q:
        raise BadSearchQuery("Type at least one word to search for.", reason="empty")
    if len(q) > MAX_QUERY_CHARS:
        raise BadSearchQuery("That search is too long. Use a few words.", reason="too_long")
    if _ADVANCED.search(q):
        return q
    words = re.findall(r"\w+", q)
    if not words:
        raise BadSearchQuery("Type at least one letter or digit to search for.", reason="no_letters")
    return " ".join(f'"{w}"*' for w in words)


_MARKS = re.compile("([\x02\x03])")


def split_snippet(raw: str) -> tuple[str, list[tuple[int, int]]]:
    """The snippet's text without its marks, and the (start, end) of each marked stretch in it."""
    text: list[str] = []
    spans: list[tuple[int, int]] = []
    pos, start = 0, None
    for piece in _MARKS.split(raw):
        if piece == HIT_START:
            start = pos
        elif piece == HIT_END:
            if start is not None:
                spans.append((start, pos))
            start = None
        elif piece:
            text.append(piece)
            pos += len(piece)
    return "".join(text), spans


def search(conn: Connection, query_text: str, *, kind: str | None = None, tag: str | None = None,
           partner_id: str | None = None, since: str | None = None, until: str | None = None,
           limit: int = 20, offset: int = 0) -> list[SearchHit]:
    match = build_match(query_text)
    where, args = filters(kind, tag, partner_id, since, until)
    # ORDER BY rank (bm25 weighted title 8, body 1, fields 2, tags 4; set by migration 3) is
    # sorted inside FTS5; the text for the snippets is read (and unpacked) for the rows returned only.
    sql = (
        "SELECT e.id, e.kind, e.title, p.name AS partner, e.protected, e.entry_date, e.updated_at, "
        "e.body, e.fields, (SELECT group_concat(tag, char(31)) FROM entry_tags t WHERE t.entry_id = e.id) AS tags, "
        "rank "
        "FROM entries_fts JOIN entries e ON e.rowid = entries_fts.rowid "
        "LEFT JOIN partners p ON p.id = e.partner_id "
        "WHERE entries_fts MATCH ? " + (f"AND {where} " if where else "") + "ORDER BY rank LIMIT ? OFFSET ?"
    )
    try:
        rows = query(conn, sql, [match] + args + [limit, offset]).fetchall()
    except OperationalError as exc:
        text = str(exc).lower()
        # Only the MATCH expression comes from the user: anything but real storage trouble
        # ("malformed", "not a database", "disk", "locked") is a query the user can fix.
        if not any(word in text for word in ("malformed", "not a database", "disk", "locked", "busy", "readonly")):
            raise BadSearchQuery() from None
        raise translate_error(exc) from None
    terms = query_terms(match)
    hits = []
    for r in rows:
        indexed = columns(r["kind"], r["title"], unpack(r["body"]), json.loads(unpack(r["fields"])),
                          r["tags"].split("\x1f") if r["tags"] else [])
        snippet_text, spans = split_snippet(snippet(indexed, terms, HIT_START, HIT_END))
        hits.append(SearchHit(id=r["id"], kind=r["kind"], title=r["title"], partner=r["partner"],
                              protected=bool(r["protected"]), entry_date=r["entry_date"], updated_at=r["updated_at"],
                              snippet=snippet_text, highlights=spans, score=float(r["rank"])))
    return hits
