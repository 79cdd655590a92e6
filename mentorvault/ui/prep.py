""""Before we meet": a partner's latest shared agenda, struggles, feedback and goals beside my own agenda."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from mentorvault.domain.entry import goal_progress
from mentorvault.ui import theme
from mentorvault.ui.logic.exchange import MeetingPrep
from mentorvault.ui.readonly import SafeBrowser, markdown_of
from mentorvault.ui.widgets import a11y, plain_buttons, styled_label
from mentorvault.ui.wording import Context, friendly_date, stamp

PrepNotes = Context("PrepNotes")  # the Markdown of "Before we meet", built outside the dialog


def theirs_markdown(widget: QWidget, prep: MeetingPrep) -> str:
    """Their side as Markdown (the words in the PrepDialog context, whoever shows it)."""
    parts: list[str] = []
    agenda = prep.their_agenda
    parts.append("## " + PrepNotes.tr("Their agenda"))
    if agenda:
        a = agenda[0]
        parts.append(markdown_of(a.kind, a.title, a.body, a.fields, a.tags).replace("# ", "### ", 1))
    else:
        parts.append(PrepNotes.tr("They have not shared an agenda yet."))
    nothing = PrepNotes.tr("Nothing shared.")
    for items, title, empty in (
            (prep.session_notes, PrepNotes.tr("Their session notes"), nothing),
            (prep.struggles, PrepNotes.tr("What they are struggling with"), nothing),
            (prep.feedback, PrepNotes.tr("Their feedback reflections"), nothing)):
        parts.append("## " + title)
        if not items:
            parts.append(empty)
        for e in items:
            parts.append(markdown_of(e.kind, e.title, e.body, e.fields, e.tags).replace("# ", "### ", 1))
    parts.append("## " + PrepNotes.tr("Their goals"))
    goals = prep.goals
    if not goals:
        parts.append(PrepNotes.tr("No goals shared."))
    for g in goals:
        pct = goal_progress(g.fields)
        parts.append(f"- **{g.title}**: " + PrepNotes.tr("%1% done").replace("%1", str(pct)))
    return "\n\n".join(parts)


class PrepDialog(QDialog):
    """Their side and mine, side by side; "Start my agenda" when I have none yet."""

    startAgenda = Signal()
    packRequested = Signal()  # the session pack as a PDF, for this partner

    def __init__(self, prep: MeetingPrep, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prep = prep
        self.start_requested = False
        partner = prep.partner
        self.setWindowTitle(self.tr("Before we meet: %1").replace("%1", partner))
        self.setMinimumSize(900, 600)
        col = QVBoxLayout(self)
        due = prep.next_meeting
        intro = (self.tr("Your next meeting with %1 is due %2.").replace("%1", partner).replace(
            "%2", friendly_date(due)) if due else self.tr("No meeting with %1 is planned yet.").replace("%1", partner))
        col.addWidget(styled_label(intro + " " + self.tr(
            "On the left, what %1 chose to share with you; on the right, your own agenda.").replace(
            "%1", partner), "muted"))
        row = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(styled_label(self.tr("From %1").replace("%1", partner), "subheading"))
        self.theirs = SafeBrowser()
        a11y(self.theirs, self.tr("What %1 shared").replace("%1", partner))
        self.theirs.set_markdown(theirs_markdown(self, prep))
        left.addWidget(self.theirs, 1)
        right = QVBoxLayout()
        right.addWidget(styled_label(self.tr("My agenda"), "subheading"))
        self.mine = SafeBrowser()
        a11y(self.mine, self.tr("My agenda"))
        mine = prep.my_agenda
        self.start_button = QPushButton(theme.icon("agenda"), self.tr("Start my agenda"))
        a11y(self.start_button, self.tr("Start my agenda"), self.tr("Write your agenda for the next meeting"))
        self.start_button.clicked.connect(self._start)
        if mine is not None:
            self.mine.set_markdown(markdown_of(mine.kind, mine.title, mine.body, mine.fields, mine.tags)
                                   .replace("# ", "### ", 1) + "\n\n" + self.tr("*Last changed %1.*").replace("%1", stamp(mine.updated_at)))
            self.start_button.hide()
        else:
            self.mine.set_markdown(self.tr("You have no agenda for %1 yet.").replace("%1", partner))
        right.addWidget(self.mine, 1)
        right.addWidget(self.start_button)
        row.addLayout(left, 1)
        row.addLayout(right, 1)
        col.addLayout(row, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        a11y(buttons.button(QDialogButtonBox.StandardButton.Close), self.tr("Close"))
        self.pack_button = QPushButton(theme.icon("agenda"), self.tr("Session pack (PDF)…"))
        a11y(self.pack_button, self.tr("Session pack"),
             self.tr("Both agendas, open goals and steps, and what they shared, as a PDF to take to the meeting"))
        self.pack_button.clicked.connect(self.packRequested.emit)
        buttons.addButton(self.pack_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        plain_buttons(buttons)
        col.addWidget(buttons)

    def _start(self) -> None:
        self.start_requested = True
        self.accept()


__all__ = ["PrepDialog", "theirs_markdown"]
