"""The attachments migration on a vault saved before it (the schema-7 vault of tests/vectors/schema7,
upgraded through every later migration): its hashes and revisions are unchanged, attachments work on
its entries, and a migration that fails halfway leaves the vault as it was."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from mentorvault.crypto import keyslots as ks
from mentorvault.storage import db as dbmod
from mentorvault.storage.migrations import MIGRATIONS, _attachments
from mentorvault.vault import Vault

from sqlcipher_pages import keyed_connection  # noqa: E402

SAVED = Path(__file__).resolve().parents[1] / "vectors" / "schema7"
FACTS = json.loads((SAVED / "facts.json").read_text())
TABLES = {"attachment_blobs", "attachment_chunks", "attachments", "inbox_attachments"}


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    shutil.copytree(SAVED / "vault", folder)
    return folder


def _open(folder: Path) -> Vault:
    return Vault.open(folder, recovery_key=FACTS["recovery"], auto_backup=False)


def _names(conn: Any) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_an_old_vault_gains_attachments_and_keeps_its_hashes(tmp_path: Path) -> None:
    v = _open(_copy(tmp_path))
    try:
        assert v.conn.execute("PRAGMA user_version").fetchone()[0] == dbmod.SCHEMA_VERSION == len(MIGRATIONS)
        assert TABLES <= _names(v.conn)
        assert v.conn.execute("SELECT count(*) FROM revisions WHERE attachments IS NOT NULL").fetchone()[0] == 0
        for entry_id, shown in FACTS["entries"].items():
            entry = v.entries.get(entry_id)
            assert entry.content_hash == shown["entry"]["content_hash"] and entry.attachments == []
        entry_id = next(iter(FACTS["entries"]))
        before = v.entries.get(entry_id)
        info = v.attachments.add(entry_id, io.BytesIO(b"%PDF-1.4 after the upgrade"), name="plan.pdf")
        after = v.entries.get(entry_id)
        assert after.attachments == [info] and after.content_hash != before.content_hash
        assert after.rev == before.rev + 1
        assert v.entries.revision(entry_id, before.rev).attachments == {}  # old revisions had none
        assert v.check() == len(FACTS["entries"])
    finally:
        v.lock()


def test_a_failed_attachments_migration_leaves_the_vault_as_it_was(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _copy(tmp_path)
    index = MIGRATIONS.index(_attachments)

    def broken(conn: Any) -> None:
        _attachments(conn)
        raise RuntimeError("disk trouble halfway")

    patched = list(MIGRATIONS)
    patched[index] = broken
    monkeypatch.setattr(dbmod, "MIGRATIONS", patched)
    with pytest.raises(RuntimeError):
        _open(folder)
    monkeypatch.undo()
    slots = ks.KeySlotFile.load(folder / "keyslots.json")
    key = bytes(slots.unwrap_with_recovery(ks.parse_recovery_key(FACTS["recovery"])))
    with keyed_connection(folder / "vault.db", key) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == index  # the ones before it committed
        assert not TABLES & _names(conn)
        assert "attachments" not in [r[1] for r in conn.execute("PRAGMA table_info(revisions)")]
    v = _open(folder)  # the real migrations run again from where the failed one left off
    try:
        assert TABLES <= _names(v.conn)
        assert v.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    finally:
        v.lock()
