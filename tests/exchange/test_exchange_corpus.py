"""The committed bundle corpus (tests/exchange/corpus) is valid and imports into real vaults."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mentorvault.crypto.bundle import MAX_MANIFEST_BYTES, open_bundle
from mentorvault.crypto.identity import ContactCard, verify_signature
from mentorvault.domain.strictjson import loads_canonical
from mentorvault.exchange import parse_manifest

from exchange_support import open_plaintext, signed_message
from make_corpus import CORPUS, PEOPLE, SUFFIX, card_text, identity, vault_for

INDEX = json.loads((CORPUS / "index.json").read_text(encoding="utf-8"))


def test_the_index_lists_every_bundle_and_the_cards_match_the_keys() -> None:
    assert sorted(item["file"] for item in INDEX) == sorted(p.name for p in CORPUS.glob(f"*{SUFFIX}"))
    assert len(INDEX) >= 5
    for name in PEOPLE:
        assert (CORPUS / f"{name.lower()}.card").read_text(encoding="utf-8") == card_text(name)


@pytest.mark.parametrize("item", INDEX, ids=[i["file"] for i in INDEX])
def test_each_bundle_opens_for_each_recipient(item: dict) -> None:
    data = (CORPUS / item["file"]).read_bytes()
    sender_card = ContactCard.from_text(card_text(item["sender"]))
    for reader in item["recipients"]:
        opened = open_bundle(data, identity(reader), {sender_card.fingerprint.hex(): sender_card}.get)
        parsed = parse_manifest(opened.manifest)
        assert [e[0] for e in parsed.entries] == [e["id"] for e in item["entries"]]
        assert [r[0] for r in parsed.revocations] == item["revocations"]
        assert [r[0] for r in parsed.receipts] == item["receipts"]
        assert [a[0] for a in parsed.acceptances] == item["acceptances"]
        fp = identity(reader).fingerprint.hex()
        assert parsed.sequences[fp] == item["sequences"][reader]
        manifest_bytes, signature = open_plaintext(data, identity(reader))
        assert manifest_bytes == (CORPUS / item["file"].replace(SUFFIX, ".manifest.json")).read_bytes()
        assert loads_canonical(manifest_bytes, max_bytes=MAX_MANIFEST_BYTES) == opened.manifest
        assert verify_signature(sender_card.signing_key, signature, signed_message(manifest_bytes))


def test_the_corpus_imports_in_order(tmp_path: Path) -> None:
    vaults = {"Sam": vault_for("Sam", tmp_path / "sam"),
              "Priya": vault_for("Priya", tmp_path / "priya", knows=("Sam",)),
              "Jordan": vault_for("Jordan", tmp_path / "jordan", knows=("Sam",))}
    try:
        expected: dict[str, set[str]] = {name: set() for name in PEOPLE}
        for item in INDEX:
            for reader in item["recipients"]:
                review = vaults[reader].import_bundle(CORPUS / item["file"])
                assert review.sender == item["sender"]
                expected[reader] |= {e["id"] for e in item["entries"]}
                expected[reader] -= set(item["revocations"])
                assert {e.id for e in vaults[reader].inbox()} == expected[reader]
        assert expected["Priya"] and expected["Jordan"] and expected["Sam"]
    finally:
        for v in vaults.values():
            v.lock()
