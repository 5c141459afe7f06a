"""Blind synthetic cramp journals with one planted cause (examiner "R").

Point of view
-------------
Each journal is the JSON-Lines export (journal.md) of one amateur racket player -- tennis,
padel or squash -- living in a hot, humid or subtropical city (Singapore, Miami, Bangkok, Dubai,
Brisbane or Houston) and keeping a cramp journal for 4 to 12 months.  What is in it is what such
a person really ends up with:

* an Apple-Watch style workout export: fractional durations, average heart rate, outdoor
  temperature and humidity (never for indoor workouts), a stable ``AW-...`` id; some people's
  exporter writes every watch time in UTC (``...Z``); US users' exports carry ``"91 degF"``
  strings; a few workouts were re-exported twice with the same id; sessions played without the
  watch are typed in by hand with round numbers (and sometimes forgotten altogether);
* CR-10 effort (rpe) and muscle tags typed in on most but not all sessions;
* watch sleep tracking (bedtime/wake) with gaps on charging nights, plus a few hand-entered
  ``hours`` with a quality score;
* a smart scale in the morning on many days and, occasionally, a weigh-before/after sweat test
  around a session (lb for US users);
* drinks during sessions logged bottle by bottle (oz or ml; water, sports drink, electrolyte
  tablets with the sodium from the label or from the product default, coconut water, ORS),
  salt capsules as supplements, everyday drinks (coffee, tea, beer...) on some days only;
* meals from a food-logging app in streaks (USDA SR28 numbers or typed food names that resolve
  to the same number), a few "restaurant estimate" meals given as totals only;
* medications (antihistamine courses, an antibiotic, ibuprofen for a sore elbow, and sometimes a
  cramp-linked drug started mid-journal);
* hand-logged episodes with rounded times (night cramps logged the next morning), side, pain,
  duration, relief, an occasional note or all-false red-flag check.

Travel (away tournaments, holidays) changes the UTC offset of what is logged locally; US and
Sydney daylight saving is applied.  The observed period is [start, stop) of the BlindJournal.

Natural structure present in EVERY journal, null journals included
------------------------------------------------------------------
weather has a season (Dubai/Houston strongly, Singapore hardly) and day-to-day noise, with
humidity falling as the day heats up; thunderstorms cancel outdoor sessions; outdoor midday and
tournament matches are hot, evening and air-conditioned indoor sessions are not; sweat rate rises
with heat index and effort, so hot and long sessions give bigger sweat, mass and sodium losses;
effort rises with session length and with heat (long sessions are also hard ones); tournaments
bring long matches, consecutive days, load spikes, early starts and travel; holidays, illness and
"busy at work" weeks create breaks after which the load comes back abruptly; build-up blocks
before club championships add sessions; late matches shorten the next night; diet quality drifts
and every journal has one or two poor-diet stretches (work crunch, eating out); drinking habits
(how much of the sweat is replaced, plain water or salty drinks, salt capsules) vary from session
to session independently of the heat, so every exposure can be told apart from the others by a
careful analyst.

Background episodes (every journal, identical process whatever the cause): night calf cramps at
a person-specific rate, eyelid-twitch bouts, a few random rest cramps (foot, toes, hand, calf) and
rare random exercise cramps, all placed uniformly in time (or uniformly over sessions) and so
unrelated to any exposure; at least 5 per journal.  A null journal (cause=None) has only these.

How each cause is planted
-------------------------
For a planted cause the exposure of every *unit* (a session, a night or a day) is computed from
the same simulated truth that is written to the journal; exposed units get a weight that grows
with the strength of the exposure (dose-response); K linked episodes, K drawn in 9..20 but never
more than 45 % of the exposed units, are put on units drawn without replacement with those
weights (Efraimidis-Spirakis).  Nothing else changes the episode rate; other exposures are
correlated only through the natural structure above.  If a journal has too few exposed units, a
new persona is drawn from the same (cause, seed) stream.

* dehydration -- unit: session.  Exposure: fluid deficit = sweat loss (from the person's sweat
  rate x heat index x effort x duration) minus what was drunk during the session, as % of body
  mass.  Exposed when >= 2 %, weight = deficit% - 1.6.  The deficit is visible as pre/post body
  mass on sweat-test sessions, and everywhere as low logged intake for a long/hot session.
  Episodes: calf/hamstring/quadriceps spasms in the last third of the session or up to ~2 h
  after (a few the following night).
* electrolyte_loss -- unit: session.  Exposure: sweat sodium lost (sweat volume x the person's
  sweat sodium, 45-75 mmol/L for these journals) minus sodium taken during the session (drink
  defaults or label values, salt capsules).  Exposed when the unreplaced sodium >= 1800 mg
  (long sweaty sessions on plain water), weight = (deficit - 1400)/1000.  Heavy drinking of plain
  water protects against dehydration but not against this, salty drinks / capsules the reverse.
  Episodes: late-session or post-session spasms, often widespread (both legs, hands, a second
  muscle within the half hour), some hours later in the evening.
* muscle_fatigue -- unit: session.  Exposure: the session is unusually long/hard for this
  person (session RPE x minutes >= 1.45 x the person's median for that kind of workout) and/or
  a muscle group it loads was already trained the previous day.  Weight = 2 x (relative load -
  1.25)+ + 0.6 if back-to-back.  Episodes: spasms in a loaded (overlapping) muscle in the last
  quarter of the session or just after.
* training_load_spike -- unit: session at least 28 days into the journal.  Exposure: acute:chronic
  ratio of session RPE-minutes (7 days / mean week of the last 28 days) >= 1.5; weight =
  min(2.5, ACWR - 1.3).  The session itself can be short and easy.  Spikes come from returning
  after breaks, build-up blocks and tournaments.  Episodes: spasms during/after that session,
  some the following night.
* heat -- unit: session.  Exposure: heat index (NWS Rothfusz, from the temperature and humidity
  during the session) >= 35 C; weight = (HI - 33)/3.  Outdoor workouts carry the watch's
  temperature and humidity; non-air-conditioned indoor courts are hand-logged only sometimes.
  Episodes: spasms during the session or soon after, sometimes two muscles.
* nutrient_deficiency -- unit: day.  Exposure: the 14-day trailing mean of true daily intake
  (meals + supplements) of magnesium, potassium or calcium below 65 % of the reference intake
  (RDA/AI by sex and age, evidence.md section 5), which happens during the poor-diet stretches
  every journal has; weight = sum over nutrients of (0.7 - ratio)+.  Visible in the logged meals
  (the food-logging streaks are independent of the diet phase).  Episodes: eyelid/calf/hand
  twitches, night calf/foot/toe cramps, rest cramps and some exercise cramps on those days.
* sleep_debt -- unit: the day after a night.  Exposure: that night's sleep at least 1.5 h shorter
  than the person's median night; weight = shortfall - 1.0 h.  Episodes between waking and the
  next bedtime: eyelid/calf twitches, a spasm in that day's session if there is one, rest cramps.
* medication -- unit: day.  A cramp-linked drug (thiazide or thiazide-like diuretic, potassium-
  sparing diuretic, LABA, statin; evidence.md 2.10) starts 25-55 % into the journal (a
  ``medication`` entry with its start, and in a third of the journals an end when it was
  switched); exposed days start a week after the start and stop a week after the end.  Episodes:
  mostly night leg/foot cramps, rest cramps and some exercise cramps.  In other journals 20 % get
  a cramp-linked drug started mid-journal that changes nothing, 40 % only unrelated drugs.

Pure standard library; deterministic per (cause, seed) through random.Random seeded from a
SHA-256 of both; no I/O.
"""
from __future__ import annotations

import hashlib
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
# Places, time zones, climate
# ----------------------------------------------------------------------------------------------

# zone = (rule, standard offset hours); rule: fixed, us (2nd Sun Mar - 1st Sun Nov), au (Sydney)
_CITIES = {
    "singapore": dict(tz="Asia/Singapore", zone=("fixed", 8), units="metric",
                      tmax=31.3, amp=0.8, peak=135, diurnal=7.0, rh=66, rh_amp=5, rh_peak=350,
                      rain=(0.55, 0.4, 0.35, 0.4, 0.4, 0.35, 0.35, 0.35, 0.35, 0.45, 0.6, 0.6),
                      trips=[("Kuala Lumpur", ("fixed", 8), 0.5), ("Bangkok", ("fixed", 7), 1.0),
                             ("Jakarta", ("fixed", 7), 0.3), ("Manila", ("fixed", 8), 0.5),
                             ("Hong Kong", ("fixed", 8), -2.0)]),
    "bangkok": dict(tz="Asia/Bangkok", zone=("fixed", 7), units="metric",
                    tmax=33.6, amp=1.8, peak=105, diurnal=8.5, rh=56, rh_amp=9, rh_peak=260,
                    rain=(0.05, 0.08, 0.12, 0.2, 0.45, 0.5, 0.5, 0.55, 0.65, 0.5, 0.2, 0.06),
                    trips=[("Singapore", ("fixed", 8), -1.5), ("Hua Hin", ("fixed", 7), -0.5),
                           ("Phuket", ("fixed", 7), -1.0), ("Ho Chi Minh City", ("fixed", 7), 0.0),
                           ("Kuala Lumpur", ("fixed", 8), -1.0)]),
    "dubai": dict(tz="Asia/Dubai", zone=("fixed", 4), units="metric",
                  tmax=33.5, amp=8.5, peak=215, diurnal=9.5, rh=42, rh_amp=8, rh_peak=240,
                  rain=(0.05, 0.05, 0.05, 0.02, 0.0, 0.0, 0.01, 0.01, 0.0, 0.0, 0.02, 0.04),
                  trips=[("Doha", ("fixed", 3), 0.5), ("Abu Dhabi", ("fixed", 4), 0.5),
                         ("Muscat", ("fixed", 4), 0.0), ("Mumbai", ("fixed", 5.5), -2.0),
                         ("Riyadh", ("fixed", 3), 1.5)]),
    "brisbane": dict(tz="Australia/Brisbane", zone=("fixed", 10), units="metric",
                     tmax=26.2, amp=4.0, peak=20, diurnal=9.0, rh=55, rh_amp=8, rh_peak=50,
                     rain=(0.35, 0.35, 0.33, 0.2, 0.15, 0.15, 0.1, 0.08, 0.1, 0.2, 0.25, 0.3),
                     trips=[("Sydney", ("au", 10), -3.0), ("Gold Coast", ("fixed", 10), -0.5),
                            ("Cairns", ("fixed", 10), 2.5), ("Melbourne", ("au", 10), -6.0),
                            ("Townsville", ("fixed", 10), 2.0)]),
    "miami": dict(tz="America/New_York", zone=("us", -5), units="imperial",
                  tmax=29.0, amp=3.8, peak=210, diurnal=7.0, rh=62, rh_amp=6, rh_peak=230,
                  rain=(0.15, 0.15, 0.15, 0.15, 0.3, 0.55, 0.5, 0.55, 0.55, 0.4, 0.2, 0.15),
                  trips=[("Orlando", ("us", -5), 0.5), ("Atlanta", ("us", -5), -3.0),
                         ("Houston", ("us", -6), -0.5), ("New York", ("us", -5), -8.0),
                         ("Cancun", ("fixed", -5), 0.5)]),
    "houston": dict(tz="America/Chicago", zone=("us", -6), units="imperial",
                    tmax=26.8, amp=8.2, peak=215, diurnal=10.0, rh=57, rh_amp=6, rh_peak=220,
                    rain=(0.25, 0.25, 0.25, 0.22, 0.28, 0.3, 0.25, 0.25, 0.25, 0.2, 0.25, 0.25),
                    trips=[("Austin", ("us", -6), 0.5), ("Dallas", ("us", -6), 0.0),
                           ("New Orleans", ("us", -6), -0.5), ("Miami", ("us", -5), 0.5),
                           ("Phoenix", ("fixed", -7), 5.0)]),
}


def _nth_sunday(year: int, month: int, n: int) -> date:
    d = date(year, month, 1)
    first = d + timedelta(days=(6 - d.weekday()) % 7)
    return first + timedelta(weeks=n - 1)


def _offset_hours(zone, naive: datetime) -> float:
    rule, std = zone
    if rule == "fixed":
        return std
    y = naive.year
    if rule == "us":
        s = datetime.combine(_nth_sunday(y, 3, 2), time(2))
        e = datetime.combine(_nth_sunday(y, 11, 1), time(2))
        return std + 1 if s <= naive < e else std
    # au (Sydney/Melbourne): DST from 1st Sunday of October to 1st Sunday of April
    e = datetime.combine(_nth_sunday(y, 4, 1), time(3))
    s = datetime.combine(_nth_sunday(y, 10, 1), time(2))
    return std + 1 if (naive < e or naive >= s) else std


def _aware(zone, naive: datetime) -> datetime:
    return naive.replace(tzinfo=timezone(timedelta(hours=_offset_hours(zone, naive))))


def _heat_index_c(t_c: float, rh: float) -> float:
    """NWS heat index (Rothfusz regression with the simple formula below 80 F), in Celsius."""
    t = t_c * 9 / 5 + 32
    simple = 0.5 * (t + 61.0 + (t - 68.0) * 1.2 + rh * 0.094)
    if (simple + t) / 2 < 80:
        hi = simple
    else:
        hi = (-42.379 + 2.04901523 * t + 10.14333127 * rh - 0.22475541 * t * rh
              - 0.00683783 * t * t - 0.05481717 * rh * rh + 0.00122874 * t * t * rh
              + 0.00085282 * t * rh * rh - 0.00000199 * t * t * rh * rh)
        if rh < 13 and 80 <= t <= 112:
            hi -= ((13 - rh) / 4) * math.sqrt((17 - abs(t - 95)) / 17)
        elif rh > 85 and 80 <= t <= 87:
            hi += ((rh - 85) / 10) * ((87 - t) / 5)
    return (hi - 32) * 5 / 9


# ----------------------------------------------------------------------------------------------
# Foods: USDA SR28 per 100 g -> (kcal, Ca, Mg, K, Na) mg, copied from ABBREV_SR28
# ----------------------------------------------------------------------------------------------
_FOOD = {
    "20038": (389, 54, 177, 429, 2),  # OATS
    "01077": (61, 113, 10, 132, 43),  # MILK,WHL,3.25% MILKFAT,W/ ADDED VITAMIN D
    "01079": (50, 120, 11, 140, 47),  # MILK,RED FAT,FLUID,2% MILKFAT
    "09040": (89, 5, 27, 358, 1),  # BANANAS,RAW
    "18069": (266, 144, 23, 126, 490),  # BREAD,WHITE,COMMLY PREP
    "18075": (252, 161, 75, 254, 455),  # BREAD,WHOLE-WHEAT,COMM. PREPARED
    "01129": (155, 50, 10, 126, 124),  # EGG,WHL,CKD,HARD-BOILED
    "01128": (196, 62, 13, 152, 207),  # EGG,WHL,CKD,FRIED
    "01132": (149, 66, 11, 132, 145),  # EGG,WHL,CKD,SCRMBLD
    "01001": (717, 24, 2, 24, 643),  # BUTTER,WITH SALT
    "01117": (63, 183, 17, 234, 70),  # YOGURT,PLN,LOFAT
    "01256": (59, 110, 11, 141, 36),  # YOGURT,GREEK,PLN,NONFAT
    "08037": (489, 76, 168, 539, 26),  # CEREALS RTE,GRANOLA,HOMEMADE
    "08020": (357, 5, 39, 168, 729),  # CEREALS RTE,KELLOGG'S CORN FLAKES
    "18239": (406, 37, 16, 118, 467),  # CROISSANTS,BUTTER
    "18002": (287, 15, 24, 116, 457),  # BAGELS,PLN,ENR,TSTD
    "16098": (598, 49, 168, 558, 426),  # PEANUT BUTTER,SMOOTH STYLE,W/ SALT
    "12006": (486, 631, 335, 407, 16),  # CHIA SEEDS,DRIED
    "20051": (130, 3, 13, 29, 0),  # RICE,WHITE,MEDIUM-GRAIN,ENR,CKD
    "20037": (123, 3, 39, 86, 4),  # RICE,BROWN,LONG-GRAIN,CKD
    "05064": (165, 15, 29, 256, 74),  # CHICKEN,BREAST,MEAT ONLY,CKD,RSTD
    "05098": (179, 9, 24, 269, 106),  # CHICKEN,THIGH,MEAT ONLY,CKD,RSTD
    "11205": (15, 16, 13, 147, 2),  # CUCUMBER,WITH PEEL,RAW
    "20310": (138, 12, 21, 38, 165),  # NOODLES,EGG,CKD,ENR,W/ SALT
    "20115": (99, 4, 9, 35, 60),  # NOODLES,JAPANESE,SOBA,CKD
    "06583": (440, 21, 25, 181, 1855),  # SOUP,RAMEN NOODLE,ANY FLAVOR,DRY
    "16126": (78, 201, 37, 148, 12),  # TOFU,FIRM,PREP W/CA SULFATE&MAGNESIUM CHLORIDE
    "11117": (12, 93, 11, 371, 34),  # CABBAGE,CHINESE (PAK-CHOI),CKD
    "11091": (35, 40, 21, 293, 41),  # BROCCOLI,CKD,BLD,DRND,WO/SALT
    "11457": (23, 99, 79, 558, 79),  # SPINACH,RAW
    "11458": (23, 136, 87, 466, 70),  # SPINACH,CKD,BLD,DRND,WO/ SALT
    "11251": (17, 33, 14, 247, 8),  # LETTUCE,COS OR ROMAINE,RAW
    "11529": (18, 10, 11, 237, 5),  # TOMATOES,RED,RIPE,RAW
    "15237": (206, 15, 30, 384, 61),  # SALMON,ATLANTIC,FARMED,CKD,DRY HEAT
    "15262": (128, 14, 34, 380, 56),  # FISH,TILAPIA,CKD,DRY HEAT
    "15121": (86, 17, 23, 179, 247),  # FISH,TUNA,LT,CND IN H2O,DRND SOL
    "13451": (212, 22, 25, 368, 61),  # BEEF,TOP SIRLOIN,STEAK,CKD,BRLD
    "23568": (250, 18, 21, 318, 72),  # BEEF,GROUND,85% LN,PATTY,CKD,BRLD
    "10073": (230, 18, 20, 346, 75),  # PORK,FRSH,SHLDR,WHL,LN,CKD,RSTD
    "20121": (158, 7, 18, 44, 1),  # PASTA,CKD,ENR,WO/ ADDED SALT
    "11674": (93, 15, 28, 535, 10),  # POTATOES,BKD,FLESH & SKN,WO/ SALT
    "11508": (90, 38, 27, 475, 36),  # SWEET POTATO,CKD,BKD IN SKN
    "16015": (132, 27, 70, 355, 1),  # BEANS,BLACK,MATURE SEEDS,CKD
    "16057": (164, 49, 48, 291, 7),  # CHICKPEAS,MATURE SEEDS,CKD
    "16070": (116, 19, 36, 369, 2),  # LENTILS,MATURE SEEDS,CKD
    "09038": (167, 13, 29, 507, 8),  # AVOCADOS,RAW,CALIFORNIA
    "18364": (306, 146, 22, 125, 736),  # TORTILLAS,FLR,REFR
    "01009": (404, 710, 27, 76, 653),  # CHEESE,CHEDDAR
    "01026": (300, 505, 20, 76, 627),  # CHEESE,MOZZARELLA,WHL MILK
    "22903": (274, 168, 27, 239, 590),  # PIZZA,PEPPERONI TOPPING,REG CRUST,FRZ,CKD
    "21108": (263, 116, 22, 197, 487),  # FAST FOODS,HAMBURGER,SINGLE,W/ CONDMNT
    "11403": (158, 12, 24, 478, 324),  # POTATOES,FRENCH FR,OVEN HTD
    "16137": (177, 49, 29, 173, 242),  # HUMMUS,HOME PREP
    "18041": (275, 86, 26, 120, 536),  # BREAD,PITA,WHITE,ENRICHED
    "11168": (96, 3, 26, 218, 1),  # CORN,SWT,YEL,CKD
    "20137": (120, 17, 64, 172, 7),  # QUINOA,CKD
    "12117": (230, 16, 37, 263, 15),  # COCONUT MILK,RAW
    "12061": (579, 269, 270, 733, 1),  # ALMONDS
    "12087": (553, 37, 292, 660, 12),  # NUTS,CASHEW NUTS,RAW
    "16390": (587, 58, 178, 634, 6),  # PEANUTS,DRY-ROASTED,WO/SALT
    "19904": (598, 73, 228, 715, 20),  # CHOCOLATE,DK,70-85% CACAO SOL
    "19015": (471, 61, 97, 336, 294),  # GRANOLA BARS,HARD,PLAIN
    "09003": (52, 6, 5, 107, 1),  # APPLES,RAW,WITH SKIN
    "09200": (47, 40, 10, 181, 0),  # ORANGES,RAW,ALL COMM VAR
    "09176": (60, 11, 10, 168, 1),  # MANGOS,RAW
    "09226": (43, 20, 21, 182, 8),  # PAPAYAS,RAW
    "09326": (30, 7, 10, 112, 1),  # WATERMELON,RAW
    "09266": (50, 13, 12, 109, 1),  # PINEAPPLE,RAW,ALL VAR
    "09421": (277, 64, 54, 696, 1),  # DATES,MEDJOOL
    "09139": (68, 18, 22, 417, 2),  # GUAVAS,COMMON,RAW
    "09164": (66, 5, 10, 171, 1),  # LITCHIS,RAW
    "09422": (147, 6, 30, 436, 2),  # DURIAN,RAW OR FROZEN
    "19411": (532, 21, 63, 1196, 527),  # POTATO CHIPS,PLAIN,SALTED
    "19047": (384, 27, 29, 223, 1240),  # PRETZELS,HARD,PLN,SALTED
    "18159": (492, 21, 41, 171, 311),  # COOKIES,CHOC CHIP,COMMLY PREP
    "18250": (426, 60, 17, 102, 402),  # DOUGHNUTS,CAKE-TYPE,SUGARED OR GLAZED
    "19095": (207, 128, 14, 199, 80),  # ICE CREAMS,VANILLA
    "11937": (12, 57, 7, 117, 809),  # PICKLES,CUCUMBER,DILL OR KOSHER DILL
    "12163": (446, 55, 262, 919, 18),  # PUMPKIN&SQUASH SEEDS,WHL,RSTD,WO/SALT
    "11282": (40, 23, 10, 146, 4),  # ONIONS,RAW
    "11124": (41, 33, 12, 320, 69),  # CARROTS,RAW
}

# names a person types into the app that resolve to exactly that SR28 number
_FOOD_NAME = {
    "09040": "banana", "01077": "milk, whole", "01129": "egg, hard-boiled",
    "09003": "apples, raw, with skin", "11457": "spinach, raw", "09176": "mango, raw",
    "09226": "papayas, raw", "09326": "watermelon, raw", "11091": "broccoli, cooked",
    "20037": "rice, brown, long-grain, cooked", "16098": "peanut butter",
    "01256": "yogurt, greek, plain, nonfat", "20137": "quinoa, cooked", "09421": "dates, medjool",
    "09139": "guavas, common, raw", "12006": "chia seeds, dried", "20038": "oats",
    "09266": "pineapple, raw, all varieties", "09200": "oranges, raw, all commercial varieties",
    "15237": "salmon, atlantic, farmed, cooked, dry heat", "01009": "cheese, cheddar",
    "19411": "potato chips, plain, salted", "09038": "avocados, raw, california",
    "12061": "almonds",
}

# meal templates: (label, quality 'g'ood / 'p'oor / 'n'eutral, [(ndb, grams)]) ; regional tags
_B, _L, _D, _S = "breakfast", "lunch", "dinner", "snack"
_MEALS = {
    _B: [
        ("oats & banana", "g", [("20038", 60), ("01079", 250), ("09040", 120), ("12006", 12)]),
        ("greek yogurt granola", "g", [("01256", 200), ("08037", 50), ("09176", 100)]),
        ("wholemeal toast eggs", "g", [("18075", 70), ("01132", 100), ("09038", 60)]),
        ("pb toast banana", "g", [("18075", 70), ("16098", 32), ("09040", 120)]),
        ("oats almonds", "g", [("20038", 50), ("01077", 200), ("12061", 20)]),
        ("kaya toast & eggs", "p", [("18069", 70), ("01001", 10), ("01129", 100)]),
        ("croissant", "p", [("18239", 70)]),
        ("corn flakes", "p", [("08020", 45), ("01079", 200)]),
        ("bagel", "p", [("18002", 100), ("01001", 10)]),
        ("white toast & fried egg", "p", [("18069", 60), ("01128", 50)]),
        ("doughnut", "p", [("18250", 75)]),
        ("nothing but coffee", "p", []),
    ],
    _L: [
        ("brown rice salmon spinach", "g", [("20037", 200), ("15237", 140), ("11458", 100)]),
        ("quinoa bowl", "g", [("20137", 185), ("16015", 130), ("09038", 70), ("11529", 80)]),
        ("tofu pak choi brown rice", "g", [("20037", 180), ("16126", 150), ("11117", 150)]),
        ("lentil salad", "g", [("16070", 200), ("11251", 60), ("11529", 100), ("01026", 30)]),
        ("chicken rice", "p", [("20051", 250), ("05098", 130), ("11205", 40)]),
        ("burger & fries", "p", [("21108", 180), ("11403", 120)]),
        ("pizza slices", "p", [("22903", 250)]),
        ("white rice & chicken", "n", [("20051", 220), ("05064", 150), ("11091", 80)]),
        ("egg noodles & pork", "p", [("20310", 250), ("10073", 80)]),
        ("pasta", "p", [("20121", 250), ("23568", 80), ("01026", 20)]),
        ("chicken wrap", "n", [("18364", 70), ("05064", 100), ("11251", 30), ("01009", 20)]),
        ("hummus pita", "n", [("18041", 80), ("16137", 100), ("11205", 60)]),
        ("instant ramen", "p", [("06583", 85)]),
    ],
    _D: [
        ("salmon sweet potato broccoli", "g", [("15237", 150), ("11508", 200), ("11091", 120)]),
        ("steak potato salad", "g", [("13451", 180), ("11674", 250), ("11251", 60)]),
        ("tilapia brown rice spinach", "g", [("15262", 150), ("20037", 200), ("11458", 90)]),
        ("chickpea curry", "g", [("16057", 200), ("12117", 60), ("20037", 180), ("11458", 60)]),
        ("black bean burrito bowl", "g", [("16015", 150), ("20037", 150), ("09038", 70), ("01009", 30)]),
        ("chicken stir fry rice", "n", [("05064", 150), ("20051", 220), ("11117", 120), ("11124", 50)]),
        ("pork noodles", "p", [("20310", 280), ("10073", 100)]),
        ("pizza", "p", [("22903", 320)]),
        ("burger", "p", [("21108", 220), ("11403", 100)]),
        ("white rice & fried chicken", "p", [("20051", 260), ("05098", 150)]),
        ("pasta bolognese", "p", [("20121", 300), ("23568", 100), ("11529", 60)]),
        ("soba & tofu", "n", [("20115", 250), ("16126", 100), ("11117", 80)]),
    ],
    _S: [
        ("almonds", "g", [("12061", 30)]),
        ("banana", "g", [("09040", 120)]),
        ("dark chocolate", "g", [("19904", 25)]),
        ("cashews", "g", [("12087", 30)]),
        ("pumpkin seeds", "g", [("12163", 25)]),
        ("yogurt", "g", [("01117", 170)]),
        ("dates", "g", [("09421", 48)]),
        ("granola bar", "n", [("19015", 42)]),
        ("mango", "n", [("09176", 150)]),
        ("papaya", "n", [("09226", 200)]),
        ("watermelon", "n", [("09326", 250)]),
        ("apple", "n", [("09003", 180)]),
        ("orange", "n", [("09200", 140)]),
        ("chips", "p", [("19411", 40)]),
        ("cookies", "p", [("18159", 40)]),
        ("ice cream", "p", [("19095", 100)]),
        ("pretzels", "p", [("19047", 40)]),
        ("doughnut", "p", [("18250", 70)]),
    ],
}

# fluid defaults, mg sodium per litre (vocabulary.md)
_DRINK_NA = {"water": 0, "sports_drink": 460, "electrolyte_drink": 1000, "ors": 1725,
             "coconut_water": 250, "milk": 430, "juice": 50, "coffee": 20, "tea": 10,
             "soft_drink": 100, "beer": 40, "other": 0}

_CRAMP_MEDS = {  # name, typical reason
    "thiazide": [("hydrochlorothiazide", "blood pressure"), ("chlorthalidone", "blood pressure"),
                 ("indapamide", "blood pressure")],
    "ksparing": [("amiloride", "blood pressure"), ("spironolactone", "blood pressure")],
    "laba": [("salmeterol", "asthma"), ("formoterol", "asthma")],
    "statin": [("atorvastatin", "cholesterol"), ("rosuvastatin", "cholesterol")],
}
_BENIGN_MEDS = [("cetirizine", 10, 40), ("loratadine", 10, 45), ("amoxicillin", 5, 10),
                ("ibuprofen", 4, 12), ("fexofenadine", 14, 40), ("paracetamol", 2, 6)]

_RACKET_MUSCLES = ["calf", "quadriceps", "forearm", "shoulder"]
_SIDE = ("left", "right")


def _clamp(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


def _stable_seed(*parts) -> int:
    h = hashlib.sha256("|".join(str(p) for p in parts).encode()).digest()
    return int.from_bytes(h[:8], "big")


# ----------------------------------------------------------------------------------------------
# The generator
# ----------------------------------------------------------------------------------------------

class _Gen:
    def __init__(self, cause, seed, attempt):
        self.cause = cause
        self.rng = random.Random(_stable_seed("blindR", cause, seed, attempt))
        self.tag = f"{_stable_seed('id', cause, seed, attempt) % 0xFFFFFF:06x}"
        self.counter = 0

    # -- small helpers --------------------------------------------------------------------------
    def uid(self, prefix):
        self.counter += 1
        r = self.rng.getrandbits(32)
        return f"{prefix}-{self.tag}{self.counter:05d}{r:08x}"

    def pois(self, lam):
        # Knuth, lam small
        L, k, p = math.exp(-lam), 0, 1.0
        while True:
            p *= self.rng.random()
            if p <= L:
                return k
            k += 1

    def local(self, d, minutes):
        """Naive local datetime for day index d plus minutes after midnight (may exceed 1440)."""
        return datetime.combine(self.dates[0], time(0)) + timedelta(days=d, minutes=minutes)

    def at(self, d, minutes):
        """Aware datetime in the zone where the person is on day d."""
        naive = self.local(d, minutes)
        dd = _clamp(d + int(minutes // 1440), 0, self.n_days - 1)
        return _aware(self.loc[dd][1], naive)

    def fmt_local(self, dt, seconds=False):
        if not seconds:
            dt = dt.replace(second=0, microsecond=0)
        return dt.isoformat(timespec="seconds")

    def fmt_watch(self, dt):
        dt = dt.replace(microsecond=0)
        if self.p["watch_utc"]:
            return dt.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")
        return dt.isoformat(timespec="seconds")

    # -- persona ---------------------------------------------------------------------------------
    def persona(self):
        rng = self.rng
        city = rng.choice(sorted(_CITIES))
        c = _CITIES[city]
        sport = rng.choices(["tennis", "padel", "squash"], [0.5, 0.25, 0.25])[0]
        sex = "male" if rng.random() < 0.6 else "female"
        age = rng.randint(23, 63)
        if self.cause == "medication" and age < 30 and rng.random() < 0.5:
            age += rng.randint(8, 25)
        mass = rng.gauss(80, 9) if sex == "male" else rng.gauss(63, 7)
        height = rng.gauss(178, 7) if sex == "male" else rng.gauss(165, 6)
        units = c["units"] if rng.random() < 0.85 else ("metric" if c["units"] == "imperial" else "metric")
        na = _clamp(rng.lognormvariate(math.log(40), 0.3), 18, 80)
        if self.cause == "electrolyte_loss":
            na = max(na, rng.uniform(45, 75))
        p = dict(
            city=city, c=c, zone=c["zone"], tz=c["tz"], units=units, sport=sport, sex=sex,
            age=age, mass=_clamp(mass, 45, 130), height=_clamp(height, 148, 205),
            singles=rng.random() < 0.6,
            sweat_base=_clamp(rng.lognormvariate(math.log(1.45), 0.22), 0.8, 2.6),
            na_mmol=na,
            r_mean=rng.uniform(0.3, 0.8),
            drink_pref=self._drink_pref(city),
            salt_tab_p=rng.choice([0.0, 0.0, 0.05, 0.15, 0.3]),
            label_sodium=rng.random() < 0.5,
            p_watch=rng.uniform(0.8, 0.97), p_forget=rng.uniform(0.0, 0.04),
            p_rpe=rng.uniform(0.55, 0.95), p_tag=rng.choice([0.0, 0.3, 0.6, 0.9]),
            p_weigh_session=rng.uniform(0.08, 0.35), p_morning=rng.uniform(0.25, 0.85),
            p_sleep_track=rng.uniform(0.72, 0.95), p_fluid_day=rng.uniform(0.15, 0.6),
            p_session_fluid=rng.uniform(0.7, 0.95), meal_stay=rng.uniform(0.82, 0.95),
            meal_off_stay=rng.uniform(0.6, 0.9), name_typing=rng.random() < 0.5,
            watch_utc=rng.random() < 0.18, usual_bed=rng.gauss(23 * 60 + 10, 35),
            usual_wake=rng.gauss(6 * 60 + 45, 25), has_kids=rng.random() < 0.3,
            diet_base=_clamp(rng.gauss(0.68, 0.08), 0.55, 0.85), mg_supp=rng.random() < 0.15,
            bg_night=rng.uniform(0.15, 0.7) / 30, bg_twitch=rng.uniform(0.1, 0.5) / 30,
            bg_rest=rng.uniform(0.05, 0.3) / 30, bg_ex=rng.uniform(0.005, 0.015),
            episode_ids=rng.random() < 0.7, pickle=rng.random() < 0.25,
        )
        # squash/padel venue
        if sport == "squash":
            p["venue"] = "indoor_hot" if (city in ("singapore", "bangkok", "miami") and rng.random() < 0.45) else "indoor_ac"
        elif sport == "padel":
            p["venue"] = "indoor_ac" if rng.random() < {"dubai": 0.5, "singapore": 0.3}.get(city, 0.2) else "outdoor"
        else:
            p["venue"] = "outdoor"
        self.p = p

    def _drink_pref(self, city):
        rng = self.rng
        w = {"water": rng.uniform(0.3, 0.8), "sports_drink": rng.uniform(0.05, 0.35),
             "electrolyte_drink": rng.uniform(0.0, 0.35), "coconut_water": 0.0, "ors": 0.0}
        if city in ("singapore", "bangkok", "miami"):
            w["coconut_water"] = rng.uniform(0.0, 0.1)
        if city in ("dubai", "bangkok") or rng.random() < 0.15:
            w["ors"] = rng.uniform(0.0, 0.08)
        return w

    # -- calendar, places, weather ---------------------------------------------------------------
    def calendar(self):
        rng, p = self.rng, self.p
        self.n_days = rng.randint(122, 365)
        first, last = date(2023, 6, 1), date(2026, 11, 1)
        start = first + timedelta(days=rng.randint(0, (last - first).days - self.n_days))
        self.dates = [start + timedelta(days=i) for i in range(self.n_days)]
        home = ("home", p["zone"], 0.0)
        self.loc = [home] * self.n_days
        self.trip_days = set()
        self.travel_days = set()
        c = p["c"]
        # weather at home
        self.wx = []
        a = 0.0
        for i, d in enumerate(self.dates):
            doy = d.timetuple().tm_yday
            a = 0.7 * a + rng.gauss(0, 1.1)
            tmax = c["tmax"] + c["amp"] * math.cos(2 * math.pi * (doy - c["peak"]) / 365.25) + a
            rain = rng.random() < c["rain"][d.month - 1]
            if rain:
                tmax -= rng.uniform(0.5, 3.0)
            tmin = tmax - c["diurnal"] + rng.gauss(0, 0.8)
            rhmin = c["rh"] + c["rh_amp"] * math.cos(2 * math.pi * (doy - c["rh_peak"]) / 365.25) - 1.2 * a + rng.gauss(0, 4)
            if rain:
                rhmin += rng.uniform(5, 15)
            self.wx.append([tmax, tmin, _clamp(rhmin, 15, 90), rain])

    def conditions(self, d, minutes, setting):
        """True temperature, humidity at the court."""
        dd = _clamp(d + int(minutes // 1440), 0, self.n_days - 1)
        tmax, tmin, rhmin, rain = self.wx[dd]
        dT = self.loc[dd][2]
        h = (minutes % 1440) / 60.0
        s = (0.5 + 0.5 * math.cos(2 * math.pi * (h - 14.5) / 24.0)) ** 1.5
        t = tmin + dT + (tmax - tmin) * s
        rhmax = min(97.0, rhmin + 32)
        rh = rhmin + (rhmax - rhmin) * (1 - s)
        # the air cannot hold more than a dew point of ~26.5 C (29 C on the Gulf in summer)
        td = 29.0 if self.p["city"] == "dubai" else 26.5
        rh = min(rh, 100 * math.exp(17.62 * td / (243.12 + td) - 17.62 * t / (243.12 + t)))
        if setting == "indoor_ac":
            return self.rng.uniform(21.5, 25.5), self.rng.uniform(48, 62)
        if setting == "indoor_hot":
            return max(26.0, t + self.rng.uniform(-1.0, 1.5)), _clamp(rh + self.rng.uniform(-5, 5), 40, 95)
        return t + self.rng.gauss(0, 0.4), _clamp(rh + self.rng.gauss(0, 3), 15, 98)

    # -- schedule -----------------------------------------------------------------------------------
    def plan(self):
        rng, p = self.rng, self.p
        n = self.n_days
        self.off = [None] * n          # 'holiday' / 'ill' / 'work' / None
        # breaks
        for _ in range(rng.choice([1, 1, 2, 2, 3])):
            L = rng.randint(7, 22)
            s0 = rng.randint(10, max(11, n - L - 5))
            kind = rng.choices(["holiday", "ill", "work", "injury"], [0.45, 0.2, 0.2, 0.15])[0]
            for i in range(s0, min(n, s0 + L)):
                self.off[i] = kind
            if kind == "holiday" and rng.random() < 0.6:
                name, zone, dT = rng.choice(p["c"]["trips"])
                for i in range(s0, min(n, s0 + L)):
                    self.loc[i] = (name, zone, dT)
                    self.trip_days.add(i)
                self.travel_days.update({s0, min(n - 1, s0 + L - 1)})
        # light/busy weeks
        self.busy = [False] * n
        for _ in range(rng.randint(1, 4)):
            s0 = rng.randint(0, n - 7)
            for i in range(s0, s0 + 7):
                self.busy[i] = True
        # build-up blocks
        self.build = [False] * n
        for _ in range(rng.choice([0, 1, 1, 2])):
            s0 = rng.randint(20, max(21, n - 25))
            for i in range(s0, min(n, s0 + rng.randint(12, 21))):
                self.build[i] = True
        # tournaments
        self.tourn_days = {}
        wk = rng.randint(3, 8) * 7
        while wk < n - 3:
            fri = wk + (4 - self.dates[wk].weekday()) % 7
            if fri + 2 < n and not any(self.off[fri + j] for j in range(3)):
                away = rng.random() < 0.3
                if away:
                    name, zone, dT = rng.choice(p["c"]["trips"])
                    for j in range(-1 if fri > 0 else 0, 3):
                        self.loc[fri + j] = (name, zone, dT)
                        self.trip_days.add(fri + j)
                    self.travel_days.update({max(0, fri - 1), fri + 2})
                self.tourn_days[fri] = away
            wk += rng.randint(4, 9) * 7
        self.sessions = []
        self._weekly_template()
        for d in range(n):
            self._day_sessions(d)
        self.sessions.sort(key=lambda s: s["t0"])

    def _weekly_template(self):
        rng, p = self.rng, self.p
        sport = p["sport"]
        T = []  # (weekday, kind, start minutes, attend prob)
        if sport == "tennis":
            T.append((rng.choice([5, 6]), "match", rng.choice([450, 480, 540, 600, 900, 960, 1020]), 0.85))
            for wd in rng.sample([0, 1, 2, 3], rng.choice([1, 2, 2])):
                T.append((wd, "drill", rng.choice([390, 1110, 1140, 1170, 1200]), 0.85))
            if rng.random() < 0.5:
                T.append((rng.choice([2, 4, 6]), "social", rng.choice([720, 1020, 1080, 450]), 0.6))
        elif sport == "padel":
            for wd in rng.sample([0, 1, 2, 3, 4], rng.choice([2, 2, 3])):
                T.append((wd, "match", rng.choice([1140, 1200, 1260, 1290]), 0.85))
            T.append((rng.choice([5, 6]), "match", rng.choice([480, 540, 600, 960]), 0.75))
        else:
            for wd in rng.sample([0, 1, 2, 3, 4], rng.choice([2, 3])):
                T.append((wd, rng.choice(["match", "drill", "match"]), rng.choice([720, 1110, 1170, 1230]), 0.85))
            if rng.random() < 0.5:
                T.append((rng.choice([5, 6]), "match", rng.choice([540, 600, 960]), 0.7))
        used = {w for w, *_ in T}
        for _ in range(rng.choice([0, 1, 1, 2])):
            wd = rng.choice([w for w in range(7) if w not in used] or [0])
            used.add(wd)
            T.append((wd, "gym", rng.choice([420, 750, 1080]), 0.75))
        if rng.random() < 0.45:
            wd = rng.choice([w for w in range(7) if w not in used] or [0])
            T.append((wd, "run", rng.choice([360, 390, 1080]), 0.7))
        if rng.random() < 0.15:
            T.append((rng.choice([0, 3, 6]), "yoga", 1110, 0.6))
        self.template = T
        self.gym_split = rng.random() < 0.6

    def _duration(self, kind, tourn=False):
        rng, p = self.rng, self.p
        sport = p["sport"]
        if kind in ("match", "tmatch"):
            if sport == "tennis":
                sets = 3 if rng.random() < (0.5 if kind == "tmatch" else 0.38) else 2
                per = rng.gauss(41, 7) if p["singles"] else rng.gauss(35, 6)
                return max(45.0, 8 + sum(max(22, per + rng.gauss(0, 6)) for _ in range(sets)))
            if sport == "padel":
                if kind == "tmatch":
                    return max(35.0, rng.gauss(62, 14))
                return rng.choices([60, 90, 120], [0.2, 0.6, 0.2])[0] + rng.uniform(-6, 4)
            games = rng.choices([3, 4, 5], [0.45, 0.35, 0.2])[0]
            return max(25.0, 6 + sum(max(7, rng.gauss(11.5, 2.5)) for _ in range(games)))
        if kind == "drill":
            return (rng.choice([60, 60, 90]) if sport != "squash" else rng.choice([45, 60])) + rng.uniform(-5, 5)
        if kind == "social":
            return rng.choice([60, 90, 120]) + rng.uniform(-8, 8)
        if kind == "gym":
            return rng.uniform(38, 75)
        if kind == "run":
            return rng.uniform(22, 55)
        return rng.uniform(50, 70)

    def _day_sessions(self, d):
        rng, p = self.rng, self.p
        if self.off[d] in ("ill", "injury"):
            return
        wd = self.dates[d].weekday()
        if self.off[d] in ("holiday", "work"):
            if rng.random() < 0.08:
                self._add(d, "run" if rng.random() < 0.6 else "gym", rng.choice([420, 1080]))
            return
        # tournament?
        for fri, away in self.tourn_days.items():
            if fri <= d <= fri + 2:
                self._tournament_day(d, d - fri, away)
                return
        for (twd, kind, start, prob) in self.template:
            if twd != wd:
                continue
            pr = prob * (0.45 if self.busy[d] else 1.0)
            if rng.random() < pr:
                self._add(d, kind, start + rng.gauss(0, 10))
        if self.build[d] and rng.random() < 0.35:
            self._add(d, "drill", rng.choice([390, 1140, 1200]) + rng.gauss(0, 10))
        elif not self.busy[d] and rng.random() < 0.04:
            self._add(d, rng.choice(["social", "match", "gym"]), rng.choice([450, 720, 1080, 1140]))

    def _tournament_day(self, d, k, away):
        rng = self.rng
        if k == 0 and rng.random() < 0.5:
            return
        if getattr(self, "_tourn_out", None) == (d - k):
            return
        n_matches = 1 if rng.random() < 0.6 else 2
        if self.p["sport"] == "padel":
            n_matches = rng.choice([2, 3])
        t = rng.choice([480, 540, 600, 660, 780])
        for _ in range(n_matches):
            s = self._add(d, "tmatch", t)
            if s is None:
                break
            t = t + s["dur"] + rng.uniform(60, 180)
            if rng.random() < 0.38:          # lost: out of the tournament
                self._tourn_out = d - k
                return

    def _add(self, d, kind, start):
        rng, p = self.rng, self.p
        if kind in ("match", "tmatch", "drill", "social"):
            setting = p["venue"]
            activity = "racket_sport"
            if setting == "outdoor" and p["sport"] == "tennis" and rng.random() < 0.04:
                setting = "indoor_ac"
            if setting == "outdoor" and p["city"] == "dubai" and self.dates[d].month in (6, 7, 8, 9) and rng.random() < 0.6:
                setting = "indoor_ac"
        elif kind == "run":
            setting, activity = "outdoor", "running"
        elif kind == "yoga":
            setting, activity = "indoor_ac", "yoga"
        else:
            setting, activity = "indoor_ac", "strength"
        wx = self.wx[d]
        if setting == "outdoor" and wx[3] and rng.random() < 0.5:
            if kind == "tmatch":
                start += rng.uniform(60, 150)  # rain delay
            else:
                return None
        dur = self._duration(kind)
        temp, rh = self.conditions(d, start + dur / 2, setting)
        hi = _heat_index_c(temp, rh)
        base = {"match": 6.3 if p["singles"] else 5.4, "tmatch": 7.3, "drill": 5.6, "social": 4.6,
                "gym": 6.3, "run": 6.0, "yoga": 2.5}[kind]
        med = {"match": 90 if p["sport"] == "tennis" else 75, "tmatch": 100, "drill": 65, "social": 85,
               "gym": 55, "run": 38, "yoga": 60}[kind]
        rpe = base + 1.3 * (dur / med - 1) + 0.07 * max(0.0, hi - 30) + rng.gauss(0, 0.7)
        rpe = _clamp(rpe, 1.0, 10.0)
        if activity == "racket_sport":
            muscles = list(_RACKET_MUSCLES)
        elif activity == "running":
            muscles = ["calf", "hamstring", "quadriceps"]
        elif activity == "strength":
            if self.gym_split:
                muscles = (["quadriceps", "hamstring", "glute", "calf"] if rng.random() < 0.5
                           else ["chest", "shoulder", "triceps", "upper_back", "biceps"])
            else:
                muscles = ["quadriceps", "hamstring", "glute", "chest", "upper_back", "shoulder"]
        else:
            muscles = ["hamstring", "lower_back"]
        s = dict(day=d, kind=kind, activity=activity, setting=setting, t0=self.at(d, start),
                 start=start, dur=dur, temp=temp, rh=rh, hi=hi, rpe=rpe, muscles=muscles,
                 tourn=(kind == "tmatch"))
        s["t1"] = s["t0"] + timedelta(minutes=dur)
        self.sessions.append(s)
        return s

    # -- sleep -------------------------------------------------------------------------------------
    def sleep(self):
        rng, p = self.rng, self.p
        by_day = {}
        for s in self.sessions:
            by_day.setdefault(s["day"], []).append(s)
        self.by_day = by_day
        self.nights = []
        for d in range(self.n_days):
            wd = self.dates[d].weekday()
            bed = p["usual_bed"] + (40 if wd in (4, 5) else 0) + rng.gauss(0, 25)
            for s in by_day.get(d, []):
                end = s["start"] + s["dur"]
                if end > 20 * 60:
                    bed = max(bed, end + rng.uniform(50, 110))
            nd = d + 1
            nwd = (wd + 1) % 7
            wake = 1440 + p["usual_wake"] + (50 if nwd in (5, 6) else 0) + rng.gauss(0, 20)
            for s in by_day.get(nd, []):
                if s["start"] < 8 * 60 + 30:
                    wake = min(wake, 1440 + s["start"] - rng.uniform(30, 55))
                if s["tourn"]:
                    wake = min(wake, 1440 + s["start"] - rng.uniform(80, 120))
            if nd in self.tourn_days or (nd - 1) in self.tourn_days:
                if rng.random() < 0.3:
                    bed += rng.uniform(20, 70)   # nerves
            u = rng.random()
            if u < 0.06:
                bed += rng.uniform(80, 190)       # late work / social
            elif u < 0.10:
                wake -= rng.uniform(60, 150)      # early flight / work
            if p["has_kids"] and rng.random() < 0.05:
                wake -= rng.uniform(45, 120)
            if d in self.travel_days and rng.random() < 0.6:
                bed += rng.uniform(60, 180)
            if self.off[d] == "ill":
                wake += rng.uniform(20, 90)
            wake = max(wake, bed + 180)
            self.nights.append(dict(day=d, bed=bed, wake=wake, hours=(wake - bed) / 60.0))
        hrs = sorted(n["hours"] for n in self.nights)
        self.usual_sleep = hrs[len(hrs) // 2]

    # -- session physiology --------------------------------------------------------------------------
    def physiology(self):
        rng, p = self.rng, self.p
        pref = p["drink_pref"]
        kinds, weights = zip(*sorted(pref.items()))
        for s in self.sessions:
            rate = p["sweat_base"] * max(0.45, 1 + 0.055 * (s["hi"] - 28)) * (0.55 + 0.075 * s["rpe"])
            if s["activity"] in ("strength", "yoga"):
                rate *= 0.55
            rate *= rng.lognormvariate(0, 0.08)
            sweat = rate * s["dur"] / 60.0
            # share of the sweat replaced: a personal habit, session noise (forgot the bottle,
            # no time at changeovers, drank a lot on purpose), and harder to keep up with big losses
            r = _clamp(rng.gauss(p["r_mean"], 0.22), 0.03, 1.25) * _clamp(1.12 - 0.1 * sweat, 0.7, 1.05)
            intake = r * sweat
            n_bottles = max(1, min(4, int(round(intake / 0.6))))
            primary = rng.choices(kinds, weights)[0]
            drinks = []
            for b in range(n_bottles):
                kind = primary if (b == 0 or rng.random() < 0.7) else rng.choices(kinds, weights)[0]
                ml = intake * 1000 / n_bottles * rng.uniform(0.85, 1.15)
                ml = max(100.0, round(ml / 50) * 50)
                frac = (b + 1) / (n_bottles + 1) + rng.uniform(-0.05, 0.05)
                sodium = None
                if kind == "electrolyte_drink" and p["label_sodium"]:
                    sodium = round(ml / 1000 * rng.choice([600, 700, 1000, 1200]))
                drinks.append(dict(ml=ml, drink=kind, sodium=sodium, frac=_clamp(frac, 0.05, 0.98)))
            intake_l = sum(x["ml"] for x in drinks) / 1000
            na_in = sum((x["sodium"] if x["sodium"] is not None else _DRINK_NA[x["drink"]] * x["ml"] / 1000)
                        for x in drinks)
            caps = 0
            if s["activity"] == "racket_sport" and s["hi"] > 30 and rng.random() < p["salt_tab_p"] * (1.6 if s["dur"] > 100 else 1):
                caps = rng.choice([1, 2, 2, 3])
            na_in += 215 * caps
            na_loss = sweat * p["na_mmol"] * 23 * rng.lognormvariate(0, 0.08)
            s.update(sweat=sweat, drinks=drinks, intake=intake_l, caps=caps, na_in=na_in,
                     na_loss=na_loss, deficit_pct=100 * (sweat - intake_l) / p["mass"],
                     na_def=na_loss - na_in)

    # -- diet --------------------------------------------------------------------------------------
    def diet(self):
        rng, p = self.rng, self.p
        n = self.n_days
        self.low = [False] * n
        for _ in range(rng.choice([1, 1, 2])):
            L = rng.randint(21, 56)
            s0 = rng.randint(0, max(1, n - L))
            for i in range(s0, min(n, s0 + L)):
                self.low[i] = True
        q = p["diet_base"]
        scale0 = (p["mass"] / 75.0) ** 0.7 * (1.0 if p["sex"] == "male" else 0.9) * 1.3
        self.days_food = []
        self.intake = []
        for d in range(n):
            low = self.low[d]
            target = 0.08 if low else p["diet_base"]
            if d in self.trip_days:
                target -= 0.15
            q = 0.6 * q + 0.4 * target + rng.gauss(0, 0.06)
            qq = _clamp(q, 0.02, 0.95)
            scale = scale0 * (0.85 if low else 1.0)
            meals = []
            for slot, base_t in ((_B, 450), (_L, 750), (_D, 1200)):
                if low and slot == _B and rng.random() < 0.5:
                    continue          # skipped breakfast
                label, items = self._pick(slot, qq, scale)
                if slot in (_B, _L) and rng.random() < (0.1 + 0.85 * qq if slot == _B else 0.6 * qq):
                    ndb, g = rng.choice([("01079", 250), ("01117", 170), ("01009", 30), ("01256", 170), ("16126", 120)])
                    items = items + [(ndb, float(g))]
                meals.append((slot, base_t + rng.gauss(0, 30), (label, items)))
            for _ in range(rng.choice([0, 1, 1, 2] if low else [1, 2, 2, 3])):
                meals.append((_S, rng.choice([630, 960, 1260]) + rng.gauss(0, 30), self._pick(_S, qq, scale)))
            if rng.random() < 0.05 + 0.7 * qq:
                ndb, g = rng.choice([("09040", 120), ("09200", 140), ("09176", 150), ("11674", 200), ("09139", 100)])
                meals.append((_S, rng.choice([660, 990]) + rng.gauss(0, 20), ("fruit", [(ndb, float(g))])))
            tot = [0.0, 0.0, 0.0, 0.0, 0.0]  # kcal, Ca, Mg, K, Na
            for _, _, (_, items) in meals:
                for ndb, g in items:
                    f = _FOOD[ndb]
                    for j in range(5):
                        tot[j] += f[j] * g / 100
            self.days_food.append(meals)
            self.intake.append(tot)
        # supplements (magnesium at night), counted in true intake
        self.mg_supp_days = set()
        if p["mg_supp"]:
            for d in range(n):
                if rng.random() < 0.35:
                    self.mg_supp_days.add(d)
                    self.intake[d][2] += 200

    def _pick(self, slot, q, scale):
        rng = self.rng
        opts = _MEALS[slot]
        good = [o for o in opts if o[1] == "g"]
        poor = [o for o in opts if o[1] == "p"]
        neut = [o for o in opts if o[1] == "n"] or poor
        u = rng.random()
        if u < q * 0.85:
            o = rng.choice(good)
        elif u < q * 0.85 + 0.2:
            o = rng.choice(neut)
        else:
            o = rng.choice(poor)
        items = []
        for ndb, g in o[2]:
            gg = g * scale * rng.uniform(0.8, 1.2)
            items.append((ndb, float(max(5, round(gg / 5) * 5))))
        return (o[0], items)

    def rda(self):
        p = self.p
        if p["sex"] == "male":
            mg = 400 if p["age"] <= 30 else 420
            k = 3400
            ca = 1000 if p["age"] <= 70 else 1200
        else:
            mg = 310 if p["age"] <= 30 else 320
            k = 2600
            ca = 1000 if p["age"] <= 50 else 1200
        return mg, k, ca

    # -- medications ---------------------------------------------------------------------------------
    def medications(self):
        rng, p = self.rng, self.p
        n = self.n_days
        self.meds = []
        self.med_exposed = None
        if self.cause == "medication":
            if p["age"] < 40:
                cls = rng.choice(["laba", "laba", "thiazide", "ksparing"])
            else:
                cls = rng.choice(["thiazide", "ksparing", "laba", "statin", "thiazide"])
            name, why = rng.choice(_CRAMP_MEDS[cls])
            s0 = int(n * rng.uniform(0.25, 0.55))
            end = None
            if rng.random() < 0.33 and n - s0 > 60:
                end = s0 + rng.randint(40, n - s0 - 15)
            self.meds.append(dict(name=name, start=s0, end=end, why=why, linked=True))
            self.med_exposed = (s0 + 7, (end + 7) if end is not None else n)
        else:
            u = rng.random()
            if u < 0.2:
                cls = rng.choice(list(_CRAMP_MEDS))
                name, why = rng.choice(_CRAMP_MEDS[cls])
                s0 = int(n * rng.uniform(0.25, 0.6))
                self.meds.append(dict(name=name, start=s0, end=None, why=why, linked=False))
        if rng.random() < 0.4:
            name, lo, hi = rng.choice(_BENIGN_MEDS)
            s0 = rng.randint(0, n - 15)
            self.meds.append(dict(name=name, start=s0, end=min(n - 1, s0 + rng.randint(lo, hi)), why="", linked=False))

    # -- exposures -------------------------------------------------------------------------------------
    def units(self):
        """(unit, weight) pairs for the planted cause; unit = session dict or day index."""
        c = self.cause
        S = self.sessions
        out = []
        if c == "dehydration":
            out = [(s, s["deficit_pct"] - 1.6) for s in S if s["deficit_pct"] >= 2.0]
        elif c == "electrolyte_loss":
            out = [(s, (s["na_def"] - 1400) / 1000) for s in S if s["na_def"] >= 1800]
        elif c == "heat":
            out = [(s, (s["hi"] - 33) / 3) for s in S if s["hi"] >= 35]
        elif c == "muscle_fatigue":
            meds = {}
            for s in S:
                meds.setdefault(s["activity"], []).append(s["rpe"] * s["dur"])
            for k in meds:
                v = sorted(meds[k])
                meds[k] = v[len(v) // 2]
            for s in S:
                rel = s["rpe"] * s["dur"] / meds[s["activity"]]
                prev = self.by_day.get(s["day"] - 1, [])
                overlap = [m for q in prev for m in q["muscles"] if m in s["muscles"]]
                s["rel"], s["b2b"] = rel, overlap
                w = 2 * max(0.0, rel - 1.25) + (0.6 if overlap else 0.0)
                if rel >= 1.45 or overlap:
                    out.append((s, w))
        elif c == "training_load_spike":
            load = [0.0] * self.n_days
            for s in S:
                load[s["day"]] += s["rpe"] * s["dur"]
            for s in S:
                d = s["day"]
                if d < 28:
                    continue
                acute = sum(load[d - 6:d + 1])
                chronic = sum(load[d - 27:d + 1]) / 4
                if chronic < 250:
                    continue
                acwr = acute / chronic
                s["acwr"] = acwr
                if acwr >= 1.5:
                    out.append((s, min(2.5, acwr - 1.3)))
        elif c == "sleep_debt":
            for nt in self.nights[:-1]:
                short = self.usual_sleep - nt["hours"]
                if short >= 1.5:
                    out.append((nt["day"] + 1, short - 1.0))
        elif c == "nutrient_deficiency":
            mg, k, ca = self.rda()
            for d in range(14, self.n_days):
                win = self.intake[d - 13:d + 1]
                r_mg = sum(x[2] for x in win) / 14 / mg
                r_k = sum(x[3] for x in win) / 14 / k
                r_ca = sum(x[1] for x in win) / 14 / ca
                ratios = (r_mg, r_k, r_ca)
                if min(ratios) < 0.65:
                    out.append((d, sum(max(0.0, 0.7 - r) for r in ratios)))
        elif c == "medication":
            a, b = self.med_exposed
            out = [(d, 1.0) for d in range(a, min(b, self.n_days))]
        last = self.n_days - 1   # keep linked episodes inside the observed period
        return [(u, w) for u, w in out
                if w > 0 and (u["day"] if isinstance(u, dict) else u) < last]

    # -- episodes ---------------------------------------------------------------------------------------
    def episode(self, when, kind, muscle, during, style="", side=None, linked=False, note=None):
        rng, p = self.rng, self.p
        e = dict(when=when, kind=kind, muscle=muscle, during=during, style=style, side=side,
                 linked=linked, note=note)
        self.episodes.append(e)
        return e

    def _night_time(self, d):
        nt = self.nights[d]
        m = nt["bed"] + (nt["wake"] - nt["bed"]) * self.rng.uniform(0.3, 0.9)
        return self.at(d, m)

    def _session_episode(self, s, style, linked, room=2):
        rng = self.rng
        u = rng.random()
        if style in ("fatigue",):
            mus = (s.get("b2b") or s["muscles"])
            leg = [m for m in mus if m in ("calf", "quadriceps", "hamstring")]
            muscle = rng.choice(leg or mus) if rng.random() < 0.8 else rng.choice(mus)
            if muscle == "quadriceps" and rng.random() < 0.3:
                muscle = "hamstring"
        else:
            muscle = rng.choices(["calf", "hamstring", "quadriceps", "forearm", "hand", "foot", "adductor"],
                                 [0.36, 0.2, 0.2, 0.08, 0.06, 0.05, 0.05])[0]
        if style == "heat":
            p_during = 0.7
        elif style == "electrolyte":
            p_during = 0.45
        else:
            p_during = 0.55
        if u < p_during:
            lo = 0.75 if style == "fatigue" else 0.6
            when = s["t0"] + timedelta(minutes=s["dur"] * rng.uniform(lo, 0.98))
            during = "exercise"
        elif u < 0.9 or style in ("heat",):
            late = 360 if style == "electrolyte" else 150
            when = s["t1"] + timedelta(minutes=rng.uniform(5, late))
            during = "after_exercise"
        else:
            d = s["day"]
            when = self._night_time(d)
            during = "sleep"
            muscle = rng.choice(["calf", "calf", "foot", "hamstring"])
        side = None
        if style in ("electrolyte", "heat") and rng.random() < 0.3:
            side = "both"
        self.episode(when, "spasm", muscle, during, style, side, linked)
        if room > 1 and style in ("electrolyte", "heat") and during != "sleep" and rng.random() < 0.3:
            m2 = rng.choice([m for m in ("calf", "hamstring", "quadriceps", "hand", "fingers", "abdomen") if m != muscle])
            self.episode(when + timedelta(minutes=rng.uniform(4, 30)), "spasm", m2,
                         "exercise" if during == "exercise" and rng.random() < 0.5 else "after_exercise",
                         style, None, linked)
            return 2
        return 1

    def _day_episode(self, d, style, linked):
        rng = self.rng
        if style == "sleep":
            probs = [("twitch_eye", 0.32), ("twitch_other", 0.1), ("session", 0.33), ("rest", 0.25)]
        elif style == "medication":
            probs = [("night", 0.55), ("rest", 0.25), ("session", 0.12), ("twitch_other", 0.08)]
        else:  # nutrient
            probs = [("twitch_eye", 0.22), ("twitch_other", 0.18), ("night", 0.33), ("rest", 0.15), ("session", 0.12)]
        what = rng.choices([a for a, _ in probs], [b for _, b in probs])[0]
        if what == "session":
            ss = self.by_day.get(d, [])
            if ss:
                return self._session_episode(rng.choice(ss), style, linked)
            what = "rest"
        if what == "night":
            self.episode(self._night_time(d), "spasm", rng.choice(["calf", "calf", "calf", "foot", "toes", "hamstring"]),
                         "sleep", style, None, linked)
        elif what == "rest":
            m = rng.uniform(10 * 60, 22.5 * 60)
            if style == "sleep":
                nt = self.nights[d - 1] if d > 0 else None
                if nt:
                    m = rng.uniform(max(nt["wake"] - 1440 + 60, 8 * 60), 22 * 60)
            self.episode(self.at(d, m), "spasm",
                         rng.choice(["calf", "foot", "hand", "toes", "hamstring", "fingers"]), "rest", style, None, linked)
        elif what == "twitch_eye":
            self.episode(self.at(d, rng.uniform(9 * 60, 22 * 60)), "twitch", "eyelid", "rest", style, None, linked)
        else:
            self.episode(self.at(d, rng.uniform(9 * 60, 22 * 60)), "twitch",
                         rng.choice(["calf", "calf", "biceps", "hand", "face", "quadriceps", "foot"]), "rest",
                         style, None, linked)
        return 1

    def plant(self, units):
        rng = self.rng
        n_exp = len(units)
        K = rng.randint(9, 20)
        K = min(K, int(0.45 * n_exp))
        style = {"dehydration": "dehydration", "electrolyte_loss": "electrolyte", "heat": "heat",
                 "muscle_fatigue": "fatigue", "training_load_spike": "spike", "sleep_debt": "sleep",
                 "nutrient_deficiency": "nutrient", "medication": "medication"}[self.cause]
        keyed = sorted(units, key=lambda uw: -(rng.random() ** (1.0 / uw[1])))
        made = 0
        for u, w in keyed:
            if made >= K:
                break
            if isinstance(u, dict):
                made += self._session_episode(u, style, True, K - made)
            else:
                made += self._day_episode(u, style, True)
        self.n_exposed, self.n_linked = n_exp, made

    def background(self):
        rng, p = self.rng, self.p
        n = self.n_days
        count = 0

        def night(d):
            self.episode(self._night_time(d), "spasm", rng.choice(["calf"] * 5 + ["foot", "toes", "hamstring"]),
                         "sleep", "bg", None, False)

        def twitch_bout(d):
            k = rng.choice([1, 1, 2, 3])
            for j in range(k):
                dd = min(n - 1, d + j * rng.choice([0, 1, 1, 2]))
                mus = "eyelid" if rng.random() < 0.75 else rng.choice(["calf", "hand", "biceps", "face", "fingers"])
                self.episode(self.at(dd, rng.uniform(8 * 60, 22.5 * 60)), "twitch", mus, "rest", "bg", None, False)
            return k

        def rest(d):
            self.episode(self.at(d, rng.uniform(9 * 60, 23 * 60)), "spasm",
                         rng.choice(["foot", "toes", "hand", "calf", "hamstring", "fingers", "abdomen"]), "rest",
                         "bg", None, False)

        for d in range(n - 1):
            for _ in range(self.pois(p["bg_night"])):
                night(d); count += 1
            if rng.random() < p["bg_twitch"]:
                count += twitch_bout(d)
            if rng.random() < p["bg_rest"]:
                rest(d); count += 1
        for s in self.sessions:
            if rng.random() < p["bg_ex"]:
                count += self._session_episode(s, "bg", False)
        while count < 5:
            d = rng.randint(0, n - 2)
            u = rng.random()
            if u < 0.45:
                night(d); count += 1
            elif u < 0.8:
                count += twitch_bout(d)
            else:
                rest(d); count += 1
        self.n_background = count

    # -- emit ----------------------------------------------------------------------------------------------
    def q_ml(self, ml):
        if self.p["units"] == "imperial" and self.rng.random() < 0.85:
            oz = max(1, round(ml / 29.5735))
            return f"{oz} oz"
        return ml

    def q_kg(self, kg):
        if self.p["units"] == "imperial":
            return f"{round(kg * 2.20462 / 0.2) * 0.2:.1f} lb"
        return round(kg, 1)

    def emit(self):
        rng, p = self.rng, self.p
        O = []
        prof = {"type": "profile", "sex": p["sex"], "birth_year": self.dates[0].year - p["age"],
                "body_mass_kg": round(p["mass"], 1), "height_cm": round(p["height"]),
                "timezone": p["tz"]}
        if p["sex"] == "female" and rng.random() < 0.5:
            prof["pregnant"] = False
        O.append(prof)
        # body mass trajectory
        base = p["mass"]
        bm = []
        drift = 0.0
        for d in range(self.n_days):
            drift = _clamp(drift + rng.gauss(0, 0.06) + (-0.03 if self.low[d] else 0.004), -3.5, 2.5)
            bm.append(base + drift)
        # morning weigh-ins (smart scale)
        prev_def = [0.0] * self.n_days
        for s in self.sessions:
            if s["day"] + 1 < self.n_days:
                prev_def[s["day"] + 1] += max(0.0, s["sweat"] - s["intake"] - 1.0) * 0.3
        for d in range(self.n_days):
            if d in self.trip_days or rng.random() > p["p_morning"]:
                continue
            m = self.nights[d - 1]["wake"] - 1440 + rng.uniform(5, 40) if d > 0 else p["usual_wake"] + 10
            kg = bm[d] + rng.gauss(0, 0.3) - prev_def[d]
            O.append({"type": "body_mass", "time": self.fmt_watch(self.at(d, m)), "kg": self.q_kg(kg),
                      "context": "morning", "id": self.uid("scale")})
        # workouts + session fluids + sweat tests
        for s in self.sessions:
            self._emit_session(O, s, bm)
        # sleep
        for nt in self.nights:
            d = nt["day"]
            if d + 1 >= self.n_days:
                continue
            tracked = rng.random() < p["p_sleep_track"]
            bed, wake = self.at(d, nt["bed"]), self.at(d, nt["wake"])
            if tracked:
                o = {"type": "sleep", "time": self.fmt_watch(bed + timedelta(seconds=rng.randint(0, 59))),
                     "end": self.fmt_watch(wake + timedelta(seconds=rng.randint(0, 59))), "id": self.uid("AWS")}
                O.append(o)
                if rng.random() < 0.01:
                    O.append(dict(o))
            elif rng.random() < 0.25:
                hrs = round(nt["hours"] * 2) / 2
                O.append({"type": "sleep", "time": self.fmt_local(self.at(d, round(nt["bed"] / 15) * 15)),
                          "hours": hrs, "quality": int(_clamp(round(3 + (hrs - self.usual_sleep) + rng.gauss(0, 0.7)), 1, 5))})
        # meals (logging streaks)
        logging = True
        for d in range(self.n_days):
            logging = (rng.random() < p["meal_stay"]) if logging else (rng.random() > p["meal_off_stay"])
            if logging:
                for slot, tmin, (label, items) in self.days_food[d]:
                    if not items:
                        continue
                    if rng.random() > (0.92 if slot != _S else 0.7):
                        continue
                    t = self.fmt_local(self.at(d, round(tmin / 5) * 5))
                    if rng.random() < 0.05:
                        kcal = sum(_FOOD[n][0] * g / 100 for n, g in items)
                        na = sum(_FOOD[n][4] * g / 100 for n, g in items) + rng.uniform(300, 900)
                        O.append({"type": "meal", "time": t, "energy_kcal": round(kcal, -1), "sodium_mg": round(na, -1),
                                  "notes": f"{label} (restaurant, estimated)"})
                        continue
                    its = []
                    for ndb, g in items:
                        if p["name_typing"] and ndb in _FOOD_NAME and rng.random() < 0.7:
                            its.append({"food": _FOOD_NAME[ndb], "grams": g})
                        else:
                            its.append({"ndb_no": ndb, "grams": g})
                    o = {"type": "meal", "time": t, "items": its}
                    if rng.random() < 0.15:
                        o["notes"] = label
                    O.append(o)
                if d in self.mg_supp_days and rng.random() < 0.85:
                    O.append({"type": "supplement", "time": self.fmt_local(self.at(d, 22 * 60 + rng.randint(0, 50))),
                              "name": "magnesium glycinate", "magnesium_mg": 200})
            # everyday drinks
            if rng.random() < p["p_fluid_day"]:
                self._emit_day_fluids(O, d)
        # medications
        for m in self.meds:
            o = {"type": "medication", "name": m["name"], "start": self.dates[m["start"]].isoformat()}
            if m["end"] is not None:
                o["end"] = self.dates[min(m["end"], self.n_days - 1)].isoformat()
            if m["why"] and rng.random() < 0.6:
                o["notes"] = f"for {m['why']}"
            O.append(o)
        # episodes
        for e in sorted(self.episodes, key=lambda e: e["when"]):
            O.append(self._emit_episode(e))
        return O

    def _emit_session(self, O, s, bm):
        rng, p = self.rng, self.p
        if rng.random() < p["p_forget"]:
            return  # never logged at all
        watch = rng.random() < p["p_watch"]
        o = {"type": "workout"}
        if watch:
            o["time"] = self.fmt_watch(s["t0"] + timedelta(seconds=rng.randint(0, 59)))
            o["duration_min"] = round(s["dur"], 1)
            o["activity"] = s["activity"]
            hr = 95 + 8.5 * s["rpe"] + 0.6 * max(0, s["hi"] - 26) - 0.35 * (p["age"] - 35) + rng.gauss(0, 5)
            o["avg_hr"] = int(_clamp(round(hr), 80, 195))
            if s["setting"] == "outdoor":
                if p["units"] == "imperial":
                    o["temperature_c"] = f"{round(s['temp'] * 9 / 5 + 32)} degF"
                else:
                    o["temperature_c"] = round(s["temp"])
                o["humidity_pct"] = int(round(_clamp(s["rh"], 0, 100)))
            if s["activity"] == "running":
                o["distance_km"] = round(s["dur"] / rng.uniform(5.2, 6.8), 2)
            o["id"] = self.uid("AW")
        else:
            o["time"] = self.fmt_local(self.at(s["day"], round(s["start"] / 15) * 15))
            o["duration_min"] = int(max(15, round(s["dur"] / 15) * 15))
            o["activity"] = s["activity"]
            if s["setting"] == "outdoor" and rng.random() < 0.5:
                if p["units"] == "imperial":
                    o["temperature_c"] = f"{round(s['temp'] * 9 / 5 + 32)}F"
                else:
                    o["temperature_c"] = round(s["temp"])
        if s["setting"] == "indoor_hot" and rng.random() < 0.4:
            o["temperature_c"] = round(s["temp"]) if p["units"] == "metric" else f"{round(s['temp'] * 9 / 5 + 32)} degF"
            o["humidity_pct"] = int(round(s["rh"] / 5) * 5)
        if rng.random() < p["p_rpe"]:
            o["rpe"] = round(s["rpe"]) if rng.random() < 0.7 else round(s["rpe"] * 2) / 2
        if rng.random() < p["p_tag"] or (s["activity"] == "strength" and rng.random() < 0.7):
            o["muscle_groups"] = list(s["muscles"])
        if s["activity"] == "racket_sport" and rng.random() < 0.2:
            o["warm_up_min"] = rng.choice([5, 10, 10, 15])
        note = self._session_note(s)
        if note:
            o["notes"] = note
        O.append(o)
        if watch and rng.random() < 0.012:
            O.append(dict(o))
        # fluids during the session
        if rng.random() < p["p_session_fluid"]:
            for x in s["drinks"]:
                if rng.random() < 0.06:
                    continue  # forgot to log a bottle
                t = s["t0"] + timedelta(minutes=s["dur"] * x["frac"])
                f = {"type": "fluid", "time": self.fmt_local(t), "ml": self.q_ml(x["ml"]), "drink": x["drink"]}
                if x["sodium"] is not None:
                    f["sodium_mg"] = x["sodium"]
                if rng.random() < 0.1:
                    f["notes"] = "during " + ("match" if "match" in s["kind"] else "session")
                O.append(f)
            if s["caps"]:
                O.append({"type": "supplement", "time": self.fmt_local(s["t0"] + timedelta(minutes=s["dur"] * 0.4)),
                          "name": "salt capsules", "sodium_mg": 215 * s["caps"],
                          "notes": f"{s['caps']} caps"})
        # recovery drink
        if s["activity"] == "racket_sport" and rng.random() < 0.25:
            dk = rng.choice(["milk", "coconut_water", "water", "beer", "sports_drink", "juice"])
            O.append({"type": "fluid", "time": self.fmt_local(s["t1"] + timedelta(minutes=rng.uniform(10, 60))),
                      "ml": self.q_ml(rng.choice([250, 330, 500])), "drink": dk})
        # sweat test
        if s["activity"] == "racket_sport" and rng.random() < p["p_weigh_session"]:
            pre = bm[s["day"]] + 0.5 + rng.gauss(0, 0.25)
            post = pre - s["sweat"] + s["intake"] - 0.04 * s["dur"] / 60 + rng.gauss(0, 0.1)
            O.append({"type": "body_mass", "time": self.fmt_local(s["t0"] - timedelta(minutes=rng.uniform(5, 25))),
                      "kg": self.q_kg(pre), "context": "pre_workout"})
            O.append({"type": "body_mass", "time": self.fmt_local(s["t1"] + timedelta(minutes=rng.uniform(5, 20))),
                      "kg": self.q_kg(post), "context": "post_workout",
                      **({"notes": "sweat test, towelled off, no pee"} if rng.random() < 0.4 else {})})

    def _session_note(self, s):
        rng, p = self.rng, self.p
        if rng.random() > 0.3:
            return None
        bits = []
        if s["kind"] in ("match", "tmatch"):
            if p["sport"] == "tennis":
                sets = 3 if s["dur"] > 110 else 2
                sc = []
                for i in range(sets):
                    a = rng.choice([6, 6, 7, 4, 3])
                    b = 4 if a == 6 else 6 if a in (3, 4) else 5
                    sc.append(f"{a}-{b}")
                bits.append(("Tournament match " if s["tourn"] else "League match ") + " ".join(sc))
            elif p["sport"] == "padel":
                bits.append("padel " + ("tournament" if s["tourn"] else rng.choice(["americano", "league", "friendly"])))
            else:
                bits.append("squash " + ("tournament" if s["tourn"] else rng.choice(["league", "box league", "friendly"])))
        elif s["kind"] == "drill":
            bits.append(rng.choice(["drills with coach", "clinic", "serve practice", "squad session"]))
        elif s["kind"] == "gym":
            bits.append(rng.choice(["legs", "upper body", "full body", "gym"]))
        if s["setting"] == "outdoor" and s["hi"] > 38 and rng.random() < 0.5:
            bits.append(rng.choice(["brutal heat", "so humid", "hot af", "sun was killer"]))
        if p["na_mmol"] > 50 and s["sweat"] > 2.0 and rng.random() < 0.3:
            bits.append("salt stains all over my cap")
        if s["setting"] == "indoor_hot" and rng.random() < 0.3:
            bits.append("no aircon on court")
        return "; ".join(bits) if bits else None

    def _emit_day_fluids(self, O, d):
        rng, p = self.rng, self.p
        city = p["city"]
        wake = (self.nights[d - 1]["wake"] - 1440) if d > 0 else p["usual_wake"]
        items = [(wake + rng.uniform(10, 60), rng.choice(["coffee", "coffee", "tea"]), rng.choice([200, 250, 350]))]
        for _ in range(rng.randint(1, 4)):
            items.append((rng.uniform(9 * 60, 21 * 60), "water", rng.choice([250, 500, 500, 750])))
        if rng.random() < 0.3:
            items.append((rng.uniform(13 * 60, 17 * 60), rng.choice(["soft_drink", "tea", "juice"]), rng.choice([250, 330, 400])))
        if rng.random() < (0.25 if self.dates[d].weekday() in (4, 5) else 0.07):
            for _ in range(rng.randint(1, 3)):
                items.append((rng.uniform(19 * 60, 23 * 60), "beer", 330))
        if city in ("singapore", "bangkok", "miami") and rng.random() < 0.08:
            items.append((rng.uniform(11 * 60, 17 * 60), "coconut_water", 330))
        for m, dk, ml in items:
            O.append({"type": "fluid", "time": self.fmt_local(self.at(d, round(m))), "ml": self.q_ml(ml), "drink": dk})

    def _emit_episode(self, e):
        rng, p = self.rng, self.p
        when = e["when"]
        if e["during"] == "sleep":
            when = when.replace(minute=(when.minute // 15) * 15)
        else:
            when = when.replace(minute=(when.minute // 5) * 5)
        o = {"type": "episode", "time": self.fmt_local(when), "kind": e["kind"], "muscle": e["muscle"]}
        if e["kind"] == "spasm":
            side = e["side"] or (rng.choice(_SIDE) if rng.random() < 0.9 else "both")
            if rng.random() < 0.88:
                o["side"] = side
            dur = rng.lognormvariate(math.log(100 if e["during"] == "sleep" else 60), 0.7)
            o["duration_s"] = int(_clamp(round(dur / 10) * 10, 10, 900))
            o["pain"] = int(_clamp(round(rng.gauss(6.5 if e["during"] == "sleep" else 5.5, 1.6)), 2, 10))
            o["during"] = e["during"]
            rel = []
            if rng.random() < 0.8:
                rel.append("stretching")
            if rng.random() < 0.3:
                rel.append("massage")
            if e["during"] in ("exercise", "after_exercise") and rng.random() < 0.3:
                rel.append("hydration")
            if p["pickle"] and e["during"] in ("exercise", "after_exercise") and rng.random() < 0.4:
                rel.append("pickle_juice")
            if rng.random() < 0.15:
                rel.append("walking_it_off")
            if rel:
                o["relief"] = rel
            o["relieved"] = rng.random() < 0.88
            if rng.random() < 0.04:
                o["flags"] = {"swelling": False, "weakness": False, "dark_urine": False}
        else:
            if e["muscle"] == "eyelid" and rng.random() < 0.3:
                o["duration_s"] = rng.choice([600, 1800, 3600])
                o["notes"] = "on and off"
            else:
                o["duration_s"] = rng.choice([3, 5, 10, 20, 30, 60])
            o["pain"] = rng.choice([0, 0, 0, 1])
            o["during"] = e["during"]
        if e["note"]:
            o["notes"] = e["note"]
        elif rng.random() < 0.12 and e["kind"] == "spasm":
            o["notes"] = {"exercise": rng.choice(["had to stop for a few minutes", "locked up mid-rally", "kept playing"]),
                          "after_exercise": rng.choice(["in the car after", "in the shower after", "at dinner after"]),
                          "sleep": rng.choice(["woke me up", "woke up at night with it", "logged next morning"]),
                          "rest": rng.choice(["sitting at my desk", "while driving", "on the sofa"])}[e["during"]]
        if p["episode_ids"]:
            o["id"] = self.uid("ep")
        return o

    # -- pipeline ---------------------------------------------------------------------------------------
    def run(self):
        self.persona()
        self.calendar()
        self.plan()
        self.sleep()
        self.physiology()
        self.diet()
        self.medications()
        self.episodes = []
        self.n_exposed = self.n_linked = 0
        if self.cause is not None:
            units = self.units()
            if int(0.45 * len(units)) < 9:
                return False
            self.plant(units)
        self.background()
        t_start = _aware(self.p["zone"], datetime.combine(self.dates[0], time(0)))
        t_stop = _aware(self.p["zone"], datetime.combine(self.dates[-1] + timedelta(days=1), time(0)))
        self.episodes = [e for e in self.episodes if t_start <= e["when"] < t_stop]
        while sum(1 for e in self.episodes if not e["linked"]) < 5:
            self.episode(self._night_time(self.rng.randint(0, self.n_days - 2)), "spasm", "calf", "sleep", "bg")
        self.n_linked = sum(1 for e in self.episodes if e["linked"])
        self.n_background = sum(1 for e in self.episodes if not e["linked"])
        self.objects = self.emit()
        return True


def _generate(cause, seed):
    if cause is not None and cause not in CAUSES:
        raise ValueError(f"unknown cause {cause!r}")
    for attempt in range(40):
        g = _Gen(cause, seed, attempt)
        if g.run():
            return g
    raise RuntimeError("could not plant the cause")  # pragma: no cover


def blind_journal(cause: str | None, seed: int) -> BlindJournal:
    g = _generate(cause, seed)
    start = _aware(g.p["zone"], datetime.combine(g.dates[0], time(0)))
    stop = _aware(g.p["zone"], datetime.combine(g.dates[-1] + timedelta(days=1), time(0)))
    return BlindJournal(cause=cause, objects=g.objects, start=start, stop=stop)


if __name__ == "__main__":  # small summary, no validation
    for c in (None,) + CAUSES:
        eps, ents, links = [], [], []
        for sd in range(20):
            g = _generate(c, sd)
            eps.append(sum(1 for o in g.objects if o["type"] == "episode"))
            ents.append(len(g.objects))
            links.append(g.n_linked)
        print(f"{str(c):20s} episodes {min(eps)}-{max(eps)} (mean {sum(eps)/20:.1f})  linked "
              f"{min(links)}-{max(links)}  entries {min(ents)}-{max(ents)}")
