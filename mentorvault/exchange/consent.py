"""``vault.consents``: per-entry, per-partner consent, pinned to the exact content the user saw.

Nothing is shared by default.  An entry edited after consent is left out until the user
consents again.  Revoking a consent whose entry already left for that partner makes a
revocation record with its own id; it travels in every later bundle that reaches the partner
until their receipt names that id (:mod:`mentorvault.storage.consents`).
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from mentorvault.domain.consent import state_of
from mentorvault.errors import ConsentError
from mentorvault.exchange import _core
from mentorvault.exchange.models import ConsentInfo, ConsentPreview, PendingRevocation
from mentorvault.storage import consents as table
from mentorvault.storage.db import transaction

if TYPE_CHECKING:
    from mentorvault.vault import Vault


def _info(row: table.ConsentRow) -> ConsentInfo:
    return ConsentInfo(row.entry_id, row.partner_name, state_of(row.content_hash, row.revoked_at, row.entry_hash),
                       row.content_hash, row.granted_at, row.revoked_at, row.removed_by_partner_at, row.last_sent_at,
                       row.title)


class ConsentManager:
    def __init__(self, vault: Vault) -> None:
        self._v = vault

    @property
    def _conn(self) -> Any:
        return self._v.conn

    def grant(self, entry_id: str, partner: str, expected_hash: str | None = None) -> ConsentInfo:
        """Consent to share this entry, exactly as it is now, with ``partner``.

        ``expected_hash`` is the content hash of what the user was shown; if the entry
        changed since, nothing is granted.
        """
        entry = _core.get_entry(self._v, entry_id)
        p = _core.find_partner(self._v, partner)
        if expected_hash is not None and expected_hash != entry.content_hash:
            raise ConsentError("The entry changed after you reviewed it. Review it again before sharing.",
                               reason="changed_after_review")
        now = _core.now(self._v)
        with transaction(self._conn):
            written = table.written_at(self._conn, entry.id, entry.content_hash) or now[:19] + "Z"
            table.grant(self._conn, entry.id, p.id, entry.content_hash, written, now)
        self._v.sync.after_share(p.id)
        return self.get(entry.id, p.id)

    def revoke(self, entry_id: str, partner: str) -> ConsentInfo:
        entry_id = _core.resolve_id(self._v, entry_id)
        p = _core.find_partner(self._v, partner)
        with transaction(self._conn):
            if not table.exists(self._conn, entry_id, p.id):
                raise ConsentError(f"That entry was never shared with {p.name}; there is nothing to revoke.",
                                   reason="never_shared", partner=p.name)
            table.revoke(self._conn, [entry_id], p.id, _core.now(self._v), "revoked")
        self._v.sync.after_share(p.id)
        return self.get(entry_id, p.id)

    def get(self, entry_id: str, partner_id: str) -> ConsentInfo:
        return _info(table.rows(self._conn, entry_id=entry_id, partner_id=partner_id)[0])

    def list(self, partner: str | None = None, *, entry_id: str | None = None, partner_id: str | None = None,
             entry_ids: Iterable[str] | None = None) -> list[ConsentInfo]:
        """Consents, newest first; ``entry_ids`` keeps those of the given entries only (one query)."""
        if partner:
            partner_id = _core.find_partner(self._v, partner).id
        return [_info(r) for r in table.rows(self._conn, partner_id=partner_id, entry_id=entry_id,
                                               entry_ids=entry_ids)]

    def preview(self, entry_id: str) -> ConsentPreview:
        """Exactly what a partner would receive for this entry, and the hash consent would pin."""
        e = _core.get_entry(self._v, entry_id)
        return ConsentPreview(e.id, e.kind, e.title, e.body, e.fields, e.tags, e.content_hash, e.attachments)

    def pending_revocations(self, partner: str) -> builtins.list[PendingRevocation]:
        """Revocations still travelling to ``partner`` until their receipt arrives."""
        p = _core.find_partner(self._v, partner)
        return [PendingRevocation(r.id, r.entry_id, r.created_at, r.reason, r.sent_at is not None)
                for r in table.pending(self._conn, p.id)]

    def on_entry_deleted(self, entry_id: str) -> None:
        """Inside the delete's transaction: a deleted entry that was shared is revoked for everyone."""
        table.revoke(self._conn, [entry_id], None, _core.now(self._v), "deleted")

    def revoke_all(self, partner_id: str) -> builtins.list[str]:
        """Every active consent of one partner revoked (ending a relationship); returns the entry ids."""
        ids = [r.entry_id for r in table.rows(self._conn, partner_id=partner_id) if r.revoked_at is None]
        table.revoke(self._conn, ids, partner_id, _core.now(self._v), "revoked")
        return ids
