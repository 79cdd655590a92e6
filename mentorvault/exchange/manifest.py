"""The manifest of a format-3 bundle and each recipient's private part: building and checking.

Every check raises :class:`BundleRejected` with one sentence, before anything is stored.
Layout (``docs/bundle-format.md``)::

    manifest = {"format_version": 3, 4 or 5, "bundle_id", "created_at", "sender", "recipients",
                "entries": [{"id", "kind", "title", "body", "fields", "tags", "content_hash", "written_at",
                             "attachments" (format 4, only when the entry has any):
                                 [{"name", "type", "size", "sha256", "data" (base64)}]}],
                "parts": {recipient fingerprint: base64 age file readable by that recipient alone}}
    part     = {"bundle_id", "recipient", "seq", "consented": {entry id: time},
                "revocations": [{"id", "entry_id"}], "receipts": [revocation id],
                "acceptances": [{"entry_id", "content_hash", "accepted_at"}],
                "log": {"count", "head"},
                "acked_seq" (format 5, only when the sender imported a bundle from this recipient)}
"""

from __future__ import annotations

import base64
import binascii
import datetime as _dt
import hashlib
import re
from dataclasses import dataclass
from typing import Any

from mentorvault.domain import attachments as attachment_rules
from mentorvault.domain.entry import validate_content
from mentorvault.domain.strictjson import StrictJSONError, dumps_canonical, loads_canonical
from mentorvault.errors import BundleRejected, InvalidAttachmentName, InvalidEntry
from mentorvault.exchange.models import ParsedAttachment, ParsedEntry

MANIFEST_VERSION = 3
ATTACHMENTS_VERSION = 4  # the format of a manifest that carries attachments; without any, it stays 3
# The format of a manifest whose private parts may carry ``acked_seq`` (with or without attachments):
# a reader that predates acknowledgements says "update MentorVault" instead of calling the part malformed.
ACKS_VERSION = 5
MAX_SHARED_ATTACHMENT_BYTES = 64 * 1024 * 1024  # every attachment of one bundle together (raw bytes)
MAX_ENTRY_ATTACHMENTS = 100
MAX_BUNDLE_ENTRIES = 5_000
MAX_BUNDLE_NOTICES = 20_000
MAX_RECIPIENTS = 64
MAX_PART_BYTES = 8 * 1024 * 1024
_UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_HASH_RE = re.compile(r"^[0-9a-f]{64}$")
_REVOCATION_RE = re.compile(r"^[0-9a-f]{32}$")
_TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")

MALFORMED = "This bundle's contents are malformed; nothing was stored. Ask your partner to export it again."
_TOO_MANY = "This bundle holds more entries than MentorVault accepts at once; nothing was stored."


def _rejected() -> BundleRejected:
    """A manifest or part that breaks the format: to the user, a damaged or altered bundle."""
    return BundleRejected(MALFORMED, reason="tampered")


def _keys(obj: Any, keys: set[str]) -> dict[str, Any]:
    if not isinstance(obj, dict) or set(obj) != keys:
        raise _rejected()
    return obj


def _str(value: Any, pattern: re.Pattern[str] | None = None) -> str:
    # fullmatch: a pattern's "$" also matches before a final newline, and "<id>\n" is no id.
    if not isinstance(value, str) or (pattern is not None and not pattern.fullmatch(value)):
        raise _rejected()
    if pattern is _TS_RE:
        try:
            _dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise _rejected() from None
    return value


def _list(value: Any, limit: int) -> list[Any]:
    if not isinstance(value, list):
        raise _rejected()
    if len(value) > limit:
        raise BundleRejected(_TOO_MANY, reason="too_many_entries", limit=limit)
    return value


def _int(value: Any) -> int:
    if type(value) is not int or not (0 <= value < 2**53):  # 1.0 and true equal 1 in Python; neither is one
        raise _rejected()
    return value


@dataclass
class Manifest:
    bundle_id: str
    created_at: str
    sender_name: str
    recipients: list[str]
    entries: list[ParsedEntry]
    parts: dict[str, str]
    format_version: int = MANIFEST_VERSION


@dataclass
class Part:
    bundle_id: str
    recipient: str
    seq: int
    consented: dict[str, str]
    revocations: list[tuple[str, str]]  # (revocation id, entry id)
    receipts: list[str]  # revocation ids
    acceptances: list[tuple[str, str, str]]  # (entry id, content hash, accepted at)
    log_count: int
    log_head: str
    # The highest sequence number the sender imported from this recipient (under the key the part is
    # sealed to); 0, and left out of the part, when it imported none (or the bundle predates format 5).
    acked_seq: int = 0


def parse_manifest(manifest: dict[str, Any]) -> Manifest:
    """Check every part of a format-3 manifest except the private parts' contents."""
    m = _keys(manifest, {"format_version", "bundle_id", "created_at", "sender", "recipients", "entries", "parts"})
    if type(m["format_version"]) is not int:
        raise _rejected()
    if m["format_version"] > ACKS_VERSION:
        raise BundleRejected("This bundle was made by a newer version of MentorVault. Update MentorVault, then "
                             "import it again.", reason="newer_version")
    if m["format_version"] not in (MANIFEST_VERSION, ATTACHMENTS_VERSION, ACKS_VERSION):
        raise _rejected()  # an older manifest inside a format-3 envelope: no version of MentorVault writes that
    bundle_id = _str(m["bundle_id"], _UUID_RE)
    created_at = _str(m["created_at"], _TS_RE)
    recipients = [_str(r, _HASH_RE) for r in _list(m["recipients"], MAX_RECIPIENTS)]
    if not recipients or len(set(recipients)) != len(recipients):
        raise _rejected()
    parts = m["parts"]
    if not isinstance(parts, dict) or set(parts) != set(recipients) or not all(isinstance(v, str)
                                                                               for v in parts.values()):
        raise _rejected()
    entries: list[ParsedEntry] = []
    seen: set[str] = set()
    with_attachments = m["format_version"] in (ATTACHMENTS_VERSION, ACKS_VERSION)  # 5 may carry them
    attached_bytes = 0
    for raw in _list(m["entries"], MAX_BUNDLE_ENTRIES):
        keys = {"id", "kind", "title", "body", "fields", "tags", "content_hash", "written_at"}
        if with_attachments and isinstance(raw, dict) and "attachments" in raw:
            keys.add("attachments")
        e = _keys(raw, keys)
        files = _attachments(e["attachments"]) if "attachments" in e else []
        attached_bytes += sum(len(f.data) for f in files)
        if attached_bytes > MAX_SHARED_ATTACHMENT_BYTES:
            raise BundleRejected("The attachments in this bundle add up to more than MentorVault accepts at once; "
                                 "nothing was stored.", reason="attachments_too_large",
                                 limit_mib=MAX_SHARED_ATTACHMENT_BYTES // 2**20)
        entry_id = _str(e["id"], _UUID_RE)
        if entry_id in seen:
            raise BundleRejected("This bundle lists the same entry twice; nothing was stored. Ask your partner to "
                                 "export it again.", reason="duplicate_entry")
        seen.add(entry_id)
        if not isinstance(e["tags"], list) or not isinstance(e["fields"], dict):
            raise _rejected()
        try:
            content = validate_content(_str(e["kind"]), e["title"], e["body"], e["fields"], e["tags"])
            content.attachments.update({f.name: f.sha256 for f in files})
        except InvalidEntry:
            # Never repeat the partner's text: it could be huge, multi-line or full of terminal controls.
            raise BundleRejected("This bundle holds an entry MentorVault cannot accept (an unknown kind or field, "
                                 "or a value out of range); nothing was stored. Ask your partner to update "
                                 "MentorVault and export it again.", reason="unsupported_entry") from None
        # Computed once here; the import uses this checked value and never hashes again.
        chash = content.content_hash()
        if chash != _str(e["content_hash"], _HASH_RE):
            raise BundleRejected("An entry in this bundle does not match its content hash; nothing was stored.",
                                 reason="tampered")
        entries.append(ParsedEntry(entry_id, content, _str(e["written_at"], _TS_RE), chash, files))
    if m["format_version"] == ATTACHMENTS_VERSION and not any(e.attachments for e in entries):
        raise _rejected()  # format 4 is written only for attachments
    return Manifest(bundle_id, created_at, str(m["sender"]["name"]), recipients, entries, dict(parts),
                    m["format_version"])


_ATTACHMENT_DOES_NOT_MATCH = ("An attachment in this bundle does not match its size or hash: it was damaged or "
                              "changed after your partner made the bundle; nothing was stored.")


def _attachments(value: Any) -> list[ParsedAttachment]:
    """The attachments of one entry in a manifest: names as MentorVault stores them, each name once,
    and bytes that are exactly the size and SHA-256 the manifest states."""
    found: list[ParsedAttachment] = []
    names: set[str] = set()
    items = _list(value, MAX_ENTRY_ATTACHMENTS)
    if not items:
        raise _rejected()  # the key is left out when there is none
    for raw in items:
        a = _keys(raw, {"name", "type", "size", "sha256", "data"})
        name, kind, sha = _str(a["name"]), _str(a["type"]), _str(a["sha256"], _HASH_RE)
        size = _int(a["size"])
        try:
            if attachment_rules.validate_name(name) != name or attachment_rules.media_type(name, given=kind) != kind:
                raise _rejected()
        except InvalidAttachmentName:
            raise _rejected() from None
        if name.casefold() in names:
            raise _rejected()
        names.add(name.casefold())
        encoded = _str(a["data"])
        if len(encoded) != 4 * ((size + 2) // 3):
            raise BundleRejected(_ATTACHMENT_DOES_NOT_MATCH, reason="tampered")
        try:
            data = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            raise _rejected() from None
        if len(data) != size or hashlib.sha256(data).hexdigest() != sha:
            raise BundleRejected(_ATTACHMENT_DOES_NOT_MATCH, reason="tampered")
        found.append(ParsedAttachment(name, kind, sha, data))
    return found


def parse_part(data: bytes, bundle_id: str, recipient: str, entry_ids: set[str],
               format_version: int = MANIFEST_VERSION) -> Part:
    """Check my private part: canonical JSON, bound to this bundle and to me.

    ``acked_seq`` is accepted only in a format-5 manifest's part, and only as a positive integer
    (it is left out rather than written as 0); a part without it acknowledges nothing."""
    if len(data) > MAX_PART_BYTES:
        raise _rejected()
    try:
        raw = loads_canonical(data, max_bytes=MAX_PART_BYTES, max_depth=8)
    except StrictJSONError:
        raise _rejected() from None
    keys = {"bundle_id", "recipient", "seq", "consented", "revocations", "receipts", "acceptances", "log"}
    if format_version == ACKS_VERSION and isinstance(raw, dict) and "acked_seq" in raw:
        keys.add("acked_seq")
    p = _keys(raw, keys)
    acked = _int(p["acked_seq"]) if "acked_seq" in p else 0
    if "acked_seq" in p and acked < 1:
        raise _rejected()
    if p["bundle_id"] != bundle_id or p["recipient"] != recipient:
        raise _rejected()  # a part cut from another bundle, or another recipient's
    seq = _int(p["seq"])
    if seq < 1:
        raise _rejected()
    consented = p["consented"]
    if not isinstance(consented, dict) or set(consented) != entry_ids:
        raise _rejected()
    for at in consented.values():
        _str(at, _TS_RE)
    revocations: list[tuple[str, str]] = []
    ids: set[str] = set()
    revoked_entries: set[str] = set()
    for item in _list(p["revocations"], MAX_BUNDLE_NOTICES):
        r = _keys(item, {"id", "entry_id"})
        rid, eid = _str(r["id"], _REVOCATION_RE), _str(r["entry_id"], _UUID_RE)
        if rid in ids or eid in entry_ids:
            raise _rejected()  # an entry is shared or revoked in one bundle, never both
        ids.add(rid)
        revoked_entries.add(eid)
        revocations.append((rid, eid))
    receipts = [_str(r, _REVOCATION_RE) for r in _list(p["receipts"], MAX_BUNDLE_NOTICES)]
    if len(set(receipts)) != len(receipts):
        raise _rejected()
    acceptances: list[tuple[str, str, str]] = []
    accepted: set[str] = set()
    for item in _list(p["acceptances"], MAX_BUNDLE_NOTICES):
        a = _keys(item, {"entry_id", "content_hash", "accepted_at"})
        aid = _str(a["entry_id"], _UUID_RE)
        if aid in accepted:
            raise _rejected()
        accepted.add(aid)
        acceptances.append((aid, _str(a["content_hash"], _HASH_RE), _str(a["accepted_at"], _TS_RE)))
    log = _keys(p["log"], {"count", "head"})
    count = _int(log["count"])
    if count < 1:
        raise _rejected()
    return Part(bundle_id, recipient, seq, dict(consented), revocations, receipts, acceptances, count,
                _str(log["head"], _HASH_RE), acked)


def part_bytes(part: Part) -> bytes:
    ack = {"acked_seq": part.acked_seq} if part.acked_seq else {}
    return dumps_canonical(ack | {
        "bundle_id": part.bundle_id,
        "recipient": part.recipient,
        "seq": part.seq,
        "consented": part.consented,
        "revocations": [{"id": rid, "entry_id": eid} for rid, eid in part.revocations],
        "receipts": part.receipts,
        "acceptances": [{"entry_id": e, "content_hash": h, "accepted_at": at} for e, h, at in part.acceptances],
        "log": {"count": part.log_count, "head": part.log_head},
    })
