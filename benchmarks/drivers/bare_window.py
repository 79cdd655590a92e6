"""The floor for startup and memory: a bare PySide6 script showing a QMainWindow with one QLineEdit.

Run with QT_QPA_PLATFORM=offscreen.  Prints the monotonic time the window was first
exposed, then quits.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow

import _hooks

app = QApplication(sys.argv[:1])
result: dict[str, float] = {}


def shown(when: float) -> None:
    result["shown"] = when
    QTimer.singleShot(0, app.quit)


watcher = _hooks.FirstExpose(app, shown)  # keep a reference: the filter lives as long as it
window = QMainWindow()
window.setCentralWidget(QLineEdit())
window.resize(1280, 820)
window.show()
app.exec()
result["hwm_kib"] = _hooks.vm_hwm_kib()
_hooks.emit(result)
