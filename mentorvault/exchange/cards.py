"""``vault.cards``: partners' contact cards, pinned once verified (trust on first verification)."""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING, Any

from mentorvault.crypto.fingerprint import words_match
from mentorvault.crypto.identity import ContactCard
from mentorvault.domain.models import Partner
from mentorvault.errors import (
    CardKeysChanged,
    IdentityError,
    NoCard,
    NotVerified,
    PartnerNotFound,
    RelationshipEnded,
)
from mentorvault.exchange import _core
from mentorvault.exchange.identity import fingerprint_display
from mentorvault.exchange.models import PartnerStatus
from mentorvault.storage import sharing
from mentorvault.storage.db import transaction
from mentorvault.storage.sharing import CardRow

if TYPE_CHECKING:
    from mentorvault.vault import Vault


def card_of(row: CardRow) -> ContactCard | None:
    if not row.recipient or not row.signing_key or row.card_name is None:
        return None
    return ContactCard(row.card_name, row.recipient, base64.b64decode(row.signing_key))


class CardManager:
    def __init__(self, vault: Vault) -> None:
        self._v = vault

    @property
    def _conn(self) -> Any:
        return self._v.conn

    def _row(self, name: str) -> CardRow:
        return sharing.card_row(self._conn, _core.find_partner(self._v, name).id)

    def card(self, name: str) -> ContactCard | None:
        return card_of(self._row(name))

    def status(self, name: str) -> PartnerStatus:
        r = self._row(name)
        out = PartnerStatus(r.name, bool(r.recipient), bool(r.verified_at), r.verified_at, bool(r.pending_card),
                            bool(r.archived))
        if r.fingerprint:
            out.fingerprint = fingerprint_display(bytes.fromhex(r.fingerprint))
        if r.pending_card:
            out.pending = fingerprint_display(ContactCard.from_text(r.pending_card).fingerprint)
        return out

    def add(self, name: str, card_text: str, **partner_values: Any) -> PartnerStatus:
        """Attach a contact card to a partner (created if new). Returns the partner's status.

        A card with other keys than the pinned one is kept aside as pending and refused
        (:class:`CardKeysChanged`) until the user verifies its fingerprint.
        """
        card = ContactCard.from_text(card_text)
        if card.fingerprint == self._v.identity.get().fingerprint:
            raise IdentityError("That is your own contact card. Import your partner's card instead.",
                                reason="own_card")
        fp = card.fingerprint.hex()
        try:
            partner: Partner | None = _core.find_partner(self._v, name)
        except PartnerNotFound:
            partner = None
        other = sharing.other_partner_with_key(self._conn, fp, partner.id if partner else None)
        if other:
            raise IdentityError(
                f"These keys already belong to your partner '{other}'. One card cannot stand for two partners.",
                reason="other_partners_keys", partner=other)
        if partner is None:
            partner = _core.add_partner(self._v, name, **partner_values)
        row = sharing.card_row(self._conn, partner.id)
        if row.fingerprint and row.fingerprint != fp:
            with transaction(self._conn):
                sharing.set_pending(self._conn, partner.id, card.to_text())
            raise CardKeysChanged(partner.name)
        if row.fingerprint != fp:
            with transaction(self._conn):
                sharing.pin_card(self._conn, partner.id, card.name, card.recipient,
                                 base64.b64encode(card.signing_key).decode(), fp, None, _core.now(self._v))
        return self.status(partner.name)

    def verify(self, name: str, fingerprint_text: str) -> PartnerStatus:
        """Mark a partner's card verified, only if the words (or digits) match its fingerprint.

        Verifying a new card (or an earlier one again) pins its keys; what was imported from
        any key before, and the numbers that refuse replays, stay as they were.
        """
        r = self._row(name)
        now = _core.now(self._v)
        if r.pending_card:
            pending = ContactCard.from_text(r.pending_card)
            if not words_match(pending.fingerprint, fingerprint_text):
                raise IdentityError(
                    f"Those words do not match the new card for '{r.name}'. Nothing was changed; do not trust it.",
                    reason="fingerprint_mismatch", partner=r.name, new_card=True)
            with transaction(self._conn):
                sharing.pin_card(self._conn, r.id, pending.name, pending.recipient,
                                 base64.b64encode(pending.signing_key).decode(), pending.fingerprint.hex(), now, now)
            return self.status(r.name)
        if not r.fingerprint:
            raise NoCard(r.name)
        if not words_match(bytes.fromhex(r.fingerprint), fingerprint_text):
            raise IdentityError(
                f"Those words do not match the fingerprint of {r.name}'s card. The partner stays unverified; "
                "check the words with them again.", reason="fingerprint_mismatch", partner=r.name)
        with transaction(self._conn):
            sharing.set_verified(self._conn, r.id, r.fingerprint, now)
        return self.status(r.name)

    def verified(self, name: str) -> tuple[CardRow, ContactCard]:
        """The partner's pinned, verified card, for sending; refuses otherwise."""
        r = self._row(name)
        card = card_of(r)
        if card is None:
            raise NoCard(r.name)
        if not r.verified_at:
            raise NotVerified(r.name)
        if r.archived:
            raise RelationshipEnded(r.name)
        return r, card

    def known_sender(self, fingerprint: str) -> ContactCard | None:
        """The pinned card with this fingerprint, for opening a bundle."""
        row = sharing.card_row_by_fingerprint(self._conn, fingerprint)
        return card_of(row) if row else None
