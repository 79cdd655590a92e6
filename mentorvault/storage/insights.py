"""The figures the Insights view draws, kept beside each entry and read by aggregate queries.

An entry's body and fields are stored packed (``storage/packing.py``), so SQL cannot reach a
session note's mood inside them.  ``entry_figures`` keeps the few numbers the charts need, one row
per session note, feedback and goal, written in the same transaction as the entry
(``record``, called by ``storage/entries.insert_entry`` and ``update_entry``; the row goes with
its entry by ``ON DELETE CASCADE``):

- a session note's ``mood`` and ``energy`` (1 to 5, or NULL);
- a feedback's ``format``, its number of ``actions`` and how many are ``actions_done`` (an action
  item is done when it starts with a Markdown task mark, ``[x]``);
- a goal's ``progress``: JSON ``{"revs": [[day, percent], ...], "steps": [[day, percent], ...]}``,
  one point per saved revision whose progress differs from the one before, and one per finished
  step (its completion date, and the share of the steps, dropped ones left out, finished by then).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from mentorvault.domain.entry import EntryContent, goal_progress
from mentorvault.storage.db import Connection

FIGURE_KINDS = ("session-note", "feedback", "goal")
DONE_MARKS = ("[x]", "[X]")


def action_counts(fields: Mapping[str, Any]) -> tuple[int, int]:
    """A feedback's action items and how many of them are done (marked ``[x]``)."""
    items = [str(i).strip() for i in fields.get("action_items") or []]
    return len(items), sum(1 for i in items if i.startswith(DONE_MARKS))


def step_points(fields: Mapping[str, Any]) -> list[list[Any]]:
    """A goal's progress at each finished step's date: ``[[day, percent], ...]`` (none when the
    user set the progress by hand, or no step has a date)."""
    if isinstance(fields.get("progress"), int):
        return []
    steps = [s for s in fields.get("micro_goals") or [] if isinstance(s, dict) and s.get("status") != "dropped"]
    days = sorted({str(s["completed"]) for s in steps if s.get("status") == "done" and s.get("completed")})
    return [[d, round(100 * sum(1 for s in steps if s.get("status") == "done" and str(s.get("completed") or "") <= d)
                      / len(steps))] for d in days]


def goal_points(previous: str | None, fields: Mapping[str, Any], day: str) -> str:
    """The goal's progress column after a save on ``day`` with these fields."""
    revs: list[list[Any]] = json.loads(previous)["revs"] if previous else []
    percent = goal_progress(fields)
    if revs and revs[-1][0] == day:
        revs[-1][1] = percent
    elif not revs or revs[-1][1] != percent:
        revs.append([day, percent])
    if len(revs) > 1 and revs[-1][1] == revs[-2][1]:
        revs.pop()
    return json.dumps({"revs": revs, "steps": step_points(fields)}, separators=(",", ":"))


def record(conn: Connection, entry_id: str, content: EntryContent, day: str) -> None:
    """Keep ``entry_figures`` in step with the entry's new content, saved on ``day``."""
    if content.kind not in FIGURE_KINDS:
        conn.execute("DELETE FROM entry_figures WHERE entry_id = ?", (entry_id,))
        return
    f = content.fields
    mood = energy = fmt = actions = done = progress = None
    if content.kind == "session-note":
        mood, energy = f.get("mood"), f.get("energy")
    elif content.kind == "feedback":
        fmt = f.get("format")
        actions, done = action_counts(f)
    else:
        old = conn.execute("SELECT progress FROM entry_figures WHERE entry_id = ?", (entry_id,)).fetchone()
        progress = goal_points(old[0] if old else None, f, day)
    conn.execute(
        "INSERT INTO entry_figures(entry_id, mood, energy, format, actions, actions_done, progress) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(entry_id) DO UPDATE SET mood = excluded.mood, "
        "energy = excluded.energy, format = excluded.format, actions = excluded.actions, "
        "actions_done = excluded.actions_done, progress = excluded.progress",
        (entry_id, mood, energy, fmt, actions, done, progress))


# ---------------------------------------------------------------- the aggregate queries


@dataclass(frozen=True)
class Scope:
    """Which entries: one partner's (by id) or all, dated within [since, until] (either open)."""

    partner_id: str | None = None
    since: str | None = None
    until: str | None = None

    def where(self, alias: str = "e") -> tuple[str, list[Any]]:
        clauses, args = [], []
        if self.partner_id:
            clauses.append(f"{alias}.partner_id = ?")
            args.append(self.partner_id)
        if self.since:
            clauses.append(f"{alias}.entry_date >= ?")
            args.append(self.since)
        if self.until:
            clauses.append(f"{alias}.entry_date <= ?")
            args.append(self.until)
        return "".join(f" AND {c}" for c in clauses), args


@dataclass(frozen=True)
class SessionRow:
    entry_id: str
    day: str
    partner_id: str | None
    partner: str | None
    rhythm_days: int | None
    mood: int | None
    energy: int | None


@dataclass(frozen=True)
class FeedbackRow:
    month: str
    format: str
    count: int
    actions: int
    actions_done: int


@dataclass(frozen=True)
class GoalRow:
    entry_id: str
    title: str
    protected: int
    progress: str


@dataclass(frozen=True)
class TagRow:
    tag: str
    before: int
    after: int


def sessions(conn: Connection, scope: Scope) -> list[SessionRow]:
    """Every session note in scope, oldest first, with its partner's rhythm and its mood and energy."""
    where, args = scope.where()
    rows = conn.execute(
        "SELECT e.id, e.entry_date, e.partner_id, p.name, p.rhythm_days, f.mood, f.energy FROM entries e "
        "LEFT JOIN partners p ON p.id = e.partner_id LEFT JOIN entry_figures f ON f.entry_id = e.id "
        "WHERE e.kind = 'session-note'" + where + " ORDER BY e.entry_date, e.id", args).fetchall()
    return [SessionRow(*r) for r in rows]


def feedback_by_month(conn: Connection, scope: Scope) -> list[FeedbackRow]:
    where, args = scope.where()
    rows = conn.execute(
        "SELECT substr(e.entry_date, 1, 7) AS month, coalesce(f.format, 'sbi'), count(*), "
        "coalesce(sum(f.actions), 0), coalesce(sum(f.actions_done), 0) FROM entries e "
        "LEFT JOIN entry_figures f ON f.entry_id = e.id WHERE e.kind = 'feedback'" + where
        + " GROUP BY month, 2 ORDER BY month, 2", args).fetchall()
    return [FeedbackRow(*r) for r in rows]


def goals(conn: Connection, partner_id: str | None) -> list[GoalRow]:
    """Every goal (of one partner, or all) with its progress points; the period filters the points."""
    rows = conn.execute(
        "SELECT e.id, e.title, e.protected, f.progress FROM entries e JOIN entry_figures f ON f.entry_id = e.id "
        "WHERE e.kind = 'goal'" + (" AND e.partner_id = ?" if partner_id else "")
        + " ORDER BY e.entry_date, e.title, e.id", [partner_id] if partner_id else []).fetchall()
    return [GoalRow(*r) for r in rows]


def span(conn: Connection, scope: Scope) -> tuple[str | None, str | None]:
    """The first and last entry date in scope (None, None when it holds no entry)."""
    where, args = scope.where()
    # two subqueries: each of min() and max() alone is one seek in an index, both in one query a scan
    row = conn.execute(f"SELECT (SELECT min(e.entry_date) FROM entries e WHERE 1{where}), "
                       f"(SELECT max(e.entry_date) FROM entries e WHERE 1{where})", args + args).fetchone()
    return (row[0], row[1]) if row else (None, None)


def tags_split(conn: Connection, scope: Scope, middle: str) -> list[TagRow]:
    """Each tag's uses in scope before ``middle`` (a day) and from it on.

    The entries in scope (id and day) are read once through an index that holds both and kept in
    memory with an index of their own (``temp_store = MEMORY``); the tags are then walked in tag
    order and each one's entry found there.  The entries' own pages are never read, and at 50,000
    entries this takes half the time of walking the entries and probing the tags by entry id."""
    where, args = scope.where()
    rows = conn.execute(
        "WITH d AS MATERIALIZED (SELECT e.id AS id, e.entry_date AS day FROM entries e INDEXED BY entries_kind_day "
        "WHERE 1" + where + ") SELECT t.tag, sum(d.day < ?), sum(d.day >= ?) FROM entry_tags t "
        "CROSS JOIN d ON d.id = t.entry_id GROUP BY t.tag ORDER BY t.tag",
        [*args, middle, middle]).fetchall()
    return [TagRow(*r) for r in rows]


def backfill(conn: Connection) -> None:
    """Fill ``entry_figures`` for the entries a vault already holds (the migration that adds it):
    goals replay their revisions for their progress over time."""
    from mentorvault.storage.packing import unpack

    kinds = ",".join(f"'{k}'" for k in FIGURE_KINDS)
    for entry_id, kind, title, fields_text, day in conn.execute(
            f"SELECT id, kind, title, fields, substr(updated_at, 1, 10) FROM entries WHERE kind IN ({kinds})"
    ).fetchall():
        fields = json.loads(unpack(fields_text))
        if kind == "goal":
            for saved, rev_fields in conn.execute(
                    "SELECT substr(saved_at, 1, 10), fields FROM revisions WHERE entry_id = ? AND fields IS NOT NULL "
                    "ORDER BY rev", (entry_id,)).fetchall():
                record(conn, entry_id, EntryContent(kind, title, "", json.loads(unpack(rev_fields)), []), saved)
        record(conn, entry_id, EntryContent(kind, title, "", fields, []), day)
