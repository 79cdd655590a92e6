"""The workspace's list page: the view's title and count, New, a partner's banner or the
overview, and the entry list."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from mentorvault.domain.kinds import KINDS
from mentorvault.ui import labels, theme
from mentorvault.ui.entrylist import EntryListModel, EntryListView
from mentorvault.ui.partners import OverviewBar, PartnerBanner
from mentorvault.ui.widgets import a11y, styled_label
from mentorvault.ui.wording import number_text


class EntryListPage(QWidget):
    newEntry = Signal(str)  # kind

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._new_kind = "session-note"  # what New (and the empty list's button) writes
        lp = QVBoxLayout(self)
        lp.setContentsMargins(8, 8, 8, 0)
        lp.setSpacing(6)
        head = QHBoxLayout()
        self.view_title = styled_label("", "subheading", wrap=False)
        self.view_count = styled_label("", "muted", wrap=False)
        head.addWidget(self.view_title)
        head.addWidget(self.view_count)
        head.addStretch(1)
        self.new_button = QPushButton(theme.icon("new-entry"), self.tr("New"))
        self.new_menu = QMenu(self.new_button)
        for k in KINDS:
            action = self.new_menu.addAction(theme.icon(k), labels.kind_label(k))
            action.triggered.connect(lambda _=False, kind=k: self.newEntry.emit(kind))
        self.new_button.setMenu(self.new_menu)
        a11y(self.new_button, self.tr("New entry"), self.tr("Write a new entry of any kind"))
        head.addWidget(self.new_button)
        lp.addLayout(head)
        self.banner = PartnerBanner()
        self.banner.hide()
        lp.addWidget(self.banner)
        self.overview = OverviewBar()
        lp.addWidget(self.overview)
        self.list_model = EntryListModel(parent=self)
        self.list_view = EntryListView(self.list_model)
        # An entry added or removed by an edit changes the count at once; a reload shows it when its
        # first page arrives (``show_count`` from the workspace), not while the list is empty for a moment.
        self.list_model.countChanged.connect(self.show_count)
        a11y(self.list_view, self.tr("Entries"), self.tr("Newest first. Choose one to open it in the editor."))
        # An empty list is not a blank box: in its place, what to do first and a button that does it.
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.list_view)
        self.empty_page = QWidget()
        ec = QVBoxLayout(self.empty_page)
        ec.addStretch(1)
        icon = QLabel()
        icon.setPixmap(theme.icon("new-entry").pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        ec.addWidget(icon)
        self.empty_list = styled_label("", "muted")
        self.empty_list.setAlignment(Qt.AlignmentFlag.AlignCenter)
        ec.addWidget(self.empty_list)
        self.empty_new_button = QPushButton(theme.icon("new-entry"), "")
        self.empty_new_button.clicked.connect(lambda: self.newEntry.emit(self._new_kind))
        ec.addWidget(self.empty_new_button, 0, Qt.AlignmentFlag.AlignHCenter)
        ec.addStretch(2)
        self.list_stack.addWidget(self.empty_page)
        self.empty_list.hide()
        lp.addWidget(self.list_stack, 1)

    def set_title(self, title: str, new_kind: str) -> None:
        """The view's title, and New offering ``new_kind`` first."""
        self.view_title.setText(title)
        self.view_title.setAccessibleName(title)
        self._new_kind = new_kind
        self.new_button.setText(self.tr("New %1").replace("%1", labels.kind_in_sentence(new_kind)))
        self.empty_new_button.setText(self.new_button.text())
        a11y(self.empty_new_button, self.new_button.text())

    def show_count(self) -> None:
        total = self.list_model.total
        # A numerus message; the count in the window's locale ("50,000 entries", "50.000 Einträge").
        self.view_count.setText(self.tr("%1 entries", "", total).replace("%1", number_text(total)) if total != 1
                                else self.tr("1 entry"))
        empty = total == 0
        self.empty_list.setVisible(empty)
        self.list_stack.setCurrentWidget(self.empty_page if empty else self.list_view)
        if empty:
            self.empty_list.setText(self.tr("Nothing here yet. Write the first one with the button below, "
                                            "or press Ctrl+N."))
