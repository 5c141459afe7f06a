"""Pre-workout plan: schedule, sodium, warm-up for the muscles at risk, risk with its reasons."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from crampwise.domain.journal import BodyMass, Workout
from crampwise.engine.plan_inputs import EpisodeInfo, PlanInputs
from crampwise.engine.prepare import prepare
from crampwise.engine.sweat import sweat_tests

TZ = dt.timezone(dt.timedelta(hours=2))


def person(**changes: Any) -> PlanInputs:
    base = PlanInputs(today=dt.date(2026, 6, 1), body_mass_kg=60.0,
                      durations_by_activity={"running": [45.0, 50.0, 60.0, 60.0]})
    for key, value in changes.items():
        setattr(base, key, value)
    return base


def spasm_after(activity: str, minutes: float, temp: float | None = None,
                muscle: str = "calf") -> EpisodeInfo:
    return EpisodeInfo(dt.datetime(2026, 5, 1, 9, tzinfo=dt.UTC), muscle, "spasm",
                       "after_exercise", (), activity, minutes, temp, 60.0 if temp else None)


def test_short_mild_familiar_session_without_history_is_low_risk() -> None:
    out = prepare(person(), "running", 50, 15, 50)
    assert out["risk"]["level"] == "low"
    assert out["risk"]["reasons"] == [
        "nothing in your history or the conditions points to a raised risk"]
    assert out["sodium_mg_per_hour"]["recommended"] is False
    json.dumps(out, allow_nan=False)


def test_long_hot_session_like_past_cramps_is_high_risk_with_each_reason() -> None:
    inputs = person(episodes=[spasm_after("running", 100, 28), spasm_after("running", 95, 30)])
    out = prepare(inputs, "running", 110, 30, 60)
    risk = out["risk"]
    assert risk["level"] == "high"
    text = " ".join(risk["reasons"])
    assert "2 of your past spasms (calf)" in text
    assert "longer than your usual running (55 min)" in text
    assert "heat index" in text
    assert risk["basis"]["similar_session_spasms"] == 2
    assert risk["basis"]["heat_index_c"] > 30
    assert out["sodium_mg_per_hour"]["recommended"] is True


def test_cramp_history_alone_or_a_new_activity_is_moderate_at_most() -> None:
    history = prepare(person(episodes=[spasm_after("cycling", 60)]), "running", 50)
    assert history["risk"]["level"] == "low"  # one point: past cramps in other sessions
    assert "cramps before" in history["risk"]["reasons"][0]
    new = prepare(person(episodes=[spasm_after("cycling", 60)]), "rowing", 150)
    assert new["risk"]["level"] == "moderate"
    assert any("unaccustomed" in r for r in new["risk"]["reasons"])


def test_load_spike_counts_only_with_four_weeks_of_history() -> None:
    spike = prepare(person(acwr=1.6, load_history_days=40), "running", 50)
    assert any("4-week average" in r and "not a validated" in r for r in spike["risk"]["reasons"])
    young = prepare(person(acwr=1.6, load_history_days=10), "running", 50)
    assert young["risk"]["points"] == 0
    stale = prepare(person(acwr=1.6, load_history_days=40, as_of=dt.date(2026, 5, 1)),
                    "running", 50)
    assert stale["risk"]["points"] == 0  # measured a month before today


def test_fluid_schedule_before_during_after() -> None:
    out = prepare(person(), "running", 90)
    steps = out["fluid_schedule"]["steps"]
    assert steps[0] == {"at_min": -240, "ml": [300, 420], "what": "drink (5-7 ml/kg)"}
    assert steps[1]["at_min"] == -120 and steps[1]["ml"] == [180, 300]
    sips = [s for s in steps if s["what"] == "sip"]
    assert [s["at_min"] for s in sips] == [15, 30, 45, 60, 75]
    assert {s["ml"] for s in sips} == {out["fluid_schedule"]["ml_per_15_min"]}
    assert steps[-1]["at_min"] == 90
    long_out = prepare(person(), "running", 180)
    assert [s["at_min"] for s in long_out["fluid_schedule"]["steps"]
            if s["what"] == "sip"] == list(range(20, 180, 20))
    short = prepare(person(), "running", 30)
    assert not [s for s in short["fluid_schedule"]["steps"] if s["what"] == "sip"]


def test_sweat_rate_from_a_matching_test() -> None:
    start = dt.datetime(2026, 5, 2, 7, tzinfo=TZ)
    entries = [BodyMass(time=start - dt.timedelta(minutes=10), kg=60.0, context="pre_workout"),
               Workout(time=start, duration_min=60, activity="running", temperature_c=29),
               BodyMass(time=start + dt.timedelta(minutes=70), kg=58.6, context="post_workout")]
    out = prepare(person(sweat_tests=sweat_tests(entries)), "running", 60, 30)
    basis = out["fluid_schedule"]["basis"]
    assert basis["sweat_rate_l_per_h"] == pytest.approx(1.4)
    assert basis["sweat_tests"] == 1 and "hot" in basis["sweat_rate_source"]
    assert out["sodium_mg_per_hour"]["loss_mg_per_hour"] == 1130  # 1.4 L/h x 805 mg/L
    assert out["fluid_schedule"]["warnings"] == []


def test_warm_up_covers_episode_muscles_then_the_activitys_muscles() -> None:
    out = prepare(person(episodes=[spasm_after("running", 60, muscle="hamstring")]),
                  "climbing", 60)
    assert out["warm_up"]["muscles"] == ["hamstring", "forearm", "fingers", "calf"]
    assert "climbing" in out["warm_up"]["basis"]["muscles_from"]


def test_typical_rate_in_heat_is_flagged() -> None:
    out = prepare(person(), "running", 60, 32, 40)
    warnings = " ".join(out["fluid_schedule"]["warnings"])
    assert "No sweat test" in warnings and "likely higher" in warnings


def test_measured_sweat_sodium_replaces_the_average() -> None:
    """A salty sweater's 58 mmol/L (1,334 mg/L, evidence.md §4.2 range) at the same 1.4 L/h."""
    start = dt.datetime(2026, 5, 2, 7, tzinfo=TZ)
    entries = [BodyMass(time=start - dt.timedelta(minutes=10), kg=60.0, context="pre_workout"),
               Workout(time=start, duration_min=60, activity="running", temperature_c=29),
               BodyMass(time=start + dt.timedelta(minutes=70), kg=58.6, context="post_workout")]
    out = prepare(person(sweat_tests=sweat_tests(entries), sweat_sodium_mmol_l=58.0),
                  "running", 60, 30)
    sodium = out["sodium_mg_per_hour"]
    assert sodium["loss_mg_per_hour"] == 1870  # 1.4 L/h x 58 mmol/L x 23 mg/mmol = 1,868
    assert sodium["loss_range_mg_per_hour"] == [1870, 1870]
    assert sodium["sweat_sodium_mg_per_l"] == 1334
    assert "measured" in sodium["assumption"]
    (advice,) = sodium["advice"]
    assert advice["id"] == "sodium_during_measured"
    assert "58 mmol/L" in advice["text"] and "1870 mg" in advice["text"]
