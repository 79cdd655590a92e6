"""Read model of the search panel: a request (what the user typed and filtered) and its pages of hits."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mentorvault.domain.models import SearchHit

if TYPE_CHECKING:
    from mentorvault.vault import Vault

PAGE = 50  # hits per page: the first page is the best matches


@dataclass(frozen=True)
class SearchRequest:
    query: str  # already tidied (see searchquery.tidy_query)
    kind: str | None = None
    tag: str | None = None
    partner: str | None = None  # partner id
    since: str | None = None
    until: str | None = None


@dataclass(frozen=True)
class SearchPage:
    offset: int
    hits: list[SearchHit]

    @property
    def more(self) -> bool:
        """A full page: there may be more after it."""
        return len(self.hits) == PAGE


def search_page(vault: Vault, request: SearchRequest, offset: int) -> SearchPage:
    """Runs on the worker."""
    hits = vault.entries.search(request.query, kind=request.kind, tag=request.tag, partner=request.partner,
                        since=request.since, until=request.until, limit=PAGE, offset=offset)
    return SearchPage(offset, hits)


__all__ = ["PAGE", "SearchPage", "SearchRequest", "search_page"]
