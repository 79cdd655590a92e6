from __future__ import annotations

from pathlib import Path
from typing import Any


def test_unlock_and_list(unlocked: Any, filled_folder: Path) -> None:
    w = unlocked(filled_folder)
    assert w.workspace.list_model.rowCount() == 35
    assert w.windowTitle() == "MentorVault"


def test_run_gui_starts_and_stops(qapp: Any, isolated_config: Path, monkeypatch: Any) -> None:
    """``mentorvault gui`` builds the window and returns the event loop's exit code."""
    from PySide6.QtCore import QTimer

    from mentorvault.ui import app as app_module

    import threading

    monkeypatch.setattr(app_module.sys, "excepthook", app_module.sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr("mentorvault.ui.logic.crashlog.configure", lambda log_dir: None)
    QTimer.singleShot(300, qapp.quit)
    assert app_module.run_gui(None) == 0
