"""``mentorvault insights``: the Insights view's figures and sentences on the command line.

The figures are ``vault.insights.compute``'s; the words are here (counts through ``plural``)."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from mentorvault.cli_sharing import plural
from mentorvault.domain.strictjson import JSONObject
from mentorvault.vault.insights import Insights, Sentence

if TYPE_CHECKING:
    from mentorvault.vault import Vault

EXIT_OK = 0
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
FORMATS = {"sbi": "situation-behaviour-impact", "start-stop-continue": "start / stop / continue"}


def day_text(day: str) -> str:
    d = dt.date.fromisoformat(day)
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def month_text(month: str) -> str:
    year, number = month.split("-")
    return f"{MONTHS[int(number) - 1]} {year}"


def sentence_text(s: Sentence) -> str:
    """One fact in plain English."""
    v = s.values
    if s.kind == "empty":
        return "Nothing to show for this period yet: add session notes with a mood and energy, goals and feedback."
    if s.kind.startswith("measure_"):
        who = f"Your {v['measure']} after sessions" + (f" with {v['partner']}" if v.get("partner") else "")
        if s.kind == "measure_rose":
            return f"{who} rose from {v['before']} to {v['after']} since {day_text(v['since'])}."
        if s.kind == "measure_fell":
            return f"{who} fell from {v['before']} to {v['after']} since {day_text(v['since'])}."
        if s.kind == "measure_steady":
            return f"{who} stayed around {v['value']} since {day_text(v['since'])}."
        return (f"Only {plural(v['count'], 'session note', 'session notes')} with a {v['measure']} so far: "
                "no trend yet.")
    if s.kind == "meetings_rhythm":
        late = plural(v["late"], "meeting came", "meetings came") if v["late"] else "none came"
        return (f"You met {v['partner']} {plural(v['count'], 'time', 'times')}; {late} later than every "
                f"{plural(v['rhythm_days'], 'day', 'days')}.")
    if s.kind == "meetings_count":
        return f"You met {v['partner']} {plural(v['count'], 'time', 'times')}."
    if s.kind == "goal_progress":
        if v["start"] == v["end"]:
            return f"\"{v['goal']}\" stayed at {v['end']}%."
        return f"\"{v['goal']}\" went from {v['start']}% to {v['end']}%."
    if s.kind == "goals_more":
        return f"{plural(v['count'], 'other goal', 'other goals')} in this period."
    if s.kind == "meetings_more":
        return f"You also met {plural(v['count'], 'other partner', 'other partners')}."
    if s.kind == "feedback":
        return (f"You received {plural(v['count'], 'piece of feedback', 'pieces of feedback')}; "
                f"{v['actions_done']} of {plural(v['actions'], 'action item', 'action items')} done.")
    if s.kind in ("tag_rose", "tag_fell"):
        verb = "came up more" if s.kind == "tag_rose" else "came up less"
        return (f"#{v['tag']} {verb}: {plural(v['before'], 'entry', 'entries')} in the first half, "
                f"{plural(v['after'], 'entry', 'entries')} in the second.")
    return s.kind


def insights_json(r: Insights) -> JSONObject:
    """The JSON ``--json`` prints: the figures, and each sentence's kind, values and words."""
    return {**r.to_json(), "sentences": [{"kind": s.kind, "values": s.values, "text": sentence_text(s)}
                                         for s in r.sentences]}


def insights_text(r: Insights) -> str:
    period = f"{day_text(r.since)} to {day_text(r.until)}" if r.since and r.until else "no entries yet"
    lines = [f"Insights for {r.partner or 'all partners'}, {period}", ""]
    lines += [f"  {sentence_text(s)}" for s in r.sentences]
    if not r.empty:
        lines.append("")
    for name, points in (("Mood", r.mood), ("Energy", r.energy)):
        if points:
            lines.append(f"{name}: " + ", ".join(f"{p.date} {p.value}" for p in points))
    for g in r.goals:
        lines.append(f"Goal \"{g.title}\": " + ", ".join(f"{p.date} {p.percent}%" for p in g.progress))
    for m in r.meetings:
        rhythm = f", every {plural(m.rhythm_days, 'day', 'days')} agreed" if m.rhythm_days else ""
        lines.append(f"Meetings with {m.partner}{rhythm}: " + ", ".join(m.dates)
                     + (f" (gaps {', '.join(str(g) for g in m.gaps)} days; {m.late} late)" if m.gaps else ""))
    for f in r.feedback_per_month:
        formats = ", ".join(f"{n} {FORMATS.get(k, k)}" for k, n in sorted(f.by_format.items()))
        lines.append(f"Feedback in {month_text(f.month)}: {plural(f.count, 'piece', 'pieces')} ({formats}); "
                     f"{f.actions_done} of {plural(f.actions, 'action item', 'action items')} done")
    if r.tags:
        lines.append("Tags (first half -> second half): "
                     + ", ".join(f"#{t.tag} {t.before} -> {t.after}" for t in r.tags))
    return "\n".join(lines).rstrip()


def cmd_insights(args: argparse.Namespace, vault: Vault, emit: Callable[..., None]) -> int:
    r = vault.insights.compute(partner=args.partner, since=args.since, until=args.until)
    emit(args, insights_json(r), lambda: insights_text(r))
    return EXIT_OK


def add_parser(add: Callable[..., argparse.ArgumentParser]) -> None:
    sp = add("insights", "patterns over months: mood and energy, goals, meeting rhythm, feedback, tags")
    sp.add_argument("--partner", metavar="NAME", help="one partner's entries only")
    sp.add_argument("--since", metavar="YYYY-MM-DD", help="the period's first day")
    sp.add_argument("--until", metavar="YYYY-MM-DD", help="the period's last day")
