"""The window's sentence for each error: by type (``WORDS``) and by its case, the ``reason`` field
(``REASONS``), each worded from the error's other fields and never naming a command.

Imported at the first error worded (``ui/errors.describe``), not when the first window is built.
"""

from __future__ import annotations

from collections.abc import Callable

from mentorvault import errors as E
from mentorvault.ui.context import Context
from mentorvault.ui.labels import label_text

Errors = Context("Errors")


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


def _fingerprint_mismatch(exc: E.MentorVaultError) -> str:
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
    E.BadPeriod: lambda exc: Errors.tr("That period is not valid. Pick its first day before its last."),
    E.BackupError: lambda exc: Errors.tr(
        "The backup could not be written; nothing in the vault was changed. Check that the backup folder "
        "exists, that you can write to it and that its disk is connected (Backup settings…), then try again."),
    E.BadBackup: _bad_backup,
    E.StorageFull: lambda exc: Errors.tr("The disk is full. Nothing was saved; free some space and try again."),
    E.BundleRejected: lambda exc: Errors.tr(
        "That bundle was refused and nothing was stored: it is damaged, not addressed to you, or not from a "
        "partner whose card you verified. Check the partner's card, or ask them to prepare the bundle again."),
    E.BundleTargetIsFolder: lambda exc: _named(Errors.tr(
        "%1 is a folder. Give a file name for the bundle, then try again."), exc.field("path")),
    E.ResourceError: lambda exc: Errors.tr(
        "A file that comes with MentorVault is missing or damaged, so this could not be done. Install "
        "MentorVault again; your vault and its entries are not affected."),
    E.BundleTooLarge: lambda exc: Errors.tr(
        "This bundle would be larger than %n MiB, too large for your partner to import; nothing was written. "
        "Share fewer or shorter entries at a time.", "", int(exc.field("limit_mib") or 64)),
    E.BundleReplay: lambda exc: _named(Errors.tr(
        "You already imported this bundle from %1, or a newer one: it is a replay or an old copy. "
        "Nothing was changed."), _partner(exc)),
    E.ConsentError: lambda exc: Errors.tr(
        "Sharing could not be changed, and nothing was sent or revoked. Open Share… again, check the "
        "entry and the partners, then try again."),
    E.ExchangeFolderError: lambda exc: Errors.tr(
        "That exchange folder cannot be used. Pick a folder that exists, then try again."),
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
    E.IdentityError: lambda exc: Errors.tr(
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
    E.InvalidAttachmentName: lambda exc: Errors.tr(
        "That attachment name cannot be used. Give a name that is not empty, without slashes or control "
        "characters."),
    E.AttachmentTooLarge: lambda exc: Errors.tr(
        "That file is too large to attach: files up to %n MiB can be attached. Nothing was attached.", "",
        int(exc.field("limit") or 0) // (1024 * 1024)),
    E.AttachmentNotFound: lambda exc: _named(Errors.tr(
        "The attachment %1 is no longer on this entry."), exc.field("name")),
    E.AttachmentSourceUnreadable: lambda exc: _named(Errors.tr(
        "The file %1 could not be read, so nothing was attached. Check that it is still there and that you "
        "may read it."), exc.field("path")),
    E.NoPrivateScratch: lambda exc: Errors.tr(
        "This computer has no private folder in memory to open the attachment from, so it was not opened. Use "
        "Save a copy… instead."),
    E.OutputExists: lambda exc: _named(Errors.tr(
        "A file named %1 already exists; nothing was written. Pick another file name."), exc.field("path")),
    E.NotesExportError: lambda exc: _named(Errors.tr(
        "The notes could not be written to %1. Nothing was written."), exc.field("path")),
}


def _field_label(exc: E.MentorVaultError) -> str:
    """The entry field an InvalidEntry names, as the editor labels it (translated)."""
    label = exc.field("label")
    if label:
        return label_text(str(label))
    which = exc.field("field")
    if which == "title":
        return Errors.tr("Title")
    if which == "body":
        return Errors.tr("Text")
    if which == "tags":
        return Errors.tr("Tags")
    return str(which or "?")


def _unusable_settings(exc: E.MentorVaultError, text: str) -> str:
    """A key file's unlock settings that no slot could use: the slot's own sentence when one is named."""
    if exc.field("slot_type") in ("passphrase", "recovery"):
        return _slot_problem(exc)
    return text + " " + _damage_remedy(exc)


# The cases of an error raised for several (its ``reason`` field, see ``MentorVaultError.reasons``): each
# has its own sentence.  A reason missing here falls back to the class's sentence in ``_WORDS``.
_REASONS: dict[type[E.MentorVaultError], dict[str, Word]] = {
    E.InvalidAttachmentName: {
        "empty": lambda exc: Errors.tr("An attachment needs a name. Give it one, then try again."),
        "path_separator": lambda exc: Errors.tr(
            "An attachment name cannot contain a slash or a backslash. Give another name."),
        "control_character": lambda exc: Errors.tr(
            "That attachment name contains invisible control characters. Give another name."),
        "hidden": lambda exc: Errors.tr("An attachment name cannot start with a dot. Give another name."),
        "too_long": lambda exc: Errors.tr(
            "That attachment name is too long: use at most %n characters.", "", 120),
        "bad_media_type": lambda exc: Errors.tr("That file type is not valid. Nothing was attached."),
    },
    E.AttachmentTooLarge: {
        "to_show": lambda exc: Errors.tr(
            "This attachment is too large to show here. Use Open with… or Save a copy… instead."),
    },
    E.AttachmentSourceUnreadable: {
        "missing": lambda exc: _named(Errors.tr("There is no file %1. Nothing was attached."), exc.field("path")),
        "not_a_file": lambda exc: _named(Errors.tr(
            "%1 is a folder or a special file. Pick a file to attach."), exc.field("path")),
        "unreadable": lambda exc: _named(Errors.tr(
            "The file %1 could not be read, so nothing was attached. Check that you may read it and that its "
            "disk is connected."), exc.field("path")),
    },
    E.BundleTooLarge: {
        "attachments": lambda exc: Errors.tr(
            "The attachments of the entries you chose add up to more than %n MiB, more than one bundle can "
            "carry; nothing was written. Share fewer of them at a time.", "", int(exc.field("limit_mib") or 64)),
    },
    E.BundleRejected: {
        "attachments_too_large": lambda exc: Errors.tr(
            "The attachments in this bundle add up to more than %n MiB, more than MentorVault accepts at once; "
            "nothing was stored. Ask your partner to share fewer of them at a time.", "",
            int(exc.field("limit_mib") or 64)),
        "no_file": lambda exc: _named(Errors.tr(
            "There is no file %1. Choose Import bundle… and pick the bundle file again."), exc.field("path")),
        "not_a_file": lambda exc: _named(Errors.tr(
            "%1 is a folder or a special file, not a bundle file. Pick the bundle file itself."), exc.field("path")),
        "unreadable": lambda exc: _named(Errors.tr(
            "The bundle file %1 could not be read. Check that its disk is connected and that you may read it, "
            "then try again."), exc.field("path")),
        "too_large": lambda exc: Errors.tr(
            "This file is larger than %n MiB, too large to be a MentorVault bundle. Check that you picked the "
            "bundle your partner sent you.", "", int(exc.field("limit_mib") or 64)),
        "not_a_bundle": lambda exc: Errors.tr(
            "This file is not a MentorVault bundle. Pick the bundle file your partner sent you (its name ends "
            "in .mvbundle)."),
        "cannot_decrypt": lambda exc: Errors.tr(
            "This bundle could not be decrypted: it was made for another vault, or the file is damaged. Nothing "
            "was stored. Ask your partner to export it again for you."),
        "tampered": lambda exc: Errors.tr(
            "This bundle is damaged or was changed after your partner made it; nothing was stored. Ask your "
            "partner to export it again."),
        "older_version": lambda exc: Errors.tr(
            "This bundle was made by an older version of MentorVault; nothing was stored. Ask your partner to "
            "update MentorVault and export it again."),
        "newer_version": lambda exc: Errors.tr(
            "This bundle was made by a newer version of MentorVault; nothing was stored. Update MentorVault, "
            "then import the bundle again."),
        "unknown_sender": lambda exc: Errors.tr(
            "This bundle comes from someone who is not one of your partners; nothing was stored. Choose Add their "
            "card… to add their contact card first, then import the bundle again."),
        "key_mismatch": lambda exc: Errors.tr(
            "Warning: this bundle claims to come from one of your partners, but its keys do not match the card "
            "you verified. Nothing was stored. Do not trust it; check the card with your partner in person or "
            "on a call."),
        "bad_signature": lambda exc: Errors.tr(
            "This bundle's signature does not match your partner's verified key: it was altered or forged. "
            "Nothing was stored. Ask your partner to export it again."),
        "not_for_you": lambda exc: Errors.tr(
            "This bundle was not addressed to you; nothing was stored. Ask your partner to export it for you."),
        "own_bundle": lambda exc: Errors.tr(
            "This is a bundle you made yourself; it is for your partner to import. Send it to them instead."),
        "not_verified": lambda exc: _named(Errors.tr(
            "You have not verified %1's fingerprint yet, so bundles from %1 are not accepted; nothing was stored. "
            "Choose Verify their card… and compare the words with %1 first."), _partner(exc)),
        "relationship_ended": lambda exc: _named(Errors.tr(
            "Your relationship with %1 has ended, so bundles from %1 are no longer accepted; nothing was "
            "stored."), _partner(exc)),
        "too_many_entries": lambda exc: Errors.tr(
            "This bundle holds more entries than MentorVault accepts at once; nothing was stored. Ask your "
            "partner to share fewer entries in each bundle."),
        "duplicate_entry": lambda exc: Errors.tr(
            "This bundle lists the same entry twice; nothing was stored. Ask your partner to export it again."),
        "unsupported_entry": lambda exc: Errors.tr(
            "This bundle holds an entry MentorVault cannot accept (an unknown kind or field, or a value out of "
            "range); nothing was stored. Check that you and your partner both use the newest MentorVault, then "
            "ask them to export it again."),
        "replayed": lambda exc: _WORDS[E.BundleReplay](exc),
    },
    E.IdentityError: {
        "unreadable": lambda exc: _named(Errors.tr(
            "The card file %1 could not be read. Check that its disk is connected and that you may read it, "
            "then try again."), exc.field("path")),
        "not_a_card": lambda exc: Errors.tr(
            "That file is not a MentorVault contact card. Pick the card file your partner sent you (its name "
            "ends in .mvcard)."),
        "too_large": lambda exc: Errors.tr(
            "That file is too large to be a contact card (a card is at most %n KiB). Pick the card file your "
            "partner sent you.", "", int(exc.field("limit_kib") or 8)),
        "card_damaged": lambda exc: Errors.tr(
            "That contact card is damaged, so it was not added. Ask your partner to save their card again (My "
            "contact card…) and send you the file."),
        "card_altered": lambda exc: Errors.tr(
            "That contact card's fingerprint does not match its keys: the card was changed after it was saved. "
            "It was not added; ask your partner for a fresh card."),
        "name_empty": lambda exc: Errors.tr("A name is needed. Type a name of 1 to 80 characters, then try again."),
        "name_too_long": lambda exc: Errors.tr(
            "That name is longer than %n characters. Pick a shorter name, then try again.", "",
            int(exc.field("limit") or 80)),
        "name_spaces": lambda exc: Errors.tr("That name starts or ends with spaces. Remove them, then try again."),
        "name_characters": lambda exc: Errors.tr(
            "That name holds control or text-direction characters. Use plain letters, then try again."),
        "own_card": lambda exc: Errors.tr(
            "That is your own contact card. Add the card your partner sent you instead."),
        "other_partners_keys": lambda exc: _named(Errors.tr(
            "That card's keys already belong to your partner %1; one card cannot stand for two partners. Nothing "
            "was added; pick the right card file."), _partner(exc)),
        "fingerprint_mismatch": _fingerprint_mismatch,
        "own_keys_damaged": lambda exc: Errors.tr(
            "This vault's own keys are damaged. Choose Restore a backup… to restore the vault from a backup."),
        "keys_changed": lambda exc: _WORDS[E.CardKeysChanged](exc),
    },
    E.InvalidEntry: {
        "title_missing": lambda exc: Errors.tr("Every entry needs a title. Type one, then save again."),
        "required": lambda exc: _named(Errors.tr("The field “%1” is required. Fill it in, then save again."),
                                       _field_label(exc)),
        "wrong_type": lambda exc: _named(Errors.tr(
            "The field “%1” does not hold the kind of value it takes. Check it, then save again."),
            _field_label(exc)),
        "nul_character": lambda exc: _named(Errors.tr(
            "The field “%1” holds a NUL character. Remove it, then save again."), _field_label(exc)),
        "not_one_line": lambda exc: _named(Errors.tr(
            "The field “%1” takes a single line. Remove the line breaks, then save again."), _field_label(exc)),
        "too_long": lambda exc: _named(Errors.tr(
            "The field “%1” is too long: it takes at most %n characters. Shorten it, then save again.", "",
            int(exc.field("limit") or 0)), _field_label(exc)),
        "bad_date": lambda exc: _named(Errors.tr(
            "The field “%1” takes a date. Pick one in the calendar, then save again."), _field_label(exc)),
        "not_a_choice": lambda exc: _named(Errors.tr(
            "The field “%1” takes one of the values in its list. Pick one, then save again."), _field_label(exc)),
        "not_a_number": lambda exc: _named(Errors.tr(
            "The field “%1” takes a whole number. Change it, then save again."), _field_label(exc)),
        "out_of_range": lambda exc: _named(Errors.tr(
            "The field “%1” takes a number from %2 to %3. Change it, then save again."), _field_label(exc),
            exc.field("minimum"), exc.field("maximum")),
        "too_many_items": lambda exc: _named(Errors.tr(
            "The field “%1” has too many items: it takes at most %n. Remove some, then save again.", "",
            int(exc.field("limit") or 0)), _field_label(exc)),
        "unknown_field": lambda exc: _named(Errors.tr(
            "This entry has a field MentorVault does not know (%1). Remove it, then save again."),
            exc.field("field")),
        "bad_tag": lambda exc: Errors.tr(
            "A tag is up to %n characters, without commas or control characters. Change the tag, then save again.",
            "", int(exc.field("limit") or 0)),
        "too_many_tags": lambda exc: Errors.tr(
            "An entry can have at most %n tags. Remove some, then save again.", "", int(exc.field("limit") or 0)),
        # Only the command line gives fields as NAME=VALUE; worded all the same.
        "field_syntax": lambda exc: Errors.tr(
            "A field was not given as a name and a value. Check the fields, then save again."),
        "given_twice": lambda exc: _named(Errors.tr(
            "The field “%1” is given twice. Keep one, then save again."), exc.field("field")),
        "bad_json": lambda exc: _named(Errors.tr(
            "The field “%1” holds a value MentorVault cannot read. Check it, then save again."),
            exc.field("field")),
    },
    E.ExchangeFolderError: {
        "missing": lambda exc: _named(Errors.tr(
            "The exchange folder %1 is not there. Connect its disk or start your sync program, or pick another "
            "folder in the partner view."), exc.field("path") or exc.field("partner")),
        "not_a_folder": lambda exc: _named(Errors.tr(
            "%1 is a file, not a folder. Pick the folder you share with your partner."), exc.field("path")),
        "none_set": lambda exc: _named(Errors.tr(
            "%1 has no exchange folder yet. Pick one in the partner view first."), _partner(exc)),
    },
    E.ConsentError: {
        "changed_after_review": lambda exc: Errors.tr(
            "The entry changed after you reviewed it; nothing was sent. Open Share… again and review it before "
            "sharing."),
        "never_shared": lambda exc: _named(Errors.tr(
            "That entry was never shared with %1, so there is nothing to revoke."), _partner(exc)),
        "no_partner": lambda exc: Errors.tr("Pick at least one partner to share with, then try again."),
        "partner_twice": lambda exc: Errors.tr(
            "A partner is picked twice. Pick each partner once, then try again."),
        "not_an_agreement": lambda exc: Errors.tr(
            "Only a boundary agreement your partner shared with you can be accepted; nothing was changed."),
    },
    E.NotesExportError: {
        "not_empty": lambda exc: _named(Errors.tr(
            "%1 is not empty. Choose a new folder name, or an empty folder, for the export."), exc.field("path")),
        "is_file": lambda exc: _named(Errors.tr(
            "%1 is a file. A Markdown export needs a new or empty folder."), exc.field("path")),
        "is_folder": lambda exc: _named(Errors.tr("%1 is a folder. Give a file name."), exc.field("path")),
        "exists": lambda exc: _named(Errors.tr(
            "%1 already exists. Choose another name, or agree to replace it."), exc.field("path")),
        "no_parent": lambda exc: _named(Errors.tr(
            "The folder %1 would go in does not exist. Choose another place."), exc.field("path")),
        "nothing_selected": lambda exc: Errors.tr("No entries match, so nothing was written."),
    },
    E.BackupError: {
        "folder_unusable": lambda exc: _named(Errors.tr(
            "The backup folder %1 cannot be used. Check that its disk is connected, or pick another folder in "
            "Backup settings…."), exc.field("folder")),
        "target_is_folder": lambda exc: _named(Errors.tr(
            "%1 is a folder. Give a file name for the backup, then try again."), exc.field("path")),
        "write_failed": lambda exc: _named(Errors.tr(
            "The backup could not be written to %1; nothing in the vault was changed. Check that the folder "
            "exists, that you can write to it and that its disk is connected, then try again."),
            exc.field("path")),
        "unencrypted_refused": lambda exc: Errors.tr(
            "MentorVault did not write the backup, because it could not be encrypted; nothing in the vault was "
            "changed. Lock the vault, unlock it again, then try again."),
        "before_upgrade": lambda exc: Errors.tr(
            "The vault could not be backed up before its upgrade, so it was not upgraded; nothing was changed. "
            "Check that the vault folder is writable and its disk has free space, then open the vault again."),
        "old_backup_kept": lambda exc: _named(Errors.tr(
            "The fresh backup %1 was written, but the old backup %2 could not be removed. Remove it in your "
            "file manager."), exc.field("fresh"), exc.field("path")),
        "kept_copy_damaged": lambda exc: Errors.tr(
            "Today's backup was not finished: the copy kept for it since an earlier unlock was damaged, so it "
            "was removed. Nothing in the vault was changed; the next unlock makes a new backup."),
        "unexpected": lambda exc: Errors.tr(
            "The automatic backup failed; nothing in the vault was changed. It is tried again next time; choose "
            "Back up now to make one at once."),
    },
    E.DamagedKeySlots: {
        "memory": lambda exc: _unusable_settings(exc, Errors.tr(
            "The vault's key file asks for an unreasonable amount of memory to unlock; it was tampered with or "
            "damaged. Nothing was changed.")),
        "settings": lambda exc: _unusable_settings(exc, Errors.tr(
            "The vault's key file has unreasonable unlock settings; it was tampered with or damaged. Nothing "
            "was changed.")),
        "newer_version": lambda exc: Errors.tr(
            "This vault was made by a newer version of MentorVault. Nothing was changed; update MentorVault to "
            "open it."),
        "missing": lambda exc: Errors.tr("The vault's key file is missing. Nothing was changed.") + " "
        + _damage_remedy(exc),
        "foreign_or_damaged": lambda exc: Errors.tr(
            "The vault's key file does not belong to this vault's database: it comes from another vault, or the "
            "start of the database is damaged. Nothing was changed.") + " " + _damage_remedy(exc),
        "slot_changed": _damaged,
        "slot_foreign": _damaged,
        "slot_malformed": _damaged,
        "slot_missing_slot": _damaged,
    },
    E.DamagedVault: {
        "missing": lambda exc: Errors.tr("The vault database is missing. Nothing was changed.") + " "
        + _damage_remedy(exc),
        "empty": lambda exc: Errors.tr(
            "The vault database is empty, as a power cut can leave it. Nothing was changed.") + " "
        + _damage_remedy(exc),
        "newer_version": lambda exc: Errors.tr(
            "This vault was made by a newer version of MentorVault. Nothing was changed; update MentorVault to "
            "open it."),
        "attachment": lambda exc: Errors.tr(
            "This attachment's stored bytes do not match what was saved: the vault is damaged there. Nothing was "
            "written.") + " " + _damage_remedy(exc),
    },
    E.BadBackup: {
        "no_file": lambda exc: _named(Errors.tr(
            "There is no file %1; nothing was restored. Pick the backup file again."), exc.field("path")),
        "not_a_file": lambda exc: _named(Errors.tr(
            "%1 is a folder, not a backup file; nothing was restored. Pick the backup file itself."),
            exc.field("path")),
    },
    E.BadSearchQuery: {
        "empty": lambda exc: Errors.tr("Type at least one word to search for."),
        "too_long": lambda exc: Errors.tr("That search is too long. Use a few words."),
        "no_letters": lambda exc: Errors.tr("Type at least one letter or digit to search for."),
    },
    E.BadPeriod: {
        "not_a_date": lambda exc: Errors.tr("That is not a day. Pick a day from the calendar."),
        "reversed": lambda exc: Errors.tr("The period ends before it begins. Pick its first day before its last."),
    },
    E.WrongRecoveryKey: {
        "not_a_key": lambda exc: Errors.tr(
            "That does not look like a recovery key: a recovery key has 14 groups of 4 letters and digits. "
            "Check it and try again."),
        "typo": lambda exc: Errors.tr(
            "That recovery key has a typing mistake in it. Check each group and try again."),
    },
    E.StorageFull: {
        "backup_not_written": lambda exc: Errors.tr(
            "The disk is full, so the backup was not written. Free some space, then try again."),
        "not_upgraded": lambda exc: Errors.tr(
            "The disk is full, so the vault could not be upgraded; nothing was changed. Free some space, then "
            "open the vault again."),
    },
    E.EntryNotFound: {
        "not_an_id": lambda exc: _named(Errors.tr("%1 is not an entry id. Check it, then try again."),
                                        exc.field("entry_id")),
        "no_match": lambda exc: _named(Errors.tr(
            "There is no entry with an id starting %1. Check it, then try again."), exc.field("entry_id")),
        "ambiguous": lambda exc: _named(Errors.tr(
            "More than one entry id starts with %1. Give more of the id, then try again."), exc.field("entry_id")),
        "not_in_inbox": lambda exc: Errors.tr(
            "That shared entry is no longer in your inbox: your partner may have removed it. Nothing was changed."),
    },
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


# Bringing notes in (File > Import notes…): %1 is the file (or the member of an archive) with the problem.
def _file(exc: E.MentorVaultError) -> object:
    return exc.field("file")


_WORDS[E.ImportProblem] = lambda exc: _named(Errors.tr(
    "%1 could not be imported; nothing was changed. Check that you picked the right export."), _file(exc))
_WORDS[E.ImportCancelled] = lambda exc: Errors.tr("The import was cancelled; nothing was imported.")
_REASONS[E.ImportProblem] = {
    "no_file": lambda exc: _named(Errors.tr("There is no file or folder %1. Pick the export again."), _file(exc)),
    "not_a_folder": lambda exc: _named(Errors.tr(
        "%1 is a file, but this format is a folder of notes. Pick the folder."), _file(exc)),
    "not_a_file": lambda exc: _named(Errors.tr(
        "%1 is a folder or a special file. Pick the export file itself."), _file(exc)),
    "unreadable": lambda exc: _named(Errors.tr(
        "%1 could not be read. Check that its disk is connected and that you may read it."), _file(exc)),
    "too_large": lambda exc: _named(Errors.tr(
        "%1 is larger than an import accepts; nothing was imported."), _file(exc)),
    "too_many_files": lambda exc: _named(Errors.tr(
        "%1 holds more files than an import accepts; import a smaller folder at a time."), _file(exc)),
    "zip_bomb": lambda exc: _named(Errors.tr(
        "%1 would expand far more than any real export (it may be a zip bomb); nothing was imported."), _file(exc)),
    "not_a_zip": lambda exc: _named(Errors.tr(
        "%1 is not a zip archive, or it is damaged; nothing was imported. Export it again."), _file(exc)),
    "unsafe_path": lambda exc: _named(Errors.tr(
        "%1 points outside the export (a path with .. or an absolute path), so nothing was imported."), _file(exc)),
    "symlink": lambda exc: _named(Errors.tr(
        "%1 is a symbolic link; an import never follows links, so nothing was imported."), _file(exc)),
    "size_mismatch": lambda exc: _named(Errors.tr(
        "%1 does not match the size its archive declares (damaged or forged); nothing was imported."), _file(exc)),
    "not_utf8": lambda exc: _named(Errors.tr(
        "%1 is not UTF-8 text; nothing was imported. Save it as UTF-8 and try again."), _file(exc)),
    "bad_json": lambda exc: _named(Errors.tr(
        "%1 is not valid JSON (line %2); nothing was imported."), _file(exc), exc.field("line")),
    "not_a_journal": lambda exc: _named(Errors.tr(
        "%1 is not an export of the format you chose; nothing was imported. Check the format."), _file(exc)),
    "bad_date": lambda exc: _named(Errors.tr(
        "%1 holds an impossible date or time (%2); nothing was imported."), _file(exc), exc.field("value")),
    "bad_time_zone": lambda exc: _named(Errors.tr(
        "%1 names an unknown time zone (%2); nothing was imported."), _file(exc), exc.field("value")),
    "duplicate_id": lambda exc: _named(Errors.tr(
        "%1 holds two notes with the same id; nothing was imported."), _file(exc)),
    "yaml_aliases": lambda exc: _named(Errors.tr(
        "The front matter of %1 uses YAML aliases, which an import refuses; nothing was imported."), _file(exc)),
    "bad_front_matter": lambda exc: _named(Errors.tr(
        "The front matter of %1 is not a list of names and values; nothing was imported. Fix it and try "
        "again."), _file(exc)),
    "newer_format": lambda exc: _named(Errors.tr(
        "%1 was written by a newer version of MentorVault. Update MentorVault, then import it again."), _file(exc)),
    "invalid_entry": lambda exc: _named(Errors.tr(
        "A note in %1 does not fit its kind (%2); nothing was imported."), _file(exc), exc.field("detail")),
    "missing_attachment": lambda exc: _named(Errors.tr(
        "The file %2 that %1 lists is missing; nothing was imported."), _file(exc), exc.field("value")),
    "attachment_mismatch": lambda exc: _named(Errors.tr(
        "The file %2 beside %1 is not the one it lists (changed or damaged); nothing was imported."),
        _file(exc), exc.field("value")),
    "nothing_found": lambda exc: _named(Errors.tr(
        "%1 holds no notes of the format you chose. Check the format and the file or folder."), _file(exc)),
}


WORDS = _WORDS
REASONS = _REASONS
