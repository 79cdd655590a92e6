"""Entry validation and the content hash that consent pins to.

The canonical form (documented in ``docs/content-hash.md``) is version 1:

    SHA-256 over UTF-8 of compact, key-sorted JSON of
    {"v": 1, "kind": K, "title": T, "body": B, "fields": F, "tags": [sorted tags]}

plus ``"attachments": {name: sha256}`` when the entry has attachments (and only then),

where every string is NFC-normalised, line endings are ``\\n``, fields with an
empty value (None, "", [] ) are left out, and list-of-object items keep only
their non-empty sub-fields.  Storage details (ids, timestamps, partner, revision
numbers, dictionary order) never enter the hash.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from mentorvault.domain.kinds import (
    DATE,
    ENUM,
    INT,
    ITEMS,
    LIST,
    LONGTEXT,
    TEXT,
    URL,
    FieldSpec,
    KindSpec,
    kind_spec,
)
from mentorvault.domain.strictjson import JSONObject, dumps_canonical
from mentorvault.errors import InvalidEntry, UnknownKind

HASH_VERSION = 1
MAX_TITLE = 300
MAX_TEXT = 2_000  # one-line field
MAX_LONGTEXT = 1_000_000
MAX_BODY = 10_000_000
MAX_LIST = 500
MAX_TAGS = 50
MAX_TAG = 60

_TAG_RE = re.compile(r"^[^\s,#][^,]{0,59}$")


def normalise_text(value: str) -> str:
    """NFC, ``\\n`` line endings, no NUL characters."""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if value.isascii():  # ASCII text is already NFC; skip the normalizer's scan
        return value
    return unicodedata.normalize("NFC", value)


def _check_str(name: str, value: Any, limit: int, multiline: bool, label: str = "") -> str:
    if not isinstance(value, str):
        raise InvalidEntry(f"Field '{name}' must be text.", reason="wrong_type", field=name, label=label)
    text = normalise_text(value)
    if "\x00" in text:
        raise InvalidEntry(f"Field '{name}' contains a NUL character; remove it.",
                           reason="nul_character", field=name, label=label)
    if not multiline and "\n" in text:
        raise InvalidEntry(f"Field '{name}' must be a single line.",
                           reason="not_one_line", field=name, label=label)
    if len(text) > limit:
        raise InvalidEntry(f"Field '{name}' is too long ({len(text)} characters; the limit is {limit}).",
                           reason="too_long", field=name, label=label, length=len(text), limit=limit)
    return text


def parse_date(name: str, value: Any, label: str = "") -> str:
    if isinstance(value, _dt.date) and not isinstance(value, _dt.datetime):
        return value.isoformat()
    if not isinstance(value, str):
        raise InvalidEntry(f"Field '{name}' must be a date like 2026-03-14.",
                           reason="bad_date", field=name, label=label)
    try:
        return _dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise InvalidEntry(f"Field '{name}' must be a date like 2026-03-14, not '{value[:40]}'.",
                           reason="bad_date", field=name, label=label) from None


def _is_empty(value: Any) -> bool:
    if value is None:
        return True
    if type(value) in _PLAIN_CONTAINERS:  # the usual case, answered without three comparisons
        return not value
    return bool(value == "" or value == [] or value == {})


_PLAIN_CONTAINERS = frozenset((str, list, dict))


def _validate_value(spec: FieldSpec, value: Any, where: str) -> Any:
    name = where
    if spec.type == TEXT or spec.type == URL:
        return _check_str(name, value, MAX_TEXT, multiline=False, label=spec.label).strip()
    if spec.type == LONGTEXT:
        return _check_str(name, value, MAX_LONGTEXT, multiline=True, label=spec.label)
    if spec.type == DATE:
        return parse_date(name, value, spec.label)
    if spec.type == ENUM:
        if not isinstance(value, str) or value not in spec.choices:
            raise InvalidEntry(f"Field '{name}' must be one of: {', '.join(spec.choices)}.",
                               reason="not_a_choice", field=name, label=spec.label, choices=spec.choices)
        return value
    if spec.type == INT:
        if isinstance(value, bool):
            raise InvalidEntry(f"Field '{name}' must be a whole number.",
                               reason="not_a_number", field=name, label=spec.label)
        if isinstance(value, str):
            try:
                value = int(value.strip())
            except ValueError:
                raise InvalidEntry(f"Field '{name}' must be a whole number.",
                                   reason="not_a_number", field=name, label=spec.label) from None
        if not isinstance(value, int):
            raise InvalidEntry(f"Field '{name}' must be a whole number.",
                               reason="not_a_number", field=name, label=spec.label)
        if (spec.minimum is not None and value < spec.minimum) or (
            spec.maximum is not None and value > spec.maximum
        ):
            raise InvalidEntry(f"Field '{name}' must be between {spec.minimum} and {spec.maximum}.", reason="out_of_range", field=name, label=spec.label, minimum=spec.minimum, maximum=spec.maximum)
        return value
    if spec.type == LIST:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, (list, tuple)):
            raise InvalidEntry(f"Field '{name}' must be a list of texts.",
                               reason="wrong_type", field=name, label=spec.label)
        if len(value) > MAX_LIST:
            raise InvalidEntry(f"Field '{name}' has too many items (the limit is {MAX_LIST}).",
                               reason="too_many_items", field=name, label=spec.label, limit=MAX_LIST)
        out = []
        for i, item in enumerate(value):
            text = _check_str(f"{name}[{i}]", item, MAX_TEXT, multiline=False, label=spec.label).strip()
            if text:
                out.append(text)
        return out
    if spec.type == ITEMS:
        if not isinstance(value, (list, tuple)):
            raise InvalidEntry(f"Field '{name}' must be a list.",
                               reason="wrong_type", field=name, label=spec.label)
        if len(value) > MAX_LIST:
            raise InvalidEntry(f"Field '{name}' has too many items (the limit is {MAX_LIST}).",
                               reason="too_many_items", field=name, label=spec.label, limit=MAX_LIST)
        out_items = []
        first = spec.subfields[0]
        for i, item in enumerate(value):
            if isinstance(item, str):
                item = {first.name: item}
            if not isinstance(item, Mapping):
                raise InvalidEntry(f"Each item of '{name}' must be an object or a text.",
                                   reason="wrong_type", field=name, label=spec.label)
            out_items.append(_validate_fields(spec.subfields, item, f"{name}[{i}]."))
        return out_items
    raise AssertionError(f"unknown field type {spec.type}")  # programming error


def _validate_fields(specs: Sequence[FieldSpec], values: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    known = _names_of(specs)
    for key in values:
        if key not in known:
            raise InvalidEntry(
                f"Unknown field '{prefix}{key}'. Known fields here: {', '.join(known)}.",
                reason="unknown_field", field=f"{prefix}{key}"
            )
    out: dict[str, Any] = {}
    for spec in specs:
        value = values.get(spec.name)
        if _is_empty(value):
            if spec.default is not None and spec.type == ENUM:
                out[spec.name] = spec.default
                continue
            if spec.required:
                raise InvalidEntry(f"Field '{prefix}{spec.name}' ({spec.label}) is required.",
                                   reason="required", field=prefix + spec.name, label=spec.label)
            continue
        clean = _validate_value(spec, value, prefix + spec.name)
        if _is_empty(clean):
            if spec.required:
                raise InvalidEntry(f"Field '{prefix}{spec.name}' ({spec.label}) is required.",
                                   reason="required", field=prefix + spec.name, label=spec.label)
            continue
        out[spec.name] = clean
    return out


def _names_of(specs: Sequence[FieldSpec]) -> dict[str, FieldSpec]:
    """The field specs by name; each kind's fixed tuple of specs is indexed once (keyed by identity,
    as hashing the specs themselves costs more than indexing them)."""
    held = _NAMES.get(id(specs))
    if held is None or held[0] is not specs:
        held = _NAMES[id(specs)] = (specs, {s.name: s for s in specs})
    return held[1]


_NAMES: dict[int, tuple[Sequence[FieldSpec], dict[str, FieldSpec]]] = {}


def validate_tags(tags: Sequence[str]) -> list[str]:
    if isinstance(tags, str):
        tags = [tags]
    clean: set[str] = set()
    for tag in tags:
        if not isinstance(tag, str):
            raise InvalidEntry("Tags must be text.", reason="wrong_type", field="tags")
        t = normalise_text(tag).strip().lstrip("#").strip().lower()
        if not t:
            continue
        # Printable text has no control, format, surrogate, private-use or unassigned characters
        # (category C); only text that is not is checked character by character.
        if not _TAG_RE.match(t) or (not t.isprintable() and any(unicodedata.category(c).startswith("C") for c in t)):
            raise InvalidEntry(
                f"Tag '{t[:40]}' is not valid: tags are up to {MAX_TAG} characters, without commas or control characters.", reason="bad_tag", field="tags", limit=MAX_TAG
            )
        clean.add(t)
    if len(clean) > MAX_TAGS:
        raise InvalidEntry(f"An entry can have at most {MAX_TAGS} tags.",
                           reason="too_many_tags", field="tags", limit=MAX_TAGS)
    return sorted(clean)


@dataclass
class EntryContent:
    """The user's content of an entry: exactly what the content hash covers."""

    kind: str
    title: str
    body: str = ""
    fields: dict[str, Any] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    # name -> sha256 of each attachment; hashed only when there is one, so the hash of an entry
    # without attachments is the one it always had (docs/content-hash.md).
    attachments: dict[str, str] = field(default_factory=dict)

    def canonical(self) -> JSONObject:
        form: JSONObject = {
            "v": HASH_VERSION,
            "kind": self.kind,
            "title": self.title,
            "body": self.body,
            "fields": self.fields,
            "tags": sorted(self.tags),
        }
        if self.attachments:
            form["attachments"] = dict(self.attachments)
        return form

    def canonical_bytes(self) -> bytes:
        # json.dumps(..., sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        # as UTF-8, written by strictjson's faster encoder of exactly those bytes.
        return dumps_canonical(self.canonical())

    def content_hash(self) -> str:
        return hashlib.sha256(self.canonical_bytes()).hexdigest()


def validate_content(
    kind: str, title: Any, body: Any = "", fields: Mapping[str, Any] | None = None, tags: Sequence[str] = ()
) -> EntryContent:
    """Check and normalise user content; raise :class:`InvalidEntry` naming the problem."""
    spec: KindSpec = kind_spec(kind)
    title_s = _check_str("title", title if title is not None else "", MAX_TITLE, multiline=False).strip()
    if not title_s:
        raise InvalidEntry("Every entry needs a title.", reason="title_missing", field="title")
    body_s = _check_str("body", body if body is not None else "", MAX_BODY, multiline=True)
    if fields is not None and not isinstance(fields, Mapping):
        raise InvalidEntry("Fields must be given as names and values.", reason="wrong_type", field="fields")
    clean_fields = _validate_fields(spec.fields, dict(fields or {}))
    return EntryContent(spec.name, title_s, body_s, clean_fields, validate_tags(tags))


def content_hash(kind: str, title: str, body: str, fields: Mapping[str, Any], tags: Sequence[str]) -> str:
    return validate_content(kind, title, body, fields, tags).content_hash()


def entry_date(content: EntryContent) -> str | None:
    spec = kind_spec(content.kind)
    if spec.date_field:
        value = content.fields.get(spec.date_field)
        if isinstance(value, str):
            return value
    return None


def goal_progress(fields: Mapping[str, Any]) -> int:
    """Progress of a goal in percent: the explicit value, or the share of finished steps."""
    explicit = fields.get("progress")
    if isinstance(explicit, int):
        return explicit
    steps = [s for s in fields.get("micro_goals", []) or [] if s.get("status") != "dropped"]
    if not steps:
        return 0
    done = sum(1 for s in steps if s.get("status") == "done")
    return round(100 * done / len(steps))


def in_kind_order(kind: str, fields: Mapping[str, Any]) -> Mapping[str, Any]:
    """Fields read back from storage (JSON with sorted keys) in the kind's order, the order
    ``validate_content`` gives them, nested items included; names the kind does not know go last."""
    try:
        specs = kind_spec(kind).fields
    except UnknownKind:
        return dict(fields)
    return _in_order(specs, fields)


def _in_order(specs: Sequence[FieldSpec], values: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for spec in specs:
        if spec.name in values:
            value = values[spec.name]
            if spec.subfields and isinstance(value, list):
                value = [_in_order(spec.subfields, v) if isinstance(v, Mapping) else v for v in value]
            elif spec.subfields and isinstance(value, Mapping):
                value = _in_order(spec.subfields, value)
            out[spec.name] = value
    for key, value in values.items():
        out.setdefault(key, value)
    return out


def searchable_text(fields: Mapping[str, Any]) -> str:
    """Field values flattened to text for the full-text index."""
    parts: list[str] = []

    def walk(v: Any) -> None:
        if isinstance(v, str):
            parts.append(v)
        elif isinstance(v, Mapping):
            for x in v.values():
                walk(x)
        elif isinstance(v, (list, tuple)):
            for x in v:
                walk(x)

    walk(fields)
    return "\n".join(parts)


def preview_text(kind: str, body: str, fields: Mapping[str, Any], limit: int = 180) -> str:
    """The line a list shows under an entry's title: the start of its body or, for the kinds written in
    fields (feedback, goals, agreements, ...), the start of what the fields say, in the kind's order:
    texts, list items and the first text of each item (a goal's steps).  Whitespace is folded."""
    text = " ".join(body.split())
    if not text:
        parts: list[str] = []
        for spec in kind_spec(kind).fields:
            value = fields.get(spec.name)
            if isinstance(value, str) and spec.type in ("text", "longtext"):
                parts.append(value)
            elif isinstance(value, list):
                for item in value:
                    if isinstance(item, str):
                        parts.append(item)
                    elif isinstance(item, Mapping):
                        texts = [sub.name for sub in spec.subfields or () if sub.type == "text"]
                        first = item.get(texts[0]) if texts else None
                        if isinstance(first, str):
                            parts.append(first)
            if sum(len(p) for p in parts) > limit:
                break
        text = " · ".join(" ".join(p.split()) for p in parts if p.strip())
    return text[:limit]
