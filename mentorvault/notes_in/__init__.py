"""Bringing notes in from other journals: one reader per format, each turning an export into
plain :class:`ImportedNote` objects without touching the vault; ``vault.notes_import`` writes
them (``vault/notes_import.py``)."""

from __future__ import annotations

from pathlib import Path

from mentorvault.notes_in.fit import STARRED_TAG, Choices, content_of
from mentorvault.notes_in.models import FORMATS, AttachmentSource, ImportedNote, ImportPlan

__all__ = ["FORMATS", "STARRED_TAG", "AttachmentSource", "Choices", "ImportPlan", "ImportedNote", "content_of",
           "read"]


def read(format: str, path: Path) -> ImportPlan:
    """Read and check one export; raises ImportProblem (naming the file and the problem)."""
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}")  # the front ends offer FORMATS only
    # Each reader (and PyYAML, for Markdown) loads when an import needs it, not with every vault.
    from importlib import import_module

    reader = import_module(f"mentorvault.notes_in.{format}")
    plan: ImportPlan = reader.read(Path(path))
    return plan
