"""The CLI's progress bar while an unlock upgrades the vault's storage (schema 8)."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

from mentorvault.cli import UpgradeBar
from mentorvault.domain.models import UpgradeProgress

from suite_support import run_cli  # noqa: E402

SAVED = Path(__file__).resolve().parents[1] / "vectors" / "schema7"


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def _feed(bar: UpgradeBar, clock: _Clock, total: int) -> None:
    for done in range(0, total + 1, 250):
        bar(UpgradeProgress("entries", done, total))
        clock.now += 0.2
    bar(UpgradeProgress("compacting", 0, 0))
    bar.finish()


def test_a_terminal_gets_a_bar_redrawn_in_place_once_the_upgrade_is_slow() -> None:
    clock, out = _Clock(), _Tty()
    _feed(UpgradeBar(out, clock), clock, 2000)
    text = out.getvalue()
    assert text.startswith("\r\x1b[2K") and text.endswith("\n") and text.count("\n") == 1
    frames = text.rstrip("\n").split("\r\x1b[2K")[1:]
    assert frames[0].endswith("750 of 2,000 entries")  # nothing drawn in the first half second
    assert "[" + "#" * 30 + "] 2,000 of 2,000 entries" in frames[-2]
    assert frames[-1] == "Upgrading the vault's storage: giving the freed space back to the disk..."


def test_a_log_gets_a_line_per_quarter_and_a_quick_upgrade_nothing() -> None:
    clock, out = _Clock(), io.StringIO()
    _feed(UpgradeBar(out, clock), clock, 20_000)
    lines = out.getvalue().splitlines()
    assert [line.split("] ")[1] for line in lines[:-1]] == [  # from the moment it is slow (2 s), then each quarter
        "2,500 of 20,000 entries", "5,000 of 20,000 entries", "10,000 of 20,000 entries", "15,000 of 20,000 entries",
        "20,000 of 20,000 entries"]
    assert "\r" not in out.getvalue() and lines[-1].endswith("disk...")
    quick, out = _Clock(), _Tty()
    bar = UpgradeBar(out, quick)
    bar(UpgradeProgress("entries", 0, 10))
    bar(UpgradeProgress("compacting", 0, 0))
    bar.finish()
    assert out.getvalue() == ""


def test_unlocking_a_schema_7_vault_upgrades_it_and_says_nothing_when_quick(tmp_path: Path) -> None:
    facts = json.loads((SAVED / "facts.json").read_text())
    folder = tmp_path / "vault"
    shutil.copytree(SAVED / "vault", folder)
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(facts["recovery"] + "\n")
    done = run_cli("--recovery-key-file", str(key_file), "list", "--json", vault=folder, passphrase=None)
    assert done.returncode == 0, done.stderr
    assert "Upgrading" not in done.stderr and "Traceback" not in done.stderr
    assert {e["id"] for e in json.loads(done.stdout)} == set(facts["entries"])
    assert (folder / "backups" / "before-migration-v7.mvbackup.db").exists()
