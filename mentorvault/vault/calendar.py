"""The next meeting with a partner as an iCalendar file (RFC 5545) any calendar imports.

One all-day event on the next meeting's date (``vault.partners.next_meeting``), recurring every
``rhythm_days`` days when the partner has a rhythm (``RRULE:FREQ=WEEKLY`` when it is whole weeks,
else ``FREQ=DAILY``).  The agenda's text (its title, things to raise and questions, from the agenda
dated that day) goes in the description only when asked: a calendar is often synced to a server.
The UID is stable per partner, so importing a newer file updates the event instead of adding one.
Written with the icalendar library, atomically.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mentorvault.domain.strictjson import JSONObject
from mentorvault.errors import InvalidPartner
from mentorvault.storage.atomic import write_atomic

if TYPE_CHECKING:
    from mentorvault.vault.core import Vault

PRODID = "-//MentorVault//Meeting calendar//EN"


@dataclass(frozen=True)
class CalendarFile:
    partner: str
    file: str
    date: str  # the first meeting in the file
    rhythm_days: int | None
    with_agenda: bool

    def to_json(self) -> JSONObject:
        return asdict(self)


def _agenda_text(vault: Vault, partner: str, date: str) -> str:
    for summary in vault.entries.list(kind="agenda", partner=partner, limit=50):
        entry = vault.entries.get(summary.id)
        if entry.fields.get("meeting_date") != date:
            continue
        lines = [entry.title]
        for key in ("items", "questions"):
            for item in entry.fields.get(key) or []:
                text = item.get("text", "") if isinstance(item, dict) else str(item)
                if text:
                    lines.append(f"- {text}")
        if entry.body.strip():
            lines += ["", entry.body.strip()]
        return "\n".join(lines)
    return ""


def meeting_calendar(vault: Vault, partner: str, *, with_agenda: bool = False) -> tuple[bytes, CalendarFile]:
    """The .ics bytes for ``partner``'s next meeting (and the rhythm as a recurrence)."""
    from icalendar import Calendar, Event

    p = vault.partners.get(partner)
    date = vault.partners.next_meeting(p.id)
    if date is None:
        raise InvalidPartner(f"There is no next meeting with {p.name}: give them a meeting rhythm or write an "
                             "agenda with a meeting date first.", field="next_meeting", partner=p.name)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    event = Event()
    event.add("uid", f"meeting-{p.id}@mentorvault")
    event.add("dtstamp", _dt.datetime.fromisoformat(vault.now()))
    event.add("dtstart", _dt.date.fromisoformat(date))
    event.add("summary", f"Mentoring meeting with {p.name}")
    if p.rhythm_days:
        if p.rhythm_days % 7 == 0:
            event.add("rrule", {"freq": "weekly", "interval": p.rhythm_days // 7})
        else:
            event.add("rrule", {"freq": "daily", "interval": p.rhythm_days})
    if with_agenda:
        text = _agenda_text(vault, p.name, date)
        if text:
            event.add("description", text)
    cal.add_component(event)
    return cal.to_ical(), CalendarFile(p.name, "", date, p.rhythm_days, with_agenda)


def write_calendar(vault: Vault, partner: str, out: Path | str, *, with_agenda: bool = False) -> CalendarFile:
    data, info = meeting_calendar(vault, partner, with_agenda=with_agenda)
    path = Path(out).expanduser()
    write_atomic(path, data, mode=0o600)
    return CalendarFile(info.partner, str(path), info.date, info.rhythm_days, info.with_agenda)
