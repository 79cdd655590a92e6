"""A passphrase field with show/hide and an error state, and a live strength meter with reasons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QToolButton, QVBoxLayout, QWidget

from mentorvault.ui.widgets import a11y, set_role

if TYPE_CHECKING:  # the strength rules load with the first meter (create and settings), not the unlock window
    from mentorvault.domain.passphrase import Strength

STRENGTH_LABELS = (
    QT_TRANSLATE_NOOP("Strength", "Very weak"),
    QT_TRANSLATE_NOOP("Strength", "Weak"),
    QT_TRANSLATE_NOOP("Strength", "Fair"),
    QT_TRANSLATE_NOOP("Strength", "Strong"),
    QT_TRANSLATE_NOOP("Strength", "Very strong"),
)


class PassphraseField(QWidget):
    """``QLineEdit`` in password mode with a show/hide action; ``set_error`` marks it and explains."""

    textChanged = Signal(str)
    returnPressed = Signal()

    def __init__(self, name: str, description: str = "", placeholder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhNoPredictiveText
                                      | Qt.InputMethodHint.ImhSensitiveData)
        a11y(self.edit, name, description)
        self._toggle = QToolButton()
        self._toggle.setText(self.tr("Show"))
        self._toggle.setCheckable(True)
        self._toggle.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        a11y(self._toggle, self.tr("Show passphrase"), self.tr("Show or hide what you typed"))
        self._toggle.toggled.connect(self._on_toggle)
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(self.edit, 1)
        row.addWidget(self._toggle)
        layout.addLayout(row)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setProperty("role", "inline-error")
        self.error.hide()
        layout.addWidget(self.error)
        self.edit.textChanged.connect(self._changed)
        self.edit.returnPressed.connect(self.returnPressed)
        self.setFocusProxy(self.edit)

    def _on_toggle(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self._toggle.setText(self.tr("Hide") if shown else self.tr("Show"))

    def _changed(self, text: str) -> None:
        if self.error.isVisible():
            self.set_error("")
        self.textChanged.emit(text)

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self.edit.setText(text)

    def clear(self) -> None:
        self.edit.clear()
        self._toggle.setChecked(False)

    def set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.edit.setProperty("error", bool(message))
        set_role(self.edit, "error" if message else "")
        self.edit.setAccessibleDescription(message or self.edit.toolTip())

    def setEnabled(self, enabled: bool) -> None:  # noqa: N802 - Qt naming
        super().setEnabled(enabled)
        self.edit.setEnabled(enabled)


class StrengthMeter(QWidget):
    """Scores a passphrase as it is typed (debounced) and lists the reasons, in plain words."""

    changed = Signal(object)  # Strength | None

    def __init__(self, parent: QWidget | None = None, delay_ms: int = 120) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        row = QHBoxLayout()
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        a11y(self.bar, self.tr("Passphrase strength"))
        self.label = QLabel(self.tr("Type a passphrase"))
        self.label.setProperty("role", "muted")
        self.label.setMinimumWidth(110)
        row.addWidget(self.bar, 1)
        row.addWidget(self.label)
        layout.addLayout(row)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setProperty("role", "muted")
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        a11y(self.reasons, self.tr("Advice about the passphrase"))
        layout.addWidget(self.reasons)
        self.strength: Strength | None = None
        self._pending = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._evaluate)

    def set_passphrase(self, text: str) -> None:
        self._pending = text
        self._timer.start()

    def evaluate_now(self) -> Strength | None:
        self._timer.stop()
        self._evaluate()
        return self.strength

    def _evaluate(self) -> None:
        text = self._pending
        if not text:
            self.strength = None
            self.bar.setValue(0)
            self.label.setText(self.tr("Type a passphrase"))
            self.reasons.setText(self.tr("A few unrelated words you can remember work well, "
                                         "for example four words from different parts of your life."))
            self.bar.setAccessibleDescription(self.label.text())
            self.changed.emit(None)
            return
        from mentorvault.domain.passphrase import assess

        s = assess(text)
        self.strength = s
        self.bar.setValue(max(1, s.score))
        verdict = QCoreApplication.translate("Strength", str(STRENGTH_LABELS[s.score]))
        self.label.setText(verdict if s.acceptable else self.tr("%1 (too weak)").replace("%1", verdict))
        reasons = [QCoreApplication.translate("Strength", r) for r in s.warnings]
        if s.acceptable and s.score >= 3:
            reasons = reasons[:1] or [self.tr("Good. Make sure you can remember it: if you forget it, only your recovery key lets you set a new one.")]
        self.reasons.setText("\n".join(f"• {r}" for r in reasons) if reasons else "")
        self.bar.setAccessibleDescription(self.label.text())
        self.changed.emit(s)
