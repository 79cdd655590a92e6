"""The wording module: date and sharing phrases, worded once for every view."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, QLocale

from mentorvault.ui import wording
from mentorvault.ui.logic.sharing import ShareState

TODAY = _dt.date(2026, 3, 10)


def day(offset: int) -> str:
    return (TODAY + _dt.timedelta(days=offset)).isoformat()


def test_friendly_date_is_the_locale_short_date_and_empty_for_nothing() -> None:
    assert wording.friendly_date("2026-03-03T10:00:00Z") == QLocale().toString(QDate(2026, 3, 3), "d MMM yyyy")
    assert wording.friendly_date(None) == "" and wording.friendly_date("not a date") == ""


def test_meeting_phrases_count_the_days() -> None:
    assert wording.meeting_text(None, day(4), TODAY).endswith(", in 4 days.")
    assert wording.meeting_text(None, day(1), TODAY).startswith("Next meeting due tomorrow")
    assert wording.meeting_text(None, day(0), TODAY) == "Next meeting due today."
    assert "3 days ago" in wording.meeting_text(None, day(-3), TODAY)
    with_name = wording.meeting_text("Priya", day(5), TODAY)
    assert with_name.startswith("Next meeting with Priya due ") and with_name.endswith("in 5 days.")
    assert wording.meeting_text("Priya", day(0), TODAY) == "Next meeting with Priya due today."
    assert "A meeting with Priya was due" in wording.meeting_text("Priya", day(-2), TODAY)
    assert wording.rhythm_text(14) == "meets every 14 days"


def test_names_join_like_a_sentence() -> None:
    assert wording.names([]) == "" and wording.names(["Priya"]) == "Priya"
    assert wording.names(["Ana", "Priya", "Sam"]) == "Ana, Priya and Sam"


def test_share_tooltip_says_each_state() -> None:
    state = ShareState(("Priya",), ("Sam",), ("Ana",), (("Ana", "2026-03-01T09:00:00Z"),))
    text = wording.share_tooltip(state)
    assert text.startswith("Shared with Priya. Changed since Sam consented")
    assert "No longer shared with Ana." in text and "Ana removed their copy on" in text
    assert wording.share_tooltip(ShareState()) == "" and wording.share_tooltip(None) == ""
    assert wording.entry_sharing_text(None, saved=True) == "Not shared with anyone."
    assert wording.entry_sharing_text(None, saved=False) == ""


@dataclass
class Info:
    state: str
    last_sent_at: str | None = None
    removed_by_partner_at: str | None = None
    revoked_at: str | None = None


def test_state_text_of_each_consent() -> None:
    assert wording.state_text(None) == "not shared"
    assert wording.state_text(Info("current")) == "shared, this version"
    assert wording.state_text(Info("current", last_sent_at="2026-03-01T00:00:00Z")).startswith(
        "shared, this version (sent ")
    assert wording.state_text(Info("changed since consent")).startswith("changed since consent")
    assert wording.state_text(Info("revoked", removed_by_partner_at="2026-03-01T12:00:00Z")).startswith(
        "revoked; removed by partner on ")
    assert wording.state_text(Info("revoked", revoked_at="2026-03-01T12:00:00Z")).startswith("revoked on ")


def test_agreement_text() -> None:
    assert wording.agreement_text(None) == "" and wording.agreement_text({}) == ""
    assert wording.agreement_text({"agreed_by_both": True, "accepted_at": "2026-03-01T12:00:00Z"}).startswith(
        "Agreed by both on ")
    assert wording.agreement_text({"changed_since": True, "partner": "Sam", "accepted_at": "2026-03-01T12:00:00Z"}
                                  ).startswith("Sam accepted an earlier version on ")
