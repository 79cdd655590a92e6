"""The unlocked vault: sidebar, entry list or search, editor, and the Goals, Reflect and Inbox pages.

Its parts are components of their own: the notices above everything (``workspace_notices``),
the list page with the partner banner and overview (``workspace_list``), and the partner
wiring behind the banner, the overview and the exchange actions (``workspace_partners``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from mentorvault.domain.models import Entry, Partner
from mentorvault.ui import labels
from mentorvault.ui.entrylist import EntryListModel, EntryListView, ListFilter
from mentorvault.ui.logic.sidebar import SidebarData, read_sidebar
from mentorvault.ui.partners import OverviewBar, PartnerBanner
from mentorvault.ui.services import Services
from mentorvault.ui.session import Session
from mentorvault.ui.sidebar import ALL, Sidebar, Target
from mentorvault.ui.widgets import editor_empty_text, empty_state
from mentorvault.ui.workspace_list import EntryListPage
from mentorvault.ui.workspace_notices import PassphrasePrompt, WorkspaceNotices
from mentorvault.ui.workspace_partners import PartnerFlow

if TYPE_CHECKING:  # built (and imported) the first time they are shown: see the properties below
    from mentorvault.ui.editor import EntryEditor
    from mentorvault.ui.exchange import ExchangeActions
    from mentorvault.ui.goals import GoalsView
    from mentorvault.ui.inbox import InboxView
    from mentorvault.ui.reflect import ReflectView
    from mentorvault.ui.search import SearchPanel


def _forwarded(part: str, name: str) -> Any:
    """A read-only property reaching ``self.<part>.<name>``."""
    return property(lambda self: getattr(getattr(self, part), name))


class Workspace(QWidget):
    titleChanged = Signal()
    settingsRequested = Signal()
    lockRequested = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.session: Session | None = None
        self.partners: list[Partner] = []
        self.target: Target = ALL

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.notices = WorkspaceNotices(services)
        self.notices.settingsRequested.connect(self.settingsRequested)
        outer.addWidget(self.notices)

        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setChildrenCollapsible(False)
        outer.addWidget(self.split, 1)
        self.sidebar = Sidebar()
        self.sidebar.targetChosen.connect(self.show_target)
        self.split.addWidget(self.sidebar)

        self.pages = QStackedWidget()
        self.split.addWidget(self.pages)
        # browse: list or search | editor
        self.browse = QSplitter(Qt.Orientation.Horizontal)
        self.browse.setChildrenCollapsible(False)
        self.middle = QStackedWidget()
        self.list_page = EntryListPage()
        self.list_page.newEntry.connect(self.new_entry)
        self.partner_flow = PartnerFlow(self, self)
        self.banner.startAgenda.connect(self.partner_flow.start_agenda)
        self.banner.editPartner.connect(self.partner_flow.edit_partner)
        self.banner.openEntry.connect(self.open_entry)
        self.overview.startAgenda.connect(self.partner_flow.start_agenda)
        self.overview.openEntry.connect(self.open_entry)
        self.list_view.entryChosen.connect(self.open_entry)
        self.list_model.loaded.connect(self._list_loaded)
        self.middle.addWidget(self.list_page)
        self._search: SearchPanel | None = None
        self.browse.addWidget(self.middle)
        # The editor (about 20 MiB of widgets and modules) is built when an entry is first opened
        # or written; until then its pane shows what an editor with nothing open shows.
        self._editor: EntryEditor | None = None
        self.editor_placeholder, _ = empty_state("new-entry", editor_empty_text())
        self.editor_placeholder.setAccessibleName(self.tr("Entry editor"))
        self.browse.addWidget(self.editor_placeholder)
        self.browse.setStretchFactor(0, 2)
        self.browse.setStretchFactor(1, 3)
        self.browse.setSizes([420, 620])
        self.pages.addWidget(self.browse)
        # Goals, Reflect, Inbox, search and the exchange actions are built on first use.
        self._goals: GoalsView | None = None
        self._reflect: ReflectView | None = None
        self._inbox: InboxView | None = None
        self._exchange: ExchangeActions | None = None
        self._choices: tuple[list[Partner], list[str]] = ([], [])
        self.banner.exchangeRequested.connect(self.partner_flow.exchange_action)
        self.split.setStretchFactor(0, 0)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([230, 1000])

        self._sidebar_timer = QTimer(self)
        self._sidebar_timer.setSingleShot(True)
        self._sidebar_timer.setInterval(250)
        self._sidebar_timer.timeout.connect(self.refresh_sidebar)
        self.setTabOrder(self.sidebar, self.list_view)

    # The parts' widgets, under the names callers and tests have always used.
    demo_banner = _forwarded("notices", "demo_banner")
    protected_notice = _forwarded("notices", "protected_notice")
    hide_protected_button = _forwarded("notices", "hide_protected_button")
    backup_notice = _forwarded("notices", "backup_notice")
    backup_settings_button = _forwarded("notices", "backup_settings_button")
    backup_dismiss_button = _forwarded("notices", "backup_dismiss_button")
    view_title = _forwarded("list_page", "view_title")
    view_count = _forwarded("list_page", "view_count")
    new_button = _forwarded("list_page", "new_button")
    new_menu = _forwarded("list_page", "new_menu")
    banner: PartnerBanner = _forwarded("list_page", "banner")
    overview: OverviewBar = _forwarded("list_page", "overview")
    list_model: EntryListModel = _forwarded("list_page", "list_model")
    list_view: EntryListView = _forwarded("list_page", "list_view")
    empty_list = _forwarded("list_page", "empty_list")

    # ------------------------------------------------------------ views built on first use

    @property
    def editor(self) -> EntryEditor:
        if self._editor is None:
            from mentorvault.ui.editor import EntryEditor

            editor = EntryEditor(self.services)
            editor.showProtectedRequested.connect(self.ask_show_protected)
            editor.deleted.connect(lambda _: self._schedule_sidebar())
            editor.sharingChanged.connect(lambda eid: self.list_model.refresh_sharing([eid]))
            sizes = self.browse.sizes()
            self.browse.replaceWidget(self.browse.indexOf(self.editor_placeholder), editor)
            self.editor_placeholder.deleteLater()
            self.browse.setSizes(sizes)
            self.setTabOrder(self.list_view, editor)
            editor.set_session(self.session)
            if self.session is not None:  # as if it had been there when the sidebar data arrived
                partners, tags = self._choices
                editor.set_partners(partners)
                editor.set_known_tags(tags)
            self._editor = editor
        return self._editor

    @property
    def current_entry_id(self) -> str | None:
        """The entry open in the editor (None before the editor is built)."""
        return self._editor.current_id if self._editor is not None else None

    @property
    def search(self) -> SearchPanel:
        if self._search is None:
            from mentorvault.ui.search import SearchPanel

            search = SearchPanel(self.services.search_delay_ms)
            search.entryChosen.connect(self.open_entry)
            search.closed.connect(self.close_search)
            self.middle.addWidget(search)
            search.set_session(self.session)
            search.set_choices(*self._choices)
            self._search = search
        return self._search

    @property
    def goals(self) -> GoalsView:
        if self._goals is None:
            from mentorvault.ui.goals import GoalsView

            goals = GoalsView()
            goals.openEntry.connect(lambda eid: self.open_entry(eid, False, switch=True))
            goals.newGoal.connect(lambda: self.new_entry("goal"))
            self.pages.addWidget(goals)
            goals.set_session(self.session)
            self._goals = goals
        return self._goals

    @property
    def reflect(self) -> ReflectView:
        if self._reflect is None:
            from mentorvault.ui.reflect import ReflectView

            reflect = ReflectView()
            self.pages.addWidget(reflect)
            reflect.set_session(self.session)
            reflect.set_partners(self._choices[0])
            self._reflect = reflect
        return self._reflect

    @property
    def inbox(self) -> InboxView:
        if self._inbox is None:
            from mentorvault.ui.inbox import InboxView

            inbox = InboxView(services=self.services)
            inbox.importRequested.connect(self.exchange.import_bundle)
            self.pages.addWidget(inbox)
            inbox.set_session(self.session)
            self._inbox = inbox
        return self._inbox

    @property
    def exchange(self) -> ExchangeActions:
        if self._exchange is None:
            from mentorvault.ui.exchange import ExchangeActions

            exchange = ExchangeActions(self.services, self)
            exchange.partnerChanged.connect(self.partner_flow.refresh_banner)
            exchange.inboxChanged.connect(self._refresh_inbox)
            exchange.sharingChanged.connect(self._sharing_changed)
            exchange.relationshipEnded.connect(self.partner_flow.relationship_ended)
            exchange.startAgenda.connect(self.partner_flow.start_agenda_for)
            exchange.session = self.session
            self._exchange = exchange
        return self._exchange

    # ------------------------------------------------------------ session

    def set_session(self, session: Session | None) -> None:
        old = self.session
        self.session = session
        self.partners = []
        self.target = ALL
        self._choices = ([], [])
        self.list_model.set_session(session)
        if self._editor is not None:
            self._editor.set_session(session)
        for view in (self._search, self._goals, self._reflect, self._inbox):
            if view is not None:
                view.set_session(session)
        if self._exchange is not None:
            self._exchange.session = session
        self.banner.clear()
        self.banner.hide()
        self.overview.clear()
        self.sidebar.set_data(None)
        self.notices.set_session(session)
        self.middle.setCurrentWidget(self.list_page)
        self.pages.setCurrentWidget(self.browse)
        if old is not None:
            for signal, slot in ((old.entrySaved, self._entry_saved), (old.entryDeleted, self._entry_deleted)):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
        if session is None:
            return
        session.error_parent = self
        session.entrySaved.connect(self._entry_saved)
        session.entryDeleted.connect(self._entry_deleted)
        self.refresh_sidebar()
        self.sidebar.choose(ALL)

    def clear(self) -> None:
        self.set_session(None)

    def flush(self) -> None:
        if self._editor is not None:
            self._editor.save_now()

    # ------------------------------------------------------------ sidebar and lists

    def refresh_sidebar(self) -> None:
        session = self.session
        if session is None:
            return

        def done(data: SidebarData) -> None:
            self.partners = data.partners
            self.sidebar.set_data(data)
            tags = [t for t, _ in data.tags]
            if self._editor is not None:
                self._editor.set_partners(data.partners)
                self._editor.set_known_tags(tags)
            self._choices = (data.partners, tags)
            if self._search is not None:
                self._search.set_choices(data.partners, tags)
            if self._reflect is not None:
                self._reflect.set_partners(data.partners)
            self._update_view_title()

        session.call(read_sidebar, done)

    def _schedule_sidebar(self) -> None:
        self._sidebar_timer.start()

    def show_target(self, target: Target) -> None:
        if self.session is None:
            return
        if target.view == "add-partner":
            self.sidebar.restore_selection()
            self.add_partner()
            return
        self.target = target
        self.titleChanged.emit()
        if target.view in ("goals", "reflect", "inbox"):
            self.flush()  # the open entry is saved before the page is built or shown
        if target.view == "goals":
            self.pages.setCurrentWidget(self.goals)
            self.goals.refresh()
        elif target.view == "reflect":
            self.pages.setCurrentWidget(self.reflect)
            self.reflect.focus_first()
        elif target.view == "inbox":
            self.pages.setCurrentWidget(self.inbox)
            self.inbox.refresh()
        else:
            self._show_list(target)

    def _show_list(self, target: Target) -> None:
        self.pages.setCurrentWidget(self.browse)
        self.middle.setCurrentWidget(self.list_page)
        self.list_model.set_filter(ListFilter(target.kind, target.tag, target.partner_id))
        self._update_view_title()
        self.partner_flow.show_banner(target.partner_id)
        self.partner_flow.load_overview()

    def _update_view_title(self) -> None:
        t = self.target
        if t.kind:
            title = labels.kind_plural(t.kind)
        elif t.tag:
            title = f"#{t.tag}"
        elif t.partner_id:
            p = next((p for p in self.partners if p.id == t.partner_id), None)
            title = self.tr("With %1").replace("%1", p.name) if p else self.tr("Partner")
        else:
            title = self.tr("All entries")
        self.list_page.set_title(title, self.current_kind())

    def _list_loaded(self) -> None:
        self.list_page.show_count()
        current = self.current_entry_id
        if current:
            self.list_view.select_entry(current)

    # ------------------------------------------------------------ entries

    def current_kind(self) -> str:
        if self.target.view == "goals":
            return "goal"
        if self.target.view == "reflect":
            return "reflection"
        if self.target.kind:
            return self.target.kind
        return (self._editor.current_kind if self._editor is not None else None) or "session-note"

    def new_entry(self, kind: str | None = None, **prefill: Any) -> None:
        if self.session is None:
            return
        kind = kind or self.current_kind()
        self.pages.setCurrentWidget(self.browse)
        self.middle.setCurrentWidget(self.list_page)
        prefill.setdefault("partner_id", self.target.partner_id)
        if self.target.tag:
            prefill.setdefault("tags", [self.target.tag])
        self.list_view.clearSelection()
        self.editor.new_entry(kind, **prefill)

    def open_entry(self, entry_id: str, protected: bool = False, switch: bool = False) -> None:
        if switch:
            self.pages.setCurrentWidget(self.browse)
        self.editor.open_entry(entry_id, protected)
        if self.middle.currentWidget() is self.list_page:
            self.list_view.select_entry(entry_id)

    def _entry_saved(self, entry: Entry) -> None:
        self.list_model.entry_saved(entry)
        if self.middle.currentWidget() is self.list_page and self.current_entry_id == entry.id:
            self.list_view.select_entry(entry.id)
        if self._goals is not None:
            self._goals.entry_saved(entry)
        self._schedule_sidebar()
        self.partner_flow.refresh_banner()
        if entry.kind in ("session-note", "agenda", "boundary-agreement"):
            self.partner_flow.load_overview()

    def _entry_deleted(self, entry_id: str) -> None:
        self.list_model.entry_deleted(entry_id)
        self._list_loaded()

    # ------------------------------------------------------------ search

    def show_search(self) -> None:
        if self.session is None:
            return
        self.pages.setCurrentWidget(self.browse)
        self.middle.setCurrentWidget(self.search)
        self.search.focus_query()

    def close_search(self) -> None:
        self.middle.setCurrentWidget(self.list_page)
        self.list_view.setFocus()

    @property
    def search_visible(self) -> bool:
        return (self._search is not None and self.middle.currentWidget() is self._search
                and self.pages.currentWidget() is self.browse)

    # ------------------------------------------------------------ partners (see workspace_partners)

    def add_partner(self) -> None:
        self.partner_flow.add_partner()

    def start_agenda(self, partner_id: str, meeting_date: str) -> None:
        self.partner_flow.start_agenda(partner_id, meeting_date)

    def _refresh_inbox(self) -> None:
        if self._inbox is not None:
            self._inbox.refresh()

    def _sharing_changed(self) -> None:
        self.list_model.refresh_sharing()
        if self._editor is not None:
            self._editor.refresh_sharing()
        self.partner_flow.refresh_banner()

    # ------------------------------------------------------------ protected entries

    def ask_show_protected(self) -> None:
        self.notices.ask_show_protected(self)

    # ------------------------------------------------------------ layout state

    def save_state(self) -> tuple[QByteArray, QByteArray]:
        return self.split.saveState(), self.browse.saveState()

    def restore_state(self, main: QByteArray, browse: QByteArray) -> None:
        if not main.isEmpty():
            self.split.restoreState(main)
        if not browse.isEmpty():
            self.browse.restoreState(browse)


__all__ = ["Workspace", "PassphrasePrompt"]
