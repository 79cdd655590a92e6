"""Plain row objects the facade returns to both front ends."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from mentorvault.domain.strictjson import JSONObject


@dataclass(frozen=True)
class AttachmentInfo:
    """One attachment of an entry: its name on the entry, size in bytes, SHA-256 (hex) and media type."""

    name: str
    size: int
    sha256: str
    type: str

    def to_json(self) -> JSONObject:
        return asdict(self)


@dataclass
class Partner:
    id: str
    name: str
    role: str | None = None
    mentor_type: str | None = None
    rhythm_days: int | None = None
    archived: bool = False
    created_at: str = ""
    updated_at: str = ""
    notes: str = ""

    def to_json(self) -> JSONObject:
        return asdict(self)


@dataclass
class Entry:
    id: str
    kind: str
    title: str
    body: str
    fields: dict[str, Any]
    tags: list[str]
    partner: str | None
    partner_id: str | None
    protected: bool
    entry_date: str | None
    created_at: str
    updated_at: str
    content_hash: str
    rev: int
    attachments: list[AttachmentInfo] = field(default_factory=list)

    def to_json(self) -> JSONObject:
        return asdict(self)


@dataclass
class EntrySummary:
    id: str
    kind: str
    title: str
    partner: str | None
    protected: bool
    entry_date: str | None
    created_at: str
    updated_at: str
    preview: str = ""
    tags: list[str] = field(default_factory=list)

    def to_json(self) -> JSONObject:
        return asdict(self)


@dataclass
class SearchHit:
    id: str
    kind: str
    title: str
    partner: str | None
    protected: bool
    entry_date: str | None
    updated_at: str
    snippet: str
    highlights: list[tuple[int, int]]
    score: float

    def to_json(self) -> JSONObject:
        d = asdict(self)
        d["highlights"] = [list(h) for h in self.highlights]
        return d


@dataclass
class RevisionInfo:
    rev: int
    saved_at: str
    title: str
    content_hash: str
    note: str = ""

    def to_json(self) -> JSONObject:
        return asdict(self)


@dataclass(frozen=True)
class UpgradeProgress:
    """How far an upgrade of the vault's storage (a schema migration at unlock) has come.

    ``step`` is "entries" (converting them: ``done`` of ``total``) or "compacting" (giving the
    freed space back to the disk: no count, ``total`` is 0).
    """

    step: str
    done: int
    total: int
