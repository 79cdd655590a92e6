"""Startup of the real app: ``run_gui(vault_dir)`` until its first window is exposed, then quit.

Usage: app_window.py VAULT_DIR.  Run with QT_QPA_PLATFORM=offscreen and private XDG folders.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from mentorvault.ui.app import make_application, run_gui

import _hooks

# run_gui() reuses an existing QApplication; making it here first lets the hook see the first expose.
app = make_application()
result: dict[str, float] = {}


def shown(when: float) -> None:
    result["shown"] = when
    QTimer.singleShot(0, app.quit)


watcher = _hooks.FirstExpose(app, shown)  # keep a reference: the filter lives as long as it
code = run_gui(Path(sys.argv[1]))
result["exit_code"] = code
result["hwm_kib"] = _hooks.vm_hwm_kib()
_hooks.emit(result)
