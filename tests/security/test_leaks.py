"""No plaintext of the user's lands outside the vault: not in files, temp files, backups, or error output.

Unique markers are planted in titles, bodies, fields and tags through the facade and through the
CLI; every command of the life cycle runs; then every file under the vault folders, the backups,
TMPDIR, HOME and the XDG folders is searched for the markers (UTF-8, UTF-16 and base64 forms), and
so is everything the error paths printed.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from mentorvault.errors import BadBackup, DamagedVault, MentorVaultError
from mentorvault.vault import Vault

TESTS = Path(__file__).resolve().parents[1]
from sqlcipher_pages import forms  # noqa: E402
from suite_support import RecordingSecretStore, run_cli  # noqa: E402

ISOLATED = bool(os.environ.get("MENTORVAULT_TEST_SCRATCH"))


def _roots(extra: Iterable[Path]) -> list[Path]:
    roots = list(extra) + [Path(tempfile.gettempdir())]
    if ISOLATED:  # tools/run-tests.sh gives the run a private HOME and XDG folders
        home = Path(os.environ["HOME"])
        roots += [home, home / ".local" / "state"]
        roots += [
            Path(os.environ[v])
            for v in (
                "XDG_CONFIG_HOME",
                "XDG_DATA_HOME",
                "XDG_CACHE_HOME",
                "XDG_STATE_HOME",
                "XDG_RUNTIME_DIR",
            )
            if os.environ.get(v)
        ]
    return roots


def _scan(roots: Iterable[Path], needles: list[bytes], since: float = 0.0) -> tuple[list[str], int]:
    """Search every regular file under ``roots`` changed at or after ``since`` (older files cannot hold
    this test's random markers)."""
    pattern = re.compile(b"|".join(re.escape(n) for n in needles))
    hits, scanned, seen = [], 0, set()
    for root in roots:
        if not root.exists():
            continue
        for path in [root] if root.is_file() else root.rglob("*"):
            try:
                if not path.is_file() or path.is_symlink() or path.resolve() in seen:
                    continue
                seen.add(path.resolve())
                if path.stat().st_mtime < since:
                    continue
                data = path.read_bytes()
            except OSError:
                continue  # sockets, vanished temp files
            scanned += 1
            match = pattern.search(data)
            if match:
                hits.append(f"{path}: {match.group()!r}")
    return hits, scanned


@pytest.fixture
def secrets_in_play(tmp_path: Path) -> dict[str, Any]:
    return {
        "facade": "mkf" + secrets.token_hex(9),
        "cli": "mkc" + secrets.token_hex(9),
        "passphrase": f"lantern {secrets.token_hex(5)} walrus orbit",
        "tmp": tmp_path,
    }


def test_no_plaintext_outside_the_vault(secrets_in_play: dict[str, Any]) -> None:
    s = secrets_in_play
    started = time.time() - 2
    tmp: Path = s["tmp"]
    m1, m2, passphrase = s["facade"], s["cli"], s["passphrase"]
    folder, restored, restored_cli = tmp / "vault", tmp / "restored", tmp / "restored-cli"
    backups = tmp / "backups"
    outputs: list[str] = []  # what error paths printed

    # ---- through the facade
    v, recovery = Vault.create(folder, passphrase, secret_store=RecordingSecretStore())
    v.partners.add("Robin")
    e1 = v.entries.add(
        "goal",
        f"Goal {m1}",
        f"Body {m1}\nmore",
        {"why": f"why {m1}", "micro_goals": [{"title": f"step {m1}", "status": "open"}]},
        [f"t{m1}"],
        partner="Robin",
    )
    e2 = v.entries.add(
        "feedback",
        f"Feedback {m1}",
        f"{m1} body",
        {"from_whom": f"{m1}", "date": "2026-01-02", "format": "sbi", "action_items": [f"act {m1}"]},
        [m1],
    )
    v.entries.update(e1.id, body=f"Edited {m1} body")
    assert [h.id for h in v.entries.search(m1)] and v.entries.history(e1.id)
    v.entries.restore_revision(e1.id, 1)
    v.entries.delete(e2.id)
    v.backups.backup(backups / "facade.mvbackup")
    v.backups.rotate(force=True)
    v.lock()
    assert Vault.verify_backup(backups / "facade.mvbackup", passphrase) == 1
    Vault.restore(backups / "facade.mvbackup", restored, passphrase)

    # ---- through the CLI
    def cli(*args: str, expect: int = 0, **kw: Any) -> Any:
        kw.setdefault("vault", folder)
        kw.setdefault("passphrase", passphrase)
        result = run_cli(*args, **kw)
        assert result.returncode == expect, (args, result.stderr)
        if expect:
            outputs.append(result.stdout + result.stderr)
        return result

    added = json.loads(
        cli(
            "add",
            "agenda",
            "--title",
            f"Agenda {m2}",
            "--body",
            f"{m2} body",
            "--field",
            "meeting_date=2026-05-01",
            "--field",
            f"items=raise {m2}",
            "--tag",
            f"t{m2}",
            "--partner",
            "Robin",
            "--json",
        ).stdout
    )
    cli("edit", added["id"], "--body", f"edited {m2}", "--field", f"questions=why {m2}?")
    assert m2 in cli("search", m2).stdout
    cli("history", added["id"])
    cli("show", added["id"], "--json")
    cli("list")
    cli("restore-revision", added["id"], "1")
    cli("backup", str(backups / "cli.mvbackup"))
    cli("verify-backup", str(backups / "cli.mvbackup"), vault=None)
    cli("restore", str(backups / "cli.mvbackup"), vault=restored_cli)
    cli("check", vault=restored_cli)

    # ---- error paths (none of their inputs contains a marker)
    missing = "00000000-0000-4000-8000-000000000000"
    cli("show", missing, expect=1)
    cli("show", added["id"][:4], expect=1)
    cli("history", missing, expect=1)
    cli("delete", missing, expect=1)
    cli("restore-revision", added["id"], "99", expect=1)
    cli("edit", added["id"], "--field", "meeting_date=not-a-date", expect=1)
    cli("edit", added["id"], "--field", "colour=red", expect=1)
    cli("edit", added["id"], "--partner", "Nobody", expect=1)
    cli("search", "AND (", expect=1)
    cli("search", f"{m2} AND (", expect=1)  # even a malformed query naming content is not echoed back
    cli("list", expect=1, passphrase="wrong wrong wrong wrong")
    cli("restore", str(backups / "cli.mvbackup"), vault=restored, expect=1)
    bad = backups / "bad.mvbackup"
    raw = (backups / "cli.mvbackup").read_bytes()
    bad.write_bytes(raw[: len(raw) // 2])
    cli("verify-backup", str(bad), vault=None, expect=1)
    cli("restore", str(bad), vault=tmp / "never", expect=1)
    cli("init", expect=1)
    cli("add", "goal", expect=2)
    bad.unlink()

    # ---- scan
    needles: list[bytes] = []
    for secret in (m1, m2, passphrase, recovery, recovery.replace("-", "")):
        needles += forms(secret)
    roots = _roots([folder, restored, restored_cli, backups])
    hits, scanned = _scan(roots, needles, since=started)
    print(f"leak scan: {scanned} files under {len(roots)} roots, isolated={ISOLATED}")
    assert scanned > 10
    assert hits == []
    for text in outputs:
        assert not [n for n in needles if n.decode("latin-1") in text], text
        assert "Traceback" not in text and "ERROR CORE" not in text


def test_the_scan_finds_a_planted_file(tmp_path: Path) -> None:
    """Control: the scanner finds each encoded form of a marker."""
    marker = "mkx" + secrets.token_hex(9)
    import base64

    for i, payload in enumerate(
        [
            marker.encode(),
            marker.encode("utf-16-le"),
            base64.b64encode(b"pre" + marker.encode() + b"post"),
            base64.b64encode(b"p" + marker.encode()),
            marker.upper().encode(),
        ]
    ):
        (tmp_path / f"f{i}").write_bytes(b"xx" + payload + b"yy")
        hits, _ = _scan([tmp_path], forms(marker))
        assert len(hits) == 1, payload
        (tmp_path / f"f{i}").unlink()


def test_no_error_core_lines_on_stderr(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    passphrase = "lantern ferry walrus orbit"
    a = tmp_path / "a"
    b = tmp_path / "b"
    va, _ = Vault.create(a, passphrase, secret_store=RecordingSecretStore())
    for i in range(30):
        va.entries.add("reflection", f"filler {i}", "x " * 2000, {"prompt": "p"})
    va.lock()
    Vault.create(b, passphrase, secret_store=RecordingSecretStore())[0].lock()
    # A key file from another vault makes SQLCipher try a wrong key on vault.db.
    foreign = tmp_path / "foreign"
    shutil.copytree(a, foreign)
    shutil.copy(b / "keyslots.json", foreign / "keyslots.json")
    with pytest.raises(MentorVaultError):
        Vault.open(foreign, passphrase, secret_store=RecordingSecretStore())
    # Damaged pages: SQLCipher's HMAC check fails on every read of them.
    db = a / "vault.db"
    data = bytearray(db.read_bytes())
    for page in range(3, len(data) // 4096):  # every page but the header and the meta table's
        offset = page * 4096 + 1000
        data[offset : offset + 16] = bytes(x ^ 0x5A for x in data[offset : offset + 16])
    db.write_bytes(bytes(data))
    with pytest.raises(DamagedVault), Vault.open(a, passphrase, secret_store=RecordingSecretStore()) as v:
        v.check()
    with pytest.raises(BadBackup):
        Vault.verify_backup(tmp_path / "none.mvbackup", passphrase)
    captured = capfd.readouterr()
    assert "ERROR CORE" not in captured.err and "ERROR" not in captured.err
    for target, args in ((foreign, ["list"]), (a, ["check"]), (a, ["list"]), (a, ["search", "filler"])):
        result = run_cli(*args, vault=target, passphrase=passphrase)
        assert result.returncode == 1, result.stdout
        assert "ERROR CORE" not in result.stderr and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    wrong = run_cli("list", vault=a, passphrase="definitely not it at all")
    assert wrong.returncode == 1 and "ERROR CORE" not in wrong.stderr
