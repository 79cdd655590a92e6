"""Make the saved schema-5 vaults in tests/vectors/schema5 (consent protocol 2 state) with the code
of that release.  Run from a checkout of commit 55c6519 (the last schema-5 release):

    git worktree add /tmp/mv-55c6519 55c6519
    PYTHONPATH=/tmp/mv-55c6519 python tools/make_schema5_vaults.py tests/vectors/schema5

Sam shares three entries with Priya; Priya imports; Sam revokes one (Priya imports that and owes a
receipt) and revokes another after exporting it (its removal still unconfirmed), then exports again
without Priya importing.  Both vaults are locked and saved with their recovery keys.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

from mentorvault.vault import Vault

PASSPHRASE = "correct horse battery staple orbit"


class _NoKeyring:
    def get(self, _vault_id: str) -> None:
        return None

    def set(self, _vault_id: str, _secret: str) -> None:
        raise RuntimeError("not in the fixture")

    def delete(self, _vault_id: str) -> None:
        return None


def main(out: Path) -> None:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    work = out / "work"
    sam, sam_key = Vault.create(out / "sam", PASSPHRASE, secret_store=_NoKeyring())
    priya, priya_key = Vault.create(out / "priya", PASSPHRASE, secret_store=_NoKeyring())
    work.mkdir()
    sam.export_card(work / "sam.card", name="Sam")
    priya.export_card(work / "priya.card", name="Priya")
    st = sam.add_partner_card("Priya", (work / "priya.card").read_text())
    sam.verify_partner("Priya", " ".join(st["words"]))
    st = priya.add_partner_card("Sam", (work / "sam.card").read_text())
    priya.verify_partner("Sam", " ".join(st["words"]))
    keep = sam.entries.add("goal", "Kept shared", "stays with Priya")
    confirmed = sam.entries.add("reflection", "Revoked and confirmed", "", {"prompt": "Why?"})
    pending = sam.entries.add("goal", "Revoked, removal not yet confirmed")
    for e in (keep, confirmed, pending):
        sam.grant_consent(e.id, "Priya")
    sam.export_bundle(["Priya"], work / "b1.mvb", PASSPHRASE)
    priya.import_bundle(work / "b1.mvb")
    sam.revoke_consent(confirmed.id, "Priya")
    sam.export_bundle(["Priya"], work / "b2.mvb", PASSPHRASE)
    priya.import_bundle(work / "b2.mvb")  # Priya now owes a receipt for `confirmed`
    sam.revoke_consent(pending.id, "Priya")
    sam.export_bundle(["Priya"], work / "b3.mvb", PASSPHRASE)  # never imported: Priya still holds `pending`
    facts = {"passphrase": PASSPHRASE, "sam_recovery": sam_key, "priya_recovery": priya_key,
             "keep": keep.id, "confirmed": confirmed.id, "pending": pending.id}
    sam.lock()
    priya.lock()
    shutil.rmtree(work)
    for folder in (out / "sam", out / "priya"):
        shutil.rmtree(folder / "backups", ignore_errors=True)
    (out / "facts.json").write_text(json.dumps(facts, indent=2) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
