"""The few calls the exchange makes into the rest of the vault, in one place."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mentorvault.domain.models import Entry, EntrySummary, Partner
from mentorvault.storage import partners

if TYPE_CHECKING:
    from mentorvault.vault import Vault


def now(vault: Vault) -> str:
    return vault.now()


def your_name(vault: Vault) -> str:
    """The owner's name from the vault's settings ("" when none was given)."""
    return vault.settings.get().your_name


def set_your_name(vault: Vault, name: str) -> None:
    vault.settings.update(your_name=name)


def find_partner(vault: Vault, name: str) -> Partner:
    return partners.find_partner(vault.conn, name)


def partner_by_id(vault: Vault, partner_id: str) -> Partner:
    return partners.get_partner(vault.conn, partner_id)


def add_partner(vault: Vault, name: str, **values: Any) -> Partner:
    return vault.partners.add(name, **values)


def get_entry(vault: Vault, entry_id: str) -> Entry:
    return vault.entries.get(entry_id)


def resolve_id(vault: Vault, entry_id: str) -> str:
    return vault.entries.resolve_id(entry_id)


def add_entry(vault: Vault, kind: str, title: str, body: str, fields: dict[str, Any], partner: str) -> Entry:
    return vault.entries.add(kind, title, body, fields, partner=partner)


def latest_entry(vault: Vault, kind: str, partner: str) -> EntrySummary | None:
    rows = vault.entries.list(kind=kind, partner=partner, limit=1)
    return rows[0] if rows else None


def next_meeting(vault: Vault, partner: str) -> str | None:
    return vault.partners.next_meeting(partner)


def verify_passphrase(vault: Vault, passphrase: str) -> bool:
    return vault.keys.verify_passphrase(passphrase)
