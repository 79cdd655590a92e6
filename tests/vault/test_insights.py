"""vault.insights.compute against figures worked out by hand on a vault built here (no Qt).

The vault (clock set by hand, each entry saved on the day named):

  Priya (rhythm 14 days): session notes 09-01 (mood 2, energy 3, #career), 09-10 (3, 2, #career),
                          10-01 (4, 4, #visibility), 10-12 (5, 5, #visibility #career)
  Sam (no rhythm):        session note 09-20 (mood 3, no energy, #career)
  feedback:  09-05 sbi ["[x] ask", "write"], 09-25 start-stop-continue ["[x] a", "[X] b"], 10-03 sbi []
  goal "Speak up" (Priya): saved 09-02 with two open steps (0%), 09-15 one step done (50%), 10-05 set to 80%
  goal "Read more":        saved 09-09 with steps done 09-03 and 09-08, one open, one dropped (33%, 67%)

Every entry lies in 2026-09-01 .. 2026-10-12, so the middle is 2026-09-21 (20.5 days after the first).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE, RecordingSecretStore
from insights_support import Clock, build, note

from mentorvault.errors import BadPeriod
from mentorvault.storage.insights import backfill
from mentorvault.vault import Vault
from mentorvault.vault.insights import Point, ProgressPoint, Sentence


@pytest.fixture
def built(tmp_path: Path) -> Any:
    v, ids, _ = build(tmp_path / "v")
    yield v, ids
    v.lock()


def test_mood_and_energy_series(built: Any) -> None:
    v, ids = built
    r = v.insights.compute()
    assert r.mood == [Point("2026-09-01", 2, ids["n1"]), Point("2026-09-10", 3, ids["n2"]),
                      Point("2026-09-20", 3, ids["s1"]), Point("2026-10-01", 4, ids["n3"]),
                      Point("2026-10-12", 5, ids["n4"])]
    assert [(p.date, p.value) for p in r.energy] == [("2026-09-01", 3), ("2026-09-10", 2), ("2026-10-01", 4),
                                                     ("2026-10-12", 5)]  # Sam's note has no energy
    assert (r.since, r.middle, r.until) == ("2026-09-01", "2026-09-21", "2026-10-12")
    # mood before the middle: 2, 3, 3 -> 2.7; from it: 4, 5 -> 4.5
    assert Sentence("measure_rose", {"measure": "mood", "partner": None, "before": 2.7, "after": 4.5,
                                     "since": "2026-10-01"}) in r.sentences
    assert Sentence("measure_rose", {"measure": "energy", "partner": None, "before": 2.5, "after": 4.5,
                                     "since": "2026-10-01"}) in r.sentences


def test_goal_progress_over_time(built: Any) -> None:
    v, ids = built
    r = v.insights.compute()
    assert [(g.id, g.title) for g in r.goals] == [(ids["g1"], "Speak up"), (ids["g2"], "Read more")]
    assert r.goals[0].progress == [ProgressPoint("2026-09-02", 0), ProgressPoint("2026-09-15", 50),
                                   ProgressPoint("2026-10-05", 80)]
    # 3 steps count (the dropped one does not): 1 of 3 done by 09-03, 2 of 3 by 09-08; the save on 09-09
    assert r.goals[1].progress == [ProgressPoint("2026-09-03", 33, step=True), ProgressPoint("2026-09-08", 67, step=True),
                                   ProgressPoint("2026-09-09", 67)]
    assert Sentence("goal_progress", {"goal": "Speak up", "start": 0, "end": 80, "protected": False}) in r.sentences
    assert Sentence("goal_progress", {"goal": "Read more", "start": 33, "end": 67, "protected": False}) in r.sentences


def test_meetings_against_rhythm(built: Any) -> None:
    v, ids = built
    priya, sam = v.insights.compute().meetings
    assert (priya.partner, priya.dates, priya.gaps, priya.rhythm_days, priya.late) == (
        "Priya", ["2026-09-01", "2026-09-10", "2026-10-01", "2026-10-12"], [9, 21, 11], 14, 1)
    assert priya.entries == [ids["n1"], ids["n2"], ids["n3"], ids["n4"]]
    assert (sam.partner, sam.dates, sam.gaps, sam.rhythm_days, sam.late) == ("Sam", ["2026-09-20"], [], None, 0)
    sentences = v.insights.compute().sentences
    assert Sentence("meetings_rhythm", {"partner": "Priya", "count": 4, "late": 1, "rhythm_days": 14}) in sentences
    assert Sentence("meetings_count", {"partner": "Sam", "count": 1}) in sentences


def test_feedback_per_month(built: Any) -> None:
    v, _ = built
    r = v.insights.compute()
    assert [(f.month, f.count, f.by_format, f.actions, f.actions_done) for f in r.feedback_per_month] == [
        ("2026-09", 2, {"sbi": 1, "start-stop-continue": 1}, 4, 3), ("2026-10", 1, {"sbi": 1}, 0, 0)]
    assert Sentence("feedback", {"count": 3, "actions": 4, "actions_done": 3}) in r.sentences


def test_tags_that_rose_or_fell(built: Any) -> None:
    v, _ = built
    r = v.insights.compute()
    # before 09-21: career x3 (09-01, 09-10, 09-20); from it: career x1, visibility x2
    assert [(t.tag, t.before, t.after) for t in r.tags] == [("career", 3, 1), ("visibility", 0, 2)]
    assert Sentence("tag_rose", {"tag": "visibility", "before": 0, "after": 2}) in r.sentences
    assert Sentence("tag_fell", {"tag": "career", "before": 3, "after": 1}) in r.sentences


def test_one_partner_and_a_period(built: Any) -> None:
    v, ids = built
    r = v.insights.compute(partner="priya")
    assert r.partner == "Priya"
    assert [p.entry for p in r.mood] == [ids["n1"], ids["n2"], ids["n3"], ids["n4"]]
    assert [m.partner for m in r.meetings] == ["Priya"]
    assert [g.title for g in r.goals] == ["Speak up"]
    assert r.feedback_per_month == []
    assert Sentence("measure_rose", {"measure": "mood", "partner": "Priya", "before": 2.5, "after": 4.5,
                                     "since": "2026-10-01"}) in r.sentences

    r = v.insights.compute(since="2026-10-01")
    assert (r.since, r.middle, r.until) == ("2026-10-01", "2026-10-06", "2026-10-12")
    assert [(p.date, p.value) for p in r.mood] == [("2026-10-01", 4), ("2026-10-12", 5)]
    assert [(g.title, g.progress) for g in r.goals] == [("Speak up", [ProgressPoint("2026-10-05", 80)])]
    assert [f.month for f in r.feedback_per_month] == ["2026-10"]
    assert [(t.tag, t.before, t.after) for t in r.tags] == [("career", 0, 1)]
    assert v.insights.compute(until="2026-08-31").sentences == [Sentence("empty")]


def test_bad_periods_are_refused(built: Any) -> None:
    v, _ = built
    with pytest.raises(BadPeriod) as e:
        v.insights.compute(since="last week")
    assert e.value.reason == "not_a_date" and e.value.since == "last week"
    with pytest.raises(BadPeriod) as e:
        v.insights.compute(since="2026-10-01", until="2026-09-01")
    assert e.value.reason == "reversed"


def test_figures_follow_edits_deletes_and_the_migration(built: Any) -> None:
    v, ids = built
    before = v.insights.compute()
    v.entries.update(ids["n4"], fields={"session_date": "2026-10-12", "mood": 1, "energy": 5})
    assert v.insights.compute().mood[-1].value == 1
    v.entries.delete(ids["n4"])
    assert v.conn.execute("SELECT count(*) FROM entry_figures WHERE entry_id = ?", (ids["n4"],)).fetchone()[0] == 0
    assert [p.entry for p in v.insights.compute().mood][-1] == ids["n3"]
    # the migration's backfill gives what the saves kept (the goals replayed from their revisions)
    after = v.insights.compute()
    v.conn.execute("DELETE FROM entry_figures")
    backfill(v.conn)
    assert v.insights.compute() == after != before


def test_empty_vault(vault: Vault) -> None:
    r = vault.insights.compute()
    assert (r.mood, r.energy, r.goals, r.meetings, r.feedback_per_month, r.tags) == ([], [], [], [], [], [])
    assert (r.since, r.until, r.middle) == (None, None, None)
    assert r.sentences == [Sentence("empty")]
    assert r.to_json() == {"mood": [], "energy": [], "goals": [], "meetings": [], "feedback_per_month": [],
                           "tags": []}


def test_three_session_notes(tmp_path: Path) -> None:
    clock = Clock()
    v, _ = Vault.create(tmp_path / "v", PASSPHRASE, clock=clock, secret_store=RecordingSecretStore())
    try:
        a = note(v, "2026-03-02", 3, 2, [], None)
        b = note(v, "2026-03-09", 4, None, [], None)
        c = note(v, "2026-03-16", 4, 4, [], None)
        r = v.insights.compute()
        assert [(p.date, p.value, p.entry) for p in r.mood] == [("2026-03-02", 3, a), ("2026-03-09", 4, b),
                                                                 ("2026-03-16", 4, c)]
        assert [(p.date, p.value) for p in r.energy] == [("2026-03-02", 2), ("2026-03-16", 4)]
        assert r.middle == "2026-03-09" and r.meetings == [] and r.goals == [] and r.tags == []
        # mood: before 03-09 is 3; from it 4, 4 -> rose from 3.0 to 4.0
        assert r.sentences == [
            Sentence("measure_rose", {"measure": "mood", "partner": None, "before": 3.0, "after": 4.0,
                                      "since": "2026-03-09"}),
            Sentence("measure_rose", {"measure": "energy", "partner": None, "before": 2.0, "after": 4.0,
                                      "since": "2026-03-16"})]
    finally:
        v.lock()


def test_a_goal_written_after_the_fact_follows_its_steps_dates(built: Any) -> None:
    v, _ = built
    v._clock.day = "2026-09-01"  # saved once, before the days its steps say they were done
    g = v.entries.add("goal", "Backdated", "", {"micro_goals": [
        {"title": "A", "status": "done", "completed": "2026-09-05"},
        {"title": "B", "status": "done", "completed": "2026-09-10"}]}).id
    goal = next(x for x in v.insights.compute().goals if x.id == g)
    # the save (100% on 09-01) would put the line at 100 before either step: the steps' days tell it
    assert goal.progress == [ProgressPoint("2026-09-05", 50, step=True), ProgressPoint("2026-09-10", 100, step=True)]


def test_a_few_sentences_the_goals_that_moved_most(built: Any) -> None:
    v, _ = built
    for title in ("Zeta", "Alpha", "Mu"):
        v.entries.add("goal", title, "", {"progress": 10})
    r = v.insights.compute()
    assert len(r.goals) == 5  # the figures keep every goal; the sentences name the three that moved most
    said = [s.values["goal"] for s in r.sentences if s.kind == "goal_progress"]
    assert said == ["Speak up", "Read more", "Alpha"]  # 80 and 34 points, then unmoved ones by title
    assert Sentence("goals_more", {"count": 2}) in r.sentences
