"""The names the exchange code (``mentorvault/exchange.py``) reads the vault's tables through.

The SQL lives in one module per group of tables: ``meta``, ``partners``, ``entries``,
``index`` and ``search``; this module only gathers the few the exchange code uses, so
it keeps working while it is rewritten.
"""

from __future__ import annotations

from mentorvault.storage.db import transaction
from mentorvault.storage.entries import (
    all_tags,
    count_entries,
    delete_entry,
    get_entry,
    get_revision,
    history,
    insert_entry,
    list_entries,
    resolve_entry_id,
    update_entry,
)
from mentorvault.storage.index import index_problems, merge_index, purge_stale_index, stale_index_rows
from mentorvault.storage.meta import get_meta, set_meta
from mentorvault.storage.partners import add_partner, find_partner, get_partner, list_partners, update_partner
from mentorvault.storage.search import build_match, search

__all__ = [
    "transaction", "get_meta", "set_meta", "add_partner", "find_partner", "get_partner", "list_partners",
    "update_partner", "all_tags", "count_entries", "delete_entry", "get_entry", "get_revision", "history",
    "insert_entry", "list_entries", "resolve_entry_id", "update_entry", "index_problems", "merge_index",
    "purge_stale_index", "stale_index_rows", "build_match", "search",
]
