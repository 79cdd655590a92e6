"""Strict JSON for data that comes from outside the vault, and canonical JSON bytes.

Python's ``json`` accepts duplicate keys, ``NaN``/``Infinity``, numbers that overflow
to infinity, and raises ``RecursionError`` on deep nesting.  :func:`loads_strict`
refuses all of these, checks the size first, and measures nesting with a scan that
does not recurse, before the parser sees the text.
"""

from __future__ import annotations

import json
import json.encoder
import math
import re
from itertools import accumulate
from typing import Any

__all__ = ["StrictJSONError", "canonical_text", "depth_exceeds", "dumps_canonical", "loads_strict"]


class StrictJSONError(ValueError):
    """The text is not JSON we accept; the message is a short reason."""


# Escapes are removed first (left to right, as a JSON lexer reads them); what is left
# of each string literal then contains no quote, so strings can be dropped by a simple match.
_ESCAPE_RE = re.compile(r"\\.", re.DOTALL)
_STRING_RE = re.compile(r'"[^"]*"')
_NOT_BRACKET_RE = re.compile(r"[^\[\]{}]+")
# +1 for an opening bracket, -1 for a closing one, indexed by code point.
_DELTA = [0] * 128
_DELTA[ord("[")] = _DELTA[ord("{")] = 1
_DELTA[ord("]")] = _DELTA[ord("}")] = -1


def _nesting_depth(text: str) -> int:
    """Deepest bracket nesting outside string literals, without recursion.

    Up to the first error a JSON parser would report, this scan reads the text the
    same way the parser does, so the parser never nests deeper than this result.
    """
    brackets = _NOT_BRACKET_RE.sub("", _STRING_RE.sub("", _ESCAPE_RE.sub("", text)))
    return max(accumulate(map(_DELTA.__getitem__, map(ord, brackets))), default=0)


def _reject_constant(name: str) -> Any:
    raise StrictJSONError(f"{name} is not allowed")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise StrictJSONError("a number is too large")
    return value


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)  # a repeated key leaves fewer entries than pairs
    if len(result) != len(pairs):
        raise StrictJSONError("an object has a duplicate key")
    return result


# A lone surrogate can only come from a \u escape of D800-DFFF: raw surrogates are not valid
# UTF-8, and str input is encoded to UTF-8 first.  Where this finds no such escape (it may find
# false ones, e.g. after an escaped backslash, which only costs the full check), no string can
# hold one and the walk over every parsed string is skipped.
_SURROGATE_ESCAPE_RE = re.compile(r"\\u[dD][89a-fA-F]")


def _check_strings(value: Any) -> None:
    """Refuse strings that cannot be encoded as UTF-8 (lone surrogates from \\u escapes)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            items: list[Any] = [item]
        elif isinstance(item, dict):
            items = list(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
            continue
        else:
            continue
        for text in items:
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                raise StrictJSONError("a string is not valid Unicode") from None


def loads_strict(data: bytes | str, *, max_bytes: int, max_depth: int = 32) -> Any:
    """Parse ``data`` as strict JSON or raise :class:`StrictJSONError`."""
    if isinstance(data, str):
        try:
            raw = data.encode("utf-8")
        except UnicodeEncodeError:
            raise StrictJSONError("the text is not valid Unicode") from None
        if len(raw) > max_bytes:
            raise StrictJSONError("the text is too large")
        text = data
    elif isinstance(data, (bytes, bytearray, memoryview)):
        if len(data) > max_bytes:
            raise StrictJSONError("the text is too large")
        try:
            text = bytes(data).decode("utf-8")
        except UnicodeDecodeError:
            raise StrictJSONError("the text is not valid UTF-8") from None
    else:
        raise TypeError("loads_strict needs bytes or str")
    if _nesting_depth(text) > max_depth:
        raise StrictJSONError("the data is nested too deeply")
    try:
        value = json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_reject_constant,
            parse_float=_finite_float,
        )
    except StrictJSONError:
        raise
    except (ValueError, RecursionError):
        # JSONDecodeError, or an integer longer than Python's digit limit.
        raise StrictJSONError("the text is not valid JSON") from None
    if _SURROGATE_ESCAPE_RE.search(text):
        _check_strings(value)
    return value


def depth_exceeds(obj: Any, max_depth: int) -> bool:
    """Whether ``canonical_text(obj)`` would nest brackets deeper than ``max_depth``.

    Walks the dicts, lists and tuples (the only values JSON writes as brackets) without
    recursion, so the sender can refuse what :func:`loads_strict` would, without
    serialising and parsing the data again.
    """
    if not isinstance(obj, (dict, list, tuple)):
        return False
    stack = [(obj, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > max_depth:
            return True
        for child in item.values() if isinstance(item, dict) else item:
            if isinstance(child, (dict, list, tuple)):
                stack.append((child, depth + 1))
    return False


_escape_ascii = json.encoder.encode_basestring_ascii
_escape = json.encoder.encode_basestring
_c_make_encoder = json.encoder.c_make_encoder


def _escape_string(s: str) -> str:
    # For a string of ASCII characters other than DEL, the ASCII-only escaper writes exactly what
    # ensure_ascii=False writes (the same short escapes, the same lower-case \u00XX for other
    # control characters) and, in CPython 3.11, about three times faster.  DEL and non-ASCII
    # text take the ensure_ascii=False escaper itself.
    if s.isascii() and "\x7f" not in s:
        return _escape_ascii(s)
    return _escape(s)


def _not_serializable(obj: Any) -> Any:
    raise TypeError(f"Object of type {obj.__class__.__name__} is not JSON serializable")


def canonical_text(obj: Any) -> str:
    """``json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)``.

    The same text (tests/crypto/test_canonical_json.py compares them), made by the same C
    encoder with the string escaper chosen per string; errors are json.dumps's own.
    """
    if _c_make_encoder is None:  # pragma: no cover - CPython always has the C encoder
        return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    if isinstance(obj, str):
        return _escape_string(obj)
    encoder = _c_make_encoder({}, _not_serializable, _escape_string, None, ":", ",", True, False, False)
    return "".join(encoder(obj, 0))


def dumps_canonical(obj: Any) -> bytes:
    """Compact, key-sorted (by code point), UTF-8 JSON; NaN and Infinity refused."""
    try:
        return canonical_text(obj).encode("utf-8")
    except UnicodeEncodeError:
        raise StrictJSONError("a string is not valid Unicode") from None
    except ValueError:
        raise StrictJSONError("the data holds NaN, Infinity or a circular reference") from None
