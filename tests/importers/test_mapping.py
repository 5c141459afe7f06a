"""Device vocabularies and Apple Health units mapped to the journal's."""

from __future__ import annotations

import datetime as dt

import pytest

from crampwise.domain.vocabulary import ACTIVITIES
from crampwise.importers import activities
from crampwise.importers import apple_health_map as ah


@pytest.mark.parametrize(("apple", "expected"), [
    ("HKWorkoutActivityTypeRunning", "running"),
    ("HKWorkoutActivityTypeTraditionalStrengthTraining", "strength"),
    ("HKWorkoutActivityTypeHighIntensityIntervalTraining", "hiit"),
    ("HKWorkoutActivityTypeSoccer", "team_sport"),
    ("HKWorkoutActivityTypeTableTennis", "racket_sport"),
    ("HKWorkoutActivityTypeFishing", "other"),
])
def test_apple_activities(apple: str, expected: str) -> None:
    assert activities.apple_activity(apple) == expected


def test_every_mapping_lands_in_the_vocabulary() -> None:
    targets = {*activities.APPLE.values(), *activities.FIT_SPORT.values(),
               *activities.FIT_SUB_SPORT.values()}
    assert targets <= set(ACTIVITIES)


@pytest.mark.parametrize(("sport", "sub", "expected"), [
    ("running", "trail", "trail_running"), ("running", "treadmill", "running"),
    ("cycling", "indoor_cycling", "cycling"), ("swimming", "lap_swimming", "swimming"),
    ("training", "strength_training", "strength"), ("fitness_equipment", "elliptical",
                                                    "elliptical"),
    ("generic", None, "other"), (None, None, "other"), ("transition", None, None),
    (254, 77, "other"),  # unknown enum values arrive as numbers
])
def test_fit_activities(sport: object, sub: object, expected: str | None) -> None:
    assert activities.fit_activity(sport, sub) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Running", "running"), ("Biking", "cycling"), ("Other", "other"), ("trail_running",
                                                                       "trail_running"),
    ("9", "running"), (None, "other"), ("Mountain Biking", "cycling"),
])
def test_text_activities(text: str | None, expected: str) -> None:
    assert activities.text_activity(text) == expected


def test_apple_units() -> None:
    assert ah.temperature_c("77 degF") == 25
    assert ah.temperature_c("21.5 degC") == 21.5
    assert ah.temperature_c("warm") is None
    assert ah.humidity_pct("5000 %") == 50
    assert ah.humidity_pct("96 %") == 96
    assert ah.quantity("2", "fl_oz_us", ah.VOLUME_ML) == pytest.approx(59.147, abs=1e-3)
    assert ah.quantity("1", "stone?", ah.MASS_KG) is None
    assert ah.parse_time("2019-06-11 15:00:00 -0700") == dt.datetime(
        2019, 6, 11, 22, 0, tzinfo=dt.UTC)


def test_sleep_union_counts_overlaps_once() -> None:
    t = dt.datetime(2024, 1, 1, 23, 0, tzinfo=dt.UTC)
    h = dt.timedelta(hours=1)
    spans = [(t, t + 3 * h), (t + 2 * h, t + 4 * h), (t + 5 * h, t + 6 * h)]
    assert ah.union_hours(spans) == 5
    assert ah.night_key(t) == ah.night_key(t + 8 * h) == dt.date(2024, 1, 1)
    assert ah.night_key(t + 14 * h) == dt.date(2024, 1, 2)  # an afternoon nap: next night
