"""The Edit menu: Undo, Redo, Cut, Copy, Paste and Select All acting on the focused text field.

The actions follow the focus: each time it moves (or the field's text, selection or the
clipboard change) the facts of the focused field are read and ``logic.helpinfo.edit_enabled``
decides what is enabled.  A text field handles its own standard keys first, so the
shortcuts never fight the field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QMenu, QPlainTextEdit, QTextEdit, QWidget

from mentorvault.ui.logic.helpinfo import FieldFacts, edit_enabled

TextField = QLineEdit | QTextEdit | QPlainTextEdit


def field_facts(widget: QWidget | None) -> FieldFacts | None:
    """What the Edit menu may do to ``widget`` (None: not a text field)."""
    clipboard = QApplication.clipboard()
    has_clip = bool(clipboard.text()) if clipboard is not None else False
    if isinstance(widget, QLineEdit):
        return FieldFacts(read_only=widget.isReadOnly(), secret=widget.echoMode() != QLineEdit.EchoMode.Normal,
                          can_undo=widget.isUndoAvailable(), can_redo=widget.isRedoAvailable(),
                          has_selection=widget.hasSelectedText(), has_text=bool(widget.text()),
                          clipboard_has_text=has_clip)
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        doc = widget.document()
        return FieldFacts(read_only=widget.isReadOnly(), can_undo=doc.isUndoAvailable(),
                          can_redo=doc.isRedoAvailable(), has_selection=widget.textCursor().hasSelection(),
                          has_text=not doc.isEmpty(), clipboard_has_text=has_clip)
    return None


class EditActions(QObject):
    def __init__(self, window: QMainWindow, add: Callable[..., QAction]) -> None:
        """``add(text, shortcut, icon, slot)``: makes an action on the window (``WindowActions._action``)."""
        super().__init__(window)
        self.target: TextField | None = None
        self._connections: list[tuple[Any, Callable[..., None]]] = []
        key = QKeySequence.StandardKey
        self.undo_action = add(self.tr("&Undo"), key.Undo, "", lambda: self._run("undo"))
        self.redo_action = add(self.tr("&Redo"), key.Redo, "", lambda: self._run("redo"))
        self.cut_action = add(self.tr("Cu&t"), key.Cut, "", lambda: self._run("cut"))
        self.copy_action = add(self.tr("&Copy"), key.Copy, "", lambda: self._run("copy"))
        self.paste_action = add(self.tr("&Paste"), key.Paste, "", lambda: self._run("paste"))
        self.select_all_action = add(self.tr("Select &All"), key.SelectAll, "", lambda: self._run("selectAll"))
        self.actions = {"undo": self.undo_action, "redo": self.redo_action, "cut": self.cut_action,
                        "copy": self.copy_action, "paste": self.paste_action, "select_all": self.select_all_action}
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        clipboard = app.clipboard()
        if clipboard is not None:
            clipboard.dataChanged.connect(self.update)
        self._focus_changed(None, app.focusWidget())

    def fill(self, menu: QMenu, find: QAction) -> None:
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        for a in (self.cut_action, self.copy_action, self.paste_action):
            menu.addAction(a)
        menu.addSeparator()
        menu.addAction(self.select_all_action)
        menu.addAction(find)
        menu.aboutToShow.connect(self.update)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, (QMenu,)) or new is None and self.target is not None and self.target.isVisible():
            return  # a menu opened over the field: keep acting on the field
        self._unwatch()
        self.target = new if isinstance(new, (QLineEdit, QTextEdit, QPlainTextEdit)) else None
        if self.target is not None:
            self._watch(self.target)
        self.update()

    def _watch(self, field: TextField) -> None:
        signals: list[Any] = [field.textChanged, field.selectionChanged]
        if isinstance(field, QLineEdit):
            signals.append(field.cursorPositionChanged)
        else:
            signals += [field.undoAvailable, field.redoAvailable, field.copyAvailable]
        for signal in signals:
            signal.connect(self.update)
            self._connections.append((signal, self.update))
        field.destroyed.connect(self._lost)

    def _unwatch(self) -> None:
        for signal, slot in self._connections:
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        self._connections.clear()

    def _lost(self, *_: object) -> None:
        self._connections.clear()
        self.target = None
        self.update()

    def update(self, *_: object) -> None:
        try:
            facts = field_facts(self.target)
        except RuntimeError:  # the field was deleted under us
            self.target, facts = None, None
        for name, enabled in edit_enabled(facts).items():
            self.actions[name].setEnabled(enabled)

    def _run(self, method: str) -> None:
        target = self.target
        if target is not None:
            getattr(target, method)()
            self.update()
