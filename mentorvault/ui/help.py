"""The Help menu: the keyboard shortcuts (read from the window's own actions), a short privacy
summary, the documentation, and About (version and the licences of the main libraries)."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentorvault import __version__
from mentorvault.ui.logic.helpinfo import app_licence, dependency_licences, documentation_file, shortcut_rows
from mentorvault.ui.readonly import SafeBrowser
from mentorvault.ui.widgets import a11y, plain_buttons, styled_label


def window_shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(what, keys) for every action of ``window`` that has a shortcut, as the actions say them now."""
    pairs = []
    for action in window.actions():
        keys = action.shortcut()
        if not keys.isEmpty():
            pairs.append((action.text(), keys.toString(QKeySequence.SequenceFormat.NativeText)))
    return shortcut_rows(pairs)


class _Closable(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.col = QVBoxLayout(self)

    def add_close(self) -> None:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        a11y(buttons.button(QDialogButtonBox.StandardButton.Close), self.tr("Close"))
        buttons.rejected.connect(self.reject)
        plain_buttons(buttons)
        self.col.addWidget(buttons)


class ShortcutsDialog(_Closable):
    """The keyboard shortcuts: every window action's, then the keys of the text fields."""

    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Keyboard shortcuts"), parent)
        self.setMinimumSize(480, 520)
        self.rows = window_shortcuts(window) + [
            (self.tr("Move to the next or previous field"), self.tr("Tab, Shift+Tab")),
            (self.tr("Type a tab in a multi-line field"), QKeySequence("Ctrl+Tab").toString(
                QKeySequence.SequenceFormat.NativeText)),
            (self.tr("Spelling suggestions for the word at the cursor"), self.tr("Menu key, or right-click")),
            (self.tr("Open a menu"), self.tr("Alt and the underlined letter")),
        ]
        self.table = QTableWidget(len(self.rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, (what, keys) in enumerate(self.rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        a11y(self.table, self.tr("Keyboard shortcuts"))
        self.col.addWidget(self.table)
        self.add_close()


def privacy_text() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "Help",
        "Everything you write stays on this computer, in one encrypted vault that only your passphrase "
        "(or your recovery key) opens. MentorVault has no account, no server and sends nothing over the "
        "network.\n\n"
        "Nothing is shared by default: you tick, entry by entry, which partner may see exactly which "
        "version. It leaves only inside an encrypted bundle that you save and hand over yourself, and only "
        "to partners whose card you verified.\n\n"
        "Words you add to the spelling dictionary are kept inside the vault too. The vault locks after a "
        "few minutes without activity, unless you turn that off in Settings.")


class PrivacyDialog(_Closable):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Privacy"), parent)
        self.setMinimumWidth(520)
        self.label = styled_label(privacy_text(), selectable=True)
        self.col.addWidget(self.label)
        self.add_close()


class DocumentationDialog(_Closable):
    """The README, shown safely (no raw HTML, no images, nothing loaded)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("MentorVault documentation"), parent)
        self.resize(760, 640)
        self.path = documentation_file()
        self.browser = SafeBrowser()
        a11y(self.browser, self.tr("Documentation"))
        if self.path is None:
            self.browser.set_markdown(self.tr("The documentation was not found next to the program. It is the "
                                              "README of MentorVault's source code."))
        else:
            self.browser.set_markdown(self.path.read_text(encoding="utf-8", errors="replace"))
        self.col.addWidget(self.browser, 1)
        self.add_close()


class AboutDialog(_Closable):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("About MentorVault"), parent)
        self.setMinimumSize(520, 480)
        self.col.addWidget(styled_label(self.tr("MentorVault %1").replace("%1", __version__), "heading"))
        self.col.addWidget(styled_label(self.tr(
            "Private, encrypted reflective practice for mentors and mentees, with per-entry consent. "
            "Licence: %1.").replace("%1", app_licence()), selectable=True))
        self.col.addWidget(styled_label(self.tr("Qt %1, PySide6 %2, Python %3").replace("%1", qVersion()).replace(
            "%2", pyside_version).replace("%3", platform.python_version()), "muted", selectable=True))
        self.col.addWidget(styled_label(self.tr("Built with these libraries:"), "subheading"))
        self.dependencies = dependency_licences()
        self.table = QTableWidget(len(self.dependencies), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Library"), self.tr("Version"), self.tr("Licence")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, dep in enumerate(self.dependencies):
            for col, text in enumerate((dep.name, dep.version, dep.licence)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        a11y(self.table, self.tr("Libraries and their licences"))
        self.col.addWidget(self.table, 1)
        self.add_close()


__all__ = ["AboutDialog", "DocumentationDialog", "PrivacyDialog", "ShortcutsDialog", "window_shortcuts"]
