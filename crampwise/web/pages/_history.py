"""Day-by-day series for the History chart: episodes against fluids, training and sleep.

Training is shown as minutes, and as session load (effort 0-10 x minutes, the Foster method)
for sessions logged with an effort. Fluid balance is what was drunk that day minus the sweat lost
in workouts that had a body mass logged before and after (the standard weigh-in method; without
the weigh-ins only intake is known, and the chart says so). The Vega-Lite spec is built here so
it can be tested without a browser; ``static/chart.js`` only draws it.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from operator import attrgetter
from typing import Any, Protocol

from crampwise.domain.journal import BodyMass, Entry, Episode, Fluid, Sleep, Workout
from crampwise.engine.hydration import sweat_loss_l
from crampwise.engine.load import session_load
from crampwise.web.pages._common import Units

PERIODS = {"7": "last 7 days", "30": "last 30 days", "90": "last 90 days", "365": "last year",
           "all": "everything"}


def _day(value: dt.datetime, zone: dt.tzinfo) -> str:
    return value.astimezone(zone).date().isoformat()


class _Timed(Protocol):
    @property
    def time(self) -> dt.datetime: ...


class _Workout(_Timed, Protocol):
    @property
    def duration_min(self) -> float: ...
    @property
    def rpe(self) -> float | None: ...
    @property
    def urine_ml(self) -> float | None: ...
    @property
    def end(self) -> dt.datetime: ...


class _Mass(_Timed, Protocol):
    @property
    def kg(self) -> float: ...


class _Fluid(_Timed, Protocol):
    @property
    def ml(self) -> float: ...


class _Sleep(_Timed, Protocol):
    @property
    def duration_h(self) -> float: ...


class _Episode(_Timed, Protocol):
    @property
    def muscle(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def pain(self) -> int | None: ...


def _sweat_ml(workout: _Workout, masses: Sequence[_Mass], mass_times: list[dt.datetime],
              fluids: Sequence[_Fluid], fluid_times: list[dt.datetime]) -> float | None:
    """Sweat lost in one workout from the weigh-ins just before and after it (ml).

    ``masses`` and ``fluids`` are in time order (``*_times`` are their times), so the weigh-ins
    and drinks near the workout are found by bisection, not by scanning the whole period.
    """
    start, end = workout.time, workout.end
    lo = bisect_left(mass_times, start - dt.timedelta(hours=2))
    before = masses[lo:bisect_right(mass_times, start)]
    hi = bisect_left(mass_times, end)
    after = masses[hi:bisect_right(mass_times, end + dt.timedelta(hours=2))]
    if not before or not after:
        return None
    drunk = sum(f.ml for f in fluids[bisect_left(fluid_times, start):
                                     bisect_right(fluid_times, end)])
    pre, post = before[-1].kg, after[0].kg
    try:
        return 1000.0 * sweat_loss_l(pre, post, drunk, workout.urine_ml or 0.0)
    except (TypeError, ValueError):
        return None


def series(entries: Iterable[Entry], zone: dt.tzinfo, muscle: str | None,
           units: Units) -> dict[str, Any]:
    """Rows for the chart and the episode table, in the person's zone and units."""
    episodes: list[Episode] = []
    workouts: list[Workout] = []
    masses: list[BodyMass] = []
    fluids: list[Fluid] = []
    sleeps: list[Sleep] = []
    for entry in entries:
        if isinstance(entry, Episode):
            episodes.append(entry)
        elif isinstance(entry, Workout):
            workouts.append(entry)
        elif isinstance(entry, BodyMass):
            masses.append(entry)
        elif isinstance(entry, Fluid):
            fluids.append(entry)
        elif isinstance(entry, Sleep):
            sleeps.append(entry)
    by_time = attrgetter("time")
    return series_of(sorted(episodes, key=by_time), sorted(workouts, key=by_time),
                     sorted(masses, key=by_time), sorted(fluids, key=by_time),
                     sorted(sleeps, key=by_time), zone, muscle, units)


def series_of(episodes: Sequence[_Episode], workouts: Sequence[_Workout],
              masses: Sequence[_Mass], fluids: Sequence[_Fluid], sleeps: Sequence[_Sleep],
              zone: dt.tzinfo, muscle: str | None, units: Units) -> dict[str, Any]:
    """``series`` for entries already split by type and in time order (journal models or the
    store's small tuples from ``crampwise.store.history``)."""
    def day_of(value: dt.datetime) -> str:
        return _day(value, zone)

    intake: dict[str, float] = defaultdict(float)
    for f in fluids:
        intake[day_of(f.time)] += f.ml
    sweat: dict[str, float] = defaultdict(float)
    training: dict[str, float] = defaultdict(float)
    load: dict[str, float] = defaultdict(float)
    mass_times = [m.time for m in masses]
    fluid_times = [f.time for f in fluids]
    for w in workouts:
        day = day_of(w.time)
        training[day] += w.duration_min
        if w.rpe is not None:
            load[day] += session_load(float(w.rpe), float(w.duration_min))
        lost = _sweat_ml(w, masses, mass_times, fluids, fluid_times)
        if lost is not None:
            sweat[day] += lost
    rows: list[dict[str, Any]] = []
    fluid_label = f"Fluid ({units.label('ml')})"
    for day, ml in sorted(intake.items()):
        rows.append({"date": day, "series": fluid_label, "what": "drunk",
                     "value": units.number(ml, "ml", 0)})
    for day, ml in sorted(sweat.items()):
        rows.append({"date": day, "series": fluid_label, "what": "balance (drunk − sweat)",
                     "value": units.number(intake.get(day, 0.0) - ml, "ml", 0)})
    for day, minutes in sorted(training.items()):
        rows.append({"date": day, "series": "Training (min)", "what": "training",
                     "value": round(minutes)})
    for day, units_of_load in sorted(load.items()):
        rows.append({"date": day, "series": "Load (RPE × min)", "what": "session load",
                     "value": round(units_of_load)})
    for s in sleeps:
        hours = s.duration_h
        rows.append({"date": day_of(s.time + dt.timedelta(hours=hours)),
                     "series": "Sleep (h)", "what": "sleep", "value": round(hours, 1)})
    marks = [{"date": day_of(e.time), "time": e.time.astimezone(zone).isoformat(),
              "muscle": e.muscle.replace("_", " "), "kind": "cramp" if e.kind == "spasm"
              else "twitch", "pain": e.pain} for e in episodes
             if muscle is None or e.muscle == muscle]
    return {"rows": rows, "episodes": marks, "has_sweat": bool(sweat)}


def spec(data: dict[str, Any], start: dt.date, end: dt.date) -> dict[str, Any]:
    """A Vega-Lite spec: episodes on top, then one panel per daily measure, sharing the dates.

    The period is pinned with two invisible points rather than a scale domain: Vega's
    expression interpreter (needed under our CSP) cannot evaluate a datetime domain.
    """
    x = {"field": "date", "type": "temporal", "title": None, "timeUnit": "yearmonthdate"}
    bounds = [{"time": start.isoformat()}, {"time": (end + dt.timedelta(days=1)).isoformat()}]
    episode_panel = {
        "height": 70,
        "layer": [
            {"data": {"values": bounds}, "mark": {"type": "point", "opacity": 0},
             "encoding": {"x": {"field": "time", "type": "temporal", "title": None}}},
            {"name": "episodes", "data": {"values": data["episodes"]},
             "mark": {"type": "point", "filled": True, "size": 90},
             "encoding": {
                 "x": {"field": "time", "type": "temporal", "title": None},
                 "y": {"field": "kind", "type": "nominal", "title": None},
                 "color": {"field": "muscle", "type": "nominal", "title": "Muscle"},
                 "shape": {"field": "kind", "type": "nominal", "legend": None},
                 "tooltip": [{"field": "time", "type": "nominal", "title": "When"},
                             {"field": "muscle", "type": "nominal"},
                             {"field": "pain", "type": "quantitative"}]}},
        ],
    }
    measures = {
        "height": 80, "data": {"values": data["rows"]},
        "mark": {"type": "bar", "tooltip": True},
        "encoding": {
            "x": x, "y": {"field": "value", "type": "quantitative", "title": None},
            "row": {"field": "series", "type": "nominal", "title": None,
                    "header": {"labelOrient": "top", "labelAngle": 0, "labelAlign": "left",
                               "labelAnchor": "start", "labelFontWeight": "bold",
                               "labelFontSize": 12}},
            "color": {"field": "what", "type": "nominal", "title": "Measure",
                      "scale": {"range": ["#1c4e80", "#8a4b00", "#7a1f5c", "#05603a", "#6a3d9a"]}},
            "xOffset": {"field": "what", "type": "nominal"},
        },
        "resolve": {"scale": {"y": "independent"}},
    }
    return {
        "vconcat": [episode_panel] + ([measures] if data["rows"] else []),
        "resolve": {"scale": {"color": "independent", "x": "shared"}},
        "config": {"font": "system-ui, sans-serif", "axis": {"labelFontSize": 12},
                   "legend": {"orient": "bottom", "columns": 2}},
    }
