"""YAML front matter, read with PyYAML's safe loader and no aliases.

A safe loader builds no objects, but an alias can still make a small file stand for a very
large structure ("billion laughs"): any alias is refused, anchors alone are harmless.
"""

from __future__ import annotations

from typing import Any

import yaml

from mentorvault.errors import ImportProblem

MAX_FRONT_MATTER = 256 * 1024  # characters


class _NoAliases(yaml.SafeLoader):  # type: ignore[misc]
    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            raise _AliasFound
        return super().compose_node(parent, index)


# Dates stay the text they were written as ("2024-02-30" is then refused as a date, by the reader,
# naming it, instead of failing inside YAML), as our own export quotes them anyway.
_NoAliases.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _AliasFound(Exception):
    pass


def split(text: str, file: str) -> tuple[dict[str, Any] | None, str]:
    """The front matter (``None`` when the text has none) and the body after it, as it is."""
    if not (text.startswith("---\n") or text.startswith("---\r\n")):
        return None, text
    start = text.index("\n") + 1
    pos = start
    while True:
        end = text.find("\n", pos)
        line = text[pos:] if end < 0 else text[pos:end]
        if line.rstrip("\r") in ("---", "..."):
            break
        if end < 0:
            return None, text  # no closing line: not front matter, a thematic break
        pos = end + 1
    head = text[start:pos]
    body = "" if end < 0 else text[end + 1:]
    if len(head) > MAX_FRONT_MATTER:
        raise ImportProblem(file=str(file), reason="too_large", limit=MAX_FRONT_MATTER)
    try:
        data = yaml.load(head, Loader=_NoAliases)  # noqa: S506 - a SafeLoader subclass
    except _AliasFound:
        raise ImportProblem(file=str(file), reason="yaml_aliases") from None
    except (yaml.YAMLError, RecursionError, ValueError):
        raise ImportProblem(file=str(file), reason="bad_front_matter") from None
    if data is None:
        return {}, body
    if not isinstance(data, dict) or not all(isinstance(k, str) for k in data):
        raise ImportProblem(file=str(file), reason="bad_front_matter")
    try:
        return _whole(data), body
    except UnicodeError:
        raise ImportProblem(file=str(file), reason="not_utf8") from None
    except RecursionError:
        raise ImportProblem(file=str(file), reason="bad_front_matter") from None


def _whole(value: Any) -> Any:
    """``value`` with YAML's escaped surrogate pairs (``"\\ud800\\udc00"``, as PyYAML writes a
    character beyond U+FFFF) joined into their character; a lone surrogate raises UnicodeError."""
    if isinstance(value, str):
        if any("\ud800" <= c <= "\udfff" for c in value):
            return value.encode("utf-16", "surrogatepass").decode("utf-16")
        return value
    if isinstance(value, dict):
        return {_whole(k): _whole(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_whole(v) for v in value]
    return value
