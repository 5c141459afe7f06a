"""Blind synthetic cramp journals of combat-sport athletes, with one planted cause.

Point of view
=============
This module is written by an examiner who has not seen the product.  It knows only the journal
format (journal.md), the fixed vocabulary (vocabulary.md), the evidence file (evidence.md) and
the USDA SR28 food table.  Each call builds the journal of one person who fights: a Brazilian
jiu-jitsu player, a wrestler, a boxer or a judoka, who competes every few weeks, cuts weight
before weigh-ins, alternates hard sparring days with technique days, trains in gyms that are
often hot, wears a smartwatch (not always: many grapplers take it off to roll, boxers wear gloves)
and steps on a smart scale most mornings.  The journal holds what such a person would really
export or type in:

* ``workout``: from the watch (exact start, decimal minutes, ``avg_hr``, an id, sometimes a wrong
  activity label such as ``other``) or typed in after class (rounded times, RPE, maybe the gym
  thermometer reading, maybe the muscles that took a beating).  Sessions: technique classes,
  classes with rounds, hard sparring/live wrestling/randori, long open mats, strength, runs and
  other conditioning, recovery yoga/walks, weight-cut sweat sessions (sweat suit runs, sauna),
  competition warm-ups and matches.  Longer sessions are harder (RPE rises with duration), hot
  gyms make sessions feel harder and raise heart rate.
* ``body_mass``: smart-scale mornings (in lb for US athletes), pre/post-training weigh-ins on the
  gym scale (frequent for wrestlers and in every cut week), official weigh-ins; scale noise,
  clothes, the odd pound value typed into a kg field.
* ``fluid``: coffee, water bottles (smart bottle or typed, in ml or "oz" strings), what was drunk
  during training (plain water, sports drink, electrolyte mix), water loading and restriction in
  cut weeks, rehydration solutions after weigh-ins, beer after competitions.  Hot days make the
  athlete sweat more *and* drink more and reach for electrolyte drinks a little more often.
* ``sleep``: watch nights (bedtime and wake time or hours, a 1-5 quality), with charger gaps.
  Late classes, cut weeks, the night before a competition, travel, jet lag and random bad nights
  shorten sleep.
* ``meal``: food-tracker days (USDA SR28 ``ndb_no`` items), logged in spells, more often while
  dieting; normal diet, pre-competition cut diet, and sometimes a strict "chicken, rice and egg
  whites" phase (drop a weight class) that is low in magnesium, potassium and calcium.
* ``supplement``: creatine, magnesium, multivitamin, electrolyte capsules.
* ``medication``: short benign courses typical of mat sports (valacyclovir, clotrimazole,
  mupirocin, amoxicillin, cetirizine, acetaminophen) and, in some journals, a cramp-linked
  medicine (the planted cause, or a decoy with no effect).
* ``episode``: every cramp or twitch the person noticed, typed in by hand.
* Local times with the UTC offset of where the person is (own DST rules for US, EU and
  Australian zones), travel to away competitions and training camps in other time zones.

Natural correlations (present in EVERY journal, null ones included, none of them affects the
episode rate): heat raises sweat rate, body-mass loss, fluid intake, heart rate and RPE; long
sessions are hard ones and sweat more; cut weeks combine dehydrating sweat sessions, low intake,
short sleep and low food; competition nights are short; returns from layoffs and training camps
raise the acute:chronic load ratio; summer brings hot gyms and hot nights.  Decoy exposures
also occur without effect: low-mineral diet phases (about a third of journals), a cramp-linked
medicine started without any change in episodes (about a fifth), salty-sweat notes, people
blaming their cramps on dehydration or magnesium in their notes.

Background episodes (every journal, independent of every exposure)
==================================================================
Nocturnal calf/foot cramps at a constant rate per night, eyelid-twitch clusters, small rest
twitches (calf, thumb, face), rest cramps (toes, foot, hamstring while putting on shoes), and
exercise cramps at a constant probability per session (not per hour, not tied to heat, fluid,
load or anything else).  A null journal (``cause=None``) holds only these and always has at
least 5 episodes; a cause journal keeps at least 3 of them.

How each cause is planted
=========================
For the planted cause the world is simulated, then the *exposed units* are listed: units in
which the exposure is clearly present (margins above the thresholds below) AND visible in the
journal's own data.  ``k`` = randint(9, 20) linked episodes (11-20 for nutrient_deficiency and
12-20 for medication, whose long day-level windows dilute the rate), capped at 45 % of the exposed
units so that most exposed units have no episode (a world with too few exposed units is redrawn),
are placed in ``k`` distinct exposed units chosen at random, weighted by the strength of the
exposure.  No other unit gets an extra episode: the planted exposure is the only one that raises
the rate.  The world of a cause journal differs only in traits that make the exposure present
and visible, all of them common in the other journals too: dehydration - drinks little, sweats
a lot, weighs before and after most sessions; electrolyte_loss - salty heavy sweater who drinks
plenty, often plain water, logs training drinks; heat - hot city, unconditioned gym, gym
thermometer logged, journal spanning the summer; muscle_fatigue / training_load_spike - RPE
logged nearly always, for the spike 2-3 layoffs of 2-3 weeks; sleep_debt - more bad nights,
sleep logged nearly every night; nutrient_deficiency - a long strict phase with meals logged;
medication - the medicine itself (possibly an older athlete, for a statin or a diuretic).

* ``dehydration``: unit = a session weighed before and after (``pre_workout``/``post_workout``)
  whose observed loss (pre - post) / pre is >= 2.2 % (the person drinks little during training,
  cut-week sweat sessions).  Episodes: spasms of worked muscles late in the session, up to 2.5 h
  after it, or (10 %) that night.
* ``electrolyte_loss``: unit = a session of >= 75 min, estimated sweat sodium loss >= 2 g (a salty
  sweater: sweat rate x duration x sweat sodium), drunk on plain water only (>= 0.4 l of logged
  ``water`` during the session) with drink/supplement sodium from start to 30 min after < 25 % of
  the loss, and the sweat visible (gym temperature logged or weighed around it).  The same person
  drinks electrolyte/sports drinks on many other long sweaty sessions and drinks enough that body
  mass loss usually stays below 2 %.  Episodes: spasms (often several muscles, both sides) late in
  the session, up to 4 h after, or that night.
* ``muscle_fatigue``: unit = a logged session whose load (duration x RPE) is in the top 15 % of the
  person's sessions and that is also long (>= 1.25 x the median duration) or hard (RPE >= 8).
  Matches, warm-ups and sauna are excluded.  Episodes: a worked muscle in the last 35 % of the
  session or within 1 h after.
* ``training_load_spike``: unit = a session on a day whose acute:chronic ratio (7-day load over
  the 28-day weekly average, load = duration x RPE) is >= 1.6 in truth and >= 1.5 from the logged
  sessions, after day 28 (returns after 2-3 week layoffs, training-camp weeks).  Session lengths
  stay ordinary.  Episodes: worked muscles during/after the session, sometimes that night.
* ``heat``: unit = a session with logged ``temperature_c`` >= 30.5, or >= 28 with logged
  ``humidity_pct`` >= 72 (an unconditioned gym in a hot city, summer).  Episodes: during (second
  half) or within 1.5 h after.
* ``nutrient_deficiency``: unit = a day whose 14-day mean intake of magnesium, potassium or
  calcium (the lowest ratio to the reference intake) is < 55 % in truth and < 60 % from the
  logged meals (>= 8 logged days in the window): a long strict diet phase (6-14 weeks) during
  which meals are logged nearly every day; outside it meals are logged on many days and intake
  is adequate.  Episodes: twitches (eyelid, calf, face, fingers), night cramps, rest cramps,
  cramps during that day's training.
* ``sleep_debt``: unit = a day after a logged night of <= min(6.0 h, usual - 1.75 h), usual being
  the median logged night.  Episodes: during that waking day (twitches, mostly eyelid/calf, and
  cramps, in training when the day has a session).
* ``medication``: a cramp-linked medicine (statin, thiazide-like or potassium-sparing diuretic,
  LABA inhaler or daily naproxen, by age and sex) starts between 30 % and 55 % of the journal,
  stopped 50-120 days later in 60 % of journals (back to the background rate afterwards); unit =
  a day from start + 3-10 days to the end + 5 days.  Names: atorvastatin, rosuvastatin,
  hydrochlorothiazide, chlorthalidone (age >= 32), spironolactone (women), salmeterol,
  formoterol, naproxen.  Episodes: mostly nocturnal leg cramps, also rest and training cramps and
  a few twitches (more twitches with the beta-2 agonists).

Interface: ``blind_journal(cause, seed)`` is deterministic per (cause, seed) (its own
``random.Random`` seeded by a string), pure standard library, no I/O.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date, datetime, time as dtime, timedelta, timezone

CAUSES = ("dehydration", "electrolyte_loss", "muscle_fatigue", "training_load_spike", "heat",
          "nutrient_deficiency", "sleep_debt", "medication")


@dataclass
class BlindJournal:
    cause: str | None
    objects: list[dict]      # journal entries as JSON objects (journal.md), incl. a profile
    start: datetime          # tz-aware, the journal's observed period
    stop: datetime


# ---------------------------------------------------------------------------------------------
# Time zones (own rules: the zoneinfo database is not needed)

_ZONES = {
    "America/New_York": ("us", -5), "America/Chicago": ("us", -6),
    "America/Los_Angeles": ("us", -8), "America/Sao_Paulo": ("none", -3),
    "Europe/London": ("eu", 0), "Europe/Lisbon": ("eu", 0), "Europe/Berlin": ("eu", 1),
    "Europe/Rome": ("eu", 1), "Asia/Tokyo": ("none", 9), "Asia/Dubai": ("none", 4),
    "Australia/Sydney": ("au", 10),
}


def _nth_sunday(y: int, m: int, n: int) -> date:
    d = date(y, m, 1)
    return d + timedelta(days=(6 - d.weekday()) % 7 + 7 * (n - 1))


def _last_sunday(y: int, m: int) -> date:
    d = (date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)) - timedelta(days=1)
    return d - timedelta(days=(d.weekday() - 6) % 7)


def _offset_h(zone: str, local: datetime) -> int:
    rule, std = _ZONES[zone]
    y = local.year
    if rule == "us":
        a = datetime.combine(_nth_sunday(y, 3, 2), dtime(2))
        b = datetime.combine(_nth_sunday(y, 11, 1), dtime(1))
        dst = a <= local < b
    elif rule == "eu":
        a = datetime.combine(_last_sunday(y, 3), dtime(1)) + timedelta(hours=std)
        b = datetime.combine(_last_sunday(y, 10), dtime(1)) + timedelta(hours=std + 1)
        dst = a <= local < b
    elif rule == "au":
        a = datetime.combine(_nth_sunday(y, 10, 1), dtime(2))
        b = datetime.combine(_nth_sunday(y, 4, 1), dtime(3))
        dst = local >= a or local < b
    else:
        dst = False
    return std + (1 if dst else 0)


def _aware(local: datetime, zone: str) -> datetime:
    return local.replace(tzinfo=timezone(timedelta(hours=_offset_h(zone, local))))


def _iso(t: datetime) -> str:
    return t.isoformat(timespec="seconds")


# ---------------------------------------------------------------------------------------------
# Climate: monthly mean daily highs (degC) and afternoon relative humidity (%)

_CLIMATE = {
    "New York": ([4, 6, 10, 17, 22, 27, 30, 29, 25, 18, 12, 7],
                 [60, 58, 56, 55, 60, 63, 64, 66, 66, 62, 62, 62]),
    "Houston": ([17, 19, 23, 27, 31, 34, 35, 36, 32, 28, 22, 18],
                [68, 66, 66, 68, 70, 70, 68, 68, 70, 68, 69, 69]),
    "San Diego": ([19, 19, 19, 20, 21, 22, 24, 25, 25, 23, 21, 19],
                  [62, 63, 64, 65, 68, 70, 70, 70, 68, 66, 63, 62]),
    "Los Angeles": ([20, 20, 21, 22, 23, 25, 28, 29, 28, 26, 23, 20],
                    [60, 62, 62, 62, 64, 65, 65, 66, 65, 62, 60, 58]),
    "Orlando": ([22, 24, 27, 29, 32, 33, 34, 34, 32, 29, 26, 23],
                [60, 58, 56, 54, 56, 64, 66, 68, 68, 64, 62, 62]),
    "Rio de Janeiro": ([30, 31, 30, 28, 27, 26, 25, 26, 26, 27, 28, 29],
                       [76, 76, 78, 78, 78, 77, 75, 74, 76, 77, 77, 77]),
    "Sao Paulo": ([28, 28, 27, 25, 23, 22, 22, 24, 25, 26, 27, 27],
                  [78, 78, 78, 77, 76, 75, 70, 66, 70, 74, 74, 77]),
    "London": ([8, 9, 12, 15, 18, 21, 23, 23, 20, 16, 11, 8],
               [80, 75, 70, 65, 65, 65, 65, 67, 70, 75, 80, 82]),
    "Lisbon": ([15, 16, 19, 20, 23, 27, 29, 29, 27, 23, 18, 15],
               [72, 70, 64, 62, 60, 56, 52, 52, 56, 64, 70, 74]),
    "Berlin": ([3, 5, 9, 15, 19, 22, 25, 24, 20, 14, 8, 4],
               [82, 78, 72, 64, 62, 62, 62, 63, 68, 76, 82, 84]),
    "Rome": ([12, 13, 16, 19, 24, 28, 31, 31, 27, 22, 16, 13],
             [72, 70, 68, 66, 64, 60, 56, 58, 62, 68, 72, 74]),
    "Tokyo": ([10, 10, 14, 19, 23, 26, 30, 31, 27, 22, 17, 12],
              [50, 52, 56, 62, 66, 75, 76, 74, 74, 68, 62, 55]),
    "Sydney": ([26, 26, 25, 23, 20, 17, 17, 18, 20, 22, 24, 25],
               [62, 64, 64, 62, 60, 58, 54, 50, 52, 56, 58, 60]),
    "Dubai": ([24, 25, 29, 33, 38, 40, 41, 41, 39, 35, 30, 26],
              [60, 60, 55, 45, 40, 45, 45, 50, 55, 55, 58, 60]),
}

# home city, zone, unit habits, hot (for the heat cause)
_HOMES = [
    ("New York", "America/New_York", "us", False),
    ("Houston", "America/Chicago", "us", True),
    ("San Diego", "America/Los_Angeles", "us", False),
    ("Orlando", "America/New_York", "us", True),
    ("Rio de Janeiro", "America/Sao_Paulo", "metric", True),
    ("Sao Paulo", "America/Sao_Paulo", "metric", True),
    ("London", "Europe/London", "metric", False),
    ("Lisbon", "Europe/Lisbon", "metric", True),
    ("Berlin", "Europe/Berlin", "metric", False),
    ("Tokyo", "Asia/Tokyo", "metric", True),
    ("Sydney", "Australia/Sydney", "metric", True),
]

# away venues: (city for climate, zone)
_AWAY = {
    "America/New_York": [("Orlando", "America/New_York"), ("Los Angeles", "America/Los_Angeles"),
                         ("Houston", "America/Chicago")],
    "America/Chicago": [("Los Angeles", "America/Los_Angeles"), ("Orlando", "America/New_York"),
                        ("Houston", "America/Chicago")],
    "America/Los_Angeles": [("Los Angeles", "America/Los_Angeles"), ("Orlando", "America/New_York"),
                            ("Houston", "America/Chicago")],
    "America/Sao_Paulo": [("Rio de Janeiro", "America/Sao_Paulo"),
                          ("Sao Paulo", "America/Sao_Paulo"),
                          ("Orlando", "America/New_York")],
    "Europe/London": [("Lisbon", "Europe/Lisbon"), ("Rome", "Europe/Rome"),
                      ("Berlin", "Europe/Berlin"), ("London", "Europe/London")],
    "Europe/Lisbon": [("Rome", "Europe/Rome"), ("London", "Europe/London"),
                      ("Lisbon", "Europe/Lisbon")],
    "Europe/Berlin": [("Rome", "Europe/Rome"), ("Lisbon", "Europe/Lisbon"),
                      ("Berlin", "Europe/Berlin"), ("London", "Europe/London")],
    "Asia/Tokyo": [("Tokyo", "Asia/Tokyo"), ("Sydney", "Australia/Sydney")],
    "Australia/Sydney": [("Sydney", "Australia/Sydney"), ("Tokyo", "Asia/Tokyo")],
}
_INTERNATIONAL = [("Dubai", "Asia/Dubai"), ("Lisbon", "Europe/Lisbon"),
                  ("Los Angeles", "America/Los_Angeles"), ("Rio de Janeiro", "America/Sao_Paulo"),
                  ("Tokyo", "Asia/Tokyo")]


def _clim(city: str, d: date) -> tuple[float, float]:
    highs, rhs = _CLIMATE[city]
    # linear interpolation between mid-month values
    m = d.month - 1
    frac = (d.day - 15) / 30.0
    if frac >= 0:
        m2, w = (m + 1) % 12, frac
    else:
        m2, w = (m - 1) % 12, -frac
    return highs[m] * (1 - w) + highs[m2] * w, rhs[m] * (1 - w) + rhs[m2] * w


# ---------------------------------------------------------------------------------------------
# Foods (USDA SR28): ndb -> (kcal, calcium, magnesium, potassium, sodium) per 100 g

_FOODS = {
    "09040": (89, 5, 27, 358, 1), "05064": (165, 15, 29, 256, 74), "20045": (130, 10, 12, 35, 1),
    "20037": (123, 3, 39, 86, 4), "01123": (143, 56, 12, 138, 142), "01124": (52, 7, 11, 163, 166),
    "11457": (23, 99, 79, 558, 79), "12061": (579, 269, 270, 733, 1),
    "16098": (598, 49, 168, 558, 426), "08120": (379, 52, 138, 362, 6),
    "01079": (50, 120, 11, 140, 47), "01256": (59, 110, 11, 141, 36),
    "11508": (90, 38, 27, 475, 36), "11091": (35, 40, 21, 293, 41), "09037": (160, 12, 29, 485, 7),
    "09003": (52, 6, 5, 107, 1), "09050": (57, 6, 6, 77, 1), "09200": (47, 40, 10, 181, 0),
    "15237": (206, 15, 30, 384, 61), "23564": (204, 15, 23, 363, 75),
    "16015": (132, 27, 70, 355, 1), "18075": (252, 161, 75, 254, 455),
    "20121": (158, 7, 18, 44, 1), "15121": (86, 17, 23, 179, 247), "01009": (404, 710, 27, 76, 653),
    "19904": (598, 73, 228, 715, 20), "09316": (32, 16, 13, 153, 1), "11251": (17, 33, 14, 247, 8),
    "11205": (15, 16, 13, 147, 2), "11529": (18, 10, 11, 237, 5), "11124": (41, 33, 12, 320, 69),
    "18002": (287, 15, 24, 116, 457), "19296": (304, 6, 2, 52, 4),
    "13451": (212, 22, 25, 368, 61), "19015": (471, 61, 97, 336, 294),
    "19052": (380, 11, 151, 299, 116), "11233": (49, 150, 47, 491, 38),
    "10061": (143, 6, 29, 421, 57), "19095": (207, 128, 14, 199, 80),
    "22918": (221, 52, 31, 210, 351), "05098": (179, 9, 24, 269, 106), "09326": (30, 7, 10, 112, 1),
    "12085": (574, 45, 260, 565, 16), "16126": (78, 201, 37, 148, 12),
    "11674": (93, 15, 28, 535, 10), "01015": (81, 111, 9, 125, 308),
    "05220": (147, 9, 32, 249, 99), "18363": (218, 81, 72, 186, 45),
    "18364": (306, 146, 22, 125, 736), "16070": (116, 19, 36, 369, 2),
    "14058": (359, 698, 233, 872, 372), "01077": (61, 113, 10, 132, 43),
    "01117": (63, 183, 17, 234, 70), "15088": (208, 382, 39, 397, 307),
    "20134": (108, 4, 3, 4, 19), "09278": (116, 2, 32, 465, 5), "09421": (277, 64, 54, 696, 1),
    "11212": (121, 63, 64, 436, 6), "16112": (198, 57, 48, 210, 3728),
    "16028": (127, 35, 42, 405, 1), "16390": (587, 58, 178, 634, 6), "20137": (120, 17, 64, 172, 7),
    "11313": (78, 24, 22, 110, 72), "11821": (31, 7, 12, 211, 4), "11282": (40, 23, 10, 146, 4),
    "09176": (60, 11, 10, 168, 1), "18069": (266, 144, 23, 126, 490),
    "01028": (254, 782, 23, 84, 619),
}

# meal options: list of (ndb, grams)
_BREAKFAST = [
    [("08120", 80), ("01079", 250), ("09040", 120)],
    [("01123", 150), ("18075", 70), ("09037", 60), ("09200", 150)],
    [("01256", 250), ("09050", 100), ("19015", 40), ("19296", 15)],
    [("18002", 100), ("01123", 100), ("01009", 25)],
    [("08120", 70), ("16098", 25), ("09040", 120), ("01077", 200)],
    [("01123", 120), ("09278", 150), ("16015", 100)],
]
_LUNCH = [
    [("05064", 180), ("20037", 250), ("11091", 150)],
    [("23564", 150), ("11674", 300), ("11251", 80), ("11529", 100)],
    [("15237", 150), ("20137", 200), ("11457", 60)],
    [("22918", 250), ("09003", 180)],
    [("15121", 130), ("20121", 250), ("11529", 120), ("01028", 30)],
    [("05098", 180), ("16015", 150), ("18363", 60), ("09037", 70)],
    [("13451", 150), ("20045", 250), ("16015", 150), ("11251", 60)],
]
_SNACK = [
    [("09040", 120), ("16098", 32)],
    [("12061", 30), ("09003", 180)],
    [("01256", 200), ("09316", 150)],
    [("09421", 48), ("12085", 30)],
    [("19904", 25), ("09200", 150)],
    [("19052", 20), ("01015", 150)],
    [("16390", 35), ("09176", 150)],
]
_SHAKE = [[("14058", 30), ("01079", 300)], [("14058", 35), ("09040", 100), ("01077", 250)],
          [("14058", 30), ("09050", 80), ("01117", 150)]]
_DINNER = [
    [("13451", 200), ("11508", 250), ("11233", 60)],
    [("05064", 200), ("20045", 300), ("11091", 150)],
    [("10061", 180), ("11674", 300), ("11124", 100), ("11313", 100)],
    [("15237", 170), ("20037", 250), ("11457", 80)],
    [("16126", 200), ("20134", 250), ("11212", 100), ("16112", 15)],
    [("05220", 180), ("20121", 300), ("11529", 150), ("11821", 100)],
    [("16070", 250), ("20045", 200), ("11282", 50), ("18364", 60)],
    [("23564", 180), ("16028", 150), ("20045", 200), ("09037", 60)],
]
_TREAT = [[("18069", 110), ("23564", 220), ("01009", 40), ("11529", 50)],
          [("20121", 350), ("23564", 150), ("01028", 60)],
          [("22918", 300), ("01009", 30), ("19095", 150)],
          [("18364", 120), ("23564", 200), ("01009", 40), ("09037", 50)]]
_DAIRY = [[("01079", 250)], [("01009", 30)], [("01256", 170)], [("01028", 40)], [("01117", 170)]]
# strict "drop a weight class" phase: chicken, white rice, egg whites, tuna, cucumber
_STRICT_B = [[("01124", 250), ("18069", 40)], [("01124", 220), ("20045", 120)],
             [("01124", 200), ("09003", 120)]]
_STRICT_L = [[("05064", 160), ("20045", 150), ("11205", 100)],
             [("15121", 130), ("20045", 150), ("11251", 50)],
             [("05220", 150), ("20121", 120), ("11205", 80)]]
_STRICT_S = [[("09003", 140)], [("05220", 80)], [("01124", 150)], [("20134", 120)]]
_STRICT_D = [[("05220", 160), ("20121", 130)], [("05064", 170), ("20134", 180)],
             [("15121", 120), ("20045", 150), ("11205", 80)]]


def _nutrients(items: list[tuple[str, float]]) -> tuple[float, float, float, float, float]:
    kcal = ca = mg = k = na = 0.0
    for ndb, g in items:
        f = _FOODS[ndb]
        kcal += f[0] * g / 100
        ca += f[1] * g / 100
        mg += f[2] * g / 100
        k += f[3] * g / 100
        na += f[4] * g / 100
    return kcal, ca, mg, k, na


_DRINK_NA = {"water": 0, "sports_drink": 460, "electrolyte_drink": 1000, "ors": 1725,
             "coconut_water": 250, "milk": 430, "juice": 50, "coffee": 20, "tea": 10,
             "soft_drink": 100, "beer": 40, "other": 0}

# ---------------------------------------------------------------------------------------------
# Training

_MAT = {"technique", "class", "sparring", "open_mat", "drilling", "warmup", "match"}

# kind -> (median duration, sd, min, max, base rpe)
_KINDS = {
    "technique": (70, 8, 45, 95, 4.0), "class": (85, 8, 60, 110, 6.0),
    "sparring": (75, 12, 50, 110, 7.6), "open_mat": (115, 22, 80, 180, 6.3),
    "drilling": (55, 8, 40, 75, 4.6), "strength": (55, 9, 35, 85, 6.4),
    "conditioning": (38, 8, 20, 60, 7.3), "roadwork": (45, 10, 25, 75, 5.4),
    "recovery": (40, 10, 20, 60, 2.4), "cut_run": (40, 8, 25, 60, 5.6),
    "sauna": (25, 6, 12, 40, 3.0), "warmup": (20, 4, 12, 30, 3.2), "match": (8, 2, 3, 14, 9.3),
}

_TEMPLATES = {
    "bjj": [(0, 19.0, "class", .85), (1, 7.0, "strength", .6), (1, 19.0, "sparring", .8),
            (2, 12.0, "technique", .55), (2, 19.5, "drilling", .3), (3, 19.0, "class", .8),
            (3, 6.75, "conditioning", .35), (4, 18.5, "sparring", .7), (5, 11.0, "open_mat", .75),
            (6, 10.0, "recovery", .25)],
    "wrestling": [(0, 6.5, "conditioning", .6), (0, 17.0, "sparring", .85),
                  (1, 7.0, "strength", .7),
                  (1, 17.0, "class", .85), (2, 17.0, "sparring", .85), (3, 7.0, "strength", .45),
                  (3, 17.0, "technique", .8), (4, 17.0, "drilling", .7), (5, 10.0, "open_mat", .55),
                  (6, 10.0, "recovery", .2)],
    "boxing": [(0, 6.5, "roadwork", .7), (0, 18.0, "class", .85), (1, 18.0, "sparring", .75),
               (2, 6.5, "roadwork", .6), (2, 18.0, "class", .8), (3, 7.0, "strength", .6),
               (3, 18.0, "technique", .7), (4, 18.0, "sparring", .7), (5, 9.0, "roadwork", .45),
               (5, 11.5, "open_mat", .4), (6, 10.0, "recovery", .2)],
    "judo": [(0, 19.0, "class", .85), (1, 7.0, "strength", .6), (1, 19.0, "sparring", .75),
             (2, 19.0, "technique", .7), (3, 19.0, "sparring", .8), (4, 7.0, "conditioning", .4),
             (4, 19.0, "drilling", .35), (5, 10.0, "open_mat", .65), (6, 10.0, "recovery", .2)],
}
_CAMP_EXTRA = [(0, 12.0, "drilling"), (1, 12.0, "sparring"), (2, 7.0, "conditioning"),
               (3, 12.0, "technique"), (4, 7.0, "strength")]

_SPORT_MUSCLES = {
    "bjj": ["forearm", "hand", "fingers", "adductor", "hamstring", "hip_flexor", "neck",
            "abdomen", "biceps", "calf", "lower_back", "foot"],
    "wrestling": ["calf", "quadriceps", "hamstring", "neck", "shoulder", "lower_back", "forearm",
                  "hip_flexor", "adductor", "foot"],
    "boxing": ["calf", "shoulder", "triceps", "forearm", "abdomen", "chest", "upper_back",
               "quadriceps", "foot"],
    "judo": ["forearm", "fingers", "hand", "lower_back", "quadriceps", "hamstring", "calf",
             "shoulder", "upper_back", "foot"],
}
_ACT_MUSCLES = {
    "strength": ["quadriceps", "hamstring", "glute", "lower_back", "upper_back", "chest",
                 "shoulder", "biceps", "triceps", "forearm"],
    "running": ["calf", "quadriceps", "hamstring", "hip_flexor", "foot"],
    "cycling": ["quadriceps", "calf", "glute"], "rowing": ["upper_back", "quadriceps", "forearm",
                                                           "lower_back"],
    "hiit": ["quadriceps", "calf", "shoulder", "abdomen"],
    "swimming": ["shoulder", "upper_back", "triceps", "calf"],
    "yoga": ["hamstring", "hip_flexor", "lower_back"], "walking": ["calf"],
    "other": ["calf", "quadriceps"],
}
_CRAMP_PRONE = {"calf": 3.0, "hamstring": 2.4, "quadriceps": 1.5, "foot": 1.6, "toes": 1.0,
                "forearm": 1.8, "hand": 1.3, "fingers": 1.0, "adductor": 1.4, "abdomen": 0.8,
                "hip_flexor": 0.6, "neck": 0.4, "lower_back": 0.5, "shoulder": 0.4,
                "triceps": 0.5, "biceps": 0.6, "glute": 0.4, "chest": 0.3, "upper_back": 0.3}

_SPORT_LABEL = {"bjj": "BJJ", "wrestling": "wrestling", "boxing": "boxing", "judo": "judo"}


def _poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


def _clip(x: float, lo: float, hi: float) -> float:
    return lo if x < lo else hi if x > hi else x


def _wchoice(rng: random.Random, items: list, weights: list[float]):
    tot = sum(weights)
    r = rng.random() * tot
    acc = 0.0
    for it, w in zip(items, weights, strict=True):
        acc += w
        if r <= acc:
            return it
    return items[-1]


# ---------------------------------------------------------------------------------------------
# Simulation structures

@dataclass
class _Session:
    day: int
    kind: str
    activity: str
    start: datetime          # aware, true start
    dur: float               # true minutes
    rpe: float               # true
    temp: float
    rh: float
    outdoor: bool
    muscles: list[str]
    sweat_l: float = 0.0
    drink_l: float = 0.0
    drink_kind: str = "water"
    na_loss: float = 0.0
    na_in: float = 0.0
    mass_loss: float = 0.0    # kg, true pre - post
    pre_true: float = 0.0
    hr: int = 0
    distance: float | None = None
    notes: str | None = None
    # logging
    logged: bool = True
    log_rpe: float | None = None
    log_dur: float = 0.0
    log_temp: float | None = None
    log_rh: float | None = None
    weighed: bool = False
    pre_obs: float | None = None
    post_obs: float | None = None
    fluid_logged: bool = False
    pre_val: object = None
    post_val: object = None
    temp_val: object = None
    source: str = "manual"
    caps: float = 0.0
    linked: bool = False

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.dur)


class _Sim:
    def __init__(self, cause: str | None, seed: int, attempt: int):
        self.cause = cause
        self.rng = random.Random(f"blind-ae|{cause}|{seed}|{attempt}")
        self.out: list[tuple[datetime, int, dict]] = []
        self.nid = 0
        self.episodes: list[dict] = []
        self.n_linked = 0
        self.n_background = 0
        self.tzc: dict = {}

    # ----------------------------------------------------------------- person
    def person(self):
        r, c = self.rng, self.cause
        self.sport = r.choice(["bjj", "bjj", "wrestling", "boxing", "judo"])
        if c == "heat":
            home = r.choice([h for h in _HOMES if h[0] in ("Houston", "Orlando", "Rio de Janeiro",
                                                           "Sao Paulo", "Tokyo")])
        else:
            home = r.choice(_HOMES)
        self.city, self.home_zone, self.units, _ = home
        self.us = self.units == "us"
        self.sex = "male" if r.random() < 0.76 else "female"
        this_year = 2025
        self.age = r.randint(19, 41)
        if c == "medication" and r.random() < 0.5:
            self.age = r.randint(33, 44)
        self.birth_year = this_year - self.age
        if self.sex == "male":
            self.height = round(r.gauss(177, 7))
            bmi = r.uniform(22.5, 28.5)
        else:
            self.height = round(r.gauss(165, 6))
            bmi = r.uniform(21, 26)
        self.w0 = round(bmi * (self.height / 100) ** 2, 1)
        self.cut_frac = {"bjj": r.uniform(0.015, 0.035), "wrestling": r.uniform(0.04, 0.07),
                         "boxing": r.uniform(0.05, 0.08), "judo": r.uniform(0.04, 0.07)}[self.sport]
        # physiology
        self.sweat_base = r.uniform(0.75, 1.45)          # l/h at rpe 6, 20 degC
        self.sweat_na = r.uniform(0.45, 1.3)             # g/l
        self.replace = r.uniform(0.3, 0.9)               # fraction of sweat drunk in training
        self.p_elec = r.uniform(0.1, 0.6)                # long session on an electrolyte drink
        self.p_caps = r.choice([0.0, 0.0, 0.0, r.uniform(0.1, 0.3)])
        self.salty_notes = r.random() < 0.3
        if c == "dehydration":
            self.replace = r.uniform(0.18, 0.4)
            self.sweat_base = r.uniform(1.0, 1.5)
        if c == "electrolyte_loss":
            self.sweat_na = r.uniform(1.1, 1.6)
            self.sweat_base = r.uniform(1.15, 1.6)
            self.replace = r.uniform(0.65, 0.95)
            self.p_elec = r.uniform(0.3, 0.5)
            self.p_caps = 0.0
            self.salty_notes = r.random() < 0.7
        # gym
        self.gym = r.choice(["none", "partial", "partial", "ac"])
        if c == "heat":
            self.gym = r.choice(["none", "none", "none", "partial"])
        self.strength_ac = r.random() < 0.7
        self.home_ac = r.random() < 0.6
        self.conditioning = r.choice(["running", "running", "cycling", "rowing", "hiit",
                                      "swimming"])
        self.recovery = r.choice(["yoga", "walking", "swimming"])
        # devices / logging habits
        self.watch = r.choice(["garmin", "garmin", "apple", "polar", "whoop", None])
        self.p_wear_mat = r.uniform(0.2, 0.8) if self.sport != "boxing" else r.uniform(0.1, 0.4)
        self.p_manual = r.uniform(0.88, 0.98)
        self.p_rpe = r.uniform(0.65, 0.97)
        self.p_temp = r.uniform(0.3, 0.95)
        self.p_mg = r.uniform(0.2, 0.85)
        wr = 0.2 if self.sport == "wrestling" else 0.0
        self.p_weigh = _clip(r.uniform(0.05, 0.6) + wr, 0, 0.85)
        self.p_sess_fluid = r.uniform(0.35, 0.95)
        self.p_day_fluid = r.uniform(0.15, 0.85)
        self.p_sleep = r.uniform(0.72, 0.96)
        self.p_sleep_quality = r.choice([0.0, 0.6, 0.9, 1.0])
        self.p_morning = r.uniform(0.45, 0.95)
        self.p_meal_day = r.uniform(0.12, 0.7)
        self.usual_sleep = r.uniform(6.9, 8.3)
        self.p_bad_night = r.uniform(0.03, 0.1)
        if c == "sleep_debt":
            self.p_bad_night = r.uniform(0.1, 0.15)
        self.bed_base = r.uniform(22.4, 23.6)
        self.consistency = r.uniform(0.82, 1.05)
        self.coffee = r.random() < 0.8
        if c in ("muscle_fatigue", "training_load_spike"):
            self.p_rpe = r.uniform(0.9, 0.99)
        if c == "heat":
            self.p_temp = r.uniform(0.86, 0.98)
        if c == "dehydration":
            self.p_weigh = r.uniform(0.8, 0.95)
            self.p_sess_fluid = r.uniform(0.75, 0.95)
        if c == "electrolyte_loss":
            self.p_sess_fluid = r.uniform(0.9, 0.99)
            self.p_temp = max(self.p_temp, r.uniform(0.6, 0.9))
        if c == "sleep_debt":
            self.p_sleep = r.uniform(0.9, 0.98)
        if c == "nutrient_deficiency":
            self.p_meal_day = r.uniform(0.45, 0.8)
        self.p_dairy = r.uniform(0.35, 0.85)
        self.mg_supp = r.random() < 0.22
        self.creatine = r.random() < 0.5
        self.multi = r.random() < 0.3
        # background episode rates (per 30 days / per session)
        self.bg_night = r.uniform(0.2, 0.55)
        self.bg_eyelid = r.uniform(0.08, 0.28)
        self.bg_twitch = r.uniform(0.1, 0.35)
        self.bg_rest = r.uniform(0.06, 0.22)
        self.bg_ex = r.uniform(0.003, 0.01)
        # RDA
        if self.sex == "male":
            self.rda = {"mg": 400 if self.age <= 30 else 420, "k": 3400, "ca": 1000}
        else:
            self.rda = {"mg": 310 if self.age <= 30 else 320, "k": 2600, "ca": 1000}
        self.portion = (self.w0 / 75.0) ** 0.7 * (1.0 if self.sex == "male" else 0.85)

    # ----------------------------------------------------------------- calendar
    def calendar(self):
        r, c = self.rng, self.cause
        n = r.randint(140, 330)
        if c in ("nutrient_deficiency", "medication", "training_load_spike", "muscle_fatigue",
                 "sleep_debt", "dehydration"):
            n = r.randint(200, 340)
        y = r.choice([2024, 2025])
        if c == "heat":
            south = self.home_zone in ("America/Sao_Paulo", "Australia/Sydney")
            peak = date(y, 1, 20) if south else date(y, 7, 20)
            start = peak - timedelta(days=int(n * r.uniform(0.25, 0.75)))
        else:
            start = date(y, 1, 1) + timedelta(days=r.randint(0, 300))
        if start > date(2025, 6, 1):
            start = start - timedelta(days=365)
        self.n = n
        self.d0 = start
        self.dates = [start + timedelta(days=i) for i in range(n)]
        self.phase = ["normal"] * n
        self.zone = [self.home_zone] * n           # zone for the day (after switch)
        self.zone_am = [self.home_zone] * n        # zone before the switch hour
        self.switch = [None] * n                   # hour when the zone changes (travel days)
        self.city_day = [self.city] * n
        self.diet = ["normal"] * n
        self.comps: list[dict] = []
        # competitions
        d = r.randint(18, 45)
        while d < n - 2:
            wi_before = self.sport in ("boxing", "judo") or (self.sport == "wrestling"
                                                             and r.random() < 0.4)
            major = r.random() < 0.5
            self.comps.append({"day": d, "wi": d - 1 if wi_before else d, "major": major,
                               "away": r.random() < 0.5})
            d += r.randint(24, 56)
        occupied = [False] * n
        for cp in self.comps:
            cd, wi = cp["day"], cp["wi"]
            lo = cd - (21 if cp["major"] else 7)
            for i in range(max(0, lo), min(n, cd + 6)):
                occupied[i] = True
            if cp["major"]:
                for i in range(max(0, cd - 21), max(0, cd - 7)):
                    self.phase[i] = "camp"
            for i in range(max(0, cd - 7), wi + 1):
                if 0 <= i < n:
                    self.phase[i] = "cut"
            for i in range(max(0, wi - 2), wi + 1):
                if 0 <= i < n:
                    self.phase[i] = "water" if self.cut_frac > 0.03 else "cut"
            if wi < cd:
                self.phase[wi] = "weighin"
            if cd < n:
                self.phase[cd] = "comp"
            rest = r.randint(1, 4)
            for i in range(cd + 1, min(n, cd + 1 + rest)):
                self.phase[i] = "post"
            if self.cut_frac >= 0.03:
                for i in range(max(0, wi - r.randint(9, 14)), wi + 1):
                    self.diet[i] = "cut"
            if cd + 1 < n:
                self.diet[cd] = "treat"
                self.diet[cd + 1] = "treat"
        # breaks (holiday, illness, injury) in free gaps
        if c == "training_load_spike":
            nb, blen = r.randint(2, 3), (14, 24)
        else:
            nb, blen = r.choice([0, 1, 1, 2]), (5, 16)
        self.breaks = []
        for _ in range(nb):
            L = r.randint(*blen)
            for _try in range(40):
                s = r.randint(10, max(11, n - L - 10))
                if s + L + 8 < n and not any(occupied[max(0, s - 3):min(n, s + L + 8)]):
                    for i in range(s, s + L):
                        self.phase[i] = "break"
                        occupied[i] = True
                    for i in range(s + L, min(n, s + L + 8)):
                        occupied[i] = True
                    self.breaks.append((s, L, r.choice(["holiday", "sick", "injury"])))
                    break
        # training-camp / seminar trip abroad
        self.arrive = [None] * n                   # local hour of arrival (travel days)
        self.trip = None
        if r.random() < (0.6 if c == "training_load_spike" else 0.35):
            L = r.randint(5, 8)
            for _try in range(40):
                s = r.randint(20, max(21, n - L - 5))
                if s + L + 2 < n and not any(occupied[s - 1:s + L + 1]):
                    city, zone = r.choice(_INTERNATIONAL + _AWAY[self.home_zone])
                    if not self.set_travel(s, s + L, city, zone):
                        continue
                    for i in range(s, s + L):
                        self.phase[i] = "trip"
                        occupied[i] = True
                    self.trip = (s, L, city, zone)
                    break
        # away competitions: travel the day before, back the day after
        for cp in self.comps:
            if not cp["away"]:
                continue
            intl = r.random() < 0.2
            city, zone = r.choice(_INTERNATIONAL if intl else _AWAY[self.home_zone])
            a = max(cp["wi"] - (2 if intl else 1), 1)
            b = min(cp["day"] + (2 if intl else 1), n - 1)
            if b <= cp["day"] or any(self.switch[i] is not None for i in range(a, b + 1)):
                cp["away"] = False
                continue
            if not self.set_travel(a, b, city, zone):
                cp["away"] = False
                continue
            cp["zone"], cp["city"], cp["travel"] = zone, city, (a, b)
        # diet phases: strict phase (the nutrient cause, or a decoy)
        self.strict = None
        if c == "nutrient_deficiency" or r.random() < 0.33:
            L = r.randint(42, 98) if c == "nutrient_deficiency" else r.randint(21, 56)
            s = r.randint(int(n * 0.2), max(int(n * 0.2) + 1, n - L - 20))
            s = min(s, max(0, n - L - 15))
            for i in range(s, min(n, s + L)):
                if self.diet[i] != "treat":
                    self.diet[i] = "strict"
            self.strict = (s, L)
        # weather
        self.high = [0.0] * n
        self.rh = [0.0] * n
        a_t = a_h = 0.0
        for i, dd in enumerate(self.dates):
            a_t = 0.7 * a_t + r.gauss(0, 2.0)
            a_h = 0.6 * a_h + r.gauss(0, 6.0)
            h, rh = _clim(self.city_day[i], dd)
            self.high[i] = h + a_t
            self.rh[i] = _clip(rh + a_h, 25, 95)

    def set_travel(self, a: int, b: int, city: str, zone: str) -> bool:
        """Fly out on day a, back on day b (no overnight flights; local clocks stay ordered)."""
        r = self.rng
        noon = datetime.combine(self.dates[a], dtime(12))
        delta = _offset_h(zone, noon) - _offset_h(self.home_zone, noon)
        if abs(delta) > 9:
            return False
        flight = (r.uniform(1.5, 4.0) if delta == 0 and r.random() < 0.5
                  else 1.0 + 0.9 * abs(delta) + r.uniform(1.0, 3.0))
        dep = r.uniform(6.5, 10.0)
        arr = dep + flight + delta
        if arr > 21.5 or arr < 7.0:
            return False
        dep_b = r.uniform(9.0, 15.0)
        arr_b = dep_b + flight - delta
        if arr_b > 21.5:
            dep_b -= arr_b - 21.5
            arr_b = 21.5
        if dep_b < 6.0 or arr_b < 7.0:
            return False
        for i in range(a, b):
            self.zone[i] = self.zone_am[i] = zone
            self.city_day[i] = city
        self.zone_am[a], self.switch[a], self.arrive[a] = self.home_zone, dep, arr
        self.zone_am[b], self.switch[b], self.arrive[b] = zone, dep_b, arr_b
        self.zone[b] = self.home_zone
        return True

    # ----------------------------------------------------------------- helpers
    def zone_at(self, i: int, hour: float) -> str:
        if self.switch[i] is not None and hour < self.switch[i]:
            return self.zone_am[i]
        return self.zone[i]

    def at(self, i: int, hour: float) -> datetime:
        hour = _clip(hour, 0.0, 23.99)
        zone = self.zone_at(i, hour)
        sw = self.switch[i]
        if sw is not None and hour >= sw:
            # travel day: the hours after departure are squeezed after the arrival (local clock)
            arr = self.arrive[i]
            hour = arr + (hour - sw) * (23.95 - arr) / max(0.5, 24.0 - sw)
        local = datetime.combine(self.dates[i], dtime(0)) + timedelta(minutes=round(hour * 60))
        key = (zone, i, hour >= 3.0)
        tz = self.tzc.get(key)
        if tz is None:
            tz = timezone(timedelta(hours=_offset_h(zone, local)))
            self.tzc[key] = tz
        return local.replace(tzinfo=tz)

    def outdoor(self, i: int, hour: float) -> tuple[float, float]:
        hi = self.high[i]
        amp = 8.0 if self.rh[i] < 60 else 6.0
        if hour < 6:
            f = 0.05
        elif hour < 15:
            f = (hour - 6) / 9
        else:
            f = max(0.1, 1 - (hour - 15) / 10)
        t = hi - amp + amp * f
        rh = _clip(self.rh[i] + 14 * (1 - f) - 4, 20, 98)
        return t, rh

    def gym_env(self, i: int, hour: float, kind: str, activity: str) -> tuple[float, float, bool]:
        r = self.rng
        if activity in ("running", "walking") or (activity == "cycling" and r.random() < 0.5):
            t, rh = self.outdoor(i, hour)
            return t + r.gauss(0, 0.6), rh, True
        t_out, rh_out = self.outdoor(i, hour)
        crowd = {"class": 2.5, "sparring": 2.2, "open_mat": 2.0, "technique": 1.8, "drilling": 1.2,
                 "match": 2.5, "warmup": 2.0}.get(kind, 0.8)
        ac = self.gym
        if kind == "strength" or activity in ("strength", "rowing", "hiit", "cycling", "swimming",
                                              "yoga"):
            ac = "ac" if self.strength_ac else self.gym
        if self.phase[i] in ("trip", "comp", "weighin") or self.city_day[i] != self.city:
            ac = r.choice(["ac", "partial", "none"])
        t_ac = r.uniform(20.5, 24.0) + 0.3 * crowd
        rh_ac = r.uniform(42, 58)
        t_no = max(r.uniform(17.5, 20.5), 0.75 * t_out + 0.25 * self.high[i] + crowd)
        rh_no = _clip(rh_out + 3 * crowd, 25, 95)
        if ac == "ac":
            t, rh = t_ac, rh_ac
        elif ac == "none":
            t, rh = t_no, rh_no
        else:
            t, rh = 0.5 * (t_ac + t_no), 0.5 * (rh_ac + rh_no)
        if activity == "swimming":
            t, rh = r.uniform(26, 29), r.uniform(60, 75)
        return t + r.gauss(0, 0.7), _clip(rh + r.gauss(0, 4), 20, 98), False

    def awake_time(self, i: int, t: datetime, keep: bool = False):
        """Move t into day i's waking hours (after the wake-up, before bedtime); None if it
        falls after bedtime and keep is False."""
        prev, cur = self.sleep_of(i - 1), self.sleep_of(i)
        if prev and t < prev["wake"] + timedelta(minutes=5):
            t = prev["wake"] + timedelta(minutes=self.rng.randint(10, 40))
        if cur and t > cur["bed"] - timedelta(minutes=5):
            if not keep:
                return None
            t = cur["bed"] - timedelta(minutes=self.rng.randint(10, 30))
            if prev and t < prev["wake"]:
                t = prev["wake"] + timedelta(minutes=10)
        return t.replace(second=0, microsecond=0) if t.second and not keep else t

    def new_id(self, prefix: str) -> str:
        self.nid += 1
        return f"{prefix}-{self.nid:06d}"

    def emit(self, t: datetime, obj: dict):
        self.out.append((t, len(self.out), obj))

    def kg_val(self, kg: float, lb_habit: bool):
        if lb_habit:
            lb = kg / 0.45359237
            return f"{round(lb * 5) / 5:.1f} lb", round(lb * 5) / 5 * 0.45359237
        v = round(kg, 1)
        return v, v

    # ----------------------------------------------------------------- sessions
    def make_session(self, i: int, hour: float, kind: str, scale: float = 1.0,
                     rpe_adj: float = 0.0) -> _Session:
        r = self.rng
        med, sd, lo, hi, rpe0 = _KINDS[kind]
        if kind in _MAT:
            act = "martial_arts"
        elif kind == "strength":
            act = "strength"
        elif kind == "conditioning":
            act = self.conditioning
        elif kind in ("roadwork",):
            act = "running"
        elif kind == "recovery":
            act = self.recovery
        elif kind == "cut_run":
            act = r.choice(["running", "cycling", "other"])
        else:
            act = "other"
        dur = _clip(r.gauss(med, sd) * scale, lo, hi)
        if kind in ("class", "technique", "drilling", "strength"):
            dur = round(dur / 15) * 15 if r.random() < 0.6 else round(dur / 5) * 5
        dur = max(lo * 0.8, dur)
        temp, rh, outdoor = self.gym_env(i, hour, kind, act)
        if kind == "sauna":
            temp, rh, outdoor = 80.0, 15.0, False
        rpe = rpe0 + 0.022 * (dur - med) + rpe_adj + r.gauss(0, 0.65)
        if kind != "sauna" and temp > 24:
            rpe += 0.05 * (temp - 24)
        rpe = _clip(rpe, 1, 10)
        if kind == "open_mat":
            rpe = _clip(rpe + 0.01 * (dur - med), 3, 10)
        start = self.at(i, hour)
        pool = _SPORT_MUSCLES[self.sport] if act == "martial_arts" else _ACT_MUSCLES.get(act,
                                                                                          ["calf"])
        muscles = r.sample(pool, min(len(pool), r.randint(3, 6)))
        s = _Session(day=i, kind=kind, activity=act, start=start, dur=round(dur, 1), rpe=rpe,
                     temp=temp, rh=rh, outdoor=outdoor, muscles=muscles)
        # physiology: sweat, drinking, sodium
        if kind == "sauna":
            rate = r.uniform(1.3, 2.1)
        else:
            heat = max(0.7, 1 + 0.035 * (temp - 20))
            inten = 0.35 + 0.11 * rpe
            rate = self.sweat_base * heat * inten * r.gauss(1, 0.08)
            if kind == "cut_run":
                rate *= 1.5
        rate = min(rate, 2.6)
        s.sweat_l = rate * dur / 60
        ph = self.phase[i]
        if kind in ("sauna", "cut_run") or ph == "water":
            frac = r.uniform(0.0, 0.08)
        elif ph == "cut":
            frac = self.replace * r.uniform(0.4, 0.8)
        else:
            frac = self.replace * (1 + 0.02 * (temp - 22)) * r.gauss(1, 0.18)
        if dur < 35 and kind not in ("match",):
            frac *= r.uniform(0, 0.5)
        s.drink_l = min(_clip(frac, 0, 1.15) * s.sweat_l, 3.2)
        if s.drink_l < 0.1:
            s.drink_l = 0.0
        p_e = self.p_elec * (1.25 if temp > 28 else 1.0)
        if kind in ("sauna", "cut_run"):
            s.drink_kind = "water"
        elif dur >= 70 and r.random() < p_e:
            s.drink_kind = r.choice(["electrolyte_drink", "sports_drink", "electrolyte_drink"])
        elif kind == "match" and r.random() < 0.4:
            s.drink_kind = "sports_drink"
        else:
            s.drink_kind = "water"
        s.na_loss = s.sweat_l * self.sweat_na * 1000
        s.hr = int(_clip(92 + 9.5 * rpe + 0.35 * (temp - 20) + r.gauss(0, 5), 75, 196))
        if kind == "sauna":
            s.hr = int(r.uniform(95, 120))
        if act in ("running",):
            pace = r.uniform(5.0, 6.5) if kind != "cut_run" else r.uniform(6.5, 8.0)
            s.distance = round(dur / pace, 2)
        elif act == "cycling" and outdoor:
            s.distance = round(dur / 60 * r.uniform(22, 30), 1)
        return s

    def plan_sessions(self):
        r = self.rng
        self.sessions: list[_Session] = []
        self.day_sessions: list[list[_Session]] = [[] for _ in range(self.n)]
        tmpl = _TEMPLATES[self.sport]
        comp_by_day = {cp["day"]: cp for cp in self.comps}
        wi_days = {cp["wi"]: cp for cp in self.comps}
        back_from_break = set()
        for s0, L, _ in self.breaks:
            for i in range(s0 + L, min(self.n, s0 + L + 5)):
                back_from_break.add(i)
        travel_days = {i for i in range(self.n) if self.switch[i] is not None}
        for i, d in enumerate(self.dates):
            ph = self.phase[i]
            wd = d.weekday()
            plan: list[tuple[float, str, float, float]] = []
            if ph in ("normal", "camp", "cut") and i not in travel_days:
                skip_day = r.random() < 0.06
                for (w, hr, kind, p) in tmpl:
                    if w != wd or skip_day:
                        continue
                    pp = _clip(p * self.consistency * (1.12 if ph == "camp" else 1.0), 0, 0.97)
                    if ph == "cut":
                        pp *= 0.8
                    if r.random() < pp:
                        sc = 0.82 if ph == "cut" else (1.06 if ph == "camp" else 1.0)
                        shift = r.choice([0, 0, 0, 0.25, -0.25, 0.5]) * (kind not in _MAT)
                        plan.append((hr + shift, kind, sc, -0.6 if ph == "cut" else 0.0))
                if ph == "camp":
                    for (w, hr, kind) in _CAMP_EXTRA:
                        if w == wd and r.random() < 0.75:
                            plan.append((hr, kind, 1.0, 0.3))
                if ph == "camp" and plan:
                    plan = [(h, "sparring" if k == "class" and r.random() < 0.4 else k, sc,
                             ra + 0.3) for (h, k, sc, ra) in plan]
            elif ph == "water":
                wi_cp = None
                for cp in self.comps:
                    if cp["wi"] - 2 <= i <= cp["wi"]:
                        wi_cp = cp
                if wi_cp is not None:
                    days_left = wi_cp["wi"] - i
                    if days_left == 2 and r.random() < 0.7:
                        plan.append((r.choice([7.0, 17.5, 18.0]), "cut_run", 1.0, 0.0))
                    elif days_left == 1:
                        plan.append((r.choice([8.0, 17.0]), "cut_run", 1.0, 0.0))
                        if self.cut_frac > 0.05 and r.random() < 0.6:
                            plan.append((20.0, "sauna", 1.0, 0.0))
                    elif days_left == 0 and i not in comp_by_day and r.random() < 0.5:
                        plan.append((6.5, "sauna", 1.0, 0.0))
            elif ph == "trip" and i not in travel_days:
                plan.append((10.0, r.choice(["technique", "drilling", "class"]), 1.0, 0.0))
                if r.random() < 0.9:
                    plan.append((18.0, r.choice(["sparring", "class", "open_mat"]), 1.0, 0.3))
            elif ph == "post":
                if r.random() < 0.2:
                    plan.append((10.0, "recovery", 1.0, 0.0))
            elif ph == "break":
                if r.random() < 0.08:
                    plan.append((10.0, "recovery", 1.0, 0.0))
            if ph == "comp" and i in comp_by_day:
                n_match = {"bjj": r.randint(1, 4), "wrestling": r.randint(2, 5), "boxing": 1,
                           "judo": r.randint(1, 5)}[self.sport]
                h = r.uniform(9.5, 12.5)
                plan.append((h - 0.5, "warmup", 1.0, 0.0))
                for _m in range(n_match):
                    sc = {"boxing": 1.35, "judo": 0.8}.get(self.sport, 1.0)
                    plan.append((h, "match", sc, 0.0))
                    h += r.uniform(0.6, 2.0)
            plan.sort()
            last_end = -1.0
            for (hr, kind, sc, ra) in plan:
                hr = max(hr, last_end + 0.25)
                if hr > 21.5:
                    continue
                s = self.make_session(i, hr, kind, sc, ra)
                if i in back_from_break:
                    s.notes = r.choice([None, "first week back", "back on the mats", None])
                last_end = hr + s.dur / 60
                if last_end > 23.0:
                    continue
                self.sessions.append(s)
                self.day_sessions[i].append(s)
        self.comp_by_day = comp_by_day
        self.wi_days = wi_days

    # ----------------------------------------------------------------- body mass
    def body_mass(self):
        r = self.rng
        n = self.n
        w = [0.0] * n
        drift = 0.0
        for i in range(n):
            drift = 0.97 * drift + r.gauss(0, 0.12)
            w[i] = self.w0 + drift
        # strict phase: slow loss
        if self.strict:
            s, L = self.strict
            for i in range(s, n):
                k = min(i - s, L)
                loss = 0.045 * self.w0 * k / max(L, 1)
                if i >= s + L:
                    loss *= max(0.0, 1 - (i - s - L) / 40)
                w[i] -= loss
        for cp in self.comps:
            wi, cd = cp["wi"], cp["day"]
            total = self.cut_frac * self.w0
            diet_part = 0.35 * total if self.cut_frac >= 0.03 else 0.2 * total
            water_part = total - diet_part
            for i in range(max(0, wi - 18), min(n, cd + 10)):
                if i <= wi:
                    prog = (i - (wi - 18)) / 18
                    w[i] -= diet_part * prog
                    if i >= wi - 2:
                        w[i] -= water_part * (i - (wi - 3)) / 3
                else:
                    back = (i - wi)
                    w[i] -= diet_part * max(0.0, 1 - back / 9)
                    w[i] -= water_part * (0.25 if back == 1 else 0.0)
                    if back in (1, 2, 3):
                        w[i] += r.uniform(0.2, 0.8)
            cp["limit"] = round(self.w0 * (1 - self.cut_frac), 1)
        self.w_morning = [wi + r.gauss(0, 0.3) for wi in w]

    # ----------------------------------------------------------------- sleep
    def sleep(self):
        r = self.rng
        n = self.n
        self.nights = [None] * n    # night i: bed on day i evening, wake day i+1 morning
        jet = set()
        for cp in self.comps:
            if cp.get("away") and cp.get("zone") and cp["zone"] != self.home_zone:
                a, b = cp["travel"]
                dz = abs(_offset_h(cp["zone"], datetime.combine(self.dates[a], dtime(12)))
                         - _offset_h(self.home_zone, datetime.combine(self.dates[a], dtime(12))))
                if dz >= 3:
                    jet.update({a, a + 1, b, b + 1})
        if self.trip:
            s, L, _, zone = self.trip
            jet.update({s, s + 1, s + L, s + L + 1})
        # watch charging gaps
        gaps = set()
        for _ in range(r.randint(0, 3)):
            g0 = r.randint(0, n - 1)
            for j in range(g0, min(n, g0 + r.randint(2, 9))):
                gaps.add(j)
        for i in range(n - 1):
            nxt = i + 1
            first = min([s.start for s in self.day_sessions[nxt]], default=None)
            wd = self.dates[nxt].weekday()
            if wd < 5:
                wake_h = r.uniform(6.1, 7.2)
            else:
                wake_h = r.uniform(7.3, 9.2)
            if first is not None:
                fh = first.hour + first.minute / 60
                wake_h = min(wake_h, fh - r.uniform(0.6, 1.0))
            if self.switch[nxt] is not None:
                wake_h = min(wake_h, self.switch[nxt] - r.uniform(1.2, 2.0))
            hours = self.usual_sleep + r.gauss(0, 0.45) + (0.4 if wd >= 5 else 0.0)
            ph_next = self.phase[nxt]
            note = None
            if nxt in self.comp_by_day or nxt in self.wi_days:
                hours -= r.uniform(0.8, 2.4)
                wake_h = min(wake_h, r.uniform(5.2, 6.5))
            if ph_next in ("water", "cut", "weighin"):
                hours -= r.uniform(0.1, 1.1)
            if i in self.comp_by_day:
                hours -= r.uniform(0.3, 1.6)
            if i in jet or nxt in jet:
                hours -= r.uniform(0.8, 2.6)
            if r.random() < self.p_bad_night:
                hours -= r.uniform(1.4, 3.0)
                note = r.choice([None, "couldn't switch off", "woke at 3 and stayed up", None])
            if wd in (5, 6) and r.random() < 0.12:
                hours -= r.uniform(0.8, 2.0)     # late night out, early start anyway
            if not self.home_ac and self.high[i] >= 30:
                hours -= r.uniform(0.2, 0.8)
            last = max([s.end for s in self.day_sessions[i]], default=None)
            bed_h_min = None
            if last is not None:
                lh = last.hour + last.minute / 60
                if lh > 12:
                    bed_h_min = lh + r.uniform(1.1, 1.8)
            hours = _clip(hours, 3.0, 10.5)
            lat = r.uniform(0.1, 0.35)
            bed_h = 24 + wake_h - hours - lat
            if bed_h_min is not None and bed_h < bed_h_min:
                bed_h = bed_h_min
                hours = 24 + wake_h - bed_h - lat
            if bed_h < 20.5:
                bed_h = 20.5 + r.uniform(0, 0.5)
                hours = 24 + wake_h - bed_h - lat
            if bed_h >= 24:
                bed = self.at(nxt, bed_h - 24)
            else:
                bed = self.at(i, bed_h)
            wake = self.at(nxt, wake_h)
            if wake <= bed + timedelta(hours=2):
                continue
            hours = (wake - bed).total_seconds() / 3600 - lat
            q = int(_clip(round(3 + (hours - self.usual_sleep) * 0.8 + r.gauss(0, 0.7)), 1, 5))
            logged = (i not in gaps) and r.random() < self.p_sleep
            self.nights[i] = {"bed": bed, "wake": wake, "hours": hours, "q": q, "logged": logged,
                              "note": note, "cramp": False}

    # ----------------------------------------------------------------- diet
    def meals(self):
        r = self.rng
        n = self.n
        self.day_intake = [None] * n    # true (mg, k, ca) ratio dict
        self.day_logged_intake = [None] * n
        self.meal_plan = []             # (time, items, logged, extra)
        spell = False
        for i in range(n):
            dm = self.diet[i]
            if dm == "strict":
                p_log = 0.95 if self.cause == "nutrient_deficiency" else 0.75
            elif dm == "cut":
                p_log = min(0.95, self.p_meal_day + 0.25)
            else:
                p_log = self.p_meal_day
            # logging comes in spells
            if spell:
                spell = r.random() < 0.85
            else:
                spell = r.random() < p_log * 0.35
            day_logged = spell or r.random() < p_log * 0.6
            if dm == "strict" and self.cause == "nutrient_deficiency":
                day_logged = r.random() < 0.93
            if self.phase[i] in ("trip", "comp") or self.city_day[i] != self.city:
                day_logged = day_logged and r.random() < 0.4
            sess = self.day_sessions[i]
            por = self.portion * (0.8 if dm == "cut" else 1.0) * r.uniform(0.9, 1.1)
            meals = []
            first = min([s.start for s in sess], default=None)
            bh = r.uniform(7.0, 8.6)
            if first is not None and first.hour < 9:
                bh = first.hour + first.minute / 60 + sess[0].dur / 60 + r.uniform(0.4, 0.9)
            if dm == "strict":
                B, Lu, S, D = _STRICT_B, _STRICT_L, _STRICT_S, _STRICT_D
                por = self.portion * r.uniform(0.85, 1.0)
            else:
                B, Lu, S, D = _BREAKFAST, _LUNCH, _SNACK, _DINNER
            meals.append((bh, r.choice(B), "breakfast"))
            meals.append((r.uniform(12.0, 13.6), r.choice(Lu), "lunch"))
            n_snack = r.choice([0, 1, 1, 2]) if dm not in ("cut", "strict") else r.choice([0, 1])
            for _ in range(n_snack):
                meals.append((r.choice([10.3, 15.5, 16.2]) + r.uniform(0, 0.4), r.choice(S),
                              "snack"))
            for s in sess:
                if s.kind in ("class", "sparring", "open_mat", "strength") and dm != "strict" \
                        and r.random() < 0.45:
                    e = s.end
                    meals.append((e.hour + e.minute / 60 + r.uniform(0.6, 1.0), r.choice(_SHAKE),
                                  "shake"))
            last = max([s.end for s in sess], default=None)
            dh = r.uniform(19.0, 20.6)
            if last is not None and last.hour >= 17:
                dh = max(dh, last.hour + last.minute / 60 + r.uniform(0.8, 1.3))
            if dm == "treat":
                meals.append((dh, r.choice(_TREAT), "dinner"))
            else:
                meals.append((min(dh, 23.0), r.choice(D), "dinner"))
            tot = [0.0, 0.0, 0.0]
            ltot = [0.0, 0.0, 0.0]
            any_logged = False
            if dm != "strict":
                meals = [(h, items + r.choice(_DAIRY) if label in ("breakfast", "lunch", "dinner")
                          and r.random() < self.p_dairy else items, label)
                         for (h, items, label) in meals]
            for (h, items, label) in meals:
                its = []
                for ndb, g in items:
                    gg = g * por * r.uniform(0.85, 1.15)
                    gg = round(gg / 5) * 5 if r.random() < 0.7 else round(gg)
                    if gg < 5:
                        gg = 5
                    its.append((ndb, gg))
                kcal, ca, mg, k, na = _nutrients(its)
                tot[0] += mg
                tot[1] += k
                tot[2] += ca
                logged = day_logged and r.random() < (0.97 if dm == "strict" else 0.9)
                if logged:
                    ltot[0] += mg
                    ltot[1] += k
                    ltot[2] += ca
                    any_logged = True
                self.meal_plan.append((i, h, its, logged, label, (kcal, na)))
            # supplements that add minerals
            sup = [0.0, 0.0, 0.0]
            if self.mg_supp and not (self.cause == "nutrient_deficiency" and dm == "strict"):
                if r.random() < 0.7:
                    sup[0] += 200
            if self.multi and r.random() < 0.6 and not (self.cause == "nutrient_deficiency"
                                                        and dm == "strict"):
                sup[0] += 50
                sup[2] += 200
            self.supp_plan_day(i, sup)
            rda = self.rda
            self.day_intake[i] = ((tot[0] + sup[0]) / rda["mg"], tot[1] / rda["k"],
                                  (tot[2] + sup[2]) / rda["ca"])
            if any_logged:
                self.day_logged_intake[i] = ((ltot[0] + sup[0]) / rda["mg"], ltot[1] / rda["k"],
                                             (ltot[2] + sup[2]) / rda["ca"])

    def supp_plan_day(self, i: int, sup: list[float]):
        r = self.rng
        if not hasattr(self, "supp_plan"):
            self.supp_plan = []
        if sup[0] >= 200:
            self.supp_plan.append((i, r.uniform(21.0, 22.5), "magnesium glycinate",
                                   {"magnesium_mg": 200}))
        if self.multi and sup[2] >= 200:
            self.supp_plan.append((i, r.uniform(7.5, 9.0), "multivitamin",
                                   {"magnesium_mg": 50, "calcium_mg": 200}))
        if self.creatine and r.random() < 0.8:
            self.supp_plan.append((i, r.uniform(7.5, 9.5), "creatine monohydrate", {}))

    # ----------------------------------------------------------------- logging of sessions
    def log_sessions(self):
        r = self.rng
        broken = set()
        if self.watch and r.random() < 0.4:
            b0 = r.randint(0, self.n - 1)
            broken = set(range(b0, min(self.n, b0 + r.randint(5, 20))))
        for s in self.sessions:
            i = s.day
            ph = self.phase[i]
            mat = s.kind in _MAT
            wear = self.watch is not None and i not in broken and (
                (r.random() < self.p_wear_mat) if mat else (r.random() < 0.9))
            if s.kind == "match":
                wear = False
            if s.kind == "sauna":
                wear = wear and r.random() < 0.3
            s.source = "watch" if wear else "manual"
            if not wear and r.random() > self.p_manual:
                s.logged = False
            s.log_dur = round(s.dur + r.gauss(0, 1.2), 1) if wear else \
                float(max(5, round(s.dur / 5) * 5))
            if s.log_dur <= 0:
                s.log_dur = s.dur
            if r.random() < self.p_rpe or s.kind == "match":
                v = s.rpe + r.gauss(0, 0.3)
                s.log_rpe = float(int(_clip(round(v), 1, 10))) if r.random() < 0.85 else \
                    _clip(round(v * 2) / 2, 0.5, 10)
            if s.kind != "sauna" and (r.random() < self.p_temp or (s.outdoor and wear)):
                s.log_temp = round(s.temp + r.gauss(0, 0.4), 1 if wear else 0)
                s.temp_val = s.log_temp
                if self.us and not wear and r.random() < 0.8:
                    f = round(s.log_temp * 9 / 5 + 32)
                    s.temp_val = f"{f} degF"
                    s.log_temp = (f - 32) * 5 / 9
                if r.random() < 0.75:
                    s.log_rh = float(int(_clip(round(s.rh + r.gauss(0, 3)), 5, 99)))
            if s.kind == "sauna":
                s.notes = r.choice(["sauna", "sauna 2x15", "sauna, last kilo"])
            if s.kind == "cut_run":
                s.notes = r.choice(["sweat suit", "cut session in sweats", "weight cut run"])
            # weighing around the session
            pw = self.p_weigh
            if ph in ("water", "cut", "weighin") or s.kind in ("sauna", "cut_run"):
                pw = max(pw, 0.9)
            if s.kind in ("match", "warmup", "recovery"):
                pw = 0.0
            if s.logged and r.random() < pw:
                s.weighed = True
            # fluids during
            pf = self.p_sess_fluid
            s.fluid_logged = s.logged and s.drink_l > 0 and r.random() < pf
            # electrolyte capsules
            s.caps = 0.0
            if self.p_caps and s.dur >= 70 and r.random() < self.p_caps:
                s.caps = 430.0
            dk = s.drink_kind
            s.na_in = s.drink_l * _DRINK_NA[dk] + s.caps
            # body mass change
            urine = r.uniform(0.2, 0.4) if r.random() < 0.12 else 0.0
            s.mass_loss = s.sweat_l - s.drink_l + 0.08 * s.dur / 60 + urine
            hour = s.start.hour + s.start.minute / 60
            fed = 0.0 if hour < 9 else _clip((hour - 8) * 0.1, 0.2, 1.3)
            s.pre_true = self.w_morning[i] + fed + r.gauss(0, 0.15)

    # ----------------------------------------------------------------- exposures
    def acwr(self, logged: bool) -> list[float]:
        n = self.n
        load = [0.0] * n
        for s in self.sessions:
            if s.kind == "sauna":
                continue
            if logged:
                if not s.logged:
                    continue
                rp = s.log_rpe if s.log_rpe is not None else _KINDS[s.kind][4]
                load[s.day] += s.log_dur * rp
            else:
                load[s.day] += s.dur * s.rpe
        ratio = [0.0] * n
        for i in range(28, n):
            acute = sum(load[i - 6:i + 1])
            chronic = sum(load[i - 27:i + 1]) / 4
            ratio[i] = acute / chronic if chronic > 0 else 0.0
        return ratio

    def exposed_units(self, cause: str) -> list[tuple[object, float]]:
        """(unit, weight) for units clearly exposed and visible in the journal."""
        units: list[tuple[object, float]] = []
        last_ok = self.n - 1   # never the last day (episodes must stay in the period)
        if cause == "dehydration":
            for s in self.sessions:
                if s.logged and s.weighed and s.day < last_ok:
                    loss = (s.pre_obs - s.post_obs) / s.pre_obs
                    if loss >= 0.022 and s.mass_loss / s.pre_true >= 0.02:
                        units.append((s, 0.5 + 30 * (loss - 0.02)))
        elif cause == "electrolyte_loss":
            for s in self.sessions:
                if not (s.logged and s.day < last_ok):
                    continue
                if s.dur >= 75 and s.na_loss >= 2000 and s.drink_kind == "water" and \
                        s.drink_l >= 0.4 and s.fluid_logged and s.na_in < 0.25 * s.na_loss and \
                        (s.log_temp is not None or s.weighed) and \
                        s.kind not in ("sauna", "cut_run"):
                    units.append((s, s.na_loss / 2000))
        elif cause == "muscle_fatigue":
            cand = [s for s in self.sessions if s.logged and s.log_rpe is not None
                    and s.kind not in ("match", "warmup", "sauna")]
            if len(cand) < 30:
                return []
            loads = sorted(s.log_dur * s.log_rpe for s in cand)
            thr = loads[int(0.85 * len(loads))]
            durs = sorted(s.log_dur for s in cand)
            med = durs[len(durs) // 2]
            tl = sorted(s.dur * s.rpe for s in cand)
            tthr = tl[int(0.83 * len(tl))]
            for s in cand:
                if s.day >= last_ok:
                    continue
                ld = s.log_dur * s.log_rpe
                if ld >= thr and s.dur * s.rpe >= tthr and (s.log_dur >= 1.25 * med or
                                                            s.log_rpe >= 8):
                    units.append((s, ld / thr))
        elif cause == "training_load_spike":
            rt = self.acwr(False)
            rl = self.acwr(True)
            for s in self.sessions:
                i = s.day
                if s.logged and i < last_ok and i >= 28 and rt[i] >= 1.6 and rl[i] >= 1.5 and \
                        s.kind not in ("sauna",):
                    units.append((s, rt[i] - 1.2))
        elif cause == "heat":
            for s in self.sessions:
                if not (s.logged and s.day < last_ok and s.log_temp is not None):
                    continue
                t, h = s.log_temp, s.log_rh
                if (t >= 30.5 and s.temp >= 30) or (h is not None and t >= 28 and h >= 72
                                                    and s.temp >= 27.5):
                    units.append((s, 1 + 0.3 * (t - 28)))
        elif cause == "nutrient_deficiency":
            for i in range(14, last_ok):
                win = range(i - 13, i + 1)
                tr = [self.day_intake[j] for j in win]
                lg = [self.day_logged_intake[j] for j in win if self.day_logged_intake[j]]
                if len(lg) < 8:
                    continue
                tmin = min(sum(x[q] for x in tr) / 14 for q in range(3))
                lmin = min(sum(x[q] for x in lg) / len(lg) for q in range(3))
                if tmin < 0.55 and lmin < 0.6:
                    units.append((i, 1.0))
        elif cause == "sleep_debt":
            hrs = sorted(nt["hours"] for nt in self.nights if nt and nt["logged"])
            if len(hrs) < 30:
                return []
            usual = hrs[len(hrs) // 2]
            self.usual_logged = usual
            for i in range(self.n - 2):
                nt = self.nights[i]
                if nt and nt["logged"] and nt["hours"] <= min(6.0, usual - 1.75) and \
                        self.nights[i + 1] is not None:
                    units.append((i + 1, 1 + (usual - nt["hours"])))
        elif cause == "medication":
            a, b = self.med_window
            for i in range(a, min(b, last_ok)):
                units.append((i, 1.0))
        return units

    # ----------------------------------------------------------------- episodes
    def sleep_of(self, i: int):
        return self.nights[i] if 0 <= i < self.n else None

    def in_sleep(self, t: datetime) -> bool:
        i = (t.date() - self.d0).days
        for j in (i - 1, i):
            nt = self.sleep_of(j)
            if nt and nt["bed"] <= t <= nt["wake"]:
                return True
        return False

    def in_session(self, t: datetime):
        i = (t.date() - self.d0).days
        for j in (i - 1, i):
            if 0 <= j < self.n:
                for s in self.day_sessions[j]:
                    if s.start <= t <= s.end:
                        return s
        return None

    def busy_after(self, s: _Session, t: datetime) -> bool:
        for x in self.day_sessions[s.day]:
            if x is not s and x.start <= t <= x.end + timedelta(minutes=5):
                return True
        return self.in_sleep(t)

    def pick_muscle(self, pool: list[str], extra: tuple = ("calf", "foot", "hamstring")) -> str:
        cands = list(dict.fromkeys(list(pool) + list(extra)))
        return _wchoice(self.rng, cands, [_CRAMP_PRONE.get(m, 0.3) for m in cands])

    def add_episode(self, t: datetime, kind: str, muscle: str, during: str, linked: bool,
                    context: str = ""):
        self.episodes.append({"t": t, "kind": kind, "muscle": muscle, "during": during,
                              "linked": linked, "ctx": context})
        if linked:
            self.n_linked += 1
        else:
            self.n_background += 1

    def session_episode(self, s: _Session, p_during: float, p_night: float, after_max: float,
                        late_from: float, multi: bool = False) -> bool:
        r = self.rng
        for _try in range(6):
            u = r.random()
            if u < p_during:
                t = s.start + timedelta(minutes=s.dur * r.uniform(late_from, 0.97))
                during = "exercise"
            elif u < p_during + p_night:
                nt = self.sleep_of(s.day)
                if not nt:
                    continue
                span = (nt["wake"] - nt["bed"]).total_seconds()
                if span < 4 * 3600:
                    continue
                t = nt["bed"] + timedelta(seconds=r.uniform(3600, span - 1800))
                during = "sleep"
            else:
                t = s.end + timedelta(minutes=r.uniform(3, after_max * 60))
                if self.busy_after(s, t):
                    continue
                during = "after_exercise"
            pool = s.muscles
            m = self.pick_muscle(pool)
            self.add_episode(t, "spasm", m, during, True, "multi" if multi else "session")
            s.linked = True
            return True
        return False

    def day_episode(self, i: int, mode: str) -> bool:
        """An episode placed on day i (waking day after night i-1, or night i)."""
        r = self.rng
        prev, cur = self.sleep_of(i - 1), self.sleep_of(i)
        wake = prev["wake"] if prev else self.at(i, 7.0)
        bed = cur["bed"] if cur else self.at(i, 23.0)
        if bed <= wake + timedelta(hours=3):
            return False
        for _try in range(8):
            if mode == "night":
                if not cur:
                    return False
                span = (cur["wake"] - cur["bed"]).total_seconds()
                if span < 4 * 3600:
                    return False
                t = cur["bed"] + timedelta(seconds=r.uniform(2400, span - 1200))
                m = _wchoice(r, ["calf", "foot", "toes", "hamstring", "quadriceps"],
                             [5, 2, 1.2, 1.2, 0.5])
                self.add_episode(t, "spasm", m, "sleep", True, "night")
                return True
            if mode == "session":
                sess = [s for s in self.day_sessions[i] if s.kind not in ("sauna",)]
                if not sess:
                    mode = "rest"
                    continue
                s = r.choice(sess)
                t = s.start + timedelta(minutes=s.dur * r.uniform(0.2, 0.97))
                self.add_episode(t, "spasm", self.pick_muscle(s.muscles), "exercise", True,
                                 "session")
                return True
            span = (bed - wake).total_seconds()
            t = wake + timedelta(seconds=r.uniform(1800, span - 1800))
            if self.in_session(t):
                continue
            if mode == "twitch":
                m = _wchoice(r, ["eyelid", "calf", "face", "fingers", "hand", "quadriceps", "foot"],
                             [5, 3, 1, 1, 0.8, 0.8, 0.6])
                self.add_episode(t, "twitch", m, "rest", True, "twitch")
            else:
                m = _wchoice(r, ["calf", "foot", "toes", "hamstring", "hand", "abdomen"],
                             [4, 2, 1.5, 1.5, 0.8, 0.4])
                self.add_episode(t, "spasm", m, "rest", True, "rest")
            return True
        return False

    def plant(self, units: list[tuple[object, float]], k: int):
        r = self.rng
        c = self.cause
        pool = list(units)
        placed = 0
        while placed < k and pool:
            u = _wchoice(r, list(range(len(pool))), [w for _, w in pool])
            unit, _w = pool.pop(u)
            ok = False
            if c == "dehydration":
                ok = self.session_episode(unit, 0.4, 0.1, 2.5, 0.55)
            elif c == "electrolyte_loss":
                ok = self.session_episode(unit, 0.35, 0.1, 4.0, 0.6, multi=r.random() < 0.4)
            elif c == "muscle_fatigue":
                ok = self.session_episode(unit, 0.65, 0.0, 1.0, 0.65)
            elif c == "training_load_spike":
                ok = self.session_episode(unit, 0.45, 0.12, 2.0, 0.35)
            elif c == "heat":
                ok = self.session_episode(unit, 0.6, 0.0, 1.5, 0.5)
            elif c == "sleep_debt":
                mode = _wchoice(r, ["twitch", "session", "rest"], [0.55, 0.3, 0.15])
                ok = self.day_episode(unit, mode)
            elif c == "nutrient_deficiency":
                mode = _wchoice(r, ["twitch", "night", "rest", "session"], [0.35, 0.35, 0.12, 0.18])
                ok = self.day_episode(unit, mode)
            elif c == "medication":
                tw = 0.2 if self.med_name in ("salmeterol", "formoterol") else 0.05
                mode = _wchoice(r, ["night", "rest", "session", "twitch"], [0.55, 0.2, 0.15, tw])
                ok = self.day_episode(unit, mode)
            if ok:
                placed += 1
        return placed

    def background(self, minimum: int):
        r = self.rng
        months = self.n / 30.0
        count = 0
        for _round in range(10):
            n_night = _poisson(r, self.bg_night * months)
            n_eye = _poisson(r, self.bg_eyelid * months)
            n_tw = _poisson(r, self.bg_twitch * months)
            n_rest = _poisson(r, self.bg_rest * months)
            ex = [s for s in self.sessions
                  if s.logged and s.kind != "sauna" and r.random() < self.bg_ex]
            total = n_night + n_eye * 2 + n_tw + n_rest + len(ex)
            if total >= minimum + 1:
                break
            self.bg_night *= 1.4
            self.bg_twitch *= 1.3
        days = list(range(1, self.n - 1))
        for _ in range(n_night):
            i = r.choice(days)
            nt = self.sleep_of(i)
            if not nt:
                continue
            span = (nt["wake"] - nt["bed"]).total_seconds()
            if span < 4 * 3600:
                continue
            t = nt["bed"] + timedelta(seconds=r.uniform(2400, span - 1200))
            m = _wchoice(r, ["calf", "foot", "toes", "hamstring"], [6, 2, 1, 1])
            self.add_episode(t, "spasm", m, "sleep", False, "night")
            nt["cramp"] = True
            count += 1
        for _ in range(n_eye):
            i = r.choice(days)
            for j in range(i, min(self.n - 1, i + r.randint(1, 4))):
                if r.random() < 0.7 or j == i:
                    t = self.rest_time(j)
                    if t:
                        self.add_episode(t, "twitch", "eyelid", "rest", False, "twitch")
                        count += 1
        for _ in range(n_tw):
            t = self.rest_time(r.choice(days))
            if t:
                m = _wchoice(r, ["calf", "fingers", "face", "quadriceps", "foot", "biceps"],
                             [4, 2, 1, 1, 1, 0.6])
                self.add_episode(t, "twitch", m, "rest", False, "twitch")
                count += 1
        for _ in range(n_rest):
            t = self.rest_time(r.choice(days))
            if t:
                m = _wchoice(r, ["toes", "foot", "hamstring", "calf", "hand"], [2, 2, 1.5, 1, 1])
                self.add_episode(t, "spasm", m, "rest", False, "rest")
                count += 1
        for s in ex:
            if s.day >= self.n - 1:
                continue
            t = s.start + timedelta(minutes=s.dur * r.uniform(0.05, 0.95))
            self.add_episode(t, "spasm", self.pick_muscle(s.muscles), "exercise", False, "session")
            count += 1
        return count

    def rest_time(self, i: int):
        r = self.rng
        prev, cur = self.sleep_of(i - 1), self.sleep_of(i)
        wake = prev["wake"] if prev else self.at(i, 7.0)
        bed = cur["bed"] if cur else self.at(i, 23.0)
        span = (bed - wake).total_seconds()
        if span < 4 * 3600:
            return None
        for _ in range(6):
            t = wake + timedelta(seconds=r.uniform(1200, span - 1200))
            if not self.in_session(t):
                return t
        return None

    # ----------------------------------------------------------------- medications
    def medications(self):
        r = self.rng
        n = self.n
        self.meds = []
        self.med_window = None
        self.med_name = None
        # benign short courses
        benign = [("valacyclovir", 7, "herpes gladiatorum outbreak, 500 mg twice daily"),
                  ("clotrimazole", 14, "ringworm on forearm, cream twice daily"),
                  ("amoxicillin", 7, "sinus infection"), ("cetirizine", 45, "hay fever"),
                  ("acetaminophen", 5, "sore ribs after sparring"),
                  ("mupirocin", 7, "mat burn got infected")]
        for _ in range(r.choice([0, 1, 1, 2])):
            name, L, note = r.choice(benign)
            s = r.randint(0, n - 2)
            e = min(n - 1, s + L + r.randint(-2, 3))
            self.meds.append((name, s, e, note))
        cramp_meds = ["salmeterol", "formoterol", "naproxen"]
        if self.age >= 32:
            cramp_meds += ["atorvastatin", "hydrochlorothiazide", "chlorthalidone", "rosuvastatin"]
        if self.sex == "female":
            cramp_meds += ["spironolactone"]
        notes = {"salmeterol": "new inhaler for exercise-induced asthma (salmeterol/fluticasone)",
                 "formoterol": "asthma inhaler, formoterol/budesonide twice daily",
                 "naproxen": "daily for knee pain, 500 mg",
                 "atorvastatin": "GP started it for high LDL, 20 mg",
                 "rosuvastatin": "cholesterol, 10 mg",
                 "hydrochlorothiazide": "blood pressure, 25 mg",
                 "chlorthalidone": "blood pressure, 12.5 mg",
                 "spironolactone": "dermatologist, for acne, 100 mg"}
        if self.cause == "medication":
            name = r.choice(cramp_meds)
            s = int(n * r.uniform(0.3, 0.55))
            e = None
            if r.random() < 0.6:
                e = s + r.randint(50, 120)
                if e >= n - 20:
                    e = None
            lag = r.randint(3, 10)
            a = s + lag
            b = (e + 5) if e is not None else n
            self.med_window = (a, b)
            self.med_name = name
            self.meds.append((name, s, e, notes[name]))
        elif r.random() < 0.2:
            name = r.choice(cramp_meds)
            s = int(n * r.uniform(0.2, 0.7))
            e = None if r.random() < 0.6 else min(n - 1, s + r.randint(40, 120))
            self.meds.append((name, s, e, notes[name]))

    # ----------------------------------------------------------------- emit everything
    def emit_all(self):
        r = self.rng
        us = self.us
        # profile
        prof = {"type": "profile", "sex": self.sex, "birth_year": self.birth_year,
                "body_mass_kg": (f"{round(self.w0 / 0.45359237)} lb" if us and r.random() < 0.6
                                 else round(self.w0, 1)),
                "height_cm": self.height, "timezone": self.home_zone}
        if self.sex == "female" and r.random() < 0.5:
            prof["pregnant"] = False
        if r.random() < 0.4:
            prof["notes"] = f"{_SPORT_LABEL[self.sport]}, competing" + \
                r.choice(["", ", cramps in matches", ", history of calf cramps", ""])
        self.profile = prof
        brand = self.watch or "manual"
        # workouts
        for s in self.sessions:
            if not s.logged:
                continue
            o: dict = {"type": "workout"}
            if s.source == "watch":
                t = s.start + timedelta(seconds=r.randint(20, 240))
                o["id"] = self.new_id(f"{brand}-act")
                o["time"] = _iso(t)
                o["duration_min"] = s.log_dur
                act = s.activity
                if act == "martial_arts" and r.random() < 0.1:
                    act = "other"
                o["activity"] = act
                o["avg_hr"] = s.hr
                if s.distance is not None:
                    o["distance_km"] = s.distance
            else:
                t = s.start
                if r.random() < 0.3 and s.kind not in ("match",):
                    t = t.replace(minute=(t.minute // 15) * 15)
                o["time"] = _iso(t)
                o["duration_min"] = s.log_dur
                o["activity"] = s.activity
                if s.distance is not None and r.random() < 0.6:
                    o["distance_km"] = round(s.distance, 1) if not us else \
                        f"{round(s.distance / 1.609344, 1)} mi"
            if s.log_rpe is not None:
                o["rpe"] = s.log_rpe
            if s.log_temp is not None:
                o["temperature_c"] = s.temp_val
                if s.log_rh is not None:
                    o["humidity_pct"] = s.log_rh
            if r.random() < self.p_mg and s.kind not in ("sauna",):
                nm = len(s.muscles)
                o["muscle_groups"] = list(s.muscles[:r.randint(min(2, nm), nm)])
            if s.kind in ("class", "sparring", "open_mat") and r.random() < 0.25:
                o["warm_up_min"] = float(r.choice([10, 15, 15, 20]))
            if s.kind in ("strength", "conditioning") and r.random() < 0.15:
                o["cool_down_min"] = float(r.choice([5, 10]))
            note = s.notes
            if note is None and s.log_temp is not None and s.temp >= 31 and r.random() < 0.3:
                note = r.choice(["gym was an oven", "AC off again", "sweating buckets", "so humid"])
            if note is None and self.salty_notes and s.sweat_l > 1.5 and r.random() < 0.15:
                note = r.choice(["salt stains all over my rashguard", "sweat stinging my eyes",
                                 "white marks on the shorts again"])
            if note is None and s.kind == "open_mat" and r.random() < 0.2:
                note = r.choice(["lots of rounds", "open mat, rolled with everyone",
                                 "long one today"])
            if note is None and s.kind == "sparring" and r.random() < 0.12:
                note = r.choice(["hard rounds", "comp-pace rounds", "shark tank"])
            if s.kind == "match":
                note = r.choice(["match", "match - won", "match - lost", "final", "semis", None])
            if note:
                o["notes"] = note
            self.emit(s.start, o)
            # weighing around the session
            if s.weighed:
                pre_t = (s.start - timedelta(minutes=r.randint(4, 20))).replace(second=0)
                post_t = (s.end + timedelta(minutes=r.randint(3, 15))).replace(second=0)
                self.emit(pre_t, {"type": "body_mass", "time": _iso(pre_t), "kg": s.pre_val,
                                  "context": "pre_workout"})
                self.emit(post_t, {"type": "body_mass", "time": _iso(post_t), "kg": s.post_val,
                                   "context": "post_workout"})
            # fluids during the session
            if s.fluid_logged:
                vol = s.drink_l * 1000
                nf = 1 if s.dur < 60 or r.random() < 0.4 else r.randint(2, 3)
                nf = max(nf, math.ceil(vol / 1000))
                for j in range(nf):
                    if nf == 1:
                        ft = s.end - timedelta(minutes=r.randint(0, 5))
                    else:
                        ft = s.start + timedelta(minutes=s.dur * (j + 1) / (nf + 0.3))
                    ml = vol / nf
                    ft = ft.replace(second=0, microsecond=0)
                    f = {"type": "fluid", "time": _iso(ft), "drink": s.drink_kind}
                    if us and r.random() < 0.5:
                        f["ml"] = f"{max(1, round(ml / 29.5735))} oz"
                    else:
                        f["ml"] = float(max(50, round(ml / 50) * 50))
                    if s.drink_kind == "electrolyte_drink" and r.random() < 0.4:
                        f["sodium_mg"] = float(round(ml))     # ~1 g per litre mixes
                    if r.random() < 0.3 and self.watch in ("apple", "garmin"):
                        f["id"] = self.new_id("bottle")
                    self.emit(ft, f)
            if s.caps:
                ct = s.start + timedelta(minutes=s.dur * 0.4)
                self.emit(ct, {"type": "supplement", "time": _iso(ct),
                               "name": "electrolyte capsules", "sodium_mg": 430.0})
        # morning body mass
        for i in range(self.n):
            ph = self.phase[i]
            p = self.p_morning * (0.5 if self.city_day[i] != self.city else 1.0)
            if ph in ("cut", "water", "weighin", "comp"):
                p = max(p, 0.9)
            if r.random() >= p:
                continue
            nt = self.sleep_of(i - 1)
            t = (nt["wake"] if nt else self.at(i, 7.0)) + timedelta(minutes=r.randint(5, 35))
            v = self.w_morning[i] + r.gauss(0, 0.05)
            if r.random() < 0.03:
                v += r.uniform(0.6, 1.4)      # stepped on in clothes
            lb = us and self.city_day[i] == self.city
            if lb and r.random() < 0.012:
                o = {"type": "body_mass", "time": _iso(t), "kg": round(v / 0.45359237, 1),
                     "context": "morning"}   # pounds typed into the kg field
            else:
                val, _ = self.kg_val(v, lb)
                o = {"type": "body_mass", "time": _iso(t), "kg": val, "context": "morning"}
                if self.city_day[i] == self.city:
                    o["id"] = self.new_id("scale")
            self.emit(t, o)
        # official weigh-ins
        for cp in self.comps:
            wi = cp["wi"]
            if wi >= self.n:
                continue
            h = 8.0 if wi == cp["day"] else r.choice([9.0, 10.0, 17.0, 18.0])
            t = self.at(wi, h)
            if self.sport == "bjj" and self.day_sessions[wi]:
                t = (self.day_sessions[wi][0].start - timedelta(minutes=r.randint(15, 40))
                     ).replace(second=0)
            val, _ = self.kg_val(cp["limit"] - r.uniform(0.05, 0.4), us)
            self.emit(t, {"type": "body_mass", "time": _iso(t), "kg": val, "context": "other",
                          "notes": "official weigh-in" + (" (gi on)" if self.sport == "bjj"
                                                          else "")})
            cp["wi_time"] = t
        # sleep
        for nt in self.nights:
            if not nt or not nt["logged"]:
                continue
            o = {"type": "sleep", "time": _iso(nt["bed"])}
            if self.watch and r.random() < 0.85:
                o["id"] = self.new_id(f"{brand}-sleep")
                o["end"] = _iso(nt["wake"])
            else:
                o["hours"] = round(nt["hours"] * 4) / 4
            if r.random() < self.p_sleep_quality:
                q = nt["q"] - (1 if nt["cramp"] and r.random() < 0.6 else 0)
                o["quality"] = int(_clip(q, 1, 5))
            if nt["note"] and r.random() < 0.5:
                o["notes"] = nt["note"]
            self.emit(nt["bed"], o)
        # daily fluids
        for i in range(self.n):
            ph = self.phase[i]
            log_day = r.random() < (self.p_day_fluid if ph not in ("cut", "water", "weighin")
                                    else max(self.p_day_fluid, 0.8))
            if not log_day:
                continue
            nt = self.sleep_of(i - 1)
            wake = nt["wake"] if nt else self.at(i, 7.0)
            drinks = []
            if self.coffee:
                drinks.append((wake + timedelta(minutes=r.randint(10, 50)), "coffee",
                               r.choice([200, 250, 300, 350])))
                if r.random() < 0.4:
                    drinks.append((self.at(i, r.uniform(13.5, 15.5)), "coffee",
                                   r.choice([150, 250])))
            hot = self.high[i] >= 28
            nb = r.randint(2, 4) + (1 if hot else 0)
            cutdays = [cp["wi"] - i for cp in self.comps if 0 <= cp["wi"] - i <= 5]
            if cutdays and self.cut_frac > 0.03:
                dl = cutdays[0]
                if dl >= 3:
                    nb = r.randint(8, 12)      # water loading
                elif dl == 2:
                    nb = r.randint(2, 4)
                else:
                    nb = r.choice([0, 1])
            for j in range(nb):
                h = 9.0 + j * (12.5 / max(nb, 1)) + r.uniform(-0.4, 0.4)
                drinks.append((self.at(i, h), "water", r.choice([500, 500, 600, 750, 1000])
                               if nb > 6 else r.choice([350, 500, 500, 600, 750])))
            if r.random() < 0.15:
                drinks.append((self.at(i, r.uniform(20.5, 22.0)), "tea", 250))
            if (self.dates[i].weekday() >= 4 and r.random() < 0.2) or self.diet[i] == "treat":
                if r.random() < 0.7:
                    for _ in range(r.randint(1, 4)):
                        drinks.append((self.at(i, r.uniform(20.0, 23.0)), "beer",
                                       r.choice([330, 355, 500, 568])))
            for (t, kind, ml) in drinks:
                t = self.awake_time(i, t)
                if t is None or self.in_session(t):
                    continue
                o = {"type": "fluid", "time": _iso(t), "ml": float(ml), "drink": kind}
                if us and r.random() < 0.45:
                    o["ml"] = f"{round(ml / 29.5735)} oz"
                self.emit(t, o)
        # rehydration after weigh-ins (always written down)
        for cp in self.comps:
            t0 = cp.get("wi_time")
            if t0 is None:
                continue
            same_day = cp["day"] == cp["wi"]
            for j in range(r.randint(1, 3) if same_day else r.randint(3, 6)):
                t = self.awake_time(cp["wi"], t0 + timedelta(minutes=15 + 40 * j))
                if t is None or self.in_session(t):
                    continue
                kind = r.choice(["ors", "electrolyte_drink", "water", "sports_drink"])
                self.emit(t, {"type": "fluid", "time": _iso(t), "drink": kind,
                              "ml": float(r.choice([500, 500, 750, 1000]))})
        # meals
        for (i, h, its, logged, label, (kcal, na)) in self.meal_plan:
            if not logged:
                continue
            t = self.awake_time(i, self.at(i, min(h, 23.5)), keep=True)
            busy = self.in_session(t)
            if busy is not None:
                t = (busy.end + timedelta(minutes=r.randint(15, 40))).replace(second=0)
            o = {"type": "meal", "time": _iso(t)}
            if r.random() < 0.04 and self.diet[i] not in ("strict",):
                o["energy_kcal"] = float(round(kcal, -1))
                o["sodium_mg"] = float(round(na, -1))
                o["notes"] = "restaurant, estimated"
            else:
                o["items"] = [{"ndb_no": ndb, "grams": float(g)} for ndb, g in its]
                if label == "shake" and r.random() < 0.5:
                    o["notes"] = "post-training shake"
                if self.diet[i] == "strict" and r.random() < 0.05:
                    o["notes"] = r.choice(["prep meal", "dropping a class", "strict week"])
            if r.random() < 0.2:
                o["id"] = self.new_id("mfp")
            self.emit(t, o)
        # supplements
        for (i, h, name, vals) in getattr(self, "supp_plan", []):
            if r.random() > 0.75:
                continue
            t = self.awake_time(i, self.at(i, h), keep=True)
            o = {"type": "supplement", "time": _iso(t), "name": name}
            for k, v in vals.items():
                o[k] = float(v)
            self.emit(t, o)
        # medications
        for (name, s, e, note) in self.meds:
            o = {"type": "medication", "name": name, "start": self.dates[s].isoformat()}
            if e is not None and e < self.n:
                o["end"] = self.dates[e].isoformat()
            if note and r.random() < 0.7:
                o["notes"] = note
            self.emit(self.at(s, 9.0), o)
        # episodes
        for ep in self.episodes:
            self.emit_episode(ep)

    def emit_episode(self, ep: dict):
        r = self.rng
        t = ep["t"]
        s = self.in_session(t)
        during = ep["during"]
        if during == "exercise" and s is None:
            during = "after_exercise"
        # logged by hand: rounded time, keep the category
        tt = t.replace(second=0, microsecond=0)
        if r.random() < 0.6:
            cand = tt.replace(minute=(tt.minute // 5) * 5)
            if (self.in_session(cand) is not None) == (s is not None):
                tt = cand
        o = {"type": "episode", "time": _iso(tt), "kind": ep["kind"], "muscle": ep["muscle"]}
        spasm = ep["kind"] == "spasm"
        m = ep["muscle"]
        if m not in ("abdomen", "neck", "face") and r.random() < 0.8:
            if ep["ctx"] == "multi":
                o["side"] = "both"
            else:
                o["side"] = _wchoice(r, ["left", "right", "both"], [4.5, 4.5, 1 if spasm else 0.3])
        if r.random() < 0.85:
            if spasm:
                o["duration_s"] = float(int(_clip(r.lognormvariate(math.log(70), 0.8), 5, 900)))
            else:
                o["duration_s"] = float(int(_clip(r.lognormvariate(math.log(60), 1.2), 2, 3600)))
        if r.random() < 0.9:
            o["pain"] = int(_clip(round(r.gauss(6.2, 1.6)), 2, 10)) if spasm else \
                int(_clip(round(r.gauss(0.4, 0.6)), 0, 2))
        if r.random() < 0.9:
            o["during"] = during
        if spasm and r.random() < 0.8:
            opts = ["stretching", "massage", "walking_it_off", "rest", "hydration",
                    "pickle_juice", "heat", "magnesium"]
            w = [6, 3, 2.5, 1.5, 1.5, 0.8, 0.4, 0.3]
            rel = []
            for _ in range(r.choice([1, 1, 2, 2, 3])):
                x = _wchoice(r, opts, w)
                if x not in rel:
                    rel.append(x)
            o["relief"] = rel
            o["relieved"] = r.random() < 0.9
        elif not spasm and r.random() < 0.3:
            o["relief"] = [r.choice(["rest", "massage", "other"])]
            o["relieved"] = r.random() < 0.5
        if spasm and r.random() < 0.12:
            o["flags"] = {"swelling": False, "numbness_tingling": False}
            if r.random() < 0.4:
                o["flags"]["weakness"] = False
        note = None
        if ep["ctx"] == "multi" and r.random() < 0.7:
            note = r.choice(["then the other calf and both hamstrings", "calves and quads, one "
                             "after the other", "everything started locking up", "abs cramped too"])
        elif during == "exercise" and r.random() < 0.35:
            note = self.exercise_note(m, s.activity if s is not None else "martial_arts")
        elif during == "sleep" and r.random() < 0.4:
            hh = tt.hour
            note = r.choice(["woke me up", f"woke up with the {m} rock hard" if m in
                             ("calf", "hamstring") else "woke me up",
                             f"{hh if hh else 12}am {m} cramp" if hh < 12 else "woke me up"])
        elif during == "after_exercise" and r.random() < 0.3:
            opts = ["in the car after class", "in the shower after training", "on the drive home",
                    "stretching after"]
            if self.sport in ("bjj", "judo"):
                opts.append("taking my gi off")
            if self.sport == "boxing":
                opts.append("taking the wraps off")
            note = r.choice(opts)
        elif ep["kind"] == "twitch" and r.random() < 0.3:
            if m == "eyelid":
                opts = ["annoying flicker", "eye twitching on and off",
                        "people can't see it but I can"]
            elif m in ("fingers", "hand"):
                opts = ["thumb twitching", "little flicker in the thumb"]
            else:
                opts = ["visible under the skin", "like a worm under the skin", "at my desk"]
            if 12 <= tt.hour < 18:
                opts.append("on and off all afternoon")
            note = r.choice(opts)
        if r.random() < 0.07:
            guess = r.choice(["probably dehydrated", "need more magnesium?", "too much coffee?",
                              "stress?", "need bananas lol"])
            note = f"{note}; {guess}" if note else guess
        if note:
            o["notes"] = note
        self.emit(t, o)

    def exercise_note(self, m: str, activity: str) -> str:
        r = self.rng
        sp = self.sport
        if activity != "martial_arts":
            return r.choice({"running": ["mid-run, had to walk", "last k of the run"],
                             "strength": ["during squats", "on the last set"],
                             "cycling": ["out of the saddle on a climb"],
                             "rowing": ["last interval"], "hiit": ["burpees finished me"],
                             "swimming": ["pushing off the wall"]}.get(activity, ["near the end"]))
        grip = m in ("forearm", "hand", "fingers")
        lower = m in ("calf", "foot", "toes")
        if sp == "bjj":
            if grip:
                return r.choice(["grip gave out, forearm locked", "hand froze gripping the collar",
                                 "fingers curled up and stuck"])
            if lower:
                return r.choice(["pointing my toes in a triangle",
                                 "foot cramped playing De La Riva",
                                 "calf locked defending a heel hook"])
            if m == "hamstring":
                return r.choice(["hamstring grabbed on a leg lock defence",
                                 "had to tap to the cramp"])
        elif sp == "wrestling":
            if lower:
                return r.choice(["calf locked shooting a single", "foot cramp on the push-off"])
            if m == "hamstring":
                return "hamstring went on a sprawl"
            if grip:
                return "forearm locked in the hand fight"
        elif sp == "boxing":
            if lower:
                return r.choice(["calf cramped up on my toes", "foot cramp moving on the balls"])
            if grip:
                return "hand cramped inside the glove"
            if m in ("shoulder", "triceps"):
                return "shoulder locked up throwing the jab"
        elif sp == "judo":
            if grip:
                return r.choice(["fingers stuck gripping the lapel", "forearm pumped then cramped"])
            if lower:
                return "foot cramp on a sweep attempt"
            if m == "hamstring":
                return "hamstring went on an uchi mata"
        return r.choice(["had to stop the round", "last round", "near the end of the session"])

    # ----------------------------------------------------------------- build
    def build(self):
        self.person()
        self.calendar()
        self.plan_sessions()
        self.body_mass()
        self.sleep()
        self.meals()
        self.log_sessions()
        self.medications()
        # observed pre/post values are needed for dehydration exposure before emission:
        r = self.rng
        for s in self.sessions:
            if s.weighed:
                lb = self.us and r.random() < 0.85
                s.pre_val, s.pre_obs = self.kg_val(s.pre_true + r.gauss(0, 0.07), lb)
                s.post_val, s.post_obs = self.kg_val(s.pre_true - s.mass_loss + r.gauss(0, 0.07),
                                                     lb)


def _finish(sim: _Sim) -> tuple[list[dict], datetime, datetime]:
    start = _aware(datetime.combine(sim.dates[0], dtime(0)), sim.zone_at(0, 0.0))
    last = sim.n - 1
    stop = _aware(datetime.combine(sim.dates[last] + timedelta(days=1), dtime(0)),
                  sim.zone[last])
    objs = [sim.profile]
    items = sorted(sim.out, key=lambda x: (x[0], x[1]))
    for t, _, o in items:
        if o["type"] != "medication" and not (start <= t < stop):
            continue
        objs.append(o)
    # an occasional re-exported duplicate line (same id: import is idempotent)
    r = sim.rng
    dups = [o for o in objs if "id" in o]
    for _ in range(r.choice([0, 0, 1, 2])):
        if dups:
            d = r.choice(dups)
            objs.insert(objs.index(d) + 1, dict(d))
    return objs, start, stop


def blind_journal(cause: str | None, seed: int) -> BlindJournal:
    if cause is not None and cause not in CAUSES:
        raise ValueError(f"unknown cause {cause!r}; expected one of {CAUSES} or None")
    sim = _build(cause, seed)
    objs, start, stop = _finish(sim)
    return BlindJournal(cause=cause, objects=objs, start=start, stop=stop)


def _build(cause: str | None, seed: int) -> _Sim:
    sim = None
    for attempt in range(60):
        sim = _Sim(cause, seed, attempt)
        sim.build()
        if cause is None:
            break
        units = sim.exposed_units(cause)
        cap = int(0.45 * len(units))
        if cap < 9:
            continue
        if cause in ("heat", "dehydration", "electrolyte_loss", "muscle_fatigue",
                     "training_load_spike"):
            logged = sum(1 for s in sim.sessions if s.logged)
            if len(units) > 0.45 * logged:
                continue
        lo = {"medication": 12, "nutrient_deficiency": 11}.get(cause, 9)
        k = min(sim.rng.randint(lo, 20), cap)
        placed = sim.plant(units, k)
        if placed < 9:
            continue
        sim.n_units = len(units)
        sim.attempts = attempt + 1
        break
    bg_min = 5 if cause is None else 3
    sim.background(bg_min)
    if sim.n_background < bg_min:
        # top up with nocturnal calf cramps (independent of everything)
        days = list(range(1, sim.n - 1))
        while sim.n_background < bg_min:
            i = sim.rng.choice(days)
            nt = sim.sleep_of(i)
            if nt:
                span = (nt["wake"] - nt["bed"]).total_seconds()
                if span >= 4 * 3600:
                    t = nt["bed"] + timedelta(seconds=sim.rng.uniform(2400, span - 1200))
                    sim.add_episode(t, "spasm", "calf", "sleep", False, "night")
    sim.emit_all()
    return sim
