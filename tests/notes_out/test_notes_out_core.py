"""Writing notes out, without a window: selection, the Markdown folder, the JSON file, atomicity."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
import yaml

from mentorvault.domain.entry import content_hash
from mentorvault.domain.kinds import KINDS
from mentorvault.errors import EntryNotFound, NotesExportError
from mentorvault.notes_out import Selection, select_ids, write_json, write_markdown
from mentorvault.notes_out import markdown as md

from kind_samples import sample

HOSTILE_TITLE = "Ünïcode: --- \"quotes\" 'and' #hash [link](x) / slash ../.."


def read_markdown_entry(path: Path) -> tuple[dict[str, Any], str]:
    """A reader written from docs/markdown-format.md alone: front matter, and the body as stored."""
    text = path.read_bytes().decode("utf-8")
    assert text.startswith("---\n")
    head, body = text[4:].split("\n---\n", 1)
    meta = yaml.safe_load(head)
    stem = path.name[:-3]
    body = re.sub(r"\]\(" + re.escape(stem) + r"\.files/([^)\s]*)\)", r"](attachment:\1)", body)
    return meta, body


def every_kind(vault: Any) -> dict[str, Any]:
    vault.partners.add("Ana Lía", role="mentee")
    made = {}
    for n, kind in enumerate(KINDS):
        made[kind] = vault.entries.add(kind, f"{kind} {HOSTILE_TITLE}", f"Body of {kind}\n\n- a list\n",
                                       sample(kind), tags=["alpha", f"k{n}"],
                                       partner="Ana Lía" if n % 2 else None, protected=kind == "reflection")
    return made


def test_markdown_folder_holds_every_kind_and_reads_back_to_equal_content_hashes(vault: Any, tmp_path: Path) -> None:
    made = every_kind(vault)
    out = tmp_path / "notes"
    result = write_markdown(vault, select_ids(vault, Selection()), out)
    assert result.entries == len(KINDS) and result.format == "markdown"
    files = sorted(out.glob("*.md"))
    assert [p.name for p in files] == sorted(result.files) and len(files) == len(KINDS)
    seen = set()
    for path in files:
        meta, body = read_markdown_entry(path)
        original = made[meta["kind"]]
        seen.add(meta["kind"])
        assert meta["mentorvault"] == 1 and meta["id"] == original.id
        assert path.name == f"{meta['date']}-{md.slug(original.title)}-{original.id[:8]}.md"
        assert meta["title"] == original.title and body == original.body
        assert meta["tags"] == original.tags and meta["fields"] == original.fields
        assert meta["created"] == original.created_at and meta["updated"] == original.updated_at
        assert meta.get("partner") == original.partner and meta["protected"] == original.protected
        assert meta["attachments"] == []
        # Every value is a plain string, number, list or mapping: dates stayed strings.
        assert all(isinstance(meta[k], str) for k in ("date", "created", "updated"))
        assert content_hash(meta["kind"], meta["title"], body, meta["fields"], meta["tags"]) == original.content_hash
    assert seen == set(KINDS)
    assert "partner" not in read_markdown_entry(next(p for p in files if "struggle" not in p.name
                                                      and made["session-note"].id[:8] in p.name))[0]


def test_markdown_keeps_bodies_byte_for_byte(vault: Any, tmp_path: Path) -> None:
    bodies = ["", "no newline at the end", "---\nlooks like front matter\n---\n", "trailing\n\n\n",
              "![board](attachment:white%20board.png) and [doc](attachment:a%2Fb.pdf)"]
    ids = [vault.entries.add("reflection", f"Body {n}", body, {"prompt": "p"}).id for n, body in enumerate(bodies)]
    write_markdown(vault, ids, tmp_path / "out")
    for entry_id, body in zip(ids, bodies, strict=True):
        path = next((tmp_path / "out").glob(f"*-{entry_id[:8]}.md"))
        assert read_markdown_entry(path)[1] == body
        if "attachment:" in body:
            raw = path.read_text(encoding="utf-8")
            stem = path.name[:-3]
            assert f"]({stem}.files/white%20board.png)" in raw and "attachment:" not in raw.split("\n---\n", 1)[1]


def test_slugs_and_attachment_names_cannot_leave_the_folder() -> None:
    assert md.slug("../../etc/passwd") == "etc-passwd"
    assert md.slug("   ") == md.slug("%%%") == md.slug("日本語") == "entry"
    assert md.slug("Crème brûlée, déjà vu!") == "creme-brulee-deja-vu"
    assert len(md.slug("x" * 300)) == md.SLUG_MAX
    for name in ("../x", "a/b", "..", ".", "c:\\d", "x\x00y"):
        encoded = md.attachment_file_name(name)
        assert "/" not in encoded and "\\" not in encoded and encoded not in (".", "..") and "\x00" not in encoded
        assert unquote(encoded) == name


def test_selection_uses_the_lists_filters_and_ids(vault: Any) -> None:
    vault.partners.add("Kim")
    a = vault.entries.add("goal", "A", fields={"target_date": "2026-01-05"}, tags=["x"], partner="Kim")
    b = vault.entries.add("goal", "B", fields={"target_date": "2026-02-05"}, tags=["y"])
    c = vault.entries.add("agenda", "C", fields={"meeting_date": "2026-03-05"}, tags=["x"])
    assert select_ids(vault, Selection()) == [a.id, b.id, c.id]  # oldest first
    assert select_ids(vault, Selection(kind="goal")) == [a.id, b.id]
    assert select_ids(vault, Selection(tag="x")) == [a.id, c.id]
    assert select_ids(vault, Selection(partner="Kim")) == [a.id]
    assert select_ids(vault, Selection(since="2026-02-01", until="2026-02-28")) == [b.id]
    assert select_ids(vault, Selection(ids=(c.id[:8], a.id))) == [c.id, a.id]
    assert select_ids(vault, Selection(ids=(c.id, a.id), kind="goal")) == [a.id]
    hidden = vault.entries.add("goal", "Hidden", fields={"target_date": "2026-02-06"}, protected=True)
    assert select_ids(vault, Selection(kind="goal")) == [a.id, b.id, hidden.id]
    assert select_ids(vault, Selection(kind="goal", protected=False)) == [a.id, b.id]
    assert select_ids(vault, Selection(ids=(hidden.id, a.id), protected=False)) == [a.id]
    with pytest.raises(EntryNotFound):
        select_ids(vault, Selection(ids=("ffffffffffff",)))


def test_the_folder_must_be_new_or_empty(vault: Any, tmp_path: Path) -> None:
    entry = vault.entries.add("reflection", "R", fields={"prompt": "p"})
    full = tmp_path / "full"
    full.mkdir()
    (full / "mine.txt").write_text("keep me")
    with pytest.raises(NotesExportError) as err:
        write_markdown(vault, [entry.id], full)
    assert err.value.field("reason") == "not_empty" and (full / "mine.txt").read_text() == "keep me"
    (tmp_path / "file").write_text("x")
    with pytest.raises(NotesExportError) as err:
        write_markdown(vault, [entry.id], tmp_path / "file")
    assert err.value.field("reason") == "is_file"
    with pytest.raises(NotesExportError) as err:
        write_markdown(vault, [entry.id], tmp_path / "missing" / "out")
    assert err.value.field("reason") == "no_parent"
    empty = tmp_path / "empty"
    empty.mkdir()
    assert write_markdown(vault, [entry.id], empty).entries == 1
    assert sorted(os.listdir(tmp_path)) == ["empty", "file", "full", "vault"]


def test_a_failure_half_way_leaves_nothing(vault: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = [vault.entries.add("reflection", f"R{n}", fields={"prompt": "p"}).id for n in range(3)]
    calls = {"n": 0}
    real = md.entry_text

    def failing(entry: Any, refs: Any) -> str:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(28, "No space left on device")
        return real(entry, refs)

    monkeypatch.setattr(md, "entry_text", failing)
    with pytest.raises(OSError):
        write_markdown(vault, ids, tmp_path / "out")
    assert calls["n"] == 3
    assert sorted(os.listdir(tmp_path)) == ["vault"]  # no OUT, no .OUT.*.partial


def test_json_export_matches_its_schema_and_carries_every_field(vault: Any, tmp_path: Path) -> None:
    made = every_kind(vault)
    out = tmp_path / "notes.json"
    result = write_json(vault, select_ids(vault, Selection()), out, exported_at="2026-03-01T10:00:00.000000Z")
    data = json.loads(out.read_text(encoding="utf-8"))
    schema = json.loads((Path(__file__).parents[2] / "docs" / "export-json.schema.json").read_text())
    assert validate(data, schema, schema) == []
    assert result.entries == data["count"] == len(KINDS)
    for item in data["entries"]:
        original = made[item["kind"]]
        assert (item["title"], item["body"], item["fields"], item["tags"], item["partner"]) == (
            original.title, original.body, original.fields, original.tags, original.partner)
        assert content_hash(item["kind"], item["title"], item["body"], item["fields"], item["tags"]) == \
            item["content_hash"] == original.content_hash


def test_the_schema_check_can_fail(vault: Any, tmp_path: Path) -> None:
    """Control: the structural check notices a missing field, a wrong type and an unknown key."""
    vault.entries.add("reflection", "R", fields={"prompt": "p"})
    out = tmp_path / "n.json"
    write_json(vault, select_ids(vault, Selection()), out, exported_at="2026-03-01T10:00:00.000000Z")
    schema = json.loads((Path(__file__).parents[2] / "docs" / "export-json.schema.json").read_text())
    data = json.loads(out.read_text())
    del data["entries"][0]["title"]
    data["entries"][0]["tags"] = "alpha"
    data["surprise"] = 1
    problems = validate(data, schema, schema)
    assert any("title" in p for p in problems) and any("tags" in p for p in problems)
    assert any("surprise" in p for p in problems)


def test_json_refuses_an_existing_file_unless_told_and_replaces_atomically(vault: Any, tmp_path: Path) -> None:
    vault.entries.add("reflection", "R", fields={"prompt": "p"})
    out = tmp_path / "n.json"
    out.write_text("old")
    with pytest.raises(NotesExportError) as err:
        write_json(vault, select_ids(vault, Selection()), out, exported_at="t")
    assert err.value.field("reason") == "exists" and out.read_text() == "old"
    with pytest.raises(NotesExportError) as err:
        write_json(vault, [], tmp_path, exported_at="t")
    assert err.value.field("reason") == "is_folder"
    write_json(vault, select_ids(vault, Selection()), out, exported_at="t", replace=True)
    assert json.loads(out.read_text())["count"] == 1
    assert sorted(os.listdir(tmp_path)) == ["n.json", "vault"]


# ---------------------------------------------------------------- a small JSON Schema check
# The subset the export's schema uses (type, required, properties, additionalProperties, items,
# enum, pattern, const, minimum, $ref to $defs): a validator library would be a dependency for
# one test.


def validate(value: Any, schema: dict[str, Any], root: dict[str, Any], where: str = "$") -> list[str]:
    if "$ref" in schema:
        name = schema["$ref"].split("/")[-1]
        return validate(value, root["$defs"][name], root, where)
    problems: list[str] = []
    types = schema.get("type")
    if types is not None:
        names = types if isinstance(types, list) else [types]
        checks = {"object": lambda v: isinstance(v, dict), "array": lambda v: isinstance(v, list),
                  "string": lambda v: isinstance(v, str), "boolean": lambda v: isinstance(v, bool),
                  "integer": lambda v: isinstance(v, int) and not isinstance(v, bool), "null": lambda v: v is None,
                  "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool)}
        if not any(checks[t](value) for t in names):
            return [f"{where}: not {types}"]
    if "const" in schema and value != schema["const"]:
        problems.append(f"{where}: not {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{where}: not one of {schema['enum']}")
    if "pattern" in schema and isinstance(value, str) and not re.search(schema["pattern"], value):
        problems.append(f"{where}: does not match {schema['pattern']}")
    if "minimum" in schema and isinstance(value, int) and value < schema["minimum"]:
        problems.append(f"{where}: below {schema['minimum']}")
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                problems.append(f"{where}.{key}: missing")
        props = schema.get("properties", {})
        for key, item in value.items():
            if key in props:
                problems += validate(item, props[key], root, f"{where}.{key}")
            elif schema.get("additionalProperties") is False:
                problems.append(f"{where}.{key}: not allowed")
    if isinstance(value, list) and "items" in schema:
        for n, item in enumerate(value):
            problems += validate(item, schema["items"], root, f"{where}[{n}]")
    return problems
