"""The one way the UI runs vault calls: on a single worker thread, with callbacks on the UI thread.

Like Anki's ``CollectionOp``: views hand over a function, then get its result
(or its exception) back on the main thread.  One thread means one call at a
time on the SQLCipher connection, in the order they were submitted, so a save
queued before a lock always runs before the lock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


@dataclass
class _Job:
    fn: Callable[[], Any]
    on_success: Success | None
    on_failure: Failure | None
    result: Any = None
    error: BaseException | None = None


class Worker(QObject):
    """Runs callables one after another on a background thread."""

    busyChanged = Signal(bool)
    _finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor: ThreadPoolExecutor | None = None  # made at the first call: the first window makes none
        self._pending = 0
        self._closed = False
        # Always queued: a job that finished before add_done_callback must still call back later, from the loop.
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def _pool(self) -> ThreadPoolExecutor:
        if self._executor is None:
            from concurrent.futures import ThreadPoolExecutor

            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mentorvault-vault")
        return self._executor

    @property
    def pending(self) -> int:
        """Jobs submitted whose callback has not run yet."""
        return self._pending

    @property
    def idle(self) -> bool:
        return self._pending == 0

    def submit(self, fn: Callable[[], Any], on_success: Success | None = None,
               on_failure: Failure | None = None) -> None:
        if self._closed:
            return
        job = _Job(fn, on_success, on_failure)
        self._pending += 1
        if self._pending == 1:
            self.busyChanged.emit(True)
        future = self._pool.submit(self._run, job)
        future.add_done_callback(self._done)

    @staticmethod
    def _run(job: _Job) -> _Job:
        try:
            job.result = job.fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's failure callback on the UI thread
            job.error = exc
        job.fn = _noop  # drop the closure (it may hold a passphrase) as soon as it ran
        return job

    def _done(self, future: Future[_Job]) -> None:
        job = future.result()
        # Emitted from the worker thread; the connection queues it to the UI thread.
        self._finished.emit(job)

    @Slot(object)
    def _deliver(self, job: _Job) -> None:
        try:
            if job.error is None:
                if job.on_success is not None:
                    job.on_success(job.result)
            elif job.on_failure is not None:
                job.on_failure(job.error)
            else:
                raise job.error
        finally:
            job.result = job.error = None
            self._pending -= 1
            if self._pending == 0:
                self.busyChanged.emit(False)

    def shutdown(self, wait: bool = True) -> None:
        """Finish the queued calls (their callbacks are dropped) and stop the thread."""
        self._closed = True
        if self._executor is not None:
            self._executor.shutdown(wait=wait)

    def run_blocking(self, fn: Callable[[], Any]) -> Any:
        """Run ``fn`` on the worker thread and wait for it (for shutdown paths only)."""
        if self._closed:
            return fn()
        return self._pool.submit(fn).result()


def _noop() -> None:
    return None
