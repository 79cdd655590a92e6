"""``vault.sync``: bundles that travel through a partner's exchange folder.

An exchange folder is any folder both people reach (Syncthing, Nextcloud, Dropbox, a USB stick).
Sync reuses the export and the import unchanged (``Exporter.write``, ``vault.exchange.import_bundle``):
signatures, receipts, revocations and replay protection are theirs.  What sync adds are the
folder rules (docs/architecture.md, "Exchange folders"):

* a file is written as ``.NAME.partial`` and renamed when complete; NAME is the sender's key id
  (the first 16 hex digits of its fingerprint), a sortable unique id, and ``.mvbundle``; a name
  is never written twice;
* temporary files (hidden names, ``~syncthing~``, ``.tmp``, ``.part`` ...) are not looked at;
  a file that does not open yet (half-synced, still being copied) is looked at again once its
  size or time changes, and is reported as "incomplete", never as hostile;
* conflict copies (Syncthing's ``.sync-conflict-``, Nextcloud's and Dropbox's ``(… conflicted
  copy …)``, ownCloud's ``_conflict-``) are recognised and left alone: every bundle carries all
  that is pending, so the original or a later bundle carries what a copy carries;
* this vault's own files, bundles for other recipients (a pod's folder), a bundle already
  imported and an older one than the newest imported are skipped quietly;
* only files this vault wrote are ever deleted, and only once the partner acknowledged them: each
  bundle's private part carries the highest sequence number its sender imported from the
  recipient (``acked_seq``, signed), and a file is deleted once every recipient's key it was
  sealed to acknowledged the sequence number it carries, however many newer ones are in the
  folder.  An acknowledgement alone is never "something new to send" (two vaults would
  acknowledge each other's acknowledgements forever): it travels with the next bundle.
"""

from __future__ import annotations

import os
import re
import secrets
import stat
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mentorvault.domain.strictjson import JSONObject
from mentorvault.errors import (
    BundleRejected,
    BundleReplay,
    CrossRelationship,
    ExchangeFolderError,
    MentorVaultError,
    WrongPassphrase,
)
from mentorvault.exchange import _core
from mentorvault.storage import sharing, syncfolders
from mentorvault.storage.db import transaction

if TYPE_CHECKING:
    from mentorvault.exchange.models import ImportReview
    from mentorvault.vault import Vault

SUFFIX = ".mvbundle"
KEY_ID_CHARS = 16
_CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz"
# Conflict copies: Syncthing "NAME.sync-conflict-20260314-093000-ABCDEFG.ext", Nextcloud
# "NAME (conflicted copy 2026-03-14 093000).ext", Dropbox "NAME (Sam's conflicted copy 2026-03-14).ext"
# and its "(Case Conflict)" / "(Selective Sync Conflict)", ownCloud's "NAME_conflict-20260314-093000.ext".
_CONFLICT = re.compile(r"\.sync-conflict-\d{8}-\d{6}|\([^()]*conflicted copy[^()]*\)|_conflict-\d{8}-\d{6}"
                       r"|\((case|selective sync) conflict[^()]*\)", re.IGNORECASE)
# Files a sync tool or a copy is still writing: hidden names (our ".NAME.partial", Syncthing's
# ".syncthing.NAME.tmp", Nextcloud's ".NAME.~1a2b"), Syncthing's "~syncthing~NAME.tmp" on Windows,
# and the usual download suffixes.
_TEMPORARY = re.compile(r"^[.~]|\.(tmp|partial|part|crdownload|download|!sync|~[0-9a-f]+)$", re.IGNORECASE)
# Refusals that a half-written file gives: looked at again when the file changes.
_INCOMPLETE = frozenset({"not_a_bundle", "tampered", "unreadable", "too_large"})
# Refusals that say the file is not for this vault, or not news: skipped without a word.
_QUIET = frozenset({"cannot_decrypt", "not_for_you", "own_bundle", "replayed"})
# Outcomes after which an unchanged file is not read again.
_SETTLED = frozenset({"imported", "already", "replayed", "cannot_decrypt", "not_for_you", "own_bundle",
                      "conflict_copy", "incomplete"})


@dataclass
class SentBundle:
    to: str
    file: str
    entries: int
    revocations: int

    def to_json(self) -> JSONObject:
        return asdict(self)


@dataclass
class ReceivedBundle:
    sender: str
    file: str
    new: int
    updated: int
    removed: int
    review: ImportReview | None = field(default=None, repr=False)

    def to_json(self) -> JSONObject:
        return {"from": self.sender, "file": self.file, "new": self.new, "updated": self.updated,
                "removed": self.removed}


@dataclass
class IgnoredFile:
    file: str
    why: str  # conflict_copy, incomplete, folder_missing, or a bundle refusal's reason (unknown_sender ...)

    def to_json(self) -> JSONObject:
        return asdict(self)


@dataclass
class HeldBack:
    """A partner with something to send that this run did not send, and why."""

    partner: str
    why: str  # needs_confirmation (the user's click or passphrase), cross_relationship, folder_missing

    def to_json(self) -> JSONObject:
        return asdict(self)


@dataclass
class SyncResult:
    sent: list[SentBundle] = field(default_factory=list)
    received: list[ReceivedBundle] = field(default_factory=list)
    ignored: list[IgnoredFile] = field(default_factory=list)
    held: list[HeldBack] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)

    def to_json(self) -> JSONObject:
        return {"sent": [s.to_json() for s in self.sent], "received": [r.to_json() for r in self.received],
                "ignored": [i.to_json() for i in self.ignored]}


@dataclass
class ExchangeFolder:
    partner: str
    folder: str
    send_on_share: bool
    to_send: syncfolders.Pending | None = None  # None when the partner's card is not verified

    def to_json(self) -> JSONObject:
        return {"partner": self.partner, "folder": self.folder, "send_on_share": self.send_on_share,
                "to_send": asdict(self.to_send) if self.to_send is not None else None}


def is_conflict_copy(name: str) -> bool:
    return bool(_CONFLICT.search(name))


def is_temporary(name: str) -> bool:
    return bool(_TEMPORARY.search(name))


def unique_id(now_ms: int) -> str:
    """26 lower-case Crockford base32 digits: 48 bits of milliseconds, then 80 random bits, so
    names sort by the time they were made and two never meet."""
    n = (now_ms & (2**48 - 1)) << 80 | secrets.randbits(80)
    return "".join(_CROCKFORD[(n >> (5 * i)) & 31] for i in reversed(range(26)))


class SyncManager:
    """``vault.sync``: exchange folders per partner, and one run that sends and receives."""

    def __init__(self, vault: Vault) -> None:
        self._v = vault

    @property
    def _conn(self) -> Any:
        return self._v.conn

    # ------------------------------------------------------------ the folders

    def set_folder(self, partner: str, folder: Path | str | None, send_on_share: bool | None = None) -> ExchangeFolder | None:
        """Set (or, with ``None``, clear) a partner's exchange folder; it must be an existing folder."""
        p = _core.find_partner(self._v, partner)
        current = syncfolders.folder_of(self._conn, p.id)
        if folder is None:
            with transaction(self._conn):
                syncfolders.clear_folder(self._conn, p.id)
            return None
        path = Path(folder).expanduser()
        if not path.is_absolute():
            path = path.absolute()
        if not path.exists():
            raise ExchangeFolderError(f"There is no folder '{path}'.", reason="missing", path=str(path))
        if not path.is_dir():
            raise ExchangeFolderError(f"'{path}' is a file, not a folder.", reason="not_a_folder", path=str(path))
        auto = bool(current.send_on_share) if send_on_share is None and current else bool(send_on_share)
        with transaction(self._conn):
            syncfolders.set_folder(self._conn, p.id, str(path), auto, self._v.now())
        return self.folder(p.name)

    def set_send_on_share(self, partner: str, on: bool) -> ExchangeFolder | None:
        p = _core.find_partner(self._v, partner)
        row = syncfolders.folder_of(self._conn, p.id)
        if row is None:
            raise ExchangeFolderError(f"{p.name} has no exchange folder yet.", reason="none_set", partner=p.name)
        with transaction(self._conn):
            syncfolders.set_folder(self._conn, p.id, row.folder, on, self._v.now())
        return self.folder(p.name)

    def folder(self, partner: str) -> ExchangeFolder | None:
        p = _core.find_partner(self._v, partner)
        row = syncfolders.folder_of(self._conn, p.id)
        return None if row is None else self._describe(row)

    def folders(self) -> list[ExchangeFolder]:
        return [self._describe(r) for r in syncfolders.folders(self._conn)]

    def _describe(self, row: syncfolders.FolderRow) -> ExchangeFolder:
        return ExchangeFolder(row.name, row.folder, bool(row.send_on_share), self._pending(row.partner_id))

    def _pending(self, partner_id: str) -> syncfolders.Pending | None:
        card = sharing.card_row(self._conn, partner_id)
        if not card.verified_at or not card.fingerprint or card.archived:
            return None
        return syncfolders.pending(self._conn, partner_id, card.fingerprint)

    def key_id(self) -> str:
        return self._v.identity.get().fingerprint.hex()[:KEY_ID_CHARS]

    # ------------------------------------------------------------ a run

    def needs_confirmation(self, partner: str | None = None) -> list[str]:
        """Partners with something new to send whose folder does not send by itself."""
        return [r.name for r in self._rows(partner)
                if not r.send_on_share and (pend := self._pending(r.partner_id)) is not None and pend.anything]

    def _rows(self, partner: str | None) -> list[syncfolders.FolderRow]:
        rows = [r for r in syncfolders.folders(self._conn) if not r.archived]
        if partner is not None:
            p = _core.find_partner(self._v, partner)
            rows = [r for r in rows if r.partner_id == p.id]
            if not rows:
                raise ExchangeFolderError(f"{p.name} has no exchange folder yet.", reason="none_set", partner=p.name)
        return rows

    def run(self, partner: str | None = None, *, passphrase: str | None = None, send: bool = True,
            receive: bool = True) -> SyncResult:
        """Receive what arrived in the folders (one partner's, or all), then send what is new.

        Sending needs the user's confirmation: the passphrase, or the partner's "send when I
        share an entry".  A wrong passphrase sends nothing and receives nothing.
        """
        confirmed = False
        if passphrase is not None:
            if not _core.verify_passphrase(self._v, passphrase):
                raise WrongPassphrase("That passphrase is not right, so nothing was sent.")
            confirmed = True
        result = SyncResult()
        rows = self._rows(partner)
        if receive:
            for folder in dict.fromkeys(r.folder for r in rows):
                self._receive(Path(folder), result)
        if send:
            for row in rows:
                self._send(row, confirmed, result)
        for folder in dict.fromkeys(r.folder for r in rows):  # what the bundles just imported acknowledged
            self._tidy(Path(folder), result)
        return result

    def send(self, partner: str, passphrase: str, confirm_cross: list[str] | None = None) -> SentBundle | None:
        """The window's "Send to NAME", after its preview, confirmed with the passphrase: one bundle
        into the folder, even when nothing is new (the user asked for it)."""
        if not _core.verify_passphrase(self._v, passphrase):
            raise WrongPassphrase("That passphrase is not right, so nothing was sent.")
        p = _core.find_partner(self._v, partner)
        row = syncfolders.folder_of(self._conn, p.id)
        if row is None:
            raise ExchangeFolderError(f"{p.name} has no exchange folder yet.", reason="none_set", partner=p.name)
        result = SyncResult()
        self._send(row, True, result, confirm_cross or [], always=True)
        if result.held and result.held[0].why == "cross_relationship":
            raise CrossRelationship(self._v.exchange.preview_export([p.name]).needs_cross_confirmation)
        if result.held:
            raise ExchangeFolderError(f"The folder '{row.folder}' is not there.", reason="missing", path=row.folder)
        return result.sent[0] if result.sent else None

    def after_share(self, partner: str) -> SentBundle | None:
        """Sharing with (or revoking for) ``partner`` just changed: a folder that sends when you share
        sends now.  It never fails the share: a folder that is not there, or a write that fails,
        leaves the bundle to the next sync."""
        p = _core.find_partner(self._v, partner)
        row = syncfolders.folder_of(self._conn, p.id)
        if row is None or not row.send_on_share or row.archived:
            return None
        result = SyncResult()
        try:
            self._send(row, False, result)
        except (OSError, MentorVaultError):
            return None
        return result.sent[0] if result.sent else None

    # ------------------------------------------------------------ sending

    def _send(self, row: syncfolders.FolderRow, confirmed: bool, result: SyncResult,
              confirm_cross: list[str] | None = None, always: bool = False) -> None:
        pend = self._pending(row.partner_id)
        if pend is None or not (pend.anything or always):
            return
        if not (confirmed or row.send_on_share):
            result.held.append(HeldBack(row.name, "needs_confirmation"))
            return
        folder = Path(row.folder)
        if not folder.is_dir():
            result.held.append(HeldBack(row.name, "folder_missing"))
            return
        from mentorvault.exchange.export import Exporter

        name = self._new_name(row.folder)
        out = folder / name
        exporter = Exporter(self._v)
        try:
            preview = exporter.write([row.name], out, confirm_cross or [])
        except CrossRelationship:
            result.held.append(HeldBack(row.name, "cross_relationship"))
            return
        with transaction(self._conn):
            syncfolders.record_written(self._conn, row.folder, name, row.partner_id, out.stat().st_size,
                                       self._v.now(), exporter.sent)
        result.sent.append(SentBundle(row.name, str(out), len(preview.entries), preview.revocation_count))
        self._tidy(folder, result)

    def _new_name(self, folder: str) -> str:
        while True:
            name = f"{self.key_id()}-{unique_id(time.time_ns() // 1_000_000)}{SUFFIX}"
            if not syncfolders.name_used(self._conn, folder, name) and not (Path(folder) / name).exists():
                return name

    def _tidy(self, folder: Path, result: SyncResult) -> None:
        """Delete this vault's own files in ``folder`` that every recipient acknowledged, and no other."""
        if not folder.is_dir():
            return  # a stick not plugged in: its files are not gone, they are deleted when it is back
        for name in syncfolders.acknowledged_files(self._conn, str(folder)):
            path = folder / name
            try:
                path.unlink(missing_ok=True)
            except OSError:
                continue  # a read-only stick: tried again next time
            with transaction(self._conn):
                syncfolders.mark_deleted(self._conn, str(folder), name, self._v.now())
            if str(path) not in result.deleted:
                result.deleted.append(str(path))

    # ------------------------------------------------------------ receiving

    def _receive(self, folder: Path, result: SyncResult) -> None:
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            result.ignored.append(IgnoredFile(str(folder), "folder_missing"))
            return
        mine = self.key_id()
        # What became of each file, written in one transaction at the end (an import is its own): a
        # crash before it only means the files are looked at again, and an import done is "already".
        seen: list[tuple[str, int, int, str, str | None, str | None]] = []
        try:
            self._look_at(folder, names, mine, seen, result)
        finally:
            if seen:
                now = self._v.now()
                with transaction(self._conn):
                    for name, size, mtime, outcome, partner_id, bundle_id in seen:
                        syncfolders.record_seen(self._conn, str(folder), name, size, mtime, outcome, partner_id,
                                                bundle_id, now)

    def _look_at(self, folder: Path, names: list[str], mine: str,
                 seen: list[tuple[str, int, int, str, str | None, str | None]], result: SyncResult) -> None:
        for name in names:
            if is_temporary(name) or SUFFIX not in name.lower():
                continue
            if name.startswith(mine + "-"):
                continue  # my own: the partner's to import
            path = folder / name
            try:
                st = path.stat()
            except OSError:
                continue  # gone between the listing and now
            if not stat.S_ISREG(st.st_mode):
                continue
            before = syncfolders.seen(self._conn, str(folder), name)
            if before is not None and before.size == st.st_size and before.mtime_ns == st.st_mtime_ns \
                    and before.outcome in _SETTLED:
                continue
            outcome, partner_id, bundle_id = self._take(path, name, result)
            seen.append((name, st.st_size, st.st_mtime_ns, outcome, partner_id, bundle_id))
            if outcome not in _QUIET | {"imported", "already"} and (before is None or before.outcome != outcome
                                                                      or before.size != st.st_size):
                result.ignored.append(IgnoredFile(str(path), outcome))

    def _take(self, path: Path, name: str, result: SyncResult) -> tuple[str, str | None, str | None]:
        if is_conflict_copy(name):
            return "conflict_copy", None, None
        try:
            review = self._v.exchange.import_bundle(path)
        except BundleReplay:
            return "replayed", None, None
        except BundleRejected as exc:
            reason = str(getattr(exc, "reason", "") or "refused")
            return ("incomplete" if reason in _INCOMPLETE else reason), None, None
        pid = _core.find_partner(self._v, review.sender).id
        if review.already_imported:
            return "already", pid, review.bundle_id
        result.received.append(ReceivedBundle(review.sender, str(path), len(review.new), len(review.updated),
                                              len(review.revoked), review))
        return "imported", pid, review.bundle_id
