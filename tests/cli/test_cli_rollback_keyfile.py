"""The CLI on rolled-back vaults and damaged key files: a warning every command, one clear line, no traceback."""

from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path

import pytest

from mentorvault.vault import Vault

from cli_helpers import cli, fails, ok_json, quick_vault  # noqa: E402
from suite_support import RecordingSecretStore  # noqa: E402

NEW_PASSPHRASE = "plumb ferry tonic walrus"


@pytest.fixture(autouse=True)
def own_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


def _copy(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    (dst / "vault.lock").unlink(missing_ok=True)
    return dst


@pytest.fixture
def rolled_back(tmp_path: Path) -> Path:
    folder = quick_vault(tmp_path / "vault")
    ok_json("list", "--json", vault=folder)
    old = _copy(folder, tmp_path / "old")
    ok_json("add", "goal", "--title", "written later", "--json", vault=folder)
    shutil.rmtree(folder)
    _copy(old, folder)
    return folder


def test_every_command_warns_until_the_user_answers(rolled_back: Path) -> None:
    for _ in range(3):
        result = cli("list", vault=rolled_back)
        assert result.returncode == 0 and "Traceback" not in result.stderr
        assert "warning: this vault is older than the copy this computer last opened" in result.stderr
        assert "mentorvault rollback accept" in result.stderr and "rollback report" in result.stderr
    assert ok_json("rollback", "--json", vault=rolled_back) == {"suspected": True, "kind": "older"}
    answer = ok_json("rollback", "accept", "--json", vault=rolled_back)
    assert answer["acknowledged"] == "restored"
    result = cli("list", vault=rolled_back)
    assert result.returncode == 0 and result.stderr == ""
    assert "No rollback warning" in cli("rollback", vault=rolled_back).stdout
    assert "Nothing to answer" in fails("rollback", "accept", vault=rolled_back)


def test_report_says_what_to_do(rolled_back: Path) -> None:
    result = cli("rollback", "report", vault=rolled_back)
    assert result.returncode == 0, result.stderr
    for hint in ("mentorvault backups", "restore", "passwd", "recovery key"):
        assert hint in result.stdout
    assert cli("list", vault=rolled_back).stderr == ""


# --------------------------------------------------------------------------- damaged key files


def _edit_passphrase_slot(folder: Path, **changes: object) -> None:
    path = folder / "keyslots.json"
    data = json.loads(path.read_text())
    slot = next(s for s in data["slots"] if s["type"] == "passphrase")
    slot.update(changes)
    path.write_text(json.dumps(data))


SALTS = {"empty salt": "", "4-byte salt": base64.b64encode(b"abcd").decode()}


@pytest.mark.parametrize("salt", list(SALTS))
def test_short_salt_gives_one_line_and_the_recovery_key_still_sets_a_new_passphrase(tmp_path: Path,
                                                                                    salt: str) -> None:
    folder = quick_vault(tmp_path / "vault")
    _edit_passphrase_slot(folder, salt=SALTS[salt])
    line = fails("list", vault=folder, recovery=False)
    assert "passphrase slot" in line and "recovery key" in line and "does not unlock" not in line
    result = cli("list", vault=folder)  # the recovery key still unlocks, with a note about the bad slot
    assert result.returncode == 0 and "note: the key file has a passphrase slot that is damaged" in result.stderr
    changed = cli("passwd", vault=folder, env={"MENTORVAULT_NEW_PASSPHRASE": NEW_PASSPHRASE})
    assert changed.returncode == 0, changed.stderr
    result = cli("list", vault=folder, recovery=False, passphrase=NEW_PASSPHRASE)
    assert result.returncode == 0 and result.stderr == ""  # the bad slot went with the change


@pytest.mark.parametrize("salt", list(SALTS))
def test_backups_with_a_short_salt_verify_and_restore_without_a_traceback(tmp_path: Path, salt: str) -> None:
    folder = quick_vault(tmp_path / "vault")
    ok_json("backup", str(tmp_path / "b.mvbackup"), "--json", vault=folder)
    raw = (tmp_path / "b.mvbackup").read_bytes()
    from mentorvault.vault.backups import BACKUP_MAGIC

    head = len(BACKUP_MAGIC) + 4
    length = int.from_bytes(raw[len(BACKUP_MAGIC):head], "big")
    data = json.loads(raw[head:head + length])
    next(s for s in data["slots"] if s["type"] == "passphrase")["salt"] = SALTS[salt]
    slots = json.dumps(data).encode()
    (tmp_path / "bad.mvbackup").write_bytes(BACKUP_MAGIC + len(slots).to_bytes(4, "big") + slots
                                             + raw[head + length:])
    bad = str(tmp_path / "bad.mvbackup")
    line = fails("verify-backup", bad, recovery=False)
    assert "passphrase slot" in line and "--recovery-key-file" in line
    line = fails("restore", bad, vault=tmp_path / "restored", recovery=False)
    assert "passphrase slot" in line and not (tmp_path / "restored").exists()
    key_file = str(tmp_path / "recovery.key")
    assert ok_json("--recovery-key-file", key_file, "verify-backup", bad, "--json")["ok"] is True
    restored = ok_json("--recovery-key-file", key_file, "restore", bad, "--json", vault=tmp_path / "restored")
    assert restored["entries"] == 0


def test_a_deleted_passphrase_slot_is_named(tmp_path: Path) -> None:
    folder = quick_vault(tmp_path / "vault")
    path = folder / "keyslots.json"
    data = json.loads(path.read_text())
    data["slots"] = [s for s in data["slots"] if s["type"] != "passphrase"]
    path.write_text(json.dumps(data))
    line = fails("list", vault=folder, recovery=False)
    assert "no passphrase slot" in line and "does not unlock" not in line


def test_a_passphrase_slot_from_another_vault_is_named(tmp_path: Path) -> None:
    folder = quick_vault(tmp_path / "vault")
    other = quick_vault(tmp_path / "elsewhere" / "other")
    mine = json.loads((folder / "keyslots.json").read_text())
    theirs = json.loads((other / "keyslots.json").read_text())
    mine["slots"] = [s for s in mine["slots"] if s["type"] != "passphrase"] + [
        s for s in theirs["slots"] if s["type"] == "passphrase"]
    (folder / "keyslots.json").write_text(json.dumps(mine))
    line = fails("list", vault=folder, recovery=False)
    assert "belongs to another vault" in line and "does not unlock" not in line


def test_forget_without_a_reachable_keyring_says_so(tmp_path: Path) -> None:
    folder = quick_vault(tmp_path / "vault")
    key = (tmp_path / "recovery.key").read_text().strip()
    vault = Vault.open(folder, recovery_key=key, secret_store=RecordingSecretStore())
    vault.keys.remember_device()
    vault.lock()
    result = cli("forget", vault=folder, env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert result.returncode == 0, result.stderr
    assert "could not be reached" in result.stdout and "still stored" in result.stdout
    assert "remember" not in result.stdout.lower()
    assert "device" not in {s["type"] for s in json.loads((folder / "keyslots.json").read_text())["slots"]}
