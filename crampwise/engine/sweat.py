"""A person's measured sweat rates, kept as a history by temperature and intensity band.

A workout becomes a sweat test when it has a ``pre_workout`` body mass within 2 h before its
start and a ``post_workout`` one within 2 h after its end: sweat = mass lost + fluid drunk between
the two weighings − urine passed (``urine_ml`` on the workout), per ACSM 2007 (evidence.md §4.1).
Plans use the closest band of this history; a population figure is only a stated fallback.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from statistics import mean

from crampwise.domain.journal import BodyMass, Fluid, Workout
from crampwise.engine import hydration

WEIGH_WINDOW = dt.timedelta(hours=2)
TEMPERATURE_BANDS: tuple[tuple[str, float], ...] = (
    ("cold", 10.0), ("mild", 20.0), ("warm", 27.0), ("hot", 99.0))
"""Band name and upper limit (exclusive) in degC of air temperature."""
INTENSITY_BANDS = ("easy", "moderate", "hard")


def temperature_band(temp_c: float | None) -> str | None:
    """cold < 10 <= mild < 20 <= warm < 27 <= hot (degC); None when unknown."""
    if temp_c is None:
        return None
    for name, upper in TEMPERATURE_BANDS:
        if temp_c < upper:
            return name
    return "hot"


def intensity_band(rpe: float | None) -> str | None:
    """easy (RPE < 4), moderate (4-6), hard (>= 7) on the CR-10 scale; None when unknown."""
    if rpe is None:
        return None
    if rpe < 4:
        return "easy"
    return "moderate" if rpe < 7 else "hard"


@dataclass(frozen=True)
class SweatTest:
    """One measured session: the numbers it rests on and the rate they give."""

    time: dt.datetime
    activity: str
    duration_min: float
    pre_kg: float
    post_kg: float
    fluid_ml: float
    urine_ml: float
    sweat_l: float
    rate_l_per_h: float
    mass_loss_pct: float
    temperature_c: float | None
    humidity_pct: float | None
    rpe: float | None
    temperature_band: str | None
    intensity_band: str | None

    def as_dict(self) -> dict[str, object]:
        """Plain JSON-friendly form."""
        return {
            "time": self.time.isoformat(), "activity": self.activity,
            "duration_min": self.duration_min, "pre_kg": self.pre_kg, "post_kg": self.post_kg,
            "fluid_ml": round(self.fluid_ml), "urine_ml": round(self.urine_ml),
            "sweat_l": round(self.sweat_l, 2), "rate_l_per_h": round(self.rate_l_per_h, 2),
            "mass_loss_pct": round(self.mass_loss_pct, 2),
            "temperature_c": self.temperature_c, "humidity_pct": self.humidity_pct,
            "rpe": self.rpe, "temperature_band": self.temperature_band,
            "intensity_band": self.intensity_band,
        }


@dataclass(frozen=True)
class Weighing:
    """The pre and post masses found around one workout, and the fluid drunk between them."""

    pre: BodyMass
    post: BodyMass
    fluid_ml: float
    sodium_mg: float


def _closest(masses: Sequence[BodyMass], times: Sequence[dt.datetime], lo: dt.datetime,
             hi: dt.datetime, target: dt.datetime) -> BodyMass | None:
    i = bisect.bisect_left(times, lo)
    best: BodyMass | None = None
    while i < len(times) and times[i] <= hi:
        if best is None or abs(times[i] - target) < abs(best.time - target):
            best = masses[i]
        i += 1
    return best


class WeighingIndex:
    """Finds pre/post weighings and drinks around workouts with binary search."""

    def __init__(self, masses: Sequence[BodyMass], fluids: Sequence[Fluid]) -> None:
        self.pre = sorted((m for m in masses if m.context == "pre_workout"), key=lambda m: m.time)
        self.post = sorted((m for m in masses if m.context == "post_workout"),
                           key=lambda m: m.time)
        self.pre_t = [m.time for m in self.pre]
        self.post_t = [m.time for m in self.post]
        self.fluids = sorted(fluids, key=lambda f: f.time)
        self.fluid_t = [f.time for f in self.fluids]

    def drinks(self, lo: dt.datetime, hi: dt.datetime) -> list[Fluid]:
        """Drinks logged from ``lo`` to ``hi`` inclusive."""
        i = bisect.bisect_left(self.fluid_t, lo)
        j = bisect.bisect_right(self.fluid_t, hi)
        return self.fluids[i:j]

    def around(self, workout: Workout) -> Weighing | None:
        """The weighings just before and after a workout, if both exist."""
        pre = _closest(self.pre, self.pre_t, workout.time - WEIGH_WINDOW, workout.time,
                       workout.time)
        if pre is None:
            return None
        post = _closest(self.post, self.post_t, workout.end, workout.end + WEIGH_WINDOW,
                        workout.end)
        if post is None:
            return None
        drinks = self.drinks(pre.time, post.time)
        return Weighing(pre, post, sum(f.ml for f in drinks),
                        sum(f.sodium_total_mg for f in drinks))


def sweat_test_from(workout: Workout, weighing: Weighing) -> SweatTest:
    """The sweat test that one weighed workout gives."""
    urine = float(workout.urine_ml or 0.0)
    sweat = hydration.sweat_loss_l(weighing.pre.kg, weighing.post.kg, weighing.fluid_ml, urine)
    return SweatTest(
        time=workout.time, activity=workout.activity, duration_min=float(workout.duration_min),
        pre_kg=weighing.pre.kg, post_kg=weighing.post.kg, fluid_ml=weighing.fluid_ml,
        urine_ml=urine, sweat_l=sweat, rate_l_per_h=sweat / (workout.duration_min / 60.0),
        mass_loss_pct=hydration.body_mass_loss_pct(weighing.pre.kg, weighing.post.kg),
        temperature_c=workout.temperature_c, humidity_pct=workout.humidity_pct, rpe=workout.rpe,
        temperature_band=temperature_band(workout.temperature_c),
        intensity_band=intensity_band(workout.rpe))


def sweat_tests(entries: Sequence[object]) -> list[SweatTest]:
    """Every workout in ``entries`` that was weighed before and after, as a sweat test."""
    workouts = [e for e in entries if isinstance(e, Workout)]
    index = WeighingIndex([e for e in entries if isinstance(e, BodyMass)],
                          [e for e in entries if isinstance(e, Fluid)])
    tests = []
    for workout in sorted(workouts, key=lambda w: w.time):
        weighing = index.around(workout)
        if weighing is not None:
            tests.append(sweat_test_from(workout, weighing))
    return tests


@dataclass(frozen=True)
class SweatEstimate:
    """A sweat rate to plan with, and what it rests on."""

    l_per_h: float
    basis: str
    tests: int
    warning: str | None = None

    def as_dict(self) -> dict[str, object]:
        """Plain JSON-friendly form."""
        return {"l_per_h": round(self.l_per_h, 2), "basis": self.basis, "tests": self.tests,
                "warning": self.warning}


def sweat_rate_for(history: Sequence[SweatTest], temperature_c: float | None,
                   intensity: str | float | None) -> SweatEstimate:
    """Sweat rate from the closest band of the person's tests, else their mean, else a default.

    ``intensity`` is a band name (easy/moderate/hard) or a CR-10 RPE.
    """
    band_i = intensity_band(intensity) if isinstance(intensity, int | float) else intensity
    band_t = temperature_band(temperature_c)
    def same_both(s: SweatTest) -> bool:
        return (band_t is not None and band_i is not None
                and s.temperature_band == band_t and s.intensity_band == band_i)

    def same_t(s: SweatTest) -> bool:
        return band_t is not None and s.temperature_band == band_t

    def same_i(s: SweatTest) -> bool:
        return band_i is not None and s.intensity_band == band_i

    tiers: tuple[tuple[str, Callable[[SweatTest], bool]], ...] = (
        ("your tests in {t} conditions at {i} effort", same_both),
        ("your tests in {t} conditions", same_t),
        ("your tests at {i} effort", same_i),
    )
    for text, keep in tiers:
        chosen = [s.rate_l_per_h for s in history if keep(s)]
        if chosen:
            return SweatEstimate(mean(chosen), f"mean of {len(chosen)} of " + text.format(
                t=band_t, i=band_i), len(chosen))
    if history:
        return SweatEstimate(mean(s.rate_l_per_h for s in history),
                             f"mean of all {len(history)} of your sweat tests", len(history),
                             "none of your sweat tests match these conditions")
    return SweatEstimate(
        hydration.POPULATION_SWEAT_RATE_L_PER_H, "population typical value (ACSM 2007)", 0,
        "no sweat test yet: your own rate may be anywhere from about 0.3 to over 2 L/h; "
        "weigh yourself before and after a session (crampwise sweat-test)")
