"""The records of what was shared.

Two kinds of chain:

* **The shared log**: every bundle this vault wrote or imported, one record each, in a hash
  chain keyed with a MAC key derived from the vault's identity (``Identity.derive``), with its
  head kept in ``meta``.  Records name partners by relationship, so a partner's history
  survives their key changes.  ``verify`` recomputes it.
* **Per relationship and pair of keys**, an unkeyed chain of what was sent to each partner's
  current key (and of what was received from each partner's key): ``head_n = SHA-256(head_(n-1) || canonical(record_n))`` with
  ``record = {"seq", "bundle_id", "entries": [[id, content hash] ...], "revocations": [ids]}``.
  Every bundle carries the sender's head for its recipient, signed; the recipient computes the
  same chain from what it imported and keeps the heads it was shown.  Both sides print the head
  as words: when they match, the two sides agree on everything that was sent.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import orjson

from mentorvault.crypto.fingerprint import fingerprint_words
from mentorvault.domain.consent import ConsentState
from mentorvault.domain.strictjson import dumps_canonical
from mentorvault.exchange.models import LogDigest, LogRecord, SeenEntry
from mentorvault.storage import meta, partners, sharing
from mentorvault.storage.db import transaction
from mentorvault.storage.sharing import ChainRow

if TYPE_CHECKING:
    from mentorvault.vault import Vault

EMPTY_HEAD = "0" * 64
LOG_MAC_PURPOSE = "mentorvault/shared-log-mac/v1"
_HEAD_KEY = "shared_log_head"
_KEYED_FLAG = "shared_log_keyed"


def chain_record(seq: int, bundle_id: str, entries: Sequence[tuple[str, str]], revocations: Sequence[str]) -> bytes:
    return dumps_canonical({"seq": seq, "bundle_id": bundle_id,
                            "entries": sorted(entries), "revocations": sorted(revocations)})


def next_head(prev: str, record: bytes) -> str:
    return hashlib.sha256(bytes.fromhex(prev) + record).hexdigest()


def _legacy_hash(prev: str, record: dict[str, Any]) -> str:
    """Format 2's unkeyed chain, read once to check the log before it is re-keyed."""
    return hashlib.sha256(prev.encode() + b"\n" + dumps_canonical(record)).hexdigest()


class SharedLog:
    """``vault.shared_log``: the keyed log, the per-relationship chains and their digests."""

    def __init__(self, vault: Vault) -> None:
        self._v = vault

    @property
    def _conn(self) -> Any:
        return self._v.conn

    def _key(self) -> bytes:
        return self._v.identity.get().derive(LOG_MAC_PURPOSE)

    @staticmethod
    def _mac(key: bytes, prev: str, record: dict[str, Any]) -> str:
        return hmac.new(key, prev.encode() + b"\n" + dumps_canonical(record), hashlib.sha256).hexdigest()

    # ------------------------------------------------------------ the keyed log

    def prepare(self) -> None:
        """Before a write transaction: key a log written before format 3 (see :meth:`_rekey_legacy`)."""
        self._rekey_legacy()

    def _rekey_legacy(self) -> None:
        """A log written before format 3: checked with its old unkeyed chain, then keyed.

        A log that fails the old check is left as it is, so :meth:`verify` keeps reporting it.
        """
        if meta.get_meta(self._conn, _KEYED_FLAG) != "0":
            return
        rows = sharing.log_rows(self._conn)
        prev = EMPTY_HEAD
        for row in rows:
            old = row.record()
            del old["partner_ids"]
            if row.prev_hash != prev or _legacy_hash(prev, old) != row.hash:
                return
            prev = row.hash
        head = meta.get_meta(self._conn, _HEAD_KEY)
        if (head is None) != (not rows) or (rows and head != f"{rows[-1].seq}:{prev}"):
            return
        key = self._key()
        macs: list[tuple[int, str, str]] = []
        prev = EMPTY_HEAD
        for row in rows:
            mac = self._mac(key, prev, row.record())
            macs.append((row.seq, prev, mac))
            prev = mac
        with transaction(self._conn):
            sharing.rewrite_log_macs(self._conn, macs)
            if rows:
                meta.set_meta(self._conn, _HEAD_KEY, f"{rows[-1].seq}:{prev}")
            meta.set_meta(self._conn, _KEYED_FLAG, "1")

    def append(self, bundle_id: str, direction: str, fingerprints: list[str], partner_ids: list[str],
               entries: list[dict[str, str]], revocations: list[str], now: str) -> None:
        """One record, inside the caller's transaction."""
        last = sharing.last_log_row(self._conn)
        seq, prev = (last[0] + 1, last[1]) if last else (1, EMPTY_HEAD)
        record = {"seq": seq, "at": now, "bundle_id": bundle_id, "direction": direction, "partners": fingerprints,
                  "partner_ids": partner_ids, "entries": entries, "revocations": revocations}
        mac = self._mac(self._key(), prev, record)
        sharing.append_log(self._conn, record, prev, mac)
        # The head is kept apart, so removing the newest records is detected too.
        meta.set_meta(self._conn, _HEAD_KEY, f"{seq}:{mac}")
        if meta.get_meta(self._conn, _KEYED_FLAG) is None:
            meta.set_meta(self._conn, _KEYED_FLAG, "1")

    def verify(self) -> bool:
        """Recompute the keyed chain; False if any record was edited, removed, added or reordered."""
        self._rekey_legacy()
        if meta.get_meta(self._conn, _KEYED_FLAG) == "0":
            return False
        key = self._key() if sharing.last_log_row(self._conn) else b""
        prev, expected = EMPTY_HEAD, 1
        for row in sharing.log_rows(self._conn):
            if row.seq != expected or row.prev_hash != prev or not hmac.compare_digest(
                    self._mac(key, prev, row.record()), row.hash):
                return False
            prev, expected = row.hash, row.seq + 1
        head = meta.get_meta(self._conn, _HEAD_KEY)
        if expected == 1:
            return head is None
        return head == f"{expected - 1}:{prev}"

    def records(self, partner: str | None = None) -> list[LogRecord]:
        """What left this vault, oldest first, naming partners by name (whatever key they had)."""
        self._rekey_legacy()
        owners = sharing.key_owners(self._conn)
        names = sharing.partner_names(self._conn)
        pid = partners.find_partner(self._conn, partner).id if partner else None
        out = []
        for row in sharing.log_rows(self._conn, "out"):
            rec = row.record()
            ids: list[str] = rec["partner_ids"] or [owners[fp][0] for fp in rec["partners"] if fp in owners]
            if pid is not None and pid not in ids:
                continue
            shown = [names[i] for i in ids if i in names]
            if not shown:
                shown = [owners[fp][1] if fp in owners else fp[:16] for fp in rec["partners"]]
            out.append(LogRecord(row.seq, row.at, row.bundle_id, row.direction, shown, rec["entries"],
                                 rec["revocations"], row.hash))
        return out

    def what_partner_has_seen(self, partner: str) -> list[SeenEntry]:
        """Every entry version that left for ``partner``, newest first, with its consent state now."""
        states = {c.entry_id: c for c in self._v.consents.list(partner)}
        seen: dict[str, SeenEntry] = {}
        for record in reversed(self.records(partner)):
            for e in record.entries:
                if e["id"] not in seen:
                    c = states.get(e["id"])
                    seen[e["id"]] = SeenEntry(e["id"], e["content_hash"], record.at, record.bundle_id,
                                              c.title if c else None, c.state if c else ConsentState.REVOKED,
                                              c.removed_by_partner_at if c else None)
        return list(seen.values())

    # ------------------------------------------------------------ per relationship

    def sent_head(self, partner_id: str, key_fp: str) -> tuple[int, str]:
        last = sharing.last_chain_row(self._conn, partner_id, "sent", key_fp)
        return (0, EMPTY_HEAD) if last is None else (last.seq, last.head)

    def record_chain(self, partner_id: str, direction: str, key_fp: str, count: int, bundle_id: str, at: str,
                     entries: Sequence[tuple[str, str]], revocations: Sequence[str], head: str,
                     their_head: str | None = None) -> None:
        sharing.append_chain(self._conn, ChainRow(
            partner_id, direction, key_fp, count, bundle_id, at,
            orjson.dumps(sorted(entries)).decode("utf-8"),
            orjson.dumps(sorted(revocations)).decode("utf-8"), head, their_head))

    def received_head(self, partner_id: str, key_fp: str) -> tuple[int, str]:
        last = sharing.last_chain_row(self._conn, partner_id, "received", key_fp)
        return (0, EMPTY_HEAD) if last is None else (last.seq, last.head)

    def digest(self, partner: str) -> LogDigest:
        """What I sent ``partner`` (to their current key, as their vault knows it): my chain's head, as words."""
        p = partners.find_partner(self._conn, partner)
        card = sharing.card_row(self._conn, p.id)
        count, head = self.sent_head(p.id, card.fingerprint) if card.fingerprint else (0, EMPTY_HEAD)
        return LogDigest(p.name, "sent", count, head, fingerprint_words(bytes.fromhex(head)))

    def received_digest(self, partner: str) -> LogDigest:
        """What I received from ``partner`` (under their current key), and their own signed count and head."""
        p = partners.find_partner(self._conn, partner)
        card = sharing.card_row(self._conn, p.id)
        rows = sharing.chain_rows(self._conn, p.id, "received", card.fingerprint) if card.fingerprint else []
        count, head = (len(rows), rows[-1].head) if rows else (0, EMPTY_HEAD)
        out = LogDigest(p.name, "received", count, head, fingerprint_words(bytes.fromhex(head)))
        if rows and rows[-1].their_head:
            their_count_text, _, their_head = rows[-1].their_head.partition(":")
            out.their_bundles = int(their_count_text)
            out.their_digest = their_head
            out.their_words = fingerprint_words(bytes.fromhex(their_head))
        return out
