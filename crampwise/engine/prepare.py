"""The pre-workout plan: fluid and sodium schedule, warm-up for the muscles at risk, and a risk
level with its reasons, for one planned session.

Why: the strongest predictors of exercise cramps are a personal cramp history and going longer
or harder than trained (evidence.md §4.11, Schwellnus 2011), with heat as a contributor (§2.5).
So the risk level counts those, from the person's own journal, and names each one; it is a guide
for preparation, never a prediction.
"""

from __future__ import annotations

import statistics
from typing import Any

from crampwise.domain.vocabulary import muscle_label
from crampwise.engine import hydration
from crampwise.engine.plan import (
    episode_muscles,
    fluid_numbers,
    sodium_advice,
    sodium_numbers,
    sweat_rate,
)
from crampwise.engine.plan import warm_up as warm_up_routine
from crampwise.engine.plan_inputs import PlanInputs
from crampwise.knowledge.plan_texts import activity_muscles, plan_text

LONGER_THAN_USUAL = 1.25
"""A session 25 % longer than the person's median for the activity counts as "longer than
usual" (an unaccustomed duration; evidence.md §2.4 and §4.11)."""
HOT_HEAT_INDEX_C = hydration.HEAT_INDEX_CAUTION_C
VERY_HOT_HEAT_INDEX_C = 32.2
"""NWS "extreme caution" starts at a heat index of 90 degF (32.2 degC)."""
SIMILAR_MIN_FRACTION = 0.8
STALE_DAYS = 7
"""A load ratio measured more than a week before today says nothing about this week."""
LONG_SESSION_MIN = 120.0
SIPS_FROM_MIN = 45.0
"""Shorter sessions need no planned drinking: drink to thirst."""


def _similar_episodes(inputs: PlanInputs, activity: str, duration_min: float,
                      heat: float | None) -> list[str]:
    """Muscles of past spasms after sessions like this one (same activity, >= 80 % as long, or
    as hot)."""
    found = []
    for e in inputs.episodes:
        if e.kind != "spasm" or e.activity != activity:
            continue
        long_enough = e.session_min is not None and e.session_min >= SIMILAR_MIN_FRACTION * \
            duration_min
        past_heat = (hydration.heat_index_c(e.temperature_c, e.humidity_pct)
                     if e.temperature_c is not None else None)
        as_hot = heat is not None and past_heat is not None and past_heat >= heat - 3
        if long_enough or as_hot:
            found.append(e.muscle)
    return found


def risk(inputs: PlanInputs, activity: str, duration_min: float,
         temperature_c: float | None, humidity_pct: float | None) -> dict[str, Any]:
    """Risk level (low / moderate / high) with one reason per point counted."""
    reasons: list[str] = []
    points = 0
    heat = (hydration.heat_index_c(temperature_c, humidity_pct)
            if temperature_c is not None else None)
    similar = _similar_episodes(inputs, activity, duration_min, heat)
    if similar:
        points += 2
        muscles = ", ".join(sorted({muscle_label(m).lower() for m in similar}))
        reasons.append(f"{len(similar)} of your past spasms ({muscles}) followed {activity} "
                       "sessions this long or this hot")
    elif any(e.kind == "spasm" for e in inputs.episodes):
        points += 1
        reasons.append("you have had exercise cramps before (the strongest single predictor)")
    usual = inputs.durations_by_activity.get(activity)
    median = statistics.median(usual) if usual else None
    if median is not None and duration_min > LONGER_THAN_USUAL * median:
        points += 1
        reasons.append(f"{duration_min:g} min is longer than your usual {activity} "
                       f"({median:g} min)")
    elif median is None:
        points += 1
        reasons.append(f"no {activity} session in your journal yet: an unaccustomed activity")
    if heat is not None and heat >= HOT_HEAT_INDEX_C:
        points += 2 if heat >= VERY_HOT_HEAT_INDEX_C else 1
        reasons.append(f"heat index {heat:.0f} °C (caution from 27 °C, extreme caution from "
                       "32 °C): more sweat, salt loss and fatigue")
    recent = inputs.as_of is None or (inputs.today - inputs.as_of).days <= STALE_DAYS
    if recent and inputs.acwr is not None and inputs.load_history_days >= 28 \
            and inputs.acwr > 1.3:
        points += 1
        reasons.append(f"your last week's load is {inputs.acwr:.1f}× your 4-week average "
                       "(a sudden jump; a rule of thumb, not a validated predictor)")
    if duration_min >= LONG_SESSION_MIN:
        points += 1
        reasons.append(f"a long session ({duration_min:g} min): fatigue builds")
    level = "high" if points >= 4 else "moderate" if points >= 2 else "low"
    if not reasons:
        reasons.append("nothing in your history or the conditions points to a raised risk")
    note = plan_text("risk_note").render()
    return {"level": level, "points": points, "reasons": reasons,
            "basis": {"heat_index_c": None if heat is None else round(heat, 1),
                      "usual_duration_min": median, "acwr": inputs.acwr,
                      "past_spasms": sum(1 for e in inputs.episodes if e.kind == "spasm"),
                      "similar_session_spasms": len(similar)},
            "advice": [note], "grade": note["grade"]}


def _schedule(fluid: dict[str, Any], duration_min: float) -> list[dict[str, Any]]:
    steps: list[dict[str, Any]] = []
    if "before_4h_ml" in fluid:
        steps.append({"at_min": -240, "ml": fluid["before_4h_ml"],
                      "what": "drink (5-7 ml/kg)"})
        steps.append({"at_min": -120, "ml": fluid["before_2h_ml_if_needed"],
                      "what": "only if no urine yet or it is dark (3-5 ml/kg)"})
    every = 15 if duration_min < 120 else 20
    per = fluid["ml_per_15_min"] if every == 15 else fluid["ml_per_20_min"]
    if duration_min > SIPS_FROM_MIN:
        for t in range(every, int(duration_min), every):
            steps.append({"at_min": t, "ml": per, "what": "sip"})
    steps.append({"at_min": int(duration_min), "ml": fluid["after_ml"],
                  "what": "over the next hours, after weighing yourself: ~1.5 L per kg lost"})
    return steps


def prepare(inputs: PlanInputs, activity: str, duration_min: float,
            temperature_c: float | None = None,
            humidity_pct: float | None = None) -> dict[str, Any]:
    """The pre-workout plan for one session (sections of spec/cli.md)."""
    rate = sweat_rate(inputs, activity, temperature_c)
    fluid = fluid_numbers(inputs, rate["l_per_h"], duration_min)
    sodium = sodium_numbers(rate["l_per_h"], fluid["ml_per_hour"], inputs.sweat_sodium_mmol_l)
    heat_note = None
    if rate["tests"] == 0 and temperature_c is not None and temperature_c >= 27:
        heat_note = "in heat your sweat rate is likely higher than this typical figure"
    during = plan_text("hydration_during").render(
        ml_per_15_min=fluid["ml_per_15_min"], ml_per_20_min=fluid["ml_per_20_min"],
        ml_per_hour=fluid["ml_per_hour"], sweat_ml_per_hour=fluid["max_ml_per_hour"],
        limit_kg=f"{0.02 * inputs.body_mass_kg:.1f}" if inputs.body_mass_kg
        else "2 % of your weight")
    hypo = plan_text("hyponatraemia_warning").render()
    salt = sodium_advice(sodium, inputs.sweat_sodium_mmol_l)
    sodium_needed = duration_min >= LONG_SESSION_MIN or (temperature_c or 0) >= 27 or any(
        e.kind == "spasm" for e in inputs.episodes)
    at_risk = episode_muscles(inputs, activity_muscles(activity))
    routine = warm_up_routine(at_risk)
    routine["basis"] = {"muscles_from": "your episodes and the muscles "
                        f"{activity.replace('_', ' ')} loads most"}
    return {
        "activity": activity, "duration_min": duration_min,
        "conditions": {"temperature_c": temperature_c, "humidity_pct": humidity_pct},
        "fluid_schedule": {
            "steps": _schedule(fluid, duration_min), **fluid,
            "basis": {"sweat_rate_l_per_h": rate["l_per_h"], "sweat_rate_source": rate["source"],
                      "sweat_tests": rate["tests"], "body_mass_kg": inputs.body_mass_kg,
                      "duration_min": duration_min, "max_loss_pct": 2.0},
            "warnings": [w for w in (rate["warning"], heat_note) if w],
            "advice": [during, hypo], "grade": during["grade"]},
        "sodium_mg_per_hour": {
            **sodium, "recommended": sodium_needed,
            "basis": {"sweat_rate_l_per_h": rate["l_per_h"],
                      "drink_ml_per_hour": fluid["ml_per_hour"],
                      "why": "long, hot or cramp history" if sodium_needed else
                      "short, mild session without cramp history: water is enough"},
            "advice": [salt], "grade": salt["grade"]},
        "warm_up": routine,
        "risk": risk(inputs, activity, duration_min, temperature_c, humidity_pct),
        "see_doctor": plan_text("see_doctor").render(),
    }
