"""Full-text search as you type, with the CLI's filters (kind, tag, partner, since, until)."""

from __future__ import annotations

import datetime as _dt
import html
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QIcon,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from mentorvault.domain.kinds import KINDS
from mentorvault.domain.models import Partner, SearchHit
from mentorvault.errors import BadSearchQuery, MentorVaultError
from mentorvault.ui import labels, theme
from mentorvault.ui.errors import describe
from mentorvault.ui.logic.search import PAGE, SearchPage, SearchRequest, search_page
from mentorvault.ui.logic.searchquery import tidy_query
from mentorvault.ui.logic.snippets import highlight_html
from mentorvault.ui.session import Session
from mentorvault.ui.widgets import a11y, styled_label
from mentorvault.ui.wording import date_format, friendly_date

Index = QModelIndex | QPersistentModelIndex
NO_DATE = QDate(2000, 1, 1)


class SearchModel(QAbstractListModel):
    HitRole = Qt.ItemDataRole.UserRole + 1
    HtmlRole = Qt.ItemDataRole.UserRole + 2
    HiddenRole = Qt.ItemDataRole.UserRole + 3

    finished = Signal(int)  # hits in the first page
    failed = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.rows: list[SearchHit] = []
        self.request: SearchRequest | None = None
        self._more = False
        self._fetching = False
        self._generation = 0

    def set_session(self, session: Session | None) -> None:
        if self.session is not None:
            try:
                self.session.protectionChanged.disconnect(self._refresh)
            except (RuntimeError, TypeError):
                pass
        self.session = session
        if session is not None:
            session.protectionChanged.connect(self._refresh)
        self.clear()

    def clear(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self.rows = []
        self.request = None
        self._more = self._fetching = False
        self.endResetModel()

    def run(self, request: SearchRequest) -> None:
        session = self.session
        self.clear()
        if session is None or not request.query.strip():
            self.finished.emit(0)
            return
        self.request = request
        self._fetch(0)

    def _fetch(self, offset: int) -> None:
        session, request = self.session, self.request
        if session is None or request is None:
            return
        generation = self._generation
        self._fetching = True

        def done(page: SearchPage) -> None:
            if generation != self._generation:
                return
            hits = page.hits
            self._fetching = False
            self._more = page.more
            if offset == 0:
                self.beginResetModel()
                self.rows = hits
                self.endResetModel()
                self.finished.emit(len(hits))
            elif hits:
                self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(hits) - 1)
                self.rows.extend(hits)
                self.endInsertRows()

        def failed(exc: BaseException) -> bool:
            if generation != self._generation:
                return True
            self._fetching = False
            if isinstance(exc, MentorVaultError):
                self.failed.emit(describe(exc))
                return True
            return False

        session.call(lambda v: search_page(v, request, offset), done, failed)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802
        if self.canFetchMore(parent):
            self._fetch(len(self.rows))

    def _hidden(self, hit: SearchHit) -> bool:
        return self.session is not None and self.session.hides(hit.protected)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self.rows[index.row()]
        hidden = self._hidden(hit)
        title = self.tr("Protected entry") if hidden else hit.title
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            snippet = self.tr("Hidden until you enter your passphrase") if hidden else hit.snippet
            return f"{labels.kind_label(hit.kind)}: {title}. {snippet}"
        if role == Qt.ItemDataRole.DecorationRole:
            return theme.icon("shield" if hidden else hit.kind)
        if role == self.HitRole:
            return hit
        if role == self.HiddenRole:
            return hidden
        if role == self.HtmlRole:
            if hidden:
                return "<i>" + html.escape(self.tr("Hidden until you enter your passphrase")) + "</i>"
            return highlight_html(hit.snippet, hit.highlights, start="<b><u>", end="</u></b>", drop="*_`#")
        return None

    def _refresh(self, _: bool) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0), self.index(len(self.rows) - 1))


class HitDelegate(QStyledItemDelegate):
    """Title and date, then kind and partner, then two lines of snippet with the matched words highlighted."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return QSize(option.rect.width(), option.fontMetrics.height() * 4 + 18)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        icon = QIcon(index.data(Qt.ItemDataRole.DecorationRole) or QIcon())
        opt.text = ""
        opt.icon = QIcon()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        hit: SearchHit | None = index.data(SearchModel.HitRole)
        hidden = bool(index.data(SearchModel.HiddenRole))
        if hit is None:
            painter.restore()
            return
        rect = option.rect.adjusted(10, 6, -10, -6)
        icon.paint(painter, QRect(rect.left(), rect.top() + 2, 24, 24))
        left = rect.left() + 34
        width = rect.right() - left
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pal = option.palette
        text_colour = pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText)
        fm = QFontMetrics(option.font)
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        fmb = QFontMetrics(bold)
        date = friendly_date(hit.entry_date or hit.updated_at)
        date_w = fm.horizontalAdvance(date) + 6
        title = self.tr("Protected entry") if hidden else hit.title
        painter.setFont(bold)
        painter.setPen(text_colour)
        line = fmb.height()
        painter.drawText(QRect(left, rect.top(), width - date_w, line), Qt.AlignmentFlag.AlignVCenter,
                         fmb.elidedText(title, Qt.TextElideMode.ElideRight, width - date_w))
        painter.setFont(option.font)
        painter.setPen(muted)
        painter.drawText(QRect(rect.right() - date_w, rect.top(), date_w, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, date)
        meta = " · ".join(x for x in (labels.kind_label(hit.kind), hit.partner or "") if x)
        painter.drawText(QRect(left, rect.top() + line, width, fm.height()), Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(meta, Qt.TextElideMode.ElideRight, width))
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        body = index.data(SearchModel.HtmlRole) or ""
        doc.setHtml(f"<div style='color:{text_colour.name()}'>{body}</div>")
        doc.setTextWidth(width)
        top = rect.top() + line + fm.height() + 3
        painter.translate(left, top)
        painter.setClipRect(QRect(0, 0, width, fm.lineSpacing() * 2))
        ctx = QAbstractTextDocumentLayout.PaintContext()
        doc.documentLayout().draw(painter, ctx)
        painter.restore()


class SearchPanel(QWidget):
    """The query box, filters and results; ``entryChosen(id, protected)`` opens a hit in the editor."""

    entryChosen = Signal(str, bool)
    closed = Signal()

    def __init__(self, delay_ms: int = 200, today: Any = _dt.date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Search all entries…"))
        self.query.setClearButtonEnabled(True)
        self.query.addAction(theme.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        a11y(self.query, self.tr("Search"), self.tr(
            "Words to find. Use \"quotes\" for a phrase, a trailing * for the start of a word, OR and NOT."))
        layout.addWidget(self.query)

        filters = QHBoxLayout()
        filters.setSpacing(4)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Any kind"), None)
        for k in KINDS:
            self.kind.addItem(theme.icon(k), labels.kind_label(k), k)
        a11y(self.kind, self.tr("Kind filter"))
        self.tag = QComboBox()
        self.tag.addItem(self.tr("Any tag"), None)
        a11y(self.tag, self.tr("Tag filter"))
        self.partner = QComboBox()
        self.partner.addItem(self.tr("Anyone"), None)
        a11y(self.partner, self.tr("Partner filter"))
        for combo in (self.kind, self.tag, self.partner):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            filters.addWidget(combo, 1)
        layout.addLayout(filters)
        dates = QHBoxLayout()
        dates.setSpacing(4)
        self.since = self._date_edit(self.tr("From"), self.tr("Only entries dated on or after this day"))
        self.until = self._date_edit(self.tr("Until"), self.tr("Only entries dated on or before this day"))
        since_label = QLabel(self.tr("&From"))
        since_label.setBuddy(self.since)
        until_label = QLabel(self.tr("&until"))
        until_label.setBuddy(self.until)
        dates.addWidget(since_label)
        dates.addWidget(self.since, 1)
        dates.addWidget(until_label)
        dates.addWidget(self.until, 1)
        layout.addLayout(dates)

        self.status = styled_label(self.tr("Type to search. Results appear as you type."), "muted")
        layout.addWidget(self.status)
        self.model = SearchModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        a11y(self.results, self.tr("Search results"))
        layout.addWidget(self.results, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.run)
        self.query.textChanged.connect(lambda _: self.timer.start())
        self.query.returnPressed.connect(self.run)
        for combo in (self.kind, self.tag, self.partner):
            combo.currentIndexChanged.connect(lambda _: self.timer.start())
        for edit in (self.since, self.until):
            edit.dateChanged.connect(lambda _: self.timer.start())
        self.model.finished.connect(self._finished)
        self.model.failed.connect(self._failed)
        self.results.selectionModel().currentChanged.connect(self._chosen)
        self.results.activated.connect(self._activated)

    def _date_edit(self, name: str, description: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_format())
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any day"))
        edit.setDate(NO_DATE)
        a11y(edit, name, description)
        return edit

    def set_session(self, session: Session | None) -> None:
        self.model.set_session(session)
        self.query.blockSignals(True)
        self.query.clear()
        self.query.blockSignals(False)
        self.set_choices([], [])
        self.status.setText(self.tr("Type to search. Results appear as you type."))

    def set_choices(self, partners: list[Partner], tags: list[str]) -> None:
        for combo, items in ((self.partner, [(p.name, p.id) for p in partners]), (self.tag, [(f"#{t}", t) for t in tags])):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    @staticmethod
    def _date(edit: QDateEdit) -> str | None:
        d = edit.date()
        return None if d == NO_DATE else d.toString("yyyy-MM-dd")

    def request(self) -> SearchRequest:
        return SearchRequest(tidy_query(self.query.text()), self.kind.currentData(), self.tag.currentData(),
                             self.partner.currentData(), self._date(self.since), self._date(self.until))

    def run(self) -> None:
        self.timer.stop()
        req = self.request()
        if not req.query:
            self.model.clear()
            self.status.setText(self.tr("Type to search. Results appear as you type."))
            return
        self.status.setText(self.tr("Searching…"))
        self.model.run(req)

    def _finished(self, count: int) -> None:
        if self.model.request is None:
            return
        if count == 0:
            self.status.setText(self.tr("Nothing found. Try fewer or shorter words, or clear a filter."))
        elif count >= PAGE:
            self.status.setText(self.tr("Many matches; the best come first."))
        elif count == 1:
            self.status.setText(self.tr("One match."))
        else:
            self.status.setText(self.tr("%n matches, best first.", "", count))

    def _failed(self, message: str) -> None:
        self.status.setText(message)

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        hit = current.data(SearchModel.HitRole) if current.isValid() else None
        if hit is not None:
            self.entryChosen.emit(hit.id, hit.protected)

    def _activated(self, index: QModelIndex) -> None:
        self._chosen(index, QModelIndex())

    def focus_query(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.closed.emit()
            return
        if event.key() == Qt.Key.Key_Down and self.query.hasFocus() and self.model.rowCount():
            self.results.setFocus()
            self.results.setCurrentIndex(self.model.index(0))
            return
        super().keyPressEvent(event)


__all__ = ["SearchPanel", "SearchModel", "SearchRequest", "BadSearchQuery"]
