"""Consent states for the entry list and partner pages, without Qt.

``consent_index`` runs on the worker beside a page of the entry list: one call to
``vault.consents.list(entry_ids=...)`` (one query, for that page's entries only), indexed by
entry id, so the list can show each row's sharing state without a query per row.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from mentorvault.errors import MentorVaultError
from mentorvault.ui.logic.partners import CardState, as_mapping

if TYPE_CHECKING:
    from mentorvault.vault import Vault

CURRENT, CHANGED, REVOKED = "current", "changed since consent", "revoked"


@dataclass(frozen=True)
class ShareState:
    """How one entry is shared: with whom it is current, changed since consent, or revoked."""

    current: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    revoked: tuple[str, ...] = ()
    removed: tuple[tuple[str, str], ...] = field(default=())  # (partner, removed_by_partner_at)

    @property
    def summary(self) -> str:
        """"changed" when any consent needs a fresh look, else "shared", "revoked" or ""."""
        if self.changed:
            return "changed"
        if self.current:
            return "shared"
        if self.revoked:
            return "revoked"
        return ""


def share_state(infos: Iterable[Any]) -> ShareState:
    cur: list[str] = []
    chg: list[str] = []
    rev: list[str] = []
    removed: list[tuple[str, str]] = []
    for c in infos:
        if c.state == CURRENT:
            cur.append(c.partner)
        elif c.state == CHANGED:
            chg.append(c.partner)
        else:
            rev.append(c.partner)
            if c.removed_by_partner_at:
                removed.append((c.partner, c.removed_by_partner_at))
    return ShareState(tuple(sorted(cur)), tuple(sorted(chg)), tuple(sorted(rev)), tuple(sorted(removed)))


def consent_index(vault: Any, entry_ids: Iterable[str]) -> dict[str, ShareState]:
    """Sharing state of each of ``entry_ids`` that has ever been shared (one ``consents()`` call)."""
    wanted = list(entry_ids)
    if not wanted:
        return {}
    by_entry: dict[str, list[Any]] = {}
    for c in vault.consents.list(entry_ids=wanted):
        by_entry.setdefault(c.entry_id, []).append(c)
    return {eid: share_state(infos) for eid, infos in by_entry.items()}


@dataclass(frozen=True)
class ShareData:
    """What the Share dialog shows: exactly what would leave, each partner's consent and card."""

    preview: Mapping[str, Any]  # consent_preview(): kind, title, body, fields, tags, content_hash
    consents: Mapping[str, Any]  # partner name -> ConsentInfo
    cards: Mapping[str, CardState]  # partner name -> their card

    def changes(self, ticked: Iterable[str], partners: Iterable[str]) -> tuple[list[str], list[str]]:
        """(to grant, to revoke) when ``ticked`` of ``partners`` are ticked."""
        chosen = set(ticked)
        grant, revoke = [], []
        for name in partners:
            info = self.consents.get(name)
            if name in chosen and (info is None or info.state != CURRENT):
                grant.append(name)
            elif name not in chosen and info is not None and info.state in (CURRENT, CHANGED):
                revoke.append(name)
        return grant, revoke


def read_share_data(vault: Vault, entry_id: str, partners: list[str]) -> ShareData:
    """Runs on the worker."""
    preview = as_mapping(vault.consents.preview(entry_id))
    consents = {c.partner: c for c in vault.consents.list(entry_id=entry_id)}
    cards = {}
    for name in partners:
        try:
            cards[name] = CardState.of(vault.cards.status(name))
        except MentorVaultError:
            cards[name] = CardState()
    return ShareData(preview, consents, cards)


@dataclass(frozen=True)
class ShareResult:
    granted: list[str] = field(default_factory=list)
    revoked: list[str] = field(default_factory=list)


def apply_share(vault: Vault, entry_id: str, expected_hash: str, grant: list[str], revoke: list[str]) -> ShareResult:
    """Grant consent to exactly the version shown (its content hash), and revoke the unticked."""
    for name in grant:
        vault.consents.grant(entry_id, name, expected_hash=expected_hash)
    for name in revoke:
        vault.consents.revoke(entry_id, name)
    return ShareResult(grant, revoke)


def word_groups(words: list[str], size: int = 3) -> list[list[str]]:
    """The nine fingerprint words in groups of three, as they are read aloud."""
    return [words[i:i + size] for i in range(0, len(words), size)]


__all__ = ["CHANGED", "CURRENT", "REVOKED", "ShareData", "ShareResult", "ShareState", "apply_share", "consent_index",
           "read_share_data", "share_state", "word_groups"]
