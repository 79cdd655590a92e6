"""``vault.inbox``: what partners shared with me, read-only, with my private notes; and
co-signed boundary agreements."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mentorvault.domain.attachments import verified
from mentorvault.domain.models import AttachmentInfo
from mentorvault.errors import ConsentError, EntryNotFound
from mentorvault.exchange import _core
from mentorvault.exchange.models import AgreementStatus, InboxEntry, LogDigest
from mentorvault.storage import attachments, received
from mentorvault.storage.atomic import atomic_writer
from mentorvault.storage.db import transaction
from mentorvault.storage.received import InboxRow

if TYPE_CHECKING:
    from mentorvault.vault import Vault


def _entry(r: InboxRow, files: list[AttachmentInfo]) -> InboxEntry:
    return InboxEntry(r.partner_name, r.entry_id, r.kind, r.title, r.body, r.fields_value, r.tags_value,
                      r.content_hash, r.updated_at, r.received_at, r.private_note, files)


class InboxManager:
    def __init__(self, vault: Vault) -> None:
        self._v = vault

    @property
    def _conn(self) -> Any:
        return self._v.conn

    def list(self, partner: str | None = None, kind: str | None = None) -> list[InboxEntry]:
        pid = _core.find_partner(self._v, partner).id if partner else None
        return [_entry(r, attachments.list_inbox_attachments(self._conn, r.partner_id, r.entry_id))
                for r in received.inbox(self._conn, pid, kind)]

    def get(self, entry_id: str, partner: str | None = None) -> InboxEntry:
        """One shared entry by its id or a unique prefix of it."""
        r = self._row(entry_id, partner)
        return _entry(r, attachments.list_inbox_attachments(self._conn, r.partner_id, r.entry_id))

    def _row(self, entry_id: str, partner: str | None) -> InboxRow:
        pid = _core.find_partner(self._v, partner).id if partner else None
        rows = received.inbox(self._conn, pid, entry_id=entry_id.strip().lower()) if entry_id.strip() else []
        if len(rows) != 1:
            if not rows:
                raise EntryNotFound("No entry a partner shared with you has that id.", reason="not_in_inbox",
                                    entry_id=entry_id.strip()[:40])
            raise EntryNotFound("More than one shared entry starts with that id; give more of it.",
                                reason="ambiguous", entry_id=entry_id.strip()[:40])
        return rows[0]

    # ------------------------------------------------------------ attachments of shared entries (read-only)

    def attachment_chunks(self, entry_id: str, name: str, partner: str | None = None) -> Iterator[bytes]:
        """A shared entry's attachment, decrypted, one stored chunk at a time (checked against its hash)."""
        r = self._row(entry_id, partner)
        info, blob_id = attachments.get_inbox_attachment(self._conn, r.partner_id, r.entry_id, name)
        return verified(attachments.read_chunks(self._conn, blob_id), info.size, info.sha256)

    def attachment(self, entry_id: str, name: str, partner: str | None = None) -> AttachmentInfo:
        r = self._row(entry_id, partner)
        return attachments.get_inbox_attachment(self._conn, r.partner_id, r.entry_id, name)[0]

    def save_attachment_copy(self, entry_id: str, name: str, out: Path, *, overwrite: bool = False,
                             partner: str | None = None) -> AttachmentInfo:
        """A plain (not encrypted) copy of a shared entry's attachment at ``out``, written atomically."""
        info = self.attachment(entry_id, name, partner)
        with atomic_writer(Path(out), replace=overwrite) as fh:
            for chunk in self.attachment_chunks(entry_id, info.name, partner):
                fh.write(chunk)
        return info

    def set_note(self, partner: str, entry_id: str, note: str) -> None:
        """My private note on a partner's shared entry; the entry itself stays read-only."""
        pid = _core.find_partner(self._v, partner).id
        with transaction(self._conn):
            if not received.set_note(self._conn, pid, entry_id, note):
                raise EntryNotFound("That shared entry is no longer in your inbox.", reason="not_in_inbox",
                                    entry_id=entry_id[:40])

    def digest(self, partner: str) -> LogDigest:
        """What I received from ``partner``, to compare with their ``shared_log.digest``."""
        return self._v.shared_log.received_digest(partner)

    # ------------------------------------------------------------ co-signed agreements

    def accept_agreement(self, partner: str, entry_id: str) -> None:
        """Accept a boundary agreement the partner shared; the acceptance travels in my next bundle."""
        pid = _core.find_partner(self._v, partner).id
        found = received.inbox_kind(self._conn, pid, entry_id)
        if not found or found[0] != "boundary-agreement":
            raise ConsentError("Only a boundary agreement your partner shared with you can be accepted.",
                               reason="not_an_agreement")
        with transaction(self._conn):
            received.accept(self._conn, pid, entry_id, found[1], _core.now(self._v))

    def my_acceptances(self) -> set[tuple[str, str]]:
        """(partner name, entry id) of every partner's agreement I accepted."""
        return {(a.partner_name, a.entry_id) for a in received.given_acceptances(self._conn)}

    def agreement_status(self, entry_id: str) -> AgreementStatus:
        """'agreed by both' while the partner's acceptance matches the current content."""
        entry = _core.get_entry(self._v, entry_id)
        for a in received.acceptances_received(self._conn, entry.id):
            if a.content_hash == entry.content_hash:
                return AgreementStatus(True, a.partner_name, a.accepted_at)
            return AgreementStatus(False, a.partner_name, a.accepted_at, changed_since=True)
        return AgreementStatus(False)

