"""A stateful model of DELIVERY (issue 13): bundles delayed, duplicated, reordered and dropped.

Sam shares with Priya and Jordan (singly and as a pod).  Hypothesis adds, edits, reverts and
deletes Sam's entries, grants, revokes and re-grants consent, exports bundles into an
in-flight pool per recipient, and delivers any pending bundle in any order (or again, or
never); Priya and Jordan send bundles back (their receipts) into Sam's pool; Priya changes
her key (a second vault with its own card, which Sam verifies) and Sam may later verify her
OLD key again.  Real vaults, driven in-process through the facade (protocol_support's
adapter), copied from one template world so that no example pays for Argon2id.

After every step, for every recipient vault:
* it holds only entries that were consented to it when the newest bundle it imported from
  Sam was made, each in a version consented since the last revocation;
* an older bundle (a replay) is refused and changes nothing; the same bundle again says it
  was already imported and changes nothing;
* Sam never reports a removal confirmed while the partner's current vault still holds it.
After ``flush`` (every party exports to every partner and the other imports, twice over,
both ways), each recipient holds exactly what is currently consented to it, in the
consented version, and Sam reports every revocation of something that was sent confirmed.

A removal Priya's OTHER vault confirmed does not stand for the vault whose key Sam verifies
again later: revocation records are per key that received the entry, and that vault is asked
again (test_protocol_cli.py's test_a_re_verified_old_key_is_asked_again_to_remove_what_it_still_holds
pins it too).  Sam reports a removal confirmed once every vault that received the entry did.

A line ``stateful delivery: N examples, M steps, K deliveries`` is printed at the end of the
session (pytest -s, or the terminal summary) for the closing note of issue 13.
By default the CI run: 2,000 examples of up to 12 steps, about 3 minutes here
(MENTORVAULT_STATEFUL_EXAMPLES and MENTORVAULT_STATEFUL_STEPS change them);
MENTORVAULT_LONG=1 adds the full trial, 2,000 examples of up to 30 steps (marked slow, about
16 minutes).
"""

from __future__ import annotations

import atexit
import functools
import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import protocol_support as ps
import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, initialize, invariant, precondition, rule

from mentorvault.errors import BundleRejected, MentorVaultError
from mentorvault.vault import KeyManager, Vault

from exchange_support import Party, World, copy_world, make_world

LONG = bool(os.environ.get("MENTORVAULT_LONG"))
CI_EXAMPLES = int(os.environ.get("MENTORVAULT_STATEFUL_EXAMPLES", "2000"))
FULL_EXAMPLES = max(2_000, CI_EXAMPLES)
STEPS = int(os.environ.get("MENTORVAULT_STATEFUL_STEPS", "12"))
FULL_STEPS = max(30, STEPS)

RECIPIENTS = ("Priya", "Jordan")
TEXT = st.text(alphabet="abcdefgh ", min_size=1, max_size=8).map(lambda t: t.strip() or "x")

COUNTS = {"examples": 0, "steps": 0, "deliveries": 0, "refused": 0, "already": 0, "dropped": 0,
          "key_changes": 0, "flushes": 0, "left_behind": 0}


def _summary() -> None:
    if COUNTS["examples"]:
        print(f"\nstateful delivery: {COUNTS['examples']} examples, {COUNTS['steps']} steps, "
              f"{COUNTS['deliveries']} deliveries ({COUNTS['refused']} refused as replays, {COUNTS['already']} "
              f"already imported, {COUNTS['dropped']} dropped, {COUNTS['key_changes']} key changes, "
              f"{COUNTS['flushes']} flushes, {COUNTS['left_behind']} old-key copies left behind)")


atexit.register(_summary)


@pytest.fixture(scope="module", autouse=True)
def report_counts(request: pytest.FixtureRequest) -> Any:
    yield
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None and COUNTS["examples"]:
        reporter.write_line(f"stateful delivery: {COUNTS['examples']} examples, {COUNTS['steps']} steps, "
                            f"{COUNTS['deliveries']} deliveries")


# ---------------------------------------------------------------- the template world


@dataclass
class Template:
    world: World
    priya2: Party  # Priya's second vault: the same person, a new key


_template: Template | None = None
_verified: set[tuple[bytes, str]] = set()


def template() -> Template:
    """Sam, Priya and Jordan with verified cards, and Priya's second vault (knowing Sam), made once."""
    global _template
    if _template is None:
        root = Path(tempfile.mkdtemp(prefix="mv-delivery-template-"))
        atexit.register(shutil.rmtree, root, True)
        world = make_world(root / "world", with_jordan=True)
        priya2 = Party.create("Priya", root / "world" / "second")
        priya2.knows(world.sam)
        world.close()
        priya2.close()
        _template = Template(world, priya2)
    return _template


def memoised_verify_passphrase(vault: Vault, passphrase: str) -> bool:
    """``Vault.keys.verify_passphrase``, remembered per (key-slot file, passphrase) once it succeeded."""
    key = (hashlib.sha256((vault.path / "keyslots.json").read_bytes()).digest(), passphrase)
    if key in _verified:
        return True
    ok = KeyManager.verify_passphrase(vault.keys, passphrase)
    if ok:
        _verified.add(key)
    return ok


def _clone(p: Party, old_root: Path, new_root: Path) -> Party:
    def rel(path: Path) -> Path:
        return new_root / path.relative_to(old_root)

    party = Party(p.name, rel(p.folder), rel(p.card_path), rel(p.recovery_file))
    party.open()
    return party


# ---------------------------------------------------------------- the model


@dataclass
class Sent:
    """One bundle in flight (or delivered)."""

    path: Path
    sender: str  # "Sam", or the recipient vault's label ("Priya#0", "Priya#1", "Jordan")
    to: tuple[str, ...]  # Sam's bundles: recipient vault labels; replies: ("Sam",)
    order: dict[str, int]  # export order per receiving vault (Sam's sequence numbers are per recipient)
    # Sam's bundles: for each recipient vault, entry id -> versions consented since its last revocation
    allowed: dict[str, dict[str, set[str]]] = field(default_factory=dict)
    entries: dict[str, str] = field(default_factory=dict)  # what the bundle carries: id -> content hash
    delivered: set[str] = field(default_factory=set)


@dataclass
class Reader:
    """One recipient vault: Jordan's, or one of Priya's two."""

    label: str
    partner: str  # the name Sam knows it by
    party: Party
    newest: Sent | None = None  # the newest bundle from Sam it imported
    newest_reply: int = 0  # Sam's view: order of the newest reply imported from this vault


class DeliveryMachine(RuleBasedStateMachine):
    entries = Bundle("entries")

    def __init__(self) -> None:
        super().__init__()
        COUNTS["examples"] += 1
        t = template()
        self.tmp = Path(tempfile.mkdtemp(prefix="mv-delivery-"))
        self.world = copy_world(t.world, self.tmp / "world")
        self.priya2 = _clone(t.priya2, t.world.root, self.world.root)
        assert self.world.jordan is not None
        self.parties = [*self.world.parties(), self.priya2]
        for party in self.parties:
            party.v.keys.verify_passphrase = functools.partial(memoised_verify_passphrase, party.v)  # type: ignore
        self.sam = self.world.sam
        self.readers = {"Priya#0": Reader("Priya#0", "Priya", self.world.priya),
                        "Priya#1": Reader("Priya#1", "Priya", self.priya2),
                        "Jordan": Reader("Jordan", "Jordan", self.world.jordan)}
        self.active = {"Priya": "Priya#0", "Jordan": "Jordan"}  # the vault Sam's verified card points at
        self.ever_active = {"Priya#0", "Jordan"}
        # Sam's side
        self.hash: dict[str, str | None] = {}  # entry id -> current content hash (None: deleted)
        self.bodies: dict[str, list[str]] = {}
        self.kind: dict[str, str] = {}
        self.pinned: dict[tuple[str, str], str] = {}  # (id, partner) -> pinned hash of an active consent
        self.granted: dict[tuple[str, str], set[str]] = {}  # versions consented since the last revocation
        self.revoked: set[tuple[str, str]] = set()  # consents whose latest state is revoked
        self.ever_sent: set[tuple[str, str]] = set()
        self.ever_sent_to: set[tuple[str, str]] = set()  # (entry, vault label) that bundle carried it to
        # (entry, partner) -> the vault whose receipt confirmed the latest revocation.  The known gap
        # (see flush): a copy held by Priya's OTHER vault is never asked for again.
        self.confirmed_by: dict[tuple[str, str], str] = {}
        # vault label -> (entry, content hash) copies it holds of a removal its twin vault confirmed
        self.left_behind: dict[str, set[tuple[str, str]]] = {label: set() for label in self.readers}
        self.pool: list[Sent] = []  # every bundle ever made, in order
        self.count = 0

    def teardown(self) -> None:
        for party in self.parties:
            party.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    # ------------------------------------------------------------ Sam's entries and consents

    def _consented(self, partner: str) -> dict[str, set[str]]:
        return {i: set(self.granted[(i, p)]) for (i, p) in self.pinned if p == partner}

    @initialize(target=entries, title=TEXT, body=TEXT, share=st.sampled_from([("Priya", "Jordan"), ("Priya",), ()]))
    def seed(self, title: str, body: str, share: tuple[str, ...]) -> str:
        entry_id = self._add(title, body)
        for partner in share:
            self.grant(entry_id, partner)
        return entry_id

    @rule(target=entries, title=TEXT, body=TEXT)
    def add(self, title: str, body: str) -> str:
        COUNTS["steps"] += 1
        return self._add(title, body)

    def _add(self, title: str, body: str) -> str:
        entry = ps.add_entry(self.sam.v, "goal", title, body)
        self.hash[entry.id] = entry.content_hash
        self.bodies[entry.id] = [body]
        return str(entry.id)

    def _set_body(self, entry: str, body: str) -> None:
        self.hash[entry] = ps.update_entry(self.sam.v, entry, body=body).content_hash
        self.bodies[entry].append(body)

    @rule(entry=entries, body=TEXT)
    def edit(self, entry: str, body: str) -> None:
        COUNTS["steps"] += 1
        if self.hash[entry] is None:
            with pytest.raises(MentorVaultError):
                ps.update_entry(self.sam.v, entry, body=body)
            return
        self._set_body(entry, body)

    @rule(entry=entries)
    def revert(self, entry: str) -> None:
        """Take the last edit back: the content (and hash) of the version before it."""
        COUNTS["steps"] += 1
        if self.hash[entry] is not None and len(self.bodies[entry]) > 1:
            self._set_body(entry, self.bodies[entry][-2])

    @rule(entry=entries)
    def delete(self, entry: str) -> None:
        COUNTS["steps"] += 1
        if self.hash[entry] is None:
            return
        ps.delete_entry(self.sam.v, entry)
        self.hash[entry] = None
        for key in [k for k in self.pinned if k[0] == entry]:
            self._mark_revoked(key)

    def _mark_revoked(self, key: tuple[str, str]) -> None:
        self.pinned.pop(key, None)
        self.granted.pop(key, None)
        self.revoked.add(key)

    @rule(entry=entries, partner=st.sampled_from(RECIPIENTS))
    def grant(self, entry: str, partner: str) -> None:
        COUNTS["steps"] += 1
        h = self.hash[entry]
        if h is None:
            with pytest.raises(MentorVaultError):
                ps.grant(self.sam.v, entry, partner)
            return
        ps.grant(self.sam.v, entry, partner, expected_hash=h)
        key = (entry, partner)
        self.pinned[key] = h
        self.granted.setdefault(key, set()).add(h)
        self.revoked.discard(key)
        self.confirmed_by.pop(key, None)

    @rule(entry=entries, partner=st.sampled_from(RECIPIENTS))
    def revoke(self, entry: str, partner: str) -> None:
        COUNTS["steps"] += 1
        key = (entry, partner)
        if key not in self.pinned and key not in self.revoked:
            with pytest.raises(MentorVaultError):
                ps.revoke(self.sam.v, entry, partner)
            return
        if key in self.revoked:  # revoked already: a no-op, or refused; either way nothing new
            try:
                ps.revoke(self.sam.v, entry, partner)
            except MentorVaultError:
                pass
            return
        ps.revoke(self.sam.v, entry, partner)
        self._mark_revoked(key)

    # ------------------------------------------------------------ exports into the pool

    def _export(self, names: tuple[str, ...]) -> Sent:
        self.count += 1
        path = self.tmp / f"sam-{self.count}.mvb"
        labels = tuple(self.active[n] for n in names)
        allowed = {self.active[n]: self._consented(n) for n in names}
        ps.export(self.sam.v, names, path)
        first = self.readers[labels[0]].party
        carried = {e["id"]: e["content_hash"] for e in ps.bundle_entries(ps.view(path, first.identity))}
        for entry_id, h in carried.items():
            assert h == self.hash[entry_id], "the bundle holds another version than the vault"
            for n in names:  # consented to EVERY recipient, in exactly this version
                assert self.pinned.get((entry_id, n)) == h, (entry_id, n)
        for n in names:
            for entry_id in carried:
                self.ever_sent.add((entry_id, n))
                self.ever_sent_to.add((entry_id, self.active[n]))
        if len(names) == 1:  # a single bundle carries every current consent
            assert set(carried) == {i for (i, p), h in self.pinned.items() if p == names[0] and self.hash[i] == h}
        order = {label: 1 + max((s.order.get(label, 0) for s in self.pool if s.sender == "Sam"), default=0)
                 for label in labels}
        sent = Sent(path, "Sam", labels, order, allowed, carried)
        self.pool.append(sent)
        return sent

    @rule(names=st.sampled_from([("Priya",), ("Jordan",), ("Priya", "Jordan")]))
    def export(self, names: tuple[str, ...]) -> None:
        COUNTS["steps"] += 1
        self._export(names)

    def _reply(self, label: str) -> Sent:
        self.count += 1
        reader = self.readers[label]
        path = self.tmp / f"{label.replace('#', '-')}-{self.count}.mvb"
        ps.export(reader.party.v, ["Sam"], path)
        order = {"Sam": 1 + max((s.order["Sam"] for s in self.pool if s.sender == label), default=0)}
        sent = Sent(path, label, ("Sam",), order)
        self.pool.append(sent)
        return sent

    @rule(label=st.sampled_from(["Priya#0", "Priya#1", "Jordan"]))
    def reply(self, label: str) -> None:
        """A recipient vault exports to Sam (its receipts travel in it)."""
        COUNTS["steps"] += 1
        self._reply(label)

    # ------------------------------------------------------------ deliveries

    def _pending(self) -> list[tuple[Sent, str]]:
        return [(s, to) for s in self.pool for to in s.to if to not in s.delivered]

    def _deliver(self, sent: Sent, to: str) -> None:
        COUNTS["deliveries"] += 1
        sent.delivered.add(to)
        if to == "Sam":
            self._deliver_to_sam(sent)
        else:
            self._deliver_to_reader(sent, self.readers[to])

    def _deliver_to_reader(self, sent: Sent, reader: Reader) -> None:
        v = reader.party.v
        before = ps.inbox(v, "Sam")
        newest = reader.newest
        if newest is not None and sent.order[reader.label] < newest.order[reader.label]:
            COUNTS["refused"] += 1
            with pytest.raises(BundleRejected) as info:
                ps.import_bundle(v, sent.path)
            assert ps.REPLAY_SENTENCE in str(info.value)
            assert ps.inbox(v, "Sam") == before
            return
        review = ps.import_bundle(v, sent.path)
        if newest is sent:
            COUNTS["already"] += 1
            assert review.already_imported is True
            assert ps.inbox(v, "Sam") == before
            return
        assert not review.already_imported
        reader.newest = sent
        self._note_left_behind(reader)
        held = ps.inbox(v, "Sam")
        for entry_id, h in sent.entries.items():
            assert held.get(entry_id) == h, "an entry of the bundle is not in the inbox as sent"

    def _deliver_to_sam(self, sent: Sent) -> None:
        reader = self.readers[sent.sender]
        before = {(c.entry_id, c.partner, c.removed_by_partner_at) for c in ps.consents(self.sam.v)}
        if self.active[reader.partner] != reader.label:
            # a bundle from a key Sam does not (or no longer) trust: refused, nothing changes
            with pytest.raises(MentorVaultError):
                ps.import_bundle(self.sam.v, sent.path)
        elif sent.order["Sam"] < reader.newest_reply:
            COUNTS["refused"] += 1
            with pytest.raises(BundleRejected) as info:
                ps.import_bundle(self.sam.v, sent.path)
            assert ps.REPLAY_SENTENCE in str(info.value)
        elif sent.order["Sam"] == reader.newest_reply:
            COUNTS["already"] += 1
            assert ps.import_bundle(self.sam.v, sent.path).already_imported is True
        else:
            review = ps.import_bundle(self.sam.v, sent.path)
            assert not review.already_imported
            reader.newest_reply = sent.order["Sam"]
            for entry_id in review.receipts:
                assert (entry_id, reader.partner) in self.revoked, "a receipt confirmed a consent not revoked"
                self.confirmed_by[(entry_id, reader.partner)] = reader.label
            for twin in self.readers.values():
                if twin.partner == reader.partner and twin is not reader:
                    self._note_left_behind(twin)
            return
        assert {(c.entry_id, c.partner, c.removed_by_partner_at) for c in ps.consents(self.sam.v)} == before

    @precondition(lambda self: bool(self._pending()))
    @rule(pick=st.integers(min_value=0, max_value=10_000))
    def deliver(self, pick: int) -> None:
        """Deliver any pending bundle (the simplest choice: the oldest) -- late, reordered."""
        COUNTS["steps"] += 1
        pending = self._pending()
        self._deliver(*pending[pick % len(pending)])

    @precondition(lambda self: any(s.delivered for s in self.pool))
    @rule(pick=st.integers(min_value=0, max_value=10_000))
    def deliver_again(self, pick: int) -> None:
        """A bundle delivered once arrives again (a duplicate, or an old copy replayed)."""
        COUNTS["steps"] += 1
        done = [(s, to) for s in self.pool for to in sorted(s.delivered)]
        sent, to = done[pick % len(done)]
        self._deliver(sent, to)

    @precondition(lambda self: bool(self._pending()))
    @rule(pick=st.integers(min_value=0, max_value=10_000))
    def drop(self, pick: int) -> None:
        """A bundle is lost on the way: never delivered."""
        COUNTS["steps"] += 1
        COUNTS["dropped"] += 1
        pending = self._pending()
        sent, to = pending[pick % len(pending)]
        sent.delivered.add(to)  # it never arrives (deliver_again may still replay a copy later)

    # ------------------------------------------------------------ Priya's keys

    @rule()
    def priya_changes_key(self) -> None:
        """Priya's card changes (her other vault); Sam verifies the new card -- or her OLD one again."""
        COUNTS["steps"] += 1
        COUNTS["key_changes"] += 1
        new = "Priya#1" if self.active["Priya"] == "Priya#0" else "Priya#0"
        card = self.readers[new].party.card_path.read_text(encoding="utf-8")
        try:
            ps.add_card(self.sam.v, "Priya", card)
        except MentorVaultError:
            pass  # other keys than the pinned ones: kept aside until verified
        ps.verify_card(self.sam.v, "Priya", ps.card_words(card))
        self.active["Priya"] = new
        self.ever_active.add(new)

    # ------------------------------------------------------------ the flush

    @rule()
    def flush(self) -> None:
        """Every party exports to every partner and the other imports, twice over, both ways."""
        COUNTS["steps"] += 1
        COUNTS["flushes"] += 1
        for _round in (1, 2):
            for name in RECIPIENTS:
                sent = self._export((name,))
                self._deliver(sent, self.active[name])
            for name in RECIPIENTS:
                self._deliver(self._reply(self.active[name]), "Sam")
        for name in RECIPIENTS:
            reader = self.readers[self.active[name]]
            held = ps.inbox(reader.party.v, "Sam")
            consented = self._consented(name)
            current = {i: h for (i, p), h in self.pinned.items() if p == name and self.hash[i] == h}
            for entry_id, h in current.items():
                assert held.get(entry_id) == h, (name, entry_id, "a current consent is not held as consented")
            for entry_id, h in held.items():
                if self._excused(entry_id, reader):
                    # Known gap, pinned by test_protocol_cli's
                    # test_a_re_verified_old_key_is_asked_again_to_remove_what_it_still_holds: a removal
                    # her other vault confirmed is not asked of this one.  Drop this exception once fixed.
                    COUNTS["left_behind"] += 1
                    continue
                assert entry_id in consented and h in consented[entry_id], (name, entry_id, "held, not consented")
            for entry_id, partner in self.revoked:
                # Confirmed once every vault of the partner that received it confirmed: a vault Sam can no
                # longer reach (its key is not the verified one) keeps the request pending, truthfully.
                reached = {label for (e, label) in self.ever_sent_to
                           if e == entry_id and self.readers[label].partner == name}
                if partner == name and (entry_id, name) in self.ever_sent and reached <= {reader.label}:
                    assert ps.removal_confirmed(self.sam.v, entry_id, name), (name, entry_id, "not confirmed")

    def _note_left_behind(self, reader: Reader) -> None:
        for entry_id, h in ps.inbox(reader.party.v, "Sam").items():
            if self.confirmed_by.get((entry_id, reader.partner), reader.label) != reader.label:
                self.left_behind[reader.label].add((entry_id, h))

    def _excused(self, entry_id: str, reader: Reader) -> bool:
        """Nothing is excused: a removal one vault of the partner confirmed does not stand for another
        (revocation records are per key that received the entry).  Kept as a hook, and counted, so a
        regression of that gap fails the invariants below instead of passing silently."""
        return False

    # ------------------------------------------------------------ invariants

    @invariant()
    def each_vault_holds_only_what_its_newest_bundle_allowed(self) -> None:
        for reader in self.readers.values():
            held = ps.inbox(reader.party.v, "Sam")
            if reader.newest is None:
                assert held == {}, reader.label
                continue
            allowed = reader.newest.allowed[reader.label]
            for entry_id, h in held.items():
                if self._excused(entry_id, reader):
                    continue  # the known gap, see flush
                assert entry_id in allowed and h in allowed[entry_id], (reader.label, entry_id)

    @invariant()
    def sam_never_confirms_what_the_partner_still_holds(self) -> None:
        for name in RECIPIENTS:
            reader = self.readers[self.active[name]]
            held = ps.inbox(reader.party.v, "Sam")
            for entry_id, partner in self.revoked:
                if partner == name and entry_id in held and not self._excused(entry_id, reader):
                    assert not ps.removal_confirmed(self.sam.v, entry_id, name), (name, entry_id)

    @invariant()
    def sams_log_verifies(self) -> None:
        assert ps.verify_shared_log(self.sam.v)


_COMMON: dict[str, Any] = {"deadline": None,
                           "suppress_health_check": [HealthCheck.too_slow, HealthCheck.filter_too_much]}


@pytest.mark.timeout(1800)
class TestDelivery(DeliveryMachine.TestCase):  # type: ignore[valid-type,misc]
    """The CI run: CI_EXAMPLES examples (2,000 unless MENTORVAULT_STATEFUL_EXAMPLES says) of up to STEPS steps."""

    settings = hypothesis_settings(max_examples=CI_EXAMPLES, stateful_step_count=STEPS, **_COMMON)


@pytest.mark.slow
@pytest.mark.skipif(not LONG, reason="the full delivery trial needs MENTORVAULT_LONG=1")
@pytest.mark.timeout(6 * 3600)
class TestDeliveryFull(DeliveryMachine.TestCase):  # type: ignore[valid-type,misc]
    """The full trial issue 13 asks for: at least 2,000 examples."""

    settings = hypothesis_settings(max_examples=FULL_EXAMPLES, stateful_step_count=FULL_STEPS, **_COMMON)
