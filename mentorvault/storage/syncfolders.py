"""Exchange folders (tables ``exchange_folders`` and ``sync_files``) and what a sync has to send.

``exchange_folders``: a partner's folder and whether sharing an entry sends at once.
``sync_files``: every file sync wrote into a folder (``out``) or looked at there (``in``), with
the size and modification time it had, so a file is looked at again only when it changed.
``sync_file_recipients``: for each file written, the sequence number it carries to each recipient's
key; with ``bundle_acks`` (received.record_ack) it says which of our files a partner acknowledged.
"""

from __future__ import annotations

from dataclasses import dataclass

from mentorvault.storage.db import Connection
from mentorvault.storage.rows import fetch_all, fetch_one, value


@dataclass(frozen=True)
class FolderRow:
    partner_id: str
    name: str
    folder: str
    send_on_share: int
    archived: int


@dataclass(frozen=True)
class SeenFile:
    size: int
    mtime_ns: int
    outcome: str


@dataclass(frozen=True)
class SentTo:
    """One recipient of a bundle written: its partner, the key the part was sealed to, its sequence number."""

    partner_id: str
    key_fp: str
    seq: int


@dataclass(frozen=True)
class Pending:
    """What a bundle to this partner would carry that never left before."""

    entries: int
    revocations: int
    receipts: int
    acceptances: int

    @property
    def anything(self) -> bool:
        return bool(self.entries or self.revocations or self.receipts or self.acceptances)


_FOLDERS = ("SELECT f.partner_id AS partner_id, p.name AS name, f.folder AS folder, "
            "f.send_on_share AS send_on_share, p.archived AS archived "
            "FROM exchange_folders f JOIN partners p ON p.id = f.partner_id ")


def folders(conn: Connection) -> list[FolderRow]:
    return fetch_all(conn, FolderRow, _FOLDERS + "ORDER BY p.name")


def folder_of(conn: Connection, partner_id: str) -> FolderRow | None:
    return fetch_one(conn, FolderRow, _FOLDERS + "WHERE f.partner_id = ?", (partner_id,))


def set_folder(conn: Connection, partner_id: str, folder: str, send_on_share: bool, now: str) -> None:
    conn.execute("INSERT INTO exchange_folders(partner_id, folder, send_on_share, updated_at) VALUES (?, ?, ?, ?) "
                 "ON CONFLICT(partner_id) DO UPDATE SET folder = excluded.folder, "
                 "send_on_share = excluded.send_on_share, updated_at = excluded.updated_at",
                 (partner_id, folder, int(send_on_share), now))


def clear_folder(conn: Connection, partner_id: str) -> None:
    conn.execute("DELETE FROM exchange_folders WHERE partner_id = ?", (partner_id,))


def pending(conn: Connection, partner_id: str, key_fp: str) -> Pending:
    """Counts of what never left for this partner's current key: consented versions not yet sent
    to it, revocation records not yet sent, receipts and acceptances that never travelled."""
    entries = value(conn, (
        "SELECT COUNT(*) FROM consents c JOIN entries e ON e.id = c.entry_id "
        "WHERE c.partner_id = ? AND c.revoked_at IS NULL AND c.content_hash = e.content_hash "
        "AND (c.last_sent_at IS NULL OR c.last_sent_at < c.granted_at OR NOT EXISTS ("
        "SELECT 1 FROM deliveries d WHERE d.entry_id = c.entry_id AND d.partner_id = c.partner_id "
        "AND d.key_fp = ?))"), (partner_id, key_fp))
    revocations = value(conn, "SELECT COUNT(*) FROM revocations WHERE partner_id = ? AND key_fp = ? "
                              "AND sent_at IS NULL AND confirmed_at IS NULL AND superseded_at IS NULL",
                        (partner_id, key_fp))
    receipts = value(conn, "SELECT COUNT(*) FROM receipts_owed WHERE partner_id = ? AND sent_at IS NULL",
                     (partner_id,))
    acceptances = value(conn, "SELECT COUNT(*) FROM acceptances WHERE partner_id = ? AND direction = 'given' "
                              "AND sent_at IS NULL", (partner_id,))
    return Pending(int(entries), int(revocations), int(receipts), int(acceptances))


def mark_receipts_sent(conn: Connection, partner_id: str, now: str) -> None:
    """Inside an export's transaction: the receipts owed to this partner have travelled once."""
    conn.execute("UPDATE receipts_owed SET sent_at = COALESCE(sent_at, ?) WHERE partner_id = ?", (now, partner_id))


# ---------------------------------------------------------------- files in folders


def seen(conn: Connection, folder: str, name: str) -> SeenFile | None:
    return fetch_one(conn, SeenFile, "SELECT size, mtime_ns, outcome FROM sync_files "
                                     "WHERE folder = ? AND name = ? AND direction = 'in'", (folder, name))


def record_seen(conn: Connection, folder: str, name: str, size: int, mtime_ns: int, outcome: str,
                partner_id: str | None, bundle_id: str | None, now: str) -> None:
    conn.execute("INSERT INTO sync_files(folder, name, direction, partner_id, bundle_id, size, mtime_ns, outcome, at) "
                 "VALUES (?, ?, 'in', ?, ?, ?, ?, ?, ?) ON CONFLICT(folder, name) DO UPDATE SET "
                 "partner_id = COALESCE(excluded.partner_id, partner_id), bundle_id = COALESCE(excluded.bundle_id, "
                 "bundle_id), size = excluded.size, mtime_ns = excluded.mtime_ns, outcome = excluded.outcome, "
                 "at = excluded.at WHERE direction = 'in'",
                 (folder, name, partner_id, bundle_id, size, mtime_ns, outcome, now))


def name_used(conn: Connection, folder: str, name: str) -> bool:
    return bool(value(conn, "SELECT 1 FROM sync_files WHERE folder = ? AND name = ?", (folder, name)) == 1)


def record_written(conn: Connection, folder: str, name: str, partner_id: str, size: int, now: str,
                   recipients: list[SentTo]) -> None:
    """A file this vault wrote, and the sequence number it carries to each of its recipients."""
    conn.execute("INSERT INTO sync_files(folder, name, direction, partner_id, size, outcome, at) "
                 "VALUES (?, ?, 'out', ?, ?, 'written', ?)", (folder, name, partner_id, size, now))
    conn.executemany("INSERT INTO sync_file_recipients(folder, name, partner_id, key_fp, seq) VALUES (?, ?, ?, ?, ?)",
                     [(folder, name, r.partner_id, r.key_fp, r.seq) for r in recipients])


def acknowledged_files(conn: Connection, folder: str) -> list[str]:
    """The files this vault wrote into ``folder``, not deleted yet, whose every recipient's key
    acknowledged the sequence number the file carries to it; oldest first.  A file without a
    recorded recipient is never among them."""
    return [str(r[0]) for r in conn.execute(
        "SELECT f.name FROM sync_files f WHERE f.folder = ? AND f.direction = 'out' AND f.outcome = 'written' "
        "AND EXISTS (SELECT 1 FROM sync_file_recipients r WHERE r.folder = f.folder AND r.name = f.name) "
        "AND NOT EXISTS (SELECT 1 FROM sync_file_recipients r LEFT JOIN bundle_acks a "
        "ON a.partner_id = r.partner_id AND a.key_fp = r.key_fp "
        "WHERE r.folder = f.folder AND r.name = f.name AND COALESCE(a.acked_seq, 0) < r.seq) "
        "ORDER BY f.at, f.name", (folder,))]


def mark_deleted(conn: Connection, folder: str, name: str, now: str) -> None:
    conn.execute("UPDATE sync_files SET outcome = 'deleted', at = ? WHERE folder = ? AND name = ? "
                 "AND direction = 'out'", (now, folder, name))
