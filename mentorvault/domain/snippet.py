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
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

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


_SENTENCE_GAP = re.compile(r"(?<=[.:])[ \t\n\r]+(?=[^\W_])")


def _sentence_starts(text: str, starts: list[int]) -> list[int]:
    """The words that begin a sentence, as FTS5 finds them: the first, and each one right after
    white space that follows a '.' or ':'."""
    found = [0] if starts else []
    for m in _SENTENCE_GAP.finditer(text):
        i = bisect_left(starts, m.end())
        if 0 < i < len(starts) and starts[i] == m.end():
            found.append(i)
    return found


@lru_cache(maxsize=32)
def _pattern(terms: tuple[Term, ...]) -> re.Pattern[str] | None:
    """One expression finding the words any term matches (each then checked term by term)."""
    prefixes = [re.escape(t.text) for t in terms if t.prefix and t.text]
    exact = [re.escape(t.text) for t in terms if not t.prefix and t.text]
    parts = ([f"(?:{'|'.join(prefixes)})[^\\W_]*"] if prefixes else []) + (
        [f"(?:{'|'.join(exact)})(?![^\\W_])"] if exact else [])
    return re.compile(f"(?<![^\\W_])(?:{'|'.join(parts)})") if parts else None


def snippet(columns: Sequence[str], terms: Sequence[Term], start_mark: str, end_mark: str,
            tokens: int = TOKENS) -> str:
    """The best window of ``tokens`` words over ``columns``, matched words marked, chosen as FTS5's
    ``snippet()`` chooses it: the window from each hit, centred on its hits, scored by the terms it
    holds; a window starting a sentence gets 100 more (120 at the start of the text); the first
    best wins, in column order.  Only columns with a hit are cut into words (a search shows twenty
    snippets, and a body is thousands of words)."""
    pattern = _pattern(tuple(terms))
    best_score, best_col, best_start = 0, 0, 0
    starts_by_column: dict[int, list[int]] = {}
    hits_by_column: dict[int, list[tuple[int, int]]] = {}
    for col, text in enumerate(columns):
        folded = fold(text)
        found = list(pattern.finditer(folded)) if pattern is not None else []
        if not found:
            continue
        starts = [m.start() for m in _WORD.finditer(folded)]
        hits: list[tuple[int, int]] = []
        for m in found:
            word, pos = m.group(), bisect_left(starts, m.start())
            hits.extend((pos, t) for t, term in enumerate(terms) if term.matches(word))
        starts_by_column[col], hits_by_column[col] = starts, hits
        n = len(starts)
        firsts = _sentence_starts(text, starts) if n > tokens else []
        for pos, _term in hits:
            score, first, last = _score(hits, pos, tokens)
            start = first - int((tokens - (last - first)) / 2)  # C's division, toward zero
            start = max(0, min(start, n - tokens))
            if score > best_score:
                best_score, best_col, best_start = score, col, start
            if firsts:
                jj = bisect_right(firsts, pos) - 1
                if firsts[jj] < pos:
                    score = _score(hits, firsts[jj], tokens)[0] + (120 if firsts[jj] == 0 else 100)
                    if score > best_score:
                        best_score, best_col, best_start = score, col, firsts[jj]
    text = columns[best_col]
    folded = fold(text)
    if best_col in starts_by_column:
        starts = starts_by_column[best_col]
    else:  # no hit anywhere (a NOT query): the start of the title
        starts = [m.start() for m in _WORD.finditer(folded)]
    if not starts:
        return text
    marked = {pos for pos, _term in hits_by_column.get(best_col, [])}
    start, end = best_start, min(len(starts), best_start + tokens)
    spans = [(s, _WORD.match(folded, s).end()) for s in starts[start:end]]  # type: ignore[union-attr]
    out = [ELLIPSIS] if start > 0 else [text[:spans[0][0]]]
    for i, (s, e) in enumerate(spans):
        if i:
            out.append(text[spans[i - 1][1]:s])
        out.append(f"{start_mark}{text[s:e]}{end_mark}" if start + i in marked else text[s:e])
    out.append(text[spans[-1][1]:] if end >= len(starts) else ELLIPSIS)
    return "".join(out)
