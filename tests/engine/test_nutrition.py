"""Intake from meals, supplements and drinks vs reference intakes (evidence.md §5)."""

from __future__ import annotations

import datetime as dt

import pytest

from crampwise.domain.journal import Fluid, Meal, MealItem, Supplement
from crampwise.engine import nutrition as nu

T = dt.datetime(2026, 6, 14, 12, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))


def test_meal_items_use_the_usda_table() -> None:
    # journal.md example meal: banana, raw 120 g + spinach, raw 60 g. USDA SR28 per 100 g:
    # banana Mg 27, K 358; spinach Mg 79, K 558. By hand: Mg 32.4 + 47.4 = 79.8 mg;
    # K 429.6 + 334.8 = 764.4 mg.
    meal = Meal(time=T, items=[MealItem(food="banana, raw", grams=120),
                               MealItem(food="spinach, raw", grams=60)])
    got = nu.meal_nutrients(meal)
    assert got["magnesium_mg"] == pytest.approx(79.8, abs=0.05)
    assert got["potassium_mg"] == pytest.approx(764.4, abs=0.05)


def test_daily_intake_adds_meals_supplements_and_drinks() -> None:
    entries = [
        Meal(time=T, magnesium_mg=150, calcium_mg=400, sodium_mg=900, energy_kcal=700),
        Meal(time=T + dt.timedelta(hours=6), magnesium_mg=100, energy_kcal=800),
        Supplement(time=T, name="magnesium citrate", magnesium_mg=200),
        Fluid(time=T, ml=500, drink="sports_drink"),  # 460 mg/L -> 230 mg sodium
    ]
    day = nu.daily_intake(entries)[T.date()]
    assert day.magnesium_mg == pytest.approx(450)
    assert day.sodium_mg == pytest.approx(1130)
    assert day.meals == 2 and day.complete


def test_usual_intake_counts_only_fully_logged_days() -> None:
    entries = []
    for d in range(10):
        when = T + dt.timedelta(days=d)
        entries.append(Meal(time=when, magnesium_mg=100, energy_kcal=900))
        if d < 8:  # two days with a single small meal do not count
            entries.append(Meal(time=when + dt.timedelta(hours=5), magnesium_mg=100,
                                energy_kcal=900))
    usual = nu.usual_intake(nu.daily_intake(entries).values())
    assert usual["magnesium"].days == 8
    assert usual["magnesium"].mean_mg == pytest.approx(200)


def test_gap_against_nih_rda_for_a_woman_over_30() -> None:
    # NIH ODS / IOM 1997: magnesium RDA for women 31+ is 320 mg/day (evidence.md §5.1).
    # 200 mg/day is 62.5 % of it: under two thirds, so "well below" after 7+ logged days.
    usual = {"magnesium": nu.UsualIntake("magnesium", 200.0, 14)}
    gaps = nu.intake_gaps(usual, 45, "female")
    assert len(gaps) == 1
    gap = gaps[0]
    assert gap.reference_mg == 320
    assert gap.fraction == pytest.approx(0.625)
    assert gap.low
    short = nu.intake_gaps({"magnesium": nu.UsualIntake("magnesium", 200.0, 5)}, 45, "female")
    assert not short[0].low  # too few days to call it usual


def test_potassium_ai_for_men_and_the_other_sex_takes_the_higher() -> None:
    # NASEM 2019: potassium AI 3,400 mg (men), 2,600 mg (women) (evidence.md §5.2).
    usual = {"potassium": nu.UsualIntake("potassium", 2600.0, 30)}
    assert nu.intake_gaps(usual, 40, "male", nutrients=["potassium"])[0].fraction == \
        pytest.approx(2600 / 3400)
    assert nu.intake_gaps(usual, 40, "other", nutrients=["potassium"])[0].reference_mg == 3400


def test_rolling_mean_needs_four_logged_days() -> None:
    days = {}
    for d in range(3):
        day = nu.DayIntake(T.date() - dt.timedelta(days=d), magnesium_mg=100, meals=3)
        days[day.date] = day
    assert nu.rolling_mean(days, "magnesium", T.date()) is None
    extra = nu.DayIntake(T.date() - dt.timedelta(days=5), magnesium_mg=300, meals=3)
    days[extra.date] = extra
    assert nu.rolling_mean(days, "magnesium", T.date()) == pytest.approx(150)


def test_one_entry_per_day_totals_count_as_whole_days() -> None:
    entries = [Meal(time=T + dt.timedelta(days=d), magnesium_mg=150, potassium_mg=1200)
               for d in range(9)]
    usual = nu.usual_intake(nu.daily_intake(entries).values())
    assert usual["magnesium"].days == 9
    assert usual["magnesium"].mean_mg == pytest.approx(150)
    few = nu.usual_intake(nu.daily_intake(entries[:5]).values())
    assert few == {}
