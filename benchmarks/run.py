"""Run the benchmarks: ``python -m benchmarks.run --quick`` or ``--full``.

Every metric is a ratio: the product's time (or memory) divided by a floor measured
in the same run, on the same machine and the same data.  The table and
``benchmarks/results/latest.json`` give, per metric, its value, floor, ratio,
budget and pass/fail, and how each grows from 1k to 10k to 50k entries.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import math
import os
import platform
import shutil
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks import core, corpus, datasets, gui, notes_in, storage
from benchmarks.stats import SizeResult

RESULTS = Path(__file__).resolve().parent / "results"


@dataclass(frozen=True)
class Metric:
    name: str
    budget: float
    unit: str
    statistic: str  # which statistic the ratio compares: "median" or "p95"
    what: str
    floor: str
    every_size: bool = False  # judged at every size of the run, not only the largest


METRICS = [
    Metric("startup_window", 1.5, "ms", "median",
           "process start to the first window shown (offscreen), run_gui(vault)",
           "bare PySide6 script: QMainWindow with one QLineEdit"),
    Metric("startup_rss", 1.5, "MiB", "median", "peak memory (ru_maxrss) of that process",
           "the same bare script"),
    Metric("unlock_overhead", 0.2, "ms", "median",
           "Vault.open + first list page (200 rows), minus the Argon2id derivation inside it",
           "the Argon2id derivation alone, on the slot's calibrated parameters"),
    Metric("search_p95", 1.5, "ms", "p95", "vault.entries.search(word, limit=20) with snippets, 200 random words",
           "the same FTS5 query on plain sqlite3 holding the same text"),
    Metric("save_p95", 3.0, "ms", "p95", "vault.entries.update(id, body=edited): validation, revision, hash, index",
           "plain sqlite3 insert + FTS5 row of the same text, WAL, synchronous=FULL"),
    Metric("list_first_page", 2.0, "ms", "median",
           "EntryListModel.reload() to its first 15 rows' roles (count + first page on the worker)",
           "the same count and first-page statements on plain sqlite3, on a worker thread, handed to the UI "
           "thread by a queued signal", every_size=True),
    Metric("insights_first_paint", 2.0, "ms", "median",
           "InsightsView.refresh() (all partners, all time) to its first paint: vault.insights.compute on the "
           "worker, sentences and five charts built and drawn",
           "the same aggregate queries (storage/insights.py) on plain sqlite3, on a worker thread, handed to "
           "the UI thread by a queued signal", every_size=True),
    Metric("gui_rss_50k", 2.0, "MiB", "median",
           "peak memory of the app with the vault open and the list scrolled to the end (after unlock)",
           "the bare script's peak memory"),
    Metric("export_1k", 3.0, "ms", "median",
           "export_bundle of 1,000 consented entries (passphrase confirmation's KDF excluded)",
           "reading the same 1,000 rows by id from SQLCipher (the vault's cipher settings, a raw key, no checks) "
           "plus pyrage encryption of the same manifest bytes to the same recipients, written with fsync"),
    Metric("import_1k", 3.0, "ms", "median", "import_bundle of those 1,000 entries: verified and stored",
           "reading and pyrage-decrypting an age file of the same manifest bytes, plus one transaction "
           "inserting the same rows into SQLCipher (the vault's cipher settings) with an FTS5 index, "
           "synchronous=FULL"),
    Metric("notes_in_1k", 6.0, "ms", "median",
           "import-from jrnl of 1,000 new notes (read, checked, stored as entries with revisions, tags, index "
           "and origins, one transaction), benchmarks/notes_in.py",
           "json.loads of the same export plus one transaction inserting the same rows into SQLCipher (the "
           "vault's cipher settings) with an FTS5 index, synchronous=FULL"),
    Metric("rekey", 1.5, "ms", "median",
           "vault.keys.rekey(new passphrase): new data key, database re-encrypted into a synced copy, "
           "key file, swap, reopen (its Argon2id derivations excluded)",
           "SQLCipher's PRAGMA rekey of the same database, checkpointed into the file"),
    Metric("storage_ratio", 2.0, "MiB", "median",
           "the vault folder's files on disk (database after a checkpoint, key file), benchmarks/storage.py",
           "the UTF-8 bytes of the entries' content: title, body, fields (compact JSON) and tags"),
    Metric("storage_ratio_edited", 2.5, "MiB", "median",
           "the same after a tenth of the entries were edited five times each through the facade, then locked",
           "the UTF-8 bytes of the entries' content after the edits"),
]
BY_NAME = {m.name: m for m in METRICS}


@dataclass(frozen=True)
class PeerGoal:
    """A budget on the jrnl comparison, for each of its operations (add, search)."""

    name: str
    budget: float
    at: int  # the size it is judged at (or the largest of the run, if smaller)
    least: bool  # the value must be at least the budget (else at most)
    what: str


PEER_GOALS = [
    PeerGoal("speedup", 5.0, 10_000, True, "jrnl's median over MentorVault's, whole CLI process, both unlocking "
             "through the keyring"),
    PeerGoal("growth", 1.2, 50_000, False, "MentorVault's command at this size over the same command on the "
             "1,000-entry vault run right beside it: the median of those pairs"),
]

MODES: dict[str, dict[str, Any]] = {
    "quick": dict(sizes=[1_000, 10_000], unlock_reps=3, search_warmup=10, save_reps=20, save_warmup=2,
                  list_reps=15, insights_reps=5, exchange_reps=3, rekey_reps=3, startup_reps=3, gui_rss_reps=1,
                  gui_timeout=300,
                  peer_sizes=[1_000, 10_000], peer_reps=3),
    "full": dict(sizes=[1_000, 10_000, 50_000], unlock_reps=10, search_warmup=20, save_reps=100, save_warmup=5,
                 list_reps=40, insights_reps=15, exchange_reps=10, rekey_reps=5, startup_reps=10, gui_rss_reps=2, gui_timeout=1200,
                 peer_sizes=[1_000, 10_000, 50_000], peer_reps=5),
}
SEARCH_QUERIES = 200


def _k(size: int) -> str:
    return f"{size // 1000}k" if size % 1000 == 0 else str(size)


def _log(msg: str) -> None:
    print(msg, flush=True)


def machine() -> dict[str, Any]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import sqlite3

    import sqlcipher3.dbapi2 as sqlcipher

    conn = sqlcipher.connect(":memory:")
    try:
        cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
        engine = conn.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        conn.close()
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                cwd=Path(__file__).resolve().parent).stdout.strip()
    except OSError:
        commit = ""
    try:
        import PySide6

        pyside = PySide6.__version__
    except ImportError:
        pyside = None
    mem_gib = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_gib = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return {"arch": platform.machine(), "cpu": cpu, "cores": os.cpu_count(), "memory_gib": mem_gib,
            "kernel": platform.release(), "python": platform.python_version(),
            "sqlite3_stdlib": sqlite3.sqlite_version, "sqlcipher": f"{cipher} (SQLite {engine})",
            "pyside6": pyside, "git_commit": commit}


# ---------------------------------------------------------------- running


class Runner:
    def __init__(self, mode: str, only: set[str], sizes: list[int], peer: bool, keep: bool) -> None:
        self.mode = mode
        self.cfg = MODES[mode]
        self.only = only
        self.sizes = sizes
        self.peer = peer
        self.keep = keep
        self.results: dict[str, dict[int, SizeResult]] = {m.name: {} for m in METRICS}
        self.errors: dict[str, list[str]] = {}
        self.peer_result: dict[str, Any] | None = None
        self.timings: dict[str, float] = {}
        self.load_start = [round(x, 2) for x in os.getloadavg()]

    def want(self, name: str) -> bool:
        return not self.only or name in self.only

    def attempt(self, names: str | list[str], size: int, fn: Callable[[], Any]) -> Any:
        names = [names] if isinstance(names, str) else names
        if not any(self.want(n) for n in names):
            return None
        start = time.perf_counter()
        try:
            return fn()
        except Exception as exc:  # noqa: BLE001 -- one metric failing must not lose the others
            for n in names:
                self.errors.setdefault(n, []).append(f"{_k(size)}: {type(exc).__name__}: {exc}")
            _log(f"  ! {', '.join(names)} at {_k(size)} failed: {type(exc).__name__}: {exc}")
            if os.environ.get("BENCH_DEBUG"):
                traceback.print_exc()
            return None
        finally:
            key = f"{'+'.join(names)}@{_k(size)}"
            self.timings[key] = round(time.perf_counter() - start, 1)

    def record(self, name: str, result: SizeResult | None) -> None:
        if result is not None and self.want(name):
            self.results[name][result.size] = result
            m = BY_NAME[name]
            _log(f"  {name:<16} {_k(result.size):>4}: {result.value.stat(m.statistic):10.2f} {m.unit} vs floor "
                 f"{result.floor.stat(m.statistic):9.2f} -> ratio {result.ratio:6.2f} (budget {m.budget})")

    def run(self) -> None:
        from mentorvault.vault import Vault

        scratch = datasets.Scratch.create()
        os.environ.update(scratch.env())
        os.environ.pop("MENTORVAULT_KDF_PROFILE", None)
        env = scratch.env()
        peer_vault = None
        try:
            for size in self.sizes:
                datasets.ensure_vault(size, _log)
            words = corpus.Vocabulary.build().query_words(SEARCH_QUERIES)
            for size in self.sizes if any(self.want(m.name) for m in METRICS) else []:
                _log(f"--- {size:,} entries")
                if self.want("storage_ratio") or self.want("storage_ratio_edited"):
                    store_folder = scratch.copy_vault(size, f"storage-{size}")
                    try:
                        both_sizes = self.attempt(["storage_ratio", "storage_ratio_edited"], size,
                                                  lambda: storage.measure(store_folder, size, _log))
                        if both_sizes is not None:
                            self.record("storage_ratio", both_sizes[0])
                            self.record("storage_ratio_edited", both_sizes[1])
                    finally:
                        shutil.rmtree(store_folder, ignore_errors=True)
                folder = scratch.copy_vault(size)
                floor_path = scratch.root / f"floor-{size}.db"
                vault = Vault.open(folder, datasets.PASSPHRASE, auto_backup=False)
                try:
                    datasets.build_floor(vault.conn, floor_path).close()
                finally:
                    vault.lock()
                cfg = self.cfg
                unlock = self.attempt(
                    "unlock_overhead", size, lambda: core.unlock_overhead(folder, size, cfg["unlock_reps"]))
                self.record("unlock_overhead", unlock)
                self.record("list_first_page", self.attempt(
                    "list_first_page", size, lambda: gui.list_first_page(folder, floor_path, size,
                                                                        cfg["list_reps"], env)))
                self.record("insights_first_paint", self.attempt(
                    "insights_first_paint", size, lambda: gui.insights_first_paint(folder, floor_path, size,
                                                                                  cfg["insights_reps"], env)))
                both = self.attempt(["startup_window", "startup_rss", "gui_rss_50k"], size,
                                    lambda: gui.startup(folder, size, cfg["startup_reps"], env))
                if both is not None:
                    self.record("startup_window", both[0])
                    self.record("startup_rss", both[1])
                    self.record("gui_rss_50k", self.attempt(
                        "gui_rss_50k", size, lambda: gui.gui_rss(
                            folder, size, cfg["gui_rss_reps"] if size < 50_000 else 1, both[2], env,
                            cfg["gui_timeout"])))
                if any(self.want(n) for n in ("search_p95", "save_p95", "export_1k", "import_1k", "notes_in_1k")):
                    vault = Vault.open(folder, datasets.PASSPHRASE, auto_backup=False)
                    floor = datasets.open_floor(floor_path)
                    try:
                        self.record("search_p95", self.attempt("search_p95", size, lambda: core.search_p95(
                            vault, floor, size, words, cfg["search_warmup"])))
                        self.record("save_p95", self.attempt("save_p95", size, lambda: core.save_p95(
                            vault, floor, size, cfg["save_reps"], cfg["save_warmup"])))
                        self.record("notes_in_1k", self.attempt("notes_in_1k", size, lambda: notes_in.notes_in_1k(
                            vault, size, scratch.root, cfg["exchange_reps"])))
                        if self.want("export_1k") or self.want("import_1k"):
                            if peer_vault is None:
                                peer_vault = self.attempt(["export_1k", "import_1k"], size,
                                                          lambda: core.make_peer(scratch.root, _log))
                            name = f"Vault {_k(size)}"
                            paired = peer_vault is not None and self.attempt(
                                ["export_1k", "import_1k"], size, lambda: core.pair(vault, name, peer_vault) or True)
                            if paired:
                                self.record("export_1k", self.attempt("export_1k", size, lambda: core.export_1k(
                                    vault, floor, size, peer_vault, scratch.root, cfg["exchange_reps"])))
                                self.record("import_1k", self.attempt("import_1k", size, lambda: core.import_1k(
                                    vault, name, size, peer_vault, scratch.root, cfg["exchange_reps"])))
                    finally:
                        floor.close()
                        vault.lock()
                if unlock is not None:  # last: its saves change entries the floors hold too
                    backup = self.attempt("unlock_overhead", size, lambda: core.daily_backup(folder, size))
                    if backup is not None:
                        unlock.extra["daily_backup"] = backup
                        _log(f"  daily backup     {_k(size):>4}: starts in {backup['start_ms']} ms, copies "
                             f"{backup['backup_mib']} MiB in {backup['copy_s']} s beside the user; a save meanwhile "
                             f"{backup['save_ms_during']['median'] or math.nan:.1f} ms (after: "
                             f"{backup['save_ms_after']['median'] or math.nan:.1f} ms);"
                             f" cancelling it halfway (at lock) takes {backup['cancel_halfway_ms']} ms")
                if self.want("rekey"):  # last: it changes the copy's key and passphrase
                    floor_folder = scratch.copy_vault(size, f"floor-rekey-{size}")
                    try:
                        self.record("rekey", self.attempt("rekey", size, lambda: core.rekey(
                            folder, floor_folder, size, cfg["rekey_reps"] if size < 50_000 else 3)))
                    finally:
                        shutil.rmtree(floor_folder, ignore_errors=True)
                shutil.rmtree(folder, ignore_errors=True)
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{floor_path}{suffix}").unlink(missing_ok=True)
            if peer_vault is not None:
                peer_vault.lock()
                peer_vault = None
            if (self.peer and not self.only) or "jrnl" in self.only:
                _log("--- peer: jrnl")
                from benchmarks.peers import jrnl

                peer_sizes = [s for s in self.cfg["peer_sizes"] if s in self.sizes] or self.sizes[:1]
                start = time.perf_counter()
                try:
                    self.peer_result = jrnl.measure(scratch, peer_sizes, self.cfg["peer_reps"], _log)
                except Exception as exc:  # noqa: BLE001
                    self.peer_result = {"error": f"{type(exc).__name__}: {exc}"}
                    _log(f"  ! jrnl peer failed: {exc}")
                self.timings["peer_jrnl"] = round(time.perf_counter() - start, 1)
        finally:
            if peer_vault is not None:
                peer_vault.lock()
            if self.keep:
                _log(f"scratch kept in {scratch.root}")
            else:
                scratch.remove()

    # ------------------------------------------------------------ report

    def report(self, started: float) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for m in METRICS:
            per_size = self.results[m.name]
            rec: dict[str, Any] = {"budget": m.budget, "unit": m.unit, "statistic": m.statistic,
                                   "measures": m.what, "floor_is": m.floor}
            if per_size:
                size = max(per_size)
                head = per_size[size]
                ratio = head.ratio
                rec.update({
                    "value": round(head.value.stat(m.statistic), 3),
                    "floor": round(head.floor.stat(m.statistic), 3),
                    "ratio": None if math.isnan(ratio) else round(ratio, 3),
                    "pass": all(not math.isnan(r.ratio) and r.ratio <= m.budget
                                for r in (per_size.values() if m.every_size else [head])),
                    "size": size,
                    "value_median": round(head.value.median, 3), "value_p95": round(head.value.p95, 3),
                    "floor_median": round(head.floor.median, 3), "floor_p95": round(head.floor.p95, 3),
                    "repetitions": head.value.n,
                    "growth": {str(s): r.to_json() for s, r in sorted(per_size.items())},
                })
                if m.every_size:
                    rec["judged_at"] = "every size: " + ", ".join(
                        f"{_k(s)} {r.ratio:.2f}" for s, r in sorted(per_size.items()))
                if size != max(self.sizes) or (m.name == "gui_rss_50k" and size != 50_000):
                    rec["note"] = f"measured up to {size:,} entries in this mode"
            else:
                rec.update({"value": None, "floor": None, "ratio": None, "pass": None})
                rec["status"] = "not run" if not self.want(m.name) else "error"
            if m.name in self.errors:
                rec["errors"] = self.errors[m.name]
                if per_size:
                    rec["status"] = "partial"
            out[m.name] = rec
        if self.peer_result is not None:
            out["peer_jrnl"] = self.peer_result
            if "sizes" in self.peer_result:
                self.peer_result["budgets"] = peer_budgets(self.peer_result)
        out["_meta"] = {
            "date": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
            "load_average_at_start": self.load_start, "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
            "mode": self.mode, "sizes": self.sizes, "seed": corpus.SEED, "corpus_version": corpus.CORPUS_VERSION,
            "machine": machine(), "duration_s": round(time.perf_counter() - started, 1),
            "step_seconds": self.timings,
            "argon2": datasets.calibrated_params(),
        }
        return out


def peer_budgets(peer: dict[str, Any]) -> dict[str, Any]:
    """Each peer goal for each operation, judged at its size or the largest size the peer ran."""
    out: dict[str, Any] = {}
    sizes = sorted(int(s) for s in peer["sizes"])
    for goal in PEER_GOALS:
        at = max([s for s in sizes if s <= goal.at], default=None)
        for op in ("search", "add"):
            rec: dict[str, Any] = {"budget": goal.budget, "direction": "at least" if goal.least else "at most",
                                   "measures": goal.what, "size": at}
            r = peer["sizes"][str(at)][op] if at is not None else None
            value = None if r is None else (r["ratio"] if goal.name == "speedup" else r["mentorvault_growth"]["ratio"])
            rec["value"] = value
            rec["pass"] = None if value is None else (value >= goal.budget if goal.least else value <= goal.budget)
            if at is not None and at != goal.at:
                rec["note"] = f"measured up to {at:,} entries in this mode"
            if r is not None and goal.name == "speedup" and "jrnl_capped_at_s" in r:
                rec["note"] = f"jrnl stopped at the cap of {r['jrnl_capped_at_s']:.0f} s: a lower bound"
            out[f"{op}_{goal.name}_{_k(goal.at)}"] = rec
    return out


# ---------------------------------------------------------------- table


def _fmt(x: Any, unit: str = "") -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "-"
    if unit == "MiB":
        return f"{x:,.0f} MiB"
    if unit == "ms":
        return f"{x:,.1f} ms" if x < 1000 else f"{x / 1000:,.2f} s"
    return f"{x:.2f}"


def table(report: dict[str, Any]) -> str:
    meta = report["_meta"]
    mc = meta["machine"]
    lines = [
        f"MentorVault benchmarks ({meta['mode']}) - {meta['date']} - {mc['arch']}, {mc['cpu']}, {mc['cores']} cores, "
        f"{mc['memory_gib']} GiB - Python {mc['python']} - commit {mc['git_commit']} - {meta['duration_s']:.0f} s",
        f"load average at start {meta['load_average_at_start'][0]:.2f}, at end {meta['load_average_at_end'][0]:.2f}"
        " (other work on the machine inflates times; ratios share the load, absolute values do not)",
        "",
    ]
    head = f"{'metric':<16} {'at':>4} {'stat':>6} {'value':>11} {'floor':>11} {'ratio':>7} {'budget':>6}  result"
    lines += [head, "-" * len(head)]
    for m in METRICS:
        r = report[m.name]
        if r.get("value") is None:
            lines.append(f"{m.name:<16} {'':>4} {'':>6} {'-':>11} {'-':>11} {'-':>7} {m.budget:>6}  "
                         f"{r.get('status', 'error').upper()}" + (f": {r['errors'][0]}" if r.get("errors") else ""))
            continue
        verdict = "pass" if r["pass"] else "FAIL"
        if r.get("status") == "partial":
            verdict += " (partial)"
        lines.append(f"{m.name:<16} {_k(r['size']):>4} {m.statistic:>6} {_fmt(r['value'], m.unit):>11} "
                     f"{_fmt(r['floor'], m.unit):>11} {r['ratio']:>7.2f} {m.budget:>6}  {verdict}")
    sizes = meta["sizes"]
    lines += ["", "Growth with vault size (value median / p95, floor median / p95, ratio):"]
    head = f"{'metric':<16} " + " ".join(f"{_k(s):>33}" for s in sizes)
    lines += [head, "-" * len(head)]
    for m in METRICS:
        growth = report[m.name].get("growth", {})
        cells = []
        for s in sizes:
            g = growth.get(str(s))
            if not g:
                cells.append(f"{'-':>33}")
                continue
            v, f = g["value"], g["floor"]
            if m.unit == "MiB":
                cell = f"{v['median']:.0f}/{v['p95']:.0f} vs {f['median']:.0f}/{f['p95']:.0f} x{g['ratio']:.2f}"
            else:
                cell = f"{v['median']:.1f}/{v['p95']:.1f} vs {f['median']:.1f}/{f['p95']:.1f} x{g['ratio']:.2f}"
            cells.append(f"{cell:>33}")
        lines.append(f"{m.name:<16} " + " ".join(cells))
    peer = report.get("peer_jrnl")
    if peer:
        lines += ["", f"Peer: jrnl {peer.get('jrnl_version', '')} from the command line, same entries, both "
                      "unlocking through the keyring (median ms; ratio = jrnl / MentorVault; growth = MentorVault "
                      "over its 1k)"]
        if "error" in peer:
            lines.append(f"  error: {peer['error']}")
        for s, r in peer.get("sizes", {}).items():
            for op in ("search", "add"):
                x = r[op]
                cap = " (cap)" if "jrnl_capped_at_s" in x else "      "
                lines.append(f"  {op:<6} at {_k(int(s)):>4}: mentorvault {x['mentorvault_ms']['median']:8.0f}   "
                             f"jrnl {x['jrnl_ms']['median']:8.0f}{cap}   ratio {x['ratio']:6.2f}   "
                             f"growth {x['mentorvault_growth']['ratio']:.2f}")
        for name, b in peer.get("budgets", {}).items():
            verdict = "-" if b["pass"] is None else ("pass" if b["pass"] else "FAIL")
            value = "-" if b["value"] is None else f"{b['value']:.2f}"
            lines.append(f"  peer_{name:<22} {value:>7} {b['direction']} {b['budget']}  {verdict}"
                         + (f" ({b['note']})" if b.get("note") else ""))
    failing = [m.name for m in METRICS if report[m.name].get("pass") is False]
    failing += [f"peer_{n}" for n, b in (peer or {}).get("budgets", {}).items() if b["pass"] is False]
    lines += ["", "Budgets failing: " + (", ".join(failing) if failing else "none")]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n\n")[0])
    g = p.add_mutually_exclusive_group()
    g.add_argument("--quick", action="store_const", dest="mode", const="quick",
                   help="1k and 10k entries, fewer repetitions (under two minutes once the cache is built)")
    g.add_argument("--full", action="store_const", dest="mode", const="full", help="1k, 10k and 50k entries")
    p.add_argument("--only", default="", help="comma-separated metric names (and/or 'jrnl') to run")
    p.add_argument("--sizes", default="", help="comma-separated vault sizes, e.g. 1000,10000")
    p.add_argument("--no-peer", action="store_true", help="skip the jrnl comparison")
    p.add_argument("--keep-scratch", action="store_true", help="keep the scratch folder (for debugging)")
    p.add_argument("--strict", action="store_true", help="exit 1 when a budget fails")
    p.add_argument("--output", default=str(RESULTS / "latest.json"), help="where to write the JSON results")
    args = p.parse_args(argv)
    mode = args.mode or "quick"
    only = {x.strip() for x in args.only.split(",") if x.strip()}
    unknown = only - set(BY_NAME) - {"jrnl"}
    if unknown:
        p.error(f"unknown metric(s): {', '.join(sorted(unknown))}")
    sizes = [int(x) for x in args.sizes.split(",") if x.strip()] or MODES[mode]["sizes"]
    started = time.perf_counter()
    runner = Runner(mode, only, sizes, not args.no_peer, args.keep_scratch)
    runner.run()
    report = runner.report(started)
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(report, indent=2) + "\n"
    out.write_text(text)
    if out.name == "latest.json":
        (out.parent / f"latest-{mode}.json").write_text(text)
    print()
    print(table(report))
    print(f"\nWrote {out}")
    failed = any(report[m.name].get("pass") is False for m in METRICS) or any(
        b["pass"] is False for b in report.get("peer_jrnl", {}).get("budgets", {}).values())
    return 1 if args.strict and failed else 0


if __name__ == "__main__":
    sys.exit(main())
