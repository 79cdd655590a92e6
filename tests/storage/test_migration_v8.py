"""Schema 8 (entry text stored once, packed; contentless index) on a vault saved by the last
schema-7 release.

``tests/vectors/schema7`` holds a vault as release cbc1860 left it and what its facade showed
then (``facts.json``; ``tools/make_schema7_vault.py`` says how both were made): entries short and
long, edited, restored, flag-changed and deleted, with superseded index rows not yet purged.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from mentorvault.crypto import keyslots as ks
from mentorvault.domain.models import UpgradeProgress
from mentorvault.storage.db import SCHEMA_VERSION
from mentorvault.storage.index import index_problems
from mentorvault.storage.migrations import COMPACT_PENDING
from mentorvault.vault import Vault

from sqlcipher_pages import all_rows, decrypted_pages, keyed_connection  # noqa: E402

SAVED = Path(__file__).resolve().parents[1] / "vectors" / "schema7"
FACTS = json.loads((SAVED / "facts.json").read_text())


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    shutil.copytree(SAVED / "vault", folder)
    return folder


def _open(folder: Path, **kw: Any) -> Vault:
    return Vault.open(folder, recovery_key=FACTS["recovery"], auto_backup=False, **kw)


def _raw_key(folder: Path) -> bytes:
    slots = ks.KeySlotFile.load(folder / "keyslots.json")
    return bytes(slots.unwrap_with_recovery(ks.parse_recovery_key(FACTS["recovery"])))


def _shown(v: Vault) -> dict[str, Any]:
    """What the facade shows, in facts.json's shape (see tools/make_schema7_vault.py)."""
    out: dict[str, Any] = {"entries": {}, "lists": {}, "searches": {}, "tags": [list(t) for t in v.entries.tags()]}
    for s in v.entries.list():
        e = v.entries.get(s.id)
        history = [dataclasses.asdict(h) for h in v.entries.history(s.id)]
        revisions = {str(h["rev"]): dataclasses.asdict(v.entries.revision(s.id, h["rev"])) for h in history}
        out["entries"][s.id] = {"entry": dataclasses.asdict(e), "history": history, "revisions": revisions}
        # Attachments came after these facts were saved: an entry without any shows none.
        assert out["entries"][s.id]["entry"].pop("attachments") == []
        assert all(r.pop("attachments") == {} for r in revisions.values())
    out["lists"]["all"] = [dataclasses.asdict(s) for s in v.entries.list()]
    out["lists"]["robin"] = [s.id for s in v.entries.list(partner="Robin")]
    for q in FACTS["searches"]:
        out["searches"][q] = [h.id for h in v.entries.search(q)]
    return json.loads(json.dumps(out))


def test_the_saved_vault_is_schema_7_with_superseded_index_rows(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    with keyed_connection(folder / "vault.db", _raw_key(folder)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 7 == FACTS["schema"]
        assert conn.execute("SELECT count(*) FROM fts_stale").fetchone()[0] == FACTS["stale_index_rows"] > 0
        assert conn.execute("SELECT count(*) FROM entries_fts_content").fetchone()[0] > len(FACTS["entries"])


def test_the_upgrade_shows_the_same_vault(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    heard: list[UpgradeProgress] = []
    v = _open(folder, progress=heard.append)
    try:
        assert v.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 8  # 8 and any later
        shown = _shown(v)
        expected = {k: FACTS[k] for k in ("entries", "lists", "tags")}
        assert {k: shown[k] for k in expected} == expected
        # The same hits; their order may change: the old index counted its superseded rows in bm25's
        # document counts and lengths, the rebuilt one holds each entry once.
        assert {q: sorted(ids) for q, ids in shown["searches"].items()} == {
            q: sorted(ids) for q, ids in FACTS["searches"].items()}
        # snippets are built from the entry text now, the way FTS5's snippet() built them then
        for q, recorded in FACTS["snippets"].items():
            now = {h.id: [h.snippet, [list(span) for span in h.highlights]] for h in v.entries.search(q)}
            assert [now[i] for i in FACTS["searches"][q]] == recorded, q
        assert index_problems(v.conn) == [] and v.check() == len(FACTS["entries"])
        # the superseded rows of the old index went with it; the new one holds each entry once
        assert v.conn.execute("SELECT count(*) FROM fts_stale").fetchone()[0] == 0
        assert v.conn.execute("SELECT count(*) FROM entries_fts_docsize").fetchone()[0] == len(FACTS["entries"])
        assert v.conn.execute("SELECT value FROM meta WHERE key = ?", (COMPACT_PENDING,)).fetchone() is None
    finally:
        v.lock()
    total = len(FACTS["entries"])
    assert heard[0] == UpgradeProgress("entries", 0, total)
    assert UpgradeProgress("entries", total, total) in heard and heard[-1] == UpgradeProgress("compacting", 0, 0)
    # a second open has nothing to do
    again: list[UpgradeProgress] = []
    _open(folder, progress=again.append).lock()
    assert again == []


def test_the_text_is_stored_once_and_packed(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    _open(folder).lock()
    with keyed_connection(folder / "vault.db", _raw_key(folder)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "entries_fts_content" not in tables and "revisions_v8" not in tables
        assert conn.execute("SELECT count(*) FROM entries WHERE typeof(body) = 'blob'").fetchone()[0] >= 5
        assert conn.execute("SELECT count(*) FROM entries WHERE typeof(body) = 'text'").fetchone()[0] >= 3
        # the revision of each entry's current content keeps no text; older ones keep theirs, packed
        current = conn.execute("SELECT count(*) FROM revisions r JOIN entries e ON e.id = r.entry_id "
                               "WHERE r.rev = e.rev AND r.body IS NULL AND r.fields IS NULL AND r.tags IS NULL")
        assert current.fetchone()[0] == len(FACTS["entries"])
        older = conn.execute("SELECT typeof(r.body) FROM revisions r JOIN entries e ON e.id = r.entry_id "
                             "WHERE r.content_hash <> e.content_hash").fetchall()
        assert older and "blob" in {t for (t,) in older}
        assert conn.execute("SELECT count(*) FROM revisions r JOIN entries e ON e.id = r.entry_id "
                            "WHERE r.content_hash <> e.content_hash AND r.body IS NULL").fetchone()[0] == 0


def test_the_upgrade_gives_the_freed_pages_back(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    before = (folder / "vault.db").stat().st_size
    _open(folder).lock()
    after = (folder / "vault.db").stat().st_size
    with keyed_connection(folder / "vault.db", _raw_key(folder)) as conn:
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
        # The later schemas' tables are empty here: a page each, which this vault's small size feels.
        empty = sum(conn.execute(f'SELECT NOT EXISTS (SELECT 1 FROM "{table}")').fetchone()[0]
                    for (table,) in conn.execute("SELECT tbl_name FROM sqlite_master WHERE rootpage > 0"))
        page = int(conn.execute("PRAGMA page_size").fetchone()[0])
    assert 0 < empty < 80
    assert after - empty * page < before * 0.8


def test_words_of_deleted_revisions_leave_no_trace_after_the_upgrade(tmp_path: Path) -> None:
    """The old index's superseded rows and copies of the text go with the upgrade and the VACUUM."""
    folder = _copy(tmp_path)
    v = _open(folder)
    key = bytes(v._key)  # type: ignore[arg-type]
    entry_id = next(i for i, e in FACTS["entries"].items() if e["entry"]["title"] == "Spring session uniqueword")
    v.entries.update(entry_id, title="Spring session", body="We practised negotiating salaries.")
    v.entries.delete(entry_id)
    v.lock()
    pages = b"".join(decrypted_pages(folder / "vault.db", key))
    assert b"uniqueword" not in pages and b"uniqueword" not in all_rows(folder / "vault.db", key)


def test_edits_and_deletes_after_the_upgrade_keep_the_index_exact(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    v = _open(folder)
    try:
        ids = list(FACTS["entries"])
        for entry_id in ids[:6]:
            v.entries.update(entry_id, body=v.entries.get(entry_id).body + " zebra crossing")
        v.entries.restore_revision(ids[0], 1)
        assert index_problems(v.conn) == []
        assert v.tidy_index(5.0) == 0  # every superseded row purged from its revision's text
        assert index_problems(v.conn) == []
        for entry_id in ids[3:8]:
            v.entries.delete(entry_id)
        assert index_problems(v.conn) == [] and v.check() == len(ids) - 5
        assert {h.id for h in v.entries.search("zebra")} == set(ids[1:3])
    finally:
        v.lock()


def test_a_failed_upgrade_leaves_the_schema_7_vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _copy(tmp_path)
    from mentorvault.storage import packing

    calls = {"n": 0}
    real = packing.pack

    def failing(text: str) -> str | bytes:
        calls["n"] += 1
        if calls["n"] > 10:
            raise RuntimeError("disk trouble halfway")
        return real(text)

    monkeypatch.setattr(packing, "pack", failing)
    with pytest.raises(RuntimeError):
        _open(folder)
    with keyed_connection(folder / "vault.db", _raw_key(folder)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 7
        assert conn.execute("SELECT count(*) FROM entries_fts_content").fetchone()[0] > 0
    monkeypatch.undo()
    v = _open(folder)
    try:
        assert _shown(v)["entries"] == FACTS["entries"]
    finally:
        v.lock()


def test_new_and_upgraded_vaults_give_free_pages_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """auto_vacuum INCREMENTAL: set at creation, or with the upgrade's VACUUM; tidy_index gives the
    pages that edits free back to the disk once purges and merges are done (all but a few kept)."""
    from mentorvault.storage import db as dbmod

    from suite_support import PASSPHRASE, RecordingSecretStore

    monkeypatch.setattr(dbmod, "FREE_PAGES_KEPT", 16)  # a small vault frees fewer pages than the 256 kept

    folder = _copy(tmp_path)
    _open(folder).lock()
    with keyed_connection(folder / "vault.db", _raw_key(folder)) as conn:
        assert conn.execute("PRAGMA auto_vacuum").fetchone()[0] == 2
    v, _recovery = Vault.create(tmp_path / "new", PASSPHRASE, secret_store=RecordingSecretStore())
    try:
        assert v.conn.execute("PRAGMA auto_vacuum").fetchone()[0] == 2
        import random

        rng = random.Random(8)
        words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 10))) for _ in range(3000)]
        ids = [v.entries.add("reflection", f"r{i}", " ".join(rng.choice(words) for _ in range(1500)),
                             {"prompt": "p"}).id for i in range(60)]
        for entry_id in ids:
            v.entries.delete(entry_id)
        v.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        free_before = v.conn.execute("PRAGMA freelist_count").fetchone()[0]
        pages_before = v.conn.execute("PRAGMA page_count").fetchone()[0]
        assert free_before > 16 + 50
        while v.tidy_index(5.0):
            pass
        v.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert v.conn.execute("PRAGMA freelist_count").fetchone()[0] <= 16
        assert v.conn.execute("PRAGMA page_count").fetchone()[0] <= pages_before - (free_before - 16)
        assert index_problems(v.conn) == []
    finally:
        v.lock()


def test_restoring_a_schema_7_backup_upgrades_it(tmp_path: Path) -> None:
    """A backup written by the schema-7 release (its key slots, then its database) restores into a
    schema-8 vault that shows what the old one showed."""
    import struct

    from mentorvault.vault.backups import BACKUP_MAGIC

    folder = _copy(tmp_path)
    slots = (folder / "keyslots.json").read_bytes()
    backup = tmp_path / "old.mvbackup"
    backup.write_bytes(BACKUP_MAGIC + struct.pack(">I", len(slots)) + slots + (folder / "vault.db").read_bytes())
    count = Vault.restore(backup, tmp_path / "restored", recovery_key=FACTS["recovery"])
    assert count == len(FACTS["entries"])
    v = _open(tmp_path / "restored")
    try:
        assert v.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION  # 8 and any later
        shown = _shown(v)
        assert shown["entries"] == FACTS["entries"] and shown["lists"] == FACTS["lists"]
        assert index_problems(v.conn) == [] and v.check() == count
    finally:
        v.lock()
