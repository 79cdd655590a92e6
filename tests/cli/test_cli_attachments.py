"""The attachment commands in a subprocess on a real vault: attach, show, attachment --out, detach."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from cli_helpers import cli, fails, ok_json, quick_vault

MARKER = b"CLI-ATTACHMENT-MARKER-41ab"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return quick_vault(tmp_path / "vault")


@pytest.fixture
def entry_id(folder: Path) -> str:
    return str(ok_json("add", "reflection", "--title", "With a file", "--field", "prompt=p", "--json",
                       vault=folder)["id"])


def test_attach_show_copy_detach(folder: Path, entry_id: str, tmp_path: Path) -> None:
    data = b"%PDF-1.4\n" + MARKER * 40_000
    src = tmp_path / "report.pdf"
    src.write_bytes(data)
    added = ok_json("attach", entry_id[:8], str(src), "--json", vault=folder)
    assert added == {"name": "report.pdf", "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    named = ok_json("attach", entry_id, str(src), "--name", "copy.pdf", "--json", vault=folder)
    assert named["name"] == "copy.pdf"
    shown = ok_json("show", entry_id, "--json", vault=folder)
    assert shown["attachments"] == [
        {"name": "copy.pdf", "size": len(data), "sha256": added["sha256"], "type": "application/pdf"},
        {"name": "report.pdf", "size": len(data), "sha256": added["sha256"], "type": "application/pdf"},
    ]
    text = cli("show", entry_id, vault=folder)
    assert "attachments:" in text.stdout and "report.pdf  (1.0 MB, application/pdf)" in text.stdout

    out = tmp_path / "saved.pdf"
    result = cli("attachment", entry_id, "report.pdf", "--out", str(out), vault=folder)
    assert result.returncode == 0, result.stderr
    assert "NOT encrypted" in result.stderr and str(out) in result.stderr
    assert out.read_bytes() == data
    # an existing file is kept unless --force
    out.write_bytes(b"mine")
    line = fails("attachment", entry_id, "report.pdf", "--out", str(out), vault=folder)
    assert "already exists" in line and "--force" in line
    assert out.read_bytes() == b"mine"
    assert cli("attachment", entry_id, "report.pdf", "--out", str(out), "--force", vault=folder).returncode == 0
    assert out.read_bytes() == data

    result = cli("detach", entry_id, "copy.pdf", vault=folder)
    assert result.returncode == 0 and "Removed 'copy.pdf'" in result.stdout
    assert [a["name"] for a in ok_json("show", entry_id, "--json", vault=folder)["attachments"]] == ["report.pdf"]


def test_show_json_lists_no_attachments_as_an_empty_list(folder: Path, entry_id: str) -> None:
    assert ok_json("show", entry_id, "--json", vault=folder)["attachments"] == []


def test_bad_input_gets_one_clear_line(folder: Path, entry_id: str, tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_bytes(b"x")
    assert "no such file" in fails("attach", entry_id, str(tmp_path / "missing.txt"), vault=folder)
    assert "cannot be used" in fails("attach", entry_id, str(src), "--name", "../x", vault=folder)
    assert "show ID" in fails("detach", entry_id, "nothing.txt", vault=folder)
    assert "show ID" in fails("attachment", entry_id, "nothing.txt", "--out", str(tmp_path / "o"), vault=folder)
    assert not (tmp_path / "o").exists()
    assert "list" in fails("attach", "ffffffff", str(src), vault=folder)
    assert "usage" in fails("attachment", entry_id, "a.txt", code=2, vault=folder)  # --out is required
