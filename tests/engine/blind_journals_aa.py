"""Blind synthetic cramp journals of a ballet / contemporary dancer, with one planted cause.

Point of view
-------------
The journal belongs to a professional (company) or pre-professional (academy) dancer, ballet or
contemporary, who keeps a phone notes file and later converts it to the JSON Lines journal
(journal.md).  What such a person writes down, and therefore what these journals contain:

* Work blocks, one ``workout`` line each (activity ``dance``; ``pilates``/``strength``/``yoga``/
  ``swimming`` for cross-training): morning company class (75-90 min), rehearsal blocks
  (11:30-13:30, 14:30-..., sometimes evening calls), stage days (spacing/tech, dress rehearsal),
  evening performances at 19:30 (Saturday matinee + evening doubles), touring weeks abroad (times
  carry the tour city's UTC offset, jet lag, early flights), academy days with pointe /
  contemporary / repertoire classes and evening rehearsals.  Duration is always written, session
  RPE (CR-10) usually, the *studio* (or stage) thermometer reading only sometimes (more often when
  it is noticeably hot or cold), humidity rarely, muscle groups now and then, heart rate almost
  never.  US-based dancers write degF / oz / lb strings, others metric numbers.
* Drinks: bottle refills during the day (water; sometimes an electrolyte tab or a sports drink,
  more often on long or hot days), coffee, tea, an occasional beer after a show.  Fluids are
  written on some days and not at all on others (day-level gaps).
* Meals with rough gram estimates (USDA SR28 names or numbers), on most but not all days.
* Sleep ("asleep 00:40, up 8:10", or just hours) on most nights; late nights after shows,
  short nights before early flights or premieres, jet lag.
* Body mass rarely: an occasional morning weigh-in, and on a few days a pre/post weigh on the
  physio scale around the main rehearsal block.
* Medicines as start/end lines; supplements (magnesium, vitamin D, iron, multivitamin) daily
  while taken, with missed entries.
* Episodes (``episode``): the thing the dancer really cares about; cramps and twitches are
  written with muscle, side, duration, pain, what was tried and a short note.

Every journal, including null ones, simulates the same life: seasonal studio temperatures (with
heat waves; some studios have air conditioning), long and hard sessions (run-throughs, dress
rehearsals, doubles), weeks without a day off around premieres, big load jumps when the dancer
comes back from a winter / summer / injury break, forgotten bottles, electrolyte use that follows
heat, post-show short nights, diet phases, medicines and supplements.  Natural correlations are
built in: sweat (and so fluid and sodium loss) rises with studio temperature, duration and RPE;
long sessions are also the hard ones; hot days raise drinking and electrolyte use; late shows
shorten the next night; returns from breaks raise the acute:chronic load ratio.

Background episodes (present in every journal; the only episodes of a null journal, at least 6)
are placed independently of every exposure: night calf / foot cramps on uniformly chosen nights,
eyelid / calf twitches and foot / toe / hand cramps at rest at uniformly chosen times, and cramps
during a uniformly chosen work session (one session = one chance, whatever its length, heat or
effort, so no exposure is favoured).

How each cause is planted
-------------------------
For the planted cause the generator computes, from the simulated truth, the exposure of every
unit (session, night or day), keeps the units whose exposure is above the cause's threshold and
is visible in the written data (about 90 %; the rest may be unlogged), and draws K of them
(K = 9-20, weighted sampling without replacement, weight growing with the exposure: a
dose-response) to carry one episode each.  K is capped so that at least max(2.2 K, K + 12)
exposed units exist, so most exposed units carry no episode.  3-10 background episodes are
added as above.  Nothing else changes the episode rate.  The person's traits are tilted so that
the cause can occur (a person whose cramps come from heat dances in hot studios), always drawn
from sub-ranges of what other journals draw from (other journals get the same exposures, less
often or less strongly).  Per cause (unit; exposure; traits; episode):

* ``dehydration`` (session): fluid deficit over the session, (sweat - fluid drunk during the
  session) / body mass >= 2 %.  Sweat = personal rate (L/h) x hours x
  (RPE/6)^0.9 x exp(0.065 (T - 22)) x humidity factor x activity factor.  Traits: a fairly heavy
  sweater (0.45-0.65 L/h) who drinks 55-80 % of sweat when drinking but dances 14-22 % of blocks
  (x 1.6 on stage days) with nothing or sips ("forgot my bottle", no water break).  Visible as
  little or no logged fluid during long / hot / hard sessions (and as >= 2 % mass loss on the
  rare pre/post weighed sessions); fluid must be logged that day.  Episode: late in the session
  or within 2 h after (calf, foot, hamstring, quadriceps).  Hard sessions with normal drinking
  carry no excess.
* ``electrolyte_loss`` (session): sweat sodium loss (sweat litres x sweat sodium, here a salty
  sweater at 1150-1600 mg/L, 0.42-0.65 L/h) minus sodium drunk in the session window >= 1800 mg,
  i.e. long or hot sessions on plain water.  The person drinks plenty (80-110 % of sweat, so the
  fluid deficit stays small) and puts electrolyte tabs (500-1500 mg/L, written as
  ``electrolyte_drink`` with ``sodium_mg``) or a sports drink in most bottles on 55-80 % of show /
  dress / run-through days and 5-20 % of class / rehearsal days (more when hot or long); those
  sessions are mostly protected.  Episode: late in the session, after it, or in the following
  night; often both sides or several / unusual muscles (adductor, abdomen, hand, fingers).
* ``muscle_fatigue`` (session): session load (minutes x RPE) relative to the median load of all
  sessions of the previous 28 days >= 1.8, or >= 1.3 on the 8th+ consecutive working day.  Shows,
  dress rehearsals, run-throughs, long tech days and doubles are the exposed units.  Episode: in
  the last 30 % of the session or just after, often in a muscle the session worked.
* ``training_load_spike`` (day): acute:chronic ratio (7-day load / (28-day load / 4)) >= 1.5,
  counted only from day 28 of the journal (chronic window inside the journal).  Mostly the 1-3
  weeks back after a winter / summer / injury break (every journal has at least two such
  breaks).  Episode: during a uniformly chosen session of that day, after it, or that night.
* ``heat`` (session): studio / stage / open-air temperature >= 27 degC (true value; the
  thermometer reading is logged for about 90 % of the chosen sessions).  Weight (T - 26)^1.2.
  Traits: studio without air conditioning in a city with hot summers.  Episode: in the second
  half of the hot session or within 1 h after.
* ``nutrient_deficiency`` (day): a 6-14 week restrictive phase ("leaning out before the
  premiere": no dairy, nuts, seeds, whole grains or legumes, about 1100-1400 kcal); 14-day mean
  intake of magnesium, calcium or potassium (food + supplements) below 55 % of the reference
  intake for sex and age (evidence.md section 5); meals logged on >= 40 % of that window's days.
  Outside the phase intake is at or above reference.  Episode: night calf / foot cramps, calf /
  eyelid twitches and foot / hand cramps at rest, foot / toe cramps in class.  A magnesium
  supplement is often started late in the phase.
* ``sleep_debt`` (night): sleep hours <= (median of the previous 28 nights) - 1.25 h, night
  logged.  Weight = deficit - 1 h.  Traits: a restless sleeper (sleepless nights 7-12 %, x 2.5
  in the days before a premiere; irregular bedtimes) who logs 80-95 % of nights.  Short nights
  also come from late shows followed by morning class, early flights and jet lag.  Episode on
  the following waking day: eyelid / calf twitch, cramp in class or rehearsal, or at rest.
* ``medication`` (day): a medicine known to cause cramps (salmeterol or formoterol inhaler, or a
  naproxen course; evidence.md section 2.10) starts 30-60 % into the journal; the days from
  start + 4-12 days to its end (+5 days) are exposed.  Episode: mostly night cramps, also rest
  and exercise cramps.

Decoys (no effect on the episode rate): in 10 % of journals not planted with them a cramp-linked
medicine is started, and in 10 % a restrictive diet phase as deep as the planted one occurs.
Other medicines (cetirizine, desogestrel, amoxicillin, fluticasone nasal spray, paracetamol) and
supplements (magnesium, vitamin D, iron, multivitamin) come and go in every journal.

``cause=None`` gives a null journal: the same life and exposures, 6-18 background episodes only.
Generation is deterministic per (cause, seed) (random.Random seeded from a string of cause,
seed and attempt; attempts that cannot host the planted cause are redrawn), pure standard
library, no I/O, and takes about 0.1 s of CPU per journal.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from types import SimpleNamespace

CAUSES = (
    "dehydration",
    "electrolyte_loss",
    "muscle_fatigue",
    "training_load_spike",
    "heat",
    "nutrient_deficiency",
    "sleep_debt",
    "medication",
)


@dataclass
class BlindJournal:
    cause: str | None
    objects: list[dict]  # journal entries as JSON objects (journal.md), incl. a profile
    start: datetime  # tz-aware, the journal's observed period
    stop: datetime


# --------------------------------------------------------------------------------------------
# Time zones (own DST rules, so no tz database is needed)
# --------------------------------------------------------------------------------------------
_UTC = timezone.utc
_ZONES = {
    "Europe/London": (0, "eu"),
    "Europe/Paris": (60, "eu"),
    "Europe/Berlin": (60, "eu"),
    "Europe/Amsterdam": (60, "eu"),
    "Europe/Madrid": (60, "eu"),
    "Europe/Stockholm": (60, "eu"),
    "Europe/Copenhagen": (60, "eu"),
    "Europe/Vienna": (60, "eu"),
    "Europe/Athens": (120, "eu"),
    "America/New_York": (-300, "us"),
    "America/Chicago": (-360, "us"),
    "America/Los_Angeles": (-480, "us"),
    "America/Toronto": (-300, "us"),
    "Australia/Melbourne": (600, "au"),
    "Australia/Sydney": (600, "au"),
    "Asia/Tokyo": (540, None),
    "Asia/Hong_Kong": (480, None),
    "Asia/Singapore": (480, None),
    "Asia/Shanghai": (480, None),
}


def _sunday_on_or_after(d: date) -> date:
    return d + timedelta(days=(6 - d.weekday()) % 7)


def _last_sunday(y: int, m: int) -> date:
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    d = nxt - timedelta(days=1)
    return d - timedelta(days=(d.weekday() + 1) % 7)


_TRANSITIONS: dict = {}


def _transitions(zone: str, y: int):
    """(DST start, DST end) instants in UTC for a zone and year (cached, pure function)."""
    key = (zone, y)
    hit = _TRANSITIONS.get(key)
    if hit is not None:
        return hit
    std, rule = _ZONES[zone]
    if rule == "eu":
        a = datetime.combine(_last_sunday(y, 3), time(1), _UTC)
        b = datetime.combine(_last_sunday(y, 10), time(1), _UTC)
    elif rule == "us":
        a = datetime.combine(
            _sunday_on_or_after(date(y, 3, 1)) + timedelta(days=7), time(2), _UTC
        ) - timedelta(minutes=std)
        b = datetime.combine(_sunday_on_or_after(date(y, 11, 1)), time(2), _UTC) - timedelta(
            minutes=std + 60
        )
    else:  # southern hemisphere (Australia): DST ends in April, starts in October
        b = datetime.combine(_sunday_on_or_after(date(y, 4, 1)), time(3), _UTC) - timedelta(
            minutes=std + 60
        )
        a = datetime.combine(_sunday_on_or_after(date(y, 10, 1)), time(2), _UTC) - timedelta(
            minutes=std
        )
    _TRANSITIONS[key] = (a, b)
    return a, b


def _offset_min(zone: str, t: datetime) -> int:
    std, rule = _ZONES[zone]
    if rule is None:
        return std
    a, b = _transitions(zone, t.year)
    if rule == "au":
        return std + 60 if (t < b or t >= a) else std
    return std + 60 if a <= t < b else std


def _to_utc(zone: str, local: datetime) -> datetime:
    std = _ZONES[zone][0]
    guess = (local - timedelta(minutes=std)).replace(tzinfo=_UTC)
    off = _offset_min(zone, guess)
    return (local - timedelta(minutes=off)).replace(tzinfo=_UTC)


def _iso(zone: str, t: datetime) -> str:
    off = _offset_min(zone, t)
    loc = t + timedelta(minutes=off)
    sign = "+" if off >= 0 else "-"
    return "%04d-%02d-%02dT%02d:%02d:00%s%02d:%02d" % (
        loc.year,
        loc.month,
        loc.day,
        loc.hour,
        loc.minute,
        sign,
        abs(off) // 60,
        abs(off) % 60,
    )


# --------------------------------------------------------------------------------------------
# Places: monthly mean daily max (degC), monthly mean relative humidity (%)
# --------------------------------------------------------------------------------------------
_CITIES = {
    "london": (
        "Europe/London",
        [8, 9, 12, 15, 18, 21, 23, 23, 20, 16, 11, 9],
        [80, 76, 72, 69, 69, 68, 67, 70, 74, 79, 82, 82],
    ),
    "edinburgh": (
        "Europe/London",
        [7, 7, 9, 12, 15, 17, 19, 19, 16, 13, 9, 7],
        [83, 80, 78, 76, 75, 76, 77, 78, 80, 82, 84, 84],
    ),
    "paris": (
        "Europe/Paris",
        [7, 9, 13, 16, 20, 23, 25, 25, 21, 16, 11, 8],
        [85, 80, 74, 69, 70, 69, 67, 69, 75, 82, 86, 86],
    ),
    "berlin": (
        "Europe/Berlin",
        [3, 5, 9, 14, 19, 22, 24, 24, 19, 14, 8, 4],
        [85, 81, 75, 67, 66, 66, 67, 69, 76, 82, 86, 87],
    ),
    "amsterdam": (
        "Europe/Amsterdam",
        [6, 7, 10, 14, 17, 20, 22, 22, 19, 14, 10, 7],
        [87, 84, 80, 75, 75, 76, 77, 79, 82, 85, 88, 88],
    ),
    "madrid": (
        "Europe/Madrid",
        [10, 12, 16, 18, 22, 28, 32, 31, 26, 19, 13, 10],
        [71, 64, 55, 53, 49, 41, 35, 37, 47, 61, 70, 73],
    ),
    "barcelona": (
        "Europe/Madrid",
        [14, 15, 17, 19, 22, 26, 29, 29, 26, 22, 18, 15],
        [69, 67, 68, 68, 70, 68, 68, 70, 71, 71, 70, 68],
    ),
    "stockholm": (
        "Europe/Stockholm",
        [1, 1, 5, 11, 16, 21, 23, 21, 16, 10, 5, 2],
        [86, 82, 76, 67, 63, 64, 67, 72, 78, 83, 87, 88],
    ),
    "copenhagen": (
        "Europe/Copenhagen",
        [3, 3, 6, 11, 16, 19, 22, 21, 18, 13, 8, 5],
        [87, 85, 82, 75, 72, 72, 73, 75, 79, 84, 87, 88],
    ),
    "vienna": (
        "Europe/Vienna",
        [3, 5, 11, 16, 21, 24, 26, 26, 21, 15, 8, 4],
        [80, 75, 67, 62, 63, 63, 62, 64, 71, 77, 81, 82],
    ),
    "athens": (
        "Europe/Athens",
        [13, 14, 16, 20, 25, 30, 33, 33, 29, 24, 19, 15],
        [69, 68, 65, 61, 57, 50, 46, 47, 53, 62, 69, 71],
    ),
    "new_york": (
        "America/New_York",
        [4, 6, 11, 17, 22, 27, 29, 28, 24, 18, 12, 6],
        [62, 60, 58, 56, 62, 65, 64, 66, 67, 65, 64, 64],
    ),
    "chicago": (
        "America/Chicago",
        [0, 2, 8, 15, 21, 27, 29, 28, 24, 17, 9, 2],
        [72, 71, 69, 65, 65, 67, 69, 71, 70, 68, 72, 75],
    ),
    "san_francisco": (
        "America/Los_Angeles",
        [14, 16, 17, 18, 19, 21, 22, 22, 23, 21, 17, 14],
        [76, 75, 73, 71, 71, 70, 73, 74, 71, 70, 72, 75],
    ),
    "los_angeles": (
        "America/Los_Angeles",
        [20, 20, 21, 22, 23, 25, 28, 29, 28, 26, 23, 20],
        [62, 66, 69, 69, 72, 74, 74, 73, 71, 68, 63, 61],
    ),
    "toronto": (
        "America/Toronto",
        [-1, 0, 5, 12, 19, 24, 27, 26, 21, 14, 7, 1],
        [75, 73, 70, 66, 66, 67, 68, 71, 73, 73, 76, 78],
    ),
    "melbourne": (
        "Australia/Melbourne",
        [26, 26, 24, 20, 17, 14, 13, 15, 17, 20, 22, 24],
        [60, 62, 64, 69, 75, 78, 77, 72, 68, 63, 62, 60],
    ),
    "sydney": (
        "Australia/Sydney",
        [26, 26, 25, 23, 20, 17, 17, 18, 21, 23, 24, 25],
        [65, 68, 68, 66, 67, 66, 62, 58, 58, 60, 63, 63],
    ),
    "tokyo": (
        "Asia/Tokyo",
        [10, 10, 14, 19, 23, 26, 30, 31, 27, 22, 17, 12],
        [52, 53, 57, 62, 67, 74, 76, 74, 74, 68, 62, 56],
    ),
    "hong_kong": (
        "Asia/Hong_Kong",
        [19, 19, 22, 25, 29, 31, 31, 31, 30, 28, 24, 20],
        [74, 80, 83, 83, 83, 82, 81, 81, 78, 73, 71, 69],
    ),
    "singapore": (
        "Asia/Singapore",
        [30, 31, 32, 32, 32, 31, 31, 31, 31, 31, 31, 30],
        [84, 81, 82, 84, 83, 82, 82, 82, 82, 83, 86, 86],
    ),
    "shanghai": (
        "Asia/Shanghai",
        [8, 10, 14, 20, 25, 28, 32, 32, 28, 23, 17, 11],
        [74, 74, 74, 74, 76, 82, 80, 80, 77, 73, 73, 72],
    ),
}
_HOMES = [  # (city, US units?, weight, tour destinations)
    (
        "london",
        False,
        3,
        ["edinburgh", "athens", "hong_kong", "new_york", "madrid", "tokyo", "barcelona", "paris"],
    ),
    ("paris", False, 2, ["athens", "tokyo", "barcelona", "new_york", "shanghai", "vienna"]),
    ("berlin", False, 2, ["athens", "madrid", "tokyo", "copenhagen", "hong_kong", "paris"]),
    ("amsterdam", False, 2, ["barcelona", "new_york", "athens", "london", "singapore"]),
    ("madrid", False, 1, ["barcelona", "paris", "athens", "new_york", "london"]),
    ("stockholm", False, 1, ["berlin", "athens", "london", "barcelona"]),
    ("copenhagen", False, 1, ["london", "athens", "barcelona", "tokyo"]),
    ("vienna", False, 1, ["athens", "tokyo", "barcelona", "paris", "shanghai"]),
    ("new_york", True, 3, ["los_angeles", "chicago", "london", "paris", "tokyo", "athens"]),
    ("chicago", True, 1, ["new_york", "los_angeles", "san_francisco", "toronto"]),
    ("san_francisco", True, 1, ["new_york", "los_angeles", "chicago", "shanghai", "paris"]),
    ("toronto", False, 1, ["new_york", "chicago", "london", "los_angeles"]),
    ("melbourne", False, 1, ["sydney", "singapore", "hong_kong", "tokyo", "london"]),
    ("sydney", False, 1, ["melbourne", "singapore", "hong_kong", "tokyo", "los_angeles"]),
]

# --------------------------------------------------------------------------------------------
# Foods: key -> (SR28 ndb_no, name written in the log or None to write the number,
#                kcal, Ca, Mg, K, Na per 100 g)  (values from ABBREV_SR28)
# --------------------------------------------------------------------------------------------
_FOODS = {
    "banana": ("09040", "banana", 89, 5, 27, 358, 1),
    "rolled_oats": ("08120", "rolled oats", 379, 52, 138, 362, 6),
    "greek_yogurt": ("01256", "greek yogurt", 59, 110, 11, 141, 36),
    "almonds": ("12061", "almonds", 579, 269, 270, 733, 1),
    "apple": ("09003", "apple", 52, 6, 5, 107, 1),
    "spinach": ("11457", "spinach, raw", 23, 99, 79, 558, 79),
    "brown_rice": ("20037", None, 123, 3, 39, 86, 4),
    "white_rice": ("20045", None, 130, 10, 12, 35, 1),
    "salmon": ("15237", "salmon", 206, 15, 30, 384, 61),
    "chicken_breast": ("05064", "chicken breast", 165, 15, 29, 256, 74),
    "quinoa": ("20137", "quinoa, cooked", 120, 17, 64, 172, 7),
    "dark_chocolate": ("19904", "dark chocolate", 598, 73, 228, 715, 20),
    "peanut_butter": ("16098", "peanut butter", 598, 49, 168, 558, 426),
    "hummus": ("16158", "hummus", 166, 38, 71, 228, 379),
    "egg_scrambled": ("01132", "egg, scrambled", 149, 66, 11, 132, 145),
    "milk": ("01079", None, 50, 120, 11, 140, 47),
    "soymilk": ("16139", "soymilk", 43, 123, 15, 122, 47),
    "almond_milk": ("14091", None, 15, 197, 7, 67, 71),
    "lentils": ("16070", None, 116, 19, 36, 369, 2),
    "sweet_potato": ("11508", "sweet potato", 90, 38, 27, 475, 36),
    "avocado": ("09037", "avocado", 160, 12, 29, 485, 7),
    "pasta": ("20121", None, 158, 7, 18, 44, 1),
    "iceberg_lettuce": ("11252", "iceberg lettuce", 14, 18, 7, 141, 10),
    "cucumber": ("11205", None, 15, 16, 13, 147, 2),
    "rice_cakes": ("19413", "rice cakes", 385, 9, 114, 275, 167),
    "blueberries": ("09050", "blueberries", 57, 6, 6, 77, 1),
    "tofu": ("16126", "tofu", 78, 201, 37, 148, 12),
    "broccoli": ("11091", "broccoli, cooked", 35, 40, 21, 293, 41),
    "cheddar_cheese": ("01009", "cheddar cheese", 404, 710, 27, 76, 653),
    "granola": ("08037", "granola", 489, 76, 168, 539, 26),
    "croissant": ("18239", None, 406, 37, 16, 118, 467),
    "pizza": ("22903", None, 274, 168, 27, 239, 590),
    "pretzels": ("19047", "pretzels", 384, 27, 29, 223, 1240),
    "dates_medjool": ("09421", "dates, medjool", 277, 64, 54, 696, 1),
    "carrots": ("11124", "carrots, raw", 41, 33, 12, 320, 69),
    "kale": ("11233", "kale, raw", 49, 150, 47, 491, 38),
    "edamame": ("11212", "edamame", 121, 63, 64, 436, 6),
    "feta": ("01019", "feta", 264, 493, 19, 62, 917),
    "chickpeas": ("16057", "chickpeas", 164, 49, 48, 291, 7),
    "trail_mix": ("19059", "trail mix", 462, 78, 158, 685, 229),
    "whole_wheat_bread": ("18075", "whole-wheat bread", 252, 161, 75, 254, 455),
    "bagel": ("18406", "bagel", 275, 18, 29, 101, 534),
    "strawberries": ("09316", "strawberries", 32, 16, 13, 153, 1),
    "orange": ("09200", "orange", 47, 40, 10, 181, 0),
    "mozzarella": ("01026", "mozzarella", 300, 505, 20, 76, 627),
    "walnuts": ("12155", "walnuts", 654, 98, 158, 441, 2),
    "cashews": ("12085", "cashews", 574, 45, 260, 565, 16),
    "pumpkin_seeds": ("12016", "pumpkin seeds", 574, 52, 550, 788, 18),
    "chia_seeds": ("12006", "chia seeds", 486, 631, 335, 407, 16),
    "rice_noodles": ("20134", "rice noodles, cooked", 108, 4, 3, 4, 19),
    "tomato": ("11529", "tomato", 18, 10, 11, 237, 5),
    "white_bread": ("18069", None, 266, 144, 23, 126, 490),
    "beef_mince": ("23570", None, 256, 22, 25, 407, 89),
    "baked_potato": ("11674", None, 93, 15, 28, 535, 10),
    "tuna": ("15121", None, 86, 17, 23, 179, 247),
    "raspberries": ("09302", None, 52, 25, 22, 151, 1),
    "hard_boiled_egg": ("01129", None, 155, 50, 10, 126, 124),
    "cottage_cheese": ("01015", None, 81, 111, 9, 125, 308),
    "sardines": ("15088", None, 208, 382, 39, 397, 307),
    "honey": ("19296", "honey", 304, 6, 2, 52, 4),
    "jam": ("19297", None, 278, 20, 4, 77, 32),
    "butter": ("01001", None, 717, 24, 2, 24, 643),
    "olive_oil": ("04053", None, 884, 1, 0, 1, 2),
    "cheese_crackers": ("18214", None, 489, 136, 25, 156, 973),
    "kiwi": ("09148", None, 61, 34, 17, 312, 3),
    "grapes": ("09132", None, 69, 10, 7, 191, 2),
    "mango": ("09176", None, 60, 11, 10, 168, 1),
    "pear": ("09252", None, 57, 9, 7, 116, 1),
    "ice_cream": ("19095", None, 207, 128, 14, 199, 80),
    "milk_chocolate": ("19120", None, 535, 189, 63, 372, 79),
    "cookie": ("18159", None, 492, 21, 41, 171, 311),
    "flour_tortilla": ("18364", None, 306, 146, 22, 125, 736),
    "couscous": ("20029", None, 112, 8, 8, 58, 5),
    "soba": ("20115", None, 99, 4, 9, 35, 60),
    "miso": ("16112", "miso", 198, 57, 48, 210, 3728),
    "granola_bar": ("25039", None, 389, 333, 69, 238, 367),
    "parmesan": ("01032", None, 420, 853, 34, 180, 1804),
    "tomato_sauce": ("11549", None, 24, 14, 15, 297, 474),
    "pork": ("10093", None, 201, 18, 25, 357, 55),
}

_REP_BALLET = [
    "Swan Lake",
    "Giselle",
    "Nutcracker",
    "Romeo and Juliet",
    "La Bayadere",
    "Don Quixote",
    "Sleeping Beauty",
    "Coppelia",
    "La Sylphide",
    "Onegin",
    "Manon",
    "Jewels",
    "mixed bill",
    "new creation",
    "Serenade / triple bill",
    "Cinderella",
]
_REP_CONTEMP = [
    "new creation",
    "mixed bill",
    "Rite of Spring",
    "triple bill",
    "Kylian programme",
    "Pite piece",
    "Forsythe programme",
    "repertory evening",
    "site-specific work",
    "full-length new work",
    "Ohad Naharin piece",
]

_CRAMP_MEDS = [
    ("salmeterol", "inhaler, started for exercise-induced asthma, 1 puff twice a day"),
    ("formoterol", "new preventer inhaler (budesonide/formoterol) for asthma"),
    ("naproxen", "500 mg twice a day for Achilles tendinopathy, physio/GP"),
]


# default sodium per litre by drink (vocabulary.md), used when a label value is not written
_DRINK_NA = {
    "water": 0,
    "sports_drink": 460,
    "electrolyte_drink": 1000,
    "ors": 1725,
    "coconut_water": 250,
    "milk": 430,
    "juice": 50,
    "coffee": 20,
    "tea": 10,
    "soft_drink": 100,
    "beer": 40,
    "other": 0,
}


def _clamp(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


def _wchoice(rng, items, weights):
    tot = sum(weights)
    r = rng.random() * tot
    acc = 0.0
    for it, w in zip(items, weights):
        acc += w
        if r < acc:
            return it
    return items[-1]


def _weighted_sample(rng, units, weights, k):
    keyed = []
    for idx, (u, w) in enumerate(zip(units, weights)):
        w = max(w, 1e-6)
        keyed.append((rng.random() ** (1.0 / w), idx, u))
    keyed.sort(key=lambda x: (-x[0], x[1]))
    return [u for _, _, u in keyed[:k]]


def _clim(city, d: date):
    """Interpolated monthly climatology (tmax, rh) for a date."""
    _, tm, rh = _CITIES[city]
    doy = d.timetuple().tm_yday
    pos = (doy - 15.0) / 30.44
    m0 = int(math.floor(pos)) % 12
    m1 = (m0 + 1) % 12
    f = pos - math.floor(pos)
    return tm[m0] * (1 - f) + tm[m1] * f, rh[m0] * (1 - f) + rh[m1] * f


# --------------------------------------------------------------------------------------------
# The simulation
# --------------------------------------------------------------------------------------------
class _Sim:
    PRE = 42  # simulated days before the observed window (for chronic load / baselines)

    def __init__(self, cause, rng: random.Random):
        self.cause = cause
        self.rng = rng

    # ---------------------------------------------------------------- persona
    def persona(self):
        rng, cause = self.rng, self.cause
        P = SimpleNamespace()
        P.level = "company" if rng.random() < 0.7 else "academy"
        P.style = "ballet" if rng.random() < 0.68 else "contemporary"
        P.sex = "female" if rng.random() < 0.72 else "male"
        P.age = rng.randint(17, 20) if P.level == "academy" else rng.randint(19, 35)
        if P.sex == "female":
            P.height = rng.randint(157, 174)
            P.mass = round(_clamp(19.0 + rng.gauss(0, 1.0), 17.2, 21.5) * (P.height / 100) ** 2, 1)
        else:
            P.height = rng.randint(170, 191)
            P.mass = round(_clamp(21.7 + rng.gauss(0, 1.1), 19.5, 24.0) * (P.height / 100) ** 2, 1)
        home = _wchoice(rng, _HOMES, [h[2] for h in _HOMES])
        P.home, P.us_units, P.tour_dests = home[0], home[1], home[3]
        P.zone = _CITIES[P.home][0]
        P.role = (
            "student"
            if P.level == "academy"
            else _wchoice(rng, ["corps", "soloist", "principal"], [5, 3, 1])
        )
        ac_p = 0.55 if (P.us_units or P.home in ("melbourne", "sydney")) else 0.25
        P.studio_ac = rng.random() < ac_p
        P.sat_work = rng.random() < 0.5
        P.class_time = rng.choice([10.0, 10.0, 10.25, 10.5])
        P.sweat_base = rng.uniform(0.25, 0.65)  # effective L/h in a dance session
        P.sweat_na = rng.uniform(500, 1600)  # mg sodium per litre of sweat
        P.df = rng.uniform(0.4, 1.1)  # fraction of sweat replaced in session
        P.p_forget = rng.uniform(0.02, 0.22)  # blocks danced without drinking
        P.e_reh = rng.uniform(0.0, 0.3)  # electrolyte tab in class / rehearsal
        P.e_show = rng.uniform(0.0, 0.8)  # ... in the show / dress bottle
        P.diet = _wchoice(rng, ["omni", "veggie", "vegan"], [6, 3, 1])
        P.portion = (P.mass / 52.0) ** 0.8 * rng.uniform(0.85, 1.05)
        P.bed = rng.uniform(23.0, 24.1) + (0.2 if P.level == "academy" else 0.0)
        P.bed_sd = rng.uniform(0.35, 0.9)
        P.rep_season = P.level == "company" and rng.random() < 0.6
        if P.level == "academy":
            P.prep = rng.uniform(1.0, 1.6)  # lives in the school residence
            first = 8.75
        else:
            P.prep = rng.uniform(1.75, 2.6)  # wake-up to class: breakfast, commute, warm-up
            first = P.class_time
        # sleep need: most would sleep a little past their work-day alarm if allowed
        P.need = _clamp(24 + first - P.prep - P.bed + rng.uniform(-0.2, 0.9), 7.0, 9.5)
        P.insomnia = rng.uniform(0.02, 0.12)
        # logging habits
        P.p_session = rng.uniform(0.9, 0.98)
        P.p_rpe = rng.uniform(0.6, 0.95)
        P.p_temp = rng.uniform(0.3, 0.7)
        P.p_hum = rng.uniform(0.0, 0.35)
        P.p_mg = rng.uniform(0.1, 0.55)
        P.p_fluid_day = rng.uniform(0.55, 0.92)
        P.p_meal_day = rng.uniform(0.5, 0.9)
        P.p_sleep = rng.uniform(0.6, 0.95)
        P.p_morning_w = rng.uniform(0.0, 0.09)
        P.p_prepost = rng.uniform(0.02, 0.1)
        P.p_supp_log = rng.uniform(0.6, 0.95)
        P.p_ep_note = rng.uniform(0.4, 0.85)
        P.hr_watch = rng.random() < 0.12
        P.mild_diet_phase = rng.random() < 0.4
        # the person's susceptibility profile, tilted so the planted cause can occur
        if cause == "dehydration":  # sweater who often dances whole blocks without drinking
            P.sweat_base = rng.uniform(0.45, 0.65)
            P.df = rng.uniform(0.55, 0.8)
            P.p_forget = rng.uniform(0.14, 0.22)
        elif cause == "electrolyte_loss":  # salty heavy sweater who drinks plenty of water
            P.sweat_base = rng.uniform(0.42, 0.65)
            P.sweat_na = rng.uniform(1150, 1600)
            P.df = rng.uniform(0.8, 1.1)
            P.e_reh = rng.uniform(0.05, 0.2)
            P.e_show = rng.uniform(0.55, 0.8)
        elif cause == "heat":  # un-air-conditioned studios with hot summers
            P.studio_ac = False
            warm = [
                h
                for h in _HOMES
                if h[0]
                in (
                    "madrid",
                    "new_york",
                    "chicago",
                    "vienna",
                    "melbourne",
                    "sydney",
                    "paris",
                    "berlin",
                    "toronto",
                )
            ]
            home = _wchoice(rng, warm, [h[2] for h in warm])
            P.home, P.us_units, P.tour_dests = home[0], home[1], home[3]
            P.zone = _CITIES[P.home][0]
        elif cause == "sleep_debt":  # a restless sleeper who tracks sleep closely
            P.insomnia = rng.uniform(0.07, 0.12)
            P.bed_sd = rng.uniform(0.6, 0.9)
            P.p_sleep = rng.uniform(0.8, 0.95)
        self.P = P

    # ---------------------------------------------------------------- calendar
    def _fixed_breaks(self, y0, y1):
        rng, P = self.rng, self.P
        out = []
        south = P.home in ("melbourne", "sydney")
        for y in range(y0, y1 + 1):
            if P.level == "academy":
                if south:
                    spec = [
                        ((12, 12), (42, 56)),
                        ((4, 8), (14, 16)),
                        ((7, 1), (14, 16)),
                        ((9, 23), (14, 16)),
                    ]
                else:
                    spec = [
                        ((12, 17), (16, 20)),
                        ((4, 1), (14, 17)),
                        ((7, 5), (56, 63)),
                        ((10, 22), (7, 9)),
                        ((2, 13), (7, 9)),
                        ((5, 25), (7, 9)),
                    ]
            else:
                if south:
                    spec = [((12, 16), (28, 40)), ((7, 1), (9, 14))]
                    if rng.random() < 0.5:
                        spec.append(((9, 25), (7, 9)))
                else:
                    spec = [((12, 21), (10, 16)), ((7, 1), (35, 49))]
                    if rng.random() < 0.6:
                        spec.append(((4, 1), (7, 10)))
            for (m, d), (l0, l1) in spec:
                st = date(y, m, d) + timedelta(days=rng.randint(-3, 10 if m == 7 else 3))
                out.append((st, rng.randint(l0, l1)))
        return out

    def calendar(self, sim_start: date, n: int):
        rng, P = self.rng, self.P
        kinds = [None] * n
        info = [None] * n
        for st, L in self._fixed_breaks(sim_start.year - 1, sim_start.year + 2):
            a = (st - sim_start).days
            for i in range(a, a + L):
                if 0 <= i < n:
                    kinds[i] = "break"
        if rng.random() < 0.3:
            a = rng.randrange(n)
            for i in range(a, min(n, a + rng.randint(6, 14))):
                if kinds[i] is None:
                    kinds[i] = "injured"
        for _ in range(rng.choice([0, 1, 1, 2])):
            a = rng.randrange(n)
            for i in range(a, min(n, a + rng.randint(2, 4))):
                if kinds[i] is None:
                    kinds[i] = "sick"
        reps = _REP_BALLET if P.style == "ballet" else _REP_CONTEMP
        company = P.level == "company"
        i = 0
        while i < n:
            if kinds[i] is not None:
                i += 1
                continue
            prod = rng.choice(reps)
            reh_len = rng.randint(14, 38) if company else rng.randint(24, 45)
            j, cnt = i, 0
            while j < n and cnt < reh_len and kinds[j] is None:
                wd = (sim_start + timedelta(days=j)).weekday()
                if company:
                    kinds[j] = "off" if (wd == 6 or (wd == 5 and not P.sat_work)) else "rehearsal"
                else:
                    kinds[j] = "off" if wd == 6 else ("academy_sat" if wd == 5 else "academy")
                info[j] = prod
                j += 1
                cnt += 1
            if j >= n or kinds[j] is not None:
                i = j
                continue
            for _ in range(rng.randint(2, 4)):
                if j < n and kinds[j] is None:
                    kinds[j], info[j] = "production", prod
                    j += 1
            run_len = rng.randint(5, 16) if company else rng.randint(2, 4)
            dark = rng.choice([0, 6])
            shows, first = 0, True
            while j < n and shows < run_len and kinds[j] is None:
                wd = (sim_start + timedelta(days=j)).weekday()
                if wd == dark and not first:
                    kinds[j] = "dark"
                else:
                    kinds[j] = "double" if (wd == 5 and company and rng.random() < 0.7) else "show"
                    info[j] = (prod, "premiere" if first else "")
                    shows += 1
                    first = False
                j += 1
            if company and rng.random() < 0.32 and j < n:
                dest = rng.choice(P.tour_dests)
                tl = rng.randint(5, 11)
                seq = ["travel_out"] + ["tour_show"] * (tl - 2) + ["travel_back"]
                if tl >= 8:
                    seq[rng.randint(2, tl - 3)] = "tour_off"
                tprod = rng.choice(reps)
                outdoor = rng.random() < 0.35
                for k in seq:
                    if j < n and kinds[j] is None:
                        kinds[j], info[j] = k, (tprod, dest, outdoor)
                        j += 1
            for _ in range(rng.randint(1, 4)):
                if j < n and kinds[j] is None:
                    kinds[j] = "off"
                    j += 1
            i = j
        return kinds, info

    # ---------------------------------------------------------------- build days
    def build_days(self, sim_start, n):
        rng, P = self.rng, self.P
        kinds, info = self.calendar(sim_start, n)
        days = []
        anomaly = rng.gauss(0, 2.5)
        wave = 0
        wave_amp = 0.0
        rest_kinds = (
            "break",
            "off",
            "dark",
            "sick",
            "injured",
            "tour_off",
            "travel_out",
            "travel_back",
        )
        streak = 0
        since_long_break = 99
        off_run = 0
        for i in range(n):
            d = sim_start + timedelta(days=i)
            k = kinds[i]
            D = SimpleNamespace(
                i=i,
                date=d,
                kind=k,
                info=info[i],
                sessions=[],
                drinks=[],
                meals=[],
                supps=[],
                city=P.home,
                tour=False,
            )
            if k in ("travel_out", "tour_show", "tour_off"):
                D.city, D.tour, D.outdoor = info[i][1], True, info[i][2]
            D.zone = _CITIES[D.city][0]
            D.home_zone = P.zone
            # weather
            anomaly = 0.75 * anomaly + rng.gauss(0, 2.3)
            if wave > 0:
                wave -= 1
            elif rng.random() < 0.012:
                wave = rng.randint(3, 7)
                wave_amp = rng.uniform(3.5, 7.0)
            tmax, rh = _clim(D.city, d)
            D.tmax = tmax + anomaly + (wave_amp if wave > 0 else 0.0)
            D.rh = _clamp(rh + rng.gauss(0, 8) - (6 if wave > 0 else 0), 20, 98)
            D.work = k not in rest_kinds
            if k in rest_kinds:
                off_run += 1
                streak = 0
            else:
                if off_run >= 9:
                    since_long_break = 0
                off_run = 0
                streak += 1
                since_long_break += 1
            D.streak = streak
            D.ramp = 1.0
            if k in ("rehearsal", "academy") and since_long_break < 5:
                D.ramp = rng.uniform(0.7, 1.0)
            days.append(D)
        self.days = days

    # ---------------------------------------------------------------- sessions
    def _studio_temp(self, D, hour, venue, crowd=0.0):
        rng, P = self.rng, self.P
        if venue == "outdoor":
            return D.tmax - 3.0 - 0.35 * max(0.0, hour - 19) + rng.gauss(0, 1.2)
        if venue == "stage":
            t = 22.8 + 0.15 * (D.tmax - 18) + 1.4 + rng.gauss(0, 1.0)
            return _clamp(t, 20.0, 31.0)
        if D.tmax < 15:
            t = 21.4 + rng.gauss(0, 1.0)
            if rng.random() < 0.07:
                t += rng.uniform(2.5, 5.0)  # radiators blasting
            elif rng.random() < 0.08:
                t -= rng.uniform(2.0, 3.5)  # cold morning studio
        else:
            t = 19.6 + 0.6 * (D.tmax - 15) + rng.gauss(0, 1.0)
        t += -1.0 if hour < 12 else (0.9 if hour < 18 else 0.3)
        t += crowd
        ac = P.studio_ac or (D.tour and rng.random() < 0.6)
        if ac and t > 24.0 and rng.random() > 0.03:
            t = 23.6 + rng.gauss(0, 0.6)
        if venue == "gym":
            t -= 0.8
        return t

    def _add(self, D, hour, dur, act, label, rpe, venue, muscles, kind, crowd=0.0):
        rng = self.rng
        if dur <= 0:
            return
        S = SimpleNamespace(
            day=D,
            hour=hour,
            dur=float(dur),
            act=act,
            label=label,
            rpe=_clamp(rpe, 1.0, 10.0),
            venue=venue,
            muscles=muscles,
            kind=kind,
        )
        S.temp = self._studio_temp(D, hour, venue, crowd)
        S.hum = _clamp((D.rh if venue == "outdoor" else 0.55 * D.rh + 14) + rng.gauss(0, 6), 18, 95)
        D.sessions.append(S)

    def _dance_muscles(self, kind):
        P, rng = self.P, self.rng
        if kind == "pointe":
            base = (
                ["calf", "foot", "toes"]
                if P.sex == "female"
                else ["calf", "quadriceps", "hamstring"]
            )
        elif P.style == "ballet":
            base = ["calf", "foot", "quadriceps", "hamstring", "adductor", "glute"]
        else:
            base = ["hip_flexor", "quadriceps", "hamstring", "lower_back", "abdomen", "calf"]
        if kind in ("rehearsal", "show") and P.sex == "male" and rng.random() < 0.5:
            base = base[:3] + ["shoulder", "lower_back"]
        return base

    def build_sessions(self):
        rng, P = self.rng, self.P
        role_b = {"corps": 0.6, "soloist": 0.2, "principal": 0.8, "student": 0.0}[P.role]
        full_show = 150 if P.style == "ballet" else 95
        for D in self.days:
            k = D.kind
            dm = self._dance_muscles
            if k == "rehearsal":
                ct = P.class_time
                self._add(
                    D, ct, 75, "dance", "class", rng.gauss(4.8, 0.7), "studio", dm("class"), "class"
                )
                t = ct + 1.5
                late = D.info is not None
                blocks = []
                if rng.random() < 0.85 * D.ramp + 0.1:
                    blocks.append((t, rng.choice([90, 105, 120])))
                if rng.random() < 0.75 * D.ramp:
                    blocks.append((14.5, rng.choice([90, 105, 120, 150])))
                if rng.random() < 0.45 * D.ramp:
                    blocks.append((16.75, rng.choice([60, 75, 90, 105])))
                for h, dur in blocks:
                    if late and rng.random() < 0.09:
                        dur = rng.choice([150, 165, 180, 195, 210])
                        self._add(
                            D,
                            h,
                            dur,
                            "dance",
                            "run-through",
                            rng.gauss(8.3, 0.6),
                            "studio",
                            dm("rehearsal"),
                            "runthrough",
                            crowd=1.0,
                        )
                    else:
                        rpe = 5.0 + 0.55 * (dur / 60.0 - 1.5) + role_b + rng.gauss(0, 0.8)
                        self._add(
                            D,
                            h,
                            dur,
                            "dance",
                            "rehearsal",
                            rpe,
                            "studio",
                            dm("rehearsal"),
                            "rehearsal",
                            crowd=0.7,
                        )
                if rng.random() < 0.06:
                    self._add(
                        D,
                        19.0,
                        rng.choice([90, 120, 150]),
                        "dance",
                        "evening rehearsal",
                        rng.gauss(6.2, 0.8),
                        "studio",
                        dm("rehearsal"),
                        "rehearsal",
                        crowd=0.5,
                    )
                if rng.random() < 0.3:
                    h = 13.5 if (len(blocks) < 2 or rng.random() < 0.4) else 18.6
                    if not any(abs(s.hour - h) < 0.9 for s in D.sessions):
                        act = rng.choice(["pilates", "pilates", "strength"])
                        self._add(
                            D,
                            h,
                            rng.choice([45, 50, 55, 60]),
                            act,
                            "gym" if act == "strength" else "pilates",
                            rng.gauss(4.0 if act == "pilates" else 5.0, 0.8),
                            "gym",
                            ["abdomen", "glute", "hip_flexor"]
                            if act == "pilates"
                            else ["quadriceps", "glute", "calf", "shoulder"],
                            "cross",
                        )
            elif k == "academy":
                self._add(
                    D,
                    8.75,
                    90,
                    "dance",
                    "ballet class",
                    rng.gauss(5.4, 0.7),
                    "studio",
                    dm("class"),
                    "class",
                )
                self._add(
                    D,
                    10.5,
                    rng.choice([60, 75]),
                    "dance",
                    "pointe" if P.sex == "female" else "men's class",
                    rng.gauss(6.2, 0.8),
                    "studio",
                    dm("pointe"),
                    "class",
                )
                self._add(
                    D,
                    13.25,
                    rng.choice([75, 90]),
                    "dance",
                    rng.choice(["contemporary", "pas de deux", "repertoire"]),
                    rng.gauss(5.9, 0.8),
                    "studio",
                    dm("rehearsal"),
                    "rehearsal",
                )
                if rng.random() < 0.55 * D.ramp:
                    self._add(
                        D,
                        15.0,
                        rng.choice([60, 90, 120]),
                        "dance",
                        "repertoire",
                        rng.gauss(6.0, 0.8),
                        "studio",
                        dm("rehearsal"),
                        "rehearsal",
                        crowd=0.6,
                    )
                if rng.random() < 0.25:
                    dur = rng.choice([90, 120, 150])
                    if rng.random() < 0.12:
                        self._add(
                            D,
                            18.0,
                            rng.choice([150, 180]),
                            "dance",
                            "run-through (evening)",
                            rng.gauss(8.2, 0.6),
                            "studio",
                            dm("rehearsal"),
                            "runthrough",
                            crowd=1.0,
                        )
                    else:
                        self._add(
                            D,
                            18.0,
                            dur,
                            "dance",
                            "evening rehearsal",
                            rng.gauss(6.3, 0.8),
                            "studio",
                            dm("rehearsal"),
                            "rehearsal",
                        )
                if rng.random() < 0.25:
                    self._add(
                        D,
                        17.0 if not any(s.hour >= 17 for s in D.sessions) else 12.0,
                        45,
                        "strength",
                        "conditioning",
                        rng.gauss(5.0, 0.8),
                        "gym",
                        ["quadriceps", "glute", "calf", "abdomen"],
                        "cross",
                    )
            elif k == "academy_sat":
                self._add(
                    D,
                    10.0,
                    90,
                    "dance",
                    "saturday class",
                    rng.gauss(5.2, 0.7),
                    "studio",
                    dm("class"),
                    "class",
                )
                if rng.random() < 0.5:
                    self._add(
                        D,
                        11.75,
                        90,
                        "dance",
                        "repertoire",
                        rng.gauss(6.0, 0.8),
                        "studio",
                        dm("rehearsal"),
                        "rehearsal",
                    )
            elif k == "production":
                self._add(
                    D,
                    11.0,
                    rng.choice([60, 75]),
                    "dance",
                    "class on stage",
                    rng.gauss(4.6, 0.7),
                    "stage",
                    dm("class"),
                    "class",
                )
                self._add(
                    D,
                    13.0,
                    rng.choice([150, 180, 210, 240]),
                    "dance",
                    rng.choice(["spacing on stage", "tech rehearsal", "stage rehearsal"]),
                    rng.gauss(4.6, 0.9),
                    "stage",
                    dm("rehearsal"),
                    "tech",
                )
                if rng.random() < 0.8:
                    self._add(
                        D,
                        rng.choice([18.5, 19.0, 19.5]),
                        rng.choice([150, 165, 180]),
                        "dance",
                        "dress rehearsal",
                        rng.gauss(7.9, 0.6) + role_b * 0.3,
                        "stage",
                        dm("show"),
                        "dress",
                    )
            elif k in ("show", "tour_show", "double"):
                outdoor = D.tour and D.outdoor and D.tmax > 24
                venue = "outdoor" if outdoor else "stage"
                if k == "double":
                    self._add(
                        D,
                        11.0,
                        60,
                        "dance",
                        "class on stage",
                        rng.gauss(4.4, 0.7),
                        "stage",
                        dm("class"),
                        "class",
                    )
                    self._add(
                        D,
                        14.0,
                        full_show - rng.choice([0, 10, 20]),
                        "dance",
                        "matinee",
                        rng.gauss(7.2, 0.8) + role_b,
                        venue,
                        dm("show"),
                        "show",
                    )
                    self._add(
                        D,
                        19.5,
                        full_show + rng.choice([0, 5, 10]),
                        "dance",
                        "evening show",
                        rng.gauss(7.6, 0.8) + role_b,
                        venue,
                        dm("show"),
                        "show",
                    )
                elif P.rep_season and k == "show" and rng.random() < 0.85:
                    # repertory season: morning class and rehearsals for the next programme
                    self._add(
                        D,
                        rng.choice([10.5, 11.0]),
                        rng.choice([60, 75]),
                        "dance",
                        "class",
                        rng.gauss(4.6, 0.7),
                        "studio",
                        dm("class"),
                        "class",
                    )
                    if rng.random() < 0.55:
                        self._add(
                            D,
                            12.5,
                            rng.choice([90, 105, 120]),
                            "dance",
                            "rehearsal (next rep)",
                            rng.gauss(5.6, 0.8),
                            "studio",
                            dm("rehearsal"),
                            "rehearsal",
                            crowd=0.7,
                        )
                    self._add(
                        D,
                        rng.choice([19.5, 19.5, 20.0]),
                        full_show + rng.choice([-15, 0, 5, 10]),
                        "dance",
                        "show",
                        rng.gauss(7.4, 0.8) + role_b,
                        venue,
                        dm("show"),
                        "show",
                    )
                else:
                    self._add(
                        D,
                        rng.choice([12.5, 13.0, 13.5]),
                        rng.choice([60, 75]),
                        "dance",
                        "class on stage",
                        rng.gauss(4.5, 0.7),
                        "stage",
                        dm("class"),
                        "class",
                    )
                    if rng.random() < 0.3:
                        self._add(
                            D,
                            15.0,
                            rng.choice([60, 75, 90]),
                            "dance",
                            "notes / rehearsal",
                            rng.gauss(5.2, 0.8),
                            "stage",
                            dm("rehearsal"),
                            "rehearsal",
                        )
                    self._add(
                        D,
                        rng.choice([19.5, 19.5, 20.0]),
                        full_show + rng.choice([-15, 0, 5, 10]),
                        "dance",
                        "show",
                        rng.gauss(7.4, 0.8) + role_b,
                        venue,
                        dm("show"),
                        "show",
                    )
            elif k in ("break", "off", "dark", "tour_off"):
                p = {"break": 0.28, "off": 0.15, "dark": 0.2, "tour_off": 0.3}[k]
                if rng.random() < p:
                    opt = rng.choice(["pilates", "yoga", "open class", "swim", "gym", "pilates"])
                    h = rng.choice([9.5, 10.0, 11.0, 17.5, 18.0])
                    if opt == "pilates":
                        self._add(
                            D,
                            h,
                            50,
                            "pilates",
                            "pilates",
                            rng.gauss(3.6, 0.7),
                            "gym",
                            ["abdomen", "glute"],
                            "cross",
                        )
                    elif opt == "yoga":
                        self._add(
                            D,
                            h,
                            60,
                            "yoga",
                            "yoga",
                            rng.gauss(2.8, 0.7),
                            "gym",
                            ["hamstring", "lower_back"],
                            "cross",
                        )
                    elif opt == "open class":
                        self._add(
                            D,
                            h,
                            90,
                            "dance",
                            "open class",
                            rng.gauss(4.6, 0.8),
                            "studio",
                            dm("class"),
                            "class",
                        )
                    elif opt == "swim":
                        self._add(
                            D,
                            h,
                            rng.choice([30, 40, 45]),
                            "swimming",
                            "swim",
                            rng.gauss(4.0, 0.8),
                            "pool",
                            ["shoulder"],
                            "cross",
                        )
                    else:
                        self._add(
                            D,
                            h,
                            45,
                            "strength",
                            "gym",
                            rng.gauss(5.0, 0.8),
                            "gym",
                            ["quadriceps", "glute", "calf"],
                            "cross",
                        )
            elif k == "injured":
                if rng.random() < 0.7:
                    self._add(
                        D,
                        11.0,
                        rng.choice([45, 50, 60]),
                        rng.choice(["strength", "pilates"]),
                        "rehab",
                        rng.gauss(3.4, 0.6),
                        "gym",
                        ["calf", "foot", "glute"],
                        "cross",
                    )
                if rng.random() < 0.3:
                    self._add(
                        D,
                        10.0,
                        45,
                        "dance",
                        "barre only (rehab)",
                        rng.gauss(3.2, 0.6),
                        "studio",
                        ["calf", "foot"],
                        "class",
                    )
            elif k == "travel_out" or k == "travel_back":
                if rng.random() < 0.2:
                    self._add(
                        D,
                        19.0,
                        30,
                        "dance",
                        "hotel room barre",
                        3.0,
                        "gym",
                        ["calf", "foot"],
                        "cross",
                    )
            # finalise: no overlaps (a block that would start before the previous one ends
            # starts 10-15 min after it; nothing starts after 22:30)
            D.sessions.sort(key=lambda s: s.hour)
            kept, end_h = [], 0.0
            for S in D.sessions:
                if S.hour < end_h:
                    S.hour = end_h + rng.choice([10, 15]) / 60.0
                if S.hour > 22.5:
                    continue
                kept.append(S)
                end_h = S.hour + S.dur / 60.0
            D.sessions = kept
            for S in D.sessions:
                S.rpe = round(S.rpe * 2) / 2.0
                S.start, S.zone = self.utc_at(D, S.hour)
                S.end = S.start + timedelta(minutes=S.dur)
                S.load = S.dur * S.rpe
        self.sessions = [S for D in self.days for S in D.sessions]

    def zone_at(self, D, hour):
        if D.kind == "travel_out" and hour < 12:
            return D.home_zone
        if D.kind == "travel_back" and hour < 12:
            prev = self.days[D.i - 1] if D.i > 0 else D
            return _CITIES[prev.city][0]
        return D.zone

    def utc_at(self, D, hour):
        zone = self.zone_at(D, min(hour, 23.9))
        cache = D.__dict__.setdefault("_off", {})
        base = cache.get(zone)
        if base is None:
            base = _to_utc(zone, datetime.combine(D.date, time(12))) - timedelta(hours=12)
            cache[zone] = base
        return base + timedelta(minutes=round(hour * 60)), zone

    # ---------------------------------------------------------------- sleep
    def build_sleep(self):
        rng, P = self.rng, self.P
        nights = []
        jet = 0
        for D in self.days:
            nxt = self.days[D.i + 1] if D.i + 1 < len(self.days) else None
            if D.kind in ("travel_out", "travel_back"):
                prev_city = self.days[D.i - 1].city if D.i > 0 else P.home
                dz = abs(_ZONES[_CITIES[D.city][0]][0] - _ZONES[_CITIES[prev_city][0]][0])
                jet = rng.randint(2, 3) if dz >= 240 else 0
            onset = P.bed + rng.gauss(0, P.bed_sd)
            last_end = max([s.hour + s.dur / 60.0 for s in D.sessions], default=0.0)
            note = None
            if last_end > 20.5:
                onset = max(onset, last_end + rng.uniform(1.2, 3.0))  # post-show adrenaline
                if D.kind in ("show", "double", "tour_show") and rng.random() < 0.12:
                    onset += rng.uniform(0.8, 2.0)
                    note = rng.choice(
                        ["drinks after the show", "couldn't come down after show", "cast dinner"]
                    )
            work_next = nxt is not None and (nxt.work or nxt.kind in ("travel_out", "travel_back"))
            if nxt is not None and not work_next:
                onset += rng.uniform(0.2, 1.2)
                if rng.random() < 0.15:
                    onset += rng.uniform(1.0, 2.5)
                    note = rng.choice(["out with the cast", "birthday drinks", "late dinner"])
            stress = 1.0
            for dd in (1, 2, 3):  # premiere weeks: nerves
                if D.i + dd < len(self.days) and self.days[D.i + dd].kind == "production":
                    stress = 2.5
            if rng.random() < P.insomnia * stress:
                onset += rng.uniform(1.0, 3.0)
                note = rng.choice(["couldn't sleep", "mind racing", "insomnia again"])
            if (
                nxt is not None
                and nxt.kind in ("show", "double")
                and isinstance(nxt.info, tuple)
                and nxt.info[1] == "premiere"
                and rng.random() < 0.55
            ):
                onset += rng.uniform(0.5, 2.0)
                note = "nervous before premiere"
            # the body clock only partly catches up after a late night, unless the next day is free
            delay = max(0.0, onset - P.bed)
            catch = 1.0 if (nxt is not None and not work_next) else 0.6
            natural = onset + P.need - (1.0 - catch) * delay + rng.gauss(0, 0.45)
            wake = natural
            if nxt is not None:
                if nxt.kind in ("travel_out", "travel_back"):
                    flight = rng.choice([6.0, 7.0, 8.5, 10.0, 12.0])
                    wake = min(natural, 24 + flight - 2.6)
                    if flight < 8:
                        note = "early flight"
                elif nxt.sessions:
                    alarm = 24 + nxt.sessions[0].hour - P.prep + rng.gauss(0, 0.15)
                    wake = min(natural, alarm)
                else:
                    wake = natural + rng.uniform(0.0, 0.9)
            if jet > 0:
                loss = rng.uniform(0.8, 2.4)
                wake -= loss * 0.5
                onset += loss * 0.5
                note = note or "jet lag"
                jet -= 1
            hours = _clamp(wake - onset, 3.5, 11.5)
            wake = onset + hours
            N = SimpleNamespace(day=D, onset_h=onset, wake_h=wake, hours=hours, note=note)
            zone_eve = self.zone_at(D, 23.0)
            local = datetime.combine(D.date, time()) + timedelta(minutes=round(onset * 60))
            N.onset = _to_utc(zone_eve, local)
            N.zone = zone_eve
            N.wake = N.onset + timedelta(minutes=round(hours * 60))
            N.wake_zone = self.zone_at(nxt, 8.0) if nxt is not None else zone_eve
            nights.append(N)
            D.night = N
        self.nights = nights

    # ---------------------------------------------------------------- fluids & sweat
    def _sweat(self, S):
        P = self.P
        f_act = {"dance": 1.0, "strength": 0.8, "pilates": 0.5, "yoga": 0.45, "swimming": 0.3}.get(
            S.act, 1.0
        )
        return (
            P.sweat_base
            * S.dur
            / 60.0
            * (max(S.rpe, 1.0) / 6.0) ** 0.9
            * math.exp(0.065 * (S.temp - 22.0))
            * (1 + 0.005 * (S.hum - 50))
            * f_act
        )

    def _drink(self, D, t, zone, ml, drink="water", sodium=None, note=None, session=None):
        if sodium is None:
            sodium = _DRINK_NA[drink] * ml / 1000.0
            given = False
        else:
            given = True
        x = SimpleNamespace(
            t=t,
            zone=zone,
            ml=ml,
            drink=drink,
            sodium=sodium,
            given=given,
            note=note,
            session=session,
        )
        D.drinks.append(x)
        return x

    def build_fluids(self):
        rng, P = self.rng, self.P
        for D in self.days:
            for S in D.sessions:
                S.sweat = self._sweat(S) * math.exp(rng.gauss(0, 0.1))
                hot = S.temp >= 26.0
                long_ = S.dur >= 150
                S.forgot = False
                p_forget = P.p_forget * (1.6 if S.kind in ("tech", "dress", "show") else 1.0)
                frac = P.df * math.exp(rng.gauss(0, 0.4)) * (0.7 if S.kind == "class" else 1.0)
                if S.act in ("swimming", "yoga", "pilates"):
                    frac *= 0.6
                if rng.random() < p_forget:
                    S.forgot = True
                    intake = rng.uniform(0.0, 0.15)
                else:
                    intake = S.sweat * frac
                e_base = P.e_show if S.kind in ("show", "dress", "runthrough") else P.e_reh
                S.electro = S.act == "dance" and rng.random() < min(
                    0.92, e_base * (1 + 1.0 * hot + 0.5 * long_)
                )
                S.intake = 0.0
                S.na_in = 0.0
                e_kind = rng.random() < 0.65  # tabs (label sodium) or sports drink
                e_na = float(rng.choice([500, 700, 1000, 1000, 1500]))  # mg per litre (label)
                n_b = 0 if intake < 0.05 else max(1, min(3, int(round(intake / 0.65))))
                for b in range(n_b):
                    ml = intake / n_b * 1000
                    ml = max(50, round(ml / 50) * 50)
                    frac_t = (b + 0.6) / (n_b + 0.3)
                    t = S.start + timedelta(minutes=S.dur * frac_t)
                    if S.electro and (b == 0 or rng.random() < 0.85):
                        if e_kind:
                            x = self._drink(
                                D,
                                t,
                                S.zone,
                                ml,
                                "electrolyte_drink",
                                round(e_na * ml / 1000.0),
                                note=rng.choice(
                                    [None, "1 tab in bottle", "electrolyte tab", None, None]
                                ),
                                session=S,
                            )
                        else:
                            x = self._drink(D, t, S.zone, ml, "sports_drink", session=S)
                    else:
                        x = self._drink(D, t, S.zone, ml, "water", session=S)
                    S.intake += x.ml / 1000.0
                    S.na_in += x.sodium
            # everyday drinks
            N_prev = self.days[D.i - 1].night if D.i > 0 else None
            wake_h = (N_prev.wake_h - 24) if N_prev is not None else 8.0
            wake_h = _clamp(wake_h, 4.0, 12.0)
            sess_spans = [(s.hour, s.hour + s.dur / 60.0) for s in D.sessions]

            def free(h):
                for a, b in sess_spans:
                    if a - 0.1 <= h <= b + 0.1:
                        return False
                return True

            def add(h, ml, drink="water", sodium=None, note=None):
                if not free(h):
                    return
                t, z = self.utc_at(D, h)
                self._drink(D, t, z, ml, drink, sodium, note)

            if rng.random() < 0.85:
                add(wake_h + 0.3, rng.choice([150, 200, 250, 300]), "coffee")
            if rng.random() < 0.35:
                add(wake_h + 0.5, rng.choice([250, 300, 400, 500]), "water")
            if rng.random() < 0.15:
                add(wake_h + 0.6, rng.choice([150, 200, 250]), "juice")
            if rng.random() < 0.8:
                add(rng.choice([13.6, 13.75, 15.0]), rng.choice([250, 330, 400, 500]), "water")
            if rng.random() < 0.4:
                add(
                    rng.choice([15.5, 16.0, 16.5]),
                    rng.choice([200, 250, 300]),
                    rng.choice(["coffee", "tea", "tea"]),
                )
            late = max([b for _, b in sess_spans], default=0.0)
            dinner_h = max(19.8, late + 0.6) if late < 23.5 else 23.3
            if rng.random() < 0.8:
                add(_clamp(dinner_h, 18.0, 23.9), rng.choice([250, 300, 400, 500]), "water")
            if late > 21.0 and rng.random() < 0.12:
                add(
                    _clamp(late + 0.5, 21, 23.9),
                    rng.choice([330, 500]),
                    "beer",
                    note=rng.choice(["post-show beer", None]),
                )
            if rng.random() < 0.1:
                add(21.5, rng.choice([250, 330]), "soft_drink")
            if rng.random() < 0.25:
                add(22.0, rng.choice([200, 250]), "tea")
            D.drinks.sort(key=lambda x: x.t)

    # ---------------------------------------------------------------- diet
    def _restrict(self, slot, lean, R):
        rng = self.rng
        if slot == "breakfast":
            return rng.choice(
                [
                    [("white_bread", R(50, 80)), ("jam", R(10, 20))],
                    [("croissant", R(50, 70))],
                    [("rice_cakes", R(18, 27)), ("jam", 10), ("apple", R(100, 150))],
                ]
            )
        if slot == "lunch":
            return [
                (rng.choice(["white_rice", "white_rice", "rice_noodles", "couscous"]), R(150, 210)),
                (lean, R(80, 120)),
                ("iceberg_lettuce", R(40, 80)),
                ("cucumber", R(40, 80)),
            ]
        if slot == "dinner":
            return rng.choice(
                [
                    [("pasta", R(170, 230)), ("tomato_sauce", R(40, 80)), (lean, R(70, 100))],
                    [("rice_noodles", R(180, 250)), (lean, R(80, 110)), ("cucumber", R(40, 70))],
                    [
                        ("white_rice", R(160, 220)),
                        (lean, R(90, 120)),
                        ("iceberg_lettuce", R(40, 70)),
                    ],
                ]
            )
        if slot == "snack":
            return rng.choice(
                [
                    [("rice_cakes", R(18, 27))],
                    [("apple", R(120, 170))],
                    [("pear", R(120, 160))],
                    [("grapes", R(80, 120))],
                    [("white_bread", 35), ("honey", 10)],
                ]
            )
        return [("white_rice", R(120, 170)), (lean, R(50, 80))]  # post-show

    def _meal_items(self, mode, slot):
        rng, P = self.rng, self.P
        veg = P.diet != "omni"
        vegan = P.diet == "vegan"
        milk = "soymilk" if vegan else rng.choice(["milk", "milk", "soymilk", "almond_milk"])
        yog = "soymilk" if vegan else "greek_yogurt"
        protein = (
            rng.choice(["tofu", "chickpeas", "lentils", "edamame"])
            if veg
            else rng.choice(
                ["chicken_breast", "salmon", "chicken_breast", "tuna", "beef_mince", "tofu", "pork"]
            )
        )
        R = rng.randint
        pf = P.portion * (0.8 if mode == "mild" else 1.0)
        if mode == "restrict":
            # "leaning out": no dairy, nuts, seeds, whole grains or legumes; refined carbs and
            # lean protein, little fruit and veg (about 1100-1400 kcal a day)
            lean = (
                "egg_scrambled"
                if veg
                else rng.choice(["chicken_breast", "chicken_breast", "tuna", "egg_scrambled"])
            )
            return [(f, int(g * P.portion * 1.1)) for f, g in self._restrict(slot, lean, R)]
        it = []
        if slot == "breakfast":
            c = rng.randrange(5)
            if c == 0:
                it = [
                    ("rolled_oats", R(50, 80)),
                    (milk, R(180, 280)),
                    (rng.choice(["banana", "blueberries", "raspberries"]), R(80, 130)),
                ]
                if rng.random() < 0.5:
                    it.append(
                        (
                            rng.choice(["chia_seeds", "almonds", "walnuts", "pumpkin_seeds"]),
                            R(10, 20),
                        )
                    )
            elif c == 1:
                it = [
                    (yog, R(170, 250)),
                    ("granola", R(40, 60)),
                    (rng.choice(["blueberries", "strawberries", "banana"]), R(80, 130)),
                ]
            elif c == 2:
                it = [
                    ("whole_wheat_bread", R(70, 100)),
                    (rng.choice(["peanut_butter", "avocado"]), R(25, 50)),
                    ("banana", R(100, 130)),
                    (milk, R(150, 250)),
                ]
            elif c == 3:
                it = [
                    ("egg_scrambled" if not vegan else "tofu", R(120, 160)),
                    ("whole_wheat_bread", R(60, 90)),
                    ("spinach", R(20, 50)),
                    ("butter" if not vegan else "avocado", R(5, 15)),
                ]
            else:
                it = [
                    ("bagel", R(80, 110)),
                    ("cottage_cheese" if not vegan else "hummus", R(60, 100)),
                    ("orange", R(130, 170)),
                    (yog, R(120, 170)),
                ]
        elif slot == "lunch":
            c = rng.randrange(5)
            base = rng.choice(["brown_rice", "quinoa", "pasta", "couscous", "white_rice"])
            if c == 0:
                it = [
                    (base, R(180, 260)),
                    (protein, R(100, 150)),
                    (rng.choice(["spinach", "kale", "broccoli"]), R(60, 120)),
                    ("olive_oil", 10),
                ]
            elif c == 1:
                it = [
                    ("whole_wheat_bread" if rng.random() < 0.6 else "white_bread", R(90, 120)),
                    (protein if not veg else "hummus", R(70, 110)),
                    ("cheddar_cheese" if not vegan else "avocado", R(25, 40)),
                    ("tomato", R(50, 90)),
                    (rng.choice(["apple", "orange", "banana"]), R(120, 160)),
                ]
            elif c == 2:
                it = [
                    ("quinoa", R(150, 220)),
                    ("chickpeas", R(80, 130)),
                    ("feta" if not vegan else "avocado", R(30, 50)),
                    ("cucumber", R(60, 100)),
                    ("tomato", R(60, 100)),
                    ("olive_oil", 10),
                ]
            elif c == 3:
                it = [
                    ("pasta", R(220, 300)),
                    ("tomato_sauce", R(100, 150)),
                    ("parmesan" if not vegan else "chickpeas", R(15, 40)),
                    ("spinach", R(30, 60)),
                ]
            else:
                it = [
                    ("soba" if rng.random() < 0.5 else "brown_rice", R(180, 250)),
                    ("tofu" if veg else protein, R(110, 160)),
                    ("edamame", R(60, 100)),
                    ("miso", rng.choice([0, 15])),
                ]
                it = [x for x in it if x[1] > 0]
        elif slot == "snack":
            opts = [
                [("banana", R(100, 130)), (yog, R(150, 200))],
                [("almonds", R(25, 40)), ("apple", R(130, 170))],
                [("apple", R(130, 180)), ("peanut_butter", R(15, 30))],
                [("dark_chocolate", R(15, 30)), ("orange", 140)],
                [("hummus", R(50, 80)), ("carrots", R(80, 120)), ("whole_wheat_bread", 35)],
                [("dates_medjool", R(30, 50)), (milk, 250)],
                [("trail_mix", R(30, 50))],
                [(yog, R(170, 220)), ("honey", 10), ("granola", R(20, 35))],
                [("granola_bar", R(35, 45)), ("banana", 110)],
                [("cheddar_cheese" if not vegan else "cashews", 30), ("rice_cakes", 18)],
            ]
            it = opts[rng.randrange(len(opts))]
        elif slot == "dinner":
            c = rng.randrange(5)
            if c == 0:
                it = [
                    (protein, R(120, 170)),
                    ("sweet_potato", R(200, 300)),
                    ("broccoli", R(100, 160)),
                    ("olive_oil", 10),
                ]
            elif c == 1:
                it = [
                    ("pasta", R(220, 300)),
                    ("beef_mince" if not veg else "lentils", R(90, 140)),
                    ("tomato_sauce", R(100, 140)),
                    ("parmesan" if not vegan else "spinach", 15),
                ]
            elif c == 2:
                it = [
                    ("salmon" if not veg else "tofu", R(120, 170)),
                    ("baked_potato", R(200, 300)),
                    ("kale", R(50, 90)),
                    ("butter", 10),
                ]
            elif c == 3:
                it = [
                    ("brown_rice", R(180, 250)),
                    ("tofu", R(110, 170)),
                    ("spinach", R(50, 90)),
                    ("edamame", R(50, 90)),
                ]
            else:
                it = [
                    ("flour_tortilla", R(80, 120)),
                    (protein, R(90, 130)),
                    ("avocado", R(50, 80)),
                    ("cheddar_cheese" if not vegan else "tomato", R(25, 40)),
                    ("tomato", R(50, 80)),
                ]
            if rng.random() < 0.35:
                it.append(
                    (
                        rng.choice(
                            [
                                "ice_cream",
                                "greek_yogurt" if not vegan else "soymilk",
                                "milk_chocolate",
                                "cookie",
                            ]
                        ),
                        R(30, 120),
                    )
                )
        else:  # post-show
            opts = [
                [("pizza", R(200, 300))]
                if not veg
                else [("pasta", R(200, 260)), ("tomato_sauce", 100), ("parmesan", 15)],
                [
                    ("pasta", R(200, 260)),
                    ("parmesan" if not vegan else "tomato_sauce", R(15, 60)),
                    ("olive_oil", 10),
                ],
                [("whole_wheat_bread", R(70, 100)), ("peanut_butter", R(25, 40)), ("banana", 110)],
                [("cheese_crackers", R(30, 50)), ("apple", 150), (yog, R(150, 200))],
                [("pretzels", R(30, 60)), (milk, 250), ("banana", 110)],
            ]
            it = opts[rng.randrange(len(opts))]
        if mode == "tour" and slot in ("breakfast", "lunch") and rng.random() < 0.5:
            it = (
                [("croissant", R(50, 80)), ("orange", 130), (yog, R(120, 170))]
                if slot == "breakfast"
                else [
                    ("white_bread", R(90, 120)),
                    ("mozzarella", R(40, 60)),
                    ("tomato", R(60, 90)),
                    (rng.choice(["apple", "banana", "grapes"]), R(120, 160)),
                ]
            )
        if mode == "mild":
            # "eating clean": no nuts, chocolate, granola or nut butters; white rice instead
            # of whole grains; dairy kept
            it = [
                (("white_rice" if f in ("brown_rice", "quinoa") else f), g)
                for f, g in it
                if f
                not in (
                    "chia_seeds",
                    "almonds",
                    "walnuts",
                    "pumpkin_seeds",
                    "granola",
                    "peanut_butter",
                    "dark_chocolate",
                    "trail_mix",
                    "cashews",
                    "ice_cream",
                    "cookie",
                    "milk_chocolate",
                )
            ]
            if not it:
                it = [("apple", R(130, 170))]
        return [
            (f, g if f in ("olive_oil", "butter", "honey", "miso", "jam") else int(g * pf))
            for f, g in it
        ]

    def build_diet_modes(self):
        rng, P = self.rng, self.P
        n = len(self.days)
        mode = ["normal"] * n
        self.restrict = None
        obs0, obs1 = self.PRE, n - 2
        decoy = self.cause != "nutrient_deficiency" and rng.random() < 0.1
        if self.cause == "nutrient_deficiency" or decoy:
            L = rng.randint(42, 98)
            a = rng.randint(
                obs0 + int(0.12 * (obs1 - obs0)),
                max(obs0 + int(0.12 * (obs1 - obs0)), obs1 - L - 10),
            )
            for i in range(a, min(n, a + L)):
                mode[i] = "restrict"
            self.restrict = (a, a + L) if not decoy else None
        elif P.mild_diet_phase:
            L = rng.randint(21, 70)
            a = rng.randint(0, max(0, n - L))
            for i in range(a, a + L):
                mode[i] = "mild"
        for D in self.days:
            D.diet = mode[D.i] if not (D.tour and mode[D.i] == "normal") else "tour"

    def build_meals(self):
        rng = self.rng
        for D in self.days:
            N_prev = self.days[D.i - 1].night if D.i > 0 else None
            wake_h = _clamp((N_prev.wake_h - 24) if N_prev is not None else 8.0, 4.0, 12.0)
            spans = [(s.hour, s.hour + s.dur / 60.0) for s in D.sessions]
            late = max([b for _, b in spans], default=0.0)
            slots = [("breakfast", wake_h + 0.5)]
            if D.diet == "restrict" and rng.random() < 0.25:
                slots = []
            lunch = rng.choice([12.75, 13.0, 13.5, 13.75])
            for (a, b), nxt_s in zip(spans, spans[1:] + [(24.0, 24.0)]):
                if 11.4 <= b <= 15.5 and nxt_s[0] - b >= 0.4:
                    lunch = b + rng.choice([0.1, 0.15, 0.25])
                    break
            slots.append(("lunch", lunch))
            if rng.random() < 0.8:
                slots.append(("snack", rng.choice([10.25, 16.25, 16.5, 17.0, 17.25])))
            if rng.random() < 0.35:
                slots.append(("snack", rng.choice([11.75, 15.5, 21.0])))
            if late > 21.0:
                slots.append(("postshow", _clamp(late + 0.6, 21.5, 23.9)))
                if rng.random() < 0.5:
                    slots.append(("snack", 17.5))
            else:
                slots.append(
                    ("dinner", _clamp(max(19.5, late + 0.7) + rng.uniform(-0.3, 0.6), 18.0, 23.5))
                )
            for slot, h in slots:
                for a, b in spans:
                    if a - 0.1 <= h <= b:
                        h = b + 0.2
                h = min(h, 23.9)
                items = self._meal_items(D.diet, slot)
                if not items:
                    continue
                t, z = self.utc_at(D, h)
                D.meals.append(SimpleNamespace(t=t, zone=z, slot=slot, items=items))
            tot = {"ca": 0.0, "mg": 0.0, "k": 0.0, "na": 0.0, "kcal": 0.0}
            for m in D.meals:
                for f, g in m.items:
                    _, _, kc, ca, mg, k, na = _FOODS[f]
                    tot["kcal"] += kc * g / 100
                    tot["ca"] += ca * g / 100
                    tot["mg"] += mg * g / 100
                    tot["k"] += k * g / 100
                    tot["na"] += na * g / 100
            # unlogged nibbles, milk in coffee etc.
            tot["mg"] += rng.uniform(10, 40)
            tot["ca"] += rng.uniform(30, 120) if D.diet != "restrict" else rng.uniform(0, 30)
            tot["k"] += rng.uniform(100, 400)
            D.intake = tot

    # ---------------------------------------------------------------- supplements & meds
    def build_supps_meds(self):
        rng, P = self.rng, self.P
        n = len(self.days)
        self.supp_periods = []
        if rng.random() < (0.55 if self.cause == "nutrient_deficiency" else 0.3):
            if self.cause == "nutrient_deficiency" and self.restrict and rng.random() < 0.7:
                a0, a1 = self.restrict
                a = rng.randint(a0 + (a1 - a0) // 2, a1 + 10)
            else:
                a = rng.randrange(n)
            L = rng.randint(20, 120)
            name, mg = rng.choice(
                [
                    ("magnesium glycinate", 200),
                    ("magnesium citrate", 150),
                    ("magnesium bisglycinate 300", 300),
                    ("magnesium", 250),
                ]
            )
            self.supp_periods.append((a, min(n, a + L), name, {"magnesium_mg": mg}))
        if rng.random() < 0.35:
            a = rng.randrange(n)
            self.supp_periods.append(
                (a, min(n, a + rng.randint(30, 150)), "vitamin D3 1000 IU", {})
            )
        if rng.random() < 0.2 and P.sex == "female":
            a = rng.randrange(n)
            self.supp_periods.append((a, min(n, a + rng.randint(30, 90)), "iron bisglycinate", {}))
        if rng.random() < 0.2:
            a = rng.randrange(n)
            self.supp_periods.append(
                (
                    a,
                    min(n, a + rng.randint(20, 120)),
                    "multivitamin",
                    {"magnesium_mg": 100, "calcium_mg": 160},
                )
            )
        for a, b, name, minerals in self.supp_periods:
            evening = "magnesium" in name and rng.random() < 0.6  # taken at bedtime
            for i in range(a, b):
                D = self.days[i]
                D.intake["mg"] += minerals.get("magnesium_mg", 0)
                D.intake["ca"] += minerals.get("calcium_mg", 0)
                N_prev = self.days[i - 1].night if i > 0 else None
                wake_h = _clamp((N_prev.wake_h - 24) if N_prev is not None else 8.0, 4.0, 12.0)
                h = rng.choice([22.0, 22.25, 22.5]) if evening else wake_h + rng.choice([0.5, 0.75])
                t, z = self.utc_at(D, h)
                D.supps.append(SimpleNamespace(t=t, zone=z, name=name, minerals=minerals))
        # medications (start/end as dates, index of days)
        self.meds = []
        obs0, obs1 = self.PRE, n - 2
        if P.sex == "female" and rng.random() < 0.25:
            self.meds.append(
                (
                    "desogestrel",
                    -rng.randint(100, 900),
                    None,
                    rng.choice([None, "progestogen-only pill"]),
                )
            )
        if rng.random() < 0.3:
            a = rng.randrange(n)
            self.meds.append(
                ("cetirizine", a, a + rng.randint(20, 70), rng.choice(["hay fever", None]))
            )
        if rng.random() < 0.15:
            a = rng.randrange(n)
            self.meds.append(
                ("amoxicillin", a, a + 7, rng.choice(["chest infection", "tonsillitis", None]))
            )
        if rng.random() < 0.1:
            a = rng.randrange(n)
            self.meds.append(("fluticasone nasal spray", a, a + rng.randint(20, 60), None))
        if rng.random() < 0.1:
            a = rng.randrange(n)
            self.meds.append(("paracetamol", a, a + rng.randint(3, 10), "sprained ankle"))
        self.planted_med = None
        if self.cause != "medication" and rng.random() < 0.1:
            # decoy: a cramp-linked medicine that, in this person, changes nothing
            name, note = _wchoice(rng, _CRAMP_MEDS, [4, 3, 3])
            a = obs0 + int((obs1 - obs0) * rng.uniform(0.2, 0.7))
            b = (
                a + rng.randint(42, 80)
                if name == "naproxen"
                else (None if rng.random() < 0.7 else a + rng.randint(60, 140))
            )
            self.meds.append((name, a, b, note))
        if self.cause == "medication":
            name, note = _wchoice(rng, _CRAMP_MEDS, [4, 3, 3])
            span = obs1 - obs0
            a = obs0 + int(span * rng.uniform(0.3, 0.6))
            if name == "naproxen":
                b = a + rng.randint(42, 80)
            else:
                b = None if rng.random() < 0.7 else a + rng.randint(60, 140)
            self.meds.append((name, a, b, note))
            self.planted_med = (a, b if b is not None else n + 30)

    # ---------------------------------------------------------------- logging flags
    def build_logging(self):
        rng, P = self.rng, self.P
        for D in self.days:
            tour_f = 0.7 if D.tour else 1.0
            D.fluid_logged = rng.random() < P.p_fluid_day * tour_f
            D.meal_logged = rng.random() < P.p_meal_day * tour_f
            D.morning_w = (not D.tour) and rng.random() < P.p_morning_w
            D.prepost = D.work and not D.tour and D.sessions and rng.random() < P.p_prepost
            D.night.logged = rng.random() < P.p_sleep * (0.8 if D.tour else 1.0)
            for S in D.sessions:
                S.logged = rng.random() < P.p_session * (0.93 if D.tour else 1.0)
                S.rpe_logged = rng.random() < P.p_rpe
                p_t = P.p_temp + (0.25 if S.temp >= 27 else 0.0) + (0.12 if S.temp < 19 else 0.0)
                S.temp_logged = rng.random() < p_t
                S.hum_logged = S.temp_logged and rng.random() < P.p_hum
                S.mg_logged = rng.random() < P.p_mg
            for x in D.drinks:
                x.logged = D.fluid_logged and rng.random() < 0.95
        # mass per day
        m = self.P.mass
        for D in self.days:
            m += rng.gauss(0, 0.05) + 0.02 * (self.P.mass - m)
            if D.diet == "restrict":
                m -= 0.03
            D.mass = m + rng.gauss(0, 0.3)

    def build_meal_logging(self):
        rng = self.rng
        for D in self.days:
            for m in D.meals:
                m.logged = D.meal_logged and rng.random() < (0.95 if m.slot != "snack" else 0.75)

    # ---------------------------------------------------------------- exposures
    def _obs_day(self, i):
        return self.PRE <= i < len(self.days) - 2

    def candidates(self):
        """(units, weights) of exposed, observable units for the planted cause."""
        rng, P, c = self.rng, self.P, self.cause
        units, weights = [], []
        days = self.days

        def visible(flag):
            return flag or rng.random() < 0.1

        if c in ("dehydration", "electrolyte_loss", "heat", "muscle_fatigue"):
            for D in days:
                if c == "muscle_fatigue":
                    prev = [S2.load for D2 in days[max(0, D.i - 28) : D.i] for S2 in D2.sessions]
                    med = sorted(prev)[len(prev) // 2] if prev else 1.0
                for S in D.sessions:
                    if not self._obs_day(D.i) or S.act == "swimming":
                        continue
                    if c == "dehydration":
                        deficit = (S.sweat - S.intake) / D.mass * 100.0
                        if deficit >= 2.0 and S.logged and visible(D.fluid_logged):
                            units.append(("session", S))
                            weights.append(deficit - 1.7)
                    elif c == "electrolyte_loss":
                        na_def = S.sweat * P.sweat_na - S.na_in
                        if na_def >= 1800 and S.logged and visible(D.fluid_logged):
                            units.append(("session", S))
                            weights.append((na_def - 1500) / 1000.0)
                    elif c == "heat":
                        if S.temp >= 27.0 and S.logged and visible(S.temp_logged):
                            units.append(("session", S))
                            weights.append((S.temp - 26.0) ** 1.2)
                    else:
                        if len(prev) < 8 or not S.logged or S.act != "dance":
                            continue
                        rel = S.load / max(med, 1.0)
                        if rel >= 1.8 or (D.streak >= 8 and rel >= 1.3):
                            units.append(("session", S))
                            weights.append(max(0.15, rel - 1.5) + 0.12 * max(0, D.streak - 6))
        elif c == "training_load_spike":
            loads = [sum(S.load for S in D.sessions) for D in days]
            for D in days:
                i = D.i
                if i < self.PRE + 28 or not self._obs_day(i) or not D.sessions:
                    continue
                acute = sum(loads[i - 6 : i + 1])
                chronic = sum(loads[i - 27 : i + 1]) / 4.0
                if chronic < 800:
                    continue
                acwr = acute / chronic
                if acwr >= 1.5 and any(S.logged for S in D.sessions):
                    units.append(("day", D))
                    weights.append(min(acwr, 3.0) - 1.35)
        elif c == "sleep_debt":
            hrs = [N.hours for N in self.nights]
            for N in self.nights:
                i = N.day.i
                if not self._obs_day(i) or not self._obs_day(i + 1):
                    continue
                prev = hrs[max(0, i - 28) : i]
                if len(prev) < 10:
                    continue
                usual = sorted(prev)[len(prev) // 2]
                if N.hours <= usual - 1.25 and visible(N.logged):
                    units.append(("night", N))
                    weights.append(usual - N.hours - 1.0)
        elif c == "nutrient_deficiency":
            ref_mg, ref_ca, ref_k = self.refs()
            for D in days:
                i = D.i
                if not self._obs_day(i) or i < 14:
                    continue
                win = days[i - 13 : i + 1]
                mg = sum(x.intake["mg"] for x in win) / 14
                ca = sum(x.intake["ca"] for x in win) / 14
                k = sum(x.intake["k"] for x in win) / 14
                ratio = min(mg / ref_mg, ca / ref_ca, k / ref_k)
                logged = sum(1 for x in win if x.meal_logged) / 14.0
                if ratio < 0.55 and logged >= 0.4:
                    units.append(("day", D))
                    weights.append(0.6 - ratio)
        elif c == "medication":
            a, b = self.planted_med
            lag = rng.randint(4, 12)
            for D in days:
                if self._obs_day(D.i) and a + lag <= D.i <= b + 5:
                    units.append(("day", D))
                    weights.append(min(1.0, 0.4 + 0.04 * (D.i - a - lag)))
        return units, weights

    def refs(self):
        P = self.P
        if P.age < 19:
            return (360 if P.sex == "female" else 410), 1300, (2300 if P.sex == "female" else 3000)
        if P.sex == "female":
            return (310 if P.age <= 30 else 320), 1000, 2600
        return (400 if P.age <= 30 else 420), 1000, 3400

    # ---------------------------------------------------------------- episodes
    def _muscle(self, ctx):
        rng, P = self.rng, self.P
        fem_ballet = P.sex == "female" and P.style == "ballet"
        if ctx == "exercise":
            if fem_ballet:
                opts = [
                    ("calf", 32),
                    ("foot", 28),
                    ("toes", 12),
                    ("hamstring", 12),
                    ("quadriceps", 5),
                    ("hip_flexor", 4),
                    ("adductor", 4),
                    ("glute", 3),
                ]
            else:
                opts = [
                    ("calf", 38),
                    ("hamstring", 20),
                    ("foot", 12),
                    ("quadriceps", 10),
                    ("hip_flexor", 6),
                    ("adductor", 6),
                    ("lower_back", 4),
                    ("toes", 4),
                ]
        elif ctx == "night":
            opts = [("calf", 65), ("foot", 20), ("toes", 8), ("hamstring", 7)]
        elif ctx == "twitch":
            opts = [("eyelid", 62), ("calf", 22), ("quadriceps", 6), ("foot", 5), ("forearm", 5)]
        elif ctx == "widespread":
            opts = [
                ("calf", 30),
                ("hamstring", 20),
                ("quadriceps", 14),
                ("adductor", 10),
                ("abdomen", 8),
                ("hand", 8),
                ("fingers", 5),
                ("foot", 5),
            ]
        else:  # rest
            opts = [
                ("foot", 35),
                ("calf", 25),
                ("hand", 12),
                ("toes", 12),
                ("hamstring", 8),
                ("abdomen", 4),
                ("neck", 4),
            ]
        return _wchoice(rng, [o[0] for o in opts], [o[1] for o in opts])

    def _near_days(self, t):
        i = int((t - self._t_base).total_seconds() // 86400)
        return [self.days[j] for j in (i - 1, i, i + 1) if 0 <= j < len(self.days)]

    def _context(self, t):
        """Where the body was at time t: (during, session or None, night or None)."""
        near = self._near_days(t)
        for D in near:
            for S in D.sessions:
                if S.start <= t <= S.end:
                    return "exercise", S, None
        for D in near:
            N = D.night
            if N.onset <= t <= N.wake:
                return "sleep", None, N
        for D in reversed(near):
            for S in reversed(D.sessions):
                if S.end < t <= S.end + timedelta(hours=3):
                    return "after_exercise", S, None
        return "rest", None, None

    def _zone_for(self, t):
        for D in self._near_days(t):
            d0 = (
                D.__dict__["_off"][D.zone]
                if "_off" in D.__dict__ and D.zone in D._off
                else self.utc_at(D, 0.0)[0]
            )
            if d0 <= t < d0 + timedelta(days=1):
                loc_h = (t - d0).total_seconds() / 3600
                return self.zone_at(D, _clamp(loc_h, 0, 23.9))
        return self.P.zone

    def _episode(self, t, style, extra_note=None):
        """Create an episode at time t. style in exercise/night/twitch/rest/widespread."""
        rng = self.rng
        during, S, N = self._context(t)
        if style == "twitch":
            kind = "twitch"
            muscle = self._muscle("twitch")
        else:
            kind = "spasm"
            if style == "widespread":
                muscle = self._muscle("widespread")
            elif during == "sleep":
                muscle = self._muscle("night")
            elif during in ("exercise", "after_exercise") and style != "rest":
                muscle = self._muscle("exercise")
                if S is not None and S.muscles and rng.random() < 0.5:
                    legs = [
                        m
                        for m in S.muscles
                        if m
                        in (
                            "calf",
                            "foot",
                            "toes",
                            "hamstring",
                            "quadriceps",
                            "hip_flexor",
                            "adductor",
                        )
                    ]
                    if legs:
                        muscle = rng.choice(legs)
            else:
                muscle = self._muscle("rest")
        zone = S.zone if S is not None else (N.zone if N is not None else self._zone_for(t))
        E = SimpleNamespace(
            t=t,
            zone=zone,
            kind=kind,
            muscle=muscle,
            during=during,
            S=S,
            N=N,
            style=style,
            note=extra_note,
        )
        self.episodes.append(E)
        return E

    def _free_rest_time(self, D, h0, h1):
        """A time in [h0, h1] local hours of day D that is not in / right after a session."""
        rng = self.rng
        for _ in range(12):
            h = rng.uniform(h0, h1)
            t, _ = self.utc_at(D, h)
            ok = all(
                not (S.start - timedelta(minutes=20) <= t <= S.end + timedelta(hours=3))
                for S in D.sessions
            )
            if ok:
                return t
        return None

    def plant(self):
        rng, c = self.rng, self.cause
        units, weights = self._cands
        self.n_candidates = len(units)
        K = rng.randint(9, 20)

        def need(k):
            return max(int(math.ceil(2.2 * k)), k + 12)

        while K >= 9 and len(units) < need(K):
            K -= 1
        if K < 9:
            return False
        chosen = _weighted_sample(rng, units, weights, K)
        self.planted = []
        for kind, u in chosen:
            E = None
            if kind == "session":
                S = u
                r = rng.random()
                if c == "electrolyte_loss":
                    if r < 0.45:
                        t = S.start + timedelta(minutes=S.dur * rng.uniform(0.6, 0.98))
                    elif r < 0.75:
                        t = S.end + timedelta(minutes=rng.uniform(10, 240))
                    else:
                        N = S.day.night
                        t = N.onset + timedelta(hours=rng.uniform(1.0, max(1.2, N.hours - 0.5)))
                    E = self._episode(t, "widespread" if rng.random() < 0.4 else "exercise")
                    if rng.random() < 0.35:
                        E.side = "both"
                elif c == "heat":
                    if r < 0.8:
                        t = S.start + timedelta(minutes=S.dur * rng.uniform(0.45, 0.98))
                    else:
                        t = S.end + timedelta(minutes=rng.uniform(5, 60))
                    E = self._episode(t, "exercise")
                elif c == "dehydration":
                    if r < 0.65:
                        t = S.start + timedelta(minutes=S.dur * rng.uniform(0.65, 0.99))
                    else:
                        t = S.end + timedelta(minutes=rng.uniform(5, 120))
                    E = self._episode(t, "exercise")
                else:  # muscle_fatigue
                    if r < 0.8:
                        t = S.start + timedelta(minutes=S.dur * rng.uniform(0.7, 0.99))
                    else:
                        t = S.end + timedelta(minutes=rng.uniform(5, 45))
                    E = self._episode(t, "exercise")
            elif kind == "night":
                N = u
                D = self.days[N.day.i + 1]
                r = rng.random()
                if r < 0.45 and D.sessions:
                    S = rng.choice(D.sessions)
                    t = S.start + timedelta(minutes=S.dur * rng.uniform(0.1, 0.95))
                    E = self._episode(t, "twitch" if rng.random() < 0.35 else "exercise")
                else:
                    wake_h = N.wake_h - 24
                    t = self._free_rest_time(D, wake_h + 0.5, min(22.5, wake_h + 14))
                    if t is None:
                        continue
                    E = self._episode(t, "twitch" if r < 0.8 else "rest")
            else:  # day
                D = u
                r = rng.random()
                if c == "training_load_spike":
                    if r < 0.6:
                        S = rng.choice(D.sessions)
                        t = S.start + timedelta(minutes=S.dur * rng.uniform(0.2, 0.98))
                        E = self._episode(t, "exercise")
                    elif r < 0.75:
                        S = D.sessions[-1]
                        t = S.end + timedelta(minutes=rng.uniform(10, 120))
                        E = self._episode(t, "exercise")
                    else:
                        N = D.night
                        t = N.onset + timedelta(hours=rng.uniform(1.0, max(1.2, N.hours - 0.5)))
                        E = self._episode(t, "night")
                elif c == "nutrient_deficiency":
                    if r < 0.4:
                        N = D.night
                        t = N.onset + timedelta(hours=rng.uniform(1.0, max(1.2, N.hours - 0.5)))
                        E = self._episode(t, "night")
                    elif r < 0.75 or not D.sessions:
                        t = self._free_rest_time(D, 8.0, 22.5)
                        if t is None:
                            continue
                        E = self._episode(t, "twitch" if rng.random() < 0.6 else "rest")
                    else:
                        S = rng.choice(D.sessions)
                        t = S.start + timedelta(minutes=S.dur * rng.uniform(0.1, 0.95))
                        E = self._episode(t, "exercise")
                else:  # medication
                    if r < 0.55:
                        N = D.night
                        t = N.onset + timedelta(hours=rng.uniform(1.0, max(1.2, N.hours - 0.5)))
                        E = self._episode(t, "night")
                    elif r < 0.8 or not D.sessions:
                        t = self._free_rest_time(D, 8.0, 22.5)
                        if t is None:
                            continue
                        E = self._episode(t, "rest")
                    else:
                        S = rng.choice(D.sessions)
                        t = S.start + timedelta(minutes=S.dur * rng.uniform(0.1, 0.95))
                        E = self._episode(t, "exercise")
            if E is not None:
                E.planted = True
                self.planted.append(E)
        return len(self.planted) >= 9

    def background(self, n_bg):
        rng = self.rng
        obs_days = [D for D in self.days if self._obs_day(D.i)]
        obs_sessions = [S for D in obs_days for S in D.sessions if S.act == "dance" and S.logged]
        made = 0
        guard = 0
        while made < n_bg and guard < 200:
            guard += 1
            typ = _wchoice(rng, ["night", "twitch", "rest", "session"], [35, 25, 20, 20])
            if typ == "night":
                D = rng.choice(obs_days[:-1])
                N = D.night
                t = N.onset + timedelta(hours=rng.uniform(1.0, max(1.2, N.hours - 0.4)))
                E = self._episode(t, "night")
            elif typ in ("twitch", "rest"):
                D = rng.choice(obs_days)
                t = self._free_rest_time(D, 8.5, 22.5)
                if t is None:
                    continue
                E = self._episode(t, typ)
            else:
                if not obs_sessions:
                    continue
                S = rng.choice(obs_sessions)
                t = S.start + timedelta(minutes=S.dur * rng.uniform(0.05, 0.98))
                E = self._episode(t, "exercise")
            E.planted = False
            made += 1

    # ---------------------------------------------------------------- run
    def run(self):
        rng = self.rng
        self.persona()
        for _ in range(25):
            start = date(2023, 1, 2) + timedelta(days=rng.randrange(0, 1000))
            n_obs = rng.randint(130, 340)
            n = self.PRE + n_obs + 2
            sim_start = start - timedelta(days=self.PRE)
            self.build_days(sim_start, n)
            # at least two long breaks (>= 9 rest days) ending inside the observed window
            runs, cur = [], 0
            for D in self.days:
                if not D.work:
                    cur += 1
                else:
                    if cur >= 9:
                        runs.append(D.i)
                    cur = 0
            ok = sum(1 for i in runs if self.PRE + 21 <= i <= n - 12)
            if ok >= 2:
                break
        self.start_date, self.n_obs = start, n_obs
        self.build_sessions()
        self.build_sleep()
        self.build_fluids()
        self.build_diet_modes()
        self.build_logging()
        early = self.cause not in (None, "nutrient_deficiency", "medication")
        if early:
            self._cands = self.candidates()
            self.n_candidates = len(self._cands[0])
            if self.n_candidates < 9 + 12:
                return False
        self.build_meals()
        self.build_supps_meds()
        self.build_meal_logging()
        if not early and self.cause is not None:
            self._cands = self.candidates()
        self._t_base = self.utc_at(self.days[0], 0.0)[0]
        self.episodes = []
        if self.cause is not None:
            if not self.plant():
                return False
            n_bg = rng.randint(3, 10)
        else:
            n_bg = rng.randint(6, 18)
        self.background(n_bg)
        return True

    # ---------------------------------------------------------------- output
    def _ml(self, ml, drink):
        rng, P = self.rng, self.P
        if P.us_units and rng.random() < 0.8:
            oz = ml / 29.5735
            if drink == "water" and rng.random() < 0.5:
                oz = rng.choice([16.9, 20, 24, 32]) if ml > 400 else rng.choice([8, 12, 16])
            else:
                oz = round(oz)
            return f"{oz:g} oz"
        if rng.random() < 0.08:
            return f"{int(ml)} ml" if rng.random() < 0.6 else f"{ml / 1000:g} l"
        return int(ml)

    def _kg(self, kg):
        if self.P.us_units:
            return f"{kg / 0.45359237:.1f} lb"
        return round(kg, 1)

    def _temp(self, t):
        rng = self.rng
        if self.P.us_units and rng.random() < 0.85:
            return f"{round((t + rng.gauss(0, 0.4)) * 9 / 5 + 32)} degF"
        v = t + rng.gauss(0, 0.4)
        return round(v) if rng.random() < 0.75 else round(v * 2) / 2

    def emit(self):
        rng, P = self.rng, self.P
        objs = []
        start_local = datetime.combine(self.start_date, time())
        t0 = _to_utc(P.zone, start_local)
        t1 = _to_utc(P.zone, start_local + timedelta(days=self.n_obs))

        def inwin(t):
            return t0 <= t < t1

        prof = {
            "type": "profile",
            "sex": P.sex,
            "birth_year": self.start_date.year - P.age,
            "height_cm": P.height,
            "timezone": P.zone,
        }
        if rng.random() < 0.8:
            prof["body_mass_kg"] = round(P.mass + rng.gauss(0, 0.8))
        if P.sex == "female" and rng.random() < 0.3:
            prof["pregnant"] = False
        if rng.random() < 0.3:
            prof["notes"] = rng.choice(
                [
                    f"{P.role} dancer" if P.level == "company" else "3rd year student",
                    "dancer, " + P.style,
                    "cramps mostly in calves and feet",
                ]
            )
        out = [(t0 - timedelta(days=1), prof)]

        for D in self.days:
            for S in D.sessions:
                if not S.logged or not inwin(S.start):
                    continue
                dur = S.dur if S.dur % 15 == 0 or rng.random() < 0.6 else round(S.dur / 15) * 15
                o = {
                    "type": "workout",
                    "time": _iso(S.zone, S.start),
                    "duration_min": int(dur),
                    "activity": S.act,
                }
                if S.rpe_logged:
                    r = int(round(S.rpe)) if rng.random() < 0.8 else S.rpe
                    o["rpe"] = int(r) if float(r).is_integer() else r
                if S.temp_logged and S.act not in ("swimming",):
                    o["temperature_c"] = self._temp(S.temp)
                    if S.hum_logged:
                        o["humidity_pct"] = int(round(_clamp(S.hum + rng.gauss(0, 3), 10, 99)))
                if S.mg_logged and S.muscles:
                    o["muscle_groups"] = list(
                        S.muscles[: rng.randint(min(2, len(S.muscles)), len(S.muscles))]
                    )
                if S.kind == "show" and rng.random() < 0.3:
                    o["warm_up_min"] = rng.choice([20, 30, 40])
                if P.hr_watch and S.act in ("strength", "swimming") and rng.random() < 0.7:
                    o["avg_hr"] = int(_clamp(95 + 9 * S.rpe + rng.gauss(0, 8), 60, 200))
                note = self._session_note(S)
                if note:
                    o["notes"] = note
                out.append((S.start, o))
            for x in D.drinks:
                if not x.logged or not inwin(x.t):
                    continue
                o = {
                    "type": "fluid",
                    "time": _iso(x.zone, self._round_t(x.t, 15)),
                    "ml": self._ml(x.ml, x.drink),
                }
                if x.drink != "water" or rng.random() < 0.4:
                    o["drink"] = x.drink
                if x.given:
                    o["sodium_mg"] = int(x.sodium)
                if x.note:
                    o["notes"] = x.note
                out.append((x.t, o))
            for m in D.meals:
                if not m.logged or not inwin(m.t):
                    continue
                items = []
                for f, g in m.items:
                    ndb, name = _FOODS[f][0], _FOODS[f][1]
                    gg = max(5, int(round(g / 5.0) * 5))
                    if name is not None and rng.random() < 0.85:
                        items.append({"food": name, "grams": gg})
                    else:
                        items.append({"ndb_no": ndb, "grams": gg})
                o = {"type": "meal", "time": _iso(m.zone, self._round_t(m.t, 15)), "items": items}
                note = self._meal_note(D, m)
                if note:
                    o["notes"] = note
                out.append((m.t, o))
            for s in D.supps:
                if not inwin(s.t) or rng.random() > P.p_supp_log:
                    continue
                o = {
                    "type": "supplement",
                    "time": _iso(s.zone, self._round_t(s.t, 15)),
                    "name": s.name,
                }
                o.update(s.minerals)
                out.append((s.t, o))
            # body mass
            if D.morning_w and D.i > 0:
                N = self.days[D.i - 1].night
                t = N.wake + timedelta(minutes=rng.randint(5, 25))
                if inwin(t):
                    out.append(
                        (
                            t,
                            {
                                "type": "body_mass",
                                "time": _iso(N.wake_zone, t),
                                "kg": self._kg(D.mass - 0.3 + rng.gauss(0, 0.15)),
                                "context": "morning",
                            },
                        )
                    )
            if D.prepost:
                S = max(D.sessions, key=lambda s: s.dur)
                if S.logged and inwin(S.start):
                    pre = D.mass + rng.gauss(0, 0.12)
                    post = pre - (S.sweat - S.intake) + rng.gauss(0, 0.12)
                    tp = S.start - timedelta(minutes=rng.randint(5, 15))
                    tq = S.end + timedelta(minutes=rng.randint(5, 15))
                    out.append(
                        (
                            tp,
                            {
                                "type": "body_mass",
                                "time": _iso(S.zone, tp),
                                "kg": self._kg(pre),
                                "context": "pre_workout",
                            },
                        )
                    )
                    out.append(
                        (
                            tq,
                            {
                                "type": "body_mass",
                                "time": _iso(S.zone, tq),
                                "kg": self._kg(post),
                                "context": "post_workout",
                            },
                        )
                    )
        # sleep
        ep_nights = {id(E.N) for E in self.episodes if E.N is not None}
        for N in self.nights:
            if not N.logged or not inwin(N.onset):
                continue
            o = {"type": "sleep", "time": _iso(N.zone, self._round_t(N.onset, 5))}
            if rng.random() < 0.75:
                o["end"] = _iso(N.wake_zone, self._round_t(N.wake, 5))
            else:
                o["hours"] = round(N.hours * 4) / 4.0
            if rng.random() < 0.5:
                q = 3 + (N.hours >= 7.5) - (N.hours < 6.0) - (id(N) in ep_nights)
                q += rng.choice([-1, 0, 0, 0, 1])
                o["quality"] = int(_clamp(q, 1, 5))
            if N.note and rng.random() < 0.6:
                o["notes"] = N.note
            out.append((N.onset, o))
        # medications
        base = datetime.combine(self.days[0].date, time())
        for name, a, b, note in self.meds:
            sd = (base + timedelta(days=a)).date()
            ed = (base + timedelta(days=b)).date() if b is not None else None
            if ed is not None and ed < self.start_date:
                continue
            if sd >= self.start_date + timedelta(days=self.n_obs):
                continue
            o = {"type": "medication", "name": name, "start": sd.isoformat()}
            if ed is not None and ed < self.start_date + timedelta(days=self.n_obs):
                o["end"] = ed.isoformat()
            if note:
                o["notes"] = note
            tt = _to_utc(P.zone, datetime.combine(max(sd, self.start_date), time(9)))
            out.append((tt, o))
        # episodes
        n_ep = 0
        self.n_planted_out = 0
        self.episodes.sort(key=lambda e: e.t)
        last = None
        for E in self.episodes:
            if not inwin(E.t):
                continue
            if last is not None and abs((E.t - last.t).total_seconds()) < 600:
                continue
            last = E
            out.append((E.t, self._episode_obj(E)))
            n_ep += 1
            self.n_planted_out += bool(getattr(E, "planted", False))
        # ordering: mostly chronological, a few entries back-filled later
        out.sort(key=lambda x: x[0])
        objs = [o for _, o in out]
        k = len(objs)
        for _ in range(int(k * 0.02)):
            i = rng.randrange(1, k)
            j = min(k - 1, i + rng.randint(5, 60))
            objs.insert(j, objs.pop(i))
        # a couple of copy-paste duplicates (imports are idempotent on content)
        for _ in range(rng.choice([0, 0, 1, 2])):
            cand = [o for o in objs if o["type"] in ("fluid", "meal")]
            if cand:
                o = rng.choice(cand)
                objs.insert(min(len(objs), objs.index(o) + 1), dict(o))
        self.t0, self.t1 = t0, t1
        return objs

    @staticmethod
    def _round_t(t, minutes):
        s = int(t.timestamp())
        q = minutes * 60
        return datetime.fromtimestamp((s + q // 2) // q * q, _UTC)

    def _session_note(self, S):
        rng = self.rng
        D = S.day
        parts = []
        if rng.random() < 0.75:
            lab = S.label
            if isinstance(D.info, tuple) and S.kind in ("show", "dress", "tech"):
                lab = f"{lab} - {D.info[0]}"
                if len(D.info) == 2 and D.info[1] == "premiere" and S.kind == "show":
                    lab += " (opening night)"
                if len(D.info) == 3:
                    lab += f", tour {D.info[1].replace('_', ' ').title()}"
            elif isinstance(D.info, str) and S.kind in ("rehearsal", "runthrough"):
                lab = f"{lab} - {D.info}"
            parts.append(lab)
        if S.temp >= 28.5 and rng.random() < 0.45:
            parts.append(
                rng.choice(
                    ["studio boiling", "so hot in there", "AC broken?", "sauna", "sweating buckets"]
                )
            )
        elif S.temp < 19 and rng.random() < 0.4:
            parts.append(rng.choice(["freezing studio", "cold, kept legwarmers on"]))
        if S.forgot and rng.random() < 0.5:
            parts.append(rng.choice(["forgot my bottle", "no water break", "barely drank"]))
        if S.kind == "runthrough" and rng.random() < 0.5:
            parts.append(rng.choice(["full out", "legs dead after", "twice through act 2"]))
        if D.streak >= 9 and rng.random() < 0.25:
            parts.append(f"day {D.streak} in a row")
        if D.ramp < 1.0 and rng.random() < 0.3:
            parts.append("first week back")
        return ", ".join(parts) if parts else None

    def _meal_note(self, D, m):
        rng = self.rng
        if rng.random() > 0.25:
            return None
        if D.diet == "restrict":
            return rng.choice(
                [
                    "eating light",
                    "trying to lean out before the premiere",
                    "no dairy, no carbs after 6",
                    "small portion",
                    None,
                ]
            )
        if m.slot == "postshow":
            return rng.choice(["post-show", "after the show", "late dinner"])
        if D.tour:
            return rng.choice(["hotel breakfast", "catering", "takeaway", None])
        return rng.choice(["canteen", "meal prep", "home", None])

    def _episode_obj(self, E):
        rng, P = self.rng, self.P
        o = {
            "type": "episode",
            "time": _iso(E.zone, self._round_t(E.t, 5)),
            "kind": E.kind,
            "muscle": E.muscle,
        }
        side = getattr(E, "side", None)
        if side is None:
            if E.muscle in ("abdomen", "neck"):
                side = None if rng.random() < 0.6 else rng.choice(["left", "right"])
            else:
                side = _wchoice(rng, ["left", "right", "both", None], [45, 45, 5, 5])
        if side:
            o["side"] = side
        if E.kind == "twitch":
            if rng.random() < 0.8:
                o["duration_s"] = rng.choice([5, 10, 20, 30, 60, 300, 600, 1800, 3600])
            if rng.random() < 0.6:
                o["pain"] = rng.choice([0, 0, 0, 1, 2])
            if rng.random() < 0.3:
                o["relief"] = [rng.choice(["rest", "massage", "other"])]
                o["relieved"] = rng.random() < 0.4
        else:
            if rng.random() < 0.85:
                base = 150 if E.during == "sleep" else 60
                o["duration_s"] = int(
                    _clamp(round(base * math.exp(rng.gauss(0, 0.6)) / 5) * 5, 5, 900)
                )
            if rng.random() < 0.85:
                o["pain"] = int(
                    _clamp(round(rng.gauss(7.0 if E.during == "sleep" else 6.0, 1.3)), 2, 10)
                )
            if rng.random() < 0.8:
                rel = ["stretching"] if rng.random() < 0.75 else []
                if E.during == "sleep" and rng.random() < 0.4:
                    rel.append("walking_it_off")
                if rng.random() < 0.3:
                    rel.append("massage")
                if rng.random() < 0.06:
                    rel.append("pickle_juice")
                if rng.random() < 0.08:
                    rel.append("hydration")
                if not rel:
                    rel = [rng.choice(["massage", "walking_it_off", "rest"])]
                o["relief"] = rel
                o["relieved"] = rng.random() < 0.9
        if E.during and rng.random() < 0.9:
            o["during"] = E.during
        if rng.random() < 0.05:
            o["flags"] = {"swelling": False, "numbness_tingling": False}
            if rng.random() < 0.5:
                o["flags"]["weakness"] = False
        if rng.random() < P.p_ep_note:
            note = self._ep_note(E, side)
            if note:
                o["notes"] = note
        return o

    def _ep_note(self, E, side):
        rng = self.rng
        s = {"left": "L ", "right": "R ", "both": "both "}.get(side, "")
        m = E.muscle.replace("_", " ")
        if E.kind == "twitch":
            return rng.choice(
                [
                    f"{s}{m} twitching on and off",
                    f"{m} fluttering",
                    f"{s}{m} jumping",
                    "annoying twitch",
                    None,
                ]
            )
        if E.during == "sleep":
            return rng.choice(
                [
                    f"woke up with {s}{m} cramp",
                    f"{s}{m} cramp at night, had to stand",
                    f"night cramp {s}{m}",
                    "woke me up",
                    None,
                ]
            )
        if E.during == "exercise" and E.S is not None:
            lab = E.S.label
            return rng.choice(
                [
                    f"{s}{m} seized during {lab}",
                    f"{m} cramp in {lab}",
                    f"{s}{m} locked up, had to stop",
                    f"{m} cramped in {lab}",
                    "in pointe shoes" if m in ("foot", "toes") else f"{m} cramp",
                    None,
                ]
            )
        if E.during == "after_exercise":
            return rng.choice(
                [
                    f"{s}{m} cramp after {E.S.label}" if E.S else f"{m} cramp",
                    f"{m} cramp on the way home",
                    f"{m} cramped while changing",
                    None,
                ]
            )
        return rng.choice(
            [
                f"{s}{m} cramp sitting down",
                f"{m} cramp out of nowhere",
                f"{s}{m} cramp at home",
                None,
            ]
        )


def blind_journal(cause: str | None, seed: int) -> BlindJournal:
    if cause is not None and cause not in CAUSES:
        raise ValueError(f"unknown cause {cause!r}; expected one of {CAUSES} or None")
    for attempt in range(60):
        rng = random.Random(f"blindAA|{cause}|{seed}|{attempt}")
        sim = _Sim(cause, rng)
        if not sim.run():
            continue
        objs = sim.emit()
        n_ep = sum(1 for o in objs if o["type"] == "episode")
        if cause is None and n_ep < 5:
            continue
        if cause is not None and sim.n_planted_out < 9:
            continue
        return BlindJournal(
            cause=cause,
            objects=objs,
            start=sim.t0.astimezone(timezone(timedelta(minutes=_offset_min(sim.P.zone, sim.t0)))),
            stop=sim.t1.astimezone(timezone(timedelta(minutes=_offset_min(sim.P.zone, sim.t1)))),
        )
    raise RuntimeError(f"could not build a journal for cause={cause!r} seed={seed}")
