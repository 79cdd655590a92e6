"""Read models and calls of the exchange: cards, bundles, "What have they seen?", "Before we meet", ending.

Every function here runs on the worker (``ExchangeActions`` and the identity dialogs
hand them to ``session.call``).  Results the core gives as mappings today
(``partner_status``, ``meeting_prep``) are read through :func:`field_of`, which takes a
mapping or an object, so the views keep working when the core returns dataclasses.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mentorvault.domain.models import Entry
from mentorvault.errors import IdentityError
from mentorvault.ui.logic.partners import CardState, as_mapping, field_of

if TYPE_CHECKING:
    from mentorvault.vault import Vault


# ---------------------------------------------------------------- my card


@dataclass(frozen=True)
class MyCard:
    display_name: str
    fingerprint: Mapping[str, Any]  # fingerprint, words, digits


def read_my_card(vault: Vault) -> MyCard:
    return MyCard(vault.identity.name() or "", as_mapping(vault.identity.fingerprint()))


def export_my_card(vault: Vault, path: Path, name: str | None) -> None:
    vault.identity.export_card(path, name)


def set_display_name(vault: Vault, name: str) -> None:
    vault.identity.set_display_name(name)


# ---------------------------------------------------------------- partners' cards


def partner_card(vault: Vault, name: str) -> CardState:
    """Everything about a partner's card (the verify dialog shows its fingerprint)."""
    return CardState.of(vault.cards.status(name))


def partner_cards(vault: Vault) -> list[CardState]:
    """The card of every partner not archived (to choose whom a bundle is for)."""
    return [CardState.of(vault.cards.status(p.name)) for p in vault.partners.list(include_archived=False)]


@dataclass(frozen=True)
class CardAdded:
    card: CardState
    different_keys: bool  # the card's keys differ from the verified card's: it waits to be verified


def add_partner_card(vault: Vault, partner: str, card_text: str) -> CardAdded:
    try:
        return CardAdded(CardState.of(vault.cards.add(partner, card_text)), False)
    except IdentityError:
        card = CardState.of(vault.cards.status(partner))
        if card.pending_card:
            return CardAdded(card, True)
        raise


def verify_partner(vault: Vault, name: str, words: str) -> CardState:
    return CardState.of(vault.cards.verify(name, words))


# ---------------------------------------------------------------- bundles


@dataclass(frozen=True)
class ExportDraft:
    """What a bundle would carry, and the titles of entries whose sharing is being revoked."""

    preview: Any  # ExportPreview
    titles: Mapping[str, str]
    folder: Any = None  # the partner's ExchangeFolder ("Send to NAME")


def read_export_draft(vault: Vault, partners: list[str], with_folder: bool = False) -> ExportDraft:
    preview = vault.exchange.preview_export(partners)
    titles = {c.entry_id: c.title or "" for name in partners for c in vault.consents.list(name)} \
        if preview.revocation_count else {}
    return ExportDraft(preview, titles, vault.sync.folder(partners[0]) if with_folder else None)


def export_bundle(vault: Vault, partners: list[str], out: Path, passphrase: str, confirm: list[str]) -> Any:
    return vault.exchange.export_bundle(partners, out, passphrase, confirm_cross=confirm)


def review_import(vault: Vault, path: Path) -> Any:
    return vault.exchange.review_import(path)


def import_bundle(vault: Vault, path: Path) -> Any:
    return vault.exchange.import_bundle(path)


# ---------------------------------------------------------------- partner views


@dataclass(frozen=True)
class Seen:
    """What a partner has seen: each entry that left, the shared log, and whether the log is intact."""

    entries: list[Any]
    log: list[Any]
    log_intact: bool
    digest_words: list[str] = field(default_factory=list)  # what I sent them, summed up as words to compare
    received_words: list[str] = field(default_factory=list)  # what they sent me, the same way
    received_bundles: int = 0


def read_seen(vault: Vault, partner: str) -> Seen:
    received = vault.inbox.digest(partner)
    return Seen([as_mapping(s) for s in vault.shared_log.what_partner_has_seen(partner)],
                vault.shared_log.records(partner), vault.shared_log.verify(), vault.shared_log.digest(partner).words,
                received.words, received.bundles)


@dataclass(frozen=True)
class MeetingPrep:
    """"Before we meet": their latest shared agenda, struggles, feedback and goals, beside my agenda."""

    partner: str
    next_meeting: str | None
    their_agenda: list[Any]
    session_notes: list[Any]
    struggles: list[Any]
    feedback: list[Any]
    goals: list[Any]
    my_agenda: Entry | None

    @classmethod
    def of(cls, prep: Any) -> MeetingPrep:
        def items(name: str) -> list[Any]:
            return list(field_of(prep, name) or [])

        return cls(field_of(prep, "partner"), field_of(prep, "next_meeting"), items("their_agenda"),
                   items("session_notes"), items("struggles"), items("feedback"), items("goals"),
                   field_of(prep, "my_agenda"))


def read_meeting_prep(vault: Vault, partner: str) -> MeetingPrep:
    return MeetingPrep.of(vault.meeting_prep(partner))


@dataclass(frozen=True)
class Ending:
    """What ending a relationship touches: entries still shared, entries of theirs, whether the card is verified."""

    shared: int
    received: int
    verified: bool


def read_ending(vault: Vault, partner: str) -> Ending:
    shared = sum(1 for c in vault.consents.list(partner) if c.state != "revoked")
    return Ending(shared, len(vault.inbox.list(partner)), CardState.of(vault.cards.status(partner)).verified)


@dataclass(frozen=True)
class Ended:
    bundle: bool  # a final bundle was written


def end_relationship(vault: Vault, partner: str, *, out: Path | None, passphrase: str | None, revoke_all: bool,
                     gratitude: str | None) -> Ended:
    result = vault.end_relationship(partner, out=out, passphrase=passphrase, revoke_all=revoke_all,
                                    gratitude=gratitude)
    return Ended(bool(field_of(result, "bundle")))


__all__ = ["CardAdded", "Ended", "Ending", "ExportDraft", "MeetingPrep", "MyCard", "Seen", "add_partner_card",
           "end_relationship", "export_bundle", "export_my_card", "import_bundle", "partner_card",
           "partner_cards", "read_ending", "read_export_draft", "read_meeting_prep", "read_my_card", "read_seen",
           "review_import", "set_display_name", "verify_partner"]


def set_exchange_folder(vault: Vault, partner: str, folder: Path | None, send_on_share: bool | None = None) -> Any:
    """Set (or with None clear) a partner's exchange folder; the folder as it is now."""
    return vault.sync.set_folder(partner, folder, send_on_share=send_on_share)


def set_send_on_share(vault: Vault, partner: str, on: bool) -> Any:
    return vault.sync.set_send_on_share(partner, on)


def send_to_folder(vault: Vault, partner: str, passphrase: str, confirm: list[str]) -> Any:
    """"Send to NAME": one bundle into the partner's exchange folder (a SentBundle)."""
    return vault.sync.send(partner, passphrase, confirm)


def email_command(bundle: Path, subject: str) -> list[str]:
    """The command that opens the user's mail program with the bundle attached (xdg-utils)."""
    return ["xdg-email", "--utf8", "--subject", subject, "--attach", str(bundle)]


def write_calendar(vault: Vault, partner: str, out: Path, with_agenda: bool) -> Any:
    """The next meeting with ``partner`` as an .ics file (a CalendarFile)."""
    return vault.partners.calendar(partner, out, with_agenda=with_agenda)
