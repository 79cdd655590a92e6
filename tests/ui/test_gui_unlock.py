"""Unlocking with the passphrase (right and wrong), the recovery key and the remembered device."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mentorvault.vault import Vault

from uihelpers import PASSPHRASE, wait_idle


def test_last_folder_opens_the_unlock_view(make_window: Any, services: Any, vault_folder: Path) -> None:
    services.prefs.remember_folder(vault_folder)
    w = make_window()
    assert w.views.currentWidget() is w.unlock_view
    assert w.windowTitle() == "MentorVault — Locked"
    assert str(vault_folder) in w.unlock_view.folder_label.text()
    assert not w.unlock_view.device_button.isVisible()  # nothing remembered yet


def test_wrong_then_right_passphrase(make_window: Any, qtbot: Any, services: Any, dialogs: Any,
                                     vault_folder: Path) -> None:
    w = make_window(vault_folder)
    view = w.unlock_view
    view.passphrase.setText("not the passphrase at all")
    view.unlock_button.click()
    assert view.busy.isVisible()
    assert not view.passphrase.isEnabled()  # no double submits while the key is derived
    wait_idle(qtbot, services)
    assert w.session is None
    assert view.message.isVisible()
    assert "does not unlock" in view.message.text()
    assert dialogs.messages() == []  # a calm inline message, not a dialog
    assert view.passphrase.isEnabled()
    # typing again hides the message
    view.passphrase.setText(PASSPHRASE)
    assert not view.message.isVisible()
    view.passphrase.edit.returnPressed.emit()
    qtbot.waitUntil(lambda: w.session is not None, timeout=20000)
    assert w.views.currentWidget() is w.workspace
    assert view.passphrase.text() == ""


def test_empty_passphrase_is_explained(make_window: Any, vault_folder: Path) -> None:
    w = make_window(vault_folder)
    w.unlock_view.unlock_button.click()
    assert "Type your passphrase" in w.unlock_view.message.text()


def test_unlock_with_recovery_key(make_window: Any, qtbot: Any, services: Any, vault_folder: Path,
                                  tmp_path: Path) -> None:
    w = make_window(vault_folder)
    view = w.unlock_view
    view.switch_button.click()
    assert view.using_recovery_key
    view.recovery.setText("AAAA-BBBB-CCCC")
    view.unlock_button.click()
    wait_idle(qtbot, services)
    assert view.message.isVisible() and w.session is None
    view.recovery.setText((tmp_path / "recovery.txt").read_text())
    view.unlock_button.click()
    qtbot.waitUntil(lambda: w.session is not None, timeout=20000)


def test_unlock_with_remembered_device(make_window: Any, qtbot: Any, services: Any, keyring: Any,
                                       vault_folder: Path) -> None:
    v = Vault.open(vault_folder, PASSPHRASE, secret_store=keyring, auto_backup=False)
    v.keys.remember_device()
    v.lock()
    w = make_window(vault_folder)
    assert w.unlock_view.device_button.isVisible()
    w.unlock_view.device_button.click()
    qtbot.waitUntil(lambda: w.session is not None, timeout=20000)
    assert ("get", v.vault_id) in keyring.calls


def test_a_second_window_on_an_open_vault_is_refused(make_window: Any, qtbot: Any, services: Any, keyring: Any,
                                                     vault_folder: Path) -> None:
    other = Vault.open(vault_folder, PASSPHRASE, secret_store=keyring, auto_backup=False)
    try:
        w = make_window(vault_folder)
        w.unlock_view.passphrase.setText(PASSPHRASE)
        w.unlock_view.unlock_button.click()
        wait_idle(qtbot, services)
        assert w.session is None
        assert "already open" in w.unlock_view.message.text()
    finally:
        other.lock()


def test_open_folder_without_a_vault_says_so(make_window: Any, dialogs: Any, tmp_path: Path) -> None:
    w = make_window()
    dialogs.paths.append(tmp_path)
    w.welcome.open_button.click()
    kind, title, text = dialogs.messages()[0]
    assert kind == "error" and "no MentorVault vault" in text
    assert w.views.currentWidget() is w.welcome


def test_open_folder_with_a_vault_goes_to_unlock(make_window: Any, dialogs: Any, vault_folder: Path) -> None:
    w = make_window()
    dialogs.paths.append(vault_folder)
    w.welcome.open_button.click()
    assert w.views.currentWidget() is w.unlock_view


def test_the_days_backup_is_written_beside_the_session_not_before_it(make_window: Any, qtbot: Any, services: Any,
                                                                     vault_folder: Path, tmp_path: Path) -> None:
    backups = vault_folder / "backups"
    w = make_window(vault_folder)
    w.unlock_view.passphrase.setText(PASSPHRASE)
    w.unlock_view.unlock_button.click()
    qtbot.waitUntil(lambda: w.session is not None, timeout=20000)
    # The list is on screen and the day's backup has not started: it waits for the session's timer.
    assert not backups.exists() or list(backups.glob("auto-*.mvbackup")) == []
    qtbot.waitUntil(lambda: len(list(backups.glob("auto-*.mvbackup"))) == 1, timeout=30000)
    made = next(backups.glob("auto-*.mvbackup"))
    assert Vault.verify_backup(made, recovery_key=(tmp_path / "recovery.txt").read_text()) == 0
    w.lock()
    wait_idle(qtbot, services)
    assert [p.name for p in backups.iterdir()] == [made.name]  # no temporary files left


def test_unlocking_an_older_vault_shows_its_upgrade(make_window: Any, qtbot: Any, services: Any,
                                                    tmp_path: Path) -> None:
    """The first unlock after an update upgrades the vault's storage on the worker; the view hears
    its progress through a queued signal and shows it under the busy bar."""
    import json
    import shutil

    saved = Path(__file__).resolve().parents[1] / "vectors" / "schema7"
    facts = json.loads((saved / "facts.json").read_text())
    folder = tmp_path / "old"
    shutil.copytree(saved / "vault", folder)
    w = make_window(folder)
    view = w.unlock_view
    heard: list[tuple[str, int, int]] = []
    texts: list[str] = []
    view.upgradeProgressed.connect(lambda step, done, total: (heard.append((step, done, total)),
                                                              texts.append(view.busy.label.text())))
    view.switch_button.click()
    view.recovery.setText(facts["recovery"])
    view.unlock_button.click()
    qtbot.waitUntil(lambda: w.session is not None, timeout=20000)
    wait_idle(qtbot, services)
    total = len(facts["entries"])
    assert heard[0] == ("entries", 0, total) and heard[-1] == ("compacting", 0, 0)
    assert f"Upgrading the vault's storage: {total} of {total} entries…" in texts
    assert texts[-1] == "Upgrading the vault's storage: giving the freed space back to the disk…"
    qtbot.waitUntil(lambda: not w.workspace.list_model.is_fetching, timeout=20000)
    assert w.workspace.list_model.rowCount() == total


def test_the_upgrade_bar_counts_entries(make_window: Any, vault_folder: Path) -> None:
    view = make_window(vault_folder).unlock_view
    view._set_busy(True, "Unlocking…")
    view.show_upgrade("entries", 2500, 10000)
    assert view.busy.bar.maximum() == 10000 and view.busy.bar.value() == 2500
    from PySide6.QtCore import QLocale

    n = QLocale().toString  # the numbers in the user's locale
    assert view.busy.label.text() == f"Upgrading the vault's storage: {n(2500)} of {n(10000)} entries…"
    view.show_upgrade("compacting", 0, 0)
    assert view.busy.bar.maximum() == 0  # no count: a busy indicator
    view._set_busy(False)
    view.show_upgrade("entries", 1, 2)  # a late signal after the unlock ended changes nothing
    assert not view.busy.isVisible()
