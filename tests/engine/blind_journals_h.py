"""Blind test-journal generator "h" for cramp-cause analysis.

Written blind on 2026-12-01 from spec and evidence only: the only sources were
spec/journal.md (format), spec/vocabulary.md (names, cause meanings) and
research/evidence.md (what research says about each cause).  The product's
source, its scoring and other generators were not read.

Each seed picks a persona that fits the planted cause (ultra-trail runner, club
cyclist in a hot country, football/rugby player, CrossFit athlete, pregnant
recreational swimmer, 65-year-old daily walker, student athlete with exam weeks)
and simulates 3-9 months of uneven logging.  Every journal gets background
spasms (4-15) and a few twitches on random days.  A planted cause adds 8-20
episodes tied to that cause's exposure, which is present in about 20-50 % of the
relevant units (sessions, nights, days) and mostly occurs without an episode.
Other exposures vary realistically (heat raises sweat, long sessions raise load)
but do not change the risk.

Standard library only; deterministic per (cause, seed).
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
    cause: str | None          # planted cause, None for a journal with no planted cause
    objects: list[dict]        # journal entries as spec/journal.md JSON objects (profile included)
    start: _dt.datetime        # tz-aware
    stop: _dt.datetime         # tz-aware
    stats: dict = field(default_factory=dict)   # planting statistics (for the examiner's own checks)


# ---------------------------------------------------------------------------
# food: names checked against the product's food table by parsing only.
# Approximate mg per 100 g (Mg, K, Ca) from general USDA knowledge; used only
# to make "low" and "adequate" days clearly different and to report statistics.
FOOD = {
    "oats": (177, 429, 54), "milk, lowfat": (11, 150, 125), "bananas, raw": (27, 358, 5),
    "yogurt, plain, lowfat, 12 grams protein per 8 oz": (17, 234, 183),
    "almonds, dry roasted, without salt": (279, 713, 268), "bread, whole-wheat": (75, 250, 160),
    "cheddar cheese": (28, 98, 710), "spinach, raw": (79, 558, 99),
    "tomatoes, red, ripe, raw, year round average": (11, 237, 10),
    "salmon, atlantic, farmed, cooked, dry heat": (30, 384, 15),
    "potatoes, baked, flesh and skin": (28, 535, 15), "broccoli, raw": (21, 316, 47),
    "beans, black, mature seeds, cooked, boiled, without salt": (70, 355, 27),
    "rice, brown, long-grain, cooked": (43, 43, 10),
    "lentils, mature seeds, cooked, boiled, without salt": (36, 369, 19),
    "tofu, raw, firm, prepared with calcium sulfate": (58, 237, 683),
    "avocados, raw, all commercial varieties": (29, 485, 12), "kale, cooked": (18, 228, 72),
    "sweet potato, baked": (27, 475, 38), "pumpkin seeds": (550, 800, 46), "chia seeds": (335, 407, 631),
    "apricots, dried": (32, 1160, 55), "dark chocolate": (228, 715, 73), "walnuts": (158, 441, 98),
    "peanut butter": (170, 560, 45), "orange, raw": (10, 181, 40), "carrots, raw": (12, 320, 33),
    "sardines, canned in oil": (39, 397, 382), "cod, atlantic, cooked, dry heat": (42, 244, 14),
    "granola": (100, 500, 60), "milk, whole": (10, 132, 113),
    "cashew nuts, dry roasted, without salt": (260, 565, 45), "pasta, whole-wheat, cooked": (53, 96, 15),
    # poor in the three minerals
    "bread, white": (23, 100, 150), "rice, white, long-grain, regular, enriched, cooked": (12, 35, 10),
    "pasta, cooked, enriched, without added salt": (18, 44, 7),
    "chicken, broilers or fryers, breast, meat only, cooked, roasted": (29, 256, 15),
    "egg, whole, cooked, hard-boiled": (10, 126, 50), "beverages, carbonated, cola, regular": (0, 2, 2),
    "croissants, butter": (16, 118, 37), "rolls, hamburger or hotdog, plain": (19, 104, 59),
    "sugars, granulated": (0, 2, 1), "cereals ready-to-eat, kellogg, kellogg's corn flakes": (20, 100, 5),
    "doughnuts, cake-type, plain, sugared or glazed": (20, 100, 25), "pretzels": (30, 150, 20),
    "honey": (2, 52, 6), "butter": (2, 24, 24), "olive oil": (0, 1, 1),
    "beef, ground, unspec fat content, cooked": (21, 318, 18), "apples, raw, with skin": (5, 107, 6),
}

GOOD_MEALS = {
    "breakfast": [
        [("oats", 50, 80), ("milk, lowfat", 200, 300), ("bananas, raw", 100, 140)],
        [("yogurt, plain, lowfat, 12 grams protein per 8 oz", 170, 250), ("granola", 40, 60), ("chia seeds", 10, 20)],
        [("bread, whole-wheat", 60, 90), ("peanut butter", 25, 35), ("bananas, raw", 100, 130), ("milk, whole", 200, 250)],
        [("oats", 50, 70), ("yogurt, plain, lowfat, 12 grams protein per 8 oz", 120, 180), ("apricots, dried", 30, 50)],
    ],
    "lunch": [
        [("bread, whole-wheat", 70, 100), ("cheddar cheese", 30, 50), ("spinach, raw", 40, 80),
         ("tomatoes, red, ripe, raw, year round average", 80, 130)],
        [("beans, black, mature seeds, cooked, boiled, without salt", 120, 180), ("rice, brown, long-grain, cooked", 150, 220),
         ("avocados, raw, all commercial varieties", 60, 100)],
        [("lentils, mature seeds, cooked, boiled, without salt", 180, 250), ("spinach, raw", 50, 80), ("bread, whole-wheat", 40, 70)],
        [("tofu, raw, firm, prepared with calcium sulfate", 120, 180), ("rice, brown, long-grain, cooked", 150, 200),
         ("broccoli, raw", 80, 130)],
    ],
    "dinner": [
        [("salmon, atlantic, farmed, cooked, dry heat", 120, 180), ("potatoes, baked, flesh and skin", 180, 260), ("broccoli, raw", 80, 140)],
        [("pasta, whole-wheat, cooked", 200, 280), ("kale, cooked", 80, 130), ("cheddar cheese", 20, 35),
         ("tomatoes, red, ripe, raw, year round average", 80, 120)],
        [("cod, atlantic, cooked, dry heat", 140, 200), ("sweet potato, baked", 150, 220), ("spinach, raw", 60, 100)],
        [("sardines, canned in oil", 80, 110), ("potatoes, baked, flesh and skin", 180, 240), ("carrots, raw", 80, 120)],
    ],
    "snack": [
        [("almonds, dry roasted, without salt", 25, 40)], [("pumpkin seeds", 20, 30), ("orange, raw", 120, 160)],
        [("dark chocolate", 20, 35), ("walnuts", 20, 30)], [("yogurt, plain, lowfat, 12 grams protein per 8 oz", 150, 200)],
        [("cashew nuts, dry roasted, without salt", 25, 35), ("bananas, raw", 100, 130)],
    ],
}
POOR_MEALS = {
    "breakfast": [
        [("cereals ready-to-eat, kellogg, kellogg's corn flakes", 30, 45), ("sugars, granulated", 5, 12)],
        [("croissants, butter", 55, 80), ("honey", 10, 20)],
        [("bread, white", 50, 80), ("butter", 8, 15), ("honey", 10, 20)],
    ],
    "lunch": [
        [("bread, white", 80, 110), ("egg, whole, cooked, hard-boiled", 50, 100), ("beverages, carbonated, cola, regular", 330, 500)],
        [("rolls, hamburger or hotdog, plain", 50, 80), ("beef, ground, unspec fat content, cooked", 60, 90),
         ("beverages, carbonated, cola, regular", 330, 400)],
        [("rice, white, long-grain, regular, enriched, cooked", 200, 280),
         ("chicken, broilers or fryers, breast, meat only, cooked, roasted", 70, 100)],
    ],
    "dinner": [
        [("pasta, cooked, enriched, without added salt", 220, 300), ("olive oil", 8, 15)],
        [("rice, white, long-grain, regular, enriched, cooked", 220, 300), ("egg, whole, cooked, hard-boiled", 50, 60),
         ("olive oil", 5, 10)],
        [("bread, white", 60, 90), ("pasta, cooked, enriched, without added salt", 150, 200), ("butter", 5, 10)],
    ],
    "snack": [
        [("doughnuts, cake-type, plain, sugared or glazed", 45, 70)], [("pretzels", 30, 50)],
        [("apples, raw, with skin", 120, 180)], [("beverages, carbonated, cola, regular", 330, 500)],
    ],
}

# cramp-linked medicines named in evidence.md (section 2.10) and unrelated ones
MED_LINKED = {
    "senior_walker": ["hydrochlorothiazide", "chlorthalidone", "indapamide", "spironolactone"],
    "ultra_trail": ["salmeterol", "formoterol"],
    "hot_cyclist": ["atorvastatin", "nifedipine", "hydrochlorothiazide"],
}
MED_UNRELATED = ["cetirizine", "levothyroxine", "metformin", "lisinopril", "sertraline", "loratadine",
                 "paracetamol", "montelukast"]

# ---------------------------------------------------------------------------
# personas.  sessions: (activity, per_week, dur_median_min, rpe, outdoor_prob, muscle_sets, speed_kmh)
LEGS = ["calf", "quadriceps", "hamstring"]
P = {
    "ultra_trail": dict(
        sex=("male", "female"), age=(26, 52), mass=(56, 78), height=(160, 188),
        tz=["Europe/Zurich", "America/Denver", "Europe/London", "Europe/Paris"], climate=(3, 24, 55),
        sessions=[("trail_running", 3, 70, 5.5, 1.0, [LEGS, ["calf", "glute"]], 9),
                  ("trail_running", 1, 180, 6.0, 1.0, [LEGS + ["glute"]], 8),
                  ("strength", 1, 45, 6.0, 0.0, [["glute", "hamstring", "abdomen"], ["quadriceps", "lower_back"]], 0),
                  ("cycling", 0.5, 75, 4.0, 1.0, [["quadriceps"]], 24)],
        sweat=(0.9, 1.4), na=(600, 1300), sleep=(7.0, 8.2), bed=(22.3, 23.3), long_key=True),
    "hot_cyclist": dict(
        sex=("male", "female"), age=(30, 60), mass=(60, 85), height=(162, 190),
        tz=["Australia/Brisbane", "America/Phoenix", "Asia/Dubai", "Asia/Singapore"], climate=(22, 34, 60),
        sessions=[("cycling", 3, 90, 5.5, 1.0, [["quadriceps", "calf"], ["quadriceps", "hamstring"]], 27),
                  ("cycling", 1, 200, 6.0, 1.0, [["quadriceps", "calf", "hamstring"]], 26),
                  ("running", 0.6, 40, 5.0, 1.0, [["calf", "hamstring"]], 10),
                  ("strength", 0.5, 40, 5.0, 0.0, [["glute", "quadriceps"], ["upper_back", "abdomen"]], 0)],
        sweat=(1.1, 1.7), na=(800, 1500), sleep=(6.8, 7.8), bed=(21.5, 22.5), long_key=True),
    "football": dict(
        sex=("male", "male", "female"), age=(18, 32), mass=(62, 98), height=(165, 195),
        tz=["Europe/Lisbon", "America/Sao_Paulo", "Australia/Sydney", "Europe/London", "Africa/Johannesburg"],
        climate=(10, 27, 65),
        sessions=[("team_sport", 2.5, 90, 6.0, 1.0, [["hamstring", "calf", "quadriceps"], ["adductor", "hamstring"]], 7),
                  ("team_sport", 1, 95, 8.0, 1.0, [["hamstring", "calf", "quadriceps", "adductor"]], 9),
                  ("strength", 1.3, 50, 6.5, 0.0, [["quadriceps", "glute", "hamstring"], ["chest", "shoulder", "upper_back"]], 0),
                  ("running", 0.6, 35, 5.0, 1.0, [["calf"]], 11)],
        sweat=(1.0, 1.6), na=(700, 1600), sleep=(7.2, 8.5), bed=(22.5, 23.8), long_key=False),
    "crossfit": dict(
        sex=("male", "female"), age=(24, 45), mass=(58, 92), height=(158, 190),
        tz=["America/New_York", "America/Los_Angeles", "Europe/Berlin", "Australia/Melbourne"], climate=(6, 25, 60),
        sessions=[("crossfit", 4, 60, 7.5, 0.0, [["quadriceps", "glute", "hamstring"], ["shoulder", "chest", "triceps"],
                                                 ["upper_back", "biceps", "forearm"], ["abdomen", "lower_back", "quadriceps"]], 0),
                  ("running", 1, 35, 6.0, 1.0, [["calf", "hamstring"]], 11),
                  ("rowing", 0.5, 30, 6.0, 0.0, [["upper_back", "quadriceps"]], 0)],
        sweat=(0.8, 1.3), na=(500, 1200), sleep=(6.8, 8.0), bed=(22.0, 23.2), long_key=False),
    "pregnant_swimmer": dict(
        sex=("female",), age=(27, 38), mass=(58, 80), height=(155, 180),
        tz=["Europe/Amsterdam", "America/Toronto", "Europe/Madrid", "Pacific/Auckland"], climate=(6, 24, 65),
        sessions=[("swimming", 2.5, 40, 4.0, 0.0, [["shoulder", "upper_back"], ["calf", "foot"]], 2),
                  ("walking", 2, 40, 3.0, 1.0, [["calf"]], 4.8),
                  ("yoga", 1, 50, 2.5, 0.0, [["hamstring", "lower_back"]], 0)],
        sweat=(0.4, 0.7), na=(400, 900), sleep=(7.5, 8.8), bed=(21.8, 22.8), long_key=False, pregnant=True),
    "senior_walker": dict(
        sex=("male", "female"), age=(63, 68), mass=(60, 92), height=(155, 185),
        tz=["Europe/Rome", "America/Chicago", "Europe/Athens", "Australia/Perth"], climate=(8, 29, 50),
        sessions=[("walking", 6, 55, 3.0, 1.0, [["calf"], ["calf", "hamstring"]], 5),
                  ("pilates", 0.8, 50, 3.5, 0.0, [["abdomen", "lower_back"]], 0),
                  ("swimming", 0.4, 35, 3.5, 0.0, [["shoulder"]], 1.8)],
        sweat=(0.4, 0.7), na=(500, 1100), sleep=(6.8, 7.8), bed=(21.8, 22.8), long_key=False),
    "student": dict(
        sex=("male", "female"), age=(18, 22), mass=(55, 85), height=(158, 192),
        tz=["America/Chicago", "Europe/Dublin", "America/New_York", "Europe/Stockholm"], climate=(0, 23, 60),
        sessions=[("running", 2, 45, 6.0, 1.0, [["calf", "hamstring"], ["calf", "quadriceps"]], 11),
                  ("team_sport", 2, 90, 6.5, 0.8, [["hamstring", "calf", "quadriceps"]], 7),
                  ("strength", 1.5, 50, 6.5, 0.0, [["quadriceps", "glute"], ["chest", "shoulder", "triceps"]], 0)],
        sweat=(0.8, 1.3), na=(600, 1200), sleep=(7.3, 8.3), bed=(23.0, 24.2), long_key=False),
}

FITS = {
    "dehydration": ["ultra_trail", "hot_cyclist", "football"],
    "electrolyte_loss": ["hot_cyclist", "ultra_trail", "football"],
    "muscle_fatigue": ["ultra_trail", "football", "crossfit", "student"],
    "training_load_spike": ["ultra_trail", "hot_cyclist", "crossfit", "student"],
    "heat": ["hot_cyclist", "football", "ultra_trail", "senior_walker"],
    "nutrient_deficiency": ["student", "pregnant_swimmer", "senior_walker", "crossfit"],
    "sleep_debt": ["student", "pregnant_swimmer", "crossfit", "football"],
    "medication": ["senior_walker", "ultra_trail", "hot_cyclist"],
    None: list(P),
}

SALTY = ("sports_drink", "electrolyte_drink", "ors")


@dataclass
class Sess:
    day: int
    start: _dt.datetime
    dur: float
    act: str
    rpe: float
    outdoor: bool
    muscles: list
    speed: float
    temp: float | None = None
    hum: float | None = None
    temp_logged: bool = False
    hum_logged: bool = False
    log_muscles: bool = False
    sweat_l: float = 0.0
    measured: bool = False
    loss_pct: float = 0.0
    drink: str = "water"
    drink_l: float = 0.0
    post_l: float = 0.0
    post_drink: str = "water"
    log_fluids: bool = False
    exposed: bool = False
    template_dur: float = 0.0

    @property
    def end(self):
        return self.start + _dt.timedelta(minutes=self.dur)


def _heat(t, h):
    return t is not None and (t >= 30 or (t >= 27 and h is not None and h >= 70))


def blind_journal(cause: str | None, seed: int) -> BlindJournal:
    if cause not in FITS:
        raise ValueError(f"unknown cause {cause!r}")
    rng = random.Random(f"blind-h:{cause}:{seed}")
    pkey = rng.choice(FITS[cause])
    per = P[pkey]
    tzname = rng.choice(per["tz"])
    tz = ZoneInfo(tzname)
    sex = rng.choice(per["sex"])
    age = rng.randint(*per["age"])
    mass0 = round(rng.uniform(*per["mass"]) * (0.9 if sex == "female" else 1.0), 1)
    height = round(rng.uniform(*per["height"]) - (6 if sex == "female" else 0))
    n_days = rng.randint(92, 165 if per.get("pregnant") else 270)
    d0 = _dt.date(2025, 1, 6) + _dt.timedelta(days=rng.randint(0, 560))
    usual_sleep = rng.uniform(*per["sleep"])
    sweat_rate = rng.uniform(*per["sweat"])
    sweat_na = rng.uniform(*per["na"])
    if cause == "electrolyte_loss":
        sweat_rate = max(sweat_rate, rng.uniform(1.3, 1.7))
        sweat_na = rng.uniform(1150, 1550)       # a salty sweater
    tmin, tmax, hum_base = per["climate"]
    south = tzname.startswith(("Australia", "Pacific", "America/Sao", "Africa/Jo"))
    stats: dict = {"persona": pkey, "days": n_days, "tz": tzname}

    def at(day, hour):
        mins = int(round(hour * 60 / 5)) * 5
        naive = _dt.datetime.combine(d0, _dt.time(0, 0)) + _dt.timedelta(days=day, minutes=mins)
        return naive.replace(tzinfo=tz)

    def season_temp(day):
        doy = (d0 + _dt.timedelta(days=day)).timetuple().tm_yday
        phase = math.cos(2 * math.pi * (doy - 200) / 365.25)
        if south:
            phase = -phase
        return tmin + (tmax - tmin) * (phase + 1) / 2

    # ---- logging gaps and diligence ------------------------------------------------
    gap = set()
    for _ in range(rng.randint(1, 3)):
        g0 = rng.randint(10, n_days - 15)
        gap.update(range(g0, g0 + rng.randint(3, 12)))
    dil = [rng.uniform(0.45, 1.0) for _ in range(n_days // 7 + 2)]

    def diligent(day, p):
        return day not in gap and rng.random() < p * (0.4 + 0.6 * dil[day // 7])

    # ---- training load spikes (planned before sessions) ----------------------------
    spike_days = set()
    if cause == "training_load_spike":
        k = 35 + rng.randint(0, 7)
        while k < n_days - 10:
            spike_days.update(range(k, k + rng.randint(10, 14)))
            k += rng.randint(20, 28)
    # mild natural weekly variation
    week_mult = []
    m = 1.0
    for _ in range(n_days // 7 + 2):
        m = max(0.85, min(1.15, m + rng.uniform(-0.08, 0.08)))
        week_mult.append(m)

    # ---- sessions ------------------------------------------------------------------
    sessions: list[Sess] = []
    weekdays_busy: dict[int, list] = {}
    templates = per["sessions"]
    for w in range(n_days // 7 + 1):
        plan = []
        for ti, (act, per_week, dmed, rpe, outp, msets, speed) in enumerate(templates):
            cnt = int(per_week) + (1 if rng.random() < per_week - int(per_week) else 0)
            plan += [ti] * cnt
        days_free = list(range(7))
        rng.shuffle(days_free)
        n_rest = 2 if len(plan) <= 5 else 1 if len(plan) <= 6 else 0
        slots = days_free[:7 - n_rest]
        for j, ti in enumerate(plan):
            dow = slots[j % len(slots)]
            day = w * 7 + dow
            if day >= n_days or rng.random() < 0.08:
                continue
            weekdays_busy.setdefault(day, []).append(ti)
        if spike_days and any(w * 7 + d in spike_days for d in range(7)):
            for d in range(7):           # heavy blocks fill rest days
                day = w * 7 + d
                if day in spike_days and day < n_days and not weekdays_busy.get(day) and rng.random() < 0.8:
                    weekdays_busy.setdefault(day, []).append(0)
                elif day in spike_days and day < n_days and rng.random() < 0.4:
                    weekdays_busy.setdefault(day, []).append(0)      # double days
    for day in sorted(weekdays_busy):
        if day in gap:
            continue
        for k, ti in enumerate(weekdays_busy[day][:2]):
            act, per_week, dmed, rpe, outp, msets, speed = templates[ti]
            mult = week_mult[day // 7]
            dur = dmed * mult * rng.uniform(0.8, 1.2)
            r = rpe + rng.uniform(-1.0, 1.0)
            if day in spike_days:
                dur *= rng.uniform(1.25, 1.45)
                r += rng.uniform(0.5, 1.3)
            hour = rng.choice([6.5, 7.0, 17.5, 18.0, 18.5, 9.0] if k == 0 else [18.5, 19.0])
            if dur > 150:
                hour = rng.choice([6.0, 6.5, 7.0, 8.0])
            s = Sess(day=day, start=at(day, hour + rng.uniform(-0.3, 0.3)), dur=round(dur), act=act,
                     rpe=round(max(1, min(10, r))), outdoor=rng.random() < outp, muscles=list(rng.choice(msets)),
                     speed=speed, template_dur=dmed)
            sessions.append(s)
    sessions.sort(key=lambda s: s.start)

    # ---- muscle fatigue: unusually long sessions / same muscles without recovery ----
    if cause == "muscle_fatigue":
        cands = [s for s in sessions if s.day not in gap and s.act not in ("strength", "yoga", "pilates")]
        n_exp = max(18, int(len(sessions) * rng.uniform(0.22, 0.3)))
        picks = rng.sample(cands, min(n_exp, len(cands)))
        day_map: dict[int, list] = {}
        for s in sessions:
            day_map.setdefault(s.day, []).append(s)
        for s in picks:
            if pkey in ("crossfit", "football", "student") and rng.random() < 0.35 \
                    and day_map.get(s.day - 1) and day_map.get(s.day - 2):
                legs = ["quadriceps", "hamstring", "calf"]     # same muscles, third day running
                for t in day_map[s.day - 1][:1] + day_map[s.day - 2][:1] + [s]:
                    t.muscles, t.log_muscles = list(legs), True
                s.rpe = min(10, s.rpe + 1)
                s.exposed = True
                continue
            longest = max(t[2] for t in templates if t[0] == s.act)
            s.dur = round(longest * rng.uniform(1.7, 2.3))
            s.rpe = min(10, s.rpe + rng.randint(1, 2))
            s.exposed = True
            if s.dur > 150:
                s.start = at(s.day, rng.choice([6.0, 7.0, 8.0]))
            s.muscles = list(dict.fromkeys(s.muscles + ["calf", "quadriceps"]))[:4]
            s.log_muscles = True
    # ---- environment, sweat, drinks, body mass -------------------------------------
    for s in sessions:
        hr = s.start.hour + s.start.minute / 60
        if s.outdoor:
            base = season_temp(s.day) + (-4 if hr < 9 else 2 if hr < 17 else -1) + rng.gauss(0, 3)
            s.temp = round(max(-10, min(46, base)), 1)
            s.hum = round(max(10, min(98, hum_base + rng.gauss(0, 15) + (10 if hr < 9 else 0))))
            s.temp_logged = rng.random() < (0.85 if cause == "heat" else 0.65)
            s.hum_logged = s.temp_logged and rng.random() < 0.75
        heatf = 1.0 + max(0.0, ((s.temp if s.temp is not None else 21) - 20)) * 0.035
        s.sweat_l = sweat_rate * heatf * (0.6 + 0.06 * s.rpe) * s.dur / 60
        s.log_muscles = s.log_muscles or rng.random() < 0.45
    if cause == "heat":
        outdoor = [s for s in sessions if s.outdoor]
        target = rng.uniform(0.25, 0.36)
        for s in outdoor:
            hot_now = _heat(s.temp, s.hum)
            want_hot = rng.random() < target * (0.6 + 0.8 * (season_temp(s.day) - tmin) / max(1, tmax - tmin))
            if want_hot and not hot_now:
                s.temp = round(rng.uniform(30.5, 37.5) if rng.random() < 0.7 else rng.uniform(27.5, 30.0), 1)
                s.hum = round(rng.uniform(72, 92) if s.temp < 30 else rng.uniform(25, 70))
            elif not want_hot and hot_now:
                s.temp = round(rng.uniform(12, 26.5), 1)
                s.hum = round(rng.uniform(30, 65))
            if want_hot:
                s.temp_logged, s.hum_logged = True, True
            s.sweat_l = sweat_rate * (1 + max(0, s.temp - 20) * 0.035) * (0.6 + 0.06 * s.rpe) * s.dur / 60
            s.exposed = _heat(s.temp, s.hum) and s.temp_logged and s.hum_logged or (s.temp_logged and s.temp >= 30)

    meas_p = {"dehydration": 0.65, "electrolyte_loss": 0.3}.get(cause, 0.22)
    for s in sessions:
        s.measured = diligent(s.day, meas_p / 0.8) and s.sweat_l > 0.25
        s.log_fluids = s.measured or diligent(s.day, 0.55 if cause == "electrolyte_loss" else 0.3)
        # plain drinking behaviour, independent of any cause
        s.drink = "water" if rng.random() < 0.6 else rng.choice(SALTY[:2])
        s.post_drink = rng.choice(["water", "water", "milk", "sports_drink", "juice"])
        s.loss_pct = rng.uniform(0.2, 1.7)
    if cause == "dehydration":
        meas = [s for s in sessions if s.measured]
        target = rng.uniform(0.27, 0.38)
        # only sessions that can plausibly lose >2 % (long enough, sweaty enough)
        able = lambda s: s.dur >= 45 and s.sweat_l * 1.5 >= 0.024 * mass0
        for s in meas:
            s.exposed = able(s) and rng.random() < target * (0.8 + 0.4 * min(1.0, s.sweat_l / 2.5)) * 1.2
        extra = [s for s in meas if not s.exposed and able(s)]
        rng.shuffle(extra)
        goal = min(int(0.5 * len(meas)), max(16, int(rng.uniform(0.25, 0.33) * len(meas))))
        while sum(s.exposed for s in meas) < goal and extra:
            extra.pop().exposed = True
        for s in meas:
            if s.exposed:
                s.loss_pct = min(rng.uniform(2.3, 3.6), 100 * s.sweat_l * 1.45 / mass0)
                s.sweat_l = max(s.sweat_l, s.loss_pct / 100 * mass0 + 0.25)
            else:
                s.loss_pct = rng.uniform(0.2, 1.5)
    if cause == "electrolyte_loss":
        heavy = [s for s in sessions if s.sweat_l * sweat_na >= 2500 and s.day not in gap]
        p_water = min(0.8, rng.uniform(0.28, 0.4) * len(sessions) / max(1, len(heavy)))
        for s in sessions:
            na_loss = s.sweat_l * sweat_na
            if na_loss >= 2500:
                s.log_fluids = s.log_fluids or diligent(s.day, 0.95)
                water_only = rng.random() < p_water
                s.drink = "water" if water_only else rng.choice(SALTY)
                s.post_drink = "water" if water_only else rng.choice(SALTY + ("water",))
                s.exposed = water_only and s.log_fluids
            elif s.drink != "water" and rng.random() < 0.5:
                s.drink = "water"
            s.loss_pct = rng.uniform(0.2, 1.4)       # they drink plenty (of water)
    for s in sessions:
        loss_kg = s.loss_pct / 100 * mass0
        s.sweat_l = max(s.sweat_l, loss_kg + 0.15)
        s.drink_l = s.sweat_l - loss_kg
        if cause == "electrolyte_loss" and s.post_drink == "water":
            s.post_l = max(0.3, loss_kg * 1.5 + rng.uniform(0.0, 0.5))
        else:
            s.post_l = rng.uniform(0.3, 0.9)

    # ---- nights ---------------------------------------------------------------------
    short = set()
    night_h = []
    for d in range(n_days):
        h = usual_sleep + rng.gauss(0, 0.45)
        night_h.append(max(4.8, min(10.5, h)))
    if cause == "sleep_debt":
        d = rng.randint(5, 20)
        while d < n_days - 3:
            blk = rng.randint(5, 10) if pkey == "student" else rng.randint(3, 7)
            for k in range(d, min(n_days - 1, d + blk)):
                if rng.random() < 0.85:
                    short.add(k)
                    night_h[k] = usual_sleep - rng.uniform(1.9, 3.4)
            d += blk + rng.randint(5, 14)
    elif pkey == "student":
        for k in rng.sample(range(n_days), n_days // 30):
            night_h[k] = usual_sleep - rng.uniform(0.9, 1.4)   # the odd late night, not debt
    night_logged = [diligent(d, 0.97) for d in range(n_days)]
    for k in short:
        if k not in gap and rng.random() < 0.95:
            night_logged[k] = True
    bed = [rng.uniform(*per["bed"]) + (rng.uniform(0.8, 2.0) if d in short else 0) for d in range(n_days)]

    # ---- food days ------------------------------------------------------------------
    low = set()
    if cause == "nutrient_deficiency":
        d = rng.randint(8, 25)
        while d < n_days - 5:
            blk = rng.randint(9, 20)
            low.update(range(d, min(n_days, d + blk)))
            d += blk + rng.randint(14, 35)
    meal_p = 0.85 if cause == "nutrient_deficiency" else 0.35
    food_days = {}
    for d in range(n_days):
        if not diligent(d, meal_p):
            continue
        pool = POOR_MEALS if d in low else GOOD_MEALS
        meals = ["breakfast", "lunch", "dinner"] + (["snack"] if rng.random() < 0.6 else [])
        if rng.random() < 0.15:
            meals = rng.sample(meals, rng.randint(1, 2))      # partial days
        day_meals = []
        for mname in meals:
            chosen = rng.choice(pool[mname])
            if d not in low and rng.random() < 0.12:
                chosen = rng.choice(POOR_MEALS[mname])        # the odd fast-food meal
            day_meals.append((mname, [(f, round(rng.uniform(a, b))) for f, a, b in chosen]))
        food_days[d] = day_meals

    def day_minerals(d):
        tot = [0.0, 0.0, 0.0]
        for _, items in food_days.get(d, []):
            for f, g in items:
                for i in range(3):
                    tot[i] += FOOD[f][i] * g / 100
        return tot

    # ---- medication -----------------------------------------------------------------
    meds = []
    med_start_day = None
    un = rng.sample(MED_UNRELATED, rng.randint(1, 3))
    for i, name in enumerate(un):
        if i == 0:
            meds.append({"name": name, "start": (d0 - _dt.timedelta(days=rng.randint(200, 2000))).isoformat()})
        else:
            sd = rng.randint(5, n_days - 20)
            o = {"name": name, "start": (d0 + _dt.timedelta(days=sd)).isoformat()}
            if rng.random() < 0.5:
                o["end"] = (d0 + _dt.timedelta(days=sd + rng.randint(10, 40))).isoformat()
            meds.append(o)
    if cause == "medication":
        med_start_day = int(n_days * rng.uniform(0.52, 0.72))
        meds.append({"name": rng.choice(MED_LINKED[pkey]), "start": (d0 + _dt.timedelta(days=med_start_day)).isoformat()})

    # ---- exposure units and planted episodes ----------------------------------------
    by_day: dict[int, list[Sess]] = {}
    for s in sessions:
        by_day.setdefault(s.day, []).append(s)
    episodes = []   # (time, kind, muscle, during, planted)

    def ep_from_session(s, muscle=None, late=True):
        mus = muscle or rng.choice([m for m in s.muscles if m in ("calf", "hamstring", "quadriceps", "foot", "adductor")]
                                   or ["calf"])
        if rng.random() < 0.55:
            t = s.start + _dt.timedelta(minutes=s.dur * (rng.uniform(0.6, 0.97) if late else rng.uniform(0.1, 0.95)))
            return t, mus, "exercise"
        return s.end + _dt.timedelta(minutes=rng.uniform(8, 150)), mus, "after_exercise"

    session_causes = ("dehydration", "electrolyte_loss", "muscle_fatigue", "heat")
    units = exposed = []
    if cause in session_causes:
        units = [s for s in sessions if s.day not in gap and
                 (cause != "dehydration" or s.measured) and (cause != "heat" or s.outdoor)]
        exposed = [s for s in units if s.exposed]
    elif cause == "training_load_spike":
        load = [0.0] * n_days
        for s in sessions:
            load[s.day] += s.dur * s.rpe
        units = [d for d in range(28, n_days) if d not in gap and by_day.get(d)]
        acwr = {}
        for d in units:
            acute = sum(load[d - 6:d + 1])
            chronic = sum(load[d - 27:d + 1]) / 4
            acwr[d] = acute / chronic if chronic else 0
        exposed = [d for d in units if acwr[d] >= 1.5 and by_day.get(d)]
        stats["acwr_planted_mean"] = round(sum(acwr[d] for d in exposed) / max(1, len(exposed)), 2)
        stats["acwr_other_mean"] = round(sum(acwr[d] for d in units if d not in exposed) /
                                          max(1, len(units) - len(exposed)), 2)
    elif cause == "sleep_debt":
        units = [d for d in range(n_days - 1) if night_logged[d]]
        exposed = [d for d in units if d in short]
    elif cause == "nutrient_deficiency":
        units = [d for d in food_days]
        exposed = [d for d in units if d in low and d - 2 in low]
        stats["mg_low_days"] = round(sum(day_minerals(d)[0] for d in exposed) / max(1, len(exposed)))
        full = [d for d in units if d not in low and len(food_days[d]) >= 3]
        stats["mg_normal_days"] = round(sum(day_minerals(d)[0] for d in full) / max(1, len(full)))
    elif cause == "medication":
        units = [d for d in range(n_days) if d not in gap]
        exposed = [d for d in units if d >= med_start_day + 6]
    n_plant = 0
    if cause is not None:
        n_plant = max(8, min(20, int(len(exposed) * rng.uniform(0.35, 0.5))))
        n_plant = min(n_plant, len(exposed), max(1, int(len(exposed) * 0.55)))
        chosen = rng.sample(exposed, n_plant)
        for u in chosen:
            if cause in session_causes:
                t, mus, dur = ep_from_session(u)
                if cause == "electrolyte_loss" and rng.random() < 0.3:
                    mus = rng.choice(["abdomen", "hamstring", "calf", "forearm"])
                episodes.append((t, "spasm", mus, dur, True))
            elif cause == "training_load_spike":
                s = rng.choice(by_day[u])
                t, mus, dur = ep_from_session(s, late=False)
                episodes.append((t, "spasm", mus, dur, True))
            elif cause == "sleep_debt":
                nd = u + 1
                wake = at(u, bed[u]) + _dt.timedelta(hours=night_h[u])
                if by_day.get(nd) and rng.random() < 0.5:
                    t, mus, dur = ep_from_session(rng.choice(by_day[nd]), late=False)
                else:
                    t = wake + _dt.timedelta(hours=rng.uniform(1, 13))
                    mus, dur = rng.choice(["calf", "calf", "foot", "hamstring", "toes"]), "rest"
                episodes.append((t, "spasm", mus, dur, True))
            else:   # nutrient_deficiency, medication: mostly nocturnal / at rest
                mus = rng.choice(["calf", "calf", "calf", "foot", "toes", "hamstring"])
                if rng.random() < 0.65:
                    t = at(u, bed[u]) + _dt.timedelta(hours=rng.uniform(1.5, night_h[u] - 0.5))
                    dur = "sleep"
                else:
                    t = at(u, rng.uniform(9, 21.5))
                    dur = "rest"
                episodes.append((t, "spasm", mus, dur, True))
        stats.update(units=len(units), exposed=len(exposed),
                     exposure_frac=round(len(exposed) / max(1, len(units)), 2), planted=n_plant)
    # background spasms and twitches for everybody
    open_days = [d for d in range(n_days) if d not in gap]
    n_bg = rng.randint(4, 15)
    for _ in range(n_bg):
        d = rng.choice(open_days)
        r = rng.random()
        mus = rng.choice(["calf", "calf", "foot", "hamstring", "toes", "quadriceps", "calf"])
        if r < 0.25 and by_day.get(d):
            t, mus, dur = ep_from_session(rng.choice(by_day[d]), muscle=mus, late=False)
        elif r < 0.65:
            t, dur = at(d, bed[d]) + _dt.timedelta(hours=rng.uniform(1, max(1.5, night_h[d] - 0.5))), "sleep"
        else:
            t, dur = at(d, rng.uniform(8, 21.5)), "rest"
        episodes.append((t, "spasm", mus, dur, False))
    for _ in range(rng.randint(2, 8)):
        d = rng.choice(open_days)
        episodes.append((at(d, rng.uniform(8, 22)), "twitch",
                         rng.choice(["eyelid", "eyelid", "calf", "quadriceps", "forearm"]), "rest", False))
    stats["background"] = n_bg

    # ---- emit -----------------------------------------------------------------------
    objs: list[dict] = []
    seq = [0]

    def add(o, with_id=True):
        if with_id and rng.random() < 0.8:
            seq[0] += 1
            o["id"] = f"h-{seed}-{seq[0]}"
        objs.append(o)

    prof = {"type": "profile", "sex": sex, "birth_year": d0.year - age, "body_mass_kg": mass0,
            "height_cm": height, "timezone": tzname}
    if per.get("pregnant"):
        prof["pregnant"] = True
    objs.append(prof)
    iso = lambda t: t.isoformat(timespec="seconds")
    us = tzname.startswith("America/") and tzname != "America/Sao_Paulo"
    for s in sessions:
        w = {"type": "workout", "time": iso(s.start), "duration_min": s.dur, "activity": s.act, "rpe": s.rpe}
        if s.speed and s.act not in ("strength", "crossfit", "yoga", "pilates", "rowing"):
            w["distance_km"] = round(s.speed * s.dur / 60 * rng.uniform(0.9, 1.1), 1)
        if rng.random() < 0.5:
            w["avg_hr"] = int(95 + s.rpe * 8 + rng.uniform(-8, 8) - (10 if age > 60 else 0))
        if s.temp_logged and s.temp is not None:
            w["temperature_c"] = f"{round(s.temp * 9 / 5 + 32, 1)} degF" if us and rng.random() < 0.5 else s.temp
            if s.hum_logged:
                w["humidity_pct"] = s.hum
        if s.log_muscles:
            w["muscle_groups"] = s.muscles
        if rng.random() < 0.25:
            w["warm_up_min"] = rng.choice([5, 10, 15])
        add(w)
        if s.measured:
            pre = round(mass0 + rng.gauss(0, 0.5), 1)
            post = round(pre * (1 - s.loss_pct / 100), 1)
            add({"type": "body_mass", "time": iso(s.start - _dt.timedelta(minutes=rng.randint(8, 25))),
                 "kg": pre, "context": "pre_workout"})
            add({"type": "body_mass", "time": iso(s.end + _dt.timedelta(minutes=rng.randint(5, 20))),
                 "kg": post, "context": "post_workout"})
        if s.log_fluids:
            nb = max(1, round(s.dur / 50))
            for b in range(nb):
                ml = round(s.drink_l * 1000 / nb / 10) * 10
                if ml <= 0:
                    continue
                f = {"type": "fluid", "time": iso(s.start + _dt.timedelta(minutes=s.dur * (b + 0.6) / (nb + 0.2))),
                     "ml": min(5000, ml)}
                if s.drink != "water" or rng.random() < 0.7:
                    f["drink"] = s.drink
                add(f)
            add({"type": "fluid", "time": iso(s.end + _dt.timedelta(minutes=rng.randint(10, 40))),
                 "ml": round(s.post_l * 1000 / 10) * 10, "drink": s.post_drink})
    for d in range(n_days):
        if night_logged[d]:
            b = at(d, bed[d])
            o = {"type": "sleep", "time": iso(b)}
            if rng.random() < 0.6:
                o["end"] = iso(b + _dt.timedelta(minutes=round(night_h[d] * 60 / 5) * 5))
            else:
                o["hours"] = round(night_h[d], 1)
            if rng.random() < 0.5:
                o["quality"] = max(1, min(5, round(3 + (night_h[d] - usual_sleep) + rng.gauss(0, 0.7))))
            add(o)
        if d not in gap and rng.random() < 0.12 * dil[d // 7]:
            add({"type": "body_mass", "time": iso(at(d, 6.8 + rng.uniform(0, 1))),
                 "kg": round(mass0 + rng.gauss(0.3, 0.5), 1), "context": "morning"})
        if diligent(d, 0.3):
            for _ in range(rng.randint(1, 4)):
                drink = rng.choice(["water", "water", "coffee", "tea", "juice", "milk", "water"])
                ml = rng.choice([200, 250, 330, 500]) if drink != "coffee" else rng.choice([150, 200, 250])
                f = {"type": "fluid", "time": iso(at(d, rng.uniform(7.5, 21.5))), "drink": drink}
                f["ml"] = f"{round(ml / 29.57)} oz" if us and rng.random() < 0.3 else ml
                add(f)
        for mname, items in food_days.get(d, []):
            hr = {"breakfast": 7.5, "lunch": 12.5, "dinner": 19.0, "snack": 16.0}[mname] + rng.uniform(-0.5, 0.6)
            add({"type": "meal", "time": iso(at(d, hr)), "items": [{"food": f, "grams": g} for f, g in items]})
        if per.get("pregnant") and d not in gap and rng.random() < 0.5:
            add({"type": "supplement", "time": iso(at(d, 8.0)), "name": "folic acid"}, with_id=False)
    for m in meds:
        add({"type": "medication", **m})
    relief_opts = ["stretching", "massage", "walking_it_off", "rest", "heat", "hydration", "pickle_juice", "cold"]
    for t, kind, mus, during, planted in sorted(episodes, key=lambda e: e[0]):
        o = {"type": "episode", "time": iso(t), "kind": kind, "muscle": mus}
        if kind == "spasm":
            o["side"] = rng.choice(["left", "right", "left", "right", "both"])
            o["duration_s"] = rng.choice([20, 30, 45, 60, 90, 120, 180, 300])
            o["pain"] = rng.randint(4, 9)
            o["during"] = during
            if rng.random() < 0.7:
                o["relief"] = rng.sample(relief_opts, rng.randint(1, 2))
                o["relieved"] = rng.random() < 0.85
        else:
            o["duration_s"] = rng.choice([3, 5, 10, 20, 40])
            o["pain"] = 0
            o["during"] = "rest"
        if rng.random() < 0.05:
            o["notes"] = "woke me up" if during == "sleep" else "had to stop"
        add(o)
    # stable order: profile first, then by time
    head, rest = objs[:1], objs[1:]
    rest.sort(key=lambda o: o.get("time") or o.get("start"))
    start = _dt.datetime.combine(d0, _dt.time(0, 0), tz)
    stop = _dt.datetime.combine(d0 + _dt.timedelta(days=n_days + 1), _dt.time(0, 0), tz)
    return BlindJournal(cause=cause, objects=head + rest, start=start, stop=stop, stats=stats)
