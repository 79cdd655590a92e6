"""Writing a bundle: the preview the user confirms, then one signed, encrypted file.

What leaves, per recipient: the entries consented to EVERY recipient of the bundle, exactly
as consented (an entry edited since is left out), and in that recipient's private part its
sequence number, the consent times, every revocation still pending for it, the receipts
this vault owes it, acceptances, this vault's chain head of what it sent that recipient, and the
highest sequence number this vault imported from that recipient's key (its acknowledgement).
The export is recorded before the file appears: the record may over-report, never under-report.
"""

from __future__ import annotations

import base64
import os
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from mentorvault.crypto.bundle import pad_parts, seal_bundle, seal_part, sender_block
from mentorvault.crypto.identity import ContactCard, Identity
from mentorvault.domain.consent import to_second
from mentorvault.domain.entry import searchable_text
from mentorvault.errors import (
    BundleTargetIsFolder,
    BundleTooLarge,
    ConsentError,
    CrossRelationship,
    WrongPassphrase,
)
from mentorvault.exchange import _core
from mentorvault.exchange.log import chain_record, next_head
from mentorvault.exchange.manifest import (
    ACKS_VERSION,
    ATTACHMENTS_VERSION,
    MANIFEST_VERSION,
    MAX_SHARED_ATTACHMENT_BYTES,
    Part,
    part_bytes,
)
from mentorvault.exchange.models import ExportItem, ExportPreview
from mentorvault.storage import attachments, consents, received, sharing, syncfolders
from mentorvault.storage.atomic import write_atomic
from mentorvault.storage.db import transaction
from mentorvault.storage.sharing import CardRow

if TYPE_CHECKING:
    from mentorvault.vault import Vault

def topic_pattern(topic: str) -> re.Pattern[str]:
    """Matches exactly where ``\\b<topic>\\b`` does: the topic as a whole word or phrase.

    Written literal first, with the leading word boundary checked from behind, so the regular
    expression engine jumps from one occurrence of the literal to the next instead of trying
    every position of the text (an export with many off-limits topics took seconds).
    """
    return re.compile(re.escape(topic) + rf"(?<=\b.{{{len(topic)}}})\b", re.DOTALL)


@dataclass
class _Recipient:
    row: CardRow
    card: ContactCard

    @property
    def fp(self) -> str:
        return self.card.fingerprint.hex()


@dataclass
class _Plan:
    preview: ExportPreview
    recipients: list[_Recipient]
    contents: dict[str, tuple[str, Any, list[str]]]  # entry id -> (body, fields, sorted tags)
    pins: Mapping[str, list[consents.Pin]]  # entry id -> its active consents
    pending: dict[str, list[consents.Revocation]]  # partner id -> revocations owed to its current key
    acceptances: dict[str, list[received.Acceptance]]  # partner id -> acceptances to send


class Exporter:
    def __init__(self, vault: Vault) -> None:
        self._v = vault
        # After write/export: each recipient of the bundle written, with the sequence number it carries.
        self.sent: list[syncfolders.SentTo] = []

    @property
    def _conn(self) -> Any:
        return self._v.conn

    def _off_limits(self, partner_ids: list[str]) -> list[str]:
        topics: list[str] = []
        for fields_json in sharing.boundary_fields(self._conn, partner_ids):
            topics.extend(orjson.loads(fields_json).get("off_limits", []))
        return sorted({t.strip() for t in topics if t.strip()})

    def preview(self, partners: Sequence[str]) -> ExportPreview:
        return self._plan(partners, with_unconsented=True).preview

    def _plan(self, partners: Sequence[str], *, with_unconsented: bool = False) -> _Plan:
        if not partners:
            raise ConsentError("Name at least one partner to share with.", reason="no_partner")
        recipients = [_Recipient(*self._v.cards.verified(name)) for name in partners]
        ids = [r.row.id for r in recipients]
        if len(set(ids)) != len(ids):
            raise ConsentError("A partner is named twice.", reason="partner_twice")
        patterns = [(t, t.lower(), topic_pattern(t.lower())) for t in self._off_limits(ids)]
        pins = consents.active_pins(self._conn, ids)
        rows = consents.consented_entries(self._conn, ids)
        rows.sort(key=lambda r: (r.updated_at, r.id))  # oldest change first
        included: list[ExportItem] = []
        changed: list[ExportItem] = []
        contents: dict[str, tuple[str, Any, list[str]]] = {}
        owner_names: dict[str, str] = {}
        for row in rows:
            hashes = [pin.content_hash for pin in pins[row.id]]
            if len(hashes) != len(ids):
                continue  # a pod bundle holds only entries consented to every recipient
            item = ExportItem(row.id, row.kind, row.title, row.content_hash)
            if hashes.count(row.content_hash) != len(ids):
                changed.append(item)
                continue
            if row.partner_id and (row.partner_id not in ids or len(ids) > 1):
                # In a pod, an entry of one relationship also reaches the others: confirm it too.
                if row.partner_id not in owner_names:
                    owner_names[row.partner_id] = _core.partner_by_id(self._v, row.partner_id).name
                item.cross_relationship = owner_names[row.partner_id]
            fields = orjson.loads(row.fields)  # the value the entry store's json.loads gives
            if patterns:
                text = f"{row.title}\n{row.body}\n{searchable_text(fields)}".lower()
                # The substring test is a necessary condition, and much faster than the search.
                item.off_limits = [t for t, low, pattern in patterns if low in text and pattern.search(text)]
            contents[row.id] = (row.body, fields, sorted(row.tags.split("\x1f")) if row.tags else [])
            included.append(item)
        sent = {item.entry_id for item in included} | {item.entry_id for item in changed}
        # What stays behind because it was never consented: shown in the preview; an export skips the query.
        unconsented = [ExportItem(i, k, t, h) for i, k, t, h in consents.linked_unconsented(self._conn, ids)
                       if i not in sent] if with_unconsented else []
        names = [r.row.name for r in recipients]
        pending = {r.row.id: consents.pending(self._conn, r.row.id, r.fp) for r in recipients}
        acceptances = {r.row.id: received.acceptances_to_send(self._conn, r.row.id) for r in recipients}
        preview = ExportPreview(
            names, included, changed,
            revocations={r.row.name: [x.entry_id for x in pending[r.row.id]] for r in recipients},
            receipts={r.row.name: received.owed(self._conn, r.row.id) for r in recipients},
            acceptances={r.row.name: [a.entry_id for a in acceptances[r.row.id]] for r in recipients},
            left_out_unconsented=unconsented)
        return _Plan(preview, recipients, contents, pins, pending, acceptances)

    def _attach_files(self, entries: list[dict[str, Any]]) -> bool:
        """Add each entry's attachments (bytes as base64) to its manifest item; whether there were any.

        All of one bundle's attachments together stay within MAX_SHARED_ATTACHMENT_BYTES, or
        :class:`BundleTooLarge` (``reason="attachments"``) and nothing is written.
        """
        listed = attachments.attachments_of(self._conn, [e["id"] for e in entries])
        found = {e["id"]: listed.get(e["id"], []) for e in entries}
        total = sum(a.size for files in found.values() for a in files)
        if total > MAX_SHARED_ATTACHMENT_BYTES:
            raise BundleTooLarge(f"The attachments of the entries chosen add up to {total} bytes, more than the "
                                 f"{MAX_SHARED_ATTACHMENT_BYTES // 2**20} MiB one bundle can carry; nothing was "
                                 "written. Share fewer of them at a time.",
                                 limit_mib=MAX_SHARED_ATTACHMENT_BYTES // 2**20, size=total, reason="attachments")
        for e in entries:
            items = []
            for a in found[e["id"]]:
                _info, blob_id = attachments.get_attachment(self._conn, e["id"], a.name)
                data = b"".join(attachments.read_chunks(self._conn, blob_id))
                items.append({"name": a.name, "type": a.type, "size": a.size, "sha256": a.sha256,
                              "data": base64.b64encode(data).decode("ascii")})
            if items:
                e["attachments"] = items
        return total > 0 or any(found.values())

    def export(self, partners: Sequence[str], out: Path | str, passphrase: str,
               confirm_cross: Iterable[str] = ()) -> ExportPreview:
        """Write one signed, encrypted bundle to ``out``, after the passphrase confirms it."""
        if not _core.verify_passphrase(self._v, passphrase):
            raise WrongPassphrase("That passphrase is not right, so nothing was exported.")
        return self.write(partners, out, confirm_cross)

    def write(self, partners: Sequence[str], out: Path | str, confirm_cross: Iterable[str] = ()) -> ExportPreview:
        """Write the bundle without asking for the passphrase: for an export the user confirmed
        already, or a send to an exchange folder the user allowed ("send when I share")."""
        out = Path(out).expanduser()
        if out.is_dir():
            raise BundleTargetIsFolder(f"'{out}' is a folder. Give a file name for the bundle.", path=str(out))
        tmp = out.with_name(f".{out.name}.partial")
        self._v.shared_log.prepare()
        try:
            preview = self._export_locked(partners, tmp, self._v.identity.get(), confirm_cross)
        except BaseException:
            tmp.unlink(missing_ok=True)  # a bundle the shared log does not record must not stay behind
            raise
        try:
            os.replace(tmp, out)
        finally:
            tmp.unlink(missing_ok=True)
        return preview

    def _export_locked(self, partners: Sequence[str], tmp: Path, me: Identity,
                       confirm_cross: Iterable[str]) -> ExportPreview:
        """Build, seal and record the bundle in one transaction; the sealed file goes to ``tmp``."""
        conn = self._conn
        with transaction(conn):
            plan = self._plan(partners)
            preview = plan.preview
            unconfirmed = sorted(set(preview.needs_cross_confirmation) - set(confirm_cross))
            if unconfirmed:
                raise CrossRelationship(unconfirmed)
            now = _core.now(self._v)
            ids = [r.row.id for r in plan.recipients]
            entry_ids = [item.entry_id for item in preview.entries]
            # One pass over the consents: each recipient's consent times, and the earliest written time.
            granted: dict[str, dict[str, str]] = {pid: {} for pid in ids}
            written: dict[str, str] = {}
            for e in entry_ids:
                pins = plan.pins[e]
                for pin in pins:
                    granted[pin.partner_id][e] = to_second(pin.granted_at)
                # The earliest time it was written for one of them; now, if one never had it.
                first = min(pin.written_at or "" for pin in pins) if len(pins) > 1 else pins[0].written_at
                written[e] = first or to_second(now)
            entries = []
            for item in preview.entries:
                body, fields, tags = plan.contents[item.entry_id]
                entries.append({"id": item.entry_id, "kind": item.kind, "title": item.title, "body": body,
                                "fields": fields, "tags": tags,
                                "content_hash": item.content_hash, "written_at": written[item.entry_id]})
            with_files = self._attach_files(entries)
            hashes = sorted((e["id"], e["content_hash"]) for e in entries)
            bundle_id = str(uuid.uuid4())
            parts: list[bytes] = []
            records: list[tuple[_Recipient, int, str, list[str]]] = []
            sent: list[syncfolders.SentTo] = []
            acks = False
            revoked_entries: set[str] = set()
            for r in plan.recipients:
                pid = r.row.id
                seq = sharing.bump_send_seq(conn, pid)
                pending = plan.pending[pid]  # what travels to the key this bundle is for
                revoked = [x.id for x in pending]
                revoked_entries.update(x.entry_id for x in pending)
                count, head = self._v.shared_log.sent_head(pid, r.fp)
                head = next_head(head, chain_record(seq, bundle_id, hashes, revoked))
                part = Part(bundle_id, r.fp, seq, granted[pid], [(x.id, x.entry_id) for x in pending],
                            preview.receipts[r.row.name],
                            [(a.entry_id, a.content_hash, to_second(a.accepted_at)) for a in plan.acceptances[pid]],
                            count + 1, head, received.ack_to_send(conn, pid, r.fp))
                acks = acks or part.acked_seq > 0
                sent.append(syncfolders.SentTo(pid, r.fp, seq))
                parts.append(part_bytes(part))
                records.append((r, count + 1, head, revoked))
            sealed_parts = {r.fp: seal_part(p, r.card) for r, p in zip(plan.recipients, pad_parts(parts), strict=True)}
            manifest = {
                # 5 once a part acknowledges anything (it may carry attachments too), else 4 with files, else 3
                "format_version": ACKS_VERSION if acks else ATTACHMENTS_VERSION if with_files else MANIFEST_VERSION,
                "bundle_id": bundle_id,
                "created_at": to_second(now),
                "sender": sender_block(me, self._v.identity.display_name()),
                "recipients": [r.fp for r in plan.recipients],
                "entries": entries,
                "parts": sealed_parts,
            }
            sealed = seal_bundle(manifest, me, [r.card for r in plan.recipients])
            # The file is written and flushed to disk on a second thread (writing and fsync let go
            # of the GIL) while this one records the export; leaving the pool waits for the write,
            # so both finish before the commit.
            with ThreadPoolExecutor(max_workers=1, thread_name_prefix="mentorvault-bundle-writer") as pool:
                written_file = pool.submit(write_atomic, tmp, sealed, mode=0o600)
                for r, count, head, revoked in records:
                    pid = r.row.id
                    self._v.shared_log.record_chain(pid, "sent", r.fp, count, bundle_id, now, hashes, revoked, head)
                    consents.mark_sent(conn, pid, r.fp, entry_ids, revoked, now)
                    received.mark_acceptances_sent(conn, pid, now)
                    syncfolders.mark_receipts_sent(conn, pid, now)
                self._v.shared_log.append(bundle_id, "out", [r.fp for r in plan.recipients], ids,
                                          [{"id": e["id"], "content_hash": e["content_hash"]} for e in entries],
                                          sorted(revoked_entries), now)
                # A failed write raises here, inside the transaction: nothing is recorded as sent.
                written_file.result()
        self.sent = sent
        return preview
