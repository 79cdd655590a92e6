"""Consent states for the entry list and partner pages, without Qt.

``consent_index`` runs on the worker beside a page of the entry list: one call to
``vault.consents.list(entry_ids=...)`` (one query, for that page's entries only), indexed by
entry id, so the list can show each row's sharing state without a query per row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

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


def word_groups(words: list[str], size: int = 3) -> list[list[str]]:
    """The nine fingerprint words in groups of three, as they are read aloud."""
    return [words[i:i + size] for i in range(0, len(words), size)]


__all__ = ["ShareState", "share_state", "consent_index", "word_groups", "CURRENT", "CHANGED", "REVOKED"]
