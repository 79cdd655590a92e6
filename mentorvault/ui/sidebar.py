"""The sidebar: All entries, Goals, Reflect, Inbox, each kind, each partner and each tag, with counts."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from mentorvault.domain.kinds import KINDS
from mentorvault.ui import labels, theme
from mentorvault.ui.logic.sidebar import SidebarData
from mentorvault.ui.wording import number_text

TargetRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Target:
    view: str  # entries / goals / reflect / insights / inbox / add-partner
    kind: str | None = None
    tag: str | None = None
    partner_id: str | None = None

    @property
    def key(self) -> tuple[str, str | None, str | None, str | None]:
        return self.view, self.kind, self.tag, self.partner_id


ALL = Target("entries")
# The one Goals item: the board of goals (the goal kind has no list item of its own, issue 17).
GOALS = Target("goals", kind="goal")


def _same_place(a: Target, b: Target) -> bool:
    return a.key == b.key or a.view == b.view == "goals"


class Sidebar(QTreeView):
    targetChosen = Signal(object)  # Target

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree_model = QStandardItemModel(0, 2, self)
        self.setModel(self.tree_model)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(8)
        self.setItemsExpandable(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(True)
        self.setMinimumWidth(200)
        self.setObjectName("sidebar")
        self.setAccessibleName(self.tr("Sidebar"))
        self.setAccessibleDescription(self.tr("Choose which entries to show: all, a kind, a partner or a tag"))
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.selectionModel().currentChanged.connect(self._current_changed)
        self.clicked.connect(self._activated)
        self.activated.connect(self._activated)
        self._current: Target = ALL
        self._suppress = False
        self.set_data(None)

    # ------------------------------------------------------------ building

    def _section(self, title: str) -> QStandardItem:
        item = QStandardItem(title)
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(font.pointSizeF() * 0.92)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setData(title, Qt.ItemDataRole.AccessibleTextRole)
        count = QStandardItem("")
        count.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.tree_model.appendRow([item, count])
        return item

    def _add(self, parent: QStandardItem, text: str, icon: str, target: Target, count: int | None = None) -> None:
        item = QStandardItem(theme.icon(icon), text)
        item.setData(target, TargetRole)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        item.setData(text if count is None else f"{text}, {count}", Qt.ItemDataRole.AccessibleTextRole)
        number = QStandardItem("" if count is None else number_text(count))
        number.setData(target, TargetRole)
        number.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        number.setForeground(self.palette().placeholderText())
        parent.appendRow([item, number])

    def set_data(self, data: SidebarData | None) -> None:
        self._suppress = True
        try:
            self.tree_model.removeRows(0, self.tree_model.rowCount())
            if data is None:
                return
            lib = self._section(self.tr("Library"))
            self._add(lib, self.tr("All entries"), "all-entries", ALL, data.total)
            self._add(lib, self.tr("Goals"), "goal", GOALS, data.kind_counts.get("goal", 0))
            self._add(lib, self.tr("Reflect"), "prompt", Target("reflect"))
            self._add(lib, self.tr("Insights"), "insights", Target("insights"))
            self._add(lib, self.tr("Inbox"), "inbox", Target("inbox"))
            kinds = self._section(self.tr("Kinds"))
            for name in KINDS:
                if name == GOALS.kind:
                    continue  # Goals (above) is the board of every goal
                self._add(kinds, labels.kind_plural(name), name, Target("entries", kind=name),
                          data.kind_counts.get(name, 0))
            people = self._section(self.tr("Partners"))
            for p in data.partners:
                self._add(people, p.name, "partner", Target("entries", partner_id=p.id))
            self._add(people, self.tr("Add a partner…"), "new-entry", Target("add-partner"))
            if data.tags:
                tags = self._section(self.tr("Tags"))
                for tag, count in data.tags:
                    self._add(tags, f"#{tag}", "tag", Target("entries", tag=tag), count)
            self.expandAll()
            self._reselect()
        finally:
            self._suppress = False

    def _reselect(self) -> None:
        index = self.index_of(self._current)
        if index is None:
            index = self.index_of(ALL)
            self._current = ALL
        if index is not None:
            self.setCurrentIndex(index)

    def index_of(self, target: Target) -> QModelIndex | None:
        model = self.tree_model
        for r in range(model.rowCount()):
            section = model.item(r, 0)
            for c in range(section.rowCount()):
                t = section.child(c, 0).data(TargetRole)
                if t is not None and _same_place(t, target):
                    return section.child(c, 0).index()
        return None

    def targets(self) -> list[Target]:
        out = []
        model = self.tree_model
        for r in range(model.rowCount()):
            section = model.item(r, 0)
            for c in range(section.rowCount()):
                out.append(section.child(c, 0).data(TargetRole))
        return out

    # ------------------------------------------------------------ choosing

    @property
    def current(self) -> Target:
        return self._current

    def choose(self, target: Target) -> None:
        """Select ``target`` and announce it (also when it is already selected)."""
        index = self.index_of(target)
        self._current = target
        self._suppress = True
        try:
            if index is not None:
                self.setCurrentIndex(index)
        finally:
            self._suppress = False
        self.targetChosen.emit(target)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._suppress or not current.isValid():
            return
        target = current.siblingAtColumn(0).data(TargetRole)
        if target is None or target.view == "add-partner":
            return  # an action, not a place: it runs on click or Enter, not while arrowing past it
        self._current = target
        self.targetChosen.emit(target)

    def _activated(self, index: QModelIndex) -> None:
        target = index.siblingAtColumn(0).data(TargetRole) if index.isValid() else None
        if target is not None and target.view == "add-partner":
            self.targetChosen.emit(target)

    def restore_selection(self) -> None:
        """After 'Add a partner…' was chosen, put the highlight back where it was."""
        self._suppress = True
        try:
            self._reselect()
        finally:
            self._suppress = False
