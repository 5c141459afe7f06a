"""Daily and usual intake of magnesium, potassium, calcium and sodium vs reference intakes.

Intake comes from meals (food items through the USDA SR28 table, plus any totals given
directly), supplements and drinks (sodium/potassium as logged or the drink's typical value).

A day counts towards *usual* intake only when it looks fully logged: at least two meal entries,
or meals adding up to at least 1,200 kcal. Partly logged days would make anyone look deficient.
Usual intake is the mean over those days, reported with their count. Reference intakes are the
US/Canada RDA/AI values of evidence.md §5 (from ``crampwise.knowledge.intakes``); they describe
what healthy populations need and are not cramp treatments (§5, §7.2).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from crampwise.domain.journal import Fluid, Meal, Supplement

MINERALS = ("magnesium", "potassium", "calcium", "sodium")
KEYS = ("magnesium_mg", "potassium_mg", "calcium_mg", "sodium_mg", "water_ml", "energy_kcal")
MIN_MEALS_PER_DAY = 2
MIN_KCAL_PER_DAY = 1200.0
MIN_DAYS_FOR_USUAL = 7
LOW_FRACTION = 2.0 / 3.0
"""Usual intake below two thirds of the reference counts as "well below" (a screening line, not a
diagnosis: only a blood test shows a deficiency)."""


@dataclass
class DayIntake:
    """What one calendar day's entries add up to."""

    date: dt.date
    magnesium_mg: float = 0.0
    potassium_mg: float = 0.0
    calcium_mg: float = 0.0
    sodium_mg: float = 0.0
    water_ml: float = 0.0
    energy_kcal: float = 0.0
    meals: int = 0
    sources: set[str] = field(default_factory=set)

    @property
    def complete(self) -> bool:
        """Logged fully enough to count towards usual intake."""
        return self.meals >= MIN_MEALS_PER_DAY or self.energy_kcal >= MIN_KCAL_PER_DAY

    def get(self, nutrient: str) -> float:
        """Amount of a mineral (mg) or water (ml)/energy by nutrient name."""
        key = nutrient if nutrient.endswith(("_mg", "_ml", "_kcal")) else f"{nutrient}_mg"
        return float(getattr(self, key))


@cache
def _food_nutrients_per_g(ndb_no: str) -> tuple[float, ...]:
    from crampwise.knowledge import foods

    per_100 = foods.nutrients_for(foods.food_by_ndb(ndb_no), 100.0)
    return tuple((per_100.get(k) or 0.0) / 100.0 for k in KEYS)


def meal_nutrients(meal: Meal) -> dict[str, float]:
    """Mg, K, Ca, Na (mg), water (ml) and energy (kcal) of one meal: items plus given totals."""
    totals = dict.fromkeys(KEYS, 0.0)
    for item in meal.items or []:
        if item.ndb_no is None:
            continue
        per_g = _food_nutrients_per_g(item.ndb_no)
        for key, value in zip(KEYS, per_g, strict=True):
            totals[key] += value * item.grams
    for key in KEYS:
        given = getattr(meal, key, None)
        if given is not None:
            totals[key] += float(given)
    return totals


def daily_intake(entries: Iterable[Any]) -> dict[dt.date, DayIntake]:
    """Per local calendar day: minerals from meals, supplements and drinks."""
    days: dict[dt.date, DayIntake] = {}

    def day(when: dt.datetime) -> DayIntake:
        date = when.date()
        if date not in days:
            days[date] = DayIntake(date)
        return days[date]

    for entry in entries:
        if isinstance(entry, Meal):
            d = day(entry.time)
            d.meals += 1
            d.sources.add("meal")
            for key, value in meal_nutrients(entry).items():
                setattr(d, key, getattr(d, key) + value)
        elif isinstance(entry, Supplement):
            d = day(entry.time)
            d.sources.add("supplement")
            for mineral in MINERALS:
                value = getattr(entry, f"{mineral}_mg")
                if value is not None:
                    setattr(d, f"{mineral}_mg", getattr(d, f"{mineral}_mg") + float(value))
        elif isinstance(entry, Fluid):
            d = day(entry.time)
            d.sources.add("fluid")
            d.sodium_mg += entry.sodium_total_mg
            if entry.potassium_mg is not None:
                d.potassium_mg += float(entry.potassium_mg)
            d.water_ml += float(entry.ml)
    return days


@dataclass(frozen=True)
class UsualIntake:
    """Mean daily intake of one nutrient over fully logged days."""

    nutrient: str
    mean_mg: float
    days: int


def usual_intake(days: Iterable[DayIntake]) -> dict[str, UsualIntake]:
    """Mean of each mineral over fully logged days (empty when there are none).

    Someone who logs each day as one meal entry with the day's totals (and no energy) never has
    a "complete" day by the two-meal rule; when at least a week of days has meals but fewer
    than 7 pass the rule, every day with a meal is taken as that person's whole day.
    """
    days = list(days)
    complete = [d for d in days if d.complete]
    with_meals = [d for d in days if d.meals > 0]
    if len(complete) < MIN_DAYS_FOR_USUAL and len(with_meals) >= MIN_DAYS_FOR_USUAL and all(
            d.meals == 1 for d in with_meals):
        complete = with_meals
    if not complete:
        return {}
    return {m: UsualIntake(m, sum(d.get(m) for d in complete) / len(complete), len(complete))
            for m in MINERALS}


ReferenceFn = Callable[[str, int, str, bool], Any]


def _default_reference(nutrient: str, age: int, sex: str, pregnant: bool) -> Any:
    from crampwise.knowledge import intakes  # type: ignore[attr-defined,unused-ignore]

    return intakes.reference_intake(nutrient, age, sex, pregnant)


def reference_value(nutrient: str, age: int, sex: str, pregnant: bool = False,
                    reference: ReferenceFn | None = None) -> float | None:
    """The reference intake (mg/day) as a number, whatever shape the knowledge layer returns."""
    fn = reference or _default_reference
    try:
        value = fn(nutrient, age, sex, pregnant)
    except (KeyError, ValueError, ImportError, AttributeError):
        return None
    if value is None or isinstance(value, int | float):
        return None if value is None else float(value)
    for attr in ("rda_or_ai_mg", "mg_per_day", "value", "amount", "mg", "amount_mg"):
        if hasattr(value, attr):
            return float(getattr(value, attr))
    return None


@dataclass(frozen=True)
class IntakeGap:
    """Usual intake of one mineral against its reference value."""

    nutrient: str
    usual_mg: float
    reference_mg: float
    days: int

    @property
    def fraction(self) -> float:
        """Usual intake as a fraction of the reference."""
        return self.usual_mg / self.reference_mg

    @property
    def low(self) -> bool:
        """Well below the reference (under two thirds) on enough logged days."""
        return self.days >= MIN_DAYS_FOR_USUAL and self.fraction < LOW_FRACTION


def intake_gaps(usual: dict[str, UsualIntake], age: int | None, sex: str | None,
                pregnant: bool = False, reference: ReferenceFn | None = None,
                nutrients: Iterable[str] = ("magnesium", "potassium", "calcium")
                ) -> list[IntakeGap]:
    """Usual intake vs reference for each nutrient that has both (adult defaults when unknown)."""
    gaps: list[IntakeGap] = []
    for nutrient in nutrients:
        if nutrient not in usual:
            continue
        ref = reference_value(nutrient, age if age is not None else 40, sex or "other",
                              pregnant, reference)
        if ref is None or ref <= 0:
            continue
        gaps.append(IntakeGap(nutrient, usual[nutrient].mean_mg, ref, usual[nutrient].days))
    return gaps


def rolling_mean(days: dict[dt.date, DayIntake], nutrient: str, end: dt.date,
                 length: int = 7, min_days: int = 4) -> float | None:
    """Mean intake over the complete days among the ``length`` days ending on ``end``."""
    values = []
    for i in range(length):
        d = days.get(end - dt.timedelta(days=i))
        if d is not None and d.complete:
            values.append(d.get(nutrient))
    return sum(values) / len(values) if len(values) >= min_days else None
