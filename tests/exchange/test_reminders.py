"""``vault.reminders``: which reminders are due, when (an injected clock), each once, each kind switchable."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from mentorvault.vault import Vault

from exchange_support import PASSPHRASE


class Clock:
    def __init__(self, start: str) -> None:
        self.at = _dt.datetime.fromisoformat(start)

    def __call__(self) -> _dt.datetime:
        return self.at

    def days(self, n: int) -> None:
        self.at += _dt.timedelta(days=n)


def _reopen(party, clock: Clock) -> Vault:
    party.close()
    party._vault = Vault.open(party.folder, recovery_key=party.recovery_file.read_text().strip(), clock=clock,
                              secret_store=party.secret_store, auto_backup=False)
    return party._vault


def _kinds(reminders) -> list[tuple[str, str | None, str | None]]:
    return [(r.kind, r.partner, r.date) for r in reminders]


def test_meeting_note_and_review_reminders_fire_on_their_day_and_once(pair) -> None:
    clock = Clock("2026-03-10T09:00:00+00:00")
    v = _reopen(pair.priya, clock)
    v.partners.update("Sam", rhythm_days=14)
    assert v.reminders.take() == []
    v.entries.add("agenda", "Next time", fields={"meeting_date": "2026-03-12"}, partner="Sam")
    v.entries.add("boundary-agreement", "How we work", fields={"review_date": "2026-03-11"}, partner="Sam")
    v.entries.add("boundary-agreement", "No review date", partner="Sam")
    assert v.reminders.take() == []  # the meeting is two days away, the review tomorrow

    clock.days(1)  # 03-11: the meeting is tomorrow
    assert _kinds(v.reminders.take()) == [("meeting_due", "Sam", "2026-03-12")]
    assert v.reminders.take() == []  # once

    clock.days(1)  # 03-12: the meeting day; the review date (03-11) has passed
    (review,) = v.reminders.take()
    assert (review.kind, review.date, review.title) == ("agreement_review", "2026-03-11", "How we work")

    clock.days(1)  # 03-13: the day after the meeting, no session note yet
    assert _kinds(v.reminders.take()) == [("session_note_missing", "Sam", "2026-03-12")]
    assert v.reminders.take() == []
    # The rhythm counts from that meeting: due 03-26, so the reminder comes on 03-25.
    clock.days(12)
    assert _kinds(v.reminders.take()) == [("meeting_due", "Sam", "2026-03-26")]


def test_a_written_session_note_asks_nothing_and_switched_off_kinds_stay_quiet(pair) -> None:
    clock = Clock("2026-03-10T09:00:00+00:00")
    v = _reopen(pair.priya, clock)
    v.entries.add("agenda", "Meeting", fields={"meeting_date": "2026-03-10"}, partner="Sam")
    v.entries.add("session-note", "Notes", fields={"session_date": "2026-03-10"}, partner="Sam")
    clock.days(1)
    assert v.reminders.take() == []
    v.settings.update(remind_meetings=False, remind_session_notes=False, remind_agreement_reviews=False)
    v.entries.add("agenda", "Tomorrow", fields={"meeting_date": "2026-03-12"}, partner="Sam")
    v.entries.add("agenda", "Yesterday", fields={"meeting_date": "2026-03-10"}, partner="Sam")
    v.entries.add("boundary-agreement", "Passed", fields={"review_date": "2026-03-01"}, partner="Sam")
    assert v.reminders.take() == []
    v.settings.update(remind_meetings=True)
    assert [r.kind for r in v.reminders.take()] == ["meeting_due"]


def test_a_bundle_that_arrived_through_the_folder_is_a_reminder(pair, tmp_path: Path) -> None:
    sam, priya = pair.sam, pair.priya
    folder = tmp_path / "shared"
    folder.mkdir()
    sam.v.sync.set_folder("Priya", folder)
    priya.v.sync.set_folder("Sam", folder)
    entry = sam.v.entries.add("goal", "Sent over")
    sam.v.consents.grant(entry.id, "Priya")
    sam.v.sync.run(passphrase=PASSPHRASE)
    assert priya.v.reminders.take() == []
    priya.v.sync.run()
    (arrived,) = priya.v.reminders.take()
    assert (arrived.kind, arrived.partner) == ("bundle_arrived", "Sam")
    assert priya.v.reminders.take() == []
    priya.v.settings.update(remind_bundles=False)
    entry2 = sam.v.entries.add("goal", "Sent again")
    sam.v.consents.grant(entry2.id, "Priya")
    sam.v.sync.run(passphrase=PASSPHRASE)
    priya.v.sync.run()
    assert priya.v.reminders.take() == []


def test_the_window_spells_the_kinds_as_the_core_does() -> None:
    from mentorvault.ui import notify
    from mentorvault.vault import reminders

    assert (notify.MEETING_DUE, notify.BUNDLE_ARRIVED, notify.SESSION_NOTE_MISSING, notify.AGREEMENT_REVIEW) \
        == reminders.KINDS
