"""Synthetic journals with one planted cause (or none), for testing the cause ranking.

The generator simulates a person's *true* physiology and behaviour (sweat rate that rises with
heat and effort, drinking habits, sweat sodium, sleep, diet, training blocks with occasional
jumps) and then logs only part of it, irregularly, as a real person would: body mass around about
half the sessions, drinks for most, temperature and RPE for most, sleep most nights, meals on
some days. Episodes are drawn from the *true* exposures, never from what the engine computes:

- every journal has background cramps after sessions and at night, independent of any exposure;
- with a planted cause, sessions (or days) with that cause's true exposure carry a much higher
  risk. Exposures of other causes occur at their natural rates in every journal, before episodes
  and without them.

``journal(cause, seed)`` returns a list of journal entry models; ``PLANTABLE`` names the causes.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass

from crampwise.domain.journal import (
    BodyMass,
    Entry,
    Episode,
    Fluid,
    Meal,
    Medication,
    Profile,
    Sleep,
    Workout,
)

PLANTABLE = ("dehydration", "electrolyte_loss", "muscle_fatigue", "training_load_spike", "heat",
             "nutrient_deficiency", "sleep_debt", "medication")
SESSION_CAUSES = ("dehydration", "electrolyte_loss", "muscle_fatigue", "training_load_spike",
                  "heat")
TZ = dt.timezone(dt.timedelta(hours=1))
START = dt.datetime(2025, 3, 3, tzinfo=TZ)
MUSCLES = {"running": ["calf", "hamstring", "quadriceps"],
           "cycling": ["quadriceps", "glute", "calf"],
           "strength": ["quadriceps", "glute", "hamstring", "lower_back"],
           "hiking": ["calf", "quadriceps"]}
REFERENCE = {"female": {"magnesium": 320, "potassium": 2600, "calcium": 1000},
             "male": {"magnesium": 420, "potassium": 3400, "calcium": 1000}}
"""Adult (31-50) RDA/AI from evidence.md §5, used only to set the simulated diet."""


@dataclass
class Person:
    """The hidden truth about one simulated person."""

    sex: str
    mass: float
    sweat_base: float
    sweat_na_mg_l: float
    drink_share: float
    sports_drink_share: float
    usual_sleep: float
    diet_fraction: float
    climate: float
    """Degrees warmer (or colder) than a temperate baseline."""


def _person(rng: random.Random, cause: str | None) -> Person:
    sex = rng.choice(["female", "male"])
    person = Person(
        sex=sex, mass=rng.uniform(55, 70) if sex == "female" else rng.uniform(68, 90),
        sweat_base=rng.uniform(0.7, 1.3), sweat_na_mg_l=rng.uniform(500, 1000),
        drink_share=rng.uniform(0.45, 0.7), sports_drink_share=rng.uniform(0.2, 0.5),
        usual_sleep=rng.uniform(6.8, 8.2), diet_fraction=rng.uniform(0.85, 1.2),
        climate=rng.uniform(-3, 4))
    if cause == "heat":
        person.climate = rng.uniform(3, 7)
    if cause == "electrolyte_loss":
        person.sweat_na_mg_l = rng.uniform(1100, 1500)
        person.sports_drink_share = rng.uniform(0.25, 0.45)
        person.drink_share = rng.uniform(0.75, 0.95)
        person.sweat_base = rng.uniform(0.9, 1.2)
    if cause == "dehydration":
        person.drink_share = rng.uniform(0.1, 0.3)
        person.sweat_base = rng.uniform(1.1, 1.5)
    return person


@dataclass
class Session:
    """One simulated workout and its true exposures."""

    start: dt.datetime
    minutes: float
    rpe: float
    temp: float
    humidity: float
    activity: str
    sweat_l: float
    drunk_ml: float
    sodium_in: float
    sports: bool
    load: float
    acwr: float | None = None
    consecutive: bool = False

    @property
    def end(self) -> dt.datetime:
        return self.start + dt.timedelta(minutes=self.minutes)


def _sessions(rng: random.Random, p: Person, days: int, cause: str | None) -> list[Session]:
    out: list[Session] = []
    spike_weeks = {w for w in range(4, days // 7) if rng.random() < 0.18}
    median_min = rng.uniform(45, 65)
    last_day_trained: int | None = None
    for day in range(days):
        week = day // 7
        boost = 1.9 if week in spike_weeks else 1.0
        if rng.random() > (0.55 if week not in spike_weeks else 0.85):
            continue
        season = 14 + p.climate + 9 * math.sin(day / 365 * 6.283 - 1.3)
        temp = season + rng.gauss(0, 4) + (rng.uniform(6, 12) if rng.random() < 0.12 else 0)
        humidity = rng.uniform(30, 90)
        minutes = median_min * rng.lognormvariate(0, 0.3) * boost
        if rng.random() < 0.12:
            minutes *= rng.uniform(1.7, 2.4)  # the occasional long day out
        minutes = min(round(minutes), 400)
        rpe = min(10.0, max(1.0, round(rng.gauss(5, 1.3) + (1 if boost > 1 else 0))))
        activity = rng.choice(list(MUSCLES))
        heat_factor = 1 + 0.04 * max(0.0, temp - 18)
        sweat = p.sweat_base * heat_factor * (0.7 + 0.06 * rpe) * minutes / 60
        share = p.drink_share * rng.uniform(0.5, 1.3)
        if rng.random() < 0.15:
            share *= 0.2  # forgot the bottle
        drunk = max(0.0, sweat * share * 1000)
        sports = rng.random() < p.sports_drink_share
        sodium_in = drunk / 1000 * (460 if sports else 0)
        start = START + dt.timedelta(days=day, hours=rng.choice([7, 12, 18]),
                                     minutes=rng.randint(0, 59))
        out.append(Session(start, minutes, rpe, round(temp, 1), round(humidity), activity,
                           sweat, drunk, sodium_in, sports, rpe * minutes,
                           consecutive=last_day_trained == day - 1))
        last_day_trained = day
    by_day: dict[int, float] = {}
    for s in out:
        d = (s.start - START).days
        by_day[d] = by_day.get(d, 0.0) + s.load
    for s in out:
        d = (s.start - START).days
        if d >= 28:
            acute = sum(by_day.get(d - k, 0.0) for k in range(7))
            chronic = sum(by_day.get(d - k, 0.0) for k in range(28)) / 4
            s.acwr = acute / chronic if chronic else None
    return out


def _exposed(cause: str, s: Session, p: Person, long_line: float) -> bool:
    """The true session exposure of a cause (from the hidden truth, not from the log)."""
    loss_pct = (s.sweat_l - s.drunk_ml / 1000) / p.mass * 100
    if cause == "dehydration":
        return loss_pct > 2.2
    if cause == "electrolyte_loss":  # drank, but low-sodium drinks: the salt was not replaced
        drank = s.drunk_ml / 1000 >= 0.5 * s.sweat_l
        return drank and s.sweat_l * p.sweat_na_mg_l - s.sodium_in > 2500
    if cause == "muscle_fatigue":
        return s.minutes >= long_line
    if cause == "training_load_spike":
        return s.acwr is not None and s.acwr > 1.6
    if cause == "heat":
        return s.temp >= 28
    return False


def journal(cause: str | None, seed: int, days: int = 365) -> list[Entry]:
    """A synthetic journal with ``cause`` planted (None: only background episodes)."""
    rng = random.Random(f"{cause}-{seed}")
    # A planted session cause must actually occur: redraw the person until 12-40 % of their
    # sessions carry its exposure (a cause behind one episode in a year is not "planted").
    for _ in range(30):
        p = _person(rng, cause)
        sessions = _sessions(rng, p, days, cause)
        minutes = sorted(s.minutes for s in sessions)
        long_line = minutes[int(0.85 * len(minutes))]
        share = sum(_exposed(cause or "", s, p, long_line) for s in sessions) / len(sessions)
        if cause not in SESSION_CAUSES or 0.12 <= share <= 0.4:
            break
    entries: list[Entry] = [Profile(sex=p.sex, birth_year=rng.randint(1970, 1998),
                                    body_mass_kg=round(p.mass, 1))]
    med_start = days // 3 + rng.randint(0, days // 4)
    rest_rate = 0.01
    # A low diet shows only against the person's own usual: a phase of 3-5 months on 30-50 % of
    # the reference intakes, inside a year of ordinary eating (a steady low diet is a hint only).
    low_from = rng.randint(60, 150)
    low_days = range(low_from, low_from + rng.randint(90, 150))
    low_fraction = rng.uniform(0.3, 0.5)
    short_nights: set[int] = set()
    for day in range(days):
        hours = rng.gauss(p.usual_sleep, 0.45)
        if rng.random() < 0.13:
            hours -= rng.uniform(1.6, 2.8)
            short_nights.add(day)
        if rng.random() < 0.85:
            bed = START + dt.timedelta(days=day - 1, hours=23, minutes=rng.randint(-40, 40))
            entries.append(Sleep(time=bed, hours=round(max(2.0, hours), 2)))
    for s in sessions:
        entries.extend(_log_session(rng, p, s))
        d = (s.start - START).days
        risk = 0.04
        planted = False
        if cause in SESSION_CAUSES and _exposed(cause, s, p, long_line):
            risk, planted = 0.5, True
        if cause == "sleep_debt" and d in short_nights:
            risk, planted = 0.5, True
        if cause == "medication" and d >= med_start:
            risk, planted = 0.16, True
        if rng.random() < risk:
            entries.append(_episode(rng, s.end + dt.timedelta(minutes=rng.randint(-20, 60)),
                                    MUSCLES[s.activity][0], "after_exercise", planted))
    for day in range(days):
        rate = rest_rate
        if cause == "nutrient_deficiency" and day - 10 in low_days:
            rate = 0.12
        if cause == "sleep_debt" and day in short_nights:
            rate = 0.2
        if cause == "medication" and day >= med_start:
            rate = 0.05
        if rng.random() < rate:
            # Night cramps fall in the small hours of the *next* night, after the day's sleep.
            hour = rng.choice([15, 21, 26, 27]) if cause == "sleep_debt" else rng.choice(
                [2, 3, 4, 15])
            when = START + dt.timedelta(days=day, hours=hour)
            during = "sleep" if when.hour < 6 or hour > 23 else "rest"
            entries.append(_episode(rng, when, "calf", during))
        if rng.random() < 0.5:
            entries.extend(_meals(rng, p, day, low_fraction if cause == "nutrient_deficiency"
                                  and day in low_days else None))
    if cause == "medication" or rng.random() < 0.3:
        name = "hydrochlorothiazide" if cause == "medication" else rng.choice(
            ["paracetamol", "atorvastatin", "cetirizine"])
        start = (START + dt.timedelta(days=med_start)).date()
        entries.append(Medication(name=name, start=start))
    return entries


def _episode(rng: random.Random, when: dt.datetime, muscle: str, during: str,
             planted: bool = False) -> Episode:
    relief = rng.choice([["stretching"], ["massage"], ["stretching", "massage"],
                         ["walking_it_off"]])
    return Episode(time=when, kind="spasm", muscle=muscle, during=during,
                   duration_s=rng.randint(20, 240), pain=rng.randint(3, 8),
                   side=rng.choice(["left", "right", "both"]), relief=relief,
                   relieved=rng.random() < 0.8, notes="exposed" if planted else None)


def _log_session(rng: random.Random, p: Person, s: Session) -> list[Entry]:
    out: list[Entry] = [Workout(
        time=s.start, duration_min=s.minutes, activity=s.activity,
        rpe=s.rpe if rng.random() < 0.85 else None,
        temperature_c=s.temp if rng.random() < 0.8 else None,
        humidity_pct=s.humidity if rng.random() < 0.6 else None,
        muscle_groups=MUSCLES[s.activity])]
    if rng.random() < 0.5:
        pre = p.mass + rng.gauss(0, 0.5)
        post = pre - s.sweat_l + s.drunk_ml / 1000 + rng.gauss(0, 0.1)
        out.append(BodyMass(time=s.start - dt.timedelta(minutes=rng.randint(5, 40)),
                            kg=round(pre, 1), context="pre_workout"))
        out.append(BodyMass(time=s.end + dt.timedelta(minutes=rng.randint(5, 40)),
                            kg=round(post, 1), context="post_workout"))
    if rng.random() < 0.85:
        parts = max(1, round(s.minutes / 40))
        for k in range(parts):
            ml = s.drunk_ml / parts
            if ml >= 1:
                out.append(Fluid(time=s.start + dt.timedelta(minutes=s.minutes * (k + 0.5) /
                                                            parts), ml=round(ml),
                                 drink="sports_drink" if s.sports else "water"))
    return out


def _meals(rng: random.Random, p: Person, day: int, fraction: float | None = None
           ) -> list[Entry]:
    ref = REFERENCE[p.sex]
    out: list[Entry] = []
    for hour, share in ((8, 0.25), (13, 0.4), (19, 0.35)):
        f = (fraction or p.diet_fraction) * share * rng.uniform(0.7, 1.3)
        out.append(Meal(time=START + dt.timedelta(days=day, hours=hour),
                        magnesium_mg=round(ref["magnesium"] * f),
                        potassium_mg=round(ref["potassium"] * f),
                        calcium_mg=round(ref["calcium"] * f * rng.uniform(0.8, 1.2)),
                        sodium_mg=round(2500 * share * rng.uniform(0.7, 1.3)),
                        energy_kcal=round(2200 * share * rng.uniform(0.8, 1.2))))
    return out
