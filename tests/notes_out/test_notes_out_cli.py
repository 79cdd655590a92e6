"""``mentorvault export-to``: the real CLI in a subprocess, on a real vault; PDFs read back with poppler."""

from __future__ import annotations

import io
import json
import os
import secrets
import subprocess
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml

from mentorvault.vault import Vault

from cli_helpers import cli, fails, quick_vault
from suite_support import PASSPHRASE


@pytest.fixture
def filled(tmp_path: Path) -> dict[str, Any]:
    folder = quick_vault(tmp_path / "vault")
    vault = Vault.open(folder, PASSPHRASE)
    try:
        vault.partners.add("Ana")
        marks = {name: secrets.token_hex(8) for name in ("goal", "agenda", "hidden")}
        goal = vault.entries.add("goal", f"Lead a project {marks['goal']}", "Why it *matters*.",
                                 {"target_date": "2026-06-01",
                                  "micro_goals": [{"title": "Ask for it", "status": "done", "completed": "2026-03-02"},
                                                  {"title": "Plan", "status": "open"}]},
                                 tags=["career"], partner="Ana")
        agenda = vault.entries.add("agenda", "March agenda", f"Notes {marks['agenda']}",
                                   {"meeting_date": "2026-03-20", "items": ["Promotion"]}, partner="Ana")
        hidden = vault.entries.add("reflection", "Private thought", f"secret {marks['hidden']}",
                                   {"prompt": f"p {marks['hidden']}"}, tags=["private"])
        vault.attachments.add(goal.id, io.BytesIO(f"plan {marks['goal']}".encode()), name="plan.txt",
                              media_type="text/plain")
        vault.attachments.add(hidden.id, io.BytesIO(f"attached {marks['hidden']}".encode()), name="secret.txt",
                              media_type="text/plain")
    finally:
        vault.lock()
    return {"folder": folder, "marks": marks, "goal": goal.id, "agenda": agenda.id, "hidden": hidden.id}


def pdf_text(path: Path, *pages: str) -> str:
    """The PDF's text as poppler reads it: ligatures ("ﬀ" in a hex marker) back to letters, lines joined."""
    out = subprocess.run(["pdftotext", *pages, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", out).split())


def _export(filled: dict[str, Any], *args: str) -> subprocess.CompletedProcess[str]:
    result = cli("export-to", *args, vault=filled["folder"])
    assert result.returncode == 0, result.stderr
    return result


def test_markdown_export_by_partner_says_once_that_it_is_not_encrypted(filled: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "notes"
    result = _export(filled, "markdown", str(out), "--partner", "Ana", "--json")
    data = json.loads(result.stdout)
    assert data["count"] == 2 and data["path"] == str(out) and data["attachments"] == 1
    assert data["format"] == "markdown"
    warnings = [line for line in result.stderr.splitlines() if "NOT encrypted" in line]
    assert len(warnings) == 1 and str(out) in warnings[0] and "2 entries" in warnings[0]
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 3 and sum(n.endswith(".md") for n in names) == 2
    assert [p.name for p in out.glob("*.files/*")] == ["plan.txt"]
    kinds = {yaml.safe_load(p.read_text().split("\n---\n")[0][4:])["kind"] for p in out.glob("*.md")}
    assert kinds == {"goal", "agenda"}


def test_json_export_by_id_and_its_words(filled: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "one.json"
    result = _export(filled, "json", str(out), "--id", filled["goal"][:8])
    assert result.stdout.strip() == f"Wrote 1 entry and 1 attachment to '{out}'."
    data = json.loads(out.read_text())
    assert [e["id"] for e in data["entries"]] == [filled["goal"]]
    assert "1 entry will be written" in result.stderr


def test_pdf_export_has_a_title_page_and_the_entries(filled: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "notes.pdf"
    _export(filled, "pdf", str(out), "--partner", "Ana")
    assert out.read_bytes().startswith(b"%PDF")
    first = pdf_text(out, "-f", "1", "-l", "1")
    assert "MentorVault notes" in first and "2 entries" in first and "not encrypted" in first
    text = pdf_text(out)
    assert f"Lead a project {filled['marks']['goal']}" in text and "March agenda" in text
    assert "Ask for it" in text and "Promotion" in text and filled["marks"]["hidden"] not in text
    pages = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "Pages:          3" in pages or "Pages:           3" in pages  # title page, then one page per entry


def test_refusals_are_one_sentence_and_write_nothing(filled: dict[str, Any], tmp_path: Path) -> None:
    full = tmp_path / "full"
    full.mkdir()
    (full / "keep.txt").write_text("mine")
    message = fails("export-to", "markdown", str(full), vault=filled["folder"])
    assert "not empty" in message and "NOT encrypted" not in message
    assert sorted(os.listdir(full)) == ["keep.txt"]
    existing = tmp_path / "x.json"
    existing.write_text("old")
    assert "exists" in fails("export-to", "json", str(existing), vault=filled["folder"])
    assert existing.read_text() == "old"
    assert "No entries match" in fails("export-to", "pdf", str(tmp_path / "n.pdf"), "--kind", "resource",
                                       vault=filled["folder"])
    fails("export-to", "json", str(tmp_path / "n.json"), "--id", "ffffffff", vault=filled["folder"])
    assert not (tmp_path / "n.pdf").exists() and not (tmp_path / "n.json").exists()
    assert cli("export-to", "docx", str(tmp_path / "d"), vault=filled["folder"]).returncode == 2
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def _scan(roots: list[Path], needle: bytes) -> list[str]:
    hits = []
    for root in roots:
        for path in root.rglob("*") if root.is_dir() else []:
            try:
                if path.is_file() and not path.is_symlink() and needle in path.read_bytes():
                    hits.append(str(path))
            except OSError:
                continue
    return hits


def test_no_plaintext_outside_the_chosen_output(filled: dict[str, Any], tmp_path: Path) -> None:
    """The unselected entry's marker appears nowhere; the exported ones only in the output chosen."""
    outs = {"markdown": tmp_path / "md", "json": tmp_path / "n.json", "pdf": tmp_path / "n.pdf"}
    for fmt, out in outs.items():
        _export(filled, fmt, str(out), "--partner", "Ana")
    roots = [tmp_path, Path(tempfile.gettempdir())]
    if os.environ.get("MENTORVAULT_TEST_SCRATCH"):
        roots.append(Path(os.environ["MENTORVAULT_TEST_SCRATCH"]))
    marks = filled["marks"]
    assert _scan(roots, marks["hidden"].encode()) == []
    goal_hits = {Path(p) for p in _scan(roots, marks["agenda"].encode())}
    allowed = {outs["json"], *outs["markdown"].glob("*.md")}
    assert goal_hits and goal_hits <= allowed, goal_hits - allowed
    # The PDF compresses its text: read it back to see the marker is there (and nowhere else above).
    assert marks["agenda"] in pdf_text(outs["pdf"])
