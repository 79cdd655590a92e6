"""Strict JSON for data that comes from outside the vault, and canonical JSON bytes.

Python's ``json`` accepts duplicate keys, ``NaN``/``Infinity``, numbers that overflow
to infinity, and raises ``RecursionError`` on deep nesting.  :func:`loads_strict`
refuses all of these, checks the size first, and measures nesting with a scan that
does not recurse, before the parser sees the text.
"""

from __future__ import annotations

import json
import math
import re
from itertools import accumulate
from typing import Any, TypeAlias

import orjson

__all__ = [
    "JSONObject",
    "StrictJSONError",
    "depth_exceeds",
    "dumps_canonical",
    "loads_canonical",
    "loads_strict",
]

JSONObject: TypeAlias = dict[str, Any]
"""A JSON object on its way to or from text: a manifest, a file, a ``--json`` answer.

The one kind of dict a public function returns (``to_json()`` and the like); a result
the caller reads field by field is a dataclass instead (tests/security/test_layering.py).
"""


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
    """Whether the JSON text of ``obj`` would nest brackets deeper than ``max_depth``.

    Walks the dicts, lists and tuples (the only values JSON writes as brackets) without
    recursion, so the sender can refuse what :func:`loads_canonical` would, without
    serialising and parsing the data again.
    """
    level = [obj] if isinstance(obj, _CONTAINERS) else []
    depth = 0
    while level:  # one level of brackets per pass
        depth += 1
        if depth > max_depth:
            return True
        level = [child for item in level for child in (item.values() if isinstance(item, dict) else item)
                 if isinstance(child, _CONTAINERS)]
    return False


_CONTAINERS = (dict, list, tuple)


def _has_nonfinite(obj: Any) -> bool:
    """Whether ``obj`` holds a float that is NaN or infinite (orjson would write it as null)."""
    stack = [obj]
    while stack:
        item = stack.pop()
        if isinstance(item, float):
            if not math.isfinite(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
    return False


_SORTED = orjson.OPT_SORT_KEYS


def dumps_canonical(obj: Any) -> bytes:
    """Compact, key-sorted (by code point), UTF-8 JSON; NaN and Infinity refused.

    The UTF-8 bytes of ``json.dumps(obj, sort_keys=True, separators=(",", ":"),
    ensure_ascii=False)`` -- sorted keys, no spaces, non-ASCII as itself -- for the dicts,
    lists, strings, integers, booleans and None that MentorVault writes
    (tests/crypto/test_canonical_json.py compares them), made by orjson about ten times
    faster.  orjson sorts keys by UTF-8 bytes, which is code point order for any text it
    accepts, and refuses what canonical JSON must not hold: lone surrogates, and integers
    beyond 64 bits (JSON readers disagree about those).  It writes NaN and Infinity as
    ``null``; those are looked for whenever the output holds a ``null``.
    """
    out = _dumps(obj)
    if b"null" in out and _has_nonfinite(obj):
        raise StrictJSONError("the data holds NaN, Infinity or a circular reference")
    return out


def _dumps(obj: Any) -> bytes:
    """:func:`dumps_canonical` without the look for NaN and Infinity (for values orjson parsed)."""
    try:
        return orjson.dumps(obj, option=_SORTED)
    except orjson.JSONEncodeError as exc:
        reason = str(exc)
        if "surrogates" in reason or "UTF-8" in reason:
            raise StrictJSONError("a string is not valid Unicode") from None
        if "Integer" in reason:
            raise StrictJSONError("a number is too large") from None
        if "ecursion" in reason:
            raise StrictJSONError("the data is nested too deeply") from None
        raise TypeError(reason) from None


def loads_canonical(data: bytes, *, max_bytes: int, max_depth: int = 32) -> Any:
    """Parse ``data``, which must be exactly ``dumps_canonical`` of what it holds.

    Stricter than :func:`loads_strict`, and faster on large texts: orjson parses (refusing
    NaN, Infinity, lone surrogates and more than 1,024 levels of nesting without recursing
    in Python), then the value is written again canonically and must give the same bytes.
    That refuses duplicate keys (the parser keeps one, so the text comes out shorter), any
    other spelling of the same data (spaces, escapes, unsorted keys, ``1E2`` for ``100.0``) and
    integers a reader could round.  Nesting deeper than ``max_depth`` is refused last.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("loads_canonical needs bytes")
    if len(data) > max_bytes:
        raise StrictJSONError("the text is too large")
    data = bytes(data)
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError:
        raise StrictJSONError("the text is not valid JSON") from None
    try:
        again = _dumps(value)  # orjson parses no NaN or Infinity, so there is none to look for
    except (StrictJSONError, TypeError):
        raise StrictJSONError("the text is not canonical JSON") from None
    if again != data:
        raise StrictJSONError("the text is not canonical JSON")
    if depth_exceeds(value, max_depth):
        raise StrictJSONError("the data is nested too deeply")
    return value
