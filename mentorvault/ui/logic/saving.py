"""The entry editor's save state machine, without a widget.

The editor shows one entry (or a new one) at a time.  Every change counts as an
edit and restarts the autosave timer; when the timer fires, focus leaves the
editor, the user presses Ctrl+S, switches entries or locks, the editor asks
:meth:`SaveMachine.begin_save` for a ticket, runs the save on the worker, and
reports the outcome with :meth:`save_done` or :meth:`save_failed`.

States, and what moves between them::

    empty      --begin_new-->   new          (unsaved from the start)
    empty      --begin_open-->  loading      --loaded--> saved
    any        --hide-->        hidden       (a protected entry while protected entries are hidden)
    loading|hidden: edits and saves are ignored (what the editor shows is not this draft's)
    new|saved|failed|...  --edited-->  edited, or incomplete (with the reason)
    edited     --begin_save-->  saving       --save_done--> saved (once every save is back and no edit is newer)
                                             --save_failed--> failed (with the reason)
    incomplete --begin_save-->  incomplete   (nothing is sent; the reason is shown again)
    any        --clear-->       empty

Saves are counted, not flagged: each edit bumps ``seq``; a save carries the
``seq`` it was taken at and, when it comes back, marks that much as stored.  A
save coming back for an entry the user has left still counts for that entry
(its draft) but changes no state on screen.

The timer is anything with ``start()`` and ``stop()`` (the editor passes a
``QTimer``; tests pass a fake); ``on_state(state, detail)`` is called on every
transition, ``detail`` being the reason for ``incomplete`` and ``failed``.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol


class SaveState(enum.StrEnum):
    EMPTY = "empty"  # nothing open
    NEW = "new"  # a new entry, not saved yet
    LOADING = "loading"  # an entry is being read
    HIDDEN = "hidden"  # a protected entry, hidden until the passphrase is entered again
    SAVED = "saved"  # what is shown is what is stored
    EDITED = "edited"  # changed; a save will follow
    INCOMPLETE = "incomplete"  # changed, but cannot be saved yet (no title, a required field empty, ...)
    SAVING = "saving"  # a save is on its way
    FAILED = "failed"  # the last save was refused; the change is kept on screen


class Timer(Protocol):
    def start(self) -> None: ...

    def stop(self) -> None: ...


class ProtectionStep(enum.Enum):
    """What the editor does when protected entries are shown or hidden again."""

    NOTHING = enum.auto()
    REOPEN = enum.auto()  # shown again: read the hidden entry and show it
    SAVE_AND_HIDE = enum.auto()  # hidden again while a protected entry is open: save it, then hide it


@dataclass(eq=False)
class Draft:
    """The entry being edited (or a new one) and its save bookkeeping."""

    kind: str
    entry_id: str | None = None  # None until the first save of a new entry comes back (set on the worker)
    seq: int = 0  # edits made
    saved_seq: int = 0  # edits known to be stored
    in_flight: int = 0  # saves sent and not back yet
    error: str = ""  # why the last save failed; cleared by the next edit

    @property
    def dirty(self) -> bool:
        return self.seq != self.saved_seq


@dataclass(frozen=True, eq=False)
class SaveTicket:
    """One save on its way: the draft it belongs to and the edits it carries."""

    draft: Draft
    seq: int


StateListener = Callable[[SaveState, str], None]

# The draft's content is not what the editor shows (still being read, or hidden): edits and saves wait.
_NOT_ON_SCREEN = (SaveState.LOADING, SaveState.HIDDEN)


class SaveMachine:
    def __init__(self, timer: Timer, on_state: StateListener | None = None) -> None:
        self.timer = timer
        self.on_state = on_state
        self._state = SaveState.EMPTY
        self._draft: Draft | None = None

    # ------------------------------------------------------------ reading

    @property
    def state(self) -> SaveState:
        return self._state

    @property
    def draft(self) -> Draft | None:
        return self._draft

    @property
    def entry_id(self) -> str | None:
        return self._draft.entry_id if self._draft else None

    @property
    def kind(self) -> str | None:
        return self._draft.kind if self._draft else None

    @property
    def is_dirty(self) -> bool:
        return self._draft is not None and self._draft.dirty

    def is_current(self, draft: Draft | None) -> bool:
        return draft is not None and draft is self._draft

    def _set(self, state: SaveState, detail: str = "") -> None:
        self._state = state
        if self.on_state is not None:
            self.on_state(state, detail)

    # ------------------------------------------------------------ opening and closing

    def clear(self) -> None:
        """Nothing open any more (the editor wiped its widgets)."""
        self.timer.stop()
        self._draft = None
        self._set(SaveState.EMPTY)

    def begin_new(self, kind: str) -> Draft:
        """A new entry: unsaved from the start, so switching away or Ctrl+S saves it."""
        self._draft = Draft(kind, seq=1)
        self._set(SaveState.NEW)
        return self._draft

    def begin_open(self, entry_id: str) -> Draft:
        """An entry is being read; its kind is known once it arrives (see :meth:`loaded`)."""
        self._draft = Draft("reflection", entry_id)
        self._set(SaveState.LOADING)
        return self._draft

    def loaded(self, kind: str, entry_id: str) -> Draft:
        """A stored entry is on screen, as stored."""
        self._draft = Draft(kind, entry_id)
        self._set(SaveState.SAVED)
        return self._draft

    def hide(self, entry_id: str) -> Draft:
        """A protected entry is hidden: nothing on screen to save."""
        self.timer.stop()
        self._draft = Draft("reflection", entry_id)
        self._draft.saved_seq = self._draft.seq
        self._set(SaveState.HIDDEN)
        return self._draft

    def forget(self) -> str | None:
        """Drop the draft without a state change (before opening the same entry again); its id."""
        entry_id = self.entry_id
        self._draft = None
        return entry_id

    # ------------------------------------------------------------ editing and saving

    def edited(self, problem: str = "") -> bool:
        """The user changed something; ``problem`` says why it cannot be saved yet (empty when it can)."""
        draft = self._draft
        if draft is None or self._state in _NOT_ON_SCREEN:
            return False
        draft.seq += 1
        draft.error = ""
        if problem:
            self._set(SaveState.INCOMPLETE, problem)
        else:
            self._set(SaveState.EDITED)
        self.timer.start()
        return True

    def begin_save(self, problem: Callable[[], str], can_save: bool = True) -> SaveTicket | None:
        """A save is wanted now: the ticket for it, or None when there is nothing to send.

        ``problem()`` is asked only when there are unsaved edits; ``can_save`` is False when
        the editor shows no editable entry or the vault is locked.
        """
        self.timer.stop()
        draft = self._draft
        if draft is None or not can_save or self._state in _NOT_ON_SCREEN:
            return None
        if not draft.dirty:
            if draft.entry_id is not None and draft.in_flight == 0 and not draft.error:
                self._set(SaveState.SAVED)
            return None
        reason = problem()
        if reason:
            self._set(SaveState.INCOMPLETE, reason)
            return None
        draft.in_flight += 1
        self._set(SaveState.SAVING)
        return SaveTicket(draft, draft.seq)

    def save_done(self, ticket: SaveTicket) -> bool:
        """A save came back stored; True when the entry on screen is now saved through and through."""
        draft = ticket.draft
        draft.in_flight -= 1
        draft.saved_seq = max(draft.saved_seq, ticket.seq)
        if self.is_current(draft) and draft.in_flight == 0 and not draft.dirty:
            self._set(SaveState.SAVED)
            return True
        return False

    def save_failed(self, ticket: SaveTicket, reason: str) -> None:
        """A save was refused (``reason`` in the user's words); the edits stay unsaved."""
        draft = ticket.draft
        draft.in_flight -= 1
        draft.error = reason
        if self.is_current(draft):
            self._set(SaveState.FAILED, reason)

    def save_lost(self, ticket: SaveTicket) -> None:
        """A save ended with an unexpected error (reported elsewhere): only the count is kept straight."""
        ticket.draft.in_flight -= 1

    def stop(self) -> None:
        """No save for now (the entry is about to be deleted)."""
        self.timer.stop()

    # ------------------------------------------------------------ protected entries

    def protection_step(self, shown: bool, showing_hidden: bool, editing_protected: bool) -> ProtectionStep:
        """What to do when protected entries are shown (``shown``) or hidden again.

        ``showing_hidden``: the hidden-entry page is on screen; ``editing_protected``: an entry
        marked protected is open for editing.
        """
        if self._draft is None or self._draft.entry_id is None:
            return ProtectionStep.NOTHING
        if shown and showing_hidden:
            return ProtectionStep.REOPEN
        if not shown and editing_protected:
            return ProtectionStep.SAVE_AND_HIDE
        return ProtectionStep.NOTHING


__all__ = ["Draft", "ProtectionStep", "SaveMachine", "SaveState", "SaveTicket", "Timer"]
