"""Hostile bundles fed to a real vault (``import_bundle`` and ``mentorvault import``).

For each: BundleRejected with one plain sentence (the CLI: exit 1, one stderr line, no
traceback), and the receiving vault's content unchanged, row for row, in every table.
The crypto layer's own checks are tested in tests/crypto; here the whole path runs,
including the vault layer's schema, sequence and storage rules.
"""

from __future__ import annotations

import builtins
import hashlib
import json
import os
import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import pyrage
import pytest

from exchange_support import (
    AGE_MAGIC,
    HEADER,
    SIGNATURE_CONTEXT,
    World,
    encrypt_plaintext,
    make_world,
    manifest_dict,
    one_line_error,
    open_plaintext,
    plain_sentence,
    seal_raw,
    signed_message,
    v1_envelope,
    wire_entry,
)
from mentorvault.crypto.bundle import MAX_BUNDLE_BYTES
from mentorvault.crypto.identity import Identity
from mentorvault.domain.strictjson import dumps_canonical
from mentorvault.errors import BundleRejected

TS = "2026-03-14T10:00:00Z"
SEQ = 100  # above anything Priya has seen from Sam, so only the defect can refuse it


@dataclass
class Hostile:
    world: World
    folder: Path
    files: dict[str, Path]
    expect: dict[str, str]
    base: Path  # a valid, not yet imported Sam -> Priya bundle
    control: Path  # a crafted bundle without a defect: must pass review
    mallory: Identity


def _build(world: World, folder: Path) -> Hostile:
    sam, priya, jordan = world.sam, world.priya, world.jordan
    assert jordan is not None
    # Jordan knows Priya (verified), Priya has Jordan's card but has not verified it.
    jordan.knows(priya)
    priya.knows(jordan, verify=False)
    mallory = Identity.generate()

    shared = sam.v.entries.add("goal", "Shared goal", "Body", {"why": "Because"}, ["growth"])
    sam.v.grant_consent(shared.id, "Priya")
    sam.v.grant_consent(shared.id, "Jordan")
    j_entry = jordan.v.entries.add("goal", "From Jordan")
    jordan.v.grant_consent(j_entry.id, "Priya")

    files: dict[str, Path] = {}
    expect: dict[str, str] = {}

    def put(name: str, data: bytes, expected: str) -> None:
        files[name] = folder / f"{name}.mvb"
        files[name].write_bytes(data)
        expect[name] = expected

    # real bundles: an older one and a replay
    sam.export(priya, folder / "seq1.mvb")
    sam.export(priya, folder / "seq2.mvb")
    priya.v.import_bundle(folder / "seq2.mvb")
    put("older-sequence", (folder / "seq1.mvb").read_bytes(), "replay")
    put("replayed", (folder / "seq2.mvb").read_bytes(), "replay")
    base = folder / "base.mvb"
    sam.export(priya, base)

    # made for Jordan: Priya cannot decrypt it; re-encrypted to Priya, it is not addressed to her
    sam.export(jordan, folder / "for-jordan.mvb")
    put("wrong-recipient", (folder / "for-jordan.mvb").read_bytes(), "could not be decrypted")
    plaintext = pyrage.decrypt((folder / "for-jordan.mvb").read_bytes(), [jordan.identity.age_identity()])
    to_priya_only = [pyrage.x25519.Recipient.from_str(priya.identity.recipient)]
    put("forwarded-by-jordan", pyrage.encrypt(plaintext, to_priya_only), "not addressed to you")
    jordan.export(priya, folder / "from-unverified.mvb")
    put("unverified-sender", (folder / "from-unverified.mvb").read_bytes(), "not verified")

    to_priya = [priya.identity.recipient, sam.identity.recipient]

    def signed(manifest: dict[str, Any] | bytes, signer: Identity = sam.identity,
               to: list[str] = to_priya, **framing: Any) -> bytes:
        raw = manifest if isinstance(manifest, bytes) else dumps_canonical(manifest)
        return seal_raw(raw, signer, to, **framing)

    def m(**extra: Any) -> dict[str, Any]:
        entries = extra.pop("entries", [wire_entry()])
        recipients = extra.pop("recipients", [priya.fp])
        return manifest_dict(sam.identity, "Sam", recipients, SEQ, entries, **extra)

    # The control: valid and canonical.  The framing and spelling cases below carry this very
    # manifest, so each is refused for its one defect.
    plain = m(entries=[wire_entry(title="Café — ünïcode")])
    canonical_plain = dumps_canonical(plain)
    control = folder / "control.mvb"
    control.write_bytes(signed(canonical_plain))

    put("forged-signer", signed(m(), signer=mallory), "signature")
    from_mallory = manifest_dict(mallory, "Sam", [priya.fp], SEQ, [wire_entry()])
    put("unknown-sender", signed(from_mallory, signer=mallory, to=[priya.identity.recipient]),
        "not one of your partners")
    lying = m()
    lying["sender"]["recipient"] = mallory.recipient  # Sam's fingerprint, someone else's key
    put("sender-keys-do-not-match-fingerprint", signed(lying), "tampered")
    put("not-addressed-to-priya", signed(m(recipients=[jordan.fp])), "not addressed to you")

    nested: Any = "deep"
    for _ in range(40):
        nested = [nested]
    put("nested-40", signed(m(entries=[wire_entry() | {"fields": {"why": nested}}])), "tampered")
    put("nested-100k", signed(b'{"a":' + b"[" * 100_000 + b"]" * 100_000 + b"}"), "tampered")
    canonical = dumps_canonical(m())
    assert canonical.startswith(b'{"acceptances":[],')
    put("duplicate-key", signed(b'{"acceptances":[],' + canonical[1:]), "tampered")
    assert b'"format_version":1,' in canonical
    put("nan", signed(canonical.replace(b'"format_version":1,', b'"format_version":NaN,')), "tampered")
    put("infinity", signed(canonical.replace(b'"format_version":1,', b'"format_version":1e999,')), "tampered")
    put("manifest-not-an-object", signed(b'["format_version", 1]'), "tampered")
    put("manifest-not-json", signed(b"format_version=1"), "tampered")

    put("unknown-kind", signed(m(entries=[wire_entry(kind="diary", fields={}, content_hash="0" * 64)])),
        "cannot accept")
    unknown_field = wire_entry(fields={"why": "x", "salary": "y"}, content_hash="0" * 64)
    put("unknown-field", signed(m(entries=[unknown_field])), "cannot accept")
    put("unknown-entry-key", signed(m(entries=[wire_entry() | {"partner": "Jordan"}])), "malformed")
    put("content-hash-mismatch", signed(m(entries=[wire_entry(content_hash=wire_entry(title="Other").get(
        "content_hash"))])), "content hash")
    twice = wire_entry()
    put("duplicate-entry-ids", signed(m(entries=[twice, wire_entry(title="Second", entry_id=twice["id"])])),
        "same entry twice")
    put("revocation-and-entry-same-id", signed(m(entries=[twice], revocations=[
        {"entry_id": twice["id"], "revoked_at": TS}])), "malformed")
    put("duplicate-revocations", signed(m(revocations=[{"entry_id": shared.id, "revoked_at": TS}] * 2)),
        "malformed")
    put("extra-manifest-key", signed(m(comment="hello")), "malformed")
    put("missing-manifest-key", signed({k: v for k, v in m().items() if k != "receipts"}), "malformed")
    put("newer-manifest-version", signed(m(format_version=2)), "newer version")
    put("float-manifest-version", signed(m(format_version=1.0)), "malformed")  # equal to 1, yet no version
    put("boolean-manifest-version", signed(m(format_version=True)), "malformed")

    # the version-2 framing: header line, 64-byte signature over SHA-256 of the manifest
    put("newer-bundle-version", signed(canonical_plain, header=b"mentorvault-bundle/3\n"), "newer version")
    put("version-1-envelope", encrypt_plaintext(v1_envelope(canonical_plain, sam.identity), to_priya),
        "older version")
    put("garbled-header", signed(canonical_plain, header=b"mentorvault-bundle/2 \n"), "tampered")
    put("header-version-02", signed(canonical_plain, header=b"mentorvault-bundle/02\n"), "tampered")
    put("header-without-newline", signed(canonical_plain, header=HEADER[:-1]), "tampered")
    put("header-only", encrypt_plaintext(HEADER, to_priya), "tampered")
    good_signature = sam.identity.sign(signed_message(canonical_plain))
    put("header-and-partial-signature", encrypt_plaintext(HEADER + good_signature[:40], to_priya), "tampered")
    put("header-and-signature-only", encrypt_plaintext(HEADER + good_signature, to_priya), "tampered")
    put("signature-without-prehash", signed(canonical_plain, message=SIGNATURE_CONTEXT + canonical_plain),
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
    put("bad-timestamp", signed(m(created_at="yesterday")), "malformed")
    bad_seq = m()
    bad_seq["sequences"] = {priya.fp: True}
    put("boolean-sequence", signed(bad_seq), "malformed")
    missing_seq = m(recipients=[priya.fp, jordan.fp])
    missing_seq["sequences"] = {jordan.fp: SEQ}
    put("sequence-missing-for-recipient", signed(missing_seq), "malformed")
    pod = m(recipients=[priya.fp, jordan.fp], revocations=[{"entry_id": shared.id, "revoked_at": TS}])
    put("pod-with-revocations", signed(pod, to=to_priya + [jordan.identity.recipient]), "malformed")
    pod = m(recipients=[priya.fp, jordan.fp], acceptances=[
        {"entry_id": shared.id, "content_hash": "0" * 64, "accepted_at": TS}])
    put("pod-with-acceptances", signed(pod, to=to_priya + [jordan.identity.recipient]), "malformed")
    minimal = wire_entry(kind="resource", title="r", body="", fields={"link": "x"}, tags=())
    put("too-many-entries", signed(m(entries=[minimal | {"id": f"00000000-0000-4000-8000-{i:012d}"}
                                              for i in range(5_001)])), "more entries")

    put("empty-file", b"", "not a MentorVault bundle")
    put("not-age", b"hello, this is a text file\n" * 10, "not a MentorVault bundle")
    armored = seal_raw(dumps_canonical(m()), sam.identity, to_priya)  # valid, then armored
    plaintext = pyrage.decrypt(armored, [priya.identity.age_identity()])
    age_to_priya = [pyrage.x25519.Recipient.from_str(r) for r in to_priya]
    put("armored", pyrage.encrypt(plaintext, age_to_priya, armored=True), "not a MentorVault bundle")
    # decrypts, but what comes out has no bundle header (nor is it a version-1 envelope)
    put("age-garbage-payload", pyrage.encrypt(b"\x00" + os.urandom(299), [pyrage.x25519.Recipient.from_str(
        priya.identity.recipient)]), "not a MentorVault bundle")
    put("age-magic-only", AGE_MAGIC, "could not be decrypted")

    big = folder / "oversized.mvb"
    with open(big, "wb") as fh:
        fh.truncate(MAX_BUNDLE_BYTES + 1)
    files["oversized"], expect["oversized"] = big, "64 MiB"
    files["missing-file"], expect["missing-file"] = folder / "does-not-exist.mvb", "no file"
    (folder / "a-folder.mvb").mkdir()
    files["directory"], expect["directory"] = folder / "a-folder.mvb", "folder"
    return Hostile(world, folder, files, expect, base, control, mallory)


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
    "older-sequence", "replayed", "wrong-recipient", "forwarded-by-jordan", "unverified-sender",
    "forged-signer", "unknown-sender", "sender-keys-do-not-match-fingerprint", "not-addressed-to-priya",
    "nested-40", "nested-100k",
    "duplicate-key", "nan", "infinity", "manifest-not-an-object", "manifest-not-json", "unknown-kind",
    "unknown-field", "unknown-entry-key", "content-hash-mismatch", "duplicate-entry-ids",
    "revocation-and-entry-same-id", "duplicate-revocations", "extra-manifest-key", "missing-manifest-key",
    "newer-manifest-version", "float-manifest-version", "boolean-manifest-version", "bad-timestamp", "boolean-sequence",
    "newer-bundle-version", "version-1-envelope", "garbled-header", "header-version-02", "header-without-newline",
    "header-only", "header-and-partial-signature", "header-and-signature-only", "signature-without-prehash",
    "signature-with-v1-context", "signature-of-the-digest-alone", "manifest-with-whitespace",
    "manifest-unsorted-keys", "manifest-escaped-non-ascii", "manifest-trailing-newline",
    "sequence-missing-for-recipient", "pod-with-revocations", "pod-with-acceptances", "too-many-entries",
    "empty-file", "not-age", "armored", "age-garbage-payload", "age-magic-only", "oversized", "missing-file",
    "directory",
]


def _refused(party, path: Path, expected: str | None = None) -> str:
    before = party.dump()
    messages = []
    for attempt in (party.v.review_import, party.v.import_bundle):
        with pytest.raises(BundleRejected) as exc:
            attempt(path)
        messages.append(str(exc.value))
    assert messages[0] == messages[1]
    plain_sentence(messages[0])
    if expected is not None:
        assert expected.lower() in messages[0].lower(), messages[0]
    assert party.dump() == before, "a refused bundle changed the vault"
    return messages[0]


def test_the_case_list_is_complete(hostile: Hostile) -> None:
    assert sorted(CASES) == sorted(hostile.files)


def test_controls_pass(hostile: Hostile) -> None:
    """The crafting machinery makes bundles the vault accepts when there is no defect."""
    priya = hostile.world.priya
    before = priya.dump()
    assert priya.v.review_import(hostile.control).new
    assert priya.v.review_import(hostile.base).unchanged
    assert priya.dump() == before


@pytest.mark.parametrize("case", CASES)
def test_hostile_bundle_is_refused_and_changes_nothing(hostile: Hostile, case: str) -> None:
    _refused(hostile.world.priya, hostile.files[case], hostile.expect[case])


def test_hostile_bundles_via_cli(hostile: Hostile) -> None:
    priya = hostile.world.priya
    before = priya.dump()
    argvs = [["import", str(hostile.files[c])] for c in CASES]
    argvs += [["import", "--dry-run", str(hostile.files[c])] for c in CASES[:8]]
    results = priya.cli_many(argvs, subprocess_every=6)
    problems = []
    for argv, result in zip(argvs, results):
        try:
            message = one_line_error(result)
            key = next(c for c in CASES if hostile.files[c] == Path(argv[-1]))
            assert hostile.expect[key].lower() in message.lower(), (key, message)
            assert result.stdout == ""
        except AssertionError as exc:
            problems.append(f"{argv}: {exc}")
    assert not problems, "\n".join(problems)
    assert priya.dump() == before


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
    _refused(hostile.world.priya, big, "64 MiB")
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
    but Priya is not among the signed recipients."""
    manifest_bytes, _sig = open_plaintext(hostile.files["forwarded-by-jordan"].read_bytes(),
                                         hostile.world.priya.identity)
    assert hostile.world.priya.fp.encode() not in manifest_bytes



def test_a_fifo_is_refused_without_hanging(hostile: Hostile, tmp_path: Path) -> None:
    import threading

    fifo = tmp_path / "bundle.fifo"
    os.mkfifo(fifo)
    priya = hostile.world.priya
    before = priya.dump()
    outcome: list[BaseException | None] = []

    def attempt() -> None:
        try:
            priya.v.import_bundle(fifo)
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
