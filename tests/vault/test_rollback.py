"""Rollback detection on real vault folders: what is detected, what is not, and what never warns falsely.

Each test has its own state folder (the record lives there, outside every vault folder).
The vaults unlock with the recovery key (HKDF, no Argon2) to keep the tests quick.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from mentorvault.errors import NoRollbackPending
from mentorvault.vault import Vault
from mentorvault.vault.folder import VaultFolder

from suite_support import PASSPHRASE, RecordingSecretStore  # noqa: E402


@pytest.fixture(autouse=True)
def own_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    state = tmp_path / "state"
    monkeypatch.setenv("XDG_STATE_HOME", str(state))
    return state


@pytest.fixture
def made(tmp_path: Path) -> dict[str, Any]:
    folder = tmp_path / "vault"
    vault, recovery = Vault.create(folder, PASSPHRASE, secret_store=RecordingSecretStore())
    vault.entries.add("reflection", "first", "", {"prompt": "p"})
    vault.lock()
    return {"folder": folder, "recovery": recovery}


def _open(folder: Path, recovery: str) -> Vault:
    return Vault.open(folder, recovery_key=recovery, secret_store=RecordingSecretStore(), auto_backup=False)


def _use(folder: Path, recovery: str, title: str | None = None) -> Any:
    """Unlock, optionally add an entry, lock; returns the notice the unlock reported."""
    vault = _open(folder, recovery)
    try:
        if title:
            vault.entries.add("reflection", title, "", {"prompt": "p"})
        return vault.rollback.notice
    finally:
        vault.lock()


def _copy(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    (dst / "vault.lock").unlink(missing_ok=True)
    return dst


def _put_back(old: Path, folder: Path) -> None:
    """What someone with write access does: the whole folder replaced by an older copy."""
    shutil.rmtree(folder)
    _copy(old, folder)


def test_whole_folder_rollback_warns_at_every_unlock_until_acknowledged(made: dict[str, Any],
                                                                        tmp_path: Path) -> None:
    folder, recovery = made["folder"], made["recovery"]
    assert _use(folder, recovery) is None
    old = _copy(folder, tmp_path / "old-copy-kept-aside")
    for i in range(3):
        assert _use(folder, recovery, f"newer {i}") is None
    _put_back(old, folder)
    for _ in range(3):  # the unlock no longer rewrites the record: the warning stays
        notice = _use(folder, recovery)
        assert notice is not None and notice.kind == "older"
        assert notice.found_generation < notice.expected_generation
    vault = _open(folder, recovery)
    assert vault.rollback_suspected
    done = vault.rollback.acknowledge("restored")
    assert done.choice == "restored" and done.notice.kind == "older"
    assert not vault.rollback_suspected
    with pytest.raises(NoRollbackPending):
        vault.rollback.acknowledge("restored")
    vault.lock()
    assert _use(folder, recovery) is None


def test_after_acknowledging_the_copy_that_was_replaced_is_the_older_one(made: dict[str, Any],
                                                                        tmp_path: Path) -> None:
    folder, recovery = made["folder"], made["recovery"]
    _use(folder, recovery)
    old = _copy(folder, tmp_path / "old")
    _use(folder, recovery, "newer")
    newer = _copy(folder, tmp_path / "newer")
    _put_back(old, folder)
    vault = _open(folder, recovery)
    answer = vault.rollback.acknowledge("replaced")
    assert answer.choice == "replaced" and isinstance(answer.backups, list)
    vault.lock()
    _put_back(newer, folder)  # the copy from before the acknowledged one is now behind
    notice = _use(folder, recovery)
    assert notice is not None and notice.kind == "older"


def test_opening_a_plain_folder_copy_never_makes_the_original_warn(made: dict[str, Any], tmp_path: Path) -> None:
    folder, recovery = made["folder"], made["recovery"]
    _use(folder, recovery)
    copy = _copy(folder, tmp_path / "copy")
    for i in range(3):  # the copy is used a lot, and gets a lineage of its own
        assert _use(copy, recovery, f"in the copy {i}") is None
    assert _use(folder, recovery) is None
    assert _use(copy, recovery) is None
    # ... and the original's own record still catches a rollback of the original.
    old = _copy(folder, tmp_path / "old")
    _use(folder, recovery, "newer")
    _put_back(old, folder)
    assert _use(folder, recovery).kind == "older"


def test_a_restored_copy_leaves_the_original_record_alone(made: dict[str, Any], tmp_path: Path) -> None:
    folder, recovery = made["folder"], made["recovery"]
    _use(folder, recovery)
    vault = _open(folder, recovery)
    backup = vault.backups.backup(tmp_path / "early.mvbackup")
    vault.lock()
    old = _copy(folder, tmp_path / "old")
    for i in range(3):
        _use(folder, recovery, f"later {i}")
    restored = tmp_path / "restored"
    assert Vault.restore(backup, restored, recovery_key=recovery) == 1
    for _ in range(2):
        assert _use(restored, recovery) is None  # a deliberate restore is no rollback
    assert _use(folder, recovery) is None  # and the original does not warn either
    _put_back(old, folder)  # a real rollback of the original is still seen
    assert _use(folder, recovery).kind == "older"


def test_a_restored_copy_moved_over_the_original_is_another_copy(made: dict[str, Any], tmp_path: Path) -> None:
    folder, recovery = made["folder"], made["recovery"]
    _use(folder, recovery)
    vault = _open(folder, recovery)
    backup = vault.backups.backup(tmp_path / "b.mvbackup")
    vault.lock()
    restored = tmp_path / "restored"
    Vault.restore(backup, restored, recovery_key=recovery)
    for i in range(4):  # a higher generation than the original: the lineage still tells them apart
        _use(restored, recovery, f"r{i}")
    _put_back(restored, folder)
    notice = _use(folder, recovery)
    assert notice is not None and notice.kind == "replaced"


def test_restoring_into_the_original_place_is_no_rollback(made: dict[str, Any], tmp_path: Path) -> None:
    folder, recovery = made["folder"], made["recovery"]
    _use(folder, recovery)
    vault = _open(folder, recovery)
    backup = vault.backups.backup(tmp_path / "b.mvbackup")
    vault.lock()
    _use(folder, recovery, "after the backup")
    shutil.rmtree(folder)  # the user lost the folder and restores it where it was
    Vault.restore(backup, folder, recovery_key=recovery)
    assert _use(folder, recovery) is None


def test_a_record_written_before_places_still_counts_once(made: dict[str, Any], tmp_path: Path) -> None:
    """Format 1 kept one counter per vault id, authenticated with the data key."""
    folder, recovery = made["folder"], made["recovery"]
    vault = _open(folder, recovery)
    from mentorvault.vault import rollback

    legacy = {"generation": 50, "mac": rollback._legacy_mac(vault.vault_id, vault._data_key(), 50)}
    vault_id = vault.vault_id
    vault.lock()
    path = VaultFolder.generations_file()
    path.write_text(json.dumps({vault_id: legacy}))  # as an older MentorVault left it
    notice = _use(folder, recovery)
    assert notice is not None and notice.kind == "older" and notice.expected_generation == 50
    assert vault_id not in json.loads(path.read_text())


def test_an_edited_record_is_not_trusted_silently(made: dict[str, Any]) -> None:
    folder, recovery = made["folder"], made["recovery"]
    _use(folder, recovery)
    path = VaultFolder.generations_file()
    data = json.loads(path.read_text())
    (record,) = data["places"].values()
    record["generation"] += 10  # without the vault's record key the MAC no longer fits
    path.write_text(json.dumps(data))
    notice = _use(folder, recovery)
    assert notice is not None and notice.kind == "unverified"


def test_a_rolled_back_state_file_is_not_detected(made: dict[str, Any], tmp_path: Path) -> None:
    """Documented limit: someone who can also put back the state folder's record wins."""
    folder, recovery = made["folder"], made["recovery"]
    _use(folder, recovery)
    old = _copy(folder, tmp_path / "old")
    old_record = VaultFolder.generations_file().read_bytes()
    _use(folder, recovery, "newer")
    _put_back(old, folder)
    VaultFolder.generations_file().write_bytes(old_record)
    assert _use(folder, recovery) is None


def test_no_automatic_backup_is_written_or_pruned_while_a_warning_is_pending(made: dict[str, Any],
                                                                            tmp_path: Path) -> None:
    folder, recovery = made["folder"], made["recovery"]
    _use(folder, recovery)
    old = _copy(folder, tmp_path / "old")
    _use(folder, recovery, "newer")
    _put_back(old, folder)
    shutil.rmtree(folder / "backups", ignore_errors=True)
    vault = Vault.open(folder, recovery_key=recovery, secret_store=RecordingSecretStore())  # auto_backup on
    try:
        assert vault.rollback_suspected
        assert vault.backups.rotate() is None and vault.backups.start_daily() is None
        assert not list((folder / "backups").glob("*.mvbackup")) if (folder / "backups").exists() else True
        vault.rollback.acknowledge("restored")
        assert vault.backups.rotate() is not None  # once answered, backups go on as before
    finally:
        vault.lock()


def test_the_record_keeps_the_most_recently_opened_places(made: dict[str, Any], tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from mentorvault.vault import rollback

    monkeypatch.setattr(rollback, "MAX_PLACES", 3)
    folder, recovery = made["folder"], made["recovery"]
    _use(folder, recovery)
    copies = [_copy(folder, tmp_path / f"copy{i}") for i in range(4)]
    for copy in copies:
        _use(copy, recovery)
    places = json.loads(VaultFolder.generations_file().read_text())["places"]
    vault = _open(copies[-1], recovery)
    try:
        assert len(places) == 3 and rollback.place_key(vault.vault_id, vault.folder.place) in places
        assert rollback.place_key(vault.vault_id, VaultFolder(folder).place) not in places  # the oldest went
    finally:
        vault.lock()
