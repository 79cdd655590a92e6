"""Locking on the desktop's screensaver signal, through a real (private) D-Bus session bus."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap

import pytest

SCRIPT = textwrap.dedent("""
    import mentorvault.ui
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtDBus import QDBusConnection, QDBusMessage
    from mentorvault.ui.locking import SessionWatcher

    app = QCoreApplication([])
    watcher = SessionWatcher()
    reasons = []
    watcher.lockRequested.connect(reasons.append)
    subscribed = watcher.start()
    bus = QDBusConnection.sessionBus()
    for active in (False, True):
        msg = QDBusMessage.createSignal("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
                                        "ActiveChanged")
        msg.setArguments([active])
        bus.send(msg)
    QTimer.singleShot(700, app.quit)
    app.exec()
    print("SUBSCRIBED", sorted(subscribed))
    print("REASONS", reasons)
""")


@pytest.mark.skipif(shutil.which("dbus-run-session") is None, reason="needs dbus-run-session")
def test_screensaver_signal_requests_a_lock() -> None:
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(["dbus-run-session", "--", sys.executable, "-c", SCRIPT], capture_output=True,
                            text=True, env=env, timeout=60)
    assert "org.freedesktop.ScreenSaver.ActiveChanged" in result.stdout, result.stdout + result.stderr
    assert "REASONS ['screensaver']" in result.stdout, result.stdout + result.stderr


def test_own_session_path_is_escaped_like_logind() -> None:
    from mentorvault.ui.locking import own_session_path

    assert own_session_path("2") == "/org/freedesktop/login1/session/_32"
    assert own_session_path("c1") == "/org/freedesktop/login1/session/c1"
    assert own_session_path("") == ""
