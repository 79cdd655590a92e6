"""``mentorvault import-from`` in a subprocess: the real jrnl export, a zipped Day One export and an
Obsidian folder (fixtures: tests/notes_in/test_import_formats.py says how each was made); the
``--json`` summary; bad input gets one sentence and changes nothing."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from cli_helpers import cli, fails, ok_json, quick_vault

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "notes_in"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return quick_vault(tmp_path / "vault")


def _count(folder: Path) -> int:
    return len(ok_json("list", "--json", vault=folder))


def test_import_jrnl_then_again_skips_everything(folder: Path) -> None:
    path = str(FIXTURES / "jrnl" / "journal.json")
    first = ok_json("import-from", "jrnl", path, "--tag", "jrnl", "--json", vault=folder)
    assert first == {"imported": 4, "skipped": 0, "attachments": 0, "problems": []}
    again = ok_json("import-from", "jrnl", path, "--json", vault=folder)
    assert again == {"imported": 0, "skipped": 4, "attachments": 0, "problems": []}
    listed = ok_json("list", "--tag", "jrnl", "--json", vault=folder)
    assert len(listed) == 4 and {e["kind"] for e in listed} == {"reflection"}
    text = cli("import-from", "jrnl", path, vault=folder)
    assert text.returncode == 0
    assert text.stdout.strip() == "Imported 0 entries; 4 notes were imported before and skipped."


def test_dry_run_says_what_would_arrive_and_writes_nothing(folder: Path, tmp_path: Path) -> None:
    archive = tmp_path / "dayone.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        for f in sorted((FIXTURES / "dayone").rglob("*")):
            if f.is_file():
                z.write(f, f.relative_to(FIXTURES / "dayone").as_posix())
    result = cli("import-from", "dayone", str(archive), "--dry-run", vault=folder)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Would import 3 entries with 3 attachments."
    assert _count(folder) == 0
    done = ok_json("import-from", "dayone", str(archive), "--kind", "session-note", "--json", vault=folder)
    assert done["imported"] == 3
    notes = ok_json("list", "--kind", "session-note", "--json", vault=folder)
    assert sorted(n["entry_date"] for n in notes) == ["2024-05-01", "2024-05-01", "2024-05-06"]


def test_partner_and_kind_apply_to_a_markdown_folder(folder: Path) -> None:
    ok_json("partner", "add", "Ana", "--json", vault=folder)
    out = ok_json("import-from", "markdown", str(FIXTURES / "obsidian"), "--kind", "struggle-story",
                  "--partner", "Ana", "--json", vault=folder)
    assert out["imported"] == 5
    mine = ok_json("list", "--partner", "Ana", "--json", vault=folder)
    assert len(mine) == 5
    assert {e["kind"] for e in mine} == {"struggle-story", "gratitude"}  # a note's own kind wins


def test_a_bad_file_gets_one_sentence_and_changes_nothing(folder: Path, tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text("a fine note")
    (notes / "b.md").write_text("---\na: &a [x, x]\nb: [*a, *a]\n---\nboom\n")
    line = fails("import-from", "markdown", str(notes), vault=folder)
    assert line == ("mentorvault: 'b.md': its front matter uses YAML aliases, which an import refuses (they can "
                    "expand without end). Nothing was imported.")
    result = cli("import-from", "markdown", str(notes), "--json", vault=folder)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert json.loads(result.stdout) == {
        "imported": 0, "skipped": 0, "attachments": 0,
        "problems": [{"file": "b.md", "reason": "yaml_aliases", "message": line.removeprefix("mentorvault: ")}]}
    assert _count(folder) == 0


def test_an_unknown_partner_is_named_and_nothing_is_imported(folder: Path) -> None:
    line = fails("import-from", "jrnl", str(FIXTURES / "jrnl" / "journal.json"), "--partner", "Nobody", vault=folder)
    assert "Nobody" in line or "partner" in line
    assert _count(folder) == 0


def test_a_tag_that_cannot_be_one_is_named_as_the_tag(folder: Path) -> None:
    line = fails("import-from", "jrnl", str(FIXTURES / "jrnl" / "journal.json"), "--tag", "a,b", vault=folder)
    assert "Tag 'a,b' is not valid" in line and "journal.json" not in line
    assert _count(folder) == 0


def test_an_unknown_format_or_kind_is_a_usage_error(folder: Path) -> None:
    fails("import-from", "evernote", str(FIXTURES), code=2, vault=folder)
    fails("import-from", "jrnl", str(FIXTURES / "jrnl" / "journal.json"), "--kind", "diary", code=2, vault=folder)


def test_export_to_markdown_then_import_from_markdown_through_the_cli(folder: Path, tmp_path: Path) -> None:
    """The command-line round trip (the facade's, every kind, is tests/notes_in/test_round_trip.py)."""
    ok_json("partner", "add", "Ana", "--json", vault=folder)
    added = ok_json("add", "gratitude", "--title", "Thanks: a talk", "--body", "It meant a lot.\n#not-a-tag",
                    "--field", "to_whom=Ana", "--tag", "people", "--partner", "Ana", "--json", vault=folder)
    (tmp_path / "board.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    ok_json("attach", added["id"], str(tmp_path / "board.png"), "--json", vault=folder)
    out = tmp_path / "out"
    exported = cli("export-to", "markdown", str(out), vault=folder)
    assert exported.returncode == 0, exported.stderr
    other = quick_vault(tmp_path / "other" / "vault")
    done = ok_json("import-from", "markdown", str(out), "--json", vault=other)
    assert done == {"imported": 1, "skipped": 0, "attachments": 1, "problems": []}
    back = ok_json("list", "--json", vault=other)[0]
    original = ok_json("show", added["id"], "--json", vault=folder)
    copy = ok_json("show", back["id"], "--json", vault=other)
    for key in ("kind", "title", "body", "fields", "tags", "partner", "content_hash", "created_at", "updated_at",
                "entry_date"):
        assert copy[key] == original[key], key
    assert ok_json("import-from", "markdown", str(out), "--json", vault=other)["skipped"] == 1
