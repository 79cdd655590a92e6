"""The vault's size on disk against the text it holds: ``storage_ratio`` and ``storage_ratio_edited``.

``storage_ratio``: the vault folder's files (the database after a WAL checkpoint, the key file)
over the UTF-8 size of the entries' content (title, body, fields as compact canonical JSON, and
tags).  ``storage_ratio_edited``: the same vault after a tenth of its entries were edited five
times each through the facade (an edit as ``save_p95`` makes it: a few sentences added), then
locked (lock purges what superseded index rows it can in its half second; the rest waits, as in
a user's vault).

The breakdown by table and index: the vault's own SQLCipher build has no ``dbstat``, so the
database is exported (``sqlcipher_export``) into a plaintext copy in the scratch folder (synthetic
text only) and the standard library's SQLite, which has ``dbstat``, counts the pages of each
b-tree there.  The copy is compact, as after VACUUM and without SQLCipher's 80 reserved bytes per
page: it shows what each table holds, not the free pages of the real file (given apart, from
``PRAGMA freelist_count``).

Run alone (any MentorVault on ``PYTHONPATH``, e.g. main's code for a "before" figure)::

    PYTHONPATH=/work/main python benchmarks/storage.py FOLDER [--edited]

on a COPY of a benchmark vault (``benchmarks/cache/vault-10000``): it edits the vault.
"""

from __future__ import annotations

import json
import random
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

MIB = 1024 * 1024
EDITED_SHARE = 0.10
EDITS_EACH = 5
PASSPHRASE = "benchmark lantern orchard quiet river"  # the benchmark vaults' (datasets.PASSPHRASE)

Log = Callable[[str], None]


def content_bytes(vault: Any) -> int:
    """UTF-8 bytes of every entry's title, body, fields (compact canonical JSON) and tags, read through the facade."""
    total = 0
    ids = [r[0] for r in vault.conn.execute("SELECT id FROM entries")]
    for entry_id in ids:
        e = vault.entries.get(entry_id)
        fields = json.dumps(e.fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        total += sum(len(s.encode("utf-8")) for s in (e.title, e.body, fields, *e.tags))
    return total


def folder_bytes(folder: Path) -> dict[str, int]:
    """Bytes of each file directly in the vault folder (backups, in their own folder, are not counted)."""
    return {p.name: p.stat().st_size for p in sorted(Path(folder).iterdir()) if p.is_file()}


def breakdown(conn: Any) -> dict[str, Any]:
    """Bytes per table and index (compact plaintext copy, see the module's note) and the real file's free pages."""
    with tempfile.TemporaryDirectory(prefix="mv-storage-") as tmp:
        plain = Path(tmp) / "plain.db"
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
        try:
            conn.execute("SELECT sqlcipher_export('plain')")
        finally:
            conn.execute("DETACH DATABASE plain")
        copy = sqlite3.connect(plain)
        try:
            rows = copy.execute("SELECT name, sum(pgsize), count(*) FROM dbstat GROUP BY name "
                                "ORDER BY sum(pgsize) DESC").fetchall()
            # Group the b-trees by what they serve: a table with its indexes, FTS5 with its shadow tables.
            owner = {name: tbl for name, tbl in copy.execute(
                "SELECT name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index')")}
        finally:
            copy.close()
    per_btree = {name: int(size) for name, size, _pages in rows}
    grouped: dict[str, int] = {}
    for name, size in per_btree.items():
        group = owner.get(name, name)
        if group.startswith("entries_fts"):
            group = "entries_fts (all shadow tables)"
        elif name.startswith("sqlite_autoindex_"):
            group = owner.get(name, name)
        grouped[group] = grouped.get(group, 0) + size
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    return {"per_btree_bytes": per_btree, "per_table_bytes": dict(sorted(grouped.items(), key=lambda kv: -kv[1])),
            "free_pages_in_file": int(conn.execute("PRAGMA freelist_count").fetchone()[0]),
            "pages_in_file": int(conn.execute("PRAGMA page_count").fetchone()[0]), "page_size": page_size}


def edit_some(vault: Any, seed: int = 7) -> int:
    """Edit a tenth of the entries five times each, as ``save_p95`` edits (sentences added); returns the edits."""
    from benchmarks import corpus

    vocab = corpus.Vocabulary.build()
    rng = random.Random(seed)
    ids = [r[0] for r in vault.conn.execute("SELECT id FROM entries ORDER BY rowid")]
    picks = rng.sample(ids, int(len(ids) * EDITED_SHARE))
    for entry_id in picks:
        for _ in range(EDITS_EACH):
            vault.entries.update(entry_id, body=corpus.edited_body(vault.entries.get(entry_id).body, rng, vocab))
    return len(picks) * EDITS_EACH


def measure_folder(folder: Path, *, edited: bool, log: Log = print) -> dict[str, Any]:
    """Open the vault in ``folder`` (migrating it if older), optionally edit it, lock, and measure."""
    from mentorvault.vault import Vault

    vault = Vault.open(folder, PASSPHRASE, auto_backup=False)
    try:
        edits = edit_some(vault) if edited else 0
    finally:
        vault.lock()
    vault = Vault.open(folder, PASSPHRASE, auto_backup=False)
    try:
        content = content_bytes(vault)
        stale = int(vault.conn.execute("SELECT count(*) FROM fts_stale").fetchone()[0])
        parts = breakdown(vault.conn)
    finally:
        vault.lock()  # closes the last connection: the WAL is checkpointed into the file and removed
    files = folder_bytes(folder)
    total = sum(files.values())
    log(f"  {'edited ' if edited else ''}vault folder {total / MIB:.1f} MiB for {content / MIB:.1f} MiB of content: "
        f"ratio {total / content:.2f}")
    return {"folder_bytes": total, "files": files, "content_bytes": content, "ratio": total / content,
            "edits": edits, "stale_index_rows": stale, **parts}


def measure(folder: Path, size: int, log: Log = print) -> tuple[Any, Any]:
    """Both metrics on ``folder`` (a scratch copy: it is edited), as SizeResults in MiB."""
    from benchmarks.stats import Series, SizeResult

    results = []
    for edited in (False, True):
        facts = measure_folder(folder, edited=edited, log=log)
        value, floor = Series(), Series()
        value.add(facts["folder_bytes"] / MIB)
        floor.add(facts["content_bytes"] / MIB)
        results.append(SizeResult(size, value, floor, "median", extra={
            "files": facts["files"], "per_table_mib": {k: round(v / MIB, 2) for k, v in facts["per_table_bytes"].items()},
            "free_pages_in_file": facts["free_pages_in_file"], "pages_in_file": facts["pages_in_file"],
            "edits": facts["edits"], "stale_index_rows": facts["stale_index_rows"]}))
    return results[0], results[1]


def main(argv: list[str]) -> int:
    folder = Path(argv[0])
    facts = measure_folder(folder, edited="--edited" in argv)
    facts["per_table_mib"] = {k: round(v / MIB, 2) for k, v in facts.pop("per_table_bytes").items()}
    facts["per_btree_mib"] = {k: round(v / MIB, 2) for k, v in facts.pop("per_btree_bytes").items()}
    print(json.dumps(facts, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
