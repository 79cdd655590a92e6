"""The few minutes during which protected entries are shown, after the passphrase was re-entered."""

from __future__ import annotations

import time
from collections.abc import Callable

DEFAULT_WINDOW_SECONDS = 5 * 60


class ProtectionGate:
    def __init__(self, window_seconds: float = DEFAULT_WINDOW_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.window_seconds = window_seconds
        self._clock = clock
        self._until: float | None = None

    def open(self) -> None:
        self._until = self._clock() + self.window_seconds

    def close(self) -> None:
        self._until = None

    @property
    def is_open(self) -> bool:
        return self._until is not None and self._clock() < self._until

    def remaining(self) -> float:
        return max(0.0, self._until - self._clock()) if self._until is not None else 0.0

    def hides(self, protected: bool) -> bool:
        return protected and not self.is_open
