"""What every GUI driver shares: spotting the first window on screen, and reading memory.

Imported by the bare floor script and by the app drivers alike, so both pay the
same for the measuring itself.  Output is one JSON line on stdout, prefixed
``BENCH-RESULT``.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow


def vm_hwm_kib() -> int:
    """Peak resident memory of this process so far (VmHWM)."""
    with open("/proc/self/status") as fh:
        match = re.search(r"VmHWM:\s+(\d+)", fh.read())
    return int(match.group(1)) if match else -1


def vm_rss_kib() -> int:
    with open("/proc/self/status") as fh:
        match = re.search(r"VmRSS:\s+(\d+)", fh.read())
    return int(match.group(1)) if match else -1


def reset_peak() -> bool:
    """Reset VmHWM to the current RSS (Linux >= 4.0: write 5 to clear_refs)."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def emit(result: dict[str, Any]) -> None:
    print("BENCH-RESULT " + json.dumps(result), flush=True)


class FirstExpose(QObject):
    """Calls ``on_shown(monotonic_time)`` once, after the first top-level window is exposed."""

    def __init__(self, app: Any, on_shown: Callable[[float], None]) -> None:
        super().__init__()
        self._app = app
        self._on_shown = on_shown
        self._done = False
        app.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if not self._done and event.type() == QEvent.Type.Expose and isinstance(obj, QWindow) and obj.isExposed():
            self._done = True
            shown = time.monotonic()
            self._app.removeEventFilter(self)
            QTimer.singleShot(0, lambda: self._on_shown(shown))
        return False


def fail(message: str) -> None:
    emit({"error": message})
    sys.exit(3)
