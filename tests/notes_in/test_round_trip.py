"""The round trip: every kind exported by ``export-to markdown`` (notesout's writer, docs/markdown-format.md)
and imported by ``import-from markdown`` into an empty vault comes back with the same kind, title,
body, fields and tags (so the same content hash), the same dates (created, updated, the entry's
date), partner, protection and attachments (names, types, bytes); importing the folder again adds nothing.  Bodies with text that
looks like front matter, YAML, tags or links, and titles that YAML would read as other types, are
among them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mentorvault.domain.kinds import KINDS
from mentorvault.notes_out import write_markdown
from mentorvault.vault import Vault

from kind_samples import sample
from suite_support import PASSPHRASE, RecordingSecretStore

TRICKY_BODIES = [
    "",
    "---\nnot: front matter\n---\n",
    "# A heading\n\n#not-a-new-tag and ![img](attachment:none.png) and [[wiki]]\n",
    "Trailing spaces  \nand no final newline",
    "Ünïcödé ✓ 中文 — «quotes» 'single' \"double\" \\ back\\slash\ttab",
    "- list\n  - nested: with colon\n> quote\n\n```yaml\na: &a [1]\nb: *a\n```\n",
]
TRICKY_TITLES = ["2024-05-01", "yes", "null", "123", "- dash", "title: with colon", "Ünïcödé ✓", "'quoted'"]


@pytest.fixture
def source(tmp_path: Path) -> Any:
    vault, _ = Vault.create(tmp_path / "source", PASSPHRASE, secret_store=RecordingSecretStore())
    vault.partners.add("Ana")
    i = 0
    for kind in KINDS:
        for variant in range(2):
            title = TRICKY_TITLES[i % len(TRICKY_TITLES)] + f" {kind}" * variant
            body = TRICKY_BODIES[i % len(TRICKY_BODIES)]
            entry = vault.entries.add(kind, title, body, sample(kind), tags=[f"t{i}", "round-trip"],
                                      partner="Ana" if variant else None, protected=bool(i % 3 == 0))
            if variant:
                vault.entries.update(entry.id, body=body + f"\nedited later ![a file](attachment:{kind}%20file.bin)")
                blob = tmp_path / f"{kind} file.bin"
                blob.write_bytes(kind.encode() * 1000 + bytes(range(256)))
                vault.attachments.add(entry.id, blob)
            i += 1
    yield vault
    vault.lock()


def test_every_kind_comes_back_the_same(source: Any, tmp_path: Path) -> None:
    ids = [s.id for s in source.entries.list()]
    exported = write_markdown(source, ids, tmp_path / "export")
    assert exported.entries == len(ids) == 2 * len(KINDS)
    target, _ = Vault.create(tmp_path / "target", PASSPHRASE, secret_store=RecordingSecretStore())
    try:
        plan = target.notes_import.read("markdown", tmp_path / "export")
        result = target.notes_import.run(plan)
        assert (result.imported, result.skipped, result.attachments) == (len(ids), 0, len(KINDS))
        before = {e.content_hash: e for e in (source.entries.get(i) for i in ids)}
        after = {e.content_hash: e for e in (target.entries.get(i) for i in result.entry_ids)}
        assert set(after) == set(before)
        for chash, old in before.items():
            new = after[chash]
            assert (new.kind, new.title, new.body, new.fields, new.tags) == (
                old.kind, old.title, old.body, old.fields, old.tags)
            assert (new.created_at, new.updated_at, new.entry_date) == (old.created_at, old.updated_at, old.entry_date)
            assert (new.partner, new.protected) == (old.partner, old.protected)
            assert target.attachments.list(new.id) == source.attachments.list(old.id)
            for info in source.attachments.list(old.id):
                assert b"".join(target.attachments.chunks(new.id, info.name)) == b"".join(
                    source.attachments.chunks(old.id, info.name))
        assert [p.name for p in target.partners.list()] == ["Ana"]  # the partner was added once
        again = target.notes_import.run(target.notes_import.read("markdown", tmp_path / "export"))
        assert (again.imported, again.skipped) == (0, len(ids))
    finally:
        target.lock()


def test_a_markdown_file_attached_to_an_exported_note_is_not_a_note(tmp_path: Path) -> None:
    """``STEM.files/`` beside ``STEM.md`` holds that note's attachments, whatever their type."""
    folder = tmp_path / "export"
    (folder / "2024-01-01-a-12345678.files").mkdir(parents=True)
    (folder / "2024-01-01-a-12345678.md").write_text(
        "---\nmentorvault: 1\nid: 12345678-aaaa\nkind: reflection\ntitle: A\ncreated: '2024-01-01T00:00:00Z'\n"
        "fields:\n  prompt: P\nattachments:\n- name: notes.md\n  type: text/markdown\n---\n"
        "[notes](2024-01-01-a-12345678.files/notes.md)\n")
    (folder / "2024-01-01-a-12345678.files" / "notes.md").write_text("# Not a note of its own\n")
    from mentorvault import notes_in

    plan = notes_in.read("markdown", folder)
    assert [n.title for n in plan.notes] == ["A"]
    assert plan.notes[0].body == "[notes](attachment:notes.md)\n"
    assert [a.name for a in plan.notes[0].attachments] == ["notes.md"]
