"""A new user's first commands (issue 17): a missing vault folder is named before anything is asked."""

from __future__ import annotations

from pathlib import Path

import pytest

from exchange_support import run_cli_inprocess  # noqa: E402

COMMANDS = [
    ["list"], ["show", "abcd"], ["add", "gratitude", "--title", "x"], ["identity"], ["partner", "list"],
    ["inbox"], ["shared-log"], ["settings"], ["check"], ["passwd"], ["remember"], ["forget"], ["backups"],
    ["backup", "copy.mvbackup"], ["card", "export", "card.txt"], ["export", "--preview", "--to", "Sam"],
]


@pytest.mark.parametrize("key_source", ["none", "missing-recovery-file", "missing-passphrase-file"])
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c))
def test_a_missing_vault_is_named_before_any_passphrase_or_key(tmp_path: Path, command: list[str],
                                                                key_source: str) -> None:
    missing = tmp_path / "no-such-vault"
    extra = {"none": [], "missing-recovery-file": ["--recovery-key-file", str(tmp_path / "nope.txt")],
             "missing-passphrase-file": ["--passphrase-file", str(tmp_path / "nope.txt")]}[key_source]
    result = run_cli_inprocess(*extra, *command, vault=missing, passphrase=None)
    assert "Traceback" not in result.stderr
    assert result.returncode == 1, (command, result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mentorvault: ")
    assert f"There is no vault in '{missing}'" in lines[0]
    assert "mentorvault init" in lines[0]
    assert not missing.exists()  # nothing was made on the way
