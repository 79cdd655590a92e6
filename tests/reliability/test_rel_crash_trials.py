"""SIGKILL at random moments during saves, passphrase changes, backups, restores, imports and migrations.

A forked worker (``crashworker.py``) works on a real vault and reports each operation that
returned; the fork server kills it with SIGKILL after a random delay, either from the moment
it is ready or from the moment it announces a critical write ("targeted").  Then the test
opens the vault and checks: it opens (with its passphrase: the key-slot file is byte for byte
one that opens with it), ``check()`` passes (every page and the structure), every reported
operation is there with a content hash that matches its content, and nothing half-written
shows.  Each test reports its trials and seed; rerun one with MENTORVAULT_CRASH_SEED=N.
MENTORVAULT_CRASH_TRIALS sets the trials per test (default 60).

Extends ``tests/security/test_crash.py`` (real ``python -c`` children, start-up included,
30 + 6 + 8 + 8 trials) with many more trials and with restores, imports, migrations and the
desktop's daily backup on its own thread.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mentorvault.crypto.keyslots import KeySlotFile, argon2id, parse_recovery_key
from mentorvault.domain.entry import EntryContent
from mentorvault.domain.strictjson import dumps_canonical
from mentorvault.storage.index import index_problems
from mentorvault.storage.migrations import MIGRATIONS
from mentorvault.vault import Vault

from reliability_support import (
    PASSPHRASE,
    SEED,
    UNDO_AFTER_8,
    V2_TABLES,
    ForkServer,
    RecordingSecretStore,
    corpus_vault,
    exchange_support,
    figure,
    make_corpus,
    make_v1_vault,
    make_v7_vault,
    old_copy_is_whole,
    open_fast,
    schema,
)
from sqlcipher_pages import keyed_connection

TRIALS = int(os.environ.get("MENTORVAULT_CRASH_TRIALS", "60"))
OTHERS = ["plumb ferry tonic walrus", "lantern orbit meadow cinder"]


@pytest.fixture(scope="module")
def server() -> Iterator[ForkServer]:
    s = ForkServer()
    yield s
    s.close()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _whole(v: Vault, entry_id: str) -> Any:
    """The entry is whole: content, content hash, history and current revision agree."""
    e = v.entries.get(entry_id)
    assert EntryContent(e.kind, e.title, e.body, e.fields, e.tags).content_hash() == e.content_hash, e.id
    history = v.entries.history(e.id)
    assert [r.rev for r in history] == list(range(e.rev, 0, -1)), e.id
    assert history[0].content_hash == e.content_hash
    return e


def _opens_with_passphrase_once(folder: Path, recovery: str) -> None:
    """Argon2id once: the key-slot file opens with the passphrase and gives the recovery key's data key."""
    slots = KeySlotFile.load(folder / "keyslots.json")
    assert slots.unwrap_with_passphrase(PASSPHRASE) == slots.unwrap_with_recovery(parse_recovery_key(recovery))


# ---------------------------------------------------------------- saves


def test_sigkill_during_saves(tmp_path: Path, server: ForkServer) -> None:
    folder = tmp_path / "vault"
    v, recovery = Vault.create(folder, PASSPHRASE, secret_store=RecordingSecretStore())
    v.lock()
    slots_hash = _sha(folder / "keyslots.json")
    rng = random.Random(SEED)
    expected: dict[str, tuple[int, str]] = {}  # id -> (revision, content hash) as last reported or found
    words: dict[str, str] = {}
    in_flight = adds = edits = 0
    started = time.perf_counter()
    for trial in range(TRIALS):
        t = server.trial("save", {"folder": str(folder), "recovery": recovery, "seed": SEED * 1000 + trial,
                                  "ids": list(expected)[-40:]}, delay=rng.uniform(0.0, 0.15))
        touched: set[str] = set()
        for entry_id, rev, chash, word in t.words("add"):
            expected[entry_id] = (int(rev), chash)
            words[entry_id] = word
            touched.add(entry_id)
            adds += 1
        for entry_id, rev, chash in t.words("edit"):
            expected[entry_id] = (int(rev), chash)
            touched.add(entry_id)
            edits += 1
        cut = t.last if t.last and t.last.startswith("begin") else None
        in_flight += cut is not None
        where = f"seed {SEED} trial {trial}"
        assert _sha(folder / "keyslots.json") == slots_hash
        with open_fast(folder, recovery) as v:
            assert v.check() == v.entries.count(), where
            rows = {r[0]: (r[1], r[2]) for r in v.conn.execute("SELECT id, rev, content_hash FROM entries")}
            missing = set(expected) - set(rows)
            assert not missing, f"{where}: saved entries lost: {sorted(missing)[:3]}"
            extra = set(rows) - set(expected)
            assert len(extra) <= (1 if cut == "begin add" else 0), f"{where}: unreported entries {extra}"
            for entry_id, (rev, chash) in expected.items():
                if rows[entry_id] != (rev, chash):
                    # only the edit cut by the kill may have landed, as exactly one more revision
                    assert cut == f"begin edit {entry_id}" and rows[entry_id][0] == rev + 1, where
                    touched.add(entry_id)
            for entry_id in extra:
                touched.add(entry_id)
            for entry_id in touched:
                e = _whole(v, entry_id)
                expected[entry_id] = (e.rev, e.content_hash)
                if entry_id in words:
                    # the exact word: as a prefix, 'w…x1' also matches x10..x19, x100.., and an add-heavy
                    # trial can push the entry past the first 20 equally ranked hits
                    assert entry_id in {h.id for h in v.entries.search(f'"{words[entry_id]}"')}, where
            assert index_problems(v.conn) == [] and v.entries.count() == len(rows), where
            if trial == TRIALS - 1:
                for entry_id in expected:
                    _whole(v, entry_id)
    _opens_with_passphrase_once(folder, recovery)
    elapsed = time.perf_counter() - started
    figure("SIGKILL during saves", f"{TRIALS} kills, seed {SEED}, {adds} adds and {edits} edits reported, "
           f"{in_flight} kills inside a save call, {len(expected)} entries checked, nothing lost, "
           f"{elapsed:.1f} s",
           trials=TRIALS, seed=SEED, adds=adds, edits=edits, in_flight=in_flight, seconds=round(elapsed, 1))
    assert adds >= TRIALS and in_flight >= TRIALS // 2


# ---------------------------------------------------------------- passphrase changes


def test_sigkill_during_passphrase_changes(tmp_path: Path, server: ForkServer) -> None:
    folder = tmp_path / "vault"
    v, recovery = Vault.create(folder, PASSPHRASE, secret_store=RecordingSecretStore())
    v.entries.add("reflection", "Kept through every change", "", {"prompt": "p"})
    v.lock()
    passphrases = [PASSPHRASE] + OTHERS
    known = {_sha(folder / "keyslots.json"): 0}  # hash of a key-slot file written -> its passphrase
    verified = {_sha(folder / "keyslots.json")}
    current_hash = _sha(folder / "keyslots.json")
    rng = random.Random(SEED + 1)
    # A change derives a new Argon2id key: kill within a few derivations' time, so on a slow machine
    # as on a fast one about half the untargeted trials still see changes complete.
    params = KeySlotFile.load(folder / "keyslots.json").of_type("passphrase")[0].params
    probe = time.perf_counter()
    argon2id(b"timing probe", b"\x00" * 16, params)
    window = max(0.4, 3 * (time.perf_counter() - probe))
    completed = cut_in_write = targeted = 0
    started = time.perf_counter()
    for trial in range(TRIALS):
        nxt = known[current_hash] + 1
        if trial % 2 == 0:  # targeted: just after the worker announces the write of the new key-slot file
            targeted += 1
            t = server.trial("passwd", {"folder": str(folder), "recovery": recovery, "passphrases": passphrases,
                                        "next": nxt}, trigger="writing", delay=rng.uniform(0.0, 0.003))
        else:
            t = server.trial("passwd", {"folder": str(folder), "recovery": recovery, "passphrases": passphrases,
                                        "next": nxt}, delay=rng.uniform(0.0, window))
        writes = [w[0] for w in t.words("writing")]
        for i, digest in enumerate(writes):
            known[digest] = (nxt + i) % len(passphrases)
        done = len(t.words("now"))
        completed += done
        # The file is the last completed write, or the one in flight: never older, never a mixture.
        allowed = {writes[done - 1] if done else current_hash}
        if len(writes) > done:
            allowed.add(writes[done])
        on_disk = _sha(folder / "keyslots.json")
        where = f"seed {SEED + 1} trial {trial}"
        assert on_disk in allowed, f"{where}: keyslots.json is not a file that was written whole"
        cut_in_write += on_disk != (writes[done - 1] if done else current_hash)
        if on_disk not in verified:
            slots = KeySlotFile.load(folder / "keyslots.json")
            key = slots.unwrap_with_passphrase(passphrases[known[on_disk]])  # Argon2id: it opens
            assert key == slots.unwrap_with_recovery(parse_recovery_key(recovery))
            verified.add(on_disk)
        current_hash = on_disk
        with open_fast(folder, recovery) as v:
            assert v.check() == 1, where
        assert not [p for p in folder.iterdir() if p.name.startswith("keyslots.json") and p.name != "keyslots.json"]
        json.loads((folder / "keyslots.json").read_text())
    leftovers = [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]
    elapsed = time.perf_counter() - started
    figure("SIGKILL during passphrase changes",
           f"{TRIALS} kills ({targeted} targeted at the key-slot write), seed {SEED + 1}, {completed} "
           f"changes completed, {cut_in_write} kills landed between write and report, the key-slot file "
           "always whole and opening with the passphrase of the last change (or the one in flight), "
           f"{len(leftovers)} hidden temp files left after the next open, {elapsed:.1f} s",
           trials=TRIALS, seed=SEED + 1, completed=completed, temp_files=len(leftovers), seconds=round(elapsed, 1))
    assert completed >= TRIALS // 4
    assert leftovers == [], "opening the vault sweeps temp files a killed write left"


# ---------------------------------------------------------------- re-keys


def test_sigkill_during_rekeys(tmp_path: Path, server: ForkServer) -> None:
    """A kill at any point of a re-key leaves a vault that opens with the old or the new key material.

    Before the next open settles it, the folder on disk is checked as the kill left it: the key
    file opens ``vault.db`` itself (old or new pair), or names a whole re-encrypted copy beside
    it (killed between the commit point and the swap).  After the open: no copy left, every
    page checks, every reported entry is there and whole, and the key file opens with the
    passphrase of the last re-key that returned or of the one in flight.
    """
    from mentorvault.vault.folder import REKEY_NAME, database_salt

    folder = tmp_path / "vault"
    v, recovery = Vault.create(folder, PASSPHRASE, secret_store=RecordingSecretStore())
    for i in range(40):
        v.entries.add("reflection", f"Before re-keys {i}", "lorem ipsum dolor " * 400, {"prompt": "p"})
    v.lock()
    passphrases = [PASSPHRASE] + OTHERS
    known = {_sha(folder / "keyslots.json"): 0}
    verified = {_sha(folder / "keyslots.json")}
    current_hash = _sha(folder / "keyslots.json")
    recovery_secret = parse_recovery_key(recovery)
    added: dict[str, str] = {}
    rng = random.Random(SEED + 7)
    params = KeySlotFile.load(folder / "keyslots.json").of_type("passphrase")[0].params
    probe = time.perf_counter()
    argon2id(b"timing probe", b"\x00" * 16, params)
    window = max(0.5, 4 * (time.perf_counter() - probe))
    completed = targeted = between = copies_left = new_keys = 0
    started = time.perf_counter()
    for trial in range(TRIALS):
        where = f"seed {SEED + 7} trial {trial}"
        key_before = KeySlotFile.load(folder / "keyslots.json").unwrap_with_recovery(recovery_secret)
        nxt = known[current_hash] + 1
        args = {"folder": str(folder), "recovery": recovery, "passphrases": passphrases, "next": nxt,
                "seed": SEED * 1000 + trial}
        if trial % 3 == 0:  # at the commit point: just after the new key file is announced
            targeted += 1
            t = server.trial("rekey", args, trigger="writing", delay=rng.uniform(0.0, 0.004))
        elif trial % 3 == 1:  # while the database is copied under the new key
            targeted += 1
            t = server.trial("rekey", args, trigger="start-rekey", delay=rng.uniform(0.0, window))
        else:
            t = server.trial("rekey", args, delay=rng.uniform(0.0, 2 * window))
        for entry_id, digest in t.words("add"):
            added[entry_id] = digest
        writes = [w[0] for w in t.words("writing")]
        for i, digest in enumerate(writes):
            known[digest] = (nxt + i) % len(passphrases)
        done = len(t.words("rekeyed"))
        completed += done
        # As the kill left it, before anything settles it: a pair that opens, old or new.
        slots = KeySlotFile.load(folder / "keyslots.json")
        on_disk = _sha(folder / "keyslots.json")
        allowed = {writes[done - 1] if done else current_hash}
        if len(writes) > done:
            allowed.add(writes[done])
        assert on_disk in allowed, f"{where}: keyslots.json is neither the last re-key's nor the one in flight"
        key = slots.unwrap_with_recovery(recovery_secret)
        pending = folder / REKEY_NAME
        if slots.database_salt == database_salt(folder / "vault.db"):
            with keyed_connection(folder / "vault.db", key) as conn:
                assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] >= 40, where
        else:
            between += 1
            assert pending.exists() and database_salt(pending) == slots.database_salt, where
            with keyed_connection(pending, key) as conn:
                assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] >= 40, where
        copies_left += pending.exists()
        new_keys += key != key_before
        if on_disk not in verified:
            assert slots.unwrap_with_passphrase(passphrases[known[on_disk]]) == key, where  # Argon2id: it opens
            verified.add(on_disk)
        current_hash = on_disk
        with open_fast(folder, recovery) as v:
            assert bytes(v._key) == key, where  # type: ignore[arg-type]
            count = v.check()
            # A kill between an add's commit and its report leaves one entry the trial never named.
            assert count in (40 + len(added), 40 + len(added) + 1), where
            if count == 40 + len(added) + 1:
                unnamed = [(i, h) for i, t, h in v.conn.execute("SELECT id, title, content_hash FROM entries")
                           if i not in added and not t.startswith("Before re-keys")]
                assert len(unnamed) == 1, where
                added[unnamed[0][0]] = unnamed[0][1]
            for entry_id, digest in added.items():
                assert _whole(v, entry_id).content_hash == digest, where
        assert not [p for p in folder.iterdir() if p.name.startswith(REKEY_NAME)], where
        assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")], where
    elapsed = time.perf_counter() - started
    figure("SIGKILL during re-keys",
           f"{TRIALS} kills ({targeted} targeted at the copy or the key-file write), seed {SEED + 7}, {completed} "
           f"re-keys completed, {new_keys} trials left a new data key, {between} kills landed between the new key "
           f"file and the swap (finished at the next open), {copies_left} re-encrypted copies found beside "
           f"vault.db and settled by the next open; every kill left a key file and database that open together, "
           f"all {40 + len(added)} entries whole, {elapsed:.1f} s",
           trials=TRIALS, seed=SEED + 7, completed=completed, new_keys=new_keys, between=between,
           copies_left=copies_left, seconds=round(elapsed, 1))
    assert completed >= TRIALS // 4
    assert copies_left > 0 and new_keys > 0


# ---------------------------------------------------------------- backups


def test_sigkill_during_backups(tmp_path: Path, server: ForkServer) -> None:
    folder = tmp_path / "vault"
    v, recovery = Vault.create(folder, PASSPHRASE, secret_store=RecordingSecretStore())
    for i in range(30):
        v.entries.add("reflection", f"Entry {i}", "words " * 2000, {"prompt": "p"})
    v.settings.update(backup_keep=3)
    v.lock()
    slots_hash = _sha(folder / "keyslots.json")
    out = tmp_path / "out"
    out.mkdir()
    target = out / "vault.mvbackup"
    autos = folder / "backups"
    rng = random.Random(SEED + 2)
    ids: set[str] = set()
    done = {"backup": None, "auto": None}  # the entry count of the last completed backup of each sort
    seen_target = seen_auto = in_flight = 0
    started = time.perf_counter()
    for trial in range(TRIALS):
        if trial % 2 == 0:
            t = server.trial("backup", {"folder": str(folder), "recovery": recovery, "target": str(target),
                                        "seed": SEED * 1000 + trial}, trigger="start-", delay=rng.uniform(0, 0.04))
        else:
            t = server.trial("backup", {"folder": str(folder), "recovery": recovery, "target": str(target),
                                        "seed": SEED * 1000 + trial}, delay=rng.uniform(0, 0.3))
        ids |= {w[0] for w in t.words("add")}
        for sort in ("backup", "auto"):
            counts = [int(w[0]) for w in t.words(sort)]
            if counts:
                done[sort] = counts[-1]
        cut = t.last.split() if t.last and t.last.startswith("start-") else None
        in_flight += cut is not None
        where = f"seed {SEED + 2} trial {trial}"
        for sort, path in (("backup", target), ("auto", None)):
            allowed = {done[sort]}
            if cut and cut[0] == f"start-{sort}":
                allowed.add(int(cut[1]))
            files = [path] if path is not None else sorted(autos.glob("auto-*.mvbackup"))
            for f in files:
                if f.exists():
                    count = Vault.verify_backup(f, recovery_key=recovery)  # every page of a complete backup
                    assert count in allowed, \
                        f"{where}: {f.name} holds {count} entries, expected one of {allowed}: {t.lines}"
                    done[sort] = count  # the in-flight one may have landed: it is the latest now
                    seen_target += sort == "backup"
                    seen_auto += sort == "auto"
        auto_files = list(autos.iterdir()) if autos.exists() else []
        for stray in [p for p in out.iterdir() if p != target] + [p for p in auto_files
                                                                   if not p.name.startswith("auto-")]:
            assert stray.name.startswith("."), f"{where}: a visible half-written file {stray.name}"
            assert not stray.read_bytes().startswith(b"SQLite format 3"), f"{where}: plaintext in {stray}"
        assert _sha(folder / "keyslots.json") == slots_hash
        with open_fast(folder, recovery) as v:
            assert v.check() >= 30 + len(ids), where
            present = {r[0] for r in v.conn.execute("SELECT id FROM entries")}
            assert ids <= present, f"{where}: reported entries lost"
    _opens_with_passphrase_once(folder, recovery)
    strays = [p.name for p in list(out.iterdir()) + list(autos.iterdir()) if p.name.startswith(".")]
    assert seen_auto and seen_target
    elapsed = time.perf_counter() - started
    figure("SIGKILL during backups",
           f"{TRIALS} kills (half targeted at the start of a backup), seed {SEED + 2}, {in_flight} inside a "
           f"backup call, {seen_target + seen_auto} backup files verified page by page, each holding exactly "
           f"the last completed or the in-flight backup, {len(strays)} hidden temp files left, {elapsed:.1f} "
           "s",
           trials=TRIALS, seed=SEED + 2, in_flight=in_flight, verified=seen_target + seen_auto,
           temp_files=len(strays), seconds=round(elapsed, 1))
    assert in_flight >= TRIALS // 3


def test_sigkill_during_background_backups(tmp_path: Path, server: ForkServer) -> None:
    """The desktop's day's backup on its own thread, saves going on beside it.

    Trials alternate (in pairs) between the vault's own backups/ folder and a folder another
    vault shares, where only this vault's files may be touched.
    """
    import datetime as dt

    folder = tmp_path / "vault"
    shared = tmp_path / "usb-stick"
    shared.mkdir()
    v, recovery = Vault.create(folder, PASSPHRASE, secret_store=RecordingSecretStore())
    for i in range(40):
        v.entries.add("reflection", f"Entry {i}", "words " * 1500, {"prompt": "p"})
    v.settings.update(backup_keep=3, backup_dir=str(shared))
    tag = v.backups.tag
    v.lock()
    other = "0123abcd" if tag != "0123abcd" else "4567cdef"
    strangers = {f".mvbackup-{other}-k3x9q2ab.db": b"another vault's", f"auto-2026-01-01-{other}.mvbackup": b"x",
                 ".mvbackup-k3x9q2ab.db": b"nobody's we know"}
    for name, data in strangers.items():
        (shared / name).write_bytes(data)
    rng = random.Random(SEED + 6)
    ids: set[str] = set()
    snapshot: dict[str, int] = {}  # day -> the entry count the backup of that day started from
    finished: set[str] = set()
    in_flight = verified = kept = 0
    started = time.perf_counter()
    own = folder / "backups"
    for trial in range(TRIALS):
        inside = (trial // 2) % 2 == 0
        with open_fast(folder, recovery) as v:
            v.settings.update(backup_dir="" if inside else str(shared))
        day0 = dt.datetime(2030, 1, 1, 9, tzinfo=dt.UTC) + dt.timedelta(days=100 * trial)
        t = server.trial("daily", {"folder": str(folder), "recovery": recovery, "seed": SEED * 1000 + trial,
                                   "day0": day0.isoformat(), "days": 60},
                         trigger="start-daily" if trial % 2 else "ready", delay=rng.uniform(0, 0.4))
        assert not t.words("idle"), "the worker ran out of days; give it more"
        ids |= {w[0] for w in t.words("add")}
        snapshot.update({w[0]: int(w[1]) for w in t.words("start-daily")})
        finished |= {w[0] for w in t.words("daily")}
        in_flight += bool(t.words("start-daily")) and t.words("start-daily")[-1][0] not in finished
        where = f"seed {SEED + 6} trial {trial}"
        with open_fast(folder, recovery) as v:  # sweeps what the kill left, ours only
            assert v.check() >= 40 + len(ids), where  # a kill may land between a commit and its report
            present = {r[0] for r in v.conn.execute("SELECT id FROM entries")}
            assert ids <= present, f"{where}: reported entries lost"
        for place in (sorted(own.glob("auto-*.mvbackup")), sorted(shared.glob(f"auto-*-{tag}.mvbackup"))):
            assert len(place) <= 4, f"{where}: {len(place)} automatic backups with keep=3"
        for path in sorted(own.glob("auto-*.mvbackup")) + sorted(shared.glob(f"auto-*-{tag}.mvbackup")):
            day = path.name[len("auto-"):len("auto-") + 10]
            assert day in snapshot, f"{where}: {path.name} is from no day that started"
            count = Vault.verify_backup(path, recovery_key=recovery)  # every page
            assert count == snapshot[day], f"{where}: {path.name} holds {count}, its day started at {snapshot[day]}"
            verified += 1
        # A copy killed while being checked is kept whole for the next unlock of its day: it must be
        # exactly the snapshot that day's backup started from (checked as a backup with this
        # vault's key slots in front).  Anything else hidden is a leftover.
        kept_copies = [p for place in (own, shared) if place.exists()
                       for p in sorted(place.glob(f".mvkept-{tag}-auto-*.db"))]
        for path in kept_copies:
            day = path.name[len(f".mvkept-{tag}-auto-"):len(f".mvkept-{tag}-auto-") + 10]
            assert day in snapshot and day not in finished, f"{where}: {path.name} kept for no unfinished day"
            with open_fast(folder, recovery) as v:
                header = v.backups._header()
            as_backup = tmp_path / "kept-as-backup.mvbackup"
            as_backup.write_bytes(header + path.read_bytes())
            count = Vault.verify_backup(as_backup, recovery_key=recovery)
            assert count == snapshot[day], f"{where}: {path.name} holds {count}, its day started at {snapshot[day]}"
            as_backup.unlink()
            kept += 1
        kept_names = {p.name for p in kept_copies}

        def leftover(name: str, kept_names: set[str] = kept_names) -> bool:
            return name.startswith(".") and not any(name.startswith(k) for k in kept_names)

        hidden = sorted(p.name for p in shared.iterdir() if leftover(p.name))
        assert hidden == sorted(n for n in strangers if n.startswith(".")), f"{where}: left behind {hidden}"
        hidden = sorted(p.name for p in own.iterdir() if leftover(p.name)) if own.exists() else []
        assert hidden == [], f"{where}: left behind in the vault's backups/: {hidden}"
        assert all((shared / n).read_bytes() == data for n, data in strangers.items()), where
    elapsed = time.perf_counter() - started
    figure("SIGKILL during background backups",
           f"{TRIALS} kills (half timed from the start of a day's backup), seed {SEED + 6}, {len(snapshot)} "
           f"backups started and {len(finished)} finished, {in_flight} kills with one in flight, {len(ids)} saves "
           f"made beside them all kept, {verified} backup files verified page by page, each holding exactly its "
           f"day's snapshot, {kept} copies kept for an unfinished day's check each exactly that day's snapshot; "
           "the next open swept this vault's temporary files (in its own folder, and in the "
           "shared one where it left another vault's alone), "
           f"{elapsed:.1f} s",
           trials=TRIALS, seed=SEED + 6, started=len(snapshot), finished=len(finished), in_flight=in_flight,
           verified=verified, kept=kept, seconds=round(elapsed, 1))
    assert in_flight >= TRIALS // 3 and finished


# ---------------------------------------------------------------- restores


def test_sigkill_during_restores(tmp_path: Path, server: ForkServer) -> None:
    folder = tmp_path / "vault"
    v, recovery = Vault.create(folder, PASSPHRASE, secret_store=RecordingSecretStore())
    v.partners.add("Robin")
    for i in range(40):
        v.entries.add("goal", f"Goal {i}", "words " * 1500, {"why": f"w{i}"}, ["restore"], partner="Robin")
    source_ids = {s.id for s in v.entries.list()}
    backup = v.backups.backup(tmp_path / "source.mvbackup")
    v.lock()
    root = tmp_path / "restored"
    root.mkdir()
    rng = random.Random(SEED + 3)
    n = 0
    restored = complete_unreported = in_flight = 0
    staging_left = 0
    seen_staging: set[str] = set()
    started = time.perf_counter()
    for trial in range(TRIALS):
        if trial % 2 == 0:
            t = server.trial("restore", {"backup": str(backup), "root": str(root), "recovery": recovery,
                                         "first": n}, trigger="start", delay=rng.uniform(0, 0.05))
        else:
            t = server.trial("restore", {"backup": str(backup), "root": str(root), "recovery": recovery,
                                         "first": n}, delay=rng.uniform(0, 0.2))
        reported = {int(w[0]) for w in t.words("restored")}
        assert all(int(w[1]) == 40 for w in t.words("restored"))
        starts = [int(w[0]) for w in t.words("start")]
        cut = starts[-1] if starts and starts[-1] not in reported else None
        in_flight += cut is not None
        where = f"seed {SEED + 3} trial {trial}"
        visible = sorted(p for p in root.iterdir() if not p.name.startswith("."))
        for p in visible:
            number = int(p.name[1:])
            assert number in reported or number == cut, f"{where}: unexpected folder {p.name}"
            complete_unreported += number == cut
            with open_fast(p, recovery) as r:  # a folder that shows is a whole vault
                assert r.check() == 40, where
                assert {s.id for s in r.entries.list()} == source_ids, where
            shutil.rmtree(p)
        missing = reported - {int(p.name[1:]) for p in visible}
        assert not missing, f"{where}: reported restores missing: {missing}"
        restored += len(reported)
        for hidden in [p for p in root.iterdir() if p.name.startswith(".")]:
            assert ".restore-" in hidden.name, hidden.name
            if hidden.name not in seen_staging:  # left for the next restore to sweep
                seen_staging.add(hidden.name)
                staging_left += 1
        n = max(starts + [n - 1]) + 1
    Vault.restore(backup, root / "final", recovery_key=recovery)
    hidden_after = [p.name for p in root.iterdir() if p.name.startswith(".")]
    elapsed = time.perf_counter() - started
    figure("SIGKILL during restores",
           f"{TRIALS} kills (half targeted at the start of a restore), seed {SEED + 3}, {restored} restores "
           f"reported and opened, {in_flight} kills inside a restore ({complete_unreported} of them after "
           f"the folder appeared, whole), {staging_left} hidden staging folders left by kills, "
           f"{len(hidden_after)} after the next restore, never a partial vault folder, {elapsed:.1f} s",
           trials=TRIALS, seed=SEED + 3, restored=restored, in_flight=in_flight, staging_left=staging_left,
           seconds=round(elapsed, 1))
    assert in_flight >= TRIALS // 3
    assert hidden_after == [], "a restore sweeps the staging folders of restores that were killed"


# ---------------------------------------------------------------- bundle imports


class BundleStream:
    """Sam's bundles to Priya, numbered by sequence, each with a few new entries, updates and revocations."""

    def __init__(self, folder: Path, seed: int) -> None:
        self.folder = folder
        self.rng = random.Random(seed)
        self.sam = make_corpus.identity("Sam")
        self.priya = make_corpus.identity("Priya")
        self.ops: dict[int, tuple[dict[str, str], list[str]]] = {}  # seq -> (upserts id -> hash, revoked ids)
        self.live: list[str] = []
        self.made = 0

    def make_until(self, seq: int) -> None:
        while self.made < seq:
            self.made += 1
            s = self.made
            entries = [exchange_support.wire_entry(title=f"b{s}e{j}", body="text " * self.rng.randint(1, 2000))
                       for j in range(self.rng.randint(1, 6))]
            if self.live and self.rng.random() < 0.3:
                entries.append(exchange_support.wire_entry(title=f"updated in {s}",
                                                           entry_id=self.rng.choice(self.live)))
            ids_here = {e["id"] for e in entries}
            revoked = []
            if self.live and self.rng.random() < 0.25:
                victim = self.rng.choice(self.live)
                if victim not in ids_here:
                    revoked.append(victim)
            manifest = exchange_support.manifest_dict(
                self.sam, "Sam", [self.priya.fingerprint.hex()], s, entries,
                revocations=[{"entry_id": r, "revoked_at": "2026-03-14T10:00:00Z"} for r in revoked])
            data = exchange_support.seal_raw(dumps_canonical(manifest), self.sam,
                                             [self.priya.recipient, self.sam.recipient])
            (self.folder / f"{s:06d}.mvb").write_bytes(data)
            self.ops[s] = ({e["id"]: e["content_hash"] for e in entries}, revoked)
            self.live = [i for i in dict.fromkeys(self.live + [e["id"] for e in entries]) if i not in revoked]

    def apply(self, state: dict[str, str], start: int, end: int) -> dict[str, str]:
        state = dict(state)
        for s in range(start + 1, end + 1):
            upserts, revoked = self.ops[s]
            state.update(upserts)
            for r in revoked:
                state.pop(r, None)
        return state


def test_sigkill_during_bundle_imports(tmp_path: Path, server: ForkServer) -> None:
    folder = tmp_path / "priya"
    v, recovery = corpus_vault("Priya", folder, knows=("Sam",))
    v.lock()
    slots_hash = _sha(folder / "keyslots.json")
    bundles = tmp_path / "bundles"
    bundles.mkdir()
    stream = BundleStream(bundles, SEED + 4)
    rng = random.Random(SEED + 4)
    recv, state = 0, {}
    imported = in_flight = committed_unreported = 0
    started = time.perf_counter()
    for trial in range(TRIALS):
        stream.make_until(recv + 150)
        if trial % 2 == 0:
            t = server.trial("import", {"folder": str(folder), "recovery": recovery, "bundles": str(bundles),
                                        "sender": "Sam"}, trigger="start", delay=rng.uniform(0, 0.015))
        else:
            t = server.trial("import", {"folder": str(folder), "recovery": recovery, "bundles": str(bundles),
                                        "sender": "Sam"}, delay=rng.uniform(0, 0.2))
        assert not t.words("idle"), "the stream of bundles ran dry; make more"
        done = [int(w[0]) for w in t.words("imported")]
        starts = [int(w[0]) for w in t.words("start")]
        cut = starts[-1] if starts and (not done or starts[-1] != done[-1]) else None
        in_flight += cut is not None
        imported += len(done)
        last = done[-1] if done else recv
        where = f"seed {SEED + 4} trial {trial}"
        assert _sha(folder / "keyslots.json") == slots_hash
        with open_fast(folder, recovery) as p:
            now = p.conn.execute(  # the newest bundle imported from Sam (replay protection, schema 6)
                "SELECT COALESCE((SELECT MAX(g.last_seq) FROM replay_guard g JOIN partners p ON p.id = g.partner_id "
                "WHERE p.name = 'Sam'), 0)").fetchone()[0]
            assert now == last or (cut is not None and now == cut), f"{where}: recv_seq {now}, reported {last}"
            committed_unreported += now != last
            state = stream.apply(state, recv, now)
            recv = now
            assert {e.id: e.content_hash for e in p.inbox.list()} == state, f"{where}: the inbox is not bundle {recv}'s"
            for e in p.inbox.list("Sam")[:5]:
                assert EntryContent(e.kind, e.title, e.body, e.fields, e.tags).content_hash() == e.content_hash
            assert p.shared_log.verify(), where
            logged = p.conn.execute("SELECT count(*) FROM shared_log WHERE direction = 'in'").fetchone()[0]
            assert logged == recv, f"{where}: {logged} log records for {recv} imports"
            assert p.check() == 0, where
    elapsed = time.perf_counter() - started
    figure("SIGKILL during bundle imports",
           f"{TRIALS} kills (half targeted at the start of an import), seed {SEED + 4}, {imported} imports "
           f"reported, {in_flight} kills inside an import ({committed_unreported} had committed), {recv} "
           "bundles in, inbox always exactly the state after the last committed bundle, shared log chain "
           f"intact, {elapsed:.1f} s",
           trials=TRIALS, seed=SEED + 4, imported=imported, in_flight=in_flight, bundles=recv,
           seconds=round(elapsed, 1))
    assert in_flight >= TRIALS // 3


# ---------------------------------------------------------------- migrations


def test_sigkill_during_migrations(tmp_path: Path, server: ForkServer) -> None:
    assert all(m.__name__ in UNDO_AFTER_8 for m in MIGRATIONS[8:]), "add the undo of each new migration"
    latest = len(MIGRATIONS)
    template = tmp_path / "template"
    v, recovery = Vault.create(template, PASSPHRASE, secret_store=RecordingSecretStore())
    key = bytes(v._key)  # type: ignore[arg-type]
    v.partners.add("Robin", "mentor")
    rng = random.Random(SEED + 5)
    for i in range(300):
        v.entries.add("session-note" if i % 2 else "goal", f"Before the upgrade {i}", "notes " * rng.randint(50, 900),
                    {"session_date": "2026-02-01"} if i % 2 else {"why": "growth"}, ["old"], partner="Robin")
    originals = {r[0]: r[1] for r in v.conn.execute("SELECT id, content_hash FROM entries")}
    v.lock()
    make_v1_vault(template, key)
    (template / "vault.lock").unlink()
    shutil.rmtree(template / "backups", ignore_errors=True)
    template_db = (template / "vault.db").read_bytes()
    slots_hash = _sha(template / "keyslots.json")

    probes = []
    for i in range(3):  # how long a worker takes to open (and migrate) this vault
        probe = tmp_path / f"probe{i}"
        shutil.copytree(template, probe)
        t = server.trial("migrate", {"folder": str(probe), "recovery": recovery, "seed": 0}, trigger="migrated")
        probes.append(float(t.words("migrated")[0][0]))
        shutil.rmtree(probe)
    open_ms = max(probes)

    # Even trials kill anywhere in the probed opening time.  Odd trials aim at the commit: on a busy
    # machine the opening takes longer than the probes said, so their aim follows what the last odd
    # trial saw (later after a kill before the commit, earlier after one after it).
    aim = open_ms / 1000
    before_commit = after_commit = partial_copies = adds = 0
    started = time.perf_counter()
    for trial in range(TRIALS):
        folder = tmp_path / f"t{trial}"
        shutil.copytree(template, folder)
        aimed = trial % 2 == 1
        delay = rng.uniform(0.6, 1.4) * aim if aimed else rng.uniform(0, 1.2 * open_ms / 1000)
        t = server.trial("migrate", {"folder": str(folder), "recovery": recovery, "seed": SEED * 1000 + trial},
                         trigger="opening", delay=delay)
        reported = {w[0]: w[1] for w in t.words("add")}
        adds += len(reported)
        where = f"seed {SEED + 5} trial {trial}"
        copy = folder / "backups" / "before-migration-v1.mvbackup.db"
        partial_copies += copy.exists() and not old_copy_is_whole(copy, key, originals)
        with keyed_connection(folder / "vault.db", key) as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        assert version in range(1, latest + 1), where
        assert version == latest or not t.words("migrated"), f"{where}: reported migrated but at version {version}"
        before_commit += version == 1
        after_commit += version == latest
        if aimed:
            aim *= 1.3 if version == 1 else 0.85
        with open_fast(folder, recovery) as m:
            assert m.conn.execute("PRAGMA user_version").fetchone()[0] == latest, where
            assert m.check() == m.entries.count(), where
            rows = {r[0]: r[1] for r in m.conn.execute("SELECT id, content_hash FROM entries")}
            assert {i: rows.get(i) for i in originals} == originals, f"{where}: entries lost or changed"
            assert {i: rows.get(i) for i in reported} == reported, f"{where}: entries saved after it lost"
            assert len(rows) - len(originals) - len(reported) <= 1, where
            for entry_id in list(originals)[:: 60] + list(reported)[-2:]:
                _whole(m, entry_id)
            assert m.inbox.list() == [] and m.consents.list() == [] and m.shared_log.records() == [] and m.shared_log.verify()
            assert m.cards.status("Robin").has_card is False
            assert set(V2_TABLES) <= set(schema(m.conn)), where
        assert old_copy_is_whole(copy, key, originals), f"{where}: the before-migration copy is not the old database"
        assert _sha(folder / "keyslots.json") == slots_hash
        shutil.rmtree(folder)
    elapsed = time.perf_counter() - started
    figure("SIGKILL during migrations",
           f"{TRIALS} kills while opening a schema-1 vault (a {len(template_db) // 1024} KiB copy of one "
           f"made by this code, tables and columns of schema 2 dropped; a worker opens it in {open_ms:.0f} "
           f"ms), seed {SEED + 5}, {before_commit} before the migration committed, {after_commit} after, "
           f"{adds} saves after it reported; every vault migrated on the next open with all {len(originals)} "
           f"entries; {partial_copies} half-copied before-migration backups under a final name, "
           f"{elapsed:.1f} s",
           trials=TRIALS, seed=SEED + 5, before_commit=before_commit, after_commit=after_commit,
           partial_copies=partial_copies, seconds=round(elapsed, 1))
    assert partial_copies == 0, "a kill left a half-copied before-migration backup under its final name"
    assert before_commit >= TRIALS // 12 and after_commit >= TRIALS // 12



def _everything(v: Vault) -> dict[str, Any]:
    """Every entry's content and every revision's content and record, as the facade shows them."""
    out: dict[str, Any] = {}
    for s in v.entries.list():
        e = v.entries.get(s.id)
        history = v.entries.history(s.id)
        out[s.id] = (e.kind, e.title, e.body, e.fields, e.tags, e.partner_id, e.protected, e.rev, e.content_hash,
                     [(h.rev, h.saved_at, h.content_hash, h.note, v.entries.revision(s.id, h.rev)) for h in history])
    return out


def test_sigkill_during_the_schema_8_upgrade(tmp_path: Path, server: ForkServer) -> None:
    """Schema 8 rewrites every entry, rebuilds the revisions table and the index in one transaction,
    then a VACUUM gives the freed pages back: a kill anywhere leaves a vault that opens whole."""
    latest = len(MIGRATIONS)
    template = tmp_path / "template"
    v, recovery = Vault.create(template, PASSPHRASE, secret_store=RecordingSecretStore())
    key = bytes(v._key)  # type: ignore[arg-type]
    v.partners.add("Robin", "mentor")
    rng = random.Random(SEED + 9)
    words = [f"w{i}x{rng.randint(0, 999)}" for i in range(300)]
    ids = []
    for i in range(400):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(20, 700)))
        ids.append(v.entries.add("session-note" if i % 2 else "goal", f"Before schema 8 {i}", text,
                                 {"session_date": "2026-02-01"} if i % 2 else {"why": text[:300]},
                                 ["old", f"t{i % 5}"], partner="Robin" if i % 3 == 0 else None).id)
    for entry_id in ids[::4]:
        v.entries.update(entry_id, body=" ".join(rng.choice(words) for _ in range(rng.randint(20, 500))))
    v.entries.update(ids[1], protected=True)
    assert v.tidy_index(60.0) == 0
    originals = _everything(v)
    hashes = {i: originals[i][8] for i in originals}
    probe_word = originals[ids[5]][2].split()[0]
    v.lock()
    make_v7_vault(template, key)
    (template / "vault.lock").unlink()
    shutil.rmtree(template / "backups", ignore_errors=True)
    slots_hash = _sha(template / "keyslots.json")

    probes = []
    for i in range(2):  # how long a worker takes to open (and upgrade) this vault
        probe = tmp_path / f"probe{i}"
        shutil.copytree(template, probe)
        t = server.trial("migrate", {"folder": str(probe), "recovery": recovery, "seed": 0}, trigger="migrated")
        probes.append(float(t.words("migrated")[0][0]))
        shutil.rmtree(probe)
    open_ms = max(probes)
    trials = max(8, TRIALS // 2)
    aim = 0.9 * open_ms / 1000
    before_commit = compact_pending = done = partial_copies = 0
    started = time.perf_counter()
    for trial in range(trials):
        folder = tmp_path / f"t{trial}"
        shutil.copytree(template, folder)
        # Even trials kill anywhere in the probed opening time; odd ones aim at the end of it (the
        # commit and the VACUUM), following what the last odd trial saw, as the machine's load moves it.
        aimed = trial % 2 == 1
        delay = rng.uniform(0.8, 1.2) * aim if aimed else rng.uniform(0, 1.15 * open_ms / 1000)
        t = server.trial("migrate", {"folder": str(folder), "recovery": recovery, "seed": SEED * 1000 + trial},
                         trigger="opening", delay=delay)
        reported = {w[0]: w[1] for w in t.words("add")}
        where = f"seed {SEED + 9} trial {trial}"
        copy = folder / "backups" / "before-migration-v7.mvbackup.db"
        partial_copies += copy.exists() and not old_copy_is_whole(copy, key, hashes, version=7)
        with keyed_connection(folder / "vault.db", key) as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            pending = version >= 8 and conn.execute(
                "SELECT count(*) FROM meta WHERE key = 'compact_pending'").fetchone()[0] == 1
        assert 7 <= version <= latest, where
        assert version == latest or not t.words("migrated"), f"{where}: reported upgraded but at version {version}"
        before_commit += version == 7
        compact_pending += pending
        if aimed and not pending:
            aim *= 1.25 if version == 7 else 0.85
        done += version == latest and not pending
        with open_fast(folder, recovery) as m:
            assert m.conn.execute("PRAGMA user_version").fetchone()[0] == latest, where
            assert m.conn.execute("SELECT count(*) FROM meta WHERE key = 'compact_pending'").fetchone()[0] == 0
            if version == 7 or pending:  # this open upgraded or compacted it (the worker's saves free pages too)
                assert m.conn.execute("PRAGMA freelist_count").fetchone()[0] < 64, where
            assert m.check() == m.entries.count(), where
            assert index_problems(m.conn) == [], where
            now = _everything(m)
            assert {i: now.get(i) for i in originals} == originals, f"{where}: entries lost or changed"
            rows = {r[0]: r[1] for r in m.conn.execute("SELECT id, content_hash FROM entries")}
            assert {i: rows.get(i) for i in reported} == reported, f"{where}: entries saved after it lost"
            assert len(rows) - len(originals) - len(reported) <= 1, where
            assert ids[5] in {h.id for h in m.entries.search(probe_word, limit=500)}, where
        assert old_copy_is_whole(copy, key, hashes, version=7), f"{where}: the before-upgrade copy is not the old vault"
        assert _sha(folder / "keyslots.json") == slots_hash
        shutil.rmtree(folder)
    elapsed = time.perf_counter() - started
    figure("SIGKILL during the schema 8 upgrade",
           f"{trials} kills while opening a schema-7 vault of {len(originals)} entries (made by this code, then "
           f"schema 8 undone; a worker opens it in {open_ms:.0f} ms), seed {SEED + 9}: {before_commit} before the "
           f"upgrade committed, {compact_pending} after it and before its VACUUM finished, {done} after; every "
           f"vault opened upgraded and compact with every entry and revision as before; {partial_copies} "
           f"half-copied before-upgrade backups under a final name, {elapsed:.1f} s",
           trials=trials, seed=SEED + 9, before_commit=before_commit, compact_pending=compact_pending, done=done,
           partial_copies=partial_copies, seconds=round(elapsed, 1))
    assert partial_copies == 0
    assert before_commit >= 1 and compact_pending + done >= 1
