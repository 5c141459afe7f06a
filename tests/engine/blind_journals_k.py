"""Blind synthetic cramp journals, generator K: the self-coached recreational athlete.

Point of view
-------------
One person who coaches themself and logs on a phone with uneven diligence. The seed
decides the sport (a marathon trainee, a gym-goer doing leg days, a tennis player, a
hiker, a rower or a 5-a-side footballer), the place (IANA time zone with its own
climate and seasons), sex, age, body size, sweat rate and sweat saltiness.

* Workouts and sleep come from a watch (ids like ``k2s1-w17``): nearly every session is
  there, and sleep on most nights. RPE and muscle groups are typed in by hand, so they
  are missing more often in lazy weeks. Outdoor sessions usually carry the weather
  (temperature, humidity); US users sometimes type ``"86 degF"``, ``"20 oz"``, ``"lb"``.
* Diligence changes week to week (thorough / normal / lazy / nothing). Body mass is
  weighed only sometimes (a few mornings, and before/after some sessions), drinks are
  logged on some sessions, meals are logged in bursts of a few days with USDA SR-style
  food names (and a few ``ndb_no`` numbers); on burst days every meal and drink of the
  day is logged. Episodes are always logged, but with fewer details in lazy weeks.
* Noise in every journal: breaks (holiday, illness), a rare big day (race, epic hike),
  unrelated medicines (cetirizine, paracetamol, ibuprofen, amoxicillin), supplements
  (vitamin D, fish oil, multivitamin, creatine, whey, magnesium), twitches (eyelid,
  calf), and background spasms: night cramps, cramps at rest, and cramps in or after
  random sessions, placed with no regard to any exposure.

All exposures keep their natural physics in every journal: heat raises sweat rate,
long and hard sessions sweat more and load more, hot weather depends on the season and
time of day, drinking habits vary from session to session. Only the planted cause
changes the risk of an episode.

How each cause is planted (from research/evidence.md and spec/vocabulary.md)
---------------------------------------------------------------------------
Each planted cause defines exposed units; about 8-16 planted episodes go to a random
subset (at most about two thirds, usually far fewer) of the exposed units, weighted by
dose, and 3-8 background episodes (spasms and twitches) are scattered independently of
exposure, so planted episodes are always the majority. Journals typically hold 12-22
episodes (range 9-25). If a drawn person hardly ever meets the planted exposure (a
gym-goer in a mild season for ``heat``) or meets it in most sessions (Phoenix in July),
the person is redrawn deterministically, with the same sport.

* ``dehydration``: the person sweats a lot and often skimps on drinking (forgot the
  bottle). Unit = session; exposed when the session's body-mass loss (sweat minus fluid
  drunk) is >= 2 % of body mass. This person weighs before/after most sessions, so the
  loss is visible as pre/post ``body_mass`` pairs. Episodes come mostly after the
  session (calf, hamstring), some late in it. Hot sessions on which they drank well
  and long sessions with plenty of fluid carry no extra risk.
* ``electrolyte_loss``: a heavy, salty sweater (sweat sodium about 1200-1600 mg/L, the
  "salty sweater" subgroup of evidence 2.2/4.2) who drinks plenty, mostly plain water.
  Unit = session; exposed when sweat is >= 1.4 L and less than 35 % of the sodium lost
  is replaced by drinks/salt capsules during and just after the session (long sweaty
  sessions on plain water). On about 40 % of long sessions they use an electrolyte
  drink / ORS / salt capsules, independent of weather; those sessions are not exposed.
  Drinks are logged on most sessions. Episodes come late in or soon after the session,
  sometimes in two muscles (more widespread cramping). Body-mass loss stays small.
* ``muscle_fatigue``: the person often "goes big" (40 % of key sessions, 5 % elsewhere):
  sessions much longer than anything routine (1.25-1.5x the longest routine session)
  or at race effort (RPE 9-10 on a key session); also same muscle group on consecutive
  days. Unit = session; most planted episodes (about 70 %) follow big sessions, the
  rest consecutive-day sessions; episodes late in the session or just after, in a
  worked muscle (mostly calf, hamstring, quadriceps). No extra load spikes.
* ``training_load_spike``: 1-2 returns from a 2-3 week break straight into catch-up
  volume, and 1-2 "camp" blocks with daily sessions and doubles, each session of
  normal length and effort. Unit = session; exposed when the acute (7-day) session-RPE
  load is >= 1.5x the chronic (28-day average weekly) load. Episodes in/after those
  sessions (a few on the following night).
* ``heat``: warm climate, journal spanning the summer, sessions often at hot times of
  day, temperature/humidity logged on most sessions. Unit = session; exposed when
  temperature >= 28 C or >= 25 C with humidity >= 70 %. Episodes during or just after
  hot sessions, including short ones and ones with electrolyte drinks and good
  hydration; long cool sessions carry no extra risk.
* ``nutrient_deficiency``: a long phase (60-70 % of the journal, first or last) of poor
  eating (takeaways, white bread, pasta, pizza, cola: roughly a third to a half of the
  reference magnesium and potassium intake, calcium also low) and a shorter phase of
  mostly proper meals, close to (a little under) the reference. Other journals eat at or
  above the reference.
  Meal bursts cover both phases. Unit = day in the poor phase (after a lag of two weeks
  when it starts mid-journal); planted episodes are night cramps, cramps at rest,
  cramps in sessions, and a twitch or two.
* ``sleep_debt``: clustered short nights (>= 1.7 h below the person's usual, ~15 % of
  nights) logged by the watch. Unit = the day after a short night; planted episodes are
  cramps in/after that day's session, cramps or twitches at rest that day, and a few
  night cramps late in the short night itself.
* ``medication``: a medicine linked to cramps in evidence 2.10 (statin, thiazide or
  thiazide-like diuretic, potassium-sparing diuretic, LABA inhaler, calcium-channel
  blocker; chosen to fit age and sex) starts at 30-50 % of the journal as a
  ``medication`` entry. Unit = day after the start (plus a lag of 5-15 days); planted
  episodes are mostly night and rest cramps, some in sessions.
* ``None``: 9-16 background spasms plus 1-3 twitches, placed uniformly over sessions,
  nights and rest days with no link to any exposure.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

__all__ = ["CAUSES", "BlindJournal", "blind_journal"]

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
ARCHETYPES = ("marathon", "gym", "tennis", "hiker", "rower", "football")


@dataclass
class BlindJournal:
    """One synthetic person's journal with its planted cause (or None)."""

    cause: str | None
    objects: list[dict]
    start: datetime
    stop: datetime


# --------------------------------------------------------------------------- climate


@dataclass(frozen=True)
class _Climate:
    tz: str
    mean: float  # annual mean daily temperature, C
    amp: float  # seasonal amplitude, C
    diurnal: float  # day-night range, C
    rh: float  # mean relative humidity, %
    south: bool
    warm: bool  # summers hot enough for regular heat exposure
    imperial: bool = False


_CLIMATES = (
    _Climate("Europe/London", 11.0, 6.5, 8.0, 74.0, False, False),
    _Climate("Europe/Berlin", 10.0, 9.5, 9.0, 70.0, False, False),
    _Climate("America/Denver", 10.5, 11.0, 14.0, 45.0, False, False, True),
    _Climate("Australia/Sydney", 18.0, 5.0, 8.0, 68.0, True, False),
    _Climate("Europe/Madrid", 15.0, 10.0, 13.0, 52.0, False, True),
    _Climate("America/New_York", 12.5, 11.5, 9.0, 66.0, False, True, True),
    _Climate("America/Chicago", 20.5, 8.5, 10.0, 74.0, False, True, True),
    _Climate("America/Phoenix", 24.0, 10.5, 14.0, 30.0, False, True, True),
    _Climate("Australia/Brisbane", 21.0, 5.0, 9.0, 66.0, True, True),
    _Climate("Europe/Rome", 16.0, 8.5, 10.0, 66.0, False, True),
)

# --------------------------------------------------------------------------- sports


@dataclass(frozen=True)
class _Slot:
    weekday: int
    prob: float
    activity: str
    dur: float
    dur_sd: float
    rpe: float
    hour: float
    outdoor: float
    muscles: tuple[str, ...]
    label: str
    key: bool = False
    speed: float | None = None  # km/h, for distance


_RUN = ("calf", "quadriceps", "hamstring")
_LEGS = ("quadriceps", "hamstring", "glute", "calf")
_TENNIS = ("calf", "quadriceps", "forearm", "shoulder")
_ROW = ("quadriceps", "hamstring", "glute", "lower_back", "upper_back", "forearm")
_FOOT = ("calf", "hamstring", "quadriceps", "adductor")

_SLOTS: dict[str, tuple[_Slot, ...]] = {
    "marathon": (
        _Slot(1, 0.85, "running", 45, 8, 4, 6.5, 1.0, _RUN, "easy run", speed=10.5),
        _Slot(
            2, 0.45, "strength", 35, 5, 5, 18.5, 0.0, ("glute", "quadriceps", "hamstring", "abdomen"), "runner strength"
        ),
        _Slot(3, 0.85, "running", 55, 8, 7, 6.5, 1.0, _RUN, "tempo", key=True, speed=11.8),
        _Slot(4, 0.30, "cycling", 45, 10, 4, 18.5, 0.4, ("quadriceps", "calf", "glute"), "easy spin", speed=25.0),
        _Slot(5, 0.50, "running", 40, 6, 3, 7.5, 1.0, _RUN, "shakeout", speed=10.0),
        _Slot(6, 0.92, "running", 95, 12, 5, 8.0, 1.0, _RUN, "long run", key=True, speed=10.6),
    ),
    "gym": (
        _Slot(0, 0.85, "strength", 65, 8, 7, 18.0, 0.0, _LEGS, "leg day", key=True),
        _Slot(1, 0.80, "strength", 55, 8, 6, 18.0, 0.0, ("chest", "shoulder", "triceps"), "push day"),
        _Slot(3, 0.80, "strength", 55, 8, 6, 18.0, 0.0, ("upper_back", "biceps", "forearm"), "pull day"),
        _Slot(4, 0.45, "strength", 60, 8, 7, 18.0, 0.0, ("quadriceps", "glute", "hamstring", "calf"), "legs 2"),
        _Slot(
            5,
            0.60,
            "cycling",
            95,
            20,
            5,
            9.0,
            1.0,
            ("quadriceps", "calf", "glute"),
            "weekend ride",
            key=True,
            speed=26.0,
        ),
        _Slot(6, 0.35, "hiit", 35, 5, 8, 9.5, 0.5, ("quadriceps", "calf", "abdomen", "glute"), "bootcamp"),
    ),
    "tennis": (
        _Slot(1, 0.85, "racket_sport", 75, 10, 6, 18.5, 0.8, _TENNIS, "club night"),
        _Slot(3, 0.80, "racket_sport", 90, 15, 6, 18.5, 0.8, _TENNIS, "doubles"),
        _Slot(5, 0.85, "racket_sport", 110, 25, 7, 14.0, 0.9, _TENNIS, "singles match", key=True),
        _Slot(6, 0.35, "running", 35, 6, 5, 8.0, 1.0, _RUN, "easy run", speed=10.0),
        _Slot(2, 0.30, "strength", 40, 5, 5, 18.0, 0.0, ("quadriceps", "glute", "shoulder", "abdomen"), "gym"),
    ),
    "hiker": (
        _Slot(0, 0.50, "walking", 50, 10, 3, 18.0, 1.0, ("calf", "quadriceps"), "walk", speed=5.3),
        _Slot(2, 0.50, "walking", 50, 10, 3, 18.0, 1.0, ("calf", "quadriceps"), "walk", speed=5.3),
        _Slot(
            1, 0.40, "strength", 40, 6, 5, 18.5, 0.0, ("quadriceps", "glute", "hamstring", "calf", "lower_back"), "gym"
        ),
        _Slot(3, 0.40, "cycling", 50, 10, 5, 18.0, 0.6, ("quadriceps", "calf"), "ride", speed=23.0),
        _Slot(
            5,
            0.85,
            "hiking",
            270,
            50,
            5,
            9.0,
            1.0,
            ("calf", "quadriceps", "hamstring", "glute"),
            "day hike",
            key=True,
            speed=3.6,
        ),
        _Slot(
            6,
            0.30,
            "hiking",
            180,
            35,
            4,
            9.5,
            1.0,
            ("calf", "quadriceps", "hamstring", "glute"),
            "short hike",
            speed=3.8,
        ),
    ),
    "rower": (
        _Slot(0, 0.80, "rowing", 55, 8, 6, 6.0, 0.5, _ROW, "steady row", speed=12.0),
        _Slot(2, 0.80, "rowing", 60, 8, 7, 6.0, 0.5, _ROW, "intervals", key=True, speed=12.5),
        _Slot(4, 0.60, "rowing", 50, 8, 5, 6.0, 0.5, _ROW, "technique row", speed=11.5),
        _Slot(5, 0.85, "rowing", 95, 15, 5, 8.0, 0.8, _ROW, "long row", key=True, speed=11.8),
        _Slot(
            1,
            0.50,
            "strength",
            45,
            6,
            6,
            18.0,
            0.0,
            ("quadriceps", "hamstring", "glute", "lower_back", "upper_back"),
            "gym",
        ),
        _Slot(3, 0.30, "running", 35, 5, 5, 18.0, 1.0, _RUN, "run", speed=10.5),
    ),
    "football": (
        _Slot(1, 0.85, "team_sport", 60, 5, 7, 19.5, 0.7, _FOOT, "5-a-side", key=True),
        _Slot(3, 0.65, "team_sport", 60, 5, 7, 19.5, 0.7, _FOOT, "5-a-side"),
        _Slot(5, 0.50, "running", 35, 8, 5, 9.0, 1.0, _RUN, "run", speed=10.8),
        _Slot(6, 0.25, "team_sport", 80, 10, 6, 10.0, 1.0, _FOOT, "sunday league", key=True),
        _Slot(0, 0.30, "strength", 40, 5, 5, 18.0, 0.0, ("quadriceps", "hamstring", "glute", "adductor"), "gym"),
    ),
}

_SWEAT_FACTOR = {
    "running": 1.0,
    "trail_running": 1.0,
    "cycling": 0.85,
    "hiking": 0.7,
    "walking": 0.5,
    "rowing": 0.95,
    "strength": 0.6,
    "hiit": 1.0,
    "racket_sport": 0.95,
    "team_sport": 1.0,
}

# notes typed after a big day: (much longer than usual, much harder than usual)
_BIG_NOTES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "marathon": (
        ("went long with the club, way past plan", "ran the full route, felt it late", "marathon race"),
        ("race day, half marathon", "race pace all the way", "parkrun PB then kept pushing"),
    ),
    "gym": (("century ride with mates", "double session, legs twice"), ("PR day, 10x10 squats", "huge leg session")),
    "tennis": (
        ("tournament day, three matches", "three-setter, 3h"),
        ("club championship final", "played a much stronger opponent"),
    ),
    "hiker": (("summit day", "big loop, 1600 m up"), ("pushed the pace all day", "fastest time up the ridge")),
    "rower": (("long erg challenge", "head race + long row home"), ("2k test", "race pieces flat out")),
    "football": (
        ("tournament, 6 games", "played two games back to back"),
        ("cup game, went flat out", "derby, no subs"),
    ),
}

# --------------------------------------------------------------------------- foods
# name -> (ndb_no, magnesium, potassium, calcium) per 100 g, approximate SR28 values
_FOODS: dict[str, tuple[str | None, float, float, float]] = {
    "Bananas, raw": ("09040", 27, 358, 5),
    "Milk, whole": ("01077", 10, 132, 113),
    "Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D": ("01079", 11, 140, 120),
    "Yogurt, plain, lowfat, 12 grams protein per 8 oz": ("01117", 17, 234, 183),
    "Cereals, oats, regular and quick, not fortified, dry": ("08120", 138, 362, 52),
    "Almonds, dry roasted, with salt": ("12563", 279, 713, 268),
    "Bread, whole-wheat, commercially prepared": ("18075", 76, 250, 140),
    "Egg, whole, cooked, hard-boiled": ("01129", 10, 126, 50),
    "Peanut butter, smooth style, with salt": ("16098", 160, 600, 45),
    "Chicken, broilers or fryers, breast, meat only, cooked, roasted": (None, 29, 256, 15),
    "Rice, brown, long-grain, cooked": ("20037", 43, 43, 10),
    "Broccoli, raw": ("11090", 21, 316, 47),
    "Spinach, raw": ("11457", 79, 558, 99),
    "Fish, salmon, Atlantic, farmed, cooked, dry heat": ("15237", 30, 384, 15),
    "Potatoes, baked, flesh and skin, without salt": ("11674", 28, 535, 15),
    "Beans, black, mature seeds, cooked, boiled, without salt": ("16015", 70, 355, 27),
    "Lentils, mature seeds, cooked, boiled, without salt": ("16070", 36, 369, 19),
    "Sweet potato, cooked, baked in skin, flesh, without salt": ("11508", 27, 475, 38),
    "Avocados, raw, all commercial varieties": ("09037", 29, 485, 12),
    "Tomatoes, red, ripe, raw, year round average": ("11529", 11, 237, 10),
    "Cheese, cheddar": ("01009", 28, 98, 710),
    "Oranges, raw, all commercial varieties": ("09200", 10, 181, 40),
    "Apples, raw, with skin": ("09003", 5, 107, 6),
    "Quinoa, cooked": ("20137", 64, 172, 17),
    "Hummus, commercial": ("16158", 71, 228, 38),
    "Carrots, raw": ("11124", 12, 320, 33),
    "Strawberries, raw": ("09316", 13, 153, 16),
    "Blueberries, raw": ("09050", 6, 77, 6),
    "Seeds, pumpkin and squash seed kernels, roasted, without salt": ("12016", 550, 788, 52),
    "Chocolate, dark, 70-85% cacao solids": ("19904", 228, 715, 73),
    "Tofu, raw, firm, prepared with calcium sulfate": ("16426", 58, 237, 683),
    "Beef, ground, 85% lean meat / 15% fat, patty, cooked, broiled": ("23568", 21, 318, 18),
    "Pasta, cooked, enriched, without added salt": ("20121", 18, 44, 7),
    "Rice, white, long-grain, regular, enriched, cooked": ("20045", 12, 35, 10),
    "Trail mix, regular": ("19059", 159, 686, 79),
    "Fish, tuna, light, canned in water, drained solids": ("15121", 27, 237, 11),
    "Orange juice, raw": ("09206", 11, 200, 11),
    "Bread, white, commercially prepared": (None, 25, 120, 150),
    "Jams and preserves": ("19297", 4, 77, 20),
    "Beverages, coffee, brewed, prepared with tap water": ("14209", 3, 49, 2),
    "Pizza, pepperoni topping, regular crust, frozen, cooked": ("22903", 22, 200, 170),
    "Doughnuts, cake-type, plain, sugared or glazed": ("18250", 15, 100, 45),
    "Beverages, carbonated, cola, regular": ("14148", 0, 2, 2),
    "Cookies, chocolate chip, commercially prepared, regular, higher fat, enriched": (None, 30, 180, 25),
    "Pretzels, hard, plain, salted": ("19047", 28, 145, 20),
    "Crackers, saltines (includes oyster, soda, soup)": ("18228", 25, 150, 20),
    "Ham, sliced, regular (approximately 11% fat)": ("07029", 22, 287, 24),
    "Lettuce, iceberg (includes crisphead types), raw": ("11252", 7, 141, 18),
    "Fast foods, hamburger; single, regular patty; plain": ("21107", 20, 230, 50),
    "Butter, with salt": ("01001", 2, 24, 24),
    "Sugars, granulated": ("19335", 0, 2, 1),
}

_Menu = tuple[tuple[str, float], ...]

_GOOD: dict[str, tuple[_Menu, ...]] = {
    "breakfast": (
        (("Cereals, oats, regular and quick, not fortified, dry", 60), ("Milk, whole", 250), ("Bananas, raw", 120)),
        (
            ("Yogurt, plain, lowfat, 12 grams protein per 8 oz", 200),
            ("Strawberries, raw", 100),
            ("Almonds, dry roasted, with salt", 25),
        ),
        (
            ("Bread, whole-wheat, commercially prepared", 70),
            ("Peanut butter, smooth style, with salt", 30),
            ("Bananas, raw", 110),
            ("Milk, whole", 250),
        ),
        (
            ("Egg, whole, cooked, hard-boiled", 100),
            ("Bread, whole-wheat, commercially prepared", 70),
            ("Oranges, raw, all commercial varieties", 140),
            ("Beverages, coffee, brewed, prepared with tap water", 200),
            ("Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D", 150),
        ),
        (
            ("Cereals, oats, regular and quick, not fortified, dry", 50),
            ("Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D", 200),
            ("Blueberries, raw", 80),
            ("Seeds, pumpkin and squash seed kernels, roasted, without salt", 15),
        ),
    ),
    "lunch": (
        (
            ("Chicken, broilers or fryers, breast, meat only, cooked, roasted", 120),
            ("Rice, brown, long-grain, cooked", 180),
            ("Broccoli, raw", 100),
            ("Yogurt, plain, lowfat, 12 grams protein per 8 oz", 150),
        ),
        (
            ("Bread, whole-wheat, commercially prepared", 80),
            ("Cheese, cheddar", 30),
            ("Tomatoes, red, ripe, raw, year round average", 100),
            ("Apples, raw, with skin", 180),
        ),
        (
            ("Quinoa, cooked", 180),
            ("Beans, black, mature seeds, cooked, boiled, without salt", 120),
            ("Avocados, raw, all commercial varieties", 70),
            ("Tomatoes, red, ripe, raw, year round average", 80),
        ),
        (
            ("Bread, whole-wheat, commercially prepared", 70),
            ("Hummus, commercial", 60),
            ("Carrots, raw", 80),
            ("Yogurt, plain, lowfat, 12 grams protein per 8 oz", 150),
        ),
        (
            ("Fish, tuna, light, canned in water, drained solids", 100),
            ("Spinach, raw", 50),
            ("Potatoes, baked, flesh and skin, without salt", 200),
            ("Cheese, cheddar", 30),
        ),
    ),
    "dinner": (
        (
            ("Fish, salmon, Atlantic, farmed, cooked, dry heat", 150),
            ("Potatoes, baked, flesh and skin, without salt", 250),
            ("Spinach, raw", 60),
        ),
        (
            ("Beef, ground, 85% lean meat / 15% fat, patty, cooked, broiled", 120),
            ("Pasta, cooked, enriched, without added salt", 220),
            ("Tomatoes, red, ripe, raw, year round average", 120),
            ("Spinach, raw", 40),
            ("Cheese, cheddar", 25),
        ),
        (
            ("Chicken, broilers or fryers, breast, meat only, cooked, roasted", 150),
            ("Sweet potato, cooked, baked in skin, flesh, without salt", 220),
            ("Broccoli, raw", 120),
        ),
        (
            ("Lentils, mature seeds, cooked, boiled, without salt", 200),
            ("Rice, brown, long-grain, cooked", 150),
            ("Spinach, raw", 60),
        ),
        (
            ("Tofu, raw, firm, prepared with calcium sulfate", 150),
            ("Rice, brown, long-grain, cooked", 180),
            ("Broccoli, raw", 120),
        ),
    ),
    "snack": (
        (("Bananas, raw", 120),),
        (("Almonds, dry roasted, with salt", 30),),
        (("Yogurt, plain, lowfat, 12 grams protein per 8 oz", 170), ("Blueberries, raw", 60)),
        (("Apples, raw, with skin", 180), ("Peanut butter, smooth style, with salt", 20)),
        (("Trail mix, regular", 40),),
        (("Chocolate, dark, 70-85% cacao solids", 20), ("Oranges, raw, all commercial varieties", 130)),
        (("Cheese, cheddar", 30), ("Orange juice, raw", 250)),
        (("Milk, whole", 300), ("Bananas, raw", 100)),
        (("Yogurt, plain, lowfat, 12 grams protein per 8 oz", 200), ("Almonds, dry roasted, with salt", 20)),
    ),
}

_POOR: dict[str, tuple[_Menu, ...]] = {
    "breakfast": (
        (
            ("Bread, white, commercially prepared", 60),
            ("Jams and preserves", 20),
            ("Beverages, coffee, brewed, prepared with tap water", 300),
        ),
        (
            ("Doughnuts, cake-type, plain, sugared or glazed", 70),
            ("Beverages, coffee, brewed, prepared with tap water", 300),
        ),
        (("Beverages, coffee, brewed, prepared with tap water", 350), ("Sugars, granulated", 8)),
        (
            ("Bread, white, commercially prepared", 60),
            ("Butter, with salt", 10),
            ("Beverages, coffee, brewed, prepared with tap water", 250),
        ),
    ),
    "lunch": (
        (("Fast foods, hamburger; single, regular patty; plain", 200), ("Beverages, carbonated, cola, regular", 370)),
        (
            ("Bread, white, commercially prepared", 80),
            ("Ham, sliced, regular (approximately 11% fat)", 50),
            ("Lettuce, iceberg (includes crisphead types), raw", 20),
            ("Beverages, carbonated, cola, regular", 370),
        ),
        (("Pizza, pepperoni topping, regular crust, frozen, cooked", 200),),
        (
            ("Rice, white, long-grain, regular, enriched, cooked", 200),
            ("Chicken, broilers or fryers, breast, meat only, cooked, roasted", 100),
        ),
        (("Pasta, cooked, enriched, without added salt", 250), ("Beverages, carbonated, cola, regular", 370)),
    ),
    "dinner": (
        (
            ("Pizza, pepperoni topping, regular crust, frozen, cooked", 280),
            ("Beverages, carbonated, cola, regular", 370),
        ),
        (("Pasta, cooked, enriched, without added salt", 300), ("Ham, sliced, regular (approximately 11% fat)", 40)),
        (
            ("Rice, white, long-grain, regular, enriched, cooked", 250),
            ("Chicken, broilers or fryers, breast, meat only, cooked, roasted", 120),
        ),
        (("Fast foods, hamburger; single, regular patty; plain", 220),),
        (("Bread, white, commercially prepared", 80), ("Egg, whole, cooked, hard-boiled", 100)),
    ),
    "snack": (
        (("Cookies, chocolate chip, commercially prepared, regular, higher fat, enriched", 40),),
        (("Pretzels, hard, plain, salted", 40),),
        (("Doughnuts, cake-type, plain, sugared or glazed", 60),),
        (("Crackers, saltines (includes oyster, soda, soup)", 30),),
        (("Apples, raw, with skin", 150),),
    ),
}

_DRINK_NA = {
    "water": 0.0,
    "sports_drink": 460.0,
    "electrolyte_drink": 1000.0,
    "ors": 1725.0,
    "coconut_water": 250.0,
    "milk": 430.0,
    "juice": 50.0,
    "other": 0.0,
}

# medicines linked to cramps in evidence 2.10: name -> (min age, sexes, note)
_CRAMP_MEDS: tuple[tuple[str, int, tuple[str, ...], str], ...] = (
    ("atorvastatin", 42, ("female", "male"), "GP started it for cholesterol"),
    ("simvastatin", 45, ("female", "male"), "for cholesterol"),
    ("rosuvastatin", 42, ("female", "male"), "cholesterol"),
    ("hydrochlorothiazide", 40, ("female", "male"), "blood pressure"),
    ("chlorthalidone", 42, ("female", "male"), "blood pressure"),
    ("indapamide", 42, ("female", "male"), "blood pressure"),
    ("nifedipine", 45, ("female", "male"), "blood pressure"),
    ("salmeterol", 18, ("female", "male"), "new combination inhaler for asthma"),
    ("formoterol", 18, ("female", "male"), "asthma inhaler, twice daily"),
    ("spironolactone", 18, ("female",), "dermatologist, for acne"),
    ("amiloride", 40, ("female", "male"), "with the blood pressure tablets"),
)

# --------------------------------------------------------------------------- helpers


def _clamp(x: float, lo: float, hi: float) -> float:
    return lo if x < lo else hi if x > hi else x


def _pick(rng: random.Random, weights: dict[str, float]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


@dataclass
class _Person:
    archetype: str
    climate: _Climate
    sex: str
    birth_year: int
    height: float
    mass: float
    sweat_base: float  # L/h at moderate effort, 18 C
    sweat_na: float  # mg sodium per L sweat
    low_drink_p: float  # chance of skimping on drinking in a session
    drink_hi: tuple[float, float]  # fraction of sweat replaced when drinking properly
    sports_p: float  # chance of a sodium drink on long sessions
    weigh_p: float  # chance of pre/post weighing on a session
    drink_log_p: float  # chance drinks of a session are logged
    temp_log_p: float  # chance weather is logged on outdoor sessions
    usual_sleep: float
    bedtime: float
    sleep_log_p: float
    shift: str  # "normal", "evening", "hot"
    portion: float
    run_speed: float
    supplements: tuple[str, ...]


@dataclass
class _Session:
    idx: int
    day: int
    start: datetime
    duration: float
    activity: str
    rpe: float
    muscles: tuple[str, ...]
    outdoor: bool
    temp: float
    rh: float
    label: str
    speed: float | None
    big: bool = False
    camp: bool = False
    note: str | None = None
    sweat_l: float = 0.0
    drink_ml: float = 0.0
    drink: str = "water"
    salt_caps: int = 0
    post_ml: float = 0.0
    post_drink: str = "water"
    loss_pct: float = 0.0
    na_lost: float = 0.0
    na_repl: float = 0.0
    acwr: float = 0.0
    consecutive: bool = False

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.duration)


@dataclass
class _Night:
    day: int  # bedtime on this day's evening
    bed: datetime
    hours: float
    quality: int
    short: bool


@dataclass
class _Ep:
    time: datetime
    kind: str
    muscle: str
    during: str
    planted: bool
    side: str | None = None
    note: str | None = None


@dataclass
class _State:
    objects: list[tuple[datetime, int, dict]] = field(default_factory=list)
    counter: int = 0


# --------------------------------------------------------------------------- builder


class _Builder:
    def __init__(self, cause: str | None, seed: int, attempt: int = 0) -> None:
        self.cause = cause
        self.seed = seed
        self.rng = random.Random(f"blind-k|{cause}|{seed}|{attempt}")
        offset = 0 if cause is None else CAUSES.index(cause) + 1
        self.archetype = ARCHETYPES[(seed + offset) % len(ARCHETYPES)]
        self.tag = f"k{offset}s{seed}"
        self.out = _State()
        self.exposed_frac = 0.0

    # ------------------------------------------------------------------ setup
    def _setup(self) -> None:
        rng, cause = self.rng, self.cause
        self.n_days = rng.randint(92, 273)
        warm = cause == "heat" or (cause in ("electrolyte_loss", "dehydration") and rng.random() < 0.6)
        pool = [c for c in _CLIMATES if c.warm] if warm else list(_CLIMATES)
        self.climate = rng.choice(pool)
        if warm or rng.random() < 0.25:
            peak = date(2026, 1, 20) if self.climate.south else date(2025, 7, 20)
            if self.climate.south and rng.random() < 0.5:
                peak = date(2025, 1, 20)
            start = peak - timedelta(days=int(self.n_days * rng.uniform(0.35, 0.65)))
        else:
            start = date(2025, 1, 6) + timedelta(days=rng.randint(0, 300))
        self.start_date = start
        self.zone = ZoneInfo(self.climate.tz)

        sex = rng.choice(("female", "male"))
        age = rng.randint(22, 58)
        if cause == "medication" and rng.random() < 0.6:
            age = rng.randint(44, 62)
        height = rng.gauss(178 if sex == "male" else 165, 6)
        bmi = rng.uniform(20.0, 23.0) if cause == "dehydration" else rng.uniform(20.5, 26.5)
        mass = bmi * (height / 100) ** 2
        shift = "normal"
        if warm and cause == "heat":
            shift = "hot"
        elif rng.random() < 0.35:
            shift = "evening"
        supps = tuple(
            s
            for s, p in (
                ("Vitamin D3", 0.5),
                ("Fish oil", 0.3),
                ("Multivitamin", 0.3),
                ("Magnesium citrate", 0.2 if cause != "nutrient_deficiency" else 0.0),
                ("Creatine monohydrate", 0.5 if self.archetype in ("gym", "rower", "football") else 0.05),
                ("Whey protein", 0.4 if self.archetype == "gym" else 0.1),
            )
            if rng.random() < p
        )
        self.p = _Person(
            archetype=self.archetype,
            climate=self.climate,
            sex=sex,
            birth_year=2025 - age,
            height=round(height, 0),
            mass=mass,
            sweat_base=rng.uniform(0.7, 1.05) * (1.0 if sex == "male" else 0.85),
            sweat_na=rng.uniform(550, 1050),
            low_drink_p=0.2,
            drink_hi=(0.45, 1.0),
            sports_p=rng.uniform(0.1, 0.35),
            weigh_p=rng.uniform(0.2, 0.45),
            drink_log_p=rng.uniform(0.35, 0.6),
            temp_log_p=rng.uniform(0.7, 0.9),
            usual_sleep=rng.uniform(6.9, 8.2),
            bedtime=rng.uniform(22.3, 23.6),
            sleep_log_p=rng.uniform(0.84, 0.93),
            shift=shift,
            portion=(1.1 if sex == "male" else 0.88) * rng.uniform(0.92, 1.08),
            run_speed=rng.uniform(9.3, 12.0),
            supplements=supps,
        )
        p = self.p
        if cause == "dehydration":
            p.sweat_base = rng.uniform(1.4, 1.7)
            p.low_drink_p = rng.uniform(0.5, 0.6)
            p.drink_hi = (0.5, 1.0)
            p.weigh_p = rng.uniform(0.7, 0.85)
        elif cause == "electrolyte_loss":
            p.sweat_base = rng.uniform(1.1, 1.4)
            p.sweat_na = rng.uniform(1200, 1600)
            p.low_drink_p = 0.05
            p.drink_hi = (0.8, 1.15)
            p.sports_p = 0.4
            p.drink_log_p = rng.uniform(0.85, 0.95)
            p.weigh_p = rng.uniform(0.35, 0.5)
        elif cause == "heat":
            p.low_drink_p = 0.08
            p.drink_hi = (0.6, 1.05)
            p.sports_p = rng.uniform(0.3, 0.45)
            p.temp_log_p = rng.uniform(0.9, 0.97)
        elif cause == "sleep_debt":
            p.sleep_log_p = rng.uniform(0.92, 0.97)

        # weekly diligence (Markov chain), 1.0 thorough .. 0.0 nothing logged by hand
        levels = (1.0, 0.6, 0.25, 0.0)
        n_weeks = self.n_days // 7 + 2
        cur = 0
        self.diligence: list[float] = []
        for _ in range(n_weeks):
            self.diligence.append(levels[cur])
            if rng.random() > 0.55:
                cur = rng.choices(range(4), weights=(0.3, 0.4, 0.2, 0.1))[0]

    def dil(self, day: int) -> float:
        return self.diligence[min(day // 7, len(self.diligence) - 1)]

    # ------------------------------------------------------------------ time
    def local(self, day: int, hour: float) -> datetime:
        d = self.start_date + timedelta(days=day)
        h = int(hour)
        m = int(round((hour - h) * 60))
        base = datetime(d.year, d.month, d.day, tzinfo=self.zone) + timedelta(hours=h, minutes=m)
        return datetime(base.year, base.month, base.day, base.hour, base.minute, tzinfo=self.zone).astimezone(UTC)

    def iso(self, t: datetime) -> str:
        return t.astimezone(self.zone).replace(second=0, microsecond=0).isoformat()

    def day_of(self, t: datetime) -> int:
        return (t.astimezone(self.zone).date() - self.start_date).days

    # ------------------------------------------------------------------ weather
    def _weather(self) -> None:
        rng = self.rng
        self.anom: list[float] = []
        a = 0.0
        for _ in range(self.n_days + 2):
            a = 0.7 * a + rng.gauss(0, 1.9)
            self.anom.append(a)

    def temp_at(self, t: datetime) -> tuple[float, float]:
        c = self.climate
        lt = t.astimezone(self.zone)
        doy = lt.timetuple().tm_yday
        peak = 20 if c.south else 201
        day = _clamp(self.day_of(t), 0, self.n_days + 1)
        mean = c.mean + c.amp * math.cos(2 * math.pi * (doy - peak) / 365.25) + self.anom[int(day)]
        hour = lt.hour + lt.minute / 60
        temp = mean + c.diurnal / 2 * math.cos(2 * math.pi * (hour - 15) / 24)
        rh = _clamp(c.rh + 2.2 * (mean - temp) + self.rng.gauss(0, 7), 12, 98)
        return temp, rh

    # ------------------------------------------------------------------ training
    def _day_modes(self) -> list[str]:
        rng, n = self.rng, self.n_days
        modes = ["normal"] * n

        def free(a: int, b: int) -> bool:
            return a >= 0 and b <= n and all(m == "normal" for m in modes[max(0, a - 10) : min(n, b + 10)])

        def place(length: int, tail: int, lo: int = 0) -> int | None:
            for _ in range(40):
                a = rng.randint(lo, max(lo, n - length - tail - 1))
                if free(a, a + length + tail):
                    return a
            return None

        # natural breaks: holidays (clean return) and an illness (gentle return)
        for _ in range(rng.choice((0, 1, 1, 2))):
            a = place(rng.randint(4, 9), 0, 10)
            if a is not None:
                for d in range(a, min(n, a + rng.randint(4, 9))):
                    modes[d] = "break"
        if rng.random() < 0.4:
            length = rng.randint(10, 14)
            a = place(length, 10, 20)
            if a is not None:
                for d in range(a, a + length):
                    modes[d] = "break"
                for d in range(a + length, min(n, a + length + 10)):
                    modes[d] = "gentle"
        if self.cause == "training_load_spike":
            n_ret = 1 if n < 150 else rng.randint(1, 2)
            n_camp = 1 if n < 130 else rng.randint(1, 2)
            for _ in range(n_ret):
                length = rng.randint(14, 20)
                a = place(length, 11, 30)
                if a is not None:
                    for d in range(a, a + length):
                        modes[d] = "break"
                    for d in range(a + length, min(n, a + length + rng.randint(9, 11))):
                        modes[d] = "catchup"
            for _ in range(n_camp):
                length = rng.randint(6, 9)
                a = place(length, 0, 35)
                if a is not None:
                    for d in range(a, a + length):
                        modes[d] = "camp"
        return modes

    def _make_session(
        self, day: int, slot: _Slot, mult: float = 1.0, allow_big: bool = True, hour: float | None = None
    ) -> _Session:
        rng, p = self.rng, self.p
        dur = max(15.0, rng.gauss(slot.dur, slot.dur_sd))
        rpe = _clamp(rng.gauss(slot.rpe, 0.8), 1, 9)
        if slot.label == "long run":
            prog = day / max(1, self.n_days - 1)
            dur = 75 + 60 * prog + rng.gauss(0, 7)
            if (day // 7) % 4 == 3:
                dur *= 0.8
        dur *= mult
        note = None
        big = False
        if allow_big and slot.key:
            p_big = 0.4 if self.cause == "muscle_fatigue" else 0.05
            if rng.random() < p_big:
                big = True
                routine_max = max((s.dur + 1.5 * s.dur_sd) for s in _SLOTS[p.archetype] if s.activity == slot.activity)
                if slot.label == "long run":
                    routine_max = 75 + 60 * day / max(1, self.n_days - 1) + 12
                longer = rng.random() < 0.6
                if longer:
                    dur = routine_max * rng.uniform(1.25, 1.5)
                    rpe = _clamp(rpe + rng.uniform(1.0, 2.0), 6, 9)
                else:
                    dur = max(dur, slot.dur) * rng.uniform(1.0, 1.15)
                    rpe = rng.choice((9.0, 9.5, 10.0))
                note = rng.choice(_BIG_NOTES[p.archetype][0 if longer else 1])
        h = slot.hour if hour is None else hour
        if hour is None and h < 10.5:
            if p.shift == "evening" and slot.activity != "hiking":
                h = 18.25
            elif p.shift == "hot":
                h = rng.uniform(10.0, 11.0) if slot.activity == "hiking" else rng.choice((12.25, 12.5, 17.0, 17.5))
        if hour is None and p.shift == "hot" and h >= 17.5:
            h = rng.choice((16.5, 17.0, 17.5))
        h += rng.gauss(0, 0.3)
        start = self.local(day, _clamp(h, 5.0, 21.0))
        p_out = slot.outdoor
        if p.shift == "hot" and p_out >= 0.5:
            p_out = 0.95
        outdoor = rng.random() < p_out
        mid = start + timedelta(minutes=dur / 2)
        t_out, rh_out = self.temp_at(mid)
        if slot.activity == "racket_sport" and t_out < 8:
            outdoor = rng.random() < 0.2
        if outdoor:
            temp, rh = t_out, rh_out
        else:
            temp = 20.5 + rng.gauss(0, 1.0) + (0.75 if p.shift == "hot" else 0.25) * max(0.0, t_out - 21)
            rh = _clamp(rng.gauss(45, 8), 20, 75)
        return _Session(
            idx=0,
            day=day,
            start=start,
            duration=round(dur),
            activity=slot.activity,
            rpe=round(rpe * 2) / 2,
            muscles=slot.muscles,
            outdoor=outdoor,
            temp=temp,
            rh=rh,
            label=slot.label,
            speed=slot.speed,
            big=big,
            note=note,
        )

    def _sessions(self) -> None:
        rng, n = self.rng, self.n_days
        modes = self._day_modes()
        self.modes = modes
        slots = _SLOTS[self.archetype]
        key_slots = [s for s in slots if s.key]
        # the gym-goer of a sweat-related journal also rides and runs more
        sweaty = self.archetype == "gym" and self.cause in ("dehydration", "electrolyte_loss", "heat")
        sessions: list[_Session] = []
        first_monday = -self.start_date.weekday()
        for w0 in range(first_monday, n, 7):
            for slot in slots:
                shift = rng.choices((-1, 0, 1), weights=(0.1, 0.8, 0.1))[0]
                wd = _clamp(slot.weekday + shift, 0, 6)
                day = int(w0 + wd)
                if not 0 <= day < n:
                    continue
                mode = modes[day]
                if mode in ("break", "camp"):
                    continue
                prob = slot.prob
                if sweaty and slot.activity in ("cycling", "hiit", "running"):
                    prob = min(1.0, prob * 1.5)
                if self.cause in ("dehydration", "electrolyte_loss", "heat") and slot.key:
                    prob = min(1.0, max(prob * 1.3, 0.6))
                mult = 1.0
                if mode == "gentle":
                    prob *= 0.5
                    mult = 0.8
                elif mode == "catchup":
                    prob = 1.0
                if rng.random() < prob:
                    sessions.append(self._make_session(day, slot, mult, allow_big=mode == "normal"))
        # catch-up extras and camps (normal-length sessions, just many of them)
        busy = {s.day for s in sessions}
        for day, mode in enumerate(modes):
            if mode == "catchup" and day not in busy and rng.random() < 0.7:
                slot = rng.choice(key_slots)
                sessions.append(self._make_session(day, _as_routine(slot), allow_big=False))
            elif mode == "camp":
                slot = rng.choice(key_slots)
                s = self._make_session(day, _as_routine(slot), allow_big=False, hour=9.0)
                s.camp = True
                s.note = rng.choice(("camp day", "training camp", "holiday training block", None))
                sessions.append(s)
                if rng.random() < 0.6:
                    slot2 = rng.choice(slots)
                    s2 = self._make_session(day, _as_routine(slot2), allow_big=False, hour=16.5)
                    s2.camp = True
                    sessions.append(s2)
        sessions.sort(key=lambda s: s.start)
        kept: list[_Session] = []
        for s in sessions:  # one slot moved onto another's day and hour: the later one is skipped
            if kept and kept[-1].day == s.day and s.start < kept[-1].end + timedelta(minutes=60):
                continue
            kept.append(s)
        sessions = kept
        for i, s in enumerate(sessions):
            s.idx = i
        self.sessions = sessions
        self.by_day: dict[int, list[_Session]] = {}
        for s in sessions:
            self.by_day.setdefault(s.day, []).append(s)
        self._physiology()

    def _physiology(self) -> None:
        rng, p = self.rng, self.p
        for s in self.sessions:
            heat_f = _clamp(1 + 0.035 * (s.temp - 18), 0.75, 1.8)
            rate = p.sweat_base * _SWEAT_FACTOR.get(s.activity, 0.8) * (0.55 + 0.075 * s.rpe) * heat_f
            s.sweat_l = rate * s.duration / 60 * rng.uniform(0.9, 1.1)
            if rng.random() < p.low_drink_p:
                frac = rng.uniform(0.0, 0.2)
            else:
                frac = rng.uniform(*p.drink_hi)
            if s.duration < 40 and rng.random() < 0.5:
                frac = 0.0
            s.drink_ml = round(frac * s.sweat_l * 1000 / 50) * 50
            s.drink = "water"
            if s.duration >= 60 and rng.random() < p.sports_p:
                if self.cause == "electrolyte_loss":
                    s.drink = rng.choice(("electrolyte_drink", "ors", "sports_drink"))
                    s.salt_caps = rng.randint(2, 3) if s.drink == "sports_drink" else rng.choice((0, 0, 1))
                else:
                    s.drink = _pick(rng, {"sports_drink": 5, "electrolyte_drink": 2, "coconut_water": 1, "ors": 0.5})
                    s.salt_caps = 1 if s.duration > 120 and rng.random() < 0.2 else 0
            if rng.random() < (0.25 if self.cause == "dehydration" else 0.55):
                s.post_ml = round(rng.uniform(250, 650) / 50) * 50
                s.post_drink = _pick(rng, {"water": 5, "milk": 1.5, "sports_drink": 1, "juice": 1})
            s.loss_pct = (s.sweat_l - s.drink_ml / 1000) / p.mass * 100
            s.na_lost = s.sweat_l * p.sweat_na
            s.na_repl = (
                s.drink_ml / 1000 * _DRINK_NA[s.drink] + s.salt_caps * 215 + s.post_ml / 1000 * _DRINK_NA[s.post_drink]
            )
        # acute:chronic load and consecutive-day muscle use
        load = [0.0] * self.n_days
        for s in self.sessions:
            load[s.day] += s.duration * s.rpe
        for s in self.sessions:
            d = s.day
            if d >= 28:
                acute = sum(load[d - 6 : d + 1])
                chronic = sum(load[d - 27 : d + 1]) / 4
                s.acwr = acute / chronic if chronic > 0 else 0.0
            prev = self.by_day.get(d - 1, [])
            s.consecutive = any(set(s.muscles) & set(q.muscles) for q in prev)

    # ------------------------------------------------------------------ sleep
    def _sleep(self) -> None:
        rng, p = self.rng, self.p
        n_nights = self.n_days - 1
        # clustered short nights (deadlines, late evenings, travel), placed up front
        frac = rng.uniform(0.13, 0.17) if self.cause == "sleep_debt" else rng.uniform(0.04, 0.08)
        short_plan: set[int] = set()
        while len(short_plan) < frac * n_nights:
            a = rng.randrange(n_nights)
            short_plan.update(range(a, min(n_nights, a + rng.randint(1, 4 if self.cause == "sleep_debt" else 3))))
        nights: list[_Night] = []
        for d in range(n_nights):
            weekend = (self.start_date + timedelta(days=d)).weekday() in (4, 5)
            bed_h = rng.gauss(p.bedtime + (0.5 if weekend else 0.0), 0.35)
            hours = _clamp(rng.gauss(p.usual_sleep + (0.3 if weekend else 0.0), 0.45), 5.0, 10.0)
            if d in short_plan:
                cut = rng.uniform(1.8, 3.2)
                bed_h += rng.uniform(0.3, 1.0) * cut
                hours = p.usual_sleep - cut
            bed = self.local(d, bed_h)
            wake = bed + timedelta(hours=hours)
            early = [s for s in self.by_day.get(d + 1, []) if s.start - timedelta(minutes=40) < wake]
            if early:
                wake = early[0].start - timedelta(minutes=rng.randint(35, 60))
                hours = (wake - bed).total_seconds() / 3600
            short = hours <= p.usual_sleep - 1.7
            q = int(_clamp(round(3.2 + (hours - p.usual_sleep) * 0.9 + rng.gauss(0, 0.6)), 1, 5))
            nights.append(_Night(day=d, bed=bed, hours=hours, quality=q, short=short))
        self.nights = nights

    # ------------------------------------------------------------------ diet
    def _diet(self) -> None:
        rng, n = self.rng, self.n_days
        self.poor_from, self.poor_to = -1, -1
        if self.cause == "nutrient_deficiency":
            length = int(n * rng.uniform(0.6, 0.7))
            if rng.random() < 0.5:
                self.poor_from, self.poor_to = 0, length
            else:
                self.poor_from, self.poor_to = n - length, n
        bursts: list[tuple[int, int]] = []
        d = rng.randint(0, 6)
        while d < n:
            length = rng.randint(3, 9)
            bursts.append((d, min(n, d + length)))
            d += length + rng.randint(10, 28)
        if self.cause == "nutrient_deficiency":
            for a, b in (
                (self.poor_from, self.poor_to),
                (0, self.poor_from) if self.poor_from > 0 else (self.poor_to, n),
            ):
                inside = [x for x in bursts if a <= x[0] < b]
                while len(inside) < 3 and b - a > 12:
                    s0 = rng.randint(a, b - 6)
                    bursts.append((s0, s0 + rng.randint(4, 6)))
                    inside.append(bursts[-1])
        self.meal_days = sorted({day for a, b in bursts for day in range(a, min(b, n))})

    def poor_day(self, day: int) -> bool:
        return self.poor_from <= day < self.poor_to

    # ------------------------------------------------------------------ episodes
    def _episodes(self) -> list[_Ep]:
        rng, cause = self.rng, self.cause
        eps: list[_Ep] = []
        if cause is None:
            n_bg, n_tw = rng.randint(9, 16), rng.randint(1, 3)
            planted: list[_Ep] = []
        else:
            target = (
                rng.randint(8, 13)
                if cause == "electrolyte_loss"
                else rng.randint(9, 14)
                if cause == "nutrient_deficiency"
                else rng.randint(9, 16)
            )
            planted = self._planted(target)
            n_bg, n_tw = rng.randint(2, 5), rng.randint(1, 3)
            while n_bg + n_tw >= len(planted) and n_bg + n_tw > 2:
                if n_bg > 1 and n_bg >= n_tw:
                    n_bg -= 1
                else:
                    n_tw -= 1
        eps.extend(planted)
        for _ in range(n_bg):
            where = _pick(rng, {"session": 0.4, "night": 0.35, "rest": 0.25})
            if where == "session" and self.sessions:
                eps.append(self._session_ep(rng.choice(self.sessions), "background", planted=False))
            elif where == "night":
                eps.append(self._night_ep(rng.choice(self.nights), planted=False))
            else:
                eps.append(self._rest_ep(rng.randrange(self.n_days), planted=False))
        for _ in range(n_tw):
            eps.append(self._rest_ep(rng.randrange(self.n_days), planted=False, twitch=True))
        return eps

    def _weighted_sample(self, units: list[_Session], weights: list[float], k: int) -> list[_Session]:
        chosen: list[_Session] = []
        pool = list(zip(units, weights, strict=True))
        for _ in range(min(k, len(pool))):
            total = sum(w for _, w in pool)
            r = self.rng.uniform(0, total)
            acc = 0.0
            for i, (u, w) in enumerate(pool):
                acc += w
                if acc >= r:
                    chosen.append(u)
                    pool.pop(i)
                    break
        return chosen

    def _planted(self, target: int) -> list[_Ep]:
        rng, cause = self.rng, self.cause
        ss = self.sessions
        eps: list[_Ep] = []
        if cause in ("dehydration", "electrolyte_loss", "heat", "training_load_spike", "muscle_fatigue"):
            if cause == "dehydration":
                units = [s for s in ss if s.loss_pct >= 2.0]
                weights = [s.loss_pct - 1.5 for s in units]
            elif cause == "electrolyte_loss":
                units = [s for s in ss if s.sweat_l >= 1.4 and s.na_repl < 0.35 * s.na_lost]
                weights = [(s.na_lost - s.na_repl) / 1000 for s in units]
            elif cause == "heat":
                units = [s for s in ss if _hot(s)]
                weights = [max(0.5, s.temp - 24) for s in units]
            elif cause == "training_load_spike":
                units = [s for s in ss if s.acwr >= 1.5]
                weights = [s.acwr - 1.2 for s in units]
            else:
                units = [s for s in ss if s.big or s.consecutive]
                weights = [3.0 if s.big else 0.35 for s in units]
            self.exposed_frac = len(units) / max(1, len(ss))
            k = min(target, max(3, int(0.65 * len(units))))
            for s in self._weighted_sample(units, weights, k):
                if cause == "training_load_spike" and rng.random() < 0.12:
                    night = self._night_of(s.day)
                    if night is not None:
                        eps.append(self._night_ep(night, planted=True))
                        continue
                eps.extend(self._session_cause_eps(s))
            return eps
        # day-level causes
        if cause == "sleep_debt":
            days = [nt.day + 1 for nt in self.nights if nt.short]
            days = [d for d in days if d < self.n_days]
        elif cause == "nutrient_deficiency":
            lag = 14 if self.poor_from > 0 else 7
            days = list(range(self.poor_from + lag, self.poor_to))
        else:  # medication
            self.med_start = int(self.n_days * rng.uniform(0.3, 0.5))
            lag = rng.randint(5, 15)
            days = list(range(self.med_start + lag, self.n_days))
        k = min(target, max(3, int(0.6 * len(days)))) if cause == "sleep_debt" else target
        chosen = rng.sample(days, min(k, len(days))) if cause == "sleep_debt" else [rng.choice(days) for _ in range(k)]
        for d in chosen:
            day_sessions = self.by_day.get(d, [])
            if cause == "sleep_debt":
                r = rng.random()
                if day_sessions and r < 0.55:
                    eps.append(self._session_ep(rng.choice(day_sessions), "fatigue", planted=True))
                elif r < 0.8 or self._night_of(d - 1) is None:
                    eps.append(self._rest_ep(d, planted=True, twitch=rng.random() < 0.15, after_hour=13.0))
                else:
                    nt = self._night_of(d - 1)
                    assert nt is not None
                    eps.append(self._night_ep(nt, planted=True, late=True))
            else:
                r = rng.random()
                if r < 0.45 and self._night_of(d) is not None:
                    nt = self._night_of(d)
                    assert nt is not None
                    eps.append(self._night_ep(nt, planted=True))
                elif r < 0.65 or not day_sessions:
                    eps.append(self._rest_ep(d, planted=True))
                else:
                    eps.append(self._session_ep(rng.choice(day_sessions), "fatigue", planted=True))
        if cause == "nutrient_deficiency":
            for _ in range(rng.randint(1, 2)):
                eps.append(self._rest_ep(rng.choice(days), planted=True, twitch=True))
        return eps

    def _night_of(self, day: int) -> _Night | None:
        if 0 <= day < len(self.nights):
            return self.nights[day]
        return None

    def _session_cause_eps(self, s: _Session) -> list[_Ep]:
        rng, cause = self.rng, self.cause
        if cause == "dehydration":
            style = "after" if rng.random() < 0.65 else "late"
        elif cause == "electrolyte_loss":
            style = "after" if rng.random() < 0.5 else "late"
        elif cause == "heat":
            style = "after" if rng.random() < 0.4 else "late"
        else:
            style = "after" if rng.random() < 0.4 else "late"
        ep = self._session_ep(s, style, planted=True)
        eps = [ep]
        if cause == "electrolyte_loss" and rng.random() < 0.35:
            other = [m for m in ("calf", "hamstring", "quadriceps", "abdomen", "hand", "forearm") if m != ep.muscle]
            t2 = ep.time + timedelta(minutes=rng.randint(5, 40))
            eps.append(
                _Ep(
                    time=t2,
                    kind="spasm",
                    muscle=rng.choice(other),
                    during="exercise" if t2 < s.end else "after_exercise",
                    planted=True,
                    side="both",
                    note=rng.choice(("cramping all over", "then this one went too", None)),
                )
            )
        return eps

    def _session_muscle(self, s: _Session) -> str:
        weights = {
            "calf": 5,
            "hamstring": 3,
            "quadriceps": 2.5,
            "adductor": 1.5,
            "forearm": 1.0,
            "hand": 0.8,
            "abdomen": 0.4,
            "glute": 0.3,
            "lower_back": 0.3,
            "upper_back": 0.3,
            "chest": 0.3,
            "triceps": 0.3,
            "biceps": 0.4,
            "shoulder": 0.2,
        }
        cand = {m: weights.get(m, 0.3) for m in s.muscles}
        if s.activity in ("running", "hiking", "team_sport", "racket_sport", "walking"):
            cand["foot"] = 0.8
        if s.activity in ("racket_sport", "rowing"):
            cand["hand"] = 0.6
        return _pick(self.rng, cand)

    def _session_ep(self, s: _Session, style: str, planted: bool) -> _Ep:
        rng = self.rng
        if style in ("background", "fatigue"):
            style = "late" if rng.random() < 0.5 else "after"
        if style == "late":
            t = s.start + timedelta(minutes=s.duration * rng.uniform(0.6, 0.97))
            during = "exercise"
        else:
            t = s.end + timedelta(minutes=rng.uniform(5, 150))
            during = "after_exercise"
        return _Ep(
            time=t,
            kind="spasm",
            muscle=self._session_muscle(s),
            during=during,
            planted=planted,
            side=rng.choice(("left", "right", "left", "right", "both")),
        )

    def _night_ep(self, nt: _Night, planted: bool, late: bool = False) -> _Ep:
        rng = self.rng
        frac = rng.uniform(0.7, 0.95) if late else rng.uniform(0.25, 0.9)
        t = nt.bed + timedelta(hours=nt.hours * frac)
        nt.quality = max(1, nt.quality - 1)
        return _Ep(
            time=t,
            kind="spasm",
            muscle=_pick(rng, {"calf": 6, "foot": 2.5, "toes": 1, "hamstring": 0.7}),
            during="sleep",
            planted=planted,
            side=rng.choice(("left", "right", "left", "right")),
            note=rng.choice(("woke me up", "woke up with it", None, None)),
        )

    def _rest_ep(self, day: int, planted: bool, twitch: bool = False, after_hour: float = 10.0) -> _Ep:
        rng = self.rng
        busy = [(s.start - timedelta(minutes=30), s.end + timedelta(hours=3)) for s in self.by_day.get(day, [])]
        t = self.local(day, rng.uniform(after_hour, 21.5))
        for _ in range(10):
            if not any(a <= t <= b for a, b in busy):
                break
            t = self.local(day, rng.uniform(after_hour, 21.5))
        if twitch:
            muscle = _pick(rng, {"eyelid": 5, "calf": 2.5, "hand": 0.7, "quadriceps": 0.7, "face": 0.4, "fingers": 0.3})
            return _Ep(
                time=t,
                kind="twitch",
                muscle=muscle,
                during="rest",
                planted=planted,
                side=rng.choice(("left", "right", None)),
            )
        muscle = _pick(
            rng, {"calf": 3, "foot": 2, "hand": 1.5, "hamstring": 1, "toes": 1, "fingers": 0.5, "abdomen": 0.3}
        )
        return _Ep(
            time=t,
            kind="spasm",
            muscle=muscle,
            during="rest",
            planted=planted,
            side=rng.choice(("left", "right", "both", None)),
            note=rng.choice(("sitting at my desk", "in the shower", "on the sofa", "writing", None, None, None)),
        )

    # ------------------------------------------------------------------ output
    def emit(self, t: datetime, obj: dict) -> None:
        self.out.counter += 1
        self.out.objects.append((t, self.out.counter, obj))

    def _fmt_kg(self, kg: float) -> float | str:
        if self.climate.imperial and self.rng.random() < 0.5:
            return f"{kg / 0.45359237:.1f} lb"
        return round(kg, 1)

    def _fmt_ml(self, ml: float) -> float | str:
        if self.climate.imperial and self.rng.random() < 0.4:
            return f"{max(1, round(ml / 29.5735))} oz"
        return round(ml)

    def _emit_profile(self) -> None:
        p = self.p
        obj: dict = {
            "type": "profile",
            "sex": p.sex,
            "birth_year": p.birth_year,
            "body_mass_kg": round(p.mass, 1),
            "height_cm": p.height,
            "timezone": self.climate.tz,
        }
        if p.sex == "female" and self.rng.random() < 0.5:
            obj["pregnant"] = False
        self.out.objects.append((datetime.min.replace(tzinfo=UTC), 0, obj))

    def _mass_on(self, day: int) -> float:
        return self.p.mass + self.mass_drift * day / self.n_days + self.mass_noise[day]

    def _emit_sessions(self) -> None:
        rng, p = self.rng, self.p
        for s in self.sessions:
            dl = self.dil(s.day)
            if rng.random() < 0.04:
                continue  # watch not worn / not synced
            w: dict = {
                "type": "workout",
                "id": f"{self.tag}-w{s.idx}",
                "time": self.iso(s.start),
                "duration_min": s.duration,
                "activity": s.activity,
            }
            if rng.random() < 0.55 + 0.4 * dl:
                w["rpe"] = s.rpe
            if s.activity != "strength" or rng.random() < 0.5:
                hr = (85 + 7 * s.rpe if s.activity == "strength" else 96 + 9 * s.rpe) - 0.3 * (2025 - p.birth_year - 30)
                w["avg_hr"] = int(_clamp(hr + rng.gauss(0, 5), 60, 195))
            if s.speed is not None:
                speed = s.speed * (p.run_speed / 10.5 if s.activity == "running" else 1.0)
                speed *= 1 + 0.04 * (s.rpe - 5)
                w["distance_km"] = round(speed * s.duration / 60 * rng.uniform(0.93, 1.03), 2)
            log_t = rng.random() < (p.temp_log_p if s.outdoor else 0.25)
            if log_t:
                if self.climate.imperial and rng.random() < 0.3:
                    w["temperature_c"] = f"{round(s.temp * 9 / 5 + 32)} degF"
                else:
                    w["temperature_c"] = round(s.temp, 1)
                if rng.random() < 0.8:
                    w["humidity_pct"] = round(s.rh)
            if rng.random() < 0.45 + 0.5 * dl:
                w["muscle_groups"] = list(s.muscles)
            if rng.random() < 0.25 * (0.4 + dl):
                w["warm_up_min"] = rng.choice((5, 10, 10, 15))
                w["cool_down_min"] = rng.choice((0, 5, 5, 10))
            note = s.note
            if note is None and rng.random() < 0.06:
                note = rng.choice(("legs heavy", "felt good", "new shoes", "windy", "short on time"))
            if s.drink_ml == 0 and s.duration >= 60 and rng.random() < 0.3:
                note = "forgot my bottle" if note is None else f"{note}; forgot my bottle"
            if note:
                w["notes"] = note
            self.emit(s.start, w)

            weighed = rng.random() < p.weigh_p * (0.5 if dl == 0 else 1.0)
            if weighed:
                pre = self._mass_on(s.day) + rng.gauss(0, 0.15)
                post = pre - s.sweat_l + s.drink_ml / 1000 - 0.05 + rng.gauss(0, 0.08)
                t_pre = s.start - timedelta(minutes=rng.randint(5, 20))
                t_post = s.end + timedelta(minutes=rng.randint(5, 15))
                self.emit(
                    t_pre,
                    {"type": "body_mass", "time": self.iso(t_pre), "kg": self._fmt_kg(pre), "context": "pre_workout"},
                )
                self.emit(
                    t_post,
                    {
                        "type": "body_mass",
                        "time": self.iso(t_post),
                        "kg": self._fmt_kg(post),
                        "context": "post_workout",
                    },
                )
            log_drinks = rng.random() < p.drink_log_p * (0.3 if dl == 0 else (0.6 + 0.4 * dl))
            if log_drinks and s.drink_ml > 0:
                parts = 1 if s.duration < 60 else min(3, 1 + int(s.duration // 50))
                ml_each = s.drink_ml / parts
                for i in range(parts):
                    t = s.start + timedelta(minutes=s.duration * (i + 0.6) / (parts + 0.3))
                    f: dict = {"type": "fluid", "time": self.iso(t), "ml": self._fmt_ml(ml_each), "drink": s.drink}
                    if s.drink == "electrolyte_drink" and rng.random() < 0.3:
                        f["sodium_mg"] = round(ml_each / 1000 * 1000)
                    self.emit(t, f)
            if log_drinks and s.salt_caps:
                t = s.start + timedelta(minutes=s.duration * 0.4)
                self.emit(
                    t,
                    {
                        "type": "supplement",
                        "time": self.iso(t),
                        "name": "Salt capsule",
                        "sodium_mg": 215 * s.salt_caps,
                        "potassium_mg": 63 * s.salt_caps,
                        "notes": f"{s.salt_caps} caps",
                    },
                )
            if log_drinks and s.post_ml > 0:
                t = s.end + timedelta(minutes=rng.randint(16, 40))
                self.emit(
                    t, {"type": "fluid", "time": self.iso(t), "ml": self._fmt_ml(s.post_ml), "drink": s.post_drink}
                )
            if (
                log_drinks
                and s.duration >= 75
                and s.activity in ("running", "cycling", "hiking")
                and rng.random() < 0.4
            ):
                t = s.start + timedelta(minutes=s.duration * 0.5)
                self.emit(t, {"type": "supplement", "time": self.iso(t), "name": "Energy gel", "sodium_mg": 50})

    def _emit_sleep(self) -> None:
        rng, p = self.rng, self.p
        for nt in self.nights:
            if rng.random() > p.sleep_log_p:
                continue
            end = nt.bed + timedelta(hours=nt.hours)
            if end >= self.stop:
                continue
            obj: dict = {"type": "sleep", "id": f"{self.tag}-n{nt.day}", "time": self.iso(nt.bed)}
            if rng.random() < 0.06:
                obj["hours"] = round(nt.hours * 4) / 4
                del obj["id"]
            else:
                obj["end"] = self.iso(end)
            if rng.random() < 0.9:
                obj["quality"] = nt.quality
            self.emit(nt.bed, obj)

    def _emit_mornings(self) -> None:
        rng = self.rng
        for d in range(self.n_days):
            dl = self.dil(d)
            if rng.random() < 0.4 * dl:
                t = self.local(d, rng.uniform(6.3, 8.0))
                if any(s.start - timedelta(minutes=30) <= t <= s.end for s in self.by_day.get(d, [])):
                    continue
                self.emit(
                    t,
                    {
                        "type": "body_mass",
                        "time": self.iso(t),
                        "kg": self._fmt_kg(self._mass_on(d) - 0.3 + rng.gauss(0, 0.1)),
                        "context": "morning",
                    },
                )

    def _meal_items(self, menu: _Menu, scale: float) -> list[dict]:
        rng = self.rng
        items = []
        for name, grams in menu:
            g = max(5, round(grams * scale * rng.uniform(0.85, 1.15) / 5) * 5)
            ndb = _FOODS[name][0]
            if ndb is not None and rng.random() < 0.15:
                items.append({"ndb_no": ndb, "grams": g})
            else:
                items.append({"food": name if rng.random() < 0.7 else name.lower(), "grams": g})
        return items

    def _emit_meals(self) -> None:
        rng, p = self.rng, self.p
        for d in self.meal_days:
            if self.dil(d) == 0.0 and rng.random() < 0.7:
                continue
            poor = self.poor_day(d)
            if self.cause == "nutrient_deficiency" and not poor:
                poor_meal_p = 0.12
            elif poor:
                poor_meal_p = 0.92
            else:
                poor_meal_p = 0.1
            scale = p.portion * rng.uniform(0.9, 1.1)
            sess = self.by_day.get(d, [])
            evening = any(s.start.astimezone(self.zone).hour >= 17 for s in sess)
            times = {
                "breakfast": rng.uniform(6.8, 8.6),
                "lunch": rng.uniform(12.0, 13.6),
                "snack": rng.uniform(15.3, 16.5),
                "dinner": rng.uniform(20.6, 21.3) if evening else rng.uniform(18.5, 20.0),
            }
            for meal, hour in times.items():
                if meal == "snack" and rng.random() < 0.25:
                    continue
                if meal == "breakfast" and sess and sess[0].start.astimezone(self.zone).hour < 9:
                    hour = max(hour, (sess[0].end.astimezone(self.zone).hour + 0.7))
                src = _POOR if rng.random() < poor_meal_p else _GOOD
                menu = rng.choice(src[meal])
                t = self.local(d, hour)
                for s in sess:  # not in the middle of a session: eaten afterwards
                    if s.start <= t <= s.end:
                        t = s.end + timedelta(minutes=rng.randint(25, 50))
                obj: dict = {"type": "meal", "time": self.iso(t), "items": self._meal_items(menu, scale)}
                if poor and rng.random() < 0.08:
                    obj["notes"] = rng.choice(
                        ("busy week, takeaway again", "no time to cook", "grabbed something at the station")
                    )
                self.emit(t, obj)
            # on a thorough food-logging day, drinks outside training get logged too
            for hour in sorted(rng.uniform(9, 21) for _ in range(rng.randint(2, 4))):
                t = self.local(d, hour)
                if any(s.start - timedelta(minutes=30) <= t <= s.end + timedelta(hours=1) for s in sess):
                    continue
                self.emit(
                    t,
                    {
                        "type": "fluid",
                        "time": self.iso(t),
                        "ml": self._fmt_ml(rng.choice((250, 330, 400, 500))),
                        "drink": "water",
                    },
                )
            t = self.local(d, rng.uniform(7.0, 8.5))
            self.emit(
                t, {"type": "fluid", "time": self.iso(t), "ml": 250, "drink": rng.choice(("coffee", "coffee", "tea"))}
            )
            if rng.random() < 0.25:
                t = self.local(d, rng.uniform(19.0, 22.0))
                self.emit(
                    t,
                    {
                        "type": "fluid",
                        "time": self.iso(t),
                        "ml": self._fmt_ml(rng.choice((330, 500))),
                        "drink": rng.choice(("beer", "soft_drink", "tea")),
                    },
                )

    def _emit_supplements(self) -> None:
        rng, p = self.rng, self.p
        spec = {
            "Vitamin D3": {},
            "Fish oil": {},
            "Multivitamin": {"magnesium_mg": 50, "calcium_mg": 160, "potassium_mg": 80},
            "Magnesium citrate": {"magnesium_mg": 150},
            "Creatine monohydrate": {},
            "Whey protein": {"calcium_mg": 120, "potassium_mg": 160},
        }
        for d in range(self.n_days):
            dl = self.dil(d)
            for name in p.supplements:
                if rng.random() < 0.55 * dl:
                    t = self.local(d, rng.uniform(7.0, 9.0) if name != "Magnesium citrate" else rng.uniform(21.0, 22.5))
                    obj: dict = {"type": "supplement", "time": self.iso(t), "name": name}
                    obj.update(spec[name])
                    self.emit(t, obj)

    def _emit_medications(self) -> None:
        rng, n = self.rng, self.n_days
        meds: list[tuple[str, int, int | None, str | None]] = []
        if rng.random() < 0.6:
            a = rng.randint(0, max(0, n - 40))
            meds.append(("cetirizine", a, min(n - 1, a + rng.randint(25, 70)), "hay fever"))
        if rng.random() < 0.5:
            a = rng.randint(0, n - 6)
            meds.append((rng.choice(("paracetamol", "ibuprofen")), a, a + rng.randint(2, 5), "knock on the knee"))
        if rng.random() < 0.25:
            a = rng.randint(0, n - 8)
            meds.append(("amoxicillin", a, a + 7, "chest infection"))
        if rng.random() < 0.15:
            a = rng.randint(0, n - 30)
            meds.append(("loratadine", a, None, None))
        if self.cause == "medication":
            age = 2025 - self.p.birth_year
            opts = [m for m in _CRAMP_MEDS if age >= m[1] and self.p.sex in m[2]]
            pick = rng.choice(opts)
            meds.append((pick[0], self.med_start, None, pick[3]))
        for name, a, b, why in meds:
            obj: dict = {"type": "medication", "name": name, "start": (self.start_date + timedelta(days=a)).isoformat()}
            if b is not None:
                obj["end"] = (self.start_date + timedelta(days=b)).isoformat()
            if why:
                obj["notes"] = why
            self.emit(self.local(a, 8.0), obj)

    def _emit_episodes(self, eps: list[_Ep]) -> None:
        rng = self.rng
        for e in sorted(eps, key=lambda x: x.time):
            if not self.start <= e.time < self.stop:
                continue
            dl = self.dil(self.day_of(e.time))
            detail = 0.55 + 0.45 * dl
            obj: dict = {"type": "episode", "time": self.iso(e.time), "kind": e.kind, "muscle": e.muscle}
            if e.side and rng.random() < 0.6 + 0.4 * detail:
                obj["side"] = e.side
            if e.kind == "twitch":
                if rng.random() < detail:
                    obj["duration_s"] = rng.choice((3, 5, 10, 20, 30, 60, 90))
                if rng.random() < detail:
                    obj["pain"] = rng.choice((0, 0, 1))
                obj["during"] = e.during
            else:
                if rng.random() < 0.5 + 0.5 * detail:
                    base = 120 if e.during == "sleep" else 60
                    obj["duration_s"] = int(_clamp(rng.lognormvariate(math.log(base), 0.7), 10, 900))
                if rng.random() < 0.5 + 0.5 * detail:
                    obj["pain"] = int(_clamp(round(rng.gauss(6, 1.5)), 2, 10))
                if rng.random() < 0.93:
                    obj["during"] = e.during
                if rng.random() < 0.4 + 0.5 * detail:
                    if e.during == "sleep":
                        obj["relief"] = rng.choice(
                            (["stretching"], ["walking_it_off"], ["massage"], ["stretching", "massage"])
                        )
                    else:
                        obj["relief"] = rng.choice(
                            (
                                ["stretching"],
                                ["stretching", "massage"],
                                ["walking_it_off"],
                                ["pickle_juice", "stretching"],
                                ["hydration", "stretching"],
                                ["rest"],
                            )
                        )
                    obj["relieved"] = rng.random() < 0.92
                if rng.random() < 0.08:
                    obj["flags"] = {"weakness": False, "swelling": False}
            if e.note and rng.random() < 0.7:
                obj["notes"] = e.note
            self.emit(e.time, obj)

    # ------------------------------------------------------------------ build
    def build(self) -> BlindJournal:
        self._setup()
        self.start = self.local(0, 0.0)
        self.stop = self.local(self.n_days, 0.0)
        self._weather()
        self._sessions()
        self._sleep()
        self._diet()
        self.mass_drift = self.rng.uniform(-2.0, 1.5)
        self.mass_noise = [self.rng.gauss(0, 0.3) for _ in range(self.n_days + 1)]
        eps = self._episodes()
        self._emit_profile()
        self._emit_medications()
        self._emit_sessions()
        self._emit_sleep()
        self._emit_mornings()
        self._emit_meals()
        self._emit_supplements()
        self._emit_episodes(eps)
        self.planted_count = sum(1 for e in eps if e.planted and self.start <= e.time < self.stop)
        self.episode_count = sum(1 for e in eps if self.start <= e.time < self.stop)
        ordered = sorted(self.out.objects, key=lambda x: (x[0], x[1]))
        return BlindJournal(cause=self.cause, objects=[o for _, _, o in ordered], start=self.start, stop=self.stop)


def _as_routine(slot: _Slot) -> _Slot:
    """The same slot, never turned into a big day (camps and catch-up weeks)."""
    return _Slot(
        slot.weekday,
        slot.prob,
        slot.activity,
        slot.dur,
        slot.dur_sd,
        slot.rpe,
        slot.hour,
        slot.outdoor,
        slot.muscles,
        slot.label,
        False,
        slot.speed,
    )


def _hot(s: _Session) -> bool:
    return s.temp >= 28.0 or (s.temp >= 25.0 and s.rh >= 70.0)


def blind_journal(cause: str | None, seed: int) -> BlindJournal:
    """A deterministic synthetic journal for one person, with ``cause`` planted (or none)."""
    if cause is not None and cause not in CAUSES:
        raise ValueError(f"unknown cause {cause!r}; expected one of {CAUSES} or None")
    # A person for whom the planted cause hardly ever happens (say, a gym-goer in a mild
    # season for "heat") is redrawn, deterministically, with the same sport.
    journal = None
    for attempt in range(8):
        builder = _Builder(cause, seed, attempt)
        journal = builder.build()
        n_ep, n_planted = builder.episode_count, builder.planted_count
        if 9 <= n_ep <= 25 and (cause is None or 2 * n_planted > n_ep) and builder.exposed_frac <= 0.55:
            break
    assert journal is not None
    return journal
