"""The one worker: calls run in order on one background thread, callbacks on the UI thread."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from mentorvault.ui.worker import Worker


def test_calls_run_in_order_off_the_ui_thread_and_call_back_on_it(qtbot: Any) -> None:
    worker = Worker()
    seen: list[tuple[str, Any, bool]] = []
    threads: set[str] = set()

    def job(i: int) -> int:
        threads.add(threading.current_thread().name)
        return i * 2

    busy: list[bool] = []
    worker.busyChanged.connect(busy.append)
    for i in range(5):
        worker.submit(lambda i=i: job(i),
                      lambda r: seen.append(("ok", r, threading.current_thread() is threading.main_thread())))
    worker.submit(lambda: 1 / 0, None,
                  lambda e: seen.append(("err", type(e).__name__, threading.current_thread() is threading.main_thread())))
    assert worker.pending == 6 and not worker.idle
    qtbot.waitUntil(lambda: worker.idle, timeout=5000)
    assert seen == [("ok", 0, True), ("ok", 2, True), ("ok", 4, True), ("ok", 6, True), ("ok", 8, True),
                    ("err", "ZeroDivisionError", True)]
    assert len(threads) == 1 and threading.main_thread().name not in threads
    assert busy == [True, False]
    worker.shutdown()


def test_failure_without_handler_reaches_the_excepthook(qtbot: Any) -> None:
    worker = Worker()
    worker.submit(lambda: 1 / 0)
    with qtbot.captureExceptions() as exceptions:
        qtbot.waitUntil(lambda: worker.idle, timeout=5000)
    assert exceptions and exceptions[0][0] is ZeroDivisionError
    worker.shutdown()


def test_after_shutdown_nothing_runs() -> None:
    worker = Worker()
    worker.shutdown()
    ran: list[int] = []
    worker.submit(lambda: ran.append(1))
    assert ran == [] and worker.idle
    assert worker.run_blocking(lambda: 5) == 5


@pytest.mark.parametrize("n", [200])
def test_many_calls_keep_order(qtbot: Any, n: int) -> None:
    worker = Worker()
    out: list[int] = []
    for i in range(n):
        worker.submit(lambda i=i: i, out.append)
    qtbot.waitUntil(lambda: worker.idle, timeout=10000)
    assert out == list(range(n))
    worker.shutdown()
