"""The unlocked vault: sidebar, entry list or search, editor, and the Goals, Reflect and Inbox pages."""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentorvault.domain.kinds import KINDS
from mentorvault.domain.models import Entry, Partner
from mentorvault.ui import labels, theme
from mentorvault.ui.entrylist import EntryListModel, EntryListView, ListFilter
from mentorvault.ui.partners import (
    Overview,
    OverviewBar,
    PartnerBanner,
    PartnerDialog,
    PartnerInfo,
    load_overview,
    load_partner_info,
)
from mentorvault.ui.passphrase_field import PassphraseField
from mentorvault.ui.services import Services
from mentorvault.ui.session import Session
from mentorvault.ui.sidebar import ALL, Sidebar, SidebarData, Target, load_sidebar_data
from mentorvault.ui.widgets import Notice, a11y, editor_empty_text, empty_state, plain_buttons, styled_label

if TYPE_CHECKING:  # built (and imported) the first time they are shown: see the properties below
    from mentorvault.ui.editor import EntryEditor
    from mentorvault.ui.exchange import ExchangeActions
    from mentorvault.ui.goals import GoalsView
    from mentorvault.ui.inbox import InboxView
    from mentorvault.ui.reflect import ReflectView
    from mentorvault.ui.search import SearchPanel


class PassphrasePrompt(QDialog):
    """Asks for the passphrase again (to show protected entries)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enter your passphrase"))
        self.setMinimumWidth(420)
        col = QVBoxLayout(self)
        col.addWidget(styled_label(text, "muted"))
        self.field = PassphraseField(self.tr("Passphrase"))
        col.addWidget(self.field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Show"))
        a11y(ok, self.tr("Show protected entries"))
        a11y(buttons.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        plain_buttons(buttons)
        col.addWidget(buttons)
        self.field.returnPressed.connect(self.accept)

    def passphrase(self) -> str:
        return self.field.text()


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
        self.demo_banner = Notice("demo", "prompt")
        outer.addWidget(self.demo_banner)
        self.demo_banner.hide()
        self.protected_notice = Notice("notice", "shield")
        self.hide_protected_button = self.protected_notice.add_button(self.tr("Hide them now"))
        self.hide_protected_button.clicked.connect(lambda: self.session and self.session.hide_protected())
        outer.addWidget(self.protected_notice)
        self.protected_notice.hide()
        self.backup_notice = Notice("warning", "backup")
        self.backup_settings_button = self.backup_notice.add_button(self.tr("Backup settings…"))
        self.backup_settings_button.clicked.connect(self.settingsRequested)
        self.backup_dismiss_button = self.backup_notice.add_button(self.tr("Dismiss"))
        self.backup_dismiss_button.clicked.connect(lambda: self.backup_notice.hide())
        outer.addWidget(self.backup_notice)
        self.backup_notice.hide()

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
        self.list_page = QWidget()
        lp = QVBoxLayout(self.list_page)
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
            action.triggered.connect(lambda _=False, kind=k: self.new_entry(kind))
        self.new_button.setMenu(self.new_menu)
        a11y(self.new_button, self.tr("New entry"), self.tr("Write a new entry of any kind"))
        head.addWidget(self.new_button)
        lp.addLayout(head)
        self.banner = PartnerBanner()
        self.banner.startAgenda.connect(self.start_agenda)
        self.banner.editPartner.connect(self.edit_partner)
        self.banner.openEntry.connect(self.open_entry)
        self.banner.hide()
        lp.addWidget(self.banner)
        self.overview = OverviewBar()
        self.overview.startAgenda.connect(self.start_agenda)
        self.overview.openEntry.connect(self.open_entry)
        lp.addWidget(self.overview)
        self.list_model = EntryListModel(parent=self)
        self.list_view = EntryListView(self.list_model)
        a11y(self.list_view, self.tr("Entries"), self.tr("Newest first. Choose one to open it in the editor."))
        self.list_view.entryChosen.connect(self.open_entry)
        self.list_model.loaded.connect(self._list_loaded)
        lp.addWidget(self.list_view, 1)
        self.empty_list = styled_label("", "muted")
        self.empty_list.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_list.hide()
        lp.addWidget(self.empty_list)
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
        self.banner.exchangeRequested.connect(self.exchange_action)
        self.split.setStretchFactor(0, 0)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([230, 1000])

        self._sidebar_timer = QTimer(self)
        self._sidebar_timer.setSingleShot(True)
        self._sidebar_timer.setInterval(250)
        self._sidebar_timer.timeout.connect(self.refresh_sidebar)
        self._protection_tick = QTimer(self)
        self._protection_tick.setInterval(15_000)
        self._protection_tick.timeout.connect(self._update_protected_notice)
        self.setTabOrder(self.sidebar, self.list_view)

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

            inbox = InboxView()
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
            exchange.partnerChanged.connect(self._partner_changed)
            exchange.inboxChanged.connect(lambda: self._inbox is not None and self._inbox.refresh())
            exchange.sharingChanged.connect(self._sharing_changed)
            exchange.relationshipEnded.connect(self._relationship_ended)
            exchange.startAgenda.connect(self._start_agenda_for)
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
        self.protected_notice.hide()
        self.backup_notice.hide()
        self._protection_tick.stop()
        self.middle.setCurrentWidget(self.list_page)
        self.pages.setCurrentWidget(self.browse)
        if old is not None:
            for signal, slot in ((old.entrySaved, self._entry_saved), (old.entryDeleted, self._entry_deleted),
                                 (old.protectionChanged, self._protection_changed),
                                 (old.backupFailed, self._backup_failed)):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
        if session is None:
            self.demo_banner.hide()
            return
        session.error_parent = self
        session.entrySaved.connect(self._entry_saved)
        session.entryDeleted.connect(self._entry_deleted)
        session.protectionChanged.connect(self._protection_changed)
        session.backupFailed.connect(self._backup_failed)
        if session.demo is not None:
            self.demo_banner.set_text(self.tr(
                "Demo vault: everything here is made up and is deleted when you quit. "
                "Its passphrase is \"%1\".").replace("%1", session.demo.passphrase))
            self.demo_banner.show()
        else:
            self.demo_banner.hide()
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

        session.call(load_sidebar_data, done)

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
        if target.view == "goals":
            self.flush()
            self.pages.setCurrentWidget(self.goals)
            self.goals.refresh()
            return
        if target.view == "reflect":
            self.flush()
            self.pages.setCurrentWidget(self.reflect)
            self.reflect.focus_first()
            return
        if target.view == "inbox":
            self.flush()
            self.pages.setCurrentWidget(self.inbox)
            self.inbox.refresh()
            return
        self.pages.setCurrentWidget(self.browse)
        self.middle.setCurrentWidget(self.list_page)
        self.list_model.set_filter(ListFilter(target.kind, target.tag, target.partner_id))
        self._update_view_title()
        if target.partner_id:
            self.banner.show()
            self.load_partner_banner(target.partner_id)
        else:
            self.banner.clear()
            self.banner.hide()
        self.load_overview()

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
        self.view_title.setText(title)
        self.view_title.setAccessibleName(title)
        kind = self.current_kind()
        self.new_button.setText(self.tr("New %1").replace("%1", labels.kind_label(kind).lower()))

    def _list_loaded(self) -> None:
        total = self.list_model.total
        self.view_count.setText(self.tr("%1 entries").replace("%1", f"{total:,}") if total != 1
                                else self.tr("1 entry"))
        empty = total == 0
        self.empty_list.setVisible(empty)
        if empty:
            self.empty_list.setText(self.tr("Nothing here yet. Press Ctrl+N to write the first one."))
        current = self.current_entry_id
        if current:
            self.list_view.select_entry(current)

    def load_overview(self) -> None:
        """On All entries: the next meeting due and agreements past review."""
        session = self.session
        if session is None or self.target != ALL:
            self.overview.clear()
            return
        today = session.today()

        def done(data: Overview) -> None:
            if self.target == ALL:
                self.overview.set_overview(data, today)

        session.call(lambda v: load_overview(v, today), done)

    def load_partner_banner(self, partner_id: str) -> None:
        session = self.session
        if session is None:
            return
        today = session.today()

        def done(info: PartnerInfo) -> None:
            if self.target.partner_id == partner_id:
                self.banner.set_info(info, today)

        session.call(lambda v: load_partner_info(v, partner_id, today), done)

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

    def start_agenda(self, partner_id: str, meeting_date: str) -> None:
        d = _dt.date.fromisoformat(meeting_date)
        p = next((p for p in self.partners if p.id == partner_id), None)
        when = d.strftime("%-d %b")
        title = (self.tr("Agenda for %1, %2").replace("%1", p.name).replace("%2", when) if p
                 else self.tr("Agenda for %1").replace("%1", when))
        self.new_entry("agenda", partner_id=partner_id, fields={"meeting_date": meeting_date}, title=title)

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
        if self.target.partner_id:
            self.load_partner_banner(self.target.partner_id)
        if entry.kind in ("session-note", "agenda", "boundary-agreement"):
            self.load_overview()

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

    # ------------------------------------------------------------ partners

    def add_partner(self) -> None:
        session = self.session
        if session is None:
            return
        dialog = PartnerDialog(parent=self)
        if not self.services.dialogs.run(dialog) or self.session is not session:
            return
        v = dialog.values()

        def done(p: Partner) -> None:
            self.refresh_sidebar()
            self.sidebar.choose(Target("entries", partner_id=p.id))
            self.load_overview()
            session.partnersChanged.emit()

        session.call(lambda vault: vault.partners.add(v.name, v.role, v.mentor_type, v.rhythm_days), done)

    def edit_partner(self, partner_id: str) -> None:
        session = self.session
        p = next((p for p in self.partners if p.id == partner_id), None)
        if session is None or p is None:
            return
        dialog = PartnerDialog(p, self)
        if not self.services.dialogs.run(dialog) or self.session is not session:
            return
        v = dialog.values()

        def done(_: Partner) -> None:
            self.refresh_sidebar()
            self.load_partner_banner(partner_id)
            session.partnersChanged.emit()

        session.call(lambda vault: vault.partners.update(partner_id, name=v.name, role=v.role,
                                                        mentor_type=v.mentor_type, rhythm_days=v.rhythm_days), done)

    # ------------------------------------------------------------ exchange

    def exchange_action(self, action: str, partner: str) -> None:
        ex = self.exchange
        handlers = {"add-card": ex.add_card, "verify": ex.verify, "bundle": lambda n: ex.prepare_bundle([n]),
                    "seen": ex.what_seen, "prep": ex.before_we_meet, "end": ex.end_relationship,
                    "my-card": lambda n: ex.identity.card()}
        handler = handlers.get(action)
        if handler is not None:
            handler(partner)

    def _partner_changed(self, _name: str) -> None:
        if self.target.partner_id:
            self.load_partner_banner(self.target.partner_id)

    def _sharing_changed(self) -> None:
        self.list_model.refresh_sharing()
        if self._editor is not None:
            self._editor.refresh_sharing()
        if self.target.partner_id:
            self.load_partner_banner(self.target.partner_id)

    def _relationship_ended(self, _name: str) -> None:
        self.refresh_sidebar()
        self.sidebar.choose(ALL)
        if self.session is not None:
            self.session.partnersChanged.emit()

    def _start_agenda_for(self, name: str) -> None:
        p = next((p for p in self.partners if p.name == name), None)
        if p is None:
            return
        info = self.banner.info
        due = info.next_meeting if info is not None and info.partner.id == p.id and info.next_meeting else None
        if self.pages.currentWidget() is not self.browse:
            self.pages.setCurrentWidget(self.browse)
        self.start_agenda(p.id, due or self.services.today().isoformat())

    # ------------------------------------------------------------ protected entries

    def ask_show_protected(self) -> None:
        session = self.session
        if session is None:
            return
        if session.protection.is_open:
            session.show_protected()
            return
        minutes = max(1, round(session.protection.window_seconds / 60))
        dialog = PassphrasePrompt(self.tr(
            "Protected entries are shown for %1 minutes after you enter your passphrase.").replace(
            "%1", str(minutes)), self)
        accepted = self.services.dialogs.run(dialog)
        passphrase = dialog.passphrase()
        dialog.field.clear()
        dialog.deleteLater()
        if not accepted or not passphrase or self.session is not session:
            return

        def done(ok: bool) -> None:
            if ok:
                session.show_protected()
            else:
                self.services.dialogs.warn(self, self.tr("Still hidden"), self.tr(
                    "That is not the passphrase of this vault, so protected entries stay hidden. Try again."))

        session.call(lambda v: v.keys.verify_passphrase(passphrase), done)

    def _protection_changed(self, shown: bool) -> None:
        self.protected_notice.setVisible(shown)
        if shown:
            self._update_protected_notice()
            self._protection_tick.start()
        else:
            self._protection_tick.stop()

    def _backup_failed(self, reason: str) -> None:
        self.backup_notice.set_text(self.tr(
            "Automatic backup: %1 Your earlier backups are kept, and MentorVault tries again the next time "
            "you unlock.").replace("%1", reason))
        self.backup_notice.show()

    def _update_protected_notice(self) -> None:
        session = self.session
        if session is None or not session.protection.is_open:
            self._protection_tick.stop()
            return
        minutes = max(1, round(session.protection.remaining() / 60))
        self.protected_notice.set_text(self.tr(
            "Protected entries are visible for about %1 more minutes.").replace("%1", str(minutes)))

    # ------------------------------------------------------------ layout state

    def save_state(self) -> tuple[QByteArray, QByteArray]:
        return self.split.saveState(), self.browse.saveState()

    def restore_state(self, main: QByteArray, browse: QByteArray) -> None:
        if not main.isEmpty():
            self.split.restoreState(main)
        if not browse.isEmpty():
            self.browse.restoreState(browse)


__all__ = ["Workspace", "PassphrasePrompt"]
