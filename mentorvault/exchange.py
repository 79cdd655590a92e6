"""Identity, partners' cards, per-entry consent, and bundle export/import.

Mixed into :class:`mentorvault.vault.Vault`; every method runs on the open
vault's connection.  The rules (DESIGN.md, "Trust model"):

* nothing is shared by default; consent is per entry and per partner, pinned to
  the entry's content hash at the moment of consent;
* an entry edited after consent is left out until the user consents again;
* a revocation travels in the next bundle to that partner, whose app removes
  its copy and answers with a signed receipt;
* every export is recorded in a hash-chained log;
* an import is checked completely before anything is stored, and stored in one
  transaction.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import re
import stat
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Sequence

import orjson

from mentorvault.crypto.bundle import MAX_BUNDLE_BYTES, OpenedBundle, open_bundle, seal_bundle, sender_block
from mentorvault.crypto.fingerprint import fingerprint_digits, fingerprint_words, words_match
from mentorvault.crypto.identity import ContactCard, Identity
from mentorvault.domain.entry import EntryContent, searchable_text, validate_content
from mentorvault.domain.models import Partner
from mentorvault.domain.strictjson import dumps_canonical
from mentorvault.errors import (
    BundleRejected,
    ConsentError,
    IdentityError,
    InvalidEntry,
    MentorVaultError,
    PartnerNotFound,
    StorageFull,
    WrongPassphrase,
)
from mentorvault.storage import store
from mentorvault.storage.atomic import write_atomic

if TYPE_CHECKING:
    from mentorvault.storage.db import Connection

MANIFEST_VERSION = 1
MAX_BUNDLE_ENTRIES = 5_000
MAX_BUNDLE_NOTICES = 20_000
DEFAULT_NAME = "MentorVault user"
_UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_HASH_RE = re.compile(r"^[0-9a-f]{64}$")
_TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$")

CURRENT, CHANGED, REVOKED = "current", "changed since consent", "revoked"


@dataclass
class ConsentInfo:
    entry_id: str
    partner: str
    state: str
    content_hash: str
    granted_at: str
    revoked_at: str | None
    removed_by_partner_at: str | None
    last_sent_at: str | None
    title: str | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ExportItem:
    entry_id: str
    kind: str
    title: str
    content_hash: str
    cross_relationship: str | None = None  # the other partner's name, when the entry belongs to one
    off_limits: list[str] = field(default_factory=list)  # topics of a boundary agreement it mentions


@dataclass
class ExportPreview:
    recipients: list[str]
    entries: list[ExportItem]
    left_out_changed: list[ExportItem]
    revocations: list[str]
    receipts: list[str]
    acceptances: list[str]

    @property
    def needs_cross_confirmation(self) -> list[str]:
        return [e.entry_id for e in self.entries if e.cross_relationship]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ImportReview:
    sender: str
    bundle_id: str
    created_at: str
    new: list[str]
    updated: list[str]
    unchanged: list[str]
    revoked: list[str]
    receipts: list[str]
    acceptances: list[str]
    titles: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class InboxEntry:
    partner: str
    id: str
    kind: str
    title: str
    body: str
    fields: dict[str, Any]
    tags: list[str]
    content_hash: str
    updated_at: str
    received_at: str
    private_note: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class LogRecord:
    seq: int
    at: str
    bundle_id: str
    direction: str
    partners: list[str]
    entries: list[dict[str, str]]
    revocations: list[str]
    hash: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _dumps_text(value: Any) -> str:
    """Compact JSON text, as the inbox stores fields and tags and the shared log its lists (read with json.loads)."""
    return orjson.dumps(value).decode("utf-8")


def _log_hash(prev: str, record: dict[str, Any]) -> str:
    return hashlib.sha256(prev.encode() + b"\n" + dumps_canonical(record)).hexdigest()


def _rejected(reason: str) -> BundleRejected:
    return BundleRejected(reason)


_MALFORMED = "This bundle's contents are malformed; nothing was stored. Ask your partner to export it again."


def _topic_pattern(topic: str) -> re.Pattern[str]:
    """Matches exactly where ``\\b<topic>\\b`` does: the topic as a whole word or phrase.

    Written literal first, with the leading word boundary checked from behind, so the regular
    expression engine jumps from one occurrence of the literal to the next instead of trying
    every position of the text (an export with many off-limits topics took seconds).
    """
    return re.compile(re.escape(topic) + r"(?<=\b.{%d})\b" % len(topic), re.DOTALL)


def _check_keys(obj: Any, keys: set[str]) -> dict[str, Any]:
    if not isinstance(obj, dict) or set(obj) != keys:
        raise _rejected(_MALFORMED)
    return obj


def _check_str(value: Any, pattern: re.Pattern[str] | None = None) -> str:
    if not isinstance(value, str) or (pattern is not None and not pattern.match(value)):
        raise _rejected(_MALFORMED)
    if pattern is _TS_RE:
        try:
            _dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise _rejected(_MALFORMED) from None
    return value


def _check_list(value: Any, limit: int) -> list[Any]:
    if not isinstance(value, list):
        raise _rejected(_MALFORMED)
    if len(value) > limit:
        raise _rejected("This bundle holds more entries than MentorVault accepts at once; nothing was stored.")
    return value


@dataclass
class ParsedManifest:
    bundle_id: str
    created_at: str
    sender_name: str
    recipients: list[str]
    sequences: dict[str, int]
    entries: list[tuple[str, EntryContent, str, str]]  # id, content, updated_at, content hash (checked)
    revocations: list[tuple[str, str]]
    receipts: list[tuple[str, str]]
    acceptances: list[tuple[str, str, str]]


def parse_manifest(manifest: dict[str, Any]) -> ParsedManifest:
    """Check every part of a version-1 manifest; raise BundleRejected with one sentence."""
    m = _check_keys(manifest, {"format_version", "bundle_id", "created_at", "sender", "recipients", "sequences",
                               "entries", "revocations", "receipts", "acceptances"})
    if type(m["format_version"]) is not int:  # 1.0 and true equal 1 in Python; neither is a version
        raise _rejected(_MALFORMED)
    if m["format_version"] != MANIFEST_VERSION:
        raise _rejected("This bundle was made by a newer version of MentorVault. Update MentorVault, then import it again.")
    bundle_id = _check_str(m["bundle_id"], _UUID_RE)
    created_at = _check_str(m["created_at"], _TS_RE)
    recipients = [_check_str(r, _HASH_RE) for r in _check_list(m["recipients"], 64)]
    if not recipients or len(set(recipients)) != len(recipients):
        raise _rejected(_MALFORMED)
    seqs = m["sequences"]
    if not isinstance(seqs, dict) or set(seqs) != set(recipients):
        raise _rejected(_MALFORMED)
    for value in seqs.values():
        if not isinstance(value, int) or isinstance(value, bool) or not (1 <= value < 2**53):
            raise _rejected(_MALFORMED)
    entries: list[tuple[str, EntryContent, str, str]] = []
    seen: set[str] = set()
    for raw in _check_list(m["entries"], MAX_BUNDLE_ENTRIES):
        e = _check_keys(raw, {"id", "kind", "title", "body", "fields", "tags", "content_hash", "updated_at"})
        entry_id = _check_str(e["id"], _UUID_RE)
        if entry_id in seen:
            raise _rejected("This bundle lists the same entry twice; nothing was stored. Ask your partner to export it again.")
        seen.add(entry_id)
        if not isinstance(e["tags"], list) or not isinstance(e["fields"], dict):
            raise _rejected(_MALFORMED)
        try:
            content = validate_content(_check_str(e["kind"]), e["title"], e["body"], e["fields"], e["tags"])
        except InvalidEntry:
            # Never repeat the partner's text: it could be huge, multi-line or full of terminal controls.
            raise _rejected("This bundle holds an entry MentorVault cannot accept (an unknown kind or field, or a "
                            "value out of range); nothing was stored. Ask your partner to update MentorVault "
                            "and export it again.") from None
        # Computed once here; the import uses this checked value and never hashes again.
        chash = content.content_hash()
        if chash != _check_str(e["content_hash"], _HASH_RE):
            raise _rejected("An entry in this bundle does not match its content hash; nothing was stored.")
        entries.append((entry_id, content, _check_str(e["updated_at"], _TS_RE), chash))
    revocations = []
    for raw in _check_list(m["revocations"], MAX_BUNDLE_NOTICES):
        r = _check_keys(raw, {"entry_id", "revoked_at"})
        rid = _check_str(r["entry_id"], _UUID_RE)
        if rid in seen:
            raise _rejected(_MALFORMED)
        seen.add(rid)
        revocations.append((rid, _check_str(r["revoked_at"], _TS_RE)))
    receipts = []
    receipt_ids: set[str] = set()
    for raw in _check_list(m["receipts"], MAX_BUNDLE_NOTICES):
        r = _check_keys(raw, {"entry_id", "removed_at"})
        rid = _check_str(r["entry_id"], _UUID_RE)
        if rid in receipt_ids:
            raise _rejected(_MALFORMED)
        receipt_ids.add(rid)
        receipts.append((rid, _check_str(r["removed_at"], _TS_RE)))
    acceptances = []
    accepted_ids: set[str] = set()
    for raw in _check_list(m["acceptances"], MAX_BUNDLE_NOTICES):
        a = _check_keys(raw, {"entry_id", "content_hash", "accepted_at"})
        aid = _check_str(a["entry_id"], _UUID_RE)
        if aid in accepted_ids:
            raise _rejected(_MALFORMED)
        accepted_ids.add(aid)
        acceptances.append((aid, _check_str(a["content_hash"], _HASH_RE), _check_str(a["accepted_at"], _TS_RE)))
    sender = m["sender"]
    return ParsedManifest(bundle_id, created_at, str(sender["name"]), recipients, dict(seqs), entries, revocations,
                          receipts, acceptances)


class ExchangeMixin:
    """Identity, cards, consent and bundles. Needs ``conn``, ``now``, ``entries``, ``partners``, ``keys``."""

    conn: "Connection"

    if TYPE_CHECKING:  # provided by Vault
        from mentorvault.vault.entries import EntryManager
        from mentorvault.vault.keys import KeyManager
        from mentorvault.vault.partners import PartnerManager

        entries: EntryManager
        partners: PartnerManager
        keys: KeyManager

        def now(self) -> str: ...

    # ------------------------------------------------------------ identity

    def identity(self) -> Identity:
        raw = store.get_meta(self.conn, "identity")
        if raw:
            return Identity.from_json(json.loads(raw))
        ident = Identity.generate()
        with store.transaction(self.conn):
            if store.get_meta(self.conn, "identity") is None:
                store.set_meta(self.conn, "identity", json.dumps(ident.to_json()))
        return Identity.from_json(json.loads(store.get_meta(self.conn, "identity") or "{}"))

    def display_name(self) -> str:
        return store.get_meta(self.conn, "display_name") or DEFAULT_NAME

    def set_display_name(self, name: str) -> None:
        self.identity().card(name)  # validates the name
        with store.transaction(self.conn):
            store.set_meta(self.conn, "display_name", name.strip())

    def my_card(self, name: str | None = None) -> ContactCard:
        if name:
            self.set_display_name(name)
        return self.identity().card(self.display_name())

    def fingerprint_display(self, fp: bytes | None = None) -> dict[str, Any]:
        fp = fp or self.identity().fingerprint
        return {"fingerprint": fp.hex(), "words": fingerprint_words(fp), "digits": fingerprint_digits(fp)}

    def export_card(self, path: Path | str, name: str | None = None) -> ContactCard:
        card = self.my_card(name)
        write_atomic(Path(path).expanduser(), card.to_text().encode("utf-8"), mode=0o644)
        return card

    # ------------------------------------------------------------ partners' cards

    def _partner_row(self, name: str) -> dict[str, Any]:
        p = store.find_partner(self.conn, name)
        row = self.conn.execute(
            "SELECT card_name, recipient, signing_key, fingerprint, verified_at, pending_card, send_seq, recv_seq "
            "FROM partners WHERE id = ?", (p.id,)).fetchone()
        keys = ("card_name", "recipient", "signing_key", "fingerprint", "verified_at", "pending_card", "send_seq",
                "recv_seq")
        return {"partner": p, **dict(zip(keys, row))}

    def partner_card(self, name: str) -> ContactCard | None:
        r = self._partner_row(name)
        if not r["recipient"]:
            return None
        import base64

        return ContactCard(r["card_name"], r["recipient"], base64.b64decode(r["signing_key"]))

    def partner_status(self, name: str) -> dict[str, Any]:
        r = self._partner_row(name)
        out: dict[str, Any] = {"name": r["partner"].name, "has_card": bool(r["recipient"]),
                               "verified": bool(r["verified_at"]), "verified_at": r["verified_at"],
                               "pending_card": bool(r["pending_card"])}
        if r["fingerprint"]:
            out.update(self.fingerprint_display(bytes.fromhex(r["fingerprint"])))
        if r["pending_card"]:
            pending = ContactCard.from_text(r["pending_card"])
            out["pending"] = self.fingerprint_display(pending.fingerprint)
        return out

    def add_partner_card(self, name: str, card_text: str, **partner_values: Any) -> dict[str, Any]:
        """Attach a contact card to a partner (created if new). Returns the partner's status.

        A card with other keys than the pinned one is kept aside as pending and refused
        until the user verifies its fingerprint.
        """
        card = ContactCard.from_text(card_text)
        me = self.identity()
        if card.fingerprint == me.fingerprint:
            raise IdentityError("That is your own contact card. Import your partner's card instead.")
        fp = card.fingerprint.hex()
        other = self.conn.execute("SELECT name FROM partners WHERE fingerprint = ? AND name <> ? COLLATE NOCASE",
                                  (fp, name)).fetchone()
        if other:
            raise IdentityError(
                f"These keys already belong to your partner '{other[0]}'. One card cannot stand for two partners."
            )
        try:
            existing = self._partner_row(name)
        except PartnerNotFound:
            existing = None
        if existing is None:
            self.partners.add(name, **partner_values)
            existing = self._partner_row(name)
        pid = existing["partner"].id
        if existing["fingerprint"] and existing["fingerprint"] != fp:
            with store.transaction(self.conn):
                self.conn.execute("UPDATE partners SET pending_card = ? WHERE id = ?", (card.to_text(), pid))
            raise IdentityError(
                f"Warning: this card for '{name}' has different keys from the one you have. It could be an "
                f"impostor, or {name} made a new vault. Compare fingerprints with {name} in person or on a call, "
                f"then run 'partner verify'. Until then nothing from the new keys is accepted."
            )
        if existing["fingerprint"] != fp:
            import base64

            with store.transaction(self.conn):
                self.conn.execute(
                    "UPDATE partners SET card_name = ?, recipient = ?, signing_key = ?, fingerprint = ?, "
                    "verified_at = NULL, pending_card = NULL, updated_at = ? WHERE id = ?",
                    (card.name, card.recipient, base64.b64encode(card.signing_key).decode(), fp, self.now(), pid))
        return self.partner_status(name)

    def verify_partner(self, name: str, fingerprint_text: str) -> dict[str, Any]:
        """Mark a partner's card verified, only if the words (or digits) match its fingerprint."""
        r = self._partner_row(name)
        pid = r["partner"].id
        if r["pending_card"]:
            pending = ContactCard.from_text(r["pending_card"])
            if not words_match(pending.fingerprint, fingerprint_text):
                raise IdentityError(
                    f"Those words do not match the new card for '{name}'. Nothing was changed; do not trust it."
                )
            import base64

            with store.transaction(self.conn):
                self.conn.execute(
                    "UPDATE partners SET card_name = ?, recipient = ?, signing_key = ?, fingerprint = ?, "
                    "verified_at = ?, pending_card = NULL, recv_seq = 0, send_seq = 0 WHERE id = ?",
                    (pending.name, pending.recipient, base64.b64encode(pending.signing_key).decode(),
                     pending.fingerprint.hex(), self.now(), pid))
            return self.partner_status(name)
        if not r["fingerprint"]:
            raise IdentityError(f"'{name}' has no contact card yet. Add one with 'partner add {name} --card FILE'.")
        if not words_match(bytes.fromhex(r["fingerprint"]), fingerprint_text):
            raise IdentityError(
                f"Those words do not match the fingerprint of {name}'s card. The partner stays unverified; "
                "check the words with them again."
            )
        with store.transaction(self.conn):
            self.conn.execute("UPDATE partners SET verified_at = ? WHERE id = ?", (self.now(), pid))
        return self.partner_status(name)

    def _verified_card(self, name: str) -> tuple[Partner, ContactCard, dict[str, Any]]:
        r = self._partner_row(name)
        card = self.partner_card(name)
        if card is None:
            raise ConsentError(f"'{r['partner'].name}' has no contact card yet. Add their card first.")
        if not r["verified_at"]:
            raise ConsentError(
                f"You have not verified {r['partner'].name}'s fingerprint yet. Compare the words with them, then "
                "run 'partner verify'."
            )
        if r["partner"].archived:
            raise ConsentError(f"Your relationship with {r['partner'].name} has ended; nothing more is sent.")
        return r["partner"], card, r

    # ------------------------------------------------------------ consent

    def grant_consent(self, entry_id: str, partner: str, expected_hash: str | None = None) -> ConsentInfo:
        """Consent to share this entry, exactly as it is now, with ``partner``.

        ``expected_hash`` is the content hash of what the user was shown; if the entry
        changed since, nothing is granted.
        """
        entry = self.entries.get(entry_id)
        p = store.find_partner(self.conn, partner)
        if expected_hash is not None and expected_hash != entry.content_hash:
            raise ConsentError("The entry changed after you reviewed it. Review it again before sharing.")
        with store.transaction(self.conn):
            self.conn.execute(
                "INSERT INTO consents(entry_id, partner_id, content_hash, granted_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(entry_id, partner_id) DO UPDATE SET content_hash = excluded.content_hash, "
                "granted_at = excluded.granted_at, revoked_at = NULL, removed_by_partner_at = NULL",
                (entry.id, p.id, entry.content_hash, self.now()))
        return self._consent(entry.id, p.id)

    def revoke_consent(self, entry_id: str, partner: str) -> ConsentInfo:
        entry_id = self.entries.resolve_id(entry_id)
        p = store.find_partner(self.conn, partner)
        with store.transaction(self.conn):
            cur = self.conn.execute(
                "UPDATE consents SET revoked_at = ? WHERE entry_id = ? AND partner_id = ? AND revoked_at IS NULL",
                (self.now(), entry_id, p.id))
            if cur.rowcount == 0 and not self.conn.execute(
                    "SELECT 1 FROM consents WHERE entry_id = ? AND partner_id = ?", (entry_id, p.id)).fetchone():
                raise ConsentError(f"That entry was never shared with {p.name}; there is nothing to revoke.")
        return self._consent(entry_id, p.id)

    def _consent(self, entry_id: str, partner_id: str) -> ConsentInfo:
        return self.consents(entry_id=entry_id, partner_id=partner_id)[0]

    def consents(self, partner: str | None = None, *, entry_id: str | None = None,
                 partner_id: str | None = None, entry_ids: Iterable[str] | None = None) -> list[ConsentInfo]:
        """Consents, newest first; ``entry_ids`` keeps those of the given entries only (one query)."""
        where: list[str] = []
        args: list[Any] = []
        if partner:
            partner_id = store.find_partner(self.conn, partner).id
        if partner_id:
            where.append("c.partner_id = ?")
            args.append(partner_id)
        if entry_id:
            where.append("c.entry_id = ?")
            args.append(entry_id)
        if entry_ids is not None:  # a list page's entries: one JSON array, however many, not a bound value each
            where.append("c.entry_id IN (SELECT value FROM json_each(?))")
            args.append(json.dumps(list(entry_ids)))
        rows = self.conn.execute(
            "SELECT c.entry_id, p.name, c.content_hash, c.granted_at, c.revoked_at, c.removed_by_partner_at, "
            "c.last_sent_at, e.content_hash, e.title FROM consents c JOIN partners p ON p.id = c.partner_id "
            "LEFT JOIN entries e ON e.id = c.entry_id "
            + ("WHERE " + " AND ".join(where) if where else "") + " ORDER BY c.granted_at DESC", args).fetchall()
        out = []
        for r in rows:
            if r[4] is not None or r[7] is None:
                state = REVOKED
            elif r[2] == r[7]:
                state = CURRENT
            else:
                state = CHANGED
            out.append(ConsentInfo(r[0], r[1], state, r[2], r[3], r[4], r[5], r[6], r[8]))
        return out

    def consent_preview(self, entry_id: str) -> dict[str, Any]:
        """Exactly what a partner would receive for this entry, and the hash consent would pin."""
        entry = self.entries.get(entry_id)
        return {"id": entry.id, "kind": entry.kind, "title": entry.title, "body": entry.body,
                "fields": entry.fields, "tags": entry.tags, "content_hash": entry.content_hash}

    def on_entry_deleted(self, entry_id: str) -> None:
        """A deleted entry that was shared is revoked, so partners remove their copy."""
        self.conn.execute("UPDATE consents SET revoked_at = ? WHERE entry_id = ? AND revoked_at IS NULL",
                          (self.now(), entry_id))

    # ------------------------------------------------------------ export

    def _off_limits(self, partner_ids: Sequence[str]) -> list[str]:
        topics: list[str] = []
        marks = ",".join("?" * len(partner_ids))
        for (fields_json,) in self.conn.execute(
                f"SELECT fields FROM entries WHERE kind = 'boundary-agreement' AND partner_id IN ({marks})",
                list(partner_ids)):
            topics.extend(json.loads(fields_json).get("off_limits", []))
        for (fields_json,) in self.conn.execute(
                f"SELECT fields FROM inbox WHERE kind = 'boundary-agreement' AND partner_id IN ({marks})",
                list(partner_ids)):
            topics.extend(json.loads(fields_json).get("off_limits", []))
        return sorted({t.strip() for t in topics if t.strip()})

    def preview_export(self, partners: Sequence[str]) -> ExportPreview:
        return self._preview_export(partners)[0]

    def _preview_export(self, partners: Sequence[str]) -> tuple[ExportPreview, dict[str, tuple[str, Any, str]]]:
        """The preview, and for each included entry the (body, fields, updated_at) it was built from.

        One query reads every consented entry's content, for the off-limits check here and
        for the manifest of an export, so an export does not read each entry again.
        """
        if not partners:
            raise ConsentError("Name at least one partner to share with.")
        cards = [self._verified_card(name) for name in partners]
        ids = [p.id for p, _c, _r in cards]
        if len(set(ids)) != len(ids):
            raise ConsentError("A partner is named twice.")
        marks = ",".join("?" * len(ids))
        topics = self._off_limits(ids)
        patterns = [(t, t.lower(), _topic_pattern(t.lower())) for t in topics]
        # Consents first (small rows), then each consented entry once, in table order: the bodies
        # and fields sit in overflow pages, and a GROUP BY with ORDER BY over the join would copy
        # every body through a sorter.
        consented: dict[str, list[Any]] = {}
        for entry_id, consent_hash in self.conn.execute(
                f"SELECT entry_id, content_hash FROM consents WHERE partner_id IN ({marks}) AND revoked_at IS NULL",
                ids):
            consented.setdefault(entry_id, []).append(consent_hash)
        rows = self.conn.execute(
            f"SELECT id, kind, title, content_hash, partner_id, body, fields, updated_at FROM entries WHERE id IN "
            f"(SELECT entry_id FROM consents WHERE partner_id IN ({marks}) AND revoked_at IS NULL)", ids).fetchall()
        rows.sort(key=lambda r: (r[7], r[0]))  # oldest change first
        included, changed = [], []
        contents: dict[str, tuple[str, Any, str]] = {}
        owner_names: dict[str, str] = {}
        for entry_id, kind, title, chash, owner, body, fields_json, updated_at in rows:
            hashes = consented[entry_id]
            if len(hashes) != len(ids):
                continue  # a pod bundle holds only entries consented to every recipient
            item = ExportItem(entry_id, kind, title, chash)
            if hashes.count(chash) != len(ids):
                changed.append(item)
                continue
            if owner and (owner not in ids or len(ids) > 1):
                # In a pod, an entry of one relationship also reaches the others: confirm it too.
                if owner not in owner_names:
                    owner_names[owner] = store.get_partner(self.conn, owner).name
                item.cross_relationship = owner_names[owner]
            fields = orjson.loads(fields_json)  # the value store.get_entry's json.loads gives
            if patterns:
                text = f"{title}\n{body}\n{searchable_text(fields)}".lower()
                # The substring test is a necessary condition, and much faster than the search.
                item.off_limits = [t for t, low, pattern in patterns if low in text and pattern.search(text)]
            contents[entry_id] = (body, fields, updated_at)
            included.append(item)
        revocations: list[str] = []
        receipts: list[str] = []
        acceptances: list[str] = []
        if len(ids) == 1:  # notices concern one relationship; they never travel in a pod bundle
            pid = ids[0]
            revocations = [r[0] for r in self.conn.execute(
                "SELECT entry_id FROM consents WHERE partner_id = ? AND revoked_at IS NOT NULL "
                "AND removed_by_partner_at IS NULL AND last_sent_at IS NOT NULL", (pid,))]
            receipts = [r[0] for r in self.conn.execute(
                "SELECT entry_id FROM receipts_due WHERE partner_id = ?", (pid,))]
            acceptances = [r[0] for r in self.conn.execute(
                "SELECT entry_id FROM acceptances WHERE partner_id = ? AND direction = 'given'", (pid,))]
        preview = ExportPreview([p.name for p, _c, _r in cards], included, changed, revocations, receipts, acceptances)
        return preview, contents

    def _tags_of_consented(self, partner_ids: Sequence[str]) -> dict[str, list[str]]:
        """Each entry's tags, in store.get_entry's order, for every entry consented to these partners."""
        marks = ",".join("?" * len(partner_ids))
        tags: dict[str, list[str]] = {}
        # No ORDER BY tag: that sorted every row through a temporary b-tree, where each entry's
        # few tags are sorted here.
        for entry_id, tag in self.conn.execute(
                f"SELECT entry_id, tag FROM entry_tags WHERE entry_id IN (SELECT entry_id FROM consents "
                f"WHERE partner_id IN ({marks}) AND revoked_at IS NULL)", list(partner_ids)):
            tags.setdefault(entry_id, []).append(tag)
        for entry_tags in tags.values():
            entry_tags.sort()
        return tags

    def export_bundle(self, partners: Sequence[str], out: Path | str, passphrase: str,
                      confirm_cross: Iterable[str] = ()) -> ExportPreview:
        """Write one signed, encrypted bundle to ``out``, after the passphrase confirms it."""
        if not self.keys.verify_passphrase(passphrase):
            raise WrongPassphrase("That passphrase is not right, so nothing was exported.")
        out = Path(out).expanduser()
        if out.is_dir():
            raise MentorVaultError(f"'{out}' is a folder. Give a file name for the bundle.")
        me = self.identity()
        tmp = out.with_name(f".{out.name}.partial")
        try:
            preview = self._export_locked(partners, tmp, me, confirm_cross)
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
        """Build, seal and log the bundle in one transaction; the sealed file goes to ``tmp``."""
        with store.transaction(self.conn):
            preview, contents = self._preview_export(partners)
            unconfirmed = sorted(set(preview.needs_cross_confirmation) - set(confirm_cross))
            if unconfirmed:
                raise ConsentError(
                    f"{len(unconfirmed)} of these entries belong to your relationship with someone else. "
                    "Confirm each one explicitly before it goes to anyone else (--confirm-cross ID)."
                )
            cards = [self._verified_card(name) for name in partners]
            now = self.now()
            sequences = {card.fingerprint.hex(): int(r["send_seq"]) + 1 for _p, card, r in cards}
            # The entries exactly as store.get_entry reads them, from the preview's one query.
            tags = self._tags_of_consented([p.id for p, _c, _r in cards])
            entries = []
            for item in preview.entries:
                body, fields, updated_at = contents[item.entry_id]
                entries.append({"id": item.entry_id, "kind": item.kind, "title": item.title, "body": body,
                                "fields": fields, "tags": tags.get(item.entry_id, []),
                                "content_hash": item.content_hash, "updated_at": updated_at})
            pid0 = cards[0][0].id
            revoked_at = dict(self.conn.execute(
                "SELECT entry_id, revoked_at FROM consents WHERE partner_id = ? AND revoked_at IS NOT NULL",
                (pid0,))) if preview.revocations else {}
            revocations = [{"entry_id": eid, "revoked_at": revoked_at[eid]} for eid in preview.revocations]
            removed_at = dict(self.conn.execute(
                "SELECT entry_id, removed_at FROM receipts_due WHERE partner_id = ?",
                (pid0,))) if preview.receipts else {}
            receipts = [{"entry_id": eid, "removed_at": removed_at[eid]} for eid in preview.receipts]
            acceptances = [{"entry_id": r[0], "content_hash": r[1], "accepted_at": r[2]} for r in self.conn.execute(
                "SELECT entry_id, content_hash, accepted_at FROM acceptances WHERE partner_id = ? "
                "AND direction = 'given'", (pid0,))] if len(cards) == 1 else []
            bundle_id = str(uuid.uuid4())
            manifest = {
                "format_version": MANIFEST_VERSION,
                "bundle_id": bundle_id,
                "created_at": now,
                "sender": sender_block(me, self.display_name()),
                "recipients": [card.fingerprint.hex() for _p, card, _r in cards],
                "sequences": sequences,
                "entries": entries,
                "revocations": revocations,
                "receipts": receipts,
                "acceptances": acceptances,
            }
            sealed = seal_bundle(manifest, me, [card for _p, card, _r in cards])
            # The file is written and flushed to disk on a second thread (writing and fsync let go
            # of the GIL) while this one records the export; leaving the pool waits for the write,
            # so both finish before the commit.
            with ThreadPoolExecutor(max_workers=1, thread_name_prefix="mentorvault-bundle-writer") as pool:
                written = pool.submit(write_atomic, tmp, sealed, mode=0o600)
                for p, _card, _r in cards:
                    self.conn.execute("UPDATE partners SET send_seq = send_seq + 1 WHERE id = ?", (p.id,))
                    self.conn.executemany(
                        "UPDATE consents SET last_sent_at = ? WHERE entry_id = ? AND partner_id = ?",
                        [(now, e["id"], p.id) for e in entries])
                if len(cards) == 1:
                    self.conn.execute("DELETE FROM receipts_due WHERE partner_id = ?", (pid0,))
                    self.conn.execute("UPDATE acceptances SET sent_at = ? WHERE partner_id = ? AND direction = 'given'",
                                      (now, pid0))
                self._append_log(bundle_id, "out", [card.fingerprint.hex() for _p, card, _r in cards],
                                 [{"id": e["id"], "content_hash": e["content_hash"]} for e in entries],
                                 [r["entry_id"] for r in revocations], now)
                # A failed write raises here, inside the transaction: nothing is recorded as sent.
                written.result()
            # The log is committed before the file appears (export_bundle renames it after the
            # commit): the record may over-report, never under-report.
        return preview

    # ------------------------------------------------------------ shared log

    def _append_log(self, bundle_id: str, direction: str, partners: list[str], entries: list[dict[str, str]],
                    revocations: list[str], now: str) -> None:
        last = self.conn.execute("SELECT seq, hash FROM shared_log ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (last[0] + 1, last[1]) if last else (1, "0" * 64)
        record = {"seq": seq, "at": now, "bundle_id": bundle_id, "direction": direction, "partners": partners,
                  "entries": entries, "revocations": revocations}
        h = _log_hash(prev, record)
        self.conn.execute(
            "INSERT INTO shared_log(seq, at, bundle_id, direction, partners, entries, revocations, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (seq, now, bundle_id, direction, _dumps_text(partners), _dumps_text(entries), _dumps_text(revocations), prev,
             h))
        # The head of the chain is kept apart, so removing the newest records is detected too.
        store.set_meta(self.conn, "shared_log_head", f"{seq}:{h}")

    def shared_log(self, partner: str | None = None) -> list[LogRecord]:
        names = {r[0]: r[1] for r in self.conn.execute("SELECT fingerprint, name FROM partners WHERE fingerprint IS NOT NULL")}
        fp_filter = None
        if partner:
            r = self._partner_row(partner)
            fp_filter = r["fingerprint"]
        out = []
        for seq, at, bid, direction, partners, entries, revs, _prev, h in self.conn.execute(
                "SELECT seq, at, bundle_id, direction, partners, entries, revocations, prev_hash, hash "
                "FROM shared_log WHERE direction = 'out' ORDER BY seq"):
            fps = json.loads(partners)
            if fp_filter and fp_filter not in fps:
                continue
            out.append(LogRecord(seq, at, bid, direction, [names.get(f, f[:16]) for f in fps], json.loads(entries),
                                 json.loads(revs), h))
        return out

    def verify_shared_log(self) -> bool:
        """Recompute the hash chain; False if any record was edited, removed or reordered."""
        prev = "0" * 64
        expected_seq = 1
        for seq, at, bid, direction, partners, entries, revs, prev_hash, h in self.conn.execute(
                "SELECT seq, at, bundle_id, direction, partners, entries, revocations, prev_hash, hash "
                "FROM shared_log ORDER BY seq"):
            record = {"seq": seq, "at": at, "bundle_id": bid, "direction": direction,
                      "partners": json.loads(partners), "entries": json.loads(entries),
                      "revocations": json.loads(revs)}
            if seq != expected_seq or prev_hash != prev or _log_hash(prev, record) != h:
                return False
            prev, expected_seq = h, seq + 1
        head = store.get_meta(self.conn, "shared_log_head")
        if expected_seq == 1:
            return head is None
        return head == f"{expected_seq - 1}:{prev}"

    def what_partner_has_seen(self, partner: str) -> list[dict[str, Any]]:
        """Every entry version that left for ``partner``, newest first, with its consent state now."""
        states = {c.entry_id: c for c in self.consents(partner)}
        seen: dict[str, dict[str, Any]] = {}
        for record in reversed(self.shared_log(partner)):
            for e in record.entries:
                if e["id"] not in seen:
                    c = states.get(e["id"])
                    seen[e["id"]] = {"entry_id": e["id"], "content_hash": e["content_hash"], "sent_at": record.at,
                                     "bundle_id": record.bundle_id, "title": c.title if c else None,
                                     "state": c.state if c else REVOKED,
                                     "removed_by_partner_at": c.removed_by_partner_at if c else None}
        return list(seen.values())

    # ------------------------------------------------------------ import

    def _read_bundle(self, path: Path | str) -> OpenedBundle:
        path = Path(path).expanduser()
        try:
            st = path.stat()
        except FileNotFoundError:
            raise BundleRejected(f"There is no file '{path}'. Check the path.") from None
        except OSError as exc:
            raise BundleRejected(f"The bundle could not be read: {exc.strerror}.") from None
        if not stat.S_ISREG(st.st_mode):
            raise BundleRejected(f"'{path}' is not a regular file, so it cannot be a bundle.")
        size = st.st_size
        if size > MAX_BUNDLE_BYTES:
            raise BundleRejected("This file is larger than 64 MiB, too large to be a MentorVault bundle.")
        try:
            with open(path, "rb") as fh:
                # The same bytes as fh.read(MAX_BUNDLE_BYTES + 1), without allocating 64 MiB for
                # every bundle: the size just seen, plus one byte to notice a file still growing.
                data = fh.read(size + 1)
                if len(data) == size + 1:
                    data += fh.read(MAX_BUNDLE_BYTES - size)
        except IsADirectoryError:
            raise BundleRejected(f"'{path}' is a folder, not a bundle file.") from None
        except OSError as exc:
            raise BundleRejected(f"The bundle could not be read: {exc.strerror}.") from None

        def known(fp: str) -> ContactCard | None:
            row = self.conn.execute("SELECT name FROM partners WHERE fingerprint = ?", (fp,)).fetchone()
            return self.partner_card(row[0]) if row else None

        return open_bundle(data, self.identity(), known)

    def review_import(self, path: Path | str) -> ImportReview:
        """Check a bundle completely and say what importing it would change; store nothing."""
        opened = self._read_bundle(path)
        return self._apply_import(opened, store_it=False)

    def import_bundle(self, path: Path | str) -> ImportReview:
        opened = self._read_bundle(path)
        with store.transaction(self.conn):
            return self._apply_import(opened, store_it=True)

    def _apply_import(self, opened: OpenedBundle, store_it: bool) -> ImportReview:
        me = self.identity()
        sender_fp = opened.sender_card.fingerprint.hex()
        if sender_fp == me.fingerprint.hex():
            raise BundleRejected("This is a bundle you made yourself; it is for your partner to import.")
        parsed = parse_manifest(opened.manifest)
        row = self.conn.execute(
            "SELECT id, name, verified_at, recv_seq, archived FROM partners WHERE fingerprint = ?", (sender_fp,)
        ).fetchone()
        if row is None:
            raise BundleRejected("This bundle comes from someone who is not one of your partners. Add their card first.")
        pid, name, verified_at, recv_seq, archived = row
        if not verified_at:
            raise BundleRejected(
                f"You have not verified {name}'s fingerprint yet, so their bundles are not accepted. "
                "Compare the words with them first."
            )
        if archived:
            raise BundleRejected(f"Your relationship with {name} has ended; their bundles are no longer accepted.")
        seq = parsed.sequences.get(me.fingerprint.hex())
        if seq is None:
            raise BundleRejected("This bundle was not addressed to you.")
        if seq <= recv_seq:
            raise BundleRejected(
                f"You already imported this bundle from {name}, or a newer one: it is a replay or an old copy. "
                "Nothing was changed."
            )
        pod = len(parsed.recipients) > 1
        if pod and (parsed.revocations or parsed.receipts or parsed.acceptances):
            raise BundleRejected(_MALFORMED)
        existing = {r[0]: r[1] for r in self.conn.execute(
            "SELECT entry_id, content_hash FROM inbox WHERE partner_id = ?", (pid,))}
        review = ImportReview(name, parsed.bundle_id, parsed.created_at, [], [], [], [], [], [])
        now = self.now()
        for entry_id, content, _updated_at, chash in parsed.entries:
            review.titles[entry_id] = content.title
            if entry_id not in existing:
                review.new.append(entry_id)
            elif existing[entry_id] != chash:
                review.updated.append(entry_id)
            else:
                review.unchanged.append(entry_id)
        if store_it and parsed.entries:
            self.conn.executemany(
                "INSERT INTO inbox(partner_id, entry_id, kind, title, body, fields, tags, content_hash, updated_at, "
                "received_at, bundle_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(partner_id, entry_id) DO UPDATE SET kind = excluded.kind, title = excluded.title, "
                "body = excluded.body, fields = excluded.fields, tags = excluded.tags, "
                "content_hash = excluded.content_hash, updated_at = excluded.updated_at, "
                "received_at = excluded.received_at, bundle_id = excluded.bundle_id",
                [(pid, entry_id, content.kind, content.title, content.body,
                  _dumps_text(content.fields), _dumps_text(content.tags), chash,
                  updated_at, now, parsed.bundle_id) for entry_id, content, updated_at, chash in parsed.entries])
            # Shared again: an unsent receipt for an older revocation must not answer a later one.
            self.conn.executemany("DELETE FROM receipts_due WHERE partner_id = ? AND entry_id = ?",
                                  [(pid, entry_id) for entry_id, _c, _u, _h in parsed.entries])
        for entry_id, _revoked_at in parsed.revocations:
            if entry_id in existing:
                review.revoked.append(entry_id)
        if store_it and parsed.revocations:
            gone = [(pid, entry_id) for entry_id, _r in parsed.revocations]
            self.conn.executemany("DELETE FROM inbox WHERE partner_id = ? AND entry_id = ?", gone)
            self.conn.executemany("DELETE FROM acceptances WHERE partner_id = ? AND entry_id = ?", gone)
            self.conn.executemany(
                "INSERT INTO receipts_due(partner_id, entry_id, removed_at) VALUES (?, ?, ?) "
                "ON CONFLICT DO NOTHING", [(pid, entry_id, now) for _p, entry_id in gone])
        for entry_id, removed_at in parsed.receipts:
            review.receipts.append(entry_id)
            if store_it:
                self.conn.execute(
                    "UPDATE consents SET removed_by_partner_at = ? WHERE partner_id = ? AND entry_id = ? "
                    "AND revoked_at IS NOT NULL", (removed_at, pid, entry_id))
        for entry_id, chash, accepted_at in parsed.acceptances:
            if not self.conn.execute("SELECT 1 FROM consents WHERE partner_id = ? AND entry_id = ?",
                                     (pid, entry_id)).fetchone():
                continue  # an acceptance of something never shared with them means nothing
            review.acceptances.append(entry_id)
            if store_it:
                self.conn.execute(
                    "INSERT INTO acceptances(entry_id, partner_id, direction, content_hash, accepted_at) "
                    "VALUES (?, ?, 'received', ?, ?) ON CONFLICT(entry_id, partner_id, direction) DO UPDATE SET "
                    "content_hash = excluded.content_hash, accepted_at = excluded.accepted_at",
                    (entry_id, pid, chash, accepted_at))
        if store_it:
            self.conn.execute("UPDATE partners SET recv_seq = ? WHERE id = ?", (seq, pid))
            self._append_log(parsed.bundle_id, "in", [sender_fp],
                             [{"id": i, "content_hash": h} for i, _c, _u, h in parsed.entries],
                             [r[0] for r in parsed.revocations], now)
        return review

    # ------------------------------------------------------------ inbox

    def inbox(self, partner: str | None = None, kind: str | None = None) -> list[InboxEntry]:
        where, args = [], []
        if partner:
            where.append("i.partner_id = ?")
            args.append(store.find_partner(self.conn, partner).id)
        if kind:
            where.append("i.kind = ?")
            args.append(kind)
        rows = self.conn.execute(
            "SELECT p.name, i.entry_id, i.kind, i.title, i.body, i.fields, i.tags, i.content_hash, i.updated_at, "
            "i.received_at, i.private_note FROM inbox i JOIN partners p ON p.id = i.partner_id "
            + ("WHERE " + " AND ".join(where) if where else "") + " ORDER BY i.updated_at DESC", args)
        return [InboxEntry(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), json.loads(r[6]), r[7], r[8], r[9], r[10])
                for r in rows]

    def set_inbox_note(self, partner: str, entry_id: str, note: str) -> None:
        """My private note on a partner's shared entry; the entry itself stays read-only."""
        pid = store.find_partner(self.conn, partner).id
        with store.transaction(self.conn):
            cur = self.conn.execute("UPDATE inbox SET private_note = ? WHERE partner_id = ? AND entry_id = ?",
                                    (note, pid, entry_id))
            if cur.rowcount == 0:
                raise MentorVaultError("That shared entry is no longer in your inbox.")

    # ------------------------------------------------------------ co-signed agreements

    def accept_agreement(self, partner: str, entry_id: str) -> None:
        """Accept a boundary agreement the partner shared; the acceptance travels in my next bundle."""
        pid = store.find_partner(self.conn, partner).id
        row = self.conn.execute("SELECT kind, content_hash FROM inbox WHERE partner_id = ? AND entry_id = ?",
                                (pid, entry_id)).fetchone()
        if not row or row[0] != "boundary-agreement":
            raise MentorVaultError("Only a boundary agreement your partner shared with you can be accepted.")
        with store.transaction(self.conn):
            self.conn.execute(
                "INSERT INTO acceptances(entry_id, partner_id, direction, content_hash, accepted_at) "
                "VALUES (?, ?, 'given', ?, ?) ON CONFLICT(entry_id, partner_id, direction) DO UPDATE SET "
                "content_hash = excluded.content_hash, accepted_at = excluded.accepted_at, sent_at = NULL",
                (entry_id, pid, row[1], self.now()))

    def agreement_status(self, entry_id: str) -> dict[str, Any]:
        """'agreed by both' while the partner's acceptance matches the current content."""
        entry = self.entries.get(entry_id)
        for name, chash, at in self.conn.execute(
                "SELECT p.name, a.content_hash, a.accepted_at FROM acceptances a JOIN partners p ON p.id = a.partner_id "
                "WHERE a.entry_id = ? AND a.direction = 'received' ORDER BY a.accepted_at DESC", (entry.id,)):
            if chash == entry.content_hash:
                return {"agreed_by_both": True, "partner": name, "accepted_at": at}
            return {"agreed_by_both": False, "partner": name, "accepted_at": at, "changed_since": True}
        return {"agreed_by_both": False}

    # ------------------------------------------------------------ practices

    def meeting_prep(self, partner: str) -> dict[str, Any]:
        """'Before we meet': the partner's latest shared agenda, struggles, feedback and goals, and my agenda."""
        theirs = self.inbox(partner)
        by_kind: dict[str, list[InboxEntry]] = {}
        for e in theirs:
            by_kind.setdefault(e.kind, []).append(e)
        mine = self.entries.list(kind="agenda", partner=partner, limit=1)
        return {
            "partner": store.find_partner(self.conn, partner).name,
            "next_meeting": self.partners.next_meeting(partner),
            "their_agenda": by_kind.get("agenda", [])[:1],
            "struggles": by_kind.get("struggle-story", [])[:5],
            "feedback": by_kind.get("feedback", [])[:5],
            "goals": by_kind.get("goal", []),
            "my_agenda": self.entries.get(mine[0].id) if mine else None,
        }

    def end_relationship(self, partner: str, *, out: Path | str | None = None, passphrase: str | None = None,
                         revoke_all: bool = True, gratitude: str | None = None) -> dict[str, Any]:
        """Safe exit: optional closing gratitude note, a final bundle, archive, and wipe their inbox copy."""
        p = store.find_partner(self.conn, partner)
        if out is not None and (passphrase is None or not self.keys.verify_passphrase(passphrase)):
            raise WrongPassphrase("That passphrase is not right, so nothing was changed.")
        result: dict[str, Any] = {"partner": p.name, "revoked": [], "bundle": None}
        if revoke_all:
            for c in self.consents(p.name):
                if c.state != REVOKED:
                    self.revoke_consent(c.entry_id, p.name)
                    result["revoked"].append(c.entry_id)
        if gratitude:
            note = self.entries.add("gratitude", f"Thank you, {p.name}", "",
                                  {"to_whom": p.name, "what_it_meant": gratitude}, partner=p.name)
            self.grant_consent(note.id, p.name)
            result["gratitude_entry"] = note.id
        if out is not None:
            assert passphrase is not None
            self.export_bundle([p.name], out, passphrase)
            result["bundle"] = str(out)
        with store.transaction(self.conn):
            self.conn.execute("DELETE FROM inbox WHERE partner_id = ?", (p.id,))
            self.conn.execute("UPDATE partners SET archived = 1, updated_at = ? WHERE id = ?", (self.now(), p.id))
        return result
