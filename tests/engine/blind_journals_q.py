"""Blind synthetic cramp journals for a teenage athlete, with one planted cause.

Point of view
=============
Each journal is the crampwise JSON-Lines journal (spec/journal.md) of one teenager, aged 14-18,
who plays soccer, basketball, volleyball or runs track/cross-country, and whose *parent* keeps the
log.  The simulation first builds the teenager's true life, day by day, and only then decides what
the parent (or the teen's watch) actually wrote down:

* Calendar.  A northern-hemisphere school year: school days, winter/spring breaks, Thanksgiving
  (US), a summer holiday.  Each sport has its own season shape (pre-season, season, club season,
  off-season, post-season rest, summer).  Weekend tournaments give two or three games a day
  (Sat, often Sat+Sun); track has Saturday meets with two or three events.  Summer brings one or
  two camp weeks (two or three sessions a day, often in heat or a hot gym), a family vacation
  (no training), sometimes an illness or an injury lay-off (no training for 3-20 days), school PE.
* Body and environment.  Local daily weather from a climate (Houston, Atlanta, Phoenix, Denver,
  Minneapolis, Sacramento, London, Madrid ...) with seasonal swing, day-to-day persistence and a
  daily cycle; indoor gyms are ~21 C except un-air-conditioned summer gyms.  Sweat rate rises with
  effort, heat and humidity; drinking is a habit with big session-to-session variation; mass
  change over a weighed bout = sweat - fluid drunk - food eaten + urine.  Sweat sodium is a
  personal trait (450-1500 mg/L).  The teen grows (height and mass creep up).  Sleep follows
  school-night routines, late homework/phone nights, sleepovers, early tournament and camp
  mornings and late evening games.  Diet follows breakfast / school lunch / snack / dinner menus
  built from real USDA SR28 foods.
* Natural correlations present in EVERY journal (null ones included): hot days raise sweat and
  mass loss and make the parent pack more sports drinks; long sessions are also rated harder;
  tournaments and camps are long, hot-ish, early (short sleep) and often follow a break (load
  spike); a return from vacation/injury spikes the acute:chronic load; evening games shorten the
  following night.
* Logging.  A parent logging from memory, often the next day: times rounded to 15-30 minutes,
  durations rounded, RPE asked of the teen (sometimes missing), weather-app temperatures (US
  families in degF strings, masses in "lb", bottles in "oz"), and free-text notes.  Families with
  a watch (Garmin/Apple/Fitbit-like) get exact times, heart rate, GPS distance, nightly sleep, a
  watch temperature that reads warm, and occasionally an export in UTC.  Some sessions are both
  watch-imported and hand-entered (duplicates).  Away tournaments are logged in the host city's
  time zone.  There are gaps: weeks when the parent logs nothing by hand, days the watch was not
  worn or charged.  Body mass: occasional morning weigh-ins plus, on some training days, a home
  weigh-in before and after (one pair around a whole tournament or camp day).  Fluids are logged
  for some sessions only.  Food is logged as complete days on "food diary" days (a few days every
  few weeks), never as stray snacks.  Nights before a logged episode are logged more often
  (recall), in every journal alike.  Parents add speculation ("probably dehydrated") to episodes
  regardless of the real cause.
* Background episodes (every journal, the only ones in a null journal, at least 5): a constant-rate
  Poisson stream at times chosen uniformly, independent of every exposure: night calf/foot cramps,
  eyelid twitches, calf/hand twitches at rest, random cramps at rest, and cramps during sessions
  drawn uniformly from all sessions.  Their "during" field is read from what the teen was really
  doing at that time.

How each cause is planted
=========================
The journal is simulated, the planted cause's exposure is computed per "unit" from the true data,
and only units whose exposure the journal can show (the relevant data were logged) are eligible.
N linked episodes (9-20, never more than half of the eligible exposed units, so at least as many
exposed units have no episode) are drawn without replacement with probability increasing with the exposure's
strength (dose-response).  If a simulated life does not offer enough exposed, observable units the
whole journal is re-drawn (a different life), so every journal can show its cause.  No other
exposure raises the episode rate; every other exposure is present as in a null journal.

* dehydration - unit: a weighed bout (home weigh-in before, after; one session, or a whole
  tournament/camp day).  Exposed when the true mass deficit is >= 2 % of pre-bout mass (poor
  drinking on the day, long/hot bouts).  Episode late in the bout's last session or up to ~2.5 h
  after (calf, hamstring, quadriceps, foot), regardless of what was drunk.
* electrolyte_loss - unit: a session.  Exposed when the day's cumulative sweat sodium loss up to
  and including the session is >= 1800 mg and drinks replaced < 30 % of it (long sweaty sessions on
  plain water; low-sodium "sports" drinks such as BodyArmor count as not replacing).  The teen is a
  salty sweater (1050-1550 mg/L; salty sweaters also occur in other journals).  Eligible only if
  the session's fluids were logged (so "plain water" is visible).  Episodes late in/after the
  session, sometimes both sides and a second muscle, up to ~4 h after.  Mass loss is irrelevant:
  well-hydrated-on-water sessions cramp too.
* muscle_fatigue - unit: a session.  Exposed when the session is unusually long/hard for this teen:
  the day's load so far (duration x RPE) >= 1.75 x the teen's median training-day load (third game
  of a tournament day, double camp days, very long practices), or duration x RPE of the session
  alone >= 1.75 x the median session, or the 7th+ consecutive training day.  Eligible if logged.
  Episode in the working muscle late in the session or within an hour after.
* training_load_spike - unit: a session on a day whose acute:chronic load ratio (7-day load / mean
  weekly load over 28 days, duration x RPE) is >= 1.5, both in the true load and in the logged
  workouts, at least 28 days into the journal (return from vacation/injury/post-season rest,
  pre-season, camps).  Dose weight grows with the ratio, NOT with the session's own hardness, so
  ordinary practices in a spike week cramp too.  Episodes during/after the session or that night.
* heat - unit: a session whose true heat index is >= 29 C, eligible if a temperature was logged
  for it.  Episodes during the session or within 1.5 h, whatever was drunk and however much mass
  was lost.
* nutrient_deficiency - unit: a day.  During one long phase (>= 55 days, starting after a normal
  baseline of >= 30 days) the teen goes dairy-free/picky and skips breakfast: magnesium intake falls to
  ~140-180 mg/day, calcium to ~250-480, potassium to ~1400-1850 (a third to a half of reference
  intakes; the normal phase is at or above them: Mg ~320-460, Ca ~1100-1550, K ~2900-4200).  Food
  diary days cover both phases.  Episodes spread uniformly over the phase (+7 days), starting ~10
  days in: twitches (eyelid, calf, hand), night calf/foot cramps, cramps during/after sessions.
  (About a quarter of other journals have a milder, harmless "picky" phase with somewhat lower
  intake.)
* sleep_debt - unit: a night whose true sleep is >= 1.6 h shorter than the teen's median.  Linked
  nights are always logged; other nights are logged at the journal's usual coverage.  Episode in
  the following day (during/after that day's practice, or an eyelid/calf twitch at rest) or the
  following night.
* medication - unit: a day on the drug.  A cramp-linked medicine (salmeterol or formoterol
  controller inhaler for asthma, or naproxen for Osgood-Schlatter knee pain) starts 25-55 % of
  the way into the journal (baseline before), sometimes stopped later.  Episodes start 3-14 days
  after the start and stop with it: mostly night calf/foot cramps, some at rest or in sessions.
  Other journals carry harmless medicines (cetirizine, montelukast, amoxicillin courses,
  ibuprofen as needed, fluticasone nasal spray) and sometimes as-needed albuterol started before
  the journal.

Everything is drawn from random.Random seeded by a string built from (cause, seed, attempt):
deterministic, standard library only, no I/O.
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

CAUSES = ("dehydration", "electrolyte_loss", "muscle_fatigue", "training_load_spike", "heat",
          "nutrient_deficiency", "sleep_debt", "medication")


@dataclass
class BlindJournal:
    cause: str | None
    objects: list[dict]      # journal entries as JSON objects (journal.md), incl. a profile
    start: datetime          # tz-aware, the journal's observed period
    stop: datetime


# ----------------------------------------------------------------------------------------------
# Time zones (own DST rules: standard library only, no tz database needed)
# ----------------------------------------------------------------------------------------------

_ZONES = {
    "America/New_York": (-5, "us"), "America/Chicago": (-6, "us"), "America/Denver": (-7, "us"),
    "America/Phoenix": (-7, None), "America/Los_Angeles": (-8, "us"),
    "Europe/London": (0, "eu"), "Europe/Madrid": (1, "eu"), "Europe/Berlin": (1, "eu"),
}
_DST_CACHE: dict = {}


def _sundays(y: int, m: int) -> list[int]:
    d = date(y, m, 1)
    first = 1 + (6 - d.weekday()) % 7
    out = []
    while True:
        try:
            date(y, m, first)
        except ValueError:
            break
        out.append(first)
        first += 7
    return out


def _dst_bounds(rule: str, y: int):
    key = (rule, y)
    if key not in _DST_CACHE:
        if rule == "us":
            _DST_CACHE[key] = (datetime(y, 3, _sundays(y, 3)[1], 2), datetime(y, 11, _sundays(y, 11)[0], 2))
        else:
            _DST_CACHE[key] = (datetime(y, 3, _sundays(y, 3)[-1], 2), datetime(y, 10, _sundays(y, 10)[-1], 3))
    return _DST_CACHE[key]


def _offset_h(zone: str, local: datetime) -> int:
    std, rule = _ZONES[zone]
    if rule is None:
        return std
    a, b = _dst_bounds(rule, local.year)
    return std + (1 if a <= local < b else 0)


def _tzinfo(hours: int):
    from datetime import timezone
    return timezone(timedelta(hours=hours))


def _iso(local_home: datetime, home: str, zone: str | None = None, utc: bool = False,
         seconds: bool = False) -> str:
    """Format a home-wall-clock time as ISO 8601 with an offset (home, travel zone or UTC)."""
    off_home = _offset_h(home, local_home)
    inst = local_home - timedelta(hours=off_home)
    if utc:
        return inst.strftime("%Y-%m-%dT%H:%M:%S") + "+00:00"
    if zone and zone != home:
        off = _offset_h(zone, inst + timedelta(hours=_ZONES[zone][0]))
        loc = inst + timedelta(hours=off)
    else:
        off, loc = off_home, local_home
    fmt = "%Y-%m-%dT%H:%M:%S" if seconds or loc.second else "%Y-%m-%dT%H:%M:00"
    return loc.strftime(fmt) + ("+" if off >= 0 else "-") + f"{abs(off):02d}:00"


# ----------------------------------------------------------------------------------------------
# Static tables
# ----------------------------------------------------------------------------------------------

# name, tz, mean annual daily max (C), seasonal amplitude, diurnal range, base RH %, US?
_CLIMATES = [
    ("Houston", "America/Chicago", 27.0, 8.5, 10, 72, True, 3),
    ("Dallas", "America/Chicago", 25.5, 10.5, 11, 60, True, 3),
    ("Atlanta", "America/New_York", 23.0, 9.5, 11, 66, True, 3),
    ("Orlando", "America/New_York", 28.5, 5.0, 10, 72, True, 2),
    ("Columbus", "America/New_York", 17.0, 12.0, 10, 68, True, 2),
    ("Minneapolis", "America/Chicago", 13.5, 15.5, 10, 64, True, 2),
    ("Phoenix", "America/Phoenix", 30.5, 10.0, 14, 26, True, 2),
    ("Denver", "America/Denver", 18.5, 12.5, 15, 42, True, 2),
    ("Sacramento", "America/Los_Angeles", 24.0, 10.5, 15, 46, True, 2),
    ("San Diego", "America/Los_Angeles", 22.5, 3.5, 7, 66, True, 1),
    ("London", "Europe/London", 15.0, 7.0, 8, 76, False, 1),
    ("Madrid", "Europe/Madrid", 20.5, 11.5, 12, 46, False, 1),
    ("Seville", "Europe/Madrid", 25.0, 10.0, 14, 52, False, 1),
    ("Berlin", "Europe/Berlin", 14.0, 10.5, 8, 70, False, 1),
]
_TRAVEL = {
    "America/Chicago": ["America/Denver", "America/New_York", "America/Chicago"],
    "America/New_York": ["America/Chicago", "America/New_York"],
    "America/Phoenix": ["America/Los_Angeles", "America/Denver", "America/Phoenix"],
    "America/Denver": ["America/Phoenix", "America/Chicago", "America/Denver"],
    "America/Los_Angeles": ["America/Phoenix", "America/Denver", "America/Los_Angeles"],
    "Europe/London": ["Europe/Madrid", "Europe/London"],
    "Europe/Madrid": ["Europe/London", "Europe/Madrid"],
    "Europe/Berlin": ["Europe/Berlin", "Europe/London"],
}

# USDA SR28 foods: ndb_no -> (name accepted by the food table or None, kcal, Ca, Mg, K, Na per 100 g)
_FOODS = {
    "09040": ("banana", 89, 5, 27, 358, 1), "01082": (None, 42, 125, 11, 150, 44),
    "01079": (None, 50, 120, 11, 140, 47), "01103": (None, 76, 109, 14, 169, 66),
    "08013": ("cereals rte, general mills, cheerios", 376, 401, 114, 641, 497),
    "08045": (None, 376, 425, 90, 412, 566), "20038": ("oats", 389, 54, 177, 429, 2),
    "09050": (None, 57, 6, 6, 77, 1), "01132": ("scrambled eggs", 149, 66, 11, 132, 145),
    "18075": (None, 252, 161, 75, 254, 455), "18069": (None, 266, 144, 23, 126, 490),
    "09206": (None, 45, 11, 11, 200, 1), "01287": (None, 73, 115, 11, 141, 34),
    "01121": (None, 102, 152, 15, 195, 58), "09316": ("strawberries, raw", 32, 16, 13, 153, 1),
    "16098": ("peanut butter, smooth style, with salt", 598, 49, 168, 558, 426),
    "07046": (None, 109, 8, 21, 211, 772), "01009": (None, 404, 710, 27, 76, 653),
    "01028": (None, 254, 782, 23, 84, 619), "09003": ("apples, raw, with skin", 52, 6, 5, 107, 1),
    "22903": (None, 274, 168, 27, 239, 590), "11124": ("carrots, raw", 41, 33, 12, 320, 69),
    "05064": (None, 165, 15, 29, 256, 74), "20037": (None, 123, 3, 39, 86, 4),
    "20045": ("white rice", 130, 10, 12, 35, 1), "11091": ("broccoli, cooked", 35, 40, 21, 293, 41),
    "22918": (None, 221, 52, 31, 210, 351),
    "09200": ("oranges, raw, all commercial varieties", 47, 40, 10, 181, 0),
    "22975": (None, 261, 38, 35, 281, 538), "11403": (None, 158, 12, 24, 478, 324),
    "06583": (None, 440, 21, 25, 181, 1855), "19300": (None, 266, 7, 6, 54, 30),
    "12061": ("almonds", 579, 269, 270, 733, 1), "09298": ("raisins, seedless", 299, 50, 32, 749, 11),
    "16158": ("hummus, commercial", 166, 38, 71, 228, 379), "19106": (None, 396, 3, 1, 5, 44),
    "18160": (None, 444, 17, 29, 130, 276), "19047": (None, 384, 27, 29, 223, 1240),
    "20121": (None, 158, 7, 18, 44, 1), "06931": (None, 50, 26, 18, 320, 437),
    "23563": (None, 217, 13, 22, 333, 68), "11251": (None, 17, 33, 14, 247, 8),
    "15237": (None, 206, 15, 30, 384, 61), "11674": (None, 93, 15, 28, 535, 10),
    "11061": (None, 28, 42, 19, 159, 1), "18449": (None, 222, 175, 65, 154, 11),
    "16015": (None, 132, 27, 70, 355, 1), "11529": (None, 18, 10, 11, 237, 5),
    "11508": (None, 90, 38, 27, 475, 36), "16126": (None, 78, 201, 37, 148, 12),
    "32005": (None, 164, 85, 15, 80, 460), "21108": (None, 263, 116, 22, 197, 487),
    "21401": (None, 271, 17, 28, 373, 769), "18362": (None, 388, 16, 12, 102, 334),
    "18250": (None, 426, 60, 17, 102, 402), "18406": (None, 275, 18, 29, 101, 534),
    "01001": (None, 717, 24, 2, 24, 643), "19020": (None, 443, 105, 74, 325, 278),
    "09326": ("watermelon, raw", 30, 7, 10, 112, 1), "19034": ("popcorn, air-popped", 387, 7, 144, 329, 8),
    "21102": (None, 250, 58, 24, 245, 753), "21124": (None, 213, 171, 20, 282, 575),
    "14091": (None, 15, 197, 7, 67, 71), "19095": (None, 207, 128, 14, 199, 80),
    "09132": (None, 69, 10, 7, 191, 2), "11457": ("spinach, raw", 23, 99, 79, 558, 79),
    "19411": (None, 532, 21, 63, 1196, 527), "18350": (None, 279, 144, 23, 122, 494),
}

# meals: (label, [(ndb, grams_lo, grams_hi), ...])
_GOOD = {
    "breakfast": [
        ("cereal & milk", [("08013", 35, 55), ("01082", 200, 290), ("09040", 100, 130)]),
        ("oatmeal", [("20038", 40, 65), ("01079", 200, 260), ("09050", 50, 90)]),
        ("eggs & toast", [("01132", 100, 150), ("18075", 50, 75), ("09206", 200, 260)]),
        ("yogurt bowl", [("01287", 150, 220), ("09316", 80, 130), ("19020", 24, 35)]),
        ("pb toast", [("18075", 50, 60), ("16098", 28, 40), ("09040", 100, 125), ("01082", 220, 260)]),
    ],
    "lunch": [
        ("turkey sandwich", [("18075", 60, 80), ("07046", 55, 85), ("01009", 20, 30), ("09003", 140, 190), ("01082", 236, 250)]),
        ("school pizza", [("22903", 140, 180), ("01082", 236, 250), ("11124", 50, 80), ("09200", 120, 150)]),
        ("chicken & rice bowl", [("05064", 90, 130), ("20037", 150, 210), ("11091", 70, 110)]),
        ("bean & cheese burrito", [("22918", 170, 230), ("09200", 120, 150), ("01082", 236, 250)]),
        ("sub sandwich", [("21124", 200, 260), ("09003", 140, 180), ("01103", 236, 250)]),
    ],
    "snack": [
        ("almonds & banana", [("12061", 25, 35), ("09040", 100, 125)]),
        ("yogurt & granola bar", [("01121", 150, 180), ("19020", 24, 30)]),
        ("hummus, carrots, string cheese", [("16158", 45, 70), ("11124", 60, 90), ("01028", 25, 30)]),
        ("chocolate milk (recovery)", [("01103", 240, 360), ("09003", 140, 180)]),
        ("raisins & popcorn", [("09298", 35, 45), ("19034", 20, 30)]),
        ("pb apple", [("16098", 16, 32), ("09003", 150, 190)]),
    ],
    "dinner": [
        ("spaghetti", [("20121", 180, 260), ("06931", 110, 140), ("23563", 85, 115), ("11251", 40, 60), ("01079", 236, 250)]),
        ("salmon & potato", [("15237", 110, 150), ("11674", 170, 250), ("11061", 80, 120), ("11457", 30, 50)]),
        ("tacos & beans", [("18449", 50, 80), ("23563", 85, 115), ("01009", 25, 35), ("11251", 25, 40), ("11529", 50, 80), ("16015", 100, 140)]),
        ("chicken, sweet potato, broccoli", [("05064", 120, 160), ("11508", 130, 180), ("11091", 90, 130), ("01082", 236, 250)]),
        ("tofu stir fry", [("16126", 110, 150), ("20045", 170, 220), ("11091", 70, 100), ("11457", 25, 40)]),
        ("pizza night", [("22903", 220, 300), ("11251", 50, 70), ("01079", 236, 250)]),
    ],
}
_POOR = {
    "breakfast": [
        ("pop tarts", [("18362", 95, 105)]),
        ("donut", [("18250", 55, 110)]),
        ("bagel & butter", [("18406", 95, 110), ("01001", 8, 14)]),
        ("toast & jelly", [("18069", 45, 60), ("19300", 15, 25)]),
    ],
    "lunch": [
        ("nuggets & fries", [("22975", 100, 140), ("11403", 70, 110)]),
        ("ramen", [("06583", 80, 90)]),
        ("jelly sandwich & chips", [("18069", 55, 70), ("19300", 20, 30), ("19411", 25, 35)]),
        ("chicken sandwich (drive-thru)", [("21102", 170, 200), ("11403", 70, 100)]),
        ("burger & fries", [("21108", 100, 160), ("11403", 80, 120)]),
    ],
    "snack": [
        ("gummies", [("19106", 35, 60)]),
        ("cookies", [("18160", 30, 55)]),
        ("pretzels", [("19047", 30, 50)]),
        ("grapes", [("09132", 90, 130)]),
    ],
    "dinner": [
        ("plain pasta", [("20121", 200, 280), ("06931", 60, 100)]),
        ("chicken tenders & fries", [("21401", 110, 150), ("11403", 90, 130)]),
        ("burger & fries", [("21108", 110, 180), ("11403", 90, 130)]),
        ("rice & nuggets", [("20045", 180, 240), ("22975", 90, 120)]),
        ("hot dog bun & ramen", [("06583", 80, 90), ("18350", 40, 50)]),
    ],
}

_SPORTS = {
    "soccer": dict(act="team_sport", outdoor=True, muscles=["calf", "hamstring", "quadriceps", "adductor"],
                   prac=(90, 12), game=(100, 8), tgame=(70, 8), team="club soccer"),
    "basketball": dict(act="team_sport", outdoor=False, muscles=["calf", "quadriceps", "hamstring", "foot"],
                       prac=(105, 15), game=(90, 8), tgame=(62, 8), team="basketball (HS + AAU)"),
    "volleyball": dict(act="team_sport", outdoor=False, muscles=["calf", "quadriceps", "abdomen", "hamstring"],
                       prac=(115, 15), game=(85, 15), tgame=(68, 12), team="volleyball (HS + club)"),
    "track": dict(act="running", outdoor=True, muscles=["calf", "hamstring", "foot", "quadriceps"],
                  prac=(70, 15), game=(60, 10), tgame=(40, 8), team="track & cross-country"),
}


# ----------------------------------------------------------------------------------------------
# Small helpers
# ----------------------------------------------------------------------------------------------

def _clip(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


def _poisson(rng: random.Random, lam: float) -> int:
    if lam > 40:
        return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


def _wchoice(rng, items, weights):
    return rng.choices(items, weights=weights, k=1)[0]


def _weighted_sample(rng, items, weights, n):
    keyed = []
    for it, w in zip(items, weights):
        if w > 0:
            keyed.append((rng.random() ** (1.0 / w), it))
    keyed.sort(key=lambda t: -t[0])
    return [it for _, it in keyed[:n]]


def _heat_index(t: float, rh: float) -> float:
    if t < 26.5:
        return t
    f = t * 9 / 5 + 32
    hi = (-42.379 + 2.04901523 * f + 10.14333127 * rh - 0.22475541 * f * rh - 6.83783e-3 * f * f
          - 5.481717e-2 * rh * rh + 1.22874e-3 * f * f * rh + 8.5282e-4 * f * rh * rh
          - 1.99e-6 * f * f * rh * rh)
    return max(t, (hi - 32) * 5 / 9)


def _round_to(x: float, step: float) -> float:
    return round(x / step) * step


def _hm(d: date, hours: float) -> datetime:
    return datetime(d.year, d.month, d.day) + timedelta(minutes=round(hours * 60))


class _Obj:
    """Tiny attribute bag."""

    def __init__(self, **kw):
        self.__dict__.update(kw)


# ----------------------------------------------------------------------------------------------
# Person
# ----------------------------------------------------------------------------------------------

def _person(rng: random.Random, cause):
    c = _wchoice(rng, _CLIMATES, [x[7] for x in _CLIMATES])
    name, tz, tmean, tamp, drange, rh, us, _ = c
    sport = rng.choice(list(_SPORTS))
    sex = rng.choice(["female", "male"])
    age = rng.randint(14, 18)
    male = sex == "male"
    height = rng.gauss(176 if male else 164, 6.5) - (18 - age) * (1.6 if male else 0.6)
    bmi = rng.gauss(20.6 if sport != "track" else 19.3, 1.4)
    mass = _clip(bmi * (height / 100) ** 2, 38, 95)
    device = rng.random() < 0.55
    p = _Obj(
        climate=name, home=tz, tmean=tmean, tamp=tamp, drange=drange, rh=rh, us=us,
        imperial=(us and rng.random() < 0.85) or (not us and rng.random() < 0.05),
        sport=sport, sex=sex, age=age, male=male, height=round(height, 1), mass0=mass,
        growth_kg=rng.uniform(0.5, 1.2 if age >= 17 else 5.0) * (1.3 if male else 0.8),
        growth_cm=0.0 if age >= 17 else rng.uniform(0.5, 5.0 if male else 2.0),
        sr_base=rng.uniform(0.62, 1.15) if male else rng.uniform(0.5, 0.9),
        na_mgl=rng.uniform(450, 1500),
        drink_habit=rng.uniform(0.3, 0.78),
        p_sports_base=rng.uniform(0.05, 0.45), p_lyte=rng.choice([0.0, 0.0, 0.04, 0.1]),
        bodyarmor=rng.random() < 0.3,
        school_bed=rng.uniform(21.9, 23.1), school_wake=rng.uniform(6.1, 6.9),
        weekend_bed=rng.uniform(23.0, 24.6), weekend_wake=rng.uniform(8.0, 10.2),
        p_late=rng.uniform(0.05, 0.14),
        device=device, device_kind=rng.choice(["garmin", "apple", "fitbit"]) if device else None,
        p_wear=rng.uniform(0.55, 0.92), utc_export=device and rng.random() < 0.25,
        watch_rpe=rng.random() < 0.4,
        p_log_sport=rng.uniform(0.78, 0.95), p_log_other=rng.uniform(0.5, 0.85),
        p_rpe=rng.uniform(0.55, 0.92), p_temp=rng.uniform(0.45, 0.9), p_hum=rng.uniform(0.2, 0.7),
        p_weigh=rng.uniform(0.2, 0.75), p_morning=rng.uniform(0.05, 0.3),
        p_fluid=rng.uniform(0.35, 0.8), p_sleep_watch=rng.uniform(0.55, 0.92),
        p_sleep_manual=rng.uniform(0.25, 0.55), pe=rng.random() < 0.55,
        pe_days=rng.choice([(0, 2, 4), (1, 3)]), pe_hour=rng.choice([9.0, 10.25, 13.25]),
        p_notes=rng.uniform(0.15, 0.5), round_min=rng.choice([15, 15, 30]),
        logger=rng.choice(["mom", "mom", "dad", "mom"]),
    )
    if cause == "electrolyte_loss":
        p.na_mgl = rng.uniform(1050, 1550)
    p.salty = p.na_mgl > 1150
    return p


# ----------------------------------------------------------------------------------------------
# Calendar
# ----------------------------------------------------------------------------------------------

def _phase(sport: str, d: date) -> str:
    md = (d.month, d.day)

    def w(a, b):
        return a <= md <= b
    if sport == "soccer":
        if w((8, 1), (8, 14)) or w((2, 15), (2, 29)):
            return "pre"
        if w((8, 15), (11, 10)):
            return "season"
        if w((11, 11), (11, 30)):
            return "rest"
        if w((3, 1), (6, 10)):
            return "club"
        if w((6, 11), (7, 31)):
            return "summer"
        return "off"
    if sport == "basketball":
        if w((10, 20), (11, 10)):
            return "pre"
        if md >= (11, 11) or md <= (2, 29):
            return "season"
        if w((3, 1), (3, 20)):
            return "rest"
        if w((3, 21), (6, 14)):
            return "club"
        if w((6, 15), (8, 10)):
            return "summer"
        return "off"
    if sport == "volleyball":
        if w((8, 1), (8, 12)):
            return "pre"
        if w((8, 13), (11, 8)):
            return "season"
        if w((11, 9), (11, 30)):
            return "rest"
        if md >= (12, 1) or md <= (5, 31):
            return "club"
        return "summer"
    # track / cross-country
    if w((8, 5), (8, 15)):
        return "pre"
    if w((8, 16), (11, 5)) or w((3, 1), (6, 5)):
        return "season"
    if w((11, 6), (11, 30)):
        return "rest"
    if md >= (12, 1) or md <= (2, 29):
        return "off"
    return "summer"


def _thanksgiving(y: int) -> date:
    d = date(y, 11, 1)
    first_thu = 1 + (3 - d.weekday()) % 7
    return date(y, 11, first_thu + 21)


def _build_days(p, rng, day0: date, ndays: int):
    days = []
    springs = {}
    for y in range(day0.year, day0.year + 3):
        mar1 = date(y, 3, 1)
        mon = mar1 + timedelta(days=(7 - mar1.weekday()) % 7 + 7 * rng.randint(1, 2))
        springs[y] = (mon, mon + timedelta(days=6), rng.random() < 0.35)
    for i in range(ndays):
        d = day0 + timedelta(days=i)
        sp = springs[d.year]
        winter = (d.month == 12 and d.day >= 21) or (d.month == 1 and d.day <= 2)
        summer_off = (d.month, d.day) >= (6, 7) and (d.month, d.day) <= (8, 19)
        spring_break = sp[0] <= d <= sp[1]
        tg = p.us and d.month == 11 and d in (_thanksgiving(d.year), _thanksgiving(d.year) + timedelta(days=1))
        school = d.weekday() < 5 and not (winter or summer_off or spring_break or tg)
        days.append(_Obj(i=i, d=d, wd=d.weekday(), phase=_phase(p.sport, d), school=school,
                         holiday=winter or tg, off=None, zone=p.home, tourn=0, camp=False, meet=0,
                         gap=False, watch_off=False, diary=False, sessions=[], night=None,
                         deficient=0.0, away=False))
    # vacations: summer family trip, sometimes spring break trip
    for y in sorted({x.d.year for x in days}):
        if rng.random() < 0.7:
            s = date(y, 6, 20) + timedelta(days=rng.randint(0, 45))
            _mark_off(days, s, rng.randint(7, 11), "vacation")
        if springs[y][2]:
            _mark_off(days, springs[y][0] - timedelta(days=2), 8, "vacation")
    # illnesses and an injury lay-off
    for _ in range(_poisson(rng, ndays / 365 * 1.4)):
        s = day0 + timedelta(days=rng.randrange(ndays))
        _mark_off(days, s, rng.randint(3, 6), "ill")
    if rng.random() < 0.35:
        s = day0 + timedelta(days=rng.randrange(ndays))
        _mark_off(days, s, rng.randint(7, 20), "injury")
    # tournaments / meets
    last_t = -99
    for x in days:
        if x.wd != 5:
            continue
        ph = x.phase
        if x.off or x.holiday and ph != "season":
            continue
        if p.sport == "track":
            prob = {"season": 0.75, "off": 0.35, "summer": 0.1}.get(ph, 0)
            if rng.random() < prob:
                x.meet = 1 if (ph == "season" and x.d.month >= 8) else rng.choice([2, 2, 3])
            continue
        prob = {"season": 0.24, "club": 0.42, "summer": 0.33}.get(ph, 0.0)
        if x.i - last_t < 13:
            prob *= 0.3
        if rng.random() < prob:
            last_t = x.i
            away = rng.random() < 0.25
            zone = rng.choice(_TRAVEL[p.home]) if away else p.home
            two_day = ph != "season" or rng.random() < 0.35
            x.tourn = 3 if rng.random() < 0.6 else 2
            x.away, x.zone = away, zone
            if two_day and x.i + 1 < len(days) and not days[x.i + 1].off:
                y = days[x.i + 1]
                y.tourn = 2 if rng.random() < 0.55 else 3
                y.away, y.zone = away, zone
    # camps
    for y in sorted({x.d.year for x in days}):
        ncamp = _wchoice(rng, [0, 1, 2], [0.15, 0.65, 0.2])
        for _ in range(ncamp):
            s = date(y, 6, 16) + timedelta(days=rng.randint(0, 44))
            s -= timedelta(days=s.weekday())
            overnight = rng.random() < 0.3
            zone = rng.choice(_TRAVEL[p.home]) if overnight else p.home
            for k in range(5):
                j = (s - day0).days + k
                if 0 <= j < ndays and not days[j].off:
                    days[j].camp, days[j].tourn, days[j].meet = True, 0, 0
                    days[j].away, days[j].zone = overnight, zone
    # logging gaps (parent) and watch-off periods
    for _ in range(_poisson(rng, ndays / 150)):
        s = rng.randrange(10, max(11, ndays - 20))
        for j in range(s, min(ndays, s + rng.randint(5, 14))):
            days[j].gap = True
    if p.device:
        for _ in range(_poisson(rng, ndays / 120)):
            s = rng.randrange(0, ndays)
            for j in range(s, min(ndays, s + rng.randint(3, 9))):
                days[j].watch_off = True
    # food diary days: blocks of 2-5 days every 2-5 weeks, plus stray single days
    j = rng.randint(0, 12)
    while j < ndays:
        for k in range(rng.randint(2, 5)):
            if j + k < ndays:
                days[j + k].diary = True
        j += rng.randint(14, 35)
    for x in days:
        if rng.random() < 0.03:
            x.diary = True
        if x.gap:
            x.diary = False
    return days


def _mark_off(days, s: date, n: int, why: str):
    i0 = (s - days[0].d).days
    for j in range(i0, i0 + n):
        if 0 <= j < len(days) and days[j].off is None:
            days[j].off = why


# ----------------------------------------------------------------------------------------------
# Sessions
# ----------------------------------------------------------------------------------------------

def _sess(x, kind, hour, dur, act, outdoor, rpe, muscles, label, gi=0):
    return _Obj(day=x.i, kind=kind, start=_hm(x.d, hour), dur=max(15.0, dur), act=act,
                outdoor=outdoor, rpe_mu=rpe, muscles=muscles, label=label, gi=gi)


def _plan_day(p, x, rng, prev_end):
    S = _SPORTS[p.sport]
    sp, out, mus = p.sport, S["outdoor"], S["muscles"]
    g = rng.gauss
    res = []
    ph, wd = x.phase, x.wd
    if x.off == "vacation":
        if rng.random() < 0.18:
            res.append(_sess(x, "light", rng.uniform(8, 17), g(55, 15), rng.choice(["walking", "hiking", "swimming"]),
                             True, 3, [], "vacation"))
        return res
    if x.off:
        return res
    if x.camp:
        indoor = not out
        res.append(_sess(x, "camp", 8.75 + rng.uniform(-0.25, 0.5), g(150, 15), S["act"], not indoor, 6.5, mus, "camp AM"))
        res.append(_sess(x, "camp", 13.75 + rng.uniform(-0.25, 0.75), g(120, 15), S["act"], not indoor, 6.8, mus, "camp PM"))
        if rng.random() < 0.45:
            res.append(_sess(x, "camp", 19.0 + rng.uniform(0, 0.5), g(75, 10), S["act"], False if indoor else rng.random() < 0.5,
                             5.5, mus, "camp evening"))
        return res
    if x.tourn:
        h = rng.choice([7.75, 8.0, 8.5, 9.0])
        for k in range(x.tourn):
            dur = g(S["tgame"][0], S["tgame"][1])
            res.append(_sess(x, "tgame", h, dur, S["act"], out, 7.4, mus, "tournament game", gi=k))
            h += dur / 60 + rng.uniform(1.2, 3.2)
        return res
    if x.meet:
        h = rng.choice([8.0, 8.5, 9.5, 15.5]) if x.phase == "season" else rng.choice([9.0, 10.0])
        if x.meet == 1:
            res.append(_sess(x, "meet", h, g(65, 8), "running", True, 8.8, mus, "XC race"))
        else:
            for k in range(x.meet):
                res.append(_sess(x, "meet", h, g(38, 8), "running", x.phase != "off", 8.4, mus, "track event", gi=k))
                h += rng.uniform(1.0, 2.5)
        return res
    school_pm = 15.5 + rng.uniform(-0.25, 0.5)
    if ph == "pre":
        if wd == 6:
            return res
        early = x.d.day <= 8 and sp != "basketball"
        if early and wd < 5:
            res.append(_sess(x, "pre", 8.0 + rng.uniform(0, 0.5), g(120, 12), S["act"], out or sp == "track", 6.8, mus, "2-a-day AM"))
            res.append(_sess(x, "pre", 17.0 + rng.uniform(0, 0.75), g(95, 10), S["act"], out, 6.5, mus, "2-a-day PM"))
        elif wd == 5:
            res.append(_sess(x, "pre", 9.5, g(90, 12), S["act"], out, 7.0, mus, "scrimmage"))
        else:
            res.append(_sess(x, "pre", school_pm if x.school else 9.0, g(115, 12), S["act"], out, 6.6, mus, "preseason practice"))
    elif ph == "season":
        if sp == "track":
            plan = {0: (55, 4.5, "easy run"), 1: (80, 8.0, "intervals"), 2: (60, 5.0, "recovery run"),
                    3: (65, 7.0, "tempo"), 4: (40, 3.5, "shakeout"), 6: (75, 5.0, "long run")}
            if wd in plan and not (wd == 6 and rng.random() < 0.5):
                m, r, lab = plan[wd]
                res.append(_sess(x, "run", school_pm if wd < 5 else 8.0, g(m, 8), "running", True, r, mus, lab))
        else:
            games = {"soccer": (1, 3), "basketball": (1, 4), "volleyball": (1, 3)}[sp]
            if wd in games and not x.holiday:
                hour = rng.choice([17.5, 18.0, 19.0]) if sp != "soccer" else rng.choice([16.5, 18.0, 19.5])
                res.append(_sess(x, "game", hour, g(S["game"][0], S["game"][1]), S["act"], out, 7.8, mus, "game"))
            elif wd < 5 and not (x.holiday and rng.random() < 0.5):
                res.append(_sess(x, "practice", school_pm if x.school else 10.0, g(S["prac"][0], S["prac"][1]),
                                 S["act"], out, 5.7, mus, "practice"))
            elif wd == 5 and rng.random() < 0.4:
                res.append(_sess(x, "practice", 9.0, g(75, 10), S["act"], out, 5.0, mus, "Saturday practice"))
    elif ph == "club":
        if wd in (0, 2, 3) and not (x.holiday and rng.random() < 0.6):
            res.append(_sess(x, "practice", rng.choice([17.5, 18.0, 18.5]), g(S["prac"][0] - 5, 12), S["act"], out, 5.8, mus, "club practice"))
        elif wd == 1 and rng.random() < 0.55:
            res.append(_sess(x, "strength", school_pm, g(55, 8), "strength", False, 5.8, ["quadriceps", "glute", "hamstring"], "weights"))
        elif wd == 5 and sp == "soccer" and rng.random() < 0.7:
            res.append(_sess(x, "game", rng.choice([9.0, 11.0, 14.0]), g(S["game"][0], 8), S["act"], out, 7.8, mus, "league game"))
    elif ph == "off":
        if sp == "track":
            if wd < 5 and rng.random() < 0.8:
                lab = rng.choice(["indoor practice", "easy run", "workout"])
                res.append(_sess(x, "run", school_pm, g(65, 12), "running", rng.random() < 0.5, 6.0 if lab == "workout" else 4.8, mus, lab))
        else:
            if wd in (0, 2) and rng.random() < 0.8:
                res.append(_sess(x, "strength", school_pm, g(55, 8), "strength", False, 5.8, ["quadriceps", "glute", "hamstring", "chest"], "weights"))
            elif wd in (1, 3) and rng.random() < 0.7:
                res.append(_sess(x, "practice", 18.0, g(80, 12), S["act"], False, 5.5, mus,
                                 "futsal" if sp == "soccer" else "open gym / club practice"))
            elif wd == 5 and rng.random() < 0.45:
                res.append(_sess(x, "run", 10.0, g(45, 10), "running", True, 5.0, ["calf", "hamstring"], "conditioning run"))
    elif ph == "summer":
        if sp == "track":
            if wd != 5 and rng.random() < 0.8:
                long = wd == 6
                res.append(_sess(x, "run", 7.0 + rng.uniform(0, 1.5), g(80 if long else 55, 10), "running", True,
                                 5.5 if long else 4.8, mus, "long run" if long else "summer base run"))
        else:
            if wd in (0, 2, 4) and rng.random() < 0.7:
                res.append(_sess(x, "run", 8.0 + rng.uniform(0, 1.0), g(60, 10), rng.choice(["running", "hiit", "strength"]),
                                 True, 6.0, ["calf", "quadriceps", "hamstring"], "summer conditioning"))
            if wd in (1, 3) and rng.random() < 0.85:
                res.append(_sess(x, "practice", 18.5 + rng.uniform(0, 0.5), g(S["prac"][0] - 10, 12), S["act"], out, 5.8, mus, "club practice"))
    elif ph == "rest":
        if rng.random() < 0.18:
            res.append(_sess(x, "light", 16.0 + rng.uniform(0, 2), g(45, 10), rng.choice(["running", "team_sport", "walking"]),
                             True, 4.0, [], "pickup / easy"))
    if p.pe and x.school and wd in p.pe_days and ph != "summer":
        res.append(_sess(x, "pe", p.pe_hour, g(45, 3), rng.choice(["team_sport", "walking", "running", "other", "strength"]),
                         rng.random() < 0.5, 3.2, [], "school PE"))
    res.sort(key=lambda s: s.start)
    return res


def _weather(p, days, rng):
    noise, rhn = 0.0, 0.0
    for x in days:
        doy = x.d.timetuple().tm_yday
        noise = 0.75 * noise + rng.gauss(0, 2.4)
        rhn = 0.6 * rhn + rng.gauss(0, 7)
        x.tmax = p.tmean + p.tamp * math.cos(2 * math.pi * (doy - 200) / 365.25) + noise
        x.tmin = x.tmax - p.drange + rng.gauss(0, 1.5)
        x.rh = _clip(p.rh + rhn - 0.4 * noise, 12, 96)


def _air(x, hour: float):
    """Outdoor temperature / RH at a given local hour of day x."""
    h = hour % 24
    if 6 <= h <= 15:
        s = 0.5 - 0.5 * math.cos(math.pi * (h - 6) / 9)
    else:
        hh = h - 15 if h > 15 else h + 9
        s = 0.5 + 0.5 * math.cos(math.pi * hh / 15)
    t = x.tmin + (x.tmax - x.tmin) * s
    rh = _clip(x.rh + 18 * (0.5 - s), 8, 100)
    return t, rh


def _physiology(p, days, sessions, rng):
    for s in sessions:
        x = days[s.day]
        mid = s.start.hour + s.start.minute / 60 + s.dur / 120
        if s.outdoor:
            s.temp, s.rh = _air(x, mid)
        else:
            summer = x.d.month in (6, 7, 8)
            if (x.camp or x.tourn) and summer and rng.random() < 0.6:
                s.temp = 23.5 + max(0.0, x.tmax - 26) * rng.uniform(0.3, 0.65) + rng.gauss(0, 1)
                s.rh = _clip(rng.gauss(60, 8), 35, 85)
            else:
                s.temp, s.rh = rng.gauss(21.5, 1.2), _clip(rng.gauss(42, 7), 20, 70)
        s.hi = _heat_index(s.temp, s.rh)
        r = s.rpe_mu + rng.gauss(0, 0.8) + 0.012 * (s.dur - 75) + 0.35 * s.gi
        s.rpe = _clip(r, 1.0, 10.0)
        s.load = s.dur * s.rpe
        heat = 1 + 0.045 * (s.temp - 20) if s.temp > 20 else 1 - 0.012 * (20 - s.temp)
        hum = 1 + 0.005 * (s.rh - 50) if s.temp > 25 else 1.0
        rate = _clip(p.sr_base * (0.45 + 0.09 * s.rpe) * heat * hum * rng.uniform(0.88, 1.12), 0.15, 2.8)
        s.sweat = rate * s.dur / 60 * 1000.0  # ml
        # drinking: a habit with large day-to-day variation; parents push drinks on hot days
        f = _clip(rng.gauss(p.drink_habit, 0.25) + (0.08 if s.hi >= 30 else 0.0), 0.05, 1.3)
        if rng.random() < 0.06:
            f *= 0.3  # forgot the bottle
        intake = f * s.sweat
        p_sp = _clip(p.p_sports_base + (0.22 if s.kind in ("game", "tgame", "meet", "camp") else 0.0)
                     + (0.12 if s.hi >= 30 else 0.0), 0.0, 0.85)
        if s.kind in ("pe", "light", "strength"):
            p_sp *= 0.3
        s.drinks = []
        left = intake
        while left > 120:
            size = rng.choice([500, 591, 591, 355, 710]) if p.us else rng.choice([500, 500, 750, 330])
            ml = max(150.0, left) if left < size * 0.8 else size
            u = rng.random()
            if u < p.p_lyte:
                kind = rng.choice(["liquid_iv", "lmnt"])
            elif u < p.p_lyte + p_sp:
                kind = "bodyarmor" if p.bodyarmor and rng.random() < 0.6 else rng.choice(["gatorade", "powerade", "gatorade_zero"])
            else:
                kind = "water"
            s.drinks.append((ml, kind))
            left -= ml
        s.intake = sum(d[0] for d in s.drinks)
        s.na_in = sum(_drink_na(k, ml) for ml, k in s.drinks)
        s.na_loss = s.sweat / 1000 * p.na_mgl
        s.end = s.start + timedelta(minutes=s.dur)


_DRINKS = {  # kind -> (drink vocabulary, true sodium mg per litre, label, sodium on label per bottle?)
    "water": ("water", 0, None), "gatorade": ("sports_drink", 457, "Gatorade"),
    "gatorade_zero": ("sports_drink", 457, "Gatorade Zero"), "powerade": ("sports_drink", 423, "Powerade"),
    "bodyarmor": ("sports_drink", 53, "BodyArmor"), "liquid_iv": ("electrolyte_drink", 1057, "Liquid IV"),
    "lmnt": ("electrolyte_drink", 2000, "LMNT"),
}


def _drink_na(kind, ml):
    return _DRINKS[kind][1] * ml / 1000


# ----------------------------------------------------------------------------------------------
# Sleep
# ----------------------------------------------------------------------------------------------

def _sleep(p, days, rng):
    """days[k].night = the night that ends on the morning of day k (k >= 1)."""
    for k in range(1, len(days)):
        x, prev = days[k], days[k - 1]
        first = x.sessions[0].start if x.sessions else None
        if first is not None and (x.tourn or x.meet or x.camp or x.phase == "pre") and first.hour < 10:
            wake = first - timedelta(minutes=rng.uniform(55, 115 if not x.away else 80))
        elif x.school:
            wake = _hm(x.d, p.school_wake + rng.gauss(0, 0.12))
        else:
            wake = _hm(x.d, p.weekend_wake + rng.gauss(0, 0.6))
            if first is not None and first < wake + timedelta(minutes=60):
                wake = first - timedelta(minutes=rng.uniform(50, 80))
        if x.school or (first is not None and first.hour < 10):
            bed_h = p.school_bed + rng.gauss(0, 0.4)
        else:
            bed_h = p.weekend_bed + rng.gauss(0, 0.5)
        if (x.tourn or x.camp) and rng.random() < 0.5:
            bed_h -= 0.5
        bed = _hm(prev.d, bed_h)
        if prev.sessions:
            last_end = prev.sessions[-1].start + timedelta(minutes=prev.sessions[-1].dur)
            if last_end.hour >= 19:
                bed = max(bed, last_end + timedelta(minutes=rng.uniform(70, 130)))
        late = None
        if x.school and rng.random() < p.p_late:
            late = rng.choice(["studying", "project", "phone", "homework"])
            bed = _hm(prev.d, rng.uniform(24.2, 25.8))
        elif not x.school and rng.random() < 0.035:
            late = "sleepover"
            bed = _hm(prev.d, rng.uniform(25.5, 27.2))
        latency = rng.uniform(8, 30)
        hours = ((wake - bed).total_seconds() / 60 - latency) / 60
        if hours < 3.0:
            wake = bed + timedelta(hours=3.5)
            hours = 3.5 - latency / 60
        q = int(round(_clip(1 + (hours - 4.6) * 0.85 + rng.gauss(0, 0.7), 1, 5)))
        x.night = _Obj(bed=bed, wake=wake, hours=hours, quality=q, late=late, logged=None, forced=False, must=False)


# ----------------------------------------------------------------------------------------------
# Diet
# ----------------------------------------------------------------------------------------------

def _day_menu(p, rng, level: float, poor_style: bool):
    """level: 1 normal, <1 worse.  Returns list of (slot, label, [(ndb, g)], hour)."""
    scale = (1.22 if p.male else 1.0) * rng.uniform(0.9, 1.1)
    meals = []
    p_poor = 0.12 if level >= 0.95 else 0.45 if level >= 0.75 else 0.85
    for slot in ("breakfast", "lunch", "snack", "dinner"):
        if slot == "breakfast" and poor_style and rng.random() < 0.55:
            continue
        poor = rng.random() < p_poor
        label, items = rng.choice((_POOR if poor else _GOOD)[slot])
        if poor_style and not poor:
            dairy = ("01082", "01079", "01103", "01009", "01028", "01287", "01121")
            alt = rng.random() < 0.4  # sometimes swaps in almond milk
            items = [("14091", lo, hi) if (it[0] in dairy and alt and lo >= 200) else it
                     for it in items for lo, hi in [(it[1], it[2])] if it[0] not in dairy or (alt and lo >= 200)]
            if not items:
                continue
        got = [(ndb, round(rng.uniform(lo, hi) * scale)) for ndb, lo, hi in items]
        if slot == "snack" and rng.random() < 0.3:
            continue
        meals.append((slot, label, got))
    return meals


def _nutrients(items):
    tot = [0.0] * 5
    for ndb, g in items:
        f = _FOODS[ndb]
        for j in range(5):
            tot[j] += f[1 + j] * g / 100
    return tot  # kcal, Ca, Mg, K, Na


# ----------------------------------------------------------------------------------------------
# Exposures
# ----------------------------------------------------------------------------------------------

def _bouts(p, days, rng):
    """Weighed bouts: pre/post home weigh-ins around a session or a whole tournament/camp day."""
    bouts = []
    for x in days:
        ss = [s for s in x.sessions if s.kind not in ("pe",)]
        if not ss or x.gap or x.away:
            continue
        pw = p.p_weigh * (1.35 if (x.tourn or x.camp) else 1.0)
        if rng.random() >= pw:
            continue
        sweat = sum(s.sweat for s in ss)
        intake = sum(s.intake for s in ss)
        span_h = ((ss[-1].end - ss[0].start).total_seconds()) / 3600
        food = rng.uniform(0.3, 0.8) if span_h > 3 else rng.uniform(0.0, 0.15)
        urine = rng.uniform(0.15, 0.45) if span_h > 3 else rng.uniform(0.0, 0.2)
        pre_t = ss[0].start - timedelta(minutes=rng.uniform(25, 75))
        post_t = ss[-1].end + timedelta(minutes=rng.uniform(15, 70))
        bouts.append(_Obj(day=x.i, sessions=ss, pre_t=pre_t, post_t=post_t,
                          deficit_kg=(sweat - intake) / 1000 - food + urine))
    return bouts


def _acwr(loads):
    n = len(loads)
    out = [0.0] * n
    pref = [0.0]
    for v in loads:
        pref.append(pref[-1] + v)
    for i in range(n):
        if i < 27:
            out[i] = float("nan")
            continue
        acute = pref[i + 1] - pref[i - 6]
        chronic = (pref[i + 1] - pref[i - 27]) / 4
        out[i] = acute / chronic if chronic > 0 else (9.0 if acute > 0 else 0.0)
    return out


def _median(v):
    v = sorted(v)
    if not v:
        return 0.0
    m = len(v) // 2
    return v[m] if len(v) % 2 else (v[m - 1] + v[m]) / 2


def _exposed_units(cause, p, days, sessions, bouts, scen):
    """Return list of (unit, weight, observable) for the planted cause."""
    units = []
    if cause == "dehydration":
        for b in bouts:
            pct = 100 * b.deficit_kg / b.pre_kg
            if pct >= 2.0:
                units.append((b, pct - 1.5, True))
    elif cause == "electrolyte_loss":
        by_day = {}
        for s in sessions:
            by_day.setdefault(s.day, []).append(s)
        for d, ss in by_day.items():
            loss = rep = 0.0
            for s in ss:
                if s.kind in ("pe", "light"):
                    continue
                loss += s.na_loss
                rep += s.na_in
                if loss >= 1800 and rep < 0.3 * loss:
                    units.append((s, (loss - rep) / 1000 - 1.0, s.fluid_logged and s.logged))
    elif cause == "muscle_fatigue":
        med_day = scen.med_day
        med_sess = scen.med_sess
        for s in sessions:
            if s.kind in ("pe", "light"):
                continue
            r1 = s.day_load / med_day
            r2 = s.load / med_sess
            streak = days[s.day].streak
            score = max(r1, r2)
            if score >= 1.75 or (streak >= 7 and s.load >= 0.8 * med_sess):
                units.append((s, max(score - 1.4, 0.2) + (0.4 if streak >= 7 else 0.0), s.logged))
    elif cause == "training_load_spike":
        for s in sessions:
            if s.kind in ("pe", "light"):
                continue
            a_true, a_log = scen.acwr_true[s.day], scen.acwr_log[s.day]
            if s.day >= 28 and a_true >= 1.5 and a_log >= 1.5:
                units.append((s, min(a_true, 3.0) - 1.3, s.logged))
    elif cause == "heat":
        for s in sessions:
            if s.kind in ("pe",):
                continue
            if s.hi >= 29.0:
                units.append((s, s.hi - 27.0, s.logged and s.temp_logged))
    elif cause == "sleep_debt":
        usual = scen.usual_sleep
        for x in days:
            if x.night is not None and x.night.hours <= usual - 1.6 and x.i < len(days) - 1:
                units.append((x, usual - x.night.hours - 1.2, True))
    elif cause == "nutrient_deficiency":
        a, b = scen.def_phase
        for x in days:
            if a + 10 <= x.i <= min(b + 7, len(days) - 1):
                units.append((x, 1.0, True))
    elif cause == "medication":
        a, b = scen.med_window
        for x in days:
            if a <= x.i <= b:
                units.append((x, 1.0, True))
    # units in parent-logging gaps cannot be observed (the episode would not be logged)
    out = []
    for u, w, obs in units:
        di = u.day if hasattr(u, "day") else u.i
        if days[di].gap:
            obs = False
        out.append((u, w, obs))
    return out


# ----------------------------------------------------------------------------------------------
# Episodes
# ----------------------------------------------------------------------------------------------

def _context(days, t: datetime):
    """What the teen was really doing at time t: during, session."""
    k = (t.date() - days[0].d).days
    for j in (k, k - 1):
        if 0 <= j < len(days):
            for s in days[j].sessions:
                if s.start <= t <= s.end:
                    return "exercise", s
    for j in (k, k - 1):
        if 0 <= j < len(days):
            for s in reversed(days[j].sessions):
                if s.end < t <= s.end + timedelta(minutes=120):
                    return "after_exercise", s
    for j in (k, k + 1):
        if 1 <= j < len(days) and days[j].night is not None:
            n = days[j].night
            if n.bed <= t <= n.wake:
                return "sleep", None
    return "rest", None


def _episode(rng, t, kind, muscle, during, side=None, note=None, pain=None, dur=None, flags=None):
    return _Obj(t=t, kind=kind, muscle=muscle, during=during, side=side, note=note, pain=pain, dur=dur,
                flags=flags, linked=False)


def _late_in(rng, s, frac_lo=0.6, after_max=90):
    """A time late in session s or shortly after."""
    if rng.random() < 0.62:
        return s.start + timedelta(minutes=s.dur * rng.uniform(frac_lo, 0.98))
    return s.end + timedelta(minutes=rng.uniform(3, after_max))


def _exercise_muscle(rng, p):
    m = _SPORTS[p.sport]["muscles"]
    return _wchoice(rng, m, [5, 3, 2, 1][:len(m)])


def _plant(cause, p, days, sessions, units, n, rng, scen):
    """Pick n linked episodes among observable exposed units."""
    obs = [(u, w) for u, w, o in units if o]
    chosen = _weighted_sample(rng, [u for u, _ in obs], [w for _, w in obs], n)
    eps = []
    for u in chosen:
        if len(eps) >= n:
            break
        if cause == "dehydration":
            s = u.sessions[-1]
            t = _late_in(rng, s, 0.55, 150)
            eps.append(_episode(rng, t, "spasm", _wchoice(rng, ["calf", "hamstring", "quadriceps", "foot"], [6, 3, 2, 1]), None))
        elif cause == "electrolyte_loss":
            t = _late_in(rng, u, 0.5, 240)
            side = "both" if rng.random() < 0.45 else None
            m1 = _wchoice(rng, ["calf", "hamstring", "quadriceps", "abdomen", "foot"], [6, 4, 3, 1, 1])
            eps.append(_episode(rng, t, "spasm", m1, None, side=side))
            if rng.random() < 0.3 and len(eps) < n:
                m2 = rng.choice([m for m in ("calf", "hamstring", "quadriceps", "hand", "abdomen") if m != m1])
                eps.append(_episode(rng, t + timedelta(minutes=rng.uniform(4, 25)), "spasm", m2, None, side=side))
        elif cause == "muscle_fatigue":
            t = _late_in(rng, u, 0.65, 60)
            eps.append(_episode(rng, t, "spasm" if rng.random() < 0.85 else "twitch", _exercise_muscle(rng, p), None))
        elif cause == "training_load_spike":
            r = rng.random()
            if r < 0.8:
                t = _late_in(rng, u, 0.4, 90)
                eps.append(_episode(rng, t, "spasm" if rng.random() < 0.85 else "twitch", _exercise_muscle(rng, p), None))
            else:
                x = days[u.day + 1] if u.day + 1 < len(days) else None
                if x is None or x.night is None:
                    continue
                t = x.night.bed + timedelta(minutes=rng.uniform(60, 300))
                eps.append(_episode(rng, t, "spasm", _wchoice(rng, ["calf", "foot", "hamstring"], [6, 2, 1]), None))
        elif cause == "heat":
            if rng.random() < 0.72:
                t = u.start + timedelta(minutes=u.dur * rng.uniform(0.35, 0.97))
            else:
                t = u.end + timedelta(minutes=rng.uniform(3, 90))
            eps.append(_episode(rng, t, "spasm", _wchoice(rng, ["calf", "hamstring", "quadriceps", "abdomen", "foot"], [6, 4, 3, 1, 1]), None))
        elif cause == "sleep_debt":
            x = u
            x.night.forced = x.night.must = True
            r = rng.random()
            day_s = [s for s in x.sessions if s.kind != "pe"]
            if day_s and r < 0.45:
                s = rng.choice(day_s)
                t = s.start + timedelta(minutes=s.dur * rng.uniform(0.2, 1.3))
                eps.append(_episode(rng, t, "spasm" if rng.random() < 0.7 else "twitch", _exercise_muscle(rng, p), None))
            elif r < 0.8:
                t = _hm(x.d, rng.uniform(9.0, 21.5))
                eps.append(_episode(rng, t, "twitch", _wchoice(rng, ["eyelid", "calf", "hand", "face", "quadriceps"], [8, 4, 1, 1, 1]), None))
            else:
                nx = days[x.i + 1].night if x.i + 1 < len(days) else None
                if nx is None:
                    continue
                t = nx.bed + timedelta(minutes=rng.uniform(40, 240))
                eps.append(_episode(rng, t, "spasm", _wchoice(rng, ["calf", "foot", "toes"], [6, 2, 1]), None))
        elif cause in ("nutrient_deficiency", "medication"):
            x = u
            r = rng.random()
            tw = 0.38 if cause == "nutrient_deficiency" else 0.15
            night = 0.35 if cause == "nutrient_deficiency" else 0.55
            day_s = [s for s in x.sessions if s.kind != "pe"]
            if r < tw:
                t = _hm(x.d, rng.uniform(8.0, 22.0))
                m = _wchoice(rng, ["eyelid", "calf", "hand", "fingers", "face", "foot"], [6, 5, 2, 1, 1, 1])
                eps.append(_episode(rng, t, "twitch", m, None))
            elif r < tw + night and x.night is not None:
                t = x.night.bed + timedelta(minutes=rng.uniform(45, max(60, (x.night.wake - x.night.bed).total_seconds() / 60 - 20)))
                eps.append(_episode(rng, t, "spasm", _wchoice(rng, ["calf", "foot", "toes", "hamstring"], [7, 3, 1, 1]), None))
            elif day_s:
                s = rng.choice(day_s)
                t = s.start + timedelta(minutes=s.dur * rng.uniform(0.2, 1.4))
                eps.append(_episode(rng, t, "spasm", _wchoice(rng, ["calf", "foot", "hamstring", "hand"], [6, 2, 2, 1]), None))
            else:
                t = _hm(x.d, rng.uniform(7.0, 22.0))
                eps.append(_episode(rng, t, "spasm", _wchoice(rng, ["calf", "foot", "hand", "toes"], [5, 3, 2, 1]), None))
    for e in eps:
        e.linked = True
    return eps


def _background(p, days, sessions, rng, n):
    eps = []
    nd = len(days)
    tries = 0
    while len(eps) < n and tries < n * 20:
        tries += 1
        r = rng.random()
        x = days[rng.randrange(nd)]
        if x.gap:
            continue
        if r < 0.42:
            if x.night is None:
                continue
            span = (x.night.wake - x.night.bed).total_seconds() / 60
            t = x.night.bed + timedelta(minutes=rng.uniform(30, max(40, span - 15)))
            m = _wchoice(rng, ["calf", "foot", "toes", "hamstring", "shin"], [10, 3, 1, 1, 1])
            eps.append(_episode(rng, t, "spasm", m, None))
        elif r < 0.62:
            t = _hm(x.d, rng.uniform(7.5, 22.0))
            eps.append(_episode(rng, t, "twitch", "eyelid", None))
        elif r < 0.76:
            t = _hm(x.d, rng.uniform(7.5, 22.5))
            eps.append(_episode(rng, t, "twitch", _wchoice(rng, ["calf", "quadriceps", "hand", "fingers", "face", "foot"], [6, 2, 2, 1, 1, 1]), None))
        elif r < 0.88:
            t = _hm(x.d, rng.uniform(7.0, 22.5))
            eps.append(_episode(rng, t, "spasm", _wchoice(rng, ["foot", "calf", "hand", "toes", "hamstring", "abdomen", "neck"], [4, 4, 2, 2, 1, 1, 1]), None))
        else:
            ss = [s for s in sessions if not days[s.day].gap]
            if not ss:
                continue
            s = rng.choice(ss)
            t = s.start + timedelta(minutes=s.dur * rng.uniform(0.05, 1.3))
            eps.append(_episode(rng, t, "spasm", _exercise_muscle(rng, p), None))
    return eps


# ----------------------------------------------------------------------------------------------
# Rendering helpers
# ----------------------------------------------------------------------------------------------

class _R:
    def __init__(self, p, rng, start, stop):
        self.p, self.rng, self.objs, self.seen = p, rng, [], set()
        self.start, self.stop = start, stop
        self.n_id = rng.randrange(10 ** 8, 9 * 10 ** 8)

    def t(self, local, zone=None, utc=False, rnd=None, seconds=False):
        if rnd:
            m = local.minute + local.hour * 60
            m = int(_round_to(m, rnd))
            local = datetime(local.year, local.month, local.day) + timedelta(minutes=m)
        local = min(max(local, self.start), self.stop - timedelta(minutes=1))
        return _iso(local, self.p.home, zone, utc, seconds)

    def add(self, o):
        key = repr(sorted((k, str(v)) for k, v in o.items() if k != "id"))
        if key in self.seen:
            return
        self.seen.add(key)
        self.objs.append(o)

    def new_id(self, prefix):
        self.n_id += self.rng.randint(1, 9999)
        return f"{prefix}{self.n_id}"

    def temp(self, c):
        if self.p.imperial:
            return f"{round(c * 9 / 5 + 32)} degF"
        return round(c) if self.rng.random() < 0.6 else round(c, 1)

    def mass(self, kg):
        if self.p.imperial:
            return f"{_round_to(kg / 0.45359237, 0.2):.1f} lb"
        return round(kg, 1)

    def ml(self, ml):
        if self.p.imperial:
            oz = ml / 29.5735
            return f"{max(4, round(oz)) if oz < 12 else round(oz / 2) * 2:g} oz"
        return int(round(ml / 10) * 10)


_SPEC = ["probably dehydrated again", "coach says drink more water", "gave {her} a banana after",
         "growing pains?", "{she} says it's nothing", "maybe needs more potassium??", "pickle juice helped I think",
         "{she} didn't tell me until the next day", "trainer stretched it out", "worried, will mention at physical"]


def _episode_obj(R, e, days, zone, note_bits):
    rng, p = R.rng, R.p
    during, _s = _context(days, e.t)
    o = {"type": "episode"}
    rnd = rng.choice([5, 10, 15, 30, 60]) if rng.random() < 0.8 else None
    o["time"] = R.t(e.t + timedelta(minutes=rng.gauss(0, 10) if rnd and rnd >= 30 else 0), zone, rnd=rnd)
    kind = e.kind
    o["kind"] = ("cramp" if rng.random() < 0.35 else "spasm") if kind == "spasm" else ("twitch" if rng.random() < 0.85 else "fasciculation")
    alias = {"calf": ["calf", "calf", "calves", "calf"], "hamstring": ["hamstring", "hamstrings"],
             "quadriceps": ["quadriceps", "quads", "quad"], "eyelid": ["eyelid", "eyelid", "eye"],
             "abdomen": ["abdomen", "abs", "stomach_muscle"], "foot": ["foot", "arch", "foot"]}
    o["muscle"] = rng.choice(alias.get(e.muscle, [e.muscle]))
    if e.muscle == "eyelid":
        side = rng.choice(["left", "right", None])
    else:
        side = e.side or _wchoice(rng, ["left", "right", "both", None], [4, 4, 1, 2])
    if side:
        o["side"] = side
    if kind == "spasm":
        dur = _wchoice(rng, [10, 20, 30, 45, 60, 90, 120, 180, 300, 600], [1, 2, 4, 2, 4, 2, 3, 2, 2, 1])
        pain = int(_clip(round(rng.gauss(6.8 if during == "sleep" else 6.0, 1.5)), 2, 10))
    else:
        dur = _wchoice(rng, [5, 15, 30, 60, 300, 900, 1800, 3600, 7200], [1, 2, 2, 2, 2, 2, 1, 1, 1]) if e.muscle == "eyelid" \
            else _wchoice(rng, [5, 10, 30, 60, 120, 600], [2, 3, 3, 2, 1, 1])
        pain = int(_clip(round(rng.gauss(0.6, 0.8)), 0, 3))
    if rng.random() < 0.75:
        o["duration_s"] = dur
    if rng.random() < 0.8:
        o["pain"] = pain
    if rng.random() < 0.9:
        o["during"] = during
    if kind == "spasm" and rng.random() < 0.8:
        opts = ["stretching", "massage", "walking_it_off", "hydration", "rest", "pickle_juice", "heat", "magnesium", "cold"]
        w = [10, 5, 4, 3 if during in ("exercise", "after_exercise") else 1, 2,
             2 if during in ("exercise", "after_exercise") else 0.3, 2 if during == "sleep" else 0.5, 0.5, 0.4]
        k = rng.choice([1, 1, 2, 2, 3])
        rel = []
        for _ in range(k):
            c = _wchoice(rng, opts, w)
            if c not in rel:
                rel.append(c)
        o["relief"] = rel
        if rng.random() < 0.8:
            o["relieved"] = rng.random() < 0.88
    elif kind == "twitch" and rng.random() < 0.25:
        o["relief"] = [rng.choice(["rest", "massage", "other"])]
    if rng.random() < 0.08:
        o["flags"] = {"swelling": False, "weakness": False} if rng.random() < 0.5 else {"numbness_tingling": False}
    notes = []
    if rng.random() < 0.3:
        notes.append(rng.choice(["logged next morning", "logged next day", "from memory", "{she} told me at dinner"]))
    if note_bits and rng.random() < 0.3:
        notes.append(rng.choice(note_bits))
    if rng.random() < 0.14:
        notes.append(rng.choice(_SPEC))
    if notes:
        she, her = ("she", "her") if p.sex == "female" else ("he", "him")
        o["notes"] = "; ".join(notes).replace("{she}", she).replace("{her}", her)
    return o


def _context_bits(p, days, e, meds, scen):
    """Truthful context remarks a parent might add (same rule for every episode)."""
    bits = []
    during, s = _context(days, e.t)
    k = (e.t.date() - days[0].d).days
    if s is not None:
        if s.hi >= 30:
            bits.append(f"hot out ({round(s.temp * 9 / 5 + 32)}F)" if p.imperial else f"very hot ({round(s.temp)}C)")
        if s.kind == "tgame" and s.gi >= 1:
            bits.append(["", "2nd game of the day", "3rd game of the day"][min(s.gi, 2)])
        if s.kind == "camp":
            bits.append("camp day")
    if 0 <= k < len(days):
        n = days[k].night
        if n is not None and n.late:
            bits.append({"studying": "was up late studying", "project": "up late finishing a project",
                         "phone": "on her phone late" if p.sex == "female" else "on his phone late",
                         "homework": "late night homework", "sleepover": "sleepover the night before"}[n.late])
        if k >= 10 and any(days[j].off for j in range(k - 10, k)) and not days[k].off:
            bits.append("first week back")
    for m in meds:
        if m[1] <= k <= m[1] + 30:
            bits.append(f"started {m[0]} recently")
    return [b for b in bits if b]


# ----------------------------------------------------------------------------------------------
# Main simulation
# ----------------------------------------------------------------------------------------------

def _simulate(cause, rng, early_exit=False):
    p = _person(rng, cause)
    ndays = rng.randint(110, 365)
    first = date(2024, 1, 1)
    last_start = date(2026, 11, 20) - timedelta(days=ndays)
    day0 = first + timedelta(days=rng.randrange((last_start - first).days))
    days = _build_days(p, rng, day0, ndays)
    _weather(p, days, rng)
    sessions = []
    prev_end = None
    for x in days:
        x.sessions = _plan_day(p, x, rng, prev_end)
        sessions.extend(x.sessions)
    _sleep(p, days, rng)
    if early_exit and cause == "sleep_debt":  # early exit: this life cannot show sleep debt often enough
        hrs = [x.night.hours for x in days if x.night is not None]
        usual = _median(hrs)
        if sum(1 for x in days[:-1] if x.night is not None and not x.gap and x.night.hours <= usual - 1.6) < 18:
            return None
    _physiology(p, days, sessions, rng)
    # training streaks and day loads
    streak = 0
    for x in days:
        real = [s for s in x.sessions if s.kind not in ("pe", "light")]
        streak = streak + 1 if real else 0
        x.streak = streak
        acc = 0.0
        for s in x.sessions:
            acc += s.load
            s.day_load = acc
    scen = _Obj()
    train_day_loads = [sum(s.load for s in x.sessions) for x in days if any(s.kind not in ("pe", "light") for s in x.sessions)]
    scen.med_day = _median(train_day_loads) or 1.0
    scen.med_sess = _median([s.load for s in sessions if s.kind not in ("pe", "light")]) or 1.0
    # ---- logging decisions for sessions
    for s in sessions:
        x = days[s.day]
        sport_kind = s.kind in ("practice", "game", "tgame", "camp", "meet", "pre", "run")
        pl = p.p_log_sport if sport_kind else (0.12 if s.kind == "pe" else p.p_log_other)
        watch = p.device and not x.watch_off and rng.random() < p.p_wear * (0.4 if s.kind == "pe" else 1.0)
        manual = (not x.gap) and rng.random() < pl
        s.source = "watch" if watch else ("manual" if manual else None)
        s.dup = watch and manual and rng.random() < 0.06
        s.logged = s.source is not None
        s.temp_logged = s.logged and (
            (s.source == "watch" and p.device_kind == "garmin") or
            (s.outdoor and rng.random() < p.p_temp) or (not s.outdoor and s.temp > 26 and rng.random() < 0.45) or
            (not s.outdoor and rng.random() < 0.06))
        s.fluid_logged = (not x.gap) and s.logged and bool(s.drinks) and rng.random() < p.p_fluid * (1.2 if x.tourn or x.camp else 1.0)
    if early_exit and cause == "heat" and sum(1 for s in sessions if s.hi >= 29.0 and s.kind != "pe" and s.logged
                                              and s.temp_logged and not days[s.day].gap) < 18:
        return None
    true_loads = [sum(s.load for s in x.sessions) for x in days]
    log_loads = [sum(s.load for s in x.sessions if s.logged) for x in days]
    scen.acwr_true, scen.acwr_log = _acwr(true_loads), _acwr(log_loads)
    # ---- body mass trend and weighed bouts
    for x in days:
        x.mass = p.mass0 + p.growth_kg * x.i / 365 + rng.gauss(0, 0.3)
    bouts = _bouts(p, days, rng)
    for b in bouts:
        b.pre_kg = days[b.day].mass + rng.uniform(0.1, 0.5)
        b.post_kg = b.pre_kg - b.deficit_kg
    if early_exit and cause == "dehydration" and sum(1 for b in bouts if b.deficit_kg >= 0.02 * b.pre_kg) < 18:
        return None
    nights = [x.night.hours for x in days if x.night is not None]
    scen.usual_sleep = _median(nights)
    # ---- diet phases
    scen.def_phase = None
    mild = None
    if cause == "nutrient_deficiency":
        a = rng.randint(30, max(31, int(ndays * 0.4)))
        length = rng.randint(55, max(56, ndays - a - 5))
        b = min(ndays - 1, a + length)
        scen.def_phase = (a, b)
        for x in days[a:b + 1]:
            x.deficient = 1.0
    elif rng.random() < 0.25:
        a = rng.randrange(0, ndays)
        b = min(ndays - 1, a + rng.randint(20, 60))
        mild = (a, b)
        for x in days[a:b + 1]:
            x.deficient = 0.5
    # ---- medications
    meds = []  # (name, start_day, end_day or None, notes, planted)
    if cause == "medication":
        a = int(ndays * rng.uniform(0.25, 0.55))
        name, note = rng.choice([
            ("salmeterol", "Advair Diskus 100/50, 1 puff twice a day - pulmonologist added it for exercise asthma"),
            ("formoterol", "Symbicort 80/4.5, 2 puffs twice daily (asthma controller)"),
            ("naproxen", "Aleve 220 mg twice a day for Osgood-Schlatter knee pain, per pediatrician"),
        ])
        end = None
        if rng.random() < 0.35 and a + 60 < ndays - 20:
            end = rng.randint(a + 50, ndays - 15)
        meds.append((name, a, end, note, True))
        lag = rng.randint(3, 14)
        scen.med_window = (a + lag, (end + 2) if end is not None else ndays - 1)
    if rng.random() < 0.3:
        a = rng.randrange(0, ndays)
        meds.append(("cetirizine", a, min(ndays - 1, a + rng.randint(30, 80)) if rng.random() < 0.6 else None, "allergies", False))
    if rng.random() < 0.12:
        meds.append(("montelukast", rng.randrange(-300, ndays), None, "Singulair 10 mg at night", False))
    ill_days = [x.i for x in days if x.off == "ill"]
    if ill_days and rng.random() < 0.5:
        a = rng.choice(ill_days)
        meds.append(("amoxicillin", a, min(ndays - 1, a + 10), "strep throat, 10 days", False))
    if rng.random() < 0.25:
        meds.append(("ibuprofen", rng.randrange(-200, ndays // 2), None, "as needed after games (Advil)", False))
    if rng.random() < 0.12:
        meds.append(("fluticasone", rng.randrange(-100, ndays), None, "Flonase nasal spray, seasonal", False))
    if rng.random() < 0.08:
        meds.append(("albuterol", rng.randrange(-700, -30), None, "rescue inhaler as needed before games", False))
    scen.meds = meds
    return p, days, sessions, bouts, scen, mild


def _generate(cause, seed):
    if cause is not None and cause not in CAUSES:
        raise ValueError(f"unknown cause {cause!r}")
    n = 0
    for attempt in range(60):
        rng = random.Random(f"blindQ|{cause}|{seed}|{attempt}")
        sim = _simulate(cause, rng, early_exit=attempt < 59)
        if sim is None:
            continue
        p, days, sessions, bouts, scen, mild = sim
        n_target = rng.randint(9, 20)
        units = []
        if cause is not None:
            units = _exposed_units(cause, p, days, sessions, bouts, scen)
            n_obs = sum(1 for _, _, o in units if o)
            n = max(1, min(n_target, n_obs // 2))  # fallback if no attempt succeeds
            if n_obs < 18:
                continue
            if cause == "nutrient_deficiency":
                a, b = scen.def_phase
                if sum(1 for x in days[a:b + 1] if x.diary) < 6 or sum(1 for x in days[:a] if x.diary) + \
                        sum(1 for x in days[b + 1:] if x.diary) < 5:
                    continue
            n = min(n_target, n_obs // 2)
            if n < 9:
                continue
        break
    linked = _plant(cause, p, days, sessions, units, n, rng, scen) if cause is not None else []
    ndays = len(days)
    bg_n = max(5, _poisson(rng, ndays / 30 * rng.uniform(0.9, 2.0)))
    background = _background(p, days, sessions, rng, bg_n)
    journal, meta = _render(cause, p, days, sessions, bouts, scen, linked, background, rng)
    meta["_sim"] = (p, days, sessions, bouts, scen, linked, background)
    meta.update(attempt=attempt, exposed=len(units), exposed_obs=sum(1 for _, _, o in units if o),
                sport=p.sport, climate=p.climate, ndays=ndays, device=p.device)
    return journal, meta


def _render(cause, p, days, sessions, bouts, scen, linked, background, rng):
    start = datetime(days[0].d.year, days[0].d.month, days[0].d.day)
    last = days[-1].d + timedelta(days=1)
    stop = datetime(last.year, last.month, last.day)
    R = _R(p, rng, start, stop)
    home = p.home
    # ---- episodes (keep only those inside the period)
    eps = [e for e in linked + background if start <= e.t < stop - timedelta(minutes=1)]
    # recall: nights before a logged episode are more often logged (same rule for all)
    for e in eps:
        k = (e.t.date() - days[0].d).days
        if 0 <= k < len(days) and (days[k].night is None or days[k].night.wake > e.t):
            k -= 1
        if 1 <= k < len(days) and days[k].night is not None and rng.random() < 0.8:
            days[k].night.forced = True
    # ---- profile
    prof = {"type": "profile", "sex": p.sex, "birth_year": days[0].d.year - p.age - (1 if rng.random() < 0.5 else 0),
            "timezone": home}
    if p.imperial:
        prof["body_mass_kg"] = f"{round(p.mass0 / 0.45359237)} lb"
        if rng.random() < 0.7:
            prof["height_cm"] = f"{round(p.height / 2.54)} in"
    else:
        prof["body_mass_kg"] = round(p.mass0, 1)
        if rng.random() < 0.7:
            prof["height_cm"] = round(p.height)
    who = {"mom": "Mom", "dad": "Dad"}[p.logger]
    prof["notes"] = f"{who} logging for {'her' if p.sex == 'female' else 'him'} ({p.age}y, {_SPORTS[p.sport]['team']})."
    if p.salty and rng.random() < 0.35:
        prof["notes"] += " Gets white salt marks on jerseys."
    R.add(prof)
    # ---- workouts, fluids
    watch_prefix = {"garmin": "garmin:", "apple": "healthkit-", "fitbit": "fitbit-"}.get(p.device_kind, "")
    for s in sessions:
        x = days[s.day]
        zone = x.zone
        if s.source is None:
            continue
        srcs = [s.source] + (["manual"] if s.dup else [])
        for src in srcs:
            o = {"type": "workout"}
            if src == "watch":
                st = s.start + timedelta(seconds=rng.randint(-240, 240))
                o["id"] = R.new_id(watch_prefix)
                o["time"] = R.t(st, zone, utc=p.utc_export, seconds=True)
                o["duration_min"] = round(s.dur + rng.gauss(0, 2), 1)
                o["activity"] = s.act if not (s.act == "team_sport" and p.device_kind == "fitbit" and rng.random() < 0.5) else "other"
                o["avg_hr"] = int(_clip(round(92 + 10.5 * s.rpe + rng.gauss(0, 7)), 70, 205))
                if s.outdoor and s.act in ("running", "team_sport", "hiking", "walking"):
                    pace = {"running": 5.6 - 0.25 * (s.rpe - 5), "team_sport": 10.5, "hiking": 16, "walking": 12}[s.act]
                    o["distance_km"] = round(s.dur / max(3.5, pace) * rng.uniform(0.85, 1.1), 2)
                if p.device_kind == "garmin" and s.temp_logged:
                    o["temperature_c"] = round(min(54.0, s.temp + rng.uniform(2.0, 5.0)), 1)
                if p.watch_rpe and rng.random() < 0.6:
                    o["rpe"] = int(_clip(round(s.rpe + rng.gauss(0, 0.8)), 1, 10))
            else:
                o["time"] = R.t(s.start + timedelta(minutes=rng.gauss(0, 8)), zone, rnd=p.round_min)
                d = _round_to(s.dur, 15 if rng.random() < 0.7 else 30)
                d = max(15, d)
                o["duration_min"] = f"{d / 60:g} h" if (d % 30 == 0 and d >= 60 and rng.random() < 0.12) else d
                o["activity"] = s.act
                if rng.random() < p.p_rpe:
                    o["rpe"] = int(_clip(round(s.rpe + rng.gauss(0, 1.0)), 1, 10))
                if s.temp_logged:
                    tv = s.temp + rng.gauss(0, 1.2)
                    o["temperature_c"] = R.temp(tv)
                    if rng.random() < p.p_hum:
                        o["humidity_pct"] = int(_clip(round(s.rh + rng.gauss(0, 5)), 5, 100))
                if s.muscles and rng.random() < 0.08:
                    o["muscle_groups"] = rng.sample(s.muscles, k=min(len(s.muscles), rng.randint(1, 3)))
                if s.kind in ("game", "tgame", "meet") and rng.random() < 0.06:
                    o["warm_up_min"] = rng.choice([10, 15, 20])
                if s.act == "running" and s.outdoor and rng.random() < 0.35:
                    km = s.dur / (5.6 - 0.25 * (s.rpe - 5))
                    o["distance_km"] = f"{km / 1.609:.1f} mi" if p.imperial else round(km, 1)
                note = []
                if rng.random() < p.p_notes:
                    note.append(s.label)
                    if s.kind == "tgame":
                        note[-1] = f"tournament game {s.gi + 1}" + (" (away)" if x.away else "")
                if x.i > 0 and days[x.i - 1].off in ("injury", "ill") and rng.random() < 0.7:
                    note.append("first day back after " + ("ankle sprain" if days[x.i - 1].off == "injury" else "being sick"))
                if s.temp_logged and s.hi >= 31 and rng.random() < 0.25:
                    note.append(rng.choice(["brutal heat", "so hot", "heat advisory today", "gym had no AC" if not s.outdoor else "no shade"]))
                if note:
                    o["notes"] = "; ".join(note)
            R.add(o)
        if s.fluid_logged:
            for j, (ml, kind) in enumerate(s.drinks):
                dv, na, label = _DRINKS[kind]
                if s.kind == "tgame":
                    ft = s.start + timedelta(minutes=rng.uniform(-20, s.dur + 40))
                else:
                    ft = s.start + timedelta(minutes=s.dur * (j + 0.5) / max(1, len(s.drinks)) + rng.uniform(-10, 10))
                lm = ml * rng.uniform(0.95, 1.2)
                o = {"type": "fluid", "time": R.t(ft, zone, rnd=5), "ml": R.ml(lm)}
                if dv != "water" or rng.random() < 0.5:
                    o["drink"] = dv
                if kind == "bodyarmor" and rng.random() < 0.7:
                    o["sodium_mg"] = round(na * ml / 1000)
                if kind in ("liquid_iv", "lmnt") and rng.random() < 0.6:
                    o["sodium_mg"] = round(na * ml / 1000 / 10) * 10
                if label:
                    o["notes"] = label
                R.add(o)
    # ---- body mass: weighed bouts and mornings
    for b in bouts:
        R.add({"type": "body_mass", "time": R.t(b.pre_t, rnd=5), "kg": R.mass(b.pre_kg + rng.gauss(0, 0.05)), "context": "pre_workout"})
        R.add({"type": "body_mass", "time": R.t(b.post_t, rnd=5), "kg": R.mass(b.post_kg + rng.gauss(0, 0.08)), "context": "post_workout"})
    for x in days:
        if not x.gap and not x.away and rng.random() < p.p_morning:
            t = _hm(x.d, (6.4 if x.school else 8.6) + rng.uniform(0, 1.2))
            o = {"type": "body_mass", "time": R.t(t, rnd=5), "kg": R.mass(x.mass)}
            if rng.random() < 0.85:
                o["context"] = "morning"
            R.add(o)
    # ---- sleep
    for x in days[1:]:
        n = x.night
        if n is None or n.bed < start:
            continue
        watch = p.device and not x.watch_off and rng.random() < p.p_sleep_watch
        manual = not x.gap and (rng.random() < p.p_sleep_manual or (n.forced and rng.random() < 0.9) or n.must)
        zone = x.zone if x.away else home
        if watch:
            onset = n.bed + timedelta(minutes=rng.uniform(5, 30))
            o = {"type": "sleep", "id": R.new_id(watch_prefix + "sleep-"),
                 "time": R.t(onset, zone, utc=p.utc_export, seconds=True),
                 "end": R.t(n.wake + timedelta(minutes=rng.uniform(-8, 3)), zone, utc=p.utc_export, seconds=True)}
            if p.device_kind != "apple":
                o["quality"] = int(_clip(n.quality + rng.choice([-1, 0, 0, 0, 1]), 1, 5))
            R.add(o)
        elif manual:
            o = {"type": "sleep", "time": R.t(n.bed + timedelta(minutes=rng.gauss(0, 15)), zone, rnd=30)}
            if rng.random() < 0.55:
                o["hours"] = _round_to(n.hours + rng.gauss(0, 0.3), 0.5)
            else:
                o["end"] = R.t(n.wake + timedelta(minutes=rng.gauss(0, 10)), zone, rnd=15)
            if rng.random() < 0.4:
                o["quality"] = int(_clip(n.quality + rng.choice([-1, 0, 0, 1]), 1, 5))
            if n.late and rng.random() < 0.4:
                o["notes"] = {"studying": "test tomorrow, up late", "project": "project due", "phone": "phone confiscated after this",
                              "homework": "homework", "sleepover": "sleepover"}[n.late]
            R.add(o)
    # ---- food diary
    diary_days = 0
    intake = {"normal": [], "deficient": []}
    for x in days:
        if not x.diary:
            continue
        diary_days += 1
        level = 1.0 if x.deficient == 0 else (0.8 if x.deficient < 1 else 0.5)
        menu = _day_menu(p, rng, level, poor_style=x.deficient >= 1.0)
        tot = [0.0] * 5
        for slot, label, items in menu:
            hour = {"breakfast": 6.9 if x.school else 9.2, "lunch": 12.0 if x.school else 12.8, "snack": 16.0,
                    "dinner": 19.0}[slot] + rng.uniform(-0.4, 0.6)
            if slot == "dinner" and x.sessions and x.sessions[-1].end.hour >= 18:
                hour = x.sessions[-1].end.hour + x.sessions[-1].end.minute / 60 + rng.uniform(0.5, 1.2)
            if slot == "snack" and any(abs(s.start.hour - 16) < 1 for s in x.sessions):
                hour = 15.2
            nut = _nutrients(items)
            tot = [a + b for a, b in zip(tot, nut)]
            o = {"type": "meal", "time": R.t(_hm(x.d, min(hour, 23.5)), x.zone if x.away else None, rnd=15)}
            if rng.random() < 0.05:
                o.update(energy_kcal=round(nut[0]), calcium_mg=round(nut[1]), magnesium_mg=round(nut[2]),
                         potassium_mg=round(nut[3]), sodium_mg=round(nut[4]))
                o["notes"] = f"{slot} (totals from app)"
            else:
                its = []
                for ndb, g in items:
                    nm = _FOODS[ndb][0]
                    gg = int(_round_to(g, 5))
                    if nm and rng.random() < 0.6:
                        its.append({"food": nm, "grams": gg})
                    else:
                        its.append({"ndb_no": ndb, "grams": gg})
                o["items"] = its
                if rng.random() < 0.35:
                    o["notes"] = label if slot != "lunch" or not x.school else f"school lunch - {label}"
            R.add(o)
        if x.deficient >= 1.0 and not any(m[0] == "breakfast" for m in menu) and rng.random() < 0.3:
            pass
        intake["deficient" if x.deficient >= 1.0 else "normal"].append(tot)
        # a school water bottle / soda / juice on diary days
        for _ in range(rng.randint(0, 2)):
            dv = _wchoice(rng, ["water", "juice", "soft_drink", "milk"], [5, 2, 2 if x.deficient else 1, 0 if x.deficient >= 1 else 1])
            R.add({"type": "fluid", "time": R.t(_hm(x.d, rng.uniform(7.5, 21.0)), rnd=15), "ml": R.ml(rng.choice([250, 355, 500])),
                   "drink": dv})
    # ---- supplements: reactive magnesium after cramps, multivitamin streaks
    for e in eps:
        if e.kind == "spasm" and rng.random() < 0.1:
            k = (e.t.date() - days[0].d).days + 1
            if k < len(days) and not days[k].gap:
                R.add({"type": "supplement", "time": R.t(_hm(days[k].d, rng.uniform(19.5, 21.5)), rnd=15),
                       "name": rng.choice(["magnesium glycinate", "magnesium gummies", "Calm magnesium drink"]),
                       "magnesium_mg": rng.choice([100, 120, 200, 250])})
    if rng.random() < 0.35:
        for _ in range(5):
            a = rng.randrange(len(days))
            b = min(len(days) - 1, a + rng.randint(14, 56))
            if scen.def_phase is None or b < scen.def_phase[0] or a > scen.def_phase[1]:
                break
        else:
            a = b = -1
        for x in days[max(0, a):b + 1] if a >= 0 else []:
            if not x.gap and rng.random() < 0.6:
                R.add({"type": "supplement", "time": R.t(_hm(x.d, rng.uniform(6.8, 8.0)), rnd=15), "name": "multivitamin (teen gummy)",
                       "calcium_mg": 200, "magnesium_mg": 25})
    # ---- medications
    for name, a, b, note, planted in scen.meds:
        o = {"type": "medication", "name": name, "start": (days[0].d + timedelta(days=a)).isoformat()}
        if b is not None:
            o["end"] = (days[0].d + timedelta(days=b)).isoformat()
        o["notes"] = note
        R.add(o)
    # ---- episodes
    n_ep = 0
    n_linked = 0
    meds_ctx = [(m[0], m[1]) for m in scen.meds if m[1] >= 0]
    for e in sorted(eps, key=lambda e: e.t):
        k = (e.t.date() - days[0].d).days
        zone = days[k].zone if 0 <= k < len(days) and days[k].away else None
        bits = _context_bits(p, days, e, meds_ctx, scen)
        o = _episode_obj(R, e, days, zone, bits)
        before = len(R.objs)
        R.add(o)
        if len(R.objs) > before:
            n_ep += 1
            n_linked += e.linked
            # pickle-juice shot / drink logged as relief
            if "pickle_juice" in o.get("relief", []) and rng.random() < 0.5:
                R.add({"type": "fluid", "time": R.t(e.t + timedelta(minutes=rng.uniform(2, 10)), zone, rnd=5),
                       "ml": R.ml(rng.choice([60, 75, 90])), "drink": "other", "sodium_mg": rng.choice([400, 600, 800]),
                       "notes": "pickle juice shot"})
    # shuffle lightly: the parent's export is roughly but not exactly chronological
    objs = R.objs
    prof_obj = objs[0]
    rest = objs[1:]
    rest.sort(key=lambda o: o.get("time") or o.get("start") or "")
    for i in range(len(rest) - 1):
        if rng.random() < 0.04:
            rest[i], rest[i + 1] = rest[i + 1], rest[i]
    objs = [prof_obj] + rest
    off0 = _offset_h(home, start)
    off1 = _offset_h(home, stop)
    j = BlindJournal(cause=cause, objects=objs, start=start.replace(tzinfo=_tzinfo(off0)),
                     stop=stop.replace(tzinfo=_tzinfo(off1)))
    def mean(v, i):
        return round(sum(t[i] for t in v) / len(v)) if v else None
    meta = dict(episodes=n_ep, linked=n_linked, entries=len(objs), diary_days=diary_days,
                mg_normal=mean(intake["normal"], 2), mg_def=mean(intake["deficient"], 2),
                ca_normal=mean(intake["normal"], 1), ca_def=mean(intake["deficient"], 1),
                k_normal=mean(intake["normal"], 3), k_def=mean(intake["deficient"], 3))
    return j, meta


def blind_journal(cause: str | None, seed: int) -> BlindJournal:
    """A synthetic journal with `cause` planted (None: background episodes only)."""
    return _generate(cause, seed)[0]


if __name__ == "__main__":
    import time
    for c in (None,) + CAUSES:
        t0 = time.time()
        rows = [_generate(c, s)[1] for s in range(5)]
        print(c, [(r["episodes"], r["linked"], r["entries"]) for r in rows], f"{(time.time() - t0) / 5:.3f}s/journal")
