"""Consents and revocation records (tables ``consents`` and ``revocations``).

A consent pins an entry's content hash for one partner.  A revocation of a consent whose
entry already left the vault for that partner is a record with its own random id, pending
until a receipt naming that id arrives; granting again supersedes it.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from mentorvault.storage.db import Connection
from mentorvault.storage.packing import unpack_many
from mentorvault.storage.rows import column, fetch_all, json_list, value


@dataclass(frozen=True)
class ConsentRow:
    entry_id: str
    partner_id: str
    partner_name: str
    content_hash: str
    granted_at: str
    written_at: str | None
    revoked_at: str | None
    removed_by_partner_at: str | None
    last_sent_at: str | None
    entry_hash: str | None  # the entry's hash now; None once it was deleted
    title: str | None


@dataclass(frozen=True)
class Revocation:
    id: str
    partner_id: str
    key_fp: str  # the partner's key that received the entry, and whose receipt alone confirms its removal
    entry_id: str
    created_at: str
    reason: str  # 'revoked' or 'deleted'
    sent_at: str | None
    confirmed_at: str | None
    superseded_at: str | None


class ExportRow(NamedTuple):
    """A consented entry's stored content, as an export reads it (a named tuple: an export reads
    1,000 of them, and a frozen dataclass per row cost it several milliseconds)."""

    id: str
    kind: str
    title: str
    content_hash: str
    partner_id: str | None
    body: str
    fields: str
    updated_at: str
    tags: str | None  # the tags joined by U+001F, or None


def new_revocation_id() -> str:
    return secrets.token_hex(16)


_CONSENT_SELECT = (
    "SELECT c.entry_id AS entry_id, c.partner_id AS partner_id, p.name AS partner_name, "
    "c.content_hash AS content_hash, c.granted_at AS granted_at, c.written_at AS written_at, "
    "c.revoked_at AS revoked_at, c.removed_by_partner_at AS removed_by_partner_at, "
    "c.last_sent_at AS last_sent_at, e.content_hash AS entry_hash, e.title AS title "
    "FROM consents c JOIN partners p ON p.id = c.partner_id LEFT JOIN entries e ON e.id = c.entry_id "
)


def written_at(conn: Connection, entry_id: str, content_hash: str) -> str | None:
    """When the entry's current version was written, to the second: the first revision of the
    newest run of revisions with this content hash, so a flag change or a partner link does not
    move it.  It is read once, when consent is given, and pinned with the consent: an edit and its
    revert after consent leave the pinned time as it was."""
    saved = value(
        conn,
        "SELECT saved_at FROM revisions WHERE entry_id = ? AND content_hash = ? AND rev > COALESCE("
        "(SELECT MAX(rev) FROM revisions WHERE entry_id = ? AND content_hash <> ?), 0) ORDER BY rev LIMIT 1",
        (entry_id, content_hash, entry_id, content_hash))
    return None if saved is None else saved[:19] + "Z"


def grant(conn: Connection, entry_id: str, partner_id: str, content_hash: str, written: str, now: str) -> None:
    """Consent to this version; pending revocation records of the pair are superseded."""
    conn.execute(
        "INSERT INTO consents(entry_id, partner_id, content_hash, granted_at, written_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(entry_id, partner_id) DO UPDATE SET content_hash = excluded.content_hash, "
        "granted_at = CASE WHEN consents.revoked_at IS NULL AND consents.content_hash = excluded.content_hash "
        "THEN consents.granted_at ELSE excluded.granted_at END, "
        "written_at = CASE WHEN consents.revoked_at IS NULL AND consents.content_hash = excluded.content_hash "
        "THEN consents.written_at ELSE excluded.written_at END, revoked_at = NULL, removed_by_partner_at = NULL",
        (entry_id, partner_id, content_hash, now, written))
    conn.execute(
        "UPDATE revocations SET superseded_at = ? WHERE entry_id = ? AND partner_id = ? "
        "AND confirmed_at IS NULL AND superseded_at IS NULL", (now, entry_id, partner_id))


def exists(conn: Connection, entry_id: str, partner_id: str) -> bool:
    return bool(value(conn, "SELECT 1 FROM consents WHERE entry_id = ? AND partner_id = ?", (entry_id, partner_id)) == 1)


def revoke(conn: Connection, entry_ids: Iterable[str], partner_id: str | None, now: str, reason: str) -> int:
    """Revoke the active consents of these entries (for one partner, or every partner).

    For each of the partner's keys the entry was ever sent to, a revocation record: a partner
    who moved to a new vault may still hold it in the old one.  Returns how many consents
    were revoked.
    """
    count = 0
    for entry_id in entry_ids:
        where, args = "entry_id = ? AND revoked_at IS NULL", [entry_id]
        if partner_id is not None:
            where += " AND partner_id = ?"
            args.append(partner_id)
        for pid, sent in conn.execute(f"SELECT partner_id, last_sent_at FROM consents WHERE {where}",
                                      args).fetchall():
            conn.execute("UPDATE consents SET revoked_at = ? WHERE entry_id = ? AND partner_id = ?",
                         (now, entry_id, pid))
            count += 1
            if sent is None:
                continue
            for key_fp in column(conn, "SELECT key_fp FROM deliveries WHERE entry_id = ? AND partner_id = ?",
                                 (entry_id, pid)):
                conn.execute(
                    "INSERT INTO revocations(id, partner_id, key_fp, entry_id, created_at, reason) "
                    "VALUES (?, ?, ?, ?, ?, ?)", (new_revocation_id(), pid, key_fp, entry_id, now, reason))
    return count


def rows(conn: Connection, *, partner_id: str | None = None, entry_id: str | None = None,
         entry_ids: Iterable[str] | None = None) -> list[ConsentRow]:
    """Consents, newest first; ``entry_ids`` keeps those of the given entries only (one query)."""
    where: list[str] = []
    args: list[object] = []
    if partner_id:
        where.append("c.partner_id = ?")
        args.append(partner_id)
    if entry_id:
        where.append("c.entry_id = ?")
        args.append(entry_id)
    if entry_ids is not None:  # a list page's entries: one JSON array, however many, not a bound value each
        where.append("c.entry_id IN (SELECT value FROM json_each(?))")
        args.append(json_list(entry_ids))
    return fetch_all(conn, ConsentRow, _CONSENT_SELECT + ("WHERE " + " AND ".join(where) if where else "")
                     + " ORDER BY c.granted_at DESC", args)


class Pin(NamedTuple):
    """One active consent as an export reads it."""

    partner_id: str
    content_hash: str
    granted_at: str
    written_at: str | None


def active_pins(conn: Connection, partner_ids: Sequence[str]) -> Mapping[str, list[Pin]]:
    """entry id -> its active consents for these partners (one read serves the preview and the export)."""
    marks = ",".join("?" * len(partner_ids))
    out: dict[str, list[Pin]] = {}
    make = tuple.__new__  # a Pin from the row's last four columns, without a call per row
    for row in conn.execute(
            f"SELECT entry_id, partner_id, content_hash, granted_at, written_at FROM consents "
            f"WHERE partner_id IN ({marks}) AND revoked_at IS NULL", list(partner_ids)):
        out.setdefault(row[0], []).append(make(Pin, row[1:]))  # in the SELECT's order
    return out


def consented_entries(conn: Connection, partner_ids: Sequence[str]) -> list[ExportRow]:
    """Each entry with an active consent for one of these partners, once, in table order.

    The bodies and fields sit in overflow pages; a GROUP BY with ORDER BY over the join
    would copy every body through a sorter.  The tags are read beside each row: a second
    pass over the tags after the bodies had gone through the page cache found none of
    their pages there.
    """
    marks = ",".join("?" * len(partner_ids))
    cur = conn.execute(
        f"SELECT id, kind, title, content_hash, partner_id, body, fields, updated_at, "
        f"(SELECT group_concat(tag, char(31)) FROM entry_tags t WHERE t.entry_id = e.id) AS tags "
        f"FROM entries e WHERE id IN "
        f"(SELECT entry_id FROM consents WHERE partner_id IN ({marks}) AND revoked_at IS NULL)", list(partner_ids))
    # Body and fields are stored packed (storage.packing); unpacked here, each row built once by
    # tuple's own constructor: an export reads 1,000 rows, and a _replace per row cost 3 ms.
    make, text = tuple.__new__, unpack_many
    return [make(ExportRow, (i, k, t, h, p, *text((b, f)), u, g)) for i, k, t, h, p, b, f, u, g in cur]


def linked_unconsented(conn: Connection, partner_ids: Sequence[str]) -> list[tuple[str, str, str, str]]:
    """(id, kind, title, content hash) of entries linked to one of these partners without an active
    consent for every one of them: what an export leaves out because it was never consented."""
    marks = ",".join("?" * len(partner_ids))
    return [tuple(r) for r in conn.execute(
        f"SELECT e.id, e.kind, e.title, e.content_hash FROM entries e WHERE e.partner_id IN ({marks}) AND "
        f"(SELECT COUNT(*) FROM consents c WHERE c.entry_id = e.id AND c.revoked_at IS NULL "
        f"AND c.partner_id IN ({marks})) < ? ORDER BY e.updated_at DESC",
        [*partner_ids, *partner_ids, len(partner_ids)])]


def mark_sent(conn: Connection, partner_id: str, key_fp: str, entry_ids: Sequence[str],
              revocation_ids: Sequence[str], now: str) -> None:
    ids = json_list(entry_ids)  # one statement each, not a round trip per entry
    conn.execute("UPDATE consents SET last_sent_at = ? WHERE partner_id = ? "
                 "AND entry_id IN (SELECT value FROM json_each(?))", (now, partner_id, ids))
    # the first delivery to a key is what matters (it holds a copy from then on); later ones write nothing
    conn.execute("INSERT INTO deliveries(entry_id, partner_id, key_fp, sent_at) "
                 "SELECT value, ?, ?, ? FROM json_each(?) WHERE true ON CONFLICT DO NOTHING",
                 (partner_id, key_fp, now, ids))
    conn.executemany("UPDATE revocations SET sent_at = COALESCE(sent_at, ?) WHERE id = ?",
                     [(now, r) for r in revocation_ids])


def pending(conn: Connection, partner_id: str, key_fp: str | None = None) -> list[Revocation]:
    """Revocation records not yet confirmed, oldest first: all of the partner's, or those that travel
    to one of their keys."""
    if key_fp is None:
        return fetch_all(conn, Revocation,
                         "SELECT * FROM revocations WHERE partner_id = ? AND confirmed_at IS NULL "
                         "AND superseded_at IS NULL ORDER BY created_at, id", (partner_id,))
    return fetch_all(conn, Revocation,
                     "SELECT * FROM revocations WHERE partner_id = ? AND key_fp = ? AND confirmed_at IS NULL "
                     "AND superseded_at IS NULL ORDER BY created_at, id", (partner_id, key_fp))


def all_revocations(conn: Connection, partner_id: str | None = None) -> list[Revocation]:
    if partner_id is None:
        return fetch_all(conn, Revocation, "SELECT * FROM revocations ORDER BY created_at, id")
    return fetch_all(conn, Revocation, "SELECT * FROM revocations WHERE partner_id = ? ORDER BY created_at, id",
                     (partner_id,))


def confirm(conn: Connection, partner_id: str, key_fp: str, revocation_ids: Sequence[str], now: str,
            store_it: bool) -> list[str]:
    """Confirm the pending records that these ids name, for this partner's key that signed the
    receipt; returns their entry ids.

    An unknown, superseded, already confirmed, another partner's or another key's id confirms
    nothing.  The consent shows the removal confirmed once no record of it is pending for any of
    the partner's keys, and the consent is still revoked.
    """
    confirmed: list[str] = []
    for rid in revocation_ids:
        entry_id = value(conn, "SELECT entry_id FROM revocations WHERE id = ? AND partner_id = ? AND key_fp = ? "
                               "AND confirmed_at IS NULL AND superseded_at IS NULL", (rid, partner_id, key_fp))
        if entry_id is None:
            continue
        confirmed.append(entry_id)
        if not store_it:
            continue
        conn.execute("UPDATE revocations SET confirmed_at = ? WHERE id = ?", (now, rid))
        if value(conn, "SELECT 1 FROM revocations WHERE partner_id = ? AND entry_id = ? AND confirmed_at IS NULL "
                       "AND superseded_at IS NULL", (partner_id, entry_id)) is None:
            conn.execute("UPDATE consents SET removed_by_partner_at = ? WHERE partner_id = ? AND entry_id = ? "
                         "AND revoked_at IS NOT NULL", (now, partner_id, entry_id))
    return confirmed


def partners_of(conn: Connection, entry_id: str) -> list[str]:
    return column(conn, "SELECT partner_id FROM consents WHERE entry_id = ?", (entry_id,))
