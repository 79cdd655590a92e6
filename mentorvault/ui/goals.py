"""Goals: each goal's small steps as a checklist with a progress bar, and the wins on a timeline."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentorvault.domain.models import Entry
from mentorvault.ui import theme
from mentorvault.ui.logic.goals import (
    GoalBoard,
    GoalSummary,
    Win,
    read_goals,
    save_steps,
    set_step_status,
    wins,
)
from mentorvault.ui.session import Session
from mentorvault.ui.steps import StepRow
from mentorvault.ui.widgets import a11y, styled_label
from mentorvault.ui.wording import friendly_date

Index = QModelIndex | QPersistentModelIndex


class WinsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Win] = []
        self.session: Session | None = None

    def set_rows(self, rows: list[Win]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        w = self.rows[index.row()]
        hidden = self.session is not None and self.session.hides(w.protected)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            when = friendly_date(w.date) or self.tr("Done")
            if hidden:
                return self.tr("%1 · a step of a protected goal").replace("%1", when)
            return f"{when} · {w.step}\n{w.goal_title}"
        if role == Qt.ItemDataRole.DecorationRole:
            return theme.icon("check")
        return None


class GoalCard(QFrame):
    stepStatusChosen = Signal(str, int, str)  # goal id, step index, open / done / dropped
    openRequested = Signal(str)

    def __init__(self, goal: GoalSummary, hidden: bool, today: Callable[[], _dt.date] = _dt.date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goal = goal
        self.setProperty("role", "card")
        col = QVBoxLayout(self)
        col.setContentsMargins(14, 12, 14, 12)
        col.setSpacing(6)
        top = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(theme.icon("shield" if hidden else "goal").pixmap(22, 22))
        top.addWidget(icon)
        title = styled_label(self.tr("Protected goal") if hidden else goal.title, "subheading")
        top.addWidget(title, 1)
        self.open_button = QPushButton(self.tr("Open"))
        a11y(self.open_button, self.tr("Open the goal %1").replace("%1", "" if hidden else goal.title))
        self.open_button.clicked.connect(lambda: self.openRequested.emit(goal.id))
        top.addWidget(self.open_button)
        col.addLayout(top)
        if goal.target_date:
            col.addWidget(styled_label(self.tr("Aiming for %1").replace("%1", friendly_date(goal.target_date)),
                                       "muted"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setValue(goal.progress)
        self.bar.setFormat(self.tr("%p% done"))
        a11y(self.bar, self.tr("Progress"))
        col.addWidget(self.bar)
        self.boxes: list[QCheckBox] = []  # the tick boxes of the steps not dropped
        self.steps: list[StepRow] = []  # every step, the same control as in the editor
        if hidden:
            col.addWidget(styled_label(self.tr("Its steps are hidden until you enter your passphrase."), "muted"))
            return
        if not goal.steps:
            col.addWidget(styled_label(self.tr("No small steps yet. Open the goal to add a few."), "muted"))
        for step in goal.steps:
            row = StepRow(False, today)
            row.set_value({"title": step.title, "status": step.status, "completed": step.completed})
            row.statusChosen.connect(lambda status, i=step.index: self.stepStatusChosen.emit(goal.id, i, status))
            col.addWidget(row)
            self.steps.append(row)
            if step.status != "dropped":
                self.boxes.append(row.box)


class GoalsView(QWidget):
    openEntry = Signal(str)
    newGoal = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.goals: list[GoalSummary] = []
        self._entries: dict[str, Entry] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        head = QHBoxLayout()
        head.addWidget(styled_label(self.tr("Goals"), "heading", wrap=False))
        head.addStretch(1)
        self.new_button = QPushButton(theme.icon("new-entry"), self.tr("New goal"))
        a11y(self.new_button, self.tr("New goal"))
        self.new_button.clicked.connect(self.newGoal)
        head.addWidget(self.new_button)
        outer.addLayout(head)
        self.status = styled_label(self.tr("Tick a step when you finish it."), "muted")
        outer.addWidget(self.status)
        body = QHBoxLayout()
        body.setSpacing(16)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.cards_holder = QWidget()
        self.cards = QVBoxLayout(self.cards_holder)
        self.cards.setContentsMargins(0, 0, 8, 0)
        self.cards.setSpacing(12)
        self.cards.addStretch(1)
        self.scroll_area.setWidget(self.cards_holder)
        a11y(self.scroll_area, self.tr("Goals and their steps"))
        body.addWidget(self.scroll_area, 3)
        side = QVBoxLayout()
        side.addWidget(styled_label(self.tr("Wins"), "subheading"))
        side.addWidget(styled_label(self.tr("Every small step you finished, newest first."), "muted"))
        self.wins_model = WinsModel(self)
        self.wins_view = QListView()
        self.wins_view.setModel(self.wins_model)
        self.wins_view.setSpacing(3)
        self.wins_view.setWordWrap(True)
        a11y(self.wins_view, self.tr("Wins"), self.tr("Finished steps of your goals, newest first"))
        side.addWidget(self.wins_view, 1)
        self.summary = styled_label("", "ok")
        side.addWidget(self.summary)
        body.addLayout(side, 2)
        outer.addLayout(body, 1)
        self.card_widgets: list[GoalCard] = []
        self._status_set = False

    def set_session(self, session: Session | None) -> None:
        self.session = session
        self.wins_model.session = session
        self.goals = []
        self._entries = {}
        self._render()
        if session is not None:
            session.protectionChanged.connect(lambda _: self._render())

    def refresh(self) -> None:
        session = self.session
        if session is None:
            return

        def done(board: GoalBoard) -> None:
            self._show_board(board)

        session.call(read_goals, done)

    def _show_board(self, board: GoalBoard) -> None:
        self._entries = dict(board.entries)
        self.goals = board.goals
        self._render()

    def _render(self) -> None:
        for card in self.card_widgets:
            card.setParent(None)
            card.deleteLater()
        self.card_widgets = []
        session = self.session
        for g in self.goals:
            card = GoalCard(g, session is not None and session.hides(g.protected),
                            session.today if session is not None else _dt.date.today)
            card.stepStatusChosen.connect(self._set_status)
            card.openRequested.connect(self.openEntry)
            self.cards.insertWidget(self.cards.count() - 1, card)
            self.card_widgets.append(card)
        if not self.goals:
            self.status.setText(self.tr("No goals yet. A goal with a few small steps is a good start: "
                                        "press New goal."))
        elif not self._status_set:
            self.status.setText(self.tr("Tick a step when you finish it."))
        all_wins = wins(self.goals)
        self.wins_model.set_rows(all_wins)
        if all_wins:
            self.summary.setText(self.tr("%n steps done so far.", "", len(all_wins))
                                 if len(all_wins) != 1 else self.tr("One step done so far."))
        else:
            self.summary.setText("")

    def _set_status(self, goal_id: str, index: int, status: str) -> None:
        session = self.session
        entry = self._entries.get(goal_id)
        if session is None or entry is None:
            return
        fields = set_step_status(entry.fields, index, status, session.today())
        words = {"done": self.tr("Done. That's a win."), "dropped": self.tr("Step dropped.")}

        def saved(updated: Entry) -> None:
            self._status_set = True
            self.status.setText(words.get(status, self.tr("Step reopened.")))
            self._show_board(GoalBoard(self._entries, self.goals).with_entry(updated))
            session.notify_saved(updated)

        session.call(lambda v: save_steps(v, goal_id, fields), saved)

    def entry_saved(self, entry: Entry) -> None:
        if entry.kind == "goal" and self.isVisible() and self._entries.get(entry.id) is not entry:
            self.refresh()
