"""``export-to markdown``: a folder of Markdown files with YAML front matter (docs/markdown-format.md)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import yaml

from mentorvault.domain.models import Entry
from mentorvault.notes_out import attachments as att
from mentorvault.notes_out.model import ExportResult
from mentorvault.notes_out.target import staged_folder, write_file

if TYPE_CHECKING:
    from mentorvault.vault import Vault

FORMAT_VERSION = 1
SLUG_MAX = 48
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_ATTACHMENT_LINK = re.compile(r"\]\(attachment:([^)\s]*)\)")


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """safe_dump (libyaml's when PyYAML has it: five times quicker), with multi-line strings as literal
    blocks (``|``) where YAML allows it."""


def _str(dumper: Any, value: str) -> Any:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def slug(title: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii").lower()
    text = _NOT_SLUG.sub("-", ascii_text).strip("-")[:SLUG_MAX].rstrip("-")
    return text or "entry"


def entry_date(entry: Entry) -> str:
    return entry.entry_date or entry.created_at[:10]


def entry_file_stem(entry: Entry) -> str:
    """``YYYY-MM-DD-slug-ID8``: the entry's file is this plus ``.md``, its attachments' folder plus ``.files``."""
    return f"{entry_date(entry)}-{slug(entry.title)}-{entry.id[:8]}"


def attachment_file_name(name: str) -> str:
    encoded = quote(name, safe="")
    return encoded.replace(".", "%2E") if encoded in (".", "..") else encoded


def front_matter(entry: Entry, attachments: list[att.AttachmentRef]) -> str:
    data: dict[str, Any] = {
        "mentorvault": FORMAT_VERSION,
        "id": entry.id,
        "kind": entry.kind,
        "title": entry.title,
        "date": entry_date(entry),
        "created": entry.created_at,
        "updated": entry.updated_at,
        "tags": list(entry.tags),
    }
    if entry.partner:
        data["partner"] = entry.partner
    data["protected"] = bool(entry.protected)
    data["fields"] = entry.fields
    data["attachments"] = [{"name": a.name, "sha256": a.sha256, "type": a.type, "size": a.size}
                           for a in attachments]
    text: str = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, default_flow_style=False,
                          width=100)
    return text


def body_for_file(body: str, stem: str) -> str:
    """The body with ``](attachment:NAME)`` link targets turned into ``](STEM.files/NAME)``."""
    return _ATTACHMENT_LINK.sub(lambda m: f"]({stem}.files/{m[1]})", body)


def entry_text(entry: Entry, attachments: list[att.AttachmentRef]) -> str:
    return f"---\n{front_matter(entry, attachments)}---\n{body_for_file(entry.body, entry_file_stem(entry))}"


def write_markdown(vault: Vault, ids: list[str], out: Path) -> ExportResult:
    """Write the entries ``ids`` into the new (or empty) folder ``out``; all of it or nothing."""
    out = Path(out)
    result = ExportResult("markdown", str(out), 0)
    with staged_folder(out) as folder:
        for entry_id in ids:
            entry = vault.entries.get(entry_id)
            refs = att.listed(vault, entry.id)
            stem = entry_file_stem(entry)
            data = entry_text(entry, refs).encode("utf-8")
            write_file(folder / f"{stem}.md", data)
            result.files.append(f"{stem}.md")
            result.bytes += len(data)
            if refs:
                files = folder / f"{stem}.files"
                files.mkdir(mode=0o700)
                for ref in refs:
                    att.save_copy(vault, entry.id, ref.name, files / attachment_file_name(ref.name))
                    result.attachments += 1
                    result.bytes += ref.size
            result.entries += 1
    return result
