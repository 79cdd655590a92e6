"""Unlocking and key management: every refusal is quick, clear, and changes no file."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import secrets
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from mentorvault.crypto import keyslots as ks
from mentorvault.errors import (
    DamagedKeySlots,
    DamagedVault,
    MentorVaultError,
    VaultExists,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
)
from mentorvault.vault import Vault

from sqlcipher_pages import PAGE, keyed_connection  # noqa: E402
from suite_support import PASSPHRASE, RecordingSecretStore  # noqa: E402

NEW_PASSPHRASE = "plumb ferry tonic walrus"
FIXED = dt.datetime(2026, 3, 14, 9, 0, tzinfo=dt.UTC)
QUICK = 5.0  # seconds; generous, since none of these refusals should run a key derivation


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def closed(tmp_path: Path) -> dict[str, Any]:
    """A vault with some entries, locked, opened once already today (so today's automatic backup exists)."""
    folder = tmp_path / "vault"
    v, recovery = Vault.create(folder, PASSPHRASE, clock=lambda: FIXED, secret_store=RecordingSecretStore())
    data_key = bytes(v._key)  # type: ignore[arg-type]
    for i in range(30):
        v.entries.add(
            "struggle-story", f"titleprobe {i}", "bodyprobe " * 200, {"situation": "fieldprobe"}, ["tagprobe"]
        )
    v.lock()
    Vault.open(folder, recovery_key=recovery, clock=lambda: FIXED, secret_store=RecordingSecretStore()).lock()
    assert (folder / "backups").is_dir()
    return {"folder": folder, "recovery": recovery, "key": data_key}


def refused(
    folder: Path, error: type[MentorVaultError], call: Callable[[], Any], match: str | None = None
) -> str:
    before = snapshot(folder) if folder.exists() else None
    start = time.perf_counter()
    with pytest.raises(error) as info:
        call()
    elapsed = time.perf_counter() - start
    assert elapsed < QUICK, f"took {elapsed:.1f} s"
    after = snapshot(folder) if folder.exists() else None
    assert after == before, "a refused unlock changed the vault folder"
    message = str(info.value)
    assert message and "Traceback" not in message and "sqlite" not in message.lower()
    if match:
        assert match in message
    return message


def _open(folder: Path, passphrase: str | None = PASSPHRASE, **kw: Any) -> Vault:
    return Vault.open(folder, passphrase, clock=lambda: FIXED, secret_store=RecordingSecretStore(), **kw)


# --------------------------------------------------------------------------- refusals


def test_wrong_passphrase(closed: dict[str, Any]) -> None:
    folder = closed["folder"]
    for wrong in ("correct horse battery stapler", "Correct horse battery staple", "", " " + PASSPHRASE):
        refused(folder, WrongPassphrase, lambda wrong=wrong: _open(folder, wrong), "does not unlock")
    refused(folder, WrongPassphrase, lambda: _open(folder, None), "needed")


def test_wrong_recovery_key(closed: dict[str, Any]) -> None:
    folder = closed["folder"]
    other = ks.format_recovery_key(ks.new_recovery_key())
    refused(folder, WrongRecoveryKey, lambda: _open(folder, None, recovery_key=other), "does not unlock")


def test_mistyped_recovery_key(closed: dict[str, Any]) -> None:
    folder = closed["folder"]
    good = closed["recovery"]
    pos = 17  # inside the fourth group
    replacement = "0" if good[pos] != "0" else "1"
    typo = good[:pos] + replacement + good[pos + 1 :]
    refused(folder, WrongRecoveryKey, lambda: _open(folder, None, recovery_key=typo), "typing mistake")
    refused(
        folder, WrongRecoveryKey, lambda: _open(folder, None, recovery_key=good[:-5]), "does not look like"
    )


def test_missing_vault(tmp_path: Path) -> None:
    folder = tmp_path / "nowhere"
    refused(folder, VaultNotFound, lambda: _open(folder), "no vault")
    assert not folder.exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    refused(empty, VaultNotFound, lambda: _open(empty))
    assert list(empty.iterdir()) == []


def test_missing_slot_file(closed: dict[str, Any]) -> None:
    folder = closed["folder"]
    (folder / "keyslots.json").unlink()
    refused(folder, DamagedKeySlots, lambda: _open(folder), "missing")


def test_missing_database(closed: dict[str, Any]) -> None:
    folder = closed["folder"]
    (folder / "vault.db").unlink()
    refused(folder, DamagedVault, lambda: _open(folder), "missing")


def _slots(folder: Path) -> dict[str, Any]:
    return json.loads((folder / "keyslots.json").read_text())


def _write_slots(folder: Path, data: Any) -> None:
    (folder / "keyslots.json").write_text(json.dumps(data, indent=2))


def _set_kdf(**values: int) -> Callable[[Path], None]:
    def damage(folder: Path) -> None:
        data = _slots(folder)
        next(s for s in data["slots"] if s["type"] == "passphrase")["kdf"].update(values)
        _write_slots(folder, data)

    return damage


def _raw(transform: Callable[[bytes], bytes]) -> Callable[[Path], None]:
    def damage(folder: Path) -> None:
        path = folder / "keyslots.json"
        path.write_bytes(transform(path.read_bytes()))

    return damage


DAMAGES: dict[str, tuple[Callable[[Path], None], str | None]] = {
    "zeroed": (_raw(lambda b: bytes(len(b))), "damaged"),
    "truncated": (_raw(lambda b: b[: len(b) // 2]), "damaged"),
    "empty": (_raw(lambda b: b""), "damaged"),
    "garbage": (_raw(lambda b: secrets.token_bytes(len(b))), "damaged"),
    "one byte flipped in the JSON": (_raw(lambda b: b.replace(b'"slots"', b'"slotz"')), "damaged"),
    "wrong version": (lambda f: _write_slots(f, {**_slots(f), "version": 2}), "newer version"),
    "memory 64 GiB": (_set_kdf(memory_kib=64 * 1024 * 1024), "memory"),
    "iterations 10^6": (_set_kdf(iterations=10**6), "unreasonable"),
    "lanes 0": (_set_kdf(lanes=0), "unreasonable"),
    "all absurd": (_set_kdf(memory_kib=2**40, iterations=2**31, lanes=2**16), None),
    "huge file": (_raw(lambda b: b + b" " * (ks.MAX_SLOT_FILE + 1)), "damaged"),
}


SLOT_DAMAGES = {"memory 64 GiB": "memory", "iterations 10^6": "settings", "lanes 0": "settings",
                "all absurd": "memory"}


@pytest.fixture(scope="module")
def closed_once(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("slots") / "vault"
    v, recovery = Vault.create(folder, PASSPHRASE, clock=lambda: FIXED, secret_store=RecordingSecretStore())
    v.entries.add("reflection", "T", "", {"prompt": "p"})
    v.lock()
    return {"folder": folder, "recovery": recovery}


@pytest.mark.parametrize("name", list(DAMAGES))
def test_damaged_slot_file(closed_once: dict[str, Any], name: str) -> None:
    folder = closed_once["folder"]
    original = (folder / "keyslots.json").read_bytes()
    damage, match = DAMAGES[name]
    damage(folder)
    try:
        refused(folder, DamagedKeySlots, lambda: _open(folder), match)
        if name in SLOT_DAMAGES:
            # Only the passphrase slot is bad: it is set aside and the recovery key still unlocks.
            vault = _open(folder, None, recovery_key=closed_once["recovery"])
            assert [(n.type, n.problem) for n in vault.keys.slot_notes] == [("passphrase", SLOT_DAMAGES[name])]
            vault.lock()
        else:
            refused(
                folder, DamagedKeySlots, lambda: _open(folder, None, recovery_key=closed_once["recovery"]), match
            )
    finally:
        (folder / "keyslots.json").write_bytes(original)


def test_edited_kdf_within_bounds_does_not_unwrap(closed: dict[str, Any]) -> None:
    folder = closed["folder"]
    _set_kdf(iterations=4)(folder)
    # The slot's id is derived from its settings: the file tells an edit from a wrong passphrase.
    message = refused(folder, DamagedKeySlots, lambda: _open(folder))
    assert "changed" in message
    assert _open(folder, None, recovery_key=closed["recovery"]).lock() is None  # the other slot is intact


@pytest.fixture
def foreign(tmp_path: Path, closed: dict[str, Any]) -> Path:
    """``closed``'s folder with the slot file of another vault that uses the same passphrase."""
    other = tmp_path / "other"
    Vault.create(other, PASSPHRASE, secret_store=RecordingSecretStore())[0].lock()
    shutil.copy(other / "keyslots.json", closed["folder"] / "keyslots.json")
    return closed["folder"]


def test_slot_file_from_another_vault_is_refused(foreign: Path) -> None:
    # The key file records the database's SQLCipher salt, so the mismatch is seen before any derivation
    # and blamed on the key file, not on the (intact) database.
    message = refused(foreign, DamagedKeySlots, lambda: _open(foreign))
    assert "another vault" in message
    refused(foreign, DamagedKeySlots, lambda: _open(foreign, "definitely the wrong passphrase"))


def test_slot_file_from_another_vault_without_a_salt_is_still_refused(foreign: Path) -> None:
    """A key file written before the salt was recorded: the wrong data key is caught at the first read."""
    data = _slots(foreign)
    data.pop("database_salt")
    _write_slots(foreign, data)
    message = refused(foreign, MentorVaultError, lambda: _open(foreign))
    assert "damaged" in message or "another vault" in message


def test_damaged_database_start_is_refused(closed: dict[str, Any]) -> None:
    folder = closed["folder"]
    _flip(folder / "vault.db", 0, 4)  # SQLCipher's salt: every page key changes with it
    refused(folder, MentorVaultError, lambda: _open(folder), "damaged")


def _flip(path: Path, offset: int, count: int = 16) -> None:
    data = bytearray(path.read_bytes())
    for i in range(count):
        data[offset + i] ^= 0x5A
    path.write_bytes(bytes(data))


def _meta_pages(folder: Path, key: bytes) -> set[int]:
    with keyed_connection(folder / "vault.db", key) as conn:
        return {r[0] for r in conn.execute("SELECT rootpage FROM sqlite_master WHERE tbl_name = 'meta'")}


def _changed_pages(before: bytes, after: bytes) -> set[int]:
    assert len(before) == len(after)
    return {i // PAGE + 1 for i in range(0, len(before), PAGE) if before[i : i + PAGE] != after[i : i + PAGE]}


def test_damaged_database_page(closed: dict[str, Any]) -> None:
    folder = closed["folder"]
    db = folder / "vault.db"
    meta = _meta_pages(folder, closed["key"])
    size = db.stat().st_size
    assert size > 20 * PAGE
    damaged_page = size // 2 // PAGE + 1
    assert damaged_page not in meta
    _flip(db, (damaged_page - 1) * PAGE + 1000)
    before_files, before_db = snapshot(folder), db.read_bytes()
    start = time.perf_counter()
    with pytest.raises(DamagedVault) as info:
        v = _open(folder)
        try:
            v.check()
        finally:
            v.lock()
    assert time.perf_counter() - start < QUICK
    assert "damaged" in str(info.value) and "Nothing was changed" in str(info.value)
    after_files = snapshot(folder)
    assert set(after_files) == set(before_files)  # no partial backup, no stray file
    assert {k for k in after_files if after_files[k] != before_files[k]} <= {"vault.db"}
    # Unlocking records a generation counter in the meta table by design; nothing else may change,
    # and the damaged page must be left exactly as it was.
    assert _changed_pages(before_db, db.read_bytes()) <= meta


def test_damaged_meta_page(closed: dict[str, Any]) -> None:
    folder = closed["folder"]
    page = min(_meta_pages(folder, closed["key"]))
    _flip(folder / "vault.db", (page - 1) * PAGE + 1000)
    refused(folder, DamagedVault, lambda: _open(folder), "damaged")


def test_check_counts_entries_on_a_healthy_vault(closed: dict[str, Any]) -> None:
    v = _open(closed["folder"])
    try:
        assert v.check() == 30
    finally:
        v.lock()


def test_newer_database_schema_is_refused(closed: dict[str, Any]) -> None:
    folder = closed["folder"]
    conn = sqlcipher.connect(str(folder / "vault.db"))
    conn.execute(f"PRAGMA key = \"x'{closed['key'].hex()}'\"")
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    refused(folder, DamagedVault, lambda: _open(folder), "newer version")


# --------------------------------------------------------------------------- changing keys


def test_change_passphrase_rewraps_only_the_slot_file(closed: dict[str, Any]) -> None:
    folder = closed["folder"]
    v = _open(folder)
    v.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # settle what the unlock itself wrote
    before = snapshot(folder)
    slots_before = _slots(folder)
    v.keys.change_passphrase(NEW_PASSPHRASE)
    assert v.keys.verify_passphrase(NEW_PASSPHRASE) and not v.keys.verify_passphrase(PASSPHRASE)
    after = snapshot(folder)
    assert {k for k in after if after[k] != before.get(k)} == {"keyslots.json"}
    assert set(after) == set(before)  # the database (and its WAL) untouched: no re-encryption
    slots_after = _slots(folder)
    recovery_before = [s for s in slots_before["slots"] if s["type"] == "recovery"]
    assert [s for s in slots_after["slots"] if s["type"] == "recovery"] == recovery_before
    old = next(s for s in slots_before["slots"] if s["type"] == "passphrase")
    new = next(s for s in slots_after["slots"] if s["type"] == "passphrase")
    assert new["salt"] != old["salt"] and new["wrapped"] != old["wrapped"] and new["id"] != old["id"]
    v.lock()

    refused(folder, WrongPassphrase, lambda: _open(folder, PASSPHRASE))
    with _open(folder, NEW_PASSPHRASE) as v2:
        assert v2.entries.count() == 30
    with _open(folder, None, recovery_key=closed["recovery"]) as v3:
        assert v3.entries.count() == 30
    assert sorted(s["type"] for s in _slots(folder)["slots"]) == ["passphrase", "recovery"]


def test_recovery_key_then_reset_passphrase(closed: dict[str, Any]) -> None:
    folder = closed["folder"]
    v = _open(folder, None, recovery_key=closed["recovery"].lower().replace("-", " "))
    assert v.entries.count() == 30
    v.keys.change_passphrase(NEW_PASSPHRASE)
    v.lock()
    refused(folder, WrongPassphrase, lambda: _open(folder, PASSPHRASE))
    with _open(folder, NEW_PASSPHRASE) as again:
        assert again.entries.get(again.entries.list(limit=1)[0].id).fields == {"situation": "fieldprobe"}
    _open(folder, None, recovery_key=closed["recovery"]).lock()


def test_weak_passphrase_refused_at_create(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    for weak in ("password123", "short", "aaaaaaaaaaaa"):
        with pytest.raises(WeakPassphrase):
            Vault.create(folder, weak, secret_store=RecordingSecretStore())
        assert not folder.exists()


def test_weak_passphrase_refused_at_change(closed: dict[str, Any]) -> None:
    folder = closed["folder"]
    v = _open(folder)
    try:
        before = snapshot(folder)
        with pytest.raises(WeakPassphrase):
            v.keys.change_passphrase("password123")
        assert snapshot(folder) == before
        assert v.keys.verify_passphrase(PASSPHRASE)
    finally:
        v.lock()


def test_create_refuses_a_non_empty_folder(tmp_path: Path) -> None:
    folder = tmp_path / "busy"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    with pytest.raises(VaultExists):
        Vault.create(folder, PASSPHRASE, secret_store=RecordingSecretStore())
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]


def test_slot_file_holds_no_plaintext_and_is_the_documented_json(closed: dict[str, Any]) -> None:
    folder = closed["folder"]
    raw = (folder / "keyslots.json").read_bytes()
    key, recovery = closed["key"], closed["recovery"]
    recovery_raw = ks.parse_recovery_key(recovery)
    for secret in (
        key,
        recovery_raw,
        PASSPHRASE.encode(),
        recovery.encode(),
        recovery.replace("-", "").encode(),
    ):
        for form in (secret, secret.hex().encode(), base64.b64encode(secret), base64.b64encode(secret)[:20]):
            assert form not in raw
    for probe in (b"titleprobe", b"bodyprobe", b"fieldprobe", b"tagprobe", b"battery"):
        assert probe not in raw
    data = json.loads(raw)
    assert set(data) == {"format", "version", "vault_id", "slots", "database_salt"}
    assert (
        data["database_salt"] == (folder / "vault.db").read_bytes()[:16].hex()
    )  # not secret: SQLCipher's salt
    assert data["format"] == "mentorvault-keyslots" and data["version"] == 1
    assert sorted(s["type"] for s in data["slots"]) == ["passphrase", "recovery"]
    assert ks.KeySlotFile.from_bytes(raw).vault_id == data["vault_id"]
    assert os.stat(folder / "keyslots.json").st_mode & 0o777 == 0o600
    db = (folder / "vault.db").read_bytes()
    assert not db.startswith(b"SQLite format 3") and b"titleprobe" not in db and key not in db


def test_folder_permissions(closed: dict[str, Any]) -> None:
    folder = closed["folder"]
    assert folder.stat().st_mode & 0o777 == 0o700
    for name in ("keyslots.json", "vault.lock"):
        assert (folder / name).stat().st_mode & 0o077 == 0, name


# --------------------------------------------------------------------------- tampered slots cannot multiply the cost


def _add_plausible_slots(folder: Path, count: int, memory_kib: int, iterations: int) -> None:
    """Expensive passphrase slots put ahead of the real one, with random (version-4) ids: the file cannot tell them."""
    data = _slots(folder)
    real = next(s for s in data["slots"] if s["type"] == "passphrase")
    fakes = []
    for _ in range(count):
        fake = json.loads(json.dumps(real))
        fake["id"] = str(__import__("uuid").uuid4())
        fake["salt"] = base64.b64encode(secrets.token_bytes(16)).decode()
        fake["kdf"].update(memory_kib=memory_kib, iterations=iterations)
        fakes.append(fake)
    data["slots"] = fakes + data["slots"]
    _write_slots(folder, data)


def _recording_argon2(monkeypatch: pytest.MonkeyPatch) -> list[ks.Argon2Params]:
    """Record every derivation; derive for real only at the floor (the real slot), fake the dear ones."""
    tried: list[ks.Argon2Params] = []
    real = ks.argon2id

    def recording(secret: bytes, salt: bytes, params: ks.Argon2Params) -> bytes:
        tried.append(params)
        return real(secret, salt, params) if params == ks.MINIMUM_PARAMS else secrets.token_bytes(32)

    monkeypatch.setattr(ks, "argon2id", recording)
    return tried


def test_many_expensive_slots_ahead_of_the_real_one_cost_one_derivation(
        closed_once: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    folder = closed_once["folder"]
    original = (folder / "keyslots.json").read_bytes()
    _add_plausible_slots(folder, 13, ks.MAX_MEMORY_KIB, ks.MAX_ITERATIONS)
    tried = _recording_argon2(monkeypatch)
    try:
        _open(folder).lock()
    finally:
        (folder / "keyslots.json").write_bytes(original)
    assert tried == [ks.MINIMUM_PARAMS]  # cheapest first: the real slot, and nothing else


def test_a_wrong_passphrase_against_many_slots_stays_within_the_budget(
        closed_once: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    folder = closed_once["folder"]
    original = (folder / "keyslots.json").read_bytes()
    _add_plausible_slots(folder, 13, ks.MAX_MEMORY_KIB, ks.MAX_ITERATIONS)
    tried = _recording_argon2(monkeypatch)
    try:
        with pytest.raises(WrongPassphrase):
            _open(folder, "definitely the wrong passphrase")
    finally:
        (folder / "keyslots.json").write_bytes(original)
    assert sum(p.work for p in tried) <= ks.MAX_TOTAL_WORK
    assert len(tried) == 2  # the real slot, then one dear slot; the other 12 are not derived with
    assert tried[0] == ks.MINIMUM_PARAMS


def test_another_vaults_key_file_without_a_salt_is_named_not_called_damaged(foreign: Path) -> None:
    """Same passphrase, key file from another vault, written before the salt was recorded."""
    data = _slots(foreign)
    data.pop("database_salt")
    _write_slots(foreign, data)
    message = refused(foreign, DamagedKeySlots, lambda: _open(foreign))
    assert "does not belong to this database" in message and "another vault" in message
