"""Blind synthetic cramp journals with one planted cause (examiner "AC").

Point of view
-------------
Each journal is one older recreational walker and/or golfer, aged 65-82, as the product would
receive it after `crampwise export` from a household that logs some things by hand, some via a
family member (a daughter, son or spouse who keeps a food/medicine diary in an app and types in
what the person tells them on the phone) and some by devices (a wrist watch that records walks,
some golf rounds and sleep; a bathroom scale).  The person is on several long-term medicines
(started years ago; some are stopped, changed or added during the journal, short courses of
antibiotics, dose changes).  The logs are irregular: whole gaps when nobody logged anything
(phone broken, family member away), enthusiasm that fades, food diary only on some days, fluids
mostly around outings, watch sleep only on nights the watch is worn, hand-typed times rounded to
5 or 15 minutes (a night cramp sometimes logged at breakfast time), units in lb / fl oz / degF /
miles for US households, device times in UTC, travel to other time zones, daylight saving
changes, duplicate device exports (same id), watch temperature sensors that read warm, golf
logged as activity "other" with a note, foods by USDA name (by hand) or ndb_no (family app).

Every journal, including the null ones (cause=None), has:
  * many background episodes unrelated to any exposure: night-time calf/foot/toe cramps
    (Poisson per night with a slowly wandering weekly multiplier), eyelid and calf twitches,
    hand/finger cramps at rest, and occasional random cramps during or after a session at a
    fixed per-session probability;
  * natural correlations: hotter / more humid days raise sweat rate and therefore body-mass loss
    and sweat sodium loss; they also raise drinking; long sessions are also the hard ones
    (events such as 36 holes or a charity walk); summer has more golf; the person walks earlier on
    hot days; early tee times shorten the night before; illness lay-offs (natural, then
    abrupt or gradual return -> natural ACWR spikes) come with a lower appetite; golf holidays
    give daily rounds (load spike and back-to-back hard days); a night cramp shortens that night's
    sleep and lowers its quality (reverse causation, as evidence.md 2.7 warns);
  * negative controls: sessions that are hot, long, dehydrating, salty, high ACWR, back-to-back,
    short nights, and medicine changes (in ~20% of non-medication journals a cramp-linked drug is
    started mid-journal, and many people have been on a statin for years) which, unless they are
    the planted cause, do not change the episode rate.

How the cause is planted
------------------------
The simulator first generates the true world (weather, sessions, drinks, sweat, body mass, sleep,
diet, medicines) and decides what gets logged.  For the planted cause it then scores every unit
(session, night, or day) from the TRUE data with an exposure score s > 0 (0 = unexposed), keeps
the exposed units whose exposure is visible in the logged data (never inside a logging gap),
picks k of them (k drawn in 9..20, and at most |visible exposed| / 2.2 so that most exposed units
stay episode-free; a journal with fewer than 20 visible exposed units is regenerated) at random
with probability proportional to s (dose-response), and adds one logged episode per chosen unit.
Only this cause changes the episode rate; every other exposure, correlated or not, has no effect.
Some person traits are part of the plant (they make the exposure common enough to be seen), and
places/periods whose climate cannot produce a heat, dehydration or sodium exposure are rejected
before the journal is built.

  dehydration:   unit = session; exposure = true body-mass loss over the session >= 2.0 %
                 (sweat + respiration - fluid drunk - food + urine, pre to post weighing);
                 s = loss% - 1.8.  Visible when the session is logged with pre_workout and
                 post_workout body_mass entries (the person was asked to weigh around outings of
                 an hour or more; the same weighing habit, 55-90 % of such outings, is used in
                 every journal).  The person is a golfer (3-4 rounds a week) who hardly drinks on
                 the course (0.03-0.11 L/h, often forgets the bottle), so such sessions are common
                 and the logged fluids show low intake against the sweat loss.  Drink type does
                 not matter (a little sports drink still cramps); hot sessions with enough drink
                 do not cramp.  Episodes after the session (0.25-3 h), the following night, or
                 late in the session; calf, hamstring, quadriceps, foot.
  electrolyte_loss: unit = session >= 100 min; exposure = unreplaced sweat sodium
                 = sweat litres x the person's sweat sodium (a "salty sweater", 1100-1500 mg/L;
                 sometimes noted as salt marks on the cap) - sodium in drinks (vocabulary defaults
                 or stated sodium_mg) - salty snacks, >= 1400 mg; s = (deficit - 1200)/1000.
                 Visible when the session is logged with its fluid entries (drink names show water
                 vs sports/electrolyte drink/ORS) and a temperature or a pre/post weighing.  The
                 person is a golfer (3-4 rounds a week) who drinks plenty (0.30-0.50 L/h), mostly
                 plain water, so body-mass loss is usually small: long sweaty sessions on water
                 cramp, the same sessions with an electrolyte drink or ORS do not, and mass loss
                 does not matter.  Episodes late in the session, after it, or that night; calf,
                 thighs, also hands/fingers/forearm/abdomen, sometimes both sides.
  muscle_fatigue: unit = session; exposure = session strain (duration x RPE) >= 1.6 x the
                 person's median for that kind of activity AND in the top quarter of all their
                 sessions (36 holes, a hilly course carrying the bag, a charity walk, a long
                 hike), s = ratio - 1.3, visible when the session is logged with its RPE or is
                 >= 1.5 x the usual duration; or a hard session (top quarter) the day after another
                 logged hard one with overlapping muscle groups, s = 0.4.  Such big days are
                 frequent for this person (about 0.6 a week in fair weather) and the 3 days either
                 side are kept light, so the weekly acute:chronic ratio does not spike with them.
                 Episodes late in the session, after it or that night; the worked muscles.
  training_load_spike: unit = session; exposure = true acute:chronic ratio (7-day load /
                 (28-day load / 4), load = minutes x RPE) >= 1.5 on the session day;
                 s = min(ACWR, 3.5) - 1.4.  Planted as 2-5 lay-offs of 2-3.5 weeks (knee flare-up,
                 cataract op, looking after a spouse, shoulder injection) with a near-complete stop
                 while other entries go on, then an ABRUPT return to the ordinary routine
                 (ordinary, not unusually long sessions, plus extra walks), or a 2-3 week "walking
                 challenge" that doubles the number of walks.  Visible when the session is logged
                 and the ratio from logged durations is also >= 1.35 (from day 28).  Episodes
                 during, after or the night after.
  heat:          unit = outdoor session; exposure = max(air temperature, heat index) >= 29 C
                 during the session; s = (that - 28)/4 capped at 3.  Visible when the logged
                 workout carries temperature_c.  Risk does not depend on drinking, sodium or
                 length: hot sessions with plenty of electrolyte drink still cramp, cool
                 dehydrating ones do not.  Episodes during, after or the night after; calf,
                 thighs, hands, abdomen, foot.
  nutrient_deficiency: unit = day; the person's usual dietary magnesium and potassium are well
                 below reference intake (RDA/AI for sex and age from evidence.md 5): true intake
                 55-70 %, about 50-65 % as computed from the logged meals (USDA SR28 foods by name
                 or ndb_no), with 1-3 stretches of 2-5 weeks of a worse "tea and toast" diet
                 (35-48 %).  Exposure: the 14-day mean of the true daily fraction of reference
                 (mean of Mg and K) < 0.72; s = (0.78 - fraction)^1.5.  Visible when at least 4
                 food-diary days fall in the previous 14 days.  No supplement of those minerals.
                 Episodes mostly at night (calf, foot, toes), or at rest (calf/eyelid twitches,
                 hand/foot cramps).  In all other journals logged usual intake is about
                 80-105 % of reference.
  sleep_debt:    unit = night; exposure = that night's sleep <= the person's usual - 1.5 h;
                 s = deficit - 1.2.  The person has many short nights (15-20 % of nights, doubled
                 in 1-3 spells of caring for a spouse; plus early tee times, travel).  Visible
                 when the short night is logged (watch bed/wake, or by hand with end or hours).
                 Episodes on the FOLLOWING day, between waking and the next bedtime (mostly at
                 rest: eyelid/calf twitches and calf/foot cramps; some during a session that day),
                 never inside the short night itself.
  medication:    unit = day; a cramp-linked medicine named in evidence.md 2.10 (thiazide-like,
                 potassium-sparing or loop diuretic, LABA inhaler, statin, raloxifene, nifedipine,
                 naproxen) is started 30-60 % into the journal (medication entry with a start
                 date); from 3-21 days after the start the rate of night-time leg cramps rises
                 (s ramps up over two weeks) until the drug is stopped (in ~35 % of journals it is
                 switched after 6-14 weeks to a drug not linked to cramps; the rate returns to
                 baseline a few days later).  k is sized to the time on the drug (about 0.8 x the
                 background episodes expected in that time, 9-20), so the on-drug rate is roughly
                 1.5-2.5 x the rate before.  Episodes look like the background ones (night calf,
                 foot, toes; some at rest); only their timing relative to the start shows it.
  None:          no planted cause; only background episodes (always >= 6 logged).

Everything is deterministic per (cause, seed): one random.Random seeded with a string derived from
both, no global state, pure standard library, no I/O.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

CAUSES = ("dehydration", "electrolyte_loss", "muscle_fatigue", "training_load_spike", "heat",
          "nutrient_deficiency", "sleep_debt", "medication")


@dataclass
class BlindJournal:
    cause: str | None
    objects: list[dict]      # journal entries as JSON objects (journal.md), incl. a profile
    start: datetime          # tz-aware, the journal's observed period
    stop: datetime


# ---------------------------------------------------------------------------------------------
# time zones (own DST rules so that nothing is read from disk)
# ---------------------------------------------------------------------------------------------

def _nth_sunday(year: int, month: int, n: int) -> date:
    if n > 0:
        d = date(year, month, 1)
        d += timedelta(days=(6 - d.weekday()) % 7)
        return d + timedelta(days=7 * (n - 1))
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    d = nxt - timedelta(days=1)
    return d - timedelta(days=(d.weekday() - 6) % 7)


class _Zone:
    def __init__(self, name: str, std_min: int, rule: str):
        self.name, self.std, self.rule = name, std_min, rule
        self._cache = {}

    def dst(self, dt: datetime) -> bool:
        y = dt.year
        if self.rule == "US":
            s = datetime.combine(_nth_sunday(y, 3, 2), time(2))
            e = datetime.combine(_nth_sunday(y, 11, 1), time(1))
            return s <= dt < e
        if self.rule == "EU":
            s = datetime.combine(_nth_sunday(y, 3, -1), time(2))
            e = datetime.combine(_nth_sunday(y, 10, -1), time(2))
            return s <= dt < e
        if self.rule == "AU":
            e = datetime.combine(_nth_sunday(y, 4, 1), time(2))
            s = datetime.combine(_nth_sunday(y, 10, 1), time(2))
            return dt < e or dt >= s
        return False

    def offset(self, dt: datetime) -> int:
        if self.rule == "NONE":
            return self.std
        key = dt.date()
        v = self._cache.get(key)
        if v is None:
            a = self.dst(datetime.combine(key, time(0)))
            b = self.dst(datetime.combine(key, time(23, 59)))
            v = self._cache[key] = (a if a == b else None)
        if v is None:
            v = self.dst(dt)
        return self.std + (60 if v else 0)


_ZONES = {   # name: (standard offset in minutes, DST rule); _Zone objects are made per journal
    "America/New_York": (-300, "US"),
    "America/Chicago": (-360, "US"),
    "America/Phoenix": (-420, "NONE"),
    "America/Los_Angeles": (-480, "US"),
    "Europe/London": (0, "EU"),
    "Europe/Madrid": (60, "EU"),
    "Europe/Berlin": (60, "EU"),
    "Australia/Adelaide": (570, "AU"),
    "Australia/Sydney": (600, "AU"),
}

# climate: mean daily max C, seasonal amplitude, day of year of the peak, mean RH %, diurnal range
_PLACES = {
    # label: (zone, climate, units)
    "Florida": ("America/New_York", (28.5, 5.0, 200, 72, 9), "us"),
    "Ohio": ("America/New_York", (17.0, 13.0, 200, 68, 10), "us"),
    "Texas": ("America/Chicago", (27.0, 8.5, 205, 68, 10), "us"),
    "Minnesota": ("America/Chicago", (13.0, 16.0, 200, 65, 10), "us"),
    "Arizona": ("America/Phoenix", (30.0, 11.0, 195, 28, 14), "us"),
    "California": ("America/Los_Angeles", (24.0, 10.0, 205, 50, 15), "us"),
    "England": ("Europe/London", (14.5, 7.0, 205, 76, 8), "uk"),
    "Scotland": ("Europe/London", (12.5, 6.0, 205, 80, 7), "uk"),
    "Spain": ("Europe/Madrid", (25.0, 10.0, 205, 48, 13), "metric"),
    "Germany": ("Europe/Berlin", (14.0, 10.5, 200, 70, 9), "metric"),
    "Adelaide": ("Australia/Adelaide", (22.5, 7.0, 20, 48, 11), "metric"),
    "Sydney": ("Australia/Sydney", (22.5, 4.5, 25, 65, 8), "metric"),
}
_HOMES = ["Florida", "Ohio", "Texas", "Minnesota", "Arizona", "California", "England",
          "Scotland", "Spain", "Germany", "Adelaide", "Sydney"]
_TRIPS = {
    "us": ["Florida", "Arizona", "California", "Ohio", "Scotland", "Texas"],
    "uk": ["Spain", "Florida", "Scotland", "England", "Germany"],
    "metric": ["Spain", "Germany", "England", "Sydney", "Adelaide", "Florida"],
}


def _iso(dt: datetime, off: int, seconds: bool = True) -> str:
    s = dt.strftime("%Y-%m-%dT%H:%M:%S" if seconds else "%Y-%m-%dT%H:%M")
    sign = "+" if off >= 0 else "-"
    a = abs(off)
    return f"{s}{sign}{a // 60:02d}:{a % 60:02d}"


def _iso_utc(dt: datetime, off: int, z: bool) -> str:
    u = dt - timedelta(minutes=off)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + ("Z" if z else "+00:00")


def _heat_index(t: float, rh: float) -> float:
    if t < 26.7:
        return t
    f = t * 9 / 5 + 32
    hi = (-42.379 + 2.04901523 * f + 10.14333127 * rh - 0.22475541 * f * rh
          - 0.00683783 * f * f - 0.05481717 * rh * rh + 0.00122874 * f * f * rh
          + 0.00085282 * f * rh * rh - 0.00000199 * f * f * rh * rh)
    return (hi - 32) * 5 / 9


def _shape(h: float) -> float:
    """Fraction of the diurnal range reached at hour h (min at 06:00, max at 15:00)."""
    if 6 <= h <= 15:
        return 0.5 - 0.5 * math.cos(math.pi * (h - 6) / 9)
    hh = h if h > 15 else h + 24
    return 0.5 + 0.5 * math.cos(math.pi * (hh - 15) / 15)


# ---------------------------------------------------------------------------------------------
# food (USDA SR28, per 100 g: name accepted by the product, Ca, Mg, K, Na, kcal)
# ---------------------------------------------------------------------------------------------

_FOOD = {
    "09040": ("banana", 5, 27, 358, 1, 89),
    "08121": ("oatmeal", 9, 27, 70, 4, 71),
    "18075": ("whole wheat bread", 161, 75, 254, 455, 252),
    "18069": ("white bread", 144, 23, 126, 490, 266),
    "01129": ("egg, hard-boiled", 50, 10, 126, 124, 155),
    "01132": ("scrambled egg", 66, 11, 132, 145, 149),
    "01079": ("milk, reduced fat, fluid, 2% milkfat, with added vitamin a & vitamin d", 120, 11, 140, 47, 50),
    "01082": ("milk, lowfat, fluid, 1% milkfat, with added vitamin a & vitamin d", 125, 11, 150, 44, 42),
    "09206": ("orange juice", 11, 11, 200, 1, 45),
    "09003": ("apple", 6, 5, 107, 1, 52),
    "01117": ("yogurt, plain, lowfat, 12 grams protein per 8 oz", 183, 17, 234, 70, 63),
    "01009": ("cheddar cheese", 710, 27, 76, 653, 404),
    "07029": ("ham, sliced, regular (approx 11% fat)", 24, 22, 287, 1143, 163),
    "05064": ("chicken, broilers or fryers, breast, meat only, cooked, roasted", 15, 29, 256, 74, 165),
    "15237": ("salmon, atlantic, farmed, cooked", 15, 30, 384, 61, 206),
    "11674": ("baked potato", 15, 28, 535, 10, 93),
    "11313": ("peas, green, frozen, cooked, boiled, drained, without salt", 24, 22, 110, 72, 78),
    "11125": ("carrots, cooked, boiled, drained, without salt", 30, 10, 235, 58, 35),
    "11091": ("broccoli, cooked", 40, 21, 293, 41, 35),
    "20045": ("rice, white, long-grain, regular, enriched, cooked", 10, 12, 35, 1, 130),
    "20121": ("pasta, cooked, enriched, without added salt", 7, 18, 44, 1, 158),
    "23568": ("beef, ground, 85% lean meat / 15% fat, patty, cooked, broiled", 18, 21, 318, 72, 250),
    "11458": ("spinach, cooked", 136, 87, 466, 70, 23),
    "12061": ("almonds", 269, 270, 733, 1, 579),
    "18228": ("crackers, saltines (including oyster, soda, soup)", 19, 23, 152, 941, 418),
    "19047": ("pretzels", 27, 29, 223, 1240, 384),
    "16098": ("peanut butter", 49, 168, 558, 426, 598),
    "19297": ("jams and preserves", 20, 4, 77, 32, 278),
    "01001": ("butter", 24, 2, 24, 643, 717),
    "06559": ("soup, tomato, canned, prepared with equal volume water, commercial", 8, 7, 275, 186, 32),
    "06419": ("soup, chicken noodle, canned, prepared with equal volume water", 5, 4, 24, 335, 24),
    "16005": ("beans, baked, home prepared", 61, 43, 358, 422, 155),
    "11529": ("tomato", 10, 11, 237, 5, 18),
    "11252": ("iceberg lettuce", 18, 7, 141, 10, 14),
    "19904": ("dark chocolate", 73, 228, 715, 20, 598),
    "09200": ("orange", 40, 10, 181, 0, 47),
    "09132": ("grapes", 10, 7, 191, 2, 69),
    "09316": ("strawberries", 16, 13, 153, 1, 32),
    "15121": ("fish, tuna, light, canned in water, drained solids", 17, 23, 179, 247, 86),
    "11657": ("potatoes, mashed, home-prepared, whole milk added", 24, 18, 296, 302, 83),
    "08020": ("cereals ready-to-eat, kellogg, kellogg's corn flakes", 5, 39, 168, 729, 357),
    "08013": ("cereals ready-to-eat, general mills, cheerios", 401, 114, 641, 497, 376),
    "16070": ("lentils, mature seeds, cooked, boiled, without salt", 19, 36, 369, 2, 116),
    "15088": ("sardines", 382, 39, 397, 307, 208),
    "09037": ("avocado", 12, 29, 485, 7, 160),
    "18173": ("cookies, graham crackers, plain or honey (includes cinnamon)", 77, 40, 170, 459, 430),
    "18155": ("cookies, butter, commercially prepared, enriched", 29, 12, 111, 282, 467),
    "01015": ("cottage cheese", 111, 9, 125, 308, 81),
    "15034": ("haddock, cooked", 14, 26, 351, 261, 90),
    "11053": ("beans, snap, green, cooked, boiled, drained, without salt", 44, 18, 146, 1, 35),
    "18264": ("english muffins, wheat", 178, 37, 186, 353, 223),
    "20037": ("rice, brown, long-grain, cooked", 3, 39, 86, 4, 123),
    "16390": ("peanuts, all types, dry-roasted, without salt", 58, 178, 634, 6, 587),
    "09401": ("applesauce, canned, unsweetened, with vitamin c", 4, 3, 74, 2, 42),
    "11099": ("brussels sprouts, cooked, boiled, drained, without salt", 36, 20, 317, 21, 36),
    "05168": ("turkey, whole, meat only, cooked, roasted", 13, 29, 239, 101, 159),
    "18347": ("rolls, dinner, wheat", 176, 36, 115, 524, 273),
    "06440": ("soup, minestrone, canned, prepared with equal volume water", 14, 3, 130, 254, 34),
    "18192": ("cookies, shortbread, commercially prepared, plain", 13, 14, 88, 353, 514),
    "19020": ("granola bars, soft, uncoated, plain", 105, 74, 325, 278, 443),
    "19095": ("vanilla ice cream", 128, 14, 199, 80, 207),
    "11937": ("dill pickle", 57, 7, 117, 809, 12),
    "09252": ("pear", 9, 7, 116, 1, 57),
    "09050": ("blueberries", 6, 6, 77, 1, 57),
    "09181": ("cantaloupe", 9, 12, 267, 16, 34),
    "09292": ("plums, dried (prunes), stewed, without added sugar", 19, 18, 321, 1, 107),
    "11168": ("corn, sweet, yellow, cooked, boiled, drained, without salt", 3, 26, 218, 1, 96),
    "18178": ("cookies, oatmeal, commercially prepared, regular", 37, 33, 142, 383, 450),
}

_BREAKFAST = [
    [("08121", 240), ("01079", 120), ("09040", 110)],
    [("08121", 220), ("09316", 80), ("01082", 100)],
    [("08013", 30), ("01082", 200), ("09316", 80)],
    [("08020", 30), ("01079", 150)],
    [("18075", 60), ("16098", 32), ("09040", 120)],
    [("18069", 50), ("01001", 10), ("19297", 20)],
    [("18069", 50), ("01001", 8), ("19297", 15), ("09206", 200)],
    [("01132", 110), ("18069", 30), ("01001", 5)],
    [("01117", 170), ("09050", 70), ("12061", 15)],
    [("18264", 60), ("01001", 8), ("19297", 20)],
    [("01129", 50), ("18075", 30), ("09206", 240)],
    [("08020", 25), ("01082", 120), ("09040", 100)],
    [("08121", 300), ("01079", 240), ("09040", 120), ("12061", 15)],
    [("08013", 40), ("01082", 240), ("09040", 120)],
    [("01117", 225), ("09316", 100), ("19020", 28)],
    [("18075", 70), ("16098", 32), ("09040", 120), ("01079", 240)],
    [("01132", 110), ("18075", 60), ("09206", 240), ("01079", 200)],
]
_LUNCH = [
    [("18069", 60), ("07029", 50), ("01001", 5), ("09003", 150)],
    [("06559", 400), ("18228", 20)],
    [("06419", 400), ("18228", 20)],
    [("18075", 60), ("15121", 80), ("11252", 20), ("11529", 60), ("09200", 140)],
    [("01009", 40), ("18075", 60), ("09003", 150)],
    [("11674", 250), ("16005", 130), ("01009", 30)],
    [("16070", 200), ("18347", 40)],
    [("15088", 90), ("18075", 60), ("11529", 80)],
    [("01015", 150), ("09181", 150), ("18173", 20)],
    [("06440", 400), ("18347", 40)],
    [("18069", 60), ("01129", 50), ("11252", 15), ("09252", 150)],
    [("09037", 70), ("18075", 60), ("11529", 60), ("09040", 110)],
    [("11674", 300), ("16005", 150), ("01009", 40)],
    [("15088", 100), ("18075", 70), ("11529", 100), ("09200", 140)],
    [("16070", 200), ("11458", 100), ("18347", 40), ("01117", 170)],
    [("01117", 225), ("09181", 150), ("12061", 25)],
    [("18075", 70), ("01009", 40), ("11529", 80), ("01079", 240)],
]
_DINNER = [
    [("05064", 110), ("11674", 200), ("11091", 90), ("11125", 70)],
    [("15237", 120), ("20037", 150), ("11458", 90)],
    [("23568", 110), ("11657", 200), ("11313", 80)],
    [("20121", 220), ("23568", 60), ("01009", 15), ("11053", 80)],
    [("15034", 140), ("11657", 200), ("11313", 80)],
    [("05168", 110), ("11657", 150), ("11099", 90), ("11125", 60)],
    [("20045", 180), ("05064", 90), ("11053", 80)],
    [("01132", 120), ("18069", 60), ("01001", 8)],
    [("06419", 400), ("18069", 40)],
    [("08020", 30), ("01079", 150)],
    [("15237", 110), ("11674", 220), ("11168", 80), ("11252", 30)],
    [("05064", 100), ("20037", 150), ("11091", 100), ("11529", 60)],
    [("15237", 150), ("11674", 250), ("11458", 100)],
    [("05064", 120), ("20037", 200), ("11091", 150), ("01079", 240)],
    [("15034", 150), ("11674", 250), ("11099", 100), ("11313", 80)],
    [("23568", 100), ("11674", 250), ("11053", 100), ("01009", 20)],
]
_SNACK = [
    [("09040", 120)], [("09003", 150)], [("12061", 25)], [("16390", 30)], [("01117", 170)],
    [("19095", 70)], [("18192", 25)], [("18155", 25)], [("18173", 20)], [("19020", 28)],
    [("18178", 25)], [("19904", 20)], [("09200", 140)], [("09132", 120)], [("09292", 100)],
    [("01009", 30), ("18228", 15)], [("09401", 120)],
    [("01079", 240)], [("01117", 225)], [("12061", 30)], [("01009", 40)], [("19904", 30)],
    [("09037", 100)], [("09040", 120), ("01079", 200)],
]
_GOLF_SNACK = [[("19047", 40)], [("19020", 28)], [("09040", 120)], [("16390", 30)],
               [("18228", 25)], [("19047", 30), ("09040", 100)]]


def _nutr(items):
    ca = mg = k = na = kc = 0.0
    for ndb, g in items:
        _, c, m, kk, n, e = _FOOD[ndb]
        f = g / 100.0
        ca += c * f
        mg += m * f
        k += kk * f
        na += n * f
        kc += e * f
    return ca, mg, k, na, kc


_POOL = [[(it, _nutr(it)) for it in pool] for pool in (_BREAKFAST, _LUNCH, _DINNER, _SNACK)]

_BACKGROUND_MEDS = [
    # name, notes, probability
    ("lisinopril", "10 mg once daily (blood pressure)", 0.35),
    ("metformin", "500 mg twice daily", 0.25),
    ("levothyroxine", "75 mcg before breakfast", 0.22),
    ("tamsulosin", "0.4 mg at night", 0.15),   # men only, checked below
    ("aspirin", "75 mg low dose", 0.3),
    ("omeprazole", "20 mg", 0.2),
    ("allopurinol", "100 mg", 0.1),
    ("losartan", "50 mg", 0.15),
    ("alendronate", "70 mg weekly, Sunday", 0.12),   # women mostly
    ("bisoprolol", "2.5 mg", 0.15),
    ("apixaban", "5 mg twice daily", 0.1),
    ("latanoprost", "eye drops, one drop at night", 0.12),
    ("sertraline", "50 mg", 0.08),
    ("finasteride", "5 mg", 0.08),             # men only
]
_CRAMPY_DRUGS = [
    ("hydrochlorothiazide", "12.5 mg in the morning, for blood pressure", "diuretic"),
    ("chlorthalidone", "12.5 mg, water tablet for blood pressure", "diuretic"),
    ("indapamide", "1.5 mg modified release", "diuretic"),
    ("spironolactone", "25 mg, heart clinic", "diuretic"),
    ("amiloride", "5 mg with the water tablet", "diuretic"),
    ("furosemide", "40 mg in the morning, ankles swelling", "diuretic"),
    ("salmeterol", "inhaler 2 puffs twice daily (COPD clinic)", "laba"),
    ("formoterol", "inhaler twice daily", "laba"),
    ("atorvastatin", "20 mg at night", "statin"),
    ("simvastatin", "40 mg at night", "statin"),
    ("rosuvastatin", "10 mg", "statin"),
    ("raloxifene", "60 mg (bones)", "raloxifene"),
    ("nifedipine", "30 mg modified release", "ccb"),
    ("naproxen", "250 mg twice daily for the knee", "nsaid"),
]
_SWITCH_TO = ["losartan", "ramipril", "candesartan", "doxazosin", "tiotropium", "ezetimibe",
              "paracetamol"]


def _pick(r: random.Random, seq, weights):
    x = r.random() * sum(weights)
    for s, w in zip(seq, weights):
        x -= w
        if x <= 0:
            return s
    return seq[-1]


def _pick_weighted_k(r: random.Random, units, k):
    """k distinct units, drawn one at a time with probability proportional to unit['score']."""
    pool = list(units)
    out = []
    while pool and len(out) < k:
        tot = sum(u["score"] for u in pool)
        x = r.random() * tot
        for j, u in enumerate(pool):
            x -= u["score"]
            if x <= 0:
                break
        out.append(pool.pop(j))
    return out


# ---------------------------------------------------------------------------------------------
# the world
# ---------------------------------------------------------------------------------------------

_BURN = 35
_UNIT_CAUSES = ("dehydration", "electrolyte_loss", "muscle_fatigue", "training_load_spike", "heat",
                "sleep_debt", "medication")


class _World:
    def __init__(self, r: random.Random, cause):
        self.r = r
        self.cause = cause
        self.ok = True
        self._persona()
        self._period()
        if not self._prescreen():
            self.ok = False
            return
        self._calendar()
        self._medicines()
        self._sessions()
        self._sleep()
        self._logging()
        if cause in _UNIT_CAUSES and len(self._exposed_units()) < 20:
            self.ok = False         # cheap early rejection: too few visible exposed units
            return
        self._diet()
        self._background()
        if not self._plant():
            self.ok = False
            return
        self._sleep_disruption()

    # ---- who ----------------------------------------------------------------------------
    def _persona(self):
        r, c = self.r, self.cause
        self.sex = r.choice(["female", "male"])
        self.age = r.randint(65, 82)
        self.height = round(r.gauss(175 if self.sex == "male" else 161, 6), 1)
        bmi = min(36, max(21, r.gauss(27, 3.2)))
        self.mass0 = round(bmi * (self.height / 100) ** 2, 1)
        self.home = r.choice(_HOMES)
        self.zone_name, self.climate, self.units = _PLACES[self.home]
        self._zones = {}
        self.zone = self.zobj(self.zone_name)
        # a long sweaty outing is needed to lose 2 % of body mass or grams of sodium: these are golfers
        self.golfer = c in ("dehydration", "electrolyte_loss") or r.random() < 0.78
        ng = r.choice([3, 3, 4]) if c in ("dehydration", "electrolyte_loss") else r.choice([1, 2, 2, 3, 3])
        self.golf_days = sorted(r.sample(range(7), ng)) if self.golfer else []
        self.walk_p = r.uniform(0.45, 0.85)
        self.classes = {}
        if r.random() < 0.35:
            self.classes[r.randrange(7)] = "aqua"
        if r.random() < 0.4:
            self.classes[r.randrange(7)] = "physio"
        if r.random() < 0.2:
            self.classes[r.randrange(7)] = "yoga"
        if r.random() < 0.2:
            self.classes[r.randrange(7)] = "bike"
        self.has_watch = r.random() < 0.62
        self.watch_brand = r.choice(["garmin", "fitbit", "apple", "samsung"])
        self.watch_golf = r.random() < 0.5
        self.watch_night = r.random() < 0.7
        self.watch_temp_bias = r.uniform(1.5, 3.5) if (self.has_watch and r.random() < 0.4) else 0.0
        self.watch_rpe = r.uniform(0.3, 0.8)
        self.smart_scale = r.random() < 0.6
        self.family = r.choice(["daughter", "son", "wife", "husband", "daughter", "granddaughter"])
        if self.family == "wife" and self.sex == "female":
            self.family = "daughter"
        if self.family == "husband" and self.sex == "male":
            self.family = "son"
        self.family_share = r.uniform(0.25, 0.6)
        # drinking and sweating
        self.drink_rate = r.uniform(0.03, 0.11) if c == "dehydration" else (
            r.uniform(0.30, 0.50) if c == "electrolyte_loss" else r.uniform(0.18, 0.40))
        self.forgot_p = 0.15 if c == "dehydration" else 0.06
        self.sweat_f = r.uniform(0.75, 1.25)
        self.sweat_na = r.uniform(1100, 1500) if c == "electrolyte_loss" else r.uniform(450, 1000)
        self.p_water = r.uniform(0.5, 0.72) if c == "electrolyte_loss" else r.uniform(0.4, 0.85)
        self.salty_note = r.random() < (0.5 if c == "electrolyte_loss" else 0.1)
        self.beta_blocker = False
        # logging habits (same distributions for every cause)
        self.p_weigh = r.uniform(0.55, 0.9)
        self.weigh_from = r.randint(0, 25)
        self.p_log_session = r.uniform(0.82, 0.95)
        self.p_log_sleep = r.uniform(0.4, 0.8)
        self.p_diary = r.uniform(0.32, 0.6)
        self.p_fluid_day = r.uniform(0.15, 0.45)
        self.p_fluid_sess = r.uniform(0.72, 0.95)
        self.p_temp = r.uniform(0.55, 0.9)
        self.p_rpe = r.uniform(0.6, 0.95)
        self.p_hum = r.uniform(0.2, 0.7)
        self.p_dup = r.uniform(0.0, 0.03)
        self.p_morning_weigh = r.uniform(0.35, 0.8) if self.smart_scale else r.uniform(0.08, 0.2)
        # sleep
        self.usual_sleep = r.uniform(6.4, 7.6)
        self.bed_h = r.uniform(21.75, 23.4)
        self.p_short = r.uniform(0.15, 0.2) if c == "sleep_debt" else r.uniform(0.04, 0.08)
        # background episode rates (logged)
        self.lam_night = r.uniform(0.04, 0.10)
        self.lam_twitch = r.uniform(0.008, 0.03)
        self.lam_rest = r.uniform(0.006, 0.02)
        self.p_sess_cramp = r.uniform(0.01, 0.03)
        self.calf_side_bias = r.choice(["left", "right", None])

    # ---- when ---------------------------------------------------------------------------
    def _period(self):
        r = self.r
        self.ndays = r.randint(110, 365)
        lo = date(2023, 1, 10)
        hi = date(2025, 11, 25) - timedelta(days=self.ndays)
        self.d0 = lo + timedelta(days=r.randint(0, (hi - lo).days))

    def zobj(self, name) -> _Zone:
        z = self._zones.get(name)
        if z is None:
            z = self._zones[name] = _Zone(name, *_ZONES[name])
        return z

    def _prescreen(self) -> bool:
        """Reject cheaply a place/period whose climate cannot produce the planted exposure."""
        need = {"heat": (29.0, 90), "dehydration": (27.0, 110), "electrolyte_loss": (23.0, 60)}.get(self.cause)
        if need is None:
            return True
        tm, amp, peak, _rh, _rg = self.climate
        warm = 0
        for i in range(self.ndays):
            doy = self.day_date(i).timetuple().tm_yday
            if tm + amp * math.cos(2 * math.pi * (doy - peak) / 365.25) >= need[0]:
                warm += 1
        return warm >= need[1]

    def day_date(self, i):
        return self.d0 + timedelta(days=i)

    def idx(self, dt: datetime) -> int:
        return (dt.date() - self.d0).days

    def zone_at(self, dt: datetime) -> _Zone:
        """Zone of the place the person was at local time dt (travel happens around midday)."""
        i = self.idx(dt)
        if -_BURN <= i < self.ndays:
            z = self.days[i + _BURN]["zone"]
            if dt.hour < 12 and i - 1 >= -_BURN:
                z0 = self.days[i - 1 + _BURN]["zone"]
                if z0 is not z:
                    return z0
            return z
        return self.zone

    def day(self, i):
        return self.days[i + _BURN]

    # ---- calendar: trips, illness, lay-offs, gaps, weather -------------------------------
    def _calendar(self):
        r, n = self.r, self.ndays
        self.days = []
        for i in range(-_BURN, n):
            self.days.append({"i": i, "date": self.day_date(i), "zone": self.zone,
                              "place": self.home, "trip": None, "ill": False, "layoff": None,
                              "gap": False, "challenge": False, "ret": 0, "sessions": []})
        busy = [False] * (n + _BURN)

        def free(a, b):
            return all(0 <= j + _BURN < len(busy) and not busy[j + _BURN] for j in range(a, b))

        def mark(a, b):
            for j in range(a, b):
                if -_BURN <= j < n:
                    busy[j + _BURN] = True

        # planted lay-offs (training load spike)
        self.planted_layoffs = []
        if self.cause == "training_load_spike":
            want = max(2, min(5, n // 70 + 1))
            tries = 0
            while len(self.planted_layoffs) < want and tries < 200:
                tries += 1
                ln = r.randint(14, 24)
                a = r.randint(6, max(7, n - ln - 16))
                if not free(a - 20, a + ln + 20):
                    continue
                kind = r.choice(["knee", "cataract", "carer", "shoulder", "challenge", "knee"])
                if kind == "challenge":
                    ln2 = r.randint(14, 21)
                    for j in range(a, a + ln2):
                        self.day(j)["challenge"] = True
                    mark(a - 20, a + ln2 + 20)
                    self.planted_layoffs.append((a, ln2, kind))
                    continue
                for j in range(a, a + ln):
                    self.day(j)["layoff"] = kind
                for j in range(a + ln, min(n, a + ln + 14)):
                    self.day(j)["ret"] = 2          # abrupt (and keen) return
                if a + ln < n:
                    self.day(a + ln)["back"] = {"knee": "knee flare-up", "cataract": "cataract op",
                                                "carer": "looking after my wife" if self.sex == "male" else "looking after my husband",
                                                "shoulder": "shoulder injection"}[kind]
                mark(a - 20, a + ln + 20)
                self.planted_layoffs.append((a, ln, kind))

        # natural illness
        for _ in range(max(0, int(r.gauss(n / 150, 0.6) + 0.5))):
            for _t in range(40):
                ln = r.randint(4, 12)
                a = r.randint(-_BURN + 5, n - ln - 2)
                if free(a - 3, a + ln + 3):
                    kind = r.choice(["bad cold", "chest infection", "stomach bug", "back flare-up",
                                     "flu", "covid"])
                    for j in range(a, a + ln):
                        self.day(j)["ill"] = kind
                    gradual = r.random() < 0.6
                    for j in range(a + ln, min(n, a + ln + 8)):
                        self.day(j)["ret"] = 1 if gradual else 0
                    if a + ln < n:
                        self.day(a + ln)["back"] = kind
                    mark(a - 3, a + ln + 3)
                    break

        # trips
        self.trips = []
        for _ in range(r.choice([0, 0, 1, 1, 1, 2])):
            for _t in range(40):
                ln = r.randint(6, 14)
                a = r.randint(0, n - ln - 1)
                if free(a - 2, a + ln + 2):
                    place = r.choice(_TRIPS[self.units])
                    kind = "golf" if (self.golfer and r.random() < 0.45) else "family"
                    if place == self.home:
                        kind = "family"
                    for j in range(a, a + ln):
                        d = self.day(j)
                        d["trip"] = kind
                        d["place"] = place
                        d["zone"] = self.zobj(_PLACES[place][0])
                    mark(a - 2, a + ln + 2)
                    self.trips.append((a, ln, place, kind))
                    break

        # logging gaps (nothing at all is logged)
        self.gaps = []
        for _ in range(max(0, int(r.gauss(n / 120, 0.7) + 0.5))):
            for _t in range(40):
                ln = r.randint(3, 12)
                a = r.randint(3, n - ln - 1)
                if all(not self.day(j)["gap"] for j in range(a - 5, a + ln + 5) if -_BURN <= j < n):
                    for j in range(a, a + ln):
                        self.day(j)["gap"] = True
                    self.gaps.append((a, ln))
                    break

        # weather
        anom = 0.0
        for d in self.days:
            tm, amp, peak, rh, rng_ = _PLACES[d["place"]][1]
            doy = d["date"].timetuple().tm_yday
            anom = 0.7 * anom + r.gauss(0, 2.3)
            tmax = tm + amp * math.cos(2 * math.pi * (doy - peak) / 365.25) + anom
            d["tmax"] = tmax
            d["tmin"] = tmax - max(4.0, r.gauss(rng_, 2))
            d["rh"] = max(12, min(96, rh + r.gauss(0, 9) - 0.8 * anom))
            d["rain"] = r.random() < (0.12 if rh < 50 else 0.2)

    def temp_at(self, d, hour):
        f = _shape(hour % 24)
        t = d["tmin"] + (d["tmax"] - d["tmin"]) * f
        rh = max(8, min(100, d["rh"] + 18 * (0.5 - f)))
        return t, rh

    # ---- medicines --------------------------------------------------------------------
    def _medicines(self):
        r, n = self.r, self.ndays
        self.meds = []      # dicts: name, start(date), end(date|None), notes, crampy
        for name, notes, p in _BACKGROUND_MEDS:
            if name in ("tamsulosin", "finasteride") and self.sex != "male":
                continue
            if name == "alendronate" and self.sex == "male":
                p *= 0.3
            if r.random() < p:
                st = self.d0 - timedelta(days=r.randint(200, 4000))
                self.meds.append({"name": name, "start": st, "end": None, "notes": notes,
                                  "crampy": False})
                if name == "bisoprolol":
                    self.beta_blocker = True
        if len(self.meds) < 2:
            for name, notes in (("aspirin", "75 mg"), ("lisinopril", "5 mg once daily")):
                if all(m["name"] != name for m in self.meds):
                    self.meds.append({"name": name, "start": self.d0 - timedelta(days=r.randint(300, 3000)),
                                      "end": None, "notes": notes, "crampy": False})
        planted_class = None
        self.med_start = None
        if self.cause == "medication":
            opts = [x for x in _CRAMPY_DRUGS if not (x[2] == "raloxifene" and self.sex == "male")]
            name, notes, cls = _pick(r, opts, [3 if o[2] in ("diuretic", "laba") else 2 if o[2] == "statin" else 1
                                               for o in opts])
            planted_class = cls
            s = r.randint(int(n * 0.3), int(n * 0.6))
            self.med_start = s
            self.med_latency = r.randint(3, 21)
            end = None
            if r.random() < 0.35 and n - s > 75:
                end = s + r.randint(45, min(100, n - s - 20))
            self.med_end = end
            self.meds.append({"name": name, "start": self.day_date(s),
                              "end": self.day_date(end) if end is not None else None,
                              "notes": notes, "crampy": True, "planted": True})
            if end is not None:
                sw = r.choice(_SWITCH_TO)
                self.meds.append({"name": sw, "start": self.day_date(end + r.randint(0, 2)), "end": None,
                                  "notes": f"instead of {name}", "crampy": False})
        # long-term cramp-linked medicines (years before the journal), same odds for everyone
        if planted_class != "statin" and r.random() < 0.35:
            nm = r.choice(["atorvastatin", "simvastatin", "rosuvastatin", "pravastatin"])
            self.meds.append({"name": nm, "start": self.d0 - timedelta(days=r.randint(400, 5000)),
                              "end": None, "notes": "for cholesterol", "crampy": True})
        if r.random() < 0.18:
            self.meds.append({"name": "amlodipine", "start": self.d0 - timedelta(days=r.randint(300, 3000)),
                              "end": None, "notes": "5 mg", "crampy": True})
        # negative control: cramp-linked drug started mid-journal without any effect
        if self.cause != "medication" and r.random() < 0.2:
            on_statin = any(m["name"].endswith("statin") for m in self.meds)
            opts = [x for x in _CRAMPY_DRUGS if x[2] in ("diuretic", "laba", "statin")
                    and not (on_statin and x[2] == "statin")]
            name, notes, _cls = r.choice(opts)
            s = r.randint(int(n * 0.3), int(n * 0.7))
            self.meds.append({"name": name, "start": self.day_date(s), "end": None, "notes": notes,
                              "crampy": True})
        # changes during the journal: dose change, stop, short antibiotic course
        bg = [m for m in self.meds if not m["crampy"] and m["start"] < self.d0]
        if bg and r.random() < 0.6:
            m = r.choice(bg)
            s = r.randint(10, n - 10)
            m["end"] = self.day_date(s)
            if r.random() < 0.6:
                self.meds.append({"name": m["name"], "start": self.day_date(s), "end": None,
                                  "notes": "dose changed by GP", "crampy": False})
        for j in range(len(self.days)):
            d = self.days[j]
            if d["ill"] in ("chest infection",) and d["i"] >= 0 and (j == 0 or self.days[j - 1]["ill"] != d["ill"]):
                self.meds.append({"name": r.choice(["amoxicillin", "doxycycline", "clarithromycin"]),
                                  "start": d["date"] + timedelta(days=1), "end": d["date"] + timedelta(days=8),
                                  "notes": "7 day course", "crampy": False})
        if r.random() < 0.3:
            s = r.randint(5, n - 5)
            self.meds.append({"name": r.choice(["metformin", "vitamin b12", "ramipril", "mirtazapine",
                                                "colecalciferol"]),
                              "start": self.day_date(s), "end": None, "notes": "new", "crampy": False})

    # ---- diet -------------------------------------------------------------------------
    def _diet(self):
        r, n = self.r, self.ndays
        male = self.sex == "male"
        self.ref = (1200.0 if (not male or self.age >= 71) else 1000.0,
                    420.0 if male else 320.0,
                    3400.0 if male else 2600.0)   # Ca, Mg, K
        self.size = (1.1 if male else 0.95) * r.uniform(0.93, 1.07)
        base = [r.uniform(0.88, 1.12) for _ in range(3)]
        self.def_stretches = []
        if self.cause == "nutrient_deficiency":
            low = r.uniform(0.55, 0.70)
            base = [r.uniform(0.65, 1.0), low * r.uniform(0.95, 1.05), low * r.uniform(0.95, 1.05)]
            for _ in range(r.choice([1, 2, 2, 3])):
                for _t in range(50):
                    ln = r.randint(14, 35)
                    a = r.randint(-5, n - ln)
                    if all(not (a - 20 < s + l and s - 20 < a + ln) for s, l, _ in self.def_stretches):
                        self.def_stretches.append((a, ln, r.uniform(0.35, 0.48)))
                        break
        self.diet_base = base
        self.diary = {}
        for d in self.days:
            i = d["i"]
            if i < 0 or d["gap"]:
                continue
            if r.random() < self.p_diary * (0.7 + 0.3 * self.fade(i)):
                self.diary[i] = "family" if r.random() < self.family_share else "self"
        full = self.cause == "nutrient_deficiency"
        for d in self.days:
            i = d["i"]
            if not full and i not in self.diary:
                d["menu"], d["intake"] = None, None
                continue
            tgt = list(base)
            for s, ln, lvl in self.def_stretches:
                if s <= i < s + ln:
                    tgt[1] = lvl * r.uniform(0.9, 1.1)
                    tgt[2] = lvl * r.uniform(0.9, 1.1)
            if d["ill"]:
                tgt = [t * 0.85 for t in tgt]
            noise = r.gauss(1.0, 0.13)
            tgt = [max(0.2, t * noise * r.gauss(1.0, 0.06)) for t in tgt]
            d["menu"], d["intake"] = self._menu(tgt, d)

    def _menu(self, tgt, d):
        r = self.r
        best = None
        app = self.size * r.gauss(1.0, 0.07)
        rnd = r.random
        p0, p1, p2, p3 = _POOL
        t0, t1, t2 = tgt[0] * self.ref[0] / app, tgt[1] * self.ref[1] / app, tgt[2] * self.ref[2] / app
        for _ in range(24):
            meals = [p0[int(rnd() * len(p0))], p1[int(rnd() * len(p1))], p2[int(rnd() * len(p2))]]
            x = rnd()
            ns = 0 if x < 0.15 else 1 if x < 0.5 else 2 if x < 0.85 else 3
            snacks = [p3[int(rnd() * len(p3))] for _ in range(ns)]
            ca = mg = k = 0.0
            for m in meals:
                ca += m[1][0]
                mg += m[1][1]
                k += m[1][2]
            for m in snacks:
                ca += m[1][0]
                mg += m[1][1]
                k += m[1][2]
            err = (1.3 * ((ca - t0) / t0) ** 2 + 1.5 * ((mg - t1) / t1) ** 2 + 1.5 * ((k - t2) / t2) ** 2)
            if best is None or err < best[0]:
                best = (err, meals, snacks, (ca * app, mg * app, k * app))
        _, meals, snacks, (ca, mg, k) = best
        # portions: a bigger or smaller plate, towards the day's target
        want = (tgt[0] * self.ref[0] / ca + tgt[1] * self.ref[1] / mg + tgt[2] * self.ref[2] / k) / 3
        sc = max(0.85, min(1.2, want))
        app *= sc
        ca, mg, k = ca * sc, mg * sc, k * sc
        menu = []
        for slot, m in zip(("breakfast", "lunch", "dinner"), meals):
            menu.append((slot, [(ndb, g * app) for ndb, g in m[0]]))
        for m in snacks:
            menu.append(("snack", [(ndb, g * app) for ndb, g in m[0]]))
        frac = (ca / self.ref[0], mg / self.ref[1], k / self.ref[2])
        return menu, frac

    # ---- sessions ---------------------------------------------------------------------
    def _sessions(self):
        r = self.r
        self.sessions = []
        lam_event = 0.6 if self.cause == "muscle_fatigue" else 0.08
        event_days = set()
        for d in self.days:
            i = d["i"]
            if d["ill"] or d["layoff"]:
                if d["ill"] and r.random() < 0.12:
                    self._add_session(d, "walk", short=True)
                if d["layoff"] == "carer" and r.random() < 0.15:
                    self._add_session(d, "walk", short=True)
                continue
            warm = d["tmax"] >= 12
            cold = d["tmax"] < 4
            wd = d["date"].weekday()
            ses = []
            if d["trip"] == "golf":
                if r.random() < 0.85:
                    ses.append("golf18")
            elif d["trip"] == "family":
                if r.random() < 0.5:
                    ses.append("sightsee")
                elif r.random() < 0.5:
                    ses.append("walk")
            else:
                if wd in self.golf_days and not d["rain"] and (warm or r.random() < 0.25):
                    ses.append("golf9" if r.random() < 0.18 else "golf18")
                elif r.random() < self.walk_p * (0.7 if d["rain"] else 1.0):
                    ses.append("walk")
                if wd in self.classes and r.random() < 0.82:
                    ses.append(self.classes[wd])
                if d["challenge"]:
                    ses.append("walk")
                    if "walk" not in ses[:-1]:
                        ses.append("walk")
                if d["ret"] == 2 and r.random() < 0.5 and "walk" not in ses:
                    ses.append("walk")
                if (warm and not d["rain"] and r.random() < lam_event / 7 and i > -_BURN + 7
                        and all(abs(i - e) > 6 for e in event_days)):
                    kind = r.choice(["golf36", "charity", "hike", "hillygolf"] if self.golfer
                                    else ["charity", "hike", "hike"])
                    ses = [kind]
                    event_days.add(i)
            if cold and "walk" in ses and r.random() < 0.5:
                ses[ses.index("walk")] = "mall"
            for kind in ses:
                self._add_session(d, kind, gradual=(d["ret"] == 1))
        if self.cause == "muscle_fatigue":
            # keep the days around big events light so that the weekly ratio does not spike
            keep = []
            for s in self.sessions:
                near = [e for e in event_days if 0 < abs(s["i"] - e) <= 3]
                if near and s["kind"] not in ("golf36", "charity", "hike", "hillygolf"):
                    if s["kind"] in ("walk", "mall") and r.random() < 0.35:
                        s["dur"] = max(20, s["dur"] * 0.6)
                        s["rpe"] = max(1, s["rpe"] - 1)
                        keep.append(s)
                    continue
                keep.append(s)
            self.sessions = keep
        for d in self.days:
            d["sessions"] = []
        for s in self.sessions:
            self.day(s["i"])["sessions"].append(s)
        self._session_physiology()
        self._loads()

    def _add_session(self, d, kind, short=False, gradual=False):
        r = self.r
        hot = d["tmax"] >= 31
        date_ = d["date"]
        outdoor = True
        if kind in ("golf18", "golf9", "golf36", "hillygolf"):
            act = "other"
            if kind == "golf18":
                dur = r.gauss(255, 20)
                rpe = r.choice([3, 3, 4, 4, 5]) if r.random() < 0.9 else 2
            elif kind == "golf9":
                dur = r.gauss(125, 12)
                rpe = r.choice([2, 3, 3])
            elif kind == "golf36":
                dur = r.gauss(520, 30)
                rpe = r.choice([5, 6, 6, 7])
            else:
                dur = r.gauss(285, 20)
                rpe = r.choice([6, 6, 7])
            tee = r.uniform(6.6, 8.4) if (hot and r.random() < 0.7) else r.uniform(7.5, 13.0)
            if kind == "golf36":
                tee = r.uniform(7.0, 8.0)
            muscles = ["calf", "glute", "lower_back", "shoulder", "forearm"]
        elif kind in ("walk", "mall", "sightsee", "charity"):
            act = "walking"
            if kind == "walk":
                dur = max(15, r.gauss(48, 14)) if r.random() > 0.1 else r.uniform(80, 110)
                rpe = r.choice([2, 3, 3, 3, 4])
            elif kind == "mall":
                dur = max(20, r.gauss(40, 8))
                rpe = r.choice([2, 2, 3])
                outdoor = False
            elif kind == "sightsee":
                dur = r.uniform(120, 300)
                rpe = r.choice([3, 3, 4])
            else:
                dur = r.uniform(240, 330)
                rpe = r.choice([5, 6, 6, 7])
            tee = (r.uniform(6.3, 8.0) if hot else r.uniform(8.0, 11.0)) if r.random() < 0.7 else r.uniform(15.5, 18.5)
            if kind in ("sightsee", "charity"):
                tee = r.uniform(9.0, 10.5)
            if kind == "mall":
                tee = r.uniform(9.0, 11.0)
            muscles = ["calf", "hamstring", "quadriceps"]
        elif kind == "hike":
            act = "hiking"
            dur = r.uniform(240, 330)
            rpe = r.choice([6, 6, 7, 7])
            tee = r.uniform(8.5, 10.0)
            muscles = ["calf", "quadriceps", "hamstring", "glute"]
        elif kind == "aqua":
            act = "swimming"
            dur = r.choice([45, 45, 50, 60])
            rpe = r.choice([3, 3, 4])
            tee = r.uniform(9.5, 10.5)
            outdoor = False
            muscles = ["shoulder", "quadriceps", "calf"]
        elif kind == "physio":
            act = "strength"
            dur = r.choice([20, 25, 30, 30, 40])
            rpe = r.choice([3, 4, 4, 5])
            tee = r.uniform(10, 16)
            outdoor = False
            muscles = ["quadriceps", "glute", "hip_flexor"]
        elif kind == "yoga":
            act = "yoga"
            dur = r.choice([45, 60, 60])
            rpe = r.choice([2, 2, 3])
            tee = r.uniform(9.0, 10.5)
            outdoor = False
            muscles = ["hamstring", "lower_back", "hip_flexor"]
        else:  # bike
            act = "cycling"
            dur = r.choice([20, 25, 30, 30, 40])
            rpe = r.choice([3, 4, 4, 5])
            tee = r.uniform(9, 18)
            outdoor = False
            muscles = ["quadriceps", "calf"]
        if short:
            dur = r.uniform(12, 25)
            rpe = 2
        if gradual and kind not in ("aqua", "physio", "yoga", "bike"):
            dur *= r.uniform(0.5, 0.75)
            rpe = max(1, rpe - 1)
        dur = max(10.0, dur)
        start = datetime.combine(date_, time(0)) + timedelta(minutes=int(tee * 60 + r.uniform(-10, 10)))
        s = {"i": d["i"], "kind": kind, "act": act, "dur": dur, "rpe": rpe, "start": start,
             "outdoor": outdoor, "muscles": muscles, "trip": d["trip"], "place": d["place"],
             "back": d.get("back")}
        d["back"] = None
        self.sessions.append(s)
        return s

    def _session_physiology(self):
        r = self.r
        for s in self.sessions:
            d = self.day(s["i"])
            h0 = s["start"].hour + s["start"].minute / 60
            if s["outdoor"]:
                ts = [self.temp_at(d, h0 + f * s["dur"] / 60) for f in (0.1, 0.5, 0.9)]
                t = sum(x[0] for x in ts) / 3
                rh = sum(x[1] for x in ts) / 3
            else:
                t, rh = (29.0 if s["kind"] == "aqua" else r.uniform(19.5, 22.5)), r.uniform(35, 55)
            s["T"], s["RH"] = t, rh
            # perceived effort goes up in the heat and on long outings (natural correlation)
            if s["outdoor"] and t >= 29 and r.random() < 0.5:
                s["rpe"] = min(10, s["rpe"] + 1)
            if s["kind"] == "walk" and s["dur"] >= 80 and r.random() < 0.5:
                s["rpe"] = min(10, s["rpe"] + 1)
            s["HI"] = max(t, _heat_index(t, rh)) if s["outdoor"] else 0.0
            hrs = s["dur"] / 60
            teff = t + (0.1 * (rh - 50) if t > 20 else 0)
            ifac = 0.6 + 0.15 * s["rpe"]
            if s["act"] == "other":
                ifac *= 0.85
            if s["kind"] == "aqua":
                rate = 0.12
            else:
                rate = (0.15 + 0.03 * max(0.0, teff - 15)) * ifac * (self.mass0 / 75) ** 0.6 * self.sweat_f
            rate = min(1.25, rate * r.lognormvariate(0, 0.12))
            s["sweat"] = rate * hrs
            # drinking
            long_ = s["dur"] >= 50 and s["kind"] not in ("aqua", "physio", "yoga", "bike", "mall")
            drinks = []
            if long_ or r.random() < 0.25:
                dr = self.drink_rate * (1 + 0.03 * max(0.0, t - 20)) * r.lognormvariate(0, 0.35)
                if r.random() < self.forgot_p:
                    dr *= 0.15
                vol = dr * hrs * 1000
                x = r.random()
                if x < self.p_water:
                    typ = "water"
                else:
                    typ = _pick(r, ["sports_drink", "electrolyte_drink", "ors", "coconut_water", "soft_drink"],
                                [4, 3, 1, 0.5, 1])
                npart = 1 if s["dur"] < 100 else r.choice([1, 2, 2, 3])
                npart = max(npart, int(math.ceil(vol / 900.0)))
                for j in range(npart):
                    if vol / npart < 40:
                        continue
                    off = s["dur"] * (j + 0.5 + r.uniform(-0.3, 0.3)) / npart
                    drinks.append([off, vol / npart, typ, None])
            if s["act"] == "other" and r.random() < 0.55:
                typ = _pick(r, ["beer", "water", "soft_drink", "coffee", "tea"], [3, 2, 1, 1, 1])
                drinks.append([s["dur"] + r.uniform(10, 35), r.choice([330, 355, 400, 473, 500]), typ, None])
            for dk in drinks:
                if dk[2] == "electrolyte_drink" and r.random() < 0.4:
                    dk[3] = round(dk[1] / 500 * r.choice([300, 400, 500]))
            s["drinks"] = drinks
            na = 0.0
            for off, ml, typ, nam in drinks:
                na += nam if nam is not None else ml / 1000 * _DRINK_NA[typ]
            snack = []
            if s["act"] == "other" and s["dur"] > 100 and r.random() < 0.5:
                snack = list(r.choice(_GOLF_SNACK))
            s["snack"] = snack
            s["snack_off"] = s["dur"] * r.uniform(0.4, 0.6)
            sn = _nutr(snack) if snack else (0, 0, 0, 0, 0)
            na += sn[3]
            s["na_deficit"] = s["sweat"] * self.sweat_na - na
            intake = sum(dk[1] for dk in drinks) / 1000
            urine = r.uniform(0.0, 0.35) if s["dur"] > 150 else 0.0
            resp = 0.04 * hrs
            morning = self.mass_on(s["i"])
            pre = morning + r.uniform(0.3, 0.9)
            food = sum(g for _, g in snack) / 1000
            post = pre - s["sweat"] - resp + intake + food - urine
            s["pre"], s["post"] = pre, post
            s["loss_pct"] = (pre - post) / pre * 100

    def mass_on(self, i):
        if not hasattr(self, "_mass"):
            r = self.r
            self._mass = []
            drift = 0.0
            for _ in self.days:
                drift = 0.985 * drift + r.gauss(0, 0.12)
                self._mass.append(self.mass0 + drift)
        return self._mass[i + _BURN]

    def _loads(self):
        n = len(self.days)
        load = [0.0] * n
        for s in self.sessions:
            load[s["i"] + _BURN] += s["dur"] * s["rpe"]
        self.daily_load = load
        self.acwr = [None] * n
        for j in range(28, n):
            ac = sum(load[j - 6:j + 1])
            ch = sum(load[j - 27:j + 1]) / 4
            self.acwr[j] = ac / ch if ch > 0 else None
        # strain statistics for fatigue
        strains = sorted(s["dur"] * s["rpe"] for s in self.sessions) or [1.0]
        self.p75 = strains[int(0.75 * (len(strains) - 1))]
        by = {}
        for s in self.sessions:
            by.setdefault(_fam(s), []).append(s["dur"] * s["rpe"])
        self.med_strain = {k: sorted(v)[len(v) // 2] for k, v in by.items()}
        byd = {}
        for s in self.sessions:
            byd.setdefault(_fam(s), []).append(s["dur"])
        self.med_dur = {k: sorted(v)[len(v) // 2] for k, v in byd.items()}

    # ---- sleep ------------------------------------------------------------------------
    def _sleep(self):
        r = self.r
        self.nights = {}
        caring = []
        if self.cause == "sleep_debt":
            for _ in range(r.choice([1, 2, 3])):
                a = r.randint(0, self.ndays - 10)
                caring.append((a, r.randint(7, 25)))
        for d in self.days:
            i = d["i"]
            if i < -1 or i >= self.ndays - 1:
                continue
            bed = self.bed_h + r.gauss(0, 0.45)
            dur = self.usual_sleep + r.gauss(0, 0.45)
            reason = None
            nxt = self.day(i + 1)["sessions"] if i + 1 < self.ndays else []
            early = [s for s in nxt if s["act"] == "other" and s["start"].hour < 8]
            p_s = self.p_short * (2.0 if any(a <= i < a + ln for a, ln in caring) else 1.0)
            if d["trip"] and i - 1 >= -_BURN and self.day(i - 1)["trip"] is None:
                p_s += 0.4
                reason = "travel"
            if r.random() < p_s:
                cut = r.uniform(1.7, 3.4)
                dur -= cut
                reason = reason or r.choice(["worry", "woke at 4 and couldn't get back", "late night",
                                             "up with spouse", "grandchildren staying", "noisy neighbours"])
            wake = bed + dur + r.uniform(0.2, 0.6)
            if early:
                wake = min(wake, early[0]["start"].hour + early[0]["start"].minute / 60 + 24 - 1.2)
                reason = reason or "early tee time"
            bed_dt = datetime.combine(d["date"], time(0)) + timedelta(hours=bed)
            wake_dt = datetime.combine(d["date"], time(0)) + timedelta(hours=wake)
            hours = (wake_dt - bed_dt).total_seconds() / 3600 - r.uniform(0.2, 0.6)
            q = 4 if hours > self.usual_sleep - 0.3 else 3 if hours > self.usual_sleep - 1.2 else 2
            q = max(1, min(5, q + r.choice([-1, 0, 0, 0, 1])))
            self.nights[i] = {"i": i, "bed": bed_dt, "wake": wake_dt, "hours": hours, "q": q,
                              "reason": reason}

    # ---- what gets logged -------------------------------------------------------------
    def _logging(self):
        r = self.r
        n = self.ndays
        self.watch_from = (0 if r.random() < 0.6 else r.randint(15, max(16, n // 2))) if self.has_watch else 10 ** 6
        for s in self.sessions:
            i = s["i"]
            d = self.day(i)
            s["logged"] = i >= 0 and not d["gap"] and r.random() < self.p_log_session
            wears = i >= self.watch_from and (s["act"] != "other" or self.watch_golf) and s["kind"] != "aqua"
            s["logger"] = "watch" if (wears and r.random() < 0.92) else (
                "family" if r.random() < self.family_share + (0.25 if s["act"] == "other" else 0) else "self")
            s["weighed"] = (s["logged"] and s["dur"] >= 60 and i >= self.weigh_from and not s["trip"]
                            and r.random() < self.p_weigh)
            s["fluid_logged"] = s["logged"] and bool(s["drinks"]) and r.random() < self.p_fluid_sess
            if s["logger"] == "watch":
                s["temp_logged"] = s["outdoor"] and (self.watch_temp_bias > 0 or r.random() < self.p_temp * 0.6)
                s["rpe_logged"] = r.random() < self.watch_rpe
            else:
                s["temp_logged"] = s["outdoor"] and r.random() < self.p_temp
                s["rpe_logged"] = r.random() < self.p_rpe
            s["T_obs"] = s["T"] + (self.watch_temp_bias if s["logger"] == "watch" and self.watch_temp_bias else 0) + r.gauss(0, 0.8)
        for i, nt in self.nights.items():
            d = self.day(i)
            dn = self.day(i + 1) if i + 1 < n else d
            ok = i >= 0 and not d["gap"] and not dn["gap"] and nt["wake"] < datetime.combine(self.day_date(n - 1), time(23, 59))
            w = ok and i >= self.watch_from and self.watch_night and r.random() < 0.88
            h = ok and not w and r.random() < self.p_log_sleep * self.fade(i)
            nt["logged"] = w or h
            nt["logger"] = "watch" if w else "self"
        # logged duration-based ACWR (as an analyst would compute it)
        m = len(self.days)
        ll = [0.0] * m
        for s in self.sessions:
            if s["logged"]:
                ll[s["i"] + _BURN] += s["dur"]
        self.acwr_logged = [None] * m
        for j in range(_BURN + 28, m):
            ac = sum(ll[j - 6:j + 1])
            ch = sum(ll[j - 27:j + 1]) / 4
            self.acwr_logged[j] = ac / ch if ch > 0 else None

    def fade(self, i):
        return 0.55 + 0.45 * math.exp(-max(0, i) / 110)

    # ---- background episodes -------------------------------------------------------------
    def _background(self):
        r = self.r
        self.episodes = []
        mult = 1.0
        lm = 0.0
        for i in range(0, self.ndays):
            if i % 7 == 0:
                lm = 0.8 * lm + r.gauss(0, 0.12)
                mult = math.exp(lm)
            d = self.day(i)
            nt = self.nights.get(i)
            if nt and r.random() < self.lam_night * mult:
                self._night_episode(nt, linked=None)
            if r.random() < self.lam_twitch * mult:
                t = datetime.combine(d["date"], time(0)) + timedelta(hours=r.uniform(10, 21.5))
                self.episodes.append(self._twitch(t))
            if r.random() < self.lam_rest * mult:
                t = datetime.combine(d["date"], time(0)) + timedelta(hours=r.uniform(8, 22))
                self.episodes.append(self._rest_cramp(t))
        for s in self.sessions:
            if s["i"] >= 0 and r.random() < self.p_sess_cramp:
                self._session_episode(s, mix=(0.5, 0.5, 0.0), linked=None)
        for e in self.episodes:
            e.setdefault("linked", None)

    def _side(self):
        r = self.r
        if self.calf_side_bias and r.random() < 0.5:
            return self.calf_side_bias
        return _pick(r, ["left", "right", "both", None], [4, 4, 1, 2])

    def _night_episode(self, nt, linked, muscles=None):
        r = self.r
        span = (nt["wake"] - nt["bed"]).total_seconds() / 3600
        frac = r.betavariate(2.2, 1.6)
        t = nt["bed"] + timedelta(hours=0.4 + frac * max(0.5, span - 0.6))
        mus = muscles or _pick(r, ["calf", "foot", "toes", "hamstring"], [70, 14, 10, 6])
        e = {"t": t, "kind": "spasm", "muscle": mus, "side": self._side(), "during": "sleep",
             "dur_s": min(900, r.lognormvariate(math.log(80), 0.8)), "pain": r.choice([4, 5, 6, 6, 7, 7, 8, 9]),
             "relief": _pick(r, [["stretching"], ["stretching", "walking_it_off"], ["walking_it_off"],
                                 ["massage"], ["stretching", "massage"], ["heat"], ["pickle_juice", "stretching"]],
                             [5, 4, 3, 2, 2, 1, 0.5]),
             "night": nt["i"], "linked": linked}
        self.episodes.append(e)
        return e

    def _twitch(self, t, linked=None):
        r = self.r
        mus = _pick(r, ["eyelid", "calf", "eyelid", "hand", "quadriceps", "face"], [5, 3, 2, 1, 1, 1])
        return {"t": t, "kind": "twitch", "muscle": mus, "side": _pick(r, ["left", "right", None], [3, 3, 2]),
                "during": "rest", "dur_s": r.choice([10, 20, 30, 60, 120, 300, 1800, 3600]), "pain": r.choice([0, 0, 0, 1]),
                "relief": None, "linked": linked}

    def _rest_cramp(self, t, linked=None, muscles=None):
        r = self.r
        mus = muscles or _pick(r, ["hand", "fingers", "foot", "toes", "calf", "hamstring", "neck", "abdomen"],
                               [4, 3, 4, 3, 4, 1, 1, 0.5])
        return {"t": t, "kind": "spasm", "muscle": mus, "side": _pick(r, ["left", "right", None], [3, 3, 2]),
                "during": "rest", "dur_s": min(600, r.lognormvariate(math.log(45), 0.7)), "pain": r.choice([2, 3, 4, 5, 6]),
                "relief": _pick(r, [["stretching"], ["massage"], ["walking_it_off"], None], [4, 3, 2, 2]),
                "linked": linked}

    def _session_episode(self, s, mix, linked, muscles=None):
        """mix = (p during, p after, p the following night)."""
        r = self.r
        which = _pick(r, ["during", "after", "night"], list(mix))
        end = s["start"] + timedelta(minutes=s["dur"])
        if s["act"] in ("other", "walking", "hiking"):
            default = ["calf", "hamstring", "quadriceps", "foot", "toes", "adductor"]
            wts = [55, 15, 10, 10, 5, 5]
        else:
            default = ["calf", "quadriceps", "foot", "hamstring"]
            wts = [40, 25, 20, 15]
        mus = _pick(r, muscles[0], muscles[1]) if muscles else _pick(r, default, wts)
        if which == "night":
            nt = self.nights.get(s["i"])
            if nt is None:
                which = "after"
            else:
                return self._night_episode(nt, linked, muscles=mus if mus in ("calf", "foot", "toes", "hamstring",
                                                                           "quadriceps") else "calf")
        if which == "during":
            t = s["start"] + timedelta(minutes=s["dur"] * r.uniform(0.6, 0.97))
            dur_ = "exercise"
        else:
            t = end + timedelta(minutes=r.uniform(15, 180))
            dur_ = "after_exercise"
        e = {"t": t, "kind": "spasm", "muscle": mus, "side": self._side(), "during": dur_,
             "dur_s": min(900, r.lognormvariate(math.log(60), 0.8)), "pain": r.choice([3, 4, 5, 6, 6, 7, 8]),
             "relief": _pick(r, [["stretching"], ["stretching", "walking_it_off"], ["massage"], ["stretching", "hydration"],
                                 ["rest"], ["pickle_juice"]], [5, 3, 2, 2, 1, 0.5]),
             "session": s, "linked": linked}
        self.episodes.append(e)
        return e

    # ---- planting -----------------------------------------------------------------------
    def _plant(self) -> bool:
        c, r = self.cause, self.r
        if c is None:
            return sum(1 for e in self.episodes if self._episode_logged(e)) >= 6
        units = self._exposed_units()
        self.n_exposed = len(units)
        if len(units) < 20:
            return False
        k = r.randint(9, 20)
        if c == "medication":
            # keep the extra rate visible over the whole time on the drug (about one a week or more)
            bg = (self.lam_night + self.lam_twitch + self.lam_rest) * len(units)
            k = max(9, min(20, int(0.8 * bg + len(units) / 20) + r.randint(0, 2)))
        k = min(k, int(len(units) / 2.2))
        if k < 9:
            return False
        chosen = _pick_weighted_k(r, units, k)
        for u in chosen:
            self._linked_episode(u)
        self.k = k
        bg = sum(1 for e in self.episodes if e["linked"] is None and self._episode_logged(e))
        return bg >= 6

    def _exposed_units(self):
        c = self.cause
        out = []
        if c in ("dehydration", "electrolyte_loss", "muscle_fatigue", "training_load_spike", "heat"):
            for s in self.sessions:
                if not s["logged"] or s["i"] < 0 or s["i"] >= self.ndays - 1:
                    continue
                if self.day(s["i"] + 1)["gap"]:
                    continue
                sc = self._session_score(s)
                if sc > 0:
                    out.append({"score": sc, "session": s})
        elif c == "sleep_debt":
            for i, nt in sorted(self.nights.items()):
                if not nt["logged"] or i < 0 or i + 1 >= self.ndays - 1 or self.day(i + 1)["gap"]:
                    continue
                deficit = self.usual_sleep - nt["hours"]
                if deficit >= 1.5:
                    out.append({"score": deficit - 1.2, "night": nt})
        elif c == "nutrient_deficiency":
            fr = [(d["intake"][1] + d["intake"][2]) / 2 for d in self.days]
            for i in range(0, self.ndays - 1):
                j = i + _BURN
                r14 = sum(fr[j - 13:j + 1]) / 14
                if r14 >= 0.72 or self.day(i)["gap"] or self.day(i + 1)["gap"]:
                    continue
                nd = sum(1 for q in range(i - 13, i + 1) if q in self.diary)
                if nd < 4:
                    continue
                out.append({"score": (0.78 - r14) ** 1.5, "day": i})
        elif c == "medication":
            s0 = self.med_start + self.med_latency
            e0 = self.med_end + 3 if self.med_end is not None else self.ndays - 1
            for i in range(s0, min(e0, self.ndays - 1)):
                if self.day(i)["gap"] or self.day(i + 1)["gap"]:
                    continue
                out.append({"score": min(1.0, 0.15 + (i - s0) / 14), "day": i})
        return out

    def _session_score(self, s):
        c = self.cause
        if c == "dehydration":
            return s["loss_pct"] - 1.8 if (s["loss_pct"] >= 2.0 and s["weighed"]) else 0
        if c == "electrolyte_loss":
            vis = s["fluid_logged"] and (s["temp_logged"] or s["weighed"])
            if s["dur"] >= 100 and s["na_deficit"] >= 1400 and vis:
                return (s["na_deficit"] - 1200) / 1000
            return 0
        if c == "heat":
            if s["outdoor"] and s["HI"] >= 29 and s["temp_logged"]:
                return min(3.0, (s["HI"] - 28) / 4)
            return 0
        if c == "muscle_fatigue":
            st = s["dur"] * s["rpe"]
            ratio = st / self.med_strain[_fam(s)]
            dratio = s["dur"] / self.med_dur[_fam(s)]
            # visible: clearly longer than usual, or the effort (RPE) was written down
            if ratio >= 1.6 and st >= self.p75 and (s["rpe_logged"] or dratio >= 1.5):
                return ratio - 1.3
            if st >= self.p75 and s["i"] - 1 >= -_BURN:
                for p in self.day(s["i"] - 1)["sessions"]:
                    if (p["dur"] * p["rpe"] >= self.p75 and set(p["muscles"]) & set(s["muscles"])
                            and p["logged"]):
                        return 0.4
            return 0
        if c == "training_load_spike":
            j = s["i"] + _BURN
            a, al = self.acwr[j], self.acwr_logged[j]
            if s["i"] >= 28 and a is not None and al is not None and a >= 1.5 and al >= 1.35:
                return min(a, 3.5) - 1.4
            return 0
        return 0

    def _linked_episode(self, u):
        c, r = self.cause, self.r
        if "session" in u:
            s = u["session"]
            if c == "dehydration":
                self._session_episode(s, (0.15, 0.45, 0.40), linked=c)
            elif c == "electrolyte_loss":
                self._session_episode(s, (0.35, 0.40, 0.25), linked=c,
                                      muscles=(["calf", "hamstring", "quadriceps", "hand", "fingers", "forearm",
                                                "abdomen", "foot", "adductor"], [40, 12, 12, 8, 5, 5, 6, 7, 5]))
            elif c == "heat":
                self._session_episode(s, (0.40, 0.40, 0.20), linked=c,
                                      muscles=(["calf", "hamstring", "quadriceps", "hand", "abdomen", "foot"],
                                               [50, 14, 12, 8, 6, 10]))
            elif c == "muscle_fatigue":
                m = [x for x in s["muscles"] if x in ("calf", "hamstring", "quadriceps", "glute", "lower_back",
                                                      "forearm")] or ["calf"]
                wts = [6 if x == "calf" else 3 if x in ("hamstring", "quadriceps") else 1 for x in m]
                self._session_episode(s, (0.40, 0.35, 0.25), linked=c, muscles=(m + ["foot"], wts + [1]))
            else:
                self._session_episode(s, (0.30, 0.35, 0.35), linked=c)
            return
        if "night" in u:
            nt = u["night"]
            nxt = self.nights.get(nt["i"] + 1)
            wake = nt["wake"]
            bed2 = nxt["bed"] if nxt else wake + timedelta(hours=15)
            todays = [s for s in self.day(nt["i"] + 1)["sessions"]]
            if todays and r.random() < 0.15:
                s = r.choice(todays)
                t = s["start"] + timedelta(minutes=s["dur"] * r.uniform(0.3, 0.95))
                e = {"t": t, "kind": "spasm", "muscle": r.choice(["calf", "calf", "foot", "hamstring"]),
                     "side": self._side(), "during": "exercise", "dur_s": r.uniform(20, 180),
                     "pain": r.choice([3, 4, 5, 6]), "relief": ["stretching"], "session": s, "linked": c}
                self.episodes.append(e)
                return
            t = wake + timedelta(hours=r.uniform(1.0, max(1.5, (bed2 - wake).total_seconds() / 3600 - 0.5)))
            if r.random() < 0.45:
                self.episodes.append(self._twitch(t, linked=c))
            else:
                self.episodes.append(self._rest_cramp(t, linked=c, muscles=_pick(r, ["calf", "foot", "toes", "hand",
                                                                                    "hamstring"], [6, 3, 1, 1, 1])))
            return
        i = u["day"]
        nt = self.nights.get(i)
        d = self.day(i)
        if c == "nutrient_deficiency":
            if nt and r.random() < 0.6:
                self._night_episode(nt, linked=c)
            else:
                t = datetime.combine(d["date"], time(0)) + timedelta(hours=r.uniform(9, 21.5))
                if r.random() < 0.45:
                    self.episodes.append(self._twitch(t, linked=c))
                else:
                    self.episodes.append(self._rest_cramp(t, linked=c, muscles=_pick(
                        r, ["calf", "foot", "toes", "hand", "fingers"], [5, 3, 2, 2, 1])))
        else:  # medication
            x = r.random()
            if nt and x < 0.75:
                self._night_episode(nt, linked=c, muscles=_pick(r, ["calf", "foot", "toes", "hamstring"], [70, 14, 8, 8]))
            elif x < 0.95 or not d["sessions"]:
                t = datetime.combine(d["date"], time(0)) + timedelta(hours=r.uniform(14, 22))
                self.episodes.append(self._rest_cramp(t, linked=c, muscles=_pick(r, ["calf", "foot", "hamstring", "toes"],
                                                                               [6, 2, 1, 1])))
            else:
                self._session_episode(r.choice(d["sessions"]), (0.7, 0.3, 0.0), linked=c)

    def _episode_logged(self, e):
        i = self.idx(e["t"])
        if i < 0 or i >= self.ndays:
            return False
        return not self.day(i)["gap"]

    # ---- night cramps disturb sleep (reverse causation) --------------------------------
    def _sleep_disruption(self):
        r = self.r
        for e in self.episodes:
            if e.get("during") == "sleep" and e.get("night") is not None:
                nt = self.nights[e["night"]]
                if nt.get("disturbed"):
                    continue
                nt["disturbed"] = True
                nt["hours"] -= r.uniform(0.2, 0.8)
                nt["q"] = max(1, nt["q"] - 1)
                if r.random() < 0.4:
                    nt["wake"] = max(e["t"] + timedelta(minutes=30), nt["wake"] - timedelta(minutes=r.uniform(10, 40)))

    # =====================================================================================
    # emission
    # =====================================================================================
    def emit(self):
        r = self.r
        out = []
        self._ids = 0
        us = self.units == "us"
        # profile
        prof = {"type": "profile", "sex": self.sex, "birth_year": self.d0.year - self.age,
                "timezone": self.zone_name}
        if us and r.random() < 0.6:
            prof["body_mass_kg"] = f"{round(self.mass0 / 0.45359237)} lb"
        else:
            prof["body_mass_kg"] = round(self.mass0, 1)
        if r.random() < 0.85:
            prof["height_cm"] = round(self.height) if not us else round(self.height, 1)
        if r.random() < 0.5:
            prof["notes"] = (f"set up by my {self.family}; " +
                             r.choice(["night cramps in the calves for years", "GP asked us to keep a cramp diary",
                                       "keeps getting leg cramps, wants to know why",
                                       "diary for the practice nurse"]))
        out.append(prof)
        # medicines
        for m in self.meds:
            o = {"type": "medication", "name": m["name"] if r.random() < 0.8 else m["name"].capitalize(),
                 "start": m["start"].isoformat()}
            if m.get("planted") and r.random() < 0.5:
                o["name"] = m["name"]
            if m["end"] is not None:
                o["end"] = m["end"].isoformat()
            if m["notes"] and r.random() < 0.8:
                o["notes"] = m["notes"]
            if r.random() < 0.5:
                o["id"] = f"fam-med-{self._nid()}"
            out.append(o)
        timed = []
        # morning body mass
        for d in self.days:
            i = d["i"]
            if i < 0 or d["gap"]:
                continue
            if r.random() < self.p_morning_weigh * (1.0 if self.smart_scale else self.fade(i)) and not d["trip"]:
                t = datetime.combine(d["date"], time(0)) + timedelta(hours=r.uniform(6.3, 8.6))
                kg = self.mass_on(i) + r.gauss(0, 0.25)
                timed.append(self._mass_entry(t, kg, "morning", device=self.smart_scale))
        # sessions
        for s in self.sessions:
            if not s["logged"]:
                continue
            timed.extend(self._session_entries(s))
        # sleep
        for i, nt in sorted(self.nights.items()):
            if nt["logged"]:
                timed.append(self._sleep_entry(nt))
        # daily drinks
        for d in self.days:
            i = d["i"]
            if i < 0 or d["gap"] or r.random() > self.p_fluid_day * self.fade(i):
                continue
            base = datetime.combine(d["date"], time(0))
            for hh, typ, ml in ((7.5, _pick(r, ["coffee", "tea"], [1, 1]), r.choice([200, 240, 250, 300])),
                                (8.0, "water", r.choice([150, 200, 250])),
                                (11.0, _pick(r, ["coffee", "tea", "water"], [1, 1, 1]), r.choice([200, 250])),
                                (15.5, _pick(r, ["tea", "water", "juice"], [3, 2, 1]), r.choice([200, 250])),
                                (18.5, _pick(r, ["water", "beer", "milk", "soft_drink"], [4, 1, 1, 1]), r.choice([200, 250, 330]))):
                if r.random() < 0.6:
                    timed.append(self._fluid_entry(base + timedelta(hours=hh + r.uniform(-0.5, 0.5)), ml, typ, None,
                                                   who="self" if r.random() > self.family_share else "family"))
        # meals
        for i, who in sorted(self.diary.items()):
            d = self.day(i)
            base = datetime.combine(d["date"], time(0))
            hours = {"breakfast": 8.0, "lunch": 12.6, "dinner": 18.2}
            for slot, items in d["menu"]:
                if r.random() < 0.1:
                    continue          # a meal forgotten on a diary day
                hh = hours.get(slot, r.choice([10.5, 15.5, 20.5]))
                t = base + timedelta(hours=hh + r.uniform(-0.6, 0.6))
                timed.append(self._meal_entry(t, items, who))
        # supplements
        sups = self._supplements()
        for d in self.days:
            i = d["i"]
            if i < 0 or d["gap"]:
                continue
            for name, fields, p in sups:
                if r.random() < p * self.fade(i):
                    t = datetime.combine(d["date"], time(0)) + timedelta(hours=r.uniform(7.5, 9.5))
                    o = {"type": "supplement", "name": name}
                    o.update(fields)
                    timed.append((t, self._stamp(t, o, "self")))
        # episodes
        for e in self.episodes:
            if self._episode_logged(e):
                timed.append(self._episode_entry(e))
        # duplicates from device re-exports (same id, same content)
        dups = [x for x in timed if "id" in x[1] and x[1]["type"] in ("workout", "sleep", "body_mass")
                and r.random() < self.p_dup]
        timed.extend(dups)
        timed.sort(key=lambda x: x[0])
        # a family member's batch of transcriptions arrives out of order
        objs = [o for _, o in timed]
        if len(objs) > 50 and r.random() < 0.5:
            a = r.randint(0, len(objs) - 30)
            batch = objs[a:a + r.randint(10, 25)]
            del objs[a:a + len(batch)]
            objs.extend(batch)
        out.extend(objs)
        start = datetime.combine(self.d0, time(0))
        stop = datetime.combine(self.day_date(self.ndays - 1), time(23, 59, 59))
        tz0 = timezone(timedelta(minutes=self.zone.offset(start)))
        tz1 = timezone(timedelta(minutes=self.zone.offset(stop)))
        return out, start.replace(tzinfo=tz0), stop.replace(tzinfo=tz1)

    def _nid(self):
        self._ids += 1
        return self._ids

    def _stamp(self, t, o, who, seconds=None, device=False):
        """Set o['time'] with the offset in force where the person was; device times are often UTC."""
        off = self.zone_at(t).offset(t)
        r = self.r
        if device:
            if r.random() < 0.6:
                o["time"] = _iso_utc(t, off, z=r.random() < 0.5)
            else:
                o["time"] = _iso(t, off, True)
            return o
        if who == "family":
            t = t.replace(second=0, microsecond=0)
            t = t - timedelta(minutes=t.minute % 5)
        else:
            t = t.replace(second=0, microsecond=0)
            if r.random() < 0.5:
                t = t - timedelta(minutes=t.minute % 15)
        o["time"] = _iso(t, off, seconds if seconds is not None else (r.random() < 0.5))
        return o

    def _mass_entry(self, t, kg, context, device):
        r = self.r
        o = {"type": "body_mass"}
        us = self.units == "us"
        if device:
            o["id"] = f"scale-{self._nid():05d}"
            o["kg"] = f"{kg / 0.45359237:.1f} lb" if us else round(kg, 1)
        else:
            o["kg"] = f"{kg / 0.45359237:.1f} lb" if (us or (self.units == "uk" and r.random() < 0.3)) else round(kg, 1)
        if context != "morning" or r.random() < 0.7:
            o["context"] = context
        return (t, self._stamp(t, o, "self", device=device))

    def _session_entries(self, s):
        r = self.r
        us = self.units == "us"
        res = []
        o = {"type": "workout"}
        dev = s["logger"] == "watch"
        if dev:
            o["id"] = f"{self.watch_brand}-{20000000 + self._nid() * 7}"
            o["duration_min"] = round(s["dur"] + r.gauss(0, 1), 1)
        else:
            step = 15 if s["logger"] == "family" else 5
            o["duration_min"] = max(step, int(round(s["dur"] / step)) * step)
            if s["logger"] == "family":
                o["id"] = f"fam-{self._nid()}"
        o["activity"] = s["act"]
        if s["rpe_logged"]:
            o["rpe"] = s["rpe"]
        if dev or (s["logger"] == "self" and r.random() < 0.2):
            base_hr = 62 + 9 * s["rpe"] + (0 if not self.beta_blocker else -12)
            o["avg_hr"] = int(max(50, min(160, r.gauss(base_hr, 5))))
        dist = None
        if s["act"] == "walking":
            dist = s["dur"] / 60 * r.uniform(3.8, 5.0)
        elif s["act"] == "hiking":
            dist = s["dur"] / 60 * r.uniform(2.8, 3.8)
        elif s["act"] == "other":
            dist = {"golf18": 7.8, "golf9": 3.9, "golf36": 15.5, "hillygolf": 8.5}[s["kind"]] * r.uniform(0.9, 1.1)
        if dist is not None and (dev or r.random() < 0.35):
            if dev:
                o["distance_km"] = round(dist, 2)
            elif us or self.units == "uk":
                o["distance_km"] = f"{dist / 1.609344:.1f} mi"
            else:
                o["distance_km"] = round(dist, 1)
        if s["temp_logged"]:
            tc = s["T_obs"]
            if not dev and us:
                o["temperature_c"] = f"{round(tc * 9 / 5 + 32)} degF"
            else:
                o["temperature_c"] = round(tc, 1) if dev else round(tc)
            if not dev and r.random() < self.p_hum:
                o["humidity_pct"] = int(max(5, min(100, round(s["RH"] + r.gauss(0, 5)))))
        if not dev and r.random() < 0.35:
            m = list(s["muscles"])
            if self.units == "us" and r.random() < 0.5:
                m = [{"calf": "calves", "quadriceps": "quads", "hamstring": "hamstrings", "glute": "glutes"}.get(x, x) for x in m]
            o["muscle_groups"] = m
        if s["kind"] in ("physio", "yoga") and r.random() < 0.3:
            o["warm_up_min"] = 5
        note = self._session_note(s)
        if note:
            o["notes"] = note
        res.append((s["start"], self._stamp(s["start"], o, s["logger"], device=dev)))
        end = s["start"] + timedelta(minutes=s["dur"])
        # weighing around the outing
        if s["weighed"]:
            lead = r.uniform(10, 45) if s["act"] != "other" else r.uniform(35, 70)
            lag = r.uniform(10, 40) if s["act"] != "other" else r.uniform(25, 55)
            pre_t = s["start"] - timedelta(minutes=lead)
            post_t = end + timedelta(minutes=lag)
            noise = 0.12
            res.append(self._mass_entry(pre_t, s["pre"] + r.gauss(0, noise), "pre_workout", device=self.smart_scale))
            res.append(self._mass_entry(post_t, s["post"] + r.gauss(0, noise), "post_workout", device=self.smart_scale))
        if s["fluid_logged"]:
            who = "family" if s["logger"] == "family" else "self"
            for off, ml, typ, nam in s["drinks"]:
                if r.random() < 0.07:
                    continue
                t = s["start"] + timedelta(minutes=off)
                res.append(self._fluid_entry(t, ml, typ, nam, who))
        if s["snack"] and s["logged"] and r.random() < 0.6:
            t = s["start"] + timedelta(minutes=s["snack_off"])
            res.append(self._meal_entry(t, s["snack"], "self", note=r.choice([None, "at the turn", "on the course"])))
        return res

    def _session_note(self, s):
        r = self.r
        k = s["kind"]
        if r.random() > 0.45 and k not in ("golf36", "charity", "hike", "hillygolf", "mall") and not s.get("back"):
            return None
        opts = {
            "golf18": ["18 holes, walked with trolley", "medal round", "played with the usual four",
                       "18 holes, pushed the cart", "seniors' stableford"],
            "golf9": ["9 holes", "9 holes in the evening", "back nine only"],
            "golf36": ["36 holes, club championship", "two rounds today (open day)"],
            "hillygolf": ["away course, very hilly, carried bag", "hilly course, carried my bag"],
            "walk": ["walk with the dog", "round the lake", "walking group", "to the shops and back",
                     "walk in the park"],
            "mall": ["mall walking (too cold out)", "indoor walk at the shopping centre"],
            "sightsee": ["sightseeing all day", "walking round town with the family"],
            "charity": ["charity walk, 10 miles", "sponsored walk for the hospice"],
            "hike": ["hill walk with the grandchildren", "long hike, steep in places"],
            "aqua": ["aqua aerobics", "aquafit class"],
            "physio": ["physio exercises", "knee exercises from physio"],
            "yoga": ["chair yoga", "gentle yoga class"],
            "bike": ["exercise bike", "stationary bike in the garage"],
        }[k]
        txt = r.choice(opts)
        if s.get("back") and r.random() < 0.7:
            txt = r.choice([f"first time out since the {s['back']}", f"back at it after the {s['back']}",
                            f"{txt}; first one after the {s['back']}"])
        if s["outdoor"] and s["T"] >= 30 and r.random() < 0.5:
            txt += r.choice(["; very hot", "; scorcher", "; hot and sticky"])
        if self.salty_note and s["act"] == "other" and s["T"] >= 26 and r.random() < 0.15:
            txt += "; white salt marks on my cap again"
        if s["drinks"] and s["drinks"][0][1] < 150 and s["dur"] > 120 and r.random() < 0.3:
            txt += "; forgot water bottle"
        return txt

    def _fluid_entry(self, t, ml, typ, na_mg, who):
        r = self.r
        o = {"type": "fluid"}
        us = self.units == "us"
        if us and r.random() < 0.7:
            oz = max(1, round(ml / 29.5735))
            o["ml"] = f"{oz} oz" if r.random() < 0.7 else f"{oz} fl oz"
        elif r.random() < 0.15:
            o["ml"] = f"{int(round(ml, -1))} ml"
        else:
            o["ml"] = int(round(ml / 10.0) * 10) or 10
        if typ != "water" or r.random() < 0.6:
            o["drink"] = typ if r.random() < 0.85 else typ.capitalize()
        if na_mg is not None:
            o["sodium_mg"] = na_mg
            o["notes"] = r.choice(["electrolyte tablet", "1 tab in the bottle", "salt tablet in water"])
        if who == "family":
            o["id"] = f"fam-{self._nid()}"
        return (t, self._stamp(t, o, who))

    def _meal_entry(self, t, items, who, note=None):
        r = self.r
        o = {"type": "meal"}
        its = []
        for ndb, g in items:
            g = g * r.uniform(0.9, 1.1)
            if who == "family":
                its.append({"ndb_no": ndb, "grams": round(g)})
            else:
                its.append({"food": _FOOD[ndb][0], "grams": int(round(g / 5.0) * 5) or 5})
        o["items"] = its
        if note:
            o["notes"] = note
        if who == "family":
            o["id"] = f"fam-{self._nid()}"
        return (t, self._stamp(t, o, who))

    def _sleep_entry(self, nt):
        r = self.r
        o = {"type": "sleep"}
        if nt["logger"] == "watch":
            o["id"] = f"{self.watch_brand}-sleep-{self._nid()}"
            t = nt["bed"] + timedelta(minutes=r.uniform(5, 25))
            end = nt["wake"]
            z = self.zone_at(nt["bed"])
            off0 = z.offset(t)
            off = z.offset(end)
            if r.random() < 0.6:
                z = r.random() < 0.5
                o["time"] = _iso_utc(t, off0, z)
                o["end"] = _iso_utc(end, off, z)
            else:
                o["time"] = _iso(t, off0, True)
                o["end"] = _iso(end, off, True)
            return (t, o)
        t = nt["bed"]
        if r.random() < 0.55:
            o["hours"] = round(nt["hours"] * 2) / 2
        else:
            e = nt["wake"].replace(second=0, microsecond=0)
            e = e - timedelta(minutes=e.minute % 15)
            off = self.zone_at(nt["bed"]).offset(e)
            o["end"] = _iso(e, off, False)
        if r.random() < 0.75:
            o["quality"] = nt["q"]
        if nt["reason"] and r.random() < 0.3:
            o["notes"] = nt["reason"]
        tt = t.replace(second=0, microsecond=0)
        tt = tt - timedelta(minutes=tt.minute % 15)
        o["time"] = _iso(tt, self.zone_at(nt["bed"]).offset(tt), False)
        return (t, o)

    def _episode_entry(self, e):
        r = self.r
        who = "family" if r.random() < self.family_share else "self"
        o = {"type": "episode", "kind": e["kind"] if r.random() < 0.85 else {"spasm": "cramp", "twitch": "fasciculation"}[e["kind"]],
             "muscle": e["muscle"]}
        if self.units == "us" and e["muscle"] == "calf" and r.random() < 0.2:
            o["muscle"] = "calves"
        if e["side"] and r.random() < 0.85:
            o["side"] = e["side"]
        if r.random() < 0.75:
            o["duration_s"] = int(round(e["dur_s"] / 10.0) * 10) or 10
        if r.random() < 0.8:
            o["pain"] = int(e["pain"])
        if r.random() < 0.9:
            o["during"] = e["during"]
        if e.get("relief") and r.random() < 0.7:
            o["relief"] = list(e["relief"])
            o["relieved"] = r.random() < 0.9
        if r.random() < 0.07:
            o["flags"] = r.choice([{"swelling": False}, {"weakness": False, "swelling": False},
                                   {"numbness_tingling": False}, {"dark_urine": False}])
        t = e["t"]
        if e["during"] == "sleep" and r.random() < 0.08:
            # logged at breakfast with the morning time
            nt = self.nights.get(e.get("night"))
            if nt:
                t = nt["wake"] + timedelta(minutes=r.uniform(20, 90))
        note = self._episode_note(e, who)
        if note:
            o["notes"] = note
        if who == "family":
            o["id"] = f"fam-{self._nid()}"
        return (e["t"], self._stamp(t, o, who, seconds=False))

    def _episode_note(self, e, who):
        r = self.r
        if r.random() > 0.4:
            return None
        m, k = e["muscle"], e["kind"]
        rel = {"daughter": "Mum" if self.sex == "female" else "Dad", "son": "Mum" if self.sex == "female" else "Dad",
               "granddaughter": "Gran" if self.sex == "female" else "Grandad", "wife": "he", "husband": "she"}[self.family]
        if k == "twitch":
            base = r.choice([f"{m} twitching on and off", f"{m} flickering, no pain", "annoying twitch, comes and goes"])
        elif e["during"] == "sleep":
            base = r.choice([f"woke me up, {m} rock hard", "stood on the cold floor till it went",
                             f"{m} cramp in the night, sore next morning", "bad one, had to get up"])
        elif e["during"] == "exercise":
            base = r.choice([f"{m} seized up", f"{m} cramped, had to stop and stretch", "cramp near the end"])
        elif e["during"] == "after_exercise":
            base = r.choice([f"{m} cramp after getting home", "cramped in the car on the way home",
                             "cramp sitting down after"])
        else:
            base = r.choice([f"{m} cramp watching TV", f"{m} cramp in the shower", "cramp while sitting"])
        if who == "family":
            return f"{rel} phoned: {base}" if rel not in ("he", "she") else f"{rel} says: {base}"
        return base

    def _supplements(self):
        r = self.r
        sups = []
        defic = self.cause == "nutrient_deficiency"
        if self.sex == "female" and r.random() < 0.4:
            sups.append(("Calcium + vitamin D", {"calcium_mg": 600}, r.uniform(0.2, 0.6)))
        if r.random() < 0.35:
            sups.append(("Vitamin D3 1000 IU", {}, r.uniform(0.2, 0.6)))
        if r.random() < 0.25:
            sups.append(("Fish oil", {}, r.uniform(0.1, 0.4)))
        if not defic and r.random() < 0.1:
            sups.append(("Magnesium glycinate", {"magnesium_mg": 200}, r.uniform(0.2, 0.5)))
        if not defic and r.random() < 0.25:
            sups.append(("Centrum Silver", {"calcium_mg": 220, "magnesium_mg": 50, "potassium_mg": 80},
                         r.uniform(0.2, 0.5)))
        return sups


_DRINK_NA = {"water": 0, "sports_drink": 460, "electrolyte_drink": 1000, "ors": 1725, "coconut_water": 250,
             "milk": 430, "juice": 50, "coffee": 20, "tea": 10, "soft_drink": 100, "beer": 40, "other": 0}


def _fam(s):
    k = s["kind"]
    if k.startswith("golf") or k == "hillygolf":
        return "golf"
    if k in ("walk", "mall", "sightsee", "charity"):
        return "walk"
    return k


def blind_journal(cause: str | None, seed: int) -> BlindJournal:
    if cause is not None and cause not in CAUSES:
        raise ValueError(f"unknown cause {cause!r}; expected one of {CAUSES} or None")
    for attempt in range(60):
        r = random.Random(f"blindAC|{cause}|{seed}|{attempt}")
        w = _World(r, cause)
        if w.ok:
            objs, start, stop = w.emit()
            return BlindJournal(cause=cause, objects=objs, start=start, stop=stop)
    raise RuntimeError(f"could not build a journal for {cause!r} seed {seed}")
