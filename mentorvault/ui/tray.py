"""A tray icon with Lock and Quit, where the desktop has a system tray; nothing without one."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QSystemTrayIcon

from mentorvault.ui import theme


def make_tray(window: QMainWindow, lock_action: QAction, quit_action: QAction) -> QSystemTrayIcon | None:
    """The tray icon, sharing the window's Lock and Quit actions (so Lock is enabled only while
    unlocked); None where ``QSystemTrayIcon.isSystemTrayAvailable()`` says there is no tray."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    tray = QSystemTrayIcon(theme.icon("mentorvault"), window)
    tray.setToolTip("MentorVault")
    menu = QMenu(window)
    menu.addAction(lock_action)
    menu.addSeparator()
    menu.addAction(quit_action)
    tray.setContextMenu(menu)

    def activated(reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            window.showNormal()
            window.raise_()
            window.activateWindow()

    tray.activated.connect(activated)
    tray.show()
    return tray
