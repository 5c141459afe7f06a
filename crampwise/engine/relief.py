"""The relief routine for a muscle that is cramping or twitching right now.

Pure: plain data in (muscle, kind, reported red flags, the last workout), the ``relief MUSCLE
--json`` object of spec/cli.md out. It picks the stretch and relief methods from the knowledge
files and adapts them: no heat or massage on a swollen, red or warm area, no forceful stretch for a
twitch, and rehydration advice sized from the person's last session (a rough, labelled estimate).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from crampwise.domain.vocabulary import (
    FLAGS,
    VocabularyError,
    canonical_kind,
    canonical_muscle,
    drink_sodium_mg_per_l,
    flag_label,
    muscle_label,
    muscle_region,
)
from crampwise.engine.hydration import (
    POPULATION_SWEAT_RATE_L_PER_H,
    REHYDRATION_L_PER_KG,
    sweat_sodium_loss_mg,
    sweat_sodium_loss_range_mg,
)
from crampwise.knowledge.relief_methods import ReliefMethod, load_relief_methods
from crampwise.knowledge.stretches import Stretch, load_stretches

# Flags that make heat and massage unsafe on the area (evidence.md §3.3, §6.4).
LOCAL_INFLAMMATION = ("swelling", "redness", "warmth")
# Rough whole-body sweat rates by activity in temperate conditions, L/h (evidence.md §4.1 gives
# ~0.3 to over 2 L/h overall, ~1.0-1.5 L/h in endurance and team sports). An assumption, labelled
# as an estimate wherever it is shown.
SWEAT_L_PER_H = {"walking": 0.4, "yoga": 0.4, "pilates": 0.4, "swimming": 0.5,
                 "strength": 0.6, "climbing": 0.6, "dance": 0.7, "hiking": 0.7,
                 "elliptical": 0.8, "cycling": 0.8, "skiing": 0.7, "other": 0.7}
# Running, team and racket sports, rowing, HIIT, martial arts ...: the population mid-range.
SWEAT_DEFAULT_L_PER_H = POPULATION_SWEAT_RATE_L_PER_H
NO_LIMB_MOVES = ("face", "trunk")


def relief_routine(muscle: str, kind: str = "spasm", flags: dict[str, bool] | None = None,
                   last_workout: dict[str, Any] | None = None,
                   recent_fluid_ml: float | None = None) -> dict[str, Any]:
    """The step-by-step relief routine for ``muscle`` (spec/cli.md ``relief --json`` shape)."""
    muscle = canonical_muscle(muscle)
    kind = canonical_kind(kind)
    reported = _check_flags(flags or {})
    methods = load_relief_methods()
    stretch = load_stretches()[muscle]
    region = muscle_region(muscle)
    notes: list[str] = []
    inflamed = [f for f in LOCAL_INFLAMMATION if reported.get(f)]
    injured = bool(reported.get("injury_or_trauma"))

    steps = [_stretch_step(stretch, methods["stretching"], kind, injured)]
    if kind == "spasm" and stretch.opposite:
        steps.append(_opposite_step(stretch, methods["antagonist_contraction"]))
    if inflamed:
        notes.append(f"No massage: you reported {_labels(inflamed)} in the area. Pressing on it "
                     "could do harm until a doctor has checked it.")
    elif muscle != "eyelid":
        steps.append(_massage_step(methods["massage"], kind))
    if kind == "spasm" and region not in NO_LIMB_MOVES:
        walk = _method_step(methods["walking_it_off"])
        legs = region in ("lower leg", "foot", "thigh", "hip")
        walk["instructions"] = [t for t in walk["instructions"] if ("leg" in t) == legs] or \
            walk["instructions"]
        steps.append(walk)
    if kind == "spasm":
        steps.append(_method_step(methods["pickle_juice"]))
    if kind == "twitch":
        steps.append(_method_step(methods["twitch_triggers"]))

    if inflamed or injured:
        reason = _labels(inflamed + (["an injury"] if injured else []))
        notes.append(f"No heat: you reported {reason}. Heat can make swelling and inflammation "
                     f"worse (evidence: {methods['heat'].grade.value}).")
        if kind in methods["cold"].kinds:
            steps.append(_method_step(methods["cold"]))
    elif muscle != "eyelid":
        steps.append(_method_step(methods["heat"]))

    if not (kind == "twitch" and region == "face" and last_workout is None):
        # An eyelid twitch on a quiet day is not about fluids; anything after exercise may be.
        steps.append(_rehydration_step(methods["rehydration"], last_workout, recent_fluid_ml,
                                       notes))
    # What the person reported comes first: it matters more than the general notes.
    notes = _flag_notes(reported, muscle) + notes + _standing_notes(kind, muscle, methods)
    return {
        "muscle": muscle,
        "kind": kind,
        "steps": steps,
        "grade": steps[0]["grade"],
        "notes": notes,
        "see_doctor_if": see_doctor_if(kind, muscle),
    }


def _check_flags(flags: Mapping[str, Any]) -> dict[str, bool]:
    unknown = [k for k in flags if k not in FLAGS]
    if unknown:
        raise VocabularyError(f"unknown red-flag key(s) {', '.join(map(repr, unknown))} "
                              f"(expected some of: {', '.join(FLAGS)})")
    return {k: bool(v) for k, v in flags.items()}


def _labels(items: list[str]) -> str:
    words = [i if i in LOCAL_INFLAMMATION or i not in FLAGS else flag_label(i).lower()
             for i in items]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _step(method: str, title: str, instructions: list[str], grade: str, *,
          hold_s: list[int] | None = None, repeat: int = 1, image: str | None = None,
          cautions: list[str] | None = None) -> dict[str, Any]:
    return {"method": method, "title": title, "instructions": instructions, "hold_s": hold_s,
            "repeat": repeat, "image": image, "cautions": cautions or [], "grade": grade}


def _stretch_step(stretch: Stretch, general: ReliefMethod, kind: str,
                  injured: bool) -> dict[str, Any]:
    low, high = stretch.hold_s
    instructions = list(stretch.steps)
    cautions = list(stretch.cautions)
    if kind == "twitch":
        title = f"{stretch.title} (gentle, optional)"
        instructions.append("Go only to a light, easy pull: a twitch does not lock the muscle, "
                            "so there is nothing to force.")
        instructions.append(f"Hold still for {low} to {high} seconds, breathing slowly, then "
                            "release slowly.")
        repeat = 1
    else:
        title = stretch.title
        instructions.append(f"Hold still for {low} to {high} seconds, no bouncing; then release "
                            "slowly. Repeat if the cramp comes back.")
        repeat = stretch.repeat
        cautions.extend(general.cautions)
    if injured:
        cautions.insert(0, "You reported an injury: if you may have strained or torn the muscle, "
                        "stretch only very lightly, or not at all if it hurts.")
    return _step("stretching", title, instructions, stretch.grade.value, hold_s=[low, high],
                 repeat=repeat, image=stretch.image, cautions=cautions)


def _opposite_step(stretch: Stretch, method: ReliefMethod) -> dict[str, Any]:
    instructions = [f"While you hold the stretch, gently tighten {stretch.opposite}.",
                    "Keep the effort moderate and steady: it helps the cramping muscle let go "
                    "and deepens the stretch."]
    return _step(method.method, method.title, instructions, method.grade.value,
                 cautions=list(method.cautions))


def _massage_step(method: ReliefMethod, kind: str) -> dict[str, Any]:
    instructions = list(method.instructions)
    if kind == "twitch":
        instructions.insert(0, "Light pressure is enough for a twitch.")
    return _step(method.method, method.title, instructions, method.grade.value,
                 cautions=list(method.cautions))


def _method_step(method: ReliefMethod) -> dict[str, Any]:
    return _step(method.method, method.title, list(method.instructions), method.grade.value,
                 cautions=list(method.cautions))


def hydration_estimate(last_workout: Mapping[str, Any],
                       recent_fluid_ml: float | None = None) -> dict[str, float] | None:
    """Rough fluid and sodium loss of a session, or None when its duration is unknown.

    Uses a measured body-mass loss (``body_mass_loss_kg``) when given, else a typical sweat rate
    for the activity scaled by temperature, humidity and effort. Returns litres lost, litres still
    missing after ``recent_fluid_ml``, litres to drink (×1.5) and sodium lost in mg (typical,
    low and high, from the ACSM range of sweat saltiness).
    """
    duration = last_workout.get("duration_min")
    if not isinstance(duration, int | float) or duration <= 0:
        return None
    hours = float(duration) / 60.0
    measured = last_workout.get("body_mass_loss_kg")
    if isinstance(measured, int | float) and measured >= 0:
        lost_l = float(measured)
        rate = lost_l / hours
    else:
        rate = _sweat_rate(last_workout)
        lost_l = rate * hours
    drunk_l = max(0.0, float(recent_fluid_ml or 0.0)) / 1000.0
    missing_l = max(0.0, lost_l - drunk_l)
    sodium_low, sodium_high = sweat_sodium_loss_range_mg(lost_l)
    return {"sweat_l_per_h": round(rate, 2), "lost_l": round(lost_l, 2),
            "missing_l": round(missing_l, 2),
            "drink_l": round(REHYDRATION_L_PER_KG * missing_l, 1),
            "sodium_mg": round(sweat_sodium_loss_mg(lost_l), -1),
            "sodium_low_mg": round(sodium_low, -1), "sodium_high_mg": round(sodium_high, -1)}


def _sweat_rate(workout: Mapping[str, Any]) -> float:
    rate = SWEAT_L_PER_H.get(str(workout.get("activity", "")), SWEAT_DEFAULT_L_PER_H)
    temp = workout.get("temperature_c")
    if isinstance(temp, int | float):
        rate *= 0.7 if temp < 10 else 1.0 if temp < 20 else 1.15 if temp < 25 else (
            1.3 if temp < 30 else 1.5)
        humidity = workout.get("humidity_pct")
        if isinstance(humidity, int | float) and humidity >= 70 and temp >= 20:
            rate *= 1.1
    rpe = workout.get("rpe")
    if isinstance(rpe, int | float):
        rate *= 1.15 if rpe >= 7 else 0.8 if rpe <= 3 else 1.0
    return min(2.5, max(0.3, rate))


def _describe(workout: Mapping[str, Any]) -> str:
    parts = [f"{float(workout['duration_min']):.0f} min"]
    if workout.get("activity"):
        parts.append(str(workout["activity"]).replace("_", " "))
    if isinstance(workout.get("temperature_c"), int | float):
        parts.append(f"at {float(workout['temperature_c']):.0f} °C")
    return " ".join(parts)


def _rehydration_step(method: ReliefMethod, last_workout: Mapping[str, Any] | None,
                      recent_fluid_ml: float | None, notes: list[str]) -> dict[str, Any]:
    estimate = hydration_estimate(last_workout, recent_fluid_ml) if last_workout else None
    instructions = list(method.instructions)
    if estimate is None:
        if last_workout is not None:
            notes.append("Your last workout has no duration, so the rehydration advice is general.")
        return _step(method.method, method.title, instructions, method.grade.value,
                     cautions=list(method.cautions))
    assert last_workout is not None
    measured = isinstance(last_workout.get("body_mass_loss_kg"), int | float)
    source = ("from your body-mass loss" if measured else
              f"an estimate from typical sweat rates (about {estimate['sweat_l_per_h']:.1f} L per "
              "hour), not a measurement; people differ a lot")
    drunk = (f"; you have logged {float(recent_fluid_ml or 0):.0f} mL since"
             if recent_fluid_ml else "")
    personal = [f"Your last session ({_describe(last_workout)}): roughly "
                f"{estimate['lost_l']:.1f} L of sweat lost — {source}{drunk}."]
    if estimate["missing_l"] < 0.3:
        personal.append("Little is left to replace: drink to thirst and have your usual meal.")
    else:
        ors, electrolyte = drink_sodium_mg_per_l("ors"), drink_sodium_mg_per_l("electrolyte_drink")
        personal.append(f"Over the next 2 to 4 hours, sip about {estimate['drink_l']:.1f} L "
                        f"(1.5 times the {estimate['missing_l']:.1f} L still missing).")
        personal.append(f"You may also have lost around {estimate['sodium_mg']:,.0f} mg of "
                        f"sodium (anywhere from {estimate['sodium_low_mg']:,.0f} to "
                        f"{estimate['sodium_high_mg']:,.0f} mg: sweat saltiness varies "
                        "several-fold between people): replace it with "
                        f"salty food, an electrolyte drink (about {electrolyte:,.0f} mg/L) or an "
                        f"oral rehydration solution (about {ors:,.0f} mg/L); plain water or "
                        "coconut water alone replace little of it.")
    personal.append("Weigh yourself before and after your next session to learn your own "
                    "sweat rate: each kilogram lost is about a litre of sweat.")
    notes.append("The rehydration amounts are an estimate, not a prescription.")
    return _step(method.method, method.title, personal + instructions[:1], method.grade.value,
                 cautions=list(method.cautions))


def _standing_notes(kind: str, muscle: str, methods: Mapping[str, ReliefMethod]) -> list[str]:
    notes: list[str] = []
    if kind == "twitch":
        info = methods["twitch_reassurance"]
        notes.append(f"{info.title} (evidence: {info.grade.value}): {info.summary}")
    else:
        for key in ("trp_activators", "pain_relief_after"):
            m = methods[key]
            notes.append(f"{m.title} (evidence: {m.grade.value}): {m.summary}")
    mg = methods["magnesium"]
    notes.append(f"{mg.title} (evidence: {mg.grade.value}): {mg.evidence_says} If you take a "
                 f"supplement, stay at or below {mg.supplement_upper_limit_mg_per_day:.0f} mg a "
                 f"day from supplements; food sources such as {', '.join(mg.foods[:3])} do not "
                 "count towards that limit.")
    if kind == "spasm":
        q = methods["quinine"]
        notes.append(f"{q.title} (evidence: {q.grade.value}): {q.summary}")
    if muscle in ("eyelid", "face") and kind == "spasm":
        notes.append(f"{muscle_label(muscle)} spasms are less common than twitches there; a "
                     "spasm that keeps returning or spreads across the face needs a doctor.")
    return notes


def _flag_notes(reported: Mapping[str, bool], muscle: str) -> list[str]:
    notes: list[str] = []
    inflamed = [f for f in LOCAL_INFLAMMATION if reported.get(f)]
    if inflamed and muscle_region(muscle) in ("lower leg", "thigh"):
        notes.append(f"{_labels(inflamed).capitalize()} in a leg can be a sign of a blood clot: "
                     "get it checked today, before any massage or heat.")
    elif inflamed:
        notes.append(f"{_labels(inflamed).capitalize()} in the area should be checked by a doctor.")
    others = [f for f, v in reported.items() if v and f not in LOCAL_INFLAMMATION
              and f != "injury_or_trauma"]
    if others:
        notes.append(f"You reported {_labels(others)}: this can change what you should do. "
                     "Answer the red-flag check (triage) before relying on this routine.")
    return notes


def see_doctor_if(kind: str, muscle: str) -> list[str]:
    """When to get medical help, for a twitch or a spasm (article + evidence.md §6)."""
    if kind == "twitch":
        points = [
            "Twitching goes on for more than 2 weeks or keeps coming back: see a doctor "
            "(routine appointment).",
            "You notice weakness (dropping things, tripping, trouble lifting the arm), the "
            "muscle looks smaller (wasting), or the twitching spreads to other areas: see a "
            "doctor soon.",
            "Slurred speech or trouble swallowing: get seen urgently.",
            "Numbness or tingling comes with it: see a doctor.",
        ]
        if muscle == "eyelid":
            points.append("The eyelid closes completely or droops, other parts of the face "
                          "twitch, or the eye is red, swollen or sticky: see a doctor.")
        return points
    return [
        "Cramps are frequent or not relieved by stretching and other self-care: see a doctor.",
        "Significant pain, or weakness of the muscle: see a doctor.",
        "Swelling, redness or warmth in the area: see a doctor today (a hot, swollen, painful "
        "calf can be a blood clot).",
        "Spasms in several areas with numbness or tingling: see a doctor.",
        "A cramp lasting more than 10 minutes that does not ease when you move: get urgent "
        "advice.",
        "Dark (cola-coloured) urine, or severe pain and swelling after hard exercise: "
        "emergency care.",
        "Confusion, headache or vomiting after a long event: emergency care (do not drink more "
        "water).",
        "Cramps that began after starting a new medicine (for example a statin or a water "
        "tablet): ask your doctor or pharmacist; do not stop it on your own.",
    ]
