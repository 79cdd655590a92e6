"""``vault.partners``: the people a user mentors or is mentored by."""

from __future__ import annotations

import builtins
import datetime as _dt
import unicodedata
from typing import TYPE_CHECKING, Any

from mentorvault.domain.kinds import MENTOR_TYPES, PARTNER_ROLES
from mentorvault.domain.models import Partner
from mentorvault.errors import InvalidPartner, PartnerExists
from mentorvault.storage import entries as entry_table
from mentorvault.storage import partners as table
from mentorvault.storage.db import transaction

if TYPE_CHECKING:
    from pathlib import Path

    from mentorvault.vault.calendar import CalendarFile
    from mentorvault.vault.core import Vault

MAX_NAME_CHARS = 80
RHYTHM_DAYS = (1, 366)


def name_skeleton(name: str) -> str:
    """How a name looks: compatibility forms folded, case ignored, invisible characters dropped."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return "".join(c for c in folded if unicodedata.category(c) not in ("Cc", "Cf")).strip()


def check_partner(name: str | None, role: str | None, mentor_type: str | None, rhythm_days: int | None) -> None:
    if name is not None:
        if not name.strip() or len(name) > MAX_NAME_CHARS or any(
                unicodedata.category(c) in ("Cc", "Cf", "Co", "Cs", "Zl", "Zp") for c in name):
            raise InvalidPartner("A partner's name must be 1 to 80 characters, without control, invisible or "
                                 "direction-changing characters.", field="name", limit=MAX_NAME_CHARS)
    if role is not None and role not in PARTNER_ROLES:
        raise InvalidPartner(f"Role must be one of: {', '.join(PARTNER_ROLES)}.", field="role",
                             allowed=PARTNER_ROLES)
    if mentor_type is not None and mentor_type not in MENTOR_TYPES:
        raise InvalidPartner(f"Mentor type must be one of: {', '.join(MENTOR_TYPES)}.", field="mentor_type",
                             allowed=MENTOR_TYPES)
    if rhythm_days is not None and not (RHYTHM_DAYS[0] <= rhythm_days <= RHYTHM_DAYS[1]):
        raise InvalidPartner("The meeting rhythm is a number of days from 1 to 366.", field="rhythm_days",
                             limit=RHYTHM_DAYS)


class PartnerManager:
    """Partners by name (any case) or id."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def id_of(self, partner: str | None) -> str | None:
        """The id of the partner named (None for no partner)."""
        if partner is None or partner == "":
            return None
        return table.find_partner(self._vault.conn, partner).id

    def _check_name_unique(self, name: str, except_id: str | None = None) -> None:
        """Refuse a name that looks the same as another partner's (case, width, compatibility forms)."""
        skeleton = name_skeleton(name)
        for other in table.list_partners(self._vault.conn):
            if other.id != except_id and name_skeleton(other.name) == skeleton:
                if other.name.casefold() == name.strip().casefold():
                    raise PartnerExists(f"A partner named '{other.name}' already exists. Pick another name.",
                                        partner=other.name)
                raise InvalidPartner(
                    f"That name looks the same as your partner '{other.name}'. Pick a name that is clearly different.",
                    field="name", looks_like=other.name,
                )

    def add(self, name: str, role: str | None = None, mentor_type: str | None = None,
            rhythm_days: int | None = None) -> Partner:
        self._check_name_unique(name)  # first: a look-alike is named as such, whatever else is wrong
        check_partner(name, role, mentor_type, rhythm_days)
        conn = self._vault.conn
        with transaction(conn):
            return table.add_partner(conn, name.strip(), role, mentor_type, rhythm_days, self._vault.now())

    def update(self, partner: str, **values: Any) -> Partner:
        check_partner(values.get("name"), values.get("role"), values.get("mentor_type"), values.get("rhythm_days"))
        conn = self._vault.conn
        with transaction(conn):
            pid = table.find_partner(conn, partner).id
            if values.get("name") is not None:
                self._check_name_unique(values["name"], except_id=pid)
            return table.update_partner(conn, pid, values, self._vault.now())

    def get(self, partner: str) -> Partner:
        return table.find_partner(self._vault.conn, partner)

    def list(self, include_archived: bool = True) -> builtins.list[Partner]:
        return table.list_partners(self._vault.conn, include_archived)

    def next_meeting(self, partner: str) -> str | None:
        """When the next meeting is due: the earliest agenda dated today or later, else the
        last session note or agenda before today plus the meeting rhythm."""
        conn = self._vault.conn
        p = table.find_partner(conn, partner)
        today = self._vault.today()
        planned = entry_table.next_agenda_date(conn, p.id, today)
        if planned:
            return planned
        if not p.rhythm_days:
            return None
        last = entry_table.last_meeting_date(conn, p.id, today) or p.created_at[:10]
        return (_dt.date.fromisoformat(last) + _dt.timedelta(days=p.rhythm_days)).isoformat()

    def calendar(self, partner: str, out: Path | str, with_agenda: bool = False) -> CalendarFile:
        """Write the next meeting (and the rhythm as a recurrence) as an iCalendar file to ``out``."""
        from mentorvault.vault.calendar import write_calendar

        return write_calendar(self._vault, partner, out, with_agenda=with_agenda)
