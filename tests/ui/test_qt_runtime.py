"""The pinned PySide6 must not leak references to None (PySide6 6.12.0 does on Python 3.11).

Each void Qt call in 6.12.0 took one reference off None; after some thousands of
calls the interpreter aborted with "none_dealloc". requirements.lock excludes that
release; this test catches a lock upgrade that brings such a build back.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QLineEdit
app = QApplication([])
w = QLineEdit()
before = sys.getrefcount(None)
for _ in range(20000):
    w.setText("x")
    app.processEvents()
print(sys.getrefcount(None) - before)
"""


def test_void_qt_calls_do_not_consume_references_to_none() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert abs(int(done.stdout.strip())) < 100
