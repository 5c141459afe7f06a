"""The guided sweat test: log a weigh-before / weigh-after session and return the person's rates.

One test is four journal entries (pre-workout mass, the workout with any urine passed, the drink,
post-workout mass) so it also counts as an ordinary workout everywhere else. The rate itself is
computed by ``engine.sweat`` from the journal, exactly as analyze and plan compute it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from crampwise.domain.journal import BodyMass, Entry, Fluid, Workout
from crampwise.domain.parsing import parse_entry
from crampwise.engine.sweat import (
    SweatTest,
    Weighing,
    sweat_rate_for,
    sweat_test_from,
    sweat_tests,
)
from crampwise.services import journal

WEIGH_GAP = dt.timedelta(minutes=5)


def record_sweat_test(url: str, user: str, *, pre_kg: float | str, post_kg: float | str,
                      duration_min: float | str, activity: str, fluid_ml: float | str = 0,
                      drink: str = "water", urine_ml: float | str = 0,
                      temperature_c: float | str | None = None,
                      humidity_pct: float | str | None = None, rpe: float | str | None = None,
                      end: dt.datetime | None = None) -> dict[str, Any]:
    """Validate and log one sweat test; return it, the history and any warnings.

    Quantities may carry units ("165 lb", "16 oz", "86 degF"). ``end`` defaults to now.
    Raises ``crampwise.domain.parsing.EntryError`` (a ValueError) naming any bad value.
    """
    finish = end or dt.datetime.now(dt.UTC)
    workout = parse_entry({"type": "workout", "time": "2000-01-01T00:00:00+00:00",
                           "duration_min": duration_min, "activity": activity, "rpe": rpe,
                           "temperature_c": temperature_c, "humidity_pct": humidity_pct,
                           "urine_ml": urine_ml or 0})
    assert isinstance(workout, Workout)
    start = finish - dt.timedelta(minutes=workout.duration_min)
    workout = workout.model_copy(update={"time": start})
    pre = parse_entry({"type": "body_mass", "time": (start - WEIGH_GAP).isoformat(),
                       "kg": pre_kg, "context": "pre_workout"})
    post = parse_entry({"type": "body_mass", "time": (finish + WEIGH_GAP).isoformat(),
                        "kg": post_kg, "context": "post_workout"})
    assert isinstance(pre, BodyMass) and isinstance(post, BodyMass)
    entries: list[Entry] = [pre, workout]
    fluid: Fluid | None = None
    if fluid_ml not in (0, "0", None, ""):
        parsed = parse_entry({"type": "fluid", "ml": fluid_ml, "drink": drink,
                              "time": (start + (finish - start) / 2).isoformat()})
        assert isinstance(parsed, Fluid)
        fluid = parsed
        entries.append(fluid)
    entries.append(post)
    test = sweat_test_from(workout, Weighing(pre, post, fluid.ml if fluid else 0.0,
                                             fluid.sodium_total_mg if fluid else 0.0))
    warnings = []
    if post.kg > pre.kg + (fluid.ml if fluid else 0.0) / 1000:
        warnings.append("you were heavier afterwards than before plus what you drank: check the "
                        "scale and that you weighed in the same clothes")
    elif post.kg > pre.kg:
        warnings.append("you finished heavier than you started: you drank more than you "
                        "sweated, which is not needed and in long events can be dangerous "
                        "(low blood sodium)")
    if test.mass_loss_pct > 2:
        warnings.append(f"you lost {test.mass_loss_pct:.1f} % of body mass, more than the ~2 % "
                        "that sports guidance aims to stay under (ACSM 2007)")
    for entry in entries:
        journal.log_entry(url, user, entry)
    history = _tests(url, user)
    return {"test": test.as_dict(), "history": [t.as_dict() for t in history],
            "warnings": warnings,
            "estimate": sweat_rate_for(history, workout.temperature_c, workout.rpe).as_dict()}


def _tests(url: str, user: str) -> list[SweatTest]:
    entries = [e for _, e in journal.entries(url, user, types=["workout", "body_mass", "fluid"])]
    return sweat_tests(entries)


def sweat_history(url: str, user: str) -> list[dict[str, Any]]:
    """Every sweat test in the journal, oldest first."""
    return [t.as_dict() for t in _tests(url, user)]
