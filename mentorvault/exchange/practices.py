"""Orchestrations over the exchange that the facade offers: "Before we meet" and ending a relationship."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mentorvault.domain.models import Entry
from mentorvault.domain.strictjson import JSONObject
from mentorvault.errors import ClosingBundleNeeded, WrongPassphrase
from mentorvault.exchange import _core
from mentorvault.exchange.models import InboxEntry
from mentorvault.storage import consents, received, sharing
from mentorvault.storage.db import transaction

if TYPE_CHECKING:
    from mentorvault.vault import Vault


@dataclass
class MeetingPrep:
    """'Before we meet': what the partner shared lately, and my own agenda."""

    partner: str
    next_meeting: str | None
    their_agenda: list[InboxEntry]
    session_notes: list[InboxEntry]
    struggles: list[InboxEntry]
    feedback: list[InboxEntry]
    goals: list[InboxEntry]
    my_agenda: Entry | None

    def to_json(self) -> JSONObject:
        return {"partner": self.partner, "next_meeting": self.next_meeting,
                **{name: [e.to_json() for e in getattr(self, name)]
                   for name in ("their_agenda", "session_notes", "struggles", "feedback", "goals")},
                "my_agenda": self.my_agenda.to_json() if self.my_agenda else None}


@dataclass
class EndResult:
    partner: str
    revoked: list[str]
    bundle: str | None
    gratitude_entry: str | None = None
    wiped: int = 0

    def to_json(self) -> JSONObject:
        out: dict[str, Any] = {"partner": self.partner, "revoked": self.revoked, "bundle": self.bundle,
                               "wiped": self.wiped}
        if self.gratitude_entry:
            out["gratitude_entry"] = self.gratitude_entry
        return out


@dataclass
class _Grouped:
    by_kind: dict[str, list[InboxEntry]] = field(default_factory=dict)

    def take(self, kind: str, limit: int | None = None) -> list[InboxEntry]:
        rows = self.by_kind.get(kind, [])
        return rows if limit is None else rows[:limit]


def meeting_prep(vault: Vault, partner: str) -> MeetingPrep:
    grouped = _Grouped()
    for e in vault.inbox.list(partner):
        grouped.by_kind.setdefault(e.kind, []).append(e)
    # Bundles say when a version was written to the second; the meeting an agenda is for decides.
    grouped.by_kind.get("agenda", []).sort(key=lambda e: (str(e.fields.get("meeting_date") or ""), e.updated_at),
                                           reverse=True)
    mine = _core.latest_entry(vault, "agenda", partner)
    return MeetingPrep(
        partner=_core.find_partner(vault, partner).name,
        next_meeting=_core.next_meeting(vault, partner),
        their_agenda=grouped.take("agenda", 1),
        session_notes=grouped.take("session-note", 3),
        struggles=grouped.take("struggle-story", 5),
        feedback=grouped.take("feedback", 5),
        goals=grouped.take("goal"),
        my_agenda=_core.get_entry(vault, mine.id) if mine else None,
    )


def needs_closing_bundle(vault: Vault, partner_id: str) -> bool:
    """Whether anything ever left for this partner (so ending must ask them to remove it)."""
    return any(r.last_sent_at for r in consents.rows(vault.conn, partner_id=partner_id)) or bool(
        consents.pending(vault.conn, partner_id))


def end_relationship(vault: Vault, partner: str, *, out: Path | str | None = None, passphrase: str | None = None,
                     revoke_all: bool = True, gratitude: str | None = None) -> EndResult:
    """Safe exit: optional closing gratitude note, the closing bundle, archive, and wipe their inbox copy.

    The closing bundle carries a revocation of everything shared, so the partner's app removes
    its copy; ending without one is refused (:class:`ClosingBundleNeeded`) when anything was
    ever sent and consents are being revoked.
    """
    p = _core.find_partner(vault, partner)
    if out is None and revoke_all and needs_closing_bundle(vault, p.id):
        raise ClosingBundleNeeded(p.name)
    if out is not None and (passphrase is None or not _core.verify_passphrase(vault, passphrase)):
        raise WrongPassphrase("That passphrase is not right, so nothing was changed.")
    result = EndResult(p.name, [], None)
    if revoke_all:
        with transaction(vault.conn):
            result.revoked = vault.consents.revoke_all(p.id)
    if gratitude:
        note = _core.add_entry(vault, "gratitude", f"Thank you, {p.name}", "",
                               {"to_whom": p.name, "what_it_meant": gratitude}, partner=p.name)
        vault.consents.grant(note.id, p.name)
        result.gratitude_entry = note.id
    if out is not None:
        assert passphrase is not None
        vault.exchange.export_bundle([p.name], out, passphrase)
        result.bundle = str(out)
    with transaction(vault.conn):
        result.wiped = len(received.inbox_hashes(vault.conn, p.id))
        received.wipe(vault.conn, p.id)
        sharing.archive(vault.conn, p.id, _core.now(vault))
    return result
