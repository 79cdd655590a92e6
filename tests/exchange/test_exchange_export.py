"""Export guards at the vault level: verification, cross-relationship entries, off-limits topics,
pods, what a bundle may contain, and the passphrase confirmation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mentorvault.crypto.identity import Identity
from mentorvault.errors import ConsentError, WrongPassphrase
from mentorvault.exchange.manifest import parse_manifest

from exchange_support import PASSPHRASE, manifest_of, one_line_error, part_of

ENTRY_KEYS = {"id", "kind", "title", "body", "fields", "tags", "content_hash", "written_at"}


def _no_change(party, out: Path, before) -> None:
    assert not out.exists()
    assert not list(out.parent.glob(f".{out.name}*")), "a partial bundle was left behind"
    assert party.dump() == before


def test_unverified_or_cardless_partners_are_refused(pair, tmp_path: Path) -> None:
    sam = pair.sam
    sam.v.cards.add("Alex", Identity.generate().card("Alex").to_text())  # card, not verified
    sam.v.partners.add("Casey")  # no card at all
    entry = sam.v.entries.add("goal", "For everyone")
    for name in ("Alex", "Casey", "Priya"):
        sam.v.consents.grant(entry.id, name)
    before = sam.dump()
    for to in (["Alex"], ["Casey"], ["Priya", "Alex"]):
        out = tmp_path / f"to-{'-'.join(to)}.mvb"
        with pytest.raises(ConsentError) as exc:
            sam.v.exchange.export_bundle(to, out, PASSPHRASE)
        assert "verified" in str(exc.value) or "card" in str(exc.value)
        _no_change(sam, out, before)
    out = tmp_path / "cli.mvb"
    msg = one_line_error(sam.cli("export", "--to", "Alex", "--out", str(out), fast=True))
    assert "verified" in msg
    _no_change(sam, out, before)


def test_an_entry_of_another_relationship_needs_explicit_confirmation(trio, tmp_path: Path) -> None:
    sam, priya = trio.sam, trio.priya
    jordans = sam.v.entries.add("session-note", "Session with Jordan", fields={"session_date": "2026-03-02"},
                              partner="Jordan")
    mine = sam.v.entries.add("goal", "My own goal")
    for e in (jordans, mine):
        sam.v.consents.grant(e.id, "Priya")
    preview = sam.v.exchange.preview_export(["Priya"])
    flagged = {i.entry_id: i.cross_relationship for i in preview.entries}
    assert flagged == {jordans.id: "Jordan", mine.id: None}
    assert preview.needs_cross_confirmation == [jordans.id]

    before = sam.dump()
    out = tmp_path / "b.mvb"
    with pytest.raises(ConsentError):
        sam.export(priya, out)
    _no_change(sam, out, before)
    with pytest.raises(ConsentError):
        sam.export(priya, out, confirm_cross=[mine.id])  # confirming another entry is not enough
    _no_change(sam, out, before)
    msg = one_line_error(sam.cli("export", "--to", "Priya", "--out", str(out), fast=True))
    assert "--confirm-cross" in msg
    _no_change(sam, out, before)

    r = sam.cli("export", "--to", "Priya", "--out", str(out), "--confirm-cross", jordans.id, fast=True)
    assert r.returncode == 0, r.stderr
    assert {e["id"] for e in manifest_of(out, priya.identity)["entries"]} == {jordans.id, mine.id}
    assert "Jordan" not in out.read_bytes().decode("latin-1")  # the relationship itself does not travel


def test_a_pod_bundle_needs_confirmation_for_an_entry_of_one_recipients_relationship(
        trio, tmp_path: Path) -> None:
    sam = trio.sam
    priyas = sam.v.entries.add("session-note", "Session with Priya", fields={"session_date": "2026-03-02"},
                             partner="Priya")
    for name in ("Priya", "Jordan"):
        sam.v.consents.grant(priyas.id, name)
    with pytest.raises(ConsentError):
        sam.export([trio.priya, trio.jordan], tmp_path / "pod.mvb")


def test_off_limits_topics_of_a_boundary_agreement_are_flagged(pair, tmp_path: Path) -> None:
    sam, priya = pair.sam, pair.priya
    sam.v.entries.add("boundary-agreement", "How Priya and I work",
                    fields={"off_limits": ["salary", "family matters"]}, partner="Priya")
    # Priya's own agreement, shared with Sam, counts too
    theirs = priya.v.entries.add("boundary-agreement", "Priya's terms", fields={"off_limits": ["health"]},
                               partner="Sam")
    priya.v.consents.grant(theirs.id, "Sam")
    priya.export(sam, tmp_path / "agreement.mvb")
    sam.v.exchange.import_bundle(tmp_path / "agreement.mvb")

    salary = sam.v.entries.add("struggle-story", "Asking for a raise",
                             fields={"situation": "The Salary talk went badly."})
    family = sam.v.entries.add("reflection", "A weekend", "Mostly family matters and rest.", {"prompt": "How?"})
    health = sam.v.entries.add("goal", "Sleep more", fields={"why": "my health"})
    plain = sam.v.entries.add("goal", "Salaryman novel review")  # not the word "salary"
    for e in (salary, family, health, plain):
        sam.v.consents.grant(e.id, "Priya")
    flags = {i.entry_id: i.off_limits for i in sam.v.exchange.preview_export(["Priya"]).entries}
    assert flags == {salary.id: ["salary"], family.id: ["family matters"], health.id: ["health"],
                     plain.id: []}
    r = sam.cli("export", "--to", "Priya", "--preview", fast=True)
    assert r.returncode == 0 and "mentions an off-limits topic: salary" in r.stdout


def test_a_pod_bundle_holds_only_entries_consented_to_every_recipient(trio, tmp_path: Path) -> None:
    sam, priya, jordan = trio.sam, trio.priya, trio.jordan
    both = sam.v.entries.add("goal", "For both")
    only_priya = sam.v.entries.add("goal", "Only for Priya")
    only_jordan = sam.v.entries.add("goal", "Only for Jordan")
    changed_for_one = sam.v.entries.add("goal", "Changed after consent to one")
    for e, names in ((both, ("Priya", "Jordan")), (only_priya, ("Priya",)), (only_jordan, ("Jordan",)),
                     (changed_for_one, ("Priya",))):
        for n in names:
            sam.v.consents.grant(e.id, n)
    sam.v.entries.update(changed_for_one.id, body="edited")
    sam.v.consents.grant(changed_for_one.id, "Jordan")  # current for Jordan, changed for Priya
    # a revocation pending for Priya travels in a pod too, in the part only Priya can read
    sam.export(priya, tmp_path / "single.mvb")
    sam.v.consents.revoke(only_priya.id, "Priya")

    preview = sam.export([priya, jordan], tmp_path / "pod.mvb")
    assert [i.entry_id for i in preview.entries] == [both.id]
    assert [i.entry_id for i in preview.left_out_changed] == [changed_for_one.id]
    assert preview.revocations == {"Priya": [only_priya.id], "Jordan": []}
    for reader in (priya, jordan):
        manifest = manifest_of(tmp_path / "pod.mvb", reader.identity)
        assert [e["id"] for e in manifest["entries"]] == [both.id]
        assert sorted(manifest["recipients"]) == sorted([priya.fp, jordan.fp])
        assert only_priya.id not in json.dumps(manifest)  # nothing a co-recipient can read names it
    assert [r["entry_id"] for r in part_of(tmp_path / "pod.mvb", priya.identity)["revocations"]] == [only_priya.id]
    assert part_of(tmp_path / "pod.mvb", jordan.identity)["revocations"] == []
    assert jordan.v.exchange.import_bundle(tmp_path / "pod.mvb").new == [both.id]
    priya.v.exchange.import_bundle(tmp_path / "single.mvb")
    assert priya.v.exchange.import_bundle(tmp_path / "pod.mvb").unchanged == [both.id]


def test_bundles_hold_no_other_partners_names_and_no_local_paths(trio, tmp_path: Path) -> None:
    sam, priya, jordan = trio.sam, trio.priya, trio.jordan
    sam.v.partners.add("Zed Confidential", role="mentee")
    sam.v.entries.add("session-note", "With Zed", fields={"session_date": "2026-03-03"},
                    partner="Zed Confidential")
    e1 = sam.v.entries.add("goal", "Public speaking", "Practice weekly.", {"why": "Confidence"}, ["speaking"],
                         partner="Priya")
    e2 = sam.v.entries.add("agenda", "Next meeting",
                         fields={"meeting_date": "2026-03-20", "items": ["Feedback"]})
    for e in (e1, e2):
        for n in ("Priya", "Jordan"):
            sam.v.consents.grant(e.id, n)
    out_dir = tmp_path / "out folder with a Distinctive-Name"
    out_dir.mkdir()
    sam.export(jordan, out_dir / "j.mvb", confirm_cross=[e1.id])
    sam.export([priya, jordan], out_dir / "pod.mvb", confirm_cross=[e1.id])
    bundles = {"single": (out_dir / "j.mvb", jordan), "pod": (out_dir / "pod.mvb", priya)}
    forbidden = ["Zed", "Confidential", str(tmp_path), "Distinctive", str(sam.folder), "/tmp", "/home",
                 "vault.db"]
    for label, (path, reader) in bundles.items():
        manifest = manifest_of(path, reader.identity)
        # The sealed private parts are age ciphertext in base64, where any three letters turn up by
        # chance; the reader's own part is checked opened instead.
        visible = {k: v for k, v in manifest.items() if k != "parts"}
        text = json.dumps(visible, ensure_ascii=False) + json.dumps(part_of(path, reader.identity))
        for word in forbidden:
            assert word not in text, (label, word)
        if label == "single":
            assert "Priya" not in text, "a bundle for Jordan names Priya"
        assert "Jordan" not in text
        assert manifest["sender"]["name"] == "Sam"
        assert set(manifest) == {"format_version", "bundle_id", "created_at", "sender", "recipients", "entries",
                                 "parts"}
        for entry in manifest["entries"]:
            assert set(entry) == ENTRY_KEYS
        parse_manifest(manifest)  # and it is what the receiving side accepts


def test_export_needs_the_right_passphrase(pair, tmp_path: Path) -> None:
    sam = pair.sam
    entry = sam.v.entries.add("goal", "Needs confirmation")
    sam.v.consents.grant(entry.id, "Priya")
    before = sam.dump()
    out = tmp_path / "b.mvb"
    for wrong in ("correct horse battery stapl", PASSPHRASE + " "):
        with pytest.raises(WrongPassphrase):
            sam.v.exchange.export_bundle(["Priya"], out, wrong)
        _no_change(sam, out, before)
    assert sam.v.shared_log.records() == []
    # the CLI, unlocked with the recovery key, still wants the passphrase to export
    r = sam.cli("export", "--to", "Priya", "--out", str(out), passphrase="not the passphrase", fast=True)
    assert "passphrase" in one_line_error(r)
    _no_change(sam, out, before)
    r = sam.cli("export", "--to", "Priya", "--out", str(out), fast=True)
    assert r.returncode == 0, r.stderr
    assert [rec.entries[0]["id"] for rec in sam.v.shared_log.records()] == [entry.id]
