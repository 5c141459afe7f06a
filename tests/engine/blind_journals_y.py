"""Blind synthetic cramp journals: a masters swimmer / age-group triathlete.

Point of view
-------------
The journal belongs to one masters swimmer who also does triathlon. They train with a squad
whose coached pool sessions start at 06:00 on two or three weekdays. On those nights the alarm
goes at about 05:00, so sleep before a pool morning is shorter, even when they try to go to bed
early. The squad pool is kept cool (about 25-27.5 C water) and in summer there are sets in an
outdoor 50 m pool. In summer they also swim in open water (15-22 C water, wetsuit) and do
bike-run bricks at the weekend. They race 2-4 times a season and taper for each race. Most years
include a break for illness, a holiday or a busy spell at work, and then they come back at full
volume; some years include a week-long warm-weather camp with double days.

Sources, as the person would really have them:
  * a multisport watch, which logs workouts (avg HR, distance, a temperature from the phone's
    weather feed or, in water, from the sensor, sometimes humidity) and sleep (about 88 % of
    nights; it misses nights when it is charging). Ids look like "fr965-..." / "fr965-sleep-...";
  * the squad spreadsheet, which supplies RPE, distance and the main set for pool sessions
    (id "squad-YYYY-MM-DD"). When the watch was forgotten the pool session has no HR;
  * a Withings-style scale: morning weights on some days, and pre/post weights around most long
    outdoor sessions, because the coach asked for sweat-rate tests;
  * hand logging in a phone note: bottles drunk during sessions, cramps and twitches, a few
    salt capsules, medicines;
  * a food app on about half the days, in streaks (USDA numbers, names, or totals only).
People in the US log pounds, fluid ounces and sometimes deg F; the pool spreadsheet is in yards.
Away races use the local time zone of the trip. There are a few exact duplicate entries from
watch re-syncs (same id; imports are idempotent), missing fields and rounded times.

Natural correlations present in EVERY journal, null ones included: summer means hotter
sessions, which make the person sweat more and lose more body mass and sodium. Long sessions
are also hard ones (RPE rises with duration). Pool mornings come after short nights. Camps and
the weeks after a break are load spikes. Races are the longest and hardest sessions, and they
fall in taper weeks. Drink choice (water / sports drink / electrolyte) changes from session to
session on its own, and so do forgotten or empty bottles.

Background episodes in every journal. None of them depends on any exposure; each is placed
uniformly in time or over sessions:
  night calf/foot cramps (about 0.8/month), eyelid and calf twitches (about 0.6/month), and
  random cramps: toes or foot on a push-off, hand, or hamstring while sitting. Each is either
  at a uniformly random time or in a session picked uniformly from all sessions. Every journal
  has at least 5 background episodes.

How each cause is planted
-------------------------
An "exposed unit" is defined below for each cause from data the journal shows. k episodes
(k drawn from 9-20, and at most 40 % of the exposed units, so most exposed units have no
episode) are placed on exposed units chosen at random, weighted by dose. Nothing else raises
the rate. If a draw has too few exposed units (fewer than 2.5 k) the journal is regenerated
with a derived seed, so this stays deterministic.

  dehydration        unit = a session with pre and post body mass logged and a loss of at least
                     2.0 % of pre-session mass. The fluid drunk during the session is logged.
                     The dose is how far the loss exceeds 2 %. The episode (calf, hamstring or
                     quadriceps spasm) comes in the last third of the session or up to 3 h after.
                     It does not matter what was drunk or how hot it was. In this journal the loss
                     comes mostly from drinking little (a forgotten or empty bottle).
  electrolyte_loss   unit = a weighed session where the estimated sweat sodium loss is at least
                     1200 mg and under 35 % of it was replaced. Sweat = mass change plus fluid
                     drunk. The person's sweat holds 700-1300 mg Na per litre. Replacement comes
                     from the drink type and salt capsules. So these are long sweaty sessions on
                     plain water, whatever the mass change (most are < 2 %). Episodes are late in
                     the session or up to 4 h after, often on both sides ("both") or in several
                     muscles.
  muscle_fatigue     unit = a session that is unusually long or hard for this person: its
                     session-RPE load (duration x RPE) is in the person's top 12 %, or its duration
                     is at least 1.5 x the person's median for that activity, and the
                     acute:chronic ratio on that day is below 1.35 (so it is not a load spike).
                     These are races, long bricks and long rides. The episode comes in the last
                     35 % of the session or within 90 min after, in a working muscle (calf for
                     swims, calf, quadriceps or hamstring for bike and run). The dose is how much
                     the load exceeds the person's norm.
  training_load_spike unit = a session on a day when the 7-day:28-day acute:chronic ratio is at
                     least 1.5, both with load = duration x RPE and with duration alone (>= 1.4).
                     These come in the 1-3 weeks after a break of 9-20 days, or during a camp.
                     The first 35 days of the journal are never used. 70 % of episodes come in or
                     after that session; 30 % in the following night.
  heat               unit = an outdoor land session (bike, run, brick) with a logged temperature
                     and a true apparent temperature of at least 30 C (air temperature plus the
                     humidity effect). The dose is the excess. Episodes come late in the session or
                     within 2 h after. They depend only on heat; hot sessions with good drinking
                     and sodium cramp just as often.
  nutrient_deficiency unit = a day inside a low-intake spell of 9-16 weeks ("race-weight cut" or
                     "kitchen renovation / takeaways"), counted from 10 days after it starts. In
                     that spell most meals are white bread, pasta, pizza, bagels and cookies, with
                     little dairy, vegetables or nuts. Logged intake is about 40-55 % of the
                     reference intake for magnesium and potassium and 45-60 % for calcium. Before
                     and after the spell, intake meets the reference. (Other journals may have a
                     short, milder spell of takeaway weeks, about 75 %, with no effect.) Episodes
                     fall at random times in the spell: night cramps, twitches, or cramps during
                     training.
  sleep_debt         unit = a day after a logged night whose sleep is at least 1.25 h shorter
                     than the person's median night. These are mostly pool mornings after a late
                     bedtime, and late work or social nights. On other pool mornings they go to bed
                     early and sleep enough, and those carry no extra risk. The dose is the
                     deficit. Episodes come in the waking day after the short night: a cramp in
                     the morning session, an eyelid twitch, or a calf cramp or twitch at rest.
  medication         unit = a day on a cramp-linked medicine. A `medication` entry (a thiazide or
                     thiazide-like diuretic, a LABA inhaler or a statin) starts 30-60 % of the way
                     into the journal and in 30 % of journals ends before the journal does. No
                     planted episode comes in the first 5 days on it or after it ends. The episodes
                     are mostly night cramps (calf, foot, hamstring) and cramps at rest. Other
                     journals may hold a harmless seasonal antihistamine (cetirizine) entry.
  None               a null journal: only the background episodes.

Only the standard library is used. Everything is deterministic for each (cause, seed), and
nothing is read or written at import or call time.
"""
from __future__ import annotations

import math
import random
import zlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

CAUSES = ("dehydration", "electrolyte_loss", "muscle_fatigue", "training_load_spike", "heat",
          "nutrient_deficiency", "sleep_debt", "medication")


@dataclass
class BlindJournal:
    cause: str | None
    objects: list[dict]      # journal entries as JSON objects (journal.md), incl. a profile
    start: datetime          # tz-aware, the journal's observed period
    stop: datetime


# ----------------------------------------------------------------------------------------------
# static tables

# (tz, hemisphere, winter mean max C, summer mean max C, summer humidity %, US units, trip tz)
CLIMATES = [
    ("Europe/London", "N", 8.0, 23.0, 62, False, "Europe/Madrid"),
    ("Europe/Berlin", "N", 3.0, 25.0, 58, False, "Europe/Madrid"),
    ("Europe/Madrid", "N", 11.0, 32.0, 40, False, "Europe/Lisbon"),
    ("America/New_York", "N", 4.0, 29.5, 70, True, "America/Chicago"),
    ("America/Los_Angeles", "N", 19.0, 29.0, 55, True, "America/Denver"),
    ("Australia/Sydney", "S", 17.5, 27.0, 68, False, "Australia/Brisbane"),
    ("Australia/Brisbane", "S", 21.5, 30.0, 68, False, "Australia/Sydney"),
    ("Pacific/Auckland", "S", 14.0, 23.5, 70, False, "Australia/Sydney"),
]

# food: key -> (ndb_no, name accepted by the food table or None, Mg, K, Ca, Na, kcal per 100 g)
FOODS = {
    "banana": ("09040", "banana, raw", 27, 358, 5, 1, 89),
    "oats": ("20038", "oats", 177, 429, 54, 2, 389),
    "milk": ("01079", "milk, reduced fat, fluid, 2% milkfat, with added vitamin a & vitamin d",
             11, 140, 120, 47, 50),
    "yogurt": ("01256", "yogurt, greek, plain, nonfat", 11, 141, 110, 36, 59),
    "cheddar": ("01009", "cheese, cheddar", 27, 76, 710, 653, 404),
    "egg": ("01129", "egg, whole, hard-boiled", 10, 126, 50, 124, 155),
    "chicken": ("05064", "chicken, broilers or fryers, breast, meat only, cooked, roasted",
                29, 256, 15, 74, 165),
    "salmon": ("15237", "salmon, atlantic, farmed, cooked", 30, 384, 15, 61, 206),
    "tuna": ("15184", "tuna, light, canned in water, without salt, drained solids",
             27, 237, 11, 50, 116),
    "spinach": ("11457", "spinach, raw", 79, 558, 99, 79, 23),
    "broccoli": ("11090", "broccoli, raw", 21, 316, 47, 33, 34),
    "sweet_potato": ("11508", "sweet potato, baked", 27, 475, 38, 36, 90),
    "tomato": ("11529", "tomatoes, red, ripe, raw", 11, 237, 10, 5, 18),
    "almonds": ("12061", "almonds", 270, 733, 269, 1, 579),
    "peanut_butter": ("16098", "peanut butter, smooth style, with salt", 168, 558, 49, 426, 598),
    "white_bread": ("18069", "bread, white", 23, 126, 144, 490, 266),
    "ww_bread": ("18075", "bread, whole-wheat", 75, 254, 161, 455, 252),
    "brown_rice": ("20037", "rice, brown, long-grain, cooked", 39, 86, 3, 4, 123),
    "pasta": ("20121", "pasta, cooked, enriched, without added salt", 18, 44, 7, 1, 158),
    "black_beans": ("16015", "beans, black, mature seeds, cooked, boiled, without salt",
                    70, 355, 27, 1, 132),
    "lentils": ("16070", "lentils, mature seeds, cooked, boiled, without salt",
                36, 369, 19, 2, 116),
    "avocado": ("09037", "avocados, raw, all commercial varieties", 29, 485, 12, 7, 160),
    "apple": ("09003", "apples, raw, with skin", 5, 107, 6, 1, 52),
    "pizza": ("22903", "pizza, pepperoni topping, regular crust, frozen, cooked",
              27, 239, 168, 590, 274),
    "fries": ("11403", None, 24, 478, 12, 324, 158),
    "corn_flakes": ("08020", None, 39, 168, 5, 729, 357),
    "granola": ("08037", "granola, homemade", 168, 539, 76, 26, 489),
    "carrot": ("11124", "carrots, raw", 12, 320, 33, 69, 41),
    "kale": ("11233", "kale, raw", 47, 491, 150, 38, 49),
    "walnuts": ("12155", "walnuts", 158, 441, 98, 2, 654),
    "hummus": ("16158", "hummus, commercial", 71, 228, 38, 379, 166),
    "bagel": ("18406", None, 29, 101, 18, 534, 275),
    "croissant": ("18239", "croissants, butter", 16, 118, 37, 467, 406),
    "dark_choc": ("19904", "chocolate, dark, 70-85% cacao", 228, 715, 73, 20, 598),
    "blueberries": ("09050", "blueberries, raw", 6, 77, 6, 1, 57),
    "strawberries": ("09316", "strawberries, raw", 13, 153, 16, 1, 32),
    "raisins": ("09298", "raisins, seedless", 32, 749, 50, 11, 299),
    "mozzarella": ("01026", "cheese, mozzarella, whole milk", 20, 76, 505, 627, 300),
    "beef": ("23563", None, 22, 333, 13, 68, 217),
    "pumpkin_seeds": ("12016", None, 550, 788, 52, 18, 574),
    "saltines": ("18228", None, 23, 152, 19, 941, 418),
    "cookies": ("18159", None, 41, 171, 21, 311, 492),
    "tofu": ("16126", "tofu, firm, prepared with calcium sulfate & magnesium chloride (nigari)",
             37, 148, 201, 12, 78),
    "cheerios": ("08013", None, 114, 641, 401, 497, 376),
}

# meal templates: list of (food key, grams); "n" = nutrient-dense, "l" = low-micronutrient
MEALS = {
    "breakfast": {
        "n": [[("oats", 80), ("milk", 300), ("banana", 120), ("yogurt", 100)],
              [("yogurt", 250), ("granola", 60), ("blueberries", 80), ("milk", 150)],
              [("ww_bread", 80), ("peanut_butter", 30), ("banana", 110), ("milk", 250)],
              [("cheerios", 50), ("milk", 250), ("strawberries", 100)],
              [("oats", 70), ("milk", 300), ("raisins", 30), ("walnuts", 15)]],
        "l": [[("white_bread", 90)], [("croissant", 70)], [("bagel", 100)],
              [("corn_flakes", 45), ("milk", 100)], [("white_bread", 60), ("apple", 0)]],
    },
    "lunch": {
        "n": [[("ww_bread", 100), ("tuna", 100), ("spinach", 40), ("tomato", 80), ("cheddar", 30)],
              [("lentils", 200), ("kale", 60), ("hummus", 50), ("carrot", 80), ("yogurt", 150)],
              [("brown_rice", 200), ("black_beans", 150), ("avocado", 70), ("cheddar", 40)],
              [("ww_bread", 90), ("cheddar", 50), ("apple", 150), ("tomato", 60), ("spinach", 30)],
              [("tofu", 150), ("brown_rice", 180), ("broccoli", 120)]],
        "l": [[("white_bread", 110), ("chicken", 60)], [("pizza", 200)], [("bagel", 110)],
              [("pasta", 250)], [("fries", 150), ("beef", 100), ("white_bread", 60)]],
    },
    "dinner": {
        "n": [[("salmon", 150), ("sweet_potato", 250), ("broccoli", 150), ("yogurt", 120)],
              [("chicken", 150), ("brown_rice", 220), ("spinach", 80), ("carrot", 60), ("mozzarella", 40)],
              [("pasta", 220), ("beef", 120), ("tomato", 150), ("kale", 60), ("cheddar", 30)],
              [("black_beans", 180), ("brown_rice", 200), ("avocado", 80), ("cheddar", 30)],
              [("lentils", 200), ("sweet_potato", 200), ("spinach", 80), ("yogurt", 100)]],
        "l": [[("pizza", 280)], [("pasta", 300), ("mozzarella", 15)], [("fries", 200), ("beef", 110)],
              [("chicken", 120), ("pasta", 250)], [("white_bread", 120), ("egg", 50)]],
    },
    "snack": {
        "n": [[("almonds", 35), ("milk", 250)], [("banana", 120), ("peanut_butter", 15), ("milk", 200)], [("yogurt", 200), ("almonds", 20)],
              [("dark_choc", 25), ("walnuts", 20), ("cheddar", 25)], [("pumpkin_seeds", 25), ("apple", 150), ("yogurt", 150)],
              [("milk", 350), ("banana", 100)]],
        "l": [[("cookies", 40)], [("saltines", 30)], [("cookies", 30)], [("croissant", 60)]],
    },
}

CRAMP_MEDS = ["hydrochlorothiazide", "chlortalidone", "indapamide", "salmeterol",
              "atorvastatin", "rosuvastatin"]
MED_NOTES = {
    "hydrochlorothiazide": "GP started it for blood pressure", "chlortalidone": "for BP",
    "indapamide": "blood pressure tablet", "salmeterol": "new inhaler for exercise asthma (with fluticasone)",
    "atorvastatin": "cholesterol", "rosuvastatin": "cholesterol, 10 mg",
}

SWIM_SETS = ["10x100 free on 1:50", "5x200 pull on 3:30", "20x50 kick w/ fins", "3x400 on 6:45",
             "8x150 IM/free", "pyramid 100-200-300-200-100", "30x50 sprint on 1:00",
             "1500 continuous + drills", "6x300 descending", "12x100 paddles"]


# ----------------------------------------------------------------------------------------------
# helpers

def _derive_seed(cause: str | None, seed: int, attempt: int) -> int:
    return zlib.crc32(f"blindY|{cause}|{seed}|{attempt}".encode()) & 0xFFFFFFFF


def _iso(dt: datetime) -> str:
    return dt.isoformat(timespec="seconds")


def _weighted_sample(rng: random.Random, items: list, weights: list[float], k: int) -> list:
    items = list(items)
    weights = [max(1e-6, w) for w in weights]
    chosen = []
    for _ in range(min(k, len(items))):
        tot = sum(weights)
        r = rng.random() * tot
        acc = 0.0
        for i, w in enumerate(weights):
            acc += w
            if acc >= r:
                chosen.append(items.pop(i))
                weights.pop(i)
                break
    return chosen


def _apparent_temp(t: float, rh: float) -> float:
    e = rh / 100.0 * 6.105 * math.exp(17.27 * t / (237.7 + t))
    return t + 0.33 * e - 4.0


@dataclass
class _Session:
    start: datetime
    dur: float
    activity: str
    kind: str               # pool, ow, bike, run, brick_run, strength, turbo, race_swim ...
    rpe: float
    outdoor_land: bool
    temp: float | None      # true condition (air, or water for swims)
    rh: float | None
    muscles: list
    day: int
    weighed: bool = False
    loss_pct: float = 0.0
    sweat_l: float = 0.0
    na_lost: float = 0.0
    na_in: float = 0.0
    temp_logged: bool = False
    race: bool = False
    obj: dict | None = None

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.dur)


# ----------------------------------------------------------------------------------------------
# the generator

class _Gen:
    def __init__(self, cause: str | None, rng: random.Random):
        self.cause = cause
        self.rng = rng
        r = rng
        (self.tzname, self.hemi, self.wmax, self.smax, self.shum, self.us,
         self.trip_tzname) = r.choice(CLIMATES)
        self.tz = ZoneInfo(self.tzname)
        self.trip_tz = ZoneInfo(self.trip_tzname)
        self.sex = r.choice(["female", "male"])
        self.birth_year = r.randint(1962, 1988)
        self.height = round(r.gauss(178 if self.sex == "male" else 166, 6), 0)
        self.mass = round((self.height / 100) ** 2 * r.uniform(20.5, 24.5), 1)
        self.sweat_base = r.uniform(0.75, 1.25) * (1.1 if self.sex == "male" else 0.9)
        self.sweat_na = r.uniform(700, 1300)  # mg per litre
        self.p_water = r.uniform(0.45, 0.7)
        self.p_weigh = r.uniform(0.75, 0.92)
        self.rest_day = r.choice([0, 4])      # Monday or Friday off
        self.pool_days = [d for d in (0, 2, 4) if d != self.rest_day]
        if r.random() < 0.4:
            self.pool_days.append(1)
        self.bed_h = r.uniform(22.2, 23.2)
        self.wake_work = r.uniform(6.4, 7.1)
        self.meal_log_p = r.uniform(0.45, 0.7)
        self.morning_weigh_p = r.uniform(0.25, 0.6)
        self.watch_forget = r.uniform(0.03, 0.08)
        self.portion = (1.15 if self.sex == "male" else 1.05) * r.uniform(0.95, 1.1)
        # period
        length = r.randint(160, 365)
        if self.hemi == "N":
            peak = date(r.choice([2024, 2025]), 7, 20)
        else:
            peak = date(r.choice([2024, 2025]), 1, 20)
        off = r.randint(25, length - 25)
        self.d0 = peak - timedelta(days=off)
        self.ndays = length
        self.peak = peak
        self.objs: list[dict] = []
        self.sessions: list[_Session] = []
        self.sleeps: dict[int, tuple[datetime, datetime, bool]] = {}  # day -> (bed, wake, logged)
        self.episodes: list[dict] = []

    # ---- calendar --------------------------------------------------------------------------
    def day_date(self, i: int) -> date:
        return self.d0 + timedelta(days=i)

    def season(self, i: int) -> float:
        """0 in midwinter, 1 at the summer peak."""
        dd = (self.day_date(i) - self.peak).days
        return (1 + math.cos(2 * math.pi * dd / 365.25)) / 2

    def local(self, i: int, hour: float, tz=None) -> datetime:
        d = self.day_date(i)
        h = int(hour) % 24
        extra = int(hour // 24)
        m = int(round((hour - int(hour)) * 60))
        if m == 60:
            m = 0
            h += 1
        base = datetime(d.year, d.month, d.day, 0, 0, tzinfo=tz or self.tz)
        return base + timedelta(days=extra, hours=h, minutes=m)

    def tz_for_day(self, i: int):
        return self.trip_tz if i in self.trip_days else self.tz

    # ---- plan ------------------------------------------------------------------------------
    def plan(self):
        r = self.rng
        n = self.ndays
        # weather: daily max temperature, humidity
        self.tmax = []
        self.rh = []
        anom = 0.0
        for i in range(n):
            s = self.season(i)
            anom = 0.75 * anom + r.gauss(0, 2.2)
            self.tmax.append(self.wmax + (self.smax - self.wmax) * s + anom)
            self.rh.append(max(20, min(97, (self.shum * s + 72 * (1 - s)) + r.gauss(0, 10) - 0.8 * anom)))
        # breaks
        self.off = set()
        nb = r.choice([1, 2, 2, 3])
        for _ in range(nb):
            ln = r.randint(9, 20)
            st = r.randint(20, max(21, n - ln - 15))
            self.off.update(range(st, st + ln))
        # camp
        self.camp = set()
        if r.random() < 0.55:
            st = None
            for _ in range(20):
                c = r.randint(30, n - 12)
                if not any(d in self.off for d in range(c - 3, c + 10)):
                    st = c
                    break
            if st is not None:
                self.camp = set(range(st, st + r.randint(6, 8)))
        # races in the summer part
        self.races = {}
        summer = [i for i in range(n) if self.season(i) > 0.55 and i not in self.off
                  and i not in self.camp and self.day_date(i).weekday() in (5, 6)]
        r.shuffle(summer)
        for i in summer:
            if len(self.races) >= r.randint(2, 4):
                break
            if all(abs(i - j) > 20 for j in self.races):
                self.races[i] = r.choice(["sprint", "olympic", "olympic", "half", "ow3k"])
        self.taper = set()
        for i in self.races:
            self.taper.update(range(i - 6, i))
        self.trip_days = set()
        away = [i for i in self.races if r.random() < 0.45]
        for i in away:
            self.trip_days.update(range(i - 2, i + 2))
        self.trip_days.update(self.camp)
        # spells of low intake
        self.low_spell = set()
        self.low_frac = 0.0
        if self.cause == "nutrient_deficiency":
            ln = r.randint(63, 112)
            st = r.randint(20, max(21, n - ln - 10))
            self.low_spell = set(range(st, st + ln))
            self.low_start = st
            self.low_frac = r.uniform(0.85, 0.95)
        elif r.random() < 0.4:
            ln = r.randint(10, 21)
            st = r.randint(10, n - ln - 5)
            self.low_spell = set(range(st, st + ln))
            self.low_start = st
            self.low_frac = 0.5
        # medication
        self.med = None
        if self.cause == "medication":
            st = int(n * r.uniform(0.3, 0.6))
            end = None
            if r.random() < 0.3:
                e = st + r.randint(56, 100)
                if e < n - 14:
                    end = e
            self.med = (r.choice(CRAMP_MEDS), st, end)
        self.antihist = None
        if r.random() < 0.4:
            st = r.randint(0, n - 40)
            self.antihist = (st, st + r.randint(21, 60))

    # ---- sessions --------------------------------------------------------------------------
    def add_session(self, i, hour, dur, activity, kind, rpe, muscles, outdoor_land=False,
                    temp=None, rh=None, race=False):
        tz = self.tz_for_day(i)
        s = _Session(start=self.local(i, hour, tz), dur=max(10.0, round(dur)), activity=activity,
                     kind=kind, rpe=max(1.0, min(10.0, rpe)), outdoor_land=outdoor_land,
                     temp=temp, rh=rh, muscles=muscles, day=i, race=race)
        self.sessions.append(s)
        return s

    def air(self, i, hour):
        tmax = self.tmax[i] + (4.0 if i in self.camp else 0.0)
        if i in self.camp:
            tmax = max(tmax, self.rng.uniform(22, 28))
        drop = {True: 6.5, False: 1.5}[hour < 10] if hour < 21 else 5.0
        if 11 <= hour <= 16:
            drop = 0.3
        t = tmax - drop + self.rng.gauss(0, 0.8)
        rh = max(15, min(99, self.rh[i] + drop * 3.5 + self.rng.gauss(0, 4)))
        return t, rh

    def make_sessions(self):
        r = self.rng
        RUN_M = ["calf", "hamstring", "quadriceps", "glute"]
        BIKE_M = ["quadriceps", "glute", "calf", "hamstring"]
        SWIM_M = ["shoulder", "upper_back", "triceps"]
        for i in range(self.ndays):
            if i in self.off:
                if r.random() < 0.12:
                    self.add_session(i, r.uniform(10, 17), r.uniform(25, 60), "walking", "walk",
                                     r.uniform(1.5, 3), ["calf"], True, *self.air(i, 12))
                continue
            s = self.season(i)
            wd = self.day_date(i).weekday()
            vol = 0.78 + 0.4 * s
            if i in self.taper:
                vol *= 0.6
            summer = s > 0.5
            if i in self.races:
                self.race_day(i, self.races[i], RUN_M, BIKE_M)
                continue
            if i in self.camp:
                # double/triple days
                self.add_session(i, 7.5, r.uniform(60, 80), "swimming", "pool_camp", r.uniform(5, 7),
                                 SWIM_M + ["calf"], False, r.uniform(25.5, 27.5), None)
                h = r.uniform(10, 11)
                t, rh = self.air(i, h + 1.5)
                self.add_session(i, h, r.uniform(150, 240), "cycling", "bike", r.uniform(5, 7.5),
                                 BIKE_M, True, t, rh)
                if r.random() < 0.6:
                    h = r.uniform(17, 18)
                    t, rh = self.air(i, h)
                    self.add_session(i, h, r.uniform(30, 55), "running", "run", r.uniform(4, 6.5),
                                     RUN_M, True, t, rh)
                continue
            if r.random() < 0.09:
                continue  # skipped: work, weather, could not be bothered
            if wd == self.rest_day:
                continue
            if wd in self.pool_days:
                outdoor = summer and r.random() < 0.35
                water = r.uniform(24.0, 26.0) if outdoor else r.uniform(25.5, 27.5)
                dur = r.choice([60, 60, 75, 75, 90]) * (0.9 + 0.1 * vol)
                sess = self.add_session(i, 6.0, dur, "swimming", "pool", r.gauss(5.8, 1.1) + (dur - 70) / 25,
                                        SWIM_M + (["calf"] if r.random() < 0.5 else []), False, water, None)
                sess.kind = "pool"
                if wd == 2 and r.random() < 0.45:
                    self.add_session(i, r.uniform(18, 19.5), r.uniform(30, 50), "strength", "strength",
                                     r.uniform(4, 6.5), ["glute", "quadriceps", "hamstring", "abdomen",
                                                         "shoulder"], False, None, None)
                continue
            if wd in (1, 3) or (wd in (0, 4) and wd not in self.pool_days):
                if wd == 3 or (wd == 0 and r.random() < 0.5):
                    dur = r.uniform(55, 90) * vol
                    h = r.uniform(17.8, 19.0)
                    if summer and r.random() < 0.75:
                        t, rh = self.air(i, h)
                        self.add_session(i, h, dur, "cycling", "bike", r.gauss(5.5, 1.2) + (dur - 70) / 30,
                                         BIKE_M, True, t, rh)
                    else:
                        self.add_session(i, h, dur, "cycling", "turbo", r.gauss(6.0, 1.2), BIKE_M, False,
                                         r.uniform(19, 23), None)
                else:
                    dur = r.uniform(40, 65) * vol
                    h = r.uniform(17.8, 19.2) if r.random() < 0.8 else r.uniform(6.3, 7)
                    t, rh = self.air(i, h)
                    self.add_session(i, h, dur, "running", "run", r.gauss(5.5, 1.3) + (dur - 50) / 25,
                                     RUN_M, True, t, rh)
                continue
            if wd == 5:
                h = r.uniform(7.0, 9.0)
                if summer and r.random() < 0.45:
                    water = r.uniform(15, 22)
                    dur = r.uniform(35, 75)
                    self.add_session(i, h, dur, "swimming", "ow", r.gauss(5.5, 1.1) + (dur - 50) / 30,
                                     SWIM_M + ["calf"], False, water, None)
                    h += dur / 60 + r.uniform(0.6, 1.2)
                dur = r.uniform(80, 170) * vol
                t, rh = self.air(i, h + dur / 120)
                self.add_session(i, h, dur, "cycling", "bike", r.gauss(5.5, 1.2) + (dur - 110) / 40,
                                 BIKE_M, True, t, rh)
                if summer or r.random() < 0.4:
                    h2 = h + dur / 60 + 0.08
                    d2 = r.uniform(15, 40) * vol
                    t, rh = self.air(i, h2)
                    self.add_session(i, h2, d2, "running", "brick_run", r.gauss(6.2, 1.1) + (dur - 110) / 60,
                                     RUN_M, True, t, rh)
                continue
            if wd == 6:
                h = r.uniform(7.0, 9.0)
                if summer and r.random() < 0.35:
                    water = r.uniform(15, 22)
                    dur = r.uniform(40, 80)
                    self.add_session(i, h, dur, "swimming", "ow", r.gauss(5.0, 1.0) + (dur - 55) / 30,
                                     SWIM_M + ["calf"], False, water, None)
                else:
                    dur = r.uniform(55, 110) * vol
                    t, rh = self.air(i, h + dur / 120)
                    self.add_session(i, h, dur, "running", "run", r.gauss(5.3, 1.1) + (dur - 75) / 25,
                                     RUN_M, True, t, rh)
        self.sessions.sort(key=lambda s: s.start)

    def race_day(self, i, kind, RUN_M, BIKE_M):
        r = self.rng
        SW = ["shoulder", "upper_back", "triceps", "calf"]
        h = r.uniform(7.0, 8.0)
        water = r.uniform(16, 22)
        if kind == "ow3k":
            self.add_session(i, h + 1.5, r.uniform(50, 70), "swimming", "ow", r.uniform(8, 9.5), SW, False,
                             water, None, race=True)
            return
        swim, bike, run = {"sprint": (15, 40, 22), "olympic": (28, 75, 48),
                           "half": (38, 165, 115)}[kind]
        f = r.uniform(0.9, 1.15)
        s1 = self.add_session(i, h, swim * f, "swimming", "ow", r.uniform(7.5, 9), SW, False, water, None,
                              race=True)
        h2 = h + s1.dur / 60 + 0.06
        t, rh = self.air(i, h2 + bike / 120)
        b = self.add_session(i, h2, bike * f, "cycling", "bike", r.uniform(7.5, 9), BIKE_M, True, t, rh,
                             race=True)
        h3 = h2 + b.dur / 60 + 0.04
        t, rh = self.air(i, h3 + 0.3)
        self.add_session(i, h3, run * f, "running", "run", r.uniform(8, 9.5), RUN_M, True, t, rh, race=True)

    # ---- physiology: sweat, drinking, weighing ---------------------------------------------
    def hydrate(self):
        r = self.rng
        act = {"pool": 0.35, "pool_camp": 0.35, "ow": 0.3, "bike": 0.9, "turbo": 1.2, "run": 1.1,
               "brick_run": 1.15, "strength": 0.5, "walk": 0.35}
        for s in self.sessions:
            T = s.temp if s.temp is not None else 20.0
            tf = max(0.6, 1 + 0.03 * (T - 18)) if s.outdoor_land else 1.0
            if s.kind == "turbo":
                tf = 1.0
            rate = min(1.8, self.sweat_base * act[s.kind] * (0.5 + s.rpe / 10) * tf * r.uniform(0.85, 1.15))
            s.sweat_l = rate * s.dur / 60
            s.na_lost = s.sweat_l * self.sweat_na
            # drinking
            fluids = []
            supplements = []
            if s.kind in ("pool", "pool_camp"):
                if r.random() < 0.7:
                    fluids.append((0.6, r.choice([300, 400, 500]), "water" if r.random() < 0.8 else "sports_drink"))
            elif s.kind == "ow":
                pass
            elif s.dur >= 35 and s.kind not in ("walk",):
                bad = r.random() < 0.28 and 60 <= s.dur <= 170 and not s.race
                f = r.uniform(0.0, 0.25) if bad else r.uniform(0.3, 0.85)
                total = s.sweat_l * 1000 * f
                if s.race:
                    drink = "sports_drink"
                else:
                    u = r.random()
                    drink = "water" if u < self.p_water else ("sports_drink" if u < self.p_water + (1 - self.p_water) * 0.6
                                                               else "electrolyte_drink")
                nb = max(1, int(s.dur // 50))
                for b in range(nb):
                    ml = total / nb
                    if ml >= 60:
                        fluids.append(((b + 0.7) / (nb + 0.2), ml, drink))
                if (s.race or s.dur > 120) and r.random() < 0.35:
                    supplements.append(r.uniform(0.4, 0.8))
            s.fluids = fluids
            s.supps = supplements
            dens = {"water": 0, "sports_drink": 460, "electrolyte_drink": 1000}
            s.na_in = sum(ml / 1000 * dens[d] for _, ml, d in fluids) + 215 * len(supplements)
            intake_l = sum(ml for _, ml, _ in fluids) / 1000
            s.weighed = ((s.outdoor_land and s.dur >= 55 and r.random() < self.p_weigh) or
                         (s.kind in ("ow", "turbo") and r.random() < 0.45) or
                         (s.kind == "pool" and r.random() < 0.08))
            s.pre = self.mass + r.gauss(0, 0.4) + 0.3 * math.sin(s.day / 9.0)
            s.post = s.pre - s.sweat_l + intake_l
            s.loss_pct = (s.pre - s.post) / s.pre * 100

    # ---- sleep -----------------------------------------------------------------------------
    def make_sleep(self):
        r = self.rng
        early = {}
        for s in self.sessions:
            if s.kind in ("pool",) and s.start.hour < 7:
                early[s.day] = s
        for i in range(1, self.ndays):
            wd = self.day_date(i).weekday()
            weekend = wd in (5, 6)
            if i in early:
                wake = 5.0 + r.gauss(0, 0.08)
                bed = self.bed_h - (r.uniform(0.2, 1.2) if r.random() < 0.55 else r.uniform(-0.5, 0.3))
            else:
                wake = (self.wake_work + r.gauss(0, 0.25)) if not weekend else r.uniform(7.0, 8.3)
                if any(s.day == i and s.start.hour < 8 for s in self.sessions if not s.race):
                    wake = min(wake, r.uniform(6.0, 6.6))
                bed = self.bed_h + r.gauss(0, 0.35)
            if r.random() < 0.09:
                bed += r.uniform(1.0, 2.5)   # late: work deadline, party, kids
            if i in self.races:
                wake = 4.9
                bed = self.bed_h - 0.6
            if i in self.off and r.random() < 0.5:
                wake += r.uniform(0.3, 1.2)
            bed_dt = self.local(i - 1, bed, self.tz_for_day(i - 1))
            wake_dt = self.local(i, wake, self.tz_for_day(i))
            if r.random() < 0.06:
                wake_dt -= timedelta(minutes=r.randint(30, 100))  # woke early, could not sleep
            logged = r.random() < 0.88
            self.sleeps[i] = (bed_dt, wake_dt, logged)
        hrs = sorted((w - b).total_seconds() / 3600 for b, w, lg in self.sleeps.values() if lg)
        self.sleep_median = hrs[len(hrs) // 2]

    # ---- training load ---------------------------------------------------------------------
    def loads(self):
        n = self.ndays
        srpe = [0.0] * n
        dur = [0.0] * n
        for s in self.sessions:
            srpe[s.day] += s.dur * s.rpe
            dur[s.day] += s.dur
        self.acwr_srpe = [0.0] * n
        self.acwr_dur = [0.0] * n
        for i in range(n):
            for arr, out in ((srpe, self.acwr_srpe), (dur, self.acwr_dur)):
                a = sum(arr[max(0, i - 6):i + 1])
                c = sum(arr[max(0, i - 27):i + 1]) / 4.0
                out[i] = a / c if c > 0 else 0.0

    # ---- exposures -------------------------------------------------------------------------
    def exposures(self):
        """Return (units, weights) for the planted cause."""
        c = self.cause
        S = self.sessions
        if c == "dehydration":
            u = [s for s in S if s.weighed and s.loss_pct >= 2.0]
            return u, [0.5 + (s.loss_pct - 2.0) for s in u]
        if c == "electrolyte_loss":
            u = [s for s in S if s.weighed and s.na_lost >= 1200 and s.na_in < 0.35 * s.na_lost]
            return u, [(s.na_lost - s.na_in) / 1000 for s in u]
        if c == "muscle_fatigue":
            land = [s.dur * s.rpe for s in S if s.kind not in ("walk",)]
            land.sort()
            thr = land[int(0.88 * (len(land) - 1))]
            med = {}
            for a in set(s.activity for s in S):
                ds = sorted(s.dur for s in S if s.activity == a)
                med[a] = ds[len(ds) // 2]
            u = [s for s in S if s.kind != "walk" and (s.dur * s.rpe >= thr or s.dur >= 1.5 * med[s.activity])
                 and self.acwr_srpe[s.day] < 1.35 and s.day >= 14]
            return u, [s.dur * s.rpe / thr for s in u]
        if c == "training_load_spike":
            u = [s for s in S if s.day >= 35 and self.acwr_srpe[s.day] >= 1.5 and self.acwr_dur[s.day] >= 1.4
                 and s.kind != "walk"]
            return u, [self.acwr_srpe[s.day] - 1.3 for s in u]
        if c == "heat":
            u = []
            for s in S:
                if s.outdoor_land and s.kind != "walk" and s.temp_logged and s.temp is not None:
                    at = _apparent_temp(s.temp, s.rh if s.rh is not None else 50)
                    if at >= 30:
                        u.append((s, at))
            return [x for x, _ in u], [at - 29 for _, at in u]
        if c == "nutrient_deficiency":
            days = [i for i in sorted(self.low_spell) if i >= self.low_start + 10 and i < self.ndays]
            return days, [1.0] * len(days)
        if c == "sleep_debt":
            days = []
            w = []
            for i, (b, e, lg) in self.sleeps.items():
                h = (e - b).total_seconds() / 3600
                if lg and h <= self.sleep_median - 1.25:
                    days.append(i)
                    w.append(self.sleep_median - h)
            return days, w
        if c == "medication":
            name, st, end = self.med
            days = list(range(st + 5, end if end else self.ndays))
            return days, [1.0] * len(days)
        return [], []

    # ---- episodes --------------------------------------------------------------------------
    def episode(self, t: datetime, kind: str, muscle: str, during: str, planted: bool, extra_note=None):
        r = self.rng
        alias = {"calf": ["calf", "calf", "calves", "Calf", "soleus"], "foot": ["foot", "arch", "foot"],
                 "hamstring": ["hamstring", "hamstrings"], "quadriceps": ["quads", "quadriceps"],
                 "eyelid": ["eyelid", "eyelid", "eye"], "toes": ["toes", "toe"]}
        o = {"type": "episode", "time": _iso(t.replace(second=0)), "kind": kind if r.random() < 0.8 else
             {"spasm": "cramp", "twitch": "twitch"}[kind],
             "muscle": r.choice(alias.get(muscle, [muscle]))}
        if r.random() < 0.85 and muscle not in ("eyelid",):
            o["side"] = r.choice(["left", "right", "left", "right", "both"])
        if kind == "spasm":
            if r.random() < 0.9:
                o["duration_s"] = int(r.choice([15, 20, 30, 45, 60, 90, 120, 180, 240]) * r.uniform(0.8, 1.2))
            if r.random() < 0.9:
                o["pain"] = max(2, min(9, int(r.gauss(6, 1.5))))
            if r.random() < 0.75:
                o["relief"] = r.sample(["stretching", "massage", "walking_it_off", "hydration",
                                        "pickle_juice", "rest"], k=1) if r.random() < 0.4 else ["stretching"]
                if r.random() < 0.3:
                    o["relief"].append("massage")
                o["relief"] = list(dict.fromkeys(o["relief"]))
                o["relieved"] = r.random() < 0.92
        else:
            if r.random() < 0.7:
                o["duration_s"] = r.choice([5, 10, 20, 30, 60, 300, 1800])
            if r.random() < 0.5:
                o["pain"] = r.choice([0, 0, 1])
        if r.random() < 0.93:
            o["during"] = during
        if r.random() < 0.04:
            o["flags"] = {"numbness_tingling": False, "swelling": False}
        note = extra_note
        if note is None and r.random() < 0.3:
            note = r.choice({
                "sleep": ["woke me up", "had to stand on it", "calf locked, pointed toes in bed",
                          "3am again"],
                "exercise": ["had to stop", "pushed off the wall and it went", "eased after a minute",
                             "kept going slowly"],
                "after_exercise": ["in the car after", "in the shower", "stepping out of the lake",
                                   "taking wetsuit off"],
                "rest": ["at my desk", "on the sofa", "annoying", "in a meeting"],
            }[during])
        if note:
            o["notes"] = note
        o["_planted"] = planted
        self.episodes.append(o)

    def session_episode(self, s: _Session, frac_lo: float, after_max_min: float, planted: bool,
                        p_after=0.45, widespread=False):
        r = self.rng
        if r.random() < p_after and after_max_min > 0:
            t = s.end + timedelta(minutes=r.uniform(5, after_max_min))
            during = "after_exercise"
        else:
            t = s.start + timedelta(minutes=s.dur * r.uniform(frac_lo, 0.98))
            during = "exercise"
        if s.activity == "swimming":
            m = r.choice(["calf", "calf", "foot", "toes", "hamstring"])
        elif s.activity == "running":
            m = r.choice(["calf", "calf", "hamstring", "quadriceps"])
        elif s.activity == "cycling":
            m = r.choice(["quadriceps", "calf", "hamstring", "adductor"])
        else:
            m = r.choice(s.muscles)
        note = None
        if widespread and r.random() < 0.5:
            note = r.choice(["both calves and hamstrings", "everything started cramping",
                             "quads then calves", "white salt marks on kit"])
        self.episode(t, "spasm", m, during, planted, note)

    def daytime(self, i: int, lo_h=8.0, hi_h=22.0) -> datetime:
        return self.local(i, self.rng.uniform(lo_h, hi_h), self.tz_for_day(i))

    def night(self, i: int) -> datetime:
        sl = self.sleeps.get(i)
        if sl:
            b, w, _ = sl
            return b + (w - b) * self.rng.uniform(0.25, 0.9)
        return self.local(i, self.rng.uniform(1.5, 5.5), self.tz_for_day(i))

    def background(self):
        r = self.rng
        n = self.ndays
        nonwalk = [s for s in self.sessions if s.kind != "walk"]
        count = 0
        while True:
            for i in range(1, n):
                u = r.random()
                if u < 0.026:
                    self.episode(self.night(i), "spasm", r.choice(["calf", "calf", "foot", "calf"]), "sleep", False)
                    count += 1
                elif u < 0.047:
                    m = r.choice(["eyelid", "eyelid", "eyelid", "calf", "calf", "quadriceps"])
                    self.episode(self.daytime(i), "twitch", m, "rest", False)
                    count += 1
                elif u < 0.053:
                    m = r.choice(["hand", "hamstring", "foot", "fingers"])
                    self.episode(self.daytime(i), "spasm", m, "rest", False)
                    count += 1
            k = r.randint(1, 3) if n > 200 else r.randint(0, 2)
            for s in r.sample(nonwalk, min(k, len(nonwalk))):
                self.session_episode(s, 0.1, 60, False, p_after=0.2)
                count += 1
            if count >= 5:
                break

    def plant(self) -> bool:
        if self.cause is None:
            return True
        r = self.rng
        units, weights = self.exposures()
        k = r.randint(9, 20)
        k = min(k, int(len(units) * 0.4))
        if k < 9:
            return False
        chosen = _weighted_sample(r, units, weights, k)
        c = self.cause
        for u in chosen:
            if c in ("dehydration",):
                self.session_episode(u, 0.66, 180, True)
            elif c == "electrolyte_loss":
                self.session_episode(u, 0.6, 240, True, widespread=True)
            elif c == "heat":
                self.session_episode(u, 0.55, 120, True)
            elif c == "muscle_fatigue":
                self.session_episode(u, 0.65, 90, True, p_after=0.35)
            elif c == "training_load_spike":
                if r.random() < 0.7:
                    self.session_episode(u, 0.3, 150, True)
                else:
                    self.episode(self.night(u.day + 1) if u.day + 1 < self.ndays else u.end + timedelta(hours=5),
                                 "spasm", r.choice(["calf", "calf", "hamstring", "foot"]), "sleep", True)
            elif c == "nutrient_deficiency":
                i = u
                x = r.random()
                if x < 0.45:
                    self.episode(self.night(i), "spasm", r.choice(["calf", "foot", "calf", "toes"]), "sleep", True)
                elif x < 0.8:
                    self.episode(self.daytime(i), "twitch", r.choice(["eyelid", "calf", "eyelid", "quadriceps"]),
                                 "rest", True)
                else:
                    ss = [s for s in self.sessions if s.day == i and s.kind != "walk"]
                    if ss:
                        self.session_episode(r.choice(ss), 0.2, 60, True)
                    else:
                        self.episode(self.daytime(i), "spasm", r.choice(["foot", "hand", "calf"]), "rest", True)
            elif c == "sleep_debt":
                i = u
                _, wake, _ = self.sleeps[i]
                x = r.random()
                ss = [s for s in self.sessions if s.day == i and s.start > wake and s.kind != "walk"]
                if x < 0.35 and ss:
                    self.session_episode(ss[0], 0.2, 60, True, p_after=0.2)
                elif x < 0.7:
                    t = wake + timedelta(hours=r.uniform(1, 13))
                    self.episode(t, "twitch", r.choice(["eyelid", "eyelid", "calf"]), "rest", True)
                else:
                    t = wake + timedelta(hours=r.uniform(2, 15))
                    self.episode(t, r.choice(["spasm", "twitch"]), r.choice(["calf", "foot", "calf"]), "rest", True)
            elif c == "medication":
                i = u
                x = r.random()
                if x < 0.6:
                    self.episode(self.night(i), "spasm", r.choice(["calf", "calf", "foot", "hamstring"]), "sleep", True)
                elif x < 0.85:
                    self.episode(self.daytime(i, 12, 22), "spasm", r.choice(["calf", "foot", "hamstring", "hand"]),
                                 "rest", True)
                else:
                    ss = [s for s in self.sessions if s.day == i and s.kind != "walk"]
                    if ss:
                        self.session_episode(r.choice(ss), 0.2, 60, True)
                    else:
                        self.episode(self.night(i), "spasm", "calf", "sleep", True)
        return True

    # ---- emit ------------------------------------------------------------------------------
    def kg(self, v: float):
        if self.us:
            return f"{round(v * 2.20462 / 0.2) * 0.2:.1f} lb"
        return round(v, 1)

    def ml(self, v: float):
        if self.us and self.rng.random() < 0.85:
            oz = max(2, round(v / 29.5735))
            return f"{oz} oz"
        return int(round(v / 50.0) * 50) or 50

    def emit_sessions(self):
        r = self.rng
        for s in self.sessions:
            fr = r.random() < self.watch_forget
            wid = f"fr965-{int(s.start.timestamp())}"
            o = {"type": "workout", "time": _iso(s.start), "duration_min": round(s.dur, 1 if r.random() < 0.5 else 0),
                 "activity": s.activity}
            if s.kind in ("pool", "pool_camp"):
                o["id"] = f"squad-{s.start.date().isoformat()}" if s.kind == "pool" else wid
                meters = s.dur * r.uniform(42, 55)
                if self.us and s.kind == "pool":
                    o["distance_km"] = f"{int(round(meters / 0.9144 / 25) * 25)} yd"
                else:
                    o["distance_km"] = round(meters / 1000, 2)
                o["rpe"] = int(round(s.rpe)) if r.random() < 0.92 else round(s.rpe)
                if not fr:
                    o["avg_hr"] = int(r.gauss(118 + 4 * s.rpe, 6))
                if r.random() < 0.5:
                    o["temperature_c"] = round(s.temp + r.gauss(0, 0.3), 1)
                    s.temp_logged = True
                note = r.choice(SWIM_SETS)
                if r.random() < 0.3:
                    note += f"; water {s.temp:.1f}C"
                if s.temp < 26.0 and r.random() < 0.5:
                    note += "; cold pool today"
                o["notes"] = note
                o["muscle_groups"] = s.muscles
                if r.random() < 0.4:
                    o["warm_up_min"] = 10
                    o["cool_down_min"] = 5
            else:
                o["id"] = wid
                if s.kind not in ("strength", "turbo", "walk") and not fr:
                    pace = {"ow": 2.7, "bike": 28.0, "run": 11.0, "brick_run": 11.5}[s.kind]
                    if s.race:
                        pace *= 1.08
                    o["distance_km"] = round(s.dur / 60 * pace * r.uniform(0.85, 1.12), 2)
                if not fr:
                    o["avg_hr"] = int(r.gauss(112 + 5.5 * s.rpe, 6))
                if r.random() < (0.9 if s.race else 0.62):
                    o["rpe"] = int(round(s.rpe))
                if s.temp is not None and not fr and r.random() < 0.88:
                    tv = s.temp + r.gauss(0, 0.7)
                    if self.us and s.outdoor_land and r.random() < 0.5:
                        o["temperature_c"] = f"{tv * 9 / 5 + 32:.0f} degF"
                    else:
                        o["temperature_c"] = round(tv, 1)
                    s.temp_logged = True
                    if s.rh is not None and s.outdoor_land and r.random() < 0.75:
                        o["humidity_pct"] = int(round(min(100, max(0, s.rh + r.gauss(0, 3)))))
                if s.muscles and r.random() < 0.7:
                    o["muscle_groups"] = s.muscles
                if s.kind == "turbo":
                    o["notes"] = r.choice(["turbo, Zwift", "indoor trainer", "turbo intervals 4x8"])
                elif s.race:
                    o["notes"] = "RACE"
                elif s.kind == "ow":
                    o["notes"] = r.choice(["lake, wetsuit", "sea swim, wetsuit", "OW squad, wetsuit", "lake"])
                elif s.kind == "brick_run":
                    o["notes"] = "brick run off the bike"
            s.obj = o
            self.objs.append(o)
            if r.random() < 0.012:
                self.objs.append(dict(o))  # watch re-sync duplicate
            # fluids during the session
            for frac, ml, drink in s.fluids:
                t = s.start + timedelta(minutes=s.dur * frac)
                fo = {"type": "fluid", "time": _iso(t.replace(second=0)), "ml": self.ml(ml)}
                if drink != "water" or r.random() < 0.7:
                    fo["drink"] = drink
                self.objs.append(fo)
            for frac in s.supps:
                t = s.start + timedelta(minutes=s.dur * frac)
                self.objs.append({"type": "supplement", "time": _iso(t.replace(second=0)), "name": "salt capsule",
                                  "sodium_mg": 215, "potassium_mg": 63})
            if s.weighed:
                pre_t = s.start - timedelta(minutes=r.randint(8, 25))
                post_t = s.end + timedelta(minutes=r.randint(8, 25))
                self.objs.append({"type": "body_mass", "time": _iso(pre_t.replace(second=0)),
                                  "kg": self.kg(s.pre + r.gauss(0, 0.05)), "context": "pre_workout"})
                self.objs.append({"type": "body_mass", "time": _iso(post_t.replace(second=0)),
                                  "kg": self.kg(s.post + r.gauss(0, 0.08)), "context": "post_workout"})
            # recovery drink
            if s.dur >= 60 and r.random() < 0.35:
                t = s.end + timedelta(minutes=r.randint(30, 70))
                self.objs.append({"type": "fluid", "time": _iso(t.replace(second=0)),
                                  "ml": self.ml(r.choice([300, 400, 500])),
                                  "drink": r.choice(["milk", "water", "water", "juice"])})

    def emit_sleep(self):
        r = self.rng
        for i, (b, w, lg) in sorted(self.sleeps.items()):
            if not lg:
                continue
            o = {"type": "sleep", "id": f"fr965-sleep-{self.day_date(i).isoformat()}", "time": _iso(b.replace(second=0)),
                 "end": _iso(w.replace(second=0))}
            h = (w - b).total_seconds() / 3600
            if r.random() < 0.65:
                o["quality"] = max(1, min(5, int(round(3 + (h - self.sleep_median) * 0.8 + r.gauss(0, 0.7)))))
            self.objs.append(o)

    def emit_daily(self):
        r = self.rng
        logging = r.random() < self.meal_log_p
        early = {s.day for s in self.sessions if s.start.hour < 7}
        for i in range(self.ndays):
            tz = self.tz_for_day(i)
            # morning weight
            if r.random() < self.morning_weigh_p and i not in self.trip_days:
                self.objs.append({"type": "body_mass", "id": f"scale-{self.day_date(i).isoformat()}",
                                  "time": _iso(self.local(i, r.uniform(6.5, 7.6), tz).replace(second=0)),
                                  "kg": self.kg(self.mass + r.gauss(0, 0.45)), "context": "morning"})
            # morning coffee sometimes logged
            if r.random() < 0.2:
                self.objs.append({"type": "fluid", "time": _iso(self.local(i, r.uniform(6.5, 8.5), tz).replace(second=0)),
                                  "ml": self.ml(r.choice([200, 250, 350])), "drink": "coffee"})
            # meal logging in streaks
            if r.random() < 0.12:
                logging = r.random() < self.meal_log_p
            if not logging:
                continue
            low = i in self.low_spell
            for meal, hour, p in (("breakfast", 7.3, 0.93), ("lunch", 12.7, 0.88), ("dinner", 19.3, 0.93),
                                  ("snack", 15.8, 0.7)):
                if r.random() > p:
                    continue
                style = "l" if (low and r.random() < self.low_frac) else "n"
                if not low and r.random() < 0.07:
                    style = "l"
                tmpl = r.choice(MEALS[meal][style])
                if meal == "breakfast" and i in early:
                    hour = 7.9  # after the squad session
                t = self.local(i, hour + r.gauss(0, 0.3), tz).replace(second=0)
                items = []
                tot = {"k": 0.0, "ca": 0.0, "na": 0.0, "kcal": 0.0}
                for key, g in tmpl:
                    if g <= 0:
                        continue
                    ndb, name, mg, k, ca, na, kcal = FOODS[key]
                    grams = round(g * self.portion * r.uniform(0.85, 1.15))
                    if name and r.random() < 0.35:
                        items.append({"food": name, "grams": grams})
                    else:
                        items.append({"ndb_no": ndb, "grams": grams})
                    tot["k"] += k * grams / 100
                    tot["ca"] += ca * grams / 100
                    tot["na"] += na * grams / 100
                    tot["kcal"] += kcal * grams / 100
                o = {"type": "meal", "time": _iso(t)}
                if r.random() < 0.08:
                    # restaurant / quick-add: totals only, as the food app exports them
                    o.update({"energy_kcal": round(tot["kcal"]), "sodium_mg": round(tot["na"]),
                              "potassium_mg": round(tot["k"]), "calcium_mg": round(tot["ca"]),
                              "notes": "quick add"})
                else:
                    o["items"] = items
                self.objs.append(o)

    def emit_meds(self):
        if self.med:
            name, st, end = self.med
            o = {"type": "medication", "name": name, "start": self.day_date(st).isoformat()}
            if end:
                o["end"] = self.day_date(end).isoformat()
                o["notes"] = MED_NOTES[name] + "; switched after review"
            else:
                o["notes"] = MED_NOTES[name]
            self.objs.append(o)
        if self.antihist:
            st, end = self.antihist
            o = {"type": "medication", "name": "cetirizine", "start": self.day_date(st).isoformat(),
                 "notes": "hay fever"}
            if end < self.ndays:
                o["end"] = self.day_date(end).isoformat()
            self.objs.append(o)

    def build(self) -> bool:
        self.plan()
        self.make_sessions()
        self.hydrate()
        self.make_sleep()
        self.loads()
        self.emit_sessions()   # sets temp_logged, needed by the heat exposure
        self.emit_sleep()
        if not self.plant():
            return False
        self.background()
        self.emit_daily()
        self.emit_meds()
        return True


def blind_journal(cause: str | None, seed: int) -> BlindJournal:
    if cause is not None and cause not in CAUSES:
        raise ValueError(f"unknown cause {cause!r}")
    g = None
    for attempt in range(60):
        g = _Gen(cause, random.Random(_derive_seed(cause, seed, attempt)))
        if g.build():
            break
    else:  # pragma: no cover - practically unreachable
        raise RuntimeError("could not build a journal")
    start = datetime(g.d0.year, g.d0.month, g.d0.day, tzinfo=g.tz)
    last = g.day_date(g.ndays)
    stop = datetime(last.year, last.month, last.day, tzinfo=g.tz)
    eps = []
    for e in g.episodes:
        e = dict(e)
        e.pop("_planted", None)
        eps.append(e)
    profile = {"type": "profile", "sex": g.sex, "birth_year": g.birth_year, "body_mass_kg": g.mass,
               "height_cm": g.height, "timezone": g.tzname}
    objs = [profile] + g.objs + eps
    # keep everything inside the observed period
    def _t(o):
        v = o.get("time") or o.get("start")
        return v
    kept = []
    for o in objs:
        v = o.get("time")
        if v is not None:
            dt = datetime.fromisoformat(v)
            if not (start <= dt < stop):
                continue
        kept.append(o)
    kept[1:] = sorted(kept[1:], key=lambda o: (datetime.fromisoformat(o["time"]) if "time" in o else
                                               datetime.fromisoformat(o["start"] + "T00:00:00").replace(tzinfo=g.tz)))
    return BlindJournal(cause=cause, objects=kept, start=start, stop=stop)


def _planted_count(cause, seed):  # for the author's own checks only
    for attempt in range(60):
        g = _Gen(cause, random.Random(_derive_seed(cause, seed, attempt)))
        if g.build():
            return sum(1 for e in g.episodes if e["_planted"]), len(g.episodes), g
    return None
