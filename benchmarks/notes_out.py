"""Writing notes out: how long export-to takes for 1,000 entries in each format, and how much memory an
export needs when an entry carries a 200 MB attachment (streamed, so it should not grow by 200 MB).

    .venv/bin/python -m benchmarks.notes_out [--entries N] [--attachment-mib M] [--reps R]

Prints one JSON object. Each export runs as the real CLI in its own process; its peak memory is that
process's ru_maxrss (os.wait4), next to the same command on the same vault without the attachment.
A throwaway vault (quick KDF profile) in a temporary folder, deleted afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

PASSPHRASE = "benchmark lantern orchard quiet river"
PARAGRAPH = ("We talked about the next step of the project and how to ask for help early. "
             "She wants to lead the critique herself next time, and we agreed on two small steps. ")


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ, MENTORVAULT_KDF_PROFILE="minimum", MENTORVAULT_TESTING="1",
               MENTORVAULT_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen")
    env["HOME"] = str(home)
    return env


def _run(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak MiB of one CLI process."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "mentorvault", *args], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{args}: failed: {proc.stderr.read().decode() if proc.stderr else status}")
    return seconds, usage.ru_maxrss / 1024


def measure(entries: int, attachment_mib: int, reps: int) -> dict[str, Any]:
    os.environ.setdefault("MENTORVAULT_KDF_PROFILE", "minimum")
    os.environ.setdefault("MENTORVAULT_TESTING", "1")
    from mentorvault.vault import Vault

    root = Path(tempfile.mkdtemp(prefix="mentorvault-bench-notes-out-"))
    try:
        env = _env(root)
        folder = root / "vault"
        vault, _ = Vault.create(folder, PASSPHRASE)
        try:
            for n in range(entries):
                vault.entries.add("session-note", f"Session {n}", PARAGRAPH * 6,
                                  {"session_date": f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}",
                                   "micro_goals": ["Ask early", "Lead the critique"]}, tags=["work", f"t{n % 7}"])
            big_id = vault.entries.add("resource", "The big one", "", {"link": "example"}).id
        finally:
            vault.lock()
        out: dict[str, Any] = {"entries": entries}
        for fmt in ("markdown", "json", "pdf"):
            times = []
            for r in range(reps):
                target = root / f"out-{fmt}-{r}" if fmt == "markdown" else root / f"out-{r}.{fmt}"
                seconds, rss = _run(["--vault", str(folder), "export-to", fmt, str(target), "--kind", "session-note"],
                                    env)
                times.append(seconds)
                shutil.rmtree(target, ignore_errors=True) if target.is_dir() else target.unlink()
            out[f"export_{fmt}_s"] = round(statistics.median(times), 2)
            out[f"export_{fmt}_peak_mib"] = round(rss, 1)
        vault = Vault.open(folder, PASSPHRASE)
        try:
            if not hasattr(vault, "attachments"):
                out["attachment"] = "vault.attachments is not in this tree"
                return out
            blob = root / "big.bin"
            with open(blob, "wb") as fh:
                chunk = os.urandom(1024 * 1024)
                for _ in range(attachment_mib):
                    fh.write(chunk)
            vault.attachments.add(big_id, blob, name="big.bin", media_type="application/octet-stream")
            blob.unlink()
            small_id = vault.entries.add("resource", "Small", "", {"link": "x"}).id
        finally:
            vault.lock()
        for fmt in ("markdown", "json"):
            target = root / f"att-{fmt}" if fmt == "markdown" else root / "att.json"
            base_target = root / f"base-{fmt}" if fmt == "markdown" else root / "base.json"
            _, base = _run(["--vault", str(folder), "export-to", fmt, str(base_target), "--id", small_id], env)
            seconds, peak = _run(["--vault", str(folder), "export-to", fmt, str(target), "--id", big_id], env)
            out[f"attachment_{fmt}"] = {"mib": attachment_mib, "seconds": round(seconds, 2),
                                        "peak_mib": round(peak, 1), "peak_without_mib": round(base, 1),
                                        "growth_mib": round(peak - base, 1)}
        return out
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1000)
    parser.add_argument("--attachment-mib", type=int, default=200)
    parser.add_argument("--reps", type=int, default=3)
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.entries, args.attachment_mib, args.reps), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
