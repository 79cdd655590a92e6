"""Read model of the Insights view, without a window: the period chosen, the query run on the
worker, and the charts' points and bars in plain numbers (x in milliseconds since the epoch, the
unit of Qt Charts' date axis), each point knowing the entry behind it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from mentorvault.domain.kinds import FEEDBACK_FORMATS

if TYPE_CHECKING:
    from mentorvault.vault import Vault
    from mentorvault.vault.insights import Insights, Point

# The periods offered: the last N months up to today, all time, or days the user picks.
PERIODS = ("3m", "6m", "12m", "all", "custom")
MONTHS_BACK = {"3m": 3, "6m": 6, "12m": 12}
DAY_MS = 86_400_000
WEEK_MS = 7 * DAY_MS
CHART_GOALS = 6  # lines a chart can tell apart: the goals that moved most, the partners late or met most
CHART_PARTNERS = 6
MAX_DOTS = 250  # more points than this are drawn as weekly means, without a dot per entry


@dataclass(frozen=True)
class Query:
    partner_id: str | None = None
    since: str | None = None
    until: str | None = None


def months_before(today: dt.date, months: int) -> dt.date:
    """The same day ``months`` earlier (the month's last day when it has fewer days)."""
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    month += 1
    for day in (today.day, 30, 29, 28):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def period(choice: str, today: dt.date, since: dt.date | None = None, until: dt.date | None = None) -> Query:
    """The days of a period choice (``PERIODS``); ``custom`` takes ``since`` and ``until`` as given."""
    if choice in MONTHS_BACK:
        return Query(None, (months_before(today, MONTHS_BACK[choice]) + dt.timedelta(days=1)).isoformat(),
                     today.isoformat())
    if choice == "custom":
        first, last = sorted(d for d in (since, until) if d is not None) if since and until else (since, until)
        return Query(None, first.isoformat() if first else None, last.isoformat() if last else None)
    return Query()


def read_insights(vault: Vault, query: Query) -> Insights:
    """Runs on the worker."""
    return vault.insights.compute(partner=query.partner_id, since=query.since, until=query.until)


# ---------------------------------------------------------------- the charts' numbers


@dataclass(frozen=True)
class ChartPoint:
    x: float  # ms since the epoch (the day's midnight, UTC)
    y: float
    entry: str | None  # the entry a click opens


@lru_cache(maxsize=8192)
def day_ms(day: str) -> float:
    d = dt.date.fromisoformat(day)
    return float((d - dt.date(1970, 1, 1)).days * DAY_MS)


def month_ms(month: str) -> float:
    return day_ms(month + "-01")


def points_of(points: list[Point]) -> list[ChartPoint]:
    return [ChartPoint(day_ms(p.date), float(p.value), p.entry) for p in points]


@dataclass(frozen=True)
class Series:
    name: str  # a partner's or goal's name, as stored (the view words the rest)
    points: list[ChartPoint]
    marked: list[ChartPoint]  # points drawn apart: a late meeting, a finished step
    limit: float | None = None  # a reference line: the partner's rhythm in days
    protected: bool = False  # a protected goal: its name is hidden while protected entries are


def goal_series(ins: Insights) -> list[Series]:
    from mentorvault.vault.insights import ranked_goals

    out = []
    for g in ranked_goals(ins.goals)[:CHART_GOALS]:
        pts = [ChartPoint(day_ms(p.date), float(p.percent), g.id) for p in g.progress]
        steps = [c for c, p in zip(pts, g.progress, strict=True) if p.step]
        out.append(Series(g.title, pts, steps, protected=g.protected))
    return out


def meeting_series(ins: Insights) -> list[Series]:
    """Per partner: each meeting at its date, at the height of the days since the one before (the
    first at 0), the late ones marked, the rhythm as a reference line."""
    from mentorvault.vault.insights import ranked_meetings

    out = []
    for m in ranked_meetings(ins.meetings)[:CHART_PARTNERS]:
        heights = [0, *m.gaps]
        pts = [ChartPoint(day_ms(d), float(h), e) for d, h, e in zip(m.dates, heights, m.entries, strict=True)]
        late = [p for p in pts if m.rhythm_days and p.y > m.rhythm_days]
        out.append(Series(m.partner, pts, late, float(m.rhythm_days) if m.rhythm_days else None))
    return out


@dataclass(frozen=True)
class Bars:
    categories: list[str]  # months (YYYY-MM) or tags
    sets: dict[str, list[int]]  # a set's key (a format, "done", "before", "after") and one value per category

    @property
    def top(self) -> int:
        return max((v for values in self.sets.values() for v in values), default=0)


def feedback_bars(ins: Insights) -> Bars:
    months = [f.month for f in ins.feedback_per_month]
    sets = {fmt: [f.by_format.get(fmt, 0) for f in ins.feedback_per_month] for fmt in FEEDBACK_FORMATS}
    sets["done"] = [f.actions_done for f in ins.feedback_per_month]
    return Bars(months, sets)


def tag_bars(ins: Insights) -> Bars:
    return Bars([t.tag for t in ins.tags], {"before": [t.before for t in ins.tags],
                                           "after": [t.after for t in ins.tags]})


def weekly_means(points: list[ChartPoint]) -> list[ChartPoint]:
    """Many points as one per week (their mean, at their mean day): a line a reader can follow. A click
    on it opens the nearest entry (``entry_at`` over the points themselves)."""
    weeks: dict[int, list[ChartPoint]] = {}
    for p in points:
        weeks.setdefault(int(p.x // WEEK_MS), []).append(p)
    return [ChartPoint(sum(p.x for p in ps) / len(ps), sum(p.y for p in ps) / len(ps), None)
            for _, ps in sorted(weeks.items())]


def entry_at(points: list[ChartPoint], x: float, y: float, x_slack: float = DAY_MS / 2,
             y_slack: float = 0.5) -> str | None:
    """The entry behind the point clicked at (x, y): the nearest point within the slack."""
    best, best_d = None, None
    for p in points:
        dx, dy = abs(p.x - x) / x_slack, abs(p.y - y) / y_slack
        if dx <= 1 and dy <= 1 and (best_d is None or dx + dy < best_d):
            best, best_d = p, dx + dy
    return best.entry if best else None


def x_range(points: list[ChartPoint]) -> tuple[float, float]:
    """The date axis' span: the points' first to last day, with a margin (a twentieth of the span, at
    least three days) so no point sits on the edge; a whole period of few points would squeeze them."""
    if not points:
        return 0.0, float(DAY_MS)
    lo, hi = min(p.x for p in points), max(p.x for p in points)
    pad = max(3 * DAY_MS, (hi - lo) / 20)
    return lo - pad, hi + pad


SHORT_SPAN_DAYS = 100  # a date axis over fewer days names days ("2 Sep 2026"), else months ("Sep 2026")


def short_span(lo: float, hi: float) -> bool:
    return hi - lo < SHORT_SPAN_DAYS * DAY_MS


__all__ = ["PERIODS", "Bars", "ChartPoint", "Query", "Series", "entry_at", "feedback_bars", "goal_series",
           "meeting_series", "period", "points_of", "read_insights", "short_span", "tag_bars", "weekly_means", "x_range"]
