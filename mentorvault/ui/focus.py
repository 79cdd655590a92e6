"""Focus mode (View > Focus, F11): the open entry's editor alone, full screen, calm.

Everything else in the window (menus, toolbar, notices, sidebar, list, the editor's header and
partner/tags row) is hidden; a quiet bar at the bottom counts the words and runs an optional
timer ("write for 10 minutes") that ends with a quiet visual sign, never a sound.  Esc (or F11
again) leaves.  The idle lock goes on watching: typing is input, so it counts as activity; when
the vault locks, focus mode ends with it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLayout, QMainWindow, QPushButton, QWidget

from mentorvault.ui.logic.focus import TIMER_CHOICES, WritingTimer, clock_text, entry_words
from mentorvault.ui.widgets import a11y, set_role, styled_label

if TYPE_CHECKING:
    from mentorvault.ui.editor import EntryEditor
    from mentorvault.ui.workspace import Workspace

CALM_WIDTH = 820  # the writing column's width in focus mode, centred


def _page_layout(editor: EntryEditor) -> QLayout:
    """The layout of the editor's page (header, title, tags row, fields and notes)."""
    page = editor.header.parentWidget()
    layout = page.layout() if page is not None else None
    assert layout is not None
    return layout


class FocusBar(QFrame):
    """Word count, the writing timer and the way out."""

    leaveRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("focus-bar")
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 6, 24, 8)
        self.words = styled_label("", "muted", wrap=False)
        a11y(self.words, self.tr("Word count"))
        row.addWidget(self.words)
        row.addStretch(1)
        self.sign = styled_label("", "ok", wrap=False)
        row.addWidget(self.sign)
        row.addStretch(1)
        self.minutes = QComboBox()
        for m in TIMER_CHOICES:
            self.minutes.addItem(self.tr("Write for %n minutes", "", m), m)
        self.minutes.setCurrentIndex(TIMER_CHOICES.index(10))
        a11y(self.minutes, self.tr("Writing time"))
        row.addWidget(self.minutes)
        self.timer_button = QPushButton(self.tr("Start timer"))
        a11y(self.timer_button, self.tr("Start or stop the writing timer"))
        row.addWidget(self.timer_button)
        self.left = styled_label("", "muted", wrap=False)
        a11y(self.left, self.tr("Time left"))
        row.addWidget(self.left)
        self.leave_button = QPushButton(self.tr("Leave focus (Esc)"))
        a11y(self.leave_button, self.tr("Leave focus mode"))
        self.leave_button.clicked.connect(self.leaveRequested)
        row.addWidget(self.leave_button)


class FocusMode(QObject):
    """Enters and leaves focus mode on a main window whose workspace shows an entry."""

    changed = Signal(bool)

    def __init__(self, window: QMainWindow, workspace: Callable[[], Workspace],
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self.window = window
        self._workspace = workspace
        self.clock = clock
        self.active = False
        self.bar: FocusBar | None = None
        self.timer = WritingTimer()
        self._hidden: list[QWidget] = []
        self._margins: tuple[int, int, int, int] | None = None
        self._was_maximized = False
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._update_timer)
        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
        self._escape.setContext(Qt.ShortcutContext.WindowShortcut)
        self._escape.setEnabled(False)
        self._escape.activated.connect(self.leave)

    def can_enter(self) -> bool:
        ws = self._workspace()
        return (ws.session is not None and ws.pages.currentWidget() is ws.browse and ws._editor is not None
                and ws._editor.current_kind is not None)

    def toggle(self) -> None:
        if self.active:
            self.leave()
        else:
            self.enter()

    def enter(self) -> bool:
        if self.active or not self.can_enter():
            return False
        ws = self._workspace()
        editor = ws.editor
        window = self.window
        chrome: list[QWidget | None] = [window.menuBar(), ws.notices, ws.sidebar, ws.middle, editor.header,
                                        editor.meta, *window.findChildren(QWidget, "main-toolbar")]
        self._hidden = [w for w in chrome if w is not None and w.isVisible()]
        for w in self._hidden:
            w.hide()
        m = _page_layout(editor).contentsMargins()
        self._margins = (m.left(), m.top(), m.right(), m.bottom())
        if self.bar is None:
            self.bar = FocusBar()
            self.bar.leaveRequested.connect(self.leave)
            self.bar.timer_button.clicked.connect(self._timer_clicked)
            outer = ws.layout()
            assert outer is not None
            outer.addWidget(self.bar)
        self.bar.show()
        self.bar.sign.setText("")
        self._was_maximized = window.isMaximized()
        window.showFullScreen()
        self._calm()
        self.active = True
        self._escape.setEnabled(True)
        self._connect_editor(True)
        self.update_words()
        window.views.currentChanged.connect(self._view_changed)  # type: ignore[attr-defined]
        editor.setFocus()
        self.changed.emit(True)
        return True

    def leave(self) -> None:
        if not self.active:
            return
        self.active = False
        self._escape.setEnabled(False)
        self._connect_editor(False)
        try:
            self.window.views.currentChanged.disconnect(self._view_changed)  # type: ignore[attr-defined]
        except (RuntimeError, TypeError):
            pass
        for w in self._hidden:
            w.show()
        self._hidden = []
        ws = self._workspace()
        if ws._editor is not None and self._margins is not None:
            _page_layout(ws._editor).setContentsMargins(*self._margins)
        if self.bar is not None:
            self.bar.hide()
        self.timer.stop()
        self._tick.stop()
        if self._was_maximized:
            self.window.showMaximized()
        else:
            self.window.showNormal()
        self.changed.emit(False)

    # ------------------------------------------------------------ inside

    def _calm(self) -> None:
        """Centre the writing column: wide margins on a wide screen."""
        ws = self._workspace()
        width = max(self.window.width(), ws.width())
        side = max(24, (width - CALM_WIDTH) // 2)
        _page_layout(ws.editor).setContentsMargins(side, 32, side, 0)

    def _connect_editor(self, on: bool) -> None:
        editor = self._workspace().editor
        signals = (editor.title_edit.textChanged, editor.notes.body_edit.textChanged, editor.forms.changed)
        for signal in signals:
            if on:
                signal.connect(self.update_words)
            else:
                try:
                    signal.disconnect(self.update_words)
                except (RuntimeError, TypeError):
                    pass

    def words(self) -> int:
        editor = self._workspace().editor
        if editor.current_kind is None:  # the editor was emptied (the vault is locking)
            return 0
        edit = editor.collect()
        return entry_words(edit.title, edit.body, edit.fields)

    def update_words(self, *_: object) -> None:
        if self.bar is not None and self.active:
            self.bar.words.setText(self.tr("%n words", "", self.words()))

    def _view_changed(self, *_: object) -> None:
        ws = self._workspace()
        if self.window.views.currentWidget() is not ws or ws.session is None:  # type: ignore[attr-defined]
            self.leave()  # locked (idle, sleep, by hand): the unlock view comes back with the window's chrome

    # ------------------------------------------------------------ the writing timer

    def _timer_clicked(self) -> None:
        bar = self.bar
        assert bar is not None
        if self.timer.running:
            self.timer.stop()
            self._tick.stop()
            bar.timer_button.setText(self.tr("Start timer"))
            bar.left.setText("")
            return
        self.start_timer(int(bar.minutes.currentData()))

    def start_timer(self, minutes: int) -> None:
        bar = self.bar
        assert bar is not None
        self.timer.start(minutes, self.clock())
        bar.sign.setText("")
        set_role(bar.sign, "ok")
        bar.timer_button.setText(self.tr("Stop timer"))
        self._tick.start()
        self._update_timer()

    def _update_timer(self) -> None:
        bar = self.bar
        if bar is None or not self.timer.running:
            return
        now = self.clock()
        if self.timer.finished(now):
            self.timer.stop()
            self._tick.stop()
            bar.left.setText("")
            bar.timer_button.setText(self.tr("Start timer"))
            # The quiet sign: a sentence in the bar, in the accent colour. No sound, no pop-up.
            bar.sign.setText(self.tr("Time's up. Well written; keep going if you like."))
            bar.sign.setAccessibleName(bar.sign.text())
            return
        bar.left.setText(self.tr("%1 left").replace("%1", clock_text(self.timer.remaining(now))))


__all__ = ["FocusBar", "FocusMode"]
