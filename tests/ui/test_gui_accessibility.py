"""Every control has an accessible name; every user-visible literal goes through tr(); keyboard shortcuts."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from mentorvault.domain.kinds import KINDS
from mentorvault.ui.settings import ChangePassphraseDialog, SettingsDialog, VerifyBackupDialog
from mentorvault.ui.sidebar import Target

from uihelpers import wait_idle

UI = Path(__file__).resolve().parents[2] / "mentorvault" / "ui"
CONTROLS = (QAbstractButton, QLineEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QProgressBar,
            QTabBar)
INTERNAL_PARENTS = (QAbstractSpinBox, QComboBox, QScrollBar, QCalendarWidget, QTabBar, QLineEdit)


def _buddies(root: QWidget) -> set[int]:
    return {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}


def _unnamed(root: QWidget) -> list[str]:
    buddies = _buddies(root)
    missing = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, CONTROLS) or isinstance(w, (QScrollBar, QHeaderView)):
            continue
        parent = w.parentWidget()
        internal = False
        while parent is not None and parent is not root:
            if isinstance(parent, INTERNAL_PARENTS) or type(parent).__name__ in ("QCompleter",):
                internal = True
                break
            parent = parent.parentWidget()
        if internal or w.objectName().startswith("qt_"):
            continue
        name = w.accessibleName()
        if not name and isinstance(w, QAbstractButton) and w.text().replace("&", "").strip() not in ("", "×"):
            name = w.text()
        if not name and id(w) in buddies:
            name = "buddy"
        if not name:
            missing.append(f"{type(w).__name__} {w.objectName()!r} {w.text() if hasattr(w, 'text') else ''!r} "
                           f"in {type(w.parentWidget()).__name__}")
    return missing


def test_every_control_has_an_accessible_name(unlocked: Any, filled_folder: Path, qtbot: Any,
                                              services: Any) -> None:
    w = unlocked(filled_folder)
    ws = w.workspace
    for kind in KINDS:
        ws.new_entry(kind)
        form = ws.editor.form(kind)
        for widget in form.widgets.values():
            if hasattr(widget, "add_button") and hasattr(widget, "rows"):
                widget.add_button.click()
    jordan = next(p for p in ws.partners if p.name == "Jordan")
    ws.sidebar.choose(Target("entries", partner_id=jordan.id))
    ws.sidebar.choose(Target("goals"))
    wait_idle(qtbot, services)
    assert _unnamed(w) == []
    dialogs: list[QDialog] = [SettingsDialog(w.session, services, "system", w),
                              ChangePassphraseDialog(w.session, services, w), VerifyBackupDialog(services, None, w)]
    from mentorvault.ui.history import HistoryDialog
    from mentorvault.ui.partners import PartnerDialog
    from mentorvault.ui.workspace import PassphrasePrompt

    dialogs += [PartnerDialog(None, w), PassphrasePrompt("x", w),
                HistoryDialog(w.session, ws.list_model.summary_at(0).id, w)]
    wait_idle(qtbot, services)
    for d in dialogs:
        assert _unnamed(d) == [], type(d).__name__


def test_welcome_create_unlock_controls_are_named(make_window: Any, vault_folder: Path) -> None:
    w = make_window(vault_folder)
    assert _unnamed(w.unlock_view) == []
    assert _unnamed(w.welcome) == []
    assert _unnamed(w.create_view) == []


def test_shortcuts(make_window: Any) -> None:
    w = make_window()
    assert w.new_action.shortcut() == QKeySequence("Ctrl+N")
    assert w.search_action.shortcut() == QKeySequence("Ctrl+F")
    assert w.lock_action.shortcut() == QKeySequence("Ctrl+L")
    assert w.save_action.shortcut() == QKeySequence("Ctrl+S")
    assert not w.new_action.isEnabled()  # nothing to write into while locked


def test_tab_order_runs_sidebar_list_editor(unlocked: Any, filled_folder: Path, qtbot: Any) -> None:
    w = unlocked(filled_folder)
    ws = w.workspace
    assert ws.sidebar.nextInFocusChain() is not None
    chain, widget = [], ws.sidebar
    for _ in range(400):
        widget = widget.nextInFocusChain()
        chain.append(widget)
        if widget is ws.editor.title_edit:
            break
    assert ws.list_view in chain and ws.editor.title_edit in chain
    assert chain.index(ws.list_view) < chain.index(ws.editor.title_edit)


# ---------------------------------------------------------------- strings through tr()

TEXT_CALLS = {"setText", "setWindowTitle", "setPlaceholderText", "setToolTip", "setStatusTip", "addItem",
              "addTab", "setSpecialValueText", "setSuffix", "setFormat", "addMenu", "addAction", "addRow",
              "QLabel", "QPushButton", "QCheckBox", "QGroupBox", "QAction", "styled_label", "primary_button",
              "tool_button", "a11y", "add_button", "set_text", "setAccessibleName", "setAccessibleDescription",
              "start", "QToolBar"}
ALLOWED_LITERALS = {"MentorVault", "×", "—", "", " · "}
# Style roles and icon names are identifiers, not text a user reads.
ALLOWED_LITERALS |= {"heading", "subheading", "muted", "inline-error", "ok", "warning", "notice", "demo", "card",
                     "recovery", "primary", "error", "role"}
ALLOWED_LITERALS |= {p.stem for p in (UI.parents[1] / "resources" / "icons").glob("*.svg")}


def _literal_texts(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name not in TEXT_CALLS:
            continue
        for arg in node.args:
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                text = arg.value
                if any(c.isalpha() for c in text) and text not in ALLOWED_LITERALS and not text.startswith(
                        ("Ctrl+", "main-", "text-align")):
                    found.append((node.lineno, text))
    return found


def test_user_visible_literals_go_through_tr() -> None:
    offenders = []
    for path in sorted(UI.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        offenders += [f"{path.name}:{line}: {text!r}" for line, text in _literal_texts(tree)]
    assert offenders == []


def test_logic_modules_do_not_import_qt() -> None:
    import subprocess
    import sys

    code = ("import sys, importlib, pkgutil, mentorvault.ui.logic as L\n"
            "for m in pkgutil.iter_modules(L.__path__): importlib.import_module('mentorvault.ui.logic.' + m.name)\n"
            "print(sorted(k for k in sys.modules if k.startswith('PySide6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
