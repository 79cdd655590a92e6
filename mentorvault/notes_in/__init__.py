"""Bringing notes in from other journals: one reader per format, each turning an export into
plain :class:`ImportedNote` objects without touching the vault; ``vault.notes_import`` writes
them (``vault/notes_import.py``)."""

from __future__ import annotations

from pathlib import Path

from mentorvault.notes_in import dayone, jrnl, markdown
from mentorvault.notes_in.fit import STARRED_TAG, Choices, content_of
from mentorvault.notes_in.models import FORMATS, AttachmentSource, ImportedNote, ImportPlan

__all__ = ["FORMATS", "STARRED_TAG", "AttachmentSource", "Choices", "ImportPlan", "ImportedNote", "content_of",
           "read"]


def read(format: str, path: Path) -> ImportPlan:
    """Read and check one export; raises ImportProblem (naming the file and the problem)."""
    readers = {"dayone": dayone.read, "jrnl": jrnl.read, "markdown": markdown.read}
    if format not in readers:
        raise ValueError(f"unknown format {format!r}")  # the front ends offer FORMATS only
    return readers[format](Path(path))
