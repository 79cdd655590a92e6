"""``vault.insights``: the figures behind the Insights view and ``mentorvault insights``.

One call, ``compute(partner=None, since=None, until=None)``, returns everything both front ends
show, as dataclasses; the aggregate queries are in ``storage/insights.py``.

Definitions (what the charts and sentences mean):

- **Period**: entries whose date (the session, feedback or target date, else the day written) lies
  within ``since`` .. ``until`` (both days included, either open).  Its *middle* is the day halfway
  between its first and last day (given, or the first and last entry date in scope); "before"
  is the days before the middle, "after" the middle and the days after it.
- **Mood and energy**: one point per session note in the period that has the value, by its
  session date.
- **A goal's progress**: one point per finished step at its completion date (the share of the
  steps, dropped ones left out, finished by then), and one per saved revision from the last step's
  day on whose progress (the percent set by hand, or the share of finished steps) differs from the
  one before; the points in the period.  Goals of the partner (or all) with a point in it.
- **Meetings**: each partner's session notes in the period, their dates, the gaps in days between
  them, and how many gaps were longer than the partner's rhythm (``late``; 0 without a rhythm).
- **Feedback per month**: feedback entries by month and format, their action items and how many
  are done (an item starting ``[x]``).
- **Tags that rose or fell**: each tag's uses before the middle and after it, the tags whose
  counts differ, the largest change first.
- **Sentences**: facts (``Sentence(kind, values)``) the CLI and the window word; kinds in ``KINDS``.
"""

from __future__ import annotations

import builtins
import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from mentorvault.domain.strictjson import JSONObject
from mentorvault.errors import BadPeriod
from mentorvault.storage import insights as table

if TYPE_CHECKING:
    from mentorvault.vault.core import Vault

SENTENCE_GOALS = 3  # a few plain sentences: the goals that moved most, the partners met most or late most
SENTENCE_PARTNERS = 3
STEADY = 0.25  # a mean that moved less than this (on the 1-5 scale) "stayed" where it was
MAX_TAGS = 12

# The sentence kinds and the values each carries.
KINDS = {
    "empty": (),  # nothing in the period
    "measure_rose": ("measure", "partner", "before", "after", "since"),  # measure: "mood" or "energy"
    "measure_fell": ("measure", "partner", "before", "after", "since"),
    "measure_steady": ("measure", "partner", "value", "since"),
    "measure_few": ("measure", "count"),  # fewer than two points: no trend yet
    "meetings_rhythm": ("partner", "count", "late", "rhythm_days"),
    "meetings_count": ("partner", "count"),
    "goal_progress": ("goal", "start", "end", "protected"),  # the goals that moved most (at most SENTENCE_GOALS)
    "goals_more": ("count",),  # how many other goals the period holds
    "meetings_more": ("count",),  # how many other partners were met (beyond SENTENCE_PARTNERS)
    "feedback": ("count", "actions", "actions_done"),
    "tag_rose": ("tag", "before", "after"),
    "tag_fell": ("tag", "before", "after"),
}


@dataclass(frozen=True)
class Point:
    """A session note's mood or energy."""

    date: str
    value: int
    entry: str


@dataclass(frozen=True)
class ProgressPoint:
    date: str
    percent: int
    step: bool = False  # a finished step's date (else a saved revision)


@dataclass(frozen=True)
class GoalProgress:
    id: str
    title: str
    progress: list[ProgressPoint]
    protected: bool = False  # the window hides its title until protected entries are shown


@dataclass(frozen=True)
class Meetings:
    partner: str
    partner_id: str
    dates: list[str]
    entries: list[str]  # the session note behind each date
    rhythm_days: int | None
    gaps: list[int]  # days between one meeting and the next
    late: int  # gaps longer than the rhythm


@dataclass(frozen=True)
class FeedbackMonth:
    month: str  # YYYY-MM
    count: int
    by_format: dict[str, int]
    actions: int
    actions_done: int


@dataclass(frozen=True)
class TagChange:
    tag: str
    before: int
    after: int


@dataclass(frozen=True)
class Sentence:
    """A fact to word: ``kind`` (one of ``KINDS``) and its values (numbers, names, days)."""

    kind: str
    values: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Insights:
    partner: str | None
    since: str | None  # the period's first day (given, else the first entry's)
    until: str | None
    middle: str | None  # where "before" ends and "after" begins
    mood: list[Point]
    energy: list[Point]
    goals: list[GoalProgress]
    meetings: list[Meetings]
    feedback_per_month: list[FeedbackMonth]
    tags: list[TagChange]
    sentences: list[Sentence]

    @property
    def empty(self) -> bool:
        return not (self.mood or self.energy or self.goals or self.meetings or self.feedback_per_month
                    or self.tags)

    def to_json(self) -> JSONObject:
        """The figures as ``mentorvault insights --json`` prints them (sentences added by the CLI)."""
        return {
            "mood": [asdict(p) for p in self.mood],
            "energy": [asdict(p) for p in self.energy],
            "goals": [{"id": g.id, "title": g.title,
                       "progress": [{"date": p.date, "percent": p.percent} for p in g.progress]} for g in self.goals],
            "meetings": [{"partner": m.partner, "dates": m.dates, "rhythm_days": m.rhythm_days, "late": m.late}
                         for m in self.meetings],
            "feedback_per_month": [{"month": f.month, "count": f.count, "by_format": f.by_format,
                                    "actions": f.actions, "actions_done": f.actions_done}
                                   for f in self.feedback_per_month],
            "tags": [asdict(t) for t in self.tags],
        }


def _day(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise BadPeriod(f"'{value}' is not a day: give it as YYYY-MM-DD.", reason="not_a_date",
                        **{name: value}) from None


def middle_of(first: str, last: str) -> str:
    a, b = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    return (a + (b - a) / 2).isoformat() if b > a else first


def _mean(points: builtins.list[Point]) -> float:
    return round(sum(p.value for p in points) / len(points), 1)


def _measure_sentence(measure: str, points: builtins.list[Point], middle: str | None,
                      partner: str | None) -> Sentence | None:
    if not points:
        return None
    if len(points) < 2:
        return Sentence("measure_few", {"measure": measure, "count": len(points)})
    before = [p for p in points if middle is not None and p.date < middle]
    after = [p for p in points if middle is not None and p.date >= middle]
    if not before or not after:  # all on one side of the middle: halves by count
        half = len(points) // 2
        before, after = points[:half], points[half:]
    since = after[0].date
    a, b = _mean(before), _mean(after)
    if abs(b - a) < STEADY:
        return Sentence("measure_steady", {"measure": measure, "partner": partner, "value": _mean(points),
                                           "since": points[0].date})
    return Sentence("measure_rose" if b > a else "measure_fell",
                    {"measure": measure, "partner": partner, "before": a, "after": b, "since": since})


def ranked_goals(goals: builtins.list[GoalProgress]) -> builtins.list[GoalProgress]:
    """The goals that moved most in the period first (then by title): the sentences and the chart
    show the first few."""
    return sorted(goals, key=lambda g: (-abs(g.progress[-1].percent - g.progress[0].percent), g.title, g.id))


def ranked_meetings(meetings: builtins.list[Meetings]) -> builtins.list[Meetings]:
    """The partners with the most late meetings first, then the most met, then by name."""
    return sorted(meetings, key=lambda m: (-m.late, -len(m.dates), m.partner.casefold(), m.partner_id))


def _gaps(dates: builtins.list[str]) -> builtins.list[int]:
    days = [dt.date.fromisoformat(d) for d in dates]
    return [(b - a).days for a, b in zip(days, days[1:], strict=False)]


class InsightsManager:
    """Patterns over months: mood and energy, goals, the rhythm of meetings, feedback, tags."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def compute(self, partner: str | None = None, since: str | None = None, until: str | None = None) -> Insights:
        """Everything the Insights view and ``mentorvault insights`` show, for one partner (name or
        id) or all, over ``since`` .. ``until`` (days, YYYY-MM-DD; either may be left open)."""
        since, until = _day(since, "since"), _day(until, "until")
        if since and until and since > until:
            raise BadPeriod(f"The period ends ({until}) before it begins ({since}).", reason="reversed",
                            since=since, until=until)
        conn = self._vault.conn
        partner_id = self._vault.partners.id_of(partner) if partner else None
        partner_name = self._vault.partners.get(partner_id).name if partner_id else None
        scope = table.Scope(partner_id, since, until)
        first, last = table.span(conn, scope)
        start, end = since or first, until or last
        middle = middle_of(start, end) if start and end else None

        sessions = table.sessions(conn, scope)
        mood = [Point(s.day, s.mood, s.entry_id) for s in sessions if s.mood is not None]
        energy = [Point(s.day, s.energy, s.entry_id) for s in sessions if s.energy is not None]
        meetings = self._meetings(sessions)
        goals = self._goals(partner_id, since, until)
        feedback = self._feedback(table.feedback_by_month(conn, scope))
        tags = self._tags(table.tags_split(conn, scope, middle)) if middle else []
        result = Insights(partner_name, start, end, middle, mood, energy, goals, meetings, feedback, tags, [])
        result.sentences.extend(self._sentences(result))
        return result

    # ------------------------------------------------------------ the charts' data

    @staticmethod
    def _meetings(sessions: builtins.list[table.SessionRow]) -> builtins.list[Meetings]:
        by_partner: dict[str, builtins.list[table.SessionRow]] = {}
        for s in sessions:
            if s.partner_id is not None:
                by_partner.setdefault(s.partner_id, []).append(s)
        out = []
        for partner_id, rows in by_partner.items():
            dates = [r.day for r in rows]
            gaps = _gaps(dates)
            rhythm = rows[0].rhythm_days
            late = sum(1 for g in gaps if rhythm and g > rhythm)
            out.append(Meetings(str(rows[0].partner), partner_id, dates, [r.entry_id for r in rows], rhythm, gaps,
                                late))
        return sorted(out, key=lambda m: (m.partner.casefold(), m.partner_id))

    def _goals(self, partner_id: str | None, since: str | None, until: str | None) -> builtins.list[GoalProgress]:
        out = []
        for row in table.goals(self._vault.conn, partner_id):
            stored = json.loads(row.progress)
            points: dict[str, ProgressPoint] = {}
            for day, percent in stored["steps"]:
                points[day] = ProgressPoint(day, percent, step=True)
            last_step = max(points, default="")
            for day, percent in stored["revs"]:
                # Saves before the last finished step are told by the steps' own dates (a goal written
                # after the fact holds steps done after the day it was saved); a save on a step's day
                # or later (a step dropped, a progress set by hand) counts as saved.
                if day >= last_step:
                    points[day] = ProgressPoint(day, percent, step=day in points)
            kept = [p for d, p in sorted(points.items())
                    if (since is None or d >= since) and (until is None or d <= until)]
            if kept:
                out.append(GoalProgress(row.entry_id, row.title, kept, bool(row.protected)))
        return out

    @staticmethod
    def _feedback(rows: builtins.list[table.FeedbackRow]) -> builtins.list[FeedbackMonth]:
        months: dict[str, FeedbackMonth] = {}
        for r in rows:
            m = months.get(r.month) or FeedbackMonth(r.month, 0, {}, 0, 0)
            by_format = {**m.by_format, r.format: r.count}
            months[r.month] = FeedbackMonth(r.month, m.count + r.count, by_format, m.actions + r.actions,
                                            m.actions_done + r.actions_done)
        return [months[k] for k in sorted(months)]

    @staticmethod
    def _tags(rows: builtins.list[table.TagRow]) -> builtins.list[TagChange]:
        changed = [TagChange(r.tag, int(r.before or 0), int(r.after or 0)) for r in rows if r.before != r.after]
        changed.sort(key=lambda t: (-abs(t.after - t.before), t.tag))
        return changed[:MAX_TAGS]

    # ------------------------------------------------------------ the sentences

    @staticmethod
    def _sentences(r: Insights) -> builtins.list[Sentence]:
        if r.empty:
            return [Sentence("empty")]
        out: builtins.list[Sentence] = []
        for measure, points in (("mood", r.mood), ("energy", r.energy)):
            s = _measure_sentence(measure, points, r.middle, r.partner)
            if s is not None:
                out.append(s)
        for m in ranked_meetings(r.meetings)[:SENTENCE_PARTNERS]:
            if m.rhythm_days:
                out.append(Sentence("meetings_rhythm", {"partner": m.partner, "count": len(m.dates), "late": m.late,
                                                        "rhythm_days": m.rhythm_days}))
            else:
                out.append(Sentence("meetings_count", {"partner": m.partner, "count": len(m.dates)}))
        if len(r.meetings) > SENTENCE_PARTNERS:
            out.append(Sentence("meetings_more", {"count": len(r.meetings) - SENTENCE_PARTNERS}))
        for g in ranked_goals(r.goals)[:SENTENCE_GOALS]:
            out.append(Sentence("goal_progress", {"goal": g.title, "start": g.progress[0].percent,
                                                  "end": g.progress[-1].percent, "protected": g.protected}))
        if len(r.goals) > SENTENCE_GOALS:
            out.append(Sentence("goals_more", {"count": len(r.goals) - SENTENCE_GOALS}))
        if r.feedback_per_month:
            out.append(Sentence("feedback", {"count": sum(f.count for f in r.feedback_per_month),
                                             "actions": sum(f.actions for f in r.feedback_per_month),
                                             "actions_done": sum(f.actions_done for f in r.feedback_per_month)}))
        rose = [t for t in r.tags if t.after > t.before]
        fell = [t for t in r.tags if t.after < t.before]
        for kind, tags in (("tag_rose", rose), ("tag_fell", fell)):
            if tags:
                out.append(Sentence(kind, {"tag": tags[0].tag, "before": tags[0].before, "after": tags[0].after}))
        return out
