"""list_first_page: the entry list model opened to its first visible rows, beside the same queries on sqlite3.

Usage: list_model.py VAULT_DIR FLOOR_DB REPS (passphrase from BENCH_PASSPHRASE).
Both run here, interleaved, in one process.  The model's open is what the window
does: ``reload()`` runs the count and the first page on the worker thread, the
result comes back to the UI thread, and the delegate reads the roles of the
rows that fit on screen.  The floor runs the same two statements on a plain
sqlite3 copy of the same rows, as the app must: on a worker thread, the rows handed
back to the UI thread by a queued signal.
"""

from __future__ import annotations

import gc
import os
import sqlite3
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

import _floor
import _hooks

VISIBLE_ROWS = 15  # a 900-pixel-high list of 60-pixel rows
COUNT_SQL = "SELECT count(*) FROM entries e"
LIST_SQL = ("SELECT e.id, e.kind, e.title, p.name, e.protected, e.entry_date, e.created_at, e.updated_at, "
            "substr(e.body, 1, 180) FROM entries e LEFT JOIN partners p ON p.id = e.partner_id "
            "ORDER BY e.entry_date DESC, e.updated_at DESC, e.id LIMIT ? OFFSET ?")


def list_floor(conn: sqlite3.Connection, limit: object) -> tuple[int, list[tuple[object, ...]]]:
    """The floor's statements: the count and the first page."""
    total = conn.execute(COUNT_SQL).fetchone()[0]
    return total, conn.execute(LIST_SQL, (limit, 0)).fetchall()


def main() -> None:
    folder, floor_path, reps = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    app = QApplication(sys.argv[:1])
    from mentorvault.ui.dialogs import DialogService
    from mentorvault.ui.entrylist import EntryListModel
    from mentorvault.ui.errors import ErrorReporter
    from mentorvault.ui.session import Session
    from mentorvault.ui.worker import Worker
    from mentorvault.vault import Vault

    vault = Vault.open(folder, os.environ["BENCH_PASSPHRASE"], auto_backup=False)
    worker = Worker()
    session = Session(vault, folder, worker, ErrorReporter(DialogService()), vault.settings.get())
    model = EntryListModel()
    model.set_session(session)
    roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, EntryListModel.DateRole,
             EntryListModel.PartnerRole, EntryListModel.SnippetRole]
    floor = _floor.FloorThread(floor_path, list_floor)

    def open_model() -> float:
        loop = QEventLoop()
        model.loaded.connect(loop.quit)
        start = time.perf_counter()
        model.reload()
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
        for row in range(min(VISIBLE_ROWS, model.rowCount())):
            index = model.index(row)
            for role in roles:
                model.data(index, role)
        elapsed = (time.perf_counter() - start) * 1000
        model.loaded.disconnect(loop.quit)
        if model.rowCount() == 0:
            _hooks.fail("the list model loaded no rows")
        return elapsed

    def open_floor() -> float:
        elapsed, received = floor.time(model.page_size)
        if not received or not received[1]:  # type: ignore[index]
            _hooks.fail("the floor's worker returned no rows")
        return elapsed

    values, floors = [], []
    for i in range(reps + 2):  # two warm-up rounds (icons, fonts, caches)
        gc.collect()
        if i % 2:
            v, f = open_model(), open_floor()
        else:
            f, v = open_floor(), open_model()
        if i >= 2:
            values.append(v)
            floors.append(f)
    session.close()
    worker.shutdown()
    floor.stop()
    app.processEvents()
    _hooks.emit({"value_ms": values, "floor_ms": floors, "rows": model.rowCount(), "total": model.total,
                 "page_size": model.page_size})


if __name__ == "__main__":
    main()
