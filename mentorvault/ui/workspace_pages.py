"""The Workspace's Goals, Reflect, Insights and Inbox pages, each built (and its module imported) the
first time it is shown."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mentorvault.ui.goals import GoalsView
    from mentorvault.ui.inbox import InboxView
    from mentorvault.ui.insights import InsightsView
    from mentorvault.ui.reflect import ReflectView


class PagesBuiltOnFirstUse:
    """Mixed into ``Workspace``: it provides ``pages``, ``session``, ``_choices``, ``open_entry``,
    ``new_entry``, ``exchange`` and ``services``."""

    _goals: GoalsView | None
    _reflect: ReflectView | None
    _insights: InsightsView | None
    _inbox: InboxView | None
    pages: Any
    session: Any
    _choices: Any
    exchange: Any
    services: Any

    def open_entry(self, entry_id: str, protected: bool = False, switch: bool = False) -> None:
        raise NotImplementedError

    def new_entry(self, kind: str | None = None) -> None:
        raise NotImplementedError

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
    def insights(self) -> InsightsView:
        if self._insights is None:
            from mentorvault.ui.insights import InsightsView

            view = InsightsView()
            view.openEntry.connect(lambda eid: self.open_entry(eid, False, switch=True))
            self.pages.addWidget(view)
            view.set_session(self.session)
            view.set_partners(self._choices[0])
            self._insights = view
        return self._insights

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
