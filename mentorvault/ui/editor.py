"""The entry editor: structured fields generated from the kind, a Markdown body with preview, autosave.

Saving: every change restarts a short timer; when it fires, when focus leaves
the editor, or on Ctrl+S, the content is validated here (pure) and handed to
the worker.  Each save job reads the entry id when it runs, so a new entry is
added once and later saves update it, in order, even if the user moves on.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTabBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mentorvault import resources
from mentorvault.domain.entry import goal_progress, validate_content
from mentorvault.domain.kinds import kind_spec
from mentorvault.domain.models import Entry, Partner
from mentorvault.errors import EntryNotFound, InvalidEntry, MentorVaultError
from mentorvault.ui.readonly import SafeBrowser
from mentorvault.ui import labels, theme
from mentorvault.ui.errors import describe
from mentorvault.ui.fieldwidgets import FieldWidget, GrowingTextEdit, LongTextField, make_field_widget
from mentorvault.ui.logic.fields import blank_fields, clean_fields, hidden_fields, missing_required
from mentorvault.ui.services import Services
from mentorvault.ui.session import Session
from mentorvault.ui.widgets import a11y, editor_empty_text, empty_state, set_role, styled_label, tool_button

# Decks offered from inside an editor: after a session, and for a reflection's prompt.
SESSION_DECK = "after-session"

PLACEHOLDERS = {
    ("session-note", "what_i_heard"): "It sounds like… Is that right?",
    ("feedback", "what_i_heard"): "What I heard is…",
}


class GrowingBrowser(SafeBrowser):
    """A read-only Markdown view that is as tall as its content: no raw HTML, no images, nothing loaded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.anchorClicked.connect(self._open_link)
        self.document().contentsChanged.connect(self._fit)

    def _fit(self) -> None:
        self.document().setTextWidth(self.viewport().width())
        self.setFixedHeight(max(120, int(self.document().size().height()) + 12))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    @staticmethod
    def _open_link(url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)


@dataclass
class _Doc:
    """The entry being edited (or a new one) and its save bookkeeping."""

    kind: str
    entry_id: str | None = None
    seq: int = 0  # edits made
    saved_seq: int = 0  # edits known to be stored
    in_flight: int = 0
    error: str = ""
    defaults: dict[str, Any] = field(default_factory=dict)


class KindForm(QWidget):
    """The field widgets of one kind, laid out as label / widget / help rows."""

    changed = Signal()
    promptRequested = Signal(str)  # field name

    def __init__(self, kind: str, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.spec = kind_spec(kind)
        self.widgets: dict[str, FieldWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.helps: dict[str, QLabel] = {}
        self.extras: dict[str, QWidget] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        row = 0
        for spec in self.spec.fields:
            w = make_field_widget(spec, services.today)
            placeholder = PLACEHOLDERS.get((kind, spec.name))
            if placeholder and isinstance(w, LongTextField):
                w.edit.setPlaceholderText(self.tr(placeholder))
            text = labels.field_label(spec) + (" *" if spec.required else "")
            label = QLabel(text)
            label.setBuddy(w)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            label.setContentsMargins(0, 5, 0, 0)
            self.labels[spec.name] = label
            grid.addWidget(label, row, 0)
            holder = QVBoxLayout()
            holder.setSpacing(2)
            holder.addWidget(w)
            grid.addLayout(holder, row, 1)
            if self._offers_prompt(spec.name):
                button = QPushButton(theme.icon("prompt"), self.tr("Suggest a prompt"))
                a11y(button, self.tr("Suggest a reflection prompt"),
                     self.tr("Adds a question to reflect on to this field"))
                button.clicked.connect(lambda _=False, n=spec.name: self.promptRequested.emit(n))
                line = QHBoxLayout()
                line.addWidget(button)
                line.addStretch(1)
                holder.addLayout(line)
                self.extras[spec.name] = button
            help_text = labels.field_help(spec)
            if help_text:
                help_label = styled_label(help_text, "muted")
                help_label.setAccessibleName(help_text)
                holder.addWidget(help_label)
                self.helps[spec.name] = help_label
            row += 1
            w.changed.connect(self.changed)
            self.widgets[spec.name] = w
        if kind == "goal":
            self.progress = QProgressBar()
            self.progress.setRange(0, 100)
            self.progress.setFormat(self.tr("%p% done"))
            a11y(self.progress, self.tr("Goal progress"))
            label = QLabel(self.tr("Progress so far"))
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(label, row, 0)
            grid.addWidget(self.progress, row, 1)
            self.changed.connect(self._update_progress)
        if kind == "feedback":
            self.widgets["format"].changed.connect(self.update_visibility)

    def _offers_prompt(self, name: str) -> bool:
        return (self.kind, name) in (("session-note", "reflections"), ("reflection", "prompt"))

    def values(self) -> dict[str, Any]:
        return {name: w.value() for name, w in self.widgets.items()}

    def set_values(self, values: dict[str, Any]) -> None:
        for name, w in self.widgets.items():
            w.blockSignals(True)
            try:
                w.set_value(values.get(name))
            finally:
                w.blockSignals(False)
        self.update_visibility()
        if self.kind == "goal":
            self._update_progress()

    def update_visibility(self) -> None:
        hidden = hidden_fields(self.kind, self.values())
        for name, w in self.widgets.items():
            visible = name not in hidden
            w.setVisible(visible)
            self.labels[name].setVisible(visible)
            if name in self.helps:
                self.helps[name].setVisible(visible)

    def _update_progress(self) -> None:
        self.progress.setValue(goal_progress(clean_fields(self.kind, self.values())))


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
        self._doc: _Doc | None = None
        self._loading = False
        self._state = "empty"
        self._forms: dict[str, KindForm] = {}
        self._partners: list[Partner] = []
        self._seen_prompts: set[str] = set()
        self._rng = random.Random()
        self.setAccessibleName(self.tr("Entry editor"))

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(services.autosave_ms)
        self.timer.timeout.connect(self.save_now)

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
        page = QWidget()
        col = QVBoxLayout(page)
        col.addStretch(1)
        icon = QLabel()
        icon.setPixmap(theme.icon("shield").pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        col.addWidget(icon)
        heading = styled_label(self.tr("This entry is protected"), "subheading")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        col.addWidget(heading)
        text = styled_label(self.tr(
            "Its title and contents stay hidden until you enter your passphrase. "
            "They are then shown for a few minutes."), "muted")
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        col.addWidget(text)
        self.show_protected_button = QPushButton(theme.icon("shield"), self.tr("Show protected entries…"))
        a11y(self.show_protected_button, self.tr("Show protected entries"),
             self.tr("Asks for your passphrase, then shows protected entries for a few minutes"))
        self.show_protected_button.clicked.connect(self.showProtectedRequested)
        col.addWidget(self.show_protected_button, 0, Qt.AlignmentFlag.AlignHCenter)
        col.addStretch(2)
        return page

    def _build_edit(self) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        col.setContentsMargins(16, 10, 16, 0)
        col.setSpacing(8)
        header = QHBoxLayout()
        self.kind_icon = QLabel()
        self.kind_icon.setFixedSize(24, 24)
        self.kind_label = styled_label("", "subheading", wrap=False)
        header.addWidget(self.kind_icon)
        header.addWidget(self.kind_label)
        header.addStretch(1)
        self.state_icon = QLabel()
        self.state_icon.setFixedSize(16, 16)
        self.state_label = styled_label("", "muted", wrap=False)
        self.state_label.setAccessibleName(self.tr("Save state"))
        header.addWidget(self.state_icon)
        header.addWidget(self.state_label)
        self.protected_box = QCheckBox(self.tr("Protected"))
        a11y(self.protected_box, self.tr("Protected entry"),
             self.tr("Hide this entry's title and contents in lists and search until the passphrase is entered"))
        self.protected_box.toggled.connect(self._changed)
        header.addWidget(self.protected_box)
        self.share_button = tool_button("share", self.tr("Share…"),
                                        self.tr("Choose which partners may see this entry, with an exact preview"))
        self.share_button.clicked.connect(self.share)
        self.history_button = tool_button("history", self.tr("History"), self.tr("Earlier versions of this entry"))
        self.history_button.clicked.connect(self.show_history)
        header.addWidget(self.history_button)
        self.delete_button = tool_button("warning", self.tr("Delete"), self.tr("Delete this entry"))
        self.delete_button.clicked.connect(self.delete_entry)
        header.addWidget(self.delete_button)
        col.addLayout(header)
        sharing = QHBoxLayout()
        sharing.setSpacing(6)
        self.sharing_icon = QLabel()
        self.sharing_icon.setFixedSize(16, 16)
        self.sharing_icon.setPixmap(theme.icon("share").pixmap(16, 16))
        self.sharing_label = styled_label("", "muted")
        self.sharing_label.setAccessibleName(self.tr("Sharing"))
        self.agreement_label = styled_label("", "ok")
        self.agreement_label.setAccessibleName(self.tr("Agreement"))
        sharing.addWidget(self.sharing_icon)
        sharing.addWidget(self.sharing_label, 1)
        sharing.addWidget(self.agreement_label)
        sharing.addWidget(self.share_button)
        col.addLayout(sharing)
        self._set_sharing(None, None)

        self.title_edit = QLineEdit()
        font = QFont(self.title_edit.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setWeight(QFont.Weight.DemiBold)
        self.title_edit.setFont(font)
        self.title_edit.setPlaceholderText(self.tr("Title"))
        a11y(self.title_edit, self.tr("Title"), self.tr("A short title for this entry"))
        self.title_edit.textChanged.connect(self._changed)
        col.addWidget(self.title_edit)

        meta = QHBoxLayout()
        partner_label = QLabel(self.tr("&Partner:"))
        self.partner_combo = QComboBox()
        self.partner_combo.setMinimumWidth(150)
        a11y(self.partner_combo, self.tr("Partner"), self.tr("The mentoring relationship this entry belongs to"))
        partner_label.setBuddy(self.partner_combo)
        self.partner_combo.currentIndexChanged.connect(self._changed)
        tags_label = QLabel(self.tr("T&ags:"))
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("Comma-separated, e.g. confidence, critique"))
        a11y(self.tags_edit, self.tr("Tags"), self.tr("Words to group entries by, separated by commas"))
        tags_label.setBuddy(self.tags_edit)
        self.tags_edit.textChanged.connect(self._changed)
        self.tag_completer = QCompleter([], self)
        self.tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tag_completer.setWidget(self.tags_edit)
        self.tag_completer.activated.connect(self._complete_tag)
        self.tags_edit.textEdited.connect(self._suggest_tags)
        meta.addWidget(partner_label)
        meta.addWidget(self.partner_combo)
        meta.addSpacing(12)
        meta.addWidget(tags_label)
        meta.addWidget(self.tags_edit, 1)
        col.addLayout(meta)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body_page = QWidget()
        self.body_col = QVBoxLayout(body_page)
        self.body_col.setContentsMargins(0, 6, 6, 16)
        self.body_col.setSpacing(10)
        # Only the current kind's form is shown; hidden forms take no space (unlike a QStackedWidget).
        self.forms = QWidget()
        self.forms_box = QVBoxLayout(self.forms)
        self.forms_box.setContentsMargins(0, 0, 0, 0)
        self.body_col.addWidget(self.forms)

        notes_row = QHBoxLayout()
        notes_label = styled_label(self.tr("Notes"), "subheading", wrap=False)
        notes_row.addWidget(notes_label)
        notes_row.addWidget(styled_label(self.tr("Markdown: **bold**, *italic*, - lists, # headings"), "muted",
                                         wrap=False))
        notes_row.addStretch(1)
        self.body_tabs = QTabBar()
        self.body_tabs.addTab(self.tr("Write"))
        self.body_tabs.addTab(self.tr("Preview"))
        self.body_tabs.setDrawBase(False)
        a11y(self.body_tabs, self.tr("Write or preview the notes"))
        self.body_tabs.currentChanged.connect(self._body_tab_changed)
        notes_row.addWidget(self.body_tabs)
        self.body_col.addLayout(notes_row)
        self.body_stack = QStackedWidget()
        self.body_edit = GrowingTextEdit(8)
        self.body_edit.setPlaceholderText(self.tr("Write freely. Markdown formatting is optional."))
        a11y(self.body_edit, self.tr("Notes"), self.tr("The body of the entry, in Markdown"))
        self.body_edit.textChanged.connect(self._changed)
        self.preview = GrowingBrowser()
        a11y(self.preview, self.tr("Notes preview"))
        self.body_stack.addWidget(self.body_edit)
        self.body_stack.addWidget(self.preview)
        self.body_stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.body_col.addWidget(self.body_stack)
        self.body_col.addStretch(1)
        self.scroll.setWidget(body_page)
        col.addWidget(self.scroll, 1)
        return page

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
        current = self.partner_combo.currentData()
        self._loading, was = True, self._loading
        try:
            self.partner_combo.clear()
            self.partner_combo.addItem(self.tr("No partner"), None)
            for p in partners:
                self.partner_combo.addItem(theme.icon("partner"), p.name, p.id)
            self.partner_combo.setCurrentIndex(max(0, self.partner_combo.findData(current)))
        finally:
            self._loading = was

    def set_known_tags(self, tags: list[str]) -> None:
        self.tag_completer.model().setStringList(tags)  # type: ignore[attr-defined]

    def _suggest_tags(self, text: str) -> None:
        last = text.split(",")[-1].strip()
        if not last:
            self.tag_completer.popup().hide()
            return
        self.tag_completer.setCompletionPrefix(last)
        if self.tag_completer.completionCount():
            self.tag_completer.complete()

    def _complete_tag(self, tag: str) -> None:
        parts = [p.strip() for p in self.tags_edit.text().split(",")]
        parts[-1] = tag
        self.tags_edit.setText(", ".join(p for p in parts if p) + ", ")

    # ------------------------------------------------------------ state

    @property
    def state(self) -> str:
        return self._state

    @property
    def current_id(self) -> str | None:
        return self._doc.entry_id if self._doc else None

    @property
    def current_kind(self) -> str | None:
        return self._doc.kind if self._doc else None

    @property
    def is_dirty(self) -> bool:
        return self._doc is not None and self._doc.seq != self._doc.saved_seq

    def form(self, kind: str | None = None) -> KindForm:
        kind = kind or self.current_kind
        assert kind is not None
        form = self._forms.get(kind)
        if form is None:
            form = KindForm(kind, self.services)
            form.changed.connect(self._changed)
            form.promptRequested.connect(self._suggest_prompt)
            self._forms[kind] = form
            form.hide()
            self.forms_box.addWidget(form)
        return form

    def _show_form(self, kind: str) -> KindForm:
        current = self.form(kind)
        for name, form in self._forms.items():
            form.setVisible(name == kind)
        return current

    def _set_state(self, state: str, text: str = "") -> None:
        self._state = state
        icon = {"saved": "check", "failed": "warning", "incomplete": "warning"}.get(state)
        self.state_icon.setPixmap(theme.icon(icon).pixmap(16, 16) if icon else theme.icon("check").pixmap(0, 0))
        self.state_icon.setVisible(icon is not None)
        words = {
            "saved": self.tr("Saved"),
            "edited": self.tr("Editing…"),
            "saving": self.tr("Saving…"),
            "loading": self.tr("Opening…"),
            "new": self.tr("New, not saved yet"),
        }
        self.state_label.setText(text or words.get(state, ""))
        self.state_label.setAccessibleDescription(self.state_label.text())
        self.stateChanged.emit(state)

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)

    # ------------------------------------------------------------ opening

    def clear(self) -> None:
        """Forget the entry and drop every widget that held its content."""
        self.timer.stop()
        self._doc = None
        self._wipe()
        self._show_page(self.PAGE_EMPTY)
        self._state = "empty"
        self.stateChanged.emit("empty")

    def _wipe(self) -> None:
        self._loading = True
        try:
            self.title_edit.clear()
            self.tags_edit.clear()
            self.body_edit.clear()
            self.preview.clear()
            self.protected_box.setChecked(False)
            self.partner_combo.clear()
            self.set_known_tags([])
            for form in self._forms.values():
                self.forms_box.removeWidget(form)
                form.setParent(None)
                form.deleteLater()
            self._forms.clear()
            self.body_tabs.setCurrentIndex(0)
            self._set_sharing(None, None)
        finally:
            self._loading = False

    def new_entry(self, kind: str, *, partner_id: str | None = None, tags: list[str] | None = None,
                  fields: dict[str, Any] | None = None, title: str = "", body: str = "") -> None:
        self.save_now()
        if self.session is None:
            return
        defaults = blank_fields(kind, self.services.today())
        defaults.update(fields or {})
        self._doc = _Doc(kind, seq=1)  # unsaved from the start: saved on Ctrl+S, focus change or switching
        self._fill(kind, title, body, defaults, tags or [], partner_id, False)
        self._set_state("new")
        self._set_sharing(None, None)
        self.share_button.setEnabled(False)
        self.history_button.setEnabled(False)
        self.delete_button.setEnabled(False)
        self.title_edit.setFocus()
        if title:
            self.title_edit.selectAll()

    def open_entry(self, entry_id: str, protected_hint: bool = False) -> None:
        if self._doc is not None and self._doc.entry_id == entry_id and self.pages.currentIndex() == self.PAGE_EDIT:
            return
        self.save_now()
        session = self.session
        if session is None:
            return
        if protected_hint and session.hides(True):
            self._show_hidden(entry_id)
            return
        self._doc = _Doc("reflection", entry_id)
        doc = self._doc
        self._set_state("loading")

        def done(entry: Entry) -> None:
            if self._doc is not doc:
                return
            if session.hides(entry.protected):
                self._show_hidden(entry.id)
                return
            self.load(entry)

        def failed(exc: BaseException) -> bool:
            if self._doc is doc:
                self.clear()
            return isinstance(exc, EntryNotFound)

        session.call(lambda v: v.entries.get(entry_id), done, failed)

    def _show_hidden(self, entry_id: str) -> None:
        self.timer.stop()
        self._wipe()
        self._doc = _Doc("reflection", entry_id)
        self._doc.saved_seq = self._doc.seq
        self._show_page(self.PAGE_HIDDEN)
        self._state = "hidden"
        self.stateChanged.emit("hidden")

    def load(self, entry: Entry) -> None:
        """Show a stored entry (already fetched)."""
        self._doc = _Doc(entry.kind, entry.id)
        self._fill(entry.kind, entry.title, entry.body, entry.fields, entry.tags, entry.partner_id, entry.protected)
        self._set_state("saved")
        self.history_button.setEnabled(True)
        self.delete_button.setEnabled(True)
        self.share_button.setEnabled(True)
        self.refresh_sharing()

    def _fill(self, kind: str, title: str, body: str, fields: dict[str, Any], tags: list[str],
              partner_id: str | None, protected: bool) -> None:
        self.timer.stop()
        self._loading = True
        try:
            self.kind_icon.setPixmap(theme.icon(kind).pixmap(24, 24))
            self.kind_label.setText(labels.kind_label(kind))
            self.title_edit.setText(title)
            self.tags_edit.setText(", ".join(tags))
            self.body_edit.setPlainText(body)
            self.protected_box.setChecked(protected)
            if self.partner_combo.count() == 0:
                self.set_partners(self._partners)
            self.partner_combo.setCurrentIndex(max(0, self.partner_combo.findData(partner_id)))
            form = self._show_form(kind)
            form.set_values(fields)
            self.body_tabs.setCurrentIndex(0)
            self.body_stack.setCurrentIndex(0)
        finally:
            self._loading = False
        self._show_page(self.PAGE_EDIT)
        self.scroll.verticalScrollBar().setValue(0)

    def _protection_changed(self, shown: bool) -> None:
        doc = self._doc
        if doc is None or doc.entry_id is None:
            return
        if shown and self.pages.currentIndex() == self.PAGE_HIDDEN:
            entry_id, self._doc = doc.entry_id, None
            self.open_entry(entry_id)
        elif not shown and self.protected_box.isChecked() and self.pages.currentIndex() == self.PAGE_EDIT:
            self.save_now()
            self._show_hidden(doc.entry_id)

    # ------------------------------------------------------------ editing and saving

    def _changed(self, *_: object) -> None:
        if self._loading or self._doc is None or self.pages.currentIndex() != self.PAGE_EDIT:
            return
        self._doc.seq += 1
        self._doc.error = ""
        problem = self._problem()
        if problem:
            self._set_state("incomplete", problem)
        else:
            self._set_state("edited")
        self.timer.start()

    def collect(self) -> dict[str, Any]:
        assert self._doc is not None
        kind = self._doc.kind
        return {
            "kind": kind,
            "title": self.title_edit.text().strip(),
            "body": self.body_edit.toPlainText(),
            "fields": clean_fields(kind, self.form(kind).values()),
            "tags": [t.strip() for t in self.tags_edit.text().split(",") if t.strip()],
            "partner": self.partner_combo.currentData(),
            "protected": self.protected_box.isChecked(),
        }

    def _problem(self) -> str:
        """Why the entry cannot be saved yet, in words; empty when it can."""
        if self._doc is None:
            return ""
        content = self.collect()
        no_title, missing = missing_required(content["kind"], content["title"], content["fields"])
        if no_title:
            return self.tr("Not saved yet: give it a title.")
        if missing:
            names = ", ".join(labels.field_label(s) for s in missing)
            return self.tr("Not saved yet: fill in %1.").replace("%1", names)
        try:
            validate_content(content["kind"], content["title"], content["body"], content["fields"], content["tags"])
        except InvalidEntry as exc:
            return self.tr("Not saved yet: %1").replace("%1", describe(exc))
        return ""

    def save_now(self) -> None:
        """Save at once if anything changed (Ctrl+S, focus leaving, switching entries, locking)."""
        self.timer.stop()
        doc, session = self._doc, self.session
        if doc is None or session is None or self.pages.currentIndex() != self.PAGE_EDIT:
            return
        if doc.seq == doc.saved_seq:
            if doc.entry_id is not None and doc.in_flight == 0 and not doc.error:
                self._set_state("saved")
            return
        problem = self._problem()
        if problem:
            self._set_state("incomplete", problem)
            return
        content = self.collect()
        seq = doc.seq
        doc.in_flight += 1
        self._set_state("saving")

        def work(v: Any) -> Entry:
            if doc.entry_id is None:
                entry = v.entries.add(content["kind"], content["title"], content["body"], content["fields"],
                                    content["tags"], content["partner"], protected=content["protected"])
                doc.entry_id = entry.id  # later save jobs (already queued) read this when they run
                return entry
            return v.entries.update(doc.entry_id, title=content["title"], body=content["body"],
                                  fields=content["fields"], tags=content["tags"], partner=content["partner"],
                                  protected=content["protected"])

        def done(entry: Entry) -> None:
            doc.in_flight -= 1
            doc.saved_seq = max(doc.saved_seq, seq)
            if self._doc is doc:
                self.history_button.setEnabled(True)
                self.delete_button.setEnabled(True)
                self.share_button.setEnabled(True)
                if doc.in_flight == 0 and doc.seq == doc.saved_seq:
                    self._set_state("saved")
                    self.refresh_sharing()
            self.saved.emit(entry)
            if self.session is not None:
                self.session.notify_saved(entry)

        def failed(exc: BaseException) -> bool:
            doc.in_flight -= 1
            if not isinstance(exc, MentorVaultError):
                return False
            doc.error = describe(exc)
            if self._doc is doc:
                self._set_state("failed", self.tr("Not saved: %1").replace("%1", doc.error))
            return True

        session.call(work, done, failed)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is None or self._doc is None:
            return
        try:
            left = self.isAncestorOf(old) and (new is None or not self.isAncestorOf(new))
        except RuntimeError:
            return
        if left and self.is_dirty:
            self.save_now()

    def _body_tab_changed(self, index: int) -> None:
        if index == 1:
            self.preview.set_markdown(self.body_edit.toPlainText())
        self.body_stack.setCurrentIndex(index)

    def toggle_preview(self) -> None:
        self.body_tabs.setCurrentIndex(1 - self.body_tabs.currentIndex())

    # ------------------------------------------------------------ prompts in the editor

    def _suggest_prompt(self, field_name: str) -> None:
        doc = self._doc
        if doc is None:
            return
        form = self.form(doc.kind)
        widget = form.widgets[field_name]
        try:
            if doc.kind == "session-note":
                prompt = resources.random_prompt(SESSION_DECK, self._rng, self._seen_prompts)
                self._seen_prompts.add(prompt.id)
                assert isinstance(widget, LongTextField)
                widget.append_paragraph(f"**{prompt.text}**\n")
            else:
                decks = resources.load_decks()
                deck = self._rng.choice(decks)
                prompt = resources.random_prompt(deck.id, self._rng, self._seen_prompts)
                self._seen_prompts.add(prompt.id)
                widget.set_value(prompt.text)
                if "deck" in form.widgets:
                    form.widgets["deck"].set_value(deck.title)
                self._changed()
        except MentorVaultError as exc:
            self.services.dialogs.error(self, self.tr("No prompt"), describe(exc))

    # ------------------------------------------------------------ sharing and agreements

    def _set_sharing(self, state: Any, agreement: dict[str, Any] | None) -> None:
        from mentorvault.ui.consent import share_tooltip, stamp

        text = share_tooltip(state) if state is not None else ""
        if not text and self._doc is not None and self._doc.entry_id is not None:
            text = self.tr("Not shared with anyone.")
        self.sharing_label.setText(text)
        self.sharing_label.setAccessibleDescription(text)
        set_role(self.sharing_label, "inline-error" if state is not None and state.changed else "muted")
        self.sharing_icon.setVisible(bool(text))
        self.sharing_label.setVisible(bool(text))
        words = ""
        if agreement and agreement.get("agreed_by_both"):
            words = self.tr("Agreed by both on %1").replace("%1", stamp(agreement.get("accepted_at")))
        elif agreement and agreement.get("changed_since"):
            words = self.tr("%1 accepted an earlier version on %2").replace(
                "%1", agreement.get("partner", "")).replace("%2", stamp(agreement.get("accepted_at")))
        self.agreement_label.setText(words)
        self.agreement_label.setAccessibleDescription(words)
        self.agreement_label.setVisible(bool(words))

    def refresh_sharing(self) -> None:
        """Read this entry's consents (and, for an agreement, its co-signing) and show them in the header."""
        doc, session = self._doc, self.session
        if doc is None or doc.entry_id is None or session is None:
            self._set_sharing(None, None)
            return
        entry_id, kind = doc.entry_id, doc.kind

        def work(v: Any) -> tuple[Any, Any]:
            from mentorvault.ui.logic.sharing import share_state

            state = share_state(v.consents.list(entry_id=entry_id))
            agreement = v.inbox.agreement_status(entry_id).to_json() if kind == "boundary-agreement" else None
            return state, agreement

        def done(result: tuple[Any, Any]) -> None:
            if self._doc is doc:
                self._set_sharing(*result)

        session.call(work, done, lambda exc: isinstance(exc, MentorVaultError))

    def share(self) -> None:
        doc, session = self._doc, self.session
        if doc is None or session is None:
            return
        self.save_now()
        problem = self._problem()
        if doc.entry_id is None or problem:
            self.services.dialogs.info(self, self.tr("Not saved yet"), problem or self.tr(
                "Save the entry first; only a saved version can be shared."))
            return
        from mentorvault.ui.consent import ShareDialog

        dialog = ShareDialog(session, self.services, doc.entry_id, self._partners, self)
        accepted = self.services.dialogs.run(dialog)
        dialog.deleteLater()
        if accepted and self.session is session and doc.entry_id is not None:
            self.refresh_sharing()
            self.sharingChanged.emit(doc.entry_id)

    # ------------------------------------------------------------ history and delete

    def show_history(self) -> None:
        doc, session = self._doc, self.session
        if doc is None or doc.entry_id is None or session is None:
            return
        self.save_now()
        from mentorvault.ui.history import HistoryDialog

        dialog = HistoryDialog(session, doc.entry_id, self)
        self.services.dialogs.run(dialog)
        restored = dialog.restored
        dialog.deleteLater()
        if restored is not None and self._doc is doc and self.session is session:
            self.load(restored)
            self.saved.emit(restored)
            session.notify_saved(restored)

    def delete_entry(self) -> None:
        doc, session = self._doc, self.session
        if doc is None or doc.entry_id is None or session is None:
            return
        if not self.services.dialogs.confirm(
                self, self.tr("Delete this entry?"),
                self.tr("The entry and all its earlier versions will be removed from the vault. "
                        "Backups made before now still hold it."),
                self.tr("Delete entry")):
            return
        if self.session is not session or self._doc is not doc:
            return
        entry_id = doc.entry_id
        self.timer.stop()

        def done(_: object) -> None:
            if self._doc is doc:
                self.clear()
            self.deleted.emit(entry_id)
            session.notify_deleted(entry_id)

        session.call(lambda v: v.entries.delete(entry_id), done)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(560, 600)

