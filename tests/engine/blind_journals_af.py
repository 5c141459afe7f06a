"""Blind synthetic cramp journals with one planted cause (examiner "AF").

Point of view
-------------
Each journal is the exported JSON-Lines history (``journal.md``) of one person: a nurse or a
warehouse worker on 12-hour shifts (days only, nights only, or rotating; nurses self-roster 2-4
shifts a week, warehouse staff work 4-on/4-off), who trains on days off (gym splits, easy runs,
intervals, a weekly long run, some cycling/HIIT/hiking/swimming/yoga).  What ends up in the file is
what such a person really produces:

* a wrist wearable (Garmin/Fitbit/Polar/Apple) exporting workouts with an id, avg HR, distance and,
  for outdoor sessions, the weather-service temperature and humidity; sleep with bedtime and wake
  time (some export in UTC, the rest in local time with the local UTC offset, DST included);
  short auto-detected walks; and - for about half of the people - every work shift as a 12-hour
  ``walking`` (or ``other``) activity, usually without RPE, often with the step count in the
  notes.  The other half never log shifts.  Nights without the watch (charging, a lost charger)
  leave gaps.  US users get miles, degF, lb and oz strings;
* a smart scale (most people): morning weigh-ins on many days, and on many runs/rides a weigh-in
  just before and just after (the "sweat test" habit);
* hand-logged things: RPE for some sessions, drinks (bottle sizes and drink type; during weighed
  sessions the drinks are always logged), meals on some days only (USDA numbers from a food app,
  a few typed names, some "quick add" totals), supplements (vitamin D, melatonin after nights, a
  multivitamin, magnesium taken after a bad cramp), neutral short medicine courses
  (antihistamine, antibiotic), and the episodes themselves with rounded times, often without
  side, duration or pain, sometimes with the relief tried and red-flag answers (always "no").
  A few wearable lines are exported twice (same id).

Natural correlations are present in EVERY journal, null journals included: hot/humid weather raises
sweat rate, so hot sessions lose more body mass and more sodium (and people carry more water, more
often a sports drink, run earlier in the day or move indoors when it is hot); longer sessions are
harder (higher RPE and HR); heat adds perceived effort; night shifts produce short, broken
day-sleep and a somewhat poorer diet; holidays and the return after a sick week create natural
load spikes and back-to-back training days; coffee goes up after short nights.  Every journal also
has background episodes unrelated to any exposure, drawn from fixed per-person daily/nightly
probabilities and placed at random times: night calf/foot cramps in whatever sleep the person is
in, eyelid and other twitches at random waking times (on shift too), and random cramps (foot,
hand, toes, neck...).  A null journal (cause=None) has only these (at least 5 episodes).

How each cause is planted
-------------------------
The life (schedule, sleep, training, weather, drinking, food, logging) is simulated first; the
exposure of the planted cause is then computed from the *logged* data exactly as a careful analyst
could compute it, and K exposed units (K drawn from 9-16, never more than 55 % of the exposed
units; heat/electrolyte sometimes add a second simultaneous muscle, at most 20 linked episodes)
are chosen at random, weighted by exposure strength, to receive an episode.  Most exposed units
get none.  A simulated life with fewer than 20 exposed units is re-drawn (up to 5 tries).  No
other exposure changes any episode probability.  Some person-level habits are tilted toward the
cause so that enough exposed units exist and the contrasts an analyst needs are present (listed
below); the same habits occur, less often, in the other journals.

* dehydration - unit: a training session with both a pre- and post-session weigh-in and a body-mass
  loss >= 2 % (weight = loss % - 1.6).  Episode: cramp of a worked two-joint leg muscle late in the
  session or within ~2.5 h after (occasionally that night).  Habit tilt: a heavy sweater who often
  leaves the bottle at home (but drinks plenty when carrying it) and weighs in around most runs;
  hot but well-hydrated sessions (< 2 %) and long sessions with water carry no risk.
* electrolyte_loss - unit: a weighed session with estimated sweat loss (mass change + logged
  drinks) >= 1.2 L whose logged drinks (during and up to 45 min after) replaced < 30 % of the
  sodium at a typical 800 mg/L (plain water, nothing, coffee...).  Episode: cramps late or after the
  session, often in two muscle groups at once or both sides, occasionally that night.  Habit tilt:
  a heavy, salty sweater (notes sometimes mention salt marks) who drinks plenty of plain water on
  long sessions, so mass loss is often < 2 %; long sessions with a sports/electrolyte drink carry
  no risk.
* muscle_fatigue - unit: a training session that is unusually long (>= 1.5x the person's median
  duration for that activity and >= 50 min) or hard (logged RPE >= 8.5, or load >= 1.8x the
  activity median), weight 1 (1.5 when both), or a session working a muscle group already trained
  the previous calendar day (weight 0.5).  Episode: cramp (sometimes a twitch hours later) of a
  muscle the session worked, late in it or within 2 h.
* training_load_spike - unit: a training session at which the 7-day training load (duration x
  logged RPE, RPE 5 if missing; shifts, auto walks and yoga excluded) is >= 1.5x the 28-day weekly
  mean (coupled ACWR), after 4 weeks of history.  Habit tilt: 2-3 planted 12-16 day blocks in
  which session frequency roughly triples (two-a-days, afternoon sessions before night shifts)
  with ordinary session lengths; natural spikes (holidays, return after sickness) count as
  exposure too.  Episode as for muscle_fatigue.
* heat - unit: an outdoor session with logged temperature >= 27 C, or >= 24 C with humidity >= 70 %
  (weight grows with temperature).  Habit tilt: a hot city (Houston, Phoenix, Madrid, Brisbane,
  Perth, Sydney, New York) with the summer inside the period, an outdoor runner who rarely moves
  hot runs indoors or to the early morning, often drinks well and uses sports drinks on hot days,
  so hot sessions are frequently neither dehydrating nor sodium-depleting.  Episode: cramps late
  in or just after the hot session.
* nutrient_deficiency - unit: a day of a diet period (starting 30-55 % into the journal, lasting to
  the end or ending earlier) in which the person eats mostly convenience/vending food: fully
  logged days show magnesium, potassium and calcium at roughly 30-55 % of the reference intake,
  against roughly 85-125 % before (and in the other journals).  Episodes start 2-4 weeks into it
  (until ~10 days after it ends): night calf/foot cramps, hand/foot spasms and eyelid/calf/face
  twitches at rest.
* sleep_debt - unit: the waking period after a recorded sleep at least 1.5 h shorter than the
  person's median recorded sleep (weight = deficit).  Episode: a twitch (eyelid, calf...) or a
  cramp during that waking period (at rest, on shift or in a session).  Short sleeps come from
  night shifts and random disruptions, so the off-day ones separate it from shift work.
* medication - unit: a day on a cramp-linked medicine (a statin, a thiazide/thiazide-like or
  potassium-sparing diuretic, or the LABA salmeterol) started 30-55 % into the journal and logged
  as a ``medication`` entry (sometimes stopped again, with an ``end``).  Episodes start 4-14 days
  after the start (until a week after an end): mostly nocturnal calf/foot/hamstring cramps in the
  person's sleep, some at rest.  Other journals may carry neutral medicines (antihistamines, an
  antibiotic course).

Everything is deterministic per (cause, seed) via ``random.Random`` seeded from a string; only the
standard library is used and nothing is read or written.
"""

from __future__ import annotations

import bisect
import itertools
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


# --------------------------------------------------------------------------------------------
# places, time zones (own DST rules, so no tz database is needed) and climate
# --------------------------------------------------------------------------------------------

# name, IANA zone, standard offset (min), DST rule, hemisphere, mean daily max C, seasonal
# amplitude C, diurnal range C, afternoon RH %, early-morning RH %, probability of US units
_CITIES = {
    "London": ("Europe/London", 0, "eu", "N", 15.0, 7.0, 8.0, 60, 85, 0.0),
    "Berlin": ("Europe/Berlin", 60, "eu", "N", 14.0, 10.5, 9.0, 55, 85, 0.0),
    "Madrid": ("Europe/Madrid", 60, "eu", "N", 21.0, 11.0, 12.0, 30, 65, 0.0),
    "New York": ("America/New_York", -300, "us", "N", 16.5, 12.5, 8.0, 55, 78, 0.85),
    "Houston": ("America/Chicago", -360, "us", "N", 26.0, 8.5, 9.0, 58, 90, 0.85),
    "Phoenix": ("America/Phoenix", -420, None, "N", 30.0, 11.0, 13.0, 20, 42, 0.85),
    "Sydney": ("Australia/Sydney", 600, "au", "S", 22.0, 4.5, 7.5, 60, 78, 0.0),
    "Brisbane": ("Australia/Brisbane", 600, None, "S", 26.0, 4.5, 9.0, 55, 82, 0.0),
    "Perth": ("Australia/Perth", 480, None, "S", 24.5, 6.5, 11.0, 40, 70, 0.0),
}
_HOT_CITIES = ("Houston", "Phoenix", "Madrid", "Brisbane", "Perth", "Sydney", "New York", "Houston",
               "Phoenix", "Brisbane")


def _last_sunday(y: int, m: int) -> date:
    last = date(y, 12, 31) if m == 12 else date(y, m + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - 6) % 7)


def _nth_sunday(y: int, m: int, n: int) -> date:
    first = date(y, m, 1)
    return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))


def _is_dst(rule, t: datetime) -> bool:
    if rule is None:
        return False
    d, h = t.date(), t.hour
    if rule == "eu":
        a, b = _last_sunday(t.year, 3), _last_sunday(t.year, 10)
    elif rule == "us":
        a, b = _nth_sunday(t.year, 3, 2), _nth_sunday(t.year, 11, 1)
    else:  # southern hemisphere: DST from first Sunday of October to first Sunday of April
        a, b = _nth_sunday(t.year, 4, 1), _nth_sunday(t.year, 10, 1)
        if d == a:
            return h < 2
        if d == b:
            return h >= 3
        return not (a < d < b)
    if d == a:
        return h >= 3
    if d == b:
        return h < 2
    return a < d < b


# USDA SR28 values per 100 g: description, kcal, Ca, Mg, K, Na (mg) - from ABBREV_SR28.txt
_FOOD = {
    "08120": ("CEREALS,OATS,REG & QUICK,NOT FORT,DRY", 379, 52, 138, 362, 6),
    "01079": ("MILK,RED FAT,FLUID,2% MILKFAT,W/ ADDED VIT A & VITAMIN D", 50, 120, 11, 140, 47),
    "09040": ("BANANAS,RAW", 89, 5, 27, 358, 1),
    "18075": ("BREAD,WHOLE-WHEAT,COMM. PREPARED", 252, 161, 75, 254, 455),
    "16098": ("PEANUT BUTTER,SMOOTH STYLE,W/ SALT", 598, 49, 168, 558, 426),
    "01117": ("YOGURT,PLN,LOFAT,12 GRAMS PROT PER 8 OZ", 63, 183, 17, 234, 70),
    "09316": ("STRAWBERRIES,RAW", 32, 16, 13, 153, 1),
    "09050": ("BLUEBERRIES,RAW", 57, 6, 6, 77, 1),
    "12061": ("ALMONDS", 579, 269, 270, 733, 1),
    "01132": ("EGG,WHL,CKD,SCRMBLD", 149, 66, 11, 132, 145),
    "11457": ("SPINACH,RAW", 23, 99, 79, 558, 79),
    "05064": ("CHICKEN,BROILERS OR FRYERS,BREAST,MEAT ONLY,CKD,RSTD", 165, 15, 29, 256, 74),
    "20037": ("RICE,BROWN,LONG-GRAIN,CKD", 123, 3, 39, 86, 4),
    "11091": ("BROCCOLI,CKD,BLD,DRND,WO/SALT", 35, 40, 21, 293, 41),
    "15184": ("TUNA,LT,CND IN H2O,WO/SALT,DRND SOL", 116, 11, 27, 237, 50),
    "11251": ("LETTUCE,COS OR ROMAINE,RAW", 17, 33, 14, 247, 8),
    "11529": ("TOMATOES,RED,RIPE,RAW,YEAR RND AVERAGE", 18, 10, 11, 237, 5),
    "09003": ("APPLES,RAW,WITH SKIN", 52, 6, 5, 107, 1),
    "16015": ("BEANS,BLACK,MATURE SEEDS,CKD,BLD,WO/SALT", 132, 27, 70, 355, 1),
    "09037": ("AVOCADOS,RAW,ALL COMM VAR", 160, 12, 29, 485, 7),
    "01009": ("CHEESE,CHEDDAR", 404, 710, 27, 76, 653),
    "16158": ("HUMMUS,COMMERCIAL", 166, 38, 71, 228, 379),
    "11124": ("CARROTS,RAW", 41, 33, 12, 320, 69),
    "15237": ("SALMON,ATLANTIC,FARMED,CKD,DRY HEAT", 206, 15, 30, 384, 61),
    "11674": ("POTATOES,BKD,FLESH & SKN,WO/ SALT", 93, 15, 28, 535, 10),
    "11458": ("SPINACH,CKD,BLD,DRND,WO/ SALT", 23, 136, 87, 466, 70),
    "20121": ("PASTA,CKD,ENR,WO/ ADDED SALT", 158, 7, 18, 44, 1),
    "06931": ("SAUCE,PASTA,SPAGHETTI/MARINARA,RTS", 50, 26, 18, 320, 437),
    "23568": ("BEEF,GROUND,85% LN MEAT / 15% FAT,PATTY,CKD,BRLD", 250, 18, 21, 318, 72),
    "01032": ("CHEESE,PARMESAN,GRATED", 420, 853, 34, 180, 1804),
    "11508": ("SWEET POTATO,CKD,BKD IN SKN,FLESH,WO/ SALT", 90, 38, 27, 475, 36),
    "16070": ("LENTILS,MATURE SEEDS,CKD,BLD,WO/SALT", 116, 19, 36, 369, 2),
    "16126": ("TOFU,FIRM,PREP W/CA SULFATE&MAGNESIUM CHLORIDE (NIGARI)", 78, 201, 37, 148, 12),
    "11821": ("PEPPERS,SWT,RED,RAW", 31, 7, 12, 211, 4),
    "19904": ("CHOCOLATE,DK,70-85% CACAO SOL", 598, 73, 228, 715, 20),
    "18069": ("BREAD,WHITE,COMMLY PREP (INCL SOFT BREAD CRUMBS)", 266, 144, 23, 126, 490),
    "07028": ("HAM,SLICED,PRE-PACKAGED,DELI MEAT (96%FAT FREE,H2O ADDED)", 107, 5, 19, 463, 945),
    "18002": ("BAGELS,PLN,ENR,W/ CA PROP (INCLUDES ONION,POPPY,SESAME),TSTD", 287, 15, 24, 116, 457),
    "18250": ("DOUGHNUTS,CAKE-TYPE,PLN,SUGARED OR GLAZED", 426, 60, 17, 102, 402),
    "08020": ("CEREALS RTE,KELLOGG,KELLOGG'S CORN FLAKES", 357, 5, 39, 168, 729),
    "06583": ("SOUP,RAMEN NOODLE,ANY FLAVOR,DRY", 440, 21, 25, 181, 1855),
    "18350": ("ROLLS,HAMBURGER OR HOTDOG,PLN", 279, 144, 23, 122, 494),
    "11403": ("POTATOES,FRENCH FR,ALL TYPES,SALT ADDED IN PROC,FRZ,OVEN HTD", 158, 12, 24, 478, 324),
    "22902": ("PIZZA,MEAT TOPPING,THICK CRUST,FRZ,CKD", 274, 150, 25, 201, 690),
    "20045": ("RICE,WHITE,LONG-GRAIN,REG,ENR,CKD", 130, 10, 12, 35, 1),
    "05002": ("CHICKEN,BROILER OR FRYER,MEAT&SKN&GIBLETS&NECK,FRIED,BATTER", 291, 21, 21, 190, 284),
    "18159": ("COOKIES,CHOC CHIP,COMMLY PREP,REG,HIGHER FAT,ENR", 492, 21, 41, 171, 311),
    "19411": ("POTATO CHIPS,PLAIN,SALTED", 532, 21, 63, 1196, 527),
    "19120": ("CANDIES,MILK CHOC", 535, 189, 63, 372, 79),
    "12085": ("CASHEW NUTS,DRY RSTD,WO/SALT", 574, 45, 260, 565, 16),
    "19015": ("GRANOLA BARS,HARD,PLAIN", 471, 61, 97, 336, 294),
    "22918": ("BURRITO, BEAN AND CHEESE, FROZEN", 221, 52, 31, 210, 351),
    "01129": ("EGG,WHL,CKD,HARD-BOILED", 155, 50, 10, 126, 124),
}
# names a person might type, that the food table resolves to the number on the right
_TYPED = {"09040": "banana", "09003": "apple", "01079": "milk", "05064": "chicken breast",
          "12061": "almonds", "01009": "cheese, cheddar", "11457": "spinach, raw",
          "09316": "strawberries, raw", "11124": "carrots, raw", "09050": "blueberries, raw",
          "01132": "egg, whole, cooked, scrambled", "20037": "rice, brown, long-grain, cooked",
          "19411": "potato chips, plain, salted", "16098": "peanut butter, smooth style, with salt",
          "11091": "broccoli, cooked, boiled, drained, without salt"}

# meal templates (ndb, grams at portion 1.0); "good" = nutrient-dense, "poor" = convenience food
_MEALS = {
    ("breakfast", "good"): [
        [("08120", 55), ("01079", 250), ("09040", 110)],
        [("18075", 65), ("16098", 30), ("09040", 110), ("01079", 220)],
        [("01117", 200), ("09316", 100), ("12061", 25)],
        [("01117", 180), ("09050", 80), ("12061", 25), ("08120", 30)],
        [("01132", 120), ("18075", 65), ("11457", 30), ("01079", 200)],
    ],
    ("lunch", "good"): [
        [("05064", 120), ("20037", 180), ("11091", 100), ("01009", 20), ("01117", 150)],
        [("15184", 90), ("18075", 75), ("11251", 25), ("11529", 50), ("01009", 25), ("09003", 170)],
        [("16015", 130), ("20037", 150), ("09037", 60), ("01009", 30), ("11529", 60)],
        [("16158", 60), ("18075", 65), ("11124", 80), ("01117", 170), ("09003", 150)],
    ],
    ("dinner", "good"): [
        [("15237", 140), ("11674", 200), ("11458", 90), ("01117", 100)],
        [("20121", 200), ("06931", 120), ("23568", 90), ("01032", 15), ("11251", 60)],
        [("05064", 140), ("11508", 200), ("11091", 120), ("01117", 120)],
        [("16070", 200), ("20037", 150), ("11458", 60), ("01117", 120)],
        [("16126", 150), ("20037", 170), ("11091", 100), ("11821", 80)],
    ],
    ("snack", "good"): [
        [("12061", 30)], [("09040", 120)], [("01117", 170), ("09050", 50)], [("19904", 25)],
        [("09003", 170), ("01009", 30)], [("12085", 30)], [("01079", 250)],
        [("01117", 170), ("12061", 20)],
    ],
    ("breakfast", "poor"): [
        [("18250", 75)], [("18002", 100)], [("08020", 40), ("01079", 100)], [("18069", 60)],
    ],
    ("lunch", "poor"): [
        [("18069", 70), ("07028", 60)], [("06583", 85)], [("18350", 50), ("23568", 80), ("11403", 110)],
        [("22902", 160)],
    ],
    ("dinner", "poor"): [
        [("22902", 260)], [("20121", 250), ("06931", 90)], [("05002", 150), ("20045", 200)],
        [("22918", 220)], [("06583", 85), ("01129", 50)],
    ],
    ("snack", "poor"): [
        [("18159", 40)], [("19411", 30)], [("19120", 45)], [("18250", 70)], [("19015", 40)],
    ],
}

_DRINK_NA = {"water": 0, "sports_drink": 460, "electrolyte_drink": 1000, "ors": 1725,
             "coconut_water": 250, "milk": 430, "juice": 50, "coffee": 20, "tea": 10,
             "soft_drink": 100, "beer": 40, "other": 0}

_MUSCLES_BY_ACT = {
    "running": ["calf", "quadriceps", "hamstring"],
    "trail_running": ["calf", "quadriceps", "hamstring", "glute"],
    "cycling": ["quadriceps", "calf", "glute"],
    "hiking": ["calf", "quadriceps", "glute"],
    "hiit": ["quadriceps", "calf", "glute", "abdomen", "shoulder"],
    "swimming": ["shoulder", "upper_back", "chest", "triceps"],
    "rowing": ["upper_back", "quadriceps", "biceps"],
    "elliptical": ["quadriceps", "glute", "calf"],
}
_SPLITS = {
    "legs": ["quadriceps", "hamstring", "glute", "calf"],
    "push": ["chest", "shoulder", "triceps"],
    "pull": ["upper_back", "biceps", "forearm"],
    "full": ["quadriceps", "glute", "chest", "upper_back", "shoulder"],
}
# which muscle cramps, given what was worked (two-joint leg muscles first)
_CRAMP_PREF = {"calf": 5, "hamstring": 4, "quadriceps": 3, "foot": 2, "adductor": 1.5,
               "glute": 0.6, "abdomen": 1.0, "triceps": 1.2, "biceps": 1.2, "forearm": 1.0,
               "chest": 0.8, "shoulder": 0.4, "upper_back": 0.5, "hand": 0.8}

_GENERIC_NOTES_SPASM = ["charley horse", "had to stand up and stretch it out", "sore afterwards",
                        "came out of nowhere", "knot in the muscle", "annoying", "pretty bad one",
                        "eased after a few minutes", "still tender next morning"]
_GENERIC_NOTES_TWITCH = ["on and off", "flickering", "just annoying, no pain",
                         "could see it moving", "lasted a while"]


def _clamp(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


class _Obj:
    """A plain attribute bag (keeps the simulation readable)."""

    def __init__(self, **kw):
        self.__dict__.update(kw)


# --------------------------------------------------------------------------------------------
# the simulation
# --------------------------------------------------------------------------------------------

class _Sim:
    def __init__(self, cause, seed, attempt):
        self.cause = cause
        self.rng = random.Random(f"blind-journals-af|{cause}|{seed}|{attempt}")
        self.stats = {}
        self._off_cache = {}

    # ---------- small helpers ----------
    def U(self, a, b):
        return self.rng.uniform(a, b)

    def G(self, m, s):
        return self.rng.gauss(m, s)

    def chance(self, p):
        return self.rng.random() < p

    def pick(self, seq, weights=None):
        if weights is None:
            return seq[self.rng.randrange(len(seq))]
        return self.rng.choices(seq, weights=weights, k=1)[0]

    def dt(self, d, hours):
        return self.base + timedelta(days=d, hours=hours)

    def day_of(self, t):
        return (t - self.base).days

    def off_min(self, t):
        key = (t.year, t.month, t.day, t.hour)
        v = self._off_cache.get(key)
        if v is None:
            v = self.city[1] + (60 if _is_dst(self.city[2], t) else 0)
            self._off_cache[key] = v
        return v

    def iso(self, t, utc=False, z=False, seconds=True):
        t = t.replace(microsecond=0)
        if not seconds:
            t = t.replace(second=0)
        off = self.off_min(t)
        if utc:
            u = t - timedelta(minutes=off)
            return u.isoformat() + ("Z" if z else "+00:00")
        return t.replace(tzinfo=timezone(timedelta(minutes=off))).isoformat()

    def aware(self, t):
        return t.replace(tzinfo=timezone(timedelta(minutes=self.off_min(t))))

    @staticmethod
    def round5(t, step=5):
        m = t.minute + t.second / 60.0
        r = int(round(m / step)) * step
        return t.replace(minute=0, second=0, microsecond=0) + timedelta(minutes=r)

    # ---------- persona ----------
    def make_persona(self):
        c, rng = self.cause, self.rng
        P = _Obj()
        P.occ = self.pick(["nurse", "nurse", "warehouse"])
        if P.occ == "nurse":
            P.sex = "female" if self.chance(0.75) else "male"
        else:
            P.sex = "male" if self.chance(0.65) else "female"
        P.birth_year = rng.randint(1972, 2001) if c != "medication" else rng.randint(1970, 1986)
        if P.sex == "female":
            P.height = _clamp(self.G(165.5, 6.5), 150, 185)
        else:
            P.height = _clamp(self.G(178.0, 7.0), 160, 198)
        bmi = _clamp(self.G(25.0, 3.0), 19.5, 33.0)
        P.mass0 = bmi * (P.height / 100.0) ** 2
        P.shift_style = self.pick(["days", "rotating", "nights"], [0.35, 0.45, 0.20])
        P.shifts_logged = self.chance(0.5)
        P.shift_activity = "walking" if self.chance(0.65) else "other"
        P.brand = self.pick(["garmin", "fitbit", "polar", "apple"])
        P.sleep_utc = P.brand in ("fitbit",) or self.chance(0.15)
        P.trainer = self.pick(["runner", "gym", "mixed"])
        if c in ("dehydration", "electrolyte_loss", "heat"):
            P.trainer = self.pick(["runner", "runner", "mixed"])
        P.train_per_week = self.U(2.4, 4.2)
        P.long_run_base = self.U(65, 100)
        P.outdoor = self.U(0.72, 0.95)
        P.rpe_p = self.U(0.55, 0.95)
        P.mg_log_runs = self.chance(0.7)
        P.walk_p = self.U(0.0, 0.45)
        P.wear_miss = self.U(0.03, 0.10)
        P.quality_p = self.pick([0.0, 0.1, 0.3, 0.6])
        P.disrupt_p = self.U(0.06, 0.13)
        P.weigh_p = self.U(0.25, 0.85) if self.chance(0.85) else 0.0
        P.prepost = self.U(0.35, 0.9)
        P.prepost_min = 60
        P.long_gap = 6
        P.long_p = 0.65
        P.heat_avoid = self.U(0.4, 0.8)
        P.morning_bias = 0.3
        P.carry_dur = 0.004
        P.sr0 = self.U(0.55, 1.05)         # sweat rate L/h at RPE 5, 18 C
        P.sweat_na = self.U(600, 1000)     # mg/L (not observable)
        P.carry = self.U(0.3, 0.8)
        P.drink_rate = self.U(0.35, 0.8)   # L/h when carrying
        P.elec = self.U(0.05, 0.4)
        P.fluid_day_p = self.U(0.15, 0.55)
        P.meal_day_p = self.U(0.25, 0.6)
        P.meal_complete = self.U(0.75, 0.97)
        P.q_base = self.U(0.8, 0.94)
        P.portion = 1.0 if P.sex == "female" else 1.3
        P.vitd = self.chance(0.35)
        P.melatonin = self.chance(0.35) and P.shift_style != "days"
        P.multi = self.chance(0.2)
        P.coffee = rng.randint(1, 4)
        P.ep_side_p = self.U(0.5, 0.95)
        P.ep_dur_p = self.U(0.4, 0.9)
        P.ep_pain_p = self.U(0.55, 0.95)
        P.ep_relief_p = self.U(0.3, 0.85)
        P.flag_p = self.pick([0.0, 0.05, 0.2])
        P.r_night = self.U(0.010, 0.024)
        P.r_twitch = self.U(0.008, 0.022)
        P.r_rand = self.U(0.005, 0.014)
        if c in ("dehydration", "electrolyte_loss"):
            P.weigh_p = self.U(0.4, 0.85)
            P.prepost_min = 45
            P.train_per_week = self.U(3.0, 4.5)
            P.long_gap = 4
            P.long_p = 0.85
        if c == "dehydration":
            P.carry = self.U(0.2, 0.4)
            P.carry_dur = 0.0015
            P.drink_rate = self.U(0.6, 0.9)
            P.elec = self.U(0.05, 0.15)
            P.sr0 = self.U(1.1, 1.45)
            P.long_run_base = self.U(75, 110)
            P.prepost = self.U(0.7, 0.95)
        elif c == "electrolyte_loss":
            P.carry = self.U(0.8, 0.95)
            P.drink_rate = self.U(0.65, 0.95)
            P.elec = self.U(0.12, 0.25)
            P.sr0 = self.U(0.9, 1.25)
            P.sweat_na = self.U(1300, 1700)
            P.prepost = self.U(0.75, 0.95)
            P.long_run_base = self.U(80, 115)
        elif c == "heat":
            P.outdoor = self.U(0.88, 0.97)
            P.heat_avoid = self.U(0.05, 0.25)
            P.morning_bias = 0.12
            P.train_per_week = self.U(3.0, 4.5)
            P.carry = self.U(0.55, 0.85)
            P.elec = self.U(0.3, 0.5)
        elif c == "muscle_fatigue":
            P.carry = self.U(0.55, 0.85)
        elif c == "nutrient_deficiency":
            P.meal_day_p = self.U(0.35, 0.6)
        self.P = P

    # ---------- calendar, weather ----------
    def make_calendar(self):
        c, P = self.cause, self.P
        if c == "heat":
            self.city_name = self.pick(list(_HOT_CITIES))
        else:
            self.city_name = self.pick(list(_CITIES))
        self.city = _CITIES[self.city_name]
        P.us = self.chance(self.city[9])
        self.ndays = self.rng.randint(150, 330)
        if c in ("dehydration", "electrolyte_loss"):
            self.ndays = self.rng.randint(200, 340)
        elif c == "heat":
            self.ndays = self.rng.randint(180, 330)
        if c == "heat":
            peak_doy = 205 if self.city[3] == "N" else 22
            year = self.rng.randint(2023, 2025)
            peak = date(year, 1, 1) + timedelta(days=peak_doy - 1)
            off = self.rng.randint(55, self.ndays - 55)
            start = peak - timedelta(days=off)
        else:
            start = date(2023, 1, 2) + timedelta(days=self.rng.randint(0, 900))
        self.base = datetime(start.year, start.month, start.day)
        n = self.ndays + 3
        _, _, _, hemi, tmean, tamp, diur, rh_a, rh_m, _ = self.city
        peak = 200 if hemi == "N" else 19
        self.tmax, self.tmin, self.rha, self.rhm, self.rain = [], [], [], [], []
        a = self.G(0, 2)
        for d in range(-2, n):
            day = start + timedelta(days=d)
            doy = day.timetuple().tm_yday
            seas = tmean + tamp * math.cos(2 * math.pi * (doy - peak) / 365.25)
            a = 0.75 * a + self.G(0, 2.2)
            tx = seas + a
            self.tmax.append(tx)
            self.tmin.append(tx - diur * self.U(0.75, 1.2))
            an = self.G(0, 8)
            self.rha.append(_clamp(rh_a + an, 8, 98))
            self.rhm.append(_clamp(rh_m + an * 0.6, 15, 100))
            self.rain.append(self.chance(0.14 if rh_a > 35 else 0.05))

    def seasonal_tmax(self, d):
        return self.tmax[d + 2]

    def weather(self, t):
        d = self.day_of(t)
        i = _clamp(d + 2, 0, len(self.tmax) - 1)
        h = t.hour + t.minute / 60.0
        if 5 <= h <= 15:
            s = 0.5 - 0.5 * math.cos(math.pi * (h - 5) / 10)
        elif h > 15:
            s = 0.5 + 0.5 * math.cos(math.pi * (h - 15) / 14)
        else:
            s = 0.5 + 0.5 * math.cos(math.pi * (h + 9) / 14)
        temp = self.tmin[i] + (self.tmax[i] - self.tmin[i]) * s
        rh = self.rha[i] + (self.rhm[i] - self.rha[i]) * (1 - s)
        return temp, _clamp(rh, 5, 100)

    # ---------- schedule ----------
    def make_schedule(self):
        P, rng, n = self.P, self.rng, self.ndays
        kind = [None] * (n + 3)
        # vacations and sick blocks
        self.vac = set()
        for _ in range(2 if n > 200 else 1):
            if self.chance(0.75):
                a = rng.randint(10, n - 14)
                for d in range(a, a + rng.randint(6, 12)):
                    self.vac.add(d)
        self.sick = set()
        for _ in range(2):
            if self.chance(0.4):
                a = rng.randint(5, n - 10)
                for d in range(a, a + rng.randint(4, 9)):
                    self.sick.add(d)
        if P.occ == "nurse":
            wtype = "night" if P.shift_style == "nights" else "day"
            for w0 in range(-rng.randint(0, 6), n + 3, 7):
                m = self.pick([2, 3, 3, 3, 3, 3, 3, 4, 4], None)
                combos = list(itertools.combinations(range(7), m))
                wts = [1 + 3 * sum(1 for i in range(len(cb) - 1) if cb[i + 1] == cb[i] + 1)
                       for cb in combos]
                cb = self.pick(combos, wts)
                if P.shift_style == "rotating" and self.chance(0.4):
                    wtype = "night" if wtype == "day" else "day"
                for i in cb:
                    d = w0 + i
                    if 0 <= d < n + 3:
                        kind[d] = wtype
        else:
            phase = rng.randint(0, 7)
            cyc_type = "night" if P.shift_style == "nights" else "day"
            for d in range(-phase, n + 3, 8):
                if P.shift_style == "rotating":
                    cyc_type = "night" if cyc_type == "day" else "day"
                for k in range(4):
                    if 0 <= d + k < n + 3:
                        kind[d + k] = cyc_type
            for d in range(n):
                if kind[d] is None and self.chance(0.035):
                    kind[d] = kind[d - 1] or "day"
        for d in range(n + 3):
            if d in self.vac or (d in self.sick and self.chance(0.8)):
                kind[d] = None
        # no day shift straight after a night shift
        for d in range(1, n + 3):
            if kind[d] == "day" and kind[d - 1] == "night":
                kind[d] = None
        self.kind = kind
        self.shift = {}
        for d in range(-1, n + 2):
            k = kind[d] if d >= 0 else None
            if k is None:
                continue
            if P.occ == "nurse":
                st = self.dt(d, 7.0 if k == "day" else 19.0)
            else:
                st = self.dt(d, 6.0 if k == "day" else 18.0)
            en = st + timedelta(hours=12.5 if P.occ == "nurse" else 12.0,
                                minutes=self.U(0, 45))
            self.shift[d] = (st, en, k)

    def kind_of(self, d):
        if 0 <= d < len(self.kind):
            return self.kind[d]
        return None

    # ---------- sleep ----------
    def make_sleep(self):
        P = self.P
        sleeps = []
        last_wake = self.dt(-1, 7.0)
        for d in range(-1, self.ndays + 1):
            S, N = self.kind_of(d), self.kind_of(d + 1)
            if S == "night":
                en = self.shift[d][1]
                bed = en + timedelta(minutes=self.U(25, 75))
                if N == "night":
                    hrs = _clamp(self.G(5.6, 0.8), 3.5, 7.5)
                else:
                    hrs = _clamp(self.G(4.0, 0.8), 2.5, 6.0)
                wake = bed + timedelta(hours=hrs)
                if N == "night":
                    wake = min(wake, self.shift[d + 1][0] - timedelta(minutes=75))
                sleeps.append(_Obj(bed=bed, wake=wake, nap=False))
                last_wake = wake
                continue
            if N == "day":
                wake = self.shift[d + 1][0] - timedelta(minutes=self.U(50, 80))
                bed = self.dt(d, self.U(21.6, 23.1))
                if S == "day":
                    bed = max(bed, self.shift[d][1] + timedelta(minutes=50))
            elif N == "night":
                bed = self.dt(d, self.U(23.0, 25.5))
                wake = bed + timedelta(hours=_clamp(self.G(8.6, 0.8), 6.5, 10.5))
            else:
                wkday = (self.base + timedelta(days=d)).weekday()
                late = 0.7 if wkday in (4, 5) else 0.0
                if self.kind_of(d - 1) == "night":
                    bed = self.dt(d, self.U(21.3, 22.8))
                    hrs = self.G(8.7, 0.8)
                elif S == "day":
                    bed = max(self.dt(d, self.U(22.3, 24.2)), self.shift[d][1] +
                              timedelta(minutes=60))
                    hrs = self.G(8.2, 0.9)
                else:
                    bed = self.dt(d, self.U(22.4, 24.2) + late)
                    hrs = self.G(7.9, 0.8)
                wake = bed + timedelta(hours=_clamp(hrs, 5.5, 11.0))
            u = self.rng.random()
            if u < P.disrupt_p:
                cut = timedelta(hours=self.U(1.5, 3.3))
                if N == "day" or self.chance(0.55):
                    bed += cut
                else:
                    wake -= cut
            elif u < P.disrupt_p + 0.04 and N is None:
                wake += timedelta(hours=self.U(0.8, 1.8))
            bed = max(bed, last_wake + timedelta(hours=2))
            if wake - bed < timedelta(hours=2):
                wake = bed + timedelta(hours=2)
            sleeps.append(_Obj(bed=bed, wake=wake, nap=False))
            last_wake = wake
            if N == "night" and self.chance(0.45):
                nb = self.dt(d + 1, self.U(13.3, 15.3))
                ne = nb + timedelta(hours=self.U(0.9, 2.2))
                lim = self.shift[d + 1][0] - timedelta(minutes=80)
                if ne < lim and nb > wake + timedelta(hours=3):
                    sleeps.append(_Obj(bed=nb, wake=ne, nap=True))
                    last_wake = ne
        sleeps.sort(key=lambda s: s.bed)
        # recorded by the wearable?
        gaps = set()
        for _ in range(self.rng.randint(0, 2)):
            a = self.rng.randint(0, self.ndays - 1)
            gaps.update(range(a, a + self.rng.randint(2, 6)))
        for s in sleeps:
            s.hours = (s.wake - s.bed).total_seconds() / 3600.0
            s.recorded = (self.day_of(s.bed) not in gaps) and not self.chance(P.wear_miss)
            if s.nap and self.chance(0.35):
                s.recorded = False
        self.sleeps = sleeps
        self.sleep_beds = [s.bed for s in sleeps]
        self.awake = []
        for a, b in zip(sleeps, sleeps[1:]):
            if b.bed > a.wake:
                self.awake.append((a.wake, b.bed))
        self.awake_starts = [a for a, _ in self.awake]
        self.wake_by_day = {}
        for s in sleeps:
            if not s.nap:
                self.wake_by_day.setdefault(self.day_of(s.wake), []).append(s)

    def awake_pieces(self, a, b, pad_wake=0):
        out = []
        i = max(0, bisect.bisect_right(self.awake_starts, a) - 1)
        aw = self.awake
        while i < len(aw) and aw[i][0] < b:
            x, y = aw[i]
            if pad_wake:
                x = x + timedelta(minutes=pad_wake)
            if y > a and x < y:
                lo_, hi_ = max(x, a), min(y, b)
                if hi_ > lo_:
                    out.append((lo_, hi_))
            i += 1
        return out

    def main_sleeps_waking_on(self, d):
        return self.wake_by_day.get(d, [])

    def in_sleep(self, t):
        i = bisect.bisect_right(self.sleep_beds, t) - 1
        return i >= 0 and self.sleeps[i].wake > t

    # ---------- training ----------
    def make_training(self):
        P, rng, n = self.P, self.rng, self.ndays
        self.spikes = []
        if self.cause == "training_load_spike":
            nsp = 3 if n >= 230 else 2
            if n < 190:
                nsp = 2
            first = rng.randint(35, 50)
            room = n - first - 16
            gap = max(40, room // nsp)
            d = first
            for _ in range(nsp):
                if d + 12 >= n:
                    break
                self.spikes.append((d, d + rng.randint(12, 16)))
                d += gap + rng.randint(-5, 5)
        spike_days = set()
        for a, b in self.spikes:
            spike_days.update(range(a, b))
        mot, m = [], 0.0
        for _ in range(n // 7 + 2):
            m = 0.6 * m + self.G(0, 0.22)
            mot.append(math.exp(m))
        sessions = []
        last_long = -10
        split_order = ["legs", "push", "pull", "full"] if self.chance(0.5) else \
            ["legs", "push", "pull"]
        split_i = rng.randrange(len(split_order))
        w_run = {"runner": 0.65, "gym": 0.2, "mixed": 0.42}[P.trainer]
        w_gym = {"runner": 0.22, "gym": 0.65, "mixed": 0.38}[P.trainer]
        p_base = _clamp(P.train_per_week / 3.8, 0.3, 0.95)
        for d in range(n):
            if d in self.sick:
                continue
            S, prevS = self.kind_of(d), self.kind_of(d - 1)
            # free time in the day
            pieces = self.awake_pieces(self.dt(d, 6.3), self.dt(d, 21.0), pad_wake=35)
            for sd in (d - 1, d):
                if sd in self.shift:
                    st, en, _ = self.shift[sd]
                    pieces = self._subtract(pieces, st - timedelta(minutes=75),
                                            en + timedelta(minutes=45))
            pieces = [(a, b) for a, b in pieces if (b - a) >= timedelta(minutes=50)]
            if not pieces:
                continue
            if d in spike_days:
                p = 0.95 if S is None else (0.6 if S == "night" else 0.3)
                nmax = 2 if S is None and self.chance(0.6) else 1
            elif d in self.vac:
                p, nmax = 0.85, 2 if self.chance(0.25) else 1
            else:
                p = p_base * mot[d // 7]
                if S == "day":
                    p *= 0.03
                elif S == "night":
                    p *= 0.15
                elif prevS == "night":
                    p *= 0.45
                nmax = 1
            if not self.chance(_clamp(p, 0, 0.97)):
                continue
            used = []
            for k in range(nmax):
                free = pieces
                for a, b in used:
                    free = self._subtract(free, a - timedelta(minutes=120),
                                          b + timedelta(minutes=120))
                free = [(a, b) for a, b in free if (b - a) >= timedelta(minutes=50)]
                if not free:
                    break
                longest = max((b - a) for a, b in free)
                # what kind of session
                acts = ["running", "strength", "other"]
                wts = [w_run, w_gym, max(0.05, 1 - w_run - w_gym)]
                act = self.pick(acts, wts)
                long_run = False
                if act == "running" and d - last_long >= P.long_gap and S is None and \
                        longest >= timedelta(hours=2.6) and self.chance(P.long_p) and k == 0:
                    long_run = True
                if act == "other":
                    opts = ["cycling", "hiit", "swimming", "yoga", "hiking", "elliptical",
                            "rowing"]
                    ow = [3, 3, 1.5, 1.5, 1.0 if S is None else 0, 0.8, 0.6]
                    if d in self.vac:
                        ow[4] = 4
                    act = self.pick(opts, ow)
                    if act == "hiking" and longest < timedelta(hours=4.5):
                        act = "cycling"
                s = self._make_session(d, act, long_run, free, split_order[split_i],
                                       d in spike_days)
                if s is None:
                    continue
                if act == "strength":
                    split_i = (split_i + 1) % len(split_order)
                if long_run:
                    last_long = d
                used.append((s.start, s.end))
                sessions.append(s)
        sessions.sort(key=lambda s: s.start)
        self.sessions = sessions

    @staticmethod
    def _subtract(pieces, a, b):
        out = []
        for x, y in pieces:
            if b <= x or a >= y:
                out.append((x, y))
                continue
            if x < a:
                out.append((x, a))
            if b < y:
                out.append((b, y))
        return out

    def _make_session(self, d, act, long_run, free, split, spike):
        P = self.P
        hot_season = self.seasonal_tmax(d) >= 28
        outdoor_act = act in ("running", "cycling", "hiking")
        # duration (min) and effort, long sessions are harder
        if act == "running":
            if long_run:
                dur = _clamp(self.G(P.long_run_base, 15), 55, 150)
                rpe = 4.6 + 0.025 * (dur - 60) + self.G(0, 0.7)
                sub = "long"
            elif self.chance(0.3):
                dur = _clamp(self.G(40, 7), 25, 60)
                rpe = self.G(7.3, 0.7)
                sub = "intervals"
            else:
                dur = _clamp(self.G(38, 8), 20, 60)
                rpe = self.G(4.3, 0.7)
                sub = "easy"
        elif act == "strength":
            dur = _clamp(self.G(60, 11), 35, 95)
            rpe = 5.0 + 0.025 * (dur - 50) + self.G(0.8, 0.8)
            sub = split
        elif act == "cycling":
            dur = _clamp(self.G(75, 25), 35, 180)
            rpe = 4.2 + 0.02 * (dur - 60) + self.G(0, 0.8)
            sub = "ride"
        elif act == "hiking":
            dur = _clamp(self.G(210, 50), 120, 330)
            rpe = 4.2 + 0.006 * (dur - 180) + self.G(0, 0.7)
            sub = "hike"
        elif act == "hiit":
            dur = _clamp(self.G(38, 7), 25, 55)
            rpe = self.G(7.6, 0.7)
            sub = "hiit"
        elif act == "yoga":
            dur = _clamp(self.G(50, 10), 30, 75)
            rpe = self.G(2.5, 0.6)
            sub = "yoga"
        else:
            dur = _clamp(self.G(45, 10), 25, 75)
            rpe = 4.5 + 0.02 * (dur - 45) + self.G(0, 0.8)
            sub = act
        if spike:
            rpe += 0.5
        dur = round(dur)
        # when: heat pushes outdoor sessions to the morning
        p_morning = 0.5 + (P.morning_bias if (hot_season and outdoor_act) else 0.0)
        cands = []
        for a, b in free:
            latest = b - timedelta(minutes=dur + 20)
            if latest <= a:
                continue
            cands.append((a, latest))
        if not cands:
            return None
        mornings = [(a, min(b, self.dt(d, 11.5))) for a, b in cands if a < self.dt(d, 11.5)]
        if mornings and self.chance(p_morning):
            a, b = self.pick(mornings)
        else:
            a, b = self.pick(cands)
        if b <= a:
            return None
        start = a + timedelta(seconds=self.U(0, (b - a).total_seconds()))
        start = start.replace(second=self.rng.randint(0, 59), microsecond=0)
        outdoor = False
        if outdoor_act:
            outdoor = self.chance(P.outdoor if act != "hiking" else 1.0)
            if self.rain[d + 2] and act != "hiking" and self.chance(0.6):
                outdoor = False
            if self.seasonal_tmax(d) < 4 and self.chance(0.5):
                outdoor = False
        temp, rh = 21.0, 45.0
        if outdoor:
            temp, rh = self.weather(start + timedelta(minutes=dur / 2))
            if temp >= 33 and act != "hiking" and self.chance(P.heat_avoid):
                outdoor = False
                temp, rh = 21.0, 45.0
        if outdoor:
            temp += self.G(0, 0.8)
            if temp > 33 and act != "hiking":
                dur = round(dur * 0.85)
            rpe += 0.05 * max(0.0, temp - 24)
        rpe = _clamp(rpe, 1.0, 10.0)
        end = start + timedelta(minutes=dur)
        if act == "strength":
            muscles = list(_SPLITS[split])
            if self.chance(0.3):
                muscles.append("abdomen")
        else:
            muscles = list(_MUSCLES_BY_ACT.get(act, []))
        # sweat and drinks
        heat = 1 + 0.035 * max(0.0, temp - 16) + (0.003 * max(0.0, rh - 50) if temp > 22 else 0)
        inten = 0.55 + 0.09 * rpe
        if act in ("strength", "yoga"):
            inten *= 0.65
        sweat = P.sr0 * inten * heat * dur / 60.0
        drinks = []
        drunk = 0.0
        if act in ("strength", "hiit", "yoga", "swimming", "rowing", "elliptical"):
            if act != "swimming" and self.chance(0.8):
                vol = round(self.U(250, 700) / 50) * 50
                drinks.append((start + timedelta(minutes=dur * self.U(0.3, 0.9)), vol, "water"))
        else:
            p_carry = P.carry + 0.035 * max(0.0, temp - 20) + P.carry_dur * max(0.0, dur - 50)
            if dur < 35:
                p_carry *= 0.4
            if self.chance(_clamp(p_carry, 0.02, 0.97)):
                p_el = P.elec + 0.025 * max(0.0, temp - 22) + 0.003 * max(0.0, dur - 60)
                drink = "water"
                if self.chance(_clamp(p_el, 0.0, 0.9)):
                    drink = self.pick(["sports_drink", "electrolyte_drink", "sports_drink",
                                       "ors"], [4, 4, 0, 0.4])
                rate = P.drink_rate * self.U(0.6, 1.15) * (1 + 0.02 * max(0.0, temp - 20))
                total = rate * dur / 60.0
                cap = 0.75 if act == "running" else 1.5
                if act == "hiking":
                    cap = 3.0
                total = min(total, cap if dur < 100 else cap * 1.7)
                nd = 1 if dur < 60 else (2 if dur < 120 else 3)
                per = max(100, round(total * 1000 / nd / 50) * 50)
                for i in range(nd):
                    tt = start + timedelta(minutes=dur * (i + self.U(0.3, 0.9)) / nd)
                    drinks.append((tt, per, drink))
                    drunk += per / 1000.0
        s = _Obj(day=d, act=act, sub=sub, start=start, end=end, dur=dur, rpe=rpe, temp=temp,
                 rh=rh, outdoor=outdoor, muscles=muscles, sweat=sweat, drinks=drinks,
                 drunk=drunk, spike=spike, kind="training", pre=None, post=None,
                 post_drink=None)
        if act in ("yoga",):
            s.drinks = []
        # weigh-ins around home runs/rides
        if act in ("running", "cycling") and dur >= 35 and P.weigh_p > 0:
            pw = P.prepost * (1.0 if dur >= P.prepost_min else 0.5)
            if self.chance(pw):
                m = self.mass_at(start)
                pre = m + self.G(0, 0.08)
                loss = sweat + 0.04 * dur / 60.0 - sum(v for _, v, _ in s.drinks) / 1000.0
                post = pre - loss + self.G(0, 0.1)
                s.pre = (start - timedelta(minutes=self.U(5, 18)), pre)
                s.post = (end + timedelta(minutes=self.U(4, 20)), post)
        # recovery drink
        if act != "yoga" and self.chance(0.6):
            base_t = (s.post[0] if s.post else end) + timedelta(minutes=self.U(3, 30))
            dk = self.pick(["water", "water", "water", "milk", "sports_drink", "juice",
                            "coconut_water"], [5, 5, 5, 1.5, 1.5 + 0.1 * max(0, temp - 22), 1, 0.5])
            s.post_drink = (base_t, round(self.U(250, 650) / 50) * 50, dk)
        return s

    # ---------- body mass ----------
    def make_mass_curve(self):
        P = self.P
        self.mass_day = []
        m = P.mass0
        drift = self.G(0, 0.004)
        for d in range(-2, self.ndays + 3):
            m += drift + self.G(0, 0.03)
            if self.cause == "nutrient_deficiency" and getattr(self, "def_cut", False) and \
                    self.def_a <= d < self.def_b:
                m -= 0.035
            self.mass_day.append(m)

    def mass_at(self, t):
        d = _clamp(self.day_of(t) + 2, 0, len(self.mass_day) - 1)
        return self.mass_day[d] + self.noise_mass[d] - 0.25 * ((t.hour - 7) % 24) / 24.0

    # ---------- cause-specific life events ----------
    def make_events(self):
        c, rng, n = self.cause, self.rng, self.ndays
        self.def_a = self.def_b = None
        self.def_cut = False
        self.med = None
        if c == "nutrient_deficiency":
            self.def_a = int(n * self.U(0.30, 0.55))
            self.def_b = n + 5 if self.chance(0.6) else rng.randint(self.def_a + 75,
                                                                    max(self.def_a + 76, n - 20))
            if self.def_b >= n - 20:
                self.def_b = n + 5
            self.def_cut = self.chance(0.5)
        if c == "medication":
            name = self.pick(["atorvastatin", "simvastatin", "rosuvastatin", "hydrochlorothiazide",
                              "chlorthalidone", "indapamide", "salmeterol", "spironolactone"],
                             [3, 2, 2, 3, 1.5, 1.5, 1.5, 1])
            a = int(n * self.U(0.30, 0.55))
            b = None
            if self.chance(0.35) and n - a > 110:
                b = rng.randint(a + 80, n - 25)
            self.med = (name, a, b)
        self.neutral_meds = []
        if self.chance(0.35):
            a = rng.randint(5, n - 40)
            self.neutral_meds.append((self.pick(["cetirizine", "loratadine", "fexofenadine"]), a,
                                      a + rng.randint(20, 60)))
        if self.chance(0.2):
            a = rng.randint(5, n - 12)
            self.neutral_meds.append(("amoxicillin", a, a + 7))

    # ---------- diet quality ----------
    def diet_q(self, d):
        P = self.P
        if self.def_a is not None and self.def_a <= d < self.def_b:
            return 0.07
        q = P.q_base
        S = self.kind_of(d)
        if S == "night":
            q -= 0.08
        if d in self.vac:
            q -= 0.05
        return _clamp(q, 0.05, 0.98)

    # ---------- building the whole life ----------
    def build(self):
        self.make_persona()
        self.make_calendar()
        self.make_events()
        self.make_schedule()
        self.make_sleep()
        self.noise_mass = [self.G(0, 0.35) for _ in range(self.ndays + 5)]
        self.make_mass_curve()
        self.make_training()
        self.make_walks_and_shifts()
        self.compute_observables()
        self.episodes = []
        self.plant()
        self.background()
        return self

    def acceptable(self):
        if self.cause is None:
            return True
        return self.stats.get("exposed", 0) >= 20 and self.linked >= 9

    def make_walks_and_shifts(self):
        P = self.P
        self.shift_sessions = []
        for d, (st, en, k) in sorted(self.shift.items()):
            if d < 0 or d >= self.ndays:
                continue
            self.shift_sessions.append(_Obj(start=st, end=en, kind="shift", day=d, skind=k))
        self.walks = []
        for d in range(self.ndays):
            if self.kind_of(d) is not None or not self.chance(P.walk_p):
                continue
            pieces = self.awake_pieces(self.dt(d, 8.0), self.dt(d, 20.5))
            pieces = [(a, b) for a, b in pieces if b - a > timedelta(minutes=60)]
            if not pieces:
                continue
            a, b = self.pick(pieces)
            dur = round(self.U(15, 45))
            st = a + timedelta(seconds=self.U(0, max(1.0, (b - a).total_seconds() - dur * 60)))
            st = st.replace(microsecond=0)
            if any(s.start - timedelta(minutes=30) < st < s.end + timedelta(minutes=30)
                   for s in self.sessions if s.day == d):
                continue
            self.walks.append(_Obj(start=st, end=st + timedelta(minutes=dur), dur=dur,
                                   kind="walk", day=d))

    # ---------- what the logs will show ----------
    def compute_observables(self):
        P = self.P
        rpe_logged = {}
        for s in self.sessions:
            s.rpe_log = None
            if self.chance(P.rpe_p if s.act != "strength" else min(0.98, P.rpe_p + 0.1)):
                s.rpe_log = round(s.rpe * 2) / 2 if self.chance(0.25) else int(round(s.rpe))
                s.rpe_log = _clamp(s.rpe_log, 1, 10)
            s.temp_log = None
            s.rh_log = None
            if s.outdoor and self.chance(0.9):
                s.temp_log = round(s.temp, 1) if self.chance(0.5) else int(round(s.temp))
                if self.chance(0.9):
                    s.rh_log = int(round(_clamp(s.rh + self.G(0, 3), 5, 100)))
            s.mg_log = None
            if s.act == "strength":
                s.mg_log = list(s.muscles)
            elif s.muscles and (P.mg_log_runs or s.act not in ("running",)) and self.chance(0.85):
                s.mg_log = list(s.muscles)
            # drinks logged: always if weighed, else sometimes
            p_fl = 1.0 if s.pre else P.fluid_day_p + 0.2
            s.drinks_logged = [x for x in s.drinks if self.chance(p_fl)]
            s.post_drink_logged = s.post_drink if (s.post_drink and
                                                   self.chance(0.9 if s.pre else p_fl)) else None
            rpe_logged[id(s)] = s.rpe_log
        # observable exposure features
        by_act = {}
        for s in self.sessions:
            by_act.setdefault(s.act, []).append(s)
        med_dur, med_load = {}, {}
        for a, lst in by_act.items():
            ds = sorted(x.dur for x in lst)
            ls = sorted(x.dur * (x.rpe_log if x.rpe_log is not None else 5) for x in lst)
            med_dur[a] = ds[len(ds) // 2]
            med_load[a] = ls[len(ls) // 2]
        self.med_dur, self.med_load = med_dur, med_load
        # ACWR on training sessions
        n = self.ndays
        load = [0.0] * (n + 1)
        for s in self.sessions:
            if s.act in ("yoga",):
                continue
            load[s.day] += s.dur * (s.rpe_log if s.rpe_log is not None else 5)
        weekly = []
        for d in range(27, n):
            weekly.append(sum(load[d - 6:d + 1]))
        wmed = sorted(weekly)[len(weekly) // 2] if weekly else 1.0
        for s in self.sessions:
            d = s.day
            s.acwr = None
            if d >= 28:
                acute = sum(load[d - 6:d + 1])
                chronic = sum(load[d - 27:d + 1]) / 4.0
                if chronic > 0.35 * wmed and chronic > 0:
                    s.acwr = acute / chronic
            s.loss_pct = None
            s.est_sweat = None
            s.na_in = None
            if s.pre and s.post:
                s.loss_pct = (s.pre[1] - s.post[1]) / s.pre[1] * 100.0
                t0, t1 = s.pre[0], s.post[0]
                fl = [x for x in s.drinks_logged if t0 <= x[0] <= t1]
                s.est_sweat = (s.pre[1] - s.post[1]) + sum(v for _, v, _ in fl) / 1000.0
                na = sum(v / 1000.0 * _DRINK_NA[k] for _, v, k in fl)
                if s.post_drink_logged and s.post_drink_logged[0] <= t1 + timedelta(minutes=45):
                    _, v, k = s.post_drink_logged
                    na += v / 1000.0 * _DRINK_NA[k]
                s.na_in = na
        # consecutive-day same muscles
        by_day = {}
        for s in self.sessions:
            by_day.setdefault(s.day, []).append(s)
        for s in self.sessions:
            groups = set(s.mg_log or _MUSCLES_BY_ACT.get(s.act, []) or s.muscles)
            s.back_to_back = False
            for p in by_day.get(s.day - 1, []):
                pg = set(p.mg_log or _MUSCLES_BY_ACT.get(p.act, []) or p.muscles)
                if groups & pg and (p.rpe_log is None or p.rpe_log >= 5) and p.act != "yoga":
                    s.back_to_back = True

    # ---------- exposures of the planted cause ----------
    def exposures(self):
        c = self.cause
        units = []
        if c == "dehydration":
            for s in self.sessions:
                if s.loss_pct is not None and s.loss_pct >= 2.0:
                    units.append((s, s.loss_pct - 1.6))
        elif c == "electrolyte_loss":
            for s in self.sessions:
                if s.est_sweat is not None and s.est_sweat >= 1.2 and \
                        s.na_in < 0.3 * s.est_sweat * 800:
                    units.append((s, s.est_sweat))
        elif c == "heat":
            for s in self.sessions:
                if s.temp_log is None:
                    continue
                t = float(s.temp_log)
                if t >= 27 or (t >= 24 and s.rh_log is not None and s.rh_log >= 70):
                    units.append((s, 1.0 + max(0.0, t - 27) / 4.0))
        elif c == "muscle_fatigue":
            for s in self.sessions:
                if s.act in ("yoga",) or not s.muscles:
                    continue
                md, ml = self.med_dur[s.act], self.med_load[s.act]
                load = s.dur * (s.rpe_log if s.rpe_log is not None else 5)
                long_ = s.dur >= 1.5 * md and s.dur >= 50
                hard = (s.rpe_log is not None and s.rpe_log >= 8.5) or load >= 1.8 * ml
                w = 0.0
                if long_ or hard:
                    w = 1.5 if (long_ and hard) else 1.0
                elif s.back_to_back:
                    w = 0.5
                if w > 0:
                    units.append((s, w))
        elif c == "training_load_spike":
            for s in self.sessions:
                if s.act in ("yoga",) or not s.muscles:
                    continue
                if s.acwr is not None and s.acwr >= 1.5:
                    units.append((s, 1.0 + min(1.5, s.acwr - 1.5)))
        elif c == "sleep_debt":
            rec = [s for s in self.sleeps if s.recorded and s.hours >= 2.5]
            hs = sorted(s.hours for s in rec)
            usual = hs[len(hs) // 2] if hs else 7.0
            self.stats["usual_sleep"] = usual
            for i, s in enumerate(self.sleeps):
                if not s.recorded or s.hours > usual - 1.5 or s.hours < 1.0:
                    continue
                if not (0 <= self.day_of(s.wake) < self.ndays):
                    continue
                nxt = self.sleeps[i + 1].bed if i + 1 < len(self.sleeps) else \
                    s.wake + timedelta(hours=16)
                if nxt - s.wake < timedelta(hours=2.5):
                    continue
                units.append(((s.wake, nxt), usual - s.hours))
        elif c == "medication":
            name, a, b = self.med
            lag = self.rng.randint(4, 14)
            last = (b + 7) if b is not None else self.ndays - 1
            for d in range(a + lag, min(last, self.ndays - 1) + 1):
                units.append((d, 1.0))
        elif c == "nutrient_deficiency":
            lag = self.rng.randint(14, 28)
            last = min(self.def_b + 10, self.ndays - 1)
            for d in range(self.def_a + lag, last + 1):
                units.append((d, 1.0))
        return units

    def choose(self, units, k):
        keyed = []
        for u, w in units:
            r = self.rng.random()
            keyed.append((r ** (1.0 / max(w, 1e-6)), u))
        keyed.sort(key=lambda x: -x[0])
        return [u for _, u in keyed[:k]]

    # ---------- planting ----------
    def plant(self):
        c = self.cause
        self.linked = 0
        if c is None:
            self.stats["exposed"] = 0
            return
        units = self.exposures()
        N = len(units)
        self.stats["exposed"] = N
        k = self.rng.randint(9, 16)
        k = min(k, int(N * 0.55))
        chosen = self.choose(units, k)
        self.stats["units_hit"] = len(chosen)
        for i, u in enumerate(chosen):
            self.units_left = len(chosen) - i - 1
            if c in ("dehydration", "electrolyte_loss", "heat", "muscle_fatigue",
                     "training_load_spike"):
                self.plant_session(u)
            elif c == "sleep_debt":
                self.plant_sleep_debt(u)
            elif c == "medication":
                self.plant_chronic(u, night_share=0.75, kind="medication")
            elif c == "nutrient_deficiency":
                self.plant_chronic(u, night_share=0.4, kind="nutrient")

    def worked_muscle(self, s):
        ms = [m for m in s.muscles if m in _CRAMP_PREF]
        if s.act == "swimming":
            ms = ms + ["calf", "foot"]
        if s.act in ("running", "hiking", "trail_running"):
            ms = ms + ["foot"]
        if not ms:
            return "calf"
        return self.pick(ms, [_CRAMP_PREF[m] * (3 if m in ("calf", "hamstring", "quadriceps")
                                                 else 1) for m in ms])

    def plant_session(self, s):
        c = self.cause
        late = 0.55 if c != "electrolyte_loss" else 0.45
        if self.chance(late):
            t = s.start + timedelta(minutes=s.dur * self.U(0.62, 0.98))
            during = "exercise"
        else:
            t = s.end + timedelta(minutes=self.U(5, 150 if c != "muscle_fatigue" else 110))
            during = None
            if c in ("electrolyte_loss", "dehydration") and self.chance(0.12):
                i = bisect.bisect_right(self.sleep_beds, s.end)
                if i < len(self.sleeps) and self.sleeps[i].bed - s.end < timedelta(hours=9):
                    sl = self.sleeps[i]
                    t = sl.bed + timedelta(minutes=self.U(30, 150))
                    if t >= sl.wake:
                        t = sl.bed + (sl.wake - sl.bed) / 2
        muscle = self.worked_muscle(s)
        kind = "spasm"
        if c in ("muscle_fatigue", "training_load_spike") and self.chance(0.15):
            kind = "twitch"
            t = s.end + timedelta(hours=self.U(1.5, 9))
            during = None
        side = self.pick(["left", "right", "both"], [4, 4, 1 if c != "electrolyte_loss" else 4])
        self.add_episode(t, kind, muscle, during=during, side=side, linked=True,
                         session=s if during == "exercise" else None)
        if c in ("electrolyte_loss", "heat") and self.linked + self.units_left < 19 and \
                self.chance(0.35 if c == "electrolyte_loss" else 0.15):
            m2 = self.pick([m for m in ("calf", "hamstring", "quadriceps", "abdomen", "hand",
                                         "foot") if m != muscle])
            t2 = t + timedelta(minutes=self.U(1, 25))
            d2 = during if (during != "exercise" or t2 < s.end) else None
            self.add_episode(t2, "spasm", m2, during=d2, side="both" if self.chance(0.5) else
                             None, linked=True, session=s if d2 == "exercise" else None)

    def plant_sleep_debt(self, u):
        a, b = u
        hi = min(a + timedelta(hours=15), b - timedelta(minutes=20))
        lo = a + timedelta(minutes=30)
        if hi <= lo:
            hi = lo + timedelta(minutes=30)
        t = lo + timedelta(seconds=self.U(0, (hi - lo).total_seconds()))
        if self.chance(0.5):
            muscle = self.pick(["eyelid", "calf", "quadriceps", "hand", "face", "biceps"],
                               [6, 2, 1, 0.7, 0.8, 0.5])
            self.add_episode(t, "twitch", muscle, linked=True)
        else:
            muscle = self.pick(["calf", "foot", "hamstring", "hand", "neck", "toes"],
                               [4.5, 2.5, 1, 1, 1, 0.8])
            self.add_episode(t, "spasm", muscle, linked=True)

    def sleep_in_day(self, d):
        lo, hi = self.dt(d, 6.0), self.dt(d + 1, 6.0)
        i = bisect.bisect_left(self.sleep_beds, lo)
        out = []
        while i < len(self.sleeps) and self.sleeps[i].bed < hi:
            if self.sleeps[i].hours >= 3:
                out.append(self.sleeps[i])
            i += 1
        return out

    def random_awake_time(self, d, avoid_training=False):
        pieces = self.awake_pieces(self.dt(d, 0), self.dt(d + 1, 0))
        if avoid_training:
            for s in self.sessions:
                if s.day in (d - 1, d, d + 1):
                    pieces = self._subtract(pieces, s.start, s.end + timedelta(minutes=90))
        tot = sum((b - a).total_seconds() for a, b in pieces)
        if tot <= 0:
            return None
        r = self.U(0, tot)
        for a, b in pieces:
            L = (b - a).total_seconds()
            if r <= L:
                return a + timedelta(seconds=r)
            r -= L
        return pieces[-1][0]

    def plant_chronic(self, d, night_share, kind):
        if self.chance(night_share):
            sl = self.sleep_in_day(d)
            if sl:
                s = self.pick(sl)
                t = s.bed + timedelta(minutes=self.U(40, max(41, s.hours * 60 - 15)))
                muscle = self.pick(["calf", "foot", "hamstring", "toes", "quadriceps"],
                                   [6, 2, 1, 0.8, 0.4])
                self.add_episode(t, "spasm", muscle, linked=True)
                return
        t = self.random_awake_time(d, avoid_training=True)
        if t is None:
            return
        if kind == "medication":
            if self.chance(0.85):
                self.add_episode(t, "spasm", self.pick(["calf", "hamstring", "foot", "quadriceps",
                                                        "hand"], [5, 2, 2, 1, 0.5]), linked=True)
            else:
                self.add_episode(t, "twitch", self.pick(["calf", "quadriceps", "eyelid"]),
                                 linked=True)
        else:
            if self.chance(0.5):
                self.add_episode(t, "twitch", self.pick(["eyelid", "calf", "face", "hand",
                                                         "quadriceps"], [4, 2, 1.2, 1, 1]),
                                 linked=True)
            else:
                self.add_episode(t, "spasm", self.pick(["hand", "fingers", "foot", "calf", "toes"],
                                                       [2, 1.5, 2.5, 2.5, 1]), linked=True)

    # ---------- background (unrelated to any exposure) ----------
    def background(self):
        P = self.P
        n0 = len(self.episodes)
        for s in self.sleeps:
            if s.hours < 3 or not (0 <= self.day_of(s.bed) < self.ndays):
                continue
            if self.chance(P.r_night):
                self._bg_night(s)
        for d in range(self.ndays):
            if self.chance(P.r_twitch):
                self._bg_twitch(d)
            if self.chance(P.r_rand):
                self._bg_rand(d)
        need = 5 if self.cause is None else 2
        guard = 0
        while len(self.episodes) - n0 < need and guard < 50:
            guard += 1
            d = self.rng.randrange(self.ndays)
            r = self.rng.random()
            if r < 0.45:
                sl = self.sleep_in_day(d)
                if sl:
                    self._bg_night(self.pick(sl))
            elif r < 0.8:
                self._bg_twitch(d)
            else:
                self._bg_rand(d)
        self.stats["background"] = len(self.episodes) - n0

    def _bg_night(self, s):
        t = s.bed + timedelta(minutes=self.U(40, max(41, s.hours * 60 - 10)))
        self.add_episode(t, "spasm", self.pick(["calf", "foot", "hamstring", "toes"],
                                               [7, 2, 0.6, 0.6]))

    def _bg_twitch(self, d):
        t = self.random_awake_time(d)
        if t is not None:
            self.add_episode(t, "twitch", self.pick(["eyelid", "calf", "quadriceps", "hand",
                                                     "face", "biceps", "fingers"],
                                                    [6, 1.5, 0.8, 0.5, 0.5, 0.4, 0.3]))

    def _bg_rand(self, d):
        t = self.random_awake_time(d)
        if t is not None:
            self.add_episode(t, "spasm", self.pick(["foot", "hand", "toes", "calf", "neck",
                                                    "abdomen", "hamstring", "fingers"],
                                                   [3, 1.5, 1.5, 1.5, 1, 0.5, 1, 0.7]))

    # ---------- context and episode records ----------
    def context(self, t):
        if self.in_sleep(t):
            return "sleep"
        for s in self.sessions:
            if s.start <= t <= s.end:
                return "exercise"
        for w in self.walks:
            if w.start <= t <= w.end:
                return "exercise"
        for s in self.sessions:
            if s.end < t <= s.end + timedelta(minutes=120):
                return "after_exercise"
        for st, en, _ in self.shift.values():
            if st <= t <= en:
                return "work"
        return "rest"

    def add_episode(self, t, kind, muscle, during=None, side=None, linked=False, session=None):
        if not (0 <= self.day_of(t) < self.ndays):
            return
        if session is not None and t > session.end:
            t = session.end - timedelta(minutes=1)
        ctx = during or self.context(t)
        if ctx == "exercise" and session is None and during is None:
            ctx = "exercise"
        self.episodes.append(_Obj(t=t, kind=kind, muscle=muscle, ctx=ctx, side=side,
                                  linked=linked))
        if linked:
            self.linked += 1

    # ---------- emitting JSON objects ----------
    def emit(self):
        P, rng = self.P, self.rng
        objs = []
        start = self.aware(self.base)
        stop = self.aware(self.base + timedelta(days=self.ndays))
        lo, hi = self.base, self.base + timedelta(days=self.ndays)

        def inside(t):
            return lo <= t < hi

        def kg(v):
            if P.us and self.scale_lb:
                return f"{v * 2.20462:.1f} lb"
            return round(v, 2 if self.chance(0.3) else 1)

        def ml(v):
            if P.us and self.chance(0.8):
                oz = self.pick([8, 12, 16, 16.9, 20, 24, 32]) if v is None else v / 29.5735
                return f"{round(oz)} oz" if self.chance(0.7) else f"{round(oz, 1)} fl oz"
            return int(v)

        self.scale_lb = self.chance(0.85)
        brand = P.brand
        counter = [rng.randint(10_000_000, 90_000_000)]

        def nid(t):
            return f"{brand}-{counter[0] + int((t - lo).total_seconds() // 7)}"

        prof = {"type": "profile", "sex": P.sex, "birth_year": P.birth_year,
                "body_mass_kg": round(P.mass0, 1), "height_cm": round(P.height),
                "timezone": self.city[0]}
        if P.us and self.chance(0.5):
            prof["body_mass_kg"] = f"{round(P.mass0 * 2.20462)} lb"
        if P.sex == "female" and self.chance(0.4):
            prof["pregnant"] = False
        if self.chance(0.3):
            prof["notes"] = self.pick([f"{'RN' if P.occ == 'nurse' else 'warehouse'}, 12h shifts",
                                       "shift worker, trying to figure out my cramps",
                                       "12-hour shifts, gym on days off"])
        objs.append((self.base - timedelta(days=1), prof))

        # sleep
        for s in self.sleeps:
            if not s.recorded or not inside(s.bed) or not (s.wake < hi):
                continue
            o = {"type": "sleep", "id": f"{brand}-sleep-{s.bed.strftime('%Y%m%d%H%M')}",
                 "time": self.iso(s.bed, utc=P.sleep_utc, z=P.sleep_utc and brand == "fitbit"),
                 "end": self.iso(s.wake, utc=P.sleep_utc, z=P.sleep_utc and brand == "fitbit")}
            if self.chance(P.quality_p):
                q = 1 + (s.hours - 4) * 0.8 + self.G(0, 0.7)
                o["quality"] = int(_clamp(round(q), 1, 5))
            if s.nap and self.chance(0.3):
                o["notes"] = "nap before nights"
            objs.append((s.bed, o))

        # shifts as activities
        if P.shifts_logged:
            for sh in self.shift_sessions:
                if not inside(sh.start) or not (sh.end < hi) or self.chance(0.1):
                    continue
                dur = (sh.end - sh.start).total_seconds() / 60 - self.U(0, 25)
                steps = int(self.G(17500 if P.occ == "nurse" else 22000, 3000))
                o = {"type": "workout", "id": nid(sh.start),
                     "time": self.iso(sh.start + timedelta(minutes=self.U(0, 8))),
                     "duration_min": round(dur, 1), "activity": P.shift_activity,
                     "avg_hr": int(self.G(96, 6)),
                     "distance_km": round(steps * self.U(0.62, 0.74) / 1000, 2)}
                if self.chance(0.55):
                    o["notes"] = self.pick([f"work shift - {steps:,} steps",
                                            f"{'night' if sh.skind == 'night' else 'day'} shift",
                                            "12h shift", f"shift, {steps} steps"])
                if self.chance(0.12):
                    o["rpe"] = self.pick([3, 4, 4, 5])
                objs.append((sh.start, o))

        # short walks
        for w in self.walks:
            if not inside(w.start):
                continue
            o = {"type": "workout", "id": nid(w.start), "time": self.iso(w.start),
                 "duration_min": round(w.dur + self.U(-1, 1), 1), "activity": "walking",
                 "avg_hr": int(self.G(99, 6)),
                 "distance_km": round(w.dur / self.U(11, 14), 2)}
            objs.append((w.start, o))

        # training sessions (+ weigh-ins + drinks)
        for s in self.sessions:
            if not inside(s.start):
                continue
            from_watch = s.act != "strength" or self.chance(0.5)
            o = {"type": "workout"}
            if from_watch:
                o["id"] = nid(s.start)
            o["time"] = self.iso(s.start, seconds=from_watch)
            o["duration_min"] = round(s.dur + self.U(-0.9, 0.9), 1) if from_watch else s.dur
            o["activity"] = s.act
            if s.rpe_log is not None:
                o["rpe"] = s.rpe_log
            if from_watch and self.chance(0.93):
                hr = (100 + 9.5 * s.rpe) if s.act not in ("strength", "yoga") else (88 + 6 * s.rpe)
                o["avg_hr"] = int(_clamp(hr + self.G(0, 5), 60, 200))
            if s.act in ("running", "cycling", "hiking", "elliptical", "rowing") and from_watch:
                speed = {"running": self.U(8.5, 11.5), "cycling": self.U(22, 28),
                         "hiking": self.U(3.5, 4.8), "elliptical": self.U(7, 9),
                         "rowing": self.U(9, 12)}[s.act]
                km = round(speed * s.dur / 60.0, 2)
                o["distance_km"] = f"{km / 1.60934:.2f} mi" if (P.us and self.chance(0.6)) else km
            if s.temp_log is not None:
                if P.us and self.chance(0.6):
                    o["temperature_c"] = f"{round(s.temp_log * 9 / 5 + 32)} degF"
                else:
                    o["temperature_c"] = s.temp_log
            if s.rh_log is not None:
                o["humidity_pct"] = s.rh_log
            if s.mg_log:
                o["muscle_groups"] = s.mg_log
            if s.act in ("strength", "running") and self.chance(0.25):
                o["warm_up_min"] = self.pick([5, 8, 10, 10, 15])
            if self.chance(0.12):
                o["cool_down_min"] = self.pick([5, 5, 10])
            note = None
            if s.sub == "long" and self.chance(0.4):
                note = self.pick(["long run", "LSD", "long slow run", "weekend long run"])
            elif s.sub == "intervals" and self.chance(0.5):
                note = self.pick(["6x800", "intervals", "tempo", "5x1k", "hill repeats"])
            elif s.act == "strength" and self.chance(0.5):
                note = f"{s.sub} day"
            if self.cause == "electrolyte_loss" and s.est_sweat and s.est_sweat > 1.3 and \
                    self.chance(0.2):
                note = self.pick(["salt marks all over my cap", "white salt streaks on shirt"])
            if note:
                o["notes"] = note
            objs.append((s.start, o))
            if s.pre and inside(s.pre[0]):
                objs.append((s.pre[0], {"type": "body_mass",
                                        "id": f"scale-{int((s.pre[0] - lo).total_seconds())}",
                                        "time": self.iso(s.pre[0]), "kg": kg(s.pre[1]),
                                        "context": "pre_workout"}))
            if s.post and inside(s.post[0]):
                objs.append((s.post[0], {"type": "body_mass",
                                         "id": f"scale-{int((s.post[0] - lo).total_seconds())}",
                                         "time": self.iso(s.post[0]), "kg": kg(s.post[1]),
                                         "context": "post_workout"}))
            for tt, v, k in s.drinks_logged:
                if not inside(tt):
                    continue
                fo = {"type": "fluid", "time": self.iso(self.round5(tt, 1), seconds=False),
                      "ml": ml(v), "drink": k}
                if k == "electrolyte_drink" and self.chance(0.4):
                    fo["sodium_mg"] = self.pick([300, 500, 1000])
                    fo["notes"] = "electrolyte tab"
                objs.append((tt, fo))
            if s.post_drink_logged and inside(s.post_drink_logged[0]):
                tt, v, k = s.post_drink_logged
                objs.append((tt, {"type": "fluid", "time": self.iso(self.round5(tt, 1),
                                                                     seconds=False),
                                  "ml": ml(v), "drink": k}))

        # morning weigh-ins
        for d in range(self.ndays):
            if not self.chance(self.P.weigh_p):
                continue
            sl = self.main_sleeps_waking_on(d)
            if not sl:
                continue
            w = sl[-1].wake + timedelta(minutes=self.U(3, 25))
            if not inside(w) or any(s.start - timedelta(minutes=20) <= w <= s.end +
                                    timedelta(minutes=30) for s in self.sessions if s.day == d):
                continue
            ctx = "morning" if w.hour < 11 else "other"
            objs.append((w, {"type": "body_mass", "id": f"scale-{int((w - lo).total_seconds())}",
                             "time": self.iso(w), "kg": kg(self.mass_at(w)), "context": ctx}))

        # meals and daily drinks
        self._emit_food(objs, inside)

        # supplements
        for d in range(self.ndays):
            if P.vitd and self.chance(0.35):
                t = self.random_awake_time(d)
                if t and inside(t):
                    objs.append((t, {"type": "supplement", "time": self.iso(self.round5(t),
                                                                           seconds=False),
                                     "name": "vitamin D3"}))
            if P.multi and self.chance(0.3):
                t = self.random_awake_time(d)
                if t and inside(t):
                    objs.append((t, {"type": "supplement", "time": self.iso(self.round5(t),
                                                                           seconds=False),
                                     "name": "multivitamin", "magnesium_mg": 50,
                                     "calcium_mg": 200, "potassium_mg": 80}))
            if P.melatonin and self.kind_of(d - 1) == "night" and self.chance(0.5):
                sl = [s for s in self.sleep_in_day(d) if s.bed.hour < 12]
                if sl and inside(sl[0].bed):
                    t = sl[0].bed - timedelta(minutes=self.U(5, 30))
                    objs.append((t, {"type": "supplement", "time": self.iso(self.round5(t),
                                                                           seconds=False),
                                     "name": "melatonin"}))

        # medications
        meds = list(self.neutral_meds)
        if self.med:
            meds.append(self.med)
        for name, a, b in meds:
            o = {"type": "medication", "name": name,
                 "start": (self.base + timedelta(days=a)).date().isoformat()}
            if b is not None and b < self.ndays:
                o["end"] = (self.base + timedelta(days=b)).date().isoformat()
            if name in ("atorvastatin", "simvastatin", "rosuvastatin"):
                o["notes"] = self.pick(["for cholesterol", "GP started it", "20 mg at night",
                                        "10 mg"])
            elif name in ("hydrochlorothiazide", "chlorthalidone", "indapamide", "spironolactone"):
                o["notes"] = self.pick(["blood pressure", "for BP", "once a day"])
            elif name == "salmeterol":
                o["notes"] = self.pick(["new inhaler", "twice daily inhaler"])
            elif name == "amoxicillin":
                o["notes"] = "7 day course"
            else:
                o["notes"] = self.pick(["hay fever", "allergies", "seasonal allergies"])
            objs.append((self.base + timedelta(days=a, hours=8), o))

        # episodes
        for e in sorted(self.episodes, key=lambda e: e.t):
            o = self._episode_obj(e)
            objs.append((e.t, o))
            if e.kind == "spasm" and self.chance(0.08):
                t = e.t + timedelta(minutes=self.U(20, 180))
                if inside(t) and not self.in_sleep(t):
                    objs.append((t, {"type": "supplement",
                                     "time": self.iso(self.round5(t), seconds=False),
                                     "name": self.pick(["magnesium glycinate",
                                                        "magnesium citrate"]),
                                     "magnesium_mg": self.pick([200, 250, 300])}))

        # a few wearable lines exported twice
        with_id = [o for _, o in objs if "id" in o and o["type"] in ("workout", "sleep")]
        dups = []
        for _ in range(rng.randint(0, 4)):
            if with_id:
                o = self.pick(with_id)
                dups.append(dict(o))
        objs.sort(key=lambda x: x[0])
        out = [o for _, o in objs]
        for o in dups:
            out.insert(rng.randint(1, len(out)), o)
        return BlindJournal(cause=self.cause, objects=out, start=start, stop=stop)

    def _episode_obj(self, e):
        P = self.P
        t = self.round5(e.t + timedelta(minutes=self.U(-4, 4)))
        if e.ctx == "sleep" and self.chance(0.4):
            t = self.round5(e.t, 15)
        o = {"type": "episode", "time": self.iso(t, seconds=False), "kind": e.kind,
             "muscle": e.muscle}
        paired = e.muscle not in ("eyelid", "face", "neck", "abdomen")
        if paired and self.chance(P.ep_side_p):
            o["side"] = e.side or self.pick(["left", "right", "both"], [5, 5, 1])
        if e.kind == "spasm":
            if self.chance(P.ep_dur_p):
                o["duration_s"] = int(_clamp(round(math.exp(self.G(math.log(80), 0.8)) / 5) * 5,
                                             5, 900))
            if self.chance(P.ep_pain_p):
                o["pain"] = int(_clamp(round(self.G(6.3, 1.5)), 2, 10))
            if self.chance(P.ep_relief_p):
                rel = ["stretching"] if self.chance(0.7) else []
                extra = self.pick(["massage", "walking_it_off", "heat", "hydration",
                                   "pickle_juice", "rest", "magnesium", "cold", "other"],
                                  [3, 3, 1, 1.5, 0.5, 1, 0.7, 0.3, 0.3])
                if extra not in rel and (not rel or self.chance(0.5)):
                    rel.append(extra)
                o["relief"] = rel
                o["relieved"] = self.chance(0.88)
        else:
            if self.chance(P.ep_dur_p * 0.7):
                o["duration_s"] = int(self.pick([5, 10, 30, 60, 120, 300, 600, 1800]))
            if self.chance(P.ep_pain_p * 0.5):
                o["pain"] = self.pick([0, 0, 1, 1, 2])
        ctx = e.ctx
        if ctx in ("exercise", "after_exercise", "rest", "sleep"):
            if self.chance(0.93):
                o["during"] = ctx
        note = None
        if ctx == "work" and self.chance(0.5):
            note = self.pick(["at work", "on shift", "during shift", "at work, busy day"])
        elif self.chance(0.15):
            note = self.pick(_GENERIC_NOTES_SPASM if e.kind == "spasm" else
                             _GENERIC_NOTES_TWITCH)
        if ctx == "sleep" and e.kind == "spasm" and self.chance(0.25):
            note = self.pick(["woke me up", "woke up with it", "middle of the night"])
        if note:
            o["notes"] = note
        if e.kind == "spasm" and self.chance(P.flag_p):
            keys = ["swelling", "redness", "weakness", "numbness_tingling", "dark_urine"]
            o["flags"] = {k: False for k in keys[:self.rng.randint(2, 5)]}
        return o

    def _emit_food(self, objs, inside):
        P = self.P
        for d in range(self.ndays):
            S = self.kind_of(d)
            q = self.diet_q(d)
            slots = []
            # main meals given the shift pattern
            if S == "night":
                wk = self.main_sleeps_waking_on(d)
                w0 = wk[-1].wake if wk else self.dt(d, 13.0)
                slots.append(("breakfast", w0 + timedelta(minutes=self.U(20, 60))))
                slots.append(("dinner", self.shift[d][0] - timedelta(minutes=self.U(60, 120))))
                slots.append(("lunch", self.shift[d][0] + timedelta(hours=self.U(5.0, 7.0))))
                slots.append(("snack", self.shift[d][0] + timedelta(hours=self.U(8.5, 10))))
            else:
                wk = self.main_sleeps_waking_on(d)
                w0 = wk[-1].wake if wk else self.dt(d, 7.5)
                if S == "day":
                    if self.chance(0.7):
                        slots.append(("breakfast", w0 + timedelta(minutes=self.U(10, 30))))
                    slots.append(("lunch", self.dt(d, self.U(12.0, 14.5))))
                    slots.append(("snack", self.dt(d, self.U(15.5, 17.0))))
                    slots.append(("dinner", self.shift[d][1] + timedelta(minutes=self.U(30, 75))))
                else:
                    bt = max(w0, self.dt(d, 6.0)) + timedelta(minutes=self.U(20, 70))
                    slots.append(("breakfast", bt))
                    if bt < self.dt(d, 11.0):
                        slots.append(("lunch", self.dt(d, self.U(12.3, 14.0))))
                    else:
                        slots.append(("snack", bt + timedelta(hours=self.U(2.5, 3.5))))
                    slots.append(("dinner", self.dt(d, self.U(18.3, 20.3))))
                    if self.chance(0.7):
                        slots.append(("snack", self.dt(d, self.U(15.0, 16.5))))
                    if self.chance(0.4):
                        slots.append(("snack", self.dt(d, self.U(20.5, 21.8))))
            log_day = self.chance(P.meal_day_p)
            for meal, t in slots:
                if not log_day or not inside(t) or not self.chance(P.meal_complete):
                    continue
                if self.in_sleep(t):
                    continue
                good = self.chance(q)
                tmpl = self.pick(_MEALS[(meal, "good" if good else "poor")])
                items = []
                tot = [0.0] * 5
                for ndb, g in tmpl:
                    por = P.portion if not (P.sex == "female" and ndb in ("01079", "01117",
                                                                         "01009")) else 1.2
                    grams = max(10, round(g * por * self.U(0.85, 1.15) / 5) * 5)
                    f = _FOOD[ndb]
                    for i in range(5):
                        tot[i] += f[i + 1] * grams / 100.0
                    if ndb in _TYPED and self.chance(0.12):
                        items.append({"food": _TYPED[ndb], "grams": grams})
                    elif P.us and self.chance(0.08):
                        items.append({"ndb_no": ndb, "grams": f"{round(grams / 28.35, 1)} oz"})
                    else:
                        items.append({"ndb_no": ndb, "grams": grams})
                tt = self.round5(t, self.pick([1, 5, 15]))
                o = {"type": "meal", "time": self.iso(tt, seconds=False)}
                if self.chance(0.05):
                    o["energy_kcal"] = round(tot[0])
                    o["sodium_mg"] = round(tot[4])
                    o["potassium_mg"] = round(tot[3])
                    o["calcium_mg"] = round(tot[1])
                    o["notes"] = "quick add"
                else:
                    o["items"] = items
                    if meal == "snack" and self.chance(0.2):
                        o["notes"] = "snack"
                objs.append((tt, o))
            # daily drinks
            if self.chance(P.fluid_day_p):
                hot = self.tmax[d + 2]
                pieces = self.awake_pieces(self.dt(d, 0), self.dt(d + 1, 0))
                if not pieces:
                    continue
                drinks = []
                short_night = any(s.hours < 5.5 for s in self.main_sleeps_waking_on(d))
                ncof = P.coffee + (1 if short_night or S == "night" else 0)
                for _ in range(ncof):
                    drinks.append(("coffee", self.pick([240, 300, 350, 470])))
                nwater = int(round(self.U(2, 4) + 0.12 * max(0.0, hot - 22)))
                for _ in range(nwater):
                    drinks.append(("water", self.pick([330, 500, 500, 750])))
                if self.chance(0.35):
                    drinks.append(("tea", 250))
                if self.chance(0.3 + (0.2 if S == "night" else 0)):
                    drinks.append((self.pick(["soft_drink", "other"]), self.pick([330, 355, 500])))
                if S is None and self.chance(0.2):
                    drinks.append(("beer", self.pick([330, 440, 500])))
                if self.chance(0.15):
                    drinks.append(("juice", 250))
                pw = [max(1.0, (b - a).total_seconds()) for a, b in pieces]
                for k, v in drinks:
                    a, b = self.pick(pieces, pw)
                    t = a + timedelta(seconds=self.U(0, (b - a).total_seconds()))
                    if not inside(t):
                        continue
                    o = {"type": "fluid", "time": self.iso(self.round5(t, 1), seconds=False),
                         "ml": ml_daily(self, v), "drink": k}
                    if k == "other":
                        o["notes"] = "energy drink"
                        o["sodium_mg"] = 200
                    objs.append((t, o))


def ml_daily(sim, v):
    if sim.P.us and sim.chance(0.75):
        return f"{round(v / 29.5735)} oz"
    return int(v)


def _build(cause, seed):
    if cause is not None and cause not in CAUSES:
        raise ValueError(f"unknown cause {cause!r}; expected one of {CAUSES} or None")
    best = None
    for attempt in range(5):
        sim = _Sim(cause, seed, attempt).build()
        if sim.acceptable():
            best = sim
            break
        if best is None or (sim.linked, sim.stats.get("exposed", 0)) > \
                (best.linked, best.stats.get("exposed", 0)):
            best = sim
    return best.emit(), best


def blind_journal(cause: str | None, seed: int) -> BlindJournal:
    """One synthetic journal for ``cause`` (one of CAUSES, or None for a null journal)."""
    return _build(cause, seed)[0]
