"""The CLI's re-key (`passwd --rekey`), `backup --prune` and what `delete` says about backups (issue 20)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from mentorvault.vault import Vault

from cli_helpers import fails, ok_json  # noqa: E402
from suite_support import RecordingSecretStore, run_cli  # noqa: E402

NEW = "plumb ferry tonic walrus"
RECOVERY_RE = re.compile(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){13}")


@pytest.fixture
def made(tmp_path: Path) -> dict[str, Any]:
    folder = tmp_path / "vault"
    init = ok_json("init", "--json", vault=folder)
    with Vault.open(folder, recovery_key=init["recovery_key"], secret_store=RecordingSecretStore()) as v:
        ids = [v.entries.add("reflection", f"Entry {i}", "words " * 200, {"prompt": "p"}).id for i in range(5)]
        v.backups.rotate(force=True)  # the day's automatic backup, holding the five entries
    recovery_file = tmp_path / "recovery.txt"
    recovery_file.write_text(init["recovery_key"] + "\n")
    return {"folder": folder, "recovery": init["recovery_key"], "recovery_file": recovery_file, "ids": ids}


def test_plain_passwd_says_the_old_passphrase_still_opens_backups_and_offers_rekey(made: dict[str, Any]) -> None:
    out = run_cli("passwd", vault=made["folder"], env={"MENTORVAULT_NEW_PASSPHRASE": NEW})
    assert out.returncode == 0, out.stderr
    assert "still open with the old passphrase" in out.stdout and "passwd --rekey" in out.stdout


def test_passwd_rekey_prints_progress_a_new_recovery_key_and_what_backups_still_hold(made: dict[str, Any]) -> None:
    folder = made["folder"]
    backups = sorted((folder / "backups").glob("*.mvbackup"))
    assert len(backups) == 1  # the day's automatic backup, made with the old passphrase
    out = run_cli("passwd", "--rekey", vault=folder, env={"MENTORVAULT_NEW_PASSPHRASE": NEW})
    assert out.returncode == 0, out.stderr
    assert "Re-encrypting the vault: 100%" in out.stderr
    assert "no longer open this vault" in out.stdout
    assert "1 backup made before still opens with the old passphrase" in out.stdout
    assert "backup --prune" in out.stdout
    recovery = RECOVERY_RE.search(out.stdout)
    assert recovery is not None and recovery.group(0) != made["recovery"]
    assert "does not unlock" in fails("list", vault=folder)  # the old passphrase
    assert len(ok_json("list", "--json", vault=folder, passphrase=NEW)) == 5
    assert "recovery key" in fails("--recovery-key-file", str(made["recovery_file"]), "list", vault=folder,
                                   passphrase=None).lower()
    new_file = folder.parent / "new-recovery.txt"
    new_file.write_text(recovery.group(0))
    assert len(ok_json("--recovery-key-file", str(new_file), "list", "--json", vault=folder, passphrase=None)) == 5
    # The old backup opens with the old passphrase and holds what it held.
    assert ok_json("verify-backup", "--json", str(backups[0]), vault=folder) == {"ok": True, "entries": 5}


def test_passwd_rekey_with_the_recovery_key_keeps_it_and_replaces_backups(made: dict[str, Any]) -> None:
    folder = made["folder"]
    old = folder / "backups" / "auto-2000-01-01.mvbackup"
    old.write_bytes(next((folder / "backups").glob("*.mvbackup")).read_bytes())
    data = ok_json("--recovery-key-file", str(made["recovery_file"]), "passwd", "--rekey", "--replace-backups",
                   "--json", vault=folder, passphrase=None, env={"MENTORVAULT_NEW_PASSPHRASE": NEW})
    assert data["rekeyed"] and data["recovery_key"] is None and data["old_backups"] == []
    fresh = Path(data["replaced"]["fresh"])
    assert str(old) in data["replaced"]["removed"]
    assert sorted((folder / "backups").iterdir()) == [fresh]
    assert ok_json("verify-backup", "--json", str(fresh), vault=folder, passphrase=NEW)["entries"] == 5
    assert "does not unlock" in fails("verify-backup", str(fresh), vault=folder)  # the old passphrase
    assert len(ok_json("--recovery-key-file", str(made["recovery_file"]), "list", "--json", vault=folder,
                       passphrase=None)) == 5


def test_replace_backups_needs_rekey(made: dict[str, Any]) -> None:
    out = run_cli("passwd", "--replace-backups", vault=made["folder"], env={"MENTORVAULT_NEW_PASSPHRASE": NEW})
    assert out.returncode == 2 and "--rekey" in out.stderr


def test_delete_says_backups_still_hold_the_entry_and_prune_drops_them(made: dict[str, Any]) -> None:
    folder = made["folder"]
    entry = made["ids"][0]
    backup = next((folder / "backups").glob("*.mvbackup"))
    out = run_cli("delete", entry, vault=folder)
    assert out.returncode == 0, out.stderr
    assert "backup made before still holds it" in out.stdout and "backup --prune" in out.stdout
    # It is true: the backup still has the entry ...
    restored = folder.parent / "restored"
    ok_json("restore", "--json", str(backup), vault=restored)
    assert entry in {e["id"] for e in ok_json("list", "--json", vault=restored)}
    # ... until the backups are replaced by one fresh one.
    data = ok_json("backup", "--prune", "--json", vault=folder)
    assert data["entries"] == 4 and str(backup) in data["removed"]
    assert sorted(p.name for p in (folder / "backups").iterdir()) == [Path(data["backup"]).name]
    again = folder.parent / "again"
    ok_json("restore", "--json", data["backup"], vault=again)
    assert entry not in {e["id"] for e in ok_json("list", "--json", vault=again)}


def test_backup_takes_a_file_or_prune(made: dict[str, Any]) -> None:
    assert run_cli("backup", vault=made["folder"]).returncode == 2
    assert run_cli("backup", "--prune", str(made["folder"].parent / "x.mvbackup"),
                   vault=made["folder"]).returncode == 2
