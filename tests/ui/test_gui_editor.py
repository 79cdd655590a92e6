"""Writing: a new entry of every kind, editing it, autosave, Ctrl+S, delete, Markdown preview."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from mentorvault.domain.kinds import KINDS
from mentorvault.ui.fieldwidgets import DateField, ItemsField, ListField, LongTextField, TextField
from mentorvault.ui.sidebar import Target

from uihelpers import in_vault, wait_idle

# What a user types into each kind's required fields (and one more field, to check it is stored).
TYPED: dict[str, dict[str, str]] = {
    "session-note": {"discussed": "How to open a critique"},
    "struggle-story": {"situation": "The demo broke in front of the client", "what_i_learned": "Rehearse"},
    "feedback": {"from_whom": "Mei", "situation": "Thursday critique"},
    "boundary-agreement": {"communication_frequency": "Every other Wednesday"},
    "goal": {"why": "To lead critiques"},
    "agenda": {},
    "reflection": {"prompt": "What surprised you this week?", "answer": "How calm I was"},
    "gratitude": {"to_whom": "Priya", "what_they_did": "Read my draft"},
    "resource": {"link": "https://example.org/critique", "why_it_helped": "Clear steps"},
}


def _type_into(qtbot: Any, widget: Any, text: str) -> None:
    if isinstance(widget, (TextField, LongTextField, ListField)):
        widget.edit.setFocus()
        qtbot.keyClicks(widget.edit, text)
    else:
        raise AssertionError(type(widget))


@pytest.mark.parametrize("kind", list(KINDS))
def test_new_entry_of_every_kind_then_edit(kind: str, unlocked: Any, vault_folder: Path, qtbot: Any,
                                           services: Any) -> None:
    w = unlocked(vault_folder)
    ws = w.workspace
    ws.sidebar.choose(Target("entries", kind=kind))
    wait_idle(qtbot, services)
    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N: a new entry of this kind
    editor = ws.editor
    assert editor.current_kind == kind and editor.current_id is None
    assert editor.title_edit.hasFocus() or not w.isActiveWindow()
    qtbot.keyClicks(editor.title_edit, f"My first {kind}")
    form = editor.form(kind)
    required = [s for s in form.spec.fields if s.required and s.type in ("text", "longtext")]
    if required:
        assert editor.state == "incomplete"
        assert "fill in" in editor.state_label.text()
    for name, text in TYPED[kind].items():
        _type_into(qtbot, form.widgets[name], text)
    if kind == "session-note":
        items = form.widgets["agenda_items"]
        assert isinstance(items, ItemsField)
        items.add_button.click()
        qtbot.keyClicks(items.rows[0].widgets["text"].edit, "Critique format")
    if kind == "goal":
        steps = form.widgets["micro_goals"]
        steps.add_button.click()
        qtbot.keyClicks(steps.rows[0].title_edit, "Watch two critiques")  # a step row (ui/steps.py)
    editor.body_edit.setFocus()
    qtbot.keyClicks(editor.body_edit, "Some *notes*.")
    qtbot.keyClick(w, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S saves at once
    qtbot.waitUntil(lambda: editor.state == "saved", timeout=10000)
    wait_idle(qtbot, services)
    entry_id = editor.current_id
    assert entry_id is not None
    entry = in_vault(w, lambda v: v.entries.get(entry_id))
    assert entry.kind == kind and entry.title == f"My first {kind}" and entry.body == "Some *notes*."
    for name, text in TYPED[kind].items():
        assert entry.fields[name] == text
    if kind == "session-note":
        assert entry.fields["agenda_items"] == [{"text": "Critique format", "proposed_by": "me"}]
        assert entry.fields["session_date"] == services.today().isoformat()
    if kind == "goal":
        assert entry.fields["micro_goals"][0] == {"title": "Watch two critiques", "status": "open"}
    # the list shows it at the top, selected, with the kind's icon and title
    assert ws.list_model.summary_at(0).id == entry_id
    assert ws.list_view.currentIndex().row() == 0

    # Edit: autosave after a short pause, no Ctrl+S.
    editor.title_edit.setFocus()
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, f"Edited {kind}")
    assert editor.state == "edited"
    qtbot.waitUntil(lambda: editor.state == "saved", timeout=10000)
    wait_idle(qtbot, services)
    entry = in_vault(w, lambda v: v.entries.get(entry_id))
    assert entry.title == f"Edited {kind}" and entry.rev == 2
    assert ws.list_model.summary_at(0).title == f"Edited {kind}"
    assert f"Edited {kind}" not in w.windowTitle()


def test_autosave_on_focus_change(unlocked: Any, filled_folder: Path, qtbot: Any, services: Any) -> None:
    w = unlocked(filled_folder)
    ws = w.workspace
    ws.editor.timer.setInterval(60_000)  # only the focus change may save
    first = ws.list_model.summary_at(0)
    ws.open_entry(first.id)
    wait_idle(qtbot, services)
    ws.editor.body_edit.setFocus()
    qtbot.keyClicks(ws.editor.body_edit, " Added.")
    assert ws.editor.state == "edited"
    ws.list_view.setFocus()
    qtbot.waitUntil(lambda: ws.editor.state == "saved", timeout=5000)
    wait_idle(qtbot, services)
    assert " Added." in in_vault(w, lambda v: v.entries.get(first.id)).body


def test_switching_entries_saves_the_previous_one(unlocked: Any, filled_folder: Path, qtbot: Any,
                                                  services: Any) -> None:
    w = unlocked(filled_folder)
    ws = w.workspace
    ws.editor.timer.setInterval(60_000)
    a, b = ws.list_model.summary_at(0), ws.list_model.summary_at(1)
    ws.open_entry(a.id)
    wait_idle(qtbot, services)
    ws.editor.title_edit.setText("Changed A")
    ws.open_entry(b.id)
    wait_idle(qtbot, services)
    assert ws.editor.title_edit.text() == b.title
    assert in_vault(w, lambda v: v.entries.get(a.id)).title == "Changed A"


def test_new_entry_not_saved_until_complete(unlocked: Any, vault_folder: Path, qtbot: Any, services: Any) -> None:
    w = unlocked(vault_folder)
    ws = w.workspace
    ws.new_entry("gratitude")
    qtbot.keyClicks(ws.editor.title_edit, "Thanks")
    qtbot.wait(400)
    wait_idle(qtbot, services)
    assert ws.editor.state == "incomplete"
    assert in_vault(w, lambda v: v.entries.count()) == 0
    _type_into(qtbot, ws.editor.form("gratitude").widgets["to_whom"], "Sam")
    qtbot.waitUntil(lambda: ws.editor.state == "saved", timeout=5000)
    wait_idle(qtbot, services)
    assert in_vault(w, lambda v: v.entries.count()) == 1  # added once, even with several saves queued


def test_feedback_format_shows_the_matching_fields(unlocked: Any, vault_folder: Path, qtbot: Any) -> None:
    w = unlocked(vault_folder)
    w.workspace.new_entry("feedback")
    form = w.workspace.editor.form("feedback")
    assert form.widgets["situation"].isVisible() and not form.widgets["start"].isVisible()
    combo = form.widgets["format"].combo
    combo.setCurrentIndex(combo.findData("start-stop-continue"))
    assert form.widgets["start"].isVisible() and not form.widgets["situation"].isVisible()


def test_session_note_offers_prompts_and_mirroring(unlocked: Any, vault_folder: Path, qtbot: Any) -> None:
    w = unlocked(vault_folder)
    w.workspace.new_entry("session-note")
    form = w.workspace.editor.form("session-note")
    heard = form.widgets["what_i_heard"]
    assert "It sounds like" in heard.edit.placeholderText()
    assert "own words" in form.helps["what_i_heard"].text()
    form.extras["reflections"].click()
    text = form.widgets["reflections"].value()
    # The field is plain text: the prompt goes in as it is (issue 17 #9; it was wrapped in "**").
    assert text and text.strip() and "**" not in text


def test_date_fields_can_be_added_and_cleared(unlocked: Any, vault_folder: Path, qtbot: Any) -> None:
    w = unlocked(vault_folder)
    w.workspace.new_entry("goal")
    target = w.workspace.editor.form("goal").widgets["target_date"]
    assert isinstance(target, DateField)
    assert target.value() is None and target.add_button.isVisible()
    target.add_button.click()
    assert target.value() is not None
    target.clear_button.click()
    assert target.value() is None


def test_markdown_preview(unlocked: Any, vault_folder: Path, qtbot: Any) -> None:
    w = unlocked(vault_folder)
    ed = w.workspace.editor
    w.workspace.new_entry("resource")
    ed.body_edit.setPlainText("# Heading\n\n**bold** text")
    w.preview_action.trigger()
    assert ed.body_stack.currentWidget() is ed.preview
    assert "Heading" in ed.preview.toPlainText() and "**" not in ed.preview.toPlainText()
    w.preview_action.trigger()
    assert ed.body_stack.currentWidget() is ed.body_edit


def test_delete_entry(unlocked: Any, filled_folder: Path, qtbot: Any, services: Any, dialogs: Any) -> None:
    w = unlocked(filled_folder)
    ws = w.workspace
    first = ws.list_model.summary_at(0)
    ws.open_entry(first.id)
    wait_idle(qtbot, services)
    dialogs.confirm_answer = False
    ws.editor.delete_button.click()
    assert ws.editor.current_id == first.id
    dialogs.confirm_answer = True
    ws.editor.delete_button.click()
    wait_idle(qtbot, services)
    assert ws.editor.current_id != first.id  # the list moves on to the next entry
    assert ws.list_model.row_of(first.id) == -1
    assert in_vault(w, lambda v: v.entries.count()) == 34


def test_tags_and_partner_pickers(unlocked: Any, filled_folder: Path, qtbot: Any, services: Any) -> None:
    w = unlocked(filled_folder)
    ws = w.workspace
    ws.new_entry("gratitude")
    ed = ws.editor
    ed.title_edit.setText("Thanks Jordan")
    ed.form("gratitude").widgets["to_whom"].set_value("Jordan")
    names = [ed.partner_combo.itemText(i) for i in range(ed.partner_combo.count())]
    assert "Jordan" in names and "Priya" in names
    ed.partner_combo.setCurrentIndex(ed.partner_combo.findText("Jordan"))
    ed.tags_edit.setText("")
    ed.tags_edit.setFocus()
    qtbot.keyClicks(ed.tags_edit, "thank")
    assert "thanks" in ed.tag_completer.model().stringList()
    ed.tags_edit.setText("thanks, peer")
    ed.save_now()
    qtbot.waitUntil(lambda: ed.state == "saved", timeout=5000)
    entry = in_vault(w, lambda v: v.entries.get(ed.current_id))
    assert entry.partner == "Jordan" and entry.tags == ["peer", "thanks"]


def test_shortcuts_work_while_typing(unlocked: Any, filled_folder: Path, qtbot: Any, services: Any) -> None:
    w = unlocked(filled_folder)
    ws = w.workspace
    ws.editor.timer.setInterval(60_000)
    first = ws.list_model.summary_at(0)
    ws.open_entry(first.id)
    wait_idle(qtbot, services)
    ws.editor.body_edit.setFocus()
    qtbot.keyClicks(ws.editor.body_edit, "x")
    qtbot.keyClick(ws.editor.body_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ws.editor.state == "saved", timeout=5000)
    qtbot.keyClick(ws.editor.title_edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert ws.search_visible
    qtbot.keyClick(ws.search.query, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert w.session is None
