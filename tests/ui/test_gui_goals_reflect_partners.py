"""Goals with progress and wins, answering a prompt, partners with meeting rhythm and overdue agreements."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any

from mentorvault import resources
from mentorvault.ui.partners import PartnerDialog, PartnerValues
from mentorvault.ui.sidebar import Target
from mentorvault.vault import Vault

from uihelpers import PASSPHRASE, in_vault, wait_idle


def _goal_vault(folder: Path, keyring: Any) -> str:
    v, _ = Vault.create(folder, PASSPHRASE, secret_store=keyring)
    goal = v.entries.add("goal", "Lead a critique", fields={"micro_goals": [
        {"title": "Watch two critiques", "status": "done", "completed": "2026-09-12"},
        {"title": "Draft a format", "status": "open"},
        {"title": "Co-facilitate one", "status": "open"},
        {"title": "Count filler words", "status": "dropped"},
    ]})
    v.lock()
    return goal.id


def test_goals_view_progress_checklist_and_wins(unlocked: Any, tmp_path: Path, keyring: Any, qtbot: Any,
                                                services: Any) -> None:
    goal_id = _goal_vault(tmp_path / "v", keyring)
    w = unlocked(tmp_path / "v")
    ws = w.workspace
    ws.sidebar.choose(Target("goals"))
    wait_idle(qtbot, services)
    view = ws.goals
    assert ws.pages.currentWidget() is view
    assert len(view.card_widgets) == 1
    card = view.card_widgets[0]
    assert card.bar.value() == 33  # one of three live steps (the dropped one does not count)
    assert len(card.boxes) == 3
    assert view.wins_model.rowCount() == 1
    assert "Watch two critiques" in view.wins_model.index(0).data()

    card.boxes[1].setChecked(True)  # "Draft a format" is done
    wait_idle(qtbot, services)
    card = view.card_widgets[0]
    assert card.bar.value() == 67
    assert view.wins_model.rowCount() == 2
    assert "Draft a format" in view.wins_model.index(0).data()  # newest win first
    assert "win" in view.status.text()
    entry = in_vault(w, lambda v: v.entries.get(goal_id))
    step = entry.fields["micro_goals"][1]
    assert step["status"] == "done" and step["completed"] == services.today().isoformat()

    card.boxes[1].setChecked(False)  # and open again
    wait_idle(qtbot, services)
    assert view.card_widgets[0].bar.value() == 33
    assert "completed" not in in_vault(w, lambda v: v.entries.get(goal_id)).fields["micro_goals"][1]

    # Open goes to the editor, which shows the same progress
    view.card_widgets[0].open_button.click()
    wait_idle(qtbot, services)
    assert ws.editor.current_id == goal_id
    assert ws.editor.form("goal").progress.value() == 33


def test_answer_a_prompt_as_a_reflection(unlocked: Any, vault_folder: Path, qtbot: Any, services: Any) -> None:
    w = unlocked(vault_folder)
    ws = w.workspace
    ws.sidebar.choose(Target("reflect"))
    view = ws.reflect
    assert ws.pages.currentWidget() is view
    view.choose_deck("self-care")
    prompt = view.prompt
    assert prompt is not None and prompt.deck_id == "self-care"
    assert view.prompt_label.text() == prompt.text
    view.another.click()
    assert view.prompt is not None and view.prompt.id != prompt.id
    prompt = view.prompt
    view.save_button.click()
    assert "Write a few words" in view.status.text()
    qtbot.keyClicks(view.answer, "A walk at lunch helped more than I expected.")
    view.save_button.click()
    wait_idle(qtbot, services)
    entries = in_vault(w, lambda v: [v.entries.get(s.id) for s in v.entries.list(kind="reflection")])
    assert len(entries) == 1
    e = entries[0]
    assert e.fields["prompt"] == prompt.text
    assert e.fields["answer"] == "A walk at lunch helped more than I expected."
    assert e.fields["deck"] == resources.deck("self-care").title
    assert view.answer.toPlainText() == ""
    assert view.prompt is not None and view.prompt.id != prompt.id


def test_add_partner_then_meeting_due_and_agenda(unlocked: Any, vault_folder: Path, qtbot: Any, services: Any,
                                                 dialogs: Any) -> None:
    w = unlocked(vault_folder)
    ws = w.workspace

    def fill(dialog: Any) -> bool:
        assert isinstance(dialog, PartnerDialog)
        dialog.set_values(PartnerValues("Priya", "mentor", "coach", 14))
        return True

    dialogs.on_dialog = fill
    w.partner_action.trigger()
    wait_idle(qtbot, services)
    partner = in_vault(w, lambda v: v.partners.get("Priya"))
    assert (partner.role, partner.mentor_type, partner.rhythm_days) == ("mentor", "coach", 14)
    # the new partner is selected; the banner shows when the next meeting is due
    assert ws.target.partner_id == partner.id
    qtbot.waitUntil(lambda: ws.banner.info is not None, timeout=5000)
    due = in_vault(w, lambda v: v.partners.next_meeting("Priya"))
    assert due is not None
    assert "Next meeting due" in ws.banner.meeting.label.text()
    assert "coach" in ws.banner.details.text().lower() and "14 days" in ws.banner.details.text()
    ws.banner.agenda_button.click()
    ed = ws.editor
    assert ed.current_kind == "agenda"
    assert ed.form("agenda").widgets["meeting_date"].value() == due
    assert ed.partner_combo.currentData() == partner.id
    assert "Priya" in ed.title_edit.text()
    ed.save_now()
    wait_idle(qtbot, services)
    assert in_vault(w, lambda v: v.entries.count(kind="agenda", partner="Priya")) == 1

    # edit the partner: new rhythm
    def edit(dialog: Any) -> bool:
        dialog.rhythm.setValue(7)
        return True

    dialogs.on_dialog = edit
    ws.banner.edit_button.click()
    wait_idle(qtbot, services)
    assert in_vault(w, lambda v: v.partners.get("Priya")).rhythm_days == 7


def test_overdue_boundary_agreement_is_flagged(unlocked: Any, tmp_path: Path, keyring: Any, qtbot: Any,
                                               services: Any) -> None:
    v, _ = Vault.create(tmp_path / "v", PASSPHRASE, secret_store=keyring)
    v.partners.add("Jordan", "peer", None, 30)
    past = (_dt.date.today() - _dt.timedelta(days=3)).isoformat()
    v.entries.add("boundary-agreement", "How we work", fields={"review_date": past}, partner="Jordan")
    v.lock()
    w = unlocked(tmp_path / "v")
    ws = w.workspace
    jordan = next(p for p in ws.partners if p.name == "Jordan")
    ws.sidebar.choose(Target("entries", partner_id=jordan.id))
    qtbot.waitUntil(lambda: ws.banner.info is not None, timeout=5000)
    assert len(ws.banner._overdue_notices) == 1
    text = ws.banner._overdue_notices[0].label.text()
    assert "review" in text and "How we work" in text


def test_add_partner_item_runs_on_click_not_while_arrowing(unlocked: Any, vault_folder: Path, qtbot: Any,
                                                           dialogs: Any) -> None:
    w = unlocked(vault_folder)
    sidebar = w.workspace.sidebar
    index = sidebar.index_of(Target("add-partner"))
    assert index is not None
    sidebar.setCurrentIndex(index)  # arrowing onto it
    assert not [c for c in dialogs.calls if c[0] == "run"]
    sidebar.activated.emit(index)  # Enter
    assert [c for c in dialogs.calls if c[0] == "run"] == [("run", "PartnerDialog")]
    assert sidebar.current.view == "entries"  # the highlight stays on a place


def test_all_entries_shows_the_next_meeting_and_overdue_reviews(unlocked: Any, tmp_path: Path, keyring: Any,
                                                                qtbot: Any, services: Any) -> None:
    v, _ = Vault.create(tmp_path / "v", PASSPHRASE, secret_store=keyring)
    v.partners.add("Priya", "mentor", "coach", 14)
    v.partners.add("Jordan", "peer", None, 30)
    last = (_dt.date.today() - _dt.timedelta(days=10)).isoformat()
    v.entries.add("session-note", "Catch-up", fields={"session_date": last}, partner="Priya")
    past = (_dt.date.today() - _dt.timedelta(days=1)).isoformat()
    v.entries.add("boundary-agreement", "Our rules", fields={"review_date": past}, partner="Jordan")
    v.lock()
    w = unlocked(tmp_path / "v")
    ws = w.workspace
    qtbot.waitUntil(lambda: ws.overview.data is not None, timeout=5000)
    assert "Priya" in ws.overview.meeting.label.text() and "in 4 days" in ws.overview.meeting.label.text()
    assert "Our rules" in ws.overview.overdue.label.text()
    ws.overview.agenda_button.click()
    assert ws.editor.current_kind == "agenda"
    due = (_dt.date.today() + _dt.timedelta(days=4)).isoformat()
    assert ws.editor.form("agenda").widgets["meeting_date"].value() == due
    ws.overview.open_button.click()
    wait_idle(qtbot, services)
    assert ws.editor.current_kind == "boundary-agreement" and ws.editor.title_edit.text() == "Our rules"
    ws.sidebar.choose(Target("entries", kind="goal"))
    assert not ws.overview.meeting.isVisible()
