"""Shared fixtures: a real vault on disk, the CLI in a subprocess, the real keyring."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

# RFC 9106's second recommendation (64 MiB, t=3, p=4): fast enough for a test suite,
# never weaker than the floor the app enforces.
os.environ.setdefault("MENTORVAULT_KDF_PROFILE", "minimum")
os.environ["MENTORVAULT_TESTING"] = "1"  # the app honours the profile above only with this set
os.environ.pop("MENTORVAULT_PASSPHRASE", None)
os.environ.pop("MENTORVAULT_VAULT", None)

PASSPHRASE = "correct horse battery staple"
REPO = Path(__file__).resolve().parents[1]


class RecordingSecretStore:
    """A fake keyring that records what it was asked (for failure injection, not for the real test)."""

    def __init__(self, fail: Exception | None = None) -> None:
        self.calls: list[tuple[str, str]] = []
        self.secrets: dict[str, bytes] = {}
        self.fail = fail

    def get(self, vault_id: str) -> bytes | None:
        self.calls.append(("get", vault_id))
        if self.fail:
            raise self.fail
        return self.secrets.get(vault_id)

    def set(self, vault_id: str, secret: bytes) -> None:
        self.calls.append(("set", vault_id))
        if self.fail:
            raise self.fail
        self.secrets[vault_id] = secret

    def delete(self, vault_id: str) -> None:
        self.calls.append(("delete", vault_id))
        if self.fail:
            raise self.fail
        self.secrets.pop(vault_id, None)


@pytest.fixture
def secret_store() -> RecordingSecretStore:
    return RecordingSecretStore()


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path, secret_store: RecordingSecretStore) -> Any:
    from mentorvault.vault import Vault

    v, recovery = Vault.create(vault_dir, PASSPHRASE, secret_store=secret_store)
    v.recovery_key_for_tests = recovery  # type: ignore[attr-defined]
    yield v
    v.lock()


def run_cli(*args: str, vault: Path | None = None, passphrase: str | None = PASSPHRASE, env: dict[str, str] | None = None,
            input: str | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("MENTORVAULT_PASSPHRASE")}
    full_env["MENTORVAULT_KDF_PROFILE"] = os.environ.get("MENTORVAULT_KDF_PROFILE", "minimum")
    full_env["MENTORVAULT_TESTING"] = "1"
    if passphrase is not None:
        full_env["MENTORVAULT_PASSPHRASE"] = passphrase
    full_env.update(env or {})
    cmd = [sys.executable, "-m", "mentorvault"]
    if vault is not None:
        cmd += ["--vault", str(vault)]
    return subprocess.run(cmd + list(args), capture_output=True, text=True, env=full_env, input=input,
                          timeout=timeout, cwd=REPO)


@pytest.fixture
def cli() -> Any:
    return run_cli


def keyring_works() -> bool:
    try:
        import keyring

        keyring.set_password("MentorVault-probe", "probe", "x")
        keyring.delete_password("MentorVault-probe", "probe")
        return True
    except Exception:  # noqa: BLE001 - any failure means "no usable backend here"
        return False


@pytest.fixture
def real_keyring() -> None:
    """Use the real Secret Service; fail (not skip) when the test runner promised one."""
    if not keyring_works():
        if os.environ.get("MENTORVAULT_REQUIRE_KEYRING"):
            pytest.fail("tools/run-tests.sh started a Secret Service but keyring cannot use it")
        pytest.skip("no Secret Service here; tools/run-tests.sh starts one")
