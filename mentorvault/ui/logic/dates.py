"""Small date helpers (ISO strings in, numbers out; the UI words them)."""

from __future__ import annotations

import datetime as _dt


def parse(value: str | None) -> _dt.date | None:
    if not value:
        return None
    try:
        return _dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def days_until(value: str | None, today: _dt.date) -> int | None:
    d = parse(value)
    return None if d is None else (d - today).days


def local_date_of(timestamp: str) -> _dt.date | None:
    """The local calendar date of a stored UTC timestamp like 2026-03-14T09:00:00.000000Z."""
    try:
        moment = _dt.datetime.fromisoformat(timestamp.replace("Z", "+00:00"))
    except ValueError:
        return parse(timestamp)
    return moment.astimezone().date()


def local_datetime_of(timestamp: str) -> _dt.datetime | None:
    try:
        return _dt.datetime.fromisoformat(timestamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return None
