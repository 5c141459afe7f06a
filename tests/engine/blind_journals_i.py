"""Blind test-data generator "i" for cramp-cause analysis.

Written blind on 2026-12-01 from spec and evidence only: spec/journal.md (the journal format),
spec/vocabulary.md (cause names and meanings) and research/evidence.md.  The product's scoring
code and the other generators were not read.

Each journal simulates one ordinary recreational exerciser (20-70 years, a per-seed sport mix,
climate / time zone and logging habits) over 4-8 months with logging gaps.  Everybody gets
4-15 background spasms (plus a few twitches) placed uniformly on random sessions, nights and
days.  For a planted cause, the person's true exposure to that cause is present in roughly
20-50 % of the relevant units (sessions, nights or days) and 8-20 extra episodes are placed only
in exposed units, so most exposed units still carry no episode.  Other exposures keep their
natural level and correlations (hot sessions sweat more, long sessions load more) but do not
raise the risk.

Exposure definitions used here (the generator's own ground truth):

* dehydration         - session with pre/post body mass showing > 2 % mass loss
* electrolyte_loss    - long (>= 90 min) sweaty session (estimated sweat >= 1.6 L) replaced with
                        plain water only
* muscle_fatigue      - session >= 1.6x the person's usual duration for that activity (or
                        >= 1.8x the usual load), or the same muscles worked the day before
* training_load_spike - session whose 7-day load is >= 1.5x the 28-day weekly average
* heat                - session with logged temperature >= 30 C, or >= 27 C at >= 65 % humidity
* nutrient_deficiency - day inside a stretch of meals low in magnesium, potassium and calcium
* sleep_debt          - day after a logged night at least 2 h shorter than the usual night
* medication          - day after a cramp-linked medicine (thiazide / potassium-sparing
                        diuretic, LABA, statin, raloxifene) was started mid-journal
"""

from __future__ import annotations

import datetime as _dt
import math
import random
from dataclasses import dataclass
from zoneinfo import ZoneInfo

CAUSES = ("dehydration", "electrolyte_loss", "muscle_fatigue", "training_load_spike", "heat",
          "nutrient_deficiency", "sleep_debt", "medication")


@dataclass
class BlindJournal:
    cause: str | None
    objects: list[dict]
    start: _dt.datetime
    stop: _dt.datetime


UTC = _dt.timezone.utc

# tz, summer high, winter high, base humidity, southern hemisphere, imperial units likely, hot
_CLIMATES = [
    ("Europe/Berlin", 24, 4, 62, False, False, False),
    ("Europe/London", 21, 8, 72, False, False, False),
    ("Europe/Madrid", 33, 11, 40, False, False, True),
    ("Europe/Stockholm", 21, 0, 70, False, False, False),
    ("America/New_York", 29, 5, 62, False, True, False),
    ("America/Phoenix", 40, 19, 22, False, True, True),
    ("America/Chicago", 34, 15, 74, False, True, True),   # Gulf-coast-like
    ("America/Denver", 30, 7, 35, False, True, False),
    ("Asia/Singapore", 31, 30, 80, False, False, True),
    ("Asia/Tokyo", 31, 10, 70, False, False, True),
    ("Australia/Brisbane", 30, 21, 66, True, False, True),
    ("America/Sao_Paulo", 28, 22, 74, True, False, True),
]

_OUTDOOR = {"running", "trail_running", "cycling", "walking", "hiking", "team_sport",
            "racket_sport", "skiing", "rowing"}

_MUSCLES = {
    "running": ["calf", "hamstring", "quadriceps", "foot"],
    "trail_running": ["calf", "quadriceps", "hamstring", "glute", "foot"],
    "cycling": ["quadriceps", "calf", "glute", "hamstring"],
    "swimming": ["shoulder", "upper_back", "calf", "foot"],
    "walking": ["calf", "quadriceps", "glute"],
    "hiking": ["calf", "quadriceps", "glute", "hamstring"],
    "rowing": ["upper_back", "quadriceps", "hamstring", "forearm"],
    "strength_lower": ["quadriceps", "hamstring", "glute", "calf"],
    "strength_upper": ["chest", "shoulder", "biceps", "triceps", "upper_back"],
    "crossfit": ["quadriceps", "shoulder", "hamstring", "abdomen"],
    "team_sport": ["calf", "hamstring", "quadriceps", "adductor"],
    "racket_sport": ["calf", "forearm", "shoulder", "quadriceps"],
    "yoga": ["hamstring", "hip_flexor", "lower_back", "abdomen"],
    "pilates": ["abdomen", "glute", "hip_flexor"],
    "dance": ["calf", "foot", "quadriceps"],
    "skiing": ["quadriceps", "glute", "calf"],
    "climbing": ["forearm", "fingers", "upper_back", "shoulder"],
    "hiit": ["quadriceps", "calf", "glute", "abdomen"],
    "elliptical": ["quadriceps", "glute", "calf"],
}

# activity: (usual duration min, usual rpe)
_USUAL = {"running": (45, 6), "trail_running": (75, 6), "cycling": (70, 5), "swimming": (45, 5),
          "walking": (50, 3), "hiking": (150, 4), "rowing": (45, 6), "strength": (55, 6),
          "crossfit": (50, 7), "team_sport": (80, 6), "racket_sport": (70, 6), "yoga": (55, 3),
          "pilates": (50, 4), "dance": (60, 5), "skiing": (180, 5), "climbing": (90, 5),
          "hiit": (35, 8), "elliptical": (40, 5)}

_MIXES = [
    ["running", "strength"], ["running", "cycling", "swimming"], ["cycling", "hiking"],
    ["team_sport", "running", "strength"], ["racket_sport", "running"], ["crossfit", "running"],
    ["walking", "yoga"], ["hiking", "walking", "pilates"], ["strength", "elliptical"],
    ["climbing", "hiking", "yoga"], ["running"], ["cycling"], ["dance", "pilates"],
    ["hiit", "strength", "running"], ["rowing", "cycling"], ["trail_running", "strength"],
]
_ENDURANCE_MIXES = [["running", "cycling"], ["trail_running", "cycling"], ["cycling", "hiking"],
                    ["running", "strength"], ["running", "cycling", "swimming"],
                    ["team_sport", "running"], ["racket_sport", "running"]]

# food name (parses with the product's table) -> (mg Mg, mg K, mg Ca) per 100 g, approximate
_FOODS = {
    "banana, raw": (27, 358, 5), "spinach, raw": (79, 558, 99), "almonds": (270, 720, 265),
    "pumpkin seeds": (550, 800, 50), "yogurt, plain, lowfat, 12 grams protein per 8 oz": (17, 234, 183),
    "milk, lowfat": (11, 150, 125), "potato, baked": (28, 535, 15),
    "lentils, mature seeds, cooked, boiled, without salt": (36, 369, 19),
    "black beans": (70, 355, 27), "oats": (177, 429, 54), "dark chocolate": (228, 715, 73),
    "sardines": (39, 397, 382), "dried apricots": (32, 1162, 55), "cashews": (292, 660, 37),
    "cheddar cheese": (28, 98, 710), "peanut butter": (170, 560, 45), "broccoli, raw": (21, 316, 47),
    "kale, raw": (33, 350, 150), "sweet potato": (27, 475, 38), "avocado": (29, 485, 12),
    "salmon, atlantic, farmed, cooked, dry heat": (30, 384, 15), "tofu": (60, 200, 350),
    "tomatoes, red, ripe, raw, year round average": (11, 237, 10), "carrots, raw": (12, 320, 33),
    "oranges, raw, all commercial varieties": (10, 181, 40), "rice, brown, long-grain, cooked": (39, 43, 10),
    # low-mineral staples
    "white bread": (25, 120, 150), "bagel": (25, 100, 80), "croissants, butter": (16, 118, 37),
    "pasta, cooked, enriched, without added salt": (18, 44, 7),
    "rice, white, long-grain, regular, enriched, cooked": (12, 35, 10),
    "chicken breast": (29, 256, 15), "egg, whole, raw, fresh": (12, 138, 56),
    "beef, ground": (20, 300, 15), "butter": (2, 24, 24), "olive oil": (0, 1, 1),
    "apples, raw, with skin": (5, 107, 6), "sugars, granulated": (0, 2, 1),
    "beverages, carbonated, cola, regular": (1, 2, 2),
}

_GOOD_BREAKFAST = [[("oats", 60), ("milk, lowfat", 250), ("banana, raw", 120)],
                   [("yogurt, plain, lowfat, 12 grams protein per 8 oz", 200), ("almonds", 30), ("banana, raw", 110)],
                   [("white bread", 70), ("peanut butter", 30), ("milk, lowfat", 250), ("oranges, raw, all commercial varieties", 140)],
                   [("egg, whole, raw, fresh", 100), ("spinach, raw", 60), ("white bread", 60), ("avocado", 70)]]
_GOOD_LUNCH = [[("lentils, mature seeds, cooked, boiled, without salt", 250), ("spinach, raw", 80), ("white bread", 60)],
               [("white bread", 80), ("cheddar cheese", 40), ("tomatoes, red, ripe, raw, year round average", 120), ("avocado", 80)],
               [("rice, brown, long-grain, cooked", 200), ("black beans", 150), ("avocado", 60)],
               [("sweet potato", 200), ("tofu", 150), ("kale, raw", 60)],
               [("sardines", 90), ("potato, baked", 200), ("broccoli, raw", 100)]]
_GOOD_DINNER = [[("salmon, atlantic, farmed, cooked, dry heat", 150), ("potato, baked", 250), ("broccoli, raw", 120)],
                [("chicken breast", 150), ("sweet potato", 200), ("spinach, raw", 80)],
                [("pasta, cooked, enriched, without added salt", 200), ("black beans", 120), ("cheddar cheese", 30), ("tomatoes, red, ripe, raw, year round average", 100)],
                [("tofu", 200), ("rice, brown, long-grain, cooked", 200), ("kale, raw", 80), ("carrots, raw", 80)],
                [("beef, ground", 130), ("potato, baked", 250), ("carrots, raw", 100), ("milk, lowfat", 200)]]
_GOOD_SNACK = [[("almonds", 30)], [("dark chocolate", 25), ("dried apricots", 40)],
               [("yogurt, plain, lowfat, 12 grams protein per 8 oz", 170)], [("pumpkin seeds", 25), ("banana, raw", 120)],
               [("cashews", 30)], [("cheddar cheese", 30), ("apples, raw, with skin", 150)]]
_LOW_BREAKFAST = [[("croissants, butter", 70)], [("bagel", 90), ("butter", 10)],
                  [("white bread", 60), ("butter", 10), ("sugars, granulated", 10)]]
_LOW_LUNCH = [[("white bread", 90), ("chicken breast", 50), ("butter", 10)],
              [("pasta, cooked, enriched, without added salt", 220), ("olive oil", 10)],
              [("bagel", 100), ("egg, whole, raw, fresh", 50)]]
_LOW_DINNER = [[("rice, white, long-grain, regular, enriched, cooked", 220), ("chicken breast", 70)],
               [("pasta, cooked, enriched, without added salt", 250), ("butter", 15)],
               [("rice, white, long-grain, regular, enriched, cooked", 200), ("egg, whole, raw, fresh", 60), ("olive oil", 10)]]
_LOW_SNACK = [[("beverages, carbonated, cola, regular", 330)], [("apples, raw, with skin", 120)],
              [("croissants, butter", 50)]]

_CRAMP_MEDS = [("hydrochlorothiazide", None), ("chlorthalidone", None), ("spironolactone", None),
               ("amiloride", None), ("salmeterol", None), ("formoterol", None),
               ("atorvastatin", None), ("simvastatin", None), ("raloxifene", "female")]
_OTHER_MEDS = ["cetirizine", "loratadine", "levothyroxine", "metformin", "lisinopril",
               "losartan", "finasteride", "tamsulosin", "paracetamol"]

_RELIEF = ["stretching", "massage", "heat", "cold", "hydration", "magnesium", "pickle_juice",
           "rest", "walking_it_off", "other"]

_SWEAT_NA_POP = 900.0  # mg/L, a population-typical value used for the exposure estimate


def _r1(x: float) -> float:
    return round(x, 1)


class _Gen:
    def __init__(self, cause: str | None, seed: int):
        self.cause = cause
        self.rng = random.Random(f"blind-i/{cause}/{seed}")
        self.objs: list[tuple[_dt.datetime, int, dict]] = []
        self.n_obj = 0

    # ------------------------------------------------------------------ helpers
    def loc(self, t: _dt.datetime) -> str:
        return t.astimezone(self.tz).replace(microsecond=0).isoformat()

    def at(self, day: int, hour: float) -> _dt.datetime:
        """Local wall time on journal day `day` (hour may exceed 24) as a UTC datetime."""
        d = self.d0 + _dt.timedelta(days=day)
        h = int(hour // 1)
        m = int(round((hour - h) * 60))
        if m == 60:
            h, m = h + 1, 0
        extra, h = divmod(h, 24)
        d = d + _dt.timedelta(days=extra)
        local = _dt.datetime(d.year, d.month, d.day, h, m, tzinfo=self.tz)
        return local.astimezone(UTC)

    def add(self, t: _dt.datetime | None, obj: dict) -> None:
        if self.use_ids and obj["type"] != "profile":
            obj["id"] = f"{self.id_prefix}-{self.n_obj:05d}"
        self.n_obj += 1
        key = t if t is not None else _dt.datetime(1900, 1, 1, tzinfo=UTC)
        self.objs.append((key, self.n_obj, obj))

    def q_kg(self, kg: float):
        if self.imperial:
            return f"{kg / 0.45359237:.1f} lb"
        return _r1(kg)

    def q_ml(self, ml: float):
        if self.imperial and self.rng.random() < 0.7:
            return f"{ml / 29.5735:.1f} oz"
        return int(round(ml / 10.0) * 10)

    def q_temp(self, c: float):
        if self.imperial and self.rng.random() < 0.8:
            return f"{round(c * 9 / 5 + 32)} degF"
        return _r1(c)

    def in_gap(self, day: int) -> bool:
        return any(a <= day < b for a, b in self.gaps)

    # ------------------------------------------------------------------ person
    def person(self) -> None:
        rng, c = self.rng, self.cause
        self.age = rng.randint(20, 70)
        if c == "medication":
            self.age = rng.randint(38, 70)
        self.sex = rng.choices(["female", "male", "other"], [0.48, 0.49, 0.03])[0]
        base = 64 if self.sex == "female" else 78
        self.mass = _r1(max(45, min(130, rng.gauss(base, 10))))
        self.height = round(max(150, min(205, rng.gauss(166 if self.sex == "female" else 179, 7))))
        if c == "heat":
            clim = rng.choice([x for x in _CLIMATES if x[6]])
        else:
            clim = rng.choice(_CLIMATES)
        self.tzname, self.t_sum, self.t_win, self.hum, self.south, imp, _ = clim
        self.tz = ZoneInfo(self.tzname)
        self.imperial = imp and rng.random() < 0.5
        if c in ("electrolyte_loss", "dehydration"):
            self.mix = list(rng.choice(_ENDURANCE_MIXES))
        else:
            pool = [m for m in _MIXES if m[0] in _OUTDOOR] if c == "heat" else _MIXES
            self.mix = list(rng.choice(pool))
            if c != "heat" and self.age > 58 and rng.random() < 0.5:
                self.mix = list(rng.choice([["walking", "yoga"], ["cycling", "walking"],
                                            ["hiking", "walking", "pilates"], ["swimming", "walking"]]))
        if c == "heat" and not any(a in _OUTDOOR for a in self.mix):
            self.mix.append("running")
        w = [rng.uniform(1, 3) for _ in self.mix]
        w[0] += 4 if c in ("heat", "electrolyte_loss") else 2
        self.mix_w = w
        self.usual = {}
        for a in self.mix:
            d, r = _USUAL[a]
            self.usual[a] = (d * rng.uniform(0.8, 1.25), max(2, min(9, r + rng.choice([-1, 0, 0, 1]))))
        if c in ("electrolyte_loss", "dehydration"):
            for a in self.mix:
                if a in ("running", "trail_running", "cycling", "team_sport", "racket_sport", "hiking"):
                    d, r = self.usual[a]
                    lo, hi = (95, 130) if c == "electrolyte_loss" else (65, 90)
                    self.usual[a] = (max(d, rng.uniform(lo, hi)), r)
        self.per_week = rng.uniform(2.6, 4.8)
        self.sweat_factor = rng.uniform(0.8, 1.25)
        if c == "dehydration":
            self.sweat_factor = rng.uniform(1.2, 1.5)
        if c == "electrolyte_loss":
            self.sweat_factor = rng.uniform(1.1, 1.4)
        self.sweat_na = rng.uniform(500, 1100) if c != "electrolyte_loss" else rng.uniform(1250, 1700)
        # logging habits
        self.p_sleep = rng.uniform(0.75, 0.95)
        self.p_quality = rng.uniform(0.0, 0.8)
        self.p_meal_day = rng.uniform(0.2, 0.5)
        if c == "nutrient_deficiency":
            self.p_meal_day = rng.uniform(0.7, 0.9)
        self.p_fluid_day = rng.uniform(0.15, 0.45)
        self.p_mass = rng.uniform(0.1, 0.35)
        if c == "dehydration":
            self.p_mass = rng.uniform(0.7, 0.9)
        elif c == "electrolyte_loss":
            self.p_mass = rng.uniform(0.35, 0.6)
        self.p_temp = rng.uniform(0.6, 0.95)
        if c == "heat":
            self.p_temp = rng.uniform(0.85, 1.0)
        self.p_muscles = rng.uniform(0.1, 0.6)
        if c == "muscle_fatigue":
            self.p_muscles = rng.uniform(0.5, 0.9)
        self.p_rpe = rng.uniform(0.6, 1.0)
        self.p_hr = rng.uniform(0.0, 0.7)
        self.p_morning_mass = rng.uniform(0.0, 0.25)
        self.use_ids = rng.random() < 0.5
        self.id_prefix = f"app{rng.randint(100, 999)}"
        self.sleep_usual = rng.uniform(6.6, 8.2)
        self.bed_usual = rng.uniform(21.8, 24.2)

    # ------------------------------------------------------------------ calendar
    def calendar(self) -> None:
        rng = self.rng
        self.n_days = rng.randint(122, 243)
        y = rng.choice([2025, 2025, 2026])
        if self.cause == "heat":
            # span the local summer
            peak_month = 1 if self.south else 7
            start = _dt.date(y if not self.south else y - 0, peak_month, 15) - _dt.timedelta(days=rng.randint(60, 100))
        else:
            start = _dt.date(y, 1, 1) + _dt.timedelta(days=rng.randint(0, 120 if y == 2026 else 360))
        if start + _dt.timedelta(days=self.n_days) > _dt.date(2026, 11, 25):
            start = _dt.date(2026, 11, 25) - _dt.timedelta(days=self.n_days)
        self.d0 = start
        self.gaps = []
        for _ in range(rng.randint(1, 3)):
            a = rng.randint(14, self.n_days - 20)
            self.gaps.append((a, a + rng.randint(4, 16)))

    def day_high(self, day: int) -> float:
        d = self.d0 + _dt.timedelta(days=day)
        doy = d.timetuple().tm_yday
        peak = 20 if self.south else 200
        mid, amp = (self.t_sum + self.t_win) / 2, (self.t_sum - self.t_win) / 2
        return mid + amp * math.cos(2 * math.pi * (doy - peak) / 365.0)

    # ------------------------------------------------------------------ sessions
    def sessions(self) -> None:
        rng, c = self.rng, self.cause
        self.spike_days: set[int] = set()
        if c == "training_load_spike":
            # a few blocks of much higher volume after ordinary weeks
            d = rng.randint(24, 34)
            while d < self.n_days - 8:
                ln = rng.randint(7, 11)
                if not any(self.in_gap(x) for x in range(d - 3, d + ln)):
                    self.spike_days.update(range(d, d + ln))
                d += ln + rng.randint(22, 34)
        day_noise = {}
        self.sess: list[dict] = []
        last_strength_split = "strength_upper"
        for day in range(self.n_days):
            if self.in_gap(day):
                continue
            wk = day // 7
            if wk not in day_noise:
                day_noise[wk] = rng.uniform(0.7, 1.25)
            p = self.per_week / 7.0 * day_noise[wk]
            n = 0
            if day in self.spike_days:
                p = min(0.95, p * 2.3)
                n = 1 if rng.random() < p else 0
                if n and rng.random() < 0.25:
                    n = 2
            else:
                n = 1 if rng.random() < p else 0
            used = set()
            for k in range(n):
                act = rng.choices(self.mix, self.mix_w)[0]
                if act in used and len(self.mix) > 1:
                    act = next(a for a in self.mix if a not in used)
                used.add(act)
                dur0, rpe0 = self.usual[act]
                dur = dur0 * math.exp(rng.gauss(0, 0.18))
                rpe = rpe0 + rng.choice([-1, 0, 0, 0, 1])
                big = False
                p_big = 0.22 if c == "muscle_fatigue" else 0.04
                if day not in self.spike_days and rng.random() < p_big:
                    dur = dur0 * rng.uniform(1.75, 2.5)
                    rpe = min(10, rpe0 + rng.choice([1, 2, 2, 3]))
                    big = True
                if day in self.spike_days:
                    dur *= 1.15
                dur = max(15, min(600, round(dur / 5) * 5))
                rpe = max(1, min(10, rpe))
                if act == "strength":
                    last_strength_split = ("strength_lower" if last_strength_split == "strength_upper"
                                           else "strength_upper")
                    mus = list(_MUSCLES[last_strength_split])
                else:
                    mus = list(_MUSCLES[act])
                hour = rng.choice([6.5, 7.0, 7.5, 12.0, 12.5, 17.5, 18.0, 18.5, 19.0])
                if c == "heat" and act in _OUTDOOR:
                    hour = rng.choice([7.0, 11.0, 12.5, 13.0, 14.0, 16.0, 17.5])
                if k == 1:
                    hour = 18.5 if hour < 12 else 7.0
                if dur > 150 and hour > 12:
                    hour = rng.choice([7.0, 8.0, 9.0])
                outdoor = act in _OUTDOOR or (act == "climbing" and rng.random() < 0.4)
                s = dict(day=day, hour=hour, act=act, dur=dur, rpe=rpe, mus=mus, big=big,
                         outdoor=outdoor, start=self.at(day, hour))
                s["end"] = s["start"] + _dt.timedelta(minutes=dur)
                self.sess.append(s)
        # the day after a big session some people go again with the same muscles
        p_again = 0.45 if c == "muscle_fatigue" else 0.15
        taken = {s["day"] for s in self.sess}
        for s in list(self.sess):
            d = s["day"] + 1
            if s["big"] and d < self.n_days and d not in taken and not self.in_gap(d) \
                    and rng.random() < p_again:
                dur0, rpe0 = self.usual[s["act"]]
                dur = max(15, round(dur0 * math.exp(rng.gauss(0, 0.12)) / 5) * 5)
                t = dict(s, day=d, dur=dur, rpe=max(1, min(10, rpe0 + rng.choice([0, 0, 1]))),
                         big=False, start=self.at(d, s["hour"]))
                t["end"] = t["start"] + _dt.timedelta(minutes=dur)
                self.sess.append(t)
                taken.add(d)
        self.sess.sort(key=lambda s: s["start"])
        # consecutive-day same-muscle marking (true muscles): the day after a hard session
        by_day: dict[int, list[dict]] = {}
        for s in self.sess:
            by_day.setdefault(s["day"], []).append(s)
        for s in self.sess:
            m = set(s["mus"])
            s["consec"] = any(m & set(p["mus"]) and (p["big"] or p["rpe"] >= 8)
                              for p in by_day.get(s["day"] - 1, []))
        self.by_day = by_day

    def conditions(self) -> None:
        rng, c = self.rng, self.cause
        for s in self.sess:
            if s["outdoor"]:
                hi = self.day_high(s["day"]) + rng.gauss(0, 3.0)
                h = s["hour"]
                drop = 8 if h < 9 else (0 if 11 <= h <= 15 else 3.5)
                if s["act"] == "skiing":
                    hi = min(hi, 5) - 10
                t = hi - drop
                hum = self.hum + (15 if h < 9 else 0) + rng.gauss(0, 8)
                s["temp"] = max(-20, min(46, t))
                s["hum"] = max(8, min(98, hum))
                s["temp_known"] = rng.random() < self.p_temp
            else:
                s["temp"], s["hum"], s["temp_known"] = 21.0, 45.0, False
        if c == "heat":
            out = [s for s in self.sess if s["outdoor"] and s["temp_known"]]
            target = rng.uniform(0.28, 0.45)
            hot = [s for s in out if self.is_hot(s)]
            cool = [s for s in out if not self.is_hot(s)]
            rng.shuffle(cool)
            while out and len(hot) / len(out) < target and cool:
                s = cool.pop()
                s["temp"] = rng.uniform(30, 37)
                s["hum"] = max(s["hum"], rng.uniform(30, 60))
                hot.append(s)
            rng.shuffle(hot)
            while out and len(hot) / len(out) > 0.5:
                s = hot.pop()
                s["temp"] = rng.uniform(17, 26)

    @staticmethod
    def is_hot(s: dict) -> bool:
        return s["temp_known"] and (s["temp"] >= 30 or (s["temp"] >= 27 and s["hum"] >= 65))

    # ------------------------------------------------------------------ hydration
    def hydration(self) -> None:
        rng, c = self.rng, self.cause
        for s in self.sess:
            h = s["dur"] / 60.0
            rate = (0.35 + 0.035 * max(0.0, s["temp"] - 12) + 0.08 * (s["rpe"] - 4)
                    + 0.004 * max(0.0, s["hum"] - 50))
            if s["act"] in ("yoga", "pilates", "walking"):
                rate *= 0.5
            if s["act"] == "swimming":
                rate *= 0.6
            rate = max(0.2, min(2.5, rate * self.sweat_factor))
            s["sweat"] = rate * h
            s["measured"] = rng.random() < self.p_mass
            s["log_fluid"] = rng.random() < (0.85 if s["measured"] else 0.35)
            # how much they drink and what
            if s["dur"] < 45:
                repl = rng.uniform(0.0, 0.5)
            else:
                repl = rng.uniform(0.45, 0.9)
            if c == "electrolyte_loss":
                drink = "water" if rng.random() < 0.62 else rng.choice(["sports_drink", "electrolyte_drink",
                                                                       "ors"])
                if s["dur"] >= 90:
                    repl = rng.uniform(0.65, 0.95)
                    s["log_fluid"] = True
                    s["measured"] = s["measured"] or rng.random() < 0.5
            else:
                drink = rng.choices(["water", "sports_drink", "electrolyte_drink", "coconut_water"],
                                    [0.6, 0.28, 0.09, 0.03])[0]
            s["drink"] = drink
            s["drunk"] = s["sweat"] * repl
            loss = s["sweat"] - s["drunk"]
            cap = 0.019 * self.mass
            if loss > cap and rng.random() > 0.05:
                s["drunk"] = s["sweat"] - cap * rng.uniform(0.6, 1.0)
            s["dehyd_planted"] = False
        if c == "dehydration":
            meas = [s for s in self.sess if s["measured"] and s["dur"] >= 40]
            target = rng.uniform(0.33, 0.46)
            rng.shuffle(meas)
            meas.sort(key=lambda s: -s["sweat"] * rng.uniform(0.6, 1.4))
            k = int(round(target * sum(1 for s in self.sess if s["measured"])))
            for s in meas[:k]:
                want = self.mass * rng.uniform(0.022, 0.036)
                if s["sweat"] < want + 0.1:
                    s["sweat"] = want + rng.uniform(0.1, 0.4)  # heavy sweater on that day
                s["drunk"] = s["sweat"] - want
                s["dehyd_planted"] = True
        for s in self.sess:
            s["loss"] = s["sweat"] - s["drunk"]
            s["loss_pct"] = 100.0 * s["loss"] / self.mass
            s["water_only"] = s["drink"] == "water" and s["log_fluid"] and s["drunk"] >= 0.3
        if c == "electrolyte_loss":
            # keep the water-only long sweaty sessions at roughly 25-45 % of the long sessions
            units = [s for s in self.sess if s["dur"] >= 60]
            cand = [s for s in units if s["dur"] >= 90 and s["sweat"] >= 1.6 and s["log_fluid"]
                    and s["drunk"] >= 0.3]
            rng.shuffle(cand)
            target = rng.uniform(0.25, 0.45) * len(units)
            n_exp = sum(1 for s in cand if s["water_only"])
            for s in cand:
                if n_exp > target and s["water_only"]:
                    s["drink"], s["water_only"] = rng.choice(["sports_drink", "electrolyte_drink"]), False
                    n_exp -= 1
                elif n_exp < target and not s["water_only"]:
                    s["drink"], s["water_only"] = "water", True
                    n_exp += 1

    # ------------------------------------------------------------------ exposures
    def exposures(self) -> None:
        # usual durations/loads per activity (median of this person's logged sessions)
        med = {}
        for a in self.mix:
            ds = sorted(s["dur"] for s in self.sess if s["act"] == a)
            ls = sorted(s["dur"] * s["rpe"] for s in self.sess if s["act"] == a)
            if ds:
                med[a] = (ds[len(ds) // 2], ls[len(ls) // 2])
        load_by_day = [0.0] * (self.n_days + 1)
        for s in self.sess:
            load_by_day[s["day"]] += s["dur"] * s["rpe"]
        for s in self.sess:
            d = s["day"]
            md, ml = med[s["act"]]
            s["x_muscle_fatigue"] = (s["dur"] >= 1.6 * md or s["dur"] * s["rpe"] >= 1.8 * ml
                                     or s["consec"])
            acute = sum(load_by_day[max(0, d - 6):d + 1])
            chronic = sum(load_by_day[max(0, d - 27):d + 1]) / 4.0
            s["acwr"] = acute / chronic if chronic > 0 and d >= 27 else 0.0
            s["x_training_load_spike"] = s["acwr"] >= 1.5
            s["x_heat"] = self.is_hot(s)
            s["x_dehydration"] = s["measured"] and s["loss_pct"] > 2.0
            s["x_electrolyte_loss"] = (s["dur"] >= 90 and s["sweat"] >= 1.6 and s["water_only"])

    # ------------------------------------------------------------------ sleep
    def sleep(self) -> None:
        rng, c = self.rng, self.cause
        self.nights = []
        p_short = rng.uniform(0.25, 0.38) if c == "sleep_debt" else 0.04
        for day in range(self.n_days - 1):
            if self.in_gap(day) or self.in_gap(day + 1):
                continue
            hours = self.sleep_usual + rng.gauss(0, 0.45)
            bed = self.bed_usual + rng.gauss(0, 0.4)
            short = False
            if rng.random() < p_short:
                hours = self.sleep_usual - rng.uniform(2.3, 3.6)
                bed += rng.uniform(0.5, 2.5)
                short = True
            # early sessions next morning cap the wake time
            nxt = self.by_day.get(day + 1, [])
            if nxt and nxt[0]["hour"] < 9:
                wake_lim = 24 + nxt[0]["hour"] - 0.4
                if bed + hours > wake_lim:
                    hours = max(3.5, wake_lim - bed)
            hours = max(3.0, min(11.0, hours))
            n = dict(day=day, bed=self.at(day, bed), hours=hours, short=short,
                     logged=rng.random() < self.p_sleep)
            n["wake"] = n["bed"] + _dt.timedelta(hours=hours)
            self.nights.append(n)
        logged = sorted(n["hours"] for n in self.nights if n["logged"])
        usual = logged[len(logged) // 2] if logged else self.sleep_usual
        for n in self.nights:
            n["x_sleep_debt"] = n["logged"] and n["hours"] <= usual - 2.0
        self.night_by_day = {n["day"]: n for n in self.nights}

    # ------------------------------------------------------------------ meals
    def meals(self) -> None:
        rng, c = self.rng, self.cause
        self.low_days: set[int] = set()
        if c == "nutrient_deficiency":
            target = rng.uniform(0.3, 0.42) * self.n_days
            tries = 0
            while len(self.low_days) < target and tries < 50:
                tries += 1
                a = rng.randint(10, self.n_days - 15)
                ln = rng.randint(12, 24)
                if any(x in self.low_days for x in range(a - 10, a + ln + 10)):
                    continue
                self.low_days.update(range(a, min(self.n_days, a + ln)))
        self.meal_days = {}
        for day in range(self.n_days):
            if self.in_gap(day) or rng.random() >= self.p_meal_day:
                continue
            low = day in self.low_days
            complete = rng.random() < 0.85
            plan = []
            if low:
                plan = [(7.5, _LOW_BREAKFAST), (12.5, _LOW_LUNCH), (19.0, _LOW_DINNER)]
                if rng.random() < 0.5:
                    plan.append((15.5, _LOW_SNACK))
            else:
                plan = [(7.5, _GOOD_BREAKFAST), (12.5, _GOOD_LUNCH), (19.0, _GOOD_DINNER)]
                if rng.random() < 0.6:
                    plan.append((15.5, _GOOD_SNACK))
            if not complete:
                plan = rng.sample(plan, rng.randint(1, 2))
            tot = [0.0, 0.0, 0.0]
            for hour, menu in plan:
                items = []
                for food, g in rng.choice(menu):
                    grams = max(5, round(g * rng.uniform(0.8, 1.25)))
                    items.append({"food": food, "grams": grams})
                    for i in range(3):
                        tot[i] += _FOODS[food][i] * grams / 100.0
                t = self.at(day, hour + rng.uniform(-0.5, 0.7))
                self.add(t, {"type": "meal", "time": self.loc(t), "items": items})
            self.meal_days[day] = (low, complete, tot)

    # ------------------------------------------------------------------ fluids, mass
    def fluids_and_mass(self) -> None:
        rng = self.rng
        fluid_days = set()
        for day in range(self.n_days):
            if self.in_gap(day):
                continue
            if rng.random() < self.p_fluid_day:
                fluid_days.add(day)
                t = self.at(day, 7.2 + rng.uniform(0, 1))
                self.add(t, {"type": "fluid", "time": self.loc(t), "ml": self.q_ml(rng.choice([200, 250, 300])),
                             "drink": rng.choice(["coffee", "coffee", "tea"])})
                for _ in range(rng.randint(2, 5)):
                    t = self.at(day, rng.uniform(9, 21.5))
                    self.add(t, {"type": "fluid", "time": self.loc(t),
                                 "ml": self.q_ml(rng.choice([250, 300, 330, 400, 500])), "drink": "water"})
                if rng.random() < 0.4:
                    t = self.at(day, rng.uniform(12, 21))
                    self.add(t, {"type": "fluid", "time": self.loc(t), "ml": self.q_ml(rng.choice([200, 250, 330])),
                                 "drink": rng.choice(["juice", "milk", "soft_drink", "beer", "tea"])})
            if rng.random() < self.p_morning_mass:
                t = self.at(day, 6.7 + rng.uniform(0, 1))
                self.add(t, {"type": "body_mass", "time": self.loc(t),
                             "kg": self.q_kg(self.mass + rng.gauss(0, 0.4)), "context": "morning"})
        for s in self.sess:
            if s["measured"]:
                pre = self.mass + rng.gauss(0, 0.35)
                s["pre"] = round(pre, 1)
                s["post"] = round(pre - s["loss"], 1)
                tp = s["start"] - _dt.timedelta(minutes=rng.randint(8, 25))
                tq = s["end"] + _dt.timedelta(minutes=rng.randint(5, 20))
                self.add(tp, {"type": "body_mass", "time": self.loc(tp), "kg": self.q_kg(s["pre"]),
                              "context": "pre_workout"})
                self.add(tq, {"type": "body_mass", "time": self.loc(tq), "kg": self.q_kg(s["post"]),
                              "context": "post_workout"})
            if s["log_fluid"] and s["drunk"] > 0.05:
                n = max(1, min(4, int(s["dur"] // 40)))
                per = s["drunk"] * 1000.0 / n
                for i in range(n):
                    t = s["start"] + _dt.timedelta(minutes=s["dur"] * (i + 0.7) / (n + 0.2))
                    if t >= s["end"]:
                        t = s["end"] - _dt.timedelta(minutes=2)
                    self.add(t, {"type": "fluid", "time": self.loc(t), "ml": self.q_ml(max(50, per)),
                                 "drink": s["drink"]})
            if s["log_fluid"] and s["dur"] >= 60 and rng.random() < 0.6:
                after = "water" if (s["drink"] == "water" or rng.random() < 0.5) else s["drink"]
                t = s["end"] + _dt.timedelta(minutes=rng.randint(25, 60))
                self.add(t, {"type": "fluid", "time": self.loc(t),
                             "ml": self.q_ml(rng.choice([300, 400, 500, 750])), "drink": after})
                s["after_drink"] = after

    # ------------------------------------------------------------------ workouts out
    def emit_workouts(self) -> None:
        rng = self.rng
        for s in self.sess:
            o = {"type": "workout", "time": self.loc(s["start"]), "duration_min": s["dur"],
                 "activity": "strength" if s["act"].startswith("strength") else s["act"]}
            if rng.random() < self.p_rpe or s["big"]:
                o["rpe"] = s["rpe"]
            if rng.random() < self.p_hr:
                o["avg_hr"] = int(max(80, min(185, 95 + 9 * s["rpe"] + rng.gauss(0, 6))))
            if s["act"] in ("running", "trail_running", "cycling", "walking", "hiking") and rng.random() < 0.7:
                speed = {"running": 10.5, "trail_running": 8.0, "cycling": 24.0, "walking": 5.2,
                         "hiking": 4.0}[s["act"]]
                o["distance_km"] = _r1(speed * rng.uniform(0.85, 1.15) * s["dur"] / 60.0)
            if s["temp_known"]:
                o["temperature_c"] = self.q_temp(s["temp"])
                if rng.random() < 0.85:
                    o["humidity_pct"] = int(round(s["hum"]))
            if rng.random() < self.p_muscles:
                k = rng.randint(min(2, len(s["mus"])), len(s["mus"]))
                o["muscle_groups"] = s["mus"][:k]
            if rng.random() < 0.15:
                o["warm_up_min"] = rng.choice([5, 10, 15])
            self.add(s["start"], o)

    def emit_sleep(self) -> None:
        rng = self.rng
        for n in self.nights:
            if not n["logged"]:
                continue
            o = {"type": "sleep", "time": self.loc(n["bed"])}
            if rng.random() < 0.8:
                o["end"] = self.loc(n["wake"])
            else:
                o["hours"] = round(n["hours"] * 4) / 4
            if rng.random() < self.p_quality:
                o["quality"] = max(1, min(5, int(round(2.0 + (n["hours"] - 5) * 0.7 + rng.gauss(0, 0.6)))))
            self.add(n["bed"], o)

    # ------------------------------------------------------------------ medicines
    def medicines(self) -> None:
        rng, c = self.rng, self.cause
        self.med_start_day = None
        for _ in range(rng.choice([0, 1, 1, 2])):
            name = rng.choice(_OTHER_MEDS)
            if rng.random() < 0.6:
                st = self.d0 - _dt.timedelta(days=rng.randint(60, 3000))
            else:
                st = self.d0 + _dt.timedelta(days=rng.randint(10, self.n_days - 10))
            o = {"type": "medication", "name": name, "start": st.isoformat()}
            if rng.random() < 0.2:
                o["end"] = (st + _dt.timedelta(days=rng.randint(14, 60))).isoformat()
            self.add(None, o)
        if c == "medication":
            opts = [m for m, sx in _CRAMP_MEDS if sx is None or sx == self.sex]
            name = rng.choice(opts)
            self.med_start_day = int(self.n_days * rng.uniform(0.5, 0.68))
            while self.in_gap(self.med_start_day):
                self.med_start_day += 1
            st = self.d0 + _dt.timedelta(days=self.med_start_day)
            self.add(None, {"type": "medication", "name": name, "start": st.isoformat()})
        if rng.random() < 0.3:
            for day in range(0, self.n_days, rng.randint(1, 3)):
                if not self.in_gap(day) and rng.random() < 0.5:
                    t = self.at(day, 8.0 + rng.uniform(0, 0.5))
                    self.add(t, {"type": "supplement", "time": self.loc(t),
                                 "name": rng.choice(["vitamin D3", "fish oil", "vitamin C"])})

    # ------------------------------------------------------------------ episodes
    def episode(self, t: _dt.datetime, during: str, muscle: str, kind: str = "spasm",
                planted: bool = False, side: str | None = None) -> None:
        rng = self.rng
        o = {"type": "episode", "time": self.loc(t), "kind": kind, "muscle": muscle}
        if kind == "spasm":
            if rng.random() < 0.85:
                o["side"] = side or rng.choice(["left", "right", "left", "right", "both"])
            if rng.random() < 0.8:
                o["duration_s"] = int(rng.choice([20, 30, 45, 60, 90, 120, 180, 240, 300]))
            if rng.random() < 0.85:
                o["pain"] = max(1, min(10, int(round(rng.gauss(6, 1.7)))))
            if rng.random() < 0.7:
                o["relief"] = rng.sample(["stretching", "stretching", "massage", "walking_it_off",
                                          "hydration", "rest", "heat", "pickle_juice"], rng.randint(1, 2))
                o["relief"] = sorted(set(o["relief"]), key=_RELIEF.index)
                o["relieved"] = rng.random() < 0.9
        else:
            if rng.random() < 0.6:
                o["duration_s"] = int(rng.choice([5, 10, 30, 60, 120]))
            if rng.random() < 0.5:
                o["pain"] = rng.choice([0, 0, 1])
        if rng.random() < 0.9:
            o["during"] = during
        self.add(t, o)
        if kind == "spasm":
            self.episodes.append((t, planted))

    def ex_muscle(self, s: dict) -> str:
        legs = [m for m in s["mus"] if m in ("calf", "hamstring", "quadriceps", "foot", "adductor")]
        if legs and self.rng.random() < 0.85:
            return self.rng.choices(legs, [3 if m == "calf" else 2 for m in legs])[0]
        return self.rng.choice(s["mus"])

    def in_session(self, s: dict, planted: bool, p_during: float = 0.6, side=None) -> None:
        rng = self.rng
        if rng.random() < p_during:
            t = s["start"] + _dt.timedelta(minutes=s["dur"] * rng.uniform(0.55, 0.97))
            self.episode(t, "exercise", self.ex_muscle(s), planted=planted, side=side)
        else:
            t = s["end"] + _dt.timedelta(minutes=rng.uniform(3, 40) if s.get("measured") else rng.uniform(3, 150))
            if s.get("measured"):
                t = s["end"] + _dt.timedelta(minutes=rng.uniform(22, 90))
            self.episode(t, "after_exercise", self.ex_muscle(s), planted=planted, side=side)

    def in_night(self, n: dict, planted: bool) -> None:
        t = n["bed"] + _dt.timedelta(hours=n["hours"] * self.rng.uniform(0.25, 0.9))
        self.episode(t, "sleep", self.rng.choice(["calf", "calf", "calf", "foot", "toes", "hamstring"]),
                     planted=planted)

    def in_day(self, day: int, planted: bool, lo: float = 9.0, hi: float = 21.5) -> None:
        rng = self.rng
        for _ in range(20):
            t = self.at(day, rng.uniform(lo, hi))
            if not any(s["start"] - _dt.timedelta(minutes=30) <= t <= s["end"] + _dt.timedelta(hours=3)
                       for s in self.by_day.get(day, [])):
                break
        self.episode(t, "rest", rng.choice(["calf", "calf", "foot", "hamstring", "toes", "quadriceps"]),
                     planted=planted)

    def background(self) -> None:
        rng = self.rng
        days = [d for d in range(self.n_days) if not self.in_gap(d)]
        for _ in range(rng.randint(4, 15)):
            u = rng.random()
            if u < 0.4 and self.sess:
                self.in_session(rng.choice(self.sess), False)
            elif u < 0.75 and self.nights:
                self.in_night(rng.choice(self.nights), False)
            else:
                self.in_day(rng.choice(days), False)
        for _ in range(rng.randint(1, 8)):
            t = self.at(rng.choice(days), rng.uniform(8, 22))
            self.episode(t, "rest",
                         rng.choice(["eyelid", "eyelid", "calf", "hand", "fingers", "face", "calf"]),
                         kind="twitch")

    def plant(self) -> dict:
        rng, c = self.rng, self.cause
        st: dict = {"cause": c}
        if c is None:
            return st
        n_target = rng.randint(8, 20)
        if c in ("dehydration", "electrolyte_loss", "muscle_fatigue", "training_load_spike", "heat"):
            key = "x_" + c
            if c == "dehydration":
                units = [s for s in self.sess if s["measured"]]
            elif c == "heat":
                units = [s for s in self.sess if s["temp_known"]]
            elif c == "electrolyte_loss":
                units = [s for s in self.sess if s["dur"] >= 60]
            else:
                units = list(self.sess)
            exp = [s for s in units if s[key]]
            n = min(n_target, max(min(8, int(0.7 * len(exp))), int(0.6 * len(exp))))
            chosen = rng.sample(exp, n)
            for s in chosen:
                side = "both" if (c == "electrolyte_loss" and rng.random() < 0.5) else None
                self.in_session(s, True, p_during=0.65, side=side)
            st.update(units=len(units), exposed=len(exp), planted=n)
        elif c == "sleep_debt":
            units = [n for n in self.nights if n["logged"]]
            exp = [n for n in units if n["x_sleep_debt"]]
            n = min(n_target, max(min(8, int(0.7 * len(exp))), int(0.6 * len(exp))))
            for night in rng.sample(exp, n):
                day = night["day"] + 1
                wake_h = (night["wake"].astimezone(self.tz).hour + night["wake"].astimezone(self.tz).minute / 60)
                sess = self.by_day.get(day, [])
                if sess and rng.random() < 0.4:
                    self.in_session(rng.choice(sess), True)
                else:
                    self.in_day(day, True, lo=max(wake_h + 0.5, 7.0), hi=21.0)
            st.update(units=len(units), exposed=len(exp), planted=n)
        elif c == "nutrient_deficiency":
            units = list(self.meal_days)
            exp = [d for d in units if d in self.low_days and (d - 4) in self.low_days
                   and (d + 1) in self.low_days]
            n = min(n_target, max(min(8, int(0.7 * len(exp))), int(0.6 * len(exp))))
            for d in rng.sample(exp, n):
                u = rng.random()
                if u < 0.45 and d in self.night_by_day:
                    self.in_night(self.night_by_day[d], True)
                elif u < 0.7 and self.by_day.get(d):
                    self.in_session(rng.choice(self.by_day[d]), True)
                else:
                    self.in_day(d, True)
            st.update(units=len(units), exposed=sum(1 for d in units if d in self.low_days),
                      eligible=len(exp), planted=n)
        elif c == "medication":
            sd = self.med_start_day
            units = [d for d in range(self.n_days) if not self.in_gap(d)]
            exp = [d for d in units if d > sd]
            w = [min(1.0, 0.25 + (d - sd) / 28.0) for d in exp]
            n = min(n_target, max(min(8, int(0.7 * len(exp))), int(0.6 * len(exp))))
            picked = set()
            while len(picked) < n:
                picked.add(rng.choices(exp, w)[0])
            for d in sorted(picked):
                u = rng.random()
                if u < 0.6 and d in self.night_by_day:
                    self.in_night(self.night_by_day[d], True)
                elif u < 0.8 and self.by_day.get(d):
                    self.in_session(rng.choice(self.by_day[d]), True)
                else:
                    self.in_day(d, True)
            st.update(units=len(units), exposed=len(exp), planted=n)
        if st.get("units"):
            st["exposed_frac"] = round(st["exposed"] / st["units"], 3)
        return st

    # ------------------------------------------------------------------ run
    def run(self) -> tuple[BlindJournal, dict]:
        self.person()
        self.calendar()
        self.sessions()
        self.conditions()
        self.hydration()
        self.exposures()
        self.sleep()
        self.add(None, {"type": "profile", "sex": self.sex,
                        "birth_year": self.d0.year - self.age, "body_mass_kg": self.mass,
                        "height_cm": self.height, "timezone": self.tzname})
        self.meals()
        self.fluids_and_mass()
        self.emit_workouts()
        self.emit_sleep()
        self.medicines()
        self.episodes: list = []
        self.background()
        st = self.plant()
        st["background"] = sum(1 for _, p in self.episodes if not p)
        st["sessions"] = len(self.sess)
        st["days"] = self.n_days
        st["natural"] = {
            k: round(sum(1 for s in self.sess if s["x_" + k]) / max(1, len(self.sess)), 2)
            for k in ("dehydration", "electrolyte_loss", "muscle_fatigue", "training_load_spike", "heat")}
        st["natural"]["sleep_debt"] = round(sum(1 for n in self.nights if n["x_sleep_debt"])
                                            / max(1, len(self.nights)), 2)
        self.objs.sort(key=lambda x: (x[0], x[1]))
        start = _dt.datetime(self.d0.year, self.d0.month, self.d0.day, tzinfo=self.tz)
        e = self.d0 + _dt.timedelta(days=self.n_days)
        stop = _dt.datetime(e.year, e.month, e.day, tzinfo=self.tz)
        return BlindJournal(self.cause, [o for _, _, o in self.objs], start, stop), st


def blind_journal_with_stats(cause: str | None, seed: int) -> tuple[BlindJournal, dict]:
    """The journal plus the generator's own planting statistics (for self-checks)."""
    if cause is not None and cause not in CAUSES:
        raise ValueError(f"unknown cause {cause!r}")
    return _Gen(cause, seed).run()


def blind_journal(cause: str | None, seed: int) -> BlindJournal:
    return blind_journal_with_stats(cause, seed)[0]
