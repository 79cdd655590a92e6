"""What the editor header's Share, History and Delete buttons do to the open entry.

Each saves pending edits first, runs its dialog, and acts on the result only if the same
entry is still open in the same session: the user may have moved on while the dialog was up.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from mentorvault.domain.models import Entry, Partner
from mentorvault.ui.logic.entries import delete_entry
from mentorvault.ui.logic.saving import SaveMachine
from mentorvault.ui.services import Services
from mentorvault.ui.session import Session


class EditorParts(Protocol):
    """What the actions use of the editor (``EntryEditor``; named here, not imported: no cycle)."""

    saving: SaveMachine
    session: Session | None
    services: Services
    saved: Any  # Signal(Entry)
    deleted: Any  # Signal(str)
    sharingChanged: Any  # Signal(str)

    @property
    def partners(self) -> list[Partner]: ...
    def save_now(self) -> None: ...
    def save_problem_text(self) -> str: ...
    def refresh_sharing(self) -> None: ...
    def load(self, entry: Entry) -> None: ...
    def clear(self) -> None: ...


class EntryActions(QObject):
    def __init__(self, editor: EditorParts, view: QWidget) -> None:
        """``view``: the editor as a widget, the parent of the dialogs."""
        super().__init__(view)
        self.editor = editor
        self.view = view

    def share(self) -> None:
        ed = self.editor
        doc, session = ed.saving.draft, ed.session
        if doc is None or session is None:
            return
        ed.save_now()
        problem = ed.save_problem_text()
        if doc.entry_id is None or problem:
            ed.services.dialogs.info(self.view, self.tr("Not saved yet"), problem or self.tr(
                "Save the entry first; only a saved version can be shared."))
            return
        from mentorvault.ui.consent import ShareDialog

        dialog = ShareDialog(session, ed.services, doc.entry_id, ed.partners, self.view)
        accepted = ed.services.dialogs.run(dialog)
        dialog.deleteLater()
        if accepted and ed.session is session and doc.entry_id is not None:
            ed.refresh_sharing()
            ed.sharingChanged.emit(doc.entry_id)

    def show_history(self) -> None:
        ed = self.editor
        doc, session = ed.saving.draft, ed.session
        if doc is None or doc.entry_id is None or session is None:
            return
        ed.save_now()
        from mentorvault.ui.history import HistoryDialog

        dialog = HistoryDialog(session, doc.entry_id, self.view)
        ed.services.dialogs.run(dialog)
        restored = dialog.restored
        dialog.deleteLater()
        if restored is not None and ed.saving.is_current(doc) and ed.session is session:
            ed.load(restored)
            ed.saved.emit(restored)
            session.notify_saved(restored)

    def delete_entry(self) -> None:
        ed = self.editor
        doc, session = ed.saving.draft, ed.session
        if doc is None or doc.entry_id is None or session is None:
            return
        if not ed.services.dialogs.confirm(
                self.view, self.tr("Delete this entry?"),
                self.tr("The entry and all its earlier versions will be removed from the vault. "
                        "Backups made before now still hold it until newer ones replace them; to drop them "
                        "now, use Replace all backups in Settings."),
                self.tr("Delete entry")):
            return
        if ed.session is not session or not ed.saving.is_current(doc):
            return
        entry_id = doc.entry_id
        ed.saving.stop()

        def done(_: object) -> None:
            if ed.saving.is_current(doc):
                ed.clear()
            ed.deleted.emit(entry_id)
            session.notify_deleted(entry_id)

        session.call(lambda v: delete_entry(v, entry_id), done)
