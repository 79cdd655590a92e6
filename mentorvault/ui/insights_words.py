"""The Insights view's sentences: the core's facts (``vault.insights.Sentence``) worded through ``tr``."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

from mentorvault.ui.wording import Context, friendly_date
from mentorvault.vault.insights import Sentence

InsightWords = Context("InsightWords")


def fill(text: str, *values: object) -> str:
    """``%1``, ``%2`` ... replaced in one pass: a goal named "%2" stays "%2"."""
    return re.sub(r"%([1-9])", lambda m: str(values[int(m[1]) - 1]) if int(m[1]) <= len(values) else m[0], text)


def decimal(value: float) -> str:
    """A mean as the window writes it: one decimal, the locale's decimal mark ("2,8" in German)."""
    return QLocale().toString(float(value), "f", 1)


def _measure(s: Sentence) -> str:
    v = s.values
    mood = v["measure"] == "mood"
    who = v.get("partner")
    if s.kind == "measure_few":
        if mood:
            return InsightWords.tr("Only %n session notes with a mood so far: no trend yet.", "", v["count"])
        return InsightWords.tr("Only %n session notes with an energy level so far: no trend yet.", "", v["count"])
    if s.kind == "measure_steady":
        if who:
            text = (InsightWords.tr("Your mood after sessions with %1 stayed around %2 since %3.") if mood else
                    InsightWords.tr("Your energy after sessions with %1 stayed around %2 since %3."))
        else:
            text = (InsightWords.tr("Your mood after sessions stayed around %2 since %3.") if mood else
                    InsightWords.tr("Your energy after sessions stayed around %2 since %3."))
        return fill(text, who, decimal(v["value"]), friendly_date(v["since"]))
    rose = s.kind == "measure_rose"
    if who:
        if mood:
            text = (InsightWords.tr("Your mood after sessions with %1 rose from %2 to %3 since %4.") if rose else
                    InsightWords.tr("Your mood after sessions with %1 fell from %2 to %3 since %4."))
        else:
            text = (InsightWords.tr("Your energy after sessions with %1 rose from %2 to %3 since %4.") if rose else
                    InsightWords.tr("Your energy after sessions with %1 fell from %2 to %3 since %4."))
    elif mood:
        text = (InsightWords.tr("Your mood after sessions rose from %2 to %3 since %4.") if rose else
                InsightWords.tr("Your mood after sessions fell from %2 to %3 since %4."))
    else:
        text = (InsightWords.tr("Your energy after sessions rose from %2 to %3 since %4.") if rose else
                InsightWords.tr("Your energy after sessions fell from %2 to %3 since %4."))
    return fill(text, who, decimal(v["before"]), decimal(v["after"]), friendly_date(v["since"]))


def sentence_text(s: Sentence, hide_protected: bool = True) -> str:
    """One fact in the window's language; a protected goal is not named while protected entries are
    hidden."""
    v = s.values
    if s.kind == "empty":
        return InsightWords.tr(
            "Nothing to show for this period yet. Session notes with a mood and energy, goals with small steps "
            "and the feedback you receive show up here as patterns over the months.")
    if s.kind.startswith("measure_"):
        return _measure(s)
    if s.kind in ("meetings_rhythm", "meetings_count"):
        met = fill(InsightWords.tr("You met %1 %n times in this period.", "", v["count"]), v["partner"])
        if s.kind == "meetings_count":
            return met
        late = (InsightWords.tr("%n meetings came later than that.", "", v["late"]) if v["late"] else
                InsightWords.tr("None came later than that."))
        return " ".join((met, InsightWords.tr("You agreed to meet every %n days.", "", v["rhythm_days"]), late))
    if s.kind == "goal_progress":
        if v.get("protected") and hide_protected:
            if v["start"] == v["end"]:
                return fill(InsightWords.tr("A protected goal stayed at %1%."), v["end"])
            return fill(InsightWords.tr("A protected goal went from %1% to %2%."), v["start"], v["end"])
        if v["start"] == v["end"]:
            return fill(InsightWords.tr("“%1” stayed at %2%."), v["goal"], v["end"])
        return fill(InsightWords.tr("“%1” went from %2% to %3%."), v["goal"], v["start"], v["end"])
    if s.kind == "goals_more":
        return InsightWords.tr("%n other goals in this period.", "", v["count"])
    if s.kind == "meetings_more":
        return InsightWords.tr("You also met %n other partners.", "", v["count"])
    if s.kind == "feedback":
        return " ".join((InsightWords.tr("You received feedback %n times.", "", v["count"]),
                         fill(InsightWords.tr("%1 of %n action items are done.", "", v["actions"]),
                              v["actions_done"])))
    if s.kind == "tag_rose":
        return fill(InsightWords.tr("#%1 came up more often in the second half of the period (%2 → %3 entries)."),
                    v["tag"], v["before"], v["after"])
    if s.kind == "tag_fell":
        return fill(InsightWords.tr("#%1 came up less often in the second half of the period (%2 → %3 entries)."),
                    v["tag"], v["before"], v["after"])
    return ""
