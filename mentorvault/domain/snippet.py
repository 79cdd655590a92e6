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


def _score(hits: list[tuple[int, int]], positions: list[int], start: int, tokens: int) -> tuple[int, int, int]:
    """FTS5's score of the window of ``tokens`` words from ``start``: 1000 for each query term it
    holds, 1 for each further hit; with the first hit's position and the one after the last hit's.
    ``positions``: the hits' word numbers (sorted), to look at the hits inside the window only."""
    seen: set[int] = set()
    score, first, last = 0, -1, 0
    for i in range(bisect_left(positions, start), bisect_left(positions, start + tokens)):
        pos, term = hits[i]
        score += 1 if term in seen else 1000
        seen.add(term)
        if first < 0:
            first = pos
        last = pos + 1
    return score, first, last


_SENTENCE_GAP = re.compile(r"[.:][ \t\n\r]+(?=[^\W_])")  # its end: where a sentence begins
_NOT_WORD = re.compile(r"[\W_]")
_ASCII_NOT_WORD = {c: " " for c in range(128) if not chr(c).isalnum()}


def _spaced(folded: str) -> str:
    """``folded`` with every character outside a word made a space (same length): its words are then
    what ``str.split`` finds, counted at C speed."""
    return folded.translate(_ASCII_NOT_WORD) if folded.isascii() else _NOT_WORD.sub(" ", folded)


class _Column:
    """One column cut into words only as far as a snippet needs: the word numbers of given places
    (each the start of a word), counted between them, and the words from a numbered place on."""

    def __init__(self, folded: str) -> None:
        self.folded = folded
        self.spaced = _spaced(folded)
        self.count = len(self.spaced.split())
        self.anchors: list[tuple[int, int]] = []  # (word number, offset), sorted

    def number(self, offsets: list[int]) -> list[int]:
        """The word number of each offset (sorted, each where a word starts)."""
        out, n, prev = [], 0, 0
        for off in offsets:
            n += len(self.spaced[prev:off].split())
            prev = off
            out.append(n)
        self.anchors = list(zip(out, offsets, strict=True))
        return out

    def words(self, start: int, count: int) -> list[tuple[int, int]]:
        """The (start, end) offsets of up to ``count`` words from word number ``start``, cut from the
        nearest numbered place before it."""
        i = bisect_right(self.anchors, (start, len(self.folded) + 1)) - 1
        number, offset = self.anchors[i] if i >= 0 else (0, 0)
        spans: list[tuple[int, int]] = []
        for m in _WORD.finditer(self.folded, offset):
            if number >= start:
                spans.append(m.span())
                if len(spans) == count:
                    break
            number += 1
        return spans


def _sentence_offsets(text: str, until: int) -> list[int]:
    """Where the sentences after the first begin, up to offset ``until``, as FTS5 finds them: a word
    right after white space that follows a '.' or ':'.  (A window that holds no hit never wins, so
    the sentences after the last hit do not matter.)"""
    return [m.end() for m in _SENTENCE_GAP.finditer(text, 0, until + 1)]


@lru_cache(maxsize=32)
def _pattern(terms: tuple[Term, ...]) -> re.Pattern[str] | None:
    """One expression finding the words any term matches (each then checked term by term).  It
    starts with the terms' letters, which the regular expression engine looks for quickly; a match
    that does not begin a word is dropped by :func:`_word_hits` (it lies inside one word, so it
    never hides a match that does)."""
    prefixes = [re.escape(t.text) for t in terms if t.prefix and t.text]
    exact = [re.escape(t.text) for t in terms if not t.prefix and t.text]
    parts = ([f"(?:{'|'.join(prefixes)})[^\\W_]*"] if prefixes else []) + (
        [f"(?:{'|'.join(exact)})(?![^\\W_])"] if exact else [])
    return re.compile("|".join(parts)) if parts else None


def _word_hits(pattern: re.Pattern[str] | None, folded: str) -> list[re.Match[str]]:
    """The pattern's matches that begin a word."""
    if pattern is None:
        return []
    return [m for m in pattern.finditer(folded) if not m.start() or not folded[m.start() - 1].isalnum()]


def snippet(columns: Sequence[str], terms: Sequence[Term], start_mark: str, end_mark: str,
            tokens: int = TOKENS) -> str:
    """The best window of ``tokens`` words over ``columns``, matched words marked, chosen as FTS5's
    ``snippet()`` chooses it: the window from each hit, centred on its hits, scored by the terms it
    holds; a window starting a sentence gets 100 more (120 at the start of the text); the first
    best wins, in column order.  A search shows twenty snippets and a body is thousands of words,
    so words are counted (``str.split`` on the column with its other characters made spaces), not
    cut out one by one; only the chosen window's words are cut."""
    pattern = _pattern(tuple(terms))
    best_score, best_col, best_start = 0, 0, 0
    cut: dict[int, _Column] = {}
    hits_by_column: dict[int, list[tuple[int, int]]] = {}
    for col, text in enumerate(columns):
        folded = fold(text)
        found = _word_hits(pattern, folded)
        if not found:
            continue
        column = cut[col] = _Column(folded)
        n = column.count
        sentences = _sentence_offsets(text, found[-1].start()) if n > tokens else []
        offsets = sorted({m.start() for m in found}.union(sentences))
        numbers = dict(zip(offsets, column.number(offsets), strict=True))
        hits: list[tuple[int, int]] = []
        for m in found:
            word, pos = m.group(), numbers[m.start()]
            for t, term in enumerate(terms):
                if term.matches(word):
                    hits.append((pos, t))
        hits_by_column[col] = hits
        positions = [pos for pos, _term in hits]
        firsts = ([0] + [numbers[o] for o in sentences if 0 < numbers[o] < n]) if n > tokens else []
        for pos, _term in hits:
            score, first, last = _score(hits, positions, pos, tokens)
            start = first - int((tokens - (last - first)) / 2)  # C's division, toward zero
            start = max(0, min(start, n - tokens))
            if score > best_score:
                best_score, best_col, best_start = score, col, start
            if firsts:
                jj = bisect_right(firsts, pos) - 1
                if firsts[jj] < pos:
                    score = _score(hits, positions, firsts[jj], tokens)[0] + (120 if firsts[jj] == 0 else 100)
                    if score > best_score:
                        best_score, best_col, best_start = score, col, firsts[jj]
    text = columns[best_col]
    chosen = cut.get(best_col) or _Column(fold(text))  # no hit anywhere (a NOT query): the title
    if not chosen.count:
        return text
    marked = {pos for pos, _term in hits_by_column.get(best_col, [])}
    start = best_start
    spans = chosen.words(start, tokens)
    end = start + len(spans)
    out = [ELLIPSIS] if start > 0 else [text[:spans[0][0]]]
    for i, (s, e) in enumerate(spans):
        if i:
            out.append(text[spans[i - 1][1]:s])
        out.append(f"{start_mark}{text[s:e]}{end_mark}" if start + i in marked else text[s:e])
    out.append(text[spans[-1][1]:] if end >= chosen.count else ELLIPSIS)
    return "".join(out)
