"""Acknowledgements: a file of ours in an exchange folder is deleted once, and only once, the
partner acknowledged it (``acked_seq`` in the partner's signed private part), never because newer
files of ours are there.  Real vaults on one folder; adversarial cases for each way an
acknowledgement could delete too much.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from mentorvault.domain.strictjson import dumps_canonical
from mentorvault.errors import BundleRejected, BundleReplay
from mentorvault.exchange import _core
from mentorvault.exchange.export import Exporter
from mentorvault.exchange.sync import SUFFIX, unique_id
from mentorvault.storage import received, syncfolders
from mentorvault.storage.db import transaction

from exchange_support import (
    PASSPHRASE,
    encrypt_plaintext,
    manifest_of,
    open_plaintext,
    part_of,
    plaintext_of,
    seal_part,
    share_entry,
)


def _send(party, title: str, partner: str, **kw) -> Path:
    share_entry(party, partner, title)
    (sent,) = party.v.sync.run(passphrase=PASSPHRASE, **kw).sent
    return Path(sent.file)


def _acked(party, partner: str, key_fp: str) -> int:
    return received.acked(party.v.conn, _core.find_partner(party.v, partner).id, key_fp)


def _mine(party, folder: Path) -> list[str]:
    return sorted(n for n in os.listdir(folder) if n.startswith(party.fp[:16] + "-"))


def test_two_vaults_on_one_folder_a_file_goes_when_acknowledged_and_not_before(pair, shared: Path) -> None:
    sam, priya = pair.sam, pair.priya
    first = _send(sam, "First", "Priya")
    # Sam has imported nothing from Priya: his part acknowledges nothing, and the format stays 3.
    assert "acked_seq" not in part_of(first, priya.identity)
    assert manifest_of(first, priya.identity)["format_version"] == 3
    for _ in range(2):
        assert sam.v.sync.run(passphrase=PASSPHRASE).deleted == []
    second = _send(sam, "Second", "Priya")
    assert sam.v.sync.run(passphrase=PASSPHRASE).deleted == []
    assert _mine(sam, shared) == sorted([first.name, second.name])  # a newer file deletes nothing

    # Priya imports both; an acknowledgement alone is not something to send, so nothing goes back yet.
    got = priya.v.sync.run(passphrase=PASSPHRASE)
    assert [r.sender for r in got.received] == ["Sam", "Sam"] and got.sent == []
    assert sam.v.sync.run(passphrase=PASSPHRASE).deleted == []
    assert _mine(sam, shared) == sorted([first.name, second.name])

    # Priya's next bundle carries the acknowledgement, signed inside her part for Sam.
    reply = _send(priya, "Reply", "Sam")
    assert part_of(reply, sam.identity)["acked_seq"] == 2
    assert manifest_of(reply, sam.identity)["format_version"] == 5
    assert _mine(sam, shared) == sorted([first.name, second.name])  # Priya never deletes Sam's files

    done = sam.v.sync.run()  # receives only (no passphrase)
    assert [r.sender for r in done.received] == ["Priya"]
    assert sorted(done.deleted) == sorted([str(first), str(second)])
    assert _mine(sam, shared) == [] and reply.exists()
    assert _acked(sam, "Priya", priya.fp) == 2
    # Sam's next bundle acknowledges Priya's: then hers goes, deleted by her.
    _send(sam, "Third", "Priya")
    assert reply.exists()
    assert priya.v.sync.run().deleted == [str(reply)]


def test_an_acknowledgement_of_a_bundle_never_sent_is_ignored(pair, shared: Path) -> None:
    sam, priya = pair.sam, pair.priya
    first = _send(sam, "First", "Priya")
    second = _send(sam, "Second", "Priya")
    priya.v.exchange.import_bundle(first)
    # Failure injection: Priya's app claims (and signs) that it imported Sam's bundle 99.
    with transaction(priya.v.conn):
        priya.v.conn.execute("UPDATE replay_guard SET last_seq = 99 WHERE sender_fp = ?", (sam.fp,))
    reply = _send(priya, "Claims too much", "Sam", receive=False)
    assert part_of(reply, sam.identity)["acked_seq"] == 99
    got = sam.v.sync.run()
    assert [r.sender for r in got.received] == ["Priya"]  # the bundle itself is imported
    # An acknowledgement beyond what Sam sent cannot be true: ignored whole, nothing deleted.
    assert got.deleted == [] and _acked(sam, "Priya", priya.fp) == 0
    assert _mine(sam, shared) == sorted([first.name, second.name])


def test_a_replayed_older_bundle_does_not_lower_the_acknowledgement(pair, shared: Path, tmp_path: Path) -> None:
    sam, priya = pair.sam, pair.priya
    _send(sam, "One", "Priya")
    priya.v.sync.run()
    old_reply = _send(priya, "Reply one", "Sam")  # acknowledges Sam's 1
    shutil.copyfile(old_reply, tmp_path / "old-reply")
    sam.v.sync.run()
    assert _acked(sam, "Priya", priya.fp) == 1
    _send(sam, "Two", "Priya")
    priya.v.sync.run()
    _send(priya, "Reply two", "Sam")  # acknowledges Sam's 2
    sam.v.sync.run()
    assert _acked(sam, "Priya", priya.fp) == 2 and _mine(sam, shared) == []
    third = _send(sam, "Three", "Priya")

    # The old reply (acknowledging 1) shows up again: a replay, refused as today; the mark stays at 2.
    with pytest.raises(BundleReplay):
        sam.v.exchange.import_bundle(tmp_path / "old-reply")
    shutil.copyfile(tmp_path / "old-reply", old_reply)
    again = sam.v.sync.run()
    assert again.received == [] and again.deleted == []
    assert _acked(sam, "Priya", priya.fp) == 2
    assert _mine(sam, shared) == [third.name]  # 3 was never acknowledged


def test_one_partners_acknowledgement_does_not_delete_anothers_files(trio, pod_folder: Path) -> None:
    sam, priya, jordan = trio.sam, trio.priya, trio.jordan
    pod = pod_folder
    share_entry(sam, "Priya", "For Priya")
    share_entry(sam, "Jordan", "For Jordan")
    to_priya, to_jordan = _by_recipient(sam, pod, priya, jordan)
    jordan.v.sync.run()
    reply = _send(jordan, "From Jordan", "Sam")
    assert part_of(reply, sam.identity)["acked_seq"] == 1  # the same number Sam's file to Priya carries
    got = sam.v.sync.run()
    assert got.deleted == [str(to_jordan)]
    assert to_priya.exists() and _acked(sam, "Priya", priya.fp) == 0


def _by_recipient(sam, pod: Path, priya, jordan) -> tuple[Path, Path]:
    """Sam's two bundles just written into the pod folder: (the one to Priya, the one to Jordan)."""
    sent = [Path(s.file) for s in sam.v.sync.run(passphrase=PASSPHRASE).sent]
    assert len(sent) == 2
    for_priya = [p for p in sent if priya.fp in manifest_of(p, sam.identity)["recipients"]]
    for_jordan = [p for p in sent if jordan.fp in manifest_of(p, sam.identity)["recipients"]]
    return for_priya[0], for_jordan[0]


def test_a_tampered_acknowledgement_is_refused_and_deletes_nothing(pair, shared: Path) -> None:
    sam, priya = pair.sam, pair.priya
    first = _send(sam, "First", "Priya")
    second = _send(sam, "Second", "Priya")
    priya.v.exchange.import_bundle(first)
    reply = _send(priya, "Reply", "Sam", receive=False)  # acknowledges Sam's 1 only
    genuine = reply.read_bytes()
    # Someone who can read the bundle (Sam's side of it) raises the acknowledgement to 2 and seals
    # the part again; Priya's signature no longer covers the manifest.
    manifest_bytes, signature = open_plaintext(genuine, sam.identity)
    manifest = json.loads(manifest_bytes)
    part = part_of(reply, sam.identity)
    assert part["acked_seq"] == 1
    manifest["parts"][sam.fp] = seal_part(part | {"acked_seq": 2}, sam.identity.recipient)
    reply.write_bytes(encrypt_plaintext(plaintext_of(dumps_canonical(manifest), signature),
                                        [sam.identity.recipient, priya.identity.recipient]))
    with pytest.raises(BundleRejected, match="signature|tampered|altered"):
        sam.v.exchange.import_bundle(reply)
    assert sam.v.sync.run().deleted == []
    assert _acked(sam, "Priya", priya.fp) == 0 and _mine(sam, shared) == sorted([first.name, second.name])
    # The genuine bundle: Sam's 1 goes, his 2 stays.
    reply.write_bytes(genuine)
    assert sam.v.sync.run().deleted == [str(first)]
    assert _mine(sam, shared) == [second.name]


def test_a_pod_bundle_goes_only_when_every_recipient_acknowledged_it(trio, pod_folder: Path) -> None:
    sam, priya, jordan = trio.sam, trio.priya, trio.jordan
    pod = pod_folder
    entry = sam.v.entries.add("goal", "For the pod", "both of them")
    sam.v.consents.grant(entry.id, "Priya")
    sam.v.consents.grant(entry.id, "Jordan")
    # One bundle to both, written and recorded as sync records the files it writes.
    name = f"{sam.v.sync.key_id()}-{unique_id(time.time_ns() // 1_000_000)}{SUFFIX}"
    exporter = Exporter(sam.v)
    exporter.write(["Priya", "Jordan"], pod / name)
    assert sorted(r.key_fp for r in exporter.sent) == sorted([priya.fp, jordan.fp])
    with transaction(sam.v.conn):
        syncfolders.record_written(sam.v.conn, str(pod), name, _core.find_partner(sam.v, "Priya").id,
                                   (pod / name).stat().st_size, sam.v.now(), exporter.sent)

    assert [r.sender for r in priya.v.sync.run().received] == ["Sam"]
    _send(priya, "From Priya", "Sam")
    assert sam.v.sync.run().deleted == []  # Priya acknowledged it, Jordan has not yet
    assert (pod / name).exists() and _acked(sam, "Priya", priya.fp) == 1

    assert [r.sender for r in jordan.v.sync.run().received] == ["Sam"]
    _send(jordan, "From Jordan", "Sam")
    assert sam.v.sync.run().deleted == [str(pod / name)]
    assert not (pod / name).exists()
