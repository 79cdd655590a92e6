"""'Remember on this device': the secret lives in the real OS keyring, only when asked, and goes on 'forget'."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import keyring.backends.fail
import keyring.errors
import pytest

from mentorvault.devicekeys import SERVICE, KeyringStore
from mentorvault.errors import DeviceNotRemembered, KeyringUnavailable
from mentorvault.vault import Vault

from suite_support import PASSPHRASE, RecordingSecretStore, run_cli  # noqa: E402


def _slot_types(folder: Path) -> list[str]:
    return sorted(s["type"] for s in json.loads((folder / "keyslots.json").read_text())["slots"])


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _account(vault_id: str) -> str:
    return f"vault-{vault_id}"


@pytest.fixture
def real_vault(tmp_path: Path, real_keyring: None) -> Iterator[dict[str, Any]]:
    folder = tmp_path / "vault"
    v, recovery = Vault.create(folder, PASSPHRASE)  # default secret store: the real keyring
    assert isinstance(v._secret_store, KeyringStore)
    vault_id = v.vault_id
    v.entries.add("reflection", "Remembered", "", {"prompt": "p"})
    v.lock()
    yield {"folder": folder, "vault_id": vault_id, "recovery": recovery}
    try:
        keyring.delete_password(SERVICE, _account(vault_id))
    except keyring.errors.PasswordDeleteError:
        pass


def test_fresh_vault_has_no_device_slot(vault: Vault, secret_store: RecordingSecretStore) -> None:
    assert _slot_types(vault.path) == ["passphrase", "recovery"]
    assert not vault.keys.remembers_device
    vault.lock()
    with Vault.open(vault.path, PASSPHRASE, secret_store=secret_store) as again:
        assert not again.keys.remembers_device
    assert secret_store.calls == []  # nothing asked of the keyring unless the user asks
    with pytest.raises(DeviceNotRemembered):
        Vault.open(vault.path, use_device=True, secret_store=secret_store)
    assert secret_store.calls == []


def test_fresh_vault_writes_nothing_to_the_real_keyring(real_vault: dict[str, Any]) -> None:
    assert keyring.get_password(SERVICE, _account(real_vault["vault_id"])) is None
    with Vault.open(real_vault["folder"], PASSPHRASE):
        pass
    assert keyring.get_password(SERVICE, _account(real_vault["vault_id"])) is None
    assert _slot_types(real_vault["folder"]) == ["passphrase", "recovery"]


def test_remember_open_forget_with_the_real_keyring(real_vault: dict[str, Any]) -> None:
    folder, vault_id = real_vault["folder"], real_vault["vault_id"]
    with Vault.open(folder, PASSPHRASE) as v:
        data_key = bytes(v._key)  # type: ignore[arg-type]
        v.keys.remember_device()
        assert v.keys.remembers_device
    stored = keyring.get_password(SERVICE, _account(vault_id))
    assert stored is not None
    secret = base64.b64decode(stored, validate=True)
    assert len(secret) == 32 and secret != data_key
    assert _slot_types(folder) == ["device", "passphrase", "recovery"]
    raw_slots = (folder / "keyslots.json").read_bytes()
    assert stored.encode() not in raw_slots and secret.hex().encode() not in raw_slots

    with Vault.open(folder, use_device=True) as v:
        assert v.entries.count() == 1 and bytes(v._key) == data_key  # type: ignore[arg-type]

    with Vault.open(folder, PASSPHRASE) as v:  # remembering again replaces the secret and the slot
        v.keys.remember_device()
    assert keyring.get_password(SERVICE, _account(vault_id)) != stored
    assert _slot_types(folder) == ["device", "passphrase", "recovery"]
    Vault.open(folder, use_device=True).lock()

    with Vault.open(folder, PASSPHRASE) as v:
        v.keys.forget_device()
        assert not v.keys.remembers_device
    assert _slot_types(folder) == ["passphrase", "recovery"]
    assert keyring.get_password(SERVICE, _account(vault_id)) is None
    with pytest.raises(DeviceNotRemembered):
        Vault.open(folder, use_device=True)


def test_secret_removed_from_the_keyring(real_vault: dict[str, Any]) -> None:
    folder = real_vault["folder"]
    with Vault.open(folder, PASSPHRASE) as v:
        v.keys.remember_device()
    keyring.delete_password(SERVICE, _account(real_vault["vault_id"]))
    before = _digest(folder / "keyslots.json")
    with pytest.raises(DeviceNotRemembered, match="missing from the keyring"):
        Vault.open(folder, use_device=True)
    keyring.set_password(SERVICE, _account(real_vault["vault_id"]), base64.b64encode(b"x" * 32).decode())
    with pytest.raises(DeviceNotRemembered):
        Vault.open(folder, use_device=True)
    assert _digest(folder / "keyslots.json") == before


def test_cli_remember_device_forget(real_vault: dict[str, Any]) -> None:
    folder, vault_id = real_vault["folder"], real_vault["vault_id"]
    result = run_cli("remember", "--json", vault=folder)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"remembered": True}
    assert keyring.get_password(SERVICE, _account(vault_id)) is not None

    listed = run_cli("--device", "list", "--json", vault=folder, passphrase=None)
    assert listed.returncode == 0, listed.stderr
    assert [e["title"] for e in json.loads(listed.stdout)] == ["Remembered"]

    result = run_cli("forget", "--json", vault=folder)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"remembered": False}
    assert _slot_types(folder) == ["passphrase", "recovery"]
    assert keyring.get_password(SERVICE, _account(vault_id)) is None

    refused = run_cli("--device", "list", vault=folder, passphrase=None)
    assert (
        refused.returncode == 1 and "not remembered" in refused.stderr and "Traceback" not in refused.stderr
    )


@pytest.fixture
def failing_backend() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def _plain_sentence(message: str) -> None:
    assert message.endswith(".") and "Traceback" not in message and "keyring.errors" not in message
    assert "passphrase" in message


def test_keyring_store_without_a_backend(vault_dir: Path, failing_backend: None) -> None:
    v, _ = Vault.create(vault_dir, PASSPHRASE, secret_store=KeyringStore())
    try:
        before = _digest(vault_dir / "keyslots.json")
        with pytest.raises(KeyringUnavailable) as info:
            v.keys.remember_device()
        _plain_sentence(str(info.value))
        assert _digest(vault_dir / "keyslots.json") == before and not v.keys.remembers_device
    finally:
        v.lock()
    store = KeyringStore()
    for call in (lambda: store.get("x"), lambda: store.set("x", b"s"), lambda: store.delete("x")):
        with pytest.raises(KeyringUnavailable):
            call()


def test_failing_store_reporting_keyring_unavailable(vault: Vault) -> None:
    vault._secret_store = RecordingSecretStore(fail=KeyringUnavailable())
    before = _digest(vault.path / "keyslots.json")
    with pytest.raises(KeyringUnavailable) as info:
        vault.keys.remember_device()
    _plain_sentence(str(info.value))
    assert _digest(vault.path / "keyslots.json") == before and not vault.keys.remembers_device


def test_failing_store_raising_a_keyring_error(vault: Vault) -> None:
    store = RecordingSecretStore(fail=keyring.errors.NoKeyringError())
    vault._secret_store = store
    before = _digest(vault.path / "keyslots.json")
    try:
        with pytest.raises(KeyringUnavailable) as info:
            vault.keys.remember_device()
        _plain_sentence(str(info.value))
    finally:
        assert store.calls == [("set", vault.vault_id)]
        assert _digest(vault.path / "keyslots.json") == before and not vault.keys.remembers_device


def test_device_unlock_without_a_backend(real_vault: dict[str, Any]) -> None:
    folder = real_vault["folder"]
    with Vault.open(folder, PASSPHRASE) as v:
        v.keys.remember_device()
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        with pytest.raises(KeyringUnavailable):
            Vault.open(folder, use_device=True)
    finally:
        keyring.set_keyring(previous)
    Vault.open(folder, use_device=True).lock()
