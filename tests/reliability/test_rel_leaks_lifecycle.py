"""A planted marker, written through the CLI across create, edit, search, export, import, lock and crash,
never appears in plain text in any file the processes wrote.

Two people, each with a vault made by 'mentorvault init'.  Sam writes the marker into titles, bodies,
fields and tags with 'add' and 'edit' (bodies on stdin, so the test itself writes no plaintext file),
searches for it, shares it and exports a bundle; Priya imports it and reads her inbox and meeting prep;
a facade session locks.  Then both CLIs are killed with SIGKILL in the middle of writing (a large add,
an import, an export), several times, at random moments.  Finally every file under both vault
folders, the bundle folder, TMPDIR, HOME and the XDG folders (config, data, cache, state, runtime)
is searched for the marker as UTF-8, UTF-16 and base64.  Complements tests/security/test_leaks.py
(facade and CLI entry commands, backups and restores, error paths).
"""

from __future__ import annotations

import json
import os
import random
import re
import resource
import secrets
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from mentorvault.vault import Vault

from exchange_support import run_cli_inprocess
from reliability_support import REPO, SEED, figure, run_cli
from sqlcipher_pages import forms

ISOLATED = bool(os.environ.get("MENTORVAULT_TEST_SCRATCH"))


def _roots(extra: Iterable[Path]) -> list[Path]:
    roots = list(extra) + [Path(tempfile.gettempdir())]
    if ISOLATED:  # tools/run-tests.sh gives the run a private HOME and XDG folders
        home = Path(os.environ["HOME"])
        roots += [home] + [Path(os.environ[v]) for v in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                                                         "XDG_STATE_HOME", "XDG_RUNTIME_DIR") if os.environ.get(v)]
    return roots


def _scan(roots: Iterable[Path], needles: list[bytes]) -> tuple[list[str], int]:
    pattern = re.compile(b"|".join(re.escape(n) for n in needles))
    hits, scanned, seen = [], 0, set()
    for root in roots:
        if not root.exists():
            continue
        for path in [root] if root.is_file() else root.rglob("*"):
            try:
                real = path.resolve()
                if real in seen or not path.is_file() or path.is_symlink():
                    continue
                seen.add(real)
                data = path.read_bytes()
            except OSError:
                continue
            scanned += 1
            match = pattern.search(data)
            if match:
                hits.append(f"{path}: {match.group()!r}")
    return hits, scanned


def _spawn(args: list[str], folder: Path, passphrase: str) -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    env["MENTORVAULT_PASSPHRASE"] = passphrase
    return subprocess.Popen([sys.executable, "-m", "mentorvault", "--vault", str(folder), *args],
                            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                            cwd=REPO)



def test_a_marker_never_lands_in_plain_text_through_the_cli_life_cycle(tmp_path: Path) -> None:
    marker = "mkl" + secrets.token_hex(9)
    passphrase = f"harbour {secrets.token_hex(5)} lantern orbit"
    rng = random.Random(SEED + 11)
    sam, priya = tmp_path / "sam", tmp_path / "priya"
    bundles = tmp_path / "bundles"
    bundles.mkdir()
    outputs: list[str] = []

    def cli(*args: str, vault: Path, expect: int = 0, stdin: str | None = None) -> Any:
        result = run_cli(*args, vault=vault, input=stdin, passphrase=passphrase)
        assert result.returncode == expect, (args, result.stderr)
        outputs.append(result.stderr)
        return result

    # ---- create, cards, verification (both through the CLI)
    recovery = {}
    for who, folder in (("Sam", sam), ("Priya", priya)):
        recovery[who] = json.loads(cli("--json", "init", vault=folder).stdout)["recovery_key"]
        cli("card", "export", str(tmp_path / f"{who}.card"), "--name", who, vault=folder)
    for other, folder in (("Priya", sam), ("Sam", priya)):
        added = json.loads(cli("--json", "partner", "add", other, "--card", str(tmp_path / f"{other}.card"),
                               vault=folder).stdout)
        cli("partner", "verify", other, "--fingerprint", " ".join(added["words"]), vault=folder)

    # ---- add, edit, search, consent, export
    goal = json.loads(cli("--json", "add", "goal", "--title", f"Goal {marker}", "--body-file", "-",
                          "--field", f"why=because {marker}", "--field", f"micro_goals=step {marker}",
                          "--tag", f"t{marker}", "--partner", "Priya", vault=sam,
                          stdin=f"# Body\n{marker} in Markdown\n").stdout)["id"]
    note = json.loads(cli("--json", "add", "feedback", "--title", "Feedback", "--body-file", "-",
                          "--field", f"from_whom={marker}", "--field", "date=2026-03-01", "--field", "format=sbi",
                          vault=sam, stdin=f"{marker} said\n").stdout)["id"]
    cli("edit", goal, "--body-file", "-", "--field", f"success_criteria=done {marker}", vault=sam,
        stdin=f"edited {marker}\n")
    assert marker in cli("search", marker, vault=sam).stdout
    cli("history", goal, vault=sam)
    for entry_id in (goal, note):
        cli("consent", "grant", entry_id, "--to", "Priya", "--yes", vault=sam)
    cli("export", "--to", "Priya", "--out", str(bundles / "to-priya.mvb"), vault=sam)

    # ---- import, inbox, prep on the other side
    cli("import", str(bundles / "to-priya.mvb"), vault=priya)
    assert marker in cli("inbox", vault=priya).stdout
    cli("prep", "Sam", vault=priya)

    # ---- a facade session that locks (what the window does on Ctrl+L or idle)
    v = Vault.open(sam, recovery_key=recovery["Sam"])
    assert v.entries.get(goal).title == f"Goal {marker}"
    v.lock()

    # ---- crashes: SIGKILL in the middle of writing, at moments spread over how long each command takes
    def timed(args: list[str], folder: Path, body: bytes | None = None) -> float:
        t0 = time.perf_counter()
        child = _spawn(args, folder, passphrase)
        assert child.stdin is not None
        if body is not None:
            child.stdin.write(body)
        child.stdin.close()
        assert child.wait(timeout=120) == 0, args
        return time.perf_counter() - t0

    def killed(args: list[str], folder: Path, after: float, body: bytes | None = None) -> bool:
        child = _spawn(args, folder, passphrase)
        assert child.stdin is not None
        if body is not None:
            child.stdin.write(body)
        child.stdin.close()
        time.sleep(after)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        return child.returncode == -signal.SIGKILL

    kills = attempts = 0
    big = (("lorem ipsum " * 40_000 + marker + "\n") * 8).encode()
    add = ["add", "struggle-story", "--title", f"Crash {marker}", "--field", f"situation={marker}",
           "--body-file", "-"]
    t_add = timed(add, sam, big)
    for _ in range(5):  # a large add (the body through stdin), killed while it unlocks, validates, writes or commits
        attempts += 1
        kills += killed(add, sam, rng.uniform(0.5, 0.98) * t_add, big)
    for i in range(3):  # an export on one side and an import on the other, killed mid-way
        e = json.loads(cli("--json", "add", "agenda", "--title", f"Agenda {marker} {i}", "--field",
                           "meeting_date=2026-04-01", "--field", f"items={marker}", "--body-file", "-", vault=sam,
                           stdin=f"{marker}\n" * 50_000).stdout)["id"]
        cli("consent", "grant", e, "--to", "Priya", "--yes", vault=sam)
        export = ["export", "--to", "Priya", "--out", str(bundles / f"crash-{i}.mvb")]
        t_export = timed(["export", "--to", "Priya", "--preview"], sam)
        attempts += 1
        kills += killed(export, sam, rng.uniform(0.6, 1.3) * t_export)
        cli("export", "--to", "Priya", "--out", str(bundles / f"after-crash-{i}.mvb"), vault=sam)
        t_import = timed(["import", "--dry-run", str(bundles / f"after-crash-{i}.mvb")], priya)
        attempts += 1
        kills += killed(["import", str(bundles / f"after-crash-{i}.mvb")], priya, rng.uniform(0.6, 1.1) * t_import)

    # Core dumps: the CLI turns them off before it unlocks (a crash must not write the decrypted vault).
    calls: list[Any] = []
    real_setrlimit = resource.setrlimit

    def recording(which: int, limits: Any) -> None:
        calls.append((which, tuple(limits)))
        real_setrlimit(which, limits)

    resource.setrlimit = recording  # type: ignore[assignment]
    try:
        assert run_cli_inprocess("list", vault=sam, passphrase=passphrase).returncode == 0
    finally:
        resource.setrlimit = real_setrlimit  # type: ignore[assignment]
    assert (resource.RLIMIT_CORE, (0, 0)) in calls
    for folder in (sam, priya):
        assert "holds" in cli("check", vault=folder).stdout

    # ---- scan
    needles = forms(marker)
    for secret in (passphrase, *recovery.values()):
        needles += forms(secret)
    roots = _roots([sam, priya, bundles])
    hits, scanned = _scan(roots, needles)
    assert scanned >= 12  # at least: two vaults with their backups, the bundles and the cards
    assert hits == [], hits
    for text in outputs:
        assert marker not in text and "Traceback" not in text
    figure("leak scan through the CLI life cycle", f"marker in titles, bodies, fields and tags through init, "
           "add, edit, search, history, consent, export, import, inbox, prep and a facade lock, then "
           f"{kills} SIGKILLs (of {attempts} tries) mid-command (large adds, exports, imports): 0 hits in "
           f"{scanned} files under {len(roots)} roots (vaults, bundles, "
           f"TMPDIR{', HOME, XDG config/data/cache/state/runtime' if ISOLATED else ''}), as UTF-8, UTF-16 "
           "and base64; the CLI sets RLIMIT_CORE to 0 before unlocking",
           kills=kills, attempts=attempts, files=scanned, roots=len(roots), isolated=ISOLATED)
