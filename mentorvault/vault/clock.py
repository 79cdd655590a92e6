"""The vault's notion of now: an injectable clock and one timestamp format."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

Clock = Callable[[], _dt.datetime]


def utc_now() -> _dt.datetime:
    return _dt.datetime.now(_dt.UTC)


def iso(moment: _dt.datetime) -> str:
    return moment.astimezone(_dt.UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")
