"""What goes into a session pack and an end-of-cycle summary: facts, computed without Qt.

The window lays them out (ui/printing.py) and words them; these functions only choose and order.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from mentorvault.domain.entry import goal_progress
from mentorvault.domain.models import Entry
from mentorvault.domain.strictjson import JSONObject
from mentorvault.exchange.models import InboxEntry

if TYPE_CHECKING:
    from mentorvault.vault import Vault

MINE, THEIRS = "mine", "theirs"


@dataclass
class GoalOutline:
    """A goal and its steps: whose it is (``mine``: in my vault; ``theirs``: shared with me)."""

    id: str
    title: str
    owner: str
    target_date: str | None
    progress: int
    open_steps: list[str] = field(default_factory=list)
    done_steps: list[tuple[str, str | None]] = field(default_factory=list)  # (step, completed on)

    @property
    def reached(self) -> bool:
        return self.progress >= 100


@dataclass
class Win:
    """A step finished on the way (``date`` it was completed, when recorded) and the goal it belongs to."""

    date: str | None
    step: str
    goal: str
    owner: str


@dataclass
class SessionPack:
    """'Before we meet', to take into the meeting: both agendas, open goals and steps, what they shared."""

    partner: str
    role: str | None
    next_meeting: str | None
    made_on: str
    my_agenda: Entry | None
    their_agenda: InboxEntry | None
    open_goals: list[GoalOutline]
    shared: list[InboxEntry]  # their latest session notes, struggle stories and feedback, in that order

    def to_json(self) -> JSONObject:
        return asdict(self)


@dataclass
class CycleSummary:
    """The end of a mentoring cycle: when it ran, the sessions, goals reached and still open, wins,
    and feedback received (mine about this relationship, and what they shared of theirs)."""

    partner: str
    role: str | None
    first_date: str | None
    last_date: str | None
    made_on: str
    sessions: list[tuple[str, str]]  # (date, title), oldest first
    goals_reached: list[GoalOutline]
    goals_open: list[GoalOutline]
    wins: list[Win]
    feedback: list[Entry]
    their_feedback: list[InboxEntry]

    def to_json(self) -> JSONObject:
        return asdict(self)


def outline(entry_id: str, title: str, fields: dict[str, Any], owner: str) -> GoalOutline:
    steps = [s for s in fields.get("micro_goals") or [] if isinstance(s, dict)]
    return GoalOutline(
        id=entry_id, title=title, owner=owner, target_date=fields.get("target_date"),
        progress=goal_progress(fields),
        open_steps=[str(s.get("title", "")) for s in steps if s.get("status", "open") == "open"],
        done_steps=[(str(s.get("title", "")), s.get("completed")) for s in steps if s.get("status") == "done"],
    )


def _my_entries(vault: Vault, partner: str, kind: str, protected: bool = True) -> list[Entry]:
    """My entries of ``kind`` for ``partner``, oldest first (without protected ones unless ``protected``)."""
    return [vault.entries.get(s.id) for s in reversed(vault.entries.list(kind=kind, partner=partner))
            if protected or not s.protected]


def _goals(vault: Vault, partner: str, protected: bool) -> list[GoalOutline]:
    mine = [outline(e.id, e.title, e.fields, MINE) for e in _my_entries(vault, partner, "goal", protected)]
    theirs = [outline(e.id, e.title, e.fields, THEIRS) for e in vault.inbox.list(partner, kind="goal")]
    return mine + theirs


def session_pack(vault: Vault, partner: str, *, protected: bool = True) -> SessionPack:
    """``protected=False``: my protected entries stay out (the window, while it hides them)."""
    prep = vault.meeting_prep(partner)
    p = vault.partners.get(partner)
    mine = prep.my_agenda if prep.my_agenda is not None and (protected or not prep.my_agenda.protected) else None
    return SessionPack(
        partner=p.name, role=p.role, next_meeting=prep.next_meeting, made_on=vault.today(),
        my_agenda=mine,
        their_agenda=prep.their_agenda[0] if prep.their_agenda else None,
        open_goals=[g for g in _goals(vault, p.name, protected) if not g.reached],
        shared=[*prep.session_notes, *prep.struggles, *prep.feedback],
    )


def cycle_summary(vault: Vault, partner: str, *, protected: bool = True) -> CycleSummary:
    """``protected=False``: my protected entries stay out (the window, while it hides them)."""
    p = vault.partners.get(partner)
    everything = vault.entries.list(partner=p.name, with_tags=False)
    dates = sorted(s.entry_date or s.created_at[:10] for s in everything if protected or not s.protected)
    sessions = [(e.fields.get("session_date") or e.created_at[:10], e.title)
                for e in _my_entries(vault, p.name, "session-note", protected)]
    sessions.sort()
    goals = _goals(vault, p.name, protected)
    wins = [Win(done_on, step, g.title, g.owner) for g in goals for step, done_on in g.done_steps]
    wins.sort(key=lambda w: (w.date is None, w.date or "", w.goal, w.step))
    return CycleSummary(
        partner=p.name, role=p.role, first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None, made_on=vault.today(), sessions=sessions,
        goals_reached=[g for g in goals if g.reached], goals_open=[g for g in goals if not g.reached],
        wins=wins, feedback=_my_entries(vault, p.name, "feedback", protected),
        their_feedback=vault.inbox.list(p.name, kind="feedback"),
    )
