"""Turning stored text into safe, short display text (search snippets, list previews)."""

from __future__ import annotations

import html
import re

_MD_LINE = re.compile(r"^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)", re.MULTILINE)
_MD_INLINE = re.compile(r"(\*\*|__|\*|_|`|~~)")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def plain_preview(text: str, limit: int = 160) -> str:
    """Markdown body start as one calm line: markers dropped, whitespace collapsed."""
    if "[" in text:  # the link pattern cannot skip ahead to a bracket by itself, so it is slow on plain text
        text = _MD_LINK.sub(r"\1", text)
    text = _MD_LINE.sub("", text)
    text = _MD_INLINE.sub("", text)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def highlight_html(snippet: str, spans: list[tuple[int, int]] | list[list[int]], *,
                   start: str = "<b>", end: str = "</b>", drop: str = "") -> str:
    """HTML of a snippet with the matched spans wrapped; everything else escaped.

    Characters in ``drop`` (Markdown markers such as ``*`` and ``_``) are left out
    without disturbing the spans, which index the original text.
    """
    marked = [False] * len(snippet)
    for s_ in spans:
        for i in range(max(0, int(s_[0])), min(len(snippet), int(s_[1]))):
            marked[i] = True
    out: list[str] = []
    inside = False
    for i, ch in enumerate(snippet):
        if ch in drop:
            continue
        if marked[i] and not inside:
            out.append(start)
            inside = True
        elif not marked[i] and inside:
            out.append(end)
            inside = False
        out.append(html.escape(ch))
    if inside:
        out.append(end)
    return " ".join("".join(out).split())
