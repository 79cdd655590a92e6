"""Read model of the Inbox: what partners shared with you, and which of their agreements you accepted."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mentorvault.vault import Vault


@dataclass(frozen=True)
class InboxData:
    entries: list[Any]  # InboxEntry, newest first
    accepted: frozenset[tuple[str, str]] = field(default_factory=frozenset)  # (partner, entry id) I accepted

    def partners(self) -> list[str]:
        return sorted({e.partner for e in self.entries})

    def from_partner(self, partner: str | None) -> list[Any]:
        return [e for e in self.entries if partner is None or e.partner == partner]

    def find(self, partner: str, entry_id: str) -> Any:
        return next((e for e in self.entries if (e.partner, e.id) == (partner, entry_id)), None)

    def is_accepted(self, partner: str, entry_id: str) -> bool:
        return (partner, entry_id) in self.accepted

    def with_accepted(self, partner: str, entry_id: str) -> InboxData:
        return replace(self, accepted=self.accepted | {(partner, entry_id)})


def read_inbox(vault: Vault) -> InboxData:
    """Runs on the worker: every shared entry, and which of their agreements I have accepted."""
    entries = vault.inbox.list()
    return InboxData(entries, frozenset(vault.inbox.my_acceptances()))


def save_note(vault: Vault, partner: str, entry_id: str, text: str) -> None:
    """My private note on an entry a partner shared."""
    vault.inbox.set_note(partner, entry_id, text)


def accept_agreement(vault: Vault, partner: str, entry_id: str) -> None:
    vault.inbox.accept_agreement(partner, entry_id)


__all__ = ["InboxData", "accept_agreement", "read_inbox", "save_note"]
