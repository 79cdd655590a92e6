"""The window's re-key ("My passphrase may be known to someone") and replacing the backups (issue 20)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mentorvault.errors import WrongPassphrase
from mentorvault.ui.settings import ChangePassphraseDialog, RekeyDoneDialog, SettingsDialog
from mentorvault.vault import Vault

from uihelpers import PASSPHRASE, in_vault, wait_idle

NEW = "lantern orchard pebble violin"


def test_my_passphrase_may_be_known_rekeys_shows_progress_a_new_recovery_key_and_replaces_backups(
        unlocked: Any, filled_folder: Path, qtbot: Any, services: Any, dialogs: Any, keyring: Any) -> None:
    w = unlocked(filled_folder)
    old = in_vault(w, lambda v: v.backups.backup(v.folder.backups_dir / "auto-2020-01-01.mvbackup"))
    dialog = ChangePassphraseDialog(w.session, services, w)
    assert dialog.rekey_note.isHidden() and dialog.replace_box.isHidden()
    dialog.rekey_box.setChecked(True)
    assert not dialog.rekey_note.isHidden() and not dialog.replace_box.isHidden()
    assert "Backups made before still open with the old passphrase" in dialog.rekey_note.text()
    steps: list[tuple[str, int, int]] = []
    show = dialog._show_progress
    dialog._show_progress = lambda step, done, total: (steps.append((step, done, total)),  # type: ignore[method-assign]
                                                       show(step, done, total))
    seen: dict[str, Any] = {}

    def on_done(d: Any) -> bool:
        assert isinstance(d, RekeyDoneDialog)
        seen["key"] = d.recovery_label.text().replace("\n", "-")
        seen["before"] = d.backups_label.text()
        assert not d.close_button.isEnabled()  # not before the new recovery key is written down
        assert not d.replace_button.isHidden()
        d.replace_button.click()
        qtbot.waitUntil(lambda: "fresh backup" in d.backups_label.text(), timeout=20000)
        seen["after"] = d.backups_label.text()
        d.confirm.setChecked(True)
        assert d.close_button.isEnabled()
        return True

    dialogs.on_dialog = on_done
    dialog.current.setText(PASSPHRASE)
    dialog.new.setText(NEW)
    dialog.repeat.setText(NEW)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.changed, timeout=30000)
    wait_idle(qtbot, services)
    qtbot.waitUntil(lambda: any(s[0] == "switching" for s in steps), timeout=5000)
    assert [s[0] for s in steps][0] == "deriving"
    copying = [s for s in steps if s[0] == "copying"]
    assert copying and copying[-1][1] == copying[-1][2] > 0
    assert "made before still open" in seen["before"] and "old passphrase" in seen["before"]
    assert "Wrote one fresh backup" in seen["after"]
    result = dialog.rekey_result
    assert result is not None and result.recovery_key == seen["key"]
    backups = in_vault(w, lambda v: v.backups.all_backups())
    assert len(backups) == 1 and old not in backups
    w.lock()
    wait_idle(qtbot, services)
    with pytest.raises(WrongPassphrase):
        Vault.open(filled_folder, PASSPHRASE, secret_store=keyring, auto_backup=False)
    with Vault.open(filled_folder, recovery_key=seen["key"], secret_store=keyring, auto_backup=False) as v:
        assert v.entries.count() == 35
    assert Vault.verify_backup(backups[0], NEW) == 35


def test_replace_all_backups_from_settings(unlocked: Any, filled_folder: Path, qtbot: Any, services: Any,
                                           dialogs: Any) -> None:
    w = unlocked(filled_folder)
    first = in_vault(w, lambda v: v.backups.backup(v.folder.backups_dir / "auto-2020-01-01.mvbackup"))
    in_vault(w, lambda v: v.entries.delete(v.entries.list()[0].id))
    settings = SettingsDialog(w.session, services, "system", w)
    dialogs.confirm_answer = False
    settings.replace_all.click()
    assert first.exists()
    assert "deleted since" in dialogs.calls[-1][2]
    dialogs.confirm_answer = True
    settings.replace_all.click()
    wait_idle(qtbot, services)
    assert "Wrote one fresh backup" in settings.backup_status.text()
    assert not first.exists()
    backups = in_vault(w, lambda v: v.backups.all_backups())
    assert len(backups) == 1
    assert Vault.verify_backup(backups[0], PASSPHRASE) == 34


def test_the_delete_dialog_says_how_to_drop_the_backups(unlocked: Any, filled_folder: Path, qtbot: Any,
                                                        services: Any, dialogs: Any) -> None:
    w = unlocked(filled_folder)
    ws = w.workspace
    ws.open_entry(ws.list_model.summary_at(0).id)
    wait_idle(qtbot, services)
    dialogs.confirm_answer = False
    ws.editor.delete_button.click()
    text = [c for c in dialogs.calls if c[0] == "confirm"][-1][2]
    assert "Backups made before now still hold it" in text and "Replace all backups" in text
