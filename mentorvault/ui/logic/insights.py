"""Read model of the Insights view, without a window: the period chosen, the query run on the
worker, and the charts' points and bars in plain numbers (x in milliseconds since the epoch, the
unit of Qt Charts' date axis), each point knowing the entry behind it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mentorvault.domain.kinds import FEEDBACK_FORMATS

if TYPE_CHECKING:
    from mentorvault.vault import Vault
    from mentorvault.vault.insights import Insights, Point

# The periods offered: the last N months up to today, all time, or days the user picks.
PERIODS = ("3m", "6m", "12m", "all", "custom")
MONTHS_BACK = {"3m": 3, "6m": 6, "12m": 12}
DAY_MS = 86_400_000


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


def goal_series(ins: Insights) -> list[Series]:
    out = []
    for g in ins.goals:
        pts = [ChartPoint(day_ms(p.date), float(p.percent), g.id) for p in g.progress]
        steps = [c for c, p in zip(pts, g.progress, strict=True) if p.step]
        out.append(Series(g.title, pts, steps))
    return out


def meeting_series(ins: Insights) -> list[Series]:
    """Per partner: each meeting at its date, at the height of the days since the one before (the
    first at 0), the late ones marked, the rhythm as a reference line."""
    out = []
    for m in ins.meetings:
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


def entry_at(points: list[ChartPoint], x: float, y: float, x_slack: float = DAY_MS / 2,
             y_slack: float = 0.5) -> str | None:
    """The entry behind the point clicked at (x, y): the nearest point within the slack."""
    best, best_d = None, None
    for p in points:
        dx, dy = abs(p.x - x) / x_slack, abs(p.y - y) / y_slack
        if dx <= 1 and dy <= 1 and (best_d is None or dx + dy < best_d):
            best, best_d = p, dx + dy
    return best.entry if best else None


def x_range(ins: Insights) -> tuple[float, float]:
    """The date axis' span: the period (a day either side, so a lone point is not on the edge)."""
    if not ins.since or not ins.until:
        return 0.0, float(DAY_MS)
    return day_ms(ins.since) - DAY_MS, day_ms(ins.until) + DAY_MS


__all__ = ["PERIODS", "Bars", "ChartPoint", "Query", "Series", "entry_at", "feedback_bars", "goal_series",
           "meeting_series", "period", "points_of", "read_insights", "tag_bars", "x_range"]
