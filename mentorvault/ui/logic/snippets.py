"""Turning stored text into safe, short display text (search snippets, list previews)."""

from __future__ import annotations

import html
import re

_MD_LINE = re.compile(r"^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)", re.MULTILINE)
_MD_INLINE = re.compile(r"(\*\*|__|\*|_|`|~~)")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def plain_preview(text: str, limit: int = 160) -> str:
    """Markdown body start as one calm line: markers dropped, whitespace collapsed."""
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_LINE.sub("", text)
    text = _MD_INLINE.sub("", text)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def highlight_html(snippet: str, spans: list[tuple[int, int]] | list[list[int]], *,
                   start: str = "<b>", end: str = "</b>") -> str:
    """HTML of a snippet with the matched spans wrapped; everything else escaped."""
    out: list[str] = []
    pos = 0
    for a, b in sorted((int(s[0]), int(s[1])) for s in spans):
        a, b = max(a, pos), min(b, len(snippet))
        if a >= b:
            continue
        out.append(html.escape(snippet[pos:a]))
        out.append(start + html.escape(snippet[a:b]) + end)
        pos = b
    out.append(html.escape(snippet[pos:]))
    return " ".join("".join(out).split())
