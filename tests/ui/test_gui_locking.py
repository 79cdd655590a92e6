"""Locking: Ctrl+L, idle time, session lock / sleep signals and minimise; what a lock clears."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from mentorvault.vault import Vault

from uihelpers import wait_idle


def _assert_locked_and_clean(w: Any) -> None:
    assert w.session is None
    assert w.views.currentWidget() is w.unlock_view
    assert w.windowTitle() == "MentorVault — Locked"
    ws = w.workspace
    assert ws.list_model.rowCount() == 0
    assert ws.search.model.rowCount() == 0
    assert ws.editor.current_id is None
    assert ws.editor.title_edit.text() == "" and ws.editor.body_edit.toPlainText() == ""
    assert ws.sidebar.tree_model.rowCount() == 0
    assert ws.goals.card_widgets == [] and ws.goals.wins_model.rowCount() == 0
    assert ws.editor.partner_combo.count() == 0


def test_lock_by_shortcut(unlocked: Any, filled_folder: Path, qtbot: Any, services: Any, keyring: Any) -> None:
    w = unlocked(filled_folder)
    first = w.workspace.list_model.summary_at(0)
    w.workspace.open_entry(first.id)
    wait_idle(qtbot, services)
    assert w.workspace.editor.title_edit.text() == first.title
    assert w.lock_action.shortcut() == QKeySequence("Ctrl+L")
    qtbot.keyClick(w, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.session is None)
    _assert_locked_and_clean(w)
    assert w.lock_reason == "manual"
    wait_idle(qtbot, services)
    # the vault is closed: another process can open it now
    Vault.open(filled_folder, "correct horse battery staple", secret_store=keyring, auto_backup=False).lock()


def test_lock_after_idle_time(unlocked: Any, filled_folder: Path, qtbot: Any, services: Any) -> None:
    services.idle_ms = 200
    w = unlocked(filled_folder)
    assert w.idle.active and w.idle.timeout_ms == 200
    qtbot.waitUntil(lambda: w.session is None, timeout=3000)
    assert w.lock_reason == "idle"
    _assert_locked_and_clean(w)
    assert not w.idle.active


def test_typing_counts_as_activity(unlocked: Any, filled_folder: Path, qtbot: Any, services: Any) -> None:
    services.idle_ms = 400
    w = unlocked(filled_folder)
    w.workspace.new_entry("gratitude")
    editor = w.workspace.editor
    editor.title_edit.setFocus()
    for _ in range(8):  # ~800 ms of typing, longer than the idle time
        qtbot.keyClicks(editor.title_edit, "ab")
        qtbot.wait(100)
        assert w.session is not None
    qtbot.waitUntil(lambda: w.session is None, timeout=3000)


def test_idle_lock_follows_the_vault_setting(unlocked: Any, filled_folder: Path, services: Any) -> None:
    w = unlocked(filled_folder)
    assert w.idle.timeout_ms == 5 * 60_000  # the default: on, five minutes


def test_lock_on_sleep_and_session_lock_signals(unlocked: Any, filled_folder: Path, qtbot: Any,
                                                 services: Any) -> None:
    w = unlocked(filled_folder)
    w.session_watcher.on_prepare_for_sleep(False)  # waking up does nothing
    assert w.session is not None
    w.session_watcher.on_prepare_for_sleep(True)
    assert w.session is None and w.lock_reason == "sleep"
    wait_idle(qtbot, services)
    w.unlock_view.passphrase.setText("correct horse battery staple")
    w.unlock_view.unlock_button.click()
    qtbot.waitUntil(lambda: w.session is not None, timeout=20000)
    w.session_watcher.on_screensaver(True)
    assert w.session is None and w.lock_reason == "screensaver"


def test_session_watcher_without_a_bus_is_quiet() -> None:
    from mentorvault.ui.locking import SessionWatcher

    watcher = SessionWatcher()
    assert isinstance(watcher.start(), list)  # no bus here: no subscriptions, no error


def test_lock_on_minimise_when_enabled(unlocked: Any, filled_folder: Path, qtbot: Any, services: Any) -> None:
    w = unlocked(filled_folder)
    w.showMinimized()
    qtbot.wait(50)
    assert w.session is not None  # off by default
    w.showNormal()
    w.session.settings = w.session.settings.__class__(**{**w.session.settings.__dict__, "lock_on_minimise": True})
    w.showMinimized()
    qtbot.waitUntil(lambda: w.session is None, timeout=3000)
    assert w.lock_reason == "minimise"


def test_lock_saves_pending_edits_first(unlocked: Any, filled_folder: Path, qtbot: Any, services: Any,
                                        keyring: Any) -> None:
    services.autosave_ms = 60_000  # make sure only the lock triggers the save
    w = unlocked(filled_folder)
    w.workspace.editor.timer.setInterval(60_000)
    first = w.workspace.list_model.summary_at(0)
    w.workspace.open_entry(first.id)
    wait_idle(qtbot, services)
    w.workspace.editor.title_edit.setText("Renamed just before locking")
    w.lock()
    wait_idle(qtbot, services)
    v = Vault.open(filled_folder, "correct horse battery staple", secret_store=keyring, auto_backup=False)
    try:
        assert v.entries.get(first.id).title == "Renamed just before locking"
    finally:
        v.lock()


def test_lock_closes_open_dialogs(unlocked: Any, filled_folder: Path, qtbot: Any, services: Any,
                                  dialogs: Any) -> None:
    from mentorvault.ui.settings import SettingsDialog

    w = unlocked(filled_folder)
    dialog = SettingsDialog(w.session, services, "system", w)
    dialog.show()
    w.lock()
    assert not dialog.isVisible()
