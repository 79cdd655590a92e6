#!/usr/bin/env python3
"""Write a small corpus of valid bundles to ``tests/exchange/corpus/`` (seeds for fuzzing).

    PYTHONPATH=. .venv/bin/python tests/support/make_corpus.py [OUTPUT_FOLDER]

Sam, Priya and Jordan get FIXED test keys, derived from public seeds in this file, so a
fuzzer (or a test) can rebuild any of their vaults and import, mutate or re-sign the
corpus: :func:`identity` gives a person's keys, :func:`vault_for` a fresh vault that has
them and knows the others' verified cards.  The keys protect nothing; never use them
for anything else.  Bundles are age-encrypted with fresh randomness (and revocation ids
are random), so a rerun writes different bytes with the same meaning.

Written: ``NN-*.mvbundle`` (the bundles, bundle format 3), ``NN-*.manifest.json`` (each
one's signed manifest bytes, for structure-aware fuzzers that re-sign), ``NN-*.NAME.part.json``
(each recipient's private part as sealed inside, padding included), ``*.card`` and
``index.json`` (sender, recipients and entries of each bundle, and what each reader finds in
its private part: sequence number, revocations, receipts, acceptances, log count).
The format-2 bundles under ``format2/`` are kept from the last format-2 corpus, not rewritten.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
os.environ.setdefault("MENTORVAULT_KDF_PROFILE", "minimum")
os.environ.setdefault("MENTORVAULT_TESTING", "1")

from mentorvault.crypto.identity import Identity  # noqa: E402
from mentorvault.storage.db import transaction  # noqa: E402
from mentorvault.storage.meta import set_meta  # noqa: E402
from mentorvault.vault import Vault  # noqa: E402

CORPUS = REPO / "tests" / "exchange" / "corpus"
PASSPHRASE = "correct horse battery staple"
PEOPLE = ("Sam", "Priya", "Jordan")
SUFFIX = ".mvbundle"

# ---------------------------------------------------------------- fixed test keys

_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values: list[int]) -> int:
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i, g in enumerate((0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)):
            chk ^= g if (top >> i) & 1 else 0
    return chk


def _bech32(hrp: str, data: bytes) -> str:
    acc, bits, five = 0, 0, []
    for byte in data:
        acc, bits = acc << 8 | byte, bits + 8
        while bits >= 5:
            bits -= 5
            five.append(acc >> bits & 31)
    if bits:
        five.append(acc << (5 - bits) & 31)
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    mod = _polymod(expanded + five + [0] * 6) ^ 1
    checksum = [mod >> 5 * (5 - i) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH32[d] for d in five + checksum)


def identity(name: str) -> Identity:
    """The fixed test identity of Sam, Priya or Jordan."""
    seed = f"mentorvault-test-corpus/{name.lower()}".encode()
    age_secret = _bech32("age-secret-key-", hashlib.sha256(seed + b"/age").digest()).upper()
    return Identity(age_secret, hashlib.sha256(seed + b"/signing").digest())


def card_text(name: str) -> str:
    return identity(name).card(name).to_text()


def vault_for(name: str, folder: Path, knows: tuple[str, ...] = PEOPLE) -> Vault:
    """A new vault in ``folder`` with ``name``'s fixed keys, knowing the others' verified cards."""
    vault, _recovery = Vault.create(folder, PASSPHRASE)
    with transaction(vault.conn):
        set_meta(vault.conn, "identity", json.dumps(identity(name).to_json()))
    vault.identity.forget()  # the identity is cached once read
    vault.identity.set_display_name(name)
    for other in knows:
        if other != name:
            status = vault.cards.add(other, card_text(other)).to_json()
            vault.cards.verify(other, " ".join(status["words"]))
    return vault


# ---------------------------------------------------------------- the corpus


# Bundle format 3 (docs/bundle-format.md): age( header line || 64-byte signature || manifest bytes ),
# each recipient's private part an age file (base64 in manifest["parts"]) sealed to that recipient alone.
HEADER = b"mentorvault-bundle/3\n"
SIGNATURE_BYTES = 64


def _manifest_bytes(bundle: bytes, reader: Identity) -> bytes:
    import pyrage

    plaintext = pyrage.decrypt(bundle, [reader.age_identity()])
    if not plaintext.startswith(HEADER):
        raise ValueError(f"not a format-3 bundle: {plaintext[:30]!r}")
    return plaintext[len(HEADER) + SIGNATURE_BYTES:]


def part_bytes(manifest: dict[str, Any], reader: Identity) -> bytes:
    """``reader``'s private part of a format-3 manifest, decrypted, padding included."""
    import base64

    import pyrage

    sealed = base64.b64decode(manifest["parts"][reader.fingerprint.hex()], validate=True)
    return pyrage.decrypt(sealed, [reader.age_identity()])


def build(out: Path) -> list[dict[str, Any]]:
    out.mkdir(parents=True, exist_ok=True)
    for old in list(out.glob(f"*{SUFFIX}")) + list(out.glob("*.manifest.json")) + list(out.glob("*.part.json")):
        old.unlink()
    work = Path(tempfile.mkdtemp(prefix="mentorvault-corpus-"))
    index: list[dict[str, Any]] = []
    try:
        sam = vault_for("Sam", work / "sam")
        priya = vault_for("Priya", work / "priya", knows=("Sam",))
        jordan = vault_for("Jordan", work / "jordan", knows=("Sam",))

        def emit(number: int, slug: str, sender: Vault, sender_name: str, to: list[str], note: str) -> Path:
            path = out / f"{number:02d}-{slug}{SUFFIX}"
            preview = sender.exchange.export_bundle(to, path, PASSPHRASE)
            raw = _manifest_bytes(path.read_bytes(), identity(to[0]))
            (out / f"{number:02d}-{slug}.manifest.json").write_bytes(raw)
            manifest = json.loads(raw)
            parts = {}
            for reader in to:
                padded = part_bytes(manifest, identity(reader))
                (out / f"{number:02d}-{slug}.{reader.lower()}.part.json").write_bytes(padded)
                part = json.loads(padded)
                parts[reader] = {
                    "seq": part["seq"],
                    "revocations": part["revocations"],
                    "receipts": part["receipts"],
                    "acceptances": [a["entry_id"] for a in part["acceptances"]],
                    "log_count": part["log"]["count"],
                    "padded_length": len(padded),
                }
                assert sorted(part["consented"]) == sorted(e["id"] for e in manifest["entries"])
                assert [r["entry_id"] for r in part["revocations"]] == preview.revocations[reader]
            index.append({
                "file": path.name, "sender": sender_name, "recipients": to,
                "entries": [{"id": e["id"], "kind": e["kind"], "title": e["title"]} for e in manifest["entries"]],
                "parts": parts,
                "note": note,
            })
            assert [e.entry_id for e in preview.entries] == [e["id"] for e in manifest["entries"]]
            return path

        goal = sam.entries.add("goal", "Speak up in design reviews", "Once per review, **at least**.",
                             {"why": "Visibility", "micro_goals": [{"title": "Prepare one question"}]},
                             ["growth"])
        sam.consents.grant(goal.id, "Priya")
        first = emit(1, "sam-to-priya-one-goal", sam, "Sam", ["Priya"], "one entry")
        priya.exchange.import_bundle(first)

        samples = [
            ("session-note", "Session on delegation", "Line one\nLine two — ünïcödé",
             {"session_date": "2026-03-02",
              "agenda_items": [{"text": "Delegation", "proposed_by": "partner"}],
              "micro_goals": ["Hand over the release notes"], "mood": 4}),
            ("struggle-story", "The missed deadline", "", {"situation": "Three projects at once",
                                                            "what_i_learned": "Say no earlier"}),
            ("feedback", "Feedback after the demo", "", {
                "from_whom": "Lead", "date": "2026-03-01", "format": "sbi", "situation": "Demo",
                "behaviour": "Rushed", "impact": "Lost the room", "action_items": ["Slow down"]}),
            ("boundary-agreement", "How we work together", "", {
                "communication_frequency": "Every two weeks", "contact_methods": ["chat", "video"],
                "off_limits": ["salary"], "exit_terms": "Either of us can end it with a note",
                "review_date": "2026-09-01", "status": "draft"}),
            ("agenda", "Agenda for March", "", {"meeting_date": "2026-03-20", "items": ["Promotion case"],
                                                "questions": ["How do I ask?"]}),
            ("reflection", "On authenticity", "", {"prompt": "When did you last feel like yourself at work?",
                                                   "deck": "authenticity", "answer": "Pairing with Jordan"}),
            ("gratitude", "Thanks for the intro", "", {"to_whom": "Priya", "what_they_did": "An introduction",
                                                       "what_it_meant": "A new mentor"}),
            ("resource", "A book on feedback", "",
             {"link": "https://example.org/book", "why_it_helped": "SBI"}),
        ]
        ids = {}
        for kind, title, body, fields in samples:
            entry = sam.entries.add(kind, title, body, fields, ["corpus"], partner="Priya")
            sam.consents.grant(entry.id, "Priya")
            ids[kind] = entry.id
        every = emit(2, "sam-to-priya-every-kind", sam, "Sam", ["Priya"],
                     "one entry of each kind, and the goal")
        priya.exchange.import_bundle(every)

        sam.consents.revoke(goal.id, "Priya")
        revocation = emit(3, "sam-to-priya-revocation", sam, "Sam", ["Priya"],
                          "revokes the goal of bundle 01 (a revocation record with its own id)")
        priya.exchange.import_bundle(revocation)

        priya.inbox.accept_agreement("Sam", ids["boundary-agreement"])
        p_agenda = priya.entries.add("agenda", "Priya's agenda", "", {"meeting_date": "2026-03-20",
                                                                     "items": ["Career path"]})
        priya.consents.grant(p_agenda.id, "Sam")
        reply = emit(4, "priya-to-sam-receipt-acceptance", priya, "Priya", ["Sam"],
                     "a receipt naming the goal's revocation id, an acceptance of the agreement, an agenda")
        sam.exchange.import_bundle(reply)

        pod_entry = sam.entries.add("resource", "Shared with the pod", "", {"link": "https://example.org/pod"})
        for name in ("Priya", "Jordan"):
            sam.consents.grant(pod_entry.id, name)
        sam.consents.revoke(ids["resource"], "Priya")
        emit(5, "sam-to-priya-jordan-pod", sam, "Sam", ["Priya", "Jordan"],
             "a pod bundle: only entries consented to both; Priya's part alone revokes the book on feedback")
        for kind, entry_id in ids.items():
            if kind != "resource":
                sam.consents.revoke(entry_id, "Priya")
        emit(6, "sam-to-priya-revocations-only", sam, "Sam", ["Priya"],
             "no entries, only revocations: every kind of bundle 02 (the book's again, until Priya's receipt)")
        for v in (sam, priya, jordan):
            v.lock()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for name in PEOPLE:
        (out / f"{name.lower()}.card").write_text(card_text(name), encoding="utf-8")
    (out / "index.json").write_text(json.dumps(index, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return index


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    for item in build(target):
        print(f"{item['file']}: {item['note']}")
