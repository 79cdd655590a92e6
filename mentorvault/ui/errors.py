"""Turning exceptions into plain sentences with a way forward; never a traceback."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mentorvault import errors as E
from mentorvault.ui.logic import crashlog

if TYPE_CHECKING:
    from mentorvault.ui.dialogs import DialogService


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def describe(exc: BaseException) -> str:
    """A sentence the user can act on (the facade's own message when nothing better fits)."""
    if isinstance(exc, E.WrongPassphrase) and str(exc) == E.WrongPassphrase.default_message:
        return _t("That passphrase does not unlock this vault. Check it (and Caps Lock) and try again, "
                  "or unlock with your recovery key.")
    if isinstance(exc, E.WrongRecoveryKey):
        return _t("That recovery key does not unlock this vault. Check each group of characters and try again.")
    if isinstance(exc, E.VaultNotFound):
        return _t("There is no vault in that folder. Pick another folder, or create a new vault.")
    if isinstance(exc, E.VaultBusy):
        return _t("This vault is already open in another MentorVault window or command. "
                  "Close that one first, then try again.")
    if isinstance(exc, E.EntryNotFound):
        return _t("That entry is no longer in the vault. It may have been deleted.")
    if isinstance(exc, E.DeviceNotRemembered) and str(exc) == E.DeviceNotRemembered.default_message:
        return _t("This device is not remembered for this vault. Unlock with your passphrase.")
    if isinstance(exc, E.MentorVaultError):
        return str(exc)
    return apology()


def apology() -> str:
    return _t("Sorry, something went wrong inside MentorVault. What you had already saved is safe. "
              "The problem was noted in the log, without any of your content. "
              "If it happens again, restart the app.")


class ErrorReporter:
    """Shows a known error as a message, and an unexpected one as a short apology (logged without content)."""

    def __init__(self, dialogs: "DialogService") -> None:
        self.dialogs = dialogs

    def report(self, exc: BaseException, parent: QWidget | None = None, title: str | None = None) -> None:
        if isinstance(exc, E.MentorVaultError):
            self.dialogs.error(parent, title or _t("That did not work"), describe(exc))
        else:
            crashlog.log_exception(type(exc), exc.__traceback__)
            self.dialogs.error(parent, _t("Sorry"), apology())
