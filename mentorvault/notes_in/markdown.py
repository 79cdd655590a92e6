"""A folder of Markdown notes: MentorVault's own export (``docs/markdown-format.md``), an
Obsidian vault, a Logseq graph or any plain notes folder.

Front matter (YAML, optional) may give ``title``, ``date``/``created``, ``tags``, and our own
``kind`` and ``fields``; Logseq's ``title::``/``tags::`` properties count too, and so do
``#tags`` in the text.  Images the notes link (``![alt](path)``, Obsidian's ``![[name]]``)
are brought in as attachments and the links become ``attachment:NAME``.  A note without a
date takes the one in its file name (``2024-05-01 ...`` or Logseq's ``2024_05_01``), or the
file's modification time.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import posixpath
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import quote, unquote

from mentorvault.domain.kinds import KINDS
from mentorvault.errors import ImportProblem
from mentorvault.notes_in import frontmatter
from mentorvault.notes_in.dates import instant, local_day
from mentorvault.notes_in.models import AttachmentSource, ImportedNote, ImportPlan
from mentorvault.notes_in.safety import (
    MAX_NOTE_BYTES,
    TextBudget,
    attachment_name,
    check_input,
    decode_utf8,
    inside,
    read_capped,
    walk_files,
)

FORMAT_VERSION = 1
NOTE_SUFFIXES = (".md", ".markdown")
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\(\s*(<[^>\n]+>|[^)\s]+)(\s+\"[^\"\n]*\")?\s*\)")
_EMBED = re.compile(r"!\[\[([^\]|#\n]+)(?:#[^\]|\n]*)?(?:\|([^\]\n]*))?\]\]")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:")
_CODE = re.compile(r"```.*?```|~~~.*?~~~|`[^`\n]*`", re.S)
_TAG = re.compile(r"(?:(?<=\s)|^)#(\[\[[^\]\n]{1,60}\]\]|[^\s#.,;:!?()\[\]{}\"'`<>]{1,60})", re.M)
_PROPERTY = re.compile(r"([A-Za-z][\w-]*):: ?(.*)")
_NAME_DATE = re.compile(r"^(\d{4})[-_](\d{2})[-_](\d{2})")


def _opener(file: Path, shown: str) -> Callable[[], BinaryIO]:
    def open_() -> BinaryIO:
        if file.is_symlink():
            raise ImportProblem(file=str(shown), reason="symlink")
        return file.open("rb")
    return open_


def _media_type(name: str) -> str | None:
    import mimetypes

    return mimetypes.guess_type(name, strict=False)[0]


def _tags(value: Any, file: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [t for t in re.split(r"[,\s]+", value) if t]
    if isinstance(value, list) and all(isinstance(t, (str, int)) for t in value):
        return [str(t) for t in value]
    raise ImportProblem(file=str(file), reason="bad_front_matter")


def _inline_tags(body: str) -> list[str]:
    text = _CODE.sub(" ", body)
    out = []
    for match in _TAG.finditer(text):
        tag = match[1].removeprefix("[[").removesuffix("]]")
        if not tag.isdigit() and not tag.startswith("#"):
            out.append(tag)
    return out


class _Folder:
    def __init__(self, root: Path) -> None:
        check_input(root, folder=True)
        self.root = root
        self.files = list(walk_files(root))
        by_name: dict[str, Path] = {}
        for f in self.files:
            by_name.setdefault(f.name, f)
        self.by_name = by_name

    def rel(self, file: Path) -> str:
        return file.relative_to(self.root).as_posix()

    def local(self, note: Path, target: str, shown: str) -> Path | None:
        """The file a note's link names, inside the folder; ``None`` when there is none."""
        target = unquote(target.strip("<>"))
        if target.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", target) or target.startswith("file:"):
            raise ImportProblem(file=str(shown), reason="unsafe_path")
        if _SCHEME.match(target) or target.startswith("#"):
            return None
        target = target.split("#", 1)[0].split("?", 1)[0]
        if not target:
            return None
        rel = posixpath.normpath(posixpath.join(posixpath.dirname(self.rel(note)), target.replace("\\", "/")))
        if rel == ".." or rel.startswith("../"):
            raise ImportProblem(file=str(shown), reason="unsafe_path")
        path = inside(self.root, rel, shown)
        return path if path.is_file() else None

    def embedded(self, note: Path, target: str, shown: str) -> Path | None:
        """Obsidian's ``![[name]]``: beside the note, from the top, or anywhere by its name."""
        found = self.local(note, target, shown)
        if found is None and ".." not in target:
            found = self.local(self.root / "x.md", target, shown) or self.by_name.get(target.rsplit("/", 1)[-1])
        return found


class _Attachments:
    """A note's attachments, one per file, with names unique within the note."""

    def __init__(self, folder: _Folder) -> None:
        self.folder = folder
        self.items: list[AttachmentSource] = []
        self._names: dict[Path, str] = {}

    def name_for(self, path: Path) -> str:
        if path in self._names:
            return self._names[path]
        name = attachment_name(path.name, self._names.values())
        self._names[path] = name
        rel = self.folder.rel(path)
        self.items.append(AttachmentSource(name, rel, path.stat().st_size, _opener(path, rel),
                                           media_type=_media_type(name)))
        return name


def _foreign(folder: _Folder, file: Path, text: str) -> ImportedNote:
    shown = folder.rel(file)
    meta, body = frontmatter.split(text, shown)
    meta = meta or {}
    # Logseq's page properties: "key:: value" lines at the top.
    props: dict[str, str] = {}
    lines = body.split("\n")
    while lines and (m := _PROPERTY.fullmatch(lines[0].strip())):
        props[m[1].lower()] = m[2].strip()
        lines.pop(0)
    if props:
        body = "\n".join(lines).lstrip("\n")
    title = meta.get("title", props.get("title"))
    if title is not None and not isinstance(title, (str, int, float)):
        raise ImportProblem(file=str(shown), reason="bad_front_matter")
    if title is None:
        first, _, rest = body.lstrip("\n").partition("\n")
        if first.startswith("# "):
            title, body = first[2:].strip(), rest.lstrip("\n")
        else:
            title = file.stem
    when_raw = meta.get("date", meta.get("created"))
    if when_raw is not None:
        created = instant(when_raw, shown)
    elif m := _NAME_DATE.match(file.name):
        created = instant(f"{m[1]}-{m[2]}-{m[3]}", shown)
    else:
        created = _dt.datetime.fromtimestamp(file.stat().st_mtime).astimezone()
    tags = _tags(meta.get("tags"), shown) + [t.strip().removeprefix("[[").removesuffix("]]").strip()
                                              for t in props.get("tags", "").split(",") if t.strip()]
    tags += _inline_tags(body)
    kind = meta.get("kind")
    fields = meta.get("fields") or {}
    if not isinstance(kind, str) or kind not in KINDS:  # another app's "kind" (a book...): the one the user picks
        kind, fields = None, {}
    if not isinstance(fields, dict):
        raise ImportProblem(file=str(shown), reason="bad_front_matter")
    attachments = _Attachments(folder)

    def image(match: re.Match[str]) -> str:
        found = folder.local(file, match[2], shown)
        return match[0] if found is None else f"![{match[1]}](attachment:{quote(attachments.name_for(found), safe='')})"

    def embed(match: re.Match[str]) -> str:
        found = folder.embedded(file, match[1].strip(), shown)
        if found is None:
            return match[0]
        caption = (match[2] or "").strip()
        caption = "" if caption.isdigit() or re.fullmatch(r"\d+x\d+", caption) else caption
        return f"![{caption}](attachment:{quote(attachments.name_for(found), safe='')})"

    body = _EMBED.sub(embed, _IMAGE.sub(image, body))
    key = hashlib.sha256(f"{shown}\x00{text}".encode()).hexdigest()[:32]
    return ImportedNote(
        source_file=shown, origin_key=key, title=str(title), body=body, created=created, day=local_day(created),
        tags=tags, kind=kind, fields=fields, attachments=attachments.items,
    )


def _own(folder: _Folder, file: Path, meta: dict[str, Any], body: str) -> ImportedNote:
    """A note our own export wrote: everything as it was, links to the files beside it turned back."""
    shown = folder.rel(file)
    version = meta.get("mentorvault")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ImportProblem(file=str(shown), reason="bad_front_matter")
    if version > FORMAT_VERSION:
        raise ImportProblem(file=str(shown), reason="newer_format")
    entry_id, kind, title = meta.get("id"), meta.get("kind"), meta.get("title")
    fields, tags, partner = meta.get("fields") or {}, meta.get("tags") or [], meta.get("partner")
    if not (isinstance(entry_id, str) and entry_id and isinstance(kind, str) and isinstance(title, str)
            and isinstance(fields, dict) and isinstance(tags, list) and (partner is None or isinstance(partner, str))):
        raise ImportProblem(file=str(shown), reason="bad_front_matter")
    if kind not in KINDS:
        raise ImportProblem(file=str(shown), reason="invalid_entry", detail=f"unknown kind '{kind[:40]}'")
    created = instant(meta.get("created", meta.get("date")), shown)
    updated = instant(meta["updated"], shown) if meta.get("updated") else None
    day_raw = meta.get("date")
    day = instant(day_raw, shown).date() if day_raw is not None else created.astimezone(_dt.UTC).date()
    stem = file.name[: -len(file.suffix)]
    items = []
    listed = meta.get("attachments") or []
    if not isinstance(listed, list):
        raise ImportProblem(file=str(shown), reason="bad_front_matter")
    for item in listed:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"]:
            raise ImportProblem(file=str(shown), reason="bad_front_matter")
        name = item["name"]
        encoded = quote(name, safe="")
        encoded = encoded.replace(".", "%2E") if encoded in (".", "..") else encoded  # as the export names it
        rel = posixpath.join(posixpath.dirname(shown), f"{stem}.files", encoded)
        path = inside(folder.root, rel, shown)
        if not path.is_file():
            raise ImportProblem(file=str(shown), reason="missing_attachment", value=name[:40])
        sha = item.get("sha256")
        items.append(AttachmentSource(name, rel, path.stat().st_size, _opener(path, rel),
                                      sha256=sha if isinstance(sha, str) else None,
                                      media_type=item.get("type") if isinstance(item.get("type"), str) else None))
    body = body.replace(f"]({stem}.files/", "](attachment:")
    return ImportedNote(
        source_file=shown, origin_key=entry_id, title=title, body=body, created=created, day=day, updated=updated,
        tags=[str(t) for t in tags], kind=kind, fields=_plain(fields), partner=partner,
        protected=meta.get("protected") is True, own=True, attachments=items,
    )


def _plain(value: Any) -> Any:
    """Dates YAML read unquoted (a file edited by hand) back to their ``YYYY-MM-DD`` text."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, _dt.date) and not isinstance(value, _dt.datetime):
        return value.isoformat()
    return value


def _attached(file: Path) -> bool:
    """A file in the attachments folder of a note our export wrote (``STEM.files/`` beside ``STEM.md``)
    is that note's attachment, even when it is Markdown itself."""
    for parent in file.parents:
        if parent.name.endswith(".files") and parent.with_name(parent.name[: -len(".files")] + ".md").is_file():
            return True
    return False


def read(path: Path) -> ImportPlan:
    folder = _Folder(path)
    notes: list[ImportedNote] = []
    own_ids: set[str] = set()
    budget = TextBudget(path)
    for file in folder.files:
        if not file.name.lower().endswith(NOTE_SUFFIXES) or _attached(file):
            continue
        shown = folder.rel(file)
        text = decode_utf8(budget.take(read_capped(file, MAX_NOTE_BYTES, shown)), shown)
        meta, body = frontmatter.split(text, shown)
        if meta is not None and "mentorvault" in meta:
            note = _own(folder, file, meta, body)
            if note.origin_key in own_ids:
                raise ImportProblem(file=str(shown), reason="duplicate_id", value=note.origin_key[:40])
            own_ids.add(note.origin_key)
        else:
            note = _foreign(folder, file, text)
        notes.append(note)
    if not notes:
        raise ImportProblem(file=str(path), reason="nothing_found")
    return ImportPlan("markdown", str(path), notes)
