"""What the exchange managers return: small dataclasses, never bare dicts."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from mentorvault.domain.consent import ConsentState
from mentorvault.domain.entry import EntryContent
from mentorvault.domain.models import AttachmentInfo
from mentorvault.domain.strictjson import JSONObject


@dataclass
class FingerprintDisplay:
    fingerprint: str  # 64 hex digits
    words: list[str]
    digits: str

    def to_json(self) -> JSONObject:
        return asdict(self)


@dataclass
class PartnerStatus:
    name: str
    has_card: bool
    verified: bool
    verified_at: str | None
    pending_card: bool
    archived: bool = False
    fingerprint: FingerprintDisplay | None = None
    pending: FingerprintDisplay | None = None

    def to_json(self) -> JSONObject:
        out: dict[str, Any] = {"name": self.name, "has_card": self.has_card, "verified": self.verified,
                               "verified_at": self.verified_at, "pending_card": self.pending_card,
                               "archived": self.archived}
        if self.fingerprint is not None:
            out.update(self.fingerprint.to_json())
        if self.pending is not None:
            out["pending"] = self.pending.to_json()
        return out


@dataclass
class ConsentInfo:
    entry_id: str
    partner: str
    state: ConsentState
    content_hash: str
    granted_at: str
    revoked_at: str | None
    removed_by_partner_at: str | None
    last_sent_at: str | None
    title: str | None = None

    def to_json(self) -> JSONObject:
        return {**asdict(self), "state": str(self.state)}


@dataclass
class ConsentPreview:
    """Exactly what a partner would receive for an entry, and the hash consent would pin."""

    id: str
    kind: str
    title: str
    body: str
    fields: dict[str, Any]
    tags: list[str]
    content_hash: str
    attachments: list[AttachmentInfo] = field(default_factory=list)  # they travel too (the hash covers them)

    def to_json(self) -> JSONObject:
        return asdict(self)


@dataclass
class PendingRevocation:
    id: str
    entry_id: str
    created_at: str
    reason: str  # 'revoked' or 'deleted'
    sent: bool

    def to_json(self) -> JSONObject:
        return asdict(self)


@dataclass
class ExportItem:
    entry_id: str
    kind: str
    title: str
    content_hash: str
    cross_relationship: str | None = None  # the other partner's name, when the entry belongs to one
    off_limits: list[str] = field(default_factory=list)  # topics of a boundary agreement it mentions


@dataclass
class ExportPreview:
    recipients: list[str]
    entries: list[ExportItem]
    left_out_changed: list[ExportItem]
    revocations: dict[str, list[str]]  # recipient name -> entry ids whose removal it asks for
    receipts: dict[str, list[str]]  # recipient name -> revocation ids it confirms
    acceptances: dict[str, list[str]]  # recipient name -> entry ids of agreements accepted
    left_out_unconsented: list[ExportItem] = field(default_factory=list)

    @property
    def needs_cross_confirmation(self) -> list[str]:
        return [e.entry_id for e in self.entries if e.cross_relationship]

    @property
    def revocation_count(self) -> int:
        return sum(len(ids) for ids in self.revocations.values())

    def to_json(self) -> JSONObject:
        return asdict(self)


@dataclass
class ImportReview:
    sender: str
    bundle_id: str
    created_at: str
    new: list[str]
    updated: list[str]
    unchanged: list[str]
    revoked: list[str]  # entries removed from the inbox at the sender's request
    receipts: list[str]  # my entries whose removal the sender confirmed
    acceptances: list[str]
    titles: dict[str, str] = field(default_factory=dict)
    already_imported: bool = False

    def to_json(self) -> JSONObject:
        return asdict(self)


@dataclass
class InboxEntry:
    partner: str
    id: str
    kind: str
    title: str
    body: str
    fields: dict[str, Any]
    tags: list[str]
    content_hash: str
    updated_at: str
    received_at: str
    private_note: str
    attachments: list[AttachmentInfo] = field(default_factory=list)

    def to_json(self) -> JSONObject:
        return asdict(self)


@dataclass
class LogRecord:
    seq: int
    at: str
    bundle_id: str
    direction: str
    partners: list[str]
    entries: list[dict[str, str]]
    revocations: list[str]
    hash: str

    def to_json(self) -> JSONObject:
        return asdict(self)


@dataclass
class SeenEntry:
    entry_id: str
    content_hash: str
    sent_at: str
    bundle_id: str
    title: str | None
    state: ConsentState
    removed_by_partner_at: str | None

    def to_json(self) -> JSONObject:
        return {**asdict(self), "state": str(self.state)}


@dataclass
class LogDigest:
    """A short digest of what one side sent the other, to compare on a call like a fingerprint."""

    partner: str
    direction: str  # 'sent' (what I sent them) or 'received' (what I received from them)
    bundles: int
    digest: str  # 64 hex digits; the empty chain's is all zeros
    words: list[str]
    their_bundles: int | None = None  # received: the sender's own count, as signed in their newest bundle
    their_digest: str | None = None
    their_words: list[str] | None = None

    @property
    def matches_theirs(self) -> bool | None:
        return None if self.their_digest is None else self.their_digest == self.digest

    def to_json(self) -> JSONObject:
        out = asdict(self)
        out["words"] = " ".join(self.words)
        if self.their_words is not None:
            out["their_words"] = " ".join(self.their_words)
        out["matches_theirs"] = self.matches_theirs
        return out


@dataclass
class AgreementStatus:
    agreed_by_both: bool
    partner: str | None = None
    accepted_at: str | None = None
    changed_since: bool = False

    def to_json(self) -> JSONObject:
        out: dict[str, Any] = {"agreed_by_both": self.agreed_by_both}
        if self.partner is not None:
            out.update(partner=self.partner, accepted_at=self.accepted_at)
        if self.changed_since:
            out["changed_since"] = True
        return out


@dataclass(frozen=True)
class ParsedAttachment:
    """An attachment carried in a bundle, its bytes checked against its size and SHA-256."""

    name: str
    type: str
    sha256: str
    data: bytes


@dataclass
class ParsedEntry:
    id: str
    content: EntryContent
    written_at: str
    content_hash: str  # checked against the content (which covers the attachments' names and hashes)
    attachments: list[ParsedAttachment] = field(default_factory=list)
