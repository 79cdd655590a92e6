"""Small shared widgets and helpers: accessible names, notices, a busy indicator."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QFont, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mentorvault.ui import theme


def a11y(widget: QWidget, name: str, description: str = "") -> QWidget:
    """Give a control its accessible name (and description) for screen readers."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
        if not widget.toolTip():
            widget.setToolTip(description)
    return widget


class ElidedLabel(QLabel):
    """One line that never widens its layout: a text longer than the room it has ends in "…",
    and the whole text is its tool tip.  (A plain label asks for its text's width, so a
    growing message pushed the editor sideways.)"""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(80)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt name
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def text(self) -> str:
        return self._full

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(0, self.width()))
        super().setText(shown)


def styled_label(text: str = "", role: str = "", *, wrap: bool = True, selectable: bool = False) -> QLabel:
    label = QLabel(text)
    if role:
        label.setProperty("role", role)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    label.setAccessibleName(text)
    return label


def set_role(widget: QWidget, role: str) -> None:
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def link_button(text: str) -> QPushButton:
    """A button that reads as a link (accent colour, underlined, a pointing hand): a way out or an
    alternative, next to the main button of a page."""
    button = QPushButton(text)
    button.setFlat(True)
    button.setProperty("role", "link")
    font = button.font()
    font.setUnderline(True)
    button.setFont(font)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class _PrimaryButton(QPushButton):
    """The main button of a page.  A little wider than the style asks: its padded, bold text was
    cut at the right edge ("Remember this compute")."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt name
        hint = super().sizeHint()
        return QSize(hint.width() + 12, hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt name
        hint = super().minimumSizeHint()
        return QSize(hint.width() + 12, hint.height())


def primary_button(text: str, accessible: str = "", description: str = "") -> QPushButton:
    button = _PrimaryButton(text)
    button.setProperty("role", "primary")
    font = button.font()
    font.setWeight(QFont.Weight.DemiBold)  # as the style sheet draws it, so the button is wide enough for it
    button.setFont(font)
    button.setDefault(True)
    a11y(button, accessible or text.replace("&", ""), description)
    return button


class Notice(QFrame):
    """A calm one-line message with an optional action button (role: notice / warning / demo)."""

    def __init__(self, role: str = "notice", icon_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", role)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(10)
        self.icon = QLabel(self)  # parented first: setVisible() on a parentless label shows a top-level window
        if icon_name:
            self.icon.setPixmap(theme.icon(icon_name).pixmap(20, 20))
        self.icon.setFixedSize(20, 20)
        self.icon.setVisible(bool(icon_name))
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.label, 1)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(6)
        layout.addLayout(self.buttons)

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)

    def add_button(self, text: str, description: str = "") -> QPushButton:
        button = QPushButton(text)
        a11y(button, text.replace("&", ""), description)
        self.buttons.addWidget(button)
        return button


def editor_empty_text() -> str:
    """What the editor pane says with no entry open (the workspace shows it before the editor is built)."""
    return QCoreApplication.translate("EntryEditor", "Pick an entry from the list, or press Ctrl+N to write a new one.")


def empty_state(icon_name: str, text: str) -> tuple[QWidget, QLabel]:
    """A page with a large icon and one muted line, centred (an editor with nothing open)."""
    page = QWidget()
    col = QVBoxLayout(page)
    col.addStretch(1)
    icon = QLabel()
    icon.setPixmap(theme.icon(icon_name).pixmap(40, 40))
    icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
    col.addWidget(icon)
    label = styled_label(text, "muted")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    col.addWidget(label)
    col.addStretch(2)
    return page, label


class Busy(QWidget):
    """An indeterminate progress bar with a line of text; shown while the worker derives a key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.label = QLabel()
        self.label.setProperty("role", "muted")
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        a11y(self.bar, self.tr("Working"))
        self.hide()

    def start(self, text: str) -> None:
        self.bar.setRange(0, 0)
        self.label.setText(text)
        self.bar.setAccessibleDescription(text)
        self.show()

    def set_progress(self, text: str, done: int, total: int) -> None:
        """Show how far a counted step has come (``total`` 0: a step without a count)."""
        self.bar.setRange(0, max(total, 0))
        if total:
            self.bar.setValue(min(done, total))
        self.label.setText(text)
        self.bar.setAccessibleDescription(text)

    def stop(self) -> None:
        self.hide()


def tool_button(icon_name: str, text: str, description: str = "") -> QToolButton:
    button = QToolButton()
    button.setIcon(theme.icon(icon_name))
    button.setText(text)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setAutoRaise(True)
    a11y(button, text.replace("&", ""), description)
    return button


def inline_failure(error: QLabel, retry: QWidget) -> Callable[[BaseException], bool]:
    """A ``Session.call`` failure handler for a dialog: a vault refusal is shown in ``error``
    (text and accessible name) and ``retry`` is enabled again; anything else is reported."""

    from mentorvault.errors import (
        MentorVaultError,  # here, not at import: widgets are on the first window's path
    )
    from mentorvault.ui.errors import describe

    def failed(exc: BaseException) -> bool:
        if not isinstance(exc, MentorVaultError):
            return False
        error.setText(describe(exc))
        error.setAccessibleName(describe(exc))
        error.show()
        retry.setEnabled(True)
        return True

    return failed


def plain_buttons(box: QDialogButtonBox) -> QDialogButtonBox:
    """Dialog buttons without the style's stock icons (calmer, and the same on every desktop)."""
    for button in box.buttons():
        button.setIcon(QIcon())
    return box


class _CtrlTabInserts(QObject):
    """Ctrl+Tab types a tab into a multi-line field whose Tab key moves the focus on."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            key = event
            assert isinstance(key, QKeyEvent)
            if key.key() == Qt.Key.Key_Tab and key.modifiers() == Qt.KeyboardModifier.ControlModifier:
                if event.type() == QEvent.Type.ShortcutOverride:
                    event.accept()  # the field takes it before any shortcut
                    return True
                edit = obj.parent() if isinstance(obj.parent(), (QTextEdit, QPlainTextEdit)) else obj
                if isinstance(edit, (QTextEdit, QPlainTextEdit)) and not edit.isReadOnly():
                    edit.insertPlainText("\t")
                return True
        return False


_ctrl_tab: _CtrlTabInserts | None = None


def text_area(edit: QTextEdit | QPlainTextEdit, spellcheck: bool = True) -> QAbstractScrollArea:
    """Make a multi-line field behave like every other: Tab moves the focus out (Ctrl+Tab types a
    tab), and misspelt words are underlined with suggestions on right-click."""
    global _ctrl_tab
    if _ctrl_tab is None:
        _ctrl_tab = _CtrlTabInserts(QCoreApplication.instance())
    edit.setTabChangesFocus(True)
    edit.installEventFilter(_ctrl_tab)
    if spellcheck:
        from mentorvault.ui import spelling

        spelling.attach(edit)
    return edit
