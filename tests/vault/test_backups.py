"""Backups: encrypted single files, restorable with the passphrase or the recovery key, verified first."""

from __future__ import annotations

import datetime as dt
import os
import random
import secrets
import struct
import threading
import time
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mentorvault.errors import (
    BackupError,
    BadBackup,
    DamagedVault,
    MentorVaultError,
    VaultExists,
    WrongPassphrase,
    WrongRecoveryKey,
)
from mentorvault.vault import BACKUP_MAGIC, Vault

from kind_samples import SAMPLES, sample  # noqa: E402
from sqlcipher_pages import find_any, forms  # noqa: E402
from suite_support import PASSPHRASE, RecordingSecretStore  # noqa: E402

DAY = dt.datetime(2026, 4, 1, 8, 0, tzinfo=dt.UTC)


def _entries(v: Vault) -> list[dict[str, Any]]:
    return sorted((v.entries.get(s.id).to_json() for s in v.entries.list()), key=lambda e: e["id"])


def _everything(v: Vault) -> dict[str, Any]:
    return {
        "entries": _entries(v),
        "history": {s.id: [r.to_json() for r in v.entries.history(s.id)] for s in v.entries.list()},
        "partners": [p.to_json() for p in v.partners.list()],
        "settings": v.settings.get(),
        "vault_id": v.vault_id,
    }


@pytest.fixture
def filled(tmp_path: Path) -> dict[str, Any]:
    marker = "Bk" + secrets.token_hex(8)
    folder = tmp_path / "vault"
    v, recovery = Vault.create(folder, PASSPHRASE, clock=lambda: DAY, secret_store=RecordingSecretStore())
    v.partners.add("Robin", "mentor")
    for kind in SAMPLES:
        fields = sample(kind)
        e = v.entries.add(kind, f"{kind} {marker}", f"body {marker}", fields, [marker.lower()], partner="Robin")
        v.entries.update(e.id, body=f"second {marker}")
    v.settings.update(backup_keep=3)
    backup = v.backups.backup(tmp_path / "out" / "vault.mvbackup")
    state = _everything(v)
    v.lock()
    return {
        "folder": folder,
        "recovery": recovery,
        "backup": backup,
        "state": state,
        "marker": marker,
        "tmp": tmp_path,
    }


def _open(folder: Path, **kw: Any) -> Vault:
    """Unlock with the recovery key when given (HKDF: keeps the many re-opens below fast)."""
    kw.setdefault("secret_store", RecordingSecretStore())
    kw.setdefault("clock", lambda: DAY)
    if "recovery_key" not in kw:
        return Vault.open(folder, PASSPHRASE, **kw)
    return Vault.open(folder, **kw)


def test_backup_is_one_encrypted_file(filled: dict[str, Any]) -> None:
    raw = filled["backup"].read_bytes()
    assert raw.startswith(BACKUP_MAGIC)
    assert b"SQLite format 3" not in raw
    assert find_any(raw, forms(filled["marker"])) == []
    assert find_any(raw, forms(PASSPHRASE)) == []
    assert filled["backup"].stat().st_mode & 0o777 == 0o600
    assert [p.name for p in filled["backup"].parent.iterdir()] == ["vault.mvbackup"]  # no temp files left


@pytest.mark.parametrize("how", ["passphrase", "recovery"])
def test_restore_round_trip(filled: dict[str, Any], how: str) -> None:
    target = filled["tmp"] / "restored"
    if how == "passphrase":
        count = Vault.restore(filled["backup"], target, PASSPHRASE)
    else:
        count = Vault.restore(filled["backup"], target, recovery_key=filled["recovery"])
    assert count == len(SAMPLES)
    assert sorted(p.name for p in target.iterdir()) == ["keyslots.json", "vault.db"]
    with _open(target, auto_backup=False) as v:
        assert _everything(v) == filled["state"]
        assert v.check() == len(SAMPLES)
    with _open(target, recovery_key=filled["recovery"], auto_backup=False) as v:
        assert v.entries.count() == len(SAMPLES)
    assert [p.name for p in filled["tmp"].iterdir() if ".restore-" in p.name] == []


def test_restore_sweeps_only_the_staging_of_killed_restores(filled: dict[str, Any]) -> None:
    """A killed restore's hidden staging folder goes at the next restore; a live one, one with
    content but no marker, and any other folder stay."""
    import fcntl
    import os

    tmp = filled["tmp"]
    dead, live = tmp / ".old.restore-dead1234", tmp / ".busy.restore-live1234"
    unmarked, other = tmp / ".plain.restore-nomark12", tmp / ".notes.restore-backup"
    for folder in (dead, live, unmarked, other):
        folder.mkdir()
        (folder / "vault.db").write_bytes(b"encrypted pages")
    for folder in (dead, live, other):
        (folder / ".restoring").write_bytes(b"")
    empty = tmp / ".cut.restore-empty123"  # killed before its marker was written
    empty.mkdir()
    held = os.open(live / ".restoring", os.O_RDWR)
    fcntl.flock(held, fcntl.LOCK_EX)  # a restore running in another process
    try:
        assert Vault.restore(filled["backup"], tmp / "restored", PASSPHRASE) == len(SAMPLES)
    finally:
        os.close(held)
    assert not dead.exists() and not empty.exists()
    assert live.is_dir() and unmarked.is_dir() and other.is_dir()
    assert sorted(p.name for p in (tmp / "restored").iterdir()) == ["keyslots.json", "vault.db"]


def test_verify_backup_counts_entries(filled: dict[str, Any]) -> None:
    assert Vault.verify_backup(filled["backup"], PASSPHRASE) == len(SAMPLES)
    assert Vault.verify_backup(filled["backup"], recovery_key=filled["recovery"]) == len(SAMPLES)
    with pytest.raises(WrongPassphrase):
        Vault.verify_backup(filled["backup"], "correct horse battery stapler")
    with pytest.raises(WrongRecoveryKey):
        Vault.verify_backup(
            filled["backup"],
            recovery_key=filled["recovery"][:-1] + "Z"
            if filled["recovery"][-1] != "Z"
            else filled["recovery"][:-1] + "Y",
        )


def test_backup_after_changes_reflects_them(filled: dict[str, Any]) -> None:
    with _open(filled["folder"]) as v:
        v.entries.add("gratitude", "One more", "", {"to_whom": "Kim"})
        v.backups.backup(filled["tmp"] / "second.mvbackup")
    assert Vault.verify_backup(filled["tmp"] / "second.mvbackup", PASSPHRASE) == len(SAMPLES) + 1


def test_restore_refuses_an_existing_folder(filled: dict[str, Any]) -> None:
    target = filled["tmp"] / "occupied"
    target.mkdir()
    (target / "mine.txt").write_text("keep me")
    with pytest.raises(VaultExists):
        Vault.restore(filled["backup"], target, PASSPHRASE)
    assert [(p.name, p.read_text()) for p in target.iterdir()] == [("mine.txt", "keep me")]
    with pytest.raises(VaultExists):
        Vault.restore(filled["backup"], filled["folder"], PASSPHRASE)
    empty = filled["tmp"] / "empty"
    empty.mkdir()
    assert Vault.restore(filled["backup"], empty, PASSPHRASE) == len(SAMPLES)


def test_restore_with_wrong_secret_leaves_nothing(filled: dict[str, Any]) -> None:
    target = filled["tmp"] / "restored"
    before = sorted(p.name for p in filled["tmp"].iterdir())
    with pytest.raises(WrongPassphrase):
        Vault.restore(filled["backup"], target, "correct horse battery stapler")
    with pytest.raises(WrongRecoveryKey):
        Vault.restore(filled["backup"], target, recovery_key="0000-" * 13 + "0000")
    assert sorted(p.name for p in filled["tmp"].iterdir()) == before


def _db_start(raw: bytes) -> int:
    head = len(BACKUP_MAGIC) + 4
    return head + struct.unpack(">I", raw[len(BACKUP_MAGIC) : head])[0]


def _flip(raw: bytes, offset: int) -> bytes:
    data = bytearray(raw)
    data[offset] ^= 0x01
    return bytes(data)


DAMAGE = {
    "truncated by one byte": lambda raw: raw[:-1],
    "truncated by one page": lambda raw: raw[:-4096],
    "truncated to half": lambda raw: raw[: len(raw) // 2],
    "only the header": lambda raw: raw[: _db_start(raw)],
    "bit flipped in the middle": lambda raw: _flip(raw, (_db_start(raw) + len(raw)) // 2),
    "bit flipped in the last byte": lambda raw: _flip(raw, len(raw) - 1),
    "bit flipped in page 1": lambda raw: _flip(raw, _db_start(raw) + 300),
    "bit flipped in the magic": lambda raw: _flip(raw, 3),
    "slot length changed": lambda raw: _flip(raw, len(BACKUP_MAGIC) + 3),
    "a page appended": lambda raw: raw + bytes(4096),
    "empty": lambda raw: b"",
    "plain SQLite": lambda raw: b"SQLite format 3\x00" + bytes(8192),
}


@pytest.mark.parametrize("name", list(DAMAGE))
def test_damaged_backup_is_refused_and_leaves_nothing(filled: dict[str, Any], name: str) -> None:
    bad = filled["tmp"] / "bad.mvbackup"
    bad.write_bytes(DAMAGE[name](filled["backup"].read_bytes()))
    target = filled["tmp"] / "restored"
    before = sorted(p.name for p in filled["tmp"].iterdir())
    with pytest.raises(BadBackup) as info:
        Vault.verify_backup(bad, PASSPHRASE)
    assert "damaged" in str(info.value)
    with pytest.raises(BadBackup):
        Vault.restore(bad, target, PASSPHRASE)
    assert not target.exists()
    assert sorted(p.name for p in filled["tmp"].iterdir()) == before


def test_random_bit_flips_are_refused(filled: dict[str, Any]) -> None:
    raw = filled["backup"].read_bytes()
    rng = random.Random(20260401)
    bad = filled["tmp"] / "bad.mvbackup"
    for _ in range(8):
        bad.write_bytes(_flip(raw, rng.randrange(len(raw))))
        with pytest.raises((BadBackup, WrongPassphrase)):  # a flip inside a wrapped key reads as a wrong key
            Vault.verify_backup(bad, PASSPHRASE)


def test_missing_or_folder_backup(filled: dict[str, Any]) -> None:
    with pytest.raises(BadBackup, match="no file"):
        Vault.verify_backup(filled["tmp"] / "nope.mvbackup", PASSPHRASE)
    with pytest.raises(BadBackup, match="folder"):
        Vault.restore(filled["tmp"], filled["tmp"] / "restored", PASSPHRASE)
    assert not (filled["tmp"] / "restored").exists()


def test_backup_to_a_folder_is_refused(filled: dict[str, Any]) -> None:
    with _open(filled["folder"]) as v, pytest.raises(BackupError):
        v.backups.backup(filled["tmp"])


def test_backup_never_carries_the_device_slot(filled: dict[str, Any]) -> None:
    store = RecordingSecretStore()
    with _open(filled["folder"], secret_store=store) as v:
        v.keys.remember_device()
        target = v.backups.backup(filled["tmp"] / "with-device.mvbackup")
    restored = filled["tmp"] / "restored"
    Vault.restore(target, restored, PASSPHRASE)
    import json

    assert sorted(s["type"] for s in json.loads((restored / "keyslots.json").read_text())["slots"]) == [
        "passphrase",
        "recovery",
    ]


# --------------------------------------------------------------------------- automatic rotation


def test_rotating_backups_keep_the_newest_n(filled: dict[str, Any]) -> None:
    folder = filled["folder"]
    days = [DAY + dt.timedelta(days=i) for i in range(6)]
    key = filled["recovery"]
    for day in days:
        for _ in range(2):  # twice a day: still one backup that day
            with _open(folder, clock=lambda day=day: day, recovery_key=key) as v:
                v.entries.add("gratitude", f"on {day:%d}", "", {"to_whom": "Sam"})
    names = sorted(p.name for p in (folder / "backups").iterdir())
    assert names == [f"auto-{d:%Y-%m-%d}.mvbackup" for d in days[-3:]]
    counts = [Vault.verify_backup(folder / "backups" / name, recovery_key=key) for name in names]
    # Each automatic backup was taken at the day's first unlock: 2 entries a day were added before it.
    assert counts == [len(SAMPLES) + 2 * i for i in (3, 4, 5)]
    with _open(folder, clock=lambda: days[-1], recovery_key=key) as v:
        assert [p.name for p in v.backups.list()] == list(reversed(names))


def test_rotation_can_be_switched_off_and_forced(filled: dict[str, Any]) -> None:
    folder = filled["folder"]
    with _open(folder, clock=lambda: DAY) as v:
        v.settings.update(backup_keep=0)
    for i in range(1, 3):
        _open(folder, clock=lambda i=i: DAY + dt.timedelta(days=i), recovery_key=filled["recovery"]).lock()
    assert sorted(p.name for p in (folder / "backups").iterdir()) == ["auto-2026-04-01.mvbackup"]
    with _open(folder) as v:
        v.settings.update(backup_keep=2)
        first = (folder / "backups" / "auto-2026-04-01.mvbackup").read_bytes()
        v.entries.add("gratitude", "late", "", {"to_whom": "Sam"})
        assert v.backups.rotate(force=True) == folder / "backups" / "auto-2026-04-01.mvbackup"
        assert (folder / "backups" / "auto-2026-04-01.mvbackup").read_bytes() != first
        with pytest.raises(MentorVaultError):
            v.settings.update(backup_keep=-1)


def test_backup_folder_setting(filled: dict[str, Any]) -> None:
    elsewhere = filled["tmp"] / "elsewhere"
    with _open(filled["folder"]) as v:
        v.settings.update(backup_dir=str(elsewhere))
        tag = v.backups.tag
    _open(filled["folder"], clock=lambda: DAY + dt.timedelta(days=1)).lock()
    assert [p.name for p in elsewhere.iterdir()] == [f"auto-2026-04-02-{tag}.mvbackup"]


# --------------------------------------------------------------------------- damaged vault


def _damage_middle(db: Path) -> None:
    data = bytearray(db.read_bytes())
    middle = len(data) // 2 // 4096 * 4096 + 1000
    for i in range(16):
        data[middle + i] ^= 0x5A
    db.write_bytes(bytes(data))


def test_backup_of_a_damaged_vault_is_refused(filled: dict[str, Any]) -> None:
    _damage_middle(filled["folder"] / "vault.db")
    target = filled["tmp"] / "from-damaged.mvbackup"
    with _open(filled["folder"]) as v, pytest.raises((DamagedVault, BackupError)):
        v.backups.backup(target)
    assert not target.exists()


def test_rotation_never_pushes_out_the_last_good_backups(filled: dict[str, Any]) -> None:
    folder = filled["folder"]
    key = filled["recovery"]
    for i in range(3):
        _open(folder, clock=lambda i=i: DAY + dt.timedelta(days=i), recovery_key=key).lock()
    _damage_middle(folder / "vault.db")
    for i in range(3, 6):
        try:
            _open(folder, clock=lambda i=i: DAY + dt.timedelta(days=i), recovery_key=key).lock()
        except DamagedVault:
            pass
    good = 0
    for backup in (folder / "backups").iterdir():
        try:
            Vault.verify_backup(backup, recovery_key=key)
            good += 1
        except BadBackup:
            pass
    assert good >= 1


# --------------------------------------------------------------------------- the day's backup on its own thread


class _Gate(threading.Event):
    """Failure injection: the backup thread stops at its first cancellation check until released."""

    reached = threading.Event()
    released = threading.Event()

    def is_set(self) -> bool:
        if threading.current_thread().name == "mentorvault-backup" and not _Gate.released.is_set():
            _Gate.reached.set()
            _Gate.released.wait(30)
        return super().is_set()


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[type[_Gate]]:
    import mentorvault.storage.copy as copy_module
    import mentorvault.vault.backups as backups_module

    _Gate.reached.clear()
    _Gate.released.clear()
    shim = types.SimpleNamespace(Event=_Gate, Thread=threading.Thread)
    monkeypatch.setattr(backups_module, "threading", shim)
    monkeypatch.setattr(copy_module, "BACKUP_STEP_PAGES", 4)
    yield _Gate
    _Gate.released.set()


def _hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_daily_backup_copies_the_unlock_snapshot_while_saves_go_on(filled: dict[str, Any], gate: type[_Gate]) -> None:
    folder, key = filled["folder"], filled["recovery"]
    day = DAY + dt.timedelta(days=1)
    with _open(folder, clock=lambda: day, recovery_key=key, auto_backup=False) as v:
        assert not (folder / "backups" / "auto-2026-04-02.mvbackup").exists()  # not made by the open
        before = v.entries.count()
        job = v.backups.start_daily()
        assert job is not None and v.backups.daily is job
        assert gate.reached.wait(30)  # the thread is inside the copy, a few pages in
        assert any(n.startswith(".mvkept-") and n.endswith(".partial") for n in _hidden(folder / "backups"))
        added = [v.entries.add("gratitude", f"while copying {i}", "", {"to_whom": "Sam"}).id for i in range(3)]
        assert v.backups.start_daily() is job  # one at a time
        gate.released.set()
        assert job.wait(60) and job.error is None
        assert job.path == folder / "backups" / "auto-2026-04-02.mvbackup"
        assert v.entries.count() == before + 3
        assert v.backups.start_daily() is None  # done for today
    assert Vault.verify_backup(job.path, recovery_key=key) == before  # the vault as it was at unlock
    restored = filled["tmp"] / "restored"
    Vault.restore(job.path, restored, recovery_key=key)
    with _open(restored, recovery_key=key, auto_backup=False) as r:
        ids = {s.id for s in r.entries.list()}
        assert not ids & set(added) and len(ids) == before
    assert _hidden(folder / "backups") == []


def test_locking_cancels_the_daily_backup_and_leaves_nothing(filled: dict[str, Any], gate: type[_Gate]) -> None:
    folder, key = filled["folder"], filled["recovery"]
    day = DAY + dt.timedelta(days=1)
    v = _open(folder, clock=lambda: day, recovery_key=key, auto_backup=False)
    job = v.backups.start_daily()
    assert job is not None and gate.reached.wait(30)
    opener = threading.Timer(0.2, gate.released.set)  # the copy goes on only after lock() asked it to stop
    opener.start()
    v.lock()
    opener.join()
    assert job.finished and job.cancelled and job.path is None and job.error is None
    assert list((folder / "backups").iterdir()) == []  # neither the backup nor its temporary files
    assert all(b == 0 for b in job._key)  # its copy of the key is wiped
    # The next unlock starts it again, and this time it runs to the end.
    with _open(folder, clock=lambda: day, recovery_key=key, auto_backup=False) as v2:
        again = v2.backups.start_daily()
        assert again is not None and again.wait(60) and again.error is None
    assert Vault.verify_backup(folder / "backups" / "auto-2026-04-02.mvbackup", recovery_key=key) == len(SAMPLES)


def test_daily_backup_follows_the_settings(filled: dict[str, Any]) -> None:
    folder, key = filled["folder"], filled["recovery"]
    for i in range(1, 5):
        with _open(folder, clock=lambda i=i: DAY + dt.timedelta(days=i), recovery_key=key, auto_backup=False) as v:
            job = v.backups.start_daily()
            assert job is not None and job.wait(60) and job.error is None
    names = sorted(p.name for p in (folder / "backups").iterdir())
    assert names == [f"auto-2026-04-0{d}.mvbackup" for d in (3, 4, 5)]  # backup_keep=3
    with _open(folder, clock=lambda: DAY + dt.timedelta(days=9), recovery_key=key, auto_backup=False) as v:
        v.settings.update(backup_keep=0)
        assert v.backups.start_daily() is None and v.backups.daily is None


def test_daily_backup_of_a_damaged_vault_reports_and_keeps_the_old_ones(filled: dict[str, Any]) -> None:
    folder, key = filled["folder"], filled["recovery"]
    _open(folder, recovery_key=key).lock()  # today's backup, of the undamaged vault
    good = (folder / "backups" / "auto-2026-04-01.mvbackup").read_bytes()
    _damage_middle(folder / "vault.db")
    with _open(folder, clock=lambda: DAY + dt.timedelta(days=1), recovery_key=key, auto_backup=False) as v:
        job = v.backups.start_daily()
        assert job is not None and job.wait(60)
        assert isinstance(job.error, (DamagedVault, BackupError)) and job.path is None
        assert "Restore" in str(job.error) or "damaged" in str(job.error)
    assert sorted(p.name for p in (folder / "backups").iterdir()) == ["auto-2026-04-01.mvbackup"]
    assert (folder / "backups" / "auto-2026-04-01.mvbackup").read_bytes() == good


def test_backup_status_follows_the_days_backup(filled: dict[str, Any], gate: type[_Gate]) -> None:
    folder, key = filled["folder"], filled["recovery"]
    with _open(folder, clock=lambda: DAY + dt.timedelta(days=1), recovery_key=key, auto_backup=False) as v:
        status = v.backups.status()
        assert status.enabled and status.newest is None and not status.running and status.failed is None
        job = v.backups.start_daily()
        assert job is not None and gate.reached.wait(30)
        assert v.backups.status().running
        gate.released.set()
        assert job.wait(60)
        status = v.backups.status()
        assert not status.running and status.failed is None
        assert status.newest == folder / "backups" / "auto-2026-04-02.mvbackup"
        assert status.newest_at is not None and abs(status.newest_at.timestamp() - time.time()) < 600
        v.settings.update(backup_keep=0)
        assert not v.backups.status().enabled


def test_an_unusable_backup_folder_is_reported_in_words(filled: dict[str, Any]) -> None:
    folder, key = filled["folder"], filled["recovery"]
    blocker = filled["tmp"] / "not-a-folder"
    blocker.write_text("a file where the backup folder should be")
    with _open(folder, recovery_key=key, auto_backup=False) as v:
        v.settings.update(backup_dir=str(blocker / "backups"))
        with pytest.raises(BackupError, match="cannot be used") as caught:
            v.backups.start_daily()
        assert "Settings" in str(caught.value)
        assert v.backups.status().failed == str(caught.value)
    # The command line's unlock, which writes the backup itself, still opens the vault.
    with _open(folder, clock=lambda: DAY + dt.timedelta(days=1), recovery_key=key) as v:
        assert v.entries.count() == len(SAMPLES)


def test_a_failed_daily_backup_shows_in_the_status(filled: dict[str, Any]) -> None:
    folder, key = filled["folder"], filled["recovery"]
    _damage_middle(folder / "vault.db")
    with _open(folder, recovery_key=key, auto_backup=False) as v:
        job = v.backups.start_daily()
        assert job is not None and job.wait(60)
        status = v.backups.status()
        assert status.failed is not None and "damaged" in status.failed and status.newest is None


# --------------------------------------------------------------------------- a backup folder several vaults share


def _second_vault(tmp: Path, shared: Path) -> tuple[Path, str]:
    folder = tmp / "second"
    v, recovery = Vault.create(folder, PASSPHRASE, clock=lambda: DAY, secret_store=RecordingSecretStore())
    v.entries.add("gratitude", "the other vault", "", {"to_whom": "Ana"})
    v.settings.update(backup_keep=2, backup_dir=str(shared))
    v.lock()
    return folder, recovery


def test_vaults_sharing_a_backup_folder_keep_their_own_backups(filled: dict[str, Any]) -> None:
    shared = filled["tmp"] / "usb-stick"
    first, key1 = filled["folder"], filled["recovery"]
    with _open(first, recovery_key=key1, auto_backup=False) as v:
        v.settings.update(backup_keep=2, backup_dir=str(shared))
        tag1 = v.backups.tag
    second, key2 = _second_vault(filled["tmp"], shared)
    for i in range(1, 5):  # both vaults unlocked on the same four days
        for folder, key in ((first, key1), (second, key2)):
            _open(folder, clock=lambda i=i: DAY + dt.timedelta(days=i), recovery_key=key).lock()
    with _open(second, recovery_key=key2, auto_backup=False) as v:
        tag2 = v.backups.tag
    assert tag1 != tag2
    names = sorted(p.name for p in shared.iterdir())
    assert names == sorted(f"auto-2026-04-0{d}-{t}.mvbackup" for d in (4, 5) for t in (tag1, tag2))
    with _open(first, recovery_key=key1, auto_backup=False) as v:
        v.backups.backup(shared / "manual-first.mvbackup")  # untagged: told apart by the key file in its head
        assert [p.name for p in v.backups.list()] == [
            "manual-first.mvbackup", f"auto-2026-04-05-{tag1}.mvbackup", f"auto-2026-04-04-{tag1}.mvbackup"]
    (shared / "manual-first.mvbackup").unlink()
    for name in names:
        expected = len(SAMPLES) if tag1 in name else 1
        assert Vault.verify_backup(shared / name, recovery_key=key1 if tag1 in name else key2) == expected


def test_untagged_backups_in_a_shared_folder_are_pruned_only_by_their_own_vault(filled: dict[str, Any]) -> None:
    shared = filled["tmp"] / "usb-stick"
    shared.mkdir()
    first, key1 = filled["folder"], filled["recovery"]
    second, key2 = _second_vault(filled["tmp"], shared)
    # Backups named before names carried the vault's tag: one of each vault.
    with _open(first, recovery_key=key1, auto_backup=False) as v:
        v.backups.backup(shared / "auto-2026-03-01.mvbackup")
        v.settings.update(backup_keep=1, backup_dir=str(shared))
    with _open(second, recovery_key=key2, auto_backup=False) as v:
        v.backups.backup(shared / "auto-2026-03-02.mvbackup")
    (shared / "auto-2026-03-03.mvbackup").write_bytes(b"not a backup at all")
    _open(first, clock=lambda: DAY + dt.timedelta(days=1), recovery_key=key1).lock()
    names = sorted(p.name for p in shared.iterdir())
    with _open(first, recovery_key=key1, auto_backup=False) as v:
        tag1 = v.backups.tag
    # The first vault's old one went (keep=1); the second vault's and the stranger stay.
    assert names == ["auto-2026-03-02.mvbackup", "auto-2026-03-03.mvbackup", f"auto-2026-04-02-{tag1}.mvbackup"]


def test_an_open_sweeps_only_its_own_leftovers_from_a_shared_backup_folder(filled: dict[str, Any]) -> None:
    shared = filled["tmp"] / "usb-stick"
    first, key1 = filled["folder"], filled["recovery"]
    with _open(first, recovery_key=key1, auto_backup=False) as v:
        v.settings.update(backup_dir=str(shared))
        tag = v.backups.tag
    second, key2 = _second_vault(filled["tmp"], shared)
    with _open(second, recovery_key=key2, auto_backup=False) as v:
        other = v.backups.tag
    shared.mkdir(exist_ok=True)
    ours = [f".mvbackup-{tag}-k3x9q2ab.db", f".mvbackup-{tag}-k3x9q2ab.db-journal",
            f".auto-2026-04-01-{tag}.mvbackup.{tag}-7hd2_pq0.tmp"]
    theirs = [f".mvbackup-{other}-k3x9q2ab.db", f".auto-2026-04-01-{other}.mvbackup.{other}-7hd2_pq0.tmp",
              ".mvbackup-k3x9q2ab.db", ".notes.txt"]
    for name in ours + theirs:
        (shared / name).write_bytes(b"encrypted leftovers")
    _open(first, recovery_key=key1, auto_backup=False).lock()
    left = {p.name for p in shared.iterdir()}
    assert not left & set(ours) and set(theirs) <= left


def test_a_killed_backup_into_a_shared_folder_leaves_names_the_next_open_sweeps(filled: dict[str, Any],
                                                                                gate: type[_Gate]) -> None:
    shared = filled["tmp"] / "usb-stick"
    folder, key = filled["folder"], filled["recovery"]
    with _open(folder, recovery_key=key, auto_backup=False) as v:
        v.settings.update(backup_dir=str(shared))
        job = v.backups.start_daily()
        assert job is not None and gate.reached.wait(30)
        # What a kill now would leave: the half-written copy, under a name carrying the vault's tag.
        hidden = _hidden(shared)
        assert hidden and all(n.startswith((f".mvbackup-{v.backups.tag}-", f".mvkept-{v.backups.tag}-"))
                              for n in hidden), hidden
        for name in hidden:
            os.link(shared / name, shared / f"kept{name}")
        gate.released.set()
        assert job.wait(60) and job.error is None
    for name in hidden:
        os.rename(shared / f"kept{name}", shared / name)  # as if the process had died there
    _open(folder, recovery_key=key, auto_backup=False).lock()
    assert _hidden(shared) == []


# --------------------------------------------------------------------------- resuming the day's backup


class _CheckGate:
    """Failure injection: the page-by-page check of a daily backup's copy waits here (until the
    backup is cancelled, or the gate opens), then runs for real."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.reached = threading.Event()
        self.opened = threading.Event()

    def __call__(self, conn: Any) -> None:
        if threading.current_thread().name == "mentorvault-backup" and not self.opened.is_set():
            self.reached.set()
            deadline = time.monotonic() + 30
            while not self.opened.is_set() and time.monotonic() < deadline:
                try:
                    conn.execute("SELECT 1").fetchone()  # the progress handler sees a cancellation here
                except Exception:
                    break
                time.sleep(0.01)
        self.real(conn)


@pytest.fixture
def check_gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[_CheckGate]:
    import mentorvault.storage.copy as copy_module

    gate = _CheckGate(copy_module.integrity_check)
    monkeypatch.setattr(copy_module, "integrity_check", gate)
    monkeypatch.setattr(copy_module, "BACKUP_STEP_PAGES", 4)
    yield gate
    gate.opened.set()


def _stopped_while_checked(folder: Path, key: str, day: dt.datetime, gate: _CheckGate) -> tuple[Path, int]:
    """Unlock on ``day``, let the daily backup copy the vault, lock while the copy is checked."""
    v = _open(folder, clock=lambda: day, recovery_key=key, auto_backup=False)
    count = v.entries.count()
    job = v.backups.start_daily()
    assert job is not None and job.raw and not job.resumed
    assert gate.reached.wait(30) and job.phase == "check"
    v.lock()
    assert job.finished and job.cancelled and job.path is None and job.error is None
    assert not job.target.exists() and job.kept.exists()
    assert not job.kept.with_name(job.kept.name + ".partial").exists()
    gate.reached.clear()
    return job.kept, count


def test_a_backup_stopped_while_checked_is_finished_at_the_next_unlock_from_the_same_snapshot(
        filled: dict[str, Any], check_gate: _CheckGate) -> None:
    folder, key, marker = filled["folder"], filled["recovery"], filled["marker"]
    day = DAY + dt.timedelta(days=1)
    kept, count = _stopped_while_checked(folder, key, day, check_gate)
    assert kept.parent == folder / "backups" and kept.name.startswith(".mvkept-")
    assert not find_any(kept.read_bytes(), forms(marker))  # the kept copy is the vault's ciphertext
    # The next unlock changes the vault (every unlock does, and so does this save) ...
    with _open(folder, clock=lambda: day, recovery_key=key, auto_backup=False) as v:
        later = v.entries.add("gratitude", "after the snapshot", "", {"to_whom": "Sam"}).id
        check_gate.opened.set()
        job = v.backups.start_daily()
        # ... and the backup finishes the snapshot it had copied, without copying again.
        assert job is not None and job.resumed and job.phase == "check" and job._source is None
        assert job.wait(60) and job.error is None and job.path == folder / "backups" / "auto-2026-04-02.mvbackup"
        assert v.backups.start_daily() is None
    assert Vault.verify_backup(job.path, recovery_key=key) == count
    restored = filled["tmp"] / "restored"
    Vault.restore(job.path, restored, recovery_key=key)
    with _open(restored, recovery_key=key, auto_backup=False) as r:
        assert later not in {s.id for s in r.entries.list()} and r.entries.count() == count
    assert _hidden(folder / "backups") == []


def test_a_kept_copy_is_not_used_on_another_day_or_after_a_rekey(filled: dict[str, Any],
                                                               check_gate: _CheckGate) -> None:
    folder, key = filled["folder"], filled["recovery"]
    day = DAY + dt.timedelta(days=1)
    kept, _count = _stopped_while_checked(folder, key, day, check_gate)
    next_day = day + dt.timedelta(days=1)
    with _open(folder, clock=lambda: next_day, recovery_key=key, auto_backup=False) as v:
        later = v.entries.add("gratitude", "on the next day", "", {"to_whom": "Sam"}).id
        check_gate.opened.set()
        job = v.backups.start_daily()
        assert job is not None and not job.resumed  # yesterday's snapshot is not today's backup
        assert not kept.exists()
        assert job.wait(60) and job.error is None
    restored = filled["tmp"] / "restored"
    Vault.restore(job.path, restored, recovery_key=key)
    with _open(restored, recovery_key=key, auto_backup=False) as r:
        assert later in {s.id for s in r.entries.list()}
    # A re-key removes the copy kept under the old key.
    check_gate.opened.clear()
    third = next_day + dt.timedelta(days=1)
    kept, _count = _stopped_while_checked(folder, key, third, check_gate)
    with _open(folder, clock=lambda: third, recovery_key=key, auto_backup=False) as v:
        v.keys.rekey(PASSPHRASE + " new", recovery_key=key)
        assert not kept.exists()
        assert not [p for p in (folder / "backups").iterdir() if p.name.startswith(".mvkept-")]


def test_a_damaged_kept_copy_is_removed_reported_and_made_again(filled: dict[str, Any],
                                                               check_gate: _CheckGate) -> None:
    folder, key = filled["folder"], filled["recovery"]
    day = DAY + dt.timedelta(days=1)
    kept, count = _stopped_while_checked(folder, key, day, check_gate)
    data = bytearray(kept.read_bytes())
    for offset in range(4096 + 100, len(data), 4096 * 3):  # a byte in every third page after the first
        data[offset] ^= 0x40
    kept.write_bytes(bytes(data))
    check_gate.opened.set()
    with _open(folder, clock=lambda: day, recovery_key=key, auto_backup=False) as v:
        job = v.backups.start_daily()
        assert job is not None and job.resumed and job.wait(60)
        assert isinstance(job.error, BackupError) and "next unlock makes a new one" in str(job.error)
        assert not kept.exists() and not job.target.exists()
        assert v.backups.status().failed is not None
    with _open(folder, clock=lambda: day, recovery_key=key, auto_backup=False) as v:
        again = v.backups.start_daily()
        assert again is not None and not again.resumed and again.wait(60) and again.error is None
    assert Vault.verify_backup(again.path, recovery_key=key) == count


def test_a_vault_saved_to_without_pause_is_copied_through_sqlite(filled: dict[str, Any],
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """No quiescent moment (saves between the checkpoint and the snapshot, every time): the copy goes
    through SQLite's backup API from a plain snapshot, and is just as whole."""
    import mentorvault.storage.copy as copy_module
    import mentorvault.vault.backups as backups_module

    folder, key = filled["folder"], filled["recovery"]
    day = DAY + dt.timedelta(days=1)
    with _open(folder, clock=lambda: day, recovery_key=key, auto_backup=False) as v:
        count = v.entries.count()
        monkeypatch.setattr(copy_module, "quiescent_snapshot", lambda *a, **kw: None)
        monkeypatch.setattr(backups_module, "quiescent_snapshot", lambda *a, **kw: None)
        job = v.backups.start_daily()
        assert job is not None and not job.raw and job.wait(60) and job.error is None
    assert Vault.verify_backup(job.path, recovery_key=key) == count


def test_the_quiescent_snapshot_waits_for_an_empty_log(filled: dict[str, Any]) -> None:
    """A snapshot taken while the write-ahead log holds frames would let a checkpoint write the file
    under the copy: quiescent_snapshot never hands one out."""
    from mentorvault.storage.copy import quiescent_snapshot

    folder, key = filled["folder"], filled["recovery"]
    with _open(folder, recovery_key=key, auto_backup=False) as v:
        db_path = v.folder.db_path
        data_key = bytes(v._data_key())
        snapshot = quiescent_snapshot(v.conn, db_path, data_key)
        assert snapshot is not None
        try:
            size, mtime = db_path.stat().st_size, db_path.stat().st_mtime_ns
            for i in range(5):  # saves and a checkpoint while the snapshot is held
                v.entries.add("gratitude", f"during {i}", "", {"to_whom": "Sam"})
            v.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
            assert (db_path.stat().st_size, db_path.stat().st_mtime_ns) == (size, mtime)  # the file did not move
        finally:
            snapshot.close()
        v.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert db_path.stat().st_mtime_ns != mtime  # and it does once the snapshot is let go
