"""Blind synthetic cramp journals with one planted cause (examiner "T").

Point of view
=============
Each journal is one person: a desk worker (25-50 years old) who took up running with a
couch-to-5k (C25K) app, ran a few weeks of "bridge" 5 k running (sometimes a parkrun) and then
followed a first half-marathon (12-14 weeks) or marathon (16-18 weeks) plan ending in the race,
with a few weeks of easy running afterwards.  They log in one simple phone app:

* enthusiastic at first (every glass of water, every meal, sleep by hand, morning weight), then
  sparser (engagement decays towards a floor, with a bump when the race plan starts), with
  whole weeks where they do not open the app at all (only automatic watch / scale syncs arrive,
  and not always);
* workouts come from the phone GPS app (C25K, no heart rate), from a GPS watch bought at some
  point (to-the-second times, avg HR, weather-service temperature and humidity, sometimes sent
  in UTC with a ``Z``), or typed by hand (rounded durations, RPE, sometimes muscle groups);
* the US / Canadian users often type imperial units ("16 oz", "165.4 lb", "84 degF", "3.1 mi");
* one holiday (often in another time zone, often hot, with long hikes, jet lag and little
  logging), sometimes a short work trip, one or two illnesses, one busy "crunch" at work (fewer
  sessions, more short nights, more take-away food), irregular sleep (late nights, insomnia,
  race nerves, hot nights), daylight saving changes, duplicated syncs and double-tapped entries;
* background episodes unrelated to any exposure, in every journal: night calf / foot / toe
  cramps at a constant rate, clusters of eyelid (and some calf / thumb) twitches, odd rest
  cramps (foot in the shower, hand while writing), and rare random cramps in any session.

Natural correlations present in every journal (null ones too): hot weather raises sweat rate
(so body-mass loss and sweat sodium loss), heart rate and RPE and makes the person drink more;
long sessions are also the hard ones and the sweaty ones; races follow short, nervous nights;
returning from an illness or a holiday often means jumping straight back into the plan (load
spikes); the work crunch brings short nights, poor diet and fewer sessions together; holidays
bring heat, jet lag and long hikes; a night cramp shortens that night's sleep a little
(reverse causation).  Every exposure (hot sessions, >= 2 % mass-loss sessions, long sweaty
plain-water sessions, unusually long / hard / back-to-back sessions, ACWR spikes, short
nights, low-intake stretches, medicines) occurs in every journal; only the planted one changes
the episode rate.

How the planted cause works
===========================
All exposures are computed from the simulated *true* state.  For the planted cause the
generator lists the exposed units (sessions or days), keeps those on days where the person
logs episodes, weights each by its severity, by how visible the exposure is in the logged data
(e.g. 1 if the pre/post weights were logged, 0.3 if not) and by the episode-logging
probability, and draws K = 9-20 linked, logged episodes (K is capped at about one per 2.2
exposed units).  The world is re-simulated with the next sub-seed (deterministically, at most
40 times, keeping the best) until the cause has enough exposed, visible units, e.g. >= 20-40
depending on the cause, so most exposed units get no episode.  This selection favours the
people to whom the cause can happen: dehydration journals are more often marathoners, heavy
sweaters and non-drinkers in warm places, heat journals more often live where summers are
hot.  Per cause:

* ``heat`` -- unit: outdoor session with apparent temperature (temperature + humidity,
  Steadman) >= 27 C; severity grows with it.  Episode during the late part of the session, in
  the hour(s) after it, or that night; calf / hamstring / quadriceps / foot.  Hot sessions on
  sports drink and well hydrated cramp too; cool long or dry sessions do not.
* ``dehydration`` -- unit: session whose true body-mass loss (sweat - fluid drunk) is >= 2 %
  of body mass; shown by ``pre_workout`` / ``post_workout`` body-mass entries (visibility 1)
  or by a long session with its (scant) fluid logged against the sweat it must have cost
  (0.6); no weights and no fluid log: 0.3.  Well-drunk hot sessions and long sessions with a bottle do not
  cramp; dry sessions in mild weather do.
* ``electrolyte_loss`` -- unit: sweat >= 1.2 L and sweat sodium loss >= 1 g (personal sweat
  sodium x sweat volume) with essentially none of it replaced: plain water or nothing (less
  than 5 % of the loss from drinks and salt capsules; a gel or two does not count).  Some
  people drink a lot of plain water (hydration vest), so many of these sessions are not
  dehydrated at all, and sessions on electrolyte drink can still be dehydrated.  Shown by
  long sweaty sessions and the drink types / salt capsules logged with them.  A quarter of the linked units give two cramps in different
  muscles ("whole-body" cramping).
* ``muscle_fatigue`` -- unit: leg session that is unusually long for this person (>= 1.5 x the
  median duration of their sessions in the previous 28 days and >= 45 min), or unusually hard
  (true RPE >= 8), or that repeats leg work on consecutive days.  Episodes late in that session
  or just after, in a worked muscle.  The ACWR does not matter.
* ``training_load_spike`` -- unit: day whose acute:chronic load ratio (7-day session-RPE x
  minutes vs the 28-day weekly mean, only once 4 weeks of history exist) is >= 1.5; session
  days weigh more than rest days.  Episodes during / after any session of the spike window
  (not only the longest one) or that night.
* ``sleep_debt`` -- unit: day after a night at least 1.5 h shorter than the person's usual
  (median of the previous 3 weeks) or under 5.25 h, shown by the logged sleep.  Episodes in the
  waking hours of that day: eyelid / calf twitches, rest cramps, or a cramp in that day's
  session.
* ``nutrient_deficiency`` -- the "crunch" diet dip is made deep and long (6-10 weeks of
  take-away and convenience food, smaller portions): unit is a day whose trailing 14-day true
  magnesium intake (food + supplements) is < 60 % of the RDA or potassium < 55 % of the AI,
  shown by fully logged meal days (USDA SR28 items).  Episodes: night cramps, twitches, rest
  and exercise cramps spread over those weeks, starting after a lag.  (Other journals have a
  shallower dip that rarely reaches these levels, and no effect.)
* ``medication`` -- a cramp-linked medicine (thiazide or thiazide-like
  or potassium-sparing diuretic, a LABA inhaler, a statin or nifedipine) is started 30-60 %
  into the journal (``medication`` entry with ``start``, sometimes an ``end``); units are the
  days on it after a lag of 4-14 days.  Episodes: mostly night leg cramps, some at rest, a
  few around sessions.  Other journals only have unrelated medicines (antihistamines,
  ibuprofen, amoxicillin, paracetamol).
* ``None`` -- nothing is planted: only the background episodes (at least 5 logged).

Pure standard library, deterministic per (cause, seed); no I/O.  Time zones are computed from
built-in EU / US / AU daylight-saving rules, so no tz database is needed.
"""

from __future__ import annotations

import hashlib
import math
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

CAUSES = ("dehydration", "electrolyte_loss", "muscle_fatigue", "training_load_spike", "heat",
          "nutrient_deficiency", "sleep_debt", "medication")


@dataclass
class BlindJournal:
    cause: str | None
    objects: list[dict]      # journal entries as JSON objects (journal.md), incl. a profile
    start: datetime          # tz-aware, the journal's observed period
    stop: datetime


# --------------------------------------------------------------------------- time zones

_ZONES = {  # name: (standard offset in minutes, DST rule)
    "Europe/London": (0, "eu"), "Europe/Berlin": (60, "eu"), "Europe/Madrid": (60, "eu"),
    "Europe/Rome": (60, "eu"), "Europe/Athens": (120, "eu"),
    "America/New_York": (-300, "us"), "America/Chicago": (-360, "us"),
    "America/Denver": (-420, "us"), "America/Phoenix": (-420, None),
    "America/Los_Angeles": (-480, "us"), "America/Toronto": (-300, "us"),
    "America/Cancun": (-300, None), "Australia/Sydney": (600, "au"), "Asia/Tokyo": (540, None),
    "Asia/Bangkok": (420, None), "Asia/Dubai": (240, None),
}


def _nth_sunday(y: int, m: int, n: int) -> int:
    if n > 0:
        d = date(y, m, 1)
        first = 1 + (6 - d.weekday()) % 7
        return first + 7 * (n - 1)
    nxt = date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)
    return nxt.day - (nxt.weekday() - 6) % 7


def _offset_min(zone: str, local: datetime) -> int:
    std, rule = _ZONES[zone]
    if rule is None:
        return std
    y = local.year
    utc = local - timedelta(minutes=std)
    if rule == "eu":
        a = datetime(y, 3, _nth_sunday(y, 3, -1), 1)
        b = datetime(y, 10, _nth_sunday(y, 10, -1), 1)
        return std + 60 if a <= utc < b else std
    if rule == "us":
        a = datetime(y, 3, _nth_sunday(y, 3, 2), 2) - timedelta(minutes=std)
        b = datetime(y, 11, _nth_sunday(y, 11, 1), 2) - timedelta(minutes=std + 60)
        return std + 60 if a <= utc < b else std
    a = datetime(y, 4, _nth_sunday(y, 4, 1), 3) - timedelta(minutes=std + 60)
    b = datetime(y, 10, _nth_sunday(y, 10, 1), 2) - timedelta(minutes=std)
    return std if a <= utc < b else std + 60


def _aware(local: datetime, zone: str) -> datetime:
    return local.replace(tzinfo=timezone(timedelta(minutes=_offset_min(zone, local))))


def _to_local(moment: datetime, zone: str) -> datetime:
    utc = moment.astimezone(timezone.utc).replace(tzinfo=None)
    guess = utc + timedelta(minutes=_ZONES[zone][0])
    return utc + timedelta(minutes=_offset_min(zone, guess))


def _iso(local: datetime, zone: str, style: str = "min") -> str:
    a = _aware(local, zone)
    if style == "utc":
        return a.astimezone(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    if style == "sec":
        return a.replace(microsecond=0).isoformat()
    return a.replace(second=0, microsecond=0).isoformat(timespec="minutes")


# --------------------------------------------------------------------------- climate

# monthly mean daily max, mean daily min (C), mean relative humidity (%)
_CLIMATE = {
    "Europe/London": ([8, 9, 12, 15, 18, 21, 23, 23, 20, 16, 11, 9],
                      [3, 3, 4, 6, 9, 12, 14, 14, 12, 9, 6, 4],
                      [82, 78, 74, 70, 70, 70, 70, 72, 76, 80, 84, 84]),
    "Europe/Berlin": ([3, 5, 9, 15, 19, 23, 25, 24, 20, 14, 8, 4],
                      [-2, -1, 2, 5, 9, 12, 14, 14, 11, 7, 3, 0],
                      [85, 80, 75, 68, 67, 67, 68, 70, 76, 82, 86, 87]),
    "Europe/Madrid": ([10, 12, 16, 18, 22, 28, 32, 31, 26, 19, 13, 10],
                      [3, 3, 6, 8, 11, 16, 19, 19, 15, 11, 6, 3],
                      [72, 66, 58, 57, 53, 45, 38, 40, 50, 63, 70, 74]),
    "Europe/Rome": ([12, 13, 16, 19, 23, 28, 31, 31, 27, 22, 16, 13],
                    [3, 4, 6, 8, 12, 16, 18, 18, 15, 12, 7, 4],
                    [75, 72, 70, 70, 68, 63, 58, 60, 66, 72, 76, 77]),
    "Europe/Athens": ([13, 14, 16, 20, 25, 30, 33, 33, 29, 24, 19, 15],
                      [7, 7, 9, 12, 16, 20, 23, 23, 20, 16, 12, 9],
                      [70, 68, 65, 60, 55, 48, 45, 46, 53, 63, 70, 72]),
    "America/New_York": ([4, 6, 10, 17, 22, 27, 29, 28, 25, 18, 12, 6],
                         [-3, -2, 2, 8, 13, 18, 21, 21, 17, 11, 5, 0],
                         [62, 60, 58, 56, 62, 65, 66, 68, 68, 66, 64, 64]),
    "America/Chicago": ([0, 2, 9, 16, 22, 27, 29, 28, 24, 17, 9, 2],
                        [-8, -6, -1, 5, 10, 16, 19, 18, 14, 7, 1, -5],
                        [72, 70, 68, 63, 63, 66, 68, 71, 70, 67, 72, 75]),
    "America/Denver": ([7, 8, 12, 16, 21, 28, 31, 30, 25, 18, 11, 7],
                       [-7, -6, -2, 1, 7, 12, 15, 14, 9, 3, -3, -7],
                       [55, 55, 52, 48, 48, 42, 42, 45, 45, 46, 54, 56]),
    "America/Phoenix": ([19, 21, 25, 29, 35, 40, 41, 40, 37, 31, 24, 19],
                        [8, 10, 12, 16, 21, 26, 29, 29, 25, 18, 12, 8],
                        [48, 42, 36, 26, 20, 17, 30, 35, 33, 34, 40, 48]),
    "America/Los_Angeles": ([20, 20, 21, 22, 23, 25, 28, 29, 28, 25, 22, 19],
                            [9, 10, 11, 12, 15, 17, 19, 19, 18, 15, 11, 9],
                            [60, 64, 67, 68, 71, 73, 72, 72, 71, 68, 63, 59]),
    "America/Toronto": ([-1, 0, 5, 12, 19, 24, 27, 26, 21, 14, 7, 2],
                        [-7, -6, -2, 4, 10, 15, 18, 17, 13, 7, 1, -4],
                        [75, 72, 68, 64, 64, 66, 68, 71, 73, 73, 76, 78]),
    "America/Cancun": ([28, 29, 30, 31, 32, 33, 33, 33, 32, 31, 30, 28],
                       [20, 20, 21, 23, 24, 25, 25, 25, 24, 23, 22, 21],
                       [78, 76, 75, 74, 76, 79, 78, 78, 80, 81, 79, 78]),
    "Australia/Sydney": ([26, 26, 25, 23, 20, 18, 17, 19, 21, 23, 24, 25],
                         [19, 19, 18, 15, 12, 10, 8, 9, 11, 14, 16, 18],
                         [68, 71, 70, 68, 68, 67, 63, 58, 58, 60, 64, 65]),
    "Asia/Tokyo": ([10, 10, 14, 19, 23, 26, 30, 31, 27, 22, 17, 12],
                   [2, 2, 5, 10, 15, 19, 23, 24, 21, 15, 9, 4],
                   [52, 53, 58, 63, 68, 75, 77, 74, 74, 68, 63, 56]),
    "Asia/Bangkok": ([32, 33, 34, 35, 34, 33, 33, 32, 32, 32, 32, 31],
                     [22, 24, 26, 27, 27, 26, 26, 26, 25, 25, 23, 21],
                     [68, 70, 70, 72, 75, 76, 76, 78, 80, 79, 72, 66]),
    "Asia/Dubai": ([24, 25, 28, 33, 38, 40, 41, 41, 39, 35, 30, 26],
                   [14, 15, 18, 21, 25, 28, 30, 30, 27, 23, 19, 16],
                   [65, 65, 62, 55, 53, 58, 58, 60, 63, 62, 62, 64]),
}

_HOMES = [  # zone, weight, imperial liquids/temps/distances, mass in lb, hemisphere
    ("Europe/London", 12, False, False, "N"), ("Europe/Berlin", 9, False, False, "N"),
    ("Europe/Madrid", 9, False, False, "N"), ("America/New_York", 13, True, True, "N"),
    ("America/Chicago", 9, True, True, "N"), ("America/Denver", 4, True, True, "N"),
    ("America/Phoenix", 5, True, True, "N"), ("America/Los_Angeles", 5, True, True, "N"),
    ("America/Toronto", 8, False, True, "N"), ("Australia/Sydney", 9, False, False, "S"),
    ("Asia/Tokyo", 7, False, False, "N"),
]

_TRIPS = {
    "Europe/London": ["Europe/Athens", "Europe/Rome", "America/New_York", "Asia/Dubai", "Europe/Madrid"],
    "Europe/Berlin": ["Europe/Athens", "Europe/Rome", "America/New_York", "Asia/Bangkok", "Europe/Madrid"],
    "Europe/Madrid": ["Europe/Athens", "Europe/London", "America/New_York", "America/Cancun"],
    "America/New_York": ["America/Cancun", "Europe/Rome", "America/Los_Angeles", "America/Phoenix"],
    "America/Chicago": ["America/Cancun", "America/Los_Angeles", "Europe/Rome", "America/New_York"],
    "America/Denver": ["America/Cancun", "America/New_York", "America/Los_Angeles"],
    "America/Phoenix": ["America/Los_Angeles", "America/Cancun", "America/Chicago", "Europe/London"],
    "America/Los_Angeles": ["America/Cancun", "America/New_York", "Asia/Tokyo", "America/Phoenix"],
    "America/Toronto": ["America/Cancun", "Europe/London", "America/New_York", "America/Los_Angeles"],
    "Australia/Sydney": ["Asia/Bangkok", "Asia/Tokyo", "America/Los_Angeles", "Australia/Sydney"],
    "Asia/Tokyo": ["Asia/Bangkok", "America/Los_Angeles", "Asia/Dubai", "Australia/Sydney"],
}


def _clim(zone: str, d: date):
    tmax, tmin, rh = _CLIMATE[zone]
    # interpolate between mid-month values
    x = (d.timetuple().tm_yday - 15.5) / 30.44
    i = math.floor(x)
    f = x - i
    a, b = i % 12, (i + 1) % 12
    return (tmax[a] * (1 - f) + tmax[b] * f, tmin[a] * (1 - f) + tmin[b] * f,
            rh[a] * (1 - f) + rh[b] * f)


def _shape(hour: float) -> float:
    """0 at ~05:00, 1 at ~15:00."""
    h = hour % 24
    if 5 <= h <= 15:
        return 0.5 - 0.5 * math.cos(math.pi * (h - 5) / 10)
    hh = h - 15 if h > 15 else h + 9
    return 0.5 + 0.5 * math.cos(math.pi * hh / 14)


def _apparent(t: float, rh: float) -> float:
    e = rh / 100.0 * 6.105 * math.exp(17.27 * t / (237.7 + t))
    return t + 0.33 * e - 4.0


# --------------------------------------------------------------------------- foods (USDA SR28)

# ndb: (kcal, Ca, Mg, K, Na) per 100 g, from ABBREV_SR28
_FOOD = {
    "09040": (89, 5, 27, 358, 1), "08120": (379, 52, 138, 362, 6), "01079": (50, 120, 11, 140, 47),
    "01117": (63, 183, 17, 234, 70), "01256": (59, 110, 11, 141, 36), "09050": (57, 6, 6, 77, 1),
    "18075": (252, 161, 75, 254, 455), "16098": (598, 49, 168, 558, 426),
    "01129": (155, 50, 10, 126, 124), "08037": (489, 76, 168, 539, 26),
    "12061": (579, 269, 270, 733, 1), "05064": (165, 15, 29, 256, 74),
    "11251": (17, 33, 14, 247, 8), "11529": (18, 10, 11, 237, 5), "16158": (166, 38, 71, 228, 379),
    "16070": (116, 19, 36, 369, 2), "20137": (120, 17, 64, 172, 7), "16015": (132, 27, 70, 355, 1),
    "15121": (86, 17, 23, 179, 247), "01009": (404, 710, 27, 76, 653), "09037": (160, 12, 29, 485, 7),
    "09003": (52, 6, 5, 107, 1), "11457": (23, 99, 79, 558, 79), "20037": (123, 3, 39, 86, 4),
    "15237": (206, 15, 30, 384, 61), "11674": (93, 15, 28, 535, 10), "11508": (90, 38, 27, 475, 36),
    "11091": (35, 40, 21, 293, 41), "20121": (158, 7, 18, 44, 1), "06931": (50, 26, 18, 320, 437),
    "13454": (183, 20, 26, 393, 64), "16126": (78, 201, 37, 148, 12), "11458": (23, 136, 87, 466, 70),
    "16057": (164, 49, 48, 291, 7), "19904": (598, 73, 228, 715, 20), "09200": (47, 40, 10, 181, 0),
    "12085": (574, 45, 260, 565, 16), "09421": (277, 64, 54, 696, 1), "11821": (31, 7, 12, 211, 4),
    "11282": (40, 23, 10, 146, 4), "11124": (41, 33, 12, 320, 69), "11205": (15, 16, 13, 147, 2),
    "09316": (32, 16, 13, 153, 1), "12155": (654, 98, 158, 441, 2), "01028": (254, 782, 23, 84, 619),
    "11234": (28, 72, 18, 228, 23),
    # convenience / take-away
    "18069": (266, 144, 23, 126, 490), "18239": (406, 37, 16, 118, 467), "08020": (357, 5, 39, 168, 729),
    "18250": (426, 60, 17, 102, 402), "18406": (275, 18, 29, 101, 534), "19297": (278, 20, 4, 77, 32),
    "01001": (717, 24, 2, 24, 643), "06583": (440, 21, 25, 181, 1855), "21108": (263, 116, 22, 197, 487),
    "11403": (158, 12, 24, 478, 324), "21229": (307, 11, 24, 251, 594), "20345": (130, 10, 12, 35, 382),
    "22919": (134, 57, 13, 72, 335), "18159": (492, 21, 41, 171, 311), "19411": (532, 21, 63, 1196, 527),
    "19047": (384, 27, 29, 223, 1240), "07089": (344, 21, 18, 304, 743), "19095": (207, 128, 14, 199, 80),
    "18288": (233, 78, 14, 90, 461), "20029": (112, 8, 8, 58, 5), "22910": (130, 111, 21, 182, 284),
    "04053": (884, 1, 0, 1, 2), "19335": (387, 1, 0, 2, 1), "01026": (300, 505, 20, 76, 627),
    "01040": (393, 890, 33, 72, 187), "01032": (420, 853, 34, 180, 1804),
    "21401": (271, 17, 28, 373, 769), "07029": (163, 24, 22, 287, 1143), "19120": (535, 189, 63, 372, 79),
}

# hand-typed names that the food table resolves to the same SR28 food
_TYPED = {
    "09040": "banana", "09003": "apple", "16098": "peanut butter", "12061": "almonds",
    "11457": "spinach, raw", "01129": "eggs, hard-boiled", "01117": "yogurt", "01256": "greek yogurt",
    "15237": "salmon", "05064": "chicken breast", "20037": "brown rice", "20121": "pasta",
    "19411": "potato chips", "09200": "orange", "09037": "avocado", "16070": "lentils",
    "16015": "black beans", "16158": "hummus", "11529": "tomato", "01009": "cheddar cheese",
    "19904": "dark chocolate", "11508": "sweet potato", "16126": "tofu", "18069": "white bread",
    "18075": "whole wheat bread", "08037": "granola", "09050": "blueberries", "12085": "cashews",
    "20137": "quinoa", "15121": "tuna", "01079": "milk", "18406": "bagel",
}

# meal templates: list of (ndb, grams lo, grams hi)
_MEALS = {
    ("breakfast", 0): [
        [("08120", 45, 75), ("01079", 150, 250), ("09040", 100, 130)],
        [("08120", 45, 70), ("01079", 150, 220), ("09050", 60, 100), ("12061", 15, 25)],
        [("18075", 60, 90), ("16098", 20, 35), ("09040", 100, 130)],
        [("01256", 150, 250), ("08037", 35, 60), ("09050", 60, 100)],
        [("01129", 100, 130), ("18075", 50, 70), ("11529", 60, 100)],
        [("01117", 150, 220), ("08037", 40, 60), ("09316", 80, 120)],
    ],
    ("breakfast", 1): [
        [("18239", 60, 90), ("19297", 15, 25)],
        [("08020", 35, 60), ("01079", 120, 200)],
        [("18406", 90, 110), ("01001", 8, 15), ("19297", 15, 25)],
        [("18250", 55, 80)],
        [("18288", 110, 150), ("19297", 15, 30)],
    ],
    ("lunch", 0): [
        [("18075", 70, 90), ("05064", 80, 120), ("11251", 20, 40), ("11529", 50, 80), ("16158", 25, 40)],
        [("20137", 140, 200), ("16015", 80, 120), ("09037", 50, 70), ("11821", 40, 60)],
        [("16070", 180, 240), ("11124", 50, 80), ("11282", 30, 50), ("18075", 35, 50)],
        [("15121", 80, 120), ("20037", 140, 190), ("11457", 30, 50), ("11205", 50, 80)],
        [("15237", 100, 140), ("11674", 180, 250), ("11091", 80, 120)],
        [("18075", 70, 90), ("01009", 25, 40), ("11529", 60, 90), ("09003", 140, 190)],
    ],
    ("lunch", 1): [
        [("21108", 180, 240), ("11403", 90, 140)],
        [("21229", 110, 170), ("11403", 90, 130)],
        [("22910", 250, 350)],
        [("18069", 70, 90), ("07029", 50, 70), ("01009", 20, 30)],
        [("06583", 80, 90)],
        [("22919", 250, 340)],
    ],
    ("dinner", 0): [
        [("15237", 120, 170), ("11674", 200, 300), ("11091", 100, 150)],
        [("20121", 180, 260), ("06931", 100, 150), ("11458", 70, 100), ("01028", 15, 30)],
        [("05064", 120, 160), ("11508", 180, 240), ("11234", 70, 100)],
        [("16126", 140, 180), ("20037", 160, 210), ("11091", 90, 130), ("11821", 40, 60)],
        [("16057", 140, 180), ("20029", 120, 160), ("11458", 80, 110), ("11529", 60, 90)],
        [("13454", 130, 170), ("11674", 220, 280), ("11251", 40, 60), ("11529", 60, 90)],
    ],
    ("dinner", 1): [
        [("21229", 140, 190), ("11403", 100, 150)],
        [("22919", 300, 400)],
        [("20121", 230, 330), ("06931", 80, 120)],
        [("21108", 200, 260), ("11403", 110, 160)],
        [("07089", 100, 150), ("18069", 50, 70), ("11403", 80, 120)],
        [("22910", 300, 400)],
        [("20345", 220, 280), ("21401", 130, 170)],
        [("06583", 120, 170)],
    ],
    ("snack", 0): [
        [("09003", 150, 200)], [("09040", 100, 130)], [("12061", 20, 35)], [("01117", 140, 180)],
        [("19904", 20, 30)], [("09200", 130, 160)], [("12085", 25, 35)], [("09421", 30, 50)],
        [("12155", 20, 30)], [("01009", 25, 40), ("18075", 30, 40)], [("01256", 150, 200), ("09050", 50, 80)],
    ],
    ("snack", 1): [
        [("18159", 30, 60)], [("19411", 30, 50)], [("19047", 30, 50)], [("19120", 30, 50)],
        [("19095", 80, 120)], [("18250", 55, 75)],
    ],
}

_MEAL_TIMES = {"breakfast": (6.6, 8.6), "lunch": (12.0, 13.6), "dinner": (18.6, 20.8),
               "snack": (15.0, 16.8)}

# drinks: sodium mg per litre actually in them (defaults of vocabulary.md where fitting)
_NA_L = {"water": 0, "sports_drink": 460, "electrolyte_drink": 1000, "ors": 1725,
         "coconut_water": 250, "milk": 430, "juice": 50, "coffee": 20, "tea": 10,
         "soft_drink": 100, "beer": 40, "other": 0}

_CRAMP_MEDS = [  # name, min age, weight, sexes
    ("hydrochlorothiazide", 33, 4, "fm"), ("chlorthalidone", 38, 2, "fm"),
    ("spironolactone", 0, 3, "f"), ("salmeterol", 0, 3, "fm"), ("formoterol", 0, 2, "fm"),
    ("atorvastatin", 38, 3, "fm"), ("rosuvastatin", 40, 1, "fm"), ("nifedipine", 40, 1, "fm"),
]

_LEG_ACTS = {"running", "walking", "hiking", "cycling", "team_sport", "hiit", "strength"}


def _tri(r: random.Random, lo: float, hi: float) -> float:
    return r.uniform(lo, hi)


def _clip(x: float, lo: float, hi: float) -> float:
    return lo if x < lo else hi if x > hi else x


def _wchoice(r: random.Random, items, weights):
    return r.choices(items, weights=weights, k=1)[0]


# --------------------------------------------------------------------------- world objects

class _Session:
    __slots__ = ("day", "start", "zone", "activity", "kind", "dur", "rpe", "hr", "dist", "temp",
                 "rh", "at", "indoor", "muscles", "sweat", "drinks", "na_in", "na_loss", "pre",
                 "post", "loss_pct", "src", "logged", "weighed", "rpe_logged", "label", "caps",
                 "gels", "ratio", "consec", "fluid_logged", "temp_logged", "idx", "notes")

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, kw.get(k))

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.dur)


class _Ep:
    __slots__ = ("local", "zone", "kind", "muscle", "side", "dur_s", "pain", "during", "relief",
                 "relieved", "notes", "origin", "day")

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, kw.get(k))


class _World:
    def __init__(self, r: random.Random, cause: str | None):
        self.r = r
        self.cause = cause
        self.objs: list[tuple[datetime, dict]] = []
        self._id = r.randrange(10 ** 6, 10 ** 7)

    # ------------------------------------------------------------------ persona & calendar
    def persona(self):
        r = self.r
        home = _wchoice(r, _HOMES, [h[1] for h in _HOMES])
        self.home, _, self.imperial, self.lb, self.hemi = home
        self.sex = r.choice(["female", "male"])
        self.birth_year = r.randint(1976, 2000)
        if self.sex == "female":
            self.height = round(r.gauss(166, 6))
            bmi = r.uniform(21.5, 29.5)
        else:
            self.height = round(r.gauss(178, 7))
            bmi = r.uniform(22.5, 30.0)
        self.mass0 = round(bmi * (self.height / 100) ** 2, 1)
        self.mass_drift = -r.uniform(0.0, 0.07) * self.mass0
        self.sweat_base = _clip(r.lognormvariate(math.log(1.15), 0.22), 0.65, 1.9)
        self.sweat_na = _clip(r.lognormvariate(math.log(870), 0.28), 450, 1600)
        self.chrono = _wchoice(r, ["morning", "evening", "lunch"], [4, 5, 1.5])
        self.bed_base = r.uniform(22.75, 23.9)
        self.wake_work = r.uniform(6.2, 7.3)
        self.irregular = r.uniform(0.05, 0.12)
        self.eng_floor = r.uniform(0.15, 0.45)
        self.eng_tau = r.uniform(35, 90)
        self.meal_habit = r.uniform(0.5, 0.95)
        self.fluid_habit = r.uniform(0.3, 0.9)
        self.sleep_manual = r.uniform(0.3, 0.9)
        self.weigh_habit = r.uniform(0.15, 0.6)
        self.smart_scale = r.random() < 0.4
        self.session_fluid_log = r.uniform(0.5, 0.95)
        self.drink_mid = r.uniform(0.08, 0.45)
        self.drink_long = r.uniform(0.15, 0.7)
        self.vol = (220, 600)
        if r.random() < 0.35:   # carries a hydration vest and drinks a lot ("stay hydrated!")
            self.vol = (500, 900)
            self.drink_long = r.uniform(0.6, 0.9)
            self.drink_mid = r.uniform(0.4, 0.7)
            self.weigh_habit = min(0.75, self.weigh_habit + 0.2)   # and likes sweat tests
        self.sports_p = r.uniform(0.05, 0.3)
        self.tabs_use = r.uniform(0.3, 0.75)
        self.cross = r.random() < 0.55
        self.bike_commuter = r.random() < 0.1
        self.coffee = r.choice([0, 1, 1, 2, 2, 3])
        self.tea = r.choice([0, 0, 1, 2])
        self.water_glasses = r.randint(3, 8)
        self.multivit = r.random() < 0.25
        self.portion = (0.95 if self.sex == "female" else 1.2) * r.uniform(0.92, 1.1)
        self.pace0 = r.uniform(7.0, 8.6) + (0.35 if self.sex == "female" else 0.0)
        self.hr_rest = r.uniform(58, 72)

    def calendar(self):
        r = self.r
        if self.hemi == "N":
            year = r.choice([2024, 2025])
            s = date(year, 1, 2) + timedelta(days=r.randint(0, 110))
        else:
            year = r.choice([2024, 2025])
            s = date(year, 6, 10) + timedelta(days=r.randint(0, 95))
        s -= timedelta(days=s.weekday())  # a Monday
        self.d0 = s
        self.race_type = "M" if r.random() < 0.35 else "HM"
        self.c25k_weeks = list(range(1, 10))
        for _ in range(r.choice([0, 0, 1, 1, 2])):
            w = r.randint(3, 8)
            self.c25k_weeks.insert(self.c25k_weeks.index(w), w)
        self.bridge = r.randint(1, 4)
        self.plan_n = r.randint(12, 14) if self.race_type == "HM" else r.randint(16, 18)
        self.post = r.randint(1, 10)
        self.late_start = r.choice([0, 0, 0, 0, 1, 2, 3])  # app installed in C25K week n
        weeks = len(self.c25k_weeks) + self.bridge + self.plan_n + self.post
        self.n = weeks * 7
        self.plan_start = (len(self.c25k_weeks) + self.bridge) * 7
        self.race_day = (len(self.c25k_weeks) + self.bridge + self.plan_n) * 7 - 1 - r.choice([0, 1])
        self.first = self.late_start * 7 + r.randint(0, 2)  # first observed day

    def timeline(self):
        r = self.r
        n = self.n
        self.zone = [self.home] * n
        self.ill = [False] * n
        self.travel = [False] * n
        self.crunch = [False] * n
        self.skip = [False] * n
        self.dipq = [0.12] * n
        self.dip_portion = [1.0] * n
        # illness
        for _ in range(r.choice([0, 1, 1, 2])):
            a = r.randint(20, n - 15)
            ln = r.randint(4, 11)
            if abs(a - self.race_day) < 12 or a + ln >= self.race_day - 2 and a < self.race_day + 3:
                continue
            for d in range(a, min(n, a + ln)):
                self.ill[d] = True
        # holiday trip
        self.trip = None
        if r.random() < 0.7:
            ln = r.randint(7, 14)
            for _ in range(20):
                if self.hemi == "N":
                    cand = [d for d in range(30, n - ln - 3)
                            if (self.d0 + timedelta(days=d)).month in (6, 7, 8) and
                            (self.d0 + timedelta(days=d)).weekday() == 5]
                else:
                    cand = [d for d in range(30, n - ln - 3)
                            if (self.d0 + timedelta(days=d)).month in (12, 1, 4) and
                            (self.d0 + timedelta(days=d)).weekday() == 5]
                if not cand:
                    cand = [d for d in range(30, n - ln - 3) if (self.d0 + timedelta(days=d)).weekday() == 5]
                a = r.choice(cand)
                if not (a - 10 < self.race_day < a + ln + 5):
                    break
            else:
                a = None
            if a is not None:
                dest = r.choice(_TRIPS[self.home])
                self.trip = (a, a + ln, dest)
                for d in range(a, a + ln):
                    self.travel[d] = True
                    self.zone[d] = dest
        # short work trip
        self.worktrip = None
        if r.random() < 0.3:
            a = r.randint(25, n - 10)
            if not any(self.travel[a - 2:a + 6]) and abs(a - self.race_day) > 7:
                dest = r.choice([z for z in _TRIPS[self.home] if z != self.home])
                ln = r.randint(2, 4)
                self.worktrip = (a, a + ln, dest)
                for d in range(a, a + ln):
                    self.travel[d] = True
                    self.zone[d] = dest
        # crunch at work and diet dip
        ca = r.randint(int(n * 0.22), int(n * 0.65))
        cl = r.randint(10, 24)
        for d in range(ca, min(n, ca + cl)):
            self.crunch[d] = True
        if self.cause == "nutrient_deficiency":
            da = max(14, ca - r.randint(0, 10))
            db = min(n - 7, da + r.randint(44, 72))
            q, por = r.uniform(0.88, 0.96), r.uniform(0.78, 0.88)
        elif r.random() < 0.75:
            da = max(7, ca - r.randint(0, 10))
            db = min(n - 3, ca + cl + r.randint(5, 35))
            q, por = r.uniform(0.3, 0.62), r.uniform(0.92, 1.0)
        else:
            da = db = None
            q = por = None
        self.dip = (da, db)
        if da is not None:
            for d in range(da, db):
                self.dipq[d] = q
                self.dip_portion[d] = por
        # skipped logging weeks (more likely later)
        for _ in range(r.choice([1, 1, 2, 2, 3])):
            u = r.random() ** 0.6
            a = int(self.first + 35 + u * (n - self.first - 50))
            ln = r.randint(6, 17)
            if a <= self.race_day + 1 < a + ln:
                continue
            for d in range(a, min(n - 3, a + ln)):
                self.skip[d] = True
        self.sync_in_skip = r.random() < 0.55
        # engagement
        self.eng = []
        for d in range(n):
            t = max(0, d - self.first)
            e = self.eng_floor + (1 - self.eng_floor) * math.exp(-t / self.eng_tau)
            if d >= self.plan_start:
                e += 0.35 * math.exp(-(d - self.plan_start) / 30)
            if d >= self.race_day - 3:
                e += 0.25 * math.exp(-abs(d - self.race_day) / 5)
            if self.crunch[d]:
                e *= 0.75
            if self.travel[d]:
                e *= 0.45
            if self.ill[d]:
                e *= 0.7
            self.eng.append(_clip(e, 0.05, 1.0))
        # devices
        wr = r.random()
        if wr < 0.25:
            self.watch_from = 0
        elif wr < 0.7:
            self.watch_from = self.plan_start + r.randint(-14, 14)
        else:
            self.watch_from = None
        self.tabs_from = (self.plan_start + r.randint(0, 70)) if r.random() < 0.65 else None
        self.caps_from = (self.plan_start + r.randint(20, 90)) if r.random() < 0.25 else None
        # weather
        self.wx = []
        anom = 0.0
        wave = 0
        wamp = 0.0
        for d in range(n):
            dd = self.d0 + timedelta(days=d)
            tmax, tmin, rh = _clim(self.zone[d], dd)
            anom = 0.75 * anom + r.gauss(0, 2.0)
            if wave <= 0 and tmax > 20 and r.random() < 0.025:
                wave = r.randint(3, 7)
                wamp = r.uniform(3, 7)
            bump = wamp if wave > 0 else 0.0
            wave -= 1
            hmx = tmax + anom + bump
            hmn = tmin + 0.7 * anom + 0.6 * bump
            rhd = _clip(rh + r.gauss(0, 8) - 0.8 * bump, 15, 98)
            self.wx.append((hmx, min(hmn, hmx - 3.0), rhd))

    def local(self, d: int, hour: float) -> datetime:
        return datetime.combine(self.d0 + timedelta(days=d), datetime.min.time()) + timedelta(
            minutes=round(hour * 60))

    def temp_at(self, d: int, hour: float):
        hmx, hmn, rh = self.wx[min(d, self.n - 1)]
        s = _shape(hour)
        t = hmn + (hmx - hmn) * s
        h = _clip(rh + 16 * (1 - 2 * s), 12, 100)
        return t, h

    # ------------------------------------------------------------------ training
    def plan(self):
        r = self.r
        out = []  # (day, kind, activity, dur, label)
        pat = r.choice([(1, 3, 5), (0, 2, 5), (1, 3, 6), (0, 2, 4), (1, 4, 6)])
        wk = 0
        done_w = set()
        for w in self.c25k_weeks:
            rep = w in done_w
            done_w.add(w)
            core = [20, 21, 22, 23, 24, 25, 26, 28, 30][w - 1]
            for k, dow in enumerate(pat):
                lab = f"C25K W{w}D{k + 1}" + (" (again)" if rep else "")
                out.append((wk * 7 + dow, "c25k", "running", 10 + core + r.uniform(-1, 1), lab, (w, k)))
            wk += 1
        for b in range(self.bridge):
            for k, dow in enumerate(pat[: r.choice([2, 3, 3])]):
                if dow >= 5 and r.random() < 0.45:
                    out.append((wk * 7 + 5, "race5k", "running", 0, "parkrun", None))
                else:
                    out.append((wk * 7 + dow, "easy", "running", r.uniform(28, 40), "5k", None))
            wk += 1
        n = self.plan_n
        hm = self.race_type == "HM"
        taper = 2 if hm else 3
        peak_i = n - taper - 1
        ls = r.uniform(50, 60) if hm else r.uniform(60, 75)
        lp = r.uniform(115, 135) if hm else r.uniform(175, 205)
        longday = r.choice([5, 6])
        easy_days = [1, 3] if hm else r.choice([[1, 3, 4], [0, 1, 3], [1, 2, 4]])
        qday = 2 if 2 not in easy_days else 3
        crossday = 0 if 0 not in easy_days else 4
        tune = r.randint(int(n * 0.4), int(n * 0.6)) if r.random() < 0.5 else -1
        self.plan_weeks = (wk, wk + n)
        for i in range(n):
            base = wk * 7
            prog = min(1.0, i / peak_i)
            if i < peak_i + 1:
                lng = ls + (lp - ls) * prog
                vol = 1.0
                if i % 4 == 3 and i < peak_i:
                    lng *= 0.75
                    vol = 0.8
            else:
                k = i - peak_i
                lng = lp * ([0.7, 0.5, 0.35] if not hm else [0.65, 0.45])[min(k - 1, taper - 1)]
                vol = 0.6
            if i == n - 1:
                rd = self.race_day - base
                out.append((base + 1, "easy", "running", r.uniform(25, 32), "shakeout", None))
                out.append((base + 3, "easy", "running", r.uniform(20, 28), "easy", None))
                out.append((self.race_day, "raceHM" if hm else "raceM", "running", 0,
                            "Half marathon" if hm else "Marathon", None))
                break
            ed = (30 + 18 * prog) if hm else (35 + 25 * prog)
            for dd in easy_days:
                if dd == qday:
                    continue
                out.append((base + dd, "easy", "running", ed * vol * r.uniform(0.9, 1.1), "easy", None))
            if i >= 1:
                out.append((base + qday, "quality", "running", (40 + 12 * prog) * r.uniform(0.9, 1.1),
                            r.choice(["intervals", "tempo", "hills", "fartlek"]), None))
            if i == tune:
                out.append((base + longday, "race10k", "running", 0, "10k race", None))
            else:
                out.append((base + longday, "long", "running", lng * r.uniform(0.95, 1.05), "long run", None))
            if self.cross:
                act = r.choice(["strength", "strength", "cycling", "yoga"])
                out.append((base + crossday, "cross", act,
                            {"strength": 35, "cycling": 50, "yoga": 45}[act] * r.uniform(0.8, 1.2), act, None))
            wk += 1
        wk = (len(self.c25k_weeks) + self.bridge + self.plan_n)
        for p in range(self.post):
            k = 0 if p == 0 else r.choice([1, 2, 2, 3])
            for dd in r.sample([1, 2, 3, 5, 6], k):
                out.append((wk * 7 + dd, "easy", "running", r.uniform(28, 48), "easy", None))
            wk += 1
        out.sort(key=lambda x: x[0])
        return out

    def sessions_build(self):
        r = self.r
        planned = self.plan()
        sess: list[_Session] = []
        last_done = None
        ease_until = -1
        catch_until = -1
        overreach_weeks = set()
        for w in range(self.plan_weeks[0], self.plan_weeks[1] - 2):
            if r.random() < 0.09:
                overreach_weeks.add(w)
        used = {}
        for (d, kind, act, dur, label, c25) in planned:
            if d >= self.n:
                continue
            race = kind.startswith("race")
            if self.ill[d] and not race:
                continue
            p = 0.9
            if kind == "c25k" and d < 21:
                p = 0.95
            if self.crunch[d]:
                p = 0.55
            if self.travel[d]:
                p = 0.3
                kind, label, dur = "easy", "holiday run", r.uniform(25, 45)
            if race:
                p = 1.0
            if kind == "cross":
                p *= 0.8
            if r.random() > p:
                continue
            # back after a break?
            if last_done is not None and d - last_done >= 8 and d > 21 and not race:
                if r.random() < 0.55:
                    catch_until = d + r.randint(7, 11)
                else:
                    ease_until = d + 7
            if not race and r.random() < 0.12:
                nd = d + r.choice([-1, 1])
                if 0 <= nd < self.n and not self.ill[nd] and nd != self.race_day:
                    d = nd
            f = r.gauss(1.0, 0.07)
            if kind == "long":
                if r.random() < 0.08:
                    f *= 0.75
                elif r.random() < 0.07:
                    f *= 1.22
                if d // 7 in overreach_weeks:
                    f *= 1.2
            if d <= ease_until:
                f *= 0.7
            dur = dur * f
            s = self.make_session(d, kind, act, dur, label, c25)
            sess.append(s)
            last_done = d
            # catch-up: an extra run the day after, or a longer next session
            if d <= catch_until and r.random() < 0.45 and kind in ("easy", "long", "c25k", "quality"):
                d2 = d + 1
                if d2 < self.n and not self.ill[d2]:
                    sess.append(self.make_session(d2, "easy", "running", r.uniform(35, 55), "extra (catch up)"))
            if d // 7 in overreach_weeks and kind == "long" and r.random() < 0.6 and d + 1 < self.n:
                sess.append(self.make_session(d + 1, "easy", "running", r.uniform(30, 45), "extra easy"))
                overreach_weeks.discard(d // 7)
        # extras: holiday hikes, weekend hikes, office football, commuting
        for d in range(self.n):
            if self.ill[d]:
                continue
            dow = (self.d0 + timedelta(days=d)).weekday()
            if self.travel[d] and self.trip and self.trip[0] <= d < self.trip[1]:
                x = r.random()
                if x < 0.22:
                    sess.append(self.make_session(d, "hike", "hiking", r.uniform(140, 300), "hike"))
                elif x < 0.45:
                    sess.append(self.make_session(d, "walk", "walking", r.uniform(60, 130), "walk"))
                elif x < 0.52:
                    sess.append(self.make_session(d, "swim", "swimming", r.uniform(20, 40), "swim"))
                continue
            if self.travel[d]:
                continue
            if dow == 5 and r.random() < 0.035:
                sess.append(self.make_session(d, "hike", "hiking", r.uniform(120, 240), "hike with friends"))
            if dow == 2 and r.random() < 0.035:
                sess.append(self.make_session(d, "team", "team_sport", r.uniform(50, 70), "office football"))
            if self.bike_commuter and dow < 5 and r.random() < 0.3 and not self.crunch[d]:
                sess.append(self.make_session(d, "commute", "cycling", r.uniform(45, 65), "bike commute"))
        sess.sort(key=lambda s: s.start)
        # avoid overlaps on a day
        for i in range(1, len(sess)):
            a, b = sess[i - 1], sess[i]
            if b.start < a.end + timedelta(minutes=30) and b.day == a.day:
                b.start = a.end + timedelta(minutes=r.randint(90, 240))
        self.sess = [s for s in sess if s.day < self.n]
        for i, s in enumerate(self.sess):
            s.idx = i

    def make_session(self, d, kind, act, dur, label, c25=None):
        r = self.r
        dd = self.d0 + timedelta(days=d)
        dow = dd.weekday()
        hmx = self.wx[d][0]
        wkend = dow >= 5 or self.travel[d]
        if kind in ("raceHM", "raceM", "race10k", "race5k"):
            hour = {"race5k": 9.0, "race10k": r.choice([8.5, 9.0, 9.5]),
                    "raceHM": r.choice([7.5, 8.0, 8.5, 9.0]), "raceM": r.choice([7.0, 8.0, 8.5, 9.0])}[kind]
            if hmx > 27:
                hour = min(hour, 7.5)
        elif kind in ("long", "hike"):
            hour = r.uniform(7.0, 9.8) if hmx < 26 else r.uniform(5.8, 8.0)
        elif kind == "commute":
            hour = r.uniform(7.8, 8.4)
        elif kind == "team":
            hour = r.uniform(18.5, 19.5)
        elif wkend:
            hour = r.uniform(7.5, 11.0) if hmx < 27 or r.random() < 0.4 else r.uniform(6.0, 7.8)
        else:
            c = self.chrono if r.random() < 0.75 else r.choice(["morning", "evening", "lunch"])
            if hmx >= 29 and r.random() < 0.5:
                c = "morning"
            if self.crunch[d] and c == "lunch":
                c = "evening"
            hour = {"morning": r.uniform(5.9, 6.9), "evening": r.uniform(17.6, 19.6),
                    "lunch": r.uniform(12.1, 12.7)}[c]
            if kind == "cross" or kind == "swim":
                hour = r.uniform(17.8, 19.8) if c != "morning" else hour
        start = self.local(d, hour) + timedelta(seconds=r.randint(0, 59))
        zone = self.zone[d]
        indoor = act in ("strength", "yoga", "swimming") or (
            act == "running" and hmx < 1 and r.random() < 0.5 and kind in ("easy", "quality"))
        if act == "cycling" and kind == "cross" and r.random() < 0.5:
            indoor = True
        if indoor:
            temp, rh = r.uniform(19, 23), r.uniform(35, 55)
        else:
            temp, rh = self.temp_at(d, hour + dur / 120)
        at = _apparent(temp, rh)
        prog = _clip(d / max(1, self.race_day), 0, 1)
        pace_e = self.pace0 * (1 - 0.13 * prog) * (1 + 0.012 * max(0.0, at - 18)) * r.gauss(1, 0.03)
        # duration / distance
        muscles = None
        if kind == "c25k":
            wn = c25[0] if c25 else 9
            frac = [0.35, 0.45, 0.5, 0.6, 0.7, 0.85, 1, 1, 1][wn - 1]
            core = dur - 10
            dist = core * frac / (pace_e * 0.97) + core * (1 - frac) / 10.5 + 10 / 11.5
        elif kind.startswith("race"):
            km = {"race5k": 5.0, "race10k": 10.0, "raceHM": 21.0975, "raceM": 42.195}[kind]
            pf = {"race5k": 0.86, "race10k": 0.89, "raceHM": 0.93, "raceM": 1.0}[kind]
            dur = km * pace_e * pf * (1.04 if kind == "raceM" else 1.0)
            dist = km * r.uniform(1.0, 1.02)
        elif act == "running":
            pf = {"easy": 1.0, "long": 1.04, "quality": 0.93}.get(kind, 1.0)
            dist = dur / (pace_e * pf)
        elif act == "hiking":
            dist = dur / 60 * r.uniform(3.2, 4.5)
        elif act == "walking":
            dist = dur / 60 * r.uniform(4.3, 5.5)
        elif act == "cycling":
            dist = dur / 60 * r.uniform(17, 25)
        elif act == "swimming":
            dist = dur / 60 * r.uniform(1.2, 2.0)
        elif act == "team_sport":
            dist = None
        else:
            dist = None
        if act == "strength":
            muscles = r.choice([["quadriceps", "glute", "hamstring", "abdomen"],
                                ["quadriceps", "glute", "calf"], ["abdomen", "lower_back", "glute"],
                                ["chest", "shoulder", "triceps", "abdomen"]])
        elif act in ("running", "hiking", "walking", "team_sport"):
            muscles = ["calf", "quadriceps", "hamstring"] + (["glute"] if act == "hiking" else [])
        elif act == "cycling":
            muscles = ["quadriceps", "calf", "glute"]
        elif act == "yoga":
            muscles = ["hamstring", "lower_back", "hip_flexor"]
        elif act == "swimming":
            muscles = ["shoulder", "upper_back", "calf"]
        base = {"c25k": 5.2 if d < 14 else 4.8, "easy": 4.0, "quality": 7.4, "race5k": 8.6,
                "race10k": 8.6, "raceHM": 8.8, "raceM": 9.4, "cross": 4.8, "hike": 4.3,
                "walk": 2.5, "swim": 4.0, "team": 6.8, "commute": 3.5}.get(kind, 4.5)
        if kind == "long":
            base = 5.3 + 2.6 * _clip((dur - 60) / 120, 0, 1)
        if act == "yoga":
            base = 2.5
        if kind == "c25k" and c25 and c25[0] in (5, 6) and c25[1] == 2:
            base += 2.0
        if kind == "hike" and dur > 200:
            base += 1.0
        rpe = base + 0.11 * max(0.0, at - 21) + r.gauss(0, 0.6)
        rpe = _clip(rpe, 1, 10)
        return _Session(day=d, start=start, zone=zone, activity=act, kind=kind, dur=dur, rpe=rpe,
                        dist=dist, temp=temp, rh=rh, at=at, indoor=indoor, muscles=muscles,
                        label=label, drinks=[], caps=0, gels=0, notes=None)

    # ------------------------------------------------------------------ body mass & sweat
    def mass_at(self, d: int, hour: float = 7.0) -> float:
        return self.mass_true[d] + 0.05 * max(0.0, hour - 7.0)

    def physiology(self):
        r = self.r
        n = self.n
        m = []
        noise = 0.0
        for d in range(n):
            noise = 0.6 * noise + r.gauss(0, 0.25)
            m.append(self.mass0 + self.mass_drift * d / n + noise + (0.5 if self.travel[d] else 0.0))
        self.mass_true = m
        age = self.d0.year - self.birth_year
        self.age = age
        hrmax = 208 - 0.7 * age
        for s in self.sess:
            d = s.day
            prog = _clip(d / max(1, self.race_day), 0, 1)
            af = {"running": 1.0, "hiking": 0.75, "walking": 0.5, "cycling": 0.85, "strength": 0.6,
                  "yoga": 0.35, "team_sport": 1.0, "swimming": 0.25}.get(s.activity, 0.8)
            rate = self.sweat_base * (0.55 + 0.075 * s.rpe) * max(0.45, 1 + 0.04 * (s.at - 18)) * af
            rate = min(2.3, rate * r.gauss(1, 0.06))
            s.sweat = rate * s.dur / 60
            s.na_loss = s.sweat * self.sweat_na
            rest = self.hr_rest - 6 * prog
            frac = (0.47 if s.activity in ("strength", "yoga") else 0.50) + 0.045 * s.rpe
            s.hr = int(round(_clip(rest + (hrmax - rest) * frac + 0.5 * max(0.0, s.at - 20) + r.gauss(0, 3),
                                   70, 205)))
            # drinking
            hot = s.at >= 25
            dur = s.dur
            race = s.kind.startswith("race") and s.kind not in ("race5k",)
            drinks = []
            if race:
                rate_ml = r.uniform(380, 700) * (1.2 if hot else 1.0)
                tot = rate_ml * dur / 60
                drinks.append(("water", tot * r.uniform(0.4, 0.6)))
                drinks.append(("sports_drink", tot - drinks[0][1]))
            elif s.activity == "swimming":
                pass
            elif dur < 40:
                if r.random() < (0.45 if s.indoor else 0.1 + (0.15 if hot else 0)):
                    drinks.append(("water", r.uniform(150, 350)))
            elif dur < 75:
                if r.random() < self.drink_mid + (0.25 if hot else 0) + (0.3 if s.indoor else 0):
                    drinks.append((self.drink_type(d, s), r.uniform(self.vol[0] + 30, self.vol[1] - 100) * dur / 60))
            else:
                pl = self.drink_long + 0.1 * min(2.0, max(0, d - self.plan_start) / 60) + (0.15 if hot else 0)
                if r.random() < pl:
                    vol = r.uniform(*self.vol) * (1.25 if hot else 1.0) * dur / 60
                    if r.random() < 0.1:
                        vol *= 0.4
                    drinks.append((self.drink_type(d, s), vol))
            s.drinks = [(k, round(v / 10) * 10) for k, v in drinks if v >= 60]
            if dur >= 80 and s.activity == "running" and (race or r.random() < 0.5):
                s.gels = int(dur // 40)
            if self.caps_from is not None and d >= self.caps_from and dur >= 90 and r.random() < 0.6:
                s.caps = max(1, int(dur // 50))
            split = []
            for k, v in s.drinks:
                while v > 1500:
                    split.append((k, 1000))
                    v -= 1000
                if v >= 60:
                    split.append((k, v))
            s.drinks = split
            drunk = sum(v for _, v in s.drinks) / 1000
            loss = (s.sweat - drunk) / self.mass_at(d) * 100
            lim = r.uniform(3.8, 5.2)
            if loss > lim:
                # nobody runs / hikes for hours in the heat without a fountain, a shop or a friend's bottle
                extra = (loss - lim) / 100 * self.mass_at(d) * 1000
                extra = round(extra / 10) * 10
                drunk += extra / 1000
                while extra > 0:
                    part = min(extra, 1000)
                    s.drinks.append(("water", part))
                    extra -= part
            s.na_in = sum(v / 1000 * _NA_L[k] for k, v in s.drinks) + 215 * s.caps + 55 * s.gels
            s.pre = self.mass_at(d, s.start.hour + s.start.minute / 60) + r.uniform(0.0, 0.4)
            s.post = s.pre - s.sweat + drunk - 0.08 * dur / 60 + 0.04 * s.gels
            s.loss_pct = (s.pre - s.post) / s.pre * 100

    def drink_type(self, d, s):
        r = self.r
        if s.indoor:
            return "water"
        if self.tabs_from is not None and d >= self.tabs_from and r.random() < self.tabs_use:
            return "electrolyte_drink"
        if r.random() < self.sports_p:
            return "sports_drink"
        return "water"

    # ------------------------------------------------------------------ sleep
    def sleep_build(self):
        r = self.r
        n = self.n
        first_sess = {}
        for s in self.sess:
            first_sess.setdefault(s.day, s)
        self.nights = []  # for night before day d+1: (bed_local, wake_local, asleep_h, quality, zone_bed, zone_wake)
        for d in range(n - 1):
            dd = self.d0 + timedelta(days=d)
            dow = dd.weekday()
            nxt = d + 1
            ndow = (dow + 1) % 7
            workday = ndow < 5 and not self.travel[nxt] and not self.ill[nxt]
            bed = self.bed_base + r.gauss(0, 0.55) + (0.8 if dow in (4, 5) else 0.0)
            if dow in (4, 5) and r.random() < 0.15 or r.random() < 0.025:
                bed = r.uniform(24.6, 26.1)  # late night out
            if workday:
                wake = self.wake_work + r.gauss(0, 0.2)
            else:
                wake = r.uniform(7.4, 9.3)
            fs = first_sess.get(nxt)
            if fs is not None and fs.start.hour < 10:
                lead = 1.2 if fs.kind.startswith("race") and fs.kind in ("raceHM", "raceM") else (
                    0.9 if fs.kind == "long" else 0.45)
                wake = min(wake, fs.start.hour + fs.start.minute / 60 - lead)
            lat = r.uniform(0.15, 0.4)
            waso = r.uniform(0.1, 0.5)
            if r.random() < self.irregular + (0.15 if self.crunch[d] else 0):
                if r.random() < 0.6:
                    bed = r.uniform(24.7, 26.6)   # working late / could not switch off
                else:
                    waso += r.uniform(1.2, 2.4)   # woke at 4 and could not sleep again
            if fs is not None and fs.kind in ("raceHM", "raceM", "race10k") and r.random() < 0.75:
                waso += r.uniform(0.8, 2.0)
            if self.travel[nxt] and not self.travel[d] or (self.travel[d] and not self.travel[nxt]):
                waso += r.uniform(1.0, 2.5)   # travel day / jet lag
            elif self.travel[nxt] and d > 0 and not self.travel[d - 1]:
                waso += r.uniform(0.5, 1.5)
            if self.wx[d][1] >= 20:
                waso += r.uniform(0.2, 0.6)   # hot night
            if self.ill[d]:
                wake += 1.0
            inbed = wake + 24 - bed
            if inbed < 3.5:
                wake = bed - 24 + 3.5
                inbed = 3.5
            asleep = max(2.5, inbed - lat - waso)
            q = int(_clip(round(3 + (asleep - 7) * 0.8 + r.gauss(0, 0.7)), 1, 5))
            bed_l = self.local(d, bed)
            wake_l = self.local(d, wake + 24)
            if self.zone[d] != self.zone[nxt]:
                # a night spanning a time-zone change: the wake-up is read on the new clock
                wake_l = _to_local(_aware(bed_l, self.zone[d]) + timedelta(hours=inbed), self.zone[nxt])
            self.nights.append([bed_l, wake_l, asleep, q, self.zone[d], self.zone[nxt]])
        self.nights.append(None)
        # usual & short
        self.short = [None] * n   # severity of sleep debt for day d (night d-1 -> d)
        hist = []
        for d in range(1, n):
            nt = self.nights[d - 1]
            usual = sorted(hist[-21:])[len(hist[-21:]) // 2] if len(hist) >= 7 else 7.0
            h = nt[2]
            if h <= usual - 1.5 or h <= 5.25:
                self.short[d] = _clip((usual - h) / 1.5, 0.5, 2.0)
            hist.append(h)
        for s in self.sess:
            if self.short[s.day]:
                s.rpe = _clip(s.rpe + 0.5, 1, 10)

    # ------------------------------------------------------------------ diet
    def diet_build(self):
        r = self.r
        n = self.n
        self.meals = []   # per day: list of (kind, hour, items[(ndb, g)])
        self.intake = []  # per day: (mg, k, ca)
        mg_rda = (400 if self.age <= 30 else 420) if self.sex == "male" else (310 if self.age <= 30 else 320)
        k_ai = 3400 if self.sex == "male" else 2600
        self.rda = (mg_rda, k_ai)
        self.mag_supp = None
        if r.random() < 0.3:
            a = r.randint(30, max(31, n - 40))
            self.mag_supp = (a, a + r.randint(14, 56), r.choice([150, 200, 250, 300]),
                             r.choice(["magnesium citrate", "magnesium glycinate", "magnesium"]))
        self.supps = []  # (day, hour, name, dict)
        for d in range(n):
            q = self.dipq[d] + (0.12 if (self.d0 + timedelta(days=d)).weekday() >= 4 else 0)
            if self.travel[d]:
                q = 0.4
            por = self.portion * self.dip_portion[d]
            day = []
            kinds = ["breakfast", "lunch", "dinner"]
            if r.random() < 0.8:
                kinds.append("snack")
            if r.random() < 0.4:
                kinds.append("snack")
            for k in kinds:
                low = 1 if r.random() < q else 0
                if k == "breakfast" and low and r.random() < 0.35:
                    continue   # skipped breakfast
                tpl = r.choice(_MEALS[(k, low)])
                items = [(ndb, round(r.uniform(lo, hi) * por / 5) * 5) for ndb, lo, hi in tpl]
                have = {x[0] for x in items}
                if k in ("lunch", "dinner") and not low and r.random() < 0.75:
                    items.append(("04053", r.choice([5, 10, 10, 15, 20])))      # olive oil
                if k in ("lunch", "dinner") and r.random() < 0.35:
                    items.append((r.choice(["01040", "01026", "01032", "01009"]), r.choice([15, 20, 30, 40])))
                if k == "breakfast" and "01079" not in have and r.random() < 0.45:
                    items.append(("01079", r.choice([100, 150, 200, 250])))
                if k == "breakfast" and r.random() < 0.3:
                    items.append(("19335", r.choice([5, 8, 10])))               # sugar
                if low and r.random() < 0.35:
                    items.append((r.choice(["01001", "19335"]), r.choice([10, 15])))
                lo_h, hi_h = _MEAL_TIMES[k]
                day.append((k, r.uniform(lo_h, hi_h), items))
            day.sort(key=lambda x: x[1])
            mg = kk = ca = 0.0
            for _, _, items in day:
                for ndb, g in items:
                    f = _FOOD[ndb]
                    mg += f[2] * g / 100
                    kk += f[3] * g / 100
                    ca += f[1] * g / 100
            if self.multivit and r.random() < 0.7:
                self.supps.append((d, 8.0, "multivitamin", {"magnesium_mg": 100, "calcium_mg": 200,
                                                             "potassium_mg": 80}))
                mg += 100
                ca += 200
                kk += 80
            ms = self.mag_supp
            if ms and ms[0] <= d < ms[1] and r.random() < 0.6:
                self.supps.append((d, r.uniform(21.0, 22.5), ms[3], {"magnesium_mg": ms[2]}))
                mg += ms[2]
            self.meals.append(day)
            self.intake.append((mg, kk, ca))
        self.ratio14 = []
        for d in range(n):
            a = max(0, d - 13)
            w = self.intake[a:d + 1]
            mgm = sum(x[0] for x in w) / len(w)
            km = sum(x[1] for x in w) / len(w)
            self.ratio14.append((mgm / mg_rda, km / k_ai))

    # ------------------------------------------------------------------ loads & exposures
    def loads(self):
        n = self.n
        load = [0.0] * n
        for s in self.sess:
            load[s.day] += s.dur * s.rpe
        first = self.sess[0].day if self.sess else 0
        self.acwr = [None] * n
        for d in range(n):
            if d - first < 27:
                continue
            acute = sum(load[max(0, d - 6):d + 1])
            chronic = sum(load[max(0, d - 27):d + 1]) / 4
            if chronic > 150:
                self.acwr[d] = acute / chronic
        # muscle fatigue features
        legdays = {}
        for s in self.sess:
            if s.activity in _LEG_ACTS and not (s.activity == "strength" and "quadriceps" not in (s.muscles or [])):
                legdays.setdefault(s.day, []).append(s)
        for s in self.sess:
            prev = [x.dur for x in self.sess if s.day - 28 <= x.day < s.day and x.activity in _LEG_ACTS]
            if len(prev) >= 3:
                prev.sort()
                med = prev[len(prev) // 2]
                s.ratio = s.dur / med
            else:
                s.ratio = 1.0
            s.consec = s.activity in _LEG_ACTS and (s.day - 1) in legdays

    def logging_plan(self):
        """Decide what gets logged, before exposures are judged for visibility."""
        r = self.r
        self.watch_days = set()
        for s in self.sess:
            d = s.day
            e = self.eng[d]
            watch = self.watch_from is not None and d >= self.watch_from and r.random() < 0.95
            if d < self.first:
                s.src = None
                s.logged = False
                continue
            if self.skip[d]:
                s.src = "watch" if watch and self.sync_in_skip else None
            elif s.kind.startswith("race"):
                s.src = "watch" if watch else ("phone" if r.random() < 0.7 else "manual")
            elif watch and s.activity not in ("strength", "yoga"):
                s.src = "watch"
            elif s.kind == "c25k" or (s.activity == "running" and r.random() < 0.8):
                s.src = "phone" if r.random() < 0.6 + 0.4 * e else None
            elif s.kind == "commute":
                s.src = None
            else:
                s.src = "manual" if r.random() < 0.25 + 0.7 * e else None
            s.logged = s.src is not None
            manual_ok = not self.skip[d] and d >= self.first
            s.rpe_logged = s.logged and manual_ok and (s.src == "manual" or r.random() < 0.3 + 0.6 * e)
            s.temp_logged = s.logged and not s.indoor and (
                (s.src == "watch" and r.random() < 0.88) or (s.src == "phone" and r.random() < 0.55) or
                (s.src == "manual" and r.random() < 0.2))
            wp = self.weigh_habit * (1.6 if s.dur >= 75 or s.at >= 25 else 0.7) * (0.35 + 0.65 * e)
            if d >= self.plan_start and d < self.plan_start + 40 and s.kind == "long":
                wp += 0.25   # the plan told them to do a sweat test
            s.weighed = manual_ok and s.logged and r.random() < wp
            s.fluid_logged = manual_ok and (s.kind.startswith("race") or r.random() < self.session_fluid_log * (0.4 + 0.6 * e))

    def units(self, cause: str):
        """Exposed units of a cause: list of (key, severity, visibility)."""
        out = []
        if cause in ("heat", "dehydration", "electrolyte_loss", "muscle_fatigue"):
            for s in self.sess:
                if not s.logged:
                    continue
                if cause == "heat":
                    if not s.indoor and s.at >= 27:
                        out.append((s, _clip((s.at - 25) / 7, 0.3, 1.5), 1.0 if s.temp_logged else 0.35))
                elif cause == "dehydration":
                    if s.loss_pct >= 2.0:
                        vis = 1.0 if s.weighed else (0.6 if s.fluid_logged and s.dur >= 60 else 0.3)
                        out.append((s, _clip((s.loss_pct - 1.5) / 1.5, 0.3, 2.0), vis))
                elif cause == "electrolyte_loss":
                    if s.sweat >= 1.2 and s.na_loss >= 1000 and s.na_in - 55 * s.gels < 0.05 * s.na_loss:
                        vis = 1.0 if (s.fluid_logged or not s.drinks) else 0.4
                        out.append((s, _clip((s.na_loss - s.na_in) / 1500, 0.3, 2.0), vis))
                else:
                    if s.activity not in _LEG_ACTS or s.activity == "strength" and "quadriceps" not in s.muscles:
                        continue
                    sev = 0.0
                    if s.dur >= 45 and s.ratio >= 1.5:
                        sev = max(sev, _clip(s.ratio - 1.0, 0.5, 2.0))
                    if s.rpe >= 8:
                        sev = max(sev, _clip((s.rpe - 7.0) / 1.5, 0.5, 2.0))
                    if s.consec:
                        sev = max(sev, 0.6)
                    if sev > 0:
                        vis = 1.0 if (s.rpe_logged or s.ratio >= 1.5 or s.consec) else 0.6
                        out.append((s, sev, vis))
            return out
        for d in range(self.first, self.n):
            if cause == "training_load_spike":
                a = self.acwr[d]
                if a is not None and a >= 1.5:
                    has = any(s.day == d and s.logged for s in self.sess_by_day.get(d, []))
                    out.append((d, _clip(a - 1.2, 0.3, 2.0), 1.0 if has else 0.3))
            elif cause == "sleep_debt":
                if self.short[d]:
                    out.append((d, self.short[d], 1.0 if self.night_logged[d - 1] else 0.3))
            elif cause == "nutrient_deficiency":
                mr, kr = self.ratio14[d]
                if mr < 0.6 or kr < 0.55:
                    sev = _clip((0.68 - min(mr, kr + 0.05)) / 0.25, 0.3, 2.0)
                    logged = sum(1 for x in range(max(0, d - 13), d + 1) if self.meal_day_logged[x])
                    out.append((d, sev, 1.0 if logged >= 4 else 0.3))
            elif cause == "medication":
                m = self.planted_med
                if m and m[1] + m[3] <= d < (m[2] if m[2] is not None else self.n):
                    sev = 0.6 if d < m[1] + m[3] + 14 else 1.0
                    out.append((d, sev, 1.0))
        return out

    # ------------------------------------------------------------------ episodes
    def ep_log_p(self, d: int) -> float:
        if d < self.first or d >= self.n or self.skip[d]:
            return 0.0
        return 0.72 + 0.28 * self.eng[d]

    def ep_day(self, e) -> int:
        return e.day if e.day is not None else (e.local.date() - self.d0).days

    def side(self):
        return _wchoice(self.r, ["left", "right", "both", None], [40, 38, 10, 12])

    def night_time(self, d: int):
        """A moment in the night that ends on the morning of day d."""
        nt = self.nights[d - 1] if d >= 1 else None
        r = self.r
        if nt is None:
            return self.local(d, r.uniform(1.5, 5.5)), self.zone[d]
        bed, wake = nt[0], nt[1]
        span = (_aware(wake, nt[5]) - _aware(bed, nt[4])).total_seconds() / 60
        t = bed + timedelta(minutes=r.uniform(min(60, span * 0.3), max(61, span - 30)))
        return t, nt[4]

    def mk_spasm(self, local, zone, during, muscle=None, origin="bg", day=None, big=False):
        r = self.r
        if muscle is None:
            muscle = _wchoice(r, ["calf", "foot", "toes", "hamstring"], [60, 20, 10, 10])
        if during == "sleep":
            dur = r.choice([30, 45, 60, 90, 120, 180, 240, 300, 420, 600])
            pain = r.randint(5, 9)
            relief = r.sample(["stretching", "walking_it_off", "massage"], r.randint(1, 2))
            notes = r.choice([None, None, None, "woke me up", "woke me up again", "had to get up and stand on it",
                              "calf sore all morning"])
        elif during == "exercise":
            dur = r.choice([15, 20, 30, 45, 60, 90, 120, 180])
            pain = r.randint(4, 8) + (1 if big else 0)
            relief = r.sample(["stretching", "walking_it_off", "massage", "rest"], r.randint(1, 2))
            notes = r.choice([None, None, "had to stop and walk", "stopped to stretch", "last km",
                              "near the end"])
        elif during == "after_exercise":
            dur = r.choice([20, 30, 45, 60, 90, 120, 180])
            pain = r.randint(3, 8)
            relief = r.sample(["stretching", "massage", "rest", "hydration"], r.randint(1, 2))
            notes = r.choice([None, None, None, "in the shower after the run", "sitting in the car",
                              "on the sofa"])
        else:
            dur = r.choice([10, 20, 30, 45, 60, 90])
            pain = r.randint(2, 7)
            relief = r.sample(["stretching", "massage", "walking_it_off", "rest"], r.randint(1, 2))
            notes = None
        return _Ep(local=local, zone=zone, kind="spasm", muscle=muscle, side=self.side(), dur_s=dur,
                   pain=min(10, pain), during=during, relief=relief, relieved=r.random() < 0.88,
                   notes=notes, origin=origin, day=day)

    def mk_twitch(self, local, zone, muscle=None, origin="bg", day=None):
        r = self.r
        if muscle is None:
            muscle = _wchoice(r, ["eyelid", "calf", "quadriceps", "fingers", "foot"], [60, 20, 8, 7, 5])
        dur = r.choice([5, 10, 20, 30, 60, 120, 300, 600, 1200])
        return _Ep(local=local, zone=zone, kind="twitch", muscle=muscle,
                   side=self.side() if muscle != "eyelid" or r.random() < 0.7 else None,
                   dur_s=dur, pain=r.choice([0, 0, 0, 1]), during=r.choice(["rest", "rest", "rest", None]),
                   relief=None, relieved=None,
                   notes=r.choice([None, None, None, "on and off all day", "at my desk", "again",
                                   "annoying"]), origin=origin, day=day)

    def session_muscle(self, s, weights=None):
        r = self.r
        if s.activity == "cycling":
            return _wchoice(r, ["quadriceps", "calf", "hamstring"], [50, 35, 15])
        if s.activity == "strength":
            return r.choice(s.muscles)
        if s.activity == "swimming":
            return _wchoice(r, ["calf", "foot", "toes", "hamstring"], [45, 30, 15, 10])
        return _wchoice(r, ["calf", "hamstring", "quadriceps", "foot", "adductor"],
                        weights or [50, 20, 15, 10, 5])

    def ep_for_session(self, s, pd, origin, big=False, muscle=None, late=(0.55, 0.98)):
        r = self.r
        during = _wchoice(r, ["exercise", "after_exercise", "sleep"], pd)
        if during == "exercise":
            t = s.start + timedelta(minutes=s.dur * r.uniform(*late))
            return self.mk_spasm(t, s.zone, "exercise", muscle or self.session_muscle(s), origin, s.day, big)
        if during == "after_exercise":
            t = s.end + timedelta(minutes=r.uniform(8, 180))
            return self.mk_spasm(t, s.zone, "after_exercise", muscle or self.session_muscle(s), origin, s.day, big)
        t, z = self.night_time(s.day + 1) if s.day + 1 < self.n else (s.end + timedelta(hours=6), s.zone)
        return self.mk_spasm(t, z, "sleep", muscle, origin, s.day + 1)

    def background(self):
        r = self.r
        eps = []
        lam_night = r.uniform(0.01, 0.024)
        lam_rest = r.uniform(0.003, 0.007)
        p_sess = r.uniform(0.007, 0.015)
        twitch_every = r.uniform(80, 150)
        for d in range(1, self.n):
            if r.random() < lam_night:
                t, z = self.night_time(d)
                eps.append(self.mk_spasm(t, z, "sleep", day=d))
            if r.random() < lam_rest:
                t = self.local(d, r.uniform(8, 22.5))
                m = _wchoice(r, ["foot", "hand", "toes", "calf", "neck", "abdomen", "fingers"],
                             [30, 15, 15, 15, 10, 5, 10])
                e = self.mk_spasm(t, self.zone[d], "rest", m, day=d)
                e.notes = r.choice([None, "in the shower", "writing", "stretching in bed", "at my desk", None])
                eps.append(e)
            if r.random() < 1 / twitch_every:
                k = _wchoice(r, [1, 2, 3, 4], [3, 4, 3, 1])
                m = _wchoice(r, ["eyelid", "calf", "fingers", "quadriceps"], [70, 18, 7, 5])
                dd = d
                for _ in range(k):
                    if dd >= self.n:
                        break
                    t = self.local(dd, r.uniform(8.5, 22.5))
                    eps.append(self.mk_twitch(t, self.zone[dd], m if r.random() < 0.8 else None, day=dd))
                    dd += r.randint(1, 3)
        for s in self.sess:
            if r.random() < p_sess:
                eps.append(self.ep_for_session(s, [55, 45, 0], "bg", late=(0.1, 0.98)))
        return eps

    def plant(self):
        r = self.r
        cause = self.cause
        units = [u for u in self.units(cause)
                 if self.ep_log_p(u[0].day if isinstance(u[0], _Session) else u[0]) > 0]
        K = r.randint(9, 20)
        max_k = max(9, int(len(units) / 2.2))
        K = min(K, max_k)
        eps = []
        pool = list(units)
        weights = []
        for u in pool:
            d = u[0].day if isinstance(u[0], _Session) else u[0]
            weights.append(u[1] * u[2] * self.ep_log_p(d))
        chosen = []
        while len(eps) < K and pool:
            tot = sum(weights)
            x = r.random() * tot
            acc = 0.0
            j = 0
            for j, w in enumerate(weights):
                acc += w
                if acc >= x:
                    break
            u = pool.pop(j)
            weights.pop(j)
            new = [e for e in self.linked_eps(u) if self.ep_log_p(self.ep_day(e)) > 0]
            if new:
                chosen.append(u)
                eps.extend(new)
        self.linked_units = len(chosen)
        self.n_units = len(units)
        return eps[:max(K, 9)] if len(eps) > K + 1 else eps

    def linked_eps(self, u):
        r = self.r
        c = self.cause
        key = u[0]
        if c == "heat":
            return [self.ep_for_session(key, [50, 35, 15], "planted")]
        if c == "dehydration":
            return [self.ep_for_session(key, [45, 40, 15], "planted")]
        if c == "electrolyte_loss":
            e1 = self.ep_for_session(key, [45, 42, 13], "planted", big=True)
            out = [e1]
            if r.random() < 0.25:
                m2 = r.choice([m for m in ["calf", "hamstring", "quadriceps", "abdomen", "hand", "foot"]
                               if m != e1.muscle])
                e2 = _Ep(**{k: getattr(e1, k) for k in _Ep.__slots__})
                e2.local = e1.local + timedelta(minutes=r.uniform(3, 35))
                e2.muscle = m2
                e2.side = r.choice(["both", "left", "right"])
                e2.notes = r.choice([None, "then the other one went", "everything cramping"])
                out.append(e2)
            return out
        if c == "muscle_fatigue":
            s = key
            m = r.choice([x for x in s.muscles if x in ("calf", "hamstring", "quadriceps", "glute")] or s.muscles)
            if r.random() < 0.35:
                m = None
            return [self.ep_for_session(s, [60, 30, 10], "planted", muscle=m, late=(0.7, 0.99))]
        if c == "training_load_spike":
            d = key
            ss = [s for s in self.sess_by_day.get(d, []) if s.logged]
            if ss and r.random() < 0.85:
                return [self.ep_for_session(r.choice(ss), [45, 32, 23], "planted")]
            t, z = self.night_time(d + 1) if d + 1 < self.n else self.night_time(d)
            return [self.mk_spasm(t, z, "sleep", origin="planted", day=d + 1)]
        if c == "sleep_debt":
            d = key
            nt = self.nights[d - 1]
            wake = nt[1]
            bed_next = self.nights[d][0] if d < self.n - 1 and self.nights[d] else wake + timedelta(hours=16)
            ss = [s for s in self.sess_by_day.get(d, []) if s.logged and s.start > wake]
            x = r.random()
            if ss and x < 0.3:
                return [self.ep_for_session(r.choice(ss), [55, 45, 0], "planted")]
            span = max(60.0, (bed_next - wake).total_seconds() / 60 - 30)
            t = wake + timedelta(minutes=r.uniform(40, span))
            if x < 0.75:
                return [self.mk_twitch(t, self.zone[d], _wchoice(r, ["eyelid", "calf", "fingers"], [65, 25, 10]),
                                       "planted", d)]
            return [self.mk_spasm(t, self.zone[d], "rest", _wchoice(r, ["calf", "foot", "hamstring", "neck"],
                                                                    [45, 25, 15, 15]), "planted", d)]
        if c == "nutrient_deficiency":
            d = key
            x = r.random()
            ss = [s for s in self.sess_by_day.get(d, []) if s.logged]
            if x < 0.4:
                t, z = self.night_time(d)
                return [self.mk_spasm(t, z, "sleep", origin="planted", day=d)]
            if x < 0.72:
                t = self.local(d, r.uniform(8.5, 22.5))
                return [self.mk_twitch(t, self.zone[d], _wchoice(r, ["eyelid", "calf", "fingers", "foot"],
                                                                 [40, 40, 10, 10]), "planted", d)]
            if ss and x < 0.9:
                return [self.ep_for_session(r.choice(ss), [50, 50, 0], "planted")]
            t = self.local(d, r.uniform(9, 22.5))
            return [self.mk_spasm(t, self.zone[d], "rest", _wchoice(r, ["calf", "foot", "toes", "hand"],
                                                                    [40, 30, 15, 15]), "planted", d)]
        if c == "medication":
            d = key
            x = r.random()
            ss = [s for s in self.sess_by_day.get(d, []) if s.logged]
            if x < 0.65:
                t, z = self.night_time(d)
                return [self.mk_spasm(t, z, "sleep", _wchoice(r, ["calf", "foot", "hamstring", "toes"],
                                                              [60, 20, 12, 8]), "planted", d)]
            if ss and x < 0.8:
                return [self.ep_for_session(r.choice(ss), [40, 60, 0], "planted")]
            t = self.local(d, r.uniform(9, 22.5))
            return [self.mk_spasm(t, self.zone[d], "rest", _wchoice(r, ["calf", "foot", "hand", "hamstring"],
                                                                    [45, 25, 15, 15]), "planted", d)]
        raise ValueError(c)

    # ------------------------------------------------------------------ medications
    def medications(self):
        r = self.r
        self.meds = []   # (name, start_day, end_day or None)
        self.planted_med = None
        if self.cause == "medication":
            cands = [m for m in _CRAMP_MEDS if self.age >= m[1] and self.sex[0] in m[3]]
            name = _wchoice(r, [m[0] for m in cands], [m[2] for m in cands])
            a = r.randint(int(self.n * 0.3), int(self.n * 0.6))
            while self.skip[a] or self.travel[a]:
                a += 1
            end = None
            if r.random() < 0.4 and a + 60 < self.n - 14:
                end = min(self.n - 14, a + r.randint(42, 98))
            self.planted_med = (name, a, end, r.randint(4, 14))
            self.meds.append((name, a, end))
        if r.random() < 0.3:
            month0 = 4 if self.hemi == "N" else 9
            for y in (self.d0.year, self.d0.year + 1):
                a = (date(y, month0, 1) - self.d0).days + r.randint(-14, 20)
                if self.first < a < self.n - 20:
                    self.meds.append((r.choice(["cetirizine", "loratadine", "fexofenadine"]), a,
                                      min(self.n - 1, a + r.randint(50, 90))))
                    break
        if r.random() < 0.3:
            a = r.randint(self.first + 20, self.n - 20)
            self.meds.append(("ibuprofen", a, a + r.randint(4, 10)))
        ill_starts = [d for d in range(1, self.n) if self.ill[d] and not self.ill[d - 1]]
        for a in ill_starts:
            if r.random() < 0.3:
                self.meds.append(("amoxicillin", a + 1, a + 8))
            elif r.random() < 0.3:
                self.meds.append(("paracetamol", a, a + 4))

    # ------------------------------------------------------------------ emission
    def nid(self, prefix: str) -> str:
        self._id += self.r.randint(1, 9999)
        return f"{prefix}{self._id}"

    def emit(self, d_local: datetime, obj: dict, zone: str | None = None):
        self.objs.append((_aware(d_local, zone or self.home), obj))

    def qty(self, value: float, kind: str):
        """Hand-typed quantity, imperial strings for US users (sometimes)."""
        r = self.r
        if kind == "ml":
            if self.imperial and r.random() < 0.6:
                oz = value / 29.5735
                oz = min(_clip(round(oz / 4) * 4, 4, 64), 160)
                return f"{int(oz)} oz" if r.random() < 0.8 else f"{int(oz)} fl oz"
            return int(round(value / 50) * 50) or 50
        if kind == "kg":
            if self.lb and r.random() < 0.75:
                return f"{value / 0.45359237:.1f} lb"
            return round(value, 1)
        if kind == "temp":
            if self.imperial and r.random() < 0.7:
                return f"{round(value * 9 / 5 + 32)} degF"
            return round(value)
        if kind == "km":
            if self.imperial and r.random() < 0.7:
                return f"{value / 1.609344:.2f} mi"
            return round(value, 2)
        raise ValueError(kind)

    def build_objects(self, episodes):
        r = self.r
        first = self.first
        n = self.n
        prof = {"type": "profile", "sex": self.sex, "birth_year": self.birth_year,
                "body_mass_kg": self.qty(self.mass_true[first], "kg") if r.random() < 0.5 else round(self.mass_true[first], 1),
                "height_cm": self.height, "timezone": self.home}
        if r.random() < 0.15:
            del prof["height_cm"]
        if r.random() < 0.08:
            del prof["birth_year"]
        if self.sex == "female" and r.random() < 0.3:
            prof["pregnant"] = False
        self.emit(self.local(first, 7.0) - timedelta(hours=r.uniform(0, 10)), prof)
        if r.random() < 0.3:
            d = r.randint(first + 60, n - 10)
            p2 = dict(prof)
            p2["body_mass_kg"] = round(self.mass_true[d], 1)
            self.emit(self.local(d, 20.0), p2, self.zone[d])

        # episodes: logged?
        logged_eps = []
        for e in episodes:
            d = self.ep_day(e)
            if e.origin == "planted" or r.random() < self.ep_log_p(d):
                if self.ep_log_p(d) > 0:
                    logged_eps.append(e)
        # night cramps shorten the night a little
        for e in logged_eps:
            if e.during == "sleep":
                d = (e.local.date() - self.d0).days
                for k in (d - 1, d):
                    nt = self.nights[k] if 0 <= k < n else None
                    if nt and nt[0] <= e.local <= nt[1]:
                        nt[2] = max(2.0, nt[2] - r.uniform(0.1, 0.4))
                        nt[3] = max(1, nt[3] - 1)
        self.logged_eps = logged_eps

        # sessions
        for s in self.sess:
            if not s.logged:
                continue
            self.emit_session(s)
        # body mass
        for d in range(first, n):
            e = self.eng[d]
            auto = self.smart_scale and (not self.skip[d] or self.sync_in_skip) and not self.travel[d]
            hour = self.wake_work + r.uniform(0.05, 0.5) if (self.d0 + timedelta(days=d)).weekday() < 5 else r.uniform(7.5, 9.5)
            if auto and r.random() < 0.7:
                self.emit(self.local(d, hour), {"type": "body_mass", "time": _iso(self.local(d, hour) + timedelta(seconds=r.randint(0, 59)), self.zone[d], "sec"),
                                                "kg": round(self.mass_true[d] + r.gauss(0, 0.1), 1), "context": "morning",
                                                "id": self.nid("scale-")}, self.zone[d])
            elif not self.skip[d] and not self.travel[d] and r.random() < 0.35 * e:
                o = {"type": "body_mass", "time": _iso(self.local(d, hour), self.zone[d]),
                     "kg": self.qty(self.mass_true[d] + r.gauss(0, 0.15), "kg")}
                if r.random() < 0.8:
                    o["context"] = "morning"
                self.emit(self.local(d, hour), o, self.zone[d])
        # sleep
        self.night_logged = getattr(self, "night_logged", [False] * n)
        for d in range(first, n - 1):
            nt = self.nights[d]
            if nt is None or self.night_logged[d] is False:
                continue
            self.emit_night(d, nt)
        # meals, fluids, supplements
        for d in range(first, n):
            self.emit_day_food(d)
        # medications
        for (name, a, b) in self.meds:
            if a < first:
                continue
            o = {"type": "medication", "name": name}
            if r.random() < 0.85:
                o["start"] = (self.d0 + timedelta(days=a)).isoformat()
            else:
                o["start"] = _iso(self.local(a, r.uniform(7.5, 21)), self.zone[a])
            if b is not None and b < n:
                o["end"] = (self.d0 + timedelta(days=b)).isoformat()
            if name in ("ibuprofen", "paracetamol") and r.random() < 0.5:
                o["notes"] = r.choice(["knee pain", "sore knee after long run", "headache / cold"])
            self.emit(self.local(a, 20.0), o, self.zone[a])
        # episodes
        for e in logged_eps:
            self.emit_episode(e)
        # duplicates
        extra = []
        for t, o in self.objs:
            if o["type"] == "profile":
                continue
            if "id" in o and r.random() < 0.02:
                extra.append((t, dict(o)))
            elif "id" not in o and r.random() < 0.006:
                extra.append((t, dict(o)))
        self.objs.extend(extra)

    def emit_session(self, s):
        r = self.r
        src = s.src
        o = {"type": "workout"}
        if src == "watch":
            style = "utc" if r.random() < 0.3 else "sec"
            o["time"] = _iso(s.start, s.zone, style)
            o["duration_min"] = round(s.dur, 1)
            o["activity"] = s.activity
            if s.dist is not None:
                o["distance_km"] = round(s.dist, 2)
            if s.activity != "swimming" or r.random() < 0.5:
                o["avg_hr"] = s.hr
            o["id"] = self.nid("watch-")
        elif src == "phone":
            o["time"] = _iso(s.start, s.zone, "sec")
            o["duration_min"] = round(s.dur, 1)
            o["activity"] = s.activity
            if s.dist is not None:
                o["distance_km"] = round(s.dist, 2)
            o["id"] = self.nid("gps-")
        else:
            st = s.start.replace(minute=(s.start.minute // 5) * 5, second=0)
            o["time"] = _iso(st, s.zone)
            o["duration_min"] = self.hand_duration(s.dur)
            o["activity"] = s.activity
            if s.dist is not None and r.random() < 0.6:
                o["distance_km"] = self.qty(round(s.dist * 2) / 2, "km")
        if s.temp_logged:
            o["temperature_c"] = round(s.temp, 1) if src != "manual" else self.qty(s.temp, "temp")
            if src == "watch" and r.random() < 0.8 or src == "phone" and r.random() < 0.5:
                o["humidity_pct"] = int(round(s.rh))
        if s.rpe_logged:
            o["rpe"] = int(round(s.rpe))
        if s.kind == "c25k" and r.random() < 0.7:
            o["warm_up_min"] = 5
            o["cool_down_min"] = 5
        if (src == "manual" and r.random() < 0.45 or r.random() < 0.06) and s.muscles:
            o["muscle_groups"] = list(s.muscles) if s.activity != "running" else r.choice(
                [["calf", "quadriceps", "hamstring"], ["calves", "quads"], ["calf", "hamstring"]])
        notes = None
        if s.kind.startswith("race") and s.kind != "race5k":
            notes = s.label + r.choice([" done!", "!!", " - finished", ""])
        elif s.kind == "c25k" and r.random() < 0.6:
            notes = s.label
        elif r.random() < 0.12:
            notes = r.choice([s.label, "felt heavy", "great run", "hot", "windy", "legs tired", "new shoes",
                              "with the running club", "treadmill" if s.indoor and s.activity == "running" else "nice",
                              "salt marks on my cap" if self.sweat_na > 1150 and s.dur > 60 else "ok"])
        if notes:
            o["notes"] = notes
        self.emit(s.start, o, s.zone)
        # pre/post weigh-ins
        if s.weighed:
            t0 = s.start - timedelta(minutes=r.uniform(5, 30))
            t1 = s.end + timedelta(minutes=r.uniform(5, 25))
            pre = s.pre + r.gauss(0, 0.08)
            post = s.post + r.gauss(0, 0.08)
            for t, v, ctx in ((t0, pre, "pre_workout"), (t1, post, "post_workout")):
                self.emit(t, {"type": "body_mass", "time": _iso(t, s.zone), "kg": self.qty(v, "kg"), "context": ctx}, s.zone)
        # fluid during / right after
        if s.fluid_logged:
            for k, ml in s.drinks:
                t = s.start + timedelta(minutes=s.dur * r.uniform(0.3, 1.0)) if r.random() < 0.5 else s.end
                o = {"type": "fluid", "time": _iso(t, s.zone), "ml": self.qty(ml, "ml"), "drink": k}
                if k == "water" and r.random() < 0.4:
                    del o["drink"]
                if k == "electrolyte_drink" and r.random() < 0.5:
                    o["sodium_mg"] = int(round(ml / 1000 * _NA_L[k] / 10) * 10)
                if r.random() < 0.25:
                    o["notes"] = "during run" if s.activity == "running" else "during workout"
                self.emit(t, o, s.zone)
            if s.caps:
                t = s.start + timedelta(minutes=s.dur * 0.5)
                self.emit(t, {"type": "supplement", "time": _iso(t, s.zone), "name": "salt capsules",
                              "sodium_mg": 215 * s.caps, "potassium_mg": 63 * s.caps}, s.zone)
            if s.gels and r.random() < 0.7:
                t = s.start + timedelta(minutes=s.dur * 0.55)
                self.emit(t, {"type": "meal", "time": _iso(t, s.zone), "energy_kcal": 100 * s.gels,
                              "sodium_mg": 55 * s.gels, "notes": f"{s.gels} gels"}, s.zone)
            if r.random() < 0.55:
                t = s.end + timedelta(minutes=r.uniform(20, 60))
                k = _wchoice(r, ["water", "milk", "sports_drink", "electrolyte_drink"], [70, 10, 10, 10])
                self.emit(t, {"type": "fluid", "time": _iso(t, s.zone), "ml": self.qty(r.choice([300, 400, 500, 750]), "ml"),
                              "drink": k}, s.zone)

    def hand_duration(self, dur):
        r = self.r
        if self.r.random() < 0.15 and dur > 60:
            h = round(dur / 60 * 4) / 4
            return f"{h:g} h"
        return max(5, int(round(dur / 5) * 5))

    def decide_logging_days(self):
        r = self.r
        n = self.n
        self.night_logged = [False] * n
        self.night_src = [None] * n
        for d in range(self.first, n - 1):
            nxt = d + 1
            watch = (self.watch_from is not None and nxt >= self.watch_from and r.random() < 0.78
                     and (not self.skip[nxt] or self.sync_in_skip))
            man = not self.skip[nxt] and r.random() < self.sleep_manual * self.eng[nxt] * (0.25 if watch else 1)
            if watch or man:
                self.night_logged[d] = True
                self.night_src[d] = ("watch" if watch else "") + ("+manual" if man else "")
        self.meal_day_logged = [False] * n
        for d in range(self.first, n):
            if not self.skip[d] and r.random() < self.meal_habit * self.eng[d] * (0.3 if self.travel[d] else 1):
                self.meal_day_logged[d] = True
        self.sess_by_day = {}
        for s in self.sess:
            self.sess_by_day.setdefault(s.day, []).append(s)

    def emit_night(self, d, nt):
        r = self.r
        bed, wake, asleep, q, zb, zw = nt
        src = self.night_src[d] or ""
        if "watch" in src:
            b = bed + timedelta(minutes=r.uniform(5, 25), seconds=r.randint(0, 59))
            o = {"type": "sleep", "time": _iso(b, zb, "utc" if r.random() < 0.3 else "sec"),
                 "end": _iso(wake + timedelta(seconds=r.randint(0, 59)), zw, "sec"), "id": self.nid("watch-sleep-")}
            if r.random() < 0.3:
                o["quality"] = q
            self.emit(b, o, zb)
        if "manual" in src:
            b = bed.replace(minute=(bed.minute // 15) * 15, second=0)
            o = {"type": "sleep", "time": _iso(b, zb)}
            if r.random() < 0.5:
                o["hours"] = round(asleep * 4) / 4 if r.random() < 0.6 else round(asleep * 2) / 2
            else:
                w = wake.replace(minute=(wake.minute // 15) * 15, second=0)
                o["end"] = _iso(w, zw)
            if r.random() < 0.85:
                o["quality"] = int(_clip(q + r.choice([-1, 0, 0, 0, 1]), 1, 5))
            if r.random() < 0.04:
                o["notes"] = r.choice(["bad night", "kids up", "too hot", "couldn't switch off", "slept great"])
            self.emit(b, o, zb)

    def emit_day_food(self, d):
        r = self.r
        z = self.zone[d]
        e = self.eng[d]
        manual = not self.skip[d]
        if self.meal_day_logged[d]:
            for k, h, items in self.meals[d]:
                if r.random() > (0.93 if k != "snack" else 0.7):
                    continue
                t = self.local(d, h)
                if r.random() < 0.06:
                    kc = sum(_FOOD[ndb][0] * g / 100 for ndb, g in items)
                    o = {"type": "meal", "time": _iso(t, z), "energy_kcal": int(round(kc / 10) * 10)}
                    if r.random() < 0.5:
                        o["sodium_mg"] = int(round(sum(_FOOD[ndb][4] * g / 100 for ndb, g in items) / 50) * 50)
                    o["notes"] = r.choice(["restaurant", "takeaway", "canteen", "ate out"])
                else:
                    its = []
                    for ndb, g in items:
                        if ndb in _TYPED and r.random() < 0.2:
                            its.append({"food": _TYPED[ndb], "grams": g})
                        else:
                            its.append({"ndb_no": ndb, "grams": g})
                    o = {"type": "meal", "time": _iso(t, z), "items": its}
                    if r.random() < 0.3:
                        o["id"] = self.nid("cw-meal-")
                self.emit(t, o, z)
        if not manual:
            return
        # drinks through the day
        fl = self.fluid_habit * e
        drinks = []
        for i in range(self.coffee):
            drinks.append((r.uniform(7.0, 10.0) + 3.5 * i, "coffee", r.choice([200, 250, 300, 350])))
        for i in range(self.tea):
            drinks.append((r.uniform(10, 21), "tea", r.choice([250, 300])))
        for i in range(self.water_glasses):
            drinks.append((r.uniform(7.5, 22), "water", r.choice([250, 300, 330, 500, 500, 750])))
        dow = (self.d0 + timedelta(days=d)).weekday()
        if dow in (4, 5) and r.random() < 0.45:
            for i in range(r.randint(1, 3)):
                drinks.append((r.uniform(19, 23), "beer", r.choice([330, 500, 568])))
        if r.random() < 0.15:
            drinks.append((r.uniform(12, 18), "soft_drink", 330))
        if r.random() < 0.1:
            drinks.append((r.uniform(8, 20), "juice", 250))
        if r.random() < 0.15:
            drinks.append((r.uniform(7, 9), "milk", 200))
        for h, k, ml in drinks:
            if r.random() < fl:
                t = self.local(d, h)
                o = {"type": "fluid", "time": _iso(t, z), "ml": self.qty(ml, "ml")}
                if k != "water" or r.random() < 0.5:
                    o["drink"] = k
                self.emit(t, o, z)
        for (dd, h, name, vals) in self.supps:
            if dd == d and r.random() < 0.5 + 0.45 * e:
                t = self.local(d, h + r.uniform(-0.3, 0.3))
                o = {"type": "supplement", "time": _iso(t, z), "name": name}
                o.update(vals)
                self.emit(t, o, z)

    def emit_episode(self, e):
        r = self.r
        d = e.day if e.day is not None else 0
        eng = self.eng[min(max(d, 0), self.n - 1)]
        t = e.local
        if e.during == "exercise" and r.random() < 0.08:
            t = t + timedelta(minutes=r.uniform(20, 90))  # logged with the time of logging
        kind = e.kind
        if r.random() < 0.08:
            kind = {"spasm": "cramp", "twitch": "fasciculation"}[e.kind]
        o = {"type": "episode", "time": _iso(t, e.zone), "kind": kind, "muscle": e.muscle}
        keep = 0.55 + 0.45 * eng
        if e.side and r.random() < keep + 0.1:
            o["side"] = e.side
        if e.dur_s is not None and r.random() < keep:
            o["duration_s"] = e.dur_s
        if e.pain is not None and r.random() < keep + 0.15:
            o["pain"] = e.pain
        if e.during and r.random() < keep + 0.15:
            o["during"] = e.during
        if e.relief and r.random() < keep:
            o["relief"] = e.relief
        if e.relieved is not None and r.random() < keep - 0.1:
            o["relieved"] = e.relieved
        if r.random() < 0.08:
            o["flags"] = {"swelling": False, "weakness": False}
        if e.notes and r.random() < 0.7:
            o["notes"] = e.notes
        if r.random() < 0.4:
            o["id"] = self.nid("cw-ep-")
        self.emit(t, o, e.zone)


# --------------------------------------------------------------------------- driver

_NEED = {"heat": 22, "dehydration": 20, "electrolyte_loss": 24, "muscle_fatigue": 30,
         "training_load_spike": 22, "sleep_debt": 30, "nutrient_deficiency": 25, "medication": 40}


def _rng(cause, seed, attempt):
    h = hashlib.sha256(f"blind-journal-T|{cause}|{seed}|{attempt}".encode()).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


_EARLY = ("heat", "dehydration", "electrolyte_loss")


def _stage1(cause, seed, attempt):
    w = _World(_rng(cause, seed, attempt), cause)
    w.persona()
    w.calendar()
    w.timeline()
    w.sessions_build()
    w.physiology()
    w.logging_plan()
    return w


def _stage2(w):
    w.sleep_build()
    w.loads()
    w.medications()
    w.decide_logging_days()
    if w.cause == "nutrient_deficiency":
        w.diet_build()
    return w


def _score(w, cause):
    units = [u for u in w.units(cause)
             if w.ep_log_p(u[0].day if isinstance(u[0], _Session) else u[0]) > 0]
    cut = 0.6 if cause == "dehydration" else 0.9
    good = sum(1 for u in units if u[2] >= cut)
    ok = len(units) >= _NEED[cause] and good >= 0.6 * _NEED[cause]
    return ok, min(len(units), good * 1.6)


def blind_journal(cause: str | None, seed: int) -> BlindJournal:
    return _make(cause, seed)[0]


def _make(cause, seed):
    if cause is not None and cause not in CAUSES:
        raise ValueError(f"unknown cause {cause!r}")
    best = None
    attempt = 0
    for attempt in range(40):
        w = _stage1(cause, seed, attempt)
        if cause is None:
            best = _stage2(w)
            break
        if cause in _EARLY:
            ok, score = _score(w, cause)
            if not ok and best is not None and score <= best[0]:
                continue
            _stage2(w)
        else:
            _stage2(w)
            ok, score = _score(w, cause)
        if best is None or score > best[0]:
            best = (score, w)
        if ok:
            best = (score, w)
            break
    w = best if cause is None else best[1]
    w.attempts = attempt + 1
    if cause != "nutrient_deficiency":
        w.diet_build()
    r = w.r
    episodes = w.background()
    if cause is not None:
        episodes += w.plant()
    w.build_objects(episodes)
    if cause is None:
        # a null journal keeps at least five logged episodes
        tries = 0
        while len(w.logged_eps) < 5 and tries < 200:
            tries += 1
            d = r.randint(w.first + 1, w.n - 1)
            if w.ep_log_p(d) <= 0:
                continue
            if r.random() < 0.6:
                t, z = w.night_time(d)
                e = w.mk_spasm(t, z, "sleep", day=d)
            else:
                e = w.mk_twitch(w.local(d, r.uniform(9, 22)), w.zone[d], day=d)
            w.logged_eps.append(e)
            w.emit_episode(e)
    items = sorted(w.objs, key=lambda x: x[0])
    prof = [o for _, o in items if o["type"] == "profile"]
    # the first profile opens the export; a later profile update stays in time order
    objs = prof[:1] + [o for _, o in items if o is not prof[0]]
    start = _aware(w.local(w.first, 0.0), w.home)
    stop = _aware(w.local(w.n, 0.0), w.home)
    last = max(k for k, _ in items)
    if last >= stop:
        stop = last + timedelta(minutes=1)
    return BlindJournal(cause=cause, objects=objs, start=start, stop=stop), w
