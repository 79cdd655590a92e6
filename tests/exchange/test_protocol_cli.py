"""Consent protocol 3 (issue 13), end to end through the CLI: real vaults, real bundle files.

One test per case the issue reproduced: a stale receipt in every delivery order, a pod
revocation for one member, re-verifying an old key, the log across a key change, a
rewritten log chain, and the metadata a bundle carries; and two import edges (the same
bundle twice, a format-2 bundle).  Each party is a real vault; commands run the real
``mentorvault`` in a subprocess.  The delivery-order loop of case 1 runs a few orders
entirely through subprocesses and the rest through ``cli.run`` in this process (the same
argv and code, without the interpreter start-up); the facade is only used, through
protocol_support's adapter, where the CLI has no command (what a partner has seen).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from protocol_support import (
    ENTRY_KEYS,
    OLDER_FORMAT_SENTENCE,
    REPLAY_SENTENCE,
    WHOLE_SECOND,
    Cli,
    bundle_entries,
    card_words,
    consent_row,
    held,
    inbox,
    keys_named,
    part_plaintext,
    removal_confirmed,
    strip_sealed,
    timestamps,
    try_open_part,
    view,
    what_partner_has_seen,
)

from mentorvault.domain.strictjson import dumps_canonical

from exchange_support import (
    Party,
    World,
    copy_world,
    make_world,
    manifest_dict,
    one_line_error,
    plain_sentence,
    seal_raw,
    wire_entry,
)


@pytest.fixture(autouse=True)
def own_state_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test its own record of vault generations: copied template vaults share an id, and
    opening one copy after another would otherwise read as a rollback (a warning on stderr)."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


def _add(cli: Cli, title: str, body: str = "", sub: bool = True) -> str:
    args = ["add", "goal", "--title", title] + (["--body", body] if body else [])
    return str(cli.json(*args, sub=sub)["id"])


def _grant(cli: Cli, entry_id: str, to: str, sub: bool = True) -> None:
    cli.json("consent", "grant", entry_id, "--to", to, "--yes", sub=sub)


def _revoke(cli: Cli, entry_id: str, to: str, sub: bool = True) -> None:
    cli.json("consent", "revoke", entry_id, "--to", to, sub=sub)


def _export(cli: Cli, to: str, out: Path, sub: bool = True) -> dict[str, Any]:
    result: dict[str, Any] = cli.json("export", "--to", to, "--out", str(out), sub=sub)
    assert out.is_file()
    return result


def _import(cli: Cli, path: Path, sub: bool = True) -> dict[str, Any]:
    result: dict[str, Any] = cli.json("import", str(path), sub=sub)
    return result


def _confirmed(cli: Cli, partner: str, entry_id: str, sub: bool = False) -> bool:
    return consent_row(cli, partner, entry_id, sub=sub)["removed_by_partner_at"] is not None


def _new_card_for(party: Party, root: Path) -> Party:
    """``party`` makes a new vault (a new identity and card) under ``root``."""
    return Party.create(party.name, root)


def _switch_card(cli: Cli, name: str, card_path: Path) -> None:
    """Add a (changed) card for ``name`` and verify it with its own words, through the CLI."""
    result = cli.run("partner", "add", name, "--card", str(card_path))
    # A card with other keys is kept aside and refused until verified (exit 1, one sentence).
    assert result.returncode in (0, 1), (result.returncode, result.stderr)
    words = card_words(card_path.read_text(encoding="utf-8"))
    cli.ok("partner", "verify", name, "--fingerprint", words)


def _user_sentence(message: str) -> None:
    """Words for a user: one line, a capital first, no programmer output (it may end with a command)."""
    assert message and "\n" not in message and message[0].isupper(), repr(message)
    assert len(message) < 300, message
    for marker in ("Traceback", "Error(", "Exception", "errno", "{", "<"):
        assert marker not in message, message


def _field(item: Any, name: str) -> Any:
    return item[name] if isinstance(item, dict) else getattr(item, name)


# ================================================================ 1. stale receipts, every delivery order

STALE_TITLE = "Shared, revoked, shared again, revoked again"


@dataclass
class StaleTemplate:
    world: World
    x: str


@pytest.fixture(scope="module")
def stale_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StaleTemplate]:
    """Through the CLI: Sam grants X to Priya and exports b1, Priya imports it; Sam revokes X and
    exports r2; Priya imports r2 and exports rB1 (its receipt); Sam grants X again, exports r3,
    and revokes X again.  Bundles are kept in ``bundles/`` inside the world folder."""
    root = tmp_path_factory.mktemp("stale")
    world = make_world(root / "world", with_jordan=False)
    out = world.root / "bundles"
    out.mkdir()
    sam, priya = Cli(world.sam), Cli(world.priya)
    x = _add(sam, STALE_TITLE)
    _grant(sam, x, "Priya")
    _export(sam, "Priya", out / "b1.mvbundle")
    assert _import(priya, out / "b1.mvbundle")["new"] == [x]
    _revoke(sam, x, "Priya")
    _export(sam, "Priya", out / "r2.mvbundle")
    assert _import(priya, out / "r2.mvbundle")["revoked"] == [x]
    _export(priya, "Sam", out / "rB1.mvbundle")
    _grant(sam, x, "Priya")
    _export(sam, "Priya", out / "r3.mvbundle")
    _revoke(sam, x, "Priya")
    world.close()
    yield StaleTemplate(world, x)


@dataclass
class Sent:
    name: str
    path: Path
    holds_x: bool = False  # A's bundle: it carries X (consented)
    after_second_removal: bool = False  # B's bundle: exported after B removed X for the second revocation


@dataclass
class StaleFlow:
    """The model of what each side must show while the remaining bundles are delivered."""

    sam: Cli
    priya: Cli
    x: str
    folder: Path
    sub: bool
    from_a: list[Sent] = field(default_factory=list)  # in export order
    from_b: list[Sent] = field(default_factory=list)
    b_newest: int = -1  # index into from_a of the newest bundle B imported
    a_newest: int = -1
    b_holds_x: bool = False
    b_removed_second: bool = False
    a_confirmed: bool = False
    steps: list[str] = field(default_factory=list)

    def _deliver(self, to: Cli, sent: list[Sent], name: str, newest: int) -> tuple[int, dict[str, Any] | None]:
        index = next(i for i, s in enumerate(sent) if s.name == name)
        if index < newest:
            result = to.run("import", str(sent[index].path), sub=self.sub)
            message = one_line_error(result)
            assert REPLAY_SENTENCE in message, message
            return newest, None
        review = _import(to, sent[index].path, sub=self.sub)
        if index == newest:
            assert review.get("already_imported") is True, review
            return newest, None
        assert not review.get("already_imported"), review
        return index, review

    def b_imports(self, name: str) -> None:
        self.steps.append(f"Priya imports {name}")
        self.b_newest, review = self._deliver(self.priya, self.from_a, name, self.b_newest)
        if review is None:
            return
        bundle = self.from_a[self.b_newest]
        if self.b_holds_x and not bundle.holds_x:
            assert self.x in review["revoked"], (self.steps, review)
        if bundle.holds_x:
            assert self.x not in review["revoked"], (self.steps, review)
        if bundle.holds_x:
            self.b_holds_x = True
        else:
            # every bundle Sam makes after the second revocation carries it until Priya confirms
            self.b_holds_x = False
            if bundle.name not in ("b1", "r2", "r3"):
                self.b_removed_second = True

    def a_imports(self, name: str) -> None:
        self.steps.append(f"Sam imports {name}")
        before = self.a_confirmed
        self.a_newest, review = self._deliver(self.sam, self.from_b, name, self.a_newest)
        if review is None:
            return
        bundle = self.from_b[self.a_newest]
        if self.x in review["receipts"]:
            assert bundle.after_second_removal and not before, (self.steps, review)
        if bundle.after_second_removal:
            self.a_confirmed = True

    def a_exports(self, name: str) -> None:
        self.steps.append(f"Sam exports {name}")
        path = self.folder / f"{name}.mvbundle"
        _export(self.sam, "Priya", path, sub=self.sub)
        readable = view(path, self.priya.party.identity)
        assert self.x not in json.dumps(bundle_entries(readable))
        if not self.a_confirmed:  # the pending second revocation travels in Priya's private part
            assert self.x in json.dumps(readable.parts), (self.steps, readable.parts)
        self.from_a.append(Sent(name, path))

    def b_exports(self, name: str) -> None:
        self.steps.append(f"Priya exports {name}")
        path = self.folder / f"{name}.mvbundle"
        _export(self.priya, "Sam", path, sub=self.sub)
        self.from_b.append(Sent(name, path, after_second_removal=self.b_removed_second))

    def check(self) -> None:
        if self.sub:  # what the CLI reports
            holds = self.x in held(self.priya, "Sam")
            confirmed = _confirmed(self.sam, "Priya", self.x, sub=True)
        else:  # the same facts, read from the open vaults (the many-order loop)
            holds = self.x in inbox(self.priya.party.v, "Sam")
            confirmed = removal_confirmed(self.sam.party.v, self.x, "Priya")
        assert holds == self.b_holds_x, self.steps
        # Sam reports the second removal confirmed exactly when Priya's receipt for it arrived,
        # and never while she still holds X.
        assert confirmed == self.a_confirmed, self.steps
        assert not (confirmed and holds), self.steps


A_IMPORTS_RB1, B_IMPORTS_R3, A_EXPORTS_R4, B_IMPORTS_R4 = "Sam<rB1", "Priya<r3", "Sam>r4", "Priya<r4"
REPLIES = (None, "after r3", "after r4")


def _orders() -> list[tuple[tuple[str, ...], str | None]]:
    events = (A_IMPORTS_RB1, B_IMPORTS_R3, A_EXPORTS_R4, B_IMPORTS_R4)
    orders = [o for o in itertools.permutations(events) if o.index(A_EXPORTS_R4) < o.index(B_IMPORTS_R4)]
    return [(o, reply) for o in orders for reply in REPLIES]


# The order, the order the old test covered, and r4 made before the stale receipt
# arrives: entirely through subprocesses.  Every other order runs the same argv in-process.
SUBPROCESS_ORDERS = {
    ((A_IMPORTS_RB1, B_IMPORTS_R3, A_EXPORTS_R4, B_IMPORTS_R4), None),
    ((B_IMPORTS_R3, A_IMPORTS_RB1, A_EXPORTS_R4, B_IMPORTS_R4), "after r4"),
    ((A_EXPORTS_R4, A_IMPORTS_RB1, B_IMPORTS_R4, B_IMPORTS_R3), "after r3"),
}


@pytest.mark.parametrize("order,reply", _orders(),
                         ids=[",".join(o) + f"|reply {r or 'none'}" for o, r in _orders()])
def test_a_stale_receipt_never_confirms_the_second_revocation(
        stale_template: StaleTemplate, tmp_path: Path, order: tuple[str, ...], reply: str | None) -> None:
    world = copy_world(stale_template.world, tmp_path / "world")
    try:
        sub = (order, reply) in SUBPROCESS_ORDERS
        folder = world.root / "bundles"
        flow = StaleFlow(Cli(world.sam), Cli(world.priya), stale_template.x, folder, sub,
                         from_a=[Sent("b1", folder / "b1.mvbundle", holds_x=True), Sent("r2", folder / "r2.mvbundle"),
                                 Sent("r3", folder / "r3.mvbundle", holds_x=True)],
                         from_b=[Sent("rB1", folder / "rB1.mvbundle")], b_newest=1)
        flow.check()
        for event in order:
            if event == A_IMPORTS_RB1:
                flow.a_imports("rB1")
            elif event == B_IMPORTS_R3:
                flow.b_imports("r3")
            elif event == A_EXPORTS_R4:
                flow.a_exports("r4")
            else:
                flow.b_imports("r4")
            flow.check()
            if reply and event == {"after r3": B_IMPORTS_R3, "after r4": B_IMPORTS_R4}[reply]:
                flow.b_exports("rB2")
                flow.a_imports("rB2")
                flow.check()
        # Every bundle delivered both ways, twice over.
        for round_ in (1, 2):
            flow.a_exports(f"flush-a{round_}")
            flow.b_imports(f"flush-a{round_}")
            flow.check()
            flow.b_exports(f"flush-b{round_}")
            flow.a_imports(f"flush-b{round_}")
            flow.check()
        assert stale_template.x not in held(flow.priya, "Sam")
        row = consent_row(flow.sam, "Priya", stale_template.x)
        assert row["removed_by_partner_at"] is not None and "revoked" in str(row["state"]).lower()
        # ... and the second revocation no longer travels once confirmed.
        last = view(flow.from_a[-1].path, world.priya.identity)
        assert stale_template.x not in json.dumps(last.parts)
    finally:
        world.close()


# ================================================================ 2. a pod revocation for one member


def test_a_revocation_for_one_pod_member_reaches_only_that_member(trio: World, tmp_path: Path) -> None:
    assert trio.jordan is not None
    sam, priya, jordan = Cli(trio.sam), Cli(trio.priya), Cli(trio.jordan)
    x = _add(sam, "Shared with Priya and Jordan")
    y = _add(sam, "Shared with Priya only")
    _grant(sam, x, "Priya")
    _grant(sam, x, "Jordan")
    _grant(sam, y, "Priya")
    files = {n: tmp_path / f"{n}.mvbundle" for n in ("pod1", "p1", "j1", "pod2", "jr1", "pod3")}
    _export(sam, "Priya,Jordan", files["pod1"])
    _export(sam, "Priya", files["p1"])
    _export(sam, "Jordan", files["j1"])
    for cli, names in ((priya, ("pod1", "p1")), (jordan, ("pod1", "j1"))):
        for n in names:
            _import(cli, files[n])
    assert set(held(priya, "Sam")) == {x, y} and set(held(jordan, "Sam")) == {x}

    _revoke(sam, x, "Jordan")
    preview = sam.json("export", "--to", "Priya,Jordan", "--preview")
    assert set(preview["revocations"]) == {"Priya", "Jordan"}, preview["revocations"]
    assert preview["revocations"]["Jordan"] == [x] and not preview["revocations"]["Priya"]
    _export(sam, "Priya,Jordan", files["pod2"])  # from now on, only pod bundles

    # Priya's readable part of the bundle says nothing of x: not shared in common, not revoked for her.
    assert x not in view(files["pod2"], trio.priya.identity).text()
    assert x in json.dumps(view(files["pod2"], trio.jordan.identity).parts)

    review = _import(jordan, files["pod2"])
    assert review["revoked"] == [x]
    assert held(jordan, "Sam") == {}
    review = _import(priya, files["pod2"])
    assert review["revoked"] == [] and x not in json.dumps(review)
    assert set(held(priya, "Sam")) == {x, y}

    _export(jordan, "Sam", files["jr1"])
    review = _import(sam, files["jr1"])
    assert review["receipts"] == [x]
    assert _confirmed(sam, "Jordan", x, sub=True)
    assert not _confirmed(sam, "Priya", x, sub=True)
    assert "current" in str(consent_row(sam, "Priya", x)["state"]).lower()
    # confirmed, so it stops travelling
    assert not sam.json("export", "--to", "Priya,Jordan", "--preview")["revocations"]["Jordan"]


# ================================================================ 3. re-verifying an old key


def test_re_verifying_an_old_key_never_lets_an_old_bundle_back_in(pair: World, tmp_path: Path) -> None:
    sam, priya = Cli(pair.sam), Cli(pair.priya)
    kept = _add(priya, "Kept")
    gone = _add(priya, "Revoked later")
    _grant(priya, kept, "Sam")
    _grant(priya, gone, "Sam")
    old = [tmp_path / f"o{i}.mvbundle" for i in (1, 2, 3)]
    _export(priya, "Sam", old[0])
    assert sorted(_import(sam, old[0])["new"]) == sorted([kept, gone])
    _revoke(priya, gone, "Sam")
    _export(priya, "Sam", old[1])
    assert _import(sam, old[1])["revoked"] == [gone]
    later = _add(priya, "Shared in the newest old-key bundle")
    _grant(priya, later, "Sam")
    _export(priya, "Sam", old[2])
    assert _import(sam, old[2])["new"] == [later]

    # Priya's card changes: a new vault; Sam verifies the new card and imports from it ...
    new_priya = _new_card_for(pair.priya, tmp_path / "new")
    new = Cli(new_priya)
    try:
        new.ok("partner", "add", "Sam", "--card", str(pair.sam.card_path))
        new.ok("partner", "verify", "Sam", "--fingerprint", card_words(pair.sam.card_path.read_text()))
        _switch_card(sam, "Priya", new_priya.card_path)
        fresh = _add(new, "From the new vault")
        _grant(new, fresh, "Sam")
        _export(new, "Sam", tmp_path / "n1.mvbundle")
        assert _import(sam, tmp_path / "n1.mvbundle")["new"] == [fresh]
    finally:
        new_priya.close()
    # ... then verifies the OLD card again.
    _switch_card(sam, "Priya", pair.priya.card_path)
    before = held(sam, "Priya")
    assert gone not in before

    for path in old[:2]:
        message = one_line_error(sam.run("import", str(path)))
        assert REPLAY_SENTENCE in message and "Priya" in message, message
        plain_sentence(message)
    again = sam.run("import", str(old[2]))  # the newest old-key bundle: already imported, not an error
    assert again.returncode == 0 and "already imported" in again.stdout.lower(), again
    assert _import(sam, old[2]).get("already_imported") is True
    assert held(sam, "Priya") == before


def test_a_re_verified_old_key_is_asked_again_to_remove_what_it_still_holds(pair: World, tmp_path: Path) -> None:
    """Priya moves to a new vault; X is revoked and her NEW vault confirms (it never held X).
    Sam then verifies her OLD key again: the old vault still holds X, so a receipt from another
    key must not stand for it -- Sam's next bundle asks the old vault to remove X too."""
    sam, priya = Cli(pair.sam), Cli(pair.priya)
    x = _add(sam, "Held by the old vault")
    _grant(sam, x, "Priya")
    _export(sam, "Priya", tmp_path / "s1.mvbundle")
    assert _import(priya, tmp_path / "s1.mvbundle")["new"] == [x]

    new_priya = _new_card_for(pair.priya, tmp_path / "new")
    try:
        new = Cli(new_priya)
        new.ok("partner", "add", "Sam", "--card", str(pair.sam.card_path))
        new.ok("partner", "verify", "Sam", "--fingerprint", card_words(pair.sam.card_path.read_text()))
        _switch_card(sam, "Priya", new_priya.card_path)
        _revoke(sam, x, "Priya")
        _export(sam, "Priya", tmp_path / "s2.mvbundle")
        _import(new, tmp_path / "s2.mvbundle")
        _export(new, "Sam", tmp_path / "n1.mvbundle")
        _import(sam, tmp_path / "n1.mvbundle")
    finally:
        new_priya.close()

    _switch_card(sam, "Priya", pair.priya.card_path)
    assert x in held(priya, "Sam")
    _export(sam, "Priya", tmp_path / "s3.mvbundle")
    review = _import(priya, tmp_path / "s3.mvbundle")
    assert review["revoked"] == [x], review
    assert x not in held(priya, "Sam")
    _export(priya, "Sam", tmp_path / "p1.mvbundle")
    _import(sam, tmp_path / "p1.mvbundle")
    assert _confirmed(sam, "Priya", x, sub=True)


# ================================================================ 4. the log across a key change


def test_the_log_and_what_was_seen_follow_the_partner_across_a_key_change(pair: World, tmp_path: Path) -> None:
    sam, priya = Cli(pair.sam), Cli(pair.priya)
    x = _add(sam, "Still shared")
    y = _add(sam, "Revoked and confirmed")
    _grant(sam, x, "Priya")
    _grant(sam, y, "Priya")
    bundles = [_export(sam, "Priya", tmp_path / "s1.mvbundle")]
    _import(priya, tmp_path / "s1.mvbundle")
    _revoke(sam, y, "Priya")
    bundles.append(_export(sam, "Priya", tmp_path / "s2.mvbundle"))
    _import(priya, tmp_path / "s2.mvbundle")
    _export(priya, "Sam", tmp_path / "p1.mvbundle")
    assert _import(sam, tmp_path / "p1.mvbundle")["receipts"] == [y]

    log_before = [r["bundle_id"] for r in sam.json("shared-log", "--to", "Priya")]
    assert len(log_before) == 2
    consents_before = sam.json("consent", "list", "--to", "Priya")
    seen_before = {(_field(s, "entry_id"), _field(s, "content_hash")) for s in
                   what_partner_has_seen(pair.sam.v, "Priya")}
    assert {e for e, _h in seen_before} == {x, y}
    old_fp = pair.priya.fp

    new_priya = _new_card_for(pair.priya, tmp_path / "new")
    try:
        new = Cli(new_priya)
        new.ok("partner", "add", "Sam", "--card", str(pair.sam.card_path))
        new.ok("partner", "verify", "Sam", "--fingerprint", card_words(pair.sam.card_path.read_text()))
        _switch_card(sam, "Priya", new_priya.card_path)

        assert [r["bundle_id"] for r in sam.json("shared-log", "--to", "Priya")] == log_before
        text = sam.ok("shared-log", "--to", "Priya").stdout
        assert "Nothing has been shared yet" not in text and "Priya" in text
        full = sam.ok("shared-log").stdout
        assert old_fp[:8] not in full and new_priya.fp[:8] not in full, full
        for record in sam.json("shared-log"):
            assert record["partners"] == ["Priya"], record
        assert sam.json("consent", "list", "--to", "Priya") == consents_before
        seen_after = {(_field(s, "entry_id"), _field(s, "content_hash")) for s in
                      what_partner_has_seen(pair.sam.v, "Priya")}
        assert seen_after == seen_before

        # and the record goes on under the new key
        _export(sam, "Priya", tmp_path / "s3.mvbundle")
        assert set(_import(new, tmp_path / "s3.mvbundle")["new"]) == {x}
        log_after = [r["bundle_id"] for r in sam.json("shared-log", "--to", "Priya")]
        assert log_after[:2] == log_before and len(log_after) == 3
    finally:
        new_priya.close()


# ================================================================ 5. a rewritten log chain


def _old_log_hash(prev: str, record: dict[str, Any]) -> str:
    """The unkeyed chain of format 2: SHA-256(prev hex || "\\n" || canonical record)."""
    return hashlib.sha256(prev.encode() + b"\n" + dumps_canonical(record)).hexdigest()


def _drop_entry(entries_json: str, entry_id: str) -> str:
    entries = json.loads(entries_json)
    kept = [e for e in entries if (e.get("id") if isinstance(e, dict) else e[0]) != entry_id]
    return json.dumps(kept, separators=(",", ":"))


def rewrite_log_without(conn: Any, entry_id: str) -> int:
    """What someone who can write the database does: remove ``entry_id`` from every record of
    the sender's logs that names it, and recompute every unkeyed chain and head over the result."""
    changed = 0
    columns = [r[1] for r in conn.execute("PRAGMA table_info(shared_log)")]
    rows = [dict(zip(columns, r, strict=False)) for r in conn.execute("SELECT * FROM shared_log ORDER BY seq")]
    prev = "0" * 64
    for row in rows:
        new_entries = _drop_entry(row["entries"], entry_id)
        changed += new_entries != row["entries"]
        record = {"seq": row["seq"], "at": row["at"], "bundle_id": row["bundle_id"], "direction": row["direction"],
                  "partners": json.loads(row["partners"]), "entries": json.loads(new_entries),
                  "revocations": json.loads(row["revocations"])}
        h = _old_log_hash(prev, record)
        chain = {"prev_hash": prev, "hash": h}
        sets = ["entries = ?"] + [f"{c} = ?" for c in chain if c in columns]
        conn.execute(f"UPDATE shared_log SET {', '.join(sets)} WHERE seq = ?",
                     (new_entries, *[v for c, v in chain.items() if c in columns], row["seq"]))
        prev = h
    if rows:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'shared_log_head'", (f"{rows[-1]['seq']}:{prev}",))
    # the per-relationship chains of protocol 3, recomputed as its unkeyed formula says
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'relationship_log'").fetchone():
        columns = [r[1] for r in conn.execute("PRAGMA table_info(relationship_log)")]
        rows = [dict(zip(columns, r, strict=False)) for r in conn.execute(
            "SELECT * FROM relationship_log WHERE direction = 'sent' ORDER BY partner_id, key_fp, seq")]
        heads: dict[tuple[str, str], bytes] = {}
        for row in rows:
            new_entries = _drop_entry(row["entries"], entry_id)
            changed += new_entries != row["entries"]
            key = (row["partner_id"], row["key_fp"])
            record = {"seq": row["seq"], "bundle_id": row["bundle_id"], "entries": json.loads(new_entries),
                      "revocations": json.loads(row["revocations"])}
            head = hashlib.sha256(heads.get(key, b"\0" * 32) + dumps_canonical(record)).digest()
            heads[key] = head
            conn.execute("UPDATE relationship_log SET entries = ?, head = ? WHERE partner_id = ? AND direction = "
                         "'sent' AND key_fp = ? AND seq = ?", (new_entries, head.hex(), *key, row["seq"]))
    return changed


def test_a_rewritten_log_is_found_by_check_and_by_the_digests(pair: World, tmp_path: Path) -> None:
    sam, priya = Cli(pair.sam), Cli(pair.priya)
    x = _add(sam, "Will be erased from the log")
    y = _add(sam, "Stays in the log")
    _grant(sam, x, "Priya")
    _grant(sam, y, "Priya")
    _export(sam, "Priya", tmp_path / "s1.mvbundle")
    _import(priya, tmp_path / "s1.mvbundle")
    _revoke(sam, x, "Priya")
    _export(sam, "Priya", tmp_path / "s2.mvbundle")
    _import(priya, tmp_path / "s2.mvbundle")

    theirs = priya.json("inbox", "--from", "Sam", "--digest")
    mine = sam.json("shared-log", "--to", "Priya", "--digest")
    assert theirs["partner"] == "Sam" and mine["partner"] == "Priya"
    assert mine["bundles"] == theirs["bundles"] == 2
    assert mine["digest"] == theirs["digest"] and mine["words"] == theirs["words"]
    assert re.fullmatch(r"[0-9a-f]{16,}", mine["digest"]) and len(mine["words"].split()) >= 4
    text = sam.ok("shared-log", "--to", "Priya", "--digest").stdout
    assert mine["words"] in text
    sam.ok("check")

    assert rewrite_log_without(pair.sam.v.conn, x) > 0
    result = sam.run("check")
    assert result.returncode != 0, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mentorvault: "), result.stderr
    message = lines[0].removeprefix("mentorvault: ")
    assert "shared" in message.lower() and "edited" in message.lower(), message
    _user_sentence(message)

    after = sam.run("shared-log", "--to", "Priya", "--digest", "--json")
    if after.returncode == 0:  # shown, but no longer what Priya has
        assert json.loads(after.stdout)["digest"] != theirs["digest"]
    else:
        _user_sentence(one_line_error(after))
    assert priya.json("inbox", "--from", "Sam", "--digest") == theirs


# ================================================================ 6. what a bundle says


def _whole_seconds(value: Any) -> None:
    stamps = timestamps(value)
    assert stamps, "no timestamps found"
    for stamp in stamps:
        assert WHOLE_SECOND.match(stamp), stamp


def test_a_bundle_carries_the_consented_version_and_nothing_that_moves_without_it(trio: World,
                                                                                    tmp_path: Path) -> None:
    assert trio.jordan is not None
    sam, jordan = Cli(trio.sam), Cli(trio.jordan)
    e = _add(sam, "Metadata under test", body="original body")
    _grant(sam, e, "Priya")

    def exported(name: str) -> dict[str, Any]:
        path = tmp_path / f"{name}.mvbundle"
        _export(sam, "Priya", path)
        readable = view(path, trio.priya.identity)
        _whole_seconds(strip_sealed(readable.manifest))
        _whole_seconds(readable.parts)
        [entry] = bundle_entries(readable)
        assert set(entry) == ENTRY_KEYS, sorted(entry)
        assert WHOLE_SECOND.match(entry["written_at"])
        return dict(entry)

    first = exported("m1")
    # Timestamps are whole seconds: wait out the second so that anything that moved would show.
    time.sleep(1.1)
    sam.ok("edit", e, "--protected")
    assert exported("m2") == first
    time.sleep(1.1)
    sam.ok("edit", e, "--partner", "Priya")
    assert exported("m3") == first
    time.sleep(1.1)
    sam.ok("edit", e, "--body", "an edit, taken back")
    sam.ok("edit", e, "--body", "original body")
    assert exported("m4") == first
    sam.ok("edit", e, "--partner", "")  # unlinked again, so the pod below needs no cross confirmation
    assert exported("m5") == first

    # A pod: nothing one member can read says what another was sent, revoked or numbered.
    f = _add(sam, "For Jordan, then revoked")
    _grant(sam, f, "Jordan")
    _grant(sam, e, "Jordan")
    for i in (1, 2):
        _export(sam, "Jordan", tmp_path / f"j{i}.mvbundle")
    _import(jordan, tmp_path / "j2.mvbundle")
    _revoke(sam, f, "Jordan")
    pod = tmp_path / "pod.mvbundle"
    _export(sam, "Priya,Jordan", pod)
    as_priya, as_jordan = view(pod, trio.priya.identity), view(pod, trio.jordan.identity)
    assert as_priya.sealed == as_jordan.sealed and len(as_priya.sealed) >= 2
    for blob in as_priya.sealed:
        readers = [p.name for p in (trio.priya, trio.jordan) if try_open_part(blob, p.identity) is not None]
        assert len(readers) <= 1, readers
    assert len(as_priya.parts) == 1 and len(as_jordan.parts) == 1
    # Padded to one length (the age files themselves differ by age's random "grease" stanzas).
    plain_sizes = {len(plain) for blob in as_priya.sealed for p in (trio.priya, trio.jordan)
                   if (plain := part_plaintext(blob, p.identity)) is not None}
    assert len(plain_sizes) == 1, f"private parts of different sizes: {plain_sizes}"
    assert [en["id"] for en in bundle_entries(as_priya)] == [e]
    assert bundle_entries(as_priya)[0] == first
    jordan_text = json.dumps(as_jordan.parts)
    assert f in jordan_text and f not in as_priya.text()
    for revocation_id in set(re.findall(r"\b[0-9a-f]{32}\b", jordan_text)):
        assert revocation_id not in as_priya.text()
    assert "sequences" not in keys_named(as_priya.manifest, "seq")
    assert keys_named(strip_sealed(as_priya.manifest), "seq") == []
    assert len(keys_named(as_priya.parts, "seq")) <= 1
    _whole_seconds(strip_sealed(as_priya.manifest))
    _whole_seconds(as_jordan.parts)


# ================================================================ import edges


def test_importing_the_same_bundle_twice_says_so_and_changes_nothing(pair: World, tmp_path: Path) -> None:
    sam, priya = Cli(pair.sam), Cli(pair.priya)
    x = _add(sam, "Imported twice")
    _grant(sam, x, "Priya")
    _export(sam, "Priya", tmp_path / "s1.mvbundle")
    assert _import(priya, tmp_path / "s1.mvbundle")["new"] == [x]
    before = pair.priya.dump()
    again = priya.run("import", str(tmp_path / "s1.mvbundle"))
    assert again.returncode == 0, again.stderr
    assert "already imported" in again.stdout.lower(), again.stdout
    review = _import(priya, tmp_path / "s1.mvbundle")
    assert review["already_imported"] is True and review["new"] == []
    assert pair.priya.dump() == before


def test_a_format_2_bundle_is_refused_with_one_sentence(pair: World, tmp_path: Path) -> None:
    sam, priya = pair.sam, pair.priya
    manifest = manifest_dict(sam.identity, "Sam", [priya.fp], 1, [wire_entry(title="From an older MentorVault")])
    path = tmp_path / "format2.mvbundle"
    path.write_bytes(seal_raw(dumps_canonical(manifest), sam.identity, [priya.card.recipient, sam.identity.recipient],
                              header=b"mentorvault-bundle/2\n"))
    before = priya.dump()
    message = one_line_error(Cli(priya).run("import", str(path)))
    assert message == OLDER_FORMAT_SENTENCE
    plain_sentence(message)
    assert priya.dump() == before
