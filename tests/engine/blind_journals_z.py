"""Blind synthetic cramp journals, examiner "Z": hot-climate manual workers.

Point of view
-------------
Each journal is one person whose *paid work is physical* and is logged as workouts: a
construction labourer, a van/foot courier (logged by the watch as ``walking``) or a bike courier
(``cycling``).  They live in a hot continental climate (Texas, Andalusia, the north Indian plain,
Dubai / Riyadh / Doha), eat irregularly, play evening five-a-side football (``team_sport``), and
some of them (Muslim personas whose observed period covers Ramadan 2024/2025) fast in daylight
for a month: no food or drink between suhoor and iftar, shorter and split sleep, reduced work
hours in the Gulf.  Gulf expats may go home on leave (entries then carry the home UTC offset).

What they log, and how
----------------------
* A watch (Garmin / Apple / Amazfit / Huawei, or none) records most work shifts and football
  games (ids, exact times, avg HR, distance; a Garmin-like wrist sensor reads the temperature
  2-4 degC high, a phone-weather source gives air temperature plus humidity).  Some watches
  export in UTC (``+00:00``).  Without a watch, or when it was not worn, sessions are entered by
  hand: times rounded to a quarter hour, RPE, sometimes a rough temperature.
* Sleep comes from the watch on the nights it is worn (two blocks in Ramadan: before and after
  suhoor), otherwise occasionally by hand as ``hours`` + ``quality``.
* Fluids come from a water app, on some days only; during shifts: water bottles, tea, soft
  drinks, and on "electrolyte days" sports drinks / electrolyte mixes / ORS / coconut water.
  Texans log ounces and pounds and degF as unit strings.
* A bathroom scale gives morning weights, and on many work days a weight before leaving for the
  shift and after coming back (``pre_workout`` / ``post_workout``).
* Meals come from a food app as USDA SR28 ``ndb_no`` items (regional dishes: dal, khubz,
  tortillas, bocadillos, camp rice, ramen ...), sometimes as bare totals, with many days missing.
* Medicines appear as ``medication`` entries; some journals have a magnesium/multivitamin
  supplement stretch.  There are logging gaps (phone lost, lazy weeks) and a few duplicated
  device entries with the same ``id`` (re-synced exports).

Background present in EVERY journal (including ``cause=None``)
---------------------------------------------------------------
Episodes unrelated to any exposure, at a personal rate of ~1-2.3 per month (never fewer than 5
per journal): night calf/foot cramps at uniformly random nights (they shorten that night's sleep
a little: reverse causation), eyelid/face twitches on random days, random rest cramps (hand while
driving, toes, foot in a boot, abdomen, neck), and cramps during a session picked uniformly at
random among all sessions (so unrelated to that session's attributes).
Natural correlations, also in every journal: hot days raise sweat rate, sweat volume and sodium
loss, a bit of RPE and heart rate, and slightly the chance of an electrolyte day; long sessions
are harder (RPE rises with duration); late football shortens sleep; hot nights (Texas/India) and
Ramadan shorten sleep; Ramadan removes daytime drinking (large body-mass losses) and changes
diet; leave / illness / project breaks are followed by load spikes; every journal has
"hard days" (overtime, concrete pours, peak delivery days, football tournaments); most journals
have poor-diet stretches (camp food, instant noodles, fast food) well below reference intakes;
some non-medication journals contain a cramp-linked medicine with NO change in episode rate, or
a benign medicine.

How each cause is planted
-------------------------
k = min(U{10..18}, floor(N / 2.2)) extra episodes (N = number of exposed units; k >= 9, and for
``electrolyte_loss`` a few "second muscle" episodes minutes later, total <= 20) are placed on
units exposed to the planted cause, drawn without replacement with weight rising with the dose;
N is always at least 2.2 k and typically far more, so many exposed units have no episode.  If a
drawn world has too few exposed units for the cause (e.g. a short-shift bike courier for
dehydration, mild Andalusian session means for heat), the world is redrawn deterministically
(another attempt number, a slightly longer period).  Exposures are computed from the *true* simulated
values, which the logs reflect with noise and gaps; units inside logging gaps are never chosen.
Nothing else depends on the planted cause: the persona, weather, schedule, drinking, diet, sleep
and logging are drawn identically for every cause (the cause only selects which exposed units
get the extra episodes, plus, for ``nutrient_deficiency`` / ``medication``, guarantees that the
exposure exists).

* ``dehydration`` - unit: a session whose body-mass change (sweat + urine - drinks during
  it) is >= 2.0 % of pre-session mass; weight ~ (loss% - 1.7)^1.5.  Episodes during the
  last part of the session or 5-150 min after it, in worked leg muscles.  Visible as large
  pre/post weigh-in differences and low logged intake versus a long hot session.
* ``electrolyte_loss`` - unit: a session >= 2 h whose sweat sodium loss (sweat L x personal sweat
  sodium 500-1400 mg/L) minus sodium drunk during / up to 1 h after it is >= 3000 mg, with at
  least 75 % of the fluid plain (water/tea/soft drink); weight ~ deficit.  Episodes late in or
  after the session, more widespread (abdomen, forearm, hand, both sides, sometimes a second
  muscle minutes later).  Visible as long sweaty shifts drunk on water vs days with ORS/sports
  drinks (same heat, no cramps).
* ``muscle_fatigue`` - unit: a session whose load (duration x RPE) is >= 1.45 x the person's
  median for that kind of session (work shift vs football), or RPE >= 8.5 with duration
  >= 1.15 x median; weight ~ load ratio.  Episodes in the last quarter / within 90 min after, in
  the muscles worked.  (The consecutive-days variant is not planted.)
* ``training_load_spike`` - unit: a session on a day whose acute:chronic ratio (7-day load /
  (28-day load / 4), all sessions, needs 28 days of history) is >= 1.5; these come mostly 1-3
  weeks after a return from leave / illness / a project break, with ordinary-length sessions;
  weight ~ ratio - 1.3.  Episodes during / after those sessions.
* ``heat`` - unit: a session whose mean air temperature is >= 34 degC, or >= 30 degC with mean
  humidity >= 55 %; weight ~ heat excess.  Episodes mostly during the session (heat cramps),
  regardless of drinks, body-mass change or load.
* ``nutrient_deficiency`` - unit: a day whose true 14-day rolling intake (food + supplements) is
  below 60 % of the magnesium RDA, 55 % of the potassium AI or 50 % of the calcium RDA (sex/age
  from the profile); these days sit in 1-2 poor-diet stretches of 5-10 weeks.  Episodes spread
  over those days: night calf/foot/toe cramps, rest cramps in hands/calves, twitches.
* ``sleep_debt`` - unit: a waking day after a night whose total sleep is >= 1.5 h below the
  person's median; weight ~ deficit.  Episodes during that day (twitches, cramps at work or at
  rest), never during the short night itself.
* ``medication`` - a cramp-linked medicine (thiazide / thiazide-like / potassium-sparing
  diuretic, LABA inhaler, statin, nifedipine) starts 25-55 % into the period (sometimes stopped
  near the end); unit: a day on the drug from 7-20 days after the start; episodes spread
  uniformly over those days, mostly night and rest cramps (calf, foot, toes, hand).
* ``None`` - no extra episodes; only the background.

The interface is ``blind_journal(cause, seed) -> BlindJournal``; pure standard library,
deterministic per (cause, seed), no I/O.
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

CAUSES = ("dehydration", "electrolyte_loss", "muscle_fatigue", "training_load_spike", "heat",
          "nutrient_deficiency", "sleep_debt", "medication")


@dataclass
class BlindJournal:
    cause: str | None
    objects: list[dict]
    start: datetime
    stop: datetime


# --------------------------------------------------------------------------------------------
# Static tables
# --------------------------------------------------------------------------------------------

# key: (ndb_no, kcal, water g, Ca, Mg, K, Na) per 100 g, USDA SR28 (ABBREV_SR28.txt)
FOODS = {
    "rice_white": ("20345", 130, 68.4, 10, 12, 35, 382),
    "rice_brown": ("20037", 123, 70.3, 3, 39, 86, 4),
    "bread_white": ("18069", 266, 36.4, 144, 23, 126, 490),
    "bread_ww": ("18075", 252, 39.0, 161, 75, 254, 455),
    "pita": ("18041", 275, 32.1, 86, 26, 120, 536),
    "paratha": ("28286", 326, 33.5, 25, 37, 139, 452),
    "tortilla_flour": ("18364", 306, 32.0, 146, 22, 125, 736),
    "tortilla_corn": ("18363", 218, 45.9, 81, 72, 186, 45),
    "lentils": ("16370", 114, 69.6, 19, 36, 369, 238),
    "chickpeas": ("16357", 164, 60.2, 49, 48, 291, 243),
    "black_beans": ("16015", 132, 65.7, 27, 70, 355, 1),
    "pinto": ("16043", 143, 63.0, 46, 50, 436, 1),
    "spinach": ("11458", 23, 91.2, 136, 87, 466, 70),
    "yogurt": ("01116", 61, 87.9, 121, 12, 155, 46),
    "yogurt_lf": ("01117", 63, 85.1, 183, 17, 234, 70),
    "milk": ("01077", 61, 88.1, 113, 10, 132, 43),
    "banana": ("09040", 89, 74.9, 5, 27, 358, 1),
    "dates": ("09087", 282, 20.5, 39, 43, 656, 2),
    "egg_fried": ("01128", 196, 69.5, 62, 13, 152, 207),
    "egg_boiled": ("01129", 155, 74.6, 50, 10, 126, 124),
    "chicken_breast": ("05064", 165, 65.3, 15, 29, 256, 74),
    "chicken_thigh": ("05098", 179, 67.0, 9, 24, 269, 106),
    "fried_chicken": ("05007", 289, 49.4, 21, 21, 185, 292),
    "avocado": ("09038", 167, 72.3, 13, 29, 507, 8),
    "potato": ("11674", 93, 74.9, 15, 28, 535, 10),
    "fries": ("11403", 158, 64.4, 12, 24, 478, 324),
    "almonds": ("12061", 579, 4.4, 269, 270, 733, 1),
    "peanut_butter": ("16098", 598, 1.2, 49, 168, 558, 426),
    "orange": ("09200", 47, 86.8, 40, 10, 181, 0),
    "tomato": ("11529", 18, 94.5, 10, 11, 237, 5),
    "cucumber": ("11205", 15, 95.2, 16, 13, 147, 2),
    "hummus": ("16158", 166, 66.6, 38, 71, 228, 379),
    "ramen": ("06583", 440, 6.5, 21, 25, 181, 1855),
    "burger": ("21108", 263, 44.8, 116, 22, 197, 487),
    "cheddar": ("01009", 404, 37.0, 710, 27, 76, 653),
    "ham": ("07029", 163, 67.3, 24, 22, 287, 1143),
    "tuna": ("15121", 86, 78.1, 17, 23, 179, 247),
    "pasta": ("20321", 157, 62.1, 7, 18, 44, 131),
    "falafel": ("16138", 333, 34.6, 54, 82, 585, 294),
    "chips": ("19411", 532, 1.9, 21, 63, 1196, 527),
    "cookies": ("18155", 467, 4.6, 29, 12, 111, 282),
    "doughnut": ("18250", 426, 19.6, 60, 17, 102, 402),
    "croissant": ("18239", 406, 23.2, 37, 16, 118, 467),
    "burrito": ("21060", 206, 52.5, 52, 40, 301, 454),
    "watermelon": ("09326", 30, 91.5, 7, 10, 112, 1),
    "mango": ("09176", 60, 83.5, 11, 10, 168, 1),
    "okra": ("11803", 22, 92.6, 77, 36, 135, 241),
    "cashews": ("12087", 553, 5.2, 37, 292, 660, 12),
    "sardines": ("15088", 208, 59.6, 382, 39, 397, 307),
    "buttermilk": ("01088", 40, 90.1, 116, 11, 151, 190),
    "oats": ("08120", 379, 10.8, 52, 138, 362, 6),
    "beef": ("23569", 232, 60.6, 20, 22, 349, 79),
    "feta": ("01019", 264, 55.2, 493, 19, 62, 917),
}
# names verified against the validator's food table (hand-typed entries)
FOOD_NAMES = {"banana": "banana, raw", "dates": "dates, deglet noor", "orange": "oranges, raw, all commercial varieties"}

D = lambda *items: list(items)  # noqa: E731  (a dish: list of (food, grams))

MENUS = {
    "texas": {
        "good": {
            "breakfast": [D(("oats", 60), ("milk", 250), ("banana", 120)),
                          D(("egg_fried", 100), ("tortilla_corn", 60), ("black_beans", 120), ("avocado", 50))],
            "lunch": [D(("chicken_breast", 150), ("rice_brown", 200), ("black_beans", 150), ("tomato", 80)),
                      D(("burrito", 300), ("orange", 150)),
                      D(("bread_ww", 80), ("peanut_butter", 32), ("banana", 120), ("yogurt_lf", 170))],
            "dinner": [D(("beef", 150), ("potato", 250), ("spinach", 120)),
                       D(("chicken_thigh", 180), ("pinto", 200), ("tortilla_corn", 90), ("avocado", 70))],
            "snack": [D(("almonds", 30)), D(("banana", 120)), D(("yogurt_lf", 170))],
        },
        "poor": {
            "breakfast": [D(("doughnut", 110)), D(("tortilla_flour", 90), ("egg_fried", 50), ("ham", 40))],
            "lunch": [D(("burger", 220), ("fries", 120)), D(("fried_chicken", 220), ("bread_white", 50)),
                      D(("burger", 250), ("chips", 30))],
            "dinner": [D(("pasta", 300), ("cheddar", 25)), D(("ramen", 85)), D(("fried_chicken", 250), ("fries", 110)),
                       D(("pasta", 300), ("cheddar", 15))],
            "snack": [D(("chips", 40)), D(("cookies", 50))],
        },
    },
    "spain": {
        "good": {
            "breakfast": [D(("bread_ww", 80), ("tomato", 60), ("milk", 200)), D(("yogurt", 125), ("banana", 120), ("oats", 30))],
            "lunch": [D(("lentils", 300), ("bread_ww", 50), ("orange", 150)),
                      D(("chickpeas", 250), ("spinach", 100), ("bread_white", 40)),
                      D(("tuna", 80), ("pasta", 250), ("tomato", 100))],
            "dinner": [D(("egg_fried", 100), ("potato", 200), ("cucumber", 100), ("yogurt", 125)),
                       D(("sardines", 100), ("bread_ww", 60), ("tomato", 120))],
            "snack": [D(("almonds", 30)), D(("banana", 120)), D(("yogurt", 125))],
        },
        "poor": {
            "breakfast": [D(("croissant", 70)), D(("bread_white", 100), ("ham", 40))],
            "lunch": [D(("bread_white", 150), ("ham", 60)), D(("bread_white", 130), ("cheddar", 30)),
                      D(("fried_chicken", 200), ("fries", 120))],
            "dinner": [D(("bread_white", 140), ("ham", 50), ("chips", 25)), D(("pasta", 280), ("ham", 30)), D(("bread_white", 120), ("egg_fried", 50))],
            "snack": [D(("chips", 35)), D(("cookies", 45))],
        },
    },
    "india": {
        "good": {
            "breakfast": [D(("paratha", 100), ("yogurt", 150)), D(("oats", 50), ("milk", 250), ("banana", 120))],
            "lunch": [D(("rice_white", 250), ("lentils", 250), ("spinach", 120), ("yogurt", 150)),
                      D(("paratha", 120), ("chickpeas", 200), ("cucumber", 80))],
            "dinner": [D(("paratha", 120), ("lentils", 200), ("okra", 150)),
                       D(("rice_white", 200), ("chicken_thigh", 150), ("spinach", 100))],
            "snack": [D(("banana", 120)), D(("mango", 150)), D(("cashews", 25))],
        },
        "poor": {
            "breakfast": [D(("cookies", 40)), D(("bread_white", 80))],
            "lunch": [D(("rice_white", 350), ("potato", 100)), D(("ramen", 70))],
            "dinner": [D(("rice_white", 300), ("chicken_thigh", 80)), D(("paratha", 150), ("chips", 30))],
            "snack": [D(("cookies", 50)), D(("chips", 30))],
        },
    },
    "gulf": {
        "good": {
            "breakfast": [D(("pita", 100), ("hummus", 80), ("egg_boiled", 100)), D(("dates", 50), ("buttermilk", 250))],
            "lunch": [D(("rice_white", 300), ("lentils", 200), ("chicken_thigh", 150), ("cucumber", 80)),
                      D(("pita", 100), ("falafel", 120), ("hummus", 80), ("tomato", 80))],
            "dinner": [D(("rice_white", 250), ("chickpeas", 200), ("spinach", 100), ("yogurt", 150)),
                       D(("chicken_breast", 180), ("pita", 100), ("yogurt", 150), ("tomato", 80))],
            "snack": [D(("dates", 40)), D(("banana", 120)), D(("cashews", 25))],
        },
        "poor": {
            "breakfast": [D(("pita", 120), ("cheddar", 20)), D(("cookies", 40))],
            "lunch": [D(("rice_white", 400), ("chicken_thigh", 80)), D(("burger", 220), ("fries", 120))],
            "dinner": [D(("ramen", 85), ("egg_fried", 50)), D(("rice_white", 350), ("fried_chicken", 150))],
            "snack": [D(("cookies", 50)), D(("chips", 30))],
        },
    },
}
RAMADAN_MEALS = {
    "suhoor": [D(("pita", 100), ("yogurt", 150), ("dates", 40)), D(("oats", 50), ("milk", 250), ("dates", 30)),
               D(("paratha", 100), ("yogurt", 150)), D(("bread_white", 100), ("egg_boiled", 100))],
    "iftar": [D(("dates", 40), ("lentils", 250), ("pita", 60)), D(("dates", 30), ("chickpeas", 150), ("watermelon", 200)),
              D(("dates", 30), ("fried_chicken", 150), ("fries", 80))],
}

RAMADAN = [(date(2024, 3, 11), date(2024, 4, 9)), (date(2025, 3, 1), date(2025, 3, 29))]

# month 1..12 mean daily max / min (degC) and afternoon relative humidity (%)
CLIMATES = {
    "houston": ([17, 19, 23, 27, 30, 33, 34, 35, 32, 28, 23, 18], [7, 9, 13, 17, 21, 24, 25, 25, 22, 17, 12, 8],
                [58, 56, 55, 56, 58, 58, 56, 56, 58, 55, 56, 58]),
    "dallas": ([14, 17, 21, 25, 29, 34, 36, 36, 32, 26, 19, 15], [3, 6, 10, 14, 19, 23, 25, 25, 21, 15, 9, 4],
               [50, 50, 48, 50, 54, 48, 42, 42, 48, 48, 50, 52]),
    "sevilla": ([16, 18, 22, 24, 28, 34, 37, 37, 32, 26, 20, 17], [6, 7, 10, 12, 15, 19, 21, 21, 19, 15, 10, 7],
                [62, 56, 48, 45, 40, 33, 28, 30, 38, 48, 58, 64]),
    "delhi": ([20, 24, 30, 36, 40, 39, 35, 34, 34, 33, 28, 22], [7, 10, 15, 21, 26, 28, 27, 27, 25, 19, 12, 8],
              [55, 48, 38, 26, 25, 38, 68, 72, 62, 45, 48, 55]),
    "dubai": ([24, 25, 28, 33, 37, 40, 41, 41, 39, 35, 30, 26], [15, 16, 18, 22, 26, 28, 31, 31, 28, 24, 20, 17],
              [55, 54, 50, 44, 42, 48, 52, 54, 54, 52, 54, 56]),
    "riyadh": ([20, 23, 28, 33, 39, 42, 44, 44, 41, 35, 27, 22], [9, 11, 15, 20, 25, 27, 29, 29, 26, 21, 15, 10],
               [35, 28, 24, 20, 12, 9, 9, 10, 11, 15, 26, 35]),
    "doha": ([22, 23, 27, 32, 38, 41, 42, 41, 39, 35, 29, 24], [14, 15, 18, 22, 27, 29, 31, 30, 28, 25, 20, 16],
             [60, 58, 52, 45, 38, 40, 46, 52, 56, 56, 58, 62]),
}

REGIONS = {
    "texas": dict(tz="America/Chicago", rule="us", std=-360, climates=["houston", "dallas"], menu="texas",
                  muslim=0.12, imperial=True, rest_days=(6,), half_days=(), jobs=["construction", "van", "bike"]),
    "spain": dict(tz="Europe/Madrid", rule="eu", std=60, climates=["sevilla"], menu="spain",
                  muslim=0.22, imperial=False, rest_days=(6,), half_days=(5,), jobs=["construction", "van", "bike"]),
    "india": dict(tz="Asia/Kolkata", rule=None, std=330, climates=["delhi"], menu="india",
                  muslim=0.3, imperial=False, rest_days=(6,), half_days=(), jobs=["construction", "van", "bike"]),
    "dubai": dict(tz="Asia/Dubai", rule=None, std=240, climates=["dubai"], menu="gulf",
                  muslim=0.85, imperial=False, rest_days=(4,), half_days=(5,), jobs=["construction", "van"]),
    "riyadh": dict(tz="Asia/Riyadh", rule=None, std=180, climates=["riyadh"], menu="gulf",
                   muslim=0.95, imperial=False, rest_days=(4,), half_days=(), jobs=["construction", "van"]),
    "doha": dict(tz="Asia/Qatar", rule=None, std=180, climates=["doha"], menu="gulf",
                 muslim=0.85, imperial=False, rest_days=(4,), half_days=(5,), jobs=["construction", "van"]),
}
HOME_TZ = [330, 300, 345, 480, 360]  # expat home leave: Kerala, Karachi, Kathmandu, Manila, Dhaka

CRAMP_MEDS = ["hydrochlorothiazide", "hydrochlorothiazide", "chlorthalidone", "indapamide", "salmeterol",
              "formoterol", "amiloride", "spironolactone", "atorvastatin", "rosuvastatin", "nifedipine"]
BENIGN_MEDS = ["cetirizine", "paracetamol", "metformin", "lisinopril", "loratadine", "amoxicillin"]

LEG = [("calf", 45), ("hamstring", 18), ("quadriceps", 17), ("foot", 10), ("toes", 4), ("adductor", 6)]
BUILD = [("calf", 30), ("hamstring", 13), ("quadriceps", 13), ("forearm", 10), ("hand", 10), ("lower_back", 9),
         ("abdomen", 5), ("fingers", 5), ("foot", 5)]
WIDE = [("calf", 25), ("hamstring", 14), ("quadriceps", 14), ("abdomen", 12), ("forearm", 10), ("hand", 10),
        ("fingers", 6), ("foot", 5), ("toes", 4)]
NIGHT = [("calf", 62), ("foot", 18), ("toes", 10), ("hamstring", 7), ("quadriceps", 3)]
REST = [("hand", 20), ("fingers", 12), ("calf", 22), ("foot", 14), ("toes", 10), ("abdomen", 6), ("neck", 8),
        ("forearm", 8)]
TWITCH = [("eyelid", 60), ("calf", 15), ("face", 10), ("quadriceps", 7), ("hand", 5), ("biceps", 3)]


def _w(rng: random.Random, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def _clamp(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


# --------------------------------------------------------------------------------------------
# Time zones (hand-coded DST rules so no tz database is needed)
# --------------------------------------------------------------------------------------------

def _nth_sunday(y, m, n):
    d = date(y, m, 1)
    d += timedelta(days=(6 - d.weekday()) % 7)
    return d + timedelta(weeks=n - 1)


def _last_sunday(y, m):
    d = date(y, m + 1, 1) - timedelta(days=1) if m < 12 else date(y, 12, 31)
    return d - timedelta(days=(d.weekday() - 6) % 7)


def _offset_min(rule, std, local: datetime) -> int:
    if rule is None:
        return std
    y = local.year
    if rule == "us":
        a = datetime.combine(_nth_sunday(y, 3, 2), datetime.min.time()) + timedelta(hours=2)
        b = datetime.combine(_nth_sunday(y, 11, 1), datetime.min.time()) + timedelta(hours=2)
    else:
        a = datetime.combine(_last_sunday(y, 3), datetime.min.time()) + timedelta(hours=2)
        b = datetime.combine(_last_sunday(y, 10), datetime.min.time()) + timedelta(hours=3)
    return std + 60 if a <= local < b else std


# --------------------------------------------------------------------------------------------
# The generator
# --------------------------------------------------------------------------------------------

class _Gen:
    def __init__(self, cause, seed, attempt):
        self.cause = cause
        self.seed = seed
        # persona/world stream is identical for every cause; only the planting stream differs
        self.rng = random.Random(f"blindZ|world|{seed}|{attempt}")
        self.prng = random.Random(f"blindZ|plant|{cause}|{seed}|{attempt}")
        self.attempt = attempt
        self.objs: list[tuple[datetime, dict]] = []

    # ---------------------------------------------------------------- persona & calendar
    def persona(self):
        r = self.rng
        self.region = r.choice(["texas", "texas", "spain", "spain", "india", "india", "dubai", "riyadh", "doha"])
        R = REGIONS[self.region]
        self.R = R
        self.climate = CLIMATES[r.choice(R["climates"])]
        self.job = r.choice(R["jobs"])
        self.sex = "male" if r.random() < (0.93 if self.job == "construction" else 0.8) else "female"
        if self.region in ("dubai", "riyadh", "doha"):
            self.sex = "male"
        self.birth_year = r.randint(1970, 2003)
        self.height = round(r.gauss(176 if self.sex == "male" else 163, 7), 1)
        self.mass0 = _clamp(r.gauss(80 if self.sex == "male" else 65, 11), 52, 125)
        self.muslim = r.random() < R["muslim"]
        self.expat = self.region in ("dubai", "riyadh", "doha") and r.random() < 0.8
        self.home_tz = r.choice(HOME_TZ)
        self.sweat_base = r.uniform(0.85, 1.35)
        self.sweat_na = r.uniform(500, 1400)
        self.f_drink = r.uniform(0.68, 0.92)
        self.p_elec = r.uniform(0.15, 0.5)
        self.sleep_h0 = r.uniform(6.3, 7.6)
        self.football_days = r.sample(range(7), r.choice([1, 2, 2, 3]))
        self.p_football = r.uniform(0.55, 0.9)
        self.bg_rate = r.uniform(1.0, 2.3)  # background episodes / 30 days
        self.p_good = r.uniform(0.6, 0.88)
        # devices / logging habits
        self.watch = r.choice(["garmin", "garmin", "apple", "amazfit", "huawei", None])
        self.watch_utc = self.watch is not None and r.random() < 0.35
        self.p_wear_work = r.uniform(0.7, 0.97)
        self.p_wear_night = r.uniform(0.45, 0.9)
        self.p_manual = r.uniform(0.55, 0.9)
        self.p_rpe = r.uniform(0.4, 0.95)
        self.p_muscles = r.uniform(0.3, 0.9)
        self.p_fluid_day = r.uniform(0.45, 0.9)
        self.p_meal_day = r.uniform(0.35, 0.8)
        self.p_morning_w = r.uniform(0.2, 0.7)
        self.p_prepost = r.uniform(0.5, 0.85)
        self.smart_scale = r.random() < 0.5
        self.imperial = R["imperial"] and r.random() < 0.85
        self.ids = r.random() < 0.9

    def calendar(self):
        r = self.rng
        year = r.choice([2024, 2025])
        L = r.randint(150, 365) + 30 * self.attempt
        L = min(L, 400)
        centre = date(year, 6, 1) + timedelta(days=r.randint(0, 90))
        start = centre - timedelta(days=int(L * r.uniform(0.35, 0.65)))
        if start.year < 2024:
            start = date(2024, 1, 2)
        self.d0 = start
        self.L = L
        self.dates = [start + timedelta(days=i) for i in range(L)]
        rd = self.R["rest_days"]
        self.rest = [d.weekday() in rd for d in self.dates]
        self.half = [d.weekday() in self.R["half_days"] for d in self.dates]
        self.ramadan = [self.muslim and any(a <= d <= b for a, b in RAMADAN) for d in self.dates]
        # breaks (leave / illness / project gaps): create load spikes on return
        self.brk = [None] * L
        self.trip = [False] * L
        nb = 1 + L // 110 + r.randint(0, 1)
        tries = 0
        placed = []
        while len(placed) < nb and tries < 200:
            tries += 1
            kind = r.choice(["leave", "leave", "illness", "project", "project"])
            n = {"leave": r.randint(12, 30 if self.expat else 21), "illness": r.randint(5, 10),
                 "project": r.randint(10, 20)}[kind]
            s = r.randint(20, max(21, L - n - 25))
            if any(abs(s - a) < 45 for a, _ in placed):
                continue
            placed.append((s, n))
            for i in range(s, min(L, s + n)):
                self.brk[i] = kind
                if kind == "leave" and self.expat:
                    self.trip[i] = True
        # logging gaps (phone lost / lazy weeks)
        self.gap = [False] * L
        for _ in range(r.choice([0, 1, 1, 2])):
            s = r.randint(0, L - 12)
            for i in range(s, s + r.randint(4, 11)):
                self.gap[i] = True
        # diet phases
        self.poor = [False] * L
        u_blk = r.random()
        want_blocks = self.cause == "nutrient_deficiency" or u_blk < 0.75
        nblk = r.choice([1, 2]) if want_blocks else 0
        for _ in range(nblk):
            n = r.randint(35, 70)
            s = r.randint(25, max(26, L - n - 5))
            for i in range(s, min(L, s + n)):
                self.poor[i] = True
        self.pgood_day = [(r.uniform(0.0, 0.15) if self.poor[i] else _clamp(self.p_good + r.gauss(0, 0.08), 0.35, 1))
                          for i in range(L)]

    # ---------------------------------------------------------------- weather
    def weather(self):
        r = self.rng
        tmax, tmin, rh = self.climate

        def clim(arr, d):
            # linear interpolation between mid-months
            m = d.month - 1
            frac = (d.day - 15) / 30.0
            j = (m + (1 if frac >= 0 else -1)) % 12
            return arr[m] + (arr[j] - arr[m]) * abs(frac)

        self.tx, self.tn, self.rh = [], [], []
        a = 0.0
        for d in self.dates:
            a = 0.85 * a + r.gauss(0, 1.2)
            self.tx.append(clim(tmax, d) + a + r.gauss(0, 0.8))
            self.tn.append(clim(tmin, d) + 0.7 * a + r.gauss(0, 0.8))
            self.rh.append(_clamp(clim(rh, d) + r.gauss(0, 8) - 0.8 * a, 5, 95))

    def temp_at(self, i, hour):
        i = _clamp(i, 0, self.L - 1)
        tx, tn = self.tx[i], self.tn[i]
        h = hour % 24
        if 5 <= h <= 15:
            s = 0.5 - 0.5 * math.cos(math.pi * (h - 5) / 10)
        else:
            hh = h - 15 if h > 15 else h + 9
            s = 0.5 + 0.5 * math.cos(math.pi * hh / 14)
        t = tn + (tx - tn) * s
        rh = _clamp(self.rh[i] + 32 * (1 - s) - 6, 4, 98)
        return t, rh

    # ---------------------------------------------------------------- time helpers
    def local_off(self, i, dt):
        if 0 <= i < self.L and self.trip[i]:
            return self.home_tz
        return _offset_min(self.R["rule"], self.R["std"], dt)

    def aware(self, i, dt):
        return dt.replace(tzinfo=timezone(timedelta(minutes=self.local_off(i, dt))))

    def stamp(self, i, dt, utc=False, rnd=None):
        if rnd:
            m = dt.hour * 60 + dt.minute
            m2 = int(round(m / rnd) * rnd)
            dt = dt.replace(hour=0, minute=0, second=0) + timedelta(minutes=m2)
        a = self.aware(i, dt)
        if utc:
            a = a.astimezone(timezone.utc)
        return a.isoformat(timespec="seconds")

    def day_dt(self, i, hour):
        return datetime.combine(self.dates[0], datetime.min.time()) + timedelta(days=i, hours=hour)

    def new_id(self, prefix):
        return f"{prefix}-{self.rng.getrandbits(40):010x}"

    # ---------------------------------------------------------------- sessions
    def sessions_plan(self):
        r = self.rng
        self.sessions = []
        gulf = self.region in ("dubai", "riyadh", "doha")
        base_rpe = {"construction": 5.4, "van": 4.4, "bike": 5.4}[self.job]
        self.work_day = [False] * self.L
        for i, d in enumerate(self.dates):
            if self.brk[i]:
                continue
            rest = self.rest[i]
            if rest and r.random() < 0.9:
                continue
            if not rest and r.random() < 0.03:  # random day off
                continue
            self.work_day[i] = True
            ram = self.ramadan[i]
            hard = r.random() < 0.15
            summer_ban = gulf and (d.month, d.day) >= (6, 15) and (d.month, d.day) <= (9, 15)
            blocks = []
            if self.job == "bike":
                blocks.append((r.gauss(11.7, 0.3), r.gauss(200, 25)))
                if r.random() < 0.75:
                    blocks.append((r.gauss(19.8, 0.3), r.gauss(190, 25)))
            else:
                st = {"construction": 6.3, "van": 8.0}[self.job] + r.gauss(0, 0.25)
                dur = {"construction": 525, "van": 540}[self.job] + r.gauss(0, 35)
                if self.region == "spain" and d.month in (6, 7, 8, 9) and self.job == "construction":
                    st, dur = 7.0 + r.gauss(0, 0.2), 450 + r.gauss(0, 25)  # jornada intensiva
                if gulf and d.month in (5, 6, 7, 8, 9):
                    st -= 1.0
                if ram:
                    dur = 360 + r.gauss(0, 25) if gulf else dur
                    st = st + (2.5 if gulf else 0)
                if self.half[i]:
                    dur *= 0.55
                if summer_ban and self.job == "construction" and not ram:
                    first = 12.4 - st
                    blocks.append((st, first * 60))
                    blocks.append((15.3 + r.gauss(0, 0.1), max(60, dur - first * 60 - 30)))
                else:
                    blocks.append((st, dur))
            for bi, (st, dur) in enumerate(blocks):
                if hard and bi == len(blocks) - 1:
                    dur *= r.uniform(1.3, 1.6)
                dur = _clamp(dur, 45, 900)
                self.add_session(i, "work", st, dur, base_rpe, hard=hard)
            # peak delivery day / catch-up: nothing special, captured by 'hard'
        # football
        late_work = {s["day"] for s in self.sessions if s["st_h"] > 18}
        for i, d in enumerate(self.dates):
            if self.brk[i] == "illness":
                continue
            fd = d.weekday() in self.football_days
            if not fd or r.random() > self.p_football:
                if not (self.rest[i] and r.random() < 0.15):
                    continue
            if self.job == "bike" and i in late_work:
                continue
            ram = self.ramadan[i]
            st = 22.4 if ram else (20.6 if d.month in (5, 6, 7, 8, 9) else 19.4)
            if self.region == "spain":
                st += 0.6
            st += r.gauss(0, 0.3)
            tourn = r.random() < 0.12
            dur = r.uniform(150, 200) if tourn else _clamp(r.gauss(80, 12), 45, 120)
            self.add_session(i, "football", st, dur, 6.8, hard=tourn)
        self.sessions.sort(key=lambda s: (s["day"], s["start"]))

    def add_session(self, i, kind, st_h, dur, base_rpe, hard=False):
        r = self.rng
        start = self.day_dt(i, st_h)
        temps = []
        k = max(1, int(dur // 30))
        for j in range(k):
            temps.append(self.temp_at(i + int((st_h + (j + 0.5) * dur / 60 / k) // 24),
                                      st_h + (j + 0.5) * dur / 60 / k))
        T = sum(t for t, _ in temps) / len(temps)
        RH = sum(h for _, h in temps) / len(temps)
        med = 530 if kind == "work" and self.job != "bike" else (200 if kind == "work" else 80)
        rpe = base_rpe + 2.2 * (dur / med - 1) + 0.06 * max(0, T - 30) + r.gauss(0, 0.7)
        if hard:
            rpe += r.uniform(1.3, 2.5)
        rpe = round(_clamp(rpe, 1, 10), 1)
        inten = 0.5 + 0.08 * rpe
        sr = self.sweat_base * _clamp(0.35 + 0.03 * (T - 20), 0.15, 1.4) * inten * (1 + 0.004 * (RH - 40))
        if kind == "football":
            sr *= 1.25
        else:
            sr *= 0.75  # breaks, shade, pacing over a long shift
        sr = _clamp(sr, 0.15, 2.6)
        sweat = sr * dur / 60
        if self.job == "construction" and kind == "work":
            act = "other"
            musc = ["lower_back", "shoulder", "forearm", "quadriceps", "calf"]
            dist = None
        elif self.job == "van" and kind == "work":
            act = "walking"
            musc = ["calf", "quadriceps", "foot", "lower_back"]
            dist = round(_clamp(r.gauss(1.6, 0.3), 0.6, 3) * dur / 60, 2)
        elif kind == "work":
            act = "cycling"
            musc = ["quadriceps", "calf", "hamstring", "glute"]
            dist = round(_clamp(r.gauss(12, 2), 6, 20) * dur / 60, 1)
        else:
            act = "team_sport"
            musc = ["calf", "hamstring", "quadriceps", "adductor"]
            dist = round(_clamp(r.gauss(6.8, 1.0), 3, 10) * dur / 75, 2)
        hr = int(_clamp(80 + 7.5 * rpe + 0.4 * (T - 25) + r.gauss(0, 6) + (25 if kind == "football" else 0), 60, 195))
        s = dict(day=i, kind=kind, start=start, st_h=st_h, dur=round(dur), rpe=rpe, T=T, RH=RH, sweat=sweat,
                 act=act, musc=musc, dist=dist, hr=hr, hard=hard, load=dur * rpe,
                 fasting=self.ramadan[i] and kind == "work" and st_h < 18)
        self.sessions.append(s)

    # ---------------------------------------------------------------- drinks, weights
    def hydration(self):
        r = self.rng
        for s in self.sessions:
            i = s["day"]
            hot = s["T"] > 36
            s["elec_day"] = (not s["fasting"]) and r.random() < self.p_elec + (0.1 if hot else 0)
            if s["fasting"]:
                f = 0.0
            else:
                f = _clamp(r.gauss(self.f_drink, 0.16), 0.2, 1.15)
            intake = f * s["sweat"]
            drinks = []
            if intake > 0.05:
                n = max(1, int(round(s["dur"] / r.uniform(55, 95))))
                parts = [r.uniform(0.5, 1.5) for _ in range(n)]
                tot = sum(parts)
                for j in range(n):
                    ml = intake * 1000 * parts[j] / tot
                    t = s["start"] + timedelta(minutes=s["dur"] * (j + r.uniform(0.2, 0.9)) / n)
                    if s["elec_day"] and r.random() < 0.6:
                        dk = r.choice(self.elec_drinks())
                    else:
                        dk = _w(r, [("water", 80), ("soft_drink", 8), ("tea", 6 if self.region != "texas" else 1),
                                    ("juice", 3)])
                    drinks.append((t, ml, dk))
            s["drinks"] = drinks
            na_in = sum(ml / 1000 * self.drink_na(dk) for _, ml, dk in drinks)
            plain = sum(ml for _, ml, dk in drinks if dk in ("water", "tea", "soft_drink", "juice", "coffee"))
            s["plain_frac"] = plain / max(1.0, sum(ml for _, ml, _ in drinks)) if drinks else 1.0
            s["na_loss"] = s["sweat"] * self.sweat_na
            s["na_in"] = na_in
            urine = min(0.9, 0.04 * s["dur"] / 60 + 0.25 * max(0.0, f - 0.65) * s["sweat"])
            food = 0.0
            s["food_kg"] = food
            s["intake"] = intake
            s["urine"] = urine
            s["mass_pre"] = self.mass_true(i) - 0.2
            s["loss_kg"] = s["sweat"] + urine - intake
            s["loss_pct"] = 100 * s["loss_kg"] / s["mass_pre"]

    def elec_drinks(self):
        return {"texas": ["sports_drink", "sports_drink", "electrolyte_drink"],
                "spain": ["sports_drink", "sports_drink", "electrolyte_drink"],
                "india": ["ors", "ors", "electrolyte_drink", "coconut_water"],
                }.get(self.region, ["electrolyte_drink", "ors", "sports_drink"])

    @staticmethod
    def drink_na(dk):
        return {"water": 0, "sports_drink": 460, "electrolyte_drink": 1000, "ors": 1725, "coconut_water": 250,
                "milk": 430, "juice": 50, "coffee": 20, "tea": 10, "soft_drink": 100, "beer": 40, "other": 0}[dk]

    def masses(self):
        r = self.rng
        m = self.mass0
        self.mtrue = []
        for i in range(self.L):
            m += 0.03 * (self.mass0 - m) + r.gauss(0, 0.12)
            adj = -1.3 * min(1.0, sum(self.ramadan[max(0, i - 20):i + 1]) / 20.0)
            self.mtrue.append(m + adj)

    def mass_true(self, i):
        return self.mtrue[_clamp(i, 0, self.L - 1)]

    # ---------------------------------------------------------------- sleep
    def sleep_plan(self):
        r = self.rng
        L = self.L
        sess_by_day = {}
        for s in self.sessions:
            sess_by_day.setdefault(s["day"], []).append(s)
        self.sess_by_day = sess_by_day
        self.nights = []  # night i: from evening of day i to morning of day i+1 ; list of blocks (hours from day i 00:00)
        hot_nights = self.region in ("texas", "india")
        for i in range(L - 1):
            nxt = sess_by_day.get(i + 1, [])
            first = min((s["st_h"] for s in nxt if s["kind"] == "work"), default=None)
            if first is not None:
                wake = 24 + first - r.uniform(0.6, 1.1)
            else:
                wake = 24 + r.gauss(8.0, 0.8)
            h = r.gauss(self.sleep_h0, 0.45)
            if first is None:
                h += r.uniform(0.3, 1.2)
            bed = wake - h
            late = max((s["st_h"] + s["dur"] / 60 for s in sess_by_day.get(i, [])), default=0)
            if late > 18:
                bed = max(bed, late + r.uniform(0.6, 1.4))
            if hot_nights and self.tn[i] > 26 and r.random() < 0.25:
                bed += r.uniform(0.5, 1.5)
            if r.random() < 0.14:  # kids, phone, noise, worry, a night out
                bed += r.uniform(1.3, 3.2)
            blocks = []
            if self.ramadan[i] or self.ramadan[i + 1]:
                if self.ramadan[i + 1]:
                    bed = max(bed, 23.6 + r.gauss(0, 0.4))
                    suhoor = 24 + 3.8 + r.gauss(0, 0.15)
                    blocks.append((bed, suhoor))
                    if first is None or first > 5.2:
                        back = suhoor + r.uniform(0.6, 0.9)
                        w2 = min(wake, 24 + 7.6) if first is not None else 24 + r.uniform(6.5, 9.0)
                        if w2 - back > 0.5:
                            blocks.append((back, w2))
                else:
                    blocks.append((bed, wake))
            else:
                blocks.append((bed, max(bed + 2.5, wake)))
            self.nights.append(blocks)
        self.nights.append([(23.0, 30.5)])
        tot = [sum(b - a for a, b in bl) for bl in self.nights]
        self.night_total = tot
        st = sorted(tot)
        self.sleep_usual = st[len(st) // 2]

    # ---------------------------------------------------------------- meals
    def diet(self):
        r = self.rng
        menu = MENUS[self.R["menu"]]
        self.meals = []  # (day, hour, items[(food,grams)])
        self.intake = []  # per day (mg, k, ca)
        supp = None
        if r.random() < 0.3:
            s0 = r.randint(0, self.L - 30)
            supp = (s0, s0 + r.randint(20, 60), r.choice([("magnesium citrate", 200, 0, 0), ("multivitamin", 100, 80, 200),
                                                          ("magnesium glycinate", 150, 0, 0)]))
        self.supp = supp
        for i in range(self.L):
            tot = [0.0, 0.0, 0.0]
            pg = self.pgood_day[i]
            plan = []
            if self.ramadan[i]:
                plan = [("suhoor", 4.0 + r.gauss(0, 0.1)), ("iftar", 18.6 + r.gauss(0, 0.1)),
                        ("dinner", 21.5 + r.gauss(0, 0.5))]
            else:
                first = min((s["st_h"] for s in self.sess_by_day.get(i, []) if s["kind"] == "work"), default=None)
                if r.random() < 0.6:
                    plan.append(("breakfast", (first - 0.6) if first is not None else 8.5 + r.gauss(0, 0.7)))
                if first is not None:
                    plan.append(("lunch", r.uniform(11.5, 15.5)))
                else:
                    plan.append(("lunch", r.uniform(12.5, 15.0)))
                plan.append(("dinner", r.uniform(19.5, 22.8)))
                if r.random() < 0.5:
                    plan.append(("snack", r.uniform(10, 17)))
            for slot, hour in plan:
                if slot in ("suhoor", "iftar"):
                    dish = r.choice(RAMADAN_MEALS[slot])
                else:
                    q = "good" if r.random() < pg else "poor"
                    dish = r.choice(menu[q][slot])
                items = [(f, max(10, round(g * r.uniform(0.75, 1.3)))) for f, g in dish]
                for f, g in items:
                    row = FOODS[f]
                    tot[0] += row[4] * g / 100
                    tot[1] += row[5] * g / 100
                    tot[2] += row[3] * g / 100
                self.meals.append((i, hour, items))
            # drinks add a little (milk, tea), supplements add
            if supp and supp[0] <= i < supp[1]:
                tot[0] += supp[2][1]
                tot[1] += supp[2][2]
                tot[2] += supp[2][3]
            self.intake.append(tot)
        # reference intakes
        age = self.dates[0].year - self.birth_year
        if self.sex == "male":
            self.ref = (400 if age <= 30 else 420, 3400, 1000 if age <= 70 else 1200)
        else:
            self.ref = (310 if age <= 30 else 320, 2600, 1000 if age <= 50 else 1200)
        self.deficient = []
        for i in range(self.L):
            w = self.intake[max(0, i - 13):i + 1]
            mg = sum(x[0] for x in w) / len(w)
            k = sum(x[1] for x in w) / len(w)
            ca = sum(x[2] for x in w) / len(w)
            score = max(0.6 - mg / self.ref[0], 0.55 - k / self.ref[1], 0.5 - ca / self.ref[2])
            self.deficient.append(score if (i >= 10 and score > 0) else 0.0)

    # ---------------------------------------------------------------- exposures
    def exposures(self):
        L = self.L
        load = [0.0] * L
        for s in self.sessions:
            load[s["day"]] += s["load"]
        pre = [0.0]
        for x in load:
            pre.append(pre[-1] + x)
        self.acwr = [0.0] * L
        for i in range(L):
            if i < 28:
                continue
            acute = pre[i + 1] - pre[i - 6]
            chronic = (pre[i + 1] - pre[i - 27]) / 4
            self.acwr[i] = acute / chronic if chronic > 0 else 0.0
        meds = {}
        for kind in ("work", "football"):
            v = sorted(s["load"] for s in self.sessions if s["kind"] == kind)
            d = sorted(s["dur"] for s in self.sessions if s["kind"] == kind)
            meds[kind] = (v[len(v) // 2] if v else 1, d[len(d) // 2] if d else 1)
        units = {c: [] for c in CAUSES}
        for s in self.sessions:
            i = s["day"]
            if self.gap[i]:
                continue
            if s["loss_pct"] >= 2.0:
                units["dehydration"].append((s, (s["loss_pct"] - 1.7) ** 1.5))
            deficit = s["na_loss"] - s["na_in"]
            if s["dur"] >= 120 and deficit >= 3000 and s["plain_frac"] >= 0.75:
                units["electrolyte_loss"].append((s, deficit / 1000 - 2.5))
            ml, md = meds[s["kind"]]
            ratio = s["load"] / ml
            if ratio >= 1.45 or (s["rpe"] >= 8.5 and s["dur"] >= 1.15 * md):
                units["muscle_fatigue"].append((s, ratio))
            if self.acwr[i] >= 1.5:
                units["training_load_spike"].append((s, self.acwr[i] - 1.3))
            if s["T"] >= 34 or (s["T"] >= 30 and s["RH"] >= 55):
                units["heat"].append((s, max(0.3, s["T"] - 32) + max(0.0, s["RH"] - 50) / 15))
        for i in range(L):
            if self.gap[i]:
                continue
            if self.deficient[i] > 0:
                units["nutrient_deficiency"].append((i, 0.5 + 5 * self.deficient[i]))
            if i >= 1:
                deficit = self.sleep_usual - self.night_total[i - 1]
                if deficit >= 1.5:
                    units["sleep_debt"].append((i, deficit - 1.2))
        self.units = units

    # ---------------------------------------------------------------- medications
    def medications(self):
        r = self.rng
        self.med_entries = []
        self.med_window = None
        # decoys / background medicines (same draw for every cause)
        u = r.random()
        decoy_start = r.randint(-200, self.L - 20)
        decoy = None
        if u < 0.25:
            decoy = (r.choice(CRAMP_MEDS), decoy_start)
        elif u < 0.55:
            decoy = (r.choice(BENIGN_MEDS), max(-100, decoy_start))
        mstart = int(self.L * r.uniform(0.25, 0.55))
        mname = r.choice(CRAMP_MEDS)
        mend = int(self.L * r.uniform(0.82, 0.95)) if r.random() < 0.25 else None
        lag = r.randint(7, 20)
        if self.cause == "medication":
            self.med_window = (mstart + lag, mend if mend is not None else self.L)
            e = {"type": "medication", "name": mname, "start": (self.d0 + timedelta(days=mstart)).isoformat()}
            if mend is not None:
                e["end"] = (self.d0 + timedelta(days=mend)).isoformat()
            if self.prng.random() < 0.4:
                e["notes"] = self.prng.choice(["new BP tablet from the clinic", "doctor started it", "for blood pressure",
                                       "prescribed at the health centre", "started this month"])
            self.med_entries.append((self.day_dt(max(0, mstart), 9), e))
        if decoy and not (self.cause == "medication" and decoy[0] == mname):
            name, st = decoy
            e = {"type": "medication", "name": name, "start": (self.d0 + timedelta(days=st)).isoformat()}
            if name in ("amoxicillin", "paracetamol"):
                e["end"] = (self.d0 + timedelta(days=st + r.randint(5, 10))).isoformat()
            self.med_entries.append((self.day_dt(_clamp(st, 0, self.L - 1), 9), e))
        if self.cause == "medication":
            units = [(i, 1.0) for i in range(self.med_window[0], self.med_window[1]) if not self.gap[i]]
            self.units["medication"] = units
        else:
            self.units["medication"] = []

    # ---------------------------------------------------------------- episodes
    def episodes(self):
        r = self.rng
        eps = []
        # background (world stream: identical across causes)
        n_bg = max(5, self._poisson(r, self.bg_rate * self.L / 30))
        for _ in range(n_bg * 2):
            if sum(1 for e in eps if not self.gap[e["day"]]) >= n_bg:
                break
            kind = _w(r, [("night", 45), ("twitch", 20), ("rest", 20), ("session", 15)])
            if kind == "session" and self.sessions:
                s = r.choice(self.sessions)
                eps.append(self.session_episode(r, s, LEG if s["act"] != "other" else BUILD, during_p=0.7))
            else:
                i = r.randrange(self.L - 1)
                if kind == "night":
                    eps.append(self.night_episode(r, i))
                elif kind == "twitch":
                    eps.append(self.rest_episode(r, i, twitch=True))
                else:
                    eps.append(self.rest_episode(r, i))
        eps = [e for e in eps if not self.gap[e["day"]]]
        # night cramps disturb that night's sleep a little
        for e in eps:
            if e["during"] == "sleep":
                e["wake_cost"] = r.uniform(0.2, 0.6)
        # planted
        if self.cause is not None:
            units = self.units[self.cause]
            k = self.prng.randint(10, 18)
            kmax = int(len(units) / 2.2)
            if kmax < 9:
                raise _Retry()
            k = min(k, kmax)
            chosen = self._weighted_sample(self.prng, units, k)
            n_pl = 0
            for idx, u in enumerate(chosen):
                new = self.planted(u)
                if n_pl + len(new) + (len(chosen) - idx - 1) > 20:
                    new = new[:1]
                n_pl += len(new)
                eps.extend(new)
        self.eps = eps

    @staticmethod
    def _poisson(r, lam):
        if lam > 30:
            return max(0, int(round(r.gauss(lam, math.sqrt(lam)))))
        l, k, p = math.exp(-lam), 0, 1.0
        while True:
            p *= r.random()
            if p <= l:
                return k
            k += 1

    @staticmethod
    def _weighted_sample(r, units, k):
        pool = [(u, max(1e-3, w)) for u, w in units]
        out = []
        for _ in range(k):
            tot = sum(w for _, w in pool)
            x = r.random() * tot
            for j, (u, w) in enumerate(pool):
                x -= w
                if x <= 0:
                    out.append(u)
                    pool.pop(j)
                    break
            else:
                out.append(pool.pop()[0])
        return out

    def planted(self, u):
        r = self.prng
        c = self.cause
        out = []
        if c in ("dehydration", "electrolyte_loss", "muscle_fatigue", "training_load_spike", "heat"):
            s = u
            table = (LEG if s["act"] != "other" else BUILD)
            during_p = {"dehydration": 0.45, "electrolyte_loss": 0.45, "muscle_fatigue": 0.6,
                        "training_load_spike": 0.6, "heat": 0.75}[c]
            if c == "electrolyte_loss":
                table = WIDE
            e = self.session_episode(r, s, table, during_p=during_p, late=True)
            out.append(e)
            if c == "electrolyte_loss" and r.random() < 0.3:
                e2 = dict(e)
                e2["t"] = e["t"] + timedelta(minutes=r.randint(5, 30))
                e2["muscle"] = _w(r, [(m, w) for m, w in WIDE if m != e["muscle"]])
                e2["side"] = r.choice(["both", "left", "right", None])
                e2["id"] = None
                out.append(e2)
        elif c == "nutrient_deficiency":
            i = u
            kind = _w(r, [("night", 40), ("rest", 30), ("twitch", 20), ("session", 10)])
            if kind == "session" and self.sess_by_day.get(i):
                s = r.choice(self.sess_by_day[i])
                out.append(self.session_episode(r, s, LEG, during_p=0.6))
            elif kind == "night" and i < self.L - 1:
                out.append(self.night_episode(r, i))
            elif kind == "twitch":
                out.append(self.rest_episode(r, i, twitch=True))
            else:
                out.append(self.rest_episode(r, i))
        elif c == "sleep_debt":
            i = u
            wake = self.nights[i - 1][-1][1] - 24
            ss = self.sess_by_day.get(i, [])
            kind = _w(r, [("twitch", 40), ("session", 35 if ss else 0), ("rest", 25)])
            if kind == "session":
                s = r.choice(ss)
                out.append(self.session_episode(r, s, LEG if s["act"] != "other" else BUILD, during_p=0.75))
            else:
                hour = r.uniform(wake + 0.5, 21.5)
                out.append(self.rest_episode(r, i, twitch=(kind == "twitch"), hour=hour))
        elif c == "medication":
            i = u
            kind = _w(r, [("night", 55), ("rest", 25), ("session", 20)])
            if kind == "session" and self.sess_by_day.get(i):
                s = r.choice(self.sess_by_day[i])
                out.append(self.session_episode(r, s, LEG, during_p=0.5))
            elif kind == "night" and i < self.L - 1:
                out.append(self.night_episode(r, i))
            else:
                out.append(self.rest_episode(r, i))
        for e in out:
            e["planted"] = True
        return out

    def _ep(self, r, day, t, kind, muscle, during):
        pain = 0 if kind == "twitch" else int(_clamp(round(r.gauss(6.3, 1.6)), 2, 10))
        if kind == "twitch":
            dur = r.choice([5, 10, 20, 30, 60, 120, 600, 1800])
        else:
            dur = int(_clamp(math.exp(r.gauss(math.log(80), 0.8)), 10, 1200))
        side = None if muscle in ("abdomen", "neck", "lower_back") else _w(
            r, [("left", 35), ("right", 35), ("both", 10), (None, 20)])
        if kind == "twitch":
            relief = []
        else:
            relief = r.sample(["stretching", "stretching", "massage", "walking_it_off", "hydration", "rest",
                               "heat", "pickle_juice" if self.region == "texas" else "magnesium"], r.randint(1, 2))
            relief = sorted(set(relief))
        return dict(day=day, t=t, kind=kind, muscle=muscle, during=during, pain=pain, dur=dur, side=side,
                    relief=relief, relieved=(r.random() < 0.85) if kind == "spasm" else None, planted=False, id=None)

    def session_episode(self, r, s, table, during_p=0.6, late=False):
        end = s["start"] + timedelta(minutes=s["dur"])
        if r.random() < during_p:
            frac = r.uniform(0.55, 0.98) if late else r.uniform(0.1, 0.98)
            t = s["start"] + timedelta(minutes=s["dur"] * frac)
            during = "exercise"
        else:
            t = end + timedelta(minutes=r.uniform(5, 150 if late else 180))
            during = "after_exercise"
        muscle = _w(r, table)
        kind = "twitch" if r.random() < 0.06 else "spasm"
        day = s["day"] + (1 if t.date() > s["start"].date() else 0)
        return self._ep(r, min(day, self.L - 1), t, kind, muscle, during)

    def night_episode(self, r, i):
        bl = self.nights[i]
        a, b = bl[r.randrange(len(bl))]
        h = r.uniform(a + 0.5, max(a + 0.6, b - 0.2))
        t = self.day_dt(i, h)
        e = self._ep(r, i + (1 if h >= 24 else 0), t, "spasm", _w(r, NIGHT), "sleep")
        return e

    def rest_episode(self, r, i, twitch=False, hour=None):
        if hour is None:
            ss = self.sess_by_day.get(i, [])
            for _ in range(10):
                hour = r.uniform(6.5, 22.5)
                if not any(s["st_h"] - 0.2 <= hour <= s["st_h"] + s["dur"] / 60 + 0.5 for s in ss):
                    break
        t = self.day_dt(i, hour)
        if twitch:
            return self._ep(r, i, t, "twitch", _w(r, TWITCH), "rest")
        return self._ep(r, i, t, "spasm", _w(r, REST), "rest")

    # ---------------------------------------------------------------- emit
    def emit(self, t_local: datetime, day: int, obj: dict):
        self.objs.append((self.aware(day, t_local), obj))

    def q_mass(self, kg):
        if self.imperial:
            return f"{round(kg * 2.20462 / 0.2) * 0.2:.1f} lb"
        return round(kg, 1) if not self.smart_scale else round(kg, 2)

    def q_ml(self, ml):
        if self.imperial:
            return f"{max(1, round(ml / 29.5735))} oz"
        return int(max(30, round(ml / 10) * 10))

    def q_temp(self, c):
        if self.imperial and self.rng.random() < 0.8:
            return f"{round(c * 9 / 5 + 32)} degF"
        return round(c, 1)

    def build(self):
        r = self.rng
        prof = {"type": "profile", "sex": self.sex, "birth_year": self.birth_year,
                "body_mass_kg": self.q_mass(self.mass0) if self.imperial else round(self.mass0, 1),
                "height_cm": self.height}
        if r.random() < 0.88:
            prof["timezone"] = self.R["tz"]
        if self.sex == "female" and r.random() < 0.5:
            prof["pregnant"] = False
        first = self.day_dt(0, 7.0)
        self.objs.append((self.aware(0, first) - timedelta(hours=1), prof))
        notes_work = {"construction": ["concrete pour", "scaffolding all day", "rebar", "roofing", "site B", "blockwork",
                                       "tiling"], "van": ["route 14", "peak day", "apartments, no lift", "120 drops",
                                                          "new route"],
                      "bike": ["lunch shift", "dinner shift", "busy", "rain of orders", "hills"]}[self.job]
        # sessions
        for s in self.sessions:
            i = s["day"]
            if self.gap[i] and r.random() < 0.9:
                continue
            worn = self.watch is not None and r.random() < (self.p_wear_work if s["kind"] == "work" else 0.9)
            if worn:
                e = {"type": "workout", "time": self.stamp(i, s["start"] + timedelta(seconds=r.randint(0, 59)),
                                                            utc=self.watch_utc),
                     "duration_min": round(s["dur"] + r.uniform(-3, 3), 1), "activity": s["act"]}
                if self.ids:
                    e["id"] = self.new_id(self.watch)
                e["avg_hr"] = s["hr"]
                if s["dist"] is not None and (s["act"] != "other"):
                    e["distance_km"] = s["dist"] if not self.imperial else f"{round(s['dist'] / 1.609, 2)} mi"
                if self.watch == "garmin" or self.watch == "amazfit":
                    if r.random() < 0.92:
                        e["temperature_c"] = self.q_temp(s["T"] + r.uniform(2.0, 4.0))
                else:
                    if r.random() < 0.9:
                        e["temperature_c"] = self.q_temp(s["T"] + r.gauss(0, 0.8))
                        e["humidity_pct"] = int(_clamp(round(s["RH"] + r.gauss(0, 4)), 1, 100))
                if r.random() < self.p_rpe:
                    e["rpe"] = round(_clamp(s["rpe"] + r.gauss(0, 0.4), 0, 10))
            elif r.random() < self.p_manual:
                e = {"type": "workout", "time": self.stamp(i, s["start"], rnd=15),
                     "duration_min": max(15, int(round(s["dur"] / 15) * 15)), "activity": s["act"]}
                if r.random() < 0.85:
                    e["rpe"] = int(_clamp(round(s["rpe"] + r.gauss(0, 0.7)), 1, 10))
                if r.random() < 0.55:
                    e["temperature_c"] = self.q_temp(round(s["T"] + r.gauss(0, 1.2)))
            else:
                continue
            if r.random() < self.p_muscles:
                e["muscle_groups"] = list(s["musc"][: r.randint(2, len(s["musc"]))])
            if s["kind"] == "football" and r.random() < 0.3:
                e["warm_up_min"] = r.choice([5, 10, 10, 15])
            if r.random() < 0.12:
                e["notes"] = r.choice(notes_work if s["kind"] == "work" else ["5-a-side", "league game", "training",
                                                                                 "tournament" if s["hard"] else "kickabout"])
            elif s["hard"] and r.random() < 0.35:
                e["notes"] = r.choice(["long day", "overtime", "double shift", "extra time", "no break today"])
            elif s["fasting"] and r.random() < 0.25:
                e["notes"] = "fasting"
            self.emit(s["start"], i, e)
            if "id" in e and r.random() < 0.02:
                self.emit(s["start"], i, dict(e))
        # drinks during sessions + daily drinks
        fluid_day = [r.random() < self.p_fluid_day for _ in range(self.L)]
        app_ids = r.random() < 0.5
        for s in self.sessions:
            i = s["day"]
            if not fluid_day[i] or self.gap[i]:
                continue
            for t, ml, dk in s["drinks"]:
                if r.random() > 0.88:
                    continue
                e = {"type": "fluid", "time": self.stamp(i, t, rnd=5), "ml": self.q_ml(ml)}
                if dk != "water" or r.random() < 0.6:
                    e["drink"] = dk
                if app_ids:
                    e["id"] = self.new_id("wtr")
                self.emit(t, i, e)
        hot_tea = self.region in ("india", "dubai", "riyadh", "doha")
        for i in range(self.L):
            if not fluid_day[i] or self.gap[i]:
                continue
            ss = self.sess_by_day.get(i, [])
            items = []
            if self.ramadan[i]:
                items += [(4.1, r.uniform(400, 900), "water"), (4.2, 150, "tea"), (18.65, r.uniform(300, 600), "water"),
                          (18.8, 250, r.choice(["juice", "milk", "soft_drink"])), (22.0, r.uniform(300, 700), "water")]
            else:
                first = min((s["st_h"] for s in ss), default=8.0)
                items.append((first - 0.5, r.choice([150, 200, 250, 350]), "tea" if hot_tea else "coffee"))
                if hot_tea and r.random() < 0.7:
                    items.append((16.5, 150, "tea"))
                items.append((r.uniform(19.5, 22), r.uniform(250, 600), "water"))
                for s in ss:
                    if s["kind"] == "football":
                        end = s["st_h"] + s["dur"] / 60
                        items.append((end + 0.1, r.uniform(400, 900), "water"))
                        if not self.muslim and self.region in ("spain", "texas") and r.random() < 0.45:
                            items.append((end + 0.6, r.choice([330, 355, 500, 660]), "beer"))
                if self.poor[i] and r.random() < 0.5:
                    items.append((r.uniform(12, 16), 355, "soft_drink"))
            for h, ml, dk in items:
                if r.random() > 0.85:
                    continue
                t = self.day_dt(i, h)
                e = {"type": "fluid", "time": self.stamp(i, t, rnd=5), "ml": self.q_ml(ml)}
                if dk != "water" or r.random() < 0.5:
                    e["drink"] = dk
                if app_ids:
                    e["id"] = self.new_id("wtr")
                self.emit(t, i, e)
        # body mass
        for i in range(self.L):
            if self.gap[i]:
                continue
            ss = [s for s in self.sess_by_day.get(i, []) if s["kind"] == "work"]
            if r.random() < self.p_morning_w and not (ss and ss[0]["st_h"] < 6.5):
                t = self.day_dt(i, r.uniform(5.5, 8.5) if not ss else ss[0]["st_h"] - r.uniform(0.8, 1.2))
                e = {"type": "body_mass", "time": self.stamp(i, t), "kg": self.q_mass(self.mass_true(i) + r.gauss(0, 0.2))}
                if r.random() < 0.7:
                    e["context"] = "morning"
                if self.smart_scale:
                    e["id"] = self.new_id("scale")
                self.emit(t, i, e)
            for s in ss[:1]:
                if r.random() > self.p_prepost:
                    continue
                pre = s["mass_pre"] + r.gauss(0, 0.15)
                post = pre - s["loss_kg"] + r.gauss(0, 0.15)
                t1 = s["start"] - timedelta(minutes=r.uniform(15, 50))
                t2 = s["start"] + timedelta(minutes=s["dur"] + r.uniform(20, 60))
                for t, kg, ctx in ((t1, pre, "pre_workout"), (t2, post, "post_workout")):
                    e = {"type": "body_mass", "time": self.stamp(i, t), "kg": self.q_mass(kg), "context": ctx}
                    if self.smart_scale:
                        e["id"] = self.new_id("scale")
                    self.emit(t, i, e)
        # sleep (night cramps shorten it a bit)
        cost = {}
        for e in self.eps:
            if e["during"] == "sleep" and "wake_cost" in e:
                n = e["day"] - (1 if e["t"].hour < 14 else 0)
                cost[n] = cost.get(n, 0) + e["wake_cost"]
        for i in range(self.L - 1):
            if self.gap[i] or self.gap[i + 1]:
                continue
            blocks = self.nights[i]
            worn = self.watch is not None and r.random() < self.p_wear_night
            if worn:
                for bi, (a, b) in enumerate(blocks):
                    if bi == len(blocks) - 1:
                        b -= 0.0
                    ta = self.day_dt(i, a + r.gauss(0, 0.05))
                    tb = self.day_dt(i, b - (cost.get(i, 0) * 0.5 if bi == 0 else 0) + r.gauss(0, 0.05))
                    if tb <= ta + timedelta(minutes=20):
                        continue
                    tot = (tb - ta).total_seconds() / 3600
                    e = {"type": "sleep", "time": self.stamp(i, ta, utc=self.watch_utc),
                         "end": self.stamp(i + 1 if b >= 24 else i, tb, utc=self.watch_utc)}
                    if r.random() < 0.6:
                        e["quality"] = int(_clamp(round(1 + (tot - 3.5) * 0.8 - cost.get(i, 0) + r.gauss(0, 0.6)), 1, 5))
                    if self.ids:
                        e["id"] = self.new_id(self.watch + "-slp")
                    self.emit(ta, i, e)
            elif r.random() < 0.18:
                a = blocks[0][0]
                tot = sum(b - a2 for a2, b in blocks) - cost.get(i, 0) * 0.5
                ta = self.day_dt(i, a)
                e = {"type": "sleep", "time": self.stamp(i, ta, rnd=15), "hours": round(tot * 2) / 2,
                     "quality": int(_clamp(round(1 + (tot - 3.5) * 0.8 + r.gauss(0, 0.7)), 1, 5))}
                self.emit(ta, i, e)
        # meals
        meal_day = [r.random() < self.p_meal_day for _ in range(self.L)]
        for i, hour, items in self.meals:
            if not meal_day[i] or self.gap[i] or r.random() > 0.85:
                continue
            t = self.day_dt(i, hour)
            if r.random() < 0.1:
                tot = {"energy_kcal": 0.0, "sodium_mg": 0.0}
                for f, g in items:
                    tot["energy_kcal"] += FOODS[f][1] * g / 100
                    tot["sodium_mg"] += FOODS[f][6] * g / 100
                e = {"type": "meal", "time": self.stamp(i, t, rnd=15), "energy_kcal": round(tot["energy_kcal"] * r.uniform(0.85, 1.15)),
                     "sodium_mg": round(tot["sodium_mg"] * r.uniform(0.8, 1.2))}
                if r.random() < 0.5:
                    e["notes"] = r.choice(["takeaway", "from the canteen", "roadside", "ate in the van", "camp mess"])
            else:
                its = []
                for f, g in items:
                    if f in FOOD_NAMES and r.random() < 0.5:
                        its.append({"food": FOOD_NAMES[f], "grams": g})
                    else:
                        its.append({"ndb_no": FOODS[f][0], "grams": g})
                e = {"type": "meal", "time": self.stamp(i, t, rnd=5), "items": its}
            self.emit(t, i, e)
        # supplements
        if self.supp:
            s0, s1, (name, mg, k, ca) = self.supp
            for i in range(s0, min(s1, self.L)):
                if self.gap[i] or r.random() < 0.2:
                    continue
                t = self.day_dt(i, r.uniform(21, 23))
                e = {"type": "supplement", "time": self.stamp(i, t, rnd=15), "name": name}
                if mg:
                    e["magnesium_mg"] = mg
                if k:
                    e["potassium_mg"] = k
                if ca:
                    e["calcium_mg"] = ca
                self.emit(t, i, e)
        # medications
        for t, e in self.med_entries:
            self.emit(t, 0, e)
        # episodes
        night_notes = ["woke me up", "calf locked", "had to stand on it", "again at night", "sore next morning"]
        work_notes = ["had to stop the van", "on the ladder", "while carrying blocks", "stopped and stretched",
                      "after the shift, in the car", "during the game, subbed off", "on the bike"]
        for ep in self.eps:
            i = ep["day"]
            hand = r.random() < 0.5
            t = ep["t"]
            if ep["during"] == "sleep" and hand and r.random() < 0.5:
                t = t.replace(minute=0, second=0)
            e = {"type": "episode", "time": self.stamp(i, t, rnd=5 if hand else None), "kind": ep["kind"],
                 "muscle": ep["muscle"]}
            if ep["side"] and r.random() < 0.85:
                e["side"] = ep["side"]
            if r.random() < 0.85:
                e["duration_s"] = ep["dur"] if not hand else int(max(5, round(ep["dur"] / 15) * 15))
            if r.random() < 0.9:
                e["pain"] = ep["pain"]
            if r.random() < 0.9:
                e["during"] = ep["during"]
            if ep["relief"] and r.random() < 0.8:
                e["relief"] = ep["relief"]
            if ep["relieved"] is not None and r.random() < 0.7:
                e["relieved"] = ep["relieved"]
            if r.random() < 0.15:
                e["flags"] = {k: False for k in r.sample(["swelling", "weakness", "dark_urine", "numbness_tingling",
                                                          "redness"], r.randint(1, 3))}
            if r.random() < 0.2:
                e["notes"] = r.choice(night_notes if ep["during"] == "sleep" else
                                      work_notes if ep["during"] in ("exercise", "after_exercise") else
                                      ["at home", "watching TV", "driving", "in the shower", "eye twitching all day"])
            self.emit(t, i, e)
        self.objs.sort(key=lambda x: x[0])
        self.start = self.aware(0, datetime.combine(self.dates[0], datetime.min.time()))
        self.stop = self.aware(self.L - 1, datetime.combine(self.dates[-1], datetime.min.time()) + timedelta(days=1))
        lo = min(x[0] for x in self.objs)
        hi = max(x[0] for x in self.objs)
        if lo < self.start:
            self.start = lo - timedelta(minutes=1)
        if hi > self.stop:
            self.stop = hi + timedelta(minutes=1)

    def run(self):
        self.persona()
        self.calendar()
        self.weather()
        self.masses()
        self.sessions_plan()
        self.hydration()
        self.sleep_plan()
        self.diet()
        self.exposures()
        self.medications()
        self.episodes()
        self.build()
        return BlindJournal(self.cause, [o for _, o in self.objs], self.start, self.stop)


class _Retry(Exception):
    pass


def blind_journal(cause: str | None, seed: int) -> BlindJournal:
    """One synthetic journal with ``cause`` planted (or none), deterministic per (cause, seed)."""
    if cause is not None and cause not in CAUSES:
        raise ValueError(f"unknown cause {cause!r}; expected one of {CAUSES} or None")
    for attempt in range(8):
        try:
            return _Gen(cause, seed, attempt).run()
        except _Retry:
            continue
    raise RuntimeError("could not build a journal with enough exposed units")
