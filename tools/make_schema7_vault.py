"""Make the saved schema-7 vault in tests/vectors/schema7 with the code of that release, and write
what it shows (facts.json) for the schema 8 migration test to compare.  Run from a checkout of
commit cbc1860 (the last schema-7 release):

    git worktree add /tmp/mv-cbc1860 cbc1860
    PYTHONPATH=/tmp/mv-cbc1860 python tools/make_schema7_vault.py tests/vectors/schema7

Entries of several kinds, short and long (long ones are stored packed after the migration), with
tags and a partner; edits, a flag-only change, a partner change, a restore of an old revision and
a delete; two edits leave superseded index rows still to purge.  The vault is locked without
tidying the index (so those rows are saved), and opened with its recovery key.
"""

from __future__ import annotations

import dataclasses
import json
import random
import shutil
import sys
from pathlib import Path
from typing import Any

from mentorvault.vault import Vault

PASSPHRASE = "correct horse battery staple orbit"
WORDS = ("river orchard lantern quiet mentor listen salary negotiation café über naïve feedback budget "
         "practice confidence delegate roadmap sprint reviewer kindness boundary weekly journal").split()


class _NoKeyring:
    def get(self, _vault_id: str) -> None:
        return None

    def set(self, _vault_id: str, _secret: str) -> None:
        raise RuntimeError("not in the fixture")

    def delete(self, _vault_id: str) -> None:
        return None


def _text(rng: random.Random, n: int) -> str:
    sentences = []
    while n > 0:
        k = min(n, rng.randint(5, 14))
        sentences.append(" ".join(rng.choice(WORDS) for _ in range(k)).capitalize() + ".")
        n -= k
    return " ".join(sentences)


def facts_of(v: Vault, queries: list[str]) -> dict[str, Any]:
    """Everything the facade shows of the vault's entries."""
    out: dict[str, Any] = {"entries": {}, "lists": {}, "searches": {}, "tags": v.entries.tags()}
    for s in v.entries.list():
        e = v.entries.get(s.id)
        history = [dataclasses.asdict(h) for h in v.entries.history(s.id)]
        revisions = {str(h["rev"]): dataclasses.asdict(v.entries.revision(s.id, h["rev"])) for h in history}
        out["entries"][s.id] = {"entry": dataclasses.asdict(e), "history": history, "revisions": revisions}
    out["lists"]["all"] = [dataclasses.asdict(s) for s in v.entries.list()]
    out["lists"]["robin"] = [s.id for s in v.entries.list(partner="Robin")]
    out["snippets"] = {}
    for q in queries:
        hits = v.entries.search(q)
        out["searches"][q] = [h.id for h in hits]
        out["snippets"][q] = [[h.snippet, h.highlights] for h in hits]
    return out


QUERIES = ["negot", "café", "cafe", "river lantern", "uniqueword", "boundary", "NAIVE"]


def main(out: Path) -> None:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(19)
    v, recovery = Vault.create(out / "vault", PASSPHRASE, secret_store=_NoKeyring())
    v.partners.add("Robin", role="mentor")
    v.partners.add("Kim")
    ids = []
    for i in range(12):
        long = i % 3 != 0
        ids.append(v.entries.add("struggle-story" if i % 2 else "reflection", f"Entry {i} {rng.choice(WORDS)}",
                                 _text(rng, 400 if long else 8), {"situation": _text(rng, 60 if long else 3)}
                                 if i % 2 else {"prompt": _text(rng, 5)}, [rng.choice(WORDS), "t" + str(i % 4)],
                                 partner="Robin" if i % 4 == 0 else None).id)
    fb = v.entries.add("feedback", "Retro feedback", "", {"from_whom": "Alex", "date": "2026-02-03", "format": "sbi",
                                                          "impact": "The negotiation stalled " + _text(rng, 200)},
                       ["growth"], partner="Kim")
    ids.append(fb.id)
    ids.append(v.entries.add("session-note", "Spring session uniqueword", "We practised negotiating salaries.",
                             {"session_date": "2026-03-10"}, ["career"], partner="Kim").id)
    v.entries.update(ids[1], body=_text(rng, 420))
    v.entries.update(ids[1], body=_text(rng, 380), tags=["edited"])
    v.entries.update(ids[2], protected=True)  # a flag-only change: same content, new revision
    v.entries.update(ids[4], partner="Kim")
    v.entries.update(ids[5], title="Renamed five", body=_text(rng, 300))
    v.entries.restore_revision(ids[5], 1)
    v.entries.update(ids[7], body=_text(rng, 10))
    v.entries.delete(ids[8])
    facts = facts_of(v, QUERIES)
    facts["recovery"] = recovery
    facts["stale_index_rows"] = v.conn.execute("SELECT count(*) FROM fts_stale").fetchone()[0]
    facts["schema"] = v.conn.execute("PRAGMA user_version").fetchone()[0]
    # lock without the index tidy lock runs, so superseded index rows are saved in the vault
    v.tidy_index = lambda seconds=0.0: 0  # type: ignore[method-assign]
    v.lock()
    (out / "vault" / "vault.lock").unlink(missing_ok=True)
    (out / "facts.json").write_text(json.dumps(facts, indent=1, ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
