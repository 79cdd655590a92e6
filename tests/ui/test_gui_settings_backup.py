"""Settings (idle lock, minimise, backups, device, passphrase, theme) and verifying a backup."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mentorvault.ui.settings import ChangePassphraseDialog, SettingsDialog, VerifyBackupDialog
from mentorvault.vault import Vault

from uihelpers import PASSPHRASE, in_vault, wait_idle


def test_settings_are_saved_in_the_vault_and_theme_in_prefs(unlocked: Any, vault_folder: Path, qtbot: Any,
                                                            services: Any, dialogs: Any, tmp_path: Path) -> None:
    w = unlocked(vault_folder)

    def fill(dialog: Any) -> bool:
        assert isinstance(dialog, SettingsDialog)
        assert dialog.idle.value() == 5 and not dialog.minimise.isChecked()
        dialog.idle.setValue(12)
        dialog.minimise.setChecked(True)
        dialog.keep.setValue(3)
        dialog.backup_dir.setText(str(tmp_path / "bk"))
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        return True

    dialogs.on_dialog = fill
    w.settings_action.trigger()
    wait_idle(qtbot, services)
    s = in_vault(w, lambda v: v.settings.get())
    assert (s.idle_lock_minutes, s.lock_on_minimise, s.backup_keep, s.backup_dir) == (12, True, 3, str(tmp_path / "bk"))
    assert w.idle.timeout_ms == 12 * 60_000
    assert services.prefs.get("view/theme") == "dark"
    from mentorvault.ui import theme

    assert theme.manager().is_dark
    theme.manager().apply("light")


def test_idle_lock_off(unlocked: Any, vault_folder: Path, qtbot: Any, services: Any, dialogs: Any) -> None:
    w = unlocked(vault_folder)
    dialogs.on_dialog = lambda d: (d.idle.setValue(0), True)[1]
    w.settings_action.trigger()
    wait_idle(qtbot, services)
    assert not w.idle.active


def test_remember_and_forget_this_device(unlocked: Any, vault_folder: Path, qtbot: Any, services: Any,
                                         keyring: Any) -> None:
    w = unlocked(vault_folder)
    dialog = SettingsDialog(w.session, services, "system", w)
    assert "not remembered" in dialog.device_status.text()
    dialog.device_button.click()
    wait_idle(qtbot, services)
    assert [c[0] for c in keyring.calls] == ["set"]
    assert "is remembered" in dialog.device_status.text()
    dialog.device_button.click()
    wait_idle(qtbot, services)
    assert [c[0] for c in keyring.calls] == ["set", "delete"]


def test_change_passphrase(unlocked: Any, vault_folder: Path, qtbot: Any, services: Any, keyring: Any) -> None:
    w = unlocked(vault_folder)
    dialog = ChangePassphraseDialog(w.session, services, w)
    dialog.current.setText("wrong passphrase entirely")
    dialog.new.setText("lantern orchard pebble violin")
    dialog.repeat.setText("lantern orchard pebble violin")
    dialog.submit()
    wait_idle(qtbot, services)
    assert "not the current passphrase" in dialog.current.error.text()
    assert not dialog.changed
    dialog.current.setText(PASSPHRASE)
    dialog.submit()
    wait_idle(qtbot, services)
    assert dialog.changed
    w.lock()
    wait_idle(qtbot, services)
    Vault.open(vault_folder, "lantern orchard pebble violin", secret_store=keyring, auto_backup=False).lock()


def test_back_up_now_and_verify_backup(unlocked: Any, filled_folder: Path, qtbot: Any, services: Any,
                                       dialogs: Any) -> None:
    w = unlocked(filled_folder)
    settings = SettingsDialog(w.session, services, "system", w)
    settings.backup_now.click()
    wait_idle(qtbot, services)
    assert "Backup written" in settings.backup_status.text()
    backups = in_vault(w, lambda v: v.backups.list())
    manual = [b for b in backups if b.name.startswith("manual-")][0]

    verify = VerifyBackupDialog(services, manual.parent, w)
    dialogs.paths.append(manual)
    verify._choose()
    assert verify.file.text() == str(manual)
    verify.passphrase.setText("not it at all, sorry")
    verify.verify_button.click()
    wait_idle(qtbot, services)
    assert verify.count is None and "passphrase" in verify.result_label.text().lower()
    verify.passphrase.setText(PASSPHRASE)
    verify.verify_button.click()
    assert not verify.busy.isHidden()  # a busy indicator while every page is checked
    wait_idle(qtbot, services)
    assert verify.count == 35
    assert "35 entries" in verify.result_label.text()


def test_verify_backup_works_while_locked(make_window: Any, filled_folder: Path, qtbot: Any, services: Any,
                                          keyring: Any, dialogs: Any, tmp_path: Path) -> None:
    v = Vault.open(filled_folder, PASSPHRASE, secret_store=keyring, auto_backup=False)
    target = v.backups.backup(tmp_path / "b.mvbackup")
    v.lock()
    (tmp_path / "bad.mvbackup").write_bytes(b"not a backup")
    w = make_window(filled_folder)

    def drive(dialog: Any) -> bool:
        dialog.file.setText(str(tmp_path / "bad.mvbackup"))
        dialog.passphrase.setText(PASSPHRASE)
        dialog.verify()
        wait_idle(qtbot, services)
        assert "not a MentorVault backup" in dialog.result_label.text()
        dialog.file.setText(str(target))
        dialog.use_recovery.setChecked(True)
        dialog.passphrase.setText((tmp_path / "recovery.txt").read_text())
        dialog.verify()
        wait_idle(qtbot, services)
        return dialog.count == 35

    dialogs.on_dialog = drive
    w.verify_action.trigger()
    assert dialogs.dialogs[-1].count == 35


def test_restore_a_backup_from_the_window_into_a_new_folder(make_window: Any, filled_folder: Path, qtbot: Any,
                                                            services: Any, dialogs: Any, tmp_path: Path) -> None:
    from mentorvault.ui.settings import RestoreBackupDialog

    with Vault.open(filled_folder, PASSPHRASE, auto_backup=False) as v:
        source = v.backups.backup(tmp_path / "saved.mvbackup")
    (filled_folder / "vault.db").write_bytes(b"\0" * 4096)  # the vault is wrecked
    w = make_window(filled_folder)
    target = tmp_path / "restored vault"

    def fill(dialog: Any) -> bool:
        assert isinstance(dialog, RestoreBackupDialog)
        dialog.file.setText(str(source))
        dialog.target.setText(str(target))
        dialog.passphrase.setText("wrong passphrase entirely")
        dialog.verify_button.click()
        wait_idle(qtbot, services)
        assert dialog.restored is None and "passphrase" in dialog.result_label.text().lower()
        assert not target.exists()
        dialog.passphrase.setText(PASSPHRASE)
        dialog.verify_button.click()
        wait_idle(qtbot, services)
        return dialog.restored is not None

    dialogs.on_dialog = fill
    w.restore_action.trigger()
    wait_idle(qtbot, services)
    assert w.folder == target  # the window now offers to unlock the restored vault
    with Vault.open(target, PASSPHRASE, auto_backup=False) as v:
        assert v.entries.count() == 35


def test_settings_show_where_the_automatic_backups_stand(make_window: Any, unlocked: Any, vault_folder: Path,
                                                         qtbot: Any, services: Any, monkeypatch: Any) -> None:
    from mentorvault.ui.session import Session

    monkeypatch.setattr(Session, "BACKUP_AFTER_UNLOCK_MS", 0)
    w = unlocked(vault_folder)
    qtbot.waitUntil(lambda: list((vault_folder / "backups").glob("auto-*.mvbackup")) != [], timeout=30000)
    qtbot.waitUntil(lambda: not in_vault(w, lambda v: v.backups.status().running), timeout=30000)
    dialog = SettingsDialog(w.session, services, "system", w)
    wait_idle(qtbot, services)
    text = dialog.automatic_status.text()
    assert text.startswith("Newest automatic backup:") and str(vault_folder / "backups") in text
    assert not w.workspace.backup_notice.isVisible()


def test_a_failed_daily_backup_is_shown_and_leads_to_settings(make_window: Any, unlocked: Any, vault_folder: Path,
                                                              qtbot: Any, services: Any, dialogs: Any, keyring: Any,
                                                              tmp_path: Path, monkeypatch: Any) -> None:
    from mentorvault.ui.session import Session

    monkeypatch.setattr(Session, "BACKUP_AFTER_UNLOCK_MS", 0)
    monkeypatch.setattr(Session, "BACKUP_WATCH_MS", 50)
    blocker = tmp_path / "usb-stick-not-mounted"
    blocker.write_text("a file where the backup folder should be")
    with Vault.open(vault_folder, PASSPHRASE, secret_store=keyring, auto_backup=False) as v:
        v.settings.update(backup_dir=str(blocker / "backups"))
    w = unlocked(vault_folder)
    notice = w.workspace.backup_notice
    qtbot.waitUntil(notice.isVisible, timeout=20000)
    assert notice.label.text().startswith("Automatic backup: The backup folder")
    assert str(blocker / "backups") in notice.label.text() and "earlier backups are kept" in notice.label.text()
    seen: list[str] = []

    def look(dialog: Any) -> bool:
        assert isinstance(dialog, SettingsDialog)
        qtbot.waitUntil(lambda: dialog.automatic_status.text() != "", timeout=10000)
        seen.append(dialog.automatic_status.text())
        return False

    dialogs.on_dialog = look
    w.workspace.backup_settings_button.click()
    wait_idle(qtbot, services)
    assert seen and seen[0].startswith("Today's automatic backup failed.") and "cannot be used" in seen[0]
    w.workspace.backup_dismiss_button.click()
    assert not notice.isVisible()
    w.lock()
    wait_idle(qtbot, services)
    assert not notice.isVisible()
