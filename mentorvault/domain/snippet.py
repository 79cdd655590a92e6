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


def _score(hits: list[tuple[int, int]], start: int, tokens: int) -> int:
    """FTS5's snippet score of a window: 1000 for each term it holds, 1 for each further hit."""
    seen: set[int] = set()
    score = 0
    for pos, term in hits:
        if start <= pos < start + tokens:
            score += 1 if term in seen else 1000
            seen.add(term)
    return score


def snippet(columns: Sequence[str], terms: Sequence[Term], start_mark: str, end_mark: str,
            tokens: int = TOKENS) -> str:
    """The best window of ``tokens`` words over ``columns``, matched words marked (see the module's note)."""
    best: tuple[int, int, int] | None = None  # (score, column, first word)
    spans_by_column: list[list[tuple[int, int]]] = []
    for col, text in enumerate(columns):
        folded = fold(text)
        spans = [(m.start(), m.end()) for m in _WORD.finditer(folded)]
        spans_by_column.append(spans)
        hits = [(i, t) for i, (s, e) in enumerate(spans) for t, term in enumerate(terms) if term.matches(folded[s:e])]
        for pos, _term in hits:
            # Like FTS5: score the window starting at each hit, then centre the hits in it.
            score = _score(hits, pos, tokens)
            last = max(p for p, _ in hits if pos <= p < pos + tokens)
            start = max(0, min(pos - (tokens - (last - pos + 1)) // 2, len(spans) - tokens))
            score = max(score, _score(hits, start, tokens))
            if best is None or score > best[0]:
                best = (score, col, start)
    if best is None:  # no word matched where we can see it (a NOT query): the start of the first text
        col = next((i for i, text in enumerate(columns) if _WORD.search(text)), 0)
        best = (0, col, 0)
    _score_unused, col, start = best
    text, spans = columns[col], spans_by_column[col]
    if not spans:
        return text
    end = min(len(spans), start + tokens)
    folded = fold(text)
    marked = {i for i in range(start, end) if any(t.matches(folded[spans[i][0]:spans[i][1]]) for t in terms)}
    out = [ELLIPSIS] if start > 0 else [text[:spans[0][0]]]
    for i in range(start, end):
        s, e = spans[i]
        if i > start:
            out.append(text[spans[i - 1][1]:s])
        out.append(f"{start_mark}{text[s:e]}{end_mark}" if i in marked else text[s:e])
    out.append(ELLIPSIS if end < len(spans) else text[spans[end - 1][1]:])
    return "".join(out)
