"""Blind synthetic cramp journals with one planted cause (examiner X).

Point of view
-------------
Each journal is the exported data of ONE person: an office worker who rides a bike to work
every weekday and hikes or plays padel at weekends.  What such a person really has in their
phone is modelled, device by device, with that device's habits and gaps:

* a bike / Google-Fit-style activity app that auto-detects commutes (morning leg almost always,
  evening leg often missed; sometimes a long "detour" ride home), auto-detected lunch walks, and
  the weekend hikes / padel (watch heart rate when the watch was worn; weather from the app:
  temperature always in the app's units, humidity sometimes; effort (RPE) and muscle groups only
  when the person bothered to edit the session).  Some people's exports are written in UTC.
  Occasionally an export overlaps and repeats a session with the same id.
* a smart scale: morning weigh-ins on many (not all) days at home, never on holiday, and -- this
  person is curious about sweat loss -- weigh-ins just before and just after many weekend
  sessions.  US users' scales export pounds ("172.4 lb").
* a phone sleep tracker (bedtime and wake time, a few nights missing, streaks of missing nights;
  a 1-5 quality rating only in some weeks).
* hand-logged drinks during weekend sessions (water bottle, sometimes a sports / electrolyte
  drink; US users in fl oz), and a food-diary app used only in some months (2-3 blocks of 3-8
  weeks) with USDA SR28 items (ndb_no + grams), a few restaurant meals logged as totals only,
  and the coffees / water / beer logged in the same app.
* hand-logged episodes (night calf cramps, eyelid twitches, random cramps at the desk ...),
  with the person's own words: sometimes aliases ("calves", "cramp"), missing side / duration.
* medications typed in by hand (start date, sometimes an end date), an occasional magnesium
  supplement bought after a bad week of cramps (it changes nothing).

Every journal lives in one home time zone with real DST switches (Madrid, Berlin, Milan or
Chicago), may contain a holiday abroad in another UTC offset, covers 200-365 days that always
include a summer, and contains the same natural correlations whatever the cause:

* weather is seasonal with heat waves; humidity falls in the afternoon; sweat rate rises with
  heat and effort; the person drinks more when it is hot but sometimes forgets the bottle;
  sports drinks are chosen more often on hot / long days;
* long sessions are also hard ones (RPE and HR rise with duration); epic hikes start early,
  so the night before is short; Friday / Saturday nights are late;
* hiking holidays (daily hikes, no commute) and a return after a 10-18 day break (flu, work
  trip) produce acute:chronic load spikes in every journal;
* the commute makes "same muscles on consecutive days" true all week long, in every journal;
* background episodes (Poisson in time, unrelated to any exposure): night calf / foot cramps
  during sleep, eyelid twitch streaks, random cramps at rest; whichever activity happens to be
  going on at that moment only sets the "during" label.  Every journal has >= 5 of them.

How each cause is planted (the ONLY exposure that raises the episode rate)
--------------------------------------------------------------------------
Exposed units are defined on LOGGED data, so a careful analyst can see them.  Every journal
(whatever its cause, None included) is redrawn until it offers >= 15 exposed units for each of
dehydration, electrolyte_loss, muscle_fatigue, training_load_spike, heat and sleep_debt, so
that any cause could have been planted in it.  A target of 10-18 linked episodes is drawn; it
is capped at 50 % of the exposed units (up to 70 % when units are scarce, to reach 9, always
leaving >= 4 exposed units without one), so many exposed units have no episode.  The linked
units are a random sample of the exposed ones.  Session-linked episodes fall in the last third
of the session (during=exercise), 5-110 min after it (after_exercise) or, rarely, in the
following night, in a muscle the session works.

* dehydration: sessions with a logged pre- and post-workout weigh-in whose logged body-mass
  loss is >= 2 % of the pre-workout mass (the person drank too little for the sweat lost;
  fluid logs, when present, show the low intake).
* electrolyte_loss: sessions >= 90 min whose estimated sweat sodium loss (sweat volume, from
  mass change + drinks when weighed, else from duration, effort and temperature, times the
  person's sweat sodium concentration, 800-1500 mg/L) is >= 1500 mg, with the drinks logged and
  ALL plain water (no sodium replaced).  Often whole-body: "both" sides, abdomen, several sites.
* muscle_fatigue: sessions unusually long or hard FOR THIS PERSON within the same activity:
  duration >= max(the person's 85th percentile, 1.4 x the person's median) for that activity
  (for cycling: the long detour rides and weekend rides vs the ~25 min commutes; for hiking the
  epic 5-7 h hikes; for padel the tournaments) or a logged RPE >= 8.
* training_load_spike: logged sessions on days whose acute:chronic load ratio (7-day load over
  the 28-day weekly mean, load = minutes x true CR-10 effort, over all sessions including the
  commutes the app missed) is >= 1.5: the hiking holiday and the first weeks back after a
  break (plus the odd naturally busy week).  The individual sessions are ordinary in length.
* heat: sessions with a logged temperature >= 27 degC, or >= 24 degC with logged humidity
  >= 70 %, whatever was drunk and whatever the length (hot evening commutes included).
* nutrient_deficiency: one food-diary block (35-60 days) in which the person eats mostly
  processed convenience food on a diet (USDA values of the logged items give about 35-55 % of
  the reference intakes: Mg ~ 120-200 mg, K ~ 1.1-1.6 g, Ca ~ 430-600 mg a day); exposed
  units are the days from 10 days after the block starts to 10 days after it ends.  Linked
  episodes: twitches (eyelid, calf, hand) and cramps at rest / in sleep (calf, foot, toes,
  hand).  No magnesium supplement is ever logged during or just after that block.  Other blocks (and all blocks of other journals)
  meet the reference intakes roughly (mixed healthy / processed days).
* sleep_debt: logged nights shorter than the person's median minus 1.4 h (or < 5.5 h); the
  linked episode comes during the following day (twitches, cramps, any activity) or early in
  the next night.
* medication: a cramp-linked medicine (thiazide-like or potassium-sparing diuretic, LABA,
  statin, nifedipine) typed in with a start date part-way through the journal, sometimes an end
  date; linked episodes are mostly night calf / foot cramps from 5-20 days after the start until
  5 days after the end.  Other journals may hold harmless medicines (cetirizine, amoxicillin,
  ibuprofen) and, with probability 0.15, a cramp-linked medicine started mid-journal that
  changes nothing (a specificity test: the rate is the same before and after).
* None: background episodes only.
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time as dtime, timedelta, timezone

CAUSES = ("dehydration", "electrolyte_loss", "muscle_fatigue", "training_load_spike", "heat",
          "nutrient_deficiency", "sleep_debt", "medication")


@dataclass
class BlindJournal:
    cause: str | None
    objects: list[dict]
    start: datetime
    stop: datetime


# --------------------------------------------------------------------------------------------
# Static data
# --------------------------------------------------------------------------------------------

LOCALES = {
    # name: tz, standard offset, DST rule, mean daily max, seasonal amplitude, humidity, US units
    "madrid": dict(tz="Europe/Madrid", std=1, rule="EU", tmean=20.5, tamp=11.0, hum=48,
                   humsummer=-16, us=False, trips=(-1, 1)),
    "berlin": dict(tz="Europe/Berlin", std=1, rule="EU", tmean=15.2, tamp=10.5, hum=68,
                   humsummer=-6, us=False, trips=(-1, 1)),
    "milan": dict(tz="Europe/Rome", std=1, rule="EU", tmean=17.5, tamp=11.5, hum=70,
                  humsummer=-2, us=False, trips=(-1, 1)),
    "chicago": dict(tz="America/Chicago", std=-6, rule="US", tmean=15.0, tamp=14.5, hum=68,
                    humsummer=2, us=True, trips=(-1, 1)),
}

# USDA SR28 per 100 g: (ndb_no, kcal, Ca, Mg, K, Na)
FOODS = {
    "oats": ("08120", 379, 52, 138, 362, 6), "milk": ("01079", 50, 120, 11, 140, 47),
    "yogurt": ("01117", 63, 183, 17, 234, 70), "greek_yogurt": ("01287", 73, 115, 11, 141, 34),
    "banana": ("09040", 89, 5, 27, 358, 1), "almonds": ("12061", 579, 269, 270, 733, 1),
    "ww_bread": ("18075", 252, 161, 75, 254, 455), "cheddar": ("01009", 404, 710, 27, 76, 653),
    "lentils": ("16070", 116, 19, 36, 369, 2), "black_beans": ("16015", 132, 27, 70, 355, 1),
    "salmon": ("15237", 206, 15, 30, 384, 61), "potato": ("11674", 93, 15, 28, 535, 10),
    "spinach": ("11457", 23, 99, 79, 558, 79), "broccoli": ("11090", 34, 47, 21, 316, 33),
    "tomato": ("11529", 18, 10, 11, 237, 5), "apple": ("09003", 52, 6, 5, 107, 1),
    "orange": ("09200", 47, 40, 10, 181, 0), "brown_rice": ("20037", 123, 3, 39, 86, 4),
    "chicken": ("05064", 165, 15, 29, 256, 74), "egg": ("01129", 155, 50, 10, 126, 124),
    "tofu": ("16126", 78, 201, 37, 148, 12), "avocado": ("09038", 167, 13, 29, 507, 8),
    "dark_choc": ("19904", 598, 73, 228, 715, 20), "walnuts": ("12155", 654, 98, 158, 441, 2),
    "sweet_potato": ("11508", 90, 38, 27, 475, 36), "hummus": ("16158", 166, 38, 71, 228, 379),
    "blueberries": ("09050", 57, 6, 6, 77, 1), "rye_bread": ("18060", 259, 73, 40, 166, 603),
    "white_bread": ("18069", 266, 144, 23, 126, 490), "jam": ("19297", 278, 20, 4, 77, 32),
    "corn_flakes": ("08020", 357, 5, 39, 168, 729), "croissant": ("18239", 406, 37, 16, 118, 467),
    "pasta": ("20321", 157, 7, 18, 44, 131), "marinara": ("06931", 50, 26, 18, 320, 437),
    "sub": ("21124", 213, 171, 20, 282, 575), "fries": ("11395", 199, 12, 25, 505, 400),
    "mozzarella": ("01026", 300, 505, 20, 76, 627), "hamburger": ("21108", 263, 116, 22, 197, 487),
    "white_rice": ("20345", 130, 10, 12, 35, 382), "fried_chicken": ("05063", 187, 16, 31, 276, 79),
    "sausage": ("07075", 320, 12, 13, 179, 911), "cookies": ("18159", 492, 21, 41, 171, 311),
    "doughnut": ("18254", 361, 25, 20, 80, 309), "pound_cake": ("18120", 353, 47, 8, 149, 377),
    "ham": ("07029", 163, 24, 22, 287, 1143), "bagel": ("18002", 287, 15, 24, 116, 457),
    "cola": ("14148", 42, 1, 0, 5, 3), "chips": ("19411", 532, 21, 63, 1196, 527),
}

HEALTHY = {
    "breakfast": [[("oats", 60), ("milk", 250), ("banana", 120)],
                  [("greek_yogurt", 200), ("blueberries", 80), ("walnuts", 20), ("oats", 30)],
                  [("ww_bread", 70), ("egg", 100), ("tomato", 80), ("milk", 200)],
                  [("rye_bread", 70), ("cheddar", 30), ("apple", 150), ("milk", 150)]],
    "lunch": [[("lentils", 200), ("spinach", 60), ("tomato", 100), ("ww_bread", 50), ("yogurt", 150)],
              [("ww_bread", 90), ("cheddar", 40), ("tomato", 80), ("apple", 150)],
              [("brown_rice", 180), ("chicken", 130), ("broccoli", 150)],
              [("black_beans", 150), ("brown_rice", 150), ("avocado", 70), ("tomato", 60)],
              [("hummus", 80), ("ww_bread", 70), ("spinach", 40), ("orange", 130)]],
    "dinner": [[("salmon", 150), ("potato", 250), ("broccoli", 150)],
               [("tofu", 150), ("brown_rice", 180), ("spinach", 100)],
               [("chicken", 150), ("sweet_potato", 250), ("spinach", 60), ("greek_yogurt", 150)],
               [("pasta", 200), ("marinara", 120), ("cheddar", 20), ("broccoli", 120)],
               [("lentils", 180), ("potato", 200), ("yogurt", 100)]],
    "snack": [[("almonds", 30)], [("yogurt", 150), ("banana", 110)], [("dark_choc", 25)],
              [("apple", 160), ("walnuts", 20)]],
}
PROCESSED = {
    "breakfast": [[("croissant", 70)], [("white_bread", 60), ("jam", 25)],
                  [("corn_flakes", 40), ("milk", 120)], [("doughnut", 80)], [("bagel", 90), ("jam", 20)]],
    "lunch": [[("sub", 250)], [("hamburger", 220), ("fries", 80)], [("white_bread", 100), ("ham", 50)],
              [("pasta", 250), ("marinara", 100)]],
    "dinner": [[("white_rice", 220), ("fried_chicken", 150)], [("pasta", 260), ("sausage", 80)],
               [("white_bread", 90), ("mozzarella", 40), ("ham", 40)], [("white_bread", 80), ("sausage", 120)]],
    "snack": [[("cookies", 40)], [("pound_cake", 70)], [("cola", 330)], [("chips", 30)],
              [("doughnut", 70)]],
}

CRAMP_MEDS = [("hydrochlorothiazide", "blood pressure, started by GP"),
              ("chlortalidone", "for blood pressure"),
              ("indapamide", "blood pressure tablet"),
              ("amiloride", "GP added for blood pressure"),
              ("salmeterol/fluticasone", "new inhaler for asthma, twice a day"),
              ("formoterol", "asthma inhaler, long-acting"),
              ("atorvastatin", "cholesterol"),
              ("rosuvastatin", "cholesterol"),
              ("nifedipine", "blood pressure")]
CRAMP_MED_W = [4, 2, 2, 1, 3, 2, 2, 1, 1]
BENIGN_MEDS = [("cetirizine", "hay fever", 20, 50), ("amoxicillin", "tooth infection", 7, 7),
               ("ibuprofen", "sore knee", 3, 6), ("paracetamol", "cold", 3, 5),
               ("loratadine", "hay fever", 15, 40)]

MUSCLES_BY_ACT = {
    "cycling": [("calf", 40), ("quadriceps", 30), ("hamstring", 20), ("foot", 6), ("toes", 4)],
    "hiking": [("calf", 40), ("quadriceps", 20), ("hamstring", 20), ("foot", 10), ("toes", 5),
               ("shin", 5)],
    "racket_sport": [("calf", 40), ("hamstring", 18), ("quadriceps", 14), ("forearm", 12),
                     ("hand", 8), ("foot", 8)],
    "walking": [("calf", 60), ("foot", 25), ("hamstring", 15)],
}
ALIASES = {"calf": "calves", "quadriceps": "quads", "hamstring": "hamstrings", "eyelid": "eye",
           "foot": "arch", "toes": "toe", "fingers": "finger"}


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------

def _wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def _last_sunday(y, m):
    d = date(y, m + 1, 1) - timedelta(days=1) if m < 12 else date(y, 12, 31)
    return d - timedelta(days=(d.weekday() + 1) % 7)


def _nth_sunday(y, m, n):
    d = date(y, m, 1)
    d += timedelta(days=(6 - d.weekday()) % 7)
    return d + timedelta(days=7 * (n - 1))


def _dst(rule, local: datetime) -> int:
    y = local.year
    if rule == "EU":
        a = datetime.combine(_last_sunday(y, 3), dtime(2))
        b = datetime.combine(_last_sunday(y, 10), dtime(3))
    else:
        a = datetime.combine(_nth_sunday(y, 3, 2), dtime(2))
        b = datetime.combine(_nth_sunday(y, 11, 1), dtime(2))
    return 1 if a <= local < b else 0


class _Clock:
    """Local wall-clock -> aware datetimes (home zone, plus trip offsets on some days)."""

    def __init__(self, std, rule, t0: date, trip_days: dict):
        self.std, self.rule, self.t0, self.trip = std, rule, t0, trip_days

    def aware(self, local: datetime) -> datetime:
        di = (local.date() - self.t0).days
        off = self.std + self.trip.get(di, 0) + _dst(self.rule, local)
        return local.replace(tzinfo=timezone(timedelta(hours=off)))

    def iso(self, local: datetime, utc=False) -> str:
        a = self.aware(local.replace(microsecond=0))
        if utc:
            return a.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")
        return a.isoformat()


@dataclass
class Session:
    day: int
    kind: str             # commute_am, commute_pm, detour, hike, padel, ride, walk
    activity: str
    start: datetime       # local naive
    dur: float            # minutes
    effort: float         # true CR-10 effort
    temp: float
    hum: float
    indoor: bool = False
    logged: bool = True
    rpe: float | None = None
    hr: int | None = None
    temp_logged: float | None = None
    hum_logged: float | None = None
    dist: float | None = None
    muscles: list | None = None
    sweat_l: float = 0.0
    fluid_l: float = 0.0
    drinks: list = field(default_factory=list)   # (local time, ml, drink, sodium_mg or None)
    fluid_logged: bool = False
    pre_kg: float | None = None
    post_kg: float | None = None
    na_loss: float = 0.0
    na_in: float = 0.0

    @property
    def end(self):
        return self.start + timedelta(minutes=self.dur)

    @property
    def load(self):
        return self.dur * self.effort


# --------------------------------------------------------------------------------------------
# The generator
# --------------------------------------------------------------------------------------------

def blind_journal(cause: str | None, seed: int) -> BlindJournal:
    if cause is not None and cause not in CAUSES:
        raise ValueError(f"unknown cause {cause!r}")
    return _make(cause, seed)[0]


# Every journal, whatever its cause (None included), is drawn again (new sub-seed) until its
# logged data offer at least this many exposed units for EACH session / night cause, so that
# any cause could have been planted in it: the test is identical for all causes and leaks none.
MIN_UNITS = 15
_WORLD_CAUSES = ("dehydration", "electrolyte_loss", "muscle_fatigue", "training_load_spike",
                 "heat", "sleep_debt")


def _make(cause, seed):
    g = None
    for attempt in range(40):
        g = _Gen(random.Random(f"blindX|{cause}|{seed}|{attempt}"), cause)
        g.world()
        if all(len(g.units_for(c)[0]) >= MIN_UNITS for c in _WORLD_CAUSES):
            break
    return g.finish(), g


class _Gen:
    def __init__(self, rng: random.Random, cause):
        self.rng, self.cause = rng, cause

    # ---------------------------------------------------------------- person and period
    def person(self):
        r = self.rng
        self.loc_name = r.choice(sorted(LOCALES))
        self.loc = LOCALES[self.loc_name]
        self.us = self.loc["us"]
        self.sex = r.choice(["female", "male", "male", "female", "male"])
        self.birth_year = r.randint(1972, 1996)
        male = self.sex == "male"
        self.height = round(r.gauss(179 if male else 166, 6), 0)
        self.mass0 = round(r.gauss(79 if male else 63, 7), 1)
        self.sweat0 = r.uniform(0.72, 1.05) * (1.1 if male else 0.9)    # L/h, padel at 18 degC
        self.na_conc = r.uniform(800, 1500)                            # mg/L
        self.drink_rate = r.uniform(0.12, 0.36)                         # L/h habit
        self.p_elec = r.uniform(0.05, 0.3)
        self.p_weigh_session = r.uniform(0.75, 0.97)
        self.p_morning_weigh = r.uniform(0.45, 0.85)
        self.p_fluid_log = r.uniform(0.75, 0.97)
        self.p_hr = r.uniform(0.4, 0.95)
        self.p_rpe = r.uniform(0.55, 0.9)
        self.p_sleep_log = r.uniform(0.8, 0.95)
        self.commute_km = round(r.uniform(5.0, 12.0), 1)
        self.speed = r.uniform(16.5, 22.5)
        self.am_depart = r.uniform(7.2, 8.4)
        self.pm_depart = r.uniform(16.9, 18.6)
        self.bed_wd = r.uniform(22.4, 23.6)
        self.wake_wd = r.uniform(6.2, 7.0)
        self.fit_utc = r.random() < 0.4
        self.portion = (1.6 if male else 1.3) * r.uniform(0.92, 1.08)
        self.hike_hr = r.randint(108, 128)
        self.padel_hr = r.randint(132, 150)
        self.commute_hr = r.randint(112, 132)

    def period(self):
        r = self.rng
        year = r.choice([2024, 2025])
        n = r.randint(200, 365)
        # the period must include most of a summer (June 15 - Aug 31)
        latest_start = date(year, 6, 15)
        earliest_start = date(year, 8, 31) - timedelta(days=n - 1)
        earliest_start = max(earliest_start, date(year - 1, 9, 1))
        span = (latest_start - earliest_start).days
        self.t0 = earliest_start + timedelta(days=r.randint(0, max(0, span)))
        self.n = n
        self.dates = [self.t0 + timedelta(days=i) for i in range(n)]

    # ---------------------------------------------------------------- weather
    def weather(self):
        r, L = self.rng, self.loc
        self.tmax, self.hum = [], []
        ar = 0.0
        heat = [0.0] * self.n
        for i, d in enumerate(self.dates):
            if d.month in (6, 7, 8) and r.random() < 0.06:
                amp, ln = r.uniform(4, 9), r.randint(3, 8)
                for k in range(ln):
                    if i + k < self.n:
                        heat[i + k] = max(heat[i + k], amp * math.sin(math.pi * (k + 0.5) / ln))
        for i, d in enumerate(self.dates):
            doy = d.timetuple().tm_yday
            ar = 0.7 * ar + r.gauss(0, 2.8)
            s = math.cos(2 * math.pi * (doy - 200) / 365.25)
            self.tmax.append(L["tmean"] + L["tamp"] * s + ar + heat[i])
            h = L["hum"] + L["humsummer"] * max(0, s) + r.gauss(0, 9)
            self.hum.append(min(92, max(22, h)))
        self.rain = [r.random() < 0.22 for _ in range(self.n)]

    def temp_at(self, i, hour):
        tmax = self.tmax[i]
        tmin = tmax - 10.0
        x = math.cos(2 * math.pi * (hour - 15.0) / 24.0)
        return tmin + (tmax - tmin) * (x + 1) / 2

    def hum_at(self, i, hour):
        h = self.hum[i] + 14 * math.cos(2 * math.pi * (hour - 5.0) / 24.0)
        return min(100, max(12, h))

    # ---------------------------------------------------------------- calendar
    def calendar(self):
        r = self.rng
        n = self.n
        self.status = ["work" if d.weekday() < 5 else "weekend" for d in self.dates]
        for i, d in enumerate(self.dates):
            if (d.month == 12 and d.day >= 24) or (d.month == 1 and d.day == 1):
                self.status[i] = "holiday"
            elif d.weekday() < 5 and r.random() < 0.015:
                self.status[i] = "holiday"
        self.trip = {}
        self.vacations = []
        self.breaks = []
        taken = set()

        def place(length, lo, hi):
            for _ in range(60):
                s = r.randint(lo, max(lo, hi - length))
                if all(j not in taken for j in range(s - 20, s + length + 20)):
                    for j in range(s, min(n, s + length)):
                        taken.add(j)
                    return s
            return None

        nvac = 1 + (r.random() < 0.6 and n > 200)
        for _ in range(nvac):
            ln = r.randint(8, 12)
            s = place(ln, 35, n - 10)
            if s is None:
                continue
            self.vacations.append((s, min(n, s + ln)))
            delta = r.choice(self.loc["trips"]) if r.random() < 0.5 else 0
            for j in range(s, min(n, s + ln)):
                self.status[j] = "vacation"
                if delta:
                    self.trip[j] = delta
        if True:
            ln = r.randint(10, 18)
            s = place(ln, 40, n - 25)
            if s is not None:
                self.breaks.append((s, min(n, s + ln)))
                self.break_reason = r.choice(["flu", "work trip", "sprained ankle", "covid"])
                for j in range(s, min(n, s + ln)):
                    self.status[j] = "break"
        self.clock = _Clock(self.loc["std"], self.loc["rule"], self.t0, self.trip)

    def local(self, i, hour):
        return datetime.combine(self.dates[i], dtime(0)) + timedelta(hours=hour)

    # ---------------------------------------------------------------- sessions
    def sessions(self):
        r = self.rng
        S = []
        for i, d in enumerate(self.dates):
            st = self.status[i]
            warm = min(1, max(0, (self.tmax[i] - 6) / 20))
            if st == "work":
                if self.tmax[i] < -4 and r.random() < 0.6:
                    continue   # icy: took the train
                h = self.am_depart + r.gauss(0, 0.15)
                dur = self.commute_km / self.speed * 60 * r.uniform(0.9, 1.15)
                S.append(self._sess(i, "commute_am", "cycling", h, dur, r.uniform(2.5, 4.0),
                                    logged=r.random() < 0.9))
                if r.random() < 0.25:
                    S.append(self._sess(i, "walk", "walking", r.uniform(12.3, 13.4),
                                        r.uniform(10, 30), r.uniform(1, 2)))
                h = self.pm_depart + r.gauss(0, 0.3)
                if r.random() < 0.03 + 0.12 * warm and not self.rain[i]:
                    dur = r.uniform(50, 110)
                    S.append(self._sess(i, "detour", "cycling", h, dur,
                                        r.uniform(4.5, 6.0) + (dur - 50) / 60, logged=r.random() < 0.97))
                else:
                    dur = self.commute_km / self.speed * 60 * r.uniform(0.95, 1.25)
                    S.append(self._sess(i, "commute_pm", "cycling", h, dur, r.uniform(2.5, 4.5),
                                        logged=r.random() < 0.75))
            elif st in ("weekend", "holiday"):
                prev_hike = bool(S) and S[-1].kind == "hike" and S[-1].day == i - 1
                p_hike = (0.22 + 0.42 * warm) * (0.4 if prev_hike else 1.0)
                x = r.random()
                if x < p_hike and not (self.rain[i] and r.random() < 0.6):
                    epic = r.random() < 0.15
                    if epic:
                        dur, h = r.uniform(300, 430), r.uniform(6.3, 7.6)
                    else:
                        dur, h = max(80, r.gauss(185, 40)), r.uniform(8.3, 10.5)
                    eff = min(9.5, 3.8 + 0.0085 * dur + r.gauss(0, 0.6))
                    S.append(self._sess(i, "hike", "hiking", h, dur, eff))
                elif x < p_hike + 0.45:
                    tour = r.random() < 0.1
                    dur = r.uniform(170, 240) if tour else max(55, r.gauss(90, 15))
                    h = r.uniform(9.5, 11.5) if (tour or r.random() < 0.5) else r.uniform(17.5, 19.5)
                    eff = min(9.5, (7.6 if tour else 5.4) + r.gauss(0, 0.6) + (dur - 90) / 150)
                    indoor = warm < 0.3 or (self.rain[i] and r.random() < 0.7)
                    S.append(self._sess(i, "padel", "racket_sport", h, dur, eff, indoor=indoor))
                elif x < p_hike + 0.58 and warm > 0.4:
                    dur = r.uniform(60, 150)
                    S.append(self._sess(i, "ride", "cycling", r.uniform(8.5, 10.5), dur,
                                        r.uniform(4, 6) + (dur - 60) / 90))
            elif st == "vacation":
                s0 = [v for v in self.vacations if v[0] <= i < v[1]][0]
                if i in (s0[0], s0[1] - 1):
                    continue   # travel days
                if r.random() < 0.92:
                    dur = max(120, r.gauss(225, 30))
                    eff = min(7.0, 3.6 + 0.008 * dur + r.gauss(0, 0.5))
                    S.append(self._sess(i, "hike", "hiking", r.uniform(8.5, 10.0), dur, eff))
        # muscle groups, drinks, sweat
        for s in S:
            self._fill(s)
        self.S = sorted(S, key=lambda s: s.start)

    def _sess(self, i, kind, act, hour, dur, eff, logged=True, indoor=False):
        hour_mid = hour + dur / 120
        t = self.temp_at(i, hour_mid)
        hu = self.hum_at(i, hour_mid)
        if indoor:
            t, hu = self.rng.uniform(18, 23) + max(0, self.tmax[i] - 25) * 0.4, self.rng.uniform(35, 55)
        return Session(day=i, kind=kind, activity=act, start=self.local(i, hour).replace(second=0, microsecond=0),
                       dur=round(dur, 1), effort=max(1.0, eff), temp=t, hum=hu, indoor=indoor, logged=logged)

    def _fill(self, s: Session):
        r = self.rng
        auto = s.kind in ("commute_am", "commute_pm", "walk")
        s.hr = None
        if r.random() < self.p_hr:
            base = {"hiking": self.hike_hr, "racket_sport": self.padel_hr,
                    "cycling": self.commute_hr, "walking": 95}[s.activity]
            s.hr = int(base + 6 * (s.effort - 5) + r.gauss(0, 4) + max(0, s.temp - 24) * 0.8)
            s.hr = max(60, min(195, s.hr))
        if not auto and r.random() < self.p_rpe:
            s.rpe = min(10, max(1, round(s.effort + r.gauss(0, 0.5))))
        if not s.indoor and r.random() < 0.9:
            s.temp_logged = round(s.temp)
            if r.random() < 0.6:
                s.hum_logged = round(s.hum)
        if s.activity == "cycling":
            s.dist = round(s.dur / 60 * self.speed * r.uniform(0.92, 1.05), 2)
        elif s.activity == "hiking":
            s.dist = round(s.dur / 60 * r.uniform(3.2, 4.4), 1)
        elif s.activity == "walking":
            s.dist = round(s.dur / 60 * 4.8, 2)
        if not auto and r.random() < 0.5:
            s.muscles = {"hiking": ["calf", "quadriceps", "glute"],
                         "racket_sport": ["calf", "quadriceps", "shoulder", "forearm"],
                         "cycling": ["quadriceps", "calf"]}[s.activity]
        # sweat
        met = {"hike": 0.8, "padel": 1.0, "ride": 1.0, "detour": 1.05, "walk": 0.35}.get(s.kind, 0.8)
        rate = self.sweat0 * met * (s.effort / 5) ** 0.35 * (1 + 0.045 * (s.temp - 18))
        rate = min(2.0, max(0.15, rate * r.uniform(0.9, 1.1)))
        s.sweat_l = rate * s.dur / 60
        s.na_loss = s.sweat_l * self.na_conc
        # drinks (only bottles on the longer sessions)
        if s.kind in ("hike", "padel", "ride", "detour"):
            dr = self.drink_rate * (1 + 0.035 * (s.temp - 18)) * math.exp(r.gauss(0, 0.3))
            if r.random() < 0.25:
                dr *= 0.25   # forgot the bottle / ran out
            vol = max(0.0, dr * s.dur / 60)
            # nobody keeps walking for hours at > ~4.5 % loss: they refill at a hut / fountain
            vol = max(vol, s.sweat_l - 0.045 * self.mass0 * r.uniform(0.8, 1.0))
            if s.kind == "detour":
                vol *= 0.5
            p_el = self.p_elec + (0.15 if s.temp > 25 else 0) + (0.1 if s.dur > 180 else 0)
            use_el = r.random() < p_el
            nparts = 1 if vol < 0.6 else (2 if vol < 1.4 else 3)
            parts = [vol / nparts] * nparts
            for k, v in enumerate(parts):
                if v < 0.05:
                    continue
                tt = s.start + timedelta(minutes=s.dur * (k + 0.7) / (nparts + 0.2))
                ml = max(50, round(v * 1000 / 50) * 50)
                if use_el and (k == nparts - 1 or r.random() < 0.5):
                    drink = r.choice(["sports_drink", "electrolyte_drink"])
                    na = None if r.random() < 0.7 else round(ml * r.uniform(0.4, 0.9))
                else:
                    drink, na = "water", None
                s.drinks.append((tt.replace(second=0, microsecond=0), ml, drink, na))
            s.fluid_l = sum(d[1] for d in s.drinks) / 1000
            defaults = {"water": 0, "sports_drink": 460, "electrolyte_drink": 1000}
            s.na_in = sum((d[3] if d[3] is not None else defaults[d[2]] * d[1] / 1000) for d in s.drinks)
            s.fluid_logged = bool(s.drinks) and r.random() < self.p_fluid_log

    # ---------------------------------------------------------------- load / ACWR
    def acwr(self):
        daily = [0.0] * self.n
        for s in self.S:
            daily[s.day] += s.load
        self.acwr_day = []
        for i in range(self.n):
            a = sum(daily[max(0, i - 6): i + 1])
            c = sum(daily[max(0, i - 27): i + 1]) / 4
            self.acwr_day.append(a / c if (i >= 27 and c > 0) else None)

    # ---------------------------------------------------------------- sleep
    def sleep(self):
        r = self.rng
        first = {}
        for s in self.S:
            first.setdefault(s.day, s)
        self.nights = []   # (day of bedtime, bed local, wake local, logged)
        miss_streak = 0
        for i in range(self.n - 1):
            nxt = self.status[i + 1]
            if nxt == "work":
                wake = self.wake_wd + r.gauss(0, 0.12)
                bed = self.bed_wd + r.gauss(0, 0.4)
            else:
                wake = r.gauss(8.2, 0.6)
                bed = self.bed_wd + r.gauss(0.9 if self.dates[i].weekday() in (4, 5) else 0.2, 0.5)
            if self.status[i] == "break":
                wake += r.uniform(0, 1.2)
            fs = first.get(i + 1)
            if fs is not None and fs.start.hour < 8 and nxt != "work":
                wake = fs.start.hour + fs.start.minute / 60 - r.uniform(0.5, 0.9)
            x = r.random()
            if x < 0.12:
                bed += r.uniform(1.5, 2.8)        # late evening: deadline, friends, series
            elif x < 0.19:
                wake -= r.uniform(1.4, 2.4)        # woke early, could not sleep again
            if i + 1 < self.n and any(v[0] == i + 1 or v[1] == i + 1 for v in self.vacations):
                wake = min(wake, r.uniform(4.3, 5.5))   # early travel
            bed_l = self.local(i, bed)
            wake_l = self.local(i + 1, wake)
            if wake_l - bed_l < timedelta(hours=3):
                wake_l = bed_l + timedelta(hours=3.2)
            if miss_streak > 0:
                miss_streak -= 1
                logged = False
            else:
                logged = r.random() < self.p_sleep_log
                if r.random() < 0.01:
                    miss_streak = r.randint(3, 9)
            self.nights.append((i, bed_l.replace(second=0, microsecond=0),
                                wake_l.replace(second=0, microsecond=0), logged))
        hrs = sorted((w - b).total_seconds() / 3600 for _, b, w, lg in self.nights if lg)
        self.sleep_median = hrs[len(hrs) // 2]

    # ---------------------------------------------------------------- meals
    def meal_blocks(self):
        r = self.rng
        n = self.n
        blocked = set()
        for a, b in self.vacations + self.breaks:
            blocked.update(range(a - 2, b + 2))
        self.blocks = []
        want = r.choice([2, 2, 3])
        defic = self.cause == "nutrient_deficiency"
        tries = 0
        while len(self.blocks) < want and tries < 400:
            tries += 1
            is_def = defic and not any(bl[2] for bl in self.blocks)
            ln = r.randint(35, 60) if is_def else r.randint(21, 56)
            lo = 30 if is_def else 0
            hi = n - ln - (25 if is_def else 0)
            if hi <= lo:
                continue
            s = r.randint(lo, hi)
            if any(j in blocked for j in range(s, s + ln)):
                continue
            if any(not (b1 + 10 < s or s + ln + 10 < a1) for a1, b1, _, _ in self.blocks):
                continue
            w = r.uniform(0.0, 0.08) if is_def else r.uniform(0.6, 0.92)
            self.blocks.append((s, s + ln, is_def, w))
        if defic and not any(bl[2] for bl in self.blocks):
            # no room found: turn the longest block into the deficient one
            k = max(range(len(self.blocks)), key=lambda j: self.blocks[j][1] - self.blocks[j][0]) \
                if self.blocks else None
            if k is None:
                self.blocks.append((35, min(n - 20, 85), True, 0.08))
            else:
                a, b, _, _ = self.blocks[k]
                self.blocks[k] = (a, b, True, 0.08)
        self.blocks.sort()

    # ---------------------------------------------------------------- episodes
    def during_label(self, t: datetime):
        for s in self.S:
            if s.start <= t <= s.end:
                return "exercise", s
            if s.end < t <= s.end + timedelta(minutes=120):
                return "after_exercise", s
        for _, b, w, _ in self.nights:
            if b <= t <= w:
                return "sleep", None
        return "rest", None

    def sleep_of(self, i):
        for ni in self.nights:
            if ni[0] == i:
                return ni
        return None

    def background(self):
        r = self.rng
        months = self.n / 30.4
        eps = []
        rate_night = r.uniform(0.3, 0.8)
        rate_eye = r.uniform(0.15, 0.55)
        rate_rand = r.uniform(0.2, 0.5)

        def pois(lam):
            k, p, L = 0, 1.0, math.exp(-lam)
            while True:
                p *= r.random()
                if p < L:
                    return k
                k += 1

        n_night = pois(rate_night * months)
        n_eye = pois(rate_eye * months)
        n_rand = pois(rate_rand * months)
        while n_night + n_eye + n_rand < 5:
            n_night += 1
        for _ in range(n_night):
            i, b, w, _ = r.choice(self.nights)
            span = (w - b).total_seconds()
            t = b + timedelta(seconds=span * r.uniform(0.35, 0.92))
            eps.append(self._ep(t, "spasm", _wchoice(r, [("calf", 75), ("foot", 15), ("toes", 10)]),
                                origin="background"))
        for _ in range(n_eye):
            i = r.randrange(self.n)
            for k in range(_wchoice(r, [(1, 50), (2, 30), (3, 20)])):
                if i + k >= self.n:
                    break
                t = self.local(i + k, r.uniform(9, 22))
                eps.append(self._ep(t, "twitch", "eyelid", origin="background"))
        for _ in range(n_rand):
            i = r.randrange(self.n)
            t = self.local(i, r.uniform(7, 23))
            m, kind = _wchoice(r, [(("hand", "spasm"), 15), (("fingers", "spasm"), 10),
                                   (("foot", "spasm"), 15), (("toes", "spasm"), 10),
                                   (("hamstring", "spasm"), 10), (("neck", "spasm"), 5),
                                   (("calf", "twitch"), 15), (("quadriceps", "twitch"), 8),
                                   (("abdomen", "spasm"), 4), (("calf", "spasm"), 8)])
            eps.append(self._ep(t, kind, m, origin="background"))
        return eps

    def _ep(self, t: datetime, kind, muscle, origin, side=None, sev=1.0):
        r = self.rng
        if t.date() > self.dates[-1]:
            t = self.local(self.n - 1, 21.5)
        if t.date() < self.dates[0]:
            t = self.local(0, 10)
        t = t.replace(second=0, microsecond=0)
        during, sess = self.during_label(t)
        if during == "sleep":
            t = t.replace(minute=(t.minute // 15) * 15)
        else:
            t = t.replace(minute=(t.minute // 5) * 5)
        return dict(t=t, kind=kind, muscle=muscle, during=during, origin=origin,
                    side=side, sev=sev)

    def session_ep(self, s: Session, style="normal"):
        r = self.rng
        x = r.random()
        if x < 0.55:
            t = s.start + timedelta(minutes=s.dur * r.uniform(0.66, 0.98))
        elif x < 0.9 or style == "heat":
            t = s.end + timedelta(minutes=r.uniform(5, 110))
        else:
            ni = self.sleep_of(s.day)
            if ni is None:
                t = s.end + timedelta(minutes=r.uniform(5, 110))
            else:
                t = ni[1] + (ni[2] - ni[1]) * r.uniform(0.2, 0.7)
        m = _wchoice(r, MUSCLES_BY_ACT[s.activity])
        side = None
        kind = "spasm" if r.random() < 0.87 else "twitch"
        if style == "electrolyte":
            if r.random() < 0.3:
                m = _wchoice(r, [("abdomen", 40), ("hand", 30), ("hamstring", 30)])
            side = "both" if r.random() < 0.5 else None
            kind = "spasm"
        return self._ep(t, kind, m, origin="linked", side=side, sev=1.15)

    def day_ep(self, i, style):
        r = self.rng
        ni = self.sleep_of(i)
        if style == "medication":
            if r.random() < 0.75 and ni is not None:
                t = ni[1] + (ni[2] - ni[1]) * r.uniform(0.3, 0.9)
                return self._ep(t, "spasm", _wchoice(r, [("calf", 70), ("foot", 20), ("toes", 10)]),
                                origin="linked")
            t = self.local(i, r.uniform(8, 22))
            return self._ep(t, "spasm", _wchoice(r, [("calf", 40), ("hamstring", 20), ("foot", 15),
                                                      ("hand", 15), ("quadriceps", 10)]), origin="linked")
        if style == "deficiency":
            if r.random() < 0.45:
                t = self.local(i, r.uniform(8, 22))
                return self._ep(t, "twitch", _wchoice(r, [("eyelid", 45), ("calf", 35), ("hand", 10),
                                                          ("quadriceps", 10)]), origin="linked")
            if r.random() < 0.6 and ni is not None:
                t = ni[1] + (ni[2] - ni[1]) * r.uniform(0.3, 0.9)
            else:
                t = self.local(i, r.uniform(8, 22))
            return self._ep(t, "spasm", _wchoice(r, [("calf", 45), ("foot", 20), ("toes", 15), ("hand", 20)]),
                            origin="linked")
        raise ValueError(style)

    def units_for(self, c):
        L = [s for s in self.S if s.logged]
        units, kind = [], "session"
        if c == "dehydration":
            for s in L:
                if s.pre_kg is not None and s.post_kg is not None and (s.pre_kg - s.post_kg) / s.pre_kg >= 0.02:
                    units.append(s)
        elif c == "electrolyte_loss":
            for s in L:
                if s.dur < 90 or not s.fluid_logged or any(d[2] != "water" for d in s.drinks):
                    continue
                if s.pre_kg is not None and s.post_kg is not None:
                    sweat = s.pre_kg - s.post_kg + s.fluid_l
                else:
                    sweat = s.sweat_l
                if sweat * self.na_conc >= 1500:
                    units.append(s)
        elif c == "muscle_fatigue":
            by = {}
            for s in L:
                by.setdefault(s.activity, []).append(s.dur)
            thr = {}
            for a, v in by.items():
                v = sorted(v)
                thr[a] = max(v[int(0.85 * (len(v) - 1))], 1.4 * v[len(v) // 2])
            for s in L:
                if s.activity == "walking":
                    continue
                if s.dur >= thr[s.activity] or (s.rpe is not None and s.rpe >= 8):
                    units.append(s)
        elif c == "training_load_spike":
            for s in L:
                a = self.acwr_day[s.day]
                if a is not None and a >= 1.5 and s.activity != "walking":
                    units.append(s)
        elif c == "heat":
            for s in L:
                t, h = s.temp_logged, s.hum_logged
                if t is not None and (t >= 27 or (t >= 24 and h is not None and h >= 70)):
                    units.append(s)
        elif c == "sleep_debt":
            kind = "night"
            for ni in self.nights:
                i, b, w, lg = ni
                hrs = (w - b).total_seconds() / 3600
                if lg and (hrs < self.sleep_median - 1.4 or hrs < 5.5):
                    units.append(ni)
        elif c == "medication":
            kind = "day"
            a, b = self.med_window
            units = list(range(a, b))
        elif c == "nutrient_deficiency":
            kind = "day"
            a, b = [(bl[0], bl[1]) for bl in self.blocks if bl[2]][0]
            units = list(range(min(self.n - 1, a + 10), min(self.n, b + 10)))
        return units, kind

    def plant(self):
        r = self.rng
        c = self.cause
        if c is None:
            return []
        target = r.randint(10, 18)
        units, kind = self.units_for(c)
        self.n_units = len(units)
        cap = max(int(0.5 * len(units)), min(9, int(0.7 * len(units)), len(units) - 4))
        k = min(target, cap)
        chosen = r.sample(units, k) if k > 0 else []
        eps = []
        for u in chosen:
            if kind == "session":
                style = {"electrolyte_loss": "electrolyte", "heat": "heat"}.get(c, "normal")
                eps.append(self.session_ep(u, style))
            elif kind == "night":
                i, b, w, _ = u
                x = r.random()
                if x < 0.75:
                    t = w + timedelta(hours=r.uniform(0.7, 15.0))
                    kd = "twitch" if r.random() < 0.5 else "spasm"
                    m = (_wchoice(r, [("eyelid", 60), ("calf", 25), ("quadriceps", 8), ("hand", 7)])
                         if kd == "twitch" else
                         _wchoice(r, [("calf", 55), ("foot", 15), ("hamstring", 15), ("neck", 15)]))
                else:
                    nxt = self.sleep_of(i + 1)
                    if nxt is None:
                        t, kd, m = w + timedelta(hours=r.uniform(2, 14)), "twitch", "eyelid"
                    else:
                        t = nxt[1] + timedelta(minutes=r.uniform(40, 200))
                        kd, m = "spasm", _wchoice(r, [("calf", 80), ("foot", 20)])
                eps.append(self._ep(t, kd, m, origin="linked"))
            else:
                eps.append(self.day_ep(u, "medication" if c == "medication" else "deficiency"))
        return eps

    # ---------------------------------------------------------------- medication plan
    def meds(self):
        r = self.rng
        self.med_entries = []
        self.med_window = None
        if self.cause == "medication" or r.random() < 0.15:
            name, note = _wchoice(r, list(zip(CRAMP_MEDS, CRAMP_MED_W)))
            a = int(self.n * r.uniform(0.25, 0.55))
            end = None
            if r.random() < 0.4:
                end = min(self.n - 1, a + int((self.n - a) * r.uniform(0.6, 0.85)))
            e = {"type": "medication", "name": name, "start": self.dates[a].isoformat()}
            if end is not None:
                e["end"] = self.dates[end].isoformat()
                e["notes"] = note + "; stopped / switched after talking to the doctor"
            else:
                e["notes"] = note
            self.med_entries.append(e)
            lag = r.randint(5, 20)
            self.med_window = (min(self.n - 1, a + lag), min(self.n, (end + 5) if end is not None else self.n))
        for _ in range(_wchoice(r, [(0, 40), (1, 40), (2, 20)])):
            name, note, lo, hi = r.choice(BENIGN_MEDS)
            a = r.randrange(self.n)
            e = {"type": "medication", "name": name, "start": self.dates[a].isoformat(), "notes": note}
            b = a + r.randint(lo, hi)
            if b < self.n:
                e["end"] = self.dates[b].isoformat()
            self.med_entries.append(e)

    # ---------------------------------------------------------------- body mass
    def body(self):
        r = self.rng
        m = self.mass0
        self.true_mass = []
        for i in range(self.n):
            drift = r.gauss(0, 0.06)
            if any(bl[0] <= i < bl[1] for bl in self.blocks):
                drift -= 0.03
            if self.status[i] == "vacation":
                drift += 0.04
            m += drift
            self.true_mass.append(m)
        for s in self.S:
            if s.kind in ("hike", "padel", "ride") and self.status[s.day] != "vacation" \
                    and s.dur >= 60 and r.random() < self.p_weigh_session:
                pre = self.true_mass[s.day] + r.gauss(0.3, 0.25)
                post = pre - s.sweat_l + s.fluid_l + r.gauss(0, 0.12) - 0.05 * s.dur / 60
                s.pre_kg, s.post_kg = round(pre, 1), round(post, 1)

    # ---------------------------------------------------------------- emit
    def mass_val(self, kg):
        if self.us:
            return f"{round(kg / 0.45359237, 1)} lb"
        return round(kg, 1)

    def ml_val(self, ml):
        if self.us and self.rng.random() < 0.85:
            oz = ml / 29.5735
            return f"{round(oz * 2) / 2:g} oz"
        return ml

    def temp_val(self, t):
        if self.us:
            return f"{round(t * 9 / 5 + 32)} degF"
        return t

    def emit(self, episodes):
        r = self.rng
        ck = self.clock
        out = []
        prof = {"type": "profile", "sex": self.sex, "birth_year": self.birth_year,
                "body_mass_kg": round(self.mass0, 1), "height_cm": self.height,
                "timezone": self.loc["tz"]}
        out.append(prof)
        # workouts
        gid = r.getrandbits(40)
        for s in self.S:
            if not s.logged:
                continue
            gid += r.randint(1000, 90000)
            w = {"type": "workout", "id": f"gfit-{gid:x}", "time": ck.iso(s.start, utc=self.fit_utc),
                 "duration_min": s.dur, "activity": s.activity}
            if s.rpe is not None:
                w["rpe"] = s.rpe
            if s.hr is not None:
                w["avg_hr"] = s.hr
            if s.dist is not None:
                w["distance_km"] = s.dist
            if s.temp_logged is not None:
                w["temperature_c"] = self.temp_val(s.temp_logged)
            if s.hum_logged is not None:
                w["humidity_pct"] = s.hum_logged
            if s.muscles:
                w["muscle_groups"] = list(s.muscles)
            if s.kind in ("commute_am", "commute_pm"):
                w["notes"] = "Auto-detected: commute" if r.random() < 0.3 else None
            elif s.kind == "detour":
                w["notes"] = r.choice(["long way home", "evening loop after work", None])
            elif s.kind == "padel":
                w["notes"] = ("indoor court" if s.indoor else None)
                if s.dur > 160:
                    w["notes"] = "club tournament, 4 matches"
            elif s.kind == "hike" and self.status[s.day] == "vacation":
                w["notes"] = "holiday hike" if r.random() < 0.5 else None
            if w.get("notes") is None:
                w.pop("notes", None)
            out.append(w)
            if r.random() < 0.015:
                out.append(dict(w))   # overlapping export repeats the session
            # session drinks
            if s.fluid_logged:
                for (t, ml, drink, na) in s.drinks:
                    f = {"type": "fluid", "time": ck.iso(t), "ml": self.ml_val(ml), "drink": drink}
                    if na is not None:
                        f["sodium_mg"] = na
                    out.append(f)
            if s.pre_kg is not None:
                out.append({"type": "body_mass", "id": f"scale-{int(ck.aware(s.start).timestamp()) - 1500}",
                            "time": ck.iso(s.start - timedelta(minutes=r.randint(10, 40))),
                            "kg": self.mass_val(s.pre_kg), "context": "pre_workout"})
                out.append({"type": "body_mass", "id": f"scale-{int(ck.aware(s.end).timestamp()) + 1200}",
                            "time": ck.iso((s.end + timedelta(minutes=r.randint(10, 40))).replace(second=0)),
                            "kg": self.mass_val(s.post_kg), "context": "post_workout"})
        # morning weigh-ins
        for i in range(self.n):
            if self.status[i] in ("vacation",) or self.trip.get(i):
                continue
            if r.random() < self.p_morning_weigh * (0.7 if self.status[i] == "weekend" else 1.0):
                ni = self.sleep_of(i - 1)
                t = (ni[2] if ni else self.local(i, 6.8)) + timedelta(minutes=r.randint(5, 35))
                kg = self.true_mass[i] + r.gauss(0, 0.3)
                out.append({"type": "body_mass", "id": f"scale-{int(ck.aware(t).timestamp())}",
                            "time": ck.iso(t), "kg": self.mass_val(kg), "context": "morning"})
        # sleep
        rate_weeks = {w for w in range(self.n // 7 + 1) if r.random() < 0.4}
        for (i, b, w, lg) in self.nights:
            if not lg:
                continue
            e = {"type": "sleep", "id": f"sleep-{self.dates[i].isoformat()}", "time": ck.iso(b)}
            if r.random() < 0.08:
                e["hours"] = round((w - b).total_seconds() / 3600, 1)
            else:
                e["end"] = ck.iso(w)
            if i // 7 in rate_weeks:
                hrs = (w - b).total_seconds() / 3600
                e["quality"] = int(min(5, max(1, round(3 + (hrs - self.sleep_median) * 0.8 + r.gauss(0, 0.7)))))
            out.append(e)
        # meals and diary drinks
        mid = r.getrandbits(32)
        for (a, b, is_def, w) in self.blocks:
            for i in range(a, min(b, self.n)):
                if r.random() > 0.9:
                    continue
                work = self.status[i] == "work"
                slots = [("breakfast", (6.5 if work else 8.8) + r.uniform(-0.2, 0.4)),
                         ("lunch", r.uniform(12.3, 13.6)), ("dinner", r.uniform(19.2, 20.8))]
                if r.random() < 0.65:
                    slots.append(("snack", r.choice([r.uniform(15.5, 16.8), r.uniform(21.0, 22.0)])))
                for slot, hr in slots:
                    if r.random() > 0.9:
                        continue
                    mid += r.randint(1, 50)
                    t = ck.iso(self.local(i, hr).replace(second=0, microsecond=0))
                    if slot in ("lunch", "dinner") and r.random() < 0.05:
                        out.append({"type": "meal", "id": f"diary-{mid}", "time": t,
                                    "energy_kcal": r.randint(650, 1200), "sodium_mg": r.randint(1200, 2600),
                                    "notes": "restaurant"})
                        continue
                    src = HEALTHY if r.random() < w else PROCESSED
                    tmpl = r.choice(src[slot])
                    items = []
                    for f, g in tmpl:
                        g2 = max(5, round(g * self.portion * (0.85 if is_def else 1.0) * r.uniform(0.8, 1.25) / 5) * 5)
                        items.append({"ndb_no": FOODS[f][0], "grams": g2})
                    out.append({"type": "meal", "id": f"diary-{mid}", "time": t, "items": items})
                # diary drinks
                for _ in range(r.randint(1, 3) if work else r.randint(0, 2)):
                    out.append({"type": "fluid", "time": ck.iso(self.local(i, r.uniform(7.5, 16)).replace(second=0, microsecond=0)),
                                "ml": r.choice([100, 150, 200]), "drink": "coffee"})
                for _ in range(r.randint(1, 4)):
                    out.append({"type": "fluid", "time": ck.iso(self.local(i, r.uniform(9, 22)).replace(second=0, microsecond=0)),
                                "ml": self.ml_val(r.choice([250, 330, 500])), "drink": "water"})
                if self.status[i] != "work" and r.random() < 0.4:
                    out.append({"type": "fluid", "time": ck.iso(self.local(i, r.uniform(19, 22.5)).replace(second=0, microsecond=0)),
                                "ml": r.choice([330, 500]), "drink": "beer"})
        # medications
        out.extend(self.med_entries)
        # supplements: bought magnesium after a bad stretch (never during the deficient block)
        self.supplements(episodes, out)
        # episodes
        for e in sorted(episodes, key=lambda e: e["t"]):
            out.append(self.episode_obj(e))
        # (exports are concatenated per source, not time-sorted)
        return out

    def supplements(self, episodes, out):
        r = self.rng
        if r.random() > 0.3:
            return
        avoid = set()
        for (a, b, is_def, _) in self.blocks:
            if is_def:
                avoid.update(range(a, b + 30))
        ts = sorted(e["t"] for e in episodes)
        start = None
        for k in range(len(ts) - 2):
            if ts[k + 2] - ts[k] <= timedelta(days=14):
                d = (ts[k + 2].date() - self.t0).days + 1
                if d < self.n - 10 and d not in avoid:
                    start = d
                    break
        if start is None:
            return
        dose = r.choice([150, 200, 250, 300])
        name = r.choice(["magnesium citrate", "magnesium bisglycinate", "Magnesium 300 (brand)"])
        for i in range(start, min(self.n, start + r.randint(14, 40))):
            if i in avoid:
                break
            if r.random() < 0.75:
                t = self.local(i, r.uniform(21.0, 22.5)).replace(second=0, microsecond=0)
                out.append({"type": "supplement", "time": self.clock.iso(t), "name": name,
                            "magnesium_mg": dose})

    def episode_obj(self, e):
        r = self.rng
        kind, m = e["kind"], e["muscle"]
        o = {"type": "episode", "time": self.clock.iso(e["t"])}
        o["kind"] = "cramp" if (kind == "spasm" and r.random() < 0.1) else kind
        o["muscle"] = ALIASES.get(m, m) if r.random() < 0.1 else m
        side = e["side"]
        if side is None and r.random() < 0.85 and m not in ("abdomen", "neck"):
            side = r.choice(["left", "right"]) if m != "eyelid" or r.random() < 0.9 else "both"
        if side is not None:
            o["side"] = side
        if kind == "spasm":
            dur = min(1200, math.exp(r.gauss(math.log(70), 0.8)) * e["sev"])
            pain = int(min(10, max(2, round(r.gauss(6.2, 1.5) * e["sev"]))))
        else:
            dur = min(3600, math.exp(r.gauss(math.log(40 if m != "eyelid" else 120), 0.9)))
            pain = int(r.random() < 0.3)
        if r.random() < 0.85:
            o["duration_s"] = int(round(dur / 5) * 5) or 5
        if r.random() < 0.9:
            o["pain"] = pain
        if r.random() < 0.9:
            o["during"] = e["during"]
        if kind == "spasm" and r.random() < 0.8:
            rel = ["stretching"] if r.random() < 0.8 else []
            if r.random() < 0.3:
                rel.append("massage")
            if r.random() < 0.2:
                rel.append(r.choice(["walking_it_off", "hydration", "heat", "pickle_juice", "rest"]))
            if rel:
                o["relief"] = rel
                o["relieved"] = r.random() < 0.92
        if r.random() < 0.05:
            o["flags"] = {"numbness_tingling": False, "swelling": False, "weakness": False}
        if r.random() < 0.15:
            if e["during"] == "sleep":
                o["notes"] = r.choice(["woke me up", "middle of the night again", "had to stand up"])
            elif e["during"] == "exercise":
                o["notes"] = r.choice(["had to stop", "near the end", "on the way home"])
            elif kind == "twitch":
                o["notes"] = r.choice(["annoying", "on and off all afternoon", "at my desk"])
            else:
                o["notes"] = r.choice(["at my desk", "on the sofa", "in the shower"])
        return o

    # ---------------------------------------------------------------- build
    def world(self):
        self.person()
        self.period()
        self.weather()
        self.calendar()
        self.sessions()
        self.acwr()
        self.sleep()
        self.meal_blocks()
        self.meds()
        self.body()

    def finish(self) -> BlindJournal:
        eps = self.background() + self.plant()
        objs = self.emit(eps)
        self.episodes = eps
        start = self.clock.aware(datetime.combine(self.dates[0], dtime(0)))
        stop = self.clock.aware(datetime.combine(self.dates[-1], dtime(23, 59, 59)))
        return BlindJournal(cause=self.cause, objects=objs, start=start, stop=stop)
