"""The entry editor: structured fields generated from the kind, a Markdown body with preview, autosave.

Saving: every change restarts a short timer; when it fires, when focus leaves
the editor, or on Ctrl+S, the content is validated here (pure) and handed to
the worker.  Each save job reads the entry id when it runs, so a new entry is
added once and later saves update it, in order, even if the user moves on.

The parts of the editor page are their own widgets: the header with the sharing strip
(``editor_header``), the partner / tags row and the notes (``editor_notes``) and the
kind's fields (``editor_form``); this class owns the entry and its saving.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentorvault.domain.models import Entry, Partner
from mentorvault.errors import EntryNotFound, MentorVaultError
from mentorvault.ui import labels
from mentorvault.ui.attachments import AttachmentStrip
from mentorvault.ui.editor_actions import EntryActions
from mentorvault.ui.editor_form import PLACEHOLDERS, SESSION_DECK, EntryForms, KindForm
from mentorvault.ui.editor_header import EditorHeader, HiddenEntryPage
from mentorvault.ui.editor_notes import EntryMetaRow, GrowingBrowser, NotesPane
from mentorvault.ui.errors import describe
from mentorvault.ui.logic.entries import (
    EntryEdit,
    EntrySharing,
    entry_sharing,
    read_entry,
    save_draft,
    save_problem,
)
from mentorvault.ui.logic.fields import blank_fields, clean_fields
from mentorvault.ui.logic.saving import ProtectionStep, SaveMachine, SaveState, SaveTicket
from mentorvault.ui.services import Services
from mentorvault.ui.session import Session
from mentorvault.ui.spelling import SpellLineEdit
from mentorvault.ui.widgets import a11y, editor_empty_text, empty_state

__all__ = ["PLACEHOLDERS", "SESSION_DECK", "EntryEditor", "EntryForms", "GrowingBrowser", "KindForm"]


def _forwarded(part: str, name: str) -> Any:
    """A read-only property reaching ``self.<part>.<name>``."""
    return property(lambda self: getattr(getattr(self, part), name))


class EntryEditor(QWidget):
    saved = Signal(object)  # Entry
    deleted = Signal(str)
    stateChanged = Signal(str)
    showProtectedRequested = Signal()
    sharingChanged = Signal(str)  # entry id whose consents changed

    PAGE_EMPTY, PAGE_HIDDEN, PAGE_EDIT = 0, 1, 2

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.session: Session | None = None
        self._loading = False
        self._partners: list[Partner] = []
        self.setAccessibleName(self.tr("Entry editor"))

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(services.autosave_ms)
        self.timer.timeout.connect(self.save_now)
        self.saving = SaveMachine(self.timer, self._show_state)
        self.entry_actions = EntryActions(self, self)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages)
        self.pages.addWidget(self._build_empty())
        self.pages.addWidget(self._build_hidden())
        self.pages.addWidget(self._build_edit())
        QApplication.instance().focusChanged.connect(self._focus_changed)  # type: ignore[union-attr]

    # ------------------------------------------------------------ building

    def _build_empty(self) -> QWidget:
        page, self.empty_label = empty_state("new-entry", editor_empty_text())
        return page

    def _build_hidden(self) -> QWidget:
        page = HiddenEntryPage()
        self.show_protected_button = page.show_protected_button
        self.show_protected_button.clicked.connect(self.showProtectedRequested)
        return page

    def _build_edit(self) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        col.setContentsMargins(16, 10, 16, 0)
        col.setSpacing(8)
        self.header = EditorHeader()
        self.header.protected_box.toggled.connect(self._changed)
        self.header.share_button.clicked.connect(self.share)
        self.header.history_button.clicked.connect(self.show_history)
        self.header.delete_button.clicked.connect(self.delete_entry)
        col.addWidget(self.header)

        self.title_edit = SpellLineEdit()
        font = QFont(self.title_edit.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setWeight(QFont.Weight.DemiBold)
        self.title_edit.setFont(font)
        self.title_edit.setPlaceholderText(self.tr("Title"))
        a11y(self.title_edit, self.tr("Title"), self.tr("A short title for this entry"))
        self.title_edit.textChanged.connect(self._changed)
        col.addWidget(self.title_edit)

        self.meta = EntryMetaRow()
        self.meta.partner_combo.currentIndexChanged.connect(self._changed)
        self.meta.tags_edit.textChanged.connect(self._changed)
        col.addWidget(self.meta)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body_page = QWidget()
        self.body_col = QVBoxLayout(body_page)
        self.body_col.setContentsMargins(0, 6, 6, 16)
        self.body_col.setSpacing(10)
        self.forms = EntryForms(self.services)
        self.forms.changed.connect(self._changed)
        self.body_col.addWidget(self.forms)
        self.notes = NotesPane()
        self.notes.body_edit.textChanged.connect(self._changed)
        self.body_col.addWidget(self.notes)
        self.attachment_strip = AttachmentStrip(self.services, on_change=self.refresh_sharing, drops_on=self)
        self.body_col.addWidget(self.attachment_strip)
        self.body_col.addStretch(1)
        self.scroll_area.setWidget(body_page)
        col.addWidget(self.scroll_area, 1)
        return page

    # The parts' widgets, under the names callers and tests have always used.
    kind_icon = _forwarded("header", "kind_icon")
    kind_label = _forwarded("header", "kind_label")
    state_icon = _forwarded("header", "state_icon")
    state_label = _forwarded("header", "state_label")
    protected_box = _forwarded("header", "protected_box")
    share_button = _forwarded("header", "share_button")
    history_button = _forwarded("header", "history_button")
    delete_button = _forwarded("header", "delete_button")
    sharing_icon = _forwarded("header", "sharing_icon")
    sharing_label = _forwarded("header", "sharing_label")
    agreement_label = _forwarded("header", "agreement_label")
    partner_combo = _forwarded("meta", "partner_combo")
    tags_edit = _forwarded("meta", "tags_edit")
    tag_completer = _forwarded("meta", "tag_completer")
    forms_box = _forwarded("forms", "forms_box")
    body_tabs = _forwarded("notes", "body_tabs")
    body_stack = _forwarded("notes", "body_stack")
    body_edit = _forwarded("notes", "body_edit")
    preview = _forwarded("notes", "preview")

    # ------------------------------------------------------------ session-wide data

    def set_session(self, session: Session | None) -> None:
        if self.session is not None:
            try:
                self.session.protectionChanged.disconnect(self._protection_changed)
            except (RuntimeError, TypeError):
                pass
        self._partners = []
        self.clear()
        self.session = session
        if session is not None:
            session.protectionChanged.connect(self._protection_changed)

    def set_partners(self, partners: list[Partner]) -> None:
        self._partners = list(partners)
        self._loading, was = True, self._loading
        try:
            self.meta.set_partners(self._partners)
        finally:
            self._loading = was

    def set_known_tags(self, tags: list[str]) -> None:
        self.meta.set_known_tags(tags)

    # ------------------------------------------------------------ state

    @property
    def state(self) -> str:
        return self.saving.state.value

    @property
    def current_id(self) -> str | None:
        return self.saving.entry_id

    @property
    def current_kind(self) -> str | None:
        return self.saving.kind

    @property
    def is_dirty(self) -> bool:
        return self.saving.is_dirty

    def form(self, kind: str | None = None) -> KindForm:
        kind = kind or self.current_kind
        assert kind is not None
        return self.forms.form(kind)

    def _show_state(self, state: SaveState, detail: str = "") -> None:
        """Word the save machine's state in the header (``detail``: why it is incomplete or failed)."""
        if state not in (SaveState.EMPTY, SaveState.HIDDEN):  # else nothing of the header is on screen
            self.header.show_state(state, detail)
        self.stateChanged.emit(state.value)

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)

    def _set_sharing(self, state: Any, agreement: Mapping[str, Any] | None) -> None:
        self.header.set_sharing(state, agreement, saved=self.saving.entry_id is not None)

    # ------------------------------------------------------------ opening

    def clear(self) -> None:
        """Forget the entry and drop every widget that held its content."""
        self.timer.stop()
        self.saving.forget()
        self._wipe()
        self._show_page(self.PAGE_EMPTY)
        self.saving.clear()

    def _wipe(self) -> None:
        self._loading = True
        try:
            self.title_edit.clear()
            self.tags_edit.clear()
            self.notes.clear()
            self.protected_box.setChecked(False)
            self.partner_combo.clear()
            self.set_known_tags([])
            self.forms.clear()
            self._set_sharing(None, None)
            self.attachment_strip.clear()
        finally:
            self._loading = False

    def new_entry(self, kind: str, *, partner_id: str | None = None, tags: list[str] | None = None,
                  fields: dict[str, Any] | None = None, title: str = "", body: str = "") -> None:
        self.save_now()
        if self.session is None:
            return
        defaults = blank_fields(kind, self.services.today())
        defaults.update(fields or {})
        self._fill(kind, title, body, defaults, tags or [], partner_id, False)
        self.saving.begin_new(kind)  # unsaved from the start: saved on Ctrl+S, focus change or switching
        self._set_sharing(None, None)
        self.header.set_entry_actions(False)
        self.title_edit.setFocus()
        if title:
            self.title_edit.selectAll()

    def open_entry(self, entry_id: str, protected_hint: bool = False) -> None:
        if self.saving.entry_id == entry_id and self.pages.currentIndex() == self.PAGE_EDIT:
            return
        self.save_now()
        session = self.session
        if session is None:
            return
        if protected_hint and session.hides(True):
            self._show_hidden(entry_id)
            return
        doc = self.saving.begin_open(entry_id)

        def done(entry: Entry) -> None:
            if not self.saving.is_current(doc):
                return
            if session.hides(entry.protected):
                self._show_hidden(entry.id)
                return
            self.load(entry)

        def failed(exc: BaseException) -> bool:
            if self.saving.is_current(doc):
                self.clear()
            return isinstance(exc, EntryNotFound)

        session.call(lambda v: read_entry(v, entry_id), done, failed)

    def _show_hidden(self, entry_id: str) -> None:
        self.timer.stop()
        self._wipe()
        self._show_page(self.PAGE_HIDDEN)
        self.saving.hide(entry_id)

    def load(self, entry: Entry) -> None:
        """Show a stored entry (already fetched)."""
        self._fill(entry.kind, entry.title, entry.body, entry.fields, entry.tags, entry.partner_id, entry.protected)
        self.saving.loaded(entry.kind, entry.id)
        self.header.set_entry_actions(True)
        self.attachment_strip.set_entry(self.session, entry.id)
        self.refresh_sharing()

    def _fill(self, kind: str, title: str, body: str, fields: dict[str, Any], tags: list[str],
              partner_id: str | None, protected: bool) -> None:
        self.timer.stop()
        self._loading = True
        try:
            self.header.set_kind(kind)
            self.title_edit.setText(title)
            self.title_edit.setCursorPosition(0)  # a long title opens at its start, not scrolled to its end
            self.tags_edit.setText(", ".join(tags))
            self.tags_edit.setCursorPosition(0)
            self.protected_box.setChecked(protected)
            if self.partner_combo.count() == 0:
                self.set_partners(self._partners)
            self.meta.choose_partner(partner_id)
            self.forms.show_form(kind).set_values(fields)
            self.notes.show_text(body)
        finally:
            self._loading = False
        self._show_page(self.PAGE_EDIT)
        self.scroll_area.verticalScrollBar().setValue(0)

    def _protection_changed(self, shown: bool) -> None:
        step = self.saving.protection_step(
            shown, showing_hidden=self.pages.currentIndex() == self.PAGE_HIDDEN,
            editing_protected=self.protected_box.isChecked() and self.pages.currentIndex() == self.PAGE_EDIT)
        entry_id = self.saving.entry_id
        if entry_id is None:
            return
        if step is ProtectionStep.REOPEN:
            self.saving.forget()
            self.open_entry(entry_id)
        elif step is ProtectionStep.SAVE_AND_HIDE:
            self.save_now()
            self._show_hidden(entry_id)

    # ------------------------------------------------------------ editing and saving

    def _changed(self, *_: object) -> None:
        if self._loading or self.saving.draft is None or self.pages.currentIndex() != self.PAGE_EDIT:
            return
        self.saving.edited(self.save_problem_text())

    def collect(self) -> EntryEdit:
        kind = self.saving.kind
        assert kind is not None
        return EntryEdit(
            kind=kind,
            title=self.title_edit.text().strip(),
            body=self.body_edit.toPlainText(),
            fields=clean_fields(kind, self.form(kind).values()),
            tags=self.meta.tags(),
            partner=self.partner_combo.currentData(),
            protected=self.protected_box.isChecked(),
        )

    def save_problem_text(self) -> str:
        """Why the entry cannot be saved yet, in words; empty when it can."""
        if self.saving.draft is None:
            return ""
        problem = save_problem(self.collect())
        if problem is None:
            return ""
        if problem.no_title:
            return self.tr("Not saved yet: give it a title.")
        if problem.missing:
            names = ", ".join(labels.field_label(s) for s in problem.missing)
            return self.tr("Not saved yet: fill in %1.").replace("%1", names)
        return self.tr("Not saved yet: %1").replace("%1", describe(problem.invalid) if problem.invalid else "")

    def save_now(self) -> None:
        """Save at once if anything changed (Ctrl+S, focus leaving, switching entries, locking)."""
        session = self.session
        ticket = self.saving.begin_save(self.save_problem_text, can_save=session is not None
                                        and self.pages.currentIndex() == self.PAGE_EDIT)
        if ticket is None or session is None:
            return
        content = self.collect()
        session.call(lambda v: save_draft(v, ticket.draft, content), lambda entry: self._saved(ticket, entry),
                     lambda exc: self._save_failed(ticket, exc))

    def _saved(self, ticket: SaveTicket, entry: Entry) -> None:
        settled = self.saving.save_done(ticket)
        if self.saving.is_current(ticket.draft):
            self.header.set_entry_actions(True)
            if self.attachment_strip.entry_id != entry.id:  # a new entry's first save: files can be added now
                self.attachment_strip.set_entry(self.session, entry.id)
            if settled:
                self.refresh_sharing()
        self.saved.emit(entry)
        if self.session is not None:
            self.session.notify_saved(entry)

    def _save_failed(self, ticket: SaveTicket, exc: BaseException) -> bool:
        if not isinstance(exc, MentorVaultError):
            self.saving.save_lost(ticket)
            return False
        self.saving.save_failed(ticket, describe(exc))
        return True

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is None or self.saving.draft is None:
            return
        try:
            left = self.isAncestorOf(old) and (new is None or not self.isAncestorOf(new))
        except RuntimeError:
            return
        if left and self.is_dirty:
            self.save_now()

    def toggle_preview(self) -> None:
        self.notes.toggle_preview()

    # ------------------------------------------------------------ sharing and agreements

    def refresh_sharing(self) -> None:
        """Read this entry's consents (and, for an agreement, its co-signing) and show them in the header."""
        doc, session = self.saving.draft, self.session
        if doc is None or doc.entry_id is None or session is None:
            self._set_sharing(None, None)
            return
        entry_id, kind = doc.entry_id, doc.kind

        def done(sharing: EntrySharing) -> None:
            if self.saving.is_current(doc):
                self._set_sharing(sharing.state, sharing.agreement)

        session.call(lambda v: entry_sharing(v, entry_id, kind), done, lambda exc: isinstance(exc, MentorVaultError))

    # ------------------------------------------------------------ the header's actions

    @property
    def partners(self) -> list[Partner]:
        return self._partners

    def share(self) -> None:
        self.entry_actions.share()

    def show_history(self) -> None:
        self.entry_actions.show_history()

    def delete_entry(self) -> None:
        self.entry_actions.delete_entry()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(560, 600)

