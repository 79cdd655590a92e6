"""Creating a vault from the welcome window: passphrase twice with a strength meter, recovery key, remember."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mentorvault.vault import Vault

from uihelpers import PASSPHRASE, wait_idle


def test_welcome_is_first_without_a_known_vault(make_window: Any) -> None:
    w = make_window()
    assert w.views.currentWidget() is w.welcome
    assert w.welcome.create_button.isVisible() and w.welcome.demo_button.isVisible()


def test_create_vault_end_to_end(make_window: Any, qtbot: Any, services: Any, dialogs: Any, keyring: Any,
                                 tmp_path: Path) -> None:
    w = make_window()
    w.welcome.create_button.click()
    view = w.create_view
    assert w.views.currentWidget() is view
    folder = tmp_path / "my-vault"
    view.folder_edit.setText(str(folder))

    # A weak passphrase: the meter says why, and the button stays off.
    view.passphrase.setText("password1")
    view.repeat.setText("password1")
    strength = view.meter.evaluate_now()
    assert strength is not None and not strength.acceptable
    assert view.meter.reasons.text().strip()
    assert "too weak" in view.meter.label.text()
    assert not view.create_button.isEnabled()

    # A good one, typed twice, but different at first.
    view.passphrase.setText(PASSPHRASE)
    view.repeat.setText(PASSPHRASE + "x")
    view.meter.evaluate_now()
    assert "do not match" in view.match.text()
    assert not view.create_button.isEnabled()
    view.repeat.setText(PASSPHRASE)
    view.meter.evaluate_now()
    assert view.create_button.isEnabled()
    view.create_button.click()
    assert view.busy.isVisible()  # key derivation runs on the worker; the window stays responsive
    qtbot.waitUntil(lambda: view.stack.currentIndex() == 1, timeout=20000)
    assert Vault.exists(folder)
    key = view.recovery_label.text().replace("\n", "-")  # shown on two lines at group boundaries
    assert "\n" in view.recovery_label.text()
    assert len(key) > 20
    assert view.passphrase.text() == ""  # the passphrase does not linger in the widget

    # Save the recovery key to a file (through the dialog service), then confirm.
    target = tmp_path / "key.txt"
    dialogs.paths.append(target)
    view.save_key.click()
    assert key in target.read_text()
    assert (target.stat().st_mode & 0o777) == 0o600
    view.print_key.click()
    assert key in dialogs.printed[0]
    assert not view.continue_button.isEnabled()
    view.confirm.setChecked(True)
    view.continue_button.click()
    assert view.recovery_label.text() == ""
    assert view.stack.currentIndex() == 2

    # Remember this device: the fake keyring is asked to store a secret.
    view.remember_button.click()
    qtbot.waitUntil(lambda: w.session is not None, timeout=20000)
    wait_idle(qtbot, services)
    assert ("set", w.session._vault.vault_id) in keyring.calls
    assert w.views.currentWidget() is w.workspace
    assert services.prefs.last_folder == folder

    # The recovery key unlocks the vault.
    w.lock()
    wait_idle(qtbot, services)
    v = Vault.open(folder, recovery_key=key, secret_store=keyring, auto_backup=False)
    v.lock()


def test_create_refuses_a_non_empty_folder(make_window: Any, qtbot: Any, services: Any, tmp_path: Path) -> None:
    folder = tmp_path / "busy"
    folder.mkdir()
    (folder / "something.txt").write_text("x")
    w = make_window()
    w.show_create(folder)
    view = w.create_view
    view.passphrase.setText(PASSPHRASE)
    view.repeat.setText(PASSPHRASE)
    view.meter.evaluate_now()
    view.create_button.click()
    wait_idle(qtbot, services)
    assert view.error.isVisible()
    assert "not empty" in view.error.text()
    assert view.stack.currentIndex() == 0


def test_remember_without_keyring_continues_calmly(make_window: Any, qtbot: Any, services: Any, keyring: Any,
                                                    tmp_path: Path) -> None:
    from mentorvault.errors import KeyringUnavailable

    keyring.fail = KeyringUnavailable()
    w = make_window()
    w.show_create(tmp_path / "v")
    view = w.create_view
    view.passphrase.setText(PASSPHRASE)
    view.repeat.setText(PASSPHRASE)
    view.meter.evaluate_now()
    view.create_button.click()
    qtbot.waitUntil(lambda: view.stack.currentIndex() == 1, timeout=20000)
    view.confirm.setChecked(True)
    view.continue_button.click()
    view.remember_button.click()
    wait_idle(qtbot, services)
    assert view.remember_error.isVisible() and "keyring" in view.remember_error.text()
    view.not_now.click()
    qtbot.waitUntil(lambda: w.session is not None, timeout=20000)
