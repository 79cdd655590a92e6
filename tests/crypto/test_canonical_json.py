"""The fast paths of bundle encoding and parsing give exactly what the plain definitions give.

Sealing writes canonical JSON with a per-string escaper and builds the envelope directly;
parsing skips the surrogate walk when no surrogate escape is present and checks canonical
base64 on the last group only; sealing checks nesting on the objects instead of parsing
its own output again.  Each is compared here with the definition it replaces.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import json
import random
from typing import Any

import pytest

from mentorvault.crypto import bundle as bundle_mod
from mentorvault.crypto.bundle import MAX_MANIFEST_DEPTH, open_bundle, seal_bundle, sender_block
from mentorvault.crypto.identity import Identity
from mentorvault.domain.entry import EntryContent
from mentorvault.domain.strictjson import (
    StrictJSONError,
    _nesting_depth,
    canonical_text,
    depth_exceeds,
    dumps_canonical,
    loads_strict,
)
from mentorvault.errors import BundleRejected

LIMIT = 1 << 20


def reference(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def reference_dumps(obj: Any) -> bytes:
    """dumps_canonical as it was defined before the fast encoder."""
    try:
        return reference(obj).encode("utf-8")
    except UnicodeEncodeError:
        raise StrictJSONError("a string is not valid Unicode") from None
    except ValueError:
        raise StrictJSONError("the data holds NaN, Infinity or a circular reference") from None


def outcome(fn: Any, obj: Any) -> tuple[str, Any]:
    try:
        return "ok", fn(obj)
    except Exception as exc:  # noqa: BLE001 -- the point is to compare whatever is raised
        return type(exc).__name__, str(exc)


# --- canonical JSON ----------------------------------------------------------------------------


def test_every_character_is_escaped_as_json_dumps_does() -> None:
    for cp in itertools.chain(range(0x3000), range(0xD700, 0xE100), range(0xFDD0, 0x10000, 7),
                              (0x10000, 0x1F600, 0x10FFFF)):
        c = chr(cp)
        for obj in (c, [c], {c: c}, {"k": f"a{c}b\x7f\n"}):
            assert canonical_text(obj) == reference(obj), hex(cp)


ALPHABET = [chr(i) for i in range(0x80)] + ["é", "—", "\u2028", "\U0001f600", "\ud800", "\udfff", "ǅ", "\ufeff"]


def random_value(rng: random.Random, depth: int = 0) -> Any:
    r = rng.random()
    if depth > 4 or r < 0.45:
        return rng.choice([
            lambda: "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(15))),
            lambda: "".join(rng.choice(ALPHABET[32:127]) for _ in range(rng.randrange(40))),
            lambda: rng.randrange(-10**30, 10**30),
            lambda: rng.uniform(-1e300, 1e300),
            lambda: None, lambda: True, lambda: False,
        ])()
    if r < 0.7:
        return [random_value(rng, depth + 1) for _ in range(rng.randrange(5))]
    return {"".join(rng.choice(ALPHABET) for _ in range(rng.randrange(6))): random_value(rng, depth + 1)
            for _ in range(rng.randrange(5))}


def test_canonical_text_equals_json_dumps_on_random_data() -> None:
    rng = random.Random(20260314)
    for _ in range(5000):
        obj = random_value(rng)
        assert canonical_text(obj) == reference(obj)
        assert outcome(dumps_canonical, obj) == outcome(reference_dumps, obj)


def test_canonical_text_raises_what_json_dumps_raises() -> None:
    circular: list[Any] = []
    circular.append(circular)
    for bad in ({"a": float("nan")}, [float("inf")], [-float("inf")], {1: 2, "a": 3}, {"a": object()},
                {"a": b"bytes"}, {(1, 2): 3}, circular, 10 ** 5000):
        assert outcome(canonical_text, bad) == outcome(reference, bad)
    for bad in ({"a": float("nan")}, ["\ud800"], {"\udc00": 1}):
        with pytest.raises(StrictJSONError):
            dumps_canonical(bad)


def test_content_hash_is_unchanged() -> None:
    content = EntryContent("reflection", "Titel — ünïcode", "Body\r\nwith \x7f and \u2028 and \"quotes\"",
                           {"answer": "x\ty", "nested": [{"a": "é"}]}, ["b", "a"])
    expected = json.dumps(content.canonical(), sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                          allow_nan=False).encode("utf-8")
    assert content.canonical_bytes() == expected


# --- strict parsing ------------------------------------------------------------------------------


def test_every_surrogate_escape_is_refused_and_nothing_else() -> None:
    for cp in range(0x10000):
        if cp % 16 and not 0xD700 <= cp <= 0xE0FF:
            continue  # every surrogate and its neighbours, and a sample of the rest
        for h in (f"{cp:04x}", f"{cp:04X}"):
            for text in (f'["\\u{h}"]', f'{{"\\u{h}":1}}', f'["x\\\\","\\u{h}"]'):
                refused = outcome(lambda t: loads_strict(t, max_bytes=LIMIT), text)[0] != "ok"
                assert refused == (0xD800 <= cp <= 0xDFFF), text
    # A valid pair is one character; an escaped backslash before "ud800" is plain text.
    assert loads_strict('["\\ud83d\\ude00", "\\\\ud800"]', max_bytes=LIMIT) == ["\U0001f600", "\\ud800"]


def test_duplicate_keys_still_refused_at_any_depth() -> None:
    for text in ('{"a":1,"a":1}', '[{"b":{"c":1,"d":2,"c":3}}]', '{"x":{},"y":{"k":[],"k":[]}}'):
        with pytest.raises(StrictJSONError, match="duplicate"):
            loads_strict(text, max_bytes=LIMIT)
    assert loads_strict('{"a":{"a":{"a":1}}}', max_bytes=LIMIT) == {"a": {"a": {"a": 1}}}


def test_depth_of_objects_equals_depth_of_their_text() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        obj = random_value(rng)
        if rng.random() < 0.3:
            for _ in range(rng.randrange(40)):
                obj = [obj] if rng.random() < 0.5 else {"k": obj}
        try:
            depth = _nesting_depth(reference(obj))
        except ValueError:
            continue
        for limit in {max(depth - 1, 0), depth, depth + 1, MAX_MANIFEST_DEPTH}:
            assert depth_exceeds(obj, limit) == (depth > limit)
    assert not depth_exceeds("[[[[", 0) and depth_exceeds([], 0) and not depth_exceeds(((),), 2)


# --- base64 and the envelope ---------------------------------------------------------------------


def old_b64(value: str) -> bytes | None:
    try:
        raw = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        return None
    return raw if base64.b64encode(raw).decode("ascii") == value else None


def new_b64(value: Any) -> bytes | None:
    try:
        return bundle_mod._b64(value)
    except BundleRejected:
        return None


def test_canonical_base64_check_matches_reencoding() -> None:
    alphabet = "AQgwBRz+/=9 \n-_é"
    for length in range(6):
        for chars in itertools.product(alphabet, repeat=length) if length < 5 else []:
            value = "".join(chars)
            assert new_b64(value) == old_b64(value), repr(value)
    rng = random.Random(3)
    for _ in range(20000):
        value = base64.b64encode(rng.randbytes(rng.randrange(40))).decode()
        if value and rng.random() < 0.7:
            i = rng.randrange(len(value))
            value = value[:i] + rng.choice(alphabet) + value[i + 1:]
        assert new_b64(value) == old_b64(value), value
    assert new_b64(None) is None and new_b64(b"QQ==") is None


def test_envelope_is_canonical_json_of_the_envelope() -> None:
    rng = random.Random(5)
    for n in (0, 1, 2, 3, 4, 100, 4097):
        manifest_bytes, signature = rng.randbytes(n), rng.randbytes(64)
        expected = dumps_canonical({"format": "mentorvault-bundle", "version": 1,
                                    "manifest": base64.b64encode(manifest_bytes).decode(),
                                    "signature": base64.b64encode(signature).decode()})
        assert bundle_mod._envelope_bytes(manifest_bytes, signature) == expected


# --- sealing refuses what opening would refuse -----------------------------------------------------

ALICE = Identity.generate()
BOB = Identity.generate()
BOB_CARD = BOB.card("Bob")


def manifest(extra: Any) -> dict[str, Any]:
    return {"format_version": 1, "sender": sender_block(ALICE, "Alice"),
            "recipients": [BOB_CARD.fingerprint.hex()], "extra": extra}


def nested(levels: int) -> Any:
    value: Any = "leaf"
    for i in range(levels):
        value = [value] if i % 2 else {"k": value}
    return value


def test_seal_depth_limit_is_exact_and_matches_open() -> None:
    ok = manifest(nested(MAX_MANIFEST_DEPTH - 1))  # the manifest object itself is one level
    sealed = seal_bundle(ok, ALICE, [BOB_CARD])
    opened = open_bundle(sealed, BOB, {ALICE.fingerprint.hex(): ALICE.card("Alice")}.get)
    assert opened.manifest == ok
    with pytest.raises(StrictJSONError, match="nested"):
        seal_bundle(manifest(nested(MAX_MANIFEST_DEPTH)), ALICE, [BOB_CARD])
    with pytest.raises(StrictJSONError, match="nested"):
        loads_strict(dumps_canonical(manifest(nested(MAX_MANIFEST_DEPTH))), max_bytes=LIMIT,
                     max_depth=MAX_MANIFEST_DEPTH)


@pytest.mark.parametrize("extra", [float("nan"), float("-inf"), "\ud800", {"\udfff": 1}, [10 ** 5000]])
def test_seal_refuses_values_the_recipient_could_not_read(extra: Any) -> None:
    with pytest.raises(ValueError):
        seal_bundle(manifest(extra), ALICE, [BOB_CARD])


def test_sealed_manifest_reads_back_strictly() -> None:
    rng = random.Random(11)
    for _ in range(30):
        extra = random_value(rng)
        if outcome(reference_dumps, extra)[0] != "ok":
            continue  # a lone surrogate: refused, as the test above shows
        sealed = seal_bundle(manifest(extra), ALICE, [BOB_CARD])
        opened = open_bundle(sealed, BOB, {ALICE.fingerprint.hex(): ALICE.card("Alice")}.get)
        assert opened.manifest_bytes == dumps_canonical(manifest(extra))
        assert loads_strict(opened.manifest_bytes, max_bytes=LIMIT) == opened.manifest
