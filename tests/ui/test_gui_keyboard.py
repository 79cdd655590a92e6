"""Keyboard only: create a vault, add a partner, write an entry, share it and lock, with nothing but
key presses sent where the focus is (as a keyboard does); and Tab leaves every multi-line field.

Past the first window, the test never calls a widget's method: it presses keys and reads state.
The dialog service's ``run`` is the only stand-in (it shows the dialog, the keys do the rest).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QPlainTextEdit, QTextEdit, QWidget

from mentorvault.domain.kinds import KINDS
from mentorvault.vault import Vault

from uihelpers import PASSPHRASE, wait_idle

KEY = Qt.Key
MOD = Qt.KeyboardModifier


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = MOD.NoModifier) -> None:
    QTest.keyClick(_focus(), key, modifier)


def type_text(text: str) -> None:
    QTest.keyClicks(_focus(), text)


def tab_to(qtbot: Any, target: Any, backwards: bool = False, limit: int = 60) -> None:
    """Press Tab (or Shift+Tab) until ``target`` has the focus, as a keyboard user would."""
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        press(KEY.Key_Backtab if backwards else KEY.Key_Tab, MOD.ShiftModifier if backwards else MOD.NoModifier)
        qtbot.wait(5)
    raise AssertionError(f"Tab never reached {target!r}; focus is on {QApplication.focusWidget()!r}")


def test_create_write_share_and_lock_with_the_keyboard_only(make_window: Any, qtbot: Any, services: Any,
                                                            dialogs: Any, tmp_path: Path, keyring: Any) -> None:
    folder = tmp_path / "kb-vault"
    w = make_window()
    qtbot.waitUntil(lambda: w.isActiveWindow(), timeout=5000)
    welcome = w.welcome
    assert _focus() is welcome.create_button
    press(KEY.Key_Space)  # "Create a new vault"
    create = w.create_view
    qtbot.waitUntil(lambda: w.views.currentWidget() is create)
    tab_to(qtbot, create.folder_edit, backwards=True)
    press(KEY.Key_A, MOD.ControlModifier)
    type_text(str(folder))
    tab_to(qtbot, create.passphrase.edit)
    type_text(PASSPHRASE)
    tab_to(qtbot, create.repeat.edit)
    type_text(PASSPHRASE)
    press(KEY.Key_Return)  # create
    qtbot.waitUntil(lambda: create.stack.currentIndex() == 1, timeout=30000)
    tab_to(qtbot, create.confirm)
    press(KEY.Key_Space)  # "I have written it down"
    tab_to(qtbot, create.continue_button)
    press(KEY.Key_Space)
    qtbot.waitUntil(lambda: create.stack.currentIndex() == 2)
    tab_to(qtbot, create.not_now)
    press(KEY.Key_Space)
    qtbot.waitUntil(lambda: w.session is not None, timeout=20000)
    wait_idle(qtbot, services)

    shown: list[QDialog] = []

    def run_with_keys(drive: Any) -> Any:
        """The dialog service's run(): show the dialog modal, let the keys act, report how it ended."""
        def run(dialog: QDialog) -> bool:
            shown.append(dialog)
            dialog.setModal(True)
            dialog.show()
            dialog.activateWindow()
            qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
            drive(dialog)
            qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
            w.activateWindow()  # the window manager gives the focus back to the window under the dialog
            qtbot.waitUntil(w.isActiveWindow, timeout=5000)
            return dialog.result() == QDialog.DialogCode.Accepted
        return run

    # A partner, from the File menu: Alt+F, then the underlined letter of "Add a partner…".
    def partner_dialog(dialog: QDialog) -> None:
        type_text("Robin")
        press(KEY.Key_Return)

    dialogs.on_dialog = run_with_keys(partner_dialog)
    press(KEY.Key_F, MOD.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    QTest.keyClick(QApplication.activePopupWidget(), KEY.Key_P)
    qtbot.waitUntil(lambda: [p.name for p in w.workspace.partners] == ["Robin"], timeout=20000)
    wait_idle(qtbot, services)

    # An entry: Ctrl+N, a title, a line of notes, Ctrl+S.
    press(KEY.Key_N, MOD.ControlModifier)
    editor = w.workspace.editor
    qtbot.waitUntil(lambda: _focus() is editor.title_edit)
    type_text("First session with Robin")
    tab_to(qtbot, editor.body_edit)
    type_text("We agreed on three goals")
    press(KEY.Key_S, MOD.ControlModifier)
    qtbot.waitUntil(lambda: editor.state == "saved", timeout=20000)
    wait_idle(qtbot, services)
    entry_id = editor.current_id

    # Share it: Shift+Tab back to "Share…", Space; in the dialog tick Robin and confirm.
    def share_dialog(dialog: Any) -> None:
        qtbot.waitUntil(lambda: dialog.loaded, timeout=20000)
        tab_to(qtbot, dialog.boxes["Robin"])
        press(KEY.Key_Space)
        assert dialog.boxes["Robin"].isChecked()
        tab_to(qtbot, dialog.confirm)
        press(KEY.Key_Space)

    dialogs.on_dialog = run_with_keys(share_dialog)
    tab_to(qtbot, editor.share_button, backwards=True)
    press(KEY.Key_Space)
    qtbot.waitUntil(lambda: "Robin" in editor.sharing_label.text(), timeout=20000)
    assert [type(d).__name__ for d in shown] == ["PartnerDialog", "ShareDialog"]

    # Lock.
    press(KEY.Key_L, MOD.ControlModifier)
    qtbot.waitUntil(lambda: w.session is None and w.views.currentWidget() is w.unlock_view)
    wait_idle(qtbot, services)

    vault = Vault.open(folder, PASSPHRASE, secret_store=keyring)
    try:
        entry = vault.entries.get(entry_id)
        assert entry.title == "First session with Robin" and entry.body == "We agreed on three goals"
        consents = vault.consents.list(entry_id=entry_id)
        assert [(c.partner, str(c.state)) for c in consents] == [("Robin", "current")]
    finally:
        vault.lock()


def test_tab_leaves_every_multi_line_field_and_ctrl_tab_types_a_tab(unlocked: Any, filled_folder: Path,
                                                                    qtbot: Any) -> None:
    w = unlocked(filled_folder)
    ws = w.workspace
    for kind in KINDS:
        ws.new_entry(kind)
        ws.editor.form(kind)
    areas = w.findChildren(QTextEdit) + w.findChildren(QPlainTextEdit)  # read-only previews too: no Tab trap
    assert ws.editor.body_edit in areas and ws.editor.preview in areas and len(areas) > 5
    assert all(a.tabChangesFocus() for a in areas), [a.accessibleName() for a in areas if not a.tabChangesFocus()]

    ws.new_entry("session-note")
    body = ws.editor.body_edit
    tab_to(qtbot, body)
    type_text("one")
    press(KEY.Key_Tab, MOD.ControlModifier)
    type_text("two")
    assert body.toPlainText() == "one\ttwo"
    assert _focus() is body
    press(KEY.Key_Tab)
    assert _focus() is not body and body.toPlainText() == "one\ttwo"
    press(KEY.Key_Backtab, MOD.ShiftModifier)
    assert _focus() is body


def test_icon_only_buttons_have_accessible_names(unlocked: Any, filled_folder: Path, qtbot: Any,
                                                 services: Any) -> None:
    from PySide6.QtWidgets import QAbstractButton

    from mentorvault.ui.help import AboutDialog, DocumentationDialog, PrivacyDialog, ShortcutsDialog
    from mentorvault.ui.sidebar import Target

    w = unlocked(filled_folder)
    ws = w.workspace
    for kind in KINDS:
        ws.new_entry(kind)
        for widget in ws.editor.form(kind).widgets.values():
            if hasattr(widget, "add_button") and hasattr(widget, "rows"):
                QTest.keyClick(widget.add_button, KEY.Key_Space)
    for target in ("goals", "reflect"):
        ws.sidebar.choose(Target(target))
    wait_idle(qtbot, services)
    roots: list[QWidget] = [w, ShortcutsDialog(w, w), PrivacyDialog(w), DocumentationDialog(w), AboutDialog(w)]
    icon_only = []
    for root in roots:
        for button in root.findChildren(QAbstractButton):
            if button.objectName().startswith("qt_"):
                continue  # Qt's own parts (the menu bar's overflow arrow, a tab bar's scroll arrows)
            if button.text().replace("&", "").strip() in ("", "×", "…", "+", "−"):
                icon_only.append(button)
                assert button.accessibleName(), f"{type(button).__name__} {button.toolTip()!r} in {type(root).__name__}"
    assert len(icon_only) >= 3  # the × buttons of dates and items at least
