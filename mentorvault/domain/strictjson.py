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
from typing import Any

__all__ = ["StrictJSONError", "dumps_canonical", "loads_strict"]


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
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise StrictJSONError("an object has a duplicate key")
        result[key] = value
    return result


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
    _check_strings(value)
    return value


def dumps_canonical(obj: Any) -> bytes:
    """Compact, key-sorted (by code point), UTF-8 JSON; NaN and Infinity refused."""
    try:
        text = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
        return text.encode("utf-8")
    except UnicodeEncodeError:
        raise StrictJSONError("a string is not valid Unicode") from None
    except ValueError:
        raise StrictJSONError("the data holds NaN, Infinity or a circular reference") from None
