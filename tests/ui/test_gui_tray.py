"""The tray icon: with a system tray, Lock and Quit (the window's own actions); without one, none and
nothing breaks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QSystemTrayIcon

from uihelpers import wait_idle


def test_without_a_system_tray_there_is_no_icon_and_the_window_works(
        unlocked: Any, vault_folder: Path, monkeypatch: Any) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    w = unlocked(vault_folder)
    assert w.window_actions.tray is None
    w.lock()
    assert w.session is None


def test_with_a_system_tray_lock_and_quit_are_there_and_lock_locks(
        unlocked: Any, vault_folder: Path, monkeypatch: Any, qtbot: Any, services: Any) -> None:
    # The test display (offscreen) has no tray; this stands in for a desktop that has one.
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    w = unlocked(vault_folder)
    tray = w.window_actions.tray
    assert tray is not None
    actions = [a for a in tray.contextMenu().actions() if not a.isSeparator()]
    assert [a.text().replace("&", "") for a in actions] == ["Lock now", "Quit"]
    lock = actions[0]
    assert lock.isEnabled()
    lock.trigger()
    wait_idle(qtbot, services)
    qtbot.waitUntil(lambda: w.session is None, timeout=10000)
    assert not lock.isEnabled()  # the window's own action: off while locked
