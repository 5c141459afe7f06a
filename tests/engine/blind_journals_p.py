"""Blind synthetic cramp journals with one planted cause (examiner "P").

Point of view
=============
Each journal is one tactical / manual worker -- a municipal firefighter on 24-on/48-off,
a soldier (PT, rucks, field exercises, staff duty) or a warehouse / yard worker on a
4-on-4-off rotating 12 h day/night roster who trains for a fire academy.  They do PT,
rucking and gym sessions, and long hot physical shifts; they sleep in pieces around
night shifts, calls and duty.  The data come from what such a person really has:

* a cheap fitness band: sessions with duration and average heart rate, auto-detected
  walks and long "other" activities (often a whole work shift), sleep periods (naps
  often missed, an occasional car ride scored as "sleep"), a weather temperature /
  humidity on outdoor sessions; band records carry ids, are exported in UTC and some
  are exported twice after a re-sync (same id);
* the station / unit scale or a bathroom scale: morning weights and, on some (mostly long
  or hot) sessions, a pre/post weigh-in -- hand entries in lb for US persons;
* hand entries in the phone: RPE, muscle groups, notes, drinks (bottle sizes in oz, a
  3 L / 100 oz bladder, electrolyte packets with the label sodium), salt tablets,
  meals (USDA names or USDA numbers, some with totals only, e.g. MREs), medicines, and
  every cramp or twitch.  Hand entries use the phone's local UTC offset, so they change
  on a trip or a field exercise in another time zone, and DST shifts are real.
* gaps: days without meal logs, band outages of several days, sessions without RPE,
  weigh-ins on a minority of sessions, fluids not logged on some sessions.

Natural correlations present in every journal, whatever the cause (also null ones):
hot afternoons raise sweat rate, so hot sessions lose more body mass and more sodium
(about 70-80 % of the sessions with >= 2 % mass loss also lost > 3 g of unreplaced sodium:
long sweaty shifts do both; the discordant ones are short gear calls / rucks with little
water, versus long shifts with plenty of plain water from the site cooler);
the person drinks more and uses electrolyte drinks more often when it is hot or long;
turnout-gear calls sweat more and allow less drinking; long sessions are usually also
hard; night shifts, calls, staff duty and field exercises shorten sleep; field weeks,
overtime, two-a-day blocks and the return from leave raise the acute:chronic load; a
period of convenience food (a cut, a barracks move, a run of overtime...) lowers
magnesium and potassium intake; many journals contain a medication start, some of them a
cramp-linked one (in journals where it is not the cause it changes nothing).

Episodes
========
Background episodes (every journal, drawn from an RNG that does not depend on the
cause, >= 5 of them): placed uniformly in clock time, independent of every exposure --
night calf / foot / toe cramps (a uniformly chosen night, a uniform moment of that main
sleep), eyelid / calf / hand twitches and random rest cramps at uniform waking moments
(if such a moment happens to fall inside a session it is logged as "exercise").  Their
rate per day is constant over the journal.

The planted cause (cause is not None) adds K linked episodes (K drawn in 10..18 -- 10..15
units for electrolyte_loss, whose episodes can come in pairs -- capped
at 0.6 x the number of exposed units; the median journal has 25-110 exposed units, so
most exposed units carry no episode).  If a journal has fewer than 16 exposed units
under the thresholds below, each threshold is relaxed once (heat 29.5 C, mass loss
1.8 %, sodium 2.5 g, load ratio 1.6, ACWR 1.4, sleep 1.5 h, magnesium 0.70 x RDA).  The
K units are drawn among the *exposed units only*, without replacement, with probability
increasing with the exposure dose (Efraimidis-Spirakis weighted sampling, weight =
dose ** 0.8).  Nothing else enters the choice, so the planted exposure is the only one
that raises the episode rate; other exposures are raised only through their natural
correlation with it.  Exposed units and doses, computed on the true simulated data
(which the journal reports with the usual noise and gaps):

* heat -- unit = session; dose = ambient heat index (NWS formula from the session's
  temperature and humidity, which are recorded on most outdoor / hot-indoor sessions)
  minus 31 C, exposed when > 0.  Episodes late in the session or up to 2 h after it.
  Hydration and sodium of that session play no part.
* dehydration -- unit = session; dose = body-mass loss over the session in % of pre
  mass (sweat + urine - drinks - food, visible through the pre/post weigh-ins) minus 2,
  exposed when > 0 (loss >= 2 %).  Episodes late in the session or up to 4 h after.
  Sessions with a big sweat sodium loss that were well replaced with plain water (small
  mass loss) are not exposed; dehydrating sessions on electrolyte drinks are.
* electrolyte_loss -- unit = session; dose = sweat sodium lost (sweat volume times the
  person's sweat sodium concentration) minus the sodium drunk (drink defaults or label
  sodium) and taken as salt tablets during the session, in g, minus 3.0: long sweaty
  sessions on plain water, whatever the mass change.  Episodes late in the session or up
  to 3 h after, often widespread (a second muscle within minutes, 30 %; K in 10..15).
* muscle_fatigue -- unit = session; dose = session load (duration x RPE) divided by this
  person's median load for the same activity, minus 1.8, exposed when > 0 and RPE >= 7:
  the unusually long *and* hard sessions (ruck tests, hero WODs, long brush fires, live
  burns, 15-25 km runs...).  Episodes in the worked muscles, in the last third of the
  session or within 1 h after.  ACWR plays no part.
* training_load_spike -- unit = session on a day whose acute:chronic load ratio
  (7-day load / (28-day load / 4), load = duration x RPE of all physical sessions,
  from day 28 on) exceeds 1.5; dose = ACWR - 1.5.  Spikes come from the return from
  leave, field exercises, overtime runs and two-a-day blocks; the sessions in them are
  mostly of ordinary length.  Episodes during or within 2 h after such sessions.
* sleep_debt -- unit = a wake-up from a main sleep; dose = usual 24-h sleep (median over
  the journal) minus sleep in the 24 h before that wake-up, minus 2 h, exposed when > 0.
  Episodes 1.5-14 h after that wake-up (twitches, rest cramps, or cramps in a session
  that falls in that window).
* nutrient_deficiency -- unit = day; dose = 1 - (14-day mean true magnesium intake) /
  (0.65 x RDA), exposed when > 0 (the convenience-food period; its meals are logged with
  USDA foods on the logged days, so magnesium and potassium far below reference are
  visible).  Episodes anywhere in those days: night calf / foot cramps, twitches, rest
  cramps of hands and feet.  The dip ends >= 4 weeks before the journal ends.
* medication -- unit = day from (start + 5..20 days) to the end of the journal; dose =
  1; the medicine (hydrochlorothiazide, chlorthalidone, spironolactone, salmeterol,
  atorvastatin or nifedipine) is logged as a medication entry with its start date,
  never ended.  Episodes are mostly nocturnal leg cramps and rest cramps, some twitches.

cause=None gives the background only.  The world (schedule, weather, sessions, sleep,
meals, weights, drinks) depends only on the seed, except two switches that do not
consume extra randomness: the medication is forced to be a cramp-linked one for
cause="medication", and the convenience-food dip is forced to be severe for
cause="nutrient_deficiency".  Pure standard library, deterministic, no I/O.
"""

from __future__ import annotations

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


# ----------------------------------------------------------------------------------------
# time zones (own DST rules so that nothing is read from disk)
# ----------------------------------------------------------------------------------------

def _nth_sunday(year: int, month: int, n: int) -> date:
    d = date(year, month, 1)
    d += timedelta(days=(6 - d.weekday()) % 7)
    return d + timedelta(days=7 * (n - 1))


def _last_sunday(year: int, month: int) -> date:
    d = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return d - timedelta(days=(d.weekday() - 6) % 7)


class _Zone:
    def __init__(self, name: str, std_min: int, rule: str | None):
        self.name, self.std, self.rule = name, std_min, rule

    def _dst(self, local: datetime) -> bool:
        y = local.year
        if self.rule == "us":
            a = datetime.combine(_nth_sunday(y, 3, 2), datetime.min.time()) + timedelta(hours=2)
            b = datetime.combine(_nth_sunday(y, 11, 1), datetime.min.time()) + timedelta(hours=2)
            return a <= local < b
        if self.rule == "au":
            a = datetime.combine(_nth_sunday(y, 10, 1), datetime.min.time()) + timedelta(hours=2)
            b = datetime.combine(_nth_sunday(y, 4, 1), datetime.min.time()) + timedelta(hours=3)
            return local >= a or local < b
        return False

    def offset_local(self, local: datetime) -> int:
        return self.std + (60 if self.rule and self._dst(local) else 0)

    def to_utc(self, local: datetime) -> datetime:
        return (local - timedelta(minutes=self.offset_local(local))).replace(tzinfo=timezone.utc)

    def offset_utc(self, t: datetime) -> int:
        std_local = t.replace(tzinfo=None) + timedelta(minutes=self.std)
        return self.std + (60 if self.rule and self._dst(std_local) else 0)

    def local(self, t: datetime) -> datetime:
        return t.replace(tzinfo=None) + timedelta(minutes=self.offset_utc(t))

    def aware(self, t: datetime) -> datetime:
        return t.astimezone(timezone(timedelta(minutes=self.offset_utc(t))))


_ZONES = {
    "America/Phoenix": _Zone("America/Phoenix", -420, None),
    "America/Denver": _Zone("America/Denver", -420, "us"),
    "America/Los_Angeles": _Zone("America/Los_Angeles", -480, "us"),
    "America/Chicago": _Zone("America/Chicago", -360, "us"),
    "America/New_York": _Zone("America/New_York", -300, "us"),
    "Pacific/Honolulu": _Zone("Pacific/Honolulu", -600, None),
    "Australia/Sydney": _Zone("Australia/Sydney", 600, "au"),
    "Australia/Darwin": _Zone("Australia/Darwin", 570, None),
}

# climate: (annual mean of daily max C, half amplitude, diurnal range, summer / winter
#           afternoon RH, night RH add, hemisphere)
_CLIMATES = {
    "America/Phoenix": (30.0, 10.5, 14.0, 22, 28, 35, "N"),
    "America/Denver": (26.0, 9.5, 14.0, 24, 30, 30, "N"),        # El Paso / Fort Bliss
    "America/Los_Angeles": (28.0, 8.5, 15.0, 28, 45, 40, "N"),   # inland: Riverside, Fresno
    "America/Chicago": (27.0, 8.5, 10.5, 55, 55, 30, "N"),       # central / south Texas
    "America/New_York": (25.5, 8.0, 10.5, 58, 52, 32, "N"),      # Fort Bragg / Georgia
    "Pacific/Honolulu": (28.5, 2.0, 7.0, 58, 62, 25, "N"),
    "Australia/Sydney": (24.5, 6.5, 11.0, 50, 50, 30, "S"),      # western Sydney
    "Australia/Darwin": (32.0, 1.5, 8.5, 66, 42, 25, "S"),
}


def _fmt(t: datetime, zone: _Zone | None, style: str = "offset") -> str:
    """ISO 8601 with offset; zone None = UTC (band export)."""
    if zone is None:
        s = t.astimezone(timezone.utc).replace(microsecond=0).isoformat()
        return s.replace("+00:00", "Z") if style == "Z" else s
    return zone.aware(t).replace(microsecond=0).isoformat()


# ----------------------------------------------------------------------------------------
# foods (USDA SR28: kcal, Ca, Mg, K, Na per 100 g) -- names checked against the product
# ----------------------------------------------------------------------------------------

_FOODS = {
    # key: (name or None -> use ndb_no, ndb_no, kcal, Ca, Mg, K, Na)
    "oats": ("cereals, oats, regular and quick, not fortified, dry", "08120", 379, 52, 138, 362, 6),
    "egg": ("egg, whole, cooked, scrambled", "01132", 149, 66, 11, 132, 145),
    "ww_bread": ("bread, whole-wheat, commercially prepared", "18075", 252, 161, 75, 254, 455),
    "pb": ("peanut butter, smooth style, with salt", "16098", 598, 49, 168, 558, 426),
    "banana": ("bananas, raw", "09040", 89, 5, 27, 358, 1),
    "chicken": ("chicken, broilers or fryers, breast, meat only, cooked, roasted", "05064",
                165, 15, 29, 256, 74),
    "brown_rice": ("rice, brown, long-grain, cooked", "20037", 123, 3, 39, 86, 4),
    "white_rice": ("rice, white, long-grain, regular, enriched, cooked", "20045", 130, 10, 12, 35, 1),
    "black_beans": ("beans, black, mature seeds, cooked, boiled, without salt", "16015",
                    132, 27, 70, 355, 1),
    "spinach": ("spinach, raw", "11457", 23, 99, 79, 558, 79),
    "greek_yog": ("yogurt, greek, plain, nonfat", "01256", 59, 110, 11, 141, 36),
    "milk": ("milk, reduced fat, fluid, 2% milkfat, with added vitamin a & vitamin d", "01079",
             50, 120, 11, 140, 47),
    "almonds": (None, "12061", 579, 269, 270, 733, 1),
    "potato": ("potatoes, baked, flesh and skin, without salt", "11674", 93, 15, 28, 535, 10),
    "salmon": ("salmon, atlantic, farmed, cooked, dry heat", "15237", 206, 15, 30, 384, 61),
    "broccoli": ("broccoli, raw", "11090", 34, 47, 21, 316, 33),
    "cheddar": ("cheese, cheddar", "01009", 404, 710, 27, 76, 653),
    "apple": ("apples, raw, with skin", "09003", 52, 6, 5, 107, 1),
    "orange": ("oranges, raw, all commercial varieties", "09200", 47, 40, 10, 181, 0),
    "lentils": ("lentils, mature seeds, cooked, boiled, without salt", "16070", 116, 19, 36, 369, 2),
    "tortilla": ("tortillas, ready-to-bake or -fry, flour, refrigerated", "18364",
                 306, 146, 22, 125, 736),
    "avocado": ("avocados, raw, california", "09038", 167, 13, 29, 507, 8),
    "trail_mix": ("trail mix, regular", "19059", 462, 78, 158, 685, 229),
    "sweet_potato": ("sweet potato, cooked, baked in skin, flesh, without salt", "11508",
                     90, 38, 27, 475, 36),
    "pasta": ("pasta, cooked, enriched, without added salt", "20121", 158, 7, 18, 44, 1),
    "beef_patty": (None, "23573", 270, 24, 20, 304, 75),
    "cashews": ("cashew nuts, dry roasted, without salt", "12085", 574, 45, 260, 565, 16),
    "tuna": ("fish, tuna, light, canned in water, drained solids", "15121", 86, 17, 23, 179, 247),
    "granola_bar": ("granola bars, hard, plain", "19015", 471, 61, 97, 336, 294),
    # convenience food
    "white_bread": ("bread, white, commercially prepared (includes soft bread crumbs)", "18069",
                    266, 144, 23, 126, 490),
    "cheeseburger": ("fast foods, cheeseburger; single, regular patty; plain", "21089",
                     308, 119, 26, 196, 515),
    "hamburger": ("fast foods, hamburger; single, regular patty; plain", "21107",
                  297, 62, 27, 197, 331),
    "chips": (None, "19410", 545, 17, 40, 637, 400),
    "snickers": ("candies, mars snackfood us, snickers bar", "19155", 491, 93, 72, 323, 239),
    "jerky": (None, "19002", 410, 20, 51, 597, 2081),
    "ramen": ("soup, ramen noodle, any flavor, dry", "06583", 440, 21, 25, 181, 1855),
    "hot_dog": ("frankfurter, beef, unheated", "07022", 315, 14, 11, 364, 865),
    "bun": ("rolls, hamburger or hotdog, plain", "18350", 279, 144, 23, 122, 494),
    "donut": ("doughnuts, yeast-leavened, glazed, enriched (includes honey buns)", "18255",
              421, 101, 17, 102, 316),
    "pizza": ("pizza, pepperoni topping, regular crust, frozen, cooked", "22903",
              274, 168, 27, 239, 590),
    "ham": ("ham, sliced, regular (approximately 11% fat)", "07029", 163, 24, 22, 287, 1143),
    "american": ("cheese, pasteurized process, american, fortified with vitamin d", "01042",
                 366, 1045, 26, 132, 1671),
    "saltines": ("crackers, saltines (includes oyster, soda, soup)", "18228", 418, 19, 23, 152, 941),
}

_GOOD = {
    "breakfast": [
        [("oats", 90), ("banana", 120), ("milk", 250), ("pb", 32)],
        [("egg", 150), ("ww_bread", 80), ("banana", 120)],
        [("greek_yog", 250), ("trail_mix", 45), ("banana", 110)],
        [("oats", 80), ("milk", 250), ("almonds", 25), ("orange", 140)],
        [("egg", 120), ("tortilla", 50), ("black_beans", 90), ("avocado", 50)],
    ],
    "lunch": [
        [("chicken", 170), ("brown_rice", 250), ("black_beans", 130), ("broccoli", 100)],
        [("ww_bread", 100), ("ham", 80), ("cheddar", 30), ("apple", 180), ("almonds", 30)],
        [("tortilla", 100), ("chicken", 150), ("black_beans", 150), ("avocado", 70), ("cheddar", 25)],
        [("tuna", 140), ("ww_bread", 90), ("spinach", 40), ("orange", 150), ("cashews", 30)],
        [("chicken", 160), ("lentils", 200), ("brown_rice", 150), ("apple", 170)],
    ],
    "dinner": [
        [("salmon", 170), ("potato", 300), ("spinach", 60)],
        [("beef_patty", 150), ("pasta", 250), ("broccoli", 150)],
        [("chicken", 200), ("sweet_potato", 250), ("spinach", 60), ("black_beans", 80)],
        [("beef_patty", 140), ("potato", 280), ("broccoli", 120), ("milk", 250)],
        [("chicken", 180), ("brown_rice", 250), ("lentils", 120), ("broccoli", 100)],
    ],
    "snack": [
        [("almonds", 30)], [("trail_mix", 50)], [("banana", 120), ("pb", 20)],
        [("greek_yog", 200), ("orange", 140)], [("granola_bar", 45), ("apple", 170)],
        [("cashews", 30), ("banana", 110)],
    ],
}
_JUNK = {
    "breakfast": [
        [("donut", 150)],
        [("white_bread", 60), ("egg", 100), ("american", 20)],
        [("donut", 80), ("hot_dog", 45), ("bun", 44)],
        [("white_bread", 60), ("ham", 50), ("american", 20)],
    ],
    "lunch": [
        [("cheeseburger", 240), ("chips", 40)],
        [("ramen", 170)],
        [("hot_dog", 90), ("bun", 88), ("chips", 30)],
        [("white_bread", 100), ("ham", 70), ("american", 25), ("chips", 30)],
        [("hamburger", 230), ("saltines", 20)],
    ],
    "dinner": [
        [("pizza", 320)],
        [("white_rice", 300), ("hot_dog", 90)],
        [("hamburger", 220), ("cheeseburger", 120)],
        [("ramen", 85), ("white_rice", 200), ("ham", 60)],
        [("pizza", 250), ("white_bread", 40)],
    ],
    "snack": [
        [("snickers", 52)], [("jerky", 40)], [("chips", 45)], [("donut", 75)], [("saltines", 30)],
    ],
}


def _meal_nutrients(items) -> tuple[float, float, float, float, float]:
    kc = ca = mg = k = na = 0.0
    for key, g in items:
        f = _FOODS[key]
        kc += f[2] * g / 100
        ca += f[3] * g / 100
        mg += f[4] * g / 100
        k += f[5] * g / 100
        na += f[6] * g / 100
    return kc, ca, mg, k, na


# ----------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------

def _heat_index_c(t_c: float, rh: float) -> float:
    t = t_c * 9 / 5 + 32
    hi = 0.5 * (t + 61.0 + (t - 68.0) * 1.2 + rh * 0.094)
    if (hi + t) / 2 >= 80:
        hi = (-42.379 + 2.04901523 * t + 10.14333127 * rh - 0.22475541 * t * rh
              - 0.00683783 * t * t - 0.05481717 * rh * rh + 0.00122874 * t * t * rh
              + 0.00085282 * t * rh * rh - 0.00000199 * t * t * rh * rh)
        if rh < 13 and 80 <= t <= 112:
            hi -= ((13 - rh) / 4) * math.sqrt((17 - abs(t - 95)) / 17)
        elif rh > 85 and 80 <= t <= 87:
            hi += ((rh - 85) / 10) * ((87 - t) / 5)
    return (hi - 32) * 5 / 9


def _clip(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


def _wsample(rng: random.Random, units, weights, k):
    """Efraimidis-Spirakis weighted sampling without replacement (deterministic order)."""
    keyed = []
    for i, (u, w) in enumerate(zip(units, weights)):
        r = rng.random()
        keyed.append((r ** (1.0 / max(w, 1e-9)), i, u))
    keyed.sort(key=lambda x: (-x[0], x[1]))
    return [u for _, _, u in keyed[:k]]


def _median(xs):
    s = sorted(xs)
    if not s:
        return 0.0
    n = len(s)
    return s[n // 2] if n % 2 else 0.5 * (s[n // 2 - 1] + s[n // 2])


class _Session:
    __slots__ = ("start", "dur", "activity", "kind", "rpe", "outdoor", "indoor_temp", "gear",
                 "muscles", "distance", "notes", "logged", "band", "big", "day", "zone",
                 "temp", "rh", "hi", "sweat", "fluids", "salt_mg", "na_in", "na_lost",
                 "mass_pre", "mass_post", "loss_pct", "weigh", "hr", "load", "acwr",
                 "urine", "food_kg", "log_rpe", "log_muscles", "log_temp", "log_fluids",
                 "ruck_lb", "end")

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, None)
        for k, v in kw.items():
            setattr(self, k, v)
        self.end = self.start + timedelta(minutes=self.dur)


class _Sleep:
    __slots__ = ("start", "end", "main", "logged", "quality", "fake", "zone", "day")

    def __init__(self, start, end, main, day, zone):
        self.start, self.end, self.main, self.day, self.zone = start, end, main, day, zone
        self.logged = True
        self.quality = None
        self.fake = False


_MUSCLES_BY_KIND = {
    "run": ["calf", "hamstring", "quadriceps", "foot"],
    "long_run": ["calf", "hamstring", "quadriceps", "foot"],
    "ruck": ["calf", "quadriceps", "hip_flexor", "shin", "foot", "lower_back"],
    "strength": ["quadriceps", "hamstring", "glute", "chest", "biceps", "triceps", "lower_back",
                 "forearm"],
    "hiit": ["calf", "quadriceps", "hamstring", "abdomen", "shoulder"],
    "crossfit": ["quadriceps", "hamstring", "calf", "forearm", "abdomen", "shoulder"],
    "call": ["calf", "hamstring", "quadriceps", "forearm", "hand", "lower_back"],
    "shift": ["calf", "hamstring", "forearm", "hand", "lower_back", "quadriceps"],
    "field": ["calf", "quadriceps", "hamstring", "foot", "lower_back", "hip_flexor"],
    "drill": ["calf", "quadriceps", "forearm", "hand", "hamstring", "shoulder"],
    "walk": ["calf", "foot", "shin"],
    "hike": ["calf", "quadriceps", "hamstring", "foot"],
}
_LOG_MUSCLES = {
    "run": ["calf", "hamstring", "quadriceps"],
    "long_run": ["calf", "hamstring", "quadriceps", "glute"],
    "ruck": ["calf", "quadriceps", "glute", "shoulder", "upper_back"],
    "strength": None,
    "hiit": ["quadriceps", "glute", "abdomen", "shoulder"],
    "crossfit": ["quadriceps", "hamstring", "shoulder", "forearm"],
    "call": ["shoulder", "lower_back", "forearm", "quadriceps"],
    "shift": ["lower_back", "forearm", "shoulder"],
    "field": ["calf", "quadriceps", "shoulder", "upper_back"],
    "drill": ["shoulder", "forearm", "quadriceps", "lower_back"],
    "walk": None,
    "hike": ["calf", "quadriceps", "glute"],
}
_ACTIVITY = {"run": "running", "long_run": "running", "ruck": "hiking", "strength": "strength",
             "hiit": "hiit", "crossfit": "crossfit", "call": "other", "shift": "other",
             "field": "other", "drill": "other", "walk": "walking", "hike": "hiking"}


# ----------------------------------------------------------------------------------------
# the world
# ----------------------------------------------------------------------------------------

class _World:
    def __init__(self, seed: int, cause: str | None):
        self.seed = seed
        self.cause = cause
        self.rng = random.Random(f"blindP-world-{seed}")
        self.tag = "%06x" % random.Random(f"blindP-tag-{seed}").getrandbits(24)
        self.objects: list[dict] = []
        self.sessions: list[_Session] = []
        self.sleeps: list[_Sleep] = []

    # ---------------------------------------------------------------- setup
    def setup(self):
        r = self.rng
        self.persona = r.choice(["ff", "soldier", "worker"])
        zone_choices = {
            "ff": ["America/Phoenix", "America/Los_Angeles", "America/Chicago", "Australia/Sydney",
                   "America/Denver"],
            "soldier": ["America/Chicago", "America/New_York", "America/Denver", "Pacific/Honolulu",
                        "Australia/Darwin"],
            "worker": ["America/Phoenix", "America/Chicago", "America/New_York", "Australia/Sydney",
                       "America/Los_Angeles"],
        }[self.persona]
        self.zname = r.choice(zone_choices)
        self.home = _ZONES[self.zname]
        self.us = self.zname.startswith("America") or self.zname.startswith("Pacific")
        self.sex = "male" if r.random() < 0.82 else "female"
        self.birth_year = r.randint(1978, 2003)
        if self.sex == "male":
            self.mass0 = round(r.uniform(72, 102), 1)
            self.height = round(r.uniform(168, 192))
        else:
            self.mass0 = round(r.uniform(56, 78), 1)
            self.height = round(r.uniform(156, 178))
        self.n_days = r.randint(150, 320)
        hemi = _CLIMATES[self.zname][6]
        peak_year = r.choice([2024, 2025])
        peak = date(peak_year, 7, 20) if hemi == "N" else date(peak_year, 1, 20)
        frac = r.uniform(0.25, 0.75)
        self.d0 = peak - timedelta(days=int(frac * self.n_days))
        # traits
        self.sweat_base = r.uniform(0.55, 0.9)
        self.sweat_na = r.uniform(1300, 1700) if r.random() < 0.2 else r.uniform(600, 1300)
        self.drink_habit = r.uniform(0.55, 0.9) if self.persona == "worker" else r.uniform(0.3, 0.75)
        self.lyte_habit = r.uniform(0.05, 0.4)
        self.salt_habit = r.uniform(0.0, 0.5)
        self.weigh_habit = r.uniform(0.6, 1.2)
        self.meal_log_p = r.uniform(0.38, 0.7)
        self.rpe_log_p = r.uniform(0.55, 0.9)
        self.muscle_log_p = r.uniform(0.2, 0.6)
        self.multivit_p = r.choice([0.0, 0.0, r.uniform(0.2, 0.6)])
        self.caffeine = r.uniform(1, 3.5)
        self.side_job = r.random() < 0.85
        self.short_night_p = r.uniform(0.07, 0.2)
        age = self.d0.year - self.birth_year
        if self.sex == "male":
            self.rda_mg = 400 if age <= 30 else 420
        else:
            self.rda_mg = 310 if age <= 30 else 320
        # medication (cause-dependent switch without extra draws)
        u_med = r.random()
        has_med = r.random() < 0.75
        cramp_med = r.choice([("hydrochlorothiazide", "BP"), ("chlorthalidone", "BP"),
                              ("spironolactone", "BP"), ("salmeterol", "asthma inhaler"),
                              ("atorvastatin", "cholesterol"), ("nifedipine", "BP")])
        benign_med = r.choice([("cetirizine", "allergies"), ("loratadine", "allergies"),
                               ("amoxicillin", "tooth infection"), ("azithromycin", "sinus"),
                               ("cetirizine", "hay fever")])
        med_frac = r.uniform(0.3, 0.55)
        med_lag = r.randint(5, 20)
        if self.cause == "medication" or (has_med and u_med < 0.45):
            self.med = cramp_med
            self.med_cramp = True
        elif has_med:
            self.med = benign_med
            self.med_cramp = False
        else:
            self.med = None
            self.med_cramp = False
        self.med_day = int(med_frac * self.n_days)
        self.med_lag = med_lag
        # convenience-food dip
        sev_raw = r.uniform(0.3, 0.9)
        sev_forced = r.uniform(0.88, 1.0)
        self.dip_sev = sev_forced if self.cause == "nutrient_deficiency" else sev_raw
        dip_len = r.randint(42, 84)
        dip_start = int(r.uniform(0.18, 0.5) * self.n_days)
        dip_end = min(dip_start + dip_len, self.n_days - 30)
        if dip_end - dip_start < 35:
            dip_start = max(30, dip_end - 42)
        self.dip = (dip_start, dip_end)
        self.dip_story = r.choice(["cutting weight", "moved, no kitchen", "OT, eating on the road",
                                   "barracks, DFAC closed", "broke until payday"])
        # blocks: leave, spikes, band outages, travel
        self.leave = None
        if r.random() < (0.9 if self.persona == "worker" else 0.75):
            ln = r.randint(10, 21)
            s = int(r.uniform(0.15, 0.75) * self.n_days)
            s = max(35, min(s, self.n_days - ln - 20))
            self.leave = (s, s + ln)
            self.leave_travel = r.random() < 0.55
            self.travel_zone = _ZONES[r.choice([z for z in _ZONES if z != self.zname and
                                                _ZONES[z].std != self.home.std])]
        self.spikes = []
        n_sp = r.choice([1, 2, 2])
        tries = 0
        while len(self.spikes) < n_sp and tries < 50:
            tries += 1
            ln = r.randint(10, 16)
            s = int(r.uniform(0.12, 0.9) * self.n_days)
            if s < 30 or s + ln > self.n_days - 3:
                continue
            bad = False
            for a, b in self.spikes + ([self.leave] if self.leave else []):
                if s < b + 21 and a < s + ln + 21:
                    bad = True
            if not bad:
                self.spikes.append((s, s + ln))
        self.spikes.sort()
        self.outages = []
        for _ in range(r.choice([0, 1, 1, 2])):
            s = r.randint(5, self.n_days - 12)
            self.outages.append((s, s + r.randint(3, 9)))
        self.field_zone = None
        if self.persona == "soldier" and r.random() < 0.4:
            self.field_zone = _ZONES[r.choice(["America/Los_Angeles", "America/Denver",
                                               "America/Chicago"])]
        # weather
        mean, amp, drange, rh_s, rh_w, rh_night, hemi = _CLIMATES[self.zname]
        pk = 200 if hemi == "N" else 19
        self.wx = []
        anom = 0.0
        for i in range(self.n_days + 2):
            d = self.d0 + timedelta(days=i)
            doy = d.timetuple().tm_yday
            c = math.cos(2 * math.pi * (doy - pk) / 365.25)
            anom = 0.7 * anom + r.gauss(0, 2.3)
            tmax = mean + amp * c + anom
            tmin = tmax - drange * r.uniform(0.8, 1.15)
            seas = 0.5 + 0.5 * c
            rh_min = _clip(rh_w + (rh_s - rh_w) * seas + r.gauss(0, 8) - 0.6 * anom, 6, 92)
            rh_max = _clip(rh_min + rh_night + r.gauss(0, 5), rh_min + 5, 99)
            self.wx.append((tmax, tmin, rh_min, rh_max))

    # ---------------------------------------------------------------- calendar
    def day_zone(self, i):
        if self.leave and self.leave[0] <= i < self.leave[1] and self.leave_travel:
            return self.travel_zone
        if self.field_zone and self.daytype[i] == "field":
            return self.field_zone
        return self.home

    def local_dt(self, i, hours):
        """local wall time of day i + hours (may exceed 24) -> UTC aware."""
        d = self.d0 + timedelta(days=i)
        loc = datetime(d.year, d.month, d.day) + timedelta(hours=hours)
        return self.day_zone(i).to_utc(loc)

    def ambient(self, t: datetime):
        z = self.home
        loc = z.local(t)
        i = (loc.date() - self.d0).days
        i = _clip(i, 0, self.n_days)
        h = loc.hour + loc.minute / 60
        tmax, tmin, rh_min, rh_max = self.wx[i]
        tmin_next = self.wx[i + 1][1]
        if h < 5:
            prev = self.wx[max(i - 1, 0)]
            f = 0.5 + 0.5 * math.cos(math.pi * (h + 24 - 15) / 14)
            temp = tmin + (prev[0] - tmin) * f
        elif h < 15:
            f = 0.5 - 0.5 * math.cos(math.pi * (h - 5) / 10)
            temp = tmin + (tmax - tmin) * f
        else:
            f = 0.5 + 0.5 * math.cos(math.pi * (h - 15) / 14)
            temp = tmin_next + (tmax - tmin_next) * f
        rh = rh_min + (rh_max - rh_min) * (1 - f)
        return temp, rh

    def build_calendar(self):
        r = self.rng
        n = self.n_days
        dt = ["off"] * (n + 1)
        if self.persona == "ff":
            phase = r.randint(0, 2)
            cnt = 0
            for i in range(n + 1):
                if (i + phase) % 3 == 0:
                    cnt += 1
                    dt[i] = "off" if cnt % 9 == 0 else "24h"
        elif self.persona == "soldier":
            nxt_duty = r.randint(8, 18)
            for i in range(n + 1):
                wd = (self.d0 + timedelta(days=i)).weekday()
                dt[i] = "duty" if wd < 5 else "off"
                if i == nxt_duty:
                    dt[i] = "staff"
                    nxt_duty += r.randint(9, 16)
            # field exercises
            for _ in range(r.choice([1, 2])):
                ln = r.randint(5, 11)
                s = r.randint(30, max(31, n - ln - 5))
                if self.leave and s < self.leave[1] + 7 and self.leave[0] < s + ln + 7:
                    continue
                for j in range(s, min(n + 1, s + ln)):
                    dt[j] = "field"
                if s + ln <= n:
                    dt[s + ln] = "recovery"
        else:
            cyc = ["day", "day", "night", "night", "off", "off", "off", "off"]
            phase = r.randint(0, 7)
            for i in range(n + 1):
                dt[i] = cyc[(i + phase) % 8]
        # spikes
        self.spike_kind = []
        for (a, b) in self.spikes:
            if self.persona == "ff":
                kind = r.choice(["overtime", "academy"])
            elif self.persona == "soldier":
                kind = r.choice(["field", "train-up"])
            else:
                kind = "overtime"
            self.spike_kind.append(kind)
            for j in range(a, b):
                if kind == "overtime" and self.persona == "ff" and dt[j] == "off" and r.random() < 0.6:
                    dt[j] = "24h"
                elif kind == "overtime" and self.persona == "worker":
                    dt[j] = "day" if dt[j] in ("off", "day") else dt[j]
                    if dt[j] == "night" and j + 1 < len(dt) and dt[j + 1] == "off":
                        dt[j + 1] = "night"
                elif kind == "field":
                    dt[j] = "field"
        if self.leave:
            for j in range(self.leave[0], self.leave[1]):
                dt[j] = "leave"
        self.daytype = dt

    def in_spike(self, i):
        for k, (a, b) in enumerate(self.spikes):
            if a <= i < b:
                return self.spike_kind[k]
        return None

    def band_ok(self, i):
        for a, b in self.outages:
            if a <= i < b:
                return False
        return True

    # ---------------------------------------------------------------- sleep
    def build_sleep(self):
        r = self.rng
        dt = self.daytype
        n = self.n_days
        for i in range(n):
            t, nxt = dt[i], dt[i + 1]
            z = self.day_zone(i)
            per = []  # (start_h, end_h, main) relative to day i midnight
            if t == "24h":
                u = r.random()
                if u < 0.3:
                    per.append((22.5 + r.uniform(-0.5, 0.8), 30.0 + r.uniform(-0.6, -0.1), True))
                elif u < 0.8:
                    a = 23.0 + r.uniform(-0.5, 0.7)
                    b = a + r.uniform(1.2, 3.0)
                    c = b + r.uniform(0.6, 1.8)
                    per.append((a, b, True))
                    per.append((c, max(c + 0.5, 30.0 + r.uniform(-0.8, -0.1)), True))
                else:
                    a = 25.5 + r.uniform(0, 1.5)
                    per.append((a, a + r.uniform(1.2, 2.5), True))
                if nxt != "24h" and r.random() < 0.55:
                    s = 32.5 + r.uniform(0, 1.5)
                    per.append((s, s + r.uniform(1.0, 2.5), False))
            elif t == "night":
                s = 31.0 + r.uniform(0.6, 2.0)  # next morning 07:30-09:00
                per.append((s, s + r.uniform(3.6, 6.2), True))
                if dt[i - 1] != "night" if i > 0 else True:
                    if r.random() < 0.6:
                        s2 = 13.5 + r.uniform(0, 1.5)
                        per.append((s2, s2 + r.uniform(1.0, 2.5), False))
            elif t in ("day",):
                if nxt == "day":
                    s = 21.3 + r.uniform(-0.3, 0.7)
                    per.append((s, 28.8 + r.uniform(0.0, 0.35), True))
                elif nxt == "night":
                    s = 22.5 + r.uniform(-0.3, 1.0)
                    per.append((s, 31.0 + r.uniform(0.5, 1.8), True))
                else:
                    s = 22.0 + r.uniform(-0.3, 1.2)
                    per.append((s, 30.5 + r.uniform(0, 1.5), True))
            elif t == "field":
                u = r.random()
                a = 23.5 + r.uniform(0, 2.0)
                if u < 0.5:
                    per.append((a, a + r.uniform(2.8, 4.8), True))
                else:
                    b = a + r.uniform(1.5, 2.5)
                    c = b + r.uniform(1.0, 2.0)
                    per.append((a, b, True))
                    per.append((c, c + r.uniform(1.0, 2.0), True))
            elif t == "staff":
                s = 33.0 + r.uniform(0, 1.0)
                per.append((s, s + r.uniform(2.5, 4.5), True))
            elif t == "leave":
                s = 23.0 + r.uniform(-0.5, 1.5)
                per.append((s, s + r.uniform(7.5, 9.5), True))
            else:  # off, duty, recovery
                prev = dt[i - 1] if i > 0 else "off"
                if t == "recovery":
                    per.append((20.5 + r.uniform(0, 1), 29.5 + r.uniform(0, 2.5), True))
                elif nxt in ("24h",):
                    s = 22.0 + r.uniform(-0.5, 1.0)
                    per.append((s, 29.8 + r.uniform(0.0, 0.4), True))
                elif nxt in ("duty", "staff", "field", "day"):
                    s = 22.3 + r.uniform(-0.6, 1.3)
                    per.append((s, 29.0 + r.uniform(0.0, 0.9), True))
                elif nxt == "night":
                    s = 23.5 + r.uniform(-0.5, 1.5)
                    per.append((s, 32.0 + r.uniform(0, 1.5), True))
                else:
                    s = 22.8 + r.uniform(-0.8, 1.8)
                    per.append((s, s + r.uniform(6.3, 9.0), True))
                if prev == "night":
                    pass
            if t in ("off", "duty", "day", "leave") and per and per[0][2] and r.random() < self.short_night_p:
                a, b, main = per[0]
                a2 = a + r.uniform(1.5, 3.5)
                per[0] = (a2, max(a2 + 3.5, b - r.uniform(0, 0.7)), True)
            for a, b, main in per:
                sl = _Sleep(self.local_dt(i, a), self.local_dt(i, b), main, i, z)
                self.sleeps.append(sl)
        self.sleeps.sort(key=lambda s: s.start)
        # remove overlaps
        clean = []
        for s in self.sleeps:
            if clean and s.start < clean[-1].end + timedelta(minutes=20):
                if s.end > clean[-1].end:
                    s.start = clean[-1].end + timedelta(minutes=20)
                    if s.end - s.start < timedelta(minutes=40):
                        continue
                else:
                    continue
            clean.append(s)
        self.sleeps = clean

    # ---------------------------------------------------------------- sessions
    def add_session(self, i, start_h, dur, kind, rpe, outdoor, **kw):
        start = self.local_dt(i, start_h)
        s = _Session(start=start, dur=float(round(dur)), kind=kind, rpe=rpe, outdoor=outdoor,
                     day=i, zone=self.day_zone(i), activity=_ACTIVITY[kind], **kw)
        if s.big is None:
            s.big = False
        if s.gear is None:
            s.gear = False
        self.sessions.append(s)
        return s

    def build_sessions(self):
        r = self.rng
        dt = self.daytype
        n = self.n_days
        big_next = r.randint(4, 10)
        for i in range(n):
            t = dt[i]
            sp = self.in_spike(i)
            tmax = self.wx[i][0]
            base_train = []
            if t == "leave":
                if i >= big_next:
                    big_next = i + r.randint(3, 8)
                if r.random() < 0.35:
                    self.add_session(i, r.uniform(8, 17), r.uniform(25, 70), "walk", 2, True)
                if r.random() < 0.12:
                    self.add_session(i, r.uniform(7, 10), r.uniform(25, 45), "run", 4, True)
                if r.random() < 0.08:
                    self.add_session(i, r.uniform(8, 10), r.uniform(120, 240), "hike", 5, True)
                continue
            if self.persona == "ff":
                if t == "24h":
                    if r.random() < 0.7:
                        k = r.choice(["strength", "crossfit", "hiit", "run", "strength"])
                        self.add_session(i, r.uniform(8.3, 10.0), r.uniform(40, 75), k,
                                         r.choice([6, 6, 7, 7, 8]), k == "run",
                                         indoor_temp=(True if k != "run" else None))
                    ncall = sum(1 for _ in range(3) if r.random() < (0.6 if sp == "overtime" else 0.33))
                    for _ in range(ncall):
                        st = r.uniform(9.5, 29.5)
                        dur = _clip(r.lognormvariate(math.log(70), 0.5), 25, 240)
                        self.add_session(i, st, dur, "call", r.choice([5, 6, 6, 7, 8]), True,
                                         gear=True, notes=r.choice(["structure fire", "MVA extrication",
                                                                    "brush fire", "lift assist + CPR",
                                                                    "dumpster fire", "alarm, hose drag"]))
                    if sp == "academy":
                        self.add_session(i, r.uniform(13, 15), r.uniform(110, 170), "drill",
                                         r.choice([6, 6, 7]), True, notes="recert drills")
                else:
                    p = 0.45 if (i > 0 and dt[i - 1] == "24h") else 0.65
                    if sp == "academy":
                        self.add_session(i, r.uniform(7.5, 9), r.uniform(110, 170), "drill",
                                         r.choice([6, 6, 7]), True, notes="academy/recert day")
                        self.add_session(i, r.uniform(14.5, 15.5), r.uniform(60, 90), "drill",
                                         r.choice([6, 7]), True, notes="academy PM: ladders, hose, drags")
                        p = 0.0
                    if r.random() < p:
                        base_train.append(i)
                    if r.random() < 0.1:
                        k3 = r.choice(["ruck", "hike"])
                        self.add_session(i, r.uniform(6.5, 9.0), r.uniform(120, 200), k3,
                                         r.choice([5, 6, 6]), True,
                                         ruck_lb=(r.choice([35, 45]) if k3 == "ruck" else None),
                                         notes=("ruck" if k3 == "ruck" else "hike"))
                    if self.side_job and r.random() < (0.22 if sp != "overtime" else 0.3) and sp != "academy":
                        self.add_session(i, r.uniform(6.5, 8.0), r.uniform(300, 540), "shift",
                                         r.choice([4, 4, 5]), True,
                                         notes=r.choice(["side job - roofing", "side job, landscaping",
                                                         "side job - framing", "side job"]))
            elif self.persona == "soldier":
                if t in ("duty", "staff"):
                    wd = (self.d0 + timedelta(days=i)).weekday()
                    k, d_ = [("run", r.uniform(35, 55)), ("strength", r.uniform(50, 70)),
                             ("ruck", r.uniform(70, 110)), ("hiit", r.uniform(35, 50)),
                             ("long_run", r.uniform(55, 75))][min(wd, 4)]
                    if r.random() < 0.92:
                        self.add_session(i, 6.5 + r.uniform(-0.1, 0.1), d_, k,
                                         r.choice([5, 6, 6, 7]), k != "strength",
                                         ruck_lb=(r.choice([35, 35, 45, 50]) if k == "ruck" else None),
                                         notes="PT")
                    if r.random() < 0.2:
                        self.add_session(i, r.uniform(8.5, 10), r.uniform(300, 480), "field",
                                         r.choice([4, 5]), True, notes=r.choice(["range day", "land nav",
                                                                                 "motor pool"]))
                    if sp == "train-up":
                        k2 = r.choice(["ruck", "run", "strength", "ruck"])
                        self.add_session(i, r.uniform(16.5, 18), r.uniform(45, 90), k2,
                                         r.choice([6, 6, 7]), k2 != "strength",
                                         ruck_lb=(45 if k2 == "ruck" else None), notes="train-up PM")
                elif t == "field":
                    if r.random() < 0.9:
                        self.add_session(i, r.uniform(6.0, 8.0), r.uniform(560, 820), "field",
                                         r.choice([4, 5, 5, 6]), True,
                                         notes=r.choice(["FTX", "FTX day", "field, in kit",
                                                         "FTX - patrols"]))
                else:
                    if r.random() < 0.5:
                        base_train.append(i)
                    elif r.random() < 0.3:
                        k3 = r.choice(["ruck", "hike"])
                        self.add_session(i, r.uniform(6.5, 9.0), r.uniform(120, 200), k3,
                                         r.choice([5, 6, 6]), True,
                                         ruck_lb=(r.choice([35, 45]) if k3 == "ruck" else None),
                                         notes=("weekend ruck" if k3 == "ruck" else "hike w/ buddies"))
                    if sp == "train-up":
                        base_train.append(i)
            else:  # worker
                if t in ("day", "night"):
                    st = 6.0 if t == "day" else 18.0
                    hot_indoor = r.random() < 0.5
                    ot = sp == "overtime"
                    self.add_session(i, st + r.uniform(-0.1, 0.2),
                                     r.uniform(780, 850) if ot else r.uniform(660, 725), "shift",
                                     r.choice([4, 5, 5]) if ot else r.choice([3, 4, 4, 5]), not hot_indoor,
                                     indoor_temp=(False if hot_indoor else None),
                                     notes=("OT " if ot else "") + ("night shift" if t == "night" else "shift"))
                    if sp == "train-up" and r.random() < 0.6:
                        k2 = r.choice(["strength", "run"])
                        self.add_session(i, (19.5 if t == "day" else 15.0), r.uniform(40, 60), k2,
                                         r.choice([6, 7]), k2 == "run", indoor_temp=(True if k2 != "run" else None))
                else:
                    if r.random() < 0.8:
                        base_train.append(i)
                        if r.random() < 0.25:
                            base_train.append(i)
                    if sp == "train-up":
                        base_train.append(i)
            for j in base_train:
                k = r.choice(["run", "run", "ruck", "strength", "strength", "hiit", "crossfit",
                              "long_run"])
                if k == "strength":
                    d_, rp, od = r.uniform(45, 80), r.choice([6, 7, 7, 8]), False
                elif k == "run":
                    d_, rp, od = r.uniform(28, 55), r.choice([5, 6, 6, 7]), True
                elif k == "long_run":
                    d_, rp, od = r.uniform(60, 85), r.choice([5, 6, 7]), True
                elif k == "ruck":
                    d_, rp, od = r.uniform(60, 120), r.choice([5, 6, 6, 7]), True
                else:
                    d_, rp, od = r.uniform(30, 50), r.choice([7, 7, 8]), r.random() < 0.3
                hour = r.choice([6.5, 7.0, 8.0, 9.5, 16.5, 17.5, 18.5]) + r.uniform(-0.3, 0.3)
                if any(s.day == j and abs((s.start - self.local_dt(j, hour)).total_seconds()) < 5400
                       for s in self.sessions[-4:]):
                    hour = (hour + 8.5) if hour < 12 else hour - 9
                self.add_session(j, hour, d_, k, rp, od,
                                 indoor_temp=(True if not od else None),
                                 ruck_lb=(r.choice([25, 35, 35, 45]) if k == "ruck" else None))
            # walks auto-detected by the band
            if t not in ("field",) and r.random() < 0.3:
                self.add_session(i, r.uniform(10, 19), r.uniform(20, 50), "walk", 2, True)
            # big events: unusually long AND hard
            if i >= big_next:
                if t in ("field", "staff", "leave", "recovery") or (self.persona == "worker" and t in ("day", "night")):
                    continue  # postponed to the next suitable day
                big_next = i + r.randint(4, 9)
                hour_override = None
                opts = [("ruck", r.uniform(200, 260), r.choice([8, 9, 9]), "12 mi ruck" if self.us else "20 km ruck"),
                        (r.choice(["crossfit", "hiit"]), r.uniform(80, 105), r.choice([9, 9, 10]), "hero WOD (Murph), vest"),
                        ("long_run", r.uniform(110, 150), r.choice([8, 8, 9]), "long run, pushed it"),
                        ("strength", r.uniform(110, 150), r.choice([8, 9]), "max-out day + conditioning")]
                if self.persona == "ff":
                    if tmax > 29 and t == "24h":
                        opts = [("call", r.uniform(330, 600), r.choice([7, 8, 8]), "brush fire, long one")]
                    else:
                        opts.append(("drill", r.uniform(200, 300), r.choice([8, 8, 9]), "live burn training"))
                k, d_, rp, note = r.choice(opts)
                hour = r.choice([7.0, 8.0, 9.0, 13.0]) if k != "call" else r.uniform(11, 15)
                if hour_override is not None:
                    hour = hour_override
                    if k in ("ruck", "long_run", "strength"):
                        d_ = min(d_, 150)
                self.add_session(i, hour, d_, k, rp, k not in ("strength",) and not (k == "crossfit" and r.random() < 0.5),
                                 big=True, gear=(k in ("call", "drill")), notes=note,
                                 ruck_lb=(r.choice([35, 45, 50]) if k == "ruck" else None),
                                 indoor_temp=(True if k == "strength" else None))
        self.sessions.sort(key=lambda s: s.start)
        # drop sessions that collide with an earlier one or with sleep (keep the earlier/bigger)
        kept = []
        for s in self.sessions:
            while kept and s.start < kept[-1].end + timedelta(minutes=10):
                prev = kept[-1]
                if s.kind == "walk":
                    break
                if prev.kind == "walk" or (s.big and not prev.big and prev.kind not in ("shift", "field")):
                    kept.pop()
                    continue
                break
            if kept and s.start < kept[-1].end + timedelta(minutes=10):
                continue
            kept.append(s)
        self.sessions = kept
        self._trim_sleep_against_sessions()

    def _trim_sleep_against_sessions(self):
        out = []
        si = 0
        ss = self.sessions
        for sl in self.sleeps:
            ok = True
            while si < len(ss) and ss[si].end < sl.start - timedelta(hours=30):
                si += 1
            for s in ss[si:si + 40]:
                if s.start > sl.end:
                    break
                if s.start < sl.end and sl.start < s.end:
                    # a call interrupts the sleep: cut it
                    if s.start - sl.start > timedelta(minutes=50):
                        sl.end = s.start - timedelta(minutes=5)
                    elif sl.end - s.end > timedelta(minutes=50):
                        sl.start = s.end + timedelta(minutes=25)
                    else:
                        ok = False
            if ok and sl.end - sl.start >= timedelta(minutes=30):
                out.append(sl)
        self.sleeps = out

    # ---------------------------------------------------------------- physiology
    def physiology(self):
        r = self.rng
        mass = self.mass0
        self.mass_by_day = []
        for i in range(self.n_days + 1):
            drift = r.gauss(0, 0.06)
            if self.dip[0] <= i < self.dip[1] and self.dip_story == "cutting weight":
                drift -= 0.035
            mass = _clip(mass + drift - 0.02 * (mass - self.mass0) / 10, self.mass0 - 6, self.mass0 + 4)
            self.mass_by_day.append(mass)
        for s in self.sessions:
            hours = s.dur / 60
            # conditions
            temps, rhs = [], []
            steps = max(1, int(hours * 2))
            for k in range(steps):
                tt, rh = self.ambient(s.start + timedelta(minutes=s.dur * (k + 0.5) / steps))
                temps.append(tt)
                rhs.append(rh)
            amb_t = sum(temps) / len(temps)
            amb_rh = sum(rhs) / len(rhs)
            if s.indoor_temp is True:       # air-conditioned gym / station gym
                t_c = r.uniform(19.5, 23.5) if amb_t < 30 or r.random() < 0.6 else amb_t - r.uniform(2, 5)
                rh = _clip(amb_rh + r.uniform(-5, 10), 20, 70)
            elif s.indoor_temp is False:    # warehouse / yard building without AC
                t_c = amb_t + r.uniform(0.5, 3.0)
                rh = _clip(amb_rh - r.uniform(0, 8), 8, 95)
            else:
                t_c, rh = amb_t, amb_rh
            s.temp, s.rh = t_c, rh
            s.hi = _heat_index_c(t_c, rh)
            # sweat
            active = 0.7 if s.kind in ("shift", "field") else 1.0
            gear = 1.45 if s.gear else (1.12 if s.kind in ("ruck", "field") else 1.0)
            rate = (self.sweat_base * (0.35 + 0.13 * s.rpe) * (1 + 0.05 * max(0.0, s.hi - 20))
                    * gear * active * r.uniform(0.85, 1.15))
            rate = _clip(rate, 0.15, 2.6)
            s.sweat = rate * hours
            # drinking
            u_acc = r.random()  # water access that day: cooler on site / normal / little
            f = (self.drink_habit + (0.28 if u_acc < 0.3 else (-0.28 if u_acc > 0.65 else 0.0))
                 + r.gauss(0, 0.12) + (0.1 if s.hi > 30 else 0))
            f -= 0.28 if s.gear else 0
            f -= 0.1 if s.kind == "ruck" else 0
            f += 0.05 if s.kind == "shift" else 0
            if s.dur < 40:
                f = 0 if r.random() < 0.6 else r.uniform(0.1, 0.4)
            f = _clip(f, 0.0, 1.1)
            fluid_l = f * s.sweat
            p_lyte = self.lyte_habit + (0.15 if s.hi > 32 else 0) + (0.1 if s.dur > 180 else 0)
            drinks = []  # (offset_min, ml, drink, sodium_mg explicit or None, true sodium)
            if fluid_l > 0.05:
                lyte_frac = r.uniform(0.3, 0.9) if (r.random() < p_lyte and s.dur >= 45) else 0.0
                water_l = fluid_l * (1 - lyte_frac)
                lyte_l = fluid_l - water_l
                if lyte_l > 0:
                    typ = r.choice(["sports_drink", "sports_drink", "electrolyte_drink",
                                    "electrolyte_drink", "ors"])
                    left = lyte_l * 1000
                    while left > 60:
                        v = min(left, r.choice([500, 591, 710, 1000]))
                        if typ == "sports_drink":
                            na = v * 0.46
                            drinks.append([v, typ, None, na])
                        elif typ == "electrolyte_drink":
                            lab = r.choice([1000, 1000, 500, 810])
                            drinks.append([v, typ, lab, lab])
                        else:
                            drinks.append([v, typ, None, v * 1.725])
                        left -= v
                left = water_l * 1000
                bottle = r.choice([500, 591, 750, 946, 1000]) if s.dur < 240 else r.choice([946, 1000, 1500, 3000])
                while left > 60:
                    v = min(left, bottle * r.uniform(0.8, 1.0))
                    drinks.append([v, "water", None, 0.0])
                    left -= v
                r.shuffle(drinks)
            s.fluids = []
            nd = len(drinks)
            for k, (v, typ, lab, na) in enumerate(drinks):
                off = s.dur * (k + 0.6) / (nd + 0.2) * r.uniform(0.85, 1.0)
                s.fluids.append((off, v, typ, lab, na))
            s.salt_mg = 0.0
            if s.dur > 120 and s.hi > 28 and r.random() < self.salt_habit:
                s.salt_mg = 215.0 * r.choice([1, 2, 2, 3])
            s.na_in = sum(x[4] for x in s.fluids) + s.salt_mg
            s.na_lost = s.sweat * self.sweat_na
            s.urine = 0.0
            if hours > 3:
                s.urine = 0.07 * hours * (0.4 + f) + r.uniform(0, 0.3)
            s.food_kg = 0.0
            if hours > 6:
                s.food_kg = r.uniform(0.4, 0.9)
            pre = self.mass_by_day[s.day] + r.uniform(-0.4, 0.6)
            loss = s.sweat + s.urine - fluid_l - s.food_kg + 0.05 * hours
            s.mass_pre = pre
            s.mass_post = pre - loss
            s.loss_pct = 100 * loss / pre
            # avg HR
            s.hr = int(round(_clip(62 + 10.5 * s.rpe + 0.6 * max(0, s.hi - 22) + (6 if s.gear else 0)
                                   - (18 if s.kind in ("shift", "field") else 0) + r.gauss(0, 6),
                                   70, 185)))
            s.load = s.dur * s.rpe
            if s.kind in ("run", "long_run", "ruck", "hike", "walk"):
                pace = {"run": r.uniform(5.0, 6.3), "long_run": r.uniform(5.4, 6.6),
                        "ruck": r.uniform(9.0, 11.0), "hike": r.uniform(12, 16),
                        "walk": r.uniform(10.5, 13.5)}[s.kind]
                s.distance = s.dur / pace
        # ACWR on daily true loads
        daily = [0.0] * (self.n_days + 1)
        for s in self.sessions:
            daily[s.day] += s.load
        self.daily_load = daily
        acwr = [None] * (self.n_days + 1)
        for i in range(28, self.n_days + 1):
            a = sum(daily[i - 6:i + 1])
            c = sum(daily[i - 27:i + 1]) / 4
            acwr[i] = a / c if c > 0 else None
        self.acwr = acwr
        for s in self.sessions:
            s.acwr = acwr[s.day]

    # ---------------------------------------------------------------- diet
    def build_diet(self):
        r = self.rng
        self.day_mg = []
        self.meals = []  # (time, items, logged, totals or None, zone)
        scale = (self.mass0 / 85.0) ** 0.7 * (0.9 if self.sex == "female" else 1.0)
        for i in range(self.n_days):
            t = self.daytype[i]
            in_dip = self.dip[0] <= i < self.dip[1]
            pj = self.dip_sev if in_dip else 0.18
            if t == "24h":
                slots = [("breakfast", 7.3), ("lunch", 12.5), ("dinner", 18.3), ("snack", 21.0)]
                if not in_dip:
                    pj *= 0.6  # crew cooks at the station
            elif t == "night":
                slots = [("dinner", 16.8), ("lunch", 24.5), ("snack", 27.5), ("breakfast", 31.0)]
            elif t == "day":
                slots = [("breakfast", 5.2), ("lunch", 11.5), ("snack", 15.0), ("dinner", 19.0)]
            elif t == "field":
                slots = [("mre", 6.5), ("mre", 13.0), ("mre", 19.5)]
            elif t == "staff":
                slots = [("breakfast", 7.5), ("lunch", 12.0), ("dinner", 18.0), ("snack", 26.0)]
            else:
                slots = [("breakfast", 7.8), ("lunch", 12.6), ("dinner", 18.6)]
                if r.random() < 0.6:
                    slots.append(("snack", 15.5))
            logged_day = r.random() < self.meal_log_p * (0.6 if t == "leave" else 1.0)
            tot_mg = 0.0
            for name, h in slots:
                tm = self.local_dt(i, h + r.uniform(-0.4, 0.5))
                if name == "mre":
                    mg = r.uniform(80, 140)
                    tot_mg += mg
                    self.meals.append((tm, None, logged_day and r.random() < 0.7,
                                       {"energy_kcal": r.choice([1180, 1250, 1300, 1220]),
                                        "sodium_mg": r.choice([1750, 2100, 2300, 1900])}, i))
                    continue
                if name == "breakfast" and r.random() < 0.12:
                    continue  # skipped
                pool = _JUNK if r.random() < pj else _GOOD
                tmpl = r.choice(pool[name])
                k = scale * r.uniform(0.8, 1.25)
                items = [(key, max(10, int(round(g * k / 5.0) * 5))) for key, g in tmpl]
                kc, ca, mg, kk, na = _meal_nutrients(items)
                tot_mg += mg
                lg = logged_day and r.random() < 0.92
                self.meals.append((tm, items, lg, None, i))
            if self.multivit_p and not in_dip and r.random() < self.multivit_p:
                tot_mg += 100
                self.meals.append((self.local_dt(i, 8.0 + r.uniform(-0.5, 1)), "multivit",
                                   r.random() < 0.8, None, i))
            self.day_mg.append(tot_mg)
        # 14-day rolling true magnesium
        self.roll_mg = []
        for i in range(self.n_days):
            a = self.day_mg[max(0, i - 13):i + 1]
            self.roll_mg.append(sum(a) / len(a))

    # ---------------------------------------------------------------- logging flags
    def decide_logging(self):
        r = self.rng
        for s in self.sessions:
            band = self.band_ok(s.day)
            if s.kind == "walk":
                s.logged = band and r.random() < 0.85
                s.band = True
            elif s.kind in ("shift",):
                s.logged = (band and r.random() < 0.72) or r.random() < 0.1
                s.band = band
            elif s.kind in ("call", "field", "drill"):
                s.logged = (band and r.random() < 0.85) or r.random() < 0.15
                s.band = band
            else:
                s.logged = (band and r.random() < 0.93) or r.random() < 0.45
                s.band = band
            if s.big:
                s.logged = s.logged or r.random() < 0.7
            s.log_rpe = s.kind != "walk" and r.random() < self.rpe_log_p
            s.log_muscles = s.kind != "walk" and r.random() < self.muscle_log_p
            if s.outdoor or s.indoor_temp is False:
                s.log_temp = (s.band and r.random() < 0.8) or r.random() < 0.35
            else:
                s.log_temp = r.random() < 0.1
            p_w = (0.12 + (0.35 if s.dur >= 150 else 0.0) + (0.2 if s.hi > 30 else 0.0)
                   + (0.1 if s.gear else 0.0)) * self.weigh_habit
            if s.kind == "walk":
                p_w = 0.0
            if s.kind == "field":
                p_w *= 0.3
            s.weigh = r.random() < p_w
            s.log_fluids = s.fluids and r.random() < (0.85 if s.dur >= 90 else 0.5)
        for sl in self.sleeps:
            band = self.band_ok(sl.day)
            if sl.main:
                sl.logged = band and r.random() < 0.88
            else:
                sl.logged = band and r.random() < 0.5
            if not sl.logged and r.random() < 0.06:
                sl.logged = True  # hand entry
                sl.quality = r.randint(1, 4)
            elif r.random() < 0.15:
                sl.quality = r.randint(2, 5)

    # ---------------------------------------------------------------- emission helpers
    def _hand_zone(self, t: datetime, day: int):
        return self.day_zone(min(max(day, 0), self.n_days - 1))

    def _mass_val(self, kg: float, r: random.Random):
        if self.us and r.random() < 0.65:
            return "%.1f lb" % (kg / 0.45359237)
        return round(kg, 1)

    def _ml_val(self, ml: float, r: random.Random):
        if self.us and r.random() < 0.7:
            oz = ml / 29.5735
            for std in (12, 16, 20, 24, 32, 50, 100):
                if abs(oz - std) / std < 0.08:
                    return "%d oz" % std
            return "%d oz" % max(1, round(oz))
        if ml >= 1000 and r.random() < 0.5:
            return "%.1f L" % (ml / 1000)
        return int(round(ml / 10.0) * 10)

    def emit_world(self):
        r = self.rng
        objs = self.objects
        prof = {"type": "profile", "sex": self.sex, "birth_year": self.birth_year,
                "body_mass_kg": round(self.mass0, 1), "timezone": self.zname}
        if r.random() < 0.8:
            prof["height_cm"] = self.height
        if self.sex == "female" and r.random() < 0.5:
            prof["pregnant"] = False
        objs.append(prof)
        tag = self.tag
        # sessions
        for s in self.sessions:
            if not s.logged:
                continue
            w = {"type": "workout"}
            if s.band:
                w["id"] = "mb%s-w-%d" % (tag, int(s.start.timestamp()))
                w["time"] = _fmt(s.start + timedelta(seconds=r.randint(-90, 90)), None,
                                 "Z" if r.random() < 0.5 else "off")
                w["duration_min"] = round(s.dur + r.uniform(-2, 2), 1)
                w["avg_hr"] = int(_clip(s.hr + r.randint(-7, 7), 40, 220))
            else:
                z = self._hand_zone(s.start, s.day)
                st = s.start.replace(minute=(s.start.minute // 5) * 5, second=0)
                w["time"] = _fmt(st, z)
                w["duration_min"] = int(round(s.dur / 5.0) * 5) or 5
            w["activity"] = s.activity
            if s.log_rpe:
                w["rpe"] = int(_clip(s.rpe + r.choice([-1, 0, 0, 0, 1]), 1, 10))
            if s.distance and (s.band or r.random() < 0.6):
                dist = s.distance * r.uniform(0.93, 1.07)
                if self.us and not s.band and r.random() < 0.7:
                    w["distance_km"] = "%.1f mi" % (dist / 1.609344)
                else:
                    w["distance_km"] = round(dist, 2)
            if s.log_temp:
                if s.band:
                    w["temperature_c"] = round(s.temp + r.gauss(0, 0.8))
                    if r.random() < 0.8:
                        w["humidity_pct"] = int(_clip(round(s.rh + r.gauss(0, 4)), 1, 100))
                else:
                    if self.us:
                        w["temperature_c"] = "%d °F" % round(s.temp * 9 / 5 + 32 + r.gauss(0, 2))
                    else:
                        w["temperature_c"] = round(s.temp + r.gauss(0, 1))
                    if r.random() < 0.3:
                        w["humidity_pct"] = int(_clip(round(s.rh / 5) * 5, 5, 100))
            if s.log_muscles:
                lm = _LOG_MUSCLES[s.kind]
                if lm is None:
                    lm = r.choice([["chest", "triceps", "shoulder"], ["quadriceps", "hamstring", "glute"],
                                   ["upper_back", "biceps", "forearm"], ["quadriceps", "glute", "lower_back"]])
                w["muscle_groups"] = list(lm)
            if s.kind in ("strength", "crossfit", "hiit", "run") and r.random() < 0.25:
                w["warm_up_min"] = r.choice([5, 8, 10, 10, 15])
            if s.kind in ("run", "long_run", "ruck") and r.random() < 0.1:
                w["cool_down_min"] = r.choice([5, 10])
            notes = s.notes
            if s.ruck_lb:
                ln = ("ruck %d lb" % s.ruck_lb) if self.us else ("ruck %d kg" % round(s.ruck_lb * 0.4536))
                notes = ln if not notes else notes + ", " + ln
            if s.gear and s.kind == "call" and r.random() < 0.5:
                notes = (notes or "") + (", full turnouts" if notes else "full turnouts")
            if notes and (not s.band or r.random() < 0.75):
                w["notes"] = notes
            objs.append(w)
            if s.band and r.random() < 0.03:
                objs.append(dict(w))  # band re-sync duplicate (same id)
        # weigh-ins and session drinks (also for unlogged sessions: hand entries)
        for s in self.sessions:
            z = self._hand_zone(s.start, s.day)
            if s.weigh:
                tpre = s.start - timedelta(minutes=r.randint(5, 25))
                tpost = s.end + timedelta(minutes=r.randint(4, 20))
                objs.append({"type": "body_mass", "time": _fmt(tpre, z),
                             "kg": self._mass_val(s.mass_pre + r.gauss(0, 0.15), r),
                             "context": "pre_workout"})
                if r.random() < 0.95:
                    objs.append({"type": "body_mass", "time": _fmt(tpost, z),
                                 "kg": self._mass_val(s.mass_post + r.gauss(0, 0.15), r),
                                 "context": "post_workout"})
            if s.log_fluids:
                merge = s.dur > 300 and r.random() < 0.3
                if merge:
                    tot_w = sum(x[1] for x in s.fluids if x[2] == "water")
                    others = [x for x in s.fluids if x[2] != "water"]
                    items = others + ([(s.dur * 0.9, tot_w, "water", None, 0.0)] if tot_w > 0 else [])
                else:
                    items = s.fluids
                for off, v, typ, lab, na in items:
                    while v > 60:
                        part = min(v, 4800)
                        v -= part
                        f = {"type": "fluid", "time": _fmt(s.start + timedelta(minutes=off), z),
                             "ml": self._ml_val(part, r)}
                        if typ != "water" or r.random() < 0.6:
                            f["drink"] = typ
                        if lab is not None:
                            f["sodium_mg"] = lab
                            f["notes"] = r.choice(["LMNT packet", "Liquid IV", "electrolyte packet"]) \
                                if lab != 810 else "Skratch"
                        elif typ == "sports_drink" and r.random() < 0.3:
                            f["notes"] = r.choice(["Gatorade", "Powerade"])
                        elif typ == "ors" and r.random() < 0.5:
                            f["notes"] = "DripDrop"
                        if merge and typ == "water":
                            f["notes"] = "total water during shift (est)"
                        objs.append(f)
                if s.salt_mg:
                    objs.append({"type": "supplement", "time": _fmt(s.start + timedelta(minutes=s.dur * 0.4), z),
                                 "name": "salt tabs", "sodium_mg": s.salt_mg,
                                 "notes": "%d SaltStick cap%s" % (round(s.salt_mg / 215), "" if s.salt_mg < 300 else "s")})
        # sleep
        for sl in self.sleeps:
            if not sl.logged:
                continue
            band = self.band_ok(sl.day) and sl.quality is None or (self.band_ok(sl.day) and r.random() < 0.7)
            if band:
                st = sl.start + timedelta(minutes=r.randint(-12, 20))
                en = sl.end + timedelta(minutes=r.randint(-15, 8))
                e = {"type": "sleep", "id": "mb%s-s-%d" % (tag, int(sl.start.timestamp())),
                     "time": _fmt(st, None, "Z" if r.random() < 0.5 else "off"),
                     "end": _fmt(en, None, "Z" if r.random() < 0.5 else "off")}
            else:
                z = sl.zone
                st = sl.start.replace(minute=(sl.start.minute // 15) * 15, second=0)
                hours = round((sl.end - sl.start).total_seconds() / 3600 * 2) / 2
                e = {"type": "sleep", "time": _fmt(st, z), "hours": max(0.5, hours)}
            if sl.quality:
                e["quality"] = sl.quality
            objs.append(e)
            if "id" in e and r.random() < 0.03:
                objs.append(dict(e))
        # band false sleep (truck / couch) now and then
        for _ in range(r.randint(0, 3)):
            i = r.randint(1, self.n_days - 2)
            if not self.band_ok(i):
                continue
            t0 = self.local_dt(i, r.uniform(13, 17))
            if any(s.start <= t0 <= s.end for s in self.sessions if abs(s.day - i) <= 1) or \
                    any(sl.start <= t0 <= sl.end + timedelta(hours=1) for sl in self.sleeps if abs(sl.day - i) <= 1):
                continue
            objs.append({"type": "sleep", "id": "mb%s-s-%d" % (tag, int(t0.timestamp())),
                         "time": _fmt(t0, None), "end": _fmt(t0 + timedelta(minutes=r.randint(35, 80)), None)})
        # meals
        for tm, items, logged, totals, day in self.meals:
            if not logged:
                continue
            z = self._hand_zone(tm, day)
            if items == "multivit":
                objs.append({"type": "supplement", "time": _fmt(tm, z), "name": "multivitamin",
                             "magnesium_mg": 100, "calcium_mg": 200, "potassium_mg": 80})
                continue
            m = {"type": "meal", "time": _fmt(tm, z)}
            if totals:
                m.update(totals)
                m["notes"] = "MRE"
            else:
                out = []
                use_ndb = r.random() < 0.3
                for key, g in items:
                    f = _FOODS[key]
                    if f[0] is None or use_ndb:
                        out.append({"ndb_no": f[1], "grams": g})
                    else:
                        out.append({"food": f[0], "grams": g})
                m["items"] = out
            objs.append(m)
        # daily life: morning weights, coffee, water, soft drinks, beer
        for i in range(self.n_days):
            t = self.daytype[i]
            z = self.day_zone(i)
            wake = None
            for sl in self.sleeps:
                if sl.main and sl.day == i - 1 or (sl.main and sl.day == i and t == "night"):
                    wake = sl.end
            if wake is None:
                wake = self.local_dt(i, 6.5)
            if r.random() < 0.4 and t not in ("field",):
                objs.append({"type": "body_mass", "time": _fmt(wake + timedelta(minutes=r.randint(5, 40)), z),
                             "kg": self._mass_val(self.mass_by_day[i] + r.gauss(0, 0.3), r),
                             "context": "morning"})
            ncof = int(self.caffeine + (1 if t in ("night", "24h", "staff") else 0) + r.uniform(-0.8, 0.8))
            for k in range(max(0, ncof)):
                if r.random() < 0.45:
                    tc = wake + timedelta(minutes=r.randint(10, 60) + 240 * k)
                    objs.append({"type": "fluid", "time": _fmt(tc, z), "ml": self._ml_val(r.choice([240, 355, 473]), r),
                                 "drink": "coffee"})
            in_dip = self.dip[0] <= i < self.dip[1]
            if r.random() < (0.35 if in_dip else 0.12):
                te = wake + timedelta(hours=r.uniform(5, 11))
                objs.append({"type": "fluid", "time": _fmt(te, z), "ml": self._ml_val(473, r),
                             "drink": r.choice(["soft_drink", "other"]),
                             "notes": r.choice(["Monster", "Rockstar", "Mtn Dew", "Coke"])})
            if r.random() < 0.3:
                for _ in range(r.randint(1, 3)):
                    tw = wake + timedelta(hours=r.uniform(0.5, 14))
                    objs.append({"type": "fluid", "time": _fmt(tw, z),
                                 "ml": self._ml_val(r.choice([500, 591, 750, 946]), r)})
            if t in ("off", "leave") and r.random() < 0.15:
                tb = self.local_dt(i, r.uniform(18.5, 21.5))
                objs.append({"type": "fluid", "time": _fmt(tb, z), "ml": self._ml_val(355 * r.randint(1, 3), r),
                             "drink": "beer"})
        # medication
        if self.med:
            name, why = self.med
            md = self.d0 + timedelta(days=self.med_day)
            m = {"type": "medication", "name": name, "start": md.isoformat()}
            if r.random() < 0.6:
                m["notes"] = why
            if not self.med_cramp and name in ("amoxicillin", "azithromycin"):
                m["end"] = (md + timedelta(days=(10 if name == "amoxicillin" else 5))).isoformat()
            objs.append(m)
        # a note on the convenience-food period (world fact, not cause dependent)
        if r.random() < 0.5:
            i = self.dip[0] + r.randint(0, 5)
            m = {"type": "meal", "time": _fmt(self.local_dt(i, 12.7), self.day_zone(i)),
                 "items": [{"food": _FOODS["cheeseburger"][0], "grams": 240}],
                 "notes": self.dip_story}
            objs.append(m)

    # ---------------------------------------------------------------- episodes
    def _sleep_at(self, t):
        for sl in self.sleeps:
            if sl.start <= t < sl.end:
                return sl
            if sl.start > t:
                break
        return None

    def _session_at(self, t):
        for s in self.sessions:
            if s.start <= t < s.end:
                return s
            if s.start > t:
                break
        return None

    def _last_session_before(self, t, hours):
        best = None
        for s in self.sessions:
            if s.end <= t and t - s.end <= timedelta(hours=hours):
                best = s
            if s.start > t:
                break
        return best

    def _during(self, t):
        s = self._session_at(t)
        if s is not None and s.logged is not None:
            return "exercise", s
        if self._sleep_at(t):
            return "sleep", None
        if self._last_session_before(t, 2):
            return "after_exercise", None
        return "rest", None

    def episode(self, r: random.Random, t, kind, muscle, during, note_ctx=None, pain=None):
        z = self._hand_zone(t, (self.home.local(t).date() - self.d0).days)
        t_log = t
        if r.random() < 0.7:
            t_log = t.replace(second=0, microsecond=0)
            t_log -= timedelta(minutes=t_log.minute % 5)
        e = {"type": "episode", "time": _fmt(t_log, z), "kind": kind if r.random() < 0.85 else
             {"spasm": "cramp", "twitch": "twitch"}[kind], "muscle": muscle}
        if kind == "spasm":
            if muscle in ("abdomen", "neck", "lower_back", "upper_back", "chest") or r.random() < 0.82:
                e["side"] = "both" if muscle in ("abdomen", "lower_back", "upper_back", "neck", "chest") \
                    else r.choice(["left", "right", "left", "right", "both"])
            e["duration_s"] = int(_clip(r.lognormvariate(math.log(75 if during != "sleep" else 110), 0.7), 8, 900))
            e["pain"] = pain if pain is not None else int(_clip(round(r.gauss(6.3 if during != "sleep" else 7, 1.5)), 2, 10))
            if r.random() < 0.8:
                rel = ["stretching"]
                for m_, p in (("massage", 0.4), ("walking_it_off", 0.3), ("hydration", 0.2),
                              ("pickle_juice", 0.07), ("heat", 0.05), ("rest", 0.15)):
                    if r.random() < p:
                        rel.append(m_)
                e["relief"] = rel
                if r.random() < 0.85:
                    e["relieved"] = r.random() < 0.9
        else:
            if r.random() < 0.6:
                e["side"] = r.choice(["left", "right"])
            if muscle == "eyelid":
                e["duration_s"] = int(r.choice([30, 60, 120, 600, 1800, 3600, 7200]))
            else:
                e["duration_s"] = int(_clip(r.lognormvariate(math.log(20), 0.8), 2, 600))
            if r.random() < 0.7:
                e["pain"] = r.choice([0, 0, 0, 1, 1, 2])
            if r.random() < 0.2:
                e["relief"] = ["rest"]
        if r.random() < 0.9:
            e["during"] = during
        if r.random() < 0.12:
            e["flags"] = {k: False for k in r.sample(["weakness", "swelling", "numbness_tingling",
                                                       "dark_urine", "redness"], r.randint(1, 3))}
        note = None
        if during == "sleep" and kind == "spasm" and r.random() < 0.4:
            note = r.choice(["woke me up", "charley horse, woke up", "toes curled, had to stand up",
                             "woke up screaming lol"])
        elif kind == "twitch" and muscle == "eyelid" and r.random() < 0.4:
            note = r.choice(["eye twitching on and off", "left eye won't stop", "eyelid thing again"])
        elif during == "exercise" and r.random() < 0.35:
            note = r.choice(["had to stop", "cramped up, kept going", "locked up", "in boots, couldn't stretch it"])
            if note_ctx is not None and note_ctx.temp is not None and note_ctx.temp > 33 and r.random() < 0.5:
                note += ", hot out"
        elif during == "after_exercise" and r.random() < 0.3:
            note = r.choice(["in the truck after", "in the shower after", "sitting down after", "driving home"])
        if note:
            e["notes"] = note
        return e

    def random_awake_time(self, r, day):
        for _ in range(40):
            t = self.local_dt(day, r.uniform(6, 23.5))
            if not self._sleep_at(t):
                return t
        return self.local_dt(day, 12)

    def random_main_sleep(self, r, days=None):
        cands = [sl for sl in self.sleeps if sl.main and (days is None or sl.day in days)]
        # one main sleep per night: the longest of its day
        by_day = {}
        for sl in cands:
            cur = by_day.get(sl.day)
            if cur is None or (sl.end - sl.start) > (cur.end - cur.start):
                by_day[sl.day] = sl
        lst = [by_day[d] for d in sorted(by_day)]
        sl = r.choice(lst)
        return sl.start + (sl.end - sl.start) * r.uniform(0.15, 0.95)

    def background(self, r: random.Random):
        rate = r.uniform(0.9, 2.0)
        n = max(5, int(round(self.n_days / 30 * rate + r.uniform(-1, 1))))
        eps = []
        for _ in range(n):
            u = r.random()
            day = r.randrange(self.n_days)
            if u < 0.42:
                t = self.random_main_sleep(r)
                m = r.choice(["calf", "calf", "calf", "foot", "toes", "hamstring"])
                eps.append(self.episode(r, t, "spasm", m, "sleep"))
            elif u < 0.72:
                t = self.random_awake_time(r, day)
                during, s = self._during(t)
                m = r.choice(["eyelid", "eyelid", "eyelid", "calf", "calf", "hand", "biceps", "face", "quadriceps"])
                eps.append(self.episode(r, t, "twitch", m, during, s))
            else:
                t = self.random_awake_time(r, day)
                during, s = self._during(t)
                m = r.choice(["hand", "fingers", "foot", "calf", "hamstring", "neck", "toes", "abdomen"])
                eps.append(self.episode(r, t, "spasm", m, during, s))
        return eps

    # ---------------------------------------------------------------- planting
    def _exercise_episode(self, r, s, late_frac, after_h, muscle_pool=None, twitch_p=0.08):
        if r.random() < late_frac:
            t = s.start + timedelta(minutes=s.dur * r.uniform(0.62, 0.99))
            during = "exercise"
        else:
            t = s.end + timedelta(minutes=r.uniform(3, after_h * 60))
            during = "sleep" if self._sleep_at(t) else ("exercise" if self._session_at(t) else "after_exercise")
        pool = muscle_pool or _MUSCLES_BY_KIND[s.kind]
        m = r.choice(pool)
        kind = "twitch" if r.random() < twitch_p else "spasm"
        return t, self.episode(r, t, kind, m, during, s)

    def exposures(self, cause: str, relax: bool = False):
        """Exposed units and doses for a cause (thresholds relaxed once if the journal is short of units)."""
        units, doses = [], []
        S = [s for s in self.sessions if s.kind != "walk"]
        if cause == "heat":
            thr = 29.5 if relax else 31.0
            for s in S:
                d = s.hi - thr
                if d > 0:
                    units.append(s)
                    doses.append(d)
        elif cause == "dehydration":
            thr = 1.8 if relax else 2.0
            for s in S:
                d = s.loss_pct - thr
                if d > 0:
                    units.append(s)
                    doses.append(d)
        elif cause == "electrolyte_loss":
            thr = 2.5 if relax else 3.0
            for s in S:
                d = (s.na_lost - s.na_in) / 1000.0 - thr
                if d > 0:
                    units.append(s)
                    doses.append(d)
        elif cause == "muscle_fatigue":
            thr = 1.6 if relax else 1.8
            by_act = {}
            for s in S:
                by_act.setdefault(s.activity, []).append(s.load)
            med = {a: _median(v) for a, v in by_act.items()}
            for s in S:
                ratio = s.load / med[s.activity] if med[s.activity] else 0
                if s.rpe >= 7 and ratio > thr:
                    units.append(s)
                    doses.append(ratio - thr)
        elif cause == "training_load_spike":
            thr = 1.4 if relax else 1.5
            for s in S:
                if s.acwr is not None and s.acwr > thr:
                    units.append(s)
                    doses.append(s.acwr - thr)
        elif cause == "sleep_debt":
            for w, d in self._sleep_debt_units(1.5 if relax else 2.0):
                units.append(w)
                doses.append(d)
        elif cause == "nutrient_deficiency":
            lim = (0.7 if relax else 0.65) * self.rda_mg
            for i in range(self.n_days):
                d = 1 - self.roll_mg[i] / lim
                if d > 0:
                    units.append(i)
                    doses.append(d)
        elif cause == "medication":
            if self.med and self.med_cramp:
                for i in range(self.med_day + self.med_lag, self.n_days):
                    units.append(i)
                    doses.append(1.0)
        return units, doses

    def plant(self, cause: str, r: random.Random):
        units, doses = self.exposures(cause)
        if len(units) < 16:
            units, doses = self.exposures(cause, relax=True)
        n_units = len(units)
        k = r.randint(10, 15) if cause == "electrolyte_loss" else r.randint(10, 18)
        k = min(k, int(0.6 * n_units))
        if k <= 0:
            return [], 0, n_units
        chosen = _wsample(r, units, [d ** 0.8 for d in doses], k)
        eps = []
        for u in chosen:
            if cause in ("heat",):
                t, e = self._exercise_episode(r, u, 0.6, 2.0,
                                              ["calf", "calf", "hamstring", "quadriceps", "abdomen",
                                               "forearm", "hand", "foot", "adductor"])
                eps.append(e)
            elif cause == "dehydration":
                t, e = self._exercise_episode(r, u, 0.5, 4.0,
                                              ["calf", "calf", "hamstring", "quadriceps", "foot", "adductor"])
                eps.append(e)
            elif cause == "electrolyte_loss":
                pool = ["calf", "hamstring", "quadriceps", "hand", "fingers", "forearm", "abdomen", "foot"]
                t, e = self._exercise_episode(r, u, 0.55, 3.0, pool)
                eps.append(e)
                if r.random() < 0.3:
                    t2 = t + timedelta(minutes=r.uniform(4, 40))
                    during, s2 = self._during(t2)
                    m2 = r.choice([m for m in pool if m != e["muscle"]])
                    eps.append(self.episode(r, t2, "spasm", m2, during, s2))
            elif cause == "muscle_fatigue":
                if r.random() < 0.65:
                    t = u.start + timedelta(minutes=u.dur * r.uniform(0.67, 0.99))
                    during = "exercise"
                else:
                    t = u.end + timedelta(minutes=r.uniform(3, 60))
                    during = "after_exercise" if not self._session_at(t) else "exercise"
                eps.append(self.episode(r, t, "spasm" if r.random() < 0.92 else "twitch",
                                        r.choice(_MUSCLES_BY_KIND[u.kind]), during, u))
            elif cause == "training_load_spike":
                t, e = self._exercise_episode(r, u, 0.55, 2.0, None, twitch_p=0.15)
                eps.append(e)
            elif cause == "sleep_debt":
                wake = u
                for _ in range(30):
                    t = wake + timedelta(hours=r.uniform(1.5, 14))
                    if not self._sleep_at(t):
                        break
                during, s = self._during(t)
                v = r.random()
                if during == "exercise":
                    m = r.choice(_MUSCLES_BY_KIND[s.kind])
                    eps.append(self.episode(r, t, "spasm" if v < 0.7 else "twitch", m, during, s))
                elif v < 0.45:
                    eps.append(self.episode(r, t, "twitch", "eyelid", during, s))
                elif v < 0.65:
                    eps.append(self.episode(r, t, "twitch", r.choice(["calf", "quadriceps", "biceps", "face"]),
                                            during, s))
                else:
                    eps.append(self.episode(r, t, "spasm", r.choice(["calf", "foot", "hamstring", "hand", "neck"]),
                                            during, s))
            elif cause in ("nutrient_deficiency", "medication"):
                day = u
                v = r.random()
                night_p = 0.5 if cause == "nutrient_deficiency" else 0.6
                if v < night_p:
                    try:
                        t = self.random_main_sleep(r, days={day})
                    except IndexError:
                        t = self.random_main_sleep(r, days={day - 1, day + 1})
                    m = r.choice(["calf", "calf", "foot", "toes", "hamstring"])
                    eps.append(self.episode(r, t, "spasm", m, "sleep"))
                elif v < night_p + (0.25 if cause == "nutrient_deficiency" else 0.15):
                    t = self.random_awake_time(r, day)
                    during, s = self._during(t)
                    eps.append(self.episode(r, t, "twitch", r.choice(["eyelid", "calf", "hand", "fingers"]),
                                            during, s))
                else:
                    t = self.random_awake_time(r, day)
                    during, s = self._during(t)
                    pool = ["hand", "fingers", "foot", "calf", "toes"] if cause == "nutrient_deficiency" \
                        else ["calf", "hamstring", "foot", "quadriceps"]
                    eps.append(self.episode(r, t, "spasm", r.choice(pool), during, s))
        return eps, len(chosen), n_units

    def _sleep_debt_units(self, thr=2.0):
        mains = [sl for sl in self.sleeps if sl.main]
        wakes = []
        for sl in mains:
            lo = sl.end - timedelta(hours=24)
            tot = 0.0
            for o in self.sleeps:
                if o.end <= lo or o.start >= sl.end:
                    continue
                tot += (min(o.end, sl.end) - max(o.start, lo)).total_seconds() / 3600
            wakes.append((sl.end, tot))
        usual = _median([w for _, w in wakes])
        out = []
        for t, tot in wakes:
            d = usual - tot - thr
            if d > 0 and t < self.local_dt(self.n_days - 1, 12):
                out.append((t, d))
        # keep one unit per wake (split sleeps: the later wake of a pair 2 h apart is the unit)
        dedup = []
        for t, d in out:
            if dedup and t - dedup[-1][0] < timedelta(hours=6):
                dedup[-1] = (t, max(d, dedup[-1][1]))
            else:
                dedup.append((t, d))
        return dedup


# ----------------------------------------------------------------------------------------
# public API
# ----------------------------------------------------------------------------------------

def _generate(cause: str | None, seed: int):
    if cause is not None and cause not in CAUSES:
        raise ValueError(f"unknown cause {cause!r}; expected one of {CAUSES} or None")
    w = _World(int(seed), cause)
    w.setup()
    w.build_calendar()
    w.build_sleep()
    w.build_sessions()
    w.physiology()
    w.build_diet()
    w.decide_logging()
    w.emit_world()
    eps = w.background(random.Random(f"blindP-bg-{seed}"))
    n_bg = len(eps)
    n_linked, n_units = 0, 0
    if cause is not None:
        pe, n_linked, n_units = w.plant(cause, random.Random(f"blindP-plant-{cause}-{seed}"))
        n_linked = len(pe)
        eps.extend(pe)
    objs = w.objects + eps
    # stable order: profile first, then by time string is not meaningful across offsets;
    # a real export is grouped by type and roughly chronological -> sort by instant.
    def key(o):
        t = o.get("time") or o.get("start")
        if o["type"] == "profile":
            return (0, "")
        if o["type"] == "medication":
            return (1, t)
        return (2, datetime.fromisoformat(t.replace("Z", "+00:00")).astimezone(timezone.utc).isoformat())
    order = sorted(range(len(objs)), key=lambda j: (key(objs[j]), j))
    objs = [objs[j] for j in order]
    start = w.home.aware(w.home.to_utc(datetime.combine(w.d0, datetime.min.time())))
    stop_d = w.d0 + timedelta(days=w.n_days)
    stop = w.home.aware(w.home.to_utc(datetime.combine(stop_d, datetime.min.time())))
    # keep only what falls in the observed period
    def inside(o):
        t = o.get("time")
        if t is None:
            return True
        dt_ = datetime.fromisoformat(t.replace("Z", "+00:00"))
        return start <= dt_ < stop
    objs = [o for o in objs if inside(o)]
    stats = {"persona": w.persona, "zone": w.zname, "days": w.n_days, "background": n_bg,
             "linked": n_linked, "exposed_units": n_units,
             "episodes": sum(1 for o in objs if o["type"] == "episode"), "entries": len(objs)}
    return BlindJournal(cause=cause, objects=objs, start=start, stop=stop), stats


def blind_journal(cause: str | None, seed: int) -> BlindJournal:
    return _generate(cause, seed)[0]


if __name__ == "__main__":
    import sys
    import time
    seeds = range(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
    for c in (None,) + CAUSES:
        t0 = time.time()
        rows = [_generate(c, s)[1] for s in seeds]
        dt_ = (time.time() - t0) / len(rows)
        ep = [x["episodes"] for x in rows]
        ln = [x["linked"] for x in rows]
        un = [x["exposed_units"] for x in rows]
        en = [x["entries"] for x in rows]
        print(f"{str(c):20s} episodes {min(ep):3d}-{max(ep):3d} (mean {sum(ep)/len(ep):5.1f})  "
              f"linked {min(ln):2d}-{max(ln):2d}  exposed units {min(un):4d}-{max(un):4d}  "
              f"entries {min(en):4d}-{max(en):4d} (mean {sum(en)/len(en):6.0f})  {dt_*1000:.0f} ms/journal")
