"""The first thing a new user sees: create a vault, open one, or try the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mentorvault.ui import theme
from mentorvault.ui.widgets import a11y, primary_button, styled_label


class WelcomeView(QWidget):
    createRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()
    recentChosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        column = QVBoxLayout()
        column.setSpacing(14)
        logo = QLabel()
        logo.setPixmap(theme.icon("mentorvault").pixmap(72, 72))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        a11y(logo, self.tr("MentorVault logo"))
        column.addWidget(logo)
        heading = styled_label(self.tr("Welcome to MentorVault"), "heading")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(heading)
        intro = styled_label(self.tr(
            "A private place for what happens in your mentoring: session notes, feedback, goals and "
            "reflections. Everything stays encrypted on this computer; nothing is shared unless you choose to."),
            "muted")
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(intro)
        column.addSpacing(10)

        self.create_button = primary_button(self.tr("&Create a new vault"),
                                            description=self.tr("Choose a passphrase and start writing"))
        self.create_button.setMinimumHeight(38)
        self.create_button.clicked.connect(self.createRequested)
        column.addWidget(self.create_button)
        self.open_button = QPushButton(theme.icon("all-entries"), self.tr("&Open a vault folder…"))
        self.open_button.setMinimumHeight(34)
        a11y(self.open_button, self.tr("Open a vault folder"),
             self.tr("Pick the folder of a vault you already have"))
        self.open_button.clicked.connect(self.openRequested)
        column.addWidget(self.open_button)
        self.demo_button = QPushButton(theme.icon("prompt"), self.tr("&Try the demo vault"))
        self.demo_button.setMinimumHeight(34)
        a11y(self.demo_button, self.tr("Try the demo vault"),
             self.tr("Open a vault of made-up sample entries; it is deleted when you quit"))
        self.demo_button.clicked.connect(self.demoRequested)
        column.addWidget(self.demo_button)
        demo_note = styled_label(self.tr("The demo holds made-up entries of every kind and is deleted when you quit."),
                                 "muted")
        demo_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(demo_note)

        self.recent_box = QVBoxLayout()
        self.recent_box.setSpacing(4)
        self.recent_heading = styled_label(self.tr("Recent vaults"), "subheading")
        self.recent_box.addWidget(self.recent_heading)
        column.addSpacing(8)
        column.addLayout(self.recent_box)

        row = QHBoxLayout()
        row.addStretch(1)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(460)
        holder.setMinimumWidth(380)
        row.addWidget(holder, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(3)
        self._recent_buttons: list[QPushButton] = []
        self.set_recent([])
        self.setTabOrder(self.create_button, self.open_button)
        self.setTabOrder(self.open_button, self.demo_button)

    def set_recent(self, folders: list[Path]) -> None:
        for b in self._recent_buttons:
            b.deleteLater()
        self._recent_buttons = []
        for folder in folders:
            button = QPushButton(theme.icon("lock"), str(folder))
            button.setFlat(True)
            button.setStyleSheet("text-align: left; padding: 4px 8px;")
            a11y(button, self.tr("Unlock the vault in %1").replace("%1", str(folder)))
            button.clicked.connect(lambda _=False, f=folder: self.recentChosen.emit(f))
            self.recent_box.addWidget(button)
            self._recent_buttons.append(button)
        self.recent_heading.setVisible(bool(folders))

    def focus_first(self) -> None:
        self.create_button.setFocus()
