"""Blind synthetic cramp journals, generator N: the quantified-self enthusiast.

Point of view
-------------
The journal is what a data-loving amateur athlete exports from their devices and a
habit-tracking app, written without knowledge of how the analysing product works, only from
``spec/journal.md``, ``spec/vocabulary.md`` and ``research/evidence.md``.

* The seed picks the person (``seed % 6``): an amateur triathlete, a mountain-bike racer, a
  rowing-machine and spin-class regular, a trail runner living at altitude, a dancer, or a soccer
  referee.  Sex, age, body, home city (and so climate, time zone and US/metric units), habits and
  supplements vary with the seed.
* Watch workouts: duration, activity, average heart rate, distance, muscle groups fixed by the
  workout type, RPE from the app on most sessions, temperature/humidity from a weather service
  for outdoor sessions (sometimes also attached to indoor ones, where it says nothing about the
  gym).  Indoor trainers in winter, outdoor rides in summer, skiing in snow, races and "epic"
  days, illness/holiday breaks, occasional extra activities.
* Smart scale: every morning, and pre/post most sessions of an hour or more (in lb for some US
  users).  Smart bottle: drinks with drink type before, during and after sessions and through the
  day (in fl oz for some US users).  Ring: sleep every night, exported in UTC, with sync gaps.
  Food app: most days, real USDA SR28 food names with grams.  Supplements and medicines from the
  app.  Episodes are entered on the phone, often a little after onset (the logged time can lag
  by minutes to an hour; night cramps are given a rounded time), with muscle and kind and
  sometimes side, duration, pain, relief and flags.
* Noise in every journal: background episodes unrelated to any exposure (post-exercise twitches,
  eyelid twitches, night calf/foot cramps, cramps at rest, cramps in random sessions, unusual
  muscles), unrelated medicines (antihistamines, antibiotics, paracetamol), and in non-medication
  journals sometimes a short course of a cramp-listed medicine that changes nothing.  All
  exposures (hot days, under-drinking, plain-water long sessions, epic days, load spikes, short
  nights) occur at their natural rates and keep their natural correlations (e.g. hot days raise
  sweat loss) in every journal; only the planted one raises the episode rate.

Planting (the planted cause is the only exposure that raises risk)
------------------------------------------------------------------
For every cause the exposed units are computed from the simulated "true" values behind the
logged data; a target number of planted episodes (about 9-17, scaled with journal length) is
drawn among exposed units with weights growing with the dose, never more than ~60 % of the
exposed units (so many exposed units stay episode-free), and about 3-7 background episodes are
added.  ``cause=None`` has only background episodes (about 9-14).  Typical planted journals have
15-19 episodes (range ~9-22), about 70 % of them planted.

* ``dehydration`` (ev. 2.1, vocabulary: mass loss >= 2 %, low intake vs sweat): a heavy sweater
  (1.25-1.55 L/h) who normally drinks well but on some long sessions leaves the bottle behind or
  runs it dry: those sessions show one or two small bottle drinks (sometimes a note) and a
  pre/post scale loss of ~2-4.5 %.  Exposure: true loss >= 2 % of body mass; episodes
  (calf/hamstring/quadriceps, late in the session or within ~1.5 h) in a third to a half of them.
  Drink types, heat and session length keep the person's natural pattern.
* ``electrolyte_loss`` (ev. 2.2, 4.2, 4.3): a heavy, salty sweater (sweat Na ~1.3-1.6 g/L) who
  drinks enough volume (mass loss mostly < 2 %) but on many long sweaty sessions drinks only plain
  water; on the other long sessions high-sodium electrolyte drinks (sodium_mg given), ORS and
  salt capsules.  Exposure: sweat sodium not replaced >= 2.5 g with >= 1.7 L sweat, i.e. long
  sweaty sessions on plain water; episodes late in the session, after it or that evening, a
  third of the time widespread (a second muscle: abdomen, hands, thighs).
* ``muscle_fatigue`` (ev. 2.3, 1.4, 4.11): "epic" sessions (1.5-2.1x the usual long session, or a
  race effort at RPE 9-10) in about half the weeks, plus all-out efforts (time trial, FTP test,
  RPE 9-10) on ordinary sessions in ~40 % of weeks (natural rates 20 % / 10 %); the rest of those
  weeks is trimmed so weekly load and the acute:chronic ratio stay flat.  A small share of the
  planted episodes go to sessions working the same leg muscles as the day before after 3+ days
  without rest.  Episodes in the worked two-joint muscles, late in or just after the session.
* ``training_load_spike`` (ev. 2.4, 4.6): 2-4 blocks (training camp, holiday riding, comeback
  after 10-15 days off) of 8-12 days with extra and double sessions so the 7-day load reaches
  >= 1.5x the 28-day weekly mean, individual sessions only ~1.2-1.4x longer.  Exposure: sessions
  on days with true ACWR >= 1.5; episodes during/after those sessions, a few the next night.
* ``heat`` (ev. 2.5, 6.3): a person in a hot city (Brisbane, Madrid, Seville, Sacramento, Boulder,
  New York, ...) whose 5-12 month journal straddles summer and who often does weekend long
  sessions at midday; drinks well and uses electrolyte drinks at the natural rate.  Exposure:
  outdoor sessions with apparent temperature >= 28 C (temperature plus a humidity term), weight
  growing with heat, short sessions included; episodes mostly during the session, sometimes
  abdomen/arms.  (Hot days also occur, without risk, in other journals, e.g. Austin, Houston.)
* ``nutrient_deficiency`` (ev. 2.6, 5.1-5.3): a phase of 5+ weeks (38-55 % of the journal) of a
  restrictive convenience diet (white bread, corn flakes, white rice, pasta, chicken, sweets;
  with or without dairy) whose logged foods give roughly 30-50 % of the magnesium and potassium
  reference intakes (and, without dairy, ~20 % of calcium); mineral supplements are never taken.
  Outside it the diet is varied and above the reference intakes.  Episodes start ~10 days into
  the phase, grow over three weeks and tail off a week after it: night calf/foot cramps,
  twitches and cramps at rest, cramps in sessions.
* ``sleep_debt`` (ev. 2.7, 4.8, 1.1): a person whose ring shows many short nights (1.6-3.5 h
  below their usual, sometimes two or three in a row).  Exposure: the waking day after a short
  night (weighted by the deficit and by a short night before it); episodes on that day: twitches
  (eyelid, calf) and cramps at rest, or cramps in that day's session.
* ``medication`` (ev. 2.10): a cramp-listed medicine (hydrochlorothiazide, chlorthalidone,
  spironolactone, salmeterol, formoterol, atorvastatin or nifedipine, chosen by age/sex) started
  25-45 % into the journal, sometimes stopped near the end.  Episodes start 4-12 days after the
  start and stop a few days after the end: night cramps, cramps at rest and in sessions.  Before
  the start only background episodes.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

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

UTC = timezone.utc


@dataclass
class BlindJournal:
    cause: str | None
    objects: list[dict]
    start: datetime
    stop: datetime


# ---------------------------------------------------------------------------------------------
# Static world: places, people, foods
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Location:
    city: str
    tz: str
    south: bool
    winter_high: float
    summer_high: float
    humidity: float
    us: bool


LOCATIONS: dict[str, Location] = {
    "sydney": Location("Sydney", "Australia/Sydney", True, 17.0, 27.0, 65.0, False),
    "brisbane": Location("Brisbane", "Australia/Brisbane", True, 21.0, 30.5, 68.0, False),
    "melbourne": Location("Melbourne", "Australia/Melbourne", True, 14.0, 26.5, 58.0, False),
    "london": Location("London", "Europe/London", False, 8.0, 23.0, 72.0, False),
    "madrid": Location("Madrid", "Europe/Madrid", False, 10.0, 33.0, 40.0, False),
    "seville": Location("Seville", "Europe/Madrid", False, 16.0, 35.5, 48.0, False),
    "berlin": Location("Berlin", "Europe/Berlin", False, 3.0, 24.5, 70.0, False),
    "innsbruck": Location("Innsbruck", "Europe/Vienna", False, 3.0, 26.0, 65.0, False),
    "chamonix": Location("Chamonix", "Europe/Paris", False, 2.0, 24.0, 65.0, False),
    "austin": Location("Austin", "America/Chicago", False, 17.0, 35.5, 60.0, True),
    "houston": Location("Houston", "America/Chicago", False, 17.0, 34.0, 74.0, True),
    "chicago": Location("Chicago", "America/Chicago", False, 0.0, 29.0, 66.0, True),
    "new_york": Location("New York", "America/New_York", False, 4.0, 29.5, 63.0, True),
    "boulder": Location("Boulder", "America/Denver", False, 7.0, 31.0, 35.0, True),
    "flagstaff": Location("Flagstaff", "America/Phoenix", False, 6.0, 28.5, 30.0, True),
    "sacramento": Location("Sacramento", "America/Los_Angeles", False, 13.0, 34.5, 40.0, True),
    "vancouver": Location("Vancouver", "America/Vancouver", False, 7.0, 22.0, 75.0, False),
}

# (activity, mean duration min, mean RPE, start hour, indoor, long, variant)
# variant: "" | "seasonal_bike" (indoor trainer when cold) | "spin" (outdoor ride when warm)
#          | "perform" (outdoor performance when warm) | "ski" (skiing when snowy)
Spec = tuple[str, float, float, float, bool, bool, str]


@dataclass(frozen=True)
class Persona:
    key: str
    label: str
    female_p: float
    birth: tuple[int, int]
    locations: tuple[str, ...]
    hot_locations: tuple[str, ...]
    week: tuple[tuple[Spec, ...], ...]
    muscles: dict[str, tuple[str, ...]]
    speeds: dict[str, float]
    extras: tuple[str, ...]
    gels: bool
    bedtime: float


PERSONAS: tuple[Persona, ...] = (
    Persona(
        "triathlete", "data-loving amateur triathlete", 0.4, (1972, 1996),
        ("sydney", "london", "madrid", "austin", "brisbane"), ("brisbane", "madrid"),
        (
            (("swimming", 55, 5, 6.0, True, False, ""),),
            (("cycling", 75, 7, 17.75, False, False, "seasonal_bike"),),
            (("running", 50, 6, 6.25, False, False, ""), ("strength", 40, 5, 19.0, True, False, "")),
            (("swimming", 60, 6, 6.0, True, False, ""), ("running", 35, 4, 18.0, False, False, "")),
            (),
            (("cycling", 170, 6, 7.5, False, True, "seasonal_bike"),),
            (("running", 95, 6, 7.0, False, True, ""),),
        ),
        {"running": ("calf", "hamstring", "quadriceps"), "cycling": ("quadriceps", "glute", "calf"),
         "swimming": ("shoulder", "upper_back", "triceps"),
         "strength": ("glute", "quadriceps", "hamstring", "abdomen")},
        {"running": 11.5, "cycling": 29.0, "swimming": 2.8},
        ("walking", "elliptical", "yoga"), True, 22.0,
    ),
    Persona(
        "mtb", "mountain-bike racer", 0.3, (1978, 2000),
        ("vancouver", "innsbruck", "boulder", "sacramento"), ("sacramento", "boulder"),
        (
            (),
            (("cycling", 80, 7, 17.5, False, False, "seasonal_bike"),),
            (("strength", 45, 6, 18.0, True, False, ""), ("yoga", 30, 3, 20.5, True, False, "")),
            (("cycling", 95, 6, 17.5, False, False, ""),),
            (("running", 40, 5, 7.0, False, False, ""),),
            (("cycling", 200, 7, 8.5, False, True, ""),),
            (("cycling", 120, 5, 9.0, False, True, ""),),
        ),
        {"cycling": ("quadriceps", "glute", "calf", "hamstring", "forearm"),
         "running": ("calf", "hamstring", "quadriceps"),
         "strength": ("quadriceps", "glute", "lower_back", "forearm"),
         "yoga": ("hamstring", "hip_flexor", "lower_back")},
        {"running": 10.5, "cycling": 17.5},
        ("hiking", "climbing", "walking"), True, 22.5,
    ),
    Persona(
        "rower_spinner", "rowing-machine and spin-class regular", 0.55, (1970, 1998),
        ("new_york", "london", "berlin", "chicago"), ("new_york", "chicago"),
        (
            (("rowing", 40, 7, 6.5, True, False, ""),),
            (("cycling", 45, 8, 18.5, True, False, "spin"),),
            (("cycling", 45, 8, 6.75, True, False, "spin"), ("strength", 45, 6, 18.0, True, False, "")),
            (("rowing", 45, 7, 6.5, True, False, ""), ("hiit", 30, 8, 18.5, True, False, "")),
            (),
            (("running", 85, 6, 9.0, False, True, ""),),
            (("rowing", 75, 6, 9.5, True, True, ""),),
        ),
        {"rowing": ("upper_back", "biceps", "forearm", "quadriceps", "hamstring", "glute"),
         "cycling": ("quadriceps", "calf", "glute", "hamstring"),
         "strength": ("chest", "shoulder", "quadriceps", "glute"),
         "hiit": ("quadriceps", "glute", "calf", "abdomen", "shoulder"),
         "running": ("calf", "hamstring", "quadriceps"), "walking": ("calf", "glute")},
        {"rowing": 12.5, "cycling": 27.0, "running": 10.5, "walking": 5.2},
        ("elliptical", "racket_sport", "yoga", "walking"), False, 23.0,
    ),
    Persona(
        "altitude_trail", "trail runner living at altitude", 0.45, (1975, 1999),
        ("boulder", "flagstaff", "chamonix"), ("boulder",),
        (
            (("yoga", 35, 3, 19.0, True, False, ""),),
            (("trail_running", 60, 7, 6.0, False, False, ""),),
            (("running", 45, 5, 6.0, False, False, ""), ("strength", 35, 5, 18.5, True, False, "")),
            (("trail_running", 75, 6, 6.0, False, False, ""),),
            (),
            (("trail_running", 150, 7, 7.0, False, True, ""),),
            (("hiking", 170, 4, 8.0, False, True, "ski"),),
        ),
        {"trail_running": ("calf", "quadriceps", "hamstring", "foot"),
         "running": ("calf", "hamstring", "quadriceps"), "hiking": ("calf", "quadriceps", "glute"),
         "strength": ("glute", "quadriceps", "hamstring", "abdomen"),
         "yoga": ("hamstring", "hip_flexor", "lower_back"),
         "skiing": ("quadriceps", "glute", "calf", "adductor")},
        {"trail_running": 8.5, "running": 11.0, "hiking": 4.0},
        ("cycling", "climbing", "walking"), True, 21.75,
    ),
    Persona(
        "dancer", "dancer", 0.75, (1985, 2003),
        ("berlin", "new_york", "madrid", "melbourne"), ("madrid", "new_york"),
        (
            (("dance", 120, 6, 10.0, True, False, ""),),
            (("dance", 150, 7, 10.0, True, False, ""), ("pilates", 50, 4, 17.5, True, False, "")),
            (("running", 40, 5, 7.0, False, False, ""), ("pilates", 45, 4, 12.0, True, False, "")),
            (("dance", 180, 7, 10.0, True, True, ""),),
            (("dance", 90, 6, 10.0, True, False, ""), ("running", 40, 5, 7.0, False, False, "")),
            (("dance", 150, 8, 15.0, True, True, "perform"),),
            (),
        ),
        {"dance": ("calf", "foot", "quadriceps", "hamstring", "adductor", "hip_flexor"),
         "pilates": ("abdomen", "hip_flexor", "glute", "lower_back"),
         "running": ("calf", "hamstring", "quadriceps")},
        {"running": 10.0},
        ("yoga", "walking", "strength"), False, 23.5,
    ),
    Persona(
        "referee", "soccer referee", 0.25, (1968, 1995),
        ("london", "madrid", "seville", "houston", "sydney"), ("seville", "madrid"),
        (
            (("walking", 45, 2, 18.0, False, False, ""),),
            (("running", 55, 8, 18.0, False, False, ""),),
            (("strength", 45, 6, 18.0, True, False, ""),),
            (("running", 50, 6, 18.0, False, False, ""),),
            (),
            (("team_sport", 105, 7, 15.0, False, True, ""),),
            (("running", 35, 3, 10.0, False, False, ""),),
        ),
        {"team_sport": ("calf", "hamstring", "quadriceps", "adductor"),
         "running": ("calf", "hamstring", "quadriceps"), "walking": ("calf", "glute"),
         "strength": ("glute", "quadriceps", "hamstring", "abdomen")},
        {"running": 11.0, "team_sport": 6.5, "walking": 5.5},
        ("cycling", "racket_sport", "swimming"), False, 22.75,
    ),
)

EXTRA_MUSCLES: dict[str, tuple[str, ...]] = {
    "walking": ("calf", "glute"), "elliptical": ("quadriceps", "glute", "calf"),
    "yoga": ("hamstring", "hip_flexor", "lower_back"), "hiking": ("calf", "quadriceps", "glute"),
    "climbing": ("forearm", "fingers", "biceps", "upper_back"),
    "racket_sport": ("calf", "shoulder", "forearm", "quadriceps"),
    "cycling": ("quadriceps", "glute", "calf"), "swimming": ("shoulder", "upper_back", "triceps"),
    "strength": ("glute", "quadriceps", "chest", "shoulder"),
}
EXTRA_SPEC: dict[str, tuple[float, float, bool]] = {
    "walking": (50, 2, False), "elliptical": (40, 5, True), "yoga": (45, 3, True),
    "hiking": (150, 4, False), "climbing": (90, 6, True), "racket_sport": (75, 6, False),
    "cycling": (70, 5, False), "swimming": (40, 5, True), "strength": (45, 6, True),
}
SPEEDS_DEFAULT: dict[str, float] = {
    "walking": 5.3, "hiking": 4.0, "cycling": 25.0, "elliptical": 0.0, "swimming": 2.6,
}

# Where exercise cramps land, by activity (two-joint muscles first, ev. 1.4).
EP_MUSCLES: dict[str, tuple[tuple[str, float], ...]] = {
    "running": (("calf", 5), ("hamstring", 3), ("quadriceps", 2), ("foot", 1.2), ("toes", 0.4)),
    "trail_running": (("calf", 5), ("quadriceps", 3), ("hamstring", 2), ("foot", 2), ("toes", 0.5)),
    "cycling": (("quadriceps", 4), ("calf", 4), ("hamstring", 2), ("adductor", 0.6)),
    "swimming": (("calf", 4), ("foot", 4), ("toes", 1.5), ("hamstring", 1), ("hand", 0.5)),
    "rowing": (("hamstring", 3), ("calf", 2), ("forearm", 2), ("hand", 1.5), ("quadriceps", 1)),
    "team_sport": (("calf", 5), ("hamstring", 4), ("quadriceps", 2), ("adductor", 1.5)),
    "dance": (("calf", 4), ("foot", 4), ("toes", 2), ("hamstring", 2), ("quadriceps", 1),
              ("hip_flexor", 0.7)),
    "hiking": (("calf", 3), ("quadriceps", 3), ("hamstring", 1), ("foot", 1)),
    "skiing": (("quadriceps", 4), ("calf", 2), ("foot", 1.5), ("adductor", 1)),
    "strength": (("hamstring", 2), ("quadriceps", 2), ("calf", 1), ("glute", 0.5), ("abdomen", 0.5),
                 ("biceps", 0.4)),
    "hiit": (("calf", 3), ("quadriceps", 2), ("hamstring", 2), ("abdomen", 1)),
    "walking": (("calf", 3), ("foot", 2)),
    "yoga": (("foot", 3), ("calf", 2), ("hamstring", 2), ("toes", 1)),
    "pilates": (("foot", 3), ("calf", 2), ("hamstring", 2), ("abdomen", 1.5), ("toes", 1)),
    "climbing": (("forearm", 4), ("hand", 3), ("fingers", 2), ("calf", 1)),
    "racket_sport": (("calf", 4), ("hamstring", 2), ("forearm", 1.5), ("hand", 1.5)),
    "elliptical": (("calf", 3), ("quadriceps", 2), ("foot", 1)),
}
MTB_EXTRA = (("forearm", 1.2), ("hand", 0.8))

NIGHT_MUSCLES = (("calf", 6), ("foot", 2.5), ("toes", 1), ("hamstring", 0.6))
REST_TWITCH_MUSCLES = (("eyelid", 4), ("calf", 2.5), ("quadriceps", 1), ("hand", 0.8),
                       ("fingers", 0.4), ("face", 0.5), ("biceps", 0.5), ("abdomen", 0.4),
                       ("foot", 0.5))
REST_SPASM_MUSCLES = (("foot", 3), ("calf", 3), ("hamstring", 1.2), ("hand", 1), ("toes", 1),
                      ("neck", 0.6), ("lower_back", 0.5), ("abdomen", 0.4), ("fingers", 0.4))

# Food-app meal templates: (food name as in USDA SR28, grams).
Meal = tuple[tuple[str, float], ...]
BREAKFAST_OK: tuple[Meal, ...] = (
    (("Cereals, oats, regular and quick, not fortified, dry", 80),
     ("Milk, lowfat, fluid, 1% milkfat, with added vitamin A and vitamin D", 250),
     ("Blueberries, raw", 80), ("Almonds", 20)),
    (("Yogurt, Greek, plain, nonfat", 200), ("Cereals ready-to-eat, granola, homemade", 50),
     ("Bananas, raw", 120)),
    (("Bread, whole-wheat, commercially prepared", 80), ("Egg, whole, cooked, scrambled", 120),
     ("Avocados, raw, all commercial varieties", 70), ("Oranges, raw, all commercial varieties", 130)),
    (("Cereals, oats, regular and quick, not fortified, dry", 70),
     ("Soymilk, original and vanilla, with added calcium, vitamins A and D", 250),
     ("Bananas, raw", 110), ("Seeds, chia seeds, dried", 12)),
)
LUNCH_OK: tuple[Meal, ...] = (
    (("Quinoa, cooked", 180), ("Chicken, broilers or fryers, breast, meat only, cooked, roasted", 130),
     ("Spinach, raw", 60), ("Tomatoes, red, ripe, raw, year round average", 100),
     ("Hummus, commercial", 50)),
    (("Bread, whole-wheat, commercially prepared", 90),
     ("Fish, tuna, light, canned in water, drained solids", 100), ("Lettuce, cos or romaine, raw", 50),
     ("Cheese, cheddar", 30), ("Apples, raw, with skin", 180)),
    (("Lentils, mature seeds, cooked, boiled, without salt", 200), ("Rice, brown, long-grain, cooked", 150),
     ("Carrots, raw", 80), ("Yogurt, Greek, plain, nonfat", 120)),
    (("Beans, black, mature seeds, cooked, boiled, without salt", 150),
     ("Rice, brown, long-grain, cooked", 150), ("Avocados, raw, all commercial varieties", 60),
     ("Cheese, cheddar", 25), ("Peppers, sweet, red, raw", 60)),
)
DINNER_OK: tuple[Meal, ...] = (
    (("Fish, salmon, Atlantic, farmed, cooked, dry heat", 150),
     ("Potatoes, baked, flesh and skin, without salt", 250), ("Broccoli, raw", 150)),
    (("Pasta, cooked, enriched, without added salt", 220),
     ("Beef, ground, 85% lean meat / 15% fat, patty, cooked, broiled", 120),
     ("Tomatoes, red, ripe, raw, year round average", 150), ("Cheese, parmesan, grated", 15),
     ("Kale, raw", 60)),
    (("Tofu, raw, firm, prepared with calcium sulfate", 150), ("Rice, brown, long-grain, cooked", 200),
     ("Broccoli, raw", 120), ("Peppers, sweet, red, raw", 80)),
    (("Chicken, broilers or fryers, thigh, meat only, cooked, roasted", 150),
     ("Sweet potato, cooked, baked in skin, flesh, without salt", 200),
     ("Beans, black, mature seeds, cooked, boiled, without salt", 120), ("Spinach, raw", 50)),
    (("Fish, cod, Atlantic, cooked, dry heat", 170), ("Quinoa, cooked", 170),
     ("Squash, summer, zucchini, includes skin, raw", 150), ("Cheese, mozzarella, whole milk", 30)),
    (("Pizza, pepperoni topping, regular crust, frozen, cooked", 280), ("Lettuce, cos or romaine, raw", 60)),
)
SNACK_OK: tuple[Meal, ...] = (
    (("Bananas, raw", 120),), (("Yogurt, Greek, plain, nonfat", 170), ("Honey", 10)),
    (("Trail mix, regular", 40),), (("Chocolate, dark, 70-85% cacao solids", 25), ("Almonds", 15)),
    (("Apples, raw, with skin", 170), ("Peanut butter, smooth style, without salt", 32)),
    (("Seeds, pumpkin and squash seed kernels, roasted, without salt", 25), ("Raisins, seedless", 30)),
    (("Milk, lowfat, fluid, 1% milkfat, with added vitamin A and vitamin D", 300),),
    (("Cheese, cheddar", 30), ("Crackers, whole-wheat", 30)),
    (("Snacks, granola bars, hard, plain", 45),), (("Yogurt, plain, lowfat, 12 grams protein per 8 oz", 200),),
)
BREAKFAST_LOW: tuple[Meal, ...] = (
    (("Bread, white, commercially prepared (includes soft bread crumbs)", 60), ("Jams and preserves", 20),
     ("Butter, with salt", 10)),
    (("Cereals ready-to-eat, corn flakes", 45), ("Sugars, granulated", 8), ("Orange juice, raw", 200)),
    (("Pancakes, plain, prepared from recipe", 120), ("Honey", 20)),
)
LUNCH_LOW: tuple[Meal, ...] = (
    (("Rice, white, long-grain, regular, enriched, cooked", 250),
     ("Chicken, broilers or fryers, breast, meat only, cooked, roasted", 110), ("Cucumber, with peel, raw", 40)),
    (("Bread, white, commercially prepared (includes soft bread crumbs)", 80),
     ("Ham, sliced, regular (approximately 11% fat)", 50), ("Crackers, saltines (includes oyster, soda, soup)", 20)),
    (("Noodles, egg, cooked, enriched", 250), ("Soup, chicken noodle, canned, prepared with equal volume water", 250)),
    (("Fast foods, hamburger; single, regular patty; plain", 110), ("Potato chips, plain, salted", 30)),
)
DINNER_LOW: tuple[Meal, ...] = (
    (("Pasta, cooked, enriched, without added salt", 280), ("Frankfurter, beef, unheated", 80),
     ("Oil, olive, salad or cooking", 10)),
    (("Rice, white, long-grain, regular, enriched, cooked", 260),
     ("Turkey, whole, meat only, cooked, roasted", 110), ("Onions, raw", 30)),
    (("Noodles, egg, cooked, enriched", 260),
     ("Chicken, broilers or fryers, breast, meat only, cooked, roasted", 100), ("Butter, with salt", 10)),
)
SNACK_LOW: tuple[Meal, ...] = (
    (("Cookies, chocolate chip, commercially prepared, regular, lower fat", 40),),
    (("Candies, gumdrops", 40),), (("Crackers, saltines (includes oyster, soda, soup)", 30),),
    (("Apples, raw, with skin", 150),),
    (("Bread, white, commercially prepared (includes soft bread crumbs)", 40), ("Jams and preserves", 20)),
)
DAIRY_ADDONS: tuple[Meal, ...] = (
    (("Milk, lowfat, fluid, 1% milkfat, with added vitamin A and vitamin D", 250),),
    (("Cheese, cheddar", 40),), (("Ice creams, vanilla", 120),),
)

DAILY_SUPPLEMENTS: tuple[tuple[str, dict[str, float], float], ...] = (
    ("Vitamin D3 2000 IU", {}, 7.5),
    ("Fish oil 1000 mg", {}, 7.6),
    ("Creatine monohydrate 5 g", {}, 12.5),
    ("Multivitamin", {"magnesium_mg": 50.0, "calcium_mg": 160.0, "potassium_mg": 80.0}, 7.7),
    ("Magnesium glycinate", {"magnesium_mg": 200.0}, 21.5),
)
MINERAL_SUPPLEMENTS = {"Multivitamin", "Magnesium glycinate"}

DRINK_NA = {"water": 0.0, "sports_drink": 460.0, "electrolyte_drink": 1000.0, "ors": 1725.0,
            "coconut_water": 250.0, "milk": 430.0}

INDOOR_TEMP = {"cycling": 24.0, "hiit": 24.0, "dance": 24.0, "rowing": 22.0}
SWEAT_FACTOR = {"swimming": 0.35, "yoga": 0.4, "pilates": 0.45, "walking": 0.5, "strength": 0.7,
                "climbing": 0.6, "dance": 0.55, "hiking": 0.8}


# ---------------------------------------------------------------------------------------------
# Simulation state
# ---------------------------------------------------------------------------------------------


@dataclass
class Session:
    day: int
    start: datetime  # UTC
    duration: float  # minutes
    activity: str
    rpe: float  # true session RPE
    indoor: bool
    long: bool
    muscles: tuple[str, ...]
    big: bool = False
    block: bool = False
    temp_weather: float = 20.0
    rh_weather: float = 50.0
    temp_exposed: float = 20.0
    rh_exposed: float = 50.0
    sweat_l: float = 0.0
    intake_l: float = 0.0
    drink: str = "water"
    drink_na: float = 0.0
    explicit_na: bool = False
    salt_caps: int = 0
    gels: int = 0
    low_drink: bool = False
    loss_kg: float = 0.0
    na_unreplaced: float = 0.0
    notes: str | None = None

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.duration)

    @property
    def load(self) -> float:
        return self.duration * self.rpe


@dataclass
class Night:
    day: int  # bedtime evening of this day
    bed: datetime
    wake: datetime
    hours: float
    short: bool = False


@dataclass
class EpisodePlan:
    onset: datetime
    kind: str
    muscle: str
    during: str
    planted: bool
    note: str | None = None


@dataclass
class Person:
    persona: Persona
    loc: Location
    tz: ZoneInfo
    sex: str
    birth_year: int
    mass0: float
    height: float
    usual_sleep: float
    sweat_rate: float
    sweat_na: float
    drink_frac: float
    na_drink_p: float
    low_drink_p: float
    lb: bool
    oz: bool
    degf: bool
    supplements: list[tuple[str, dict[str, float], float]] = field(default_factory=list)
    salt_caps: bool = False


def _wchoice(rng: random.Random, items: tuple[tuple[str, float], ...] | list[tuple[str, float]]) -> str:
    total = sum(w for _, w in items)
    x = rng.random() * total
    for name, w in items:
        x -= w
        if x <= 0:
            return name
    return items[-1][0]


def _weighted_sample(rng: random.Random, items: list, weights: list[float], k: int) -> list:
    """Weighted sampling without replacement (Efraimidis-Spirakis)."""
    keyed = []
    for it, w in zip(items, weights):
        if w <= 0:
            continue
        keyed.append((rng.random() ** (1.0 / w), id(it), it))
    keyed.sort(key=lambda t: (-t[0], t[1]))
    return [t[2] for t in keyed[:k]]


def _clip(x: float, lo: float, hi: float) -> float:
    return max(lo, min(x, hi))


class _Gen:
    def __init__(self, cause: str | None, seed: int) -> None:
        if cause is not None and cause not in CAUSES:
            raise ValueError(f"unknown cause {cause!r}; expected one of {CAUSES} or None")
        self.cause = cause
        self.seed = seed
        self.rng = random.Random(f"blind-journals-n:{cause}:{seed}")
        self.objects: list[tuple[datetime, dict]] = []
        self.counters: dict[str, int] = {}
        self.tag = f"{seed:03d}{(CAUSES.index(cause) + 1) if cause else 0}"

    # -- helpers -------------------------------------------------------------------------------
    def _id(self, prefix: str) -> str:
        n = self.counters.get(prefix, 0) + 1
        self.counters[prefix] = n
        return f"{prefix}-{self.tag}-{n:05d}"

    def local(self, d: int, hour: float) -> datetime:
        day = self.start_date + timedelta(days=d)
        h = int(hour // 1)
        m = round((hour - h) * 60)
        base = datetime(day.year, day.month, day.day, tzinfo=self.p.tz)
        return (base + timedelta(hours=h, minutes=m)).astimezone(UTC)

    def fmt(self, t: datetime, seconds: bool = False) -> str:
        lt = t.astimezone(self.p.tz)
        if not seconds:
            lt = lt.replace(second=0, microsecond=0)
        return lt.isoformat(timespec="seconds")

    def emit(self, t: datetime, obj: dict) -> None:
        self.objects.append((t, obj))

    def day_of(self, t: datetime) -> int:
        return (t.astimezone(self.p.tz).date() - self.start_date).days

    def hour_of(self, t: datetime) -> float:
        lt = t.astimezone(self.p.tz)
        return lt.hour + lt.minute / 60.0

    # -- setup -----------------------------------------------------------------------------------
    def setup(self) -> None:
        rng = self.rng
        persona = PERSONAS[self.seed % len(PERSONAS)]
        loc_key = rng.choice(persona.hot_locations if self.cause == "heat" else persona.locations)
        loc = LOCATIONS[loc_key]
        sex = "female" if rng.random() < persona.female_p else "male"
        birth = rng.randint(*persona.birth)
        if sex == "female":
            height = _clip(rng.gauss(167, 6), 152, 185)
        else:
            height = _clip(rng.gauss(179, 7), 162, 198)
        bmi = rng.uniform(20.0, 24.0) if persona.key != "referee" else rng.uniform(22.0, 26.0)
        mass0 = round(bmi * (height / 100) ** 2, 1)
        cause = self.cause
        sweat_rate = _clip(rng.gauss(1.0, 0.18), 0.6, 1.4)
        sweat_na = _clip(rng.gauss(800, 200), 400, 1150)
        drink_frac = _clip(rng.gauss(0.6, 0.1), 0.35, 0.85)
        na_drink_p = rng.uniform(0.2, 0.6)
        low_drink_p = rng.uniform(0.05, 0.1)
        if cause == "dehydration":
            sweat_rate = rng.uniform(1.25, 1.55)
            drink_frac = rng.uniform(0.75, 0.9)
            low_drink_p = 0.0
        elif cause == "electrolyte_loss":
            sweat_rate = rng.uniform(1.25, 1.5)
            sweat_na = rng.uniform(1300, 1600)
            drink_frac = rng.uniform(0.75, 0.95)
            low_drink_p = 0.02
        elif cause == "heat":
            drink_frac = rng.uniform(0.7, 0.85)
            low_drink_p = 0.03
        us = loc.us
        self.p = Person(
            persona=persona, loc=loc, tz=ZoneInfo(loc.tz), sex=sex, birth_year=birth,
            mass0=mass0, height=round(height, 0), usual_sleep=rng.uniform(6.9, 8.1),
            sweat_rate=sweat_rate, sweat_na=sweat_na, drink_frac=drink_frac,
            na_drink_p=na_drink_p, low_drink_p=low_drink_p,
            lb=us and rng.random() < 0.8, oz=us and rng.random() < 0.7,
            degf=us and rng.random() < 0.6,
        )
        # supplements
        n_sup = rng.randint(1, 3)
        pool = list(DAILY_SUPPLEMENTS)
        if cause == "nutrient_deficiency":
            pool = [s for s in pool if s[0] not in MINERAL_SUPPLEMENTS]
        if persona.key not in ("rower_spinner", "mtb", "referee"):
            pool = [s for s in pool if not s[0].startswith("Creatine")]
        self.p.supplements = rng.sample(pool, min(n_sup, len(pool)))
        self.p.salt_caps = persona.gels and rng.random() < 0.5
        # period
        length = rng.randint(150 if cause == "heat" else 92, 365)
        self.length = length
        earliest = date(2024, 1, 1)
        latest = date(2026, 10, 31) - timedelta(days=length)
        span = (latest - earliest).days
        if cause == "heat":
            # cover the warm season: local summer peak around late July (north) / late January
            peak_md = (1, 25) if loc.south else (7, 25)
            candidates = []
            for y in (2024, 2025, 2026):
                peak = date(y, *peak_md)
                lo = peak - timedelta(days=length - 45)
                hi = peak - timedelta(days=45)
                if length < 150:
                    lo = peak - timedelta(days=int(length * 0.75))
                    hi = peak - timedelta(days=int(length * 0.25))
                lo = max(lo, earliest)
                hi = min(hi, latest)
                if lo <= hi:
                    candidates.append((lo, hi))
            lo, hi = rng.choice(candidates)
            self.start_date = lo + timedelta(days=rng.randint(0, (hi - lo).days))
        else:
            self.start_date = earliest + timedelta(days=rng.randint(0, span))
        self.start = datetime(self.start_date.year, self.start_date.month, self.start_date.day,
                              tzinfo=self.p.tz).astimezone(UTC)
        end_date = self.start_date + timedelta(days=length)
        self.stop = datetime(end_date.year, end_date.month, end_date.day,
                             tzinfo=self.p.tz).astimezone(UTC)
        years = length / 365.0
        if cause is None:
            self.n_planted = 0
            self.n_background = round(rng.uniform(7, 10) + years * rng.uniform(3, 6))
        else:
            self.n_planted = round(rng.uniform(8, 11) + years * rng.uniform(3, 6))
            self.n_background = round(rng.uniform(2, 3.5) + years * rng.uniform(2, 4))

    # -- weather -----------------------------------------------------------------------------------
    def weather(self) -> None:
        rng = self.rng
        loc = self.p.loc
        self.t_high: list[float] = []
        self.rh_day: list[float] = []
        a = rng.gauss(0, 2)
        for d in range(self.length):
            day = self.start_date + timedelta(days=d)
            doy = day.timetuple().tm_yday
            shift = 20 + (182 if loc.south else 0)
            frac = (1 - math.cos(2 * math.pi * (doy - shift) / 365.25)) / 2
            a = 0.72 * a + rng.gauss(0, 2.6)
            t = loc.winter_high + (loc.summer_high - loc.winter_high) * frac + a
            rh = _clip(loc.humidity + rng.gauss(0, 9) - 0.9 * a, 12, 97)
            self.t_high.append(t)
            self.rh_day.append(rh)
        self.season = [
            (self.t_high[d] - loc.winter_high) / max(1.0, loc.summer_high - loc.winter_high)
            for d in range(self.length)
        ]

    def temp_at(self, d: int, hour: float) -> tuple[float, float]:
        d = min(max(d, 0), self.length - 1)
        th = self.t_high[d]
        amp = 11.0 if self.p.loc.humidity < 45 else 8.0
        t = th - amp * (1 - math.cos(2 * math.pi * (hour - 15.0) / 24.0)) / 2
        rh = _clip(self.rh_day[d] + (th - t) * 2.4, 8, 100)
        return t, rh

    # -- training plan -----------------------------------------------------------------------------
    def plan_training(self) -> None:
        rng = self.rng
        persona = self.p.persona
        cause = self.cause
        L = self.length
        # breaks: illness, travel, holiday
        self.break_days: set[int] = set()
        n_breaks = rng.choice((0, 1, 1, 2)) if L > 120 else rng.choice((0, 0, 1))
        for _ in range(n_breaks):
            b0 = rng.randint(20, max(21, L - 15))
            for d in range(b0, min(L, b0 + rng.randint(5, 11))):
                self.break_days.add(d)
        # spike blocks
        self.block_days: set[int] = set()
        blocks: list[int] = []
        if cause == "training_load_spike":
            n_blocks = 2 if L < 170 else rng.randint(3, 4)
            gap = (L - 45) // n_blocks
            for i in range(n_blocks):
                b0 = 40 + i * gap + rng.randint(0, max(0, gap - 16))
                blocks.append(b0)
        elif rng.random() < 0.35 and L > 80:
            blocks.append(rng.randint(35, L - 12))
        self.block_len: dict[int, int] = {}
        for b0 in blocks:
            blen = rng.randint(8, 12) if cause == "training_load_spike" else rng.randint(6, 10)
            if cause == "training_load_spike" and rng.random() < 0.5:
                # comeback after a break: ten days to a fortnight off before the block
                for d in range(max(0, b0 - rng.randint(10, 15)), b0):
                    self.break_days.add(d)
            for d in range(b0, min(L, b0 + blen)):
                self.block_days.add(d)
                self.break_days.discard(d)
        big_week_p = 0.5 if cause == "muscle_fatigue" else 0.2
        hard_week_p = 0.4 if cause == "muscle_fatigue" else 0.1
        long_boost = rng.uniform(1.1, 1.3) if cause in ("electrolyte_loss", "dehydration") else 1.0
        sessions: list[Session] = []
        week_factor = 1.0
        n_weeks = (L + self.start_date.weekday()) // 7 + 1
        week_big = [rng.random() < big_week_p for _ in range(n_weeks + 1)]
        week_hard = [rng.randint(0, 6) if rng.random() < hard_week_p else 99 for _ in range(n_weeks + 1)]
        hard_done: set[int] = set()
        week_f = []
        for w in range(n_weeks + 1):
            week_factor = _clip(0.6 * week_factor + 0.4 * rng.gauss(1.0, 0.1), 0.8, 1.2)
            deload = persona.key in ("triathlete", "mtb") and w % 4 == 3
            week_f.append(week_factor * (0.78 if deload else 1.0))
        big_done: set[int] = set()
        longest = max(s[1] for wk in persona.week for s in wk if s[5])
        for d in range(L):
            day = self.start_date + timedelta(days=d)
            wd = day.weekday()
            w = (d + self.start_date.weekday()) // 7
            th = self.t_high[d]
            if d in self.break_days:
                if rng.random() < 0.25:
                    sessions.append(self._make_session(d, "walking", rng.uniform(25, 50), 2,
                                                       rng.uniform(9, 17), False, False,
                                                       EXTRA_MUSCLES["walking"]))
                continue
            specs = list(persona.week[wd])
            in_block = d in self.block_days
            if in_block:
                # camp / holiday / comeback: train every day, some doubles
                if not specs:
                    specs = [persona.week[(wd + 1) % 7][0] if persona.week[(wd + 1) % 7]
                             else persona.week[(wd + 2) % 7][0]]
                main = max((s for wk in persona.week for s in wk), key=lambda s: s[1] * s[2]
                           if not s[5] else 0)
                if rng.random() < 0.8:
                    hour2 = 17.0 if specs[0][3] < 12 else 7.0
                    specs.append((main[0], main[1] * 0.8, main[2], hour2, main[4], False, main[6]))
            for spec in specs:
                act, dur, rpe, hour, indoor, long, variant = spec
                if rng.random() < (0.03 if in_block else 0.09):
                    continue
                muscles = persona.muscles.get(act, EXTRA_MUSCLES.get(act, ("calf",)))
                if variant == "seasonal_bike":
                    indoor = th < (5.0 if persona.key == "mtb" else 11.0)
                elif variant == "spin" and th >= 20 and rng.random() < 0.5:
                    indoor, dur, rpe, hour = False, 75.0, 6.0, (7.0 if wd < 5 else 9.0)
                elif variant == "perform" and th >= 21 and rng.random() < 0.45:
                    indoor, hour = False, 19.0
                elif variant == "ski" and th < 4 and rng.random() < 0.65:
                    act, rpe = "skiing", 5.0
                    muscles = persona.muscles["skiing"]
                if persona.key == "referee" and wd == 6 and rng.random() < 0.35:
                    act, dur, rpe, hour, indoor, long = "team_sport", 80.0, 6.0, 10.0, False, True
                    muscles = persona.muscles["team_sport"]
                if cause == "heat" and long and not indoor and rng.random() < 0.6:
                    hour = rng.uniform(10.0, 13.5)
                f = week_f[w] * rng.uniform(0.86, 1.14)
                if in_block:
                    f *= rng.uniform(1.2, 1.4)
                elif cause == "muscle_fatigue" and (week_big[w] or week_hard[w] < 7):
                    f *= 0.85  # the rest of an "epic" week is trimmed, weekly load stays flat
                if long:
                    f *= long_boost
                r = _clip(rpe + rng.gauss(0, 0.7), 1, 10)
                s = self._make_session(d, act, dur * f, r, hour + rng.gauss(0, 0.3), indoor, long,
                                       muscles)
                s.block = in_block
                if long and dur >= 0.8 * longest and week_big[w] and w not in big_done and not in_block:
                    big_done.add(w)
                    s.big = True
                    if cause == "muscle_fatigue":
                        s.duration = s.duration / 0.85
                    if rng.random() < 0.65:
                        s.duration *= rng.uniform(1.5, 2.1)
                        s.rpe = _clip(s.rpe + rng.uniform(0.5, 1.5), 1, 10)
                    else:
                        s.duration *= rng.uniform(1.0, 1.3)
                        s.rpe = rng.uniform(8.8, 10)
                    s.notes = rng.choice((None, None, "race", "group ride/run, went too hard",
                                          "longest of the block", "extra time")) \
                        if persona.key != "dancer" else rng.choice((None, "tech rehearsal", "double show"))
                    if persona.key == "referee":
                        s.notes = rng.choice((None, "cup final, extra time", "two matches back to back"))
                elif (not long and not in_block and wd >= week_hard[w] and w not in hard_done
                      and rpe >= 5 and act not in ("yoga", "pilates", "walking")):
                    # an all-out effort on an ordinary session: unusually hard for this person
                    hard_done.add(w)
                    s.big = True
                    if cause == "muscle_fatigue":
                        s.duration = s.duration / 0.85
                    s.duration *= rng.uniform(1.0, 1.2)
                    s.rpe = rng.uniform(9.0, 10.0)
                    s.notes = rng.choice((None, None, "all out", "time trial", "new PB attempt",
                                          "FTP test", "fitness test"))
                sessions.append(s)
            # occasional extra activity
            if not in_block and rng.random() < 0.025:
                act = rng.choice(persona.extras)
                dur, rpe, indoor = EXTRA_SPEC[act]
                sessions.append(self._make_session(d, act, dur * rng.uniform(0.8, 1.2),
                                                   _clip(rpe + rng.gauss(0, 0.8), 1, 10),
                                                   rng.uniform(9, 18), indoor, dur >= 120,
                                                   EXTRA_MUSCLES[act]))
        sessions.sort(key=lambda s: s.start)
        # remove overlaps (same-day sessions too close)
        cleaned: list[Session] = []
        for s in sessions:
            if cleaned and s.start < cleaned[-1].end + timedelta(minutes=45):
                s.start = cleaned[-1].end + timedelta(minutes=rng.randint(60, 180))
                if self.day_of(s.start) != s.day or self.hour_of(s.start) > 21.5:
                    continue
            if s.start < self.start + timedelta(hours=4) or s.end > self.stop - timedelta(hours=6):
                continue
            cleaned.append(s)
        self.sessions = cleaned

    def _make_session(self, d: int, act: str, dur: float, rpe: float, hour: float, indoor: bool,
                      long: bool, muscles: tuple[str, ...]) -> Session:
        hour = _clip(hour, 5.0, 20.5)
        start = self.local(d, hour) + timedelta(seconds=self.rng.randint(0, 59))
        return Session(day=d, start=start, duration=max(12.0, dur), activity=act, rpe=rpe,
                       indoor=indoor, long=long, muscles=tuple(muscles))

    # -- physiology per session ------------------------------------------------------------------
    def physiology(self) -> None:
        rng = self.rng
        p = self.p
        cause = self.cause
        for s in self.sessions:
            h = self.hour_of(s.start) + s.duration / 120.0
            tw, rhw = self.temp_at(s.day, h)
            s.temp_weather, s.rh_weather = tw, rhw
            if s.indoor:
                s.temp_exposed = INDOOR_TEMP.get(s.activity, 21.0)
                s.rh_exposed = 45.0
            else:
                s.temp_exposed, s.rh_exposed = tw, rhw
            sr = p.sweat_rate * (0.45 + 0.55 * s.rpe / 6.0)
            sr *= max(0.6, 1 + 0.035 * (s.temp_exposed - 20.0))
            sr *= SWEAT_FACTOR.get(s.activity, 1.0)
            s.sweat_l = _clip(sr, 0.15, 2.6) * s.duration / 60.0
        # decide drinking behaviour; dehydration & electrolyte causes choose their exposed units
        mass = p.mass0
        chosen_low: set[int] = set()
        chosen_water: set[int] = set()
        if cause == "dehydration":
            elig = [i for i, s in enumerate(self.sessions)
                    if s.sweat_l >= 0.023 * mass and s.activity != "swimming"]
            k = min(round(2.1 * self.n_planted), round(0.65 * len(elig)))
            chosen_low = set(rng.sample(elig, k))
        if cause == "electrolyte_loss":
            elig = [i for i, s in enumerate(self.sessions)
                    if s.sweat_l * p.sweat_na >= 2800 and s.duration >= 75 and s.activity != "swimming"]
            k = min(round(1.7 * self.n_planted), round(0.65 * len(elig)))
            chosen_water = set(rng.sample(elig, k))
        for i, s in enumerate(self.sessions):
            if cause == "dehydration":
                low = i in chosen_low
            else:
                low = s.duration >= 45 and rng.random() < p.low_drink_p
            s.low_drink = low
            frac = rng.uniform(0.0, 0.12) if low else _clip(p.drink_frac + rng.gauss(0, 0.1), 0.2, 1.1)
            intake = frac * s.sweat_l
            if s.duration < 40:
                intake = min(intake, rng.choice((0.0, 0.15, 0.25)))
            if s.activity == "swimming":
                intake = min(intake, 0.4)
            intake = min(intake, 1.3 * s.duration / 60.0)
            if low:  # a dry session, but nobody keeps going at a 6 % deficit
                intake = max(intake, s.sweat_l - mass * rng.uniform(0.025, 0.045))
            s.intake_l = intake
            # drink type
            if cause == "electrolyte_loss":
                if i in chosen_water or s.duration < 75 or intake <= 0:
                    s.drink = "water"
                else:
                    # the salty sweater's plan: high-sodium tabs (1500 mg/L) or ORS, plus capsules
                    s.drink = rng.choice(("electrolyte_drink", "electrolyte_drink", "ors"))
                    s.drink_na = 1500.0 if s.drink == "electrolyte_drink" else DRINK_NA["ors"]
                    s.explicit_na = s.drink == "electrolyte_drink"
                    gap = s.sweat_l * p.sweat_na - intake * s.drink_na - rng.uniform(600, 1400)
                    s.salt_caps = min(8, max(0, math.ceil(gap / 215.0)))
            else:
                if s.duration >= 60 and intake > 0 and rng.random() < p.na_drink_p:
                    s.drink = rng.choice(("sports_drink", "sports_drink", "electrolyte_drink"))
                else:
                    s.drink = "water"
                s.drink_na = DRINK_NA.get(s.drink, 0.0)
                if s.drink == "electrolyte_drink" and rng.random() < 0.4:
                    s.drink_na, s.explicit_na = 600.0, True  # a lighter tablet brand
                if p.salt_caps and s.duration >= 120 and rng.random() < 0.5:
                    s.salt_caps = max(1, round(s.duration / 75))
            if p.persona.gels and s.duration >= 90 and s.activity in ("cycling", "running", "trail_running"):
                s.gels = int(s.duration // 45)
            na_in = intake * s.drink_na + 215.0 * s.salt_caps + 50.0 * s.gels
            s.na_unreplaced = s.sweat_l * p.sweat_na - na_in
            s.loss_kg = s.sweat_l - intake + 0.04 * s.duration / 60.0
        if cause == "heat":
            self._ensure_heat()

    def heat_index(self, s: Session) -> float:
        if s.indoor:
            return s.temp_exposed
        t, rh = s.temp_exposed, s.rh_exposed
        return t + max(0.0, rh - 45.0) * 0.12 * max(0.0, t - 20.0) / 5.0

    def _ensure_heat(self) -> None:
        """Heat journals: make sure there are enough hot outdoor sessions (a heat wave or two)."""
        rng = self.rng
        for _ in range(6):
            hot = [s for s in self.sessions if not s.indoor and self.heat_index(s) >= 28.0]
            if len(hot) >= 2.0 * self.n_planted:
                return
            warm = sorted(range(self.length), key=lambda d: -self.season[d])[: max(10, self.length // 4)]
            d0 = rng.choice(warm)
            for d in range(max(0, d0 - 3), min(self.length, d0 + 5)):
                self.t_high[d] += rng.uniform(3.5, 6.0)
                self.rh_day[d] = _clip(self.rh_day[d] + rng.uniform(-5, 10), 12, 97)
            for s in self.sessions:
                if max(0, d0 - 3) <= s.day < d0 + 5:
                    h = self.hour_of(s.start) + s.duration / 120.0
                    tw, rhw = self.temp_at(s.day, h)
                    s.temp_weather, s.rh_weather = tw, rhw
                    if not s.indoor:
                        old = max(0.6, 1 + 0.035 * (s.temp_exposed - 20.0))
                        s.temp_exposed, s.rh_exposed = tw, rhw
                        new = max(0.6, 1 + 0.035 * (tw - 20.0))
                        extra = s.sweat_l * (new / old - 1.0)
                        s.sweat_l += extra
                        s.intake_l += extra * self.p.drink_frac
                        s.loss_kg += extra * (1 - self.p.drink_frac)
                        na_in = s.intake_l * s.drink_na + 215.0 * s.salt_caps + 50.0 * s.gels
                        s.na_unreplaced = s.sweat_l * self.p.sweat_na - na_in

    # -- sleep -----------------------------------------------------------------------------------
    def plan_sleep(self) -> None:
        rng = self.rng
        p = self.p
        L = self.length
        first_session: dict[int, Session] = {}
        for s in self.sessions:
            first_session.setdefault(s.day, s)
        natural_short = rng.uniform(0.04, 0.08)
        short_nights: set[int] = set()
        if self.cause == "sleep_debt":
            target = max(round(2.3 * self.n_planted), round(0.12 * L))
            while len(short_nights) < target:
                d = rng.randint(0, L - 2)
                run = rng.choice((1, 1, 1, 2, 2, 3))
                for k in range(run):
                    if d + k < L - 1:
                        short_nights.add(d + k)
        else:
            for d in range(L - 1):
                if rng.random() < natural_short:
                    short_nights.add(d)
        self.nights: list[Night] = []
        self.night_by_wake_day: dict[int, Night] = {}
        for d in range(L - 1):
            nd = d + 1
            wd = (self.start_date + timedelta(days=nd)).weekday()
            wake_h = rng.gauss(6.6 if wd < 5 else 7.6, 0.3)
            fs = first_session.get(nd)
            if fs is not None and self.hour_of(fs.start) < 9.0:
                wake_h = min(wake_h, self.hour_of(fs.start) - rng.uniform(0.4, 0.8))
            hours = _clip(rng.gauss(p.usual_sleep, 0.38), p.usual_sleep - 1.1, p.usual_sleep + 1.4)
            short = d in short_nights
            if short:
                hours = p.usual_sleep - rng.uniform(1.6, 3.5)
            wake = self.local(nd, wake_h)
            bed = wake - timedelta(hours=hours)
            n = Night(day=d, bed=bed, wake=wake, hours=hours, short=short)
            self.nights.append(n)
            self.night_by_wake_day[nd] = n

    # -- medication ------------------------------------------------------------------------------
    def plan_medication(self) -> None:
        rng = self.rng
        L = self.length
        self.meds: list[tuple[str, int, int | None]] = []
        self.med_window: tuple[int, int] | None = None
        age = self.start_date.year - self.p.birth_year
        if self.cause == "medication":
            if age >= 45:
                name = rng.choice(("hydrochlorothiazide", "chlorthalidone", "atorvastatin", "nifedipine",
                                   "spironolactone"))
            elif self.p.sex == "female":
                name = rng.choice(("spironolactone", "salmeterol", "formoterol"))
            else:
                name = rng.choice(("salmeterol", "formoterol", "hydrochlorothiazide"))
            d0 = round(L * rng.uniform(0.25, 0.45))
            end = round(L * rng.uniform(0.82, 0.92)) if rng.random() < 0.4 else None
            self.meds.append((name, d0, end))
            lag = rng.randint(4, 12)
            self.med_window = (d0 + lag, (end + 4) if end is not None else L - 1)
        elif rng.random() < 0.3:
            name = rng.choice(("naproxen", "salbutamol"))
            d0 = rng.randint(10, L - 20)
            self.meds.append((name, d0, d0 + (rng.randint(4, 9) if name == "naproxen" else rng.randint(9, 15))))
        # unrelated medicines
        if rng.random() < 0.5:
            name = rng.choice(("cetirizine", "loratadine", "fluticasone nasal spray"))
            d0 = rng.randint(0, max(1, L // 2))
            self.meds.append((name, d0, min(L - 1, d0 + rng.randint(20, 70))))
        if rng.random() < 0.3:
            d0 = rng.randint(5, L - 12)
            self.meds.append(("amoxicillin", d0, d0 + rng.choice((5, 7, 10))))
        if rng.random() < 0.3:
            d0 = rng.randint(5, L - 6)
            self.meds.append(("paracetamol", d0, d0 + rng.randint(1, 4)))

    # -- diet ------------------------------------------------------------------------------------
    def plan_diet(self) -> None:
        rng = self.rng
        L = self.length
        self.low_phase: tuple[int, int] | None = None
        self.low_keeps_dairy = False
        if self.cause == "nutrient_deficiency":
            plen = max(36, round(L * rng.uniform(0.38, 0.55)))
            d0 = round(L * rng.uniform(0.2, 0.4))
            d1 = min(L, d0 + plen)
            if d1 - d0 < 36:
                d0 = max(5, d1 - 36)
            self.low_phase = (d0, d1)
            self.low_keeps_dairy = rng.random() < 0.5

    def in_low_phase(self, d: int) -> bool:
        return self.low_phase is not None and self.low_phase[0] <= d < self.low_phase[1]

    # -- exposures and planted episodes ----------------------------------------------------------
    def acwr(self) -> list[float]:
        daily = [0.0] * self.length
        for s in self.sessions:
            daily[s.day] += s.load
        out = []
        for d in range(self.length):
            acute = sum(daily[max(0, d - 6): d + 1])
            chronic = sum(daily[max(0, d - 27): d + 1]) / 4.0
            out.append(acute / chronic if d >= 27 and chronic > 0 else 1.0)
        return out

    def session_episode(self, s: Session, style: str, planted: bool) -> list[EpisodePlan]:
        rng = self.rng
        prefs = list(EP_MUSCLES.get(s.activity, (("calf", 3), ("hamstring", 2), ("quadriceps", 1))))
        if self.p.persona.key == "mtb" and s.activity == "cycling":
            prefs += list(MTB_EXTRA)
        if style == "heat" and rng.random() < 0.12:
            prefs = [("abdomen", 1), ("forearm", 1), ("hand", 1)]
        muscle = _wchoice(rng, prefs)
        late_p = {"electrolyte": 0.45, "heat": 0.65, "sleep": 0.5, "bg": 0.5}.get(style, 0.6)
        r = rng.random()
        if r < late_p:
            frac = rng.uniform(0.55, 0.97) if style != "bg" else rng.uniform(0.15, 0.97)
            onset = s.start + timedelta(minutes=s.duration * frac)
            during = "exercise"
        elif style == "electrolyte" and r > 0.8:
            onset = s.end + timedelta(minutes=rng.uniform(90, 300))
            during = "rest"
        else:
            onset = s.end + timedelta(minutes=rng.uniform(3, 100))
            during = "after_exercise"
        kind = "spasm" if rng.random() < (0.86 if planted else 0.6) else "twitch"
        eps = [EpisodePlan(onset, kind, muscle, during, planted)]
        if style == "electrolyte" and rng.random() < 0.35:
            m2 = _wchoice(rng, [(m, w) for m, w in (("hamstring", 2), ("quadriceps", 2), ("calf", 2),
                                                   ("abdomen", 1.5), ("hand", 1.2), ("forearm", 1))
                                if m != muscle])
            eps.append(EpisodePlan(onset + timedelta(minutes=rng.uniform(4, 40)), "spasm", m2, during,
                                   planted, "cramping all over"))
        return eps

    def day_episode(self, d: int, mix: tuple[float, float, float], planted: bool) -> EpisodePlan | list[EpisodePlan]:
        """An episode on day d: mix = (p_sleep, p_rest, p_exercise)."""
        rng = self.rng
        day_sessions = [s for s in self.sessions if s.day == d]
        r = rng.random() * sum(mix)
        if r < mix[2] and day_sessions:
            return self.session_episode(rng.choice(day_sessions), "day", planted)
        if r < mix[2] + mix[0] and d in self.night_by_wake_day:
            n = self.night_by_wake_day[d]
            onset = n.bed + timedelta(hours=n.hours * rng.uniform(0.25, 0.9))
            return EpisodePlan(onset, "spasm", _wchoice(rng, NIGHT_MUSCLES), "sleep", planted,
                               rng.choice((None, None, "woke me up", "woke up with it")))
        # at rest, during the waking day
        hour = rng.uniform(8.0, 22.0)
        onset = self.local(d, hour) + timedelta(minutes=rng.uniform(0, 59))
        for s in day_sessions:
            if s.start - timedelta(minutes=30) <= onset <= s.end + timedelta(hours=2):
                onset = s.end + timedelta(hours=rng.uniform(2.5, 4.0))
        if rng.random() < 0.55:
            return EpisodePlan(onset, "twitch", _wchoice(rng, REST_TWITCH_MUSCLES), "rest", planted)
        return EpisodePlan(onset, "spasm", _wchoice(rng, REST_SPASM_MUSCLES), "rest", planted,
                           rng.choice((None, None, "sitting at desk", "on the sofa", "in the car")))

    def plant(self) -> list[EpisodePlan]:
        rng = self.rng
        cause = self.cause
        target = self.n_planted
        out: list[EpisodePlan] = []
        if cause is None:
            return out
        sess = self.sessions
        mass = self.p.mass0
        units: list = []
        weights: list[float] = []
        if cause == "dehydration":
            for s in sess:
                pct = 100 * s.loss_kg / mass
                if pct >= 2.0:
                    units.append(s)
                    weights.append(1.0 + (pct - 2.0))
        elif cause == "electrolyte_loss":
            for s in sess:
                if s.na_unreplaced >= 2500 and s.sweat_l >= 1.7:
                    units.append(s)
                    weights.append(1.0 + (s.na_unreplaced - 2500) / 1500)
        elif cause == "heat":
            for s in sess:
                hi = self.heat_index(s)
                if not s.indoor and hi >= 28.0:
                    units.append(s)
                    weights.append(0.6 + (hi - 28.0) / 3.0)
        elif cause == "muscle_fatigue":
            days_with = {s.day for s in sess}
            groups_by_day: dict[int, set[str]] = {}
            for s in sess:
                groups_by_day.setdefault(s.day, set()).update(s.muscles)
            for s in sess:
                w = 0.0
                if s.big:
                    w += 3.0
                prev = groups_by_day.get(s.day - 1, set())
                no_rest = all((s.day - k) in days_with for k in (1, 2, 3))
                if prev & set(s.muscles) & {"calf", "hamstring", "quadriceps", "foot"} and no_rest:
                    w += 0.15
                if w > 0:
                    units.append(s)
                    weights.append(w)
        elif cause == "training_load_spike":
            ratios = self.acwr()
            for s in sess:
                if ratios[s.day] >= 1.5:
                    units.append(s)
                    weights.append(0.5 + (ratios[s.day] - 1.5) * 2)
        if cause in ("dehydration", "electrolyte_loss", "heat", "muscle_fatigue", "training_load_spike"):
            style = {"electrolyte_loss": "electrolyte", "heat": "heat"}.get(cause, "session")
            per_unit = 1.3 if cause == "electrolyte_loss" else 1.0
            k = min(round(target / per_unit), round(0.6 * len(units)))
            for s in _weighted_sample(rng, units, weights, k):
                if cause == "training_load_spike" and rng.random() < 0.15 and s.day + 1 in self.night_by_wake_day:
                    n = self.night_by_wake_day[s.day + 1]
                    out.append(EpisodePlan(n.bed + timedelta(hours=n.hours * rng.uniform(0.2, 0.8)), "spasm",
                                           _wchoice(rng, NIGHT_MUSCLES), "sleep", True))
                    continue
                out.extend(self.session_episode(s, style, True))
            return out
        # day-based causes
        days: list[int] = []
        dweights: list[float] = []
        mix = (0.35, 0.3, 0.35)
        if cause == "sleep_debt":
            mix = (0.0, 0.5, 0.5)
            for d, n in self.night_by_wake_day.items():
                if n.short:
                    prev_night = self.night_by_wake_day.get(d - 1)
                    days.append(d)
                    dweights.append(1.0 + (self.p.usual_sleep - n.hours - 1.5) / 2
                                    + (0.5 if prev_night is not None and prev_night.short else 0.0))
        elif cause == "nutrient_deficiency":
            assert self.low_phase is not None
            d0, d1 = self.low_phase
            for d in range(d0 + 10, min(self.length, d1 + 7)):
                days.append(d)
                dweights.append(min(1.0, 0.4 + (d - d0 - 10) / 21.0) if d < d1 else 0.5)
        elif cause == "medication":
            assert self.med_window is not None
            w0, w1 = self.med_window
            mix = (0.42, 0.25, 0.33)
            for d in range(w0, min(self.length, w1 + 1)):
                days.append(d)
                dweights.append(1.0)
        k = min(target, round(0.6 * len(days)))
        for d in _weighted_sample(rng, days, dweights, k):
            ep = self.day_episode(d, mix, True)
            out.extend(ep if isinstance(ep, list) else [ep])
        return out

    def background(self) -> list[EpisodePlan]:
        rng = self.rng
        out: list[EpisodePlan] = []
        for _ in range(self.n_background):
            r = rng.random()
            if r < 0.3 and self.sessions:
                s = rng.choice(self.sessions)
                out.extend(self.session_episode(s, "bg", False)[:1])
            else:
                d = rng.randint(1, self.length - 1)
                mix = (0.4, 0.6, 0.0)
                ep = self.day_episode(d, mix, False)
                out.extend(ep if isinstance(ep, list) else [ep])
        return out

    # -- emitting --------------------------------------------------------------------------------
    def emit_profile(self) -> None:
        p = self.p
        obj: dict = {"type": "profile", "id": self._id("profile"), "sex": p.sex,
                     "birth_year": p.birth_year, "body_mass_kg": p.mass0, "height_cm": p.height,
                     "timezone": p.loc.tz}
        self.emit(self.start, obj)

    def mass_value(self, kg: float) -> float | str:
        if self.p.lb:
            return f"{kg * 2.20462:.1f} lb"
        return round(kg, 1)

    def ml_value(self, ml: float) -> float | str:
        if self.p.oz:
            return f"{ml / 29.5735:.1f} oz"
        return float(round(ml))

    def temp_value(self, c: float) -> float | str:
        if self.p.degf:
            return f"{c * 9 / 5 + 32:.0f} degF"
        return round(c, 1)

    def emit_days(self) -> None:
        rng = self.rng
        p = self.p
        L = self.length
        sessions_by_day: dict[int, list[Session]] = {}
        for s in self.sessions:
            sessions_by_day.setdefault(s.day, []).append(s)
        trend = 0.0
        meal_gap_until = -1
        for d in range(L):
            trend = _clip(trend + rng.gauss(0, 0.05), -1.5, 1.5)
            if self.in_low_phase(d):
                trend -= 0.03
            base_mass = p.mass0 + trend
            day_sessions = sessions_by_day.get(d, [])
            n = self.night_by_wake_day.get(d)
            wake = n.wake if n is not None else self.local(d, rng.gauss(6.8, 0.3))
            # morning weigh-in
            morning_t = wake + timedelta(minutes=rng.uniform(5, 25))
            first = day_sessions[0] if day_sessions else None
            pre_is_morning = first is not None and first.start - morning_t < timedelta(minutes=45)
            if rng.random() < 0.9 and not pre_is_morning:
                self.emit(morning_t, {"type": "body_mass", "id": self._id("scale"),
                                      "time": self.fmt(morning_t, True),
                                      "kg": self.mass_value(base_mass + rng.gauss(0, 0.3)),
                                      "context": "morning"})
            # sessions
            for s in day_sessions:
                self.emit_session(s, base_mass, d)
            # daily drinks
            self.emit_daily_fluids(d, wake, day_sessions)
            # meals
            if meal_gap_until < d and rng.random() < 0.015:
                meal_gap_until = d + rng.randint(2, 7)  # food app not used for a few days
            if d > meal_gap_until and rng.random() < 0.88:
                self.emit_meals(d, wake, day_sessions)
            # supplements
            self.emit_supplements(d, wake, day_sessions)
        # sleep
        gap = 0
        for n in self.nights:
            if gap > 0:
                gap -= 1
                continue
            if rng.random() < 0.035:
                gap = rng.choice((0, 0, 1, 2))
                continue
            q = 3 + (1 if n.hours > p.usual_sleep - 0.2 else 0) + (1 if n.hours > p.usual_sleep + 0.6 else 0)
            q -= 1 if n.short else 0
            q = int(_clip(q + rng.choice((-1, 0, 0, 0, 1)), 1, 5))
            bed_utc = n.bed.astimezone(UTC).replace(second=0, microsecond=0)
            wake_utc = n.wake.astimezone(UTC).replace(second=0, microsecond=0)
            self.emit(n.bed, {"type": "sleep", "id": f"ring-{self.tag}-{(self.start_date + timedelta(days=n.day + 1)).isoformat()}",
                              "time": bed_utc.isoformat(), "end": wake_utc.isoformat(), "quality": q})

    def emit_session(self, s: Session, base_mass: float, d: int) -> None:
        rng = self.rng
        p = self.p
        obj: dict = {"type": "workout", "id": self._id("watch"), "time": self.fmt(s.start, True),
                     "duration_min": round(s.duration, 1), "activity": s.activity}
        if rng.random() < 0.85:
            obj["rpe"] = round(_clip(s.rpe + rng.gauss(0, 0.4), 0, 10))
        if rng.random() < 0.95 and s.activity not in ("yoga", "pilates") or rng.random() < 0.3:
            hr = 95 + 9.0 * s.rpe + rng.gauss(0, 5) - (8 if s.activity == "swimming" else 0)
            obj["avg_hr"] = int(_clip(hr, 60, 195))
        speed = p.persona.speeds.get(s.activity, SPEEDS_DEFAULT.get(s.activity, 0.0))
        if speed > 0:
            obj["distance_km"] = round(speed * rng.uniform(0.9, 1.1) * s.duration / 60.0, 2)
        if (not s.indoor and rng.random() < 0.92) or (s.indoor and rng.random() < 0.25):
            obj["temperature_c"] = self.temp_value(s.temp_weather)
            obj["humidity_pct"] = round(s.rh_weather)
        obj["muscle_groups"] = list(s.muscles)
        if s.activity == "team_sport":
            obj["warm_up_min"] = rng.choice((10, 15, 15, 20))
        elif s.activity == "dance" and rng.random() < 0.5:
            obj["warm_up_min"] = rng.choice((10, 15, 20))
        if s.notes:
            obj["notes"] = s.notes
        elif s.block and rng.random() < 0.3:
            obj["notes"] = rng.choice(("camp", "holiday riding", "back at it", "double day"))
        elif s.low_drink and rng.random() < 0.25:
            obj["notes"] = rng.choice(("forgot my bottle", "bottle ran dry halfway", "no refill stop"))
        elif self.cause == "electrolyte_loss" and s.sweat_l > 1.8 and rng.random() < 0.2:
            obj["notes"] = "white salt marks on kit"
        self.emit(s.start, obj)
        # weigh-ins around sessions of an hour or more
        pre_mass = base_mass + rng.uniform(0.1, 0.7) if self.hour_of(s.start) > 9 else base_mass + rng.uniform(-0.1, 0.3)
        if s.duration >= 60 and rng.random() < 0.8:
            t_pre = s.start - timedelta(minutes=rng.uniform(10, 35))
            t_post = s.end + timedelta(minutes=rng.uniform(5, 25))
            post_mass = pre_mass - s.loss_kg + rng.gauss(0, 0.1)
            pre_rec = pre_mass + rng.gauss(0, 0.08)
            if rng.random() < 0.96:
                self.emit(t_pre, {"type": "body_mass", "id": self._id("scale"), "time": self.fmt(t_pre, True),
                                  "kg": self.mass_value(pre_rec), "context": "pre_workout"})
            if rng.random() < 0.96:
                self.emit(t_post, {"type": "body_mass", "id": self._id("scale"), "time": self.fmt(t_post, True),
                                   "kg": self.mass_value(post_mass), "context": "post_workout"})
        # bottle: before, during, after
        if rng.random() < 0.7:
            t = s.start - timedelta(minutes=rng.uniform(30, 80))
            if s.drink in ("electrolyte_drink", "ors") and rng.random() < 0.4:
                self.fluid(t, rng.uniform(250, 500), s.drink, s.drink_na if s.explicit_na else None)
            else:
                self.fluid(t, rng.uniform(250, 500), "water")
        if s.intake_l > 0.02:
            n = max(1, round(s.duration / rng.uniform(15, 25)))
            if s.low_drink:
                n = max(1, min(n, rng.randint(1, 2)))
            n = max(n, math.ceil(s.intake_l / 0.8))  # one bottle-log event is at most ~1 L
            parts = [rng.uniform(0.6, 1.4) for _ in range(n)]
            tot = sum(parts)
            for i, part in enumerate(parts):
                t = s.start + timedelta(minutes=s.duration * (i + rng.uniform(0.3, 0.9)) / n)
                ml = 1000 * s.intake_l * part / tot
                if ml >= 20:
                    self.fluid(t, ml, s.drink, sodium_per_l=s.drink_na if s.explicit_na else None)
        for i in range(s.salt_caps):
            t = s.start + timedelta(minutes=s.duration * (i + 0.5) / max(1, s.salt_caps))
            self.emit(t, {"type": "supplement", "id": self._id("app"), "time": self.fmt(t),
                          "name": "Electrolyte capsule", "sodium_mg": 215, "potassium_mg": 63})
        for i in range(s.gels):
            t = s.start + timedelta(minutes=45 * (i + 1) - rng.uniform(0, 10))
            self.emit(t, {"type": "supplement", "id": self._id("app"), "time": self.fmt(t),
                          "name": "Energy gel", "sodium_mg": 50})
        if s.duration >= 35 and rng.random() < 0.8:
            t = s.end + timedelta(minutes=rng.uniform(28, 60))
            post = "water"
            if s.duration >= 90:
                post = rng.choice(("water", "water", "coconut_water", "milk", "electrolyte_drink"))
                if self.cause == "electrolyte_loss" and s.drink == "water":
                    post = "water"
            self.fluid(t, rng.uniform(350, 750), post)

    def fluid(self, t: datetime, ml: float, drink: str, sodium_per_l: float | None = None) -> None:
        obj: dict = {"type": "fluid", "id": self._id("bottle"), "time": self.fmt(t),
                     "ml": self.ml_value(ml), "drink": drink}
        if sodium_per_l is not None:
            obj["sodium_mg"] = round(ml * sodium_per_l / 1000.0)  # from the tablet brand's label
        self.emit(t, obj)

    def emit_daily_fluids(self, d: int, wake: datetime, day_sessions: list[Session]) -> None:
        rng = self.rng
        if rng.random() < 0.9:
            self.fluid(wake + timedelta(minutes=rng.uniform(10, 50)), rng.uniform(200, 350), "coffee")
        if rng.random() < 0.4:
            self.fluid(self.local(d, rng.uniform(13.0, 15.5)), rng.uniform(150, 300), "coffee")
        for _ in range(rng.randint(3, 6)):
            t = self.local(d, rng.uniform(9.0, 21.5))
            if any(s.start <= t <= s.end for s in day_sessions):
                continue
            self.fluid(t, rng.uniform(200, 500), "water")
        if rng.random() < 0.3:
            self.fluid(self.local(d, rng.uniform(15.0, 21.0)), rng.uniform(200, 350), "tea")
        if rng.random() < 0.12:
            self.fluid(self.local(d, rng.uniform(19.0, 22.0)), rng.uniform(330, 660), "beer")
        if rng.random() < 0.08:
            self.fluid(self.local(d, rng.uniform(12.0, 20.0)), rng.uniform(250, 400),
                       rng.choice(("juice", "soft_drink")))

    def emit_meals(self, d: int, wake: datetime, day_sessions: list[Session]) -> None:
        rng = self.rng
        low = self.in_low_phase(d)
        bf_t = wake + timedelta(minutes=rng.uniform(20, 60))
        for s in day_sessions:
            if s.start - timedelta(minutes=30) <= bf_t <= s.end:
                bf_t = s.end + timedelta(minutes=rng.uniform(20, 50))
        slots = [
            (bf_t, BREAKFAST_LOW if low else BREAKFAST_OK, 0.95),
            (self.local(d, rng.uniform(12.0, 13.6)), LUNCH_LOW if low else LUNCH_OK, 0.93),
            (self.local(d, rng.uniform(18.6, 20.6)), DINNER_LOW if low else DINNER_OK, 0.95),
            (self.local(d, rng.uniform(15.0, 16.5)), SNACK_LOW if low else SNACK_OK, 0.85),
        ]
        if not low and rng.random() < 0.5:
            slots.append((self.local(d, rng.uniform(10.0, 11.0)), SNACK_OK, 0.9))
        if low and self.low_keeps_dairy:
            slots.append((self.local(d, rng.uniform(21.0, 21.8)), DAIRY_ADDONS, 0.9))
        for t, options, p_logged in slots:
            if rng.random() > p_logged:
                continue
            for s in day_sessions:
                if s.start <= t <= s.end:
                    t = s.end + timedelta(minutes=rng.uniform(20, 45))
            meal = rng.choice(options)
            items = [{"food": name, "grams": round(g * rng.uniform(0.8, 1.2))} for name, g in meal]
            if not low and rng.random() < 0.25:
                extra = rng.choice(("Strawberries, raw", "Kiwifruit, green, raw", "Carrots, raw",
                                    "Grapes, red or green (European type, such as Thompson seedless), raw"))
                items.append({"food": extra, "grams": int(rng.uniform(60, 150))})
            self.emit(t, {"type": "meal", "id": self._id("food"), "time": self.fmt(t), "items": items})

    def emit_supplements(self, d: int, wake: datetime, day_sessions: list[Session]) -> None:
        rng = self.rng
        low = self.in_low_phase(d)
        for name, minerals, hour in self.p.supplements:
            if low and name in MINERAL_SUPPLEMENTS:
                continue
            if rng.random() > 0.82:
                continue
            t = self.local(d, hour + rng.gauss(0, 0.4))
            if t < wake:
                t = wake + timedelta(minutes=rng.uniform(15, 45))
            obj: dict = {"type": "supplement", "id": self._id("app"), "time": self.fmt(t), "name": name}
            obj.update({k: v for k, v in minerals.items()})
            self.emit(t, obj)

    def emit_medications(self) -> None:
        for name, d0, d1 in self.meds:
            obj: dict = {"type": "medication", "id": self._id("med"), "name": name,
                         "start": (self.start_date + timedelta(days=d0)).isoformat()}
            if d1 is not None:
                obj["end"] = (self.start_date + timedelta(days=min(d1, self.length - 1))).isoformat()
            self.emit(self.start + timedelta(days=d0), obj)

    def emit_episode(self, ep: EpisodePlan) -> None:
        rng = self.rng
        onset = ep.onset
        # the phone entry: often made a little after onset, night cramps at a rounded time
        if ep.during == "sleep":
            lt = onset.astimezone(self.p.tz)
            minute = 30 * round(lt.minute / 30) if rng.random() < 0.6 else lt.minute
            onset = (lt.replace(minute=0, second=0, microsecond=0) + timedelta(minutes=minute)).astimezone(UTC)
        else:
            r = rng.random()
            if r < 0.35:
                onset = onset + timedelta(minutes=rng.uniform(3, 25))
            elif r < 0.45:
                onset = onset + timedelta(minutes=rng.uniform(25, 70))
        onset = min(max(onset, self.start + timedelta(hours=1)), self.stop - timedelta(hours=1))
        obj: dict = {"type": "episode", "id": self._id("ep"), "time": self.fmt(onset),
                     "kind": ep.kind, "muscle": ep.muscle}
        if rng.random() < 0.8:
            obj["side"] = rng.choice(("left", "right", "left", "right", "both")) if ep.muscle not in (
                "abdomen", "neck", "lower_back", "upper_back") else "both"
        if ep.kind == "spasm":
            if rng.random() < 0.65:
                obj["duration_s"] = int(_clip(math.exp(rng.gauss(math.log(70), 0.8)), 8, 900))
            if rng.random() < 0.85:
                obj["pain"] = int(_clip(round(rng.gauss(6.3, 1.5)), 2, 10))
            if rng.random() < 0.75:
                pool = ["stretching", "stretching", "stretching", "massage", "walking_it_off", "hydration",
                        "rest", "pickle_juice", "magnesium", "heat"]
                relief = sorted({rng.choice(pool) for _ in range(rng.randint(1, 3))})
                obj["relief"] = relief
                if rng.random() < 0.8:
                    obj["relieved"] = rng.random() < 0.88
        else:
            if rng.random() < 0.5:
                obj["duration_s"] = int(rng.choice((rng.uniform(3, 60), rng.uniform(120, 1800))))
            if rng.random() < 0.6:
                obj["pain"] = rng.choice((0, 0, 0, 1, 1, 2))
        if rng.random() < 0.85:
            obj["during"] = ep.during
        if rng.random() < 0.12:
            keys = ["swelling", "numbness_tingling", "weakness", "injury_or_trauma", "dark_urine"]
            obj["flags"] = {k: False for k in rng.sample(keys, rng.randint(1, 3))}
        elif not ep.planted and ep.kind == "twitch" and ep.muscle in ("hand", "fingers") and rng.random() < 0.3:
            obj["flags"] = {"numbness_tingling": True, "weakness": False}
            obj["notes"] = "after sleeping on my arm"
        if ep.note and "notes" not in obj:
            obj["notes"] = ep.note
        self.emit(onset, obj)

    # -- run -------------------------------------------------------------------------------------
    def run(self) -> BlindJournal:
        self.setup()
        self.weather()
        self.plan_training()
        self.physiology()
        self.plan_sleep()
        self.plan_medication()
        self.plan_diet()
        episodes = self.plant() + self.background()
        self.emit_profile()
        self.emit_days()
        self.emit_medications()
        for ep in sorted(episodes, key=lambda e: e.onset):
            self.emit_episode(ep)
        ordered = [obj for _, obj in sorted(self.objects, key=lambda to: (to[0], to[1]["type"] != "profile"))]
        # profile first
        ordered.sort(key=lambda o: o["type"] != "profile")
        return BlindJournal(cause=self.cause, objects=ordered, start=self.start, stop=self.stop)


def blind_journal(cause: str | None, seed: int) -> BlindJournal:
    """A deterministic synthetic journal for one person, with ``cause`` planted (or none)."""
    return _Gen(cause, seed).run()
