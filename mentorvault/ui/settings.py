"""Settings, changing the passphrase, and verifying a backup."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from mentorvault.domain.passphrase import assess
from mentorvault.domain.settings import SETTINGS, Settings
from mentorvault.errors import MentorVaultError
from mentorvault.ui import language, spelling
from mentorvault.ui.errors import describe
from mentorvault.ui.logic import settings as ops
from mentorvault.ui.logic.settings import SettingsValues
from mentorvault.ui.logic.spelling import SpellingStatus
from mentorvault.ui.passphrase_field import PassphraseField, StrengthMeter
from mentorvault.ui.services import Services
from mentorvault.ui.session import Session
from mentorvault.ui.widgets import Busy, a11y, plain_buttons, styled_label
from mentorvault.ui.wording import Context, date_time_text
from mentorvault.vault import BACKUP_SUFFIX, BackupStatus
from mentorvault.vault.keys import BackupsReplaced, RekeyProgress, RekeyResult

# How the window words each setting of the registry (domain/settings.py says what it is).
_WORDING: dict[str, dict[str, object]] = {
    "your_name": {
        "label": QT_TRANSLATE_NOOP("SettingsDialog", "Your &name:"),
        "name": QT_TRANSLATE_NOOP("SettingsDialog", "Your name"),
        "description": QT_TRANSLATE_NOOP("SettingsDialog", "How partners see you on your contact card "
                                                           "and on the bundles you send"),
    },
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
    "remind_meetings": {
        "label": QT_TRANSLATE_NOOP("SettingsDialog", "A meeting is &due tomorrow"),
        "name": QT_TRANSLATE_NOOP("SettingsDialog", "Remind me of a meeting due tomorrow"),
        "description": QT_TRANSLATE_NOOP("SettingsDialog", "From the next agenda's date or the partner's "
                                                           "meeting rhythm"),
    },
    "remind_bundles": {
        "label": QT_TRANSLATE_NOOP("SettingsDialog", "A partner's bundle &arrived"),
        "name": QT_TRANSLATE_NOOP("SettingsDialog", "Tell me when a partner's bundle arrived"),
    },
    "remind_session_notes": {
        "label": QT_TRANSLATE_NOOP("SettingsDialog", "A session note is not &written the day after a meeting"),
        "name": QT_TRANSLATE_NOOP("SettingsDialog", "Remind me to write the session note"),
    },
    "remind_agreement_reviews": {
        "label": QT_TRANSLATE_NOOP("SettingsDialog", "An a&greement's review date has passed"),
        "name": QT_TRANSLATE_NOOP("SettingsDialog", "Remind me to review a boundary agreement"),
    },
    "reminders_show_names": {
        "label": QT_TRANSLATE_NOOP("SettingsDialog", "Show names &in reminders"),
        "name": QT_TRANSLATE_NOOP("SettingsDialog", "Show names in reminders"),
        "description": QT_TRANSLATE_NOOP("SettingsDialog", "Off: a reminder names no person and no entry, "
                                                           "since lock screens show notifications"),
    },
    "spelling_language": {
        "label": QT_TRANSLATE_NOOP("SettingsDialog", "&Spelling:"),
        "name": QT_TRANSLATE_NOOP("SettingsDialog", "Spell-checking language"),
        "description": QT_TRANSLATE_NOOP("SettingsDialog", "Misspelt words are underlined in every text field; "
                                                           "right-click one for suggestions"),
    },
}

# The choices of a setting with a list of values, in the window's words.
_CHOICES: dict[str, object] = {
    "": QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system language"),
    "off": QT_TRANSLATE_NOOP("SettingsDialog", "Off"),
    "en_US": QT_TRANSLATE_NOOP("SettingsDialog", "English (United States)"),
    "de_DE": QT_TRANSLATE_NOOP("SettingsDialog", "German (Germany)"),
    "es_ES": QT_TRANSLATE_NOOP("SettingsDialog", "Spanish (Spain)"),
}




def spelling_status_text(status: SpellingStatus) -> str:
    """Whether words are checked, and if not, why and what to do."""
    from mentorvault.ui.logic.spelling import NO_DICTIONARY, NO_LIBRARY, TURNED_OFF

    # QCoreApplication.translate spelled out: lupdate reads only calls by that name with a literal context.
    if status.available:
        return QCoreApplication.translate(
            "SettingsDialog", "Spell checking is on, with the %1 dictionary. Words you add to the "
                              "dictionary are kept inside the vault.").replace("%1", status.language)
    if status.problem == TURNED_OFF:
        return QCoreApplication.translate("SettingsDialog", "Spell checking is off.")
    if status.problem == NO_LIBRARY:
        return QCoreApplication.translate(
            "SettingsDialog", "Spell checking is not available: the spelling library (Enchant, with "
                              "pyenchant) is not installed. Everything else works; install it to have "
                              "misspelt words underlined.")
    if status.problem == NO_DICTIONARY:
        return QCoreApplication.translate(
            "SettingsDialog", "Spell checking is not available: no dictionary for %1 is installed "
                              "(on Debian or Ubuntu: the hunspell package of that language).").replace(
            "%1", status.language)
    return QCoreApplication.translate("SettingsDialog", "Spell checking starts when the vault is unlocked.")


class SettingsDialog(QDialog):
    """Vault settings (stored encrypted in the vault) plus the theme (a view preference)."""

    def __init__(self, session: Session, services: Services, theme_mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.services = services
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        s = session.settings
        # The groups scroll inside the dialog on a small screen instead of being squeezed together.
        body = QWidget()
        col = QVBoxLayout(body)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(10)

        # The rows come from the settings registry (domain/settings.py); _WORDING words them here.
        self.fields: dict[str, QWidget] = {}
        you = QGroupBox(self.tr("You"))
        yf = QFormLayout(you)
        self._add_rows(yf, "you", s)
        self.your_name = cast(QLineEdit, self.fields["your_name"])
        self.your_name.setMaxLength(80)
        self.your_name.setPlaceholderText(self.tr("The name your partners know you by"))
        yf.addRow(styled_label(self.tr("Your contact card carries this name. A partner who already has your card "
                                       "sees a new name only when you give them a new card."), "muted"))
        col.addWidget(you)
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
        self.replace_all = QPushButton(self.tr("Re&place all backups…"))
        a11y(self.replace_all, self.tr("Replace all backups with one fresh backup"),
             self.tr("Older backups keep entries deleted since and the passphrase of their day"))
        self.replace_all.clicked.connect(self._replace_all)
        row.addWidget(self.backup_now)
        row.addWidget(self.verify)
        row.addWidget(self.replace_all)
        row.addStretch(1)
        bf.addRow(row)
        self.backup_status = styled_label("", "muted")
        bf.addRow(self.backup_status)
        col.addWidget(backups)

        writing = QGroupBox(self.tr("Writing"))
        wf = QFormLayout(writing)
        self._add_rows(wf, "writing", s)
        self.spelling = cast(QComboBox, self.fields["spelling_language"])
        spelling.hub().request()  # opened now if no text asked for it yet: the status says what it found
        self.spelling_status = styled_label(spelling_status_text(spelling.hub().status), "muted")
        spelling.hub().changed.connect(self._show_spelling_status)
        self.spelling_status.setAccessibleName(self.spelling_status.text())
        wf.addRow(self.spelling_status)
        col.addWidget(writing)

        reminders = QGroupBox(self.tr("Reminders"))
        reminders.setObjectName("reminders")
        rf = QFormLayout(reminders)
        self._add_rows(rf, "reminders", s)
        rf.addRow(styled_label(self.tr("Reminders appear as desktop notifications while MentorVault is unlocked, "
                                       "or in the window where the desktop shows none."), "muted"))
        col.addWidget(reminders)

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
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), language.SYSTEM)
        for code in language.LANGUAGES:
            self.language.addItem(language.NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        a11y(self.language, self.tr("Language"), self.tr("The language of the window and the prompt decks"))
        af.addRow(self.tr("&Language:"), self.language)
        self.language_note = styled_label(self.tr("A new language applies the next time MentorVault starts."),
                                          "muted")
        af.addRow(self.language_note)
        col.addWidget(look)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        a11y(buttons.button(QDialogButtonBox.StandardButton.Ok), self.tr("Save settings"))
        a11y(buttons.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        plain_buttons(buttons)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        screen = self.screen()
        room = int(screen.availableGeometry().height() * 0.8) if screen is not None else 700
        scroll.setMinimumHeight(min(body.sizeHint().height(), room))
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)
        self._show_device()
        if session.demo is None:
            session.call(ops.backup_status, self._show_automatic, lambda exc: True)
        else:
            self.automatic_status.hide()
            self.device_button.setEnabled(False)
            self.passphrase_button.setEnabled(False)
            self.backup_now.setEnabled(False)
            self.replace_all.setEnabled(False)
            self.device_status.setText(self.tr("This is the demo vault: it cannot be remembered, backed up or given "
                                               "a new passphrase, and it is deleted when you quit."))

    def _show_spelling_status(self) -> None:
        if isValid(self.spelling_status):
            self.spelling_status.setText(spelling_status_text(spelling.hub().status))
            self.spelling_status.setAccessibleName(self.spelling_status.text())

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
            elif spec.choices:
                combo = QComboBox()
                for choice in spec.choices:
                    combo.addItem(self.tr(str(_CHOICES.get(choice, choice))), choice)
                combo.setCurrentIndex(max(0, combo.findData(value)))
                a11y(combo, name, description)
                form.addRow(label, combo)
                self.fields[spec.name] = combo
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
                              self.keep.value(), self.theme.currentData(), self.your_name.text().strip(),
                              self.spelling.currentData(), self.language.currentData(),
                              {spec.name: cast(QCheckBox, self.fields[spec.name]).isChecked()
                               for spec in SETTINGS if spec.group == "reminders"})

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
            when = date_time_text(status.newest_at.astimezone())
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

    def _replace_all(self) -> None:
        session = self.session
        if not self.services.dialogs.confirm(
                self, self.tr("Replace all backups?"),
                self.tr("Older backups still hold entries you have deleted since, and they open with the passphrase "
                        "the vault had when they were made. This writes one fresh backup of the vault as it is now, "
                        "then removes the other backups in %1. Backup files you saved elsewhere are not touched.")
                .replace("%1", str(self._backup_folder())),
                self.tr("Replace backups")):
            return
        self.replace_all.setEnabled(False)
        self.backup_status.setText(self.tr("Writing a fresh backup…"))

        def done(result: BackupsReplaced) -> None:
            self.replace_all.setEnabled(True)
            self.backup_status.setText(replaced_text(result))

        def failed(exc: BaseException) -> bool:
            self.replace_all.setEnabled(True)
            if isinstance(exc, MentorVaultError):
                self.backup_status.setText(describe(exc))
                return True
            return False

        session.call(ops.replace_backups, done, failed)

    def _backup_folder(self) -> Path:
        return Path(self.backup_dir.text().strip() or self.session.folder / "backups")

    def _verify(self) -> None:
        start = self.session.folder / "backups"
        dialog = VerifyBackupDialog(self.services, start, self)
        self.services.dialogs.run(dialog)

    def _change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self.session, self.services, self)
        self.services.dialogs.run(dialog)


class ChangePassphraseDialog(QDialog):
    """Change the passphrase; with ``recovered`` (unlocked with the recovery key) the old one is not asked."""

    def __init__(self, session: Session, services: Services, parent: QWidget | None = None,
                 recovered: bool = False) -> None:
        super().__init__(parent)
        self.session = session
        self.services = services
        self.recovered = recovered
        self.changed = False
        self.setWindowTitle(self.tr("Set a new passphrase") if recovered else self.tr("Change passphrase"))
        self.setMinimumWidth(460)
        col = QVBoxLayout(self)
        self.rekey_result: RekeyResult | None = None
        if recovered:
            self.intro = styled_label(self.tr(
                "You opened this vault with your recovery key, so the old passphrase is not needed. "
                "The vault itself is not re-encrypted, and your recovery key keeps working."), "muted")
        else:
            self.intro = styled_label(self.tr(
                "The vault itself is not re-encrypted; only the key that opens it is. Your recovery key "
                "keeps working, and backups made before still open with the old passphrase."), "muted")
        col.addWidget(self.intro)
        form = QFormLayout()
        self.current = PassphraseField(self.tr("Current passphrase"))
        if not recovered:
            form.addRow(self.tr("&Current:"), self.current)
        self.new = PassphraseField(self.tr("New passphrase"))
        form.addRow(self.tr("&New:"), self.new)
        self.meter = StrengthMeter()
        form.addRow("", self.meter)
        self.repeat = PassphraseField(self.tr("Repeat the new passphrase"))
        form.addRow(self.tr("&Repeat:"), self.repeat)
        col.addLayout(form)
        self.rekey_box = QCheckBox(self.tr("&My passphrase may be known to someone"))
        a11y(self.rekey_box, self.tr("My passphrase may be known to someone"),
             self.tr("Also give the vault a new key, so the old passphrase no longer opens it"))
        col.addWidget(self.rekey_box)
        self.rekey_note = styled_label(self.tr(
            "MentorVault will also give the vault a new key and re-encrypt it, so the old passphrase no longer "
            "opens it, and you get a new recovery key to write down. Backups made before still open with the old "
            "passphrase and show only what the vault held when they were made."), "muted")
        self.rekey_note.hide()
        col.addWidget(self.rekey_note)
        self.replace_box = QCheckBox(self.tr("Also replace my &backups with one fresh backup"))
        a11y(self.replace_box, self.tr("Replace my backups with one fresh backup"),
             self.tr("Removes the backups that still open with the old passphrase"))
        self.replace_box.hide()
        col.addWidget(self.replace_box)
        if recovered:  # a re-key asks for the current passphrase; it is offered again in Change passphrase
            self.rekey_box.hide()
        self.rekey_box.toggled.connect(self._rekey_toggled)
        self.busy = Busy()
        col.addWidget(self.busy)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok_text = self.tr("Set passphrase") if recovered else self.tr("Change passphrase")
        ok.setText(ok_text)
        a11y(ok, ok_text)
        a11y(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        plain_buttons(self.buttons)
        col.addWidget(self.buttons)
        self.new.textChanged.connect(self.meter.set_passphrase)
        self.progress: QProgressDialog | None = None

    def _rekey_toggled(self, on: bool) -> None:
        self.intro.setVisible(not on)
        self.rekey_note.setVisible(on)
        self.replace_box.setVisible(on)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Change passphrase and key") if on else self.tr("Change passphrase"))
        a11y(ok, ok.text())
        self.adjustSize()

    def _show_progress(self, step: str, done: int, total: int) -> None:
        """A re-key's progress, on the UI thread (the worker reports facts through a queued signal)."""
        if self.progress is None or not isValid(self.progress):
            return
        words = {
            "deriving": self.tr("Wrapping the new key for your new passphrase…"),
            "copying": self.tr("Re-encrypting the vault with its new key…"),
            "switching": self.tr("Switching to the new key…"),
            "backups": self.tr("Writing a fresh backup and removing the older ones…"),
        }
        self.progress.setLabelText(words.get(step, ""))
        if step == "copying" and total:
            self.progress.setMaximum(total)
            self.progress.setValue(done)
        else:
            self.progress.setMaximum(0)  # a busy indicator: this step has no count

    def submit(self) -> None:
        current, new = self.current.text(), self.new.text()
        if not current and not self.recovered:
            self.current.set_error(self.tr("Type your current passphrase."))
            return
        if new != self.repeat.text():
            self.repeat.set_error(self.tr("The two new passphrases differ."))
            return
        strength = assess(new)
        if not strength.acceptable:
            self.new.set_error(self.tr("That passphrase is too weak. Follow the advice below it."))
            return
        if self.rekey_box.isChecked():
            self._submit_rekey(current, new)
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

        if self.recovered:
            self.session.call(lambda v: ops.set_new_passphrase(v, new), done, failed)
        else:
            self.session.call(lambda v: ops.change_passphrase(v, current, new), done, failed)

    def _submit_rekey(self, current: str, new: str) -> None:
        replace = self.replace_box.isChecked()
        self.buttons.setEnabled(False)
        progress = QProgressDialog(self.tr("Checking the current passphrase…"), "", 0, 0, self)
        progress.setWindowTitle(self.tr("Giving the vault a new key"))
        progress.setCancelButton(None)  # the re-key is safe to interrupt only by a crash; it finishes or undoes
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.progress = progress
        relay = _ProgressRelay(self)
        relay.progressed.connect(self._show_progress)
        progress.show()

        def report(p: RekeyProgress) -> None:  # on the worker thread: only a signal crosses to the window
            relay.progressed.emit(p.step, p.done, p.total)

        def finish() -> None:
            self.buttons.setEnabled(True)
            progress.close()
            self.progress = None

        def done(result: RekeyResult | None) -> None:
            finish()
            if result is None:
                self.current.set_error(self.tr("That is not the current passphrase."))
                self.current.edit.selectAll()
                self.current.setFocus()
                return
            self.changed = True
            self.rekey_result = result
            if result.device == "dropped":
                self.session.remembers_device = False
            self.current.clear()
            self.new.clear()
            self.repeat.clear()
            self.services.dialogs.run(RekeyDoneDialog(self.session, self.services, result, self))
            self.accept()

        def failed(exc: BaseException) -> bool:
            finish()
            if isinstance(exc, MentorVaultError):
                self.new.set_error(describe(exc))
                return True
            return False

        self.session.call(lambda v: ops.rekey(v, current, new, replace, report), done, failed)


class _ProgressRelay(QObject):
    """Carries a re-key's progress from the worker thread to the window (a queued connection)."""

    progressed = Signal(str, int, int)


Backups = Context("Backups")


def replaced_text(result: BackupsReplaced) -> str:
    """What replacing the backups did, in the window's words (Settings and the re-key's result say it alike)."""
    return Backups.tr("Wrote one fresh backup, %1, and removed %n older backups.", "",
                      len(result.removed)).replace("%1", str(result.fresh))


class RekeyDoneDialog(QDialog):
    """After a re-key: the new recovery key (shown once) and what the older backups still open with."""

    def __init__(self, session: Session, services: Services, result: RekeyResult,
                 parent: QWidget | None = None) -> None:
        from mentorvault.ui.create import display_key

        super().__init__(parent)
        self.session = session
        self.services = services
        self.facts = result
        self.setWindowTitle(self.tr("The vault has a new key"))
        self.setMinimumWidth(520)
        col = QVBoxLayout(self)
        col.setSpacing(10)
        col.addWidget(styled_label(self.tr(
            "Your new passphrase unlocks the vault now. The old passphrase, and any copy of the old key file, "
            "no longer open it.")))
        if result.device == "dropped":
            col.addWidget(styled_label(self.tr(
                "The keyring could not be reached, so this computer no longer remembers the vault. You can turn "
                "that on again in Settings."), "muted"))
        self.backups_label = styled_label("", "muted", selectable=True)
        col.addWidget(self.backups_label)
        self.replace_button = QPushButton(self.tr("&Replace them with one fresh backup"))
        a11y(self.replace_button, self.tr("Replace the older backups with one fresh backup"))
        self.replace_button.clicked.connect(self._replace)
        col.addWidget(self.replace_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._show_backups(result.old_backups, result.replaced)
        self.confirm: QCheckBox | None = None
        if result.recovery_key is not None:
            col.addWidget(styled_label(self.tr(
                "Your new recovery key: the old one no longer opens the vault. It is shown only now; write it "
                "down and keep it somewhere safe, away from this computer.")))
            self.recovery_label = styled_label(display_key(result.recovery_key), "recovery", selectable=True)
            self.recovery_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            a11y(self.recovery_label, self.tr("New recovery key"))
            col.addWidget(self.recovery_label)
            self.confirm = QCheckBox(self.tr("I have written down the new recovery key"))
            a11y(self.confirm, self.tr("I have written down the new recovery key"))
            col.addWidget(self.confirm)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        a11y(self.close_button, self.tr("Close"))
        buttons.rejected.connect(self.reject)
        plain_buttons(buttons)
        col.addWidget(buttons)
        if self.confirm is not None:
            self.close_button.setEnabled(False)
            self.confirm.toggled.connect(self.close_button.setEnabled)

    def reject(self) -> None:
        if self.confirm is not None and not self.confirm.isChecked():
            return  # the key is shown only now: not closed by Escape before it was written down
        super().reject()

    def _show_backups(self, old: tuple[Path, ...], replaced: BackupsReplaced | None) -> None:
        if replaced is not None:
            text = (replaced_text(replaced) + " " +
                    self.tr("Backup files you saved elsewhere still open with the old passphrase."))
        elif len(old) == 1:
            text = self.tr("One backup made before still opens with the old passphrase and shows only what the "
                           "vault held when it was made.")
        elif old:
            text = self.tr("%n backups made before still open with the old passphrase and show only what the "
                           "vault held when they were made.", "", len(old))
        else:
            text = self.tr("There were no backups to replace. Backup files you saved elsewhere still open with "
                           "the old passphrase.")
        self.backups_label.setText(text)
        self.replace_button.setVisible(bool(old) and replaced is None)

    def _replace(self) -> None:
        self.replace_button.setEnabled(False)

        def done(result: BackupsReplaced) -> None:
            self._show_backups((), result)

        def failed(exc: BaseException) -> bool:
            self.replace_button.setEnabled(True)
            if isinstance(exc, MentorVaultError):
                self.backups_label.setText(describe(exc))
                return True
            return False

        self.session.call(ops.replace_backups, done, failed)


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

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        """This dialog's words in its own context, also when RestoreBackupDialog shows them (PySide's
        ``tr`` looks them up under the subclass's name, where lupdate never put them)."""
        return QCoreApplication.translate("VerifyBackupDialog", text, disambiguation, n)

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
        self.setWindowTitle(QCoreApplication.translate("RestoreBackupDialog", "Restore a backup"))
        self.intro.setText(QCoreApplication.translate("RestoreBackupDialog",
            "Checks every page of the backup, then makes it a vault in a new folder. The current vault folder "
            "is left exactly as it is. Use the passphrase the vault had when the backup was made, or your "
            "recovery key."))
        self.target = QLineEdit(str(target) if target else "")
        a11y(self.target, QCoreApplication.translate("RestoreBackupDialog", "New vault folder"),
             QCoreApplication.translate("RestoreBackupDialog", "An empty or new folder; the backup becomes a vault there. Nothing else is touched."))
        form = self.findChild(QFormLayout)
        if form is not None:
            form.insertRow(1, QCoreApplication.translate("RestoreBackupDialog", "Restore &into:"), self.target)
        self.verify_button.setText(QCoreApplication.translate("RestoreBackupDialog", "&Restore"))
        a11y(self.verify_button, QCoreApplication.translate("RestoreBackupDialog", "Restore"))
        self.verify_button.clicked.disconnect()
        self.verify_button.clicked.connect(self.restore)
        self.passphrase.returnPressed.disconnect()
        self.passphrase.returnPressed.connect(self.restore)

    def restore(self) -> None:
        source = self.file.text().strip()
        target = self.target.text().strip()
        secret = self.passphrase.text()
        if not source or not target:
            self.result_label.setText(QCoreApplication.translate("RestoreBackupDialog", "Choose a backup file and a new folder for the vault."))
            return
        if not secret:
            self.passphrase.set_error(QCoreApplication.translate("RestoreBackupDialog", "Type the passphrase or the recovery key."))
            return
        recovery = self.use_recovery.isChecked()
        self.busy.start(QCoreApplication.translate("RestoreBackupDialog", "Checking every page of the backup, then restoring it…"))
        self.verify_button.setEnabled(False)
        self.result_label.setText("")

        def done(count: int) -> None:
            self.busy.stop()
            self.passphrase.clear()
            self.count = count
            self.restored = Path(target)
            self.accept()

        self.services.worker.submit(lambda: ops.restore_backup(source, target, secret, recovery), done, self._failed)


def verify_backup(services: Services, folder: Path | None, parent: QWidget) -> None:
    """File > Verify a backup…: the dialog, starting in the vault's backups folder."""
    dialog = VerifyBackupDialog(services, (folder / "backups") if folder else None, parent)
    services.dialogs.run(dialog)
    dialog.deleteLater()


def restore_backup(services: Services, folder: Path | None, parent: QWidget) -> Path | None:
    """File > Restore a backup…: the newest automatic backup offered (or any), restored into a new
    folder beside the vault; the folder restored into, if the user went through with it."""
    start = (folder / "backups") if folder else None
    target = folder.with_name(folder.name + "-restored") if folder else None
    dialog = RestoreBackupDialog(services, start, target, parent)
    if folder is not None:
        from mentorvault.ui.logic.opening import find_backups

        newest = find_backups(folder)
        if newest:
            dialog.file.setText(str(newest[0]))
    accepted = services.dialogs.run(dialog)
    restored = dialog.restored
    dialog.deleteLater()
    return restored if accepted else None


__all__ = ["SettingsDialog", "SettingsValues", "ChangePassphraseDialog", "RekeyDoneDialog", "VerifyBackupDialog",
           "RestoreBackupDialog", "restore_backup", "verify_backup"]
