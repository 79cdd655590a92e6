"""A stateful model of Sam sharing with Priya (and Jordan, for pod bundles).

Hypothesis drives real vaults through adds, edits, consents, revocations, deletions,
exports and imports (old bundles included), and checks after every export that the
bundle holds exactly the entries a current consent of EVERY recipient allows, each
exactly as it was at export time, and that Priya's inbox is exactly what the bundles she
accepted say -- so it never keeps an entry whose revocation she imported.
"""

from __future__ import annotations

import atexit
import functools
import hashlib
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, initialize, invariant, precondition, rule

from mentorvault.domain.entry import validate_content
from mentorvault.errors import BundleRejected, ConsentError, MentorVaultError
from mentorvault.vault import KeyManager, Vault

from exchange_support import PASSPHRASE, Party, World, copy_world, make_world, manifest_of, part_of

REVOKED = object()
TEXT = st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N", "Zs", "Mn"]), max_size=12)
TITLE = TEXT.map(lambda t: t.strip() or "untitled")
KINDS = {
    "goal": lambda t: {"why": t} if t.strip() else {},
    "reflection": lambda t: {"prompt": t.strip() or "What now?"},
    "agenda": lambda t: {"meeting_date": "2026-04-01", "items": [t.strip()] if t.strip() else []},
}
KIND = st.sampled_from(sorted(KINDS))


_template: World | None = None
_verified: set[tuple[bytes, str]] = set()


def template() -> World:
    """Sam, Priya and Jordan with verified cards, made once; each example works on a copy.

    Argon2id (~0.15 s a derivation here) would otherwise cost three vault creations per
    example; the copies are fresh vaults with the same keys.
    """
    global _template
    if _template is None:
        root = Path(tempfile.mkdtemp(prefix="mv-stateful-template-"))
        atexit.register(shutil.rmtree, root, True)
        _template = make_world(root / "world", with_jordan=True)
        _template.close()
    return _template


def memoised_verify_passphrase(vault: Vault, passphrase: str) -> bool:
    """``Vault.keys.verify_passphrase``, remembered per (key-slot file, passphrase) once it succeeded.

    Deterministic for a given slot file, so the answer is the real one; the check itself
    is tested in test_exchange_export.py.
    """
    key = (hashlib.sha256((vault.path / "keyslots.json").read_bytes()).digest(), passphrase)
    if key in _verified:
        return True
    ok = KeyManager.verify_passphrase(vault.keys, passphrase)
    if ok:
        _verified.add(key)
    return ok


@dataclass
class Sent:
    path: Path
    recipients: tuple[str, ...]  # partner names
    seqs: dict[str, int]  # recipient name -> sequence number
    entries: dict[str, str]  # id -> content hash
    revocations: dict[str, list[str]]  # recipient -> entries whose removal its part asks for


class ExchangeMachine(RuleBasedStateMachine):
    entries = Bundle("entries")

    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="mv-stateful-"))
        self.world = copy_world(template(), self.tmp / "world")
        for party in self.world.parties():
            party.v.keys.verify_passphrase = functools.partial(memoised_verify_passphrase, party.v)  # type: ignore
        self.sam, self.priya = self.world.sam, self.world.priya
        assert self.world.jordan is not None
        self.jordan: Party = self.world.jordan
        self.readers = {"Priya": self.priya, "Jordan": self.jordan}
        self.hash: dict[str, str | None] = {}  # Sam's entries: id -> current hash (None: deleted)
        self.consent: dict[tuple[str, str], Any] = {}  # (id, partner) -> pinned hash, or REVOKED
        self.sent: list[Sent] = []
        self.recv_seq = {"Priya": 0, "Jordan": 0}
        self.inbox: dict[str, dict[str, str]] = {"Priya": {}, "Jordan": {}}  # what each should hold from Sam
        self.revoked_and_imported: dict[str, set[str]] = {"Priya": set(), "Jordan": set()}
        self.revocations_since_reply: set[str] = set()
        self.last_imported: dict[str, Path] = {}
        self.count = 0

    def teardown(self) -> None:
        self.world.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    # ------------------------------------------------------------ Sam's entries and consents

    # Hypothesis favours the simplest rule sequences, so every example starts with a few
    # entries already shared; the rules below then edit, revoke and delete them.
    SHARE_WITH = st.sampled_from([("Priya", "Jordan"), ("Priya",), ("Jordan",), ()])

    def _seed(self, kind: str, title: str, text: str, share_with: tuple[str, ...]) -> str:
        entry_id = self.add_entry(kind, title, text)
        for partner in share_with:
            self.grant(entry_id, partner)
        return entry_id

    @initialize(target=entries, kind=KIND, title=TITLE, text=TEXT, share_with=SHARE_WITH)
    def seed_first_entry(self, kind: str, title: str, text: str, share_with: tuple[str, ...]) -> str:
        return self._seed(kind, title, text, share_with)

    @initialize(target=entries, kind=KIND, title=TITLE, text=TEXT, share_with=SHARE_WITH)
    def seed_second_entry(self, kind: str, title: str, text: str, share_with: tuple[str, ...]) -> str:
        return self._seed(kind, title, text, share_with)

    @rule(target=entries, kind=KIND, title=TITLE, text=TEXT)
    def add_entry(self, kind: str, title: str, text: str) -> str:
        entry = self.sam.v.entries.add(kind, title, text, KINDS[kind](text))
        self.hash[entry.id] = entry.content_hash
        return entry.id

    @rule(entry=entries, body=TEXT)
    def edit_entry(self, entry: str, body: str) -> None:
        if self.hash[entry] is None:
            with pytest.raises(MentorVaultError):
                self.sam.v.entries.update(entry, body=body)
            return
        self.hash[entry] = self.sam.v.entries.update(entry, body=body).content_hash

    @rule(entry=entries, partner=st.sampled_from(["Priya", "Jordan"]))
    def grant(self, entry: str, partner: str) -> None:
        if self.hash[entry] is None:
            with pytest.raises(MentorVaultError):
                self.sam.v.consents.grant(entry, partner)
            return
        info = self.sam.v.consents.grant(entry, partner, expected_hash=self.hash[entry])
        assert info.content_hash == self.hash[entry] and info.state == "current"
        self.consent[(entry, partner)] = self.hash[entry]

    @rule(entry=entries, partner=st.sampled_from(["Priya", "Jordan"]))
    def revoke(self, entry: str, partner: str) -> None:
        if (entry, partner) not in self.consent:
            with pytest.raises(ConsentError):
                self.sam.v.consents.revoke(entry, partner)
            return
        assert self.sam.v.consents.revoke(entry, partner).state == "revoked"
        self.consent[(entry, partner)] = REVOKED

    @rule(entry=entries)
    def delete_entry(self, entry: str) -> None:
        if self.hash[entry] is None:
            return
        self.sam.v.entries.delete(entry)
        self.hash[entry] = None
        for key in [k for k in self.consent if k[0] == entry]:
            self.consent[key] = REVOKED

    # ------------------------------------------------------------ exports

    def _export(self, recipients: tuple[str, ...]) -> None:
        self.count += 1
        path = self.tmp / f"bundle-{self.count}.mvb"
        snapshot = {i: h for i, h in self.hash.items() if h is not None}
        preview = self.sam.v.exchange.export_bundle(list(recipients), path, PASSPHRASE)
        manifest = manifest_of(path, self.priya.identity)
        sent = {e["id"]: e for e in manifest["entries"]}
        consents = {(c.entry_id, c.partner): c for c in self.sam.v.consents.list()}

        # every entry in it: a current consent of EACH recipient, pinned to exactly this content
        for entry_id, e in sent.items():
            content = validate_content(e["kind"], e["title"], e["body"], e["fields"], e["tags"])
            assert content.content_hash() == e["content_hash"], "the bundle's content does not match its hash"
            assert e["content_hash"] == snapshot[entry_id], "the bundle holds another version than the vault"
            for r in recipients:
                c = consents[(entry_id, r)]
                assert c.revoked_at is None and c.content_hash == e["content_hash"], (entry_id, r, c)
        # and exactly those the model allows
        expected = {i for i, h in snapshot.items() if all(self.consent.get((i, r)) == h for r in recipients)}
        assert set(sent) == expected
        assert [i.entry_id for i in preview.entries] == list(sent)
        # revocations, in each recipient's own part, only for entries revoked for that recipient
        parts = {name: part_of(path, self.readers[name].identity) for name in recipients}
        revocations = {name: [r["entry_id"] for r in part["revocations"]] for name, part in parts.items()}
        for name in recipients:
            assert not (set(revocations[name]) & set(sent))
            for entry_id in revocations[name]:
                assert self.consent[(entry_id, name)] is REVOKED
        fps = {name: self.readers[name].fp for name in recipients}
        assert sorted(manifest["recipients"]) == sorted(fps.values())
        seqs = {name: parts[name]["seq"] for name in recipients}
        for name in recipients:  # a new, higher sequence number for each recipient
            assert seqs[name] > max([s.seqs[name] for s in self.sent if name in s.seqs], default=0)
        hashes = {i: e["content_hash"] for i, e in sent.items()}
        self.sent.append(Sent(path, recipients, seqs, hashes, revocations))
        assert self.sam.v.shared_log.records()[-1].bundle_id == manifest["bundle_id"]

    @rule(pod=st.sampled_from([False, True]), deliver=st.sampled_from([True, False]))
    def export(self, pod: bool, deliver: bool) -> None:
        """Export to Priya (or to Priya and Jordan); usually each recipient imports it at once."""
        recipients = ("Priya", "Jordan") if pod else ("Priya",)
        self._export(recipients)
        if deliver:
            for name in recipients:
                self._import(name, 0)

    # ------------------------------------------------------------ imports

    def _import(self, name: str, index: int) -> None:
        mine = [s for s in self.sent if name in s.recipients]
        bundle = mine[-1 - index % len(mine)]  # the simplest choice is the newest
        party = self.readers[name]
        if bundle.seqs[name] <= self.recv_seq[name]:
            before = party.dump()
            if bundle.path == self.last_imported.get(name):  # the newest again: said, not an error
                assert party.v.exchange.import_bundle(bundle.path).already_imported
            else:
                with pytest.raises(BundleRejected):
                    party.v.exchange.import_bundle(bundle.path)
            assert party.dump() == before
            return
        review = party.v.exchange.import_bundle(bundle.path)
        assert not review.already_imported
        self.recv_seq[name] = bundle.seqs[name]
        self.last_imported[name] = bundle.path
        inbox = self.inbox[name]
        assert sorted(review.new) == sorted(i for i in bundle.entries if i not in inbox)
        for entry_id, chash in bundle.entries.items():
            inbox[entry_id] = chash
            self.revoked_and_imported[name].discard(entry_id)
        for entry_id in bundle.revocations[name]:
            inbox.pop(entry_id, None)
            self.revoked_and_imported[name].add(entry_id)
            if name == "Priya":
                self.revocations_since_reply.add(entry_id)

    @precondition(lambda self: bool(self.sent))
    @rule(who=st.sampled_from(["Priya", "Jordan"]), index=st.integers(min_value=0, max_value=50))
    def import_bundle(self, who: str, index: int) -> None:
        """Import one of the bundles made for ``who``: the latest, or an older one (refused)."""
        if any(who in s.recipients for s in self.sent):
            self._import(who, index)

    @precondition(lambda self: any("Priya" in s.recipients for s in self.sent) and self.recv_seq["Priya"] > 0)
    @rule()
    def reimport_the_oldest_bundle_into_priya(self) -> None:
        oldest = next(s for s in self.sent if "Priya" in s.recipients)
        before = self.priya.dump()
        if oldest.path == self.last_imported.get("Priya"):
            assert self.priya.v.exchange.import_bundle(oldest.path).already_imported
        else:
            with pytest.raises(BundleRejected):
                self.priya.v.exchange.import_bundle(oldest.path)
        assert self.priya.dump() == before

    @precondition(lambda self: self.recv_seq["Priya"] > 0)
    @rule()
    def priya_replies_with_receipts(self) -> None:
        self.count += 1
        path = self.tmp / f"reply-{self.count}.mvb"
        self.priya.v.exchange.export_bundle(["Sam"], path, PASSPHRASE)
        review = self.sam.v.exchange.import_bundle(path)
        # a receipt only ever answers a revocation Priya imported since her last reply
        assert set(review.receipts) <= self.revocations_since_reply
        self.revocations_since_reply.clear()

    # ------------------------------------------------------------ invariants

    @invariant()
    def inboxes_match_what_was_accepted(self) -> None:
        for name, party in self.readers.items():
            held = {e.id: e.content_hash for e in party.v.inbox.list("Sam")}
            assert held == self.inbox[name]
            assert not (set(held) & self.revoked_and_imported[name])

    @invariant()
    def the_shared_log_verifies(self) -> None:
        assert self.sam.v.shared_log.verify()


ExchangeMachine.TestCase.settings = settings(
    max_examples=25, stateful_step_count=15, deadline=None, suppress_health_check=[HealthCheck.too_slow],
)
TestExchangeMachine = ExchangeMachine.TestCase
