"""Read model of the sidebar: how many entries of each kind, the partners, the tags."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mentorvault.domain.kinds import KINDS
from mentorvault.domain.models import Partner

if TYPE_CHECKING:
    from mentorvault.vault import Vault


@dataclass(frozen=True)
class SidebarData:
    total: int
    kind_counts: Mapping[str, int]
    partners: list[Partner]  # not archived
    tags: list[tuple[str, int]]  # (tag, entries carrying it)


def read_sidebar(vault: Vault) -> SidebarData:
    """Runs on the worker."""
    return SidebarData(
        total=vault.entries.count(),
        kind_counts={k: vault.entries.count(kind=k) for k in KINDS},
        partners=vault.partners.list(include_archived=False),
        tags=vault.entries.tags(),
    )


__all__ = ["SidebarData", "read_sidebar"]
