"""Day One's JSON export: a ``.zip`` (or the folder it unpacks to) holding one JSON file per
journal (``Journal.json``, ...) and the media folders (``photos/``, ``videos/``, ``audios/``,
``pdfs/``).

A journal file is ``{"metadata": {"version": "1.0"}, "entries": [...]}``; an entry has
``uuid``, ``creationDate`` (UTC, ``2024-05-01T14:30:00Z``), ``modifiedDate``, ``timeZone`` (an
IANA name), ``text`` (Markdown), ``tags``, ``starred`` and lists of media (``photos`` ...), each
``{"identifier", "md5", "type"}``: the file is ``photos/<md5>.<type>`` and the text refers to it
as ``![](dayone-moment://<identifier>)``.  Those references become our ``attachment:NAME``.
"""

from __future__ import annotations

import datetime as _dt
import re
import stat
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import quote

from mentorvault.errors import ImportProblem
from mentorvault.notes_in.dates import instant, local_day, time_zone
from mentorvault.notes_in.models import AttachmentSource, ImportedNote, ImportPlan
from mentorvault.notes_in.safety import (
    MAX_JSON_BYTES,
    SafeZip,
    TextBudget,
    attachment_name,
    check_input,
    inside,
    parse_json,
    read_capped,
    walk_files,
)

MEDIA = {"photos": "photos", "videos": "videos", "audios": "audios", "pdfAttachments": "pdfs"}
_MOMENT = re.compile(r"dayone-moment:/*(?:[a-z]+/)?([A-Za-z0-9-]{1,64})")
_MEDIA_TYPES = {"jpeg": "image/jpeg", "jpg": "image/jpeg", "png": "image/png", "gif": "image/gif",
                "heic": "image/heic", "webp": "image/webp", "pdf": "application/pdf", "mp4": "video/mp4",
                "mov": "video/quicktime", "m4a": "audio/mp4", "aac": "audio/aac", "mp3": "audio/mpeg"}


class _Source:
    """The export's files, in a zip or a folder: names relative to its top, ``/``-separated."""

    def __init__(self, path: Path) -> None:
        check_input(path, folder=None)
        self.path = path
        self.zip: SafeZip | None = None
        if path.is_dir():
            self.files = {p.relative_to(path).as_posix(): p for p in walk_files(path)}
        else:
            self.zip = SafeZip(path)
            self.files = {name: path for name in self.zip.members}
        # An archive may wrap everything in one folder ("Export-2024-05-01/Journal.json").
        tops = {n.split("/", 1)[0] for n in self.files if "/" in n and n.endswith(".json")}
        self.prefix = ""
        if not any("/" not in n and n.endswith(".json") for n in self.files) and len(tops) == 1:
            self.prefix = tops.pop() + "/"

    def shown(self, name: str) -> str:
        return self.zip.shown(name) if self.zip else name

    def journals(self) -> list[str]:
        return sorted(n for n in self.files if n.startswith(self.prefix) and n.endswith(".json")
                      and "/" not in n[len(self.prefix):])

    def read(self, name: str) -> bytes:
        if self.zip:
            return self.zip.read(name, MAX_JSON_BYTES)
        return read_capped(self.files[name], MAX_JSON_BYTES, name)

    def media(self, relative: str, shown: str) -> AttachmentSource | None:
        name = self.prefix + relative
        if name not in self.files:
            return None
        media_type = _MEDIA_TYPES.get(relative.rsplit(".", 1)[-1].lower())
        filename = relative.rsplit("/", 1)[-1]
        if self.zip is not None:
            archive = self.zip
            return AttachmentSource(filename, self.shown(name), archive.members[name].file_size,
                                    lambda: archive.open(name), media_type=media_type)
        file = inside(self.path, name, shown)
        return AttachmentSource(filename, name, file.stat().st_size, _opener(file, name), media_type=media_type)


def _opener(file: Path, shown: str) -> Callable[[], BinaryIO]:
    def open_() -> BinaryIO:
        st = file.lstat()
        if stat.S_ISLNK(st.st_mode):
            raise ImportProblem(file=str(shown), reason="symlink")
        return file.open("rb")
    return open_


def _entry(raw: Any, file: str, source: _Source) -> ImportedNote:
    if not isinstance(raw, dict) or not isinstance(raw.get("uuid"), str) or not raw["uuid"]:
        raise ImportProblem(file=str(file), reason="not_a_journal")
    text = raw.get("text", "")
    tags = raw.get("tags") or []
    if not isinstance(text, str) or not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ImportProblem(file=str(file), reason="not_a_journal")
    zone = time_zone(raw["timeZone"], file) if raw.get("timeZone") is not None else _dt.UTC
    created = instant(raw.get("creationDate"), file, _dt.UTC).astimezone(zone)
    updated = instant(raw["modifiedDate"], file, _dt.UTC) if raw.get("modifiedDate") else None
    attachments: list[AttachmentSource] = []
    links: dict[str, tuple[str, str]] = {}  # identifier -> (name, media type)
    for key, folder in MEDIA.items():
        items = raw.get(key) or []
        if not isinstance(items, list):
            raise ImportProblem(file=str(file), reason="not_a_journal")
        for item in items:
            if not isinstance(item, dict):
                raise ImportProblem(file=str(file), reason="not_a_journal")
            md5, kind, ident = item.get("md5"), item.get("type"), item.get("identifier")
            if not (isinstance(md5, str) and re.fullmatch(r"[0-9a-fA-F]{32}", md5)
                    and isinstance(kind, str) and re.fullmatch(r"[A-Za-z0-9]{1,10}", kind)):
                continue  # a media item without its file (not downloaded when exporting)
            found = source.media(f"{folder}/{md5}.{kind}", file)
            if found is None:
                continue
            if any(a.origin == found.origin for a in attachments):  # the same file twice in one entry
                if isinstance(ident, str):
                    links[ident] = next((a.name, a.media_type or "") for a in attachments if a.origin == found.origin)
                continue
            found = replace(found, name=attachment_name(found.name, [a.name for a in attachments]))
            attachments.append(found)
            if isinstance(ident, str):
                links[ident] = (found.name, found.media_type or "")

    def link(match: re.Match[str]) -> str:
        target = links.get(match[1])
        return f"attachment:{quote(target[0], safe='')}" if target else match[0]

    body = _MOMENT.sub(link, text)
    # Day One writes the title as the text's first line (a heading, usually).
    first, _, rest = body.partition("\n")
    title = first.lstrip("#").strip()
    if title and not title.startswith("!["):
        body = rest.lstrip("\n")
    else:
        title = ""
    return ImportedNote(
        source_file=file, origin_key=raw["uuid"], title=title, body=body, created=created,
        day=local_day(created), updated=updated, tags=tags, starred=raw.get("starred") is True,
        attachments=attachments,
    )


def read(path: Path) -> ImportPlan:
    source = _Source(path)
    journals = source.journals()
    if not journals:
        raise ImportProblem(file=str(path.name), reason="nothing_found")
    notes: list[ImportedNote] = []
    seen: set[str] = set()
    budget = TextBudget(path.name)
    for name in journals:
        shown = source.shown(name)
        data = parse_json(budget.take(source.read(name)), shown)
        if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
            raise ImportProblem(file=str(shown), reason="not_a_journal")
        for raw in data["entries"]:
            note = _entry(raw, shown, source)
            if note.origin_key in seen:
                raise ImportProblem(file=str(shown), reason="duplicate_id", value=note.origin_key[:40])
            seen.add(note.origin_key)
            notes.append(note)
    return ImportPlan("dayone", str(path), notes)
