"""Test doubles for the UI: a dialog service that records what it was asked and answers from a script."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from suite_support import RecordingSecretStore  # noqa: E402,F401 -- the one fake keyring, re-exported


class FakeDialogs:
    """Stands in for :class:`mentorvault.ui.dialogs.DialogService`; never opens a window.

    ``calls`` records every request in order.  ``on_dialog`` decides what a modal
    dialog does (fill it in and return True to accept); by default dialogs are
    cancelled.  Folder and file pickers return the next path queued in ``paths``.
    """

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []
        self.paths: list[Path | None] = []
        self.confirm_answer = True
        self.on_dialog: Callable[[QDialog], bool] | None = None
        self.dialogs: list[QDialog] = []
        self.printed: list[str] = []

    def _record(self, *call: Any) -> None:
        self.calls.append(call)

    def messages(self, kind: str | None = None) -> list[tuple[Any, ...]]:
        return [c for c in self.calls if c[0] in ("info", "warn", "error") and (kind is None or c[0] == kind)]

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self._record("info", title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self._record("warn", title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self._record("error", title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str, yes: str, no: str | None = None) -> bool:
        self._record("confirm", title, text)
        return self.confirm_answer

    def _path(self, kind: str, title: str) -> Path | None:
        self._record(kind, title)
        return self.paths.pop(0) if self.paths else None

    def open_folder(self, parent: QWidget | None, title: str, start: Path | None = None) -> Path | None:
        return self._path("open_folder", title)

    def open_file(self, parent: QWidget | None, title: str, start: Path | None = None, filter: str = "") -> Path | None:
        return self._path("open_file", title)

    def save_file(self, parent: QWidget | None, title: str, start: Path | None = None, filter: str = "") -> Path | None:
        return self._path("save_file", title)

    def run(self, dialog: QDialog) -> bool:
        self._record("run", type(dialog).__name__)
        self.dialogs.append(dialog)
        if self.on_dialog is None:
            return False
        return bool(self.on_dialog(dialog))

    def print_document(self, parent: QWidget | None, title: str, document: Any) -> bool:
        self._record("print_document", title)
        self.printed.append(document.text())
        return True

    def print_text(self, parent: QWidget | None, title: str, text: str) -> bool:
        self._record("print", title)
        self.printed.append(text)
        return True
