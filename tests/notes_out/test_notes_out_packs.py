"""What goes into a session pack and an end-of-cycle summary: pure functions on real vaults (Sam and Priya,
cards verified, Priya's entries shared through a real bundle), and their print documents, without Qt."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mentorvault.notes_out import cycle_summary, session_pack
from mentorvault.ui.logic.printdoc import PrintWords, cycle_summary_document, session_pack_document

from exchange_support import World, make_world


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[World]:
    world = make_world(tmp_path / "pair", with_jordan=False)
    yield world
    world.close()


def _shared_by_priya(pair: World, tmp_path: Path) -> dict[str, Any]:
    sam, priya = pair.sam, pair.priya
    made = {
        "agenda": priya.v.entries.add("agenda", "Priya's agenda for March", fields={
            "meeting_date": "2026-03-20", "items": ["Promotion case"]}),
        "struggle": priya.v.entries.add("struggle-story", "Missed a deadline", fields={"situation": "Too much"}),
        "feedback": priya.v.entries.add("feedback", "Feedback from my lead", fields={
            "from_whom": "Lead", "date": "2026-03-01", "format": "start-stop-continue", "start": "Delegating"}),
        "goal": priya.v.entries.add("goal", "Lead a project", fields={"target_date": "2026-09-01", "micro_goals": [
            {"title": "Ask my lead", "status": "done", "completed": "2026-03-03"},
            {"title": "Write the plan", "status": "open"}]}),
        "private": priya.v.entries.add("reflection", "Not shared", fields={"prompt": "Private?"}),
    }
    for key in ("agenda", "struggle", "feedback", "goal"):
        priya.v.consents.grant(made[key].id, "Sam")
    priya.export(sam, tmp_path / "p1.mvb")
    sam.v.exchange.import_bundle(tmp_path / "p1.mvb")
    return made


def test_session_pack_holds_both_agendas_open_goals_with_steps_and_what_they_shared(pair: World,
                                                                                   tmp_path: Path) -> None:
    theirs = _shared_by_priya(pair, tmp_path)
    sam = pair.sam.v
    mine = sam.entries.add("agenda", "My agenda for Priya", fields={"meeting_date": "2026-03-20",
                                                                    "items": ["Her promotion case"]}, partner="Priya")
    open_goal = sam.entries.add("goal", "Help Priya prepare", fields={"micro_goals": [
        {"title": "Find a sponsor", "status": "open"}, {"title": "Dropped idea", "status": "dropped"}]},
        partner="Priya")
    sam.entries.add("goal", "Done already", fields={"progress": 100}, partner="Priya")
    guarded = sam.entries.add("goal", "Guarded goal", fields={}, partner="Priya", protected=True)
    assert "Guarded goal" not in [g.title for g in session_pack(sam, "Priya", protected=False).open_goals]
    sam.entries.delete(guarded.id)
    sam.entries.add("goal", "Someone else's", fields={})
    pack = session_pack(sam, "Priya")
    assert pack.partner == "Priya" and pack.my_agenda is not None and pack.my_agenda.id == mine.id
    assert pack.their_agenda is not None and pack.their_agenda.id == theirs["agenda"].id
    goals = {g.title: g for g in pack.open_goals}
    assert set(goals) == {"Help Priya prepare", "Lead a project"}  # the finished one and the unlinked one are out
    assert goals["Help Priya prepare"].open_steps == ["Find a sponsor"] and goals["Help Priya prepare"].owner == "mine"
    assert goals["Lead a project"].open_steps == ["Write the plan"] and goals["Lead a project"].owner == "theirs"
    assert goals["Lead a project"].progress == 50 and open_goal.id == goals["Help Priya prepare"].id
    assert [e.id for e in pack.shared] == [theirs["struggle"].id, theirs["feedback"].id]

    doc = session_pack_document(pack, PrintWords())
    text = doc.text()
    assert doc.title == "Session pack: Priya" and "This document is not encrypted." in doc.subtitle
    for needle in ("My agenda for Priya", "Her promotion case", "Priya's agenda for March", "Promotion case",
                   "Find a sponsor", "Write the plan", "Missed a deadline", "Delegating", "shared by Priya"):
        assert needle in text, needle
    for absent in ("Not shared", "Done already", "Someone else", "Dropped idea", "Ask my lead"):
        assert absent not in text, absent


def test_an_empty_session_pack_says_so(pair: World) -> None:
    pack = session_pack(pair.sam.v, "Priya")
    assert pack.my_agenda is None and pack.their_agenda is None and pack.open_goals == [] and pack.shared == []
    text = session_pack_document(pack, PrintWords()).text()
    assert "No agenda yet." in text and "No open goals." in text and "Nothing shared yet." in text


def test_cycle_summary_has_goals_reached_wins_feedback_and_dates(pair: World, tmp_path: Path) -> None:
    theirs = _shared_by_priya(pair, tmp_path)
    sam = pair.sam.v
    sam.entries.add("session-note", "Kick-off", fields={"session_date": "2026-01-10"}, partner="Priya")
    sam.entries.add("session-note", "Second talk", fields={"session_date": "2026-02-10"}, partner="Priya")
    sam.entries.add("goal", "Set up the pairing", fields={"micro_goals": [
        {"title": "Agree a rhythm", "status": "done", "completed": "2026-01-12"},
        {"title": "Book a room", "status": "done"}]}, partner="Priya")
    sam.entries.add("goal", "Still going", fields={"micro_goals": [{"title": "Next", "status": "open"}]},
                    partner="Priya")
    fb = sam.entries.add("feedback", "Priya's view of me", fields={
        "from_whom": "Priya", "date": "2026-02-11", "format": "sbi", "impact": "I felt listened to"},
        partner="Priya")
    sam.entries.add("feedback", "Unrelated", fields={"from_whom": "X", "date": "2026-02-11", "format": "sbi"})
    summary = cycle_summary(sam, "Priya")
    # From my first entry with Priya to my last (the goals without a date of their own count from today).
    assert (summary.first_date, summary.last_date) == ("2026-01-10", sam.today())
    assert summary.sessions == [("2026-01-10", "Kick-off"), ("2026-02-10", "Second talk")]
    assert [g.title for g in summary.goals_reached] == ["Set up the pairing"]
    assert {g.title for g in summary.goals_open} == {"Still going", "Lead a project"}
    assert [(w.date, w.step) for w in summary.wins] == [
        ("2026-01-12", "Agree a rhythm"), ("2026-03-03", "Ask my lead"), (None, "Book a room")]
    assert [e.id for e in summary.feedback] == [fb.id]
    assert [e.id for e in summary.their_feedback] == [theirs["feedback"].id]
    guarded = sam.entries.add("feedback", "Guarded feedback", fields={"from_whom": "Priya", "date": "2026-02-12",
                                                                      "format": "sbi"}, partner="Priya", protected=True)
    assert guarded.id in [e.id for e in cycle_summary(sam, "Priya").feedback]
    assert guarded.id not in [e.id for e in cycle_summary(sam, "Priya", protected=False).feedback]
    text = cycle_summary_document(summary, PrintWords()).text()
    for needle in ("End-of-cycle summary: Priya", f"2026-01-10 to {sam.today()}", "2 sessions", "Set up the pairing",
                   "Agree a rhythm (2026-01-12)", "I felt listened to", "Delegating", "Kick-off"):
        assert needle in text, needle
    assert "Unrelated" not in text


def test_user_words_cannot_turn_into_markdown_structure(pair: World) -> None:
    sam = pair.sam.v
    sam.entries.add("goal", "# not a heading [x](javascript:y)", fields={"micro_goals": [
        {"title": "* not a list", "status": "open"}]}, partner="Priya")
    text = session_pack_document(session_pack(sam, "Priya"), PrintWords()).text()
    assert "\\# not a heading \\[x\\](javascript:y)" in text and "\\* not a list" in text


def test_packs_need_no_qt() -> None:
    import subprocess

    probe = ("import sys; import mentorvault.notes_out, mentorvault.ui.logic.printdoc; "
             "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"
