"""Read model of "Earlier versions": an entry's saved versions, one version's content, restoring one."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mentorvault.domain.entry import EntryContent
from mentorvault.domain.models import Entry, RevisionInfo
from mentorvault.ui.logic.dates import local_datetime_of

if TYPE_CHECKING:
    from mentorvault.vault import Vault

_RESTORED = "restored revision "  # the core's note on a version made by restoring an older one


@dataclass(frozen=True)
class Version:
    """One row of the versions list, newest first."""

    rev: int
    saved_at: _dt.datetime | None  # local time; None when the stored stamp cannot be read
    saved_at_text: str  # the stored stamp, shown when it cannot be read
    current: bool  # the newest version (what the entry is now)
    created: bool  # the first version
    restored_from: str | None  # the version this one restored, if it did
    note: str  # any other note, as stored

    @classmethod
    def of(cls, info: RevisionInfo, current: bool) -> Version:
        note = info.note or ""
        restored = note.rsplit(" ", 1)[-1] if note.startswith(_RESTORED) else None
        created = note == "created"
        return cls(info.rev, local_datetime_of(info.saved_at), info.saved_at, current, created, restored,
                   "" if created or restored is not None else note)


def read_history(vault: Vault, entry_id: str) -> list[Version]:
    """Runs on the worker."""
    return [Version.of(r, i == 0) for i, r in enumerate(vault.entries.history(entry_id))]


def read_version(vault: Vault, entry_id: str, rev: int) -> EntryContent:
    return vault.entries.revision(entry_id, rev)


def restore_version(vault: Vault, entry_id: str, rev: int) -> Entry:
    """Restoring makes a new version with the old content; nothing is lost."""
    return vault.entries.restore_revision(entry_id, rev)


__all__ = ["Version", "read_history", "read_version", "restore_version"]
