"""The workspace's partner wiring: the partner banner and the overview kept current, adding
and editing a partner, the banner's exchange actions, and agendas started from either."""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QSplitter, QStackedWidget, QWidget

from mentorvault.domain.models import Partner
from mentorvault.ui.logic.partners import (
    Overview,
    PartnerInfo,
    add_partner,
    read_overview,
    read_partner_info,
    update_partner,
)
from mentorvault.ui.partners import OverviewBar, PartnerBanner, PartnerDialog
from mentorvault.ui.services import Services
from mentorvault.ui.session import Session
from mentorvault.ui.sidebar import ALL, Sidebar, Target

if TYPE_CHECKING:
    from mentorvault.ui.exchange import ExchangeActions
    from mentorvault.ui.notes_out import NotesOutActions


class WorkspaceParts(Protocol):
    """What the partner wiring uses of the workspace (``Workspace``; named here, not imported: no cycle)."""

    session: Session | None
    services: Services
    partners: list[Partner]
    target: Target
    sidebar: Sidebar
    pages: QStackedWidget
    browse: QSplitter

    @property
    def banner(self) -> PartnerBanner: ...
    @property
    def overview(self) -> OverviewBar: ...
    @property
    def exchange(self) -> ExchangeActions: ...
    def refresh_sidebar(self) -> None: ...
    def new_entry(self, kind: str | None = None, **prefill: Any) -> None: ...


class PartnerFlow(QObject):
    def __init__(self, workspace: WorkspaceParts, view: QWidget) -> None:
        """``view``: the workspace as a widget, the parent of the dialogs."""
        super().__init__(view)
        self.ws = workspace
        self.view = view
        self._notes_out: NotesOutActions | None = None
        self._hooked: set[int] = set()

    @property
    def notes_out(self) -> NotesOutActions:
        """Export, print, session pack and end-of-cycle summary (made on first use)."""
        if self._notes_out is None:
            from mentorvault.ui.notes_out import NotesOutActions

            self._notes_out = NotesOutActions(self.view)
        return self._notes_out

    def load_overview(self) -> None:
        """On All entries: the next meeting due and agreements past review."""
        ws = self.ws
        session = ws.session
        if session is None or ws.target != ALL:
            ws.overview.clear()
            return
        today = session.today()

        def done(data: Overview) -> None:
            if ws.target == ALL:
                ws.overview.set_overview(data, today)

        session.call(lambda v: read_overview(v, today), done)

    def load_partner_banner(self, partner_id: str) -> None:
        ws = self.ws
        session = ws.session
        if session is None:
            return
        today = session.today()

        def done(info: PartnerInfo) -> None:
            if ws.target.partner_id == partner_id:
                ws.banner.set_info(info, today)

        session.call(lambda v: read_partner_info(v, partner_id, today), done)

    def show_banner(self, partner_id: str | None) -> None:
        """The banner of the partner whose entries are listed; none on other lists."""
        banner = self.ws.banner
        if partner_id:
            banner.show()
            self.load_partner_banner(partner_id)
        else:
            banner.clear()
            banner.hide()

    def refresh_banner(self, *_: object) -> None:
        """Reload the banner of the partner being shown, if one is."""
        if self.ws.target.partner_id:
            self.load_partner_banner(self.ws.target.partner_id)

    def add_partner(self) -> None:
        ws = self.ws
        session = ws.session
        if session is None:
            return
        dialog = PartnerDialog(parent=self.view)
        if not ws.services.dialogs.run(dialog) or ws.session is not session:
            return
        v = dialog.values()

        def done(p: Partner) -> None:
            ws.refresh_sidebar()
            ws.sidebar.choose(Target("entries", partner_id=p.id))
            self.load_overview()
            session.partnersChanged.emit()

        session.call(lambda vault: add_partner(vault, v), done)

    def edit_partner(self, partner_id: str) -> None:
        ws = self.ws
        session = ws.session
        p = next((p for p in ws.partners if p.id == partner_id), None)
        if session is None or p is None:
            return
        dialog = PartnerDialog(p, self.view)
        if not ws.services.dialogs.run(dialog) or ws.session is not session:
            return
        v = dialog.values()

        def done(_: Partner) -> None:
            ws.refresh_sidebar()
            self.load_partner_banner(partner_id)
            session.partnersChanged.emit()

        session.call(lambda vault: update_partner(vault, partner_id, v), done)

    def exchange_action(self, action: str, partner: str) -> None:
        ex = self.ws.exchange
        if id(ex) not in self._hooked:  # the session pack and summary asked for from the exchange's dialogs
            self._hooked.add(id(ex))
            ex.sessionPackRequested.connect(self.notes_out.session_pack)
            ex.summaryRequested.connect(self.notes_out.cycle_summary)
        handlers = {"pack": self.notes_out.session_pack, "summary": self.notes_out.cycle_summary,"add-card": ex.add_card, "verify": ex.verify, "bundle": lambda n: ex.prepare_bundle([n]),
                    "seen": ex.what_seen, "prep": ex.before_we_meet, "end": ex.end_relationship,
                    "my-card": lambda n: ex.my_card(), "folder": ex.choose_folder, "clear-folder": ex.clear_folder,
                    "send": ex.send_to_folder, "email": ex.send_by_email, "calendar": ex.calendar,
                    "send-on-share": lambda n: ex.set_send_on_share(n, True),
                    "no-send-on-share": lambda n: ex.set_send_on_share(n, False)}
        handler = handlers.get(action)
        if handler is not None:
            handler(partner)

    def relationship_ended(self, _name: str) -> None:
        ws = self.ws
        ws.refresh_sidebar()
        ws.sidebar.choose(ALL)
        if ws.session is not None:
            ws.session.partnersChanged.emit()

    def start_agenda(self, partner_id: str, meeting_date: str) -> None:
        ws = self.ws
        d = _dt.date.fromisoformat(meeting_date)
        p = next((p for p in ws.partners if p.id == partner_id), None)
        when = d.strftime("%-d %b")
        title = (self.tr("Agenda for %1, %2").replace("%1", p.name).replace("%2", when) if p
                 else self.tr("Agenda for %1").replace("%1", when))
        ws.new_entry("agenda", partner_id=partner_id, fields={"meeting_date": meeting_date}, title=title)

    def start_agenda_for(self, name: str) -> None:
        ws = self.ws
        p = next((p for p in ws.partners if p.name == name), None)
        if p is None:
            return
        info = ws.banner.info
        due = info.next_meeting if info is not None and info.partner.id == p.id and info.next_meeting else None
        if ws.pages.currentWidget() is not ws.browse:
            ws.pages.setCurrentWidget(ws.browse)
        self.start_agenda(p.id, due or ws.services.today().isoformat())
