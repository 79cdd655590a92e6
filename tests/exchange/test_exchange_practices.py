"""Practices built on the exchange: meeting prep, co-signed agreements, the safe exit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mentorvault.errors import BundleRejected, MentorVaultError, WrongPassphrase
from mentorvault.exchange import REVOKED

from exchange_support import PASSPHRASE, manifest_of, one_line_error, part_of, plain_sentence


def test_meeting_prep_shows_the_partners_latest_shared_entries_beside_my_agenda(pair, tmp_path: Path) -> None:
    sam, priya = pair.sam, pair.priya
    old_agenda = priya.v.entries.add("agenda", "Priya's old agenda", fields={"meeting_date": "2026-02-01"})
    new_agenda = priya.v.entries.add("agenda", "Priya's agenda for March", fields={
        "meeting_date": "2026-03-20", "items": ["Promotion case"], "questions": ["How to ask?"]})
    struggle = priya.v.entries.add("struggle-story", "Missed a deadline",
                                 fields={"situation": "Too many projects"})
    feedback = priya.v.entries.add("feedback", "Feedback from my lead", fields={
        "from_whom": "Lead", "date": "2026-03-01", "format": "start-stop-continue", "start": "Delegating"})
    goal = priya.v.entries.add("goal", "Lead a project", fields={"target_date": "2026-09-01"})
    private = priya.v.entries.add("reflection", "Not shared", fields={"prompt": "Private?"})
    for e in (old_agenda, new_agenda, struggle, feedback, goal):
        priya.v.consents.grant(e.id, "Sam")
    priya.export(sam, tmp_path / "p1.mvb")
    sam.v.exchange.import_bundle(tmp_path / "p1.mvb")
    sam.v.entries.add("agenda", "My older agenda", fields={"meeting_date": "2026-02-02"}, partner="Priya")
    mine = sam.v.entries.add("agenda", "My agenda for Priya", fields={"meeting_date": "2026-03-20",
                                                                    "items": ["Her promotion case"]},
                           partner="Priya")
    sam.v.entries.add("agenda", "Agenda for someone else", fields={"meeting_date": "2026-03-21"})

    prep = sam.v.meeting_prep("Priya")
    assert prep.partner == "Priya"
    assert [e.id for e in prep.their_agenda] == [new_agenda.id]
    assert prep.their_agenda[0].fields["items"] == ["Promotion case"]
    assert [e.id for e in prep.struggles] == [struggle.id]
    assert [e.id for e in prep.feedback] == [feedback.id]
    assert [e.id for e in prep.goals] == [goal.id]
    assert prep.my_agenda.id == mine.id
    every_id = {e.id for k in ("their_agenda", "struggles", "feedback", "goals") for e in getattr(prep, k)}
    assert private.id not in every_id and old_agenda.id not in every_id

    r = sam.cli("prep", "Priya", fast=True)
    assert r.returncode == 0, r.stderr
    for line in ("their agenda: Priya's agenda for March", "struggle: Missed a deadline",
                 "feedback: Feedback from my lead", "goal: Lead a project", "my agenda: My agenda for Priya"):
        assert line in r.stdout, r.stdout


def test_a_co_signed_agreement(pair, tmp_path: Path) -> None:
    sam, priya = pair.sam, pair.priya
    agreement = sam.v.entries.add("boundary-agreement", "How we work", fields={
        "communication_frequency": "Every two weeks", "off_limits": ["salary"],
        "exit_terms": "Either can end it"},
        partner="Priya")
    sam.v.consents.grant(agreement.id, "Priya")
    assert sam.v.inbox.agreement_status(agreement.id).to_json() == {"agreed_by_both": False}
    sam.export(priya, tmp_path / "s1.mvb")
    priya.v.exchange.import_bundle(tmp_path / "s1.mvb")

    # only a boundary agreement the partner shared can be accepted
    goal = sam.v.entries.add("goal", "Not an agreement")
    sam.v.consents.grant(goal.id, "Priya")
    sam.export(priya, tmp_path / "s2.mvb")
    priya.v.exchange.import_bundle(tmp_path / "s2.mvb")
    with pytest.raises(MentorVaultError):
        priya.v.inbox.accept_agreement("Sam", goal.id)

    priya.v.inbox.accept_agreement("Sam", agreement.id)
    preview = priya.export(sam, tmp_path / "p1.mvb")
    assert preview.acceptances == {"Sam": [agreement.id]}
    acceptance = part_of(tmp_path / "p1.mvb", sam.identity)["acceptances"]
    assert [(a["entry_id"], a["content_hash"]) for a in acceptance] == [
        (agreement.id, sam.v.entries.get(agreement.id).content_hash)]
    review = sam.v.exchange.import_bundle(tmp_path / "p1.mvb")
    assert review.acceptances == [agreement.id]
    status = sam.v.inbox.agreement_status(agreement.id).to_json()
    assert status["agreed_by_both"] is True and status["partner"] == "Priya"
    assert status["accepted_at"][:10] == acceptance[0]["accepted_at"][:10]
    r = sam.cli("agreement", "status", agreement.id, fast=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Agreed by both on " + status["accepted_at"][:10]), r.stdout

    sam.v.entries.update(agreement.id, fields={"communication_frequency": "Weekly"}, merge_fields=True)
    status = sam.v.inbox.agreement_status(agreement.id).to_json()
    assert status["agreed_by_both"] is False and status.get("changed_since") is True
    r = sam.cli("agreement", "status", agreement.id, "--json", fast=True)
    assert r.returncode == 0 and json.loads(r.stdout)["agreed_by_both"] is False


def test_an_acceptance_for_another_version_does_not_count(pair, tmp_path: Path) -> None:
    sam, priya = pair.sam, pair.priya
    agreement = sam.v.entries.add("boundary-agreement", "Draft terms", fields={"response_time": "2 days"},
                                partner="Priya")
    sam.v.consents.grant(agreement.id, "Priya")
    sam.export(priya, tmp_path / "s1.mvb")
    priya.v.exchange.import_bundle(tmp_path / "s1.mvb")
    # Sam changes it before she accepts
    sam.v.entries.update(agreement.id, fields={"response_time": "1 day"}, merge_fields=True)
    priya.v.inbox.accept_agreement("Sam", agreement.id)  # she accepts the version she has
    priya.export(sam, tmp_path / "p1.mvb")
    sam.v.exchange.import_bundle(tmp_path / "p1.mvb")
    assert sam.v.inbox.agreement_status(agreement.id).agreed_by_both is False


def _ended(pair, tmp_path: Path):
    """Sam and Priya share entries both ways, then Sam ends the relationship with gratitude."""
    sam, priya = pair.sam, pair.priya
    mine = [sam.v.entries.add("goal", f"Sam's goal {i}", partner="Priya") for i in range(2)]
    for e in mine:
        sam.v.consents.grant(e.id, "Priya")
    sam.export(priya, tmp_path / "s1.mvb")
    priya.v.exchange.import_bundle(tmp_path / "s1.mvb")
    theirs = priya.v.entries.add("struggle-story", "Priya's story", fields={"situation": "Hard"})
    priya.v.consents.grant(theirs.id, "Sam")
    priya.export(sam, tmp_path / "p1.mvb")
    sam.v.exchange.import_bundle(tmp_path / "p1.mvb")
    assert [e.id for e in sam.v.inbox.list("Priya")] == [theirs.id]
    final = tmp_path / "final.mvb"
    result = sam.v.end_relationship("Priya", out=final, passphrase=PASSPHRASE,
                                    gratitude="Thank you for two years of patient questions.")
    return result, final, mine


def test_safe_exit_archives_revokes_wipes_and_refuses_further_bundles(pair, tmp_path: Path) -> None:
    sam, priya = pair.sam, pair.priya
    result, final, mine = _ended(pair, tmp_path)
    assert result.partner == "Priya" and result.bundle == str(final)
    assert sam.v.partners.get("Priya").archived
    assert {e.id for e in mine} <= set(result.revoked)
    # everything shared before is revoked; only the closing note goes out, as a current consent
    assert all(c.state == REVOKED for c in sam.v.consents.list("Priya") if c.entry_id != result.gratitude_entry)
    assert [c.state for c in sam.v.consents.list("Priya") if c.entry_id == result.gratitude_entry] == ["current"]
    assert sam.v.inbox.list("Priya") == []
    assert {r["entry_id"] for r in part_of(final, priya.identity)["revocations"]} == {e.id for e in mine}

    # Priya's app honours the final bundle
    review = priya.v.exchange.import_bundle(final)
    assert set(review.revoked) == {e.id for e in mine}
    assert not [e for e in priya.v.inbox.list("Sam") if e.kind == "goal"]

    # and nothing more from Priya is accepted
    later = priya.v.entries.add("goal", "After the end")
    priya.v.consents.grant(later.id, "Sam")
    priya.export(sam, tmp_path / "p2.mvb")
    before = sam.dump()
    with pytest.raises(BundleRejected) as exc:
        sam.v.exchange.import_bundle(tmp_path / "p2.mvb")
    plain_sentence(str(exc.value))
    assert "ended" in str(exc.value)
    assert sam.dump() == before
    assert "ended" in one_line_error(sam.cli("import", str(tmp_path / "p2.mvb"), fast=True))
    # nor is anything sent any more
    with pytest.raises(MentorVaultError):
        sam.export(priya, tmp_path / "s-after.mvb")


def test_safe_exit_final_bundle_carries_the_gratitude_note(pair, tmp_path: Path) -> None:
    result, final, _mine = _ended(pair, tmp_path)
    manifest = manifest_of(final, pair.priya.identity)
    notes = [e for e in manifest["entries"] if e["kind"] == "gratitude"]
    assert [e["id"] for e in notes] == [result.gratitude_entry]
    assert notes[0]["fields"]["what_it_meant"] == "Thank you for two years of patient questions."
    review = pair.priya.v.exchange.import_bundle(final)
    assert review.new == [result.gratitude_entry]


def test_safe_exit_with_a_wrong_passphrase_changes_nothing(pair, tmp_path: Path) -> None:
    sam = pair.sam
    entry = sam.v.entries.add("goal", "Shared before the end")
    sam.v.consents.grant(entry.id, "Priya")
    before = sam.dump()
    with pytest.raises(WrongPassphrase):
        sam.v.end_relationship("Priya", out=tmp_path / "final.mvb", passphrase="wrong passphrase here",
                               gratitude="Thanks")
    assert not (tmp_path / "final.mvb").exists()
    assert sam.dump() == before


def test_safe_exit_through_the_cli(pair, tmp_path: Path) -> None:
    sam, priya = pair.sam, pair.priya
    entry = sam.v.entries.add("goal", "Shared")
    sam.v.consents.grant(entry.id, "Priya")
    sam.export(priya, tmp_path / "s1.mvb")
    final = tmp_path / "final.mvb"
    r = sam.cli("end", "Priya", "--out", str(final), "--gratitude", "Thank you!", "--json", fast=True)
    assert r.returncode == 1 and "--yes" in r.stderr  # it asks first; without a terminal, --yes answers
    assert not sam.v.partners.get("Priya").archived
    r = sam.cli("end", "Priya", "--yes", "--out", str(final), "--gratitude", "Thank you!", "--json", fast=True)
    assert r.returncode == 0, r.stderr
    assert entry.id in json.loads(r.stdout)["revoked"]
    assert sam.v.partners.get("Priya").archived
    assert [x["entry_id"] for x in part_of(final, priya.identity)["revocations"]] == [entry.id]
