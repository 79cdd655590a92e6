"""A floor's statements on plain sqlite3, run as the app runs its own: on a worker thread, the result
handed back to the UI thread by a queued signal (shared by list_model.py and insights_view.py)."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, QTimer, Signal, Slot

Query = Callable[[sqlite3.Connection, object], object]


class _Worker(QObject):
    done = Signal(object)

    def __init__(self, path: Path, query: Query) -> None:
        super().__init__()
        self.path = path
        self.query = query
        self.conn: sqlite3.Connection | None = None

    @Slot(object)
    def run(self, argument: object) -> None:
        if self.conn is None:
            self.conn = sqlite3.connect(self.path, isolation_level=None)
        self.done.emit(self.query(self.conn, argument))


class _Client(QObject):
    """Lives on the UI thread: asks the worker and receives its result by a queued signal."""

    request = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.loop: QEventLoop | None = None
        self.received: object = None

    @Slot(object)
    def arrived(self, result: object) -> None:
        self.received = result
        if self.loop is not None:
            self.loop.quit()


class FloorThread:
    """``query(conn, argument)`` on its own thread and connection; :meth:`time` runs it once."""

    def __init__(self, path: Path, query: Query) -> None:
        self.thread = QThread()
        self.worker = _Worker(path, query)
        self.worker.moveToThread(self.thread)
        self.thread.start()
        self.client = _Client()
        self.client.request.connect(self.worker.run, Qt.ConnectionType.QueuedConnection)
        self.worker.done.connect(self.client.arrived, Qt.ConnectionType.QueuedConnection)

    def time(self, argument: object = None, timeout_ms: int = 60_000) -> tuple[float, object]:
        """(milliseconds from the request to the result back on this thread, the result)."""
        client = self.client
        client.loop = loop = QEventLoop()
        client.received = None
        start = time.perf_counter()
        client.request.emit(argument)  # the reply is queued to this thread: it waits for exec()
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        elapsed = (time.perf_counter() - start) * 1000
        client.loop = None
        return elapsed, client.received

    def stop(self) -> None:
        self.thread.quit()
        self.thread.wait()
