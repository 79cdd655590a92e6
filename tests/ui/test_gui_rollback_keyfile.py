"""The window on a rolled-back vault and on a damaged key file: a calm notice, a clear choice, no traceback."""

from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from mentorvault.vault import Vault

from uihelpers import PASSPHRASE, wait_idle


@pytest.fixture(autouse=True)
def own_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


def _copy(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    (dst / "vault.lock").unlink(missing_ok=True)
    return dst


def roll_back(folder: Path, recovery: str, keep: Path) -> None:
    """Open once, keep a copy, write an entry, then put the copy back in place of the folder."""
    Vault.open(folder, recovery_key=recovery, auto_backup=False).lock()
    _copy(folder, keep)
    vault = Vault.open(folder, recovery_key=recovery, auto_backup=False)
    vault.entries.add("reflection", "written after the copy", "", {"prompt": "p"})
    vault.lock()
    shutil.rmtree(folder)
    _copy(keep, folder)


@pytest.fixture
def rolled_back(vault_folder: Path, tmp_path: Path) -> Path:
    roll_back(vault_folder, (tmp_path / "recovery.txt").read_text(), tmp_path / "kept")
    return vault_folder


def _lock(w: Any, qtbot: Any, services: Any) -> None:
    w.lock("test")
    qtbot.waitUntil(lambda: w.session is None, timeout=20000)
    wait_idle(qtbot, services)


def _unlock_again(w: Any, qtbot: Any, services: Any) -> None:
    w.unlock_view.passphrase.setText(PASSPHRASE)
    w.unlock_view.unlock_button.click()
    qtbot.waitUntil(lambda: w.session is not None, timeout=20000)
    wait_idle(qtbot, services)


def test_the_window_warns_after_every_unlock_until_the_user_answers(unlocked: Any, qtbot: Any, services: Any,
                                                                   dialogs: Any, rolled_back: Path) -> None:
    w = unlocked(rolled_back)
    notices = w.workspace.notices
    assert notices.rollback_notice.isVisible()
    assert "older than the copy this computer last opened" in notices.rollback_notice.label.text()
    assert dialogs.messages() == []  # a notice in the window, not a dialog
    _lock(w, qtbot, services)
    _unlock_again(w, qtbot, services)
    assert notices.rollback_notice.isVisible()  # unlocking did not switch it off
    notices.rollback_restored_button.click()
    qtbot.waitUntil(lambda: not notices.rollback_notice.isVisible(), timeout=20000)
    assert dialogs.messages() == []
    _lock(w, qtbot, services)
    _unlock_again(w, qtbot, services)
    assert not notices.rollback_notice.isVisible()


def test_someone_may_have_replaced_my_vault_says_what_to_do(unlocked: Any, qtbot: Any, services: Any,
                                                           dialogs: Any, rolled_back: Path) -> None:
    w = unlocked(rolled_back)
    notices = w.workspace.notices
    notices.rollback_replaced_button.click()
    qtbot.waitUntil(lambda: bool(dialogs.messages("warn")), timeout=20000)
    (_kind, title, text) = dialogs.messages("warn")[0][:3]
    assert title == "What to do now"
    for hint in ("backups", "Restore a backup", "passphrase", "recovery key"):
        assert hint in text
    assert not notices.rollback_notice.isVisible()


def test_a_damaged_passphrase_slot_in_the_window(make_window: Any, qtbot: Any, services: Any,
                                                 vault_folder: Path, tmp_path: Path) -> None:
    path = vault_folder / "keyslots.json"
    data = json.loads(path.read_text())
    next(s for s in data["slots"] if s["type"] == "passphrase")["salt"] = base64.b64encode(b"abcd").decode()
    path.write_text(json.dumps(data))
    w = make_window(vault_folder)
    view = w.unlock_view
    view.passphrase.setText(PASSPHRASE)
    view.unlock_button.click()
    wait_idle(qtbot, services)
    assert w.session is None and view.message.isVisible()
    text = view.message.text()
    assert "passphrase slot" in text and "Use my recovery key instead" in text and "does not unlock" not in text
    view.switch_button.click()
    view.recovery.setText((tmp_path / "recovery.txt").read_text())
    view.unlock_button.click()
    qtbot.waitUntil(lambda: w.session is not None, timeout=20000)
    wait_idle(qtbot, services)
    notice = w.workspace.notices.keyfile_notice
    assert notice.isVisible() and "Set a new passphrase in Settings" in notice.label.text()


def test_forget_without_a_keyring_says_the_secret_is_still_stored(unlocked: Any, qtbot: Any, services: Any,
                                                                  keyring: Any, vault_folder: Path) -> None:
    from keyring.errors import KeyringError

    v = Vault.open(vault_folder, PASSPHRASE, secret_store=keyring, auto_backup=False)
    v.keys.remember_device()
    v.lock()
    w = unlocked(vault_folder)
    from mentorvault.ui.settings import SettingsDialog

    dialog = SettingsDialog(w.session, services, "system", w)
    qtbot.addWidget(dialog)
    keyring.fail = KeyringError("no keyring")
    dialog.device_button.click()
    qtbot.waitUntil(lambda: dialog.device_button.isEnabled(), timeout=20000)
    text = dialog.device_status.text()
    assert "could not be reached" in text and "still stored" in text
    assert "cannot remember" not in text
    slots = json.loads((vault_folder / "keyslots.json").read_text())["slots"]
    assert "device" not in {s["type"] for s in slots}
