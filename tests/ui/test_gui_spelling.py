"""Spell checking in the window: underlines in one- and multi-line fields, suggestions, "Add to
dictionary" kept in the vault (and nowhere else), "Ignore", the setting, and life without a library."""

from __future__ import annotations

import base64
import os
import secrets
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu

from mentorvault.ui import spelling
from mentorvault.ui.logic import spelling as spelling_logic
from mentorvault.ui.logic.spelling import NO_LIBRARY, SpellingUnavailable
from mentorvault.ui.settings import SettingsDialog
from mentorvault.vault import Vault

from uihelpers import PASSPHRASE, in_vault, wait_idle


def _english(folder: Path, keyring: Any) -> None:
    vault = Vault.open(folder, PASSPHRASE, secret_store=keyring)
    vault.settings.update(spelling_language="en_US")
    vault.lock()


def _open(unlocked: Any, folder: Path, qtbot: Any, services: Any) -> Any:
    w = unlocked(folder)
    qtbot.waitUntil(lambda: spelling.hub().request() is not None or spelling.hub().status.problem != "",
                    timeout=20000)
    wait_idle(qtbot, services)
    return w


def _new_note(w: Any, qtbot: Any) -> Any:
    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = w.workspace.editor
    qtbot.waitUntil(lambda: editor.title_edit.hasFocus())
    return editor


def _texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions()]


def _action(menu: QMenu, text: str) -> Any:
    return next(a for a in menu.actions() if a.text() == text)


def _underlined(edit: Any) -> list[str]:
    """The words of a multi-line field drawn with the spell-check underline."""
    found = []
    block = edit.document().firstBlock()
    while block.isValid():
        for r in block.layout().formats():
            if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                found.append(block.text()[r.start:r.start + r.length])
        block = block.next()
    return found


def _x_of(edit: Any, index: int) -> QPoint:
    """A point over character ``index`` of a line edit."""
    keep = edit.cursorPosition()
    edit.setCursorPosition(index)
    point = edit.cursorRect().center() + QPoint(2, 0)
    edit.setCursorPosition(keep)
    return point


def test_title_suggestions_replace_the_word_and_add_keeps_it_in_the_vault(
        unlocked: Any, vault_folder: Path, keyring: Any, qtbot: Any, services: Any) -> None:
    _english(vault_folder, keyring)
    w = _open(unlocked, vault_folder, qtbot, services)
    assert spelling.hub().status.available and spelling.hub().status.language == "en_US"
    editor = _new_note(w, qtbot)
    title = editor.title_edit
    qtbot.keyClicks(title, "Feedback we recieve from Zorblat")
    assert [s.word for s in title.misspelt()] == ["recieve", "Zorblat"]
    title.grab()  # paints the underlines without error

    menu = title.spelling_menu(_x_of(title, title.text().index("cieve")))
    texts = _texts(menu)
    assert texts[0] == "receive"
    assert "Add “recieve” to the dictionary" in texts and "Ignore “recieve”" in texts
    assert any("Copy" in t for t in texts)  # the usual edit actions are still there
    _action(menu, "receive").trigger()
    assert title.text() == "Feedback we receive from Zorblat"
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the replacement is one undo step
    assert title.text() == "Feedback we recieve from Zorblat"

    menu = title.spelling_menu(_x_of(title, title.text().index("rblat")))
    _action(menu, "Add “Zorblat” to the dictionary").trigger()
    wait_idle(qtbot, services)
    assert in_vault(w, lambda v: v.words.list()) == ("Zorblat",)
    assert [s.word for s in title.misspelt()] == ["recieve"]
    # A correct word offers no spelling actions.
    menu = title.spelling_menu(_x_of(title, 2))
    assert not any("dictionary" in t for t in _texts(menu))

    w.lock()
    assert spelling.hub().checker is None  # the words left memory with the vault
    w.unlock_view.passphrase.setText(PASSPHRASE)
    w.unlock_view.unlock_button.click()
    qtbot.waitUntil(lambda: spelling.hub().request() is not None, timeout=20000)
    assert spelling.hub().checker.misspelt("Zorblat recieve") != []
    assert [s.word for s in spelling.hub().checker.misspelt("Zorblat recieve")] == ["recieve"]


def test_notes_and_fields_are_underlined_with_suggestions_and_ignore(
        unlocked: Any, vault_folder: Path, keyring: Any, qtbot: Any, services: Any) -> None:
    _english(vault_folder, keyring)
    w = _open(unlocked, vault_folder, qtbot, services)
    editor = _new_note(w, qtbot)
    body = editor.body_edit
    body.setFocus()
    qtbot.keyClicks(body, "First line")
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "We dicussed the plan with Quimby")
    qtbot.waitUntil(lambda: _underlined(body) == ["dicussed", "Quimby"])
    fields = [f for f in editor.form().widgets.values() if hasattr(f, "edit") and f.edit.property("spellchecked")]
    assert fields, "the kind's text fields are spell-checked"
    field_edit = fields[0].edit
    field_edit.setFocus()
    qtbot.keyClicks(field_edit, "an exampel")
    if hasattr(field_edit, "document"):
        qtbot.waitUntil(lambda: _underlined(field_edit) == ["exampel"])
    else:
        assert [s.word for s in field_edit.misspelt()] == ["exampel"]

    cursor = QTextCursor(body.document().findBlockByNumber(1))
    cursor.setPosition(cursor.position() + 5)
    menu = spelling.text_edit_menu(body, body.cursorRect(cursor).center())
    assert "discussed" in _texts(menu)
    _action(menu, "discussed").trigger()
    assert body.toPlainText() == "First line\nWe discussed the plan with Quimby"
    cursor = QTextCursor(body.document().findBlockByNumber(1))
    cursor.setPosition(cursor.position() + body.document().findBlockByNumber(1).text().index("Quimby") + 2)
    menu = spelling.text_edit_menu(body, body.cursorRect(cursor).center())
    _action(menu, "Ignore “Quimby”").trigger()
    qtbot.waitUntil(lambda: _underlined(body) == [])
    wait_idle(qtbot, services)
    assert in_vault(w, lambda v: v.words.list()) == ()  # ignored, not added
    assert body.tabChangesFocus()


def test_the_setting_changes_the_dictionary_and_turns_it_off(
        unlocked: Any, vault_folder: Path, keyring: Any, qtbot: Any, services: Any, dialogs: Any) -> None:
    _english(vault_folder, keyring)
    w = _open(unlocked, vault_folder, qtbot, services)

    def choose(language: str) -> Any:
        def answer(dialog: Any) -> bool:
            dialog.spelling.setCurrentIndex(dialog.spelling.findData(language))
            return True
        return answer

    dialogs.on_dialog = choose("de_DE")
    w.show_settings()
    qtbot.waitUntil(lambda: spelling.hub().status.language == "de_DE", timeout=20000)
    assert spelling.hub().checker.misspelt("Das Gespräch war gut") == []
    dialogs.on_dialog = choose("off")
    w.show_settings()
    qtbot.waitUntil(lambda: spelling.hub().status.problem == "off", timeout=20000)
    assert spelling.hub().checker is None
    editor = _new_note(w, qtbot)
    qtbot.keyClicks(editor.title_edit, "recieve")
    assert editor.title_edit.misspelt() == []
    dialog = SettingsDialog(w.session, services, "system", w)
    assert dialog.spelling.currentData() == "off"
    assert dialog.spelling_status.text() == "Spell checking is off."
    dialog.deleteLater()


def test_without_a_spelling_library_the_app_works_and_settings_say_so(
        unlocked: Any, vault_folder: Path, keyring: Any, qtbot: Any, services: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def no_library(language: str) -> Any:
        raise SpellingUnavailable(NO_LIBRARY, language, "The 'enchant' C library was not found")

    monkeypatch.setattr(spelling_logic, "open_backend", no_library)
    _english(vault_folder, keyring)
    w = _open(unlocked, vault_folder, qtbot, services)
    assert spelling.hub().checker is None and spelling.hub().status.problem == NO_LIBRARY
    editor = _new_note(w, qtbot)
    qtbot.keyClicks(editor.title_edit, "We recieve")
    editor.body_edit.setFocus()
    qtbot.keyClicks(editor.body_edit, "Notes wiht typos")
    assert editor.title_edit.misspelt() == [] and _underlined(editor.body_edit) == []
    menu = editor.title_edit.spelling_menu(_x_of(editor.title_edit, 5))
    assert not any("dictionary" in t for t in _texts(menu))
    qtbot.keyClick(w, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.state == "saved", timeout=10000)
    dialog = SettingsDialog(w.session, services, "system", w)
    assert "not available" in dialog.spelling_status.text()
    assert "not installed" in dialog.spelling_status.text()
    assert dialog.spelling_status.isVisibleTo(dialog)
    dialog.deleteLater()


def test_an_added_word_is_written_nowhere_but_the_vault(
        unlocked: Any, vault_folder: Path, keyring: Any, qtbot: Any, services: Any, tmp_path: Path) -> None:
    marker = "Qzv" + "".join(secrets.choice("bcdfghjkmnpqrstvwxz") for _ in range(12))  # letters: a word
    _english(vault_folder, keyring)
    w = _open(unlocked, vault_folder, qtbot, services)
    editor = _new_note(w, qtbot)
    qtbot.keyClicks(editor.title_edit, f"Met {marker} today")
    assert marker in [s.word for s in editor.title_edit.misspelt()]
    menu = editor.title_edit.spelling_menu(_x_of(editor.title_edit, 6))
    _action(menu, f"Add “{marker}” to the dictionary").trigger()
    menu = editor.title_edit.spelling_menu(_x_of(editor.title_edit, 6))  # suggestions asked of the library
    wait_idle(qtbot, services)
    assert marker in in_vault(w, lambda v: v.words.list())
    w.lock()
    wait_idle(qtbot, services)
    services.prefs.sync()

    needles = [marker.encode(), marker.lower().encode(), marker.encode("utf-16-le"),
               base64.b64encode(marker.encode())[:12]]
    roots = {tmp_path}
    for var in ("TMPDIR", "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
                "XDG_RUNTIME_DIR"):
        if os.environ.get(var):
            roots.add(Path(os.environ[var]))
    hits, scanned = [], 0
    for root in roots:
        for path in root.rglob("*") if root.exists() else ():
            if path.is_file() and not path.is_symlink():
                try:
                    data = path.read_bytes()
                except OSError:
                    continue
                scanned += 1
                if any(n in data for n in needles):
                    hits.append(str(path))
    assert scanned > 3
    assert hits == []
    # Enchant's own personal word lists were never made (they would sit in its config folder).
    for root in roots:
        assert not list(root.rglob("enchant")), root
    # Control: the scan would have seen a word written to a plain file.
    planted = tmp_path / "planted.dic"
    planted.write_text(marker)
    assert any(n in planted.read_bytes() for n in needles)


def test_redrawing_the_underlines_does_not_edit_the_entry(unlocked: Any, filled_folder: Path, qtbot: Any,
                                                          services: Any) -> None:
    w = _open(unlocked, filled_folder, qtbot, services)
    ws = w.workspace
    qtbot.waitUntil(lambda: ws.list_model.rowCount() > 0, timeout=20000)
    first = ws.list_model.summary_at(0)
    ws.list_view.select_entry(first.id, notify=True)
    editor = ws.editor
    qtbot.waitUntil(lambda: editor.current_id == first.id and editor.state == "saved", timeout=20000)
    before = (editor.title_edit.text(), editor.body_edit.toPlainText())
    spelling.hub().ignore_word("anything")  # every field redraws
    spelling.hub().changed.emit()
    qtbot.wait(50)
    assert editor.state == "saved" and not editor.is_dirty
    assert (editor.title_edit.text(), editor.body_edit.toPlainText()) == before
    assert not editor.body_edit.document().isUndoAvailable()


def test_a_vault_only_browsed_opens_no_dictionary(unlocked: Any, vault_folder: Path, qtbot: Any, services: Any,
                                                  keyring: Any) -> None:
    """A Hunspell dictionary costs 10 MiB: it is opened at the first text to check, not at unlock."""
    _english(vault_folder, keyring)
    w = unlocked(vault_folder)
    wait_idle(qtbot, services)
    assert spelling.hub().checker is None and spelling.hub().session is not None
    editor = _new_note(w, qtbot)
    qtbot.keyClicks(editor.title_edit, "A recieve")
    qtbot.waitUntil(lambda: spelling.hub().checker is not None, timeout=20000)
    qtbot.waitUntil(lambda: [s.word for s in editor.title_edit.misspelt()] == ["recieve"], timeout=20000)
