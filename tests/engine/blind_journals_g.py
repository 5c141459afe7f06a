"""Blind test-journal generator "g" for cramp-cause analysis.

Written blind on 2026-12-01 from spec and evidence only (spec/journal.md, spec/vocabulary.md,
research/evidence.md).  The author did not read the product's code or its other generators and
does not know how the product scores anything.

Design
------
Each seed picks a person (archetype: recreational runner, cyclist, team-sport player, gym-goer,
older walker, older person on long-term medicines; age, sex, mass, climate/time zone, how
diligently they log).  The person logs for 4-9 months with a few gaps (holiday/illness: nothing
logged, no training).  Workouts, sleep, drinks, meals (USDA SR28 food names), body mass and
medicines are simulated with real-life correlations (heat and long sessions raise sweat; heavy
weeks remove rest days; ...).

Every journal gets background spasms (4-15, on random nights/days/sessions, independent of any
exposure) and a few twitches.  For a planted cause, one exposure is defined per unit
(session, night or day), it is tuned to be present in roughly 20-50 % of units, and only that
exposure raises the episode probability of its unit (about 8-20 extra spasms):

* dehydration: session body-mass loss > 2 % (pre/post weighed on most sessions of that person)
* electrolyte_loss: sweat sodium >= 1.5 g replaced with plain water (< 30 % of it replaced)
* muscle_fatigue: session >= 1.5x the person's median for that activity, or a main muscle
  group also trained on each of the two previous days (no recovery)
* training_load_spike: 7-day sRPE load / (28-day load / 4) > 1.5 (after the first 3 weeks)
* heat: outdoor session at >= 27 C, or >= 24 C with >= 70 % humidity
* nutrient_deficiency: days in low-intake stretches (Mg, K and Ca far below reference)
* sleep_debt: the night before was >= 1.5 h shorter than the person's usual
* medication: a cramp-linked medicine (evidence.md 2.10) started mid-journal; risk ramps up

``BlindJournal.stats`` (extra attribute) reports the planting statistics.
"""

from __future__ import annotations

import datetime as _dt
import math
import random
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

CAUSES = ("dehydration", "electrolyte_loss", "muscle_fatigue", "training_load_spike", "heat",
          "nutrient_deficiency", "sleep_debt", "medication")


@dataclass
class BlindJournal:
    cause: str | None
    objects: list[dict]
    start: _dt.datetime
    stop: _dt.datetime
    stats: dict = field(default_factory=dict)


# --------------------------------------------------------------------------------------------
# static tables

# name -> (outdoor probability, muscles, rpe, km/h or None, sweat factor)
ACT = {
    "running": (0.9, ("calf", "hamstring", "quadriceps"), 6.0, 10.0, 1.1),
    "trail_running": (1.0, ("calf", "quadriceps", "glute"), 6.5, 7.5, 1.1),
    "cycling": (0.85, ("quadriceps", "glute", "calf"), 5.5, 25.0, 0.95),
    "walking": (0.95, ("calf", "shin"), 3.0, 5.0, 0.45),
    "hiking": (1.0, ("calf", "quadriceps", "glute"), 4.5, 4.0, 0.7),
    "team_sport": (0.9, ("calf", "hamstring", "quadriceps", "adductor"), 6.5, None, 1.0),
    "racket_sport": (0.5, ("calf", "forearm", "shoulder"), 6.0, None, 1.0),
    "strength": (0.0, ("quadriceps", "glute", "hamstring"), 6.5, None, 0.6),
    "strength_upper": (0.0, ("chest", "shoulder", "triceps", "upper_back", "biceps"), 6.5, None, 0.55),
    "hiit": (0.1, ("quadriceps", "glute", "calf"), 7.5, None, 1.0),
    "elliptical": (0.0, ("quadriceps", "calf"), 5.0, None, 0.8),
    "swimming": (0.15, ("shoulder", "upper_back", "calf", "foot"), 5.5, 2.5, 0.4),
    "pilates": (0.0, ("abdomen", "lower_back", "hamstring"), 3.5, None, 0.3),
    "yoga": (0.0, ("hamstring", "lower_back", "calf"), 3.0, None, 0.3),
}

# archetype -> (age range, [(activity, sessions per week, base duration min)])
ARCH = {
    "runner": ((22, 62), [("running", 3.4, 48), ("strength", 0.6, 40), ("yoga", 0.3, 45)]),
    "cyclist": ((25, 66), [("cycling", 3.2, 80), ("running", 0.5, 35), ("strength", 0.5, 45)]),
    "team": ((18, 40), [("team_sport", 2.4, 85), ("running", 1.0, 35), ("strength", 0.9, 50)]),
    "gym": ((20, 52), [("strength", 1.8, 55), ("strength_upper", 1.3, 50), ("hiit", 0.8, 35),
                       ("elliptical", 0.5, 35), ("running", 0.6, 30)]),
    "walker": ((60, 82), [("walking", 4.0, 50), ("hiking", 0.5, 140), ("pilates", 0.8, 50),
                          ("swimming", 0.5, 40)]),
    "meds": ((55, 80), [("walking", 3.0, 45), ("cycling", 1.0, 60), ("swimming", 0.7, 40),
                        ("yoga", 0.6, 45)]),
    "racket": ((25, 60), [("racket_sport", 2.2, 75), ("running", 1.0, 35), ("strength", 0.6, 45)]),
}

# tz, annual mean C, half-amplitude C, hemisphere (+1 north), mean RH %, RH seasonal swing
CLIMATES = [
    ("Europe/London", 11.0, 6.5, 1, 76, -5), ("Europe/Berlin", 10.0, 9.0, 1, 72, -8),
    ("Europe/Madrid", 15.5, 10.0, 1, 55, -15), ("Europe/Rome", 16.0, 8.5, 1, 66, -6),
    ("America/New_York", 13.0, 11.0, 1, 63, 5), ("America/Chicago", 10.5, 13.0, 1, 68, 2),
    ("America/Phoenix", 24.0, 9.5, 1, 30, -5), ("America/Chicago", 21.0, 7.5, 1, 74, 4),
    ("America/Denver", 10.5, 11.0, 1, 45, -5), ("America/Los_Angeles", 18.0, 4.5, 1, 65, 0),
    ("Australia/Sydney", 18.5, 4.5, -1, 68, 3), ("Australia/Brisbane", 21.0, 4.5, -1, 66, 6),
    ("Asia/Singapore", 27.5, 0.8, 1, 82, 2), ("Asia/Tokyo", 16.0, 10.0, 1, 65, 12),
    ("Asia/Kolkata", 26.5, 4.0, 1, 70, 12), ("America/Sao_Paulo", 20.0, 3.0, -1, 75, 3),
    ("Africa/Johannesburg", 16.0, 5.0, -1, 55, 10), ("Europe/Athens", 18.5, 8.5, 1, 62, -12),
]

# food -> (Mg, K, Ca) per 100 g (approximate SR28 values)
FOOD = {
    "Cereals, oats, regular and quick, not fortified, dry": (138, 362, 52),
    "Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D": (11, 150, 120),
    "Bananas, raw": (27, 358, 5),
    "Almonds": (270, 733, 269),
    "Spinach, raw": (79, 558, 99),
    "yogurt, plain, lowfat, 12 grams protein per 8 oz": (17, 234, 183),
    "Beans, black, mature seeds, cooked, boiled, without salt": (70, 355, 27),
    "Lentils, mature seeds, cooked, boiled, without salt": (36, 369, 19),
    "Potatoes, baked, flesh and skin, without salt": (28, 535, 15),
    "Fish, salmon, Atlantic, farmed, cooked, dry heat": (30, 384, 15),
    "Broccoli, raw": (21, 316, 47),
    "Sweet potato, cooked, baked in skin, flesh, without salt": (27, 475, 38),
    "Seeds, pumpkin and squash seed kernels, dried": (592, 809, 46),
    "Bread, whole-wheat, commercially prepared": (76, 254, 163),
    "Cheese, cheddar": (28, 98, 710),
    "Cheese, swiss": (38, 77, 890),
    "Avocados, raw, all commercial varieties": (29, 485, 12),
    "Tomatoes, red, ripe, raw, year round average": (11, 237, 10),
    "Peanut butter, smooth style, without salt": (154, 649, 49),
    "Apples, raw, with skin": (5, 107, 6),
    "Carrots, raw": (12, 320, 33),
    "Chicken, broilers or fryers, breast, meat only, cooked, roasted": (29, 256, 15),
    "Egg, whole, cooked, hard-boiled": (10, 126, 50),
    "Kale, raw": (47, 491, 150),
    "quinoa, cooked": (64, 172, 17),
    "Cashews": (292, 660, 37),
    "Apricots, dried, sulfured, uncooked": (32, 1162, 55),
    "Chocolate, dark, 70-85% cacao solids": (228, 715, 73),
    # low-mineral foods
    "Bread, white, commercially prepared": (23, 117, 150),
    "Rice, white, long-grain, regular, cooked": (12, 35, 10),
    "Pasta, cooked, enriched, without added salt": (18, 44, 7),
    "Beef, ground, 85% lean meat / 15% fat, patty, cooked, broiled": (21, 320, 20),
    "Cookies, chocolate chip, commercially prepared, regular, lower fat": (30, 130, 25),
    "Jams and preserves": (4, 77, 20),
    "Cereals ready-to-eat, corn flakes": (14, 168, 5),
    "Noodles, egg, cooked, enriched": (21, 38, 12),
    "Turkey, whole, meat only, cooked, roasted": (27, 290, 15),
    "Lettuce, iceberg (includes crisphead types), raw": (7, 141, 18),
    "Tortillas, ready-to-bake or -fry, flour, refrigerated": (20, 130, 60),
    "Beverages, carbonated, cola, regular": (2, 2, 2),
}

GOOD_MEALS = {
    "breakfast": [[("Cereals, oats, regular and quick, not fortified, dry", 60),
                   ("Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D", 250),
                   ("Bananas, raw", 120)],
                  [("yogurt, plain, lowfat, 12 grams protein per 8 oz", 200), ("Almonds", 25),
                   ("Apricots, dried, sulfured, uncooked", 30)],
                  [("Bread, whole-wheat, commercially prepared", 70),
                   ("Peanut butter, smooth style, without salt", 30), ("Bananas, raw", 110)],
                  [("Egg, whole, cooked, hard-boiled", 100), ("Spinach, raw", 60),
                   ("Bread, whole-wheat, commercially prepared", 60)]],
    "lunch": [[("Bread, whole-wheat, commercially prepared", 80), ("Cheese, cheddar", 40),
               ("Tomatoes, red, ripe, raw, year round average", 100), ("Apples, raw, with skin", 150)],
              [("quinoa, cooked", 180), ("Beans, black, mature seeds, cooked, boiled, without salt", 130),
               ("Avocados, raw, all commercial varieties", 70), ("Kale, raw", 40)],
              [("Lentils, mature seeds, cooked, boiled, without salt", 200), ("Carrots, raw", 80),
               ("Spinach, raw", 50), ("Cheese, swiss", 30)]],
    "dinner": [[("Fish, salmon, Atlantic, farmed, cooked, dry heat", 150),
                ("Potatoes, baked, flesh and skin, without salt", 250), ("Broccoli, raw", 150)],
               [("Chicken, broilers or fryers, breast, meat only, cooked, roasted", 150),
                ("Sweet potato, cooked, baked in skin, flesh, without salt", 220), ("Spinach, raw", 80)],
               [("Beans, black, mature seeds, cooked, boiled, without salt", 150),
                ("Rice, white, long-grain, regular, cooked", 150),
                ("Avocados, raw, all commercial varieties", 60),
                ("Tomatoes, red, ripe, raw, year round average", 120)]],
    "snack": [[("Almonds", 30), ("yogurt, plain, lowfat, 12 grams protein per 8 oz", 170)],
              [("Seeds, pumpkin and squash seed kernels, dried", 25), ("Bananas, raw", 120)],
              [("Cashews", 30), ("Chocolate, dark, 70-85% cacao solids", 20)]],
}
LOW_MEALS = {
    "breakfast": [[("Bread, white, commercially prepared", 60), ("Jams and preserves", 25)],
                  [("Cereals ready-to-eat, corn flakes", 40)]],
    "lunch": [[("Rice, white, long-grain, regular, cooked", 220),
               ("Chicken, broilers or fryers, breast, meat only, cooked, roasted", 100)],
              [("Tortillas, ready-to-bake or -fry, flour, refrigerated", 80),
               ("Turkey, whole, meat only, cooked, roasted", 70),
               ("Lettuce, iceberg (includes crisphead types), raw", 30)]],
    "dinner": [[("Pasta, cooked, enriched, without added salt", 250),
                ("Beef, ground, 85% lean meat / 15% fat, patty, cooked, broiled", 90)],
               [("Noodles, egg, cooked, enriched", 250),
                ("Turkey, whole, meat only, cooked, roasted", 80)]],
    "snack": [[("Cookies, chocolate chip, commercially prepared, regular, lower fat", 40)],
              [("Beverages, carbonated, cola, regular", 330)]],
}

# cramp-linked medicines (evidence.md 2.10) and unrelated ones
CRAMP_MEDS = ["chlorthalidone", "indapamide", "hydrochlorothiazide", "spironolactone", "amiloride",
              "salmeterol", "formoterol", "atorvastatin", "simvastatin", "rosuvastatin",
              "raloxifene", "nifedipine", "teriparatide"]
UNRELATED_MEDS = ["cetirizine", "loratadine", "metformin", "sertraline", "tamsulosin", "lisinopril",
                  "montelukast", "allopurinol", "finasteride", "escitalopram", "paracetamol"]

DRINK_NA = {"water": 0, "sports_drink": 460, "electrolyte_drink": 1000, "ors": 1725,
            "coconut_water": 250, "milk": 430, "juice": 50, "coffee": 20, "tea": 10,
            "soft_drink": 100, "beer": 40, "other": 0}

REFS = {"female": (320, 2600, 1000), "male": (420, 3400, 1000)}


# --------------------------------------------------------------------------------------------
# helpers

def _iso(t: _dt.datetime) -> str:
    return t.replace(microsecond=0).isoformat(timespec="seconds")


def _clamp(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


def _bsearch(fn, lo, hi, target, iters=14):
    """Find param in [lo, hi] whose monotone-increasing fn(param) is closest to target."""
    best = None
    for _ in range(iters):
        mid = (lo + hi) / 2
        v = fn(mid)
        if best is None or abs(v - target) < abs(best[1] - target):
            best = (mid, v)
        if v < target:
            lo = mid
        else:
            hi = mid
    return best[0]


@dataclass
class _Person:
    arch: str
    sex: str
    age: int
    mass: float
    height: float
    tz: str
    climate: tuple
    diligence: float
    sleep_usual: float
    bed_hour: float
    sweat_rate: float      # L/h at RPE 6, 20 C
    sweat_na: float        # mg/L
    replace: float         # fraction of sweat drunk during sessions
    water_pref: float      # probability session drinks are plain water
    short_night_p: float
    long_p: float
    plan: list
    n_days: int
    start_date: _dt.date
    meds: list


def _make_person(seed: int) -> _Person:
    r = random.Random(f"g-person-{seed}")
    arch = r.choice(list(ARCH))
    (a0, a1), plan = ARCH[arch]
    age = r.randint(a0, a1)
    sex = "female" if r.random() < 0.45 else "male"
    if sex == "female":
        mass, height = r.uniform(50, 82), r.uniform(152, 180)
    else:
        mass, height = r.uniform(64, 102), r.uniform(165, 196)
    clim = r.choice(CLIMATES)
    n_days = r.randint(122, 272)
    latest = _dt.date(2026, 11, 20) - _dt.timedelta(days=n_days)
    first = _dt.date(2024, 9, 1)
    start_date = first + _dt.timedelta(days=r.randint(0, (latest - first).days))
    plan = [(a, w * r.uniform(0.75, 1.25), d * r.uniform(0.8, 1.2)) for a, w, d in plan]
    meds = []
    n_unrel = r.choice([0, 0, 1, 1, 2]) + (1 if arch in ("meds", "walker") else 0)
    for name in r.sample(UNRELATED_MEDS, n_unrel):
        meds.append((name, start_date - _dt.timedelta(days=r.randint(60, 3000)), None))
    return _Person(
        arch=arch, sex=sex, age=age, mass=round(mass, 1), height=round(height), tz=clim[0],
        climate=clim, diligence=r.uniform(0.35, 0.95), sleep_usual=r.uniform(6.4, 8.3),
        bed_hour=r.uniform(21.8, 23.9), sweat_rate=r.uniform(0.6, 1.4),
        sweat_na=r.uniform(450, 1200), replace=r.uniform(0.35, 0.85), water_pref=r.uniform(0.4, 0.9),
        short_night_p=r.uniform(0.04, 0.12), long_p=r.uniform(0.02, 0.07), plan=plan,
        n_days=n_days, start_date=start_date, meds=meds)


# --------------------------------------------------------------------------------------------
# schedule (training) -- deterministic for a given (seed, params)

def _gaps(r: random.Random, n_days: int) -> set[int]:
    out: set[int] = set()
    for _ in range(r.choice([1, 1, 2, 2, 3])):
        ln = r.randint(5, 16)
        s = r.randint(30, max(31, n_days - ln - 10))
        out.update(range(s, s + ln))
    return out


def _week_mults(r: random.Random, n_weeks: int, spiky: bool, amp: float) -> list[float]:
    m = []
    w = 0
    while w < n_weeks:
        if spiky:
            low = r.randint(2, 3)
            for _ in range(low):
                m.append(r.uniform(0.55, 0.8))
            m.append(r.uniform(0.9, 1.1) * amp)
            w += low + 1
        else:
            u = r.random()
            m.append(r.uniform(0.55, 0.75) if u < 0.15 else r.uniform(1.25, 1.5) if u > 0.9
                     else r.uniform(0.85, 1.15))
            w += 1
    return m[:n_weeks]


def _schedule(seed: int, p: _Person, gaps: set[int], spiky: bool, amp: float, long_p: float):
    r = random.Random(f"g-sched-{seed}")
    n_weeks = p.n_days // 7 + 2
    mults = _week_mults(r, n_weeks, spiky, amp)
    sessions = []
    for d in range(p.n_days):
        u_day = [r.random() for _ in range(len(p.plan))]
        u_dur = [r.gauss(0, 1) for _ in range(len(p.plan))]
        u_long = [r.random() for _ in range(len(p.plan))]
        u_long2 = [r.uniform(1.6, 2.4) for _ in range(len(p.plan))]
        u_rpe = [r.gauss(0, 0.8) for _ in range(len(p.plan))]
        u_hour = r.random()
        if d in gaps:
            continue
        mult = mults[d // 7]
        date = p.start_date + _dt.timedelta(days=d)
        weekend = date.weekday() >= 5
        n_today = 0
        for i, (act, per_week, dur) in enumerate(p.plan):
            prob = per_week * min(mult, 1.6) / 7 * (1.25 if weekend else 0.9)
            if u_day[i] >= prob or n_today >= 2:
                continue
            n_today += 1
            extra = mult / 1.6 if mult > 1.6 else 1.0
            is_long = u_long[i] < long_p
            dmin = dur * math.exp(0.18 * u_dur[i]) * (u_long2[i] if is_long else 1.0) * (
                min(extra, 1.45) if extra > 1 else 1.0)
            rpe = _clamp(ACT[act][2] + u_rpe[i] + (1.0 if is_long else 0) + (0.7 if mult > 1.4 else 0),
                         1, 10)
            if weekend:
                hour = 8.0 + 3.5 * u_hour
            else:
                hour = 6.0 + 1.5 * u_hour if u_hour < 0.45 else 17.0 + 2.5 * u_hour
            hour += 1.5 * n_today - 1.5
            sessions.append({"day": d, "act": act, "dur": round(dmin), "rpe": round(rpe),
                             "hour": hour, "long": is_long})
    sessions.sort(key=lambda s: (s["day"], s["hour"]))
    return sessions


def _acwr(sessions):
    by_day: dict[int, float] = {}
    for s in sessions:
        by_day[s["day"]] = by_day.get(s["day"], 0.0) + s["dur"] * s["rpe"]
    out = []
    for s in sessions:
        d = s["day"]
        a = sum(by_day.get(k, 0.0) for k in range(d - 6, d + 1))
        c = sum(by_day.get(k, 0.0) for k in range(d - 27, d + 1)) / 4
        out.append(a / c if c > 0 and d >= 21 else 0.0)
    return out


def _fatigue_flags(sessions):
    med: dict[str, list] = {}
    for s in sessions:
        med.setdefault(s["act"], []).append(s["dur"])
    meds = {a: sorted(v)[len(v) // 2] for a, v in med.items()}
    muscles_by_day: dict[int, set] = {}
    for s in sessions:
        muscles_by_day.setdefault(s["day"], set()).update(ACT[s["act"]][1])
    out = []
    for s in sessions:
        long_ = s["dur"] >= 1.5 * meds[s["act"]] and len(med[s["act"]]) >= 4
        prim = set(ACT[s["act"]][1][:2])
        b2b = bool(prim & muscles_by_day.get(s["day"] - 1, set()) & muscles_by_day.get(s["day"] - 2, set()))
        out.append(long_ or b2b)
    return out


# --------------------------------------------------------------------------------------------
# environment

def _weather(p: _Person, day: int, hour: float, offset: float, u: tuple[float, float, float]):
    _, mean, amp, hemi, rh, rh_sw = p.climate
    date = p.start_date + _dt.timedelta(days=day)
    doy = date.timetuple().tm_yday
    season = math.cos(2 * math.pi * (doy - (200 if hemi > 0 else 17)) / 365.25)
    daily = mean + amp * season + offset + 3.0 * u[0]
    diurnal = 5.0 * math.cos(2 * math.pi * (hour - 15) / 24)
    temp = daily + diurnal
    hum = _clamp(rh + rh_sw * season - 1.2 * diurnal + 10 * u[1], 12, 100)
    return temp, hum


def _hot(t, h):
    return t >= 27.0 or (t >= 24.0 and h >= 70.0)


# --------------------------------------------------------------------------------------------

def blind_journal(cause: str | None, seed: int) -> BlindJournal:
    if cause is not None and cause not in CAUSES:
        raise ValueError(cause)
    p = _make_person(seed)
    r = random.Random(f"g-journal-{seed}-{cause}")
    tz = ZoneInfo(p.tz)
    target = r.uniform(0.25, 0.42)
    extra_target = r.randint(9, 18)

    # cause-specific person adjustments (behaviour consistent with the planted exposure)
    if cause == "heat" and p.arch == "gym":
        p.plan = p.plan + [("running", 1.6, 40)]
    if cause == "medication" and p.age < 45:
        p.age = r.randint(48, 75)
    if cause == "dehydration":
        p.sweat_rate = max(p.sweat_rate, r.uniform(1.0, 1.5))
    if cause == "electrolyte_loss":
        p.replace = r.uniform(0.8, 1.05)
        p.water_pref = r.uniform(0.55, 0.8)
        p.sweat_rate = max(p.sweat_rate, r.uniform(1.0, 1.4))
    dil = p.diligence
    bm_rate = 0.08 + 0.35 * dil
    drink_rate = 0.15 + 0.45 * dil
    mg_rate = 0.15 + 0.5 * dil
    temp_rate = 0.45 + 0.5 * dil
    sleep_rate = 0.72 + 0.25 * dil
    meal_rate = 0.2 + 0.45 * dil
    if cause == "dehydration":
        bm_rate = r.uniform(0.65, 0.9)
    if cause == "electrolyte_loss":
        drink_rate = r.uniform(0.75, 0.95)
        bm_rate = max(bm_rate, 0.35)
    if cause == "muscle_fatigue":
        mg_rate = r.uniform(0.6, 0.9)
    if cause == "heat":
        temp_rate = r.uniform(0.8, 0.97)
    if cause == "sleep_debt":
        sleep_rate = r.uniform(0.88, 0.98)
    if cause == "nutrient_deficiency":
        meal_rate = r.uniform(0.55, 0.8)

    gaps = _gaps(random.Random(f"g-gaps-{seed}"), p.n_days)
    logged_days = [d for d in range(p.n_days) if d not in gaps]

    # ---- training schedule
    if cause == "training_load_spike":
        amp = _bsearch(lambda a: _frac([x > 1.5 for x in _acwr(_schedule(seed, p, gaps, True, a, p.long_p))]),
                       1.0, 3.4, target, iters=10)
        sessions = _schedule(seed, p, gaps, True, amp, p.long_p)
    elif cause == "muscle_fatigue":
        lp = _bsearch(lambda q: _frac(_fatigue_flags(_schedule(seed, p, gaps, False, 1.0, q))),
                      0.0, 0.6, target, iters=10)
        sessions = _schedule(seed, p, gaps, False, 1.0, lp)
    else:
        sessions = _schedule(seed, p, gaps, False, 1.0, p.long_p)
    n_s = len(sessions)

    # ---- per-session random draws (fixed; exposures tuned on top of them)
    for s in sessions:
        s["outdoor"] = r.random() < ACT[s["act"]][0]
        s["uw"] = (r.gauss(0, 0.7), r.gauss(0, 0.7), 0)
        s["z_rep"] = r.gauss(0, 1)
        s["z_sw"] = r.gauss(0, 1)
        s["u_water"] = r.random()
        s["u_post"] = r.random()
        s["log_bm"] = r.random() < bm_rate
        s["log_drink"] = r.random() < drink_rate
        s["log_mg"] = r.random() < mg_rate
        s["log_temp"] = r.random() < temp_rate

    def weather(offset):
        for s in sessions:
            t, h = _weather(p, s["day"], s["hour"], offset, s["uw"])
            if not s["outdoor"]:
                t, h = 20.5 + 0.3 * s["uw"][0] + (0.35 * (t - 20.5) if t > 24 else 0), 45 + 5 * s["uw"][1]
            s["temp"], s["hum"] = t, h

    offset = 0.0
    if cause == "heat":
        def hot_frac(off):
            weather(off)
            return _frac([_hot(s["temp"], s["hum"]) for s in sessions])
        offset = _bsearch(hot_frac, -12.0, 14.0, target)
    weather(offset)

    def physiology(rep_level, na_level, sweat_mult=1.0):
        for s in sessions:
            heat_f = _clamp(1 + 0.035 * (s["temp"] - 20), 0.7, 1.7)
            sweat = (p.sweat_rate * ACT[s["act"]][4] * (s["rpe"] / 6) ** 0.8 * heat_f
                     * math.exp(0.15 * s["z_sw"]) * s["dur"] / 60 * sweat_mult)
            s["sweat_l"] = sweat
            rep = _clamp(rep_level * math.exp(0.35 * s["z_rep"]), 0.0, 1.3)
            if s["dur"] < 35:
                rep *= 0.3
            s["drunk_l"] = sweat * rep
            water = s["u_water"] < p.water_pref
            s["drink"] = "water" if water else ("sports_drink" if s["u_water"] < p.water_pref + 0.7 * (1 - p.water_pref)
                                               else "electrolyte_drink")
            s["post_ml"] = round(200 + 400 * s["u_post"], -1) if s["dur"] >= 30 else 0
            s["post_drink"] = "water" if water or s["u_post"] < 0.5 else s["drink"]
            na_in = (s["drunk_l"] * DRINK_NA[s["drink"]] + s["post_ml"] / 1000 * DRINK_NA[s["post_drink"]])
            s["na_loss"] = sweat * min(1750.0, p.sweat_na * na_level)
            s["na_in"] = na_in
            pre = p.mass + 0.4 * s["z_sw"] * 0.3
            s["pre"] = round(pre, 1)
            s["post"] = round(pre - sweat + s["drunk_l"] - 0.05, 1)
            s["loss_pct"] = (s["pre"] - s["post"]) / s["pre"] * 100

    # tuning parameter x: first less drinking / saltier sweat, then heavier sweating (capped)
    rep_level, na_level, sweat_mult = p.replace, 1.0, 1.0
    if cause == "dehydration":
        def dpar(x):
            return max(0.0, 1.0 - x), 1.0, _clamp(1.0 + 1.2 * (x - 1.0), 1.0, 2.2)
        def dfrac(x):
            physiology(*dpar(x))
            return _frac([s["loss_pct"] > 2.0 for s in sessions])
        rep_level, na_level, sweat_mult = dpar(_bsearch(dfrac, 0.0, 2.0, target))
    elif cause == "electrolyte_loss":
        def epar(x):
            return rep_level, min(x, 1.7), _clamp(x / 1.7, 1.0, 2.0)
        def efrac(x):
            physiology(*epar(x))
            return _frac([_elec(s) for s in sessions])
        rep_level, na_level, sweat_mult = epar(_bsearch(efrac, 0.4, 3.4, target))
    physiology(rep_level, na_level, sweat_mult)

    acwr = _acwr(sessions)
    fat = _fatigue_flags(sessions)
    for s, a, f in zip(sessions, acwr, fat):
        s["exp"] = {
            "dehydration": s["loss_pct"] > 2.0,
            "electrolyte_loss": _elec(s),
            "muscle_fatigue": f,
            "training_load_spike": a > 1.5,
            "heat": _hot(s["temp"], s["hum"]),
        }
        s["acwr"] = a

    # ---- nights
    nights = []  # night before day d (bed on d-1, wake on d)
    if cause == "sleep_debt":
        short_p = target
    else:
        short_p = p.short_night_p
    for d in logged_days:
        u = r.random()
        short = u < short_p
        hrs = (p.sleep_usual - r.uniform(1.8, 3.4)) if short else _clamp(
            p.sleep_usual + r.gauss(0, 0.45), p.sleep_usual - 1.1, p.sleep_usual + 1.6)
        bed = p.bed_hour + r.gauss(0, 0.4) + (r.uniform(0.8, 2.0) if short and r.random() < 0.6 else 0)
        date = p.start_date + _dt.timedelta(days=d - 1)
        bed_t = _dt.datetime(date.year, date.month, date.day, tzinfo=tz) + _dt.timedelta(hours=bed)
        bed_t = _round5(bed_t)
        wake_t = _round5(bed_t + _dt.timedelta(hours=hrs))
        hrs = (wake_t - bed_t).total_seconds() / 3600
        nights.append({"day": d, "bed": bed_t, "wake": wake_t, "hours": hrs,
                       "short": hrs <= p.sleep_usual - 1.5, "logged": r.random() < sleep_rate,
                       "quality": int(_clamp(round(3.4 + (hrs - p.sleep_usual) * 0.7 + r.gauss(0, 0.7)), 1, 5))})
    night_of = {n["day"]: n for n in nights}

    # ---- diet: low stretches
    low_days: set[int] = set()
    if cause == "nutrient_deficiency":
        cover = target
        stretch = (8, 24)
    else:
        cover = r.uniform(0.0, 0.15)
        stretch = (3, 10)
    tries = 0
    while len(low_days) < cover * len(logged_days) and tries < 200:
        tries += 1
        ln = r.randint(*stretch)
        s0 = r.randint(0, p.n_days - ln)
        new = {d for d in range(s0, s0 + ln) if d not in gaps} - low_days
        if len(low_days) + len(new) > (cover + 0.06) * len(logged_days):
            continue
        low_days.update(new)
    meal_days = {d for d in logged_days if r.random() < meal_rate}

    # ---- medication start
    med_start_day = None
    med_name = None
    if cause == "medication":
        med_start_day = int(p.n_days * (1 - r.uniform(0.28, 0.48)))
        med_name = r.choice(CRAMP_MEDS)
    decoy = None
    if r.random() < 0.45:
        decoy = (r.choice([m for m in UNRELATED_MEDS if m not in [x[0] for x in p.meds]]),
                 r.randint(p.n_days // 5, p.n_days * 4 // 5))

    # ---- units and their exposure
    if cause in ("dehydration", "electrolyte_loss", "muscle_fatigue", "training_load_spike", "heat"):
        units = [("s", i) for i in range(n_s)]
        exposed = [u for u in units if sessions[u[1]]["exp"][cause]]
    elif cause == "sleep_debt":
        units = [("n", n["day"]) for n in nights]
        exposed = [u for u in units if night_of[u[1]]["short"]]
    elif cause == "nutrient_deficiency":
        units = [("d", d) for d in logged_days]
        exposed = [u for u in units if u[1] in low_days]
    elif cause == "medication":
        units = [("d", d) for d in logged_days]
        exposed = [u for u in units if u[1] >= med_start_day]
    else:
        units, exposed = [], []
    p_extra = min(0.75, extra_target / max(1, len(exposed))) if exposed else 0.0
    if cause == "electrolyte_loss":
        p_extra /= 1.3  # some of these come as two-muscle (widespread) cramps

    episodes = []  # (time, dict, planted)
    sess_t = {}
    for i, s in enumerate(sessions):
        date = p.start_date + _dt.timedelta(days=s["day"])
        t0 = _round5(_dt.datetime(date.year, date.month, date.day, tzinfo=tz) + _dt.timedelta(hours=s["hour"]))
        sess_t[i] = t0

    def session_episode(i, planted):
        s = sessions[i]
        t0 = sess_t[i]
        musc = ACT[s["act"]][1]
        m = r.choice(musc[:3]) if r.random() < 0.85 else r.choice(musc)
        if r.random() < 0.55:
            t = t0 + _dt.timedelta(minutes=s["dur"] * r.uniform(0.55, 0.97))
            during = "exercise"
        else:
            t = t0 + _dt.timedelta(minutes=s["dur"] + r.uniform(10, 180))
            during = "after_exercise"
        episodes.append((t, _spasm(r, m, during), planted))
        if planted and cause == "electrolyte_loss" and r.random() < 0.3:
            m2 = r.choice([x for x in ("calf", "hamstring", "quadriceps", "abdomen", "hand") if x != m])
            episodes.append((t + _dt.timedelta(minutes=r.uniform(5, 40)), _spasm(r, m2, "after_exercise"), True))

    def night_episode(d, planted, in_sleep=True):
        n = night_of.get(d + 1) if in_sleep else None
        if n is not None:
            span = (n["wake"] - n["bed"]).total_seconds()
            t = n["bed"] + _dt.timedelta(seconds=span * r.uniform(0.25, 0.92))
            during = "sleep"
        else:
            date = p.start_date + _dt.timedelta(days=d)
            t = _dt.datetime(date.year, date.month, date.day, tzinfo=tz) + _dt.timedelta(hours=r.uniform(9, 21))
            during = "rest"
        m = r.choices(["calf", "foot", "toes", "hamstring", "quadriceps"], [6, 3, 1, 1, 1])[0]
        episodes.append((t, _spasm(r, m, during), planted))

    # background spasms (everybody)
    n_bg = r.randint(4, 15)
    for _ in range(n_bg):
        u = r.random()
        if u < 0.35 and sessions:
            session_episode(r.randrange(n_s), False)
        else:
            night_episode(r.choice(logged_days), False, in_sleep=u < 0.75)
    # twitches
    for _ in range(r.randint(2, 9)):
        d = r.choice(logged_days)
        date = p.start_date + _dt.timedelta(days=d)
        t = _dt.datetime(date.year, date.month, date.day, tzinfo=tz) + _dt.timedelta(hours=r.uniform(8, 22))
        m = r.choices(["eyelid", "calf", "quadriceps", "hand", "foot"], [5, 3, 1, 1, 1])[0]
        ep = {"kind": "twitch", "muscle": m, "duration_s": r.randint(2, 90), "pain": r.choice([0, 0, 1]),
              "during": "rest"}
        if m != "eyelid" and r.random() < 0.5:
            ep["side"] = r.choice(["left", "right"])
        episodes.append((t, ep, False))

    # planted episodes
    # Exposed units each carry the raised risk p_extra; to keep the planted count in range the
    # hit units are drawn as a weighted sample of that size (medication: risk ramps up after start).
    k_hit = min(len(exposed), round(p_extra * len(exposed)))
    if cause == "medication":
        ramp = r.uniform(10, 25)
        weights = [_clamp((u[1] - med_start_day + 1) / ramp, 0.15, 1.0) for u in exposed]
    else:
        weights = [1.0] * len(exposed)
    pool = list(zip(exposed, weights))
    hits = set()
    while len(hits) < k_hit and pool:
        tot = sum(w for _, w in pool)
        x = r.random() * tot
        for j, (u, w) in enumerate(pool):
            x -= w
            if x <= 0:
                break
        hits.add(pool.pop(j)[0])
    n_planted_units = 0
    for u in units:
        if u not in hits:
            continue
        n_planted_units += 1
        kind, k = u
        if kind == "s":
            session_episode(k, True)
        elif cause == "sleep_debt":
            n = night_of[k]
            t = n["wake"] + _dt.timedelta(hours=r.uniform(0.5, 14))
            during = "rest"
            same_day = [i for i, s in enumerate(sessions) if s["day"] == k]
            if same_day and r.random() < 0.4:
                session_episode(same_day[0], True)
                continue
            m = r.choices(["calf", "foot", "hamstring", "quadriceps", "eyelid"], [6, 2, 2, 1, 0])[0]
            episodes.append((t, _spasm(r, m, during), True))
        else:
            night_episode(k, True, in_sleep=r.random() < 0.8)

    # ---- build objects
    objs: list[dict] = []
    prof = {"type": "profile", "sex": p.sex, "birth_year": p.start_date.year - p.age,
            "body_mass_kg": p.mass, "height_cm": p.height, "timezone": p.tz}
    if p.sex == "female" and p.age < 45 and r.random() < 0.3:
        prof["pregnant"] = False
    objs.append(prof)

    for name, st, en in p.meds:
        objs.append({"type": "medication", "name": name, "start": st.isoformat()})
    if decoy:
        objs.append({"type": "medication", "name": decoy[0],
                     "start": (p.start_date + _dt.timedelta(days=decoy[1])).isoformat()})
    if med_name is not None:
        objs.append({"type": "medication", "name": med_name,
                     "start": (p.start_date + _dt.timedelta(days=med_start_day)).isoformat()})

    for i, s in enumerate(sessions):
        t0 = sess_t[i]
        act = "strength" if s["act"] == "strength_upper" else s["act"]
        w = {"type": "workout", "time": _iso(t0), "duration_min": s["dur"], "activity": act}
        if r.random() < 0.85:
            w["rpe"] = s["rpe"]
        if ACT[s["act"]][3] and r.random() < 0.8:
            w["distance_km"] = round(ACT[s["act"]][3] * s["dur"] / 60 * r.uniform(0.85, 1.15), 1)
        if r.random() < 0.4 * dil + 0.2:
            w["avg_hr"] = int(_clamp(95 + 9 * s["rpe"] + r.gauss(0, 6) - 0.3 * (p.age - 40), 70, 195))
        if s["outdoor"] and s["log_temp"]:
            w["temperature_c"] = round(s["temp"], 1)
            if r.random() < 0.8:
                w["humidity_pct"] = round(s["hum"])
        if s["log_mg"]:
            w["muscle_groups"] = list(ACT[s["act"]][1][:r.randint(2, len(ACT[s["act"]][1]))])
        if r.random() < 0.25:
            w["warm_up_min"] = r.choice([5, 10, 15])
        objs.append(w)
        end = t0 + _dt.timedelta(minutes=s["dur"])
        if s["log_bm"]:
            objs.append({"type": "body_mass", "time": _iso(t0 - _dt.timedelta(minutes=r.randint(5, 20))),
                         "kg": s["pre"], "context": "pre_workout"})
            objs.append({"type": "body_mass", "time": _iso(end + _dt.timedelta(minutes=r.randint(5, 20))),
                         "kg": s["post"], "context": "post_workout"})
        if s["log_drink"]:
            ml_total = s["drunk_l"] * 1000
            n_dr = max(1, int(s["dur"] // 30)) if ml_total >= 100 else 0
            for j in range(n_dr):
                ml = round(ml_total / n_dr, -1)
                if ml <= 0:
                    continue
                f = {"type": "fluid", "time": _iso(t0 + _dt.timedelta(minutes=s["dur"] * (j + 0.7) / (n_dr + 0.2))),
                     "ml": min(5000, ml), "drink": s["drink"]}
                objs.append(f)
            if s["post_ml"]:
                objs.append({"type": "fluid", "time": _iso(end + _dt.timedelta(minutes=r.randint(25, 60))),
                             "ml": s["post_ml"], "drink": s["post_drink"]})

    for n in nights:
        if not n["logged"]:
            continue
        sl = {"type": "sleep", "time": _iso(n["bed"])}
        if r.random() < 0.8:
            sl["end"] = _iso(n["wake"])
        else:
            sl["hours"] = round(n["hours"], 2)
        if r.random() < 0.6:
            sl["quality"] = n["quality"]
        objs.append(sl)

    daily_intake = {}
    for d in sorted(meal_days):
        date = p.start_date + _dt.timedelta(days=d)
        base = _dt.datetime(date.year, date.month, date.day, tzinfo=tz)
        book = LOW_MEALS if d in low_days else GOOD_MEALS
        tot = [0.0, 0.0, 0.0]
        for slot, hr in (("breakfast", 7.5), ("lunch", 12.7), ("dinner", 19.2), ("snack", 16.0)):
            if slot == "snack" and r.random() < 0.4:
                continue
            if r.random() < 0.07:
                continue
            items = []
            for food, g in r.choice(book[slot]):
                grams = round(g * r.uniform(0.75, 1.25))
                items.append({"food": food, "grams": grams})
                v = FOOD[food]
                for k in range(3):
                    tot[k] += v[k] * grams / 100
            objs.append({"type": "meal", "time": _iso(_round5(base + _dt.timedelta(hours=hr + r.gauss(0, 0.4)))),
                         "items": items})
        daily_intake[d] = tot

    drink_days = [d for d in logged_days if r.random() < drink_rate * 0.8]
    for d in drink_days:
        date = p.start_date + _dt.timedelta(days=d)
        base = _dt.datetime(date.year, date.month, date.day, tzinfo=tz)
        objs.append({"type": "fluid", "time": _iso(base + _dt.timedelta(hours=7.2 + r.random())),
                     "ml": r.choice([150, 200, 250, 300]), "drink": r.choice(["coffee", "coffee", "tea"])})
        for _ in range(r.randint(2, 5)):
            objs.append({"type": "fluid", "time": _iso(_round5(base + _dt.timedelta(hours=r.uniform(9, 21)))),
                         "ml": r.choice([200, 250, 330, 400, 500]),
                         "drink": r.choices(["water", "tea", "juice", "soft_drink", "milk"], [8, 2, 1, 1, 1])[0]})
        if r.random() < 0.15:
            objs.append({"type": "fluid", "time": _iso(base + _dt.timedelta(hours=20.5)), "ml": 500, "drink": "beer"})

    morning_days = [d for d in logged_days if r.random() < 0.1 + 0.25 * dil]
    for d in morning_days:
        n = night_of.get(d)
        if n is None:
            continue
        objs.append({"type": "body_mass", "time": _iso(n["wake"] + _dt.timedelta(minutes=15)),
                     "kg": round(p.mass + 0.6 * math.sin(d / 30) + r.gauss(0, 0.35), 1), "context": "morning"})

    episodes.sort(key=lambda e: e[0])
    for t, ep, _planted in episodes:
        objs.append({"type": "episode", "time": _iso(_round5(t)), **ep})

    for k, o in enumerate(objs):
        o["id"] = f"g{seed}-{cause or 'none'}-{k}"

    start = _dt.datetime(p.start_date.year, p.start_date.month, p.start_date.day, tzinfo=tz) - _dt.timedelta(days=1)
    last = p.start_date + _dt.timedelta(days=p.n_days)
    stop = _dt.datetime(last.year, last.month, last.day, tzinfo=tz) + _dt.timedelta(hours=23, minutes=59)

    n_planted = sum(1 for e in episodes if e[2])
    stats = {"arch": p.arch, "age": p.age, "tz": p.tz, "days": p.n_days, "sessions": n_s,
             "units": len(units), "exposed": len(exposed),
             "exposed_frac": round(len(exposed) / len(units), 3) if units else 0.0,
             "p_extra": round(p_extra, 3), "planted": n_planted, "background": n_bg,
             "spasms": sum(1 for e in episodes if e[1]["kind"] == "spasm"),
             "twitches": sum(1 for e in episodes if e[1]["kind"] == "twitch"),
             "exposure_fracs": {c: round(_frac([s["exp"][c] for s in sessions]), 3)
                                for c in ("dehydration", "electrolyte_loss", "muscle_fatigue",
                                          "training_load_spike", "heat")},
             "short_nights": round(_frac([n["short"] for n in nights]), 3),
             "low_days": round(len(low_days) / max(1, len(logged_days)), 3),
             "med": med_name, "med_start_day": med_start_day,
             "intake_pct_ref_low": _pct(daily_intake, low_days, True, REFS[p.sex]),
             "intake_pct_ref_ok": _pct(daily_intake, low_days, False, REFS[p.sex])}
    return BlindJournal(cause=cause, objects=objs, start=start, stop=stop, stats=stats)


def _elec(s) -> bool:
    return (s["na_loss"] >= 1500 and s["drink"] == "water" and s["na_in"] < 0.3 * s["na_loss"]
            and s["drunk_l"] >= 0.3)


def _pct(intake, low, want_low, ref):
    rows = [v for d, v in intake.items() if (d in low) == want_low]
    if not rows:
        return None
    return [round(100 * sum(x[k] for x in rows) / len(rows) / ref[k]) for k in range(3)]


def _frac(flags) -> float:
    flags = list(flags)
    return sum(1 for f in flags if f) / len(flags) if flags else 0.0


def _round5(t: _dt.datetime) -> _dt.datetime:
    t = t.replace(second=0, microsecond=0)
    return t - _dt.timedelta(minutes=t.minute % 5)


def _spasm(r: random.Random, muscle: str, during: str) -> dict:
    ep = {"kind": "spasm", "muscle": muscle, "duration_s": r.randint(20, 420 if during == "sleep" else 240),
          "pain": r.randint(3, 9), "during": during}
    if r.random() < 0.8:
        ep["side"] = r.choices(["left", "right", "both"], [4, 4, 1])[0]
    if r.random() < 0.7:
        rel = r.sample(["stretching", "massage", "walking_it_off", "rest", "hydration", "heat",
                        "pickle_juice", "magnesium"], r.choice([1, 1, 2]))
        if "stretching" not in rel and r.random() < 0.5:
            rel.insert(0, "stretching")
        ep["relief"] = rel
        ep["relieved"] = r.random() < 0.85
    if r.random() < 0.1:
        ep["flags"] = {"swelling": False, "weakness": False}
    return ep
