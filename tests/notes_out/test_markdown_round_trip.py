"""export-to markdown, then import-from markdown into an empty vault: every kind comes back with the same
kind, title, body, fields and tags (equal content hashes), partner, and dates. Runs the real CLI both ways.

import-from is built on its own branch (notes_in); until both are in one tree this test skips.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from mentorvault.domain.kinds import KINDS
from mentorvault.vault import Vault

from cli_helpers import cli, ok_json, quick_vault
from kind_samples import sample
from suite_support import PASSPHRASE

pytest.importorskip("mentorvault.notes_in", reason="import-from is not in this tree yet")


def test_every_kind_round_trips_through_the_markdown_folder(tmp_path: Path) -> None:
    source = quick_vault(tmp_path / "a" / "vault")
    vault = Vault.open(source, PASSPHRASE)
    try:
        vault.partners.add("Ana Lía")
        for n, kind in enumerate(KINDS):
            link = "\n\n![board](attachment:white%20board.png)" if n % 3 == 0 else ""
            entry = vault.entries.add(kind, f"{kind}: Ünïcode --- 'quoted' #{n}",
                                      f"Body of {kind}\n\n---\nnot front matter\n{link}", sample(kind),
                                      tags=["alpha", f"k{n}"], partner="Ana Lía" if n % 2 else None)
            if link:
                vault.attachments.add(entry.id, io.BytesIO(f"picture {n}".encode()), name="white board.png",
                                      media_type="image/png")
    finally:
        vault.lock()
    out = tmp_path / "notes"
    written = ok_json("export-to", "markdown", str(out), "--json", vault=source)
    assert written["count"] == len(KINDS)

    target = quick_vault(tmp_path / "b" / "vault")
    result = cli("import-from", "markdown", str(out), "--json", vault=target)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["imported"] == len(KINDS) and summary["problems"] == []
    assert written["attachments"] == summary["attachments"] == 3
    a, b = Vault.open(source, PASSPHRASE), Vault.open(target, PASSPHRASE)
    try:
        olds = {e.title: a.entries.get(e.id) for e in a.entries.list()}
        news = {e.title: b.entries.get(e.id) for e in b.entries.list()}
        assert set(olds) == set(news)
        for title, old in olds.items():
            new = news[title]
            # every attachment back, with the same name, type, size and hash (the content hash covers them)
            assert [x.to_json() for x in a.attachments.list(old.id)] == [
                x.to_json() for x in b.attachments.list(new.id)], title
            assert (new.kind, new.body, new.fields, new.tags, new.content_hash) == (
                old.kind, old.body, old.fields, old.tags, old.content_hash), title
            assert new.partner == old.partner and new.entry_date == old.entry_date, title
    finally:
        a.lock()
        b.lock()
    again = cli("import-from", "markdown", str(out), "--json", vault=target)
    assert json.loads(again.stdout)["skipped"] == len(KINDS)
