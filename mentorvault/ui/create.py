"""Creating a vault: passphrase twice with a strength meter, the recovery key once, then "remember"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentorvault.domain.passphrase import assess
from mentorvault.errors import MentorVaultError
from mentorvault.ui.errors import describe
from mentorvault.ui.logic.opening import create_vault
from mentorvault.ui.logic.settings import remember_device
from mentorvault.ui.passphrase_field import PassphraseField, StrengthMeter
from mentorvault.ui.services import Services
from mentorvault.ui.widgets import Busy, a11y, primary_button, styled_label
from mentorvault.vault import Vault, default_vault_dir


def display_key(key: str, per_line: int = 7) -> str:
    """The recovery key on two lines at group boundaries, so it never wraps in the middle of a group."""
    groups = key.split("-")
    return "\n".join("-".join(groups[i: i + per_line]) for i in range(0, len(groups), per_line))


def _page(title: str, intro: str) -> tuple[QWidget, QVBoxLayout]:
    page = QWidget()
    outer = QHBoxLayout(page)
    outer.addStretch(1)
    holder = QWidget()
    holder.setMaximumWidth(560)
    holder.setMinimumWidth(440)
    column = QVBoxLayout(holder)
    column.setSpacing(12)
    column.addStretch(1)
    column.addWidget(styled_label(title, "heading"))
    if intro:
        column.addWidget(styled_label(intro, "muted"))
    outer.addWidget(holder, 4)
    outer.addStretch(1)
    return page, column


class CreateVaultView(QWidget):
    """Three steps; emits ``created(vault, folder)`` when the user is done."""

    back = Signal()
    created = Signal(object, Path)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.vault: Vault | None = None
        self.folder: Path | None = None
        self._recovery = ""
        layout = QVBoxLayout(self)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        self._build_passphrase_page()
        self._build_recovery_page()
        self._build_remember_page()

    # ------------------------------------------------------------ step 1: folder and passphrase

    def _build_passphrase_page(self) -> None:
        page, col = _page(self.tr("Create your vault"), self.tr(
            "Your vault is encrypted with a passphrase only you know. Nobody, including the makers of "
            "MentorVault, can open it without the passphrase or the recovery key you will see next."))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        folder_row = QHBoxLayout()
        self.folder_edit = QLineEdit(str(default_vault_dir()))
        a11y(self.folder_edit, self.tr("Vault folder"), self.tr("An empty or new folder for the vault"))
        self.browse = QPushButton(self.tr("Choose…"))
        a11y(self.browse, self.tr("Choose the vault folder"))
        self.browse.clicked.connect(self._choose_folder)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse)
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(80)
        self.name_edit.setPlaceholderText(self.tr("How your partners will see you"))
        a11y(self.name_edit, self.tr("Your name"),
             self.tr("Your name goes on the contact card you give partners. You can change it later in Settings."))
        name_label = QLabel(self.tr("Your &name:"))
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, self.name_edit)
        name_help = styled_label(self.tr("On the contact card you give partners. Optional; Settings changes it."),
                                 "muted")  # wraps: longer in German and Spanish
        form.addRow("", name_help)
        self.passphrase = PassphraseField(self.tr("New passphrase"), self.tr("At least 10 characters"))
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.meter = StrengthMeter()
        form.addRow("", self.meter)
        self.repeat = PassphraseField(self.tr("Repeat the passphrase"), self.tr("Type the same passphrase again"))
        form.addRow(self.tr("&Repeat it:"), self.repeat)
        col.addLayout(form)
        self.match = styled_label("", "muted")
        col.addWidget(self.match)
        self.busy = Busy()
        col.addWidget(self.busy)
        self.error = styled_label("", "inline-error")
        self.error.hide()
        col.addWidget(self.error)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back"))
        a11y(self.back_button, self.tr("Back to the start"))
        self.back_button.clicked.connect(self.back)
        self.create_button = primary_button(self.tr("Create vault"))
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self.create_vault)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        col.addLayout(buttons)
        col.addStretch(2)
        self.passphrase.textChanged.connect(self.meter.set_passphrase)
        self.passphrase.textChanged.connect(self._update_state)
        self.repeat.textChanged.connect(self._update_state)
        self.meter.changed.connect(self._update_state)
        self.repeat.returnPressed.connect(self.create_vault)
        self.stack.addWidget(page)
        self.setTabOrder(self.folder_edit, self.browse)
        self.setTabOrder(self.browse, self.name_edit)
        self.setTabOrder(self.name_edit, self.passphrase.edit)
        self.setTabOrder(self.passphrase.edit, self.repeat.edit)
        self.setTabOrder(self.repeat.edit, self.create_button)

    def _choose_folder(self) -> None:
        folder = self.services.dialogs.open_folder(self, self.tr("Choose an empty folder for the vault"),
                                                   Path(self.folder_edit.text()).expanduser().parent)
        if folder is not None:
            self.folder_edit.setText(str(folder))

    def _update_state(self, *_: object) -> None:
        first, second = self.passphrase.text(), self.repeat.text()
        if not second:
            self.match.setText("")
        elif first == second:
            self.match.setText(self.tr("The two passphrases match."))
        else:
            self.match.setText(self.tr("The two passphrases do not match yet."))
        strength = self.meter.strength
        ok = bool(first) and first == second and strength is not None and strength.acceptable
        self.create_button.setEnabled(ok and not self.busy.isVisible())

    def create_vault(self) -> None:
        first = self.passphrase.text()
        if first != self.repeat.text():
            self.repeat.set_error(self.tr("The two passphrases differ. Type the same passphrase twice."))
            return
        if not assess(first).acceptable:
            self.passphrase.set_error(self.tr("That passphrase is too weak. Follow the advice below it."))
            return
        folder = Path(self.folder_edit.text().strip()).expanduser()
        if not self.folder_edit.text().strip():
            self._show_error(self.tr("Choose a folder for the vault."))
            return
        self._set_busy(True, self.tr("Creating the vault and deriving its key…"))
        store, clock = self.services.secret_store, self.services.clock
        name = self.name_edit.text().strip()

        def done(result: tuple[Vault, str]) -> None:
            self._set_busy(False)
            self.vault, self._recovery = result
            self.folder = folder
            self.passphrase.clear()
            self.repeat.clear()
            self.recovery_label.setText(display_key(self._recovery))
            self.stack.setCurrentIndex(1)
            self.confirm.setFocus()

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if isinstance(exc, MentorVaultError):
                self._show_error(describe(exc))
            else:
                self.services.reporter.report(exc, self)

        self.services.worker.submit(lambda: create_vault(folder, first, store, clock, name), done, failed)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        for w in (self.folder_edit, self.browse, self.name_edit, self.passphrase, self.repeat, self.back_button):
            w.setEnabled(not busy)
        if busy:
            self.error.hide()
            self.busy.start(text)
            self.create_button.setEnabled(False)
        else:
            self.busy.stop()
            self._update_state()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # ------------------------------------------------------------ step 2: recovery key

    def _build_recovery_page(self) -> None:
        page, col = _page(self.tr("Your recovery key"), self.tr(
            "If you ever forget your passphrase, this key is the only way back into your vault. "
            "It is shown only now. Write it down on paper, or save or print it, and keep it somewhere safe "
            "away from this computer."))
        self.recovery_label = styled_label("", "recovery", selectable=True)
        self.recovery_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        a11y(self.recovery_label, self.tr("Recovery key"))
        col.addWidget(self.recovery_label)
        row = QHBoxLayout()
        self.save_key = QPushButton(self.tr("&Save to a file…"))
        a11y(self.save_key, self.tr("Save the recovery key to a file"),
             self.tr("Keep the file somewhere other than this computer, such as a USB stick in a drawer"))
        self.save_key.clicked.connect(self._save_key)
        self.print_key = QPushButton(self.tr("&Print…"))
        a11y(self.print_key, self.tr("Print the recovery key"))
        self.print_key.clicked.connect(self._print_key)
        row.addWidget(self.save_key)
        row.addWidget(self.print_key)
        row.addStretch(1)
        col.addLayout(row)
        self.key_note = styled_label("", "ok")
        self.key_note.hide()
        col.addWidget(self.key_note)
        self.confirm = QCheckBox(self.tr("I have written it down or stored it somewhere safe"))
        a11y(self.confirm, self.tr("I have written down the recovery key"))
        col.addWidget(self.confirm)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.continue_button = primary_button(self.tr("Continue"))
        self.continue_button.setEnabled(False)
        self.confirm.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._after_recovery)
        buttons.addWidget(self.continue_button)
        col.addLayout(buttons)
        col.addStretch(2)
        self.stack.addWidget(page)

    def _key_text(self) -> str:
        return "\n".join([
            self.tr("MentorVault recovery key"),
            "",
            self._recovery,
            "",
            self.tr("Vault folder: %1").replace("%1", str(self.folder)),
            self.tr("This key unlocks the vault if the passphrase is forgotten. Keep it private and safe."),
        ]) + "\n"

    def _save_key(self) -> None:
        target = self.services.dialogs.save_file(self, self.tr("Save the recovery key"),
                                                 Path.home() / "mentorvault-recovery-key.txt",
                                                 self.tr("Text files (*.txt)"))
        if target is None:
            return
        try:
            import os

            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(self._key_text())
        except OSError as exc:
            self.services.dialogs.error(self, self.tr("Not saved"), self.tr(
                "The recovery key could not be saved there (%1). Pick another place, or write it down."
            ).replace("%1", exc.strerror or type(exc).__name__))
            return
        self.key_note.setText(self.tr("Saved to %1.").replace("%1", str(target)))
        self.key_note.show()

    def _print_key(self) -> None:
        if self.services.dialogs.print_text(self, self.tr("MentorVault recovery key"), self._key_text()):
            self.key_note.setText(self.tr("Sent to the printer."))
            self.key_note.show()

    def _after_recovery(self) -> None:
        self._recovery = ""
        self.recovery_label.clear()
        self.stack.setCurrentIndex(2)
        self.remember_button.setFocus()

    # ------------------------------------------------------------ step 3: remember on this device

    def _build_remember_page(self) -> None:
        page, col = _page(self.tr("Remember this vault on this computer?"), self.tr(
            "MentorVault can keep a key for this vault in your system keyring, so you can unlock it here "
            "without typing the passphrase. Anyone who can log in as you on this computer could then open "
            "it too. You can change this later in Settings."))
        self.remember_error = styled_label("", "inline-error")
        self.remember_error.hide()
        col.addWidget(self.remember_error)
        self.remember_busy = Busy()
        col.addWidget(self.remember_busy)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.not_now = QPushButton(self.tr("&Not now"))
        a11y(self.not_now, self.tr("Do not remember this device"))
        self.not_now.clicked.connect(self._finish)
        self.remember_button = primary_button(self.tr("&Remember this computer"))
        self.remember_button.clicked.connect(self._remember)
        buttons.addWidget(self.not_now)
        buttons.addWidget(self.remember_button)
        col.addLayout(buttons)
        col.addStretch(2)
        self.stack.addWidget(page)

    def _remember(self) -> None:
        vault = self.vault
        if vault is None:
            return
        self.remember_busy.start(self.tr("Storing the key in the system keyring…"))
        self.remember_button.setEnabled(False)

        def done(_: object) -> None:
            self.remember_busy.stop()
            self._finish()

        def failed(exc: BaseException) -> None:
            self.remember_busy.stop()
            self.remember_button.setEnabled(True)
            if isinstance(exc, MentorVaultError):
                self.remember_error.setText(describe(exc) + " " + self.tr("You can continue without it."))
                self.remember_error.show()
                self.not_now.setText(self.tr("Continue"))
                self.remember_button.hide()
            else:
                self.services.reporter.report(exc, self)

        self.services.worker.submit(lambda: remember_device(vault, True), done, failed)

    def _finish(self) -> None:
        vault, folder = self.vault, self.folder
        self.reset()
        if vault is not None and folder is not None:
            self.created.emit(vault, folder)

    # ------------------------------------------------------------ reuse

    def reset(self) -> None:
        self.vault = None
        self._recovery = ""
        self.recovery_label.clear()
        self.passphrase.clear()
        self.repeat.clear()
        self.name_edit.clear()
        self.confirm.setChecked(False)
        self.key_note.hide()
        self.error.hide()
        self.remember_error.hide()
        self.remember_button.show()
        self.remember_button.setEnabled(True)
        self.not_now.setText(self.tr("&Not now"))
        self.stack.setCurrentIndex(0)
        self.meter.set_passphrase("")

    def focus_first(self) -> None:
        self.name_edit.setFocus()

    def abandon(self) -> Vault | None:
        """If the window closes half-way, hand back the created (unlocked) vault to be locked."""
        vault, self.vault = self.vault, None
        return vault
