"""Blind synthetic cramp journals of a lightweight rower, with one planted cause.

Point of view
=============
This file is written by an examiner who has not seen the product.  It only knows the journal
format (journal.md), the fixed vocabulary (vocabulary.md) and the evidence base (evidence.md).
Each call builds the journal a real lightweight rower (club or college) could export: one person,
one profile, a few months to a year of data, the holes and the noise included, and with exactly
one cause (or none) that truly raises the rate of cramp/twitch episodes.

The person
----------
* Sex, birth year, height, home city / time zone (London, Amsterdam, Berlin, New York, Chicago,
  Sacramento, Sydney), club or college squad, a lightweight limit (women 59 kg, men 72.5 kg) with
  an off-season mass 2-4.5 kg above race weight that is brought down through the build-up.
* Season calendar for the squad (UK/EU club, US college, Australian club): autumn head races,
  winter erg + weights, a spring build, regattas on weekends (official weigh-ins, weight-making
  days, 1-3 races a day), an off-season with cross-training, a Christmas break, exams (college),
  0-2 illnesses, one or two training camps (often warm-weather, abroad, in another time zone).
* Sessions: water outings (early mornings, 05:15-06:45 starts before class/work; some squads
  row after class instead and erg/lift at 06:30), erg pieces (UT2, UT1, AT, tests: 2k, 6k,
  30' r20), long weekend rows, weights, cross-training.  Long sessions are also a little
  harder (RPE rises with duration).
* Weather: daily temperature/humidity from the city's climate (seasonal curve, persistent
  anomalies, heat waves), hourly shape (cool 6 am, hot afternoon); erg rooms are heated in
  winter and either air-conditioned or a hot boathouse loft in summer.
* Physiology: sweat rate = personal base x intensity x heat (apparent temperature) x kit (the
  sweat-suit erg used to make weight); sweat sodium is a personal trait (350-1600 mg/L).  Fluid
  drunk in a session is a noisy personal fraction of sweat, capped by bottles, near zero on
  weight-making days; drink choice (water, sports drink, electrolyte tabs) shifts toward
  electrolytes on hot days and at camps.  Pre/post weigh-ins show the mass loss.
* Sleep: wake time follows the first session (early mornings give short nights), bedtime varies
  (earlier before early outings, late on nights out and in exam weeks, restless before races).
* Diet: breakfast/lunch/dinner/snacks built from real USDA SR28 foods (numbers and nutrient
  values copied from ABBREV_SR28.txt); portions shrink in weight-making weeks.

What gets logged (and what does not)
------------------------------------
* Concept2 logbook for erg sessions (id, seconds precision, distance, HR if strap worn), a watch
  for water sessions (distance, HR, weather temperature/humidity most of the time), hand entries
  for weights/RPE; sometimes the same erg piece appears twice (erg + watch), as in real exports.
* Weigh-ins before and after most rowing sessions, a morning weigh-in on most days (more in race
  season), the official regatta weigh-in (context "other").  US rowers often type lb / oz / degF
  strings; everyone else kg / ml / degC numbers.
* Fluids: careful logging on some days (clustered in runs of days, a bit more likely in race
  season, at camps, on hot days and long-session days), none on others.
* Sleep from the watch on most nights (some nights missing; some watches export in UTC).
* Meals from a food app (USDA numbers) or picked by name, on clustered days, more often while
  cutting weight; occasional restaurant meals given only as totals.  Supplements (multivitamin,
  iron, magnesium stints) and medications (with start/end dates) where the person has them.
* Times carry the local UTC offset of where the person was (DST rules implemented by hand, camps
  abroad in their own zone); the profile names the home zone.

Background episodes (every journal, null ones included)
--------------------------------------------------------
Night calf/foot cramps, eyelid twitches, random calf/thigh/hand twitches, random rest cramps
(foot in the shower, hand while writing) and a few cramps during sessions chosen uniformly at
random among all sessions - none of them depends on any exposure (about 0.02-0.055 a day,
at least 3 per journal).  A null journal (cause None) has only these, at least 5 of them.

Decoys present in every journal regardless of the cause: hot days, big sweat losses, >= 2 % mass
losses (weight-making, long summer rows), long/hard sessions, load spikes after breaks and at
camps, short nights, weight-making diet phases, and in some journals a cramp-linked medicine
start or a low-mineral diet phase that has NO effect (unless that is the planted cause).

How each cause is planted
-------------------------
The world (person, calendar, weather, sessions, diet, sleep, what gets recorded) is built from
seed-derived random streams first; then the exposure units for the cause are computed from the
TRUE state, N = randint(10, 20) linked episodes are drawn (capped at 40 % of the exposed units,
so most exposed units stay without an episode) by weighted sampling without replacement with
weights that grow with the exposure, and background episodes are added on top.  The world is
accepted only if it has enough exposed units (>= 24) and the exposure is recorded for >= 60 % of
them (weigh-ins, fluids, temperature, RPE or sleep, depending on the cause); otherwise another
world is drawn for that seed.  Selection never looks at what was recorded: an episode can fall on
an exposed unit whose exposure went unlogged, as in real life.  For heat the person lives in a
city with hot summers (US east/midwest/California, Sydney) and the period covers the summer.

* dehydration: unit = session with true body-mass loss >= 2 % (pre - post, net of fluid drunk);
  weight ~ (loss % - 1.7).  Episodes in the last part of the session or within 3 h after, in the
  rowing muscles.  Visible as pre/post weigh-ins (+ fluids on careful days).
* electrolyte_loss: unit = session with sweat >= 1.2 L, sweat sodium loss >= 1100 mg, at least
  0.4 L drunk, and <= 30 % of the sodium replaced by drinks during / within 1 h after (plain
  water); weight ~ unreplaced sodium.  Episodes during/after, sometimes two muscles at once.
  Visible as mass loss + logged fluids (volume, drink type, sodium) on the same session.
* muscle_fatigue: unit = session whose load (duration x RPE) is in the top 15 % of this person's
  sessions; weight ~ load / threshold.  Episodes late in the session or soon after, in worked
  muscles.  Visible as duration and RPE (RPE logged on most sessions).
* training_load_spike: unit = session on a day whose acute:chronic ratio (7-day load / mean weekly
  load over 28 days, load = duration x RPE) is >= 1.5 with acute load not tiny; weight ~ ratio -
  1.3, independent of how hard that single session was.  Episodes during/after sessions and some
  at night inside the spike window.  Visible from the workout log.
* heat: unit = session with apparent temperature (from air temperature and humidity) >= 28 C;
  weight ~ (apparent - 26).  Episodes during/after.  Visible as temperature_c / humidity_pct on
  the workout (outdoors mostly; hot erg rooms less often recorded).
* nutrient_deficiency: the world contains a 6-11 week phase of restrictive eating (no nuts,
  greens, legumes, fruit beyond apples/oranges, dairy beyond a splash of skim milk; white bread,
  white rice, chicken, cucumber, black coffee) with magnesium about 40-55 %, potassium about
  45-50 % and calcium about 25-30 % of the reference intake (normal weeks: magnesium above,
  potassium near, calcium 75-100 % of it); unit = day from 10-18 days after the phase starts to
  10 days after it ends.  Episodes at rest/night/exercise (calf, foot, toes, hand, fingers,
  eyelid, face).  Visible from the meal log (USDA items), which is kept on many days both inside
  and outside the phase; the multivitamin is dropped in the phase; sometimes a magnesium
  supplement is started when it ends.
* sleep_debt: unit = day after a night whose true sleep is >= 1 h shorter than the person's
  median; weight ~ shortfall.  Episodes in the waking day after (twitches, rest cramps, some in
  sessions).  Visible as sleep entries (watch, most nights).
* medication: the world contains a medication entry with a cramp-linked drug (salmeterol,
  formoterol, naproxen for younger rowers; hydrochlorothiazide, indapamide, atorvastatin,
  simvastatin for older club rowers) started 25-55 % into the journal after a clean baseline,
  sometimes stopped later; unit = day from 3-12 days after the start to 7 days after the end.
  Mostly nocturnal leg cramps, some rest/exercise ones.  Visible as the medication entry.

Deterministic per (cause, seed): every random stream is random.Random(string derived from the
seed, the attempt and the component).  Pure standard library, no I/O.
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
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
# Time zones (hand-written DST rules; no tz database needed)
# --------------------------------------------------------------------------------------------
_ZONES = {
    "Europe/London": (0, "EU"), "Europe/Amsterdam": (1, "EU"), "Europe/Berlin": (1, "EU"),
    "Europe/Madrid": (1, "EU"), "Europe/Lisbon": (0, "EU"), "Europe/Rome": (1, "EU"),
    "America/New_York": (-5, "US"), "America/Chicago": (-6, "US"),
    "America/Los_Angeles": (-8, "US"), "Australia/Sydney": (10, "AU"),
    "Australia/Brisbane": (10, None),
}
_TRANS_CACHE: dict = {}


def _sunday_on_or_before(d: date) -> date:
    return d - timedelta(days=(d.weekday() + 1) % 7)


def _last_sunday(y: int, m: int) -> date:
    nxt = date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)
    return _sunday_on_or_before(nxt - timedelta(days=1))


def _nth_sunday(y: int, m: int, n: int) -> date:
    d = date(y, m, 1)
    return d + timedelta(days=(6 - d.weekday()) % 7) + timedelta(weeks=n - 1)


def _transitions(zone: str, y: int):
    key = (zone, y)
    if key not in _TRANS_CACHE:
        std, rule = _ZONES[zone]
        if rule == "EU":   # 01:00 UTC both ways
            s = datetime.combine(_last_sunday(y, 3), time(1)) + timedelta(hours=std)
            e = datetime.combine(_last_sunday(y, 10), time(1)) + timedelta(hours=std + 1)
        elif rule == "US":
            s = datetime.combine(_nth_sunday(y, 3, 2), time(2))
            e = datetime.combine(_nth_sunday(y, 11, 1), time(2))
        elif rule == "AU":  # southern: DST outside [first Sun Apr 03:00, first Sun Oct 02:00)
            s = datetime.combine(_nth_sunday(y, 10, 1), time(2))
            e = datetime.combine(_nth_sunday(y, 4, 1), time(3))
        else:
            s = e = None
        _TRANS_CACHE[key] = (rule, s, e)
    return _TRANS_CACHE[key]


def _offset_hours(zone: str, local: datetime) -> int:
    std, _ = _ZONES[zone]
    rule, s, e = _transitions(zone, local.year)
    if rule is None:
        return std
    if rule == "AU":
        dst = not (e <= local < s)
    else:
        dst = s <= local < e
    return std + (1 if dst else 0)


def _aware(local: datetime, zone: str) -> datetime:
    return local.replace(tzinfo=timezone(timedelta(hours=_offset_hours(zone, local))))


def _iso(local: datetime, zone: str, utc: bool = False, minutes: bool = False) -> str:
    if minutes:
        local = local.replace(second=0, microsecond=0)
    else:
        local = local.replace(microsecond=0)
    a = _aware(local, zone)
    if utc:
        a = a.astimezone(timezone.utc)
    return a.isoformat(timespec="seconds")


def _at(d: date, hours: float) -> datetime:
    """Local naive datetime 'hours' after local midnight of d (hours may exceed 24 or be < 0)."""
    return datetime.combine(d, time(0)) + timedelta(seconds=round(hours * 3600))


# --------------------------------------------------------------------------------------------
# Climate and places
# --------------------------------------------------------------------------------------------
# name: (annual mean C, seasonal amplitude C, warmest day of year, diurnal range C, mean RH %,
#        summer RH shift %)
_CLIMATE = {
    "london": (11.5, 7.0, 200, 8.0, 74, -6), "amsterdam": (10.8, 7.0, 200, 7.5, 80, -5),
    "berlin": (10.3, 9.5, 200, 9.0, 72, -8), "new_york": (13.0, 12.0, 200, 8.5, 63, 8),
    "chicago": (10.5, 14.0, 200, 9.5, 68, 4), "sacramento": (16.5, 8.5, 205, 15.0, 55, -20),
    "sydney": (18.3, 4.8, 25, 7.5, 68, 4), "seville": (19.0, 8.5, 205, 14.0, 58, -15),
    "lisbon": (17.3, 5.5, 215, 9.0, 70, -8), "varese": (12.5, 10.0, 200, 10.0, 72, -4),
    "florida": (22.8, 5.5, 205, 9.0, 72, 6), "brisbane": (21.0, 5.0, 25, 10.0, 65, 6),
}
_HOMES = {  # region -> list of (zone, climate)
    "uk": [("Europe/London", "london")],
    "eu": [("Europe/Amsterdam", "amsterdam"), ("Europe/Berlin", "berlin")],
    "us": [("America/New_York", "new_york"), ("America/Chicago", "chicago"),
           ("America/Los_Angeles", "sacramento")],
    "au": [("Australia/Sydney", "sydney")],
}
_CAMPS = {  # region -> list of (zone, climate, label)
    "uk": [("Europe/Madrid", "seville", "Seville"), ("Europe/Lisbon", "lisbon", "Avis"),
           ("Europe/Rome", "varese", "Varese")],
    "eu": [("Europe/Madrid", "seville", "Seville"), ("Europe/Lisbon", "lisbon", "Avis"),
           ("Europe/Rome", "varese", "Varese")],
    "us": [("America/New_York", "florida", "Florida")],
    "au": [("Australia/Brisbane", "brisbane", "Wivenhoe")],
}
_PHASES = {
    "north_club": {9: "autumn", 10: "autumn", 11: "autumn", 12: "winter", 1: "winter",
                   2: "winter", 3: "spring", 4: "spring", 5: "race", 6: "race", 7: "race",
                   8: "off"},
    "us_college": {9: "autumn", 10: "autumn", 11: "autumn", 12: "winter", 1: "winter",
                   2: "spring", 3: "race", 4: "race", 5: "race", 6: "off", 7: "off", 8: "off"},
    "south_club": {4: "off", 5: "off", 6: "winter", 7: "winter", 8: "winter", 9: "spring",
                   10: "race", 11: "race", 12: "race", 1: "race", 2: "race", 3: "race"},
}

# USDA SR28 (ABBREV_SR28.txt): ndb -> (kcal, Ca mg, Mg mg, K mg, Na mg) per 100 g
_FOOD = {
    "09040": (89, 5, 27, 358, 1), "08120": (379, 52, 138, 362, 6), "01079": (50, 120, 11, 140, 47),
    "01085": (34, 122, 11, 156, 42), "18075": (252, 161, 75, 254, 455),
    "18069": (266, 144, 23, 126, 490), "01123": (143, 56, 12, 138, 142),
    "01129": (155, 50, 10, 126, 124), "05064": (165, 15, 29, 256, 74),
    "20045": (130, 10, 12, 35, 1), "20037": (123, 3, 39, 86, 4), "20121": (158, 7, 18, 44, 1),
    "01256": (59, 110, 11, 141, 36), "16098": (598, 49, 168, 558, 426),
    "09003": (52, 6, 5, 107, 1), "11457": (23, 99, 79, 558, 79), "11090": (34, 47, 21, 316, 33),
    "15237": (206, 15, 30, 384, 61), "11674": (93, 15, 28, 535, 10),
    "11508": (90, 38, 27, 475, 36), "12061": (579, 269, 270, 733, 1),
    "01009": (404, 710, 27, 76, 653), "15121": (86, 17, 23, 179, 247),
    "16070": (116, 19, 36, 369, 2), "09037": (160, 12, 29, 485, 7), "11529": (18, 10, 11, 237, 5),
    "11124": (41, 33, 12, 320, 69), "19047": (384, 27, 29, 223, 1240),
    "19904": (598, 73, 228, 715, 20), "18406": (275, 18, 29, 101, 534),
    "09206": (45, 11, 11, 200, 1), "16126": (78, 201, 37, 148, 12),
    "11251": (17, 33, 14, 247, 8), "09200": (47, 40, 10, 181, 0),
    "19015": (471, 61, 97, 336, 294), "09050": (57, 6, 6, 77, 1),
    "06931": (50, 26, 18, 320, 437), "23564": (204, 15, 23, 363, 75),
    "16158": (166, 38, 71, 228, 379), "11205": (15, 16, 13, 147, 2),
    "09298": (299, 50, 32, 749, 11), "14066": (352, 469, 195, 500, 156),
    "09316": (32, 16, 13, 153, 1), "09087": (282, 39, 43, 656, 2), "19297": (278, 20, 4, 77, 32),
    "20137": (120, 17, 64, 172, 7), "11233": (49, 150, 47, 491, 38), "14209": (1, 2, 3, 49, 2),
    "07081": (106, 14, 19, 371, 898), "01117": (63, 183, 17, 234, 70),
    "04053": (884, 1, 0, 1, 2), "16057": (164, 49, 48, 291, 7), "11313": (78, 24, 22, 110, 72),
    "15016": (105, 14, 42, 244, 78), "12085": (574, 45, 260, 565, 16),
}
# names as picked in a food search (full SR28 descriptions)
_FOOD_NAME = {
    "09040": "bananas, raw", "08120": "cereals, oats, regular & quick, not fortified, dry",
    "01079": "milk, reduced fat, fluid, 2% milkfat, with added vitamin a & vitamin d",
    "01085": "milk, nonfat, fluid, with added vitamin a & vitamin d (fat free or skim)",
    "18075": "bread, whole-wheat, commercial. prepared", "01123": "egg, whole, raw, fresh",
    "01129": "egg, whole, cooked, hard-boiled",
    "05064": "chicken, broilers or fryers, breast, meat only, cooked, roasted",
    "20045": "rice, white, long-grain, regular, enriched, cooked",
    "20121": "pasta, cooked, enriched, without added salt", "01256": "yogurt, greek, plain, nonfat",
    "15237": "salmon, atlantic, farmed, cooked, dry heat",
    "15121": "fish, tuna, light, canned in water, drained solids",
    "11529": "tomatoes, red, ripe, raw, year round average",
    "19904": "chocolate, dark, 70-85% cacao solids", "11251": "lettuce, cos or romaine, raw",
    "06931": "sauce, pasta, spaghetti/marinara, ready-to-serve",
    "11205": "cucumber, with peel, raw", "19297": "jams and preserves",
    "14209": "beverages, coffee, brewed, prepared with tap water",
    "07081": "turkey breast, sliced, prepackaged", "11457": "spinach, raw",
    "11090": "broccoli, raw", "09003": "apples, raw, with skin", "12061": "almonds",
    "01009": "cheese, cheddar", "11233": "kale, raw", "20137": "quinoa, cooked",
}

# meal templates: list of (ndb, grams low, grams high)
_NORMAL = {
    "breakfast": [
        [("08120", 55, 90), ("01079", 180, 280), ("09040", 100, 130), ("09050", 0, 70)],
        [("18406", 90, 105), ("16098", 22, 35), ("09040", 100, 125)],
        [("01123", 100, 150), ("18075", 55, 85), ("09206", 180, 250)],
        [("01256", 170, 250), ("19015", 0, 45), ("09316", 60, 120), ("08120", 30, 50)],
    ],
    "lunch": [
        [("05064", 110, 160), ("20045", 180, 300), ("11090", 70, 120)],
        [("15121", 90, 140), ("18075", 70, 95), ("11251", 30, 50), ("11529", 60, 100),
         ("01009", 0, 30)],
        [("16070", 150, 230), ("20037", 120, 180), ("11457", 30, 60)],
        [("07081", 60, 90), ("18406", 90, 105), ("09037", 40, 70), ("09003", 140, 180)],
        [("16158", 60, 90), ("18075", 60, 80), ("11124", 60, 100), ("01117", 150, 200)],
    ],
    "dinner": [
        [("15237", 120, 170), ("11508", 170, 250), ("11457", 40, 80)],
        [("20121", 230, 340), ("06931", 100, 150), ("23564", 90, 130), ("01009", 0, 25)],
        [("16126", 130, 180), ("20137", 160, 220), ("11090", 80, 120), ("16057", 0, 90)],
        [("05064", 130, 170), ("11674", 200, 300), ("11124", 60, 100), ("11313", 60, 100)],
        [("15016", 140, 180), ("20037", 150, 200), ("11233", 40, 70), ("04053", 5, 12)],
    ],
    "snack": [
        [("09003", 140, 190)], [("12061", 22, 35)], [("19904", 18, 30)],
        [("19047", 25, 40)], [("09298", 25, 40)], [("09087", 30, 50)],
        [("14066", 28, 32), ("01085", 220, 300)], [("01256", 150, 200), ("09050", 40, 70)],
        [("09200", 120, 150)], [("16098", 15, 25), ("09040", 100, 120)], [("12085", 20, 30)],
        [("01009", 25, 40), ("09003", 120, 160)], [("01079", 220, 320)],
        [("01117", 170, 230), ("09040", 90, 120)],
    ],
}
_RESTRICTED = {
    "breakfast": [
        [("14209", 240, 300), ("01085", 40, 90), ("09003", 120, 160)],
        [("18069", 35, 55), ("19297", 12, 20), ("14209", 200, 280), ("01085", 0, 60)],
        [("01123", 50, 60), ("18069", 30, 40), ("14209", 200, 250)],
    ],
    "lunch": [
        [("05064", 90, 120), ("20045", 100, 150), ("11205", 60, 100)],
        [("15121", 80, 110), ("20045", 90, 130), ("11251", 20, 35)],
        [("05064", 80, 110), ("11205", 80, 120), ("11251", 25, 40)],
    ],
    "dinner": [
        [("05064", 100, 130), ("20045", 110, 160), ("11205", 60, 90)],
        [("15016", 110, 150), ("20045", 100, 140), ("11251", 20, 35)],
        [("20121", 130, 170), ("06931", 50, 80)],
        [("01123", 100, 120), ("18069", 40, 60), ("11205", 50, 80)],
    ],
    "snack": [[("09003", 120, 160)], [("19047", 20, 30)], [("18069", 25, 35), ("19297", 10, 15)],
              [("09200", 110, 140)]],
}
_RDA = {"female": (310, 2600, 1000), "male": (400, 3400, 1000)}  # Mg, K, Ca (19-30 y)

_ROW_MUSCLES = ["quadriceps", "hamstring", "glute", "lower_back", "upper_back", "biceps",
                "forearm"]
_EX_CRAMP_MUSCLES = (["hamstring"] * 20 + ["calf"] * 20 + ["quadriceps"] * 12 + ["foot"] * 12 +
                     ["forearm"] * 12 + ["hand"] * 8 + ["fingers"] * 5 + ["toes"] * 5 +
                     ["abdomen"] * 3 + ["lower_back"] * 3)
_EP_NOTES_NEUTRAL = [
    "woke me up", "at the catch", "last piece", "coming off the water", "in the shower",
    "on the bike home", "couldn't straighten the leg for a bit", "sore afterwards",
    "annoying", "went after a minute", "had to stop rowing", "while carrying the boat",
    "sitting in lecture", "at my desk", "feet in the stretchers", "drank loads today though",
    "maybe need more salt?", "too much coffee?", "stress?", "same as last time", "",
]


def _clip(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


def _wsample(rng, items, weights, k):
    """Weighted sample without replacement (Efraimidis-Spirakis)."""
    keyed = []
    for it, w in zip(items, weights):
        if w <= 0:
            continue
        keyed.append((rng.random() ** (1.0 / w), len(keyed), it))
    keyed.sort(reverse=True)
    return [it for _, _, it in keyed[:k]]


def _apparent(t: float, rh: float) -> float:
    """Steadman-style apparent temperature without wind."""
    if t < 20:
        return t
    e = rh / 100.0 * 6.105 * math.exp(17.27 * t / (237.7 + t))
    return t + 0.33 * e - 4.0


# --------------------------------------------------------------------------------------------
# World model
# --------------------------------------------------------------------------------------------
@dataclass
class _Session:
    day: int
    kind: str
    activity: str
    start_h: float
    dur: float
    rpe: float
    indoor: bool
    desc: str = ""
    temp: float = 15.0
    rh: float = 60.0
    app_t: float = 15.0
    sweat_l: float = 0.0
    drink_l: float = 0.0
    drink_type: str = "water"
    drink_na: float = 0.0
    rec_l: float = 0.0
    rec_type: str = "water"
    rec_na: float = 0.0
    rec_delay: float = 20.0
    na_loss: float = 0.0
    pre_kg: float = 0.0
    post_kg: float = 0.0
    loss_pct: float = 0.0
    load: float = 0.0
    dist: float = 0.0
    hr: int = 0
    suit: bool = False
    weighed: bool = False
    episode_note: str = ""
    shown_temp: bool = False
    shown_rpe: bool = False
    shown_fluids: bool = False
    post_logged: bool = True


@dataclass
class _Day:
    i: int
    d: date
    zone: str
    climate: str
    phase: str
    tmin: float = 0.0
    tmax: float = 0.0
    rh: float = 60.0
    flags: set = field(default_factory=set)
    sessions: list = field(default_factory=list)
    wake_h: float = 7.0           # hours after local midnight of this day
    bed_h: float = -1.5           # bedtime of the night before, hours after midnight (negative)
    onset_h: float = -1.3
    sleep_h: float = 8.0
    sleep_q: int = 3
    morning_kg: float = 60.0
    careful_fluids: bool = False
    food_logged: bool = False
    diet: str = "normal"
    mg: float = 0.0
    k: float = 0.0
    ca: float = 0.0
    kcal: float = 0.0
    meals: list = field(default_factory=list)
    shown_sleep: bool = False


def _temp_at(day: _Day, h: float) -> float:
    h = h % 24
    if 5 <= h <= 15:
        s = 0.5 - 0.5 * math.cos(math.pi * (h - 5) / 10)
    else:
        hh = (h - 15) % 24
        s = 0.5 + 0.5 * math.cos(math.pi * hh / 14)
    return day.tmin + (day.tmax - day.tmin) * s, s


class _World:
    def __init__(self, seed: int, attempt: int, force: str | None):
        self.seed, self.attempt, self.force = seed, attempt, force
        base = f"rowerAB|{seed}|{attempt}"
        self.r_person = random.Random(base + "|person")
        self.r_cal = random.Random(base + "|calendar")
        self.r_wx = random.Random(base + "|weather")
        self.r_sess = random.Random(base + "|sessions")
        self.r_phys = random.Random(base + "|physiology")
        self.r_sleep = random.Random(base + "|sleep")
        self.r_diet = random.Random(base + "|diet")
        self.r_log = random.Random(base + "|logging")
        self.r_med = random.Random(base + "|medication")
        self._person()
        self._calendar()
        self._weather()
        self._schedule()
        self._physiology()
        self._sleep()
        self._logging_plan()
        self._diet_and_meds()
        self.finished = False

    # ---------------------------------------------------------------- what gets recorded
    def _logging_plan(self):
        r = random.Random(f"rowerAB|{self.seed}|{self.attempt}|recording")
        careful = r.random() < self.p_careful
        prev = None
        for dd in self.days:
            busy = (dd.phase == "race" or "camp" in dd.flags or dd.tmax >= 25 or
                    any(s.dur >= 90 for s in dd.sessions))
            lazy = "break" in dd.flags or dd.phase == "off"
            p = _clip(self.p_careful + (0.2 if busy else 0) - (0.2 if lazy else 0), 0.05, 0.95)
            if r.random() < 0.3:
                careful = r.random() < p
            dd.careful_fluids = careful
            dd.shown_sleep = dd.i > 0 and r.random() < self.p_watch and not (
                prev is not None and "night_out" in prev.flags and r.random() < 0.4)
            for s in dd.sessions:
                erg = s.activity == "rowing" and s.indoor
                p_w = self.p_prepost if s.activity == "rowing" else 0.25
                if "regatta" in dd.flags:
                    p_w *= 0.5
                s.weighed = r.random() < p_w
                s.post_logged = r.random() < 0.95
                s.shown_fluids = (careful and r.random() < 0.92) or (
                    not careful and r.random() < 0.06)
                s.shown_rpe = r.random() < self.p_rpe
                if erg:
                    s.shown_temp = r.random() < self.p_temp_erg
                elif s.indoor:
                    s.shown_temp = False
                else:
                    s.shown_temp = r.random() < self.p_temp_out
            prev = dd

    # ---------------------------------------------------------------- person
    def _person(self):
        r = self.r_person
        if self.force == "heat":   # heat-driven cramps need a place and a period with heat
            self.region = r.choices(["us", "au"], weights=[4, 1.5])[0]
        else:
            self.region = r.choices(["uk", "eu", "us", "au"], weights=[3, 2, 4, 1.5])[0]
        self.home_zone, self.home_climate = r.choice(_HOMES[self.region])
        if self.region == "us":
            self.squad = "college" if r.random() < 0.75 else "club"
        elif self.region == "uk":
            self.squad = "college" if r.random() < 0.45 else "club"
        else:
            self.squad = "college" if r.random() < 0.3 else "club"
        self.template = ("south_club" if self.region == "au" else
                         "us_college" if (self.region == "us" and self.squad == "college")
                         else "north_club")
        self.sex = "female" if r.random() < 0.55 else "male"
        if self.squad == "college":
            self.age = r.randint(18, 23)
        else:
            self.age = int(_clip(r.gauss(29, 8), 20, 54))
        self.imperial = self.region == "us" and r.random() < 0.85
        if self.sex == "female":
            self.limit = 59.0
            self.height = round(_clip(r.gauss(170, 4), 160, 182), 1)
            self.hrmax = r.randint(186, 202) - max(0, self.age - 25) // 2
        else:
            self.limit = 72.5
            self.height = round(_clip(r.gauss(182, 4), 172, 192), 1)
            self.hrmax = r.randint(184, 200) - max(0, self.age - 25) // 2
        self.race_kg = self.limit - r.uniform(0.4, 1.3)
        self.off_extra = r.uniform(2.0, 4.5)
        self.sweat_base = (_clip(r.gauss(0.85, 0.15), 0.55, 1.3) +
                           (0.12 if self.sex == "male" else 0))
        self.sweat_na = _clip(r.gauss(850, 260), 350, 1600)     # mg per litre of sweat
        self.drink_ratio = r.uniform(0.3, 0.65)
        self.p_sports = r.uniform(0.08, 0.3)
        self.p_elec = r.uniform(0.03, 0.14)
        self.p_careful = r.uniform(0.3, 0.7)
        self.p_prepost = r.uniform(0.75, 0.93)
        self.p_morning = r.uniform(0.45, 0.85)
        self.p_rpe = r.uniform(0.62, 0.95)
        self.p_hr = r.uniform(0.5, 0.9)
        self.p_temp_out = r.uniform(0.72, 0.95)
        self.p_temp_erg = r.uniform(0.1, 0.5)
        self.p_watch = r.uniform(0.76, 0.93)
        self.sleep_utc = r.random() < 0.25
        self.p_food = r.uniform(0.22, 0.55)
        self.p_mgroups = r.uniform(0.15, 0.8)
        self.p_coffee = r.uniform(0.3, 0.95)
        self.usual_bed = (23.2 if self.squad == "college" else 22.7) + _clip(r.gauss(0, 0.35),
                                                                             -0.7, 0.9)
        self.weekday_wake = (7.4 if self.squad == "college" else 6.8) + r.gauss(0, 0.25)
        self.early_start = (r.uniform(5.4, 6.2) if self.squad == "college"
                            else r.uniform(5.6, 6.7))
        self.commute = r.uniform(0.3, 0.6)
        self.bed_compliance = r.uniform(0.0, 0.8)
        self.p_night_out = r.uniform(0.06, 0.28) * (1.3 if self.squad == "college" else 0.8)
        self.erg_room_hot = r.random() < 0.5
        # some squads row after class / work and do the erg or weights early instead
        self.pm_squad = r.random() < (0.45 if self.template == "us_college" else 0.25)
        self.erg_pace = (r.uniform(127, 136) if self.sex == "female" else r.uniform(113, 121))
        self.boat_speed = r.uniform(10.5, 13.0)
        self.multivit = r.random() < 0.3
        self.iron = self.sex == "female" and r.random() < 0.3
        self.seat = r.choice(["1x", "2x", "4x", "8+", "4-", "2-"])

    # ---------------------------------------------------------------- calendar
    def _calendar(self):
        r = self.r_cal
        self.n_days = r.randint(120, 365)
        self.start_date = date(2023, 1, 2) + timedelta(days=r.randint(0, 900))
        if self.force == "heat":   # the observed period covers the warm season
            self.n_days = r.randint(150, 365)
            peak = _CLIMATE[self.home_climate][2]
            y = self.start_date.year + 1
            hot = date(y, 1, 1) + timedelta(days=peak - 1 + r.randint(-20, 20))
            self.start_date = hot - timedelta(days=r.randint(35, self.n_days - 35))
        phases = _PHASES[self.template]
        self.days: list[_Day] = []
        for i in range(self.n_days):
            d = self.start_date + timedelta(days=i)
            self.days.append(_Day(i, d, self.home_zone, self.home_climate, phases[d.month]))
        days = self.days
        byd = {dd.d: dd for dd in days}

        def mark(d0: date, n: int, flag: str):
            for k in range(n):
                dd = byd.get(d0 + timedelta(days=k))
                if dd is not None:
                    dd.flags.add(flag)

        years = range(self.start_date.year - 1, self.start_date.year + 3)
        for y in years:
            # Christmas break
            if self.template == "us_college":
                mark(date(y, 12, r.randint(12, 16)), r.randint(17, 21), "break")
                mark(date(y, 12, 1), 12, "exam")
                mark(date(y, 4, r.randint(26, 30)), 10, "exam")
            else:
                mark(date(y, 12, r.randint(21, 24)), r.randint(8, 12), "break")
                if self.squad == "college":
                    if self.template == "south_club":
                        mark(date(y, 6, 3), 12, "exam")
                        mark(date(y, 11, 1), 12, "exam")
                    else:
                        mark(date(y, 1, 8), 9, "exam")
                        mark(date(y, 5, r.randint(15, 22)), 12, "exam")
            # off-season break: first 2-3 weeks of the off phase
            first_off = None
            for m in (4, 6, 8):
                if _PHASES[self.template].get(m) == "off" and (
                        _PHASES[self.template].get(m - 1) != "off"):
                    first_off = date(y, m, 1)
            if first_off:
                mark(first_off + timedelta(days=r.randint(-3, 5)), r.randint(13, 21), "break")
            # camps
            camps = []
            if self.template == "us_college":
                camps.append((date(y, 1, r.randint(2, 5)), r.randint(8, 10), True))
                camps.append((date(y, 3, r.randint(7, 14)), r.randint(7, 9), r.random() < 0.5))
            elif self.template == "north_club":
                camps.append((date(y, 3, 20) + timedelta(days=r.randint(0, 24)),
                              r.randint(7, 10), r.random() < 0.8))
                if r.random() < 0.5:
                    camps.append((date(y, 1, r.randint(3, 6)), r.randint(5, 7), False))
            else:
                camps.append((date(y, 1, r.randint(3, 8)), r.randint(7, 9), r.random() < 0.7))
                if r.random() < 0.5:
                    camps.append((date(y, 9, r.randint(10, 20)), r.randint(6, 8), False))
            for c0, n, away in camps:
                if r.random() < 0.12:   # squad skipped the camp this year
                    continue
                zone, clim, label = r.choice(_CAMPS[self.region])
                for k in range(n):
                    dd = byd.get(c0 + timedelta(days=k))
                    if dd is None:
                        continue
                    dd.flags.add("camp")
                    dd.flags.discard("break")
                    dd.flags.discard("exam")
                    if k == 0:
                        dd.flags.add("travel")
                    if away:
                        dd.zone, dd.climate = zone, clim
                        dd.flags.add("away:" + label)
        # regattas / head races / tests
        for dd in days:
            if "camp" in dd.flags or "break" in dd.flags:
                continue
            wd = dd.d.weekday()
            if dd.phase == "race" and wd == 5 and r.random() < 0.5:
                dd.flags.add("regatta")
                nxt = byd.get(dd.d + timedelta(days=1))
                if nxt is not None and r.random() < 0.4 and "break" not in nxt.flags:
                    nxt.flags.add("regatta")
            if dd.phase == "autumn" and dd.d.month in (10, 11, 3, 4, 5) and wd in (5, 6) \
                    and r.random() < 0.18:
                dd.flags.add("head")
        for dd in days:
            if "regatta" in dd.flags:
                prev = byd.get(dd.d - timedelta(days=1))
                if prev is not None and "regatta" not in prev.flags:
                    prev.flags.add("makeweight")
        last_test = -40
        for dd in days:
            if dd.phase in ("winter", "spring") and dd.d.weekday() in (1, 2, 3) and \
                    dd.i - last_test > r.randint(20, 32) and not (dd.flags & {"camp", "break"}):
                dd.flags.add("test")
                last_test = dd.i
        # illnesses
        for _ in range(r.choice([0, 1, 1, 2])):
            s = r.randint(0, self.n_days - 1)
            for k in range(r.randint(3, 8)):
                if s + k < self.n_days:
                    days[s + k].flags.add("ill")
        for dd in days:
            if dd.d.weekday() in (4, 5) and not (dd.flags & {"camp", "regatta", "makeweight",
                                                             "ill"}):
                nxt = byd.get(dd.d + timedelta(days=1))
                if nxt is None or not (nxt.flags & {"regatta", "camp", "head"}):
                    p = self.p_night_out * (1.6 if "break" in dd.flags else 1.0)
                    if r.random() < p:
                        dd.flags.add("night_out")

    # ---------------------------------------------------------------- weather
    def _weather(self):
        r = self.r_wx
        anom = 0.0
        wave = 0
        for dd in self.days:
            mean, amp, peak, drange, rhm, rhs = _CLIMATE[dd.climate]
            doy = dd.d.timetuple().tm_yday
            c = math.cos(2 * math.pi * (doy - peak) / 365.25)
            anom = 0.72 * anom + r.gauss(0, 2.0)
            if wave > 0:
                wave -= 1
            elif c > 0.6 and r.random() < 0.025:
                wave = r.randint(3, 7)
            hw = r.uniform(4.5, 8.5) if wave > 0 else 0.0
            tmean = mean + amp * c + anom + hw
            dr = drange * r.uniform(0.75, 1.2)
            dd.tmin = round(tmean - dr / 2, 1)
            dd.tmax = round(tmean + dr / 2 + (1.0 if wave else 0.0), 1)
            dd.rh = _clip(rhm + rhs * (c + 1) / 2 + r.gauss(0, 8), 22, 98)

    # ---------------------------------------------------------------- sessions
    _TPL = {
        "autumn": {0: [("strength", .6, "pm")], 1: [("water", .95, "am"), ("erg", .45, "pm")],
                   2: [("water", .9, "am")], 3: [("water", .95, "am"), ("strength", .55, "pm")],
                   4: [("cross", .2, "pm")], 5: [("water_long", .95, "wk")],
                   6: [("erg", .6, "wk")]},
        "winter": {0: [("erg", .9, "am"), ("strength", .55, "pm")], 1: [("erg", .9, "pm")],
                   2: [("erg", .85, "am"), ("strength", .65, "pm")], 3: [("erg", .85, "pm")],
                   4: [("cross", .3, "pm")], 5: [("water", .6, "wk")],
                   6: [("erg_long", .75, "wk")]},
        "spring": {0: [("erg", .7, "am"), ("strength", .5, "pm")], 1: [("water", .95, "am")],
                   2: [("water", .9, "am"), ("erg", .5, "pm")],
                   3: [("water", .95, "am"), ("strength", .5, "pm")], 4: [],
                   5: [("water_long", .95, "wk")], 6: [("water", .75, "wk")]},
        "race": {0: [("erg", .35, "pm")], 1: [("water", .95, "am")],
                 2: [("water", .9, "am"), ("strength", .35, "pm")], 3: [("water", .95, "am")],
                 4: [("water", .45, "am")], 5: [("water_long", .9, "wk")],
                 6: [("water", .7, "wk")]},
        "off": {0: [("cross", .4, "pm")], 1: [("cross", .35, "pm")], 2: [("cross", .4, "pm")],
                3: [("cross", .3, "pm")], 4: [], 5: [("cross", .5, "wk")],
                6: [("cross", .45, "wk")]},
    }

    def _new_session(self, dd: _Day, kind: str, start_h: float) -> _Session:
        r = self.r_sess
        female = self.sex == "female"
        desc = ""
        indoor = False
        act = "rowing"
        if kind == "water":
            sub = r.choices(["steady", "intervals", "pieces"], weights=[50, 35, 15])[0]
            dur = r.uniform(70, 105)
            rpe = {"steady": r.uniform(4, 5.5), "intervals": r.uniform(6, 7.5),
                   "pieces": r.uniform(7.3, 8.6)}[sub]
            desc = r.choice({"steady": ["steady state, 2 x 8k", "UT2 paddling, technical drills",
                                        "steady 16k", "pause drills + steady"],
                             "intervals": ["3 x 12' r20/22/24", "4 x 10' UT1", "8 x 3' on 2'",
                                           "2 x 5k r22"],
                             "pieces": ["6 x 500m race pace", "3 x 1500m", "starts + 250s",
                                        "2 x 2k side by side"]}[sub])
        elif kind == "water_long":
            dur = r.uniform(95, 150)
            rpe = 5.0 + 0.018 * (dur - 95) + r.gauss(0, 0.5)
            desc = r.choice(["long row 20k", "long steady, up to the lock and back",
                             "22k steady", "long UT2 + 3 x 1k"])
        elif kind == "erg":
            indoor = True
            sub = r.choices(["UT2", "UT1", "AT"], weights=[50, 32, 18])[0]
            dur = {"UT2": r.uniform(55, 80), "UT1": r.uniform(62, 80), "AT": r.uniform(48, 65)}[sub]
            rpe = {"UT2": r.uniform(4, 5.5), "UT1": r.uniform(6, 7.2), "AT": r.uniform(7, 8.2)}[sub]
            desc = r.choice({"UT2": ["60' UT2 r18", "3 x 20' r18/20", "UT2 steady 14k"],
                             "UT1": ["3 x 20' UT1 r20/22/24", "4 x 15' r22", "2 x 25' r20"],
                             "AT": ["5 x 1500m / 5'", "8 x 500m / 2'", "4 x 2k AT"]}[sub])
        elif kind == "erg_long":
            indoor = True
            dur = r.uniform(80, 105)
            rpe = 5.2 + 0.02 * (dur - 80) + r.gauss(0, 0.4)
            desc = r.choice(["90' steady", "20k erg", "2 x 45' UT2"])
        elif kind == "erg_test":
            indoor = True
            sub = r.choice(["2k", "6k", "30r20"])
            dur = {"2k": r.uniform(38, 48), "6k": r.uniform(50, 60),
                   "30r20": r.uniform(52, 60)}[sub]
            rpe = {"2k": r.uniform(9.4, 10), "6k": r.uniform(8.8, 9.6),
                   "30r20": r.uniform(7.8, 8.6)}[sub]
            if sub == "2k":
                t = (7.45 if female else 6.6) * 60 * r.uniform(0.97, 1.03)
                desc = f"2k test {int(t // 60)}:{t % 60:04.1f}"
            else:
                desc = {"6k": "6k test", "30r20": "30' r20 test"}[sub]
        elif kind == "strength":
            act = "strength"
            dur = r.uniform(45, 75)
            rpe = r.uniform(5, 7.5)
            indoor = True
            desc = r.choice(["squats, deadlifts, pulls", "circuit", "weights: legs + core",
                             "power cleans, bench pull"])
        elif kind == "cross":
            act = r.choices(["cycling", "running", "swimming", "elliptical", "hiking"],
                            weights=[35, 30, 12, 10, 8])[0]
            dur = r.uniform(30, 90)
            rpe = r.uniform(3, 6)
            indoor = act in ("swimming", "elliptical")
        elif kind == "race":
            dur = r.uniform(35, 50)
            rpe = r.uniform(9.2, 10)
            desc = r.choice(["heat", "final", "rep", "semi", "time trial"])
        elif kind == "head":
            dur = r.uniform(55, 80)
            rpe = r.uniform(8.2, 9.2)
            desc = "head race"
        elif kind == "sweat":
            indoor = True
            dur = r.uniform(25, 45)
            rpe = r.uniform(3.5, 5)
            desc = "light erg in layers to make weight"
        else:
            raise ValueError(kind)
        if "break" in dd.flags or dd.phase == "off":
            rpe = max(2.5, rpe - 1.0)
        if kind in ("water", "water_long", "head", "race") and dd.tmax < 1.0 and \
                self.home_climate == "chicago":
            indoor = True     # river frozen: moved indoors
            kind = "erg"
            desc = "river frozen, erg instead"
        s = _Session(dd.i, kind, act, start_h, dur, _clip(rpe, 1, 10), indoor, desc)
        s.suit = kind == "sweat"
        return s

    def _schedule(self):
        r = self.r_sess
        for dd in self.days:
            f = dd.flags
            wd = dd.d.weekday()
            plan: list[tuple[str, str]] = []
            if "ill" in f:
                plan = []
            elif "regatta" in f:
                n = r.choice([1, 2, 2, 3])
                first = r.uniform(8.5, 11.5)
                for k in range(n):
                    plan.append(("race", f"{first + k * r.uniform(2.5, 4.0):.3f}"))
            elif "head" in f:
                plan = [("head", f"{r.uniform(9.5, 13.0):.3f}")]
            elif "camp" in f:
                if "travel" in f:
                    plan = [("water", "pm")] if r.random() < 0.6 else []
                else:
                    plan = [("water", "campam")]
                    if r.random() < 0.78:
                        plan.append(("erg" if r.random() < 0.25 else "water", "camppm"))
                    if r.random() < 0.2:
                        plan.append(("strength", "evening"))
            elif "break" in f:
                if r.random() < 0.2:
                    plan = [("cross", "wk")]
            else:
                for kind, p, slot in self._TPL[dd.phase][wd]:
                    if r.random() < p:
                        plan.append((kind, slot))
                if "test" in f:
                    plan = [("erg_test" if k in ("erg", "water") and i == 0 else k, s)
                            for i, (k, s) in enumerate(plan)] or [("erg_test", "pm")]
                if "makeweight" in f:
                    plan = [("water", "am")] if r.random() < 0.7 else []
                    if r.random() < 0.4:
                        plan.append(("sweat", "pm"))
                if "exam" in f:
                    plan = [p for p in plan if r.random() < 0.5]
                if plan and r.random() < 0.05:
                    plan.pop(r.randrange(len(plan)))
            t_pm = r.uniform(16.3, 18.4)
            for kind, slot in plan:
                if slot == "am" and self.pm_squad:
                    st = r.uniform(15.0, 16.6)
                elif slot == "am":
                    st = self.early_start + r.gauss(0, 0.12)
                    if kind in ("erg", "erg_test") and wd in (5, 6):
                        st = r.uniform(7.5, 9.0)
                elif slot == "pm" and self.pm_squad:
                    st = r.uniform(6.2, 7.0)
                elif slot == "pm":
                    st = t_pm
                    t_pm += 1.4
                elif slot == "wk":
                    st = r.uniform(7.4, 9.2)
                elif slot == "campam":
                    st = r.uniform(6.8, 7.6)
                elif slot == "camppm":
                    st = r.uniform(15.3, 16.6)
                elif slot == "evening":
                    st = r.uniform(18.5, 19.2)
                else:
                    st = float(slot)
                dd.sessions.append(self._new_session(dd, kind, st))
            dd.sessions.sort(key=lambda s: s.start_h)
            # avoid overlaps
            for a, b in zip(dd.sessions, dd.sessions[1:]):
                if b.start_h < a.start_h + a.dur / 60 + 0.3:
                    b.start_h = a.start_h + a.dur / 60 + r.uniform(0.3, 0.8)
        self.sessions = [s for dd in self.days for s in dd.sessions]
        for s in self.sessions:
            s.load = s.dur * s.rpe

    # ---------------------------------------------------------------- physiology
    def _physiology(self):
        r = self.r_phys
        # morning body mass
        target_extra = {"off": self.off_extra, "autumn": self.off_extra * 0.75,
                        "winter": self.off_extra * 0.6, "spring": self.off_extra * 0.3,
                        "race": 0.15}
        extra = target_extra[self.days[0].phase] + r.uniform(-0.4, 0.4)
        noise = 0.0
        for dd in self.days:
            extra += 0.045 * (target_extra[dd.phase] - extra)
            noise = 0.6 * noise + r.gauss(0, 0.25)
            m = self.race_kg + extra + noise
            if "regatta" in dd.flags:
                m = min(m, self.limit - r.uniform(0.1, 0.5))
            if "break" in dd.flags:
                m += 0.3
            dd.morning_kg = m
        for dd in self.days:
            hot_day = dd.tmax >= 25
            for s in dd.sessions:
                mid = s.start_h + s.dur / 120
                t_out, shape = _temp_at(dd, mid)
                rh_out = _clip(dd.rh + 15 * (1 - shape) - 7.5 + r.gauss(0, 4), 15, 100)
                if s.indoor:
                    if self.erg_room_hot and s.kind != "strength":
                        t = max(r.uniform(12, 17), 0.62 * t_out + 9.5 + r.gauss(0, 1.2))
                    else:
                        t = r.uniform(18, 22.5)
                    rh = _clip(r.gauss(48, 8), 25, 75)
                else:
                    t, rh = t_out + r.gauss(0, 0.6), rh_out
                s.temp, s.rh = round(t, 1), round(rh)
                s.app_t = _apparent(s.temp, s.rh)
                heat_f = _clip(1 + 0.035 * (s.app_t - 15), 0.7, 2.2)
                inten = 0.35 + 0.09 * s.rpe
                if s.activity == "swimming":
                    inten *= 0.5
                rate = self.sweat_base * inten * heat_f * (1.55 if s.suit else 1.0)
                rate *= r.uniform(0.88, 1.12)
                s.sweat_l = rate * s.dur / 60
                s.na_loss = s.sweat_l * self.sweat_na * r.uniform(0.9, 1.1)
                # drinking during the session
                p_bottle = {"race": 0.35, "sweat": 0.0, "head": 0.6}.get(s.kind, 0.88)
                if r.random() < p_bottle:
                    ratio = _clip(r.gauss(self.drink_ratio, 0.2), 0.05, 1.15)
                    if dd.flags & {"makeweight", "regatta"}:
                        ratio *= 0.3
                    cap = 0.75 if s.dur < 75 else 1.5
                    s.drink_l = min(cap, s.sweat_l * ratio)
                    boost = 1.7 if (hot_day or "camp" in dd.flags) else 1.0
                    u = r.random()
                    if u < self.p_elec * boost:
                        s.drink_type = "electrolyte_drink"
                        s.drink_na = s.drink_l * r.choice([600, 700, 1000])
                    elif u < (self.p_elec + self.p_sports) * boost:
                        s.drink_type = "sports_drink"
                        s.drink_na = s.drink_l * 460
                    else:
                        s.drink_type = "water"
                        s.drink_na = 0.0
                # recovery drink
                if r.random() < 0.7:
                    s.rec_l = r.uniform(0.3, 0.75)
                    s.rec_type = r.choices(["water", "milk", "sports_drink", "ors"],
                                           weights=[60, 22, 14, 4])[0]
                    s.rec_na = s.rec_l * {"water": 0, "milk": 430, "sports_drink": 460,
                                          "ors": 1725}[s.rec_type]
                    s.rec_delay = r.uniform(5, 50)
                # weigh-ins
                hours_in = max(0.0, s.start_h - dd.wake_h) if dd.wake_h else 0.0
                pre = dd.morning_kg + (0.0 if s.start_h < 8 else r.uniform(0.2, 0.8))
                pre += r.gauss(0, 0.12)
                net = s.sweat_l - s.drink_l + 0.04 * s.dur / 60
                post = pre - net + r.gauss(0, 0.08)
                if s.kind in ("water", "water_long") and r.random() < 0.15:
                    post += r.uniform(0.05, 0.25)   # wet kit
                s.pre_kg, s.post_kg = pre, post
                s.loss_pct = 100 * net / pre
                del hours_in
                # distance, heart rate
                if s.activity == "rowing":
                    if s.indoor:
                        pace = self.erg_pace - (s.rpe - 5) * 3.0   # s per 500 m
                        active = s.dur * (0.82 if s.kind != "erg_test" else 0.55)
                        s.dist = active * 60 / pace * 0.5
                    else:
                        s.dist = s.dur / 60 * self.boat_speed * r.uniform(0.7, 0.9)
                elif s.activity == "cycling":
                    s.dist = s.dur / 60 * r.uniform(22, 30)
                elif s.activity == "running":
                    s.dist = s.dur / 60 * r.uniform(9.5, 12.5)
                elif s.activity == "hiking":
                    s.dist = s.dur / 60 * r.uniform(3.5, 5)
                elif s.activity == "swimming":
                    s.dist = s.dur / 60 * r.uniform(2.0, 3.0)
                hr = 60 + (self.hrmax - 60) * (0.4 + 0.052 * s.rpe) + 0.25 * max(0, s.app_t - 20)
                if s.activity == "strength":
                    hr -= 25
                s.hr = int(_clip(hr + r.gauss(0, 4), 80, self.hrmax))

    # ---------------------------------------------------------------- sleep
    def _sleep(self):
        r = self.r_sleep
        prev_flags: set = set()
        for dd in self.days:
            f = dd.flags
            wd = dd.d.weekday()
            first = dd.sessions[0].start_h if dd.sessions else None
            if first is not None and first < 9.5:
                c = 0.2 if "camp" in f else self.commute
                wake = first - c - r.uniform(0.2, 0.4)
                if "regatta" in f:
                    wake = min(wake, r.uniform(5.0, 6.0))
            elif wd < 5 and "break" not in f:
                wake = self.weekday_wake + r.gauss(0, 0.15)
            else:
                wake = r.gauss(8.4, 0.5)
            if "ill" in f:
                wake += r.uniform(0.3, 1.2)
            bed = self.usual_bed + r.gauss(0, 0.4) - 24
            if wake < 6.2:
                bed -= self.bed_compliance * r.uniform(0.3, 1.0)
            latency = r.uniform(0.1, 0.4)
            waso = r.uniform(0.0, 0.35)
            if "night_out" in prev_flags:
                bed = r.uniform(0.4, 2.2)
                wake = max(wake, min(wake + r.uniform(0.5, 2.5), 10.5)) if wake > 7 else wake
            if "exam" in f or "exam" in prev_flags:
                bed += r.uniform(0.3, 1.6)
            if "regatta" in f or "travel" in f:
                latency += r.uniform(0.2, 0.9)
                waso += r.uniform(0.1, 0.5)
            if "camp" in f and "travel" not in f:
                bed = r.uniform(21.6, 22.4) - 24
            onset = bed + latency
            hours = max(2.5, wake - onset - waso)
            dd.bed_h, dd.onset_h, dd.wake_h, dd.sleep_h = bed, onset, wake, hours
            q = 3 + (hours - 7) * 0.8 + r.gauss(0, 0.7) - (0.8 if "regatta" in f else 0)
            dd.sleep_q = int(_clip(round(q), 1, 5))
            prev_flags = f
        hs = sorted(dd.sleep_h for dd in self.days[1:])
        self.usual_sleep = hs[len(hs) // 2]

    # ---------------------------------------------------------------- diet, meds, supplements
    def _diet_and_meds(self):
        r = self.r_diet
        n = self.n_days
        # low-mineral phase (planted for nutrient_deficiency, a decoy in some other journals)
        self.def_phase = None
        want_def = self.force == "nutrient_deficiency" or (
            self.force != "nutrient_deficiency" and r.random() < 0.3)
        if want_def and n >= 110:
            length = r.randint(42, 77)
            lo = 28
            hi = n - length - 14
            if hi > lo:
                s0 = r.randint(lo, hi)
                self.def_phase = (s0, s0 + length)
        # magnesium supplement stint (decided before the meals so that it counts in intake)
        rm = self.r_med
        self.mg_stint = None
        if self.force == "nutrient_deficiency" and self.def_phase and rm.random() < 0.5:
            s0 = self.def_phase[1] - rm.randint(0, 5)
            self.mg_stint = (s0, min(n, s0 + rm.randint(21, 50)))
        elif self.force != "nutrient_deficiency" and rm.random() < 0.2:
            s0 = rm.randint(0, max(1, n - 30))
            self.mg_stint = (s0, min(n, s0 + rm.randint(21, 50)))
        # medications
        self.meds = []           # (name, start_index or date, end_index or None, crampy)
        want_med = self.force == "medication" or (self.force != "medication" and
                                                   rm.random() < 0.25)
        if want_med:
            if self.age < 30:
                name = rm.choice(["salmeterol", "formoterol", "naproxen"])
            else:
                name = rm.choice(["hydrochlorothiazide", "indapamide", "atorvastatin",
                                  "simvastatin", "salmeterol", "naproxen"])
            s0 = int(n * rm.uniform(0.25, 0.55))
            e0 = None
            if rm.random() < 0.5:
                e0 = int(n * rm.uniform(0.72, 0.92))
            self.meds.append((name, s0, e0, True))
        if rm.random() < 0.5:   # unrelated medicines
            name = rm.choice(["cetirizine", "loratadine", "amoxicillin", "mometasone nasal spray",
                              "levothyroxine" if self.age > 35 else "cetirizine"])
            if name == "amoxicillin":
                s0 = rm.randint(0, n - 10)
                self.meds.append((name, s0, s0 + 7, False))
            elif name == "levothyroxine":
                self.meds.append((name, -rm.randint(100, 900), None, False))
            else:
                s0 = rm.randint(-60, n - 30)
                e0 = s0 + rm.randint(30, 120)
                self.meds.append((name, s0, e0 if e0 < n else None, False))

    def finish(self):
        """Meals and logging habits (only needed once the world is accepted)."""
        if self.finished:
            return
        self.finished = True
        r = self.r_diet
        # weight-making weeks: the 7 days before a regatta
        cut_days = set()
        for dd in self.days:
            if "regatta" in dd.flags:
                for k in range(1, 8):
                    cut_days.add(dd.i - k)
        streak = self.r_log.random() < self.p_food
        for dd in self.days:
            if self.def_phase and self.def_phase[0] <= dd.i < self.def_phase[1]:
                dd.diet = "restricted"
            elif dd.i in cut_days or (dd.phase == "spring" and r.random() < 0.3):
                dd.diet = "cut"
            elif "break" in dd.flags:
                dd.diet = "holiday"
            pf = self.p_food + (0.25 if dd.diet in ("cut", "restricted") else 0) - (
                0.15 if dd.diet == "holiday" else 0)
            # clustered logging: persist the previous state with p 0.8
            if self.r_log.random() < 0.8:
                pass
            else:
                streak = self.r_log.random() < pf
            dd.food_logged = streak
            self._day_meals(dd)

    def _day_meals(self, dd: _Day):
        r = self.r_diet
        tpl = _RESTRICTED if dd.diet == "restricted" else _NORMAL
        scale = {"normal": 1.0, "cut": 0.8, "holiday": 1.15, "restricted": 1.15}[dd.diet]
        if self.sex == "male":
            scale *= 1.2
        first = dd.sessions[0] if dd.sessions else None
        if first is not None and first.start_h < 9:
            bh = first.start_h + first.dur / 60 + r.uniform(0.4, 1.0)
        else:
            bh = max(dd.wake_h + r.uniform(0.3, 0.9), 6.5)
        slots = [("breakfast", bh), ("lunch", r.uniform(12.2, 13.6)),
                 ("dinner", r.uniform(18.8, 20.6))]
        n_snacks = (r.choice([1, 1, 2]) if dd.diet == "restricted"
                    else r.choice([1, 1, 2]) if dd.diet == "cut" else r.choice([1, 2, 2, 3]))
        for _ in range(n_snacks):
            slots.append(("snack", r.choice([10.5, 15.5, 16.0, 21.2]) + r.uniform(-0.4, 0.4)))
        if dd.diet == "restricted" and r.random() < 0.25:
            slots = [sl for sl in slots if sl[0] != "breakfast"]
        mg = k = ca = kcal = 0.0
        dd.meals = []
        for meal, h in slots:
            combo = r.choice(tpl[meal])
            items = []
            for ndb, lo, hi in combo:
                g = r.uniform(lo, hi) * (scale if ndb != "14209" else 1.0)
                if g < 8:
                    continue
                g = round(g / 5) * 5 if g > 30 else round(g)
                items.append((ndb, g))
                kc, c, m, kk, na = _FOOD[ndb]
                mg += m * g / 100
                kcal += kc * g / 100
                k += kk * g / 100
                ca += c * g / 100
            if items:
                dd.meals.append((meal, h, items))
        if self.multivit and dd.diet != "restricted":
            mg += 50
            ca += 160
        if self.mg_stint and self.mg_stint[0] <= dd.i < self.mg_stint[1]:
            mg += 200
        dd.mg, dd.k, dd.ca, dd.kcal = mg, k, ca, kcal


# --------------------------------------------------------------------------------------------
# Exposures and planting
# --------------------------------------------------------------------------------------------
def _exposures(w: _World, cause: str):
    """Return (units, weights, mode) for the cause, from the TRUE world state."""
    sess = w.sessions
    rowing_like = [s for s in sess if s.activity in ("rowing", "strength", "cycling", "running")]
    if cause == "dehydration":
        u = [s for s in sess if s.loss_pct >= 2.0 and s.activity != "swimming"]
        return u, [s.loss_pct - 1.7 for s in u], "session"
    if cause == "electrolyte_loss":
        u, wts = [], []
        for s in sess:
            replaced = s.drink_na + (s.rec_na if s.rec_delay <= 60 else 0)
            if s.sweat_l >= 1.2 and s.na_loss >= 1100 and s.drink_l + s.rec_l >= 0.4 and \
                    replaced <= 0.3 * s.na_loss:
                u.append(s)
                wts.append((s.na_loss - replaced) / 1000.0)
        return u, wts, "session"
    if cause == "muscle_fatigue":
        loads = sorted(s.load for s in rowing_like)
        if not loads:
            return [], [], "session"
        thr = loads[int(len(loads) * 0.85)]
        u = [s for s in rowing_like if s.load >= thr]
        return u, [s.load / thr for s in u], "session"
    if cause == "training_load_spike":
        daily = [sum(s.load for s in dd.sessions) for dd in w.days]
        weekly = sorted(sum(daily[i - 6:i + 1]) for i in range(6, len(daily)))
        med_week = weekly[len(weekly) // 2] if weekly else 0
        u, wts = [], []
        for i in range(27, len(daily)):
            acute = sum(daily[i - 6:i + 1])
            chronic = sum(daily[i - 27:i + 1]) / 4
            if chronic <= 0:
                continue
            ratio = acute / chronic
            if ratio >= 1.5 and acute >= 0.6 * med_week:
                for s in w.days[i].sessions:
                    if s.activity != "swimming":
                        u.append(s)
                        wts.append(ratio - 1.3)
        return u, wts, "session"
    if cause == "heat":
        u = [s for s in sess if s.app_t >= 28 and s.activity != "swimming"]
        return u, [s.app_t - 26 for s in u], "session"
    if cause == "nutrient_deficiency":
        if not w.def_phase:
            return [], [], "day"
        a, b = w.def_phase
        lag = w.r_diet.randint(10, 18)
        u = [dd for dd in w.days if a + lag <= dd.i < min(w.n_days, b + 10)]
        return u, [1.0] * len(u), "day"
    if cause == "sleep_debt":
        u, wts = [], []
        for dd in w.days[1:]:
            debt = w.usual_sleep - dd.sleep_h
            if debt >= 1.0:
                u.append(dd)
                wts.append(debt)
        return u, wts, "day"
    if cause == "medication":
        crampy = [m for m in w.meds if m[3]]
        if not crampy:
            return [], [], "day"
        name, s0, e0, _ = crampy[0]
        lag = w.r_med.randint(3, 12)
        end = w.n_days if e0 is None else min(w.n_days, e0 + 7)
        u = [dd for dd in w.days if s0 + lag <= dd.i < end]
        return u, [1.0] * len(u), "day"
    raise ValueError(cause)


def _side(r):
    return r.choices(["left", "right", "both"], weights=[45, 45, 10])[0]


def _spasm_fields(r, muscle, during):
    dur = _clip(r.lognormvariate(math.log(60), 0.7), 8, 600)
    pain = int(_clip(round(r.gauss(6.5 if during == "sleep" else 5.8, 1.4)), 2, 10))
    relief = []
    if r.random() < 0.85:
        relief.append("stretching")
    if r.random() < 0.3:
        relief.append("massage")
    if during in ("exercise", "after_exercise") and r.random() < 0.25:
        relief.append("walking_it_off" if muscle in ("calf", "hamstring", "foot") else "rest")
    if r.random() < 0.12:
        relief.append("hydration")
    if r.random() < 0.03:
        relief.append("pickle_juice")
    return {"kind": "spasm", "muscle": muscle, "duration_s": round(dur), "pain": pain,
            "relief": relief or ["rest"], "relieved": r.random() < 0.92}


def _twitch_fields(r, muscle):
    dur = (r.uniform(30, 1800) if muscle == "eyelid" else r.uniform(3, 120))
    return {"kind": "twitch", "muscle": muscle, "duration_s": round(dur),
            "pain": r.choice([0, 0, 0, 1]), "relief": [], "relieved": None}


def _episode(r, w: _World, di: int, hour: float, during: str, spec: dict, linked: bool,
             session: _Session | None = None):
    return {"di": di, "hour": hour, "during": during, "spec": spec, "linked": linked,
            "session": session}


def _session_episode(r, w, s: _Session, linked: bool, late: bool = True, kind_twitch=0.12):
    muscle = r.choice(_EX_CRAMP_MUSCLES)
    if s.activity in ("running", "cycling") and muscle in ("forearm", "hand", "fingers"):
        muscle = r.choice(["calf", "hamstring", "quadriceps"])
    if r.random() < 0.62:
        frac = r.uniform(0.55, 1.0) if late else r.uniform(0.1, 1.0)
        hour = s.start_h + frac * s.dur / 60
        during = "exercise"
    else:
        hour = s.start_h + s.dur / 60 + r.uniform(0.08, 3.0)
        during = "after_exercise"
    if r.random() < kind_twitch:
        spec = _twitch_fields(r, r.choice(["quadriceps", "calf", "hamstring", "forearm"]))
    else:
        spec = _spasm_fields(r, muscle, during)
    return _episode(r, w, s.day, hour, during, spec, linked, s)


def _waking_hour(r, dd: _Day):
    return r.uniform(max(dd.wake_h + 0.3, 7.0), 22.0)


def _night_hour(r, dd: _Day):
    lo = dd.onset_h + 0.5
    hi = dd.wake_h - 0.2
    if hi <= lo:
        return dd.wake_h - 0.1
    return r.uniform(lo, hi)


def _plant(w: _World, cause: str, r: random.Random, units, weights, mode):
    n = min(r.randint(10, 20), round(len(units) * 0.4))
    chosen = _wsample(r, units, weights, n)
    eps = []
    for u in chosen:
        if len(eps) >= n:
            break
        if mode == "session":
            s: _Session = u
            if cause == "training_load_spike" and r.random() < 0.2:
                dd = w.days[s.day]
                nxt = w.days[s.day + 1] if s.day + 1 < w.n_days else None
                if nxt is not None:
                    m = r.choice(["calf", "calf", "hamstring", "foot"])
                    eps.append(_episode(r, w, nxt.i, _night_hour(r, nxt), "sleep",
                                        _spasm_fields(r, m, "sleep"), True))
                    continue
            ep = _session_episode(r, w, s, True, late=True,
                                  kind_twitch=0.2 if cause == "muscle_fatigue" else 0.1)
            eps.append(ep)
            if cause in ("electrolyte_loss", "heat") and r.random() < 0.25 and len(eps) < n:
                m2 = r.choice(["calf", "hamstring", "quadriceps", "forearm", "abdomen", "hand"])
                if m2 != ep["spec"]["muscle"]:
                    eps.append(_episode(r, w, s.day, ep["hour"] + r.uniform(0.05, 0.4),
                                        "after_exercise" if ep["during"] == "after_exercise"
                                        else ep["during"],
                                        _spasm_fields(r, m2, ep["during"]), True, s))
        else:
            dd: _Day = u
            if cause == "nutrient_deficiency":
                mode2 = r.choices(["sleep", "rest", "exercise"], weights=[35, 40, 25])[0]
            elif cause == "medication":
                mode2 = r.choices(["sleep", "rest", "exercise"], weights=[60, 25, 15])[0]
            else:  # sleep_debt
                mode2 = r.choices(["rest_twitch", "exercise", "rest"], weights=[55, 30, 15])[0]
            if mode2 == "exercise" and dd.sessions:
                s = r.choice(dd.sessions)
                eps.append(_session_episode(r, w, s, True, late=False,
                                            kind_twitch=0.35 if cause == "sleep_debt" else 0.2))
            elif mode2 == "sleep" or (mode2 == "exercise" and cause != "sleep_debt"):
                m = r.choice(["calf", "calf", "calf", "foot", "toes", "hamstring"])
                eps.append(_episode(r, w, dd.i, _night_hour(r, dd), "sleep",
                                    _spasm_fields(r, m, "sleep"), True))
            elif mode2 == "rest_twitch" or (mode2 == "exercise"):
                m = r.choice(["eyelid", "eyelid", "eyelid", "calf", "quadriceps", "biceps",
                              "hand"])
                eps.append(_episode(r, w, dd.i, _waking_hour(r, dd), "rest",
                                    _twitch_fields(r, m), True))
            else:
                if cause == "nutrient_deficiency" and r.random() < 0.45:
                    m = r.choice(["eyelid", "face", "calf", "hand", "fingers"])
                    spec = _twitch_fields(r, m)
                else:
                    m = r.choice(["foot", "toes", "hand", "fingers", "calf", "hamstring"])
                    spec = _spasm_fields(r, m, "rest")
                eps.append(_episode(r, w, dd.i, _waking_hour(r, dd), "rest", spec, True))
    return eps


def _background(w: _World, r: random.Random, minimum: int):
    rate = r.uniform(0.022, 0.055)
    lam = rate * w.n_days
    # Poisson by inversion
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= r.random()
        if p <= L:
            break
        k += 1
    n = max(minimum, k)
    eps = []
    for _ in range(n):
        typ = r.choices(["night", "eyelid", "twitch", "rest", "exercise"],
                        weights=[32, 22, 14, 14, 18])[0]
        if typ == "exercise" and w.sessions:
            s = r.choice(w.sessions)   # uniform over sessions: no exposure dependence
            eps.append(_session_episode(r, w, s, False, late=False))
            continue
        dd = w.days[r.randrange(1, w.n_days)]
        if typ == "night" or typ == "exercise":
            m = r.choice(["calf", "calf", "calf", "foot", "toes"])
            eps.append(_episode(r, w, dd.i, _night_hour(r, dd), "sleep",
                                _spasm_fields(r, m, "sleep"), False))
        elif typ == "eyelid":
            eps.append(_episode(r, w, dd.i, _waking_hour(r, dd), "rest",
                                _twitch_fields(r, "eyelid"), False))
        elif typ == "twitch":
            m = r.choice(["calf", "quadriceps", "biceps", "fingers", "forearm", "abdomen"])
            eps.append(_episode(r, w, dd.i, _waking_hour(r, dd), "rest",
                                _twitch_fields(r, m), False))
        else:
            m = r.choice(["foot", "toes", "hand", "fingers", "calf", "hamstring", "neck"])
            eps.append(_episode(r, w, dd.i, _waking_hour(r, dd), "rest",
                                _spasm_fields(r, m, "rest"), False))
    return eps


# --------------------------------------------------------------------------------------------
# Emitting journal entries
# --------------------------------------------------------------------------------------------
class _Emitter:
    def __init__(self, w: _World, r: random.Random):
        self.w, self.r = w, r
        self.objs: list[tuple[datetime, int, dict]] = []
        self.seq = 0
        self.id_base = r.randint(10 ** 7, 9 * 10 ** 7)

    def add(self, local: datetime, zone: str, obj: dict):
        self.seq += 1
        self.objs.append((_aware(local, zone), self.seq, obj))

    def nid(self, prefix: str) -> str:
        self.id_base += self.r.randint(1, 97)
        return f"{prefix}{self.id_base}"

    def mass(self, kg: float):
        if self.w.imperial:
            lb = round(kg / 0.45359237 * 5) / 5
            return f"{lb:.1f} lb"
        return round(kg, 1)

    def vol(self, ml: float):
        if self.w.imperial and self.r.random() < 0.9:
            oz = max(1, round(ml / 29.5735))
            return f"{oz} oz"
        if self.r.random() < 0.1:
            return f"{int(round(ml / 10) * 10)} ml"
        return int(round(ml / 10) * 10)

    def temp(self, c: float, by_hand: bool):
        if self.w.imperial and by_hand:
            return f"{round(c * 9 / 5 + 32)} degF"
        return round(c, 1)


def _emit(w: _World, episodes: list, r: random.Random) -> list[dict]:
    e = _Emitter(w, r)
    # profile
    prof = {"type": "profile", "sex": w.sex, "birth_year": w.days[0].d.year - w.age,
            "timezone": w.home_zone}
    if r.random() < 0.85:
        prof["height_cm"] = w.height
    if r.random() < 0.9:
        prof["body_mass_kg"] = round(w.days[0].morning_kg, 1)
    if w.sex == "female" and r.random() < 0.3:
        prof["pregnant"] = False
    if r.random() < 0.4:
        prof["notes"] = r.choice([f"lightweight rower ({w.squad}), {w.seat}",
                                  "LW rower, weigh-ins before racing",
                                  "rowing, lightweight category"])
    objects_head = [prof]

    # episode notes on sessions
    for ep in episodes:
        s = ep["session"]
        if s is not None and ep["during"] == "exercise" and ep["spec"]["kind"] == "spasm" and \
                r.random() < 0.5:
            s.episode_note = f"{ep['spec']['muscle']} cramped"

    for dd in w.days:
        z = dd.zone
        careful = dd.careful_fluids
        # sleep (night before)
        if dd.shown_sleep:
            onset = _at(dd.d, dd.onset_h) + timedelta(seconds=r.randint(0, 59))
            wake = _at(dd.d, dd.wake_h) + timedelta(seconds=r.randint(0, 59))
            if r.random() < 0.06:
                obj = {"type": "sleep", "time": _iso(_at(dd.d, dd.bed_h), z, minutes=True),
                       "hours": round(dd.sleep_h * 2) / 2, "quality": dd.sleep_q}
            else:
                obj = {"type": "sleep", "time": _iso(onset, z, utc=w.sleep_utc),
                       "end": _iso(wake, z, utc=w.sleep_utc)}
                if r.random() < 0.8:
                    obj["quality"] = dd.sleep_q
                if w.sleep_utc or r.random() < 0.7:
                    obj["id"] = f"sleep-{dd.d.isoformat()}"
            e.add(onset, z, obj)
        # morning weigh-in
        p_m = w.p_morning + (0.12 if dd.phase == "race" else 0) - (0.25 if "break" in dd.flags
                                                                     else 0)
        if r.random() < p_m:
            t = _at(dd.d, dd.wake_h + r.uniform(0.05, 0.4))
            first = dd.sessions[0] if dd.sessions else None
            if first is not None and first.start_h - dd.wake_h < 1.2:
                pass  # goes straight to the boathouse: pre-session weigh-in only
            else:
                obj = {"type": "body_mass", "time": _iso(t, z), "kg": e.mass(
                    dd.morning_kg + r.gauss(0, 0.05)), "context": "morning"}
                if r.random() < 0.5:
                    obj["id"] = e.nid("scale-")
                e.add(t, z, obj)
        if "regatta" in dd.flags and dd.sessions:
            t = _at(dd.d, dd.sessions[0].start_h - r.uniform(1.2, 1.9))
            e.add(t, z, {"type": "body_mass", "time": _iso(t, z, minutes=True),
                         "kg": e.mass(dd.morning_kg - 0.1), "context": "other",
                         "notes": "official weigh-in"})
        # morning drinks
        if careful:
            if r.random() < w.p_coffee:
                t = _at(dd.d, dd.wake_h + r.uniform(0.1, 0.5))
                e.add(t, z, {"type": "fluid", "time": _iso(t, z, minutes=True),
                             "ml": e.vol(r.choice([200, 250, 300, 350])), "drink": "coffee"})
            for h in (r.uniform(10, 11.5), r.uniform(14.5, 16), r.uniform(20.5, 21.8)):
                if r.random() < 0.7:
                    t = _at(dd.d, h)
                    ob = {"type": "fluid", "time": _iso(t, z, minutes=True),
                          "ml": e.vol(r.choice([250, 330, 500, 500, 750]))}
                    if r.random() < 0.15:
                        ob["drink"] = r.choice(["tea", "juice", "soft_drink", "milk"])
                    e.add(t, z, ob)
            if "night_out" in dd.flags:
                for k in range(r.randint(2, 5)):
                    t = _at(dd.d, 21.5 + k * 0.7)
                    e.add(t, z, {"type": "fluid", "time": _iso(t, z, minutes=True),
                                 "ml": e.vol(r.choice([330, 500, 568])), "drink": "beer"})
        # sessions
        for s in dd.sessions:
            _emit_session(e, w, dd, s, careful)
        # meals
        if dd.food_logged:
            for meal, h, items in dd.meals:
                if r.random() < 0.12:
                    continue
                t = _at(dd.d, h)
                obj = {"type": "meal", "time": _iso(t, z, minutes=True)}
                if r.random() < 0.05 and meal != "snack":
                    kc = sum(_FOOD[n][0] * g / 100 for n, g in items) * r.uniform(1.1, 1.5)
                    obj["energy_kcal"] = int(round(kc, -1))
                    obj["notes"] = "ate out"
                else:
                    use_names = r.random() < 0.3
                    its = []
                    for ndb, g in items:
                        if use_names and ndb in _FOOD_NAME:
                            its.append({"food": _FOOD_NAME[ndb], "grams": g})
                        else:
                            its.append({"ndb_no": ndb, "grams": g})
                    obj["items"] = its
                    if r.random() < 0.1:
                        obj["notes"] = meal
                e.add(t, z, obj)
        # supplements
        if w.multivit and dd.diet != "restricted" and r.random() < 0.55:
            bh = dd.meals[0][1] if dd.meals else dd.wake_h + 0.5
            t = _at(dd.d, bh + r.uniform(0.05, 0.5))
            e.add(t, z, {"type": "supplement", "time": _iso(t, z, minutes=True),
                         "name": "multivitamin", "magnesium_mg": 50, "calcium_mg": 160})
        if w.iron and r.random() < 0.35:
            t = _at(dd.d, r.uniform(12, 13.5))
            e.add(t, z, {"type": "supplement", "time": _iso(t, z, minutes=True),
                         "name": "ferrous sulfate 200 mg"})
        if w.mg_stint and w.mg_stint[0] <= dd.i < w.mg_stint[1] and r.random() < 0.75:
            t = _at(dd.d, r.uniform(21.0, 22.5))
            e.add(t, z, {"type": "supplement", "time": _iso(t, z, minutes=True),
                         "name": "magnesium citrate", "magnesium_mg": 200})

    # medications
    for name, s0, e0, _crampy in w.meds:
        obj = {"type": "medication", "name": name,
               "start": (w.start_date + timedelta(days=s0)).isoformat()}
        if e0 is not None:
            obj["end"] = (w.start_date + timedelta(days=e0)).isoformat()
        if r.random() < 0.3:
            obj["notes"] = {"salmeterol": "inhaler for cold-morning wheeze",
                            "formoterol": "new inhaler (exercise asthma)",
                            "naproxen": "rib/back pain", "hydrochlorothiazide": "blood pressure",
                            "indapamide": "blood pressure", "atorvastatin": "cholesterol",
                            "simvastatin": "cholesterol", "cetirizine": "hay fever",
                            "loratadine": "hay fever", "amoxicillin": "chest infection",
                            "mometasone nasal spray": "hay fever",
                            "levothyroxine": "thyroid"}.get(name, "")
        t = datetime.combine(w.start_date + timedelta(days=max(0, s0)), time(9))
        e.add(t, w.home_zone, obj)

    # episodes
    for ep in episodes:
        dd = w.days[ep["di"]]
        z = dd.zone
        t = _at(dd.d, ep["hour"])
        sp = ep["spec"]
        obj = {"type": "episode", "kind": sp["kind"], "muscle": sp["muscle"]}
        hand_late = r.random() < 0.3
        tt = t
        if hand_late:
            mins = (t.minute // 15) * 15
            tt = t.replace(minute=mins, second=0)
        obj["time"] = _iso(tt, z, minutes=True)
        if r.random() < 0.82 and sp["muscle"] not in ("abdomen", "neck"):
            obj["side"] = _side(r) if sp["muscle"] != "eyelid" else r.choice(["left", "right"])
        if r.random() < 0.85:
            obj["duration_s"] = sp["duration_s"]
        if r.random() < 0.85:
            obj["pain"] = sp["pain"]
        if r.random() < 0.8:
            obj["during"] = ep["during"]
        if sp["relief"] and r.random() < 0.65:
            obj["relief"] = sp["relief"]
        if sp["relieved"] is not None and r.random() < 0.6:
            obj["relieved"] = sp["relieved"]
        if r.random() < 0.08:
            obj["flags"] = {k: False for k in r.sample(
                ["swelling", "numbness_tingling", "weakness", "dark_urine", "redness"], 2)}
        if r.random() < 0.25:
            note = r.choice(_EP_NOTES_NEUTRAL)
            if note:
                obj["notes"] = note
        e.add(tt, z, obj)

    e.objs.sort(key=lambda x: (x[0], x[1]))
    return objects_head + [o for _, _, o in e.objs]


def _emit_session(e: _Emitter, w: _World, dd: _Day, s: _Session, careful: bool):
    r = e.r
    z = dd.zone
    start = _at(dd.d, s.start_h)
    end = start + timedelta(minutes=s.dur)
    erg = s.activity == "rowing" and s.indoor
    obj = {"type": "workout", "activity": s.activity}
    if erg:
        st = start + timedelta(seconds=r.randint(0, 59))
        obj["time"] = _iso(st, z)
        obj["duration_min"] = round(s.dur, 2)
        obj["distance_km"] = round(s.dist, 3)
        if r.random() < 0.9:
            obj["id"] = e.nid("c2-")
        if r.random() < w.p_hr:
            obj["avg_hr"] = s.hr
        if s.shown_temp:
            obj["temperature_c"] = e.temp(s.temp, by_hand=True)
        if s.kind != "sweat" and r.random() < 0.5:
            obj["warm_up_min"] = r.choice([8, 10, 10, 12, 15])
            obj["cool_down_min"] = r.choice([3, 5, 5, 8])
    elif s.activity == "strength":
        obj["time"] = _iso(start, z, minutes=True)
        obj["duration_min"] = int(round(s.dur / 5) * 5)
        if r.random() < 0.6:
            obj["muscle_groups"] = r.sample(["quadriceps", "glute", "hamstring", "lower_back",
                                             "upper_back", "abdomen", "chest", "biceps"],
                                            r.randint(3, 6))
    else:
        st = start + timedelta(seconds=r.randint(0, 59))
        obj["time"] = _iso(st, z)
        obj["duration_min"] = round(s.dur, 1)
        if s.dist > 0 and r.random() < 0.95:
            obj["distance_km"] = round(s.dist, 2)
        if r.random() < 0.7:
            obj["id"] = e.nid("garmin-")
        if r.random() < w.p_hr:
            obj["avg_hr"] = s.hr
        if s.shown_temp:
            obj["temperature_c"] = e.temp(s.temp, by_hand=False)
            if r.random() < 0.7:
                obj["humidity_pct"] = int(s.rh)
    if s.shown_rpe:
        obj["rpe"] = int(round(s.rpe)) if r.random() < 0.85 else round(s.rpe * 2) / 2
    if s.activity == "rowing" and r.random() < w.p_mgroups:
        obj["muscle_groups"] = list(_ROW_MUSCLES)
    notes = [x for x in (s.desc, s.episode_note) if x]
    away = [f[5:] for f in dd.flags if f.startswith("away:")]
    if away and r.random() < 0.3:
        notes.append(f"camp {away[0]}")
    if notes and r.random() < 0.75:
        obj["notes"] = "; ".join(notes)
    e.add(start, z, obj)
    # duplicate: the watch also recorded the erg piece
    if erg and r.random() < 0.03:
        st2 = start + timedelta(minutes=r.uniform(0.5, 3))
        dup = {"type": "workout", "time": _iso(st2, z), "activity": "rowing",
               "duration_min": round(s.dur - r.uniform(0.5, 3), 1), "notes": "indoor row"}
        if r.random() < w.p_hr:
            dup["avg_hr"] = s.hr + r.randint(-3, 3)
        e.add(st2, z, dup)
    # weigh-ins
    if s.weighed:
        t1 = start - timedelta(minutes=r.uniform(4, 18))
        t2 = end + timedelta(minutes=r.uniform(3, 15))
        e.add(t1, z, {"type": "body_mass", "time": _iso(t1, z, minutes=True),
                      "kg": e.mass(s.pre_kg), "context": "pre_workout"})
        if s.post_logged:
            e.add(t2, z, {"type": "body_mass", "time": _iso(t2, z, minutes=True),
                          "kg": e.mass(s.post_kg), "context": "post_workout"})
    # fluids in the session and recovery
    log_session = s.shown_fluids
    if log_session and s.drink_l > 0.03:
        nparts = 1 if s.dur < 50 or r.random() < 0.4 else r.randint(2, 3)
        nparts = max(1, min(nparts, int(s.drink_l / 0.15)))
        left = s.drink_l
        for k in range(nparts):
            part = left if k == nparts - 1 else left * r.uniform(0.3, 0.6)
            left -= part
            if part < 0.03:
                continue
            frac = (k + 1) / (nparts + 0.3) if nparts > 1 else 1.0
            t = start + timedelta(minutes=s.dur * frac)
            ob = {"type": "fluid", "time": _iso(t, z, minutes=True), "ml": e.vol(part * 1000)}
            if s.drink_type != "water" or r.random() < 0.5:
                ob["drink"] = s.drink_type
            if s.drink_type == "electrolyte_drink" and r.random() < 0.6:
                ob["sodium_mg"] = int(round(s.drink_na * part / s.drink_l))
            e.add(t, z, ob)
    if log_session and s.rec_l > 0:
        t = end + timedelta(minutes=s.rec_delay)
        ob = {"type": "fluid", "time": _iso(t, z, minutes=True), "ml": e.vol(s.rec_l * 1000),
              "drink": s.rec_type}
        e.add(t, z, ob)


# --------------------------------------------------------------------------------------------
# Public entry point
# --------------------------------------------------------------------------------------------
def _shows(w: _World, cause: str, unit) -> bool:
    """Is this exposed unit's exposure visible in what the person recorded?"""
    if cause == "dehydration":
        return unit.weighed and unit.post_logged
    if cause == "electrolyte_loss":
        return unit.shown_fluids
    if cause == "heat":
        return unit.shown_temp
    if cause == "muscle_fatigue":
        return unit.shown_rpe
    if cause == "sleep_debt":
        return unit.shown_sleep
    return True


def _check_cause(cause):
    if cause is not None and cause not in CAUSES:
        raise ValueError(f"unknown cause {cause!r}; expected one of {CAUSES} or None")


def _build(cause: str | None, seed: int):
    _check_cause(cause)
    for attempt in range(40):
        w = _World(seed, attempt, cause)
        if cause is None:
            units, weights, mode = [], [], None
            break
        units, weights, mode = _exposures(w, cause)
        if round(len(units) * 0.4) >= 10 and \
                sum(_shows(w, cause, u) for u in units) >= 0.6 * len(units):
            break
    else:  # pragma: no cover - exposure never sufficient (should not happen)
        raise RuntimeError(f"could not build a world with enough exposure for {cause}")
    w.finish()
    r = random.Random(f"rowerAB|{seed}|{attempt}|plant|{cause}")
    planted = _plant(w, cause, r, units, weights, mode) if cause else []
    rb = random.Random(f"rowerAB|{seed}|{attempt}|background")
    background = _background(w, rb, 5 if cause is None else 3)
    episodes = sorted(planted + background, key=lambda ep: (ep["di"], ep["hour"]))
    re_ = random.Random(f"rowerAB|{seed}|{attempt}|emit")
    objects = _emit(w, episodes, re_)
    start = _aware(datetime.combine(w.start_date, time(0)), w.home_zone)
    stop = _aware(datetime.combine(w.start_date + timedelta(days=w.n_days), time(0)),
                  w.home_zone)
    # keep every timed entry inside the observed period (camps abroad can shift the clock)
    objects = [o for o in objects
               if "time" not in o or start <= datetime.fromisoformat(o["time"]) < stop]
    return w, objects, start, stop, planted, background, units


def blind_journal(cause: str | None, seed: int) -> BlindJournal:
    _, objects, start, stop, _, _, _ = _build(cause, seed)
    return BlindJournal(cause=cause, objects=objects, start=start, stop=stop)


if __name__ == "__main__":   # quick look
    import json
    j = blind_journal("heat", 0)
    print(j.start, j.stop, len(j.objects))
    for o in j.objects[:30]:
        print(json.dumps(o))
