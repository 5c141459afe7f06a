"""Hypothesis strategies for valid journal lines (shared by the store, CLI and API tests)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from crampwise.domain import vocabulary as vocab

_offsets = st.integers(min_value=-48, max_value=56).map(lambda q: dt.timedelta(minutes=15 * q))


@st.composite
def times(draw: st.DrawFn) -> str:
    naive = draw(st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2026, 1, 1)))
    naive = naive.replace(microsecond=0)
    return naive.replace(tzinfo=dt.timezone(draw(_offsets))).isoformat()


def _num(lo: float, hi: float, exclude_min: bool = False) -> st.SearchStrategy[float]:
    return st.floats(min_value=lo, max_value=hi, allow_nan=False, allow_infinity=False,
                     exclude_min=exclude_min).map(lambda x: round(x, 3)).filter(
        lambda x: x > lo if exclude_min else True)


def _optional(**fields: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({}, optional=fields)


def _entry(kind: str, required: dict[str, st.SearchStrategy[Any]],
           optional: dict[str, st.SearchStrategy[Any]]) -> st.SearchStrategy[dict[str, Any]]:
    common = {"id": st.text("abcdef0123456789-:", min_size=1, max_size=20),
              "notes": st.text(st.characters(codec="utf-8", exclude_characters="\x00"),
                               max_size=40)}
    return st.fixed_dictionaries({"type": st.just(kind), **required},
                                 optional={**common, **optional})


muscles = st.sampled_from(vocab.MUSCLES)

workouts = _entry("workout", {"time": times(), "duration_min": _num(0, 1440, True),
                              "activity": st.sampled_from(vocab.ACTIVITIES)},
                  {"rpe": _num(0, 10), "avg_hr": st.integers(30, 250),
                   "distance_km": _num(0, 1000), "temperature_c": _num(-40, 55),
                   "humidity_pct": _num(0, 100),
                   "muscle_groups": st.lists(muscles, max_size=3),
                   "warm_up_min": _num(0, 180), "cool_down_min": _num(0, 180)})
episodes = _entry("episode", {"time": times(), "kind": st.sampled_from(["twitch", "spasm"]),
                              "muscle": muscles},
                  {"side": st.sampled_from(vocab.SIDES), "duration_s": _num(0, 86400),
                   "pain": st.integers(0, 10),
                   "during": st.sampled_from(["exercise", "after_exercise", "rest", "sleep"]),
                   "relief": st.lists(st.sampled_from(vocab.RELIEF_METHODS), max_size=3),
                   "relieved": st.booleans(),
                   "flags": st.dictionaries(st.sampled_from(vocab.FLAGS), st.booleans(),
                                            max_size=4)})
masses = _entry("body_mass", {"time": times(), "kg": _num(20, 300)},
                {"context": st.sampled_from(["morning", "pre_workout", "post_workout", "other"])})
fluids = _entry("fluid", {"time": times(), "ml": _num(0, 5000, True)},
                {"drink": st.sampled_from(vocab.DRINKS), "sodium_mg": _num(0, 5000),
                 "potassium_mg": _num(0, 5000)})
sleeps = _entry("sleep", {"time": times(), "hours": _num(0, 24)},
                {"quality": st.integers(1, 5)})
supplements = _entry("supplement", {"time": times(), "name": st.sampled_from(
    ["magnesium citrate", "multivitamin", "salt tablet"])},
    {"magnesium_mg": _num(0, 1000), "sodium_mg": _num(0, 2000)})
meals = _entry("meal", {"time": times()},
               {"magnesium_mg": _num(0, 2000), "potassium_mg": _num(0, 5000),
                "calcium_mg": _num(0, 3000), "sodium_mg": _num(0, 5000),
                "energy_kcal": _num(0, 5000), "water_ml": _num(0, 3000),
                "items": st.lists(st.fixed_dictionaries({
                    "ndb_no": st.sampled_from(["09040", "11457", "12061", "11090"]),
                    "grams": _num(1, 500)}), min_size=1, max_size=3)})
medications = _entry("medication", {"name": st.sampled_from(["atorvastatin", "furosemide"]),
                                    "start": st.dates(dt.date(2000, 1, 1), dt.date(2026, 1, 1))
                                    .map(dt.date.isoformat)}, {})
profiles = st.fixed_dictionaries({"type": st.just("profile")}, optional={
    "sex": st.sampled_from(["female", "male", "other"]), "birth_year": st.integers(1900, 2026),
    "body_mass_kg": _num(20, 300), "height_cm": _num(100, 250),
    "timezone": st.sampled_from(["Europe/Berlin", "America/New_York", "UTC"]),
    "pregnant": st.booleans(), "sweat_sodium_mmol_l": _num(5, 150)})

entries = st.one_of(workouts, episodes, masses, fluids, sleeps, supplements, meals, medications)


@st.composite
def journals(draw: st.DrawFn, max_size: int = 25) -> list[dict[str, Any]]:
    """A journal: at most one profile, then any entries."""
    lines = draw(st.lists(entries, min_size=1, max_size=max_size))
    if draw(st.booleans()):
        lines.insert(0, draw(profiles))
    return lines
