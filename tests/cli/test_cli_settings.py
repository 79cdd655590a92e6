"""``mentorvault settings [NAME [VALUE]] [--json]``: every setting in the registry, through the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentorvault.domain.settings import SETTINGS
from mentorvault.vault import Vault

from cli_helpers import cli, fails, ok_json, quick_vault


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return quick_vault(tmp_path / "vault")


def test_lists_every_registered_setting_with_its_value_default_and_range(folder: Path) -> None:
    rows = ok_json("settings", "--json", vault=folder)
    assert [r["name"] for r in rows] == [s.name for s in SETTINGS]
    for row, spec in zip(rows, SETTINGS, strict=False):
        assert row["value"] == spec.default and row["default"] == spec.default
        assert (row["type"], row["minimum"], row["maximum"]) == (spec.type.__name__, spec.minimum, spec.maximum)
        assert row["help"] == spec.help
    text = cli("settings", vault=folder)
    assert text.returncode == 0
    assert "idle_lock_minutes = 5" in text.stdout and "lock_on_minimise = off" in text.stdout
    assert "backup_dir = (empty)" in text.stdout


def test_changes_and_reads_back_each_type(folder: Path, tmp_path: Path) -> None:
    assert ok_json("settings", "backup_keep", "3", "--json", vault=folder) == {"name": "backup_keep", "value": 3}
    assert ok_json("settings", "lock_on_minimise", "on", "--json", vault=folder)["value"] is True
    backups = tmp_path / "elsewhere"
    assert ok_json("settings", "backup_dir", str(backups), "--json", vault=folder)["value"] == str(backups)
    assert ok_json("settings", "backup_keep", "--json", vault=folder) == {"name": "backup_keep", "value": 3}
    read = cli("settings", "lock_on_minimise", vault=folder)
    assert read.returncode == 0 and read.stdout.strip() == "lock_on_minimise = on"
    # The CLI and the facade see the same stored settings.
    recovery = (folder.parent / "recovery.key").read_text().strip()
    with Vault.open(folder, recovery_key=recovery, auto_backup=False) as v:
        s = v.settings.get()
    assert (s.backup_keep, s.lock_on_minimise, s.backup_dir) == (3, True, str(backups))


def test_refuses_bad_names_and_values_and_changes_nothing(folder: Path) -> None:
    assert "Unknown setting 'nope'" in fails("settings", "nope", vault=folder)
    assert "'mentorvault settings'" in fails("settings", "nope", "1", vault=folder)
    assert "1440" in fails("settings", "idle_lock_minutes", "5000", vault=folder)
    assert "whole number" in fails("settings", "backup_keep", "many", vault=folder)
    assert "on or off" in fails("settings", "lock_on_minimise", "maybe", vault=folder)
    assert [r["value"] for r in ok_json("settings", "--json", vault=folder)] == [s.default for s in SETTINGS]
