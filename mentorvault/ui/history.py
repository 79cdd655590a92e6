"""Revision history of one entry: the versions, a preview of each, and restore."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mentorvault.domain.entry import EntryContent
from mentorvault.domain.models import Entry
from mentorvault.ui import labels
from mentorvault.ui.logic.history import Version, read_history, read_version, restore_version
from mentorvault.ui.logic.render import entry_markdown
from mentorvault.ui.readonly import SafeBrowser
from mentorvault.ui.session import Session
from mentorvault.ui.widgets import a11y, plain_buttons, styled_label
from mentorvault.ui.wording import date_time_text

Index = QModelIndex | QPersistentModelIndex


class RevisionModel(QAbstractListModel):
    RevRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Version] = []

    def set_rows(self, rows: list[Version]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            when = date_time_text(r.saved_at) if r.saved_at else r.saved_at_text
            first = self.tr("Version %1 · %2").replace("%1", str(r.rev)).replace("%2", when)
            if r.current:
                first += " · " + self.tr("current")
            note = self._note(r)
            return first + (f"\n{note}" if note else "")
        if role == self.RevRole:
            return r.rev
        return None

    def _note(self, r: Version) -> str:
        if r.created:
            return self.tr("Created")
        if r.restored_from is not None:
            return self.tr("Restored version %1").replace("%1", r.restored_from)
        return r.note


class HistoryDialog(QDialog):
    """``restored`` holds the entry after a restore, else None."""

    def __init__(self, session: Session, entry_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.entry_id = entry_id
        self.restored: Entry | None = None
        self.setWindowTitle(self.tr("Earlier versions"))
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(styled_label(self.tr(
            "Every save is kept. Pick a version to see it; restoring it makes a new version, "
            "so nothing is lost."), "muted"))
        split = QSplitter()
        self.model = RevisionModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setSpacing(2)
        a11y(self.list, self.tr("Versions"))
        self.preview = SafeBrowser()
        a11y(self.preview, self.tr("Preview of the chosen version"))
        split.addWidget(self.list)
        split.addWidget(self.preview)
        split.setSizes([260, 560])
        layout.addWidget(split, 1)
        self.status = styled_label("", "muted")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("&Restore this version"))
        a11y(self.restore_button, self.tr("Restore this version"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        a11y(close, self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addLayout(QHBoxLayout())
        plain_buttons(buttons)
        layout.addWidget(buttons)
        self.list.selectionModel().currentChanged.connect(self._chosen)
        self._preview_seq = 0
        session.call(lambda v: read_history(v, entry_id), self._loaded)

    def _loaded(self, rows: list[Version]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.list.setCurrentIndex(self.model.index(0))
        self.list.setFocus()

    def select_revision(self, rev: int) -> None:
        for i, r in enumerate(self.model.rows):
            if r.rev == rev:
                self.list.setCurrentIndex(self.model.index(i))
                return

    @property
    def selected_rev(self) -> int | None:
        index = self.list.currentIndex()
        return index.data(RevisionModel.RevRole) if index.isValid() else None

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        rev = current.data(RevisionModel.RevRole) if current.isValid() else None
        self.restore_button.setEnabled(rev is not None and current.row() != 0)
        if rev is None:
            return
        self._preview_seq += 1
        seq, entry_id = self._preview_seq, self.entry_id

        def done(content: EntryContent) -> None:
            if seq != self._preview_seq:
                return
            self.preview.set_markdown(entry_markdown(
                content.kind, content.title, content.body, content.fields, content.tags,
                label=labels.field_label, choice=labels.choice_for))

        self.session.call(lambda v: read_version(v, entry_id, rev), done)

    def restore(self) -> None:
        rev = self.selected_rev
        if rev is None:
            return
        self.restore_button.setEnabled(False)
        entry_id = self.entry_id

        def done(entry: Entry) -> None:
            self.restored = entry
            self.accept()

        self.session.call(lambda v: restore_version(v, entry_id, rev), done)

    def done(self, result: int) -> None:  # noqa: A003 - Qt name
        self.preview.clear()
        super().done(result)
