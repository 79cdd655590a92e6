"""The entries an export takes: the facade's own list query (the filters of ``mentorvault list``) and ids."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mentorvault.notes_out.model import Selection

if TYPE_CHECKING:
    from mentorvault.vault import Vault


def select_ids(vault: Vault, selection: Selection) -> list[str]:
    """The ids of the selected entries, oldest first (the reverse of the list's newest-first order).

    Ids are resolved like everywhere else (a unique prefix of at least 6 characters will do); an id
    that matches nothing raises :class:`~mentorvault.errors.EntryNotFound`, so a typo is never
    silently left out.
    """
    wanted = [vault.entries.resolve_id(i) for i in selection.ids]
    if wanted and not selection.filtered:
        ids = list(dict.fromkeys(wanted))
        return ids if selection.protected else [i for i in ids if not vault.entries.get(i).protected]
    rows = vault.entries.list(kind=selection.kind, tag=selection.tag, partner=selection.partner,
                              since=selection.since, until=selection.until, limit=selection.limit,
                              with_tags=False)
    ids = [r.id for r in reversed(rows) if selection.protected or not r.protected]
    if wanted:
        keep = set(wanted)
        ids = [i for i in ids if i in keep]
    return ids
