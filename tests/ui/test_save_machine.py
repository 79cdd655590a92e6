"""The editor's save state machine, driven directly: no window, no Qt, a fake timer that records."""

from __future__ import annotations

import pytest

from mentorvault.ui.logic.saving import ProtectionStep, SaveMachine, SaveState


class FakeTimer:
    def __init__(self) -> None:
        self.calls: list[str] = []
        self.running = False

    def start(self) -> None:
        self.calls.append("start")
        self.running = True

    def stop(self) -> None:
        self.calls.append("stop")
        self.running = False


class Recorder:
    def __init__(self) -> None:
        self.seen: list[tuple[SaveState, str]] = []

    def __call__(self, state: SaveState, detail: str) -> None:
        self.seen.append((state, detail))

    @property
    def states(self) -> list[str]:
        return [s.value for s, _ in self.seen]


def machine() -> tuple[SaveMachine, FakeTimer, Recorder]:
    timer, rec = FakeTimer(), Recorder()
    return SaveMachine(timer, rec), timer, rec


def no_problem() -> str:
    return ""


def must_not_ask() -> str:
    raise AssertionError("asked why it cannot save although nothing changed")


def opened(entry_id: str = "e1", kind: str = "goal") -> tuple[SaveMachine, FakeTimer, Recorder]:
    m, timer, rec = machine()
    m.begin_open(entry_id)
    m.loaded(kind, entry_id)
    timer.calls.clear()
    rec.seen.clear()
    return m, timer, rec


def test_starts_empty_with_nothing_to_save() -> None:
    m, timer, rec = machine()
    assert m.state == SaveState.EMPTY and m.draft is None and not m.is_dirty
    assert m.begin_save(must_not_ask) is None
    assert timer.calls == ["stop"] and rec.seen == []
    assert m.edited("") is False and timer.calls == ["stop"]  # no draft: an edit changes nothing


def test_state_values_are_the_words_the_editor_reports() -> None:
    assert [s.value for s in SaveState] == ["empty", "new", "loading", "hidden", "saved", "edited", "incomplete",
                                            "saving", "failed"]
    assert SaveState.SAVED == "saved"


def test_new_entry_is_unsaved_until_its_first_save_comes_back() -> None:
    m, _timer, rec = machine()
    draft = m.begin_new("reflection")
    assert m.state == SaveState.NEW and m.is_dirty and m.entry_id is None and m.kind == "reflection"
    ticket = m.begin_save(no_problem)
    assert ticket is not None and ticket.draft is draft and ticket.seq == 1
    assert m.state == SaveState.SAVING and draft.in_flight == 1
    draft.entry_id = "new-id"  # what save_draft does on the worker
    assert m.save_done(ticket) is True
    assert m.state == SaveState.SAVED and not m.is_dirty and m.entry_id == "new-id" and draft.in_flight == 0
    assert rec.states == ["new", "saving", "saved"]


def test_open_then_loaded_is_saved() -> None:
    m, _timer, rec = machine()
    loading = m.begin_open("e1")
    assert m.state == SaveState.LOADING and m.entry_id == "e1" and not m.is_dirty
    loaded = m.loaded("goal", "e1")
    assert m.state == SaveState.SAVED and m.kind == "goal" and not m.is_dirty
    assert not m.is_current(loading) and m.is_current(loaded)
    assert rec.states == ["loading", "saved"]


def test_an_edit_restarts_the_autosave_timer_and_marks_dirty() -> None:
    m, timer, rec = opened()
    assert m.edited("") is True
    assert m.state == SaveState.EDITED and m.is_dirty and timer.running and timer.calls == ["start"]
    m.edited("")
    assert timer.calls == ["start", "start"] and m.draft is not None and m.draft.seq == 2
    assert rec.states == ["edited", "edited"]


def test_an_edit_that_cannot_be_saved_is_incomplete_with_its_reason() -> None:
    m, timer, rec = opened()
    m.edited("give it a title")
    assert m.state == SaveState.INCOMPLETE and rec.seen == [(SaveState.INCOMPLETE, "give it a title")]
    assert timer.running  # the timer still runs; the save then finds the problem again
    assert m.begin_save(lambda: "give it a title") is None
    assert m.state == SaveState.INCOMPLETE and not timer.running and m.draft is not None and m.draft.in_flight == 0
    assert rec.seen[-1] == (SaveState.INCOMPLETE, "give it a title")


def test_incomplete_becomes_edited_once_fixed_then_saves() -> None:
    m, _timer, rec = opened()
    m.edited("give it a title")
    m.edited("")
    ticket = m.begin_save(no_problem)
    assert ticket is not None and ticket.seq == 2
    m.save_done(ticket)
    assert rec.states == ["incomplete", "edited", "saving", "saved"]


def test_save_stops_the_timer_and_nothing_changed_reports_saved_again() -> None:
    m, timer, rec = opened()
    assert m.begin_save(must_not_ask) is None
    assert timer.calls == ["stop"] and rec.states == ["saved"]


def test_save_refused_when_the_editor_cannot_save() -> None:
    m, timer, rec = opened()
    m.edited("")
    assert m.begin_save(no_problem, can_save=False) is None
    assert m.state == SaveState.EDITED and m.is_dirty and timer.calls[-1] == "stop"
    assert rec.states == ["edited"]


def test_an_edit_during_a_save_keeps_it_dirty_until_the_next_save() -> None:
    m, _timer, rec = opened()
    m.edited("")
    first = m.begin_save(no_problem)
    assert first is not None
    m.edited("")  # typed on while the save was on its way
    assert m.save_done(first) is False
    assert m.state == SaveState.EDITED and m.is_dirty
    second = m.begin_save(no_problem)
    assert second is not None and second.seq == 2
    assert m.save_done(second) is True and m.state == SaveState.SAVED
    assert rec.states == ["edited", "saving", "edited", "saving", "saved"]


def test_two_saves_in_flight_settle_only_when_both_are_back() -> None:
    m, _timer, _rec = opened()
    m.edited("")
    first = m.begin_save(no_problem)
    m.edited("")
    second = m.begin_save(no_problem)
    assert first is not None and second is not None and m.draft is not None and m.draft.in_flight == 2
    assert m.save_done(first) is False and m.state == SaveState.SAVING
    assert m.save_done(second) is True and m.state == SaveState.SAVED
    # Out of order: the older ticket does not undo what the newer one stored.
    assert m.draft.saved_seq == 2


def test_a_failed_save_is_shown_with_its_reason_and_kept_dirty() -> None:
    m, _timer, rec = opened()
    m.edited("")
    ticket = m.begin_save(no_problem)
    assert ticket is not None
    m.save_failed(ticket, "The disk is full.")
    assert m.state == SaveState.FAILED and m.is_dirty and m.draft is not None and m.draft.error == "The disk is full."
    assert rec.seen[-1] == (SaveState.FAILED, "The disk is full.")
    assert m.draft.in_flight == 0


def test_after_a_failure_a_retry_saves_and_an_edit_clears_the_error() -> None:
    m, _timer, _rec = opened()
    m.edited("")
    ticket = m.begin_save(no_problem)
    assert ticket is not None
    m.save_failed(ticket, "The disk is full.")
    retry = m.begin_save(no_problem)  # still dirty: Ctrl+S tries again
    assert retry is not None and m.state == SaveState.SAVING
    m.save_done(retry)
    assert m.state == SaveState.SAVED
    m.edited("")
    assert m.draft is not None and m.draft.error == ""


def test_failed_then_clean_does_not_claim_saved() -> None:
    """A failure with nothing dirty left (an older save failed after a newer one stored) stays as is."""
    m, _timer, rec = opened()
    m.edited("")
    older = m.begin_save(no_problem)
    m.edited("")
    newer = m.begin_save(no_problem)
    assert older is not None and newer is not None
    m.save_done(newer)
    m.save_failed(older, "refused")
    assert m.state == SaveState.FAILED and not m.is_dirty
    before = list(rec.seen)
    assert m.begin_save(must_not_ask) is None
    assert rec.seen == before  # not "saved": the error is still shown


def test_an_unexpected_error_only_keeps_the_count() -> None:
    m, _timer, _rec = opened()
    m.edited("")
    ticket = m.begin_save(no_problem)
    assert ticket is not None
    m.save_lost(ticket)
    assert m.state == SaveState.SAVING and m.draft is not None and m.draft.in_flight == 0 and m.is_dirty
    retry = m.begin_save(no_problem)
    assert retry is not None and m.save_done(retry)


def test_a_save_coming_back_after_switching_counts_for_its_own_draft_only() -> None:
    m, _timer, rec = opened("e1")
    m.edited("")
    ticket = m.begin_save(no_problem)
    assert ticket is not None
    other = m.begin_open("e2")
    m.loaded("goal", "e2")
    rec.seen.clear()
    assert m.save_done(ticket) is False
    assert ticket.draft.saved_seq == ticket.seq and ticket.draft.in_flight == 0
    assert rec.seen == [] and m.state == SaveState.SAVED and m.entry_id == "e2"
    assert not m.is_current(other)  # loaded() made a fresh draft
    failing = opened("e3")[0]
    failing.edited("")
    t2 = failing.begin_save(no_problem)
    assert t2 is not None
    failing.begin_new("goal")
    failing.save_failed(t2, "refused")
    assert failing.state == SaveState.NEW and t2.draft.error == "refused"


def test_clear_stops_the_timer_and_forgets_the_draft() -> None:
    m, timer, rec = opened()
    m.edited("")
    m.clear()
    assert m.state == SaveState.EMPTY and m.draft is None and not m.is_dirty and not timer.running
    assert rec.states == ["edited", "empty"]


def test_hidden_has_nothing_to_save() -> None:
    m, timer, rec = opened()
    m.edited("")
    m.hide("e1")
    assert m.state == SaveState.HIDDEN and not m.is_dirty and m.entry_id == "e1" and not timer.running
    assert m.begin_save(must_not_ask) is None and m.edited("") is False
    assert rec.states == ["edited", "hidden"] and timer.calls[-1] == "stop"


def test_while_loading_edits_and_saves_wait() -> None:
    """The previous entry may still be on screen while the next is read: its edits are not this draft's."""
    m, timer, rec = opened("e1")
    m.begin_open("e2")
    assert m.edited("") is False and not m.is_dirty and not timer.running
    assert m.begin_save(must_not_ask) is None
    assert rec.states == ["loading"]


def test_forget_drops_the_draft_without_a_state_change() -> None:
    m, _timer, rec = opened("e7")
    assert m.forget() == "e7"
    assert m.draft is None and m.state == SaveState.SAVED and rec.seen == []


def test_stop_only_stops_the_timer() -> None:
    m, timer, _rec = opened()
    m.edited("")
    m.stop()
    assert not timer.running and m.state == SaveState.EDITED and m.is_dirty


@pytest.mark.parametrize(("shown", "showing_hidden", "editing_protected", "step"), [
    (True, True, False, ProtectionStep.REOPEN),
    (True, False, True, ProtectionStep.NOTHING),
    (False, False, True, ProtectionStep.SAVE_AND_HIDE),
    (False, False, False, ProtectionStep.NOTHING),
    (False, True, False, ProtectionStep.NOTHING),
])
def test_protection_steps(shown: bool, showing_hidden: bool, editing_protected: bool, step: ProtectionStep) -> None:
    m, _timer, _rec = opened()
    assert m.protection_step(shown, showing_hidden, editing_protected) is step


def test_protection_does_nothing_without_a_stored_entry() -> None:
    m, _timer, _rec = machine()
    assert m.protection_step(True, True, True) is ProtectionStep.NOTHING
    m.begin_new("goal")
    assert m.protection_step(False, False, True) is ProtectionStep.NOTHING


def test_locking_saves_pending_edits_first() -> None:
    """Lock (and switching away) call begin_save: a dirty draft sends its save before the vault closes."""
    m, timer, _rec = opened()
    m.edited("")
    ticket = m.begin_save(no_problem, can_save=True)
    assert ticket is not None and not timer.running and m.state == SaveState.SAVING
    m.clear()  # the window locks: the editor is emptied while the save is still queued
    assert m.save_done(ticket) is False
    assert ticket.draft.saved_seq == 1 and m.state == SaveState.EMPTY


def test_the_machine_and_the_read_models_load_no_qt() -> None:
    import subprocess
    import sys

    code = ("import sys, mentorvault.ui.logic.saving, mentorvault.ui.logic.entries; "
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
