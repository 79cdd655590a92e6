"""Focus mode without a window: the words written so far and the optional writing timer."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

_WORD = re.compile(r"\w+(?:['’-]\w+)*")
TIMER_CHOICES = (5, 10, 15, 25, 45)  # minutes offered; 10 is the default


def word_count(text: str) -> int:
    """Words as a writer counts them: "don't" and "well-being" are one word each; numbers count."""
    return len(_WORD.findall(text))


def _texts(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for v in value.values():
            yield from _texts(v)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _texts(v)


def entry_words(title: str, body: str, fields: Mapping[str, Any]) -> int:
    """The words of an entry being written: its title, its notes and the text of its fields
    (dates and choices such as a format's name are not counted)."""
    skip = {"session_date", "date", "target_date", "review_date", "meeting_date", "format", "status",
            "proposed_by", "completed"}
    texts = [title, body, *(t for k, v in fields.items() if k not in skip for t in _texts(_strip(v, skip)))]
    return sum(word_count(t) for t in texts)


def _strip(value: Any, skip: set[str]) -> Any:
    if isinstance(value, Mapping):
        return {k: _strip(v, skip) for k, v in value.items() if k not in skip}
    if isinstance(value, list):
        return [_strip(v, skip) for v in value]
    return value


@dataclass
class WritingTimer:
    """"Write for N minutes": started at a moment (seconds, monotonic), over when the time is up."""

    minutes: int = 0
    started: float | None = None

    def start(self, minutes: int, now: float) -> None:
        self.minutes, self.started = minutes, now

    def stop(self) -> None:
        self.started = None

    @property
    def running(self) -> bool:
        return self.started is not None

    def remaining(self, now: float) -> int:
        """Whole seconds left (0 when over or not running)."""
        if self.started is None:
            return 0
        return max(0, int(self.minutes * 60 - (now - self.started) + 0.999))

    def finished(self, now: float) -> bool:
        return self.started is not None and self.remaining(now) == 0


def clock_text(seconds: int) -> str:
    """Time left as m:ss ("9:05")."""
    return f"{seconds // 60}:{seconds % 60:02d}"


__all__ = ["TIMER_CHOICES", "WritingTimer", "clock_text", "entry_words", "word_count"]
