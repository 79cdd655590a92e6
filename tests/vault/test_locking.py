"""Locking: a locked vault is useless, its key is zeroed; one unlock per folder, across processes too."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mentorvault.errors import VaultBusy, VaultLocked
from mentorvault.storage.db import DatabaseError
from mentorvault.vault import Vault

from suite_support import PASSPHRASE, RecordingSecretStore, run_cli  # noqa: E402

CALLS: dict[str, Callable[[Vault, str], Any]] = {
    "add_entry": lambda v, i: v.entries.add("reflection", "T", "", {"prompt": "p"}),
    "update_entry": lambda v, i: v.entries.update(i, title="new"),
    "get_entry": lambda v, i: v.entries.get(i),
    "resolve_id": lambda v, i: v.entries.resolve_id(i[:8]),
    "list_entries": lambda v, i: v.entries.list(),
    "count_entries": lambda v, i: v.entries.count(),
    "search": lambda v, i: v.entries.search("locked"),
    "history": lambda v, i: v.entries.history(i),
    "get_revision": lambda v, i: v.entries.revision(i, 1),
    "restore_revision": lambda v, i: v.entries.restore_revision(i, 1),
    "delete_entry": lambda v, i: v.entries.delete(i),
    "tags": lambda v, i: v.entries.tags(),
    "add_partner": lambda v, i: v.partners.add("Kim"),
    "update_partner": lambda v, i: v.partners.update("Robin", rhythm_days=7),
    "get_partner": lambda v, i: v.partners.get("Robin"),
    "list_partners": lambda v, i: v.partners.list(),
    "next_meeting": lambda v, i: v.partners.next_meeting("Robin"),
    "overdue_agreements": lambda v, i: v.entries.overdue_agreements(),
    "settings": lambda v, i: v.settings.get(),
    "update_settings": lambda v, i: v.settings.update(backup_keep=2),
    "change_passphrase": lambda v, i: v.keys.change_passphrase("plumb ferry tonic walrus"),
    "verify_passphrase": lambda v, i: v.keys.verify_passphrase(PASSPHRASE),
    "backup": lambda v, i: v.backups.backup(v.path.parent / "locked.mvbackup"),
    "rotate_backups": lambda v, i: v.backups.rotate(force=True),
    "backup_folder": lambda v, i: v.backups.folder(),
    "list_backups": lambda v, i: v.backups.list(),
    "check": lambda v, i: v.check(),
    "conn": lambda v, i: v.conn,
}

# Facade calls that touch secrets outside the database: they must refuse BEFORE any side effect.
SIDE_EFFECT_CALLS: dict[str, Callable[[Vault, str], Any]] = {
    "remember_device": lambda v, i: v.keys.remember_device(),
    "forget_device": lambda v, i: v.keys.forget_device(),
}


def _files(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def locked(vault: Vault, secret_store: RecordingSecretStore) -> tuple[Vault, str]:
    vault.partners.add("Robin", rhythm_days=14)
    entry = vault.entries.add("reflection", "locked words", "", {"prompt": "p"}, ["x"], partner="Robin")
    vault.keys.remember_device()
    vault.lock()
    secret_store.calls.clear()
    return vault, entry.id


@pytest.fixture(scope="module")
def locked_once(tmp_path_factory: pytest.TempPathFactory) -> tuple[Vault, str]:
    """One locked vault for all the read-only probes below (each probe must change nothing anyway)."""
    store = RecordingSecretStore()
    vault, _ = Vault.create(tmp_path_factory.mktemp("locked") / "vault", PASSPHRASE, secret_store=store)
    vault.partners.add("Robin", rhythm_days=14)
    entry = vault.entries.add("reflection", "locked words", "", {"prompt": "p"}, ["x"], partner="Robin")
    vault.lock()
    return vault, entry.id


@pytest.mark.parametrize("name", list(CALLS))
def test_every_call_after_lock_raises_vault_locked(locked_once: tuple[Vault, str], name: str) -> None:
    vault, entry_id = locked_once
    before = _files(vault.path)
    with pytest.raises(VaultLocked) as info:
        CALLS[name](vault, entry_id)
    assert "locked" in str(info.value).lower()
    assert _files(vault.path) == before
    assert not (vault.path.parent / "locked.mvbackup").exists()


@pytest.mark.parametrize("name", list(SIDE_EFFECT_CALLS))
def test_secret_calls_after_lock_refuse_without_side_effects(
    locked: tuple[Vault, str], secret_store: RecordingSecretStore, name: str
) -> None:
    vault, entry_id = locked
    before = _files(vault.path)
    remembered = dict(secret_store.secrets)
    try:
        SIDE_EFFECT_CALLS[name](vault, entry_id)
        raised = None
    except VaultLocked as exc:
        raised = exc
    assert secret_store.calls == [] and secret_store.secrets == remembered
    assert _files(vault.path) == before
    assert raised is not None


def test_stale_object_cannot_undo_a_newer_passphrase(
    locked: tuple[Vault, str], secret_store: RecordingSecretStore
) -> None:
    vault, _ = locked
    with Vault.open(vault.path, PASSPHRASE, secret_store=secret_store) as other:
        other.keys.change_passphrase("plumb ferry tonic walrus")
    try:
        vault.keys.forget_device()
    except VaultLocked:
        pass
    Vault.open(vault.path, "plumb ferry tonic walrus", secret_store=secret_store).lock()


def test_lock_closes_the_connection_and_zeroes_the_key(vault: Vault) -> None:
    vault.entries.add("reflection", "T", "", {"prompt": "p"})
    key = vault._key
    conn = vault._conn
    assert key is not None and conn is not None and any(key) and len(key) == 32
    assert vault.is_open
    vault.lock()
    assert not vault.is_open
    assert bytes(key) == bytes(32)
    assert vault._key is None and vault._conn is None
    with pytest.raises(Exception) as info:
        conn.execute("SELECT 1")
    assert "closed" in str(info.value).lower()
    vault.lock()  # a second lock is harmless


def test_context_manager_locks(vault_dir: Path, secret_store: RecordingSecretStore) -> None:
    Vault.create(vault_dir, PASSPHRASE, secret_store=secret_store)[0].lock()
    with Vault.open(vault_dir, PASSPHRASE, secret_store=secret_store) as v:
        key = v._key
        assert v.is_open
    assert not v.is_open and key is not None and bytes(key) == bytes(32)
    with pytest.raises(RuntimeError), Vault.open(vault_dir, PASSPHRASE, secret_store=secret_store) as v2:
        raise RuntimeError("boom")
    assert not v2.is_open
    Vault.open(vault_dir, PASSPHRASE, secret_store=secret_store).lock()  # the folder lock was released


def test_second_open_in_this_process_is_busy(vault: Vault, secret_store: RecordingSecretStore) -> None:
    vault.entries.add("reflection", "T", "", {"prompt": "p"})
    with pytest.raises(VaultBusy) as info:
        Vault.open(vault.path, PASSPHRASE, secret_store=secret_store)
    assert "already open" in str(info.value)
    with pytest.raises(VaultBusy):
        Vault.open(vault.path, recovery_key=vault.recovery_key_for_tests, secret_store=secret_store)  # type: ignore[attr-defined]
    assert vault.entries.count() == 1  # the first one still works
    vault.lock()
    with Vault.open(vault.path, PASSPHRASE, secret_store=secret_store) as again:
        assert again.entries.count() == 1


def test_second_process_is_busy(vault: Vault) -> None:
    vault.entries.add("reflection", "T", "", {"prompt": "p"})
    result = run_cli("list", "--json", vault=vault.path)
    assert result.returncode == 1
    assert "already open" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and result.stdout == ""
    vault.lock()
    result = run_cli("list", "--json", vault=vault.path)
    assert result.returncode == 0, result.stderr
    assert [e["title"] for e in json.loads(result.stdout)] == ["T"]


def test_busy_in_the_other_direction(
    vault: Vault, secret_store: RecordingSecretStore, tmp_path: Path
) -> None:
    """A vault held by another process is busy for the facade here."""
    vault.lock()
    script = (
        "import sys, time\n"
        "from mentorvault.vault import Vault\n"
        f"v = Vault.open({str(vault.path)!r}, {PASSPHRASE!r})\n"
        "print('open', flush=True)\n"
        "sys.stdin.readline()\n"
        "v.lock()\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "open"
        with pytest.raises(VaultBusy):
            Vault.open(vault.path, PASSPHRASE, secret_store=secret_store)
    finally:
        assert child.stdin is not None
        child.stdin.write("\n")
        child.stdin.flush()
        child.wait(timeout=30)
    Vault.open(vault.path, PASSPHRASE, secret_store=secret_store).lock()


def test_lock_survives_a_failed_close(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    key = vault._key
    conn = vault._conn

    class Exploding:
        def close(self) -> None:
            conn.close()  # type: ignore[union-attr]
            raise DatabaseError("disk I/O error")

    vault._conn = Exploding()  # type: ignore[assignment]
    with pytest.raises(DatabaseError):
        vault.lock()
    assert vault._conn is None
    # Even when closing failed, nothing of the key may stay in memory and the folder is free again.
    assert key is not None and bytes(key) == bytes(32)
    Vault.open(vault.path, PASSPHRASE, secret_store=RecordingSecretStore()).lock()


def test_open_sweeps_temp_files_a_killed_write_left(vault_dir: Path, secret_store: Any) -> None:
    """Hidden, encrypted temp files of a killed key-slot write or backup go at the next open; nothing else."""
    v, _ = Vault.create(vault_dir, PASSPHRASE, secret_store=secret_store)
    v.backups.rotate()
    tag = v.backups.tag
    v.lock()
    backups = vault_dir / "backups"
    leftovers = [vault_dir / ".keyslots.json.k2j_x9a1.tmp", backups / ".mvbackup-ab12cd34.db",
                 backups / ".mvbackup-ab12cd34.db-journal", backups / ".daily.mvbackup.db.zz99yy88.tmp",
                 # what this code names them now: with the vault's tag
                 backups / f".mvbackup-{tag}-ab12cd34.db", backups / f".mvbackup-{tag}-ab12cd34.db-journal",
                 backups / f".mvbackup-{tag}-ab12cd34.db-wal", backups / f".mvbackup-{tag}-ab12cd34.db-shm",
                 backups / f".auto-2026-04-01.mvbackup.{tag}-zz99yy88.tmp"]
    keep = [vault_dir / ".keyslots.json.tmp", backups / "notes.txt", backups / ".mvbackup-short.db"]
    for path in leftovers + keep:
        path.write_bytes(b"encrypted leftovers")
    (backups / ".mvbackup-dir12345.db").mkdir()
    (vault_dir / ".linked.abcdefgh.tmp").symlink_to(backups / "notes.txt")
    before = sorted(p.name for p in backups.iterdir())
    Vault.open(vault_dir, PASSPHRASE, secret_store=secret_store, auto_backup=False).lock()
    assert not any(p.exists() for p in leftovers)
    assert all(p.exists() for p in keep)
    assert (backups / ".mvbackup-dir12345.db").is_dir() and (vault_dir / ".linked.abcdefgh.tmp").is_symlink()
    assert sorted(p.name for p in backups.iterdir()) == sorted(set(before) - {p.name for p in leftovers})
