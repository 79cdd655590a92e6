"""Read models for partners: the partner banner, the overview above All entries, and partner edits.

A partner's card status comes from the core as a mapping today (``partner_status``);
:class:`CardState` is what the views read, so the views do not change when the core's
result becomes a dataclass.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mentorvault.domain.models import EntrySummary, Partner

if TYPE_CHECKING:
    from mentorvault.vault import Vault


def as_mapping(source: Any) -> Any:
    """A core result as the mapping its ``to_json`` gives (a mapping or None passes through)."""
    to_json = getattr(source, "to_json", None)
    return to_json() if callable(to_json) else source


def field_of(source: Any, name: str, default: Any = None) -> Any:
    if isinstance(source, dict):
        return source.get(name, default)
    return getattr(source, name, default)


@dataclass(frozen=True)
class CardState:
    """What the window shows of a partner's contact card."""

    has_card: bool = False
    verified: bool = False
    verified_at: str | None = None
    pending_card: bool = False  # a new card with different keys waits to be verified
    words: tuple[str, ...] = ()  # the fingerprint words of the card in use
    name: str = ""
    fingerprint: Mapping[str, Any] | None = None  # the card in use: fingerprint, words, digits
    pending: Mapping[str, Any] | None = None  # the new card waiting: fingerprint, words, digits

    @classmethod
    def of(cls, status: Any) -> CardState:
        """From a ``vault.cards.status`` result (None or empty: no card)."""
        status = as_mapping(status)
        if not status:
            return cls()
        words = tuple(field_of(status, "words", ()) or ())
        shown = {"fingerprint": field_of(status, "fingerprint"), "words": list(words),
                 "digits": field_of(status, "digits")} if field_of(status, "fingerprint") else None
        return cls(bool(field_of(status, "has_card")), bool(field_of(status, "verified")),
                   field_of(status, "verified_at"), bool(field_of(status, "pending_card")), words,
                   str(field_of(status, "name", "") or ""), shown, field_of(status, "pending") or None)

    @property
    def to_compare(self) -> Mapping[str, Any] | None:
        """The fingerprint to compare when verifying: the new card's when one waits, else the card's."""
        return self.pending or self.fingerprint


def card_state(vault: Vault, name: str) -> CardState:
    return CardState.of(vault.cards.status(name))


@dataclass(frozen=True)
class PartnerInfo:
    """The banner above a partner's entries."""

    partner: Partner
    next_meeting: str | None
    overdue: list[EntrySummary]  # their agreements past the review date
    card: CardState = CardState()
    exchange_folder: Any = None  # ExchangeFolder, or None


def read_partner_info(vault: Vault, partner_id: str, today: _dt.date) -> PartnerInfo:
    """Runs on the worker."""
    p = vault.partners.get(partner_id)
    overdue = [a for a in vault.entries.overdue_agreements(today.isoformat()) if a.partner == p.name]
    return PartnerInfo(p, vault.partners.next_meeting(partner_id), overdue, card_state(vault, p.name),
                       vault.sync.folder(p.name))


@dataclass(frozen=True)
class Overview:
    """Above All entries."""

    next_meeting: tuple[Partner, str] | None  # the soonest meeting due, over all partners
    overdue: list[EntrySummary]


def read_overview(vault: Vault, today: _dt.date) -> Overview:
    """Runs on the worker: the next meeting due and the agreements past their review date."""
    due = [(p, d) for p in vault.partners.list(include_archived=False) if (d := vault.partners.next_meeting(p.id))]
    soonest = min(due, key=lambda pd: pd[1]) if due else None
    return Overview(soonest, vault.entries.overdue_agreements(today.isoformat()))


@dataclass(frozen=True)
class PartnerValues:
    """What the partner dialog gives back."""

    name: str
    role: str | None
    mentor_type: str | None
    rhythm_days: int | None


def add_partner(vault: Vault, v: PartnerValues) -> Partner:
    return vault.partners.add(v.name, v.role, v.mentor_type, v.rhythm_days)


def update_partner(vault: Vault, partner_id: str, v: PartnerValues) -> Partner:
    return vault.partners.update(partner_id, name=v.name, role=v.role, mentor_type=v.mentor_type,
                                rhythm_days=v.rhythm_days)


__all__ = [
    "CardState",
    "Overview",
    "PartnerInfo",
    "PartnerValues",
    "add_partner",
    "card_state",
    "read_overview",
    "read_partner_info",
    "update_partner",
]
