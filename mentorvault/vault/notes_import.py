"""``vault.notes_import``: notes from other journals into the vault, all or nothing.

``read`` checks an export (``mentorvault/notes_in``: no database there); ``preview`` says
what it would bring in; ``run`` writes it in one transaction, remembering each note's origin
(``storage/origins.py``) so that the same import run again adds nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from mentorvault import notes_in
from mentorvault.domain.entry import EntryContent, validate_tags
from mentorvault.domain.kinds import kind_spec
from mentorvault.domain.strictjson import JSONObject
from mentorvault.errors import (
    AttachmentSourceUnreadable,
    AttachmentTooLarge,
    ImportCancelled,
    ImportProblem,
    InvalidAttachmentName,
    InvalidPartner,
    PartnerNotFound,
)
from mentorvault.notes_in import Choices, ImportedNote, ImportPlan
from mentorvault.storage import entries as entry_table
from mentorvault.storage import origins
from mentorvault.storage import partners as partner_table
from mentorvault.storage.db import checkpoint, transaction
from mentorvault.vault.clock import iso
from mentorvault.vault.partners import check_partner

if TYPE_CHECKING:
    from mentorvault.vault.core import Vault

PREVIEW_TITLES = 5

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportPreview:
    """What an import would bring in: ``new`` notes (their first titles and the range of their
    dates), ``skipped`` ones imported before (or twice in the export), ``attachments`` files."""

    format: str
    path: str
    new: int
    skipped: int
    attachments: int
    first_titles: list[str] = field(default_factory=list)
    first_day: str | None = None
    last_day: str | None = None


@dataclass(frozen=True)
class ImportResult:
    imported: int
    skipped: int
    attachments: int
    entry_ids: list[str] = field(default_factory=list)

    def to_json(self) -> JSONObject:
        return {"imported": self.imported, "skipped": self.skipped, "attachments": self.attachments,
                "problems": []}


class NotesImportManager:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def read(self, format: str, path: Path | str) -> ImportPlan:
        """Read and check an export; raises ImportProblem naming the file and the problem."""
        return notes_in.read(format, Path(path))

    def _new(self, plan: ImportPlan, choices: Choices) -> tuple[list[tuple[ImportedNote, EntryContent]], int]:
        """The notes not imported before, each with the entry it becomes (checked), and how many were skipped."""
        kind_spec(choices.kind)
        if choices.tag:
            validate_tags([choices.tag])  # the user's tag is refused as such, not as a note's problem
        if choices.partner:
            self._vault.partners.id_of(choices.partner)
        done = origins.known(self._vault.conn, plan.format, (n.origin_key for n in plan.notes))
        new: list[tuple[ImportedNote, EntryContent]] = []
        for note in plan.notes:
            if note.origin_key in done:
                continue
            done.add(note.origin_key)
            for source in note.attachments:
                if source.size > self._vault.attachments.limit:
                    raise ImportProblem(file=source.origin, reason="too_large", limit=self._vault.attachments.limit)
            new.append((note, notes_in.content_of(note, choices)))
        return new, len(plan.notes) - len(new)

    def preview(self, plan: ImportPlan, choices: Choices | None = None) -> ImportPreview:
        new, skipped = self._new(plan, choices or Choices())
        days = sorted(n.day for n, _ in new)
        return ImportPreview(
            format=plan.format, path=plan.path, new=len(new), skipped=skipped,
            attachments=sum(len(n.attachments) for n, _ in new),
            first_titles=[c.title for _, c in new[:PREVIEW_TITLES]],
            first_day=days[0].isoformat() if days else None, last_day=days[-1].isoformat() if days else None,
        )

    def run(self, plan: ImportPlan, choices: Choices | None = None, *, dry_run: bool = False,
            progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> ImportResult:
        """Write the new notes as entries in one transaction: a problem anywhere, or a cancel,
        leaves the vault as it was."""
        choices = choices or Choices()
        new, skipped = self._new(plan, choices)
        attachments = sum(len(n.attachments) for n, _ in new)
        if dry_run:
            return ImportResult(len(new), skipped, attachments)
        conn = self._vault.conn
        ids: list[str] = []
        stored = 0
        with transaction(conn):
            partners: dict[str, str] = {}
            for done, (note, content) in enumerate(new):
                if cancelled is not None and cancelled():
                    raise ImportCancelled
                partner_id = self._partner(choices.partner or note.partner, partners, note.source_file)
                created = iso(note.created)
                entry_id = entry_table.insert_entry(conn, content, partner_id, note.protected, created)
                stored += self._attach(entry_id, note)
                has_date_field = kind_spec(content.kind).date_field in content.fields
                origins.set_dates(conn, entry_id, None if has_date_field else note.day.isoformat(),
                                  iso(note.updated) if note.updated else created)
                origins.remember(conn, plan.format, note.origin_key, entry_id, self._vault.now())
                ids.append(entry_id)
                if progress is not None:
                    progress(done + 1, len(new))
            if cancelled is not None and cancelled():
                raise ImportCancelled
        checkpoint(conn)
        return ImportResult(len(ids), skipped, stored, ids)

    def _attach(self, entry_id: str, note: ImportedNote) -> int:
        """The note's files, streamed into the vault as the entry's attachments (inside the import's
        transaction: each is a savepoint of it).  A file the export states the SHA-256 of must match."""
        for source in note.attachments:
            try:
                with source.open() as stream:
                    info = self._vault.attachments.add(entry_id, stream, name=source.name,
                                                       media_type=source.media_type)
            except (InvalidAttachmentName, AttachmentTooLarge, AttachmentSourceUnreadable) as exc:
                raise ImportProblem(file=source.origin, reason="invalid_entry", detail=str(exc).rstrip(".")) from None
            except OSError:
                raise ImportProblem(file=source.origin, reason="unreadable") from None
            if source.sha256 is not None and info.sha256 != source.sha256.lower():
                raise ImportProblem(file=note.source_file, reason="attachment_mismatch", value=source.name[:40])
        return len(note.attachments)

    def _partner(self, name: str | None, made: dict[str, str], file: str) -> str | None:
        """A partner's id by name; one our own export names but this vault lacks is added."""
        if not name:
            return None
        if name not in made:
            conn = self._vault.conn
            try:
                made[name] = partner_table.find_partner(conn, name).id
            except PartnerNotFound:
                try:
                    check_partner(name, None, None, None)
                except InvalidPartner as exc:
                    raise ImportProblem(file=file, reason="invalid_entry", detail=str(exc).rstrip(".")) from None
                made[name] = partner_table.add_partner(conn, name.strip(), None, None, None,
                                                       self._vault.now()).id
        return made[name]
