"""The relief routine: spec/cli.md shape, and how it adapts to red flags, twitch vs spasm and the
person's last workout."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crampwise.domain.vocabulary import ACTIVITIES, MUSCLES, VocabularyError
from crampwise.engine.relief import hydration_estimate, relief_routine
from crampwise.knowledge.base import Grade, data_path
from crampwise.knowledge.stretches import load_stretches

TOP_KEYS = {"muscle", "kind", "steps", "grade", "notes", "see_doctor_if"}
STEP_KEYS = {"method", "title", "instructions", "hold_s", "repeat", "image", "cautions", "grade"}
GRADES = {g.value for g in Grade}
RUN = {"duration_min": 105, "activity": "running", "temperature_c": 27, "humidity_pct": 65}


def methods(routine: dict) -> list[str]:
    return [s["method"] for s in routine["steps"]]


def step(routine: dict, method: str) -> dict:
    return next(s for s in routine["steps"] if s["method"] == method)


@pytest.mark.parametrize("kind", ["spasm", "twitch"])
@pytest.mark.parametrize("muscle", MUSCLES)
def test_shape_for_every_muscle_and_kind(muscle: str, kind: str) -> None:
    routine = relief_routine(muscle, kind)
    assert set(routine) == TOP_KEYS
    assert routine["muscle"] == muscle and routine["kind"] == kind
    json.dumps(routine)  # plain data only
    first = routine["steps"][0]
    assert first["method"] == "stretching"
    assert first["image"] == load_stretches()[muscle].image
    assert data_path("stretches", first["image"]).is_file()
    assert first["hold_s"] == [15, 30]
    assert routine["grade"] == first["grade"]
    for s in routine["steps"]:
        assert set(s) == STEP_KEYS
        assert s["grade"] in GRADES
        assert s["instructions"] and all(isinstance(i, str) and i for i in s["instructions"])
        assert s["repeat"] >= 1
        assert s["hold_s"] is None or 15 <= s["hold_s"][0] <= s["hold_s"][1] <= 30
    face_twitch = kind == "twitch" and muscle in ("eyelid", "face")
    assert ("hydration" in methods(routine)) is not face_twitch
    assert len(routine["see_doctor_if"]) >= 4
    # advice graded "not supported by evidence" is never a step, only a note that says so
    assert all(s["grade"] != Grade.NOT_SUPPORTED.value for s in routine["steps"])


def test_calf_spasm_follows_the_article_order() -> None:
    routine = relief_routine("calves", "cramp")
    assert routine["muscle"] == "calf" and routine["kind"] == "spasm"
    order = methods(routine)
    assert order.index("stretching") < order.index("massage") < order.index("heat") \
        < order.index("hydration")
    assert routine["steps"][0]["repeat"] == 3
    assert any("bounc" in i for i in routine["steps"][0]["instructions"])
    notes = " ".join(routine["notes"])
    assert "350 mg" in notes and "Quinine" in notes


@pytest.mark.parametrize("flag", ["swelling", "redness", "warmth"])
def test_no_heat_and_no_massage_on_a_swollen_red_or_warm_area(flag: str) -> None:
    plain = relief_routine("calf")
    assert "heat" in methods(plain) and "massage" in methods(plain)
    flagged = relief_routine("calf", flags={flag: True})
    assert "heat" not in methods(flagged)
    assert "massage" not in methods(flagged)
    notes = " ".join(flagged["notes"])
    assert "No heat" in notes and flag in notes
    assert "blood clot" in notes  # a leg: say why it needs a check today


def test_a_flag_answered_no_changes_nothing() -> None:
    assert relief_routine("calf", flags={"swelling": False}) == relief_routine("calf")


def test_injury_withholds_heat_offers_cold_and_softens_the_stretch() -> None:
    routine = relief_routine("hamstring", flags={"injury_or_trauma": True})
    assert "heat" not in methods(routine) and "cold" in methods(routine)
    assert "injury" in routine["steps"][0]["cautions"][0]


def test_other_red_flags_point_to_triage() -> None:
    routine = relief_routine("calf", flags={"dark_urine": True})
    assert any("triage" in n for n in routine["notes"])
    with pytest.raises(VocabularyError, match="red-flag"):
        relief_routine("calf", flags={"itchy": True})
    with pytest.raises(VocabularyError, match="ambiguous"):
        relief_routine("thigh")


def test_twitch_and_spasm_routines_differ() -> None:
    spasm = relief_routine("calf", "spasm")
    twitch = relief_routine("calf", "twitch")
    assert spasm["steps"][0]["repeat"] == 3 and twitch["steps"][0]["repeat"] == 1
    assert any("nothing to force" in i for i in twitch["steps"][0]["instructions"])
    assert "pickle_juice" in methods(spasm) and "pickle_juice" not in methods(twitch)
    triggers = " ".join(step(twitch, "rest")["instructions"]).lower()
    assert "coffee" in triggers and "sleep" in triggers and "stress" in triggers
    assert any("harmless" in n for n in twitch["notes"])
    doctor = " ".join(twitch["see_doctor_if"])
    for words in ("2 weeks", "weakness", "wasting", "spreads", "swallowing"):
        assert words in doctor, words
    assert twitch["see_doctor_if"] != spasm["see_doctor_if"]
    assert any("10 minutes" in p for p in spasm["see_doctor_if"])


def test_eyelid_twitch_gets_its_own_advice() -> None:
    routine = relief_routine("eye", "twitch")
    assert routine["muscle"] == "eyelid"
    assert "massage" not in methods(routine) and "heat" not in methods(routine)
    assert any("blink" in i.lower() for i in routine["steps"][0]["instructions"])
    assert any("eyelid" in p for p in routine["see_doctor_if"])
    assert "hydration" in methods(relief_routine("eyelid", "twitch", last_workout=RUN))


def test_rehydration_is_sized_from_the_last_workout() -> None:
    general = step(relief_routine("calf"), "hydration")
    personal = step(relief_routine("calf", last_workout=RUN), "hydration")
    assert general != personal
    text = " ".join(personal["instructions"])
    assert "105 min running at 27 °C" in text and "estimate" in text
    est = hydration_estimate(RUN)
    assert est is not None
    assert f"{est['drink_l']:.1f} L" in text and f"{est['sodium_mg']:,.0f} mg" in text
    routine = relief_routine("calf", last_workout=RUN)
    assert any("estimate" in n for n in routine["notes"])


def test_measured_mass_loss_and_logged_fluid_are_used() -> None:
    est = hydration_estimate({"duration_min": 60, "body_mass_loss_kg": 1.2}, 200)
    assert est is not None
    assert est["lost_l"] == 1.2 and est["missing_l"] == 1.0 and est["drink_l"] == 1.5
    assert est["sodium_low_mg"] < est["sodium_mg"] < est["sodium_high_mg"]
    text = " ".join(step(relief_routine("calf", last_workout={"duration_min": 60,
                                                                "body_mass_loss_kg": 1.2},
                                        recent_fluid_ml=200), "hydration")["instructions"])
    assert "from your body-mass loss" in text and "200 mL" in text


def test_short_cool_session_needs_little_and_hot_needs_more() -> None:
    walk = hydration_estimate({"duration_min": 20, "activity": "walking", "temperature_c": 12})
    assert walk is not None and walk["missing_l"] < 0.3
    text = " ".join(step(relief_routine("calf", last_workout={
        "duration_min": 20, "activity": "walking", "temperature_c": 12}), "hydration")
        ["instructions"])
    assert "drink to thirst" in text
    cool = hydration_estimate({**RUN, "temperature_c": 8})
    hot = hydration_estimate({**RUN, "temperature_c": 33})
    assert cool is not None and hot is not None and hot["lost_l"] > cool["lost_l"]


def test_workout_without_duration_falls_back_to_general_advice() -> None:
    routine = relief_routine("calf", last_workout={"activity": "running"})
    assert step(routine, "hydration") == step(relief_routine("calf"), "hydration")
    assert any("no duration" in n for n in routine["notes"])


@given(duration=st.floats(1, 1440), activity=st.sampled_from(ACTIVITIES),
       temp=st.none() | st.floats(-40, 55), rpe=st.none() | st.floats(0, 10),
       drunk=st.none() | st.floats(0, 5000))
def test_estimate_is_bounded_and_monotonic(duration: float, activity: str, temp: float | None,
                                           rpe: float | None, drunk: float | None) -> None:
    workout = {"duration_min": duration, "activity": activity, "temperature_c": temp, "rpe": rpe}
    est = hydration_estimate(workout, drunk)
    assert est is not None
    assert 0.3 <= est["sweat_l_per_h"] <= 2.5
    assert 0 <= est["missing_l"] <= est["lost_l"] + 1e-9
    assert est["drink_l"] == pytest.approx(1.5 * est["missing_l"], abs=0.11)
    longer = hydration_estimate({**workout, "duration_min": duration + 30}, drunk)
    assert longer is not None and longer["lost_l"] >= est["lost_l"]
