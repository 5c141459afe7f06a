"""Blind synthetic cramp journals with one planted cause (examiner "W").

Point of view
-------------
Each journal is the phone log of one amateur club player (football, rugby union or Australian
rules) living somewhere with a real summer (Melbourne, Adelaide, Perth, Brisbane, Durban,
Buenos Aires, Toulouse, Seville or Austin).  The year has a preseason (hot: it falls in that
hemisphere's summer), a season with two training evenings, one gym day and a weekly match,
short breaks (Christmas / bye / US winter break) and a long off-season in which the player
logs little: the watch still syncs runs, rides and hikes, manual entries become rare.

What is logged, and how:
* workouts come either from a watch import (id ``garmin-...``/``apple-...``/``polar-...``,
  duration to 0.1 min, avg_hr, distance, weather temperature and sometimes humidity, no RPE
  unless added; times sometimes written in UTC) or from a manual phone entry (time rounded to
  15 min, duration to 5 min, RPE, sometimes muscle groups, temperature from a weather app,
  notes).  Contact-sport players rarely wear the watch in matches, so matches are mostly manual.
  A few sessions are logged twice (watch + manual), a few watch imports are re-imported with the
  same id, and some sessions are not logged at all.
* body mass: smart-scale mornings, and pre/post weigh-ins around some sessions (more often in
  preseason); scale noise +-0.1-0.2 kg.
* fluids: the session bottle (water, sports or electrolyte drink), morning coffee, some water,
  post-match beers; US players write "oz"/"lb"/"degF" strings.
* meals: USDA SR28 items by ndb_no with grams on tracked days (full days or one or two meals),
  sometimes app totals only; supplements (whey, creatine, a multivitamin) now and then.
* sleep: watch sleep (bed, wake, quality) on many nights, manual hours on a few.
* medications: short benign courses (cetirizine, amoxicillin, ibuprofen, paracetamol) and,
  in some non-medication journals, a short naproxen course with no effect.
* holidays in the off-season/breaks are logged with the local UTC offset of the destination.

Natural correlations present in EVERY journal (null included): hot hours raise the sweat rate,
so mass loss and drinking go up and sports drinks are chosen more often; long sessions are also
hard (matches longest, highest RPE and HR); preseason is hot and brings an acute:chronic load
spike after the off-season, as do returns from injury lay-offs and breaks; match nights bring
beers and short, late sleep; off-season hikes are long but easy.

Background episodes (identical machinery for every cause, drawn from a cause-independent random
stream, independent of every exposure): night calf/foot cramps on random nights (a cramp also
worsens that night's sleep, i.e. reverse causation), eyelid-twitch clusters, random rest cramps
(foot, toes, hand, calf) and a small constant per-session chance of a cramp while playing.  A
null journal (cause=None) has only these and always has at least 5 episodes.

How each cause is planted (N = 9-20 linked episodes, about 30-50 % of the exposed units, chosen
at random among exposed units that the journal itself makes visible; units that are also
exposed to a competing session cause are down-weighted so the cause can be told apart):
* dehydration: sessions whose logged pre/post weigh-ins show a loss >= 2 % of body mass
  (low drinking vs sweat; includes cool sessions where the bottle was forgotten).  Cramp late in
  the session or within 3 h after.
* electrolyte_loss: sessions >= 60 min with an estimated sweat loss >= 1.5 L (hot and/or long
  and hard; visible via weigh-ins or logged temperature), drinking only plain water (>= 500 ml
  logged, so no sodium replaced) and not shown dehydrated by weigh-ins (loss < 2 % when weighed).  Cramps are more often
  bilateral / in a second muscle.
* muscle_fatigue: sessions whose load (duration x RPE) is in this person's top decile, or a hard
  session (RPE >= 5) that works the same lower-body muscle group as a hard session the day
  before.  The cramp is in a worked (shared) muscle, late in or after the session.
* training_load_spike: sessions on days where the acute:chronic ratio of logged load (7-day sum
  / (28-day sum / 4)) is >= 1.5 with a meaningful chronic base, at least 28 days into the
  journal (preseason start, return from lay-off or break, carnival weeks).
* heat: outdoor sessions whose logged temperature (and humidity when logged) give an apparent
  temperature >= 27 C, regardless of drinking or mass loss.
* nutrient_deficiency: a diet phase of >= 10 weeks (moved out / takeaway phase) in which usual
  intake is well below reference (on fully logged days magnesium ~50 %, potassium ~60-65 %,
  calcium ~55 % of RDA/AI, against ~80 %, ~100 % and ~75 % in normal phases), visible in the logged
  meals; episodes (night cramps, twitches, rest cramps, a few exercise cramps) fall on days in that
  phase.  Other journals may have a mildly poorer phase, with no effect.
* sleep_debt: nights with logged sleep <= the person's usual minus 1.5 h (and <= 6.3 h); the
  episode falls 1-20 h after waking (twitches, a cramp in that day's session, rest cramps).
* medication: a cramp-linked medicine (LABA inhaler, nifedipine; from age 30 also a thiazide-type
  diuretic or a statin) starts mid-journal (medication entry with start, sometimes end); after a 3-14 day lag episodes
  (mostly night calf cramps, rest cramps) occur on exposed days; if it is stopped, they stop.

Interface: ``blind_journal(cause, seed) -> BlindJournal``; deterministic per (cause, seed);
pure standard library; no I/O.
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

CAUSES = ("dehydration", "electrolyte_loss", "muscle_fatigue", "training_load_spike", "heat",
          "nutrient_deficiency", "sleep_debt", "medication")


@dataclass
class BlindJournal:
    cause: str | None
    objects: list[dict]
    start: datetime
    stop: datetime


# ----------------------------------------------------------------------------- time zones
def _nth_sunday(y, m, n):
    d = date(y, m, 1)
    d += timedelta(days=(6 - d.weekday()) % 7)
    return d + timedelta(days=7 * (n - 1))


def _last_sunday(y, m):
    d = date(y, m + 1, 1) - timedelta(days=1) if m < 12 else date(y, 12, 31)
    return d - timedelta(days=(d.weekday() + 1) % 7)


def _offset_min(rule, std, d):
    if rule == "EU":
        dst = _last_sunday(d.year, 3) <= d < _last_sunday(d.year, 10)
    elif rule == "AU":
        dst = d >= _nth_sunday(d.year, 10, 1) or d < _nth_sunday(d.year, 4, 1)
    elif rule == "US":
        dst = _nth_sunday(d.year, 3, 2) <= d < _nth_sunday(d.year, 11, 1)
    else:
        dst = False
    return std + (60 if dst else 0)


# name: (tz, rule, std offset min, sport options, calendar, units, climate max, min, RH, sd, match hour)
_LOC = {
    "Melbourne": ("Australia/Melbourne", "AU", 600, ("afl", "afl", "football", "rugby"), "south", "metric",
                  [26, 26, 24, 20, 17, 14, 13, 15, 17, 20, 22, 24], [14, 15, 13, 11, 9, 7, 6, 7, 8, 10, 11, 13],
                  [47, 48, 50, 56, 62, 66, 64, 58, 55, 52, 50, 48], 5.5, 14),
    "Adelaide": ("Australia/Adelaide", "AU", 570, ("afl", "afl", "football"), "south", "metric",
                 [29, 29, 26, 22, 19, 16, 15, 16, 19, 22, 25, 27], [17, 17, 15, 12, 10, 8, 7, 8, 9, 11, 14, 15],
                 [33, 33, 37, 45, 54, 60, 60, 55, 49, 41, 36, 34], 5.0, 14),
    "Perth": ("Australia/Perth", "NONE", 480, ("afl", "afl", "football", "rugby"), "south", "metric",
              [31, 32, 30, 26, 22, 19, 18, 19, 20, 23, 26, 29], [18, 18, 17, 14, 11, 9, 8, 9, 10, 12, 14, 16],
              [42, 40, 43, 49, 58, 64, 65, 62, 59, 54, 48, 44], 4.0, 14),
    "Brisbane": ("Australia/Brisbane", "NONE", 600, ("rugby", "afl", "football"), "south", "metric",
                 [30, 29, 28, 27, 24, 22, 22, 23, 26, 27, 28, 29], [21, 21, 20, 17, 14, 11, 10, 11, 14, 16, 19, 20],
                 [60, 62, 60, 57, 55, 52, 48, 47, 50, 54, 57, 59], 2.5, 15),
    "Durban": ("Africa/Johannesburg", "NONE", 120, ("rugby", "rugby", "football"), "south", "metric",
               [28, 28, 28, 26, 25, 23, 23, 23, 23, 24, 25, 27], [21, 21, 20, 17, 14, 11, 11, 13, 15, 17, 18, 20],
               [70, 70, 69, 66, 61, 57, 57, 62, 68, 71, 71, 70], 2.5, 15),
    "Buenos Aires": ("America/Argentina/Buenos_Aires", "NONE", -180, ("rugby", "football"), "south", "metric",
                     [30, 29, 26, 23, 19, 16, 15, 17, 19, 22, 25, 28], [20, 19, 17, 14, 10, 8, 7, 8, 10, 13, 16, 18],
                     [60, 64, 68, 70, 72, 75, 73, 68, 64, 63, 60, 58], 3.5, 15),
    "Toulouse": ("Europe/Paris", "EU", 60, ("rugby", "rugby", "football"), "north", "metric",
                 [10, 12, 15, 17, 21, 25, 28, 28, 25, 20, 14, 11], [2, 3, 5, 7, 11, 14, 16, 16, 13, 10, 5, 3],
                 [72, 65, 58, 58, 57, 53, 48, 50, 54, 62, 71, 75], 4.0, 15),
    "Seville": ("Europe/Madrid", "EU", 60, ("football", "football", "rugby"), "north", "metric",
                [16, 18, 22, 24, 28, 33, 36, 36, 32, 26, 20, 17], [6, 7, 9, 11, 14, 18, 20, 20, 18, 14, 10, 7],
                [66, 60, 53, 51, 45, 38, 33, 35, 43, 53, 63, 68], 3.0, 17),
    "Austin": ("America/Chicago", "US", -360, ("football", "football", "rugby"), "us", "imperial",
               [17, 19, 23, 27, 30, 33, 35, 36, 32, 27, 22, 18], [5, 7, 11, 14, 19, 22, 23, 23, 21, 15, 10, 6],
               [55, 52, 50, 52, 56, 55, 48, 47, 52, 52, 53, 55], 3.0, 10),
}
_HOLIDAY = {"south": [("Asia/Makassar", "NONE", 480, 31, 75), ("Pacific/Fiji", "NONE", 720, 30, 75)],
            "north": [("Europe/Athens", "EU", 120, 31, 50), ("Atlantic/Canary", "EU", 0, 27, 60)],
            "us": [("America/Cancun", "NONE", -300, 32, 70)]}
_CAL = {
    "south": [((1, 1), "break"), ((1, 10), "pre"), ((4, 5), "season"), ((6, 9), "break"), ((6, 23), "season"),
              ((9, 14), "off"), ((11, 18), "pre"), ((12, 20), "break")],
    "north": [((1, 1), "break"), ((1, 7), "season"), ((5, 25), "off"), ((7, 22), "pre"), ((9, 6), "season"),
              ((12, 20), "break")],
    "us": [((1, 1), "break"), ((1, 26), "season"), ((5, 11), "off"), ((8, 1), "pre"), ((8, 25), "season"),
           ((11, 17), "break")],
}
_PRE_START = {"south": (11, 18), "north": (7, 22), "us": (8, 1)}


def _phase(cal, d):
    ph = "break"
    for (m, dd), p in _CAL[cal]:
        if (d.month, d.day) >= (m, dd):
            ph = p
    return ph


# ----------------------------------------------------------------------------- foods (USDA SR28)
# ndb_no: (Ca, Mg, K, Na mg per 100 g)
_FOOD = {
    "08120": (52, 138, 362, 6), "01079": (120, 11, 140, 47), "09040": (5, 27, 358, 1), "18069": (144, 23, 126, 490),
    "05064": (15, 29, 256, 74), "20345": (10, 12, 35, 382), "20121": (7, 18, 44, 1), "23568": (18, 21, 318, 72),
    "01129": (50, 10, 126, 124), "11674": (15, 28, 535, 10), "11091": (40, 21, 293, 41), "11457": (99, 79, 558, 79),
    "01256": (110, 11, 141, 36), "01009": (710, 27, 76, 653), "22903": (168, 27, 239, 590), "16098": (49, 168, 558, 426),
    "12061": (269, 270, 733, 1), "09003": (6, 5, 107, 1), "09200": (40, 10, 181, 0), "15237": (15, 30, 384, 61),
    "16006": (34, 27, 224, 343), "11508": (38, 27, 475, 36), "09038": (13, 29, 507, 8), "07064": (9, 16, 342, 814),
    "21108": (116, 22, 197, 487), "11403": (12, 24, 478, 324), "08020": (5, 39, 168, 729), "18250": (60, 17, 102, 402),
    "18159": (21, 41, 171, 311), "21124": (171, 20, 282, 575), "05098": (9, 24, 269, 106), "19904": (73, 228, 715, 20),
    "18364": (146, 22, 125, 736), "13451": (22, 25, 368, 61), "11529": (10, 11, 237, 5), "11124": (33, 12, 320, 69),
    "11313": (24, 22, 110, 72), "15184": (11, 27, 237, 50), "07029": (24, 22, 287, 1143), "18002": (15, 24, 116, 457),
    "19120": (189, 63, 372, 79), "01026": (505, 20, 76, 627), "22917": (34, 32, 221, 587),
}
_GOOD = {
    "breakfast": [[("08120", 80), ("01079", 250), ("09040", 120)], [("01129", 120), ("18069", 70), ("09200", 150)],
                  [("01256", 200), ("08120", 50), ("09040", 110), ("12061", 20)], [("16098", 30), ("18069", 80), ("09040", 120)]],
    "lunch": [[("05064", 150), ("20345", 250), ("11091", 100), ("01009", 30)], [("15184", 120), ("11674", 300), ("11529", 120)],
              [("18069", 100), ("05064", 100), ("01026", 50), ("09003", 180)], [("16006", 200), ("11674", 250), ("01009", 30)]],
    "dinner": [[("13451", 200), ("11674", 300), ("11457", 60)], [("15237", 180), ("11508", 250), ("11091", 120), ("01256", 150)],
               [("23568", 150), ("20121", 250), ("11529", 150), ("11124", 80), ("01009", 25)], [("05098", 180), ("20345", 250), ("11313", 120), ("09038", 70)]],
    "snack": [[("12061", 30), ("01079", 300)], [("09040", 120), ("01079", 300)], [("01256", 170)], [("19904", 25)], [("16098", 30), ("18069", 40)]],
}
_POOR = {
    "breakfast": [[("08020", 40), ("01079", 150)], [("18250", 80)], [("18002", 100)], []],
    "lunch": [[("21124", 250)], [("07064", 120), ("18069", 80)], [("21108", 200), ("11403", 120)], [("22917", 250)]],
    "dinner": [[("22903", 350)], [("21108", 250), ("11403", 150)], [("20121", 300), ("07064", 100)], [("18364", 150), ("07029", 80)]],
    "snack": [[("18159", 60)], [("19120", 45)], [("18250", 70)]],
}


# ----------------------------------------------------------------------------- helpers
def _r(x, q):
    return round(round(x / q) * q, 6)


_DIURNAL = [0.15, 0.1, 0.06, 0.03, 0.01, 0.0, 0.02, 0.12, 0.3, 0.48, 0.64, 0.78, 0.88, 0.95, 0.99, 1.0,
            0.98, 0.93, 0.85, 0.75, 0.62, 0.5, 0.38, 0.26, 0.15]


def _diurnal(hour):
    h = hour % 24
    k = int(h)
    return _DIURNAL[k] + (_DIURNAL[k + 1] - _DIURNAL[k]) * (h - k)


def _app_temp(t, rh):
    e = rh / 100 * 6.105 * math.exp(17.27 * t / (237.7 + t))
    return t + 0.33 * e - 4.0


_LOWER = ("calf", "hamstring", "quadriceps", "adductor", "glute", "hip_flexor")
_SPORT_GROUPS = {
    "football": ["calf", "hamstring", "quadriceps", "adductor", "hip_flexor"],
    "rugby": ["calf", "hamstring", "quadriceps", "glute", "shoulder", "neck"],
    "afl": ["calf", "hamstring", "quadriceps", "adductor", "glute"],
}
_ACT_GROUPS = {"running": ["calf", "hamstring", "quadriceps"], "cycling": ["quadriceps", "calf", "glute"],
               "hiking": ["calf", "quadriceps", "glute"], "walking": ["calf"], "swimming": ["shoulder", "upper_back"],
               "lower": ["quadriceps", "hamstring", "glute", "calf"],
               "upper": ["chest", "shoulder", "triceps", "biceps", "upper_back"]}
_OUTDOOR = {"team_sport", "running", "cycling", "hiking", "walking", "trail_running"}


class _Sess:
    __slots__ = ("day", "start", "dur", "act", "kind", "rpe", "groups", "outdoor", "temp", "rh", "at", "sweat",
                 "drink_ml", "drink", "mass_pre", "loss", "logged", "src", "log_temp", "log_rh", "weighed",
                 "w_pre", "w_post", "fl_logged", "fl_entries", "obj_idx", "hr", "dist")


# ----------------------------------------------------------------------------- generator
def blind_journal(cause: str | None, seed: int) -> BlindJournal:
    if cause is not None and cause not in CAUSES:
        raise ValueError(f"unknown cause {cause!r}")
    for attempt in range(20):
        out = _build(cause, seed, attempt)
        if out is not None:
            return out
    return _build(cause, seed, 99, force=True)


def _build(cause, seed, attempt, force=False):
    L = random.Random(f"W-life-{seed}-{attempt}")          # life: person, calendar, sessions, logging
    D = random.Random(f"W-diet-{seed}-{attempt}")          # meals
    B = random.Random(f"W-bg-{seed}-{attempt}")            # background episodes
    P = random.Random(f"W-plant-{cause}-{seed}-{attempt}")  # planted episodes

    # ---- person
    loc = L.choice(sorted(_LOC))
    tzname, rule, std, sports, cal, units, cmax, cmin, crh, csd, match_hour = _LOC[loc]
    sport = L.choice(sports)
    sex = "female" if L.random() < 0.2 else "male"
    year0 = L.choice((2023, 2024))
    birth = L.randint(1984, 2004)
    age = year0 - birth
    if sex == "male":
        mass0 = L.uniform(74, 104 if sport == "rugby" else 92)
        height = L.uniform(170, 195)
        ref = {"mg": 400 if age < 31 else 420, "k": 3400, "ca": 1000}
    else:
        mass0 = L.uniform(57, 80)
        height = L.uniform(158, 180)
        ref = {"mg": 310 if age < 31 else 320, "k": 2600, "ca": 1000}
    sweat_base = L.uniform(0.8, 1.3) * (mass0 / 82) ** 0.5
    sweat_na = L.uniform(800, 1300)  # mg/L
    device = L.choice(("garmin", "garmin", "apple", "polar"))
    utc_watch = L.random() < 0.35
    watch_in_match = 0.5 if sport == "football" else 0.08
    night_rate = B.uniform(0.012, 0.03)
    usual_sleep = L.uniform(6.9, 8.1)
    weigh_habit = L.uniform(0.45, 0.75)
    water_pref = L.uniform(0.45, 0.85)
    drink_scale = L.uniform(0.8, 1.6)
    meal_habit = L.uniform(0.3, 0.55)
    sleep_watch = L.uniform(0.55, 0.85)

    pm, pdd = _PRE_START[cal]
    pre_start = date(year0, pm, pdd)
    start_d = pre_start - timedelta(days=L.randint(30, 80))
    ndays = L.randint(160, 360)
    days = [start_d + timedelta(days=i) for i in range(ndays)]
    stop_d = days[-1]

    # holiday (destination offset) in an off/break stretch
    holiday = None
    offdays = [i for i, d in enumerate(days) if _phase(cal, d) in ("off", "break")]
    if offdays and L.random() < 0.5:
        h0 = L.choice(offdays)
        hz = L.choice(_HOLIDAY[cal])
        holiday = (h0, h0 + L.randint(6, 13), hz)

    def tzrule(i):
        if holiday and holiday[0] <= i <= holiday[1]:
            return holiday[2]
        return (tzname, rule, std, None, None)

    _tzc = {}

    def tz_of(i):
        if i not in _tzc:
            z = tzrule(i)
            _tzc[i] = timezone(timedelta(minutes=_offset_min(z[1], z[2], days[i])))
        return _tzc[i]

    def iso(dt_local_naive, i, utc=False, secs=False):
        dt = dt_local_naive.replace(tzinfo=tz_of(min(max(i, 0), ndays - 1)))
        if utc:
            dt = dt.astimezone(timezone.utc)
        return dt.isoformat(timespec="seconds") if secs else dt.replace(second=0).isoformat(timespec="seconds")

    # ---- weather
    anom = []
    a = 0.0
    for d in days:
        a = 0.7 * a + L.gauss(0, csd * math.sqrt(1 - 0.49))
        anom.append(a)

    def clim(d, arr):
        f = (d.day - 15) / 30.0
        m = d.month - 1
        j = (m + (1 if f >= 0 else -1)) % 12
        return arr[m] * (1 - abs(f)) + arr[j] * abs(f)

    def weather(i, hour):
        d = days[i]
        hz = tzrule(i)
        if hz[3] is not None:
            tmax, tmin, rh0 = hz[3] + anom[i] * 0.4, hz[3] - 8, hz[4]
        else:
            tmax = clim(d, cmax) + anom[i]
            tmin = clim(d, cmin) + 0.6 * anom[i]
            rh0 = clim(d, crh)
        w = _diurnal(hour)
        t = tmin + (tmax - tmin) * w
        rh = rh0 + (1 - w) * 18 - anom[i] * 1.5 + L.gauss(0, 6)
        return t, max(12.0, min(98.0, rh))

    # ---- events: injury lay-off
    layoff = set()
    seas = [i for i, d in enumerate(days) if _phase(cal, d) == "season"]
    if seas and L.random() < 0.55:
        j = L.choice(seas)
        layoff = set(range(j, j + L.randint(10, 24)))

    # ---- sessions
    sessions = []
    mass = mass0 + L.uniform(0.5, 2.0)

    def add(i, hour, dur, act, kind, rpe, groups):
        s = _Sess()
        s.day, s.dur, s.act, s.kind, s.rpe, s.groups = i, dur, act, kind, max(1.0, min(10.0, rpe)), groups
        s.start = datetime.combine(days[i], time(0)) + timedelta(hours=hour)
        s.outdoor = act in _OUTDOOR and kind != "indoor"
        if s.outdoor and (tzrule(i)[3] is None or True):
            t, rh = weather(i, hour + dur / 120)
        else:
            t, rh = L.uniform(19, 23), L.uniform(35, 55)
        s.temp, s.rh = t, rh
        s.at = _app_temp(t, rh)
        rate = sweat_base * (0.55 + 0.08 * s.rpe) + 0.045 * max(0.0, s.at - 16) * (1 if s.outdoor else 0.5)
        s.sweat = max(0.1, rate * dur / 60 * L.uniform(0.9, 1.1))
        sessions.append(s)
        return s

    for i, d in enumerate(days):
        ph = _phase(cal, d)
        wd = d.weekday()
        mass += L.gauss(0, 0.08) + (0.012 if ph == "off" else -0.01 if ph == "pre" else 0)
        mass = min(max(mass, mass0 - 3), mass0 + 3)
        grp = _SPORT_GROUPS[sport]
        if i in layoff:
            if wd in (1, 4) and L.random() < 0.5:
                add(i, 18.0, L.uniform(35, 60), "strength", "indoor", L.uniform(4, 6), _ACT_GROUPS["upper"])
            continue
        hol = holiday and holiday[0] <= i <= holiday[1]
        if hol:
            if L.random() < 0.35:
                act = L.choice(("running", "walking", "swimming", "hiking"))
                dur = {"running": L.uniform(25, 50), "walking": L.uniform(60, 180), "swimming": L.uniform(20, 40),
                       "hiking": L.uniform(150, 300)}[act]
                rpe = {"running": L.uniform(5, 7), "walking": L.uniform(2, 3), "swimming": L.uniform(3, 5),
                       "hiking": L.uniform(3.5, 5)}[act]
                add(i, L.choice((8.0, 9.5, 17.0)), dur, act, "off", rpe,
                    _ACT_GROUPS[act] if act in _ACT_GROUPS else ["calf"])
            continue
        if ph == "pre":
            k = (d - max(pre_start, days[0])).days if d >= pre_start else 30
            ramp = 1.0 if k > 14 else 0.85
            if wd in (1, 3):
                dur = L.uniform(80, 110) * ramp
                add(i, L.choice((18.5, 18.5, 19.0)), dur, "team_sport", "train", L.uniform(6, 8) + (dur - 95) / 30, grp)
            if wd == 5:
                if (d.month in (3, 8) and L.random() < 0.7) or L.random() < 0.2:
                    if L.random() < 0.25:
                        add(i, 10.0, L.uniform(110, 150), "team_sport", "carnival", L.uniform(8, 9), grp)
                    else:
                        add(i, match_hour + L.choice((0, 0.5, 1)), L.uniform(85, 110), "team_sport", "match",
                            L.uniform(7, 9), grp)
                else:
                    add(i, 8.0, L.uniform(60, 90), "team_sport", "conditioning", L.uniform(6.5, 8.5), grp)
            if wd in (0, 2) and L.random() < 0.75:
                add(i, L.choice((6.5, 17.5)), L.uniform(50, 70), "strength", "indoor", L.uniform(5, 7),
                    _ACT_GROUPS["lower" if wd == 2 else "upper"] + (["calf"] if wd == 2 else []))
            if wd == 6 and L.random() < 0.35:
                add(i, 8.0, L.uniform(30, 50), "running", "run", L.uniform(5, 7), _ACT_GROUPS["running"])
        elif ph == "season":
            if wd in (1, 3) and L.random() < 0.92:
                dur = L.uniform(65, 95)
                add(i, 19.0 if cal != "us" else 19.5, dur, "team_sport", "train", L.uniform(5, 7) + (dur - 80) / 30, grp)
            mday = 6 if cal == "us" else 5
            if wd == mday and L.random() < 0.93:
                late = d.month in ((8, 9) if cal == "south" else (5,) if cal == "north" else (5, 11))
                dur = L.uniform(85, 105) + (L.uniform(15, 30) if L.random() < 0.06 else 0)
                add(i, match_hour + L.choice((0, 0, 0.5, 1, -1)), dur, "team_sport", "match",
                    L.uniform(7, 9) + (0.5 if late else 0) + (dur - 95) / 40, grp)
            gday = L.choice((0, 2))
            if wd == gday and L.random() < 0.55:
                part = "lower" if L.random() < 0.5 else "upper"
                add(i, L.choice((6.5, 17.5)), L.uniform(45, 70), "strength", "indoor", L.uniform(5, 7), _ACT_GROUPS[part])
            if wd == (0 if cal == "us" else 6) and L.random() < 0.25:
                act = L.choice(("walking", "swimming", "cycling"))
                add(i, 10.0, L.uniform(30, 60), act, "recovery", L.uniform(2, 3.5), _ACT_GROUPS[act])
            if wd == 4 and L.random() < 0.06:
                add(i, 7.0, L.uniform(25, 40), "running", "run", L.uniform(5, 6.5), _ACT_GROUPS["running"])
        elif ph == "break":
            if L.random() < 0.22:
                act = L.choice(("running", "running", "strength", "cycling"))
                add(i, L.choice((8.0, 17.5)), L.uniform(30, 60), act, "run" if act != "strength" else "indoor",
                    L.uniform(4.5, 6.5), _ACT_GROUPS.get(act, _ACT_GROUPS["lower"]))
        else:  # off
            r = L.random()
            if r < 0.16:
                add(i, L.choice((7.0, 7.5, 18.0)), L.uniform(25, 55), "running", "run", L.uniform(4.5, 6.5),
                    _ACT_GROUPS["running"])
            elif r < 0.24:
                add(i, 17.5, L.uniform(40, 65), "strength", "indoor", L.uniform(4.5, 6.5),
                    _ACT_GROUPS[L.choice(("upper", "lower"))])
            elif r < 0.28 and wd in (2, 3):
                add(i, 19.0, L.uniform(50, 65), "team_sport", "social", L.uniform(5.5, 7.5), grp)
            elif r < 0.31 and wd >= 5:
                add(i, 8.0, L.uniform(150, 320), "hiking", "off", L.uniform(3.5, 5), _ACT_GROUPS["hiking"])
            elif r < 0.34:
                add(i, 8.0, L.uniform(45, 120), "cycling", "off", L.uniform(4, 6), _ACT_GROUPS["cycling"])

    # ---- drinking, weigh-ins, logging of sessions
    for s in sessions:
        ph = _phase(cal, days[s.day])
        heatf = 1 + 0.025 * max(0.0, s.at - 18)
        if L.random() < 0.15 and s.dur > 40:
            s.drink_ml = L.uniform(0, 200)
        else:
            s.drink_ml = L.uniform(150, 1100) * drink_scale * heatf * (s.dur / 85) ** 0.5
        psd = (1 - water_pref) * 0.75 + 0.015 * max(0.0, s.at - 20) + (0.08 if s.kind == "match" else 0)
        r = L.random()
        s.drink = "sports_drink" if r < psd else "electrolyte_drink" if r < psd * 1.3 else "water"
        s.mass_pre = mass0 + L.gauss(0, 0.6)
        s.loss = s.sweat - s.drink_ml / 1000 + L.gauss(0, 0.15)
        hab = weigh_habit * (1.3 if ph == "pre" else 0.3 if ph in ("off", "break") else 1.0)
        hab *= 0.6 if s.kind == "match" else 1.0
        s.weighed = s.dur >= 40 and s.kind not in ("recovery",) and L.random() < hab
        s.w_pre = _r(s.mass_pre + L.gauss(0, 0.12), 0.1)
        s.w_post = _r(s.mass_pre - s.loss + L.gauss(0, 0.12), 0.1)
        plog = {"pre": 0.95, "season": 0.93, "break": 0.75, "off": 0.7}[ph]
        s.logged = L.random() < plog
        watch_p = watch_in_match if s.kind in ("match", "carnival") else 0.1 if s.act == "swimming" else 0.85
        if ph == "off" and s.act == "strength":
            watch_p = 0.3
        s.src = "watch" if L.random() < watch_p else "manual"
        if s.src == "manual" and ph == "off" and L.random() < 0.4:
            s.logged = False
        s.log_temp = s.outdoor and (L.random() < (0.8 if s.src == "watch" else 0.4))
        s.log_rh = s.log_temp and L.random() < 0.55
        s.fl_logged = s.logged and s.drink_ml > 150 and L.random() < (0.8 if ph in ("pre", "season") else 0.3)
        s.fl_entries = []
        s.hr = int(max(70, min(200, 100 + 8 * s.rpe + 0.4 * max(0.0, s.at - 18) + L.gauss(0, 6))))
        speed = {"team_sport": 5.5, "running": 11, "cycling": 25, "hiking": 3.8, "walking": 5}.get(s.act, 0)
        s.dist = speed * s.dur / 60 * L.uniform(0.85, 1.1) if speed else None
        s.obj_idx = None

    if not force and cause in ("dehydration", "electrolyte_loss", "heat"):  # cheap early rejection
        lg = [s for s in sessions if s.logged]
        if cause == "dehydration":
            k = sum(1 for s in lg if s.weighed and (s.w_pre - s.w_post) / s.w_pre >= 0.02)
        elif cause == "heat":
            k = sum(1 for s in lg if s.outdoor and s.log_temp and _app_temp(s.temp, s.rh if s.log_rh else 40.0) >= 27)
        else:
            k = sum(1 for s in lg if s.dur >= 60 and s.rpe >= 5.5 and s.sweat >= 1.5 and s.fl_logged
                    and s.drink == "water" and s.drink_ml >= 500
                    and not (s.weighed and (s.w_pre - s.w_post) / s.w_pre >= 0.02))
        if k < 18:
            return None

    objs = []  # (sort key datetime-naive-local, i, obj)

    def put(i, local_dt, obj):
        objs.append((local_dt, obj))

    prof = {"type": "profile", "sex": sex, "birth_year": birth, "body_mass_kg": round(mass0, 1),
            "height_cm": round(height), "timezone": tzname}
    if L.random() < 0.2:
        del prof["height_cm"]
    wid = L.randint(10 ** 9, 3 * 10 ** 9)
    imperial = units == "imperial"

    def temp_val(t, manual):
        if imperial and manual:
            return f"{round(t * 9 / 5 + 32)} degF"
        return round(t, 1) if not manual else round(t)

    for s in sessions:
        if not s.logged:
            continue
        i = s.day
        dups = [s.src]
        if s.src == "watch" and L.random() < 0.04:
            dups.append("manual")
        for src in dups:
            if src == "watch":
                wid += L.randint(3, 400)
                st = s.start + timedelta(minutes=L.uniform(-8, 8), seconds=L.randint(0, 59))
                act = s.act
                if act == "team_sport" and L.random() < (0.45 if sport == "afl" else 0.12):
                    act = "other"
                o = {"type": "workout", "id": f"{device}-{wid}", "time": iso(st, i, utc_watch, secs=True),
                     "duration_min": round(s.dur + L.uniform(-4, 4), 1), "activity": act}
                if s.act != "swimming":
                    o["avg_hr"] = s.hr
                if s.dist and s.outdoor:
                    o["distance_km"] = round(s.dist, 2)
                if s.log_temp:
                    o["temperature_c"] = round(s.temp + L.gauss(0, 0.8), 1)
                    if s.log_rh:
                        o["humidity_pct"] = round(min(100, max(5, s.rh + L.gauss(0, 4))))
                if L.random() < 0.3:
                    o["rpe"] = round(s.rpe)
                put(i, st, o)
                if L.random() < 0.03:
                    put(i, st, dict(o))  # re-imported file, same id
            else:
                st = s.start + timedelta(minutes=L.choice((-15, 0, 0, 15)))
                st = st.replace(minute=(st.minute // 15) * 15)
                o = {"type": "workout", "time": iso(st, i), "duration_min": max(5, _r(s.dur, 5)), "activity": s.act}
                if L.random() < 0.88:
                    o["rpe"] = round(s.rpe) if L.random() < 0.8 else _r(s.rpe, 0.5)
                if L.random() < 0.4:
                    o["muscle_groups"] = list(s.groups)
                if s.log_temp or (s.outdoor and L.random() < 0.1):
                    o["temperature_c"] = temp_val(s.temp + L.gauss(0, 1), True)
                    if s.log_rh and L.random() < 0.4:
                        o["humidity_pct"] = round(s.rh / 5) * 5
                if s.kind in ("match", "train") and L.random() < 0.2:
                    o["warm_up_min"] = L.choice((10, 15, 20))
                if L.random() < 0.3:
                    o["notes"] = L.choice({"match": ["game day", "tough game", "won", "lost by a bit", "away game",
                                                     "played the full game"],
                                           "train": ["training", "skills + fitness", "light session", "contact session"],
                                           "carnival": ["preseason carnival, 3 games"],
                                           }.get(s.kind, ["", "felt ok", "legs heavy", "easy"])) or "session"
                put(i, st, o)
        # fluids in session
        if s.fl_logged:
            n = 2 if L.random() < 0.25 else 1
            rem = s.drink_ml
            for k in range(n):
                ml = rem / n
                ft = s.start + timedelta(minutes=s.dur * L.uniform(0.3, 0.95))
                ml_v = max(50, _r(ml, 50))
                o = {"type": "fluid", "time": iso(ft, i), "ml": f"{round(ml_v / 29.57)} oz" if imperial else ml_v}
                dr = s.drink if k == 0 else ("water" if L.random() < 0.7 else s.drink)
                if dr != "water" or L.random() < 0.7:
                    o["drink"] = dr
                if dr == "electrolyte_drink" and L.random() < 0.3:
                    o["sodium_mg"] = L.choice((300, 500, 1000))
                s.fl_entries.append(dr)
                put(i, ft, o)
        # weigh-ins
        if s.weighed and s.logged:
            t1 = s.start - timedelta(minutes=L.uniform(20, 60))
            t2 = s.start + timedelta(minutes=s.dur + L.uniform(10, 45))
            for tt, v, ctx in ((t1, s.w_pre, "pre_workout"), (t2, s.w_post, "post_workout")):
                put(i, tt, {"type": "body_mass", "time": iso(tt, i), "kg": f"{round(v * 2.2046, 1)} lb" if imperial else v,
                            "context": ctx})

    match_days = {s.day for s in sessions if s.kind == "match"}
    # ---- sleep (true for every night; logged on some)
    nights = []  # (i, bed_dt, wake_dt, hours, quality, logged, src)
    for i in range(ndays - 1):
        d = days[i]
        wd = d.weekday()
        bed_h = 23.0 + L.gauss(0, 0.4)
        hrs = usual_sleep + L.gauss(0, 0.45)
        had_match = i in match_days
        if had_match and L.random() < 0.6:
            bed_h = L.uniform(24.5, 26.5)
            hrs = L.uniform(5.5, 8.5)
        elif wd in (4, 5) and L.random() < 0.3:
            bed_h = L.uniform(24.0, 25.5)
        r = L.random()
        if r < 0.1:
            hrs = L.uniform(4.0, 5.6)  # work deadline, early shift, insomnia, kid
        elif r < 0.14:
            hrs = L.uniform(5.5, 6.2)
        if wd in (4, 5):
            hrs += 0.5
        bed = datetime.combine(d, time(0)) + timedelta(hours=bed_h)
        wake = bed + timedelta(hours=hrs)
        q = max(1, min(5, round(3.3 + (hrs - usual_sleep) * 0.8 + L.gauss(0, 0.6))))
        ph = _phase(cal, d)
        p = sleep_watch * (0.6 if ph == "off" else 1.0)
        rr = L.random()
        src = "watch" if rr < p else "manual" if rr < p + 0.05 else None
        nights.append([i, bed, wake, hrs, q, src])

    # ---- meals and diet
    low_phase = None
    mild_phase = None
    if cause == "nutrient_deficiency":
        a0 = D.randint(int(ndays * 0.3), int(ndays * 0.5))
        low_phase = (a0, min(ndays - 1, a0 + max(75, D.randint(75, 160))))
    elif D.random() < 0.35:
        a0 = D.randint(0, ndays - 60)
        mild_phase = (a0, a0 + D.randint(40, 90))
    good_q = D.uniform(0.7, 0.85)
    day_intake = {}
    for i, d in enumerate(days):
        low = low_phase and low_phase[0] <= i <= low_phase[1]
        mild = mild_phase and mild_phase[0] <= i <= mild_phase[1]
        q = 0.06 if low else good_q - 0.25 if mild else good_q
        scale = 0.85 if low else 1.0
        ph = _phase(cal, d)
        pl = meal_habit * {"pre": 1.2, "season": 1.0, "break": 0.5, "off": 0.35}[ph]
        if low:
            pl = max(pl, 0.3)
        if D.random() >= pl:
            continue
        full = D.random() < 0.65
        slots = ["breakfast", "lunch", "dinner"] + (["snack"] if D.random() < 0.6 else [])
        if not full:
            slots = D.sample(slots, D.randint(1, 2))
        tot = [0.0, 0.0, 0.0]
        for sl in slots:
            book = _GOOD if D.random() < q else _POOR
            items = [(n, g) for n, g in D.choice(book[sl]) if n in _FOOD and g > 0]
            if low and sl == "breakfast" and D.random() < 0.5:
                items = []
            if not items:
                continue
            hour = {"breakfast": 7.3, "lunch": 12.6, "dinner": 19.2, "snack": 15.5}[sl] + D.gauss(0, 0.5)
            mt = datetime.combine(d, time(0)) + timedelta(hours=hour)
            mt = mt.replace(minute=(mt.minute // 5) * 5)
            its = []
            for n, g in items:
                g2 = max(10, _r(g * scale * D.uniform(0.8, 1.25), 5))
                its.append({"ndb_no": n, "grams": g2})
                ca, mg, k, na = _FOOD[n]
                tot[0] += mg * g2 / 100
                tot[1] += k * g2 / 100
                tot[2] += ca * g2 / 100
            if D.random() < 0.12:
                o = {"type": "meal", "time": iso(mt, i), "items": [],
                     "energy_kcal": round(D.uniform(450, 900))}
                o["magnesium_mg"] = round(sum(_FOOD[x["ndb_no"]][1] * x["grams"] / 100 for x in its))
                o["potassium_mg"] = round(sum(_FOOD[x["ndb_no"]][2] * x["grams"] / 100 for x in its))
                o["calcium_mg"] = round(sum(_FOOD[x["ndb_no"]][0] * x["grams"] / 100 for x in its))
                del o["items"]
            else:
                o = {"type": "meal", "time": iso(mt, i), "items": its}
            put(i, mt, o)
        day_intake[i] = (tot, full)
        if not low and D.random() < 0.06:
            st = datetime.combine(d, time(8, 0))
            nm = D.choice(("multivitamin", "whey protein", "creatine"))
            o = {"type": "supplement", "time": iso(st, i), "name": nm}
            if nm == "multivitamin":
                o["magnesium_mg"] = 100
                o["calcium_mg"] = 120
            put(i, st, o)

    # ---- daily fluids, morning mass, beers
    for i, d in enumerate(days):
        ph = _phase(cal, d)
        act = ph in ("pre", "season")
        if L.random() < (0.35 if act else 0.12):
            t = datetime.combine(d, time(7, 0)) + timedelta(minutes=L.randint(0, 50))
            v = _r(mass0 + L.gauss(0, 0.5) + (0.8 if ph == "off" else 0), 0.1)
            put(i, t, {"type": "body_mass", "time": iso(t, i, secs=False), "kg": f"{round(v * 2.2046, 1)} lb" if imperial else v,
                       "context": "morning"})
        if L.random() < (0.4 if act else 0.15):
            t = datetime.combine(d, time(7, 30)) + timedelta(minutes=L.randint(0, 90))
            put(i, t, {"type": "fluid", "time": iso(t, i), "ml": "12 oz" if imperial else L.choice((200, 250, 350)),
                       "drink": "coffee"})
        if L.random() < (0.3 if act else 0.1):
            for _ in range(L.randint(1, 3)):
                t = datetime.combine(d, time(9, 0)) + timedelta(minutes=L.randint(0, 660))
                put(i, t, {"type": "fluid", "time": iso(t, i), "ml": "16 oz" if imperial else L.choice((250, 500, 600, 750)),
                           **({"drink": "water"} if L.random() < 0.5 else {})})
        if i in match_days and L.random() < 0.35:
            n = L.randint(2, 6)
            t = datetime.combine(d, time(0)) + timedelta(hours=match_hour + 3.5 + L.random())
            per = {"south": 425, "north": 330, "us": 355}[cal]
            o = {"type": "fluid", "time": iso(t, i), "ml": f"{12 * n} oz" if imperial else n * per, "drink": "beer"}
            if L.random() < 0.5:
                o["notes"] = "post-match drinks"
            put(i, t, o)

    # ---- medications
    meds = []  # (name, start_i, end_i or None, linked)
    if L.random() < 0.4:
        a0 = L.randint(0, ndays - 20)
        meds.append((L.choice(("cetirizine", "loratadine")), a0, a0 + L.randint(14, 60), False))
    if L.random() < 0.25:
        a0 = L.randint(0, ndays - 10)
        meds.append(("amoxicillin", a0, a0 + 7, False))
    if L.random() < 0.45:
        a0 = L.randint(0, ndays - 10)
        meds.append((L.choice(("ibuprofen", "ibuprofen", "paracetamol")), a0, a0 + L.randint(3, 8), False))
    if cause != "medication" and L.random() < 0.15:
        a0 = L.randint(0, ndays - 10)
        meds.append(("naproxen", a0, a0 + L.randint(5, 10), False))
    if cause == "medication":
        opts = ["salmeterol/fluticasone inhaler", "budesonide/formoterol inhaler", "nifedipine"]
        if age >= 30:
            opts += ["hydrochlorothiazide", "indapamide", "atorvastatin", "atorvastatin"]
        nm = P.choice(opts)
        a0 = P.randint(int(ndays * 0.3), int(ndays * 0.55))
        end = a0 + P.randint(60, 140) if P.random() < 0.4 else None
        if end is not None and end >= ndays - 5:
            end = None
        meds.append((nm, a0, end, True))
    for nm, a0, e0, _ in meds:
        o = {"type": "medication", "name": nm, "start": days[a0].isoformat()}
        if e0 is not None and e0 < ndays:
            o["end"] = days[e0].isoformat()
        put(a0, datetime.combine(days[a0], time(9)), o)

    # ---- episodes
    episodes = []  # (local dt, day i, obj)

    def ep(i, dt, kind, muscle, during, rng, side=None, dur_s=None, pain=None, note=None):
        if i >= ndays or i < 0:
            return
        o = {"type": "episode", "time": None, "kind": kind if rng.random() < 0.85 else
             {"spasm": "cramp", "twitch": "fasciculation"}[kind], "muscle": muscle}
        if rng.random() < 0.8:
            o["side"] = side or rng.choice(("left", "right", "left", "right", "both"))
        if rng.random() < 0.7:
            o["duration_s"] = dur_s if dur_s is not None else (rng.choice((20, 30, 45, 60, 90, 120, 180, 300))
                                                               if kind == "spasm" else rng.choice((5, 10, 30, 60)))
        if rng.random() < 0.8:
            o["pain"] = pain if pain is not None else (rng.randint(4, 9) if kind == "spasm" else rng.randint(0, 1))
        if rng.random() < 0.85:
            o["during"] = during
        if kind == "spasm" and rng.random() < 0.6:
            o["relief"] = rng.sample(("stretching", "stretching", "massage", "walking_it_off", "hydration", "rest"),
                                     rng.randint(1, 2))
            o["relief"] = sorted(set(o["relief"]))
            if rng.random() < 0.6:
                o["relieved"] = rng.random() < 0.9
        if rng.random() < 0.05:
            o["flags"] = {"swelling": False, "weakness": False}
        if note:
            o["notes"] = note
        dt = dt.replace(second=0)
        if rng.random() < 0.5:
            dt = dt.replace(minute=(dt.minute // 5) * 5)
        if dt.date() > days[-1]:
            return
        o["time"] = iso(dt, i)
        episodes.append((dt, i, o))

    def night_ep(i, rng, muscle=None, note=None):
        n = nights[min(i, len(nights) - 1)]
        dt = n[1] + timedelta(hours=rng.uniform(0.3, 0.95) * n[3])
        ep(n[0], dt, "spasm", muscle or rng.choice(("calf", "calf", "calf", "foot", "hamstring")), "sleep", rng,
           note=note or (rng.choice(("woke me up", "", "calf locked up in bed")) or None))
        n[4] = max(1, n[4] - 1)

    def sess_ep(s, rng, muscle=None, during=None, side=None):
        during = during or ("exercise" if rng.random() < 0.6 else "after_exercise")
        if during == "exercise":
            dt = s.start + timedelta(minutes=s.dur * rng.uniform(0.55, 0.98))
        else:
            dt = s.start + timedelta(minutes=s.dur + rng.uniform(5, 180))
        lower = [g for g in s.groups if g in _LOWER] or ["calf"]
        m = muscle or rng.choice(lower + ["calf", "calf", "hamstring"] * 2 if "calf" in lower or "hamstring" in lower else lower)
        ep(s.day, dt, "spasm" if rng.random() < 0.9 else "twitch", m, during, rng, side=side)

    # background
    for k in range(len(nights)):
        if B.random() < night_rate:
            night_ep(k, B)
    for _ in range(max(1, round(B.gauss(ndays / 110, 0.7)))):
        c = B.randrange(ndays)
        for _ in range(B.randint(2, 4)):
            j = c + B.randint(0, 9)
            if j < ndays:
                ep(j, datetime.combine(days[j], time(0)) + timedelta(hours=B.uniform(9, 22)), "twitch",
                   "eyelid", "rest", B, side=B.choice(("left", "right")), pain=0)
    for i in range(ndays):
        if B.random() < 0.007:
            m = B.choice(("foot", "toes", "hand", "calf", "hamstring", "calf"))
            ep(i, datetime.combine(days[i], time(0)) + timedelta(hours=B.uniform(8, 22.5)),
               "spasm" if m != "calf" or B.random() < 0.6 else "twitch", m, "rest", B)
    for s in sessions:
        if s.logged and B.random() < 0.022:
            sess_ep(s, B)
    while len(episodes) < 5:
        night_ep(B.randrange(len(nights)), B)

    # ---- exposures (observable) and planting
    logged = [s for s in sessions if s.logged]
    loads = {id(s): s.dur * s.rpe for s in logged}

    def is_dehyd(s):
        return s.weighed and (s.w_pre - s.w_post) / s.w_pre >= 0.02

    def is_heat(s):
        return s.outdoor and s.log_temp and _app_temp(s.temp, s.rh if s.log_rh else 40.0) >= 27

    def is_elec(s):
        return (s.dur >= 60 and s.rpe >= 5.5 and s.sweat >= 1.5 and s.fl_logged
                and all(x == "water" for x in s.fl_entries) and s.drink_ml >= 500 and s.drink == "water"
                and not is_dehyd(s))

    srt = sorted(loads.values())
    p90 = srt[int(0.9 * (len(srt) - 1))] if srt else 1e9
    byday = {}
    for s in logged:
        byday.setdefault(s.day, []).append(s)

    def fatigue_muscles(s):
        if loads[id(s)] >= p90 and s.rpe >= 6:
            return [g for g in s.groups if g in _LOWER] or ["calf"]
        if s.rpe >= 5:
            prev = [p for p in byday.get(s.day - 1, []) if p.rpe >= 5]
            shared = [g for p in prev for g in p.groups if g in s.groups and g in _LOWER]
            if shared:
                return sorted(set(shared))
        return None

    dayload = [0.0] * ndays
    for s in logged:
        dayload[s.day] += loads[id(s)]

    def acwr(i):
        if i < 28:
            return 0.0
        ac = sum(dayload[i - 6:i + 1])
        ch = sum(dayload[i - 27:i + 1]) / 4
        if ch < 250 or ac < 900:
            return 0.0
        return ac / ch

    def is_spike(s):
        return acwr(s.day) >= 1.5

    sess_tests = {"dehydration": is_dehyd, "electrolyte_loss": is_elec, "heat": is_heat,
                  "muscle_fatigue": lambda s: fatigue_muscles(s) is not None, "training_load_spike": is_spike}

    def pick(units, weights, n, rng):
        units = list(units)
        weights = list(weights)
        chosen = []
        for _ in range(min(n, len(units))):
            tot = sum(weights)
            x = rng.random() * tot
            for k, w in enumerate(weights):
                x -= w
                if x <= 0:
                    break
            chosen.append(units.pop(k))
            weights.pop(k)
        return chosen

    if cause in sess_tests:
        test = sess_tests[cause]
        exposed = [s for s in logged if test(s)]
        if len(exposed) < 18 and not force:
            return None
        n = max(9, min(20, round(len(exposed) * P.uniform(0.3, 0.5))))
        if n > 0.55 * len(exposed) and not force:
            return None
        others = [t for c, t in sess_tests.items() if c != cause]
        w = [1.0 / (1 + 0.7 * sum(1 for t in others if t(s))) for s in exposed]
        for s in pick(exposed, w, n, P):
            if cause == "muscle_fatigue":
                sess_ep(s, P, muscle=P.choice(fatigue_muscles(s)))
            elif cause == "electrolyte_loss":
                sess_ep(s, P, side="both" if P.random() < 0.4 else None)
                if P.random() < 0.2:
                    sess_ep(s, P, during="after_exercise")
            else:
                sess_ep(s, P)
    elif cause == "sleep_debt":
        lg = [n for n in nights if n[5]]
        med = sorted(n[3] for n in lg)[len(lg) // 2] if lg else usual_sleep
        exposed = [n for n in lg if n[3] <= min(med - 1.5, 6.3) and n[0] + 1 < ndays]
        if len(exposed) < 18 and not force:
            return None
        n = max(9, min(20, round(len(exposed) * P.uniform(0.3, 0.5))))
        for nt in pick(exposed, [1.0] * len(exposed), n, P):
            i = nt[0]
            wake = nt[2]
            day = wake.date()
            j = (day - days[0]).days
            todays = [s for s in byday.get(j, [])]
            r = P.random()
            if todays and r < 0.35:
                sess_ep(P.choice(todays), P)
            elif r < 0.7:
                ep(j, wake + timedelta(hours=P.uniform(1, 14)), "twitch",
                   P.choice(("eyelid", "eyelid", "calf", "quadriceps")), "rest", P, pain=0)
            else:
                ep(j, wake + timedelta(hours=P.uniform(2, 15)), "spasm", P.choice(("calf", "foot", "hamstring")),
                   "rest", P)
    elif cause in ("nutrient_deficiency", "medication"):
        if cause == "nutrient_deficiency":
            lo, hi = low_phase[0] + P.randint(10, 20), low_phase[1]
        else:
            nm, a0, e0, _ = meds[-1]
            lo, hi = a0 + P.randint(3, 14), (e0 if e0 is not None else ndays - 1)
        span = list(range(lo, min(hi, ndays - 2) + 1))
        n = P.randint(9, 20)
        for j in sorted(P.sample(span, min(n, len(span)))):
            todays = byday.get(j, [])
            r = P.random()
            if r < 0.45:
                night_ep(j, P)
            elif r < 0.62 and todays:
                sess_ep(P.choice(todays), P)
            elif r < (0.8 if cause == "nutrient_deficiency" else 0.72):
                ep(j, datetime.combine(days[j], time(0)) + timedelta(hours=P.uniform(9, 22)), "twitch",
                   P.choice(("eyelid", "calf", "calf", "quadriceps", "foot")), "rest", P, pain=0)
            else:
                ep(j, datetime.combine(days[j], time(0)) + timedelta(hours=P.uniform(8, 23)), "spasm",
                   P.choice(("calf", "foot", "toes", "hamstring", "hand")), "rest", P)

    # sleep quality may have been lowered by night cramps: (re)emit sleep objects after episodes
    objs = [(t, o) for t, o in objs if o["type"] != "sleep"]
    for i, bed, wake, hrs, q, src in nights:
        if src == "watch":
            o = {"type": "sleep", "time": iso(bed, i, utc_watch, True),
                 "end": iso(wake, i, utc_watch, True), "quality": q}
            objs.append((bed, o))
        elif src == "manual":
            bt = bed.replace(minute=(bed.minute // 15) * 15)
            objs.append((bed, {"type": "sleep", "time": iso(bt, i), "hours": _r(hrs, 0.5), "quality": q}))

    for dt, i, o in episodes:
        objs.append((dt, o))
    objs.sort(key=lambda x: x[0])
    out = [prof] + [o for _, o in objs]
    tz0 = timezone(timedelta(minutes=_offset_min(rule, std, days[0])))
    tz1 = timezone(timedelta(minutes=_offset_min(rule, std, stop_d)))
    start = datetime.combine(days[0], time(0), tzinfo=tz0)
    stop = datetime.combine(stop_d + timedelta(days=1), time(0), tzinfo=tz1)
    return BlindJournal(cause=cause, objects=out, start=start, stop=stop)
