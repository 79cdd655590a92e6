"""Schema migrations: fresh vaults are current, newer vaults are refused, upgrades back up first."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from mentorvault.errors import DamagedVault, MentorVaultError
from mentorvault.storage import db as dbmod
from mentorvault.storage.migrations import MIGRATIONS
from mentorvault.vault import Vault

from sqlcipher_pages import keyed_connection  # noqa: E402
from suite_support import PASSPHRASE, RecordingSecretStore  # noqa: E402


def _files(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _set_user_version(db: Path, key: bytes, version: int) -> None:
    conn = sqlcipher.connect(str(db))
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute(f"PRAGMA user_version = {version}")
    finally:
        conn.close()


@pytest.fixture
def made(tmp_path: Path) -> dict[str, Any]:
    folder = tmp_path / "vault"
    v, recovery = Vault.create(folder, PASSPHRASE, secret_store=RecordingSecretStore())
    key = bytes(v._key)  # type: ignore[arg-type]
    v.entries.add("reflection", "Before the upgrade", "", {"prompt": "p"})
    v.lock()
    return {"folder": folder, "key": key, "recovery": recovery}


@pytest.fixture
def extra_migration(monkeypatch: pytest.MonkeyPatch) -> Callable[[Callable[[Any], Any]], None]:
    """Pretend a new release adds one more migration (db.py's names are patched, not the real list)."""

    def install(migration: Callable[[Any], Any]) -> None:
        patched = list(MIGRATIONS) + [migration]
        monkeypatch.setattr(dbmod, "MIGRATIONS", patched)
        monkeypatch.setattr(dbmod, "SCHEMA_VERSION", len(patched))

    return install


def test_fresh_vault_is_at_the_latest_version(made: dict[str, Any]) -> None:
    with keyed_connection(made["folder"] / "vault.db", made["key"]) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) == dbmod.SCHEMA_VERSION
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"meta", "partners", "entries", "entry_tags", "revisions", "entries_fts"} <= tables


def test_migrations_apply_in_order_on_an_empty_database(tmp_path: Path) -> None:
    key = bytes(range(32))
    conn = dbmod.open_database(tmp_path / "x.db", key, create=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        dbmod.migrate(conn)  # already current: a no-op
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    finally:
        conn.close()


@pytest.mark.parametrize("offset", [1, 1000])
def test_newer_version_is_refused_and_nothing_changes(made: dict[str, Any], offset: int) -> None:
    folder = made["folder"]
    _set_user_version(folder / "vault.db", made["key"], len(MIGRATIONS) + offset)
    before = _files(folder)
    for attempt in (
        lambda: Vault.open(folder, PASSPHRASE, secret_store=RecordingSecretStore()),
        lambda: Vault.open(folder, recovery_key=made["recovery"], secret_store=RecordingSecretStore()),
    ):
        with pytest.raises(DamagedVault, match="newer version"):
            attempt()
        assert _files(folder) == before
    # ... and the vault is not left locked by the refused attempt
    _set_user_version(folder / "vault.db", made["key"], len(MIGRATIONS))
    Vault.open(folder, PASSPHRASE, secret_store=RecordingSecretStore()).lock()


def test_upgrade_runs_the_new_migration_after_a_backup(
    made: dict[str, Any], extra_migration: Callable[[Callable[[Any], Any]], None]
) -> None:
    folder = made["folder"]
    old_db = (folder / "vault.db").read_bytes()
    extra_migration(lambda conn: conn.execute("CREATE TABLE added_later (x TEXT)"))
    v = Vault.open(folder, PASSPHRASE, secret_store=RecordingSecretStore())
    try:
        assert v.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) + 1
        v.conn.execute("SELECT count(*) FROM added_later").fetchone()
        assert v.entries.count() == 1
    finally:
        v.lock()
    backup = folder / "backups" / f"before-migration-v{len(MIGRATIONS)}.mvbackup.db"
    # the backup is the old schema, encrypted with the vault's key, holding the same entries
    from mentorvault.storage.db import open_database

    conn = open_database(backup, made["key"], readonly=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 1
        assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'added_later'").fetchone()
    finally:
        conn.close()
    assert not backup.read_bytes().startswith(b"SQLite format 3")
    assert backup.stat().st_mode & 0o777 == 0o600
    assert not old_db.startswith(b"SQLite format 3")
    # Opening again does not migrate or back up again.
    backup.unlink()
    Vault.open(folder, PASSPHRASE, secret_store=RecordingSecretStore()).lock()
    assert not backup.exists()


def test_failed_migration_is_rolled_back(
    made: dict[str, Any], extra_migration: Callable[[Callable[[Any], Any]], None]
) -> None:
    folder = made["folder"]

    def half_then_fail(conn: Any) -> None:
        conn.execute("CREATE TABLE half_done (x TEXT)")
        conn.execute("INSERT INTO no_such_table VALUES (1)")

    extra_migration(half_then_fail)
    with pytest.raises(MentorVaultError):
        Vault.open(folder, PASSPHRASE, secret_store=RecordingSecretStore())
    with keyed_connection(folder / "vault.db", made["key"]) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 1
    # the folder lock was released: once the migration is fixed, the vault opens
    extra_migration(lambda conn: conn.execute("CREATE TABLE half_done (x TEXT)"))
    Vault.open(folder, PASSPHRASE, secret_store=RecordingSecretStore()).lock()


def test_backup_before_migration_includes_the_wal(
    made: dict[str, Any], extra_migration: Callable[[Callable[[Any], Any]], None], tmp_path: Path
) -> None:
    folder = made["folder"]
    v = Vault.open(folder, PASSPHRASE, secret_store=RecordingSecretStore())
    for i in range(3):
        v.entries.add("reflection", f"Recent {i}", "", {"prompt": "p"})
    # What a power cut leaves behind: the database and its WAL, as they are while the vault is open.
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for name in ("vault.db", "vault.db-wal", "keyslots.json"):
        shutil.copy2(folder / name, crashed / name)
    v.lock()
    extra_migration(lambda conn: conn.execute("CREATE TABLE added_later (x TEXT)"))
    with Vault.open(crashed, PASSPHRASE, secret_store=RecordingSecretStore()) as upgraded:
        assert upgraded.entries.count() == 4
    backup = crashed / "backups" / f"before-migration-v{len(MIGRATIONS)}.mvbackup.db"
    with keyed_connection(backup, made["key"]) as conn:
        assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 4
