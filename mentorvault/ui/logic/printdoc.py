"""What a printed page says, built without Qt: a title page and sections of Markdown.

``ui/printing.py`` lays a :class:`PrintDocument` out on pages (each section starts on a new
page) and writes the PDF. The fixed words come in through :class:`PrintWords` (English here;
the window passes them through ``tr()``), the user's words come from the vault as they are,
with titles and one-line values escaped so they cannot turn into Markdown structure.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from mentorvault.domain.kinds import FieldSpec, kind_spec
from mentorvault.domain.models import Entry
from mentorvault.exchange.models import InboxEntry
from mentorvault.notes_out.packs import CycleSummary, GoalOutline, SessionPack
from mentorvault.ui.logic.render import _escape, entry_markdown

Label = Callable[[FieldSpec], str]
Choice = Callable[[FieldSpec, str], str]


@dataclass
class PrintDocument:
    """A title page (``title`` and the lines under it), then ``sections``, each starting a new page."""

    title: str
    subtitle: list[str]
    sections: list[str] = field(default_factory=list)

    def text(self) -> str:
        """Everything the document says, for tests and for a plain-text check of the PDF."""
        return "\n".join([self.title, *self.subtitle, *self.sections])


@dataclass
class PrintWords:
    """The fixed words of printed pages; ``%1``, ``%2`` stand for names, dates and counts."""

    entries_title: str = "MentorVault notes"
    entries_count: Callable[[int], str] = lambda n: f"{n} entry" if n == 1 else f"{n} entries"
    printed_on: str = "Printed on %1"
    not_encrypted: str = "This document is not encrypted."
    partner_line: str = "With %1"
    attachments: str = "Attachments: %1"
    kind_line: str = "%1, %2"
    pack_title: str = "Session pack: %1"
    next_meeting: str = "Next meeting: %1"
    no_meeting: str = "No meeting planned yet"
    my_agenda: str = "My agenda"
    their_agenda: str = "%1's agenda"
    no_agenda: str = "No agenda yet."
    open_goals: str = "Open goals and steps"
    no_open_goals: str = "No open goals."
    goal_line: str = "%1 (%2% done)"
    goal_due: str = "target %1"
    their_goal: str = "shared by %1"
    shared: str = "What %1 shared"
    nothing_shared: str = "Nothing shared yet."
    summary_title: str = "End-of-cycle summary: %1"
    period: str = "%1 to %2"
    sessions: Callable[[int], str] = lambda n: f"{n} session" if n == 1 else f"{n} sessions"
    goals_reached: str = "Goals reached"
    goals_open: str = "Goals still open"
    wins: str = "Wins along the way"
    feedback: str = "Feedback received"
    their_feedback: str = "Feedback %1 shared"
    none: str = "None."
    step_done_on: str = "%1 (%2)"
    for_goal: str = "for %1"
    label: Label = lambda spec: spec.label
    choice: Choice = lambda spec, value: value
    kind: Callable[[str], str] = lambda kind: kind
    date: Callable[[str | None], str] = lambda day: day or ""


def _fill(text: str, *values: object) -> str:
    for n, value in enumerate(values, start=1):
        text = text.replace(f"%{n}", str(value))
    return text


def _entry_section(kind: str, title: str, body: str, fields: dict[str, Any], tags: list[str],
                   meta: Sequence[str], words: PrintWords) -> str:
    text = entry_markdown(kind, title, body, fields, tags, label=words.label, choice=words.choice)
    heading, _, rest = text.partition("\n")
    lines = [heading, ""] + [f"*{_escape(m)}*  " for m in meta if m]
    return "\n".join(lines) + "\n" + rest


def entry_section(entry: Entry, words: PrintWords, attachments: Sequence[str] = ()) -> str:
    meta = [_fill(words.kind_line, words.kind(entry.kind), words.date(entry.entry_date or entry.created_at[:10]))]
    if entry.partner:
        meta.append(_fill(words.partner_line, entry.partner))
    if attachments:
        meta.append(_fill(words.attachments, ", ".join(attachments)))
    return _entry_section(entry.kind, entry.title, entry.body, entry.fields, entry.tags, meta, words)


def shared_section(entry: InboxEntry, words: PrintWords) -> str:
    date_field = kind_spec(entry.kind).date_field
    day = entry.fields.get(date_field) if date_field else None
    meta = [_fill(words.kind_line, words.kind(entry.kind), words.date(day if isinstance(day, str) else
                                                                      entry.updated_at[:10]))]
    return _entry_section(entry.kind, entry.title, entry.body, entry.fields, entry.tags, meta, words)


def entries_document(entries: Sequence[Entry], today: str, words: PrintWords,
                     attachments: Mapping[str, Sequence[str]] | None = None) -> PrintDocument:
    """The entries, one to a page after the title page; ``attachments``: each entry's attachment names."""
    names = attachments or {}
    return PrintDocument(words.entries_title,
                         [words.entries_count(len(entries)), _fill(words.printed_on, words.date(today)),
                          words.not_encrypted],
                         [entry_section(e, words, names.get(e.id, ())) for e in entries])


def _goal_lines(goals: Sequence[GoalOutline], words: PrintWords, partner: str, open_steps: bool) -> list[str]:
    lines: list[str] = []
    for g in goals:
        extra = [words.date(g.target_date) and _fill(words.goal_due, words.date(g.target_date))]
        if g.owner == "theirs":
            extra.append(_fill(words.their_goal, partner))
        suffix = "; ".join(e for e in extra if e)
        lines.append(f"- **{_escape(_fill(words.goal_line, g.title, g.progress))}**"
                     + (f" ({_escape(suffix)})" if suffix else ""))
        if open_steps:
            lines += [f"    - \u2610 {_escape(step)}" for step in g.open_steps]
    return lines


def session_pack_document(pack: SessionPack, words: PrintWords) -> PrintDocument:
    meeting = (_fill(words.next_meeting, words.date(pack.next_meeting)) if pack.next_meeting else words.no_meeting)
    agendas = [f"## {_escape(words.my_agenda)}", ""]
    if pack.my_agenda is not None:
        agendas += [entry_section(pack.my_agenda, words).replace("# ", "### ", 1), ""]
    else:
        agendas += [_escape(words.no_agenda), ""]
    agendas += [f"## {_escape(_fill(words.their_agenda, pack.partner))}", ""]
    if pack.their_agenda is not None:
        agendas += [shared_section(pack.their_agenda, words).replace("# ", "### ", 1), ""]
    else:
        agendas += [_escape(words.no_agenda), ""]
    goals = [f"## {_escape(words.open_goals)}", ""]
    goals += _goal_lines(pack.open_goals, words, pack.partner, True) or [_escape(words.no_open_goals)]
    shared = [f"## {_escape(_fill(words.shared, pack.partner))}", ""]
    if pack.shared:
        shared += [shared_section(e, words).replace("# ", "### ", 1) + "\n" for e in pack.shared]
    else:
        shared.append(_escape(words.nothing_shared))
    return PrintDocument(_fill(words.pack_title, pack.partner),
                         [meeting, _fill(words.printed_on, words.date(pack.made_on)), words.not_encrypted],
                         ["\n".join(agendas), "\n".join(goals + ["", *shared])])


def cycle_summary_document(summary: CycleSummary, words: PrintWords) -> PrintDocument:
    period = _fill(words.period, words.date(summary.first_date), words.date(summary.last_date)) \
        if summary.first_date else ""
    lines = [f"## {_escape(words.goals_reached)}", ""]
    lines += _goal_lines(summary.goals_reached, words, summary.partner, False) or [_escape(words.none)]
    lines += ["", f"## {_escape(words.goals_open)}", ""]
    lines += _goal_lines(summary.goals_open, words, summary.partner, True) or [_escape(words.none)]
    lines += ["", f"## {_escape(words.wins)}", ""]
    lines += [f"- {_escape(_fill(words.step_done_on, w.step, words.date(w.date)) if w.date else w.step)}; "
              f"*{_escape(_fill(words.for_goal, w.goal))}*" for w in summary.wins] or [_escape(words.none)]
    lines += ["", f"## {_escape(words.feedback)}", ""]
    feedback = [entry_section(e, words).replace("# ", "### ", 1) for e in summary.feedback]
    feedback += [shared_section(e, words).replace("# ", "### ", 1) for e in summary.their_feedback]
    sessions = [f"- {_escape(words.date(day))}: {_escape(title)}" for day, title in summary.sessions]
    return PrintDocument(
        _fill(words.summary_title, summary.partner),
        [line for line in (period, words.sessions(len(summary.sessions)),
                           _fill(words.printed_on, words.date(summary.made_on)), words.not_encrypted) if line],
        ["\n".join(lines + (feedback or [_escape(words.none)])),
         "\n".join([f"## {_escape(words.sessions(len(summary.sessions)))}", "", *sessions])],
    )
