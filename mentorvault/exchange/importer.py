"""Reading a partner's bundle: checked completely before anything is stored, stored in one
transaction.

Order of checks: the file (size, kind), decryption, header, canonical manifest, pinned
sender keys, signature, that this vault is a recipient (:func:`open_bundle`); then the
manifest's schema and content hashes, the relationship (verified, not ended), my private
part (decrypts with my key, names this bundle and me), and replay protection: a bundle
older than the newest imported from that sending key is refused, whichever card or
verification came in between; the newest one again is "already imported".
"""

from __future__ import annotations

import stat
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mentorvault.crypto.bundle import MAX_BUNDLE_BYTES, OpenedBundle, open_bundle, open_part
from mentorvault.errors import BundleRejected, BundleReplay
from mentorvault.exchange import _core
from mentorvault.exchange.log import chain_record, next_head
from mentorvault.exchange.manifest import Manifest, Part, parse_manifest, parse_part
from mentorvault.exchange.models import ImportReview
from mentorvault.storage import attachments, consents, received, sharing
from mentorvault.storage.db import transaction
from mentorvault.storage.received import InboxWrite

if TYPE_CHECKING:
    from mentorvault.vault import Vault


class Importer:
    def __init__(self, vault: Vault) -> None:
        self._v = vault

    @property
    def _conn(self) -> Any:
        return self._v.conn

    def _read(self, path: Path | str) -> OpenedBundle:
        path = Path(path).expanduser()
        try:
            st = path.stat()
        except FileNotFoundError:
            raise BundleRejected(f"There is no file '{path}'. Check the path.",
                                 reason="no_file", path=str(path)) from None
        except OSError as exc:
            raise BundleRejected(f"The bundle could not be read: {exc.strerror}.", reason="unreadable",
                                 path=str(path)) from None
        if not stat.S_ISREG(st.st_mode):
            raise BundleRejected(f"'{path}' is not a regular file, so it cannot be a bundle.",
                                 reason="not_a_file", path=str(path))
        size = st.st_size
        if size > MAX_BUNDLE_BYTES:
            raise BundleRejected(f"This file is larger than {MAX_BUNDLE_BYTES // 2**20} MiB, too large to be a "
                                 "MentorVault bundle.",
                                 reason="too_large", limit_mib=MAX_BUNDLE_BYTES // 2**20)
        try:
            with open(path, "rb") as fh:
                # The same bytes as fh.read(MAX_BUNDLE_BYTES + 1), without allocating the cap for
                # every bundle: the size just seen, plus one byte to notice a file still growing.
                data = fh.read(size + 1)
                if len(data) == size + 1:
                    data += fh.read(MAX_BUNDLE_BYTES - size)
        except IsADirectoryError:
            raise BundleRejected(f"'{path}' is a folder, not a bundle file.", reason="not_a_file",
                                 path=str(path)) from None
        except OSError as exc:
            raise BundleRejected(f"The bundle could not be read: {exc.strerror}.", reason="unreadable",
                                 path=str(path)) from None
        return open_bundle(data, self._v.identity.get(), self._v.cards.known_sender)

    def review(self, path: Path | str) -> ImportReview:
        """Check a bundle completely and say what importing it would change; store nothing."""
        return self._apply(self._read(path), store_it=False)

    def import_bundle(self, path: Path | str) -> ImportReview:
        opened = self._read(path)
        self._v.shared_log.prepare()
        with transaction(self._conn):
            return self._apply(opened, store_it=True)

    def _apply(self, opened: OpenedBundle, store_it: bool) -> ImportReview:
        conn = self._conn
        me = self._v.identity.get()
        my_fp = me.fingerprint.hex()
        sender_fp = opened.sender_card.fingerprint.hex()
        if sender_fp == my_fp:
            raise BundleRejected("This is a bundle you made yourself; it is for your partner to import.",
                                 reason="own_bundle")
        manifest = parse_manifest(opened.manifest)
        row = sharing.card_row_by_fingerprint(conn, sender_fp)
        if row is None:
            raise BundleRejected("This bundle comes from someone who is not one of your partners. Add their card "
                                 "first.", reason="unknown_sender")
        if not row.verified_at:
            raise BundleRejected(f"You have not verified {row.name}'s fingerprint yet, so their bundles are not "
                                 "accepted. Compare the words with them first.", reason="not_verified",
                                 partner=row.name)
        if row.archived:
            raise BundleRejected(f"Your relationship with {row.name} has ended; their bundles are no longer "
                                 "accepted.", reason="relationship_ended", partner=row.name)
        if my_fp not in manifest.parts:
            raise BundleRejected("This bundle was not addressed to you.", reason="not_for_you")
        part = parse_part(open_part(manifest.parts[my_fp], me), manifest.bundle_id, my_fp,
                          {e.id for e in manifest.entries}, manifest.format_version)
        review = ImportReview(row.name, manifest.bundle_id, manifest.created_at, [], [], [], [], [], [])
        mark = received.replay_mark(conn, sender_fp)
        if mark is not None and part.seq <= mark.last_seq:
            if mark.last_bundle_id == manifest.bundle_id:
                review.already_imported = True  # the newest bundle again: nothing to do, and no error
                return review
            raise BundleReplay(row.name)
        existing = received.inbox_hashes(conn, row.id)
        for e in manifest.entries:
            review.titles[e.id] = e.content.title
            if e.id not in existing:
                review.new.append(e.id)
            elif existing[e.id] != e.content_hash:
                review.updated.append(e.id)
            else:
                review.unchanged.append(e.id)
        review.revoked = list(dict.fromkeys(eid for _rid, eid in part.revocations if eid in existing))
        if review.revoked:  # name what goes, while it is still here to name
            gone = set(review.revoked)
            review.titles.update({r.entry_id: r.title for r in received.inbox(conn, row.id) if r.entry_id in gone})
        now = _core.now(self._v)
        review.receipts = consents.confirm(conn, row.id, sender_fp, part.receipts, now, store_it)
        review.acceptances = [e for e, _h, _a in part.acceptances if consents.exists(conn, e, row.id)]
        if store_it:
            self._store(row.id, sender_fp, manifest, part, review, now)
        return review

    def _store(self, partner_id: str, sender_fp: str, manifest: Manifest, part: Part, review: ImportReview,
               now: str) -> None:
        conn = self._conn
        received.store_entries(conn, partner_id, [
            InboxWrite(e.id, e.content.kind, e.content.title, e.content.body, e.content.fields, e.content.tags,
                       e.content_hash, e.written_at) for e in manifest.entries], now, manifest.bundle_id)
        for e in manifest.entries:
            attachments.set_inbox_attachments(conn, partner_id, e.id, [(f.name, f.type, f.data)
                                                                        for f in e.attachments])
        # Receipts travel until the partner stops sending the revocation (confirmed or superseded).
        received.settle_owed(conn, partner_id, [rid for rid, _e in part.revocations])
        received.remove_entries(conn, partner_id, [eid for _rid, eid in part.revocations])
        attachments.drop_unreferenced(conn)  # what was replaced or revoked
        received.owe(conn, partner_id, part.revocations, now)
        for entry_id, chash, accepted_at in part.acceptances:
            if entry_id in review.acceptances:  # an acceptance of something never shared with them means nothing
                received.record_acceptance(conn, partner_id, entry_id, chash, accepted_at)
        received.set_replay_mark(conn, partner_id, sender_fp, part.seq, manifest.bundle_id)
        # The partner's signed acknowledgement of our bundles to this key; one for a sequence number
        # never sent to this partner is ignored whole (it cannot be true), and a lower one never lowers it.
        if 0 < part.acked_seq <= sharing.send_seq(conn, partner_id):
            received.record_ack(conn, partner_id, sender_fp, part.acked_seq)
        hashes = [(e.id, e.content_hash) for e in manifest.entries]
        rids = [rid for rid, _e in part.revocations]
        count, head = self._v.shared_log.received_head(partner_id, sender_fp)
        head = next_head(head, chain_record(part.seq, manifest.bundle_id, hashes, rids))
        self._v.shared_log.record_chain(partner_id, "received", sender_fp, count + 1, manifest.bundle_id, now,
                                        hashes, rids, head, f"{part.log_count}:{part.log_head}")
        self._v.shared_log.append(manifest.bundle_id, "in", [sender_fp], [partner_id],
                                  [{"id": i, "content_hash": h} for i, h in hashes],
                                  [eid for _rid, eid in part.revocations], now)
