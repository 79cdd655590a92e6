"""``export-to json``: one JSON file (docs/export-json.md, schema in docs/export-json.schema.json).

Attachments go inside it, base64-encoded, so the file is complete on its own; they are streamed
from the vault in chunks and encoded as they come, so a large attachment never sits in memory whole.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from mentorvault.domain.models import Entry
from mentorvault.notes_out import attachments as att
from mentorvault.notes_out.markdown import entry_date
from mentorvault.notes_out.model import ExportResult
from mentorvault.notes_out.target import check_file_target
from mentorvault.storage.atomic import atomic_writer

if TYPE_CHECKING:
    from mentorvault.vault import Vault

JSON_FORMAT = "mentorvault-notes"
JSON_FORMAT_VERSION = 1


def _dump(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=False, allow_nan=False).encode("utf-8")


def _entry_object(entry: Entry) -> dict[str, Any]:
    """An entry as the JSON export writes it, without its attachments."""
    return {
        "id": entry.id, "kind": entry.kind, "title": entry.title, "date": entry_date(entry),
        "created": entry.created_at, "updated": entry.updated_at, "tags": list(entry.tags),
        "partner": entry.partner, "protected": bool(entry.protected), "fields": entry.fields, "body": entry.body,
        "content_hash": entry.content_hash,
    }


class _Base64Stream:
    """Encode chunks as they come: whole 3-byte groups now, the rest with the next chunk."""

    def __init__(self, fh: BinaryIO) -> None:
        self.fh = fh
        self.pending = b""

    def write(self, chunk: bytes) -> None:
        data = self.pending + chunk
        whole = len(data) - len(data) % 3
        self.fh.write(base64.b64encode(data[:whole]))
        self.pending = data[whole:]

    def close(self) -> None:
        self.fh.write(base64.b64encode(self.pending))
        self.pending = b""


def _write_attachment(vault: Vault, fh: BinaryIO, entry_id: str, ref: att.AttachmentRef) -> None:
    head = _dump({"name": ref.name, "sha256": ref.sha256, "type": ref.type, "size": ref.size})
    fh.write(head[:-1] + b', "data": "')
    stream = _Base64Stream(fh)
    for chunk in att.chunks(vault, entry_id, ref.name):
        stream.write(chunk)
    stream.close()
    fh.write(b'"}')


def write_json(vault: Vault, ids: list[str], out: Path, *, exported_at: str, replace: bool = False) -> ExportResult:
    """Write the entries ``ids`` into one JSON file ``out``, atomically (a temporary sibling, renamed)."""
    out = Path(out)
    check_file_target(out, replace)
    result = ExportResult("json", str(out), 0)
    with atomic_writer(out) as fh:
        header = _dump({"format": JSON_FORMAT, "version": JSON_FORMAT_VERSION, "exported_at": exported_at,
                        "count": len(ids)})
        fh.write(header[:-1] + b', "entries": [')
        for n, entry_id in enumerate(ids):
            entry = vault.entries.get(entry_id)
            refs = att.listed(vault, entry.id)
            fh.write((b",\n" if n else b"\n") + _dump(_entry_object(entry))[:-1] + b', "attachments": [')
            for k, ref in enumerate(refs):
                if k:
                    fh.write(b", ")
                _write_attachment(vault, fh, entry.id, ref)
                result.attachments += 1
            fh.write(b"]}")
            result.entries += 1
        fh.write(b"\n]}\n")
        result.bytes = fh.tell()
    return result
