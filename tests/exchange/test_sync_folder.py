"""Exchange folders: two (or three) real vaults on one folder, each folder rule with its test.

The folder rules are listed in ``mentorvault/exchange/sync.py`` and docs/architecture.md.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from mentorvault.errors import ExchangeFolderError, WrongPassphrase
from mentorvault.exchange import REVOKED

from exchange_support import PASSPHRASE, share_entry

NAME = re.compile(r"^[0-9a-f]{16}-[0-9a-hjkmnp-tv-z]{26}\.mvbundle$")


def _files(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


def test_a_shared_entry_travels_through_the_folder_and_nothing_is_sent_twice(pair, shared: Path) -> None:
    sam, priya = pair.sam, pair.priya
    assert sam.v.sync.run().sent == []  # nothing consented: nothing to send
    eid = share_entry(sam, "Priya", "Lead the migration")
    assert sam.v.sync.folder("Priya").to_send.entries == 1

    result = sam.v.sync.run(passphrase=PASSPHRASE)
    assert [(s.to, s.entries, s.revocations) for s in result.sent] == [("Priya", 1, 0)]
    (name,) = _files(shared)  # no partial file left beside it
    assert NAME.match(name) and name.startswith(sam.fp[:16] + "-")
    assert result.sent[0].file == str(shared / name)

    got = priya.v.sync.run()
    assert [(r.sender, r.new, r.updated, r.removed) for r in got.received] == [("Sam", 1, 0, 0)]
    assert got.ignored == []
    assert [e.id for e in priya.v.inbox.list("Sam")] == [eid]

    # Run again on both sides: nothing new either way, no error, no bundle written.
    assert priya.v.sync.run(passphrase=PASSPHRASE).to_json() == {"sent": [], "received": [], "ignored": []}
    assert sam.v.sync.run(passphrase=PASSPHRASE).to_json() == {"sent": [], "received": [], "ignored": []}
    assert _files(shared) == [name]


def test_revocation_and_receipt_go_round_once_and_then_stop(pair, shared: Path) -> None:
    sam, priya = pair.sam, pair.priya
    eid = share_entry(sam, "Priya", "Shared then withdrawn")
    sam.v.sync.run(passphrase=PASSPHRASE)
    priya.v.sync.run()
    sam.v.consents.revoke(eid, "Priya")

    out = sam.v.sync.run(passphrase=PASSPHRASE)
    assert [(s.entries, s.revocations) for s in out.sent] == [(0, 1)]
    assert out.deleted == []  # Priya has not acknowledged the first bundle yet: it stays
    assert len(_files(shared)) == 2
    back = priya.v.sync.run(passphrase=PASSPHRASE)  # imports the revocation, sends the receipt (and the ack)
    assert [r.removed for r in back.received] == [1]
    assert priya.v.inbox.list("Sam") == []
    assert [s.to for s in back.sent] == ["Sam"]

    done = sam.v.sync.run(passphrase=PASSPHRASE)
    assert [r.sender for r in done.received] == ["Priya"] and done.sent == []
    assert len(done.deleted) == 2  # Priya's receipt acknowledged both of Sam's bundles
    assert [n for n in _files(shared) if n.startswith(sam.fp[:16])] == []
    (consent,) = sam.v.consents.list("Priya")
    assert consent.state == REVOKED and consent.removed_by_partner_at
    # No ping-pong: the receipt has travelled, the revocation is confirmed; nothing more to send.
    for party in (priya, sam, priya, sam):
        assert party.v.sync.run(passphrase=PASSPHRASE).sent == []


def test_names_are_never_reused_and_sort_in_the_order_written(pair, shared: Path) -> None:
    sam = pair.sam
    names = []
    for i in range(6):
        share_entry(sam, "Priya", f"Goal {i}")
        (sent,) = sam.v.sync.run(passphrase=PASSPHRASE).sent
        names.append(Path(sent.file).name)
    assert len(set(names)) == 6 and names == sorted(names)
    assert all(NAME.match(n) for n in names)
    # Priya never imported any: every one stays, however many newer ones are complete.
    assert _files(shared) == names


def test_temporary_and_half_synced_files_are_retried_not_reported_as_hostile(pair, shared: Path,
                                                                              tmp_path: Path) -> None:
    sam, priya = pair.sam, pair.priya
    share_entry(sam, "Priya", "Arrives in pieces")
    (sent,) = sam.v.sync.run(passphrase=PASSPHRASE).sent
    whole = Path(sent.file).read_bytes()
    Path(sent.file).rename(tmp_path / "aside")
    name = Path(sent.file).name
    # What sync tools leave while a file is on its way: never looked at.
    for temp in (f".{name}.partial", f".syncthing.{name}.tmp", f"~syncthing~{name}.tmp", f"{name}.part",
                 f".{name}.~1a2b"):
        (shared / temp).write_bytes(whole[: len(whole) // 2])
    assert priya.v.sync.run().to_json() == {"sent": [], "received": [], "ignored": []}

    # Space taken before the bytes arrive (a copy to a stick preallocates): "incomplete", reported once.
    (shared / name).write_bytes(bytes(len(whole)))
    first = priya.v.sync.run()
    assert [(Path(i.file).name, i.why) for i in first.ignored] == [(name, "incomplete")]
    assert priya.v.sync.run().ignored == []  # unchanged: not reported again
    # Half of it (a copy still running): it cannot be opened yet; retried quietly, nothing stored.
    (shared / name).write_bytes(whole[: len(whole) // 2])
    assert priya.v.sync.run().to_json() == {"sent": [], "received": [], "ignored": []}
    assert priya.v.inbox.list("Sam") == []
    # The rest arrives: imported.
    (shared / name).write_bytes(whole)
    assert [r.new for r in priya.v.sync.run().received] == [1]
    assert [e.title for e in priya.v.inbox.list("Sam")] == ["Arrives in pieces"]


def test_conflict_copies_are_recognised_and_left_alone(pair, shared: Path) -> None:
    sam, priya = pair.sam, pair.priya
    share_entry(sam, "Priya", "Copied by a sync tool")
    (sent,) = sam.v.sync.run(passphrase=PASSPHRASE).sent
    stem = Path(sent.file).name.removesuffix(".mvbundle")
    copies = [f"{stem}.sync-conflict-20260314-093000-ABCDEFG.mvbundle",  # Syncthing
              f"{stem} (conflicted copy 2026-03-14 093000).mvbundle",  # Nextcloud
              f"{stem} (Priya's conflicted copy 2026-03-14).mvbundle",  # Dropbox
              f"{stem} (Case Conflict).mvbundle",  # Dropbox
              f"{stem}_conflict-20260314-093000.mvbundle"]  # ownCloud
    for c in copies:
        shutil.copyfile(sent.file, shared / c)
    Path(sent.file).unlink()
    got = priya.v.sync.run()
    assert sorted((Path(i.file).name, i.why) for i in got.ignored) == sorted((c, "conflict_copy") for c in copies)
    assert got.received == [] and priya.v.inbox.list("Sam") == []
    assert priya.v.sync.run().ignored == []  # once
    assert sorted(_files(shared)) == sorted(copies)  # not Priya's files: never deleted


@pytest.mark.usefixtures("pod_folder")
def test_own_bundles_and_other_recipients_bundles_are_skipped_quietly(trio) -> None:
    sam, priya, jordan = trio.sam, trio.priya, trio.jordan
    share_entry(sam, "Jordan", "For Jordan only")
    share_entry(sam, "Priya", "For Priya only")
    assert len(sam.v.sync.run(passphrase=PASSPHRASE).sent) == 2
    # Sam's own files: not Sam's to import, and not worth a word.
    assert sam.v.sync.run().to_json() == {"sent": [], "received": [], "ignored": []}
    p = priya.v.sync.run()
    assert [(r.sender, r.new) for r in p.received] == [("Sam", 1)] and p.ignored == []
    assert [e.title for e in priya.v.inbox.list()] == ["For Priya only"]
    j = jordan.v.sync.run()
    assert [(r.sender, r.new) for r in j.received] == [("Sam", 1)] and j.ignored == []
    assert [e.title for e in jordan.v.inbox.list()] == ["For Jordan only"]


def test_an_import_already_done_or_an_older_copy_is_not_an_error(pair, shared: Path, tmp_path: Path) -> None:
    sam, priya = pair.sam, pair.priya
    share_entry(sam, "Priya", "First")
    (first,) = sam.v.sync.run(passphrase=PASSPHRASE).sent
    shutil.copyfile(first.file, tmp_path / "first-copy")
    priya.v.exchange.import_bundle(first.file)  # imported by hand before the sync saw it
    assert priya.v.sync.run().to_json() == {"sent": [], "received": [], "ignored": []}

    share_entry(sam, "Priya", "Second")
    sam.v.sync.run(passphrase=PASSPHRASE)
    assert [r.new for r in priya.v.sync.run().received] == [1]
    # The older bundle shows up again (a sync tool restored it): older than the newest imported, skipped.
    shutil.copyfile(tmp_path / "first-copy", shared / Path(first.file).name)
    assert priya.v.sync.run().to_json() == {"sent": [], "received": [], "ignored": []}


def test_only_own_files_are_deleted(pair, shared: Path) -> None:
    sam, priya = pair.sam, pair.priya
    share_entry(priya, "Sam", "From Priya")
    (hers,) = priya.v.sync.run(passphrase=PASSPHRASE).sent
    # A file that only looks like Sam's (his key id in its name) but that Sam never wrote.
    lookalike = shared / f"{sam.fp[:16]}-0000000000000000000000000a.mvbundle"
    lookalike.write_bytes(b"not written by Sam")
    stray = shared / "notes.txt"
    stray.write_text("the users' own file")
    for i in range(3):
        share_entry(sam, "Priya", f"Goal {i}")
        sam.v.sync.run(passphrase=PASSPHRASE)
    left = _files(shared)
    assert Path(hers.file).name in left and lookalike.name in left and stray.name in left
    # Priya imports Sam's three, whose parts acknowledged hers: she deletes her own file, no other.
    assert priya.v.sync.run().deleted == [hers.file]
    share_entry(priya, "Sam", "Priya's next, acknowledging Sam's")
    priya.v.sync.run(passphrase=PASSPHRASE)
    mine = sorted(n for n in left if n.startswith(sam.fp[:16]) and n != lookalike.name)
    assert sorted(Path(f).name for f in sam.v.sync.run().deleted) == mine
    left = _files(shared)
    assert lookalike.name in left and stray.name in left  # never Sam's to delete
    assert [n for n in left if n.startswith(sam.fp[:16])] == [lookalike.name]


def test_sending_needs_the_users_confirmation_or_send_on_share(pair, shared: Path) -> None:
    sam = pair.sam
    share_entry(sam, "Priya", "Waiting for a click")
    held = sam.v.sync.run()
    assert held.sent == [] and [(h.partner, h.why) for h in held.held] == [("Priya", "needs_confirmation")]
    assert sam.v.sync.needs_confirmation() == ["Priya"]
    assert _files(shared) == []
    with pytest.raises(WrongPassphrase):
        sam.v.sync.run(passphrase="not the passphrase")
    assert _files(shared) == []
    sam.v.sync.set_send_on_share("Priya", True)
    assert sam.v.sync.folder("Priya").send_on_share
    assert [s.to for s in sam.v.sync.run().sent] == ["Priya"]
    # With send-on-share, sharing (or revoking) writes the bundle at once, without a run.
    eid = share_entry(sam, "Priya", "Goes at once")
    assert len(_files(shared)) == 2 and sam.v.sync.folder("Priya").to_send.entries == 0
    sam.v.consents.revoke(eid, "Priya")
    assert sam.v.sync.folder("Priya").to_send.revocations == 0
    # A folder that is gone does not fail the share: the bundle waits for the next sync.
    shutil.rmtree(shared)
    share_entry(sam, "Priya", "Waits")
    assert sam.v.sync.folder("Priya").to_send.entries == 1


def test_folder_setting_checks_and_clearing(pair, tmp_path: Path) -> None:
    sam = pair.sam
    with pytest.raises(ExchangeFolderError) as exc:
        sam.v.sync.set_folder("Priya", tmp_path / "nowhere")
    assert exc.value.reason == "missing"
    (tmp_path / "file").write_text("x")
    with pytest.raises(ExchangeFolderError) as exc:
        sam.v.sync.set_folder("Priya", tmp_path / "file")
    assert exc.value.reason == "not_a_folder"
    assert sam.v.sync.folder("Priya") is None
    info = sam.v.sync.set_folder("Priya", tmp_path, send_on_share=True)
    assert info is not None and info.folder == str(tmp_path) and info.send_on_share
    assert sam.v.sync.set_folder("Priya", None) is None
    assert sam.v.sync.folder("Priya") is None and sam.v.sync.folders() == []


def test_a_missing_folder_is_reported_not_fatal(pair, tmp_path: Path) -> None:
    sam = pair.sam
    stick = tmp_path / "usb"
    stick.mkdir()
    sam.v.sync.set_folder("Priya", stick)
    stick.rmdir()  # the stick was unplugged
    share_entry(sam, "Priya", "Later")
    result = sam.v.sync.run(passphrase=PASSPHRASE)
    assert [(i.file, i.why) for i in result.ignored] == [(str(stick), "folder_missing")]
    assert [(h.partner, h.why) for h in result.held] == [("Priya", "folder_missing")]
