"""Spell checking in the text fields: a thin highlighter, a line edit that underlines, and the
right-click menu with suggestions, "Add to dictionary" and "Ignore".

Which words are wrong and what to suggest is decided in ``ui/logic/spelling.py``; the one
``SpellingHub`` of the application holds the open vault's checker (made at unlock, dropped
at lock) and tells every field to redraw when it changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QPainter,
    QPaintEvent,
    QPen,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit, QTextEdit, QWidget

from mentorvault.ui.logic.spelling import Span, SpellChecker, SpellingSetup, SpellingStatus, span_at

if TYPE_CHECKING:
    from mentorvault.ui.session import Session

UNDERLINE = QColor("#d64545")


def system_language() -> str:
    """The system's language as a dictionary tag (``de_DE``)."""
    return QLocale.system().name()


class SpellingHub(QObject):
    """The open vault's spell checker, shared by every field; ``changed`` when it or its words change."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.checker: SpellChecker | None = None
        self.status = SpellingStatus(False)
        self.session: Session | None = None
        self._generation = 0
        self._requested = False

    def start(self, session: Session) -> None:
        """A vault is open: its dictionary opens at the first text that needs it (``request``), so
        a vault only browsed never holds a Hunspell dictionary (10 MiB) in memory.  Called again
        when the settings change: a dictionary already open is opened anew in the new language."""
        self.session = session
        self._generation += 1
        self._requested = self.checker is not None
        if self._requested:
            self._open(session)

    def request(self) -> SpellChecker | None:
        """The checker, opening the vault's dictionary (on the worker) the first time it is asked for."""
        if self.checker is None and self.session is not None and not self._requested:
            self._requested = True
            self._open(self.session)
        return self.checker

    def _open(self, session: Session) -> None:
        from mentorvault.ui.logic.spelling import open_spelling

        generation = self._generation
        language = system_language()

        def done(setup: SpellingSetup) -> None:
            if generation != self._generation or self.session is not session:
                if setup.checker is not None:
                    setup.checker.forget()
                return
            self.set_setup(setup)

        session.call(lambda v: open_spelling(v, language), done, lambda exc: True)

    def set_setup(self, setup: SpellingSetup) -> None:
        if self.checker is not None:
            self.checker.forget()
        self.checker = setup.checker
        self.status = setup.status
        self.changed.emit()

    def stop(self) -> None:
        """At lock: forget the checker and every word it held."""
        self._generation += 1
        self._requested = False
        self.session = None
        self.set_setup(SpellingSetup(None, SpellingStatus(False)))

    def add_word(self, word: str) -> None:
        """Accept ``word`` from now on and store it in the vault's personal word list."""
        checker, session = self.checker, self.session
        if checker is None or session is None:
            return
        from mentorvault.ui.logic.spelling import add_word

        checker.add(word)
        session.call(lambda v: add_word(v, word))
        self.changed.emit()

    def ignore_word(self, word: str) -> None:
        if self.checker is not None:
            self.checker.ignore(word)
            self.changed.emit()


_hub: SpellingHub | None = None


def hub() -> SpellingHub:
    global _hub
    if _hub is None:
        _hub = SpellingHub(QCoreApplication.instance())
    return _hub


def misspelt_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    fmt.setUnderlineColor(UNDERLINE)
    return fmt


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines the misspelt words of a document; redraws when the checker or its words change."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.misspelt_format = misspelt_format()
        hub().changed.connect(self.redraw)

    def redraw(self) -> None:
        """Underline again after the checker changed.  Qt's rehighlight() makes the field emit
        textChanged as if the user had typed (the editor would mark the entry edited): the
        document's signals are held meanwhile; its layout is told directly and still repaints."""
        document = self.document()
        if document is None:
            return
        was = document.blockSignals(True)
        try:
            self.rehighlight()
        finally:
            document.blockSignals(was)

    def highlightBlock(self, text: str) -> None:  # noqa: N802
        checker = hub().request() if text else None
        if checker is None:
            return
        for span in checker.misspelt(text):
            self.setFormat(span.start, span.length, self.misspelt_format)


def _misspelt_at(text: str, index: int) -> Span | None:
    checker = hub().request()
    if checker is None:
        return None
    return span_at(checker.misspelt(text), index)


def add_spelling_actions(menu: QMenu, span: Span | None, replace: Callable[[Span, str], None]) -> None:
    """Put the suggestions for a misspelt ``span``, "Add to dictionary" and "Ignore" at the top of ``menu``."""
    checker = hub().checker
    if span is None or checker is None:
        return
    first = menu.actions()[0] if menu.actions() else None
    added: list[QAction] = []
    suggestions = checker.suggestions(span.word)
    for word in suggestions:
        action = QAction(word, menu)
        font = QFont(action.font())
        font.setBold(True)
        action.setFont(font)
        action.triggered.connect(lambda _=False, w=word: replace(span, w))
        added.append(action)
    if not suggestions:
        none = QAction(QCoreApplication.translate("Spelling", "No spelling suggestions"), menu)
        none.setEnabled(False)
        added.append(none)
    add = QAction(QCoreApplication.translate("Spelling", "Add “%1” to the dictionary").replace("%1", span.word), menu)
    add.triggered.connect(lambda: hub().add_word(span.word))
    ignore = QAction(QCoreApplication.translate("Spelling", "Ignore “%1”").replace("%1", span.word), menu)
    ignore.triggered.connect(lambda: hub().ignore_word(span.word))
    added += [add, ignore]
    for action in added:
        menu.insertAction(first, action)  # type: ignore[arg-type]
    menu.insertSeparator(first)  # type: ignore[arg-type]


def text_edit_menu(edit: QTextEdit | QPlainTextEdit, pos: QPoint) -> QMenu:
    """The right-click menu of a multi-line field at ``pos``: spelling first, then the usual edit actions."""
    menu = edit.createStandardContextMenu(pos)
    cursor = edit.cursorForPosition(pos)
    block = cursor.block()
    span = _misspelt_at(block.text(), cursor.positionInBlock()) if not edit.isReadOnly() else None

    def replace(s: Span, word: str) -> None:
        c = QTextCursor(block)
        c.setPosition(block.position() + s.start)
        c.setPosition(block.position() + s.end, QTextCursor.MoveMode.KeepAnchor)
        c.insertText(word)

    add_spelling_actions(menu, span, replace)
    return menu


def attach(edit: QTextEdit | QPlainTextEdit) -> SpellHighlighter:
    """Spell-check a multi-line field: underlines, and the suggestions in its right-click menu."""
    highlighter = SpellHighlighter(edit.document())
    edit.setProperty("spellchecked", True)
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show_menu(pos: QPoint) -> None:
        menu = text_edit_menu(edit, pos)
        menu.exec(edit.viewport().mapToGlobal(pos))
        menu.deleteLater()

    edit.customContextMenuRequested.connect(show_menu)
    edit.setProperty("spellHighlighter", highlighter)  # findable by tests; the document owns it
    return highlighter


class SpellLineEdit(QLineEdit):
    """A one-line field that underlines misspelt words and offers suggestions on right-click."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("spellchecked", True)
        hub().changed.connect(self.update)

    def misspelt(self) -> list[Span]:
        if not self.text() or self.echoMode() != QLineEdit.EchoMode.Normal:
            return []
        checker = hub().request()
        if checker is None:
            return []
        return checker.misspelt(self.text())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        spans = self.misspelt()
        if not spans:
            return
        text = self.text()
        fm = self.fontMetrics()
        caret = self.cursorRect()
        # x of a character: the caret's x, moved by the advance between the caret and it (the
        # caret's rectangle already holds the alignment and the horizontal scroll).
        origin = caret.center().x() - fm.horizontalAdvance(text[:self.cursorPosition()])
        baseline = caret.center().y() + fm.ascent() // 2 + 2
        painter = QPainter(self)
        painter.setClipRect(self.contentsRect())
        painter.setPen(QPen(UNDERLINE, 1))
        for s in spans:
            x1 = origin + fm.horizontalAdvance(text[:s.start])
            x2 = origin + fm.horizontalAdvance(text[:s.end])
            _wave(painter, QRect(x1, baseline, x2 - x1, 3))
        painter.end()

    def spelling_menu(self, pos: QPoint) -> QMenu:
        menu = self.createStandardContextMenu()
        span = _misspelt_at(self.text(), self.cursorPositionAt(pos)) if not self.isReadOnly() else None

        def replace(s: Span, word: str) -> None:
            self.setSelection(s.start, s.length)
            self.insert(word)

        add_spelling_actions(menu, span, replace)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        pos = event.pos() if event.reason() != QContextMenuEvent.Reason.Keyboard else self.cursorRect().center()
        menu = self.spelling_menu(pos)
        menu.exec(event.globalPos())
        menu.deleteLater()


def _wave(painter: QPainter, rect: QRect) -> None:
    """A small zig-zag under a word, like the one QTextEdit draws."""
    x, y, step = rect.left(), rect.top(), 2
    up = True
    while x < rect.right():
        painter.drawLine(x, y + (0 if up else 2), x + step, y + (2 if up else 0))
        x += step
        up = not up
