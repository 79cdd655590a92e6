"""Goals with their small steps, progress and wins (completed steps), for the Goals view."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mentorvault.domain.entry import goal_progress
from mentorvault.domain.models import Entry
from mentorvault.ui.logic.fields import complete_micro_goal

if TYPE_CHECKING:
    from mentorvault.vault import Vault


@dataclass(frozen=True)
class Step:
    index: int
    title: str
    status: str  # open / done / dropped
    completed: str | None


@dataclass(frozen=True)
class GoalSummary:
    id: str
    title: str
    target_date: str | None
    progress: int
    explicit_progress: bool
    steps: tuple[Step, ...]
    protected: bool

    @property
    def done(self) -> int:
        return sum(1 for s in self.steps if s.status == "done")

    @property
    def open(self) -> int:
        return sum(1 for s in self.steps if s.status == "open")


@dataclass(frozen=True)
class Win:
    goal_id: str
    goal_title: str
    step: str
    date: str
    protected: bool


def summarise(entry: Entry) -> GoalSummary:
    steps = tuple(
        Step(i, str(s.get("title", "")), str(s.get("status", "open")), s.get("completed"))
        for i, s in enumerate(entry.fields.get("micro_goals") or [])
    )
    return GoalSummary(
        entry.id, entry.title, entry.fields.get("target_date"), goal_progress(entry.fields),
        isinstance(entry.fields.get("progress"), int), steps, entry.protected,
    )


def wins(goals: list[GoalSummary]) -> list[Win]:
    """Every finished step, newest first; a step without a date sorts last."""
    out = [Win(g.id, g.title, s.title, s.completed or "", g.protected)
           for g in goals for s in g.steps if s.status == "done"]
    return sorted(out, key=lambda w: (w.date, w.goal_title, w.step), reverse=True)


def step_with_status(step: Mapping[str, Any], status: str, today: _dt.date) -> dict[str, Any]:
    """A step marked open, done (dated today unless it has a day) or dropped; only a done step keeps a day."""
    out = {**step, "status": status}
    if status != "done":
        out.pop("completed", None)
    return complete_micro_goal(out, today)


def set_step(fields: Mapping[str, Any], index: int, done: bool, today: _dt.date) -> dict[str, Any]:
    """The goal's fields with one step marked done (dated today) or open again."""
    return set_step_status(fields, index, "done" if done else "open", today)


def set_step_status(fields: Mapping[str, Any], index: int, status: str, today: _dt.date) -> dict[str, Any]:
    """The goal's fields with one step's status changed (the board's tick box and its menu)."""
    steps = [dict(s) for s in fields.get("micro_goals") or []]
    if not 0 <= index < len(steps):
        raise IndexError(index)
    steps[index] = step_with_status(steps[index], status, today)
    return {**fields, "micro_goals": steps}


def sort_goals(goals: list[GoalSummary]) -> list[GoalSummary]:
    """Unfinished goals first, by target date (undated last), then finished ones."""
    def key(g: GoalSummary) -> tuple[int, str, str]:
        finished = 1 if g.progress >= 100 else 0
        return finished, g.target_date or "9999-99-99", g.title.casefold()
    return sorted(goals, key=key)


# ---------------------------------------------------------------- the board's read model (runs on the worker)


@dataclass(frozen=True)
class GoalBoard:
    """Every goal entry, and their summaries in the order the board shows them."""

    entries: Mapping[str, Entry]
    goals: list[GoalSummary]

    @classmethod
    def of(cls, entries: list[Entry]) -> GoalBoard:
        return cls({e.id: e for e in entries}, sort_goals([summarise(e) for e in entries]))

    def with_entry(self, entry: Entry) -> GoalBoard:
        """The board after one goal was saved."""
        return GoalBoard.of(list({**self.entries, entry.id: entry}.values()))


def read_goals(vault: Vault) -> GoalBoard:
    return GoalBoard.of([vault.entries.get(s.id) for s in vault.entries.list(kind="goal")])


def save_steps(vault: Vault, goal_id: str, fields: Mapping[str, Any]) -> Entry:
    """Store a goal's steps after one was ticked or reopened."""
    return vault.entries.update(goal_id, fields=fields)
