"""Day-by-day series for the History chart: episodes against fluids, training and sleep.

Training is shown as minutes, and as session load (effort 0-10 x minutes, the Foster method)
for sessions logged with an effort. Fluid balance is what was drunk that day minus the sweat lost
in workouts that had a body mass logged before and after (the standard weigh-in method; without
the weigh-ins only intake is known, and the chart says so). The Vega-Lite spec is built here so
it can be tested without a browser; ``static/chart.js`` only draws it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from crampwise.domain.journal import BodyMass, Entry, Episode, Fluid, Sleep, Workout
from crampwise.engine.hydration import sweat_loss_l
from crampwise.engine.load import session_load
from crampwise.web.pages._common import Units

PERIODS = {"7": "last 7 days", "30": "last 30 days", "90": "last 90 days", "365": "last year",
           "all": "everything"}


def _day(value: dt.datetime, zone: dt.tzinfo) -> str:
    return value.astimezone(zone).date().isoformat()


def _sweat_ml(workout: Workout, masses: list[BodyMass], fluids: list[Fluid]) -> float | None:
    """Sweat lost in one workout from the weigh-ins just before and after it (ml)."""
    start, end = workout.time, workout.end
    before = [m for m in masses if start - dt.timedelta(hours=2) <= m.time <= start]
    after = [m for m in masses if end <= m.time <= end + dt.timedelta(hours=2)]
    if not before or not after:
        return None
    drunk = sum(f.ml for f in fluids if start <= f.time <= end)
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
        if isinstance(entry, Episode) and (muscle is None or entry.muscle == muscle):
            episodes.append(entry)
        elif isinstance(entry, Workout):
            workouts.append(entry)
        elif isinstance(entry, BodyMass):
            masses.append(entry)
        elif isinstance(entry, Fluid):
            fluids.append(entry)
        elif isinstance(entry, Sleep):
            sleeps.append(entry)
    intake: dict[str, float] = defaultdict(float)
    for f in fluids:
        intake[_day(f.time, zone)] += f.ml
    sweat: dict[str, float] = defaultdict(float)
    training: dict[str, float] = defaultdict(float)
    load: dict[str, float] = defaultdict(float)
    for w in workouts:
        training[_day(w.time, zone)] += w.duration_min
        if w.rpe is not None:
            load[_day(w.time, zone)] += session_load(float(w.rpe), float(w.duration_min))
        lost = _sweat_ml(w, masses, fluids)
        if lost is not None:
            sweat[_day(w.time, zone)] += lost
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
        rows.append({"date": _day(s.time + dt.timedelta(hours=hours), zone),
                     "series": "Sleep (h)", "what": "sleep", "value": round(hours, 1)})
    marks = [{"date": _day(e.time, zone), "time": e.time.astimezone(zone).isoformat(),
              "muscle": e.muscle.replace("_", " "), "kind": "cramp" if e.kind == "spasm"
              else "twitch", "pain": e.pain} for e in episodes]
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
