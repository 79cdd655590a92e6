"""The empty-vault path of a new user (issue 17): what the window shows from the first entry on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mentorvault.ui.sidebar import ALL

from uihelpers import PASSPHRASE, in_vault, wait_idle


def _write_gratitude(qtbot: Any, ws: Any, title: str) -> None:
    ws.new_entry("gratitude")
    editor = ws.editor
    qtbot.keyClicks(editor.title_edit, title)
    form = editor.form("gratitude")
    form.widgets["to_whom"].edit.setFocus()
    qtbot.keyClicks(form.widgets["to_whom"].edit, "Sam")
    qtbot.waitUntil(lambda: editor.state == "saved", timeout=5000)


def test_count_and_empty_note_follow_the_first_entries(unlocked: Any, vault_folder: Path, qtbot: Any,
                                                       services: Any) -> None:
    w = unlocked(vault_folder)
    ws = w.workspace
    assert ws.view_count.text() == "0 entries"
    assert ws.empty_list.isVisible()
    _write_gratitude(qtbot, ws, "Thanks for the review")
    wait_idle(qtbot, services)
    assert ws.list_model.rowCount() == 1
    assert ws.view_count.text() == "1 entry"
    assert not ws.empty_list.isVisible()
    _write_gratitude(qtbot, ws, "Thanks for the lift")
    wait_idle(qtbot, services)
    assert ws.view_count.text() == "2 entries"
    entry_id = ws.current_entry_id
    in_vault(w, lambda v: v.entries.delete(entry_id))
    w.session.entryDeleted.emit(entry_id)
    wait_idle(qtbot, services)
    assert ws.view_count.text() == "1 entry"


def test_count_after_lock_and_unlock_matches_the_list(unlocked: Any, vault_folder: Path, qtbot: Any,
                                                      services: Any) -> None:
    w = unlocked(vault_folder)
    ws = w.workspace
    for n in range(3):
        _write_gratitude(qtbot, ws, f"Thanks {n}")
        wait_idle(qtbot, services)
    # The last one is still being typed when the window locks: it is saved on the way out.
    ws.new_entry("gratitude")
    qtbot.keyClicks(ws.editor.title_edit, "Written just before locking")
    qtbot.keyClicks(ws.editor.form("gratitude").widgets["to_whom"].edit, "Mei")
    w.lock()
    wait_idle(qtbot, services)
    w.unlock_view.passphrase.setText(PASSPHRASE)
    w.unlock_view.unlock_button.click()
    qtbot.waitUntil(lambda: w.session is not None, timeout=20000)
    wait_idle(qtbot, services)
    qtbot.waitUntil(lambda: not ws.list_model.is_fetching, timeout=20000)
    wait_idle(qtbot, services)
    assert ws.sidebar.current == ALL
    total = in_vault(w, lambda v: v.entries.count())
    assert total == 4
    assert ws.list_model.rowCount() == total
    assert ws.view_count.text() == "4 entries"
    assert not ws.empty_list.isVisible()


def test_suggested_prompt_is_plain_text(unlocked: Any, vault_folder: Path, qtbot: Any) -> None:
    from mentorvault import resources

    w = unlocked(vault_folder)
    w.workspace.new_entry("session-note")
    form = w.workspace.editor.form("session-note")
    form.extras["reflections"].click()
    form.extras["reflections"].click()
    text = form.widgets["reflections"].value()
    paragraphs = [p for p in text.split("\n") if p.strip()]
    known = {p.text for p in resources.deck("after-session").prompts}
    assert len(paragraphs) == 2
    assert "*" not in text
    assert all(p in known for p in paragraphs)  # the prompts as they are, nothing added around them


def test_strength_hint_does_not_say_the_passphrase_cannot_be_reset(qtbot: Any) -> None:
    from mentorvault.ui.passphrase_field import StrengthMeter

    meter = StrengthMeter()
    qtbot.addWidget(meter)
    meter.set_passphrase("orbit velvet canyon lantern pickle")
    strength = meter.evaluate_now()
    assert strength is not None and strength.acceptable and strength.score >= 3
    hint = meter.reasons.text()
    assert "cannot be reset" not in hint
    assert "recovery key" in hint


def test_unlocking_with_the_recovery_key_offers_a_new_passphrase(make_window: Any, vault_folder: Path, qtbot: Any,
                                                                 services: Any, dialogs: Any) -> None:
    new = "orbit velvet canyon lantern pickle"
    recovery = (vault_folder.parent / "recovery.txt").read_text().strip()
    w = make_window(vault_folder)
    w.unlock_view.switch_button.click()
    w.unlock_view.recovery.setText(recovery)
    w.unlock_view.unlock_button.click()
    qtbot.waitUntil(lambda: w.session is not None, timeout=20000)
    wait_idle(qtbot, services)
    notices = w.workspace.notices
    assert notices.recovered_notice.isVisible()
    assert notices.new_passphrase_button.isVisible()

    def fill(dialog: Any) -> bool:
        assert dialog.recovered and not dialog.current.isVisible()  # the lost passphrase is not asked for
        dialog.new.setText(new)
        dialog.repeat.setText(new)
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.changed, timeout=20000)
        return True

    dialogs.on_dialog = fill
    notices.new_passphrase_button.click()
    wait_idle(qtbot, services)
    assert not notices.recovered_notice.isVisible()
    assert in_vault(w, lambda v: v.keys.verify_passphrase(new))
    assert not in_vault(w, lambda v: v.keys.verify_passphrase(PASSPHRASE))
    # Unlocking with the passphrase offers nothing.
    w.lock()
    w.unlock_view.switch_button.click() if w.unlock_view.using_recovery_key else None
    w.unlock_view.passphrase.setText(new)
    w.unlock_view.unlock_button.click()
    qtbot.waitUntil(lambda: w.session is not None, timeout=20000)
    wait_idle(qtbot, services)
    assert not notices.recovered_notice.isVisible()


def test_create_asks_the_name_once_and_settings_change_it(make_window: Any, qtbot: Any, services: Any,
                                                          dialogs: Any, tmp_path: Path) -> None:
    from mentorvault.ui.logic.exchange import read_my_card

    w = make_window()
    w.show_create(tmp_path / "new")
    view = w.create_view
    assert view.name_edit.isVisible()
    qtbot.keyClicks(view.name_edit, "Alex Moreau")
    view.passphrase.setText(PASSPHRASE)
    view.repeat.setText(PASSPHRASE)
    view.meter.evaluate_now()
    view.create_button.click()
    qtbot.waitUntil(lambda: view.stack.currentIndex() == 1, timeout=20000)
    view.confirm.setChecked(True)
    view.continue_button.click()
    view.not_now.click()
    qtbot.waitUntil(lambda: w.session is not None, timeout=20000)
    wait_idle(qtbot, services)
    assert in_vault(w, lambda v: v.settings.get().your_name) == "Alex Moreau"
    card = tmp_path / "me.mvcard"
    in_vault(w, lambda v: v.identity.export_card(card))
    assert "name: Alex Moreau\n" in card.read_text()

    def rename(dialog: Any) -> bool:
        assert dialog.your_name.text() == "Alex Moreau"
        dialog.your_name.setText("Alex M.")
        return True

    dialogs.on_dialog = rename
    w.show_settings()
    wait_idle(qtbot, services)
    assert w.session.settings.your_name == "Alex M."
    assert in_vault(w, read_my_card).display_name == "Alex M."


def test_list_keeps_the_order_of_the_dates_it_shows(unlocked: Any, vault_folder: Path, qtbot: Any,
                                                    services: Any) -> None:
    w = unlocked(vault_folder)
    ws = w.workspace

    def note(title: str, day: str) -> str:
        return in_vault(w, lambda v: v.entries.add("session-note", title, "", {"session_date": day}).id)

    dec4, dec2, dec3 = note("Fourth", "2026-12-04"), note("Second", "2026-12-02"), note("Third", "2026-12-03")
    ws.list_model.reload()
    qtbot.waitUntil(lambda: ws.list_model.rowCount() == 3, timeout=10000)

    def listed() -> list[str]:
        return [ws.list_model.index(r).data(ws.list_model.IdRole) for r in range(ws.list_model.rowCount())]

    def dates() -> list[str]:
        return [ws.list_model.index(r).data(ws.list_model.DateRole) for r in range(ws.list_model.rowCount())]

    assert listed() == [dec4, dec3, dec2]
    # Editing the oldest leaves it at its date (it used to jump to the top).
    ws.open_entry(dec2)
    wait_idle(qtbot, services)
    qtbot.keyClicks(ws.editor.title_edit, ", edited")
    qtbot.waitUntil(lambda: ws.editor.state == "saved", timeout=5000)
    wait_idle(qtbot, services)
    assert listed() == [dec4, dec3, dec2]
    # A new note dated between the others lands between them, as the vault lists it.
    ws.new_entry("session-note")
    ws.editor.form("session-note").widgets["session_date"].set_value("2026-12-03")
    qtbot.keyClicks(ws.editor.title_edit, "Also the third")
    qtbot.waitUntil(lambda: ws.editor.state == "saved", timeout=5000)
    wait_idle(qtbot, services)
    new_id = ws.current_entry_id
    assert listed() == [dec4, new_id, dec3, dec2]
    assert listed() == [s.id for s in in_vault(w, lambda v: v.entries.list())]
    assert dates()[1] == dates()[2]
    assert ws.view_count.text() == "4 entries"


def test_rows_of_entries_written_in_fields_have_a_preview_line(unlocked: Any, vault_folder: Path, qtbot: Any,
                                                               services: Any) -> None:
    w = unlocked(vault_folder)
    ws = w.workspace
    written = {
        "feedback": ({"from_whom": "Mei", "date": "2026-12-01", "format": "sbi",
                      "situation": "Thursday critique"}, "Mei · Thursday critique"),
        "goal": ({"micro_goals": [{"title": "Ask one question", "status": "done"},
                                  {"title": "Point before Monday review", "status": "open"}]},
                 "Ask one question · Point before Monday review"),
        "boundary-agreement": ({"communication_frequency": "Every other Wednesday",
                                "contact_methods": ["Chat"]}, "Every other Wednesday · Chat"),
    }
    for kind, (fields, _) in written.items():
        in_vault(w, lambda v, k=kind, f=fields: v.entries.add(k, f"A {k}", "", f))
    ws.list_model.reload()
    qtbot.waitUntil(lambda: ws.list_model.rowCount() == 3, timeout=10000)
    model = ws.list_model
    previews = {model.index(r).data(model.KindRole): model.index(r).data(model.SnippetRole)
                for r in range(model.rowCount())}
    assert previews == {kind: line for kind, (_, line) in written.items()}
    # A row saved from the editor shows the same line as when the list is read again.
    ws.new_entry("goal")
    qtbot.keyClicks(ws.editor.title_edit, "Lead a critique")
    ws.editor.form("goal").widgets["why"].edit.setFocus()
    qtbot.keyClicks(ws.editor.form("goal").widgets["why"].edit, "To grow")
    qtbot.waitUntil(lambda: ws.editor.state == "saved", timeout=5000)
    wait_idle(qtbot, services)
    row = model.row_of(ws.current_entry_id)
    assert model.index(row).data(model.SnippetRole) == "To grow"


def test_sidebar_has_one_goals_item_leading_to_the_board(unlocked: Any, vault_folder: Path, qtbot: Any,
                                                        services: Any) -> None:
    from mentorvault.ui.sidebar import Target, TargetRole

    w = unlocked(vault_folder)
    ws = w.workspace
    in_vault(w, lambda v: v.entries.add("goal", "Lead a critique", "", {}))
    ws.refresh_sidebar()
    wait_idle(qtbot, services)
    model = ws.sidebar.tree_model
    goal_items = []
    for r in range(model.rowCount()):
        section = model.item(r, 0)
        for c in range(section.rowCount()):
            if section.child(c, 0).text() == "Goals":
                goal_items.append((section.child(c, 0).data(TargetRole), section.child(c, 1).text()))
    assert len(goal_items) == 1
    target, count = goal_items[0]
    assert target.view == "goals" and count == "1"
    ws.sidebar.choose(Target("goals"))
    wait_idle(qtbot, services)
    assert ws.pages.currentWidget() is ws.goals
    assert ws.sidebar.currentIndex().siblingAtColumn(0).data(TargetRole) == target


def test_editor_does_not_move_sideways_when_its_state_text_grows(unlocked: Any, vault_folder: Path, qtbot: Any,
                                                                 services: Any) -> None:
    from mentorvault.ui.logic.saving import SaveState

    w = unlocked(vault_folder)
    w.resize(1100, 700)
    ws = w.workspace
    ws.new_entry("feedback")
    qtbot.wait(50)
    before = (ws.browse.sizes(), ws.editor.minimumSizeHint().width())
    ws.editor.header.show_state(SaveState.INCOMPLETE, "To save it, fill in: From, Received on, Format " * 3)
    qtbot.wait(50)
    assert (ws.browse.sizes(), ws.editor.minimumSizeHint().width()) == before
    assert ws.editor.header.state_label.toolTip()  # the whole text is still there to read


def test_long_titles_open_at_their_start(unlocked: Any, vault_folder: Path, qtbot: Any, services: Any) -> None:
    w = unlocked(vault_folder)
    ws = w.workspace
    title = "A very long title about the point before Monday review " * 3
    giver = "Someone with a remarkably long name and a department " * 2
    entry_id = in_vault(w, lambda v: v.entries.add(
        "feedback", title.strip(), "", {"from_whom": giver.strip(), "date": "2026-12-01", "format": "sbi"}).id)
    ws.open_entry(entry_id)
    wait_idle(qtbot, services)
    assert ws.editor.title_edit.text() == title.strip()
    assert ws.editor.title_edit.cursorPosition() == 0
    assert ws.editor.form("feedback").widgets["from_whom"].edit.cursorPosition() == 0


def test_lock_screen_alternatives_look_clickable(make_window: Any, vault_folder: Path, qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    w = make_window(vault_folder)
    view = w.unlock_view
    for button in (view.switch_button, view.back_button):
        assert button.isVisible()
        assert button.property("role") == "link"
        assert button.font().underline()
        assert button.cursor().shape() == Qt.CursorShape.PointingHandCursor
    # Drawn in the accent colour, not the colour of plain text around them.
    image = view.switch_button.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}
    plain = view.palette().color(view.foregroundRole()).name()
    assert len(colours) > 1 and plain not in colours


def test_goal_steps_are_one_control_in_editor_and_board(unlocked: Any, vault_folder: Path, qtbot: Any,
                                                        services: Any) -> None:
    from mentorvault.ui.sidebar import Target
    from mentorvault.ui.steps import StepRow

    w = unlocked(vault_folder)
    w.resize(1200, 800)
    ws = w.workspace
    long_step = "Make my point before Monday review, in two sentences, without notes"
    goal_id = in_vault(w, lambda v: v.entries.add("goal", "Speak up in reviews", "", {"micro_goals": [
        {"title": long_step, "status": "open"},
        {"title": "Ask one question", "status": "open"},
        {"title": "Count filler words", "status": "dropped"}]}).id)
    # The editor
    ws.open_entry(goal_id)
    wait_idle(qtbot, services)
    steps = ws.editor.form("goal").widgets["micro_goals"]
    assert all(isinstance(r, StepRow) for r in steps.rows) and len(steps.rows) == 3
    qtbot.wait(50)
    first = steps.rows[0]
    title_width = first.title_edit.width()
    first.box.setChecked(True)
    qtbot.wait(50)
    assert first.value()["status"] == "done" and first.value()["completed"] == services.today().isoformat()
    assert first.when.text()  # the day it was done
    assert first.title_edit.width() == title_width  # the date column was there all along: nothing is clipped
    assert len({r.when.x() for r in steps.rows}) == 1  # the columns line up
    qtbot.waitUntil(lambda: ws.editor.state == "saved", timeout=5000)
    wait_idle(qtbot, services)
    stored = in_vault(w, lambda v: v.entries.get(goal_id)).fields["micro_goals"]
    assert stored[0]["status"] == "done" and stored[2]["status"] == "dropped"
    # The board shows the same control
    ws.sidebar.choose(Target("goals"))
    wait_idle(qtbot, services)
    qtbot.waitUntil(lambda: len(ws.goals.card_widgets) == 1, timeout=5000)
    qtbot.wait(50)
    card = ws.goals.card_widgets[0]
    assert all(isinstance(r, StepRow) for r in card.steps) and len(card.steps) == 3
    rows = card.steps
    assert rows[0].box.isChecked() and rows[0].when.text()
    assert rows[0].title() == rows[0].title_label.text() == long_step  # whole, wrapped if need be, never cut
    assert rows[0].title_label.geometry().right() < rows[0].when.geometry().left()
    assert len({r.when.x() for r in rows}) == 1 and len({r.box.x() for r in rows}) == 1
    assert not rows[2].box.isEnabled() and rows[2].struck and "Count filler words" in rows[2].title_label.text()
    # Dropping from the board's menu is the same action as in the editor
    rows[1].drop_action.trigger()
    wait_idle(qtbot, services)
    stored = in_vault(w, lambda v: v.entries.get(goal_id)).fields["micro_goals"]
    assert stored[1] == {"title": "Ask one question", "status": "dropped"}
