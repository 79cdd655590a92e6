"""Fuzzing bundle import with hypothesis, seeded by the committed corpus (tests/exchange/corpus).

Four layers of mutants, each fed to a real vault's ``vault.exchange.import_bundle``:

* bytes: the sealed corpus bundles with bits flipped, bytes overwritten, inserted, deleted,
  truncated, spliced and duplicated (reaches the size, age header and decryption checks);
* manifest bytes: the signed manifest's bytes mutated, then genuinely re-signed with Sam's corpus key
  and re-encrypted to Priya (reaches the canonical JSON parser);
* manifest structure: values, keys, lists and types of the manifest replaced with hostile JSON,
  often with recomputed content hashes and Priya's private part bound again to the result (its
  bundle id, recipient and consent times) with a fresh sequence number, sealed to her again, then
  written canonically and re-signed (reaches the schema, entry validation, sequence and storage
  checks); some carry a damaged format-3 framing instead (header line, signature, what is signed);
* private part: Priya's part of a corpus bundle (format 3: sealed to her alone inside the signed
  manifest) mutated the same way, or as bytes (tokens, deletions, trailing bytes that are not
  padding), sealed to her again and the manifest re-signed (reaches the part's decryption,
  canonical JSON, binding, schema, replay and storage checks).

The oracle (fuzz_support.check_import): BundleRejected with one plain sentence and the vault
unchanged row for row, or an accepted import whose inbox matches; nothing else escapes; each input
under 5 s.  MENTORVAULT_FUZZ_EXAMPLES sets the examples of the structure layer (default 200), the
two byte layers run three times as many (together about 20 s); CI runs the default, a long run
uses e.g. MENTORVAULT_FUZZ_EXAMPLES=20000.  A coverage-guided harness for
atheris is in atheris_import.py (not run by default).
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from fuzz_support import (
    BUNDLES,
    FRAMINGS,
    JORDAN,
    MANIFEST_BYTES,
    MANIFESTS,
    PART_BYTES,
    PARTS,
    PRIYA,
    PRIYA_FP,
    SAM,
    Outcome,
    Receiver,
    check_import,
    fix_hashes,
    fix_part,
    fresh_sequence,
    manifest_text,
    reseal,
    sign,
    with_part,
)

# isort: split
from exchange_support import encrypt_plaintext, plaintext_of
from reliability_support import figure

EXAMPLES = int(os.environ.get("MENTORVAULT_FUZZ_EXAMPLES", "200"))
_HEALTH = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture,
           HealthCheck.filter_too_much]
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, database=None, print_blob=True,
                    suppress_health_check=_HEALTH)
# The two byte layers cost about 2 ms an input: three times as many for the same minutes.
CHEAP = settings(SETTINGS, max_examples=3 * EXAMPLES)
# A long run (MENTORVAULT_FUZZ_EXAMPLES=20000) needs more than the suite's 300 s per test.
pytestmark = pytest.mark.timeout(max(300, EXAMPLES // 4))


class Tally:
    def __init__(self) -> None:
        self.outcomes: Counter[str] = Counter()
        self.accepted = 0
        self.examples = 0
        self.slowest = 0.0
        self.started = time.perf_counter()

    def add(self, outcome: Outcome) -> None:
        self.examples += 1
        self.accepted += outcome.accepted
        if not outcome.accepted:
            self.outcomes[outcome.message[:70]] += 1
        self.slowest = max(self.slowest, outcome.seconds)

    def report(self, layer: str) -> None:
        elapsed = time.perf_counter() - self.started
        figure(f"fuzz bundle import: {layer}", f"{self.examples} inputs, {self.accepted} accepted (valid mutants), "
               f"{self.examples - self.accepted} refused with BundleRejected and the vault unchanged, "
               f"{len(self.outcomes)} distinct refusals (each one short line without control characters), "
               f"0 other exceptions, slowest input {self.slowest * 1000:.0f} ms, {elapsed:.1f} s",
               layer=layer, examples=self.examples, accepted=self.accepted, distinct_refusals=len(self.outcomes),
               slowest_ms=round(self.slowest * 1000), seconds=round(elapsed, 1))


@pytest.fixture(scope="module")
def receiver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Receiver]:
    r = Receiver(tmp_path_factory.mktemp("fuzz"))
    yield r
    r.close()


def test_the_unmutated_corpus_is_accepted(receiver: Receiver) -> None:
    """Control: the oracle accepts what is valid (and resets the vault after it)."""
    assert check_import(receiver, BUNDLES[0]).accepted
    assert receiver.recv_seq == 0  # a fresh copy again


# ---------------------------------------------------------------- layer 1: bytes


@st.composite
def byte_mutants(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(BUNDLES)))
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["flip", "set", "insert", "delete", "truncate", "append", "splice", "dup"]))
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[pos] ^= 1 << draw(st.integers(0, 7))
        elif op == "set" and data:
            data[pos] = draw(st.integers(0, 255))
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=64))
        elif op == "delete":
            del data[pos: pos + draw(st.integers(1, 256))]
        elif op == "truncate":
            del data[pos:]
        elif op == "append":
            data += draw(st.binary(min_size=1, max_size=64))
        elif op == "splice":
            other = draw(st.sampled_from(BUNDLES))
            cut = draw(st.integers(0, len(other)))
            data = data[:pos] + bytearray(other[cut:])
        elif op == "dup":
            length = draw(st.integers(1, 512))
            data[pos:pos] = data[pos: pos + length]
    return bytes(data)


def test_fuzz_bundle_bytes(receiver: Receiver) -> None:
    tally = Tally()

    @CHEAP
    @given(data=byte_mutants())
    def run(data: bytes) -> None:
        tally.add(check_import(receiver, data))

    run()
    tally.report("bundle bytes")


# ---------------------------------------------------------------- layer 2: manifest bytes, re-signed


@st.composite
def manifest_byte_mutants(draw: st.DrawFn) -> bytes:
    raw = bytearray(draw(st.sampled_from(MANIFEST_BYTES)))
    tokens = [b"{", b"}", b"[", b"]", b",", b":", b'"', b"\\", b"\\u0000", b"\\ud800", b"NaN", b"-0", b"1e999",
              b"null", b"true", b"[" * 40, b"]" * 40, b'"format_version":', b"\xff", b"\xc0\x80", b"\xed\xa0\x80"]
    for _ in range(draw(st.integers(1, 5))):
        pos = draw(st.integers(0, len(raw)))
        op = draw(st.sampled_from(["token", "delete", "byte", "dup"]))
        if op == "token":
            raw[pos:pos] = draw(st.sampled_from(tokens))
        elif op == "delete":
            del raw[pos: pos + draw(st.integers(1, 32))]
        elif op == "byte" and pos < len(raw):
            raw[pos] = draw(st.integers(0, 255))
        elif op == "dup":
            raw[pos:pos] = raw[pos: pos + draw(st.integers(1, 200))]
    return bytes(raw)


def test_fuzz_signed_manifest_bytes(receiver: Receiver) -> None:
    tally = Tally()

    @CHEAP
    @given(raw=manifest_byte_mutants())
    def run(raw: bytes) -> None:
        tally.add(check_import(receiver, reseal(None, raw=raw)))

    run()
    tally.report("signed manifest bytes")


# ---------------------------------------------------------------- layer 3: manifest structure, re-signed

# Hypothesis keeps what its strategies return, so they return small recipes; big strings stand in as
# placeholders and the bundle is built in the test function.
BIG = "\x00BIG:"
HOSTILE_TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["", " ", "\x00", "\x1b[2J", "\u202eabc", "\ud800", "a" * 301, "x" * 2001, "2026-02-30T00:00:00Z",
                     "9999-12-31T23:59:59Z", "0000-01-01T00:00:00Z", "00000000-0000-4000-8000-000000000000",
                     "0" * 64, PRIYA_FP, "goal", "session-note", "boundary-agreement", "<script>x</script>"]),
    st.sampled_from([f"{BIG}{n}" for n in (10_000, 1_000_001, 10_000_001)]),  # expanded after drawing
)
SCALARS = st.one_of(st.none(), st.booleans(), HOSTILE_TEXT,
                    st.integers(min_value=-(2 ** 70), max_value=2 ** 70),
                    st.sampled_from([0, 1, -1, 2 ** 53, 2 ** 53 - 1, 2 ** 63, 10 ** 30]),
                    st.floats(allow_nan=True, allow_infinity=True))


def _containers(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.lists(children, max_size=4), st.dictionaries(HOSTILE_TEXT, children, max_size=4))


JSON_VALUES = st.recursive(SCALARS, _containers, max_leaves=12)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value[:6]):
            out += _paths(v, prefix + (i,))
    return out


def _size(value: Any, budget: int) -> int:
    """A cheap upper estimate of the JSON size of ``value``, stopping once it passes ``budget``."""
    if isinstance(value, str):
        return (int(value[len(BIG):]) if value.startswith(BIG) else len(value) * 2) + 2
    if isinstance(value, dict):
        total = 2
        for k, v in value.items():
            total += _size(k, budget) + _size(v, budget - total)
            if total > budget:
                return total
        return total
    if isinstance(value, list):
        total = 2
        for v in value:
            total += _size(v, budget - total) + 1
            if total > budget:
                return total
        return total
    return 24


def _expand(value: Any) -> Any:
    if isinstance(value, str):
        return "y" * int(value[len(BIG):]) if value.startswith(BIG) and value[len(BIG):].isdigit() else value
    if isinstance(value, dict):
        return {_expand(k): _expand(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_expand(v) for v in value]
    return value


def _parent(doc: Any, path: tuple[Any, ...]) -> Any:
    for step in path[:-1]:
        doc = doc[step]
    return doc


def _mutate(draw: st.DrawFn, doc: Any, rounds: int) -> Any:
    """``rounds`` hostile changes to a JSON document (in place where it can; returns the result)."""
    for _ in range(rounds):
        paths = [p for p in _paths(doc) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent, key = _parent(doc, path), path[-1]
        op = draw(st.sampled_from(["replace", "replace", "delete", "add", "dup", "empty", "many", "retype"]))
        if op == "replace":
            parent[key] = draw(JSON_VALUES)
        elif op == "delete":
            del parent[key]
        elif op == "add":
            target = parent[key] if isinstance(parent[key], (dict, list)) else parent
            if isinstance(target, dict):
                target[draw(HOSTILE_TEXT)] = draw(JSON_VALUES)
            else:
                target.append(draw(JSON_VALUES))
        elif op == "dup" and isinstance(parent[key], list) and parent[key]:
            parent[key].append(json.loads(json.dumps(parent[key][0])))
        elif op == "empty":
            parent[key] = type(parent[key])() if isinstance(parent[key], (dict, list, str)) else None
        elif op == "many" and isinstance(parent[key], list) and parent[key]:
            parent[key] = parent[key] * draw(st.sampled_from([2, 50, 5001]))
        elif op == "retype":
            value = parent[key]
            parent[key] = [value] if not isinstance(value, list) else (value[0] if value else {})
    return doc


@st.composite
def structural_mutants(draw: st.DrawFn) -> tuple[Any, ...]:
    which = draw(st.integers(0, len(MANIFESTS) - 1))
    manifest = _mutate(draw, json.loads(json.dumps(MANIFESTS[which])), draw(st.integers(1, 4)))
    # Sealed bundles are capped at 160 MiB (refused unread above it, see tests/exchange); a mutant that would
    # serialise to more (5,001 copies of a 10 MB string) only costs memory here.
    assume(_size(manifest, 40 * 1024 * 1024) <= 40 * 1024 * 1024)
    fresh = draw(st.sampled_from([None, 1, 7, 2 ** 53 - 1]))
    fix = draw(st.booleans())
    how = draw(st.sampled_from(["sam", "sam", "sam", "jordan", "framing"]))
    framing = draw(st.sampled_from(sorted(FRAMINGS)))
    return which, manifest, fresh, fix, how, framing


def build(recipe: tuple[Any, ...]) -> bytes:
    """The bundle a structural recipe describes: big strings expanded, Priya's part bound to it
    again (when ``fix``) and sealed to her again (when her slot was not itself mutated), then signed
    and encrypted."""
    which, manifest, fresh, fix, how, framing = recipe
    manifest = _expand(manifest)
    if isinstance(manifest, dict):
        part = json.loads(json.dumps(PARTS[which]))
        if fix:
            fix_hashes(manifest)
            fix_part(part, manifest)
        if fresh is not None:
            fresh_sequence(part, fresh)
        if fix or fresh is not None:
            with_part(manifest, part, original=MANIFESTS[which]["parts"][PRIYA_FP])
    if how == "jordan" and isinstance(manifest, dict) and isinstance(manifest.get("sender"), dict):
        manifest["sender"] = {"name": "Jordan", "fingerprint": JORDAN.fingerprint.hex(),
                              "recipient": JORDAN.recipient,
                              "signing_key": base64.b64encode(JORDAN.signing_public).decode()}
        return reseal(manifest, signer=JORDAN)
    if how == "framing":
        return reseal(manifest, framing=framing)
    return reseal(manifest)


def test_fuzz_manifest_structure(receiver: Receiver) -> None:
    tally = Tally()

    @SETTINGS
    @given(recipe=structural_mutants())
    def run(recipe: tuple[Any, ...]) -> None:
        tally.add(check_import(receiver, build(recipe)))

    run()
    tally.report("manifest structure")
    assert len(tally.outcomes) >= 5, "the mutants do not reach past the first checks"


# ---------------------------------------------------------------- layer 4: Priya's private part, re-sealed

PART_TOKENS = [b"{", b"}", b"[", b"]", b",", b":", b'"', b"\\", b"\\u0000", b"\\ud800", b"NaN", b"-0", b"1e999",
               b"null", b"true", b"[" * 12, b"]" * 12, b'"seq":', b'"revocations":', b"\xff", b"\xc0\x80", b" ",
               b"\n", b"\x00", b"0" * 32, b"\\n"]


@st.composite
def part_mutants(draw: st.DrawFn) -> tuple[Any, ...]:
    which = draw(st.integers(0, len(PARTS) - 1))
    how = draw(st.sampled_from(["structure", "structure", "structure", "bytes", "tail"]))
    if how == "structure":
        part: Any = _mutate(draw, json.loads(json.dumps(PARTS[which])), draw(st.integers(1, 3)))
        assume(_size(part, 20 * 1024 * 1024) <= 20 * 1024 * 1024)
    elif how == "bytes":
        raw = bytearray(PART_BYTES[which])
        for _ in range(draw(st.integers(1, 4))):
            pos = draw(st.integers(0, len(raw)))
            op = draw(st.sampled_from(["token", "delete", "byte"]))
            if op == "token":
                raw[pos:pos] = draw(st.sampled_from(PART_TOKENS))
            elif op == "delete":
                del raw[pos: pos + draw(st.integers(1, 16))]
            elif op == "byte" and pos < len(raw):
                raw[pos] = draw(st.integers(0, 255))
        part = bytes(raw)
    else:  # valid JSON followed by something that is not padding
        part = PART_BYTES[which] + draw(st.binary(min_size=1, max_size=8)) + b" " * draw(st.integers(0, 40))
    fresh = draw(st.sampled_from([None, 1, 7, 2 ** 53 - 1]))
    fix = draw(st.booleans())
    return which, how, part, fresh, fix


def build_part(recipe: tuple[Any, ...]) -> bytes:
    """The bundle a part recipe describes: the corpus manifest with Priya's part replaced, re-signed."""
    which, how, part, fresh, fix = recipe
    manifest = json.loads(json.dumps(MANIFESTS[which]))
    if how == "structure":
        part = _expand(part)
        if fix:
            fix_part(part, manifest)
        if fresh is not None:
            fresh_sequence(part, fresh)
    return reseal(with_part(manifest, part))


def test_fuzz_private_part(receiver: Receiver) -> None:
    tally = Tally()

    @SETTINGS
    @given(recipe=part_mutants())
    def run(recipe: tuple[Any, ...]) -> None:
        tally.add(check_import(receiver, build_part(recipe)))

    run()
    tally.report("private part")
    # Every defect of a part that decrypts gets the one "malformed" sentence, so distinct refusals say
    # little here; mutants that are accepted show the layer reaches the storage code.
    assert tally.accepted >= 1 and tally.examples - tally.accepted >= EXAMPLES // 2, (tally.accepted, tally.examples)


def test_a_signature_of_other_manifest_bytes_is_refused(receiver: Receiver, tmp_path: Path) -> None:
    """A genuine signature of one manifest, carried with another: the exact-bytes rule holds."""
    good = MANIFEST_BYTES[0]
    other = with_part(json.loads(good), PARTS[0] | {"seq": 99})
    other_bytes = manifest_text(other)
    assert other_bytes != good
    to = [PRIYA.recipient, SAM.recipient]
    control = check_import(receiver, encrypt_plaintext(plaintext_of(other_bytes, sign(other_bytes)), to))
    assert control.accepted, control.message
    outcome = check_import(receiver, encrypt_plaintext(plaintext_of(other_bytes, sign(good)), to))
    assert not outcome.accepted and "signature" in outcome.message
    shutil.rmtree(tmp_path, ignore_errors=True)


@pytest.mark.parametrize("framing", sorted(FRAMINGS))
def test_each_damaged_framing_of_a_valid_manifest_is_refused(receiver: Receiver, framing: str) -> None:
    """Control for the structure layer's framing mutants: each is refused even around a manifest that is valid."""
    manifest = with_part(json.loads(MANIFEST_BYTES[0]), PARTS[0] | {"seq": 98})
    assert check_import(receiver, reseal(manifest)).accepted
    outcome = check_import(receiver, reseal(manifest, framing=framing))
    assert not outcome.accepted, framing
    expected = {"header version 4": "newer version", "version-1 envelope": "older version",
                "header version 2": "older version", "signature without prehash": "signature",
                "signature with v1 context": "signature", "signature with v2 context": "signature"}
    assert expected.get(framing, "tampered") in outcome.message, (framing, outcome.message)


def test_the_part_layers_controls_are_accepted(receiver: Receiver) -> None:
    """Control for the part layer: each corpus part, sealed again (bound, fresh sequence), is accepted."""
    for which in range(len(PARTS)):
        for fresh in (None, 7):
            part = json.loads(json.dumps(PARTS[which]))
            manifest = json.loads(json.dumps(MANIFESTS[which]))
            fix_part(part, manifest)
            if fresh is not None:
                fresh_sequence(part, fresh)
            outcome = check_import(receiver, reseal(with_part(manifest, part)))
            assert outcome.accepted, (which, outcome.message)
