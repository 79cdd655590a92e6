"""Disk full during save, passphrase change, backup, export, import and migration.

Two mechanisms, each test runs with both where it can:

* ``tmpfs``: a real small filesystem (``mount -t tmpfs -o size=8m``, root only), filled to the
  last byte with a filler file; the real kernel returns ENOSPC to SQLite and to Python.
* ``injected``: no mount needed (CI without root): file writes under the "small disk" folder
  fail with ENOSPC after writing half their bytes (``os.fdopen`` in the atomic writer,
  ``shutil.copy2``), and SQLite connections get a ``PRAGMA max_page_count`` at their current
  size, which makes SQLite itself raise "database or disk is full" (SQLITE_FULL).

Each test says which mechanism ran.  The promise checked: a clear error (StorageFull, one
plain sentence; the CLI exits 1 with one line), the vault intact, and no partial file left
under a name that looks complete.
"""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

import mentorvault.storage.db as dbmod
from mentorvault.errors import StorageFull
from mentorvault.vault import Vault
from mentorvault.vault.keys import KeyManager

from exchange_support import make_world, one_line_error, plain_sentence
from reliability_support import (
    PASSPHRASE,
    RecordingSecretStore,
    can_mount,
    dump_vault,
    figure,
    fill,
    make_v1_vault,
    old_copy_is_whole,
    open_fast,
    run_cli,
    tmpfs,
)

MOUNTABLE = can_mount()
SIZE = "8m"


class SmallDisk:
    """A folder on a disk that can be made full, and made roomy again."""

    def __init__(self, mechanism: str, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.mechanism = mechanism
        self.root = root
        self._mp = monkeypatch
        self._held: list[tuple[Any, int]] = []
        self.is_full = False

    def _under(self, path: Any) -> bool:
        try:
            return Path(os.path.realpath(path)).is_relative_to(os.path.realpath(self.root))
        except (TypeError, ValueError):
            return False

    @contextmanager
    def full(self, *vaults: Vault, leave: int = 0) -> Iterator[None]:
        """The disk is full (but for ``leave`` bytes, tmpfs only) inside the block."""
        if self.mechanism == "tmpfs":
            filler = fill(self.root, leave)
            self.is_full = True
            try:
                yield
            finally:
                filler.unlink()
                self.is_full = False
            return
        with pytest.MonkeyPatch.context() as mp:
            self._inject(mp)
            for v in vaults:
                old = v.conn.execute("PRAGMA max_page_count").fetchone()[0]
                pages = v.conn.execute("PRAGMA page_count").fetchone()[0]
                v.conn.execute(f"PRAGMA max_page_count = {pages}")
                self._held.append((v, old))
            self.is_full = True
            try:
                yield
            finally:
                for v, old in self._held:
                    if v.is_open:
                        v.conn.execute(f"PRAGMA max_page_count = {old}")
                self._held.clear()
                self.is_full = False

    def _inject(self, mp: pytest.MonkeyPatch) -> None:
        disk = self
        real_fdopen, real_copy2, real_keyed = os.fdopen, shutil.copy2, dbmod._keyed

        class HalfWritten:
            def __init__(self, fh: Any) -> None:
                self._fh = fh

            def write(self, data: bytes) -> int:
                self._fh.write(bytes(data[: len(data) // 2]))
                self._fh.flush()
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

            def __getattr__(self, name: str) -> Any:
                return getattr(self._fh, name)

            def __enter__(self) -> HalfWritten:
                return self

            def __exit__(self, *exc: object) -> None:
                self._fh.close()

        def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
            fh = real_fdopen(fd, *args, **kwargs)
            mode = args[0] if args else kwargs.get("mode", "r")
            if "w" in mode and disk._under(os.readlink(f"/proc/self/fd/{fd}")):
                return HalfWritten(fh)
            return fh

        def copy2(src: Any, dst: Any, **kwargs: Any) -> Any:
            if not disk._under(Path(dst).parent):
                return real_copy2(src, dst, **kwargs)
            with open(src, "rb") as s, open(dst, "wb") as d:
                d.write(s.read()[: os.path.getsize(src) // 2])
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(dst))

        def keyed(path: Path, key: bytes, **kwargs: Any) -> Any:
            conn = real_keyed(path, key, **kwargs)
            if disk._under(path):
                conn.execute("PRAGMA max_page_count = 1")
            return conn

        mp.setattr(os, "fdopen", fdopen)
        mp.setattr(shutil, "copy2", copy2)
        mp.setattr(dbmod, "_keyed", keyed)


@pytest.fixture(params=["tmpfs", "injected"])
def disk(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SmallDisk]:
    root = tmp_path / "small disk"
    if request.param == "tmpfs":
        if not MOUNTABLE:
            pytest.skip("cannot mount a tmpfs here (not root, or mount not permitted); the injected variant ran")
        with tmpfs(root, SIZE):
            yield SmallDisk("tmpfs", root, monkeypatch)
    else:
        root.mkdir()
        yield SmallDisk("injected", root, monkeypatch)


def _refused_as_full(exc: pytest.ExceptionInfo[StorageFull]) -> str:
    message = str(exc.value)
    plain_sentence(message)
    assert "full" in message.lower(), message
    return message


def _visible_partials(folder: Path, allowed: set[str]) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                  if p.is_file() and p.name not in allowed and not p.name.startswith(".") and p.name != "filler.bin")


# ---------------------------------------------------------------- save


def test_save_on_a_full_disk(disk: SmallDisk) -> None:
    folder = disk.root / "vault"
    v, recovery = Vault.create(folder, PASSPHRASE, secret_store=RecordingSecretStore())
    ids = [v.entries.add("goal", f"Goal {i}", "words " * 500, {"why": "growth"}, ["kept"]).id for i in range(20)]
    before = dump_vault(v)
    refused = 0
    with disk.full(v):
        # (a page limit lets a tiny save reuse free space in existing pages; a full tmpfs refuses even that)
        for size in (10, 20_000, 400_000) if disk.mechanism == "tmpfs" else (20_000, 400_000):
            with pytest.raises(StorageFull) as exc:
                v.entries.add("goal", "Never saved", "x" * size, {"why": "no room"})
            _refused_as_full(exc)
            refused += 1
        # what is there can still be read and searched
        assert len(v.entries.list()) == 20 and v.entries.search("growth") and v.entries.get(ids[0]).title == "Goal 0"
        if disk.mechanism == "tmpfs":  # an edit needs new pages too on a real full disk
            with pytest.raises(StorageFull) as exc:
                v.entries.update(ids[0], body="changed " * 5000)
            _refused_as_full(exc)
            refused += 1
        assert dump_vault(v) == before
    # the same open vault saves again once there is room
    again = v.entries.add("goal", "Saved after freeing space", "x" * 400_000, {"why": "room"})
    v.lock()
    with open_fast(folder, recovery) as v:
        assert v.check() == 21
        assert {s.id for s in v.entries.list()} == set(ids) | {again.id}
        assert not v.entries.search("Never")
    figure(f"disk full during save ({disk.mechanism})",
           f"{refused} saves refused with StorageFull on a full "
           f"{'8 MiB tmpfs' if disk.mechanism == 'tmpfs' else 'SQLite page limit'}, reads and search still "
           "work, nothing changed, the same open vault saves again once there is room",
           mechanism=disk.mechanism, refused=refused)


def test_commands_on_a_full_disk_via_the_cli(tmp_path: Path) -> None:
    if not MOUNTABLE:
        pytest.skip("needs a tmpfs (root): the WAL index of a real filesystem cannot be starved by injection")
    with tmpfs(tmp_path / "small", SIZE) as root:
        folder = root / "vault"
        assert run_cli("init", vault=folder).returncode == 0
        assert run_cli("add", "goal", "--title", "Kept", "--field", "why=x", vault=folder).returncode == 0
        filler = fill(root)
        try:
            message = one_line_error(run_cli("add", "goal", "--title", "Lost", "--field", "why=x",
                                             "--body-file", "-", input="y" * 200_000, vault=folder))
            assert "damaged" not in message.lower() and "full" in message.lower(), message
            listed = run_cli("list", vault=folder)
            if listed.returncode == 0:
                reading = "'list' still works"
                assert "Kept" in listed.stdout and "Lost" not in listed.stdout
            else:  # WAL mode needs its index file (vault.db-shm), which a full disk cannot hold
                reading = "'list' is refused the same way (no room for the WAL index)"
                listed_message = one_line_error(listed)
                assert "damaged" not in listed_message.lower() and "full" in listed_message.lower()
        finally:
            filler.unlink()
        checked = run_cli("check", vault=folder)
        assert checked.returncode == 0 and "holds 1 entries" in checked.stdout
    figure("disk full, commands via the CLI (tmpfs)", f"'add' on a full 8 MiB tmpfs exits 1 with one line that "
           f"says the disk may be full (never 'damaged'); {reading}; 'check' passes once there is room",
           mechanism="tmpfs")


# ---------------------------------------------------------------- passphrase change


def test_passphrase_change_on_a_full_disk(disk: SmallDisk) -> None:
    folder = disk.root / "vault"
    v, recovery = Vault.create(folder, PASSPHRASE, secret_store=RecordingSecretStore())
    v.entries.add("reflection", "Kept", "", {"prompt": "p"})
    slots = (folder / "keyslots.json").read_bytes()
    with disk.full(v):
        with pytest.raises(StorageFull) as exc:
            v.keys.change_passphrase("plumb ferry tonic walrus")
        _refused_as_full(exc)
    assert (folder / "keyslots.json").read_bytes() == slots  # so the old passphrase still opens it
    assert not [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]
    v.lock()
    with Vault.open(folder, PASSPHRASE, secret_store=RecordingSecretStore(), auto_backup=False) as again:
        assert again.check() == 1
    figure(f"disk full during passphrase change ({disk.mechanism})", "StorageFull, key-slot file byte for byte "
           "unchanged, no temp file left, the old passphrase opens the vault", mechanism=disk.mechanism)


# ---------------------------------------------------------------- backup


def test_backup_on_a_full_disk(disk: SmallDisk, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    v, recovery = Vault.create(folder, PASSPHRASE, secret_store=RecordingSecretStore())
    for i in range(30):
        v.entries.add("reflection", f"Entry {i}", "words " * 3000, {"prompt": "p"})
    target = disk.root / "backups" / "vault.mvbackup"
    target.parent.mkdir()
    before = dump_vault(v)
    with disk.full():
        with pytest.raises(StorageFull) as exc:
            v.backups.backup(target)
        _refused_as_full(exc)
    v.settings.update(backup_dir=str(target.parent))
    with disk.full():
        with pytest.raises(StorageFull):
            v.backups.rotate(force=True)
    assert sorted(p.name for p in target.parent.iterdir()) == [], "a partial backup (or its temp file) was left"
    assert {k: t for k, t in dump_vault(v).items() if k != "meta"} == \
        {k: t for k, t in before.items() if k != "meta"}
    v.lock()
    # An automatic backup that fails at unlock does not keep the user out.
    with disk.full():
        with Vault.open(folder, PASSPHRASE, secret_store=RecordingSecretStore()) as again:
            assert again.entries.count() == 30
    assert list(target.parent.iterdir()) == []
    with open_fast(folder, recovery) as again:
        assert again.check() == 30
        made = again.backups.backup(target)
    assert Vault.verify_backup(made, recovery_key=recovery) == 30
    figure(f"disk full during backup ({disk.mechanism})", "backup and automatic rotation refused with StorageFull, "
           "no file (not even a temp file) left in the backup folder, the vault unchanged, unlocking still "
           "works when the automatic backup fails, a backup after freeing space "
           "verifies", mechanism=disk.mechanism)


def test_backup_on_a_full_disk_via_the_cli(tmp_path: Path) -> None:
    if not MOUNTABLE:
        pytest.skip("needs a tmpfs (root); the facade test covers the injected mechanism")
    folder = tmp_path / "vault"
    assert run_cli("init", vault=folder).returncode == 0
    assert run_cli("add", "goal", "--title", "Kept", "--field", "why=x", "--body-file", "-", input="z " * 100_000,
                   vault=folder).returncode == 0
    with tmpfs(tmp_path / "small", SIZE) as root:
        filler = fill(root)
        try:
            message = one_line_error(run_cli("backup", str(root / "vault.mvbackup"), vault=folder))
            assert "disk is full" in message.lower(), message
            assert [p.name for p in root.iterdir()] == ["filler.bin"]
        finally:
            filler.unlink()
    figure("disk full during backup via the CLI (tmpfs)", "'mentorvault backup' to a full tmpfs exits 1 with one "
           "line; nothing left on the full disk", mechanism="tmpfs")


# ---------------------------------------------------------------- export and import


def test_export_on_a_full_disk(disk: SmallDisk, tmp_path: Path) -> None:
    world = make_world(tmp_path / "world", with_jordan=False)
    try:
        sam, priya = world.sam, world.priya
        for i in range(5):
            e = sam.v.entries.add("goal", f"Shared {i}", "words " * 4000, {"why": "growth"})
            sam.v.consents.grant(e.id, "Priya")
        before = sam.dump()
        out = disk.root / "to-priya.mvb"
        with disk.full():
            with pytest.raises(StorageFull) as exc:
                sam.export(priya, out)
            _refused_as_full(exc)
        assert list(disk.root.iterdir()) == [], "a bundle (or a partial one) was left on the full disk"
        assert sam.dump() == before, "a refused export was recorded (sequence number, shared log or sent marks)"
        sam.export(priya, out)
        review = priya.v.exchange.import_bundle(out)
        assert len(review.new) == 5
    finally:
        world.close()
    figure(f"disk full during export ({disk.mechanism})", "StorageFull, no bundle and no partial file, the sender's "
           "vault unchanged (sequence, shared log, sent marks); after freeing space the next bundle imports",
           mechanism=disk.mechanism)


def test_import_on_a_full_disk(disk: SmallDisk, tmp_path: Path) -> None:
    world = make_world(tmp_path / "world", with_jordan=False)
    try:
        sam, priya = world.sam, world.priya
        for i in range(5):
            e = sam.v.entries.add("goal", f"Shared {i}", "words " * 40_000, {"why": "growth"})
            sam.v.consents.grant(e.id, "Priya")
        bundle = tmp_path / "to-priya.mvb"
        sam.export(priya, bundle)
        with priya.closed():  # Priya's vault moves onto the small disk
            shutil.copytree(priya.folder, disk.root / "priya")
            priya.folder = disk.root / "priya"
        before = priya.dump()
        with disk.full(priya.v):
            with pytest.raises(StorageFull) as exc:
                priya.v.exchange.import_bundle(bundle)
            _refused_as_full(exc)
            assert priya.dump() == before
        assert len(priya.v.exchange.import_bundle(bundle).new) == 5
        assert priya.v.check() == 0 and len(priya.v.inbox.list()) == 5
    finally:
        world.close()
    figure(f"disk full during import ({disk.mechanism})", "StorageFull, the receiving vault unchanged row for row, "
           "the same bundle imports once there is room", mechanism=disk.mechanism)


def test_a_failed_export_commit_leaves_no_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not MOUNTABLE:
        pytest.skip("needs a tmpfs (root) to make the commit, not the file, run out of space")
    monkeypatch.setattr(KeyManager, "verify_passphrase", lambda self, passphrase: True)  # Argon2id is not under test
    world = make_world(tmp_path / "world", with_jordan=False)
    template = tmp_path / "sam-template"
    outcomes: list[str] = []
    try:
        sam, priya = world.sam, world.priya
        for i in range(10):
            e = sam.v.entries.add("goal", f"Shared {i}", "x" * 20_000, {"why": "y"})
            sam.v.consents.grant(e.id, "Priya")
        sam.v.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with sam.closed():
            shutil.copytree(sam.folder, template)
            shutil.copytree(template, tmp_path / "measure")
        with open_fast(tmp_path / "measure", sam.recovery_file.read_text().strip()) as probe:
            probe.exchange.export_bundle(["Priya"], tmp_path / "measure.mvb", PASSPHRASE)
        size = (tmp_path / "measure.mvb").stat().st_size
        with tmpfs(tmp_path / "small", SIZE) as root:
            # Scan the free space from "the bundle does not fit" to "everything fits", one page at a time.
            for leave in range(size - 8192, size + 128 * 1024, 4096):
                with sam.closed():
                    shutil.rmtree(root / "sam", ignore_errors=True)
                    shutil.copytree(template, root / "sam")
                    sam.folder = root / "sam"
                before = sam.dump()
                filler = fill(root, leave)
                try:
                    sam.export(priya, root / "out.mvb")
                    outcomes.append("exported")
                except StorageFull:
                    outcomes.append("refused")
                    left = [p.name for p in root.iterdir() if p.name not in ("sam", "filler.bin")]
                    assert left == [], f"with {leave} bytes free a refused export left {left}"
                    assert sam.dump() == before
                finally:
                    filler.unlink()
                    for p in root.glob("*out.mvb*"):
                        p.unlink()
                if outcomes[-3:] == ["exported"] * 3:
                    break
            assert "refused" in outcomes and "exported" in outcomes
            world.sam.close()
    finally:
        world.close()


# ---------------------------------------------------------------- migration


def test_migration_on_a_full_disk(disk: SmallDisk, tmp_path: Path) -> None:
    template = tmp_path / "template"
    v, recovery = Vault.create(template, PASSPHRASE, secret_store=RecordingSecretStore())
    key = bytes(v._key)  # type: ignore[arg-type]
    for i in range(150):
        v.entries.add("goal", f"Old {i}", "words " * 200, {"why": "growth"})
    originals = {r[0]: r[1] for r in v.conn.execute("SELECT id, content_hash FROM entries")}
    v.lock()
    make_v1_vault(template, key)
    folder = disk.root / "vault"
    shutil.copytree(template, folder)
    old = (folder / "vault.db").read_bytes()
    with disk.full(leave=len(old) // 2):
        with pytest.raises(StorageFull) as exc:
            open_fast(folder, recovery)
        message = str(exc.value)
        assert "full" in message and "damaged" not in message and "\n" not in message, message
        kind = type(exc.value).__name__
        assert (folder / "vault.db").read_bytes() == old
        copies = _visible_partials(folder / "backups", set()) if (folder / "backups").exists() else []
        assert copies == [], f"a half-copied backup is left under a final name: {copies}"
    with open_fast(folder, recovery) as migrated:
        assert migrated.check() == 150
    assert old_copy_is_whole(folder / "backups" / "before-migration-v1.mvbackup.db", key, originals)
    figure(f"disk full during migration ({disk.mechanism})", "the copy taken before the upgrade runs out of room: "
           f"{kind} ('{message[:70]}...'), the database untouched at schema 1, no half-copied backup under a "
           "final name; the upgrade runs once there is room, and its backup copy is the whole old database "
           "(every page, schema 1, every entry)", mechanism=disk.mechanism)
