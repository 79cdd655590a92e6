"""Dates and times as the exports write them, checked: an impossible one is an ImportProblem."""

from __future__ import annotations

import datetime as _dt
import zoneinfo
from typing import Any

from mentorvault.errors import ImportProblem

# Python's datetime accepts years 1..9999; a journal's notes are not older than writing.
EARLIEST_YEAR = 1000
LATEST_YEAR = 9998


def _checked(moment: _dt.datetime, file: str, value: Any) -> _dt.datetime:
    try:
        utc = moment.astimezone(_dt.UTC)  # near year 1 or 9999 an offset can leave the calendar
    except (OverflowError, ValueError):
        utc = None
    if utc is None or not EARLIEST_YEAR <= utc.year <= LATEST_YEAR:
        raise ImportProblem(file=str(file), reason="bad_date", value=str(value)[:40])
    return moment


def time_zone(name: Any, file: str) -> _dt.tzinfo:
    if not isinstance(name, str) or not name or len(name) > 64:
        raise ImportProblem(file=str(file), reason="bad_time_zone", value=str(name)[:40])
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ImportProblem(file=str(file), reason="bad_time_zone", value=name[:40]) from None


def instant(value: Any, file: str, zone: _dt.tzinfo | None = None) -> _dt.datetime:
    """An ISO 8601 date-time (``Z`` or an offset; without one, in ``zone`` or the local time
    zone), or a bare date (midnight), as an aware datetime."""
    if isinstance(value, _dt.datetime):
        moment = value
    elif isinstance(value, _dt.date):
        moment = _dt.datetime(value.year, value.month, value.day)
    elif isinstance(value, str) and 8 <= len(value.strip()) <= 40:
        text = value.strip()
        try:
            moment = _dt.datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)
        except ValueError:
            raise ImportProblem(file=str(file), reason="bad_date", value=text[:40]) from None
    else:
        raise ImportProblem(file=str(file), reason="bad_date", value=str(value)[:40])
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone) if zone is not None else moment.astimezone()
    return _checked(moment, file, value)


def local_day(moment: _dt.datetime, zone: _dt.tzinfo | None = None) -> _dt.date:
    return (moment.astimezone(zone) if zone is not None else moment).date()
