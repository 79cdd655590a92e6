"""File > Import notes… without a window: what each format takes (a file, a folder or either),
checking an export into a preview, and the import job the worker runs with its progress and the
user's cancel.  The dialog (``ui/notes_import.py``) shows these facts in words."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mentorvault.domain.entry import validate_tags
from mentorvault.errors import MentorVaultError
from mentorvault.notes_in import Choices, ImportPlan
from mentorvault.vault.notes_import import ImportPreview, ImportResult

FORMATS = ("dayone", "jrnl", "markdown")
# What the user picks for each format: a file, a folder, or either (Day One: the .zip or its folder).
PICKS = {"dayone": ("file", "folder"), "jrnl": ("file",), "markdown": ("folder",)}
FILE_FILTERS = {"dayone": "*.zip", "jrnl": "*.json"}
# From this many notes the dialog shows the progress bar (smaller imports finish at once).
LARGE_IMPORT = 25


@dataclass(frozen=True)
class ImportRequest:
    format: str = "dayone"
    path: str = ""
    kind: str = "reflection"
    partner: str | None = None
    tag: str = ""

    def choices(self) -> Choices:
        return Choices(kind=self.kind, partner=self.partner or None, tag=self.tag.strip() or None)

    @property
    def ready(self) -> bool:
        return bool(self.path.strip())


@dataclass(frozen=True)
class Checked:
    """An export read and previewed for a request, or the problem that stops it."""

    request: ImportRequest
    plan: ImportPlan | None = None
    preview: ImportPreview | None = None
    problem: MentorVaultError | None = None

    @property
    def can_import(self) -> bool:
        return self.problem is None and self.preview is not None and self.preview.new > 0


def check(vault: Any, request: ImportRequest) -> Checked:
    """Read the export and preview it (on the worker); a refusal is kept as the problem to show."""
    try:
        if request.tag.strip():
            validate_tags([request.tag])
        plan = vault.notes_import.read(request.format, Path(request.path).expanduser())
        return Checked(request, plan, vault.notes_import.preview(plan, request.choices()))
    except MentorVaultError as exc:
        return Checked(request, problem=exc)


def partner_names(vault: Any) -> list[str]:
    return [p.name for p in vault.partners.list(include_archived=False)]


class ImportJob:
    """One import on the worker thread; the UI thread reads its progress and may cancel it (the
    vault then stays as it was: the import is one transaction)."""

    def __init__(self, checked: Checked) -> None:
        assert checked.plan is not None and checked.preview is not None
        self.checked = checked
        self.total = checked.preview.new
        self._done = 0
        self._cancel = threading.Event()

    @property
    def done(self) -> int:
        return self._done

    @property
    def large(self) -> bool:
        return self.total >= LARGE_IMPORT

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> None:
        self._done = done

    def run(self, vault: Any) -> ImportResult:
        plan = self.checked.plan
        assert plan is not None
        result: ImportResult = vault.notes_import.run(plan, self.checked.request.choices(), progress=self._progress,
                                                      cancelled=self._cancel.is_set)
        return result
