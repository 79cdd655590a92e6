"""Titles with markup, bidi overrides and controls are shown as text, never interpreted as rich text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from uihelpers import in_vault, wait_idle

HOSTILE_TITLE = "<b>bold</b><img src='http://evil.example/x.png'> \u202egnp.exe\u202c \x1b[2J"


def test_hostile_title_is_never_rich_text(unlocked: Any, vault_folder: Path, qtbot: Any, services: Any) -> None:
    w = unlocked(vault_folder)
    entry = in_vault(w, lambda v: v.entries.add("goal", HOSTILE_TITLE, "<script>x()</script>"))
    ws = w.workspace
    wait_idle(qtbot, services)
    ws.open_entry(entry.id)
    wait_idle(qtbot, services)
    assert ws.editor.title_edit.text() == HOSTILE_TITLE  # edited verbatim
    offenders, shown = [], 0
    for top in QApplication.topLevelWidgets():
        for label in top.findChildren(QLabel):
            text = label.text()
            if "<b>" in text or "<img" in text:
                shown += 1
                fmt = label.textFormat()
                if fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and Qt.mightBeRichText(text)):
                    offenders.append(label.objectName() or text[:40])
    assert offenders == []
    assert w.windowTitle() in ("MentorVault", "MentorVault — Locked")
