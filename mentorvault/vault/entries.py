"""``vault.entries``: journal entries, their revisions, tags and search."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from mentorvault.domain.attachments import media_type
from mentorvault.domain.entry import EntryContent, validate_content
from mentorvault.domain.kinds import kind_spec
from mentorvault.domain.models import Entry, EntrySummary, RevisionInfo, SearchHit
from mentorvault.storage import attachments as attached
from mentorvault.storage import entries as table
from mentorvault.storage import search as fts
from mentorvault.storage.db import checkpoint, transaction

if TYPE_CHECKING:
    from mentorvault.vault.core import Vault

_UNSET: Any = object()


def _kind(kind: str | None) -> str | None:
    return None if kind is None else kind_spec(kind).name


def _tag(tag: str | None) -> str | None:
    return tag.strip().lstrip("#").lower() if tag else None


class EntryManager:
    """Entries of every kind; ``partner`` arguments take a partner's name or id."""

    UNSET = _UNSET

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def _partner_id(self, partner: str | None) -> str | None:
        return self._vault.partners.id_of(partner)

    def resolve_id(self, entry_id: str) -> str:
        """A full id from a full id or a unique prefix of at least 6 characters."""
        return table.resolve_entry_id(self._vault.conn, entry_id)

    def add(self, kind: str, title: str, body: str = "", fields: Mapping[str, Any] | None = None,
            tags: Sequence[str] = (), partner: str | None = None, protected: bool = False) -> Entry:
        content = validate_content(kind, title, body, fields, tags)
        conn = self._vault.conn
        with transaction(conn):
            entry_id = table.insert_entry(conn, content, self._partner_id(partner), protected, self._vault.now())
        return self.get(entry_id)

    def update(self, entry_id: str, *, title: str | None = None, body: str | None = None,
               fields: Mapping[str, Any] | None = None, tags: Sequence[str] | None = None,
               partner: Any = _UNSET, protected: bool | None = None, merge_fields: bool = False,
               note: str = "") -> Entry:
        entry_id = self.resolve_id(entry_id)
        conn = self._vault.conn
        with transaction(conn):
            current = table.get_entry(conn, entry_id)
            new_fields: Mapping[str, Any] = current.fields
            if fields is not None:
                new_fields = {**current.fields, **fields} if merge_fields else fields
                if merge_fields:
                    new_fields = {k: v for k, v in new_fields.items() if v not in (None, "", [])}
            content = validate_content(
                current.kind,
                current.title if title is None else title,
                current.body if body is None else body,
                new_fields,
                current.tags if tags is None else tags,
            )
            partner_id = current.partner_id if partner is _UNSET else self._partner_id(partner)
            table.update_entry(conn, entry_id, content, partner_id,
                               current.protected if protected is None else protected, self._vault.now(), note)
        return self.get(entry_id)

    def get(self, entry_id: str) -> Entry:
        return table.get_entry(self._vault.conn, self.resolve_id(entry_id))

    def list(self, *, kind: str | None = None, tag: str | None = None, partner: str | None = None,
             since: str | None = None, until: str | None = None, limit: int | None = None,
             offset: int = 0, after_id: str | None = None, with_tags: bool = True) -> builtins.list[EntrySummary]:
        return table.list_entries(self._vault.conn, kind=_kind(kind), tag=_tag(tag),
                                  partner_id=self._partner_id(partner), since=since, until=until,
                                  limit=limit, offset=offset, after_id=after_id, with_tags=with_tags)

    def count(self, *, kind: str | None = None, tag: str | None = None, partner: str | None = None,
              since: str | None = None, until: str | None = None) -> int:
        return table.count_entries(self._vault.conn, kind=_kind(kind), tag=_tag(tag),
                                   partner_id=self._partner_id(partner), since=since, until=until)

    def search(self, query: str, *, kind: str | None = None, tag: str | None = None, partner: str | None = None,
               since: str | None = None, until: str | None = None, limit: int = 20,
               offset: int = 0) -> builtins.list[SearchHit]:
        return fts.search(self._vault.conn, query, kind=_kind(kind), tag=_tag(tag),
                          partner_id=self._partner_id(partner), since=since, until=until, limit=limit,
                          offset=offset)

    def delete(self, entry_id: str) -> None:
        entry_id = self.resolve_id(entry_id)
        conn = self._vault.conn
        with transaction(conn):
            table.delete_entry(conn, entry_id)
            self._vault.consents.on_entry_deleted(entry_id)
        checkpoint(conn)

    def history(self, entry_id: str) -> builtins.list[RevisionInfo]:
        return table.history(self._vault.conn, self.resolve_id(entry_id))

    def revision(self, entry_id: str, rev: int) -> EntryContent:
        return table.get_revision(self._vault.conn, self.resolve_id(entry_id), rev).content

    def restore_revision(self, entry_id: str, rev: int) -> Entry:
        """Make an old revision current again, as a new revision (history is never rewritten)."""
        entry_id = self.resolve_id(entry_id)
        conn = self._vault.conn
        with transaction(conn):
            old = table.get_revision(conn, entry_id, rev)
            current = table.get_entry(conn, entry_id)
            if old.content.attachments != {a.name: a.sha256 for a in current.attachments}:
                attached.replace_set(conn, entry_id, old.content.attachments,
                                     {n: media_type(n) for n in old.content.attachments}, self._vault.now())
            table.update_entry(conn, entry_id, old.content, old.partner_id, current.protected, self._vault.now(),
                               f"restored revision {rev}")
        return self.get(entry_id)

    def tags(self) -> builtins.list[tuple[str, int]]:
        """Every tag in use and how many entries carry it, by name."""
        return table.all_tags(self._vault.conn)

    def overdue_agreements(self, today: str | None = None) -> builtins.list[EntrySummary]:
        """Boundary agreements whose review date has passed."""
        today = today or self._vault.today()
        return [
            e for e in self.list(kind="boundary-agreement")
            if e.entry_date is not None and e.entry_date < today
            and self.get(e.id).fields.get("review_date") is not None
        ]
