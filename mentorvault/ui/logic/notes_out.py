"""The export dialog's decisions without a window: which entries, where, and what to call the output.

The dialog (ui/notes_out_dialog.py) shows these; the actions (ui/notes_out.py) run them on the worker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mentorvault.notes_out.model import ExportResult, Selection

if TYPE_CHECKING:
    from mentorvault.vault import Vault

FORMATS = ("pdf", "markdown", "json")
ALL, SHOWN, OPEN = "all", "shown", "open"  # every entry; the list's current filter; the open entry
SUFFIX = {"pdf": ".pdf", "markdown": "", "json": ".json"}
_UNSAFE = re.compile(r"[^\w\- ]+")


@dataclass(frozen=True)
class ExportRequest:
    format: str
    scope: str
    out: Path


def selection_for(scope: str, kind: str | None, tag: str | None, partner_id: str | None,
                  open_id: str | None, protected: bool = True) -> Selection:
    """The entries a scope means: all, the list as filtered now (kind, tag or partner), or the open entry;
    ``protected=False`` (the window hides protected entries now) leaves protected entries out."""
    if scope == OPEN and open_id:
        return Selection(ids=(open_id,), protected=protected)
    if scope == SHOWN:
        return Selection(kind=kind, tag=tag, partner=partner_id, protected=protected)
    return Selection(protected=protected)


def default_name(fmt: str, base: str, today: str) -> str:
    """A file or folder name for an export: ``MentorVault notes 2026-03-01.pdf`` and the like."""
    clean = " ".join(_UNSAFE.sub(" ", base).split()) or "MentorVault"
    return f"{clean} {today}{SUFFIX[fmt]}"


def target_problem(fmt: str, out: Path, replace: bool = False) -> str | None:
    """Why ``out`` cannot take this export (a NotesExportError reason), or None when it can; an existing
    file is replaced only when the user agreed (``replace``: the file dialog asked)."""
    from mentorvault.errors import NotesExportError
    from mentorvault.notes_out.target import check_file_target, check_folder_target

    try:
        if fmt == "markdown":
            check_folder_target(out)
        else:
            check_file_target(out, replace=replace)
    except NotesExportError as exc:
        return str(exc.field("reason"))
    return None


def count(vault: Vault, selection: Selection) -> int:
    from mentorvault.notes_out import select_ids

    return len(select_ids(vault, selection))


def export(vault: Vault, request: ExportRequest, selection: Selection) -> ExportResult:
    """Markdown and JSON, on the worker (a PDF is laid out on the window's thread: see ui/notes_out.py)."""
    from mentorvault import notes_out
    from mentorvault.errors import NotesExportError

    ids = notes_out.select_ids(vault, selection)
    if not ids:
        raise NotesExportError(path=str(request.out), reason="nothing_selected")
    if request.format == "markdown":
        return notes_out.write_markdown(vault, ids, request.out)
    return notes_out.write_json(vault, ids, request.out, exported_at=vault.now(), replace=True)
