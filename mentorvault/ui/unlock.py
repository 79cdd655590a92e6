"""Unlocking: passphrase, recovery key, or the key remembered on this device.

Key derivation runs on the worker with a busy indicator; a wrong passphrase
is a calm line under the field, never a dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentorvault.errors import MentorVaultError
from mentorvault.ui import theme
from mentorvault.ui.errors import describe
from mentorvault.ui.logic.opening import open_vault
from mentorvault.ui.logic.vaultinfo import unlock_methods
from mentorvault.ui.passphrase_field import PassphraseField
from mentorvault.ui.services import Services
from mentorvault.ui.widgets import Busy, Notice, a11y, link_button, primary_button, styled_label

if TYPE_CHECKING:  # the vault (crypto, SQLCipher) is imported on the worker when the user unlocks
    from mentorvault.domain.models import UpgradeProgress
    from mentorvault.ui.logic.demo import DemoVault
    from mentorvault.vault import Vault


class UnlockView(QWidget):
    unlocked = Signal(object, Path)  # Vault, folder
    unlockStarted = Signal()  # the key derivation is running on the worker
    back = Signal()
    # An upgrade of an older vault's storage (step, done, total), emitted on the worker: Qt queues it to this view.
    upgradeProgressed = Signal(str, int, int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.folder: Path | None = None
        self.demo: DemoVault | None = None
        self.used_recovery_key = False  # how the last unlock went: the window then offers a new passphrase
        self._busy = False
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        holder = QWidget()
        holder.setMaximumWidth(480)
        holder.setMinimumWidth(400)
        col = QVBoxLayout(holder)
        col.setSpacing(12)
        col.addStretch(2)
        icon = QLabel()
        icon.setPixmap(theme.icon("lock").pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        a11y(icon, self.tr("Locked"))
        col.addWidget(icon)
        heading = styled_label(self.tr("Your vault is locked"), "heading")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        col.addWidget(heading)
        self.folder_label = styled_label("", "muted")
        self.folder_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        col.addWidget(self.folder_label)
        self.demo_notice = Notice("demo", "prompt")
        col.addWidget(self.demo_notice)
        self.demo_notice.hide()

        self.modes = QStackedWidget()
        # passphrase mode
        pass_page = QWidget()
        pl = QVBoxLayout(pass_page)
        pl.setContentsMargins(0, 0, 0, 0)
        self.passphrase = PassphraseField(self.tr("Passphrase"), self.tr("The passphrase of this vault"),
                                          self.tr("Passphrase"))
        pl.addWidget(self.passphrase)
        self.modes.addWidget(pass_page)
        # recovery key mode
        key_page = QWidget()
        kl = QVBoxLayout(key_page)
        kl.setContentsMargins(0, 0, 0, 0)
        self.recovery = QLineEdit()
        self.recovery.setPlaceholderText(self.tr("Recovery key, in groups of characters"))
        self.recovery.setFont(QFont("DejaVu Sans Mono"))
        a11y(self.recovery, self.tr("Recovery key"), self.tr("The recovery key you wrote down when you created the vault"))
        kl.addWidget(self.recovery)
        self.modes.addWidget(key_page)
        self.modes.setSizePolicy(self.modes.sizePolicy().horizontalPolicy(),
                                 self.passphrase.sizePolicy().verticalPolicy())
        col.addWidget(self.modes)

        self.message = styled_label("", "inline-error")
        self.message.hide()
        col.addWidget(self.message)
        self.busy = Busy()
        col.addWidget(self.busy)

        row = QHBoxLayout()
        self.switch_button = link_button(self.tr("Use my recovery key instead"))
        a11y(self.switch_button, self.tr("Switch between passphrase and recovery key"))
        self.switch_button.clicked.connect(self._switch_mode)
        row.addWidget(self.switch_button)
        row.addStretch(1)
        self.unlock_button = primary_button(self.tr("&Unlock"))
        self.unlock_button.clicked.connect(self.unlock)
        row.addWidget(self.unlock_button)
        col.addLayout(row)
        self.device_button = QPushButton(theme.icon("shield"), self.tr("Unlock with this &computer's key"))
        a11y(self.device_button, self.tr("Unlock with the key remembered on this computer"))
        self.device_button.clicked.connect(self.unlock_with_device)
        col.addWidget(self.device_button)
        self.back_button = link_button(self.tr("Open another vault or create one"))
        a11y(self.back_button, self.tr("Back to the start"))
        self.back_button.clicked.connect(self.back)
        col.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignHCenter)
        col.addStretch(3)
        outer.addWidget(holder, 3)
        outer.addStretch(1)

        self.passphrase.returnPressed.connect(self.unlock)
        self.recovery.returnPressed.connect(self.unlock)
        self.passphrase.textChanged.connect(lambda _: self.message.hide())
        self.recovery.textChanged.connect(lambda _: self.message.hide())
        self.upgradeProgressed.connect(self.show_upgrade)
        self.setTabOrder(self.passphrase.edit, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.switch_button)
        self.setTabOrder(self.switch_button, self.device_button)
        self.setTabOrder(self.device_button, self.back_button)

    # ------------------------------------------------------------ state

    def set_folder(self, folder: Path, demo: DemoVault | None = None) -> None:
        self.folder = folder
        self.demo = demo
        self.folder_label.setText(self.tr("Demo vault") if demo else str(folder))
        if demo is not None:
            self.demo_notice.set_text(self.tr(
                "This is the demo vault. Its passphrase is: %1").replace("%1", demo.passphrase))
        self.demo_notice.setVisible(demo is not None)
        self.device_button.setVisible(demo is None and unlock_methods(folder).device)
        self.modes.setCurrentIndex(0)
        self.switch_button.setText(self.tr("Use my recovery key instead"))
        self.switch_button.setVisible(demo is None)
        self.clear()

    def clear(self) -> None:
        self.passphrase.clear()
        self.recovery.clear()
        self.message.hide()
        self._set_busy(False)

    def focus_first(self) -> None:
        (self.passphrase if self.modes.currentIndex() == 0 else self.recovery).setFocus()

    @property
    def using_recovery_key(self) -> bool:
        return self.modes.currentIndex() == 1

    def _switch_mode(self) -> None:
        to_key = self.modes.currentIndex() == 0
        self.modes.setCurrentIndex(1 if to_key else 0)
        self.switch_button.setText(self.tr("Use my passphrase instead") if to_key
                                   else self.tr("Use my recovery key instead"))
        self.message.hide()
        self.focus_first()

    def show_upgrade(self, step: str, done: int, total: int) -> None:
        """How far an upgrade of the vault's storage has come (the first unlock after an update)."""
        if not self._busy:
            return
        if step == "compacting":
            self.busy.set_progress(self.tr("Upgrading the vault's storage: giving the freed space back to the disk…"),
                                   0, 0)
        else:
            locale = QLocale()
            self.busy.set_progress(self.tr("Upgrading the vault's storage: %1 of %2 entries…").replace(
                "%1", locale.toString(done)).replace("%2", locale.toString(total)), done, total)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        for w in (self.passphrase, self.recovery, self.unlock_button, self.switch_button, self.device_button,
                  self.back_button):
            w.setEnabled(not busy)
        if busy:
            self.message.hide()
            self.busy.start(text)
        else:
            self.busy.stop()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.show()

    # ------------------------------------------------------------ unlocking

    def unlock(self) -> None:
        if self._busy or self.folder is None:
            return
        if self.using_recovery_key:
            key = self.recovery.text().strip()
            if not key:
                self.show_message(self.tr("Type your recovery key first."))
                return
            self._open(dict(recovery_key=key), self.tr("Checking the recovery key…"))
        else:
            passphrase = self.passphrase.text()
            if not passphrase:
                self.show_message(self.tr("Type your passphrase first."))
                return
            self._open(dict(passphrase=passphrase), self.tr("Unlocking… deriving the key takes a moment."))

    def unlock_with_device(self) -> None:
        if self._busy or self.folder is None:
            return
        self._open(dict(use_device=True), self.tr("Unlocking with this computer's key…"))

    def _open(self, how: dict[str, object], busy_text: str) -> None:
        folder = self.folder
        assert folder is not None
        self._set_busy(True, busy_text)
        store, clock = self.services.secret_store, self.services.clock
        if self.demo is not None:
            from mentorvault.ui.logic.demo import NoKeyring

            store = NoKeyring()

        def done(vault: Vault) -> None:
            self._set_busy(False)
            self.used_recovery_key = "recovery_key" in how
            self.passphrase.clear()
            self.recovery.clear()
            self.unlocked.emit(vault, folder)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if isinstance(exc, MentorVaultError):
                self.show_message(describe(exc))
                target = self.recovery if self.using_recovery_key else self.passphrase.edit
                target.selectAll()
                target.setFocus()
            else:
                self.services.reporter.report(exc, self)

        def report(p: UpgradeProgress) -> None:  # on the worker thread: only a signal crosses to the window
            self.upgradeProgressed.emit(p.step, p.done, p.total)

        # The vault's modules are imported at this first call, on the worker, off the UI thread.
        self.services.worker.submit(lambda: open_vault(folder, store, clock, report, **how), done, failed)
        self.unlockStarted.emit()
