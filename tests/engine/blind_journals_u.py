"""Blind synthetic cramp journals for a strength / CrossFit / bodybuilding athlete ("blind U").

Point of view
=============
Each journal is the export of one lifter: a bodybuilder on a split routine (push/pull/legs, bro
split, upper/lower, Arnold) who alternates bulks, cuts and sometimes a contest prep with a show;
a powerlifter on a squat/bench/deadlift week with blocks, deloads and meets (with a water cut
for the weigh-in); or a CrossFitter doing daily WOD classes, the Open in February/March, local
competitions and the occasional hero WOD.  The person lives in one of a dozen cities (own
climate, own time zone with real DST rules, US users typing lb/oz/degF by hand) and sometimes
travels on holiday to another time zone.

What ends up in the journal is what such a person really logs, from several sources:

* gym app (Hevy/Strong-like ids): one ``workout`` per session with activity, duration, session
  RPE (CR-10, sometimes missing), muscle groups of the split day, warm-up minutes, notes with
  the lifts or the WOD; a few sessions appear twice (gym app + watch, different ids);
* watch (Garmin: wrist-sensor temperature that reads 1-4 C above ambient, avg HR; Apple Watch:
  weather temperature and humidity for outdoor sessions only; Whoop: HR and sleep; or none);
  some people write the box thermometer reading by hand (degF strings in the US);
* smart scale or hand weigh-ins: morning ``body_mass`` (daily in a cut, patchy otherwise) and,
  for some people, pre/post-workout weigh-ins (noise 0.1 kg, sometimes after the sauna);
* macro-tracking app: ``meal`` entries with USDA SR28 numbers (``ndb_no``) and grams, a few hand
  entries by food name, restaurant meals as totals only; days or whole weeks are not logged
  (holidays, bulks), cuts are logged carefully;
* ``supplement`` entries (creatine, whey is a food, ZMA with 450 mg magnesium, multivitamin,
  fish oil, pre-workout, salt tabs), ``fluid`` entries (coffee, water bottles, electrolyte
  drinks such as LMNT with explicit sodium, sports drinks, beer, diet soda; partial logging),
  ``sleep`` from the tracker (bed and wake times, quality) or by hand (hours only), gaps when
  the watch is charging;
* ``medication`` entries (antihistamines, short ibuprofen or antibiotic courses, finasteride,
  and sometimes a medicine known to cause cramps that does *nothing* in this journal);
* ``episode`` entries logged by hand: kind, muscle, side, duration, pain, context, relief.

Natural structure present in EVERY journal (null ones included): a seasonal + AR(1) weather
series; gyms with or without air conditioning, so hot days make hot sessions; sweat rate rises
with heat, humidity and effort, people drink more and take electrolytes more often in the heat;
long sessions are also harder (RPE correlates with duration, heat adds RPE); cuts lower the
calories, add cardio, slightly shorten sleep and make weigh-ins daily; holidays and illness
create training gaps, and coming back creates acute:chronic load spikes; competitions are long,
hard, often hot, preceded by short nights; split routines and rotating schedules put the same
muscle group on consecutive days; the sauna after training dehydrates; short nights happen
(work, parties, early flights, comp nerves).  Every exposure therefore varies in every journal.

Episode notes carry the person's own guesses ("so hot in there", "probably dehydrated", "need
more magnesium?") on planted and background episodes alike, so notes are not a label.

Background episodes (all journals): a constant-rate Poisson process (0.02-0.05/day, at least
5 per journal) unrelated to any exposure: night calf/foot/toe cramps in bed, eyelid twitches,
random twitches (calf, thigh, arm, thumb), random cramps at rest (toes pulling on socks,
hamstring in bed, hand while writing) and a few cramps during a session chosen uniformly among
all sessions (muscle among the worked ones).

The planted cause (``cause`` is not None)
=========================================
Exactly one exposure raises the episode rate.  For the planted cause the generator finds the
*observable* exposed units (what a careful analyst can compute from the journal), chooses K of
them at random (K = 9..20, growing with the journal's length, never more than half of the exposed
units, so most exposed units have no episode) and puts one linked episode on each (two muscles
now and then for whole-body salt cramps).  Episodes linked to sessions happen late in the
session (~65 %), within two hours after it (~30 %) or the following night (~5 %).  Persona
parameters are nudged so the exposure is frequent enough; the same values also occur naturally
in other journals.  If there are fewer than 2K exposed units the life is regenerated (a new
attempt of the same seed, up to 10; from the 6th attempt 18 units suffice, and K is then cut
to half the exposed units).

* ``dehydration``: sessions with a pre- and post-workout weigh-in showing a loss >= 2 % of body
  mass (observed values).  Persona: weighs in often, drinks little during training, long sauna
  after training often, forgets the bottle, bodybuilders/powerlifters often do cardio in a
  sauna suit.  Episodes: calf/hamstring/quadriceps spasms, sometimes the night after.
* ``electrolyte_loss``: long (>= 60 min) heavy-sweat sessions (true sweat >= 1.4 L, visible from
  duration, heat, HR and weigh-ins) whose logged fluids are plain water (>= 40 % of the sweat
  replaced) with < 300 mg sodium from drinks and salt tabs during the session and the hour
  after.  Persona: heavy salty sweater who drinks plenty of water, takes electrolyte drinks on
  part of the sessions (those are controls), logs session fluids.  Episodes: leg spasms, calves
  most, and sometimes a second muscle minutes later (whole-body cramping).
* ``heat``: sessions with a recorded temperature >= 28 C, or a heat index >= 30 C when humidity
  is recorded.  Persona: hot city and/or a box or garage without AC, a temperature-recording
  watch or box thermometer; usually drinks well and often uses electrolytes, so hot sessions are
  not all dehydrating or salt-depleting.
* ``muscle_fatigue``: sessions unusually long/hard for the person (session load = duration x
  RPE in their top 10 %, or duration >= 1.4 x their median for that kind of session, or the last
  event of a competition day whose day load is in their top 5 %), or sessions whose prime muscle
  groups (first three listed) include one that was a prime group the previous day, both sessions
  at RPE >= 8.  The episode is in a worked muscle (the repeated one when there is one).
* ``training_load_spike``: sessions on days whose acute:chronic load ratio (sRPE load, 7-day sum
  vs 28-day coupled weekly mean AND vs the previous 21 days' weekly mean) is >= 1.5, from day 28
  on.  Persona: several holidays/illnesses after which they come back hard (two-a-days), and
  "camp"/challenge blocks of extra sessions.  The episode is in a worked muscle.
* ``sleep_debt``: days after a logged night of <= min(6 h, usual - 1.5 h), usual = median
  logged sleep.  Persona: more frequent short nights, good sleep-tracker coverage.  Episodes on
  that day: twitches (eyelid, calf, thigh), cramps in that day's session, cramps at rest.
* ``nutrient_deficiency``: a long block (40-60 % of the journal: contest prep / aggressive cut,
  dairy dropped, no fruit or nuts, ZMA/multivitamin stopped) in which the logged food gives
  about half the magnesium (45-65 %), 55-75 % of the potassium and 10-20 % of the calcium
  reference intake, logged on most days of the block (~80-95 %); exposed days run from day 10
  of the block to 5 days after it.  Outside the block intake meets the references (Mg and K
  well above, Ca ~70-150 %).  Episodes on exposed days: twitches, night calf/foot/toe cramps,
  cramps in sessions.  (About 15 % of other journals have such a block too, without effect.)
* ``medication``: a medicine known to cause cramps (statin, thiazide or potassium-sparing
  diuretic, long-acting beta-agonist inhaler, long naproxen course) starts at 30-60 % of the
  journal; exposed days run from 4-14 days after the start to its end (if it is stopped, the
  rate returns to background).  Episodes: night calf cramps, foot/toe cramps at rest, cramps
  during or after sessions.  (About 20 % of other journals start such a medicine, at any time,
  without any effect; benign medicines appear in all journals.)

``cause=None`` gives a null journal: the same life, only background episodes (>= 5).

Pure standard library, deterministic per (cause, seed): all randomness comes from
``random.Random`` seeded with a string built from (cause, seed, attempt); food and everyday
drinks draw from a second stream seeded from the first, so dry-run attempts can skip them.
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
    objects: list[dict]      # journal entries as JSON objects (journal.md), incl. a profile
    start: datetime          # tz-aware, the journal's observed period
    stop: datetime


# --------------------------------------------------------------------------------------------
# Time zones (own DST rules, so no tz database is needed)
# --------------------------------------------------------------------------------------------

_ZONES = {
    "America/New_York": (-300, "US"), "America/Chicago": (-360, "US"),
    "America/Denver": (-420, "US"), "America/Phoenix": (-420, None),
    "America/Los_Angeles": (-480, "US"), "Europe/London": (0, "EU"),
    "Europe/Madrid": (60, "EU"), "Europe/Berlin": (60, "EU"), "Europe/Athens": (120, "EU"),
    "Australia/Sydney": (600, "AU"), "Australia/Brisbane": (600, None),
    "Asia/Dubai": (240, None), "Asia/Singapore": (480, None), "Asia/Bangkok": (420, None),
    "America/Sao_Paulo": (-180, None), "Pacific/Honolulu": (-600, None),
    "America/Cancun": (-300, None),
}


def _nth_sunday(year: int, month: int, n: int) -> date:
    d = date(year, month, 1)
    return d + timedelta(days=(6 - d.weekday()) % 7 + 7 * (n - 1))


def _last_sunday(year: int, month: int) -> date:
    d = date(year, month + 1, 1) - timedelta(days=1)
    return d - timedelta(days=(d.weekday() - 6) % 7)


_DST_CACHE: dict = {}   # (rule, year) -> transitions; a pure cache, no randomness


def _transitions(rule: str, y: int):
    key = (rule, y)
    if key not in _DST_CACHE:
        if rule == "US":
            v = (datetime.combine(_nth_sunday(y, 3, 2), time(2)),
                 datetime.combine(_nth_sunday(y, 11, 1), time(1)))
        elif rule == "EU":   # in UTC
            v = (datetime.combine(_last_sunday(y, 3), time(1)),
                 datetime.combine(_last_sunday(y, 10), time(2)))
        else:                # AU (Sydney): first Sunday of October to first Sunday of April
            v = (datetime.combine(_nth_sunday(y, 10, 1), time(2)),
                 datetime.combine(_nth_sunday(y, 4, 1), time(2)))
        _DST_CACHE[key] = v
    return _DST_CACHE[key]


def _offset_min(zone: str, local: datetime) -> int:
    std, rule = _ZONES[zone]
    if rule is None:
        return std
    s, e = _transitions(rule, local.year)
    if rule == "US":
        return std + 60 if s <= local < e else std
    if rule == "EU":
        utc = local - timedelta(minutes=std)
        return std + 60 if s <= utc < e else std
    return std + 60 if (local >= s or local < e) else std


def _aware(zone: str, local: datetime) -> datetime:
    return local.replace(tzinfo=timezone(timedelta(minutes=_offset_min(zone, local))))


def _iso(zone: str, local: datetime, seconds: bool = False) -> str:
    local = local.replace(microsecond=0) if seconds else local.replace(second=0, microsecond=0)
    return _aware(zone, local).isoformat(timespec="seconds")


# --------------------------------------------------------------------------------------------
# Cities: (name, zone, annual mean C, seasonal amplitude, diurnal range, mean RH, US units,
#          southern hemisphere, daily anomaly sd)
# --------------------------------------------------------------------------------------------

_CITIES = [
    ("Houston", "America/Chicago", 21.0, 8.5, 9.0, 74, True, False, 1.8),
    ("Chicago", "America/Chicago", 10.5, 14.0, 9.0, 66, True, False, 3.0),
    ("Phoenix", "America/Phoenix", 24.5, 10.5, 14.0, 30, True, False, 1.6),
    ("Miami", "America/New_York", 25.5, 4.0, 7.0, 75, True, False, 1.2),
    ("New York", "America/New_York", 13.0, 12.5, 8.0, 63, True, False, 2.8),
    ("Denver", "America/Denver", 10.5, 12.0, 15.0, 45, True, False, 3.2),
    ("Los Angeles", "America/Los_Angeles", 18.5, 4.5, 9.0, 65, True, False, 1.5),
    ("London", "Europe/London", 11.5, 7.0, 8.0, 76, False, False, 2.2),
    ("Madrid", "Europe/Madrid", 15.5, 10.5, 12.0, 55, False, False, 2.2),
    ("Berlin", "Europe/Berlin", 10.0, 9.5, 8.0, 72, False, False, 2.6),
    ("Brisbane", "Australia/Brisbane", 21.0, 4.8, 9.0, 65, False, True, 1.4),
    ("Sydney", "Australia/Sydney", 18.0, 5.0, 8.0, 66, False, True, 1.8),
    ("Dubai", "Asia/Dubai", 28.0, 7.5, 10.0, 55, False, False, 1.2),
    ("Singapore", "Asia/Singapore", 27.6, 0.8, 7.0, 80, False, False, 0.8),
    ("Sao Paulo", "America/Sao_Paulo", 20.0, 3.0, 9.0, 75, False, True, 1.5),
]
_HOT_CITIES = ("Houston", "Phoenix", "Miami", "Dubai", "Singapore", "Brisbane", "Madrid",
               "Sao Paulo")
_TRAVEL = ["Asia/Bangkok", "Pacific/Honolulu", "Europe/Athens", "America/Cancun",
           "Europe/Madrid", "America/New_York", "Europe/London", "Asia/Dubai"]

# --------------------------------------------------------------------------------------------
# Foods (USDA SR28 ABBREV, per 100 g): kcal, calcium, magnesium, potassium, sodium (mg)
# --------------------------------------------------------------------------------------------

_FOODS = {
    "05064": (165, 15, 29, 256, 74),    # chicken breast, roasted
    "05098": (179, 9, 24, 269, 106),    # chicken thigh, roasted
    "05220": (147, 9, 32, 249, 99),     # turkey breast, roasted
    "23565": (230, 16, 27, 433, 87),    # ground beef 90 %, crumbles
    "23560": (193, 9, 28, 459, 85),     # ground beef 95 %, crumbles
    "13454": (183, 20, 26, 393, 64),    # top sirloin steak, lean, broiled
    "15237": (206, 15, 30, 384, 61),    # salmon, farmed, cooked
    "15121": (86, 17, 23, 179, 247),    # tuna, canned in water
    "15016": (105, 14, 42, 244, 78),    # cod, cooked
    "01123": (143, 56, 12, 138, 142),   # egg, whole, raw
    "01124": (52, 7, 11, 163, 166),     # egg white, raw
    "01256": (59, 110, 11, 141, 36),    # greek yogurt, plain, nonfat
    "01015": (81, 111, 9, 125, 308),    # cottage cheese 2 %
    "01079": (50, 120, 11, 140, 47),    # milk 2 %
    "01009": (404, 710, 27, 76, 653),   # cheddar
    "14066": (352, 469, 195, 500, 156),  # whey-based protein powder
    "08120": (379, 52, 138, 362, 6),    # oats, dry
    "08037": (489, 76, 168, 539, 26),   # granola
    "20045": (130, 10, 12, 35, 1),      # white rice, cooked
    "20037": (123, 3, 39, 86, 4),       # brown rice, cooked
    "20137": (120, 17, 64, 172, 7),     # quinoa, cooked
    "20421": (158, 7, 18, 44, 1),       # pasta, cooked
    "18075": (252, 161, 75, 254, 455),  # whole-wheat bread
    "18406": (275, 18, 29, 101, 534),   # bagel, plain
    "19413": (385, 9, 114, 275, 167),   # rice cakes
    "11674": (93, 15, 28, 535, 10),     # potato, baked
    "11508": (90, 38, 27, 475, 36),     # sweet potato, baked
    "11091": (35, 40, 21, 293, 41),     # broccoli, cooked
    "11457": (23, 99, 79, 558, 79),     # spinach, raw
    "11053": (35, 44, 18, 146, 1),      # green beans, cooked
    "11012": (22, 23, 14, 224, 14),     # asparagus, cooked
    "11251": (17, 33, 14, 247, 8),      # romaine
    "11205": (15, 16, 13, 147, 2),      # cucumber
    "11124": (41, 33, 12, 320, 69),     # carrots
    "11529": (18, 10, 11, 237, 5),      # tomato
    "09040": (89, 5, 27, 358, 1),       # banana
    "09003": (52, 6, 5, 107, 1),        # apple
    "09050": (57, 6, 6, 77, 1),         # blueberries
    "09316": (32, 16, 13, 153, 1),      # strawberries
    "09037": (160, 12, 29, 485, 7),     # avocado
    "12061": (579, 269, 270, 733, 1),   # almonds
    "12014": (559, 46, 592, 809, 7),    # pumpkin seeds
    "16098": (598, 49, 168, 558, 426),  # peanut butter
    "19904": (598, 73, 228, 715, 20),   # dark chocolate 70-85 %
    "19002": (410, 20, 51, 597, 2081),  # beef jerky
    "19296": (304, 6, 2, 52, 4),        # honey
    "04053": (884, 1, 0, 1, 2),         # olive oil
    "16015": (132, 27, 70, 355, 1),     # black beans, cooked
    "21089": (308, 119, 26, 196, 515),  # cheeseburger, fast food
    "11403": (158, 12, 24, 478, 324),   # french fries, frozen, oven-heated
    "21060": (206, 52, 40, 301, 454),   # burrito with beans
    "11937": (12, 57, 7, 117, 809),     # dill pickles
}
# names a person types by hand that the product resolves uniquely to the same SR28 food
_FOOD_NAMES = {"09040": "banana", "05064": "chicken breast", "20045": "white rice",
               "01123": "eggs", "01256": "greek yogurt", "01079": "milk",
               "11508": "sweet potato", "11674": "potato", "15237": "salmon", "15121": "tuna",
               "12061": "almonds", "16098": "peanut butter", "09037": "avocado",
               "09003": "apple", "18075": "whole wheat bread", "01015": "cottage cheese",
               "19002": "beef jerky", "20037": "brown rice", "09316": "strawberries",
               "11457": "spinach", "11937": "pickles", "19413": "rice cakes", "19296": "honey"}

# meal templates: slot -> diet -> list of (label, [(ndb, grams)])
_MEALS = {
    "breakfast": {
        "normal": [("oats bowl", [("08120", 80), ("14066", 30), ("01079", 250), ("09040", 120),
                                   ("09050", 60)]),
                   ("eggs on toast", [("01123", 150), ("01124", 120), ("18075", 70),
                                      ("01009", 25), ("09037", 50)]),
                   ("yogurt bowl", [("01256", 250), ("08037", 45), ("09316", 120),
                                    ("19296", 12)]),
                   ("bagel & eggs", [("18406", 100), ("01123", 100), ("01009", 20),
                                     ("09040", 100)])],
        "poor": [("egg whites + bagel", [("01124", 300), ("18406", 90)]),
                 ("egg whites + rice", [("01124", 250), ("20045", 130)]),
                 ("egg white omelette", [("01124", 330), ("11205", 60)])],
    },
    "lunch": {
        "normal": [("chicken rice broccoli", [("05064", 200), ("20045", 250), ("11091", 150)]),
                   ("beef rice spinach", [("23565", 180), ("20045", 200), ("11457", 60)]),
                   ("turkey sweet potato", [("05220", 180), ("11508", 250), ("11053", 120)]),
                   ("tuna pasta", [("15121", 150), ("20421", 200), ("11529", 100),
                                   ("04053", 10)]),
                   ("salmon potato", [("15237", 170), ("11674", 250), ("11012", 120)]),
                   ("burrito", [("21060", 350)])],
        "poor": [("chicken & rice", [("05064", 220), ("20045", 200), ("11205", 80)]),
                 ("turkey & rice", [("05220", 200), ("20045", 180)]),
                 ("chicken & pasta", [("05064", 200), ("20421", 160)]),
                 ("tuna & rice", [("15121", 150), ("20045", 170)])],
    },
    "snack": {
        "normal": [("almonds + apple", [("12061", 30), ("09003", 180)]),
                   ("cottage cheese", [("01015", 200), ("09316", 80)]),
                   ("PB rice cakes", [("16098", 32), ("19413", 20), ("09040", 120)]),
                   ("jerky", [("19002", 40)]),
                   ("greek yogurt", [("01256", 200), ("19296", 10)]),
                   ("milk + banana", [("01079", 400), ("09040", 120)]),
                   ("choc + seeds", [("19904", 25), ("12014", 20)])],
        "poor": [("jerky", [("19002", 30)]), ("tuna", [("15121", 110)]),
                 ("egg whites", [("01124", 150)])],
    },
    "shake": {
        "normal": [("whey + milk", [("14066", 35), ("01079", 300)]),
                   ("whey", [("14066", 40)]),
                   ("whey, banana, oats", [("14066", 30), ("09040", 120), ("08120", 40)])],
        "poor": [],
    },
    "dinner": {
        "normal": [("steak & potato", [("13454", 220), ("11674", 300), ("11251", 80),
                                       ("04053", 10)]),
                   ("chicken thigh, brown rice", [("05098", 200), ("20037", 200),
                                                  ("11124", 100)]),
                   ("salmon quinoa", [("15237", 180), ("20137", 180), ("11457", 80)]),
                   ("bolognese", [("20421", 250), ("23565", 150), ("11529", 150),
                                  ("01009", 20)]),
                   ("chicken sweet potato", [("05064", 220), ("11508", 250), ("11091", 150)]),
                   ("beans & beef bowl", [("23560", 180), ("16015", 120), ("20045", 150),
                                          ("09037", 60)])],
        "cheat": [("burger & fries", [("21089", 250), ("11403", 180)])],
        "poor": [("chicken, rice, beans", [("05064", 220), ("20045", 180), ("11053", 60)]),
                 ("turkey & rice", [("05220", 200), ("20045", 150), ("11012", 60)]),
                 ("lean beef & rice", [("23560", 170), ("20045", 150)])],
    },
}


def _meal_kcal(items):
    return sum(_FOODS[n][0] * g / 100.0 for n, g in items)


# --------------------------------------------------------------------------------------------
# Training vocabulary
# --------------------------------------------------------------------------------------------

_BB_DAYS = {
    "push": (["chest", "shoulder", "triceps"],
             "Push: flat bench, incline DB, seated OHP, laterals, rope pushdowns"),
    "pull": (["upper_back", "biceps", "forearm", "lower_back"],
             "Pull: rack pulls, chest-supported rows, pulldowns, EZ curls"),
    "legs": (["quadriceps", "hamstring", "glute", "calf", "adductor"],
             "Legs: squat, leg press, RDL, lying leg curl, standing calf raise"),
    "chest": (["chest", "triceps", "shoulder"], "Chest: incline bench, flyes, dips, pec deck"),
    "back": (["upper_back", "lower_back", "biceps", "forearm"],
             "Back: deadlift, T-bar row, pull-ups, straight-arm pulldown"),
    "shoulders": (["shoulder", "neck", "triceps"],
                  "Shoulders: OHP, laterals 5x15, rear delts, shrugs"),
    "arms": (["biceps", "triceps", "forearm"], "Arms: supersets, curls, skulls, hammer curls"),
    "upper": (["chest", "upper_back", "shoulder", "biceps", "triceps"],
              "Upper: bench, rows, OHP, pull-ups, arms"),
    "lower": (["quadriceps", "hamstring", "glute", "calf", "abdomen"],
              "Lower: hack squat, RDL, leg ext, leg curl, calves, abs"),
    "chest_back": (["chest", "upper_back", "lower_back"], "Chest & back supersets"),
    "shoulders_arms": (["shoulder", "biceps", "triceps", "forearm"], "Delts & arms"),
}
_BB_SPLITS = {
    "ppl": ["push", "pull", "legs", "push", "pull", "legs", None],
    "bro": ["chest", "back", "shoulders", "legs", "arms", None, None],
    "ul": ["upper", "lower", None, "upper", "lower", "arms", None],
    "arnold": ["chest_back", "shoulders_arms", "legs", "chest_back", "shoulders_arms", "legs",
               None],
}
_PL_DAYS = {
    "squat": (["quadriceps", "glute", "adductor", "lower_back", "abdomen"],
              "Squat {s}x{r} @ {p}%, pause squat 3x3, leg press"),
    "bench": (["chest", "triceps", "shoulder"], "Bench {s}x{r} @ {p}%, close-grip, DB rows"),
    "deadlift": (["hamstring", "glute", "lower_back", "upper_back", "forearm"],
                 "Deadlift {s}x{r} @ {p}%, RDL, pull-ups"),
    "bench2": (["chest", "shoulder", "triceps", "upper_back", "biceps"],
               "Bench volume {s}x{r}, OHP, rows, curls"),
    "squat2": (["quadriceps", "glute", "adductor", "calf"], "Light squats, lunges, calves"),
}
_PL_WEEK = ["squat", "bench", None, "deadlift", None, "bench2", None]

_WODS = [
    ("Thrusters + pull-ups (Fran-style), then strict press", "crossfit",
     ["quadriceps", "glute", "shoulder", "upper_back", "biceps"], False),
    ("EMOM power cleans + burpees", "crossfit",
     ["quadriceps", "hamstring", "glute", "lower_back", "shoulder", "chest"], False),
    ("Double-unders, box jumps, KB swings", "crossfit",
     ["calf", "quadriceps", "hamstring", "glute", "shoulder"], False),
    ("400 m runs + wall balls", "crossfit", ["calf", "quadriceps", "glute", "shoulder"], True),
    ("Row, toes-to-bar, DB snatch", "crossfit",
     ["upper_back", "abdomen", "hip_flexor", "shoulder", "hamstring"], False),
    ("Deadlifts + HSPU", "crossfit",
     ["hamstring", "glute", "lower_back", "shoulder", "triceps", "forearm"], False),
    ("Back squat 5x3 + short metcon", "crossfit",
     ["quadriceps", "glute", "adductor", "abdomen"], False),
    ("Gymnastics: muscle-ups, pull-ups, ring dips", "crossfit",
     ["upper_back", "biceps", "triceps", "chest", "forearm", "abdomen"], False),
    ("Assault bike intervals + walking lunges", "hiit",
     ["quadriceps", "glute", "hamstring", "calf"], False),
    ("Front squats + burpee box jump overs", "crossfit",
     ["quadriceps", "glute", "calf", "chest"], False),
    ("Clean & jerk ladder (Grace-style)", "crossfit",
     ["quadriceps", "glute", "shoulder", "lower_back", "upper_back"], False),
    ("5 km run", "running", ["calf", "quadriceps", "hamstring"], True),
    ("2k row test + core", "rowing", ["upper_back", "quadriceps", "hamstring", "abdomen"], False),
]
_LONG_WODS = [
    ("Murph (partitioned, 10 kg vest)", "crossfit",
     ["upper_back", "chest", "triceps", "quadriceps", "calf", "biceps"], True),
    ("Partner chipper, 45 min cap", "crossfit",
     ["quadriceps", "glute", "shoulder", "upper_back", "calf"], False),
    ("Hero WOD: run, thrusters, pull-ups", "crossfit",
     ["calf", "quadriceps", "shoulder", "upper_back", "biceps"], True),
    ("Team WOD + 10 km bike", "crossfit", ["quadriceps", "glute", "hamstring", "calf"], True),
]
_CARDIO = [("walking", None, "incline treadmill walk"), ("elliptical", None, "elliptical"),
           ("cycling", ["quadriceps", "glute"], "bike, zone 2"),
           ("other", ["calf", "glute", "quadriceps"], "stairmaster")]

_ACT_SWEAT = {"strength": 0.55, "crossfit": 1.0, "hiit": 1.05, "running": 1.1, "rowing": 1.0,
              "walking": 0.45, "elliptical": 0.8, "cycling": 0.85, "other": 0.75}
_ACT_HR = {"strength": 112, "crossfit": 148, "hiit": 150, "running": 152, "rowing": 145,
           "walking": 108, "elliptical": 128, "cycling": 126, "other": 132}

_MED_CRAMP = [  # name, notes, min age, planted-capable
    ("atorvastatin", "20 mg at night, GP started it for high LDL", 35),
    ("rosuvastatin", "10 mg daily for cholesterol", 35),
    ("hydrochlorothiazide", "25 mg mornings, blood pressure", 28),
    ("chlorthalidone", "12.5 mg daily, blood pressure", 30),
    ("spironolactone", "50 mg daily", 20),
    ("salmeterol", "salmeterol/fluticasone inhaler 2 puffs twice a day, exercise asthma", 18),
    ("formoterol", "budesonide/formoterol inhaler twice daily, asthma flare", 18),
    ("naproxen", "500 mg twice a day for elbow tendinopathy (physio said 4-6 weeks)", 18),
]
_MED_BENIGN = [("cetirizine", "hay fever"), ("ibuprofen", "tweaked lower back"),
               ("amoxicillin", "tooth infection"), ("loratadine", "allergies"),
               ("finasteride", "1 mg daily, hair"), ("paracetamol", "flu")]


def _clip(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


def _heat_index(t, rh):
    """Heat index in C (Rothfusz regression; t in C, rh in %)."""
    if t < 26.0 or rh is None:
        return t
    f = t * 9 / 5 + 32
    hi = (-42.379 + 2.04901523 * f + 10.14333127 * rh - 0.22475541 * f * rh
          - 6.83783e-3 * f * f - 5.481717e-2 * rh * rh + 1.22874e-3 * f * f * rh
          + 8.5282e-4 * f * rh * rh - 1.99e-6 * f * f * rh * rh)
    return max(t, (hi - 32) * 5 / 9)


# --------------------------------------------------------------------------------------------
# The generator
# --------------------------------------------------------------------------------------------

class _Gen:
    def __init__(self, cause, rng: random.Random, dry: bool = False):
        self.cause = cause
        self.r = rng
        self.dry = dry
        self.objs: list[dict] = []
        self._persona()
        self._calendar()
        self.rn = random.Random(self.r.getrandbits(64))

    # ---------------------------------------------------------------- persona
    def _persona(self):
        r, c = self.r, self.cause
        self.arch = r.choices(["bodybuilder", "powerlifter", "crossfit"], [35, 25, 40])[0]
        self.sex = "male" if r.random() < 0.72 else "female"
        self.age = r.randint(20, 48)
        if c == "medication" and r.random() < 0.4:
            self.age = r.randint(36, 54)
        if c == "heat" and r.random() < 0.8:
            hot = r.choice(_HOT_CITIES)
            self.city = next(x for x in _CITIES if x[0] == hot)
        else:
            self.city = r.choice(_CITIES)
        (_, self.zone, self.t_mean, self.t_amp, self.t_rng, self.rh_mean, self.us,
         self.south, self.t_sd) = self.city
        m = self.sex == "male"
        base = {"bodybuilder": (88, 10) if m else (62, 6), "powerlifter": (95, 14) if m else (70, 9),
                "crossfit": (82, 7) if m else (63, 5)}[self.arch]
        self.mass0 = round(_clip(r.gauss(*base), 48, 140), 1)
        self.height = round(_clip(r.gauss(178 if m else 165, 7), 150, 200))
        if self.arch == "crossfit":
            self.env = r.choices(["box_no_ac", "box_ac", "garage"], [60, 28, 12])[0]
        elif self.arch == "powerlifter":
            self.env = r.choices(["commercial", "garage", "box_no_ac"], [50, 30, 20])[0]
        else:
            self.env = r.choices(["commercial", "garage"], [82, 18])[0]
        if c == "heat" and self.env in ("commercial", "box_ac") and r.random() < 0.7:
            self.env = r.choice(["box_no_ac", "garage"])
        self.device = r.choices(["garmin", "apple", "whoop", "none"], [35, 35, 15, 15])[0]
        self.hand_temp_p = 0.0 if r.random() < 0.6 else r.uniform(0.2, 0.6)
        if c == "heat":
            if self.device not in ("garmin",) and r.random() < 0.5:
                self.device = "garmin"
            self.hand_temp_p = max(self.hand_temp_p, r.uniform(0.3, 0.7))
        self.habit = r.choices(["early", "noon", "evening"], [35, 15, 50])[0]
        self.wake0 = {"early": 5.0, "noon": 6.6, "evening": 6.6}[self.habit] + r.uniform(-0.3, 0.5)
        self.sleep_h0 = r.uniform(6.6, 8.1)
        self.short_p = r.uniform(0.03, 0.11)
        self.tracker_cov = r.uniform(0.82, 0.97) if self.device != "none" else 0.0
        self.hand_sleep_p = r.uniform(0.35, 0.7) if self.device == "none" else 0.0
        if c == "sleep_debt":
            self.short_p = r.uniform(0.10, 0.16)
            if self.device == "none":
                self.device = r.choice(["whoop", "garmin", "apple"])
            self.tracker_cov = max(self.tracker_cov, r.uniform(0.88, 0.97))
        # sweat, drinking, weighing
        self.sweat_base = r.uniform(0.6, 1.25) * (1.0 if m else 0.8)
        self.drink_mlh = r.uniform(250, 850)
        self.p_elec = 0.0 if r.random() < 0.3 else r.uniform(0.1, 0.6)
        self.p_log_fluid = r.uniform(0.3, 0.9)
        self.p_weigh = 0.0 if r.random() < 0.35 else r.uniform(0.15, 0.7)
        self.p_sauna = 0.0 if r.random() < 0.55 else r.uniform(0.1, 0.45)
        self.p_forget = r.uniform(0.02, 0.1)
        self.p_salt = 0.0 if r.random() < 0.85 else r.uniform(0.1, 0.4)
        self.p_suit = 0.0 if (r.random() < 0.9 or self.arch == "crossfit") else r.uniform(0.3, 0.7)
        self.sauna_long = False
        if c == "dehydration":
            self.p_weigh = r.uniform(0.5, 0.85)
            self.drink_mlh = r.uniform(150, 380)
            self.p_sauna = r.uniform(0.25, 0.5)
            self.p_forget = r.uniform(0.08, 0.15)
            self.sweat_base = max(self.sweat_base, r.uniform(0.9, 1.3))
            self.sauna_long = r.random() < 0.6
            if self.arch != "crossfit":
                self.sauna_long = True
                self.p_sauna = r.uniform(0.35, 0.6)
                self.drink_mlh = r.uniform(100, 300)
                if r.random() < 0.6:
                    self.p_suit = r.uniform(0.4, 0.8)
        if c == "electrolyte_loss":
            self.sweat_base = r.uniform(1.2, 1.6)
            self.drink_mlh = r.uniform(650, 1000)
            self.p_elec = r.uniform(0.2, 0.45)
            self.p_log_fluid = r.uniform(0.75, 0.95)
            self.p_salt = 0.0
        if c == "heat":
            self.drink_mlh = max(self.drink_mlh, r.uniform(600, 950))
            self.p_elec = max(self.p_elec, r.uniform(0.3, 0.6))
        # training style
        self.dur_f = r.uniform(0.88, 1.15)
        self.rpe0 = {"bodybuilder": 7.4, "powerlifter": 7.7, "crossfit": 8.0}[self.arch] + r.uniform(-0.5, 0.4)
        self.p_skip = r.uniform(0.05, 0.14)
        self.p_volume = r.uniform(0.02, 0.07)   # unusually long "volume" day
        self.p_overlap = r.uniform(0.0, 0.08)   # extra pump / accessory session the next day
        self.bb_split = r.choice(list(_BB_SPLITS))
        self.bb_rotate = r.random() < 0.5
        self.return_hard_p = 0.25
        self.n_camps = 1 if r.random() < 0.25 else 0
        if c == "muscle_fatigue":
            self.p_volume = r.uniform(0.09, 0.16)
            self.p_overlap = r.uniform(0.08, 0.18)
        if c == "training_load_spike":
            self.return_hard_p = 0.85
            self.n_camps = r.randint(1, 2)
        # nutrition & supplements
        self.log_meal_p = r.uniform(0.45, 0.92)
        self.log_meal_cut_p = r.uniform(0.8, 0.98)
        self.name_p = r.uniform(0.0, 0.15)
        self.supp_log_p = r.uniform(0.3, 0.95)
        self.supps = {"creatine": r.random() < 0.7, "zma": r.random() < 0.3,
                      "multi": r.random() < 0.4, "fish_oil": r.random() < 0.4,
                      "pre": r.random() < 0.5}
        self.p_coffee = r.uniform(0.5, 0.95)
        self.p_log_water = r.uniform(0.0, 0.7)
        self.bg_rate = r.uniform(0.02, 0.05)
        self.us_str_p = r.uniform(0.4, 0.9) if self.us else 0.0
        self.scale = r.random() < 0.65   # smart scale with ids
        self.p_morning = r.uniform(0.25, 0.75)
        self.app = r.choice(["hevy", "strong"])
        self.lactose_ok = True

    # ---------------------------------------------------------------- calendar
    def _calendar(self):
        r, c = self.r, self.cause
        self.n = r.randint(110, 365)
        self.d0 = date(2023, 1, 2) + timedelta(days=r.randint(0, 1030))
        n = self.n
        self.phase = ["maint"] * n
        # bulk / cut phases
        if self.arch == "bodybuilder":
            i = 0
            cur = r.choice(["bulk", "cut", "maint"])
            while i < n:
                L = {"bulk": r.randint(56, 140), "cut": r.randint(42, 110), "maint": r.randint(14, 42)}[cur]
                for j in range(i, min(n, i + L)):
                    self.phase[j] = cur
                i += L
                cur = {"bulk": "cut", "cut": "maint", "maint": "bulk"}[cur]
        else:
            if r.random() < 0.45:
                s = r.randint(0, max(0, n - 60))
                for j in range(s, min(n, s + r.randint(35, 84))):
                    self.phase[j] = "cut"
        # deficient block ("poor" diet)
        self.poor = (None, None)
        if c == "nutrient_deficiency":
            L = int(n * r.uniform(0.42, 0.6))
            s = int(n * r.uniform(0.18, 0.35))
            self.poor = (s, min(n, s + L))
        elif r.random() < 0.15:
            L = int(n * r.uniform(0.15, 0.4))
            s = r.randint(0, n - L)
            self.poor = (s, s + L)
        if self.poor[0] is not None:
            for j in range(*self.poor):
                self.phase[j] = "cut"
        # holidays and illness
        self.off = [None] * n          # None | 'vac' | 'ill'
        self.travel = [None] * n
        n_vac = (0 if n < 150 else 1) + (1 if r.random() < 0.5 else 0)
        n_ill = r.choice([0, 1, 1, 2])
        if c == "training_load_spike":
            n_vac = max(n_vac, 2 if n >= 170 else 1)
            n_ill = max(n_ill, 1)
        self.breaks = []
        for kind, cnt in (("vac", n_vac), ("ill", n_ill)):
            for _ in range(cnt):
                for _try in range(30):
                    L = r.randint(7, 14) if kind == "vac" else r.randint(3, 7)
                    s = r.randint(35, max(36, n - L - 12))
                    if all(self.off[j] is None for j in range(max(0, s - 12), min(n, s + L + 12))):
                        tz = r.choice(_TRAVEL) if (kind == "vac" and r.random() < 0.5) else None
                        if tz == self.zone:
                            tz = None
                        for j in range(s, s + L):
                            self.off[j] = kind
                            self.travel[j] = tz
                        self.breaks.append((s, s + L, kind))
                        break
        # return-hard windows and camps (extra sessions)
        self.extra = [0.0] * n
        for (s, e, kind) in self.breaks:
            if r.random() < self.return_hard_p:
                for j in range(e, min(n, e + r.randint(7, 11))):
                    self.extra[j] = r.uniform(0.6, 1.0)
        for _ in range(self.n_camps):
            for _try in range(30):
                s = r.randint(30, max(31, n - 12))
                L = r.randint(7, 11)
                if all(self.off[j] is None and self.extra[j] == 0 for j in range(s, min(n, s + L))):
                    for j in range(s, min(n, s + L)):
                        self.extra[j] = r.uniform(0.7, 1.0)
                    break
        # deloads
        self.deload = [False] * n
        if self.arch != "crossfit":
            i = r.randint(20, 50)
            while i < n:
                for j in range(i, min(n, i + 7)):
                    self.deload[j] = True
                i += r.randint(35, 56)
        # competitions
        self.comp = [None] * n
        dates = [self.d0 + timedelta(days=i) for i in range(n)]
        self.dates = dates
        if self.arch == "crossfit":
            k = r.randint(1, 3) if n > 150 else r.randint(0, 2)
            for _ in range(k):
                for _try in range(20):
                    i = r.randint(25, n - 3)
                    if dates[i].weekday() == 5 and self.off[i] is None:
                        self.comp[i] = "cf_comp"
                        break
                    elif _try > 10:
                        i2 = i + (5 - dates[i].weekday()) % 7
                        if i2 < n - 1 and self.off[i2] is None:
                            self.comp[i2] = "cf_comp"
                            break
            for i, d in enumerate(dates):
                if d.weekday() == 4 and ((d.month == 2 and d.day >= 20) or (d.month == 3 and d.day <= 25)) \
                        and self.off[i] is None and self.comp[i] is None:
                    self.comp[i] = "open"
        elif self.arch == "powerlifter":
            i = r.randint(50, 110)
            while i < n - 2:
                while i < n - 2 and dates[i].weekday() != 5:
                    i += 1
                if i < n - 2 and self.off[i] is None:
                    self.comp[i] = "meet"
                    if i - 1 >= 0:
                        self.comp[i - 1] = "weigh_in"
                    for j in range(i + 1, min(n, i + 6)):
                        self.deload[j] = True
                i += r.randint(84, 126)
        else:
            # show at the end of a cut/prep if it is long enough
            j = 0
            while j < n:
                if self.phase[j] == "cut":
                    k = j
                    while k < n and self.phase[k] == "cut":
                        k += 1
                    if k - j >= 56 and k < n - 1 and r.random() < 0.55 and self.off[k - 1] is None:
                        self.comp[k - 1] = "show"
                    j = k
                else:
                    j += 1

    # ---------------------------------------------------------------- helpers
    def _kg(self, v, hand=True):
        if hand and self.us and self.r.random() < self.us_str_p:
            return f"{v / 0.45359237:.1f} lb"
        return round(v, 1)

    def _ml(self, v, hand=True):
        if hand and self.us and self.r.random() < self.us_str_p:
            return f"{max(1, round(v / 29.5735))} oz"
        return int(round(v / 10.0) * 10) if v >= 20 else int(max(1, round(v)))

    def _temp(self, v, hand):
        if hand and self.us and self.r.random() < self.us_str_p:
            return f"{round(v * 9 / 5 + 32)} degF"
        return round(v, 1) if not hand else int(round(v))

    def _id(self, prefix, k=8):
        return f"{prefix}{self.r.getrandbits(4 * k):0{k}x}"

    def _zone(self, i):
        return self.travel[i] or self.zone

    def _emit(self, obj):
        self.objs.append(obj)

    def _outdoor_temp(self, i, hour):
        return self.tday[i] + (self.t_rng / 2.0) * math.cos(2 * math.pi * (hour - 15.0) / 24.0)

    def _outdoor_rh(self, i, hour):
        return _clip(self.rhday[i] - 1.6 * (self._outdoor_temp(i, hour) - self.tday[i]), 12, 100)

    # ---------------------------------------------------------------- simulation
    def simulate(self):
        r, n = self.r, self.n
        # weather
        self.tday, self.rhday = [], []
        anom = r.gauss(0, self.t_sd)
        for i, d in enumerate(self.dates):
            doy = d.timetuple().tm_yday
            peak = 17 if self.south else 200
            anom = 0.72 * anom + r.gauss(0, self.t_sd * 0.7)
            t = self.t_mean + self.t_amp * math.cos(2 * math.pi * (doy - peak) / 365.25) + anom
            self.tday.append(t)
            self.rhday.append(_clip(self.rh_mean + r.gauss(0, 8) - 1.2 * anom, 15, 98))
        self.sessions: list[dict] = []
        self.nights: dict[int, dict] = {}      # night starting on day i
        self.day_sessions = [[] for _ in range(n)]
        self.day_intake = [None] * n           # logged (mg) dict or None
        self.day_true = [None] * n
        mass = self.mass0
        self.mass_true = []
        rot = 0
        prev_groups_day = set()
        self.bb_cycle = [x for x in _BB_SPLITS[self.bb_split] if x]
        for i in range(n):
            d = self.dates[i]
            z = self._zone(i)
            wk = d.weekday()
            ph = self.phase[i]
            rate = {"bulk": 0.3, "cut": -0.6, "maint": 0.0}[ph]
            if self.poor[0] is not None and self.poor[0] <= i < self.poor[1]:
                rate = -0.75
            if self.off[i] == "vac":
                rate = 0.2
            mass += rate / 7.0 + r.gauss(0, 0.05)
            self.mass_true.append(mass)
            # ---- wake time today and the night before (night i-1)
            weekend = wk >= 5
            wake = self.wake0 + (1.3 if weekend else 0.0) + r.gauss(0, 0.25)
            if self.off[i] is not None:
                wake = 7.3 + r.gauss(0, 0.5)
            if self.comp[i] in ("cf_comp", "meet", "show"):
                wake = min(wake, 5.8)
            wake_dt = datetime.combine(d, time(0)) + timedelta(hours=wake)
            if i >= 1:
                wake_dt = self._night(i - 1, wake)
            # ---- morning weigh-in
            p_m = self.p_morning
            if ph == "cut":
                p_m = max(p_m, 0.85)
            if self.off[i] == "vac":
                p_m = 0.03
            m_today = mass + r.gauss(0, 0.35)
            if self.comp[i] == "weigh_in":
                m_today -= mass * r.uniform(0.02, 0.035)
            if r.random() < p_m:
                t = wake_dt + timedelta(minutes=r.randint(3, 25))
                o = {"type": "body_mass", "time": _iso(z, t),
                     "kg": round(m_today, 1) if self.scale else self._kg(m_today),
                     "context": "morning"}
                if self.scale:
                    o["id"] = self._id("scale-")
                if self.comp[i] == "weigh_in":
                    o["context"] = "other"
                    o["notes"] = "official weigh-in, after water cut"
                self._emit(o)
            # ---- sessions
            plans = self._plan_day(i, rot)
            if plans and plans[0].get("rot"):
                rot += 1
            for p in plans:
                s = self._session(i, p, wake_dt, mass)
                self.sessions.append(s)
                self.day_sessions[i].append(s)
            # ---- nutrition, fluids, supplements
            if not self.dry:
                self._side_stream(self._nutrition, i, wake_dt)
                self._side_stream(self._daily_fluids, i, wake_dt)

    def _night(self, i, wake_next):
        """Night starting on day i; wake_next is the hour of waking on day i+1."""
        r = self.r
        h = self.sleep_h0 + r.gauss(0, 0.45)
        if self.dates[i].weekday() in (4, 5):
            h += 0.3
        if self.phase[i] == "cut":
            h -= 0.25
        if self.off[i] == "ill":
            h += 1.2
        reason = None
        nxt = i + 1
        if nxt < self.n and self.comp[nxt] in ("cf_comp", "meet", "show") and r.random() < 0.5:
            h = r.uniform(4.3, 6.0)
            reason = "comp nerves, early start"
        elif r.random() < self.short_p:
            h = r.uniform(3.6, 5.6)
            reason = r.choice(["late night", "work deadline", "baby up", "early flight",
                               "couldn't fall asleep", "party", "neighbours"])
        h = _clip(h, 3.0, 10.5)
        wake = datetime.combine(self.dates[i] + timedelta(days=1), time(0)) + timedelta(hours=wake_next)
        if reason in ("late night", "party", "work deadline", "couldn't fall asleep", "neighbours"):
            bed = wake - timedelta(hours=h)
        elif reason in ("baby up", "early flight", "comp nerves, early start"):
            bed_norm = wake - timedelta(hours=self.sleep_h0)
            bed = bed_norm
            wake = bed + timedelta(hours=h)
        else:
            bed = wake - timedelta(hours=h)
        q = int(_clip(round(2.3 + 0.6 * (h - 5.0) + r.gauss(0, 0.6)), 1, 5))
        z = self._zone(i)
        rec = {"bed": bed, "wake": wake, "hours": h, "q": q, "zone": z, "logged": False,
               "by_hand": False, "reason": reason}
        if self.device != "none":
            rec["logged"] = r.random() < (self.tracker_cov * (0.8 if self.off[i] == "vac" else 1.0))
        else:
            rec["logged"] = r.random() < self.hand_sleep_p
            rec["by_hand"] = True
        self.nights[i] = rec
        return wake

    # ---------------------------------------------------------------- day plan
    def _plan_day(self, i, rot):
        r = self.r
        wk = self.dates[i].weekday()
        plans = []
        comp = self.comp[i]
        if self.off[i] == "ill":
            return plans
        if self.off[i] == "vac":
            if r.random() < 0.15:
                plans.append({"kind": "hotel", "dur": r.uniform(30, 50)})
            return plans
        short_before = (i - 1) in self.nights and self.nights[i - 1]["hours"] < 5.8
        p_skip = self.p_skip + (0.15 if short_before else 0.0)
        if comp == "cf_comp":
            k = r.randint(3, 4)
            hrs = [9.0, 11.5, 14.25, 16.5][:k]
            ev = r.sample(_WODS, k)
            outdoor = r.random() < 0.45
            for h, w in zip(hrs, ev):
                plans.append({"kind": "comp_event", "wod": w, "hour": h + r.uniform(-0.2, 0.3),
                              "dur": r.uniform(8, 22), "outdoor": outdoor or w[3]})
            return plans
        if comp == "meet":
            return [{"kind": "meet", "hour": r.uniform(8.0, 9.5), "dur": r.uniform(240, 330)}]
        if comp == "show":
            return [{"kind": "show", "hour": r.uniform(10.0, 12.5), "dur": r.uniform(25, 40)}]
        if comp == "weigh_in":
            return [{"kind": "pl", "day": "squat2", "dur": r.uniform(25, 40), "light": True}]
        if self.arch == "bodybuilder":
            if self.bb_rotate:
                if wk == 6 or (wk == 5 and self.bb_split in ("bro",)):
                    day = None
                else:
                    day = self.bb_cycle[rot % len(self.bb_cycle)]
            else:
                day = _BB_SPLITS[self.bb_split][wk]
            if day and r.random() >= p_skip:
                plans.append({"kind": "bb", "day": day, "rot": self.bb_rotate})
            elif day and not self.bb_rotate:
                pass
            if self.phase[i] == "cut" and r.random() < 0.6:
                plans.append({"kind": "cardio"})
            elif r.random() < 0.12:
                plans.append({"kind": "cardio"})
        elif self.arch == "powerlifter":
            day = _PL_WEEK[wk]
            if day is None and wk == 4 and r.random() < 0.3:
                day = "squat2"
            if day and r.random() >= p_skip:
                plans.append({"kind": "pl", "day": day})
            if r.random() < (0.35 if self.phase[i] == "cut" else 0.1):
                plans.append({"kind": "cardio"})
        else:
            if wk <= 5 and r.random() >= p_skip:
                if comp == "open":
                    plans.append({"kind": "open", "wod": r.choice(_WODS[:11])})
                elif wk == 5 and r.random() < 0.35:
                    plans.append({"kind": "cf_long", "wod": r.choice(_LONG_WODS)})
                else:
                    plans.append({"kind": "cf", "wod": r.choice(_WODS)})
                if r.random() < 0.12:
                    plans.append({"kind": "cf_extra", "wod": r.choice(_WODS)})
            elif wk == 6 and r.random() < 0.2:
                plans.append({"kind": "cardio"})
        # accessory pump session next to a similar day -> same groups on consecutive days
        if plans and r.random() < self.p_overlap and self.arch != "crossfit":
            plans.append({"kind": "overlap"})
        # return-hard windows / camps: extra sessions (two-a-days)
        if self.extra[i] > 0:
            x = self.extra[i]
            if not plans or plans[0]["kind"] in ("cardio",):
                if r.random() < 0.8:
                    plans.insert(0, self._extra_plan())
            if r.random() < 0.8 * x:
                plans.append(self._extra_plan())
            for p in plans:
                p["boost"] = 1.0 + 0.25 * x
        return plans

    def _extra_plan(self):
        r = self.r
        if self.arch == "crossfit":
            return {"kind": "cf", "wod": r.choice(_WODS), "extra": True}
        if self.arch == "powerlifter":
            return {"kind": "pl", "day": r.choice(list(_PL_DAYS)), "extra": True}
        return {"kind": "bb", "day": r.choice(list(_BB_DAYS)), "extra": True}

    # ---------------------------------------------------------------- one session
    def _session(self, i, p, wake_dt, mass):
        r = self.r
        d = self.dates[i]
        z = self._zone(i)
        wk = d.weekday()
        kind = p["kind"]
        # start hour
        if "hour" in p:
            hour = p["hour"]
        elif wk >= 5:
            hour = r.uniform(8.3, 10.8)
        elif self.habit == "early":
            hour = (wake_dt.hour + wake_dt.minute / 60) + r.uniform(0.4, 0.8)
        elif self.habit == "noon":
            hour = r.uniform(11.7, 12.6)
        else:
            hour = r.uniform(17.0, 19.3)
        if kind in ("cardio",) and self.day_sessions[i]:
            last = self.day_sessions[i][-1]
            hour = (last["end"] - datetime.combine(d, time(0))).total_seconds() / 3600 + r.uniform(0.05, 0.2)
        elif self.day_sessions[i] and "hour" not in p:
            last = self.day_sessions[i][-1]
            gap = r.uniform(0.1, 0.3) if kind == "overlap" else r.uniform(5.0, 9.0)
            hour = (last["end"] - datetime.combine(d, time(0))).total_seconds() / 3600 + gap
            if hour > 21.5:
                hour = max(5.0, (last["start"] - datetime.combine(d, time(0))).total_seconds() / 3600 - 9.5)
        start = datetime.combine(d, time(0)) + timedelta(minutes=int(hour * 60 + r.uniform(0, 1)))
        outdoor = False
        groups, notes, activity, wod = None, None, "strength", None
        deload = self.deload[i]
        if kind == "bb":
            groups, notes = _BB_DAYS[p["day"]]
            groups = list(groups)
            if r.random() < 0.3 and "abdomen" not in groups:
                groups.append("abdomen")
            dur = r.gauss(70, 11)
        elif kind == "pl":
            groups, notes = _PL_DAYS[p["day"]]
            groups = list(groups)
            pct = r.choice([70, 75, 80, 82, 85, 87, 90])
            notes = notes.format(s=r.choice([3, 4, 5]), r=r.choice([2, 3, 4, 5, 6, 8]), p=pct)
            dur = r.gauss(105, 14) if p["day"] != "squat2" else r.gauss(55, 8)
        elif kind in ("cf", "open", "cf_extra"):
            wod = p["wod"]
            notes, activity, groups, outdoor = wod[0], wod[1], list(wod[2]), wod[3]
            dur = r.gauss(60, 4) if kind == "cf" else r.gauss(40, 6)
            if kind == "open":
                notes = "Open workout: " + notes
                dur = r.gauss(35, 5)
        elif kind == "cf_long":
            wod = p["wod"]
            notes, activity, groups, outdoor = wod[0], wod[1], list(wod[2]), wod[3]
            dur = r.gauss(80, 10)
        elif kind == "comp_event":
            wod = p["wod"]
            notes, activity, groups = "Comp event: " + wod[0], wod[1], list(wod[2])
            outdoor = p["outdoor"]
            dur = p["dur"]
        elif kind == "meet":
            groups = ["quadriceps", "glute", "hamstring", "lower_back", "chest", "triceps",
                      "shoulder", "upper_back", "forearm"]
            notes = "Meet day: S {} / B {} / D {}".format(*(round(mass * f / 2.5) * 2.5 for f in (2.2, 1.45, 2.5)))
            dur = p["dur"]
        elif kind == "show":
            groups = ["chest", "shoulder", "biceps", "triceps", "upper_back", "quadriceps"]
            notes = "Show day: pump-up backstage, posing"
            dur = p["dur"]
        elif kind == "hotel":
            groups = ["chest", "upper_back", "shoulder", "quadriceps"]
            notes = "hotel gym, whatever they had"
            dur = p["dur"]
        elif kind == "overlap":
            prev = self.day_sessions[i - 1] if i >= 1 else []
            src = [g for s in prev for g in (s["groups"] or [])]
            todays = self.day_sessions[i][-1]["groups"] if self.day_sessions[i] else []
            pool = [g for g in src if g not in ("abdomen",)] or (todays or ["biceps", "triceps"])
            groups = sorted(set(r.sample(pool, min(len(pool), r.randint(1, 2)))))
            notes = "extra pump work: " + ", ".join(groups)
            dur = r.gauss(28, 6)
        else:  # cardio
            act, groups, notes = r.choice(_CARDIO)
            activity = act
            groups = list(groups) if groups else None
            dur = r.gauss(32, 8)
            outdoor = act in ("walking", "cycling") and r.random() < 0.35
        volume = False
        if kind in ("bb", "pl", "cf") and r.random() < self.p_volume:
            volume = True
            dur *= r.uniform(1.45, 1.8)
            notes = (notes or "") + r.choice(["; volume day, went way over", "; high-volume day, 2 extra blocks",
                                              "; 100-rep finisher", "; long session with a training partner"])
        dur *= self.dur_f * p.get("boost", 1.0)
        if deload and kind in ("bb", "pl"):
            dur *= 0.75
        dur = _clip(dur, 12, 400)
        # environment
        hh = hour + dur / 120.0
        t_out = self._outdoor_temp(i, hh)
        rh_out = self._outdoor_rh(i, hh)
        env = self.env if kind not in ("hotel", "meet", "show") else "commercial"
        if kind == "comp_event" and not outdoor:
            env = "box_no_ac"
        if outdoor:
            t_true, rh_true = t_out, rh_out
        elif env in ("commercial", "box_ac"):
            t_true = 21.0 + r.gauss(0, 1.0) + max(0.0, t_out - 30) * 0.1
            rh_true = 45 + r.gauss(0, 5)
        elif env == "box_no_ac":
            t_true = 0.72 * t_out + 0.28 * 21.0 + 1.5 + r.gauss(0, 0.8)
            rh_true = _clip(rh_out * 0.95 + 3, 15, 98)
        else:  # garage
            t_true = 0.88 * t_out + 0.12 * 19.0 + 1.0 + r.gauss(0, 0.8)
            rh_true = _clip(rh_out, 15, 98)
        # effort: longer sessions are harder; heat adds perceived effort
        base_dur = {"bb": 70, "pl": 105, "cf": 60, "cf_long": 80, "open": 35, "cf_extra": 40}.get(kind, dur)
        zd = (dur / max(1.0, base_dur * self.dur_f) - 1.0) * 3.0
        rpe = self.rpe0 + 0.55 * zd + r.gauss(0, 0.6) + 0.06 * max(0.0, t_true - 24.0)
        if kind == "cardio":
            rpe = r.uniform(3, 5.5)
        elif kind in ("comp_event", "meet"):
            rpe = r.uniform(8.8, 10)
        elif kind == "show":
            rpe = r.uniform(4, 6)
        elif kind == "hotel":
            rpe = r.uniform(5, 7)
        elif kind == "overlap":
            rpe = r.uniform(6.5, 8.5)
        if deload and kind in ("bb", "pl"):
            rpe -= 1.5
        if p.get("light"):
            rpe = r.uniform(4, 5.5)
        if (i - 1) in self.nights and self.nights[i - 1]["hours"] < 5.8:
            rpe += 0.3
        rpe = _clip(round(rpe * 2) / 2.0, 1, 10)
        end = start + timedelta(minutes=dur)
        # sweat and drinking
        act_f = _ACT_SWEAT.get(activity, 0.7)
        if kind == "meet":
            act_f = 0.25
        heat_f = max(0.7, 1.0 + 0.045 * (t_true - 20.0))
        hum_f = 1.0 + 0.004 * (rh_true - 50.0)
        sweat = self.sweat_base * act_f * (0.55 + 0.065 * rpe) * heat_f * hum_f * dur / 60.0
        sweat *= r.lognormvariate(0, 0.12)
        drink_rate = self.drink_mlh * (1.0 + 0.025 * (t_true - 20.0)) * r.lognormvariate(0, 0.25)
        fluid = drink_rate * dur / 60.0
        forgot = r.random() < self.p_forget and kind not in ("comp_event", "meet")
        if forgot:
            fluid *= r.uniform(0.0, 0.2)
        fluid = min(fluid, sweat * 1000 * 1.3 + 300)
        p_el = self.p_elec * (1.0 + 0.8 * (t_true >= 27)) + (0.15 if dur >= 90 else 0.0)
        drink = "water"
        if fluid > 0 and r.random() < min(0.95, p_el):
            drink = r.choice(["electrolyte_drink", "electrolyte_drink", "sports_drink"])
        salt = 0
        if r.random() < self.p_salt and (dur >= 80 or t_true >= 27):
            salt = r.choice([215, 250, 300, 500])
        sauna_min, sauna_sweat, sauna_fluid = 0, 0.0, 0.0
        suit = kind == "cardio" and r.random() < self.p_suit
        if suit:
            sweat *= r.uniform(1.6, 2.2)
            notes = (notes or "") + ", sauna suit"
        if kind in ("bb", "pl", "cf", "cf_long", "cardio") and r.random() < self.p_sauna * (0.5 if kind == "cardio" else 1.0):
            sauna_min = r.choice([10, 15, 15, 20, 20, 25, 30] if not self.sauna_long else [20, 25, 30, 30, 35])
            sauna_sweat = sauna_min * r.uniform(0.02, 0.035) * math.sqrt(self.sweat_base)
            sauna_fluid = r.choice([0, 0, 150, 250]) if r.random() < 0.6 else 0
        loss = sweat + 0.03 * dur / 60.0 + sauna_sweat - (fluid + sauna_fluid) / 1000.0
        s = {"i": i, "zone": z, "start": start, "end": end, "dur": dur, "kind": kind,
             "activity": activity, "groups": groups, "notes": notes, "rpe": rpe,
             "t_true": t_true, "rh_true": rh_true, "outdoor": outdoor, "sweat": sweat,
             "fluid": fluid, "drink": drink, "salt": salt, "sauna": sauna_min,
             "sauna_fluid": sauna_fluid, "loss": loss, "volume": volume, "forgot": forgot,
             "pre": None, "post": None, "t_rec": None, "rh_rec": None,
             "fluid_logged": False, "na_replaced": 0.0, "extra": p.get("extra", False)}
        self._log_session(s, mass)
        return s

    def _log_session(self, s, mass):
        r = self.r
        z = s["zone"]
        kind = s["kind"]
        o = {"type": "workout", "time": _iso(z, s["start"]), "duration_min": round(s["dur"]),
             "activity": s["activity"]}
        src = self.app if kind not in ("cardio",) else self.device
        if src in ("hevy", "strong"):
            o["id"] = self._id(f"{src}-")
        elif src in ("garmin", "apple", "whoop"):
            o["id"] = self._id(f"{src}-", 10)
        if r.random() < 0.85 or kind in ("comp_event", "meet"):
            o["rpe"] = s["rpe"]
        if s["groups"]:
            o["muscle_groups"] = s["groups"]
        if kind in ("cf", "cf_long", "open", "comp_event", "bb", "pl") and r.random() < 0.6:
            o["warm_up_min"] = r.choice([5, 8, 10, 10, 12, 15]) if kind != "comp_event" else r.choice([15, 20, 25])
        if self.device in ("garmin", "apple", "whoop") and r.random() < 0.9:
            hr = _ACT_HR.get(s["activity"], 120) + 4.0 * (s["rpe"] - 7) + 0.5 * (s["t_true"] - 22) + r.gauss(0, 5)
            o["avg_hr"] = int(_clip(round(hr), 60, 200))
        # temperature / humidity as recorded
        t_rec = rh_rec = None
        hand = False
        if self.device == "garmin" and r.random() < 0.92:
            t_rec = s["t_true"] + r.uniform(1.0, 4.0)
        elif self.device == "apple" and s["outdoor"]:
            t_rec = s["t_true"]
            rh_rec = s["rh_true"]
        if t_rec is None and r.random() < self.hand_temp_p and kind not in ("cardio", "hotel"):
            t_rec = s["t_true"] + r.gauss(0, 0.6)
            hand = True
            if r.random() < 0.3:
                rh_rec = s["rh_true"] + r.gauss(0, 4)
        if t_rec is not None:
            t_rec = _clip(t_rec, -20, 54)
            o["temperature_c"] = self._temp(t_rec, hand)
            s["t_rec"] = round(t_rec) if hand else round(t_rec, 1)
        if rh_rec is not None:
            rh_rec = int(_clip(round(rh_rec), 5, 100))
            o["humidity_pct"] = rh_rec
            s["rh_rec"] = rh_rec
        if s["activity"] in ("running",):
            o["distance_km"] = round(s["dur"] / 60.0 * r.uniform(9.5, 12.5), 2)
        notes = s["notes"]
        if s["sauna"]:
            notes = (notes + "; " if notes else "") + f"sauna {s['sauna']} min after"
        if s["forgot"] and r.random() < 0.5:
            notes = (notes + "; " if notes else "") + "forgot my water bottle"
        if s["t_true"] >= 30 and not s["outdoor"] and r.random() < 0.35:
            notes = (notes + "; " if notes else "") + r.choice(["sweating buckets", "box was an oven", "fans on full, still brutal"])
        if notes and r.random() < 0.85:
            o["notes"] = notes
        if r.random() < 0.985:
            self._emit(o)
        # duplicate from a second source (watch) now and then
        if self.device in ("garmin", "apple") and kind not in ("cardio",) and r.random() < 0.03:
            o2 = {"type": "workout", "id": self._id(f"{self.device}-", 10),
                  "time": _iso(z, s["start"] + timedelta(minutes=r.randint(-3, 3))),
                  "duration_min": round(s["dur"] + r.uniform(-4, 6)),
                  "activity": s["activity"] if s["activity"] != "strength" else "strength"}
            if "avg_hr" in o:
                o2["avg_hr"] = o["avg_hr"]
            if "temperature_c" in o and not hand:
                o2["temperature_c"] = o["temperature_c"]
            self._emit(o2)
        # fluids during the session
        if r.random() < self.p_log_fluid and s["fluid"] > 30:
            s["fluid_logged"] = True
            parts = [0.55, 0.45] if s["dur"] > 50 and r.random() < 0.6 else [1.0]
            tt = [s["start"] + timedelta(minutes=s["dur"] * 0.5), s["end"]] if len(parts) == 2 else [s["end"] - timedelta(minutes=2)]
            for frac, t in zip(parts, tt):
                ml = s["fluid"] * frac
                f = {"type": "fluid", "time": _iso(z, t), "ml": self._ml(ml), "drink": s["drink"]}
                if s["drink"] == "electrolyte_drink":
                    if r.random() < 0.6:
                        na = round(ml / 500.0 * r.choice([1000, 500, 800]))
                        f["sodium_mg"] = na
                        s["na_replaced"] += na
                    else:
                        s["na_replaced"] += ml / 1000.0 * 1000
                elif s["drink"] == "sports_drink":
                    s["na_replaced"] += ml / 1000.0 * 460
                self._emit(f)
        elif s["drink"] != "water":
            s["na_replaced"] += s["fluid"] / 1000.0 * (1000 if s["drink"] == "electrolyte_drink" else 460)
            s["na_unlogged"] = True
        if s["salt"]:
            s["na_replaced"] += s["salt"]
            if r.random() < self.supp_log_p:
                self._emit({"type": "supplement", "time": _iso(z, s["start"] + timedelta(minutes=s["dur"] * 0.4)),
                            "name": "salt tabs", "sodium_mg": s["salt"]})
        if s["sauna"] and s["sauna_fluid"] and s["fluid_logged"]:
            self._emit({"type": "fluid", "time": _iso(z, s["end"] + timedelta(minutes=s["sauna"] + 8)),
                        "ml": self._ml(s["sauna_fluid"]), "drink": "water"})
        # pre/post weigh-ins
        pw = self.p_weigh + (0.1 if s["sauna"] else 0.0)
        if kind in ("hotel", "overlap", "comp_event") or r.random() >= pw * (0.5 if kind == "cardio" else 1.0):
            return
        pre_true = self.mass_true[s["i"]] + r.gauss(0, 0.3)
        pre = pre_true + r.gauss(0, 0.08)
        post = pre_true - s["loss"] + r.gauss(0, 0.08)
        s["pre"], s["post"] = round(pre, 1), round(post, 1)
        tpre = s["start"] - timedelta(minutes=r.randint(4, 14))
        tpost = s["end"] + timedelta(minutes=r.randint(3, 12) + (s["sauna"] + 5 if s["sauna"] else 0))
        s["post_time"] = tpost
        self._emit({"type": "body_mass", "time": _iso(z, tpre), "kg": self._kg(pre), "context": "pre_workout"})
        if r.random() < 0.95:
            self._emit({"type": "body_mass", "time": _iso(z, tpost), "kg": self._kg(post), "context": "post_workout"})
        else:
            s["post"] = None

    # ---------------------------------------------------------------- food, drink, pills
    def _side_stream(self, fn, *args):
        """Food and everyday drinks use their own random stream, so that a dry run without them
        reproduces the training, sleep and episode streams exactly."""
        saved, self.r = self.r, self.rn
        try:
            fn(*args)
        finally:
            self.r = saved

    def _nutrition(self, i, wake_dt):
        r = self.r
        z = self._zone(i)
        d = self.dates[i]
        m = self.sex == "male"
        poor = self.poor[0] is not None and self.poor[0] <= i < self.poor[1]
        ph = self.phase[i]
        mass = self.mass_true[i]
        kcal_kg = {"bulk": 42, "maint": 35, "cut": 28}[ph]
        if poor:
            kcal_kg = 19
        target = kcal_kg * mass * r.uniform(0.9, 1.1)
        vac = self.off[i] == "vac"
        ill = self.off[i] == "ill"
        diet = "poor" if poor else "normal"
        # is today logged in the macro app?
        if vac:
            logged = r.random() < 0.12
        elif poor:
            logged = r.random() < max(0.88, self.log_meal_cut_p)
        elif ph == "cut":
            logged = r.random() < self.log_meal_cut_p
        else:
            logged = r.random() < self.log_meal_p
        sess = self.day_sessions[i]
        day0 = datetime.combine(d, time(0))
        slots = [("breakfast", wake_dt + timedelta(minutes=r.randint(20, 70)), 0.24),
                 ("lunch", day0 + timedelta(hours=r.uniform(12.0, 13.4)), 0.3),
                 ("snack", day0 + timedelta(hours=r.uniform(15.3, 16.6)), 0.1),
                 ("dinner", day0 + timedelta(hours=r.uniform(18.8, 20.6)), 0.3)]
        if sess and sess[0]["kind"] not in ("cardio", "hotel"):
            slots.append(("shake", sess[-1]["end"] + timedelta(minutes=r.randint(5, 30)), 0.1))
        elif self.arch == "bodybuilder" and not poor:
            slots.append(("shake", day0 + timedelta(hours=r.uniform(21.0, 21.8)), 0.08))
        if self.arch == "bodybuilder" and not poor and r.random() < 0.6:
            slots.append(("snack", day0 + timedelta(hours=r.uniform(10.0, 10.8)), 0.1))
        tot = {"kcal": 0.0, "ca": 0.0, "mg": 0.0, "k": 0.0, "na": 0.0}
        logged_tot = {"kcal": 0.0, "ca": 0.0, "mg": 0.0, "k": 0.0, "na": 0.0}
        share_sum = sum(x[2] for x in slots)
        mid = None
        for slot, t, share in slots:
            if ill and slot in ("snack", "shake"):
                continue
            opts = _MEALS[slot].get(diet) or []
            if slot == "dinner" and not poor and d.weekday() >= 4 and r.random() < 0.3:
                opts = _MEALS["dinner"]["cheat"]
            if not opts:
                continue
            label, items = r.choice(opts)
            want = target * share / share_sum
            f = _clip(want / max(50.0, _meal_kcal(items)), 0.45, 1.9)
            its = [(nb, max(5, int(round(g * f * r.uniform(0.85, 1.15) / 5.0)) * 5)) for nb, g in items]
            if slot == "shake" and self.arch == "bodybuilder":
                its = [(nb, g) for nb, g in items]
            vals = {"kcal": 0.0, "ca": 0.0, "mg": 0.0, "k": 0.0, "na": 0.0}
            for nb, g in its:
                fk, fca, fmg, fk2, fna = _FOODS[nb]
                vals["kcal"] += fk * g / 100
                vals["ca"] += fca * g / 100
                vals["mg"] += fmg * g / 100
                vals["k"] += fk2 * g / 100
                vals["na"] += fna * g / 100
            for k in tot:
                tot[k] += vals[k]
            if vac:
                # restaurant food: totals only, rarely logged
                if logged and r.random() < 0.7:
                    self._emit({"type": "meal", "time": _iso(z, t), "energy_kcal": round(vals["kcal"] * 1.3),
                                "sodium_mg": round(vals["na"] * 2 + 600), "notes": "restaurant, estimated"})
                continue
            if not logged or r.random() < 0.06:
                continue
            for k in logged_tot:
                logged_tot[k] += vals[k]
            obj = {"type": "meal", "time": _iso(z, t), "items": []}
            hand = r.random() < self.name_p
            for nb, g in its:
                if hand and nb in _FOOD_NAMES:
                    obj["items"].append({"food": _FOOD_NAMES[nb], "grams": g})
                else:
                    obj["items"].append({"ndb_no": nb, "grams": g})
            if not hand:
                obj["id"] = f"mfp-{d.isoformat()}-{slot}-{r.getrandbits(20):05x}"
            if r.random() < 0.08:
                obj["notes"] = label + (" (prep)" if poor else "")
            self._emit(obj)
            mid = t
        # supplements (stopped during a deficient block)
        sup_mg = sup_ca = 0.0
        if not vac and not ill:
            lst = []
            if self.supps["creatine"] and r.random() < 0.9:
                lst.append((wake_dt + timedelta(minutes=r.randint(30, 90)), {"name": "creatine monohydrate", "notes": "5 g"}))
            if self.supps["multi"] and not poor and r.random() < 0.8:
                lst.append((wake_dt + timedelta(minutes=r.randint(30, 90)),
                            {"name": "multivitamin", "magnesium_mg": 100, "calcium_mg": 200}))
                sup_mg += 100
                sup_ca += 200
            if self.supps["fish_oil"] and r.random() < 0.8:
                lst.append((wake_dt + timedelta(minutes=r.randint(30, 90)), {"name": "fish oil"}))
            if self.supps["pre"] and sess and sess[0]["kind"] not in ("cardio",) and r.random() < 0.7:
                lst.append((sess[0]["start"] - timedelta(minutes=r.randint(15, 30)),
                            {"name": "pre-workout", "notes": "200 mg caffeine"}))
            if self.supps["zma"] and not poor and r.random() < 0.85:
                lst.append((datetime.combine(d, time(21, 30)) + timedelta(minutes=r.randint(0, 60)),
                            {"name": "ZMA", "magnesium_mg": 450}))
                sup_mg += 450
            for t, o in lst:
                if r.random() < self.supp_log_p:
                    oo = {"type": "supplement", "time": _iso(z, t)}
                    oo.update(o)
                    self._emit(oo)
        tot["mg"] += sup_mg
        tot["ca"] += sup_ca
        self.day_true[i] = tot
        self.day_intake[i] = logged_tot if logged and not vac else None

    def _daily_fluids(self, i, wake_dt):
        r = self.r
        z = self._zone(i)
        d = self.dates[i]
        day0 = datetime.combine(d, time(0))
        if self.off[i] == "vac" and r.random() < 0.8:
            return
        if r.random() < self.p_coffee:
            self._emit({"type": "fluid", "time": _iso(z, wake_dt + timedelta(minutes=r.randint(5, 40))),
                        "ml": self._ml(r.choice([240, 300, 350, 400, 473])), "drink": "coffee"})
        if r.random() < self.p_log_water:
            for _ in range(r.randint(1, 3)):
                self._emit({"type": "fluid", "time": _iso(z, day0 + timedelta(hours=r.uniform(9, 21))),
                            "ml": self._ml(r.choice([500, 500, 750, 1000])), "drink": "water"})
        if d.weekday() in (4, 5) and r.random() < 0.2 and self.phase[i] != "cut":
            self._emit({"type": "fluid", "time": _iso(z, day0 + timedelta(hours=r.uniform(19.5, 22.5))),
                        "ml": self._ml(r.choice([330, 500, 660, 990])), "drink": "beer"})
        if r.random() < 0.12:
            self._emit({"type": "fluid", "time": _iso(z, day0 + timedelta(hours=r.uniform(13, 17))),
                        "ml": self._ml(355), "drink": "soft_drink", "notes": "diet"})
        if self.comp[i] in ("meet",) and r.random() < 0.9:
            self._emit({"type": "fluid", "time": _iso(z, wake_dt + timedelta(minutes=30)),
                        "ml": self._ml(1000), "drink": "ors", "notes": "rehydrating after weigh-in"})

    def emit_sleep(self):
        r = self.r
        for i, rec in sorted(self.nights.items()):
            if not rec["logged"]:
                continue
            z = rec["zone"]
            if rec["by_hand"]:
                o = {"type": "sleep", "time": _iso(z, rec["bed"].replace(second=0) - timedelta(minutes=rec["bed"].minute % 15)),
                     "hours": round(rec["hours"] * 2) / 2.0}
                if r.random() < 0.5:
                    o["quality"] = rec["q"]
                rec["hours_obs"] = o["hours"]
            else:
                o = {"type": "sleep", "id": self._id(f"{self.device}-sleep-", 8), "time": _iso(z, rec["bed"], True),
                     "end": _iso(z, rec["wake"], True), "quality": rec["q"]}
                rec["hours_obs"] = rec["hours"]
            if rec["reason"] and r.random() < 0.3:
                o["notes"] = rec["reason"]
            self._emit(o)

    # ---------------------------------------------------------------- medications
    def medications(self):
        r, n = self.r, self.n
        self.med_planted = None
        # benign
        for _ in range(r.choice([0, 0, 1, 1, 2])):
            name, why = r.choice(_MED_BENIGN)
            s = r.randint(-30, n - 5)
            L = {"finasteride": 999, "cetirizine": r.randint(20, 80), "loratadine": r.randint(20, 80)}.get(name, r.randint(3, 10))
            o = {"type": "medication", "name": name, "start": (self.d0 + timedelta(days=s)).isoformat(), "notes": why}
            if s + L < n:
                o["end"] = (self.d0 + timedelta(days=s + L)).isoformat()
            self._emit(o)
        cand = [m for m in _MED_CRAMP if self.age >= m[2]]
        if self.cause == "medication":
            name, why, _ = r.choice(cand)
            s = int(n * r.uniform(0.3, 0.6))
            lag = r.randint(4, 14)
            end = None
            if r.random() < 0.35 and n - s > 60:
                end = s + int((n - s) * r.uniform(0.55, 0.8))
            o = {"type": "medication", "name": name, "start": (self.d0 + timedelta(days=s)).isoformat(), "notes": why}
            if end is not None:
                o["end"] = (self.d0 + timedelta(days=end)).isoformat()
                o["notes"] = why + "; stopped (doctor switched me)"
            self._emit(o)
            self.med_planted = (s + lag, end if end is not None else n - 1)
        elif r.random() < 0.2:
            name, why, _ = r.choice(cand)
            s = r.randint(-60, n - 20)
            o = {"type": "medication", "name": name, "start": (self.d0 + timedelta(days=s)).isoformat(), "notes": why}
            if r.random() < 0.3 and s + 40 < n:
                o["end"] = (self.d0 + timedelta(days=s + r.randint(30, 60))).isoformat()
            self._emit(o)

    # ---------------------------------------------------------------- exposures (observable)
    def exposures(self):
        n = self.n
        S = self.sessions
        ex = {}
        # dehydration: observed weigh-ins, loss >= 2 %
        ex["dehydration"] = [s for s in S if s["pre"] is not None and s["post"] is not None
                             and (s["pre"] - s["post"]) / s["pre"] >= 0.02]
        # electrolyte loss: heavy sweat on plain water, sodium not replaced
        ex["electrolyte_loss"] = [s for s in S if s["sweat"] >= 1.4 and s["dur"] >= 60 and s["fluid_logged"]
                                  and s["drink"] == "water" and s["na_replaced"] < 300
                                  and s["fluid"] >= 400 * s["sweat"]]
        # heat
        def hot(s):
            if s["t_rec"] is None:
                return False
            return s["t_rec"] >= 28 or (s["rh_rec"] is not None and _heat_index(s["t_rec"], s["rh_rec"]) >= 30)
        ex["heat"] = [s for s in S if hot(s)]
        # muscle fatigue
        main = [s for s in S if s["kind"] not in ("cardio", "hotel", "comp_event", "show")]
        loads = sorted(s["dur"] * s["rpe"] for s in main)
        p90 = loads[int(0.9 * (len(loads) - 1))] if loads else 1e9
        med = {}
        for k in set(s["kind"] for s in main):
            ds = sorted(s["dur"] for s in main if s["kind"] == k)
            med[k] = ds[len(ds) // 2]
        day_load = [sum(s["dur"] * s["rpe"] for s in self.day_sessions[i]) for i in range(n)]
        dl = sorted(x for x in day_load if x > 0)
        p95d = dl[int(0.95 * (len(dl) - 1))] if dl else 1e9
        fat = []
        for s in S:
            rep = None
            if s["kind"] in ("cardio", "show", "hotel"):
                continue
            i = s["i"]
            if s["kind"] != "comp_event":
                if s["dur"] * s["rpe"] >= p90 or s["dur"] >= 1.4 * med.get(s["kind"], 1e9):
                    fat.append((s, None))
                    continue
            elif s is self.day_sessions[i][-1] and day_load[i] >= p95d:
                fat.append((s, None))
                continue
            if s["rpe"] >= 8 and s["groups"] and i >= 1:
                prime = [g for g in s["groups"][:3] if g not in ("abdomen",)]
                prevg = set()
                for ps in self.day_sessions[i - 1]:
                    if ps["rpe"] >= 8 and ps["groups"]:
                        prevg.update(ps["groups"][:3])
                rep = [g for g in prime if g in prevg]
                if rep:
                    fat.append((s, rep))
        ex["muscle_fatigue"] = fat
        # training load spike
        acwr_ok = [False] * n
        for i in range(28, n):
            acute = sum(day_load[i - 6:i + 1])
            chronic = sum(day_load[i - 27:i + 1]) / 4.0
            prev = sum(day_load[i - 27:i - 6]) / 3.0
            if chronic > 0 and prev > 0 and acute / chronic >= 1.5 and acute / prev >= 1.5:
                acwr_ok[i] = True
        self.acwr_ok = acwr_ok
        ex["training_load_spike"] = [s for s in S if acwr_ok[s["i"]] and s["kind"] not in ("cardio",)]
        # sleep debt: days after a short logged night
        hrs = sorted(rec["hours_obs"] for rec in self.nights.values() if rec["logged"])
        usual = hrs[len(hrs) // 2] if hrs else 7.5
        thr = min(6.0, usual - 1.5)
        ex["sleep_debt"] = [i + 1 for i, rec in self.nights.items()
                            if rec["logged"] and rec["hours_obs"] <= thr and i + 1 < n]
        # nutrient deficiency: inside the deficient block (from day 10) to 5 days after
        if self.poor[0] is not None and self.cause == "nutrient_deficiency":
            a, b = self.poor
            ex["nutrient_deficiency"] = [i for i in range(a + 10, min(n, b + 5)) if self.off[i] is None]
        else:
            ex["nutrient_deficiency"] = []
        # medication
        if self.med_planted:
            a, b = self.med_planted
            ex["medication"] = [i for i in range(a, min(n, b + 1))]
        else:
            ex["medication"] = []
        return ex

    # ---------------------------------------------------------------- episodes
    def _ep(self, t, z, kind, muscle, during, planted, side=None, dur_s=None, pain=None, notes=None, relief=None):
        r = self.r
        o = {"type": "episode", "time": _iso(z, t.replace(second=0) - timedelta(minutes=t.minute % 5 if r.random() < 0.6 else 0)),
             "kind": kind if r.random() < 0.85 else ("cramp" if kind == "spasm" else "fasciculation"),
             "muscle": muscle}
        if r.random() < 0.3:
            o["id"] = self._id("cw-")
        if kind == "spasm":
            if side or r.random() < 0.85:
                o["side"] = side or r.choice(["left", "right", "left", "right", "both"])
            if r.random() < 0.75:
                o["duration_s"] = dur_s if dur_s is not None else int(r.choice([20, 30, 45, 60, 90, 120, 180, 240, 300]))
            if r.random() < 0.85:
                o["pain"] = pain if pain is not None else int(_clip(round(r.gauss(6.3, 1.6)), 2, 10))
            if r.random() < 0.65:
                o["relief"] = relief or r.sample(["stretching", "stretching", "massage", "walking_it_off", "rest"], r.randint(1, 2))
                o["relief"] = sorted(set(o["relief"]))
                if r.random() < 0.7:
                    o["relieved"] = r.random() < 0.9
        else:
            if muscle != "eyelid" and r.random() < 0.5:
                o["side"] = r.choice(["left", "right"])
            if r.random() < 0.6:
                o["duration_s"] = dur_s if dur_s is not None else int(r.choice([5, 10, 20, 30, 60, 120, 300, 600, 1800]))
            if r.random() < 0.7:
                o["pain"] = int(r.choice([0, 0, 0, 1, 1, 2]))
        if during and r.random() < 0.88:
            o["during"] = during
        if r.random() < 0.12:
            o["flags"] = {"weakness": False, "swelling": False}
        if notes and r.random() < 0.6:
            o["notes"] = notes
        self._emit(o)
        self.ep_log.append((t, planted, muscle, kind))

    def _night_time(self, i):
        rec = self.nights.get(i)
        if rec is None:
            return None, None
        span = (rec["wake"] - rec["bed"]).total_seconds()
        t = rec["bed"] + timedelta(seconds=self.r.uniform(0.15, 0.9) * span)
        return t, rec["zone"]

    def background(self, count):
        r, n = self.r, self.n
        for _ in range(count):
            kind = r.choices(["night", "eyelid", "twitch", "rest", "exercise"], [35, 25, 15, 15, 10])[0]
            i = r.randrange(0, n - 1)
            z = self._zone(i)
            day0 = datetime.combine(self.dates[i], time(0))
            if kind == "night":
                t, zz = self._night_time(i)
                if t is None:
                    kind = "eyelid"
                else:
                    self._ep(t, zz, "spasm", r.choice(["calf", "calf", "calf", "foot", "toes"]), "sleep", False,
                             notes=r.choice(["woke up with the calf locked", "night cramp", None, "charley horse at 3am",
                                             "probably didn't drink enough", "need more magnesium?"]))
                    continue
            if kind == "exercise":
                if self.sessions:
                    s = r.choice(self.sessions)
                    t = s["start"] + timedelta(minutes=s["dur"] * r.uniform(0.1, 0.95))
                    g = r.choice(s["groups"]) if s["groups"] else r.choice(["calf", "hamstring", "foot"])
                    self._ep(t, s["zone"], "spasm", g, "exercise", False, pain=int(r.choice([3, 4, 5, 6, 7])),
                             notes=r.choice([None, None, "probably dehydrated", "last set, it just locked",
                                             "so hot in there", "bananas didn't help"]))
                    continue
                kind = "rest"
            t = day0 + timedelta(hours=r.uniform(8.5, 22.0))
            if kind == "eyelid":
                self._ep(t, z, "twitch", "eyelid", "rest", False, notes=r.choice([None, "left eye twitching again", "eyelid twitch on and off"]))
            elif kind == "twitch":
                self._ep(t, z, "twitch", r.choice(["calf", "quadriceps", "biceps", "triceps", "fingers", "shoulder"]), "rest", False,
                         notes=r.choice([None, None, "too much pre-workout?", "tired", "low on magnesium?"]))
            else:
                self._ep(t, z, "spasm", r.choice(["toes", "foot", "hamstring", "hand", "abdomen", "neck", "calf"]), "rest", False,
                         dur_s=int(r.choice([10, 15, 20, 30, 45, 60])),
                         notes=r.choice([None, "toes cramped putting socks on", "hammy cramped stretching in bed", "hand cramped writing"]))

    def _ep_session(self, s, muscle, planted, late=True, notes=None):
        r = self.r
        x = r.random()
        if x < 0.65:
            t = s["start"] + timedelta(minutes=s["dur"] * r.uniform(0.55, 0.98))
            self._ep(t, s["zone"], "spasm", muscle, "exercise", planted, notes=notes)
        elif x < 0.95:
            base = s.get("post_time") or s["end"] + timedelta(minutes=s["sauna"])
            t = base + timedelta(minutes=r.uniform(3, 120))
            self._ep(t, s["zone"], "spasm", muscle, "after_exercise", planted, notes=notes)
        else:
            t, z = self._night_time(s["i"])
            if t is None:
                t, z = s["end"] + timedelta(minutes=r.uniform(10, 90)), s["zone"]
                self._ep(t, z, "spasm", muscle, "after_exercise", planted, notes=notes)
            else:
                self._ep(t, z, "spasm", "calf", "sleep", planted, notes=notes)

    def plant(self, ex, K):
        r = self.r
        c = self.cause
        legs = ["calf", "calf", "calf", "hamstring", "hamstring", "quadriceps", "foot"]
        units = ex[c]
        chosen = r.sample(units, K)
        done = 0
        for u in chosen:
            if done >= K:
                break
            if c == "dehydration":
                self._ep_session(u, r.choice(legs + ["abdomen"]), True,
                                 notes=r.choice([None, "felt drained", "lost a lot in the sauna", "dry mouth, cramped"]))
            elif c == "electrolyte_loss":
                m1 = r.choice(legs + ["abdomen", "hand"])
                self._ep_session(u, m1, True, notes=r.choice([None, "salt all over my shirt", "cramped everywhere", None]))
                if done + 1 < K and r.random() < 0.2:
                    t = self.ep_log[-1][0] + timedelta(minutes=r.uniform(2, 12))
                    m2 = r.choice([m for m in ["calf", "hamstring", "quadriceps", "hand", "abdomen", "fingers"] if m != m1])
                    self._ep(t, u["zone"], "spasm", m2, "after_exercise" if t > u["end"] else "exercise", True)
                    done += 1
            elif c == "heat":
                self._ep_session(u, r.choice(legs + ["abdomen", "hand"]), True,
                                 notes=r.choice([None, "so hot in there", None, "heat was brutal"]))
            elif c in ("muscle_fatigue", "training_load_spike"):
                s = u[0] if c == "muscle_fatigue" else u
                rep = u[1] if c == "muscle_fatigue" else None
                pool = rep or [g for g in (s["groups"] or ["calf", "hamstring"]) if g != "neck"] or ["calf"]
                self._ep_session(s, r.choice(pool), True,
                                 notes=r.choice([None, "last set, it just locked", "cooked", None]))
            elif c == "sleep_debt":
                i = u
                self._ep_day(i, True, mode="sleep_debt")
            elif c in ("nutrient_deficiency", "medication"):
                self._ep_day(u, True, mode=c)
            done += 1

    def _ep_day(self, i, planted, mode):
        r = self.r
        z = self._zone(i)
        day0 = datetime.combine(self.dates[i], time(0))
        sess = [s for s in self.day_sessions[i] if s["kind"] not in ("show",)]
        if mode == "sleep_debt":
            x = r.random()
            if x < 0.4:
                rec = self.nights.get(i - 1)
                t0 = rec["wake"] if rec else day0 + timedelta(hours=7)
                self._ep(t0 + timedelta(hours=r.uniform(1.5, 12)), z, "twitch",
                         r.choice(["eyelid", "eyelid", "calf", "quadriceps", "biceps"]), "rest", True,
                         notes=r.choice([None, "running on no sleep", "tired, eye won't stop"]))
            elif x < 0.75 and sess:
                s = r.choice(sess)
                self._ep_session(s, r.choice((s["groups"] or []) + ["calf", "hamstring", "foot"]), True)
            else:
                self._ep(day0 + timedelta(hours=r.uniform(9, 21.5)), z, "spasm",
                         r.choice(["calf", "foot", "hamstring", "neck"]), "rest", True)
            return
        x = r.random()
        if mode == "nutrient_deficiency":
            if x < 0.4:
                self._ep(day0 + timedelta(hours=r.uniform(8, 22)), z, "twitch",
                         r.choice(["eyelid", "calf", "calf", "quadriceps", "fingers", "face"]), "rest", True)
                return
            if x < 0.75:
                t, zz = self._night_time(i)
                if t is not None:
                    self._ep(t, zz, "spasm", r.choice(["calf", "calf", "foot", "toes"]), "sleep", True)
                    return
            if sess:
                s = r.choice(sess)
                self._ep_session(s, r.choice(["calf", "hamstring", "foot", "hand", "fingers"]), True)
                return
            self._ep(day0 + timedelta(hours=r.uniform(8, 22)), z, "spasm", r.choice(["hand", "fingers", "foot", "toes"]), "rest", True)
            return
        # medication
        if x < 0.45:
            t, zz = self._night_time(i)
            if t is not None:
                self._ep(t, zz, "spasm", r.choice(["calf", "calf", "calf", "foot", "hamstring"]), "sleep", True,
                         notes=r.choice([None, "another night cramp", "calves again at night"]))
                return
        if x < 0.7 and sess:
            s = r.choice(sess)
            self._ep_session(s, r.choice(["calf", "hamstring", "quadriceps", "foot"]), True)
            return
        self._ep(day0 + timedelta(hours=r.uniform(8, 22)), z, "spasm",
                 r.choice(["foot", "toes", "calf", "hand"]), "rest", True,
                 notes=r.choice([None, "achy legs", None]))

    # ---------------------------------------------------------------- profile & bounds
    def finish(self):
        first = self.dates[0]
        last = self.dates[-1]
        start = _aware(self._zone(0), datetime.combine(first, time(0)))
        stop = _aware(self._zone(self.n - 1), datetime.combine(last, time(23, 59, 59)))
        prof = {"type": "profile", "sex": self.sex, "birth_year": self.d0.year - self.age,
                "body_mass_kg": round(self.mass0, 1), "height_cm": self.height, "timezone": self.zone}
        def key(o):
            t = o.get("time") or o.get("start")
            if len(t) == 10:
                return (0, datetime.fromisoformat(t + "T00:00:00+00:00"))
            return (1, datetime.fromisoformat(t))
        objs = [prof] + sorted(self.objs, key=key)
        return objs, start, stop


def _k_target(rng, n):
    hi = min(20, max(12, 9 + round(11 * (n - 110) / 255.0)))
    return rng.randint(9, hi)


def _attempt(cause, seed, attempt, dry):
    rng = random.Random(f"blind-U|{cause}|{seed}|{attempt}")
    g = _Gen(cause, rng, dry=dry)
    g.attempt = attempt
    g.simulate()
    g.emit_sleep()
    g.medications()
    ex = g.exposures()
    K = _k_target(rng, g.n)
    return g, ex, K


def _build(cause, seed):
    g, ex, K = _attempt(cause, seed, 0, False)
    chosen = 0
    if cause is not None and len(ex[cause]) < 2 * K:
        best = (len(ex[cause]) - 2 * K, 0)
        chosen = None
        for attempt in range(1, 10):
            _, ex2, K2 = _attempt(cause, seed, attempt, True)
            E = len(ex2[cause])
            if E >= 2 * K2 or (E >= 18 and attempt >= 5):
                chosen = attempt
                break
            best = max(best, (E - 2 * K2, attempt))
        if chosen is None:
            chosen = best[1]
        if chosen != 0:
            g, ex, K = _attempt(cause, seed, chosen, False)
        K = max(1, min(K, len(ex[cause]) // 2))
    g.ep_log = []
    bg = max(5, _poisson(g.r, g.bg_rate * g.n))
    g.background(bg)
    if cause is not None:
        g.plant(ex, K)
    objs, start, stop = g.finish()
    return BlindJournal(cause=cause, objects=objs, start=start, stop=stop), g, ex


def _poisson(rng, lam):
    # Knuth for small lambda, normal approximation above
    if lam > 30:
        return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


def blind_journal(cause: str | None, seed: int) -> BlindJournal:
    """One synthetic journal with ``cause`` planted (``None``: background episodes only)."""
    if cause is not None and cause not in CAUSES:
        raise ValueError(f"unknown cause {cause!r}; expected one of {CAUSES} or None")
    return _build(cause, seed)[0]
