"""The personal prevention plan: every section numeric, from the person's own data, and graded.

Why: generic "drink more, eat bananas" advice is what the evidence warns against (evidence.md §4:
tailor prevention to the person's risk factors). Each section here says what to do in numbers
computed from the person's sweat rate, body mass, episodes, training load, sleep and intake, shows
those numbers under ``basis``, and carries the evidence grade of its advice. Texts live in
``knowledge/data/plan_texts.toml``; this module only computes and fills them.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

from crampwise.domain.vocabulary import muscle_label, muscle_region
from crampwise.engine import hydration
from crampwise.engine.plan_inputs import NERVE_FLAGS, PlanInputs
from crampwise.engine.sweat import sweat_rate_for
from crampwise.knowledge.plan_texts import activity_muscles, dynamic_move, plan_text
from crampwise.knowledge.stretches import load_stretches

BEFORE_4H_ML_PER_KG = (5.0, 7.0)
BEFORE_2H_ML_PER_KG = (3.0, 5.0)
"""ACSM 2007 pre-exercise drinking (evidence.md §4.1)."""
REPLACE_FRACTION = 0.75
"""Drink about three quarters of the sweat rate: most of the loss, with a margin because a sweat
rate estimate is uncertain and drinking more than the loss risks hyponatraemia."""
SPORTS_DRINK_NA_MG_PER_L = (460.0, 690.0)
"""ACSM suggested sports-drink sodium, 20-30 mmol/L (evidence.md §4.1)."""
DAILY_DRINKS_L = {"male": 3.0, "female": 2.2, "other": 3.0}
"""IOM 2005 adequate intake of water from drinks (evidence.md §5.5); 'other' takes the higher."""
ACWR_BAND = (0.8, 1.3)
SLEEP_TARGET_H = (7.0, 9.0)
MAX_WARM_UP_MUSCLES = 4


def _r(value: float, step: float = 1.0) -> float:
    """Round to a practical step (50 ml, 10 ml, 0.1 kg)."""
    rounded = round(value / step) * step
    return int(rounded) if step >= 1 else round(rounded, 2)


def sweat_rate(inputs: PlanInputs, activity: str | None = None,
               temperature_c: float | None = None) -> dict[str, Any]:
    """The sweat rate to plan with (L/h) and what it rests on."""
    from crampwise.knowledge.plan_texts import typical_sweat_rate

    estimate = sweat_rate_for(inputs.sweat_tests, temperature_c, None)
    if estimate.tests:
        # without a planned temperature there is nothing to match: the mean of all tests is right
        warning = estimate.warning if temperature_c is not None else None
        return {"l_per_h": round(estimate.l_per_h, 2), "source": estimate.basis,
                "tests": estimate.tests, "warning": warning}
    typical = typical_sweat_rate(activity or inputs.usual_activity)
    return {"l_per_h": typical, "tests": 0,
            "source": f"typical value for {activity or inputs.usual_activity or 'exercise'}",
            "warning": plan_text("sweat_rate_typical").render(sweat_l_per_h=typical)["text"]}


def fluid_numbers(inputs: PlanInputs, rate_l_per_h: float,
                  session_min: float) -> dict[str, Any]:
    """Before / during / after fluid amounts for one session of ``session_min`` minutes."""
    sweat_ml_h = rate_l_per_h * 1000.0
    hours = max(session_min, 1.0) / 60.0
    mass = inputs.body_mass_kg
    limit_ml = 0.02 * mass * 1000.0 if mass else None
    floor = max(0.0, sweat_ml_h - limit_ml / hours) if limit_ml is not None else 0.0
    per_hour = min(sweat_ml_h, max(floor, REPLACE_FRACTION * sweat_ml_h))
    expected_loss_kg = max(0.0, (sweat_ml_h - per_hour) * hours / 1000.0)
    hourly = _r(per_hour, 50)
    numbers: dict[str, Any] = {
        "ml_per_hour": hourly, "ml_per_15_min": _r(hourly / 4, 10),
        "ml_per_20_min": _r(hourly / 3, 10), "max_ml_per_hour": _r(sweat_ml_h, 50),
        "expected_loss_kg": round(expected_loss_kg, 2),
        "after_ml": _r(hydration.rehydration_ml(expected_loss_kg), 50),
    }
    if mass:
        numbers["before_4h_ml"] = [_r(mass * k, 10) for k in BEFORE_4H_ML_PER_KG]
        numbers["before_2h_ml_if_needed"] = [_r(mass * k, 10) for k in BEFORE_2H_ML_PER_KG]
        numbers["expected_loss_pct"] = round(expected_loss_kg / mass * 100, 1)
    return numbers


def sodium_numbers(rate_l_per_h: float, drink_ml_per_hour: float,
                   measured_mmol_l: float | None = None) -> dict[str, Any]:
    """Sweat sodium lost per hour and a per-hour intake range.

    With a measured sweat sodium the loss is the person's own; without it, the average, with the
    between-person range beside it.
    """
    per_l = hydration.sweat_sodium_mg_per_l(measured_mmol_l)
    loss = hydration.sweat_sodium_loss_mg(rate_l_per_h, per_l)
    if measured_mmol_l is None:
        low, high = hydration.sweat_sodium_loss_range_mg(rate_l_per_h)
        assumption = "average sweat sodium (ACSM ~35 mmol/L); yours may be 10-70 mmol/L"
    else:
        low = high = loss
        assumption = f"your measured sweat sodium ({measured_mmol_l:g} mmol/L)"
    intake = [min(loss, drink_ml_per_hour / 1000.0 * c) for c in SPORTS_DRINK_NA_MG_PER_L]
    return {"loss_mg_per_hour": _r(loss, 10), "loss_range_mg_per_hour": [_r(low, 10),
                                                                         _r(high, 10)],
            "intake_mg_per_hour": [_r(v, 10) for v in intake],
            "sweat_sodium_mg_per_l": _r(per_l), "assumption": assumption}


def sodium_advice(sodium: dict[str, Any], measured_mmol_l: float | None) -> Any:
    """The sodium-during-exercise advice for ``sodium_numbers``: with the between-person range,
    or with the person's measured sweat sodium."""
    low, high = sodium["loss_range_mg_per_hour"]
    intake_low, intake_high = sodium["intake_mg_per_hour"]
    if measured_mmol_l is None:
        return plan_text("sodium_during").render(
            loss_mg_per_hour=sodium["loss_mg_per_hour"], loss_low=low, loss_high=high,
            intake_low=intake_low, intake_high=intake_high)
    return plan_text("sodium_during_measured").render(
        loss_mg_per_hour=sodium["loss_mg_per_hour"], sweat_sodium_mmol_l=f"{measured_mmol_l:g}",
        intake_low=intake_low, intake_high=intake_high)


def _hydration(inputs: PlanInputs) -> dict[str, Any]:
    rate = sweat_rate(inputs)
    session = inputs.usual_session_min or 60.0
    fluid = fluid_numbers(inputs, rate["l_per_h"], session)
    sodium = sodium_numbers(rate["l_per_h"], fluid["ml_per_hour"], inputs.sweat_sodium_mmol_l)
    mass = inputs.body_mass_kg
    advice = []
    if mass:
        advice.append(plan_text("hydration_before").render(
            ml_4h_low=fluid["before_4h_ml"][0], ml_4h_high=fluid["before_4h_ml"][1],
            ml_2h_low=fluid["before_2h_ml_if_needed"][0],
            ml_2h_high=fluid["before_2h_ml_if_needed"][1]))
    advice.append(plan_text("hydration_during").render(
        ml_per_15_min=fluid["ml_per_15_min"], ml_per_20_min=fluid["ml_per_20_min"],
        ml_per_hour=fluid["ml_per_hour"], sweat_ml_per_hour=fluid["max_ml_per_hour"],
        limit_kg=f"{0.02 * mass:.1f}" if mass else "2 % of your weight"))
    advice.append(plan_text("hydration_after").render())
    daily = DAILY_DRINKS_L.get(inputs.sex or "other", 3.0)
    advice.append(plan_text("hydration_daily").render(daily_l=daily))
    advice.append(sodium_advice(sodium, inputs.sweat_sodium_mmol_l))
    advice.append(plan_text("hyponatraemia_warning").render())
    advice.append(plan_text("hydration_honesty").render())
    gaps = [] if mass else ["log your body mass (crampwise log mass) for per-kg amounts"]
    return {
        **fluid, "daily_drinks_l": daily, "sodium_mg_per_hour": sodium,
        "basis": {"sweat_rate_l_per_h": rate["l_per_h"], "sweat_rate_source": rate["source"],
                  "sweat_tests": rate["tests"], "body_mass_kg": mass,
                  "usual_session_min": session, "max_loss_pct": 2.0},
        "warning": rate["warning"], "advice": advice, "grade": advice[0]["grade"],
        "data_gaps": gaps,
    }


def _nutrition(inputs: PlanInputs) -> dict[str, Any]:
    from crampwise.knowledge.foods import foods_rich_in

    gaps_out = []
    for gap in inputs.intake_gaps:
        entry: dict[str, Any] = {
            "nutrient": gap.nutrient, "usual_mg": _r(gap.usual_mg),
            "reference_mg": _r(gap.reference_mg), "percent": _r(gap.fraction * 100),
            "days": gap.days, "low": gap.low}
        if gap.low:
            missing = gap.reference_mg - gap.usual_mg
            foods = []
            for rich in foods_rich_in(gap.nutrient, limit=4):
                per = rich.amount_mg
                portions = min(3.0, math.ceil(missing / per * 2) / 2) if per > 0 else 0.0
                foods.append({"food": rich.food.name, "portion": rich.portion.label,
                              "grams": _r(rich.portion.grams), "mg_per_portion": _r(per),
                              "portions_a_day": portions})
            entry["foods"] = foods
            entry["advice"] = plan_text("nutrition_gap").render(
                nutrient=gap.nutrient, usual_mg=entry["usual_mg"],
                percent=entry["percent"], reference_mg=entry["reference_mg"],
                gap_mg=_r(missing))
        gaps_out.append(entry)
    honesty = plan_text("nutrition_honesty").render()
    data_gaps = []
    if inputs.intake_days < 7:
        data_gaps.append(f"log all meals for at least 7 days to compare your magnesium, "
                         f"potassium and calcium with the reference (have {inputs.intake_days})")
    return {"gaps": gaps_out, "advice": [honesty], "grade": honesty["grade"],
            "basis": {"logged_days": inputs.intake_days, "low_below_pct_of_reference": 67},
            "data_gaps": data_gaps}


def episode_muscles(inputs: PlanInputs, extra: tuple[str, ...] = ()) -> list[str]:
    """Muscles of their spasms (most frequent first), then ``extra``; at most four."""
    counts = Counter(e.muscle for e in inputs.episodes if e.kind == "spasm")
    counts.update(e.muscle for e in inputs.episodes if e.kind == "twitch" and e.muscle in counts)
    ranked = [m for m, _ in counts.most_common()]
    if not ranked and not extra:
        ranked = list(activity_muscles(inputs.usual_activity or "other"))
    return list(dict.fromkeys([*ranked, *extra]))[:MAX_WARM_UP_MUSCLES]


def warm_up(muscles: list[str]) -> dict[str, Any]:
    """Warm-up routine for these muscles: easy aerobic minutes, then moves per body region."""
    moves: dict[str, list[str]] = {}
    for m in muscles:
        moves.setdefault(muscle_region(m), []).append(muscle_label(m))
    steps = [{"step": "easy aerobic", "minutes": [5, 10],
              "do": "brisk walk, easy jog or easy spin"}]
    steps += [{"step": "dynamic", "for": labels, "do": dynamic_move(region)}
              for region, labels in moves.items()]
    advice = plan_text("warm_up").render()
    return {"muscles": muscles, "steps": steps, "minutes": [7, 12], "advice": [advice],
            "grade": advice["grade"], "basis": {"muscles_from": "your episodes"}}


def cool_down(muscles: list[str]) -> dict[str, Any]:
    """Cool-down: easy minutes, then the static stretch of each muscle (15-30 s, no bouncing)."""
    stretches = load_stretches()
    items = [{"muscle": m, "title": stretches[m].title, "steps": list(stretches[m].steps),
              "hold_s": list(stretches[m].hold_s), "repeat": stretches[m].repeat,
              "image": stretches[m].image, "grade": stretches[m].grade.value}
             for m in muscles]
    advice = plan_text("cool_down").render()
    return {"muscles": muscles, "easy_minutes": 5, "stretches": items, "advice": [advice],
            "grade": advice["grade"], "basis": {"muscles_from": "your episodes"}}


def _training(inputs: PlanInputs) -> dict[str, Any]:
    basis = {"acute_load": inputs.acute_load, "chronic_load": inputs.chronic_load,
             "acwr": round(inputs.acwr, 2) if inputs.acwr is not None else None,
             "load_history_days": inputs.load_history_days, "band": list(ACWR_BAND),
             "as_of": str(inputs.as_of or inputs.today),
             "load_unit": "session RPE x minutes (AU)"}
    strength = plan_text("training_strength").render()
    honesty = plan_text("training_acwr_honesty").render()
    chronic = inputs.chronic_load
    if chronic and inputs.load_history_days >= 28:
        low, high = (_r(chronic * k, 10) for k in ACWR_BAND)
        ratio = inputs.acwr or 0.0
        status = "spike" if ratio > ACWR_BAND[1] else "drop" if ratio < ACWR_BAND[0] else "steady"
        main = plan_text("training_progression").render(target_low=low, target_high=high,
                                                        chronic=_r(chronic))
        return {"next_week_load": [low, high], "status": status, "basis": basis,
                "advice": [main, honesty, strength], "grade": main["grade"], "data_gaps": []}
    return {"next_week_load": None, "status": "unknown", "basis": basis,
            "advice": [strength], "grade": strength["grade"],
            "data_gaps": ["log 4 weeks of workouts with effort (RPE 0-10) to get a load target"]}


def _posture(inputs: PlanInputs) -> dict[str, Any]:
    signs = sorted({f for e in inputs.episodes for f in e.flags if f in NERVE_FLAGS})
    advice = plan_text("posture").render()
    if not signs:
        return {"included": False, "reason": "no numbness, tingling or weakness logged with "
                "your episodes", "basis": {"nerve_signs": []}, "advice": [],
                "grade": advice["grade"]}
    return {"included": True, "exercises": [
        {"name": "plank", "sets": 3, "hold_s": [20, 40]},
        {"name": "glute bridge", "sets": 3, "repetitions": 10}],
        "times_per_week": [2, 3], "basis": {"nerve_signs": signs,
                                            "episodes_with_signs": sum(
                                                1 for e in inputs.episodes
                                                if set(e.flags) & set(NERVE_FLAGS))},
        "advice": [advice], "grade": advice["grade"]}


def _rest(inputs: PlanInputs) -> dict[str, Any]:
    days = inputs.training_days_per_week
    spike = inputs.acwr is not None and inputs.acwr > ACWR_BAND[1]
    target = 2 if (days is not None and days >= 5) or spike else 1
    current = inputs.rest_days_per_week
    advice = plan_text("rest").render(target=target, days="day" if target == 1 else "days",
                                      current="?" if current is None else round(current, 1))
    return {"rest_days_per_week": target, "low_impact": ["swimming", "walking", "easy cycling"],
            "basis": {"training_days_per_week": None if days is None else round(days, 1),
                      "rest_days_per_week_now": None if current is None else round(current, 1),
                      "load_spike": spike, "as_of": str(inputs.as_of or inputs.today)},
            "advice": [advice], "grade": advice["grade"]}


def _sleep(inputs: PlanInputs) -> dict[str, Any]:
    low, high = SLEEP_TARGET_H
    usual = inputs.sleep_hours
    advice = plan_text("sleep").render(target_low=int(low), target_high=int(high))
    extra = None if usual is None else max(0, _r((low - usual) * 60, 5))
    return {"target_hours": [low, high], "add_minutes": extra,
            "basis": {"usual_hours": None if usual is None else round(usual, 1),
                      "nights": inputs.sleep_nights},
            "advice": [advice], "grade": advice["grade"],
            "data_gaps": [] if usual is not None else ["log your sleep to compare it with the "
                                                       "target"]}


STRATEGY_OF = {"hydration": "regular_hydration", "nutrition": "balanced_nutrition",
               "warm_up": "warm_up_cool_down", "cool_down": "warm_up_cool_down",
               "training": "consistent_routine", "posture": "posture", "rest": "rest_recovery",
               "sleep": "sleep"}
"""The article's prevention strategy (knowledge/data/prevention.toml) behind each section."""


def _strategy(section: str) -> dict[str, Any] | None:
    """The general graded actions of the section's prevention strategy, to show beside ours."""
    from crampwise.knowledge.content import load_prevention

    strategy = load_prevention().get(STRATEGY_OF[section])
    if strategy is None:
        return None
    return {"id": strategy.id, "title": strategy.title, "grade": strategy.grade.value,
            "actions": [{"id": a.id, "text": a.text, "grade": a.grade.value}
                        for a in strategy.actions]}


def build_plan(inputs: PlanInputs) -> dict[str, Any]:
    """The prevention plan: the sections of spec/cli.md, each with its basis and grade."""
    from crampwise.engine.reminders import plan_reminders

    muscles = episode_muscles(inputs)
    plan: dict[str, Any] = {
        "hydration": _hydration(inputs),
        "nutrition": _nutrition(inputs),
        "warm_up": warm_up(muscles),
        "cool_down": cool_down(muscles),
        "training": _training(inputs),
        "posture": _posture(inputs),
        "rest": _rest(inputs),
        "sleep": _sleep(inputs),
    }
    if not inputs.episodes:
        for key in ("warm_up", "cool_down"):
            plan[key]["basis"]["muscles_from"] = (
                f"muscles {inputs.usual_activity or 'exercise'} loads most (no episodes logged)")
    for key in STRATEGY_OF:
        plan[key]["strategy"] = _strategy(key)
    plan["reminders"] = plan_reminders(inputs, plan)
    plan["see_doctor"] = plan_text("see_doctor").render()
    plan["episodes"] = len(inputs.episodes)
    return plan
