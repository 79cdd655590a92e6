"""Field helpers the entry editor uses: defaults, what is still missing, which fields to show."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import Any

from mentorvault.domain.kinds import DATE, ENUM, ITEMS, LIST, FieldSpec, kind_spec

# Feedback uses one of two frameworks; the fields of the other stay out of the way while empty.
FEEDBACK_GROUPS: dict[str, tuple[str, ...]] = {
    "sbi": ("situation", "behaviour", "impact"),
    "start-stop-continue": ("start", "stop", "continue"),
}


def blank_fields(kind: str, today: _dt.date) -> dict[str, Any]:
    """Field values for a new entry: today for required dates, the default choice for enums."""
    out: dict[str, Any] = {}
    for spec in kind_spec(kind).fields:
        if spec.type == DATE and spec.required:
            out[spec.name] = today.isoformat()
        elif spec.type == ENUM and spec.default is not None:
            out[spec.name] = spec.default
    return out


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def missing_required(kind: str, title: str, fields: Mapping[str, Any]) -> tuple[bool, list[FieldSpec]]:
    """Whether the title is missing, and the required fields that are still empty."""
    missing = [s for s in kind_spec(kind).fields if s.required and is_empty(fields.get(s.name))
               and not (s.type == ENUM and s.default is not None)]
    return not title.strip(), missing


def hidden_fields(kind: str, fields: Mapping[str, Any]) -> set[str]:
    """Names of fields the editor may tuck away because they do not apply right now (and are empty)."""
    if kind != "feedback":
        return set()
    chosen = fields.get("format") or "sbi"
    hidden: set[str] = set()
    for fmt, names in FEEDBACK_GROUPS.items():
        if fmt != chosen:
            hidden.update(n for n in names if is_empty(fields.get(n)))
    return hidden


def clean_fields(kind: str, fields: Mapping[str, Any]) -> dict[str, Any]:
    """Drop empty values and empty list items, keeping only fields the kind knows."""
    spec = kind_spec(kind)
    out: dict[str, Any] = {}
    for name, value in fields.items():
        fs = spec.field(name)
        if fs is None:
            continue
        if fs.type == LIST and isinstance(value, list):
            value = [v for v in (str(x).strip() for x in value) if v]
        elif fs.type == ITEMS and isinstance(value, list):
            items = []
            for item in value:
                kept = {k: v for k, v in item.items() if not is_empty(v)}
                first = fs.subfields[0].name
                if not is_empty(kept.get(first)):
                    items.append(kept)
            value = items
        if not is_empty(value):
            out[name] = value
    return out


def complete_micro_goal(item: Mapping[str, Any], today: _dt.date) -> dict[str, Any]:
    """A micro-goal marked done gets today's date unless it has one; reopening clears it."""
    out = dict(item)
    if out.get("status") == "done":
        out.setdefault("completed", today.isoformat())
        if not out.get("completed"):
            out["completed"] = today.isoformat()
    else:
        out.pop("completed", None)
    return out
