"""Exchange folders leak nothing: after a shared entry, a revocation and the receipt travel through a
folder both ways (CLI and facade), no file anywhere (the folder, both vault folders, TMPDIR, HOME,
the XDG folders) holds the entry's title, body, tag or the partner's exchange-folder path in clear."""

from __future__ import annotations

import secrets
import time
from pathlib import Path

from test_leaks import _roots, _scan

from exchange_support import PASSPHRASE, make_world
from sqlcipher_pages import forms


def test_no_plaintext_from_a_sync_outside_the_vaults(tmp_path: Path) -> None:
    started = time.time() - 2
    marker = "mks" + secrets.token_hex(9)
    world = make_world(tmp_path / "w", with_jordan=False)
    sam, priya = world.sam, world.priya
    shared = tmp_path / "exchange" / ("folder-" + marker[:6])
    shared.mkdir(parents=True)
    sam.v.sync.set_folder("Priya", shared)
    priya.v.sync.set_folder("Sam", shared)
    e = sam.v.entries.add("goal", f"Title {marker}", f"Body {marker}", tags=[marker])
    sam.v.consents.grant(e.id, "Priya")
    assert sam.v.sync.run(passphrase=PASSPHRASE).sent
    assert priya.v.sync.run().received
    assert priya.v.reminders.take()  # the arrival reminder is computed (and stored inside the vault)
    sam.v.consents.revoke(e.id, "Priya")
    r = sam.cli("sync", fast=True)
    assert r.returncode == 0, r.stderr
    r = priya.cli("sync", "--json", fast=True)
    assert r.returncode == 0 and marker not in r.stdout
    sam.v.sync.run()
    world.close()
    needles = [f for m in (marker, str(shared)) for f in forms(m)]
    hits, scanned = _scan(_roots([tmp_path]), needles, since=started)
    assert scanned > 5
    # The folder's own path is the one place its name may appear: as the folder itself, not in a file.
    assert hits == []
