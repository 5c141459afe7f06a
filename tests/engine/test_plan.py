"""Prevention plan: each section numeric, personal, graded, and honest about the evidence."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crampwise.domain.journal import BodyMass, Episode, Fluid, Profile, Sleep, Workout
from crampwise.engine.nutrition import IntakeGap
from crampwise.engine.plan import build_plan, fluid_numbers
from crampwise.engine.plan_inputs import EpisodeInfo, PlanInputs, gather
from crampwise.knowledge.base import Grade
from crampwise.knowledge.stretches import load_stretches

TZ = dt.timezone(dt.timedelta(hours=2))
SECTIONS = ("hydration", "nutrition", "warm_up", "cool_down", "training", "posture", "rest",
            "sleep", "reminders")


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 5, day, hour, minute, tzinfo=TZ)


def journal() -> list[Any]:
    """A runner weighed around two sessions, with calf cramps and short sleep."""
    entries: list[Any] = [Profile(sex="female", birth_year=1991, body_mass_kg=61.5,
                                  timezone="Europe/Berlin")]
    for day, kg_after, fluid in ((2, 60.2, 250), (9, 60.4, 500)):
        entries += [
            BodyMass(time=at(day, 6, 40), kg=61.5, context="pre_workout"),
            Workout(time=at(day, 7), duration_min=105, activity="running", rpe=7,
                    temperature_c=27, humidity_pct=65),
            Fluid(time=at(day, 7, 50), ml=fluid),
            BodyMass(time=at(day, 8, 55), kg=kg_after, context="post_workout"),
            Episode(time=at(day, 9, 10), kind="spasm", muscle="calf", during="after_exercise"),
        ]
    entries.append(Episode(time=at(10, 3), kind="spasm", muscle="hamstring", during="sleep"))
    entries += [Sleep(time=at(d, 23), hours=6.0) for d in range(1, 11)]
    return entries


def person(**changes: Any) -> PlanInputs:
    base = PlanInputs(today=dt.date(2026, 6, 1), body_mass_kg=70.0, sex="male",
                      usual_activity="cycling", usual_session_min=90.0)
    for key, value in changes.items():
        setattr(base, key, value)
    return base


def ep(muscle: str, kind: str = "spasm", during: str = "exercise",
       flags: tuple[str, ...] = ()) -> EpisodeInfo:
    return EpisodeInfo(dt.datetime(2026, 5, 1, tzinfo=dt.UTC), muscle, kind, during, flags)


def test_sections_of_the_spec_each_with_basis_and_a_known_grade() -> None:
    plan = build_plan(gather(journal(), today=dt.date(2026, 5, 12)))
    for key in SECTIONS[:-1]:
        assert "basis" in plan[key], key
        assert plan[key]["grade"] in {g.value for g in Grade}, key
        for item in plan[key]["advice"]:
            assert item["grade"] in {g.value for g in Grade} and item["references"]
    assert isinstance(plan["reminders"], list) and plan["reminders"]
    json.dumps(plan, allow_nan=False)


def test_hydration_comes_from_the_persons_own_sweat_tests() -> None:
    inputs = gather(journal(), today=dt.date(2026, 5, 12))
    hyd = build_plan(inputs)["hydration"]
    # (61.5 - 60.2 + 0.25) / 1.75 h = 0.886 and (61.5 - 60.4 + 0.5) / 1.75 = 0.914 L/h
    assert hyd["basis"]["sweat_rate_l_per_h"] == pytest.approx(0.9, abs=0.01)
    assert hyd["basis"]["sweat_tests"] == 2
    assert hyd["basis"]["body_mass_kg"] == 61.5  # pre-workout mass, not the post-workout one
    assert hyd["before_4h_ml"] == [310, 430]  # 5-7 ml/kg of 61.5 kg, to 10 ml
    assert hyd["before_2h_ml_if_needed"] == [180, 310]
    assert hyd["ml_per_hour"] <= hyd["max_ml_per_hour"] == 900
    assert hyd["ml_per_15_min"] == pytest.approx(hyd["ml_per_hour"] / 4, abs=10)
    assert hyd["ml_per_20_min"] == pytest.approx(hyd["ml_per_hour"] / 3, abs=10)
    assert hyd["expected_loss_pct"] < 2
    assert hyd["warning"] is None
    texts = " ".join(a["text"] for a in hyd["advice"])
    assert "hyponatraemia" in texts and "not shown that dehydration" in texts


def test_without_a_sweat_test_the_plan_says_it_uses_a_typical_rate() -> None:
    hyd = build_plan(person())["hydration"]
    assert hyd["basis"]["sweat_tests"] == 0
    assert hyd["basis"]["sweat_rate_l_per_h"] == 1.0  # typical for cycling (plan_texts.toml)
    assert "No sweat test" in hyd["warning"]


def test_without_body_mass_the_per_kg_amounts_are_a_data_gap() -> None:
    hyd = build_plan(person(body_mass_kg=None))["hydration"]
    assert "before_4h_ml" not in hyd
    assert any("body mass" in g for g in hyd["data_gaps"])


@given(rate=st.floats(0.3, 3.0), mass=st.floats(40, 140), minutes=st.floats(20, 360))
def test_drinking_never_exceeds_sweat_and_keeps_loss_at_or_under_2_percent(
        rate: float, mass: float, minutes: float) -> None:
    numbers = fluid_numbers(person(body_mass_kg=mass), rate, minutes)
    exact_per_hour = numbers["ml_per_hour"]
    assert exact_per_hour <= rate * 1000 + 25  # rounding to 50 ml
    assert numbers["expected_loss_pct"] <= 2.0 + 0.05
    assert exact_per_hour >= 0.75 * rate * 1000 - 25 - 1e-6  # replaces most (50 ml rounding)


def test_sodium_from_estimated_sweat_loss_with_its_range_and_grade() -> None:
    hyd = build_plan(person())["hydration"]
    na = hyd["sodium_mg_per_hour"]
    assert na["loss_mg_per_hour"] == 800  # 1.0 L/h x 805 mg/L, to 10 mg
    assert na["loss_range_mg_per_hour"] == [230, 1610]
    low, high = na["intake_mg_per_hour"]
    assert low < high <= na["loss_mg_per_hour"]
    assert low == pytest.approx(hyd["ml_per_hour"] / 1000 * 460, abs=10)
    salt = next(a for a in hyd["advice"] if a["id"] == "sodium_during")
    assert salt["grade"] == "expert opinion" and "blood pressure" in salt["text"]


def test_foods_with_real_portions_close_a_magnesium_gap() -> None:
    gap = IntakeGap("magnesium", usual_mg=150.0, reference_mg=320.0, days=10)
    ok = IntakeGap("calcium", usual_mg=1000.0, reference_mg=1000.0, days=10)
    nut = build_plan(person(intake_gaps=[gap, ok], intake_days=10))["nutrition"]
    mg = next(g for g in nut["gaps"] if g["nutrient"] == "magnesium")
    assert mg["low"] and mg["percent"] == 47 and mg["foods"]
    for food in mg["foods"]:
        assert food["grams"] > 0 and food["portion"] and food["mg_per_portion"] > 0
        closes = food["portions_a_day"] * food["mg_per_portion"] >= 170 - 1
        assert closes or food["portions_a_day"] == 3.0
    ca = next(g for g in nut["gaps"] if g["nutrient"] == "calcium")
    assert not ca["low"] and "foods" not in ca
    assert "magnesium supplements do not help" in nut["advice"][0]["text"]
    assert nut["data_gaps"] == []


def test_too_few_logged_days_is_named_as_a_gap() -> None:
    nut = build_plan(person(intake_days=3))["nutrition"]
    assert nut["gaps"] == [] and "at least 7 days" in nut["data_gaps"][0]


def test_warm_up_and_cool_down_target_the_muscles_that_cramped() -> None:
    inputs = person(episodes=[ep("calf"), ep("calf"), ep("hamstring"), ep("calf", "twitch"),
                              ep("eyelid", "twitch")])
    plan = build_plan(inputs)
    assert plan["warm_up"]["muscles"] == ["calf", "hamstring"]  # twitch-only eyelid left out
    stretches = load_stretches()
    assert [s["image"] for s in plan["cool_down"]["stretches"]] == [
        stretches["calf"].image, stretches["hamstring"].image]
    assert all(15 <= s["hold_s"][0] <= s["hold_s"][1] <= 30
               for s in plan["cool_down"]["stretches"])
    regions = [s.get("for") for s in plan["warm_up"]["steps"]]
    assert ["Calf"] in regions and ["Hamstring"] in regions
    no_episodes = build_plan(person())
    assert no_episodes["warm_up"]["muscles"] == ["quadriceps", "calf", "hamstring"]
    assert "no episodes" in no_episodes["warm_up"]["basis"]["muscles_from"]


def test_training_keeps_next_week_in_the_ratio_band_and_says_it_is_a_heuristic() -> None:
    training = build_plan(person(chronic_load=1500.0, acute_load=2250.0, acwr=1.5,
                                 load_history_days=60))["training"]
    assert training["next_week_load"] == [1200, 1950]
    assert training["status"] == "spike"
    grades = {a["id"]: a["grade"] for a in training["advice"]}
    assert grades["training_acwr_honesty"] == "not supported by evidence"
    short = build_plan(person(chronic_load=500.0, acwr=1.0, load_history_days=10))["training"]
    assert short["next_week_load"] is None and short["data_gaps"]


def test_posture_only_with_nerve_signs() -> None:
    assert build_plan(person(episodes=[ep("calf")]))["posture"]["included"] is False
    posture = build_plan(person(episodes=[ep("calf", flags=("numbness_tingling",))]))["posture"]
    assert posture["included"] is True
    assert {e["name"] for e in posture["exercises"]} == {"plank", "glute bridge"}
    assert posture["basis"]["nerve_signs"] == ["numbness_tingling"]
    assert "doctor" in posture["advice"][0]["text"]


@pytest.mark.parametrize(("days", "acwr", "rest"), [(6.0, 1.0, 2), (3.0, 1.0, 1), (3.0, 1.6, 2)])
def test_rest_days_follow_the_training_pattern(days: float, acwr: float, rest: int) -> None:
    plan = build_plan(person(training_days_per_week=days, rest_days_per_week=7 - days,
                             acwr=acwr))
    assert plan["rest"]["rest_days_per_week"] == rest


def test_sleep_target_against_usual_sleep() -> None:
    inputs = gather(journal(), today=dt.date(2026, 5, 12))
    sleep = build_plan(inputs)["sleep"]
    assert sleep["basis"] == {"usual_hours": 6.0, "nights": 10}
    assert sleep["target_hours"] == [7.0, 9.0] and sleep["add_minutes"] == 60
    assert build_plan(person(sleep_hours=8.0))["sleep"]["add_minutes"] == 0


def test_gather_measures_habits_up_to_the_journals_last_day() -> None:
    inputs = gather(journal(), today=dt.date(2026, 11, 1))
    assert inputs.as_of == dt.date(2026, 5, 10)  # the last bedtime logged
    assert inputs.timezone == "Europe/Berlin"
    assert inputs.usual_activity == "running" and inputs.usual_session_min == 105
    assert [e.activity for e in inputs.episodes] == ["running", "running", None]
    assert inputs.wake_time == dt.time(5, 0)
