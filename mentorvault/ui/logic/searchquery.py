"""Making a half-typed search safe to run while the user is still typing it.

Search runs as you type, so the text is often mid-way: an opening quote without
its partner, an open bracket, or a trailing ``AND``.  FTS5 rejects those (and
the storage layer reports an unterminated string as a damaged database), so the
UI closes what is open and drops a dangling operator before it searches.
"""

from __future__ import annotations

import re

_TRAILING_OPERATOR = re.compile(r"(\s+(AND|OR|NOT|NEAR)\s*|[\s(:^]+)$")
_LEADING_OPERATOR = re.compile(r"^\s*(AND|OR|NOT)\b\s*")


def tidy_query(text: str) -> str:
    q = text.strip()
    previous = None
    while q != previous:
        previous = q
        q = _LEADING_OPERATOR.sub("", q)
        if q.count('"') % 2:
            q += '"'
        q = q.replace('""', "").strip()
        q = _TRAILING_OPERATOR.sub("", q).strip()
        depth = 0
        out = []
        for ch in q:
            if ch == "(":
                depth += 1
            elif ch == ")":
                if depth == 0:
                    continue  # an unmatched closing bracket
                depth -= 1
            out.append(ch)
        q = "".join(out) + ")" * depth
        q = q.replace("()", "").strip()
    return q
