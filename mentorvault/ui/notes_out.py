"""Taking notes out from the window: File > Export notes..., File > Print..., the session pack and the
end-of-cycle summary as PDF.

The vault is read on the worker (ui/logic/notes_out.py, notes_out/packs.py); a PDF is laid out on
this thread (ui/printing.py). Before anything unencrypted is written the user is told so, and where.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from mentorvault.errors import MentorVaultError, NotesExportError
from mentorvault.ui.errors import describe
from mentorvault.ui.logic import notes_out as logic


class NotesOutActions(QObject):
    def __init__(self, ws: Any) -> None:
        """``ws``: the workspace (its session, services, list, open entry; the parent of the dialogs)."""
        super().__init__(ws)
        self.ws: Any = ws
        self.services = ws.services
        self.last_written: Path | None = None  # for tests and the status line

    # ------------------------------------------------------------ helpers

    def _call(self, fn: Callable[[Any], Any], done: Callable[[Any], None], title: str) -> None:
        session = self.ws.session
        if session is None:
            return

        def ok(result: Any) -> None:
            if self.ws.session is session:
                done(result)

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, MentorVaultError):
                self.services.dialogs.error(self.ws, title, describe(exc))
                return True
            return False

        session.call(fn, ok, failed)

    def _start_folder(self) -> Path:
        docs = Path.home() / "Documents"
        return docs if docs.is_dir() else Path.home()

    def _save_pdf(self, document: Any, name: str, title: str) -> None:
        """Ask where, say it is not encrypted, then write the PDF (all or nothing)."""
        from mentorvault.ui.printing import write_pdf

        filter_ = QCoreApplication.translate("Files", "PDF documents (*.pdf)")
        out = self.services.dialogs.save_file(self.ws, title, self._start_folder() / name, filter_)
        if out is None:
            return
        if not out.suffix:
            out = out.with_name(out.name + ".pdf")
        if not self.services.dialogs.confirm(self.ws, title, self.tr(
                "This PDF is not encrypted. It will be saved to %1, where anyone who can open that place can "
                "read it.").replace("%1", str(out)), self.tr("Save PDF")):
            return
        try:
            write_pdf(document, out)
        except (MentorVaultError, OSError) as exc:
            text = describe(exc) if isinstance(exc, MentorVaultError) else self.tr(
                "The PDF could not be written there (%1). Nothing was saved.").replace("%1", exc.strerror or str(exc))
            self.services.dialogs.error(self.ws, title, text)
            return
        self.last_written = out
        self.services.dialogs.info(self.ws, title, self.tr("Saved %1.").replace("%1", str(out)))

    # ------------------------------------------------------------ export

    def export_notes(self) -> None:
        ws = self.ws
        if ws.session is None:
            return
        ws.flush()
        flt = ws.list_model.filter
        open_id = ws.current_entry_id
        protected = not ws.session.hides(True)  # hidden protected entries stay out of the export
        every = logic.selection_for(logic.ALL, None, None, None, None, protected)
        shown = logic.selection_for(logic.SHOWN, flt.kind, flt.tag, flt.partner_id, None, protected)

        def counted(result: tuple[int, int, str | None, int]) -> None:
            from mentorvault.ui.notes_out_dialog import ExportNotesDialog

            all_count, shown_count, open_title, hidden = result
            dialog = ExportNotesDialog(self.services, {logic.ALL: all_count, logic.SHOWN: shown_count},
                                       ws.list_page.view_title.text(), open_title, self._start_folder(),
                                       self.services.today().isoformat(), ws, hidden=hidden)
            ok = self.services.dialogs.run(dialog)
            request = dialog.request()
            dialog.deleteLater()
            if ok and request is not None:
                self._export(request, logic.selection_for(request.scope, flt.kind, flt.tag, flt.partner_id,
                                                          open_id, protected))

        def count(vault: Any) -> tuple[int, int, str | None, int]:
            entry = vault.entries.get(open_id) if open_id else None
            title = entry.title if entry is not None and (protected or not entry.protected) else None
            total = logic.count(vault, every)
            return total, logic.count(vault, shown), title, vault.entries.count() - total

        self._call(count, counted, self.tr("Cannot export"))

    def _export(self, request: logic.ExportRequest, selection: Any) -> None:
        title = self.tr("Export notes")

        def written(result: Any) -> None:
            self.last_written = request.out
            self.services.dialogs.info(self.ws, title, self.tr(
                "Wrote %n entry(s) to %1. It is not encrypted.", "", result.entries).replace("%1", str(request.out)))

        if request.format == "pdf":
            def entries(vault: Any) -> tuple[list[Any], str, dict[str, list[str]]]:
                from mentorvault.notes_out import select_ids

                ids = select_ids(vault, selection)
                names = {i: [a.name for a in vault.attachments.list(i)] for i in ids}
                return [vault.entries.get(i) for i in ids], vault.today(), names

            def laid_out(found: tuple[list[Any], str, dict[str, list[str]]]) -> None:
                from mentorvault.ui.logic.printdoc import entries_document
                from mentorvault.ui.printing import words, write_pdf

                rows, today, names = found
                if not rows:
                    self.services.dialogs.error(self.ws, title, describe(NotesExportError(
                        path=str(request.out), reason="nothing_selected")))
                    return
                try:
                    write_pdf(entries_document(rows, today, words(), names), request.out)
                except (MentorVaultError, OSError) as exc:
                    self.services.dialogs.error(self.ws, title, describe(exc) if isinstance(exc, MentorVaultError)
                                                else self.tr("The PDF could not be written. Nothing was saved."))
                    return
                written(type("Result", (), {"entries": len(rows)})())

            self._call(entries, laid_out, title)
            return
        self._call(lambda v: logic.export(v, request, selection), written, title)

    # ------------------------------------------------------------ print, session pack, summary

    def print_entry(self) -> None:
        ws = self.ws
        entry_id = ws.current_entry_id
        if ws.session is None:
            return
        if not entry_id:
            self.services.dialogs.info(ws, self.tr("Print"), self.tr("Open an entry first, then print it."))
            return
        ws.flush()

        def got(found: tuple[Any, str, list[str]]) -> None:
            from mentorvault.ui.logic.printdoc import entries_document
            from mentorvault.ui.printing import words

            entry, today, names = found
            self.services.dialogs.print_document(ws, entry.title, entries_document([entry], today, words(),
                                                                                   {entry.id: names}))

        self._call(lambda v: (v.entries.get(entry_id), v.today(), [a.name for a in v.attachments.list(entry_id)]),
                   got, self.tr("Cannot print"))

    def session_pack(self, partner: str) -> None:
        from mentorvault.notes_out.packs import session_pack
        from mentorvault.ui.logic.printdoc import session_pack_document

        shown = self._protected_shown()
        self._partner_pdf(lambda v: session_pack(v, partner, protected=shown), session_pack_document,
                          self.tr("Session pack %1"), self.tr("Session pack for %1"),
                          self.tr("Cannot make the session pack"))

    def cycle_summary(self, partner: str) -> None:
        from mentorvault.notes_out.packs import cycle_summary
        from mentorvault.ui.logic.printdoc import cycle_summary_document

        shown = self._protected_shown()
        self._partner_pdf(lambda v: cycle_summary(v, partner, protected=shown), cycle_summary_document,
                          self.tr("Summary %1"),
                          self.tr("End-of-cycle summary for %1"), self.tr("Cannot make the summary"))

    def _protected_shown(self) -> bool:
        session = self.ws.session
        return session is not None and not session.hides(True)

    def _partner_pdf(self, read: Callable[[Any], Any], build: Callable[[Any, Any], Any], file_name: str,
                     title: str, failed: str) -> None:
        """Read a partner's pack or summary on the worker, then ask where, warn, and write its PDF."""
        def got(content: Any) -> None:
            from mentorvault.ui.printing import words

            name = logic.default_name("pdf", file_name.replace("%1", content.partner), content.made_on)
            self._save_pdf(build(content, words()), name, title.replace("%1", content.partner))

        self._call(read, got, failed)

__all__ = ["NotesOutActions"]
