"""The editor's structured fields: one form per kind, generated from the kind's spec.

``KindForm`` lays out one kind's field widgets; ``EntryForms`` keeps the forms built so far
(only the current kind's is shown) and fills a field with a suggested reflection prompt.
"""

from __future__ import annotations

import random
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorvault import resources
from mentorvault.domain.entry import goal_progress
from mentorvault.domain.kinds import kind_spec
from mentorvault.errors import MentorVaultError
from mentorvault.ui import labels, language, theme
from mentorvault.ui.errors import describe
from mentorvault.ui.fieldwidgets import FieldWidget, LongTextField, make_field_widget
from mentorvault.ui.logic.fields import clean_fields, hidden_fields
from mentorvault.ui.services import Services
from mentorvault.ui.widgets import a11y, styled_label

# Decks offered from inside an editor: after a session, and for a reflection's prompt.
SESSION_DECK = "after-session"

PLACEHOLDERS = {
    ("session-note", "what_i_heard"): QT_TRANSLATE_NOOP("KindForm", "It sounds like… Is that right?"),
    ("feedback", "what_i_heard"): QT_TRANSLATE_NOOP("KindForm", "What I heard is…"),
}


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
                w.edit.setPlaceholderText(self.tr(str(placeholder)))
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


class EntryForms(QWidget):
    """The forms built so far, one per kind; only the current kind's is shown.

    Hidden forms take no space (unlike a QStackedWidget).  ``changed`` is any field of any
    form changing, including a prompt filled in from a deck.
    """

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._forms: dict[str, KindForm] = {}
        self._seen_prompts: set[str] = set()
        self._rng = random.Random()
        self.forms_box = QVBoxLayout(self)
        self.forms_box.setContentsMargins(0, 0, 0, 0)

    def form(self, kind: str) -> KindForm:
        """The form of ``kind``, built (hidden) the first time it is asked for."""
        form = self._forms.get(kind)
        if form is None:
            form = KindForm(kind, self.services)
            form.changed.connect(self.changed)
            form.promptRequested.connect(lambda name, k=kind: self.suggest_prompt(k, name))
            self._forms[kind] = form
            form.hide()
            self.forms_box.addWidget(form)
        return form

    def show_form(self, kind: str) -> KindForm:
        current = self.form(kind)
        for name, form in self._forms.items():
            form.setVisible(name == kind)
        return current

    def clear(self) -> None:
        """Drop every form, and with them every widget that held an entry's fields."""
        for form in self._forms.values():
            self.forms_box.removeWidget(form)
            form.setParent(None)
            form.deleteLater()
        self._forms.clear()

    def suggest_prompt(self, kind: str, field_name: str) -> None:
        form = self.form(kind)
        widget = form.widgets[field_name]
        try:
            if kind == "session-note":
                prompt = resources.random_prompt(SESSION_DECK, self._rng, self._seen_prompts, language.current())
                self._seen_prompts.add(prompt.id)
                assert isinstance(widget, LongTextField)
                widget.append_paragraph(prompt.text + "\n")  # a plain-text field: no Markdown marks
            else:
                decks = resources.load_decks(language.current())
                deck = self._rng.choice(decks)
                prompt = resources.random_prompt(deck.id, self._rng, self._seen_prompts, language.current())
                self._seen_prompts.add(prompt.id)
                widget.set_value(prompt.text)
                if "deck" in form.widgets:
                    form.widgets["deck"].set_value(deck.title)
                self.changed.emit()
        except MentorVaultError as exc:
            self.services.dialogs.error(self, self.tr("No prompt"), describe(exc))
