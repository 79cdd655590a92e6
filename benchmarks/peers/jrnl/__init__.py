"""jrnl, the Python command-line encrypted journal, side by side with MentorVault's CLI, on equal terms.

jrnl is installed into its own venv (``benchmarks/cache/jrnl-venv``, ``pip install jrnl==4.6``),
never into the project's.  For each size it gets a private HOME with a config file and
an encrypted journal holding the same entries as the MentorVault vault (the same
deterministic stream: title, body and the text of the structured fields), encrypted
with jrnl's own current format.

Both read their secret from the same real Secret Service, started for the run
(:func:`secret_service`: a private D-Bus session bus and ``gnome-keyring-daemon``, as
``tools/run-tests.sh`` does): jrnl its journal password (``keyring`` service ``jrnl``,
as jrnl's own "store the password in your keychain" does), MentorVault the device key
of ``mentorvault remember`` (``mentorvault --device``).  Neither pays a passphrase KDF per
command then: jrnl still derives its Fernet key with PBKDF2-SHA256 (100,000 iterations)
from the password, twice when it writes; MentorVault unwraps its data key with the
device secret.

Both tools are timed from the command line, as a user runs them, process start to exit:

* add one entry: ``mentorvault --device add reflection --title ... --body ...`` vs ``jrnl "Title. body"``
* search a word: ``mentorvault --device search WORD`` (20 hits with snippets) vs ``jrnl -contains WORD -n 20``

Before timing, each vault copy gets its search index's deferred upkeep done (untimed,
:func:`tidy_index`), the state a vault filled by saves is in.  ``mentorvault remember``, the
day's first command that writes, makes the daily backup (untimed: 30 s at 50,000 entries);
then one untimed add in both fills the page cache.

The ratio is jrnl / MentorVault (how many times faster MentorVault is).  MentorVault's
growth compares it with itself: at each larger size the same command on the smallest
vault runs right before or after each timed one, and the growth is the median of those
paired quotients, so the machine's load, which changes from minute to minute, cancels.  One jrnl
command may take at most ``JRNL_CAP_S`` seconds; a capped command is recorded at the
cap (so its median and the ratio are lower bounds) and its remaining repetitions at that
size are skipped.  MentorVault's commands run four times as often as jrnl's (they take
a fraction of a second), interleaved the same way.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from benchmarks import corpus
from benchmarks.datasets import CACHE, PASSPHRASE
from benchmarks.stats import Series

JRNL_SPEC = "jrnl==4.6"
VENV = CACHE / "jrnl-venv"
HERE = Path(__file__).resolve().parent
JRNL_PASSWORD = "benchmark jrnl password"  # protects only synthetic benchmark data
KEYRING_PASSWORD = "benchmark keyring"  # unlocks only the run's throwaway keyring
SEARCH_WORD = "honestly"
TIMEFORMAT = "%Y-%m-%d %I:%M:%S %p"  # jrnl's default "%F %r"
JRNL_CAP_S = float(os.environ.get("BENCH_JRNL_CAP_S", "300"))
MV_REPS_PER_JRNL = 4  # MentorVault's commands are cheap: more of them steady its growth against the machine's load

Log = Callable[[str], None]


class Capped(Exception):
    """A jrnl command ran into the time cap and was stopped."""


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


@contextlib.contextmanager
def secret_service(root: Path, log: Log) -> Iterator[dict[str, str]]:
    """A real Secret Service for the run: a private D-Bus session bus and gnome-keyring-daemon.

    Yields the environment a client needs to reach it; both daemons are stopped (by their
    own process ids) and their folder removed at the end.
    """
    for tool in ("dbus-daemon", "gnome-keyring-daemon"):
        if shutil.which(tool) is None:
            raise RuntimeError(f"{tool} is not installed; the peer comparison needs a real Secret Service")
    folder = root / "secret-service"
    shutil.rmtree(folder, ignore_errors=True)
    for sub in ("home", "run"):
        (folder / sub).mkdir(parents=True)
    os.chmod(folder / "run", 0o700)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "GNOME_KEYRING"))}
    env.update(HOME=str(folder / "home"), XDG_RUNTIME_DIR=str(folder / "run"),
               XDG_DATA_HOME=str(folder / "home" / ".local" / "share"))
    bus = subprocess.run(["dbus-daemon", "--session", "--fork", "--nopidfile", "--print-address=1",
                          "--print-pid=1", f"--address=unix:path={folder / 'run' / 'bus'}"],
                         env=env, capture_output=True, text=True, check=True, timeout=30)
    address, bus_pid = bus.stdout.split()[:2]
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    keyring_daemon = None
    try:
        keyring_daemon = subprocess.Popen(
            ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"], env=env,
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True)
        assert keyring_daemon.stdin is not None
        keyring_daemon.stdin.write(KEYRING_PASSWORD)
        keyring_daemon.stdin.close()
        client = {"DBUS_SESSION_BUS_ADDRESS": address}
        probe = ("import keyring, keyring.backends.SecretService as s; "
                 "assert isinstance(keyring.get_keyring(), s.Keyring), keyring.get_keyring(); "
                 "keyring.set_password('mentorvault-benchmark', 'probe', 'ok'); "
                 "assert keyring.get_password('mentorvault-benchmark', 'probe') == 'ok'")
        deadline = time.monotonic() + 20
        while True:
            proc = subprocess.run([sys.executable, "-c", probe], env={**env, **client}, capture_output=True,
                                  text=True)
            if proc.returncode == 0:
                break
            if time.monotonic() > deadline or keyring_daemon.poll() is not None:
                raise RuntimeError(f"the Secret Service did not answer: {proc.stderr.strip()[-300:]}")
            time.sleep(0.2)
        log(f"  Secret Service: gnome-keyring-daemon (pid {keyring_daemon.pid}) on a private D-Bus session bus")
        yield client
    finally:
        if keyring_daemon is not None:
            keyring_daemon.terminate()
            try:
                keyring_daemon.wait(10)
            except subprocess.TimeoutExpired:
                keyring_daemon.kill()
                keyring_daemon.wait()
        with contextlib.suppress(ProcessLookupError):
            os.kill(int(bus_pid), 15)
        shutil.rmtree(folder, ignore_errors=True)


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


def build_journal(home: Path, size: int, version: str, keyring_env: dict[str, str]) -> dict[str, str]:
    """A private HOME holding an encrypted jrnl journal of the first ``size`` corpus entries,
    its password stored in the Secret Service where jrnl looks for it."""
    (home / ".config" / "jrnl").mkdir(parents=True, exist_ok=True)
    (home / ".local" / "share").mkdir(parents=True, exist_ok=True)
    plain = home / "journal.plain"
    journal = home / "journal.txt"
    with open(plain, "w", encoding="utf-8") as fh:
        for raw in corpus.entries(size):
            fh.write(f"[{_when(raw).strftime(TIMEFORMAT)}] {_entry_text(raw)}\n\n")
    env = jrnl_env(home, keyring_env)
    subprocess.run([str(VENV / "bin" / "python"), str(HERE / "encrypt_journal.py"), str(plain), str(journal)],
                   env={**env, "BENCH_JRNL_PASSWORD": JRNL_PASSWORD}, check=True)
    plain.unlink()
    subprocess.run([str(VENV / "bin" / "python"), "-c",
                    "import os, keyring; keyring.set_password('jrnl', 'default', os.environ['BENCH_JRNL_PASSWORD'])"],
                   env={**env, "BENCH_JRNL_PASSWORD": JRNL_PASSWORD}, check=True)
    (home / ".config" / "jrnl" / "jrnl.yaml").write_text(_config(journal, version))
    return env


def jrnl_env(home: Path, keyring_env: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "VIRTUAL_ENV", "XDG_", "DBUS_", "MENTORVAULT_"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local" / "share"),
               NO_COLOR="1", TERM="dumb", LC_ALL="C.UTF-8", **keyring_env)
    return env


def tidy_index(folder: Path) -> float:
    """Finish the search index's deferred upkeep in a vault copy (untimed); returns the seconds it took.

    The cached vaults are built in bulk, which leaves FTS5 segment merging for later (about
    2 s of it at 50,000 entries).  A vault filled by saves has it done by the app when idle,
    and by every command at lock (up to 0.5 s each): without this the first few timed
    commands at a size would pay the bulk build's backlog.
    """
    from mentorvault.vault import Vault

    vault = Vault.open(folder, PASSPHRASE, auto_backup=False)
    started = time.perf_counter()
    try:
        while vault.tidy_index(5.0):
            pass
    finally:
        vault.lock()
    return time.perf_counter() - started


def _run(argv: list[str], env: dict[str, str], cap: float | None = None) -> tuple[float, str]:
    start = time.perf_counter()
    try:
        proc = subprocess.run(argv, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=cap)
    except subprocess.TimeoutExpired:
        raise Capped() from None
    elapsed = (time.perf_counter() - start) * 1000
    if proc.returncode != 0:
        raise RuntimeError(f"{Path(argv[0]).name} failed ({proc.returncode}): {proc.stderr.strip()[-400:]}")
    return elapsed, proc.stdout


def measure(scratch: Any, sizes: list[int], reps: int, log: Log) -> dict[str, Any]:
    """Add one entry and search one word in both tools, at each size, both unlocking through the keyring."""
    exe, version = ensure_jrnl(log)
    with secret_service(scratch.root, log) as keyring_env:
        return _measure(scratch, exe, version, keyring_env, sizes, reps, log)


def _measure(scratch: Any, exe: Path, version: str, keyring_env: dict[str, str], sizes: list[int], reps: int,
             log: Log) -> dict[str, Any]:
    mentorvault = str(Path(sys.executable).parent / "mentorvault")
    vocab = corpus.Vocabulary.build()
    rng = random.Random(corpus.SEED + 9)
    out: dict[str, Any] = {"jrnl_version": version, "search_word": SEARCH_WORD, "unlock": "keyring",
                           "jrnl_cap_s": JRNL_CAP_S, "sizes": {}}
    base = {k: v for k, v in os.environ.items() if not k.startswith(("MENTORVAULT_", "DBUS_"))}
    menv = {**base, **scratch.env(), **keyring_env}
    # MentorVault's growth is measured against the smallest vault timed in the same minutes (its commands
    # interleaved with the larger size's), so a change in the machine's load between sizes does not count.
    reference: list[str] | None = None
    first: dict[str, float] = {}
    try:
        for size in sizes:
            log(f"  jrnl peer at {size:,} entries")
            home = scratch.root / f"jrnl-{size}"
            jenv = build_journal(home, size, version, keyring_env)
            folder = scratch.copy_vault(size, f"cli-vault-{size}")
            upkeep_s = tidy_index(folder)
            mv = [mentorvault, "--vault", str(folder)]
            # Once, with the passphrase: the device key goes into the keyring; every timed command uses it.
            _run(mv + ["remember"], {**menv, "MENTORVAULT_PASSPHRASE": PASSPHRASE})
            mv.append("--device")
            ref = reference

            def adds(title: str, body: str, mv: list[str] = mv, ref: list[str] | None = ref,
                     jenv: dict[str, str] = jenv) -> list[tuple[str, list[str], dict[str, str]]]:
                args = ["add", "reflection", "--title", title, "--body", body,
                        "--field", "prompt=What did this week teach me?"]
                return [("jrnl_add", [str(exe), f"{title}. {body}"], jenv), ("mv_add", mv + args, menv)] + (
                    [("ref_add", ref + args, menv)] if ref else [])

            def text() -> tuple[str, str]:
                return " ".join(vocab.sample(rng, 6)).capitalize(), " ".join(vocab.sample(rng, 200))

            # Warm-up (not timed), the same entry in both: both fill the page cache (MentorVault's daily
            # backup was made by `remember`, the day's first command that writes).
            capped: set[str] = set()
            for name, argv, env in adds(*text()):
                if name != "ref_add":
                    try:
                        _run(argv, env, JRNL_CAP_S if name.startswith("jrnl") else None)
                    except Capped:
                        log(f"  {name} (warm-up) at {size:,}: stopped at the cap of {JRNL_CAP_S:.0f} s")
                        capped.add(name)
            series = {k: Series() for k in ("mv_add", "jrnl_add", "ref_add", "mv_search", "jrnl_search",
                                            "ref_search")}
            hits: dict[str, int] = {}
            paired: dict[str, list[float]] = {"add": [], "search": []}
            for i in range(reps * MV_REPS_PER_JRNL):
                searches = [("jrnl_search", [str(exe), "-contains", SEARCH_WORD, "-n", "20"], jenv),
                            ("mv_search", mv + ["search", SEARCH_WORD], menv)] + (
                    [("ref_search", ref + ["search", SEARCH_WORD], menv)] if ref else [])
                for group in (adds(*text()), searches):  # MentorVault's two vaults always one after the other
                    this_rep: dict[str, float] = {}
                    for name, argv, env in (group if i % 2 else group[::-1]):
                        if name in capped or (name.startswith("jrnl") and i >= reps):
                            continue
                        jrnl_op = name.startswith("jrnl")
                        try:
                            ms, stdout = _run(argv, env, JRNL_CAP_S if jrnl_op else None)
                        except Capped:
                            log(f"  {name} at {size:,}: stopped at the cap of {JRNL_CAP_S:.0f} s")
                            capped.add(name)
                            continue
                        series[name].add(ms)
                        this_rep[name] = ms
                        if name == "mv_search":
                            hits[name] = sum(1 for line in stdout.splitlines() if line and not line.startswith(" "))
                        elif name == "jrnl_search":
                            hits[name] = sum(1 for line in stdout.splitlines() if line.startswith("[") or
                                             (len(line) > 20 and line[:4].isdigit() and line[4] == "-"))
                    op = group[0][0].split("_")[1]
                    if f"ref_{op}" in this_rep and f"mv_{op}" in this_rep:
                        paired[op].append(this_rep[f"mv_{op}"] / this_rep[f"ref_{op}"])
            for name in capped:  # a capped command counts at the cap: its median is a lower bound
                series[name].add(JRNL_CAP_S * 1000)
            rec: dict[str, Any] = {}
            for op in ("add", "search"):
                mvs, js, refs = series[f"mv_{op}"], series[f"jrnl_{op}"], series[f"ref_{op}"]
                first.setdefault(op, mvs.median)
                rec[op] = {"mentorvault_ms": mvs.to_json(), "jrnl_ms": js.to_json(), "ratio": _ratio(js, mvs),
                           "mentorvault_growth": {
                               "over_size": sizes[0],
                               "ratio": round(statistics.median(paired[op]), 3) if paired[op] else 1.0,
                               "ratio_of_medians": round(mvs.median / refs.median, 3) if refs.n else 1.0,
                               "reference_ms": refs.to_json() if refs.n else mvs.to_json(),
                               "across_runs": round(mvs.median / first[op], 3)}}
                if f"jrnl_{op}" in capped:
                    rec[op]["jrnl_capped_at_s"] = JRNL_CAP_S
                growth = rec[op]["mentorvault_growth"]["ratio"]
                cap = " (cap)" if f"jrnl_{op}" in capped else ""
                log(f"  {op:<6} at {size:>6,}: mentorvault {mvs.median:6.0f} ms (x{growth} its {sizes[0]:,})   "
                    f"jrnl {js.median:7.0f} ms{cap}   jrnl/mentorvault {rec[op]['ratio']}")
            rec["search"]["hits_shown"] = {"mentorvault": hits.get("mv_search"), "jrnl": hits.get("jrnl_search")}
            rec["journal_bytes"] = (home / "journal.txt").stat().st_size
            rec["index_upkeep_before_s"] = round(upkeep_s, 1)
            out["sizes"][str(size)] = rec
            shutil.rmtree(home, ignore_errors=True)
            if reference is None:
                reference = mv  # the smallest vault stays for the growth of the larger ones
            else:
                shutil.rmtree(folder, ignore_errors=True)
    finally:
        if reference is not None:
            shutil.rmtree(reference[2], ignore_errors=True)
    return out


def _ratio(jrnl: Series, mentorvault: Series) -> float | None:
    """jrnl's median over MentorVault's: how many times faster MentorVault is."""
    return round(jrnl.median / mentorvault.median, 3) if mentorvault.median else None
