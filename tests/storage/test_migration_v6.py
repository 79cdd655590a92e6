"""Schema 6 (consent protocol 3) on vaults saved by the last schema-5 release.

``tests/vectors/schema5`` holds Sam's and Priya's vaults as release 55c6519 left them
(``tools/make_schema5_vaults.py`` says how they were made): Sam shared three entries with
Priya, revoked one that Priya then removed (she owes a receipt under format 2, which names
no revocation id) and revoked another whose bundle Priya never imported.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from mentorvault.crypto import keyslots as ks
from mentorvault.domain.consent import ConsentState
from mentorvault.errors import SharedLogTampered
from mentorvault.vault import Vault

SAVED = Path(__file__).resolve().parents[1] / "vectors" / "schema5"
FACTS = json.loads((SAVED / "facts.json").read_text())


def _copy(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    shutil.copytree(SAVED / name, folder)
    return folder


def _open(folder: Path, name: str) -> Vault:
    return Vault.open(folder, recovery_key=FACTS[f"{name}_recovery"], auto_backup=False)


def _raw_key(folder: Path, name: str) -> bytes:
    slots = ks.KeySlotFile.load(folder / "keyslots.json")
    return bytes(slots.unwrap_with_recovery(ks.parse_recovery_key(FACTS[f"{name}_recovery"])))


def test_the_saved_vaults_are_schema_5(tmp_path: Path) -> None:
    folder = _copy(tmp_path, "sam")
    conn = sqlcipher.connect(str(folder / "vault.db"))
    try:
        conn.execute(f"PRAGMA key = \"x'{_raw_key(folder, 'sam').hex()}'\"")
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 5
        assert conn.execute("SELECT count(*) FROM receipts_due").fetchone()[0] == 0
    finally:
        conn.close()


def test_unconfirmed_revocations_become_records_that_travel_and_are_answered(tmp_path: Path) -> None:
    sam_dir, priya_dir = _copy(tmp_path, "sam"), _copy(tmp_path, "priya")
    sam, priya = _open(sam_dir, "sam"), _open(priya_dir, "priya")
    try:
        states = {c.entry_id: c.state for c in sam.consents.list("Priya")}
        assert states == {FACTS["keep"]: ConsentState.CURRENT, FACTS["confirmed"]: ConsentState.REVOKED,
                          FACTS["pending"]: ConsentState.REVOKED}
        # both revocations left the vault and no receipt came back under format 2: both travel again
        pending = sam.consents.pending_revocations("Priya")
        assert sorted(r.entry_id for r in pending) == sorted([FACTS["confirmed"], FACTS["pending"]])
        assert all(len(r.id) == 32 for r in pending) and len({r.id for r in pending}) == 2
        # the old log is keyed on first use and verifies; it names Priya, not her key
        assert sam.shared_log.verify() and sam.check() == 3
        assert [r.partners for r in sam.shared_log.records()] == [["Priya"]] * 3
        assert [r.partners for r in sam.shared_log.records("Priya")] == [["Priya"]] * 3
        # Priya's replay protection carried over: Sam's numbers go on from where they were
        assert priya.conn.execute("SELECT last_seq FROM replay_guard").fetchall() == [(2,)]
        assert {e.id for e in priya.inbox.list("Sam")} == {FACTS["keep"], FACTS["pending"]}

        sam.exchange.export_bundle(["Priya"], tmp_path / "s4.mvbundle", FACTS["passphrase"])
        review = priya.exchange.import_bundle(tmp_path / "s4.mvbundle")
        assert review.revoked == [FACTS["pending"]]
        assert {e.id for e in priya.inbox.list("Sam")} == {FACTS["keep"]}
        priya.exchange.export_bundle(["Sam"], tmp_path / "p1.mvbundle", FACTS["passphrase"])
        review = sam.exchange.import_bundle(tmp_path / "p1.mvbundle")
        assert sorted(review.receipts) == sorted([FACTS["confirmed"], FACTS["pending"]])
        assert sam.consents.pending_revocations("Priya") == []
        assert all(c.removed_by_partner_at for c in sam.consents.list("Priya") if c.state == ConsentState.REVOKED)
        assert sam.shared_log.digest("Priya").digest == priya.inbox.digest("Sam").digest
    finally:
        sam.lock()
        priya.lock()


def test_a_log_edited_before_the_upgrade_is_not_keyed_and_stays_reported(tmp_path: Path) -> None:
    folder = _copy(tmp_path, "sam")
    conn = sqlcipher.connect(str(folder / "vault.db"), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{_raw_key(folder, 'sam').hex()}'\"")
        conn.execute("UPDATE shared_log SET entries = '[]' WHERE seq = 1")
    finally:
        conn.close()
    sam = _open(folder, "sam")
    try:
        assert sam.shared_log.verify() is False
        with pytest.raises(SharedLogTampered):
            sam.check()
        # and an export after it does not launder the old records into a valid chain
        sam.exchange.export_bundle(["Priya"], tmp_path / "s4.mvbundle", FACTS["passphrase"])
        assert sam.shared_log.verify() is False
    finally:
        sam.lock()
