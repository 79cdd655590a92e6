"""An imported note made into an entry of a kind: which fields it fills, which tags it carries."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mentorvault.domain.entry import EntryContent, validate_content
from mentorvault.domain.kinds import DATE, ENUM, LONGTEXT, TEXT, URL, kind_spec
from mentorvault.errors import ImportProblem, InvalidEntry
from mentorvault.notes_in.models import ImportedNote

STARRED_TAG = "starred"  # Day One's and jrnl's star becomes this tag


@dataclass(frozen=True)
class Choices:
    """What the user picked for the notes that do not say themselves."""

    kind: str = "reflection"
    partner: str | None = None
    tag: str | None = None


def content_of(note: ImportedNote, choices: Choices) -> EntryContent:
    """The entry a note becomes.  A note of our own Markdown format keeps its kind and fields;
    any other takes the chosen kind, its date field set to the note's day and each required field
    it leaves empty filled with the note's title (a reflection's prompt, a gratitude's "to"...)."""
    kind = note.kind or choices.kind
    spec = kind_spec(kind)
    fields: dict[str, Any] = dict(note.fields)
    if not note.own:
        for f in spec.fields:
            if f.name in fields:
                continue
            if f.name == spec.date_field or (f.required and f.type == DATE):
                fields[f.name] = note.day.isoformat()
            elif f.required and f.type in (TEXT, URL, LONGTEXT):
                fields[f.name] = note.title.splitlines()[0] if note.title else ""
            elif f.required and f.type == ENUM and f.default is None:
                fields[f.name] = f.choices[0]
    tags = list(note.tags)
    if note.starred:
        tags.append(STARRED_TAG)
    if choices.tag:
        tags.append(choices.tag)
    title = note.title if note.own else (" ".join(note.title.split())[:300] or note.day.isoformat())
    try:
        return validate_content(kind, title, note.body, fields, tags)
    except InvalidEntry as exc:
        raise ImportProblem(file=str(note.source_file), reason="invalid_entry", detail=str(exc).rstrip(".")) from None
