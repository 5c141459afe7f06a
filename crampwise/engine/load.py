"""Training load from session effort: session-RPE load, acute and chronic load, ratio, monotony.

- Session load = CR-10 session RPE x minutes, in arbitrary units (AU) (Foster C et al. 2001,
  "A new approach to monitoring exercise training", J Strength Cond Res 15:109-115).
- Acute load = the sum of daily loads over the last 7 days (the weekly load); chronic load = the
  average weekly load over the last 28 days (sum / 4). Their ratio is the acute:chronic workload
  ratio in its "rolling average, coupled" form popularised by Gabbett 2016 (evidence.md §4.6): the
  acute week is part of the chronic 4 weeks. ``uncoupled=True`` takes the chronic load from the
  21 days before the acute week instead (Lolli et al. 2019 show the coupled form's spurious
  correlation).
- Monotony = mean daily load / standard deviation of daily load over 7 days (Foster 1998,
  "Monitoring training in athletes with reference to overtraining syndrome", Med Sci Sports
  Exerc 30:1164-1168); population SD (ddof = 0). Strain = weekly load x monotony.

evidence.md §4.6 and §7.2: the ratio is a rough sign of a sudden jump in training, not a
validated cramp (or injury) predictor; callers must not present a threshold as one.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

ACUTE_DAYS = 7
CHRONIC_DAYS = 28


def session_load(rpe: float, duration_min: float) -> float:
    """Foster session-RPE load: CR-10 RPE x duration in minutes (AU)."""
    if not 0 <= rpe <= 10:
        raise ValueError(f"rpe must be 0-10 (CR-10 scale), got {rpe}")
    if duration_min < 0:
        raise ValueError(f"duration_min must be >= 0, got {duration_min}")
    return rpe * duration_min


def daily_loads(sessions: Iterable[tuple[dt.date, float]]) -> dict[dt.date, float]:
    """Sum session loads per calendar day."""
    days: dict[dt.date, float] = {}
    for day, load in sessions:
        days[day] = days.get(day, 0.0) + load
    return days


def _window(days: Mapping[dt.date, float], end: dt.date, length: int) -> list[float]:
    return [days.get(end - dt.timedelta(days=i), 0.0) for i in range(length)]


def acute_load(days: Mapping[dt.date, float], on: dt.date) -> float:
    """Sum of the daily loads of the 7 days ending on ``on`` (inclusive)."""
    return sum(_window(days, on, ACUTE_DAYS))


def chronic_load(days: Mapping[dt.date, float], on: dt.date, uncoupled: bool = False) -> float:
    """Average weekly load over the 28 days ending on ``on`` (or the 21 days before the acute week
    when ``uncoupled``)."""
    if uncoupled:
        start = on - dt.timedelta(days=ACUTE_DAYS)
        return sum(_window(days, start, CHRONIC_DAYS - ACUTE_DAYS)) / 3.0
    return sum(_window(days, on, CHRONIC_DAYS)) / 4.0


def acwr(acute: float, chronic: float) -> float | None:
    """Acute:chronic workload ratio; None when the chronic load is zero."""
    return acute / chronic if chronic > 0 else None


def acwr_on(days: Mapping[dt.date, float], on: dt.date, uncoupled: bool = False) -> float | None:
    """The acute:chronic ratio on a day from daily loads."""
    return acwr(acute_load(days, on), chronic_load(days, on, uncoupled))


def monotony(week: Sequence[float]) -> float | None:
    """Foster monotony: mean / SD of daily loads (None when the SD is zero)."""
    if not week:
        return None
    mean = sum(week) / len(week)
    sd = math.sqrt(sum((x - mean) ** 2 for x in week) / len(week))
    return mean / sd if sd > 0 else None


def strain(week: Sequence[float]) -> float | None:
    """Foster strain: weekly load x monotony."""
    mono = monotony(week)
    return sum(week) * mono if mono is not None else None


@dataclass(frozen=True)
class LoadState:
    """Load figures on one day."""

    day: dt.date
    daily: float
    acute: float
    chronic: float
    ratio: float | None
    monotony: float | None
    history_days: int
    """Days since the first logged workout (the chronic figure means little under 28)."""
    ratio_uncoupled: float | None = None
    """Acute load over the average weekly load of the 21 days before the acute week."""
    ratio_week: float | None = None
    """The load of the training week (Monday-Sunday) holding the day over the average weekly
    load of the 4 weeks before it (None without 4 weeks of history before that week)."""


class LoadSeries:
    """Rolling acute/chronic/monotony over a journal's daily loads, each day in O(1)."""

    def __init__(self, days: Mapping[dt.date, float],
                 logged: Iterable[dt.date] | None = None) -> None:
        """``logged``: the days with anything in the journal. A whole week with nothing logged
        is a gap in the record, not a week of rest, so baselines average over logged weeks."""
        self._days = dict(days)
        self._logged = None if logged is None else set(logged) | set(self._days)
        self._first = min(self._days) if self._days else None
        self._cache: dict[dt.date, LoadState] = {}
        if self._first is not None:
            self._prefix(self._first, max(self._days))

    def _prefix(self, first: dt.date, last: dt.date) -> None:
        n = (last - first).days + 1
        values = [self._days.get(first + dt.timedelta(days=i), 0.0) for i in range(n)]
        sums = [0.0]
        squares = [0.0]
        for v in values:
            sums.append(sums[-1] + v)
            squares.append(squares[-1] + v * v)
        self._values, self._sums, self._squares, self._n = values, sums, squares, n
        seen = [0]
        for i in range(n):
            day = first + dt.timedelta(days=i)
            seen.append(seen[-1] + (self._logged is None or day in self._logged))
        self._seen = seen

    def _weeks(self, end_index: int, weeks: int) -> int:
        """How many of the ``weeks`` 7-day blocks ending on ``end_index`` have anything logged
        (days before the journal count as logged: zero load there is real history)."""
        count = 0
        for k in range(weeks):
            hi = min(end_index + 1 - 7 * k, self._n)
            lo = max(end_index + 1 - 7 * (k + 1), 0)
            if hi <= lo or self._seen[hi] > self._seen[lo] or end_index - 7 * k < 0:
                count += 1
        return count

    def _sum(self, end_index: int, length: int, squares: bool = False) -> float:
        table = self._squares if squares else self._sums
        hi = min(end_index + 1, self._n)
        lo = max(end_index + 1 - length, 0)
        return table[hi] - table[lo] if hi > lo else 0.0

    def on(self, day: dt.date) -> LoadState:
        """Load figures on ``day`` (days outside the journal have zero load)."""
        if day in self._cache:
            return self._cache[day]
        if self._first is None:
            return LoadState(day, 0.0, 0.0, 0.0, None, None, 0)
        i = (day - self._first).days
        daily = self._values[i] if 0 <= i < self._n else 0.0
        acute = self._sum(i, ACUTE_DAYS) if i >= 0 else 0.0
        chronic = self._sum(i, CHRONIC_DAYS) / 4.0 if i >= 0 else 0.0
        mono = None
        if i >= 0:
            mean = acute / ACUTE_DAYS
            var = self._sum(i, ACUTE_DAYS, squares=True) / ACUTE_DAYS - mean * mean
            mono = mean / math.sqrt(var) if var > 1e-9 else None
        before = (self._sum(i - ACUTE_DAYS, CHRONIC_DAYS - ACUTE_DAYS)
                  / max(1, self._weeks(i - ACUTE_DAYS, 3)) if i - ACUTE_DAYS >= 0 else 0.0)
        monday = i - day.weekday()
        week_ratio = None
        if monday - CHRONIC_DAYS >= 0:
            week = self._sum(monday + ACUTE_DAYS - 1, ACUTE_DAYS)
            week_ratio = acwr(week, self._sum(monday - 1, CHRONIC_DAYS)
                              / max(1, self._weeks(monday - 1, 4)))
        state = LoadState(day, daily, acute, chronic, acwr(acute, chronic), mono, max(i + 1, 0),
                          acwr(acute, before), week_ratio)
        self._cache[day] = state
        return state
