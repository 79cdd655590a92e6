"""Hostile bundles fed to a real vault (``vault.exchange.import_bundle`` and ``mentorvault import``).

For each: BundleRejected with one plain sentence (the CLI: exit 1, one stderr line, no
traceback), and the receiving vault's content unchanged, row for row, in every table.
The crypto layer's own checks are tested in tests/crypto; here the whole path runs,
including the vault layer's schema, private part, sequence and storage rules.

Bundle format 3 (docs/bundle-format.md): the signed manifest carries the entries common to
all recipients and, per recipient, a private part age-encrypted to that recipient alone.
The private-part cases are crafted two ways: signed by Sam himself (a sender who cuts and
pastes parts: the part's own binding to this bundle and this reader must refuse it), and
tampered with by Jordan, a fellow pod member who cannot sign as Sam (the signature refuses it).
"""

from __future__ import annotations

import base64
import builtins
import hashlib
import json
import os
import random
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage
import pytest

from mentorvault.crypto.bundle import MAX_BUNDLE_BYTES
from mentorvault.crypto.identity import Identity
from mentorvault.domain.strictjson import dumps_canonical
from mentorvault.errors import BundleRejected

from exchange_support import (
    AGE_MAGIC,
    HEADER,
    HEADER_V2,
    SIGNATURE_CONTEXT,
    SIGNATURE_CONTEXT_V2,
    TS,
    World,
    encrypt_plaintext,
    make_world,
    manifest_dict,
    one_line_error,
    open_part,
    open_plaintext,
    part_of,
    plain_sentence,
    plaintext_of,
    revocation_id,
    seal_part,
    seal_raw,
    seal_v2,
    signed_message,
    v1_envelope,
    v2_manifest_dict,
    wire_entry,
)

SEQ = 100  # above anything Priya has seen from Sam, so only the defect can refuse it
OLDER = "older version of MentorVault. Ask your partner to update"


@dataclass
class Hostile:
    world: World
    folder: Path
    files: dict[str, Path]
    expect: dict[str, str]
    base: Path  # a valid, not yet imported Sam -> Priya bundle
    newest: Path  # the newest Sam -> Priya bundle Priya imported
    controls: dict[str, Path]  # crafted bundles without a defect: each must pass review
    mallory: Identity


def _build(world: World, folder: Path) -> Hostile:
    sam, priya, jordan = world.sam, world.priya, world.jordan
    assert jordan is not None
    # Jordan knows Priya (verified), Priya has Jordan's card but has not verified it.
    jordan.knows(priya)
    priya.knows(jordan, verify=False)
    mallory = Identity.generate()

    shared = sam.v.entries.add("goal", "Shared goal", "Body", {"why": "Because"}, ["growth"])
    sam.v.consents.grant(shared.id, "Priya")
    sam.v.consents.grant(shared.id, "Jordan")
    j_entry = jordan.v.entries.add("goal", "From Jordan")
    jordan.v.consents.grant(j_entry.id, "Priya")

    files: dict[str, Path] = {}
    expect: dict[str, str] = {}

    def put(name: str, data: bytes, expected: str) -> None:
        assert name not in files, name
        files[name] = folder / f"{name}.mvb"
        files[name].write_bytes(data)
        expect[name] = expected

    # real bundles: older ones, reordered ones
    sam.export(priya, folder / "seq1.mvb")
    sam.export(priya, folder / "seq2.mvb")
    priya.v.exchange.import_bundle(folder / "seq2.mvb")
    put("older-sequence", (folder / "seq1.mvb").read_bytes(), "replay")
    base = folder / "base.mvb"
    sam.export(priya, base)  # seq 3, not imported
    sam.export([priya, jordan], folder / "pod1.mvb")  # seq 4 for Priya
    sam.export([priya, jordan], folder / "pod2.mvb")  # seq 5 for Priya

    # made for Jordan: Priya cannot decrypt it; re-encrypted to Priya, it is not addressed to her
    sam.export(jordan, folder / "for-jordan.mvb")
    put("wrong-recipient", (folder / "for-jordan.mvb").read_bytes(), "could not be decrypted")
    plaintext = pyrage.decrypt((folder / "for-jordan.mvb").read_bytes(), [jordan.identity.age_identity()])
    to_priya_only = [pyrage.x25519.Recipient.from_str(priya.identity.recipient)]
    put("forwarded-by-jordan", pyrage.encrypt(plaintext, to_priya_only), "not addressed to you")
    jordan.export(priya, folder / "from-unverified.mvb")
    put("unverified-sender", (folder / "from-unverified.mvb").read_bytes(), "not verified")

    to_priya = [priya.identity.recipient, sam.identity.recipient]
    to_pod = to_priya + [jordan.identity.recipient]

    def signed(manifest: dict[str, Any] | bytes, signer: Identity = sam.identity,
               to: list[str] = to_priya, **framing: Any) -> bytes:
        raw = manifest if isinstance(manifest, bytes) else dumps_canonical(manifest)
        return seal_raw(raw, signer, to, **framing)

    def m(**extra: Any) -> dict[str, Any]:
        """A valid Sam -> Priya manifest, Priya's part sealed to her alone."""
        entries = extra.pop("entries", [wire_entry()])
        recipients = extra.pop("recipients", [priya.identity])
        return manifest_dict(sam.identity, "Sam", recipients, SEQ, entries, **extra)

    def with_part(edit: Callable[[dict[str, Any]], Any], entries: list[dict[str, Any]] | None = None,
                  **kw: Any) -> bytes:
        """A Sam -> Priya bundle, signed by Sam, whose (valid) private part ``edit`` changed first.

        ``edit`` changes the part's dict in place, or returns bytes to seal instead (unpadded)."""
        manifest = manifest_dict(sam.identity, "Sam", [priya.fp], SEQ,
                                 [wire_entry()] if entries is None else entries, **kw)
        draft = manifest["parts"][priya.fp]
        out = edit(draft)
        manifest["parts"][priya.fp] = seal_part(out if isinstance(out, bytes) else draft,
                                                priya.identity.recipient, pad=not isinstance(out, bytes))
        return signed(manifest)

    # The controls: valid and canonical.  The framing and spelling cases below carry this very
    # manifest, so each is refused for its one defect; the part cases change one thing each.
    plain = m(entries=[wire_entry(title="Café — ünïcode")])
    canonical_plain = dumps_canonical(plain)
    controls = {"crafted": folder / "control.mvb", "part-unpadded": folder / "control-unpadded.mvb",
                "part-padded-far": folder / "control-padded-far.mvb",
                "part-with-notices": folder / "control-notices.mvb"}
    controls["crafted"].write_bytes(signed(canonical_plain))
    controls["part-unpadded"].write_bytes(with_part(lambda p: dumps_canonical(p)))
    controls["part-padded-far"].write_bytes(with_part(lambda p: dumps_canonical(p) + b" " * 5000))
    controls["part-with-notices"].write_bytes(with_part(lambda p: None, revocations=[shared.id],
                                                        receipts=[revocation_id()]))

    # ---- who sent it, and to whom
    put("forged-signer", signed(m(), signer=mallory), "signature")
    from_mallory = manifest_dict(mallory, "Sam", [priya.fp], SEQ, [wire_entry()])
    put("unknown-sender", signed(from_mallory, signer=mallory, to=[priya.identity.recipient]),
        "not one of your partners")
    lying = m()
    lying["sender"]["recipient"] = mallory.recipient  # Sam's fingerprint, someone else's key
    put("sender-keys-do-not-match-fingerprint", signed(lying), "tampered")
    put("not-addressed-to-priya", signed(m(recipients=[jordan.identity])), "not addressed to you")

    # ---- the manifest's JSON
    nested: Any = "deep"
    for _ in range(40):
        nested = [nested]
    put("nested-40", signed(m(entries=[wire_entry() | {"fields": {"why": nested}}])), "tampered")
    put("nested-100k", signed(b'{"a":' + b"[" * 100_000 + b"]" * 100_000 + b"}"), "tampered")
    canonical = dumps_canonical(m())
    assert canonical.startswith(b'{"bundle_id":')
    put("duplicate-key", signed(b'{"bundle_id":"x",' + canonical[1:]), "tampered")
    assert b'"format_version":3,' in canonical
    put("nan", signed(canonical.replace(b'"format_version":3,', b'"format_version":NaN,')), "tampered")
    put("infinity", signed(canonical.replace(b'"format_version":3,', b'"format_version":1e999,')), "tampered")
    put("manifest-not-an-object", signed(b'["format_version", 3]'), "tampered")
    put("manifest-not-json", signed(b"format_version=3"), "tampered")

    # ---- the manifest's schema
    put("unknown-kind", signed(m(entries=[wire_entry(kind="diary", fields={}, content_hash="0" * 64)])),
        "cannot accept")
    unknown_field = wire_entry(fields={"why": "x", "salary": "y"}, content_hash="0" * 64)
    put("unknown-field", signed(m(entries=[unknown_field])), "cannot accept")
    put("unknown-entry-key", signed(m(entries=[wire_entry() | {"partner": "Jordan"}])), "malformed")
    put("format-2-entry-key", signed(m(entries=[{**{k: v for k, v in wire_entry().items() if k != "written_at"},
                                                 "updated_at": TS}])), "malformed")
    put("content-hash-mismatch", signed(m(entries=[wire_entry(content_hash=wire_entry(title="Other").get(
        "content_hash"))])), "content hash")
    twice = wire_entry()
    put("duplicate-entry-ids", signed(m(entries=[twice, wire_entry(title="Second", entry_id=twice["id"])])),
        "same entry twice")
    put("extra-manifest-key", signed(m(comment="hello")), "malformed")
    for key in ("parts", "entries", "created_at"):
        put(f"missing-manifest-key-{key}", signed({k: v for k, v in m().items() if k != key}), "malformed")
    put("format-2-manifest-keys", signed(m() | {"sequences": {priya.fp: SEQ}, "revocations": [], "receipts": [],
                                                "acceptances": []}), "malformed")
    # 4 carries attachments, 5 acknowledgements in the parts: 6 is newer than this MentorVault
    put("newer-manifest-version", signed(m(format_version=6)), "newer version")
    put("format-4-without-attachments", signed(m(format_version=4)), "malformed")  # 4 is only written with files
    put("float-manifest-version", signed(m(format_version=3.0)), "malformed")  # equal to 3, yet no version
    put("boolean-manifest-version", signed(m(format_version=True)), "malformed")
    put("too-many-entries", signed(m(entries=[wire_entry(kind="resource", title="r", body="", fields={"link": "x"},
                                                         tags=(), entry_id=f"00000000-0000-4000-8000-{i:012d}")
                                              for i in range(5_001)])), "more entries")
    put("entry-id-not-a-uuid", signed(m(entries=[wire_entry(entry_id="not-a-uuid")])), "malformed")
    put("entry-id-upper-case", signed(m(entries=[wire_entry(entry_id=str(uuid.uuid4()).upper())])),
        "malformed")
    put("entry-id-trailing-newline", signed(m(entries=[wire_entry(entry_id=str(uuid.uuid4()) + "\n")])),
        "malformed")
    renamed = m()
    renamed["bundle_id"] += "\n"
    put("bundle-id-trailing-newline", with_part(lambda p: p.update(bundle_id=renamed["bundle_id"]),
                                                bundle_id=renamed["bundle_id"]), "malformed")
    put("older-manifest-version", signed(m(format_version=2)), "")  # see test_an_older_manifest_version_...

    # ---- timestamps: whole seconds, UTC, "Z", real dates
    for label, stamp in {"yesterday": "yesterday", "microseconds": "2026-03-14T10:00:00.123456Z",
                         "offset": "2026-03-14T10:00:00+00:00", "space": "2026-03-14 10:00:00Z",
                         "february-30": "2026-02-30T10:00:00Z", "hour-25": "2026-03-14T25:00:00Z",
                         "no-zone": "2026-03-14T10:00:00"}.items():
        put(f"created-at-{label}", signed(m(created_at=stamp)), "malformed")
    put("written-at-microseconds", signed(m(entries=[wire_entry() | {"written_at": "2026-03-13T20:00:00.5Z"}])),
        "malformed")
    put("written-at-not-a-string", signed(m(entries=[wire_entry() | {"written_at": 1773432000}])), "malformed")

    # ---- the format-3 envelope: header line, 64-byte signature over SHA-256 of the manifest
    put("newer-bundle-version", signed(canonical_plain, header=b"mentorvault-bundle/4\n"), "newer version")
    put("format-2-bundle", seal_v2(v2_manifest_dict(sam.identity, "Sam", [priya.fp], SEQ, [wire_entry()]),
                                   sam.identity, to_priya), OLDER)
    put("format-2-header-on-a-format-3-manifest", signed(canonical_plain, header=HEADER_V2), OLDER)
    put("version-1-envelope", encrypt_plaintext(v1_envelope(canonical_plain, sam.identity), to_priya), OLDER)
    put("garbled-header", signed(canonical_plain, header=b"mentorvault-bundle/3 \n"), "tampered")
    put("header-version-03", signed(canonical_plain, header=b"mentorvault-bundle/03\n"), "tampered")
    put("header-without-newline", signed(canonical_plain, header=HEADER[:-1]), "tampered")
    put("header-only", encrypt_plaintext(HEADER, to_priya), "tampered")
    good_signature = sam.identity.sign(signed_message(canonical_plain))
    put("header-and-partial-signature", encrypt_plaintext(HEADER + good_signature[:40], to_priya), "tampered")
    put("header-and-signature-only", encrypt_plaintext(HEADER + good_signature, to_priya), "tampered")
    put("signature-without-prehash", signed(canonical_plain, message=SIGNATURE_CONTEXT + canonical_plain),
        "signature")
    put("signature-with-v2-context", signed(canonical_plain, message=signed_message(canonical_plain,
                                                                                    SIGNATURE_CONTEXT_V2)),
        "signature")
    put("signature-with-v1-context", signed(canonical_plain, message=b"mentorvault-bundle-v1\x00"
                                            + hashlib.sha256(canonical_plain).digest()), "signature")
    put("signature-of-the-digest-alone", signed(canonical_plain, message=hashlib.sha256(canonical_plain).digest()),
        "signature")
    # the same data, correctly signed, but not spelled canonically
    spellings = {
        "manifest-with-whitespace": json.dumps(plain, sort_keys=True, ensure_ascii=False).encode(),
        "manifest-unsorted-keys": json.dumps(plain, separators=(",", ":"), ensure_ascii=False).encode(),
        "manifest-escaped-non-ascii": json.dumps(plain, sort_keys=True, separators=(",", ":")).encode(),
        "manifest-trailing-newline": canonical_plain + b"\n",
    }
    assert b"\\u00e9" in spellings["manifest-escaped-non-ascii"]
    for name, raw in spellings.items():
        assert raw != canonical_plain and json.loads(raw) == plain, name
        put(name, signed(raw), "tampered")

    # ---- replay protection, with Sam's own signature: only the sequence number is wrong
    put("same-sequence-other-bundle", with_part(lambda p: p.update(seq=2)), "replay")
    put("lower-sequence-new-bundle", with_part(lambda p: p.update(seq=1)), "replay")

    # ---- private parts: present, sealed to me, bound to this bundle and to me
    no_part = m()
    no_part["parts"] = {}
    put("part-missing-for-me", signed(no_part), "malformed")
    pod_without_mine = m(recipients=[priya.identity, jordan.identity])
    del pod_without_mine["parts"][priya.fp]
    put("pod-part-missing-for-me", signed(pod_without_mine, to=to_pod), "malformed")
    pod_extra = m(recipients=[priya.identity])
    pod_extra["parts"][jordan.fp] = pod_extra["parts"][priya.fp]
    put("part-for-someone-not-a-recipient", signed(pod_extra), "malformed")
    for label, value in {"null": None, "object": {"seq": SEQ}, "number": 7, "empty": "",
                         "not-base64": "not base64!", "base64-unpadded": base64.b64encode(b"x" * 31).decode()[:-1],
                         "base64-with-newline": base64.b64encode(AGE_MAGIC).decode() + "\n",
                         "base64-not-age": base64.b64encode(b"hello, not an age file").decode()}.items():
        broken = m()
        broken["parts"][priya.fp] = value
        put(f"part-{label}", signed(broken, drafts=False), "tampered" if isinstance(value, str) else "malformed")
    for_jordan = m()
    for_jordan["parts"][priya.fp] = seal_part(json.loads(open_part(for_jordan["parts"][priya.fp], priya.identity)),
                                              jordan.identity.recipient)
    put("part-sealed-to-someone-else", signed(for_jordan), "tampered")
    armored = m()
    armored_part = pyrage.encrypt(open_part(armored["parts"][priya.fp], priya.identity),
                                  [pyrage.x25519.Recipient.from_str(priya.identity.recipient)], armored=True)
    armored["parts"][priya.fp] = base64.b64encode(armored_part).decode()
    put("part-armored", signed(armored), "tampered")
    truncated = m()
    blob = base64.b64decode(truncated["parts"][priya.fp])
    truncated["parts"][priya.fp] = base64.b64encode(blob[:-20]).decode()
    put("part-truncated", signed(truncated), "tampered")

    # cut and pasted by the sender himself: the outer signature verifies, the part's binding does not
    # (each beside a control: the same part with that one binding put right is accepted)
    old_part = part_of(base, priya.identity)  # Priya's real part of an earlier bundle
    base_entries = json.loads(open_plaintext(base.read_bytes(), priya.identity)[0])["entries"]
    put("part-of-another-bundle", with_part(lambda p: p.update(old_part | {"seq": SEQ}), base_entries),
        "malformed")
    controls["part-of-another-bundle-rebound"] = folder / "control-rebound-bundle.mvb"
    controls["part-of-another-bundle-rebound"].write_bytes(with_part(
        lambda p: p.update(old_part | {"seq": SEQ, "bundle_id": p["bundle_id"]}), base_entries))
    jordans_part = part_of(folder / "pod1.mvb", jordan.identity)  # Jordan's, of a pod bundle
    pod_entries = json.loads(open_plaintext((folder / "pod1.mvb").read_bytes(), jordan.identity)[0])["entries"]
    put("part-of-another-recipient", with_part(
        lambda p: p.update(jordans_part | {"seq": SEQ, "bundle_id": p["bundle_id"]}), pod_entries), "malformed")
    controls["part-of-another-recipient-rebound"] = folder / "control-rebound-recipient.mvb"
    controls["part-of-another-recipient-rebound"].write_bytes(with_part(
        lambda p: p.update(jordans_part | {"seq": SEQ, "bundle_id": p["bundle_id"], "recipient": priya.fp}),
        pod_entries))
    put("part-naming-another-recipient", with_part(lambda p: p.update(recipient=jordan.fp)), "malformed")
    put("part-naming-another-bundle", with_part(lambda p: p.update(bundle_id=old_part["bundle_id"])), "malformed")
    # tampered with by Jordan, a fellow pod member who cannot sign as Sam
    pod_bytes = (folder / "pod2.mvb").read_bytes()
    pod_manifest_bytes, pod_signature = open_plaintext(pod_bytes, jordan.identity)
    pod_manifest = json.loads(pod_manifest_bytes)

    def jordan_resends(manifest: dict[str, Any]) -> bytes:
        return encrypt_plaintext(plaintext_of(dumps_canonical(manifest), pod_signature), to_priya)

    swapped = json.loads(pod_manifest_bytes)
    swapped["parts"][priya.fp] = seal_part(part_of(pod_bytes, jordan.identity), priya.identity.recipient)
    put("pod-part-swapped-by-a-member", jordan_resends(swapped), "signature")
    stale = json.loads(pod_manifest_bytes)
    older_sealed = json.loads(open_plaintext((folder / "pod1.mvb").read_bytes(), jordan.identity)[0])["parts"]
    assert older_sealed[priya.fp] != pod_manifest["parts"][priya.fp]
    stale["parts"][priya.fp] = older_sealed[priya.fp]
    put("pod-part-from-an-older-bundle-pasted-by-a-member", jordan_resends(stale), "signature")
    trimmed = json.loads(pod_manifest_bytes)
    trimmed["recipients"].remove(jordan.fp)
    del trimmed["parts"][jordan.fp]
    put("pod-trimmed-to-one-recipient-by-a-member", jordan_resends(trimmed), "signature")

    # ---- private parts: canonical JSON, padded with spaces only
    put("part-with-whitespace", with_part(lambda p: json.dumps(p, sort_keys=True).encode()), "malformed")
    put("part-unsorted-keys", with_part(lambda p: json.dumps(dict(reversed(list(p.items()))),
                                                             separators=(",", ":")).encode()), "malformed")
    put("part-duplicate-key", with_part(lambda p: b'{"bundle_id":"x",' + dumps_canonical(p)[1:]), "malformed")
    for label, tail in {"nul": b"\x00", "newline": b"\n", "tab": b"  \t  ", "letter": b"   x",
                        "second-object": b" {}", "nbsp": "\u00a0".encode()}.items():
        put(f"part-trailing-{label}", with_part(lambda p, tail=tail: dumps_canonical(p) + tail), "malformed")
    put("part-leading-space", with_part(lambda p: b" " + dumps_canonical(p)), "malformed")
    put("part-only-spaces", with_part(lambda p: b" " * 1024), "malformed")
    put("part-not-an-object", with_part(lambda p: dumps_canonical([p])), "malformed")
    put("part-not-json", with_part(lambda p: b"seq=100"), "malformed")
    put("part-nan", with_part(lambda p: dumps_canonical(p).replace(b'"seq":100', b'"seq":NaN')), "malformed")
    deep: Any = []
    for _ in range(12):
        deep = [deep]
    put("part-nested-12", with_part(lambda p: p["acceptances"].append(deep)), "malformed")
    put("part-larger-than-8-mib", with_part(lambda p: p["log"].update(head="0" * (8 * 1024 * 1024 + 1))),
        "malformed")

    # ---- private parts: the schema
    put("part-extra-key", with_part(lambda p: p.update(sequences={priya.fp: SEQ})), "malformed")
    put("part-missing-key", with_part(lambda p: p.pop("log")), "malformed")
    for label, seq in {"zero": 0, "negative": -1, "float": 100.0, "bool": True, "string": "100", "null": None,
                       "2-to-the-53": 2 ** 53}.items():
        put(f"part-seq-{label}", with_part(lambda p, seq=seq: p.update(seq=seq)), "malformed")
    # acknowledgements: only in a format-5 manifest's part, only a positive integer (left out when none)
    put("part-acked-seq-in-format-3", with_part(lambda p: p.update(acked_seq=1)), "malformed")
    for label, acked in {"zero": 0, "negative": -1, "float": 1.0, "bool": True, "string": "1", "null": None,
                         "2-to-the-53": 2**53}.items():
        put(f"part-acked-seq-{label}", with_part(lambda p, a=acked: p.update(acked_seq=a), format_version=5),
            "malformed")
    controls["part-acked-seq-format-5"] = folder / "control-acked.mvb"
    controls["part-acked-seq-format-5"].write_bytes(with_part(lambda p: p.update(acked_seq=1), format_version=5))
    controls["format-5-without-an-ack-in-my-part"] = folder / "control-format-5.mvb"
    controls["format-5-without-an-ack-in-my-part"].write_bytes(with_part(lambda p: None, format_version=5))
    put("part-log-count-zero", with_part(lambda p: p["log"].update(count=0)), "malformed")
    put("part-log-head-short", with_part(lambda p: p["log"].update(head="0" * 63)), "malformed")
    put("part-log-extra-key", with_part(lambda p: p["log"].update(sig="x")), "malformed")
    put("part-log-head-trailing-newline", with_part(lambda p: p["log"].update(head="0" * 64 + "\n")), "malformed")
    entry = wire_entry()
    one = [entry]
    put("part-consented-for-an-entry-not-in-the-bundle",
        with_part(lambda p: p["consented"].update({str(uuid.uuid4()): TS}), entries=one), "malformed")
    put("part-consented-missing-an-entry", with_part(lambda p: p["consented"].clear(), entries=one), "malformed")
    put("part-consented-time-microseconds",
        with_part(lambda p: p["consented"].update({entry["id"]: "2026-03-14T10:00:00.250Z"}), entries=one),
        "malformed")
    put("part-consented-time-invalid-date",
        with_part(lambda p: p["consented"].update({entry["id"]: "2026-13-01T10:00:00Z"}), entries=one), "malformed")
    put("part-consented-not-an-object", with_part(lambda p: p.update(consented=[entry["id"]]), entries=one),
        "malformed")

    def revocations(*records: Any) -> Callable[[dict[str, Any]], None]:
        return lambda p: p.update(revocations=list(records))

    rid = revocation_id()
    bad_ids: dict[str, Any] = {"31-hex": rid[:-1], "33-hex": rid + "0", "upper-case": rid.upper(),
                               "uuid": str(uuid.uuid4()), "not-hex": "g" * 32, "number": 12345,
                               "trailing-newline": rid + "\n", "empty": ""}
    for label, bad in bad_ids.items():
        put(f"revocation-id-{label}", with_part(revocations({"id": bad, "entry_id": shared.id})), "malformed")
    put("revocation-without-id", with_part(revocations({"entry_id": shared.id})), "malformed")
    put("revocation-format-2-shape", with_part(revocations({"entry_id": shared.id, "revoked_at": TS})),
        "malformed")
    put("revocation-extra-key", with_part(revocations({"id": rid, "entry_id": shared.id, "revoked_at": TS})),
        "malformed")
    put("revocation-entry-not-a-uuid", with_part(revocations({"id": rid, "entry_id": "goal-1"})), "malformed")
    put("revocation-entry-trailing-newline", with_part(revocations({"id": rid, "entry_id": shared.id + "\n"})),
        "malformed")
    put("duplicate-revocation-ids", with_part(revocations({"id": rid, "entry_id": shared.id},
                                                          {"id": rid, "entry_id": j_entry.id})), "malformed")
    put("entry-shared-and-revoked-in-one-bundle",
        with_part(revocations({"id": rid, "entry_id": entry["id"]}), entries=one), "malformed")
    put("too-many-revocations", with_part(lambda p: p.update(revocations=[
        {"id": f"{i:032x}", "entry_id": f"00000000-0000-4000-8000-{i:012d}"} for i in range(20_001)])),
        "more entries")
    for label, bad in {"entry-id": shared.id, "31-hex": rid[:-1], "upper-case": rid.upper(), "object": {"id": rid},
                       "trailing-newline": rid + "\n"}.items():
        put(f"receipt-{label}", with_part(lambda p, bad=bad: p.update(receipts=[bad])), "malformed")
    put("duplicate-receipts", with_part(lambda p: p.update(receipts=[rid, rid])), "malformed")
    acceptance = {"entry_id": shared.id, "content_hash": "0" * 64, "accepted_at": TS}
    put("duplicate-acceptances", with_part(lambda p: p.update(acceptances=[acceptance, acceptance])), "malformed")
    put("acceptance-time-microseconds", with_part(lambda p: p.update(acceptances=[
        acceptance | {"accepted_at": "2026-03-14T10:00:00.000001Z"}])), "malformed")
    put("acceptance-hash-trailing-newline", with_part(lambda p: p.update(acceptances=[
        acceptance | {"content_hash": "0" * 64 + "\n"}])), "malformed")
    put("acceptance-extra-key", with_part(lambda p: p.update(acceptances=[acceptance | {"by": "Jordan"}])),
        "malformed")

    # ---- not a bundle at all
    put("empty-file", b"", "not a MentorVault bundle")
    put("not-age", b"hello, this is a text file\n" * 10, "not a MentorVault bundle")
    armored_bundle = seal_raw(dumps_canonical(m()), sam.identity, to_priya)  # valid, then armored
    plaintext = pyrage.decrypt(armored_bundle, [priya.identity.age_identity()])
    age_to_priya = [pyrage.x25519.Recipient.from_str(r) for r in to_priya]
    put("armored", pyrage.encrypt(plaintext, age_to_priya, armored=True), "not a MentorVault bundle")
    # decrypts, but what comes out has no bundle header (nor is it a version-1 envelope)
    put("age-garbage-payload", pyrage.encrypt(b"\x00" + os.urandom(299), [pyrage.x25519.Recipient.from_str(
        priya.identity.recipient)]), "not a MentorVault bundle")
    put("age-magic-only", AGE_MAGIC, "could not be decrypted")

    big = folder / "oversized.mvb"
    with open(big, "wb") as fh:
        fh.truncate(MAX_BUNDLE_BYTES + 1)
    files["oversized"], expect["oversized"] = big, "160 MiB"
    files["missing-file"], expect["missing-file"] = folder / "does-not-exist.mvb", "no file"
    (folder / "a-folder.mvb").mkdir()
    files["directory"], expect["directory"] = folder / "a-folder.mvb", "folder"
    return Hostile(world, folder, files, expect, base, folder / "seq2.mvb", controls, mallory)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hostile]:
    root = tmp_path_factory.mktemp("hostile")
    world = make_world(root / "world", with_jordan=True)
    folder = root / "bundles"
    folder.mkdir()
    try:
        yield _build(world, folder)
    finally:
        world.close()


CASES = [
    "older-sequence", "wrong-recipient", "forwarded-by-jordan", "unverified-sender", "forged-signer",
    "unknown-sender", "sender-keys-do-not-match-fingerprint", "not-addressed-to-priya", "nested-40",
    "nested-100k", "duplicate-key", "nan", "infinity", "manifest-not-an-object", "manifest-not-json",
    "unknown-kind", "unknown-field", "unknown-entry-key", "format-2-entry-key", "content-hash-mismatch",
    "duplicate-entry-ids", "extra-manifest-key", "missing-manifest-key-parts",
    "missing-manifest-key-entries", "missing-manifest-key-created_at", "format-2-manifest-keys",
    "newer-manifest-version", "format-4-without-attachments", "float-manifest-version", "boolean-manifest-version",
    "older-manifest-version", "too-many-entries", "entry-id-not-a-uuid", "entry-id-upper-case",
    "entry-id-trailing-newline", "bundle-id-trailing-newline", "created-at-yesterday",
    "created-at-microseconds", "created-at-offset", "created-at-space", "created-at-february-30",
    "created-at-hour-25", "created-at-no-zone", "written-at-microseconds", "written-at-not-a-string",
    "newer-bundle-version", "format-2-bundle", "format-2-header-on-a-format-3-manifest",
    "version-1-envelope", "garbled-header", "header-version-03", "header-without-newline", "header-only",
    "header-and-partial-signature", "header-and-signature-only", "signature-without-prehash",
    "signature-with-v2-context", "signature-with-v1-context", "signature-of-the-digest-alone",
    "manifest-with-whitespace", "manifest-unsorted-keys", "manifest-escaped-non-ascii",
    "manifest-trailing-newline", "same-sequence-other-bundle", "lower-sequence-new-bundle",
    "part-missing-for-me", "pod-part-missing-for-me", "part-for-someone-not-a-recipient", "part-null",
    "part-object", "part-number", "part-empty", "part-not-base64", "part-base64-unpadded",
    "part-base64-with-newline", "part-base64-not-age", "part-sealed-to-someone-else", "part-armored",
    "part-truncated", "part-of-another-bundle", "part-of-another-recipient",
    "part-naming-another-recipient", "part-naming-another-bundle", "pod-part-swapped-by-a-member",
    "pod-part-from-an-older-bundle-pasted-by-a-member", "pod-trimmed-to-one-recipient-by-a-member",
    "part-with-whitespace", "part-unsorted-keys", "part-duplicate-key", "part-trailing-nul",
    "part-trailing-newline", "part-trailing-tab", "part-trailing-letter", "part-trailing-second-object",
    "part-trailing-nbsp", "part-leading-space", "part-only-spaces", "part-not-an-object", "part-not-json",
    "part-nan", "part-nested-12", "part-larger-than-8-mib", "part-extra-key", "part-missing-key",
    "part-seq-zero", "part-seq-negative", "part-seq-float", "part-seq-bool", "part-seq-string",
    "part-seq-null", "part-seq-2-to-the-53", "part-acked-seq-in-format-3", "part-acked-seq-zero",
    "part-acked-seq-negative", "part-acked-seq-float", "part-acked-seq-bool", "part-acked-seq-string",
    "part-acked-seq-null", "part-acked-seq-2-to-the-53", "part-log-count-zero", "part-log-head-short",
    "part-log-extra-key", "part-log-head-trailing-newline", "part-consented-for-an-entry-not-in-the-bundle",
    "part-consented-missing-an-entry", "part-consented-time-microseconds",
    "part-consented-time-invalid-date", "part-consented-not-an-object", "revocation-id-31-hex",
    "revocation-id-33-hex", "revocation-id-upper-case", "revocation-id-uuid", "revocation-id-not-hex",
    "revocation-id-number", "revocation-id-trailing-newline", "revocation-id-empty",
    "revocation-without-id", "revocation-format-2-shape", "revocation-extra-key",
    "revocation-entry-not-a-uuid", "revocation-entry-trailing-newline", "duplicate-revocation-ids",
    "entry-shared-and-revoked-in-one-bundle", "too-many-revocations", "receipt-entry-id", "receipt-31-hex",
    "receipt-upper-case", "receipt-object", "receipt-trailing-newline", "duplicate-receipts",
    "duplicate-acceptances", "acceptance-time-microseconds", "acceptance-hash-trailing-newline",
    "acceptance-extra-key", "empty-file", "not-age", "armored", "age-garbage-payload", "age-magic-only",
    "oversized", "missing-file", "directory",
]


def _refused(party: Any, path: Path, expected: str | None = None) -> str:
    before = party.dump()
    messages, reasons = [], []
    for attempt in (party.v.exchange.review_import, party.v.exchange.import_bundle):
        with pytest.raises(BundleRejected) as exc:
            attempt(path)
        messages.append(str(exc.value))
        reasons.append(exc.value.field("reason"))
    assert messages[0] == messages[1]
    # The window words the refusal from its case: every refusal names one (the same both times).
    assert reasons[0] == reasons[1] and reasons[0] in BundleRejected.reasons, reasons
    plain_sentence(messages[0])
    if expected is not None:
        assert expected.lower() in messages[0].lower(), messages[0]
    assert party.dump() == before, "a refused bundle changed the vault"
    return messages[0]


def test_the_case_list_is_complete(hostile: Hostile) -> None:
    assert len(CASES) == len(set(CASES))
    assert sorted(CASES) == sorted(hostile.files)


def test_controls_pass(hostile: Hostile) -> None:
    """The crafting machinery makes bundles the vault accepts when there is no defect."""
    priya = hostile.world.priya
    before = priya.dump()
    for name, path in hostile.controls.items():
        review = priya.v.exchange.review_import(path)
        assert (review.new or review.unchanged) and not review.already_imported, name
    assert priya.v.exchange.review_import(hostile.base).unchanged
    assert priya.dump() == before


@pytest.mark.parametrize("case", CASES)
def test_hostile_bundle_is_refused_and_changes_nothing(hostile: Hostile, case: str) -> None:
    _refused(hostile.world.priya, hostile.files[case], hostile.expect[case])


def test_the_newest_bundle_again_is_already_imported_and_changes_nothing(hostile: Hostile) -> None:
    """A replay of the newest bundle: not an error (exit 0), and nothing changes."""
    priya = hostile.world.priya
    before = priya.dump()
    review = priya.v.exchange.import_bundle(hostile.newest)
    assert review.already_imported
    assert review.new == review.updated == review.revoked == review.receipts == []
    assert priya.dump() == before
    result = priya.cli("import", str(hostile.newest), fast=True)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert "already imported" in result.stdout
    as_json = priya.cli("--json", "import", str(hostile.newest), fast=True)
    assert as_json.returncode == 0 and json.loads(as_json.stdout)["already_imported"] is True
    assert priya.dump() == before


def test_an_older_manifest_version_does_not_ask_to_update_this_vault(hostile: Hostile) -> None:
    """format_version 2 inside a format-3 envelope (signed by Sam): refused, but not with "this bundle
    was made by a newer version ... Update MentorVault", which would send the user after an update that
    does not exist."""
    message = _refused(hostile.world.priya, hostile.files["older-manifest-version"])
    assert "newer" not in message and "Update MentorVault" not in message, message


def test_hostile_bundles_via_cli(hostile: Hostile) -> None:
    priya = hostile.world.priya
    before = priya.dump()
    argvs = [["import", str(hostile.files[c])] for c in CASES]
    argvs += [["import", "--dry-run", str(hostile.files[c])] for c in CASES[:8]]
    results = priya.cli_many(argvs, subprocess_every=12)
    problems = []
    for argv, result in zip(argvs, results, strict=False):
        try:
            message = one_line_error(result)
            key = next(c for c in CASES if hostile.files[c] == Path(argv[-1]))
            assert hostile.expect[key].lower() in message.lower(), (key, message)
            assert result.stdout == ""
        except AssertionError as exc:
            problems.append(f"{argv}: {exc}")
    assert not problems, "\n".join(problems)
    assert priya.dump() == before


def test_reordered_bundles_only_the_newest_counts(pair: World, tmp_path: Path) -> None:
    """Two bundles delivered out of order: the newer is imported, the older is then a replay."""
    sam, priya = pair.sam, pair.priya
    entry = sam.v.entries.add("goal", "Reordered")
    sam.v.consents.grant(entry.id, "Priya")
    a, b = tmp_path / "a.mvb", tmp_path / "b.mvb"
    sam.export(priya, a)
    sam.export(priya, b)
    assert part_of(b, priya.identity)["seq"] == part_of(a, priya.identity)["seq"] + 1
    assert priya.v.exchange.import_bundle(b).new == [entry.id]
    _refused(priya, a, "replay")
    assert "replay" in one_line_error(priya.cli("import", str(a), fast=True))


def test_truncated_bundles(hostile: Hostile, tmp_path: Path) -> None:
    data = hostile.base.read_bytes()
    header_end = data.index(b"\n---") + 1
    mac_end = data.index(b"\n", header_end) + 1
    lengths = {0, 1, 5, len(AGE_MAGIC) - 1, len(AGE_MAGIC), len(AGE_MAGIC) + 1, header_end - 1, header_end,
               header_end + 3, mac_end - 1, mac_end, mac_end + 1, mac_end + 16, mac_end + 17, len(data) - 17,
               len(data) - 16, len(data) - 2, len(data) - 1}
    rng = random.Random(20260314)
    lengths |= {rng.randrange(len(data)) for _ in range(30)}
    paths = []
    for n in sorted(lengths):
        path = tmp_path / f"truncated-{n}.mvb"
        path.write_bytes(data[:n])
        paths.append(path)
        _refused(hostile.world.priya, path)
    sample = paths[:: max(1, len(paths) // 4)]
    for r in hostile.world.priya.cli_many([["import", str(p)] for p in sample], subprocess_every=4):
        one_line_error(r)


def test_bit_flipped_bundles(hostile: Hostile, tmp_path: Path) -> None:
    data = hostile.base.read_bytes()
    rng = random.Random(7)
    positions = sorted({0, len(AGE_MAGIC), data.index(b"\n---") + 5, len(data) - 1}
                       | {i * len(data) // 48 for i in range(48)}
                       | {rng.randrange(len(data)) for _ in range(24)})
    paths = []
    for pos in positions:
        flipped = bytearray(data)
        flipped[pos] ^= 1 << rng.randrange(8)
        path = tmp_path / f"flip-{pos}.mvb"
        path.write_bytes(bytes(flipped))
        paths.append(path)
        _refused(hostile.world.priya, path)
    sample = paths[:: max(1, len(paths) // 4)]
    for r in hostile.world.priya.cli_many([["import", str(p)] for p in sample], subprocess_every=4):
        one_line_error(r)


def test_bit_flipped_private_parts_signed_again_by_the_sender(hostile: Hostile, tmp_path: Path) -> None:
    """Damage inside Priya's sealed part, the manifest signed again by Sam: the part's own age
    encryption refuses every flip, before anything is read from it."""
    world = hostile.world
    sam, priya = world.sam, world.priya
    manifest_bytes, _sig = open_plaintext(hostile.base.read_bytes(), priya.identity)
    manifest = json.loads(manifest_bytes)
    blob = base64.b64decode(manifest["parts"][priya.fp])
    rng = random.Random(13)
    positions = sorted({len(AGE_MAGIC), blob.index(b"\n---") + 5, len(blob) - 1}
                       | {rng.randrange(len(blob)) for _ in range(20)})
    for pos in positions:
        flipped = bytearray(blob)
        flipped[pos] ^= 1 << rng.randrange(8)
        manifest["parts"][priya.fp] = base64.b64encode(bytes(flipped)).decode()
        path = tmp_path / f"part-flip-{pos}.mvb"
        path.write_bytes(seal_raw(dumps_canonical(manifest), sam.identity,
                                  [priya.identity.recipient, sam.identity.recipient]))
        message = _refused(priya, path)
        assert "tampered" in message or "malformed" in message, message


def test_an_oversized_file_is_refused_before_it_is_read(hostile: Hostile,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    big = hostile.files["oversized"]
    assert big.stat().st_size == MAX_BUNDLE_BYTES + 1 and big.stat().st_blocks < 1024  # sparse
    real_open = builtins.open

    def guarded_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(file, (str, os.PathLike)) and Path(file) == big:
            raise AssertionError("the oversized file was opened")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    start = time.perf_counter()
    _refused(hostile.world.priya, big, "160 MiB")
    assert time.perf_counter() - start < 1.0


def test_a_file_of_exactly_the_size_cap_is_read_and_refused(hostile: Hostile, tmp_path: Path) -> None:
    path = tmp_path / "at-cap.mvb"
    with open(path, "wb") as fh:
        fh.truncate(MAX_BUNDLE_BYTES)
    _refused(hostile.world.priya, path, "not a MentorVault bundle")


def test_a_bundle_you_made_yourself_is_refused(hostile: Hostile) -> None:
    _refused(hostile.world.sam, hostile.base, "made yourself")


def test_a_bundle_forwarded_within_a_pod_keeps_its_sender(hostile: Hostile) -> None:
    """Jordan re-encrypts Sam's bundle-for-Jordan to Priya: the signature still verifies as Sam's,
    but Priya is not among the signed recipients, and holds no part of it."""
    manifest_bytes, _sig = open_plaintext(hostile.files["forwarded-by-jordan"].read_bytes(),
                                         hostile.world.priya.identity)
    assert hostile.world.priya.fp.encode() not in manifest_bytes
    assert list(json.loads(manifest_bytes)["parts"]) == [hostile.world.jordan.fp]


def test_a_pod_member_cannot_read_another_members_part(hostile: Hostile) -> None:
    """The premise of the part cases: Priya's part of a pod bundle is sealed to her alone."""
    world = hostile.world
    pod = hostile.folder / "pod2.mvb"
    manifest = json.loads(open_plaintext(pod.read_bytes(), world.jordan.identity)[0])
    assert set(manifest["parts"]) == {world.priya.fp, world.jordan.fp}
    for reader, other in ((world.jordan, world.priya), (world.priya, world.jordan)):
        with pytest.raises(pyrage.DecryptError):
            open_part(manifest["parts"][other.fp], reader.identity)
        with pytest.raises(pyrage.DecryptError):
            open_part(manifest["parts"][other.fp], world.sam.identity)  # nor can the sender, afterwards
        assert part_of(pod, reader.identity)["recipient"] == reader.fp
    # (the age files' sizes differ anyway: age adds random "grease" stanzas to its header)
    sizes = {len(open_part(manifest["parts"][r.fp], r.identity)) for r in (world.priya, world.jordan)}
    assert len(sizes) == 1 and sizes.pop() % 1024 == 0, "the pod's parts are not padded to one length"


def test_a_fifo_is_refused_without_hanging(hostile: Hostile, tmp_path: Path) -> None:
    import threading

    fifo = tmp_path / "bundle.fifo"
    os.mkfifo(fifo)
    priya = hostile.world.priya
    before = priya.dump()
    outcome: list[BaseException | None] = []

    def attempt() -> None:
        try:
            priya.v.exchange.import_bundle(fifo)
            outcome.append(None)
        except BaseException as exc:  # noqa: BLE001 -- reported below
            outcome.append(exc)

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(1.5)
    hung = worker.is_alive()
    if hung:  # unblock it: a writer that closes at once gives the reader end-of-file
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(5)
    assert not worker.is_alive()
    assert priya.dump() == before
    assert not hung, "import_bundle blocked on a FIFO"
    assert isinstance(outcome[0], BundleRejected)
