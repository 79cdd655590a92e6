"""Message boxes, file pickers and modal dialogs behind one small service the tests replace.

Every blocking question the UI asks goes through :class:`DialogService`, so a
test swaps in a recording fake (see ``tests/ui/fakes.py``) and drives the app
without a nested event loop.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

# QMessageBox and QFileDialog are imported in the methods that use them: their Python
# types cost start-up time, and the first window asks no question.


def _file_options():  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    # Qt's own dialogs, not the desktop's: those add the chosen paths to the "recent files" list.
    return QFileDialog.Option.DontUseNativeDialog


class DialogService(QObject):
    """The real implementation: Qt message boxes and file dialogs."""

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setAccessibleName(title)
        box.exec()

    def confirm(self, parent: QWidget | None, title: str, text: str, yes: str, no: str | None = None) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(no or self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes_button)
        box.setAccessibleName(title)
        box.exec()
        return box.clickedButton() is yes_button

    def open_folder(self, parent: QWidget | None, title: str, start: Path | None = None) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path = QFileDialog.getExistingDirectory(parent, title, str(start or Path.home()),
                                                QFileDialog.Option.ShowDirsOnly | _file_options())
        return Path(path) if path else None

    def open_file(self, parent: QWidget | None, title: str, start: Path | None = None,
                  filter: str = "") -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(parent, title, str(start or Path.home()), filter,
                                              options=_file_options())
        return Path(path) if path else None

    def save_file(self, parent: QWidget | None, title: str, start: Path | None = None,
                  filter: str = "") -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(parent, title, str(start or Path.home()), filter,
                                              options=_file_options())
        return Path(path) if path else None

    def run(self, dialog: QDialog) -> bool:
        """Show a modal dialog; True when the user accepted it."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _printer(self, parent: QWidget | None, title: str):  # type: ignore[no-untyped-def]
        """The printer the user chose in the system print dialog (which also prints to a PDF file), or None."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(title)
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def print_document(self, parent: QWidget | None, title: str, document: object) -> bool:
        """Print a ``PrintDocument`` (ui/logic/printdoc.py) laid out as its PDF is (ui/printing.py)."""
        from mentorvault.ui.printing import layout

        printer = self._printer(parent, title)
        if printer is None:
            return False
        layout(document).print_(printer)  # type: ignore[arg-type]
        return True

    def print_text(self, parent: QWidget | None, title: str, text: str) -> bool:
        """Print plain text through the system print dialog."""
        from PySide6.QtGui import QTextDocument

        printer = self._printer(parent, title)
        if printer is None:
            return False
        doc = QTextDocument()
        doc.setPlainText(text)
        doc.print_(printer)
        return True
