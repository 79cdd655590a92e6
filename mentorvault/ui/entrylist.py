"""The entry list: a lazily fetching Qt model over plain summaries, its delegate and its view.

The model asks the vault for one page (200 rows) at a time through the worker,
so a vault of 50,000 entries opens with one page and grows as the user scrolls.
It keeps every row's id (its place in the list) but the summaries of a few pages
only, the ones painted last; a row scrolled back into view is read again, a page
at a time.  So memory stays flat however far the list is scrolled.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from mentorvault.domain.models import Entry, EntrySummary
from mentorvault.ui import labels, theme
from mentorvault.ui.logic.entries import (
    EntryPage,
    EntryPages,
    ListFilter,
    place_of,
    sharing_of,
    shown_date,
    summary_of,
)
from mentorvault.ui.logic.idcolumn import IdColumn
from mentorvault.ui.logic.sharing import ShareState
from mentorvault.ui.logic.snippets import plain_preview
from mentorvault.ui.session import Session
from mentorvault.ui.wording import friendly_date, share_tooltip

PAGE_SIZE = 200
KEEP_PAGES = 4  # summaries kept: the pages painted last (a screen shows well under one page)
Index = QModelIndex | QPersistentModelIndex


class EntryListModel(QAbstractListModel):
    SummaryRole = Qt.ItemDataRole.UserRole + 1
    IdRole = Qt.ItemDataRole.UserRole + 2
    KindRole = Qt.ItemDataRole.UserRole + 3
    DateRole = Qt.ItemDataRole.UserRole + 4
    SnippetRole = Qt.ItemDataRole.UserRole + 5
    HiddenRole = Qt.ItemDataRole.UserRole + 6
    PartnerRole = Qt.ItemDataRole.UserRole + 7
    ShareRole = Qt.ItemDataRole.UserRole + 8  # "", "shared", "changed" or "revoked"

    loaded = Signal()  # the first page of a (re)load arrived
    countChanged = Signal()  # an edit added or removed an entry of this list (``total`` changed)
    pageFetched = Signal(int)  # rows added

    def __init__(self, page_size: int = PAGE_SIZE, parent: Any = None, keep_pages: int = KEEP_PAGES) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self.keep_rows = max(1, keep_pages) * page_size
        self._session: Session | None = None
        self._filter = ListFilter()
        self._ids = IdColumn()  # every row fetched so far, in list order: the row numbers
        self._cache: OrderedDict[str, EntrySummary] = OrderedDict()  # the rows painted last, oldest first
        self._share: dict[str, ShareState] = {}  # sharing state of cached rows that were ever shared
        self._total = 0
        self._fetching = False
        self._refetching: set[int] = set()  # offsets of pages being read again
        self._generation = 0
        self._layout = 0  # bumped whenever rows move, so a page read before the move is not put in place
        self.fetch_calls = 0  # how many pages were requested (tests read it)

    # ------------------------------------------------------------ session and filter

    def set_session(self, session: Session | None) -> None:
        if self._session is not None:
            try:
                self._session.protectionChanged.disconnect(self._protection_changed)
            except (RuntimeError, TypeError):
                pass
        self._session = session
        if session is not None:
            session.protectionChanged.connect(self._protection_changed)
        self.clear()

    @property
    def filter(self) -> ListFilter:
        return self._filter

    @property
    def total(self) -> int:
        return self._total

    @property
    def is_fetching(self) -> bool:
        return self._fetching

    @property
    def cached_rows(self) -> int:
        """How many summaries the model holds now (at most ``keep_rows`` plus the page just read)."""
        return len(self._cache)

    def clear(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._ids = IdColumn()
        self._cache = OrderedDict()
        self._share = {}
        self._total = 0
        self._fetching = False
        self._refetching = set()
        self.endResetModel()

    def set_filter(self, flt: ListFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        session = self._session
        self.clear()
        if session is None:
            return
        generation = self._generation
        pages = self._pages()
        self._fetching = True
        self.fetch_calls += 1

        def done(page: EntryPage) -> None:
            if generation != self._generation:
                return
            self._fetching = False
            rows = page.rows
            self.beginResetModel()
            self._ids = IdColumn(r.id for r in rows)
            self._cache = OrderedDict((r.id, r) for r in rows)
            self._share = dict(page.share)
            self._total = max(page.total or 0, len(rows))
            self.endResetModel()
            self.loaded.emit()

        def failed(exc: BaseException) -> bool:
            if generation == self._generation:
                self._fetching = False
            return False

        session.call(pages.first, done, failed)

    def _pages(self) -> EntryPages:
        return EntryPages(self._filter, self.page_size)

    def _read_page(self, offset: int) -> Any:
        pages = self._pages()
        # The page is asked for as "the rows after the row before it" (see EntryPages.page).
        after = self._ids[offset - 1] if 0 < offset <= len(self._ids) else None
        return lambda v: pages.page(v, offset, after)

    def _keep(self, rows: list[EntrySummary], share: Mapping[str, ShareState]) -> None:
        """Cache freshly read rows, then forget the summaries painted longest ago."""
        cache = self._cache
        for r in rows:
            cache[r.id] = r
            cache.move_to_end(r.id)
            if r.id in share:
                self._share[r.id] = share[r.id]
            else:
                self._share.pop(r.id, None)
        while len(cache) > self.keep_rows:
            old, _ = cache.popitem(last=False)
            self._share.pop(old, None)

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and not self._fetching and len(self._ids) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802
        if not self.canFetchMore(parent) or self._session is None:
            return
        generation, layout = self._generation, self._layout
        offset = len(self._ids)
        self._fetching = True
        self.fetch_calls += 1

        def done(page: EntryPage) -> None:
            if generation != self._generation:
                return
            self._fetching = False
            if layout != self._layout or offset != len(self._ids):
                return  # rows moved while reading: this page no longer starts there; the next fetch asks again
            rows, share = page.rows, page.share
            recent = set(self._ids[-self.page_size:])
            rows = [r for r in rows if r.id not in recent]
            if not rows:
                self._total = len(self._ids)
                return
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._ids.extend(r.id for r in rows)
            self._keep(rows, share)
            self.endInsertRows()
            self.pageFetched.emit(len(rows))

        def failed(exc: BaseException) -> bool:
            if generation == self._generation:
                self._fetching = False
            return False

        self._session.call(self._read_page(offset), done, failed)

    def _refetch(self, row: int) -> None:
        """Read again the page holding ``row`` (its summary was let go); the rows update when it arrives."""
        session = self._session
        offset = row - row % self.page_size
        if session is None or offset in self._refetching:
            return
        self._refetching.add(offset)
        generation, layout = self._generation, self._layout
        self.fetch_calls += 1

        def done(page: EntryPage) -> None:
            if generation != self._generation:
                return
            self._refetching.discard(offset)
            if layout != self._layout:
                return  # rows moved meanwhile; painting asks again for what is still missing
            rows, share = page.rows, page.share
            ids = self._ids[offset:offset + len(rows)]
            if [r.id for r in rows] != ids:
                # The vault's order differs from the list's (it should not): start the list afresh.
                self.reload()
                return
            self._keep(rows, share)
            if rows:
                self.dataChanged.emit(self.index(offset), self.index(offset + len(rows) - 1))

        def failed(exc: BaseException) -> bool:
            if generation == self._generation:
                self._refetching.discard(offset)
            return False

        session.call(self._read_page(offset), done, failed)

    def _summary(self, row: int) -> EntrySummary | None:
        """The row's summary if it is held (and mark it painted just now); otherwise ask for its page."""
        s = self._cache.get(self._ids[row])
        if s is None:
            self._refetch(row)
            return None
        self._cache.move_to_end(s.id)
        return s

    def _hidden(self, s: EntrySummary) -> bool:
        return self._session is not None and self._session.hides(s.protected)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        s = self._summary(index.row())
        if s is None:  # being read again: an empty row for the moment
            return "" if role in (Qt.ItemDataRole.DisplayRole, self.DateRole, self.SnippetRole,
                                  self.PartnerRole, self.ShareRole) else None
        # The roles a painted row asks for first, and whether the row is hidden only where it matters.
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Protected entry") if self._hidden(s) else s.title
        if role == Qt.ItemDataRole.DecorationRole:
            return theme.icon("shield" if self._hidden(s) else s.kind)
        if role == self.DateRole:
            return friendly_date(shown_date(s))
        if role == self.SnippetRole:
            if self._hidden(s):
                return self.tr("Hidden until you enter your passphrase")
            return plain_preview(s.preview)
        if role == self.PartnerRole:
            return s.partner or ""
        if role == Qt.ItemDataRole.AccessibleTextRole:
            title = self.tr("Protected entry") if self._hidden(s) else s.title
            text = f"{labels.kind_label(s.kind)}: {title}, {friendly_date(shown_date(s))}"
            share = self._share_tip(s.id)
            return f"{text}. {share}" if share else text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._share_tip(s.id) or None
        if role == self.ShareRole:
            state = self._share.get(s.id)
            return state.summary if state is not None else ""
        if role == self.SummaryRole:
            return s
        if role == self.IdRole:
            return s.id
        if role == self.KindRole:
            return s.kind
        if role == self.HiddenRole:
            return self._hidden(s)
        return None

    def _share_tip(self, entry_id: str) -> str:
        state = self._share.get(entry_id)
        if state is None or not state.summary:
            return ""
        return share_tooltip(state)

    def share_state(self, entry_id: str) -> ShareState | None:
        return self._share.get(entry_id)

    def refresh_sharing(self, entry_ids: list[str] | None = None) -> None:
        """Re-read the sharing state of some held rows (all of them by default) in one worker call."""
        session = self._session
        if session is None or not self._cache:
            return
        ids = list(self._cache) if entry_ids is None else [i for i in entry_ids if i in self._cache]
        if not ids:
            return
        generation = self._generation

        def done(share: dict[str, ShareState]) -> None:
            if generation != self._generation:
                return
            for i in ids:
                if i in share:
                    self._share[i] = share[i]
                else:
                    self._share.pop(i, None)
                row = self.row_of(i)
                if row >= 0:
                    self.dataChanged.emit(self.index(row), self.index(row))

        session.call(lambda v: sharing_of(v, ids), done, lambda exc: True)

    # ------------------------------------------------------------ keeping in step with edits

    def row_of(self, entry_id: str) -> int:
        try:
            return self._ids.index(entry_id)
        except ValueError:
            return -1

    def summary_at(self, row: int) -> EntrySummary | None:
        """The row's summary, or None when the row is not held (scrolled far away) or out of range."""
        return self._cache.get(self._ids[row]) if 0 <= row < len(self._ids) else None

    def entry_saved(self, entry: Entry) -> None:
        """An entry was added or changed: it goes to its place in the list's order (by the date it shows).

        The place is found among the rows held around it (or at once at the top, the usual case of
        a new entry).  When a row that decides it is not held (scrolled far away), the row stays
        where it is until the list is read again.  A place past the rows fetched so far is left to
        the next fetch.
        """
        row = self.row_of(entry.id)
        matches = self._filter.matches(entry)
        summary = summary_of(entry)
        if row >= 0 and not matches:
            self._layout += 1
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._ids[row]
            self._cache.pop(entry.id, None)
            self._total -= 1
            self.endRemoveRows()
            self.countChanged.emit()
            return
        if not matches:
            return
        target = self._place(summary, row)
        if target is None:
            target = row if row >= 0 else 0
        others = len(self._ids) - (1 if row >= 0 else 0)
        if row < 0:
            self._total += 1
        beyond = target == others and others < self._total - 1  # more rows to fetch come before its place
        share = {entry.id: self._share[entry.id]} if entry.id in self._share else {}
        if beyond:
            if row >= 0:
                self._layout += 1
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._ids[row]
                self._cache.pop(entry.id, None)
                self.endRemoveRows()
            self.countChanged.emit()
            return
        if row < 0:
            self._layout += 1
            self.beginInsertRows(QModelIndex(), target, target)
            self._ids.insert(target, entry.id)
            self._keep([summary], {})
            self.endInsertRows()
            self.countChanged.emit()
            return
        if target != row:
            self._layout += 1
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target + 1 if target > row else target)
            self._ids.insert(target, self._ids.pop(row))
            self.endMoveRows()
        self._keep([summary], share)
        self.dataChanged.emit(self.index(target), self.index(target))
        if entry.id in self._share:
            self.refresh_sharing([entry.id])  # an edit may leave a consent behind ("changed since consent")

    def _place(self, summary: EntrySummary, row: int) -> int | None:
        """The row ``summary`` belongs at among the other rows, or None when a deciding row is not held."""
        ids, cache = self._ids, self._cache
        return place_of(summary, row, len(ids), lambda k: cache.get(ids[k]))

    def entry_deleted(self, entry_id: str) -> None:
        row = self.row_of(entry_id)
        if row < 0:
            return
        self._layout += 1
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._ids[row]
        self._cache.pop(entry_id, None)
        self._share.pop(entry_id, None)
        self._total = max(0, self._total - 1)
        self.endRemoveRows()
        self.countChanged.emit()

    def _protection_changed(self, _: bool) -> None:
        if self._ids:
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1))


class EntryDelegate(QStyledItemDelegate):
    """Icon, title and date on the first line; partner and a snippet on the second."""

    ROW_HEIGHT = 60

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return QSize(option.rect.width(), max(self.ROW_HEIGHT, option.fontMetrics.height() * 3 + 8))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        text_icon = QIcon(index.data(Qt.ItemDataRole.DecorationRole) or QIcon())
        opt.icon = QIcon()  # the style draws only the background, selection and focus
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        rect = option.rect.adjusted(10, 6, -10, -6)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pal = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        icon_size = 24
        text_icon.paint(painter, QRect(rect.left(), rect.top() + 2, icon_size, icon_size))
        left = rect.left() + icon_size + 10
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        fm_bold = QFontMetrics(bold)
        fm = QFontMetrics(option.font)
        date = index.data(EntryListModel.DateRole) or ""
        date_width = fm.horizontalAdvance(date) + 4
        share = index.data(EntryListModel.ShareRole) or ""
        if share in ("shared", "changed"):
            badge = theme.icon("warning" if share == "changed" else "share")
            badge_size = 16
            badge.paint(painter, QRect(rect.right() - date_width - badge_size - 2,
                                       rect.top() + (fm_bold.height() - badge_size) // 2, badge_size, badge_size))
            date_width += badge_size + 6
        title = index.data(Qt.ItemDataRole.DisplayRole) or ""
        line1 = QRect(left, rect.top(), rect.right() - left - date_width - 8, fm_bold.height())
        painter.setFont(bold)
        painter.setPen(pal.color(text_role))
        painter.drawText(line1, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm_bold.elidedText(title, Qt.TextElideMode.ElideRight, line1.width()))
        muted = pal.color(QPalette.ColorRole.PlaceholderText) if not selected else pal.color(text_role)
        painter.setFont(option.font)
        painter.setPen(muted)
        painter.drawText(QRect(rect.right() - date_width, rect.top(), date_width, fm_bold.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, date)
        partner = index.data(EntryListModel.PartnerRole) or ""
        snippet = index.data(EntryListModel.SnippetRole) or ""
        line2 = (f"{partner} · {snippet}" if partner and snippet else partner or snippet)
        second = QRect(left, rect.top() + fm_bold.height() + 4, rect.right() - left, fm.height())
        painter.drawText(second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(line2, Qt.TextElideMode.ElideRight, second.width()))
        painter.restore()


class EntryListView(QListView):
    """The list; emits ``entryChosen(id, protected)`` when the current row changes."""

    entryChosen = Signal(str, bool)

    def __init__(self, model: EntryListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(EntryDelegate(self))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlternatingRowColors(False)
        self.setMinimumWidth(260)
        self.selectionModel().currentChanged.connect(self._current_changed)
        model.dataChanged.connect(self._rows_arrived)
        self._suppress = False
        self._waiting_row = -1  # the current row, chosen before its summary was read again

    def entry_model(self) -> EntryListModel:
        model = self.model()
        assert isinstance(model, EntryListModel)
        return model

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._waiting_row = -1
        if self._suppress or not current.isValid():
            return
        summary = current.data(EntryListModel.SummaryRole)
        if summary is not None:
            self.entryChosen.emit(summary.id, summary.protected)
        else:
            self._waiting_row = current.row()

    def _rows_arrived(self, first: QModelIndex, last: QModelIndex) -> None:
        row = self._waiting_row
        if row >= 0 and first.row() <= row <= last.row() and self.currentIndex().row() == row:
            self._waiting_row = -1
            summary = self.currentIndex().data(EntryListModel.SummaryRole)
            if summary is not None:
                self.entryChosen.emit(summary.id, summary.protected)

    def select_entry(self, entry_id: str, notify: bool = False) -> bool:
        row = self.entry_model().row_of(entry_id)
        if row < 0:
            self.clearSelection()
            return False
        self._suppress = not notify
        try:
            index = self.entry_model().index(row)
            self.setCurrentIndex(index)
            self.scrollTo(index)
        finally:
            self._suppress = False
        return True
