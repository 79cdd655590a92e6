"""Assertions shared by the CLI tests (the CLI itself runs in a subprocess through conftest.run_cli).

Speed: every unlock with the passphrase costs an Argon2id derivation (64 MiB).  A vault made with
:func:`quick_vault` keeps its recovery key in ``recovery.key`` beside its folder, and the helpers
below then unlock with ``--recovery-key-file`` (HKDF, no Argon2) unless a test passes
``recovery=False``.  Tests about passphrases (tests/cli/test_cli_keys.py) never use quick vaults.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from mentorvault.vault import Vault  # noqa: E402

from suite_support import PASSPHRASE, RecordingSecretStore, run_cli  # noqa: E402

Result = subprocess.CompletedProcess


def quick_vault(folder: Path) -> Path:
    vault, recovery = Vault.create(folder, PASSPHRASE, secret_store=RecordingSecretStore())
    vault.lock()
    (folder.parent / "recovery.key").write_text(recovery + "\n")
    return folder


def cli(*args: str, recovery: bool = True, **kw: Any) -> Result:
    folder = kw.get("vault")
    key_file = folder.parent / "recovery.key" if isinstance(folder, Path) else None
    if recovery and key_file is not None and key_file.exists() and "--recovery-key-file" not in args:
        args = ("--recovery-key-file", str(key_file), *args)
    return run_cli(*args, **kw)


def ok_json(*args: str, **kw: Any) -> Any:
    result = cli(*args, **kw)
    assert result.returncode == 0, f"{args}: rc={result.returncode} stderr={result.stderr!r}"
    assert "Traceback" not in result.stderr
    return json.loads(result.stdout)


def fails(*args: str, code: int = 1, **kw: Any) -> str:
    """Run a command that must fail cleanly; return its one-line message."""
    result = cli(*args, **kw)
    assert result.returncode == code, (
        f"{args}: rc={result.returncode} stdout={result.stdout!r} stderr={result.stderr!r}"
    )
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    assert "ERROR CORE" not in result.stderr
    if code == 1:
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert lines[0].startswith("mentorvault: ")
        assert result.stdout == ""
        return lines[0]
    assert result.stderr.startswith("usage:") or result.stderr.startswith("mentorvault: "), result.stderr
    return result.stderr
