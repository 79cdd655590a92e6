"""An imported note made into an entry of a kind: which fields it fills, which tags it carries."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from mentorvault.domain.entry import MAX_TAG, MAX_TAGS, MAX_TITLE, EntryContent, validate_content
from mentorvault.domain.kinds import DATE, ENUM, LONGTEXT, TEXT, URL, kind_spec
from mentorvault.errors import ImportProblem, InvalidEntry
from mentorvault.notes_in.models import ImportedNote

TITLE_CUT = 100  # a title longer than MAX_TITLE is cut near here (and kept whole in the body)
STARRED_TAG = "starred"  # Day One's and jrnl's star becomes this tag


@dataclass(frozen=True)
class Choices:
    """What the user picked for the notes that do not say themselves."""

    kind: str = "reflection"
    partner: str | None = None
    tag: str | None = None


def _title_and_body(note: ImportedNote) -> tuple[str, str]:
    """A title that fits (one line, at most MAX_TITLE characters); a longer one is cut at a word for the
    title and kept whole at the top of the body, so no word of the note is lost."""
    title = " ".join(note.title.split())
    if not title:
        return note.day.isoformat(), note.body
    if len(title) <= MAX_TITLE:
        return title, note.body
    short = title[:TITLE_CUT].rsplit(" ", 1)[0] if " " in title[:TITLE_CUT] else title[:TITLE_CUT]
    return short + "…", note.title.strip() + ("\n\n" + note.body if note.body else "")


def _usable_tags(tags: list[str]) -> list[str]:
    """Another journal's tags as ours can be: commas become spaces, each cut to MAX_TAG characters,
    controls and empty ones dropped, at most MAX_TAGS (the first ones)."""
    out: list[str] = []
    for raw in tags:
        tag = " ".join(raw.replace(",", " ").split()).lstrip("#").strip()[:MAX_TAG].strip()
        if tag and not any(unicodedata.category(c).startswith("C") for c in tag) and tag.lower() not in out:
            out.append(tag.lower())
    return out


def content_of(note: ImportedNote, choices: Choices) -> EntryContent:
    """The entry a note becomes.  A note of our own Markdown format keeps everything as it was;
    any other takes the chosen kind (or the kind its front matter names), its date field set to the
    note's day and each required field it leaves empty filled with the note's title (a reflection's
    prompt, a gratitude's "to"...); its tags are made to fit (``_usable_tags``) and a title too long
    for one is cut, the whole of it kept at the top of the body."""
    kind = note.kind or choices.kind
    spec = kind_spec(kind)
    fields: dict[str, Any] = dict(note.fields)
    title, body = (note.title, note.body) if note.own else _title_and_body(note)
    if not note.own:
        for f in spec.fields:
            if f.name in fields:
                continue
            if f.name == spec.date_field or (f.required and f.type == DATE):
                fields[f.name] = note.day.isoformat()
            elif f.required and f.type in (TEXT, URL, LONGTEXT):
                fields[f.name] = title
            elif f.required and f.type == ENUM and f.default is None:
                fields[f.name] = f.choices[0]
    tags = list(note.tags) if note.own else _usable_tags(note.tags)[:MAX_TAGS - 2]
    if note.starred:
        tags.append(STARRED_TAG)
    if choices.tag:
        tags.append(choices.tag)
    try:
        return validate_content(kind, title, body, fields, tags)
    except InvalidEntry as exc:
        raise ImportProblem(file=str(note.source_file), reason="invalid_entry", detail=str(exc).rstrip(".")) from None
