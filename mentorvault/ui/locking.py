"""When to lock by itself: after idle time in the app, and when the session locks or the machine sleeps.

Idle means no input in MentorVault: key presses (typing counts), clicks, wheel
and pointer movement over its windows.  Session and sleep signals come from
D-Bus on Linux (logind ``PrepareForSleep`` and ``Lock``, and the
``org.freedesktop.ScreenSaver`` ``ActiveChanged`` signal) through QtDBus when
it is available; elsewhere, or without a bus, the watcher quietly does nothing.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import SLOT, QEvent, QObject, QTimer, Signal, Slot

log = logging.getLogger("mentorvault.ui")

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate, QEvent.Type.InputMethod, QEvent.Type.ShortcutOverride,
})


class IdleWatcher(QObject):
    """Emits ``idle`` after ``timeout_ms`` without input to the application."""

    idle = Signal()

    def __init__(self, app: QObject, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._installed = False

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start(self, timeout_ms: int) -> None:
        """Start watching; a timeout of 0 turns idle locking off."""
        self.stop()
        if timeout_ms <= 0:
            return
        self._timer.setInterval(timeout_ms)
        self._app.installEventFilter(self)
        self._installed = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._installed:
            self._app.removeEventFilter(self)
            self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _INPUT_EVENTS and self._installed:
            self._timer.start()
        return False


def own_session_path(session_id: str | None = None) -> str:
    """logind's object path for this login session ("" = any session, when the id is unknown).

    sd-bus escapes every character outside [A-Za-z0-9], and a leading digit, as "_" and two hex digits.
    """
    sid = os.environ.get("XDG_SESSION_ID", "") if session_id is None else session_id
    if not sid:
        return ""
    escaped = "".join(c if c.isascii() and c.isalnum() and not (i == 0 and c.isdigit()) else f"_{ord(c):02x}"
                      for i, c in enumerate(sid))
    return f"/org/freedesktop/login1/session/{escaped}"


class SessionWatcher(QObject):
    """Emits ``lockRequested(reason)`` when the machine is about to sleep or the desktop session locks."""

    lockRequested = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected: list[str] = []

    def start(self) -> list[str]:
        """Subscribe to what the buses offer; returns the subscriptions made (possibly none)."""
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            log.info("QtDBus is not available; session-lock and sleep locking are off")
            return []
        subscriptions = [
            ("system", "org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
             "PrepareForSleep", "b", SLOT("on_prepare_for_sleep(bool)")),
            ("system", "org.freedesktop.login1", own_session_path(), "org.freedesktop.login1.Session", "Lock", "",
             SLOT("on_session_lock()")),
            ("session", "", "", "org.freedesktop.ScreenSaver", "ActiveChanged", "b", SLOT("on_screensaver(bool)")),
            ("session", "", "", "org.gnome.ScreenSaver", "ActiveChanged", "b", SLOT("on_screensaver(bool)")),
        ]
        for bus_name, service, path, interface, name, signature, slot in subscriptions:
            try:
                bus = QDBusConnection.systemBus() if bus_name == "system" else QDBusConnection.sessionBus()
                if not bus.isConnected():
                    continue
                if bus.connect(service, path, interface, name, signature, self, slot):  # type: ignore[call-overload]
                    self.connected.append(f"{interface}.{name}")
            except Exception:  # noqa: BLE001 - a missing or odd bus must never stop the app
                continue
        return self.connected

    @Slot(bool)
    def on_prepare_for_sleep(self, sleeping: bool) -> None:
        if sleeping:
            self.lockRequested.emit("sleep")

    @Slot()
    def on_session_lock(self) -> None:
        self.lockRequested.emit("session-lock")

    @Slot(bool)
    def on_screensaver(self, active: bool) -> None:
        if active:
            self.lockRequested.emit("screensaver")
