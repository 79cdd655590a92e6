"""``vault.reminders``: which reminders are due now, as facts; each fires once.

Four kinds, each switched on or off in the settings: a meeting due tomorrow (the partner's next
meeting, from the next agenda's date or the rhythm), a bundle a sync imported, a session note not
written the day after a meeting (an agenda's date), and a boundary agreement whose review date
passed.  The reminders carry the partner's name and the entry's title as facts; whether a
notification shows them is the ``reminders_show_names`` setting, applied by whoever words them.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from mentorvault.domain.strictjson import JSONObject
from mentorvault.storage import partners as partner_table
from mentorvault.storage import reminders as table
from mentorvault.storage.db import transaction
from mentorvault.vault.clock import iso

if TYPE_CHECKING:
    from mentorvault.vault.core import Vault

MEETING_DUE = "meeting_due"
BUNDLE_ARRIVED = "bundle_arrived"
SESSION_NOTE_MISSING = "session_note_missing"
AGREEMENT_REVIEW = "agreement_review"
KINDS = (MEETING_DUE, BUNDLE_ARRIVED, SESSION_NOTE_MISSING, AGREEMENT_REVIEW)
NOTE_LOOKBACK_DAYS = 7  # a meeting longer ago than this no longer asks for its note
ARRIVAL_LOOKBACK = _dt.timedelta(days=1)


@dataclass(frozen=True)
class Reminder:
    kind: str  # one of KINDS
    key: str  # what it fires once for
    partner: str | None
    date: str | None  # the meeting's date, the review date; None for an arrival
    title: str | None = None  # the agreement's title (agreement_review)

    def to_json(self) -> JSONObject:
        return asdict(self)


class ReminderManager:
    def __init__(self, vault: Vault) -> None:
        self._v = vault

    def show_names(self) -> bool:
        return self._v.settings.get().reminders_show_names

    def due(self) -> list[Reminder]:
        """The reminders of the kinds switched on that have not fired yet."""
        s = self._v.settings.get()
        found: list[Reminder] = []
        names = {p.id: p.name for p in partner_table.list_partners(self._v.conn)}  # partners' names, read once
        if s.remind_meetings:
            found += self._meetings()
        if s.remind_bundles:
            found += self._arrivals(names)
        if s.remind_session_notes:
            found += self._notes(names)
        if s.remind_agreement_reviews:
            found += self._reviews(names)
        done = table.fired(self._v.conn, (r.key for r in found))
        return [r for r in found if r.key not in done]

    def take(self) -> list[Reminder]:
        """The due reminders, remembered as fired: the next call does not return them again."""
        with transaction(self._v.conn):
            due = self.due()
            table.mark_fired(self._v.conn, (r.key for r in due), self._v.now())
        return due

    def _meetings(self) -> list[Reminder]:
        tomorrow = (_dt.date.fromisoformat(self._v.today()) + _dt.timedelta(days=1)).isoformat()
        out = []
        for p in partner_table.list_partners(self._v.conn, include_archived=False):
            if self._v.partners.next_meeting(p.id) == tomorrow:
                out.append(Reminder(MEETING_DUE, f"meeting:{p.id}:{tomorrow}", p.name, tomorrow))
        return out

    def _arrivals(self, names: dict[str, str]) -> list[Reminder]:
        since = iso(_dt.datetime.fromisoformat(self._v.now()) - ARRIVAL_LOOKBACK)
        return [Reminder(BUNDLE_ARRIVED, f"bundle:{a.name}", names.get(a.partner_id or ""), None)
                for a in table.arrivals_since(self._v.conn, since)]

    def _notes(self, names: dict[str, str]) -> list[Reminder]:
        today = _dt.date.fromisoformat(self._v.today())
        first = (today - _dt.timedelta(days=NOTE_LOOKBACK_DAYS)).isoformat()
        yesterday = (today - _dt.timedelta(days=1)).isoformat()
        out: dict[str, Reminder] = {}
        for a in table.agendas_between(self._v.conn, first, yesterday):
            assert a.partner_id is not None
            key = f"note:{a.partner_id}:{a.date}"
            if key not in out and not table.session_note_since(self._v.conn, a.partner_id, a.date):
                out[key] = Reminder(SESSION_NOTE_MISSING, key, names.get(a.partner_id), a.date)
        return list(out.values())

    def _reviews(self, names: dict[str, str]) -> list[Reminder]:
        yesterday = (_dt.date.fromisoformat(self._v.today()) - _dt.timedelta(days=1)).isoformat()
        out = []
        for a in table.reviews_between(self._v.conn, "0001-01-01", yesterday):
            entry = self._v.entries.get(a.entry_id)
            if entry.fields.get("review_date") != a.date:
                continue  # no review date: the list's date is the day it was written
            out.append(Reminder(AGREEMENT_REVIEW, f"review:{a.entry_id}:{a.date}",
                                names.get(a.partner_id) if a.partner_id else None, a.date, entry.title))
        return out
