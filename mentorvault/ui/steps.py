"""A goal's small step, one control wherever it is shown: the editor and the Goals board.

A row reads: a tick box (done or not), the step's title taking the room left, the day it was
done in a column of its own (kept the same width whether empty or not, so ticking a step
never moves or clips its title), and a "⋯" menu to drop a step or bring it back (and, in
the editor, to remove it).  In the editor the title can be typed; on the board it wraps.
"""

from __future__ import annotations

import datetime as _dt
import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QMenu, QToolButton, QWidget

from mentorvault.ui.logic.goals import step_with_status
from mentorvault.ui.widgets import a11y, set_role
from mentorvault.ui.wording import friendly_date


def date_column_width(widget: QWidget) -> int:
    """Room for the widest day a step can show ("30 Sep 2026" in this locale and font)."""
    fm = widget.fontMetrics()
    return max(fm.horizontalAdvance(friendly_date(f"2026-{m:02d}-28")) for m in range(1, 13)) + 8


class StepRow(QFrame):
    """One step: tick box, title, the day it was done, and its menu."""

    changed = Signal()  # title, status or day changed (by the user)
    statusChosen = Signal(str)  # open / done / dropped, chosen by the user
    removeRequested = Signal(object)

    def __init__(self, editable: bool, today: Callable[[], _dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editable = editable
        self._today = today
        self._status = "open"
        self._completed: str | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.box = QCheckBox()
        self.box.toggled.connect(self._ticked)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop if not editable else Qt.AlignmentFlag.AlignVCenter)
        self.title_edit: QLineEdit | None = None
        self.title_label: QLabel | None = None
        if editable:
            self.title_edit = QLineEdit()
            self.title_edit.setPlaceholderText(self.tr("A small step"))
            a11y(self.title_edit, self.tr("Step"), self.tr("A small action towards the goal"))
            self.title_edit.textChanged.connect(self._title_changed)
            # Once typed, a long step shows its start again (as when it is opened), not its end.
            self.title_edit.editingFinished.connect(self._show_start)
            row.addWidget(self.title_edit, 1)
        else:
            self.title_label = QLabel()
            self.title_label.setWordWrap(True)
            self.title_label.setTextFormat(Qt.TextFormat.PlainText)
            self.title_label.setBuddy(self.box)
            row.addWidget(self.title_label, 1)
        self.when = QLabel()
        set_role(self.when, "muted")
        self.when.setFixedWidth(date_column_width(self.when))
        self.when.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.when)
        self.more = QToolButton()
        self.more.setText("⋯")
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more.setAutoRaise(True)
        self.more.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")  # "⋯" says it all
        a11y(self.more, self.tr("More for this step"), self.tr("Drop the step, bring it back, or remove it"))
        self.menu = QMenu(self.more)
        self.drop_action = self.menu.addAction(self.tr("Drop this step"))
        self.drop_action.triggered.connect(self._drop_or_restore)
        self.remove_action = self.menu.addAction(self.tr("Remove it"))
        self.remove_action.triggered.connect(lambda: self.removeRequested.emit(self))
        self.remove_action.setVisible(editable)
        self.more.setMenu(self.menu)
        row.addWidget(self.more)
        self._show()

    # ------------------------------------------------------------ value

    def title(self) -> str:
        if self.title_edit is not None:
            return self.title_edit.text().strip()
        return str(self.title_label.property("plain") or "") if self.title_label is not None else ""

    def value(self) -> dict[str, Any]:
        out: dict[str, Any] = {"title": self.title(), "status": self._status}
        if self._completed:
            out["completed"] = self._completed
        return out

    def set_value(self, item: dict[str, Any]) -> None:
        title = str(item.get("title") or "")
        if self.title_edit is not None:
            self.title_edit.blockSignals(True)
            self.title_edit.setText(title)
            self.title_edit.setCursorPosition(0)
            self.title_edit.blockSignals(False)
        elif self.title_label is not None:
            self.title_label.setProperty("plain", title)
        status = str(item.get("status") or "open")
        self._status = status if status in ("open", "done", "dropped") else "open"
        completed = item.get("completed")
        self._completed = completed if isinstance(completed, str) and self._status == "done" else None
        self._show()

    @property
    def status(self) -> str:
        return self._status

    @property
    def struck(self) -> bool:
        """Whether the title is shown struck through (a dropped step)."""
        if self.title_edit is not None:
            return self.title_edit.font().strikeOut()
        return self.title_label is not None and self.title_label.text().startswith("<s>")

    # ------------------------------------------------------------ the user

    def _ticked(self, done: bool) -> None:
        if (self._status == "done") == done:
            return
        self._set_status("done" if done else "open")

    def _drop_or_restore(self) -> None:
        self._set_status("open" if self._status == "dropped" else "dropped")

    def _set_status(self, status: str) -> None:
        after = step_with_status(self.value(), status, self._today())
        self._status = after["status"]
        self._completed = after.get("completed")
        self._show()
        self.statusChosen.emit(self._status)
        self.changed.emit()

    def _show_start(self) -> None:
        if self.title_edit is not None:
            self.title_edit.setCursorPosition(0)

    def _title_changed(self) -> None:
        self._show_names()
        self.changed.emit()

    # ------------------------------------------------------------ showing

    def _show(self) -> None:
        dropped = self._status == "dropped"
        self.box.blockSignals(True)
        self.box.setChecked(self._status == "done")
        self.box.blockSignals(False)
        self.box.setEnabled(not dropped)
        if self.title_label is not None:
            # Struck through in the text itself: a style sheet polishing the label would reset its font.
            title = self.title_label.property("plain") or ""
            if dropped:
                self.title_label.setTextFormat(Qt.TextFormat.RichText)
                self.title_label.setText(f"<s>{html.escape(title)}</s>")
            else:
                self.title_label.setTextFormat(Qt.TextFormat.PlainText)
                self.title_label.setText(title)
            set_role(self.title_label, "muted" if dropped else "")
        elif self.title_edit is not None:
            font = QFont(self.title_edit.font())
            font.setStrikeOut(dropped)
            self.title_edit.setFont(font)
        if self._status == "done" and self._completed:
            self.when.setText(friendly_date(self._completed))
            self.when.setToolTip(self.tr("Done on %1").replace("%1", friendly_date(self._completed)))
        elif dropped:
            self.when.setText(self.tr("Dropped"))
            self.when.setToolTip("")
        else:
            self.when.setText("")
            self.when.setToolTip("")
        self.drop_action.setText(self.tr("Bring this step back") if dropped else self.tr("Drop this step"))
        self._show_names()

    def _show_names(self) -> None:
        title = self.title()
        state = {"done": self.tr("done"), "dropped": self.tr("dropped")}.get(self._status, self.tr("not done yet"))
        a11y(self.box, self.tr("Step %1, %2").replace("%1", title).replace("%2", state),
             self.tr("Tick when this step is done"))


__all__ = ["StepRow", "date_column_width"]
