"""Reflect: pick a deck, get a prompt, answer it; the answer is saved as a reflection entry."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mentorvault import resources
from mentorvault.domain.models import Entry, Partner
from mentorvault.errors import MentorVaultError
from mentorvault.ui import language, theme
from mentorvault.ui.errors import describe
from mentorvault.ui.fieldwidgets import GrowingTextEdit
from mentorvault.ui.logic.entries import add_reflection
from mentorvault.ui.session import Session
from mentorvault.ui.widgets import a11y, primary_button, styled_label


class ReflectView(QWidget):
    saved = Signal(object)  # Entry

    def __init__(self, rng: random.Random | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.rng = rng or random.Random()
        self.prompt: resources.Prompt | None = None
        self._seen: set[str] = set()
        try:
            self.decks = resources.load_decks(language.current())
            self.load_error = ""
        except MentorVaultError as exc:
            self.decks = []
            self.load_error = describe(exc)

        outer = QHBoxLayout(self)
        outer.addStretch(1)
        col = QVBoxLayout()
        col.setSpacing(10)
        col.setContentsMargins(16, 16, 16, 16)
        col.addWidget(styled_label(self.tr("Reflect"), "heading"))
        col.addWidget(styled_label(self.tr(
            "Pick a deck and answer the question in your own words. There is no right answer; "
            "a few honest sentences are plenty."), "muted"))
        row = QHBoxLayout()
        deck_label = QLabel(self.tr("&Deck:"))
        self.deck_combo = QComboBox()
        for d in self.decks:
            self.deck_combo.addItem(d.title, d.id)
        a11y(self.deck_combo, self.tr("Prompt deck"))
        deck_label.setBuddy(self.deck_combo)
        row.addWidget(deck_label)
        row.addWidget(self.deck_combo, 1)
        col.addLayout(row)
        self.deck_description = styled_label("", "muted")
        col.addWidget(self.deck_description)

        card = QFrame()
        card.setProperty("role", "card")
        card_col = QVBoxLayout(card)
        card_col.setContentsMargins(18, 16, 18, 16)
        top = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(theme.icon("prompt").pixmap(26, 26))
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self.prompt_label = QLabel()
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.prompt_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.prompt_label.setFont(font)
        self.prompt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.prompt_label, 1)
        card_col.addLayout(top)
        self.another = QPushButton(self.tr("&Another prompt"))
        a11y(self.another, self.tr("Another prompt"), self.tr("Show a different question from this deck"))
        self.another.clicked.connect(self.next_prompt)
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(self.another)
        card_col.addLayout(line)
        col.addWidget(card)

        self.answer = GrowingTextEdit(6)
        self.answer.setPlaceholderText(self.tr("Your answer…"))
        a11y(self.answer, self.tr("Your answer"))
        col.addWidget(self.answer)
        partner_row = QHBoxLayout()
        partner_label = QLabel(self.tr("&About:"))
        self.partner_combo = QComboBox()
        a11y(self.partner_combo, self.tr("Partner"), self.tr("The mentoring relationship this reflection is about"))
        partner_label.setBuddy(self.partner_combo)
        partner_row.addWidget(partner_label)
        partner_row.addWidget(self.partner_combo)
        partner_row.addStretch(1)
        self.save_button = primary_button(self.tr("&Save reflection"),
                                          description=self.tr("Save the answer as a reflection entry (Ctrl+Return)"))
        self.save_button.clicked.connect(self.save)
        partner_row.addWidget(self.save_button)
        col.addLayout(partner_row)
        self.status = styled_label(self.load_error, "muted")
        col.addWidget(self.status)
        col.addStretch(1)
        holder = QWidget()
        holder.setLayout(col)
        holder.setMaximumWidth(760)
        outer.addWidget(holder, 6)
        outer.addStretch(1)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        self.deck_combo.currentIndexChanged.connect(lambda _: self.next_prompt())
        self.set_partners([])
        if self.decks:
            self.next_prompt()

    def set_session(self, session: Session | None) -> None:
        self.session = session
        self.answer.clear()
        self.set_partners([])
        self.status.setText(self.load_error)

    def set_partners(self, partners: list[Partner]) -> None:
        current = self.partner_combo.currentData()
        self.partner_combo.clear()
        self.partner_combo.addItem(self.tr("Nobody in particular"), None)
        for p in partners:
            self.partner_combo.addItem(theme.icon("partner"), p.name, p.id)
        self.partner_combo.setCurrentIndex(max(0, self.partner_combo.findData(current)))

    def choose_deck(self, deck_id: str) -> None:
        i = self.deck_combo.findData(deck_id)
        if i >= 0:
            self.deck_combo.setCurrentIndex(i)

    def next_prompt(self) -> None:
        deck_id = self.deck_combo.currentData()
        if not deck_id:
            return
        deck = resources.deck(deck_id, language.current())
        self.deck_description.setText(deck.description)
        self.prompt = resources.random_prompt(deck_id, self.rng, self._seen, language.current())
        self._seen.add(self.prompt.id)
        self.prompt_label.setText(self.prompt.text)
        self.prompt_label.setAccessibleName(self.prompt.text)

    def save(self) -> None:
        session, prompt = self.session, self.prompt
        if session is None or prompt is None:
            return
        answer = self.answer.toPlainText()
        if not answer.strip():
            self.status.setText(self.tr("Write a few words first; an empty answer is not saved."))
            self.answer.setFocus()
            return
        deck = resources.deck(prompt.deck_id, language.current())
        partner = self.partner_combo.currentData()
        title = prompt.text if len(prompt.text) <= 120 else prompt.text[:119].rstrip() + "…"
        self.save_button.setEnabled(False)

        def done(entry: Entry) -> None:
            self.save_button.setEnabled(True)
            self.answer.clear()
            self.status.setText(self.tr("Saved with your reflections. Here is another question, if you like."))
            self.next_prompt()
            self.saved.emit(entry)
            session.notify_saved(entry)

        def failed(exc: BaseException) -> bool:
            self.save_button.setEnabled(True)
            return False

        session.call(lambda v: add_reflection(v, title, prompt.text, deck.title, answer, partner), done, failed)

    def focus_first(self) -> None:
        self.answer.setFocus()
