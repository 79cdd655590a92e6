"""Partners' keys and the records of what was shared (tables ``partner_keys``, the card
columns of ``partners``, ``shared_log`` and ``relationship_log``)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from mentorvault.domain.strictjson import JSONObject
from mentorvault.storage.db import Connection
from mentorvault.storage.packing import unpack
from mentorvault.storage.rows import fetch_all, fetch_one, json_text, value


@dataclass(frozen=True)
class CardRow:
    """A partner with the card pinned for them now (all card fields None without one)."""

    id: str
    name: str
    archived: int
    card_name: str | None
    recipient: str | None
    signing_key: str | None
    fingerprint: str | None
    verified_at: str | None
    pending_card: str | None
    send_seq: int


@dataclass(frozen=True)
class LogRow:
    seq: int
    at: str
    bundle_id: str
    direction: str
    partners: str
    partner_ids: str
    entries: str
    revocations: str
    prev_hash: str
    hash: str

    def record(self) -> JSONObject:
        """The fields the chain covers."""
        return {"seq": self.seq, "at": self.at, "bundle_id": self.bundle_id, "direction": self.direction,
                "partners": json.loads(self.partners), "partner_ids": json.loads(self.partner_ids),
                "entries": json.loads(self.entries), "revocations": json.loads(self.revocations)}


@dataclass(frozen=True)
class ChainRow:
    partner_id: str
    direction: str
    key_fp: str
    seq: int
    bundle_id: str
    at: str
    entries: str
    revocations: str
    head: str
    their_head: str | None


_CARD_SELECT = ("SELECT id, name, archived, card_name, recipient, signing_key, fingerprint, verified_at, "
                "pending_card, send_seq FROM partners ")


def card_row(conn: Connection, partner_id: str) -> CardRow:
    row = fetch_one(conn, CardRow, _CARD_SELECT + "WHERE id = ?", (partner_id,))
    assert row is not None, "the partner was found a moment ago"
    return row


def card_row_by_fingerprint(conn: Connection, fingerprint: str) -> CardRow | None:
    """The partner whose pinned card has this fingerprint now."""
    return fetch_one(conn, CardRow, _CARD_SELECT + "WHERE fingerprint = ?", (fingerprint,))


def other_partner_with_key(conn: Connection, fingerprint: str, partner_id: str | None) -> str | None:
    """The name of another partner who holds (or once held) these keys."""
    name = value(conn, "SELECT p.name FROM partner_keys k JOIN partners p ON p.id = k.partner_id "
                       "WHERE k.fingerprint = ? AND k.partner_id IS NOT ?", (fingerprint, partner_id))
    return None if name is None else str(name)


def set_pending(conn: Connection, partner_id: str, card_text: str) -> None:
    conn.execute("UPDATE partners SET pending_card = ? WHERE id = ?", (card_text, partner_id))


def pin_card(conn: Connection, partner_id: str, card_name: str, recipient: str, signing_key: str,
             fingerprint: str, verified_at: str | None, now: str) -> None:
    """Pin these keys for the partner (replay marks and sequence numbers are kept, never reset)."""
    conn.execute(
        "UPDATE partners SET card_name = ?, recipient = ?, signing_key = ?, fingerprint = ?, verified_at = ?, "
        "pending_card = NULL, updated_at = ? WHERE id = ?",
        (card_name, recipient, signing_key, fingerprint, verified_at, now, partner_id))
    conn.execute(
        "INSERT INTO partner_keys(fingerprint, partner_id, card_name, recipient, signing_key, first_seen_at, "
        "verified_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(fingerprint) DO UPDATE SET "
        "card_name = excluded.card_name, verified_at = COALESCE(excluded.verified_at, verified_at)",
        (fingerprint, partner_id, card_name, recipient, signing_key, now, verified_at))


def set_verified(conn: Connection, partner_id: str, fingerprint: str, now: str) -> None:
    conn.execute("UPDATE partners SET verified_at = ? WHERE id = ?", (now, partner_id))
    conn.execute("UPDATE partner_keys SET verified_at = ? WHERE fingerprint = ?", (now, fingerprint))


def send_seq(conn: Connection, partner_id: str) -> int:
    """The sequence number of the last bundle made for this partner (0: none yet)."""
    return int(value(conn, "SELECT send_seq FROM partners WHERE id = ?", (partner_id,)) or 0)


def bump_send_seq(conn: Connection, partner_id: str) -> int:
    conn.execute("UPDATE partners SET send_seq = send_seq + 1 WHERE id = ?", (partner_id,))
    return int(value(conn, "SELECT send_seq FROM partners WHERE id = ?", (partner_id,)))


def archive(conn: Connection, partner_id: str, now: str) -> None:
    conn.execute("UPDATE partners SET archived = 1, updated_at = ? WHERE id = ?", (now, partner_id))


def key_owners(conn: Connection) -> Mapping[str, tuple[str, str]]:
    """Every fingerprint any partner ever had -> (partner id, partner name)."""
    out = {fp: (pid, name) for fp, pid, name in conn.execute(
        "SELECT k.fingerprint, p.id, p.name FROM partner_keys k JOIN partners p ON p.id = k.partner_id")}
    for fp, pid, name in conn.execute("SELECT fingerprint, id, name FROM partners WHERE fingerprint IS NOT NULL"):
        out[fp] = (pid, name)
    return out


def partner_names(conn: Connection) -> Mapping[str, str]:
    return dict(conn.execute("SELECT id, name FROM partners").fetchall())


def boundary_fields(conn: Connection, partner_ids: list[str]) -> list[str]:
    """The fields (JSON text) of boundary agreements linked to or received from these partners."""
    marks = ",".join("?" * len(partner_ids))
    out = [unpack(r[0]) for r in conn.execute(  # an entry's fields are stored packed (schema 8)
        f"SELECT fields FROM entries WHERE kind = 'boundary-agreement' AND partner_id IN ({marks})", partner_ids)]
    out += [r[0] for r in conn.execute(
        f"SELECT fields FROM inbox WHERE kind = 'boundary-agreement' AND partner_id IN ({marks})", partner_ids)]
    return out


# ---------------------------------------------------------------- the shared log


def log_rows(conn: Connection, direction: str | None = None) -> list[LogRow]:
    sql = "SELECT seq, at, bundle_id, direction, partners, partner_ids, entries, revocations, prev_hash, hash " \
          "FROM shared_log"
    if direction is not None:
        return fetch_all(conn, LogRow, sql + " WHERE direction = ? ORDER BY seq", (direction,))
    return fetch_all(conn, LogRow, sql + " ORDER BY seq")


def last_log_row(conn: Connection) -> tuple[int, str] | None:
    row = conn.execute("SELECT seq, hash FROM shared_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else None


def append_log(conn: Connection, record: dict[str, Any], prev: str, mac: str) -> None:
    conn.execute(
        "INSERT INTO shared_log(seq, at, bundle_id, direction, partners, partner_ids, entries, revocations, "
        "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (record["seq"], record["at"], record["bundle_id"], record["direction"], json_text(record["partners"]),
         json_text(record["partner_ids"]), json_text(record["entries"]), json_text(record["revocations"]),
         prev, mac))


def rewrite_log_macs(conn: Connection, macs: list[tuple[int, str, str]]) -> None:
    """(seq, prev, mac) for every record: the chain re-keyed."""
    conn.executemany("UPDATE shared_log SET prev_hash = ?, hash = ? WHERE seq = ?",
                     [(prev, mac, seq) for seq, prev, mac in macs])


def chain_rows(conn: Connection, partner_id: str, direction: str, key_fp: str | None = None) -> list[ChainRow]:
    if key_fp is None:
        return fetch_all(conn, ChainRow, "SELECT * FROM relationship_log WHERE partner_id = ? AND direction = ? "
                                         "ORDER BY key_fp, seq", (partner_id, direction))
    return fetch_all(conn, ChainRow, "SELECT * FROM relationship_log WHERE partner_id = ? AND direction = ? "
                                     "AND key_fp = ? ORDER BY seq", (partner_id, direction, key_fp))


def last_chain_row(conn: Connection, partner_id: str, direction: str, key_fp: str) -> ChainRow | None:
    return fetch_one(conn, ChainRow, "SELECT * FROM relationship_log WHERE partner_id = ? AND direction = ? "
                                     "AND key_fp = ? ORDER BY seq DESC LIMIT 1", (partner_id, direction, key_fp))


def append_chain(conn: Connection, row: ChainRow) -> None:
    conn.execute(
        "INSERT INTO relationship_log(partner_id, direction, key_fp, seq, bundle_id, at, entries, revocations, head, "
        "their_head) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (row.partner_id, row.direction, row.key_fp, row.seq, row.bundle_id, row.at, row.entries, row.revocations,
         row.head, row.their_head))
