"""Canonical JSON for bundles: the fast encoder and the exact-bytes parser against their definitions.

``dumps_canonical`` (orjson) must give the bytes of ``json.dumps(obj, sort_keys=True,
separators=(",", ":"), ensure_ascii=False, allow_nan=False)`` for everything it accepts, and
refuse exactly its documented cases: integers beyond 64 bits, keys that are not strings, lone
surrogates, NaN and Infinity.  ``loads_canonical`` must accept exactly those bytes and refuse
every other spelling.  The older fast paths (the surrogate walk of ``loads_strict``, canonical
base64 of the sender's signing key, nesting checked on objects) are compared with the
definitions they replace too.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import json
import math
import random
import struct
import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentorvault.crypto import bundle as bundle_mod
from mentorvault.crypto.bundle import MAX_MANIFEST_BYTES, MAX_MANIFEST_DEPTH, open_bundle, seal_bundle, sender_block
from mentorvault.crypto.identity import Identity
from mentorvault.domain.entry import EntryContent
from mentorvault.domain.strictjson import (
    StrictJSONError,
    _nesting_depth,
    depth_exceeds,
    dumps_canonical,
    loads_canonical,
    loads_strict,
)
from mentorvault.errors import BundleRejected

LIMIT = 1 << 20


def reference(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def reference_dumps(obj: Any) -> bytes:
    """What dumps_canonical must return: json.dumps's text as UTF-8."""
    return reference(obj).encode("utf-8")


INT_RANGE = range(-(2**63), 2**64)  # what orjson writes: signed or unsigned 64-bit


def documented_refusals(obj: Any) -> set[tuple[str, str]]:
    """The (exception type, message) pairs dumps_canonical may raise for ``obj`` by its documentation;
    empty when ``obj`` is in the supported domain and must be written like json.dumps writes it."""
    found: set[tuple[str, str]] = set()
    stack = [obj]
    while stack:
        item = stack.pop()
        if isinstance(item, bool) or item is None:
            continue
        if isinstance(item, int):
            if item not in INT_RANGE:
                found.add(("StrictJSONError", "a number is too large"))
        elif isinstance(item, float):
            if not math.isfinite(item):
                found.add(("StrictJSONError", "the data holds NaN, Infinity or a circular reference"))
        elif isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                found.add(("StrictJSONError", "a string is not valid Unicode"))
        elif isinstance(item, dict):
            for key in item:
                if isinstance(key, str):
                    stack.append(key)
                else:
                    found.add(("TypeError", ""))
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
        else:
            found.add(("TypeError", ""))
    return found


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
            if 0xD800 <= cp <= 0xDFFF:
                with pytest.raises(StrictJSONError, match="Unicode"):
                    dumps_canonical(obj)
            else:
                assert dumps_canonical(obj) == reference_dumps(obj), hex(cp)


ALPHABET = [chr(i) for i in range(0x80)] + ["é", "—", "\u2028", "\U0001f600", "\ud800", "\udfff", "ǅ", "\ufeff"]


def random_float(rng: random.Random) -> float:
    """Finite floats of every magnitude (random bit patterns), and now and then NaN or an infinity."""
    if rng.random() < 0.5:
        return rng.uniform(-1e300, 1e300)
    return struct.unpack("<d", rng.randbytes(8))[0]


def random_int(rng: random.Random) -> int:
    return rng.choice([
        lambda: rng.randrange(-1000, 1000),
        lambda: rng.randrange(-(2**63), 2**64),
        lambda: rng.choice([2**63 - 1, 2**63, 2**64 - 1, 2**64, -(2**63), -(2**63) - 1]),
        lambda: rng.randrange(-10**30, 10**30),
    ])()


def random_key(rng: random.Random) -> Any:
    if rng.random() < 0.02:
        return rng.choice([1, None, True, 2.5])
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(6)))


def random_value(rng: random.Random, depth: int = 0) -> Any:
    r = rng.random()
    if depth > 4 or r < 0.45:
        return rng.choice([
            lambda: "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(15))),
            lambda: "".join(rng.choice(ALPHABET[32:127]) for _ in range(rng.randrange(40))),
            lambda: random_int(rng),
            lambda: random_float(rng),
            lambda: None, lambda: True, lambda: False,
        ])()
    if r < 0.7:
        items = [random_value(rng, depth + 1) for _ in range(rng.randrange(5))]
        return tuple(items) if rng.random() < 0.1 else items
    return {random_key(rng): random_value(rng, depth + 1) for _ in range(rng.randrange(5))}


def dumps_outcome(obj: Any) -> tuple[str, Any]:
    try:
        return "ok", dumps_canonical(obj)
    except (StrictJSONError, TypeError) as exc:
        return type(exc).__name__, "" if isinstance(exc, TypeError) else str(exc)


def is_small_float(leaf: Any) -> bool:
    """The documented difference: json.dumps writes 1.5e-05 and 1e-07, orjson 0.000015 and 1e-7."""
    return type(leaf) is float and 1e-9 <= abs(leaf) < 1e-4


def test_dumps_canonical_equals_json_dumps_on_random_data() -> None:
    """Random data over the whole domain: json.dumps's bytes, or one of the documented refusals
    or spellings."""
    rng = random.Random(20260315)
    differences, refused, spelled = [], 0, 0
    for _ in range(20000):
        obj = random_value(rng)
        allowed = documented_refusals(obj)
        got = dumps_outcome(obj)
        if allowed:
            refused += 1
            assert got in allowed, (obj, got, allowed)
        elif any(is_small_float(leaf) for leaf in leaves(obj)):
            spelled += 1  # the same data, spelled otherwise
            assert got[0] == "ok" and json.loads(got[1]) == json.loads(reference_dumps(obj)), obj
        elif got != ("ok", reference_dumps(obj)):
            differences.append((obj, got, reference_dumps(obj)))
    assert refused > 1000 and spelled > 10  # the refusals and spellings were exercised, not just the happy path
    # Name the scalars written differently, so a failure says what differs, not just where.
    scalars = {repr(leaf): leaf for obj, _got, _want in differences for leaf in leaves(obj)
               if dumps_outcome([leaf]) != ("ok", reference_dumps([leaf]))}
    assert not differences, (
        f"{len(differences)} of 20000 values written differently from json.dumps; the scalars that differ: "
        + ", ".join(f"{name} as {dumps_canonical(leaf)!r} instead of {reference_dumps(leaf)!r}"
                    for name, leaf in sorted(scalars.items())[:8]))


def leaves(obj: Any) -> list[Any]:
    if isinstance(obj, dict):
        return [leaf for k, v in obj.items() for leaf in [k, *leaves(v)]]
    if isinstance(obj, (list, tuple)):
        return [leaf for v in obj for leaf in leaves(v)]
    return [obj]


@pytest.mark.parametrize("value", [1e-05, 1.5e-05, 1.2345678901234568e-05, 1e-06, 9.99e-06, 1e-07, 1.234e-07,
                                   1e-08, 1e-09, 1.2e-09, -3.936145966292681e-08])
def test_small_floats_are_spelled_as_orjson_spells_them(value: float) -> None:
    """The one documented difference from json.dumps (docs/bundle-format.md): between 1e-9 and 1e-4
    orjson writes no exponent padding (1e-7, not 1e-07) or a plain decimal (0.000015, not 1.5e-05).
    MentorVault writes no floats; the spelling still reads back as the same value, and the reader
    takes only the spelling the writer makes."""
    ours = dumps_canonical([value])
    assert ours != reference_dumps([value])
    assert json.loads(ours) == [value]
    assert loads_canonical(ours, max_bytes=LIMIT) == [value]
    with pytest.raises(StrictJSONError, match="canonical"):
        loads_canonical(reference_dumps([value]), max_bytes=LIMIT)


@pytest.mark.parametrize("value", [0.0, -0.0, 1.0, 0.1, 0.0001, 1e-10, 1e-300, 5e-324, 1e15, 1e16, 1e22,
                                   1.7976931348623157e308, 123456789.123, -2.5])
def test_dumps_canonical_writes_other_floats_as_json_dumps_does(value: float) -> None:
    assert dumps_canonical([value]) == reference_dumps([value])


def test_dumps_canonical_documented_refusals() -> None:
    # integers: within signed or unsigned 64 bits written, beyond refused (json.dumps would write them)
    for ok in (2**63 - 1, 2**63, 2**64 - 1, -(2**63), 0, -1):
        assert dumps_canonical([ok]) == reference_dumps([ok])
    for big in (2**64, -(2**63) - 1, 10**30, -(10**30), 10**5000):
        with pytest.raises(StrictJSONError, match="too large"):
            dumps_canonical({"a": [big]})
    # keys that are not strings: json.dumps coerces them, dumps_canonical refuses
    for bad in ({1: 2, "a": 3}, {None: 1}, {True: 1}, {2.5: 1}, {(1, 2): 3}):
        with pytest.raises(TypeError):
            dumps_canonical(bad)
    # lone surrogates, NaN and Infinity, as before
    for bad in (["\ud800"], {"\udc00": 1}, "a\udfffb", {"k": ["\ud83d"]}):
        with pytest.raises(StrictJSONError, match="Unicode"):
            dumps_canonical(bad)
    for bad in ({"a": float("nan")}, [float("inf")], [-float("inf")], [[1, None, float("nan")]]):
        with pytest.raises(StrictJSONError, match="NaN"):
            dumps_canonical(bad)
    # what json.dumps cannot write either
    for bad in ({"a": object()}, {"a": b"bytes"}, {"a": {1, 2}}):
        with pytest.raises(TypeError):
            dumps_canonical(bad)
    # None and the string "null" still written
    assert dumps_canonical([None, "null", {"null": None}]) == b'[null,"null",{"null":null}]'


def test_dumps_canonical_refuses_very_deep_and_circular_data_without_crashing() -> None:
    nested: Any = "leaf"
    for _ in range(200):
        nested = [nested]
    assert dumps_canonical(nested) == reference_dumps(nested)
    for _ in range(100_000):
        nested = [nested]
    with pytest.raises(StrictJSONError, match="nested"):
        dumps_canonical(nested)
    circular: list[Any] = []
    circular.append(circular)
    with pytest.raises(StrictJSONError):
        dumps_canonical(circular)


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
        except (ValueError, TypeError):  # NaN, or keys of types sort_keys cannot compare
            continue
        for limit in {max(depth - 1, 0), depth, depth + 1, MAX_MANIFEST_DEPTH}:
            assert depth_exceeds(obj, limit) == (depth > limit)
    assert not depth_exceeds("[[[[", 0) and depth_exceeds([], 0) and not depth_exceeds(((),), 2)


# --- exact-bytes parsing (loads_canonical) ---------------------------------------------------------


def canon(data: bytes, max_depth: int = 32) -> Any:
    return loads_canonical(data, max_bytes=LIMIT, max_depth=max_depth)


@pytest.mark.parametrize(
    ("data", "value"),
    [
        (b"{}", {}),
        (b"[]", []),
        (b'""', ""),
        (b"0", 0),
        (b'{"A":1,"a":[true,false,null],"b":{"c":-3}}', {"A": 1, "a": [True, False, None], "b": {"c": -3}}),
        (b"[18446744073709551615,9223372036854775807,-9223372036854775808]",
         [2**64 - 1, 2**63 - 1, -(2**63)]),
        (b"[1.0,-0.0,0.1,2.5,1e+16,1e-10,5e-324,1.7976931348623157e+308]",
         [1.0, -0.0, 0.1, 2.5, 1e16, 1e-10, 5e-324, 1.7976931348623157e308]),
        ('"é — ü \x7f \u2028 \U0001f600"'.encode(), "é — ü \x7f \u2028 \U0001f600"),
        (b'"\\"\\\\\\b\\f\\n\\r\\t\\u0000\\u001f"', '"\\\b\f\n\r\t\x00\x1f'),
        ('{"z":1,"é":2,"\uffff":3,"\U0001f600":4}'.encode(), {"z": 1, "é": 2, "\uffff": 3, "\U0001f600": 4}),
    ],
)
def test_loads_canonical_accepts_canonical_bytes(data: bytes, value: Any) -> None:
    assert dumps_canonical(value) == data  # the premise: these are the canonical bytes
    got = canon(data)
    assert got == value and same_types(got, value)
    assert canon(bytearray(data)) == value and canon(memoryview(data)) == value


NON_CANONICAL_TEXTS = {
    # whitespace
    "space after colon": b'{"a": 1}',
    "space after comma": b"[1, 2]",
    "leading space": b" [1]",
    "trailing newline": b"[1]\n",
    "space before brace": b'{"a":1 }',
    "tab": b"[1,\t2]",
    # duplicate keys, same or other value, at any depth
    "duplicate key": b'{"a":1,"a":1}',
    "duplicate key, other value": b'{"a":1,"a":2}',
    "duplicate key, nested": b'[{"b":{"c":1,"c":1}}]',
    # unsorted keys, including the code-point order of keys beyond the BMP
    "unsorted keys": b'{"b":1,"a":2}',
    "upper case after lower case": b'{"a":1,"A":2}',
    "non-ASCII key first": '{"é":1,"z":2}'.encode(),
    "UTF-16 order": '{"\U0001f600":1,"\uffff":2}'.encode(),
    # escapes canonical JSON does not use
    "\\u00e9 for é": b'"\\u00e9"',
    "\\u00e9 in a key": b'{"caf\\u00e9":1}',
    "escaped slash": b'"\\/"',
    "\\u0041 for A": b'"\\u0041"',
    "upper-case hex": b'"\\u001F"',
    "\\u0008 for \\b": b'"\\u0008"',
    "escaped DEL": b'"\\u007f"',
    "escaped U+2028": b'"\\u2028"',
    "surrogate pair for an emoji": b'"\\ud83d\\ude00"',
    # numbers
    "exponent for an integer": b"[1e0]",
    "upper-case exponent": b"[1E2]",
    "trailing zero": b"[1.50]",
    "positive exponent sign missing": b"[1e16]",
    "negative zero integer": b"[-0]",
    "beyond unsigned 64 bits": b"[18446744073709551616]",
    "beyond signed 64 bits": b"[-9223372036854775809]",
    "far beyond 64 bits": b"[" + b"9" * 40 + b"]",
    "NaN": b"[NaN]",
    "Infinity": b"[Infinity]",
    "-Infinity": b"[-Infinity]",
    "overflow to infinity": b"[1e999]",
    # not one JSON value in UTF-8
    "empty": b"",
    "byte order mark": b"\xef\xbb\xbf[]",
    "two values": b"[1][2]",
    "trailing comma": b"[1,]",
    "single quotes": b"{'a':1}",
    "lone surrogate escape": b'"\\ud800"',
    "lone surrogate, raw": b'"\xed\xa0\x80"',
    "invalid UTF-8": b'"\xff"',
    "overlong UTF-8": b'"\xc0\x80"',
}


@pytest.mark.parametrize("name", sorted(NON_CANONICAL_TEXTS))
def test_loads_canonical_refuses_every_other_spelling(name: str) -> None:
    with pytest.raises(StrictJSONError):
        canon(NON_CANONICAL_TEXTS[name])


def test_loads_canonical_refuses_depth_beyond_its_limit_quickly() -> None:
    assert canon(b"[[[]]]", max_depth=3) == [[[]]]
    with pytest.raises(StrictJSONError, match="nested"):
        canon(b"[[[[]]]]", max_depth=3)
    with pytest.raises(StrictJSONError, match="nested"):
        canon(b'{"a":{"b":[{}]}}', max_depth=3)
    # brackets inside strings do not count
    assert canon(b'[["[[[[{{{{\\"","\\\\"]]', max_depth=2) == [['[[[[{{{{"', "\\"]]
    assert canon(dumps_canonical(nested(MAX_MANIFEST_DEPTH)), max_depth=MAX_MANIFEST_DEPTH) == nested(MAX_MANIFEST_DEPTH)
    with pytest.raises(StrictJSONError, match="nested"):
        canon(dumps_canonical(nested(MAX_MANIFEST_DEPTH + 1)), max_depth=MAX_MANIFEST_DEPTH)
    for text in (b"[" * 100_000, b"[" * 100_000 + b"]" * 100_000, b'{"a":' * 100_000 + b"1" + b"}" * 100_000):
        start = time.monotonic()
        with pytest.raises(StrictJSONError):
            canon(text)
        assert time.monotonic() - start < 1.0


def test_loads_canonical_size_limit_and_input_type() -> None:
    data = dumps_canonical(["x" * 100, "é"])
    assert loads_canonical(data, max_bytes=len(data)) == ["x" * 100, "é"]
    with pytest.raises(StrictJSONError, match="large"):
        loads_canonical(data, max_bytes=len(data) - 1)
    with pytest.raises(TypeError):
        loads_canonical(data.decode(), max_bytes=LIMIT)  # type: ignore[arg-type]


def same_types(a: Any, b: Any) -> bool:
    """Equal, and of the same JSON types all the way down (1, 1.0 and True compare equal in Python)."""
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same_types(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_types(a[k], b[k]) for k in a)
    return type(a) is type(b) and a == b


JSON_DATA = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**63), max_value=2**64 - 1)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=8), children, max_size=5),
    max_leaves=30,
)


@settings(max_examples=400, deadline=None)
@given(JSON_DATA)
def test_loads_canonical_round_trips_random_data(value: Any) -> None:
    data = dumps_canonical(value)
    got = loads_canonical(data, max_bytes=len(data), max_depth=64)
    assert same_types(got, value)
    assert dumps_canonical(got) == data


@settings(max_examples=300, deadline=None)
@given(JSON_DATA, st.sampled_from([
    {"indent": 1}, {"separators": (", ", ": ")}, {"ensure_ascii": True}, {"sort_keys": False},
]))
def test_loads_canonical_accepts_another_spelling_only_when_it_is_the_canonical_one(
        value: Any, change: dict[str, Any]) -> None:
    options = {"sort_keys": True, "separators": (",", ":"), "ensure_ascii": False, "allow_nan": False, **change}
    text = json.dumps(value, **options).encode()
    try:
        got = loads_canonical(text, max_bytes=len(text), max_depth=64)
    except StrictJSONError:
        assert text != dumps_canonical(value)
    else:
        assert text == dumps_canonical(value) and same_types(got, value)


# --- canonical base64 (the sender's signing key) and the plaintext -----------------------------------


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


def test_plaintext_is_header_signature_manifest() -> None:
    rng = random.Random(5)
    for n in (1, 2, 3, 4, 100, 4097):
        manifest_bytes, signature = rng.randbytes(n), rng.randbytes(64)
        expected = b"mentorvault-bundle/3\n" + signature + manifest_bytes
        assert bundle_mod.plaintext_bytes(manifest_bytes, signature) == expected
        assert bundle_mod._split_plaintext(expected) == (manifest_bytes, signature)


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
        loads_canonical(dumps_canonical(manifest(nested(MAX_MANIFEST_DEPTH))), max_bytes=LIMIT,
                        max_depth=MAX_MANIFEST_DEPTH)


@pytest.mark.parametrize("extra", [float("nan"), float("-inf"), "\ud800", {"\udfff": 1}, [10 ** 5000], 2**64,
                                   -(2**63) - 1])
def test_seal_refuses_values_the_recipient_could_not_read(extra: Any) -> None:
    with pytest.raises(ValueError):
        seal_bundle(manifest(extra), ALICE, [BOB_CARD])


def test_sealed_manifest_reads_back_exactly() -> None:
    rng = random.Random(11)
    sealed_count = 0
    for _ in range(60):
        extra = random_value(rng)
        if documented_refusals(extra):
            continue  # refused by sealing, as the test above shows
        sealed = seal_bundle(manifest(extra), ALICE, [BOB_CARD])
        sealed_count += 1
        opened = open_bundle(sealed, BOB, {ALICE.fingerprint.hex(): ALICE.card("Alice")}.get)
        assert opened.manifest_bytes == dumps_canonical(manifest(extra))
        assert loads_canonical(opened.manifest_bytes, max_bytes=MAX_MANIFEST_BYTES) == opened.manifest
        assert opened.manifest == json.loads(reference(manifest(extra)))
    assert sealed_count >= 20
