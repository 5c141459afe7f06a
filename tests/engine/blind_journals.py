"""An independent generator of realistic journals with one planted cramp cause each (or none).

Written blind: only from the journal format (spec/journal.md), the cause meanings
(spec/vocabulary.md) and the evidence base (research/evidence.md §2, §4.1-4.6), without reading
the engine or the engine author's scenario generator. It plays the examiner: a recreational
runner, cyclist, team-sport player or triathlete logs four to eight months irregularly (the watch
records every workout, but body mass, drinks, sleep and meals only on some days, and a few weeks
are missing altogether). Every journal has background cramps on random days; the planted cause
adds episodes only when its exposure is present, and the exposure also occurs often without an
episode. The person, sport mix, season and hemisphere vary with the seed.

``blind_journal(cause, seed)`` returns the JSON objects (as ``journal.md`` defines them) and the
planted cause; nothing here knows how the engine scores anything.
"""
from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

CAUSES = ("dehydration", "electrolyte_loss", "muscle_fatigue", "training_load_spike", "heat",
          "nutrient_deficiency", "sleep_debt", "medication")

_ZONES = (("Europe/Berlin", 1), ("Europe/London", 1), ("America/Denver", 1),
          ("America/New_York", 1), ("Australia/Sydney", -1), ("America/Sao_Paulo", -1))
_SPORTS: dict[str, tuple[tuple[str, float, list[str]], ...]] = {
    # activity, share of sessions, muscles worked
    "runner": (("running", 0.75, ["calf", "hamstring", "quadriceps"]),
               ("strength", 0.15, ["quadriceps", "glute", "abdomen"]),
               ("cycling", 0.10, ["quadriceps", "calf"])),
    "cyclist": (("cycling", 0.8, ["quadriceps", "calf", "hamstring"]),
                ("running", 0.1, ["calf", "hamstring"]),
                ("strength", 0.1, ["quadriceps", "lower_back"])),
    "team": (("team_sport", 0.55, ["hamstring", "calf", "adductor"]),
             ("running", 0.25, ["calf", "hamstring"]),
             ("strength", 0.2, ["quadriceps", "glute"])),
    "triathlete": (("running", 0.35, ["calf", "hamstring"]),
                   ("cycling", 0.35, ["quadriceps", "calf"]),
                   ("swimming", 0.3, ["shoulder", "calf", "foot"])),
}
_TYPICAL_MIN = {"running": 50, "cycling": 80, "team_sport": 85, "strength": 50, "swimming": 45,
                "hiking": 150}
# adult reference intakes (evidence.md §5): magnesium, potassium, calcium
_REFERENCE = {"male": (410.0, 3400.0, 1000.0), "female": (315.0, 2600.0, 1000.0)}
_STATIN_OR_DIURETIC = ("atorvastatin", "simvastatin", "hydrochlorothiazide", "indapamide",
                       "rosuvastatin", "chlorthalidone")
_UNRELATED_MEDS = ("cetirizine", "levothyroxine", "loratadine")


@dataclass
class BlindJournal:
    """One generated journal: its JSON objects, the planted cause (None for none), the period."""

    cause: str | None
    objects: list[dict[str, Any]]
    start: dt.datetime
    stop: dt.datetime
    planted_episodes: int = 0


@dataclass
class _Session:
    start: dt.datetime
    minutes: float
    activity: str
    rpe: float
    temp: float
    humidity: float
    muscles: list[str]
    drink: str = "water"
    drunk_ml: float = 0.0
    loss_pct: float = 1.0
    exposed: bool = False
    obj: dict[str, Any] = field(default_factory=dict)


def _iso(t: dt.datetime) -> str:
    return t.isoformat(timespec="minutes")


class _Person:
    def __init__(self, rng: random.Random, cause: str | None) -> None:
        self.sex = rng.choice(("male", "female"))
        self.age = rng.randint(22, 62) if cause != "medication" else rng.randint(45, 68)
        self.mass = round(rng.gauss(78 if self.sex == "male" else 63, 8), 1)
        self.zone, self.hemisphere = rng.choice(_ZONES)
        self.tz = ZoneInfo(self.zone)
        self.sport = rng.choice(tuple(_SPORTS))
        self.sessions_per_week = rng.choice((3, 4, 4, 5))
        self.sweat_l_h = rng.uniform(0.7, 1.3)
        self.sleep_h = rng.uniform(6.8, 8.2)
        # how diligently this person logs each kind of data
        self.p_mass = rng.uniform(0.25, 0.55)
        self.p_fluid = rng.uniform(0.3, 0.6)
        self.p_sleep = rng.uniform(0.45, 0.85)
        self.p_meal_day = rng.uniform(0.25, 0.6)
        self.p_temp = rng.uniform(0.5, 0.9)
        self.p_rpe = rng.uniform(0.5, 0.9)
        self.p_muscles = rng.uniform(0.4, 0.8)


def _season_temp(day: dt.date, hemisphere: int, rng: random.Random) -> float:
    """Daytime temperature: warmest in July in the north, January in the south."""
    phase = 2 * math.pi * (day.timetuple().tm_yday - 200) / 365.0
    return 15 + hemisphere * 10 * math.cos(phase) + rng.gauss(0, 3.5)


def blind_journal(cause: str | None, seed: int) -> BlindJournal:
    """A journal with ``cause`` planted (None: no planted cause), reproducible from ``seed``."""
    rng = random.Random(f"blind-{cause}-{seed}")
    p = _Person(rng, cause)
    heavy_logger = {"dehydration": "mass", "electrolyte_loss": "fluid", "heat": "temp",
                    "sleep_debt": "sleep", "nutrient_deficiency": "meal",
                    "muscle_fatigue": "rpe"}.get(cause or "")
    if heavy_logger == "mass":
        p.p_mass = p.p_fluid = rng.uniform(0.75, 0.9)
    elif heavy_logger == "fluid":
        p.p_fluid, p.p_mass = rng.uniform(0.75, 0.9), rng.uniform(0.5, 0.8)
    elif heavy_logger == "temp":
        p.p_temp = rng.uniform(0.8, 0.95)
    elif heavy_logger == "sleep":
        p.p_sleep = rng.uniform(0.75, 0.9)
    elif heavy_logger == "meal":
        p.p_meal_day = rng.uniform(0.5, 0.75)
    elif heavy_logger == "rpe":
        p.p_rpe, p.p_muscles = rng.uniform(0.75, 0.9), rng.uniform(0.7, 0.9)

    days = rng.randint(120, 240)
    if cause == "heat":  # the period must reach the warm season
        first = dt.date(2025, 3 if p.hemisphere > 0 else 9, 1) + dt.timedelta(rng.randint(0, 60))
    else:
        first = dt.date(2025, 1, 1) + dt.timedelta(rng.randint(0, 300))
    last = first + dt.timedelta(days)
    weeks = days // 7
    gap_weeks = set(rng.sample(range(4, weeks), rng.randint(1, 3)))

    spike_weeks: set[int] = set()
    if cause == "training_load_spike":
        starts = sorted(rng.sample(range(6, weeks - 2), 3))
        for wk in starts:
            if all(abs(wk - o) > 3 for o in spike_weeks):
                spike_weeks.update({wk, wk + 1} if rng.random() < 0.7 else {wk})
        gap_weeks -= spike_weeks | {w + d for w in spike_weeks for d in (-4, -3, -2, -1)}
    deficient: tuple[dt.date, dt.date] | None = None
    if cause == "nutrient_deficiency":
        d0 = first + dt.timedelta(rng.randint(20, max(21, days - 80)))
        deficient = (d0, d0 + dt.timedelta(rng.randint(42, 70)))
    med_start = first + dt.timedelta(int(days * rng.uniform(0.35, 0.6)))

    objects: list[dict[str, Any]] = [{
        "type": "profile", "sex": p.sex, "birth_year": 2025 - p.age, "body_mass_kg": p.mass,
        "timezone": p.zone}]
    sessions: list[_Session] = []
    short_nights: list[dt.date] = []
    activities = _SPORTS[p.sport]

    # workouts, week by week
    for w in range(weeks):
        if w in gap_weeks:
            continue
        week_start = first + dt.timedelta(7 * w)
        n = p.sessions_per_week + rng.choice((-1, 0, 0, 0, 1))
        scale = rng.uniform(0.85, 1.15)
        extra_activity = None
        if w in spike_weeks:  # sudden big jump: more sessions, longer, sometimes a new activity
            n = min(7, n + rng.randint(2, 3))
            scale = rng.uniform(1.4, 1.8)
            extra_activity = rng.choice(("cycling", "hiking", "running", "team_sport"))
        week_days = sorted(rng.sample(range(7), max(1, n)))
        long_day = week_days[-1] if rng.random() < 0.8 else None
        if cause == "electrolyte_loss" and len(week_days) > 2 and rng.random() < 0.5:
            long_day2 = week_days[1]  # a salty sweater who often trains long
        else:
            long_day2 = None
        for i, wd in enumerate(week_days):
            day = week_start + dt.timedelta(wd)
            act, _, muscles = rng.choices(activities, [a[1] for a in activities])[0]
            if extra_activity and i % 2 == 1:
                act, muscles = extra_activity, ["calf", "quadriceps", "hamstring"]
            minutes = _TYPICAL_MIN.get(act, 60) * scale * rng.uniform(0.75, 1.2)
            if wd in (long_day, long_day2) and act in ("running", "cycling", "team_sport"):
                minutes *= rng.uniform(1.5, 2.0)  # the weekly long session is routine
            rpe = min(10.0, max(2.0, rng.gauss(5.5, 1.2)))
            big = cause == "muscle_fatigue" and rng.random() < 0.15
            if big:  # unusually long / hard for this person
                minutes *= rng.uniform(1.8, 2.4)
                rpe = rng.uniform(8, 9.5)
            hour = rng.choice((6, 7, 12, 17, 18, 19))
            start = dt.datetime.combine(day, dt.time(hour, rng.choice((0, 15, 30, 45))),
                                        tzinfo=p.tz)
            temp = _season_temp(day, p.hemisphere, rng) + (4 if hour in (12, 17) else 0)
            if act in ("swimming", "strength"):
                temp = 21 + rng.gauss(0, 1)
            s = _Session(start, round(minutes), act, round(rpe, 1), round(temp, 1),
                         round(min(95.0, max(20.0, rng.gauss(55, 15)))), list(muscles),
                         exposed=big or w in spike_weeks)
            sessions.append(s)

    # hydration, drinks and body mass per session
    for s in sessions:
        hot = s.temp >= 27 or (s.temp >= 24 and s.humidity >= 70)
        sweat_l = p.sweat_l_h * (s.minutes / 60) * (1.35 if hot else 1.0)
        s.drink = "water" if rng.random() < 0.6 else "sports_drink"
        s.drunk_ml = max(0.0, sweat_l * 1000 * rng.uniform(0.35, 0.75))
        if cause == "dehydration" and s.minutes >= 40 and rng.random() < 0.22:
            s.exposed = True
            s.drunk_ml = rng.uniform(0, 250)
            sweat_l = max(sweat_l, p.mass * rng.uniform(0.025, 0.04) + s.drunk_ml / 1000)
        if cause == "electrolyte_loss" and s.minutes >= 90:
            # a heavy, salty sweater: long sessions on plain water leave the sodium unreplaced
            sweat_l = p.sweat_l_h * 1.3 * (s.minutes / 60)
            s.drink = "water" if rng.random() < 0.55 else rng.choice(("sports_drink",
                                                                       "electrolyte_drink"))
            s.drunk_ml = sweat_l * 1000 * rng.uniform(0.75, 0.95)  # drinks plenty: mass holds
            s.exposed = s.drink == "water"
        if cause == "heat" and hot:
            s.exposed = True
        s.loss_pct = 100 * (sweat_l - s.drunk_ml / 1000) / p.mass
        _emit_session(s, p, rng, objects)

    # sleep: usual nights, and short ones (more of them for the sleep_debt person)
    p_short = 0.14 if cause == "sleep_debt" else 0.05
    day = first
    while day < last:
        short = rng.random() < p_short
        hours = rng.uniform(3.8, 5.3) if short else rng.gauss(p.sleep_h, 0.6)
        if short:
            short_nights.append(day + dt.timedelta(1))
        if rng.random() < p.p_sleep and (day - first).days // 7 not in gap_weeks:
            bed = dt.datetime.combine(day, dt.time(22, 30), tzinfo=p.tz) + dt.timedelta(
                minutes=rng.randint(-60, 90) + (90 if short else 0))
            objects.append({"type": "sleep", "time": _iso(bed),
                            "hours": round(max(2.5, min(11.0, hours)), 1),
                            "quality": rng.randint(1, 3) if short else rng.randint(3, 5)})
        day += dt.timedelta(1)

    # meals (direct totals, as an app export would give) and a daily supplement now and then
    ref = _REFERENCE[p.sex]
    day = first
    while day < last:
        if rng.random() < p.p_meal_day and (day - first).days // 7 not in gap_weeks:
            low = deficient is not None and deficient[0] <= day < deficient[1]
            level = rng.uniform(0.4, 0.6) if low else rng.uniform(0.88, 1.25)
            for hour, share in ((8, 0.25), (13, 0.35), (19, 0.4)):
                objects.append({
                    "type": "meal",
                    "time": _iso(dt.datetime.combine(day, dt.time(hour, 0), tzinfo=p.tz)),
                    "magnesium_mg": round(ref[0] * level * share * rng.uniform(0.8, 1.2)),
                    "potassium_mg": round(ref[1] * level * share * rng.uniform(0.8, 1.2)),
                    "calcium_mg": round(ref[2] * level * share * rng.uniform(0.8, 1.2)),
                    "sodium_mg": round(2800 * share * rng.uniform(0.7, 1.3)),
                    "energy_kcal": round((2500 if p.sex == "male" else 2000) * share)})
        day += dt.timedelta(1)

    # medications
    if cause == "medication":
        objects.append({"type": "medication", "name": rng.choice(_STATIN_OR_DIURETIC),
                        "start": med_start.isoformat()})
    elif cause is None and rng.random() < 0.4:
        objects.append({"type": "medication", "name": rng.choice(_UNRELATED_MEDS),
                        "start": (first - dt.timedelta(rng.randint(30, 700))).isoformat()})

    # episodes: background on random days, then the planted ones on exposed occasions
    live = [d for d in (first + dt.timedelta(i) for i in range(days))
            if (d - first).days // 7 not in gap_weeks]
    by_day: dict[dt.date, list[_Session]] = {}
    for s in sessions:
        by_day.setdefault(s.start.date(), []).append(s)
    for d in rng.sample(live, rng.randint(3, 7)):
        if d in by_day and rng.random() < 0.6:
            _after(rng.choice(by_day[d]), rng, objects)
        else:
            _rest_episode(d, p, rng, objects, sleep=rng.random() < 0.5)
    planted = 0
    if cause is not None:
        target = rng.randint(6, 12)
        planted = _plant(cause, target, sessions, by_day, short_nights, deficient, med_start,
                         live, p, rng, objects)
    start = dt.datetime.combine(first, dt.time(0), tzinfo=p.tz)
    stop = dt.datetime.combine(last, dt.time(0), tzinfo=p.tz)
    return BlindJournal(cause, objects, start, stop, planted)


def _emit_session(s: _Session, p: _Person, rng: random.Random,
                  objects: list[dict[str, Any]]) -> None:
    obj: dict[str, Any] = {"type": "workout", "time": _iso(s.start), "duration_min": s.minutes,
                           "activity": s.activity}
    if rng.random() < p.p_rpe:
        obj["rpe"] = s.rpe
    if rng.random() < 0.5:
        obj["avg_hr"] = int(110 + 8 * s.rpe + rng.gauss(0, 6))
    if s.activity in ("running", "cycling", "hiking"):
        speed = {"running": 10.5, "cycling": 26.0, "hiking": 4.5}[s.activity]
        obj["distance_km"] = round(speed * s.minutes / 60 * rng.uniform(0.85, 1.1), 2)
    if s.activity not in ("swimming", "strength") and rng.random() < p.p_temp:
        obj["temperature_c"] = s.temp
        if rng.random() < 0.6:
            obj["humidity_pct"] = s.humidity
    if rng.random() < p.p_muscles:
        obj["muscle_groups"] = s.muscles
    objects.append(obj)
    s.obj = obj
    end = s.start + dt.timedelta(minutes=s.minutes)
    if rng.random() < p.p_mass:
        pre = p.mass + rng.gauss(0, 0.5)
        objects.append({"type": "body_mass", "time": _iso(s.start - dt.timedelta(minutes=15)),
                        "kg": round(pre, 1), "context": "pre_workout"})
        objects.append({"type": "body_mass", "time": _iso(end + dt.timedelta(minutes=10)),
                        "kg": round(pre * (1 - s.loss_pct / 100), 1),
                        "context": "post_workout"})
    if s.drunk_ml > 50 and rng.random() < p.p_fluid:
        parts = 1 if s.drunk_ml < 600 else rng.randint(2, 3)
        for k in range(parts):
            objects.append({"type": "fluid", "ml": round(s.drunk_ml / parts), "drink": s.drink,
                            "time": _iso(s.start + dt.timedelta(
                                minutes=s.minutes * (k + 1) / (parts + 1)))})


def _after(s: _Session, rng: random.Random, objects: list[dict[str, Any]],
           strong: bool = False) -> None:
    """A cramp during or soon after this session, in a muscle it worked."""
    during = rng.random() < 0.35
    end = s.start + dt.timedelta(minutes=s.minutes)
    when = (s.start + dt.timedelta(minutes=s.minutes * rng.uniform(0.6, 0.95)) if during
            else end + dt.timedelta(minutes=rng.randint(5, 150)))
    objects.append({"type": "episode", "time": _iso(when),
                    "kind": "spasm" if strong or rng.random() < 0.85 else "twitch",
                    "muscle": rng.choice(s.muscles), "side": rng.choice(("left", "right", "both")),
                    "duration_s": rng.randint(20, 240), "pain": rng.randint(3, 8),
                    "during": "exercise" if during else "after_exercise",
                    "relief": [rng.choice(("stretching", "massage", "walking_it_off"))],
                    "relieved": rng.random() < 0.8})


def _rest_episode(day: dt.date, p: _Person, rng: random.Random, objects: list[dict[str, Any]],
                  sleep: bool) -> None:
    hour = rng.choice((1, 2, 3, 4, 5)) if sleep else rng.choice((10, 15, 20, 21))
    when = dt.datetime.combine(day, dt.time(hour, rng.randint(0, 59)), tzinfo=p.tz)
    twitch = not sleep and rng.random() < 0.25
    objects.append({"type": "episode", "time": _iso(when), "kind": "twitch" if twitch else "spasm",
                    "muscle": "eyelid" if twitch and rng.random() < 0.5
                    else rng.choice(("calf", "calf", "foot", "hamstring")),
                    "duration_s": rng.randint(10, 180), "pain": 0 if twitch else rng.randint(3, 8),
                    "during": "sleep" if sleep else "rest"})


def _plant(cause: str, target: int, sessions: list[_Session],
           by_day: dict[dt.date, list[_Session]], short_nights: list[dt.date],
           deficient: tuple[dt.date, dt.date] | None, med_start: dt.date, live: list[dt.date],
           p: _Person, rng: random.Random, objects: list[dict[str, Any]]) -> int:
    """Add up to ``target`` episodes on occasions where the cause's exposure is present."""
    if cause in ("dehydration", "electrolyte_loss", "muscle_fatigue", "heat",
                 "training_load_spike"):
        exposed = [s for s in sessions if s.exposed]
        chosen = rng.sample(exposed, min(target, len(exposed)))
        for s in chosen:
            _after(s, rng, objects, strong=True)
        return len(chosen)
    if cause == "sleep_debt":
        nights = [d for d in short_nights if d in live]
        chosen_days = rng.sample(nights, min(target, int(len(nights) * 0.6)))
    elif cause == "nutrient_deficiency":
        assert deficient is not None
        window = [d for d in live if deficient[0] + dt.timedelta(14) <= d < deficient[1]]
        chosen_days = rng.sample(window, min(target, len(window) // 3))
    else:  # medication: episodes after the start
        window = [d for d in live if d >= med_start + dt.timedelta(7)]
        chosen_days = rng.sample(window, min(target, len(window) // 4))
    for d in chosen_days:
        if d in by_day and rng.random() < 0.4:
            _after(rng.choice(by_day[d]), rng, objects, strong=True)
        elif cause == "sleep_debt":
            # in the day after the short night (a cramp inside that night would be disturbing
            # it, not following it: evidence.md §2.7 on the direction of cause)
            _rest_episode(d, p, rng, objects, sleep=False)
        else:
            _rest_episode(d, p, rng, objects, sleep=rng.random() < 0.7)
    return len(chosen_days)
