"""What the docs promise about files on disk (issue 20, section 4): private modes whatever the umask,
and the quick key-derivation profile as a testing switch only."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentorvault.crypto import keyslots as ks
from mentorvault.vault import Vault, VaultFolder

from suite_support import PASSPHRASE, RecordingSecretStore, run_cli  # noqa: E402

NEW = "plumb ferry tonic walrus"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o022, 0o002], ids=["umask022", "umask002"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def test_database_wal_and_shm_are_private_in_an_open_folder(tmp_path: Path, umask: int) -> None:
    folder = tmp_path / "shared" / "vault"
    folder.mkdir(parents=True)
    folder.chmod(0o775)  # a folder the user made, open to the group: the vault's files stay private
    v, _recovery = Vault.create(folder, PASSPHRASE, secret_store=RecordingSecretStore())
    try:
        v.entries.add("reflection", "Private", "words", {"prompt": "p"})
        names = {"vault.db", "vault.db-wal", "vault.db-shm", "keyslots.json"}
        assert names <= {p.name for p in folder.iterdir()}
        for name in names:
            assert _mode(folder / name) == 0o600, name
        v.keys.rekey(NEW)  # the re-encrypted database replaces vault.db: private too
        for name in ("vault.db", "vault.db-wal", "vault.db-shm"):
            assert _mode(folder / name) == 0o600, name
    finally:
        v.lock()


def test_an_older_vaults_readable_database_is_tightened_at_open(tmp_path: Path, umask: int) -> None:
    folder = tmp_path / "vault"
    v, recovery = Vault.create(folder, PASSPHRASE, secret_store=RecordingSecretStore())
    v.lock()
    (folder / "vault.db").chmod(0o644)
    with Vault.open(folder, recovery_key=recovery, secret_store=RecordingSecretStore(), auto_backup=False) as v:
        v.entries.add("reflection", "Private", "words", {"prompt": "p"})
        for name in ("vault.db", "vault.db-wal", "vault.db-shm"):
            assert _mode(folder / name) == 0o600, name


def test_folders_a_backup_file_creates_are_private(tmp_path: Path, umask: int) -> None:
    v, _recovery = Vault.create(tmp_path / "vault", PASSPHRASE, secret_store=RecordingSecretStore())
    try:
        target = tmp_path / "usb" / "mentoring" / "2026" / "copy.mvbackup"
        v.backups.backup(target)
        for folder in (tmp_path / "usb", tmp_path / "usb" / "mentoring", target.parent):
            assert _mode(folder) == 0o700, folder
        assert _mode(target) == 0o600
        elsewhere = tmp_path / "elsewhere" / "backups"
        v.settings.update(backup_dir=str(elsewhere))
        made = v.backups.rotate(force=True)
        assert made is not None and _mode(made) == 0o600
        assert _mode(elsewhere) == _mode(elsewhere.parent) == 0o700
    finally:
        v.lock()


def test_the_state_folder_is_private_whoever_creates_it(tmp_path: Path, umask: int,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from mentorvault.ui.logic import crashlog

    state = tmp_path / "xdg-state"
    monkeypatch.setenv("XDG_STATE_HOME", str(state))
    import platformdirs

    log_dir = Path(platformdirs.user_log_dir("MentorVault", appauthor=False))
    assert log_dir.parent == state / "MentorVault"
    assert crashlog.configure(log_dir) is not None  # what the window does at start
    for folder in (state, state / "MentorVault", log_dir):
        assert _mode(folder) == 0o700, folder
    # An older version left it 0755: the window and the CLI's unlock counter both tighten it.
    (state / "MentorVault").chmod(0o755)
    crashlog.configure(log_dir)
    assert _mode(state / "MentorVault") == 0o700
    (state / "MentorVault").chmod(0o755)
    assert VaultFolder.write_generations(VaultFolder.read_generations())
    assert _mode(state / "MentorVault") == 0o700


def test_the_quick_kdf_profile_is_ignored_without_the_testing_switch(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MENTORVAULT_KDF_PROFILE", "minimum")
    monkeypatch.setenv("MENTORVAULT_TESTING", "1")
    assert ks.calibrate() == ks.MINIMUM_PARAMS
    monkeypatch.delenv("MENTORVAULT_TESTING")
    calibrated = ks.calibrate()
    assert calibrated.memory_kib == ks.TARGET_MEMORY_KIB  # 256 MiB, as for every user
    # What 'passwd' writes, through the CLI, with only the profile variable left in the environment:
    folder = tmp_path / "vault"
    Vault.create(folder, PASSPHRASE, params=ks.MINIMUM_PARAMS, secret_store=RecordingSecretStore())[0].lock()
    out = run_cli("passwd", vault=folder, env={"MENTORVAULT_NEW_PASSPHRASE": NEW, "MENTORVAULT_TESTING": "0"},
                  timeout=300)
    assert out.returncode == 0, out.stderr
    slot = ks.KeySlotFile.load(folder / "keyslots.json").of_type("passphrase")[0]
    assert slot.params is not None and slot.params.memory_kib == ks.TARGET_MEMORY_KIB
