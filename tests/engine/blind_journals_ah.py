"""Blind synthetic cramp journals with one planted cause (examiner "AH").

Point of view
=============
Each journal is the data export of ONE person: a mountain trail runner / ultrarunner who lives at
altitude in a dry climate (Boulder, Salt Lake City, Santa Fe, Bishop or Prescott; home time zone
America/Denver, America/Los_Angeles or America/Phoenix, given in the profile).  What such a person
really has, and therefore what the journal holds:

* a GPS watch (Garmin-style ids) that records nearly every session: start time with the local UTC
  offset (DST computed by hand; the offset of wherever they are when they travel: a race in the
  Alps at +02:00, a humid race or a work trip on Eastern time), duration, distance, average heart
  rate, ambient temperature (integer, noisy, sometimes missing), sometimes humidity from the
  weather sync, an RPE typed in most of the time, and the elevation profile only in the notes
  ("Bear Peak loop; +820 m / -815 m, high point 2560 m") because the journal has no elevation
  key.  About 3 % of sessions are not recorded (dead/forgotten watch) and some journals have a
  one- to two-week hole (watch away for repair: no workouts, no sleep);
* weekday easy/quality/medium runs, a weekend long run (2.5-5 h) and a back-to-back Sunday run,
  strength, yoga, hiking, winter backcountry skiing, summer bike commutes for some (cool ride in,
  hot ride home); big week-to-week variation (lognormal weekly multiplier, colds, work trips and
  life weeks, race builds, tapers, recovery weeks, one to three 7-10-day running trips/camps);
  races (30K-100K) a few times a year, local (high and cool), desert, California canyons, humid
  Blue Ridge or alpine, with heat-training midday runs before the hot ones;
* the weather of a high, dry place: cold mornings (well below freezing in winter), hot
  afternoons in summer, low humidity except the July/August monsoon; higher trails are colder
  (6.5 C/km), so the big summer long runs up high are cool while the after-work runs in the
  foothills are hot;
* watch sleep (bedtime/wake, sometimes a 1-5 score) most nights, an occasional hand "hours"
  entry, the usual short nights (early alarms for long runs and races, late work, travel);
* a smart scale: many morning weigh-ins, pre/post weigh-ins around most long runs and some
  shorter ones (sweat-rate testing); some scales export UTC ("Z") times; US-unit people log
  pounds ("152.4 lb") and fluid ounces ("24 oz"), metric people kg and ml;
* fluids, gels (meal entries with energy/sodium/potassium totals and the brand in the notes) and
  salt capsules (supplement entries) logged ON LONG SESSIONS ONLY (>= 100 min, races): plain water
  on some long runs, an electrolyte drink (explicit sodium_mg) or a mix on others, sports drink at
  race aid stations, sometimes "ran out of water" in the notes;
* meals logged in streaks with a food app (real USDA SR28 foods by ndb_no, portions scaled to the
  person), coffee and water bottles and the odd beer on those days, nothing on off-streaks and
  little while travelling; never inside a session or during sleep;
* medications only when there is a reason (allergy tablets, an antibiotic course, ibuprofen after
  a sprain) and now and then a cramp-linked drug that does nothing for this person (decoy);
* episodes typed in by hand: times rounded to 5 min (exercise ones to the minute), fields often
  missing (side, duration, pain, during, relief), short notes, an occasional "flags" quick check.

Background episodes (every journal, the null one too, always >= 5): night calf/foot cramps on
uniformly random nights, eyelid twitches (sometimes repeating over 2-3 days), calf/thigh/finger
twitches at rest, random rest cramps (foot in the car, hand writing, hamstring sitting...) and
about one exercise cramp on a uniformly chosen recorded session.  They come from their own
random stream, independent of every exposure, so they raise no exposure's rate.

Natural correlations present in EVERY journal (null included), because the world is generated
from streams that depend only on the seed, never on the cause: hot sessions sweat more, lose more
mass and drink more; long sessions are the hard ones and the only ones with fluids and gels, so
plain-water long runs are also the big sweat-sodium losses and often the dehydrating ones; summer
long runs are up high (cooler); races follow tapers, come after short nights and make the 7-day
load jump; camps are both long and a load spike; early long-run Saturdays shorten Friday sleep.
For a given seed the world (person, weather, training, sleep, weigh-ins, fluids, meal logging,
neutral/decoy medicines, background episodes) is identical for every cause; only the planted
episodes differ, plus the exposure itself for two causes (the low-mineral diet phase, the
cramp-linked medicine).  Worlds in which any session/day exposure below occurs on fewer than 20
units are redrawn (up to 8 times; the same rule for every cause, so it never depends on the cause).

How each cause is planted
=========================
The number of linked episodes is drawn from 9..20, capped at ~42 % of the exposed units (and
never below 9), so most exposed units have no episode.  Session-level causes pick recorded
sessions exposed to the cause, weighted by dose and by 1/(1 + 0.8 k), k = number of OTHER session
exposures of that session (the planted exposure, not its correlates, carries the excess: within a
stratum of a correlated exposure the rate only rises with the planted one); a unit occasionally
gets a second episode in another muscle minutes later.  Linked exercise episodes fall late in the
session (65-98 % of the way) or 5-90 min after it, in the working muscles (calf, hamstring,
quadriceps, adductor, foot; for the salt-loss cause also abdomen/hand).

* dehydration: sessions with a pre AND post weigh-in showing >= 2.0 % body-mass loss (weight
  (loss - 1.6)^1.5, so most linked sessions lost 2.5-5 %): loss = sweat - logged intake - a little
  metabolic loss; drinking little, bottles run dry (noted), hot short runs with no bottle.  Cool
  dry runs count as much as hot ones.
* electrolyte_loss: long sessions with logged fluids, sweat >= 1.8 L (duration x temperature- and
  effort-dependent sweat rate; weigh-ins show it) and sodium taken (drinks + gels + caps) below
  30 % of 900 mg per litre of sweat, i.e. plain-water long runs; electrolyte-drink long runs of
  the same length/heat are not eligible; dose = unreplaced sodium.
* muscle_fatigue: sessions unusually long/hard for this person: session-RPE load >= their 88th
  percentile, or duration >= their 90th percentile, or the second day of a back-to-back (>=150
  then >=120 min); weight rises with the load percentile (races, biggest long runs, camp days).
* training_load_spike: sessions on days whose 7-day session-RPE load is >= 1.5 x the 28-day weekly
  average (coupled ACWR, duration ACWR also >= 1.4), from day 28 on; sessions within a week after
  a race are down-weighted, so camps and returns after down weeks carry most of it, moderate
  sessions included.
* heat: sessions with a recorded temperature >= 27 C (or >= 25 C at >= 60 % humidity), weight
  (T - 25)^1.5 so most linked ones are 29-36 C: after-work and lunch runs, bike rides home,
  heat-training blocks, hot or humid races.  Short hot sessions are as eligible as long ones.
* nutrient_deficiency: a low-mineral diet phase (bagels, white bread, white rice, pasta, ramen,
  pretzels, cookies, soda) starting 15-30 % into the journal and lasting 50-65 % of it, logged
  like the rest: ~160-230 mg/day magnesium, ~1000-1500 mg potassium, ~320-450 mg calcium
  (roughly 40-60 %, 35-50 % and 35-45 % of the reference intakes) against an ordinary runner's
  diet before and after (~450-700 mg Mg, ~3600-5000 mg K, ~850-1200 mg Ca).  Linked episodes are
  spread uniformly from 2 weeks after the phase starts to 1 week after it ends: twitches (eyelid,
  calf, thigh, fingers), night calf/foot cramps, rest cramps and a few exercise cramps.
* sleep_debt: days after a LOGGED night at least 1.5 h shorter than the person's median logged
  night.  Episodes come 1.5-15 h after waking: eyelid/calf/thigh twitches, rest cramps, or a cramp
  in that day's session; race days down-weighted.
* medication: a cramp-linked medicine (hydrochlorothiazide, chlorthalidone, atorvastatin,
  salmeterol or formoterol inhaler, spironolactone; by age/sex) gets a `medication` entry
  starting 35-60 % into the journal; linked episodes are spread uniformly from 4-12 days after the
  start to the end (night cramps, rest cramps, some exercise cramps, a few twitches).  The same
  seed's other journals carry the same neutral medicine if any, and 15 % of seeds carry that
  cramp-linked medicine as a decoy that changes nothing (rate the same before and after).
* None (null journal): background episodes only.

Deterministic per (cause, seed): every random number comes from random.Random instances seeded by
strings built from the seed (and, for the planted episodes only, the cause).  Standard library
only, no I/O.
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


# ----------------------------------------------------------------------------------------------
# time zones (standard offset in minutes, DST rule); computed by hand so nothing is read from disk
_TZ = {
    "America/Denver": (-420, "us"),
    "America/Los_Angeles": (-480, "us"),
    "America/Phoenix": (-420, None),
    "America/New_York": (-300, "us"),
    "Europe/Paris": (60, "eu"),
    "Europe/Zurich": (60, "eu"),
}


def _nth_sunday(y: int, m: int, n: int) -> date:
    d = date(y, m, 1)
    return d + timedelta(days=(6 - d.weekday()) % 7 + 7 * (n - 1))


def _last_sunday(y: int, m: int) -> date:
    d = date(y, m + 1, 1) - timedelta(days=1)
    return d - timedelta(days=(d.weekday() - 6) % 7)


def _dst_window(tz: str, y: int):
    std, rule = _TZ[tz]
    if rule == "us":
        s = datetime.combine(_nth_sunday(y, 3, 2), time(2)) - timedelta(minutes=std)
        e = datetime.combine(_nth_sunday(y, 11, 1), time(2)) - timedelta(minutes=std + 60)
    else:
        s = datetime.combine(_last_sunday(y, 3), time(1))
        e = datetime.combine(_last_sunday(y, 10), time(1))
    return s, e


# constant table (pure computation at import; never mutated)
_DST = {(tz, y): _dst_window(tz, y) for tz, (_, rule) in _TZ.items() if rule for y in range(2020, 2032)}


def _offset(tz: str, utc: datetime) -> int:
    std, rule = _TZ[tz]
    if rule is None:
        return std
    s, e = _DST.get((tz, utc.year)) or _dst_window(tz, utc.year)
    return std + 60 if s <= utc < e else std


def _to_utc(tz: str, local: datetime) -> datetime:
    std, _ = _TZ[tz]
    off = _offset(tz, local - timedelta(minutes=std))
    u = local - timedelta(minutes=off)
    off2 = _offset(tz, u)
    if off2 != off:
        u = local - timedelta(minutes=off2)
    return u


def _iso(tz: str, utc: datetime, zulu: bool = False) -> str:
    if zulu:
        return utc.strftime("%Y-%m-%dT%H:%M:%SZ")
    off = _offset(tz, utc)
    loc = utc + timedelta(minutes=off)
    sign = "+" if off >= 0 else "-"
    a = abs(off)
    return loc.strftime("%Y-%m-%dT%H:%M:%S") + f"{sign}{a // 60:02d}:{a % 60:02d}"


def _aware(tz: str, utc: datetime) -> datetime:
    return (utc + timedelta(minutes=_offset(tz, utc))).replace(
        tzinfo=timezone(timedelta(minutes=_offset(tz, utc))))


# ----------------------------------------------------------------------------------------------
# places.  Climate: (Jan, Jul) mean daily max / min (C), afternoon RH (%), monsoon RH bump.
# Trails: (name, elevation above the climate reference in m, category 0 low / 1 foothill / 2 high)
_HOMES = [
    dict(name="Boulder", tz="America/Denver", elev=1650, tmax=(7, 31), tmin=(-8, 15), rh=(35, 24),
         monsoon=15, trails=[("Mesa Trail", 150, 0), ("Marshall Mesa", 0, 0), ("Betasso Preserve", 400, 0),
                             ("Green Mountain via Gregory Canyon", 550, 1), ("Bear Peak loop", 650, 1),
                             ("Walker Ranch loop", 550, 1), ("Sanitas-Sunshine", 250, 0),
                             ("Arapaho Pass / Indian Peaks", 1650, 2), ("James Peak", 1800, 2),
                             ("Longs Peak Trailhead - Chasm Lake", 1900, 2)]),
    dict(name="Salt Lake City", tz="America/Denver", elev=1300, tmax=(3, 34), tmin=(-6, 20), rh=(65, 22),
         monsoon=8, trails=[("Bonneville Shoreline Trail", 250, 0), ("Jordan River Parkway", 0, 0),
                            ("Mueller Park", 500, 1), ("Grandeur Peak", 800, 1), ("Mount Olympus", 900, 1),
                            ("Wasatch Crest", 1550, 2), ("Mount Timpanogos", 1700, 2), ("Red Pine Lake", 1400, 2)]),
    dict(name="Santa Fe", tz="America/Denver", elev=2130, tmax=(7, 30), tmin=(-9, 13), rh=(35, 22),
         monsoon=20, trails=[("La Tierra trails", 0, 0), ("Dale Ball trails", 150, 0), ("Diablo Canyon", -300, 0),
                             ("Sandia foothills (ABQ)", -350, 0), ("Atalaya Mountain", 500, 1),
                             ("Aspen Vista", 1000, 1), ("Santa Fe Baldy", 1400, 2), ("Winsor Trail to Puerto Nambe", 1250, 2)]),
    dict(name="Bishop", tz="America/Los_Angeles", elev=1260, tmax=(13, 36), tmin=(-4, 13), rh=(35, 15),
         monsoon=5, trails=[("Buttermilks", 400, 0), ("Volcanic Tablelands", 0, 0), ("Tungsten Hills", 250, 0),
                            ("Bishop Pass", 1900, 2), ("Lamarck Lakes", 1700, 2), ("Mammoth Lakes Basin", 1400, 2),
                            ("McGee Creek", 1100, 1), ("Horton Lakes", 900, 1)]),
    dict(name="Prescott", tz="America/Phoenix", elev=1650, tmax=(13, 33), tmin=(-3, 16), rh=(35, 18),
         monsoon=22, trails=[("Watson Lake / Peavine", -100, 0), ("Thumb Butte", 150, 0), ("Willow Lake loop", -80, 0),
                             ("Granite Mountain", 600, 1), ("Spruce Mountain", 450, 1), ("Mingus Mountain", 700, 1),
                             ("Humphreys Peak (Flagstaff)", 2200, 2), ("Kachina Trail (Flagstaff)", 1400, 2)]),

]

_VENUES = {
    "desert": dict(tz=None, elev=1400, tmax=(12, 38), tmin=(-3, 20), rh=(40, 12), monsoon=0,
                   names=["Red Rock Canyon", "Slickrock", "Painted Desert", "Canyonlands Rim"]),
    "humid": dict(tz="America/New_York", elev=600, tmax=(10, 31), tmin=(0, 21), rh=(60, 68), monsoon=0,
                  names=["Blue Ridge", "Smoky Ridge", "Piedmont Hills"]),
    "alpine": dict(tz="Europe/Paris", elev=1050, tmax=(2, 23), tmin=(-7, 9), rh=(70, 60), monsoon=0,
                   names=["Mont Blanc Skyrace", "Aiguilles Trail", "Val d'Aosta Alpine"]),
    "california": dict(tz="America/Los_Angeles", elev=700, tmax=(14, 35), tmin=(4, 16), rh=(55, 28), monsoon=0,
                       names=["Sierra Canyons", "Foothill Gold", "Diablo Hills"]),
    "nyc": dict(tz="America/New_York", elev=10, tmax=(4, 29), tmin=(-3, 21), rh=(60, 62), monsoon=0, names=["work trip"]),
}

_RACE_TYPES = [  # name, km, gain m per km, pace min/km range, weight
    ("30K", 30, 45, (7.4, 8.6), 0.30),
    ("50K", 50, 45, (8.0, 9.6), 0.35),
    ("50M", 80, 42, (9.4, 11.2), 0.20),
    ("100K", 100, 40, (10.0, 12.0), 0.15),
]

# ----------------------------------------------------------------------------------------------
# foods (real USDA SR28 numbers): ndb -> (kcal, Ca, Mg, K, Na) per 100 g, from ABBREV_SR28
_FOOD = {
    "09040": (89, 5, 27, 358, 1),        # bananas, raw
    "08120": (379, 52, 138, 362, 6),     # cereals, oats, regular and quick, not fortified, dry
    "01079": (50, 120, 11, 140, 47),     # milk, reduced fat, 2 %
    "16098": (598, 49, 168, 558, 426),   # peanut butter, smooth style, with salt
    "01287": (73, 115, 11, 141, 34),     # yogurt, Greek, plain, lowfat
    "08054": (421, 109, 121, 483, 50),   # Quaker 100 % natural granola
    "09050": (57, 6, 6, 77, 1),          # blueberries, raw
    "12061": (579, 269, 270, 733, 1),    # almonds
    "01132": (149, 66, 11, 132, 145),    # egg, whole, cooked, scrambled
    "18075": (252, 161, 75, 254, 455),   # bread, whole-wheat
    "09037": (160, 12, 29, 485, 7),      # avocados, raw
    "11457": (23, 99, 79, 558, 79),      # spinach, raw
    "09298": (299, 50, 32, 749, 11),     # raisins, seedless
    "12016": (574, 52, 550, 788, 18),    # pumpkin and squash seed kernels, roasted
    "20037": (123, 3, 39, 86, 4),        # rice, brown, long-grain, cooked
    "16015": (132, 27, 70, 355, 1),      # beans, black, cooked
    "05064": (165, 15, 29, 256, 74),     # chicken breast, roasted
    "11529": (18, 10, 11, 237, 5),       # tomatoes, red, ripe, raw
    "01009": (404, 710, 27, 76, 653),    # cheese, cheddar
    "07046": (109, 8, 21, 211, 772),     # turkey breast, deli
    "11251": (17, 33, 14, 247, 8),       # lettuce, romaine
    "09003": (52, 6, 5, 107, 1),         # apples, raw, with skin
    "11124": (41, 33, 12, 320, 69),      # carrots, raw
    "16158": (166, 38, 71, 228, 379),    # hummus, commercial
    "20137": (120, 17, 64, 172, 7),      # quinoa, cooked
    "16070": (116, 19, 36, 369, 2),      # lentils, cooked
    "15237": (206, 15, 30, 384, 61),     # salmon, Atlantic, farmed, cooked
    "11508": (90, 38, 27, 475, 36),      # sweet potato, baked
    "11091": (35, 40, 21, 293, 41),      # broccoli, cooked
    "20121": (158, 7, 18, 44, 1),        # pasta, cooked, enriched
    "23570": (256, 22, 25, 407, 89),     # beef, ground 85 %, crumbles, pan-browned
    "06143": (48, 20, 13, 292, 590),     # spaghetti sauce, meatless, canned
    "01032": (420, 853, 34, 180, 1804),  # cheese, parmesan, grated
    "16126": (78, 201, 37, 148, 12),     # tofu, firm, calcium sulfate
    "11674": (93, 15, 28, 535, 10),      # potatoes, baked, flesh and skin
    "18363": (218, 81, 72, 186, 45),     # tortillas, corn
    "19904": (598, 73, 228, 715, 20),    # chocolate, dark, 70-85 %
    "19296": (304, 6, 2, 52, 4),         # honey
    "09421": (277, 64, 54, 696, 1),      # dates, medjool
    "09200": (47, 40, 10, 181, 0),       # oranges, raw
    "19015": (471, 61, 97, 336, 294),    # granola bars, hard, plain
    # low-mineral foods (used in the nutrient-deficiency phase, and now and then by anyone)
    "18002": (287, 15, 24, 116, 457),    # bagels, plain, toasted
    "01017": (350, 97, 9, 132, 314),     # cheese, cream
    "08065": (381, 5, 27, 125, 527),     # Rice Krispies
    "18070": (290, 119, 26, 131, 537),   # bread, white, toasted
    "18069": (266, 144, 23, 126, 490),   # bread, white
    "19297": (278, 20, 4, 77, 32),       # jams and preserves
    "18250": (426, 60, 17, 102, 402),    # doughnuts, glazed
    "20045": (130, 10, 12, 35, 1),       # rice, white, long-grain, cooked
    "06583": (440, 21, 25, 181, 1855),   # soup, ramen noodle, dry
    "19047": (384, 27, 29, 223, 1240),   # pretzels, hard, salted
    "18159": (492, 21, 41, 171, 311),    # cookies, chocolate chip
    "21089": (308, 119, 26, 196, 515),   # fast food cheeseburger
    "11403": (158, 12, 24, 478, 324),    # french fries, oven heated
    "19108": (375, 3, 2, 37, 50),        # jellybeans
    "18936": (239, 72, 16, 122, 566),    # pancakes, frozen
}

_NORMAL_MEALS = {
    "breakfast": [
        [("08120", 60), ("09040", 118), ("01079", 240), ("16098", 20)],
        [("01287", 250), ("08054", 45), ("09050", 100)],
        [("01132", 150), ("18075", 70), ("09037", 70), ("11457", 40)],
        [("08120", 70), ("01079", 240), ("09298", 30), ("09050", 80)],
        [("01287", 220), ("09040", 118), ("08120", 40), ("19296", 15)],
    ],
    "lunch": [
        [("20045", 120), ("20037", 80), ("16015", 80), ("05064", 120), ("09037", 60), ("11529", 80), ("01009", 20)],
        [("18075", 80), ("07046", 80), ("01009", 30), ("11251", 30), ("09003", 180), ("11124", 80), ("16158", 40)],
        [("20137", 150), ("11457", 40), ("05064", 80), ("09037", 50), ("01009", 20)],
        [("16070", 220), ("20045", 150), ("11457", 40), ("01287", 100)],
        [("18363", 90), ("16015", 100), ("05064", 90), ("01009", 25), ("11529", 60), ("09037", 50)],
    ],
    "dinner": [
        [("15237", 150), ("11508", 200), ("11091", 150), ("11251", 50)],
        [("20121", 250), ("23570", 110), ("06143", 150), ("01032", 10), ("11457", 50)],
        [("16126", 200), ("20045", 200), ("11091", 150), ("11124", 60)],
        [("05064", 150), ("11674", 250), ("11091", 120), ("01079", 240)],
        [("18363", 90), ("16015", 100), ("23570", 90), ("01009", 25), ("09037", 60), ("11529", 60)],
        [("15237", 140), ("20137", 120), ("11457", 50), ("11529", 80)],
    ],
    "snack": [
        [("12061", 20)], [("09040", 120)], [("19904", 15)], [("01287", 170), ("19296", 15)],
        [("09421", 40)], [("09200", 150)], [("19015", 42)], [("09003", 180), ("16098", 30)],
        [("09298", 40)], [("18075", 40), ("16098", 20)],
    ],
}

_LOW_MEALS = {
    "breakfast": [
        [("18002", 105), ("01017", 20)],
        [("08065", 45), ("19297", 20), ("18070", 55)],
        [("18250", 75), ("18250", 60)],
        [("18936", 150), ("19296", 30)],
        [("18070", 80), ("19297", 25)],
    ],
    "lunch": [
        [("20045", 300), ("05064", 90)],
        [("06583", 85), ("06583", 43)],
        [("18069", 85), ("07046", 50), ("19047", 40)],
        [("21089", 130), ("11403", 90)],
        [("20045", 250), ("18069", 40)],
    ],
    "dinner": [
        [("20121", 320), ("06143", 90), ("18069", 40)],
        [("20045", 320), ("05064", 110)],
        [("06583", 85), ("20045", 150)],
        [("20121", 300), ("18069", 60)],
        [("18936", 160), ("19296", 30), ("18250", 60)],
    ],
    "snack": [
        [("19047", 45)], [("18159", 40)], [("19108", 40)], [("18250", 70)], [("18069", 50), ("19297", 20)],
    ],
}

_ELEC_BRANDS = [("Skratch Hydration", 800), ("Tailwind", 540), ("LMNT in water", 1000),
                ("Precision Hydration 1000", 1000), ("Nuun Sport", 630)]
_GEL_BRANDS = [("GU gel", 100, 55, 40), ("GU Roctane", 100, 125, 50), ("Maurten Gel 100", 100, 35, 25),
               ("Spring Energy gel", 180, 100, 60), ("Huma Plus gel", 100, 240, 40)]

_LINKED_MEDS = [
    ("hydrochlorothiazide", "12.5 mg each morning for borderline blood pressure", 38),
    ("chlorthalidone", "12.5 mg daily, blood pressure", 40),
    ("atorvastatin", "10 mg at night, family history of high LDL", 36),
    ("salmeterol", "combination inhaler (fluticasone/salmeterol) for exercise-induced bronchospasm in cold air", 0),
    ("formoterol", "budesonide/formoterol inhaler, cold-air asthma", 0),
    ("spironolactone", "50 mg daily, prescribed by dermatologist", -1),   # -1: female only
]
_NEUTRAL_MEDS = [
    ("cetirizine", "seasonal allergies", (20, 70)),
    ("amoxicillin", "10-day course, sinus infection", (10, 10)),
    ("ibuprofen", "400 mg as needed after rolling ankle", (4, 8)),
    ("loratadine", "pollen season", (25, 60)),
    ("montelukast", "allergy season", (30, 80)),
]


# ----------------------------------------------------------------------------------------------
def _clim(c: dict, doy: int) -> tuple[float, float, float]:
    s = (1 - math.cos(2 * math.pi * (doy - 15) / 365.0)) / 2
    mons = math.exp(-((doy - 215) / 25.0) ** 2) * c.get("monsoon", 0)
    tmax = c["tmax"][0] + (c["tmax"][1] - c["tmax"][0]) * s - 0.12 * mons
    tmin = c["tmin"][0] + (c["tmin"][1] - c["tmin"][0]) * s + 0.05 * mons
    rh = c["rh"][0] + (c["rh"][1] - c["rh"][0]) * s + mons
    return tmax, tmin, rh


def _shape(h: float) -> float:
    """0 at 06:00, 1 at 15:00, back towards 0 overnight."""
    h = h % 24
    if 6 <= h <= 15:
        return (1 - math.cos(math.pi * (h - 6) / 9)) / 2
    h2 = h if h > 15 else h + 24
    return (1 + math.cos(math.pi * (h2 - 15) / 15)) / 2


_NEED = 20          # minimum exposed units per session/day-level exposure in every world
_MAX_ATTEMPTS = 8   # world redraws (cause-independent) until every exposure is common enough


class _Day:
    __slots__ = ("i", "date", "wd", "tz", "clim", "trip", "tmax", "tmin", "rh", "mult", "race", "camp",
                 "down", "travel", "heatblock", "trail_pool", "sessions", "wake", "bed", "sleep_h",
                 "sleep_logged", "meal_log", "after_race", "debt")

    def __init__(self, i, d):
        self.i = i
        self.date = d
        self.wd = d.weekday()
        self.trip = None
        self.race = None
        self.camp = False
        self.down = False
        self.travel = False
        self.heatblock = False
        self.after_race = False
        self.sessions = []
        self.sleep_h = None
        self.sleep_logged = None
        self.meal_log = False
        self.mult = 1.0
        self.wake = None
        self.bed = None
        self.debt = False


class _Sess:
    def __init__(self):
        self.__dict__.update(dict(kind="", activity="", start=None, end=None, dur=0.0, rpe=0.0, tz="",
                                  trail=None, cat=0, elev_off=0, outdoor=True, temp=None, hum=None,
                                  temp_log=None, hum_log=None, dist=None, gain=0, sweat=0.0, intake=0.0,
                                  na_in=0.0, plan=None, ran_dry=False, pre=None, post=None, fluids=False,
                                  race=None, day=0, note="", exp=None, logged=True,
                                  fluid_entries=[], loss_pct=None, rpe_log=None))


class _Gen:
    def __init__(self, cause, seed, attempt=0):
        self.cause = cause
        self.seed = seed
        base = f"blindAH|{seed}" if attempt == 0 else f"blindAH|{seed}|retry{attempt}"
        self.rp = random.Random(base + "|person")
        self.rw = random.Random(base + "|world")
        self.rs = random.Random(base + "|sleep")
        self.rf = random.Random(base + "|food")
        self.rl = random.Random(base + "|log")
        self.rb = random.Random(base + "|background")
        self.rm = random.Random(base + "|med")
        self.rx = random.Random(f"{base}|plant|{cause}")
        self.rd = random.Random(base + "|diet")
        self.out = []          # (utc, seq, obj)
        self._seq = 0
        self._wid = 0

    # -------------------------------------------------------------------------------- helpers
    def emit(self, utc, obj):
        self._seq += 1
        self.out.append((utc, self._seq, obj))

    def local(self, day: _Day, hour: float) -> datetime:
        """UTC instant for a local clock hour (may be <0 or >=24) on `day` in that day's tz."""
        loc = datetime.combine(day.date, time(0)) + timedelta(minutes=round(hour * 60))
        return _to_utc(day.tz, loc)

    def hour_of(self, tz: str, utc: datetime) -> float:
        loc = utc + timedelta(minutes=_offset(tz, utc))
        return loc.hour + loc.minute / 60 + loc.second / 3600

    def temp_at(self, day: _Day, hour: float, elev_off: float) -> float:
        if hour >= 24 and day.i + 1 < len(self.days):
            nd = self.days[day.i + 1]
            return nd.tmin + (nd.tmax - nd.tmin) * _shape(hour - 24) - 0.0065 * elev_off
        lo = day.tmin
        if hour < 6 and day.i > 0:
            pd = self.days[day.i - 1]
            return lo + (pd.tmax - lo) * _shape(hour) - 0.0065 * elev_off
        return lo + (day.tmax - lo) * _shape(hour) - 0.0065 * elev_off

    def rh_at(self, day: _Day, hour: float, temp: float) -> float:
        sh = _shape(hour)
        morning = min(95.0, day.rh + 35 * (1 - day.rh / 100.0) + 10)
        v = day.rh + (morning - day.rh) * (1 - sh)
        return max(4.0, min(100.0, v))

    def mass_str(self, kg: float):
        if self.P["imperial"]:
            return f"{kg / 0.45359237:.1f} lb"
        return round(kg, 2)

    def ml_val(self, ml: float, hand=True):
        if self.P["imperial"] and hand:
            oz = ml / 29.5735
            return f"{max(1, round(oz))} oz"
        return int(round(ml / 10.0) * 10) if ml >= 10 else round(ml, 1)

    # -------------------------------------------------------------------------------- person
    def make_person(self):
        r = self.rp
        sex = "female" if r.random() < 0.42 else "male"
        by = r.randint(1972, 2000)
        h = r.gauss(177, 6) if sex == "male" else r.gauss(165, 6)
        h = max(150.0, min(198.0, h))
        bmi = r.uniform(19.6, 23.2)
        mass = bmi * (h / 100) ** 2
        home = r.choice(_HOMES)
        P = dict(
            sex=sex, birth_year=by, height=round(h, 1), mass=mass, home=home,
            imperial=r.random() < 0.6, scale_zulu=r.random() < 0.35,
            sweat_base=r.uniform(0.8, 1.3), sweat_na=r.uniform(600, 1500),
            drink_rate=r.uniform(0.3, 0.55), p_water=r.uniform(0.45, 0.68), p_elec=r.uniform(0.22, 0.4),
            gel_use=r.uniform(0.55, 0.95), gel_every=r.uniform(38, 55), p_salt=r.uniform(0.0, 0.5),
            elec=r.choice(_ELEC_BRANDS), gel=r.choice(_GEL_BRANDS),
            p_weigh_long=r.uniform(0.65, 0.92), p_weigh_other=r.uniform(0.2, 0.4),
            p_morning=r.uniform(0.45, 0.85), p_sleep_log=r.uniform(0.82, 0.95),
            usual_sleep=r.uniform(6.9, 8.0), wake_h=r.uniform(5.2, 6.4), p_short=r.uniform(0.09, 0.14),
            p_rpe=r.uniform(0.65, 0.95), p_aft=r.uniform(0.32, 0.55), p_hr=r.uniform(0.85, 0.98),
            p_temp=r.uniform(0.82, 0.95), p_hum=r.uniform(0.4, 0.75), p_mg=r.uniform(0.15, 0.45),
            long_base=r.uniform(150, 230), easy_pace=r.uniform(6.2, 7.4), salt_crust=r.uniform(0.0, 0.3),
            hr_rest=r.randint(44, 56), meal_on=r.uniform(9, 25), meal_off=r.uniform(3, 9),
            ep_id=r.random() < 0.5, p_mus=r.uniform(0.15, 0.45),
            p_commute=r.choice([0.0, r.uniform(0.2, 0.6), r.uniform(0.3, 0.7)]),
        )
        P["portion"] = max(0.9, min(1.35, mass / 60.0)) * r.uniform(0.95, 1.15)
        if P["p_commute"] == 0.0:
            P["p_aft"] = min(0.75, P["p_aft"] + 0.2)   # no bike commute: runs after work instead
        self.P = P
        self.home_tz = home["tz"]

    # -------------------------------------------------------------------------------- calendar
    def make_calendar(self):
        r = self.rw
        P = self.P
        year = r.choice([2024, 2025])
        self.d0 = date(year, 1, 5) + timedelta(days=r.randint(0, 135))
        to_sep = (date(year, 9, 5) - self.d0).days
        self.n = r.randint(max(180, to_sep), 365)
        self.days = [_Day(i, self.d0 + timedelta(days=i)) for i in range(self.n)]
        n = self.n
        home = P["home"]
        for d in self.days:
            d.tz = home["tz"]
            d.clim = home
            d.trail_pool = home["trails"]

        # races
        nr = max(1, round(n / 365.0 * r.uniform(2.4, 4.6)))
        cands = [d.i for d in self.days if d.wd == 5 and 35 <= d.i < n - 10]
        weights = [1.0 if 4 <= self.days[i].date.month <= 10 else 0.15 for i in cands]
        races = []
        tries = 0
        while len(races) < nr and tries < 200:
            tries += 1
            i = r.choices(cands, weights)[0]
            if all(abs(i - j) >= 42 for j in races):
                races.append(i)
        races.sort()
        self.races = []
        for i in races:
            t = r.choices(_RACE_TYPES, [x[4] for x in _RACE_TYPES])[0]
            m = self.days[i].date.month
            vw = {"local": 0.45, "desert": 0.22 if m in (3, 4, 5, 9, 10, 11) else 0.08,
                  "humid": 0.12 if m in (6, 7, 8, 9) else 0.03, "alpine": 0.2 if m in (6, 7, 8, 9) else 0.0,
                  "california": 0.12}
            v = r.choices(list(vw), list(vw.values()))[0]
            race = dict(day=i, type=t, venue=v)
            if v == "local":
                race["name"] = f"{r.choice(['Mountain', 'High Country', 'Summit', 'Ridge'])} {t[0]}"
            else:
                race["name"] = f"{r.choice(_VENUES[v]['names'])} {t[0]}"
            self.races.append(race)
            self.days[i].race = race
            if i + 1 < n:
                self.days[i + 1].after_race = True
            if v != "local":
                vc = dict(_VENUES[v])
                tz = vc["tz"] or (home["tz"] if v == "desert" else home["tz"])
                far = tz != home["tz"] or v in ("california",)
                a = i - (2 if far else 1)
                b = min(n - 1, i + (2 if far else 1))
                for k in range(max(0, a), b + 1):
                    dd = self.days[k]
                    dd.tz = tz
                    dd.clim = vc
                    dd.trip = v
                    dd.trail_pool = [(vc["names"][0] + " trails", 0, 0), (vc["names"][0] + " hills", 300, 1)]
                self.days[max(0, a)].travel = True
                self.days[b].travel = True
            # heat block before hot races
            if v in ("desert", "humid", "california"):
                for k in range(max(0, i - 21), max(0, i - 3)):
                    self.days[k].heatblock = True

        def free(a, b, margin_before=21, margin_after=14):
            for race in self.races:
                if a - margin_after <= race["day"] <= b + margin_before:
                    return False
            for k in range(max(0, a), min(n, b + 1)):
                if self.days[k].camp or self.days[k].down or self.days[k].trip:
                    return False
            return True

        # camps: 1-2 big blocks (summer if possible)
        ncamp = 2
        if n > 270 and r.random() < 0.35:
            ncamp += 1
        for _ in range(ncamp):
            for _t in range(60):
                a = r.randint(35, max(36, n - 12))
                m = self.days[a].date.month
                if m not in (6, 7, 8, 9) and r.random() < 0.7:
                    continue
                L = r.randint(7, 10)
                b = min(n - 1, a + L - 1)
                if free(a, b):
                    alps = r.random() < 0.35
                    for k in range(a, b + 1):
                        dd = self.days[k]
                        dd.camp = True
                        if alps:
                            vc = _VENUES["alpine"]
                            dd.tz = vc["tz"]
                            dd.clim = vc
                            dd.trip = "alpine"
                            dd.trail_pool = [("Chamonix valley", 0, 0), ("Tour du Mont Blanc stage", 700, 2),
                                             ("Lac Blanc", 1100, 2)]
                    if alps:
                        self.days[a].travel = True
                        self.days[b].travel = True
                    break
        # down periods (cold, work trip, life)
        ndown = 1 + int(n / 110) + (1 if r.random() < 0.4 else 0)
        for _ in range(ndown):
            for _t in range(60):
                a = r.randint(20, max(21, n - 8))
                L = r.randint(5, 14)
                b = min(n - 1, a + L - 1)
                if free(a, b, 10, 7):
                    kind = r.choice(["sick", "work", "life"])
                    for k in range(a, b + 1):
                        dd = self.days[k]
                        dd.down = kind
                        if kind == "work" and k - a < 5:
                            dd.tz = _VENUES["nyc"]["tz"]
                            dd.clim = _VENUES["nyc"]
                            dd.trip = "nyc"
                            dd.trail_pool = [("Hudson River path", 0, 0)]
                    if kind == "work":
                        self.days[a].travel = True
                        self.days[min(b, a + 4)].travel = True
                    break

        # weekly multipliers
        wk = {}
        for d in self.days:
            w = (d.i + self.d0.weekday()) // 7
            if w not in wk:
                m = d.date.month
                season = 0.85 if m in (12, 1, 2) else (1.1 if m in (6, 7, 8, 9) else 1.0)
                wk[w] = season * r.lognormvariate(0, 0.28)
        for race in self.races:
            w = (race["day"] + self.d0.weekday()) // 7
            for k, f in ((-6, 1.12), (-5, 1.18), (-4, 1.22), (-3, 1.15), (-2, 0.95), (-1, 0.72), (0, 0.55),
                         (1, 0.38), (2, 0.72)):
                if w + k in wk:
                    wk[w + k] *= f
        for d in self.days:
            d.mult = wk[(d.i + self.d0.weekday()) // 7]
            if d.down:
                d.mult = 0.2
            if d.camp:
                d.mult = 1.0

        # weather
        a = 0.0
        for d in self.days:
            a = 0.7 * a + r.gauss(0, 2.4)
            doy = d.date.timetuple().tm_yday
            tmax, tmin, rh = _clim(d.clim, doy)
            if d.trip:
                an = r.gauss(0, 2.5)
            else:
                an = a
            d.tmax = tmax + an + r.gauss(0, 1.0)
            d.tmin = min(d.tmax - 6, tmin + 0.7 * an + r.gauss(0, 1.0))
            d.rh = max(5.0, min(95.0, rh - 1.2 * an + r.gauss(0, 6)))

    # -------------------------------------------------------------------------------- training
    def add_session(self, d: _Day, kind, activity, start_h, dur, rpe, cat=None, outdoor=True, note=""):
        r = self.rw
        s = _Sess()
        s.kind, s.activity, s.dur, s.rpe, s.outdoor, s.tz, s.day = kind, activity, dur, rpe, outdoor, d.tz, d.i
        # never overlap another session of the day: move after it (or drop it if too late)
        for _ in range(4):
            st = self.local(d, start_h)
            en = st + timedelta(minutes=dur)
            clash = [o for o in d.sessions if o.start < en + timedelta(minutes=20) and st < o.end + timedelta(minutes=20)]
            if not clash:
                break
            start_h = max(self.hour_of(d.tz, o.end) + (24 if o.end.date() > st.date() and
                                                      self.hour_of(d.tz, o.end) < 6 else 0)
                          for o in clash) + r.uniform(0.4, 1.0)
        else:
            return None
        if start_h + dur / 60.0 > 22.5 and kind != "race":
            return None
        s.start = self.local(d, start_h)
        s.end = s.start + timedelta(minutes=dur)
        if outdoor:
            pool = d.trail_pool
            if cat is not None:
                c = [t for t in pool if t[2] == cat] or pool
            else:
                c = pool
            tr = r.choice(c)
            s.trail, s.elev_off, s.cat = tr[0], tr[1], tr[2]
            # mean temperature / humidity over the session
            ts, hs = [], []
            steps = max(2, int(dur // 15) + 1)
            for k in range(steps):
                hh = start_h + (dur / 60.0) * k / (steps - 1)
                t = self.temp_at(d, hh, s.elev_off + (120 if kind in ("long", "race", "camp") else 0))
                ts.append(t)
                hs.append(self.rh_at(d, hh, t))
            s.temp = sum(ts) / len(ts)
            s.hum = sum(hs) / len(hs)
        else:
            s.temp, s.hum = r.uniform(19, 23), r.uniform(20, 40)
        s.note = note
        d.sessions.append(s)
        return s

    def plan_day(self, d: _Day):
        r = self.rw
        P = self.P
        m = d.mult
        mon = d.date.month
        winter = mon in (12, 1, 2, 3)
        summer = mon in (6, 7, 8, 9)
        hot_season = (mon, d.date.day) >= (5, 15) and (mon, d.date.day) <= (9, 20)

        def wk_start():
            # weekday run start hour
            if d.heatblock and r.random() < 0.7:
                return r.uniform(11.8, 14.0), "heat training, midday on purpose"
            pa = P["p_aft"] + (0.12 if winter else 0.0) + (0.18 if hot_season else 0.0)
            if r.random() < pa:
                if r.random() < (0.55 if winter else 0.35):
                    return r.uniform(11.7, 12.8), ""
                return r.uniform(16.4, 18.2), ""
            return r.uniform(5.4, 6.8), ""

        def sc(x, e=0.75):
            return max(22.0, x * (m ** e) * r.uniform(0.88, 1.12))

        if d.travel:
            if r.random() < 0.25:
                self.add_session(d, "easy", "running", r.uniform(17, 19), r.uniform(25, 40), 3, cat=0,
                                 note="shakeout after travel")
            return
        if d.race:
            race = d.race
            t = race["type"]
            gain = int(t[1] * t[2] * r.uniform(0.8, 1.25))
            pace = r.uniform(*t[3])
            dur = t[1] * pace * r.uniform(0.95, 1.08)
            dur = min(dur, 1380.0)
            st = r.uniform(5.0, 6.5) if t[1] >= 50 else r.uniform(6.5, 8.0)
            if race["venue"] == "alpine":
                st = r.uniform(6.0, 9.0)
            s = self.add_session(d, "race", "trail_running", st, dur, r.choice([8, 8.5, 9, 9, 9.5, 10]),
                                 cat=2 if (race["venue"] == "local" and d.date.month in (6, 7, 8, 9)) else 1,
                                 note=f"{race['name']} race")
            s.race = race
            s.dist = t[1] * r.uniform(0.97, 1.05)
            s.gain = gain
            return
        if d.after_race:
            return
        if d.i + 1 < self.n and self.days[d.i + 1].race:
            self.add_session(d, "easy", "trail_running", r.uniform(15, 18), r.uniform(18, 30), 2.5, cat=0,
                             note="pre-race shakeout")
            return
        if d.down:
            if d.down != "sick" and r.random() < 0.3:
                if d.trip:
                    self.add_session(d, "treadmill", "running", r.uniform(5.5, 6.5), r.uniform(28, 42), 4,
                                     outdoor=False, note="hotel treadmill")
                else:
                    self.add_session(d, "easy", "running", r.uniform(6, 17), r.uniform(25, 40), 3, cat=0)
            elif d.down == "sick" and r.random() < 0.12:
                self.add_session(d, "walk", "walking", r.uniform(10, 16), r.uniform(20, 45), 2, cat=0)
            return
        if d.camp:
            if r.random() < 0.14:
                self.add_session(d, "hike", "hiking", r.uniform(8, 10), r.uniform(100, 200), 3, cat=2)
                return
            st = r.uniform(6.2, 8.2)
            dur = r.uniform(95, 250)
            self.add_session(d, "camp", "trail_running", st, dur, r.choice([4, 5, 5, 6, 6, 7]), cat=2,
                             note="running trip")
            if r.random() < 0.35:
                self.add_session(d, "easy", "trail_running", r.uniform(16.5, 18), r.uniform(28, 45), 3, cat=0,
                                 note="evening shakeout")
            return

        wd = d.wd
        skip = max(0.0, 1.0 - m) * 0.8
        if hot_season and wd in (1, 2, 3, 4) and r.random() < P["p_commute"] and not d.trip:
            # bike commute: cool ride in, hot ride home
            for a, b, nt in ((7.2, 7.9, "bike commute"), (16.9, 17.8, "bike commute home")):
                c = self.add_session(d, "commute", "cycling", r.uniform(a, b), r.uniform(22, 40), 3, cat=0, note=nt)
                if c is not None:
                    c.trail = None
        if wd == 0:
            if r.random() < 0.65:
                self.add_session(d, "strength", "strength", r.uniform(17.2, 18.5), r.uniform(35, 55), 6,
                                 outdoor=False)
            if r.random() < 0.2 * m:
                self.add_session(d, "easy", "trail_running", r.uniform(5.5, 6.5), sc(35), 3, cat=0,
                                 note="recovery jog")
        elif wd == 1:
            if r.random() > skip:
                st, note = wk_start()
                tread = winter and d.tmin < -9 and r.random() < 0.5
                cat = 0 if (st >= 11.5 and r.random() < 0.75) else r.choice([0, 1])
                self.add_session(d, "quality", "running" if tread else "trail_running", st, sc(70),
                                 r.choice([7, 7, 7.5, 8]), cat=cat, outdoor=not tread,
                                 note=note or r.choice(["hill repeats", "tempo", "6x3' uphill", "track 400s", ""]))
        elif wd == 2:
            if r.random() > skip:
                st, note = wk_start()
                self.add_session(d, "easy", "trail_running", st, sc(55), r.choice([3, 3, 4]), cat=0, note=note)
            if r.random() < 0.35:
                runs = [self.hour_of(d.tz, x.start) for x in d.sessions]
                if runs and runs[0] >= 15.5:
                    sh = r.uniform(5.6, 6.2)
                elif runs and runs[0] >= 11:
                    sh = r.uniform(18.8, 19.5)
                else:
                    sh = r.choice([12.2, 19.0])
                self.add_session(d, "strength", "strength", sh, r.uniform(30, 45), 5, outdoor=False)
        elif wd == 3:
            if r.random() > skip:
                st, note = wk_start()
                if summer and r.random() < 0.12:
                    self.add_session(d, "bike", "cycling", st, sc(80), 5, cat=0, note=note)
                else:
                    cat = 0 if (st >= 11.5 and r.random() < 0.75) else r.choice([0, 1, 1])
                    self.add_session(d, "medium", "trail_running", st, sc(72), r.choice([4, 5, 5, 6]),
                                     cat=cat, note=note)
        elif wd == 4:
            x = r.random()
            if x < 0.5:
                pass
            elif x < 0.68:
                self.add_session(d, "yoga", "yoga", r.uniform(17.5, 19), r.uniform(40, 65), 2, outdoor=False)
            elif r.random() > skip:
                st, note = wk_start()
                self.add_session(d, "easy", "trail_running", st, sc(42), 3, cat=0, note=note)
        elif wd == 5:
            if winter and r.random() < 0.35:
                self.add_session(d, "ski", "skiing", r.uniform(8.0, 9.5), sc(180, 0.5), r.choice([5, 6, 6]),
                                 cat=2, note="backcountry tour")
            elif r.random() > skip * 0.5:
                base = P["long_base"] * (1.15 if summer else 1.0)
                dur = min(420.0, base * (m ** 0.8) * r.uniform(0.85, 1.2))
                if summer:
                    st = r.uniform(5.8, 7.6)
                elif winter:
                    st = r.uniform(8.3, 10.0)
                else:
                    st = r.uniform(6.8, 8.6)
                if d.heatblock and r.random() < 0.5:
                    st = r.uniform(10.0, 12.0)
                cat = 2 if (summer and r.random() < 0.55) else (1 if r.random() < 0.7 else 0)
                rpe = 5 + (1 if dur > 240 else 0) + r.choice([0, 0.5, 1])
                self.add_session(d, "long", "trail_running", st, dur, min(8.5, rpe), cat=cat,
                                 note="long run")
        elif wd == 6:
            x = r.random()
            if winter and x < 0.25:
                self.add_session(d, "ski", "skiing", r.uniform(8.5, 10), sc(150, 0.5), 5, cat=2,
                                 note="skin up, ski down")
            elif x < 0.72 and r.random() > skip * 0.6:
                dur = min(300.0, sc(120, 0.85))
                st = r.uniform(6.5, 8.5) if not winter else r.uniform(9, 11)
                if hot_season and r.random() < 0.35:
                    st = r.uniform(14.5, 16.5)
                self.add_session(d, "b2b", "trail_running", st, dur, r.choice([4, 5, 5, 6]),
                                 cat=r.choice([1, 1, 2]) if summer else r.choice([0, 1]),
                                 note="back-to-back")
            elif x < 0.85:
                self.add_session(d, "hike", "hiking", r.uniform(8, 10), sc(150, 0.5), 3, cat=r.choice([1, 2]))

    def finish_sessions(self):
        """Derived watch fields, sweat, fluids, weigh-ins."""
        r = self.rw
        P = self.P
        mass = P["mass"]
        drift = 0.0
        self.true_mass = []
        for d in self.days:
            drift = max(-1.5, min(1.5, drift + r.gauss(0, 0.07)))
            self.true_mass.append(mass + drift)
        for d in self.days:
            for s in d.sessions:
                self.finish_one(d, s)
        self.sessions = [s for d in self.days for s in d.sessions]
        self.sessions.sort(key=lambda s: s.start)

    def finish_one(self, d: _Day, s: _Sess):
        r = self.rw
        P = self.P
        hrs = s.dur / 60.0
        # distance / gain
        if s.kind == "race":
            pass
        elif s.activity in ("trail_running", "running"):
            if s.kind == "long" or s.kind == "camp" or s.kind == "b2b":
                pace = P["easy_pace"] + r.uniform(1.0, 2.4) + (1.0 if s.cat == 2 else 0)
            elif s.kind == "quality":
                pace = P["easy_pace"] - r.uniform(0.6, 1.2)
            elif s.kind == "treadmill":
                pace = P["easy_pace"] - r.uniform(0.8, 1.3)
            else:
                pace = P["easy_pace"] + r.uniform(-0.2, 0.6) + (0.8 if s.cat == 2 else 0)
            s.dist = s.dur / pace
            per_km = {0: r.uniform(12, 32), 1: r.uniform(35, 62), 2: r.uniform(50, 85)}[s.cat]
            if not s.outdoor or s.activity == "running" and s.kind == "treadmill":
                per_km = 0
            s.gain = int(s.dist * per_km)
        elif s.activity == "hiking":
            s.dist = s.dur / r.uniform(14, 19)
            s.gain = int(s.dist * r.uniform(60, 110))
        elif s.activity == "skiing":
            s.dist = s.dur / r.uniform(9, 15)
            s.gain = int(s.dist * r.uniform(90, 140))
        elif s.activity == "cycling":
            s.dist = s.dur / r.uniform(2.2, 2.9)
            s.gain = int(s.dist * r.uniform(8, 18))
        elif s.activity == "walking":
            s.dist = s.dur / r.uniform(11, 13)
        # sweat
        if s.activity in ("strength", "yoga"):
            s.sweat = hrs * 0.35 * P["sweat_base"]
        else:
            t = s.temp if s.temp is not None else 20
            rate = P["sweat_base"] * max(0.4, 1 + 0.035 * (t - 15)) * (0.6 + 0.08 * s.rpe) * \
                (1 + 0.004 * max(0.0, (s.hum or 20) - 40))
            if s.activity in ("hiking", "walking"):
                rate *= 0.65
            rate = max(0.2, min(2.6, rate))
            s.sweat = rate * hrs * r.lognormvariate(0, 0.08)
        # fluids on long sessions
        s.fluids = (s.dur >= 100 and s.activity in ("trail_running", "running", "hiking", "skiing", "cycling")) \
            or s.kind == "race"
        if s.fluids:
            if s.kind == "race":
                plan = r.choices(["water", "mixed", "electrolyte"], [0.25, 0.45, 0.30])[0]
            else:
                pw, pe = P["p_water"], P["p_elec"]
                plan = r.choices(["water", "mixed", "electrolyte"], [pw, max(0.05, 1 - pw - pe), pe])[0]
            s.plan = plan
            t = s.temp if s.temp is not None else 15
            irate = P["drink_rate"] * r.lognormvariate(0, 0.25) * (1 + 0.02 * (t - 15))
            irate = max(0.15, irate)
            if s.activity == "skiing" and r.random() < 0.3:
                irate *= 0.5
            s.ran_dry = r.random() < 0.13
            self.build_fluids(d, s, irate)
        else:
            s.intake = 0.0
            s.na_in = 0.0
        # weigh-ins
        p = P["p_weigh_long"] if s.fluids else P["p_weigh_other"]
        if s.activity in ("strength", "yoga", "walking") or d.trip or d.travel:
            p = 0.03 if s.activity not in ("yoga",) else 0.0
        if s.kind == "race" and d.trip:
            p = 0.0
        if r.random() < p:
            tm = self.true_mass[d.i]
            hh = self.hour_of(s.tz, s.start)
            pre = tm + (0.35 if hh < 9 else 0.9) + r.gauss(0, 0.15)
            loss = s.sweat - s.intake + 0.05 * hrs
            post = pre - loss + r.gauss(0, 0.1)
            s.pre, s.post = pre, post

    def build_fluids(self, d: _Day, s: _Sess, irate: float):
        """Fluid, gel and salt-cap entries during a long session (logged afterwards by hand)."""
        r = self.rw
        P = self.P
        ent = []
        t = 25 + r.uniform(0, 20)
        total = 0.0
        na = 0.0
        dry_at = s.dur * r.uniform(0.45, 0.7) if s.ran_dry else 1e9
        k = 0
        brand, conc = P["elec"]
        while t < s.dur - 10:
            step = r.uniform(35, 65)
            rate = irate if t < dry_at else irate * 0.15
            ml = rate * step / 60 * 1000
            if ml >= 60:
                if s.plan == "water":
                    drink = "water"
                elif s.plan == "electrolyte":
                    drink = "electrolyte_drink"
                else:
                    drink = "water" if k % 2 == 0 else ("sports_drink" if s.kind == "race" else "electrolyte_drink")
                ml = max(100.0, round(ml / 50) * 50)
                total += ml
                e = {"type": "fluid", "ml": self.ml_val(ml), "drink": drink}
                if drink == "electrolyte_drink":
                    sod = conc * ml / 1000
                    e["sodium_mg"] = int(round(sod))
                    na += sod
                    if r.random() < 0.3:
                        e["notes"] = brand
                elif drink == "sports_drink":
                    na += 460 * ml / 1000
                    if r.random() < 0.5:
                        e["notes"] = "aid station"
                ent.append((s.start + timedelta(minutes=t), e))
                k += 1
            t += step
        if s.ran_dry:
            s.note = (s.note + "; " if s.note else "") + r.choice(
                ["ran out of water", "bottles empty for the last part", "spring was dry, no refill",
                 "bladder froze / hose iced up" if s.temp is not None and s.temp < 2 else "ran dry"])
        # gels
        if r.random() < P["gel_use"] or s.kind == "race":
            gname, kcal, gna, gk = P["gel"]
            t = r.uniform(35, 55)
            while t < s.dur - 15:
                e = {"type": "meal", "energy_kcal": kcal, "sodium_mg": gna, "potassium_mg": gk, "notes": gname}
                ent.append((s.start + timedelta(minutes=t), e))
                na += gna
                t += P["gel_every"] * r.uniform(0.85, 1.2)
        # salt caps
        if s.plan in ("electrolyte", "mixed") and r.random() < P["p_salt"]:
            t = r.uniform(50, 70)
            while t < s.dur - 15:
                ent.append((s.start + timedelta(minutes=t),
                            {"type": "supplement", "name": "SaltStick cap", "sodium_mg": 215, "potassium_mg": 63,
                             "calcium_mg": 22, "magnesium_mg": 11}))
                na += 215
                t += r.uniform(55, 75)
        s.intake = total / 1000.0
        s.na_in = na
        s.fluid_entries = ent

    # -------------------------------------------------------------------------------- sleep
    def make_sleep(self):
        r = self.rs
        P = self.P
        for d in self.days:
            if d.i == 0:
                continue
            starts = sorted(self.hour_of(d.tz, s.start) for s in d.sessions)
            first = starts[0] if starts else None
            nat = P["wake_h"] + r.gauss(0, 0.3) + (0.7 if d.wd in (5, 6) else 0)
            dur = P["usual_sleep"] + r.gauss(0, 0.38) + (0.3 if d.wd in (5, 6) else 0)
            if d.race:
                wake = first - r.uniform(1.3, 1.9)
                dur = max(3.8, wake - r.uniform(-3.0, -1.5) - r.uniform(0.3, 1.2))   # early to bed, restless
            else:
                if first is not None and first < nat + 0.6:
                    wake = first - r.uniform(0.35, 0.75)
                    if wake < nat - 0.6:
                        dur -= r.uniform(0.3, 0.9)
                else:
                    wake = nat
                if d.travel or self.days[d.i - 1].travel:
                    dur = r.uniform(5.0, 6.3)
                elif r.random() < P["p_short"]:
                    dur = r.uniform(4.1, 5.6)
                elif d.after_race:
                    dur = P["usual_sleep"] + r.uniform(0.8, 2.0)
            dur = max(3.3, dur)
            prev = self.days[d.i - 1]
            mid = self.local(d, 0.0)
            last_end = max(((s.end - mid).total_seconds() / 3600 for s in prev.sessions), default=-10)
            bed = wake - dur
            if bed < last_end + 1.0:
                bed = last_end + 1.0
                if wake - bed < 3.3:          # overnight travel across time zones: short night
                    wake = bed + r.uniform(3.3, 5.0)
            d.wake = self.local(d, wake)
            d.bed = self.local(d, bed)
            d.sleep_h = (d.wake - d.bed).total_seconds() / 3600

    # -------------------------------------------------------------------------------- meals
    def meal_days(self):
        r = self.rl
        P = self.P
        on = r.random() < 0.7
        for d in self.days:
            if on and r.random() < 1.0 / P["meal_on"]:
                on = False
            elif not on and r.random() < 1.0 / P["meal_off"]:
                on = True
            d.meal_log = on and (not d.trip or r.random() < 0.2) and not d.travel

    def diet_phase(self):
        """Low-mineral phase (days) for the nutrient-deficiency cause, else None."""
        if self.cause != "nutrient_deficiency":
            return None
        r = self.rd
        a = int(self.n * r.uniform(0.15, 0.3))
        b = min(self.n - 5, a + int(self.n * r.uniform(0.5, 0.65)))
        return (a, b)

    def emit_meals(self):
        r = self.rf
        P = self.P
        low = self.low
        for d in self.days:
            if not d.meal_log:
                continue
            in_low = low is not None and low[0] <= d.i <= low[1]
            wake = self.hour_of(d.tz, d.wake) if d.wake else 6.0
            morn = [s for s in d.sessions if self.hour_of(d.tz, s.start) < 10.5]
            if morn and morn[0].dur < 150:
                bh = self.hour_of(d.tz, morn[0].end) + r.uniform(0.4, 0.9)
            elif morn:
                bh = wake + r.uniform(0.15, 0.3)          # eat before a long one
            else:
                bh = wake + r.uniform(0.6, 1.5)
            lunch_run = [s for s in d.sessions if 11.3 < self.hour_of(d.tz, s.start) < 14.5]
            lh = self.hour_of(d.tz, lunch_run[0].end) + r.uniform(0.3, 0.7) if lunch_run else r.uniform(11.8, 13.2)
            eve = [s for s in d.sessions if self.hour_of(d.tz, s.start) >= 15.5]
            dh = max(r.uniform(18.0, 19.8), self.hour_of(d.tz, eve[-1].end) + 0.6) if eve else r.uniform(18.0, 19.8)
            plan = [("breakfast", bh), ("lunch", lh), ("dinner", dh)]
            if r.random() < 0.75:
                plan.append(("snack", r.uniform(15.0, 16.3)))
            if r.random() < 0.45:
                plan.append(("snack", min(dh + r.uniform(1.5, 2.5), 22.0)))
            if r.random() < 0.08:
                plan.pop(r.randrange(len(plan)))      # forgot to log one
            for name, hh in plan:
                table = _LOW_MEALS if (in_low and r.random() < 0.9) else _NORMAL_MEALS
                items = r.choice(table[name])
                its = [{"ndb_no": ndb, "grams": int(round(g * P["portion"] * r.uniform(0.75, 1.25)))}
                       for ndb, g in items]
                t = self.place(d, hh)
                if t is None:
                    continue
                lh_ = self.hour_of(d.tz, t)
                e = {"type": "meal", "items": its, "id": f"cronometer-{d.date.isoformat()}-{name}-{int(lh_ * 100)}"}
                self.emit(t, e)
            # drinks on logged days
            extra = []
            if r.random() < 0.9:
                extra.append((bh - 0.2, {"type": "fluid", "ml": self.ml_val(r.choice([300, 350, 450])),
                                         "drink": "coffee"}))
            for _ in range(r.randint(1, 4)):
                extra.append((r.uniform(9, 21), {"type": "fluid", "ml": self.ml_val(r.choice([600, 700, 710, 750])),
                                                 "drink": "water"}))
            if in_low and r.random() < 0.6:
                extra.append((r.uniform(13, 20), {"type": "fluid", "ml": self.ml_val(355), "drink": "soft_drink"}))
            if d.wd in (4, 5) and r.random() < 0.35:
                extra.append((dh + 0.5, {"type": "fluid", "ml": self.ml_val(355), "drink": "beer"}))
            if P["p_mg"] > 0.3 and not in_low and r.random() < 0.3:
                extra.append((dh + 1.2, {"type": "supplement", "name": "multivitamin",
                                         "magnesium_mg": 50, "calcium_mg": 200, "potassium_mg": 80}))
            for hh, e in extra:
                t = self.place(d, hh)
                if t is not None:
                    self.emit(t, e)

    def place(self, d: _Day, hh: float):
        """Instant for a hand-logged daily item at local hour hh: moved after any session it would
        fall into, dropped if that lands it inside a sleep window."""
        t = self.local(d, hh)
        near = [s for k in (d.i - 1, d.i, d.i + 1) if 0 <= k < self.n for s in self.days[k].sessions]
        for _ in range(4):
            clash = [s for s in near if s.start - timedelta(minutes=8) <= t <= s.end + timedelta(minutes=5)]
            if not clash:
                break
            t = max(s.end for s in clash) + timedelta(minutes=self.rf.uniform(15, 45))
        else:
            return None
        for k in (d.i, d.i + 1):
            if 0 <= k < self.n and self.days[k].bed is not None:
                if self.days[k].bed - timedelta(minutes=25) <= t <= self.days[k].wake + timedelta(minutes=10):
                    return None
        return t

    # -------------------------------------------------------------------------------- watch, scale, sleep objects
    def emit_world(self):
        r = self.rl
        P = self.P
        # watch gaps: sometimes the watch is away for repair for a week or so (no workouts, no sleep)
        gap = None
        if r.random() < 0.4:
            g0 = r.randint(30, self.n - 15)
            gap = (g0, g0 + r.randint(5, 12))
        self.watch_gap = gap
        for d in self.days:
            in_gap = gap is not None and gap[0] <= d.i <= gap[1]
            # morning weigh-in
            if not d.trip and not d.travel and r.random() < P["p_morning"] and d.wake is not None:
                t = d.wake + timedelta(minutes=r.uniform(3, 12))
                kg = self.true_mass[d.i] + r.gauss(0, 0.3)
                self._bm(d, t, kg, "morning")
            for s in d.sessions:
                s.logged = not in_gap and (s.kind == "race" or r.random() > 0.03)   # forgot / dead watch
                if s.logged:
                    self.emit_session(d, s)
            # sleep record (night before day d)
            if d.wake is not None and d.i > 0 and not in_gap:
                p = P["p_sleep_log"] if not d.trip else 0.75
                if r.random() < p:
                    b = d.bed + timedelta(minutes=r.gauss(0, 6))
                    w = d.wake + timedelta(minutes=r.gauss(0, 4))
                    w = w.replace(second=0, microsecond=0)
                    b = b.replace(second=0, microsecond=0)
                    if r.random() < 0.04:
                        hrs = round(round(d.sleep_h * 4) / 4, 2)
                        e = {"type": "sleep", "time": None, "hours": hrs}
                        d.sleep_logged = hrs
                        self.emit(b, e)
                        e["_tz"] = d.tz
                    else:
                        e = {"type": "sleep", "time": None, "end": _iso(d.tz, w),
                             "id": f"garmin-sleep-{d.date.isoformat()}"}
                        if r.random() < 0.6:
                            q = 1 + (d.sleep_h - 4.0) * 0.9 + r.gauss(0, 0.6)
                            e["quality"] = int(max(1, min(5, round(q))))
                        d.sleep_logged = (w - b).total_seconds() / 3600
                        e["_tz"] = d.tz
                        self.emit(b, e)

    def _bm(self, d, t, kg, ctx):
        P = self.P
        e = {"type": "body_mass", "kg": self.mass_str(kg), "context": ctx, "_tz": d.tz,
             "id": f"withings-{int((t - datetime(2020, 1, 1)).total_seconds())}"}
        if P["scale_zulu"]:
            e["_zulu"] = True
        self.emit(t, e)

    def emit_session(self, d: _Day, s: _Sess):
        r = self.rl
        P = self.P
        self._wid += 1
        e = {"type": "workout", "time": None, "duration_min": round(s.dur, 1), "activity": s.activity,
             "_tz": s.tz, "id": f"garmin-{15800000000 + self.seed * 100000 + self._wid}"}
        s.rpe_log = None
        if s.kind == "race" or r.random() < P["p_rpe"]:
            e["rpe"] = s.rpe
            s.rpe_log = s.rpe
        if r.random() < P["p_hr"]:
            hr = P["hr_rest"] + 50 + 9.0 * s.rpe - 0.03 * max(0, s.dur - 90) + r.gauss(0, 5)
            if s.activity in ("strength", "yoga"):
                hr = P["hr_rest"] + r.uniform(40, 60)
            e["avg_hr"] = int(max(60, min(195, hr)))
        if s.dist:
            e["distance_km"] = round(s.dist, 2)
        if s.outdoor and s.activity not in ("strength", "yoga"):
            if r.random() < P["p_temp"] or s.kind == "race":
                s.temp_log = int(round(s.temp + r.gauss(0, 1.0)))
                e["temperature_c"] = max(-40, min(55, s.temp_log))
            if r.random() < P["p_hum"]:
                s.hum_log = int(round(max(3, min(100, s.hum + r.gauss(0, 4)))))
                e["humidity_pct"] = s.hum_log
        elif not s.outdoor and s.activity == "running" and r.random() < 0.5:
            s.temp_log = int(round(s.temp))
            e["temperature_c"] = s.temp_log
        if r.random() < P["p_mus"] or s.activity == "strength" and r.random() < 0.7:
            mg = {"trail_running": ["calf", "quadriceps", "hamstring", "glute"],
                  "running": ["calf", "quadriceps", "hamstring"],
                  "hiking": ["quadriceps", "glute", "calf"],
                  "skiing": ["quadriceps", "glute", "calf"],
                  "cycling": ["quadriceps", "glute"],
                  "strength": ["glute", "quadriceps", "hamstring", "abdomen", "lower_back"],
                  "yoga": ["hamstring", "hip_flexor", "lower_back"],
                  "walking": ["calf"]}.get(s.activity)
            if mg:
                e["muscle_groups"] = mg if r.random() < 0.6 else mg[: r.randint(1, len(mg))]
        if s.kind == "quality" and r.random() < 0.5:
            e["warm_up_min"] = r.choice([10, 15, 20])
            e["cool_down_min"] = r.choice([5, 10, 10, 15])
        notes = []
        if s.trail:
            notes.append(s.trail)
        if s.gain:
            hi = int(self.days[s.day].clim.get("elev", 1500) + s.elev_off + s.gain * r.uniform(0.2, 0.5))
            notes.append(f"+{s.gain} m / -{int(s.gain * r.uniform(0.97, 1.03))} m, high point {hi} m")
        if s.note:
            notes.append(s.note)
        if s.fluids and s.sweat > 2.0 and r.random() < P["salt_crust"]:
            notes.append("salt crust on hat and shorts")
        if notes and r.random() < 0.92:
            e["notes"] = "; ".join(notes)[:2000]
        self.emit(s.start, e)
        # fluids etc.
        for t, fe in getattr(s, "fluid_entries", []):
            t = t.replace(second=0, microsecond=0)
            fe = dict(fe)
            fe["_tz"] = s.tz
            self.emit(t, fe)
        if s.pre is not None:
            self._bm(d, s.start - timedelta(minutes=r.uniform(8, 25)), s.pre, "pre_workout")
            self._bm(d, s.end + timedelta(minutes=r.uniform(6, 22)), s.post, "post_workout")
        if s.fluids and r.random() < 0.4:
            self.emit(s.end + timedelta(minutes=r.uniform(35, 80)),
                      {"type": "fluid", "ml": self.ml_val(r.choice([400, 500, 750])),
                       "drink": r.choice(["water", "water", "milk"]), "_tz": s.tz,
                       "notes": "recovery"})

    # -------------------------------------------------------------------------------- medication
    def make_meds(self):
        """Medication entries.  All random draws happen up front in a fixed order, so a seed has the
        same medicines whatever the cause; the medication cause only forces the cramp-linked one."""
        r = self.rm
        P = self.P
        age = self.d0.year - P["birth_year"]
        kind = r.choices(["none", "neutral", "linked"], [0.40, 0.45, 0.15])[0]
        frac = r.uniform(0.35, 0.6)
        neutral = r.choice(_NEUTRAL_MEDS)
        na = r.randint(5, self.n - 15)
        nlen = r.randint(*neutral[2])
        opts = [m for m in _LINKED_MEDS if (m[2] >= 0 and age >= m[2]) or (m[2] == -1 and P["sex"] == "female")]
        linked = r.choice(opts)
        note_p = [r.random() for _ in range(2)]
        self.med_start = None
        meds = []
        if kind == "neutral":
            meds.append((neutral[0], na, min(self.n - 1, na + nlen), neutral[1]))
        if kind == "linked" or self.cause == "medication":
            a = int(self.n * frac)
            meds.append((linked[0], a, None, linked[1]))
            if self.cause == "medication":
                self.med_start = a
        for k, (nm, a, b, why) in enumerate(meds):
            e = {"type": "medication", "name": nm, "start": self.days[a].date.isoformat()}
            if b is not None:
                e["end"] = self.days[b].date.isoformat()
            if note_p[k] < 0.8:
                e["notes"] = why
            self.emit(self.local(self.days[a], 8.0), e)

    # -------------------------------------------------------------------------------- episodes
    def episode(self, tz, utc, kind, muscle, during, rng, side=None, dur=None, pain=None, relief=None,
                relieved=None, notes=None, exact=False):
        e = {"type": "episode", "time": None, "kind": kind, "muscle": muscle, "_tz": tz}
        if not exact:
            # hand-entered: rounded to 5 min
            mins = utc.minute - utc.minute % 5
            utc = utc.replace(minute=mins, second=0, microsecond=0)
        else:
            utc = utc.replace(second=0, microsecond=0)
        if side is None:
            side = rng.choice(["left", "right"] if muscle in ("eyelid", "face") else
                              ["left", "right", "left", "right", "both"])
        if rng.random() < 0.82:
            e["side"] = side
        if dur is not None and rng.random() < 0.75:
            e["duration_s"] = int(dur)
        if pain is not None and rng.random() < 0.85:
            e["pain"] = int(pain)
        if rng.random() < 0.88:
            e["during"] = during
        if relief and rng.random() < 0.72:
            e["relief"] = relief
            if rng.random() < 0.8:
                e["relieved"] = True if relieved is None else relieved
        if rng.random() < 0.07:
            e["flags"] = {"swelling": False, "weakness": False}      # the app's quick check, answered "no"
        if notes and rng.random() < 0.6:
            e["notes"] = notes
        if rng.random() < 0.05:
            e["notes"] = (e.get("notes", "") + "; logged later, time approximate").lstrip("; ")
        if self.P["ep_id"]:
            e["id"] = "cw-%08x" % rng.getrandbits(32)
        self.emit(utc, e)
        self.n_ep += 1
        return e

    def spasm_fields(self, rng, muscle, where):
        dur = rng.choice([rng.uniform(15, 90), rng.uniform(30, 240), rng.uniform(60, 400)])
        pain = rng.choice([5, 6, 6, 7, 7, 8, 8, 9])
        if where == "sleep":
            relief = rng.sample(["stretching", "walking_it_off", "massage"], rng.randint(1, 2))
        elif where == "exercise":
            relief = rng.sample(["stretching", "walking_it_off", "massage", "rest"], rng.randint(1, 2))
            if rng.random() < 0.1:
                relief.append("pickle_juice")
        else:
            relief = rng.sample(["stretching", "massage", "heat", "walking_it_off"], rng.randint(1, 2))
        return dict(dur=dur, pain=pain, relief=relief, relieved=rng.random() < 0.93)

    def night_cramp(self, rng, d: _Day, notes=None):
        if d.bed is None:
            return
        a = d.bed + timedelta(hours=1)
        b = d.wake - timedelta(minutes=20)
        if b <= a:
            return
        t = a + (b - a) * rng.random()
        mus = rng.choices(["calf", "foot", "toes", "hamstring"], [0.68, 0.18, 0.08, 0.06])[0]
        f = self.spasm_fields(rng, mus, "sleep")
        self.episode(d.tz, t, "spasm", mus, "sleep", rng, notes=notes or rng.choice(
            ["woke me up", "woke up with it", "charley horse at night", None, None]), **f)

    def twitch(self, rng, d: _Day, muscle=None, hour=None, notes=None):
        muscle = muscle or rng.choices(["eyelid", "calf", "quadriceps", "fingers", "face"],
                                       [0.55, 0.22, 0.1, 0.08, 0.05])[0]
        hh = hour if hour is not None else rng.uniform(8.5, 21.5)
        t = self.awake_free(d, hh, rng, 8.5, 21.5)
        dur = rng.choice([rng.uniform(5, 60), rng.uniform(60, 900)])
        self.episode(d.tz, t, "twitch", muscle, "rest", rng, dur=dur, pain=rng.choice([0, 0, 0, 1]),
                     notes=notes or rng.choice(["on and off", "flickering", "visible under the skin", None, None]))

    def rest_cramp(self, rng, d: _Day, hour=None):
        mus, note = rng.choice([("foot", "in the car"), ("toes", "putting shoes on"), ("hand", "writing"),
                                ("fingers", "gripping steering wheel"), ("hamstring", "sitting cross-legged"),
                                ("calf", "pointing toes while stretching"), ("abdomen", "stretching in bed"),
                                ("neck", None), ("foot", "at my desk")])
        hh = hour if hour is not None else rng.uniform(7.5, 22.0)
        t = self.awake_free(d, hh, rng, 7.5, 22.0)
        f = self.spasm_fields(rng, mus, "rest")
        f["pain"] = max(3, f["pain"] - 2)
        f["dur"] = f["dur"] * 0.5
        self.episode(d.tz, t, "spasm", mus, "rest", rng, notes=note, **f)

    def awake_free(self, d: _Day, hh: float, rng, lo: float, hi: float) -> datetime:
        """An instant near local hour hh on day d when the person is awake and not exercising."""
        near = [s for k in (d.i - 1, d.i, d.i + 1) if 0 <= k < self.n for s in self.days[k].sessions]
        first = None
        for attempt in range(6):
            t = self.local(d, hh if attempt == 0 else rng.uniform(lo, hi))
            first = first or t
            for _ in range(4):
                clash = [s for s in near if s.start - timedelta(minutes=10) <= t <= s.end + timedelta(minutes=10)]
                if not clash:
                    break
                t = max(s.end for s in clash) + timedelta(minutes=rng.uniform(15, 60))
            else:
                continue
            asleep = any(self.days[k].bed is not None and
                         self.days[k].bed - timedelta(minutes=10) <= t <= self.days[k].wake + timedelta(minutes=5)
                         for k in (d.i, d.i + 1) if 0 <= k < self.n)
            if not asleep:
                return t
        return first

    def exercise_cramp(self, rng, s: _Sess, late=True, multi=False, after_p=0.3):
        if s.activity == "strength":
            mus = rng.choice(["hamstring", "calf", "adductor", "abdomen"])
        elif s.activity == "cycling":
            mus = rng.choice(["quadriceps", "hamstring", "calf"])
        elif s.activity in ("skiing", "hiking"):
            mus = rng.choice(["quadriceps", "calf", "adductor"])
        else:
            mus = rng.choices(["calf", "hamstring", "quadriceps", "adductor", "foot"], [0.45, 0.2, 0.2, 0.08, 0.07])[0]
        if rng.random() < after_p:
            t = s.end + timedelta(minutes=rng.uniform(5, 90))
            nxt = [o for o in self.days[s.day].sessions if o.start > s.start and o.start - timedelta(minutes=15) <= t]
            nb = self.days[s.day + 1].bed if s.day + 1 < self.n else None
            if nxt or (nb is not None and t > nb - timedelta(minutes=10)):
                t = s.end + timedelta(minutes=rng.uniform(3, 10))
            during = "after_exercise"
            note = rng.choice(["getting out of the car", "in the shower after", "sitting down after", None])
        else:
            f = rng.uniform(0.65, 0.98) if late else rng.uniform(0.1, 0.95)
            t = s.start + timedelta(minutes=s.dur * f)
            during = "exercise"
            note = rng.choice(["on the descent", "on the last climb", "late in the run", "stepping over a rock",
                               None, None])
            if s.kind == "race":
                note = rng.choice([f"around km {int((s.dist or 30) * f)}", "between aid stations", None])
        fl = self.spasm_fields(rng, mus, "exercise")
        self.episode(s.tz, t, "spasm", mus, during, rng, notes=note, exact=True, **fl)
        n = 1
        if multi:
            mus2 = rng.choice([m for m in ["calf", "hamstring", "quadriceps", "adductor", "abdomen", "hand"] if m != mus])
            t2 = t + timedelta(minutes=rng.uniform(4, 30))
            d2 = "exercise" if (during == "exercise" and t2 < s.end) else "after_exercise"
            fl = self.spasm_fields(rng, mus2, "exercise")
            self.episode(s.tz, t2, "spasm", mus2, d2, rng, notes=rng.choice(["then this one too", None]),
                         exact=True, **fl)
            n += 1
        return n

    def background(self):
        r = self.rb
        k = max(5, r.randint(4, 7) + round(self.n / 365 * 4) + (1 if r.random() < 0.4 else 0)
                + (1 if r.random() < 0.2 else 0))
        types = r.choices(["night", "eyelid", "twitch", "rest", "exercise"], [0.40, 0.25, 0.10, 0.15, 0.10], k=k)
        made = 0
        valid_days = [d for d in self.days if d.wake is not None]
        for typ in types:
            d = r.choice(valid_days)
            if typ == "night":
                self.night_cramp(r, d)
            elif typ == "eyelid":
                self.twitch(r, d, "eyelid")
                if r.random() < 0.4 and d.i + 2 < self.n:
                    self.twitch(r, self.days[d.i + r.randint(1, 2)], "eyelid", notes="again")
                    made += 1
            elif typ == "twitch":
                self.twitch(r, d, r.choice(["calf", "quadriceps", "fingers"]))
            elif typ == "rest":
                self.rest_cramp(r, d)
            else:
                s = r.choice([x for x in self.sessions if x.logged])
                self.exercise_cramp(r, s, late=False)
            made += 1

    # -------------------------------------------------------------------------------- exposures
    def exposures(self):
        """Per-session exposure flags computed from what the journal shows."""
        P = self.P
        for s in self.sessions:
            s.exp = {}
        ss = [s for s in self.sessions if s.logged]     # only what the journal shows
        endur = [s for s in ss if s.activity not in ("strength", "yoga", "walking")]
        loads = sorted(s.dur * s.rpe for s in endur)
        durs = sorted(s.dur for s in endur)

        def pct(v, arr):
            lo = sum(1 for x in arr if x < v)
            return lo / max(1, len(arr))
        q88 = loads[int(0.88 * (len(loads) - 1))] if loads else 1e9
        d90 = durs[int(0.90 * (len(durs) - 1))] if durs else 1e9
        # daily loads
        n = self.n
        Ls = [0.0] * n
        Ld = [0.0] * n
        for s in ss:
            Ls[s.day] += s.dur * s.rpe
            Ld[s.day] += s.dur
        acwr = [None] * n
        acwr_d = [None] * n
        for i in range(27, n):
            ch = sum(Ls[i - 27:i + 1]) / 4
            ac = sum(Ls[i - 6:i + 1])
            acwr[i] = ac / ch if ch > 0 else None
            ch = sum(Ld[i - 27:i + 1]) / 4
            ac = sum(Ld[i - 6:i + 1])
            acwr_d[i] = ac / ch if ch > 0 else None
        self.acwr = acwr
        race_days = [rc["day"] for rc in self.races]
        # sleep: logged sleep
        logged = [d.sleep_logged for d in self.days if d.sleep_logged is not None]
        med = sorted(logged)[len(logged) // 2] if logged else 7.5
        self.sleep_median = med
        for d in self.days:
            d.debt = d.sleep_logged is not None and d.sleep_logged <= med - 1.5
        prev_long = {}
        for s in ss:
            prev_long.setdefault(s.day, 0.0)
            prev_long[s.day] = max(prev_long[s.day], s.dur)
        for s in ss:
            x = {}
            if s.pre is not None:
                lp = (s.pre - s.post) / s.pre * 100
                s.loss_pct = lp
                if lp >= 2.0:
                    x["dehydration"] = (lp - 1.6) ** 1.5
            if s.fluids and s.sweat >= 1.8 and s.na_in < 0.3 * s.sweat * 900:
                x["electrolyte_loss"] = (s.sweat * 900 - s.na_in) / 1000.0
            if s.activity not in ("strength", "yoga", "walking"):
                ld = s.dur * s.rpe
                b2b = s.dur >= 120 and prev_long.get(s.day - 1, 0) >= 150
                if ld >= q88 or s.dur >= d90 or b2b:
                    x["muscle_fatigue"] = 0.5 + 3 * max(0.0, pct(ld, loads) - 0.8)
            a, ad = acwr[s.day], acwr_d[s.day]
            if a is not None and ad is not None and a >= 1.5 and ad >= 1.4:
                near_race = any(0 <= s.day - rd <= 7 for rd in race_days)
                x["training_load_spike"] = (a - 1.2) * (0.35 if near_race else 1.0)
            if s.temp_log is not None and (s.temp_log >= 27 or (s.temp_log >= 25 and (s.hum_log or 0) >= 60)):
                x["heat"] = max(0.5, s.temp_log - 25.0) ** 1.5
            if self.days[s.day].debt:
                x["sleep_debt"] = 1.0
            s.exp = x

    # -------------------------------------------------------------------------------- plants
    def plant(self):
        c = self.cause
        if c is None:
            return 0
        r = self.rx
        N = r.randint(9, 20)
        made = 0
        if c in ("dehydration", "electrolyte_loss", "muscle_fatigue", "training_load_spike", "heat"):
            units = [s for s in self.sessions if c in s.exp]
            N = max(9, min(N, int(len(units) * 0.42)))
            w = []
            for s in units:
                k = sum(1 for key in s.exp if key != c)
                w.append(s.exp[c] / (1 + 0.8 * k))
            chosen = []
            pool = list(range(len(units)))
            while made < N and pool:
                j = r.choices(pool, [w[i] for i in pool])[0]
                pool.remove(j)
                s = units[j]
                multi = (N - made >= 2) and r.random() < (0.3 if c == "electrolyte_loss" else 0.12)
                if c in ("training_load_spike",):
                    made += self.exercise_cramp(r, s, late=r.random() < 0.6, multi=multi, after_p=0.35)
                else:
                    made += self.exercise_cramp(r, s, late=True, multi=multi, after_p=0.28)
                chosen.append(s)
            self.linked_units = len(chosen)
            self.exposed_units = len(units)
        elif c == "sleep_debt":
            days = [d for d in self.days if d.debt]
            N = max(9, min(N, int(len(days) * 0.45)))
            w = []
            for d in days:
                k = max([sum(1 for key in s.exp if key != c) for s in d.sessions], default=0)
                w.append((0.3 if d.race else 1.0) / (1 + 0.8 * k))
            pool = list(range(len(days)))
            while made < N and pool:
                j = r.choices(pool, [w[i] for i in pool])[0]
                pool.remove(j)
                d = days[j]
                wake = self.hour_of(d.tz, d.wake)
                ss = [s for s in d.sessions if s.logged]
                x = r.random()
                if ss and x < 0.35:
                    made += self.exercise_cramp(r, r.choice(ss), late=r.random() < 0.5, after_p=0.25)
                elif x < 0.72:
                    self.twitch(r, d, r.choice(["eyelid", "eyelid", "eyelid", "calf", "quadriceps"]),
                                hour=wake + r.uniform(1.5, 14))
                    made += 1
                else:
                    self.rest_cramp(r, d, hour=min(22.5, wake + r.uniform(2, 15)))
                    made += 1
            self.exposed_units = len(days)
        elif c in ("medication", "nutrient_deficiency"):
            if c == "medication":
                a = self.med_start + r.randint(4, 12)
                b = self.n - 1
            else:
                a = self.low[0] + 14
                b = min(self.n - 1, self.low[1] + 7)
            days = [d for d in self.days[a:b + 1] if d.wake is not None]
            self.exposed_units = len(days)
            while made < N:
                d = r.choice(days)
                x = r.random()
                if c == "medication":
                    probs = [0.45, 0.25, 0.2, 0.1]
                else:
                    probs = [0.32, 0.15, 0.13, 0.40]
                typ = r.choices(["night", "rest", "exercise", "twitch"], probs)[0]
                if typ == "night":
                    self.night_cramp(r, d)
                    made += 1
                elif typ == "rest":
                    self.rest_cramp(r, d)
                    made += 1
                elif typ == "exercise" and any(s.logged for s in d.sessions):
                    made += self.exercise_cramp(r, r.choice([s for s in d.sessions if s.logged]),
                                                late=r.random() < 0.5)
                elif typ == "twitch":
                    self.twitch(r, d, r.choice(["eyelid", "calf", "calf", "quadriceps", "fingers"]))
                    made += 1
        return made

    # -------------------------------------------------------------------------------- build
    def build_world(self):
        """Everything that does not depend on the cause (except the diet phase / medicine)."""
        self.make_person()
        self.make_calendar()
        for d in self.days:
            self.plan_day(d)
        self.finish_sessions()
        self.make_sleep()
        self.meal_days()
        self.low = self.diet_phase()
        self.n_ep = 0
        self.emit_world()
        self.exposures()

    def rich_enough(self, need=_NEED) -> bool:
        """Every session/day exposure must occur often enough to carry a plant with many exposed
        units left without an episode.  Checked identically for every cause (world redraw)."""
        cnt = {k: 0 for k in ("dehydration", "electrolyte_loss", "muscle_fatigue", "training_load_spike", "heat")}
        for s in self.sessions:
            for k in s.exp:
                if k in cnt:
                    cnt[k] += 1
        debt = sum(1 for d in self.days if d.debt)
        return min(cnt.values()) >= need and debt >= need

    def build_rest(self) -> BlindJournal:
        self.emit_meals()
        self.make_meds()
        self.background()
        self.n_bg = self.n_ep
        self.n_linked = self.plant()

        P = self.P
        tz = self.home_tz
        start_utc = _to_utc(tz, datetime.combine(self.d0, time(0)))
        stop_utc = _to_utc(tz, datetime.combine(self.d0 + timedelta(days=self.n), time(0)))
        prof = {"type": "profile", "sex": P["sex"], "birth_year": P["birth_year"],
                "body_mass_kg": self.mass_str(P["mass"]) if P["imperial"] else round(P["mass"], 1),
                "timezone": tz}
        if self.rp.random() < 0.8:
            prof["height_cm"] = P["height"]
        objs = [prof]
        self.out.sort(key=lambda x: (x[0], x[1]))
        for utc, _, e in self.out:
            if not (start_utc <= utc < stop_utc):
                continue
            e = dict(e)
            etz = e.pop("_tz", None) or self.tz_at(utc)
            zulu = e.pop("_zulu", False)
            if e["type"] == "medication":
                objs.append(e)
                continue
            e["time"] = _iso(etz, utc, zulu)
            e = {"type": e.pop("type"), "time": e.pop("time"), **e}     # 'type', 'time' first
            objs.append(e)
        return BlindJournal(cause=self.cause, objects=objs, start=_aware(tz, start_utc),
                            stop=_aware(tz, stop_utc))

    def tz_at(self, utc):
        # the tz of the day that contains this instant (home clock)
        loc = utc + timedelta(minutes=_offset(self.home_tz, utc))
        i = (loc.date() - self.d0).days
        if 0 <= i < self.n:
            return self.days[i].tz
        return self.home_tz


def blind_journal(cause: str | None, seed: int) -> BlindJournal:
    if cause is not None and cause not in CAUSES:
        raise ValueError(f"unknown cause {cause!r}; expected one of {CAUSES} or None")
    seed = int(seed)
    g = None
    for attempt in range(_MAX_ATTEMPTS):
        g = _Gen(cause, seed, attempt)
        g.build_world()
        if g.rich_enough():
            break
    return g.build_rest()
