"""Metrics that run the Qt front end in child processes (QT_QPA_PLATFORM=offscreen).

startup_window / startup_rss: ``drivers/app_window.py`` (the real ``run_gui``) against
``drivers/bare_window.py`` (a QMainWindow with one QLineEdit), launched alternately.
Startup is the monotonic time from just before the child is spawned to the first
Expose event of a top-level window; peak memory is the child's own VmHWM, read by the
child as it finishes (not ``ru_maxrss``: Linux carries the parent's resident size at
fork into the child's ``ru_maxrss`` across exec).  The first pair is a warm-up
(bytecode caches, page cache) and dropped.

gui_rss_50k: ``drivers/app_list.py`` unlocks the vault through the window and scrolls
the entry list to the end; its peak memory from the first page on, vs the bare script.

list_first_page: ``drivers/list_model.py`` opens the entry list model and, in the same
process, runs the same statements on plain sqlite3.

insights_first_paint: ``drivers/insights_view.py`` opens the Insights view (all partners, all
time) to its first paint and, in the same process, runs the same aggregate queries on plain sqlite3.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.datasets import PASSPHRASE
from benchmarks.stats import Series, SizeResult

DRIVERS = Path(__file__).resolve().parent / "drivers"


class DriverError(RuntimeError):
    pass


def _env(base: dict[str, str]) -> dict[str, str]:
    env = dict(os.environ)
    env.update(base)
    env.update(QT_QPA_PLATFORM="offscreen", BENCH_PASSPHRASE=PASSPHRASE, QT_LOGGING_RULES="*.debug=false")
    env.pop("MENTORVAULT_PASSPHRASE", None)
    return env


def run_driver(script: str, args: list[str], env: dict[str, str], timeout: float) -> tuple[dict[str, Any], float, int]:
    """Run a driver; returns (its result, monotonic time just before spawning, its ru_maxrss in KiB)."""
    t0 = time.monotonic()
    proc = subprocess.Popen([sys.executable, str(DRIVERS / script), *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
    try:
        out, err = _read_all(proc, timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        raise DriverError(f"{script} did not finish within {timeout:.0f} s") from None
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    result: dict[str, Any] = {}
    for line in out.splitlines():
        if line.startswith("BENCH-RESULT "):
            result = json.loads(line[len("BENCH-RESULT "):])
    if proc.returncode != 0 or not result or "error" in result:
        reason = result.get("error") or err.strip().splitlines()[-1:] or [f"exit {proc.returncode}"]
        raise DriverError(f"{script} failed: {reason if isinstance(reason, str) else reason[0]}")
    return result, t0, int(usage.ru_maxrss)


def _read_all(proc: subprocess.Popen[str], timeout: float) -> tuple[str, str]:
    """Read both pipes to the end without reaping the child (os.wait4 does that, for its rusage)."""
    import selectors

    assert proc.stdout is not None and proc.stderr is not None
    deadline = time.monotonic() + timeout
    chunks: dict[Any, list[str]] = {proc.stdout: [], proc.stderr: []}
    sel = selectors.DefaultSelector()
    for stream in chunks:
        sel.register(stream, selectors.EVENT_READ)
    while sel.get_map():
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise subprocess.TimeoutExpired(proc.args, timeout)
        for key, _ in sel.select(remaining):
            data = os.read(key.fd, 65536)
            if not data:
                sel.unregister(key.fileobj)
            else:
                chunks[key.fileobj].append(data.decode("utf-8", "replace"))
    return "".join(chunks[proc.stdout]), "".join(chunks[proc.stderr])


def compile_bytecode() -> None:
    """Write the ``.pyc`` files an installed app starts from, for the app and the drivers alike.

    pip compiles a package at install and the packaged app carries compiled modules; a source
    checkout under ``PYTHONDONTWRITEBYTECODE=1`` (set in some shells and CI images) compiles
    all twenty modules of the first window again at every start, about 20 ms that no user's
    start pays.
    """
    import compileall

    import mentorvault

    for folder in (Path(mentorvault.__file__).parent, DRIVERS):
        compileall.compile_dir(str(folder), quiet=1)


def startup(folder: Path, size: int, reps: int, env: dict[str, str]) -> tuple[SizeResult, SizeResult, Series]:
    """startup_window and startup_rss at one size; also returns the bare script's peak RSS series (MiB)."""
    compile_bytecode()
    env = _env(env)
    app_ms, bare_ms, app_mib, bare_mib = Series(), Series(), Series(), Series()
    for i in range(reps + 1):
        order = ("bare", "app") if i % 2 else ("app", "bare")
        for which in order:
            if which == "app":
                result, t0, rss = run_driver("app_window.py", [str(folder)], env, 120)
            else:
                result, t0, rss = run_driver("bare_window.py", [], env, 120)
            ms = (result["shown"] - t0) * 1000
            if i:
                (app_ms if which == "app" else bare_ms).add(ms)
                (app_mib if which == "app" else bare_mib).add(result["hwm_kib"] / 1024)
    return (SizeResult(size, app_ms, bare_ms, "median"), SizeResult(size, app_mib, bare_mib, "median"), bare_mib)


def gui_rss(folder: Path, size: int, reps: int, bare_mib: Series, env: dict[str, str],
            timeout: float) -> SizeResult:
    env = _env(env)
    value = Series()
    extra: dict[str, Series] = {k: Series() for k in ("peak_including_unlock_mib", "unlock_to_first_page_ms",
                                                      "scroll_to_end_ms", "rss_at_first_page_mib")}
    rows = pages = 0
    for _ in range(reps):
        result, _t0, _rss = run_driver("app_list.py", [str(folder)], env, timeout)
        if result.get("rows") != result.get("total"):
            raise DriverError(f"the list stopped at {result.get('rows')} of {result.get('total')} rows")
        value.add(result["hwm_kib"] / 1024)
        extra["peak_including_unlock_mib"].add(result["hwm_with_unlock_kib"] / 1024)
        extra["unlock_to_first_page_ms"].add(result["unlock_to_first_page_ms"])
        extra["scroll_to_end_ms"].add(result["scroll_to_end_ms"])
        extra["rss_at_first_page_mib"].add(result["rss_first_page_kib"] / 1024)
        rows, pages = result["rows"], result["pages"]
    out = {k: s.to_json() for k, s in extra.items()}
    out.update(rows=rows, pages_fetched=pages)
    return SizeResult(size, value, bare_mib, "median", extra=out)


def list_first_page(folder: Path, floor_db: Path, size: int, reps: int, env: dict[str, str]) -> SizeResult:
    result, _t0, _rss = run_driver("list_model.py", [str(folder), str(floor_db), str(reps)], _env(env), 600)
    return SizeResult(size, Series(result["value_ms"]), Series(result["floor_ms"]), "median",
                      extra={"rows_loaded": result["rows"], "total": result["total"],
                             "page_size": result["page_size"], "visible_rows_read": 15})


def insights_first_paint(folder: Path, floor_db: Path, size: int, reps: int, env: dict[str, str]) -> SizeResult:
    result, _t0, _rss = run_driver("insights_view.py", [str(folder), str(floor_db), str(reps)], _env(env), 900)
    return SizeResult(size, Series(result["value_ms"]), Series(result["floor_ms"]), "median",
                      extra={k: result[k] for k in ("mood_points", "goals", "months", "partners")})
