"""Fork server for SIGKILL trials: imports MentorVault once, then forks one worker per trial.

Run as ``python crashworker.py`` by :class:`reliability_support.ForkServer`.  Protocol, one JSON
line each way per trial:

    request : {"op": "save", "args": {...}, "trigger": "ready", "delay": 0.12, "timeout": 60}
    response: {"lines": [...], "status": -9, "triggered": true, "ms_to_trigger": 31.0}

The server forks a worker that runs ``OPS[op](args, emit)``; the worker reports each finished
operation with ``emit(line)`` (one ``write`` to a pipe, so a line is either wholly reported or
not at all).  The server waits until a line starting with ``trigger`` arrives, sleeps ``delay``
seconds (still draining the pipe), sends SIGKILL, and returns every complete line.  Killing
from the server, before it reaps the worker, means the pid cannot have been reused.

A forked worker is the same code as the app minus Python's start-up (about 0.3 s), which is
what makes hundreds of trials affordable; ``tests/security/test_crash.py`` kills real
``python -c`` processes, start-up included.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import select
import signal
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("MENTORVAULT_KDF_PROFILE", "minimum")
os.environ.setdefault("MENTORVAULT_TESTING", "1")

import mentorvault.vault.folder as folder_module  # noqa: E402
from mentorvault.vault import Vault  # noqa: E402

Emit = Callable[[str], None]


class NoKeyring:
    """The workers never touch the OS keyring."""

    def get(self, vault_id: str) -> bytes | None:
        return None

    def set(self, vault_id: str, secret: bytes) -> None:
        raise AssertionError("a crash worker asked to store a device secret")

    def delete(self, vault_id: str) -> None:
        pass


def _open(folder: str, recovery: str, **kw: Any) -> Vault:
    # The recovery key (HKDF) instead of the passphrase (Argon2id): unlocking is not under test here.
    return Vault.open(folder, recovery_key=recovery, secret_store=NoKeyring(), auto_backup=False, **kw)


def _body(rng: random.Random, word: str) -> str:
    return "lorem ipsum dolor sit amet " * rng.randint(1, 150) + word


# ---------------------------------------------------------------- operations


def op_save(args: dict[str, Any], emit: Emit) -> None:
    """Add and edit entries for ever; report each save with its id, revision and content hash."""
    rng = random.Random(args["seed"])
    v = _open(args["folder"], args["recovery"])
    mine = list(args.get("ids", []))
    emit("ready")
    i = 0
    while True:
        i += 1
        if mine and rng.random() < 0.3:
            target = rng.choice(mine)
            emit(f"begin edit {target}")
            e = v.entries.update(target, body=_body(rng, f"edit{args['seed']}x{i}"),
                               tags=["crash", f"t{rng.randrange(5)}"])
            emit(f"edit {e.id} {e.rev} {e.content_hash}")
        else:
            word = f"w{args['seed']}x{i}"
            emit("begin add")
            fields = {"why": f"because {word}",
                      "micro_goals": [{"title": f"step {j}", "status": "open"} for j in range(rng.randint(0, 3))]}
            e = v.entries.add("goal", f"Goal {word}", _body(rng, word), fields, ["crash"])
            mine.append(e.id)
            emit(f"add {e.id} {e.rev} {e.content_hash} {word}")


def _announce_slot_writes(emit: Emit) -> None:
    """Report the hash of each key-slot file just before it is written (instrumentation only)."""
    real = folder_module.write_atomic

    def announcing(path: Path, data: bytes, mode: int = 0o600) -> None:
        if Path(path).name == "keyslots.json":
            emit(f"writing {hashlib.sha256(data).hexdigest()}")
        real(path, data, mode)

    folder_module.write_atomic = announcing  # type: ignore[assignment]


def op_passwd(args: dict[str, Any], emit: Emit) -> None:
    """Change the passphrase for ever, cycling through ``passphrases``."""
    _announce_slot_writes(emit)
    v = _open(args["folder"], args["recovery"])
    passphrases = args["passphrases"]
    k = args["next"]
    emit("ready")
    while True:
        v.keys.change_passphrase(passphrases[k % len(passphrases)])
        emit(f"now {k % len(passphrases)}")
        k += 1


def op_rekey(args: dict[str, Any], emit: Emit) -> None:
    """Add an entry, then re-key (a new data key, the database re-encrypted), for ever.

    The recovery key is kept through every re-key, so the test can open any outcome quickly;
    the passphrase cycles through ``passphrases``.  Reports each add, the start of each re-key,
    each key-slot file just before it is written, and each re-key that returned.
    """
    _announce_slot_writes(emit)
    rng = random.Random(args["seed"])
    v = _open(args["folder"], args["recovery"])
    passphrases = args["passphrases"]
    k = args["next"]
    emit("ready")
    i = 0
    while True:
        i += 1
        e = v.entries.add("reflection", f"Rekey trial {args['seed']} {i}", _body(rng, f"r{i}"),
                          {"prompt": "What held?"})
        emit(f"add {e.id} {e.content_hash}")
        emit(f"start-rekey {k % len(passphrases)}")
        v.keys.rekey(passphrases[k % len(passphrases)], recovery_key=args["recovery"])
        emit(f"rekeyed {k % len(passphrases)}")
        k += 1


def op_backup(args: dict[str, Any], emit: Emit) -> None:
    """Add an entry, then write a backup (to ``target``) or an automatic one; report both."""
    rng = random.Random(args["seed"])
    v = _open(args["folder"], args["recovery"])
    count = v.entries.count()
    emit("ready")
    i = 0
    while True:
        i += 1
        e = v.entries.add("reflection", f"Backup trial {args['seed']} {i}", _body(rng, f"b{i}"),
                        {"prompt": "What held?"})
        count += 1
        emit(f"add {e.id} {e.content_hash}")
        if rng.random() < 0.5:
            emit(f"start-backup {count}")
            v.backups.backup(args["target"])
            emit(f"backup {count}")
        else:
            emit(f"start-auto {count}")
            v.backups.rotate(force=True)
            emit(f"auto {count}")


def op_daily(args: dict[str, Any], emit: Emit) -> None:
    """The desktop's background backup, one day after another, with saves going on beside each copy."""
    import datetime as dt

    rng = random.Random(args["seed"])
    day = [dt.datetime.fromisoformat(args["day0"])]
    v = _open(args["folder"], args["recovery"], clock=lambda: day[0])
    count = v.entries.count()
    emit("ready")
    for i in range(args["days"]):
        job = v.backups.start_daily()
        if job is None:
            raise AssertionError("the day's backup was not due")
        emit(f"start-daily {day[0].date()} {count}")
        while not job.finished:
            e = v.entries.add("gratitude", f"Daily trial {args['seed']} {i}", f"d{i} {rng.random()}", {"to_whom": "Sam"})
            count += 1
            emit(f"add {e.id} {e.content_hash}")
            time.sleep(rng.uniform(0, 0.01))  # a person typing, not a loop holding the interpreter
        if job.error is not None:
            raise AssertionError(f"the day's backup failed: {job.error}")
        emit(f"daily {day[0].date()}")
        day[0] += dt.timedelta(days=1)
    emit("idle")
    time.sleep(60)


def op_restore(args: dict[str, Any], emit: Emit) -> None:
    """Restore the same backup into new folders, one after another."""
    n = args["first"]
    emit("ready")
    while True:
        target = Path(args["root"]) / f"r{n:05d}"
        emit(f"start {n}")
        count = Vault.restore(args["backup"], target, recovery_key=args["recovery"])
        emit(f"restored {n} {count}")
        n += 1


def op_import(args: dict[str, Any], emit: Emit) -> None:
    """Import numbered bundles (``NNNNNN.mvb``) in order, from the one after the last imported."""
    v = _open(args["folder"], args["recovery"])
    folder = Path(args["bundles"])
    emit("ready")
    while True:
        seq = v.conn.execute(
            "SELECT COALESCE((SELECT MAX(g.last_seq) FROM replay_guard g JOIN partners p ON p.id = g.partner_id "
            "WHERE p.name = ?), 0)", (args["sender"],)).fetchone()[0] + 1
        path = folder / f"{seq:06d}.mvb"
        if not path.exists():
            emit(f"idle {seq}")
            time.sleep(60)
            continue
        emit(f"start {seq}")
        v.exchange.import_bundle(path)
        emit(f"imported {seq}")


def op_migrate(args: dict[str, Any], emit: Emit) -> None:
    """Open a vault of an older schema (the open migrates it), then save entries."""
    rng = random.Random(args["seed"])
    emit("opening")
    started = time.perf_counter()
    v = _open(args["folder"], args["recovery"])
    emit(f"migrated {(time.perf_counter() - started) * 1000:.2f}")
    i = 0
    while True:
        i += 1
        word = f"m{args['seed']}x{i}"
        e = v.entries.add("struggle-story", f"After the upgrade {word}", _body(rng, word),
                        {"situation": "an upgrade"})
        emit(f"add {e.id} {e.content_hash}")


OPS: dict[str, Callable[[dict[str, Any], Emit], None]] = {
    "save": op_save, "passwd": op_passwd, "backup": op_backup, "restore": op_restore,
    "import": op_import, "migrate": op_migrate, "daily": op_daily, "rekey": op_rekey,
}


# ---------------------------------------------------------------- the server


def _worker(op: str, args: dict[str, Any], w: int) -> None:
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)

    def emit(line: str) -> None:
        os.write(w, (line + "\n").encode())

    code = 0
    try:
        OPS[op](args, emit)
        emit("finished")
    except BaseException as exc:  # noqa: BLE001 -- reported to the test, which fails on it
        emit("error " + json.dumps(f"{type(exc).__name__}: {exc} | "
                                   + traceback.format_exc().replace("\n", " / ")))
        code = 3
    os._exit(code)


def _trial(request: dict[str, Any]) -> dict[str, Any]:
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        _worker(request["op"], request["args"], w)
    os.close(w)
    started = time.monotonic()
    buf = b""
    eof = False
    trigger = request["trigger"].encode()
    deadline = started + request.get("timeout", 60)
    triggered_at = None

    def read(timeout: float) -> None:
        nonlocal buf, eof
        ready, _, _ = select.select([r], [], [], max(0.0, timeout))
        if ready:
            chunk = os.read(r, 65536)
            if chunk:
                buf += chunk
            else:
                eof = True

    while triggered_at is None and not eof and time.monotonic() < deadline:
        read(deadline - time.monotonic())
        if any(line.startswith(trigger) for line in buf.split(b"\n")[:-1]):
            triggered_at = time.monotonic()
    if triggered_at is not None:
        end = triggered_at + request["delay"]
        while not eof and time.monotonic() < end:
            read(end - time.monotonic())
    try:
        os.kill(pid, signal.SIGKILL)  # not reaped yet: the pid is still ours
    except ProcessLookupError:
        pass
    while not eof:
        read(30)
    os.close(r)
    _, status = os.waitpid(pid, 0)
    lines = [line.decode() for line in buf.split(b"\n")[:-1]]  # a cut last line was never reported
    return {
        "lines": lines,
        "status": -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status),
        "triggered": triggered_at is not None,
        "ms_to_trigger": None if triggered_at is None else (triggered_at - started) * 1000,
    }


def serve() -> None:
    print("ready", flush=True)
    for raw in sys.stdin:
        if not raw.strip():
            continue
        print(json.dumps(_trial(json.loads(raw))), flush=True)


if __name__ == "__main__":
    serve()
