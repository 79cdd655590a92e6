from __future__ import annotations

from pathlib import Path
from typing import Any


def test_unlock_and_list(unlocked: Any, filled_folder: Path) -> None:
    w = unlocked(filled_folder)
    assert w.workspace.list_model.rowCount() == 35
    assert w.windowTitle() == "MentorVault"


def test_run_gui_starts_and_stops(tmp_path: Path) -> None:
    """``mentorvault gui`` opens the window and returns the event loop's exit code (in its own process)."""
    import os
    import subprocess
    import sys

    script = (
        "from mentorvault.ui.app import make_application, run_gui\n"
        "from PySide6.QtCore import QTimer\n"
        "app = make_application()\n"
        "QTimer.singleShot(800, app.quit)\n"
        "raise SystemExit(run_gui(None))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "c"),
           "XDG_DATA_HOME": str(tmp_path / "d"), "XDG_STATE_HOME": str(tmp_path / "s"),
           "XDG_CACHE_HOME": str(tmp_path / "k")}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    # The log file is opened once the window is on screen (not before: the first window does not wait for it).
    assert (tmp_path / "s" / "MentorVault" / "log").is_dir()
