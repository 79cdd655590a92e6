"""Insights: patterns over months, drawn with Qt Charts, with the same facts as sentences.

The numbers come from ``vault.insights.compute`` through ``ui/logic/insights.py`` (run on the
worker); the sentences are real text (labels a screen reader reads); a click on a point opens the
entry behind it.  The charts take the window's palette (light or dark) and its language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QLocale, QMargins, QPointF, Qt, QTimeZone, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentorvault.domain.models import Partner
from mentorvault.ui import theme
from mentorvault.ui.insights_words import sentence_text
from mentorvault.ui.logic import insights as model
from mentorvault.ui.session import Session
from mentorvault.ui.widgets import a11y, styled_label
from mentorvault.ui.wording import Dates, date_format
from mentorvault.vault.insights import Insights

# Series colours, each readable on the light and the dark background (the accent is the theme's).
ENERGY = ("#b0722a", "#e0a458")
LATE = ("#b3412e", "#f08a74")
OTHERS = (("#5b6bb0", "#9aa8e8"), ("#7a5a9e", "#c3a3e6"), ("#3f7f4a", "#86c992"), ("#8a6d1f", "#d8bb62"))


def _colour(pair: tuple[str, str], dark: bool) -> QColor:
    return QColor(pair[1] if dark else pair[0])


class ChartCard(QFrame):
    """A titled chart, or a muted line saying there is nothing to draw for it."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        col = QVBoxLayout(self)
        col.setContentsMargins(12, 10, 12, 10)
        self.title = styled_label(title, "subheading")
        col.addWidget(self.title)
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(230)
        a11y(self.view, title)
        col.addWidget(self.view, 1)
        self.note = styled_label("", "muted")
        col.addWidget(self.note)
        # (series, its points) for a click to find the entry behind a point
        self.clickable: list[tuple[QScatterSeries, list[model.ChartPoint]]] = []

    def reset(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.clickable = []

    def show_chart(self, shown: bool, note: str = "") -> None:
        self.view.setVisible(shown)
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def apply_theme(self) -> None:
        """The window's palette on the chart: background, frame, text, axes and grid (light or dark)."""
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        grid = pal.color(QPalette.ColorRole.Mid)
        self.chart.setBackgroundBrush(pal.color(QPalette.ColorRole.Base))
        self.chart.setBackgroundPen(QPen(grid))
        self.chart.legend().setLabelColor(text)
        for axis in self.chart.axes():
            axis.setLabelsColor(text)
            axis.setLinePenColor(grid)
            axis.setGridLineColor(grid)
            axis.setTitleBrush(text)
        self.chart.setLocale(QLocale())
        self.chart.setLocalizeNumbers(True)


class InsightsView(QWidget):
    openEntry = Signal(str)

    def __init__(self, today: Callable[[], dt.date] = dt.date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.today = today
        self.insights: Insights | None = None
        self.query = model.Query()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        head = QHBoxLayout()
        head.addWidget(styled_label(self.tr("Insights"), "heading", wrap=False))
        head.addStretch(1)
        who = QLabel(self.tr("&For:"))
        self.partner_combo = QComboBox()
        a11y(self.partner_combo, self.tr("Whose entries"))
        who.setBuddy(self.partner_combo)
        head.addWidget(who)
        head.addWidget(self.partner_combo)
        when = QLabel(self.tr("&Period:"))
        self.period_combo = QComboBox()
        for key, text in zip(model.PERIODS, (self.tr("Last 3 months"), self.tr("Last 6 months"),
                                             self.tr("Last 12 months"), self.tr("All time"),
                                             self.tr("Between days…")), strict=True):
            self.period_combo.addItem(text, key)
        self.period_combo.setCurrentIndex(model.PERIODS.index("12m"))
        a11y(self.period_combo, self.tr("Period"))
        when.setBuddy(self.period_combo)
        head.addWidget(when)
        head.addWidget(self.period_combo)
        self.since_edit, self.until_edit = QDateEdit(), QDateEdit()
        for edit, name in ((self.since_edit, self.tr("First day")), (self.until_edit, self.tr("Last day"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())
            a11y(edit, name)
            edit.setVisible(False)
            edit.dateChanged.connect(lambda _d: self.refresh())
            head.addWidget(edit)
        outer.addLayout(head)

        self.sentences_box = QVBoxLayout()
        self.sentences_box.setSpacing(4)
        self.sentence_labels: list[QLabel] = []
        outer.addLayout(self.sentences_box)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        grid = self.grid = QGridLayout(holder)
        grid.setContentsMargins(0, 8, 8, 0)
        grid.setSpacing(12)
        self.mood_card = ChartCard(self.tr("Mood and energy after sessions"))
        self.goals_card = ChartCard(self.tr("Goals: progress over time"))
        self.meetings_card = ChartCard(self.tr("Meetings: days since the one before"))
        self.feedback_card = ChartCard(self.tr("Feedback received per month"))
        self.tags_card = ChartCard(self.tr("Tags that rose or fell"))
        self.cards = [self.mood_card, self.goals_card, self.meetings_card, self.feedback_card, self.tags_card]
        for i, card in enumerate(self.cards):
            grid.addWidget(card, i // 2, i % 2)
        self.scroll_area.setWidget(holder)
        a11y(self.scroll_area, self.tr("Charts"))
        outer.addWidget(self.scroll_area, 1)

        self.partner_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        theme.manager().changed.connect(self._restyle)
        self.set_partners([])

    # ------------------------------------------------------------ choices

    def set_session(self, session: Session | None) -> None:
        self.session = session
        self.insights = None
        if session is not None:
            self.today = session.today
            session.protectionChanged.connect(lambda _shown: self._restyle())

    def set_partners(self, partners: list[Partner]) -> None:
        current = self.partner_combo.currentData()
        self.partner_combo.blockSignals(True)
        self.partner_combo.clear()
        self.partner_combo.addItem(self.tr("All partners"), None)
        for p in partners:
            self.partner_combo.addItem(p.name, p.id)
        index = self.partner_combo.findData(current)
        self.partner_combo.setCurrentIndex(max(index, 0))
        self.partner_combo.blockSignals(False)

    def choose_partner(self, partner_id: str | None) -> None:
        self.partner_combo.setCurrentIndex(max(self.partner_combo.findData(partner_id), 0))

    def _period_changed(self) -> None:
        custom = self.period_combo.currentData() == "custom"
        if custom and self.insights is not None and self.insights.since and self.insights.until:
            for edit, day in ((self.since_edit, self.insights.since), (self.until_edit, self.insights.until)):
                edit.blockSignals(True)
                edit.setDate(QDate.fromString(day, Qt.DateFormat.ISODate))
                edit.blockSignals(False)
        self.since_edit.setVisible(custom)
        self.until_edit.setVisible(custom)
        self.refresh()

    def current_query(self) -> model.Query:
        choice = str(self.period_combo.currentData())
        since = until = None
        if choice == "custom":
            since, until = (e.date().toPython() for e in (self.since_edit, self.until_edit))
        days = model.period(choice, self.today(), since, until)  # type: ignore[arg-type]
        return model.Query(self.partner_combo.currentData(), days.since, days.until)

    # ------------------------------------------------------------ loading and drawing

    def refresh(self) -> None:
        session = self.session
        if session is None:
            return
        query = self.current_query()
        self.query = query
        session.call(lambda v: model.read_insights(v, query), self.show_insights)

    def show_insights(self, ins: Insights) -> None:
        self.insights = ins
        self._show_sentences(ins)
        dark = theme.manager().is_dark
        self._draw_mood(ins, dark)
        self._draw_goals(ins, dark)
        self._draw_meetings(ins, dark)
        self._draw_feedback(ins, dark)
        self._draw_tags(ins, dark)
        self._arrange(ins.empty)
        for card in self.cards:
            card.apply_theme()

    def _arrange(self, empty: bool) -> None:
        """Charts with something to draw two by two; below them, each card with nothing to draw as one
        full-width line (its title and why), so a new vault reads as a short list, not empty frames."""
        for r in range(self.grid.rowCount()):
            self.grid.setRowStretch(r, 0)
        for card in self.cards:
            self.grid.removeWidget(card)
            card.setVisible(not empty)
        drawn = [c for c in self.cards if c.view.isVisibleTo(c)]
        for i, card in enumerate(drawn):
            self.grid.addWidget(card, i // 2, i % 2)
        row = (len(drawn) + 1) // 2
        for card in (c for c in self.cards if c not in drawn):
            self.grid.addWidget(card, row, 0, 1, 2)
            row += 1
        self.grid.setRowStretch(row, 1)

    def _show_sentences(self, ins: Insights) -> None:
        for label in self.sentence_labels:
            label.setParent(None)
            label.deleteLater()
        self.sentence_labels = []
        hide = self.session is None or self.session.hides(True)
        for s in ins.sentences:
            label = styled_label(sentence_text(s, hide), "muted" if s.kind == "empty" else "", selectable=True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            label.setAccessibleName(label.text())
            self.sentences_box.addWidget(label)
            self.sentence_labels.append(label)

    def _date_axis(self, card: ChartCard, points: list[model.ChartPoint]) -> QDateTimeAxis:
        axis = QDateTimeAxis()
        lo, hi = model.x_range(points)
        axis.setFormat(date_format() if model.short_span(lo, hi) else
                       Dates.tr("MMM yyyy", "a chart's date axis: a QDateTime pattern, month and year"))
        axis.setRange(_moment(lo), _moment(hi))
        axis.setTickCount(4)
        card.chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        return axis

    def _value_axis(self, card: ChartCard, lo: float, hi: float, title: str = "", ticks: int = 5) -> QValueAxis:
        axis = QValueAxis()
        axis.setRange(lo, hi)
        axis.setTickCount(ticks)
        axis.setLabelFormat("%.0f")
        if title:
            axis.setTitleText(title)
        card.chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        return axis

    def _line(self, card: ChartCard, name: str, points: list[model.ChartPoint], colour: QColor,
              axes: tuple[QDateTimeAxis, QValueAxis], marked: list[model.ChartPoint] | None = None,
              marked_colour: QColor | None = None) -> None:
        """A line through the points, each point a dot a click opens; ``marked`` points drawn larger.
        Past ``MAX_DOTS`` points the line shows weekly means without dots; a click on it opens the
        entry nearest in time."""
        line = QLineSeries()
        line.setName(name)
        line.setPen(QPen(colour, 2))
        many = len(points) > model.MAX_DOTS
        line.replace([QPointF(p.x, p.y) for p in (model.weekly_means(points) if many else points)])
        series: list[tuple[QLineSeries | QScatterSeries, list[model.ChartPoint]]] = [(line, points)]
        if many:
            line.clicked.connect(lambda pos, pts=points: self._open(model.entry_at(
                pts, pos.x(), pos.y(), x_slack=model.WEEK_MS / 2, y_slack=float("inf"))))
        else:
            series.append((self._dots(points, colour, 9), points))
        if marked:
            series.append((self._dots(marked, marked_colour or colour, 14), marked))
        for s, pts in series:
            card.chart.addSeries(s)
            s.attachAxis(axes[0])
            s.attachAxis(axes[1])
            if isinstance(s, QScatterSeries):
                card.chart.legend().markers(s)[0].setVisible(False)
                card.clickable.append((s, pts))
                s.clicked.connect(lambda pos, pts=pts: self._clicked(pts, pos))

    @staticmethod
    def _dots(points: list[model.ChartPoint], colour: QColor, size: int) -> QScatterSeries:
        dots = QScatterSeries()
        dots.setMarkerSize(size)
        dots.setColor(colour)
        dots.setBorderColor(colour)
        dots.replace([QPointF(p.x, p.y) for p in points])
        return dots

    def _open(self, entry: str | None) -> None:
        if entry is not None:
            self.openEntry.emit(entry)

    def _clicked(self, points: list[model.ChartPoint], pos: QPointF) -> None:
        self._open(model.entry_at(points, pos.x(), pos.y(),
                                  y_slack=max(0.5, max((p.y for p in points), default=0) / 20)))

    def _draw_mood(self, ins: Insights, dark: bool) -> None:
        card = self.mood_card
        card.reset()
        if not ins.mood and not ins.energy:
            card.show_chart(False, self.tr("No session notes with a mood or energy in this period."))
            return
        mood, energy = model.points_of(ins.mood), model.points_of(ins.energy)
        axes = (self._date_axis(card, mood + energy), self._value_axis(card, 1, 5, "", 5))
        self._line(card, self.tr("Mood"), mood, theme.manager().accent(), axes)
        self._line(card, self.tr("Energy"), energy, _colour(ENERGY, dark), axes)
        card.show_chart(True, self.tr("From 1 (low) to 5 (high). Click a point to open its session note."))

    def _draw_goals(self, ins: Insights, dark: bool) -> None:
        card = self.goals_card
        card.reset()
        series = model.goal_series(ins)
        if not series:
            card.show_chart(False, self.tr("No goal moved in this period."))
            return
        axes = (self._date_axis(card, [p for s in series for p in s.points]), self._value_axis(card, 0, 100, "%", 6))
        colours = [theme.manager().accent()] + [_colour(c, dark) for c in OTHERS]
        hide = self.session is None or self.session.hides(True)
        for i, s in enumerate(series):
            colour = colours[i % len(colours)]
            name = self.tr("Protected goal") if s.protected and hide else s.name
            self._line(card, name, s.points, colour, axes, s.marked, colour)
        card.show_chart(True, self.tr("Large dots: the day a small step was done. Click a point to open the goal."))

    def _draw_meetings(self, ins: Insights, dark: bool) -> None:
        card = self.meetings_card
        card.reset()
        series = model.meeting_series(ins)
        if not series:
            card.show_chart(False, self.tr("No session notes with a partner in this period."))
            return
        top = max([p.y for s in series for p in s.points] + [s.limit or 0 for s in series])
        every = [p for s in series for p in s.points]
        axes = (self._date_axis(card, every), self._value_axis(card, 0, max(7.0, top * 1.15), self.tr("days")))
        colours = [theme.manager().accent()] + [_colour(c, dark) for c in OTHERS]
        for i, s in enumerate(series):
            colour = colours[i % len(colours)]
            self._line(card, s.name, s.points, colour, axes, s.marked, _colour(LATE, dark))
            if s.limit is not None:
                rhythm = QLineSeries()
                rhythm.setName(self.tr("Every %n days (%1)", "", int(s.limit)).replace("%1", s.name))
                pen = QPen(colour, 1, Qt.PenStyle.DashLine)
                rhythm.setPen(pen)
                lo, hi = model.x_range(every)
                rhythm.replace([QPointF(lo, s.limit), QPointF(hi, s.limit)])
                card.chart.addSeries(rhythm)
                rhythm.attachAxis(axes[0])
                rhythm.attachAxis(axes[1])
        card.show_chart(True, self.tr("Red dots: a meeting that came later than agreed. Click one to open it."))

    def _draw_feedback(self, ins: Insights, dark: bool) -> None:
        card = self.feedback_card
        card.reset()
        bars = model.feedback_bars(ins)
        if not bars.categories:
            card.show_chart(False, self.tr("No feedback received in this period."))
            return
        names = {"sbi": self.tr("Situation, behaviour, impact"), "start-stop-continue": self.tr("Start, stop, continue"),
                 "done": self.tr("Action items done")}
        colours = {"sbi": theme.manager().accent(), "start-stop-continue": _colour(OTHERS[0], dark),
                   "done": _colour(ENERGY, dark)}
        series = QBarSeries()
        for key, values in bars.sets.items():
            bar = QBarSet(names[key])
            bar.setColor(colours[key])
            bar.setBorderColor(colours[key])
            for value in values:
                bar.append(value)
            series.append(bar)
        card.chart.addSeries(series)
        months = QBarCategoryAxis()
        months.append([QLocale().toString(QDate.fromString(m + "-01", Qt.DateFormat.ISODate),
                                          Dates.tr("MMM yyyy", "a chart's date axis: a QDateTime pattern, month and year"))
                       for m in bars.categories])
        card.chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(months)
        counts = self._value_axis(card, 0, max(bars.top, 1), "", min(max(bars.top, 1), 5) + 1)
        series.attachAxis(counts)
        card.show_chart(True)

    def _draw_tags(self, ins: Insights, dark: bool) -> None:
        card = self.tags_card
        card.reset()
        bars = model.tag_bars(ins)
        if not bars.categories:
            card.show_chart(False, self.tr("No tag came up more or less often in this period."))
            return
        series = QHorizontalBarSeries()
        for key, name, colour in (("before", self.tr("First half"), _colour(OTHERS[0], dark)),
                                  ("after", self.tr("Second half"), theme.manager().accent())):
            bar = QBarSet(name)
            bar.setColor(colour)
            bar.setBorderColor(colour)
            for value in bars.sets[key]:
                bar.append(value)
            series.append(bar)
        card.chart.addSeries(series)
        tags = QBarCategoryAxis()
        tags.append([f"#{t}" for t in bars.categories])
        card.chart.addAxis(tags, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(tags)
        counts = QValueAxis()
        counts.setRange(0, max(bars.top, 1))
        counts.setLabelFormat("%.0f")
        counts.setTickCount(min(max(bars.top, 1), 5) + 1)
        card.chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(counts)
        card.show_chart(True)

    def _restyle(self) -> None:
        if self.insights is not None:
            self.show_insights(self.insights)


def _moment(ms: float) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(ms), QTimeZone.utc())
