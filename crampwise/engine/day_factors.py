"""One row per observed day, with yes/no factor columns, for the personal-trigger statistics.

Columns (stable names, consumed by ``engine.triggers``; None means unknown, not "no"):

- ``date`` (ISO date), ``episode`` (an episode of the analysed kind began that day: a spasm,
  i.e. a cramp; or a twitch when the journal has no spasms at all), ``twitch`` (a twitch began
  that day), ``workout`` (a session started that day).
- ``body_mass_loss_pct>2``: a session that day lost more than 2 % body mass (ACSM line):
  measured by weighing, or estimated from the person's own sweat tests and the drinks logged;
  None when neither is possible.
- ``hot_session``: a session at a heat index >= 26.7 degC (NWS "caution", 80 degF).
- ``long_session`` / ``hard_session``: a session in the top 15 % of the person's own sessions by
  duration / by load (RPE x minutes).
- ``acwr>1.5``: 7-day load over the 4-week average weekly load (rolling, coupled: Gabbett 2016)
  above 1.5 (a sign of a jump, not a cramp predictor; evidence.md §4.6, §7.2); None before 4
  weeks of history. (The cause ranking uses the uncoupled ratio, see ``load_spike``.)
- ``monotony>2``: Foster monotony above 2 over the 7 days ending that day.
- ``plain_water_long_session``: a session of 90 min or more where the drinks logged held under
  200 mg sodium per litre; None when no drink was logged around that session.
- ``sodium_deficit>1000mg``: estimated sweat sodium loss minus sodium taken in over a session
  above 1,000 mg, under half replaced, while at least a quarter of the fluid was replaced.
- ``same_muscle_consecutive_days``: a muscle group of that day's session was trained the day
  before. ``no_rest_day_7d``: a session on each of the 7 days ending that day.
- ``short_sleep``: the sleep ending that day at least 1 h shorter than the person's median.
- ``low_magnesium_7d``, ``low_potassium_7d``, ``low_calcium_7d``: the mean over fully logged days
  of the last 7 under two thirds of the reference intake; None with fewer than 4 such days.
- ``cramp_medication``: taking a medicine linked to cramps that day; None when the person logs
  no medicines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from crampwise.domain.journal import Profile
from crampwise.engine import load, nutrition
from crampwise.engine.exposures import (
    ACWR_SPIKE,
    LONG_PLAIN_WATER_MIN,
    MONOTONY_HIGH,
    SHORT_SLEEP_H,
    UNUSUAL_PERCENTILE,
    Exposures,
    SessionExposure,
    build,
)


def _any(values: list[bool | None]) -> bool | None:
    if any(v is True for v in values):
        return True
    if values and all(v is False for v in values):
        return False
    return None if values else False


def daily_table(entries: Sequence[object], profile: Profile | None = None,
                exposures: Exposures | None = None,
                reference: nutrition.ReferenceFn | None = None) -> list[dict[str, object]]:
    """One row per observed day: episode flag and the documented factor columns."""
    from crampwise.engine.medicines import cramp_medicines

    ex = exposures or build(entries, profile)
    sessions_by_day: dict[dt.date, list[SessionExposure]] = {}
    for s in ex.sessions:
        sessions_by_day.setdefault(s.date, []).append(s)
    trained = set(sessions_by_day)
    cramp_days = {w.date for w in ex.episodes}
    twitch_days = {w.date for w in ex.twitches} if ex.kind == "spasm" else cramp_days
    refs = _low_lines(ex, reference)
    meds = cramp_medicines(ex.medications)
    load_days = load.daily_loads((s.date, s.load) for s in ex.sessions)
    series = load.LoadSeries(load_days)
    rows: list[dict[str, object]] = []
    for day in ex.days:
        todays = sessions_by_day.get(day, [])
        state = series.on(day)
        sleep = ex.sleep_by_wake_day.get(day)
        row: dict[str, object] = {
            "date": day.isoformat(), "episode": day in cramp_days, "twitch": day in twitch_days,
            "workout": bool(todays),
            "body_mass_loss_pct>2": _any([s.dehydrated() for s in todays]),
            "hot_session": _any([s.hot() for s in todays]),
            "long_session": any(s.duration_pct >= UNUSUAL_PERCENTILE for s in todays),
            "hard_session": any(s.load_pct >= UNUSUAL_PERCENTILE for s in todays),
            "acwr>1.5": (state.ratio is not None and state.ratio > ACWR_SPIKE)
            if state.history_days >= load.CHRONIC_DAYS else None,
            "monotony>2": (state.monotony is not None and state.monotony > MONOTONY_HIGH)
            if state.history_days >= load.ACUTE_DAYS else None,
            "plain_water_long_session": _any([
                None if s.plain_water_only is None else
                bool(s.plain_water_only and s.workout.duration_min >= LONG_PLAIN_WATER_MIN)
                for s in todays]),
            "sodium_deficit>1000mg": _any([s.sodium_unreplaced() for s in todays]),
            "same_muscle_consecutive_days": _any([s.same_muscle_consecutive() for s in todays]),
            "no_rest_day_7d": all(day - dt.timedelta(days=k) in trained for k in range(7)),
            "short_sleep": None if sleep is None or ex.usual_sleep_h is None
            else sleep <= ex.usual_sleep_h - SHORT_SLEEP_H,
        }
        for mineral in ("magnesium", "potassium", "calcium"):
            line = refs.get(mineral)
            avg = nutrition.rolling_mean(ex.intake, mineral, day) if line else None
            row[f"low_{mineral}_7d"] = None if avg is None or line is None else avg < line
        row["cramp_medication"] = (any(m.active_on(day) for m in meds)
                                   if ex.medications else None)
        rows.append(row)
    return rows


def _low_lines(ex: Exposures, reference: nutrition.ReferenceFn | None) -> dict[str, float]:
    prof = ex.profile
    age = None
    if prof is not None and prof.birth_year is not None and ex.days:
        age = ex.days[-1].year - prof.birth_year
    lines = {}
    for mineral in ("magnesium", "potassium", "calcium"):
        ref = nutrition.reference_value(mineral, age if age is not None else 40,
                                        (prof.sex if prof else None) or "other",
                                        bool(prof and prof.pregnant), reference)
        if ref:
            lines[mineral] = ref * nutrition.LOW_FRACTION
    return lines
