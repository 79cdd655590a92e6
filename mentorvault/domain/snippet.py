"""Search snippets built from an entry's text, as FTS5's ``snippet()`` built them from its own copy.

The index keeps no copy of the text since schema 8 (it is contentless), so the few rows a search
returns get their snippet here: the window of about ``TOKENS`` words, in the column (title, body,
fields, tags) where the query's terms fall closest together, each matched word between
``start`` and ``end`` marks, with '…' where the column goes on.  Words are cut and compared as the
index's tokenizer does (``unicode61 remove_diacritics 2``): letters and digits make words, case
and diacritics are ignored; a query word matches words it begins (prefix terms) or equals.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

TOKENS = 14
ELLIPSIS = "…"

_WORD = re.compile(r"[^\W_]+")
_OPERATORS = {"AND", "OR", "NOT", "NEAR"}
@dataclass(frozen=True)
class Term:
    """One word of a query, folded; ``prefix`` when it matches the words it begins."""

    text: str
    prefix: bool

    def matches(self, folded_word: str) -> bool:
        return folded_word.startswith(self.text) if self.prefix else folded_word == self.text


class _Folding(dict[int, str]):
    """A ``str.translate`` table filled as characters are met: each one without case or diacritics,
    kept one character long (or left as it is when that cannot be)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        low = ch.lower()
        folded = ch
        if len(low) == 1:
            base = "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
            folded = base if len(base) == 1 else low
        self[code] = folded
        return folded


_FOLDING = _Folding()


def fold(text: str) -> str:
    """``text`` without case or diacritics, of the same length (so positions in it are positions in ``text``)."""
    return text.lower() if text.isascii() else text.translate(_FOLDING)


def query_terms(match: str) -> list[Term]:
    """The words of an FTS5 query (as ``storage.search.build_match`` makes it, or typed in its syntax)."""
    terms: list[Term] = []
    for m in re.finditer(r'"([^"]*)"(\*?)|([^\W_]+)(\*?)(:?)', match):
        if m.group(3) is not None:
            word, star, colon = m.group(3), m.group(4), m.group(5)
            if colon or word in _OPERATORS:
                continue  # a column filter or an operator
            words = [word]
        else:
            words, star = _WORD.findall(m.group(1)), m.group(2)
        for i, word in enumerate(words):
            folded = fold(word)
            terms.append(Term(folded, bool(star) and i == len(words) - 1))
    return terms


def _score(hits: list[tuple[int, int]], start: int, tokens: int) -> tuple[int, int, int]:
    """FTS5's score of the window of ``tokens`` words from ``start``: 1000 for each query term it
    holds, 1 for each further hit; with the first hit's position and the one after the last hit's."""
    seen: set[int] = set()
    score, first, last = 0, -1, 0
    for pos, term in hits:
        if start <= pos < start + tokens:
            score += 1 if term in seen else 1000
            seen.add(term)
            if first < 0:
                first = pos
            last = pos + 1
    return score, first, last


def _sentence_starts(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """The words that begin a sentence, as FTS5 finds them: the first, and each one after a '.' or ':'
    followed by white space."""
    starts = [0] if spans else []
    for i in range(1, len(spans)):
        before = text[spans[i - 1][1]:spans[i][0]]
        stripped = before.rstrip(" \t\n\r")
        if len(stripped) < len(before) and stripped.endswith((".", ":")):
            starts.append(i)
    return starts


def snippet(columns: Sequence[str], terms: Sequence[Term], start_mark: str, end_mark: str,
            tokens: int = TOKENS) -> str:
    """The best window of ``tokens`` words over ``columns``, matched words marked, chosen as FTS5's
    ``snippet()`` chooses it: the window from each hit, centred on its hits, scored by the terms it
    holds; a window starting a sentence gets 100 more (120 at the start of the text); the first
    best wins, in column order."""
    best_score, best_col, best_start = 0, 0, 0
    spans_by_column: list[list[tuple[int, int]]] = []
    hits_by_column: list[list[tuple[int, int]]] = []
    for col, text in enumerate(columns):
        folded = fold(text)
        spans = [(m.start(), m.end()) for m in _WORD.finditer(folded)]
        hits = [(i, t) for i, (s, e) in enumerate(spans) for t, term in enumerate(terms) if term.matches(folded[s:e])]
        spans_by_column.append(spans)
        hits_by_column.append(hits)
        n = len(spans)
        firsts = _sentence_starts(text, spans) if hits and n > tokens else []
        for pos, _term in hits:
            score, first, last = _score(hits, pos, tokens)
            start = first - int((tokens - (last - first)) / 2)  # C's division, toward zero
            start = max(0, min(start, n - tokens))
            if score > best_score:
                best_score, best_col, best_start = score, col, start
            if firsts:
                jj = 0
                while jj < len(firsts) - 1 and firsts[jj + 1] <= pos:
                    jj += 1
                if firsts[jj] < pos:
                    score = _score(hits, firsts[jj], tokens)[0] + (120 if firsts[jj] == 0 else 100)
                    if score > best_score:
                        best_score, best_col, best_start = score, col, firsts[jj]
    text, spans = columns[best_col], spans_by_column[best_col]
    if not spans:
        return text
    marked = {pos for pos, _term in hits_by_column[best_col]}
    start, end = best_start, min(len(spans), best_start + tokens)
    out = [ELLIPSIS] if start > 0 else [text[:spans[0][0]]]
    for i in range(start, end):
        s, e = spans[i]
        if i > start:
            out.append(text[spans[i - 1][1]:s])
        out.append(f"{start_mark}{text[s:e]}{end_mark}" if i in marked else text[s:e])
    out.append(text[spans[end - 1][1]:] if end >= len(spans) else ELLIPSIS)
    return "".join(out)
