"""The app with a vault open and its entry list scrolled to the end: peak memory, and how long it took.

Usage: app_list.py VAULT_DIR (the passphrase comes from BENCH_PASSPHRASE).  Drives the
real window: types the passphrase into the unlock view, presses unlock, waits for the
list's first page, then scrolls to the bottom until every entry is loaded.

The Argon2id derivation at unlock needs 256 MiB for about half a second; it is a
deliberate, transient cost (see unlock_overhead), so peak memory is reset (VmHWM,
via /proc/self/clear_refs) once the list's first page is shown, and measured from
there.  The peak including the unlock is reported beside it.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from mentorvault.ui.app import make_application, run_gui

import _hooks

app = make_application()
result: dict[str, object] = {}
state: dict[str, object] = {}
DEADLINE_S = float(os.environ.get("BENCH_DEADLINE_S", "600"))


def main_window():  # type: ignore[no-untyped-def]
    from mentorvault.ui.mainwindow import MainWindow

    for w in QApplication.topLevelWidgets():
        if isinstance(w, MainWindow):
            return w
    _hooks.fail("no MainWindow among the top-level widgets")


def shown(when: float) -> None:
    result["shown"] = when
    window = main_window()
    state["window"] = window
    model = window.workspace.list_model
    model.loaded.connect(list_loaded)
    window.unlock_view.passphrase.setText(os.environ["BENCH_PASSPHRASE"])
    state["unlock_started"] = time.monotonic()
    window.unlock_view.unlock()
    QTimer.singleShot(int(DEADLINE_S * 1000), lambda: _hooks.fail("timed out"))


def list_loaded() -> None:
    if "first_page" in result:
        return
    now = time.monotonic()
    result["first_page"] = now
    result["unlock_to_first_page_ms"] = (now - float(state["unlock_started"])) * 1000  # type: ignore[arg-type]
    result["hwm_with_unlock_kib"] = _hooks.vm_hwm_kib()
    result["rss_first_page_kib"] = _hooks.vm_rss_kib()
    result["peak_reset"] = _hooks.reset_peak()
    state["scroll_started"] = time.monotonic()
    timer = QTimer(app)
    timer.setInterval(0)
    timer.timeout.connect(scroll)
    state["timer"] = timer
    timer.start()


def scroll() -> None:
    window = state["window"]
    model = window.workspace.list_model  # type: ignore[attr-defined]
    view = window.workspace.list_view  # type: ignore[attr-defined]
    if model.is_fetching:
        return
    if model.rowCount() < model.total:
        view.scrollToBottom()
        if model.canFetchMore():
            model.fetchMore()
        return
    state["timer"].stop()  # type: ignore[attr-defined]
    view.scrollToBottom()
    result["rows"] = model.rowCount()
    result["total"] = model.total
    result["pages"] = model.fetch_calls
    QTimer.singleShot(50, finish)  # let the view lay out and paint the last rows


def finish() -> None:
    result["scroll_to_end_ms"] = (time.monotonic() - float(state["scroll_started"])) * 1000  # type: ignore[arg-type]
    result["hwm_kib"] = _hooks.vm_hwm_kib()
    result["rss_end_kib"] = _hooks.vm_rss_kib()
    app.quit()


watcher = _hooks.FirstExpose(app, shown)  # keep a reference: the filter lives as long as it
code = run_gui(Path(sys.argv[1]))
result["exit_code"] = code
_hooks.emit(result)
