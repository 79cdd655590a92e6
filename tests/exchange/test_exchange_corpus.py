"""The committed bundle corpus (tests/exchange/corpus) is valid format 3 and imports into real vaults;
the format-2 bundles kept beside it are refused with one sentence asking the partner to update."""

from __future__ import annotations

import json
from pathlib import Path

import pyrage
import pytest

from mentorvault.crypto.bundle import MAX_MANIFEST_BYTES, open_bundle
from mentorvault.crypto.bundle import open_part as vault_open_part
from mentorvault.crypto.identity import ContactCard, verify_signature
from mentorvault.domain.strictjson import dumps_canonical, loads_canonical
from mentorvault.errors import BundleRejected
from mentorvault.exchange.manifest import parse_manifest, parse_part
from mentorvault.vault import Vault

from exchange_support import (
    dump_vault,
    one_line_error,
    open_part,
    open_plaintext,
    part_of,
    run_cli,
    signed_message,
)
from make_corpus import CORPUS, PASSPHRASE, PEOPLE, SUFFIX, card_text, identity, vault_for

INDEX = json.loads((CORPUS / "index.json").read_text(encoding="utf-8"))
FORMAT2 = sorted((CORPUS / "format2").glob(f"*{SUFFIX}"))
# The sentence a format-2 bundle gets (mentorvault.crypto.bundle), written out here.
OLDER = ("This bundle was made by an older version of MentorVault. Ask your partner to update MentorVault "
         "and export it again.")


def _stem(item: dict) -> str:
    return item["file"].removesuffix(SUFFIX)


def test_the_index_lists_every_bundle_and_the_cards_match_the_keys() -> None:
    assert sorted(item["file"] for item in INDEX) == sorted(p.name for p in CORPUS.glob(f"*{SUFFIX}"))
    assert len(INDEX) >= 6
    parts = {f"{_stem(item)}.{reader.lower()}.part.json" for item in INDEX for reader in item["recipients"]}
    assert parts == {p.name for p in CORPUS.glob("*.part.json")}
    for name in PEOPLE:
        assert (CORPUS / f"{name.lower()}.card").read_text(encoding="utf-8") == card_text(name)
    # the scenarios: one goal, every kind, a revocation, a receipt and an acceptance, a pod
    kinds = {e["kind"] for item in INDEX for e in item["entries"]}
    assert len(kinds) == 9
    assert any(p["revocations"] for item in INDEX for p in item["parts"].values())
    assert any(p["receipts"] and p["acceptances"] for item in INDEX for p in item["parts"].values())
    assert any(len(item["recipients"]) > 1 for item in INDEX)


@pytest.mark.parametrize("item", INDEX, ids=[i["file"] for i in INDEX])
def test_each_bundle_opens_for_each_recipient(item: dict) -> None:
    data = (CORPUS / item["file"]).read_bytes()
    sender_card = ContactCard.from_text(card_text(item["sender"]))
    manifests = set()
    for reader in item["recipients"]:
        me = identity(reader)
        opened = open_bundle(data, me, {sender_card.fingerprint.hex(): sender_card}.get)
        parsed = parse_manifest(opened.manifest)
        assert [e.id for e in parsed.entries] == [e["id"] for e in item["entries"]]
        assert [e.content.title for e in parsed.entries] == [e["title"] for e in item["entries"]]
        assert sorted(parsed.parts) == sorted(identity(r).fingerprint.hex() for r in item["recipients"])

        # the manifest bytes, exactly as committed, canonical, and signed by the sender (test-owned framing)
        manifest_bytes, signature = open_plaintext(data, me)
        assert manifest_bytes == (CORPUS / f"{_stem(item)}.manifest.json").read_bytes()
        assert loads_canonical(manifest_bytes, max_bytes=MAX_MANIFEST_BYTES) == opened.manifest
        assert verify_signature(sender_card.signing_key, signature, signed_message(manifest_bytes))
        manifests.add(manifest_bytes)

        # my private part: what the index says I find, as committed, padded with spaces to 1 KiB steps
        fp = me.fingerprint.hex()
        padded = open_part(opened.manifest["parts"][fp], me)
        assert padded == (CORPUS / f"{_stem(item)}.{reader.lower()}.part.json").read_bytes()
        assert len(padded) % 1024 == 0 and padded.rstrip(b" ") == dumps_canonical(json.loads(padded))
        part = parse_part(vault_open_part(opened.manifest["parts"][fp], me), parsed.bundle_id, fp,
                          {e.id for e in parsed.entries})
        expected = item["parts"][reader]
        assert part.seq == expected["seq"]
        assert [{"id": rid, "entry_id": eid} for rid, eid in part.revocations] == expected["revocations"]
        assert part.receipts == expected["receipts"]
        assert [a[0] for a in part.acceptances] == expected["acceptances"]
        assert part.log_count == expected["log_count"] and len(padded) == expected["padded_length"]
        assert part_of(data, me)["seq"] == expected["seq"]

        # and nobody else's
        for other in item["recipients"]:
            if other != reader:
                with pytest.raises(pyrage.DecryptError):
                    open_part(opened.manifest["parts"][identity(other).fingerprint.hex()], me)
    assert len(manifests) == 1  # every recipient reads the same signed manifest


def test_the_notices_line_up_across_the_corpus() -> None:
    """Bundle 04's receipt names bundle 03's revocation id; a revocation travels again until a receipt
    names it; in the pod, only Priya's part carries her revocation, and the sequence numbers are per reader."""
    by_file = {item["file"]: item for item in INDEX}
    third = next(i for i in INDEX if i["file"].startswith("03-"))
    fourth = next(i for i in INDEX if i["file"].startswith("04-"))
    pod = next(i for i in INDEX if len(i["recipients"]) > 1)
    last = INDEX[-1]
    assert fourth["sender"] == "Priya" and fourth["parts"]["Sam"]["receipts"] == [
        r["id"] for r in third["parts"]["Priya"]["revocations"]]
    assert pod["parts"]["Priya"]["revocations"] and not pod["parts"]["Jordan"]["revocations"]
    assert pod["parts"]["Priya"]["seq"] != pod["parts"]["Jordan"]["seq"]
    assert set(map(json.dumps, pod["parts"]["Priya"]["revocations"])) <= set(
        map(json.dumps, last["parts"]["Priya"]["revocations"]))  # same id again: no receipt yet
    confirmed = {r["id"] for r in third["parts"]["Priya"]["revocations"]}
    assert not confirmed & {r["id"] for r in last["parts"]["Priya"]["revocations"]}  # confirmed: stopped
    assert len(by_file) == len(INDEX)


def test_the_corpus_imports_in_order(tmp_path: Path) -> None:
    vaults = {"Sam": vault_for("Sam", tmp_path / "sam"),
              "Priya": vault_for("Priya", tmp_path / "priya", knows=("Sam",)),
              "Jordan": vault_for("Jordan", tmp_path / "jordan", knows=("Sam",))}
    try:
        expected: dict[str, set[str]] = {name: set() for name in PEOPLE}
        removals_confirmed = []
        for item in INDEX:
            for reader in item["recipients"]:
                part = item["parts"][reader]
                before = set(expected[reader])
                review = vaults[reader].exchange.import_bundle(CORPUS / item["file"])
                assert review.sender == item["sender"] and not review.already_imported
                expected[reader] |= {e["id"] for e in item["entries"]}
                revoked = {r["entry_id"] for r in part["revocations"]}
                expected[reader] -= revoked
                assert {e.id for e in vaults[reader].inbox.list()} == expected[reader]
                assert sorted(review.revoked) == sorted(revoked & before)
                removals_confirmed += review.receipts
                # again: the newest bundle from that sender is "already imported", and changes nothing
                snapshot = dump_vault(vaults[reader])
                assert vaults[reader].exchange.import_bundle(CORPUS / item["file"]).already_imported
                assert dump_vault(vaults[reader]) == snapshot
        assert expected["Priya"] and expected["Jordan"] and expected["Sam"]
        # This Sam has Sam's keys but not the vault that made the revocation: Priya's receipt names an
        # id it never made, and an unknown id confirms nothing.
        assert any(item["parts"].get("Sam", {}).get("receipts") for item in INDEX)
        assert removals_confirmed == []
        # every earlier bundle from Sam is a replay now
        with pytest.raises(BundleRejected) as exc:
            vaults["Priya"].exchange.import_bundle(CORPUS / INDEX[0]["file"])
        assert "replay" in str(exc.value)
    finally:
        for v in vaults.values():
            v.lock()


def test_format_2_bundles_are_kept_and_really_are_format_2() -> None:
    assert len(FORMAT2) == 2
    sender = ContactCard.from_text(card_text("Sam"))
    for path in FORMAT2:
        manifest_bytes, signature = open_plaintext(path.read_bytes(), identity("Priya"),
                                                   header=b"mentorvault-bundle/2\n")
        assert verify_signature(sender.signing_key, signature, signed_message(manifest_bytes,
                                                                              b"mentorvault-bundle-v2\x00"))
        assert "sequences" in json.loads(manifest_bytes)


def test_format_2_bundles_are_refused_with_one_sentence_and_nothing_stored(tmp_path: Path) -> None:
    folder = tmp_path / "priya"
    priya = vault_for("Priya", folder, knows=("Sam",))
    try:
        before = dump_vault(priya)
        for path in FORMAT2:
            for attempt in (priya.exchange.review_import, priya.exchange.import_bundle):
                with pytest.raises(BundleRejected) as exc:
                    attempt(path)
                assert str(exc.value) == OLDER
            assert dump_vault(priya) == before
    finally:
        priya.lock()
    for path in FORMAT2:
        for args in (["import", str(path)], ["import", "--dry-run", str(path)], ["--json", "import", str(path)]):
            result = run_cli(*args, vault=folder, passphrase=PASSPHRASE)
            assert one_line_error(result) == OLDER, args
            assert result.stdout == ""
    priya = Vault.open(folder, PASSPHRASE)
    try:
        assert dump_vault(priya) == before
        assert priya.inbox.list() == []
    finally:
        priya.lock()
