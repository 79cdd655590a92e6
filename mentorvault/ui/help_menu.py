"""The Help menu's actions; the dialogs they open (``ui/help.py``) are imported when first asked for,
so the first window does not wait for them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu


class HelpActions(QObject):
    def __init__(self, window: QMainWindow, add: Callable[..., QAction], run: Callable[[QDialog], Any]) -> None:
        """``add``: makes an action on the window; ``run``: shows a dialog (the dialog service's ``run``)."""
        super().__init__(window)
        self.window = window
        self.run = run
        self.shortcuts_action = add(self.tr("&Keyboard shortcuts"), "Ctrl+/", "", self.show_shortcuts)
        self.privacy_action = add(self.tr("&Privacy"), None, "shield", lambda: self._show("PrivacyDialog"))
        self.docs_action = add(self.tr("&Documentation"), QKeySequence.StandardKey.HelpContents, "",
                               lambda: self._show("DocumentationDialog"))
        self.about_action = add(self.tr("&About MentorVault"), None, "mentorvault", lambda: self._show("AboutDialog"))

    def fill(self, menu: QMenu) -> None:
        menu.addAction(self.shortcuts_action)
        menu.addAction(self.docs_action)
        menu.addAction(self.privacy_action)
        menu.addSeparator()
        menu.addAction(self.about_action)

    def _show(self, name: str) -> None:
        from mentorvault.ui import help as dialogs

        dialog: QDialog = getattr(dialogs, name)(self.window)
        self.run(dialog)
        dialog.deleteLater()

    def show_shortcuts(self) -> None:
        from mentorvault.ui.help import ShortcutsDialog

        dialog = ShortcutsDialog(self.window, self.window)
        self.run(dialog)
        dialog.deleteLater()
