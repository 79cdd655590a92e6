"""The Edit menu follows the focused field; the Help menu's shortcuts list comes from the real actions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog

import mentorvault
from mentorvault.ui.help import AboutDialog, DocumentationDialog, PrivacyDialog, ShortcutsDialog
from mentorvault.ui.logic.helpinfo import FieldFacts, dependency_licences, edit_enabled, shortcut_rows

from uihelpers import wait_idle

NATIVE = QKeySequence.SequenceFormat.NativeText


def _enabled(w: Any) -> dict[str, bool]:
    return {name: a.isEnabled() for name, a in w.window_actions.edit.actions.items()}


def _menu_texts(menu: Any) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_edit_enabled_rules() -> None:
    assert not any(edit_enabled(None).values())
    typed = FieldFacts(can_undo=True, has_text=True, clipboard_has_text=True)
    assert edit_enabled(typed) == {"undo": True, "redo": False, "cut": False, "copy": False, "paste": True,
                                   "select_all": True}
    selected = FieldFacts(has_selection=True, has_text=True)
    assert edit_enabled(selected)["cut"] and edit_enabled(selected)["copy"]
    secret = FieldFacts(secret=True, has_selection=True, has_text=True)
    assert not edit_enabled(secret)["copy"] and not edit_enabled(secret)["cut"]
    read_only = FieldFacts(read_only=True, can_undo=True, has_selection=True, has_text=True, clipboard_has_text=True)
    assert edit_enabled(read_only) == {"undo": False, "redo": False, "cut": False, "copy": True, "paste": False,
                                       "select_all": True}


def test_shortcut_rows_drop_mnemonics_and_repeats() -> None:
    rows = shortcut_rows([("&New entry", "Ctrl+N"), ("Se&ttings…", "Ctrl+,"), ("Add a &partner…", ""),
                          ("&New entry", "Ctrl+N"), ("Save && close", "Ctrl+W")])
    assert rows == [("New entry", "Ctrl+N"), ("Settings", "Ctrl+,"), ("Save & close", "Ctrl+W")]


def test_menus_hold_edit_and_help_actions(make_window: Any) -> None:
    w = make_window()
    titles = [a.text().replace("&", "") for a in w.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Help"]
    edit = _menu_texts(w.window_actions.edit_menu)
    assert edit == ["Undo", "Redo", "Cut", "Copy", "Paste", "Select All", "Search…"]
    assert _menu_texts(w.window_actions.help_menu) == ["Keyboard shortcuts", "Documentation", "Privacy",
                                                       "About MentorVault"]
    acts = w.window_actions.edit
    assert acts.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert acts.paste_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Paste)


def test_edit_actions_follow_the_focused_field(unlocked: Any, vault_folder: Path, qtbot: Any,
                                               services: Any) -> None:
    w = unlocked(vault_folder)
    QApplication.clipboard().clear()
    ws = w.workspace
    ws.sidebar.setFocus()  # an empty vault shows no list, only its empty state
    qtbot.waitUntil(lambda: ws.sidebar.hasFocus())
    assert not any(_enabled(w).values())  # the sidebar is no text field

    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    title = ws.editor.title_edit
    qtbot.waitUntil(title.hasFocus)
    assert _enabled(w) == {"undo": False, "redo": False, "cut": False, "copy": False, "paste": False,
                           "select_all": False}
    qtbot.keyClicks(title, "Weekly check-in")
    assert _enabled(w)["undo"] and _enabled(w)["select_all"] and not _enabled(w)["copy"]
    qtbot.keyClick(title, Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)
    assert _enabled(w)["copy"] and _enabled(w)["cut"]
    w.window_actions.edit.copy_action.trigger()
    assert QApplication.clipboard().text() == "Weekly check-in"
    assert _enabled(w)["paste"]
    w.window_actions.edit.undo_action.trigger()
    assert title.text() == ""
    assert _enabled(w)["redo"]
    w.window_actions.edit.redo_action.trigger()
    assert title.text() == "Weekly check-in"

    body = ws.editor.body_edit
    body.setFocus()
    qtbot.waitUntil(body.hasFocus)
    assert not _enabled(w)["undo"] and not _enabled(w)["copy"] and _enabled(w)["paste"]
    w.window_actions.edit.paste_action.trigger()
    assert body.toPlainText() == "Weekly check-in"
    assert _enabled(w)["undo"]
    w.window_actions.edit.select_all_action.trigger()
    assert _enabled(w)["cut"]
    w.window_actions.edit.cut_action.trigger()
    assert body.toPlainText() == ""
    ws.list_view.setFocus()
    qtbot.waitUntil(lambda: not any(_enabled(w).values()))
    wait_idle(qtbot, services)


def test_a_passphrase_field_never_offers_copy(make_window: Any, vault_folder: Path, qtbot: Any) -> None:
    w = make_window(vault_folder)
    field = w.unlock_view.passphrase
    edit = getattr(field, "edit", field)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, "secret words")
    edit.selectAll()
    assert _enabled(w)["select_all"] and not _enabled(w)["copy"] and not _enabled(w)["cut"]


def test_shortcuts_dialog_lists_the_actions_real_shortcuts(make_window: Any, dialogs: Any, qtbot: Any) -> None:
    w = make_window()
    seen: list[QDialog] = []
    dialogs.on_dialog = lambda d: seen.append(d) or False
    w.window_actions.help.shortcuts_action.trigger()
    dialog = seen[-1]
    assert isinstance(dialog, ShortcutsDialog)
    rows = {(dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text()) for r in range(dialog.table.rowCount())}
    for action in w.actions():
        if not action.shortcut().isEmpty():
            what = action.text().replace("&", "").rstrip("…")
            assert (what, action.shortcut().toString(NATIVE)) in rows, what
    assert ("New entry", QKeySequence("Ctrl+N").toString(NATIVE)) in rows
    assert ("Lock now", QKeySequence("Ctrl+L").toString(NATIVE)) in rows
    assert any(what.startswith("Type a tab") for what, _ in rows)
    # Taken from the actions as they are, not from a list: change one and the dialog follows.
    w.lock_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
    w.window_actions.help.show_shortcuts()
    rows = {(seen[-1].table.item(r, 0).text(), seen[-1].table.item(r, 1).text())
            for r in range(seen[-1].table.rowCount())}
    assert ("Lock now", QKeySequence("Ctrl+Shift+K").toString(NATIVE)) in rows
    assert ("Lock now", QKeySequence("Ctrl+L").toString(NATIVE)) not in rows


def test_help_dialogs_privacy_documentation_about(make_window: Any, dialogs: Any) -> None:
    w = make_window()
    seen: list[QDialog] = []
    dialogs.on_dialog = lambda d: seen.append(d) or False
    help_ = w.window_actions.help
    help_.privacy_action.trigger()
    assert isinstance(seen[-1], PrivacyDialog)
    assert "encrypted" in seen[-1].label.text() and "network" in seen[-1].label.text()
    help_.docs_action.trigger()
    docs = seen[-1]
    assert isinstance(docs, DocumentationDialog)
    readme = (Path(mentorvault.__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    first_heading = next(line.lstrip("# ").strip() for line in readme.splitlines() if line.startswith("#"))
    assert first_heading in docs.browser.toPlainText()
    help_.about_action.trigger()
    about = seen[-1]
    assert isinstance(about, AboutDialog)
    from PySide6.QtWidgets import QLabel

    labels = " ".join(label.text() for label in about.findChildren(QLabel))
    assert mentorvault.__version__ in labels and "GPL-3.0-or-later" in labels
    table = {about.table.item(r, 0).text(): (about.table.item(r, 1).text(), about.table.item(r, 2).text())
             for r in range(about.table.rowCount())}
    from importlib import metadata

    for dep in ("cryptography", "PySide6-Essentials", "sqlcipher3", "pyenchant"):
        assert table[dep][0] == metadata.version(dep)
        assert table[dep][1] not in ("", "?"), dep
    assert "Apache-2.0" in table["cryptography"][1]
    assert len(table) == len(dependency_licences())
