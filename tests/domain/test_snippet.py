"""Snippets built from an entry's text, checked against FTS5's own ``snippet()`` on the same text.

The index keeps no copy of the text (schema 8), so ``domain.snippet`` builds what FTS5's
``snippet()`` built.  SQLite's FTS5 (the standard library's sqlite3, with the index's tokenizer)
is the oracle: a table of the same four columns holding the same text, the same query.
"""

from __future__ import annotations

import sqlite3

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentorvault.domain.snippet import query_terms, snippet
from mentorvault.storage.search import build_match

WORDS = ["review", "reviewed", "Plan", "plans", "café", "cafe", "naïve", "team", "a", "x1", "2026", "Übung",
         "ubung", "goal", "goals", "mentor", "feedback", "CAREER", "dé", "e"]
GAPS = [" ", " ", " ", "  ", ", ", ". ", ": ", ".\n", "\n\n", " - ", "_", "!", "? ", ".", "…", "\t"]


def _text(draw: st.DrawFn, max_words: int) -> str:
    n = draw(st.integers(0, max_words))
    parts = []
    for _ in range(n):
        parts.append(draw(st.sampled_from(WORDS)))
        parts.append(draw(st.sampled_from(GAPS)))
    return "".join(parts)


@st.composite
def cases(draw: st.DrawFn) -> tuple[list[str], str]:
    columns = [_text(draw, 6), _text(draw, 120), _text(draw, 40), _text(draw, 4)]
    query = " ".join(draw(st.lists(st.sampled_from(["rev", "review", "plan", "cafe", "naive", "team", "ubung", "goal",
                                                  "men", "2026", "x1", "e"]), min_size=1, max_size=3)))
    return columns, query


def _fts5(db: sqlite3.Connection, columns: list[str], match: str) -> str | None:
    db.execute("DELETE FROM t")
    db.execute("INSERT INTO t(rowid, title, body, fields, tags) VALUES (1, ?, ?, ?, ?)", columns)
    row = db.execute("SELECT snippet(t, -1, char(2), char(3), '…', 14) FROM t WHERE t MATCH ?", (match,)).fetchone()
    return None if row is None else str(row[0])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_snippets_are_the_ones_fts5_builds(case: tuple[list[str], str]) -> None:
    columns, query = case
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(title, body, fields, tags, "
               "tokenize = 'unicode61 remove_diacritics 2')")
    match = build_match(query)
    expected = _fts5(db, columns, match)
    if expected is None:
        return  # FTS5 finds no row: a search shows no snippet
    assert snippet(columns, query_terms(match), "\x02", "\x03") == expected


def test_a_long_body_gets_the_window_around_its_hits_and_both_ellipses() -> None:
    body = ". ".join(f"Sentence {i} has plain words" for i in range(200)) + ". The review came late."
    got = snippet(["Title", body, "", ""], query_terms(build_match("review")), "[", "]")
    assert got.startswith("…") and "[review]" in got and got.count("[") == 1  # the end of a 1,000-word body
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(title, body, fields, tags, "
               "tokenize = 'unicode61 remove_diacritics 2')")
    assert got == (_fts5(db, ["Title", body, "", ""], build_match("review")) or "").replace("\x02", "[").replace(
        "\x03", "]")
