"""Power-loss style damage, restore from the rotating backups, and awkward places for a vault.

* Damage: a torn last page, a file cut short, a torn WAL tail, a zeroed key-slot file, a key-slot
  file from another vault.  Each is detected ('mentorvault check', or unlocking) with one line
  that points to the backups, and the vault comes back from its automatic backup through the CLI.
* Places: a read-only vault folder, a path with spaces and non-ASCII characters, path characters
  that mean something in a URI ('#', '?', '%'), a vault folder moved while it is open.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mentorvault.cli import describe
from mentorvault.errors import DamagedKeySlots, DamagedVault, MentorVaultError, WrongPassphrase
from mentorvault.vault import Vault

from exchange_support import make_world, one_line_error
from reliability_support import (
    PASSPHRASE,
    RecordingSecretStore,
    can_mount,
    figure,
    open_fast,
    run_cli,
    tmpfs,
    tree,
)

DAY = dt.datetime(2026, 5, 4, 9, 0, tzinfo=dt.UTC)
PAGE = 4096


def _vault_with_backup(folder: Path) -> tuple[str, set[str], Path]:
    """A vault whose automatic backup holds 12 entries; 3 more were added after it (and are lost)."""
    v, recovery = Vault.create(folder, PASSPHRASE, clock=lambda: DAY, secret_store=RecordingSecretStore())
    v.partners.add("Robin", "mentor")
    for i in range(12):
        v.entries.add("session-note", f"Session {i}", "notes " * 800, {"session_date": "2026-05-01"},
                    ["kept"], partner="Robin")
    backed_up = {s.id for s in v.entries.list()}
    auto = v.backups.rotate(force=True)
    assert auto is not None and auto.name == "auto-2026-05-04.mvbackup"
    for i in range(3):
        v.entries.add("reflection", f"After the backup {i}", "", {"prompt": "p"})
    v.lock()
    return recovery, backed_up, auto


def _torn_last_page(folder: Path) -> None:
    db = folder / "vault.db"
    data = bytearray(db.read_bytes())
    data[-PAGE // 2:] = os.urandom(PAGE // 2)  # half a page written, then the power went
    db.write_bytes(bytes(data))


def _cut_mid_page(folder: Path) -> None:
    db = folder / "vault.db"
    db.write_bytes(db.read_bytes()[: -PAGE // 2])


def _cut_in_half(folder: Path) -> None:
    db = folder / "vault.db"
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2 // PAGE * PAGE])


def _zeroed_slots(folder: Path) -> None:
    slots = folder / "keyslots.json"
    slots.write_bytes(bytes(len(slots.read_bytes())))


def _foreign_slots(folder: Path) -> None:
    other, _ = Vault.create(folder.parent / f"other-{folder.name}", PASSPHRASE, secret_store=RecordingSecretStore())
    other.lock()
    shutil.copy(folder.parent / f"other-{folder.name}" / "keyslots.json", folder / "keyslots.json")


DAMAGE: dict[str, Callable[[Path], None]] = {
    "torn last page": _torn_last_page,
    "file cut mid-page": _cut_mid_page,
    "file cut in half": _cut_in_half,
    "zeroed key-slot file": _zeroed_slots,
    "key-slot file of another vault": _foreign_slots,
}


def _points_to_backups(message: str, folder: Path | None = None) -> None:
    """The message says how to restore, and (when there are automatic backups) where they are."""
    assert "backup" in message.lower() and re.search(r"mentorvault .*restore", message), message
    if folder is not None:
        assert str(folder / "backups") in message, message
    assert "Traceback" not in message


@pytest.mark.parametrize("case", list(DAMAGE))
def test_damage_is_detected_and_the_rotating_backup_restores(tmp_path: Path, case: str) -> None:
    folder = tmp_path / "vault"
    recovery, backed_up, auto = _vault_with_backup(folder)
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(recovery + "\n")
    DAMAGE[case](folder)
    damaged = tree(folder)

    # Detected: 'check' (which reads every page) refuses with one line that points to the backups.
    # (Unlocked with the passphrase here, with the recovery key below: Argon2id is not under test.)
    message = one_line_error(run_cli("check", vault=folder))
    _points_to_backups(message, folder if case != "torn last page" and case != "file cut mid-page" else None)
    listed = run_cli("--recovery-key-file", str(key_file), "list", vault=folder)
    detected_by_list = listed.returncode != 0
    if detected_by_list:
        _points_to_backups(one_line_error(listed), folder)
    with pytest.raises((DamagedVault, DamagedKeySlots)):
        with open_fast(folder, recovery) as v:
            v.check()
    if detected_by_list:  # refused at unlock: nothing was written
        assert {k: v for k, v in tree(folder).items() if k != "vault.lock"} == \
            {k: v for k, v in damaged.items() if k != "vault.lock"}, "unlocking a damaged vault changed its files"

    # The automatic backup is intact, and restores through the CLI into the vault's own place.
    verified = run_cli("--recovery-key-file", str(key_file), "verify-backup", str(auto), vault=None)
    assert verified.returncode == 0 and "holds 12 entries" in verified.stdout, verified.stderr
    folder.rename(tmp_path / "vault.damaged")
    saved_auto = tmp_path / "vault.damaged" / "backups" / auto.name
    restored = run_cli("restore", str(saved_auto), vault=folder)
    assert restored.returncode == 0 and "Restored 12 entries" in restored.stdout, restored.stderr
    checked = run_cli("--recovery-key-file", str(key_file), "check", vault=folder)
    assert checked.returncode == 0 and "holds 12 entries" in checked.stdout, checked.stderr
    listing = json.loads(run_cli("--recovery-key-file", str(key_file), "list", "--json", vault=folder).stdout)
    assert {e["id"] for e in listing} == backed_up
    unlocking = ("; so does unlocking" if detected_by_list
                 else " (unlocking and list still work on the undamaged pages)")
    figure(f"damage: {case}", f"'check' exits 1 with one line pointing to 'mentorvault restore'{unlocking}; "
           "the automatic backup verifies and restores through the CLI with all 12 entries it holds", case=case,
           detected_by_list=detected_by_list)


def test_a_torn_wal_tail_keeps_every_complete_transaction(tmp_path: Path) -> None:
    """A crash mid-append to the WAL: SQLite drops the torn frames and keeps every committed save."""
    folder = tmp_path / "vault"
    v, recovery = Vault.create(folder, PASSPHRASE, secret_store=RecordingSecretStore())
    v.conn.execute("PRAGMA wal_autocheckpoint = 0")  # keep everything in the WAL, as between checkpoints
    committed = [v.entries.add("goal", f"Committed {i}", "words " * 300, {"why": "w"}).id for i in range(8)]
    snapshot = tmp_path / "power-cut"
    snapshot.mkdir()
    for name in ("vault.db", "vault.db-wal", "keyslots.json"):
        shutil.copy2(folder / name, snapshot / name)
    last = v.entries.add("goal", "Being written when the power went", "words " * 3000, {"why": "w"})
    wal = (folder / "vault.db-wal").read_bytes()
    v.lock()
    cut = len((snapshot / "vault.db-wal").read_bytes())
    outcomes = []
    for keep in (24 + PAGE // 2, 24 + PAGE + 10, (len(wal) - cut) // 2, len(wal) - cut - 100):
        case = tmp_path / f"cut-{keep}"
        shutil.copytree(snapshot, case)
        (case / "vault.db-wal").write_bytes(wal[: cut + keep])  # the last transaction's frames, torn
        with open_fast(case, recovery) as c:
            assert c.check() == 8
            ids = {s.id for s in c.entries.list()}
            assert ids == set(committed) and last.id not in ids
        outcomes.append(keep)
    figure("damage: torn WAL tail", f"{len(outcomes)} cuts inside the last transaction's WAL frames: each vault "
           "opens, passes check, and holds exactly the 8 committed entries (no warning needed)", cuts=len(outcomes))


def test_a_zero_length_database_is_called_damaged_and_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    recovery, _backed_up, _auto = _vault_with_backup(folder)
    (folder / "vault.db").write_bytes(b"")
    with pytest.raises(MentorVaultError) as exc:
        open_fast(folder, recovery)
    assert isinstance(exc.value, DamagedVault), f"{type(exc.value).__name__}: {exc.value}"
    _points_to_backups(describe(exc.value), folder)  # as the CLI words it (the core gives the facts)
    assert (folder / "vault.db").read_bytes() == b"", "the empty database was written over"
    figure("damage: zero-length database", "refused as a damaged (empty) database, pointing to the automatic "
           "backups; the empty file is left as it was (no fresh schema written over it)")


def test_the_damage_message_says_where_the_automatic_backups_are(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    _recovery, _backed_up, auto = _vault_with_backup(folder)
    _cut_in_half(folder)
    message = one_line_error(run_cli("check", vault=folder))
    assert str(auto) in message, message  # the newest one, by name
    listed = run_cli("backups", vault=folder, passphrase=None)  # no unlocking needed
    assert listed.returncode == 0 and listed.stdout.split() == [str(auto)], listed.stderr


# ---------------------------------------------------------------- read-only


def _readonly_runner(folder: Path) -> tuple[str, Callable[..., subprocess.CompletedProcess[str]]]:
    """Make ``folder`` read-only for the CLI: a chmod, and without root's permission override."""
    if os.geteuid() != 0:
        return "chmod 0500", run_cli
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: a chmod would not stop root")

    def run(*args: str, **kw: Any) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ)
        env["MENTORVAULT_PASSPHRASE"] = kw.pop("passphrase", PASSPHRASE)
        cmd = [setpriv, "--bounding-set", "-dac_override,-dac_read_search,-fowner",
               sys.executable, "-m", "mentorvault", "--vault", str(kw.pop("vault"))]
        return subprocess.run(cmd + list(args), capture_output=True, text=True, env=env, timeout=120, **kw)

    return "chmod 0500, run without root's file-permission override (setpriv)", run


def _readonly_checks(folder: Path, run: Callable[..., subprocess.CompletedProcess[str]], key_file: Path) -> list[str]:
    before = tree(folder)
    messages = []
    for args in (["list"], ["check"], ["search", "Kept"], ["add", "goal", "--title", "New", "--field", "why=x"]):
        unlock = [] if args == ["list"] else ["--recovery-key-file", str(key_file)]  # the passphrase once
        message = one_line_error(run(*unlock, *args, vault=folder))
        assert "read-only" in message or "cannot write" in message, message
        assert "damaged" not in message
        messages.append(message)
    assert tree(folder) == before, "a read-only vault was changed"
    return messages


def test_a_read_only_vault_folder(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    v, recovery = Vault.create(folder, PASSPHRASE, secret_store=RecordingSecretStore())
    v.entries.add("goal", "Kept", "", {"why": "x"})
    backup = v.backups.backup(tmp_path / "backup.mvbackup")
    v.lock()
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(recovery + "\n")
    how, run = _readonly_runner(folder)
    os.chmod(folder, 0o500)
    try:
        messages = _readonly_checks(folder, run, key_file)
    finally:
        os.chmod(folder, 0o700)
    assert run_cli("check", vault=folder).returncode == 0
    mounted = "not tried (no mount here)"
    if can_mount():
        with tmpfs(tmp_path / "medium", "16m") as medium:
            shutil.copytree(folder, medium / "vault")
            shutil.copy(backup, medium / "backup.mvbackup")
            (medium / "vault" / "vault.lock").unlink()
            subprocess.run(["mount", "-o", "remount,ro", str(medium)], check=True)
            _readonly_checks(medium / "vault", run_cli, key_file)
            # a backup on a read-only medium can still be checked and restored from
            verified = run_cli("--recovery-key-file", str(key_file), "verify-backup", str(medium / "backup.mvbackup"),
                               vault=None)
            assert verified.returncode == 0 and "holds 1 entries" in verified.stdout
            restored = run_cli("restore", str(medium / "backup.mvbackup"), vault=tmp_path / "from-medium")
            assert restored.returncode == 0, restored.stderr
        mounted = "a read-only tmpfs too, and a backup on it verifies and restores"
    figure("read-only vault folder", f"{how}: list, check, search and add exit 1 with one line "
           f"('{messages[0][:60]}...'), no file changed; {mounted}", how=how)


# ---------------------------------------------------------------- paths


AWKWARD = "Mentoring notes — Zoë's vault 日本 ü"


def test_a_path_with_spaces_and_non_ascii_characters(tmp_path: Path) -> None:
    root = tmp_path / AWKWARD
    world = make_world(root, with_jordan=False)
    try:
        sam, priya = world.sam, world.priya
        assert " " in str(sam.folder) and not str(sam.folder).isascii()
        e = sam.v.entries.add("goal", "Ünïcode goal", "Body", {"why": "growth"})
        sam.v.consents.grant(e.id, "Priya")
        out = root / "bundles ü" / "to priya.mvb"
        out.parent.mkdir()
        backup = root / "backups ü" / "sam 1.mvbackup"
        results = sam.cli_many([
            ["add", "reflection", "--title", "Added in a spaced path", "--field", "prompt=p"],
            ["search", "Ünïcode"],
            ["export", "--to", "Priya", "--out", str(out)],
            ["backup", str(backup)],
            ["check"],
        ], subprocess_every=2)
        for r in results:
            assert r.returncode == 0, (r.args, r.stderr)
        assert "Ünïcode goal" in results[1].stdout
        imported = priya.cli("--json", "import", str(out), fast=True)
        assert imported.returncode == 0 and json.loads(imported.stdout)["new"] == [e.id], imported.stderr
        restored_to = root / "restored ü" / "vault 2"
        r = run_cli("restore", str(backup), vault=restored_to)
        assert r.returncode == 0 and "Restored 2 entries" in r.stdout, r.stderr
        assert sorted(p.name for p in restored_to.iterdir()) == ["keyslots.json", "vault.db"]
        strays = [p.name for p in root.iterdir() if p.is_file() and p.suffix not in (".card", ".recovery")]
        assert strays == [], f"a file landed beside the vaults: {strays}"
    finally:
        world.close()
    figure("path with spaces and non-ASCII", f"vaults under '{AWKWARD}': add, search, export, import, backup, "
           "restore and check through the CLI work; every file stays inside its vault folder")


@pytest.mark.parametrize("name", ["notes #2", "what?", "100%41"])
def test_uri_characters_in_the_vault_path(tmp_path: Path, name: str) -> None:
    parent = tmp_path / "parent"
    parent.mkdir()
    folder = parent / name / "vault"
    try:
        v, recovery = Vault.create(folder, PASSPHRASE, secret_store=RecordingSecretStore())
        v.entries.add("goal", "Kept", "", {"why": "x"})
        v.lock()
    finally:
        strays = sorted(p.name for p in parent.iterdir() if p.name != name)
    assert (folder / "vault.db").is_file(), "the database is not in the vault folder"
    assert strays == [], f"files created outside the vault folder: {strays}"
    with open_fast(folder, recovery) as again:
        assert again.entries.count() == 1
    figure(f"path with URI characters: {name!r}", "the database stays inside the vault folder and reopens")


# ---------------------------------------------------------------- moved while open


def test_a_vault_folder_moved_while_open_keeps_every_save(tmp_path: Path) -> None:
    old = tmp_path / "Documents" / "vault"
    v, recovery = Vault.create(old, PASSPHRASE, secret_store=RecordingSecretStore())
    before = [v.entries.add("goal", f"Before {i}", "", {"why": "x"}).id for i in range(5)]
    new = tmp_path / "Moved elsewhere" / "vault"
    new.parent.mkdir()
    os.rename(old, new)  # e.g. the user tidies their folders while the app is open
    after = [v.entries.add("goal", f"After {i}", "words " * 500, {"why": "x"}).id for i in range(5)]
    v.entries.update(before[0], body="edited after the move")
    assert v.check() == 10
    v.lock()
    assert not old.exists(), "something recreated the old folder"
    with open_fast(new, recovery) as again:
        assert again.check() == 10
        assert {s.id for s in again.entries.list()} == set(before + after)
        assert again.entries.get(before[0]).body == "edited after the move"
    figure("vault folder moved while open", "saves and edits after the move land in the moved vault (10 of 10 "
           "entries, check passes at the new place); nothing appears at the old place")


def test_a_vault_folder_moved_while_open_never_writes_to_the_old_place(tmp_path: Path) -> None:
    old = tmp_path / "Documents" / "vault"
    v, recovery = Vault.create(old, PASSPHRASE, secret_store=RecordingSecretStore())
    v.entries.add("goal", "Kept", "", {"why": "x"})
    new = tmp_path / "Moved elsewhere" / "vault"
    new.parent.mkdir()
    os.rename(old, new)
    changed = False
    try:
        v.backups.rotate(force=True)
        v.keys.change_passphrase("plumb ferry tonic walrus")
        changed = True
    except MentorVaultError:
        pass  # a clear refusal is fine
    finally:
        v.lock()
    assert not old.exists(), f"files written at the old place: {sorted(p.name for p in old.rglob('*'))}"
    expected = "plumb ferry tonic walrus" if changed else PASSPHRASE
    try:
        Vault.open(new, expected, secret_store=RecordingSecretStore(), auto_backup=False).lock()
    except WrongPassphrase:
        pytest.fail(f"the moved vault does not open with {'the new' if changed else 'the old'} passphrase")
    figure("vault folder moved while open: key slots and backups", "the daily backup and a passphrase change "
           f"{'apply to the moved vault' if changed else 'are refused with a clear message'}; nothing is "
           "written at the old place and the moved vault opens with the passphrase the user was told it has")
