"""While the vault is unlocked: watch the exchange folders, import what arrives, and show reminders.

A ``QFileSystemWatcher`` on each partner's exchange folder starts a sync soon after a file
changes there; a slow poll runs it anyway (network and FUSE folders miss events), and one runs
at unlock, which catches up on what arrived while the vault was locked.  Each run (on the worker,
``ui/logic/reminders.tick``) imports what arrived, sends to partners whose folder sends when you
share, and takes the reminders due now.  Reminders go to the desktop's notification service
(``ui/notify.py``); where there is none, and for what arrived, the window shows a notice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from mentorvault.ui.logic.reminders import Tick, tick
from mentorvault.ui.notify import DesktopNotifier, reminder_words

if TYPE_CHECKING:
    from mentorvault.ui.session import Session

log = logging.getLogger(__name__)

POLL_MS = 5 * 60_000  # the slow poll
SETTLE_MS = 1_500  # after a change in a folder, wait for the sync program to finish the file


class ReminderPump(QObject):
    """One per window.  ``arrived(text)`` and ``notice(text)`` are for the window's notices."""

    arrived = Signal(str)
    notice = Signal(str)

    def __init__(self, show: Callable[[str], None] | None = None, notifier: DesktopNotifier | None = None,
                 parent: QObject | None = None, poll_ms: int = POLL_MS) -> None:
        """``show``: where what arrived, and reminders with no notification service, are shown (both signals)."""
        super().__init__(parent)
        if show is not None:
            self.arrived.connect(show)
            self.notice.connect(show)
        self.notifier = notifier or DesktopNotifier()
        self.session: Session | None = None
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(SETTLE_MS)
        self._soon.timeout.connect(self.run)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _path: self._soon.start())
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self.run)
        self._running = False
        self.ticks = 0  # finished runs, for tests and the screenshots

    def start(self, session: Session) -> None:
        self.session = session
        self._poll.start()
        self.run()  # catch up on what arrived while locked

    def stop(self) -> None:
        self.session = None
        self._poll.stop()
        self._soon.stop()
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())

    def run(self, done: Callable[[Tick], None] | None = None) -> None:
        session = self.session
        if session is None or self._running:
            return
        self._running = True

        def finished(result: Tick) -> None:
            self._running = False
            self._show(result)
            if done is not None:
                done(result)

        def failed(exc: BaseException) -> bool | None:
            self._running = False
            # A background run never interrupts with a dialog: the next run tries again.
            log.warning("exchange folders and reminders: %s", type(exc).__name__)
            return True

        session.call(tick, finished, failed)

    def _show(self, result: Tick) -> None:
        self.ticks += 1
        watched = set(self.watcher.directories())
        wanted = set(result.folders)
        if watched - wanted:
            self.watcher.removePaths(sorted(watched - wanted))
        if wanted - watched:
            self.watcher.addPaths(sorted(wanted - watched))
        for r in result.received:
            parts = [self.tr("A bundle from %1 arrived.").replace("%1", r.sender)]
            if r.new or r.updated:
                parts.append(self.tr("%n new or updated entry(s).", "", r.new + r.updated))
            if r.removed:
                parts.append(self.tr("%n removed at their request.", "", r.removed))
            self.arrived.emit(" ".join(parts))
        for reminder in result.reminders:
            summary, body = reminder_words(reminder, result.show_names)
            if not self.notifier.notify(summary, body):
                self.notice.emit(summary)
