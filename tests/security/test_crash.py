"""Crash safety: SIGKILL at random moments never loses a saved entry nor leaves a half-written one.

A child process works on the vault and prints what it finished (flushing each line); the parent
kills it with SIGKILL after a random delay, then unlocks the vault with the passphrase and checks
everything the child reported.  Run with ``-s`` to see the trial figures.
"""

from __future__ import annotations

import json
import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mentorvault.domain.entry import EntryContent
from mentorvault.errors import WrongPassphrase
from mentorvault.storage.index import index_problems
from mentorvault.vault import Vault

from suite_support import PASSPHRASE, RecordingSecretStore  # noqa: E402

pytestmark = pytest.mark.slow

SEED = int(os.environ.get("MENTORVAULT_CRASH_SEED", time.time_ns() % 1_000_000))
OTHER = "plumb ferry tonic walrus"

ENTRY_CHILD = r"""
import os, random, sys
from mentorvault.vault import Vault
folder, seed = sys.argv[1], int(sys.argv[2])
rng = random.Random(seed)
v = Vault.open(folder, recovery_key=os.environ["MV_TEST_RECOVERY"])
print("ready", flush=True)
mine = []
i = 0
while True:
    i += 1
    word = f"crashw{seed}n{i}"
    body = "lorem ipsum dolor " * rng.randint(1, 200) + word
    fields = {"why": f"because {word}", "micro_goals": [{"title": f"step {j}", "status": "open"}
                                                       for j in range(rng.randint(0, 4))]}
    e = v.entries.add("goal", f"Goal {seed} {i}", body, fields, [f"seed{seed}", "crash"])
    mine.append(e.id)
    print("add", e.id, word, flush=True)
    if rng.random() < 0.3:
        target = rng.choice(mine)
        v.entries.update(target, body="edited " * rng.randint(1, 300), tags=["crash", "edited"])
        print("edit", target, flush=True)
"""
# No deletes here: FTS5 secure-delete corrupts the index on its own after some deletes (a reported bug,
# see tests/storage/test_store.py), which would make check() fail for reasons that have nothing to do
# with crashes.  Deletes under SIGKILL are covered by DELETE_CHILD below without relying on check().

DELETE_CHILD = r"""
import os, sys
from mentorvault.vault import Vault
v = Vault.open(sys.argv[1], recovery_key=os.environ["MV_TEST_RECOVERY"])
print("ready", flush=True)
for summary in v.entries.list():
    print("deleting", summary.id, flush=True)
    v.entries.delete(summary.id)
    print("del", summary.id, flush=True)
print("all deleted", flush=True)
import time
time.sleep(600)
"""

PASSWD_CHILD = r"""
import sys
from mentorvault.vault import Vault
folder, a, b = sys.argv[1], sys.argv[2], sys.argv[3]
try:
    v = Vault.open(folder, a)
    current = a
except Exception:
    v = Vault.open(folder, b)
    current = b
print("ready", current, flush=True)
while True:
    nxt = b if current == a else a
    v.keys.change_passphrase(nxt)
    current = nxt
    print("now", current, flush=True)
"""

BACKUP_CHILD = r"""
import os, sys
from mentorvault.vault import Vault
folder, target = sys.argv[1], sys.argv[2]
v = Vault.open(folder, recovery_key=os.environ["MV_TEST_RECOVERY"])
print("ready", flush=True)
while True:
    v.backups.backup(target)
    print("done", flush=True)
"""


def _kill_after(
    script: str, args: list[str], delay: float, after_ready: bool = True, recovery: str = ""
) -> list[str]:
    """Run a child; SIGKILL it ``delay`` seconds after it printed 'ready' (or after it started).

    Children unlock with the recovery key (no Argon2 per child, to keep the trials many and quick);
    the parent always unlocks with the passphrase."""
    child = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        bufsize=0,
        env={**os.environ, "MV_TEST_RECOVERY": recovery},
    )
    assert child.stdout is not None
    fd = child.stdout.fileno()
    out = b""
    if after_ready:
        deadline = time.monotonic() + 60
        while b"\n" not in out:
            ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
            assert ready, "the child never got ready"
            chunk = os.read(fd, 65536)
            assert chunk, f"the child ended before it was ready (exit {child.wait()})"
            out += chunk
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    while chunk := os.read(fd, 65536):
        out += chunk
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL, "the child ended by itself"
    lines = out.decode().splitlines()
    if out and not out.endswith(b"\n"):
        lines = lines[:-1]  # a line cut by the kill was never reported
    return lines


def _open(folder: Path, passphrase: str = PASSPHRASE) -> Vault:
    return Vault.open(folder, passphrase, secret_store=RecordingSecretStore(), auto_backup=False)


def _check_entries(v: Vault, ids: set[str]) -> None:
    """Each entry is whole: content, hash, index and history agree."""
    assert index_problems(v.conn) == []
    for entry_id in ids:
        e = v.entries.get(entry_id)
        assert EntryContent(e.kind, e.title, e.body, e.fields, e.tags).content_hash() == e.content_hash, e.id
        history = v.entries.history(e.id)
        assert [r.rev for r in history] == list(range(e.rev, 0, -1)), e.id
        assert history[0].content_hash == e.content_hash
        assert v.entries.revision(e.id, e.rev).content_hash() == e.content_hash


def test_sigkill_while_saving_entries(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    v, recovery = Vault.create(folder, PASSPHRASE, secret_store=RecordingSecretStore())
    v.lock()
    rng = random.Random(SEED)
    trials, early, reported, edits = 30, 0, 0, 0
    expected: dict[str, str] = {}  # id -> its unique word ("" when it was never reported)
    started = time.perf_counter()
    for trial in range(trials):
        if trial % 6 == 5:  # now and then, kill during start-up, unlock or the automatic backup
            lines = _kill_after(
                ENTRY_CHILD,
                [str(folder), str(SEED * 100 + trial)],
                rng.uniform(0.0, 0.4),
                after_ready=False,
                recovery=recovery,
            )
        else:
            lines = _kill_after(
                ENTRY_CHILD, [str(folder), str(SEED * 100 + trial)], rng.uniform(0.0, 0.25), recovery=recovery
            )
        early += not lines or lines[0] != "ready"
        touched = set()
        for line in lines[1:]:
            parts = line.split()
            if parts[0] == "add":
                expected[parts[1]] = parts[2]
                reported += 1
            else:
                edits += 1
            touched.add(parts[1])
        with _open(folder) as v:
            assert v.check() == v.entries.count()
            present = {s.id for s in v.entries.list()}
            missing = set(expected) - present
            assert not missing, f"seed {SEED} trial {trial}: saved entries lost: {sorted(missing)[:3]}"
            extra = present - set(expected)
            assert len(extra) <= 1, f"seed {SEED}: only the entry being saved at the kill may be unreported"
            expected.update({entry_id: "" for entry_id in extra})  # it was committed: it must stay
            _check_entries(v, present if trial == trials - 1 else touched | extra)
            for entry_id in touched | extra:
                if expected.get(entry_id):
                    hits = v.entries.search(f'"{expected[entry_id]}"')  # the exact word, not a prefix
                    assert [h.id for h in hits] == [entry_id]
    elapsed = time.perf_counter() - started
    print(
        f"\ncrash trials (entries): {trials} SIGKILLs, seed {SEED}, {early} before the vault was open, "
        f"{reported} adds and {edits} edits reported, {len(expected)} entries checked, {elapsed:.1f} s"
    )
    assert reported >= trials  # the kills really landed while saving


def test_sigkill_while_deleting(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    v, recovery = Vault.create(folder, PASSPHRASE, secret_store=RecordingSecretStore())
    words = {}
    for i in range(120):
        word = f"delw{i}x"
        words[
            v.entries.add("reflection", f"Entry {i}", f"body {word} " + "text " * 200, {"prompt": word}).id
        ] = word
    v.lock()
    rng = random.Random(SEED + 3)
    trials, deleted = 6, 0
    for trial in range(trials):  # noqa: B007 - the report after the loop counts the trials run
        lines = _kill_after(DELETE_CHILD, [str(folder)], rng.uniform(0.0, 0.08), recovery=recovery)
        done = {line.split()[1] for line in lines if line.startswith("del ")}
        in_flight = [line.split()[1] for line in lines if line.startswith("deleting ")]
        deleted += len(done)
        with _open(folder) as v:
            assert v.conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
            present = {s.id for s in v.entries.list()}
            assert not done & present, f"seed {SEED}: a finished delete came back"
            for entry_id in set(words) - present:
                words.pop(entry_id)  # finished, or in flight and committed
            assert set(words) == present
            assert set(in_flight) - set(in_flight[-1:]) <= done  # at most one delete was cut short
            for entry_id, word in words.items():
                e = v.entries.get(entry_id)
                assert (
                    EntryContent(e.kind, e.title, e.body, e.fields, e.tags).content_hash() == e.content_hash
                )
                assert [h.id for h in v.entries.search(word)] == [entry_id]
            for table in ("revisions", "entry_tags"):
                orphans = v.conn.execute(
                    f"SELECT count(*) FROM {table} WHERE entry_id NOT IN (SELECT id FROM entries)"
                ).fetchone()[0]
                assert orphans == 0, table
            assert index_problems(v.conn) == [] and v.entries.count() == len(words)
        if not words:
            break
    print(
        f"\ncrash trials (delete): {trial + 1} SIGKILLs, {deleted} deletes finished, {len(words)} entries left"
    )


def test_sigkill_while_changing_the_passphrase(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    Vault.create(folder, PASSPHRASE, secret_store=RecordingSecretStore())[0].lock()
    rng = random.Random(SEED + 1)
    trials, changes = 8, 0
    current = PASSPHRASE
    for trial in range(trials):
        lines = _kill_after(PASSWD_CHILD, [str(folder), PASSPHRASE, OTHER], rng.uniform(0.0, 0.6))
        last = current
        for line in lines:
            last = line.split(" ", 1)[1]
            changes += line.startswith("now")
        following = OTHER if last == PASSPHRASE else PASSPHRASE
        opened = []
        for candidate in (last, following):
            try:
                with _open(folder, candidate) as v:
                    assert v.check() == 0
                opened.append(candidate)
            except WrongPassphrase:
                pass
        assert len(opened) == 1, f"trial {trial}: the vault opens with {len(opened)} of the two passphrases"
        current = opened[0]
        leftovers = [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]
        json.loads((folder / "keyslots.json").read_text())
    print(
        f"\ncrash trials (passwd): {trials} SIGKILLs, {changes} completed changes, "
        f"{len(leftovers)} temp files left in the folder"
    )
    assert changes >= 1  # kills landed between and during changes


def test_sigkill_while_writing_a_backup(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    v, recovery = Vault.create(folder, PASSPHRASE, secret_store=RecordingSecretStore())
    for i in range(40):
        v.entries.add("reflection", f"Entry {i}", "words " * 3000, {"prompt": "p"})
    v.lock()
    out = tmp_path / "out"
    out.mkdir()
    target = out / "vault.mvbackup"
    rng = random.Random(SEED + 2)
    trials, complete, absent = 8, 0, 0
    for trial in range(trials):
        if target.exists():
            target.unlink()
        lines = _kill_after(
            BACKUP_CHILD, [str(folder), str(target)], rng.uniform(0.0, 0.5), recovery=recovery
        )
        if target.exists():
            assert Vault.verify_backup(target, PASSPHRASE) == 40, (
                f"trial {trial}: partial backup at the target"
            )
            complete += 1
        else:
            assert "done" not in lines, f"trial {trial}: a finished backup vanished"
            absent += 1
        for stray in out.iterdir():
            if stray != target:
                assert not stray.read_bytes().startswith(b"SQLite format 3"), stray
    strays = [p.name for p in out.iterdir() if p != target]
    print(
        f"\ncrash trials (backup): {trials} SIGKILLs, {complete} complete backups at the target, "
        f"{absent} with none, {len(strays)} encrypted temp files left beside it"
    )
    with _open(folder) as v2:
        assert v2.check() == 40
