"""Turning exceptions into plain sentences with a way forward; never a traceback."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from mentorvault import errors as E
from mentorvault.ui.logic import crashlog
from mentorvault.ui.wording import Context

if TYPE_CHECKING:
    from mentorvault.ui.dialogs import DialogService


Errors = Context("Errors")


def describe(exc: BaseException) -> str:
    """A sentence the user can act on, worded for the window from the error's type and fields
    (the facade's own sentence when nothing better fits; it never names a command)."""
    if isinstance(exc, E.WrongPassphrase) and not exc.field("missing"):
        return Errors.tr("That passphrase does not unlock this vault. Check it (and Caps Lock) and try again, "
                  "or unlock with your recovery key.")
    if isinstance(exc, E.WrongRecoveryKey):
        return Errors.tr("That recovery key does not unlock this vault. Check each group of characters and try again.")
    if isinstance(exc, E.VaultNotFound):
        return Errors.tr("There is no vault in that folder. Pick another folder, or create a new vault.")
    if isinstance(exc, E.NameNeeded):
        return Errors.tr("A contact card carries your name. Type it in the Name field, then save the card again.")
    if isinstance(exc, E.VaultBusy):
        return Errors.tr("This vault is already open in another MentorVault window or command. "
                  "Close that one first, then try again.")
    if isinstance(exc, E.EntryNotFound):
        return Errors.tr("That entry is no longer in the vault. It may have been deleted.")
    if isinstance(exc, E.RevisionNotFound):
        return Errors.tr("That version of the entry is no longer in the vault.")
    if isinstance(exc, E.PartnerNotFound):
        return Errors.tr("There is no partner by that name. Check the spelling, or add them with Add a partner….")
    if isinstance(exc, E.DeviceNotRemembered):
        if exc.field("missing_from_keyring"):
            return Errors.tr("This device's remembered key is missing from the keyring. Unlock with your passphrase, "
                      "then choose Remember on this device again.")
        return Errors.tr("This device is not remembered for this vault. Unlock with your passphrase.")
    if isinstance(exc, E.DamagedKeySlots) and exc.field("slot_type") in ("passphrase", "recovery"):
        return _slot_problem(exc)
    if isinstance(exc, E.BadBackup) and exc.field("in_backup"):
        return Errors.tr("A slot in that backup's key file is damaged or was changed, so it cannot be used; nothing was "
                  "restored. Try the backup with your recovery key (or passphrase) instead, or another backup.")
    if (isinstance(exc, (E.DamagedVault, E.DamagedKeySlots)) and not exc.field("backup_refused")
            and not isinstance(exc, E.SharedLogTampered)):
        return str(exc) + " " + _damage_remedy(exc)
    if isinstance(exc, E.MentorVaultError):
        return str(exc)
    return apology()


def _slot_problem(exc: E.MentorVaultError) -> str:
    """A passphrase or recovery slot the key file itself shows to be bad: what, and the other way in."""
    problem = exc.field("problem")
    if exc.field("slot_type") == "recovery":
        what = {
            "changed": Errors.tr("The recovery slot in this vault's key file was changed outside MentorVault."),
            "foreign": Errors.tr("The recovery slot in this vault's key file belongs to another vault."),
            "missing_slot": Errors.tr("This vault's key file has no recovery slot: it was removed outside MentorVault."),
        }.get(problem, Errors.tr("The recovery slot in this vault's key file is damaged."))
        return what + " " + Errors.tr("Unlock with your passphrase instead; nothing was changed.")
    what = {
        "changed": Errors.tr("The passphrase slot in this vault's key file was changed outside MentorVault, so no "
                      "passphrase can unlock it."),
        "foreign": Errors.tr("The passphrase slot in this vault's key file belongs to another vault."),
        "missing_slot": Errors.tr("This vault's key file has no passphrase slot: it was removed outside MentorVault."),
        "memory": Errors.tr("The passphrase slot in this vault's key file asks for an unreasonable amount of memory; "
                     "it was tampered with or damaged."),
        "settings": Errors.tr("The passphrase slot in this vault's key file has unreasonable unlock settings; it was "
                       "tampered with or damaged."),
    }.get(problem, Errors.tr("The passphrase slot in this vault's key file is damaged."))
    return what + " " + Errors.tr("Nothing was changed. Choose Use my recovery key instead, then set a new passphrase "
                           "in Settings; that replaces the bad slot.")


def _damage_remedy(exc: E.MentorVaultError) -> str:
    backups, where = exc.field("backups"), exc.field("backups_dir")
    if backups:
        return (Errors.tr("The newest automatic backup is %1 (%2 in %3); choose Restore a "
                   "backup… to restore it into a new folder.")
                .replace("%1", str(backups[0])).replace("%2", str(len(backups))).replace("%3", str(where)))
    if where is not None:
        return Errors.tr("There are no automatic backups in %1; choose Restore a backup… to "
                  "restore a backup file you made.").replace("%1", str(where))
    return Errors.tr("Choose Restore a backup… to restore it from a backup.")


def apology() -> str:
    return Errors.tr("Sorry, something went wrong inside MentorVault. What you had already saved is safe. "
              "The problem was noted in the log, without any of your content. "
              "If it happens again, restart the app.")


class ErrorReporter:
    """Shows a known error as a message, and an unexpected one as a short apology (logged without content)."""

    def __init__(self, dialogs: DialogService) -> None:
        self.dialogs = dialogs

    def report(self, exc: BaseException, parent: QWidget | None = None, title: str | None = None) -> None:
        if isinstance(exc, E.MentorVaultError):
            self.dialogs.error(parent, title or Errors.tr("That did not work"), describe(exc))
        else:
            crashlog.log_exception(type(exc), exc.__traceback__)
            self.dialogs.error(parent, Errors.tr("Sorry"), apology())
