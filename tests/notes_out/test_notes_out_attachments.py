"""Attachments written out: beside each Markdown file, base64 inside the JSON file; streamed; and the
bytes of an entry not selected never reach the disk.  (Skips until vault.attachments is in this tree.)"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import secrets
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from test_notes_out_core import read_markdown_entry, validate

from mentorvault.notes_out import Selection, select_ids, write_json, write_markdown

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6300010000050001a5f645400000000049454e44ae426082")


@pytest.fixture
def with_files(vault: Any) -> dict[str, Any]:
    if not hasattr(vault, "attachments"):
        pytest.skip("vault.attachments is not in this tree yet")
    big = secrets.token_bytes(3 * 1024 * 1024 + 1)  # not a multiple of 3: the base64 tail is padded
    entry = vault.entries.add("session-note", "With pictures", "The board: ![board](attachment:white%20board.png)\n"
                              "and [the plan](attachment:plan%20v2.pdf)", {"session_date": "2026-03-01"})
    vault.attachments.add(entry.id, io.BytesIO(PNG), name="white board.png", media_type="image/png")
    vault.attachments.add(entry.id, io.BytesIO(big), name="plan v2.pdf", media_type="application/pdf")
    marker = secrets.token_hex(12).encode()
    other = vault.entries.add("reflection", "Not exported", "", {"prompt": "p"})
    vault.attachments.add(other.id, io.BytesIO(b"secret " + marker), name="secret.txt", media_type="text/plain")
    return {"entry": vault.entries.get(entry.id), "big": big, "marker": marker, "other": other}


def test_markdown_puts_each_attachment_beside_its_file(vault: Any, with_files: dict[str, Any],
                                                       tmp_path: Path) -> None:
    entry = with_files["entry"]
    result = write_markdown(vault, [entry.id], tmp_path / "out")
    assert result.attachments == 2
    path = next((tmp_path / "out").glob("*.md"))
    stem = path.name[:-3]
    files = tmp_path / "out" / f"{stem}.files"
    assert (files / quote("white board.png", safe="")).read_bytes() == PNG
    assert (files / quote("plan v2.pdf", safe="")).read_bytes() == with_files["big"]
    meta, body = read_markdown_entry(path)
    assert body == entry.body
    raw = path.read_text(encoding="utf-8")
    assert f"![board]({stem}.files/white%20board.png)" in raw and f"({stem}.files/plan%20v2.pdf)" in raw
    listed = {a["name"]: a for a in meta["attachments"]}
    assert listed["plan v2.pdf"] == {"name": "plan v2.pdf", "sha256": hashlib.sha256(with_files["big"]).hexdigest(),
                                     "type": "application/pdf", "size": len(with_files["big"])}
    assert listed["white board.png"]["type"] == "image/png"


def test_json_carries_attachments_as_base64_and_matches_its_schema(vault: Any, with_files: dict[str, Any],
                                                                    tmp_path: Path) -> None:
    out = tmp_path / "n.json"
    result = write_json(vault, [with_files["entry"].id], out, exported_at="2026-03-01T10:00:00.000000Z")
    assert result.attachments == 2
    data = json.loads(out.read_text(encoding="utf-8"))
    schema = json.loads((Path(__file__).parents[2] / "docs" / "export-json.schema.json").read_text())
    assert validate(data, schema, schema) == []
    found = {a["name"]: a for a in data["entries"][0]["attachments"]}
    big = base64.b64decode(found["plan v2.pdf"]["data"], validate=True)
    assert big == with_files["big"] and hashlib.sha256(big).hexdigest() == found["plan v2.pdf"]["sha256"]
    assert base64.b64decode(found["white board.png"]["data"]) == PNG


def test_an_unselected_entrys_attachment_reaches_no_file(vault: Any, with_files: dict[str, Any],
                                                         tmp_path: Path) -> None:
    ids = select_ids(vault, Selection(kind="session-note"))
    write_markdown(vault, ids, tmp_path / "md")
    write_json(vault, ids, tmp_path / "n.json", exported_at="t")
    marker = with_files["marker"]
    for folder, _dirs, names in os.walk(tmp_path):
        for name in names:
            path = Path(folder) / name
            if "vault" in path.relative_to(tmp_path).parts[:1]:
                continue  # the vault itself holds it, encrypted
            data = path.read_bytes()
            assert marker not in data and base64.b64encode(b"secret " + marker)[:20] not in data, path


def test_the_pdf_names_each_entrys_attachments(vault: Any, with_files: dict[str, Any], tmp_path: Path) -> None:
    from mentorvault.ui.logic.printdoc import PrintWords, entries_document

    entry = with_files["entry"]
    names = {entry.id: [a.name for a in vault.attachments.list(entry.id)]}
    text = entries_document([entry], "2026-03-01", PrintWords(), names).text()
    assert "Attachments: plan v2.pdf, white board.png" in text
