"""Copied vault text is marked sensitive for clipboard managers and cleared later, on lock and on quit."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from mentorvault.ui.clipboard import SENSITIVE_MIME, ClipboardGuard


def test_copied_text_is_marked_sensitive_and_cleared_after_the_timeout(qtbot) -> None:
    guard = ClipboardGuard(clear_after_ms=200)
    field = QLineEdit("my private marker")
    qtbot.addWidget(field)
    field.selectAll()
    field.copy()
    board = QGuiApplication.clipboard()
    qtbot.waitUntil(lambda: board.mimeData().hasFormat(SENSITIVE_MIME))
    assert bytes(board.mimeData().data(SENSITIVE_MIME)) == b"secret"
    assert board.text() == "my private marker"
    qtbot.waitUntil(lambda: board.text() == "", timeout=3000)
    guard.detach()


def test_text_replaced_by_the_user_is_left_alone(qtbot) -> None:
    guard = ClipboardGuard(clear_after_ms=200)
    board = QGuiApplication.clipboard()
    board.setText("from the vault")
    qtbot.waitUntil(lambda: board.mimeData().hasFormat(SENSITIVE_MIME))
    other = QMimeData()
    other.setText("something else")
    other.setData(SENSITIVE_MIME, b"secret")  # looks like ours, but the text changed
    board.setMimeData(other)
    qtbot.wait(400)
    assert board.text() == "something else"
    guard.detach()


def test_lock_clears_at_once(qtbot) -> None:
    guard = ClipboardGuard(clear_after_ms=60_000)
    board = QGuiApplication.clipboard()
    board.setText("copied before locking")
    qtbot.waitUntil(lambda: board.mimeData().hasFormat(SENSITIVE_MIME))
    guard.clear_if_ours()
    assert board.text() == ""
    guard.detach()
