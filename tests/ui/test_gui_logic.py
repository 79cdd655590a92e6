"""The Qt-free helpers under mentorvault/ui/logic."""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

import pytest

from mentorvault.domain.entry import validate_content
from mentorvault.domain.models import Entry
from mentorvault.ui.logic import crashlog
from mentorvault.ui.logic.fields import (
    blank_fields,
    clean_fields,
    complete_micro_goal,
    hidden_fields,
    missing_required,
)
from mentorvault.ui.logic.goals import set_step, sort_goals, summarise, wins
from mentorvault.ui.logic.protection import ProtectionGate
from mentorvault.ui.logic.render import entry_markdown
from mentorvault.ui.logic.searchquery import tidy_query
from mentorvault.ui.logic.snippets import highlight_html, plain_preview
from mentorvault.ui.logic.vaultinfo import unlock_methods

TODAY = _dt.date(2026, 3, 14)


def test_blank_fields_fill_required_dates_and_default_choices() -> None:
    assert blank_fields("session-note", TODAY) == {"session_date": "2026-03-14"}
    assert blank_fields("feedback", TODAY) == {"date": "2026-03-14", "format": "sbi"}
    assert blank_fields("boundary-agreement", TODAY) == {"status": "draft"}
    assert blank_fields("goal", TODAY) == {}


def test_missing_required_names_title_and_fields() -> None:
    no_title, missing = missing_required("gratitude", "", {})
    assert no_title and [s.name for s in missing] == ["to_whom"]
    no_title, missing = missing_required("resource", "A book", {})
    assert not no_title and [s.name for s in missing] == ["link"]
    assert missing_required("resource", "A book", {"link": "x"}) == (False, [])
    # an enum with a default is never "missing"
    assert missing_required("feedback", "t", {"from_whom": "Mei", "date": "2026-01-01"}) == (False, [])


def test_hidden_fields_follow_the_feedback_format() -> None:
    assert hidden_fields("feedback", {"format": "sbi"}) == {"start", "stop", "continue"}
    assert hidden_fields("feedback", {"format": "start-stop-continue"}) == {"situation", "behaviour", "impact"}
    # a filled field of the other framework stays visible
    assert "situation" not in hidden_fields("feedback", {"format": "start-stop-continue", "situation": "x"})
    assert hidden_fields("goal", {}) == set()


def test_clean_fields_drops_empties_and_unknowns() -> None:
    out = clean_fields("session-note", {
        "session_date": "2026-03-14", "discussed": "", "micro_goals": ["a", " ", ""], "mood": None,
        "agenda_items": [{"text": "x", "proposed_by": "me"}, {"text": "", "proposed_by": "partner"}],
        "nonsense": 1,
    })
    assert out == {"session_date": "2026-03-14", "micro_goals": ["a"], "agenda_items": [{"text": "x", "proposed_by": "me"}]}
    validate_content("session-note", "t", "", out)


def test_complete_micro_goal_dates_done_and_clears_reopened() -> None:
    assert complete_micro_goal({"title": "a", "status": "done"}, TODAY)["completed"] == "2026-03-14"
    assert complete_micro_goal({"title": "a", "status": "done", "completed": "2026-01-01"}, TODAY)["completed"] == "2026-01-01"
    assert "completed" not in complete_micro_goal({"title": "a", "status": "open", "completed": "2026-01-01"}, TODAY)


def _goal(fields: dict, title: str = "G", protected: bool = False) -> Entry:
    return Entry("id-" + title, "goal", title, "", fields, [], None, None, protected, fields.get("target_date"),
                 "", "", "", 1)


def test_goal_summary_wins_and_toggling() -> None:
    g = _goal({"micro_goals": [
        {"title": "a", "status": "done", "completed": "2026-03-01"},
        {"title": "b", "status": "open"},
        {"title": "c", "status": "dropped"},
    ]})
    s = summarise(g)
    assert s.progress == 50 and s.done == 1 and s.open == 1
    assert [w.step for w in wins([s])] == ["a"]
    fields = set_step(g.fields, 1, True, TODAY)
    assert fields["micro_goals"][1] == {"title": "b", "status": "done", "completed": "2026-03-14"}
    assert g.fields["micro_goals"][1] == {"title": "b", "status": "open"}  # the input is not changed
    s2 = summarise(_goal(fields))
    assert s2.progress == 100
    assert [w.step for w in wins([s2])] == ["b", "a"]  # newest first
    back = set_step(fields, 1, False, TODAY)
    assert back["micro_goals"][1] == {"title": "b", "status": "open"}
    with pytest.raises(IndexError):
        set_step(g.fields, 9, True, TODAY)


def test_sort_goals_puts_unfinished_and_sooner_first() -> None:
    a = summarise(_goal({"target_date": "2026-12-01"}, "a"))
    b = summarise(_goal({"target_date": "2026-06-01"}, "b"))
    c = summarise(_goal({"progress": 100}, "c"))
    d = summarise(_goal({}, "d"))
    assert [g.title for g in sort_goals([c, a, d, b])] == ["b", "a", "d", "c"]


def test_highlight_html_escapes_everything_else() -> None:
    assert highlight_html("a <b> critique & more", [(6, 14)]) == "a &lt;b&gt; <b>critique</b> &amp; more"
    assert highlight_html("xx", [(0, 1), (0, 2)]) == "<b>xx</b>"  # overlapping spans merge
    assert highlight_html("run *the room*", [(9, 13)], drop="*") == "run the <b>room</b>"
    assert highlight_html("abc", []) == "abc"


def test_plain_preview_drops_markdown() -> None:
    assert plain_preview("# Heading\n\n**bold** and *it* [link](http://x)\n- item") == "Heading bold and it link item"
    assert plain_preview("x" * 300, 10) == "x" * 9 + "…"


def test_tidy_query_closes_what_is_open() -> None:
    assert tidy_query('"open phrase') == '"open phrase"'
    assert tidy_query("a AND") == "a"
    assert tidy_query("(a OR b") == "(a OR b)"
    assert tidy_query("crit*") == "crit*"
    assert tidy_query("   ") == ""


def test_protection_gate_opens_for_a_window() -> None:
    now = [100.0]
    gate = ProtectionGate(60, clock=lambda: now[0])
    assert gate.hides(True) and not gate.hides(False)
    gate.open()
    assert not gate.hides(True) and gate.remaining() == 60
    now[0] += 61
    assert gate.hides(True) and gate.remaining() == 0
    gate.open()
    gate.close()
    assert gate.hides(True)


def test_entry_markdown_lists_fields_with_labels() -> None:
    md = entry_markdown("feedback", "Critique *notes*", "Body text", {
        "from_whom": "Mei", "format": "sbi", "action_items": ["Ask earlier"], "situation": "Thursday"}, ["a"],
        choice=lambda s, v: v.upper())
    assert md.startswith("# Critique \\*notes\\*")
    assert "**From:** Mei" in md and "**Format:** SBI" in md and "- Ask earlier" in md and md.endswith("Body text")
    md = entry_markdown("session-note", "t", "", {"agenda_items": [{"text": "x", "proposed_by": "me"}]})
    assert "- x (Proposed by: me)" in md


def test_crashlog_describe_has_type_and_place_only() -> None:
    try:
        {}["my private words"]
    except KeyError:
        exc_type, exc, tb = sys.exc_info()
    text = crashlog.describe(exc_type, tb)  # type: ignore[arg-type]
    assert text.startswith("KeyError at ") and "test_gui_logic.py" in text
    assert "private" not in text


def test_unlock_methods_reads_slot_types_only(tmp_path: Path) -> None:
    from mentorvault.vault import Vault

    assert unlock_methods(tmp_path) == unlock_methods(tmp_path / "missing")
    assert not unlock_methods(tmp_path).exists

    class Store:
        def __init__(self) -> None:
            self.d: dict[str, bytes] = {}

        def get(self, k: str) -> bytes | None:
            return self.d.get(k)

        def set(self, k: str, v: bytes) -> None:
            self.d[k] = v

        def delete(self, k: str) -> None:
            self.d.pop(k, None)

    v, _ = Vault.create(tmp_path / "v", "correct horse battery staple", secret_store=Store())
    info = unlock_methods(tmp_path / "v")
    assert info.exists and not info.device
    v.keys.remember_device()
    v.lock()
    assert unlock_methods(tmp_path / "v").device


def test_demo_content_has_every_kind_and_validates() -> None:
    from mentorvault import resources
    from mentorvault.domain.kinds import KINDS

    data = resources.demo_data()
    assert {e["kind"] for e in data["entries"]} == set(KINDS)
    for e in data["entries"]:
        validate_content(e["kind"], e["title"], e.get("body", ""), e.get("fields"), e.get("tags", []))
