"""Blind journal generator F (independent examiner test data).

Written blind on 2026-12-01 from spec and evidence only: spec/journal.md (format),
spec/vocabulary.md (cause names and meanings) and research/evidence.md (what research says about
each cause).  The product's source, its tests and other generators were not read; nothing here
knows how the product scores anything.

Model
-----
Each seed picks a simulated person (sex, age, body, sport mix, climate/time zone, how diligently
they log).  The person logs for 4-9 months with whole-journal gaps (holidays, forgetting) and
training breaks (illness).  Physiology is simulated first and logged afterwards, partly:

* sessions: activity, duration, RPE, HR, distance; outdoor temperature/humidity from a seasonal
  climate model (logged when outdoors and known); sweat rate rises with heat and effort; drinks
  replace a person-specific share of sweat; pre/post body mass is logged on a subset (more often
  for long or hot sessions); sweat sodium = sweat volume x personal sweat concentration;
* sleep on most nights (usual length per person, clustered short nights);
* meals on runs of days (whole days, common USDA food names), daily drinks, supplements;
* medicines: unrelated ones for many people; a cramp-linked one only when planted.

Episodes are drawn as a hazard.  Units are sessions (exercise cramps during/after the session),
waking days (rest cramps) and whole days (rest + nocturnal cramps).  Every unit has a background
probability; the planted cause's true exposure multiplies it by a per-person factor m in [3, 8].
The exposure share (20-50 % of units) and the expected extra count (about 9-16) are targets; the
background probability is derived from them, so background spasms stay at about 4-15.  Natural
exposures (heat, short nights, load spikes after breaks, long sessions, dehydration) occur for
everyone at their natural rates but never change the hazard unless planted.

Exposure definitions used for planting (the generator's own ground truth):
  dehydration          session body-mass loss > 2 % (sweat minus drink during the session)
  electrolyte_loss     sweat sodium loss >= 1500 mg and drink sodium < 30 % of it (plain water)
  muscle_fatigue       duration >= 1.75x or load >= 2.2x the person's median session, or the
                       same primary muscle group on each of the two previous days
  training_load_spike  7-day load / (28-day load / 4) > 1.5 (session-RPE x minutes)
  heat                 outdoor apparent temperature >= 30 C (Steadman, from temp + humidity)
  nutrient_deficiency  day inside a low-Mg/K/Ca diet stretch (weeks long)
  sleep_debt           waking day after a night >= 1.5 h short of the person's usual
  medication           day after a cramp-linked medicine start (hazard ramps up over 10 days)

Standard library only; deterministic per (cause, seed).
"""
from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass
from zoneinfo import ZoneInfo

CAUSES = ("dehydration", "electrolyte_loss", "muscle_fatigue", "training_load_spike", "heat",
          "nutrient_deficiency", "sleep_debt", "medication")

SESSION_CAUSES = ("dehydration", "electrolyte_loss", "muscle_fatigue", "training_load_spike", "heat")

UTC = dt.timezone.utc


@dataclass
class BlindJournal:
    cause: str | None          # planted cause, None for a journal with no planted cause
    objects: list[dict]        # journal entries as JSON objects per spec/journal.md
    start: dt.datetime         # tz-aware
    stop: dt.datetime          # tz-aware


# --------------------------------------------------------------------------------------------
# static tables

# name: (outdoor probability, primary muscle groups, typical minutes (lo, hi), rpe (lo, hi),
#        speed km/h or None, sweat factor)
ACTIVITIES = {
    "running": (0.92, ["calf", "hamstring", "quadriceps"], (30, 65), (4, 7), 10.5, 1.0),
    "trail_running": (1.0, ["calf", "quadriceps", "hamstring"], (50, 110), (5, 7), 8.0, 1.0),
    "cycling": (0.8, ["quadriceps", "calf", "hamstring"], (50, 130), (4, 7), 26.0, 0.9),
    "swimming": (0.1, ["calf", "foot", "shoulder"], (30, 60), (4, 7), 2.8, 0.45),
    "walking": (0.95, ["calf", "foot"], (30, 80), (2, 3), 5.0, 0.5),
    "hiking": (1.0, ["calf", "quadriceps", "foot"], (90, 240), (3, 5), 4.0, 0.75),
    "team_sport": (0.85, ["hamstring", "calf", "quadriceps", "adductor"], (60, 100), (5, 8), None, 1.05),
    "racket_sport": (0.6, ["calf", "forearm", "quadriceps"], (45, 110), (5, 7), None, 1.0),
    "strength": (0.0, ["quadriceps", "hamstring", "glute"], (40, 75), (5, 8), None, 0.6),
    "crossfit": (0.05, ["quadriceps", "shoulder", "abdomen"], (35, 60), (6, 9), None, 0.95),
    "hiit": (0.1, ["quadriceps", "calf", "abdomen"], (25, 45), (6, 9), None, 0.9),
    "rowing": (0.3, ["upper_back", "quadriceps", "forearm"], (35, 75), (5, 7), 12.0, 0.9),
    "yoga": (0.05, ["hamstring", "abdomen"], (45, 75), (2, 4), None, 0.35),
    "pilates": (0.0, ["abdomen", "hip_flexor"], (45, 60), (3, 5), None, 0.35),
    "dance": (0.0, ["calf", "foot"], (45, 90), (4, 6), None, 0.7),
    "climbing": (0.3, ["forearm", "fingers", "upper_back"], (60, 120), (5, 7), None, 0.55),
}
STRENGTH_SPLITS = [["quadriceps", "hamstring", "glute"], ["chest", "triceps", "shoulder"],
                   ["upper_back", "biceps", "forearm"]]

# primary activity, weight, outdoor-heavy?
PRIMARY = [("running", 22), ("cycling", 14), ("team_sport", 9), ("racket_sport", 7),
           ("trail_running", 5), ("strength", 10), ("crossfit", 5), ("swimming", 6),
           ("walking", 6), ("hiking", 3), ("hiit", 4), ("rowing", 3), ("yoga", 3), ("dance", 2),
           ("climbing", 1)]
OUTDOOR_PRIMARY = ["running", "cycling", "team_sport", "racket_sport", "trail_running", "hiking"]
ENDURANCE_PRIMARY = ["running", "cycling", "team_sport", "trail_running", "racket_sport"]

# tz, annual mean daily max C, seasonal amplitude, humidity base %, southern hemisphere?, weight
CLIMATES = [
    ("Europe/Berlin", 14.0, 11.0, 68, False, 8), ("Europe/London", 15.0, 7.5, 72, False, 7),
    ("Europe/Madrid", 21.0, 10.5, 45, False, 5), ("Europe/Athens", 23.0, 9.0, 55, False, 3),
    ("America/Chicago", 15.0, 15.0, 66, False, 5), ("America/New_York", 17.0, 12.0, 62, False, 6),
    ("America/Phoenix", 30.0, 10.5, 25, False, 3), ("America/Los_Angeles", 23.0, 4.5, 60, False, 4),
    ("Asia/Singapore", 31.0, 1.0, 78, False, 2), ("Australia/Brisbane", 26.0, 4.5, 66, True, 3),
    ("Australia/Sydney", 22.0, 4.5, 64, True, 4), ("America/Sao_Paulo", 25.0, 3.5, 74, True, 3),
    ("Asia/Tokyo", 20.0, 10.0, 70, False, 4), ("Europe/Oslo", 10.0, 11.0, 72, False, 3),
    ("America/Toronto", 13.0, 14.0, 68, False, 4), ("Asia/Dubai", 34.0, 7.5, 52, False, 2),
    ("Europe/Rome", 20.0, 9.5, 62, False, 4),
]

# food: (Mg, K, Ca) mg per 100 g, approximate (USDA SR), used only for the generator's own
# ground truth about low-mineral stretches.
FOOD = {
    "oats": (177, 429, 54), "milk, lowfat": (11, 150, 125), "milk, whole": (10, 132, 113),
    "yogurt, plain": (12, 155, 121), "banana, raw": (27, 358, 5), "spinach, raw": (79, 558, 99),
    "potato, baked": (28, 535, 15), "sweet potato, baked": (27, 475, 38),
    "lentils, mature seeds, cooked, boiled, without salt": (36, 369, 19),
    "beans, black, mature seeds, cooked, boiled, without salt": (70, 355, 27),
    "almonds": (270, 733, 269), "cashews": (292, 660, 37), "pumpkin seeds": (550, 800, 46),
    "chia seeds": (335, 407, 631), "salmon, atlantic, farmed, cooked, dry heat": (30, 384, 15),
    "cheese, cheddar": (27, 98, 710), "broccoli, cooked": (21, 293, 40),
    "kale, cooked": (23, 228, 150), "tofu": (58, 121, 350), "dried apricots": (32, 1160, 55),
    "chocolate, dark": (228, 715, 73), "peanut butter": (168, 649, 43),
    "rice, brown, long-grain, cooked": (43, 43, 10), "bread, whole-wheat": (75, 250, 160),
    "orange, raw": (10, 181, 40), "avocados, raw, all commercial varieties": (29, 485, 12),
    "tomatoes, red, ripe, raw, year round average": (11, 237, 10),
    "strawberries, raw": (13, 153, 16), "blueberries, raw": (6, 77, 6),
    "carrots, raw": (12, 320, 33), "chicken breast, cooked": (29, 256, 15),
    "eggs, scrambled": (12, 132, 66), "tuna, canned": (27, 237, 11),
    # refined / low-mineral foods
    "white bread": (23, 100, 150), "bagel": (25, 160, 20),
    "rice, white, long-grain, regular, enriched, cooked": (12, 35, 10),
    "pasta, cooked, enriched, without added salt": (18, 44, 7), "butter": (2, 24, 24),
    "honey": (2, 52, 6), "jams and preserves": (4, 77, 20), "croissants, butter": (16, 118, 37),
    "onion, raw": (10, 146, 23), "apples, raw, with skin": (5, 107, 6),
    "watermelon, raw": (10, 112, 7),
}

GOOD_MEALS = {
    "breakfast": [[("oats", 50, 90), ("milk, lowfat", 200, 300), ("banana, raw", 100, 140)],
                  [("yogurt, plain", 150, 250), ("blueberries, raw", 60, 120), ("almonds", 20, 35)],
                  [("bread, whole-wheat", 60, 100), ("peanut butter", 20, 35), ("banana, raw", 100, 130)],
                  [("oats", 50, 80), ("yogurt, plain", 120, 200), ("chia seeds", 10, 20),
                   ("strawberries, raw", 80, 150)]],
    "lunch": [[("lentils, mature seeds, cooked, boiled, without salt", 150, 250), ("spinach, raw", 40, 90),
               ("bread, whole-wheat", 50, 80), ("cheese, cheddar", 30, 50)],
              [("beans, black, mature seeds, cooked, boiled, without salt", 150, 220),
               ("rice, brown, long-grain, cooked", 150, 220), ("avocados, raw, all commercial varieties", 50, 100),
               ("tomatoes, red, ripe, raw, year round average", 80, 150)],
              [("tuna, canned", 80, 140), ("bread, whole-wheat", 70, 100), ("spinach, raw", 40, 80),
               ("yogurt, plain", 120, 180)],
              [("tofu", 120, 200), ("rice, brown, long-grain, cooked", 150, 220), ("broccoli, cooked", 100, 160)]],
    "dinner": [[("salmon, atlantic, farmed, cooked, dry heat", 120, 180), ("potato, baked", 200, 320),
                ("broccoli, cooked", 100, 160)],
               [("chicken breast, cooked", 120, 180), ("sweet potato, baked", 180, 280), ("kale, cooked", 80, 140)],
               [("lentils, mature seeds, cooked, boiled, without salt", 180, 260), ("spinach, raw", 60, 100),
                ("rice, brown, long-grain, cooked", 120, 180), ("yogurt, plain", 80, 120)],
               [("tofu", 120, 180), ("beans, black, mature seeds, cooked, boiled, without salt", 120, 180),
                ("carrots, raw", 60, 120), ("cheese, cheddar", 25, 40)]],
    "snack": [[("almonds", 25, 40), ("dried apricots", 30, 50)], [("yogurt, plain", 150, 220)],
              [("pumpkin seeds", 15, 30), ("orange, raw", 120, 180)],
              [("chocolate, dark", 20, 35), ("cashews", 20, 35)], [("milk, lowfat", 250, 300)]],
}
LOW_MEALS = {
    "breakfast": [[("white bread", 70, 110), ("butter", 8, 15), ("jams and preserves", 15, 30)],
                  [("croissants, butter", 60, 90), ("jams and preserves", 15, 25)],
                  [("bagel", 80, 110), ("butter", 8, 15), ("honey", 10, 20)]],
    "lunch": [[("pasta, cooked, enriched, without added salt", 200, 300), ("butter", 5, 12)],
              [("rice, white, long-grain, regular, enriched, cooked", 200, 300), ("chicken breast, cooked", 70, 110)],
              [("white bread", 90, 130), ("eggs, scrambled", 60, 100)]],
    "dinner": [[("rice, white, long-grain, regular, enriched, cooked", 200, 300), ("eggs, scrambled", 80, 120),
                ("onion, raw", 20, 40)],
               [("pasta, cooked, enriched, without added salt", 220, 320), ("chicken breast, cooked", 60, 100)],
               [("white bread", 80, 120), ("eggs, scrambled", 80, 120), ("butter", 8, 15)]],
    "snack": [[("apples, raw, with skin", 120, 180)], [("honey", 15, 25), ("white bread", 40, 60)],
              [("watermelon, raw", 150, 250)], [("croissants, butter", 50, 70)]],
}

UNRELATED_MEDS = ["cetirizine", "loratadine", "paracetamol", "ibuprofen", "metformin", "lisinopril",
                  "sertraline", "montelukast", "amoxicillin", "tamsulosin", "allopurinol", "losartan",
                  "escitalopram", "fluticasone nasal spray"]
# cramp-linked per evidence §2.10 (statins, thiazide-like and potassium-sparing diuretics,
# LABAs, beta-agonists, calcium-channel blockers, raloxifene, naproxen)
CRAMP_MEDS_OLDER = ["atorvastatin", "simvastatin", "rosuvastatin", "hydrochlorothiazide",
                    "indapamide", "chlorthalidone", "spironolactone", "amiloride", "nifedipine"]
CRAMP_MEDS_YOUNGER = ["salmeterol", "formoterol", "salbutamol", "naproxen"]

DRINK_NA = {"water": 0, "sports_drink": 460, "electrolyte_drink": 1000, "ors": 1725,
            "coconut_water": 250, "milk": 430, "juice": 50, "coffee": 20, "tea": 10,
            "soft_drink": 100, "beer": 40, "other": 0}

RELIEFS = ["stretching", "massage", "heat", "cold", "hydration", "magnesium", "pickle_juice",
           "rest", "walking_it_off"]


# --------------------------------------------------------------------------------------------
# helpers

def _clip(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


def _apparent_temp(t, rh):
    e = rh / 100.0 * 6.105 * math.exp(17.27 * t / (237.7 + t))
    return t + 0.33 * e - 4.0


def _day_shape(h):
    """0 at 06:00 (daily minimum), 1 at 15:00 (maximum)."""
    if h < 6:
        h += 24
    if h <= 15:
        return (1 - math.cos(math.pi * (h - 6) / 9)) / 2
    return (1 + math.cos(math.pi * (h - 15) / 15)) / 2


def _bisect(fn, lo, hi, target, increasing=True, iters=22):
    """Find x in [lo, hi] with fn(x) ~ target for a monotone fn."""
    for _ in range(iters):
        mid = (lo + hi) / 2
        v = fn(mid)
        if (v < target) == increasing:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


class _Clock:
    def __init__(self, tzname, day0):
        self.tz = ZoneInfo(tzname)
        self.day0 = day0

    def at(self, day, hour):
        """Aware local datetime for day index and fractional local hour (may exceed 24)."""
        extra, h = divmod(hour, 24.0)
        d = self.day0 + dt.timedelta(days=day + int(extra))
        minutes = int(round(h * 60))
        if minutes >= 1440:
            minutes = 1439
        return dt.datetime(d.year, d.month, d.day, minutes // 60, minutes % 60, tzinfo=self.tz)

    def plus(self, t, minutes):
        return (t.astimezone(UTC) + dt.timedelta(minutes=minutes)).astimezone(self.tz)


def _iso(t):
    return t.isoformat(timespec="seconds")


# --------------------------------------------------------------------------------------------
# person

def _draw_person(seed, cause, r):
    p = {}
    p["sex"] = r.choices(["female", "male", "other"], [0.48, 0.5, 0.02])[0]
    p["age"] = int(r.triangular(19, 75, 36))
    male = p["sex"] == "male"
    p["height"] = round(r.gauss(178 if male else 166, 7), 1)
    bmi = _clip(r.gauss(24.5, 3.0), 18.5, 34)
    p["mass"] = round(bmi * (p["height"] / 100) ** 2, 1)
    names = [a for a, _ in PRIMARY]
    weights = [w for _, w in PRIMARY]
    p["primary"] = r.choices(names, weights)[0]
    others = [a for a in ACTIVITIES if a != p["primary"]]
    p["secondary"] = r.sample(others, r.choice([0, 1, 1, 2]))
    cl = r.choices(CLIMATES, [c[5] for c in CLIMATES])[0]
    p["climate"] = cl
    p["spw"] = r.choice([2, 3, 3, 4, 4, 4, 5, 5, 6])
    p["tod"] = r.choices(["morning", "midday", "evening", "mixed"], [4, 1, 4, 2])[0]
    p["sweat_rate"] = _clip(r.gauss(1.0, 0.28), 0.45, 1.9)           # L/h at rpe 6, 20 C
    p["sweat_na"] = _clip(r.gauss(760, 230), 300, 1150)              # mg/L
    p["replace"] = _clip(r.gauss(0.55, 0.17), 0.2, 0.95)             # share of sweat drunk
    p["sports_drink"] = _clip(r.gauss(0.3, 0.22), 0.0, 0.85)         # P(sports drink | >60 min)
    dil = _clip(r.gauss(0.7, 0.18), 0.3, 1.0)
    p["dil"] = dil
    p["rate_sleep"] = _clip(0.55 + 0.4 * dil + r.uniform(-0.05, 0.05), 0.6, 0.98)
    p["rate_rpe"] = _clip(0.35 + 0.6 * dil, 0.4, 1.0)
    p["rate_temp"] = _clip(0.35 + 0.6 * dil + r.uniform(-0.1, 0.1), 0.5, 0.97)
    p["rate_muscles"] = _clip(0.1 + 0.7 * dil + r.uniform(-0.15, 0.15), 0.1, 0.9)
    p["rate_bm"] = _clip(0.15 + 0.55 * dil + r.uniform(-0.1, 0.1), 0.25, 0.8)
    p["rate_fluid_session"] = _clip(0.25 + 0.6 * dil, 0.35, 0.9)
    p["rate_fluid_day"] = _clip(0.05 + 0.5 * dil, 0.1, 0.6)
    p["rate_meal"] = _clip(0.15 + 0.55 * dil + r.uniform(-0.1, 0.1), 0.3, 0.75)
    p["rate_detail"] = _clip(0.3 + 0.7 * dil, 0.4, 1.0)
    p["hr_monitor"] = r.random() < 0.6
    p["morning_weigh"] = r.random() < 0.35 * dil
    p["usual_sleep"] = _clip(r.gauss(7.3, 0.5), 6.3, 8.6)
    p["bedtime"] = _clip(r.gauss(23.0, 0.6), 21.5, 24.8)
    p["m"] = r.uniform(3.0, 8.0)
    p["med_unrelated"] = r.random() < 0.5 + 0.3 * (p["age"] > 50)

    # cause-specific adjustments (the person must be able to carry the exposure)
    if cause == "heat":
        if ACTIVITIES[p["primary"]][0] < 0.6:
            p["primary"] = r.choice(OUTDOOR_PRIMARY)
        p["secondary"] = [a for a in p["secondary"] if ACTIVITIES[a][0] >= 0.5]
        if cl[2] < 3.0 or cl[0] in ("Europe/Oslo",):
            p["climate"] = r.choice([c for c in CLIMATES if c[2] >= 4.0 and c[0] != "Europe/Oslo"])
    elif cause == "electrolyte_loss":
        if p["primary"] not in ENDURANCE_PRIMARY:
            p["primary"] = r.choice(ENDURANCE_PRIMARY)
        p["sweat_rate"] = _clip(p["sweat_rate"] + 0.3, 1.0, 2.0)
        p["replace"] = r.uniform(0.75, 1.0)
        p["sports_drink"] = r.uniform(0.0, 0.08)
    elif cause == "dehydration":
        if p["primary"] not in ENDURANCE_PRIMARY + ["hiking", "crossfit"]:
            p["primary"] = r.choice(ENDURANCE_PRIMARY)
        p["rate_bm"] = max(p["rate_bm"], r.uniform(0.45, 0.8))
    elif cause == "muscle_fatigue":
        p["spw"] = min(p["spw"], r.choice([3, 4]))
    elif cause == "training_load_spike":
        p["spw"] = min(p["spw"], r.choice([3, 4]))
    elif cause == "medication":
        p["age"] = max(p["age"], int(r.triangular(25, 75, 55)))
    if cause is not None:
        p["m"] = r.uniform(3.0, 8.0)
    p["tz"] = p["climate"][0]
    return p


# --------------------------------------------------------------------------------------------
# main generator

def blind_journal(cause: str | None, seed: int) -> BlindJournal:
    return blind_journal_with_truth(cause, seed)[0]


def blind_journal_with_truth(cause: str | None, seed: int):
    """Like blind_journal, plus a dict with the generator's planting statistics."""
    if cause is not None and cause not in CAUSES:
        raise ValueError(f"unknown cause {cause!r}")
    pr = random.Random(f"bjf-person-{seed}")
    r = random.Random(f"bjf-{seed}-{cause}")
    p = _draw_person(seed, cause, pr)

    # ---- timeline
    day0 = dt.date(2025, 3, 1) + dt.timedelta(days=r.randrange(0, 330))
    n_days = int(r.uniform(4.0, 9.0) * 30.4)
    logged = [True] * n_days
    can_train = [True] * n_days
    for _ in range(r.choice([1, 2, 2, 3, 4])):                 # logging gaps (nothing logged)
        ln = r.choice([3, 4, 5, 7, 8, 10, 14, 17, 21])
        s = r.randrange(20, max(21, n_days - ln - 5))
        for d in range(s, min(n_days, s + ln)):
            logged[d] = False
    for _ in range(r.choice([0, 1, 1, 2])):                    # training breaks (ill, busy)
        ln = r.randint(4, 12)
        s = r.randrange(10, max(11, n_days - ln - 5))
        for d in range(s, min(n_days, s + ln)):
            can_train[d] = False
    for d in range(n_days):
        if not logged[d]:
            can_train[d] = False
    for d in range(n_days):                                    # scattered forgotten days
        if r.random() < 0.03 * (1.3 - p["dil"]):
            logged[d] = False
            can_train[d] = False

    truth = {"cause": cause, "m": round(p["m"], 2), "days": n_days, "tz": p["tz"],
             "primary": p["primary"], "age": p["age"], "sex": p["sex"]}

    # ---- heavy blocks (load spikes): natural ones are rare and milder
    def make_blocks(rb, spacing):
        out = []
        d = rb.randint(36, 45)
        while d + 8 < n_days - 3:
            ln = rb.randint(9, 13)
            out.append((d, d + ln, rb.uniform(1.5, 1.8), 1.5))
            d += ln + spacing + rb.randint(0, 8)
        return out

    def build_sessions(blocks, sk):
        def block_of(d):
            for b in blocks:
                if b[0] <= d < b[1]:
                    return b
            return None
        acts = [p["primary"]] * 3 + p["secondary"]
        pref_days = sk.sample(range(7), min(7, p["spw"] + 1))
        sessions = []
        weekly = 1.0
        split_i = 0
        for d in range(n_days):
            if d % 7 == 0:
                weekly = _clip(math.exp(sk.gauss(0, 0.15)), 0.65, 1.4)
            wd = (day0 + dt.timedelta(days=d)).weekday()
            b = block_of(d)
            base = p["spw"] / 7.0 * weekly
            pt = base * (1.35 if wd in pref_days else 0.45)
            if b is not None:
                pt = max(pt, 0.9)
            pt = _clip(pt, 0.0, 0.95)
            u_train = sk.random()
            n_here = 0
            if can_train[d] and u_train < pt:
                n_here = 1
                if b is not None and sk.random() < 0.25 * b[3]:
                    n_here = 2
            for k in range(n_here):
                act = sk.choice(acts)
                info = ACTIVITIES[act]
                if p["tod"] == "mixed":
                    tod = sk.choice(["morning", "midday", "evening"])
                else:
                    tod = p["tod"] if sk.random() < 0.8 else sk.choice(["morning", "midday", "evening"])
                if n_here == 2:
                    tod = "morning" if k == 0 else "evening"
                if wd >= 5 and tod != "evening" and sk.random() < 0.5:
                    hour = sk.uniform(8.0, 10.5)
                else:
                    hour = {"morning": sk.uniform(6.0, 8.0), "midday": sk.uniform(11.8, 13.2),
                            "evening": sk.uniform(17.2, 19.5)}[tod]
                muscles = list(info[1])
                if act == "strength":
                    muscles = list(STRENGTH_SPLITS[split_i % 3])
                    split_i += 1
                long_weekend = (wd >= 5 and act in ("running", "cycling", "trail_running", "hiking"))
                sessions.append({
                    "day": d, "act": act, "hour": hour, "outdoor": sk.random() < info[0],
                    "muscles": muscles,
                    "base_dur": sk.uniform(*info[2]) * (sk.uniform(1.2, 1.4) if long_weekend else 1.0)
                    * (math.sqrt(weekly)),
                    "base_rpe": sk.uniform(info[3][0], info[3][1] + 0.99),
                    "u_long": sk.random(), "long_mult": sk.uniform(2.0, 2.7),
                    "z_drink": sk.gauss(0, 0.13), "u_sd": sk.random(), "u_log": sk.random(),
                    "u_bm": sk.random(), "u_fl": sk.random(), "u_t": sk.random(), "u_rpe": sk.random(),
                    "u_mus": sk.random(), "z_w": sk.gauss(0, 1), "z_rh": sk.gauss(0, 1),
                    "block": b, "u_hr": sk.random(), "z_pre": sk.gauss(0, 0.25),
                })
        return sessions

    sk_seed = f"bjf-sk-{seed}-{cause}"
    block_trials = []
    if cause == "training_load_spike":
        for spacing in (22, 26, 30, 35, 40, 48):
            block_trials.append(make_blocks(random.Random(f"{sk_seed}-{spacing}"), spacing))
        blocks = block_trials[2]
    elif r.random() < 0.35 and n_days > 80:
        d = r.randint(40, n_days - 20)
        blocks = [(d, d + r.randint(6, 10), r.uniform(1.15, 1.35), 0.8)]
    else:
        blocks = []
    sessions = build_sessions(blocks, random.Random(sk_seed))
    # daily weather noise (AR1)
    wx = []
    z = 0.0
    for d in range(n_days):
        z = 0.7 * z + math.sqrt(1 - 0.49) * r.gauss(0, 1)
        wx.append(z)
    rh_noise = [r.gauss(0, 8) for _ in range(n_days)]

    def weather(d, hour, offset):
        _tz, tmean, tamp, rh_base, south, _w = p["climate"]
        doy = (day0 + dt.timedelta(days=d)).timetuple().tm_yday
        peak = 15 if south else 200
        tmax = tmean + offset + tamp * math.cos(2 * math.pi * (doy - peak) / 365.25) + 3.0 * wx[d]
        tmin = tmax - 9.0
        sh = _day_shape(hour)
        t = tmin + (tmax - tmin) * sh
        rh = _clip(rh_base + 22 * (1 - sh) - 12 * sh + rh_noise[d], 12, 100)
        return t, rh

    def realize(offset=0.0, replace=None, conc=None, p_long=0.03, sweat_mult=1.0):
        rep = p["replace"] if replace is None else replace
        cna = p["sweat_na"] if conc is None else conc
        for s in sessions:
            info = ACTIVITIES[s["act"]]
            dur = s["base_dur"]
            rpe = s["base_rpe"]
            s["long"] = s["u_long"] < p_long
            if s["long"]:
                dur *= s["long_mult"]
                rpe += 1.6
            if s["block"] is not None:
                dur *= s["block"][2]
                rpe += 0.8 * s["block"][3]
            dur = _clip(round(dur / 5) * 5, 15, 600)
            rpe = _clip(int(rpe), 1, 10)
            s["dur"], s["rpe"] = dur, rpe
            s["load"] = dur * rpe
            if s["outdoor"]:
                t, rh = weather(s["day"], s["hour"] + dur / 120.0, offset)
            else:
                t, rh = 21.0 + (2.0 if s["act"] in ("crossfit", "hiit") else 0.0), 45.0
            s["t"], s["rh"] = t, rh
            s["at"] = _apparent_temp(t, rh)
            heat_f = _clip(1 + 0.045 * (s["at"] - 20), 0.7, 1.9)
            effort_f = 0.55 + 0.075 * rpe
            s["sweat"] = p["sweat_rate"] * sweat_mult * heat_f * effort_f * info[5] * dur / 60.0
            share = _clip(rep + s["z_drink"], 0.05, 1.15)
            s["drunk"] = s["sweat"] * share
            if dur > 60 and s["u_sd"] < p["sports_drink"]:
                s["drink"] = "sports_drink" if s["u_sd"] < 0.8 * p["sports_drink"] else "electrolyte_drink"
            else:
                s["drink"] = "water"
            s["na_loss"] = s["sweat"] * cna
            s["na_in"] = s["drunk"] * DRINK_NA[s["drink"]]
            s["loss_pct"] = 100.0 * (s["sweat"] - s["drunk"]) / p["mass"]

    # ---- exposures
    def exp_heat(s):
        return s["outdoor"] and s["at"] >= 30.0

    def exp_dehyd(s):
        return s["loss_pct"] > 2.0

    def exp_elec(s):
        return s["na_loss"] >= 1500 and s["na_in"] < 0.3 * s["na_loss"]

    def fatigue_flags():
        durs = sorted(s["dur"] for s in sessions) or [1]
        loads = sorted(s["load"] for s in sessions) or [1]
        md, ml = durs[len(durs) // 2], loads[len(loads) // 2]
        by_day = {}
        for s in sessions:
            by_day.setdefault(s["day"], set()).update(s["muscles"][:1])
        out = []
        for s in sessions:
            far = s["dur"] >= 1.75 * md or s["load"] >= 2.2 * ml
            prim = s["muscles"][0]
            b2b = prim in by_day.get(s["day"] - 1, ()) and prim in by_day.get(s["day"] - 2, ())
            out.append(far or b2b)
        return out

    def acwr_flags():
        load = [0.0] * n_days
        for s in sessions:
            load[s["day"]] += s["load"]
        out = []
        for s in sessions:
            d = s["day"]
            if d < 28:
                out.append(False)
                continue
            acute = sum(load[d - 6:d + 1])
            chronic = sum(load[d - 27:d + 1]) / 4.0
            out.append(chronic > 0 and acute / chronic > 1.5)
        return out

    def frac(flags):
        return sum(flags) / max(1, len(flags))

    f_target = r.uniform(0.22, 0.45)
    offset, replace, conc, p_long, sweat_mult = 0.0, None, None, 0.03, 1.0
    if cause == "heat":
        def fh(o):
            realize(offset=o)
            return frac([exp_heat(s) for s in sessions])
        warm = [c for c in CLIMATES if c[1] + c[2] >= 28.0 and c[2] >= 4.0]
        for _try in range(6):
            if fh(6.0) >= f_target and fh(-6.0) <= f_target:
                break
            if fh(6.0) < f_target:
                p["climate"] = r.choice(warm)      # the person lives somewhere warmer
            else:
                p["climate"] = r.choice([c for c in CLIMATES if c[2] >= 7.0 and c[1] < 22])
        offset = _bisect(fh, -6.0, 6.0, f_target)
    elif cause == "dehydration":
        def fd(x):
            realize(replace=x)
            return frac([exp_dehyd(s) for s in sessions])
        if fd(0.12) < f_target:                   # a heavy sweater who drinks little
            replace = r.uniform(0.08, 0.2)

            def fs(x):
                realize(replace=replace, sweat_mult=x)
                return frac([exp_dehyd(s) for s in sessions])
            sweat_mult = _bisect(fs, 1.0, 2.3 / p["sweat_rate"], f_target)
        else:
            replace = _bisect(fd, 0.0, 1.0, f_target, increasing=False)
    elif cause == "electrolyte_loss":
        def fe(x):
            realize(conc=x)
            return frac([exp_elec(s) for s in sessions])
        conc = _bisect(fe, 500.0, 1900.0, f_target)
    elif cause == "muscle_fatigue":
        def ff(x):
            realize(p_long=x)
            return frac(fatigue_flags())
        p_long = _bisect(ff, 0.0, 0.45, f_target, iters=14)
    elif cause == "training_load_spike":
        best = None
        for k, trial in enumerate(block_trials):
            cand = build_sessions(trial, random.Random(sk_seed))
            sessions = cand
            realize()
            fr = frac(acwr_flags())
            if best is None or abs(fr - f_target) < best[0]:
                best = (abs(fr - f_target), trial)
        blocks = best[1]
        sessions = build_sessions(blocks, random.Random(sk_seed))
    realize(offset=offset, replace=replace, conc=conc, p_long=p_long, sweat_mult=sweat_mult)
    p["tz"] = p["climate"][0]
    clock = _Clock(p["tz"], day0)
    truth["tz"] = p["tz"]
    truth.update({"temp_offset": round(offset, 2), "replace": round(replace if replace is not None else p["replace"], 3),
                  "sweat_na": round(conc if conc is not None else p["sweat_na"]), "p_long": round(p_long, 3),
                  "sweat_rate": round(p["sweat_rate"] * sweat_mult, 2), "blocks": len(blocks)})

    sess_exp = {
        "heat": [exp_heat(s) for s in sessions],
        "dehydration": [exp_dehyd(s) for s in sessions],
        "electrolyte_loss": [exp_elec(s) for s in sessions],
        "muscle_fatigue": fatigue_flags(),
        "training_load_spike": acwr_flags(),
    }
    truth["natural_session_exposure"] = {k: round(frac(v), 3) for k, v in sess_exp.items()}

    # ---- sleep (night indexed by wake day d: bedtime on d-1 evening)
    zs = []
    z = 0.0
    for d in range(n_days):
        z = 0.6 * z + 0.8 * r.gauss(0, 1)
        zs.append(z)
    if cause == "sleep_debt":
        f_sleep = r.uniform(0.25, 0.4)
    else:
        f_sleep = r.uniform(0.03, 0.12)
    thr = sorted(zs)[int((1 - f_sleep) * (n_days - 1))]
    nights = []
    for d in range(n_days):
        short = zs[d] > thr
        hours = p["usual_sleep"] + r.gauss(0, 0.4)
        bed = p["bedtime"] + r.gauss(0, 0.35) + (0.6 if (day0 + dt.timedelta(days=d - 1)).weekday() >= 4 else 0)
        if short:
            cut = r.uniform(1.7, 3.4)
            hours -= cut
            if r.random() < 0.6:
                bed += cut * r.uniform(0.5, 1.0)
        hours = _clip(hours, 3.0, 10.5)
        wake = bed + hours
        if wake - 24 > 9.8:
            wake = 24 + 9.8
            hours = wake - bed
        nights.append({"day": d, "bed": bed, "hours": hours, "short_true": p["usual_sleep"] - hours >= 1.5,
                       "log": logged[d] and (d == 0 or logged[d - 1]) and r.random() < p["rate_sleep"],
                       "q": int(_clip(round(3 + (hours - p["usual_sleep"]) * 0.9 + r.gauss(0, 0.7)), 1, 5))})

    # ---- diet: low-mineral stretches and meal logging runs
    low = [False] * n_days
    if cause == "nutrient_deficiency":
        tgt = r.uniform(0.25, 0.45)
        for _try in range(20):
            low = [False] * n_days
            d = r.randint(10, 40)
            while d < n_days - 7:
                ln = r.randint(14, 35)
                for k in range(d, min(n_days, d + ln)):
                    low[k] = True
                d += ln + r.randint(int(ln * (1 - tgt) / tgt * 0.6), int(ln * (1 - tgt) / tgt * 1.4) + 1)
            if 0.2 <= sum(low) / n_days <= 0.5:
                break
    elif r.random() < 0.25:
        d = r.randint(0, max(0, n_days - 12))
        for k in range(d, min(n_days, d + r.randint(5, 10))):
            low[k] = True
    meal_log = []
    on = r.random() < p["rate_meal"]
    p_on = 0.12 * p["rate_meal"] / max(0.05, 1 - p["rate_meal"])
    for d in range(n_days):
        if on:
            on = r.random() < 0.88
        else:
            on = r.random() < p_on
        meal_log.append(on and logged[d])
    diet_quality = r.uniform(0.8, 0.97)

    # ---- medicines
    meds = []
    if p["med_unrelated"]:
        for name in r.sample(UNRELATED_MEDS, r.choice([1, 1, 2, 3])):
            if r.random() < 0.6:
                st = day0 - dt.timedelta(days=r.randint(60, 2000))
                en = None
            else:
                sd = r.randint(5, n_days - 10)
                st = day0 + dt.timedelta(days=sd)
                en = st + dt.timedelta(days=r.randint(5, 21)) if name in ("amoxicillin", "ibuprofen") else None
            meds.append((name, st, en))
    med_start = None
    if cause == "medication":
        f_med = r.uniform(0.25, 0.42)
        sd = int(n_days * (1 - f_med))
        while sd > 0 and not logged[sd]:
            sd -= 1
        med_start = sd
        pool = CRAMP_MEDS_OLDER if p["age"] >= 45 else CRAMP_MEDS_YOUNGER
        mname = r.choice(pool)
        meds.append((mname, day0 + dt.timedelta(days=sd), None))
        truth["medicine"] = mname
        truth["med_start_day"] = sd

    # ---- hazard units
    sess_units = [i for i, s in enumerate(sessions)]                       # all sessions are logged days
    wake_units = [d for d in range(n_days) if logged[d]]
    day_units = [d for d in range(n_days) if logged[d]]

    def mult_for(kind, key):
        """Exposure intensity in [0, 1] for the planted cause on a unit."""
        if cause is None:
            return 0.0
        if cause in SESSION_CAUSES:
            return 1.0 if (kind == "session" and sess_exp[cause][key]) else 0.0
        if cause == "sleep_debt":
            return 1.0 if (kind == "wake" and nights[key]["short_true"]) else 0.0
        if cause == "nutrient_deficiency":
            return 1.0 if (kind == "day" and low[key]) else 0.0
        if cause == "medication":
            if kind == "day" and key >= med_start:
                return min(1.0, (key - med_start + 1) / 10.0)
            return 0.0
        return 0.0

    m = p["m"]
    t_extra = r.uniform(9.0, 16.0)
    b_total = r.uniform(5.0, 12.0)
    units = {"session": sess_units, "wake": wake_units, "day": day_units}
    plant_kind = None
    if cause in SESSION_CAUSES:
        plant_kind = "session"
    elif cause == "sleep_debt":
        plant_kind = "wake"
    elif cause in ("nutrient_deficiency", "medication"):
        plant_kind = "day"
    rate = {}
    if plant_kind is not None:
        eff = sum(mult_for(plant_kind, k) for k in units[plant_kind])
        n_u = max(1, len(units[plant_kind]))
        p0 = t_extra / ((m - 1) * max(1.0, eff))
        p0 = min(p0, 0.9 / m)
        b_plant = p0 * n_u
        if b_plant > 9.0:                       # keep background realistic: raise m instead
            p0 = 9.0 / n_u
            m = min(8.0, max(m, 1 + t_extra / (p0 * max(1.0, eff))))
        rate[plant_kind] = p0
        rest = max(1.5, b_total - p0 * n_u)
        others = [k for k in units if k != plant_kind]
        split = r.uniform(0.3, 0.7)
        rate[others[0]] = rest * split / max(1, len(units[others[0]]))
        rate[others[1]] = rest * (1 - split) / max(1, len(units[others[1]]))
        truth["exposure_fraction"] = round(sum(1 for k in units[plant_kind] if mult_for(plant_kind, k) > 0) / n_u, 3)
        truth["expected_extra"] = round((m - 1) * p0 * eff, 2)
        truth["m"] = round(m, 2)
    else:
        w = [r.uniform(0.3, 1.0) for _ in range(3)]
        for (k, wk) in zip(units, w):
            rate[k] = b_total * wk / sum(w) / max(1, len(units[k]))

    # ---- emit
    objs = []
    nid = [0]
    tag = cause or "none"

    def add(o, t=None):
        nid[0] += 1
        o["id"] = f"bjf-{tag}-{seed}-{nid[0]:05d}"
        objs.append((t, o))
        return o

    prof = {"type": "profile", "sex": p["sex"], "birth_year": 2026 - p["age"],
            "body_mass_kg": p["mass"], "height_cm": p["height"], "timezone": p["tz"]}
    if p["sex"] == "female" and 22 <= p["age"] <= 42 and r.random() < 0.5:
        prof["pregnant"] = False
    objs.append((None, prof))

    episodes = []   # (time, kind, planted?, exposed?)

    def relief_fields(o, ep_r):
        if ep_r.random() < p["rate_detail"]:
            o["side"] = ep_r.choice(["left", "right", "left", "right", "both"])
            o["duration_s"] = int(_clip(ep_r.lognormvariate(math.log(75), 0.8), 5, 900))
            o["pain"] = int(_clip(round(ep_r.gauss(6, 1.7)), 2, 10))
        if ep_r.random() < 0.7 * p["rate_detail"]:
            o["relief"] = ep_r.sample(RELIEFS, ep_r.choice([1, 1, 2]))
            o["relieved"] = ep_r.random() < 0.85

    # sessions
    for i, s in enumerate(sessions):
        d = s["day"]
        t0 = clock.at(d, s["hour"])
        t1 = clock.plus(t0, s["dur"])
        w = {"type": "workout", "time": _iso(t0), "duration_min": s["dur"], "activity": s["act"]}
        if s["u_rpe"] < p["rate_rpe"]:
            w["rpe"] = s["rpe"]
        if p["hr_monitor"] and s["u_hr"] < 0.9:
            w["avg_hr"] = int(_clip(95 + 8 * s["rpe"] + 6 * s["z_w"] - 0.3 * (p["age"] - 35), 70, 195))
        spd = ACTIVITIES[s["act"]][4]
        if spd and s["outdoor"] or s["act"] == "swimming":
            w["distance_km"] = round(spd * (0.8 + 0.05 * s["rpe"]) * s["dur"] / 60.0, 2)
        if s["outdoor"] and s["u_t"] < p["rate_temp"]:
            w["temperature_c"] = round(s["t"], 1)
            if s["u_t"] < 0.75 * p["rate_temp"]:
                w["humidity_pct"] = int(round(s["rh"]))
        if s["u_mus"] < p["rate_muscles"]:
            w["muscle_groups"] = list(s["muscles"][:r.choice([1, 2, 2, 3])])
        if s["u_log"] < 0.3 * p["dil"]:
            w["warm_up_min"] = r.choice([5, 10, 10, 15])
        add(w, t0)
        # body mass pre/post (more likely for long or hot sessions)
        pbm = p["rate_bm"] * (1.35 if s["dur"] >= 75 or s["at"] >= 27 else 0.8)
        if s["u_bm"] < pbm:
            pre = p["mass"] + s["z_pre"]
            post = pre - s["sweat"] + s["drunk"]
            add({"type": "body_mass", "time": _iso(clock.plus(t0, -r.randint(6, 25))), "kg": round(pre, 1),
                 "context": "pre_workout"}, None)
            add({"type": "body_mass", "time": _iso(clock.plus(t1, r.randint(5, 20))), "kg": round(post, 1),
                 "context": "post_workout"}, None)
        # drinks during and after the session
        pfl = p["rate_fluid_session"] * (1.2 if s["dur"] >= 75 else 0.85)
        if s["u_fl"] < pfl and s["drunk"] > 0.05:
            n = 1 if s["dur"] < 50 else (2 if s["dur"] < 110 else 3)
            part = s["drunk"] * 1000 / n
            for k in range(n):
                tk = clock.plus(t0, s["dur"] * (k + 0.6) / (n + 0.2))
                add({"type": "fluid", "time": _iso(tk), "ml": int(_clip(round(part / 10) * 10, 50, 5000)),
                     "drink": s["drink"]}, None)
            if r.random() < 0.6:
                dr = "water" if cause == "electrolyte_loss" or r.random() < 0.6 else r.choice(
                    ["milk", "juice", "sports_drink", "coconut_water"])
                add({"type": "fluid", "time": _iso(clock.plus(t1, r.randint(25, 90))),
                     "ml": r.choice([250, 330, 400, 500, 600]), "drink": dr}, None)

    # morning weights
    if p["morning_weigh"]:
        for d in range(n_days):
            if logged[d] and r.random() < 0.5:
                add({"type": "body_mass", "time": _iso(clock.at(d, p["bedtime"] + p["usual_sleep"] - 24 + 0.2)),
                     "kg": round(p["mass"] + r.gauss(0, 0.35), 1), "context": "morning"}, None)

    # sleep
    for nt in nights:
        if not nt["log"]:
            continue
        d = nt["day"]
        tb = clock.at(d - 1, nt["bed"])
        o = {"type": "sleep", "time": _iso(tb)}
        if r.random() < 0.8:
            o["end"] = _iso(clock.plus(tb, round(nt["hours"] * 60 / 5) * 5))
        else:
            o["hours"] = round(nt["hours"] * 4) / 4
        if r.random() < 0.7 * p["dil"] + 0.2:
            o["quality"] = nt["q"]
        add(o, None)

    # daily drinks
    for d in range(n_days):
        if not logged[d] or r.random() >= p["rate_fluid_day"]:
            continue
        wake = p["bedtime"] + p["usual_sleep"] - 24
        add({"type": "fluid", "time": _iso(clock.at(d, wake + 0.5)), "ml": r.choice([150, 200, 250]),
             "drink": r.choice(["coffee", "coffee", "tea"])}, None)
        for _ in range(r.randint(2, 5)):
            dr = r.choices(["water", "tea", "coffee", "juice", "milk", "soft_drink"], [8, 2, 2, 1, 1, 1])[0]
            add({"type": "fluid", "time": _iso(clock.at(d, r.uniform(wake + 1.5, 21.5))),
                 "ml": r.choice([200, 250, 300, 330, 400, 500]), "drink": dr}, None)
        if r.random() < 0.15:
            add({"type": "fluid", "time": _iso(clock.at(d, r.uniform(19.0, 22.0))), "ml": 330,
                 "drink": "beer"}, None)

    # meals
    min_days = []
    supp = r.random() < 0.2
    for d in range(n_days):
        if not meal_log[d]:
            continue
        tot = [0.0, 0.0, 0.0]
        for meal, hour in (("breakfast", 7.4), ("lunch", 12.6), ("dinner", 19.0), ("snack", 16.0)):
            if meal == "snack" and r.random() < 0.4:
                continue
            if meal != "snack" and r.random() < 0.06:
                continue                         # skipped logging one meal
            good = (not low[d]) and r.random() < diet_quality
            menu = r.choice((GOOD_MEALS if good else LOW_MEALS)[meal])
            items = []
            for food, lo, hi in menu:
                g = int(round(r.uniform(lo, hi) / 5) * 5)
                items.append({"food": food, "grams": g})
                mg, k, ca = FOOD[food]
                tot[0] += mg * g / 100
                tot[1] += k * g / 100
                tot[2] += ca * g / 100
            add({"type": "meal", "time": _iso(clock.at(d, hour + r.uniform(-0.6, 0.6))), "items": items}, None)
        min_days.append((d, low[d], tot))
        if supp and not low[d] and r.random() < 0.7:
            add({"type": "supplement", "time": _iso(clock.at(d, 8.0)), "name": "vitamin D3"}, None)

    # medicines
    for name, st, en in meds:
        o = {"type": "medication", "name": name, "start": st.isoformat()}
        if en is not None:
            o["end"] = en.isoformat()
        add(o, None)

    # ---- episodes
    ep_r = random.Random(f"bjf-ep-{seed}-{cause}")
    count = {"bg": 0, "exposed_units_eps": 0, "unexposed_units_eps": 0}

    def draw(kind, key):
        inten = mult_for(kind, key)
        base = rate[kind]
        pr_ = min(0.95, base * (1 + (m - 1) * inten))
        u = ep_r.random()
        if u >= pr_:
            return None
        planted = u >= base            # the part of the hazard above background
        return inten, planted

    def session_episode(s, planted, exposed):
        t0 = clock.at(s["day"], s["hour"])
        muscle = ep_r.choice(s["muscles"][:2] + ["calf"]) if s["act"] != "swimming" else ep_r.choice(["calf", "foot"])
        if ep_r.random() < 0.45:
            t = clock.plus(t0, s["dur"] * ep_r.uniform(0.55, 0.97))
            during = "exercise"
        else:
            t = clock.plus(t0, s["dur"] + ep_r.uniform(5, 150))
            during = "after_exercise"
        o = {"type": "episode", "time": _iso(t), "kind": "spasm", "muscle": muscle}
        if ep_r.random() < 0.9:
            o["during"] = during
        relief_fields(o, ep_r)
        add(o, None)
        episodes.append(("session", planted, exposed, t))

    for i in sess_units:
        res = draw("session", i)
        if res:
            session_episode(sessions[i], res[1], res[0] > 0)
    for d in wake_units:
        res = draw("wake", d)
        if res:
            nt = nights[d]
            wake = nt["bed"] + nt["hours"] - 24
            todays = [s for s in sessions if s["day"] == d]
            hour = ep_r.uniform(wake + 1.0, 21.5)
            o = {"type": "episode", "kind": "spasm",
                 "muscle": ep_r.choices(["calf", "foot", "hamstring", "toes", "quadriceps"], [6, 2, 1, 1, 1])[0]}
            if todays and ep_r.random() < 0.3:
                s = todays[0]
                t = clock.plus(clock.at(d, s["hour"]), s["dur"] + ep_r.uniform(40, 240))
                o["during"] = "after_exercise" if ep_r.random() < 0.9 else "rest"
            else:
                t = clock.at(d, hour)
                o["during"] = "rest"
            if ep_r.random() > 0.85:
                o.pop("during")
            o["time"] = _iso(t)
            relief_fields(o, ep_r)
            add(o, None)
            episodes.append(("wake", res[1], res[0] > 0, t))
    for d in day_units:
        res = draw("day", d)
        if res:
            muscle = ep_r.choices(["calf", "foot", "toes", "hamstring"], [7, 2, 1, 1])[0]
            if ep_r.random() < 0.7 and d + 1 < n_days:
                nt = nights[d + 1]
                t = clock.at(d, nt["bed"] + ep_r.uniform(0.8, max(1.0, nt["hours"] - 0.3)))
                during = "sleep"
            else:
                t = clock.at(d, ep_r.uniform(9.0, 22.0))
                during = "rest"
            o = {"type": "episode", "time": _iso(t), "kind": "spasm", "muscle": muscle, "during": during}
            relief_fields(o, ep_r)
            add(o, None)
            episodes.append(("day", res[1], res[0] > 0, t))
    # twitches (background only)
    for _ in range(ep_r.randint(0, 8)):
        d = ep_r.choice(day_units)
        o = {"type": "episode", "time": _iso(clock.at(d, ep_r.uniform(8.0, 22.5))), "kind": "twitch",
             "muscle": ep_r.choices(["eyelid", "calf", "quadriceps", "hand", "foot"], [5, 3, 1, 1, 1])[0],
             "during": "rest"}
        if ep_r.random() < 0.6:
            o["duration_s"] = ep_r.choice([2, 5, 10, 20, 30, 60])
            o["pain"] = ep_r.choice([0, 0, 0, 1])
        add(o, None)

    start = clock.at(0, 0.0)
    stop = clock.at(n_days, 0.0)

    def tkey(o):
        if o["type"] == "profile":
            return (0, "")
        if o["type"] == "medication":
            return (1, o["start"])
        return (2, dt.datetime.fromisoformat(o["time"]).astimezone(UTC).isoformat())

    out = []
    for _t, o in objs:
        if "time" in o:
            tt = dt.datetime.fromisoformat(o["time"])
            if not (start <= tt < stop):
                continue
        out.append(o)
    out.sort(key=tkey)
    episodes = [e for e in episodes if start <= e[3] < stop]

    # ---- truth / statistics
    pk = plant_kind
    truth["rates"] = {k: round(v, 4) for k, v in rate.items()}
    truth["units"] = {k: len(v) for k, v in units.items()}
    truth["spasms"] = len(episodes)
    truth["planted_extra"] = sum(1 for e in episodes if e[1])
    truth["background"] = len(episodes) - truth["planted_extra"]
    if pk is not None:
        truth["eps_in_exposed_units"] = sum(1 for e in episodes if e[0] == pk and e[2])
        truth["eps_in_unexposed_units"] = sum(1 for e in episodes if e[0] == pk and not e[2])
    if min_days:
        lows = [t for _d, lw, t in min_days if lw]
        highs = [t for _d, lw, t in min_days if not lw]
        if lows:
            truth["low_days_logged"] = len(lows)
            truth["low_mean_mg_k_ca"] = [round(sum(t[i] for t in lows) / len(lows)) for i in range(3)]
        if highs:
            truth["normal_mean_mg_k_ca"] = [round(sum(t[i] for t in highs) / len(highs)) for i in range(3)]
    truth["short_night_fraction"] = round(sum(n["short_true"] for n in nights) / n_days, 3)
    truth["low_day_fraction"] = round(sum(low) / n_days, 3)
    truth["sessions"] = len(sessions)
    return BlindJournal(cause=cause, objects=out, start=start, stop=stop), truth
