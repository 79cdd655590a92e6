"""jrnl, the Python command-line encrypted journal, side by side with MentorVault's CLI.

jrnl is installed into its own venv (``benchmarks/cache/jrnl-venv``, ``pip install jrnl``),
never into the project's.  For each size it gets a private HOME with a config file and
an encrypted journal holding the same entries as the MentorVault vault (the same
deterministic stream: title, body and the text of the structured fields), encrypted
with jrnl's own current format.  jrnl is given its password non-interactively through
a keyring backend that reads an environment variable (``envkeyring.py``).

Both tools are timed from the command line, as a user runs them, process start to exit:

* add one entry: ``mentorvault add reflection --title ... --body ...`` vs ``jrnl "Title. body"``
* search a word: ``mentorvault search WORD`` (20 hits with snippets) vs ``jrnl -contains WORD -n 20``

Each pays its own key derivation on every command: Argon2id at the calibrated
parameters (about 0.5 s, 256 MiB) for MentorVault, PBKDF2-SHA256 with 100,000
iterations for jrnl (twice when it writes: once to read, once with a fresh salt).
The ratios are informational (no budget).
"""

from __future__ import annotations

import datetime as _dt
import os
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks import corpus
from benchmarks.datasets import CACHE, PASSPHRASE
from benchmarks.stats import Series

JRNL_SPEC = "jrnl==4.6"
VENV = CACHE / "jrnl-venv"
HERE = Path(__file__).resolve().parent
JRNL_PASSWORD = "benchmark jrnl password"  # protects only synthetic benchmark data
SEARCH_WORD = "honestly"
TIMEFORMAT = "%Y-%m-%d %I:%M:%S %p"  # jrnl's default "%F %r"

Log = Callable[[str], None]


def ensure_jrnl(log: Log) -> tuple[Path, str]:
    """jrnl in its own venv under the cache; installed on first use."""
    exe = VENV / "bin" / "jrnl"
    if not exe.exists():
        log(f"installing {JRNL_SPEC} into {VENV} (once)")
        shutil.rmtree(VENV, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        subprocess.run([str(VENV / "bin" / "python"), "-m", "pip", "install", "--quiet", JRNL_SPEC], check=True)
    out = subprocess.run([str(exe), "--version"], capture_output=True, text=True, check=True).stdout
    return exe, (out.split()[1] if len(out.split()) > 1 else out.strip())


def _entry_text(raw: corpus.RawEntry) -> str:
    from mentorvault.domain.entry import searchable_text

    extra = searchable_text(raw.fields)
    return f"{raw.title}.\n{raw.body}" + (f"\n\n{extra}" if extra else "")


def _when(raw: corpus.RawEntry) -> _dt.datetime:
    return _dt.datetime.fromisoformat(raw.saved_at.replace("Z", "+00:00")).replace(tzinfo=None)


def _config(journal: Path, version: str) -> str:
    return "\n".join([
        f"version: v{version.lstrip('v')}",
        "colors: {body: none, date: none, tags: none, title: none}",
        "default_hour: 9",
        "default_minute: 0",
        "editor: ''",
        "encrypt: true",
        "highlight: false",
        "indent_character: '|'",
        f"journals: {{default: {{journal: '{journal}', encrypt: true}}}}",
        "linewrap: 79",
        "tagsymbols: '#@'",
        "template: false",
        "timeformat: '%F %r'",
        "",
    ])


def build_journal(home: Path, size: int, version: str) -> dict[str, str]:
    """A private HOME holding an encrypted jrnl journal of the first ``size`` corpus entries."""
    (home / ".config" / "jrnl").mkdir(parents=True, exist_ok=True)
    (home / ".local" / "share").mkdir(parents=True, exist_ok=True)
    plain = home / "journal.plain"
    journal = home / "journal.txt"
    with open(plain, "w", encoding="utf-8") as fh:
        for raw in corpus.entries(size):
            fh.write(f"[{_when(raw).strftime(TIMEFORMAT)}] {_entry_text(raw)}\n\n")
    env = jrnl_env(home)
    subprocess.run([str(VENV / "bin" / "python"), str(HERE / "encrypt_journal.py"), str(plain), str(journal)],
                   env=env, check=True)
    plain.unlink()
    (home / ".config" / "jrnl" / "jrnl.yaml").write_text(_config(journal, version))
    return env


def jrnl_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "XDG_"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local" / "share"),
               PYTHONPATH=str(HERE), PYTHON_KEYRING_BACKEND="envkeyring.EnvKeyring",
               BENCH_JRNL_PASSWORD=JRNL_PASSWORD, NO_COLOR="1", TERM="dumb", LC_ALL="C.UTF-8")
    return env


def _run(argv: list[str], env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.run(argv, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    elapsed = (time.perf_counter() - start) * 1000
    if proc.returncode != 0:
        raise RuntimeError(f"{Path(argv[0]).name} failed ({proc.returncode}): {proc.stderr.strip()[-400:]}")
    return elapsed, proc.stdout


def measure(scratch: Any, sizes: list[int], reps: int, log: Log) -> dict[str, Any]:
    """Add one entry and search one word in both tools, at each size; ratios MentorVault / jrnl."""
    exe, version = ensure_jrnl(log)
    mentorvault = str(Path(sys.executable).parent / "mentorvault")
    vocab = corpus.Vocabulary.build()
    rng = random.Random(corpus.SEED + 9)
    out: dict[str, Any] = {"jrnl_version": version, "search_word": SEARCH_WORD, "sizes": {}}
    for size in sizes:
        log(f"  jrnl peer at {size:,} entries")
        home = scratch.root / f"jrnl-{size}"
        jenv = build_journal(home, size, version)
        folder = scratch.copy_vault(size, f"cli-vault-{size}")
        menv = dict(os.environ, **scratch.env(), MENTORVAULT_PASSPHRASE=PASSPHRASE)
        mv = [mentorvault, "--vault", str(folder)]
        # Warm-up (not timed): MentorVault's first unlock of the day writes its daily backup; both fill caches.
        _run(mv + ["list", "--limit", "1"], menv)
        _run([str(exe), "-n", "1"], jenv)
        series = {k: Series() for k in ("mv_add", "jrnl_add", "mv_search", "jrnl_search")}
        hits: dict[str, int] = {}
        for i in range(reps):
            title = " ".join(vocab.sample(rng, 6)).capitalize()
            body = " ".join(vocab.sample(rng, 200))
            pairs = [("mv_add", mv + ["add", "reflection", "--title", title, "--body", body,
                                      "--field", "prompt=What did this week teach me?"], menv),
                     ("jrnl_add", [str(exe), f"{title}. {body}"], jenv)]
            for name, argv, env in (pairs if i % 2 else pairs[::-1]):
                series[name].add(_run(argv, env)[0])
            pairs = [("mv_search", mv + ["search", SEARCH_WORD], menv),
                     ("jrnl_search", [str(exe), "-contains", SEARCH_WORD, "-n", "20"], jenv)]
            for name, argv, env in (pairs if i % 2 else pairs[::-1]):
                ms, text = _run(argv, env)
                series[name].add(ms)
                if name == "mv_search":
                    hits[name] = sum(1 for line in text.splitlines() if line and not line.startswith(" "))
                else:
                    hits[name] = sum(1 for line in text.splitlines() if line.startswith("[") or
                                     (len(line) > 20 and line[:4].isdigit() and line[4] == "-"))
        out["sizes"][str(size)] = {
            "add": {"mentorvault_ms": series["mv_add"].to_json(), "jrnl_ms": series["jrnl_add"].to_json(),
                    "ratio": _ratio(series["mv_add"], series["jrnl_add"])},
            "search": {"mentorvault_ms": series["mv_search"].to_json(), "jrnl_ms": series["jrnl_search"].to_json(),
                       "ratio": _ratio(series["mv_search"], series["jrnl_search"]),
                       "hits_shown": {"mentorvault": hits.get("mv_search"), "jrnl": hits.get("jrnl_search")}},
            "journal_bytes": (home / "journal.txt").stat().st_size,
        }
        shutil.rmtree(home, ignore_errors=True)
        shutil.rmtree(folder, ignore_errors=True)
    return out


def _ratio(a: Series, b: Series) -> float | None:
    return round(a.median / b.median, 3) if b.median else None
