"""The CLI's key and backup commands in a subprocess: init, unlock, passwd, check, backup, restore."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pytest

from mentorvault.crypto import keyslots as ks
from mentorvault.vault import Vault

from cli_helpers import fails, ok_json  # noqa: E402
from kind_samples import sample  # noqa: E402
from suite_support import PASSPHRASE, RecordingSecretStore, run_cli  # noqa: E402

NEW = "plumb ferry tonic walrus"
RECOVERY_RE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){13}$")


def _files(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def made(tmp_path: Path) -> dict[str, Any]:
    folder = tmp_path / "vault"
    init = ok_json("init", "--json", vault=folder)
    recovery_file = tmp_path / "recovery.txt"
    recovery_file.write_text(init["recovery_key"] + "\n")
    # The entries go in through the facade with the recovery key (no Argon2): this file is about keys.
    with Vault.open(folder, recovery_key=init["recovery_key"], secret_store=RecordingSecretStore()) as v:
        for kind in ("goal", "feedback", "agenda"):
            v.entries.add(kind, f"Entry {kind}", "", sample(kind))
    return {
        "folder": folder,
        "recovery": init["recovery_key"],
        "recovery_file": recovery_file,
        "tmp": tmp_path,
    }


def test_init_prints_a_working_recovery_key(made: dict[str, Any]) -> None:
    assert RECOVERY_RE.match(made["recovery"])
    assert ks.parse_recovery_key(made["recovery"])
    with Vault.open(made["folder"], recovery_key=made["recovery"], secret_store=RecordingSecretStore()) as v:
        assert v.entries.count() == 3
    text = run_cli("init", vault=made["tmp"] / "second")
    assert text.returncode == 0 and "recovery key" in text.stdout.lower()
    assert re.search(r"[0-9A-Z]{4}(-[0-9A-Z]{4}){13}", text.stdout)
    assert "already exists" in fails("init", vault=made["folder"])


def test_init_refuses_a_weak_passphrase(tmp_path: Path) -> None:
    folder = tmp_path / "weak"
    message = fails("init", vault=folder, passphrase="password123")
    assert "too weak" in message and "password123" not in message
    assert not folder.exists()


def test_init_accepts_a_long_passphrase(tmp_path: Path) -> None:
    long = "plumb ferry tonic walrus quiet lantern orbit meadow cinder harbour violet marble"
    ok_json("init", "--json", vault=tmp_path / "long", passphrase=long)


def test_unlock_ways(made: dict[str, Any]) -> None:
    folder = made["folder"]
    passfile = made["tmp"] / "pass.txt"
    passfile.write_text(PASSPHRASE + "\n")
    assert (
        len(ok_json("--passphrase-file", str(passfile), "list", "--json", vault=folder, passphrase=None)) == 3
    )
    assert (
        len(
            ok_json(
                "--recovery-key-file",
                str(made["recovery_file"]),
                "list",
                "--json",
                vault=folder,
                passphrase=None,
            )
        )
        == 3
    )
    assert "No passphrase given" in fails("list", vault=folder, passphrase=None)
    assert "does not unlock" in fails("list", vault=folder, passphrase="correct horse battery stapler")
    typo = made["tmp"] / "typo.txt"
    good = made["recovery"]
    typo.write_text(good[:5] + ("0" if good[5] != "0" else "1") + good[6:])
    assert "typing mistake" in fails("--recovery-key-file", str(typo), "list", vault=folder, passphrase=None)
    assert "not remembered" in fails("--device", "list", vault=folder)
    assert "no vault" in fails("list", vault=made["tmp"] / "missing").lower()
    assert not (made["tmp"] / "missing").exists()


def test_damaged_key_file(made: dict[str, Any]) -> None:
    folder = made["folder"]
    slots = folder / "keyslots.json"
    data = json.loads(slots.read_text())
    next(s for s in data["slots"] if s["type"] == "passphrase")["kdf"]["memory_kib"] = 64 * 1024 * 1024
    slots.write_text(json.dumps(data))
    before = _files(folder)
    assert "memory" in fails("list", vault=folder)
    slots.write_bytes(b"\x00" * 500)
    assert "damaged" in fails("list", vault=folder)
    slots.write_text(json.dumps({**data, "version": 2}))
    assert "newer version" in fails("list", vault=folder)
    assert set(_files(folder)) == set(before)


def test_passwd(made: dict[str, Any]) -> None:
    folder = made["folder"]
    slots_before = (folder / "keyslots.json").read_bytes()
    assert "too weak" in fails("passwd", vault=folder, env={"MENTORVAULT_NEW_PASSPHRASE": "password123"})
    assert (folder / "keyslots.json").read_bytes() == slots_before
    assert ok_json("passwd", "--json", vault=folder, env={"MENTORVAULT_NEW_PASSPHRASE": NEW}) == {
        "changed": True
    }
    assert "does not unlock" in fails("list", vault=folder)
    assert len(ok_json("list", "--json", vault=folder, passphrase=NEW)) == 3
    assert (
        len(
            ok_json(
                "--recovery-key-file",
                str(made["recovery_file"]),
                "list",
                "--json",
                vault=folder,
                passphrase=None,
            )
        )
        == 3
    )
    # recovery key, then set a new passphrase with it
    assert ok_json(
        "--recovery-key-file",
        str(made["recovery_file"]),
        "passwd",
        "--json",
        vault=folder,
        passphrase=None,
        env={"MENTORVAULT_NEW_PASSPHRASE": PASSPHRASE},
    ) == {"changed": True}
    assert len(ok_json("list", "--json", vault=folder)) == 3
    assert "does not unlock" in fails("list", vault=folder, passphrase=NEW)


def test_check(made: dict[str, Any]) -> None:
    folder = made["folder"]
    assert ok_json("check", "--json", vault=folder) == {"ok": True, "entries": 3}
    with Vault.open(folder, PASSPHRASE, secret_store=RecordingSecretStore()) as v:
        for i in range(20):
            v.entries.add("reflection", f"filler {i}", "x " * 2000, {"prompt": "p"})
    db = folder / "vault.db"
    data = bytearray(db.read_bytes())
    middle = len(data) // 2 // 4096 * 4096 + 1000
    data[middle : middle + 16] = bytes(b ^ 0x5A for b in data[middle : middle + 16])
    db.write_bytes(bytes(data))
    message = fails("check", vault=folder)
    assert "damaged" in message and "restore" in message.lower()


def test_reads_of_damaged_pages_are_one_line(made: dict[str, Any]) -> None:
    """Not only 'check': any command that reads a damaged page says so in one line, without a traceback."""
    folder = made["folder"]
    with Vault.open(folder, PASSPHRASE, secret_store=RecordingSecretStore()) as v:
        for i in range(20):
            v.entries.add("reflection", f"filler {i}", "x " * 2000, {"prompt": "p"})
        some_id = v.entries.list(limit=1)[0].id
    db = folder / "vault.db"
    data = bytearray(db.read_bytes())
    for page in range(3, len(data) // 4096):  # every page but the header and the meta table's
        offset = page * 4096 + 1000
        data[offset : offset + 16] = bytes(b ^ 0x5A for b in data[offset : offset + 16])
    db.write_bytes(bytes(data))
    for args in (["list"], ["show", some_id], ["search", "filler"], ["history", some_id]):
        assert "damaged" in fails(*args, vault=folder), args
