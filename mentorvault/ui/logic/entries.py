"""Read models for entries: the list's pages, one entry for the editor, its sharing, and the editor's writes.

Everything here runs on the worker thread (``session.call(lambda v: ...)``): plain
functions over the vault facade returning small frozen dataclasses the widgets
only display.  The vault calls of the entry list and the editor are all here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from mentorvault.domain.entry import preview_text, validate_content
from mentorvault.domain.kinds import FieldSpec
from mentorvault.domain.models import Entry, EntrySummary
from mentorvault.errors import InvalidEntry
from mentorvault.ui.logic.fields import missing_required
from mentorvault.ui.logic.partners import as_mapping
from mentorvault.ui.logic.saving import Draft
from mentorvault.ui.logic.sharing import ShareState, consent_index, share_state

if TYPE_CHECKING:  # the vault is imported at unlock, not before the first window
    from mentorvault.vault import Vault


@dataclass(frozen=True)
class ListFilter:
    """Which entries the list shows: a kind, a tag or a partner (or all)."""

    kind: str | None = None
    tag: str | None = None
    partner_id: str | None = None

    def matches(self, entry: Entry) -> bool:
        return ((self.kind is None or entry.kind == self.kind)
                and (self.tag is None or self.tag in entry.tags)
                and (self.partner_id is None or entry.partner_id == self.partner_id))


def summary_of(entry: Entry) -> EntrySummary:
    """The list row of an entry just saved (the list keeps in step without reading it again)."""
    return EntrySummary(entry.id, entry.kind, entry.title, entry.partner, entry.protected, entry.entry_date,
                        entry.created_at, entry.updated_at, preview_text(entry.kind, entry.body, entry.fields),
                        list(entry.tags))


def shown_date(summary: EntrySummary) -> str:
    """The date a row shows and the list is ordered by: the entry's own date, else the day of its last change."""
    return summary.entry_date or summary.updated_at[:10]


def comes_before(a: EntrySummary, b: EntrySummary) -> bool:
    """Whether row ``a`` is listed above row ``b``: the vault's order (newest shown date first,
    then the last change, ties by id), so the list can place a saved entry without reading it again."""
    da, db = shown_date(a), shown_date(b)
    if da != db:
        return da > db
    if a.updated_at != b.updated_at:
        return a.updated_at > b.updated_at
    return a.id < b.id


def place_of(summary: EntrySummary, row: int, count: int,
             held: Callable[[int], EntrySummary | None]) -> int | None:
    """Where a saved entry goes in a list of ``count`` rows in the vault's order: its row among the
    other rows (counted without its own ``row``; -1 for a new entry).  ``held(k)`` is row k's summary
    or None when it is not held; None is returned when such a row would decide the place.
    """
    others = count - (1 if row >= 0 else 0)

    def at(k: int) -> EntrySummary | None:
        return held(k if row < 0 or k < row else k + 1)

    if others and (first := at(0)) is not None and comes_before(summary, first):
        return 0  # the usual case: a new or just-dated entry at the top
    target = min(row, others) if row >= 0 else 0
    while target > 0:
        above = at(target - 1)
        if above is None:
            return None
        if not comes_before(summary, above):
            break
        target -= 1
    while target < others:
        below = at(target)
        if below is None:
            return None
        if not comes_before(below, summary):
            break
        target += 1
    return target


@dataclass(frozen=True)
class EntryPage:
    """One page of the list: its rows, the sharing state of those ever shared, and (first page) the total."""

    rows: list[EntrySummary]
    share: Mapping[str, ShareState] = field(default_factory=dict)
    total: int | None = None


class EntryPages:
    """Reads the entry list for one filter a page at a time (newest first)."""

    def __init__(self, flt: ListFilter, page_size: int) -> None:
        self.filter = flt
        self.page_size = page_size

    def first(self, vault: Vault) -> EntryPage:
        flt = self.filter
        total = vault.entries.count(kind=flt.kind, tag=flt.tag, partner=flt.partner_id)
        return self._page(vault, 0, None, total)

    def page(self, vault: Vault, offset: int, after_id: str | None) -> EntryPage:
        """The page starting at ``offset``, asked for as "the rows after ``after_id``" when it is known.

        Found through the index that way, where OFFSET stepped over every earlier row (a page
        near the end of 50,000 took 1 s).
        """
        return self._page(vault, offset, after_id, None)

    def _page(self, vault: Vault, offset: int, after_id: str | None, total: int | None) -> EntryPage:
        flt = self.filter
        rows = vault.entries.list(kind=flt.kind, tag=flt.tag, partner=flt.partner_id, limit=self.page_size,
                                  offset=offset, after_id=after_id, with_tags=False)  # the list shows no tags
        return EntryPage(rows, sharing_of(vault, [r.id for r in rows]), total)


def sharing_of(vault: Vault, entry_ids: list[str]) -> dict[str, ShareState]:
    """Sharing state of each of ``entry_ids`` ever shared (one query)."""
    return consent_index(vault, entry_ids)


def tidy_index(vault: Vault, seconds: float) -> int:
    """Purge old search-index rows for about ``seconds``; how many are left to purge."""
    return vault.tidy_index(seconds)


# ---------------------------------------------------------------- the editor


def read_entry(vault: Vault, entry_id: str) -> Entry:
    return vault.entries.get(entry_id)


@dataclass(frozen=True)
class EntryEdit:
    """What the editor's widgets hold, ready to store."""

    kind: str
    title: str
    body: str
    fields: dict[str, Any]
    tags: list[str]
    partner: str | None
    protected: bool


@dataclass(frozen=True)
class SaveProblem:
    """Why an edit cannot be stored yet (the editor words it)."""

    no_title: bool = False
    missing: tuple[FieldSpec, ...] = ()  # required fields still empty
    invalid: InvalidEntry | None = None  # the core's own check refused it


def save_problem(edit: EntryEdit) -> SaveProblem | None:
    """None when ``edit`` can be saved; otherwise the first reason it cannot, checked without the vault."""
    no_title, missing = missing_required(edit.kind, edit.title, edit.fields)
    if no_title:
        return SaveProblem(no_title=True)
    if missing:
        return SaveProblem(missing=tuple(missing))
    try:
        validate_content(edit.kind, edit.title, edit.body, edit.fields, edit.tags)
    except InvalidEntry as exc:
        return SaveProblem(invalid=exc)
    return None


def save_draft(vault: Vault, draft: Draft, edit: EntryEdit) -> Entry:
    """Add the draft's entry (its first save) or update it.

    Runs on the worker.  A new entry's id is set on the draft here, so later saves
    already queued for the same draft update it instead of adding another.
    """
    if draft.entry_id is None:
        entry = vault.entries.add(edit.kind, edit.title, edit.body, edit.fields, edit.tags, edit.partner,
                                protected=edit.protected)
        draft.entry_id = entry.id
        return entry
    return vault.entries.update(draft.entry_id, title=edit.title, body=edit.body, fields=edit.fields, tags=edit.tags,
                              partner=edit.partner, protected=edit.protected)


def add_reflection(vault: Vault, title: str, prompt: str, deck: str, answer: str, partner: str | None) -> Entry:
    """A reflection written on the Reflect page: the prompt, its deck and the answer."""
    return vault.entries.add("reflection", title, "", {"prompt": prompt, "deck": deck, "answer": answer}, [], partner)


def delete_entry(vault: Vault, entry_id: str) -> None:
    vault.entries.delete(entry_id)


@dataclass(frozen=True)
class EntrySharing:
    """The editor's header: with whom the entry is shared, and a boundary agreement's co-signing."""

    state: ShareState
    agreement: Mapping[str, Any] | None = None


def entry_sharing(vault: Vault, entry_id: str, kind: str) -> EntrySharing:
    state = share_state(vault.consents.list(entry_id=entry_id))
    agreement = as_mapping(vault.inbox.agreement_status(entry_id)) if kind == "boundary-agreement" else None
    return EntrySharing(state, agreement)


__all__ = [
    "EntryEdit",
    "EntryPage",
    "EntryPages",
    "EntrySharing",
    "ListFilter",
    "add_reflection",
    "comes_before",
    "place_of",
    "shown_date",
    "delete_entry",
    "entry_sharing",
    "read_entry",
    "SaveProblem", "save_problem", "save_draft",
    "sharing_of", "tidy_index",
    "summary_of",
]
