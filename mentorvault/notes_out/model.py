"""What is written out, and what an export reports."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from mentorvault.domain.strictjson import JSONObject


@dataclass(frozen=True)
class Selection:
    """Which entries: the filters of ``mentorvault list`` and, optionally, ids (full or a unique prefix).

    With ids alone, exactly those entries; with ids and filters, the ids that also match the filters.
    ``protected=False`` leaves protected entries out (the window, while it hides them).
    """

    kind: str | None = None
    tag: str | None = None
    partner: str | None = None
    since: str | None = None
    until: str | None = None
    limit: int | None = None
    ids: tuple[str, ...] = ()
    protected: bool = True

    @property
    def filtered(self) -> bool:
        return any(v is not None for v in (self.kind, self.tag, self.partner, self.since, self.until, self.limit))


@dataclass
class ExportResult:
    """What an export wrote: its format, the path (a folder or a file), how many entries and attachments."""

    format: str
    path: str
    entries: int
    attachments: int = 0
    bytes: int = 0
    files: list[str] = field(default_factory=list)  # for markdown: the entry files, relative to ``path``

    def to_json(self) -> JSONObject:
        out: dict[str, Any] = asdict(self)
        return out
