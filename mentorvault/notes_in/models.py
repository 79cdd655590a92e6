"""What the readers turn a journal export into: plain notes, no database in sight."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, BinaryIO

FORMATS = ("dayone", "jrnl", "markdown")


@dataclass(frozen=True)
class AttachmentSource:
    """A file a note brings with it: where it is (``origin``, a path or an archive member, for
    messages) and how to read it (``open``, which counts the bytes it reads against ``size``)."""

    name: str
    origin: str
    size: int
    open: Callable[[], BinaryIO]
    sha256: str | None = None  # when the export states it (our own Markdown format): checked on import
    media_type: str | None = None


@dataclass
class ImportedNote:
    """One note as read from another journal.

    ``created`` is the moment it was written, with the writer's time zone; ``day`` is that
    moment's calendar day where it was written (the entry's date for kinds without a date field).
    ``kind`` and ``fields`` are set only by our own Markdown format (``None`` means: the kind the
    user picks).  ``origin_key`` identifies the note within its format, so an import run twice
    adds it once.
    """

    source_file: str
    origin_key: str
    title: str
    body: str
    created: _dt.datetime
    day: _dt.date
    updated: _dt.datetime | None = None
    tags: list[str] = field(default_factory=list)
    starred: bool = False
    kind: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    partner: str | None = None
    protected: bool = False
    own: bool = False  # written by MentorVault's own Markdown export: kind, fields and title kept exactly
    attachments: list[AttachmentSource] = field(default_factory=list)


@dataclass
class ImportPlan:
    """Everything one import would bring in: the notes of one export, read and checked."""

    format: str
    path: str
    notes: list[ImportedNote]
