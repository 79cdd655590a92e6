"""The notices above the workspace (demo vault, protected entries shown, backup failed) and
the passphrase prompt that shows protected entries for a while."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from mentorvault.ui.logic.rollback import acknowledge_rollback
from mentorvault.ui.logic.settings import check_passphrase
from mentorvault.ui.passphrase_field import PassphraseField
from mentorvault.ui.services import Services
from mentorvault.ui.session import Session
from mentorvault.ui.widgets import Notice, a11y, plain_buttons, styled_label


class PassphrasePrompt(QDialog):
    """Asks for the passphrase again (to show protected entries)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enter your passphrase"))
        self.setMinimumWidth(420)
        col = QVBoxLayout(self)
        col.addWidget(styled_label(text, "muted"))
        self.field = PassphraseField(self.tr("Passphrase"))
        col.addWidget(self.field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Show"))
        a11y(ok, self.tr("Show protected entries"))
        a11y(buttons.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        plain_buttons(buttons)
        col.addWidget(buttons)
        self.field.returnPressed.connect(self.accept)

    def passphrase(self) -> str:
        return self.field.text()


class WorkspaceNotices(QWidget):
    """The demo banner, the "protected entries are visible" notice and the backup failure notice."""

    settingsRequested = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.session: Session | None = None
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        self.demo_banner = Notice("demo", "prompt")
        col.addWidget(self.demo_banner)
        self.demo_banner.hide()
        self.protected_notice = Notice("notice", "shield")
        self.hide_protected_button = self.protected_notice.add_button(self.tr("Hide them now"))
        self.hide_protected_button.clicked.connect(lambda: self.session and self.session.hide_protected())
        col.addWidget(self.protected_notice)
        self.protected_notice.hide()
        self.backup_notice = Notice("warning", "backup")
        self.backup_settings_button = self.backup_notice.add_button(self.tr("Backup settings…"))
        self.backup_settings_button.clicked.connect(self.settingsRequested)
        self.backup_dismiss_button = self.backup_notice.add_button(self.tr("Dismiss"))
        self.backup_dismiss_button.clicked.connect(lambda: self.backup_notice.hide())
        col.addWidget(self.backup_notice)
        self.backup_notice.hide()
        self.recovered_notice = Notice("notice", "lock")
        self.recovered_notice.set_text(self.tr(
            "You opened this vault with your recovery key. If you no longer know your passphrase, "
            "set a new one now."))
        self.new_passphrase_button = self.recovered_notice.add_button(self.tr("Set a new passphrase…"))
        self.new_passphrase_button.clicked.connect(self.set_new_passphrase)
        self.recovered_dismiss_button = self.recovered_notice.add_button(self.tr("Not now"))
        self.recovered_dismiss_button.clicked.connect(lambda: self.recovered_notice.hide())
        col.addWidget(self.recovered_notice)
        self.recovered_notice.hide()
        # A suspected rollback: shown after every unlock until the user says what it was.
        self.rollback_notice = Notice("warning", "shield")
        self.rollback_restored_button = self.rollback_notice.add_button(
            self.tr("I restored this older copy on purpose"),
            self.tr("This older copy is the one I want; stop warning"))
        self.rollback_restored_button.clicked.connect(lambda: self._answer_rollback("restored"))
        self.rollback_replaced_button = self.rollback_notice.add_button(
            self.tr("Someone may have replaced my vault"), self.tr("I did not do this; show what to do"))
        self.rollback_replaced_button.clicked.connect(lambda: self._answer_rollback("replaced"))
        col.addWidget(self.rollback_notice)
        self.rollback_notice.hide()
        self.keyfile_notice = Notice("notice", "lock")
        self.keyfile_dismiss_button = self.keyfile_notice.add_button(self.tr("Dismiss"))
        self.keyfile_dismiss_button.clicked.connect(lambda: self.keyfile_notice.hide())
        col.addWidget(self.keyfile_notice)
        self.keyfile_notice.hide()
        # A bundle that arrived in an exchange folder, or a reminder the desktop could not show.
        self.reminder_notice = Notice("notice", "prompt")
        self.reminder_notice.setObjectName("reminderNotice")
        self.reminder_dismiss_button = self.reminder_notice.add_button(self.tr("Dismiss"))
        self.reminder_dismiss_button.clicked.connect(lambda: self.reminder_notice.hide())
        col.addWidget(self.reminder_notice)
        self.reminder_notice.hide()
        self._protection_tick = QTimer(self)
        self._protection_tick.setInterval(15_000)
        self._protection_tick.timeout.connect(self._update_protected_notice)

    def show_reminder(self, text: str) -> None:
        """Show what arrived, or a reminder the desktop had no notification service for."""
        shown = self.reminder_notice.label.text() if self.reminder_notice.isVisibleTo(self) else ""
        self.reminder_notice.set_text(f"{shown}\n{text}" if shown and text not in shown else text)
        self.reminder_notice.show()

    def set_session(self, session: Session | None) -> None:
        old = self.session
        self.session = session
        self.protected_notice.hide()
        self.backup_notice.hide()
        self.recovered_notice.hide()
        self.rollback_notice.hide()
        self.keyfile_notice.hide()
        self.reminder_notice.hide()
        self._protection_tick.stop()
        if old is not None:
            for signal, slot in ((old.protectionChanged, self._protection_changed),
                                 (old.backupFailed, self._backup_failed)):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
        if session is None:
            self.demo_banner.hide()
            return
        session.protectionChanged.connect(self._protection_changed)
        session.backupFailed.connect(self._backup_failed)
        self._show_rollback(session)
        self._show_slot_notes(session)
        if session.demo is not None:
            self.demo_banner.set_text(self.tr(
                "Demo vault: everything here is made up and is deleted when you quit. "
                "Its passphrase is \"%1\".").replace("%1", session.demo.passphrase))
            self.demo_banner.show()
        else:
            self.demo_banner.hide()

    def offer_new_passphrase(self) -> None:
        """After an unlock with the recovery key: offer to set a new passphrase (the old one may be lost)."""
        if self.session is not None and self.session.demo is None:
            self.recovered_notice.show()

    def set_new_passphrase(self) -> None:
        from mentorvault.ui.settings import ChangePassphraseDialog

        if self.session is None:
            return
        dialog = ChangePassphraseDialog(self.session, self.services, self, recovered=True)
        self.services.dialogs.run(dialog)
        if dialog.changed:
            self.recovered_notice.hide()
        dialog.deleteLater()

    def ask_show_protected(self, parent: QWidget) -> None:
        """Show protected entries: at once while the window is open, else after the passphrase."""
        session = self.session
        if session is None:
            return
        if session.protection.is_open:
            session.show_protected()
            return
        minutes = max(1, round(session.protection.window_seconds / 60))
        dialog = PassphrasePrompt(self.tr(
            "Protected entries are shown for %n minutes after you enter your passphrase.", "", minutes), parent)
        accepted = self.services.dialogs.run(dialog)
        passphrase = dialog.passphrase()
        dialog.field.clear()
        dialog.deleteLater()
        if not accepted or not passphrase or self.session is not session:
            return

        def done(ok: bool) -> None:
            if ok:
                session.show_protected()
            else:
                self.services.dialogs.warn(parent, self.tr("Still hidden"), self.tr(
                    "That is not the passphrase of this vault, so protected entries stay hidden. Try again."))

        session.call(lambda v: check_passphrase(v, passphrase), done)

    # ------------------------------------------------------------ rollback warning and key file notes

    def rollback_text(self, kind: str) -> str:
        if kind == "older":
            return self.tr(
                "This vault is older than the copy this computer last opened in this folder, so entries written "
                "since may be missing. Did you put back an older copy yourself?")
        if kind == "replaced":
            return self.tr(
                "This folder holds a different copy of this vault than the one this computer last opened here "
                "(a restored backup or a copy put in its place), so entries written since may be missing. "
                "Did you do this yourself?")
        return self.tr(
            "This computer's record for this vault folder does not match this copy: it may have been put back to "
            "an older copy, or the record was changed. Did you put back an older copy yourself?")

    def _show_rollback(self, session: Session) -> None:
        notice = session.rollback_notice
        if notice is None or session.demo is not None:
            return
        self.rollback_notice.set_text(self.rollback_text(notice.kind))
        self.rollback_notice.show()

    def _answer_rollback(self, choice: str) -> None:
        session = self.session
        if session is None:
            return
        for button in (self.rollback_restored_button, self.rollback_replaced_button):
            button.setEnabled(False)

        def done(answer: object) -> None:
            session.rollback_notice = None
            self.rollback_notice.hide()
            for button in (self.rollback_restored_button, self.rollback_replaced_button):
                button.setEnabled(True)
            if choice == "replaced":
                self.services.dialogs.warn(self, self.tr("What to do now"), self.replaced_advice(answer))

        def failed(exc: BaseException) -> bool:
            for button in (self.rollback_restored_button, self.rollback_replaced_button):
                button.setEnabled(True)
            return False  # reported as usual

        session.call(lambda v: acknowledge_rollback(v, choice), done, failed)  # type: ignore[arg-type]

    def replaced_advice(self, answer: object) -> str:
        backups = getattr(answer, "backups", [])
        text = self.tr(
            "The warning is cleared, and this copy is now the one this computer expects here.\n\n"
            "1. Look for entries you remember writing that are missing.\n"
            "2. Compare with your backups: Settings, Backups, Restore a backup… restores one into a new folder, "
            "so you can check it beside this one.\n"
            "3. Someone who could replace the folder may have copied it too: change your passphrase "
            "(Settings, Passphrase), and keep your recovery key somewhere safe.")
        if backups:
            text += "\n\n" + self.tr("Your newest automatic backup is %1.").replace("%1", str(backups[0]))
        return text

    def slot_note_text(self, notes: list[Any]) -> str:
        kinds = {n.type for n in notes}
        if "passphrase" in kinds:
            return self.tr(
                "The passphrase slot in this vault's key file is damaged or was changed outside MentorVault, so "
                "it was set aside. Set a new passphrase in Settings to replace it.")
        return self.tr(
            "A slot in this vault's key file is damaged or was changed outside MentorVault, so it was set aside. "
            "The vault unlocked with the others.")

    def _show_slot_notes(self, session: Session) -> None:
        notes = [n for n in session.slot_notes if n.problem != "over_budget"]
        if not notes:
            return
        self.keyfile_notice.set_text(self.slot_note_text(notes))
        self.keyfile_notice.show()

    def _protection_changed(self, shown: bool) -> None:
        self.protected_notice.setVisible(shown)
        if shown:
            self._update_protected_notice()
            self._protection_tick.start()
        else:
            self._protection_tick.stop()

    def _backup_failed(self, reason: str) -> None:
        self.backup_notice.set_text(self.tr(
            "Automatic backup: %1 Your earlier backups are kept, and MentorVault tries again the next time "
            "you unlock.").replace("%1", reason))
        self.backup_notice.show()

    def _update_protected_notice(self) -> None:
        session = self.session
        if session is None or not session.protection.is_open:
            self._protection_tick.stop()
            return
        minutes = max(1, round(session.protection.remaining() / 60))
        self.protected_notice.set_text(self.tr(
            "Protected entries are visible for about %n more minutes.", "", minutes))
