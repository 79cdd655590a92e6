"""What the editor header's Share, History and Delete buttons do to the open entry.

Each saves pending edits first, runs its dialog, and acts on the result only if the same
entry is still open in the same session: the user may have moved on while the dialog was up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from mentorvault.ui.logic.entries import delete_entry

if TYPE_CHECKING:
    from mentorvault.ui.editor import EntryEditor


class EntryActions(QObject):
    def __init__(self, editor: EntryEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def share(self) -> None:
        ed = self.editor
        doc, session = ed.saving.draft, ed.session
        if doc is None or session is None:
            return
        ed.save_now()
        problem = ed.save_problem_text()
        if doc.entry_id is None or problem:
            ed.services.dialogs.info(ed, self.tr("Not saved yet"), problem or self.tr(
                "Save the entry first; only a saved version can be shared."))
            return
        from mentorvault.ui.consent import ShareDialog

        dialog = ShareDialog(session, ed.services, doc.entry_id, ed.partners, ed)
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

        dialog = HistoryDialog(session, doc.entry_id, ed)
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
                ed, self.tr("Delete this entry?"),
                self.tr("The entry and all its earlier versions will be removed from the vault. "
                        "Backups made before now still hold it."),
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
