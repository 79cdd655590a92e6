"""jrnl's JSON export (``jrnl --export json``): ``{"tags": {...}, "entries": [{"title", "body",
"date": "YYYY-MM-DD", "time": "HH:MM", "tags": ["#tag", "@name"], "starred"}]}``.

jrnl keeps local times without a time zone; they are read in this computer's time zone (or
``zone``).  jrnl has no ids: a note's origin is the hash of its date, time, title and body, so
the same export imported twice adds each note once.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from pathlib import Path
from typing import Any

from mentorvault.errors import ImportProblem
from mentorvault.notes_in.dates import instant
from mentorvault.notes_in.models import ImportedNote, ImportPlan
from mentorvault.notes_in.safety import MAX_JSON_BYTES, check_input, parse_json, read_capped

TAG_SYMBOLS = "#@"


def _text(value: Any, name: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ImportProblem(file=str(name), reason="not_a_journal")
    return value


def read(path: Path, zone: _dt.tzinfo | None = None) -> ImportPlan:
    check_input(path, folder=False)
    name = path.name
    data = parse_json(read_capped(path, MAX_JSON_BYTES, name), name)
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise ImportProblem(file=str(name), reason="not_a_journal")
    notes = []
    for raw in data["entries"]:
        if not isinstance(raw, dict):
            raise ImportProblem(file=str(name), reason="not_a_journal")
        title, body = _text(raw.get("title"), name), _text(raw.get("body"), name)
        date, time = _text(raw.get("date"), name), _text(raw.get("time"), name) or "00:00"
        when = instant(f"{date}T{time}", name, zone)
        tags = raw.get("tags") or []
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise ImportProblem(file=str(name), reason="not_a_journal")
        key = hashlib.sha256("\x00".join((date, time, title, body)).encode()).hexdigest()[:32]
        notes.append(ImportedNote(
            source_file=name, origin_key=key, title=title, body=body, created=when, day=when.date(),
            tags=[t.lstrip(TAG_SYMBOLS) for t in tags if t.lstrip(TAG_SYMBOLS)],
            starred=raw.get("starred") is True,
        ))
    return ImportPlan("jrnl", str(path), notes)
