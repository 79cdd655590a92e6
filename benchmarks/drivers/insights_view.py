"""insights_first_paint: the Insights view's figures computed and its charts painted, beside the same
aggregate queries on sqlite3.

Usage: insights_view.py VAULT_DIR FLOOR_DB REPS (passphrase from BENCH_PASSPHRASE).
Both run here, interleaved, in one process.  The view's open is what the window does when Insights
is chosen (all partners, all time: the largest figures): ``refresh()`` runs ``vault.insights.compute``
on the worker thread, the result comes back to the UI thread, the sentences and five charts are
built, and the view is painted once (``grab()``: every chart drawn).  The floor runs the same
aggregate statements (``storage/insights.py``'s) on a plain sqlite3 copy of the same rows, on a worker
thread, the rows handed back to the UI thread by a queued signal.
"""

from __future__ import annotations

import gc
import os
import sqlite3
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

import _floor
import _hooks


def insights_floor(conn: sqlite3.Connection, _argument: object) -> tuple[object, ...]:
    """The floor's statements: storage/insights.py's aggregate queries for all partners and all time."""
    from mentorvault.storage import insights as q
    from mentorvault.vault.insights import middle_of

    scope = q.Scope()
    first, last = q.span(conn, scope)  # type: ignore[arg-type]
    return (q.sessions(conn, scope), q.feedback_by_month(conn, scope),  # type: ignore[arg-type]
            q.goals(conn, None),  # type: ignore[arg-type]
            q.tags_split(conn, scope, middle_of(first, last)) if first else [])  # type: ignore[arg-type]


def main() -> None:
    folder, floor_path, reps = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    app = QApplication(sys.argv[:1])
    from mentorvault.ui import theme
    from mentorvault.ui.dialogs import DialogService
    from mentorvault.ui.errors import ErrorReporter
    from mentorvault.ui.insights import InsightsView
    from mentorvault.ui.logic.insights import PERIODS
    from mentorvault.ui.session import Session
    from mentorvault.ui.worker import Worker
    from mentorvault.vault import Vault

    theme.install(app, "light")
    vault = Vault.open(folder, os.environ["BENCH_PASSPHRASE"], auto_backup=False)
    worker = Worker()
    session = Session(vault, folder, worker, ErrorReporter(DialogService()), vault.settings.get())
    view = InsightsView()
    view.resize(1280, 820)
    view.set_session(session)
    view.period_combo.blockSignals(True)
    view.period_combo.setCurrentIndex(PERIODS.index("all"))
    view.period_combo.blockSignals(False)
    view.show()
    floor = _floor.FloorThread(floor_path, insights_floor)
    shown: list[object] = []
    original = view.show_insights

    def show_and_stop(ins: object) -> None:
        original(ins)  # type: ignore[arg-type]
        shown.append(ins)
        if loop_holder:
            loop_holder[0].quit()

    view.show_insights = show_and_stop  # type: ignore[method-assign]
    loop_holder: list[QEventLoop] = []

    def open_view() -> float:
        loop = QEventLoop()
        loop_holder[:] = [loop]
        shown.clear()
        start = time.perf_counter()
        view.refresh()
        QTimer.singleShot(120_000, loop.quit)
        loop.exec()
        view.grab()  # the first paint: sentences and every chart drawn
        elapsed = (time.perf_counter() - start) * 1000
        if not shown:
            _hooks.fail("the Insights view received no figures")
        return elapsed

    def open_floor() -> float:
        elapsed, received = floor.time(timeout_ms=120_000)
        if not received or not received[0]:  # type: ignore[index]
            _hooks.fail("the floor's worker returned no session notes")
        return elapsed

    values, floors = [], []
    for i in range(reps + 2):  # two warm-up rounds (fonts, the charts' first use, caches)
        gc.collect()
        if i % 2:
            v, f = open_view(), open_floor()
        else:
            f, v = open_floor(), open_view()
        if i >= 2:
            values.append(v)
            floors.append(f)
    ins = shown[-1]
    session.close()
    worker.shutdown()
    floor.stop()
    app.processEvents()
    _hooks.emit({"value_ms": values, "floor_ms": floors, "mood_points": len(ins.mood),  # type: ignore[attr-defined]
                 "goals": len(ins.goals), "months": len(ins.feedback_per_month),  # type: ignore[attr-defined]
                 "partners": len(ins.meetings)})  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
