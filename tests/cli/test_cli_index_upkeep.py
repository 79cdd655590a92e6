"""Every CLI command ends in a lock: it merges the search index one step, not for the app's half second."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentorvault.storage.index import index_problems
from mentorvault.vault import Vault

from exchange_support import run_cli_inprocess  # noqa: E402
from suite_support import PASSPHRASE, RecordingSecretStore, counted_merges  # noqa: E402


@pytest.fixture
def piled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A vault whose index has a dozen small segments to merge (one per save)."""
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, secret_store=RecordingSecretStore())
    for i in range(12):
        vault.entries.add("goal", f"goal {i}", f"pilex{i}z and more words")
    with monkeypatch.context() as m:
        m.setattr(Vault, "tidy_index", lambda self, *a, **k: 0)  # this lock leaves all the upkeep to the command
        vault.lock()
    return tmp_path / "vault"



@pytest.mark.parametrize("command", [["search", "pilex3z"], ["list"], ["add", "goal", "--title", "new", "--body", "b"]])
def test_a_command_merges_the_index_one_step(
        piled: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]) -> None:
    steps = counted_merges(monkeypatch)
    result = run_cli_inprocess(*command, vault=piled)
    assert result.returncode == 0, result.stderr
    assert steps == [True]  # one step that found work; the app's lock would go on until a step finds none
    vault = Vault.open(piled, PASSPHRASE, secret_store=RecordingSecretStore(), auto_backup=False)
    try:
        assert [h.title for h in vault.entries.search("pilex3z")] == ["goal 3"]
        assert index_problems(vault.conn) == []
    finally:
        vault.lock()
