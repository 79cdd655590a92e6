"""Frames of boxes and fields stand out from the window in the dark theme (WCAG's 3:1 for controls)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QRadioButton, QSpinBox, QWidget

from mentorvault.ui import theme


def _luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def _contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("cls", [QCheckBox, QRadioButton, QLineEdit, QSpinBox])
def test_dark_theme_frames_are_visible_and_light_theme_is_left_as_it_was(qtbot: Any, cls: type[QWidget]) -> None:
    manager = theme.manager()
    try:
        manager.apply("dark")
        parent = QWidget()
        qtbot.addWidget(parent)
        widget = cls(parent)
        widget.ensurePolished()
        app = QApplication.palette()
        window = app.color(QPalette.ColorRole.Window)
        # Fusion draws these frames in the widget's window colour made 40% darker.
        frame = widget.palette().color(QPalette.ColorRole.Window).darker(140)
        assert _contrast(frame, window) >= 3.0, (cls.__name__, frame.name(), window.name())
        # The text and the field's own background stay the dark theme's.
        assert widget.palette().color(QPalette.ColorRole.Base) == app.color(QPalette.ColorRole.Base)
        assert widget.palette().color(QPalette.ColorRole.Text) == app.color(QPalette.ColorRole.Text)
        manager.apply("light")
        light = cls(parent)
        light.ensurePolished()
        assert light.palette().color(QPalette.ColorRole.Window) == QApplication.palette().color(QPalette.ColorRole.Window)
    finally:
        manager.apply("light")
