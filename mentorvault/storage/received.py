"""What partners sent this vault: the inbox, receipts owed, acceptances and replay protection
(tables ``inbox``, ``receipts_owed``, ``acceptances`` and ``replay_guard``)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from mentorvault.domain.strictjson import JSONObject
from mentorvault.storage import attachments
from mentorvault.storage.db import Connection
from mentorvault.storage.rows import fetch_all, fetch_one, json_list, json_text, value


@dataclass(frozen=True)
class InboxRow:
    partner_name: str
    partner_id: str
    entry_id: str
    kind: str
    title: str
    body: str
    fields: str
    tags: str
    content_hash: str
    updated_at: str
    received_at: str
    private_note: str

    @property
    def fields_value(self) -> JSONObject:
        return json.loads(self.fields)  # type: ignore[no-any-return]

    @property
    def tags_value(self) -> list[str]:
        return json.loads(self.tags)  # type: ignore[no-any-return]


@dataclass(frozen=True)
class InboxWrite:
    entry_id: str
    kind: str
    title: str
    body: str
    fields: Any
    tags: list[str]
    content_hash: str
    written_at: str


@dataclass(frozen=True)
class ReplayMark:
    partner_id: str
    sender_fp: str
    last_seq: int
    last_bundle_id: str


@dataclass(frozen=True)
class Acceptance:
    entry_id: str
    partner_id: str
    partner_name: str
    direction: str
    content_hash: str
    accepted_at: str
    sent_at: str | None


_INBOX_SELECT = (
    "SELECT p.name AS partner_name, i.partner_id AS partner_id, i.entry_id AS entry_id, i.kind AS kind, "
    "i.title AS title, i.body AS body, i.fields AS fields, i.tags AS tags, i.content_hash AS content_hash, "
    "i.updated_at AS updated_at, i.received_at AS received_at, i.private_note AS private_note "
    "FROM inbox i JOIN partners p ON p.id = i.partner_id "
)


def inbox(conn: Connection, partner_id: str | None = None, kind: str | None = None,
          entry_id: str | None = None) -> list[InboxRow]:
    where: list[str] = []
    args: list[Any] = []
    if partner_id:
        where.append("i.partner_id = ?")
        args.append(partner_id)
    if kind:
        where.append("i.kind = ?")
        args.append(kind)
    if entry_id:
        where.append("i.entry_id LIKE ? ESCAPE '\\'")
        args.append(entry_id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
    return fetch_all(conn, InboxRow, _INBOX_SELECT + ("WHERE " + " AND ".join(where) if where else "")
                     + " ORDER BY i.updated_at DESC, i.rowid DESC", args)


def inbox_hashes(conn: Connection, partner_id: str) -> Mapping[str, str]:
    return dict(conn.execute("SELECT entry_id, content_hash FROM inbox WHERE partner_id = ?",
                             (partner_id,)).fetchall())


def inbox_kind(conn: Connection, partner_id: str, entry_id: str) -> tuple[str, str] | None:
    row = conn.execute("SELECT kind, content_hash FROM inbox WHERE partner_id = ? AND entry_id = ?",
                       (partner_id, entry_id)).fetchone()
    return (row[0], row[1]) if row else None


def store_entries(conn: Connection, partner_id: str, entries: Sequence[InboxWrite], now: str,
                  bundle_id: str) -> None:
    conn.executemany(
        "INSERT INTO inbox(partner_id, entry_id, kind, title, body, fields, tags, content_hash, updated_at, "
        "received_at, bundle_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(partner_id, entry_id) DO UPDATE SET kind = excluded.kind, title = excluded.title, "
        "body = excluded.body, fields = excluded.fields, tags = excluded.tags, "
        "content_hash = excluded.content_hash, updated_at = excluded.updated_at, "
        "received_at = excluded.received_at, bundle_id = excluded.bundle_id",
        [(partner_id, e.entry_id, e.kind, e.title, e.body, json_text(e.fields), json_text(e.tags),
          e.content_hash, e.written_at, now, bundle_id) for e in entries])


def remove_entries(conn: Connection, partner_id: str, entry_ids: Iterable[str]) -> None:
    gone = [(partner_id, entry_id) for entry_id in entry_ids]
    conn.executemany("DELETE FROM inbox WHERE partner_id = ? AND entry_id = ?", gone)
    conn.executemany("DELETE FROM acceptances WHERE partner_id = ? AND entry_id = ?", gone)
    attachments.drop_unreferenced(conn)  # their attachments went with them (ON DELETE CASCADE)


def wipe(conn: Connection, partner_id: str) -> None:
    conn.execute("DELETE FROM inbox WHERE partner_id = ?", (partner_id,))
    attachments.drop_unreferenced(conn)


def set_note(conn: Connection, partner_id: str, entry_id: str, note: str) -> bool:
    cur = conn.execute("UPDATE inbox SET private_note = ? WHERE partner_id = ? AND entry_id = ?",
                       (note, partner_id, entry_id))
    return cur.rowcount > 0


# ---------------------------------------------------------------- receipts owed


def owed(conn: Connection, partner_id: str) -> list[str]:
    """Revocation ids this vault owes a receipt for, in the order they arrived."""
    return [r[0] for r in conn.execute(
        "SELECT revocation_id FROM receipts_owed WHERE partner_id = ? ORDER BY removed_at, revocation_id",
        (partner_id,))]


def settle_owed(conn: Connection, partner_id: str, still_listed: Sequence[str]) -> None:
    """Drop owed receipts whose revocation the partner no longer sends (confirmed or superseded)."""
    conn.execute("DELETE FROM receipts_owed WHERE partner_id = ? AND revocation_id NOT IN "
                 "(SELECT value FROM json_each(?))", (partner_id, json_list(still_listed)))


def owe(conn: Connection, partner_id: str, revocations: Sequence[tuple[str, str]], now: str) -> None:
    conn.executemany(
        "INSERT INTO receipts_owed(partner_id, revocation_id, entry_id, removed_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT DO NOTHING", [(partner_id, rid, entry_id, now) for rid, entry_id in revocations])


# ---------------------------------------------------------------- acceptances


def acceptances_to_send(conn: Connection, partner_id: str) -> list[Acceptance]:
    """Every acceptance I gave this partner: each bundle carries them all (they are small and
    idempotent, so a bundle that never arrived loses none)."""
    return fetch_all(conn, Acceptance,
                     "SELECT a.entry_id AS entry_id, a.partner_id AS partner_id, p.name AS partner_name, "
                     "a.direction AS direction, a.content_hash AS content_hash, a.accepted_at AS accepted_at, "
                     "a.sent_at AS sent_at FROM acceptances a JOIN partners p ON p.id = a.partner_id "
                     "WHERE a.partner_id = ? AND a.direction = 'given'", (partner_id,))


def mark_acceptances_sent(conn: Connection, partner_id: str, now: str) -> None:
    conn.execute("UPDATE acceptances SET sent_at = COALESCE(sent_at, ?) WHERE partner_id = ? AND direction = 'given'",
                 (now, partner_id))


def given_acceptances(conn: Connection) -> list[Acceptance]:
    return fetch_all(conn, Acceptance,
                     "SELECT a.entry_id AS entry_id, a.partner_id AS partner_id, p.name AS partner_name, "
                     "a.direction AS direction, a.content_hash AS content_hash, a.accepted_at AS accepted_at, "
                     "a.sent_at AS sent_at FROM acceptances a JOIN partners p ON p.id = a.partner_id "
                     "WHERE a.direction = 'given'")


def accept(conn: Connection, partner_id: str, entry_id: str, content_hash: str, now: str) -> None:
    conn.execute(
        "INSERT INTO acceptances(entry_id, partner_id, direction, content_hash, accepted_at) "
        "VALUES (?, ?, 'given', ?, ?) ON CONFLICT(entry_id, partner_id, direction) DO UPDATE SET "
        "content_hash = excluded.content_hash, accepted_at = excluded.accepted_at, sent_at = NULL",
        (entry_id, partner_id, content_hash, now))


def record_acceptance(conn: Connection, partner_id: str, entry_id: str, content_hash: str, at: str) -> None:
    conn.execute(
        "INSERT INTO acceptances(entry_id, partner_id, direction, content_hash, accepted_at) "
        "VALUES (?, ?, 'received', ?, ?) ON CONFLICT(entry_id, partner_id, direction) DO UPDATE SET "
        "content_hash = excluded.content_hash, accepted_at = excluded.accepted_at", (entry_id, partner_id,
                                                                                     content_hash, at))


def acceptances_received(conn: Connection, entry_id: str) -> list[Acceptance]:
    return fetch_all(conn, Acceptance,
                     "SELECT a.entry_id AS entry_id, a.partner_id AS partner_id, p.name AS partner_name, "
                     "a.direction AS direction, a.content_hash AS content_hash, a.accepted_at AS accepted_at, "
                     "a.sent_at AS sent_at FROM acceptances a JOIN partners p ON p.id = a.partner_id "
                     "WHERE a.entry_id = ? AND a.direction = 'received' ORDER BY a.accepted_at DESC", (entry_id,))


# ---------------------------------------------------------------- replay protection


def replay_mark(conn: Connection, sender_fp: str) -> ReplayMark | None:
    """The newest bundle imported from this sending key, whichever relationship it came under."""
    return fetch_one(conn, ReplayMark, "SELECT * FROM replay_guard WHERE sender_fp = ? ORDER BY last_seq DESC "
                                       "LIMIT 1", (sender_fp,))


def set_replay_mark(conn: Connection, partner_id: str, sender_fp: str, seq: int, bundle_id: str) -> None:
    """Raise the mark; it is never lowered (the MAX keeps a lower number from winning)."""
    conn.execute(
        "INSERT INTO replay_guard(partner_id, sender_fp, last_seq, last_bundle_id) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(partner_id, sender_fp) DO UPDATE SET "
        "last_bundle_id = CASE WHEN excluded.last_seq > last_seq THEN excluded.last_bundle_id ELSE last_bundle_id END, "
        "last_seq = MAX(last_seq, excluded.last_seq)", (partner_id, sender_fp, seq, bundle_id))


def ack_to_send(conn: Connection, partner_id: str, sender_fp: str) -> int:
    """The highest sequence number imported from this partner's key: what our next bundle to that
    key acknowledges (0: nothing imported from it yet)."""
    return int(value(conn, "SELECT COALESCE(MAX(last_seq), 0) FROM replay_guard WHERE partner_id = ? "
                           "AND sender_fp = ?", (partner_id, sender_fp)) or 0)


def record_ack(conn: Connection, partner_id: str, key_fp: str, acked_seq: int) -> None:
    """The partner's key acknowledged our bundles up to ``acked_seq``; only ever raised."""
    conn.execute("INSERT INTO bundle_acks(partner_id, key_fp, acked_seq) VALUES (?, ?, ?) "
                 "ON CONFLICT(partner_id, key_fp) DO UPDATE SET acked_seq = MAX(acked_seq, excluded.acked_seq)",
                 (partner_id, key_fp, acked_seq))


def acked(conn: Connection, partner_id: str, key_fp: str) -> int:
    """The highest of our sequence numbers this partner's key acknowledged (0: none)."""
    return int(value(conn, "SELECT acked_seq FROM bundle_acks WHERE partner_id = ? AND key_fp = ?",
                     (partner_id, key_fp)) or 0)


def known_bundle(conn: Connection, bundle_id: str) -> bool:
    return bool(value(conn, "SELECT 1 FROM relationship_log WHERE bundle_id = ? AND direction = 'received'",
                      (bundle_id,)) == 1)
