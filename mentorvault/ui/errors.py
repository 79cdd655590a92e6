"""Turning exceptions into plain sentences with a way forward; never a traceback."""

from __future__ import annotations

from collections.abc import Callable
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
    (the facade's own sentence only for a bare ``MentorVaultError``; it never names a command)."""
    if isinstance(exc, E.MentorVaultError):
        for kind in type(exc).__mro__:
            word = _WORDS.get(kind)
            if word is not None:
                return word(exc)
        return str(exc)
    return apology()


def _named(text: str, *values: object) -> str:
    """``text`` with %1, %2 ... replaced by the values (a name the error carries, or "?")."""
    for i, value in enumerate(values, start=1):
        text = text.replace(f"%{i}", "?" if value is None else str(value))
    return text


def _partner(exc: E.MentorVaultError) -> object:
    return exc.field("partner")


def _wrong_passphrase(exc: E.MentorVaultError) -> str:
    if exc.field("missing"):
        return Errors.tr("A passphrase is needed to unlock this vault. Type it, or unlock with your recovery key.")
    return Errors.tr("That passphrase does not unlock this vault. Check it (and Caps Lock) and try again, "
              "or unlock with your recovery key.")


def _device_not_remembered(exc: E.MentorVaultError) -> str:
    if exc.field("missing_from_keyring"):
        return Errors.tr("This device's remembered key is missing from the keyring. Unlock with your passphrase, "
                  "then choose Remember on this device again.")
    return Errors.tr("This device is not remembered for this vault. Unlock with your passphrase.")


def _vault_exists(exc: E.MentorVaultError) -> str:
    if exc.field("folder") is None:
        return Errors.tr("A vault already exists there. Pick an empty folder or a new folder name.")
    return _named(Errors.tr("%1 is not empty. Pick an empty folder or a new folder name for the vault."),
                  exc.field("folder"))


def _no_rollback_pending(exc: E.MentorVaultError) -> str:
    if exc.field("read_only"):
        return Errors.tr("The vault folder is read-only, so your answer to the rollback warning could not be "
                  "recorded. Make the folder writable, then answer again.")
    return Errors.tr("There is no rollback warning for this vault on this computer; there is nothing to answer.")


def _damaged(exc: E.MentorVaultError) -> str:
    if isinstance(exc, E.DamagedKeySlots) and exc.field("slot_type") in ("passphrase", "recovery"):
        return _slot_problem(exc)
    if exc.field("backup_refused"):  # the vault failed its check, so no backup was written over a good one
        return Errors.tr("The vault database is damaged, so no backup was made of it (your earlier backups were "
                  "kept). Choose Restore a backup… to restore the newest good one into a new folder.")
    what = (Errors.tr("The vault's key file is damaged or belongs to another vault. Nothing was changed.")
            if isinstance(exc, E.DamagedKeySlots) else Errors.tr("The vault database is damaged. Nothing was changed."))
    return what + " " + _damage_remedy(exc)


def _bad_backup(exc: E.MentorVaultError) -> str:
    if exc.field("in_backup"):
        return Errors.tr("A slot in that backup's key file is damaged or was changed, so it cannot be used; nothing was "
                  "restored. Try the backup with your recovery key (or passphrase) instead, or another backup.")
    return Errors.tr("That file is not a MentorVault backup or it is damaged. Nothing was restored. "
              "Try another backup file.")


def _invalid_partner(exc: E.MentorVaultError) -> str:
    which = exc.field("field")  # which of the partner's details is wrong: name, role, mentor_type, rhythm_days
    if which == "role":
        return Errors.tr("Pick the partner's role from the list.")
    if which == "mentor_type":
        return Errors.tr("Pick the kind of mentoring from the list.")
    if which == "rhythm_days":
        return Errors.tr("The meeting rhythm is a number of days from 1 to 366. Change it, then save again.")
    return Errors.tr("A partner's name must be 1 to 80 characters, without control, invisible or "
              "direction-changing characters. Change the name, then save again.")


def _invalid_setting(exc: E.MentorVaultError) -> str:
    if exc.field("setting") == "personal_words" and exc.field("limit"):
        return Errors.tr("The personal dictionary is full (%n words). Remove some words in Settings first.", "",
                  int(exc.field("limit")))
    if exc.field("setting") == "personal_words":
        return Errors.tr("A dictionary word is one word of at most 100 letters. Check the word, then add it again.")
    return Errors.tr("That value does not fit the setting. Check it in Settings, then try again.")


def _cross_relationship(exc: E.MentorVaultError) -> str:
    return Errors.tr("%n of these entries belong to your relationship with someone else. In Share…, tick each one "
              "you really mean to send; nothing was sent.", "", len(exc.field("entry_ids") or ()))


def _backup_error(exc: E.MentorVaultError) -> str:
    if exc.field("reason") == "folder_unusable":
        return _named(Errors.tr("The backup folder %1 cannot be used. Check that its disk is connected, or pick "
                         "another folder in Backup settings…."), exc.field("folder"))
    return ""


def _consent_error(exc: E.MentorVaultError) -> str:
    if exc.field("reason") == "changed_after_review":
        return Errors.tr("The entry changed after you reviewed it; nothing was sent. Open Share… again and review "
                  "it before sharing.")
    return ""


def _identity_error(exc: E.MentorVaultError) -> str:
    if exc.field("reason") != "fingerprint_mismatch":
        return ""
    if exc.field("new_card"):
        return _named(Errors.tr("Those words do not match the new card for %1. Nothing was changed; do not trust "
                         "that card."), exc.field("partner"))
    return _named(Errors.tr("Those words do not match the fingerprint of %1's card. %1 stays unverified; check the "
                     "words with them again, in person or on a call."), exc.field("partner"))


Word = Callable[[E.MentorVaultError], str]

# One sentence per error type; the nearest type in an error's class hierarchy words it.
_WORDS: dict[type[E.MentorVaultError], Word] = {
    E.VaultNotFound: lambda exc: Errors.tr(
        "There is no vault in that folder. Pick another folder, or create a new vault."),
    E.FolderNotWritable: lambda exc: _named(Errors.tr(
        "MentorVault cannot write to the vault folder %1. Check its permissions, or copy the vault to a folder "
        "you can write to and open it there."), exc.field("folder")),
    E.FolderNotCreated: lambda exc: _named(Errors.tr(
        "MentorVault could not create the folder %1. Check that you can write where it goes, or pick "
        "another place."), exc.field("folder")),
    E.VaultFolderMoved: lambda exc: _named(Errors.tr(
        "The vault folder is no longer at %1: it was moved or deleted while open. Lock the vault and open it "
        "from its new place; nothing else was written."), exc.field("folder")),
    E.VaultExists: _vault_exists,
    E.VaultLocked: lambda exc: Errors.tr("The vault is locked. Unlock it, then try again."),
    E.VaultBusy: lambda exc: Errors.tr(
        "This vault is already open in another MentorVault window or command. Close that one first, then try again."),
    E.WrongPassphrase: _wrong_passphrase,
    E.WrongRecoveryKey: lambda exc: Errors.tr(
        "That recovery key does not unlock this vault. Check each group of characters and try again."),
    E.WeakPassphrase: lambda exc: Errors.tr(
        "That passphrase is too weak. Use at least 10 characters; a few unrelated words work well."),
    E.NoRollbackPending: _no_rollback_pending,
    E.DamagedVault: _damaged,
    E.DamagedKeySlots: _damaged,
    E.SharedLogTampered: lambda exc: Errors.tr(
        "The record of what was shared has been edited outside MentorVault; its records cannot be trusted. "
        "Choose Restore a backup… to restore the vault, and compare digests with your partners."),
    E.KeyringUnavailable: lambda exc: Errors.tr(
        "No system keyring is available on this computer, so MentorVault cannot remember this device. "
        "Unlock with your passphrase instead."),
    E.DeviceNotRemembered: _device_not_remembered,
    E.InvalidEntry: lambda exc: Errors.tr(
        "That entry cannot be saved as it is: a field is empty, too long or not in the right form. "
        "Check the fields, then save again."),
    E.UnknownKind: lambda exc: Errors.tr(
        "MentorVault does not know that kind of entry. Pick a kind from the list, then save again."),
    E.EntryNotFound: lambda exc: Errors.tr("That entry is no longer in the vault. It may have been deleted."),
    E.RevisionNotFound: lambda exc: Errors.tr("That version of the entry is no longer in the vault."),
    E.PartnerNotFound: lambda exc: Errors.tr(
        "There is no partner by that name. Check the spelling, or add them with Add a partner…."),
    E.PartnerExists: lambda exc: _named(Errors.tr(
        "There is already a partner named %1. Pick another name."), _partner(exc)),
    E.InvalidPartner: _invalid_partner,
    E.BadSearchQuery: lambda exc: Errors.tr(
        "MentorVault could not understand that search. Type plain words, \"quoted phrases\", a trailing * for "
        "prefixes, or AND / OR / NOT between words."),
    E.BackupError: lambda exc: _backup_error(exc) or Errors.tr(
        "The backup could not be written; nothing in the vault was changed. Check that the backup folder "
        "exists, that you can write to it and that its disk is connected (Backup settings…), then try again."),
    E.BadBackup: _bad_backup,
    E.StorageFull: lambda exc: Errors.tr("The disk is full. Nothing was saved; free some space and try again."),
    E.BundleRejected: lambda exc: Errors.tr(
        "That bundle was refused and nothing was stored: it is damaged, not addressed to you, or not from a "
        "partner whose card you verified. Check the partner's card, or ask them to prepare the bundle again."),
    E.BundleReplay: lambda exc: _named(Errors.tr(
        "You already imported this bundle from %1, or a newer one: it is a replay or an old copy. "
        "Nothing was changed."), _partner(exc)),
    E.ConsentError: lambda exc: _consent_error(exc) or Errors.tr(
        "Sharing could not be changed, and nothing was sent or revoked. Open Share… again, check the "
        "entry and the partners, then try again."),
    E.NoCard: lambda exc: _named(Errors.tr(
        "%1 has no contact card yet. Choose Add their card… and pick the card file %1 sent you."), _partner(exc)),
    E.NotVerified: lambda exc: _named(Errors.tr(
        "You have not verified %1's fingerprint yet. Choose Verify their card… and compare the words with %1 "
        "in person or on a call."), _partner(exc)),
    E.RelationshipEnded: lambda exc: _named(Errors.tr(
        "Your relationship with %1 has ended; nothing more is sent to them."), _partner(exc)),
    E.CrossRelationship: _cross_relationship,
    E.ClosingBundleNeeded: lambda exc: _named(Errors.tr(
        "Ending your relationship with %1 needs a closing bundle that asks them to remove what you shared; "
        "nothing was changed. Choose End this relationship… again and keep the closing bundle."), _partner(exc)),
    E.IdentityError: lambda exc: _identity_error(exc) or Errors.tr(
        "That contact card is not valid, so it was not added. Ask your partner to save their card again "
        "(My contact card…) and send you the file."),
    E.CardKeysChanged: lambda exc: _named(Errors.tr(
        "Warning: this card for %1 has different keys from the one you have. It could be an impostor, or %1 "
        "made a new vault. Compare fingerprints with %1 in person or on a call before you choose Verify their "
        "card…. Until then nothing from the new keys is accepted."), _partner(exc)),
    E.NameNeeded: lambda exc: Errors.tr(
        "A contact card carries your name. Type it in the Name field, then save the card again."),
    E.CardFileExists: lambda exc: _named(Errors.tr(
        "A file named %1 already exists; the contact card was not written. Pick another file name."),
        exc.field("path")),
    E.UnknownSetting: lambda exc: _named(Errors.tr("There is no setting named %1."), exc.field("setting")),
    E.InvalidSetting: _invalid_setting,
}


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
