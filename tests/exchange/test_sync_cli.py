"""``mentorvault partner edit NAME --exchange-folder DIR`` and ``mentorvault sync [NAME] [--json]``,
run as real subprocesses on two real vaults sharing one folder."""

from __future__ import annotations

import json
import os
from pathlib import Path

from exchange_support import one_line_error


def test_partner_edit_sets_and_clears_the_folder(pair, tmp_path: Path) -> None:
    sam = pair.sam
    folder = tmp_path / "shared"
    folder.mkdir()
    r = sam.cli("partner", "edit", "Priya", "--exchange-folder", str(folder), "--json", fast=True)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["exchange_folder"] == {"folder": str(folder), "send_on_share": False}
    r = sam.cli("partner", "edit", "Priya", "--send-on-share", "on", fast=True)
    assert r.returncode == 0 and "by itself" in r.stdout
    r = sam.cli("partner", "show", "Priya", fast=True)
    assert f"exchange folder: {folder}" in r.stdout
    r = sam.cli("partner", "edit", "Priya", "--no-exchange-folder", "--json", fast=True)
    assert json.loads(r.stdout)["exchange_folder"] is None
    msg = one_line_error(sam.cli("partner", "edit", "Priya", "--exchange-folder", str(tmp_path / "nope"), fast=True))
    assert "no folder" in msg
    msg = one_line_error(sam.cli("sync", "Priya", fast=True))
    assert "no exchange folder" in msg and "--exchange-folder" in msg


def test_sync_json_is_exactly_the_documented_shape(pair, tmp_path: Path) -> None:
    sam, priya = pair.sam, pair.priya
    folder = tmp_path / "shared"
    folder.mkdir()
    for party, other in ((sam, "Priya"), (priya, "Sam")):
        assert party.cli("partner", "edit", other, "--exchange-folder", str(folder), fast=True).returncode == 0
    entry = sam.v.entries.add("goal", "Travels by sync", "the body")
    sam.v.consents.grant(entry.id, "Priya")
    sam.v.consents.grant(sam.v.entries.add("goal", "To be withdrawn").id, "Priya")

    r = sam.cli("sync", "--json")  # asks for the passphrase (MENTORVAULT_PASSPHRASE here)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    (name,) = os.listdir(folder)
    assert out == {"sent": [{"to": "Priya", "file": str(folder / name), "entries": 2, "revocations": 0}],
                   "received": [], "ignored": []}
    (folder / f"{name[:-9]}.sync-conflict-20260314-093000-ABCDEFG.mvbundle").write_bytes((folder / name).read_bytes())

    r = priya.cli("sync", "Sam", "--json", fast=True)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == {
        "sent": [], "received": [{"from": "Sam", "file": str(folder / name), "new": 2, "updated": 0, "removed": 0}],
        "ignored": [{"file": str(folder / f"{name[:-9]}.sync-conflict-20260314-093000-ABCDEFG.mvbundle"),
                     "why": "conflict_copy"}]}

    r = priya.cli("sync", fast=True)
    assert r.returncode == 0 and r.stdout.strip() == "Nothing new to send or receive."
    # A wrong passphrase: one line, nothing sent.
    sam.v.consents.grant(sam.v.entries.add("goal", "Another").id, "Priya")
    before = sorted(os.listdir(folder))
    msg = one_line_error(sam.cli("--recovery-key-file", str(sam.recovery_file), "sync", passphrase="wrong"))
    assert "passphrase" in msg
    assert sorted(os.listdir(folder)) == before
    r = sam.cli("sync", fast=True)
    assert r.returncode == 0 and r.stdout.startswith("Sent Priya 3 entries and 0 removal requests: "), r.stdout
