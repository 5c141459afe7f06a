"""Blind journal generator "J" for the cramp-analysis product.

Written blind on 2026-12-01 from spec and evidence only: spec/journal.md (entry format),
spec/vocabulary.md (names and cause meanings) and research/evidence.md (what the research says
about each cause). The author did not read the product's code, scoring or tests, or other
generators.

The point of view is a club coach logging for one athlete per seed (runner, cyclist, footballer,
swimmer, triathlete or masters athlete). Each journal covers 4 to 8 months with logging gaps and
patchy diligence. It has workouts, body mass around some sessions, drinks, sleep, meals with USDA
food names, supplements, medicines (always including unrelated ones) and 4-15 background spasms
plus a few twitches, placed at random in sessions, nights and rest time.

When a cause is planted, the world generator makes that cause's exposure visible in the logged
data in about 20-50 % of the relevant units, and 8-20 extra spasms are placed only in exposed
units. At most about 60 % of exposed units get an episode, so the exposure often comes with no
episode. The other exposures follow their natural rates and correlations (long or hot sessions
sweat more, spike weeks have longer sessions, and so on) but never raise the risk.

Exposure definitions (all on what the journal actually shows):
  dehydration          session with pre and post body mass and a loss > 2 % of body mass
  electrolyte_loss     long, heavy-sweat session (>= 80 min, >= 1.4 kg of sweat) with the drinks
                       logged and plain water only (>= 0.5 l): large sodium loss replaced with water
  muscle_fatigue       session >= 1.7x the athlete's median for that activity, or the same logged
                       muscle group trained the day before
  training_load_spike  7-day session-RPE load >= 1.5x the 28-day weekly average (episodes only
                       inside deliberate spike blocks)
  heat                 outdoor session with a logged temperature >= 28 C, or >= 25 C with
                       humidity >= 70 %
  nutrient_deficiency  days inside stretches of meals low in Mg/K/Ca (episodes from day 4 of a
                       stretch on)
  sleep_debt           the day after a night >= 1.75 h shorter than the athlete's usual
  medication           days after a cramp-linked medicine (evidence.md section 2.10) started
                       mid-journal, with the risk rising over the first weeks
"""
from __future__ import annotations

import datetime as _dt
import math
import random
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

CAUSES = ("dehydration", "electrolyte_loss", "muscle_fatigue", "training_load_spike", "heat",
          "nutrient_deficiency", "sleep_debt", "medication")

_UTC = _dt.timezone.utc


@dataclass
class BlindJournal:
    cause: str | None
    objects: list[dict]
    start: _dt.datetime
    stop: _dt.datetime
    stats: dict = field(default_factory=dict)   # generator-side planting statistics (not entries)


# --------------------------------------------------------------------------- world tables

# tz, annual mean C, seasonal amplitude C, mean humidity %, southern hemisphere
_CLIMATES = {
    "Europe/Berlin": (10.0, 9.5, 70, False),
    "Europe/London": (11.0, 6.5, 76, False),
    "Europe/Madrid": (15.5, 10.0, 48, False),
    "America/New_York": (13.0, 12.0, 64, False),
    "America/Chicago": (21.0, 8.0, 74, False),      # a Houston-like humid south
    "America/Phoenix": (24.0, 10.0, 30, False),
    "America/Denver": (10.5, 12.0, 45, False),
    "America/Sao_Paulo": (20.0, 3.5, 76, True),
    "Australia/Brisbane": (21.0, 5.0, 66, True),
    "Asia/Tokyo": (16.0, 10.0, 66, False),
    "Africa/Johannesburg": (16.0, 5.5, 52, True),
}
_HOT = ("Europe/Madrid", "America/New_York", "America/Chicago", "America/Phoenix",
        "Australia/Brisbane", "Asia/Tokyo")

# activity: usual minutes, usual rpe, outdoor probability, muscles, km/h (None = no distance)
_ACT = {
    "running": (50, 5.5, 0.95, ["calf", "hamstring", "quadriceps", "foot"], 11.0),
    "trail_running": (80, 6.0, 1.0, ["calf", "quadriceps", "hamstring", "glute"], 8.0),
    "cycling": (85, 5.0, 0.8, ["quadriceps", "calf", "glute", "hamstring"], 27.0),
    "swimming": (55, 5.5, 0.15, ["shoulder", "upper_back", "triceps", "calf", "foot"], 3.0),
    "team_sport": (85, 6.5, 0.95, ["calf", "hamstring", "quadriceps", "adductor"], None),
    "strength": (50, 6.0, 0.0, ["quadriceps", "glute", "hamstring", "lower_back", "chest",
                                "shoulder"], None),
    "walking": (55, 3.0, 1.0, ["calf", "shin", "foot"], 5.0),
    "hiking": (140, 4.5, 1.0, ["calf", "quadriceps", "glute"], 4.0),
    "yoga": (50, 3.0, 0.0, ["hamstring", "lower_back", "hip_flexor"], None),
    "rowing": (50, 6.0, 0.0, ["upper_back", "quadriceps", "biceps", "lower_back"], None),
}
_INDOOR_ONLY = {"strength", "yoga", "rowing"}

# archetype: activities with weights, main activity, age range, sessions per week
_ARCH = {
    "runner": ([("running", 70), ("trail_running", 8), ("strength", 12), ("cycling", 5),
                ("yoga", 5)], "running", (18, 44), (3, 6)),
    "cyclist": ([("cycling", 75), ("strength", 10), ("running", 10), ("walking", 5)],
                "cycling", (20, 44), (3, 6)),
    "footballer": ([("team_sport", 60), ("running", 20), ("strength", 20)],
                   "team_sport", (17, 38), (3, 5)),
    "swimmer": ([("swimming", 70), ("strength", 15), ("running", 10), ("yoga", 5)],
                "swimming", (17, 40), (4, 6)),
    "triathlete": ([("running", 35), ("cycling", 35), ("swimming", 25), ("strength", 5)],
                   "cycling", (22, 50), (4, 6)),
    "masters": ([("running", 25), ("cycling", 25), ("walking", 20), ("hiking", 8),
                 ("strength", 12), ("swimming", 10)], "running", (45, 74), (3, 5)),
}
_SESSION_CAUSES = ("dehydration", "electrolyte_loss", "heat")

_CRAMP_MEDS_YOUNG = ("salbutamol", "salmeterol", "formoterol", "naproxen")
_CRAMP_MEDS_OLDER = ("hydrochlorothiazide", "chlorthalidone", "indapamide", "spironolactone",
                     "amiloride", "atorvastatin", "simvastatin", "rosuvastatin", "nifedipine",
                     "salmeterol", "naproxen")
_OTHER_MEDS = ("cetirizine", "loratadine", "paracetamol", "sertraline", "escitalopram",
               "montelukast", "fexofenadine")
_OTHER_MEDS_OLDER = ("metformin", "tamsulosin", "finasteride")

# meals: (food name, gram range)
_RICH = {
    "breakfast": [
        [("oats", 50, 80), ("milk, lowfat, fluid, 1% milkfat, with added vitamin a & vitamin d",
                            200, 300), ("banana, raw", 100, 130)],
        [("yogurt, plain, lowfat, 12 grams protein per 8 oz", 150, 250), ("granola", 40, 60),
         ("almonds", 20, 30)],
        [("bread, white", 60, 90), ("egg, whole, cooked, scrambled", 100, 150),
         ("orange, raw", 130, 170)],
    ],
    "lunch": [
        [("lentils, mature seeds, cooked, boiled, without salt", 150, 250),
         ("spinach, raw", 50, 80), ("bread, white", 40, 60)],
        [("beans, black, mature seeds, cooked, boiled, without salt", 150, 220),
         ("rice, brown, long-grain, cooked", 150, 200),
         ("avocados, raw, all commercial varieties", 60, 100)],
        [("salmon, atlantic, farmed, cooked, dry heat", 120, 160), ("potato, baked", 200, 300),
         ("broccoli, raw", 80, 120)],
    ],
    "dinner": [
        [("chicken, broilers or fryers, breast, meat only, cooked, roasted", 120, 170),
         ("sweet potato, baked", 200, 300), ("kale, cooked", 80, 120)],
        [("tofu, raw, firm, prepared with calcium sulfate", 150, 200),
         ("rice, brown, long-grain, cooked", 150, 200), ("broccoli, raw", 80, 120)],
        [("pasta, cooked, enriched, without added salt", 200, 250), ("cheddar cheese", 30, 40),
         ("tomatoes, red, ripe, raw", 100, 150), ("spinach, raw", 40, 60)],
    ],
    "snack": [
        [("almonds", 25, 40)], [("banana, raw", 110, 130)],
        [("yogurt, plain, lowfat, 12 grams protein per 8 oz", 150, 200)],
        [("dark chocolate", 20, 30)], [("pumpkin seeds", 20, 30)], [("dried apricots", 30, 50)],
    ],
}
_POOR = {
    "breakfast": [
        [("bread, white", 60, 80), ("jams and preserves", 20, 30), ("butter", 8, 12)],
        [("croissants, butter", 60, 80), ("jams and preserves", 15, 25)],
        [("bread, white", 50, 70), ("cream cheese", 20, 30)],
    ],
    "lunch": [
        [("pasta, cooked, enriched, without added salt", 200, 280), ("olive oil", 8, 12)],
        [("rice, white, long-grain, regular, enriched, cooked", 200, 280),
         ("chicken, broilers or fryers, breast, meat only, cooked, roasted", 100, 150),
         ("cucumber, with peel, raw", 40, 60)],
        [("bread, white", 70, 90), ("turkey breast, sliced, prepackaged", 50, 70),
         ("lettuce, iceberg, raw", 20, 40)],
    ],
    "dinner": [
        [("rice, white, long-grain, regular, enriched, cooked", 220, 280),
         ("chicken, broilers or fryers, breast, meat only, cooked, roasted", 100, 140),
         ("lettuce, iceberg, raw", 30, 50)],
        [("pasta, cooked, enriched, without added salt", 220, 270),
         ("beef, ground, 85% lean meat / 15% fat, patty, cooked, broiled", 80, 110),
         ("olive oil", 8, 12)],
        [("rice, white, long-grain, regular, enriched, cooked", 180, 240),
         ("egg, whole, cooked, scrambled", 90, 120)],
    ],
    "snack": [
        [("apples, raw, with skin", 130, 170)], [("honey", 15, 25), ("bread, white", 25, 35)],
        [("pears, raw", 130, 170)],
        [("grapes, red or green (european type, such as thompson seedless), raw", 80, 120)],
    ],
}


# --------------------------------------------------------------------------- helpers

def _iso(t: _dt.datetime) -> str:
    return t.isoformat(timespec="seconds")


def _at(tz, day: _dt.date, hours: float) -> _dt.datetime:
    """Local wall-clock time `hours` after local midnight of `day` (rounded to the minute)."""
    base = _dt.datetime.combine(day, _dt.time(0, 0), tzinfo=tz)
    return _plus(base, round(hours * 60))


def _plus(t: _dt.datetime, minutes: float) -> _dt.datetime:
    return (t.astimezone(_UTC) + _dt.timedelta(minutes=round(minutes))).astimezone(t.tzinfo)


def _wchoice(rng: random.Random, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for item, w in pairs:
        x -= w
        if x <= 0:
            return item
    return pairs[-1][0]


def _hot(temp: float, hum: float | None) -> bool:
    return temp >= 28.0 or (temp >= 25.0 and hum is not None and hum >= 70.0)


def _median(xs):
    s = sorted(xs)
    n = len(s)
    return (s[n // 2] if n % 2 else 0.5 * (s[n // 2 - 1] + s[n // 2])) if n else 0.0


class _Fail(Exception):
    pass


# --------------------------------------------------------------------------- generator

def blind_journal(cause: str | None, seed: int) -> BlindJournal:
    if cause is not None and cause not in CAUSES:
        raise ValueError(f"unknown cause {cause!r}")
    for attempt in range(100):
        try:
            return _build(cause, seed, attempt)
        except _Fail:
            continue
    raise RuntimeError(f"could not build a journal for {cause!r} seed {seed}")


def _build(cause: str | None, seed: int, attempt: int) -> BlindJournal:
    rng = random.Random(f"blind-j|{seed}|{cause}|{attempt}")
    U = rng.uniform

    # ---------------- athlete
    if cause in ("dehydration", "electrolyte_loss"):
        arch = rng.choice(["runner", "cyclist", "footballer", "triathlete", "masters"])
    elif cause == "heat":
        arch = rng.choice(["runner", "cyclist", "footballer", "triathlete", "masters"])
    else:
        arch = rng.choice(list(_ARCH))
    acts, main_act, age_rng, spw_rng = _ARCH[arch]
    age = rng.randint(*age_rng)
    sex = "female" if rng.random() < 0.45 else "male"
    if rng.random() < 0.02:
        sex = "other"
    mass0 = round(U(62, 90) if sex == "male" else U(50, 76), 1)
    height = round(U(170, 192) if sex == "male" else U(156, 178))
    tzname = rng.choice(_HOT) if cause == "heat" else rng.choice(list(_CLIMATES))
    tz = ZoneInfo(tzname)
    t_mean, t_amp, h_mean, south = _CLIMATES[tzname]
    diligence = U(0.35, 0.95)
    sweat_factor = U(0.8, 1.3)
    if cause == "dehydration":
        sweat_factor = U(1.35, 1.8)
    elif cause == "electrolyte_loss":
        sweat_factor = U(1.1, 1.5)
    usual = {a: _ACT[a][0] * U(0.8, 1.25) for a, _ in acts}
    if cause in ("dehydration", "electrolyte_loss"):      # longer endurance habits
        usual = {a: m * (U(1.1, 1.35) if a not in _INDOOR_ONLY else 1.0)
                 for a, m in usual.items()}
    pref_hour = rng.choice([6.5, 12.25, 18.0])
    if cause == "heat" and rng.random() < 0.6:
        pref_hour = rng.choice([12.25, 17.0])
    sleep_usual = U(6.8, 8.3)
    bed_usual = U(22.0, 23.6)

    # ---------------- dates and gaps
    L = rng.randint(122, 240)
    if cause == "heat":
        if south:
            d0 = _dt.date(2025, 9, 15) + _dt.timedelta(days=rng.randint(0, 70))
        else:
            d0 = _dt.date(rng.choice([2025, 2026]), 3, 20) + _dt.timedelta(days=rng.randint(0, 60))
    else:
        d0 = _dt.date(2025, 1, 1) + _dt.timedelta(days=rng.randint(0, 320))
    days = [d0 + _dt.timedelta(days=i) for i in range(L)]
    gap = [False] * L
    for _ in range(rng.randint(1, 3)):
        g0 = rng.randint(21, L - 20)
        for i in range(g0, min(L, g0 + rng.randint(4, 16))):
            gap[i] = True
    logged_days = [i for i in range(L) if not gap[i]]

    # ---------------- logging probabilities
    p_rpe = 0.5 + 0.5 * diligence
    p_temp = 0.3 + 0.6 * diligence
    p_mg = 0.15 + 0.6 * diligence
    p_mass = 0.05 + 0.3 * diligence
    p_fluid_sess = 0.2 + 0.5 * diligence
    p_fluid_day = 0.1 + 0.5 * diligence
    p_sleep = 0.6 + 0.35 * diligence
    p_meal = 0.1 + 0.45 * diligence
    if cause == "training_load_spike":
        p_rpe = max(p_rpe, 0.92)
    if cause == "heat":
        p_temp = max(p_temp, U(0.8, 0.95))
    if cause == "muscle_fatigue":
        p_mg = max(p_mg, U(0.75, 0.95))
    if cause == "dehydration":
        p_mass = U(0.55, 0.85)
        p_fluid_sess = max(p_fluid_sess, 0.8)
    if cause == "electrolyte_loss":
        p_fluid_sess = max(p_fluid_sess, U(0.85, 0.97))
    if cause == "sleep_debt":
        p_sleep = max(p_sleep, U(0.85, 0.97))
    if cause == "nutrient_deficiency":
        p_meal = U(0.6, 0.9)

    # ---------------- weather
    anomaly = []
    a = 0.0
    for _ in range(L):
        a = 0.7 * a + rng.gauss(0, 2.2)
        anomaly.append(a)
    heat_shift = U(0.0, 2.5) if cause == "heat" else 0.0

    def weather(i: int, hour: float):
        doy = days[i].timetuple().tm_yday
        peak = 20 if south else 200
        seasonal = t_mean + t_amp * math.cos(2 * math.pi * (doy - peak) / 365.0)
        diurnal = 4.0 * math.cos(2 * math.pi * (hour - 15.0) / 24.0)
        temp = seasonal + diurnal + anomaly[i] + heat_shift
        hum = h_mean - 2.0 * diurnal + rng.gauss(0, 9)
        return round(max(-30.0, min(48.0, temp)), 1), round(max(8.0, min(98.0, hum)))

    # ---------------- training plan
    spw = rng.randint(*spw_rng)
    if cause == "training_load_spike":
        spw = rng.randint(3, 4)
    long_dow = rng.choice([5, 6])
    blocks = []
    if cause == "training_load_spike":
        d = rng.randint(35, 48)
        while d + 10 < L:
            blen = rng.randint(7, 10)
            blocks.append((d, d + blen))
            d += blen + rng.randint(20, 32)
    elif rng.random() < 0.35 and L > 60:
        d = rng.randint(35, L - 15)
        blocks.append((d, d + rng.randint(6, 9)))
    in_block = [any(b0 <= i < b1 for b0, b1 in blocks) for i in range(L)]
    r_beyond = U(0.12, 0.2) if cause == "muscle_fatigue" else U(0.02, 0.06)

    sessions = []
    for i in logged_days:
        dow = days[i].weekday()
        p = spw / 7.0
        if in_block[i]:
            p = 0.92
        is_long = dow == long_dow and arch != "swimmer"
        if is_long:
            p = max(p, 0.85)
        if rng.random() >= p:
            continue
        act = main_act if is_long else _wchoice(rng, acts)
        base_min, base_rpe, p_out, muscles, kmh = _ACT[act]
        dur = usual[act] * U(0.8, 1.2)
        rpe = base_rpe + rng.gauss(0, 0.9)
        if is_long and act != "team_sport":
            dur *= U(1.3, 1.45)
        if in_block[i]:
            dur *= U(1.35, 1.7)
            rpe += 1.0
        beyond = rng.random() < r_beyond and act not in ("yoga",)
        if beyond:
            dur *= U(1.9, 2.5)
            rpe += 1.5
        dur = max(15, min(420, round(dur)))
        rpe = int(round(max(1, min(10, rpe))))
        if act == "team_sport" and dow >= 5:
            hour = U(14.0, 16.5)
        elif dow >= 5:
            hour = U(8.0, 10.5)
        else:
            hour = pref_hour + U(-0.6, 0.8)
        start = _at(tz, days[i], hour)
        outdoor = act not in _INDOOR_ONLY and rng.random() < p_out
        temp = hum = None
        if outdoor:
            temp, hum = weather(i, hour + dur / 120.0)
        sessions.append(dict(i=i, act=act, dur=dur, rpe=rpe, start=start, outdoor=outdoor,
                             temp=temp, hum=hum, muscles=muscles, kmh=kmh, beyond=beyond,
                             block=in_block[i]))

    if len(sessions) < 40:
        raise _Fail

    # per-session logging decisions and sweat
    for s in sessions:
        s["log_rpe"] = rng.random() < p_rpe
        s["log_temp"] = s["outdoor"] and rng.random() < p_temp
        s["log_hum"] = s["log_temp"] and rng.random() < 0.75
        if rng.random() < p_mg:
            k = rng.randint(1, min(3, len(s["muscles"])))
            s["mg"] = rng.sample(s["muscles"][:4], min(k, len(s["muscles"][:4])))
        else:
            s["mg"] = None
        t_eff = s["temp"] if s["outdoor"] else 21.0
        rate = sweat_factor * (0.45 + 0.03 * (t_eff - 15.0) + 0.09 * (s["rpe"] - 5))
        if s["act"] == "swimming":
            rate *= 0.5
        rate = max(0.2, min(2.5, rate))
        s["sweat"] = rate * s["dur"] / 60.0          # kg == litres
        s["log_mass"] = rng.random() < p_mass
        s["log_fluid"] = rng.random() < p_fluid_sess

    # intake and drink types
    p_na_drink = U(0.1, 0.7)
    water_only_long = U(0.6, 0.85)
    for s in sessions:
        s["intake"] = s["sweat"] * U(0.35, 1.05)
        long_sweaty = s["dur"] >= 80 and s["sweat"] >= 1.4
        if cause == "electrolyte_loss" and long_sweaty:
            s["water_only"] = rng.random() < water_only_long
            if s["water_only"]:
                s["intake"] = s["sweat"] * U(0.6, 1.0)
        else:
            s["water_only"] = not (s["dur"] >= 60 and rng.random() < p_na_drink)
    if cause == "dehydration":
        logged = [s for s in sessions if s["log_mass"]]
        target = round(U(0.24, 0.42) * len(logged))
        eligible = [s for s in logged if s["sweat"] >= 0.024 * mass0]
        if len(eligible) < target or target < 14:
            raise _Fail
        chosen = set()
        pool = list(eligible)
        while len(chosen) < target:
            s = _wchoice(rng, [(s, s["sweat"]) for s in pool])
            chosen.add(id(s))
            pool.remove(s)
        for s in logged:
            if id(s) in chosen:
                loss = min(U(0.022, 0.04) * mass0, s["sweat"] - 0.03)
                s["intake"] = s["sweat"] - loss
                s["log_fluid"] = rng.random() < 0.85
            else:
                s["intake"] = max(0.0, s["sweat"] - mass0 * U(0.002, 0.015))

    # ---------------- session exposures (what the logged sessions will show)
    sess_by_day = {}
    for s in sessions:
        sess_by_day.setdefault(s["i"], []).append(s)
    med_dur = {a: _median([s["dur"] for s in sessions if s["act"] == a]) for a in usual}
    for s in sessions:
        prev = sess_by_day.get(s["i"] - 1, [])
        over = set()
        if s["mg"]:
            for p in prev:
                if p["mg"]:
                    over |= set(s["mg"]) & set(p["mg"])
        s["overlap"] = sorted(over)
        s["fat_long"] = s["dur"] >= 1.7 * med_dur[s["act"]]
        s["fatigue"] = s["fat_long"] or bool(over)
        s["dehyd"] = s["log_mass"] and (s["sweat"] - s["intake"]) > 0.02 * mass0
        # drinks are logged iff log_fluid and intake >= 0.08 l; all water iff water_only
        s["elec"] = (s["log_fluid"] and s["water_only"] and s["dur"] >= 80
                     and s["sweat"] >= 1.4 and s["intake"] >= 0.5)
        s["heatx"] = s["log_temp"] and _hot(s["temp"], s["hum"] if s["log_hum"] else None)
    load = [0.0] * L
    for s in sessions:
        load[s["i"]] += s["dur"] * s["rpe"]
    acwr = [0.0] * L
    for i in range(28, L):
        chronic = sum(load[i - 27:i + 1]) / 4.0
        acwr[i] = sum(load[i - 6:i + 1]) / chronic if chronic > 0 else 0.0
    for s in sessions:
        s["spike"] = s["i"] >= 28 and acwr[s["i"]] >= 1.5

    early = {"dehydration": ([s for s in sessions if s["log_mass"]], "dehyd"),
             "electrolyte_loss": (sessions, "elec"),
             "heat": ([s for s in sessions if s["log_temp"]], "heatx"),
             "muscle_fatigue": (sessions, "fatigue"),
             "training_load_spike": ([s for s in sessions if s["i"] >= 28], "spike")}
    if cause in early:
        us, key = early[cause]
        nx = sum(1 for s in us if s[key])
        if not us or not 0.2 <= nx / len(us) <= 0.5 or nx < 14:
            raise _Fail

    # ---------------- body mass trend, objects for sessions
    objs: list[tuple[_dt.datetime, dict]] = []
    mass_trend = [mass0 + 0.8 * math.sin(2 * math.pi * i / U(150, 300)) for i in range(L)]

    def add(t, obj):
        objs.append((t, obj))

    for s in sessions:
        st = s["start"]
        end = _plus(st, s["dur"])
        w = {"type": "workout", "time": _iso(st), "duration_min": s["dur"], "activity": s["act"]}
        if s["log_rpe"]:
            w["rpe"] = s["rpe"]
        if rng.random() < 0.3 * diligence:
            w["avg_hr"] = int(max(80, min(190, 95 + 9 * s["rpe"] + rng.gauss(0, 6))))
        if s["kmh"] and rng.random() < 0.6:
            w["distance_km"] = round(s["kmh"] * U(0.85, 1.15) * s["dur"] / 60.0, 1)
        if s["log_temp"]:
            w["temperature_c"] = s["temp"]
            if s["log_hum"]:
                w["humidity_pct"] = s["hum"]
        if s["mg"]:
            w["muscle_groups"] = list(s["mg"])
        if rng.random() < 0.25:
            w["warm_up_min"] = rng.choice([5, 10, 15])
        add(st, w)
        pre_mass = mass_trend[s["i"]] + rng.gauss(0, 0.25)
        post_t = _plus(end, U(5, 20))
        if s["log_mass"]:
            pre_t = _plus(st, -U(10, 30))
            add(pre_t, {"type": "body_mass", "time": _iso(pre_t), "kg": round(pre_mass, 1),
                        "context": "pre_workout"})
            post = pre_mass - (s["sweat"] - s["intake"]) + rng.gauss(0, 0.05)
            add(post_t, {"type": "body_mass", "time": _iso(post_t), "kg": round(post, 1),
                         "context": "post_workout"})
        s["drinks"] = []
        if s["log_fluid"] and s["intake"] >= 0.08:
            n = 1 if s["intake"] < 0.4 else rng.randint(2, 4)
            vols = [s["intake"] / n] * n
            sodium_idx = set() if s["water_only"] else set(rng.sample(range(n), max(1, n // 2)))
            for k, v in enumerate(vols):
                t = _plus(st, s["dur"] * (0.15 + 0.8 * (k + 0.5) / n))
                drink = "water"
                if k in sodium_idx:
                    drink = rng.choice(["sports_drink", "sports_drink", "electrolyte_drink"])
                s["drinks"].append(drink)
                add(t, {"type": "fluid", "time": _iso(t), "ml": int(round(v * 1000 / 10) * 10),
                        "drink": drink})
            if rng.random() < 0.5:
                t = _plus(post_t, U(5, 40))
                d = "water" if (s["water_only"] or rng.random() < 0.5) else rng.choice(
                    ["milk", "sports_drink", "juice"])
                add(t, {"type": "fluid", "time": _iso(t), "ml": rng.choice([250, 330, 500]),
                        "drink": d})

    # ---------------- sleep (true nights for every day; night i starts on the evening of day i)
    short_rate = U(0.22, 0.4) if cause == "sleep_debt" else U(0.03, 0.13)
    nights = []
    for i in range(L):
        short = rng.random() < short_rate
        hours = sleep_usual - U(2.0, 3.6) if short else sleep_usual + rng.gauss(0, 0.45)
        hours = max(2.5, min(11.0, hours))
        bed = _at(tz, days[i], bed_usual + rng.gauss(0, 0.4) + (U(0.5, 2.0) if short else 0))
        logged = (not gap[i]) and (i + 1 >= L or not gap[i + 1]) and rng.random() < p_sleep
        nights.append(dict(i=i, bed=bed, hours=hours, short=short, logged=logged))
        if logged and i + 1 < L:
            q = int(max(1, min(5, round(1 + (hours - 4.0) * 0.9 + rng.gauss(0, 0.6)))))
            o = {"type": "sleep", "time": _iso(bed), "quality": q}
            if rng.random() < 0.7:
                o["end"] = _iso(_plus(bed, hours * 60))
            else:
                o["hours"] = round(hours, 1)
            add(bed, o)

    # ---------------- daily fluids, morning mass, supplements
    vit = rng.random() < 0.4
    for i in logged_days:
        if rng.random() < p_fluid_day:
            for h, d, ml in ((7.2, rng.choice(["coffee", "coffee", "tea"]), 250),
                             (10.5, "water", 500), (13.0, "water", 330), (16.0, "water", 500),
                             (19.5, rng.choice(["water", "juice", "milk", "beer", "tea"]), 330)):
                if rng.random() < 0.8:
                    t = _at(tz, days[i], h + U(-0.4, 0.4))
                    add(t, {"type": "fluid", "time": _iso(t), "ml": ml, "drink": d})
        if rng.random() < 0.1 * diligence:
            t = _at(tz, days[i], 6.8 + U(0, 0.6))
            add(t, {"type": "body_mass", "time": _iso(t),
                    "kg": round(mass_trend[i] + 0.4 + rng.gauss(0, 0.3), 1), "context": "morning"})
        if vit and rng.random() < 0.5:
            t = _at(tz, days[i], 8.0 + U(0, 0.5))
            add(t, {"type": "supplement", "time": _iso(t),
                    "name": rng.choice(["vitamin D3", "vitamin D3", "fish oil"])})

    # ---------------- meals and low-mineral stretches
    low = [False] * L
    low_start = [None] * L
    low_target = U(0.25, 0.45) if cause == "nutrient_deficiency" else U(0.0, 0.25)
    tries = 0
    while sum(low) < low_target * L and tries < 50:
        tries += 1
        s0 = rng.randint(7, L - 12)
        ln = rng.randint(10, 25)
        if any(low[max(0, s0 - 5):min(L, s0 + ln + 5)]):
            continue
        for i in range(s0, min(L, s0 + ln)):
            low[i] = True
            low_start[i] = s0
    for i in logged_days:
        if rng.random() >= p_meal:
            continue
        menu = _POOR if low[i] else _RICH
        slots = [("breakfast", 7.6), ("lunch", 12.6), ("dinner", 19.1)]
        if rng.random() < 0.5:
            slots.append(("snack", 16.0))
        if rng.random() < 0.2:
            slots = rng.sample(slots, rng.randint(1, len(slots)))
        for slot, h in slots:
            m = menu[slot] if (low[i] or rng.random() < 0.85) else _POOR[slot]
            items = [{"food": f, "grams": rng.randint(g0, g1)} for f, g0, g1 in rng.choice(m)]
            t = _at(tz, days[i], h + U(-0.5, 0.5))
            add(t, {"type": "meal", "time": _iso(t), "items": items})

    # ---------------- medicines
    meds = []
    older = age >= 45
    for _ in range(rng.randint(1, 2)):
        name = rng.choice(_OTHER_MEDS + (_OTHER_MEDS_OLDER if older else ()))
        if name in [m["name"] for m in meds]:
            continue
        if rng.random() < 0.5:
            st = d0 - _dt.timedelta(days=rng.randint(60, 1500))
            meds.append({"type": "medication", "name": name, "start": st.isoformat()})
        else:
            k = rng.randint(10, L - 10)
            o = {"type": "medication", "name": name, "start": days[k].isoformat()}
            if name in ("paracetamol", "cetirizine", "loratadine", "fexofenadine") and \
                    rng.random() < 0.6:
                o["end"] = (days[k] + _dt.timedelta(days=rng.randint(5, 30))).isoformat()
            meds.append(o)
    med_start = None
    if cause == "medication":
        pool = list(_CRAMP_MEDS_OLDER if older else _CRAMP_MEDS_YOUNG)
        if older and sex == "female":
            pool.append("raloxifene")
        med_start = int(L * U(0.5, 0.78))
        while gap[med_start]:
            med_start -= 1
        meds.append({"type": "medication", "name": rng.choice(pool),
                     "start": days[med_start].isoformat()})

    # units and exposed units for the planted cause
    if cause in ("dehydration",):
        units = [s for s in sessions if s["log_mass"]]
        exposed = [s for s in units if s["dehyd"]]
        plant_units = [("session", s, 1.0) for s in exposed]
    elif cause == "electrolyte_loss":
        units = sessions
        exposed = [s for s in units if s["elec"]]
        plant_units = [("session", s, 1.0) for s in exposed]
    elif cause == "heat":
        units = [s for s in sessions if s["log_temp"]]
        exposed = [s for s in units if s["heatx"]]
        plant_units = [("session", s, 1.0) for s in exposed]
    elif cause == "muscle_fatigue":
        units = sessions
        exposed = [s for s in units if s["fatigue"]]
        plant_units = [("session", s, 1.0) for s in exposed]
    elif cause == "training_load_spike":
        units = [s for s in sessions if s["i"] >= 28]
        exposed = [s for s in units if s["spike"]]
        plant_units = [("session", s, 1.0) for s in exposed if s["block"]]
    elif cause == "sleep_debt":
        units = [n for n in nights if n["logged"] and n["i"] + 1 < L]
        exposed = [n for n in units if n["short"]]
        plant_units = [("day_after", n, 1.0) for n in exposed]
    elif cause == "nutrient_deficiency":
        units = logged_days
        exposed = [i for i in units if low[i]]
        plant_units = [("day", i, 1.0) for i in exposed if i - low_start[i] >= 4]
    elif cause == "medication":
        units = logged_days
        exposed = [i for i in units if i >= med_start]
        plant_units = [("day", i, min(1.0, (i - med_start + 4) / 40.0))
                       for i in exposed if i >= med_start + 2]
    else:
        units, exposed, plant_units = [], [], []

    frac = len(exposed) / len(units) if units else 0.0
    n_plant = 0
    if cause is not None:
        if not 0.2 <= frac <= 0.5:
            raise _Fail
        n_plant = rng.randint(8, 20)
        cap = int(0.6 * len(plant_units))
        if cap < 8:
            raise _Fail
        n_plant = min(n_plant, cap)

    # ---------------- episodes
    def spasm(t, muscle, during, side=None):
        o = {"type": "episode", "time": _iso(t), "kind": "spasm", "muscle": muscle,
             "during": during}
        side = side or rng.choice(["left", "right", "left", "right", "both", None])
        if side:
            o["side"] = side
        if rng.random() < 0.85:
            o["duration_s"] = rng.choice([15, 30, 45, 60, 90, 120, 180, 300])
        if rng.random() < 0.85:
            o["pain"] = rng.randint(3, 9)
        if rng.random() < 0.75:
            o["relief"] = rng.sample(["stretching", "stretching", "massage", "walking_it_off",
                                      "rest", "hydration", "pickle_juice", "heat"],
                                     rng.randint(1, 2))
            o["relief"] = sorted(set(o["relief"]))
            o["relieved"] = rng.random() < 0.85
        if rng.random() < 0.08:
            o["flags"] = {"swelling": False, "weakness": False}
        add(t, o)

    def leg_muscle(s):
        legs = [m for m in (s["mg"] or s["muscles"]) if m in
                ("calf", "hamstring", "quadriceps", "foot", "adductor", "glute", "shin")]
        return rng.choice(legs or ["calf", "hamstring"])

    def in_session(s, muscle=None, side=None):
        end = _plus(s["start"], s["dur"])
        m = muscle or leg_muscle(s)
        if rng.random() < 0.55:
            spasm(_plus(s["start"], s["dur"] * U(0.55, 0.97)), m, "exercise", side)
        else:
            spasm(_plus(end, U(10, 150)), m, "after_exercise", side)

    def at_night(i):
        n = nights[i]
        t = _plus(n["bed"], n["hours"] * 60 * U(0.2, 0.9))
        spasm(t, rng.choice(["calf", "calf", "calf", "foot", "toes", "hamstring"]), "sleep")

    def at_rest(i, lo=9.0):
        spasm(_at(tz, days[i], U(lo, 21.5)), rng.choice(["calf", "calf", "foot", "hamstring",
                                                         "quadriceps", "toes"]), "rest")

    # planted
    chosen = []
    pool = list(plant_units)
    for _ in range(n_plant):
        kind, u, _w = _wchoice(rng, [(p, p[2]) for p in pool])
        pool.remove((kind, u, _w))
        chosen.append((kind, u))
    for kind, u in chosen:
        if kind == "session":
            if cause == "muscle_fatigue" and u["overlap"] and not u["fat_long"]:
                in_session(u, muscle=rng.choice(u["overlap"]))
            elif cause == "electrolyte_loss":
                in_session(u, side=rng.choice(["both", "both", "left", "right"]))
            else:
                in_session(u)
        elif kind == "day_after":
            i = u["i"] + 1
            if sess_by_day.get(i) and rng.random() < 0.35:
                in_session(sess_by_day[i][0])
            else:
                wake = u["bed"] + _dt.timedelta(hours=u["hours"])
                lo = wake.astimezone(tz).hour + 1.0
                if wake.astimezone(tz).date() < days[i]:
                    lo = 7.0
                at_rest(i, lo=max(7.0, min(lo, 20.0)))
        else:  # a day: night, rest or a session that day
            i = u
            x = rng.random()
            if x < 0.5 and i + 1 < L:
                at_night(i)
            elif x < 0.75 and sess_by_day.get(i):
                in_session(sess_by_day[i][0])
            else:
                at_rest(i)

    # background, independent of every exposure
    n_bg = rng.randint(4, 15)
    for _ in range(n_bg):
        x = rng.random()
        if x < 0.4:
            in_session(rng.choice(sessions))
        elif x < 0.75:
            i = rng.choice(logged_days[:-1])
            at_night(i)
        else:
            at_rest(rng.choice(logged_days))
    n_tw = rng.randint(1, 6)
    for _ in range(n_tw):
        i = rng.choice(logged_days)
        t = _at(tz, days[i], U(8.0, 22.0))
        o = {"type": "episode", "time": _iso(t), "kind": "twitch",
             "muscle": rng.choice(["eyelid", "eyelid", "calf", "fingers", "quadriceps"]),
             "during": "rest"}
        if rng.random() < 0.6:
            o["duration_s"] = rng.randint(2, 60)
            o["pain"] = rng.choice([0, 0, 1])
        add(t, o)

    # ---------------- assemble
    profile = {"type": "profile", "sex": sex, "birth_year": 2026 - age, "body_mass_kg": mass0,
               "height_cm": height, "timezone": tzname}
    objs.sort(key=lambda p: (p[0].astimezone(_UTC), p[1]["type"]))
    objects = [profile] + meds + [o for _, o in objs]
    for o in objects:
        o["id"] = "j-%012x" % rng.getrandbits(48)
    start = _dt.datetime.combine(d0, _dt.time(0, 0), tzinfo=tz)
    stop = _dt.datetime.combine(days[-1] + _dt.timedelta(days=1), _dt.time(0, 0), tzinfo=tz)
    stats = dict(arch=arch, tz=tzname, days=L, sessions=len(sessions), units=len(units),
                 exposed=len(exposed), frac=round(frac, 3), plantable=len(plant_units),
                 planted=n_plant, background=n_bg, twitches=n_tw, attempt=attempt,
                 objects=len(objects))
    return BlindJournal(cause=cause, objects=objects, start=start, stop=stop, stats=stats)
