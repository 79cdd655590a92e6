"""One root error, with subclasses whose messages a user can act on.

The CLI and the GUI catch :class:`MentorVaultError`; nothing else in the code base
catches broadly.  The CLI prints ``str(error)`` (English); the window words the error
from its type, its case (the ``reason`` field, one of the class's ``reasons``) and its
other fields, in the user's language.  Messages never contain the user's content (entry
titles and bodies are content).
"""

from __future__ import annotations

from typing import Any


class MentorVaultError(Exception):
    """Something went wrong that the user can act on.

    What happened is kept as data: keyword arguments become attributes (``folder``,
    ``partner``, ``entry_id``, ``limit`` ...) and fill the ``{placeholders}`` of
    ``default_message``.  The front ends word the remedy from the type and the fields.
    """

    default_message = "MentorVault could not complete that."
    detail_message = ""  # the default message when the fields it names are given
    # The cases a class is raised for, as the constant its ``reason`` field carries ("tampered",
    # "too_large" ...): the window words each case on its own, the CLI prints the message.
    reasons: frozenset[str] = frozenset()
    reason_required = False  # every raise of this very class names one of its ``reasons``

    def __init__(self, message: str | None = None, **fields: Any) -> None:
        self.fields = fields
        for name, value in fields.items():
            if not hasattr(type(self), name):  # a field named like a method ("field") stays a field only
                setattr(self, name, value)
        if message is None:
            message = self.default_message
            if self.detail_message:
                try:
                    message = self.detail_message.format(**fields)
                except (KeyError, IndexError):
                    pass
        super().__init__(message)

    def field(self, name: str, default: Any = None) -> Any:
        """One of the facts this error carries (``default`` when it does not carry it)."""
        return self.fields.get(name, default)

    @property
    def message(self) -> str:
        return str(self.args[0])


class VaultNotFound(MentorVaultError):
    default_message = "There is no vault in that folder."
    detail_message = "There is no vault in '{folder}'."


class FolderNotWritable(MentorVaultError):
    default_message = (
        "MentorVault cannot write to the vault folder. Check its permissions, or copy the vault "
        "somewhere you can write."
    )


class FolderNotCreated(MentorVaultError):
    default_message = "MentorVault could not create the vault folder."
    detail_message = "MentorVault could not create the folder '{folder}': {os_error}."


class VaultFolderMoved(MentorVaultError):
    default_message = (
        "The vault folder was moved or deleted while open. Lock the vault and open it from its new place; "
        "nothing else was written."
    )
    detail_message = (
        "The vault folder is no longer at '{folder}': it was moved or deleted while open. "
        "Lock the vault and open it from its new place; nothing else was written."
    )


class VaultExists(MentorVaultError):
    default_message = "A vault already exists there. Pick an empty folder or a new path."
    detail_message = "'{folder}' is not empty. Pick an empty folder or a new path for the vault."


class VaultLocked(MentorVaultError):
    default_message = "The vault is locked. Unlock it first."


class VaultBusy(MentorVaultError):
    default_message = (
        "This vault is already open in another MentorVault window or command. "
        "Close that one first, then try again."
    )


class WrongPassphrase(MentorVaultError):
    default_message = "That passphrase does not unlock this vault. Check it and try again, or use your recovery key."


class WrongRecoveryKey(MentorVaultError):
    default_message = "That recovery key does not unlock this vault. Check each group of characters and try again."
    reasons = frozenset({"not_a_key", "typo"})  # none: a well-formed key that is not this vault's


class WeakPassphrase(MentorVaultError):
    default_message = "That passphrase is too weak. Use at least 10 characters; a few unrelated words work well."


class DamagedKeySlots(MentorVaultError):
    default_message = "The vault's key file is damaged or belongs to another vault. Nothing was changed."
    # None given: damaged or another vault's.  "slot_*": one passphrase or recovery slot (its
    # ``slot_type`` and ``problem`` fields say which and how).
    reasons = frozenset({"memory", "settings", "newer_version", "missing", "foreign_or_damaged", "slot_changed",
                         "slot_foreign", "slot_malformed", "slot_missing_slot"})


class NoRollbackPending(MentorVaultError):
    """Acknowledging a rollback warning when none is pending (or the answer could not be recorded)."""

    default_message = "There is no rollback warning for this vault on this computer."


class DamagedVault(MentorVaultError):
    default_message = "The vault database is damaged. Nothing was changed."
    reasons = frozenset({"missing", "empty", "newer_version", "attachment"})  # none: damaged


class KeyringUnavailable(MentorVaultError):
    default_message = (
        "No system keyring is available on this computer, so MentorVault cannot remember "
        "this device. Unlock with your passphrase instead."
    )


class DeviceNotRemembered(MentorVaultError):
    default_message = "This device is not remembered for this vault. Unlock with your passphrase."


class InvalidEntry(MentorVaultError):
    """An entry's title, field or tag does not fit; ``field`` names the field (its key) where there is one."""

    default_message = "That entry is not valid."
    reasons = frozenset({
        "title_missing", "required", "wrong_type", "nul_character", "not_one_line", "too_long", "bad_date",
        "not_a_choice", "not_a_number", "out_of_range", "too_many_items", "unknown_field", "bad_tag",
        "too_many_tags", "field_syntax", "given_twice", "bad_json",
    })
    reason_required = True


class UnknownKind(InvalidEntry):
    pass


class EntryNotFound(MentorVaultError):
    default_message = "There is no entry with that id."
    detail_message = "There is no entry with id '{entry_id}'."
    # An id (prefix) typed in that names no entry, or several; one not among what partners shared; none: gone.
    reasons = frozenset({"not_an_id", "no_match", "ambiguous", "not_in_inbox"})


class RevisionNotFound(MentorVaultError):
    default_message = "That entry has no such revision."
    detail_message = "Entry has no revision {rev}."


class PartnerNotFound(MentorVaultError):
    default_message = "There is no partner by that name."
    detail_message = "There is no partner named '{partner}'."


class PartnerExists(MentorVaultError):
    default_message = "A partner by that name already exists. Pick another name."


class InvalidPartner(MentorVaultError):
    default_message = "That partner is not valid."


class BadSearchQuery(MentorVaultError):
    default_message = (
        "MentorVault could not understand that search. Use plain words, \"quoted phrases\", "
        "a trailing * for prefixes, or AND / OR / NOT between words."
    )
    reasons = frozenset({"empty", "too_long", "no_letters"})  # none: the search syntax is wrong


class BadPeriod(MentorVaultError):
    default_message = "That period is not valid: give days as YYYY-MM-DD, the first before the last."
    reasons = frozenset({"not_a_date", "reversed"})
    reason_required = True


class BackupError(MentorVaultError):
    default_message = "The backup could not be written. Nothing in the vault was changed."
    reasons = frozenset({"folder_unusable", "target_is_folder", "write_failed", "unencrypted_refused",
                         "before_upgrade", "old_backup_kept", "kept_copy_damaged", "unexpected"})
    reason_required = True


class BadBackup(MentorVaultError):
    default_message = (
        "That file is not a MentorVault backup or it is damaged. Nothing was restored. "
        "Try another backup file."
    )
    reasons = frozenset({"no_file", "not_a_file"})  # none: not a backup, or damaged


class StorageFull(MentorVaultError):
    default_message = "The disk is full. Nothing was saved; free some space and try again."
    reasons = frozenset({"backup_not_written", "not_upgraded"})  # none: what was being saved was not


class BundleRejected(MentorVaultError):
    """A bundle failed a check on import. Nothing was stored."""

    default_message = "That bundle was refused and nothing was stored."
    reasons = frozenset({
        "no_file", "not_a_file", "unreadable", "too_large", "not_a_bundle", "cannot_decrypt", "tampered",
        "older_version", "newer_version", "unknown_sender", "key_mismatch", "bad_signature", "not_for_you",
        "own_bundle", "not_verified", "relationship_ended", "too_many_entries", "duplicate_entry",
        "unsupported_entry", "replayed", "attachments_too_large",
    })
    reason_required = True


class BundleTooLarge(MentorVaultError):
    """What was chosen to share would make a bundle larger than a partner's MentorVault imports."""

    default_message = "This bundle would be too large to import. Share fewer or shorter entries at a time."
    # none: the whole bundle; "attachments": the attachments of the entries chosen, together (``size``)
    reasons = frozenset({"attachments"})


class ResourceError(MentorVaultError):
    """A file that ships with MentorVault (prompt decks, icons, word lists) is missing or damaged."""

    default_message = (
        "A file that ships with MentorVault is missing or damaged. Reinstall the app to restore it."
    )


class BundleTargetIsFolder(MentorVaultError):
    """The file an export was asked to write is a folder (``path``)."""

    default_message = "That is a folder. Give a file name for the bundle."


class ConsentError(MentorVaultError):
    default_message = "Consent could not be changed."
    reasons = frozenset({"changed_after_review", "never_shared", "no_partner", "partner_twice", "not_an_agreement"})
    reason_required = True


class IdentityError(MentorVaultError):
    default_message = "That contact card is not valid."
    reasons = frozenset({
        "unreadable", "not_a_card", "too_large", "card_damaged", "card_altered", "name_empty", "name_too_long",
        "name_spaces", "name_characters", "own_card", "other_partners_keys", "fingerprint_mismatch",
        "own_keys_damaged", "keys_changed",
    })
    reason_required = True


class UnknownSetting(MentorVaultError):
    default_message = "There is no such setting."
    detail_message = "Unknown setting '{setting}'."


class InvalidSetting(MentorVaultError):
    default_message = "That value does not fit the setting."


# ---------------------------------------------------------------- exchange, with what happened as fields
# The messages name no command or button: the CLI and the window add the remedy in their own words.


class NameNeeded(MentorVaultError):
    """A contact card needs the vault owner's name, and none was given yet."""

    default_message = "A contact card carries your name, and this vault has none yet."


class CardFileExists(MentorVaultError):
    default_message = "A file with that name already exists; the contact card was not written."
    path: str  # a field (set by MentorVaultError)

    def __init__(self, message: str | None = None, *, path: str = "") -> None:
        super().__init__(message, path=path)


class NoCard(ConsentError):
    """The partner has no contact card yet."""

    partner: str  # a field (set by MentorVaultError)

    def __init__(self, partner: str) -> None:
        super().__init__(f"'{partner}' has no contact card yet. Add their card first.", partner=partner)


class NotVerified(ConsentError):
    """The partner's card is pinned but its fingerprint was not verified."""

    partner: str  # a field (set by MentorVaultError)

    def __init__(self, partner: str) -> None:
        super().__init__(f"You have not verified {partner}'s fingerprint yet. Compare the words with them first.",
                         partner=partner)


class RelationshipEnded(ConsentError):
    partner: str  # a field (set by MentorVaultError)

    def __init__(self, partner: str) -> None:
        super().__init__(f"Your relationship with {partner} has ended; nothing more is sent.", partner=partner)


class CrossRelationship(ConsentError):
    """Entries of another relationship need an explicit confirmation each before they leave."""

    entry_ids: list[str]  # a field (set by MentorVaultError)

    def __init__(self, entry_ids: list[str]) -> None:
        super().__init__(f"{len(entry_ids)} of these entries belong to your relationship with someone else. "
                         "Confirm each one explicitly before it goes to anyone else.", entry_ids=entry_ids)


class CardKeysChanged(IdentityError):
    """A new card for a partner has other keys than the pinned one: kept aside until verified."""

    partner: str  # a field (set by MentorVaultError)

    def __init__(self, partner: str) -> None:
        super().__init__(
            f"Warning: this card for '{partner}' has different keys from the one you have. It could be an "
            f"impostor, or {partner} made a new vault. Compare fingerprints with {partner} in person or on a call "
            "before you verify it. Until then nothing from the new keys is accepted.", reason="keys_changed",
            partner=partner)


class BundleReplay(BundleRejected):
    """An older bundle than one already imported from that sender."""

    partner: str  # a field (set by MentorVaultError)

    def __init__(self, partner: str) -> None:
        super().__init__(f"You already imported this bundle from {partner}, or a newer one: it is a replay or an "
                         "old copy. Nothing was changed.", reason="replayed", partner=partner)


class ClosingBundleNeeded(ConsentError):
    """Ending a relationship must send a closing bundle, so the partner removes what was shared."""

    partner: str  # a field (set by MentorVaultError)

    def __init__(self, partner: str) -> None:
        super().__init__(f"Ending your relationship with {partner} needs a closing bundle that asks them to remove "
                         "what you shared; nothing was changed.", partner=partner)


class SharedLogTampered(DamagedVault):
    default_message = ("The record of what was shared has been edited outside MentorVault; its records cannot be "
                       "trusted. Restore the vault from a backup, and compare digests with your partners.")


class ImportProblem(MentorVaultError):
    """A note to import could not be read or is refused (``import-from``); nothing was imported.

    ``file`` names the file (or the member of an archive) and ``reason`` the problem; some
    reasons carry more: ``limit`` (bytes or a count), ``line`` (JSON), ``value`` (a date or a
    time zone as the file gave it, cut to 40 characters), ``detail`` (an entry field's problem).
    """

    default_message = "The notes could not be imported; nothing was changed."
    reasons = frozenset({
        "no_file", "not_a_folder", "not_a_file", "unreadable", "too_large", "too_many_files", "zip_bomb",
        "not_a_zip", "unsafe_path", "symlink", "size_mismatch", "not_utf8", "bad_json", "not_a_journal",
        "bad_date", "bad_time_zone", "duplicate_id", "yaml_aliases", "bad_front_matter", "newer_format",
        "invalid_entry", "missing_attachment", "attachment_mismatch", "nothing_found",
    })
    reason_required = True
    _TEXT = {
        "no_file": "there is no such file or folder",
        "not_a_folder": "this format needs a folder",
        "not_a_file": "this is not a regular file",
        "unreadable": "it could not be read",
        "too_large": "it is larger than the limit of {limit} bytes",
        "too_many_files": "it holds more than {limit} files",
        "zip_bomb": "it would expand far more than any real export (a zip bomb?)",
        "not_a_zip": "it is not a zip archive, or it is damaged",
        "unsafe_path": "it names a path outside the folder it was given ('..' or an absolute path)",
        "symlink": "it is a symbolic link, which an import never follows",
        "size_mismatch": "its contents do not match the size the archive declares (damaged or forged)",
        "not_utf8": "it is not valid UTF-8 text",
        "bad_json": "it is not valid JSON (line {line})",
        "not_a_journal": "it does not have the structure of this format's export",
        "bad_date": "it holds an impossible date or time '{value}'",
        "bad_time_zone": "it names an unknown time zone '{value}'",
        "duplicate_id": "two entries in it have the same id '{value}'",
        "yaml_aliases": "its front matter uses YAML aliases, which an import refuses (they can expand without end)",
        "bad_front_matter": "its front matter is not a mapping of names to values",
        "newer_format": "it was written by a newer version of MentorVault",
        "invalid_entry": "an entry in it does not fit: {detail}",
        "missing_attachment": "a file it lists is missing: '{value}'",
        "attachment_mismatch": "a file it lists differs from the one beside it: '{value}'",
        "nothing_found": "it holds no notes of this format",
    }

    def __str__(self) -> str:
        """The file and its problem in one sentence (English; the window words it from the fields)."""
        reason = self.field("reason")
        if reason not in self._TEXT:
            return super().__str__()
        problem = self._TEXT[reason].format_map(_Unknown(self.fields))
        return f"'{self.field('file', '?')}': {problem}. Nothing was imported."


class ImportCancelled(MentorVaultError):
    """The user cancelled an import; nothing was imported."""

    default_message = "The import was cancelled; nothing was imported."


class _Unknown(dict[str, Any]):
    """Fields for a message, with ``?`` for any the raise did not give."""

    def __missing__(self, key: str) -> str:
        return "?"


class NotesExportError(MentorVaultError):
    """Notes could not be written out (export-to, print): the place chosen (``path``) is not usable.

    Nothing was written: an export goes into a temporary sibling and is renamed into place at the end.
    """

    default_message = "The notes could not be written there. Nothing was written."
    detail_message = "The notes could not be written to '{path}'. Nothing was written."
    reasons = frozenset({"not_empty", "is_file", "is_folder", "exists", "no_parent", "nothing_selected"})
    reason_required = True


class InvalidAttachmentName(MentorVaultError):
    """An attachment's name cannot be used (``name``: what was given, cut to 80 characters)."""

    default_message = "That attachment name cannot be used."
    detail_message = "The attachment name '{name}' cannot be used."
    reasons = frozenset({"empty", "path_separator", "control_character", "hidden", "too_long", "bad_media_type"})
    reason_required = True


class AttachmentTooLarge(MentorVaultError):
    """A file is over the per-file cap (``size`` in bytes when known, ``limit`` in bytes)."""

    default_message = "That file is too large to attach. Nothing was attached."
    detail_message = ("'{name}' is too large to attach ({size} bytes; files up to {limit} bytes can be attached). "
                      "Nothing was attached.")
    reasons = frozenset({"to_show"})  # none: to attach; "to_show": too large for the window to show itself


class AttachmentNotFound(MentorVaultError):
    """The entry (``entry_id``) has no attachment called ``name``."""

    default_message = "That entry has no attachment by that name."
    detail_message = "The entry has no attachment named '{name}'."


class AttachmentSourceUnreadable(MentorVaultError):
    """The file to attach could not be read (``path``, ``os_error``)."""

    default_message = "That file could not be read. Nothing was attached."
    detail_message = "'{path}' could not be read ({os_error}). Nothing was attached."
    reasons = frozenset({"missing", "not_a_file", "unreadable"})
    reason_required = True


class OutputExists(MentorVaultError):
    """A copy was asked to go to ``path``, which already exists, without leave to replace it."""

    default_message = "That file already exists. Nothing was written."
    detail_message = "'{path}' already exists. Nothing was written."


class NoPrivateScratch(MentorVaultError):
    """There is no private folder in memory-backed storage (the user's runtime folder) to open a copy from."""

    default_message = ("This computer has no private folder in memory to open the attachment from, so it was not "
                       "opened. Save a copy instead.")


class ExchangeFolderError(MentorVaultError):
    """A partner's exchange folder cannot be used as it is."""

    default_message = "That exchange folder cannot be used."
    reasons = frozenset({"not_a_folder", "missing", "none_set"})
    reason_required = True
