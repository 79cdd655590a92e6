"""Strict JSON parsing of untrusted input, and canonical JSON bytes."""

from __future__ import annotations

import json
import time

import pytest

from mentorvault.domain.strictjson import StrictJSONError, dumps_canonical, loads_strict

LIMIT = 1 << 20


def test_accepts_plain_json() -> None:
    text = '{"a": [1, 2.5, "x\\u00e9", true, null], "b": {"c": -3}}'
    assert loads_strict(text, max_bytes=LIMIT) == {"a": [1, 2.5, "xé", True, None], "b": {"c": -3}}
    assert loads_strict(text.encode(), max_bytes=LIMIT) == json.loads(text)


def test_error_is_a_value_error() -> None:
    assert issubclass(StrictJSONError, ValueError)


@pytest.mark.parametrize(
    "text", ['{"a": 1, "a": 1}', '[{"k": 1, "j": 2, "k": 3}]', '{"x": {"y": 1, "y": 2}}']
)
def test_duplicate_keys_refused(text: str) -> None:
    with pytest.raises(StrictJSONError, match="duplicate"):
        loads_strict(text, max_bytes=LIMIT)


@pytest.mark.parametrize("text", ["NaN", "[NaN]", '{"a": Infinity}', "[-Infinity]", "1e400", "[-1e999]"])
def test_non_finite_numbers_refused(text: str) -> None:
    with pytest.raises(StrictJSONError):
        loads_strict(text, max_bytes=LIMIT)


def test_deep_nesting_refused_quickly_without_recursion_error() -> None:
    for text in ("[" * 100_000, "[" * 100_000 + "]" * 100_000, '{"a":' * 100_000 + "1" + "}" * 100_000):
        start = time.monotonic()
        with pytest.raises(StrictJSONError, match="nested"):
            loads_strict(text, max_bytes=10 * LIMIT)
        assert time.monotonic() - start < 1.0


def test_depth_limit_is_exact_and_ignores_brackets_in_strings() -> None:
    assert loads_strict("[[[]]]", max_bytes=LIMIT, max_depth=3) == [[[]]]
    with pytest.raises(StrictJSONError, match="nested"):
        loads_strict("[[[[]]]]", max_bytes=LIMIT, max_depth=3)
    # Brackets and escaped quotes inside strings do not count.
    text = r'[["[[[[[[\"{{{{", "\\"]]'
    assert loads_strict(text, max_bytes=LIMIT, max_depth=2) == [['[[[[[["{{{{', "\\"]]
    # A backslash ending a string must not make the scanner think the string goes on.
    with pytest.raises(StrictJSONError, match="nested"):
        loads_strict(r'["\\", [[[]]]]', max_bytes=LIMIT, max_depth=3)


def test_oversize_refused_before_parsing() -> None:
    text = json.dumps(["x" * 100])
    assert loads_strict(text, max_bytes=len(text)) == ["x" * 100]
    with pytest.raises(StrictJSONError, match="large"):
        loads_strict(text, max_bytes=len(text) - 1)
    with pytest.raises(StrictJSONError, match="large"):
        loads_strict(text.encode(), max_bytes=len(text) - 1)
    # The limit counts UTF-8 bytes, not characters.
    with pytest.raises(StrictJSONError, match="large"):
        loads_strict('"éé"', max_bytes=5)


@pytest.mark.parametrize("data", [b'"\xff"', b'["\xc3"]', b'"\xed\xa0\x80"', b"\xfe\xff[]"])
def test_invalid_utf8_refused(data: bytes) -> None:
    with pytest.raises(StrictJSONError, match="UTF-8"):
        loads_strict(data, max_bytes=LIMIT)


def test_lone_surrogate_escape_refused() -> None:
    with pytest.raises(StrictJSONError, match="Unicode"):
        loads_strict('{"a": ["\\ud800"]}', max_bytes=LIMIT)
    with pytest.raises(StrictJSONError, match="Unicode"):
        loads_strict('{"\\udfff": 1}', max_bytes=LIMIT)
    assert loads_strict('"\\ud83d\\ude00"', max_bytes=LIMIT) == "\U0001f600"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "[1,]",
        "{'a': 1}",
        '{"a" 1}',
        "undefined",
        "\ufeff{}",
        "[1] [2]",
        '"unterminated',
        "9" * 5000,
    ],
)
def test_not_json_refused(text: str) -> None:
    with pytest.raises(StrictJSONError):
        loads_strict(text, max_bytes=LIMIT)


def test_dumps_canonical_is_sorted_compact_utf8() -> None:
    data = {"b": 1, "a": {"z": [1, 2], "é": "ü"}, "A": None}
    out = dumps_canonical(data)
    assert out == '{"A":null,"a":{"z":[1,2],"é":"ü"},"b":1}'.encode()
    # Independent of insertion order.
    assert dumps_canonical(dict(reversed(list(data.items())))) == out
    assert loads_strict(out, max_bytes=LIMIT) == data


def test_dumps_canonical_refuses_nan_and_bad_strings() -> None:
    with pytest.raises(StrictJSONError):
        dumps_canonical({"a": float("nan")})
    with pytest.raises(StrictJSONError):
        dumps_canonical([float("inf")])
    with pytest.raises(StrictJSONError):
        dumps_canonical("\ud800")
