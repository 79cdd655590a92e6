"""The window's words for dates and for sharing: one place, every sentence through ``tr``.

Date phrases ("3 Mar 2026", "Next meeting due tomorrow") and sharing and consent
phrases ("Shared with Priya and Sam.", "revoked on ...") were spread over the entry
list, the consent dialog, the partner banner and others, and the consent dialog and
the entry list imported each other for them.  Every view now takes them from here;
this module imports no other view.

Functions here are not QObjects, so they translate through ``Dates.tr`` and ``Sharing.tr``
(the contexts "Dates" and "Sharing"); a sentence holding a count uses ``%n`` so a
translator can give its plural forms.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from mentorvault.ui.context import Context
from mentorvault.ui.logic.dates import days_until, local_date_of, parse
from mentorvault.ui.logic.sharing import CHANGED, CURRENT, ShareState

Dates = Context("Dates")
Sharing = Context("Sharing")


# ---------------------------------------------------------------- dates


def date_format() -> str:
    """The pattern of a day in the window (``QDate.toString``, ``QDateEdit``): "d MMM yyyy" in English,
    as each translation orders it ("d. MMM yyyy"); month names come from the window's locale."""
    return Dates.tr("d MMM yyyy", "date format: a QDate pattern, month abbreviated")


def number_text(n: int) -> str:
    """A count as the window writes it, with the locale's thousands separator ("50,000", "50.000")."""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(n)


def date_time_text(moment: _dt.datetime) -> str:
    """A moment as the window shows it ("4 Dec 2026, 21:30"), in the window's language and locale."""
    when = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
    return QLocale().toString(when, Dates.tr("d MMM yyyy, HH:mm", "date and time format: a QDateTime pattern"))


def friendly_date(iso: str | None) -> str:
    """A stored date (or the date part of a timestamp) as the list shows it, e.g. "3 Mar 2026"."""
    return _day_label(iso[:10], date_format(), QLocale().name()) if iso else ""


@lru_cache(maxsize=4096)
def _day_label(day: str, pattern: str, locale: str) -> str:
    """A calendar day worded for the list ("3 Mar 2026"); many rows share a day, so each is worded once
    (per pattern and locale, which change only when a test switches the language)."""
    d = parse(day)
    if d is None:
        return ""
    return QLocale(locale).toString(QDate(d.year, d.month, d.day), pattern)


def stamp(ts: str | None) -> str:
    """A stored UTC timestamp as a local, friendly date."""
    if not ts:
        return ""
    d = local_date_of(ts)
    return friendly_date(d.isoformat()) if d else ""


def meeting_text(name: str | None, due: str, today: _dt.date) -> str:
    """When the next meeting is due, relative to ``today``; with a partner's name when ``name`` is given."""
    days = days_until(due, today) or 0
    when = friendly_date(due)
    if name is None:
        if days > 1:
            return Dates.tr("Next meeting due %1, in %n days.", "", days).replace("%1", when)
        if days == 1:
            return Dates.tr("Next meeting due tomorrow, %1.").replace("%1", when)
        if days == 0:
            return Dates.tr("Next meeting due today.")
        return Dates.tr("A meeting was due %1, %n days ago. Time to get in touch?", "", -days).replace("%1", when)
    if days > 1:
        return Dates.tr("Next meeting with %1 due %2, in %n days.", "", days).replace("%1", name).replace("%2", when)
    if days == 1:
        return Dates.tr("Next meeting with %1 due tomorrow, %2.").replace("%1", name).replace("%2", when)
    if days == 0:
        return Dates.tr("Next meeting with %1 due today.").replace("%1", name)
    return Dates.tr("A meeting with %1 was due %2, %n days ago. Time to get in touch?", "", -days).replace(
        "%1", name).replace("%2", when)


def rhythm_text(days: int) -> str:
    """A partner's meeting rhythm, as the banner's details line says it."""
    return Dates.tr("meets every %n days", "", days)


# ---------------------------------------------------------------- sharing and consent


def names(items: list[str] | tuple[str, ...]) -> str:
    """"Priya", "Priya and Sam", "Ana, Priya and Sam"."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return Sharing.tr("%1 and %2").replace("%1", ", ".join(items[:-1])).replace("%2", items[-1])


def state_text(info: Any | None) -> str:
    """One consent (a ConsentInfo, or None when never shared) in words."""
    if info is None:
        return Sharing.tr("not shared")
    if info.state == CURRENT:
        return Sharing.tr("shared, this version") if not info.last_sent_at else Sharing.tr(
            "shared, this version (sent %1)").replace("%1", stamp(info.last_sent_at))
    if info.state == CHANGED:
        return Sharing.tr("changed since consent: left out until you share this version")
    if info.removed_by_partner_at:
        return Sharing.tr("revoked; removed by partner on %1").replace("%1", stamp(info.removed_by_partner_at))
    return Sharing.tr("revoked on %1").replace("%1", stamp(info.revoked_at))


def share_tooltip(state: ShareState | None) -> str:
    """How one entry is shared, in a sentence or a few (empty when it never was)."""
    if state is None or not state.summary:
        return ""
    parts = []
    if state.current:
        parts.append(Sharing.tr("Shared with %1.").replace("%1", names(state.current)))
    if state.changed:
        parts.append(Sharing.tr("Changed since %1 consented to see it: left out of bundles until you share it "
                                 "again.").replace("%1", names(state.changed)))
    if state.revoked:
        parts.append(Sharing.tr("No longer shared with %1.").replace("%1", names(state.revoked)))
    for partner, at in state.removed:
        parts.append(Sharing.tr("%1 removed their copy on %2.").replace("%1", partner).replace("%2", stamp(at)))
    return " ".join(parts)


def entry_sharing_text(state: ShareState | None, saved: bool) -> str:
    """The editor's sharing line: the tooltip, or "Not shared with anyone." for a saved entry never shared."""
    text = share_tooltip(state)
    if not text and saved:
        text = Sharing.tr("Not shared with anyone.")
    return text


def agreement_text(agreement: Mapping[str, Any] | None) -> str:
    """A boundary agreement's co-signing, in words (empty when nobody accepted it)."""
    if agreement and agreement.get("agreed_by_both"):
        return Sharing.tr("Agreed by both on %1").replace("%1", stamp(agreement.get("accepted_at")))
    if agreement and agreement.get("changed_since"):
        return Sharing.tr("%1 accepted an earlier version on %2").replace(
            "%1", agreement.get("partner", "")).replace("%2", stamp(agreement.get("accepted_at")))
    return ""


__all__ = [
    "Context",
    "Dates",
    "Sharing",
    "agreement_text",
    "entry_sharing_text",
    "friendly_date",
    "meeting_text",
    "names",
    "rhythm_text",
    "share_tooltip",
    "stamp",
    "state_text",
]
