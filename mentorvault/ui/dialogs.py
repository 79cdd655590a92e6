"""Message boxes, file pickers and modal dialogs behind one small service the tests replace.

Every blocking question the UI asks goes through :class:`DialogService`, so a
test swaps in a recording fake (see ``tests/ui/fakes.py``) and drives the app
without a nested event loop.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget


class DialogService(QObject):
    """The real implementation: Qt message boxes and file dialogs."""

    # Qt's own dialogs, not the desktop's: those add the chosen paths to the "recent files" list.
    _FILE_OPTIONS = QFileDialog.Option.DontUseNativeDialog

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setAccessibleName(title)
        box.exec()

    def confirm(self, parent: QWidget | None, title: str, text: str, yes: str, no: str | None = None) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(no or self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes_button)
        box.setAccessibleName(title)
        box.exec()
        return box.clickedButton() is yes_button

    def open_folder(self, parent: QWidget | None, title: str, start: Path | None = None) -> Path | None:
        path = QFileDialog.getExistingDirectory(parent, title, str(start or Path.home()),
                                                QFileDialog.Option.ShowDirsOnly | self._FILE_OPTIONS)
        return Path(path) if path else None

    def open_file(self, parent: QWidget | None, title: str, start: Path | None = None,
                  filter: str = "") -> Path | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, str(start or Path.home()), filter,
                                              options=self._FILE_OPTIONS)
        return Path(path) if path else None

    def save_file(self, parent: QWidget | None, title: str, start: Path | None = None,
                  filter: str = "") -> Path | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, str(start or Path.home()), filter,
                                              options=self._FILE_OPTIONS)
        return Path(path) if path else None

    def run(self, dialog: QDialog) -> bool:
        """Show a modal dialog; True when the user accepted it."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def print_text(self, parent: QWidget | None, title: str, text: str) -> bool:
        """Print plain text through the system print dialog."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(title)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        doc = QTextDocument()
        doc.setPlainText(text)
        doc.print_(printer)
        return True
