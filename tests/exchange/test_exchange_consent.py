"""Consent at the vault level: nothing by default, pinned hashes, edits, revocation round trip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mentorvault.errors import ConsentError
from mentorvault.exchange import CHANGED, CURRENT, REVOKED

from exchange_support import manifest_of, part_of


def test_nothing_is_shared_by_default(pair, tmp_path: Path) -> None:
    sam, priya = pair.sam, pair.priya
    for i in range(3):
        sam.v.entries.add("reflection", f"Private thought {i}", "secret body", {"prompt": "Why?"},
                        partner="Priya")
    sam.v.entries.add("goal", "Unrelated goal")
    assert sam.v.consents.list() == []
    preview = sam.v.exchange.preview_export(["Priya"])
    assert preview.entries == [] and preview.left_out_changed == []
    out = tmp_path / "empty.mvb"
    sam.export(priya, out)
    manifest = manifest_of(out, priya.identity)
    assert manifest["entries"] == []
    assert b"secret body" not in out.read_bytes()
    review = priya.v.exchange.import_bundle(out)
    assert review.new == [] and priya.v.inbox.list() == []


def test_grant_pins_the_hash_it_was_shown(pair) -> None:
    sam = pair.sam
    entry = sam.v.entries.add("goal", "Speak up in meetings", "v1")
    shown = sam.v.consents.preview(entry.id)
    assert shown.content_hash == entry.content_hash
    edited = sam.v.entries.update(entry.id, body="v2, edited after the preview")
    assert edited.content_hash != shown.content_hash
    with pytest.raises(ConsentError):
        sam.v.consents.grant(entry.id, "Priya", expected_hash=shown.content_hash)
    assert sam.v.consents.list() == []
    info = sam.v.consents.grant(entry.id, "Priya", expected_hash=edited.content_hash)
    assert info.content_hash == edited.content_hash and info.state == CURRENT


def test_editing_after_consent_leaves_the_entry_out_until_granted_again(pair, tmp_path: Path) -> None:
    sam, priya = pair.sam, pair.priya
    keep = sam.v.entries.add("goal", "Stays current")
    entry = sam.v.entries.add("goal", "Will change", "first version")
    for e in (keep, entry):
        sam.v.consents.grant(e.id, "Priya")
    pinned = sam.v.entries.get(entry.id).content_hash
    sam.v.entries.update(entry.id, body="second version, not consented")
    states = {c.entry_id: c.state for c in sam.v.consents.list("Priya")}
    assert states == {keep.id: CURRENT, entry.id: CHANGED}
    assert CHANGED == "changed since consent"

    preview = sam.export(priya, tmp_path / "b1.mvb")
    assert [i.entry_id for i in preview.entries] == [keep.id]
    assert [i.entry_id for i in preview.left_out_changed] == [entry.id]
    manifest = manifest_of(tmp_path / "b1.mvb", priya.identity)
    assert [e["id"] for e in manifest["entries"]] == [keep.id]
    assert b"second version" not in tmp_path.joinpath("b1.mvb").read_bytes()
    pins = {c.entry_id: c.content_hash for c in sam.v.consents.list("Priya")}
    assert pins[entry.id] == pinned  # still the old pin

    # the CLI preview says it too
    r = sam.cli("export", "--to", "Priya", "--preview", "--json", fast=True)
    assert r.returncode == 0, r.stderr
    assert [e["entry_id"] for e in json.loads(r.stdout)["left_out_changed"]] == [entry.id]

    sam.v.consents.grant(entry.id, "Priya")
    preview = sam.export(priya, tmp_path / "b2.mvb")
    assert {i.entry_id for i in preview.entries} == {keep.id, entry.id} and preview.left_out_changed == []
    sent = {e["id"]: e for e in manifest_of(tmp_path / "b2.mvb", priya.identity)["entries"]}
    assert sent[entry.id]["body"] == "second version, not consented"
    assert sent[entry.id]["content_hash"] == sam.v.entries.get(entry.id).content_hash


def test_revocation_round_trip_with_receipt(pair, tmp_path: Path) -> None:
    sam, priya = pair.sam, pair.priya
    stay = sam.v.entries.add("goal", "Stays shared")
    gone = sam.v.entries.add("struggle-story", "Overshared", fields={"situation": "A hard week"})
    for e in (stay, gone):
        sam.v.consents.grant(e.id, "Priya")
    sam.export(priya, tmp_path / "b1.mvb")
    assert sorted(priya.v.exchange.import_bundle(tmp_path / "b1.mvb").new) == sorted([stay.id, gone.id])

    info = sam.v.consents.revoke(gone.id, "Priya")
    assert info.state == REVOKED and info.revoked_at and info.removed_by_partner_at is None
    preview = sam.export(priya, tmp_path / "b2.mvb")
    assert preview.revocations == {"Priya": [gone.id]}
    manifest = manifest_of(tmp_path / "b2.mvb", priya.identity)
    assert [e["id"] for e in manifest["entries"]] == [stay.id]
    revocations = part_of(tmp_path / "b2.mvb", priya.identity)["revocations"]
    assert [r["entry_id"] for r in revocations] == [gone.id]

    # the partner's import removes its copy and says so
    review = priya.v.exchange.import_bundle(tmp_path / "b2.mvb")
    assert review.revoked == [gone.id] and review.unchanged == [stay.id]
    assert [e.id for e in priya.v.inbox.list("Sam")] == [stay.id]

    # the partner's next bundle carries a receipt; the sender's consent shows it
    preview = priya.export(sam, tmp_path / "r1.mvb")
    assert preview.receipts == {"Sam": [revocations[0]["id"]]}  # the receipt names the revocation, not the entry
    assert part_of(tmp_path / "r1.mvb", sam.identity)["receipts"] == [revocations[0]["id"]]
    review = sam.v.exchange.import_bundle(tmp_path / "r1.mvb")
    assert review.receipts == [gone.id]
    consent = sam.v.consents.list(entry_id=gone.id)[0]
    assert consent.removed_by_partner_at is not None and consent.state == REVOKED
    # once acknowledged, the revocation no longer travels; the receipt is not repeated
    assert sam.v.exchange.preview_export(["Priya"]).revocations == {"Priya": []}
    # Priya's receipt travels until Sam's next bundle no longer asks: then it is settled too
    sam.export(priya, tmp_path / "b3.mvb")
    priya.v.exchange.import_bundle(tmp_path / "b3.mvb")
    assert priya.v.exchange.preview_export(["Sam"]).receipts == {"Sam": []}
    seen = {s.entry_id: s for s in sam.v.shared_log.what_partner_has_seen("Priya")}
    assert seen[gone.id].state == REVOKED and seen[gone.id].removed_by_partner_at


def test_revocation_via_cli_import_says_what_was_removed(pair, tmp_path: Path) -> None:
    sam, priya = pair.sam, pair.priya
    entry = sam.v.entries.add("goal", "To be revoked")
    sam.v.consents.grant(entry.id, "Priya")
    sam.export(priya, tmp_path / "b1.mvb")
    priya.v.exchange.import_bundle(tmp_path / "b1.mvb")
    r = sam.cli("consent", "revoke", entry.id, "--to", "Priya", fast=True)
    assert r.returncode == 0, r.stderr
    assert "cannot be taken back" in r.stdout  # cooperative removal, and said so
    sam.export(priya, tmp_path / "b2.mvb")
    r = priya.cli("import", str(tmp_path / "b2.mvb"), fast=True)
    assert r.returncode == 0, r.stderr
    assert "1 removed at Sam's request" in r.stdout
    assert priya.v.inbox.list() == []


def test_revoking_something_never_shared_is_refused(pair) -> None:
    entry = pair.sam.v.entries.add("goal", "Never shared")
    with pytest.raises(ConsentError):
        pair.sam.v.consents.revoke(entry.id, "Priya")


def test_deleting_a_shared_entry_revokes_it(pair, tmp_path: Path) -> None:
    sam, priya = pair.sam, pair.priya
    entry = sam.v.entries.add("feedback", "Feedback from Alex",
                            fields={"from_whom": "Alex", "date": "2026-03-01", "format": "sbi"})
    never_sent = sam.v.entries.add("goal", "Granted, deleted before any export")
    sam.v.consents.grant(entry.id, "Priya")
    sam.export(priya, tmp_path / "b1.mvb")
    priya.v.exchange.import_bundle(tmp_path / "b1.mvb")
    sam.v.consents.grant(never_sent.id, "Priya")
    sam.v.entries.delete(entry.id)
    sam.v.entries.delete(never_sent.id)
    states = {c.entry_id: c.state for c in sam.v.consents.list("Priya")}
    assert states == {entry.id: REVOKED, never_sent.id: REVOKED}
    preview = sam.export(priya, tmp_path / "b2.mvb")
    assert preview.revocations == {"Priya": [entry.id]}  # the one Priya never received needs no notice
    revocations = part_of(tmp_path / "b2.mvb", priya.identity)["revocations"]
    assert [r["entry_id"] for r in revocations] == [entry.id]
    assert priya.v.exchange.import_bundle(tmp_path / "b2.mvb").revoked == [entry.id]
    assert priya.v.inbox.list() == []


def test_a_stale_receipt_does_not_silence_a_later_revocation(pair, tmp_path: Path) -> None:
    sam, priya = pair.sam, pair.priya
    x = sam.v.entries.add("goal", "Shared, revoked, shared again, revoked again")
    sam.v.consents.grant(x.id, "Priya")
    sam.export(priya, tmp_path / "b1.mvb")
    priya.v.exchange.import_bundle(tmp_path / "b1.mvb")
    sam.v.consents.revoke(x.id, "Priya")
    sam.export(priya, tmp_path / "b2.mvb")
    assert priya.v.exchange.import_bundle(tmp_path / "b2.mvb").revoked == [x.id]
    sam.v.consents.grant(x.id, "Priya")
    sam.export(priya, tmp_path / "b3.mvb")
    assert priya.v.exchange.import_bundle(tmp_path / "b3.mvb").new == [x.id]  # she has it again
    sam.v.consents.revoke(x.id, "Priya")
    # Priya replies before she gets the second revocation; her bundle must not acknowledge it
    priya.export(sam, tmp_path / "p1.mvb")
    sam.v.exchange.import_bundle(tmp_path / "p1.mvb")
    assert sam.v.consents.list(entry_id=x.id)[0].removed_by_partner_at is None
    assert sam.v.exchange.preview_export(["Priya"]).revocations == {"Priya": [x.id]}
    sam.export(priya, tmp_path / "b4.mvb")
    priya.v.exchange.import_bundle(tmp_path / "b4.mvb")
    assert priya.v.inbox.list() == []


def test_consents_of_given_entries_only(pair) -> None:
    """The entry list asks for the consents of one page of entries; others are not read."""
    sam = pair.sam
    entries = [sam.v.entries.add("goal", f"Goal {i}") for i in range(5)]
    for e in entries[:4]:
        sam.v.consents.grant(e.id, "Priya")
    sam.v.entries.update(entries[1].id, body="edited after consent")
    sam.v.consents.revoke(entries[2].id, "Priya")
    got = {c.entry_id: c.state for c in sam.v.consents.list(entry_ids=[entries[1].id, entries[2].id, entries[4].id])}
    assert got == {entries[1].id: CHANGED, entries[2].id: REVOKED}
    assert sam.v.consents.list(entry_ids=[]) == []
    # An id with quotes or brackets is only ever a value, never SQL or JSON structure.
    assert sam.v.consents.list(entry_ids=['"]) OR 1=1 --', entries[0].id]) == sam.v.consents.list(entry_id=entries[0].id)
    # More ids than a page holds, most of them unknown: still the given entries' only, newest consent first.
    many = [f"not-an-entry-{i}" for i in range(1_200)] + [e.id for e in entries]
    chunked = sam.v.consents.list(entry_ids=many)
    assert sorted(chunked, key=lambda c: c.entry_id) == sorted(sam.v.consents.list(), key=lambda c: c.entry_id)
    assert [c.granted_at for c in chunked] == sorted((c.granted_at for c in chunked), reverse=True)


def test_consents_of_given_entries_are_found_through_the_index(pair) -> None:
    """A list page's consents are looked up by entry id, not read for the whole vault and filtered."""
    sam = pair.sam
    entry = sam.v.entries.add("goal", "Indexed")
    sam.v.consents.grant(entry.id, "Priya")
    seen: list[str] = []
    sam.v.conn.set_trace_callback(seen.append)
    try:
        assert [c.entry_id for c in sam.v.consents.list(entry_ids=[entry.id])] == [entry.id]
    finally:
        sam.v.conn.set_trace_callback(None)
    statement = next(s for s in seen if "FROM consents c" in s)
    plan = " ".join(str(row[-1]) for row in sam.v.conn.execute("EXPLAIN QUERY PLAN " + statement))
    assert "SEARCH c USING INDEX sqlite_autoindex_consents_1 (entry_id=?)" in plan, plan
