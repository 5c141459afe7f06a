"""Blind synthetic cramp journals, generator L: an endurance-club cohort simulation.

Point of view
-------------
A sports-medicine researcher simulates one member of an endurance club per journal. The seed
decides who the member is (road cyclist in Madrid, ultra runner in Denver, open-water swimmer in
Sydney, triathlete in London, cross-country skier in Oslo, older walker in Phoenix), their body,
their sweat traits and their climate. Each member follows a periodised plan (off-season, base,
build with 3:1 loading, peak, taper, race week, transition), with natural disruptions (illness
gaps, holidays, training camps, B-races), weather that follows the season (with warm spells,
humidity and time-of-day effects) and a real wake/sleep rhythm around early sessions.

The member logs fairly thoroughly but not perfectly: a watch logs ~97 % of workouts (rpe, heart
rate, distance, weather and muscle groups each only part of the time), drinks are logged for about
three quarters of sessions, weighing happens a few mornings a week and before/after about 60 % of
long sessions, a wearable logs sleep with single-night and multi-night gaps, meals (USDA SR28 food
names) are logged on about half of the days, and daily drinks on some days. US members sometimes
log in lb / oz / degF. Noise: unrelated medicines (antihistamine seasons, short ibuprofen or
antibiotic courses, long-standing losartan/tamsulosin in the older walker), supplements (vitamin
D, fish oil, multivitamin, salt capsules on long runs, magnesium started *after* a run of cramps),
twitches (eyelid, calf, thigh), and background spasms at a rate unrelated to any exposure (night
calf/foot cramps, cramps at rest, foot/toe cramps while swimming, cramps in random sessions).

How each cause is planted
-------------------------
The true exposure of every unit is computed from the simulated physiology and behaviour (not
from what happened to be logged). A planted episode is drawn for each exposed unit with
probability p_i = target * w_i / sum(w) (target 9-15, w_i a mild severity weight, p capped at
0.4-0.65), so not every exposed unit gets one; unexposed units only see the background rate.
The background count is 3-6 (capped near half the planted count, so planted episodes are the
majority); all other exposures keep their natural rates and correlations (hot sessions sweat
more and get more sports drink, build blocks and camps load more, long sessions lose more mass)
without raising risk.

- ``dehydration`` (evidence 2.1, vocabulary): units are sessions, exposed when the true body-mass
  loss over the session is >= 2 %. This member often under-drinks (forgotten bottles, dry
  fountains: ~30 % of sessions >= 40 min, 40 % for the older walker whose thirst is blunted,
  versus ~7 % naturally; topped up to >= 14 such sessions when the sport allows): few or no
  drinks are logged and the pre/post weighings (logged for ~60 % of sessions >= 75 min) show
  2-5 % loss. Walker and swimmer are made heavier sweaters so that 2 % is reachable. Episodes
  late in the session or within two hours after it, in the muscles that sport cramps.
- ``electrolyte_loss`` (2.2, 4.2, 4.3): units are sessions. The member is a salty sweater (sweat
  sodium 1150-1500 mg/L, occasional "salt marks on kit" notes) who drinks plenty of *plain water*
  (sports drink on only ~18 % of sessions, few salt capsules). Exposed when the session's sweat
  sodium loss is >= 1.8 g over >= 75 min and less than a quarter of it is replaced by drinks or
  capsules. Body mass is well kept (sometimes gained), so this is not dehydration. Episodes late
  in the session or up to three hours after; about a third are "widespread" (a second muscle,
  sometimes abdomen/forearm/hand, minutes later).
- ``muscle_fatigue`` (2.3, 1.4, 4.11): units are sessions. Exposed when the session is unusually
  long or hard for this member (top decile of session-RPE load, or above the 90th-percentile
  duration for that activity, or a race / B-race at rpe >= 8), or when the day before held a
  top-decile session for the same muscle groups (back-to-back hard days). Episodes late in the
  session or within the hour after, mostly in a muscle the session worked.
- ``training_load_spike`` (2.4, 4.6): units are sessions on days whose acute:chronic ratio
  (7-day session-RPE load / mean weekly load over 28 days, coupled) is >= 1.5 with a real acute
  load, after the first 5 weeks. Natural spikes (camp at ~2x volume, return after an illness
  gap, off-season to base) exist in every journal; this member also gets an extra camp and a
  "catch-up" week after each gap. Episodes during/after those sessions, a fifth the same night.
- ``heat`` (2.5): units are outdoor sessions, exposed when the apparent temperature (Steadman,
  from air temperature and humidity at mid-session) is >= 28 degC; open-water swims count half.
  This journal always spans the hot season with a heat wave (heat waves appear in ~30 % of other
  journals), the member trains at lunchtime / after work (a quarter of other members do), and
  the triathlete / skier go to a warm camp. Episodes during or after the session.
- ``nutrient_deficiency`` (2.6, 5): units are days. The journal has an adequate-diet phase
  (Mg/K/Ca near reference) and a deficient phase (40-60 % of the journal, at its start or end):
  either a convenience / refined-food diet (Mg and K ~35-50 % of the reference intake, Ca ~45 %)
  or a dairy-free phase (Ca ~20-35 %), visible in the logged meals; no mineral supplements at
  all. Raised daily episode rate in the deficient phase: night calf/foot/toe cramps, cramps at
  rest (hand/fingers/foot), exercise cramps and twitches (eyelid, calf).
- ``sleep_debt`` (2.7, 4.8, 2.11): units are days, exposed on the day after a short night (true
  sleep 1.7-3.3 h below the member's usual; ~14 % of nights versus ~10 % naturally, plus half the
  pre-race nights), visible on the wearable except on its gap nights. Episodes that day (in or
  after a session, at rest, eyelid/calf twitches) and a few in the following night.
- ``medication`` (2.10): units are days. A cramp-linked medicine (thiazide / thiazide-like or
  potassium-sparing diuretic or a statin when the member is 45+, an inhaled LABA for exercise
  asthma when younger) is started 30-55 % into the journal and sometimes stopped later; after a
  1-3 week lag the daily episode rate rises (mostly night cramps, also rest and exercise cramps)
  and falls back a few days after it is stopped. Unrelated medicines are never cramp-linked.
- ``None``: background episodes only (9-15, twitches included, scaled a little by length),
  placed on random days/sessions independent of every exposure, which are all still present.

Typical counts: 10-25 episodes with a planted cause (mostly 12-20; 9-15 planted), fewer (7-13)
for the swimmer and older walker under dehydration, where a 2 % loss is physiologically rare;
9-15 without a cause.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import TypeVar
from zoneinfo import ZoneInfo

_U = TypeVar("_U")

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


@dataclass
class BlindJournal:
    cause: str | None
    objects: list[dict]
    start: datetime
    stop: datetime


# ----------------------------------------------------------------------------------------------
# Personas
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Persona:
    key: str
    tz: str
    south: bool
    t_mean: float  # annual mean of daily maximum, degC
    t_amp: float  # seasonal amplitude of daily maximum
    t_range: float  # typical diurnal range
    rh_mean: float
    rh_amp: float  # added at the height of summer (negative: drier summer)
    imperial: bool
    birth_years: tuple[int, int]
    sweat_base: float  # L/h at moderate effort, 18 degC
    sports_pref: float  # chance a session's bottles hold a sports/electrolyte drink
    race_name: str
    b_race_name: str
    camp_note: str
    camp_tmax: float | None  # warm-weather camp maximum temperature (None: home weather)


_PERSONAS: tuple[_Persona, ...] = (
    _Persona("road_cyclist", "Europe/Madrid", False, 21.0, 11.5, 13.0, 52.0, -18.0, False,
             (1966, 1995), 1.15, 0.5, "gran fondo 160 km", "club time trial",
             "club training camp, Calpe", None),
    _Persona("ultra_runner", "America/Denver", False, 18.5, 13.0, 15.0, 42.0, -6.0, True,
             (1970, 1994), 1.1, 0.45, "50 mile trail race", "trail half marathon race",
             "training camp, Moab", None),
    _Persona("open_water_swimmer", "Australia/Sydney", True, 22.5, 4.8, 8.0, 64.0, 6.0, False,
             (1975, 2000), 0.95, 0.25, "10 km ocean swim", "2.5 km ocean swim race",
             "squad camp, Noosa", None),
    _Persona("triathlete", "Europe/London", False, 15.0, 7.5, 8.5, 74.0, -6.0, False,
             (1972, 1998), 1.2, 0.55, "half ironman", "sprint triathlon",
             "warm-weather camp, Lanzarote", 28.0),
    _Persona("xc_skier", "Europe/Oslo", False, 10.5, 12.0, 8.0, 74.0, -8.0, False,
             (1980, 2003), 1.05, 0.4, "50 km classic race", "10 km race",
             "dryland camp, Italian Dolomites valley", 30.0),
    _Persona("older_walker", "America/Phoenix", False, 30.0, 11.0, 14.0, 30.0, 8.0, True,
             (1946, 1961), 0.75, 0.15, "charity walk 30 km", "desert hike 18 km",
             "hiking week, Sedona", None),
)

_LEGS = ["calf", "hamstring", "quadriceps", "glute"]
_MUSCLE_GROUPS: dict[str, list[str]] = {
    "running": ["calf", "hamstring", "quadriceps", "glute"],
    "trail_running": ["calf", "quadriceps", "hamstring", "glute", "hip_flexor"],
    "cycling": ["quadriceps", "glute", "calf", "hamstring"],
    "swimming": ["shoulder", "upper_back", "triceps", "chest", "calf"],
    "skiing": ["quadriceps", "glute", "triceps", "shoulder", "calf"],
    "other": ["quadriceps", "glute", "triceps", "shoulder"],
    "walking": ["calf", "quadriceps", "glute"],
    "hiking": ["calf", "quadriceps", "hamstring", "glute"],
    "strength": ["quadriceps", "glute", "hamstring", "lower_back", "abdomen", "upper_back"],
    "yoga": ["hamstring", "hip_flexor", "lower_back"],
    "pilates": ["abdomen", "lower_back", "glute"],
}
# Muscles that cramp in (late) sessions of each activity, with weights.
_CRAMP_MUSCLES: dict[str, list[tuple[str, float]]] = {
    "running": [("calf", 0.46), ("hamstring", 0.22), ("quadriceps", 0.2), ("foot", 0.07),
                ("adductor", 0.05)],
    "trail_running": [("calf", 0.42), ("quadriceps", 0.26), ("hamstring", 0.2), ("foot", 0.07),
                      ("adductor", 0.05)],
    "cycling": [("quadriceps", 0.36), ("calf", 0.3), ("hamstring", 0.2), ("adductor", 0.1),
                ("foot", 0.04)],
    "swimming": [("calf", 0.36), ("foot", 0.26), ("toes", 0.14), ("hamstring", 0.14),
                 ("hand", 0.05), ("forearm", 0.05)],
    "skiing": [("quadriceps", 0.3), ("calf", 0.24), ("triceps", 0.16), ("hamstring", 0.14),
               ("adductor", 0.1), ("glute", 0.06)],
    "other": [("quadriceps", 0.32), ("calf", 0.26), ("triceps", 0.18), ("hamstring", 0.14),
              ("adductor", 0.1)],
    "walking": [("calf", 0.52), ("foot", 0.16), ("quadriceps", 0.14), ("hamstring", 0.13),
                ("toes", 0.05)],
    "hiking": [("calf", 0.44), ("quadriceps", 0.22), ("hamstring", 0.18), ("foot", 0.1),
               ("toes", 0.06)],
    "strength": [("hamstring", 0.3), ("quadriceps", 0.2), ("calf", 0.2), ("glute", 0.1),
                 ("biceps", 0.1), ("abdomen", 0.1)],
    "yoga": [("foot", 0.4), ("hamstring", 0.3), ("calf", 0.3)],
    "pilates": [("abdomen", 0.3), ("foot", 0.3), ("hamstring", 0.2), ("calf", 0.2)],
}
_EPISODE_MUSCLE_FOR_GROUP = {"calf", "hamstring", "quadriceps", "glute", "adductor", "triceps",
                             "hip_flexor", "abdomen", "biceps"}

_DRINK_NA = {"water": 0.0, "sports_drink": 460.0, "electrolyte_drink": 1000.0,
             "coconut_water": 250.0}


# ----------------------------------------------------------------------------------------------
# Foods (SR28 names accepted by the journal format)
# ----------------------------------------------------------------------------------------------

_F = tuple[str, int, int]  # food, grams low, grams high

_OATS = "Cereals, oats, regular and quick, not fortified, dry"
_MILK2 = "Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D"
_WWBREAD = "Bread, whole-wheat, commercially prepared"
_WHITEBREAD = "Bread, white, commercially prepared (includes soft bread crumbs)"
_CHICKEN = "Chicken, broilers or fryers, breast, meat only, cooked, roasted"
_THIGH = "Chicken, broilers or fryers, thigh, meat only, cooked, roasted"
_BEEF = "Beef, ground, 85% lean meat / 15% fat, patty, cooked, broiled"

_MENU_NORMAL: dict[str, list[list[_F]]] = {
    "breakfast": [
        [(_OATS, 50, 90), (_MILK2, 200, 300), ("Bananas, raw", 100, 130)],
        [("Yogurt, plain, whole milk", 150, 250), ("Cereals, granola, homemade", 40, 70),
         ("Blueberries, raw", 60, 100)],
        [(_WWBREAD, 60, 90), ("Peanut butter, smooth style, without salt", 20, 35),
         ("Bananas, raw", 100, 130)],
        [("Egg, whole, cooked, hard-boiled", 100, 150), (_WWBREAD, 50, 70),
         ("Avocados, raw, all commercial varieties", 50, 80)],
        [(_OATS, 50, 80), ("Yogurt, Greek, plain, nonfat", 120, 170),
         ("Seeds, chia seeds, dried", 10, 20), ("Strawberries, raw", 80, 120)],
    ],
    "lunch": [
        [("Rice, brown, long-grain, cooked", 150, 250),
         ("Beans, black, mature seeds, cooked, boiled, without salt", 100, 160),
         ("Avocados, raw, all commercial varieties", 40, 70),
         ("Tomatoes, red, ripe, raw, year round average", 60, 100)],
        [(_WWBREAD, 70, 100), ("Fish, tuna, light, canned in water, drained solids", 80, 120),
         ("Lettuce, cos or romaine, raw", 40, 60), ("Apples, raw, with skin", 150, 200)],
        [("Lentils, mature seeds, cooked, boiled, without salt", 150, 250),
         ("Spinach, raw", 40, 80), ("Bread, rye", 40, 60), ("Cheese, cheddar", 20, 40)],
        [("Quinoa, cooked", 150, 220), (_CHICKEN, 100, 150),
         ("Broccoli, cooked, boiled, drained, without salt", 80, 120)],
        [("Hummus, commercial", 60, 100), ("Bread, pita, white, enriched", 60, 80),
         ("Carrots, raw", 60, 100), ("Oranges, raw, all commercial varieties", 120, 160)],
    ],
    "dinner": [
        [("Fish, salmon, Atlantic, farmed, cooked, dry heat", 120, 180),
         ("Potatoes, baked, flesh and skin, without salt", 150, 250),
         ("Broccoli, cooked, boiled, drained, without salt", 100, 150)],
        [("Pasta, whole-wheat, cooked", 200, 300), (_BEEF, 80, 120),
         ("Tomatoes, red, ripe, raw, year round average", 80, 120), ("Spinach, raw", 40, 60)],
        [(_THIGH, 120, 160), ("Sweet potato, cooked, baked in skin, flesh, without salt", 150, 250),
         ("Kale, cooked, boiled, drained, without salt", 80, 120)],
        [("Tofu, raw, firm, prepared with calcium sulfate", 120, 180),
         ("Rice, brown, long-grain, cooked", 150, 220), ("Peppers, sweet, red, raw", 60, 100),
         ("Mushrooms, white, raw", 50, 80)],
        [("Fish, cod, Atlantic, cooked, dry heat", 140, 200),
         ("Potatoes, baked, flesh and skin, without salt", 150, 250),
         ("Beans, snap, green, cooked, boiled, drained, without salt", 80, 120),
         ("Yogurt, plain, whole milk", 100, 150)],
    ],
    "snack": [
        [("Almonds, dry roasted, without salt", 25, 40)],
        [("Bananas, raw", 100, 130), ("Peanut butter, smooth style, without salt", 15, 25)],
        [("Yogurt, Greek, plain, nonfat", 150, 200), ("Strawberries, raw", 80, 120)],
        [("Apricots, dried, sulfured, uncooked", 30, 50),
         ("Nuts, cashew nuts, dry roasted, without salt added", 20, 30)],
        [("Chocolate, dark, 70-85% cacao solids", 20, 30), (_MILK2, 200, 250)],
        [("Oranges, raw, all commercial varieties", 120, 160), ("Cheese, cheddar", 20, 30)],
    ],
}

_MENU_LOW_MG_K: dict[str, list[list[_F]]] = {
    "breakfast": [
        [("Cereals ready-to-eat, corn flakes", 40, 60), (_MILK2, 120, 180)],
        [(_WHITEBREAD, 60, 80), ("Jams and preserves", 20, 30)],
        [("Croissants, butter", 55, 75)],
        [("Bagels, egg", 80, 100), ("Honey", 10, 20)],
        [("Waffles, plain, frozen, ready -to-heat, toasted", 70, 100), ("Honey", 10, 20)],
    ],
    "lunch": [
        [(_WHITEBREAD, 80, 100), ("Ham, sliced, regular (approximately 11% fat)", 40, 60)],
        [("Pizza, pepperoni topping, regular crust, frozen, cooked", 150, 220)],
        [("Pasta, cooked, enriched, without added salt", 200, 280), (_CHICKEN, 60, 90)],
        [("Soup, chicken noodle, canned, prepared with equal volume water", 250, 350),
         ("Crackers, saltines (includes oyster, soda, soup)", 25, 40)],
        [("Tortillas, ready-to-bake or -fry, flour, refrigerated", 70, 100), (_THIGH, 60, 90)],
    ],
    "dinner": [
        [("Pasta, cooked, enriched, without added salt", 250, 350), (_BEEF, 60, 90)],
        [("Rice, white, long-grain, regular, enriched, cooked", 200, 300), (_CHICKEN, 90, 130)],
        [("Pizza, pepperoni topping, regular crust, frozen, cooked", 220, 320)],
        [("Frankfurter, beef, unheated", 80, 100), (_WHITEBREAD, 50, 70)],
        [("Noodles, egg, cooked, enriched", 220, 300),
         ("Pork sausage, link/patty, cooked, pan-fried", 60, 90),
         ("Peas, green, frozen, cooked, boiled, drained, without salt", 50, 80)],
        [("Rice, white, long-grain, regular, enriched, cooked", 200, 280), (_BEEF, 70, 100),
         ("Corn, sweet, yellow, canned, whole kernel, drained solids", 60, 100)],
    ],
    "snack": [
        [("Cookies, chocolate chip, commercially prepared, regular, lower fat", 40, 60)],
        [("Pretzels, hard, plain, salted", 30, 50)],
        [("Doughnuts, cake-type, plain (includes unsugared, old-fashioned)", 50, 70)],
        [("Muffins, blueberry, commercially prepared (Includes mini-muffins)", 80, 110)],
        [("Ice creams, vanilla", 70, 100)],
        [("Candies, milk chocolate", 30, 45)],
    ],
}

_MENU_LOW_CA: dict[str, list[list[_F]]] = {
    "breakfast": [
        [(_OATS, 50, 80), ("Bananas, raw", 100, 130), ("Blueberries, raw", 50, 80)],
        [(_WHITEBREAD, 60, 80), ("Peanut butter, smooth style, without salt", 20, 30),
         ("Bananas, raw", 100, 130)],
        [("Egg, whole, cooked, hard-boiled", 100, 150),
         ("Avocados, raw, all commercial varieties", 60, 90)],
        [("Cereals ready-to-eat, corn flakes", 40, 60), ("Strawberries, raw", 80, 120),
         ("Bananas, raw", 90, 120)],
    ],
    "lunch": [
        [("Rice, white, long-grain, regular, enriched, cooked", 150, 250),
         ("Beans, black, mature seeds, cooked, boiled, without salt", 100, 150),
         ("Avocados, raw, all commercial varieties", 40, 70)],
        [("Quinoa, cooked", 150, 220), (_CHICKEN, 100, 150), ("Carrots, raw", 60, 100)],
        [("Potatoes, baked, flesh and skin, without salt", 200, 300), (_THIGH, 80, 120),
         ("Tomatoes, red, ripe, raw, year round average", 80, 120)],
        [("Pasta, whole-wheat, cooked", 200, 280), ("Peppers, sweet, red, raw", 60, 100),
         ("Mushrooms, white, raw", 50, 80)],
    ],
    "dinner": [
        [("Fish, salmon, Atlantic, farmed, cooked, dry heat", 120, 180),
         ("Potatoes, baked, flesh and skin, without salt", 150, 250),
         ("Squash, summer, zucchini, includes skin, raw", 80, 120)],
        [("Pasta, cooked, enriched, without added salt", 220, 300), (_BEEF, 80, 120),
         ("Tomatoes, red, ripe, raw, year round average", 80, 120)],
        [(_THIGH, 120, 160), ("Sweet potato, cooked, baked in skin, flesh, without salt", 150, 250),
         ("Cauliflower, raw", 80, 120)],
        [("Rice, brown, long-grain, cooked", 180, 250), (_CHICKEN, 100, 150),
         ("Broccoli, cooked, boiled, drained, without salt", 80, 120)],
    ],
    "snack": [
        [("Bananas, raw", 100, 130)],
        [("Apples, raw, with skin", 150, 200)],
        [("Nuts, cashew nuts, dry roasted, without salt added", 25, 40)],
        [("Grapes, red or green (European type, such as Thompson seedless), raw", 100, 150)],
        [("Mangos, raw", 120, 170)],
        [("Almonds, dry roasted, without salt", 20, 30)],
    ],
}

# A few SR28 numbers, as some food apps export them.
_NDB_FOR_NAME = {"Bananas, raw": "09040", "Apples, raw, with skin": "09003",
                 "Spinach, raw": "11457", "Cheese, cheddar": "01009"}


# ----------------------------------------------------------------------------------------------
# Internal state
# ----------------------------------------------------------------------------------------------


@dataclass
class _Session:
    day: int
    start: datetime  # local, aware
    duration: float  # min
    activity: str
    kind: str
    rpe: float
    indoor: bool
    water: bool  # swimming
    muscles: list[str]
    temp: float
    rh: float
    note: str | None = None
    logged: bool = True
    sweat_l: float = 0.0
    intake_l: float = 0.0
    drink: str = "water"
    drinks: list[tuple[datetime, float, str]] = field(default_factory=list)
    capsules: list[datetime] = field(default_factory=list)
    na_loss: float = 0.0
    na_in: float = 0.0
    pre_kg: float = 0.0
    post_kg: float = 0.0
    underdrink: bool = False
    load: float = 0.0
    acwr: float = 0.0
    acute: float = 0.0
    weighed: bool = False
    drinks_logged: bool = True

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.duration)

    @property
    def loss_pct(self) -> float:
        return (self.pre_kg - self.post_kg) / self.pre_kg * 100.0

    @property
    def apparent_temp(self) -> float:
        e = self.rh / 100.0 * 6.105 * math.exp(17.27 * self.temp / (237.7 + self.temp))
        return self.temp + 0.33 * e - 4.0


@dataclass
class _Night:
    day: int  # bedtime on this day (evening)
    bed: datetime
    wake: datetime
    hours: float
    short: bool
    logged: bool


@dataclass
class _Ep:
    when: datetime
    kind: str
    muscle: str
    during: str
    planted: bool
    widespread: bool = False


@dataclass
class _Plan:
    phase: list[str]
    vol: list[float]
    race_days: set[int]
    b_race_days: set[int]
    camp_days: set[int]
    gap_days: set[int]
    holiday_days: set[int]
    catchup_days: set[int]
    illness_span: tuple[int, int] | None


def _clip(x: float, lo: float, hi: float) -> float:
    return lo if x < lo else hi if x > hi else x


def _wchoice(rng: random.Random, items: list[tuple[str, float]]) -> str:
    names = [n for n, _ in items]
    weights = [w for _, w in items]
    return rng.choices(names, weights=weights, k=1)[0]


def _iso(dt: datetime) -> str:
    return dt.replace(second=0, microsecond=0).isoformat(timespec="seconds")


def _sort_key(o: dict) -> datetime:
    t = o.get("time") or o.get("start")
    if isinstance(t, str) and "T" in t:
        return datetime.fromisoformat(t)
    return datetime.fromisoformat(f"{t}T00:00:00+00:00")


def _hid(rng: random.Random, prefix: str) -> str:
    return f"{prefix}-{rng.getrandbits(48):012x}"


# ----------------------------------------------------------------------------------------------
# Generator
# ----------------------------------------------------------------------------------------------


class _Gen:
    def __init__(self, cause: str | None, seed: int) -> None:
        if cause is not None and cause not in CAUSES:
            raise ValueError(f"unknown cause {cause!r}; expected one of {CAUSES} or None")
        self.cause = cause
        self.seed = seed
        prng = random.Random(f"L-persona-{seed}")
        self.p: _Persona = _PERSONAS[prng.randrange(len(_PERSONAS))]
        self.rng = random.Random(f"L-journal-{seed}-{cause}")
        self.tz = ZoneInfo(self.p.tz)
        self.sessions: list[_Session] = []
        self.nights: list[_Night] = []
        self.episodes: list[_Ep] = []
        self.objects: list[dict] = []
        self._fluid_times: set[str] = set()

    # -- person ---------------------------------------------------------------------------------

    def _person(self) -> None:
        r, p = self.rng, self.p
        self.sex = r.choice(["female", "male"]) if p.key != "ultra_runner" else r.choice(
            ["female", "male", "male"])
        self.birth_year = r.randint(*p.birth_years)
        male = self.sex == "male"
        self.height = round(r.gauss(178 if male else 166, 6), 0)
        bmi = r.gauss(22.5 if p.key != "older_walker" else 25.5, 1.4)
        self.mass0 = round(bmi * (self.height / 100) ** 2, 1)
        self.sweat_base = p.sweat_base * r.uniform(0.8, 1.2) * (1.08 if male else 0.92)
        salty = r.random() < 0.2
        if self.cause == "electrolyte_loss":
            salty = True
        self.salty = salty
        self.sweat_na = r.uniform(1150, 1500) if salty else r.uniform(450, 1050)
        self.sports_pref = p.sports_pref
        self.drink_mean = 0.7
        if self.cause == "electrolyte_loss":
            self.sports_pref = 0.18
            self.drink_mean = 0.88
        self.underdrink_rate = 0.07
        if self.cause == "dehydration":
            # thirst is blunted with age: the older walker under-drinks more often
            self.underdrink_rate = 0.4 if p.key == "older_walker" else 0.3
            if p.key in ("older_walker", "open_water_swimmer"):
                self.sweat_base *= 1.2  # a heavier sweater than most in this sport
        # some members train at lunchtime / after work rather than at dawn
        self.midday = r.random() < (1.0 if self.cause == "heat" else 0.25)
        self.sleep_usual = r.uniform(6.9, 8.0) if p.key != "older_walker" else r.uniform(6.6, 7.4)
        self.short_rate = 0.14 if self.cause == "sleep_debt" else 0.1
        self.hr_rest = r.randint(44, 58) if p.key != "older_walker" else r.randint(58, 70)
        age = 2024 - self.birth_year
        self.hr_max = int(208 - 0.7 * age + r.gauss(0, 5))
        self.age = age

    # -- calendar & weather ------------------------------------------------------------------------

    def _calendar(self) -> None:
        r, p = self.rng, self.p
        n = r.randint(122, 365)
        peak_doy = 17 if p.south else 200
        if self.cause in ("heat", "electrolyte_loss"):
            n = max(n, 150)
            year = r.choice([2023, 2024])
            peak = date(year, 1, 1) + timedelta(days=peak_doy - 1)
            lead = r.randint(40, max(41, n - 40))
            start = peak - timedelta(days=lead)
        else:
            start = date(2023, 1, 2) + timedelta(days=r.randint(0, 700))
        self.n = n
        self.d0 = start
        self.days = [start + timedelta(days=i) for i in range(n)]
        self.start_dt = datetime.combine(start, time(0, 0), self.tz)
        self.stop_dt = datetime.combine(start + timedelta(days=n), time(12, 0), self.tz)
        # weather: daily max/min/humidity with an AR(1) anomaly
        anom = r.gauss(0, 3.5)
        self.tmax: list[float] = []
        self.tmin: list[float] = []
        self.rh: list[float] = []
        for d in self.days:
            doy = d.timetuple().tm_yday
            season = math.cos(2 * math.pi * (doy - peak_doy) / 365.25)
            anom = 0.75 * anom + r.gauss(0, 3.5 * math.sqrt(1 - 0.75**2))
            tmax = p.t_mean + p.t_amp * season + anom
            tmin = tmax - p.t_range * r.uniform(0.75, 1.2)
            rh = p.rh_mean + p.rh_amp * max(0.0, season) + r.gauss(0, 8) - 0.6 * anom
            if p.key == "older_walker" and d.month in (7, 8, 9) and (d.month, d.day) >= (7, 8):
                rh += 16  # monsoon
            self.tmax.append(tmax)
            self.tmin.append(tmin)
            self.rh.append(_clip(rh, 8, 97))
        # a summer heat wave: always when heat is planted, sometimes otherwise
        if self.cause == "heat" or r.random() < 0.3:
            near = [i for i, d in enumerate(self.days)
                    if abs(d.timetuple().tm_yday - peak_doy) < 35 or
                    abs(d.timetuple().tm_yday - peak_doy) > 330]
            if near:
                s0 = r.choice(near)
                length = r.randint(8, 14)
                bump = r.uniform(5.5, 8.5)
                for k in range(s0, min(n, s0 + length)):
                    ramp = min(1.0, (k - s0 + 1) / 3, (s0 + length - k) / 3)
                    self.tmax[k] += bump * ramp
                    self.tmin[k] += 0.6 * bump * ramp

    def _weather_at(self, day: int, hour: float) -> tuple[float, float]:
        tmax, tmin, rh = self.tmax[day], self.tmin[day], self.rh[day]
        h = hour % 24
        if 6 <= h <= 15:
            frac = (1 - math.cos(math.pi * (h - 6) / 9)) / 2
        else:
            hh = h - 15 if h > 15 else h + 9
            frac = (1 + math.cos(math.pi * hh / 15)) / 2
        temp = tmin + (tmax - tmin) * frac
        rh_h = _clip(rh + 18 * (1 - frac) - 9, 5, 100)
        return temp, rh_h

    # -- plan --------------------------------------------------------------------------------------

    def _plan(self) -> _Plan:
        r, n = self.rng, self.n
        phases: list[tuple[str, int]] = []
        while sum(w for _, w in phases) * 7 < n + 140:
            phases += [("off", r.randint(3, 5)), ("base", r.randint(6, 9)),
                       ("build", r.choice([6, 8])), ("peak", 2), ("taper", r.randint(1, 2)),
                       ("race", 1), ("transition", 2)]
        weeks: list[tuple[str, int]] = []
        for name, w in phases:
            weeks += [(name, i) for i in range(w)]
        # align plan weeks to Mondays; start at a random point of the cycle
        monday0 = self.d0 - timedelta(days=self.d0.weekday())
        offset = r.randint(0, 16)
        phase: list[str] = []
        vol: list[float] = []
        race_days: set[int] = set()
        b_race: set[int] = set()
        for i, d in enumerate(self.days):
            wk = (d - monday0).days // 7 + offset
            name, idx = weeks[wk]
            if name == "off":
                v = 0.45
            elif name == "base":
                v = 0.82 + 0.03 * idx
            elif name == "build":
                v = 0.72 if idx % 4 == 3 else 1.02 + 0.05 * (idx % 4) + 0.04 * (idx // 4)
            elif name == "peak":
                v = 1.25
            elif name == "taper":
                v = 0.65
            elif name == "race":
                v = 0.5
            else:
                v = 0.35
            phase.append(name)
            vol.append(v)
            if name == "race" and d.weekday() == 6:
                race_days.add(i)
            if name == "build" and idx in (2, 6) and d.weekday() == 6 and r.random() < 0.7:
                b_race.add(i)
        camp: set[int] = set()
        gap: set[int] = set()
        holiday: set[int] = set()
        catchup: set[int] = set()
        illness: tuple[int, int] | None = None

        def free(a: int, b: int) -> bool:
            return all(0 <= k < n and k not in camp and k not in gap and k not in holiday
                       and k not in race_days for k in range(a - 3, b + 3))

        def place(length: int, prefer: tuple[str, ...]) -> int | None:
            cands = [i for i in range(35, n - length - 7)
                     if phase[i] in prefer and free(i, i + length)]
            if not cands:
                cands = [i for i in range(35, n - length - 7) if free(i, i + length)]
            return r.choice(cands) if cands else None

        n_camps = 1 if r.random() < 0.75 else 0
        n_gaps = 1 if r.random() < 0.7 else 0
        if self.cause == "heat" and self.p.camp_tmax is not None:
            n_camps = 1
        if self.cause == "training_load_spike":
            n_camps += 1
            n_gaps = max(n_gaps, 1) + (1 if n > 200 else 0)
        for _ in range(n_camps):
            length = r.randint(7, 10)
            if self.cause == "heat" and self.p.camp_tmax is not None:
                peak_doy = 200
                cands = [i for i in range(35, n - length - 7)
                         if abs(self.days[i].timetuple().tm_yday - peak_doy) < 45
                         and free(i, i + length)]
                s = r.choice(cands) if cands else place(length, ("base", "build"))
            else:
                s = place(length, ("base", "build"))
            if s is not None:
                camp.update(range(s, s + length))
        for _g in range(n_gaps):
            length = r.randint(8, 13)
            s = place(length, ("base", "build", "peak"))
            if s is not None:
                gap.update(range(s, s + length))
                if illness is None:
                    illness = (s, s + length)
                if self.cause == "training_load_spike":
                    catchup.update(range(s + length, min(n, s + length + 7)))
        if r.random() < 0.4:
            s = place(r.randint(6, 10), ("off", "transition", "base"))
            if s is not None:
                holiday.update(range(s, s + r.randint(6, 10)))
        for i in camp:
            vol[i] = max(vol[i], 1.0) * r.uniform(1.9, 2.2)
        for i in catchup:
            vol[i] = max(vol[i], 1.0) * 1.25
        return _Plan(phase, vol, race_days, b_race, camp, gap, holiday, catchup, illness)

    # -- weekly templates -------------------------------------------------------------------------

    def _day_specs(self, i: int, plan: _Plan) -> list[tuple[str, float, str, float]]:
        """(activity, minutes, intensity, start hour) for day i, before scaling."""
        p, d = self.p, self.days[i]
        wd = d.weekday()
        summer = math.cos(2 * math.pi * (d.timetuple().tm_yday - (17 if p.south else 200))
                          / 365.25) > 0.2
        winter = math.cos(2 * math.pi * (d.timetuple().tm_yday - (17 if p.south else 200))
                          / 365.25) < -0.4
        am = 6.2 if summer else 6.8
        pm = 18.0
        wk = 8.0 if not summer else 7.2
        if self.midday:
            am, pm, wk = 12.2, 17.4, 9.3
        key = p.key
        t: dict[int, list[tuple[str, float, str, float]]]
        if key == "road_cyclist":
            t = {0: [], 1: [("cycling", 75, "intervals", pm)],
                 2: [("cycling", 90, "endurance", am)],
                 3: [("cycling", 75, "tempo", pm)], 4: [("strength", 45, "strength", pm)],
                 5: [("cycling", 200, "long", wk)], 6: [("cycling", 120, "endurance", wk + 0.5)]}
            if winter:
                t[2] = [("running", 40, "easy", am)]
        elif key == "ultra_runner":
            t = {0: [("yoga", 30, "yoga", pm)], 1: [("running", 60, "intervals", am)],
                 2: [("running", 75, "easy", am)], 3: [("running", 60, "tempo", pm)],
                 4: [("strength", 40, "strength", pm)], 5: [("trail_running", 190, "long", wk - 1)],
                 6: [("running", 90, "endurance", wk)]}
            if summer:
                t[6] = [("hiking", 150, "endurance", wk - 1)]
        elif key == "open_water_swimmer":
            t = {0: [("swimming", 60, "endurance", am)],
                 1: [("swimming", 70, "intervals", am), ("strength", 40, "strength", pm)],
                 2: [("running", 45, "easy", pm)], 3: [("swimming", 60, "tempo", am)], 4: [],
                 5: [("swimming", 100, "long", wk)], 6: [("cycling", 120, "endurance", wk)]}
        elif key == "triathlete":
            t = {0: [("swimming", 55, "endurance", am)],
                 1: [("cycling", 75, "intervals", pm), ("running", 25, "easy", pm + 1.3)],
                 2: [("running", 60, "tempo", am), ("swimming", 45, "intervals", pm)],
                 3: [("cycling", 90, "endurance", pm)], 4: [("swimming", 45, "easy", am)],
                 5: [("cycling", 180, "long", wk), ("running", 20, "easy", wk + 3.2)],
                 6: [("running", 100, "long", wk)]}
        elif key == "xc_skier":
            if winter or d.month in (12, 1, 2, 3):
                t = {0: [], 1: [("skiing", 90, "intervals", pm)],
                     2: [("skiing", 110, "endurance", am + 0.5)],
                     3: [("strength", 60, "strength", pm), ("running", 40, "easy", am)],
                     4: [("skiing", 75, "tempo", pm)], 5: [("skiing", 180, "long", wk + 1)],
                     6: [("skiing", 120, "endurance", wk + 1)]}
            else:
                t = {0: [], 1: [("other", 90, "intervals", pm)],
                     2: [("running", 70, "endurance", am)],
                     3: [("strength", 60, "strength", pm)], 4: [("other", 90, "tempo", pm)],
                     5: [("other", 150, "long", wk)], 6: [("cycling", 150, "endurance", wk)]}
        else:  # older_walker
            early = 5.6 if summer else 7.5
            if self.midday:
                early = 8.2 if summer else 10.0
            t = {0: [("walking", 60, "endurance", early)], 1: [("yoga", 60, "yoga", 9.5)],
                 2: [("walking", 75, "endurance", early)],
                 3: [("walking", 45, "easy", early), ("strength", 30, "strength", 10.0)],
                 4: [("walking", 60, "tempo", early)], 5: [("hiking", 150, "long", early)],
                 6: [("walking", 40, "easy", early + 1), ("pilates", 45, "yoga", 17.0)]}
        return list(t[wd])

    _RPE = {"easy": (2.5, 4.0), "endurance": (4.0, 5.5), "tempo": (5.5, 7.0),
            "intervals": (7.0, 8.5), "long": (5.0, 6.5), "strength": (4.5, 6.5),
            "yoga": (2.0, 3.5), "race": (8.0, 9.5), "b_race": (8.0, 9.5)}

    def _sessions(self, plan: _Plan) -> None:
        r, p = self.rng, self.p
        for i, d in enumerate(self.days):
            if i in plan.gap_days:
                continue
            specs = self._day_specs(i, plan)
            v = plan.vol[i]
            ph = plan.phase[i]
            if i in plan.holiday_days:
                specs = [("walking" if r.random() < 0.7 else "hiking", r.uniform(40, 120), "easy",
                          r.uniform(8.5, 10.5))] if r.random() < 0.6 else []
            elif i in plan.race_days or i in plan.b_race_days:
                specs = self._race_specs(i, i in plan.race_days)
            elif i in plan.camp_days:
                base = self._day_specs(i, plan) or [self._day_specs((i + 1) % self.n, plan)[0]]
                main = max(base, key=lambda s: s[1])
                act = main[0] if main[0] not in ("strength", "yoga", "pilates") else (
                    "cycling" if p.key in ("road_cyclist", "triathlete") else "running")
                specs = [(act, r.uniform(120, 200), r.choice(["long", "endurance", "tempo"]),
                          9.3),
                         (act if r.random() < 0.6 else "running" if act != "running" else "hiking",
                          r.uniform(50, 80), "easy", 15.8)]
            else:
                if ph in ("off", "transition"):
                    specs = [s for s in specs if s[2] != "intervals" or r.random() < 0.3]
                    if r.random() < 0.25:
                        specs = specs[:1]
                if ph in ("build", "peak") and not specs and r.random() < 0.25:
                    specs = [(self._main_activity(i), 45.0, "easy", 18.0)]
            for act, minutes, inten, hour in specs:
                racing = inten in ("race", "b_race")
                if not racing and i not in plan.camp_days and r.random() < 0.07:
                    continue  # skipped (work, weather, life)
                scale = 1.0
                if inten in ("long", "endurance", "easy") and i not in plan.camp_days:
                    scale = v
                elif inten in ("tempo", "intervals") and i not in plan.camp_days:
                    scale = 0.75 + 0.25 * v
                dur = minutes * scale * r.uniform(0.88, 1.12)
                if inten in ("race", "b_race"):
                    dur = minutes * r.uniform(0.93, 1.08)
                if act in ("strength", "yoga", "pilates"):
                    dur = minutes * r.uniform(0.9, 1.1)
                dur = round(_clip(dur, 15, 1400))
                lo, hi = self._RPE[inten]
                rpe = r.uniform(lo, hi)
                if p.key == "older_walker" and inten not in ("race", "b_race"):
                    rpe = _clip(rpe - 0.8, 1.5, 7)
                hour_j = hour + r.uniform(-0.35, 0.35)
                start = datetime.combine(d, time(0, 0), self.tz) + timedelta(hours=hour_j)
                start = start.replace(second=0, microsecond=0)
                indoor, water, note = self._where(i, act, inten)
                mid = hour_j + dur / 120.0
                if i in plan.camp_days and p.camp_tmax is not None:
                    temp, rh = self._camp_weather(i, mid)
                elif indoor:
                    temp, rh = r.uniform(19, 24), r.uniform(40, 60)
                else:
                    temp, rh = self._weather_at(i, mid)
                kind = inten
                if i in plan.camp_days:
                    note = p.camp_note
                s = _Session(day=i, start=start, duration=float(dur), activity=act, kind=kind,
                             rpe=round(rpe, 1), indoor=indoor, water=water,
                             muscles=self._muscles(act), temp=temp, rh=rh, note=note)
                if inten in ("race", "b_race"):
                    s.note = p.race_name if inten == "race" else p.b_race_name
                self.sessions.append(s)
        self.sessions.sort(key=lambda s: s.start)
        # no overlaps: push later sessions of the same day
        for a, b in zip(self.sessions, self.sessions[1:], strict=False):
            if b.start < a.end + timedelta(minutes=10):
                b.start = a.end + timedelta(minutes=r.randint(10, 25))
                b.temp, b.rh = (b.temp, b.rh)

    def _main_activity(self, i: int) -> str:
        k = self.p.key
        if k == "xc_skier":
            return "skiing" if self.days[i].month in (11, 12, 1, 2, 3, 4) else "running"
        return {"road_cyclist": "cycling", "ultra_runner": "running",
                "open_water_swimmer": "swimming", "triathlete": "running",
                "older_walker": "walking"}[k]

    def _race_specs(self, i: int, a_race: bool) -> list[tuple[str, float, str, float]]:
        k, inten = self.p.key, ("race" if a_race else "b_race")
        if k == "road_cyclist":
            return [("cycling", 330 if a_race else 40, inten, 8.0 if a_race else 10.0)]
        if k == "ultra_runner":
            return [("trail_running", 660 if a_race else 120, inten, 5.5 if a_race else 7.5)]
        if k == "open_water_swimmer":
            return [("swimming", 170 if a_race else 45, inten, 7.0 if a_race else 8.0)]
        if k == "triathlete":
            if a_race:
                return [("swimming", 38, inten, 7.0), ("cycling", 170, inten, 7.7),
                        ("running", 115, inten, 10.6)]
            return [("swimming", 14, inten, 8.0), ("cycling", 40, inten, 8.3),
                    ("running", 22, inten, 9.1)]
        if k == "xc_skier":
            return [(self._main_activity(i), 170 if a_race else 35, inten, 10.0)]
        return [("walking" if a_race else "hiking", 400 if a_race else 260, inten, 6.0)]

    def _camp_weather(self, i: int, hour: float) -> tuple[float, float]:
        r = self.rng
        assert self.p.camp_tmax is not None
        tmax = self.p.camp_tmax + r.gauss(0, 2.2) + (2.0 if self.cause == "heat" else 0.0)
        h = hour % 24
        frac = (1 - math.cos(math.pi * _clip(h - 6, 0, 9) / 9)) / 2 if h <= 15 else 0.85
        return tmax - 9 * (1 - frac), _clip(r.gauss(55, 12), 20, 90)

    def _where(self, i: int, act: str, inten: str) -> tuple[bool, bool, str | None]:
        r, p = self.rng, self.p
        if act in ("strength", "yoga", "pilates"):
            return True, False, None
        if act == "swimming":
            warm_water = self.tmax[i] > (23 if p.key == "open_water_swimmer" else 21)
            if (warm_water and r.random() < 0.75) or inten in ("race", "b_race"):
                wt = round(_clip(self.tmax[i] - 4 + r.gauss(0, 1.5), 14, 27))
                return False, True, f"open water, water {wt}C"
            return True, True, "pool"
        if act == "cycling" and (self.tmax[i] < 8 or r.random() < 0.08) and inten != "race":
            return True, False, "indoor trainer"
        if act == "other":
            return False, False, "roller skiing"
        if act == "running" and self.tmax[i] < -8 and r.random() < 0.6:
            return True, False, "treadmill"
        return False, False, None

    def _muscles(self, act: str) -> list[str]:
        g = _MUSCLE_GROUPS.get(act, _LEGS)
        k = min(len(g), self.rng.randint(2, 4))
        return g[:k] if self.rng.random() < 0.6 else sorted(self.rng.sample(g, k), key=g.index)

    # -- physiology ---------------------------------------------------------------------------

    def _mass_on(self, day: int) -> float:
        return self.mass0 + 0.8 * math.sin(2 * math.pi * day / 120 + self._phi) + self._mnoise[day]

    def _hydration(self) -> None:
        r = self.rng
        self._phi = r.uniform(0, 2 * math.pi)
        self._mnoise = [r.gauss(0, 0.3) for _ in range(self.n)]
        for s in self.sessions:
            h = s.duration / 60.0
            warm_wetsuit = s.water and not s.indoor and s.temp >= 24
            act_f = {"swimming": 0.6 if warm_wetsuit else 0.35, "walking": 0.7, "hiking": 0.85,
                     "yoga": 0.3, "pilates": 0.3, "strength": 0.6}.get(s.activity, 1.0)
            tf = 1 + 0.035 * (s.temp - 18) if s.temp > 18 else max(0.55, 1 + 0.015 * (s.temp - 18))
            if s.water:
                tf = 1.0 if s.indoor else _clip(0.8 + 0.05 * (s.temp - 18), 0.8, 1.6)
            sr = self.sweat_base * act_f * (0.55 + 0.07 * s.rpe) * tf
            if s.note == "indoor trainer":
                sr *= 1.25
            sr = _clip(sr * r.uniform(0.9, 1.1), 0.15, 2.8)
            s.sweat_l = sr * h
            s.na_loss = s.sweat_l * self.sweat_na
            # drinking
            if s.water:
                f = 0.0 if not s.indoor else _clip(r.gauss(0.35, 0.12), 0, 0.7)
                if not s.indoor and s.duration > 110:
                    f = r.uniform(0.2, 0.45)  # feeds from a kayak / pontoon
            elif s.duration < 40 and r.random() < 0.6:
                f = 0.0
            else:
                f = _clip(r.gauss(self.drink_mean, 0.1) + 0.01 * (s.temp - 20), 0.25, 1.15)
                if s.duration >= 40 and r.random() < self.underdrink_rate:
                    f = r.uniform(0.0, 0.2)
                    s.underdrink = True
            s.intake_l = f * s.sweat_l
            pref = self.sports_pref + (0.2 if s.duration >= 120 else 0) + (
                0.12 if s.apparent_temp >= 26 else 0)
            if s.kind in ("race", "b_race") and self.cause != "electrolyte_loss":
                pref += 0.3
            s.drink = "water"
            if r.random() < pref:
                s.drink = "sports_drink" if r.random() < 0.6 else "electrolyte_drink"
            # bottle timing
            if s.intake_l > 0.05:
                if s.duration <= 75:
                    s.drinks = [(s.end - timedelta(minutes=r.randint(0, 5)), s.intake_l * 1000,
                                 s.drink)]
                else:
                    k = max(2, int(s.duration // 50))
                    part = s.intake_l * 1000 / k
                    for j in range(k):
                        t = s.start + timedelta(minutes=s.duration * (j + 0.8) / k)
                        drink = s.drink
                        if s.drink != "water" and j % 2 == 1 and r.random() < 0.5:
                            drink = "water"
                        s.drinks.append((t, part * r.uniform(0.85, 1.15), drink))
            s.na_in = sum(ml / 1000 * _DRINK_NA[dk] for _, ml, dk in s.drinks)
            # salt capsules on long runs (ultra runner habit)
            if self.p.key == "ultra_runner" and s.duration >= 150 and r.random() < (
                    0.12 if self.cause == "electrolyte_loss" else 0.45):
                for j in range(int(s.duration // 60)):
                    s.capsules.append(s.start + timedelta(minutes=50 + 60 * j))
                s.na_in += 215 * len(s.capsules)
            pre = self._mass_on(s.day) - 0.25 - r.uniform(0, 0.3)
            s.pre_kg = pre
            s.post_kg = pre - s.sweat_l + s.intake_l - 0.05 * h
            s.load = s.rpe * s.duration
        if self.cause == "dehydration":
            self._top_up_underdrinking()
        # logging decisions for sessions
        for s in self.sessions:
            s.logged = r.random() < 0.97
            s.weighed = (r.random() < (0.6 if s.duration >= 75 else 0.12)) and not (
                s.water and not s.indoor)
            s.drinks_logged = r.random() < 0.75 and not (s.underdrink and r.random() < 0.5)

    def _underdrink(self, s: _Session) -> None:
        f = self.rng.uniform(0.0, 0.2)
        s.underdrink = True
        scale = f * s.sweat_l / s.intake_l if s.intake_l > 0 else 0.0
        s.intake_l = f * s.sweat_l
        s.drinks = [(t, ml * scale, dk) for t, ml, dk in s.drinks if ml * scale >= 60]
        s.na_in = sum(ml / 1000 * _DRINK_NA[dk] for _, ml, dk in s.drinks) + 215 * len(s.capsules)
        s.post_kg = s.pre_kg - s.sweat_l + s.intake_l - 0.05 * s.duration / 60.0

    def _top_up_underdrinking(self) -> None:
        """A chronic under-drinker: make sure several sessions end >= 2 % down."""
        r = self.rng
        have = sum(1 for s in self.sessions if s.loss_pct >= 2.0)
        need = r.randint(14, 20) - have
        if need <= 0:
            return
        cands = [s for s in self.sessions if not s.underdrink and not s.water
                 and s.duration >= 60 and (s.sweat_l - 0.2 * s.sweat_l) / s.pre_kg >= 0.021]
        r.shuffle(cands)
        for s in cands[:need]:
            self._underdrink(s)

    def _acwr(self) -> None:
        daily = [0.0] * self.n
        for s in self.sessions:
            daily[s.day] += s.load
        weekly = [sum(daily[max(0, i - 6): i + 1]) for i in range(self.n)]
        pos = sorted(w for w in weekly[28:] if w > 0) or [1.0]
        self.median_week = pos[len(pos) // 2]
        for s in self.sessions:
            i = s.day
            acute = weekly[i]
            chronic = sum(daily[max(0, i - 27): i + 1]) / 4.0
            s.acute = acute
            s.acwr = acute / chronic if chronic > 0 and i >= 35 else 0.0

    # -- sleep -------------------------------------------------------------------------------

    def _sleep(self, plan: _Plan) -> None:
        r = self.rng
        first_by_day: dict[int, datetime] = {}
        for s in self.sessions:
            if s.day not in first_by_day or s.start < first_by_day[s.day]:
                first_by_day[s.day] = s.start
        gap_left = 0
        for i in range(self.n):
            nxt = i + 1
            nd = self.d0 + timedelta(days=nxt)
            default_wake = datetime.combine(nd, time(6, 40) if nd.weekday() < 5 else time(7, 50),
                                            self.tz) + timedelta(minutes=r.randint(-25, 25))
            wake = default_wake
            if nxt in first_by_day:
                early = first_by_day[nxt] - timedelta(minutes=r.randint(30, 60))
                if early < wake:
                    wake = early
            hours = self.sleep_usual + r.gauss(0, 0.4)
            short = False
            pre_race = nxt in plan.race_days
            if r.random() < (0.5 if pre_race else self.short_rate) and i not in plan.gap_days:
                hours = self.sleep_usual - r.uniform(1.7, 3.3)
                short = True
            if i in plan.gap_days:
                hours += 0.7
            hours = _clip(hours, 3.0, 10.5)
            bed = wake - timedelta(hours=hours)
            bed = bed.replace(second=0, microsecond=0)
            wake = bed + timedelta(hours=hours)
            if gap_left > 0:
                gap_left -= 1
                logged = False
            elif r.random() < 0.022:
                gap_left = r.randint(1, 4)
                logged = False
            else:
                logged = r.random() > 0.05
            self.nights.append(_Night(i, bed, wake, hours, short, logged))

    # -- episodes ------------------------------------------------------------------------------

    def _ep_time_in_session(self, s: _Session, late: bool = True) -> datetime:
        frac = self.rng.uniform(0.6, 0.98) if late else self.rng.uniform(0.1, 0.95)
        return s.start + timedelta(minutes=s.duration * frac)

    def _session_muscle(self, s: _Session) -> str:
        m = _wchoice(self.rng, _CRAMP_MUSCLES.get(s.activity, _CRAMP_MUSCLES["running"]))
        return m

    def _add_session_episode(self, s: _Session, p_during: float, max_after: float,
                             planted: bool, muscle: str | None = None,
                             night_share: float = 0.0) -> _Ep | None:
        r = self.rng
        m = muscle or self._session_muscle(s)
        u = r.random()
        if u < night_share:
            night = self.nights[s.day] if s.day < len(self.nights) else None
            if night is None:
                return None
            t = night.bed + timedelta(hours=r.uniform(1.0, max(1.2, night.hours - 0.5)))
            ep = _Ep(t, "spasm", _wchoice(r, [("calf", 0.6), ("foot", 0.2), ("hamstring", 0.1),
                                              ("toes", 0.1)]), "sleep", planted)
        elif u < night_share + (1 - night_share) * p_during:
            ep = _Ep(self._ep_time_in_session(s), "spasm", m, "exercise", planted)
        else:
            t = s.end + timedelta(minutes=r.uniform(3, max_after))
            if s.day < len(self.nights):
                t = min(t, self.nights[s.day].bed - timedelta(minutes=r.uniform(10, 30)))
            t = max(t, s.end + timedelta(minutes=2))
            during = "after_exercise"
            if any(q.start <= t <= q.end for q in self.sessions
                   if abs(q.day - s.day) <= 1 and q.logged):
                during = "exercise"
            ep = _Ep(t, "spasm", m, during, planted)
        self.episodes.append(ep)
        return ep

    def _target(self) -> int:
        return self.rng.randint(9, 15)

    def _bernoulli_units(self, units: list[tuple[_U, float]], target: int,
                         cap: float = 0.65) -> list[_U]:
        """Pick exposed units with probability proportional to severity, mean ~ target."""
        if not units:
            return []
        tot = sum(w for _, w in units)
        chosen = []
        for u, w in units:
            p = min(cap, target * w / tot)
            if self.rng.random() < p:
                chosen.append(u)
        return chosen

    def _plant(self, plan: _Plan) -> None:
        c, r = self.cause, self.rng
        if c is None:
            return
        target = self._target()
        logged = [s for s in self.sessions if s.logged and s.activity not in ("yoga", "pilates")]
        if c == "dehydration":
            units = [(s, _clip(s.loss_pct - 1.4, 0.6, 1.5)) for s in logged
                     if s.loss_pct >= 2.0]
            for s in self._bernoulli_units(units, target):
                self._add_session_episode(s, 0.55, 120, True)
        elif c == "electrolyte_loss":
            units = []
            for s in logged:
                if s.duration >= 75 and s.na_loss >= 1800 and s.na_in < 0.25 * s.na_loss:
                    units.append((s, _clip((s.na_loss - s.na_in) / 2500, 0.7, 1.5)))
            for s in self._bernoulli_units(units, target):
                ep = self._add_session_episode(s, 0.5, 180, True)
                if ep is not None and r.random() < 0.35:
                    second = _wchoice(r, [("calf", 0.25), ("hamstring", 0.2), ("quadriceps", 0.15),
                                          ("abdomen", 0.15), ("forearm", 0.1), ("hand", 0.1),
                                          ("foot", 0.05)])
                    if second == ep.muscle:
                        second = "hamstring" if ep.muscle != "hamstring" else "calf"
                    ep.widespread = True
                    t2 = ep.when + timedelta(minutes=r.uniform(2, 12))
                    during = ep.during
                    if during == "exercise" and t2 > s.end:
                        during = "after_exercise"
                    self.episodes.append(_Ep(t2, "spasm", second, during, True, True))
        elif c == "muscle_fatigue":
            units = self._fatigue_exposures(logged)
            for s in self._bernoulli_units(units, target):
                legs = [m for m in s.muscles if m in _EPISODE_MUSCLE_FOR_GROUP]
                m = self._session_muscle(s)
                if legs and m not in legs and r.random() < 0.6:
                    m = r.choice(legs)
                self._add_session_episode(s, 0.68, 60, True, muscle=m)
        elif c == "training_load_spike":
            units = [(s, _clip(s.acwr - 1.3, 0.2, 1.5)) for s in logged
                     if s.acwr >= 1.5 and s.acute >= 0.7 * self.median_week]
            for s in self._bernoulli_units(units, target):
                self._add_session_episode(s, 0.6, 150, True, night_share=0.2)
        elif c == "heat":
            units = []
            for s in logged:
                if s.indoor:
                    continue
                at = s.apparent_temp
                if at >= 28:
                    w = _clip((at - 26) / 5, 0.4, 2.0) * (0.5 if s.water else 1.0)
                    w *= _clip(s.duration / 60, 0.6, 2.0)
                    units.append((s, w))
            for s in self._bernoulli_units(units, target):
                self._add_session_episode(s, 0.6, 90, True)
        elif c == "sleep_debt":
            exposed_days = [n.day + 1 for n in self.nights if n.short and n.day + 1 < self.n]
            for d in self._bernoulli_units([(d, 1.0) for d in exposed_days], target, cap=0.55):
                self._day_episode(d, planted=True, style="sleep")
        elif c == "nutrient_deficiency":
            a, b = self.def_span
            for d in self._bernoulli_units([(d, 1.0) for d in range(a, b)], target, cap=0.4):
                self._day_episode(d, planted=True, style="nutrient")
        elif c == "medication":
            a, b = self.med_risk_span
            for d in self._bernoulli_units([(d, 1.0) for d in range(a, b)], target, cap=0.4):
                self._day_episode(d, planted=True, style="medication")

    def _fatigue_exposures(self, logged: list[_Session]) -> list[tuple[_Session, float]]:
        loads = sorted(s.load for s in logged)
        if not loads:
            return []
        p90 = loads[int(0.9 * (len(loads) - 1))]
        p50 = loads[int(0.5 * (len(loads) - 1))]
        by_act: dict[str, list[float]] = {}
        for s in logged:
            by_act.setdefault(s.activity, []).append(s.duration)
        dur90 = {a: sorted(v)[int(0.9 * (len(v) - 1))] for a, v in by_act.items()}
        hard_by_day: dict[int, list[_Session]] = {}
        for s in self.sessions:
            if s.load >= p90:
                hard_by_day.setdefault(s.day, []).append(s)
        out = []
        for s in logged:
            w = 0.0
            if s.kind in ("race", "b_race") and s.rpe >= 8:
                w = max(w, 1.6)
            if s.load >= p90:
                w = max(w, 1.0 + 0.5 * min(1.0, (s.load - p90) / max(p90, 1)))
            if len(by_act[s.activity]) >= 8 and s.duration >= dur90[s.activity] * 1.05:
                w = max(w, 0.9)
            prev = hard_by_day.get(s.day - 1, [])
            if s.load >= p50 and any(set(q.muscles) & set(s.muscles) for q in prev):
                w = max(w, 0.55)
            if w > 0:
                out.append((s, w))
        return out

    def _sessions_on(self, day: int) -> list[_Session]:
        return [s for s in self.sessions if s.day == day and s.logged]

    def _rest_time(self, day: int) -> datetime | None:
        """A waking time of day `day` well away from any session (4 h after its end)."""
        r = self.rng
        base = datetime.combine(self.days[day], time(0, 0), self.tz)
        for _ in range(12):
            t = base + timedelta(hours=r.uniform(9.0, 21.5))
            ok = all(not (s.start - timedelta(minutes=20) <= t <= s.end + timedelta(hours=4))
                     for s in self.sessions if abs(s.day - day) <= 1)
            night = self.nights[day]
            if ok and t < night.bed - timedelta(minutes=20):
                return t.replace(second=0, microsecond=0)
        return None

    def _night_time(self, day: int) -> datetime | None:
        if day >= len(self.nights):
            return None
        n = self.nights[day]
        return n.bed + timedelta(hours=self.rng.uniform(0.8, max(1.0, n.hours - 0.3)))

    def _day_episode(self, day: int, planted: bool, style: str) -> None:
        r = self.rng
        sessions = [s for s in self._sessions_on(day) if s.activity not in ("yoga", "pilates")]
        if style == "sleep":
            mix = [("session", 0.55 if sessions else 0.0), ("rest", 0.22), ("twitch", 0.13),
                   ("night", 0.1)]
        elif style == "nutrient":
            mix = [("night", 0.38), ("rest", 0.2), ("session", 0.22 if sessions else 0.0),
                   ("twitch", 0.2)]
        elif style == "medication":
            mix = [("night", 0.48), ("rest", 0.22), ("session", 0.22 if sessions else 0.0),
                   ("twitch", 0.08)]
        else:  # background
            mix = [("night", 0.3 if self.p.key != "older_walker" else 0.45), ("rest", 0.17),
                   ("session", 0.3 if sessions else 0.0), ("twitch", 0.25)]
        what = _wchoice(r, mix)
        if what == "session":
            s = r.choice(sessions)
            if style == "background":
                # unrelated to load: anywhere in the session, or soon after
                if r.random() < 0.6:
                    t = self._ep_time_in_session(s, late=False)
                    m = self._session_muscle(s)
                    if s.water and r.random() < 0.5:
                        m = r.choice(["foot", "toes", "calf"])
                    self.episodes.append(_Ep(t, "spasm", m, "exercise", planted))
                else:
                    self._add_session_episode(s, 0.0, 90, planted)
            else:
                self._add_session_episode(s, 0.55, 120, planted)
            return
        if what == "night":
            tn = self._night_time(day)
            if tn is None:
                return
            m = _wchoice(r, [("calf", 0.58), ("foot", 0.2), ("toes", 0.1), ("hamstring", 0.08),
                             ("quadriceps", 0.04)])
            self.episodes.append(_Ep(tn, "spasm", m, "sleep", planted))
            return
        tr = self._rest_time(day)
        if tr is None:
            return
        t = tr
        if what == "rest":
            if style == "nutrient":
                m = _wchoice(r, [("calf", 0.3), ("foot", 0.2), ("hand", 0.2), ("fingers", 0.15),
                                 ("toes", 0.15)])
            else:
                m = _wchoice(r, [("calf", 0.3), ("foot", 0.25), ("hand", 0.15), ("toes", 0.1),
                                 ("hamstring", 0.1), ("neck", 0.05), ("fingers", 0.05)])
            self.episodes.append(_Ep(t, "spasm", m, "rest", planted))
        else:
            m = _wchoice(r, [("eyelid", 0.5), ("calf", 0.25), ("quadriceps", 0.12),
                             ("forearm", 0.08), ("hand", 0.05)])
            self.episodes.append(_Ep(t, "twitch", m, "rest", planted))

    def _background(self) -> None:
        r = self.rng
        planted = sum(e.planted for e in self.episodes)
        k = r.randint(9, 15) if self.cause is None else min(r.randint(3, 6), planted // 2 + 1)
        k = max(2, round(k * (0.75 + 0.25 * self.n / 365))) if self.cause is None else k
        days = [r.randrange(self.n) for _ in range(k)]
        for d in sorted(days):
            self._day_episode(d, planted=False, style="background")

    # -- diet / medication spans ---------------------------------------------------------------

    def _spans(self) -> None:
        r, n = self.rng, self.n
        self.def_span = (0, 0)
        self.diet_variant = "normal"
        if self.cause == "nutrient_deficiency":
            length = int(n * r.uniform(0.4, 0.6))
            if r.random() < 0.5:
                self.def_span = (0, length)
            else:
                self.def_span = (n - length, n)
            self.diet_variant = "low_mg_k" if r.random() < 0.6 else "low_ca"
        self.med_name: str | None = None
        self.med_span = (0, 0)
        self.med_risk_span = (0, 0)
        if self.cause == "medication":
            start = int(n * r.uniform(0.3, 0.55))
            end = n
            if r.random() < 0.4 and n - start > 110:
                end = start + r.randint(70, n - start - 30)
            self.med_span = (start, end)
            lag = r.randint(7, 21)
            self.med_risk_span = (min(n - 1, start + lag), min(n, end + 5))
            if self.age >= 45:
                self.med_name = r.choice(["hydrochlorothiazide", "chlorthalidone", "indapamide",
                                          "atorvastatin", "simvastatin", "spironolactone",
                                          "bendroflumethiazide", "rosuvastatin"])
            else:
                self.med_name = r.choice(["salmeterol", "formoterol", "salmeterol",
                                          "hydrochlorothiazide"])

    # -- serialisation ----------------------------------------------------------------------------

    def _emit_profile(self) -> None:
        o: dict = {"type": "profile", "sex": self.sex, "birth_year": self.birth_year,
                   "body_mass_kg": self.mass0, "height_cm": self.height, "timezone": self.p.tz}
        self.objects.append(o)

    def _kg(self, kg: float) -> float | str:
        if self.p.imperial and self.rng.random() < 0.5:
            return f"{kg / 0.45359237:.1f} lb"
        return round(kg, 1)

    def _ml(self, ml: float) -> float | str:
        if self.p.imperial and self.rng.random() < 0.4:
            return f"{max(1, round(ml / 29.5735))} oz"
        return float(max(10, round(ml / 10) * 10))

    def _emit_sessions(self) -> None:
        r = self.rng
        for s in self.sessions:
            if not s.logged:
                continue
            o: dict = {"type": "workout", "id": _hid(r, "watch"), "time": _iso(s.start),
                       "duration_min": s.duration, "activity": s.activity}
            if r.random() < 0.82:
                o["rpe"] = round(s.rpe) if r.random() < 0.7 else s.rpe
            if s.activity not in ("yoga", "pilates") and r.random() < 0.85:
                frac = 0.5 + 0.045 * s.rpe
                hr = self.hr_rest + (self.hr_max - self.hr_rest) * frac
                hr += max(0.0, s.temp - 20) * 0.6 + r.gauss(0, 4)
                if s.activity == "swimming":
                    hr -= 8
                o["avg_hr"] = int(_clip(hr, 60, 210))
            speed = {"running": 11.0, "trail_running": 8.0, "cycling": 28.0, "swimming": 3.2,
                     "walking": 5.4, "hiking": 4.2, "skiing": 14.0, "other": 17.0}.get(s.activity)
            if speed is not None and r.random() < 0.9:
                sp = speed * (0.85 + 0.04 * s.rpe) * r.uniform(0.92, 1.08)
                if s.note == "indoor trainer" and r.random() < 0.5:
                    sp = speed * 1.05
                o["distance_km"] = round(sp * s.duration / 60, 2)
            if s.indoor:
                if r.random() < 0.35 and not s.water:
                    o["temperature_c"] = round(s.temp, 1)
                if r.random() < 0.15 and not s.water:
                    o["humidity_pct"] = round(s.rh)
            else:
                if r.random() < 0.86:
                    if self.p.imperial and r.random() < 0.5:
                        o["temperature_c"] = f"{round(s.temp * 9 / 5 + 32)} degF"
                    else:
                        o["temperature_c"] = round(s.temp, 1)
                    if r.random() < 0.8:
                        o["humidity_pct"] = round(s.rh)
            if r.random() < 0.8:
                o["muscle_groups"] = list(s.muscles)
            if s.kind in ("intervals", "tempo", "race", "b_race") and r.random() < 0.5:
                o["warm_up_min"] = r.choice([10, 15, 20])
                o["cool_down_min"] = r.choice([5, 10, 15])
            notes = [s.note] if s.note else []
            if self.salty and s.sweat_l > 1.6 and r.random() < 0.3:
                notes.append(r.choice(["salt marks on kit", "white salt stains on jersey",
                                       "sweat stinging eyes, salty"]))
            if s.underdrink and r.random() < 0.3:
                notes.append(r.choice(["forgot second bottle", "fountain was off",
                                       "didn't drink much"]))
            if notes:
                o["notes"] = "; ".join(notes)
            self.objects.append(o)
            # weighings
            if s.weighed:
                self.objects.append({"type": "body_mass",
                                     "time": _iso(s.start - timedelta(minutes=r.randint(8, 20))),
                                     "kg": self._kg(s.pre_kg), "context": "pre_workout"})
                self.objects.append({"type": "body_mass",
                                     "time": _iso(s.end + timedelta(minutes=r.randint(5, 20))),
                                     "kg": self._kg(s.post_kg), "context": "post_workout"})
            # drinks
            if s.drinks_logged:
                if s.drinks and (s.duration <= 75 or r.random() < 0.3):
                    # one summary entry at the end
                    total = sum(ml for _, ml, _ in s.drinks)
                    main = max({dk for _, _, dk in s.drinks},
                               key=lambda dk: sum(ml for _, ml, k in s.drinks if k == dk))
                    if len({dk for _, _, dk in s.drinks}) == 1:
                        self._emit_fluid(s.end, total, main)
                    else:
                        for t, ml, dk in s.drinks:
                            self._emit_fluid(t, ml, dk)
                else:
                    for t, ml, dk in s.drinks:
                        self._emit_fluid(t, ml, dk)
                for t in s.capsules:
                    if r.random() < 0.85:
                        self.objects.append({"type": "supplement", "time": _iso(t),
                                             "name": "salt capsule", "sodium_mg": 215,
                                             "potassium_mg": 63})
                if s.duration >= 45 and r.random() < 0.7:
                    dk = r.choice(["water", "water", "milk", "sports_drink", "juice"])
                    self._emit_fluid(s.end + timedelta(minutes=r.randint(25, 50)),
                                     r.uniform(300, 700), dk)

    def _emit_fluid(self, t: datetime, ml: float, drink: str) -> None:
        if ml > 1500:  # one entry per bottle
            k = math.ceil(ml / 750)
            for j in range(k):
                self._emit_fluid(t - timedelta(minutes=(k - 1 - j) * 3), ml / k, drink)
            return
        while _iso(t) in self._fluid_times:
            t += timedelta(minutes=1)
        self._fluid_times.add(_iso(t))
        o: dict = {"type": "fluid", "time": _iso(t), "ml": self._ml(ml)}
        if drink != "water" or self.rng.random() < 0.7:
            o["drink"] = drink
        if drink == "electrolyte_drink" and self.rng.random() < 0.3:
            o["sodium_mg"] = round(ml / 1000 * 1000)
        self.objects.append(o)

    def _emit_sleep(self) -> None:
        r = self.rng
        for nt in self.nights:
            if not nt.logged:
                continue
            o: dict = {"type": "sleep", "id": _hid(r, "band"), "time": _iso(nt.bed)}
            if r.random() < 0.85:
                o["end"] = _iso(nt.wake)
            else:
                o["hours"] = round(nt.hours, 1)
            if r.random() < 0.55:
                o["quality"] = int(_clip(round(3 + (nt.hours - self.sleep_usual) * 0.8
                                               + r.gauss(0, 0.7)), 1, 5))
            self.objects.append(o)

    def _emit_daily(self) -> None:
        """Morning weighings, meals, daily drinks, supplements."""
        r = self.rng
        magnesium_days: set[int] = set()
        if self.cause != "nutrient_deficiency" and r.random() < 0.45:
            spasms = sorted(e.when for e in self.episodes if e.kind == "spasm")
            if len(spasms) >= 5:
                d5 = (spasms[4].date() - self.d0).days + r.randint(1, 4)
                magnesium_days = set(range(d5, min(self.n, d5 + r.randint(21, 42))))
        takes_vitd = r.random() < 0.55
        takes_fish = r.random() < 0.35
        takes_multi = r.random() < 0.3 and self.cause != "nutrient_deficiency"
        takes_calcium = (self.p.key == "older_walker" and self.sex == "female"
                         and self.cause != "nutrient_deficiency" and r.random() < 0.6)
        for i, d in enumerate(self.days):
            base = datetime.combine(d, time(0, 0), self.tz)
            wake = self.nights[i - 1].wake if i > 0 else base + timedelta(hours=7)
            # morning weighing
            if r.random() < 0.38:
                t = wake + timedelta(minutes=r.randint(5, 25))
                self.objects.append({"type": "body_mass", "time": _iso(t),
                                     "kg": self._kg(self._mass_on(i) + r.gauss(0, 0.15)),
                                     "context": "morning"})
            # meals
            if r.random() < 0.5:
                self._emit_meals(i, base, wake)
            # daily drinks
            if r.random() < 0.42:
                self._emit_day_fluids(i, base, wake)
            # supplements
            if takes_vitd and r.random() < 0.75:
                self.objects.append({"type": "supplement", "time": _iso(wake + timedelta(
                    minutes=r.randint(20, 60))), "name": "vitamin D3 1000 IU"})
            if takes_fish and r.random() < 0.7:
                self.objects.append({"type": "supplement", "time": _iso(wake + timedelta(
                    minutes=r.randint(20, 60))), "name": "fish oil"})
            if takes_multi and r.random() < 0.6:
                self.objects.append({"type": "supplement", "time": _iso(wake + timedelta(
                    minutes=r.randint(20, 60))), "name": "multivitamin",
                    "magnesium_mg": 100, "calcium_mg": 160, "potassium_mg": 80})
            if takes_calcium and r.random() < 0.7:
                self.objects.append({"type": "supplement", "time": _iso(base + timedelta(
                    hours=r.uniform(18.5, 20.5))), "name": "calcium carbonate with vitamin D",
                    "calcium_mg": 600})
            if i in magnesium_days and r.random() < 0.85:
                self.objects.append({"type": "supplement", "time": _iso(base + timedelta(
                    hours=r.uniform(20.5, 22.0))), "name": "magnesium glycinate",
                    "magnesium_mg": 200})

    def _diet_mode(self, day: int) -> str:
        a, b = self.def_span
        if a <= day < b:
            return self.diet_variant if self.rng.random() < 0.92 else "normal"
        return "low_mg_k" if self.rng.random() < 0.15 else "normal"

    def _emit_meals(self, day: int, base: datetime, wake: datetime) -> None:
        r = self.rng
        mode = self._diet_mode(day)
        menu = {"normal": _MENU_NORMAL, "low_mg_k": _MENU_LOW_MG_K, "low_ca": _MENU_LOW_CA}[mode]
        scale = 1.15 if self.sex == "male" else 0.95
        complete = r.random() < 0.85
        slots = [("breakfast", wake + timedelta(minutes=r.randint(20, 70)), 0.97),
                 ("lunch", base + timedelta(hours=r.uniform(12.0, 13.6)), 0.9),
                 ("snack", base + timedelta(hours=r.uniform(15.5, 16.8)), 0.6),
                 ("dinner", base + timedelta(hours=r.uniform(18.8, 20.4)), 0.95)]
        for slot, t, prob in slots:
            if r.random() > (prob if complete else prob * 0.45):
                continue
            items = []
            choice = list(r.choice(menu[slot]))
            if mode == "normal" and slot == "breakfast" and r.random() < 0.6 and not any(
                    f == _MILK2 for f, _, _ in choice):
                choice.append((_MILK2, 150, 250))  # a glass of milk / latte
            for food, lo, hi in choice:
                g = round(r.uniform(lo, hi) * scale / 5) * 5
                if food in _NDB_FOR_NAME and r.random() < 0.2:
                    items.append({"ndb_no": _NDB_FOR_NAME[food], "grams": g})
                else:
                    items.append({"food": food, "grams": g})
            o: dict = {"type": "meal", "time": _iso(t.replace(second=0, microsecond=0)),
                       "items": items}
            if mode != "normal" and r.random() < 0.04:
                o["notes"] = ("busy weeks, eating on the go" if mode == "low_mg_k"
                              else "off dairy for now")
            self.objects.append(o)

    def _emit_day_fluids(self, day: int, base: datetime, wake: datetime) -> None:
        r = self.rng
        busy = [(s.start, s.end) for s in self.sessions if s.day == day]
        bed = self.nights[day].bed

        def emit(t: datetime, ml: float, drink: str) -> None:
            if t < bed and not any(a <= t <= b for a, b in busy):
                self._emit_fluid(t, ml, drink)

        t = wake + timedelta(minutes=r.randint(10, 40))
        for _ in range(r.choice([1, 1, 2, 2, 3])):
            emit(t, r.choice([200, 250, 300]), "coffee" if r.random() < 0.8 else "tea")
            t += timedelta(hours=r.uniform(1.5, 4))
        for _ in range(r.randint(2, 6)):
            emit(base + timedelta(hours=r.uniform(10, 21.5)), r.uniform(250, 600), "water")
        if r.random() < 0.25:
            emit(base + timedelta(hours=r.uniform(12, 14)), r.uniform(200, 350),
                 r.choice(["juice", "soft_drink", "milk"]))
        if self.days[day].weekday() >= 4 and r.random() < 0.35:
            emit(base + timedelta(hours=r.uniform(19, 21.5)), r.choice([330, 500]), "beer")

    def _emit_medications(self, plan: _Plan) -> None:
        r = self.rng
        meds: list[dict] = []
        # seasonal antihistamine
        if r.random() < 0.45:
            s = r.randrange(max(1, self.n - 40))
            meds.append({"type": "medication", "name": r.choice(["cetirizine", "loratadine"]),
                         "start": (self.d0 + timedelta(days=s)).isoformat(),
                         "end": (self.d0 + timedelta(days=min(self.n - 1, s + r.randint(20, 60))))
                         .isoformat(), "notes": "hay fever"})
        # short ibuprofen course for a niggle
        if r.random() < 0.45:
            s = r.randrange(max(1, self.n - 10))
            meds.append({"type": "medication", "name": "ibuprofen",
                         "start": (self.d0 + timedelta(days=s)).isoformat(),
                         "end": (self.d0 + timedelta(days=s + r.randint(3, 6))).isoformat(),
                         "notes": r.choice(["sore knee", "toothache", "sprained ankle"])})
        if plan.illness_span is not None and r.random() < 0.6:
            a, _ = plan.illness_span
            s = a + r.randint(1, 3)
            meds.append({"type": "medication", "name": "amoxicillin",
                         "start": (self.d0 + timedelta(days=s)).isoformat(),
                         "end": (self.d0 + timedelta(days=s + 7)).isoformat(),
                         "notes": "chest infection"})
        if self.p.key == "older_walker":
            if r.random() < 0.65:
                meds.append({"type": "medication", "name": "losartan",
                             "start": (self.d0 - timedelta(days=r.randint(400, 2500))).isoformat(),
                             "notes": "blood pressure"})
            if self.sex == "male" and r.random() < 0.5:
                meds.append({"type": "medication", "name": "tamsulosin",
                             "start": (self.d0 - timedelta(days=r.randint(200, 1500))).isoformat()})
        if self.med_name is not None:
            a, b = self.med_span
            o: dict = {"type": "medication", "name": self.med_name,
                       "start": (self.d0 + timedelta(days=a)).isoformat()}
            if b < self.n:
                o["end"] = (self.d0 + timedelta(days=b)).isoformat()
            if r.random() < 0.5:
                o["notes"] = {"salmeterol": "inhaler for exercise asthma",
                              "formoterol": "inhaler for exercise asthma"}.get(
                    self.med_name, "prescribed by GP")
            meds.append(o)
        self.objects.extend(meds)

    def _emit_episodes(self) -> None:
        r = self.rng
        stop = self.stop_dt
        for e in sorted(self.episodes, key=lambda e: e.when):
            if not (self.start_dt <= e.when < stop):
                continue
            o: dict = {"type": "episode", "time": _iso(e.when), "kind": e.kind, "muscle": e.muscle}
            if r.random() < 0.88:
                if e.muscle in ("eyelid", "neck"):
                    o["side"] = r.choice(["left", "right"])
                else:
                    o["side"] = r.choice(["left", "right", "left", "right", "both"])
                if e.muscle == "abdomen":
                    del o["side"]
            if e.kind == "spasm":
                o["duration_s"] = int(_clip(r.lognormvariate(math.log(80), 0.8), 8, 900))
                o["pain"] = int(_clip(round(r.gauss(6, 1.6)), 2, 10))
                relief = ["stretching"] if r.random() < 0.8 else []
                for extra, p in (("massage", 0.35), ("walking_it_off", 0.2), ("hydration", 0.15),
                                 ("pickle_juice", 0.05), ("rest", 0.15)):
                    if r.random() < p:
                        relief.append(extra)
                if e.during == "sleep" and "walking_it_off" not in relief and r.random() < 0.3:
                    relief.append("walking_it_off")
                if relief:
                    o["relief"] = relief
                o["relieved"] = r.random() < 0.9
            else:
                o["duration_s"] = int(_clip(r.lognormvariate(math.log(40), 1.0), 2, 1200))
                o["pain"] = r.choice([0, 0, 0, 1])
            if r.random() < 0.93:
                o["during"] = e.during
            if r.random() < 0.2:
                o["flags"] = {k: False for k in r.sample(
                    ["weakness", "swelling", "redness", "numbness_tingling", "dark_urine"], 2)}
            if e.widespread and r.random() < 0.4:
                o["notes"] = "cramped in several places"
            self.objects.append(o)

    # -- main ------------------------------------------------------------------------------------

    def run(self) -> BlindJournal:
        self._person()
        self._calendar()
        plan = self._plan()
        self._sessions(plan)
        self._hydration()
        self._acwr()
        self._sleep(plan)
        self._spans()
        self._plant(plan)
        self._background()
        self._emit_profile()
        self._emit_sessions()
        self._emit_sleep()
        self._emit_daily()
        self._emit_medications(plan)
        self._emit_episodes()
        objs = [self.objects[0]] + sorted(self.objects[1:], key=_sort_key)
        return BlindJournal(self.cause, objs, self.start_dt.astimezone(timezone.utc),
                            self.stop_dt.astimezone(timezone.utc))


def blind_journal(cause: str | None, seed: int) -> BlindJournal:
    """A deterministic synthetic journal for one club member, with `cause` planted (or none)."""
    return _Gen(cause, seed).run()
