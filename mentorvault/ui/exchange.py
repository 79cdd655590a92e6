"""The exchange's commands, shared by the menus, the partner page and the inbox.

Every vault call runs on the worker through the session; dialogs are shown
through the dialog service (tests replace it); every refusal is one sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from mentorvault.errors import MentorVaultError
from mentorvault.ui.errors import describe
from mentorvault.ui.exchange_dialogs import (
    BUNDLE_FILTER,
    EndRelationshipDialog,
    ExportPreviewDialog,
    ImportReviewDialog,
    PickPartnersDialog,
    SeenDialog,
)
from mentorvault.ui.identity import CARD_FILTER, MyCardDialog, VerifyDialog, read_card_file
from mentorvault.ui.logic import exchange as ops
from mentorvault.ui.prep import PrepDialog
from mentorvault.ui.services import Services
from mentorvault.ui.session import Session


class ExchangeActions(QObject):
    partnerChanged = Signal(str)  # a partner's card or verification changed (name)
    inboxChanged = Signal()
    sharingChanged = Signal()  # consents or what was sent changed
    relationshipEnded = Signal(str)
    startAgenda = Signal(str)  # partner name
    busy = Signal(str)  # a line for a status bar; "" when done
    sessionPackRequested = Signal(str)  # partner name: the session pack PDF (ui/notes_out.py)
    summaryRequested = Signal(str)  # partner name: the end-of-cycle summary PDF

    def __init__(self, services: Services, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.services = services
        self.parent_widget = parent_widget
        self.session: Session | None = None
        self.last_export: Any = None
        self.last_import: Any = None
        self.email_partner: str | None = None  # "Send by email": the bundle being made is for this partner
        self.last_email_command: list[str] = []

    # ------------------------------------------------------------ helpers

    def _call(self, fn: Callable[[Any], Any], done: Callable[[Any], None], title: str,
              busy: str = "") -> None:
        session = self.session
        if session is None:
            return
        if busy:
            self.busy.emit(busy)

        def ok(result: Any) -> None:
            self.busy.emit("")
            if self.session is session:
                done(result)

        def failed(exc: BaseException) -> bool:
            self.busy.emit("")
            if isinstance(exc, MentorVaultError):
                self.services.dialogs.error(self.parent_widget, title, describe(exc))
                return True
            return False

        session.call(fn, ok, failed)

    def _run(self, dialog: Any) -> bool:
        accepted = self.services.dialogs.run(dialog)
        return bool(accepted)

    # ------------------------------------------------------------ identity and cards

    def my_card(self) -> None:
        if self.session is None:
            return
        dialog = MyCardDialog(self.session, self.services, self.parent_widget)
        self._run(dialog)
        dialog.deleteLater()

    def add_card(self, partner: str) -> None:
        session = self.session
        if session is None:
            return
        path = self.services.dialogs.open_file(self.parent_widget, self.tr("Choose %1's contact card").replace(
            "%1", partner), Path.home(), QCoreApplication.translate("Files", str(CARD_FILTER)))
        if path is None or self.session is not session:
            return

        def done(added: ops.CardAdded) -> None:
            self.partnerChanged.emit(partner)
            if added.different_keys:
                self.services.dialogs.warn(self.parent_widget, self.tr("A different card"), self.tr(
                    "This card for %1 has different keys from the one you have. It could be an impostor, or %1 "
                    "made a new vault. Nothing from the new keys is accepted until you compare the fingerprint "
                    "words with %1 and verify them.").replace("%1", partner))
            elif not added.card.verified:
                self.verify(partner)

        self._call(lambda v: ops.add_partner_card(v, partner, read_card_file(path)), done, self.tr("Card not added"))

    def verify(self, partner: str) -> None:
        session = self.session
        if session is None:
            return

        def done(card: ops.CardState) -> None:
            if not card.has_card and not card.pending_card:
                self.services.dialogs.info(self.parent_widget, self.tr("No card yet"), self.tr(
                    "Add %1's contact card first; then you can compare its fingerprint.").replace("%1", partner))
                return
            dialog = VerifyDialog(session, self.services, partner, card, self.parent_widget)
            accepted = self._run(dialog)
            dialog.deleteLater()
            if accepted:
                self.partnerChanged.emit(partner)

        self._call(lambda v: ops.partner_card(v, partner), done, self.tr("Cannot verify"))

    # ------------------------------------------------------------ export

    def prepare_bundle(self, partners: list[str] | None = None) -> None:
        session = self.session
        if session is None:
            return
        if partners is None:
            def chosen(cards: list[ops.CardState]) -> None:
                dialog = PickPartnersDialog(cards, self.parent_widget)
                ok = self._run(dialog)
                names = dialog.chosen()
                dialog.deleteLater()
                if ok and names:
                    self.prepare_bundle(names)

            self._call(ops.partner_cards, chosen, self.tr("No bundle made"))
            return

        def done(draft: ops.ExportDraft) -> None:
            dialog = ExportPreviewDialog(draft.preview, dict(draft.titles), self.services, self.parent_widget)
            ok = self._run(dialog)
            choice = dialog.choice()
            dialog.passphrase.clear()
            dialog.deleteLater()
            if not ok or choice is None:
                return
            self._export(partners, choice.out, choice.passphrase, choice.confirm_cross)

        self._call(lambda v: ops.read_export_draft(v, partners), done, self.tr("No bundle made"))

    def _export(self, partners: list[str], out: Path, passphrase: str, confirm: list[str]) -> None:
        def done(preview: Any) -> None:
            self.last_export = preview
            self.sharingChanged.emit()
            n = len(preview.entries)
            partner, self.email_partner = self.email_partner, None
            if partner is not None and preview.recipients == [partner]:
                self._open_mail(out, partner)
                return
            self.services.dialogs.info(self.parent_widget, self.tr("Bundle ready"), self.tr(
                "Saved %1, with %n entry(s), for %2. Give them the file however you like: only they (and you) "
                "can open it.", "", n).replace("%1", out.name).replace("%2", ", ".join(preview.recipients)))

        self._call(lambda v: ops.export_bundle(v, partners, out, passphrase, confirm), done,
                   self.tr("No bundle made"), self.tr("Making the bundle…"))

    # ------------------------------------------------------------ the exchange folder

    def choose_folder(self, partner: str) -> None:
        folder = self.services.dialogs.open_folder(self.parent_widget, self.tr("The folder you and %1 both reach")
                                                   .replace("%1", partner))
        if folder is not None:
            self._call(lambda v: ops.set_exchange_folder(v, partner, folder), lambda _f: self.partnerChanged.emit(
                partner), self.tr("Exchange folder not set"))

    def clear_folder(self, partner: str) -> None:
        self._call(lambda v: ops.set_exchange_folder(v, partner, None), lambda _f: self.partnerChanged.emit(partner),
                   self.tr("Exchange folder not changed"))

    def set_send_on_share(self, partner: str, on: bool) -> None:
        self._call(lambda v: ops.set_send_on_share(v, partner, on), lambda _f: self.partnerChanged.emit(partner),
                   self.tr("Exchange folder not changed"))

    def send_to_folder(self, partner: str) -> None:
        """"Send to NAME": the same preview and passphrase as a bundle file, then straight into the folder."""
        def done(draft: ops.ExportDraft) -> None:
            folder = draft.folder
            if folder is None:
                return
            dialog = ExportPreviewDialog(draft.preview, dict(draft.titles), self.services, self.parent_widget)
            dialog.send_to_folder(Path(folder.folder), partner)
            ok = self._run(dialog)
            choice = dialog.choice()
            dialog.passphrase.clear()
            dialog.deleteLater()
            if ok and choice is not None:
                self._call(lambda v: ops.send_to_folder(v, partner, choice.passphrase, choice.confirm_cross), sent,
                           self.tr("Nothing sent"), self.tr("Sending…"))

        def sent(result: Any) -> None:
            self.sharingChanged.emit()
            n = result.entries if result is not None else 0
            self.services.dialogs.info(self.parent_widget, self.tr("Sent"), self.tr(
                "The bundle for %1, with %n entry(s), is in your exchange folder. It is imported when %1's "
                "MentorVault sees it.", "", n).replace("%1", partner))

        self._call(lambda v: ops.read_export_draft(v, [partner], with_folder=True), done, self.tr("Nothing sent"))

    def send_by_email(self, partner: str) -> None:
        """Make the bundle (preview, passphrase, a file), then open the mail program with it attached."""
        self.email_partner = partner
        self.prepare_bundle([partner])

    def _open_mail(self, out: Path, partner: str) -> None:
        from PySide6.QtCore import QProcess

        command = ops.email_command(out, self.tr("MentorVault bundle for %1").replace("%1", partner))
        self.last_email_command = command
        if not QProcess.startDetached(command[0], command[1:]):
            self.services.dialogs.info(self.parent_widget, self.tr("No mail program"), self.tr(
                "MentorVault could not open your mail program. Attach %1 to an email yourself.").replace(
                "%1", str(out)))

    def calendar(self, partner: str) -> None:
        """The next meeting as an .ics file; the agenda's text only if the user says so."""
        out = self.services.dialogs.save_file(self.parent_widget, self.tr("Save the meeting for your calendar"),
                                              Path.home() / f"{partner.lower().replace(' ', '-')}-meeting.ics",
                                              self.tr("Calendar files (*.ics)"))
        if out is None:
            return
        agenda = self.services.dialogs.confirm(self.parent_widget, self.tr("Include the agenda?"), self.tr(
            "Put the agenda's text in the calendar event too? Calendars are often kept on a server."),
            self.tr("Include the agenda"), self.tr("Only the date"))
        self._call(lambda v: ops.write_calendar(v, partner, out, agenda), lambda info: self.services.dialogs.info(
            self.parent_widget, self.tr("Calendar file saved"), self.tr(
                "Saved %1. Open it with your calendar to add the meeting.").replace("%1", info.file)),
            self.tr("No calendar file saved"))

    # ------------------------------------------------------------ import

    def import_bundle(self) -> None:
        session = self.session
        if session is None:
            return
        path = self.services.dialogs.open_file(self.parent_widget, self.tr("Import a bundle"), Path.home(),
                                               QCoreApplication.translate("Files", str(BUNDLE_FILTER)))
        if path is None or self.session is not session:
            return

        def reviewed(review: Any) -> None:
            if review.already_imported:  # the newest bundle of theirs again: nothing to do, and no error
                self.services.dialogs.info(self.parent_widget, self.tr("Already imported"), self.tr(
                    "You already imported this bundle from %1. Nothing changed.").replace("%1", review.sender))
                return
            dialog = ImportReviewDialog(review, self.parent_widget)
            ok = self._run(dialog)
            dialog.deleteLater()
            if ok:
                self._call(lambda v: ops.import_bundle(v, path), imported, self.tr("Bundle not imported"),
                           self.tr("Importing…"))

        def imported(review: Any) -> None:
            self.last_import = review
            self.inboxChanged.emit()
            self.sharingChanged.emit()
            self.services.dialogs.info(self.parent_widget, self.tr("Bundle imported"), self.tr(
                "Imported the bundle from %1. What they shared is in your Inbox.").replace("%1", review.sender))

        self._call(lambda v: ops.review_import(v, path), reviewed, self.tr("Bundle not imported"),
                   self.tr("Checking the bundle…"))

    # ------------------------------------------------------------ partner views

    def what_seen(self, partner: str) -> None:
        def done(seen: ops.Seen) -> None:
            dialog = SeenDialog(partner, seen.entries, seen.log, seen.log_intact, self.parent_widget,
                                digest_words=seen.digest_words,
                                received_words=seen.received_words if seen.received_bundles else None)
            self._run(dialog)
            dialog.deleteLater()

        self._call(lambda v: ops.read_seen(v, partner), done, self.tr("Cannot show what was shared"))

    def before_we_meet(self, partner: str) -> None:
        def done(prep: ops.MeetingPrep) -> None:
            dialog = PrepDialog(prep, self.parent_widget)
            dialog.packRequested.connect(lambda: self.sessionPackRequested.emit(partner))
            self._run(dialog)
            start = dialog.start_requested
            dialog.deleteLater()
            if start:
                self.startAgenda.emit(partner)

        self._call(lambda v: ops.read_meeting_prep(v, partner), done, self.tr("Cannot prepare"))

    def end_relationship(self, partner: str) -> None:
        session = self.session
        if session is None:
            return

        def done(ending: ops.Ending) -> None:
            dialog = EndRelationshipDialog(partner, self.services, ending.shared, ending.received, ending.verified,
                                           parent=self.parent_widget)
            dialog.summaryRequested.connect(lambda: self.summaryRequested.emit(partner))
            ok = self._run(dialog)
            choice = dialog.choice()
            dialog.passphrase.clear()
            dialog.deleteLater()
            if not ok:
                return

            def ended(result: ops.Ended) -> None:
                self.sharingChanged.emit()
                self.inboxChanged.emit()
                self.relationshipEnded.emit(partner)
                text = self.tr("Your relationship with %1 is closed and archived.").replace("%1", partner)
                if result.bundle:
                    text += " " + self.tr("The final bundle is saved; give it to them when you are ready.")
                self.services.dialogs.info(self.parent_widget, self.tr("Relationship ended"), text)

            self._call(lambda v: ops.end_relationship(v, partner, out=choice.out, passphrase=choice.passphrase,
                                                      revoke_all=choice.revoke_all,
                                                      gratitude=choice.gratitude or None),
                       ended, self.tr("Nothing was changed"), self.tr("Closing the relationship…"))

        self._call(lambda v: ops.read_ending(v, partner), done, self.tr("Cannot end the relationship"))


__all__ = ["ExchangeActions"]
