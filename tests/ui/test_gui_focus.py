"""Focus mode in a real window: F11 shows the open entry's editor alone, full screen; Esc leaves;
the word count and the writing timer's quiet sign; the idle lock still applies and typing counts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from mentorvault.ui import language
from mentorvault.ui.logic.focus import WritingTimer, clock_text, entry_words, word_count

from uihelpers import wait_idle


@pytest.fixture(autouse=True)
def english() -> Any:
    language.install("en")
    yield
    language.uninstall()


def _focus(w: Any, qtbot: Any) -> Any:
    qtbot.keyClick(w, Qt.Key.Key_F11)
    focus = w.window_actions.focus
    assert focus is not None
    return focus


def test_f11_shows_the_editor_alone_and_esc_leaves(unlocked: Any, vault_folder: Path, qtbot: Any,
                                                   services: Any) -> None:
    w = unlocked(vault_folder)
    ws = w.workspace
    qtbot.keyClick(w, Qt.Key.Key_F11)  # nothing open: nothing to focus on
    assert w.window_actions.focus is None or not w.window_actions.focus.active
    ws.new_entry("reflection")
    editor = ws.editor
    focus = _focus(w, qtbot)
    assert focus.active and w.window_actions.focus_action.isChecked()
    assert w.isFullScreen()
    for hidden in (w.menuBar(), ws.sidebar, ws.middle, ws.notices, editor.header, editor.meta):
        assert not hidden.isVisible()
    assert editor.isVisible() and editor.title_edit.isVisible() and editor.notes.body_edit.isVisible()
    assert focus.bar.isVisible() and focus.bar.words.text() == "0 words"

    editor.title_edit.setFocus()
    qtbot.keyClicks(editor.title_edit, "Morning pages")
    editor.notes.body_edit.setFocus()
    qtbot.keyClicks(editor.notes.body_edit, "I don't know yet, and that's fine.")
    assert focus.bar.words.text() == "9 words"  # 2 in the title, 7 in the notes

    qtbot.keyClick(w, Qt.Key.Key_Escape)
    assert not focus.active and not w.isFullScreen()
    assert not w.window_actions.focus_action.isChecked()
    for shown in (w.menuBar(), ws.sidebar, ws.middle, editor.header, editor.meta):
        assert shown.isVisible()
    assert not focus.bar.isVisible()
    wait_idle(qtbot, services)


def test_the_timer_ends_with_a_quiet_sign(unlocked: Any, vault_folder: Path, qtbot: Any, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QApplication

    beeps: list[int] = []
    monkeypatch.setattr(QApplication, "beep", lambda *a: beeps.append(1))
    w = unlocked(vault_folder)
    w.workspace.new_entry("reflection")
    focus = _focus(w, qtbot)
    now = [1000.0]
    focus.clock = lambda: now[0]
    focus._tick.setInterval(20)
    focus.bar.minutes.setCurrentIndex(focus.bar.minutes.findData(10))
    assert focus.bar.minutes.currentText() == "Write for 10 minutes"
    focus.bar.timer_button.click()
    assert focus.bar.left.text() == "10:00 left" and focus.bar.timer_button.text() == "Stop timer"
    now[0] += 125
    qtbot.waitUntil(lambda: focus.bar.left.text() == "7:55 left", timeout=2000)
    now[0] += 600
    qtbot.waitUntil(lambda: focus.bar.sign.text() != "", timeout=2000)
    assert focus.bar.sign.text().startswith("Time's up.")
    assert focus.bar.left.text() == "" and focus.bar.timer_button.text() == "Start timer"
    assert focus.active  # the sign does not end the writing
    assert beeps == []  # never a sound


def test_idle_lock_applies_in_focus_and_typing_counts(unlocked: Any, vault_folder: Path, qtbot: Any,
                                                      services: Any) -> None:
    services.idle_ms = 400
    w = unlocked(vault_folder)
    w.workspace.new_entry("gratitude")
    editor = w.workspace.editor
    focus = _focus(w, qtbot)
    assert focus.active and w.idle.active
    editor.title_edit.setFocus()
    for _ in range(8):  # ~800 ms of typing in focus mode, longer than the idle time
        qtbot.keyClicks(editor.title_edit, "ab")
        qtbot.wait(100)
        assert w.session is not None
    qtbot.waitUntil(lambda: w.session is None, timeout=3000)  # then idle: locked
    assert w.lock_reason == "idle"
    assert not focus.active and not w.isFullScreen()  # focus mode ended with the lock
    assert w.menuBar().isVisible()


def test_focus_logic() -> None:
    assert word_count("") == 0
    assert word_count("I don't know — well-being, 3 times.") == 6
    assert entry_words("Two words", "and three more", {"prompt": "What now?", "deck": "",
                                                       "session_date": "2026-01-01",
                                                       "agenda_items": [{"text": "one item", "proposed_by": "me"}]}) == 9
    t = WritingTimer()
    assert not t.running and t.remaining(5) == 0
    t.start(10, 100.0)
    assert t.remaining(100.0) == 600 and t.remaining(100.5) == 600 and t.remaining(160.0) == 540
    assert not t.finished(699.0) and t.finished(700.0)
    assert clock_text(600) == "10:00" and clock_text(65) == "1:05"
