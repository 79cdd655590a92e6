"""Re-keying: a new data key, the database re-encrypted, every slot wrapped anew (issue 20, section 1).

The attack the issue describes: someone learned the old passphrase and holds a copy of the
vault folder (with its automatic backups).  After a plain passphrase change they unwrap the
data key from a backup's head and read the *current* vault.db.  After a re-key they cannot.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from mentorvault.crypto import keyslots as ks
from mentorvault.errors import StorageFull, WeakPassphrase, WrongPassphrase, WrongRecoveryKey
from mentorvault.storage import copy as copy_module
from mentorvault.vault import Vault
from mentorvault.vault import keys as keys_module
from mentorvault.vault.backups import read_backup
from mentorvault.vault.folder import REKEY_NAME, VaultFolder, database_salt
from mentorvault.vault.keys import RekeyProgress

from suite_support import PASSPHRASE, RecordingSecretStore  # noqa: E402

NEW = "plumb ferry tonic walrus"
DAY = dt.datetime(2026, 5, 2, 9, 0, tzinfo=dt.UTC)


def _opens_database(db: Path, key: bytes) -> bool:
    """Whether ``key`` decrypts ``db`` (read on a private copy, so nothing is written beside it)."""
    tmp = db.parent.parent / f"probe-{hashlib.sha256(key).hexdigest()[:8]}.db"
    shutil.copyfile(db, tmp)
    conn = sqlcipher.connect(str(tmp))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM entries").fetchone()
        return True
    except sqlcipher.DatabaseError:
        return False
    finally:
        conn.close()
        tmp.unlink()


@pytest.fixture
def filled(tmp_path: Path) -> dict[str, Any]:
    folder = tmp_path / "vault"
    store = RecordingSecretStore()
    v, recovery = Vault.create(folder, PASSPHRASE, clock=lambda: DAY, secret_store=store)
    ids = [v.entries.add("reflection", f"Entry {i}", "words " * 300, {"prompt": "p"}).id for i in range(25)]
    v.backups.rotate()  # today's automatic backup, with the old passphrase slot in its head
    v.lock()
    return {"folder": folder, "recovery": recovery, "ids": ids, "store": store}


def _open(filled: dict[str, Any], passphrase: str | None = PASSPHRASE, **kw: Any) -> Vault:
    return Vault.open(filled["folder"], passphrase, clock=lambda: DAY, secret_store=filled["store"],
                      auto_backup=False, **kw)


def test_plain_change_leaves_the_old_passphrase_able_to_read_the_current_database(filled: dict[str, Any]) -> None:
    """The issue's finding, kept as documented behaviour of a plain change (the re-key is the answer)."""
    folder = filled["folder"]
    backup = folder / "backups" / "auto-2026-05-02.mvbackup"
    with _open(filled) as v:
        v.keys.change_passphrase(NEW)
        v.entries.add("reflection", "After the change", "secret after", {"prompt": "p"})
    slots, _db = read_backup(backup)
    old_key = slots.unwrap_with_passphrase(PASSPHRASE)
    assert _opens_database(folder / "vault.db", old_key)


def test_rekey_shuts_out_the_old_passphrase_and_the_old_key_file(filled: dict[str, Any]) -> None:
    folder = filled["folder"]
    old_slots_file = (folder / "keyslots.json").read_bytes()
    backup = folder / "backups" / "auto-2026-05-02.mvbackup"
    old_db_salt = database_salt(folder / "vault.db")
    with _open(filled) as v:
        old_key = bytes(v._key)  # type: ignore[arg-type]
        result = v.keys.rekey(NEW)
        after = v.entries.add("reflection", "After the re-key", "written later", {"prompt": "p"}).id
        assert v.entries.count() == 26 and v.check() == 26
        new_key = bytes(v._key)  # type: ignore[arg-type]
    assert new_key != old_key
    assert database_salt(folder / "vault.db") != old_db_salt  # a new file, not the old one edited
    # Someone with the old passphrase and a copy of the old key file or a backup's head:
    for slots in (ks.KeySlotFile.from_bytes(old_slots_file), read_backup(backup)[0]):
        assert slots.unwrap_with_passphrase(PASSPHRASE) == old_key
    assert not _opens_database(folder / "vault.db", old_key)
    assert _opens_database(folder / "vault.db", new_key)
    with pytest.raises(WrongPassphrase):
        _open(filled)
    with pytest.raises(WrongRecoveryKey):
        _open(filled, None, recovery_key=filled["recovery"])  # the old recovery key goes too
    with _open(filled, NEW) as v:
        assert {s.id for s in v.entries.list()} == set(filled["ids"]) | {after}
    assert result.recovery_key is not None
    with _open(filled, None, recovery_key=result.recovery_key) as v:
        assert v.entries.count() == 26
    # The backup still opens with the old passphrase and holds only what it held then; the result says so.
    assert result.old_backups == (backup,) and result.replaced is None
    assert Vault.verify_backup(backup, PASSPHRASE) == 25
    assert not (folder / REKEY_NAME).exists()


def test_rekey_keeps_the_recovery_key_it_is_given(filled: dict[str, Any]) -> None:
    with _open(filled) as v:
        with pytest.raises(WrongRecoveryKey):
            v.keys.rekey(NEW, recovery_key=ks.format_recovery_key(ks.new_recovery_key()))
        assert v.keys.verify_passphrase(PASSPHRASE)  # the refusal changed nothing
        result = v.keys.rekey(NEW, recovery_key=filled["recovery"])
    assert result.recovery_key is None
    with _open(filled, None, recovery_key=filled["recovery"]) as v:
        assert v.entries.count() == 25


def test_rekey_rewraps_the_key_remembered_on_this_device(filled: dict[str, Any]) -> None:
    with _open(filled) as v:
        v.keys.remember_device()
        secret = filled["store"].secrets[v.vault_id]
        result = v.keys.rekey(NEW)
    assert result.device == "kept"
    assert filled["store"].secrets[v.vault_id] == secret  # the keyring item is unchanged
    with _open(filled, None, use_device=True) as v:
        assert v.entries.count() == 25
        assert v.keys.remembers_device


def test_rekey_without_a_reachable_keyring_drops_the_device_slot(filled: dict[str, Any]) -> None:
    from keyring.errors import KeyringError

    with _open(filled) as v:
        v.keys.remember_device()
        filled["store"].fail = KeyringError("locked")
        result = v.keys.rekey(NEW)
        assert not v.keys.remembers_device
    assert result.device == "dropped"
    assert not ks.KeySlotFile.load(filled["folder"] / "keyslots.json").of_type("device")


def test_rekey_reports_its_progress_as_facts(filled: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(copy_module, "REKEY_STEP_PAGES", 16)
    seen: list[RekeyProgress] = []
    with _open(filled) as v:
        result = v.keys.rekey(NEW, progress=seen.append, replace_backups=True)
    steps = [p.step for p in seen]
    assert steps[0] == "deriving" and steps[-2:] == ["switching", "backups"]
    copying = [p for p in seen if p.step == "copying"]
    assert len(copying) >= 3  # more than one step of pages on a vault of this size
    assert [p.done for p in copying] == sorted(p.done for p in copying)
    assert copying[-1].done == copying[-1].total == result.pages
    assert result.pages * 4096 == (filled["folder"] / "vault.db").stat().st_size


def test_rekey_can_replace_the_backups_with_one_fresh_one(filled: dict[str, Any]) -> None:
    folder = filled["folder"]
    old_backup = folder / "backups" / "auto-2026-05-01.mvbackup"
    shutil.copyfile(folder / "backups" / "auto-2026-05-02.mvbackup", old_backup)
    migration_copy = folder / "backups" / "before-migration-v5.mvbackup.db"
    migration_copy.write_bytes(b"an old encrypted database")
    with _open(filled) as v:
        v.entries.add("reflection", "Just before", "kept in the fresh backup", {"prompt": "p"})
        result = v.keys.rekey(NEW, replace_backups=True)
    assert result.replaced is not None and result.old_backups == ()
    fresh = result.replaced.fresh
    assert sorted(p.name for p in (folder / "backups").iterdir()) == [fresh.name]
    assert set(result.replaced.removed) == {old_backup, migration_copy, fresh}  # today's, replaced in place
    with pytest.raises(WrongPassphrase):
        Vault.verify_backup(fresh, PASSPHRASE)
    assert Vault.verify_backup(fresh, NEW) == 26


def test_a_weak_passphrase_is_refused_before_anything_changes(filled: dict[str, Any]) -> None:
    folder = filled["folder"]
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and p.name != "vault.lock"}
    with _open(filled) as v:
        with pytest.raises(WeakPassphrase):
            v.keys.rekey("password1")
    assert (folder / "keyslots.json").read_bytes() == before["keyslots.json"]
    assert (folder / "vault.db").read_bytes()[:16] == before["vault.db"][:16]  # the same database file
    assert not (folder / REKEY_NAME).exists()


def test_a_failed_copy_leaves_the_vault_open_and_unchanged(filled: dict[str, Any],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    folder = filled["folder"]
    slots_before = (folder / "keyslots.json").read_bytes()
    real = copy_module.rekeyed_copy

    def full_disk(conn: Any, key: bytes, target: Path, progress: Any = None) -> int:
        def stop(done: int, total: int) -> None:
            raise StorageFull()

        return real(conn, key, target, stop)

    monkeypatch.setattr(keys_module, "rekeyed_copy", full_disk)
    with _open(filled) as v:
        with pytest.raises(StorageFull):
            v.keys.rekey(NEW)
        assert not (folder / REKEY_NAME).exists()
        v.entries.add("reflection", "Still saving", "after the refusal", {"prompt": "p"})  # still open
        assert v.check() == 26
    assert (folder / "keyslots.json").read_bytes() == slots_before
    with _open(filled) as v:
        assert v.entries.count() == 26


def test_a_rekey_stopped_after_its_key_file_is_finished_by_the_next_open(
        filled: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    folder = filled["folder"]

    def crash(self: VaultFolder) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(VaultFolder, "swap_in_rekeyed", crash)
    v = _open(filled)
    with pytest.raises(OSError):
        v.keys.rekey(NEW)
    assert not v.is_open  # it locked itself rather than go on with a closed database
    monkeypatch.undo()
    pending = folder / REKEY_NAME
    assert pending.exists()
    assert ks.KeySlotFile.load(folder / "keyslots.json").database_salt == database_salt(pending)
    with _open(filled, NEW) as v:  # the open finishes the swap
        assert v.check() == 25
    assert not pending.exists()


def test_a_leftover_copy_the_key_file_does_not_name_is_removed(filled: dict[str, Any]) -> None:
    folder = filled["folder"]
    pending = folder / REKEY_NAME
    pending.write_bytes(b"half a database" * 100)
    (folder / f"{REKEY_NAME}-journal").write_bytes(b"journal")
    with _open(filled) as v:
        assert v.entries.count() == 25
    assert not [p for p in folder.iterdir() if p.name.startswith(REKEY_NAME)]


@pytest.mark.parametrize("landed", [True, False], ids=["after-the-rename", "before-it"])
def test_an_interrupted_key_file_write_leaves_the_open_vault_agreeing_with_the_file(
        filled: dict[str, Any], monkeypatch: pytest.MonkeyPatch, landed: bool) -> None:
    """Ctrl-C (or a full disk) at the commit point: the key file on disk decides, as at the next open."""
    folder = filled["folder"]
    real = VaultFolder.write_slots

    def interrupted(self: VaultFolder, slots: ks.KeySlotFile, *, check: bool = True) -> None:
        if landed:
            real(self, slots, check=check)
            raise KeyboardInterrupt
        raise StorageFull()

    monkeypatch.setattr(VaultFolder, "write_slots", interrupted)
    with _open(filled) as v:
        before = bytes(v._key)  # type: ignore[arg-type]
        with pytest.raises(KeyboardInterrupt if landed else StorageFull):
            v.keys.rekey(NEW)
        monkeypatch.undo()
        assert not (folder / REKEY_NAME).exists()
        assert (bytes(v._key) != before) is landed  # type: ignore[arg-type]
        v.entries.add("reflection", "Saved after", "still lands", {"prompt": "p"})
        assert v.check() == 26
    with _open(filled, NEW if landed else PASSPHRASE) as v:
        assert v.entries.count() == 26
