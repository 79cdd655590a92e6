"""The Insights view driven in a real window: the charts' data, the sentences as text, a clicked point
opens its entry, the empty and nearly empty states, the light and dark themes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from insights_support import build
from PySide6.QtCharts import QScatterSeries
from PySide6.QtCore import QDate, QLocale, QPointF, Qt

from mentorvault.ui import language, theme
from mentorvault.ui.logic import insights as model
from mentorvault.ui.sidebar import Target

from uihelpers import wait_idle


@pytest.fixture(autouse=True)
def english() -> Any:
    """The English catalogue, as the app installs it (it gives "1 meeting" its singular)."""
    language.install("en")
    yield
    language.uninstall()


def _open_insights(unlocked: Any, folder: Path, qtbot: Any, services: Any) -> Any:
    w = unlocked(folder)
    w.workspace.sidebar.choose(Target("insights"))
    wait_idle(qtbot, services)
    view = w.workspace.insights
    view.period_combo.setCurrentIndex(model.PERIODS.index("all"))
    wait_idle(qtbot, services)
    assert w.workspace.pages.currentWidget() is view
    return w, view


def _click(qtbot: Any, card: Any, series: QScatterSeries, x: float, y: float) -> None:
    at = card.chart.mapToPosition(QPointF(x, y), series)
    pos = card.view.mapFromScene(card.chart.mapToScene(at))
    qtbot.mouseClick(card.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_charts_sentences_and_a_click_that_opens_the_entry(unlocked: Any, tmp_path: Path, qtbot: Any,
                                                           services: Any) -> None:
    v, ids, _ = build(tmp_path / "v")
    v.lock()
    w, view = _open_insights(unlocked, tmp_path / "v", qtbot, services)
    view.resize(1200, 900)
    texts = [label.text() for label in view.sentence_labels]
    assert "Your mood after sessions rose from 2.7 to 4.5 since 1 Oct 2026." in texts
    assert "You met Priya 4 times in this period. You agreed to meet every 14 days. 1 meeting came later " \
           "than that." in texts
    assert all(label.accessibleName() == label.text() for label in view.sentence_labels)
    # every chart drawn, with the core's numbers
    assert all(card.view.isVisibleTo(view) for card in view.cards)
    mood_dots, mood_points = view.mood_card.clickable[0]
    assert [(p.y, p.entry) for p in mood_points] == [(2, ids["n1"]), (3, ids["n2"]), (3, ids["s1"]), (4, ids["n3"]),
                                                     (5, ids["n4"])]
    assert mood_dots.count() == 5
    assert {s.name() for s in view.goals_card.chart.series()} >= {"Speak up", "Read more"}
    late = [pts for _s, pts in view.meetings_card.clickable if len(pts) == 1]
    assert [p.entry for p in late[0]] == [ids["n3"]]  # the 21-day gap, drawn apart

    # a click on the point of 1 Oct opens that session note
    target = next(p for p in mood_points if p.entry == ids["n3"])
    qtbot.waitUntil(lambda: view.mood_card.view.isVisible(), timeout=5000)
    with qtbot.waitSignal(view.openEntry, timeout=5000) as opened:
        _click(qtbot, view.mood_card, mood_dots, target.x, target.y)
    assert opened.args == [ids["n3"]]
    wait_idle(qtbot, services)
    assert w.workspace.pages.currentWidget() is w.workspace.browse
    qtbot.waitUntil(lambda: w.workspace.current_entry_id == ids["n3"], timeout=10000)

    # one partner: the view follows the choice
    w.workspace.sidebar.choose(Target("insights"))
    wait_idle(qtbot, services)
    view.choose_partner(next(p.id for p in w.workspace.partners if p.name == "Sam"))
    wait_idle(qtbot, services)
    assert view.insights.partner == "Sam" and [p.value for p in view.insights.mood] == [3]
    assert "Only 1 session note with a mood so far: no trend yet." in [label.text() for label in view.sentence_labels]


def test_theme_changes_restyle_the_charts(unlocked: Any, tmp_path: Path, qtbot: Any, services: Any) -> None:
    v, _, _ = build(tmp_path / "v")
    v.lock()
    _, view = _open_insights(unlocked, tmp_path / "v", qtbot, services)
    light = view.mood_card.chart.backgroundBrush().color().name()
    try:
        theme.manager().apply("dark")
        dark = view.mood_card.chart.backgroundBrush().color().name()
        assert light != dark
        assert view.mood_card.chart.axes()[0].labelsColor().lightness() > 128  # light text on dark
    finally:
        theme.manager().apply("light")


def test_empty_and_three_notes(unlocked: Any, vault_folder: Path, qtbot: Any, services: Any) -> None:
    w, view = _open_insights(unlocked, vault_folder, qtbot, services)
    assert len(view.sentence_labels) == 1
    assert view.sentence_labels[0].text().startswith("Nothing to show for this period yet.")
    assert not any(card.isVisibleTo(view) for card in view.cards)

    from uihelpers import in_vault
    today = dt.date.today()
    for i, (mood, energy) in enumerate(((3, 2), (4, 3), (4, 4))):
        day = (today - dt.timedelta(days=14 * (2 - i))).isoformat()
        in_vault(w, lambda vv, day=day, mood=mood, energy=energy: vv.entries.add(
            "session-note", f"Note {day}", "", {"session_date": day, "mood": mood, "energy": energy}))
    view.refresh()
    wait_idle(qtbot, services)
    assert view.mood_card.isVisibleTo(view) and view.mood_card.view.isVisibleTo(view)
    assert [p.value for p in view.insights.mood] == [3, 4, 4]
    assert not view.goals_card.view.isVisibleTo(view)
    assert view.goals_card.note.text() == "No goal moved in this period."


def test_the_charts_and_sentences_follow_the_language(unlocked: Any, tmp_path: Path, qtbot: Any,
                                                     services: Any) -> None:
    v, _, _ = build(tmp_path / "v")
    v.lock()
    language.install("de")
    _, view = _open_insights(unlocked, tmp_path / "v", qtbot, services)
    texts = [label.text() for label in view.sentence_labels]
    assert "Deine Stimmung nach Sitzungen ist seit 1. Okt. 2026 von 2,7 auf 4,5 gestiegen." in texts, texts
    months = view.feedback_card.chart.axes(Qt.Orientation.Horizontal)[0].categories()
    assert months == [QLocale("de").toString(QDate(2026, m, 1), "MMM yyyy") for m in (9, 10)]
    assert view.mood_card.chart.locale().name() == "de_DE"
    assert view.mood_card.title.text() == "Stimmung und Energie nach Sitzungen"


def test_many_points_are_drawn_as_weekly_means() -> None:
    day = model.DAY_MS
    points = [model.ChartPoint(i * day, float(1 + i % 5), f"e{i}") for i in range(model.MAX_DOTS + 1)]
    weeks = model.weekly_means(points)
    assert len(weeks) == len({int(p.x // model.WEEK_MS) for p in points})
    first_week = [p for p in points if p.x < model.WEEK_MS]
    assert weeks[0].y == sum(p.y for p in first_week) / len(first_week) and weeks[0].entry is None
    # a click on the line opens the entry nearest in time
    assert model.entry_at(points, 10.2 * day, 99, x_slack=model.WEEK_MS / 2, y_slack=float("inf")) == "e10"
    assert model.entry_at(points, 10.2 * day, 99) is None  # a dot is hit only near it


def test_a_protected_goal_is_not_named_until_shown(unlocked: Any, tmp_path: Path, qtbot: Any,
                                                   services: Any) -> None:
    v, ids, _ = build(tmp_path / "v")
    v.entries.update(ids["g1"], protected=True)
    v.lock()
    w, view = _open_insights(unlocked, tmp_path / "v", qtbot, services)
    texts = [label.text() for label in view.sentence_labels]
    assert "A protected goal went from 0% to 80%." in texts
    assert not any("Speak up" in t for t in texts)
    names = {s.name() for s in view.goals_card.chart.series()}
    assert "Protected goal" in names and "Speak up" not in names
    w.session.show_protected()
    wait_idle(qtbot, services)
    assert "“Speak up” went from 0% to 80%." in [label.text() for label in view.sentence_labels]


def test_periods() -> None:
    today = dt.date(2026, 3, 31)
    assert model.period("3m", today) == model.Query(None, "2026-01-01", "2026-03-31")
    assert model.period("6m", dt.date(2026, 8, 31)) == model.Query(None, "2026-03-01", "2026-08-31")  # Feb has 28
    assert model.period("12m", today) == model.Query(None, "2025-04-01", "2026-03-31")
    assert model.period("all", today) == model.Query()
    # two days picked the wrong way round are put in order; one open end stays open
    assert model.period("custom", today, dt.date(2026, 2, 1), dt.date(2026, 1, 1)) == model.Query(
        None, "2026-01-01", "2026-02-01")
    assert model.period("custom", today, dt.date(2026, 2, 1), None) == model.Query(None, "2026-02-01", None)
