"""Property tests of the readers on mutated real exports: whatever the bytes, reading an export and
making its notes into entries either works or raises ImportProblem (one sentence naming the file);
never another exception, never a hang.  The exports are the committed fixtures (how each was made:
tests/notes_in/test_import_formats.py), cut, flipped and spliced by hypothesis."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentorvault import notes_in
from mentorvault.errors import ImportProblem
from mentorvault.notes_in import Choices

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "notes_in"
JRNL = (FIXTURES / "jrnl" / "journal.json").read_bytes()
JOURNAL = (FIXTURES / "dayone" / "Journal.json").read_bytes()
NOTE = (FIXTURES / "obsidian" / "Projects" / "Mentoring plan.md").read_bytes()
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _mutate(data: bytes, edits: list[tuple[int, int]], cut: int | None) -> bytes:
    out = bytearray(data)
    for pos, value in edits:
        if out:
            out[pos % len(out)] = value
    return bytes(out[:cut] if cut is not None else out)


edits = st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=8)
cuts = st.none() | st.integers(0, 4000)


def _read_all(fmt: str, path: Path) -> None:
    try:
        plan = notes_in.read(fmt, path)
    except ImportProblem as exc:
        assert exc.field("reason") in ImportProblem.reasons and "\n" not in str(exc)
        return
    for note in plan.notes:
        try:
            notes_in.content_of(note, Choices(kind="session-note"))
        except ImportProblem as exc:
            assert exc.field("reason") == "invalid_entry"


@SETTINGS
@given(edits=edits, cut=cuts)
def test_mutated_jrnl_exports(tmp_path: Path, edits: list[tuple[int, int]], cut: int | None) -> None:
    path = tmp_path / "j.json"
    path.write_bytes(_mutate(JRNL, edits, cut))
    _read_all("jrnl", path)


@SETTINGS
@given(edits=edits, cut=cuts, zipped=st.booleans())
def test_mutated_day_one_exports(tmp_path: Path, edits: list[tuple[int, int]], cut: int | None,
                                 zipped: bool) -> None:
    folder = tmp_path / "d"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(FIXTURES / "dayone", folder)
    (folder / "Journal.json").write_bytes(_mutate(JOURNAL, edits, cut))
    if not zipped:
        _read_all("dayone", folder)
        return
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for f in sorted(folder.rglob("*")):
            if f.is_file():
                z.write(f, f.relative_to(folder).as_posix())
    (tmp_path / "d.zip").write_bytes(_mutate(buffer.getvalue(), edits[:2], None))  # the archive itself too
    _read_all("dayone", tmp_path / "d.zip")


VALUES = st.recursive(st.none() | st.booleans() | st.integers(-10, 10**12) | st.text(max_size=20)
                      | st.sampled_from(["reflection", "goal", "2024-02-30", "2024-01-01T10:00:00Z", "1"]),
                      lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
                      max_leaves=8)
KEYS = ["title", "date", "tags", "kind", "fields", "created", "updated", "mentorvault", "id", "attachments",
        "partner", "protected"]


@SETTINGS
@given(edits=edits, cut=cuts, front=st.fixed_dictionaries({}, optional={k: VALUES for k in KEYS}))
def test_mutated_markdown_notes(tmp_path: Path, edits: list[tuple[int, int]], cut: int | None,
                                front: dict[str, Any]) -> None:
    folder = tmp_path / "n"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    (folder / "a.md").write_bytes(_mutate(NOTE, edits, cut))
    (folder / "b.md").write_text("---\n" + json.dumps(front) + "\n---\nbody #tag ![x](a.md)\n")
    _read_all("markdown", folder)


DAY_ONE_KEYS = ["uuid", "creationDate", "modifiedDate", "timeZone", "text", "tags", "starred", "photos", "videos"]
JRNL_KEYS = ["title", "body", "date", "time", "tags", "starred"]


@SETTINGS
@given(entries=st.lists(st.fixed_dictionaries({}, optional={k: VALUES for k in DAY_ONE_KEYS}), max_size=3),
       top=st.sampled_from(["entries", "other"]))
def test_day_one_journals_of_any_shape(tmp_path: Path, entries: list[dict[str, Any]], top: str) -> None:
    folder = tmp_path / "d"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(FIXTURES / "dayone", folder)
    (folder / "Work.json").write_text(json.dumps({"metadata": {}, top: entries}))
    _read_all("dayone", folder)


@SETTINGS
@given(entries=st.lists(st.fixed_dictionaries({}, optional={k: VALUES for k in JRNL_KEYS}), max_size=3))
def test_jrnl_exports_of_any_shape(tmp_path: Path, entries: list[dict[str, Any]]) -> None:
    (tmp_path / "j.json").write_text(json.dumps({"tags": {}, "entries": entries}))
    _read_all("jrnl", tmp_path / "j.json")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(front=st.fixed_dictionaries({}, optional={k: VALUES for k in KEYS}), body=st.text(max_size=200))
def test_importing_any_front_matter_stores_all_or_nothing(vault: Any, tmp_path: Path, front: dict[str, Any],
                                                         body: str) -> None:
    """Through the vault too: the import either stores the note or raises a MentorVaultError, and the
    vault holds exactly what the imports that succeeded brought."""
    from mentorvault.errors import MentorVaultError

    folder = tmp_path / "n"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    (folder / "note.md").write_text("---\n" + json.dumps(front) + "\n---\n" + body, encoding="utf-8",
                                    errors="surrogatepass")
    before = vault.entries.count()
    try:
        result = vault.notes_import.run(vault.notes_import.read("markdown", folder))
    except MentorVaultError:
        assert vault.entries.count() == before
        return
    assert vault.entries.count() == before + result.imported
