"""``notes_in_1k``: ``import-from jrnl`` of 1,000 notes into a vault of each size, beside what any
encrypted store must do with the same notes.

The notes are a jrnl JSON export (``jrnl --export json``'s shape) of 1,000 notes of corpus-like
text (about 1 KB each, tags, a few starred), different in every round so each round imports 1,000
new entries; the imported entries are removed again between rounds (not timed).  The floor parses
the same file with ``json`` and inserts the same rows in one transaction into a SQLCipher database
with the vault's cipher settings and an FTS5 index (``benchmarks/core._CipherInbox``).
"""

from __future__ import annotations

import gc
import json
import time
from pathlib import Path
from typing import Any

from benchmarks.core import _CipherInbox, _ms
from benchmarks.stats import Series, SizeResult

NOTES = 1_000
_WORDS = ("mentor listened carefully while we mapped the next quarter review feedback practice courage "
          "promotion deadline team retro habit question honest energy focus trust boundary growth").split()


def _export(path: Path, round_: int) -> bytes:
    entries = []
    for i in range(NOTES):
        words = [_WORDS[(i * 7 + round_ * 13 + k * 3) % len(_WORDS)] for k in range(160)]
        entries.append({"title": f"Round {round_} note {i}: {' '.join(words[:6])}.",
                        "body": " ".join(words) + f" #{_WORDS[i % len(_WORDS)]}",
                        "date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", "time": f"{i % 24:02d}:{i % 60:02d}",
                        "tags": [f"#{_WORDS[i % len(_WORDS)]}"], "starred": i % 9 == 0})
    data = json.dumps({"tags": {}, "entries": entries}, ensure_ascii=False).encode()
    path.write_bytes(data)
    return data


def _floor_manifest(data: bytes) -> bytes:
    """The same notes in the shape ``_CipherInbox`` stores (id, kind, title, body, fields, tags, hash, time)."""
    notes = json.loads(data)["entries"]
    return json.dumps({"entries": [
        {"id": f"n{i}", "kind": "reflection", "title": n["title"], "body": n["body"],
         "fields": {"prompt": n["title"]}, "tags": [t.lstrip("#") for t in n["tags"]], "content_hash": "0" * 64,
         "written_at": f"{n['date']}T{n['time']}:00Z"} for i, n in enumerate(notes)]}).encode()


def notes_in_1k(vault: Any, size: int, work: Path, reps: int) -> SizeResult:
    from mentorvault.storage import entries as entry_table
    from mentorvault.storage.db import transaction

    value, base, per_note = Series(), Series(), Series()
    for i in range(reps + 1):
        path = work / f"notes-in-{size}-{i}.json"
        data = _export(path, i)
        gc.collect()
        start = time.perf_counter()
        result = vault.notes_import.run(vault.notes_import.read("jrnl", path))
        v_ms = _ms(start)
        assert result.imported == NOTES
        cipher = _CipherInbox(work / f"notes-in-floor-{size}.db", _floor_manifest(data))
        gc.collect()
        start = time.perf_counter()
        assert len(json.loads(path.read_bytes())["entries"]) == NOTES
        parse_ms = _ms(start)
        f_ms = parse_ms + cipher.store_ms()
        cipher.close()
        if i:  # the first round is the warm-up
            value.add(v_ms)
            base.add(f_ms)
            per_note.add(v_ms * 1000 / NOTES)
        with transaction(vault.conn):  # not timed: the next round imports into a vault of the same size
            for entry_id in result.entry_ids:
                entry_table.delete_entry(vault.conn, entry_id)
        path.unlink()
    return SizeResult(size, value, base, "median", extra={
        "notes": NOTES, "export_bytes": len(data), "us_per_note": per_note.to_json()})
