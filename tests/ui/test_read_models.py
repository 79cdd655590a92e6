"""The read models in ui/logic/, driven with a fake vault that records every call (no window, no worker)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from dataclasses import FrozenInstanceError, dataclass
from pathlib import Path
from typing import Any

import pytest

from mentorvault.domain.kinds import KINDS
from mentorvault.domain.models import Entry, EntrySummary, Partner, RevisionInfo
from mentorvault.errors import IdentityError, MentorVaultError
from mentorvault.ui.logic import exchange, history, inbox, search, settings, sidebar
from mentorvault.ui.logic.entries import EntryEdit, EntryPages, ListFilter, entry_sharing, save_draft
from mentorvault.ui.logic.goals import GoalBoard, read_goals
from mentorvault.ui.logic.partners import CardState, read_overview, read_partner_info
from mentorvault.ui.logic.saving import Draft
from mentorvault.ui.logic.sharing import ShareData, read_share_data

# The managers' methods the read models call, under the short names these tests answer and record.
ALIASES = {
    "consents.list": "consents", "consents.preview": "consent_preview", "consents.grant": "grant_consent",
    "consents.revoke": "revoke_consent", "cards.status": "partner_status", "cards.add": "add_partner_card",
    "cards.verify": "verify_partner", "exchange.preview_export": "preview_export",
    "exchange.export_bundle": "export_bundle", "exchange.review_import": "review_import",
    "exchange.import_bundle": "import_bundle", "inbox.list": "inbox", "inbox.set_note": "set_inbox_note",
    "inbox.accept_agreement": "accept_agreement", "inbox.agreement_status": "agreement_status",
    "inbox.my_acceptances": "my_acceptances", "shared_log.what_partner_has_seen": "what_partner_has_seen",
    "shared_log.records": "shared_log", "shared_log.verify": "verify_shared_log",
    "identity.display_name": "display_name", "identity.fingerprint": "fingerprint_display",
    "identity.set_display_name": "set_display_name", "identity.export_card": "export_card",
    "entries.add": "add_entry", "entries.update": "update_entry", "entries.get": "get_entry",
    "entries.list": "list_entries", "entries.count": "count_entries", "entries.search": "search",
    "entries.delete": "delete_entry", "entries.history": "history", "entries.revision": "get_revision",
    "entries.restore_revision": "restore_revision", "entries.tags": "tags", "entries.resolve_id": "resolve_id",
    "entries.overdue_agreements": "overdue_agreements", "partners.add": "add_partner",
    "partners.update": "update_partner", "partners.get": "get_partner", "partners.list": "list_partners",
    "partners.next_meeting": "next_meeting", "settings.get": "settings", "settings.update": "update_settings",
    "keys.change_passphrase": "change_passphrase", "keys.verify_passphrase": "verify_passphrase",
    "keys.remembers_device": "remembers_device", "keys.remember_device": "remember_device",
    "keys.forget_device": "forget_device", "backups.backup": "backup", "backups.rotate": "rotate_backups",
    "backups.start_daily": "start_daily_backup", "backups.daily": "daily_backup", "backups.status": "backup_status",
    "backups.list": "list_backups", "backups.folder": "backup_folder", "sync.folder": "exchange_folder",
}
MANAGERS = {key.split(".")[0] for key in ALIASES}


class _Manager:
    def __init__(self, vault: FakeVault, name: str) -> None:
        self._vault, self._name = vault, name

    def __getattr__(self, sub: str) -> Callable[..., Any]:
        alias = ALIASES.get(f"{self._name}.{sub}")
        if alias is None:
            raise AttributeError(f"{self._name}.{sub}")
        return self._vault._answer(alias)


class FakeVault:
    """Answers from ``answers`` (a value, or a function of the call's arguments) and records each call."""

    def __init__(self, **answers: Any) -> None:
        self.answers = answers
        self.calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

    def __getattr__(self, name: str) -> Any:
        if name in MANAGERS:
            return _Manager(self, name)
        return self._answer(name)

    def _answer(self, name: str) -> Callable[..., Any]:
        if name.startswith("__") or name not in self.answers:
            raise AttributeError(name)

        def call(*args: Any, **kwargs: Any) -> Any:
            self.calls.append((name, args, kwargs))
            answer = self.answers[name]
            if isinstance(answer, BaseException):
                raise answer
            return answer(*args, **kwargs) if callable(answer) else answer

        return call

    @property
    def names(self) -> list[str]:
        return [c[0] for c in self.calls]


def summary(entry_id: str, kind: str = "reflection", partner: str | None = None, title: str = "t",
            entry_date: str | None = None, protected: bool = False) -> EntrySummary:
    return EntrySummary(entry_id, kind, title, partner, protected, entry_date, "2026-01-01T00:00:00Z",
                        "2026-01-02T00:00:00Z")


def entry(entry_id: str, kind: str = "goal", title: str = "Goal", fields: dict[str, Any] | None = None) -> Entry:
    return Entry(entry_id, kind, title, "", fields or {}, [], None, None, False, None, "2026-01-01T00:00:00Z",
                 "2026-01-01T00:00:00Z", "h", 1)


@dataclass
class Consent:
    entry_id: str
    partner: str
    state: str
    removed_by_partner_at: str | None = None


# ---------------------------------------------------------------- entries


def test_first_page_counts_then_reads_one_page_and_its_sharing_in_one_query() -> None:
    rows = [summary("a"), summary("b")]
    v = FakeVault(count_entries=7, list_entries=rows, consents=[Consent("b", "Priya", "current")])
    page = EntryPages(ListFilter(kind="goal", tag="x", partner_id="p1"), 2).first(v)
    assert v.names == ["count_entries", "list_entries", "consents"]
    assert v.calls[0][2] == {"kind": "goal", "tag": "x", "partner": "p1"}
    assert v.calls[1][2] == {"kind": "goal", "tag": "x", "partner": "p1", "limit": 2, "offset": 0, "after_id": None,
                             "with_tags": False}
    assert v.calls[2][2] == {"entry_ids": ["a", "b"]}
    assert page.total == 7 and [r.id for r in page.rows] == ["a", "b"]
    assert set(page.share) == {"b"} and page.share["b"].current == ("Priya",)


def test_later_pages_ask_for_the_rows_after_the_last_one_held() -> None:
    v = FakeVault(list_entries=[], consents=[])
    page = EntryPages(ListFilter(), 50).page(v, 100, "last-id")
    assert v.calls == [("list_entries", (), {"kind": None, "tag": None, "partner": None, "limit": 50, "offset": 100,
                                              "after_id": "last-id", "with_tags": False})]  # no ids: no consents query
    assert page.total is None and page.rows == [] and dict(page.share) == {}


def test_list_filter_matches_what_it_names() -> None:
    e = Entry("e", "goal", "t", "", {}, ["work"], "Priya", "p1", False, None, "", "", "", 1)
    assert ListFilter().matches(e) and ListFilter("goal", "work", "p1").matches(e)
    assert not ListFilter(kind="agenda").matches(e) and not ListFilter(tag="home").matches(e)
    assert not ListFilter(partner_id="p2").matches(e)


def test_a_draft_is_added_once_then_updated() -> None:
    added = entry("new-id", "reflection")
    v = FakeVault(add_entry=added, update_entry=lambda *a, **k: added)
    draft = Draft("reflection", seq=1)
    edit = EntryEdit("reflection", "Title", "body", {"answer": "x"}, ["t"], "p1", True)
    assert save_draft(v, draft, edit) is added and draft.entry_id == "new-id"
    save_draft(v, draft, edit)
    assert v.calls[0] == ("add_entry", ("reflection", "Title", "body", {"answer": "x"}, ["t"], "p1"),
                          {"protected": True})
    assert v.calls[1] == ("update_entry", ("new-id",), {"title": "Title", "body": "body", "fields": {"answer": "x"},
                                                        "tags": ["t"], "partner": "p1", "protected": True})


def test_only_an_agreement_asks_for_its_co_signing() -> None:
    v = FakeVault(consents=[Consent("e", "Sam", "changed since consent")], agreement_status={"agreed_by_both": True})
    plain = entry_sharing(v, "e", "reflection")
    assert v.names == ["consents"] and plain.agreement is None and plain.state.changed == ("Sam",)
    agreed = entry_sharing(v, "e", "boundary-agreement")
    assert v.names[-1] == "agreement_status" and agreed.agreement == {"agreed_by_both": True}


# ---------------------------------------------------------------- sidebar, partners, goals


def test_sidebar_counts_every_kind() -> None:
    partners = [Partner("p1", "Priya", None, None, None, False, "")]
    v = FakeVault(count_entries=lambda kind=None: 100 if kind is None else len(kind), list_partners=partners,
                  tags=[("work", 3)])
    data = sidebar.read_sidebar(v)
    assert data.total == 100 and data.kind_counts == {k: len(k) for k in KINDS}
    assert data.partners == partners and data.tags == [("work", 3)]
    assert ("list_partners", (), {"include_archived": False}) in v.calls


def test_partner_banner_keeps_only_their_overdue_agreements() -> None:
    p = Partner("p1", "Priya", "mentor", "coach", 14, False, "")
    overdue = [summary("a", "boundary-agreement", "Priya"), summary("b", "boundary-agreement", "Sam")]
    v = FakeVault(get_partner=p, overdue_agreements=overdue, next_meeting="2026-03-01", exchange_folder=None,
                  partner_status={"name": "Priya", "has_card": True, "verified": True, "verified_at": "2026-01-01",
                                  "pending_card": False, "fingerprint": "ab", "words": ["one", "two"], "digits": "12"})
    info = read_partner_info(v, "p1", _dt.date(2026, 2, 1))
    assert [a.id for a in info.overdue] == ["a"] and info.next_meeting == "2026-03-01"
    assert ("overdue_agreements", ("2026-02-01",), {}) in v.calls
    assert info.card == CardState(True, True, "2026-01-01", False, ("one", "two"), "Priya",
                                  {"fingerprint": "ab", "words": ["one", "two"], "digits": "12"}, None)
    with pytest.raises(FrozenInstanceError):
        info.card = CardState()  # type: ignore[misc]


def test_card_state_reads_a_mapping_or_an_object_alike() -> None:
    @dataclass
    class Status:
        has_card: bool = True
        verified: bool = False
        verified_at: str | None = None
        pending_card: bool = True
        pending: dict[str, Any] | None = None
        name: str = "Sam"

    new = {"fingerprint": "cd", "words": ["x"], "digits": "9"}
    from_object = CardState.of(Status(pending=new))
    from_mapping = CardState.of({"has_card": True, "pending_card": True, "pending": new, "name": "Sam"})
    assert from_object == from_mapping and from_object.to_compare == new
    assert CardState.of(None) == CardState.of({}) == CardState() and not CardState().has_card


def test_overview_names_the_soonest_meeting() -> None:
    a, b, c = (Partner(i, i.upper(), None, None, None, False, "") for i in ("a", "b", "c"))
    due = {"a": "2026-05-01", "b": "2026-04-01", "c": None}
    v = FakeVault(list_partners=[a, b, c], next_meeting=lambda pid: due[pid], overdue_agreements=[])
    assert read_overview(v, _dt.date(2026, 1, 1)).next_meeting == (b, "2026-04-01")
    v2 = FakeVault(list_partners=[c], next_meeting=lambda pid: None, overdue_agreements=[])
    assert read_overview(v2, _dt.date(2026, 1, 1)).next_meeting is None


def test_goal_board_sorts_and_takes_a_saved_goal_in_place() -> None:
    done = entry("g1", title="Done", fields={"progress": 100})
    later = entry("g2", title="Later", fields={"target_date": "2027-01-01"})
    soon = entry("g3", title="Soon", fields={"target_date": "2026-06-01"})
    v = FakeVault(list_entries=[summary("g1"), summary("g2"), summary("g3")],
                  get_entry=lambda i: {"g1": done, "g2": later, "g3": soon}[i])
    board = read_goals(v)
    assert [g.id for g in board.goals] == ["g3", "g2", "g1"]
    assert v.calls[0] == ("list_entries", (), {"kind": "goal"})
    finished = entry("g3", title="Soon", fields={"target_date": "2026-06-01", "progress": 100})
    after = board.with_entry(finished)
    assert [g.id for g in after.goals] == ["g2", "g3", "g1"]  # finished goals last, by date
    assert after.entries["g3"] is finished
    assert board.entries["g3"] is soon  # the old board is unchanged
    assert [g.id for g in GoalBoard.of([]).goals] == []


# ---------------------------------------------------------------- inbox, search, history


@dataclass
class Shared:
    id: str
    partner: str
    kind: str


def test_inbox_reads_my_acceptances_in_one_call() -> None:
    entries = [Shared("1", "Sam", "boundary-agreement"), Shared("2", "Priya", "agenda"),
               Shared("3", "Ana", "boundary-agreement")]

    # which agreements I accepted comes from the vault in one call, not from an export preview per partner
    v = FakeVault(inbox=entries, my_acceptances={("Sam", "1")})
    data = inbox.read_inbox(v)
    assert v.names == ["inbox", "my_acceptances"]
    assert data.accepted == frozenset({("Sam", "1")})
    assert data.partners() == ["Ana", "Priya", "Sam"] and [e.id for e in data.from_partner("Sam")] == ["1"]
    assert data.find("Priya", "2") is entries[1] and data.find("Sam", "2") is None
    more = data.with_accepted("Ana", "3")
    assert more.is_accepted("Ana", "3") and not data.is_accepted("Ana", "3")


def test_a_full_search_page_may_have_more() -> None:
    req = search.SearchRequest("walk", kind="goal", partner="p1", since="2026-01-01")
    v = FakeVault(search=lambda *a, **k: ["hit"] * search.PAGE)
    page = search.search_page(v, req, 50)
    assert page.more and page.offset == 50
    assert v.calls[0] == ("search", ("walk",), {"kind": "goal", "tag": None, "partner": "p1", "since": "2026-01-01",
                                                "until": None, "limit": search.PAGE, "offset": 50})
    assert not search.search_page(FakeVault(search=["hit"]), req, 0).more


def test_versions_read_the_core_notes() -> None:
    rows = [RevisionInfo(3, "2026-03-01T10:00:00Z", "t", "h", "restored revision 1"),
            RevisionInfo(2, "garbled", "t", "h", "typo fixed"), RevisionInfo(1, "2026-01-01T10:00:00Z", "t", "h",
                                                                             "created")]
    versions = history.read_history(FakeVault(history=rows), "e")
    assert [(v.rev, v.current, v.created, v.restored_from, v.note) for v in versions] == [
        (3, True, False, "1", ""), (2, False, False, None, "typo fixed"), (1, False, True, None, "")]
    assert versions[1].saved_at is None and versions[1].saved_at_text == "garbled"
    assert versions[0].saved_at is not None and versions[0].saved_at.tzinfo is not None


# ---------------------------------------------------------------- sharing and the exchange


def test_share_changes_grant_the_ticked_and_revoke_the_unticked() -> None:
    consents = {"Priya": Consent("e", "Priya", "current"), "Sam": Consent("e", "Sam", "changed since consent"),
                "Ana": Consent("e", "Ana", "revoked")}
    data = ShareData({}, consents, {})
    everyone = ["Priya", "Sam", "Ana", "Jo"]
    assert data.changes(["Priya", "Sam", "Ana", "Jo"], everyone) == (["Sam", "Ana", "Jo"], [])
    assert data.changes([], everyone) == ([], ["Priya", "Sam"])
    assert data.changes(["Priya"], everyone) == ([], ["Sam"])


def test_share_data_treats_an_unknown_card_as_none() -> None:
    def status(name: str) -> dict[str, Any]:
        if name == "Gone":
            raise MentorVaultError("no such partner")
        return {"name": name, "has_card": True, "verified": True}

    v = FakeVault(consent_preview={"content_hash": "h"}, consents=[Consent("e", "Priya", "current")],
                  partner_status=status)
    data = read_share_data(v, "e", ["Priya", "Gone"])
    assert data.cards["Priya"].verified and data.cards["Gone"] == CardState()
    assert set(data.consents) == {"Priya"} and data.preview == {"content_hash": "h"}


def test_a_card_with_new_keys_is_kept_waiting_not_refused() -> None:
    v = FakeVault(add_partner_card=IdentityError("different keys"),
                  partner_status={"name": "Sam", "has_card": True, "pending_card": True})
    added = exchange.add_partner_card(v, "Sam", "card text")
    assert added.different_keys and added.card.pending_card
    v2 = FakeVault(add_partner_card=IdentityError("your own card"), partner_status={"name": "Sam"})
    with pytest.raises(IdentityError):
        exchange.add_partner_card(v2, "Sam", "card text")


def test_meeting_prep_reads_a_mapping_or_an_object() -> None:
    prep = {"partner": "Priya", "next_meeting": "2026-03-01", "their_agenda": [1], "struggles": None,
            "feedback": [2, 3], "goals": [], "my_agenda": None}
    from_mapping = exchange.read_meeting_prep(FakeVault(meeting_prep=prep), "Priya")

    @dataclass
    class Prep:
        partner: str = "Priya"
        next_meeting: str | None = "2026-03-01"
        their_agenda: tuple[int, ...] = (1,)
        struggles: tuple[int, ...] = ()
        feedback: tuple[int, ...] = (2, 3)
        goals: tuple[int, ...] = ()
        my_agenda: Entry | None = None

    assert from_mapping == exchange.MeetingPrep.of(Prep())
    assert from_mapping.struggles == [] and from_mapping.feedback == [2, 3]


def test_ending_counts_what_is_still_shared() -> None:
    v = FakeVault(consents=[Consent("a", "Sam", "current"), Consent("b", "Sam", "revoked"),
                            Consent("c", "Sam", "changed since consent")],
                  inbox=[1, 2, 3, 4], partner_status={"verified": True})
    assert exchange.read_ending(v, "Sam") == exchange.Ending(2, 4, True)
    ended = exchange.end_relationship(FakeVault(end_relationship={"bundle": "x.mvbundle"}), "Sam", out=None,
                                      passphrase=None, revoke_all=True, gratitude=None)
    assert ended.bundle


# ---------------------------------------------------------------- settings


def test_a_wrong_current_passphrase_changes_nothing() -> None:
    v = FakeVault(verify_passphrase=lambda p: p == "right", change_passphrase=None)
    assert settings.change_passphrase(v, "wrong", "new") is False and v.names == ["verify_passphrase"]
    assert settings.change_passphrase(v, "right", "new") is True
    assert v.calls[-1] == ("change_passphrase", ("new",), {})


def test_remembering_and_forgetting_this_device() -> None:
    v = FakeVault(remember_device=None, forget_device=None)
    settings.remember_device(v, True)
    settings.remember_device(v, False)
    assert v.names == ["remember_device", "forget_device"]


def test_a_manual_backup_is_named_for_its_moment() -> None:
    v = FakeVault(backup_folder=Path("/b"), backup=lambda target: target)
    path = settings.backup_now(v, _dt.datetime(2026, 3, 4, 5, 6, 7, tzinfo=_dt.UTC))
    assert path.parent == Path("/b") and path.name.startswith("manual-2026-03-04-050607")


def test_save_problem_names_the_first_reason_in_order() -> None:
    from mentorvault.ui.logic.entries import save_problem

    def edit(title: str = "T", fields: dict[str, Any] | None = None, body: str = "") -> EntryEdit:
        return EntryEdit("gratitude", title, body, fields if fields is not None else {"to_whom": "Priya"}, [],
                         None, False)

    assert save_problem(edit()) is None
    no_title = save_problem(edit(title="  ", fields={}))
    assert no_title is not None and no_title.no_title and no_title.missing == ()
    missing = save_problem(edit(fields={}))
    assert missing is not None and [s.name for s in missing.missing] == ["to_whom"] and not missing.no_title
    invalid = save_problem(edit(title="x" * 100_000))
    assert invalid is not None and invalid.invalid is not None and not invalid.missing


def test_place_of_a_saved_entry_follows_the_vaults_order() -> None:
    """A saved entry's row in the list, found among the rows held (issue 17 #7)."""
    from mentorvault.domain.models import EntrySummary
    from mentorvault.ui.logic.entries import comes_before, place_of

    def s(i: str, day: str, changed: str) -> EntrySummary:
        return EntrySummary(i, "session-note", i, None, False, day, changed, changed)

    rows = [s("a", "2026-12-04", "T1"), s("b", "2026-12-03", "T2"), s("c", "2026-12-02", "T3")]
    assert all(comes_before(x, y) for x, y in zip(rows, rows[1:], strict=False))
    held = rows.__getitem__
    assert place_of(s("n", "2026-12-05", "T9"), -1, 3, held) == 0
    assert place_of(s("n", "2026-12-03", "T9"), -1, 3, held) == 1  # newest change first within a day
    assert place_of(s("n", "2026-12-01", "T9"), -1, 3, held) == 3
    assert place_of(s("c", "2026-12-02", "T9"), 2, 3, held) == 2  # edited, its date unchanged: it stays
    assert place_of(s("a", "2026-12-01", "T9"), 0, 3, held) == 2  # re-dated older: it moves down
    assert place_of(s("n", "2026-12-01", "T9"), -1, 3, lambda k: None if k == 1 else rows[k]) is None
