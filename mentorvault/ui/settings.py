"""Settings, changing the passphrase, and verifying a backup."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from mentorvault.domain.passphrase import assess
from mentorvault.domain.settings import SETTINGS, Settings
from mentorvault.errors import MentorVaultError
from mentorvault.ui.errors import describe
from mentorvault.ui.logic import settings as ops
from mentorvault.ui.logic.settings import SettingsValues
from mentorvault.ui.passphrase_field import PassphraseField, StrengthMeter
from mentorvault.ui.services import Services
from mentorvault.ui.session import Session
from mentorvault.ui.widgets import Busy, a11y, plain_buttons, styled_label
from mentorvault.vault import BACKUP_SUFFIX, BackupStatus

# How the window words each setting of the registry (domain/settings.py says what it is).
_WORDING: dict[str, dict[str, object]] = {
    "idle_lock_minutes": {
        "label": QT_TRANSLATE_NOOP("SettingsDialog", "Lock after &no activity for:"),
        "name": QT_TRANSLATE_NOOP("SettingsDialog", "Lock after idle time"),
        "description": QT_TRANSLATE_NOOP("SettingsDialog", "Lock when there was no typing or clicking "
                                                           "in MentorVault for this long"),
        "zero": QT_TRANSLATE_NOOP("SettingsDialog", "Never"),
        "suffix": QT_TRANSLATE_NOOP("SettingsDialog", " minutes"),
    },
    "lock_on_minimise": {
        "label": QT_TRANSLATE_NOOP("SettingsDialog", "Lock when the window is &minimised"),
        "name": QT_TRANSLATE_NOOP("SettingsDialog", "Lock when the window is minimised"),
    },
    "backup_dir": {
        "label": QT_TRANSLATE_NOOP("SettingsDialog", "&Folder:"),
        "name": QT_TRANSLATE_NOOP("SettingsDialog", "Backup folder"),
        "description": QT_TRANSLATE_NOOP("SettingsDialog", "Leave empty to keep backups inside the vault folder"),
        "choose": QT_TRANSLATE_NOOP("SettingsDialog", "Choose the backup folder"),
    },
    "backup_keep": {
        "label": QT_TRANSLATE_NOOP("SettingsDialog", "&Keep the last:"),
        "name": QT_TRANSLATE_NOOP("SettingsDialog", "Backups to keep"),
        "description": QT_TRANSLATE_NOOP("SettingsDialog", "One automatic backup is made on each day you use "
                                                           "MentorVault; older ones are removed"),
        "zero": QT_TRANSLATE_NOOP("SettingsDialog", "No automatic backups"),
        "suffix": QT_TRANSLATE_NOOP("SettingsDialog", " backups"),
    },
}




class SettingsDialog(QDialog):
    """Vault settings (stored encrypted in the vault) plus the theme (a view preference)."""

    def __init__(self, session: Session, services: Services, theme_mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.services = services
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        s = session.settings
        col = QVBoxLayout(self)
        col.setSpacing(10)

        # The rows come from the settings registry (domain/settings.py); _WORDING words them here.
        self.fields: dict[str, QWidget] = {}
        locking = QGroupBox(self.tr("Locking"))
        lf = QFormLayout(locking)
        self._add_rows(lf, "locking", s)
        lf.addRow(styled_label(self.tr("MentorVault also locks when the computer sleeps or the screen locks, "
                                       "where the desktop reports it."), "muted"))
        col.addWidget(locking)

        backups = QGroupBox(self.tr("Backups"))
        bf = QFormLayout(backups)
        self._add_rows(bf, "backups", s)
        self.idle = cast(QSpinBox, self.fields["idle_lock_minutes"])
        self.minimise = cast(QCheckBox, self.fields["lock_on_minimise"])
        self.keep = cast(QSpinBox, self.fields["backup_keep"])
        self.backup_dir = cast(QLineEdit, self.fields["backup_dir"])
        self.automatic_status = styled_label("", "muted", selectable=True)
        bf.addRow(self.automatic_status)
        row = QHBoxLayout()
        self.backup_now = QPushButton(self.tr("&Back up now"))
        a11y(self.backup_now, self.tr("Back up now"))
        self.backup_now.clicked.connect(self._backup_now)
        self.verify = QPushButton(self.tr("&Verify a backup…"))
        a11y(self.verify, self.tr("Verify a backup"), self.tr("Open a backup file read-only and check it fully"))
        self.verify.clicked.connect(self._verify)
        row.addWidget(self.backup_now)
        row.addWidget(self.verify)
        row.addStretch(1)
        bf.addRow(row)
        self.backup_status = styled_label("", "muted")
        bf.addRow(self.backup_status)
        col.addWidget(backups)

        device = QGroupBox(self.tr("This computer"))
        dl = QVBoxLayout(device)
        self.device_status = styled_label("", "muted")
        dl.addWidget(self.device_status)
        drow = QHBoxLayout()
        self.device_button = QPushButton()
        self.device_button.clicked.connect(self._toggle_device)
        self.passphrase_button = QPushButton(self.tr("Change &passphrase…"))
        a11y(self.passphrase_button, self.tr("Change passphrase"))
        self.passphrase_button.clicked.connect(self._change_passphrase)
        drow.addWidget(self.device_button)
        drow.addWidget(self.passphrase_button)
        drow.addStretch(1)
        dl.addLayout(drow)
        col.addWidget(device)
        look = QGroupBox(self.tr("Appearance"))
        af = QFormLayout(look)
        self.theme = QComboBox()
        for value, text in (("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                            ("dark", self.tr("Dark"))):
            self.theme.addItem(text, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme_mode)))
        a11y(self.theme, self.tr("Theme"))
        af.addRow(self.tr("&Theme:"), self.theme)
        col.addWidget(look)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        a11y(buttons.button(QDialogButtonBox.StandardButton.Ok), self.tr("Save settings"))
        a11y(buttons.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        plain_buttons(buttons)
        col.addWidget(buttons)
        self._show_device()
        if session.demo is None:
            session.call(ops.backup_status, self._show_automatic, lambda exc: True)
        else:
            self.automatic_status.hide()
            self.device_button.setEnabled(False)
            self.passphrase_button.setEnabled(False)
            self.backup_now.setEnabled(False)
            self.device_status.setText(self.tr("This is the demo vault: it cannot be remembered, backed up or given "
                                               "a new passphrase, and it is deleted when you quit."))

    def _add_rows(self, form: QFormLayout, group: str, current: Settings) -> None:
        """One row per setting of ``group`` in the registry, in its order."""
        for spec in SETTINGS:
            if spec.group != group:
                continue
            words = _WORDING[spec.name]
            value = getattr(current, spec.name)
            label, name = self.tr(str(words["label"])), self.tr(str(words["name"]))
            description = self.tr(str(words["description"])) if words.get("description") else ""
            if spec.type is bool:
                box = QCheckBox(label)
                box.setChecked(value)
                a11y(box, name, description)
                form.addRow(box)
                self.fields[spec.name] = box
            elif spec.type is int:
                spin = QSpinBox()
                spin.setRange(spec.minimum if spec.minimum is not None else 0,
                              spec.maximum if spec.maximum is not None else 1_000_000)
                if words.get("zero"):
                    spin.setSpecialValueText(self.tr(str(words["zero"])))
                if words.get("suffix"):
                    spin.setSuffix(self.tr(str(words["suffix"])))
                spin.setValue(value)
                a11y(spin, name, description)
                form.addRow(label, spin)
                self.fields[spec.name] = spin
            else:
                edit = QLineEdit(value)
                a11y(edit, name, description)
                self.fields[spec.name] = edit
                if not spec.folder:
                    form.addRow(label, edit)
                    continue
                edit.setPlaceholderText(str(self.session.folder / "backups"))
                row = QHBoxLayout()
                choose = QPushButton(self.tr("Choose…"))
                title = self.tr(str(words["choose"]))
                a11y(choose, title)
                choose.clicked.connect(lambda _=False, e=edit, t=title: self._choose_folder(e, t))
                row.addWidget(edit, 1)
                row.addWidget(choose)
                buddy = QLabel(label)
                buddy.setBuddy(edit)
                form.addRow(buddy, row)

    def values(self) -> SettingsValues:
        return SettingsValues(self.idle.value(), self.minimise.isChecked(), self.backup_dir.text().strip(),
                              self.keep.value(), self.theme.currentData())

    def _show_automatic(self, status: BackupStatus) -> None:
        if not isValid(self.automatic_status):
            return  # the answer came after the dialog was closed and deleted
        if not status.enabled:
            text = self.tr("Automatic backups are off.")
        elif status.running:
            text = self.tr("Today's automatic backup is being written in the background.")
        elif status.failed:
            text = self.tr("Today's automatic backup failed. %1").replace("%1", status.failed)
        elif status.newest is None or status.newest_at is None:
            text = self.tr("No automatic backup yet. One is written on each day you unlock the vault.")
        else:
            when = status.newest_at.astimezone().strftime("%Y-%m-%d %H:%M")
            text = self.tr("Newest automatic backup: %1, in %2").replace("%1", when).replace(
                "%2", str(status.newest.parent))
        self.automatic_status.setText(text)
        self.automatic_status.setAccessibleName(text)

    def _choose_folder(self, edit: QLineEdit, title: str) -> None:
        folder = self.services.dialogs.open_folder(self, title, Path(edit.text() or self.session.folder))
        if folder is not None:
            edit.setText(str(folder))

    def _show_device(self) -> None:
        if self.session.remembers_device:
            self.device_status.setText(self.tr("This computer is remembered: you can unlock without typing the "
                                               "passphrase. Anyone logged in as you here could too."))
            self.device_button.setText(self.tr("&Forget this computer"))
        else:
            self.device_status.setText(self.tr("This computer is not remembered: the vault asks for the "
                                               "passphrase each time."))
            self.device_button.setText(self.tr("&Remember this computer"))
        a11y(self.device_button, self.device_button.text().replace("&", ""))

    def _toggle_device(self) -> None:
        session = self.session
        remember = not session.remembers_device
        self.device_button.setEnabled(False)

        def done(result: object) -> None:
            session.remembers_device = remember
            self.device_button.setEnabled(True)
            self._show_device()
            if getattr(result, "keyring_cleared", True) is False:
                self.device_status.setText(self.tr(
                    "This computer's slot was removed from the vault's key file, so the secret kept for it opens "
                    "nothing. The system keyring could not be reached, so that secret is still stored there: remove "
                    "the MentorVault item with your keyring app once it works (choosing Remember this computer "
                    "later replaces it)."))

        def failed(exc: BaseException) -> bool:
            self.device_button.setEnabled(True)
            if isinstance(exc, MentorVaultError):
                self.device_status.setText(describe(exc))
                return True
            return False

        session.call(lambda v: ops.remember_device(v, remember), done, failed)

    def _backup_now(self) -> None:
        session = self.session
        self.backup_now.setEnabled(False)
        self.backup_status.setText(self.tr("Writing a backup…"))
        now = _dt.datetime.now()

        def done(path: Path) -> None:
            self.backup_now.setEnabled(True)
            self.backup_status.setText(self.tr("Backup written: %1").replace("%1", str(path)))

        def failed(exc: BaseException) -> bool:
            self.backup_now.setEnabled(True)
            if isinstance(exc, MentorVaultError):
                self.backup_status.setText(describe(exc))
                return True
            return False

        session.call(lambda v: ops.backup_now(v, now), done, failed)

    def _verify(self) -> None:
        start = self.session.folder / "backups"
        dialog = VerifyBackupDialog(self.services, start, self)
        self.services.dialogs.run(dialog)

    def _change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self.session, self.services, self)
        self.services.dialogs.run(dialog)


class ChangePassphraseDialog(QDialog):
    def __init__(self, session: Session, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.services = services
        self.changed = False
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setMinimumWidth(460)
        col = QVBoxLayout(self)
        col.addWidget(styled_label(self.tr(
            "The vault itself is not re-encrypted; only the key that opens it is. Your recovery key "
            "keeps working."), "muted"))
        form = QFormLayout()
        self.current = PassphraseField(self.tr("Current passphrase"))
        form.addRow(self.tr("&Current:"), self.current)
        self.new = PassphraseField(self.tr("New passphrase"))
        form.addRow(self.tr("&New:"), self.new)
        self.meter = StrengthMeter()
        form.addRow("", self.meter)
        self.repeat = PassphraseField(self.tr("Repeat the new passphrase"))
        form.addRow(self.tr("&Repeat:"), self.repeat)
        col.addLayout(form)
        self.busy = Busy()
        col.addWidget(self.busy)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Change passphrase"))
        a11y(ok, self.tr("Change passphrase"))
        a11y(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        plain_buttons(self.buttons)
        col.addWidget(self.buttons)
        self.new.textChanged.connect(self.meter.set_passphrase)

    def submit(self) -> None:
        current, new = self.current.text(), self.new.text()
        if not current:
            self.current.set_error(self.tr("Type your current passphrase."))
            return
        if new != self.repeat.text():
            self.repeat.set_error(self.tr("The two new passphrases differ."))
            return
        strength = assess(new)
        if not strength.acceptable:
            self.new.set_error(self.tr("That passphrase is too weak. Follow the advice below it."))
            return
        self.busy.start(self.tr("Checking and changing the passphrase…"))
        self.buttons.setEnabled(False)

        def done(ok: bool) -> None:
            self.busy.stop()
            self.buttons.setEnabled(True)
            if not ok:
                self.current.set_error(self.tr("That is not the current passphrase."))
                self.current.edit.selectAll()
                self.current.setFocus()
                return
            self.changed = True
            self.current.clear()
            self.new.clear()
            self.repeat.clear()
            self.accept()

        def failed(exc: BaseException) -> bool:
            self.busy.stop()
            self.buttons.setEnabled(True)
            if isinstance(exc, MentorVaultError):
                self.new.set_error(describe(exc))
                return True
            return False

        self.session.call(lambda v: ops.change_passphrase(v, current, new), done, failed)


class VerifyBackupDialog(QDialog):
    """Opens a backup read-only, checks every page and says how many entries it holds."""

    def __init__(self, services: Services, start: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.start = start
        self.count: int | None = None
        self.setWindowTitle(self.tr("Verify a backup"))
        self.setMinimumWidth(520)
        col = QVBoxLayout(self)
        self.intro = styled_label(self.tr(
            "Checks that a backup file is complete and can be opened, without changing anything. "
            "Use the passphrase the vault had when the backup was made, or your recovery key."), "muted")
        col.addWidget(self.intro)
        form = QFormLayout()
        row = QHBoxLayout()
        self.file = QLineEdit()
        a11y(self.file, self.tr("Backup file"))
        choose = QPushButton(self.tr("Choose…"))
        a11y(choose, self.tr("Choose the backup file"))
        choose.clicked.connect(self._choose)
        row.addWidget(self.file, 1)
        row.addWidget(choose)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.file)
        form.addRow(file_label, row)
        self.passphrase = PassphraseField(self.tr("Passphrase or recovery key"),
                                          self.tr("The passphrase, or the recovery key, of the backed-up vault"))
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.use_recovery = QCheckBox(self.tr("This is my &recovery key"))
        a11y(self.use_recovery, self.tr("Use the recovery key"))
        form.addRow("", self.use_recovery)
        col.addLayout(form)
        self.busy = Busy()
        col.addWidget(self.busy)
        self.result_label = styled_label("", "muted")
        col.addWidget(self.result_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.verify_button = self.buttons.addButton(self.tr("&Verify"), QDialogButtonBox.ButtonRole.ActionRole)
        a11y(self.verify_button, self.tr("Verify"))
        a11y(self.buttons.button(QDialogButtonBox.StandardButton.Close), self.tr("Close"))
        self.verify_button.setDefault(True)
        self.verify_button.clicked.connect(self.verify)
        self.buttons.rejected.connect(self.reject)
        plain_buttons(self.buttons)
        col.addWidget(self.buttons)
        self.passphrase.returnPressed.connect(self.verify)

    def _failed(self, exc: BaseException) -> None:
        """A refusal is one calm sentence under the form; anything unexpected is an apology."""
        self.busy.stop()
        self.verify_button.setEnabled(True)
        if isinstance(exc, MentorVaultError):
            self.result_label.setText(describe(exc))
            self.result_label.setProperty("role", "inline-error")
            self.result_label.style().polish(self.result_label)
        else:
            self.services.reporter.report(exc, self)

    def _choose(self) -> None:
        path = self.services.dialogs.open_file(self, self.tr("Choose a backup"), self.start,
                                               self.tr("MentorVault backups (*%1);;All files (*)").replace(
                                                   "%1", BACKUP_SUFFIX))
        if path is not None:
            self.file.setText(str(path))

    def verify(self) -> None:
        source = self.file.text().strip()
        secret = self.passphrase.text()
        if not source:
            self.result_label.setText(self.tr("Choose a backup file first."))
            return
        if not secret:
            self.passphrase.set_error(self.tr("Type the passphrase or the recovery key."))
            return
        recovery = self.use_recovery.isChecked()
        self.busy.start(self.tr("Opening the backup read-only and checking every page…"))
        self.verify_button.setEnabled(False)
        self.result_label.setText("")

        def done(count: int) -> None:
            self.busy.stop()
            self.verify_button.setEnabled(True)
            self.count = count
            self.passphrase.clear()
            text = (self.tr("The backup is complete and readable. It holds one entry.") if count == 1 else
                    self.tr("The backup is complete and readable. It holds %n entries.", "", count))
            self.result_label.setText(text)
            self.result_label.setProperty("role", "ok")
            self.result_label.style().polish(self.result_label)

        self.services.worker.submit(lambda: ops.verify_backup(source, secret, recovery), done, self._failed)


class RestoreBackupDialog(VerifyBackupDialog):
    """Restores a backup (checked fully first) into a new vault folder; the damaged one is left as it is."""

    def __init__(self, services: Services, start: Path | None = None, target: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, start, parent)
        self.restored: Path | None = None
        self.setWindowTitle(self.tr("Restore a backup"))
        self.intro.setText(self.tr(
            "Checks every page of the backup, then makes it a vault in a new folder. The current vault folder "
            "is left exactly as it is. Use the passphrase the vault had when the backup was made, or your "
            "recovery key."))
        self.target = QLineEdit(str(target) if target else "")
        a11y(self.target, self.tr("New vault folder"),
             self.tr("An empty or new folder; the backup becomes a vault there. Nothing else is touched."))
        form = self.findChild(QFormLayout)
        if form is not None:
            form.insertRow(1, self.tr("Restore &into:"), self.target)
        self.verify_button.setText(self.tr("&Restore"))
        a11y(self.verify_button, self.tr("Restore"))
        self.verify_button.clicked.disconnect()
        self.verify_button.clicked.connect(self.restore)
        self.passphrase.returnPressed.disconnect()
        self.passphrase.returnPressed.connect(self.restore)

    def restore(self) -> None:
        source = self.file.text().strip()
        target = self.target.text().strip()
        secret = self.passphrase.text()
        if not source or not target:
            self.result_label.setText(self.tr("Choose a backup file and a new folder for the vault."))
            return
        if not secret:
            self.passphrase.set_error(self.tr("Type the passphrase or the recovery key."))
            return
        recovery = self.use_recovery.isChecked()
        self.busy.start(self.tr("Checking every page of the backup, then restoring it…"))
        self.verify_button.setEnabled(False)
        self.result_label.setText("")

        def done(count: int) -> None:
            self.busy.stop()
            self.passphrase.clear()
            self.count = count
            self.restored = Path(target)
            self.accept()

        self.services.worker.submit(lambda: ops.restore_backup(source, target, secret, recovery), done, self._failed)


__all__ = ["SettingsDialog", "SettingsValues", "ChangePassphraseDialog", "VerifyBackupDialog", "RestoreBackupDialog"]
