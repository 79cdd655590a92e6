"""Small statistics helpers: medians, p95, and the record each metric produces per size."""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


def percentile(values: list[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    if not values:
        return math.nan
    xs = sorted(values)
    pos = (len(xs) - 1) * q / 100.0
    lo, hi = math.floor(pos), math.ceil(pos)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


@dataclass
class Series:
    """Repeated measurements of one thing, in the metric's unit."""

    values: list[float] = field(default_factory=list)

    def add(self, value: float) -> None:
        self.values.append(value)

    @property
    def n(self) -> int:
        return len(self.values)

    @property
    def median(self) -> float:
        return statistics.median(self.values) if self.values else math.nan

    @property
    def p95(self) -> float:
        return percentile(self.values, 95)

    @property
    def spread(self) -> float:
        """Interquartile range relative to the median: a stability indicator (lower is steadier)."""
        if len(self.values) < 4 or not self.median:
            return math.nan
        return (percentile(self.values, 75) - percentile(self.values, 25)) / self.median

    def stat(self, name: str) -> float:
        return self.p95 if name == "p95" else self.median

    def to_json(self) -> dict[str, Any]:
        return {"median": _r(self.median), "p95": _r(self.p95), "n": self.n, "iqr_over_median": _r(self.spread)}


def _r(x: float) -> float | None:
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else round(x, 4)


def ratio(value: float, floor: float) -> float:
    return value / floor if floor and not math.isnan(floor) and not math.isnan(value) else math.nan


@dataclass
class SizeResult:
    """One metric measured at one vault size: the product's series and the floor's series."""

    size: int
    value: Series
    floor: Series
    statistic: str  # "median" or "p95": which statistic the ratio compares
    notes: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float:
        return ratio(self.value.stat(self.statistic), self.floor.stat(self.statistic))

    def to_json(self) -> dict[str, Any]:
        out = {"size": self.size, "value": self.value.to_json(), "floor": self.floor.to_json(),
               "ratio": _r(self.ratio)}
        if self.notes:
            out["notes"] = self.notes
        if self.extra:
            out["extra"] = self.extra
        return out


class Stopwatch:
    """``with Stopwatch() as sw: ...`` then ``sw.ms``."""

    def __enter__(self) -> Stopwatch:
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.seconds = time.perf_counter() - self.start

    @property
    def ms(self) -> float:
        return self.seconds * 1000.0


def timed_ms(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return (time.perf_counter() - start) * 1000.0, result
