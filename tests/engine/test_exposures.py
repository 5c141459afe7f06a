"""Exposures, sweat-test history and the daily table on small hand-made journals."""

from __future__ import annotations

import datetime as dt

import pytest

from crampwise.domain.journal import (
    BodyMass,
    Episode,
    Fluid,
    Medication,
    Profile,
    Sleep,
    Workout,
)
from crampwise.engine.exposures import build, daily_table, sweat_rate_for, sweat_tests

TZ = dt.timezone(dt.timedelta(hours=2))
T = dt.datetime(2026, 6, 14, 7, 0, tzinfo=TZ)

SPEC_EXAMPLE = [  # journal.md example lines
    BodyMass(time=T - dt.timedelta(minutes=20), kg=61.4, context="pre_workout"),
    Workout(time=T, duration_min=105, activity="running", rpe=7, temperature_c=27,
            humidity_pct=65, muscle_groups=["calf", "quadriceps"]),
    Fluid(time=T + dt.timedelta(minutes=50), ml=250, drink="water"),
    BodyMass(time=T + dt.timedelta(minutes=110), kg=59.6, context="post_workout"),
    Episode(time=T + dt.timedelta(minutes=130), kind="spasm", muscle="calf", side="left",
            duration_s=90, pain=7, during="after_exercise", relief=["stretching"],
            relieved=True),
]


def test_spec_example_is_a_sweat_test() -> None:
    tests = sweat_tests(SPEC_EXAMPLE)
    assert len(tests) == 1
    test = tests[0]
    assert test.rate_l_per_h == pytest.approx(1.1714, abs=1e-3)
    assert test.mass_loss_pct == pytest.approx(2.93, abs=0.01)
    assert (test.temperature_band, test.intensity_band) == ("hot", "hard")


def test_weighing_too_far_from_the_session_is_not_a_test() -> None:
    far = [e if not isinstance(e, BodyMass) or e.context != "pre_workout"
           else BodyMass(time=T - dt.timedelta(hours=3), kg=61.4, context="pre_workout")
           for e in SPEC_EXAMPLE]
    assert sweat_tests(far) == []


def test_sweat_rate_for_prefers_the_closest_band() -> None:
    history = sweat_tests(SPEC_EXAMPLE)
    same = sweat_rate_for(history, 29, 8)
    assert same.l_per_h == pytest.approx(1.17, abs=0.01) and "hot" in same.basis
    other = sweat_rate_for(history, 5, "easy")
    assert other.tests == 1 and other.warning  # falls back to the person's mean, says so
    none = sweat_rate_for([], 20, "moderate")
    assert none.tests == 0 and none.warning and "population" in none.basis


def test_session_exposures_and_episode_link() -> None:
    ex = build(SPEC_EXAMPLE)
    (s,) = ex.sessions
    assert s.episodes and ex.episodes[0].session is s
    assert s.dehydrated() is True
    assert s.load == 735
    assert s.heat_index_c == pytest.approx(28.6, abs=0.6)  # 27 degC at 65 %: NWS ~83-84 degF
    assert s.fluid_ml == 250 and s.plain_water_only


def test_episodes_link_to_the_same_days_training_only() -> None:
    def linked(hours: float, during: str) -> bool:
        ep = Episode(time=T + dt.timedelta(hours=hours), kind="spasm", muscle="calf",
                     during=during)
        return build([*SPEC_EXAMPLE[:4], ep]).episodes[0].session is not None

    assert linked(9, "after_exercise")  # same afternoon
    assert linked(19, "sleep")  # 02:00 the next night counts with that day's training
    assert not linked(31, "rest")  # the next afternoon, no training that day
    assert not linked(-1, "rest")  # before the session


def test_strained_is_a_long_or_hard_session_or_one_without_recovery() -> None:
    """Twenty ordinary runs (calf one day, shoulders the next), one long run, one calf day
    after a calf day, and one session with no muscles logged."""
    day = dt.timedelta(days=1)
    plan = [(60, ["calf"] if i % 2 else ["shoulder"]) for i in range(20)]
    plan += [(150, ["shoulder"]), (60, ["calf"]), (60, ["calf"]), (60, None)]
    workouts = [Workout(time=T + i * day, duration_min=minutes, activity="running", rpe=5,
                        muscle_groups=muscles) for i, (minutes, muscles) in enumerate(plan)]
    ex = build(workouts)
    by_day = {(s.date - T.date()).days: s for s in ex.sessions}
    assert [i for i, s in sorted(by_day.items()) if s.strained()] == [20, 22]
    assert by_day[20].unusual() and not by_day[20].same_muscle_consecutive()
    assert by_day[22].same_muscle_consecutive() and not by_day[22].unusual()
    assert by_day[23].strained() is None  # ordinary length, muscles unknown
    assert by_day[5].strained() is False


def test_same_muscle_the_day_before_is_unknown_when_that_day_has_no_muscles() -> None:
    """Absent means unknown: a session the day before with no muscle groups logged may have
    trained the calf, so "not the same muscle" cannot be said."""
    day = dt.timedelta(days=1)
    plan = [(0, ["calf"]), (1, None), (2, ["calf"]),  # day 2: the day before unlogged
            (4, ["calf"]),                          # day 4: no workout the day before
            (5, ["shoulder"]), (6, ["calf"]),       # day 6: the day before known, other muscle
            (7, ["calf"])]                          # day 7: calf the day before
    ex = build([Workout(time=T + d * day, duration_min=60, activity="running",
                        muscle_groups=muscles) for d, muscles in plan])
    by_day = {(s.date - T.date()).days: s.same_muscle_consecutive() for s in ex.sessions}
    assert by_day == {0: False, 1: None, 2: None, 4: False, 5: False, 6: False, 7: True}


def test_no_rest_at_usual_load_leaves_load_jumps_to_the_load_spike() -> None:
    """Four training weeks (Monday to Sunday) of 45-min runs on six days (RPE 5), a week of daily
    45-min runs (7/6 of the usual load), then a week of daily 120-min runs at RPE 8 (a jump)."""
    day = dt.timedelta(days=1)  # T is a Sunday: days 1-7 are the first training week
    plan = [(i, 45, 5) for i in range(29) if i % 7 != 0]
    plan += [(i, 45, 5) for i in range(29, 36)] + [(i, 120, 8) for i in range(36, 43)]
    ex = build([Workout(time=T + i * day, duration_min=minutes, activity="running", rpe=rpe)
                for i, minutes, rpe in plan])
    by_day = {(s.date - T.date()).days: s for s in ex.sessions}
    assert not by_day[35].load_spike()
    assert by_day[35].no_rest_day() and by_day[35].no_rest_at_usual_load()
    assert by_day[42].no_rest_day() and by_day[42].load_spike()
    assert not by_day[42].no_rest_at_usual_load()
    assert not by_day[27].no_rest_day()


def test_a_run_twice_the_usual_length_is_unusual_even_beside_long_rides() -> None:
    """Ten 40-min runs and ten 180-min rides (RPE 5): an 85-min run is over twice the usual run
    though shorter than every ride; a 70-min run is neither."""
    day = dt.timedelta(days=1)
    plan = [("running", 40)] * 10 + [("cycling", 180)] * 10 + [("running", 85), ("running", 70)]
    ex = build([Workout(time=T + i * day, duration_min=minutes, activity=activity, rpe=5)
                for i, (activity, minutes) in enumerate(plan)])
    long_run, shorter_run = ex.sessions[-2], ex.sessions[-1]
    assert long_run.duration_pct < 0.85 and long_run.times_usual == pytest.approx(85 / 40)
    assert long_run.unusual()
    assert not shorter_run.unusual()


def test_measured_sweat_sodium_sets_the_sodium_loss() -> None:
    """1.8 L of sweat (0.8 kg lost, 1 L of water drunk): 1,449 mg at the 35 mmol/L average,
    2,898 mg for a salty sweater's measured 70 mmol/L."""
    entries = [BodyMass(time=T - dt.timedelta(minutes=20), kg=61.4, context="pre_workout"),
               Workout(time=T, duration_min=105, activity="running", rpe=7),
               Fluid(time=T + dt.timedelta(minutes=50), ml=1000, drink="water"),
               BodyMass(time=T + dt.timedelta(minutes=110), kg=60.6, context="post_workout")]
    (average,) = build(entries).sessions
    (salty,) = build(entries, Profile(sweat_sodium_mmol_l=70)).sessions
    assert average.sodium_loss_mg == pytest.approx(1449, abs=1)
    assert salty.sodium_loss_mg == pytest.approx(2898, abs=1)
    assert average.sodium_unreplaced(line_mg=2000) is False
    assert salty.sodium_unreplaced(line_mg=2000) is True


def test_daily_table_rows_and_columns() -> None:
    entries = [*SPEC_EXAMPLE]
    for d in range(1, 10):
        day = T + dt.timedelta(days=d)
        entries.append(Sleep(time=day - dt.timedelta(hours=8), hours=7.5 if d != 5 else 5.0))
        entries.append(Workout(time=day, duration_min=40, activity="running",
                               muscle_groups=["calf"]))
    entries.append(Medication(name="atorvastatin", start=(T + dt.timedelta(days=3)).date()))
    rows = daily_table(entries)
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    first = rows[0]
    assert first["episode"] is True and first["body_mass_loss_pct>2"] is True
    assert first["hot_session"] is True and first["acwr>1.5"] is None
    later = {r["date"]: r for r in rows}
    d5 = later[(T + dt.timedelta(days=5)).date().isoformat()]
    assert d5["short_sleep"] is True and d5["episode"] is False
    assert d5["same_muscle_consecutive_days"] is True
    assert d5["cramp_medication"] is True and first["cramp_medication"] is False
    assert d5["body_mass_loss_pct>2"] is None  # not weighed, no sweat history in that band
    expected = {"date", "episode", "twitch", "workout", "body_mass_loss_pct>2", "hot_session",
                "long_session", "hard_session", "acwr>1.5", "monotony>2",
                "plain_water_long_session", "sodium_deficit>1000mg",
                "same_muscle_consecutive_days", "no_rest_day_7d", "short_sleep",
                "low_magnesium_7d", "low_potassium_7d", "low_calcium_7d", "cramp_medication"}
    assert set(first) == expected


def test_an_unrated_session_takes_the_rpe_of_its_own_activity() -> None:
    """Six 40-min runs at RPE 7 and six 60-min walks at RPE 2, then a 12-hour shift logged as an
    unrated walk and an unrated run: the shift counts 720 x 2 (like the other walks), not 720 x 4.5
    (the median of all sessions); the run counts at 7."""
    day = dt.timedelta(days=1)
    plan = [("running", 40, 7)] * 6 + [("walking", 60, 2)] * 6
    plan += [("walking", 720, None), ("running", 40, None)]
    ex = build([Workout(time=T + i * day, duration_min=minutes, activity=activity, rpe=rpe)
                for i, (activity, minutes, rpe) in enumerate(plan)])
    shift, run = ex.sessions[-2], ex.sessions[-1]
    assert shift.load == 720 * 2
    assert run.load == 40 * 7
    assert "median RPE of that activity" in shift.load_basis
    # an activity with fewer than 5 rated sessions falls back to the median of all sessions
    rated = [("running", 7)] * 6 + [("rowing", 3), ("rowing", None)]
    few = build([Workout(time=T + i * day, duration_min=60, activity=a, rpe=r)
                 for i, (a, r) in enumerate(rated)])
    assert few.sessions[-1].load == 60 * 7
