"""Attachments: memory while streaming a large file in and out, and the bundle metrics with small attachments.

    python -m benchmarks.attachments --quick     # a 20 MiB file; the 1,000-entry bundle metrics
    python -m benchmarks.attachments --full      # a 200 MB file (what issue 15 names)

Streaming: each measurement runs in a fresh process (so the peak RSS is its own): a vault is
opened, ``vault.attachments.add`` reads a generated file of SIZE bytes from disk, then
``save_copy`` writes it back out.  Reported per step: the tracemalloc peak (Python's own
allocations) and the growth of the process's peak RSS (``VmHWM``, reset before the step through
``/proc/self/clear_refs``: SQLite's page cache and the WAL index included) over its RSS before the step.  Budgets: tracemalloc peak at most
4 MiB and RSS growth at most 64 MiB, whatever SIZE is (a file read whole would need SIZE).

Bundles: the ``export_1k`` and ``import_1k`` metrics of ``benchmarks/run.py`` (same code, same
floors, same budgets), on a 1,000-entry vault where every tenth entry carries a small
attachment (a 20 KB image), so the bundle carries 100 attachments (2 MB).
Results go to ``benchmarks/results/attachments.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"
SIZES = {"quick": 20 * 1024 * 1024, "full": 200 * 1000 * 1000}
PEAK_BUDGET_MIB = 4.0
RSS_BUDGET_MIB = 64.0
SMALL = 20_000  # bytes of each small attachment in the bundle check
EVERY = 10  # one entry in EVERY carries one


def _mib(n: float) -> float:
    return round(n / 2**20, 2)


def _status(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024  # kB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _reset_peak() -> int:
    """Reset the process's peak RSS (Linux: "5" to clear_refs) and return the RSS now."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass
    return _status("VmRSS")


def _make_file(path: Path, size: int) -> None:
    block = os.urandom(1 << 20)
    with path.open("wb") as fh:
        left = size
        while left:
            n = min(left, len(block))
            fh.write(block[:n])
            left -= n


def child(work: Path, size: int) -> dict[str, Any]:
    """One process: create a vault, attach the file, save a copy; the figures of each step."""
    from mentorvault.crypto import keyslots as ks
    from mentorvault.vault import Vault

    src, out = work / "big.bin", work / "copy.bin"
    vault, _ = Vault.create(work / "vault", "benchmark lantern orchard quiet river", params=ks.MINIMUM_PARAMS)
    try:
        entry = vault.entries.add("reflection", "A recording", "", {"prompt": "p"})
        figures: dict[str, Any] = {"size_bytes": size}
        for step in ("attach", "save_copy"):
            before = _reset_peak()
            tracemalloc.start()
            start = time.perf_counter()
            if step == "attach":
                info = vault.attachments.add(entry.id, src)
            else:
                vault.attachments.save_copy(entry.id, info.name, out)
            seconds = time.perf_counter() - start
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            figures[step] = {"seconds": round(seconds, 2), "mb_per_s": round(size / 1e6 / seconds, 1),
                             "tracemalloc_peak_mib": _mib(peak), "rss_growth_mib": _mib(max(0, _status("VmHWM") - before))}
        assert out.stat().st_size == size
        figures["vault_db_mib"] = _mib((work / "vault" / "vault.db").stat().st_size)
        return figures
    finally:
        vault.lock()


def streaming(size: int, root: Path) -> dict[str, Any]:
    work = root / "stream"
    work.mkdir(parents=True)
    _make_file(work / "big.bin", size)
    done = subprocess.run([sys.executable, "-m", "benchmarks.attachments", "--child", str(work), str(size)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    figures: dict[str, Any] = json.loads(done.stdout)
    for step in ("attach", "save_copy"):
        f = figures[step]
        f["pass"] = f["tracemalloc_peak_mib"] <= PEAK_BUDGET_MIB and f["rss_growth_mib"] <= RSS_BUDGET_MIB
    return figures


def bundles(root: Path, reps: int) -> dict[str, Any]:
    """export_1k and import_1k as benchmarks/run.py measures them, with small attachments on a tenth."""
    from benchmarks import core, datasets, run
    from mentorvault.vault import Vault

    scratch = datasets.Scratch.create()
    os.environ.update(scratch.env())
    try:
        datasets.ensure_vault(1_000, lambda msg: print(msg, file=sys.stderr))
        folder = scratch.copy_vault(1_000)
        floor_path = scratch.root / "floor-1k.db"
        vault = Vault.open(folder, datasets.PASSPHRASE, auto_backup=False)
        peer = core.make_peer(scratch.root, lambda msg: None)
        try:
            ids = [r[0] for r in vault.conn.execute("SELECT id FROM entries ORDER BY rowid")]
            image = b"\x89PNG\r\n\x1a\n" + os.urandom(SMALL - 8)
            import io

            for n, entry_id in enumerate(ids[::EVERY]):
                vault.attachments.add(entry_id, io.BytesIO(image[:-4] + n.to_bytes(4, "big")), name=f"photo-{n}.png")
            datasets.build_floor(vault.conn, floor_path).close()
            floor = datasets.open_floor(floor_path)
            name = "Vault 1k"
            core.pair(vault, name, peer)
            out: dict[str, Any] = {"attachments": len(ids[::EVERY]), "attachment_bytes": SMALL * len(ids[::EVERY])}
            for metric, fn in (("export_1k", lambda: core.export_1k(vault, floor, 1_000, peer, scratch.root, reps)),
                               ("import_1k", lambda: core.import_1k(vault, name, 1_000, peer, scratch.root, reps))):
                result = fn()
                m = run.BY_NAME[metric]
                out[metric] = {"value_ms": round(result.value.stat(m.statistic), 1),
                               "floor_ms": round(result.floor.stat(m.statistic), 1),
                               "ratio": round(result.ratio, 2), "budget": m.budget, "pass": result.ratio <= m.budget}
            floor.close()
            return out
        finally:
            peer.lock()
            vault.lock()
    finally:
        scratch.remove()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.attachments")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--quick", action="store_const", dest="mode", const="quick")
    g.add_argument("--full", action="store_const", dest="mode", const="full")
    p.add_argument("--child", nargs=2, metavar=("WORK", "SIZE"), help=argparse.SUPPRESS)
    p.add_argument("--skip-bundles", action="store_true")
    args = p.parse_args(argv)
    if args.child:
        print(json.dumps(child(Path(args.child[0]), int(args.child[1]))))
        return 0
    import tempfile

    mode = args.mode or "quick"
    with tempfile.TemporaryDirectory(prefix="mv-bench-attach-") as tmp:
        report: dict[str, Any] = {"mode": mode, "streaming": streaming(SIZES[mode], Path(tmp))}
        if not args.skip_bundles:
            report["bundles_with_small_attachments"] = bundles(Path(tmp), 3 if mode == "quick" else 10)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "attachments.json").write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))
    s = report["streaming"]
    ok = s["attach"]["pass"] and s["save_copy"]["pass"]
    b = report.get("bundles_with_small_attachments")
    if b is not None:
        ok = ok and b["export_1k"]["pass"] and b["import_1k"]["pass"]
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
